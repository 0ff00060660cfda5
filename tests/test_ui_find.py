"""Find (Ctrl+F) in every view: as the user types, with Next and Previous, and with a count."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.core.model import Comparison
from reader.ui.theme import colours
from ui_sample import DAILY, GAZETTE, WIRE, sample_comparison, sample_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    return sample_window(qtbot, tmp_path)


def open_find(qtbot: Any, window: Any, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, text)


def test_typing_stays_on_the_first_match_and_enter_moves_on(qtbot: Any, window: Any) -> None:
    """Each keystroke searches from where the current match starts, not after it: typing
    "Guangzhou" letter by letter ends on the first Guangzhou, not the ninth one along."""
    view = window.aligned
    open_find(qtbot, window, "Guangzhou")
    assert window.find_bar.status.text() == "1 of 3"
    assert view.find_match == (0, 0, WIRE.index("Guangzhou"))
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 0)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "2 of 3"
    assert view.find_match == (0, 1, DAILY.index("Guangzhou"))
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # round the end
    assert window.find_bar.status.text() == "1 of 3"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.find_match == (0, 2, GAZETTE.index("Guangzhou"))
    assert window.find_bar.status.text() == "3 of 3"


def test_typing_more_keeps_a_match_that_still_matches(qtbot: Any, window: Any) -> None:
    open_find(qtbot, window, "the")
    first = window.aligned.find_match
    assert first is not None
    qtbot.keyClicks(window.find_bar.edit, " F")  # "the F": the French president, same place
    assert window.aligned.find_match == first
    qtbot.keyClicks(window.find_bar.edit, "oo")
    assert window.find_bar.status.text() == "Not found"
    assert window.aligned.find_match is None


def test_the_count_leaves_out_hidden_outlets(qtbot: Any, window: Any) -> None:
    window.outlet_menu.actions()[1].setChecked(False)  # hide The Daily Bugle
    open_find(qtbot, window, "Guangzhou")
    assert window.find_bar.status.text() == "1 of 2"


def test_the_current_match_is_outlined_in_its_cell(qtbot: Any, window: Any) -> None:
    view = window.aligned
    open_find(qtbot, window, "Guangzhou")
    rect = view.visualRect(view.model().index(0, 1))

    def outline_pixels() -> int:
        image = view.viewport().grab(rect).toImage()
        ink = QColor(colours(False)["highlight"])
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if _near(QColor(image.pixel(x, y)), ink)
        )

    before = outline_pixels()  # the focus frame of the selected cell is that colour too
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # to the Daily's Guangzhou
    assert view.find_match is not None and view.find_match[:2] == (0, 1)
    qtbot.waitUntil(lambda: outline_pixels() > before + 40, timeout=2000)


def test_find_searches_the_reading_view_it_is_started_in(qtbot: Any, window: Any) -> None:
    window.set_view("reading")
    open_find(qtbot, window, "Guangzhou")
    assert window.tabs.currentWidget() is window.reading  # no jump to Aligned
    assert window.find_bar.status.text() == "1 of 3"
    assert window.reading.find_match == (
        0,
        WIRE.index("Guangzhou"),
        WIRE.index("Guangzhou") + len("Guangzhou"),
    )
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "2 of 3"
    daily = window.reading.panes[1]
    current = [
        s.cursor.selectedText()
        for s in daily.text.extraSelections()
        if s.format.background().color() == QColor(colours(False)["highlight"])
    ]
    assert current == ["Guangzhou"]
    # the claim highlight of the reading view is not what find marks
    assert daily.marked_text() == []
    # closing the bar clears the matches
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert all(p.text.extraSelections() == [] for p in window.reading.panes)


def test_switching_views_with_the_bar_open_finds_in_the_new_view(qtbot: Any, window: Any) -> None:
    open_find(qtbot, window, "summer")
    assert window.find_bar.status.text() == "1 of 2"
    window.set_view("reading")
    assert window.reading.find_match is not None
    assert window.find_bar.status.text() == "1 of 2"


def test_find_searches_the_overview_it_is_started_in(qtbot: Any, window: Any) -> None:
    overview = window.insights.overview
    window.set_view("overview")
    open_find(qtbot, window, "Xi")
    assert window.tabs.currentWidget() is overview  # no jump to Aligned
    assert window.find_bar.status.text() == "1 of 3"
    assert overview.headlines.selectedText() == "Xi"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "2 of 3"
    assert overview.actors_table.currentItem().text() == "Xi Jinping"
    # closing the bar clears the overview's match too
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert overview.find_match is None and overview.actors_table.selectedItems() == []


def test_a_view_that_cannot_search_hands_over_to_aligned(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    window.add_workspace_tab(QLabel("a chart"), "Chart")
    window.set_view("chart")
    open_find(qtbot, window, "summer")
    assert window.tabs.currentWidget() is window.aligned
    assert window.find_bar.status.text() == "1 of 2"
    # ... but going there with the bar open is the reader's choice: it is not undone
    window.set_view("chart")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Chart"


def test_find_in_a_single_article(qtbot: Any, window: Any) -> None:
    comp: Comparison = sample_comparison()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=())
    window.show_comparison(one)
    assert window.stack.currentWidget() is window.single
    open_find(qtbot, window, "dictator")
    assert window.find_bar.status.text() == "1 of 1"
    assert window.single.find_match == (
        0,
        DAILY.index("dictator"),
        DAILY.index("dictator") + len("dictator"),
    )


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )
