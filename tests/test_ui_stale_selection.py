"""What is current stays what Details explains: a plain click, in the aligned view or the reading
view, leaves the current flag, and Details goes back to the claim selected (even in the same row
and cell); hiding and showing the marks brings back no flag that is no longer current."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.ui.notices import NO_FLAGS_WHILE_HIDDEN
from test_ui_current_flag import click, outlined_words, pane_of
from ui_sample import cell_words_point, sample_window

pytestmark = pytest.mark.gui

WIRE, DAILY, GAZETTE = 0, 1, 2


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = sample_window(qtbot, tmp_path)
    win.resize(1400, 900)
    QApplication.processEvents()
    return win


def click_words(qtbot: Any, window: Any, row: int, column: int, words: str) -> None:
    view = window.aligned
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=cell_words_point(view, row, column, words)
    )


def test_a_plain_click_in_another_cell_of_the_row_leaves_the_flag_and_its_explanation(
    qtbot: Any, window: Any
) -> None:
    click_words(qtbot, window, 0, DAILY, "dictator")
    assert window.aligned.current_flag == "f-label"
    assert window.details.shown_flag is not None and window.details.shown_flag.id == "f-label"
    click_words(qtbot, window, 0, GAZETTE, "Guangzhou")
    assert window.aligned.current_flag is None
    assert window.aligned.currentIndex().row() == 0  # the row did not change
    assert window.details.shown_flag is None
    assert window.details.text().startswith("Claim")
    assert "Xi Jinping hosted Emmanuel Macron" in window.details.text()  # the claim, all outlets


def test_a_plain_click_in_the_flags_own_cell_leaves_it_too(qtbot: Any, window: Any) -> None:
    click_words(qtbot, window, 0, DAILY, "dictator")
    assert window.details.shown_flag is not None
    click_words(qtbot, window, 0, DAILY, "Guangzhou")
    assert window.aligned.current_flag is None
    assert window.details.shown_flag is None and window.details.text().startswith("Claim")
    window.act_next_flag.trigger()  # F8 from the cell: its own flag first
    assert window.aligned.current_flag == "f-label"


def test_a_plain_click_after_a_counterpart_goes_back_to_the_claim(qtbot: Any, window: Any) -> None:
    """The Wire's "President" answers the Daily Bugle's "dictator": a click on it explains that
    flag without making it current; a plain click then shows the claim again."""
    click_words(qtbot, window, 0, WIRE, "President")
    assert window.aligned.current_flag is None
    assert window.details.shown_flag is not None and window.details.shown_flag.id == "f-label"
    click_words(qtbot, window, 0, WIRE, "Guangzhou")
    assert window.details.shown_flag is None and window.details.text().startswith("Claim")


def test_a_flag_left_while_the_marks_were_hidden_does_not_come_back(
    qtbot: Any, window: Any
) -> None:
    window.set_view("reading")
    QApplication.processEvents()
    daily = pane_of(window, "daily")
    click(qtbot, daily, "dictator")
    assert window.aligned.current_flag == "f-label"
    window.act_marks.trigger()  # hide every mark
    assert not window.marks_shown()
    click(qtbot, daily, "dictator")  # no mark there now: a plain click on the claim
    assert window.aligned.current_flag is None
    window.act_next_flag.trigger()
    assert window.statusBar().currentMessage() == NO_FLAGS_WHILE_HIDDEN
    window.act_marks.trigger()  # shown again
    assert window.marks_shown()
    assert window.aligned.current_flag is None
    assert outlined_words(daily) == []
    assert window.details.shown_flag is None and window.details.text().startswith("Claim")
    # the status line no longer says the marks are hidden
    assert window.statusBar().currentMessage() != NO_FLAGS_WHILE_HIDDEN
    assert "hidden" not in window.status_label.text()
    window.act_next_flag.trigger()  # F8 goes on from the claim clicked, in the Daily's cell
    assert window.aligned.current_flag == "f-label"
    assert outlined_words(daily) == ["Chinese dictatorL"]
