"""Rows in and out of the library's tables: the shared SELECTs, their converters, the checks.

The library, its table modules and the import of an export all read articles and annotations with
the same SELECT and turn the rows into records with the same converter, and they check a new row's
kind, verdict and event name the same way, so a hand-in merged from a file is held to the rules a
note typed in the app is. Keeping these in one module is what makes that hold.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Final

from reader.core.errors import ReaderInputError
from reader.store.records import ANNOTATION_KINDS, VERDICT_STATUSES, Annotation, ArticleRecord

#: An article without its text, with the names of its events (read by :func:`to_record`).
ARTICLE_RECORD_SQL: Final = """
SELECT a.id, a.outlet, a.title, a.author, a.date, a.source, a.added,
       (SELECT json_group_array(name) FROM (
            SELECT e.name AS name FROM event_articles ea JOIN events e ON e.id = ea.event_id
            WHERE ea.article_id = a.id ORDER BY ea.added, ea.rowid)) AS events
FROM articles a
"""

#: Every column of an annotation (read by :func:`to_annotation`).
ANNOTATION_SQL: Final = (
    'SELECT id, event_id, kind, body, article_id, start, "end", flag_id, category, created,'
    " updated, author, status FROM annotations"
)


def timestamp() -> str:
    """The time a row is written: ISO 8601 UTC to the second, as every table stores it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ReaderInputError("an event needs a name")
    return cleaned


def to_annotation(row: Sequence[Any]) -> Annotation:
    return Annotation(
        id=int(row[0]),
        event_id=int(row[1]),
        kind=row[2],
        body=str(row[3]),
        article_id=row[4],
        start=row[5],
        end=row[6],
        flag_id=row[7],
        category=row[8],
        created=str(row[9]),
        updated=str(row[10]),
        author=str(row[11] or ""),
        status=row[12],
    )


def to_record(row: Sequence[Any]) -> ArticleRecord:
    return ArticleRecord(
        id=str(row[0]),
        outlet=str(row[1]),
        title=row[2],
        author=row[3],
        date=row[4],
        source=row[5],
        added=str(row[6]),
        events=tuple(json.loads(row[7]) if row[7] else ()),
    )


def check_kind(kind: str) -> None:
    if kind not in ANNOTATION_KINDS:
        raise ValueError(f"unknown annotation kind {kind!r} (one of {', '.join(ANNOTATION_KINDS)})")


def check_status(status: str | None) -> None:
    if status is not None and status not in VERDICT_STATUSES:
        raise ValueError(f"unknown verdict {status!r} (one of {', '.join(VERDICT_STATUSES)})")
