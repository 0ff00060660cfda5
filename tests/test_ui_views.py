"""The comparison views driven through the real main window: aligned, reading, details,
navigation.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.core.model import CATEGORY_LABELS, OCCASIONAL_CATEGORIES, Comparison
from reader.core.palette import UNDERLINE_WORDS, style_for
from reader.ui import richtext
from reader.ui.aligned_model import CELL_ROLE, Cell
from reader.ui.cell_delegate import flag_tooltip
from reader.ui.legend import QUOTED
from ui_sample import DAILY, sample_comparison

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return sample_comparison()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, comparison: Comparison) -> Any:
    from ui_sample import make_window

    win = make_window(qtbot, tmp_path)
    win.show_comparison(comparison)
    return win


def column(comp: Comparison, article_id: str) -> int:
    return [a.id for a in comp.articles].index(article_id)


def test_aligned_is_default_with_one_column_per_article(
    window: Any, comparison: Comparison
) -> None:
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.aligned
    model = window.aligned.model()
    assert model.columnCount() == 3
    assert model.rowCount() == len(list(comparison.rows()))
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert (
        header.startswith("Wire Service")
        and "Xi and Macron meet" in header
        and "2026-11-20" in header
    )


def test_empty_cells_say_no_sentence_matches_and_unique_rows_stand_out(
    window: Any, comparison: Comparison
) -> None:
    model = window.aligned.model()
    rows = model.rows
    unique = next(i for i, r in enumerate(rows) if r.is_unique)
    wire = column(comparison, "wire")
    daily = column(comparison, "daily")
    empty: Cell = model.index(unique, wire).data(CELL_ROLE)
    assert empty.empty
    # The cell says it shortly (its header names the outlet); a screen reader, which does not
    # see the header, hears the same words with the outlet. Never a claim the outlet left it out.
    accessible_empty = model.index(unique, wire).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible_empty == "No matching sentence in Wire Service"
    delegate = window.aligned.cell_delegate
    index = model.index(unique, wire)
    shown = delegate.document(index, window.aligned.columnWidth(wire)).toPlainText()
    assert shown == "No matching sentence"
    assert "not reported" not in accessible_empty.lower()
    only: Cell = model.index(unique, daily).data(CELL_ROLE)
    assert only.unique and not only.empty
    accessible = model.index(unique, daily).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Only in The Daily Bugle.")
    # Rows size to their content: a unique row (label + text) is taller than its empty neighbour's
    # text.
    assert window.aligned.rowHeight(unique) > window.aligned.fontMetrics().height() * 2


def test_an_empty_cell_stays_one_quiet_line_however_long_the_outlets_name(
    qtbot: Any, tmp_path: Path, comparison: Comparison
) -> None:
    """A long outlet name once made every empty cell of its column wrap over four lines, the
    tallest cells in their rows; the header already names the outlet."""
    from dataclasses import replace

    from ui_sample import make_window

    long_name = "The Port Alder Evening Gazette and Commercial Advertiser"
    articles = tuple(
        replace(a, outlet=long_name) if a.id == "wire" else a for a in comparison.articles
    )
    win = make_window(qtbot, tmp_path)
    win.show_comparison(replace(comparison, articles=articles))
    view = win.aligned
    model = view.model()
    wire = column(comparison, "wire")
    view.setColumnWidth(wire, 200)
    row = next(i for i, r in enumerate(model.rows) if "wire" not in r.cells)
    index = model.index(row, wire)
    doc = view.cell_delegate.document(index, view.columnWidth(wire))
    assert long_name not in doc.toPlainText()
    line = QFontMetrics(doc.defaultFont()).lineSpacing()
    assert doc.size().height() < 2 * line  # one line
    assert doc.defaultFont().italic()
    assert doc.defaultFont().pointSizeF() < view.cell_delegate.font.pointSizeF()
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith(long_name)


def test_cell_document_marks_flags_and_differences(window: Any, comparison: Comparison) -> None:
    view = window.aligned
    model = view.model()
    daily = column(comparison, "daily")
    index = model.index(0, daily)
    doc = view.cell_delegate.document(index, view.columnWidth(daily))
    text = doc.toPlainText()
    assert text.startswith("Chinese dictator")
    # the label flag carries its id, and its marker letter follows the flagged words
    pos = text.index("dictator")
    assert richtext.flag_ids_at(doc, pos) == ["f-label"]
    assert text[len("Chinese dictator")] == "L"
    # words the others do not share are set apart by weight, not only colour
    cursor_fmt = doc.findBlock(1).begin().fragment().charFormat()
    assert cursor_fmt.fontWeight() >= 600
    assert cursor_fmt.underlineStyle() != cursor_fmt.UnderlineStyle.NoUnderline


def test_segments_split_at_flag_and_diff_boundaries(comparison: Comparison) -> None:
    flags = comparison.flags_of("daily")
    claim = comparison.claims["daily"][3]
    segs = richtext.segments(DAILY, claim.start, claim.end, flags, ())
    words = [DAILY[s.start : s.end] for s in segs]
    assert "".join(words) == claim.text
    shameful = next(s for s in segs if DAILY[s.start : s.end] == "shameful")
    assert {f.category for f in shameful.flags} == {"opinion", "loaded"}


def test_tooltip_explains_flag_and_counterparts(window: Any, comparison: Comparison) -> None:
    flag = next(f for f in comparison.flags if f.id == "f-label")
    tip = flag_tooltip([flag], comparison)
    assert "Label or epithet" in tip and "dictator where the others write" in tip
    assert "Wire Service" in tip and "President Xi Jinping" in tip


def test_click_on_flag_opens_details(qtbot: Any, window: Any, comparison: Comparison) -> None:
    view = window.aligned
    daily = column(comparison, "daily")
    index = view.model().index(0, daily)
    rect = view.visualRect(index)
    doc = view.cell_delegate.document(index, rect.width())
    layout = doc.documentLayout()
    block_rect = layout.blockBoundingRect(doc.begin())
    # a point inside "Chinese": the first word of the first line
    point = rect.topLeft() + QPoint(10 + 15, 8 + int(block_rect.top()) + 6)
    with qtbot.waitSignal(view.flagSelected, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["f-label"]
    details = window.details.text()
    assert "Label or epithet" in details
    assert "Wire Service: “President Xi Jinping”" in details
    # the flag explained at the top is not repeated in the claim's list below it
    assert details.count("calls Xi Jinping a dictator") == 1


def test_selecting_a_row_shows_each_outlets_wording(qtbot: Any, window: Any) -> None:
    window.aligned.select_row(1)
    text = window.details.text()
    assert "Wire Service" in text and "12-point position paper" in text
    assert "The two men discussed a supposed" in text and "framework for peace" in text
    assert "Hedge or scare word" in text
    # the reading view highlights the counterparts of the selected claim in every column
    marked = {p.article.id: p.marked_text() for p in window.reading.panes}
    assert marked["wire"] == ["The two leaders discussed a 12-point position paper on the war."]
    assert marked["gazette"] == ["The leaders discussed a position paper on the war."]
    assert marked["daily"][0].startswith("The two men discussed a supposed")


def test_f7_walks_through_differences(qtbot: Any, window: Any) -> None:
    view = window.aligned
    view.setFocus()
    model = view.aligned_model
    visited = []
    for _ in range(len(model.rows) + 1):
        qtbot.keyClick(view, Qt.Key.Key_F7)
        visited.append(view.currentIndex().row())
    expected = [i for i in range(len(model.rows)) if model.is_difference(i)]
    assert visited[: len(expected)] == expected
    assert visited[len(expected)] == expected[-1]  # stays on the last one
    assert "No more differences" in window.statusBar().currentMessage()
    qtbot.keyClick(view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.currentIndex().row() == expected[-2]


def test_f8_walks_through_flags_in_reading_order(qtbot: Any, window: Any) -> None:
    view = window.aligned
    view.setFocus()
    seen = []
    for _ in range(4):
        with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
            qtbot.keyClick(view, Qt.Key.Key_F8)
        seen.append(blocker.args[0])
    assert seen == ["f-label", "f-hedge", "f-verb", "f-opinion"]
    with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["f-verb"]
    assert "Reporting verb" in window.details.text()


def test_category_filter_hides_marks_and_skips_navigation(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    chip = window.legend.chips["label"]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not chip.isChecked()
    assert not window.category_actions["label"].isChecked()
    cell: Cell = window.aligned.model().index(0, column(comparison, "daily")).data(CELL_ROLE)
    assert cell.flags == ()
    window.aligned.setFocus()
    with qtbot.waitSignal(window.aligned.flagSelected, timeout=1000) as blocker:
        qtbot.keyClick(window.aligned, Qt.Key.Key_F8)
    assert blocker.args == ["f-hedge"]
    window.category_actions["label"].setChecked(True)
    assert chip.isChecked()
    cell = window.aligned.model().index(0, column(comparison, "daily")).data(CELL_ROLE)
    assert [f.id for f in cell.flags] == ["f-label"]


def test_outlet_filter_hides_column_and_rows_only_it_carries(
    window: Any, comparison: Comparison
) -> None:
    daily = column(comparison, "daily")
    actions = window.outlet_menu.actions()
    assert [a.text() for a in actions] == [a.outlet for a in comparison.articles]
    actions[daily].setChecked(False)
    assert window.aligned.isColumnHidden(daily)
    unique_rows = [
        i for i, r in enumerate(window.aligned.aligned_model.rows) if set(r.cells) == {"daily"}
    ]
    assert unique_rows and all(window.aligned.isRowHidden(i) for i in unique_rows)
    assert not window.reading.panes[daily].isVisible()
    assert window.aligned.next_flag(True) is None  # every flag is the Daily's


def test_the_last_outlet_shown_cannot_be_hidden(window: Any, comparison: Comparison) -> None:
    actions = window.outlet_menu.actions()
    assert len(actions) >= 3 and all(a.isEnabled() for a in actions)
    for action in actions[:-1]:
        action.setChecked(False)
    last = actions[-1]
    assert last.isChecked() and not last.isEnabled()
    last_id = comparison.articles[len(actions) - 1].id
    hide = next(a for a in window.outlet_menu_for(len(actions) - 1).actions() if "Hide" in a.text())
    assert not hide.isEnabled()
    assert not window.aligned.isColumnHidden(column(comparison, last_id))
    actions[0].setChecked(True)  # a second outlet back: either may be hidden again
    assert last.isEnabled() and actions[0].isEnabled()


def test_find_moves_to_the_matching_row(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "summer")
    row = window.aligned.currentIndex().row()
    assert "summer" in str(window.aligned.model().index(row, 0).data())
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "no such words")
    assert window.find_bar.status.text() == "Not found"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_actor_shows_how_each_outlet_labels_it(window: Any) -> None:
    window.details.actors.setCurrentRow(0)
    text = window.details.text()
    assert "Xi Jinping" in text
    assert "“Chinese dictator”" in text and "“President”" in text
    assert "no title or label" in text  # the Gazette writes the bare name


def test_reading_view_scrolls_together(qtbot: Any, window: Any) -> None:
    window.set_view("reading")
    window.apply_font_size(26)  # long enough to scroll
    window.resize(900, 400)
    QApplication.processEvents()
    panes = window.reading.panes
    bars = [p.text.verticalScrollBar() for p in panes]
    scrollable = [b for b in bars if b.maximum() > 0]
    if len(scrollable) < 2:
        pytest.skip("texts too short to scroll at this size")
    scrollable[0].setValue(scrollable[0].maximum())
    assert all(b.value() == b.maximum() for b in scrollable)


def test_the_reading_view_opens_at_the_start_of_each_article(qtbot: Any, window: Any) -> None:
    window.apply_font_size(26)  # long enough to scroll
    window.resize(900, 400)
    window.set_view("reading")
    QApplication.processEvents()
    qtbot.wait(50)
    for pane in window.reading.panes:
        assert pane.text.verticalScrollBar().value() == 0
        assert pane.text.textCursor().position() == 0


def test_single_article_view(qtbot: Any, tmp_path: Path, comparison: Comparison) -> None:
    from reader.core.model import Comparison as C
    from ui_sample import make_window

    daily = comparison.article("daily")
    one = C(
        articles=(daily,),
        claims={"daily": comparison.claims["daily"]},
        alignments=(),
        flags=comparison.flags_of("daily"),
        generator=comparison.generator,
    )
    win = make_window(qtbot, tmp_path)
    win.show_comparison(one)
    assert win.tabs.currentWidget() is win.single and win.stack.currentWidget() is win.tabs
    assert win.single.flag_list.count() == len(one.flags)
    win.single.flag_list.setFocus()
    with qtbot.waitSignal(win.single.flagSelected, timeout=1000):
        qtbot.keyClick(win.single.flag_list, Qt.Key.Key_F8)
    assert win.details.text().count("Label or epithet") >= 1
    # with every kind hidden the list says why it is empty, and F8 finds nothing to select
    for chip in win.legend.chips.values():
        chip.setChecked(False)
    assert win.single.flags() == []
    assert "Label or epithet" not in win.details.text()  # no explanation of a hidden flag
    only = win.single.flag_list.item(0)
    assert win.single.flag_list.count() == 1 and "legend hides" in only.text()
    assert not only.flags() & Qt.ItemFlag.ItemIsSelectable
    plain = C(
        articles=(daily,),
        claims={"daily": comparison.claims["daily"]},
        alignments=(),
        flags=(),
        generator=comparison.generator,
    )
    win.show_comparison(plain)
    empty = win.single.flag_list.item(0).text()
    assert "No framing flagged" in empty
    # Said in words a first-time reader knows: what the app looks for, not its "lexicon".
    assert "words and phrasings the app looks for" in empty and "lexicon" not in empty


def test_single_article_lists_its_headline_framing_first(qtbot: Any, tmp_path: Path) -> None:
    from reader.core.compare import compare
    from reader.core.model import Article
    from ui_sample import make_window

    article = Article(
        "seed",
        "Post",
        "The state legislature passed a climate bill on Thursday by 52 votes to 47.",
        title="Radical Democrats Ram Through Climate Mandate",
    )
    comp = compare([article])
    assert comp.headline_flags and not comp.flags
    win = make_window(qtbot, tmp_path)
    win.show_comparison(comp)
    items = [win.single.flag_list.item(i).text() for i in range(win.single.flag_list.count())]
    assert len(items) == len(comp.headline_flags)
    assert all(t.endswith("· headline") for t in items)
    with qtbot.waitSignal(win.single.flagSelected, timeout=1000):
        win.single.flag_list.setCurrentRow(0)
    assert "In the headline" in win.details.text()
    assert win.single.pane is not None and win.single.pane.marked_text() == []


def test_big_comparison_shows_every_row(qtbot: Any, tmp_path: Path) -> None:
    """10 articles x 100 claims are shown whole. How fast is measured by
    ``benchmarks/ui_aligned_bench.py``, never here: a timed test fails on a loaded machine."""
    from reader.core.model import Alignment, AlignmentMember, Article, Claim, Generator
    from ui_sample import make_window

    sentence = "The council voted on the new harbour levy after a long and heated debate. "
    articles = tuple(Article(f"a{i}", f"Outlet {i}", sentence * 100) for i in range(10))
    n = len(sentence)
    claims = {
        a.id: tuple(
            Claim(f"{a.id}-{k}", a.id, k * n, (k + 1) * n - 1, sentence.strip(), k)
            for k in range(100)
        )
        for a in articles
    }
    groups = tuple(
        Alignment(
            f"g{k}",
            0.9,
            tuple(AlignmentMember(a.id, f"{a.id}-{k}", k * n, (k + 1) * n - 1) for a in articles),
        )
        for k in range(100)
    )
    comp = Comparison(articles, claims, groups, (), Generator("t", "t"))
    win = make_window(qtbot, tmp_path)
    win.show_comparison(comp)
    QApplication.processEvents()
    assert win.aligned.model().rowCount() == 100
    assert win.aligned.model().columnCount() == 10


def test_overview_tab_plugs_into_the_workspace(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    from reader.ui.overview import OverviewView

    overview = OverviewView()
    index = window.add_workspace_tab(overview, "&Overview")
    assert window.tabs.tabText(index) == "&Overview"
    assert overview.comparison is comparison  # the open comparison reaches a tab added later
    window.set_view("overview")
    assert window.tabs.currentWidget() is overview
    window.theme_actions["dark"].trigger()
    assert overview.dark
    window.theme_actions["light"].trigger()
    # activating a claim in the overview jumps to its row in the aligned view
    overview.claimActivated.emit("g1")
    assert window.tabs.currentWidget() is window.aligned
    assert window.aligned.currentIndex().row() == next(
        i
        for i, r in enumerate(window.aligned.aligned_model.rows)
        if r.alignment and r.alignment.id == "g1"
    )
    window.show_comparison(None)
    assert overview.comparison is None


def test_clicking_a_claim_in_the_reading_view_highlights_its_counterparts(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    window.set_view("reading")
    QApplication.processEvents()
    gazette = next(p for p in window.reading.panes if p.article.id == "gazette")
    edit = gazette.text
    # a point inside "position paper", in the Gazette's second sentence (no flag there)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(edit.document())
    cursor.setPosition(gazette.position(comparison.article("gazette").text.index("position paper")))
    point = edit.cursorRect(cursor).center()
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.tabs.currentWidget() is window.reading  # stays in the reading view
    row = window.aligned.aligned_model.rows[window.aligned.currentIndex().row()]
    assert row.alignment is not None and row.alignment.id == "g1"
    marked = {p.article.id: p.marked_text() for p in window.reading.panes}
    assert marked["wire"] == ["The two leaders discussed a 12-point position paper on the war."]


def test_article_offsets_round_trip_through_markers() -> None:
    markers = [5, 5, 12]
    for offset in range(0, 20):
        assert richtext.article_offset(richtext.doc_position(offset, markers), markers) == offset


def test_header_menu_hides_an_outlet(qtbot: Any, window: Any, comparison: Comparison) -> None:
    header = window.aligned.horizontalHeader()
    daily = column(comparison, "daily")
    assert header.logicalIndexAt(QPoint(header.sectionViewportPosition(daily) + 20, 10)) == daily
    menu = window.outlet_menu_for(daily)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == [
        "Edit Article Details…",
        "Hide The Daily Bugle",
        "Remove The Daily Bugle from the Comparison",
    ]
    actions[1].trigger()
    assert window.aligned.isColumnHidden(daily)
    assert window.outlet_menu_for(99) is None


@pytest.mark.qt_log_ignore(
    "does not support raise"
)  # the offscreen platform cannot raise a tooltip
def test_hover_over_a_flag_shows_its_explanation(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

    view = window.aligned
    daily = column(comparison, "daily")
    index = view.model().index(0, daily)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.rect = rect
    point = rect.topLeft() + QPoint(10 + 15, 8 + 6)  # inside "Chinese dictator"
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    assert view.cell_delegate.helpEvent(event, view, option, index)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "dictator where the others write" in QToolTip.text()
    QToolTip.hideText()


def test_counterpart_wording_is_marked_with_the_flag(window: Any, comparison: Comparison) -> None:
    """'Chinese dictator' in one cell and 'President Xi Jinping' in the next stand out together."""
    wire = window.aligned.aligned_model.cell(0, column(comparison, "wire"))
    [echo] = wire.echoes
    assert wire.text[echo.start : echo.end] == "President Xi Jinping"
    assert echo.flag.id == "f-label"
    width = window.aligned.columnWidth(column(comparison, "wire"))
    doc = window.aligned.cell_delegate.document(
        window.aligned.model().index(0, column(comparison, "wire")), width
    )
    # hovering or clicking the counterpart leads to the flag it answers
    assert richtext.flag_ids_at(doc, echo.start + 2) == ["f-label"]
    assert richtext.flag_ids_at(doc, echo.end + 2) == []
    # the echo takes no look of its own in the text (no tint, underline or category colour):
    # the view outlines it, so it never outshines the flag it answers
    assert richtext.property_ranges(doc, richtext.ECHO_PROPERTY, "f-label") == [
        (echo.start, echo.end)
    ]
    cursor_format = None
    it = doc.begin().begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.text().startswith(" Xi Jinping"):
            cursor_format = frag.charFormat()
        it += 1
    assert cursor_format is not None
    assert cursor_format.underlineStyle() == cursor_format.UnderlineStyle.NoUnderline
    assert cursor_format.fontWeight() < 600
    assert cursor_format.foreground().color() != QColor(style_for("label").colour)
    assert cursor_format.background().color() != QColor(style_for("label").tint_light)
    # a counterpart that is its whole (short) claim is never echoed: it would mark the whole cell
    from reader.core.echoes import find_echoes
    from reader.core.model import Counterpart, Flag

    claim = "Republican leader Tom Hargrove opposed it."
    whole = Flag(
        "f", "a", 0, 7, "blasted", "loaded", "...", counterparts=(Counterpart("w", claim),)
    )
    assert find_echoes(claim, [(0, len(claim))], "w", [whole]) == ()
    part = Flag(
        "g", "a", 0, 7, "dictator", "label", "...", counterparts=(Counterpart("w", "leader"),)
    )
    [echo] = find_echoes(claim, [(0, len(claim))], "w", [part])
    assert claim[echo.start : echo.end] == "leader"


def test_hidden_category_hides_its_echoes(window: Any, comparison: Comparison) -> None:
    window.legend.set_category("label", False)
    assert window.aligned.aligned_model.cell(0, column(comparison, "wire")).echoes == ()
    window.legend.set_category("label", True)
    assert window.aligned.aligned_model.cell(0, column(comparison, "wire")).echoes


def test_outlet_named_after_its_file_gets_an_edit_link(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    from PySide6.QtGui import QKeySequence

    from reader.core.model import UNKNOWN_OUTLET, Article
    from reader.core.outlets import outlet_needs_name
    from reader.ui.dialogs import key_names

    plain = Article("x", UNKNOWN_OUTLET, "Text.", source="/tmp/000_4aa2d4bfa08ecdd9.txt")
    assert outlet_needs_name(plain)
    assert outlet_needs_name(plain.with_fields(outlet="harbour times", source="harbour_times.txt"))
    assert not outlet_needs_name(plain.with_fields(outlet="Daily Planet"))
    # a person named it, even when it matches the file's words: case tells them apart
    named = Article("y", "Northline Press", "Text.", source="demo/northline-press.txt")
    assert not outlet_needs_name(named)
    assert not outlet_needs_name(plain.with_fields(source="https://x.org/000_4aa2d4bfa08ecdd9"))
    header = window.aligned.header_view
    daily = column(comparison, "daily")
    tip = window.aligned.model().headerData(
        daily, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "Macron's secret plan" in tip and "Ctrl+E" in tip
    # the key is the action's, as this system writes it (Cmd+E on a Mac): a changed key is named
    window.act_edit_details.setShortcut(QKeySequence("Ctrl+Alt+E"))
    tip = window.aligned.model().headerData(
        daily, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert f"press {key_names(window.act_edit_details)} to edit" in tip and "Ctrl+E" not in tip
    with qtbot.waitSignal(header.editRequested) as blocker:
        qtbot.mouseDClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(daily) + 20, 10),
        )
    assert blocker.args == [daily]


def test_first_selection_does_not_scroll(qtbot: Any, window: Any) -> None:
    window.apply_font_size(16)
    view = window.aligned
    view.resize(900, 520)
    view.fit_rows()
    bar = view.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0  # there is somewhere to scroll to
    height = view.viewport().height()
    # the lowest row in full view, below the middle: centring it would scroll row 1 away
    row = max(
        r
        for r in range(view.model().rowCount())
        if view.visualRect(view.model().index(r, 0)).bottom() < height
    )
    assert view.visualRect(view.model().index(row, 0)).center().y() > height // 2
    view.select_row(row)
    assert view.currentIndex().row() == row
    assert bar.value() == 0
    last = view.model().rowCount() - 1
    view.select_row(last)  # out of view: brought in
    assert bar.value() > 0


def legend_widgets(strip: Any) -> list[Any]:
    """The legend's keys on screen, in the strip's order."""
    keys = [strip.marks_note, strip.diff_chip, *strip.chips.values(), strip.quoted_chip]
    return [w for w in keys if not w.isHidden()]


def laid_out_apart(strip: Any) -> bool:
    """Every key of the strip inside it, each whole, none over another: on one line left to
    right, a later line below the one before."""
    boxes = [w.geometry() for w in legend_widgets(strip)]
    inside = all(
        b.left() >= 0 and b.right() < strip.width() and b.bottom() < strip.height() for b in boxes
    )
    whole = all(w.width() >= w.sizeHint().width() for w in legend_widgets(strip))
    ordered = all(
        a.right() < b.left() if a.top() == b.top() else a.bottom() < b.top()
        for a, b in itertools.pairwise(boxes)
    )
    return inside and whole and ordered


def test_the_comment_box_shows_when_the_keyboard_is_in_it(qtbot: Any, window: Any) -> None:
    """Tabbing into the Annotations panel's comment box (or the Paste Text dialog's box) drew
    no frame at all, only a caret, where the name box above and the buttons below show a
    highlight frame. The box is framed as the name box is, and in the highlight colour while
    it has the keyboard."""
    from PySide6.QtGui import QImage

    from reader.ui.theme import colours

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.insights.annotations_dock.raise_()
    panel = window.insights.annotations
    comment = panel.comment
    dark = window.theme_manager.dark
    highlight, border = (QColor(colours(dark)[k]) for k in ("highlight", "border"))

    def edge_has(colour: QColor) -> bool:
        QApplication.processEvents()
        image = comment.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        y = image.height() // 2
        return any(image.pixelColor(x, y) == colour for x in range(3))

    qtbot.waitUntil(lambda: not comment.visibleRegion().isEmpty(), timeout=2000)
    panel.author_edit.setFocus()
    qtbot.waitUntil(panel.author_edit.hasFocus, timeout=2000)
    assert edge_has(border) and not edge_has(highlight)
    qtbot.keyClick(panel.author_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(comment.hasFocus, timeout=2000)
    assert edge_has(highlight)


def test_the_intensifier_chip_is_underlined_as_its_marks_are(qtbot: Any) -> None:
    """The text views underline an intensifier dash-dot (as the Help says); its legend chip, the
    key to those marks, draws the same one broken line, not two solid ones."""
    from PySide6.QtGui import QImage

    from reader.ui.legend import LegendChip

    st = style_for("intensifier")
    chip = LegendChip("Intensifier", "flag", st)
    qtbot.addWidget(chip)
    chip.resize(chip.sizeHint())
    image = chip.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colour = QColor(st.colour)

    def near(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - colour.red()) + abs(c.green() - colour.green()) < 60

    rows = {y: [near(x, y) for x in range(image.width())] for y in range(image.height())}
    lined = [y for y, xs in rows.items() if sum(xs) > image.width() // 4]
    assert lined and lined == list(range(lined[0], lined[-1] + 1))  # one line, however thick
    xs = rows[lined[0]]
    start, end = xs.index(True), len(xs) - xs[::-1].index(True)
    assert not all(xs[start:end])  # broken, as dash-dot is


def test_the_legend_wraps_rather_than_drop_a_name(qtbot: Any) -> None:
    """Narrowing the strip, no chip gives up its name: the chips wrap onto another line, the
    strip grows to hold them, nothing is drawn over its neighbour, and widening brings the one
    line back. Every key, "Speakers' words" and "Different wording" too, is a named toggle."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from reader.core.model import CATEGORY_SHORT_LABELS
    from reader.ui.legend import LegendChip, LegendStrip

    host = QWidget()  # as in the window: the strip sits in a layout that may squeeze it
    qtbot.addWidget(host)
    strip = LegendStrip(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(strip)
    layout.addStretch(1)
    strip.show_present({*CATEGORY_LABELS, QUOTED})  # every chip, the occasional ones too
    host.resize(1400, 200)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: strip.lines() == 1 and laid_out_apart(strip), timeout=2000)
    one_line = strip.height()
    keys = [strip.diff_chip, *strip.chips.values(), strip.quoted_chip]
    assert all(isinstance(k, LegendChip) and k.isCheckable() for k in keys)
    assert [c.text() for c in strip.chips.values()] == [
        CATEGORY_SHORT_LABELS[c] for c in strip.chips
    ]
    assert strip.quoted_chip.text() == "“Speakers’ words”"  # curly inside curly
    assert strip.diff_chip.text() == "Different wording"
    tips = {cat: (b.toolTip(), b.accessibleName()) for cat, b in strip.chips.items()}
    assert all(CATEGORY_LABELS[cat] in tip for cat, (tip, _name) in tips.items())
    lines = []
    for width in range(strip.flow().sizeHint().width() + 30, 300, -40):
        host.resize(width, 200)
        qtbot.waitUntil(
            lambda width=width: strip.width() == width and laid_out_apart(strip), timeout=2000
        )
        assert strip.height() == strip.heightForWidth(width), width  # every line shows
        assert [k.text() for k in keys] == [k.text() for k in legend_widgets(strip)], width
        lines.append(strip.lines())
    assert lines[0] == 1 and lines[-1] >= 3 and lines == sorted(lines)
    host.resize(1400, 200)
    qtbot.waitUntil(lambda: strip.lines() == 1 and strip.height() == one_line, timeout=2000)


