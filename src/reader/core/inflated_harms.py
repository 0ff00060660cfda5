"""A thing one outlet calls deadly where no one died: "Halden's deadly defect" where the others
report that five people were injured, and no outlet reports a death.

"Deadly", "fatal" and "lethal" are agency copy's plain words when people died ("a deadly
outbreak"), so the lexicon leaves them alone. Said of a thing that has killed no one, they tell
more than the facts: the word is set against the story, not read alone. The rule is kept
narrow, as a reader must be able to check it: the outlet reports no death anywhere in its own
article, no other outlet reports one anywhere in its, and another outlet reports people hurt.
An outlet that calls a thing deadly too is no difference. A hedged "potentially deadly" is a
fair warning, and a quoted "deadly", or one in a claim someone is said to have made, is the
speaker's word.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.flag_spans import claim_at
from reader.core.model import Article, Claim, Counterpart
from reader.core.nlp import words_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a "deadly where no one died" flag.
INFLATED_HARM_RULE: Final = "rule:inflated-harm"
#: Words that call a thing deadly; in another outlet's article each reports a death.
DEADLY_WORDS: Final = frozenset({"deadly", "fatal", "lethal"})
#: Lemmas that report a death: "died", "killed", "two deaths", "found dead", "no fatalities".
_DEATH_LEMMAS: Final = frozenset({"die", "kill", "death", "dead", "fatality", "fatally", "drown"})
#: Lemmas that report people hurt: "five people were injured", "minor injuries", "maimed".
_INJURY_LEMMAS: Final = frozenset({"injure", "injured", "injury", "hurt", "wound", "maim"})
#: Words that make "deadly" a risk rather than a fact: "potentially deadly", "could be fatal".
_HEDGES: Final = frozenset(
    {"potentially", "possibly", "could", "may", "might", "can", "would", "if", "risk"}
)
#: Subjects that deny what their verb says: "no one died", "Neither was fatal".
_NO_ONE: Final = frozenset({"nobody", "none", "neither", "nothing"})


@dataclass(frozen=True, slots=True)
class InflatedHarm:
    """One outlet's own-voice "deadly" (``start``/``end``: character offsets of the word and
    the thing it describes, in reading order), the word, the thing as an explanation names it
    ("the defect") and each other outlet's report of people hurt."""

    article: str
    start: int
    end: int
    claim: str
    word: str
    thing: str
    injuries: tuple[Counterpart, ...]


def inflated_harms(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[InflatedHarm]:
    """Every "deadly", "fatal" or "lethal" an outlet writes in its own voice of a story in which
    no outlet reports a death and another reports people hurt."""
    out: list[InflatedHarm] = []
    for article, doc in zip(articles, docs, strict=True):
        words = list(_deadly_words(doc, quotes.get(article.id, ())))
        if not words or _reports_death(doc, own=True):
            continue
        if any(_reports_death(d, own=False) for d in docs if d is not doc):
            continue
        injuries = _injuries_elsewhere(article.id, articles, docs, claims)
        if not injuries:
            continue
        for word, thing in words:
            claim = claim_at(claims.get(article.id, ()), word.idx, word.idx + 1)
            if claim is None or claim.attribution is not None:
                continue
            start, end = _word_and_thing(word, thing)
            out.append(
                InflatedHarm(article.id, start, end, claim.id, word.lower_, _named(thing), injuries)
            )
    return out


def _deadly_words(
    doc: Doc, quotes: Sequence[tuple[int, int]]
) -> Iterator[tuple[Token, Token | None]]:
    """Each unhedged "deadly" outside quotation marks, with the noun it describes: "defect" of
    "a deadly defect" or of "the defect is deadly"."""
    for tok in (doc[i] for i in words_at(doc, DEADLY_WORDS)):
        if any(s <= tok.idx < e for s, e in quotes):
            continue
        if _hedged(tok):
            continue
        if tok.dep_ == "amod" and tok.head.pos_ in {"NOUN", "PROPN"}:
            yield tok, tok.head
        else:
            yield tok, next((c for c in tok.head.children if c.dep_ == "nsubj"), None)


def _hedged(word: Token) -> bool:
    """Whether "deadly" is a risk, not a fact: "potentially deadly", "could be fatal"."""
    near = [*word.children, *word.head.children] if word.dep_ == "acomp" else [*word.children]
    return any(t.lower_ in _HEDGES for t in near)


def _reports_death(doc: Doc, *, own: bool) -> bool:
    """Whether an article reports a death it does not deny. In the outlet's ``own`` article
    its deadly words are what is checked, not a report; in another's each is one."""
    for tok in doc:
        word = tok.lower_
        if word in DEADLY_WORDS:
            if not own and not _denied(tok):
                return True
            continue
        if tok.lemma_.lower() in _DEATH_LEMMAS and not _denied(tok):
            return True
    return False


def _injuries_elsewhere(
    article: str,
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
) -> tuple[Counterpart, ...]:
    """Each other outlet's first report of people hurt, with its words located in its claim:
    "five people were injured"; one per outlet."""
    out: list[Counterpart] = []
    for other, doc in zip(articles, docs, strict=True):
        if other.id == article:
            continue
        for tok in doc:
            if tok.lemma_.lower() not in _INJURY_LEMMAS or _denied(tok):
                continue
            claim = claim_at(claims.get(other.id, ()), tok.idx, tok.idx + 1)
            if claim is None:
                continue
            at, to = _injury_words(tok)
            out.append(Counterpart(other.id, claim.text, at - claim.start, to - claim.start))
            break
    return tuple(out)


def _injury_words(tok: Token) -> tuple[int, int]:
    """Offsets of who was hurt and how: "five people were injured", "minor injuries"."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        words = list(tok.subtree)
    else:
        subject = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        words = [*(t for s in subject for t in s.subtree), *aux, tok]
    words = [t for t in words if t.pos_ != "PUNCT"]
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def _denied(tok: Token) -> bool:
    """Whether a report is negated: "no one was killed", "there were no deaths", "Neither was
    fatal", "She was not hurt"."""
    verb = tok.head if tok.dep_ in {"acomp", "attr", "amod"} else tok
    for node in {tok, verb}:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
            if child.dep_ in {"nsubj", "nsubjpass"} and _no_one(child):
                return True
    return False


def _no_one(subject: Token) -> bool:
    """ "nobody", "none", "no one", "no passengers"."""
    return subject.lower_ in _NO_ONE or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _word_and_thing(word: Token, thing: Token | None) -> tuple[int, int]:
    """Offsets of "deadly defect", or of "deadly" alone when the thing stands apart from it."""
    words = [word] if thing is None or abs(thing.i - word.i) > 1 else [word, thing]
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def _named(thing: Token | None) -> str:
    """The thing as an explanation names it: "the defect", "Halden", "it"."""
    if thing is None:
        return "it"
    return thing.text if thing.pos_ == "PROPN" else f"the {thing.lower_}"
