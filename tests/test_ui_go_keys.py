"""F7 and F8 where the user sees them move: from the Overview they go to the aligned view first
(as Find hands over from a view that cannot search), and the single-article view walks its flags
as the aligned view does (the last with Shift+F8 from nothing, a message past either end). The
keys, and the view keys, are on only when they can act."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.model import Alignment, AlignmentMember, Comparison
from ui_sample import one_article, sample_comparison, sample_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = sample_window(qtbot, tmp_path)
    QApplication.processEvents()
    return win


def on_overview(window: Any) -> None:
    window.set_view("overview")
    QApplication.processEvents()
    assert window.tabs.tabText(window.tabs.currentIndex()).replace("&", "") == "Overview"


@pytest.mark.parametrize("key", ["act_next_flag", "act_prev_flag"])
def test_f8_on_the_overview_shows_the_flag_it_goes_to(window: Any, key: str) -> None:
    on_overview(window)
    getattr(window, key).trigger()
    assert window.tabs.currentWidget() is window.aligned
    flag = window.aligned.current_flag
    order = [o[3] for o in window.aligned.flag_order()]
    assert flag == (order[0] if key == "act_next_flag" else order[-1])
    assert window.details.shown_flag is not None and window.details.shown_flag.id == flag


@pytest.mark.parametrize("key", ["act_next_diff", "act_prev_diff"])
def test_f7_on_the_overview_shows_the_difference_it_goes_to(window: Any, key: str) -> None:
    on_overview(window)
    getattr(window, key).trigger()
    assert window.tabs.currentWidget() is window.aligned
    index = window.aligned.currentIndex()
    assert index.isValid() and window.aligned.aligned_model.is_difference(index.row())


def test_f8_stays_in_the_reading_view(window: Any) -> None:
    window.set_view("reading")
    window.act_next_flag.trigger()
    assert window.tabs.currentWidget() is window.reading
    assert window.aligned.current_flag is not None


def test_f8_with_the_marks_hidden_leaves_the_overview_alone(window: Any) -> None:
    window.act_marks.trigger()
    on_overview(window)
    window.act_next_flag.trigger()
    assert window.tabs.currentWidget() is not window.aligned
    assert "hidden" in window.statusBar().currentMessage()


@pytest.fixture
def single(qtbot: Any, tmp_path: Path) -> Any:
    comp = sample_comparison()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    win = sample_window(qtbot, tmp_path)
    win.show_comparison(one)
    QApplication.processEvents()
    return win


def listed(window: Any) -> list[str]:
    lst = window.single.flag_list
    return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]


def test_shift_f8_with_nothing_selected_picks_the_last_flag(single: Any) -> None:
    assert single.single.flag_list.currentRow() == -1
    single.act_prev_flag.trigger()
    assert single.single.selected_flag == listed(single)[-1]


def test_f8_past_the_last_flag_says_so(single: Any) -> None:
    flags = listed(single)
    single.act_next_flag.trigger()
    assert single.single.selected_flag == flags[0]
    for _ in flags[1:]:
        single.act_next_flag.trigger()
    assert single.single.selected_flag == flags[-1]
    single.show_message("")
    single.act_next_flag.trigger()
    assert single.single.selected_flag == flags[-1]
    assert single.statusBar().currentMessage() == "No more flags below."
    for _ in flags[1:]:
        single.act_prev_flag.trigger()
    assert single.single.selected_flag == flags[0]
    single.act_prev_flag.trigger()
    assert single.single.selected_flag == flags[0]
    assert single.statusBar().currentMessage() == "No more flags above."


def test_the_toolbar_buttons_say_what_they_do_and_their_key(window: Any) -> None:
    """Each Go button explains itself both ways, with the key that does the same."""
    tips = {
        a.iconText(): a.toolTip()
        for a in (
            window.act_prev_diff,
            window.act_next_diff,
            window.act_prev_flag,
            window.act_next_flag,
        )
    }
    assert tips == {
        "◀ Difference": "Go to the previous claim worded differently (Shift+F7)",
        "Difference ▶": "Go to the next claim worded differently (F7)",
        "◀ Flag": "Go to the previous framing flag (Shift+F8)",
        "Flag ▶": "Go to the next framing flag (F8)",
    }
    assert window.act_next_flag.statusTip() == "Go to the next framing flag"  # no key there
    assert window.act_find.toolTip() == "Find within the comparison (Ctrl+F)"


def flag_keys_enabled(window: Any) -> tuple[bool, bool]:
    return window.act_next_flag.isEnabled(), window.act_prev_flag.isEnabled()


def test_an_article_with_no_flag_offers_no_flag_keys(qtbot: Any, single: Any) -> None:
    """F8, Shift+F8 and the toolbar's flag arrows are on only when there is a flag to go to."""
    assert flag_keys_enabled(single) == (True, True)
    bare = replace(single.comparison, flags=(), headline_flags=())
    single.show_comparison(bare)
    assert flag_keys_enabled(single) == (False, False)
    buttons = [
        single.toolbar.widgetForAction(a) for a in (single.act_prev_flag, single.act_next_flag)
    ]
    assert not any(b.isEnabled() for b in buttons)
    qtbot.keyClick(single, Qt.Key.Key_F8)
    assert single.single.selected_flag is None
    single.show_comparison(sample_comparison())
    assert flag_keys_enabled(single) == (True, True)