#: Words a 15-year-old meets in the kinds' names but cannot be asked to know: a teacher's walk
#: found them in what a student sees, with nothing to say what they are.
JARGON = ("epithet", "pejorative", "intensif", "hedg", "emotive", "value-laden", "irony", "clause")


def test_every_kinds_meaning_is_in_plain_words_a_student_can_check(
    qtbot: Any, tmp_path: Path
) -> None:
    """The one-line meanings every place shows (legend tips, Details, Help, the report) use
    none of the trade's words and stay one short sentence; the legend's chips give them to a
    screen reader too, as their tooltips do."""
    from reader.core.model import CATEGORY_LABELS, category_description
    from reader.ui.typography import curly
    from ui_sample import make_window

    for cat in CATEGORY_LABELS:
        for articles in (1, 2):
            meaning = category_description(cat, articles)
            assert meaning and not [w for w in JARGON if w in meaning.lower()], (cat, meaning)
            assert len(meaning.split()) <= 22, (cat, meaning)
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    for cat, chip in window.legend.chips.items():
        assert chip.accessibleDescription() == curly(category_description(cat, 2))
        assert curly(category_description(cat, 2)) in chip.toolTip()


def test_view_show_flags_writes_every_entry_as_the_legend_does(qtbot: Any, tmp_path: Path) -> None:
    """View › Show Flags had "Different Wording" and "Speakers' Words" under nine sentence-case
    kinds, while their chips said "Different wording" and “Speakers' words”: one spelling each,
    in the menu, on the chips and in the Help."""
    from reader.ui.dialogs import help_html
    from reader.ui.legend import DIFFERENCES
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    entries = [a.text() for a in window.category_actions.values()]
    assert len(entries) >= 10
    assert all(e[1:] == e[1:].lower() for e in entries), entries
    chips = window.legend
    assert window.category_actions[DIFFERENCES].text() == chips.diff_chip.text()
    assert f"“{window.category_actions[QUOTED].text()}”" == chips.quoted_chip.text()
    help_text = QTextDocument()
    help_text.setHtml(help_html())
    page = " ".join(help_text.toPlainText().split())
    for key in (DIFFERENCES, QUOTED):
        said = re.findall(r"View › Show Flags › (\S+ \S+?)[ ,]", page)
        assert window.category_actions[key].text() in said, (key, said)


