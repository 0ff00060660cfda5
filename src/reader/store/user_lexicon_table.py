"""The user_lexicon table: the user's lexicon edits as stored, one row per term and category.

Two writes reach it with different rules, and they are kept side by side so they stay consistent:
an edit made in the app replaces the earlier edit of the same pair outright, while an edit merged
from an export only replaces one that is older, so importing a colleague's library never undoes a
newer change of one's own. How the edits change the bundled lexicon is
:mod:`reader.store.lexicon_edits`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from reader.core.lexicon import ENTRY_CATEGORIES
from reader.store.records import UserLexiconEntry


def entries(conn: sqlite3.Connection) -> list[UserLexiconEntry]:
    """The user's lexicon edits, by category then term."""
    rows = conn.execute(
        "SELECT term, category, action, note, updated FROM user_lexicon ORDER BY category, term"
    ).fetchall()
    return [UserLexiconEntry(str(r[0]), str(r[1]), r[2], str(r[3]), str(r[4])) for r in rows]


def put(
    conn: sqlite3.Connection, term: str, category: str, action: str, note: str, updated: str
) -> None:
    """Store an edit the caller has checked, replacing any earlier edit of the same pair."""
    conn.execute(
        "INSERT OR REPLACE INTO user_lexicon (term, category, action, note, updated)"
        " VALUES (?, ?, ?, ?, ?)",
        (term, category, action, note, updated),
    )


def forget(conn: sqlite3.Connection, term: str, category: str) -> bool:
    """Delete one edit; False when there was none."""
    cur = conn.execute(
        "DELETE FROM user_lexicon WHERE term = ? AND category = ?",
        (" ".join(term.split()), category),
    )
    return cur.rowcount > 0


def check_category(category: str) -> None:
    """Only the lexicon's own categories: an edit imported from someone else's library must not
    make a word a "scare-quote" (a flag that then explains quotation marks that are not there)."""
    if category not in ENTRY_CATEGORIES:
        raise ValueError(
            f"unknown lexicon category {category!r} (one of: {', '.join(ENTRY_CATEGORIES)})"
        )


def merge(conn: sqlite3.Connection, entry: Mapping[str, Any]) -> int:
    """Take an exported lexicon edit unless this library has a newer edit of the same entry."""
    term = " ".join(str(entry["term"]).split())
    category, action = str(entry["category"]), str(entry.get("action") or "add")
    if not term or not category or action not in ("add", "remove"):
        raise ValueError(f"bad lexicon edit {entry!r}")
    check_category(category)
    cur = conn.execute(
        "INSERT INTO user_lexicon (term, category, action, note, updated)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (term, category) DO UPDATE SET"
        " action = excluded.action, note = excluded.note, updated = excluded.updated"
        " WHERE excluded.updated > user_lexicon.updated",
        (term, category, action, str(entry.get("note") or ""), str(entry.get("updated") or "")),
    )
    return int(cur.rowcount > 0)
