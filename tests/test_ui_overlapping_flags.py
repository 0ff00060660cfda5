"""Flags over the same words: a click picks the most specific one under the pointer (a loaded word
before the sentence-wide opinion around it), a click again on the same mark moves out to the
enclosing flag, and the hover text names the innermost flag first. F8 keeps its reading order."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from reader.core.model import Comparison, Flag
from reader.ui import richtext
from reader.ui.typography import curly
from test_ui_current_flag import outlined_words, pane_of, point_of
from ui_sample import DAILY, cell_words_point, make_window, sample_comparison, sample_window

pytestmark = pytest.mark.gui

COURIER = "The Westhaven Courier"


@pytest.fixture(scope="module")
def demo() -> Comparison:
    """The bundled demo as the engine compares it (once: it takes a few seconds)."""
    from reader.core.compare import compare
    from reader.store.demo import load_demo

    return compare(load_demo()[1])


def courier(comp: Comparison) -> str:
    return next(a.id for a in comp.articles if a.outlet == COURIER)


def loaded_and_opinion(comp: Comparison) -> tuple[Flag, Flag]:
    """The loaded-word flag on "controversial" in the Courier's first claim, and the opinion flag
    over that whole sentence: the demo's overlap."""
    art = courier(comp)
    mine = [f for f in comp.flags if f.article == art]
    loaded = next(f for f in mine if f.category == "loaded" and "controversial" in f.text)
    opinion = next(f for f in mine if f.category == "opinion" and f.start <= loaded.start < f.end)
    assert opinion.end - opinion.start > loaded.end - loaded.start
    return loaded, opinion


@pytest.fixture
def demo_window(qtbot: Any, tmp_path: Path, demo: Comparison) -> Any:
    win = make_window(qtbot, tmp_path)
    win.resize(1400, 900)
    win.show_comparison(demo)
    QApplication.processEvents()
    return win


def cell_point(view: Any, flag: Flag, words: str) -> QPoint:
    """The middle of the first character of ``words`` in the cell of ``flag``."""
    row, col = view.aligned_model.cell_of(flag)
    return cell_words_point(view, row, col, words)


def click_cell(qtbot: Any, view: Any, flag: Flag, words: str) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, flag, words))


# -- the aligned view ------------------------------------------------------------------------------


def test_a_click_on_a_loaded_word_in_an_opinion_selects_the_word_in_the_aligned_view(
    qtbot: Any, demo_window: Any, demo: Comparison
) -> None:
    view = demo_window.aligned
    loaded, opinion = loaded_and_opinion(demo)
    with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
        click_cell(qtbot, view, loaded, "controversial")
    assert blocker.args == [loaded.id]
    assert view.current_flag == loaded.id
    assert demo_window.details.shown_flag is not None
    assert demo_window.details.shown_flag.id == loaded.id
    # again on the same mark: out to the opinion around it, and round to the word after it
    click_cell(qtbot, view, loaded, "controversial")
    assert view.current_flag == opinion.id
    assert demo_window.details.shown_flag.id == opinion.id
    click_cell(qtbot, view, loaded, "congestion charge")  # another word of the same mark
    assert view.current_flag == loaded.id
    # words only the opinion covers select it at once
    click_cell(qtbot, view, opinion, "Hard-pressed")
    assert view.current_flag == opinion.id
    # from the opinion, the word inside it is a new place: its own flag, not the next one out
    click_cell(qtbot, view, loaded, "controversial")
    assert view.current_flag == loaded.id


def test_a_quick_second_click_moves_out_as_a_slow_one_does(
    qtbot: Any, demo_window: Any, demo: Comparison
) -> None:
    view = demo_window.aligned
    loaded, opinion = loaded_and_opinion(demo)
    point = cell_point(view, loaded, "controversial")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current_flag == loaded.id
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current_flag == opinion.id


