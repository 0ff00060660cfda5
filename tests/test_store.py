"""The library API: articles, de-duplication, events, search, cache, annotations, settings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderInputError
from reader.core.model import Article, content_hash
from reader.store import Library, default_path
from reader.store.deleted_events import MAX_DELETED_KEPT
from reader.store.library import EventRestoredUnreadError

WIRE = (
    "Regional ministers agreed on Monday to close the Brackwater coal plant by 2030. "
    "The decision follows two years of talks with unions and the operator."
)
TABLOID = (
    "Out-of-touch ministers rammed through a reckless plan to shut Brackwater's coal plant, "
    "throwing hundreds of loyal workers on the scrapheap."
)
BROADSHEET = (
    "The Brackwater closure is a landmark for the region's climate policy, campaigners said, "
    "though unions warned of job losses in the valley."
)


def make(text: str, outlet: str = "Wire", title: str | None = None, **kw: str) -> Article:
    return Article(id="tmp", outlet=outlet, text=text, title=title, **kw)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def test_default_path_follows_reader_library(tmp_path: Path) -> None:
    # conftest points READER_LIBRARY at a temporary folder for every test.
    assert default_path() == Path(os.environ["READER_LIBRARY"])
    with Library.open() as library:
        assert library.path == default_path()
    assert default_path().exists()


def test_default_path_without_override_is_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READER_LIBRARY")
    path = default_path()
    assert path.name == "library.sqlite"
    assert "Parallax Reader" in str(path)


def test_same_text_is_the_same_article(lib: Library) -> None:
    first, created = lib.add_article(make(WIRE, "Wire", "Coal plant to close"))
    assert created
    again, created_again = lib.add_article(make(WIRE, "Another name", "Another title"))
    assert not created_again
    assert again == first  # the stored metadata is kept, not overwritten by the duplicate
    assert again.id == content_hash(WIRE)[:16]
    assert [r.id for r in lib.articles()] == [first.id]


def test_article_round_trip_keeps_every_field(lib: Library) -> None:
    original = make(
        TABLOID,
        "The Daily Bugle",
        "Workers betrayed",
        author="J. Jonah",
        date="2026-03-02",
        source="/tmp/bugle.html",
        language="en",
    )
    stored, _ = lib.add_article(original, raw=b"<html>saved page</html>")
    back = lib.article(stored.id)
    assert back.text == TABLOID
    assert (back.outlet, back.title, back.author, back.date, back.source, back.language) == (
        "The Daily Bugle",
        "Workers betrayed",
        "J. Jonah",
        "2026-03-02",
        "/tmp/bugle.html",
        "en",
    )
    assert lib.raw_source(stored.id) == b"<html>saved page</html>"


def test_missing_article_is_key_error(lib: Library) -> None:
    with pytest.raises(KeyError):
        lib.article("nope")
    with pytest.raises(KeyError):
        lib.remove_article("nope")


def test_empty_text_is_refused(lib: Library) -> None:
    with pytest.raises(ReaderInputError):
        lib.add_article(make("   \n "))
    assert lib.articles() == []


def test_events_group_articles_in_order_added(lib: Library) -> None:
    a, _ = lib.add_article(make(WIRE), event="Brackwater closure")
    b, _ = lib.add_article(make(TABLOID, "Bugle"), event="Brackwater closure")
    c, _ = lib.add_article(make(BROADSHEET, "Herald"))
    event = lib.create_event("  brackwater   CLOSURE ")  # get-or-create ignores case and spacing
    assert event.name == "Brackwater closure"
    assert event.article_count == 2
    lib.add_to_event(event.id, c.id)
    lib.add_to_event(event.id, a.id)  # already a member: no duplicate, order unchanged
    assert [x.id for x in lib.event_articles(event.id)] == [a.id, b.id, c.id]
    assert [r.id for r in lib.articles(event_id=event.id)] == [a.id, b.id, c.id]
    assert lib.articles()[0].events == ("Brackwater closure",)
    assert lib.articles()[0].to_json()["event"] == "Brackwater closure"


def test_event_names_match_with_case_ignored_beyond_a_to_z(lib: Library) -> None:
    """SQLite's NOCASE folds only A to Z: "élections à zürich" must still be the event
    "Élections à Zürich", for adding to it, finding it and renaming another to it."""
    a, _ = lib.add_article(make(WIRE), event="Élections à Zürich")
    b, _ = lib.add_article(make(TABLOID, "Bugle"), event="élections  à ZÜRICH")
    (event,) = lib.events()
    assert (event.name, event.article_count) == ("Élections à Zürich", 2)
    assert lib.find_event("ÉLECTIONS À ZÜRICH") == event
    assert lib.create_event("élections à zürich") == event
    other = lib.create_event("Straße")
    with pytest.raises(ReaderInputError, match="already exists"):
        lib.rename_event(other.id, "élections à zürich")
    assert lib.rename_event(other.id, "STRASSE").name == "STRASSE"  # its own name, in capitals
    assert [x.id for x in lib.event_articles(event.id)] == [a.id, b.id]


def test_article_in_two_events_lists_both(lib: Library) -> None:
    a, _ = lib.add_article(make(WIRE), event="First")
    lib.add_article(make(WIRE), event="Second")
    (record,) = lib.articles()
    assert record.events == ("First", "Second")
    assert record.to_json()["event"] == "First"
    assert {e.name: e.article_count for e in lib.events()} == {"First": 1, "Second": 1}
    assert a.id == record.id


def test_rename_and_remove_event_keeps_articles(lib: Library) -> None:
    a, _ = lib.add_article(make(WIRE), event="Old name")
    lib.create_event("Taken")
    event = lib.find_event("old name")
    assert event is not None
    renamed = lib.rename_event(event.id, "New name")
    assert renamed.name == "New name" and renamed.article_count == 1
    with pytest.raises(ReaderInputError):
        lib.rename_event(event.id, "taken")
    with pytest.raises(ReaderInputError):
        lib.create_event("   ")
    lib.remove_event(event.id)
    assert [e.name for e in lib.events()] == ["Taken"]
    assert lib.article(a.id).text == WIRE
    assert lib.articles()[0].events == ()
    with pytest.raises(KeyError):
        lib.event_articles(event.id)


def test_an_event_is_found_by_exactly_its_texts(lib: Library) -> None:
    """Texts opened again find the event filed for them, in any order; a set with one text more
    or less is another comparison. Of two old copies, the one with the user's notes wins."""
    wire, tabloid, broadsheet = (content_hash(t) for t in (WIRE, TABLOID, BROADSHEET))
    lib.add_article(make(WIRE), event="Pair")
    lib.add_article(make(TABLOID, "Bugle"), event="Pair")
    lib.add_article(make(WIRE), event="Wire alone")
    pair = lib.find_event("Pair")
    assert pair is not None
    assert lib.event_with_texts([tabloid, wire]) == pair
    assert lib.event_with_texts([wire, tabloid, wire]) == pair
    assert lib.event_with_texts([wire]) == lib.find_event("Wire alone")
    assert lib.event_with_texts([wire, tabloid, broadsheet]) is None
    assert lib.event_with_texts([tabloid]) is None
    assert lib.event_with_texts([]) is None
    lib.add_article(make(WIRE), event="Pair (2)")
    copy, _ = lib.add_article(make(TABLOID, "Bugle"), event="Pair (2)")
    assert lib.event_with_texts([wire, tabloid]) == pair  # the older one
    annotated = lib.find_event("Pair (2)")
    assert annotated is not None
    lib.add_annotation(annotated.id, "note", "Compare the verbs", article_id=copy.id)
    assert lib.event_with_texts([wire, tabloid]) == lib.event(annotated.id)


