"""View › Show Framing Marks (a clean copy to hand out), and exports and printing that follow the
legend."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from pdf_text import pdf_text
from reader.core.export import CSV_ENCODING
from reader.core.model import Comparison
from reader.ui import export_actions, richtext
from reader.ui.legend import QUOTED
from reader.ui.notices import MARKS_HIDDEN_TEXT
from ui_sample import (
    make_window,
    one_article,
    quoted_comparison,
    sample_comparison,
    sample_window,
    stub_save,
)

pytestmark = pytest.mark.gui


def aligned_flags(win: Any) -> set[str]:
    """Every flag the aligned view draws in its cells."""
    model = win.aligned.aligned_model
    return {
        f.id
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for f in model.cell(r, c).flags
    }


def reading_flags(win: Any, comp: Comparison) -> set[str]:
    """Every flag marked in the reading view's texts."""
    drawn = set()
    for pane in win.reading.panes:
        doc = pane.text.document()
        for f in comp.flags_of(pane.article.id):
            if richtext.property_ranges(doc, richtext.FLAG_PROPERTY, f.id):
                drawn.add(f.id)
    return drawn


def test_show_framing_marks_hides_every_mark_and_keeps_the_legend(
    qtbot: Any, tmp_path: Path
) -> None:
    win = sample_window(qtbot, tmp_path)
    comp = win.comparison
    act = win.act_marks
    assert act.isCheckable() and act.isChecked()
    assert act in win.view_menu.actions()
    assert act.shortcut() == QKeySequence("Ctrl+Shift+M")
    # no other action of the window answers the same keys
    keys = [a.shortcut() for a in win.findChildren(QAction) if a is not act]
    assert QKeySequence("Ctrl+Shift+M") not in keys
    win.legend.set_category("hedge", False)  # the user's own choice
    everything_but_hedge = {f.id for f in comp.flags} - {"f-hedge"}
    assert aligned_flags(win) == everything_but_hedge
    assert reading_flags(win, comp) == everything_but_hedge

    act.trigger()  # a clean copy
    assert aligned_flags(win) == set() and reading_flags(win, comp) == set()
    # the legend keeps its choices but greys them, and it and the status bar say so
    chips = win.legend.chips
    assert not chips["hedge"].isChecked() and chips["label"].isChecked()
    assert not any(b.isEnabled() for b in (*chips.values(), win.legend.quoted_chip))
    assert win.legend.marks_note.isVisible() and "hidden" in win.legend.marks_note.text()
    assert win.marks_hidden_label.isVisible()
    assert win.marks_hidden_label.text() == MARKS_HIDDEN_TEXT
    assert not win.filter_menu.isEnabled()
    win.go_flag(True)  # F8 says why it finds nothing
    assert "View › Show Framing Marks" in win.statusBar().currentMessage()
    # the details panel explains no hidden flag either
    win.flag_selected("f-label")
    assert "calls Xi Jinping a dictator" not in win.details.browser.toPlainText()

    act.trigger()  # marks back: exactly those the legend chose
    assert aligned_flags(win) == everything_but_hedge
    assert reading_flags(win, comp) == everything_but_hedge
    assert all(b.isEnabled() for b in chips.values()) and win.filter_menu.isEnabled()
    assert not win.legend.marks_note.isVisible() and not win.marks_hidden_label.isVisible()
    assert not win.category_actions["hedge"].isChecked()


def test_the_note_in_the_legend_and_the_shortcut_bring_marks_back(
    qtbot: Any, tmp_path: Path
) -> None:
    win = sample_window(qtbot, tmp_path)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win.aligned, Qt.Key.Key_M, ctrl_shift)
    assert not win.marks_shown() and aligned_flags(win) == set()
    qtbot.mouseClick(win.legend.marks_note, Qt.MouseButton.LeftButton)
    assert win.marks_shown() and win.act_marks.isChecked()
    assert aligned_flags(win) == {f.id for f in win.comparison.flags}


def test_a_single_article_is_clean_too(qtbot: Any, tmp_path: Path) -> None:
    win = sample_window(qtbot, tmp_path)
    one = one_article(sample_comparison(), "daily")
    win.show_comparison(one)
    assert win.single.flags()
    win.set_marks_shown(False)
    assert win.single.flags() == [] and win.single.flag_list.count() <= 1
    win.set_marks_shown(True)
    assert len(win.single.flags()) == len(one.flags)


