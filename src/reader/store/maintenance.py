"""Keeping the library file sound: integrity checks, the search index, daily backups, recovery.

A journalist's notes live in the library, so damage must be found early and never make things
worse: a quick check at every open and a full one on demand, each reported in one line rather than
a traceback; a daily safety copy taken with SQLite's online backup API; and, when the file is
damaged, recovery that renames it aside (a specialist may save more from it later) and puts the
newest backup that passes its own check in its place. :class:`~reader.store.library.Library` holds
the lock and the connection; these functions do the work on the connection they are given.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from reader.core.errors import LibraryError
from reader.store import schema

#: A daily safety copy is made at open when the newest backup is older than this.
DAILY_BACKUP_AGE: Final = timedelta(hours=24)


class LibraryDamagedError(LibraryError):
    """The library file fails its integrity check; :meth:`Library.recover` deals with it."""

    def __init__(self, message: str, *, path: Path) -> None:
        self.path = path
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Recovery:
    """What :meth:`Library.recover` did: where the damaged file went, and the backup restored."""

    damaged: Path | None
    restored_from: Path | None


def damaged_error(path: Path, detail: str) -> LibraryDamagedError:
    return LibraryDamagedError(
        f"{path}: the library file is damaged ({detail}); run 'reader library check"
        " --recover' to set it aside and restore the latest backup",
        path=path,
    )


#: How every SQLite database file begins.
_SQLITE_HEADER: Final = b"SQLite format 3\x00"
#: Every library is longer than SQLite's header; SQLite itself reads a one-byte file as a new,
#: empty database and writes a library over it.
_HEADER_SIZE: Final = 100
#: What to do about a file that is not a library.
_NOT_A_LIBRARY: Final = "give the path of a library, or of a new file to start one"


def text_file_error(path: Path) -> LibraryError | None:
    """The error for a library path that names a text file (``--library notes.txt``), else None.

    Such a file is no damaged library: advice to "recover" it would move the user's document
    aside and start a library in its place. Damage leaves SQLite's header or binary pages;
    a text file has neither.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if not head.strip() or head.startswith(_SQLITE_HEADER) or b"\x00" in head:
        return None
    try:
        head[:4000].decode("utf-8")  # room for a character cut at the end of the read
    except UnicodeDecodeError:
        return None
    return LibraryError(f"{path}: not a library file (it holds text); {_NOT_A_LIBRARY}")


