"""How the aligned view and the details panel weigh their marks: the flag first, its
counterpart quieter, the current flag outlined; headers that keep the date and the headline;
no shading for lone function words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.core import wording as rules
from reader.core.epithets import EPITHET_RULE
from reader.core.model import Comparison, Counterpart, DiffSpan, Flag
from reader.core.palette import style_for
from reader.ui import richtext
from reader.ui.cell_delegate import flag_tooltip
from reader.ui.details import flag_html
from reader.ui.theme import colours, readable
from ui_sample import DAILY, sample_comparison, sample_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    return sample_window(qtbot, tmp_path)


def column(window: Any, article_id: str) -> int:
    return [a.id for a in window.comparison.articles].index(article_id)


def pixels_near(window: Any, row: int, col: int, colour: QColor, tolerance: int = 60) -> int:
    """How many pixels of a cell are (nearly) ``colour``."""
    view = window.aligned
    view.viewport().repaint()
    image = view.viewport().grab(view.visualRect(view.model().index(row, col))).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if _distance(QColor(image.pixel(x, y)), colour) <= tolerance
    )


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


# -- the flag and its counterpart ------------------------------------------------------------------


def test_a_counterpart_is_outlined_darker_only_while_selected(window: Any) -> None:
    """'President Xi Jinping' beside 'Chinese dictator': a grey dotted outline at rest, the text's
    colour when its row is selected, and never underlined or tinted like a flag."""
    wire = column(window, "wire")
    ink = QColor(colours(False)["text"])
    window.aligned.select_row(1)  # another row: the first stays at rest
    at_rest = pixels_near(window, 0, wire, ink, tolerance=40)
    grey = pixels_near(window, 0, wire, QColor(colours(False)["muted"]), tolerance=20)
    assert grey > 20  # the quiet outline
    window.aligned.select_row(0)
    assert pixels_near(window, 0, wire, ink, tolerance=40) > at_rest + 20


def test_a_selected_rows_underline_keeps_3_to_1_on_the_selection(window: Any) -> None:
    """A quoted speaker's word is underlined with no tint, so on a selected row its line sits
    on the selection: a reporting verb's green was 2.9:1 on the light theme's selected row.
    Drawn there in a colour moved towards the text's, it clears 3:1; at rest it keeps its own."""
    from reader.core.palette import contrast, mark_colour
    from reader.ui.aligned_model import CELL_ROLE

    comp = sample_comparison()
    quoted = tuple(replace(f, quoted=True) if f.id == "f-verb" else f for f in comp.flags)
    window.show_comparison(replace(comp, flags=quoted))
    daily = column(window, "daily")
    model = window.aligned.model()
    row = next(
        r
        for r in range(model.rowCount())
        if any(f.id == "f-verb" for f in model.index(r, daily).data(CELL_ROLE).flags)
    )
    c = colours(False)
    own = style_for("attribution").colour
    moved = mark_colour(own, c["selection_row"], c["text"])
    assert contrast(own, c["selection_row"]) < 3 <= contrast(moved, c["selection_row"])
    window.aligned.select_row((row + 1) % model.rowCount(), daily)
    assert pixels_near(window, row, daily, QColor(own), tolerance=3) > 10
    assert pixels_near(window, row, daily, QColor(moved), tolerance=3) == 0
    window.aligned.select_row(row, daily)
    assert pixels_near(window, row, daily, QColor(own), tolerance=3) == 0
    assert pixels_near(window, row, daily, QColor(moved), tolerance=3) > 10


def test_a_selection_over_flagged_words_recolours_their_underlines(qapp: Any) -> None:
    """Selected words (an actor's mention, the current find match) are painted over their
    tints in the selection's colour, where every category's own fell to 1.0-1.5:1: each of
    their underlines gets a colour that clears 3:1 there, and nothing outside them changes."""
    from reader.core.palette import contrast

    comp = sample_comparison()
    daily = next(a for a in comp.articles if a.id == "daily")
    flags = [f for f in comp.flags if f.article == "daily"]
    doc = QTextDocument()
    markers = richtext.fill_document(
        doc, daily.text, [(0, len(daily.text))], flags, (), dark=True,
        diff_colour="#000000", find_colour="#000000",
    )  # fmt: skip
    c = colours(True)
    label = next(f for f in flags if f.id == "f-label")
    start, end = (richtext.doc_position(o, markers) for o in (label.start, label.end))
    whole = richtext.underlines_on_selection(
        doc, c["highlight"], c["highlight_text"], over_tints=True
    )
    kinds = {f.category for f in flags}  # label, hedge, attribution, loaded, opinion
    assert len({colour.name() for _s, _e, colour in whole}) == len(kinds)
    assert all(contrast(colour.name(), c["highlight"]) >= 3 for _s, _e, colour in whole)
    inside = richtext.underlines_on_selection(
        doc, c["highlight"], c["highlight_text"], (start, end), over_tints=True
    )
    assert inside and all(start <= s < e <= end for s, e, _c in inside)
    # a selected row leaves the tinted words' lines alone: they sit on their tints
    assert richtext.underlines_on_selection(doc, c["selection_row"], c["text"]) == []


