"""The current flag in the reading and single-article views: a mark clicked in an article's text
becomes the current flag as a click in the aligned view makes it (outlined, explained, its claim
selected), and F8 / Shift+F8 go on from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.ui import richtext
from ui_sample import DAILY, sample_comparison, sample_window

pytestmark = pytest.mark.gui


def pane_of(window: Any, article_id: str) -> Any:
    return next(p for p in window.reading.panes if p.article.id == article_id)


def point_of(pane: Any, words: str) -> QPoint:
    """The middle of the first character of ``words`` in a pane's text, in viewport pixels."""
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.position(pane.article.text.index(words)) + 1)
    return pane.text.cursorRect(cursor).center()


def click(qtbot: Any, pane: Any, words: str) -> None:
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point_of(pane, words))


def outline_at(pane: Any, words: str) -> int:
    """Pixels round ``words`` (where the view is scrolled now) that the current flag's outline
    paints: those that change when the text is drawn without it."""
    rect = around(pane, words)
    shown = pane.text.viewport().grab().toImage()
    kept = pane.text.outlined
    pane.text.outlined = []
    bare = pane.text.viewport().grab().toImage()
    pane.text.outlined = kept
    return sum(
        1
        for x in range(max(rect.left(), 0), min(rect.right(), shown.width()))
        for y in range(max(rect.top(), 0), min(rect.bottom(), shown.height()))
        if shown.pixel(x, y) != bare.pixel(x, y)
    )


def outlined_words(pane: Any) -> list[str]:
    """The words (and marker letters) the pane outlines as the current flag's, as a reader sees
    them: the outline goes round the invisible room a marker letter is drawn in too."""
    text = pane.text.document().toPlainText()
    return [text[s:e].replace(richtext.MARKER_JOINER, "") for s, e in pane.text.outlined]


def around(pane: Any, words: str) -> QRect:
    """A box a few pixels larger than ``words`` as laid out (an outline goes round them)."""
    start = pane.position(pane.article.text.index(words))
    a, b = QTextCursor(pane.text.document()), QTextCursor(pane.text.document())
    a.setPosition(start)
    b.setPosition(start + len(words))
    left, right = pane.text.cursorRect(a), pane.text.cursorRect(b)
    return QRect(left.topLeft(), right.bottomRight()).adjusted(-5, -4, 5, 4)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = sample_window(qtbot, tmp_path)
    win.set_view("reading")
    QApplication.processEvents()
    return win


def test_a_mark_clicked_in_the_reading_text_becomes_the_current_flag(
    qtbot: Any, window: Any
) -> None:
    daily = pane_of(window, "daily")
    assert outlined_words(daily) == []
    with qtbot.waitSignal(window.reading.flagClicked, timeout=1000) as blocker:
        click(qtbot, daily, "supposed")
    assert blocker.args == ["f-hedge"]
    # current, as a click in the aligned view makes it: outlined there and here, explained
    assert window.aligned.current_flag == "f-hedge"
    assert outlined_words(daily) == ["supposedH"]  # the words and their letter
    assert outline_at(daily, "supposed") > 20
    assert "casts doubt on the framework" in window.details.text()
    # its claim is selected, and highlighted in every column
    row = window.aligned.aligned_model.rows[window.aligned.currentIndex().row()]
    assert row.alignment is not None and row.alignment.id == "g1"
    wire = pane_of(window, "wire")
    assert wire.marked_text() == ["The two leaders discussed a 12-point position paper on the war."]
    # F8 goes on from the clicked flag, not from the top; Shift+F8 comes back to it
    ids = [o[3] for o in window.aligned.flag_order()]
    following = ids[ids.index("f-hedge") + 1]
    assert ids.index("f-hedge") > 0
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == following
    assert outlined_words(daily) == ["claimedV"]  # the outline moved on
    assert outline_at(daily, "claimed") > 20
    window.act_prev_flag.trigger()
    assert window.aligned.current_flag == "f-hedge" and outlined_words(daily) == ["supposedH"]
    # the legend hides the flag, and its outline with it; shown again, both come back
    window.legend.set_category("hedge", False)
    assert daily.text.outlined == []
    window.legend.set_category("hedge", True)
    assert outlined_words(daily) == ["supposedH"] and outline_at(daily, "supposed") > 20


def test_only_the_current_flag_is_outlined_and_a_plain_click_leaves_it(
    qtbot: Any, window: Any
) -> None:
    daily = pane_of(window, "daily")
    click(qtbot, daily, "dictator")
    assert window.aligned.current_flag == "f-label"
    outlined = [p.article.id for p in window.reading.panes if p.text.outlined]
    assert outlined == ["daily"]
    text = daily.text.document().toPlainText()
    (start, end), *_rest = daily.text.outlined
    assert text[start:end].startswith("Chinese dictator")
    # a click on words no flag covers selects their claim, and the flag is current no more
    click(qtbot, pane_of(window, "gazette"), "position paper")
    assert window.aligned.current_flag is None
    assert all(p.text.outlined == [] for p in window.reading.panes)
    # F8 from the claim selected: its own flags come first
    click(qtbot, daily, "two men")
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"