def test_the_flag_keys_follow_what_the_legend_and_outlets_show(window: Any) -> None:
    present = {f.category for f in window.comparison.flags}
    for cat in present:
        window.legend.set_category(cat, False)
    assert flag_keys_enabled(window) == (False, False)  # every kind it has is hidden
    window.act_marks.trigger()  # a clean copy: F8 is left to say how to show the marks
    assert flag_keys_enabled(window) == (True, True)
    window.act_marks.trigger()
    window.legend.set_category("hedge", True)
    assert flag_keys_enabled(window) == (True, True)
    flagged = {f.article for f in window.comparison.flags}
    for art in window.comparison.articles:
        if art.id in flagged:
            window.set_outlet_visible(art.id, False)
    assert flag_keys_enabled(window) == (False, False)  # only unflagged outlets on screen


def no_differences() -> Comparison:
    """Two outlets carrying the wire's text word for word: every claim in both, worded alike."""
    comp = sample_comparison()
    wire = comp.articles[0]
    copy = replace(wire, id="copy", outlet="Wire Copy")
    claims = {
        wire.id: comp.claims[wire.id],
        copy.id: tuple(
            replace(c, id=f"copy-{c.id}", article=copy.id) for c in comp.claims[wire.id]
        ),
    }
    alignments = tuple(
        Alignment(
            f"g{i}",
            1.0,
            tuple(AlignmentMember(c.article, c.id, c.start, c.end, 1.0) for c in pair),
        )
        for i, pair in enumerate(zip(claims[wire.id], claims[copy.id], strict=True))
    )
    return replace(
        comp, articles=(wire, copy), claims=claims, alignments=alignments, flags=(), entities=()
    )


def difference_keys_enabled(window: Any) -> tuple[bool, bool]:
    return window.act_next_diff.isEnabled(), window.act_prev_diff.isEnabled()


def test_the_difference_keys_are_on_only_when_there_is_a_difference(
    qtbot: Any, window: Any
) -> None:
    assert difference_keys_enabled(window) == (True, True)
    window.show_comparison(no_differences())
    assert not any(window.aligned.aligned_model.is_difference(r) for r in range(3))
    assert difference_keys_enabled(window) == (False, False)
    buttons = [
        window.toolbar.widgetForAction(a) for a in (window.act_prev_diff, window.act_next_diff)
    ]
    assert not any(b.isEnabled() for b in buttons)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert not window.aligned.selectionModel().hasSelection()
    window.show_comparison(sample_comparison())
    assert difference_keys_enabled(window) == (True, True)


def test_the_view_keys_are_off_with_nothing_open(qtbot: Any, window: Any) -> None:
    """Ctrl+1, Ctrl+2 and Ctrl+3 pick a view of the comparison: with none open there is none."""
    overview = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+3")
    views = (window.act_aligned, window.act_reading, overview)
    assert all(a.isEnabled() for a in views)
    window.show_comparison(None)
    assert not any(a.isEnabled() for a in views)
    window.show_comparison(one_article(sample_comparison(), "daily"))
    assert window.act_reading.isEnabled() and overview.isEnabled()  # its Article and Overview
    assert not window.act_aligned.isEnabled()
