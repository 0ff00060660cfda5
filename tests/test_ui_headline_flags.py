"""Headline flags reach the Details panel: a click on a marked headline word (a column header of
the aligned view, a reading pane's title line) selects its flag, and F8 walks them before the
flags of the text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from reader.core.model import Comparison, Counterpart, Flag
from reader.core.palette import style_for
from reader.ui.details import flag_html
from reader.ui.theme import colours, readable
from ui_sample import sample_comparison

pytestmark = pytest.mark.gui

TITLE = "Radical council rams budget through"
EXPLANATION = "In the headline, “Radical” is a label the other outlets' headlines leave out."
#: As the window shows it: its apostrophes curly, as every quote it shows.
SHOWN = "In the headline, “Radical” is a label the other outlets’ headlines leave out."


def with_headline_flag() -> Comparison:
    """The sample with a labelled headline for The Daily Bugle (the second column)."""
    comp = sample_comparison()
    daily = replace(comp.articles[1], title=TITLE)
    flag = Flag(
        "h1",
        daily.id,
        0,
        len("Radical"),
        "Radical",
        "label",
        EXPLANATION,
        counterparts=(Counterpart("wire", "Xi and Macron meet"),),
        where="title",
    )
    articles = (comp.articles[0], daily, comp.articles[2])
    return replace(comp, articles=articles, headline_flags=(flag,))


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    from ui_sample import make_window

    win = make_window(qtbot, tmp_path)
    win.show_comparison(with_headline_flag())
    return win


def mark_centre(window: Any) -> QPoint:
    header = window.aligned.header_view
    rects = header.flag_rects(1)
    assert [flag.id for _rect, flag in rects] == ["h1"]
    return rects[0][0].center()


def inked(widget: Any, rect: QRect) -> int:
    """Pixels of ``widget`` in ``rect`` drawn in the text's own colour (headlines are muted)."""
    image = widget.grab().toImage()
    ink = QColor(colours(False)["text"])
    return sum(
        1
        for x in range(max(rect.left(), 0), min(rect.right(), image.width()))
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height()))
        if _distance(QColor(image.pixel(x, y)), ink) < 60
    )


def test_clicking_a_marked_headline_word_explains_its_flag(qtbot: Any, window: Any) -> None:
    view, header = window.aligned, window.aligned.header_view
    view.select_row(0, 0)
    mark = header.flag_rects(1)[0][0]
    around = mark.adjusted(-4, -3, 4, 3)
    at_rest = inked(window.aligned.header_view, around)
    with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=mark.center())
    assert blocker.args == ["h1"]
    assert view.current_flag == "h1"
    text = window.details.text()
    assert SHOWN in text and "The Daily Bugle · headline" in text
    assert "Xi and Macron meet" in text  # what another outlet's headline says instead
    # a headline has no row: no claim stays selected beside its explanation
    assert not view.selectionModel().hasSelection()
    # outlined, as a current flag in a cell is
    assert inked(window.aligned.header_view, around) > at_rest + 20
    # a click in a cell leaves the headline flag
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(0, 0)).center(),
    )
    assert view.current_flag is None


def letter_ink(widget: Any, rect: QRect, category: str) -> int:
    """Pixels of ``widget`` in ``rect`` in the colour a cell writes ``category``'s letter in."""
    image = widget.grab().toImage()
    ink = readable(style_for(category).colour, False)
    return sum(
        1
        for x in range(max(rect.left(), 0), min(rect.right(), image.width()))
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height()))
        if _distance(QColor(image.pixel(x, y)), ink) < 40
    )


