"""The events table and its membership table: named groups of articles, in the order they joined.

Adding an article to a named event, seeding the demo and importing an export all take an event by
its name and append articles to it, so finding or creating an event and linking an article live here
once, with one rule for all three: names match with case and spacing ignored, and an article joins
an event once, at the end of its order. The other queries on events sit next to them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from reader.core.errors import ReaderInputError
from reader.store.records import EventRecord
from reader.store.rows import clean_name, timestamp


def records(conn: sqlite3.Connection) -> list[EventRecord]:
    """Every event with its number of articles, in the order they were created."""
    rows = conn.execute(
        "SELECT e.id, e.name, count(ea.article_id), e.created FROM events e"
        " LEFT JOIN event_articles ea ON ea.event_id = e.id"
        " GROUP BY e.id ORDER BY e.created, e.id"
    ).fetchall()
    return [EventRecord(int(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows]


def find(conn: sqlite3.Connection, name: str) -> int | None:
    """The id of the event called ``name`` (case and spacing ignored), or None."""
    return _named(conn, " ".join(str(name).split()))


def find_or_create(conn: sqlite3.Connection, name: str) -> int:
    """The id of the event called ``name``, created if the library has none by that name."""
    cleaned = clean_name(name)
    found = _named(conn, cleaned)
    if found is not None:
        return found
    cur = conn.execute("INSERT INTO events (name, created) VALUES (?, ?)", (cleaned, timestamp()))
    return int(cur.lastrowid or 0)


def _named(conn: sqlite3.Connection, cleaned: str, *, other_than: int | None = None) -> int | None:
    """The id of the event whose name is ``cleaned`` but for case, in any alphabet: the column's
    NOCASE folds A to Z only, which made "Élections" and "élections" two events."""
    key = cleaned.casefold()
    for event_id, name in conn.execute("SELECT id, name FROM events ORDER BY id"):
        if str(name).casefold() == key and event_id != other_than:
            return int(event_id)
    return None


def holding_exactly(conn: sqlite3.Connection, hashes: Collection[str]) -> int | None:
    """The id of the event whose articles are exactly the texts with these content hashes (in
    any order), or None. Texts opened again are the comparison filed before, not a copy of it;
    should old copies exist, the one with the most notes wins, then the oldest, since that is
    where the user's work is."""
    wanted = sorted(set(hashes))
    if not wanted:
        return None
    marks = ", ".join("?" * len(wanted))
    row = conn.execute(
        "SELECT ea.event_id FROM event_articles ea"
        " JOIN articles a ON a.id = ea.article_id JOIN events e ON e.id = ea.event_id"
        f" GROUP BY ea.event_id HAVING count(*) = ? AND sum(a.hash IN ({marks})) = ?"
        " ORDER BY (SELECT count(*) FROM annotations n WHERE n.event_id = ea.event_id) DESC,"
        " e.created, e.id LIMIT 1",
        (len(wanted), *wanted, len(wanted)),
    ).fetchone()
    return int(row[0]) if row is not None else None


def require(conn: sqlite3.Connection, event_id: int) -> None:
    """``KeyError`` unless the library has an event with this id."""
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
        raise KeyError(event_id)


def link(conn: sqlite3.Connection, event_id: int, article_id: str) -> None:
    """Add the article at the end of the event's order; nothing happens if it is there already."""
    conn.execute(
        "INSERT OR IGNORE INTO event_articles (event_id, article_id, position, added)"
        " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM event_articles"
        " WHERE event_id = ?), ?)",
        (event_id, article_id, event_id, timestamp()),
    )


def unlink(conn: sqlite3.Connection, event_id: int, article_id: str) -> None:
    """Take the article out of the event; the library keeps it."""
    conn.execute(
        "DELETE FROM event_articles WHERE event_id = ? AND article_id = ?",
        (event_id, article_id),
    )


def members(conn: sqlite3.Connection, event_id: int) -> list[str]:
    """The ids of the event's articles in the order they joined it; ``KeyError``: no such event."""
    require(conn, event_id)
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY position",
            (event_id,),
        )
    ]


def rename(conn: sqlite3.Connection, event_id: int, cleaned: str) -> None:
    """Give the event a name (already cleaned) no other event has; ``KeyError``: no such event."""
    require(conn, event_id)
    if _named(conn, cleaned, other_than=event_id) is not None:
        raise ReaderInputError(f"an event called '{cleaned}' already exists")
    conn.execute("UPDATE events SET name = ? WHERE id = ?", (cleaned, event_id))


def remove(conn: sqlite3.Connection, event_id: int) -> None:
    """Delete the event; the schema's cascades take its memberships and annotations with it."""
    if conn.execute("DELETE FROM events WHERE id = ?", (event_id,)).rowcount == 0:
        raise KeyError(event_id)
