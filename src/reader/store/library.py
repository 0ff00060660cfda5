"""The local library: articles, events, cached comparisons and annotations in one SQLite file.

Safety comes first, because a journalist's notes live here:

- every public write is one transaction (``Database.atomic``), so a crash or ``kill -9`` in the
  middle of an import leaves the library exactly as it was before it;
- WAL journal with ``synchronous=FULL``: readers never block the writer and a commit is on disk when
  the call returns;
- ``PRAGMA quick_check`` at open; a damaged file raises :class:`LibraryDamagedError` with one line
  and :meth:`Library.recover` moves it aside and restores the newest good backup;
- a file that is no library (a text document, an image or a PDF where no library was kept, a file
  shorter than SQLite's header, another program's SQLite database) is left untouched and named so
  in one line, never written over, migrated or called damaged;
- a backup (SQLite's online backup API) before every schema migration and once a day at open.

One connection is shared by the app's threads behind a lock: SQLite serialises writes anyway and the
calls are short, so a pool would only add ways to deadlock.

This module is the one way in: :class:`Library` owns the connection, the lock and the transaction of
each call, checks its arguments before a transaction starts, and runs the few short queries left
here (settings, counts, the article list). The rest works on the connection it hands over, by
concern: the articles_table, events_table, annotations_table, user_lexicon_table and
comparisons_table modules hold their tables' SQL; :mod:`reader.store.rows` the shared SELECTs, row
converters and checks; :mod:`reader.store.maintenance` the integrity checks, daily backups and
recovery; :mod:`reader.store.transfer` the export and import; :mod:`reader.store.schema` the
migrations.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

from sqlite_utils import Database

from reader.core.errors import LibraryError, ReaderInputError
from reader.core.model import OUTLET_GIVEN, Article, DetailChange
from reader.store import (
    annotations_table,
    articles_table,
    comparisons_table,
    deleted_events,
    events_table,
    maintenance,
    schema,
    transfer,
    user_lexicon_table,
)
from reader.store import query as fts_query
from reader.store.maintenance import LibraryDamagedError, Recovery
from reader.store.records import Annotation, ArticleRecord, EventRecord, UserLexiconEntry
from reader.store.rows import (
    ARTICLE_RECORD_SQL,
    check_kind,
    check_status,
    clean_name,
    timestamp,
    to_record,
)

__all__ = ["Library", "LibraryDamagedError", "Recovery", "default_path"]

#: How long a writer waits for another process's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS: Final = 10_000


def default_path() -> Path:
    """``$READER_LIBRARY`` (the CLI's ``--library`` lands there too), else the user data folder."""
    override = os.environ.get("READER_LIBRARY")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Parallax Reader", appauthor=False)) / "library.sqlite"


class EventRestoredUnreadError(LibraryError):
    """A deleted event was restored, but reading it back failed: it is in the library again."""

    def __init__(self, event_id: int, reason: Exception) -> None:
        super().__init__(f"The event was restored but could not be read back: {reason}")
        self.event_id = event_id
        self.reason = reason


class Library:
    """The user's articles and events. Open with :meth:`open`; use as a context manager."""

    def __init__(self, db: Database, path: Path) -> None:
        self._db = db
        self.path = path
        self._lock = threading.RLock()
        self.backup: Path | None = None  # the backup made at open, if any
        # Events deleted this session, oldest first, so Edit › Undo can bring one back; gone at
        # close. A list, not a dict by id: a freed id is given to the next new event, which may
        # be deleted in turn.
        self._deleted: list[deleted_events.DeletedEvent] = []

    # -- opening, closing, checking ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None) -> Library:
        """Open (creating if needed) the library at ``path`` or :func:`default_path`."""
        target = Path(path).expanduser() if path is not None else default_path()
        if target.is_dir():
            raise LibraryError(f"{target}: is a folder, not a library file")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{target}: cannot create its folder ({exc.strerror})") from None
        foreign = maintenance.not_a_library_error(target)
        if foreign is not None:
            raise foreign
        conn = _connect(target)
        try:
            db = Database(conn)
            lib = cls(db, target)
            lib.backup = lib._prepare()
        except BaseException:
            conn.close()
            raise
        return lib

    def _prepare(self) -> Path | None:
        conn = self._db.conn
        foreign = maintenance.foreign_database_error(conn, self.path)
        if foreign is not None:
            raise foreign
        try:
            maintenance.quick_check(conn, self.path)
            _use_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            made = schema.migrate(self._db, self.path)
            if made is None and self._count("articles") > 0:
                # An empty library has nothing a backup could save.
                made = maintenance.daily_backup(conn, self.path)
            return made
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
                raise LibraryError(f"{self.path}: cannot open the library ({exc})") from None
            raise maintenance.damaged_error(self.path, str(exc)) from None

    def close(self) -> None:
        with self._lock:
            self._deleted.clear()
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return schema.user_version(self._db.conn)

    def check(self) -> list[str]:
        """Full integrity check (pages, foreign keys, search index); empty when all is well."""
        with self._lock:
            return maintenance.problems(self._db.conn)

    def rebuild_search_index(self) -> None:
        """Re-index every article (the repair for a search index out of step with the articles)."""
        with self._write() as conn:
            maintenance.rebuild_search_index(conn)

    def backups(self) -> list[Path]:
        """The automatic backups of this library, newest first."""
        return schema.list_backups(self.path)

    def make_backup(self, label: str = "manual") -> Path:
        with self._lock:
            return schema.backup_copy(self._db.conn, self.path, label)

    @classmethod
    def recover(cls, path: Path | None = None, *, use_backup: bool = True) -> Recovery:
        """Move a damaged library aside and put the newest good backup (or nothing) in its place.

        The damaged file is renamed, never deleted, so nothing is lost if a specialist can save more
        from it later. The next :meth:`open` then starts from the restored backup, or empty.
        """
        target = Path(path).expanduser() if path is not None else default_path()
        return maintenance.recover(target, use_backup=use_backup)

    # -- transactions -----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction for one user action: all of it is stored, or none of it."""
        with self._lock:
            try:
                with self._db.atomic():
                    yield self._db.conn
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.IntegrityError):
                    raise
                raise LibraryError(f"{self.path}: could not save to the library ({exc})") from None

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db.conn
            except sqlite3.DatabaseError as exc:
                # Damage found after opening (a disk error, another program writing the file):
                # one line for the user, not a traceback.
                raise LibraryError(f"{self.path}: could not read the library ({exc})") from None

    def _count(self, table: str) -> int:
        with self._read() as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # -- articles ---------------------------------------------------------------------------------

    def add_article(
        self, article: Article, *, event: str | None = None, raw: bytes | None = None
    ) -> tuple[Article, bool]:
        """Store ``article`` (the same text is the same article) and add it to ``event`` if named.

        Returns the stored article, whose id is the library's, and whether it was new.
        """
        with self._write() as conn:
            stored, created = articles_table.insert(conn, article, raw=raw, added=timestamp())
            if event is not None:
                ev = events_table.find_or_create(conn, event)
                events_table.link(conn, ev, stored.id)
        return stored, created

    def article(self, article_id: str) -> Article:
        """The stored article; ``KeyError`` when the library has no such id."""
        with self._read() as conn:
            return articles_table.fetch(conn, article_id)

    def take_named(
        self, stored: Article, named: Mapping[str, str | None]
    ) -> tuple[Article, list[DetailChange]]:
        """A text the library has already, brought in again with details a person ``named``
        (``reader library add --outlet``, the app's Paste Text and Open URL): the stored article
        takes each one that differs, as an edit of its details would, and an outlet named as it
        is stored becomes the person's from now on. Returns the article as stored now and what
        changed (:meth:`Article.changes_named`) for the caller to say; what a file itself says
        never comes here, since the user may have corrected it."""
        changes = stored.changes_named(named)
        outlet_named = bool((named.get("outlet") or "").strip())
        if not changes and not (outlet_named and stored.outlet_source != OUTLET_GIVEN):
            return stored, []
        now = {detail: value for detail, value, _was in changes}
        updated = self.update_article(
            stored.id,
            outlet=now.get("outlet", stored.outlet),
            title=now.get("title", stored.title),
            author=now.get("author", stored.author),
            date=now.get("date", stored.date),
            outlet_source=OUTLET_GIVEN if outlet_named else stored.outlet_source,
        )
        return updated, changes

    def update_article(
        self,
        article_id: str,
        *,
        outlet: str,
        title: str | None = None,
        author: str | None = None,
        date: str | None = None,
        outlet_source: str | None = None,
    ) -> Article:
        """Override an article's metadata (the user knows better than the page); the text stays.

        Empty strings clear a field; the outlet cannot be empty because every view names it.
        The search index follows through the table's triggers.

        An outlet name that differs from the stored one was given by a person, and its
        ``outlet_source`` becomes :data:`~reader.core.model.OUTLET_GIVEN`; the same name keeps
        where it came from. ``outlet_source`` overrides both (the app passes what it decided for
        the open article, whose name may be one :func:`~reader.core.outlets.distinct_outlets`
        numbered apart).
        """
        outlet = " ".join(outlet.split())
        if not outlet:
            raise ReaderInputError("an article needs an outlet name")
        title, author, date = (
            (" ".join(v.split()) or None) if v is not None else None for v in (title, author, date)
        )
        with self._write() as conn:
            return articles_table.update_metadata(
                conn, article_id, outlet, title, author, date, outlet_source=outlet_source
            )

    def raw_source(self, article_id: str) -> bytes | None:
        """The page's original bytes when they were kept (pages fetched from a URL), else None."""
        with self._read() as conn:
            return articles_table.raw(conn, article_id)

    def article_count(self) -> int:
        """How many articles the library holds, in events or not."""
        return self._count("articles")

    def articles(self, *, event_id: int | None = None) -> list[ArticleRecord]:
        """All articles in the order they were added, or one event's in the order they joined it."""
        with self._read() as conn:
            if event_id is None:
                rows = conn.execute(ARTICLE_RECORD_SQL + " ORDER BY a.seq").fetchall()
            else:
                events_table.require(conn, event_id)
                rows = conn.execute(
                    ARTICLE_RECORD_SQL
                    + " JOIN event_articles x ON x.article_id = a.id WHERE x.event_id = ?"
                    " ORDER BY x.position",
                    (event_id,),
                ).fetchall()
        return [to_record(r) for r in rows]

    def search(self, query: str, *, limit: int = 50) -> list[ArticleRecord]:
        """Articles matching ``query``, best first: all words before any word, bm25 within each."""
        strict = fts_query.all_of(query)
        if strict is None or limit <= 0:
            return []
        found = self._match(strict, limit)
        loose = fts_query.any_of(query)
        if len(found) < limit and loose is not None and loose != strict:
            seen = {r.id for r in found}
            for rec in self._match(loose, limit):
                if rec.id not in seen and len(found) < limit:
                    found.append(rec)
        return found

    def _match(self, expression: str, limit: int) -> list[ArticleRecord]:
        with self._read() as conn:
            return articles_table.match(conn, expression, limit)

    def remove_article(self, article_id: str) -> None:
        """Delete an article, its event memberships and the annotations on it."""
        with self._write() as conn:
            articles_table.remove(conn, article_id)

    # -- events -----------------------------------------------------------------------------------

    def events(self) -> list[EventRecord]:
        with self._read() as conn:
            return events_table.records(conn)

    def event(self, event_id: int) -> EventRecord:
        for ev in self.events():
            if ev.id == event_id:
                return ev
        raise KeyError(event_id)

    def find_event(self, name: str) -> EventRecord | None:
        """The event called ``name`` (case and spacing ignored), or None."""
        with self._read() as conn:
            event_id = events_table.find(conn, name)
        return self.event(event_id) if event_id is not None else None

    def event_with_texts(self, hashes: Sequence[str]) -> EventRecord | None:
        """The event holding exactly the texts with these content hashes, in any order, or None:
        opening the same articles again opens the event filed for them (and its notes)."""
        with self._read() as conn:
            event_id = events_table.holding_exactly(conn, hashes)
        return self.event(event_id) if event_id is not None else None

    def create_event(self, name: str) -> EventRecord:
        """The event called ``name``, created if it does not exist yet."""
        with self._write() as conn:
            event_id = events_table.find_or_create(conn, name)
        return self.event(event_id)

    def rename_event(self, event_id: int, name: str) -> EventRecord:
        cleaned = clean_name(name)
        with self._write() as conn:
            events_table.rename(conn, event_id, cleaned)
        return self.event(event_id)

    def remove_event(self, event_id: int) -> None:
        """Delete the event and its annotations; its articles stay in the library. Until the
        library is closed, :meth:`restore_event` can bring the event back."""
        with self._lock:
            with self._write() as conn:
                kept = deleted_events.snapshot(conn, event_id)
                events_table.remove(conn, event_id)
            self._deleted.append(kept)  # once the delete is stored, not before
            del self._deleted[: -deleted_events.MAX_DELETED_KEPT]

    def restore_event(self, event_id: int) -> EventRecord:
        """Bring back the latest event deleted this session under this id, with its name,
        articles and annotations (under a new id if a new event took the old one); ``KeyError``
        when none was, or when it was deleted too many deletes ago.

        Once the restore is written the event is back and no longer kept for another one, so a
        failing read of it afterwards raises :class:`EventRestoredUnreadError`, not an error
        a caller would take for a restore that did not happen."""
        with self._lock:
            kept = self._latest_deleted(event_id)
            with self._write() as conn:
                restored = deleted_events.restore(conn, kept)
            self._deleted.remove(kept)
        try:
            return self.event(restored)
        except Exception as exc:
            raise EventRestoredUnreadError(restored, exc) from exc

    def can_restore_event(self, event_id: int) -> bool:
        """Whether an event with this id was deleted this session and can come back."""
        with self._lock:
            return any(kept.id == event_id for kept in self._deleted)

    def _latest_deleted(self, event_id: int) -> deleted_events.DeletedEvent:
        """What restores the latest event deleted under this id; ``KeyError`` when none is kept."""
        for kept in reversed(self._deleted):
            if kept.id == event_id:
                return kept
        raise KeyError(event_id)

    def add_to_event(self, event_id: int, article_id: str) -> None:
        with self._write() as conn:
            events_table.require(conn, event_id)
            articles_table.fetch(conn, article_id)
            events_table.link(conn, event_id, article_id)

    def remove_from_event(self, event_id: int, article_id: str) -> None:
        with self._write() as conn:
            events_table.unlink(conn, event_id, article_id)

    def event_articles(self, event_id: int) -> list[Article]:
        """The event's articles with their text, in the order they were added to it."""
        with self._read() as conn:
            return [articles_table.fetch(conn, i) for i in events_table.members(conn, event_id)]

    # -- cached comparisons -----------------------------------------------------------------------

    def cached_comparison(
        self, article_hashes: Sequence[str], engine: str
    ) -> dict[str, Any] | None:
        """The stored comparison JSON of these articles by this engine version, or None."""
        key, _ = comparisons_table.cache_key(article_hashes, engine)
        with self._read() as conn:
            payload = comparisons_table.stored(conn, key)
        return None if payload is None else comparisons_table.decode(payload)

    def store_comparison(
        self, article_hashes: Sequence[str], engine: str, data: Mapping[str, Any]
    ) -> None:
        """Cache a comparison; results of older engines for the same articles are dropped."""
        key, hashes = comparisons_table.cache_key(article_hashes, engine)
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with self._write() as conn:
            comparisons_table.store(conn, key, hashes, engine, payload)

    # -- annotations ------------------------------------------------------------------------------

    def annotations(self, event_id: int) -> list[Annotation]:
        with self._read() as conn:
            return annotations_table.for_event(conn, event_id)

    def add_annotation(
        self,
        event_id: int,
        kind: str,
        body: str = "",
        *,
        article_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
        flag_id: str | None = None,
        category: str | None = None,
        author: str = "",
        status: str | None = None,
        created: str | None = None,
    ) -> Annotation:
        """Save a note, tag, verdict or missed flag on an event (``KeyError``: unknown target).

        ``created`` is given when an annotation comes back (undo, an imported hand-in), so it keeps
        its identity for de-duplication.
        """
        check_kind(kind)
        check_status(status)
        with self._write() as conn:
            return annotations_table.insert(
                conn,
                event_id,
                kind,
                body,
                article_id=article_id,
                start=start,
                end=end,
                flag_id=flag_id,
                category=category,
                author=author,
                status=status,
                created=created,
            )

    def update_annotation(
        self,
        annotation_id: int,
        *,
        body: str | None = None,
        kind: str | None = None,
        category: str | None = None,
        status: str | None = None,
    ) -> Annotation:
        """Change an annotation's text, kind, category or status; the other fields stay."""
        if kind is not None:
            check_kind(kind)
        check_status(status)
        with self._write() as conn:
            return annotations_table.update(
                conn, annotation_id, body=body, kind=kind, category=category, status=status
            )

    def remove_annotation(self, annotation_id: int) -> None:
        with self._write() as conn:
            annotations_table.remove(conn, annotation_id)

    # -- the user's lexicon ---------------------------------------------------------------------

    def user_lexicon(self) -> list[UserLexiconEntry]:
        """The user's lexicon edits, by category then term."""
        with self._read() as conn:
            return user_lexicon_table.entries(conn)

    def set_user_lexicon_entry(
        self, term: str, category: str, *, action: str = "add", note: str = ""
    ) -> UserLexiconEntry:
        """Add or override an entry (``action="add"``) or switch a bundled one off ("remove").

        One row per term and category: a later edit of the same pair replaces the earlier one.
        """
        term = " ".join(term.split())
        if not term or not category:
            raise ValueError("a lexicon entry needs a term and a category")
        if action not in ("add", "remove"):
            raise ValueError(f"unknown lexicon action {action!r} (add or remove)")
        user_lexicon_table.check_category(category)
        now = timestamp()
        with self._write() as conn:
            user_lexicon_table.put(conn, term, category, action, note, now)
        return UserLexiconEntry(term, category, action, note, now)  # type: ignore[arg-type]

    def remove_user_lexicon_entry(self, term: str, category: str) -> bool:
        """Forget one user edit (the bundled entry, if any, applies again); False when absent."""
        with self._write() as conn:
            return user_lexicon_table.forget(conn, term, category)

    # -- settings ---------------------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    # -- the demo ---------------------------------------------------------------------------------

    def seed_demo(self) -> EventRecord | None:
        """Import the bundled demo event into an empty library; None when it holds articles already.

        The first thing a new user sees is then a real comparison rather than an empty window.
        """
        if self._count("articles") > 0:
            return None
        from reader.store.demo import load_demo

        name, articles = load_demo()
        with self._write() as conn:
            event_id = events_table.find_or_create(conn, name)
            added = timestamp()
            for art in articles:
                stored, _ = articles_table.insert(conn, art, raw=None, added=added)
                events_table.link(conn, event_id, stored.id)
        return self.event(event_id)

    # -- export and import ------------------------------------------------------------------------

    def export_library(self, path: Path) -> dict[str, int]:
        """Write the whole library (articles, events, annotations, lexicon edits, settings) to JSON.

        Cached comparisons are left out: they are rebuilt on demand and belong to one engine.
        The file is written next to its target and renamed into place, so a crash never leaves half
        an export under the final name.
        """
        return transfer.export_library(self._read, path, library=self.path)

    def import_library(self, path: Path) -> dict[str, int]:
        """Merge an exported library into this one, in one transaction; returns what was new.

        Articles are matched by text, events by name, and an annotation already present (same
        target, text and creation time) is not duplicated, so importing the same file twice is
        harmless.
        """
        return transfer.import_library(self._write, path)


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting out another process doing the same.

    Changing the journal mode needs the file to itself, and SQLite answers "database is locked" at
    once, without the busy handler, when another connection is switching it at that moment (two
    processes opening an old library together); so the switch is retried for as long as a writer
    would wait for a lock.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # isolation_level=None: sqlite-utils' atomic() issues BEGIN/COMMIT itself, and Python must
        # not open implicit transactions behind its back.
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise LibraryError(f"{path}: cannot open the library ({exc})") from None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