def test_every_place_names_and_describes_a_kind_from_one_source(qtbot: Any, tmp_path: Path) -> None:
    """The legend, View › Show Flags, the single article's list and the Help take a kind's name
    and description from the core's tables: the legend's short names are words of the full names,
    its tips give the full name, and the Help says which short name the legend shows."""
    from reader.core.model import CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, CATEGORY_SHORT_LABELS
    from reader.ui.dialogs import help_html
    from reader.ui.typography import curly
    from ui_sample import make_window, one_article

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    help_text = QTextDocument()
    help_text.setHtml(help_html())
    page = " ".join(help_text.toPlainText().split())
    for cat, name in CATEGORY_LABELS.items():
        short, what = CATEGORY_SHORT_LABELS[cat], curly(CATEGORY_DESCRIPTIONS[cat])
        assert set(short.lower().split()) <= set(name.lower().split()), cat
        action = window.category_actions[cat]
        assert (action.text(), action.statusTip()) == (name, what)
        assert what in page, cat
        underline = UNDERLINE_WORDS[style_for(cat).underline]
        assert f"{underline} underline, marker {style_for(cat).marker}" in page, cat
        chip = window.legend.chips.get(cat)
        if chip is None:
            assert cat == "unique-claim"  # its bar labels itself: no chip
            continue
        assert chip.text() == short
        assert name in chip.toolTip() and what in chip.toolTip()
        assert f"{underline} underline and the letter {style_for(cat).marker}" in chip.toolTip()
        legend = f"“{short}” in the legend; " if short != name else ""
        assert f"{name} — {legend}" in page, cat
    assert CATEGORY_LABELS["attribution"].lower() in page  # "what it can show" names them too
    window.show_comparison(one_article(sample_comparison(), "daily"))
    listed = [
        window.single.flag_list.item(i).text() for i in range(window.single.flag_list.count())
    ]
    assert all(any(f"— {name}" in line for name in CATEGORY_LABELS.values()) for line in listed)


