"""Find (Ctrl+F) in every view: as the user types, with Next and Previous, and with a count."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from reader.core.model import Comparison
from reader.ui.reading_find import HEADLINE, TEXT
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


def test_the_count_is_said_on_the_field_for_screen_readers(qtbot: Any, window: Any) -> None:
    """A screen reader follows the field in focus, not the label beside it: the field's
    description carries the count as it changes, and nothing once the field is empty."""
    field = window.find_bar.edit
    open_find(qtbot, window, "Guangzhou")
    assert field.accessibleDescription() == window.find_bar.status.text() == "1 of 3"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.accessibleDescription() == "2 of 3"
    qtbot.keyClicks(field, "zz")
    assert field.accessibleDescription() == "Not found"
    field.clear()
    assert field.accessibleDescription() == ""


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
        TEXT,
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


def test_switching_views_keeps_the_current_match(qtbot: Any, window: Any) -> None:
    """Each view kept its own current match: "2 of 3" in Aligned (The Daily's Guangzhou)
    became "1 of 3" in Reading, the wire's. The view switched to now starts from the same
    match, by article and offset, and so does the view switched back to."""
    word = "Guangzhou"
    open_find(qtbot, window, word)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "2 of 3"
    assert window.aligned.find_match == (0, 1, DAILY.index(word))
    window.set_view("reading")
    start = DAILY.index(word)
    assert window.reading.find_match == (1, TEXT, start, start + len(word))
    assert window.find_bar.status.text() == "2 of 3"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.reading.find_match[:3] == (2, TEXT, GAZETTE.index(word))
    window.set_view("aligned")
    assert window.aligned.find_match == (0, 2, GAZETTE.index(word))
    assert window.find_bar.status.text() == "3 of 3"


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
    assert window.tabs.currentWidget() is window.single
    open_find(qtbot, window, "dictator")
    assert window.find_bar.status.text() == "1 of 1"
    assert window.single.find_match == (
        0,
        TEXT,
        DAILY.index("dictator"),
        DAILY.index("dictator") + len("dictator"),
    )


# -- headlines ----------------------------------------------------------------------------------

WIRE_TITLE, DAILY_TITLE = "Xi and Macron meet", "Macron's secret plan"


def inked(widget: Any, colour: str) -> int:
    """Pixels of ``widget`` painted (nearly) in theme colour ``colour``."""
    image = widget.grab().toImage()
    ink = QColor(colours(False)[colour])
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if _near(QColor(image.pixel(x, y)), ink, 12)
    )


def test_a_word_only_in_a_headline_is_found_in_the_aligned_view(qtbot: Any, window: Any) -> None:
    view, header = window.aligned, window.aligned.header_view
    assert inked(header.viewport(), "find") == 0
    open_find(qtbot, window, "secret")  # in The Daily Bugle's headline, in no text
    assert window.find_bar.status.text() == "1 of 1"
    assert view.find_match == (-1, 1, DAILY_TITLE.index("secret"))
    assert not view.selectionModel().hasSelection()  # a headline has no row to select
    assert inked(header.viewport(), "find") > 20  # shaded as a match in a cell is
    assert header.found_rects(1, DAILY_TITLE.index("secret"))
    # a hidden outlet's headline is not searched, as its cells are not
    window.outlet_menu.actions()[1].setChecked(False)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "Not found"
    assert inked(header.viewport(), "find") == 0


def test_the_aligned_view_finds_the_headlines_before_the_text(qtbot: Any, window: Any) -> None:
    view, header = window.aligned, window.aligned.header_view
    open_find(qtbot, window, "Macron")  # the Wire's and the Daily's headlines, Gazette's text
    assert window.find_bar.status.text() == "1 of 3"
    assert view.find_match == (-1, 0, WIRE_TITLE.index("Macron"))
    outlined = inked(header.viewport(), "highlight")
    assert outlined > 20  # the current match is outlined, as in a cell
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "2 of 3"
    assert view.find_match == (-1, 1, 0)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "3 of 3"
    assert view.find_match == (0, 2, GAZETTE.index("Macron"))
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 2)
    assert inked(header.viewport(), "highlight") < outlined // 2  # no outline left up there
    assert inked(header.viewport(), "find") > 20  # but the headlines' matches stay shaded
    # a headline is met before the text below it: "Xi" in the Wire's headline, then its text
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    view.selectionModel().clear()
    open_find(qtbot, window, "Xi")
    assert view.find_match == (-1, 0, 0)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert view.find_match == (0, 0, WIRE.index("Xi"))
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)  # closing clears the headlines
    assert header.find_match is None and inked(header.viewport(), "find") == 0


def test_the_reading_view_finds_each_headline_before_its_text(qtbot: Any, window: Any) -> None:
    window.set_view("reading")
    panes = window.reading.panes
    open_find(qtbot, window, "Xi")
    assert window.reading.find_match == (0, HEADLINE, 0, 2)
    wire = panes[0].subtitle
    assert wire.current_found == (0, 2)
    assert inked(wire, "highlight") > 10  # set apart as the text's current match is
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.reading.find_match == (0, TEXT, WIRE.index("Xi"), WIRE.index("Xi") + 2)
    assert wire.current_found is None and inked(wire, "highlight") == 0
    assert inked(wire, "find") > 10  # still shaded as a match
    # a word only in a headline is found, and the count is the aligned view's
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    open_find(qtbot, window, "Macron")
    assert window.find_bar.status.text() == "1 of 3"
    start = WIRE_TITLE.index("Macron")
    assert window.reading.find_match == (0, HEADLINE, start, start + len("Macron"))
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.reading.find_match == (1, HEADLINE, 0, 6)
    assert panes[1].subtitle.current_found == (0, 6) and wire.current_found is None
    assert inked(wire, "find") > 10 and inked(panes[2].subtitle, "find") == 0
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert all(p.subtitle.found == [] for p in panes)


def test_a_single_articles_headline_is_searched(qtbot: Any, window: Any) -> None:
    comp: Comparison = sample_comparison()
    window.show_comparison(replace(comp, articles=comp.articles[1:2], alignments=(), flags=()))
    open_find(qtbot, window, "secret")
    assert window.find_bar.status.text() == "1 of 1"
    start = DAILY_TITLE.index("secret")
    assert window.single.find_match == (0, HEADLINE, start, start + len("secret"))


def _whole_in_header(header: Any, rects: list[Any]) -> bool:
    """Whether ``rects`` are painted inside the header, as wide as a word (not an ellipsis)."""
    return bool(rects) and all(
        header.rect().contains(r) and r.width() > header.fontMetrics().horizontalAdvance("…") * 2
        for r in rects
    )


def test_a_match_past_the_cut_of_a_long_headline_is_brought_into_view(
    qtbot: Any, window: Any
) -> None:
    """The current match in the part of a headline cut off at ``TITLE_CHARS`` was outlined
    round the "…", with the words it found out of sight. While it is the current match the
    headline's lines open at a word shortly before it, the match outlined on its words; the
    header keeps its height, and the headline its start once Find moves on."""
    from reader.ui.aligned_headers import TITLE_CHARS

    comp: Comparison = sample_comparison()
    title = "Council meets " + "and talks " * 10 + "about the harbour"
    assert title.index("harbour") > TITLE_CHARS
    articles = (replace(comp.articles[0], title=title), *comp.articles[1:])
    window.show_comparison(replace(comp, articles=articles))
    header = window.aligned.header_view
    before = header.height()
    opening = header._headline_lines(0, header._section_rect(0))[0][3]
    open_find(qtbot, window, "harbour")
    assert window.find_bar.status.text() == "1 of 1"
    assert _whole_in_header(header, header.found_rects(0, title.index("harbour")))
    lines = header._headline_lines(0, header._section_rect(0))
    assert lines[0][3].startswith("…") and "harbour" in lines[-1][3]
    assert header.height() == before
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "Friday")  # in the text, not in a headline
    assert header._headline_lines(0, header._section_rect(0))[0][3] == opening
    assert header.height() == before


def test_a_match_on_a_headline_line_cut_off_is_brought_into_the_header(
    qtbot: Any, window: Any
) -> None:
    """Within ``TITLE_CHARS`` but past the lines a zoomed column gives its headline, the
    current match was on the last line's "…" too: it is brought into those lines."""
    from reader.ui.aligned_headers import TITLE_CHARS

    comp: Comparison = sample_comparison()
    title = "Council meets and talks for hours and hours on end, then talks again about the harbour"
    assert len(title) < TITLE_CHARS
    articles = (replace(comp.articles[0], title=title), *comp.articles[1:])
    window.show_comparison(replace(comp, articles=articles))
    header = window.aligned.header_view
    window.apply_font_size(20)  # fewer words a line: three lines end before the harbour
    QApplication.processEvents()
    word = title.index("harbour"), title.index("harbour") + len("harbour")
    cut = [r for r, _i in header._range_rects(0, [word])]
    assert not _whole_in_header(header, cut)  # the lines of this column do not reach it
    before = header.height()
    open_find(qtbot, window, "harbour")
    assert _whole_in_header(header, header.found_rects(0, title.index("harbour")))
    assert header.height() == before


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )


def test_overview_find_takes_a_typed_apostrophe_for_the_pages_curly_one(qtbot: Any) -> None:
    """The Overview writes "speakers’ words" with a curly apostrophe; a reader types a straight
    one, and Find must still land on it, and select as many characters as were typed."""
    from PySide6.QtWidgets import QLabel

    from reader.ui.overview_find import page_matches

    shown = "2 flags · 1 in speakers’ words · “Radical” marked"
    label = QLabel(shown)
    qtbot.addWidget(label)
    label.show()
    speakers, radical = shown.index("speakers’"), shown.index("“Radical”")
    assert page_matches([label], "speakers' words") == [(0, 0, speakers)]
    assert page_matches([label], '"radical"') == [(0, 0, radical)]
    assert page_matches([label], "speakers’ words") == [(0, 0, speakers)]


def test_every_view_finds_a_curly_mark_with_a_straight_one_and_the_other_way_round() -> None:
    """One rule for every view's Find (:func:`reader.ui.richtext.find_spans`): an outlet types
    "Okafor’s", a reader types "Okafor's", or the other way round, and either finds the other,
    over as many characters as were typed. A double mark is not a single one."""
    from reader.ui.richtext import find_spans

    curly_text = "council chair Okafor’s “clean air” levy"
    straight_text = 'council chair Okafor\'s "clean air" levy'
    at = curly_text.index("Okafor")
    for text in (curly_text, straight_text):
        for typed in ("okafor's", "Okafor’s"):
            assert find_spans(text, [(0, len(text))], typed) == [(at, at + len(typed))]
        quoted = text.index("clean") - 1
        assert find_spans(text, [(0, len(text))], '"clean air"') == [(quoted, quoted + 11)]
        assert find_spans(text, [(0, len(text))], "“clean air”") == [(quoted, quoted + 11)]
        assert find_spans(text, [(0, len(text))], 'Okafor"s') == []
        assert find_spans(text, [(0, len(text))], "'clean air'") == []