@pytest.mark.parametrize("dark", [False, True])
def test_underlines_on_a_tint_or_the_shading_keep_3_to_1(qapp: Any, dark: bool) -> None:
    """Every underline the text views draw on a ground of its own (the flag's tint, the
    shading of different wording) clears 3:1 against it: the orange-red label on the dark
    shading was 2.4:1 and looked faint."""
    from reader.core.palette import contrast

    comp = sample_comparison()
    daily = next(a for a in comp.articles if a.id == "daily")
    flags = [f for f in comp.flags if f.article == "daily"]
    label = next(f for f in flags if f.id == "f-label")
    # the label's words worded differently too, and its tint left off, as in a speaker's words
    diffs = (DiffSpan(label.start, label.end, "changed"),)
    c = colours(dark)
    grounds: list[str] = []
    for plain in (False, True):
        shown = [replace(f, quoted=True) for f in flags] if plain else flags
        doc = QTextDocument()
        richtext.fill_document(
            doc, daily.text, [(0, len(daily.text))], shown, diffs, dark=dark,
            diff_colour=c["diff"], find_colour=c["find"],
        )  # fmt: skip
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.fontUnderline() and fmt.background().style() != Qt.BrushStyle.NoBrush:
                    ground = fmt.background().color().name()
                    grounds.append(ground)
                    assert contrast(fmt.underlineColor().name(), ground) >= 3, ground
                it += 1
            block = block.next()
    assert c["diff"].lower() in grounds  # the shading was among the grounds checked
    assert len(set(grounds)) >= 2  # and the label's tint


def test_the_current_flag_is_outlined_in_its_cell(qtbot: Any, window: Any) -> None:
    view = window.aligned
    daily = column(window, "daily")
    ink = QColor(colours(False)["text"])
    view.select_row(1, daily)
    at_rest = pixels_near(window, 0, daily, ink, tolerance=40)
    view.select_row(0, daily)
    selected = pixels_near(window, 0, daily, ink, tolerance=40)
    view.setFocus()
    with qtbot.waitSignal(view.flagSelected, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_F8)
    assert blocker.args == ["f-label"]
    assert view.current_flag == "f-label"
    assert pixels_near(window, 0, daily, ink, tolerance=40) > selected + 30
    # moving to another cell leaves the flag: nothing stays outlined in the old one
    view.select_row(1, daily)
    assert view.current_flag is None
    assert pixels_near(window, 0, daily, ink, tolerance=40) <= at_rest + 5


def test_f8_from_a_selected_cell_walks_its_own_flags_first(qtbot: Any, window: Any) -> None:
    view = window.aligned
    daily = column(window, "daily")
    row = view.aligned_model.flag_row["f-opinion"]
    assert view.aligned_model.flag_row["f-loaded"] == row  # one cell, two flags
    view.select_row(row, daily)
    assert view.current_flag is None
    assert view.next_flag(True) == "f-opinion"
    assert view.next_flag(True) == "f-loaded"
    # Shift+F8 from the cell (no current flag) starts at its last flag
    view.select_row(row, daily)
    view.current_flag = None
    assert view.next_flag(False) == "f-loaded"
    assert view.next_flag(False) == "f-opinion"


def test_clicking_words_without_a_flag_leaves_the_current_flag(qtbot: Any, window: Any) -> None:
    view = window.aligned
    daily = column(window, "daily")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.current_flag == "f-label"
    rect = view.visualRect(view.model().index(0, daily))
    point = rect.bottomRight() - rect.topLeft()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + point * 0.9)
    assert view.current_flag is None


# -- headers ---------------------------------------------------------------------------------------


def test_wrap_lines_uses_the_next_line_when_the_text_exactly_fills_one(qtbot: Any) -> None:
    """At exactly the width elidedText still cuts ('strongm…'): wrap instead of eliding."""
    fm = QFontMetrics(QFont())
    text = "Macron grovels to Beijing's strongman"
    for width in range(fm.horizontalAdvance(text) - 3, fm.horizontalAdvance(text) + 4):
        lines = richtext.wrap_lines(text, fm, width, 2)
        assert not any(shown.endswith("…") for _o, _f, shown in lines), width
        assert " ".join(shown for _o, _f, shown in lines) == text