def not_a_library_error(path: Path) -> LibraryError | None:
    """The error for a file at ``path`` that is no library and never was one, checked before
    SQLite opens it (which would write over a one-byte file); None for a missing or empty file,
    which becomes a new library, and for anything SQLite can judge itself.

    A text file (``--library notes.txt``), a file shorter than SQLite's header, or one without
    that header where no library has been kept (an image, a PDF) is the user's own document, not
    a damaged library: advice to "recover" it would move it aside and start a library in its
    place.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size == 0:
        return None
    text = text_file_error(path)
    if text is not None:
        return text
    if size < _HEADER_SIZE or not (_has_sqlite_header(path) or _was_a_library(path)):
        return LibraryError(f"{path}: not a library file; {_NOT_A_LIBRARY}")
    return None


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return True  # let SQLite open it and say what is wrong


def _was_a_library(path: Path) -> bool:
    """Whether the app has kept a library at ``path`` before: its backups folder or its journal
    files lie beside it. A library whose first page was overwritten has lost SQLite's header
    too, and is damaged; an image or a PDF given by mistake has none of these, and recovery
    would move the user's file aside."""
    beside = [schema.backups_dir(path)]
    beside += [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    return any(p.exists() for p in beside)


#: The tables every library has had since its first version (its schema version 1).
_LIBRARY_TABLES: Final = frozenset({"articles", "events", "event_articles", "comparisons"})


def foreign_database_error(conn: sqlite3.Connection, path: Path) -> LibraryError | None:
    """The error for an SQLite database of another program (a browser's history, a photo
    catalogue), checked before anything is written: migrating it would add the library's tables
    to that program's file. None for a library, for an empty database (which becomes a new
    library), and when the file cannot be read (the integrity check says why).

    A library has tables only from schema version 1 on, and always some of its first ones; a
    damaged library that has lost a few from its list is left for the integrity check to name.
    """
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        version = schema.user_version(conn)
    except sqlite3.DatabaseError:
        return None
    tables = {str(row[0]) for row in rows}
    if not tables or (version > 0 and tables & _LIBRARY_TABLES):
        return None
    return LibraryError(
        f"{path}: is a database of another program; Parallax Reader left it unchanged"
    )


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """The check at open: raise :class:`LibraryDamagedError` unless SQLite finds the file sound."""
    result = conn.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        detail = result[0] if result else "no answer"
        raise damaged_error(path, detail)


def daily_backup(conn: sqlite3.Connection, path: Path) -> Path | None:
    """A safety copy when the newest backup is a day old (the caller skips an empty library)."""
    try:
        backups = schema.list_backups(path)
        if backups:
            newest = datetime.fromtimestamp(backups[0].stat().st_mtime, UTC)
            if datetime.now(UTC) - newest < DAILY_BACKUP_AGE:
                return None
        return schema.backup_copy(conn, path, "daily")
    except (OSError, sqlite3.Error):
        # A full disk or a read-only folder must not lock the user out of their library; the
        # next open tries again.
        return None


def problems(conn: sqlite3.Connection) -> list[str]:
    """Full integrity check (pages, foreign keys, search index); empty when all is well."""
    found: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            found.extend(str(r) for r in rows)
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _ in fk_rows:
            found.append(f"{table} row {rowid} points at a missing {parent} row")
    except sqlite3.DatabaseError as exc:
        found.append(str(exc))
    found.extend(f"search index: {p}" for p in _search_index_problems(conn))
    return found


def _search_index_problems(conn: sqlite3.Connection) -> list[str]:
    found: list[str] = []
    try:
        # Comparing the index with its content table needs SQLite 3.44 ('integrity-check', 1);
        # older versions check the index on its own, and the row counts below cover the rest.
        if sqlite3.sqlite_version_info >= (3, 44, 0):
            conn.execute(
                "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)"
            )
        else:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        missing = conn.execute(
            "SELECT count(*) FROM articles WHERE seq NOT IN (SELECT id FROM articles_fts_docsize)"
        ).fetchone()[0]
        stale = conn.execute(
            "SELECT count(*) FROM articles_fts_docsize WHERE id NOT IN (SELECT seq FROM articles)"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if missing:
        found.append(f"{missing} article(s) missing from the index")
    if stale:
        found.append(f"{stale} index entr(ies) for removed articles")
    return found


def rebuild_search_index(conn: sqlite3.Connection) -> None:
    """Re-index every article (the repair for a search index out of step with the articles)."""
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')")


def recover(target: Path, *, use_backup: bool = True) -> Recovery:
    """Move a damaged library aside and put the newest good backup (or nothing) in its place.

    The damaged file is renamed, never deleted, so nothing is lost if a specialist can save more
    from it later. The next :meth:`Library.open` then starts from the restored backup, or empty.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    damaged: Path | None = None
    if target.exists():
        damaged = target.with_name(f"{target.name}.damaged-{stamp}")
        target.replace(damaged)
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            side.replace(target.with_name(f"{target.name}.damaged-{stamp}{suffix}"))
    restored: Path | None = None
    if use_backup:
        for candidate in schema.list_backups(target):
            if _restore(candidate, target):
                restored = candidate
                break
    return Recovery(damaged=damaged, restored_from=restored)


def _restore(backup: Path, target: Path) -> bool:
    """Copy a backup into place if it passes its own integrity check."""
    try:
        # Percent-encoded: pasted in as it is, a folder named "Notes #2" or "what?" cut the path
        # at "#" or "?", and an empty file created there passed for the backup.
        src = sqlite3.connect(backup.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = src.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            return False
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
        finally:
            dest.close()
        return True
    except sqlite3.DatabaseError:
        target.unlink(missing_ok=True)
        return False
    finally:
        src.close()
