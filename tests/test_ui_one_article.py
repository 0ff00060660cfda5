"""One article alone: its text in an Article tab, and an Overview with its framing profile and
headline, as a teacher studying one opinion piece wants them; no Aligned or Reading view, which
compare, and a screenshot that asks for one says so."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QToolBar

from reader.core.model import CATEGORY_LABELS, OCCASIONAL_CATEGORIES, Comparison, Flag
from reader.core.overview import RATE_MIN_WORDS, build_overview
from reader.ui.overview import (
    ACTORS_NOTE,
    CHART_NOTE,
    CHART_NOTE_COUNTED,
    CHART_NOTE_HIDDEN,
    HEADLINES_NOTE,
    OverviewView,
)
from reader.ui.overview_summary import UNFLAGGED
from reader.ui.overview_tables import NO_SOURCES
from ui_sample import DAILY, lengthened, sample_comparison, sample_window
from ui_sample import one_article as alone

pytestmark = pytest.mark.gui

SECRET = "Macron's secret plan".index("secret")
HEADLINE_FLAG = Flag(
    "h-secret", "daily", SECRET, SECRET + 6, "secret", "loaded",
    "In the headline, 'secret' is loaded wording.",
    where="title",
)  # fmt: skip


def one_article() -> Comparison:
    """The Daily Bugle alone, with its five flags and one in its headline."""
    return replace(alone(sample_comparison(), "daily"), headline_flags=(HEADLINE_FLAG,))


def tabs_shown(window: Any) -> list[str]:
    tabs = window.tabs
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count()) if tabs.isTabVisible(i)]


def overview(window: Any) -> OverviewView:
    view = window.insights.overview
    assert isinstance(view, OverviewView)
    return view


def test_one_article_is_read_in_its_tab_beside_an_overview(qtbot: Any, tmp_path: Path) -> None:
    window = sample_window(qtbot, tmp_path)
    assert tabs_shown(window) == ["Aligned", "Reading", "Overview"]
    window.show_comparison(one_article())
    assert tabs_shown(window) == ["Article", "Overview"]
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.single
    assert not window.act_aligned.isEnabled()
    assert window.set_view("aligned") is False  # no such view for one article
    assert window.tabs.currentWidget() is window.single
    assert window.set_view("overview") is True
    assert window.tabs.currentWidget() is overview(window)
    assert window.set_view("reading") is True  # one article's reading is its text
    assert window.tabs.currentWidget() is window.single
    # Ctrl+3 and back: the Overview stays the view on screen when the next comparison comes
    window.set_view("overview")
    window.show_comparison(sample_comparison())
    assert tabs_shown(window) == ["Aligned", "Reading", "Overview"]
    assert window.tabs.currentWidget() is overview(window)
    assert window.act_aligned.isEnabled() and window.set_view("aligned")
    window.show_comparison(one_article())
    assert window.tabs.currentWidget() is window.single  # Aligned stepped aside


def views_in_menu(window: Any) -> list[str]:
    """The views View › lists at its top (before its first separator), as their tabs are named."""
    names = []
    for a in window.view_menu.actions():
        if a.isSeparator():
            break
        if a.isVisible():
            names.append(a.text().replace("&", "").removesuffix(" View"))
    return names


def test_one_article_offers_no_difference_to_go_to(qtbot: Any, tmp_path: Path) -> None:
    """Next and Previous Difference leave the toolbar and the Go menu with one article, and come
    back with a comparison: no greyed button hints at a second outlet that is not there."""
    window = sample_window(qtbot, tmp_path)
    toolbar = window.findChild(QToolBar)
    difference = (window.act_next_diff, window.act_prev_diff)

    def on_toolbar() -> list[str]:
        return [a.iconText() for a in toolbar.actions() if a.isVisible()]

    assert all(a.isVisible() for a in difference)
    assert "Difference ▶" in on_toolbar() and "◀ Flag" in on_toolbar()
    window.show_comparison(one_article())
    assert not any(a.isVisible() for a in difference)
    assert "Difference ▶" not in on_toolbar() and "◀ Difference" not in on_toolbar()
    assert "◀ Flag" in on_toolbar()  # flags are still stepped through
    window.show_comparison(sample_comparison())
    assert "Difference ▶" in on_toolbar()


def test_the_view_menu_names_the_tabs_shown(qtbot: Any, tmp_path: Path) -> None:
    """One article's text is its Article tab, and View › says so (with Ctrl+2, where Reading is);
    it offers no Aligned view, as the tab bar shows none."""
    window = sample_window(qtbot, tmp_path)
    assert views_in_menu(window) == tabs_shown(window) == ["Aligned", "Reading", "Overview"]
    window.show_comparison(one_article())
    assert views_in_menu(window) == tabs_shown(window) == ["Article", "Overview"]
    window.set_view("overview")
    window.act_reading.trigger()  # Ctrl+2
    assert window.tabs.currentWidget() is window.single
    window.show_comparison(sample_comparison())
    assert views_in_menu(window) == tabs_shown(window) == ["Aligned", "Reading", "Overview"]


def test_the_overview_of_one_article_is_its_framing_profile(qtbot: Any, tmp_path: Path) -> None:
    """Per-kind counts and rates, the headline with its marks, how it names the actors; no
    coverage table and no "Only this outlet", which need other outlets."""
    window = sample_window(qtbot, tmp_path)
    comp = lengthened(one_article())
    window.show_comparison(comp)
    window.set_view("overview")
    view = overview(window)
    assert view.comparison is comp
    words = comp.articles[0].word_count
    assert view.summary.text().split("\n")[:2] == [
        f"The Daily Bugle: 4 claims, 5 framing flags, {5000 / words:.1f} per 1,000 words",
        "By kind: Label or epithet 1, Loaded word 1, Hedge or scare word 1, Reporting verb 1,"
        " Unattributed opinion 1",
    ]
    chart = view.chart.accessibleDescription()
    for kind in ("Label or epithet", "Loaded word", "Reporting verb", "Unattributed opinion"):
        assert kind in chart and kind in view.chart.svg
    assert "Only this outlet" not in chart and "unique-claim" not in view.overview.categories
    assert view.coverage_table.isHidden() and not view.chart_area.isHidden()
    assert not view.headlines.isHidden() and "is loaded wording" in view.headlines.text()
    assert view.headlines_head.text() == "Headline"  # one article has one
    assert view.headlines_note.text() == HEADLINES_NOTE[1]
    assert view.actors_note.text() == ACTORS_NOTE[1]
    # nothing else to compare its length with: the note says what the rate is for one
    assert view.chart_note.text() == CHART_NOTE[1] and "blamed" not in CHART_NOTE[1]
    assert view.table_text(view.actors_table)[1][:2] == ["Xi Jinping", "Chinese dictator"]
    # the legend reaches it as it reaches the text: a kind hidden leaves the profile
    window.legend.set_category("loaded", False)
    assert "Loaded word" not in view.chart.accessibleDescription()
    assert "is loaded wording" not in view.headlines.text()
    # ... and two articles bring the coverage back
    window.show_comparison(sample_comparison())
    assert not view.coverage_table.isHidden()
    assert view.headlines_note.text() == HEADLINES_NOTE[0]
    assert view.headlines_head.text() == "Headlines"
    # the sample's two articles are too short for a rate, and "Loaded word" is still hidden
    assert view.chart_note.text() == CHART_NOTE_COUNTED + CHART_NOTE_HIDDEN


def test_the_overview_tables_of_one_article_speak_of_it(qtbot: Any, tmp_path: Path) -> None:
    """A screen reader named the tables "How each outlet names the actors" and an empty sources
    table said "No outlet quotes ...", with one article open; they speak of the article, and
    of each outlet again when a comparison comes back."""
    window = sample_window(qtbot, tmp_path)
    comp = one_article()
    unattributed = {
        "daily": tuple(replace(c, attribution=None, quote=False) for c in comp.claims["daily"])
    }
    window.show_comparison(replace(comp, claims=unattributed))
    window.set_view("overview")
    view = overview(window)
    assert view.actors_table.accessibleName() == "How this article names the actors"
    assert view.sources_table.accessibleName() == "Whom this article quotes or cites"
    assert view.table_text(view.sources_table)[1][0] == NO_SOURCES[1]
    window.show_comparison(sample_comparison())
    assert view.actors_table.accessibleName() == "How each outlet names the actors"
    assert view.sources_table.accessibleName() == "Whom each outlet quotes or cites"


def test_view_show_flags_describes_no_other_outlet_with_one_article(
    qtbot: Any, tmp_path: Path
) -> None:
    """The kinds that compare outlets told a reader of one article about "the others"; they say
    they need two articles, and the legend's label chip speaks of no others either way."""
    window = sample_window(qtbot, tmp_path)
    tips = window.category_actions
    compared = tips["unique-claim"].statusTip()
    assert "the others" in compared
    window.show_comparison(one_article())
    for cat in ("detail", "figure", "unique-claim"):
        assert tips[cat].statusTip().startswith("Found only when two or more articles"), cat
    assert not any("other" in tips[cat].statusTip() for cat in CATEGORY_LABELS)
    assert "others" not in window.legend.chips["label"].toolTip()
    window.show_comparison(sample_comparison())
    assert tips["unique-claim"].statusTip() == compared


