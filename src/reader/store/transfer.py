"""Export of the whole library to one JSON file, and the import that merges such a file back.

The export is the user's own copy of their work, and what moves it to another computer or merges a
class's hand-ins into a teacher's library. So it holds everything but the comparison cache (rebuilt
on demand, and tied to one engine version), is written next to its target and renamed into place
(a crash never leaves half a file under the final name), and the import is one transaction that
matches articles by text, events by name and annotations by target, text and creation time, so
importing the same file twice changes nothing. A file that is not a valid export is refused in the
reader's terms, in one line, never with a traceback.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from reader.core.errors import LibraryError, ReaderInputError
from reader.core.files import write_atomically
from reader.core.formats.base import MAX_TEXT_CHARS
from reader.core.model import UNKNOWN_OUTLET, Article
from reader.store import (
    annotations_table,
    articles_table,
    events_table,
    schema,
    user_lexicon_table,
)
from reader.store.export_fields import article_name, check_document
from reader.store.rows import (
    ANNOTATION_SQL,
    check_kind,
    check_status,
    clean_name,
    timestamp,
    to_annotation,
)

EXPORT_FORMAT: Final = "parallax-reader.library"
EXPORT_VERSION: Final = 1

#: The library's read or write transaction (``Library._read``/``Library._write``) to work in.
Transaction = Callable[[], AbstractContextManager[sqlite3.Connection]]


def export_library(read: Transaction, path: Path, *, library: Path) -> dict[str, int]:
    """:meth:`Library.export_library`: read the library in ``read``, then write the file.

    ``library`` is the database's own file: an export written over it (or its journal, or a
    backup) would destroy what it exports, so such a path is refused before anything is read.
    """
    target = Path(path)
    if is_library_file(target, library):
        raise ReaderInputError(
            "this is the library's own file; give the export a name of its own", source=str(path)
        )
    with read() as conn:
        articles = [
            {
                "id": r[0],
                "outlet": r[1],
                "title": r[2],
                "author": r[3],
                "date": r[4],
                "source": r[5],
                "language": r[6],
                "text": r[7],
                "added": r[8],
                "raw": base64.b64encode(r[9]).decode("ascii") if r[9] is not None else None,
                "outlet_source": r[10],
            }
            for r in conn.execute(
                "SELECT id, outlet, title, author, date, source, language, text, added, raw,"
                " outlet_source FROM articles ORDER BY seq"
            )
        ]
        events = []
        for ev_id, name, created in conn.execute(
            "SELECT id, name, created FROM events ORDER BY created, id"
        ).fetchall():
            members = [
                str(r[0])
                for r in conn.execute(
                    "SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY position",
                    (ev_id,),
                )
            ]
            notes = [
                {k: v for k, v in to_annotation(r).to_json().items() if k not in ("id", "event_id")}
                for r in conn.execute(ANNOTATION_SQL + " WHERE event_id = ? ORDER BY id", (ev_id,))
            ]
            events.append(
                {"name": name, "created": created, "articles": members, "annotations": notes}
            )
        settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        lexicon = [
            {"term": r[0], "category": r[1], "action": r[2], "note": r[3], "updated": r[4]}
            for r in conn.execute(
                "SELECT term, category, action, note, updated FROM user_lexicon"
                " ORDER BY category, term"
            )
        ]
        version = schema.user_version(conn)
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": version,
        "exported": timestamp(),
        "articles": articles,
        "events": events,
        "settings": settings,
        "user_lexicon": lexicon,
    }

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())

    try:
        # Beside the target and renamed into place; a device ("/dev/stdout") is written
        # through, never replaced by a file.
        write_atomically(target, write)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise LibraryError(f"{target}: cannot write the export ({reason})") from None
    notes_count = sum(len(e["annotations"]) for e in events)
    return {
        "articles": len(articles),
        "events": len(events),
        "annotations": notes_count,
        "lexicon edits": len(lexicon),
    }


def import_library(write: Transaction, path: Path) -> dict[str, int]:
    """:meth:`Library.import_library`: check the file, then merge it in ``write``'s transaction."""
    document = _read_export(Path(path))
    counts = {"articles": 0, "events": 0, "annotations": 0, "lexicon edits": 0}
    try:
        # Before the transaction: a wrong type anywhere refuses the file with nothing written.
        check_document(document)
        with write() as conn:
            ids: dict[str, str] = {}
            for n, item in enumerate(document["articles"], start=1):
                raw = base64.b64decode(item["raw"]) if item.get("raw") else None
                if not isinstance(item["text"], str) or not item["text"].strip():
                    raise ValueError(f"{article_name(item, n)} has no text")
                if len(item["text"]) > MAX_TEXT_CHARS:
                    raise ValueError(f"{article_name(item, n)} is over the length cap")
                if item.get("date") is not None and not _valid_date(item["date"]):
                    raise ValueError(f"{article_name(item, n)} has no valid date")
                art = Article(
                    id=item["id"],
                    outlet=item.get("outlet") or UNKNOWN_OUTLET,
                    text=item["text"],
                    title=item.get("title"),
                    author=item.get("author"),
                    date=item.get("date"),
                    source=item.get("source"),
                    language=item.get("language"),
                    # Absent from exports made before v5: not recorded.
                    outlet_source=_optional_str(item.get("outlet_source")),
                )
                added = item.get("added") or timestamp()
                stored, created = articles_table.insert(conn, art, raw=raw, added=added)
                ids[art.id] = stored.id
                counts["articles"] += int(created)
            for n, ev in enumerate(document["events"], start=1):
                known = events_table.find(conn, clean_name(ev["name"]))
                event_id = events_table.find_or_create(conn, ev["name"])
                counts["events"] += int(known is None)
                for member in ev.get("articles", ()):
                    if str(member) in ids:
                        events_table.link(conn, event_id, ids[str(member)])
                for i, note in enumerate(ev.get("annotations", ()), start=1):
                    name = f"annotation {i} of event {n} ({ev['name']!r})"
                    counts["annotations"] += _import_annotation(conn, event_id, note, ids, name)
            for key, value in (document.get("settings") or {}).items():
                conn.execute(
                    "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                    (str(key), str(value)),
                )
            for entry in document.get("user_lexicon") or ():
                counts["lexicon edits"] += user_lexicon_table.merge(conn, entry)
    except (KeyError, TypeError, ValueError, AttributeError, sqlite3.IntegrityError) as exc:
        raise ReaderInputError(
            f"not a valid library export ({_what_is_wrong(exc)})", source=str(path)
        ) from None
    return counts


