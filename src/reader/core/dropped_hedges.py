"""A claim one outlet states flat where the others hedge it: "The heat has killed 17 people"
beside "17 deaths were being investigated as possibly heat-related"; "the heatwave was caused by
climate change" beside a study that found it "about five times more likely".

A hedge is the outlet's or its source's doubt, and it is part of the fact: a death being
investigated is not yet a death the heat caused, and a likelihood is not a cause. Dropping it
turns an open finding into a settled one. Which reading turns out right is not the app's call;
that one outlet states as settled what the others report with its doubt is something a reader
can check side by side.

Only claims the aligner put in one row are compared, and of those each other outlet's claim that
shares the most words with the flat one, so a hedge elsewhere in the story answers nothing. The
flat claim must state a cause ("killed", "was caused by") or the very verb the others hedge
("may have fled" against "fled"). Words inside quotation marks are the speaker's: a quoted hedge
answers nothing, and a quoted flat statement is not the outlet's. When another outlet states the
claim flat too, it is the story's word and no difference.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article, Claim, Counterpart
from reader.core.row_mates import as_read_after, claim_span, closest_per_outlet, content_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule name of a "hedge the others keep" flag.
DROPPED_HEDGE_RULE: Final = "rule:dropped-hedge"
#: Words that keep a claim open: "possibly heat-related", "more likely", "may have started".
_HEDGE_WORDS: Final = frozenset(
    {
        *("possibly", "probably", "likely", "perhaps", "apparently", "allegedly"),
        *("reportedly", "suspected", "presumably", "seemingly"),
    }
)
#: Modals that keep a claim open; read only as modals ("may", not the month "May").
_HEDGE_MODALS: Final = frozenset({"may", "might", "could"})
#: Verbs (lemmas) that keep a claim open when the thing is their passive subject: "the deaths
#: were being investigated", "the fire is believed to".
_OPEN_PASSIVES: Final = frozenset({"investigate", "believe", "suspect", "examine", "probe"})
#: Verbs (lemmas) above a claim that make it someone's guess: "officials fear the line sparked".
_VIEW_VERBS: Final = frozenset({"believe", "think", "suspect", "fear", "guess", "speculate"})
#: Verbs (lemmas) that state what brought something about: "the heat killed 17".
_CAUSE_VERBS: Final = frozenset({"cause", "kill", "spark", "trigger", "ignite"})
#: How many content words a hedged clause must share with the flat statement to be about it:
#: "17 deaths ... possibly heat-related" and "the heat has killed 17 people" share "17" and
#: "heat"; "the toll could rise" shares none with "a bomb killed five people".
_MIN_ABOUT: Final = 2
#: How much of the flat claim's words another outlet's claim must share to be its report of it.
MIN_SHARED: Final = 0.3


@dataclass(frozen=True, slots=True)
class DroppedHedge:
    """One outlet's flat statement (``start``/``end``: character offsets of its verb and what it
    says), how it reads in an explanation (``said``), and each other outlet's hedged report of
    it in the same row (``hedged``: its words, as an explanation quotes them)."""

    article: str
    start: int
    end: int
    claim: str
    said: str
    group: Alignment
    hedged: tuple[str, ...]
    answers: tuple[Counterpart, ...]


@dataclass(frozen=True, slots=True)
class _Hedged:
    """Another outlet's claim with a hedge: the clause it keeps open, located in the text."""

    claim: Claim
    verb: str
    start: int
    end: int
    words: frozenset[str]


