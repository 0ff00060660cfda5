"""A cause told as fact where the others say it is not known: one outlet writes that "the power
line sparked the inferno" while the others report that "the cause of the fire is under
investigation".

The two sentences rarely line up as one claim (one names a cause, the other a pending inquiry),
so the rule does not wait for the aligner: it reads each outlet's own-voice statement of cause
and looks through the other articles for a sentence that calls the cause of the same thing
unknown. A cause an outlet hedges ("allegedly sparked"), puts in someone's mouth or quotes is
not stated as fact, and one every outlet leaves open is no difference. Which outlet turns out
right is not the app's call; that one states as settled what the others report as open is
something a reader can check side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Article, Claim, Counterpart
from reader.core.nlp import lemmas_at
from reader.core.speech_verbs import SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a "cause stated as fact" flag.
STATED_CAUSE_RULE: Final = "rule:stated-cause"
#: Verbs (lemmas) that name what brought an event about: "sparked the fire".
_CAUSE_VERBS: Final = frozenset({"spark", "cause", "ignite", "start", "trigger"})
#: Words that keep a cause open in the outlet's own sentence: "allegedly sparked", "may have".
_HEDGES: Final = frozenset(
    {
        *("allegedly", "reportedly", "apparently", "possibly", "probably", "likely"),
        *("may", "might", "could", "suspected", "believed", "perhaps", "seemingly"),
    }
)
#: Verbs (lemmas) that make a cause someone's view rather than the outlet's: "fear the line
#: sparked it", "blamed the utility".
_VIEW_VERBS: Final = frozenset({"believe", "think", "suspect", "fear", "accuse", "blame"})
#: Names of one event that outlets use for each other's: "the inferno" is "the fire".
_EVENT_KINDS: Final = (
    frozenset({"fire", "wildfire", "blaze", "bushfire", "inferno", "flame", "flames"}),
    frozenset({"explosion", "blast", "detonation"}),
    frozenset({"crash", "collision", "derailment", "accident", "wreck"}),
    frozenset({"outage", "blackout"}),
    frozenset({"outbreak", "epidemic"}),
    frozenset({"collapse", "cave-in"}),
)
#: How a report says the cause is not established: "is under investigation", "unknown".
_OPEN_CAUSE: Final = re.compile(
    r"\b(?:under investigation|being investigated|unknown|unclear|not (?:yet )?(?:been )?"
    r"(?:known|determined|established|confirmed)|yet to be (?:determined|established|confirmed))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class StatedCause:
    """One outlet's own-voice statement of cause (``start``/``end``: character offsets of the
    verb and what it caused), how it reads in an explanation (``said``: "the power line sparked
    the inferno"), and each other outlet's sentence that calls the cause unknown."""

    article: str
    start: int
    end: int
    claim: str
    said: str
    answers: tuple[Counterpart, ...]


def stated_causes(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[StatedCause]:
    """Every cause an outlet states as fact, in its own voice, of an event another outlet says
    has no established cause yet."""
    out: list[StatedCause] = []
    for article, doc in zip(articles, docs, strict=True):
        own = quotes.get(article.id, ())
        for verb, cause, caused in _causes_stated(doc):
            start, end = _verb_and_object(verb, caused)
            claim = next((c for c in claims.get(article.id, ()) if c.start <= start < c.end), None)
            if claim is None or claim.attribution is not None or _inside(start, end, own):
                continue
            if any(_open_causes(doc, caused.lemma_.lower())):
                continue  # the outlet itself leaves the cause open elsewhere
            answers = _open_elsewhere(article.id, caused, articles, docs, claims)
            if answers:
                said = f"{_short(cause)} {verb.text} {_short(caused)}"
                out.append(StatedCause(article.id, start, end, claim.id, said, answers))
    return out


def _causes_stated(doc: Doc) -> Iterator[tuple[Token, Token, Token]]:
    """(verb, cause, what it caused) for each cause verb told as a plain fact: active ("the line
    sparked the fire") or passive ("the fire was sparked by the line"), not negated, not hedged
    and not the content of a reporting verb."""
    for tok in (doc[i] for i in lemmas_at(doc, _CAUSE_VERBS)):
        if tok.pos_ != "VERB" or _qualified(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is not None and obj is not None and subj.pos_ != "PRON":
            yield tok, subj, obj
            continue
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next(
            (p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
            None,
        )
        if patient is not None and agent is not None:
            yield tok, agent, patient


def _qualified(verb: Token) -> bool:
    """Whether the verb is negated, hedged, or reported as what someone said or thinks."""
    if any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in verb.children):
        return True
    return any(
        a.pos_ == "VERB" and (a.lemma_.lower() in SPEECH_LEMMAS or a.lemma_.lower() in _VIEW_VERBS)
        for a in verb.ancestors
    )


def _open_elsewhere(
    article: str,
    caused: Token,
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
) -> tuple[Counterpart, ...]:
    """Each other outlet's sentence that calls the cause of the same event unknown, with its
    words for that located in it; one per outlet."""
    out: list[Counterpart] = []
    for other, doc in zip(articles, docs, strict=True):
        if other.id == article:
            continue
        for at, to in _open_causes(doc, caused.lemma_.lower()):
            claim = next((c for c in claims.get(other.id, ()) if c.start <= at < c.end), None)
            if claim is None:
                continue
            out.append(Counterpart(other.id, claim.text, at - claim.start, to - claim.start))
            break
    return tuple(out)


def _open_causes(doc: Doc, event: str) -> Iterator[tuple[int, int]]:
    """Character offsets of "the cause of the fire is under investigation" (from "the cause" to
    the end of what is said of it) wherever the cause of ``event``, or of another name for the
    same kind of event, is said to be unknown."""
    for tok in doc:
        if tok.lemma_.lower() != "cause" or tok.pos_ != "NOUN":
            continue
        of = [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not any(_same_event(p.lemma_.lower(), event) for p in of):
            continue
        clause = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else tok
        start = min(t.idx for t in tok.subtree)
        end = max(t.idx + len(t.text) for t in clause.subtree if t.pos_ != "PUNCT")
        if _OPEN_CAUSE.search(doc.text[start:end]):
            yield start, end


def _same_event(one: str, other: str) -> bool:
    return one == other or any(one in kind and other in kind for kind in _EVENT_KINDS)


def _verb_and_object(verb: Token, caused: Token) -> tuple[int, int]:
    """Offsets of the verb and what it caused, in reading order: "sparked the inferno"."""
    words = [verb, *caused.subtree]
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def _short(noun: Token) -> str:
    """A noun phrase without its judging words or trailing parts: "the power line" for "The
    shoddy power line of greedy utility giant Westvale Power"."""
    kept = [c for c in noun.children if c.dep_ in {"det", "compound"} and c.i < noun.i]
    words = [t.text for t in sorted([*kept, noun], key=lambda t: t.i)]
    text = " ".join(words)
    return text[:1].lower() + text[1:] if words[0].lower() in {"the", "a", "an"} else text


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