def test_the_notes_that_name_the_marks_key_name_the_actions_key(qtbot: Any, tmp_path: Path) -> None:
    """The legend's note, the status bar's tip, the Overview's clean-copy note and the single
    article's note said a hand-written "Ctrl+Shift+M": Cmd on a Mac, and wrong for any other
    key. Each now reads the key from View › Show Framing Marks itself, as this system writes it."""
    from reader.ui.dialogs import key_names

    win = sample_window(qtbot, tmp_path)
    overview = next(v for v in win.extra_views if hasattr(v, "summary"))
    act = win.act_marks

    def texts() -> list[str]:
        """Every text outside the menus and the Help that names the key, while marks are off."""
        return [
            win.legend.marks_note.text(),
            win.legend.marks_note.toolTip(),
            win.marks_hidden_label.toolTip(),
            overview.summary.text(),
        ]

    act.trigger()  # a clean copy
    native = key_names(act)
    assert native and all(native in text for text in texts())
    act.setShortcut(QKeySequence("Ctrl+Alt+K"))
    changed = key_names(act)
    assert changed != native
    assert all(changed in text and native not in text for text in texts())
    one = one_article(sample_comparison(), "daily")
    win.show_comparison(one)
    note = win.single.flag_list.item(0).text()
    assert note.startswith("Framing marks are hidden") and f"({changed})" in note
    # with no key at all, the notes say where the command is and name no key
    act.setShortcut(QKeySequence())
    note = win.single.flag_list.item(0).text()
    assert "()" not in note and note.endswith("View › Show Framing Marks shows them.")
    assert all("()" not in text and changed not in text for text in texts())
    assert win.legend.marks_note.text() == "Framing marks hidden · Show them"


