"""The Overview tab: the whole comparison at a glance, on one page that scrolls.

A line per outlet sums it up, then come the sections, the short ones first: the headlines with
their framing marked; the framing profile (flags per category per 1,000 words, per outlet, as a
chart); the actors (how each outlet names the same person or body); the coverage (claim rows x
outlets: which outlet reports what and what it leaves out); and the sources (whom each outlet
quotes or cites, and with which reporting verb).

The numbers come from :mod:`reader.core.overview`, the same ones the exported report prints, so the
tab and the report never disagree: the page only lays them out. Find (Ctrl+F) searches the page's
words, the summary, headlines and table cells, and selects the current match where it is (the
chart's words are in its tooltip, not searched).

The page follows the legend as the text views do (:meth:`OverviewView.set_flag_filter`): the counts,
the chart and the headlines' marks hold only the flags shown, the outlets hidden have no line,
column or bar, and where a count leaves flags out the page says how many, as Details does.

This module keeps the view that holds the page: its sections in order with their titles and notes,
which of them show (none in a clean copy, no coverage of one article alone), and what it follows
(the comparison, the legend, View › Show Framing Marks, the zoom and the theme). Its parts:
:mod:`~reader.ui.overview_summary` (the summary's lines), :mod:`~reader.ui.overview_headlines`
(the marked headlines), :mod:`~reader.ui.overview_charts` (the framing profile's chart),
:mod:`~reader.ui.overview_tables` (the actors, coverage and sources tables) and
:mod:`~reader.ui.overview_find` (find on the page).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Comparison
from reader.core.overview import (
    EVERYTHING,
    RATE_MIN_WORDS,
    UNIQUE,
    FlagFilter,
    Overview,
    build_overview,
    counted_not_rated,
)
from reader.ui import richtext
from reader.ui.overview_charts import CHART_WIDTH, ChartArea, SvgChart, show_profile
from reader.ui.overview_find import FoundAt, Place, page_matches, select_match, unselect
from reader.ui.overview_headlines import headlines_html
from reader.ui.overview_summary import summary_text
from reader.ui.overview_tables import (
    MISSING_MARK,
    ONLY_MARK,
    SHARED_MARK,
    CoverageTable,
    PageTable,
    fill_actors,
    fill_coverage,
    fill_sources,
)
from reader.ui.theme import default_font_size

#: Section titles, this much larger than the page's text.
HEAD_SCALE = 1.2
#: The framing profile's note, for a comparison and for one article alone (no other article's
#: length to be fair to: the rate says how dense its framing is).
CHART_NOTE = (
    "Flags of each kind per 1,000 words, so a longer article is not blamed for its length.",
    "Flags of each kind per 1,000 words of the article: how dense each kind is in it.",
)
#: The note when every article shown is too short for a rate, so the chart's bars are counts.
CHART_NOTE_COUNTED = (
    "Flags of each kind, counted: the articles are too short for a rate per 1,000 words, so"
    " compare their lengths too."
)
#: Added to the chart's note while the legend hides a kind: its row is gone, not empty.
CHART_NOTE_HIDDEN = " Hidden kinds have no row."
#: The coverage table's note; ``{shown}`` says, while some are hidden, that its counts are of
#: the flags shown.
COVERAGE_NOTE = (
    f"{SHARED_MARK} reported with others · {ONLY_MARK} only this outlet · {MISSING_MARK} left out."
    " The number is the flags in that claim{shown}; double-click a row to see it in the Aligned"
    " view."
)
#: The note when no claim lines up: nothing is "reported with others", and nothing "only" one
#: outlet's (every claim would be), as the aligned view and the status line mark none.
COVERAGE_NOTE_APART = (
    "These articles share no claims: nothing lines up, so no claim is marked as one outlet’s"
    f" alone. {SHARED_MARK} in this article · {MISSING_MARK} not in it. The number is the flags in"
    " that claim{shown}; double-click a row to see it in the Aligned view."
)

#: The title over the summary's lines, a line per outlet.
SUMMARY_TITLE = "Summary"
#: The headlines' section title, for a comparison and for one article alone (one headline).
HEADLINES_TITLE = ("Headlines", "Headline")
#: Section notes, for a comparison and for one article alone (which has no other outlet).
HEADLINES_NOTE = (
    "Each outlet’s headline, with the framing in it marked the way the text views mark it.",
    "The headline, with the framing in it marked the way the article’s text is marked.",
)
ACTORS_NOTE = (
    "The words each outlet puts in front of a name. Bold: outlets disagree.",
    "The words the article puts in front of a name.",
)
SOURCES_NOTE = (
    "How often each outlet cites a speaker, with its reporting verbs; “direct” counts quotations.",
    "How often the article cites a speaker, with its reporting verbs; “direct” counts quotations.",
)
#: The actors' and the sources' tables as a screen reader names them, for a comparison and for
#: one article alone.
ACTORS_NAME = ("How each outlet names the actors", "How this article names the actors")
SOURCES_NAME = ("Whom each outlet quotes or cites", "Whom this article quotes or cites")


def clean_copy_note(key: str) -> str:
    """What the page says, all it says, while View › Show Framing Marks is off (a clean copy),
    with the action's ``key`` as this system writes it (none when it has no key)."""
    where = "View › Show Framing Marks" + (f" ({key})" if key else "")
    return (
        "Framing marks are hidden for a clean copy. The overview sums them up, so it is hidden"
        f" with them: {where} brings both back."
    )


