"""The Overview and the status line follow the legend, as the text views and Details do.

A reader who hides a kind of flag in the legend, the speakers' words, every mark (View › Show
Framing Marks) or an outlet (View › Show Outlets) sees counts, a chart and headlines of what is
left on screen, and is told, once and calmly, how many flags are hidden.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from reader.core.model import Flag
from reader.ui import richtext
from reader.ui.dialogs import key_names
from reader.ui.legend import QUOTED, legend_filter
from reader.ui.overview import OverviewView, clean_copy_note
from ui_sample import deliver, make_window, sample_comparison

pytestmark = pytest.mark.gui

#: The sample's status line with nothing hidden: the Daily Bugle's five framing flags.
ALL = "3 articles · 3 shared claims · 5 framing flags · 2 claims in one outlet only"
SHAMEFUL = "It is a shameful betrayal"
SECRET = "Macron's secret plan".index("secret")  # the Daily Bugle's headline
HEADLINE_FLAG = Flag(
    "h-secret", "daily", SECRET, SECRET + 6, "secret", "loaded",
    "In the headline, 'secret' is loaded wording; the others headline the story without it.",
    where="title",
)  # fmt: skip


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = make_window(qtbot, tmp_path)
    deliver(win, sample_comparison())
    win.set_view("overview")
    return win


def overview(window: Any) -> OverviewView:
    view = window.insights.overview
    assert isinstance(view, OverviewView)
    return view


def line_of(view: OverviewView, outlet: str) -> str | None:
    lines = view.summary.text().splitlines()
    return next((line for line in lines if line.startswith(outlet + ":")), None)


def coverage_cell(view: OverviewView, claim: str, outlet: str) -> QTableWidgetItem:
    table = view.table_text(view.coverage_table)
    row = next(i for i, line in enumerate(table[1:]) if line[1].startswith(claim))
    item = view.coverage_table.item(row, table[0].index(outlet))
    assert item is not None
    return item


def click(qtbot: Any, chip: Any) -> None:
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)


def test_hiding_a_kind_recounts_the_overview_and_the_status_line(qtbot: Any, window: Any) -> None:
    view = overview(window)
    before = (view.summary.text(), view.chart.svg, window.status_label.text())
    assert window.status_label.text() == ALL
    daily = line_of(view, "The Daily Bugle")
    assert daily is not None and "5 framing flags in 36 words" in daily and "hidden" not in daily
    assert "Loaded word" in view.chart.svg and "Loaded word" in view.chart.accessibleDescription()
    assert coverage_cell(view, SHAMEFUL, "The Daily Bugle").text() == "● 2"  # opinion, loaded

    click(qtbot, window.legend.chips["loaded"])
    assert not window.category_actions["loaded"].isChecked()
    daily = line_of(view, "The Daily Bugle")
    assert daily is not None and "4 framing flags in 36 words (1 hidden)" in daily
    assert view.summary.text().splitlines()[-1] == (
        "1 flag is hidden (the legend or View › Show Framing Marks) and not counted here."
    )
    assert "Loaded word" not in view.chart.svg  # the kind has no row in the chart
    assert "Loaded word" not in view.chart.accessibleDescription()
    assert view.chart_note.text().endswith("Hidden kinds have no row.")
    cell = coverage_cell(view, SHAMEFUL, "The Daily Bugle")
    assert cell.text() == "● 1" and "1 flag shown, 1 hidden" in cell.toolTip()
    assert "that are shown" in view.coverage_note.text()
    assert window.status_label.text() == (
        "3 articles · 3 shared claims · 4 framing flags · 1 flag hidden"
        " · 2 claims in one outlet only"
    )

    click(qtbot, window.legend.chips["loaded"])  # shown again: every number as it was
    assert (view.summary.text(), view.chart.svg, window.status_label.text()) == before
    assert "that are shown" not in view.coverage_note.text()


def test_hiding_every_mark_leaves_a_clean_overview_and_says_how_to_undo(
    qtbot: Any, window: Any
) -> None:
    """A clean copy keeps its answers back on the Overview too: its counts, chart, tables and
    marked headlines are all framing, so the page says only that the marks are hidden and how
    to bring them back. The status line counts no flag on screen and no "Only in" bar."""
    view = overview(window)
    qtbot.waitExposed(window)  # laid out: the chart is drawn for the room it has
    before = (view.summary.text(), view.chart.svg)
    window.act_marks.trigger()  # View › Show Framing Marks off
    key = key_names(window.act_marks)
    assert view.summary.text() == clean_copy_note(key) and f"({key})" in view.summary.text()
    for head, note, body in view.sections:
        assert head.isHidden() and note.isHidden() and body.isHidden()
    assert view.find_text("Daily") == (0, 0)
    assert window.status_label.text() == (
        "3 articles · 3 shared claims · no framing flags shown · 5 flags hidden"
    )
    window.act_marks.trigger()
    qtbot.waitUntil(lambda: (view.summary.text(), view.chart.svg) == before)
    assert not view.coverage_table.isHidden() and not view.chart_area.isHidden()
    assert window.status_label.text() == ALL


def test_hiding_only_this_outlet_takes_its_row_and_count_away(window: Any) -> None:
    """View › Show Flags › Only this outlet, like the kinds the chips hide: its row leaves the
    chart and its count the status line, and the aligned view's "Only in" bars go."""
    view = overview(window)
    action = window.category_actions["unique-claim"]
    assert action in window.filter_menu.actions() and action.text() == "Only this outlet"
    assert "Only this outlet" in view.chart.accessibleDescription()  # the chart's rows
    action.trigger()
    assert "unique-claim" not in window.shown_categories()
    assert "Only this outlet" not in view.chart.accessibleDescription()
    assert view.chart_note.text().endswith("Hidden kinds have no row.")
    assert window.status_label.text() == "3 articles · 3 shared claims · 5 framing flags"
    model = window.aligned.aligned_model
    cells = [model.cell(r, c) for r in range(model.rowCount()) for c in range(3)]
    assert not any(cell.unique or cell.caption.startswith("Only in") for cell in cells)
    action.trigger()
    assert window.status_label.text() == ALL


