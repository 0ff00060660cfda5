"""Issue 5 wired into the real main window: Overview tab, Annotations panel, Lexicon, Export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from reader.core.model import Comparison
from reader.store import Library
from reader.ui.lexicon_editor import LexiconEditor
from reader.ui.overview import OverviewView
from ui_sample import make_window, sample_comparison

pytestmark = pytest.mark.gui


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


@pytest.fixture
def opened(qtbot: Any, tmp_path: Path, lib: Library) -> tuple[Any, Comparison, int]:
    """The window showing the sample comparison of a library event (ids as the library's)."""
    comp = sample_comparison()
    text = json.dumps(comp.to_dict())
    for art in comp.articles:
        stored, _ = lib.add_article(art, event="Xi meets Macron")
        text = text.replace(json.dumps(art.id), json.dumps(stored.id))
    comp = Comparison.from_dict(json.loads(text))
    event = lib.find_event("Xi meets Macron")
    assert event is not None
    window = make_window(qtbot, tmp_path, library=lib)
    window.controller.event_id = event.id
    window.show_comparison(comp)
    return window, comp, event.id


def test_overview_tab_follows_the_comparison(opened: Any) -> None:
    window, comp, _event = opened
    overview = window.insights.overview
    assert isinstance(overview, OverviewView)
    window.set_view("overview")
    assert window.tabs.currentWidget() is overview
    assert overview.comparison is comp
    assert overview.coverage_table.rowCount() == len(list(comp.rows()))
    # A coverage row jumps to the same row of the aligned view.
    overview.coverage_table.cellDoubleClicked.emit(2, 0)
    assert window.tabs.currentWidget() is window.aligned
    assert window.aligned.currentIndex().row() == 2
    window.show_comparison(None)
    assert overview.comparison is None


def test_flag_and_text_selections_feed_the_annotations_panel(
    opened: Any, lib: Library, qtbot: Any
) -> None:
    window, comp, event_id = opened
    panel = window.insights.annotations
    assert panel.model.persistent and panel.model.event_id == event_id
    flag = comp.flags[0]
    window.aligned.flagSelected.emit(flag.id)
    assert panel.flag_id == flag.id and panel.agree_button.isEnabled()
    panel.comment.setPlainText("fair")
    panel.agree_button.click()
    (verdict,) = lib.annotations(event_id)
    assert (verdict.flag_id, verdict.status, verdict.body) == (flag.id, "agreed", "fair")

    # A cell of the aligned view targets its claim (the view shows claims, not selectable text).
    row = next(i for i, r in enumerate(window.aligned.aligned_model.rows) if r.alignment)
    window.aligned.select_row(row, 1)
    (claim,) = window.aligned.aligned_model.rows[row].cells[comp.articles[1].id]
    assert panel.span == (comp.articles[1].id, claim.start, claim.end) and panel.flag_id is None

    window.set_view("reading")
    pane = window.reading.panes[0]
    words = "position paper"
    start = pane.article.text.index(words)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.position(start))
    cursor.setPosition(pane.position(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cursor)
    assert panel.span == (pane.article.id, start, start + len(words))
    panel.comment.setPlainText("neutral term")
    panel.note_button.click()
    assert [a.kind for a in lib.annotations(event_id)] == ["verdict", "note"]

    # Edit > Undo reaches the panel's stack; the export includes what is left.
    undo = next(a for a in window.edit_menu.actions() if a.text().startswith("Undo"))
    undo.trigger()
    assert [a.kind for a in lib.annotations(event_id)] == ["verdict"]
    assert [n["body"] for n in window.insights.exports.annotations()] == ["fair"]

    # Activating an annotation marks its words in the reading view.
    panel.tree.itemActivated.emit(panel.tree.topLevelItem(0), 0)
    flagged = next(p for p in window.reading.panes if p.article.id == flag.article)
    (marked,) = flagged.marked_text()
    assert marked.startswith(flag.text)  # the pane's mark also takes the flag's marker letter


def test_menus_offer_export_print_and_the_lexicon(opened: Any, lib: Library) -> None:
    window, _comp, _event = opened
    titles = [a.text() for a in window.file_menu.actions()]
    assert "&Export" in titles and "&Print…" in titles
    assert all(a.isEnabled() for a in window.insights.exports.actions.values())
    assert "&Tools" in [a.text() for a in window.menuBar().actions()]
    before = window.controller.engine_key()
    window.insights.act_lexicon.trigger()
    editor = window.insights.lexicon_editor
    assert isinstance(editor, LexiconEditor) and editor.library is lib
    editor.term.setText("bean-counters")
    editor.add_button.click()
    assert window.controller.engine_key() != before  # cached comparisons are not reused
    assert any(e.source == "user" for e in window.controller.lexicon().lookup("bean-counters"))
    editor.close()


def _overlined(pane: Any) -> str:
    """The words of a reading pane that carry the annotation overline."""
    doc = pane.text.document()
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().fontOverline():
                out.append(frag.text())
            it += 1
        block = block.next()
    return "".join(out)


def test_annotated_words_stay_marked_in_the_reading_view(opened: Any) -> None:
    window, comp, _event = opened
    model = window.insights.annotations.model
    daily = next(a for a in comp.articles if a.outlet == "The Daily Bugle")
    pane = next(p for p in window.reading.panes if p.article.id == daily.id)
    assert _overlined(pane) == ""
    start = daily.text.index("supposed framework")
    model.add_note(daily.id, start, start + len("supposed framework"), "Scare word?")
    assert _overlined(pane) == "supposed framework"
    window.reading.set_categories({"label"})  # the text is rebuilt; the note mark survives
    assert _overlined(pane) == "supposed framework"
    model.undo_stack.undo()
    assert _overlined(pane) == ""
