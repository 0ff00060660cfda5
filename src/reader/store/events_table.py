"""Finding an event by name (creating it on first use) and adding an article to one.

Adding an article to a named event, seeding the demo and importing an export all take an event by
its name and append articles to it; doing both here keeps one rule for all three: names match with
case and spacing ignored, and an article joins an event once, at the end of its order.
"""

from __future__ import annotations

import sqlite3

from reader.store.rows import clean_name, timestamp


def find_or_create(conn: sqlite3.Connection, name: str) -> int:
    """The id of the event called ``name``, created if the library has none by that name."""
    cleaned = clean_name(name)
    row = conn.execute("SELECT id FROM events WHERE name = ?", (cleaned,)).fetchone()
    if row is not None:
        return int(row[0])
    cur = conn.execute("INSERT INTO events (name, created) VALUES (?, ?)", (cleaned, timestamp()))
    return int(cur.lastrowid or 0)


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
