"""A candidate flag in character offsets, before :func:`reader.core.framing.find_flags` numbers it.

The article's own lexical flags (:mod:`reader.core.framing`) and the flags only a comparison shows
(:mod:`reader.core.comparison_flags`) are built as the same candidate, placed in the claim that
holds them, so they can be sorted together and checked against each other for overlaps.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reader.core.model import Claim, Counterpart


@dataclass(frozen=True, slots=True)
class FlagSpan:
    """A candidate flag in character offsets, before ids are assigned."""

    article: str
    start: int
    end: int
    category: str
    rule: str
    confidence: float
    explanation: str
    claim: str | None
    alignment: str | None = None
    counterparts: tuple[Counterpart, ...] = ()
    quoted: bool = False
    evidence: Literal["comparative", "intrinsic"] = "intrinsic"
    trigger: tuple[int, int] | None = None
    reported: bool = False
    answer_of: str | None = None


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint speech ``spans``.

    Only the last span opening before ``end`` can reach past ``start``; it is found by halving,
    since a transcript's answers are speech spans by the thousand and every cue asks."""
    i = bisect_left(spans, end, key=lambda span: span[0]) - 1
    return i >= 0 and spans[i][1] > start


def claim_at(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The claim that holds ``[start, end)``, else the first it runs into: a flag belongs to a
    claim, so the views can show it in that claim's row."""
    for c in claims:
        if c.start <= start and end <= c.end:
            return c
    for c in claims:
        if c.start < end and start < c.end:
            return c
    return None
