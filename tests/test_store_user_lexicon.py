"""Schema v4: user lexicon edits, annotation authors and verdicts, the v3 -> v4 migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.core.lexicon import LexiconEntry, default_lexicon
from reader.core.model import Article
from reader.store import Library, schema

TEXT = "Out-of-touch ministers rammed through a reckless plan to shut the coal plant."


def test_user_lexicon_entries_round_trip_and_override(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        assert lib.user_lexicon() == []
        lib.set_user_lexicon_entry("rammed  through", "loaded", note="my class says so")
        lib.set_user_lexicon_entry("dictator", "label", action="remove")
        # Same term and category again (any case): the later edit replaces the earlier one.
        lib.set_user_lexicon_entry("Rammed through", "loaded", note="forceful verb")
        entries = lib.user_lexicon()
        assert [(e.term, e.category, e.action, e.note) for e in entries] == [
            ("dictator", "label", "remove", ""),
            ("Rammed through", "loaded", "add", "forceful verb"),
        ]
        with pytest.raises(ValueError):
            lib.set_user_lexicon_entry("x", "loaded", action="shout")
        with pytest.raises(ValueError):
            lib.set_user_lexicon_entry("  ", "loaded")
        assert lib.remove_user_lexicon_entry("DICTATOR", "label")
        assert not lib.remove_user_lexicon_entry("dictator", "label")
        assert [e.term for e in lib.user_lexicon()] == ["Rammed through"]

    # The stored edits change the lexicon the engine uses.
    base = default_lexicon()
    added = [LexiconEntry(e.term, e.category, e.note, "user") for e in entries if e.action == "add"]
    removed = [(e.term, e.category) for e in entries if e.action == "remove"]
    user = base.with_user_entries(added, removed)
    assert user.lookup("rammed through") and not base.lookup("rammed through")
    assert base.lookup("dictator") and not any(
        e.category == "label" for e in user.lookup("dictator")
    )
    assert user.version != base.version


def test_annotation_author_and_verdict_status(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        art, _ = lib.add_article(Article(id="t", outlet="Bugle", text=TEXT), event="E")
        (event,) = lib.events()
        v = lib.add_annotation(
            event.id, "verdict", "fair", flag_id="f-1", author="Ana", status="agreed"
        )
        assert (v.author, v.status) == ("Ana", "agreed")
        changed = lib.update_annotation(v.id, status="disputed", body="not loaded here")
        assert (changed.status, changed.body, changed.author) == (
            "disputed",
            "not loaded here",
            "Ana",
        )
        with pytest.raises(ValueError):
            lib.add_annotation(event.id, "verdict", "", flag_id="f-1", status="maybe")
        kept = lib.add_annotation(
            event.id, "note", "again", article_id=art.id, start=0, end=3, created=v.created
        )
        assert kept.created == v.created and kept.author == ""
        out = tmp_path / "export.json"
        lib.export_library(out)
    with Library.open(tmp_path / "other.sqlite") as other:
        assert other.import_library(out)["annotations"] == 2
        (event,) = other.events()
        notes = other.annotations(event.id)
        assert {(n.author, n.status) for n in notes} == {("Ana", "disputed"), ("", None)}
        assert other.import_library(out)["annotations"] == 0  # same file twice: no duplicates


def test_v3_library_migrates_to_v4_keeping_annotations(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    db = Database(sqlite3.connect(path, isolation_level=None))
    schema.migrate(db, None, target=3)
    db.conn.execute("INSERT INTO events (id, name, created) VALUES (1, 'Old', '2024-01-01')")
    db.conn.execute(
        "INSERT INTO annotations (event_id, kind, body, created, updated)"
        " VALUES (1, 'note', 'kept', '2024-01-01', '2024-01-01')"
    )
    db.close()
    with Library.open(path) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION >= 4
        (note,) = lib.annotations(1)
        assert (note.body, note.author, note.status) == ("kept", "", None)
        lib.set_user_lexicon_entry("scheme", "loaded")
        assert [e.term for e in lib.user_lexicon()] == ["scheme"]
