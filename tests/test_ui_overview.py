"""The Overview tab: coverage, framing profile chart, actors and sources, in both themes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Attribution,
    Claim,
    Comparison,
    Flag,
    Generator,
)
from reader.core.overview import build_overview, flags_in_words
from reader.core.palette import style_for
from reader.ui.overview import CHART_NOTE, CHART_NOTE_COUNTED, OverviewView
from reader.ui.overview_tables import (
    CLAIM_MIN_CHARS,
    MISSING_MARK,
    ONLY_MARK,
    OUTLET_COLUMN_MAX,
    SHARED_MARK,
)
from reader.ui.theme import ThemeManager, colours
from ui_sample import lengthened, sample_comparison

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return sample_comparison()


@pytest.fixture
def view(qtbot: Any, comparison: Comparison) -> OverviewView:
    w = OverviewView()
    qtbot.addWidget(w)
    w.resize(1100, 900)
    w.set_comparison(comparison)
    w.show()
    qtbot.waitExposed(w)
    return w


def with_sources(comp: Comparison) -> Comparison:
    """The sample with attributions: 'Officials said' in two outlets, 'Critics claimed' in one."""
    claims = {}
    for aid, cs in comp.claims.items():
        out = []
        for c in cs:
            if c.text.startswith("Officials said"):
                c = replace(c, attribution=Attribution("Officials", "said", "indirect"))
            elif c.text.startswith("Critics claimed"):
                c = replace(c, attribution=Attribution("Critics", "claimed", "indirect"))
            out.append(c)
        claims[aid] = tuple(out)
    return replace(comp, claims=claims)


def test_coverage_table_matches_the_core_matrix(view: OverviewView, comparison: Comparison) -> None:
    cov = build_overview(comparison).coverage
    cells = view.table_text(view.coverage_table)
    outlets = [a.outlet for a in comparison.articles]
    assert cells[0] == ["#", "Claim", *outlets]
    assert len(cells) - 1 == len(cov.rows)
    for row, line in zip(cov.rows, cells[1:], strict=True):
        assert line[0] == str(row.number)
        for art, cell in zip(comparison.articles, line[2:], strict=True):
            if not row.reported_by(art.id):
                assert cell == MISSING_MARK
            else:
                assert cell[0] == (ONLY_MARK if row.unique else SHARED_MARK)
                n = row.flags.get(art.id, 0)
                assert cell.endswith(str(n)) if n else cell == cell[0]
    # The summary line counts per outlet agree with the matrix.
    for art in comparison.articles:
        assert f"{art.outlet}: reports {cov.reported(art.id)} of the {len(cov.rows)} claims" in (
            view.summary.text()
        )
    # The Daily Bugle adds claims the others leave out.
    assert cov.only_in("daily") >= 1


def many_outlets(n: int) -> Comparison:
    """``n`` outlets with long names reporting one long claim alike."""
    text = "The regional council voted on Tuesday to introduce a daily congestion charge."
    articles = tuple(Article(f"a{i}", f"The Evening Chronicle {i}", text) for i in range(n))
    claims = {a.id: (Claim(f"{a.id}-0", a.id, 0, len(text), text, 0),) for a in articles}
    members = tuple(AlignmentMember(a.id, f"{a.id}-0", 0, len(text)) for a in articles)
    return Comparison(articles, claims, (Alignment("g0", 0.9, members),), (), Generator("t", "t"))


def test_the_coverage_claim_column_stays_readable_with_many_outlets(qtbot: Any) -> None:
    """Eight outlets in a 700 px page left the claim column three letters wide: the outlets'
    columns now give up their room first, down to their marks, and the claim keeps its
    opening; with room again, the outlets' names are whole and no column scrolls out."""
    w = OverviewView()
    qtbot.addWidget(w)
    w.resize(700, 900)
    w.set_comparison(many_outlets(8))
    w.show()
    qtbot.waitExposed(w)
    t = w.coverage_table
    metrics = t.fontMetrics()
    mark = t.item(0, 2).text()
    assert t.columnWidth(1) >= CLAIM_MIN_CHARS * metrics.averageCharWidth()
    assert all(
        metrics.horizontalAdvance(mark) < t.columnWidth(c) <= OUTLET_COLUMN_MAX
        for c in range(2, t.columnCount())
    )
    w.resize(1900, 900)
    qtbot.waitUntil(lambda: t.columnWidth(1) > 400, timeout=2000)
    name = t.horizontalHeaderItem(2).text()
    assert all(t.columnWidth(c) > metrics.horizontalAdvance(name) for c in range(2, 10))
    total = sum(t.columnWidth(c) for c in range(t.columnCount()))
    assert total <= t.viewport().width()  # nothing to scroll sideways for