def _window_with_legend(
    qtbot: Any, tmp_path: Path, width: int, height: int, occasional: set[str]
) -> Any:
    """A window of ``width`` x ``height`` showing the sample comparison, its legend with the
    ``occasional`` chips, laid out."""
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    every_kind = {c for c in CATEGORY_LABELS if c not in OCCASIONAL_CATEGORIES}
    window.legend.show_present({*every_kind, *occasional, QUOTED})  # flags of each kind
    window.resize(width, height)
    strip = window.legend
    qtbot.waitUntil(lambda: strip.width() < width - 200 and laid_out_apart(strip), timeout=2000)
    return window


@pytest.mark.parametrize(
    ("width", "height", "occasional", "lines"),
    [
        (1024, 768, {"detail"}, 2),
        (1280, 800, {"detail"}, 2),
        (1400, 900, {"detail"}, 1),
        (1400, 900, {"detail", "figure"}, 1),
    ],
)
def test_the_window_names_every_chip_at_the_usual_sizes(
    qtbot: Any, tmp_path: Path, width: int, height: int, occasional: set[str], lines: int
) -> None:
    """At the usual window sizes, docks open and the occasional chips shown, every chip keeps
    its name, none over another: one line at the default size (1400x900), even with both the
    Detail and the Figure chip, two where narrower."""
    window = _window_with_legend(qtbot, tmp_path, width, height, occasional)
    strip = window.legend
    assert strip.lines() == lines and strip.height() == strip.heightForWidth(strip.width())
    # the key, every kind but the occasional ones absent here, and the speakers' words
    kinds = [k for k in strip.chips if k not in OCCASIONAL_CATEGORIES - occasional]
    assert len(legend_widgets(strip)) == 1 + len(kinds) + 1
    # the views start below the legend, however many lines it takes
    assert (
        window.tabs.mapTo(window, window.tabs.rect().topLeft()).y()
        >= strip.mapTo(window, strip.rect().bottomLeft()).y()
    )


@pytest.mark.parametrize(
    ("width", "height", "occasional"),
    [(1024, 700, set()), (1024, 700, {"detail"}), (1280, 800, {"detail"})],
)
def test_a_wrapped_legend_takes_even_lines_with_no_chip_left_alone(
    qtbot: Any, tmp_path: Path, width: int, height: int, occasional: set[str]
) -> None:
    """Narrower than the default size the chips take two lines; filled one by one, the second
    held "Speakers' words" alone under a full line, a stray rather than part of the key. The
    lines are as even as the chips allow: no wider apart than one chip, in the same order."""
    window = _window_with_legend(qtbot, tmp_path, width, height, occasional)
    strip = window.legend
    keys = legend_widgets(strip)
    rows: dict[int, list[Any]] = {}
    for key in keys:
        rows.setdefault(key.geometry().top(), []).append(key)
    assert len(rows) == strip.lines() == 2
    assert all(len(row) >= 2 for row in rows.values())
    spans = [row[-1].geometry().right() - row[0].geometry().left() for row in rows.values()]
    assert max(spans) - min(spans) <= max(k.width() for k in keys)
    assert [k for row in rows.values() for k in row] == keys


def test_a_rare_category_has_its_chip_only_when_the_comparison_has_such_flags(qtbot: Any) -> None:
    from reader.ui.legend import LegendStrip

    strip = LegendStrip()
    qtbot.addWidget(strip)
    strip.show()
    strip.show_present({"label", "loaded"})
    assert strip.chips["detail"].isHidden() and not strip.chips["label"].isHidden()
    strip.show_present({"label", "detail"})
    assert not strip.chips["detail"].isHidden()
    assert "detail" in strip.categories()  # hidden or shown, its flags are not filtered out


def test_the_legend_keys_only_the_kinds_the_comparison_has(qtbot: Any) -> None:
    """As the report's legend lists only what it holds, the strip has a chip for a kind only
    when the comparison has flags of it: no "Hedge" key over articles with no hedge. Before any
    comparison every regular kind is keyed; a chip set aside keeps its choice, so a kind a
    reader hid stays hidden in the next comparison that has it."""
    from reader.ui.legend import LegendStrip

    strip = LegendStrip()
    qtbot.addWidget(strip)
    strip.show()
    assert not strip.chips["hedge"].isHidden() and strip.chips["detail"].isHidden()
    strip.chips["hedge"].setChecked(False)
    strip.show_present({"label", "loaded"})
    shown = [cat for cat, chip in strip.chips.items() if not chip.isHidden()]
    assert shown == ["label", "loaded"]
    assert strip.quoted_chip.isHidden()  # nothing in a speaker's words: no key to them
    assert "hedge" not in strip.categories()
    strip.show_present({"label", "hedge", QUOTED})
    assert not strip.chips["hedge"].isHidden() and not strip.chips["hedge"].isChecked()
    assert not strip.quoted_chip.isHidden()
    assert strip.chips["hedge"] in strip.reachable_chips()
    assert strip.chips["loaded"] not in strip.reachable_chips()  # the keyboard skips it