def test_one_articles_summary_counts_each_kind_and_names_its_densest_paragraph(
    qtbot: Any, tmp_path: Path
) -> None:
    """A teacher reads how many flags of each kind there are, most first, and where they
    gather; the legend's choice reaches both lines."""
    window = sample_window(qtbot, tmp_path)
    comp = one_article()
    # A sentence a line: the same offsets, four paragraphs, the last holding two flags.
    daily = replace(comp.articles[0], text=DAILY.replace(". ", ".\n"))
    window.show_comparison(replace(comp, articles=(daily,)))
    window.set_view("overview")
    lines = overview(window).summary.text().split("\n")
    assert lines[1].startswith("By kind: Label or epithet 1, Loaded word 1, ")
    assert lines[2] == (
        "Most flagged: paragraph 4 of 4, 2 flags (“It is a shameful betrayal of Ukraine.”)"
    )
    window.legend.set_category("loaded", False)
    lines = overview(window).summary.text().split("\n")
    assert "Loaded word" not in lines[1]
    assert not any(line.startswith("Most flagged") for line in lines)  # one flag a paragraph


def test_an_article_with_nothing_flagged_says_so_instead_of_a_chart_of_zeros(
    qtbot: Any, tmp_path: Path
) -> None:
    """A wire report alone: the summary says nothing was flagged, and no profile of eight empty
    bars asks a class to read zeros; a flagged article brings the profile back."""
    window = sample_window(qtbot, tmp_path)
    plain = replace(one_article(), flags=(), headline_flags=())
    window.show_comparison(plain)
    window.set_view("overview")
    view = overview(window)
    assert view.summary.text().split("\n")[1] == UNFLAGGED
    assert "the app looks for" in UNFLAGGED and "lexicon" not in UNFLAGGED  # plain words
    assert view.chart_area.isHidden() and view.chart_note.isHidden()
    assert not view.actors_table.isHidden()  # what it names still shows
    window.show_comparison(lengthened(one_article()))
    assert not view.chart_area.isHidden() and UNFLAGGED not in view.summary.text()


