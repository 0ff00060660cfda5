"""The library's tables, and the ordered migrations that build them.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes a database from version
``i`` to ``i + 1``; a new release only ever appends to the list, so a library written by any older
version can be brought up to date step by step. Before the first step runs on a library that holds
anything, a copy is taken with SQLite's online backup API (see :func:`backup_copy`), so a migration
that goes wrong never costs a user their notes.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from sqlite_utils import Database

from reader.core.errors import LibraryError

#: Keep this many automatic backups per library; older ones are deleted after a new one is made.
KEEP_BACKUPS: Final = 5

#: FTS5 tokenizer: Porter stemming ("protests" finds "protest") over unicode61 without diacritics
#: ("Zurich" finds "Zürich").
FTS_TOKENIZE: Final = "porter unicode61 remove_diacritics 2"
FTS_COLUMNS: Final = ("title", "outlet", "text")


def _run(db: Database, script: str) -> None:
    """Run DDL one statement at a time: ``executescript`` would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.conn.execute(statement)


def _v1_core_tables(db: Database) -> None:
    # ``seq`` is an explicit INTEGER PRIMARY KEY so rowids never change (VACUUM renumbers implicit
    # rowids, which would silently desynchronise the external-content FTS index added in v2).
    _run(
        db,
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL UNIQUE,
            outlet TEXT NOT NULL,
            title TEXT,
            author TEXT,
            date TEXT,
            source TEXT,
            language TEXT,
            text TEXT NOT NULL,
            word_count INTEGER NOT NULL DEFAULT 0,
            raw BLOB,
            added TEXT NOT NULL
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created TEXT NOT NULL
        );
        CREATE TABLE event_articles (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            added TEXT NOT NULL,
            PRIMARY KEY (event_id, article_id)
        );
        CREATE INDEX event_articles_article ON event_articles(article_id);
        CREATE TABLE comparisons (
            key TEXT PRIMARY KEY,
            hashes TEXT NOT NULL,
            engine TEXT NOT NULL,
            data TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX comparisons_hashes ON comparisons(hashes);
        """,
    )


def _v2_full_text_search(db: Database) -> None:
    # sqlite-utils creates the external-content FTS5 table and the insert/update/delete triggers
    # that keep it in step with ``articles``; the rebuild indexes rows written before v2.
    db["articles"].enable_fts(  # type: ignore[union-attr]
        list(FTS_COLUMNS), create_triggers=True, tokenize=FTS_TOKENIZE
    )
    db["articles"].rebuild_fts()  # type: ignore[union-attr]


def _v3_annotations_and_settings(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('note', 'tag', 'verdict', 'missed-flag')),
            article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER,
            "end" INTEGER,
            flag_id TEXT,
            category TEXT,
            body TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            CHECK (start IS NULL OR ("end" IS NOT NULL AND start <= "end"))
        );
        CREATE INDEX annotations_event ON annotations(event_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _v4_annotation_authors_and_user_lexicon(db: Database) -> None:
    # Authors and verdict status let a teacher merge several students' annotations without losing
    # who wrote what; ``user_lexicon`` holds the user's own lexicon edits (an added or overriding
    # entry, or a bundled entry switched off), applied on top of the bundled lexicon.
    _run(
        db,
        """
        ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT '';
        ALTER TABLE annotations ADD COLUMN status TEXT;
        CREATE TABLE user_lexicon (
            term TEXT NOT NULL COLLATE NOCASE,
            category TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
            note TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL,
            PRIMARY KEY (term, category)
        );
        """,
    )


def _v5_outlet_source(db: Database) -> None:
    # Where an article's outlet name came from (``Article.outlet_source``: "file name", "given",
    # "page", "dateline"...), so an article read back from the library is not judged by its name
    # alone. Rows written before v5 keep NULL: not recorded.
    _run(db, "ALTER TABLE articles ADD COLUMN outlet_source TEXT")


Migration = Callable[[Database], None]

#: Append only. Index ``i`` migrates version ``i`` to ``i + 1``.
MIGRATIONS: Final[tuple[Migration, ...]] = (
    _v1_core_tables,
    _v2_full_text_search,
    _v3_annotations_and_settings,
    _v4_annotation_authors_and_user_lexicon,
    _v5_outlet_source,
)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def is_empty(conn: sqlite3.Connection) -> bool:
    """True for a brand-new file: nothing in it worth a backup."""
    row = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return int(row[0]) == 0


def backups_dir(path: Path) -> Path:
    """Where the automatic backups of the library at ``path`` are kept (next to it)."""
    return path.with_name(path.name + ".backups")


def backup_copy(conn: sqlite3.Connection, path: Path, label: str) -> Path:
    """Copy the open database to the backups folder with the online backup API.

    The backup API copies a consistent snapshot even in WAL mode, which a plain file copy of the
    main file would not (recent commits may still sit in the ``-wal`` file).
    """
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    _prune_backups(folder, path.stem)
    return target


def list_backups(path: Path) -> list[Path]:
    """The automatic backups of the library at ``path``, newest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    return _newest_first(folder, path.stem)


def _newest_first(folder: Path, stem: str) -> list[Path]:
    """The backups in ``folder``, newest first, each file looked at once.

    Another process opening the same library may prune a backup between the listing and the look
    (two copies of the app updating an old library together), so a file that has gone is left out
    rather than failing the caller.
    """
    dated: list[tuple[int, str, Path]] = []
    for found in folder.glob(f"{stem}-*.sqlite"):
        try:
            info = found.stat()
        except FileNotFoundError:
            continue
        if stat.S_ISREG(info.st_mode):
            dated.append((info.st_mtime_ns, found.name, found))
    return [found for _mtime, _name, found in sorted(dated, reverse=True)]


def _prune_backups(folder: Path, stem: str) -> None:
    for old in _newest_first(folder, stem)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)


def migrate(db: Database, path: Path | None, *, target: int = SCHEMA_VERSION) -> Path | None:
    """Bring the database up to ``target``, one transaction per step; returns the backup made.

    Each step and its ``user_version`` bump commit together, so an interruption leaves the library
    at the last completed version, never half-way through one.
    """
    conn = db.conn
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        raise LibraryError(
            f"the library was written by a newer Parallax Reader (schema {current}, this version"
            f" reads up to {SCHEMA_VERSION}); update the app"
        )
    if current >= target:
        return None
    backup: Path | None = None
    if path is not None and not is_empty(conn):
        try:
            backup = backup_copy(conn, path, f"v{current}")
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(
                f"{path}: cannot make a backup before updating the library ({exc}); free some"
                " disk space or check the folder's permissions"
            ) from None
    for version in range(current, target):
        # BEGIN IMMEDIATE takes the write lock first, then the version is read again: when the app
        # and the command line open an old library at the same moment, the second one waits and
        # then skips the steps the first one already ran.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) == version:
                MIGRATIONS[version](db)
                conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return backup