def dropped_hedges(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[DroppedHedge]:
    """Every flat statement whose closest claim in at least one other outlet of its row hedges
    it, where no other outlet states it flat too."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    texts = {a.id: a.text for a in articles}
    claim_of = {c.id: c for cs in claims.values() for c in cs}
    out: list[DroppedHedge] = []
    for group in groups:
        members = [claim_of[m.claim] for m in group.members if m.claim in claim_of]
        for claim in members:
            found = _dropped(claim, members, doc_of, quotes)
            if found is None:
                continue
            verb, hedged = found
            start, end, said = _statement(verb)
            out.append(
                DroppedHedge(
                    claim.article,
                    start,
                    end,
                    claim.id,
                    said,
                    group,
                    tuple(as_read_after(texts[h.claim.article][h.start : h.end]) for h in hedged),
                    tuple(_counterpart(h, texts) for h in hedged),
                )
            )
    return out


def _dropped(
    claim: Claim,
    members: Sequence[Claim],
    doc_of: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> tuple[Token, list[_Hedged]] | None:
    """The claim's flat verb and the others' hedged reports of it, when it drops their hedge."""
    doc = doc_of[claim.article]
    own = quotes.get(claim.article, ())
    span = claim_span(doc, claim)
    if span is None or claim.quote or any(_hedges(span, own)):
        return None
    mates = closest_per_outlet(span, claim, members, doc_of, MIN_SHARED)
    clauses = {m.id: _hedged_clauses(doc_of[m.article], m, quotes) for m in mates}
    verbs = {h.verb for hs in clauses.values() for h in hs}
    for verb in _flat_verbs(span, own, verbs):
        said = _said_words(verb)
        answers = [
            next(h for h in hs if len(said & h.words) >= _MIN_ABOUT)
            for hs in clauses.values()
            if any(len(said & h.words) >= _MIN_ABOUT for h in hs)
        ]
        if answers and not _any_flat([m for m in mates if not clauses[m.id]], doc_of, quotes):
            return verb, answers
    return None


def _any_flat(
    unhedged: Sequence[Claim],
    doc_of: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> bool:
    """Whether an outlet that does not hedge the claim states a cause flat too: the story's
    word."""
    for mate in unhedged:
        span = claim_span(doc_of[mate.article], mate)
        if span is not None and any(_flat_verbs(span, quotes.get(mate.article, ()), set())):
            return True
    return False


def _hedged_clauses(
    doc: Doc, claim: Claim, quotes: Mapping[str, Sequence[tuple[int, int]]]
) -> list[_Hedged]:
    """The clauses the claim keeps open with a hedge outside quotation marks, located in the
    text and cut to the claim."""
    span = claim_span(doc, claim)
    if span is None or claim.quote:
        return []
    out: list[_Hedged] = []
    for hedge in _hedges(span, quotes.get(claim.article, ())):
        clause = _clause_of(hedge)
        words = [
            t
            for t in clause.subtree
            if t.dep_ != "mark" and not t.is_punct and claim.start <= t.idx < claim.end
        ]
        if not words or any(h.verb == clause.lemma_.lower() for h in out):
            continue
        start = min(t.idx for t in words)
        end = max(t.idx + len(t.text) for t in words)
        out.append(_Hedged(claim, clause.lemma_.lower(), start, end, content_words(words)))
    return out


def _hedges(span: Span, quotes: Sequence[tuple[int, int]]) -> Iterator[Token]:
    """The hedges in a claim outside quotation marks: a hedge word, a hedging modal or a
    passive "being investigated"."""
    for tok in span:
        if _inside(tok.idx, tok.idx + len(tok.text), quotes):
            continue
        if _is_hedge(tok):
            yield tok


def _is_hedge(tok: Token) -> bool:
    word = tok.lower_
    if word in _HEDGE_WORDS or (word in _HEDGE_MODALS and tok.tag_ == "MD"):
        return True
    return tok.lemma_.lower() in _OPEN_PASSIVES and any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children
    )


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a hedge keeps open: "investigated" for "possibly heat-related",
    "made" for "more likely", the verb after a modal."""
    head = tok if tok.pos_ in {"VERB", "AUX"} and tok.tag_ != "MD" else tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head is not head:
        head = head.head
    if head.pos_ == "AUX" and head.head is not head and head.head.pos_ == "VERB":
        head = head.head
    return head


def _flat_verbs(span: Span, quotes: Sequence[tuple[int, int]], hedged: set[str]) -> Iterator[Token]:
    """The claim's verbs that state a cause, or state flat what the others hedge, in the
    outlet's own words: not negated, not quoted, not under a verb of guessing."""
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or (lemma not in _CAUSE_VERBS and lemma not in hedged):
            continue
        if lemma in _OPEN_PASSIVES or _inside(tok.idx, tok.idx + len(tok.text), quotes):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        if any(a.lemma_.lower() in _VIEW_VERBS for a in tok.ancestors):
            continue
        if _subject(tok) is not None:
            yield tok


def _said_words(verb: Token) -> frozenset[str]:
    """The content words of the statement a verb makes: its own and its subject's and
    object's."""
    return content_words([verb, *(t for c in _said_parts(verb) for t in c.subtree)])


def _said_parts(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "attr"}]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _statement(verb: Token) -> tuple[int, int, str]:
    """Offsets of the verb and what it says (the flag's place), and the statement as it reads
    after "States that": "the heat has killed 17 people", "the heatwave was caused by climate
    change"."""
    said_parts = _said_parts(verb)
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    flagged = [verb, *helpers, *(t for c in said_parts if c.i > verb.i for t in c.subtree)]
    said = sorted({verb, *helpers, *(t for c in said_parts for t in c.subtree)}, key=lambda t: t.i)
    start = min(t.idx for t in flagged)
    end = max(t.idx + len(t.text) for t in flagged)
    return start, end, as_read_after(verb.doc.text[said[0].idx : said[-1].idx + len(said[-1].text)])


def _counterpart(hedged: _Hedged, texts: Mapping[str, str]) -> Counterpart:
    """The other outlet's claim, with the clause it hedges located in it."""
    claim = hedged.claim
    text = texts[claim.article][claim.start : claim.end]
    return Counterpart(claim.article, text, hedged.start - claim.start, hedged.end - claim.start)


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