def test_a_long_outlet_gives_way_to_its_date(qtbot: Any, window: Any) -> None:
    """The date stays on the outlet's line; the outlet's name is what wraps."""
    comp = sample_comparison()
    long_name = replace(comp.articles[1], outlet="The Westhaven Courier and Evening Telegraph")
    window.show_comparison(replace(comp, articles=(comp.articles[0], long_name, comp.articles[2])))
    window.resize(1600, 800)
    QApplication.processEvents()
    header = window.aligned.header_view
    width = header.sectionSize(1)
    assert width > 250
    _right, sub, shift = header._layout(1, width)
    assert shift == 0 and sub == long_name.title  # no date after the headline to be cut off
    image = header.grab().toImage()
    muted = QColor(QApplication.palette().placeholderText().color())
    x0 = header.sectionViewportPosition(1)
    date_zone = QRect(x0 + width - 90, 4, 85, 22)
    inked = sum(
        1
        for x in range(date_zone.left(), date_zone.right())
        for y in range(date_zone.top(), date_zone.bottom())
        if _distance(QColor(image.pixel(x, y)), muted) < 120
    )
    assert inked > 20  # the date is painted at the right of the outlet's line
    # a column too narrow for both opens the headline with the date instead of losing it
    _right, sub, shift = header._layout(1, 150)
    assert shift and sub.startswith(long_name.date[:10])


def test_a_long_headline_gets_its_lines_and_its_tooltip(window: Any) -> None:
    comp = sample_comparison()
    title = (
        "Port Alder finally gets its clean-air charge as council faces down the car lobby"
        " after a long night"
    )
    first = replace(comp.articles[0], title=title)
    header = window.aligned.header_view
    short_height = header.sizeHint().height()
    window.show_comparison(replace(comp, articles=(first, *comp.articles[1:])))
    window.resize(900, 800)
    QApplication.processEvents()
    lines = header._headline_lines(0, header._section_rect(0))
    assert header.headline_lines() == len(lines) > 3  # the date opening it, and its words
    painted = " ".join(shown for _r, _o, _f, shown in lines)
    assert painted.endswith("after a…")  # cut where the title's characters run out, not before
    assert header.sizeHint().height() > short_height
    tip = window.aligned.model().headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert title in str(tip)


def test_a_longer_headline_opened_in_the_same_window_gets_its_lines(window: Any) -> None:
    """Opening another event in a window of the same size left the header as tall as the last
    event's: a headline three lines long showed its first line only, until the window was
    resized."""
    comp = sample_comparison()
    title = (
        "Port Alder finally gets its clean-air charge as council faces down the car lobby"
        " after a long night"
    )
    header = window.aligned.header_view
    QApplication.processEvents()
    assert header.headline_lines() == 1  # the sample's headlines take a line each
    window.show_comparison(
        replace(comp, articles=(replace(comp.articles[0], title=title), *comp.articles[1:]))
    )
    QApplication.processEvents()
    assert header.headline_lines() == 3
    lines = header._headline_lines(0, header._section_rect(0))
    assert len(lines) == 3 and lines[-1][0].bottom() <= header.height()


