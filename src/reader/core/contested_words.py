"""Words for the same people or act that one outlet loads and the others keep plain: "terrorists"
where the others, in the same aligned claim, write "fighters"; "massacre" where they write
"strike"; "martyrs" where they write "the dead" or "killed"; "rioters" or "peaceful" where they
write "protesters"; police that "stormed" a camp the others say they "cleared".

The lexicon leaves these words plain on purpose (resources/lexicons/README.md): agency copy
writes them where a court or a designation names an attack or its dead, so alone they are no
evidence. Beside another outlet's neutral word for the same people or act they are: the outlet
chose the charged name where a plain one was at hand. When another outlet writes the word too,
it is the story's word, not one outlet's framing, and nothing is flagged.

The people a story names are its actors wherever they appear, so a loaded name for them counts
against the others' plain name anywhere in their reports, at lower confidence. An act word
counts only inside an aligned claim: outside one, "massacre" may name another act (a past one
told as background) than the others' "strike".

Words inside quotation marks are the speaker's and are neither flagged nor used as answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article, Claim, Counterpart

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a flag on a loaded word the other outlets replace with a neutral one.
CONTESTED_WORD_RULE: Final = "rule:contested-word"


@dataclass(frozen=True, slots=True)
class WordFamily:
    """A loaded word for people or an act, and the plain words news copy uses for the same."""

    what: str  # what the words name, for the explanation: "the armed group's members"
    category: str  # the flag's kind: "label" for people, "loaded" for an act
    loaded: frozenset[str]
    neutral: frozenset[str]
    #: People: the story's actors wherever named. An act: only within one aligned claim.
    people: bool


FAMILIES: Final = (
    WordFamily(
        what="the armed group's members",
        category="label",
        loaded=frozenset({"terrorist", "terrorists"}),
        neutral=frozenset(
            {
                *("fighter", "fighters", "militant", "militants", "gunman", "gunmen"),
                *("insurgent", "insurgents", "combatant", "combatants", "attacker", "attackers"),
            }
        ),
        people=True,
    ),
    WordFamily(
        what="the dead",
        category="label",
        loaded=frozenset({"martyr", "martyrs", "martyred"}),
        neutral=frozenset({"dead", "killed", "died", "victims", "bodies"}),
        people=True,
    ),
    WordFamily(
        what="the attack",
        category="loaded",
        loaded=frozenset({"massacre", "massacres", "massacred"}),
        neutral=frozenset(
            {
                *("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks"),
                *("bombing", "bombings", "raid", "raids", "shelling", "shooting", "killings"),
            }
        ),
        people=False,
    ),
    WordFamily(
        what="the crowd",
        category="label",
        loaded=frozenset({"rioter", "rioters"}),
        neutral=frozenset(
            {
                *("protester", "protesters", "protestor", "protestors", "demonstrator"),
                *("demonstrators", "crowd", "marchers", "students", "activists"),
            }
        ),
        people=True,
    ),
    # "Peaceful" names the crowd too, but said of a march in some other sentence it is a plain
    # report ("the march was peaceful"), so it counts only beside the others' plain word in the
    # claim they share, as an act word does.
    WordFamily(
        what="the crowd",
        category="label",
        loaded=frozenset({"peaceful"}),
        neutral=frozenset(
            {
                *("protester", "protesters", "protestor", "protestors", "demonstrator"),
                *("demonstrators", "crowd", "marchers"),
            }
        ),
        people=False,
    ),
    WordFamily(
        what="how they went in",
        category="loaded",
        loaded=frozenset({"stormed", "storming"}),
        neutral=frozenset(
            {*("cleared", "clearing", "entered", "entering", "raided", "moved", "broke")}
        ),
        people=False,
    ),
)


@dataclass(frozen=True, slots=True)
class ContestedWord:
    """One outlet's loaded word (``start``/``end``: character offsets) and each other outlet's
    plain word for the same people or act, located in the claim or sentence holding it."""

    article: str
    start: int
    end: int
    family: WordFamily
    claim: str | None
    group: Alignment | None
    answers: tuple[Counterpart, ...]

    @property
    def aligned(self) -> bool:
        """Answered from the same aligned claim, not from elsewhere in the others' reports."""
        return self.group is not None


def contested_words(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[ContestedWord]:
    """Every loaded word of :data:`FAMILIES` outside quotation marks that no other outlet writes
    and that another outlet answers with a plain word for the same people or act."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    own = {a.id: _own_words(doc_of[a.id], quotes.get(a.id, ())) for a in articles}
    group_of = {m.claim: g for g in groups for m in g.members}
    out: list[ContestedWord] = []
    for family in FAMILIES:
        users = {a for a, words in own.items() if any(t.lower_ in family.loaded for t in words)}
        if len(users) != 1:
            continue  # nobody's word, or the story's word: several outlets write it
        (article,) = users
        for tok in own[article]:
            if tok.lower_ not in family.loaded:
                continue
            claim = next((c for c in claims.get(article, ()) if c.start <= tok.idx < c.end), None)
            group = group_of.get(claim.id) if claim else None
            answers = _group_answers(article, group, own, family) if group else ()
            if not answers and family.people:
                group, answers = None, _report_answers(article, own, family)
            if answers:
                out.append(
                    ContestedWord(
                        article,
                        tok.idx,
                        tok.idx + len(tok.text),
                        family,
                        claim.id if claim else None,
                        group,
                        answers,
                    )
                )
    return out


def _own_words(doc: Doc, quotes: Sequence[tuple[int, int]]) -> list[Token]:
    """The article's tokens outside quotation marks: the words the outlet writes itself.

    One walk over the tokens and the quotations in order, not every quotation per token: a long
    article has hundreds of each."""
    spans = sorted(quotes)
    out: list[Token] = []
    i = 0
    for t in doc:
        while i < len(spans) and spans[i][1] <= t.idx:
            i += 1  # a quotation that ends before this token ends before every later one
        if i < len(spans) and spans[i][0] <= t.idx:
            continue
        out.append(t)
    return out


def _group_answers(
    article: str, group: Alignment, own: Mapping[str, Sequence[Token]], family: WordFamily
) -> tuple[Counterpart, ...]:
    """Each other outlet's claim in the group that names the same people or act plainly, with
    the plain word located in it; one per outlet."""
    out: list[Counterpart] = []
    for m in group.members:
        if m.article == article or any(c.article == m.article for c in out):
            continue
        word = next(
            (t for t in own[m.article] if m.start <= t.idx < m.end and t.lower_ in family.neutral),
            None,
        )
        if word is not None:
            text = word.doc.text[m.start : m.end]
            at = word.idx - m.start
            out.append(Counterpart(m.article, text, at, at + len(word.text)))
    return tuple(out)


def _report_answers(
    article: str, own: Mapping[str, Sequence[Token]], family: WordFamily
) -> tuple[Counterpart, ...]:
    """Each other outlet's first sentence that names the same people plainly, anywhere in its
    report, with the plain word located in it."""
    out: list[Counterpart] = []
    for other, words in own.items():
        if other == article:
            continue
        word = next((t for t in words if t.lower_ in family.neutral), None)
        if word is not None:
            sent = word.sent
            at = word.idx - sent.start_char
            out.append(Counterpart(other, sent.text, at, at + len(word.text)))
    return tuple(out)
