"""Where one article's framing gathers: the paragraph with the most flags.

A teacher showing a class one opinion piece wants to start where its framing is thickest; a rate
per 1,000 words says how much there is, not where. Paragraphs are the article's own (blank lines,
or one line each when it has none), as the quotation finder reads them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from reader.core.model import Flag
from reader.core.quotes import paragraph_spans

#: A "densest" paragraph needs at least this many flags: one flag anywhere names no cluster.
MIN_FLAGS: Final = 2


@dataclass(frozen=True, slots=True)
class DensestParagraph:
    """The paragraph of an article with the most framing flags, and where it sits."""

    number: int  # 1-based, in reading order
    of: int  # how many paragraphs the article has
    start: int
    end: int
    flags: int


def densest_paragraph(text: str, flags: Iterable[Flag]) -> DensestParagraph | None:
    """The paragraph of ``text`` holding the most of ``flags`` (the earliest on a tie).

    None when the article has one paragraph (naming it points nowhere) or no paragraph holds
    :data:`MIN_FLAGS` flags. A flag counts in the paragraph where it starts.
    """
    spans = paragraph_spans(text)
    if len(spans) < 2:
        return None
    counts = [0] * len(spans)
    starts = [start for start, _ in spans]
    for f in flags:
        i = bisect_right(starts, f.start) - 1
        if i >= 0 and f.start < spans[i][1]:
            counts[i] += 1
    best = max(range(len(spans)), key=lambda i: (counts[i], -i))
    if counts[best] < MIN_FLAGS:
        return None
    start, end = spans[best]
    return DensestParagraph(best + 1, len(spans), start, end, counts[best])


__all__ = ["MIN_FLAGS", "DensestParagraph", "densest_paragraph"]