def test_activating_a_coverage_row_reports_its_claim_group(
    view: OverviewView, comparison: Comparison, qtbot: Any
) -> None:
    cov = build_overview(comparison).coverage
    with qtbot.waitSignal(view.claimActivated, timeout=1000) as sig:
        view.coverage_table.cellDoubleClicked.emit(1, 2)
    assert sig.args == [cov.rows[1].key]


def test_framing_chart_draws_the_flagged_categories(
    view: OverviewView, comparison: Comparison
) -> None:
    assert view.chart.renderer.isValid()
    assert view.chart.height() > 100
    image: QImage = view.chart.grab().toImage()
    seen = {
        image.pixelColor(x, y).name().upper()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    flagged = {f.category for f in comparison.flags}
    for cat in flagged:
        assert style_for(cat).colour.upper() in seen, cat
    # Words for screen readers, one line per outlet, with the counts the chart draws: the
    # sample's articles are too short for a rate.
    desc = view.chart.accessibleDescription()
    profile = build_overview(comparison).profile("daily")
    words = flags_in_words(profile.total, profile.words)
    assert f"The Daily Bugle ({words}): Label or epithet {profile.counts['label']}," in desc
    assert "Wire Service: no flags" in desc


def test_the_charts_note_says_counts_when_every_article_is_too_short_for_a_rate(
    view: OverviewView, comparison: Comparison
) -> None:
    """The sample's articles are 26 to 36 words: the chart draws their counts, and its note says
    so; run on past RATE_MIN_WORDS, the note and the chart's words are of rates again."""
    assert view.chart_note.text() == CHART_NOTE_COUNTED
    assert "counted" in view.chart.svg
    longer = lengthened(comparison)
    view.set_comparison(longer)
    assert view.chart_note.text() == CHART_NOTE[0]
    profile = build_overview(longer).profile("daily")
    assert f"The Daily Bugle: Label or epithet {profile.rate('label'):.1f}" in (
        view.chart.accessibleDescription()
    )


def test_dark_theme_draws_the_chart_ink_in_the_dark_palette(view: OverviewView, qtbot: Any) -> None:
    view.set_dark(True)
    assert colours(True)["text"] in view.chart.svg and "#1F2328" not in view.chart.svg
    assert f'fill="{colours(True)["base"]}" text-anchor="middle">Σ' in view.chart.svg
    view.set_dark(False)
    assert colours(False)["text"] in view.chart.svg


def test_actor_table_shows_each_outlets_descriptors(
    view: OverviewView, comparison: Comparison
) -> None:
    cells = view.table_text(view.actors_table)
    xi = next(line for line in cells[1:] if line[0] == "Xi Jinping")
    entity = next(e for e in comparison.entities if e.name == "Xi Jinping")
    for art, cell in zip(comparison.articles, xi[1:], strict=True):
        words = entity.descriptors.get(art.id, ())
        assert cell == (", ".join(words) if words else "(name only)")
    row = [line[0] for line in cells[1:]].index("Xi Jinping")
    assert view.actors_table.item(row, 0).font().bold()  # outlets disagree on the label


def test_sources_table_lists_speakers_and_verbs(qtbot: Any, comparison: Comparison) -> None:
    w = OverviewView()
    qtbot.addWidget(w)
    empty = OverviewView()
    qtbot.addWidget(empty)
    empty.set_comparison(comparison)  # the sample has no attributions
    assert "No outlet quotes" in empty.table_text(empty.sources_table)[1][0]
    comp = with_sources(comparison)
    w.set_comparison(comp)
    cells = w.table_text(w.sources_table)
    by_name = {line[0]: line[1:] for line in cells[1:]}
    outlets = [a.id for a in comp.articles]
    assert by_name["Officials"][outlets.index("wire")] == "1× said"
    assert by_name["Officials"][outlets.index("daily")] == "—"
    assert by_name["Critics"][outlets.index("daily")] == "1× claimed"


def test_a_cut_actor_or_source_cell_has_its_whole_words_in_its_tip(
    qtbot: Any, comparison: Comparison
) -> None:
    """In a narrow Overview the cells are cut ("Right-wing Heartland …", "2× claimed,
    threatene…"), and their tips only counted mentions ("… mentions Daniel Reyes 1 time"), so
    the words an outlet put in front of a name could not be read there at all. The tip holds
    them, after the count."""
    w = OverviewView()
    qtbot.addWidget(w)
    w.resize(420, 900)
    comp = with_sources(comparison)
    w.set_comparison(comp)
    w.show()
    qtbot.waitExposed(w)
    entity = next(e for e in comp.entities if e.name == "Xi Jinping")
    actors = w.actors_table
    row = [actors.item(r, 0).text() for r in range(actors.rowCount())].index("Xi Jinping")
    described = 0
    for col, art in enumerate(comp.articles, start=1):
        words = ", ".join(entity.descriptors.get(art.id, ()))
        tip = actors.item(row, col).toolTip()
        assert tip.startswith(f"{art.outlet} mentions Xi Jinping")
        if words:
            described += 1
            assert tip.endswith(f": {words}")
    assert described
    sources = w.sources_table
    row = [sources.item(r, 0).text() for r in range(sources.rowCount())].index("Critics")
    col = 1 + [a.id for a in comp.articles].index("daily")
    assert sources.item(row, col).toolTip() == "The Daily Bugle cites Critics: 1× claimed"


@pytest.fixture(params=["plain", "app style sheet"])
def style_sheet(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The tables with no style sheet, and with the one the app applies. The app's pads its
    header sections, and the first window any test builds leaves it on the application, so
    without this a check held alone and failed after the other UI tests."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    if request.param == "plain":
        qapp.setStyleSheet("")
    else:
        ThemeManager(qapp, "light")
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_an_outlets_words_for_an_actor_wrap_rather_than_being_cut(
    qtbot: Any, comparison: Comparison, style_sheet: str
) -> None:
    """At 1280 px the actors table cut "Right-wing Heartland Party leader" to "Right-wing
    Heartland …", the very words the table is there to compare. Its cells wrap, the row as
    tall as their lines, and rows fit again when the page is widened: with the app's style
    sheet they stayed as tall as its padded (hidden) row header, two lines and more."""
    from PySide6.QtCore import QRect, Qt

    w = OverviewView()
    qtbot.addWidget(w)
    w.resize(420, 900)
    w.set_comparison(comparison)
    w.show()
    qtbot.waitExposed(w)
    t = w.actors_table
    cells = [(r, c) for r in range(t.rowCount()) for c in range(1, t.columnCount())]
    r, c = max(cells, key=lambda rc: len(t.item(*rc).text()))
    text = t.item(r, c).text()
    metrics = t.fontMetrics()

    def needed(row: int) -> int:
        """The height the row's tallest cell needs at the columns' present widths."""
        heights = [
            metrics.boundingRect(
                QRect(0, 0, t.columnWidth(col) - 8, 10_000),  # less the cell's margins
                int(Qt.TextFlag.TextWordWrap),
                item.text(),
            ).height()
            for col in range(t.columnCount())
            if (item := t.item(row, col)) is not None
        ]
        return max(heights)

    assert metrics.horizontalAdvance(text) > t.columnWidth(c)  # too long for one line here
    qtbot.waitUntil(lambda: t.rowHeight(r) >= needed(r), timeout=2000)
    assert t.rowHeight(r) >= 2 * metrics.height()
    w.resize(1900, 900)
    # Wide enough for the words on one line (checked, so a larger font fails here, not below),
    # and the row gives back the height it no longer needs.
    qtbot.waitUntil(lambda: needed(r) < 2 * metrics.height(), timeout=2000)
    qtbot.waitUntil(lambda: t.rowHeight(r) < 2 * metrics.height(), timeout=2000)


def test_no_comparison_clears_every_section(view: OverviewView) -> None:
    view.set_comparison(None)
    assert view.coverage_table.rowCount() == 0
    assert view.actors_table.rowCount() == 0
    assert view.chart.svg == ""
    assert "Open articles" in view.summary.text()
    assert view.coverage_table.item(0, 0) is None


def test_the_summary_has_a_title_like_every_section(view: OverviewView) -> None:
    """The page opened on the outlets' summary lines with no title above them, where every
    section below has one. The title is set as theirs are, just above the lines, and goes with
    them when the page only invites a reader to open articles or says the marks are hidden."""
    head, headlines = view.summary_head, view.headlines_head
    assert head.isVisible() and head.text() == "Summary"
    assert head.font() == headlines.font() and head.font().bold()
    layout = view.page_layout
    assert layout.indexOf(head) + 1 == layout.indexOf(view.summary)
    assert layout.indexOf(view.summary) < layout.indexOf(headlines)
    assert head.geometry().bottom() <= view.summary.geometry().top()
    view.set_marks_shown(False)
    assert not head.isVisible() and view.summary.isVisible()
    view.set_marks_shown(True)
    assert head.isVisible()
    view.set_comparison(None)
    assert not head.isVisible() and "Open articles" in view.summary.text()


def test_unique_rows_are_tinted(view: OverviewView, comparison: Comparison) -> None:
    cov = build_overview(comparison).coverage
    r = next(i for i, row in enumerate(cov.rows) if row.unique)
    col = 2 + [a.id for a in comparison.articles].index(next(iter(cov.rows[r].claims)))
    tint = view.coverage_table.item(r, col).background().color()
    assert tint != QColor(0, 0, 0, 0) and tint.alpha() == 255


def test_headlines_are_marked_and_explained(qtbot: Any, comparison: Comparison) -> None:
    first = comparison.articles[0]
    title = "Radical Council Rams Through Sham Budget"
    articles = (replace(first, title=title), *comparison.articles[1:])
    flag = Flag(
        "h1", first.id, 0, 7, "Radical", "label", "In the headline, 'Radical' is a label.",
        where="title",
    )  # fmt: skip
    comp = replace(comparison, articles=articles, headline_flags=(flag,))
    w = OverviewView()
    qtbot.addWidget(w)
    w.set_comparison(comp)
    html = w.headlines.text()
    assert first.outlet in html and "Council Rams Through" in html
    assert style_for("label").marker in html  # the marker letter after the flagged word
    assert "In the headline, ‘Radical’ is a label." in html  # curly, as the window's quotes
    assert not w.headlines.isHidden()
    w.set_comparison(replace(comp, articles=tuple(replace(a, title=None) for a in articles)))
    assert w.headlines.isHidden() and w.headlines_head.isHidden()


def test_a_clause_every_headline_note_ends_with_is_said_once() -> None:
    from reader.ui.overview_headlines import _said_once

    tail = "Meridian Wire headlines the story without it."
    notes = [f"In the headline, 'a' is loaded; {tail}", f"In the headline, 'b' is a label; {tail}"]
    assert _said_once(notes) == [
        "In the headline, 'a' is loaded.",
        "In the headline, 'b' is a label.",
        tail,
    ]
    assert _said_once(notes[:1]) == notes[:1]
    assert _said_once(["x; one.", "y; two."]) == ["x; one.", "y; two."]


def test_summary_counts_flags_inside_quotations(qtbot: Any, comparison: Comparison) -> None:
    flags = tuple(replace(f, quoted=f.id == "f-verb") for f in comparison.flags)
    w = OverviewView()
    qtbot.addWidget(w)
    w.set_comparison(replace(comparison, flags=flags))
    daily = next(line for line in w.summary.text().splitlines() if line.startswith("The Daily"))
    assert "(1 in speakers’ words)" in daily
    assert "speakers’ words" not in w.summary.text().replace(daily, "")


def test_summary_sets_each_outlets_line_apart(qtbot: Any, comparison: Comparison) -> None:
    """Each outlet's line, wrapped, ran straight on from the last: the summary read as one
    paragraph with the outlets' names lost in it. A blank line now sets each apart."""
    w = OverviewView()
    qtbot.addWidget(w)
    w.set_comparison(comparison)
    blocks = w.summary.text().split("\n\n")
    outlets = [a.outlet for a in comparison.articles]
    assert [b.split(":")[0] for b in blocks] == outlets
    assert all("\n" not in b for b in blocks)


def test_summary_says_what_an_outlet_reports_in_plain_words() -> None:
    """ "(4 only here, misses none the others share)" made a reader stop to work it out. The
    line now says which claims no other article has and which the others report that this
    one leaves out, in words, every count kept; with one other article nothing two others
    report can be left out, so it says nothing of it."""
    from reader.ui.overview_summary import _lined_up

    # reported, rows, only here, left out, other articles
    assert _lined_up(14, 25, 4, 4, 2) == (
        "reports 14 of the 25 claims (4 of them in no other article)"
        " and leaves out 4 that both others report;"
    )
    assert _lined_up(16, 25, 2, 0, 2) == (
        "reports 16 of the 25 claims (2 of them in no other article)"
        " and has every claim both others report;"
    )
    assert _lined_up(9, 30, 0, 3, 3) == (
        "reports 9 of the 30 claims (all of them also in another article)"
        " and leaves out 3 that two or more others report;"
    )
    assert _lined_up(15, 24, 5, 0, 1) == (
        "reports 15 of the 24 claims (5 of them not in the other article);"
    )
    assert _lined_up(10, 24, 0, 0, 1) == (
        "reports 10 of the 24 claims (all of them also in the other article);"
    )


def test_summary_lines_of_three_articles_read_as_sentences(
    qtbot: Any, comparison: Comparison
) -> None:
    w = OverviewView()
    qtbot.addWidget(w)
    w.set_comparison(comparison)
    cov = w.overview.coverage if w.overview else None
    assert cov is not None and len(comparison.articles) == 3
    text = w.summary.text()
    assert "misses" not in text and "only here" not in text
    for art in comparison.articles:
        left_out = cov.left_out(art.id)
        tail = (
            f"leaves out {left_out} that both others report;"
            if left_out
            else "has every claim both others report;"
        )
        line = next(x for x in text.splitlines() if x.startswith(f"{art.outlet}: "))
        assert f"({cov.only_in(art.id)} of them in no other article)" in line or (
            not cov.only_in(art.id) and "(all of them also in another article)" in line
        )
        assert tail in line


def test_summary_says_an_outlet_with_no_flags_has_none_without_a_rate(
    qtbot: Any, comparison: Comparison
) -> None:
    """An outlet with nothing flagged read "0 framing flags, 0.0 per 1,000 words", the rate
    saying again what the count said; it now reads "no framing flags", and an outlet with
    flags keeps its rate (the sample run on to a length a rate is given for)."""
    comparison = lengthened(comparison)
    flagged = {f.article for f in comparison.flags}
    unflagged = [a for a in comparison.articles if a.id not in flagged]
    assert unflagged and flagged  # the sample's wire copy carries no framing; the others do
    w = OverviewView()
    qtbot.addWidget(w)
    w.set_comparison(comparison)
    lines = w.summary.text().splitlines()
    bare = next(line for line in lines if line.startswith(f"{unflagged[0].outlet}:"))
    assert bare.endswith("no framing flags") and "per 1,000 words" not in bare
    names = [a.outlet for a in comparison.articles if a.id in flagged]
    others = [line for line in lines if line.partition(":")[0] in names]
    assert len(others) == len(names) and all("per 1,000 words" in line for line in others)


def test_summary_counts_flags_in_words_for_texts_too_short_for_a_rate(
    qtbot: Any, comparison: Comparison
) -> None:
    """The sample's articles are 26 to 36 words: a rate per 1,000 words of them would read as
    dense framing, so each flagged outlet says its count in its words instead."""
    w = OverviewView()
    qtbot.addWidget(w)
    w.set_comparison(comparison)
    text = w.summary.text()
    assert "per 1,000 words" not in text
    for a in comparison.articles:
        n = w.overview.profile(a.id).total if w.overview else 0
        if n:
            assert f"{n} framing flag{'s' if n > 1 else ''} in {a.word_count} words" in text


def test_find_selects_each_match_where_it_is_in_page_order(view: OverviewView) -> None:
    """'Xi' is in the headlines, the actors table and the coverage table: one match each,
    selected in turn (the text in a label, the row of a table), round the end and back."""
    number, total = view.find_text("Xi", True, False)
    assert (number, total) == (1, 3)
    assert view.headlines.selectedText() == "Xi"
    assert view.find_text("Xi", True, True) == (2, 3)
    assert view.headlines.selectedText() == ""  # only the current match is selected
    actor = view.actors_table.currentItem()
    assert actor is not None and actor.text() == "Xi Jinping"
    assert view.find_text("Xi", True, True) == (3, 3)
    claim = view.coverage_table.currentItem()
    assert claim is not None and "Xi Jinping met" in claim.text()
    assert view.actors_table.selectedItems() == []
    assert view.find_text("Xi", True, True) == (1, 3)  # round the end
    assert view.find_text("Xi", False, True) == (3, 3)  # and back
    # typing more stays on a match that still matches
    assert view.find_text("Xi Jinping met", True, False) == (1, 1)
    assert view.coverage_table.currentItem() is claim
    assert view.find_text("Xi Jinping flew", True, False) == (0, 0)
    assert view.coverage_table.selectedItems() == []


def test_find_reaches_the_summary_and_clear_find_unselects(view: OverviewView) -> None:
    assert view.find_text("gazette", True, False) == (1, 2)  # the summary, then a headline
    assert view.summary.selectedText() == "Gazette"
    view.find_text("dictator", True, False)
    assert [i.text() for i in view.actors_table.selectedItems()][:1] == ["Xi Jinping"]
    view.clear_find()
    assert view.find_match is None
    assert view.actors_table.selectedItems() == [] and not view.summary.hasSelectedText()


def test_find_scrolls_a_match_low_on_the_page_into_view(qtbot: Any, view: OverviewView) -> None:
    view.resize(700, 300)  # the coverage table is below the fold
    qtbot.wait(10)
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(0)
    assert view.find_text("summer", True, False) == (1, 1)
    item = view.coverage_table.currentItem()
    assert item is not None
    rect = view.coverage_table.visualItemRect(item)
    top = view.coverage_table.viewport().mapTo(view.scroll_area.viewport(), rect.topLeft())
    assert bar.value() > 0
    assert top.y() >= 0 and top.y() + rect.height() <= view.scroll_area.viewport().height()


def test_zoom_reaches_the_words_titles_and_chart_and_returns(qtbot: Any, tmp_path: Any) -> None:
    from ui_sample import sample_window

    win = sample_window(qtbot, tmp_path)
    view = win.findChild(OverviewView)
    win.set_view("overview")
    base = win.font_size

    def look() -> tuple[float, float, float, int, int]:
        qtbot.wait(10)
        return (
            view.summary.font().pointSizeF(),
            view.headlines.font().pointSizeF(),
            view.heads[0].font().pointSizeF(),
            view.summary.heightForWidth(600),  # the words drawn larger take more lines
            view.chart.height(),
        )

    before = look()
    assert before[0] == base and before[2] > base
    win.act_zoom_in.trigger()
    win.act_zoom_in.trigger()
    win.act_zoom_in.trigger()
    zoomed = look()
    assert zoomed[0] == zoomed[1] == base + 3
    assert zoomed[2] > before[2]
    assert zoomed[3] > before[3]
    assert zoomed[4] > before[4]  # the chart's own words grow with the rest
    assert view.chart.sizeHint().width() > view.chart.renderer.defaultSize().width()
    for _ in range(3):
        win.act_zoom_out.trigger()
    assert look() == before


def test_the_profile_fits_a_narrow_page_without_a_sideways_scroll(qtbot: Any) -> None:
    """At 1024 pixels wide, with the Details panel beside it, the page is about 650 pixels: the
    chart lays out narrower columns there, so the last outlet's numbers are not scrolled away."""
    w = OverviewView()
    qtbot.addWidget(w)
    w.resize(680, 700)
    w.set_comparison(sample_comparison())
    w.show()
    qtbot.waitExposed(w)
    area = w.chart_area
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0)
    assert w.chart.width() <= area.viewport().width()
    assert w.chart.renderer.defaultSize().width() < 880  # narrower columns, not a smaller chart
    w.resize(1400, 900)  # wide again: the chart's usual width, not stretched
    qtbot.waitUntil(lambda: w.chart.renderer.defaultSize().width() == 880)