def test_a_text_too_short_for_a_rate_says_its_count_in_its_words(
    qtbot: Any, tmp_path: Path
) -> None:
    """A 36-word article read "138.9 per 1,000 words" and drew bars to match: true, and
    meaningless for a snippet. Under RATE_MIN_WORDS it says its flags in its words and draws
    no bars; the counts by kind are in the line below."""
    window = sample_window(qtbot, tmp_path)
    comp = one_article()
    words = comp.articles[0].word_count
    assert words < RATE_MIN_WORDS
    window.show_comparison(comp)
    window.set_view("overview")
    view = overview(window)
    first, by_kind = view.summary.text().split("\n")[:2]
    assert first == f"The Daily Bugle: 4 claims, 5 framing flags in {words} words"
    assert by_kind.startswith("By kind: Label or epithet 1")
    assert view.chart_area.isHidden() and view.chart_note.isHidden()


def test_one_article_counts_no_claim_as_only_its_own() -> None:
    """The core's profile of one article alone: every category but "Only this outlet", which
    would count all of its claims as if it added them."""
    ov = build_overview(one_article())
    left_out = OCCASIONAL_CATEGORIES | {"unique-claim"}  # occasional ones only when present
    assert ov.categories == tuple(c for c in CATEGORY_LABELS if c not in left_out)
    (profile,) = ov.profiles
    assert profile.unique == 0 and profile.total == 5
    assert profile.counts["label"] == 1 and profile.counts["opinion"] == 1