def test_hiding_speakers_words_leaves_out_the_quoted_flags(qtbot: Any, window: Any) -> None:
    comp = sample_comparison()
    deliver(
        window, replace(comp, flags=tuple(replace(f, quoted=f.id == "f-verb") for f in comp.flags))
    )
    view = overview(window)
    daily = line_of(view, "The Daily Bugle")
    assert daily is not None and "5 framing flags in 36 words (1 in speakers’ words)" in daily
    click(qtbot, window.legend.quoted_chip)
    daily = line_of(view, "The Daily Bugle")
    assert daily is not None and "4 framing flags in 36 words (1 hidden)" in daily
    assert "speakers’ words" not in daily
    assert "· 4 framing flags · 1 flag hidden ·" in window.status_label.text()


def test_a_headline_shows_only_the_marks_the_legend_shows(qtbot: Any, window: Any) -> None:
    comp = sample_comparison()
    deliver(window, replace(comp, headline_flags=(HEADLINE_FLAG,)))
    view = overview(window)
    assert comp.articles[1].title == "Macron's secret plan"
    assert "is loaded wording" in view.headlines.text()
    assert "5 framing flags (+1 in headlines)" in window.status_label.text()
    click(qtbot, window.legend.chips["loaded"])
    assert "is loaded wording" not in view.headlines.text()
    assert "1 flag is hidden in this headline." in view.headlines.text()
    assert "· 4 framing flags · 2 flags hidden ·" in window.status_label.text()


def test_a_hidden_outlet_leaves_the_overview_and_the_counts(window: Any) -> None:
    view = overview(window)
    rows = view.coverage_table.rowCount()
    # The headlines are rich text: the title's apostrophe is escaped there, so look for its words.
    assert "secret plan" in view.headlines.text()
    daily = next(a for a in window.outlet_menu.actions() if a.text() == "The Daily Bugle")
    daily.setChecked(False)  # View › Show Outlets
    assert line_of(view, "The Daily Bugle") is None
    assert view.summary.text().splitlines()[-1] == (
        "The Daily Bugle is hidden (View › Show Outlets)."
    )
    for table in (view.coverage_table, view.actors_table):
        assert "The Daily Bugle" not in view.table_text(table)[0]
    assert view.coverage_table.rowCount() == rows - 2  # the two claims only the Daily carries
    assert "The Daily Bugle" not in view.chart.svg
    assert "secret plan" not in view.headlines.text()
    # Its five flags are hidden with it; the claims only it carries are no longer counted.
    assert window.status_label.text() == (
        "3 articles (1 hidden) · 3 shared claims · no framing flags shown · 5 flags hidden"
    )
    daily.setChecked(True)
    assert line_of(view, "The Daily Bugle") is not None
    assert view.coverage_table.rowCount() == rows
    assert window.status_label.text() == ALL


