"""The comparisons table: finished comparisons cached by their articles and the engine version.

Analysing an event takes seconds, re-opening it should not. A result is stored under the hash of its
articles' content hashes (sorted: the order they were opened in does not matter) and the engine
version, so an edited text or a new engine misses the cache instead of showing a stale result, and
storing a new engine's result drops the older engines' results for the same articles. The JSON is
encoded and decoded by the caller, outside the library's lock.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from reader.core.model import content_hash
from reader.store.rows import timestamp


def cache_key(article_hashes: Sequence[str], engine: str) -> tuple[str, str]:
    """The row's key and its ``hashes`` column (the sorted hashes, shared by every engine)."""
    hashes = ",".join(sorted(article_hashes))
    return content_hash(f"{hashes}|{engine}"), hashes


def stored(conn: sqlite3.Connection, key: str) -> str | bytes | None:
    """The cached comparison's JSON as stored, or None."""
    row = conn.execute("SELECT data FROM comparisons WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def decode(payload: str | bytes) -> dict[str, Any] | None:
    """The cached comparison, or None when the stored text is not a JSON object."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def store(conn: sqlite3.Connection, key: str, hashes: str, engine: str, payload: str) -> None:
    """Cache ``payload``, dropping results of other engines for the same articles."""
    conn.execute("DELETE FROM comparisons WHERE hashes = ? AND engine != ?", (hashes, engine))
    conn.execute(
        "INSERT OR REPLACE INTO comparisons (key, hashes, engine, data, created)"
        " VALUES (?, ?, ?, ?, ?)",
        (key, hashes, engine, payload, timestamp()),
    )