def test_a_plain_click_selects_the_claim_in_the_clicked_articles_column(
    qtbot: Any, window: Any
) -> None:
    """The claim is selected in the outlet clicked, not the first outlet carrying it: F8 then
    goes on from the Gazette's cell, past the Daily Bugle's flag to its left in the row."""
    click(qtbot, pane_of(window, "gazette"), "position paper")
    index = window.aligned.currentIndex()
    assert (index.row(), index.column()) == (1, 2)
    click(qtbot, pane_of(window, "wire"), "12-point")
    index = window.aligned.currentIndex()
    assert (index.row(), index.column()) == (1, 0)
    click(qtbot, pane_of(window, "gazette"), "position paper")
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-verb"  # the next row's, not the row's "supposed"
    click(qtbot, pane_of(window, "gazette"), "position paper")
    window.act_prev_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"  # the one before the Gazette's cell


def _scrolling_daily(window: Any) -> tuple[Any, Any]:
    """The Daily's reading pane and its scroll bar, the text set large enough to scroll."""
    window.apply_font_size(26)
    window.resize(900, 400)
    QApplication.processEvents()
    daily = pane_of(window, "daily")
    bar = daily.text.verticalScrollBar()
    if bar.maximum() == 0:
        pytest.skip("the text is too short to scroll at this size")
    return daily, bar


def test_a_click_on_a_mark_leaves_the_text_where_it_is(qtbot: Any, window: Any) -> None:
    daily, bar = _scrolling_daily(window)
    # "claimed" near the bottom of the view: selecting its claim would scroll it up to a third
    bar.setValue(0)
    while point_of(daily, "claimed").y() > daily.text.viewport().height() - 40:
        bar.setValue(bar.value() + 10)
    QApplication.processEvents()
    before = bar.value()
    click(qtbot, daily, "claimed")
    assert window.aligned.current_flag == "f-verb"
    assert bar.value() == before
    # F8 from the aligned view, with this view hidden, still brings the next flag into sight
    window.set_view("aligned")
    window.act_next_flag.trigger()
    window.set_view("reading")
    QApplication.processEvents()
    flag = window.aligned.current_flag
    assert flag is not None and flag != "f-verb"
    (start, _end), *_rest = daily.text.outlined
    cursor = QTextCursor(daily.text.document())
    cursor.setPosition(start)
    assert daily.text.viewport().rect().contains(daily.text.cursorRect(cursor))


def test_a_single_articles_flag_clicked_in_its_text_is_outlined_and_f8_goes_on(
    qtbot: Any, tmp_path: Path
) -> None:
    comp = sample_comparison()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one)
    QApplication.processEvents()
    single = window.single
    pane = single.pane
    assert pane is not None
    assert DAILY.index("supposed") > 0
    click(qtbot, pane, "supposed")
    assert single.flag_list.currentItem().data(Qt.ItemDataRole.UserRole) == "f-hedge"
    assert "casts doubt on the framework" in window.details.text()
    assert outlined_words(pane) == ["supposedH"] and outline_at(pane, "supposed") > 20
    listed = [
        single.flag_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(single.flag_list.count())
    ]
    window.act_next_flag.trigger()
    assert single.selected_flag == listed[listed.index("f-hedge") + 1] == "f-verb"
    assert outlined_words(pane) == ["claimedV"]  # the outline went with it


def test_a_theme_switch_keeps_the_outline_the_claim_and_each_columns_place(
    qtbot: Any, window: Any
) -> None:
    window.theme_actions["light"].trigger()
    daily, bar = _scrolling_daily(window)
    while point_of(daily, "claimed").y() > daily.text.viewport().height() // 2:
        bar.setValue(bar.value() + 10)
    click(qtbot, daily, "claimed")
    places = [p.text.verticalScrollBar().value() for p in window.reading.panes]
    marked = [p.marked_text() for p in window.reading.panes]
    assert places[1] > 0 and marked[1]
    window.theme_actions["dark"].trigger()
    QApplication.processEvents()
    assert daily.text.dark
    assert outlined_words(daily) == ["claimedV"] and outline_at(daily, "claimed") > 20
    assert window.aligned.current_flag == "f-verb"
    assert [p.text.verticalScrollBar().value() for p in window.reading.panes] == places
    assert [p.marked_text() for p in window.reading.panes] == marked
    window.theme_actions["light"].trigger()