def is_library_file(path: Path, library: Path) -> bool:
    """``path`` names the library's database, its journal files or one of its backups."""
    own = [library.with_name(library.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
    try:
        where = path.expanduser().resolve()
        if (
            any(where == p.resolve() for p in own)
            or where.parent == schema.backups_dir(library).resolve()
        ):
            return True
        return path.exists() and any(p.exists() and path.samefile(p) for p in own)
    except (OSError, RuntimeError, ValueError):
        return False


def _import_annotation(
    conn: sqlite3.Connection,
    event_id: int,
    note: Mapping[str, Any],
    ids: Mapping[str, str],
    name: str,
) -> int:
    """Store one annotation of an export unless it is there already; 1 when it was new.

    Its span is held to what :meth:`Library.add_annotation` holds one to, since an edited file
    could put a highlight past the end of its article, or keep one whose article it lacks.
    """
    kind = str(note["kind"])
    check_kind(kind)
    check_status(note.get("status"))
    article = note.get("article_id")
    article_id = ids.get(str(article)) if article is not None else None
    try:
        annotations_table.check_span(conn, article_id, note.get("start"), note.get("end"))
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    values = (
        event_id,
        kind,
        article_id,
        note.get("start"),
        note.get("end"),
        note.get("flag_id"),
        note.get("category"),
        str(note.get("body") or ""),
        str(note.get("author") or ""),
        str(note.get("created") or timestamp()),
    )
    duplicate = conn.execute(
        "SELECT 1 FROM annotations WHERE event_id = ? AND kind = ? AND article_id IS ? AND"
        ' start IS ? AND "end" IS ? AND flag_id IS ? AND category IS ? AND body = ? AND'
        " author = ? AND created = ?",
        values,
    ).fetchone()
    if duplicate:
        return 0
    conn.execute(
        'INSERT INTO annotations (event_id, kind, article_id, start, "end", flag_id, category,'
        " body, author, created, updated, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*values, str(note.get("updated") or values[-1]), note.get("status")),
    )
    return 1


def _what_is_wrong(exc: Exception) -> str:
    """The reason an export was refused, in the reader's terms rather than Python's."""
    if isinstance(exc, KeyError):
        return f"a required field is missing: {exc}"
    if isinstance(exc, AttributeError | TypeError):
        # a number or a list where an object belongs ("articles": [1, 2], "settings": [1])
        return "a value has the wrong shape"
    if isinstance(exc, sqlite3.IntegrityError):
        return "two entries clash"
    return str(exc)


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _valid_date(value: object) -> bool:
    """An ISO 8601 date or date-time, as the library stores them ("2026-13-45" is none)."""
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _read_export(path: Path) -> dict[str, Any]:
    try:
        if path.exists() and not path.is_file():
            raise ReaderInputError("not a regular file", source=str(path))
        with path.open("rb") as fh:
            document = json.load(fh)
    except FileNotFoundError:
        raise ReaderInputError("no such file", source=str(path)) from None
    except OSError as exc:
        raise ReaderInputError(f"cannot read the file ({exc.strerror})", source=str(path)) from None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ReaderInputError("not a library export (not JSON)", source=str(path)) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ReaderInputError("not a Parallax Reader library export", source=str(path))
    version = document.get("version", 0)
    if not isinstance(version, int):
        raise ReaderInputError("not a valid library export (bad version)", source=str(path))
    if version > EXPORT_VERSION:
        raise ReaderInputError(
            "the export was made by a newer Parallax Reader; update the app", source=str(path)
        )
    if not isinstance(document.get("articles"), list) or not isinstance(
        document.get("events"), list
    ):
        raise ReaderInputError(
            "not a valid library export (articles or events missing)", source=str(path)
        )
    return document
