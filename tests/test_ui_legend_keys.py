"""The legend is one tab stop: the arrow keys move between its chips, as in a toolbar."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reader.ui.legend import LegendStrip

pytestmark = pytest.mark.gui


@pytest.fixture
def strip(qtbot: Any) -> LegendStrip:
    s = LegendStrip()
    qtbot.addWidget(s)
    s.show()
    qtbot.waitExposed(s)
    return s


def tab_stops(strip: LegendStrip) -> list[Any]:
    return [c for c in strip.reachable_chips() if c.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_tab_stops_once_in_the_legend_however_many_chips(strip: LegendStrip) -> None:
    assert len(strip.reachable_chips()) > 5  # the walk counted 11
    assert tab_stops(strip) == [strip.reachable_chips()[0]]


def test_arrows_move_focus_and_the_tab_stop_between_chips(qtbot: Any, strip: LegendStrip) -> None:
    chips = strip.reachable_chips()
    chips[0].setFocus()
    qtbot.keyClick(chips[0], Qt.Key.Key_Right)
    assert chips[1].hasFocus() and tab_stops(strip) == [chips[1]]
    qtbot.keyClick(chips[1], Qt.Key.Key_Left)
    assert chips[0].hasFocus()
    qtbot.keyClick(chips[0], Qt.Key.Key_Left)  # wraps round to the last
    assert chips[-1].hasFocus() and tab_stops(strip) == [chips[-1]]
    qtbot.keyClick(chips[-1], Qt.Key.Key_Home)
    assert chips[0].hasFocus()
    qtbot.keyClick(chips[0], Qt.Key.Key_End)
    assert chips[-1].hasFocus()
    # Space still toggles the chip in focus, and every chip keeps its accessible name.
    qtbot.keyClick(chips[-1], Qt.Key.Key_Space)
    assert not chips[-1].isChecked()
    assert all(c.accessibleName().startswith("Show ") for c in strip.all_chips())


def test_the_tab_stop_leaves_a_chip_that_hides(strip: LegendStrip) -> None:
    chips = strip.reachable_chips()
    chips[0].setFocus()
    strip.show_difference_key(False)  # one article: the first chip, the difference key, hides
    assert chips[0].isHidden() and tab_stops(strip) == [strip.reachable_chips()[0]]