def test_reading_headers_are_level_and_keep_the_full_title(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    from reader.ui.reading_header import ElidedLabel

    window.set_view("reading")
    window.reading.resize(600, 500)
    qtbot.waitUntil(lambda: window.reading.panes[0].text.y() > 0, timeout=2000)
    tops = {pane.text.y() for pane in window.reading.panes}
    assert len(tops) == 1  # the texts start level, whatever the titles' lengths
    daily = window.reading.panes[column(comparison, "daily")]
    label = daily.subtitle
    assert isinstance(label, ElidedLabel)
    assert label.full_text.startswith("Macron's secret plan")
    assert "Macron's secret plan" in label.parentWidget().toolTip()
    label.resize(40, label.height())  # on three lines, "Macron's secret plan" fits in 60 px
    assert label.text().endswith("…") and len(label.text()) < len(label.full_text)


def test_single_article_named_after_its_file_offers_edit(qtbot: Any, window: Any) -> None:
    from dataclasses import replace

    from reader.core.model import Article

    bare = Article("solo", "000 4aa2", "The council met on Tuesday.", source="/data/000_4aa2.txt")
    window.show_comparison(replace(sample_comparison(), articles=(bare,), alignments=(), flags=()))
    assert window.tabs.currentWidget() is window.single
    link = window.single.pane.edit_link
    assert link is not None and link.accessibleName()
    with qtbot.waitSignal(window.single.editRequested) as blocker:
        link.linkActivated.emit("edit")
    assert blocker.args == ["solo"]
    # a named outlet has no such link
    named = replace(bare, outlet="Harbour Daily")
    window.show_comparison(replace(sample_comparison(), articles=(named,), alignments=(), flags=()))
    assert window.single.pane.edit_link is None


def test_the_words_that_fired_are_bold_inside_the_phrase_they_judge() -> None:
    from PySide6.QtGui import QFont, QTextDocument

    from reader.core.model import Flag

    text = "Officials opened a sham inquiry into the fees."
    start = text.index("sham")
    flag = Flag(
        "f1",
        "a",
        start,
        text.index(" into"),
        "sham inquiry",
        "loaded",
        "'sham' is loaded wording.",
        trigger=(start, start + 4),
    )
    segs = richtext.segments(text, 0, len(text), [flag])
    assert [(text[s.start : s.end], s.trigger) for s in segs if s.flags] == [
        ("sham", True),
        (" inquiry", False),
    ]
    doc = QTextDocument()
    richtext.fill_document(
        doc, text, [(0, len(text))], [flag], (), dark=False, diff_colour="#ff0", find_colour="#0ff"
    )
    weights = {}
    block = doc.begin()
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        weights[frag.text()] = frag.charFormat().fontWeight()
        it += 1
    assert weights["sham"] == QFont.Weight.Bold
    assert weights[" inquiry"] < QFont.Weight.DemiBold


def lines_of(doc: QTextDocument) -> list[str]:
    """The text of each line ``doc`` is laid out in."""
    doc.size()  # lays the document out
    out = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            out.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return out


def test_a_marker_letter_stays_on_its_words_line_in_a_narrow_column(qapp: Any) -> None:
    """A word wider than the column is broken between any two characters; the break once fell
    between the word and its letter, which began the next line alone."""
    from PySide6.QtGui import QFont, QFontMetricsF, QTextOption

    from reader.core.model import Flag

    text = 'They called it "regeneration", then left.'
    start = text.index('"regeneration"')
    end = start + len('"regeneration"')
    flag = Flag("f1", "a", start, end, text[start:end], "scare-quote", "Distancing quotes.")
    letter = style_for("scare-quote").marker
    font = QFont()
    font.setPointSizeF(20)
    word = QFontMetricsF(font).horizontalAdvance(text[start:end])
    broken_after = []
    for width in range(int(word) - 4, int(word) + 30):
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        richtext.fill_document(
            doc,
            text,
            [(0, len(text))],
            [flag],
            (),
            dark=False,
            diff_colour="#ff0",
            find_colour="#0ff",
        )
        doc.setTextWidth(width)
        lines = lines_of(doc)
        assert not any(line.startswith(letter) for line in lines), (width, lines)
        broken_after += [line for line in lines if line.endswith(letter + richtext.MARKER_JOINER)]
    assert broken_after  # some widths did end a line right after the letter


def test_the_marker_widths_kept_stay_bounded_across_text_sizes(qapp: Any) -> None:
    """Each text size measures the letters anew; a long session of zooming must not keep every
    size it passed through, and the size in use is measured as before."""
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

    letter = style_for("scare-quote").marker
    fmt = richtext.marker_format(style_for("scare-quote"), QFont(), False)
    widths = []
    for tenths in range(80, 80 + 2 * richtext.WIDTHS_KEPT):
        doc = QTextDocument()
        font = QFont()
        font.setPointSizeF(tenths / 10)
        doc.setDefaultFont(font)
        richtext.insert_marker(QTextCursor(doc), letter, QTextCharFormat(fmt))
        widths.append(richtext._letters_width(letter, fmt, font))
    assert len(richtext._WIDTHS) <= richtext.WIDTHS_KEPT
    assert all(w > 0 for w in widths)


def test_no_marker_letters_insert_nothing(qapp: Any) -> None:
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

    doc = QTextDocument()
    fmt = richtext.marker_format(style_for("scare-quote"), QFont(), False)
    assert richtext.insert_marker(QTextCursor(doc), "", QTextCharFormat(fmt)) == 0
    assert doc.toPlainText() == ""


def test_headline_framing_is_marked_in_the_column_header(
    qtbot: Any, tmp_path: Path, comparison: Comparison
) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QColor

    from reader.core.model import Flag
    from reader.core.palette import style_for
    from ui_sample import make_window

    first = comparison.articles[0]
    articles = (
        replace(first, title="Radical council rams budget through"),
        *comparison.articles[1:],
    )
    flag = Flag("h1", first.id, 0, 7, "Radical", "label", "In the headline, ...", where="title")
    marked = replace(comparison, articles=articles, headline_flags=(flag,))

    def label_pixels(comp: Comparison) -> int:
        win = make_window(qtbot, tmp_path)
        win.show_comparison(comp)
        header = win.aligned.header_view
        image = header.grab().toImage()
        ink = QColor(style_for("label").colour).rgb()
        return sum(
            1
            for x in range(min(image.width(), 400))
            for y in range(image.height())
            if image.pixel(x, y) == ink
        )

    assert label_pixels(marked) > 20  # the underline under "Radical"
    assert label_pixels(replace(marked, headline_flags=())) == 0
    win = make_window(qtbot, tmp_path)
    win.show_comparison(marked)
    tip = win.aligned.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "In the headline, ..." in str(tip)  # the tooltip explains the mark


def test_reading_title_line_marks_headline_framing(qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    from reader.core.palette import style_for
    from reader.ui.reading_header import ElidedLabel

    label = ElidedLabel("Radical council rams budget through · 2024-11-21")
    qtbot.addWidget(label)
    label.resize(400, 24)
    label.show()
    qtbot.waitExposed(label)
    ink = QColor(style_for("label").colour).rgb()

    def inked() -> int:
        image = label.grab().toImage()
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if image.pixel(x, y) == ink
        )

    assert inked() == 0
    label.set_marks([(0, 7, style_for("label"))], dark=False)
    assert inked() > 10
    whole = inked()
    label.resize(36, 24)  # "Radical" no longer fits: its mark moves onto the ellipsis
    qtbot.waitUntil(lambda: "Radical" not in label.text())
    assert 0 < inked() < whole


def _with_quoted_verb(comparison: Comparison) -> Comparison:
    """The sample with its reporting-verb flag inside a quotation (a speaker's words)."""
    from dataclasses import replace

    flags = tuple(replace(f, quoted=True) if f.id == "f-verb" else f for f in comparison.flags)
    return replace(comparison, flags=flags)


def test_quoted_flags_are_underlined_without_a_tint(comparison: Comparison) -> None:
    quoted = _with_quoted_verb(comparison)
    verb = next(f for f in quoted.flags if f.id == "f-verb")
    loaded = next(f for f in quoted.flags if f.id == "f-loaded")
    opinion = next(f for f in quoted.flags if f.id == "f-opinion")
    assert richtext.mark_of([verb]) == (verb, False)
    assert richtext.mark_of([opinion, loaded]) == (loaded, True)
    assert richtext.mark_of([verb, loaded]) == (loaded, True)  # the outlet's word wins the tint
    html = richtext.marked_html(DAILY, 0, len(DAILY), (), [verb], dark=False)
    assert "background:transparent" in html and "text-decoration:underline" in html


def test_flags_inside_quotations_can_be_hidden(
    qtbot: Any, tmp_path: Path, comparison: Comparison
) -> None:
    from reader.ui.legend import QUOTED
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    window.show_comparison(_with_quoted_verb(comparison))
    model = window.aligned.model()
    row = model.flag_row["f-verb"]
    assert "f-verb" in [f.id for f in model.visible_flags(row, "daily")]
    qtbot.mouseClick(window.legend.quoted_chip, Qt.MouseButton.LeftButton)
    assert not window.category_actions[QUOTED].isChecked()  # the View menu follows the chip
    assert "f-verb" not in [f.id for f in model.visible_flags(row, "daily")]
    assert "f-verb" not in [f[3] for f in window.aligned.flag_order()]
    assert "f-label" in [f[3] for f in window.aligned.flag_order()]  # the outlet's own stay
    window.category_actions[QUOTED].setChecked(True)
    assert window.legend.quoted_chip.isChecked()
    assert "f-verb" in [f.id for f in model.visible_flags(row, "daily")]


def test_a_headline_mark_cut_off_by_the_ellipsis_marks_the_ellipsis(qtbot: Any) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter

    full = "Council approves the plan after a long night of talks with the dictator"
    start = full.index("dictator")
    style = style_for("label")
    image = QImage(600, 30, QImage.Format.Format_RGB32)

    def tinted_after(shown: str) -> list[int]:
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        richtext.paint_line_marks(
            painter, QPoint(0, 0), shown, full, [(start, len(full), style)], False
        )
        width = painter.fontMetrics().horizontalAdvance(shown)
        painter.end()
        tint = QColor(style.tint_light).rgb()
        return [x for x in range(width + 2) if image.pixel(x, 5) == tint]

    painter = QPainter(image)
    shown = painter.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, 200)
    painter.end()
    assert shown.endswith("…") and "dictator" not in shown
    marked = tinted_after(shown)
    assert marked, "the hidden mark shows on the ellipsis"
    painter = QPainter(image)
    before = painter.fontMetrics().horizontalAdvance(shown[:-1])
    painter.end()
    assert min(marked) >= before - 1  # only the ellipsis, not the visible words
    assert tinted_after(full)  # shown whole, the word itself is marked