def test_f8_on_one_articles_overview_goes_to_its_text(qtbot: Any, tmp_path: Path) -> None:
    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one_article())
    window.set_view("overview")
    QApplication.processEvents()
    window.act_next_flag.trigger()
    assert window.tabs.currentWidget() is window.single
    assert window.single.selected_flag == "h-secret"  # the headline's, read first


def test_find_on_one_articles_overview_searches_it(qtbot: Any, tmp_path: Path) -> None:
    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one_article())
    window.set_view("overview")
    window.act_find.trigger()
    window.find_bar.edit.setText("Jinping")  # in the actors table
    assert window.tabs.currentWidget() is overview(window)
    assert overview(window).find_match is not None
    assert window.find_bar.status.text() == "1 of 1"


@pytest.mark.slow
def test_a_screenshot_says_when_one_article_has_no_such_view(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    one = tmp_path / "daily.txt"
    one.write_text(DAILY, encoding="utf-8")
    png = tmp_path / "overview.png"
    assert main(["--screenshot", str(png), "--view", "overview", str(one)]) == 0
    out = capsys.readouterr()
    assert png.exists() and "1 article" in out.out and out.err == ""
    aligned = tmp_path / "aligned.png"
    assert main(["--screenshot", str(aligned), "--view", "aligned", str(one)]) == 0
    err = capsys.readouterr().err
    assert err == (
        "reader: the aligned view needs two or more articles; the picture shows the Article view\n"
    )
    assert aligned.exists()


def test_each_flag_in_the_list_is_as_tall_as_its_wrapped_words(qtbot: Any, tmp_path: Path) -> None:
    """A row that just fits one line when measured is drawn in a little less room, inside the
    text margins: it must be given the lines it is drawn in, not cut short to "Loaded …"."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QStyle

    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one_article())
    lst = window.single.flag_list
    style = lst.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, lst) + 1
    fm = QFontMetricsF(lst.font())  # fractional widths, as the words are laid out
    sizes = window.single.splitter.sizes()
    for width in range(140, 320, 3):  # every width, so some row sits right at a line's end
        window.single.splitter.setSizes([sum(sizes) - width, width])
        lst.doItemsLayout()
        QApplication.processEvents()
        rects = [lst.visualItemRect(lst.item(i)) for i in range(lst.count())]
        for item, rect, after in zip(
            (lst.item(i) for i in range(lst.count())), rects, [*rects[1:], None], strict=True
        ):
            room = QRectF(0, 0, rect.width() - 2 * margin, 100_000)
            needed = fm.boundingRect(room, int(Qt.TextFlag.TextWordWrap), item.text()).height()
            assert rect.height() >= needed, (width, item.text())
            # and no blank line under it: the next row follows, the list's spacing apart
            assert after is None or after.top() - rect.bottom() <= 2 * lst.spacing() + 1, (
                width,
                item.text(),
            )


def test_a_zoomed_article_in_a_short_window_keeps_most_of_it_for_the_text(
    qtbot: Any, tmp_path: Path
) -> None:
    """At 28 points in a 1366x480 window the Article view's header (the outlet over three
    headline lines) took 184 of its 340 px. The headline gives up lines so the text keeps at
    least half the height, its first line still shows, and a taller window gives them back."""
    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one_article())
    window.apply_font_size(28)
    pane = window.single.pane
    window.resize(1366, 900)
    qtbot.waitUntil(lambda: pane.subtitle.max_lines == 3, timeout=3000)
    window.resize(1366, 480)
    qtbot.waitUntil(lambda: pane.header.height() <= pane.height() // 2, timeout=3000)
    assert pane.text.height() >= pane.height() // 2
    first = pane.subtitle.text().split("\n")[0].rstrip("…")
    assert first and pane.article.title.startswith(first)
    assert pane.outlet_label.text().rstrip("…")
    window.resize(1366, 900)
    qtbot.waitUntil(lambda: pane.subtitle.max_lines == 3, timeout=3000)


def _tab_presses(qtbot: Any, start: Any, count: int, *, back: bool = False) -> list[Any]:
    """The widgets ``count`` presses of Tab (or Shift+Tab) reach from ``start``."""
    from PySide6.QtCore import Qt

    start.setFocus()
    QApplication.processEvents()
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    reached: list[Any] = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget() or start, key)
        reached.append(QApplication.focusWidget())
    return reached


def test_tab_reads_the_article_then_its_flags_then_the_details(qtbot: Any, tmp_path: Path) -> None:
    """The list of flags was made before the article's text, so Tab from the view tabs went to
    the flags first and reached the text they point into only after them. Tab now goes in
    reading order, the text, its flags, the Details, and Shift+Tab walks it back."""
    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one_article())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.details_dock.raise_()
    single = window.single
    assert single.pane is not None
    bar = window.tabs.tabBar()
    reading_order = [single.pane.text, single.flag_list, window.details.browser]
    assert _tab_presses(qtbot, bar, 3) == reading_order
    back = _tab_presses(qtbot, window.details.browser, 3, back=True)
    assert back == [single.flag_list, single.pane.text, bar]
    # a second article alone builds a new text, which keeps its place before the flags
    window.show_comparison(sample_comparison())
    window.show_comparison(one_article())
    assert single.pane is not None
    assert _tab_presses(qtbot, bar, 2) == [single.pane.text, single.flag_list]


def _pixels_of(widget: Any, colour: str) -> int:
    """How many of ``widget``'s pixels are (within 3 of each channel's sum) ``colour``."""
    from PySide6.QtGui import QColor

    want = QColor(colour)
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if sum(
            abs(a - b)
            for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3], want.getRgb()[:3], strict=True)
        )
        <= 3
    )


def test_selected_words_keep_their_underline_in_sight(qtbot: Any, tmp_path: Path) -> None:
    """An actor's mention is set apart in the selection's colours, where the label's vermilion
    underline fell to 1:1 on the dark theme's #3572BD and vanished. On the selection it is
    drawn in a colour that clears 3:1 there; off it, in the one it takes on its tint again."""
    from reader.core.palette import contrast, mark_colour, style_for
    from reader.ui.richtext import underline_colour
    from reader.ui.theme import colours

    window = sample_window(qtbot, tmp_path)
    window.set_theme("dark")
    window.show_comparison(one_article())
    pane = window.single.pane
    assert pane is not None
    c = colours(True)
    label = style_for("label")
    own = underline_colour(label, True, label.tint_dark).name().upper()
    moved = mark_colour(own, c["highlight"], c["highlight_text"])
    assert contrast(moved, c["highlight"]) >= 3 > contrast(own, c["highlight"])
    viewport = pane.text.viewport()
    assert _pixels_of(viewport, own) > 10
    start = DAILY.index("Chinese dictator")
    pane.mark_mention(start, start + len("Chinese dictator"), True)
    assert _pixels_of(viewport, own) == 0
    assert _pixels_of(viewport, moved) > 10
    pane.mark([], True)
    assert _pixels_of(viewport, own) > 10


def _lines_broken_inside_a_word(doc: Any) -> tuple[int, list[tuple[str, bool]]]:
    """How many lines ``doc`` is laid out in, and each line break inside a word: the words
    either side of it, and whether that word fills its line from the line's start (a word
    wider than the column, which has nowhere else to break)."""
    breaks: list[tuple[str, bool]] = []
    lines = 0
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        lines += layout.lineCount()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if not (text[end - 1 : end].isalnum() and text[end : end + 1].isalnum()):
                continue
            word_start = end
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
            breaks.append((text[max(end - 8, 0) : end + 8], word_start == line.textStart()))
        block = block.next()
    return lines, breaks


def test_a_zoomed_narrow_text_breaks_inside_a_word_only_when_it_is_wider_than_the_column(
    qtbot: Any, tmp_path: Path
) -> None:
    """At the largest zoom in a narrow column Qt's default wrapping broke words anywhere
    ("Westhave / n"), and whole-word wrapping then let a word wider than the column scroll
    every line sideways. A line now breaks inside a word only where that word alone fills it,
    nothing scrolls sideways, and the current flag's outline stays inside the column."""
    from reader.ui import richtext
    from reader.ui.mainwindow import MAX_FONT

    window = sample_window(qtbot, tmp_path)
    window.show_comparison(one_article())
    window.apply_font_size(MAX_FONT)
    single = window.single
    total = sum(single.splitter.sizes())
    single.splitter.setSizes([200, total - 200])
    QApplication.processEvents()
    assert single.pane is not None
    text = single.pane.text
    lines, breaks = _lines_broken_inside_a_word(text.document())
    assert lines > 20  # the text did wrap, in many lines
    assert breaks  # some words are wider than this column at this size
    assert all(fills_its_line for _, fills_its_line in breaks), breaks
    assert text.horizontalScrollBar().maximum() == 0
    flag = next(f for f in single.pane.flags.values() if f.text == "shameful")
    single.pane.set_current_flag(flag.id)
    boxes = richtext.range_rects(text.document(), *text.outlined[0])
    assert len(boxes) == 2  # the word broken over two lines is outlined on each
    assert all(box.left() >= 0 and box.right() <= text.viewport().width() for box in boxes)


