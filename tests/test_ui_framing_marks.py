"""View › Show Framing Marks (a clean copy to hand out), and exports and printing that follow the
legend."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from reader.core.export import CSV_ENCODING
from reader.core.model import Comparison
from reader.ui import export_actions, richtext
from reader.ui.mainwindow import MARKS_HIDDEN_TEXT
from ui_sample import sample_comparison, sample_window

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
    assert "View › Show Framing Marks" in win.status_label.text()
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
    comp = sample_comparison()
    daily = comp.article("daily")
    one = replace(
        comp,
        articles=(daily,),
        claims={"daily": comp.claims["daily"]},
        alignments=(),
        flags=comp.flags_of("daily"),
    )
    win.show_comparison(one)
    assert win.single.flags()
    win.set_marks_shown(False)
    assert win.single.flags() == [] and win.single.flag_list.count() <= 1
    win.set_marks_shown(True)
    assert len(win.single.flags()) == len(one.flags)


# -- exports and printing follow the legend ------------------------------------------------------


def stub_save(actions: Any, path: Path) -> list[str]:
    titles: list[str] = []

    def fake(_parent: Any, title: str, _start: str, _filter: str) -> tuple[str, str]:
        titles.append(title)
        return str(path), ""

    actions.save_file = fake
    return titles


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
    assert messages[-1] == "Saved report.html (without hidden flags: Hedge or scare word)"

    stub_save(exports, tmp_path / "flags.csv")
    rows = list(csv.DictReader(io.StringIO(exports.export("csv").read_text(CSV_ENCODING))))
    assert {r["id"] for r in rows} == {f.id for f in comp.flags} - {"f-hedge"}

    titles = stub_save(exports, tmp_path / "data.json")
    data = exports.export("json").read_text(encoding="utf-8")
    assert Comparison.from_dict(json.loads(data)) == comp  # the data contract: every flag
    assert "every flag" in titles[0] and "every flag" in exports.actions["json"].toolTip()
    assert messages[-1] == "Saved data.json"

    stub_save(exports, tmp_path / "report.pdf")
    pdf = exports.export("pdf")
    text = " ".join(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(pdf).pages).split())
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
    assert calls[-1]["categories"] >= {"label", "hedge", "opinion"}
    assert messages[-1] == "Sent the report to the printer."
    win.legend.set_category("opinion", False)
    assert exports.print_()
    assert "opinion" not in calls[-1]["categories"] and "label" in calls[-1]["categories"]
    assert messages[-1] == (
        "Sent the report to the printer (without hidden flags: Unattributed opinion)."
    )