def test_claims_shown_together_keep_the_articles_own_joints() -> None:
    text = "Residents get a discount, and holders of permits are exempt. Later, a vote. Much later."
    first = (0, text.index(","))
    second = (text.index("and holders"), text.index("exempt.") + 7)
    third = (text.index("Later"), text.index("vote.") + 5)
    last = (text.index("Much"), len(text))
    # a sentence the claims stage split, and two sentences in a row: nothing was left out
    assert richtext.joined(text, [first, second]) == text[: second[1]]
    assert richtext.joined(text, [second, third]) == text[second[0] : third[1]]
    # a sentence skipped between them: the ellipsis says words were left out
    assert richtext.joined(text, [first, last]) == "Residents get a discount … Much later."


def test_a_comparison_with_nothing_in_common_says_so(
    qtbot: Any, tmp_path: Path, comparison: Comparison
) -> None:
    from dataclasses import replace

    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    window.show_comparison(comparison)
    assert window.notice.isHidden()
    assert window.act_next_diff.isEnabled() and not window.legend.diff_chip.isHidden()
    apart = replace(comparison, alignments=())
    window.show_comparison(apart)
    assert not window.notice.isHidden()
    assert "No claim lines up" in window.notice.text()
    # ... and nothing else then speaks of claims "only" one outlet carries
    model = window.aligned.model()
    cells = [model.index(r, c).data(CELL_ROLE) for r in range(model.rowCount()) for c in range(3)]
    assert not any(cell.unique for cell in cells)
    from reader.ui.details import row_html

    assert "Only in" not in row_html(next(iter(apart.rows())), apart, [], False)
    # One article: nothing to differ from, so no difference navigation and no legend entry for it.
    one = replace(comparison, articles=comparison.articles[:1], alignments=())
    window.show_comparison(one)
    assert window.notice.isHidden()
    assert not window.act_next_diff.isEnabled() and window.legend.diff_chip.isHidden()


def test_a_long_headline_wraps_onto_a_second_line_before_it_is_cut(qtbot: Any) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    fm = QFontMetrics(QFont())
    text = "Council approves the congestion charge after a long night of talks with residents"
    width = fm.horizontalAdvance(text) // 2 + 10
    lines = richtext.wrap_lines(text, fm, width, 2)
    assert len(lines) == 2
    (off1, full1, shown1), (off2, full2, shown2) = lines
    assert off1 == 0 and shown1 == full1 and text.startswith(full1)
    assert text[off2:] == full2 and off2 == len(full1) + 1  # broken at a space
    assert all(fm.horizontalAdvance(s) <= width for s in (shown1, shown2))
    # a short headline takes one line, unchanged
    assert richtext.wrap_lines("Council votes", fm, width, 2) == [
        (0, "Council votes", "Council votes")
    ]
    # three lines' worth in two: the second line ends with an ellipsis
    long = " ".join([text] * 3)
    assert richtext.wrap_lines(long, fm, width, 2)[-1][2].endswith("…")


def test_a_headline_cut_on_its_last_line_is_cut_after_a_whole_word(qtbot: Any) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    fm = QFontMetrics(QFont())
    text = "Regime claims victory as thousands take to the streets of the capital tonight"
    words = text.split()
    for width in range(fm.horizontalAdvance("Regime claims…"), fm.horizontalAdvance(text), 7):
        for most in (1, 2):
            *_, (_offset, full, shown) = richtext.wrap_lines(text, fm, width, most)
            if shown == full:
                continue
            kept = shown.removesuffix("…").rstrip()
            assert shown.endswith("…") and full.startswith(kept)
            assert kept.split()[-1] in words, (width, shown)  # "stre…" is no word
            assert fm.horizontalAdvance(shown) <= width


def test_a_headline_past_the_headers_characters_is_cut_after_a_whole_word() -> None:
    """Not "… with Communist China to …", whose ellipsis wrapped onto a line of its own, nor a
    word cut in two: the cut keeps whole words, the ellipsis against the last."""
    from reader.ui.aligned_model import elide, elide_at

    text = "Council leader is said to be working on a quiet plan with the port board to end it"
    for n in range(12, len(text)):
        cut = elide(text, n)
        assert len(cut) <= n and cut.endswith("…") and not cut.endswith(" …"), n
        kept = cut.removesuffix("…")
        assert text.startswith(kept) and text[len(kept)] == " ", n  # a whole word kept
        assert elide_at(text, n) == len(kept)
    assert elide(text, len(text)) == text
    assert elide("Antidisestablishmentarianism", 10) == "Antidises…"  # one long word is cut


def test_the_reading_title_line_takes_two_lines_and_stays_level(qtbot: Any) -> None:
    from reader.ui.reading_header import ElidedLabel

    title = "Radical council rams the budget through after a long night of talks · 2024-11-21"
    two = ElidedLabel(title, lines=2)
    one = ElidedLabel("Council passes budget", lines=2)
    for label in (two, one):
        qtbot.addWidget(label)
        label.resize(220, label.height())
        label.show()
    qtbot.waitExposed(two)
    shown = two.text().split("\n")
    assert len(shown) == 2 and title.startswith(shown[0])
    assert one.text() == "Council passes budget"
    assert one.height() == two.height()  # side by side, the panes' texts start level


def test_a_long_outlet_name_does_not_widen_its_reading_column(qtbot: Any) -> None:
    from reader.core.model import Article
    from reader.ui.reading_pane import ArticlePane

    long_name = "The International Daily Chronicle of Foreign Affairs and Diplomatic Correspondence"
    pane = ArticlePane(Article("x", long_name, "A short text."))
    qtbot.addWidget(pane)
    short = ArticlePane(Article("y", "Wire", "A short text."))
    qtbot.addWidget(short)
    assert pane.minimumSizeHint().width() <= max(short.minimumSizeHint().width(), 120)


def _long_named_pane(qtbot: Any) -> Any:
    """A Reading-view pane, shown 600 px wide, for an outlet whose name is long."""
    from reader.core.model import Article
    from reader.ui.reading_pane import ArticlePane

    article = Article("x", "The Westhaven Courier", "A short text.", date="2026-11-24")
    pane = ArticlePane(article)
    qtbot.addWidget(pane)
    pane.resize(600, 300)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_a_narrow_reading_header_gives_up_the_date_before_the_outlets_name(qtbot: Any) -> None:
    """The outlet says whose text it is: in a narrow pane the date goes (to the tooltip) rather
    than the name being cut to "The W…" beside a whole date."""
    pane = _long_named_pane(qtbot)
    article = pane.article
    date = pane.header._date_label
    assert date is not None and date.isVisible()
    pane.resize(160, 300)
    qtbot.waitUntil(lambda: not date.isVisible(), timeout=2000)
    label = pane.outlet_label
    twelve = label.fontMetrics().horizontalAdvance(article.outlet[:12])
    qtbot.waitUntil(lambda: label.width() >= twelve, timeout=2000)  # the name has the room
    assert label.text().startswith("The Westhaven")
    assert "2026-11-24" in pane.header.toolTip()
    pane.resize(600, 300)
    qtbot.waitUntil(date.isVisible, timeout=2000)


def test_reading_headers_wrap_a_long_outlet_name_and_keep_the_texts_level(
    qtbot: Any, tmp_path: Path, comparison: Comparison
) -> None:
    """At 1024 px with the library shown the Reading view's columns read "The Harbour Ti…":
    the name wraps to a second line instead, every column's header takes that line too so
    the texts still start level, and a wide window gives the line back."""
    from dataclasses import replace

    from ui_sample import make_window

    named = replace(comparison.articles[1], outlet="The Harbour Times")
    arts = (comparison.articles[0], named, comparison.articles[2])
    window = make_window(qtbot, tmp_path)
    window.show_comparison(replace(comparison, articles=arts))
    if window.sidebar_dock.isHidden():
        window.sidebar_dock.toggleViewAction().trigger()
    window.resize(1024, 700)
    window.set_view("reading")
    panes = window.reading.panes
    label = panes[1].outlet_label
    bold = QFontMetrics(label.font())
    qtbot.waitUntil(lambda: label.max_lines == 2, timeout=3000)
    assert bold.horizontalAdvance(named.outlet) > label.width()  # one line cannot hold it
    assert label.text().replace("\n", " ") == named.outlet  # whole, over two lines
    assert len({p.outlet_label.height() for p in panes}) == 1
    assert len({p.text.mapTo(window, QPoint(0, 0)).y() for p in panes}) == 1  # level texts
    window.sidebar_dock.toggleViewAction().trigger()
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: label.max_lines == 1, timeout=3000)
    assert label.text() == named.outlet