def test_header_fonts_keep_the_zoom_across_a_style_change(qtbot: Any, window: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = window.aligned
    window.apply_font_size(14)
    assert view.header_view.font().pointSizeF() == 14
    sheet = app.styleSheet()
    try:
        app.setStyleSheet(sheet + "\nQLabel#nothingAtAll { color: red; }")  # as a theme switch
        qtbot.waitUntil(lambda: view.header_view.font().pointSizeF() == 14, timeout=2000)
        assert view.verticalHeader().font().pointSizeF() == 14
        assert view.cell_delegate.font.pointSizeF() == 14
    finally:
        app.setStyleSheet(sheet)
    # the zoom reaches the headers even when the cells' size did not change
    small = QFont(view.header_view.font())
    small.setPointSizeF(9)
    view.header_view.setFont(small)
    view.set_font_size(14)
    assert view.header_view.font().pointSizeF() == 14


def test_row_numbers_grow_with_the_zoom(qtbot: Any, window: Any) -> None:
    """Not only the header's font: the painted digit itself (the default painting took the font
    of the header's viewport, which stayed at the application's size)."""
    header = window.aligned.verticalHeader()

    def digit_height() -> int:
        header.viewport().repaint()
        section = QRect(0, header.sectionViewportPosition(0), header.width(), header.sectionSize(0))
        image = header.viewport().grab(section.adjusted(0, 0, 0, -2)).toImage()  # not its border
        ink = QColor(colours(False)["text"])
        rows = [
            y
            for y in range(image.height())
            if any(_distance(QColor(image.pixel(x, y)), ink) < 200 for x in range(image.width()))
        ]
        assert rows, "the row number is painted"
        return max(rows) - min(rows) + 1

    window.apply_font_size(10)
    small = digit_height()
    window.apply_font_size(20)
    qtbot.waitUntil(lambda: digit_height() >= small * 1.7, timeout=2000)
    # and the header widens to hold the largest number at that size
    last = str(window.aligned.model().rowCount())
    assert header.width() >= QFontMetrics(header.font()).horizontalAdvance(last)


# -- word differences ------------------------------------------------------------------------------


def test_lone_function_words_are_not_shaded_as_differences() -> None:
    text = "Residents who get a discount, and holders of permits are exempt from the charge."
    spans = [(0, len(text))]

    def diff(words: str) -> DiffSpan:
        start = text.index(words)
        return DiffSpan(start, start + len(words), "changed")

    kept = rules.useful_diffs(
        [diff("who"), diff("and"), diff("are"), diff("exempt"), diff("from the charge")],
        spans,
        text,
        [],
    ).diffs
    assert [text[d.start : d.end] for d in kept] == ["exempt", "from the charge"]
    # negation and numbers are never function words here
    assert not rules.only_stop_words("not")
    assert not rules.only_stop_words("90")
    assert rules.only_stop_words("of the")


# -- details and tooltips --------------------------------------------------------------------------


def test_flag_headings_use_readable_colours() -> None:
    comp = sample_comparison()
    flag = next(f for f in comp.flags if f.id == "f-loaded")  # amber: 2.1:1 on white raw
    raw = QColor(style_for("loaded").colour).name()
    for dark in (False, True):
        wanted = readable(style_for("loaded").colour, dark).name()
        for page in (flag_html(flag, comp, dark), flag_tooltip([flag], comp, dark)):
            assert f"color:{wanted}" in page
            assert f"color:{raw}" not in page or wanted == raw


def _shameful(*counterparts: Counterpart) -> Flag:
    """The Daily Bugle's loaded "shameful", answered by ``counterparts``."""
    start = DAILY.index("shameful")
    return Flag(
        "f-x",
        "daily",
        start,
        start + 8,
        "shameful",
        "loaded",
        "'shameful' is loaded wording.",
        counterparts=counterparts,
    )


def test_whole_sentence_counterparts_are_named_not_repeated() -> None:
    comp: Comparison = sample_comparison()
    sentence = "Officials said talks would continue in the summer after a long meeting on Friday."
    flag = _shameful(
        Counterpart("wire", sentence),
        Counterpart("gazette", sentence),
        Counterpart("gazette", "the leaders"),
    )
    shown = flag_html(flag, comp, wording_shown=True)
    assert sentence not in shown
    assert "The other outlets’ full wording is under Claim." in shown
    assert "“the leaders”" in shown  # a phrase is the answer itself: quoted
    tip = flag_tooltip([flag], comp)
    assert sentence not in tip and "full wording is in this row" in tip
    # with no claim shown beside it (a headline's flag) the sentence is the only place to see it
    assert sentence in flag_html(flag, comp, wording_shown=False)


def test_a_flags_details_name_each_outlet_once(qapp: Any) -> None:
    """The explanation names the outlets that write the claim without the flagged words; the
    line pointing to their whole claims once named them all again."""
    comp: Comparison = sample_comparison()
    sentence = "Officials said talks would continue in the summer after a long meeting on Friday."
    flag = replace(
        _shameful(Counterpart("wire", sentence), Counterpart("gazette", sentence)),
        explanation="'shameful' is loaded wording; Wire Service and Gazette report the same"
        " claim without it.",
    )
    for page in (flag_html(flag, comp, wording_shown=True), flag_tooltip([flag], comp)):
        text = QTextDocument()
        text.setHtml(page)
        for outlet in ("Wire Service", "Gazette"):
            assert text.toPlainText().count(outlet) == 1, (outlet, text.toPlainText())
    # two outlets compared: "the other outlet", one
    pair = replace(comp, articles=comp.articles[:2])
    assert "The other outlet’s full wording" in flag_html(flag, pair, wording_shown=True)


def test_namings_the_explanation_quotes_whole_are_not_listed_again(qapp: Any) -> None:
    """An epithet's explanation already quotes how the others name the actor; a list under it
    said the same words a second time. A naming it does not quote is still listed."""
    comp: Comparison = sample_comparison()
    naming = "President Xi Jinping"
    flag = replace(
        _shameful(Counterpart("wire", naming, 0, 20), Counterpart("gazette", naming, 0, 20)),
        rule=EPITHET_RULE,
        explanation=f"'shameful' is this outlet's own; Wire Service and Gazette write '{naming}'.",
    )
    text = QTextDocument()
    text.setHtml(flag_html(flag, comp, wording_shown=True))
    assert "How the other outlets name them" not in text.toPlainText()
    assert text.toPlainText().count(naming) == 1
    other = replace(flag, counterparts=(Counterpart("wire", "Xi", 0, 2),))
    assert "How the other outlets name them" in flag_html(other, comp, wording_shown=True)
    # one outlet quoted, one not: only the one not quoted is listed
    mixed = replace(
        flag,
        explanation=f"'shameful' is this outlet's own; Wire Service writes '{naming}'.",
        counterparts=(Counterpart("wire", naming, 0, 20), Counterpart("gazette", "Mr Xi", 0, 5)),
    )
    text.setHtml(flag_html(mixed, comp, wording_shown=True))
    listed = text.toPlainText().split("How the other outlets name them:")[1]
    assert "Gazette" in listed and "Mr Xi" in listed and "Wire Service" not in listed


def test_a_different_figure_shows_the_others_figures_in_their_sentences(qapp: Any) -> None:
    """A figure's explanation quotes only the others' number ("about 4,000 residents"); what it
    counts is in the words around it, and its sentence is often in another row than the flag's,
    so the details list each figure in its sentence, the figure in bold."""
    comp: Comparison = sample_comparison()
    sentence = "Floods killed 12 people and forced about 4,000 residents to leave their homes."
    at = sentence.index("about 4,000 residents")
    start = DAILY.index("The two men")
    flag = Flag(
        "f-fig",
        "daily",
        start,
        start + 11,
        "The two men",
        "figure",
        "Says 'The two men' for the number who left, where Wire Service says"
        " 'about 4,000 residents'.",
        counterparts=(Counterpart("wire", sentence, at, at + 21),),
        rule="rule:different-figure",
    )
    shown = flag_html(flag, comp, wording_shown=True)
    assert "What they wrote:" in shown and "In the same place:" not in shown
    assert "<b>about 4,000 residents</b>" in shown
    text = QTextDocument()
    text.setHtml(shown)
    listed = text.toPlainText().split("What they wrote:")[1]
    assert "Wire Service" in listed and "people and forced about 4,000 residents to leave" in listed
    # hovering picks the figure out of the wire's sentence too, rather than quoting it whole
    tip = flag_tooltip([flag], comp)
    assert "<b>about 4,000 residents</b> to leave their …" in tip and sentence not in tip
    # any other kind of flag still leaves out the words its explanation has just quoted
    loaded = replace(flag, category="loaded", rule=None)
    assert "about 4,000 residents to leave" not in flag_html(loaded, comp, wording_shown=True)


def test_a_short_whole_claim_is_not_quoted_as_the_words_in_the_flags_place() -> None:
    """A short sentence that is only the claim the row holds must not read as the answer to the
    flag; a naming the engine located ("President Xi Jinping", start 0) still does."""
    comp: Comparison = sample_comparison()
    short = "The motion passed by 348 votes to 345."
    flag = _shameful(
        Counterpart("wire", short), Counterpart("gazette", "President Xi Jinping", 0, 20)
    )
    shown = flag_html(flag, comp, wording_shown=True)
    assert short not in shown
    assert "full wording is under Claim" in shown
    assert "President Xi Jinping" in shown


def test_a_headline_flag_shows_the_other_headlines_under_their_own_heading() -> None:
    comp: Comparison = sample_comparison()
    flag = replace(
        _shameful(Counterpart("wire", "Leaders meet in Guangzhou")), id="h1", where="title"
    )
    shown = flag_html(flag, comp, wording_shown=False)
    assert "Their headlines:" in shown and "Leaders meet in Guangzhou" in shown
    assert "How the other outlets name them" not in shown


def test_a_unique_claims_nearest_sentences_are_quoted_under_their_own_heading() -> None:
    """A row of one outlet's claim shows no other claim, so the sentences the aligner found
    nearest (but did not line up) are quoted in full, not sent to a Claim section."""
    comp: Comparison = sample_comparison()
    sentence = "Leaders of both countries met in Guangzhou on Friday to discuss trade."
    flag = Flag(
        "f-u",
        "daily",
        0,
        8,
        DAILY[:8],
        "unique-claim",
        "Only The Daily Bugle carries this: no sentence in Wire Service lines up with it;"
        " the nearest one is given with this flag.",
        counterparts=(Counterpart("wire", sentence),),
    )
    for wording_shown in (True, False):
        shown = flag_html(flag, comp, wording_shown=wording_shown)
        assert "Nearest sentences, not lined up:" in shown
        assert f"Wire Service: “{sentence}”" in shown
        assert "full wording" not in shown and "In the same place" not in shown
    # without a near match there is no heading at all
    alone = flag_html(replace(flag, counterparts=()), comp, wording_shown=True)
    assert "Nearest sentences" not in alone


def test_a_unique_rows_details_show_its_nearest_sentences_and_name_hidden_flags() -> None:
    """Selecting the row of a claim only one outlet carries is how a reader reaches its flag:
    the nearest sentences must be there, and a row whose flags the legend hides says so."""
    from reader.core.compare import compare
    from reader.core.model import Article
    from reader.ui.details import row_html
    from test_framing import NEAR_BEACON, NEAR_WIRE

    comp = compare([Article("a", "Beacon", NEAR_BEACON), Article("b", "Wire", NEAR_WIRE)])
    unique = [f for f in comp.flags if f.category == "unique-claim" and f.counterparts]
    assert unique
    row = next(
        r
        for r in comp.rows()
        if r.is_unique and unique[0].claim in {c.id for cs in r.cells.values() for c in cs}
    )
    flags = [f for f in comp.flags if f.claim in {c.id for cs in row.cells.values() for c in cs}]
    shown = row_html(row, comp, flags, False)
    assert "Nearest sentences, not lined up:" in shown
    assert unique[0].counterparts[0].text in shown
    shared = next(r for r in comp.rows() if not r.is_unique)
    quiet = row_html(shared, comp, [], False, hidden=3)
    assert "3 flags are hidden here" in quiet and "No framing flags" not in quiet


def test_a_located_answer_keeps_its_claims_own_spacing() -> None:
    from reader.ui.richtext import in_context

    text = "The scheme will cost four million dollars."
    start = text.index("four")
    before, answer, after = in_context(Counterpart("wire", text, start, start + 4))
    assert (before, answer, after) == ("… scheme will cost ", "four", " million dollars.")


def _window(text: str, answer: str) -> str:
    from reader.ui.richtext import in_context

    start = text.index(answer)
    return "".join(in_context(Counterpart("wire", text, start, start + len(answer))))


def test_a_located_answer_widens_to_the_opening_mark_of_a_quotation_it_would_cut() -> None:
    """Details sets the window in its own “…”: a lone ” there read as the end of the outlet's
    words. An opening mark a word or two beyond the usual few is taken in."""
    text = "The minister said the museum would “return every one of the bronzes it holds” soon."
    assert _window(text, "bronzes") == "… “return every one of the bronzes it holds” soon."
    tail_side = "Officials said the board would “hand back 74 bronzes” by spring."
    assert _window(tail_side, "board") == "Officials said the board would “hand back 74 bronzes” …"


def test_a_located_answer_leaves_out_a_quotation_mark_whose_partner_is_far() -> None:
    before = "“We will return every single one of the 74 bronzes,” the director told reporters."
    assert _window(before, "director") == "… the director told reporters."
    after = "The director told reporters “we will return every single one of the 74 bronzes”."
    assert _window(after, "director") == "The director told reporters …"


def test_a_located_answer_keeps_nested_quotations_whole_or_leaves_them_out() -> None:
    text = (
        "He said that “the board voted to ‘return all of them’ at once,” she said later that day."
    )
    assert _window(text, "all") == "… voted to ‘return all of them’ at …"
    inner = "He said the board had “voted to ‘return all of them at once’ and that was that”."
    shown = _window(inner, "all")
    assert shown.count("‘") == shown.count("’") == 1 and "”" not in shown


def test_apostrophes_and_straight_quotes_in_a_located_answer() -> None:
    """An apostrophe is no quotation mark; straight double quotes pair like curly ones."""
    text = "They said the board’s and the outlets’ members and dozens of others attended."
    assert _window(text, "dozens") == "… outlets’ members and dozens of others attended."
    straight = 'The minister said the museum would "return every one of the bronzes it holds" soon.'
    assert _window(straight, "bronzes") == '… "return every one of the bronzes it holds" soon.'


def test_the_date_stays_beside_an_outlet_only_with_room_for_its_first_letters(
    window: Any,
) -> None:
    """The room kept for a long name beside the date is its own first 18 letters, not the
    font's average letter times 18, which is narrower: "The Westhaven Courier" kept 14."""
    from reader.ui.aligned_headers import OUTLET_MIN_CHARS
    from reader.ui.cell_delegate import PAD_X

    comp = sample_comparison()
    named = replace(comp.articles[1], outlet="The Westhaven Courier")
    window.show_comparison(replace(comp, articles=(comp.articles[0], named, comp.articles[2])))
    header = window.aligned.header_view
    fm = QFontMetrics(header._outlet_font())
    date_width = QFontMetrics(header.font()).horizontalAdvance(named.date[:10])
    need = fm.horizontalAdvance(named.outlet[:OUTLET_MIN_CHARS] + "…")
    for width in range(2 * PAD_X + date_width + 8, 2 * PAD_X + date_width + 8 + need + 40, 4):
        right, _sub, shift = header._layout(1, width)
        beside = shift == 0
        assert beside == (right - PAD_X - date_width - 8 >= need), width


def test_an_outlet_name_that_fits_alone_keeps_its_line_and_the_date_opens_the_headline(
    window: Any,
) -> None:
    """At 1024 px "Northline P…" beside its date no longer said the name; a short name is kept
    whole and the date moves to the headline's line."""
    from reader.ui.aligned_headers import OUTLET_MIN_CHARS

    comp = sample_comparison()
    named = replace(comp.articles[1], outlet="Northline Press")
    window.show_comparison(replace(comp, articles=(comp.articles[0], named, comp.articles[2])))
    header = window.aligned.header_view
    fm = QFontMetrics(header._outlet_font())
    date_width = QFontMetrics(header.font()).horizontalAdvance(named.date[:10])
    width = fm.horizontalAdvance("Northline Press") + date_width // 2 + 2 * 12
    _right, sub, shift = header._layout(1, width)
    assert len("Northline Press") <= OUTLET_MIN_CHARS
    assert shift and sub.startswith(named.date[:10])


def test_a_narrow_column_wraps_the_outlet_name_whole_above_its_headline(window: Any) -> None:
    """At 1024x700 with the library panel shown, three columns are about 146 px wide and the
    header read "The Harbour…": the name says whose column it is, so it wraps to a second line
    and the headline starts below it; where it fits, it keeps one line."""
    from reader.ui.cell_delegate import PAD_X

    comp = sample_comparison()
    named = replace(comp.articles[1], outlet="The Harbour Times")
    window.show_comparison(replace(comp, articles=(comp.articles[0], named, comp.articles[2])))
    if window.sidebar_dock.isHidden():
        window.sidebar_dock.toggleViewAction().trigger()
    window.resize(1024, 700)
    QApplication.processEvents()
    header = window.aligned.header_view
    width = header.sectionSize(1)
    bold = QFontMetrics(header._outlet_font())
    assert bold.horizontalAdvance(named.outlet) > width - 2 * PAD_X  # one line cannot hold it
    first = header._headline_lines(1, header._section_rect(1))[0][0]
    assert first.top() >= 6 + 2 * bold.height()  # the headline is under the name's two lines
    assert header.height() >= first.bottom()  # and the header is tall enough to show it
    lines = header.outlet_lines(1, width)
    assert " ".join(lines) == named.outlet and len(lines) == 2
    assert all(bold.horizontalAdvance(line) <= width - 2 * PAD_X for line in lines)
    window.resize(1600, 800)
    QApplication.processEvents()
    assert header.outlet_lines(1, header.sectionSize(1)) == [named.outlet]


LONG_HEADLINE = (
    "Port Alder finally gets its clean-air charge as council faces down the car lobby"
    " after a long night"
)


def with_long_headline(window: Any) -> None:
    comp = sample_comparison()
    first = replace(comp.articles[0], title=LONG_HEADLINE)
    window.show_comparison(replace(comp, articles=(first, *comp.articles[1:])))


def test_a_zoomed_header_in_a_short_view_leaves_the_claims_most_of_it(window: Any) -> None:
    """At 28 points in a 260-px view the header took 235 px and left an 11-px viewport: the
    reader saw headers only. The headline gives up lines, then the outlet's name its second
    one, so the claims keep at least half the view; the name's first line and a headline line
    still show, and the lines come back when the view grows."""
    with_long_headline(window)
    window.apply_font_size(28)
    QApplication.processEvents()  # the layout the zoom asks for, before the view is made tall
    view = window.aligned
    header = view.header_view
    view.resize(view.width(), 1200)
    QApplication.processEvents()
    assert view.height() == 1200
    tall_height = header.height()
    tall_outlets = [header.outlet_lines(c, header.sectionSize(c)) for c in range(3)]
    tall_headline = header.headline_lines()
    assert max(len(lines) for lines in tall_outlets) > 1  # "The Daily / Bugle" at this size
    assert tall_headline > 1
    view.resize(view.width(), 260)
    QApplication.processEvents()
    assert view.viewport().height() >= view.height() // 2
    bold = QFontMetrics(header._outlet_font())
    for c, outlet in enumerate(a.outlet for a in window.comparison.articles):
        first = header.outlet_lines(c, header.sectionSize(c))[0]
        assert outlet.startswith(first.rstrip("…").rstrip())  # the name's first line
        assert first.rstrip("…")  # not cut to nothing
        lines = header._headline_lines(c, header._section_rect(c))
        assert lines and lines[0][3]  # a headline line is painted: its words, not the date
        assert lines[0][3].rstrip("…") and window.comparison.articles[c].title.startswith(
            lines[0][3].rstrip("…")
        )
        assert lines[0][0].top() >= 6 + bold.height()  # under the outlet's line
        assert lines[0][0].bottom() <= header.height()  # within the header
    view.resize(view.width(), 1200)
    QApplication.processEvents()
    assert header.height() == tall_height
    assert [header.outlet_lines(c, header.sectionSize(c)) for c in range(3)] == tall_outlets
    assert header.headline_lines() == tall_headline


def test_a_header_at_the_usual_size_in_a_big_window_keeps_every_line(window: Any) -> None:
    """The cap only bites where the header would crowd the claims out: at the usual text size
    in a 1200x800 window the header is as tall as it is with all the room in the world."""
    with_long_headline(window)
    view = window.aligned
    header = view.header_view
    QApplication.processEvents()
    height = header.height()
    assert header.headline_lines() == 3  # the long headline wraps to its three lines
    view.resize(view.width(), 4000)
    QApplication.processEvents()
    assert header.height() == height
    assert header.headline_lines() == 3


def test_every_column_puts_its_date_where_the_others_do(window: Any) -> None:
    """ "The Lantern 2026-11-26" stood beside "2026-11-26 · Record progress…": one column's long
    name sent its date to the headline while a short name kept its own beside it. The dates
    now stand in one place across the header, beside the names only where every one fits."""
    from reader.ui.aligned_headers import OUTLET_MIN_CHARS
    from reader.ui.cell_delegate import PAD_X

    comp = sample_comparison()
    named = replace(comp.articles[1], outlet="The Westhaven Courier")
    window.show_comparison(replace(comp, articles=(comp.articles[0], named, comp.articles[2])))
    header = window.aligned.header_view
    fm = QFontMetrics(header._outlet_font())
    date_width = QFontMetrics(header.font()).horizontalAdvance(named.date[:10])
    need = fm.horizontalAdvance(named.outlet[:OUTLET_MIN_CHARS] + "…") + 1
    narrow = 2 * PAD_X + date_width + 8 + need - 12  # too narrow for the long name's date
    assert header._date_fits_beside(0, narrow) and not header._date_fits_beside(1, narrow)
    header.setStretchLastSection(False)
    for logical in range(3):
        header.resizeSection(logical, narrow)
    assert [header._layout(c, narrow)[2] > 0 for c in range(3)] == [True, True, True]
    # Where every name has room for it, every date stands beside its name.
    assert all(header._date_fits_beside(c, narrow + 200) for c in range(3))
    sizes = [header.sectionSize(c) for c in range(3)]
    assert header._dates_beside(1, narrow + 200) == all(
        header._date_fits_beside(c, w) for c, w in enumerate(sizes) if c != 1
    )


def test_a_claim_only_one_outlet_carries_says_only_here_rather_than_cut_the_name(
    window: Any,
) -> None:
    """ "ONLY IN THE ALDORAN STAN…" cut the name the caption was there to give; where "Only in
    <outlet>" does not fit its column, it says "Only here" under the header that names it."""
    model = window.aligned.model()
    cell = next(
        model.cell(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.cell(r, c).unique
    )
    delegate = window.aligned.itemDelegate()
    full = cell.caption.upper()
    assert delegate.caption_fitting(cell, 2000) == full
    fm = QFontMetrics(delegate._caption_font(cell))
    assert delegate.caption_fitting(cell, fm.horizontalAdvance(full) - 4) == "ONLY HERE"