def test_remove_article_leaves_events(lib: Library) -> None:
    a, _ = lib.add_article(make(WIRE), event="E")
    b, _ = lib.add_article(make(TABLOID), event="E")
    lib.remove_article(a.id)
    (event,) = lib.events()
    assert event.article_count == 1
    assert [x.id for x in lib.event_articles(event.id)] == [b.id]
    # The search index forgets it too (the FTS triggers ran).
    assert [r.id for r in lib.search("ministers")] == [b.id]


def test_search_ranks_title_and_frequency_first(lib: Library) -> None:
    lib.add_article(
        make("The harbour was quiet. Fishing boats stayed in port.", "A", "Harbour news")
    )
    strong, _ = lib.add_article(
        make("Coal. The coal plant burns coal; coal trucks queue.", "B", "Coal plant closes")
    )
    weak, _ = lib.add_article(make("Unions met ministers about a coal plant.", "C", "Union talks"))
    results = lib.search("coal")
    assert [r.id for r in results] == [strong.id, weak.id]


def test_search_puts_all_words_before_some_words(lib: Library) -> None:
    both, _ = lib.add_article(make("Ministers close the coal plant in Brackwater.", "A", "T1"))
    one, _ = lib.add_article(make("Coal coal coal coal coal prices rose.", "B", "Coal coal"))
    results = lib.search("Brackwater coal")
    assert [r.id for r in results] == [both.id, one.id]