def test_reading_headers_grow_with_the_zoom_and_stay_level(qtbot: Any, window: Any) -> None:
    """View › Zoom In grew the Reading view's text but not its headers: zoomed for low vision,
    the headline, a main framing signal, stayed at the menus' size above text twice as large.
    Outlet and headline now grow with the text, stay level, and Actual Size puts them back."""
    assert window.set_view("reading")
    panes = window.reading.panes
    header = panes[0].header
    before = (header.outlet_label.font().pointSizeF(), header.subtitle.font().pointSizeF())
    text_before = panes[0].text.document().defaultFont().pointSizeF()
    for _ in range(4):
        window.act_zoom_in.trigger()
    grown = panes[0].text.document().defaultFont().pointSizeF() - text_before
    assert grown >= 3
    for pane in panes:
        outlet, headline = pane.header.outlet_label, pane.header.subtitle
        assert outlet.font().pointSizeF() == pytest.approx(before[0] + grown)
        assert headline.font().pointSizeF() == pytest.approx(before[1] + grown)
        assert headline.height() >= QFontMetrics(headline.font()).lineSpacing() * 3
    qtbot.waitUntil(lambda: len({p.text.mapTo(window, QPoint(0, 0)).y() for p in panes}) == 1)
    window.act_zoom_reset.trigger()
    assert (header.outlet_label.font().pointSizeF(), header.subtitle.font().pointSizeF()) == (
        pytest.approx(before[0]),
        pytest.approx(before[1]),
    )


def test_zoomed_reading_headers_leave_a_short_window_most_of_its_text(
    qtbot: Any, window: Any
) -> None:
    """At 28 points in a 1366x480 window the Reading view's headers took two thirds of the
    columns' height (228 of 340 px) and left a strip of text. They take at most the Aligned
    view's share: the headline gives up lines, then the outlet's name its second, the first
    line of each still showing, and a taller window gives them back, every column level."""
    assert window.set_view("reading")
    window.apply_font_size(28)
    panes = window.reading.panes
    daily = panes[1]  # "The Daily Bugle" wraps to two lines at this size
    window.resize(1366, 900)
    qtbot.waitUntil(lambda: daily.outlet_label.max_lines == 2, timeout=3000)
    tall = [(p.outlet_label.max_lines, p.subtitle.max_lines) for p in panes]
    assert daily.subtitle.max_lines == 3
    window.resize(1366, 480)
    qtbot.waitUntil(lambda: daily.header.height() <= daily.height() // 2, timeout=3000)
    QApplication.processEvents()
    for pane, article in zip(panes, window.comparison.articles, strict=True):
        assert pane.text.height() >= pane.height() // 2
        outlet_line = pane.outlet_label.text().split("\n")[0]
        assert outlet_line.rstrip("…") and article.outlet.startswith(outlet_line.rstrip("…"))
        headline_line = pane.subtitle.text().split("\n")[0]
        assert headline_line.rstrip("…") and article.title.startswith(headline_line.rstrip("…"))
    assert len({p.text.mapTo(window, QPoint(0, 0)).y() for p in panes}) == 1  # level texts
    window.resize(1366, 900)
    qtbot.waitUntil(
        lambda: [(p.outlet_label.max_lines, p.subtitle.max_lines) for p in panes] == tall,
        timeout=3000,
    )


def test_a_reading_header_keeps_the_date_only_beside_a_readable_name(qtbot: Any) -> None:
    """At 1280x800 the Reading view showed "The Westhaven …" beside a whole date: the room kept
    for the name was the font's average letter times 18, narrower than the name's own letters.
    At every width the date shows, the name shows its first 18 characters or more."""
    from reader.ui.aligned_headers import OUTLET_MIN_CHARS

    pane = _long_named_pane(qtbot)
    article = pane.article
    date, label = pane.header._date_label, pane.outlet_label
    assert date is not None
    shown_with_date = []
    for width in range(400, 150, -10):
        pane.resize(width, 300)
        qtbot.waitUntil(lambda width=width: pane.width() == width, timeout=2000)
        QApplication.processEvents()
        if date.isVisible():
            shown_with_date.append(label.text())
            assert label.text().startswith(article.outlet[:OUTLET_MIN_CHARS]), width
    assert shown_with_date and not date.isVisible()  # wide, both; narrow, the name alone


def test_the_key_to_different_wording_shows_only_where_wording_is_shaded(
    qtbot: Any, tmp_path: Path, comparison: Comparison
) -> None:
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    window.show_comparison(comparison)
    key = window.legend.diff_chip
    window.set_view("aligned")
    assert not key.isHidden()
    window.set_view("reading")  # the reading view shades no wording
    assert key.isHidden()
    window.set_view("overview")
    assert key.isHidden()
    window.set_view("aligned")
    assert not key.isHidden()


def test_hiding_an_outlet_lets_go_of_its_current_flag(
    qtbot: Any, window: Any, comparison: Comparison
) -> None:
    flag = next(
        f for f in comparison.flags if f.article == "daily" and f.category != "unique-claim"
    )
    window.flag_selected(flag.id)
    assert window.details.shown_flag is not None and window.details.shown_flag.id == flag.id
    window.aligned.current_flag = flag.id
    window.set_outlet_visible("daily", False)
    assert window.aligned.current_flag is None
    assert window.details.shown_flag is None
    window.set_outlet_visible("daily", True)
    assert not window.aligned.isColumnHidden(column(comparison, "daily"))


def _tab_until(qtbot: Any, window: Any, last: Any) -> list[Any]:
    """The widgets Tab reaches from the Aligned view, up to ``last`` (at most 60 presses)."""
    window.aligned.setFocus()
    QApplication.processEvents()
    reached: list[Any] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is last:
            break
    assert reached[-1] is last
    return reached


def test_tab_goes_round_the_whole_window(qtbot: Any, window: Any) -> None:
    """Keyboard readers reach the panels, then the library and the legend, then the views again.
    The tab widget hands focus to its tab bar; left where it was created, after the side panels,
    it took Tab from the last panel straight back to the views, skipping library and legend."""
    window.show()
    reached = _tab_until(qtbot, window, window.tabs.tabBar())
    assert window.details.browser in reached
    # The legend is one stop (its arrows move between the chips), not eleven.
    assert window.legend.tab_stop() in reached
    assert sum(chip in reached for chip in window.legend.all_chips()) == 1
    if window.sidebar.search.isVisible():
        assert window.sidebar.search in reached


def _tab_presses(
    qtbot: Any, window: Any, start: Any, count: int, *, back: bool = False
) -> list[Any]:
    """The widgets ``count`` presses of Tab (or Shift+Tab) reach from ``start``."""
    start.setFocus()
    QApplication.processEvents()
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    reached: list[Any] = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget() or window, key)
        reached.append(QApplication.focusWidget())
    return reached


@pytest.mark.parametrize("view", ["reading", "overview"])
def test_tab_goes_from_the_view_tabs_into_the_view_on_show(
    qtbot: Any, window: Any, view: str
) -> None:
    """The Reading columns and the Overview's tables are made after the window's Tab order is
    set: Tab went from the view tabs to the Details and reached them only after every side
    panel. They now come straight after the tabs, each once a round, and then the Details."""
    from reader.ui.mainwindow import tab_stops

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.details_dock.raise_()
    assert window.set_view(view)
    parts = [w for w in tab_stops(window.tabs.currentWidget()) if w.isVisible()]
    assert len(parts) >= 2, parts
    bar = window.tabs.tabBar()
    reached = _tab_presses(qtbot, window, bar, len(parts) + 1)
    assert reached == [*parts, window.details.browser]
    assert _tab_presses(qtbot, window, window.details.browser, len(parts) + 1, back=True) == [
        *reversed(parts),
        bar,
    ]
    round_trip = _tab_until(qtbot, window, bar)
    assert all(round_trip.count(part) == 1 for part in parts), round_trip


