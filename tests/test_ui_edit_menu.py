"""Edit › Copy and Select All (Ctrl+C, Ctrl+A) on whatever has the focus: an article's text copies
the outlet's words without the view's marker letters, the aligned view copies its selected rows
as plain text (a line per row, a tab between outlets), and the actions are enabled only when they
can act."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from ui_sample import DAILY, hide_outlet, one_article, sample_window

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = sample_window(qtbot, tmp_path)
    win.show()
    qtbot.waitExposed(win)
    QGuiApplication.clipboard().setText("(before)")
    return win


def focus(widget: Any) -> None:
    widget.setFocus()
    QApplication.processEvents()


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def row_line(window: Any, row: int, outlets: list[str] | None = None) -> str:
    """A row of the aligned view as Copy should write it: each shown outlet's claims in its
    column, tab-separated (an outlet with no claim there gives an empty field)."""
    comp = window.comparison
    model = window.aligned.aligned_model
    ids = outlets if outlets is not None else [a.id for a in comp.articles]
    fields = []
    for art in ids:
        claims = model.rows[row].cells.get(art, ())
        fields.append(" ".join(" ".join(c.text for c in claims).split()))
    return "\t".join(fields)


def test_the_edit_menu_has_copy_and_select_all_with_their_keys(window: Any) -> None:
    texts = [a.text().replace("&", "") for a in window.edit_menu.actions()]
    assert texts.index("Copy") < texts.index("Select All") < texts.index("Find…")
    assert texts.index("Redo") < texts.index("Copy")
    assert window.act_copy.shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    assert window.act_select_all.shortcut() == QKeySequence(QKeySequence.StandardKey.SelectAll)


def test_ctrl_c_in_the_aligned_view_copies_the_selected_row(qtbot: Any, window: Any) -> None:
    view = window.aligned
    focus(view)
    assert not window.act_copy.isEnabled()  # nothing selected yet
    assert window.act_select_all.isEnabled()
    view.setCurrentIndex(view.model().index(1, 1))
    assert window.act_copy.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert clipboard() == row_line(window, 1)
    assert "\t" in clipboard() and "\n" not in clipboard()


def test_ctrl_a_then_ctrl_c_copies_every_row_of_the_outlets_shown(qtbot: Any, window: Any) -> None:
    hide_outlet(window, "Gazette")
    view = window.aligned
    focus(view)
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    shown = [a.id for a in window.comparison.articles if a.outlet != "Gazette"]
    rows = range(view.model().rowCount())
    assert clipboard().split("\n") == [row_line(window, r, shown) for r in rows]
    assert "Xi Jinping hosted Emmanuel Macron" not in clipboard()  # the hidden Gazette's


def test_copy_from_an_article_gives_its_words_without_marker_letters(
    qtbot: Any, window: Any
) -> None:
    window.set_view("reading")
    pane = next(p for p in window.reading.panes if p.article.text == DAILY)
    focus(pane.text)
    assert not window.act_copy.isEnabled() and window.act_select_all.isEnabled()
    qtbot.keyClick(pane.text, Qt.Key.Key_A, CTRL)
    assert window.act_copy.isEnabled()
    qtbot.keyClick(pane.text, Qt.Key.Key_C, CTRL)
    assert clipboard() == DAILY
    # a few words across a flag's end, whose letter the view writes after "dictator"
    start = DAILY.index("Chinese dictator")
    end = DAILY.index(" met")
    cursor = pane.text.textCursor()
    cursor.setPosition(pane.position(start))
    cursor.setPosition(pane.position(end), QTextCursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cursor)
    assert cursor.selectedText() != DAILY[start:end]  # the document has the letter in it
    window.act_copy.trigger()  # Edit › Copy, as from the menu
    assert clipboard() == "Chinese dictator Xi Jinping"


def select_text(edit: Any, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_copy_from_the_details_gives_the_wording_without_marker_letters(
    qtbot: Any, window: Any
) -> None:
    window.aligned.select_row(0)  # the claim with "Chinese dictator", a label
    browser = window.details.browser
    shown = browser.toPlainText()
    assert "Chinese dictatorL Xi Jinping" in shown  # the panel writes the letter after the flag
    start = shown.index("Chinese dictator")
    select_text(browser, start, start + len("Chinese dictatorL Xi Jinping"))
    focus(browser)
    qtbot.keyClick(browser, Qt.Key.Key_C, CTRL)
    assert clipboard() == "Chinese dictator Xi Jinping"
    qtbot.keyClick(browser, Qt.Key.Key_A, CTRL)
    window.act_copy.trigger()
    everything = clipboard()
    assert DAILY.split(". ")[0] + "." in everything.split("\n")  # the Daily's line, as written
    assert everything == shown.replace("dictatorL", "dictator")  # nothing else is left out


def test_an_articles_paragraphs_copy_as_written(qtbot: Any, window: Any) -> None:
    """A selection across paragraphs and flags is the article's text itself, its line breaks
    included: the letters are all a copy leaves out."""
    window.set_view("reading")
    pane = window.reading.panes[0]
    text = "Officials said the levy was a disgrace.\n\nA shameful vote, critics said."
    flags = [
        replace(f, article=pane.article.id, start=text.index(w), end=text.index(w) + len(w))
        for f, w in zip(window.comparison.flags[-2:], ("disgrace", "shameful"), strict=True)
    ]
    pane.article = replace(pane.article, text=text)
    pane.fill(flags, False, pane.text.font())
    assert pane.text.toPlainText() != text  # the letters are in the document
    focus(pane.text)
    window.act_select_all.trigger()
    window.act_copy.trigger()
    assert clipboard() == text
    select_text(pane.text, pane.position(text.index("levy")), pane.position(text.index(" vote")))
    window.act_copy.trigger()
    assert clipboard() == "levy was a disgrace.\n\nA shameful"


def test_the_actions_follow_the_focus(qtbot: Any, window: Any) -> None:
    focus(window.details.browser)
    assert window.act_select_all.isEnabled()
    window.act_select_all.trigger()
    assert window.act_copy.isEnabled()
    window.act_copy.trigger()
    assert clipboard() == window.details.browser.toPlainText()
    focus(window.tabs.tabBar())  # nothing there to copy or select
    assert not window.act_copy.isEnabled() and not window.act_select_all.isEnabled()
    window.act_copy.trigger()
    assert clipboard() == window.details.browser.toPlainText()  # left as it was


def test_a_new_comparison_leaves_no_stale_target(qtbot: Any, window: Any) -> None:
    """The reading pane in focus is deleted with its comparison: the actions have nothing to act
    on until the focus lands somewhere again."""
    window.set_view("reading")
    focus(window.reading.panes[0].text)
    window.act_select_all.trigger()
    assert window.act_copy.isEnabled()
    window.show_comparison(None)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, 0)  # the panes' deleteLater
    window.act_copy.trigger()  # no crash on a deleted widget
    assert clipboard() == "(before)"


def test_the_single_articles_flag_list_copies_its_lines(qtbot: Any, window: Any) -> None:
    window.show_comparison(one_article(window.comparison, "daily"))
    flags = window.single.flag_list
    focus(flags)
    flags.setCurrentRow(1)
    qtbot.keyClick(flags, Qt.Key.Key_C, CTRL)
    assert clipboard() == flags.item(1).text()
    qtbot.keyClick(flags, Qt.Key.Key_A, CTRL)
    window.act_copy.trigger()
    assert clipboard().split("\n") == [flags.item(i).text() for i in range(flags.count())]
