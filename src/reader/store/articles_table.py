"""The articles table: one row per text, and the full-text search over it.

The same text is the same article: a row is found by the hash of its text, so adding a page twice,
seeding the demo or importing an export never stores a copy. All three go through :func:`insert`,
which is what keeps them agreeing on that, on the article's id and on what an existing row learns.
"""

from __future__ import annotations

import sqlite3
from typing import Final

from reader.core.errors import ReaderInputError
from reader.core.model import OUTLET_GIVEN, UNKNOWN_OUTLET, Article, content_hash
from reader.store.records import ArticleRecord
from reader.store.rows import ARTICLE_RECORD_SQL, to_record

#: Characters of the content hash used as an article id, as ingest gives them (so an article has one
#: id in the library, the app and every export); grown only on a (very unlikely) clash.
ID_LENGTH: Final = 16
#: bm25 weights of the FTS columns (title, outlet, text): a word in the title says more.
_BM25: Final = "bm25(articles_fts, 8.0, 4.0, 1.0)"


def insert(
    conn: sqlite3.Connection, article: Article, *, raw: bytes | None, added: str
) -> tuple[Article, bool]:
    """Store ``article`` unless its text is stored already; returns the stored one and whether new.

    An article already stored only gains what it lacked: the page's bytes, and where its outlet name
    came from.
    """
    digest = content_hash(article.text)
    row = conn.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
    if row is not None:
        if raw is not None:
            conn.execute("UPDATE articles SET raw = ? WHERE id = ? AND raw IS NULL", (raw, row[0]))
        if article.outlet_source is not None:
            # A row from before v5 (or one stored without it) learns where its outlet name
            # came from, as long as it still bears the name that source gave.
            conn.execute(
                "UPDATE articles SET outlet_source = ?"
                " WHERE id = ? AND outlet_source IS NULL AND outlet = ?",
                (article.outlet_source, row[0], article.outlet),
            )
        return fetch(conn, str(row[0])), False
    if not article.text.strip():
        raise ReaderInputError("an article without text cannot be stored")
    length = ID_LENGTH
    article_id = digest[:length]
    while conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
        length += 4
        article_id = digest[:length]
    conn.execute(
        "INSERT INTO articles (id, hash, outlet, title, author, date, source, language, text,"
        " word_count, raw, added, outlet_source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id,
            digest,
            article.outlet or UNKNOWN_OUTLET,
            article.title,
            article.author,
            article.date,
            article.source,
            article.language,
            article.text,
            article.word_count,
            raw,
            added,
            # No outlet at all is stored as UNKNOWN_OUTLET, which no source named.
            article.outlet_source if article.outlet else None,
        ),
    )
    return fetch(conn, article_id), True


def fetch(conn: sqlite3.Connection, article_id: str) -> Article:
    """The stored article with its text; ``KeyError`` when the library has no such id."""
    row = conn.execute(
        "SELECT id, outlet, text, title, author, date, source, language, outlet_source"
        " FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise KeyError(article_id)
    return Article(*row)


def update_metadata(
    conn: sqlite3.Connection,
    article_id: str,
    outlet: str,
    title: str | None,
    author: str | None,
    date: str | None,
    *,
    outlet_source: str | None,
) -> Article:
    """Write the cleaned-up fields of :meth:`Library.update_article`; ``KeyError``: no such id."""
    cur = conn.execute(
        "UPDATE articles SET outlet_source = CASE WHEN ? IS NOT NULL THEN ?"
        " WHEN outlet IS NOT ? THEN ? ELSE outlet_source END,"
        " outlet = ?, title = ?, author = ?, date = ? WHERE id = ?",
        (
            outlet_source,
            outlet_source,
            outlet,
            OUTLET_GIVEN,
            outlet,
            title,
            author,
            date,
            article_id,
        ),
    )
    if cur.rowcount == 0:
        raise KeyError(article_id)
    return fetch(conn, article_id)


def raw(conn: sqlite3.Connection, article_id: str) -> bytes | None:
    """The page's original bytes when they were kept, else None; ``KeyError``: no such id."""
    row = conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(article_id)
    return bytes(row[0]) if row[0] is not None else None


def remove(conn: sqlite3.Connection, article_id: str) -> None:
    """Delete the article; the schema's cascades take its memberships and annotations with it."""
    cur = conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    if cur.rowcount == 0:
        raise KeyError(article_id)


def match(conn: sqlite3.Connection, expression: str, limit: int) -> list[ArticleRecord]:
    """Articles matching an FTS5 ``expression`` (see :mod:`reader.store.query`), best first."""
    try:
        rows = conn.execute(
            ARTICLE_RECORD_SQL + " JOIN articles_fts f ON f.rowid = a.seq"
            f" WHERE articles_fts MATCH ? ORDER BY {_BM25}, a.seq LIMIT ?",
            (expression, limit),
        ).fetchall()
    except sqlite3.OperationalError:
        # query.py quotes every word, so this is unreachable in practice; a search box
        # must still never fail.
        return []
    return [to_record(r) for r in rows]