def test_search_matches_outlet_stems_and_accents(lib: Library) -> None:
    a, _ = lib.add_article(make("Protesters gathered in Zürich on Friday.", "Le Monde", "Demo"))
    assert [r.id for r in lib.search("protest")] == [a.id]  # porter stemming
    assert [r.id for r in lib.search("zurich")] == [a.id]  # diacritics ignored
    assert [r.id for r in lib.search("monde")] == [a.id]  # outlet is indexed
    assert [r.id for r in lib.search("prote*")] == [a.id]  # prefix
    assert lib.search("gather*", limit=0) == []


@pytest.mark.parametrize(
    ("query", "finds"),
    [
        ('"', False),
        ('"unbalanced quote', False),
        ("AND", False),
        ("coal AND", True),
        ("OR OR NOT", False),
        ("NEAR(coal plant, 2)", True),
        ("-coal", True),
        ("coal -plant", True),
        ("*", False),
        ("co*al*", True),
        ("title:coal", True),
        ("^coal", True),
        ("(coal", True),
        ("coal)", True),
        ("{coal}", True),
        ("'", False),
        ("", False),
        ("   ", False),
        ("\x00", False),
        ("Zürich ☃ 北京 نفط", True),
        ("ministers' plant", True),
        ("a" * 2000, False),
    ],
)
def test_any_query_is_safe(lib: Library, query: str, finds: bool) -> None:
    """FTS5 syntax a user may type by accident is read as plain words: no error, and the article
    holding one of the words is found, the one holding none is not."""
    a, _ = lib.add_article(make("Ministers close the coal plant near Zürich.", "Wire", "Coal"))
    lib.add_article(make("Fishermen landed haddock at dawn.", "Harbour", "Catch"))
    assert [r.id for r in lib.search(query)] == ([a.id] if finds else [])


def test_operators_are_plain_words(lib: Library) -> None:
    lib.add_article(make("The coal plant will close.", "A", "One"))
    b, _ = lib.add_article(make("Fish and chips near the pier.", "B", "Two"))
    # "NEAR" and "AND" are ordinary words here, so the text holding both ranks first.
    assert lib.search("NEAR AND")[0].id == b.id
    assert [r.id for r in lib.search("pier")] == [b.id]


def test_unicode_words_are_found(lib: Library) -> None:
    a, _ = lib.add_article(
        make("Les ministres ont fermé la centrale à Besançon.", "Le Monde", "Fermeture")
    )
    c, _ = lib.add_article(make("北京 外交部 发言人 表示 关注", "Xinhua", "外交部"))
    assert [r.id for r in lib.search("besancon")] == [a.id]
    assert [r.id for r in lib.search("fermé")] == [a.id]
    assert [r.id for r in lib.search("外交部")] == [c.id]


def test_comparison_cache_is_keyed_by_sorted_hashes_and_engine(lib: Library) -> None:
    payload = {"schema": "reader.comparison/1", "flags": [{"id": "f1"}], "title": "Zürich"}
    lib.store_comparison(["h2", "h1"], "1.0|sm|lex1", payload)
    assert lib.cached_comparison(["h1", "h2"], "1.0|sm|lex1") == payload
    assert lib.cached_comparison(["h1", "h2"], "1.1|sm|lex1") is None
    assert lib.cached_comparison(["h1"], "1.0|sm|lex1") is None
    # A newer engine replaces the stale entry for the same articles.
    lib.store_comparison(["h1", "h2"], "1.1|sm|lex1", {"v": 2})
    assert lib.cached_comparison(["h2", "h1"], "1.1|sm|lex1") == {"v": 2}
    assert lib.cached_comparison(["h1", "h2"], "1.0|sm|lex1") is None


