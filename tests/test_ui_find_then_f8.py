"""F8 after Find goes on from the match: while a find match is newer than the current flag, F8
goes to the flag the match is in, else the next one after it (Shift+F8: the one before), in the
aligned view (headlines in row -1), the reading view and a single article. A flag or a cell
chosen after the find is newer: F8 goes on from that."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from test_ui_current_flag import click, pane_of
from test_ui_headline_flags import with_headline_flag
from test_ui_stale_selection import click_words
from ui_sample import make_window, sample_comparison

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    """The sample, with "Radical" flagged in the Daily Bugle's headline ("Radical council rams
    budget through")."""
    win = make_window(qtbot, tmp_path)
    win.resize(1400, 900)
    win.show_comparison(with_headline_flag())
    QApplication.processEvents()
    return win


def find(window: Any, text: str) -> None:
    window.show_find()
    window.find_bar.edit.clear()  # typed anew, even the same word
    window.find_bar.edit.setText(text)
    QApplication.processEvents()


def test_f8_after_a_match_in_a_headline_goes_on_from_the_headline(window: Any) -> None:
    find(window, "council")  # in the Daily Bugle's headline, after its flag "Radical"
    assert window.aligned.find_match == (-1, 1, len("Radical "))
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-label"  # the first of the text, not "Radical"
    find(window, "budget")
    window.act_prev_flag.trigger()
    assert window.aligned.current_flag == "h1"  # the one before, not the last of all
    find(window, "Radical")
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "h1"  # the flag the match is in


def test_f8_after_a_match_in_a_cell_goes_on_from_the_match(window: Any) -> None:
    find(window, "framework")  # just after "supposed" in the Daily's second claim
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-verb"  # the next flag, not the cell's first
    find(window, "framework")
    window.act_prev_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"
    find(window, "supposed")
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"  # the match is in it
    find(window, "shameful")  # in "shameful", inside the sentence's opinion: the innermost
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-loaded"
    window.act_next_flag.trigger()  # then on from the flag, as ever
    assert window.aligned.current_flag is not None
    assert window.statusBar().currentMessage() == "No more flags below."


def test_a_flag_or_a_cell_chosen_after_the_find_is_newer(qtbot: Any, window: Any) -> None:
    find(window, "framework")
    click_words(qtbot, window, 0, 1, "dictator")  # a flag clicked after the find
    assert window.aligned.current_flag == "f-label"
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"  # on from the flag clicked
    find(window, "shameful")
    click_words(qtbot, window, 0, 2, "Guangzhou")  # a plain click after the find
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"  # on from the Gazette's cell in row 0


def test_switching_views_makes_an_old_match_no_newer(qtbot: Any, window: Any) -> None:
    find(window, "shameful")
    click_words(qtbot, window, 0, 1, "dictator")
    window.set_view("reading")  # the open find bar finds again in the reading view
    QApplication.processEvents()
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"  # on from "dictator", not "shameful"


def test_f8_after_a_find_in_the_reading_view_goes_on_from_the_match(
    qtbot: Any, window: Any
) -> None:
    window.set_view("reading")
    QApplication.processEvents()
    click(qtbot, pane_of(window, "daily"), "dictator")
    assert window.aligned.current_flag == "f-label"
    find(window, "Officials")  # first in the Wire's text: its last claim, row 3
    assert window.reading.find_match is not None
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "f-opinion"  # row 4's, not the one after "dictator"
    assert window.tabs.currentWidget() is window.reading
    find(window, "Radical")  # the Daily's headline: its flag
    window.act_next_flag.trigger()
    assert window.aligned.current_flag == "h1"
    find(window, "supposed")
    window.act_prev_flag.trigger()
    assert window.aligned.current_flag == "f-hedge"


def test_f8_after_a_find_in_a_single_article_goes_on_from_the_match(
    qtbot: Any, tmp_path: Path
) -> None:
    comp = sample_comparison()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    win = make_window(qtbot, tmp_path)
    win.show_comparison(one)
    QApplication.processEvents()
    lst = win.single.flag_list
    lst.setCurrentRow(0)  # "dictator"
    find(win, "framework")
    win.act_next_flag.trigger()
    assert win.single.selected_flag == "f-verb"
    assert lst.currentItem().data(Qt.ItemDataRole.UserRole) == "f-verb"
    win.act_next_flag.trigger()  # then on from the flag
    assert win.single.selected_flag == "f-opinion"
    find(win, "framework")
    win.act_prev_flag.trigger()
    assert win.single.selected_flag == "f-hedge"
