"""Data safety: transactions, kill -9, migrations with backups, damage, recovery, export."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.errors import LibraryError, ReaderInputError
from reader.core.model import Article
from reader.store import Library, LibraryDamagedError, schema
from reader.store.records import ANNOTATION_KINDS

TEXT = "Ministers agreed to close the Brackwater coal plant by 2030, officials said on Monday."


def art(text: str, outlet: str = "Wire", title: str | None = None) -> Article:
    return Article(id="x", outlet=outlet, text=text, title=title)


def fill(lib: Library, n: int = 6) -> None:
    for i in range(n):
        lib.add_article(
            art(
                f"{TEXT} Paragraph {i}. " + "More detail on the plant closure. " * 40, f"Outlet {i}"
            ),
            event="Brackwater" if i % 2 else "Coal",
        )


# -- one transaction per operation -----------------------------------------------------------------


def test_failure_inside_add_leaves_no_article(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        # The article row is written first, then the event name turns out to be invalid: the whole
        # call must roll back.
        with pytest.raises(ReaderInputError):
            lib.add_article(art(TEXT), event="   ")
        assert lib.articles() == []
        assert lib.search("Brackwater") == []
        assert lib.check() == []


def test_failure_midway_through_import_leaves_nothing(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        fill(lib, 4)
        lib.export_library(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    del document["articles"][2]["text"]  # the third article is broken
    export.write_text(json.dumps(document), encoding="utf-8")
    with Library.open(tmp_path / "b.sqlite") as other:
        with pytest.raises(ReaderInputError, match="not a valid library export"):
            other.import_library(export)
        assert other.articles() == []
        assert other.events() == []


@pytest.mark.parametrize(
    ("where", "field", "value", "message"),
    [
        ("article", "title", 123, "article 2 ('{id}'): 'title' must be text or null, not a number"),
        ("article", "outlet", None, "article 2 ('{id}'): 'outlet' must be text, not null"),
        ("article", "outlet", ["Wire"], "'outlet' must be text, not a list"),
        ("article", "author", {"name": "Ana"}, "'author' must be text or null, not an object"),
        ("article", "id", True, "article 2: 'id' must be text, not true"),
        ("article", "added", 20260101, "'added' must be text, not a number"),
        ("article", "raw", "not base64!", "article 2 ('{id}'): 'raw' is not base64"),
        ("event", "name", 7, "event 1: 'name' must be text, not a number"),
        ("event", "name", "  ", "event 1 has no name"),
        ("event", "articles", [1, 2], "event 1 ('Brackwater'): 'articles' must be a list of"),
        ("note", "start", "0", "annotation 1 of event 1 ('Brackwater'): 'start' must be a whole"),
        ("note", "start", True, "'start' must be a whole number or null, not true"),
        ("note", "body", None, "annotation 1 of event 1 ('Brackwater'): 'body' must be text"),
        ("setting", "theme", 1, "setting 'theme' must be text, not a number"),
        ("lexicon", "term", False, "lexicon edit 1: 'term' must be text, not false"),
    ],
)
def test_import_refuses_fields_of_the_wrong_json_type(
    tmp_path: Path, where: str, field: str, value: object, message: str
) -> None:
    """A title of 123 or an outlet of null is no value anybody wrote: the file is refused in one
    line naming the record and the field, and nothing of it is stored (the first article, which
    is fine, included)."""
    export = tmp_path / "export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        lib.add_article(art(TEXT), event="Brackwater")
        second, _ = lib.add_article(art("The plant employs 400 people.", "Bugle"))
        event = lib.create_event("Brackwater")
        lib.add_annotation(event.id, "note", "check", article_id=second.id, start=0, end=9)
        lib.set_setting("theme", "dark")
        lib.set_user_lexicon_entry("job-killing", "loaded")
        lib.export_library(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    record = {
        "article": document["articles"][1],
        "event": document["events"][0],
        "note": document["events"][0]["annotations"][0],
        "setting": document["settings"],
        "lexicon": document["user_lexicon"][0],
    }[where]
    record[field] = value
    export.write_text(json.dumps(document), encoding="utf-8")
    with Library.open(tmp_path / "b.sqlite") as other:
        with pytest.raises(ReaderInputError) as info:
            other.import_library(export)
        assert str(info.value).startswith(f"{export}: not a valid library export (")
        assert message.format(id=second.id) in str(info.value)
        assert "\n" not in str(info.value)
        assert other.articles() == []
        assert other.events() == []
        assert other.user_lexicon() == []
        assert other.setting("theme") is None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"end": 10_000}, "span 0..10000 is outside the article (29 characters)"),
        ({"start": -5}, "span -5..9 is outside the article (29 characters)"),
        ({"end": None}, "give both start and end of a span, or neither"),
        ({"article_id": "not-in-the-file"}, "a span needs the article it points into"),
    ],
)
def test_import_refuses_an_annotation_span_its_article_cannot_hold(
    tmp_path: Path, edit: dict[str, object], message: str
) -> None:
    """An edited export must not put a highlight past the end of its article, before its start,
    or on no article at all: the app refuses such a span when it is made, and so does an import,
    in one line naming the annotation, with nothing stored."""
    export = tmp_path / "export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        stored, _ = lib.add_article(art("The plant employs 400 people."), event="Brackwater")
        (event,) = lib.events()
        lib.add_annotation(event.id, "note", "check", article_id=stored.id, start=0, end=9)
        lib.export_library(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    document["events"][0]["annotations"][0].update(edit)
    export.write_text(json.dumps(document), encoding="utf-8")
    with Library.open(tmp_path / "b.sqlite") as other:
        with pytest.raises(ReaderInputError) as info:
            other.import_library(export)
        assert str(info.value) == (
            f"{export}: not a valid library export"
            f" (annotation 1 of event 1 ('Brackwater'): {message})"
        )
        assert other.articles() == []
        assert other.events() == []


_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reader.core.model import Article
    from reader.store import Library

    path, start = Path(sys.argv[1]), int(sys.argv[2])
    filler = "The council debated the charge for five hours. " * 800  # ~40 kB per article
    with Library.open(path) as lib:
        print("ready", flush=True)
        i = start
        while True:
            text = f"Article {i:06d}. " + filler + f" End of article {i:06d}."
            print("start", i, flush=True)
            stored, _ = lib.add_article(
                Article(id="x", outlet=f"Outlet {i}", text=text, title=f"Title {i}"),
                event=f"Event {i % 3}",
            )
            event = lib.find_event(f"Event {i % 3}")
            lib.add_annotation(event.id, "note", f"note {i}", article_id=stored.id, start=0, end=14)
            print("done", i, flush=True)
            i += 1
    """
)