def shaded_pixels(win: Any) -> dict[str, int]:
    """How many pixels of the aligned view are painted in the tint of different wording (its
    shading and the "reworded" captions) and in the grey of the "Only in …" bars."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from reader.core.palette import style_for
    from reader.ui.theme import colours

    QApplication.processEvents()
    image = win.aligned.viewport().grab().toImage()
    wanted = {
        "diff": QColor(colours(False)["diff"]).rgb(),
        "only": QColor(style_for("unique-claim").colour).rgb(),
    }
    counts = dict.fromkeys(wanted, 0)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            counts["diff"] += image.pixel(x, y) == wanted["diff"]
    # The bar runs down a cell's left edge (text may be anti-aliased to any grey).
    view = win.aligned
    for r in range(view.model().rowCount()):
        for c in range(view.model().columnCount()):
            rect = view.visualRect(view.model().index(r, c))
            if rect.intersects(view.viewport().rect()):
                x, y = rect.left() + 1, min(rect.center().y(), image.height() - 1)
                counts["only"] += image.pixel(x, y) == wanted["only"]
    return counts


def test_a_clean_copy_shades_no_wording_and_bars_no_claim(qtbot: Any, tmp_path: Path) -> None:
    """With View › Show Framing Marks off the aligned view is as clean as the reading view:
    no flag, no shaded or heavier words, no "reworded" caption and no "Only in …" bar, which
    gave the exercise's answers away. The rows stay lined up as they were, and Details says
    nothing of flags, not even how many are hidden in a claim."""
    win = sample_window(qtbot, tmp_path)
    win.resize(1400, 900)
    win.set_view("aligned")
    model = win.aligned.aligned_model
    every = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    spans = [model.cell_spans(r, c) for r, c in every]
    empty = [model.cell(r, c).empty_text for r, c in every if model.cell(r, c).empty]
    cells = [model.cell(r, c) for r, c in every]
    assert any(c.diffs for c in cells) and any(c.unique for c in cells)
    assert any(c.caption.startswith("Only in") for c in cells)
    marked = shaded_pixels(win)
    assert marked["diff"] > 0 and marked["only"] > 0

    win.act_marks.trigger()
    cells = [model.cell(r, c) for r, c in every]
    assert not any(c.diffs or c.reworded or c.unique or c.caption or c.flags for c in cells)
    assert shaded_pixels(win) == {"diff": 0, "only": 0}
    # ... lined up and readable as before: the same claims in the same cells
    assert [model.cell_spans(r, c) for r, c in every] == spans
    assert [model.cell(r, c).empty_text for r, c in every if model.cell(r, c).empty] == empty
    # Details: each outlet's words, plain; nothing said of flags, reworded or "Only in"
    only = next(r for r in range(model.rowCount()) if model.rows[r].is_unique)
    for row in (0, only):
        win.aligned.select_row(row)
        text = win.details.text()
        assert "The Daily Bugle" in text
        for tell in ("Only in", "reworded", "hidden", "flag", "Flag"):
            assert tell not in text, (row, tell)
    assert "described by" not in win.details.actors.item(0).text()
    # F7 does not walk the differences a clean copy keeps back
    win.aligned.select_row(0)
    win.act_next_diff.trigger()
    assert win.aligned.currentIndex().row() == 0
    assert "View › Show Framing Marks" in win.statusBar().currentMessage()

    win.act_marks.trigger()
    again = shaded_pixels(win)
    assert again["diff"] > 0 and again["only"] == marked["only"]
    assert any(model.cell(r, c).caption.startswith("Only in") for r, c in every)
    assert "described by" in win.details.actors.item(0).text()


def test_a_clean_legend_is_one_note_that_brings_the_marks_back(qtbot: Any, tmp_path: Path) -> None:
    """Marks off, the legend holds no key to marks it does not draw: one note, which says how
    to bring them back (and does, clicked); the chips return with their choices."""
    win = sample_window(qtbot, tmp_path)
    strip = win.legend
    strip.set_category("hedge", False)
    win.act_marks.trigger()
    chips = [strip.diff_chip, *strip.chips.values(), strip.quoted_chip]
    assert all(c.isHidden() and not c.isEnabled() for c in chips)
    assert strip.marks_note.isVisible() and strip.lines() == 1
    assert "Ctrl+Shift+M" in strip.marks_note.text() and "Show" in strip.marks_note.text()
    qtbot.mouseClick(strip.marks_note, Qt.MouseButton.LeftButton)
    assert win.marks_shown() and strip.marks_note.isHidden()
    assert not strip.chips["hedge"].isHidden() and not strip.chips["hedge"].isChecked()
    assert strip.chips["label"].isChecked() and not strip.diff_chip.isHidden()


def test_the_difference_key_is_a_toggle_like_the_other_chips(qtbot: Any, tmp_path: Path) -> None:
    """The legend's "Different wording" chip (and View › Show Flags › Different wording) hides
    the shading and the "reworded" captions, as a category chip hides its marks."""
    win = sample_window(qtbot, tmp_path)
    model = win.aligned.aligned_model
    action = win.category_actions["differences"]
    assert action in win.filter_menu.actions() and action.isChecked()
    qtbot.mouseClick(win.legend.diff_chip, Qt.MouseButton.LeftButton)
    assert not win.legend.diff_chip.isChecked() and not action.isChecked()
    cells = [model.cell(r, c) for r in range(model.rowCount()) for c in range(3)]
    assert not any(c.diffs or c.reworded for c in cells)
    assert any(c.flags for c in cells) and any(c.unique for c in cells)  # the rest stays
    assert shaded_pixels(win)["diff"] == 0
    action.trigger()  # the menu brings it back, and the chip follows
    assert win.legend.diff_chip.isChecked()
    assert any(model.cell(r, c).diffs for r in range(model.rowCount()) for c in range(3))


def test_a_single_article_says_its_marks_are_hidden(qtbot: Any, tmp_path: Path) -> None:
    win = sample_window(qtbot, tmp_path)
    one = one_article(sample_comparison(), "daily")
    win.show_comparison(one)
    win.set_marks_shown(False)
    only = win.single.flag_list.item(0)
    assert win.single.flag_list.count() == 1 and "Show Framing Marks" in only.text()
    win.set_marks_shown(True)
    assert win.single.flag_list.count() == len(one.flags)


# -- exports and printing follow the legend ------------------------------------------------------


def test_exports_hold_only_the_categories_shown(qtbot: Any, tmp_path: Path) -> None:
    win = sample_window(qtbot, tmp_path)
    comp = win.comparison
    exports = win.insights.exports
    messages: list[str] = []
    exports.message.connect(messages.append)
    win.legend.set_category("hedge", False)

    stub_save(exports, tmp_path / "report.html")
    page = exports.export("html").read_text(encoding="utf-8")
    assert "casts doubt on the framework" not in page  # the hedge's explanation
    assert "calls Xi Jinping a dictator" in page
    assert "hidden: Hedge or scare word." in page
    assert messages[-1] == (
        f"Saved report.html in {tmp_path.name} (without hidden flags: Hedge or scare word)"
    )

    stub_save(exports, tmp_path / "flags.csv")
    rows = list(csv.DictReader(io.StringIO(exports.export("csv").read_text(CSV_ENCODING))))
    assert {r["id"] for r in rows} == {f.id for f in comp.flags} - {"f-hedge"}

    titles = stub_save(exports, tmp_path / "data.json")
    data = exports.export("json").read_text(encoding="utf-8")
    assert Comparison.from_dict(json.loads(data)) == comp  # the data contract: every flag
    assert "every flag" in titles[0] and "every flag" in exports.actions["json"].toolTip()
    assert messages[-1] == f"Saved data.json in {tmp_path.name}"

    stub_save(exports, tmp_path / "report.pdf")
    pdf = exports.export("pdf")
    text = pdf_text(pdf)
    assert "hidden: Hedge or scare word." in text
    assert "casts doubt" not in text and "calls Xi Jinping a dictator" in text

    # with every mark hidden the report keeps the articles and flags nothing
    win.set_marks_shown(False)
    stub_save(exports, tmp_path / "clean.html")
    clean = exports.export("html").read_text(encoding="utf-8")
    assert "No framing was flagged." in clean and "<mark" not in clean
    assert "hidden: Label or epithet, Loaded word" in clean
    assert "shameful betrayal of Ukraine" in clean


def test_print_follows_the_legend(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = sample_window(qtbot, tmp_path)
    exports = win.insights.exports
    calls: list[dict[str, Any]] = []

    def fake_print(c: Comparison, **kw: Any) -> bool:
        calls.append(kw)
        return True

    monkeypatch.setattr(export_actions, "print_report", fake_print)
    messages: list[str] = []
    exports.message.connect(messages.append)
    assert exports.print_()
    assert calls[-1]["shown"] == win.flag_filter()  # the filter the views draw with
    assert calls[-1]["shown"].categories >= {"label", "hedge", "opinion"}
    assert messages[-1] == "Sent the report to the printer."
    win.legend.set_category("opinion", False)
    assert exports.print_()
    shown = calls[-1]["shown"]
    assert "opinion" not in shown.categories and "label" in shown.categories and shown.quoted
    assert messages[-1] == (
        "Sent the report to the printer (without hidden flags: Unattributed opinion)."
    )
    win.legend.set_category(QUOTED, False)
    assert exports.print_()
    assert not calls[-1]["shown"].quoted
    assert messages[-1] == (
        "Sent the report to the printer"
        " (without hidden flags: Unattributed opinion; without speakers’ words)."
    )


def test_exports_leave_out_speakers_words_when_the_legend_hides_them(
    qtbot: Any, tmp_path: Path
) -> None:
    win = make_window(qtbot, tmp_path)
    win.show_comparison(quoted_comparison())
    exports = win.insights.exports
    messages: list[str] = []
    exports.message.connect(messages.append)
    win.legend.set_category(QUOTED, False)
    assert not win.flag_filter().quoted

    titles = stub_save(exports, tmp_path / "report.html")
    page = exports.export("html").read_text(encoding="utf-8")
    assert "suggests the statement may be false" not in page  # the quoted verb's explanation
    assert "calls Xi Jinping a dictator" in page  # the outlet's own words stay
    assert "Critics claimed" in page  # the sentence itself stays, unmarked
    assert "Speakers’ words hidden: flags inside quotations" in page
    assert titles[-1] == "Export as HTML (without speakers’ words)"
    assert messages[-1] == f"Saved report.html in {tmp_path.name} (without speakers’ words)"

    stub_save(exports, tmp_path / "flags.csv")
    rows = list(csv.DictReader(io.StringIO(exports.export("csv").read_text(CSV_ENCODING))))
    assert {r["id"] for r in rows} == {f.id for f in win.comparison.flags} - {"f-verb"}
    assert all(r["quoted"] == "no" for r in rows)

    stub_save(exports, tmp_path / "report.pdf")
    pdf = exports.export("pdf")
    text = pdf_text(pdf)
    assert "words hidden: flags inside quotations" in text
    assert "suggests the statement" not in text and "calls Xi Jinping a dictator" in text

    stub_save(exports, tmp_path / "data.json")
    data = json.loads(exports.export("json").read_text(encoding="utf-8"))
    assert Comparison.from_dict(data) == win.comparison  # JSON keeps speakers' words too

    # Switched on again, the report holds them, drawn as quoted, and says nothing is left out.
    win.legend.set_category(QUOTED, True)
    stub_save(exports, tmp_path / "again.html")
    again = exports.export("html").read_text(encoding="utf-8")
    assert "suggests the statement may be false" in again and "flag c-attribution quoted" in again
    assert "Speakers’ words hidden" not in again
    assert messages[-1] == f"Saved again.html in {tmp_path.name}"


def test_fragments_walk_every_run_of_a_format_in_document_order(qapp: Any) -> None:
    """The one walk the marks, the outlines and the printout share: each run of one format,
    across paragraphs, with its position in the document."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

    doc = QTextDocument()
    cursor = QTextCursor(doc)
    bold = QTextCharFormat()
    bold.setFontWeight(700)
    cursor.insertText("Plain ")
    cursor.insertText("bold", bold)
    cursor.insertText(" tail", QTextCharFormat())
    cursor.insertBlock()
    cursor.insertText("second", bold)
    runs = [(f.position(), f.text()) for f in richtext.fragments(doc)]
    assert runs == [(0, "Plain "), (6, "bold"), (10, " tail"), (16, "second")]
    assert [f.text() for f in richtext.fragments(QTextDocument())] == []