def test_headline_marks_carry_the_cells_marker_letters(qtbot: Any, tmp_path: Path) -> None:
    """A headline's marks once had no letter, so the Details list ("[L] Label or epithet")
    could not be matched to them at a glance; the words after a letter are still marked and
    clicked where they are painted."""
    from ui_sample import make_window

    comp = with_headline_flag()
    start = TITLE.index("rams")
    rams = Flag(
        "h2", "daily", start, start + 4, "rams", "loaded", "In the headline, ...", where="title"
    )
    win = make_window(qtbot, tmp_path)
    win.show_comparison(replace(comp, headline_flags=(*comp.headline_flags, rams)))
    view, header = win.aligned, win.aligned.header_view
    QApplication.processEvents()
    fm = header.fontMetrics()
    marks = {flag.id: rect for rect, flag in header.flag_rects(1)}
    for flag_id, category in (("h1", "label"), ("h2", "loaded")):
        mark = marks[flag_id]
        # right after the words, above their underline: the flag's letter, in its colour
        after = QRect(mark.right() + 1, mark.top(), fm.averageCharWidth() + 2, mark.height() - 4)
        assert letter_ink(header.viewport(), after, category) > 3, flag_id
    # "rams" is marked where it is painted, past the letter after "Radical"
    assert marks["h2"].left() > fm.horizontalAdvance("Radical council ")
    with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=marks["h2"].center())
    assert blocker.args == ["h2"]
    # the legend hides a kind's letters with its marks
    win.legend.set_category("loaded", False)
    QApplication.processEvents()
    after = QRect(marks["h2"].right() + 1, marks["h2"].top(), fm.averageCharWidth() + 2, 10)
    assert letter_ink(header.viewport(), after, "loaded") == 0


def letter_after(widget: Any, mark: QRect, category: str) -> QPoint:
    """The middle of the marker letter painted right after ``mark`` (checked to be there)."""
    fm = widget.fontMetrics()
    after = QRect(mark.right() + 1, mark.top(), fm.horizontalAdvance("L"), mark.height() - 4)
    assert letter_ink(widget, after, category) > 3
    return after.center()


def test_clicking_a_headlines_marker_letter_selects_its_flag(qtbot: Any, tmp_path: Path) -> None:
    """As a letter in a cell: a click on it selects its flag, and only its own, even where the
    letter stands inside a wider mark ("Radical council" round "Radical")."""
    from ui_sample import make_window

    comp = with_headline_flag()
    end = TITLE.index(" rams")
    phrase = Flag("h3", "daily", 0, end, TITLE[:end], "loaded", "...", where="title")
    win = make_window(qtbot, tmp_path)
    win.show_comparison(replace(comp, headline_flags=(*comp.headline_flags, phrase)))
    view, header = win.aligned, win.aligned.header_view
    QApplication.processEvents()
    words = {flag.id: rect for rect, flag in header.flag_rects(1)}
    # "Radical council" runs over the letter of "Radical": the letter is the label's
    at = letter_after(header.viewport(), words["h1"], "label")
    for _twice in range(2):  # a click again stays on the letter's flag
        with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert blocker.args == ["h1"]
    # the wider mark's own letter, after "council", selects it
    right_end = QRect(words["h3"].right() - 2, words["h3"].top(), 3, words["h3"].height())
    at = letter_after(header.viewport(), right_end, "loaded")
    with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == ["h3"]
    assert SHOWN not in win.details.text()  # the phrase's, not the label's


def test_clicking_a_title_lines_marker_letter_selects_its_flag(qtbot: Any, window: Any) -> None:
    window.set_view("reading")
    label = window.reading.panes[1].subtitle
    qtbot.waitUntil(lambda: label.mark_rects(0) != [], timeout=1000)
    at = letter_after(label, label.mark_rects(0)[0], "label")
    with qtbot.waitSignal(window.reading.flagClicked, timeout=1000) as blocker:
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == ["h1"]
    assert SHOWN in window.details.text()


def test_unmarked_headline_words_select_nothing(qtbot: Any, window: Any) -> None:
    header = window.aligned.header_view
    mark = header.flag_rects(1)[0][0]
    beside = QPoint(mark.right() + 30, mark.center().y())  # "council", not flagged
    assert header.flag_at(beside) is None
    asked: list[int] = []
    header.editRequested.connect(asked.append)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert window.aligned.current_flag is None
    # a double click on a mark is a quick click, not a request to edit the article's details
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=mark.center())
    assert asked == []
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert asked == [1]


def test_f8_reaches_headline_flags_before_the_texts_flags(qtbot: Any, window: Any) -> None:
    view = window.aligned
    assert view.next_flag(True) == "h1"
    assert "The Daily Bugle · headline" in window.details.text()
    assert view.next_flag(True) == "f-label"  # then the first flag of the text
    assert view.currentIndex().row() == 0
    assert view.next_flag(False) == "h1"  # and Shift+F8 goes back up to the headline
    assert view.next_flag(False) is None
    # the legend filters headline flags as it filters the text's
    window.legend.set_category("label", False)
    assert "h1" not in [o[3] for o in view.flag_order()]
    assert view.header_view.flag_rects(1) == []