def test_a_new_analysis_keeps_the_legend_and_shows_every_outlet(qtbot: Any, window: Any) -> None:
    view = overview(window)
    click(qtbot, window.legend.chips["loaded"])
    next(a for a in window.outlet_menu.actions() if a.text() == "Gazette").setChecked(False)
    assert line_of(view, "Gazette") is None
    deliver(window, sample_comparison(), "cached")  # e.g. after Edit Article Details
    assert line_of(view, "Gazette") is not None  # outlets hidden are the old comparison's
    daily = line_of(view, "The Daily Bugle")
    assert (
        daily is not None and "4 framing flags in 36 words (1 hidden)" in daily
    )  # the legend stays
    assert window.status_label.text() == (
        "3 articles · 3 shared claims · 4 framing flags · 1 flag hidden"
        " · 2 claims in one outlet only (from the library)"
    )


def test_the_status_line_is_recounted_only_where_it_holds_the_counts(
    qtbot: Any, window: Any
) -> None:
    window.show_message(f"Already open. {ALL}")
    click(qtbot, window.legend.chips["opinion"])
    assert window.status_label.text() == (
        "Already open. 3 articles · 3 shared claims · 4 framing flags · 1 flag hidden"
        " · 2 claims in one outlet only"
    )
    window.show_message("Analysing…")
    click(qtbot, window.legend.chips["opinion"])
    assert window.status_label.text() == "Analysing…"  # another message is left alone


def test_counts_stay_current_under_a_navigation_notice(qtbot: Any, window: Any) -> None:
    """F8 past the last flag says so over the status line for a moment; the counts under it
    follow the legend and come back when the notice goes, rather than being lost to it."""
    window.show_message(ALL)
    window.act_next_flag.trigger()
    while window.aligned.next_flag(True) is not None:
        pass
    window.act_next_flag.trigger()
    assert window.statusBar().currentMessage() == "No more flags below."
    click(qtbot, window.legend.chips["opinion"])
    assert window.status_label.text() == (
        "3 articles · 3 shared claims · 4 framing flags · 1 flag hidden"
        " · 2 claims in one outlet only"
    )
    window.statusBar().clearMessage()
    assert window.status_label.isVisible()


def test_the_views_draw_exactly_the_flags_the_core_filter_shows(qtbot: Any, window: Any) -> None:
    """One decision, the core's :meth:`FlagFilter.shows`: for legend choices with and without
    the speakers' words, the aligned view, the reading view and the headlines draw exactly the
    flags it shows, so the Overview counts exactly the marks on screen."""
    comp = sample_comparison()
    quoted = replace(
        comp,
        flags=tuple(replace(f, quoted=f.id in {"f-verb", "f-loaded"}) for f in comp.flags),
        headline_flags=(replace(HEADLINE_FLAG, quoted=True),),
    )
    deliver(window, quoted)
    model = window.aligned.aligned_model
    kinds = sorted({f.category for f in quoted.flags})
    for n in (0, 1, len(kinds) - 1, len(kinds)):
        for chosen in itertools.combinations(kinds, n):
            for extra in (set(), {QUOTED}):
                shown = {*chosen, "unique-claim", *extra}
                for cat in (*window.legend.chips, QUOTED):
                    window.legend.set_category(cat, cat in shown)
                core = legend_filter(shown)
                assert model.shown == core
                wanted = {f.id for f in quoted.flags if core.shows(f)}
                drawn = {
                    f.id
                    for r in range(model.rowCount())
                    for c in range(model.columnCount())
                    for f in model.cell(r, c).flags
                }
                assert drawn == wanted, shown
                marked = {
                    f.id
                    for p in window.reading.panes
                    for f in quoted.flags_of(p.article.id)
                    if richtext.property_ranges(p.text.document(), richtext.FLAG_PROPERTY, f.id)
                }
                assert marked == wanted, shown
                headline = {f.id for f in window.aligned.header_view.headline_flags(1)}
                assert headline == {f.id for f in quoted.headline_flags if core.shows(f)}
    hidden = legend_filter({*kinds, QUOTED}, {"daily"})
    assert not any(hidden.shows(f) for f in quoted.flags if f.article == "daily")
