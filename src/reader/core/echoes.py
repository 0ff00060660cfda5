"""Where another outlet wrote, in its own claim, the words that answer a flag: its echoes.

"Chinese dictator" in one column reads as framing only beside "President Xi Jinping" in the next,
so every place that shows a row of claims (the app's Aligned view, the exported report) marks the
other outlets' words in the flagged place together with the flag. Finding them is plain text work
on a flag's counterparts, kept here so the views and the report mark the same words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from reader.core.model import Flag, Row

#: Word-level flags whose counterparts in the other cells of a row are marked with them; a
#: different figure's counterparts are the other outlets' figures ("about 4,000 residents").
ECHOED: Final = frozenset(
    {"label", "loaded", "attribution", "hedge", "scare-quote", "intensifier", "figure"}
)
#: Counterparts longer than this are whole sentences; marking them would mark the whole cell.
ECHO_MAX_CHARS: Final = 60
#: A counterpart that is (nearly) its whole claim is the claim itself, not the words in its place.
ECHO_MAX_SHARE: Final = 0.8


@dataclass(frozen=True, slots=True)
class Echo:
    """Where another outlet's flagged words have their counterpart in this text."""

    start: int
    end: int
    flag: Flag


def is_echoed(flag: Flag) -> bool:
    """Whether the other outlets' words in this flag's place are marked with it: word-level
    flags on the outlet's own wording. A quoted speaker's words are not the outlet's choice, so
    what the others wrote there answers nothing."""
    return flag.category in ECHOED and not flag.quoted


def find_echoes(
    text: str, spans: Sequence[tuple[int, int]], article: str, others: Iterable[Flag]
) -> tuple[Echo, ...]:
    """The short counterparts of ``others``' echoed flags that ``article`` wrote, found in its
    spans of ``text``.

    This is what makes the contrast visible at a glance: "dictator" in one cell, and "President"
    in the next cell of the same row, marked together.
    """
    out: list[Echo] = []
    low = text.casefold()
    for flag in others:
        if not is_echoed(flag):
            continue
        for cp in flag.counterparts:
            needle = cp.answer.strip().casefold()
            if cp.article != article or not needle or len(needle) > ECHO_MAX_CHARS:
                continue
            for s, e in spans:
                pos = low.find(needle, s, e)
                if pos >= 0:
                    if len(needle) < ECHO_MAX_SHARE * (e - s):
                        out.append(Echo(pos, pos + len(needle), flag))
                    break
    return tuple(out)


def echo_rows(rows: Sequence[Row], row: int, article: str) -> list[int]:
    """The rows whose flags ``article``'s cell in ``row`` may answer: that row, and a
    neighbouring row ``article`` has no cell in. When the alignment splits "dictator" and
    "President" over two rows, the pair still shows."""
    return [row] + [
        n for n in (row - 1, row + 1) if 0 <= n < len(rows) and article not in rows[n].cells
    ]


__all__ = [
    "ECHOED",
    "ECHO_MAX_CHARS",
    "ECHO_MAX_SHARE",
    "Echo",
    "echo_rows",
    "find_echoes",
    "is_echoed",
]