def _title(text: str, page: QWidget) -> QLabel:
    """A section's title, in the larger font, wrapped: at the largest zoom with a large system
    font "Framing profile" on one line was wider than the centre beside the Library panel, and
    the whole page scrolled sideways for it."""
    head = QLabel(text, page)
    head.setFont(_head_font(head.font()))
    head.setWordWrap(True)
    return head


class OverviewView(QWidget):
    """The Overview tab. Give it a comparison with :meth:`set_comparison`; it only reads it."""

    #: A coverage row was activated: the key of its claim group (or lone claim), for navigation.
    claimActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.comparison: Comparison | None = None
        self.overview: Overview | None = None
        #: What the legend shows: the page counts only these flags, of these outlets.
        self.shown: FlagFilter = EVERYTHING
        #: False while View › Show Framing Marks is off: the page then says so and nothing else.
        self.marks = True
        #: View › Show Framing Marks' key, as the clean copy's note names it.
        self.marks_key = ""
        self.dark = False
        #: The current find match, selected where it is.
        self.find_match: FoundAt | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        # Tab stops here so the arrow keys scroll the page; named, and ringed by the stylesheet,
        # so a keyboard or screen reader user knows where they are.
        self.scroll_area.setObjectName("overviewScroll")
        self.scroll_area.setAccessibleName("Overview page")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        page = QWidget(self.scroll_area)
        page.setObjectName("overviewPage")
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setContentsMargins(18, 12, 18, 18)
        self.page_layout.setSpacing(6)
        #: The section titles, which keep their larger size as the zoom changes.
        self.heads: list[QLabel] = []
        self.notes: list[QLabel] = []
        #: Each section's title, note and body, in page order.
        self.sections: list[tuple[QLabel, QLabel, QWidget]] = []
        # Titled as the sections below are, where it sums up a comparison: a page that opened
        # on untitled lines read as a stray note above the first heading.
        self.summary_head = _title(SUMMARY_TITLE, page)
        self.heads.append(self.summary_head)
        self.page_layout.addWidget(self.summary_head)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_layout.addWidget(self.summary)

        # Short sections first, the long coverage table after them: the headlines, the chart and
        # the actors' labels are what a reader should see without scrolling.
        self.headlines = QLabel(page)
        self.headlines.setObjectName("headlines")
        self.headlines.setWordWrap(True)
        self.headlines.setTextFormat(Qt.TextFormat.RichText)
        self.headlines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headlines.setAccessibleName("Headlines with their framing marked")
        self.headlines_head, self.headlines_note = self._section(
            page, HEADLINES_TITLE[0], HEADLINES_NOTE[0], self.headlines
        )
        self.chart = SvgChart()
        self.chart.setAccessibleName("Framing profile chart")
        self.chart_area = ChartArea(self.chart, page)
        self.chart_area.roomChanged.connect(self._chart_room_changed)
        self._chart_width = float(CHART_WIDTH)
        _, self.chart_note = self._section(page, "Framing profile", CHART_NOTE[0], self.chart_area)
        self.actors_table = PageTable(ACTORS_NAME[0], page, wrap=True)
        _, self.actors_note = self._section(page, "Actors", ACTORS_NOTE[0], self.actors_table)
        self.coverage_table = CoverageTable("Coverage: which outlet reports each claim", page)
        _, self.coverage_note = self._section(
            page, "Coverage", COVERAGE_NOTE.format(shown=""), self.coverage_table
        )
        self.coverage_table.cellActivated.connect(self._coverage_activated)
        self.coverage_table.cellDoubleClicked.connect(self._coverage_activated)
        self.sources_table = PageTable(SOURCES_NAME[0], page, wrap=True)
        _, self.sources_note = self._section(page, "Sources", SOURCES_NOTE[0], self.sources_table)
        self.page_layout.addStretch(1)
        self.scroll_area.setWidget(page)
        self.set_comparison(None)

    def _section(
        self, page: QWidget, title: str, note: str, body: QWidget
    ) -> tuple[QLabel, QLabel]:
        """Add a titled section; returns its title and note labels."""
        head = _title(title, page)
        head.setContentsMargins(0, 12, 0, 0)
        self.heads.append(head)
        sub = QLabel(note, page)
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        self.notes.append(sub)
        self.page_layout.addWidget(head)
        self.page_layout.addWidget(sub)
        self.page_layout.addWidget(body)
        self.sections.append((head, sub, body))
        return head, sub

    # -- public --------------------------------------------------------------------------------

    def set_comparison(self, comp: Comparison | None) -> None:
        """Show ``comp`` (None: no comparison is open, and the page says how to open one)."""
        self.comparison = comp
        self._rebuild()

    def set_marks_key(self, key: str) -> None:
        """Name View › Show Framing Marks' key (the window's, as this system writes it) in the
        clean copy's note."""
        if key != self.marks_key:
            self.marks_key = key
            if not self.marks:
                self._refill()

    def set_marks_shown(self, shown: bool) -> None:
        """View › Show Framing Marks: off, the page is a clean copy too. Its counts, chart,
        tables and marked headlines are the answers a clean copy keeps back, so it says the
        marks are hidden and how to bring them back, and nothing else."""
        if shown == self.marks:
            return
        self.marks = shown
        self.find_match = None
        self._refill()

    def set_flag_filter(self, shown: FlagFilter) -> None:
        """The legend or the outlets shown changed: count again only what is on screen."""
        if shown == self.shown:
            return
        self.shown = shown
        self._rebuild()

    def _rebuild(self) -> None:
        """Count the comparison again for what is shown, and fill the page from the counts."""
        comp = self.comparison
        if comp is None or not comp.articles:
            self.overview = None
        else:
            self.overview = build_overview(comp, self.shown)
        self.find_match = None
        self._refill()

    def set_dark(self, dark: bool) -> None:
        """The theme changed: draw again what has colours of its own (the headlines' marks, the
        chart's ink and the coverage's shading), as the style sheet does not reach them."""
        self.dark = dark
        self._fill_headlines()
        self._fill_chart()
        self._fill_coverage()

    def set_font(self, font: QFont) -> None:
        """The text size of View > Zoom: the words, the titles, the tables and the chart all
        follow it, as the other views do; the chart grows by the zoom's ratio to Actual Size."""
        # Each label by name: under the application's style sheet a page's font does not reach
        # its children.
        for label in self.page_labels():
            label.setFont(font)
        for head in self.heads:
            head.setFont(_head_font(font))
        for table in (self.coverage_table, self.actors_table, self.sources_table):
            table.setFont(font)
        if font.pointSizeF() > 0:
            self.chart.set_zoom(font.pointSizeF() / default_font_size())
            self._chart_room_changed()
        self._fill_actors()  # its bold names were made from the table's old font
        for table in (self.coverage_table, self.actors_table, self.sources_table):
            table.fit()

    def page_labels(self) -> list[QLabel]:
        """The page's words outside the tables, but for the section titles."""
        return [self.summary, self.headlines, *self.notes]

    # -- find ----------------------------------------------------------------------------------

    def find_text(self, text: str, forward: bool = True, again: bool = True) -> tuple[int, int]:
        """Find ``text`` in the words on the page (the summary, the headlines and every table
        cell) and select one match where it is, scrolled into view. As in the other views,
        typing stays on the current match and Next or Previous (``again``) moves on. Returns the
        match's number and how many there are."""
        matches = page_matches(self._places(), text)
        unselect(self._places())
        if not matches:
            self.find_match = None
            return 0, 0
        anchor = self.find_match or (-1, -1, -1)
        i = richtext.step_match(matches, anchor, forward, again)
        self.find_match = matches[i]
        select_match(self.scroll_area, self._places(), matches[i], len(text))
        return i + 1, len(matches)

    def clear_find(self) -> None:
        """Find closed: no match is current or selected."""
        self.find_match = None
        unselect(self._places())

    def _places(self) -> list[Place]:
        """What find searches, in the page's order."""
        return [
            self.summary,
            self.headlines,
            self.actors_table,
            self.coverage_table,
            self.sources_table,
        ]

    # -- filling -------------------------------------------------------------------------------

    def single(self) -> bool:
        """One article alone: its profile, headline, actors and sources; no coverage, since
        no other outlet reports anything or leaves it out."""
        return self.comparison is not None and len(self.comparison.articles) == 1

    def _unflagged(self) -> bool:
        """Nothing framed at all (not merely hidden by the legend): a profile of one article
        would be a column of zeros, which says less than the summary's "0 framing flags"."""
        comp = self.comparison
        return comp is not None and not any(
            f.category != UNIQUE for f in (*comp.flags, *comp.headline_flags)
        )

    def _too_short_for_a_rate(self) -> bool:
        """One article too short for rates (:data:`RATE_MIN_WORDS`): bars of flags per 1,000
        words would show a snippet as densely framed; the summary counts its flags instead."""
        comp = self.comparison
        return comp is not None and all(a.word_count < RATE_MIN_WORDS for a in comp.articles)

    def _show_sections(self) -> None:
        """Each section on screen where it has something to say: none in a clean copy; the
        headlines when an outlet shown has one; the coverage of two or more articles; the
        profile of one article unless nothing in it was flagged or it is too short for rates."""
        comp = self.comparison
        titled = comp is not None and any(
            a.title and a.id not in self.shown.hidden_outlets for a in comp.articles
        )
        one = int(self.single())
        for label, texts in (
            (self.headlines_note, HEADLINES_NOTE),
            (self.actors_note, ACTORS_NOTE),
            (self.sources_note, SOURCES_NOTE),
        ):
            label.setText(texts[one])
        self.headlines_head.setText(HEADLINES_TITLE[one])
        self.actors_table.setAccessibleName(ACTORS_NAME[one])
        self.sources_table.setAccessibleName(SOURCES_NAME[one])
        for head, note, body in self.sections:
            visible = (
                self.marks
                and (body is not self.headlines or titled)
                and (body is not self.coverage_table or not one)
                and (
                    body is not self.chart_area
                    or not (one and (self._unflagged() or self._too_short_for_a_rate()))
                )
            )
            for widget in (head, note, body):
                widget.setVisible(visible)

    def _refill(self) -> None:
        """Fill every section from :attr:`overview`: with none, the page invites a reader to open
        articles; in a clean copy, it says only that the marks are hidden."""
        self._show_sections()
        ov, comp = self.overview, self.comparison
        # Its lines sum up a comparison; the invitation to open one or the clean copy's note
        # is all the page says, and needs no title.
        self.summary_head.setVisible(ov is not None and comp is not None and self.marks)
        if ov is not None and not self.marks:
            self.summary.setText(clean_copy_note(self.marks_key))
            return
        if ov is None or comp is None:
            self.summary.setText(
                "Open articles to see what each outlet covers and how it frames it."
            )
            self.chart_note.setText(CHART_NOTE[0])
            self.coverage_note.setText(COVERAGE_NOTE.format(shown=""))
            for table in (self.coverage_table, self.actors_table, self.sources_table):
                table.clear()
                table.setRowCount(0)
                table.setColumnCount(0)
                table.fit()
            self.chart.set_svg("")
            self._fill_headlines()
            return
        cov = ov.coverage
        self.summary.setText(summary_text(ov, comp, self.single()))
        hidden = CHART_NOTE_HIDDEN if ov.hidden_categories else ""
        counted = counted_not_rated(ov.profiles) and not self.single()
        note = CHART_NOTE_COUNTED if counted else CHART_NOTE[int(self.single())]
        self.chart_note.setText(note + hidden)
        note = COVERAGE_NOTE if cov.shares_claims else COVERAGE_NOTE_APART
        self.coverage_note.setText(
            note.format(shown=" that are shown (its tooltip counts the hidden)")
            if any(row.hidden for row in cov.rows)
            else note.format(shown="")
        )
        self._fill_headlines()
        self._fill_coverage()
        self._fill_chart()
        self._fill_actors()
        self._fill_sources()

    def _fill_headlines(self) -> None:
        """One paragraph per outlet: its headline marked, then what each mark means."""
        comp = self.comparison
        self.headlines.setText(
            headlines_html(comp, self.shown, self.dark) if comp is not None else ""
        )

    def _outlets(self) -> list[tuple[str, str]]:
        """The outlets shown, as (article id, name): a hidden one has no column."""
        comp = self.comparison
        if comp is None:
            return []
        return [(a.id, a.outlet) for a in comp.articles if a.id not in self.shown.hidden_outlets]

    def _fill_coverage(self) -> None:
        if self.overview is not None:
            fill_coverage(self.coverage_table, self.overview, self._outlets(), self.dark)

    def _fill_chart(self) -> None:
        """Draw the framing profile as wide as the chart's room, one column per outlet shown."""
        ov, comp = self.overview, self.comparison
        if ov is None or comp is None:
            self.chart.set_svg("")
            return
        names = {a.id: a.outlet for a in comp.articles if a.id not in ov.hidden_outlets}
        self._chart_width = self.chart_area.room()
        show_profile(self.chart, ov, names, self._chart_width, self.dark)

    def _chart_room_changed(self) -> None:
        """The page's width or the zoom changed: draw the chart again if its room did."""
        if abs(self.chart_area.room() - self._chart_width) >= 2 and self.chart.svg:
            self._fill_chart()

    def _fill_actors(self) -> None:
        if self.overview is not None:
            fill_actors(self.actors_table, self.overview, self._outlets(), self.single())

    def _fill_sources(self) -> None:
        if self.overview is not None:
            fill_sources(self.sources_table, self.overview, self._outlets(), self.single())

    def _coverage_activated(self, row: int, _column: int) -> None:
        """A coverage row chosen: its claim's key, kept on the row's number, goes out so the
        window can show that claim in the Aligned view."""
        item = self.coverage_table.item(row, 0)
        if item is not None:
            self.claimActivated.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- for tests and screen readers ----------------------------------------------------------

    def table_text(self, table: QTableWidget) -> list[list[str]]:
        """Every cell's text, header first: what a reader would copy out of the table."""

        def text(item: QTableWidgetItem | None) -> str:
            return item.text() if item is not None else ""

        cols = range(table.columnCount())
        rows = [[text(table.horizontalHeaderItem(c)) for c in cols]]
        rows.extend([text(table.item(r, c)) for c in cols] for r in range(table.rowCount()))
        return rows


def _head_font(font: QFont) -> QFont:
    """A section title's font: bold and a little larger than ``font``."""
    head = QFont(font)
    head.setBold(True)
    head.setPointSizeF(font.pointSizeF() * HEAD_SCALE if font.pointSizeF() > 0 else 12)
    return head


__all__ = [
    "ACTORS_NAME",
    "ACTORS_NOTE",
    "CHART_NOTE",
    "CHART_NOTE_COUNTED",
    "CHART_NOTE_HIDDEN",
    "COVERAGE_NOTE",
    "COVERAGE_NOTE_APART",
    "HEADLINES_NOTE",
    "HEADLINES_TITLE",
    "HEAD_SCALE",
    "SOURCES_NAME",
    "SOURCES_NOTE",
    "OverviewView",
    "clean_copy_note",
]
