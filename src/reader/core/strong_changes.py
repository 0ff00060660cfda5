"""A strong change word set against the others' small figure for the same change: "Car prices
will soar" where the others give the institute's estimate of about 1.5 percent.

:mod:`reader.core.figures` sets a quantity word against a count ("dozens" beside "4,000") and
:mod:`reader.core.shares` a vague share against a part of a whole, but "soar" says how much a
thing changes with no quantity word at all, so neither sees it. The rule is kept narrow, as a
change word alone is often fair: only a verb that says the change is huge (:data:`STRONG`), of
a thing the outlet names as its subject, with no figure of its own in the claim, is set against
the other outlets' percentage change of the same thing in the same direction, in the claims
lined up with its own; and only when every such figure they give is small (:data:`SMALL`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.figures import Figure
from reader.core.model import Alignment, Claim
from reader.core.quantities import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs that tell of a huge change, and its direction.
STRONG: Final[dict[str, str]] = {
    "soar": "up",
    "skyrocket": "up",
    "plummet": "down",
    "collapse": "down",
}
#: Verbs a figure of a change hangs from, and the direction each gives it.
_CHANGES: Final[dict[str, str]] = {
    **dict.fromkeys(("rise", "raise", "increase", "grow", "climb", "push", "lift"), "up"),
    **dict.fromkeys(("fall", "drop", "decline", "cut", "lower", "reduce", "shrink"), "down"),
}
#: The largest change, in percent, that a strong word overstates beyond doubt: prices up 1.5
#: percent have not soared, while a reader could fairly call 20 percent a soaring rise.
SMALL: Final = 5.0


@dataclass(frozen=True, slots=True)
class StrongChange:
    """A strong change word (``start``/``end``, the verb) of ``article``, its subject's lemma
    and the words a flag quotes ("Car prices will soar"), with the others' small figures."""

    article: str
    start: int
    end: int
    shown: tuple[int, int]
    thing: str
    others: tuple[Figure, ...]


def strong_changes(
    docs: Mapping[str, Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[StrongChange]:
    """Every strong change word outside quotation marks whose claim gives no figure, set
    against the other outlets' percentage changes of its subject in the claims lined up with
    it, when there are some and all are small."""
    group_of = {m.claim: g for g in groups for m in g.members}
    out: list[StrongChange] = []
    for article, doc in docs.items():
        for claim in claims.get(article, ()):
            group = group_of.get(claim.id)
            if group is None or any(claim.start <= f.start < claim.end for f in figures[article]):
                continue
            for verb, subject in _strong_words(doc, claim, quotes.get(article, ())):
                others = _their_changes(verb, subject, group, docs, figures)
                if others and all(f.high <= SMALL for f in others):
                    first = min(subject.left_edge.idx, verb.idx)
                    shown = (first, verb.idx + len(verb.text))
                    end = verb.idx + len(verb.text)
                    out.append(
                        StrongChange(article, verb.idx, end, shown, subject.lemma_.lower(), others)
                    )
    return out


def _strong_words(
    doc: Doc, claim: Claim, quotes: Sequence[tuple[int, int]]
) -> list[tuple[Token, Token]]:
    """The strong change verbs of a claim outside quotation marks, each with its subject."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    out: list[tuple[Token, Token]] = []
    for tok in span or ():
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in STRONG:
            continue
        if any(s <= tok.idx < e for s, e in quotes):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is not None:
            out.append((tok, subject))
    return out


def _their_changes(
    verb: Token,
    subject: Token,
    group: Alignment,
    docs: Mapping[str, Doc],
    figures: Mapping[str, Sequence[Figure]],
) -> tuple[Figure, ...]:
    """The other outlets' exact percentages in ``group`` that a change verb of the same
    direction gives to the same thing: "would raise car prices by about 1.5 percent"."""
    direction = STRONG[verb.lemma_.lower()]
    thing = subject.lemma_.lower()
    mine = verb.doc
    out: list[Figure] = []
    for m in group.members:
        doc = docs[m.article]
        if doc is mine:
            continue
        for fig in figures[m.article]:
            if not (fig.exact and fig.thing == "percent" and m.start <= fig.start < m.end):
                continue
            changed = _changed_by(doc, fig)
            if (
                changed is not None
                and _CHANGES.get(changed.lemma_.lower()) == direction
                and _names(changed, thing)
            ):
                out.append(fig)
    return tuple(out)


def _changed_by(doc: Doc, fig: Figure) -> Token | None:
    """The verb a percentage hangs from ("raise" of "would raise car prices by 1.5 percent")."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return verb_above(span.root) if span is not None and len(span) else None


def _names(verb: Token, thing: str) -> bool:
    """Whether the thing changed, as the verb's subject or object, is ``thing``: "car prices"
    raised, "prices rose"."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() == thing
        for c in verb.children
    )