def test_a_reading_column_and_the_overview_page_show_keyboard_focus(
    qtbot: Any, window: Any
) -> None:
    """A Reading column and the Overview page take Tab, but focused they looked as they did
    unfocused: a keyboard user could not tell which column the arrow keys would scroll. They
    are ringed in the theme's focus colour now, as the lists and tables are."""
    from PySide6.QtGui import QColor

    from reader.ui.mainwindow import tab_stops
    from reader.ui.theme import colours

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ring = QColor(colours(window.theme.dark)["focus"])

    def edge(widget: Any) -> QColor:
        QApplication.processEvents()
        return widget.grab().toImage().pixelColor(0, widget.height() // 2)

    for view in ("reading", "overview"):
        assert window.set_view(view)
        first = tab_stops(window.tabs.currentWidget())[0]
        window.tabs.tabBar().setFocus()
        assert edge(first) != ring, view
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        assert edge(first) == ring, view
        assert first.accessibleName(), view


def test_tab_skips_the_panel_behind_another_panels_tab(qtbot: Any, window: Any) -> None:
    """Annotations sits behind Details' tab, where Qt keeps it "visible" out of sight: Tab went
    from Details into its name and comment fields, five keys with nothing to see. Raised, its
    fields are reached again, and Details' are not."""
    from PySide6.QtWidgets import QDockWidget

    def in_dock(widget: Any, dock: QDockWidget) -> bool:
        return widget is not None and dock.isAncestorOf(widget)

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes = window.insights.annotations_dock
    window.details_dock.raise_()
    qtbot.waitUntil(lambda: notes.visibleRegion().isEmpty(), timeout=2000)
    reached = _tab_until(qtbot, window, window.aligned)
    assert window.details.browser in reached
    assert not any(in_dock(w, notes) for w in reached)
    notes.raise_()
    qtbot.waitUntil(lambda: window.details_dock.visibleRegion().isEmpty(), timeout=2000)
    reached = _tab_until(qtbot, window, window.aligned)
    assert any(in_dock(w, notes) for w in reached)
    assert not any(in_dock(w, window.details_dock) for w in reached)


def test_a_panels_key_brings_it_forward_from_behind_the_other_panels_tab(
    qtbot: Any, window: Any
) -> None:
    """Ctrl+Shift+A with Annotations behind Details' tab closed the panel the reader asked for:
    Qt counts a panel behind a tab as shown. The key raises it, as Ctrl+Shift+D raises Details;
    pressed again on the panel in front, it closes it as before, and once more shows it in
    front."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes, details = window.insights.annotations_dock, window.details_dock
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, dock, other in ((Qt.Key.Key_A, notes, details), (Qt.Key.Key_D, details, notes)):
        other.raise_()
        qtbot.waitUntil(lambda dock=dock: dock.visibleRegion().isEmpty(), timeout=2000)
        QTest.keyClick(window, key, ctrl_shift)
        qtbot.waitUntil(lambda dock=dock: not dock.visibleRegion().isEmpty(), timeout=2000)
        assert not dock.isHidden() and dock.toggleViewAction().isChecked()
        assert not other.isHidden()  # still there, behind the raised tab
    QTest.keyClick(window, Qt.Key.Key_D, ctrl_shift)
    assert details.isHidden() and not details.toggleViewAction().isChecked()
    # Closed by its own button and shown again, a panel comes back in front of the one whose
    # tab it shares, where it went back behind it: the key seemed to do nothing.
    QTest.keyClick(window, Qt.Key.Key_D, ctrl_shift)
    notes.raise_()
    notes.close()
    qtbot.waitUntil(lambda: not details.visibleRegion().isEmpty(), timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_A, ctrl_shift)
    qtbot.waitUntil(lambda: not notes.visibleRegion().isEmpty(), timeout=2000)
    assert details.visibleRegion().isEmpty() and not details.isHidden()


def test_a_panels_key_puts_the_keyboard_in_the_panel(qtbot: Any, window: Any) -> None:
    """Ctrl+Shift+A brought Annotations forward with the focus still in the aligned view, so
    typing a note moved the view's rows instead. The key now puts the focus on the comment box,
    and Ctrl+Shift+D on Details: its actors list while the details only say what to select,
    the details themselves once they explain a flag."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes, details = window.insights.annotations_dock, window.details_dock
    comment = window.insights.annotations.comment
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    details.raise_()
    window.aligned.setFocus()
    qtbot.waitUntil(lambda: window.aligned.hasFocus(), timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_A, ctrl_shift)
    qtbot.waitUntil(lambda: not notes.visibleRegion().isEmpty(), timeout=2000)
    qtbot.waitUntil(comment.hasFocus, timeout=2000)
    QTest.keyClicks(QApplication.focusWidget(), "Fair")
    assert comment.toPlainText() == "Fair"

    assert window.details._hinting and window.details.actors.count()
    QTest.keyClick(window, Qt.Key.Key_D, ctrl_shift)
    qtbot.waitUntil(lambda: not details.visibleRegion().isEmpty(), timeout=2000)
    qtbot.waitUntil(window.details.actors.hasFocus, timeout=2000)
    # explaining a flag, the key puts the focus on the explanation
    flag = window.comparison.flags[0]
    window.details.show_flag(flag, None, [flag])
    window.aligned.setFocus()
    notes.raise_()
    qtbot.waitUntil(lambda: details.visibleRegion().isEmpty(), timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_D, ctrl_shift)
    qtbot.waitUntil(window.details.browser.hasFocus, timeout=2000)


def test_a_saved_annotation_edit_is_a_passing_word_over_the_counts(qtbot: Any, window: Any) -> None:
    """Saving an annotation's edit says so in the status bar for a moment; the comparison's
    counts under it stay where they are."""
    panel = window.insights.annotations
    daily = next(a for a in window.comparison.articles if a.outlet == "The Daily Bugle")
    start = daily.text.index("shameful betrayal")
    panel.set_selection(daily.id, start, start + len("shameful betrayal"))
    panel.comment.setPlainText("Opinon stated as fact")
    panel.note_button.click()
    counts = window.status_label.text()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.comment.setPlainText("Opinion stated as fact")
    panel.edit_button.click()
    assert window.statusBar().currentMessage() == (
        "Saved your edit to the note on “shameful betrayal”."
    )
    assert window.status_label.text() == counts


def test_the_library_panels_key_brings_it_forward_from_behind_another_panels_tab(
    qtbot: Any, window: Any
) -> None:
    """Docked behind the Details tab, the Library is "visible" to Qt out of sight: its key
    raises it, with the keyboard in it, as Ctrl+Shift+D and A do, and View › Library Panel stays
    checked; pressed on the Library in front, it closes it and the entry is unchecked."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    library, details = window.sidebar_dock, window.details_dock
    toggle = library.toggleViewAction()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    library.show()
    window.tabifyDockWidget(details, library)
    details.raise_()
    qtbot.waitUntil(lambda: library.visibleRegion().isEmpty(), timeout=2000)
    window.aligned.setFocus()
    QTest.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    qtbot.waitUntil(lambda: not library.visibleRegion().isEmpty(), timeout=2000)
    assert not library.isHidden() and toggle.isChecked()
    assert library.isAncestorOf(QApplication.focusWidget())
    assert not details.isHidden() and details.toggleViewAction().isChecked()
    QTest.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    assert library.isHidden() and not toggle.isChecked()


def test_the_library_panels_key_puts_the_keyboard_in_the_panel(qtbot: Any, window: Any) -> None:
    """Ctrl+Shift+L showed the Library panel with the focus left in the aligned view, as
    Ctrl+Shift+A and D did before. It now puts the focus in the panel: the search box while
    the library has no events, the events list once it has some."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dock, sidebar = window.sidebar_dock, window.sidebar
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    def call_library() -> None:
        dock.hide()
        window.aligned.setFocus()
        qtbot.waitUntil(window.aligned.hasFocus, timeout=2000)
        QTest.keyClick(window, Qt.Key.Key_L, ctrl_shift)
        qtbot.waitUntil(dock.isVisible, timeout=2000)

    assert sidebar.tree.topLevelItemCount() == 0
    call_library()
    qtbot.waitUntil(sidebar.search.hasFocus, timeout=2000)
    QTest.keyClicks(QApplication.focusWidget(), "levy")
    assert sidebar.search.text() == "levy"
    sidebar.search.clear()
    sidebar.set_results("", [])
    sidebar.set_events([({"id": 1, "name": "Harbour levy vote", "article_count": 0}, [])])
    call_library()
    qtbot.waitUntil(sidebar.tree.hasFocus, timeout=2000)


def test_a_tooltip_does_not_quote_again_what_the_explanation_quotes(
    comparison: Comparison,
) -> None:
    """A comparative label's explanation names one outlet's wording ("Wire Service calls Xi
    Jinping 'President Xi Jinping' here"); the line under it quoted the same words again. The
    outlets the explanation does not quote keep their line."""
    from dataclasses import replace

    label = next(f for f in comparison.flags if f.id == "f-label")
    flag = replace(
        label,
        explanation="'dictator', used for Xi Jinping, is a pejorative label for a head of state;"
        " Wire Service calls Xi Jinping 'President Xi Jinping' here.",
    )
    doc = QTextDocument()
    doc.setHtml(flag_tooltip([flag], comparison))
    text = doc.toPlainText()
    assert text.count("President Xi Jinping") == 1
    assert "Gazette: “Xi Jinping”" in text
    # with an explanation that quotes no one, every outlet's wording is given
    doc.setHtml(flag_tooltip([label], comparison))
    assert "Wire Service: “President Xi Jinping”" in doc.toPlainText()


def _hover_text(qtbot: Any, pane: Any, words: str) -> str:
    """What hovering over the first letters of ``words`` in ``pane``'s text shows."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    text = pane.text
    point = text.cursorRect(pane._cursor_at(pane.article.text.index(words) + 2)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, text.viewport().mapToGlobal(point))
    QApplication.sendEvent(text.viewport(), event)
    QApplication.processEvents()
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise a tooltip
@pytest.mark.parametrize("alone", [False, True], ids=["reading view", "one article"])
def test_hovering_over_a_mark_in_an_articles_text_explains_it(
    qtbot: Any, window: Any, comparison: Comparison, alone: bool
) -> None:
    """The Help says every mark explains itself when hovered over, and the aligned view's do;
    the reading view's and one article's text said nothing until clicked."""
    if alone:
        from ui_sample import one_article

        window.show_comparison(one_article(comparison, "daily"))
        pane = window.single.pane
    else:
        window.set_view("reading")
        pane = window.reading.panes[1]
    QApplication.processEvents()
    assert pane.article.id == "daily"
    tip = _hover_text(qtbot, pane, "Chinese dictator")
    assert "Label or epithet" in tip and "dictator where the others write" in tip
    if not alone:  # what the other outlets wrote there, as the aligned view's hover says
        assert "Wire Service" in tip and "President Xi Jinping" in tip
    assert _hover_text(qtbot, pane, "met the French president") == ""  # plain words: nothing


def test_the_speakers_words_key_shows_only_where_a_flag_is_in_a_speakers_words(
    qtbot: Any, tmp_path: Path
) -> None:
    """The legend keys only what the comparison holds; "Speakers’ words" stood over every
    comparison, quotations or none. A flag inside a quotation, in the text or in a headline,
    brings the key back; the chip's choice is kept while it is set aside."""
    from dataclasses import replace

    from ui_sample import make_window, quoted_comparison

    window = make_window(qtbot, tmp_path)
    plain = sample_comparison()
    window.show_comparison(plain)
    chip = window.legend.quoted_chip
    assert not any(f.quoted for f in plain.flags)
    assert chip.isHidden()
    assert QUOTED in window.legend.categories()  # set aside, not turned off
    window.show_comparison(quoted_comparison())
    assert not chip.isHidden()
    in_headline = replace(plain.flags[0], where="title", quoted=True)
    window.show_comparison(replace(plain, headline_flags=(in_headline,)))
    assert not chip.isHidden()  # a speaker's words in a headline alone bring the key back
    window.show_comparison(replace(plain, headline_flags=(plain.flags[0],)))
    assert chip.isHidden()
