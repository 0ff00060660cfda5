"""The lexicon editor: browse by category with search, edits kept in the library, flags follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.core.compare import compare
from reader.core.lexicon import ENTRY_CATEGORIES, default_lexicon
from reader.core.model import Article
from reader.store import Library
from reader.store.lexicon_edits import user_lexicon
from reader.ui.lexicon_editor import LexiconEditor

pytestmark = pytest.mark.gui

#: Invented text: a bundled label ("regime") and a word no bundled list flags ("clipboard-wavers").
TEXT = (
    "The regime raised the tariff on Monday. "
    "In the capital, clipboard-wavers approved the plan, officials said."
)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


@pytest.fixture
def editor(qtbot: Any, lib: Library) -> LexiconEditor:
    dlg = LexiconEditor(lib)
    qtbot.addWidget(dlg)
    return dlg


def shown_terms(editor: LexiconEditor) -> list[tuple[str, str, str]]:
    t = editor.table
    return [
        (t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 4).text()) for r in range(t.rowCount())
    ]


def test_browse_by_category_and_search(editor: LexiconEditor) -> None:
    base = default_lexicon()
    assert editor.table.rowCount() == len(base)  # "All categories" first
    counts = base.categories()
    for row in range(1, editor.categories.count()):
        editor.categories.setCurrentIndex(row)
        cat = editor.current_category()
        assert cat in ENTRY_CATEGORIES
        assert editor.table.rowCount() == counts.get(cat, 0)
    editor.categories.setCurrentIndex(0)
    editor.search.setText("dictator")
    terms = shown_terms(editor)
    assert terms and all(
        "dictator" in term.lower() or "dictator" in e.note.lower()
        for (term, _c, _s), e in zip(
            terms,
            [next(x for x in base if x.term == t[0]) for t in terms],
            strict=True,
        )
    )
    editor.search.setText("no such word anywhere")
    assert editor.table.rowCount() == 0 and "0 entries" in editor.count.text()


def test_add_switch_off_and_restore_are_kept_in_the_library(
    editor: LexiconEditor, lib: Library, qtbot: Any
) -> None:
    editor.term.setText("clipboard-wavers")
    editor.category.setCurrentIndex(editor.category.findData("label"))
    editor.note.setText("belittles officials as petty")
    with qtbot.waitSignal(editor.lexiconChanged, timeout=1000):
        editor.add_button.click()
    assert [(e.term, e.category, e.action) for e in lib.user_lexicon()] == [
        ("clipboard-wavers", "label", "add")
    ]
    editor.search.setText("clipboard-wavers")
    assert shown_terms(editor) == [("clipboard-wavers", "Label or epithet", "yours")]

    editor.search.setText("regime")
    row = next(i for i, t in enumerate(shown_terms(editor)) if t[0] == "regime")
    editor.table.setCurrentCell(row, 0)
    editor.off_button.click()
    assert ("regime", "label", "remove") in [
        (e.term, e.category, e.action) for e in lib.user_lexicon()
    ]
    assert any(t[0] == "regime" and t[2] == "switched off" for t in shown_terms(editor))

    lexicon = user_lexicon(lib)
    assert lexicon.version != default_lexicon().version
    assert [e.source for e in lexicon.lookup("clipboard-wavers")] == ["user"]
    assert not any(e.category == "label" for e in lexicon.lookup("regime"))

    row = next(i for i, t in enumerate(shown_terms(editor)) if t[0] == "regime")
    editor.table.setCurrentCell(row, 0)
    editor.restore_button.click()
    assert any(e.category == "label" for e in user_lexicon(lib).lookup("regime"))
    assert editor.rerun_button.isEnabled()
    with qtbot.waitSignal(editor.rerunRequested, timeout=1000):
        editor.rerun_button.click()


def test_no_edits_keep_the_bundled_lexicon_and_its_cache_key(lib: Library) -> None:
    assert user_lexicon(lib) is default_lexicon()
    assert user_lexicon(None) is default_lexicon()


def test_without_a_library_the_editor_only_browses(qtbot: Any) -> None:
    dlg = LexiconEditor(None)
    qtbot.addWidget(dlg)
    assert not dlg.add_button.isEnabled() and "not available" in dlg.status.text()
    assert dlg.table.rowCount() == len(default_lexicon())


def test_lexicon_edits_change_the_flags(editor: LexiconEditor, lib: Library) -> None:
    article = Article("a", "Bugle", TEXT)
    before = compare([article], lexicon=user_lexicon(lib))
    assert any(f.rule == "lexicon:label:regime" for f in before.flags)
    assert not any(
        "clipboard-wavers" in f.rule or "clipboard-wavers" in f.text for f in before.flags
    )

    editor.term.setText("clipboard-wavers")
    editor.category.setCurrentIndex(editor.category.findData("label"))
    editor.note.setText("belittles officials as petty")
    editor.add_button.click()
    editor.search.setText("regime")
    row = next(i for i, t in enumerate(shown_terms(editor)) if t[0] == "regime")
    editor.table.setCurrentCell(row, 0)
    editor.off_button.click()

    after = compare([article], lexicon=editor.lexicon())
    added = [f for f in after.flags if f.rule == "lexicon:label:clipboard-wavers"]
    assert len(added) == 1 and "clipboard-wavers" in added[0].text
    assert "belittles officials as petty" in added[0].explanation  # the user's own note explains it
    assert not any(f.rule == "lexicon:label:regime" for f in after.flags)
    assert after.generator.lexicon == editor.lexicon().version != before.generator.lexicon


def test_the_note_keeps_room_beside_a_long_term(qtbot: Any, editor: LexiconEditor) -> None:
    """The Term column was as wide as the longest phrase in the lexicon, which left the Note
    (why an entry is there) its first three words; a long term is elided instead, and its
    tooltip keeps it whole."""
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.table
    longest = max(range(table.rowCount()), key=lambda r: len(table.item(r, 0).text()))
    term = table.item(longest, 0)
    assert table.fontMetrics().horizontalAdvance(term.text()) > table.columnWidth(0)
    assert term.toolTip() == term.text()
    assert table.columnWidth(2) > table.columnWidth(0)
    # short terms get a column that fits them, not the widest one allowed
    capped = table.columnWidth(0)
    editor.search.setText("stuffed with")
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["stuffed with"]
    assert table.fontMetrics().horizontalAdvance("stuffed with") < table.columnWidth(0) < capped


def test_a_large_text_size_leaves_rows_and_every_column(qtbot: Any, lib: Library) -> None:
    """At a 20 pt system font the category list beside the table left a tall empty area under
    its names while the table showed three rows, and the Note went behind a sideways scroll
    bar. The categories are a drop-down above a table of the dialog's whole width, whose
    columns share that width with the Note keeping the most; the category names stay whole,
    and the status line shows with its first message."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    system = QApplication.font()
    large = QFont(system)
    large.setPointSizeF(20)
    QApplication.setFont(large)
    try:
        editor = LexiconEditor(lib)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        table = editor.table
        assert table.viewport().height() // table.rowHeight(0) >= 6
        assert table.horizontalScrollBar().maximum() == 0
        columns = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        assert len(columns) == 5
        assert sum(table.columnWidth(c) for c in columns) <= table.viewport().width()
        assert table.columnWidth(2) == max(table.columnWidth(c) for c in columns)
        cats = editor.categories
        assert cats.count() == len(ENTRY_CATEGORIES) + 1
        widest = max(
            cats.fontMetrics().horizontalAdvance(cats.itemText(i)) for i in range(cats.count())
        )
        assert cats.width() > widest
        # One category chosen: its column would only repeat it, and the Note has its room.
        note_width = table.columnWidth(2)
        cats.setCurrentIndex(1)
        assert table.isColumnHidden(1) and table.columnWidth(2) > note_width
        cats.setCurrentIndex(0)
        assert not table.isColumnHidden(1)
        # The status line takes no room from the table until it has something to say.
        assert not editor.status.isVisible()
        editor.add_entry()  # with no term written
        assert editor.status.isVisible() and editor.status.text().startswith("Write the word")
    finally:
        QApplication.setFont(system)


def test_a_new_term_goes_to_the_category_being_browsed(editor: LexiconEditor) -> None:
    hedge = editor.categories.findData("hedge")
    editor.categories.setCurrentIndex(hedge)
    assert editor.category.currentData() == "hedge"
    editor.term.setText("supposedly-ish")
    editor.add_button.click()
    assert ("supposedly-ish", "hedge", "add") in [
        (e.term, e.category, e.action) for e in editor.library.user_lexicon()
    ]
    # Back to all categories: the form keeps the last category chosen.
    editor.categories.setCurrentIndex(0)
    assert editor.category.currentData() == "hedge"
