"""Which flags an export lists, in what order, and the words in each that fired.

The CSV and the report share these, so a row of the spreadsheet and a footnote of the report
list the same flags in the same order and name the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from reader.core.model import CLAIM_CATEGORIES, Comparison, Flag
from reader.core.overview import EVERYTHING, FlagFilter


def flag_words(flag: Flag) -> str:
    """The words that fired: the trigger inside the flagged span, the whole span when the flag has
    no trigger (it is the word), and "" for a flag on a whole claim, which no word fired."""
    inner = trigger_in_text(flag)
    if inner is not None:
        return flag.text[inner[0] : inner[1]]
    return "" if flag.category in CLAIM_CATEGORIES else flag.text


def trigger_in_text(flag: Flag) -> tuple[int, int] | None:
    """The trigger as offsets into ``flag.text``; None without one, or when it does not fit."""
    if flag.trigger is None or len(flag.text) != flag.end - flag.start:
        return None
    start, end = flag.trigger[0] - flag.start, flag.trigger[1] - flag.start
    return (start, end) if 0 <= start < end <= len(flag.text) else None


def only_shown(comparison: Comparison, shown: FlagFilter) -> Comparison:
    """The comparison with only the flags (body and headline) ``shown`` shows; the words of the
    outlets it hides are no flag's counterpart either: an outlet left out is left out of every
    note too. Their articles, claims and groups stay, so rows keep the numbers they have on
    screen."""
    if shown == EVERYTHING:
        return comparison
    hidden = shown.hidden_outlets

    def kept(flags: Iterable[Flag]) -> tuple[Flag, ...]:
        out = []
        for f in flags:
            if not shown.shows(f):
                continue
            if any(c.article in hidden for c in f.counterparts):
                others = tuple(c for c in f.counterparts if c.article not in hidden)
                f = replace(f, counterparts=others)
            out.append(f)
        return tuple(out)

    return replace(
        comparison, flags=kept(comparison.flags), headline_flags=kept(comparison.headline_flags)
    )


def reading_order(comparison: Comparison) -> list[Flag]:
    """Flags in reading order: article by article, its headline first, then by position."""
    order = {a.id: i for i, a in enumerate(comparison.articles)}
    return sorted(
        (*comparison.headline_flags, *comparison.flags),
        key=lambda f: (
            order.get(f.article, len(order)),
            f.where != "title",
            f.start,
            f.end,
            f.id,
        ),
    )


def article_or_none(comparison: Comparison, article_id: str) -> Any:
    """The article with this id, or None when the comparison has none by that id."""
    try:
        return comparison.article(article_id)
    except KeyError:
        return None


__all__ = ["article_or_none", "flag_words", "only_shown", "reading_order", "trigger_in_text"]