def test_a_new_engine_revision_misses_the_cache(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change to what a comparison holds (a new kind of flag, the actors' mentions) raises the
    engine revision: the comparison cached before it is made again, not shown without them."""
    from reader.core import compare

    lib.store_comparison(["h1", "h2"], compare.engine_version(), {"v": 1})
    monkeypatch.setattr(compare, "ENGINE_REVISION", compare.ENGINE_REVISION + 1)
    assert lib.cached_comparison(["h1", "h2"], compare.engine_version()) is None


def test_annotations_lifecycle(lib: Library) -> None:
    a, _ = lib.add_article(make(TABLOID, "Bugle"), event="E")
    (event,) = lib.events()
    note = lib.add_annotation(
        event.id, "note", "Check the 'hundreds' figure", article_id=a.id, start=0, end=12
    )
    verdict = lib.add_annotation(event.id, "verdict", "agree", flag_id="f-3", category="loaded")
    missed = lib.add_annotation(
        event.id,
        "missed-flag",
        "'reckless' is loaded",
        article_id=a.id,
        start=40,
        end=48,
        category="loaded",
    )
    assert [x.id for x in lib.annotations(event.id)] == [note.id, verdict.id, missed.id]
    assert note.start == 0 and note.end == 12 and note.article_id == a.id
    changed = lib.update_annotation(verdict.id, body="disagree")
    assert changed.body == "disagree" and changed.kind == "verdict" and changed.flag_id == "f-3"
    lib.remove_annotation(note.id)
    assert [x.id for x in lib.annotations(event.id)] == [verdict.id, missed.id]
    with pytest.raises(KeyError):
        lib.remove_annotation(note.id)
    with pytest.raises(ValueError):
        lib.add_annotation(event.id, "shout", "no such kind")
    with pytest.raises(ValueError):
        lib.add_annotation(event.id, "note", "past the end", article_id=a.id, start=0, end=10_000)
    with pytest.raises(KeyError):
        lib.add_annotation(event.id + 99, "note", "no such event")
    with pytest.raises(KeyError):
        lib.add_annotation(
            event.id, "note", "no such article", article_id="missing", start=0, end=1
        )
    # Removing the article removes the notes pinned to it; the event's other notes stay.
    lib.remove_article(a.id)
    assert [x.id for x in lib.annotations(event.id)] == [verdict.id]


def test_settings(lib: Library) -> None:
    assert lib.setting("theme") is None
    assert lib.setting("theme", "light") == "light"
    lib.set_setting("theme", "dark")
    lib.set_setting("theme", "high-contrast")
    assert lib.setting("theme") == "high-contrast"


def test_library_is_shared_between_threads(lib: Library) -> None:
    import threading

    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(10):
                lib.add_article(
                    make(f"Thread {n} article {i} about the coal plant."), event=f"T{n}"
                )
                lib.search("coal")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(lib.articles()) == 40
    assert sorted(e.article_count for e in lib.events()) == [10, 10, 10, 10]


def test_importing_store_loads_no_qt() -> None:
    code = (
        "import sys, reader.store, reader.store.library, reader.store.schema, reader.store.demo;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'));"
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
def test_search_never_fails_on_any_text(lib: Library, query: str) -> None:
    if not lib.articles():
        lib.add_article(make('Ministers "close" the coal plant (NEAR Zürich) - AND more*.', "Wire"))
    results = lib.search(query)
    assert len(results) <= 1
    words = {w.casefold() for w in re.findall(r"[^\W_]+", query)}
    if {"coal", "plant", "ministers"} & words:
        assert len(results) == 1


def test_a_restore_that_fails_half_way_writes_nothing_and_keeps_the_event(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore that fails after its event row is written (the file locked mid-way) leaves no
    empty event behind, and the library still keeps the deleted one for the next try."""
    import sqlite3

    from reader.core.errors import LibraryError
    from reader.store import deleted_events

    lib.add_article(make(TABLOID, "Bugle"), event="Levy vote")
    (event,) = lib.events()
    lib.add_annotation(event.id, "note", "check this")
    lib.remove_event(event.id)
    real_restore = deleted_events.restore

    def locked_after_the_event_row(conn: sqlite3.Connection, kept: Any) -> int:
        conn.execute("INSERT INTO events (name, created) VALUES (?, ?)", (kept.name, "x"))
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(deleted_events, "restore", locked_after_the_event_row)
    with pytest.raises(LibraryError, match="database is locked"):
        lib.restore_event(event.id)
    assert lib.events() == [] and lib.can_restore_event(event.id)
    monkeypatch.setattr(deleted_events, "restore", real_restore)
    back = lib.restore_event(event.id)
    assert (back.name, back.article_count, len(lib.annotations(back.id))) == ("Levy vote", 1, 1)


def test_a_restore_written_but_not_read_back_is_no_failed_restore(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The event is back once the restore is written: a failing read of it afterwards must not
    look like the restore failing (the event still kept, or a missing one's ``KeyError``)."""
    import sqlite3

    lib.add_article(make(TABLOID, "Bugle"), event="Levy vote")
    (event,) = lib.events()
    lib.remove_event(event.id)

    def unreadable(event_id: int) -> Any:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(lib, "event", unreadable)
    with pytest.raises(EventRestoredUnreadError, match="disk I/O error") as raised:
        lib.restore_event(event.id)
    assert not isinstance(raised.value, KeyError) and raised.value.event_id == event.id
    monkeypatch.undo()
    assert [e.name for e in lib.events()] == ["Levy vote"]
    assert not lib.can_restore_event(event.id)


def test_a_deleted_event_comes_back_with_its_name_articles_and_notes(lib: Library) -> None:
    """Deleting an event takes its notes with it; until the library is closed the event can be
    restored as it was, and a second delete can be undone as well."""
    a, _ = lib.add_article(make(TABLOID, "Bugle"), event="Levy vote")
    b, _ = lib.add_article(make(WIRE, "Wire"), event="Levy vote")
    (event,) = lib.events()
    note = lib.add_annotation(event.id, "note", "check this", article_id=b.id, start=0, end=5)
    verdict = lib.add_annotation(event.id, "verdict", "", flag_id="f-1", status="agreed")
    before = lib.annotations(event.id)
    lib.remove_event(event.id)
    assert lib.events() == [] and lib.can_restore_event(event.id)
    assert lib.article_count() == 2  # the articles stay, as the Library panel then says
    back = lib.restore_event(event.id)
    assert (back.id, back.name, back.article_count) == (event.id, "Levy vote", 2)
    assert [x.id for x in lib.event_articles(back.id)] == [a.id, b.id]
    restored = lib.annotations(back.id)
    assert [(x.kind, x.body, x.article_id, x.start, x.end, x.status) for x in restored] == [
        (x.kind, x.body, x.article_id, x.start, x.end, x.status) for x in before
    ]
    assert [x.created for x in restored] == [note.created, verdict.created]
    assert not lib.can_restore_event(event.id)
    with pytest.raises(KeyError):
        lib.restore_event(event.id)  # restored once, not twice
    lib.remove_event(back.id)  # a second delete, undone too
    assert lib.restore_event(back.id).name == "Levy vote"
    assert len(lib.annotations(back.id)) == 2


def test_a_restored_event_gives_way_to_a_newer_one(lib: Library) -> None:
    """A new event may take the deleted one's id or name before the undo: the restored one takes
    another id, a told-apart name, and leaves out an article removed in between."""
    a, _ = lib.add_article(make(TABLOID, "Bugle"), event="Levy vote")
    b, _ = lib.add_article(make(WIRE, "Wire"), event="Levy vote")
    (event,) = lib.events()
    lib.add_annotation(event.id, "note", "on the bugle", article_id=a.id, start=0, end=3)
    lib.add_annotation(event.id, "note", "on the event")
    lib.remove_event(event.id)
    newer = lib.create_event("levy vote")
    lib.remove_article(a.id)
    back = lib.restore_event(event.id)
    assert back.id != newer.id and back.name == "Levy vote (restored)"
    assert [x.id for x in lib.event_articles(back.id)] == [b.id]
    assert [x.body for x in lib.annotations(back.id)] == ["on the event"]


def test_a_deleted_event_cannot_be_restored_after_the_library_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as first:
        first.add_article(make(TABLOID, "Bugle"), event="Levy vote")
        (event,) = first.events()
        first.remove_event(event.id)
    with Library.open(path) as again:
        assert not again.can_restore_event(event.id)
        with pytest.raises(KeyError):
            again.restore_event(event.id)
        assert again.events() == []


def test_two_deletes_of_one_reused_id_both_come_back(lib: Library) -> None:
    """The library gives a deleted event's id to the next new one: deleting that one too must not
    lose what restores the first. Undone newest first, each comes back with its own name."""
    lib.add_article(make(TABLOID, "Bugle"), event="Levy vote")
    (first,) = lib.events()
    lib.remove_event(first.id)
    second = lib.create_event("Strike talks")
    assert second.id == first.id  # the id is given again, as the library does
    lib.remove_event(second.id)
    assert lib.restore_event(second.id).name == "Strike talks"
    assert lib.can_restore_event(first.id)
    back = lib.restore_event(first.id)
    assert (back.name, back.article_count) == ("Levy vote", 1)
    assert sorted(e.name for e in lib.events()) == ["Levy vote", "Strike talks"]


def test_deleted_events_kept_for_undo_are_bounded(lib: Library) -> None:
    """A session of many deletes keeps what restores only the latest ones, not every one."""
    ids = []
    for n in range(MAX_DELETED_KEPT + 3):
        event = lib.create_event(f"Event {n}")
        ids.append(event.id)
        lib.remove_event(event.id)
        lib.create_event(f"Placeholder {n}")  # so the next event takes a fresh id
    assert not any(lib.can_restore_event(i) for i in ids[:3])
    assert all(lib.can_restore_event(i) for i in ids[3:])
