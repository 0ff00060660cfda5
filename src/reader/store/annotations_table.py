"""The annotations table: a reader's notes, tags, verdicts and missed flags on an event.

An annotation that points into an article is checked against the stored text before it is written:
a span past the end, or one without its article, would put a highlight nowhere (or on the wrong
words) the next time the event is opened. The kind and verdict are checked by the caller, before
its transaction starts (:func:`reader.store.rows.check_kind` and ``check_status``).
"""

from __future__ import annotations

import sqlite3

from reader.store import articles_table, events_table
from reader.store.records import Annotation
from reader.store.rows import ANNOTATION_SQL, timestamp, to_annotation


def for_event(conn: sqlite3.Connection, event_id: int) -> list[Annotation]:
    """The event's annotations in the order they were made."""
    rows = conn.execute(ANNOTATION_SQL + " WHERE event_id = ? ORDER BY id", (event_id,)).fetchall()
    return [to_annotation(r) for r in rows]


def fetch(conn: sqlite3.Connection, annotation_id: int) -> Annotation:
    """The annotation with this id; ``KeyError`` when there is none."""
    row = conn.execute(ANNOTATION_SQL + " WHERE id = ?", (annotation_id,)).fetchone()
    if row is None:
        raise KeyError(annotation_id)
    return to_annotation(row)


def insert(
    conn: sqlite3.Connection,
    event_id: int,
    kind: str,
    body: str,
    *,
    article_id: str | None,
    start: int | None,
    end: int | None,
    flag_id: str | None,
    category: str | None,
    author: str,
    status: str | None,
    created: str | None,
) -> Annotation:
    """Store a new annotation (``KeyError``: unknown event or article) and return it."""
    events_table.require(conn, event_id)
    check_span(conn, article_id, start, end)
    now = timestamp()
    cur = conn.execute(
        'INSERT INTO annotations (event_id, kind, article_id, start, "end", flag_id,'
        " category, body, created, updated, author, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event_id,
            kind,
            article_id,
            start,
            end,
            flag_id,
            category,
            body,
            created or now,
            now,
            author,
            status,
        ),
    )
    return fetch(conn, int(cur.lastrowid or 0))


def update(
    conn: sqlite3.Connection,
    annotation_id: int,
    *,
    body: str | None,
    kind: str | None,
    category: str | None,
    status: str | None,
) -> Annotation:
    """Change the fields given (not None); the others keep their stored values."""
    current = fetch(conn, annotation_id)
    conn.execute(
        "UPDATE annotations SET body = ?, kind = ?, category = ?, status = ?, updated = ?"
        " WHERE id = ?",
        (
            current.body if body is None else body,
            current.kind if kind is None else kind,
            current.category if category is None else category,
            current.status if status is None else status,
            timestamp(),
            annotation_id,
        ),
    )
    return fetch(conn, annotation_id)


def remove(conn: sqlite3.Connection, annotation_id: int) -> None:
    """Delete the annotation; ``KeyError`` when there is none."""
    cur = conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
    if cur.rowcount == 0:
        raise KeyError(annotation_id)


def check_span(
    conn: sqlite3.Connection,
    article_id: str | None,
    start: int | None,
    end: int | None,
) -> None:
    """``ValueError`` unless the span is none, or lies inside the stored text of its article."""
    if (start is None) != (end is None):
        raise ValueError("give both start and end of a span, or neither")
    if article_id is None:
        if start is not None:
            raise ValueError("a span needs the article it points into")
        return
    text = articles_table.fetch(conn, article_id).text
    if start is not None and end is not None and not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}..{end} is outside the article ({len(text)} characters)")