def test_the_reading_view_finds_a_straight_headline_apostrophe_typed_curly(
    qtbot: Any, window: Any
) -> None:
    """The Daily Bugle's headline types "Macron's" straight; a reader who pastes "Macron’s"
    from the report (which writes it curly) finds it in the Reading view, as the Overview does."""
    window.set_view("reading")
    open_find(qtbot, window, "Macron")
    window.find_bar.edit.setText("Macron’s secret")  # keyClicks types Latin-1 only
    assert window.find_bar.status.text() == "1 of 1"
    assert window.reading.find_match == (1, HEADLINE, 0, len("Macron’s secret"))
    open_find(qtbot, window, 'Macron"s secret')  # a double mark is not an apostrophe
    assert window.find_bar.status.text() != "1 of 1"
    assert window.reading.find_match is None


def test_find_keeps_its_place_after_letters_that_fold_to_two() -> None:
    """Find's key keeps one character for one (:func:`reader.ui.richtext.find_key`):
    ``casefold`` wrote "Straße" as "strasse", "ﬁnance" as "finance" and "İstanbul" as
    "i̇stanbul", and every match after them was outlined a letter late. A capital still finds
    its small letter, and a word typed plainly still finds "İstanbul"."""
    from reader.ui.richtext import find_key, find_spans

    for before in ("Straße", "ﬁnance", "İstanbul", "STRAẞE"):
        text = f"{before} council chair Okafor"
        at = text.index("Okafor")
        assert len(find_key(text)) == len(text)
        assert find_spans(text, [(0, len(text))], "okafor") == [(at, at + 6)]
    assert find_spans("in İstanbul", [(0, 11)], "istanbul") == [(3, 11)]
    assert find_spans("STRAẞE", [(0, 6)], "straße") == [(0, 6)]
    assert find_spans("ΟΔΟΣ", [(0, 4)], "οδος") == [(0, 4)]
    # The look-alike: a plain "ss" is not the sharp s, nor is "i" a dotless "ı".
    assert find_spans("Strasse", [(0, 7)], "straße") == []
    assert find_spans("Irmak", [(0, 5)], "ırmak") == []


def test_a_headline_match_after_a_sharp_s_is_found_where_it_is(qtbot: Any, window: Any) -> None:
    """In the window, a match after "Straße", "ﬁnance" and "İstanbul" in a headline starts at
    its own offset in the Reading view and in the aligned view's header."""
    title = "Straße, ﬁnance and İstanbul: Xi meets Macron"
    comp = sample_comparison()
    comp = replace(comp, articles=(replace(comp.articles[0], title=title), *comp.articles[1:]))
    window.show_comparison(comp)
    at = title.index("Macron")
    assert window.aligned.horizontalHeader().found(0, "macron") == [(at, at + 6)]
    window.set_view("reading")
    open_find(qtbot, window, "macron")
    assert window.reading.find_match == (0, HEADLINE, at, at + 6)
