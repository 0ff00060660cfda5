"""Shareable forms of a comparison: JSON (the schema), CSV (one row per flag) and an HTML report.

The report is built in :mod:`reader.core.report`; it is exported from here too, so every export
of a comparison is imported from one place.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Final

from reader.core.export_flags import article_or_none, flag_words, only_shown, reading_order
from reader.core.model import Comparison
from reader.core.overview import EVERYTHING, FlagFilter, claim_at
from reader.core.report import (
    CHART_COVERAGE,
    CHART_PROFILE,
    QtReport,
    shown_source,
    to_html,
    to_qt_report,
)
from reader.core.sentences import without_lead_in

#: ``words`` are the words that fired (the lexicon entry or cue, "actually"); ``context`` is the
#: whole flagged span they were widened to ("actually pull"), which ``start`` and ``end`` locate.
#: A flag on a whole claim (an opinion, a claim only one outlet carries) has no words of its own.
CSV_COLUMNS: Final = (
    "outlet",
    "title",
    "category",
    "words",
    "context",
    "explanation",
    "counterparts",
    "claim",
    "article",
    "start",
    "end",
    "confidence",
    "rule",
    "quoted",
    "id",
    "where",
)
#: Excel opens UTF-8 CSV correctly only with a byte-order mark; every other reader ignores it.
CSV_ENCODING: Final = "utf-8-sig"
#: Characters that make a spreadsheet treat a cell as a formula (CSV injection).
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


# -- JSON ---------------------------------------------------------------------------------------


def to_json(comparison: Comparison, *, indent: int | None = 2) -> str:
    """The comparison as ``reader.comparison/1`` JSON (UTF-8 text, non-ASCII kept readable)."""
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=indent)


# -- CSV ----------------------------------------------------------------------------------------


def to_csv(comparison: Comparison, *, shown: FlagFilter | None = None) -> str:
    """One row per flag (RFC 4180: comma-separated, CRLF line ends, quotes doubled).

    ``words`` holds the words that fired and ``context`` the span the flag covers around them
    (see :data:`CSV_COLUMNS`): a student reading "actually pull" should see that "actually", not
    "pull", is the word in question.

    The text has no byte-order mark; :func:`write_csv` adds one when saving so Excel reads UTF-8.
    Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. With
    ``shown`` (what the app's legend and View › Show Outlets leave on screen), the rows are the
    flags ``shown.shows``, and what a hidden outlet wrote is left out of the other flags'
    counterparts; by default every flag is a row.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    names = {a.id: a.outlet for a in comparison.articles}
    claims = {c.id: c for cs in comparison.claims.values() for c in cs}
    for flag in reading_order(only_shown(comparison, shown or EVERYTHING)):
        article = article_or_none(comparison, flag.article)
        claim_id = flag.claim
        if claim_id is None and flag.where == "text":
            claim_id = claim_at(comparison, flag.article, flag.start, flag.end)
        claim = claims.get(claim_id) if claim_id else None
        counterparts = "; ".join(
            f"{names.get(c.article, c.article)}: {c.text}" for c in flag.counterparts
        )
        writer.writerow(
            [
                _safe_cell(names.get(flag.article, flag.article)),
                _safe_cell(article.title or "" if article else ""),
                _safe_cell(flag.category),
                _safe_cell(flag_words(flag)),
                _safe_cell(flag.text),
                _safe_cell(flag.explanation),
                _safe_cell(counterparts),
                _safe_cell(" ".join(without_lead_in(claim.text).split()) if claim else ""),
                _safe_cell(flag.article),
                flag.start,
                flag.end,
                f"{flag.confidence:.2f}",
                _safe_cell(flag.rule),
                "yes" if flag.quoted else "no",
                _safe_cell(flag.id),
                flag.where,
            ]
        )
    return buf.getvalue()


def write_csv(comparison: Comparison, path: Path) -> None:
    """Save :func:`to_csv` with a BOM, exactly as produced (no newline translation)."""
    with path.open("w", encoding=CSV_ENCODING, newline="") as fh:
        fh.write(to_csv(comparison))


def _safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


__all__ = [
    "CHART_COVERAGE",
    "CHART_PROFILE",
    "CSV_COLUMNS",
    "CSV_ENCODING",
    "QtReport",
    "flag_words",
    "shown_source",
    "to_csv",
    "to_html",
    "to_json",
    "to_qt_report",
    "write_csv",
]