def _line_starting_article(proc: subprocess.Popen[str], nth: int) -> str:
    """Read the writer's lines up to the one that starts its ``nth`` article: the ones before it
    are in the library, and the kill that follows at once lands while that one is written."""
    assert proc.stdout is not None
    started = 0
    while True:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "the writer stopped"
        started += line.startswith("start")
        if started == nth:
            return line.rstrip("\n")


@pytest.mark.slow
def test_kill_9_during_imports_leaves_a_consistent_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    rng = random.Random(8)
    mid_write = 0  # kills that landed inside an add_article/add_annotation call
    for round_ in range(12):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path), str(round_ * 1000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        # The kill follows the writer's own steps, not the clock: a loaded machine writes slower,
        # and a kill after a fixed time could land before the first article was in.
        last = _line_starting_article(proc, rng.randint(2, 4))
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs either way
        proc.wait(timeout=10)
        if sys.platform != "win32":
            assert proc.returncode == -signal.SIGKILL
        last = [last, *proc.stdout.read().split("\n")][-2]
        mid_write += last.startswith("start")
        proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    assert mid_write >= 6, mid_write  # the kills really interrupted writes

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with Library.open(path) as lib:
        assert lib.check() == []
        records = lib.articles()
        assert len(records) >= 12  # each round got at least one article in before the kill
        for record in records:
            article = lib.article(record.id)
            number = article.text[len("Article ") : len("Article ") + 6]
            # No partial article: the text is whole and it joined its event in the same transaction.
            assert article.text.endswith(f"End of article {number}.")
            assert record.events == (f"Event {int(number) % 3}",)
            assert record.title == f"Title {int(number)}"
        kinds = {a.kind for e in lib.events() for a in lib.annotations(e.id)}
        assert kinds <= set(ANNOTATION_KINDS)
        assert len(lib.search("council debated", limit=100_000)) == len(records)


# -- migrations and backups ------------------------------------------------------------------------


def test_fresh_library_needs_no_backup(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION
        assert lib.backup is None
        assert lib.backups() == []


def make_old_library(path: Path) -> None:
    """A library written by the first release (schema 1), holding one article a user would not
    want lost. (A file at schema 0 with tables in it is another program's, and is refused.)"""
    from sqlite_utils import Database

    db = Database(sqlite3.connect(path, isolation_level=None))
    schema.migrate(db, None, target=1)
    db.conn.execute(
        "INSERT INTO articles (id, hash, outlet, title, text, added) VALUES (?, ?, ?, ?, ?, ?)",
        ("old1", "h-old1", "Old Wire", "Archive piece", TEXT, "2020-01-01T00:00:00+00:00"),
    )
    db.close()


def test_migrating_an_old_library_makes_a_backup_of_it_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    make_old_library(path)

    with Library.open(path) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION
        assert lib.backup is not None and lib.backup.exists()
        assert lib.backups() == [lib.backup]
        backup = lib.backup
        lib.add_article(art(TEXT))
    saved = sqlite3.connect(backup)
    assert saved.execute("PRAGMA user_version").fetchone() == (1,)
    assert saved.execute("SELECT id FROM articles").fetchall() == [("old1",)]
    saved.close()


def test_migration_from_version_1_keeps_data_and_indexes_it(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    make_old_library(path)

    with Library.open(path) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION
        assert lib.backup is not None and "-v1-" in lib.backup.name
        assert [r.id for r in lib.search("Brackwater")] == ["old1"]  # FTS built from old rows
        (event,) = [lib.create_event("Archive")]
        lib.add_to_event(event.id, "old1")
        note = lib.add_annotation(event.id, "tag", "coal", article_id="old1", start=0, end=9)
        assert lib.annotations(event.id) == [note]
        assert lib.check() == []


def test_failed_migration_step_leaves_the_last_good_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    from sqlite_utils import Database

    def broken(db: Database) -> None:
        db.conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk unplugged")

    steps = (*schema.MIGRATIONS[:2], broken)
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with pytest.raises(RuntimeError):
        Library.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (2,)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names and "articles_fts" in names
    conn.close()
    monkeypatch.undo()
    with Library.open(path) as lib:  # the real step 3 now completes
        assert lib.schema_version == schema.SCHEMA_VERSION


def test_processes_opening_an_old_library_together_migrate_once(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    make_old_library(path)
    code = (
        "import sys; from pathlib import Path; from reader.store import Library;"
        "lib = Library.open(Path(sys.argv[1])); print(lib.schema_version); lib.close()"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == str(schema.SCHEMA_VERSION)
    with Library.open(path) as lib:
        assert lib.check() == []


def test_no_migration_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    make_old_library(path)
    schema.backups_dir(path).write_text("a file where the backups folder should be")
    with pytest.raises(LibraryError, match="cannot make a backup") as info:
        Library.open(path)
    assert "\n" not in str(info.value)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)  # left exactly as it was
    conn.close()


def test_a_failed_daily_backup_does_not_block_opening(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 2)
    schema.backups_dir(path).write_text("not a folder")
    with Library.open(path) as lib:
        assert lib.backup is None
        assert len(lib.articles()) == 2


def test_library_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer Parallax Reader"):
        Library.open(path)


def test_old_backups_are_pruned(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        fill(lib, 1)
        made = [lib.make_backup() for _ in range(schema.KEEP_BACKUPS + 3)]
        kept = lib.backups()
    assert len(kept) == schema.KEEP_BACKUPS
    assert made[-1] in kept and made[0] not in kept


# -- damage and recovery ---------------------------------------------------------------------------


def test_garbage_file_is_reported_in_one_line(tmp_path: Path) -> None:
    """A library written over with garbage, header and all, is still the library it was: its
    backups lie beside it, and recovery is the way back."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 1)
        lib.make_backup()
    path.write_bytes(random.Random(1).randbytes(50_000))
    with pytest.raises(LibraryDamagedError) as info:
        Library.open(path)
    message = str(info.value)
    assert "\n" not in message
    assert "damaged" in message and str(path) in message
    assert info.value.path == path


def test_a_text_file_given_as_the_library_is_named_so_not_called_damaged(tmp_path: Path) -> None:
    """'--library notes.txt': advice to recover would move the document aside and start a library
    in its place; the message says what the file is, and the file is left as it was."""
    path = tmp_path / "notes.txt"
    notes = "Notes on the council vote.\nAsk the mayor's office about the fines.\n" * 20
    path.write_text(notes, encoding="utf-8")
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert not isinstance(info.value, LibraryDamagedError)
    assert "not a library file" in str(info.value) and "recover" not in str(info.value)
    assert path.read_text(encoding="utf-8") == notes


@pytest.mark.parametrize("content", [b"x", b"\x00", b"\xff", b"\n"])
def test_a_one_byte_file_given_as_the_library_is_refused_and_kept(
    tmp_path: Path, content: bytes
) -> None:
    """SQLite reads a one-byte file as a new database and writes a library over it; the user's
    file must be left as it was, with one line that says it is not a library."""
    path = tmp_path / "lib.sqlite"
    path.write_bytes(content)
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    message = str(info.value)
    assert not isinstance(info.value, LibraryDamagedError)
    assert "not a library file" in message and str(path) in message and "\n" not in message
    assert "recover" not in message
    assert path.read_bytes() == content
    assert not path.with_name(path.name + "-wal").exists()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_foreign_database(path: Path) -> None:
    """A browser's history, as another program keeps it: its own tables and rows."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    conn.execute("CREATE TABLE moz_origins (id INTEGER PRIMARY KEY, host TEXT)")
    conn.executemany(
        "INSERT INTO moz_places (url, title) VALUES (?, ?)",
        [(f"https://example.org/{i}", f"Page {i}") for i in range(25)],
    )
    conn.execute("INSERT INTO moz_origins (host) VALUES ('example.org')")
    conn.commit()
    conn.close()


def _refused_unchanged(path: Path, message: str) -> None:
    """Opening ``path`` as the library fails with ``message``, not as a damaged library (whose
    recovery would move the file aside), and leaves the file and its folder as they were."""
    before = _digest(path)
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert not isinstance(info.value, LibraryDamagedError)
    assert str(info.value) == message
    assert _digest(path) == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.parametrize("user_version", [0, 3, 77])
def test_another_programs_database_is_refused_and_left_unchanged(
    tmp_path: Path, user_version: int
) -> None:
    """Migrating it would add the library's tables to that program's file, whatever schema
    number that program keeps in it."""
    path = tmp_path / "places.sqlite"
    make_foreign_database(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.close()
    _refused_unchanged(
        path, f"{path}: is a database of another program; Parallax Reader left it unchanged"
    )


def test_an_empty_sqlite_database_becomes_a_new_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")  # a real SQLite file with its header, and no tables
    conn.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    with Library.open(path) as lib:
        fill(lib, 1)
    with Library.open(path) as lib:
        assert len(lib.articles()) == 1


def test_a_large_image_given_as_the_library_is_not_called_damaged(tmp_path: Path) -> None:
    """A picture given by mistake is no library whose pages broke: advice to recover would move
    it aside and start a library in its place."""
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(2_000_000))
    _refused_unchanged(
        path,
        f"{path}: not a library file; give the path of a library, or of a new file to start one",
    )


def test_a_library_whose_header_was_overwritten_is_called_damaged(tmp_path: Path) -> None:
    """The same bytes over a file that was a library: its pages are broken, and recovery brings
    the backup back."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 2)
        ids = [r.id for r in lib.articles()]
        lib.make_backup()
    data = bytearray(path.read_bytes())
    data[:4096] = b"\x89PNG\r\n\x1a\n" + bytes(4088)
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryDamagedError) as info:
        Library.open(path)
    assert "damaged" in str(info.value) and "--recover" in str(info.value)
    Library.recover(path)
    with Library.open(path) as lib:
        assert [r.id for r in lib.articles()] == ids


def test_an_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(b"")
    with Library.open(path) as lib:
        fill(lib, 1)
    with Library.open(path) as lib:
        assert len(lib.articles()) == 1


def _corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    for offset in range(2 * page, 5 * page):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_corrupted_pages_fail_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 12)
    assert not path.with_name(path.name + "-wal").exists()  # checkpointed on close
    _corrupt_pages(path)
    with pytest.raises(LibraryDamagedError, match="damaged"):
        Library.open(path)


def test_check_finds_a_search_index_out_of_step(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 3)
        assert lib.check() == []
    conn = sqlite3.connect(path)
    # A foreign tool edits a row without the triggers that keep the index in step.
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    assert len(names) == 3
    for name in names:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(
        "INSERT INTO articles (id, hash, outlet, title, text, added)"
        " VALUES ('foreign', 'h', 'Tool', 'Pasted', 'Zeppelin sightings rose', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    with Library.open(path) as lib:  # quick_check looks at pages, not at the index's contents
        problems = lib.check()
        assert problems == ["search index: 1 article(s) missing from the index"]
        assert lib.search("zeppelin") == []
        lib.rebuild_search_index()
        assert lib.check() == []
        assert [r.id for r in lib.search("zeppelin")] == ["foreign"]


def test_check_names_index_entries_of_removed_articles(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 3)
        doomed = lib.articles()[0].id
    conn = sqlite3.connect(path)
    # A foreign tool deletes a row without the trigger that takes it out of the index.
    conn.execute('DROP TRIGGER "articles_ad"')
    conn.execute("DELETE FROM event_articles WHERE article_id = ?", (doomed,))
    conn.execute("DELETE FROM articles WHERE id = ?", (doomed,))
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        assert lib.check() == ["search index: 1 index entr(ies) for removed articles"]
        lib.rebuild_search_index()
        assert lib.check() == []


def test_recover_restores_the_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 12)
        ids = [r.id for r in lib.articles()]
        lib.make_backup()
    _corrupt_pages(path)
    with pytest.raises(LibraryDamagedError):
        Library.open(path)

    recovery = Library.recover(path)
    assert recovery.damaged is not None and recovery.damaged.exists()
    assert recovery.restored_from is not None
    with Library.open(path) as lib:
        assert [r.id for r in lib.articles()] == ids
        assert lib.check() == []


@pytest.mark.parametrize("folder", ["Notes #2", "what?", "100%25 sure"])
def test_recover_restores_the_backup_in_a_folder_with_uri_characters(
    tmp_path: Path, folder: str
) -> None:
    """'#', '?' and '%' mean something in a "file:" address; the backup read is still the backup,
    not an empty file that a cut-short path created beside the folder."""
    path = tmp_path / folder / "lib.sqlite"
    with Library.open(path) as lib:
        fill(lib, 3)
        ids = [r.id for r in lib.articles()]
        backup = lib.make_backup()
    path.write_bytes(b"this is not a database at all" * 100)

    recovery = Library.recover(path)
    assert recovery.restored_from == backup
    with Library.open(path) as lib:
        assert [r.id for r in lib.articles()] == ids
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_recover_without_backup_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    recovery = Library.recover(path)
    assert recovery.restored_from is None
    assert recovery.damaged is not None
    assert recovery.damaged.read_bytes().startswith(b"this is not a database")
    with Library.open(path) as lib:
        assert lib.articles() == []


def test_folder_instead_of_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path)


# -- export and import -----------------------------------------------------------------------------


def test_export_import_round_trip(tmp_path: Path) -> None:
    export = tmp_path / "library-export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        first, _ = lib.add_article(art(TEXT, "Wire", "Coal plant"), event="Brackwater")
        second, _ = lib.add_article(
            art("Reckless ministers shut the plant, «betraying» Zürich’s workers.", "Bugle"),
            event="Brackwater",
            raw=b"\x00\xffraw page bytes",
        )
        lib.add_article(art("Unrelated harbour story.", "Herald"))
        event = lib.create_event("Brackwater")
        lib.add_annotation(event.id, "note", "check the date", article_id=first.id, start=0, end=9)
        lib.add_annotation(
            event.id,
            "verdict",
            "fair",
            flag_id="f-1",
            category="loaded",
            author="Ana",
            status="agreed",
        )
        lib.create_event("Empty event")
        lib.set_setting("theme", "dark")
        lib.set_user_lexicon_entry("job-killing", "loaded", note="mine")
        counts = lib.export_library(export)
        expected_records = lib.articles()
        expected_notes = [
            (a.kind, a.body, a.start, a.end, a.flag_id, a.author, a.status)
            for a in lib.annotations(event.id)
        ]
        expected_lexicon = lib.user_lexicon()
    everything = {"articles": 3, "events": 2, "annotations": 2, "lexicon edits": 1}
    nothing = dict.fromkeys(everything, 0)
    assert counts == everything

    with Library.open(tmp_path / "b.sqlite") as other:
        assert other.import_library(export) == everything
        assert other.articles() == expected_records
        imported_event = other.find_event("Brackwater")
        assert imported_event is not None
        assert [a.id for a in other.event_articles(imported_event.id)] == [first.id, second.id]
        notes = other.annotations(imported_event.id)
        assert [
            (a.kind, a.body, a.start, a.end, a.flag_id, a.author, a.status) for a in notes
        ] == expected_notes
        assert other.user_lexicon() == expected_lexicon
        assert other.raw_source(second.id) == b"\x00\xffraw page bytes"
        assert other.article(second.id).text.endswith("Zürich’s workers.")
        assert other.setting("theme") == "dark"
        assert [r.id for r in other.search("reckless")] == [second.id]
        # Importing the same file again adds nothing.
        assert other.import_library(export) == nothing
        assert len(other.annotations(imported_event.id)) == 2
        assert other.check() == []


def test_import_keeps_the_newer_lexicon_edit(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        lib.set_user_lexicon_entry("regime", "label", note="from the class")
        lib.set_user_lexicon_entry("crackdown", "loaded")
        lib.export_library(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    for entry in document["user_lexicon"]:
        entry["updated"] = "2020-01-01T00:00:00+00:00"  # older than anything made below
    export.write_text(json.dumps(document), encoding="utf-8")
    with Library.open(tmp_path / "b.sqlite") as other:
        other.set_user_lexicon_entry("regime", "label", action="remove", note="mine, newer")
        counts = other.import_library(export)
        assert counts["lexicon edits"] == 1  # only "crackdown" was new
        edits = {(e.term, e.category): (e.action, e.note) for e in other.user_lexicon()}
        assert edits == {
            ("regime", "label"): ("remove", "mine, newer"),
            ("crackdown", "loaded"): ("add", ""),
        }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not JSON"),
        (b'{"format": "something else"}', "not a Parallax Reader library export"),
        (b"[1, 2, 3]", "not a Parallax Reader library export"),
        (b'{"format": "parallax-reader.library", "version": 1}', "articles or events missing"),
        (
            b'{"format": "parallax-reader.library", "version": 9, "articles": [], "events": []}',
            "newer",
        ),
        (
            b'{"format": "parallax-reader.library", "version": 1, "articles": [1, 2],'
            b' "events": []}',
            "not a valid library export",
        ),
        (
            b'{"format": "parallax-reader.library", "version": 1, "articles": [], "events": [],'
            b' "settings": [1]}',
            "not a valid library export",
        ),
        (
            b'{"format": "parallax-reader.library", "version": 1, "events": [], "articles":'
            b' [{"id": "a", "text": null}]}',
            "has no text",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (
            b'{"format": "parallax-reader.library", "version": 1, "events": [], "articles":'
            b' [{"id": "a", "text": "Some text.", "date": "2026-13-45"}]}',
            "no valid date",
        ),
        (
            b'{"format": "parallax-reader.library", "version": 1, "events": [], "articles":'
            b' [{"id": "a", "text": "' + b"word " * 120_000 + b'"}]}',
            "over the length cap",
        ),
        (
            b'{"format": "parallax-reader.library", "version": "x", "articles": [], "events": []}',
            "bad version",
        ),
    ],
)
def test_bad_import_files_are_one_line_errors(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "export.json"
    if content is not None:
        path.write_bytes(content)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.raises(ReaderInputError, match=message) as info:
            lib.import_library(path)
        assert "\n" not in str(info.value)
        assert "Error" not in str(info.value)  # the reader's terms, not Python's
        assert lib.articles() == []


def test_export_never_leaves_a_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "export.json"
    with Library.open(tmp_path / "lib.sqlite") as lib:
        fill(lib, 2)
        with pytest.raises(LibraryError, match="cannot write"):
            lib.export_library(target)
    assert not target.exists()


@pytest.mark.parametrize("name", ["lib.sqlite", "./lib.sqlite", "lib.sqlite-wal", "hard-link"])
def test_export_over_the_library_itself_is_refused(tmp_path: Path, name: str) -> None:
    """``reader library export library.sqlite`` once replaced the database with its own export."""
    with Library.open(tmp_path / "lib.sqlite") as lib:
        fill(lib, 2)
        lib.make_backup()
        (tmp_path / "hard-link").hardlink_to(tmp_path / "lib.sqlite")
        targets = [tmp_path / name, lib.backups()[0]]
        for target in targets:
            with pytest.raises(ReaderInputError, match="the library's own file"):
                lib.export_library(target)
        assert len(lib.articles()) == 2
        assert lib.check() == []
    with Library.open(tmp_path / "lib.sqlite") as again:
        assert len(again.articles()) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_export_to_a_pipe_writes_through_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    """A device or a pipe ("/dev/stdout") is written through; the export once renamed a file
    over it (as root, over /dev/full itself)."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with Library.open(tmp_path / "lib.sqlite") as lib:
            fill(lib, 1)
            lib.export_library(pipe)
        received = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert json.loads(received)["format"] == "parallax-reader.library"


def test_lexicon_edits_take_only_the_lexicons_categories(tmp_path: Path) -> None:
    """An edit imported from another library cannot make a word a "scare-quote": that flag would
    explain quotation marks that are not there. The whole import is refused, in one line."""
    export = tmp_path / "export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        lib.set_user_lexicon_entry("crackdown", "loaded")
        with pytest.raises(ValueError, match="unknown lexicon category"):
            lib.set_user_lexicon_entry("workers", "scare-quote")
        lib.export_library(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    document["user_lexicon"].append(
        {"term": "workers", "category": "scare-quote", "action": "add", "note": "", "updated": ""}
    )
    export.write_text(json.dumps(document), encoding="utf-8")
    with Library.open(tmp_path / "b.sqlite") as other:
        with pytest.raises(ReaderInputError, match="unknown lexicon category"):
            other.import_library(export)
        assert other.user_lexicon() == []