def test_f8_keeps_reading_order_after_a_click_on_overlapping_marks(
    qtbot: Any, demo_window: Any, demo: Comparison
) -> None:
    view = demo_window.aligned
    loaded, opinion = loaded_and_opinion(demo)
    ids = [o[3] for o in view.flag_order()]
    assert ids.index(opinion.id) < ids.index(loaded.id)  # the sentence starts first
    click_cell(qtbot, view, loaded, "controversial")
    demo_window.act_next_flag.trigger()
    assert view.current_flag == ids[ids.index(loaded.id) + 1]
    demo_window.act_prev_flag.trigger()
    assert view.current_flag == loaded.id
    demo_window.act_prev_flag.trigger()
    assert view.current_flag == ids[ids.index(loaded.id) - 1]
    click_cell(qtbot, view, loaded, "controversial")
    click_cell(qtbot, view, loaded, "controversial")
    assert view.current_flag == opinion.id
    demo_window.act_next_flag.trigger()
    assert view.current_flag == ids[ids.index(opinion.id) + 1]


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise a tooltip
def test_the_hover_text_names_the_innermost_flag_first(
    qtbot: Any, demo_window: Any, demo: Comparison
) -> None:
    view = demo_window.aligned
    loaded, opinion = loaded_and_opinion(demo)
    row, col = view.aligned_model.cell_of(loaded)
    index = view.model().index(row, col)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    point = cell_point(view, loaded, "controversial")
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    assert view.cell_delegate.helpEvent(event, view, option, index)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    tip = QToolTip.text()
    first, then = (html.escape(curly(f.explanation)) for f in (loaded, opinion))
    assert first in tip and then in tip
    assert tip.index(first) < tip.index(then)
    QToolTip.hideText()


# -- the reading and single-article views ----------------------------------------------------------


def test_a_click_on_a_loaded_word_in_an_opinion_selects_the_word_in_the_reading_view(
    qtbot: Any, demo_window: Any, demo: Comparison
) -> None:
    demo_window.set_view("reading")
    QApplication.processEvents()
    loaded, opinion = loaded_and_opinion(demo)
    pane = pane_of(demo_window, courier(demo))
    point = point_of(pane, "controversial")
    with qtbot.waitSignal(demo_window.reading.flagClicked, timeout=1000) as blocker:
        qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [loaded.id]
    assert demo_window.aligned.current_flag == loaded.id
    assert outlined_words(pane) == ["controversial congestion chargeW"]
    assert demo_window.details.shown_flag.id == loaded.id
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert demo_window.aligned.current_flag == opinion.id
    assert demo_window.details.shown_flag.id == opinion.id
    assert "".join(outlined_words(pane)).endswith("Tuesday night.O")
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert demo_window.aligned.current_flag == loaded.id


def test_a_click_on_a_loaded_word_in_an_opinion_selects_the_word_in_a_single_article(
    qtbot: Any, demo_window: Any, demo: Comparison
) -> None:
    art = courier(demo)
    one = replace(
        demo,
        articles=tuple(a for a in demo.articles if a.id == art),
        alignments=(),
        flags=demo.flags_of(art),
        headline_flags=tuple(f for f in demo.headline_flags if f.article == art),
    )
    demo_window.show_comparison(one)
    QApplication.processEvents()
    single = demo_window.single
    pane = single.pane
    assert pane is not None
    loaded, opinion = loaded_and_opinion(one)
    point = point_of(pane, "controversial")
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert single.flag_list.currentItem().data(Qt.ItemDataRole.UserRole) == loaded.id
    assert demo_window.details.shown_flag.id == loaded.id
    assert outlined_words(pane) == ["controversial congestion chargeW"]
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert single.selected_flag == opinion.id
    assert demo_window.details.shown_flag.id == opinion.id
    # F8 walks the list as before, from the flag the click selected
    listed = [
        single.flag_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(single.flag_list.count())
    ]
    demo_window.act_next_flag.trigger()
    assert single.selected_flag == listed[listed.index(opinion.id) + 1]


def test_the_hand_made_sample_picks_the_loaded_word_inside_its_opinion(
    qtbot: Any, tmp_path: Path
) -> None:
    """The same in the test sample, where the opinion is listed before the loaded word."""
    window = sample_window(qtbot, tmp_path)
    ids = [f.id for f in window.comparison.flags]
    assert ids.index("f-opinion") < ids.index("f-loaded")
    view = window.aligned
    loaded = window.comparison.flag_by_id("f-loaded")
    click_cell(qtbot, view, loaded, "shameful")
    assert view.current_flag == "f-loaded"
    click_cell(qtbot, view, loaded, "shameful")
    assert view.current_flag == "f-opinion"
    window.set_view("reading")
    QApplication.processEvents()
    daily = pane_of(window, "daily")
    qtbot.mouseClick(
        daily.text.viewport(), Qt.MouseButton.LeftButton, pos=point_of(daily, "shameful")
    )
    assert view.current_flag == "f-loaded"
    assert outlined_words(daily) == ["shamefulW"]


# -- headlines -------------------------------------------------------------------------------------