def click_mark(qtbot: Any, label: Any) -> None:
    """Click the middle of the first mark of a title line (``ElidedLabel``)."""
    qtbot.waitUntil(lambda: label.text().startswith("Radical"), timeout=1000)
    y = label.contentsRect().top() + label.fontMetrics().height() // 2
    hits = [x for x in range(label.width()) if label.mark_at(QPoint(x, y)) == 0]
    assert hits, "the mark is under 'Radical'"
    assert label.mark_at(QPoint(max(hits) + 40, y)) is None  # "council" is not marked
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(hits[len(hits) // 2], y))


def test_clicking_a_headline_mark_in_the_reading_view(qtbot: Any, window: Any) -> None:
    window.set_view("reading")
    with qtbot.waitSignal(window.reading.flagClicked, timeout=1000) as blocker:
        click_mark(qtbot, window.reading.panes[1].subtitle)
    assert blocker.args == ["h1"]
    assert SHOWN in window.details.text()
    # It is now the current flag: F8 goes on from the headline to the text's first flag.
    assert window.aligned.current_flag == "h1"
    window.go_flag(True)
    assert window.aligned.current_flag not in (None, "h1")


def test_the_current_headline_flag_is_outlined_in_the_reading_view(qtbot: Any, window: Any) -> None:
    window.set_view("reading")
    label = window.reading.panes[1].subtitle
    qtbot.waitUntil(lambda: label.mark_rects(0) != [], timeout=1000)
    around = label.mark_rects(0)[0].adjusted(-4, -3, 4, 3)
    at_rest = inked(label, around)
    click_mark(qtbot, label)
    assert label.current_mark == 0
    assert inked(label, around) > at_rest + 20  # outlined, as in the aligned header
    window.go_flag(True)  # on to the text's first flag: the headline is no longer current
    assert label.current_mark is None
    assert inked(label, around) == at_rest
    window.go_flag(False)  # and Shift+F8 back to the headline outlines it again
    assert window.aligned.current_flag == "h1" and label.current_mark == 0
    # the legend hides the flag, and its outline with it; shown again, both come back
    window.legend.set_category("label", False)
    assert label.current_mark is None
    window.legend.set_category("label", True)
    assert label.current_mark == 0
    # other outlets' title lines outline nothing
    assert all(
        p.subtitle.current_mark is None for p in window.reading.panes if p.subtitle is not label
    )


def test_a_single_articles_headline_flag_selected_in_the_list_is_outlined(
    qtbot: Any, window: Any
) -> None:
    comp = with_headline_flag()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    window.show_comparison(one)
    pane = window.single.pane
    window.single.select_flag("h1")
    assert pane.subtitle.current_mark == 0
    window.single.select_flag("f-label")  # a flag of the text: nothing in the title outlined
    assert pane.subtitle.current_mark is None


def test_clicking_a_headline_mark_of_a_single_article_selects_it_in_the_list(
    qtbot: Any, window: Any
) -> None:
    comp = with_headline_flag()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    window.show_comparison(one)
    pane = window.single.pane
    assert pane is not None
    with qtbot.waitSignal(window.single.flagSelected, timeout=1000) as blocker:
        click_mark(qtbot, pane.subtitle)
    assert blocker.args == ["h1"]
    assert window.single.flag_list.currentItem().text().endswith("· headline")
    assert SHOWN in window.details.text()


def test_a_headline_flag_in_details_says_where_it_is_and_quotes_the_others() -> None:
    comp = with_headline_flag()
    html = flag_html(comp.headline_flags[0], comp)
    assert "The Daily Bugle · headline" in html
    assert "Wire Service: “Xi and Macron meet”" in html
    body = flag_html(comp.flags[0], comp)
    assert "headline" not in body


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_marker_letters_follow_their_words_and_marks_keep_theirs() -> None:
    """A letter goes after its mark's words; a mark around another takes the inner letter in,
    and one starting where another ends begins after that letter."""
    from reader.ui import richtext

    text = "a sham inquiry ends"
    label, loaded = style_for("label"), style_for("loaded")
    sham = (2, 6)  # "sham", inside "sham inquiry"
    phrase = (2, 14)
    line = richtext.with_markers(text, [(sham[1], loaded), (phrase[1], label)])
    assert line.text == f"a sham{loaded.marker} inquiry{label.marker} ends"
    (s1, e1), (s2, e2) = line.shown_ranges([sham, phrase])
    assert line.text[s1:e1] == "sham"
    assert line.text[s2:e2] == f"sham{loaded.marker} inquiry"
    assert [line.text[p] for p, _st in line.letters] == [loaded.marker, label.marker]
    ((s3, e3),) = line.shown_ranges([(14, 19)])
    assert line.text[s3:e3] == " ends"


def test_a_reading_title_line_carries_the_marker_letters_too(qtbot: Any) -> None:
    """As in the column headers: each mark's letter after its words, in its colour; the
    label's text (what a screen reader reads) stays the headline's own words."""
    from reader.ui.reading_header import ElidedLabel

    label = ElidedLabel(TITLE, lines=2)
    qtbot.addWidget(label)
    label.resize(400, label.height())
    label.show()
    qtbot.waitExposed(label)
    start = TITLE.index("rams")
    label.set_marks(
        [(0, 7, style_for("label")), (start, start + 4, style_for("loaded"))], dark=False
    )
    assert label.text() == TITLE
    fm = label.fontMetrics()
    for index, category in ((0, "label"), (1, "loaded")):
        (mark,) = label.mark_rects(index)
        after = QRect(mark.right() + 1, mark.top(), fm.averageCharWidth() + 2, mark.height() - 4)
        assert letter_ink(label, after, category) > 3, category
    (rams,) = label.mark_rects(1)
    assert rams.left() > fm.horizontalAdvance("Radical council ")  # past the letter
    assert label.mark_at(rams.center()) == 1


def test_a_screenshot_opens_on_a_phrase_against_a_phrase_not_on_a_headline(
    qtbot: Any, window: Any
) -> None:
    """A headline flag's counterparts are the other outlets' whole headlines. A short one ("Xi
    and Macron meet") passed for a phrase written in the flag's place, so the showcase's picture
    opened on a headline's hedge instead of on "dictator" against "President Xi Jinping"."""
    from reader.ui.app import _show_first_contrast

    QApplication.processEvents()
    _show_first_contrast(window)
    shown = window.details.shown_flag
    assert shown is not None and shown.text == "Chinese dictator"
    assert window.aligned.current_flag == shown.id


LONG_TITLE = "Port Alder finally gets its clean-air charge as council faces down the car lobby"


def with_flag_at_the_headlines_end() -> Comparison:
    """The sample with a long headline for The Daily Bugle whose flag is its last words."""
    comp = sample_comparison()
    daily = replace(comp.articles[1], title=LONG_TITLE)
    start = LONG_TITLE.index("car lobby")
    flag = Flag(
        "h2", daily.id, start, len(LONG_TITLE), "car lobby", "label", EXPLANATION, where="title"
    )
    articles = (comp.articles[0], daily, comp.articles[2])
    return replace(comp, articles=articles, headline_flags=(flag,))


def test_a_column_header_takes_another_line_rather_than_cut_a_flagged_word(
    qtbot: Any, window: Any
) -> None:
    """At 1280 pixels the demo's Harbour Voice header ended "faces down the car lo…": the
    words the header marks were the ones the ellipsis hid."""
    from reader.ui import richtext
    from reader.ui.aligned_headers import PAD_X

    window.show_comparison(with_flag_at_the_headlines_end())
    window.resize(1000, 800)
    QApplication.processEvents()
    header = window.aligned.header_view
    width = header.sectionSize(1)
    _right, sub, _shift = header._layout(1, width)
    three = richtext.wrap_lines(sub, header.fontMetrics(), width - 2 * PAD_X, 3)
    assert "car lobby" not in " ".join(shown for _o, _f, shown in three)  # three lines cut it
    painted = " ".join(
        shown for _r, _o, _f, shown in header._headline_lines(1, QRect(0, 0, width, 200))
    )
    assert "car lobby" in painted.replace("\u2060", "")
    assert header.headline_lines() > 3
    assert {flag.id for _rect, flag in header.flag_rects(1)} == {"h2"}


def test_a_reading_panes_headline_shows_a_flag_at_its_end(qtbot: Any) -> None:
    """Two lines cut "the car lobby" off a demo headline at 1280 and 1024 pixels wide."""
    from reader.ui.reading_header import ElidedLabel, PaneHeader

    article = replace(sample_comparison().articles[1], title=LONG_TITLE)
    two = ElidedLabel(LONG_TITLE, lines=2)
    qtbot.addWidget(two)
    two.show()
    qtbot.waitExposed(two)
    width = next(w for w in range(400, 100, -10) if "car lobby" not in two_at(two, w))
    header = PaneHeader(article)
    qtbot.addWidget(header)
    margins = header.layout().contentsMargins()
    header.resize(width + margins.left() + margins.right(), header.sizeHint().height())
    header.show()
    qtbot.waitExposed(header)
    assert header.subtitle.width() == width
    assert "car lobby" in header.subtitle.text().replace("\n", " ")


def two_at(label: Any, width: int) -> str:
    """What ``label`` shows at ``width`` pixels wide."""
    label.resize(width, label.height())
    return str(label.text())


def test_a_quoted_speakers_word_in_a_headline_is_underlined_but_not_tinted(qtbot: Any) -> None:
    """As in the body: the outlet's own headline wording is what stands out; a word inside a
    quotation keeps its underline and letter and loses the tint."""
    from reader.ui import richtext
    from reader.ui.reading_header import ElidedLabel

    title = 'Mayor: "We will not be bullied"'
    start = title.index("bullied")
    quoted = Flag("h1", "a", start, start + 7, "bullied", "loaded", "", where="title", quoted=True)
    own = replace(quoted, quoted=False)
    tint = QColor(style_for("loaded").tint_light)

    def tinted_pixels(flag: Flag) -> int:
        label = ElidedLabel(title, lines=2)
        qtbot.addWidget(label)
        label.resize(400, label.height())
        label.show()
        qtbot.waitExposed(label)
        label.set_marks([(flag.start, flag.end, richtext.line_mark_style(flag))], dark=False)
        (mark,) = label.mark_rects(0)
        image = label.grab().toImage()
        return sum(
            1
            for x in range(mark.left(), mark.right())
            for y in range(mark.top(), mark.bottom())
            if _distance(QColor(image.pixel(x, y)), tint) < 8
        )

    assert tinted_pixels(own) > 50
    assert tinted_pixels(quoted) == 0


def test_f8_to_a_flag_past_the_cut_of_a_long_headline_brings_it_into_view(
    qtbot: Any, tmp_path: Path
) -> None:
    """F8 to a headline flag in the part cut off at ``TITLE_CHARS`` outlined the "…", with
    the flagged words out of sight. As for Find's current match, the headline's lines then
    open shortly before the flag, outlined on its words; the header keeps its height, and the
    headline its start once F8 moves on."""
    from reader.ui.aligned_headers import TITLE_CHARS
    from ui_sample import make_window

    comp = with_headline_flag()
    title = "Council meets " + "and talks " * 10 + "about the radical harbour plan"
    start = title.index("radical")
    assert start > TITLE_CHARS
    late = replace(comp.headline_flags[0], start=start, end=start + len("radical"))
    daily = replace(comp.articles[1], title=title)
    articles = (comp.articles[0], daily, comp.articles[2])
    win = make_window(qtbot, tmp_path)
    win.show_comparison(replace(comp, articles=articles, headline_flags=(late,)))
    header = win.aligned.header_view
    before = header.height()
    opening = header._headline_lines(1, header._section_rect(1))[0][3]
    assert win.aligned.next_flag(True) == "h1"
    rects = [r for r, flag in header.flag_rects(1) if flag.id == "h1"]
    ellipsis = header.fontMetrics().horizontalAdvance("…")
    assert rects and all(header.rect().contains(r) and r.width() > 2 * ellipsis for r in rects)
    lines = header._headline_lines(1, header._section_rect(1))
    assert lines[0][3].startswith("…") and "radical" in lines[-1][3]
    assert header.height() == before
    assert win.aligned.next_flag(True) == "f-label"  # on to the text: the headline as it was
    assert header._headline_lines(1, header._section_rect(1))[0][3] == opening
    assert header.height() == before


DATED_TITLE = "Westhaven council approves $9 congestion charge for central Port Alder"


def _painted_headline(header: Any, column: int) -> list[str]:
    """The lines column ``column``'s header paints its headline on, as painted."""
    rect = QRect(0, 0, header.sectionSize(column), 400)
    return [
        shown.replace("\u2060", "") for _r, _o, _f, shown in header._headline_lines(column, rect)
    ]


def _titled(comp: Comparison, column: int, title: str, date: str | None = None) -> Comparison:
    """``comp`` with article ``column`` retitled (and redated, where ``date`` is given)."""
    article = replace(comp.articles[column], title=title)
    if date is not None:
        article = replace(article, date=date)
    articles = tuple(article if i == column else a for i, a in enumerate(comp.articles))
    return replace(comp, articles=articles)


def test_a_date_opening_a_headline_does_not_take_one_of_its_lines(qtbot: Any, window: Any) -> None:
    """In the demo the Northline Press header read "2026-11-24 · Westhaven / council
    approves $9 / congestion charge for central…": the date took a third of the headline's
    three lines. The words get their lines, the date one more."""
    from reader.ui.aligned_headers import HEADLINE_LINES

    window.resize(1000, 800)
    window.show_comparison(_titled(sample_comparison(), 0, DATED_TITLE))
    QApplication.processEvents()
    header = window.aligned.header_view
    painted = _painted_headline(header, 0)
    assert painted[0].startswith("2026-11-20 · ")
    assert " ".join(painted).endswith("central Port Alder")
    assert len(painted) == header.headline_lines()
    # The look-alike: with no date to open it, the same headline is whole in fewer lines.
    window.show_comparison(_titled(sample_comparison(), 0, DATED_TITLE, date=""))
    QApplication.processEvents()
    undated = _painted_headline(header, 0)
    assert " ".join(undated) == DATED_TITLE
    assert len(undated) == header.headline_lines() < len(painted)
    assert len(undated) <= HEADLINE_LINES


#: The demo event's headlines, Northline Press's first: at 900 pixels its header was cut at
#: "… congestion charge…" over the words "for central Port Alder".
DEMO_TITLES = (
    DATED_TITLE,
    "Council bulldozes through $9-a-day ‘clean air’ cash grab on Port Alder drivers",
    "Port Alder finally gets its clean-air charge as council faces down the car lobby",
)


def test_a_narrow_window_shows_each_demo_headline_whole(qtbot: Any, window: Any) -> None:
    """In a 900-px window three lines of a narrow column held "2026-11-24 · / Westhaven
    council / approves $9 / congestion charge…": the header cut Northline Press's headline
    (and The Westhaven Courier's at "… on Port…") although the claims below had the room.
    Each headline is read whole now; only one longer than :data:`TITLE_CHARS` is cut, its
    ellipsis a sign that the tooltip holds the rest."""
    from reader.ui.aligned_headers import TITLE_CHARS

    comp = sample_comparison()
    for column, title in enumerate(DEMO_TITLES):
        comp = _titled(comp, column, title)
    window.resize(900, 700)
    window.show_comparison(comp)
    QApplication.processEvents()
    header = window.aligned.header_view
    assert header.sectionSize(0) < 200  # a narrow column: the case that was cut
    for column, title in enumerate(DEMO_TITLES):
        painted = " ".join(_painted_headline(header, column))
        assert "…" not in painted
        assert painted.endswith(title.split()[-1])
        assert len(_painted_headline(header, column)) <= header.headline_lines()
    assert header.height() <= window.aligned.height() * 0.4  # the claims keep most of the view
    # The look-alike: a headline past TITLE_CHARS is still cut, and its tooltip holds it whole.
    long_title = DATED_TITLE + " after a night of debate over exemptions and the price of a day"
    assert len(long_title) > TITLE_CHARS
    window.show_comparison(_titled(comp, 0, long_title))
    QApplication.processEvents()
    painted = " ".join(_painted_headline(header, 0))
    assert painted.endswith("…") and "price of a day" not in painted
    tip = window.aligned.model().headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert long_title in str(tip)


def test_a_headline_paints_into_the_lines_another_columns_header_asked_for(
    qtbot: Any, window: Any
) -> None:
    """A flagged headline gives the whole header a fourth line; another column's long headline
    was still cut at three, over that empty fourth line. A short one keeps to its own lines."""

    window.resize(1000, 800)
    window.show_comparison(_titled(with_flag_at_the_headlines_end(), 2, LONG_TITLE + " again"))
    QApplication.processEvents()
    header = window.aligned.header_view
    assert header.headline_lines() > 3
    painted = _painted_headline(header, 2)
    assert len(painted) == header.headline_lines()
    assert " ".join(painted).endswith("car lobby again")
    assert len(_painted_headline(header, 0)) < header.headline_lines()  # "Xi and Macron meet"