def test_a_flag_word_wider_than_the_list_is_broken_inside_itself_not_cut(
    qtbot: Any, tmp_path: Path
) -> None:
    """At 20 pt a quoted word wider than the flag list was drawn cut short ("“consultati…");
    the word now breaks inside itself where a line is full, and its row is as tall as that."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    from reader.ui.wrapped_delegate import ZERO_WIDTH_SPACE, broken_inside_long_words

    long_word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    comp = one_article()
    first = comp.flags[0]
    comp = replace(comp, flags=(replace(first, text=long_word), *comp.flags[1:]))
    window = sample_window(qtbot, tmp_path)
    window.show_comparison(comp)
    window.apply_font_size(20)
    lst = window.single.flag_list
    sizes = window.single.splitter.sizes()
    window.single.splitter.setSizes([sum(sizes) - 160, 160])
    lst.doItemsLayout()
    QApplication.processEvents()
    fm = QFontMetrics(lst.font())
    row = next(i for i in range(lst.count()) if long_word in lst.item(i).text())
    rect = lst.visualItemRect(lst.item(row))
    margin = lst.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, lst) + 1
    room = lst.viewport().width() - 2 * lst.spacing() - 2 * margin - 2  # less the text margins
    assert fm.horizontalAdvance(long_word) > room  # the case: it cannot fit on a line
    shown = broken_inside_long_words(fm, lst.item(row).text(), room)
    assert shown.replace(ZERO_WIDTH_SPACE, "") == lst.item(row).text()  # every letter kept
    pieces = shown.replace(ZERO_WIDTH_SPACE, " ").split()
    assert all(fm.horizontalAdvance(piece) <= room for piece in pieces)
    lines = fm.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), shown)
    assert rect.height() >= lines.height()