TITLE = "Macron's secret plan to sell out Ukraine"


def with_nested_headline_flags() -> Comparison:
    """The Daily Bugle's headline with a loaded word ("sell out") inside an opinion-like label
    phrase over the words after "Macron's", the longer flag listed first."""
    comp = sample_comparison()
    daily = replace(comp.articles[1], title=TITLE)
    outer_start = TITLE.index("secret")
    inner_start = TITLE.index("sell out")
    outer = Flag(
        "h-outer",
        daily.id,
        outer_start,
        len(TITLE),
        TITLE[outer_start:],
        "label",
        "The headline calls the plan a secret sell-out.",
        where="title",
    )
    inner = Flag(
        "h-inner",
        daily.id,
        inner_start,
        inner_start + len("sell out"),
        "sell out",
        "loaded",
        "“Sell out” is an emotive word of the outlet's own.",
        where="title",
    )
    articles = (comp.articles[0], daily, comp.articles[2])
    return replace(comp, articles=articles, headline_flags=(outer, inner))


def test_nested_headline_marks_pick_the_innermost_in_the_header_and_the_title_line(
    qtbot: Any, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_nested_headline_flags())
    QApplication.processEvents()
    view, header = window.aligned, window.aligned.header_view
    inner = next(r for r, f in header.flag_rects(1) if f.id == "h-inner")
    outer = next(r for r, f in header.flag_rects(1) if f.id == "h-outer")
    assert outer.contains(inner.center())  # the marks overlap there
    assert [f.id for f in header.flags_at(inner.center())] == ["h-inner", "h-outer"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=inner.center())
    assert view.current_flag == "h-inner"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=inner.center())
    assert view.current_flag == "h-outer"
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=inner.center())
    assert view.current_flag == "h-inner"  # a quick second click too, and no edit dialog
    # the reading view's title line
    window.set_view("reading")
    QApplication.processEvents()
    label = pane_of(window, "daily").subtitle
    here = label.mark_rects(1)[0].center()
    assert label.marks_at(here) == [1, 0]
    view.current_flag = None
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=here)
    assert view.current_flag == "h-inner"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=here)
    assert view.current_flag == "h-outer"


# -- the rule --------------------------------------------------------------------------------------


def _flag(fid: str, start: int, end: int, category: str = "loaded") -> Flag:
    return Flag(fid, "daily", start, end, DAILY[start:end], category, "")


def test_innermost_first_orders_by_length_then_the_tint_then_the_later_start() -> None:
    sentence = _flag("sentence", 0, 40, "opinion")
    phrase = _flag("phrase", 10, 30, "hedge")
    word = _flag("word", 12, 18)
    assert richtext.innermost_first([sentence, phrase, word]) == [word, phrase, sentence]
    # spans as long: the one whose tint the words take (a word-level flag, not the opinion)
    tinted = _flag("tinted", 0, 40, "loaded")
    assert richtext.innermost_first([tinted, sentence]) == [tinted, sentence]
    assert richtext.innermost_first([sentence, tinted]) == [tinted, sentence]
    # neither tinted apart: the later start
    early, late = _flag("early", 0, 6), _flag("late", 4, 10)
    top, _tinted = richtext.mark_of([early, late])
    assert top is late and richtext.innermost_first([early, late]) == [late, early]
    assert richtext.innermost_order([(0, 6), (4, 10)]) == [1, 0]


def test_a_click_cycle_moves_out_only_on_the_same_mark_of_the_current_flag() -> None:
    clicks: richtext.ClickCycle[str] = richtext.ClickCycle()
    assert clicks.pick("a", ["w", "p", "s"], None) == "w"
    assert clicks.pick("a", ["w", "p", "s"], "w") == "p"
    assert clicks.pick("a", ["w", "p", "s"], "p") == "s"
    assert clicks.pick("a", ["w", "p", "s"], "s") == "w"  # round again
    # the phrase's own words, then the word inside it: the word, not the next one out
    assert clicks.pick("a", ["p", "s"], None) == "p"
    assert clicks.pick("a", ["w", "p", "s"], "p") == "w"
    # the same marks elsewhere (another cell) are another mark
    assert clicks.pick("b", ["w", "p", "s"], "w") == "w"
    # nothing under the click: None, and the next click starts over
    assert clicks.pick("b", [], "w") is None
    assert clicks.pick("b", ["w", "p", "s"], "w") == "w"
    clicks.forget()
    assert clicks.pick("b", ["w", "p", "s"], "w") == "w"
