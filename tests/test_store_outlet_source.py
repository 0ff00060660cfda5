"""The library keeps where an article's outlet name came from (``Article.outlet_source``): an old
library upgrades with its rows unrecorded, a stored article and comparison read back with it, and
an outlet a person renamed is stored as named by a person."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from reader.core.model import OUTLET_FROM_FILE_NAME, OUTLET_GIVEN, Article, Comparison
from reader.core.outlets import outlet_needs_name
from reader.store import Library, schema

TEXT = (
    "The council approved the harbour levy on Tuesday after a long debate. Officials said the"
    " money would fund two new cranes. The mayor said the vote was a fair compromise."
)
OTHER = (
    "The council narrowly passed a controversial harbour levy on Tuesday. Officials said the"
    " money would fund two new cranes. Critics claimed the compromise was a disastrous mistake."
)


def from_file(text: str = TEXT, name: str = "download") -> Article:
    """An article ingest named after its file, as ``read_article("download.txt")`` does."""
    return Article(
        id="x",
        outlet=name,
        text=text,
        source=f"/tmp/{name}.txt",
        outlet_source=OUTLET_FROM_FILE_NAME,
    )


@pytest.fixture
def lib(tmp_path: Path) -> Any:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


# -- migration -------------------------------------------------------------------------------------


def test_a_v4_library_upgrades_with_its_rows_unrecorded(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    db = Database(sqlite3.connect(path, isolation_level=None))
    schema.migrate(db, None, target=4)
    db.conn.execute(
        "INSERT INTO articles (id, hash, outlet, source, text, added) VALUES (?, ?, ?, ?, ?, ?)",
        ("old1", "h-old1", "download", "/tmp/download.txt", TEXT, "2024-01-01T00:00:00+00:00"),
    )
    columns = {r[1] for r in db.conn.execute("PRAGMA table_info(articles)")}
    assert "outlet_source" not in columns
    db.close()

    with Library.open(path) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION >= 5
        assert lib.backup is not None and "-v4-" in lib.backup.name
        old = lib.article("old1")
        assert (old.outlet, old.outlet_source) == ("download", None)
        assert outlet_needs_name(old)  # unrecorded: judged by its name, as before
        assert [r.id for r in lib.search("harbour levy")] == ["old1"]  # the index still follows
        lib.update_article("old1", outlet="Harbour Times")
        assert [r.id for r in lib.search("Harbour Times")] == ["old1"]
        new, _ = lib.add_article(from_file(OTHER, "article (1)"))
        assert lib.article(new.id).outlet_source == OUTLET_FROM_FILE_NAME
        assert lib.check() == []
    saved = sqlite3.connect(lib.backup)
    assert saved.execute("PRAGMA user_version").fetchone() == (4,)
    saved.close()


def test_a_library_from_version_0_gets_the_column(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        conn = sqlite3.connect(lib.path)
        columns = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(articles)")}
        conn.close()
    assert columns["outlet_source"] == "TEXT"


# -- round trip ------------------------------------------------------------------------------------


def test_the_outlet_source_round_trips_through_the_library(lib: Library) -> None:
    stored, created = lib.add_article(from_file(), event="Levy")
    assert created and stored.outlet_source == OUTLET_FROM_FILE_NAME
    assert lib.article(stored.id).outlet_source == OUTLET_FROM_FILE_NAME
    event = lib.find_event("Levy")
    assert event is not None
    (back,) = lib.event_articles(event.id)
    assert back.outlet_source == OUTLET_FROM_FILE_NAME and outlet_needs_name(back)
    dated, _ = lib.add_article(
        Article(id="y", outlet="Reuters", text=OTHER, source="/tmp/x.txt", outlet_source="dateline")
    )
    assert lib.article(dated.id).outlet_source == "dateline"
    unrecorded, _ = lib.add_article(Article(id="z", outlet="Wire", text=TEXT + " More."))
    assert lib.article(unrecorded.id).outlet_source is None


def test_a_cached_comparison_keeps_the_outlet_source(lib: Library) -> None:
    from reader.core.compare import compare

    first, _ = lib.add_article(from_file())
    second, _ = lib.add_article(
        Article(id="b", outlet="Coast Post", text=OTHER, outlet_source=OUTLET_GIVEN)
    )
    comp = compare([first, second])
    hashes = [a.hash for a in comp.articles]
    lib.store_comparison(hashes, "engine-1", comp.to_dict())
    cached = lib.cached_comparison(hashes, "engine-1")
    assert cached is not None
    back = Comparison.from_dict(cached)
    assert [a.outlet_source for a in back.articles] == [OUTLET_FROM_FILE_NAME, OUTLET_GIVEN]


def test_the_same_text_again_fills_in_an_unrecorded_row_only_under_its_name(
    lib: Library,
) -> None:
    old, _ = lib.add_article(Article(id="x", outlet="download", text=TEXT))
    assert old.outlet_source is None
    again, created = lib.add_article(from_file())
    assert not created and again.outlet_source == OUTLET_FROM_FILE_NAME
    # A recorded source is never overwritten by a later reading of the same text.
    third, _ = lib.add_article(
        Article(id="x", outlet="download", text=TEXT, outlet_source="dateline")
    )
    assert third.outlet_source == OUTLET_FROM_FILE_NAME
    # Nor is an unrecorded row whose name is no longer the one that source gave.
    renamed, _ = lib.add_article(Article(id="y", outlet="Coast Post", text=OTHER))
    later, _ = lib.add_article(from_file(OTHER, "coast"))
    assert (later.outlet, later.outlet_source) == ("Coast Post", None)
    assert renamed.id == later.id


def test_export_and_import_keep_the_outlet_source(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with Library.open(tmp_path / "a.sqlite") as lib:
        stored, _ = lib.add_article(from_file())
        plain, _ = lib.add_article(Article(id="y", outlet="Wire", text=OTHER))
        lib.export_library(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    assert [a["outlet_source"] for a in document["articles"]] == [OUTLET_FROM_FILE_NAME, None]
    with Library.open(tmp_path / "b.sqlite") as other:
        other.import_library(export)
        assert other.article(stored.id).outlet_source == OUTLET_FROM_FILE_NAME
        assert other.article(plain.id).outlet_source is None
    # An export made before the library kept it has no such key: imported as unrecorded.
    for item in document["articles"]:
        del item["outlet_source"]
    export.write_text(json.dumps(document), encoding="utf-8")
    with Library.open(tmp_path / "c.sqlite") as older:
        older.import_library(export)
        assert older.article(stored.id).outlet_source is None


# -- naming an outlet ------------------------------------------------------------------------------


def test_an_outlet_renamed_by_the_user_is_stored_as_given(lib: Library) -> None:
    stored, _ = lib.add_article(from_file())
    # Saving the details without touching the name keeps where the name came from.
    same = lib.update_article(stored.id, outlet="download", title="Levy passes")
    assert same.outlet_source == OUTLET_FROM_FILE_NAME and same.title == "Levy passes"
    renamed = lib.update_article(stored.id, outlet="Harbour Times")
    assert (renamed.outlet, renamed.outlet_source) == ("Harbour Times", OUTLET_GIVEN)
    back = lib.article(stored.id)
    assert back.outlet_source == OUTLET_GIVEN and not outlet_needs_name(back)
    # The app may say what it decided for the open article (a name numbered apart, unchanged).
    kept = lib.update_article(stored.id, outlet="download (2)", outlet_source=OUTLET_FROM_FILE_NAME)
    assert kept.outlet_source == OUTLET_FROM_FILE_NAME and outlet_needs_name(kept)


@pytest.mark.gui
def test_naming_an_outlet_in_the_app_is_stored_and_survives_reopening(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    controller = window.controller
    monkeypatch.setattr(controller, "analyse", lambda: None)  # the library is the subject
    paths = []
    for name, text in (("download", TEXT), ("article (1)", OTHER)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    window.open_paths(paths)
    qtbot.waitUntil(lambda: len(controller.articles) == 2, timeout=10_000)
    lib = controller.lib()
    first, second = controller.articles
    assert lib.article(first.id).outlet_source == OUTLET_FROM_FILE_NAME

    # Named in the Edit Article Details dialog, for an open article...
    window.edit_article_details(first.id)
    window.details_dialog.outlet.setText("Harbour Times")
    window.details_dialog.accept()
    assert controller.articles[0].outlet_source == OUTLET_GIVEN
    assert lib.article(first.id).outlet_source == OUTLET_GIVEN

    # ... and for one only in the library.
    event_id = controller.event_id
    controller.clear()
    window.edit_article_details(second.id)
    window.details_dialog.outlet.setText("Coast Post")
    window.details_dialog.accept()
    assert lib.article(second.id).outlet_source == OUTLET_GIVEN

    # Reopened from the library, neither is taken for a file's name any more.
    assert controller.open_event(event_id)
    qtbot.waitUntil(lambda: len(controller.articles) == 2, timeout=10_000)
    assert [(a.outlet, a.outlet_source) for a in controller.articles] == [
        ("Harbour Times", OUTLET_GIVEN),
        ("Coast Post", OUTLET_GIVEN),
    ]
    assert not any(outlet_needs_name(a) for a in controller.articles)
