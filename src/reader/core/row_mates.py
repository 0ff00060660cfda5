"""Another outlet's report of one claim among the claims the aligner put in its row.

An aligned row can hold several claims of one outlet, and a comparison of how two outlets tell
one thing (:mod:`reader.core.stated_forecasts`, :mod:`reader.core.dropped_hedges`) must set a
claim against the one that tells the same thing, not against a neighbour that happens to share
the row. Both pick it the same way, here: each other outlet's claim that shares the most
content words with it, when it shares enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from reader.core.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def claim_span(doc: Doc, claim: Claim) -> Span | None:
    """The tokens of ``claim`` in ``doc``, widened to whole tokens."""
    return doc.char_span(claim.start, claim.end, alignment_mode="expand")


def content_words(tokens: Span | Iterable[Token] | None) -> frozenset[str]:
    """The lemmas of the words that carry meaning: no stop words, no punctuation."""
    if tokens is None:
        return frozenset()
    return frozenset(
        t.lemma_.lower() for t in tokens if (t.is_alpha or t.like_num) and not t.is_stop
    )


def closest_per_outlet(
    span: Span | None,
    claim: Claim,
    members: Sequence[Claim],
    doc_of: Mapping[str, Doc],
    least: float,
) -> list[Claim]:
    """Each other outlet's claim among ``members`` that shares the most content words with
    ``claim`` (whose tokens are ``span``), when at least the share ``least`` of their words
    together: less, and it reports something else the aligner lined up with it."""
    own = content_words(span)
    out: list[Claim] = []
    for article in sorted({m.article for m in members if m.article != claim.article}):
        scored = [
            (_shared(own, content_words(claim_span(doc_of[article], m))), m)
            for m in members
            if m.article == article
        ]
        score, best = max(scored, key=lambda s: s[0])
        if score >= least:
            out.append(best)
    return out


def as_read_after(text: str) -> str:
    """Words as they read after "States that": "the heat has killed", not "The heat"; names
    keep their capitals."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first in {"The", "A", "An"} else text


def _shared(one: frozenset[str], other: frozenset[str]) -> float:
    return len(one & other) / len(one | other) if one | other else 0.0
