"""What a deleted event needs to come back: its name, its articles' places in it and its notes.

Deleting an event cascades to its memberships and annotations, and a teacher who deleted the wrong
one would lose her notes for good. So the rows are read out just before the delete, in the same
transaction, and kept in memory by the :class:`~reader.store.library.Library` for the rest of the
session (the latest :data:`MAX_DELETED_KEPT`): Edit › Undo puts them back. Nothing is written for
this, so the file holds no hidden "deleted" rows a search, an export or a count would have to
skip, and closing the library ends the undo, as a user expects of an undo.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Final

from reader.store import events_table

#: How many deleted events the library keeps for Edit › Undo: each holds all its notes in
#: memory, and no one undoes the fortieth delete back, so the oldest are let go.
MAX_DELETED_KEPT: Final = 20

#: The annotation columns a restore writes back; the id and event id are given afresh.
_NOTE_FIELDS = (
    "kind",
    "article_id",
    "start",
    '"end"',
    "flag_id",
    "category",
    "body",
    "created",
    "updated",
    "author",
    "status",
)
_NOTE_COLUMNS = ", ".join(_NOTE_FIELDS)
_ARTICLE = _NOTE_FIELDS.index("article_id")


@dataclass(frozen=True, slots=True)
class DeletedEvent:
    """The rows of one deleted event, as they were just before the delete."""

    id: int
    name: str
    created: str
    members: tuple[tuple[str, int, str], ...]  # (article id, position, added)
    notes: tuple[tuple[Any, ...], ...]  # annotation rows in _NOTE_COLUMNS order, oldest first


def snapshot(conn: sqlite3.Connection, event_id: int) -> DeletedEvent:
    """The event's rows, read before it is deleted; ``KeyError``: no such event."""
    row = conn.execute("SELECT name, created FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise KeyError(event_id)
    members = conn.execute(
        "SELECT article_id, position, added FROM event_articles WHERE event_id = ?"
        " ORDER BY position",
        (event_id,),
    ).fetchall()
    notes = conn.execute(
        f"SELECT {_NOTE_COLUMNS} FROM annotations WHERE event_id = ? ORDER BY id", (event_id,)
    ).fetchall()
    return DeletedEvent(
        event_id,
        str(row[0]),
        str(row[1]),
        tuple((str(a), int(p), str(t)) for a, p, t in members),
        tuple(tuple(n) for n in notes),
    )


def restore(conn: sqlite3.Connection, deleted: DeletedEvent) -> int:
    """Put the event back and return its id: its old one unless a new event took it meanwhile.

    Articles removed from the library since then stay removed, with the notes pinned to them, as
    if they had been removed with the event in place. Should a new event have taken the name, the
    restored one is called "<name> (restored)": the two must be told apart in the Library panel.
    """
    name = _free_name(conn, deleted.name)
    taken = conn.execute("SELECT 1 FROM events WHERE id = ?", (deleted.id,)).fetchone()
    cur = conn.execute(
        "INSERT INTO events (id, name, created) VALUES (?, ?, ?)",
        (None if taken else deleted.id, name, deleted.created),
    )
    event_id = int(cur.lastrowid or 0)
    pinned = {n[_ARTICLE] for n in deleted.notes}
    present = _present(conn, {a for a, _, _ in deleted.members} | pinned)
    conn.executemany(
        "INSERT INTO event_articles (event_id, article_id, position, added) VALUES (?, ?, ?, ?)",
        [(event_id, a, p, t) for a, p, t in deleted.members if a in present],
    )
    marks = ", ".join("?" * (1 + len(_NOTE_FIELDS)))
    conn.executemany(
        f"INSERT INTO annotations (event_id, {_NOTE_COLUMNS}) VALUES ({marks})",
        [(event_id, *n) for n in deleted.notes if n[_ARTICLE] is None or n[_ARTICLE] in present],
    )
    return event_id


def _present(conn: sqlite3.Connection, article_ids: set[str | None]) -> set[str]:
    """Those of ``article_ids`` the library still holds."""
    return {
        a
        for a in article_ids
        if a is not None
        and conn.execute("SELECT 1 FROM articles WHERE id = ?", (a,)).fetchone() is not None
    }


def _free_name(conn: sqlite3.Connection, name: str) -> str:
    """``name``, or "<name> (restored)" (numbered on) when another event has it now."""
    candidate, n = name, 1
    while events_table.find(conn, candidate) is not None:
        candidate = f"{name} (restored)" if n == 1 else f"{name} (restored {n})"
        n += 1
    return candidate
