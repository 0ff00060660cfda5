"""The Overview's tables: actors, coverage and sources, filled from :mod:`reader.core.overview`.

Plain ``QTableWidget`` s, so they are keyboard- and screen-reader-accessible and copyable, each as
tall as its rows (:class:`PageTable`): the page scrolls, not each table. One column per outlet
shown, its full name in the header's tooltip. Shapes as well as colours carry the coverage's
meaning (■ shared, ● only here, ○ left out), and an empty table says so in a muted row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reader.core.overview import UNIQUE, Overview
from reader.core.palette import style_for
from reader.ui.theme import colours

#: The coverage's marks, a shape each so the meaning survives without colour: reported with
#: others, only this outlet, left out.
SHARED_MARK = "■"
ONLY_MARK = "●"
MISSING_MARK = "○"
#: Widest an outlet's column of the coverage table gets: room for its mark and count.
OUTLET_COLUMN_MAX = 150
#: Narrowest the coverage's claim column gets, in average characters: enough of a claim's
#: opening to know it by. Below it the outlets' columns narrow, then the table scrolls sideways.
CLAIM_MIN_CHARS = 30
#: Room above and below a row's words, shared: a page of bare one-line rows reads cramped.
ROW_PADDING = 8
#: The actors table with no row, for a comparison and for one article.
NO_ACTORS = (
    "No actor is named by more than one outlet or described by any.",
    "The article puts no words of its own in front of a name.",
)
#: The sources table with no row, for a comparison and for one article.
NO_SOURCES = (
    "No outlet quotes or cites anyone by name.",
    "The article quotes or cites no one by name.",
)


class PageTable(QTableWidget):
    """A read-only table that is as tall as its rows: the page scrolls, not each table; its
    cells on one line, cut to fit, or with ``wrap`` as tall as their words."""

    def __init__(self, name: str, parent: QWidget | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The arrow keys walk the cells; Tab moves on to the next table, as in the aligned view
        # (a table of 30 claims by 3 outlets held Tab for 90 presses).
        self.setTabKeyNavigation(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # One line per row, the full text in the tooltip: row heights computed before the columns
        # settle would otherwise leave tall gaps, and a calm table reads faster than a wrapped one.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        if wrap:
            self._wrap_rows()
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _wrap_rows(self) -> None:
        """Wrap the cells, and fit the rows again once the columns settle: in the actors and
        sources tables the words are the point ("Right-wing Heartland Party leader" beside
        "Opposition leader", "claimed, threatened" beside "said"), and cut to "Right-wing
        Heartland …" they could not be compared."""
        self.setWordWrap(True)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def fit(self) -> None:
        """Be as tall as the header and every row (and the sideways scroll bar, if shown): call
        it after filling the table or changing its font."""
        self._fit_rows()
        height = self.horizontalHeader().height() + 2
        for r in range(self.rowCount()):
            height += self.rowHeight(r)
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)

    def _fit_rows(self) -> None:
        """Make each row as tall as its cells. Not ``resizeRowsToContents``: that keeps a row
        at least as tall as the hidden row header's section too, which the app's style sheet
        pads (``QHeaderView::section``) to more than two lines of text, so a wrapped row never
        gave back its height when the page was widened, and a one-line row stood that tall."""
        floor = self.verticalHeader().minimumSectionSize()
        for r in range(self.rowCount()):
            self.setRowHeight(r, max(self.sizeHintForRow(r) + ROW_PADDING, floor))


class CoverageTable(PageTable):
    """The coverage table, whose claim column stays readable however many outlets are open.

    Each outlet's column holds one mark and a count, yet took up to its name's width: eight
    outlets in a 1024 px window left the claim column three letters wide ("T…"), and the table
    could no longer say which claim a row was. So the claim column keeps
    :data:`CLAIM_MIN_CHARS`, the outlets' columns give up their room first, down to their marks
    (their names are cut, whole in the header's tooltip), and only then does the table scroll.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._outlet_widths: list[int] = []  # each outlet column's width for its whole name

    def set_outlet_widths(self, widths: Sequence[int]) -> None:
        """The outlet columns' widths when there is room for them all; shared out at once."""
        self._outlet_widths = list(widths)
        self.share_width()

    def claim_min_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * CLAIM_MIN_CHARS

    def mark_min_width(self) -> int:
        """Room for a mark, a two-digit count and the cell's margins."""
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance(f"{SHARED_MARK} 00") + 2 * metrics.averageCharWidth()

    def share_width(self) -> None:
        """Set the columns' widths for the table's present width (see the class's note)."""
        if self.columnCount() < 2 or not self._outlet_widths:
            return
        room = self.viewport().width() - self.columnWidth(0)
        claim_min = self.claim_min_width()
        widths = self._outlet_widths
        spare = room - claim_min
        if sum(widths) > spare:
            each = max(self.mark_min_width(), spare // len(widths))
            widths = [min(w, each) for w in widths]
        for col, width in enumerate(widths, start=2):
            self.setColumnWidth(col, width)
        self.setColumnWidth(1, max(claim_min, room - sum(widths)))

    def fit(self) -> None:
        self.share_width()  # a new font changes the claim column's minimum
        super().fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()


def _item(text: str, tip: str = "", *, centre: bool = False) -> QTableWidgetItem:
    """A cell of ``text`` with ``tip`` (or, by default, the text itself) as its tooltip: a cell
    does not wrap, so its tooltip is where a cut-off text is read in full."""
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    if centre:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _reset_table(
    t: QTableWidget, lead: Sequence[str], outlets: Sequence[tuple[str, str]], rows: int
) -> None:
    """Empty ``t`` and give it the ``lead`` columns, one column per outlet and ``rows`` rows."""
    t.clear()
    t.clearSpans()
    t.setColumnCount(len(lead) + len(outlets))
    t.setHorizontalHeaderLabels([*lead, *[name for _, name in outlets]])
    # A long outlet name ends in "…" rather than being cut at both ends; the tooltip has it all.
    t.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    for col, (_, name) in enumerate(outlets, start=len(lead)):
        item = t.horizontalHeaderItem(col)
        if item is not None:
            item.setToolTip(name)
    t.setRowCount(rows)


def fill_coverage(
    t: CoverageTable, ov: Overview, outlets: Sequence[tuple[str, str]], dark: bool
) -> None:
    """The coverage table: a row per claim, a column per outlet in ``outlets`` (article id,
    name), each cell marked by shape as well as colour (:data:`SHARED_MARK`, :data:`ONLY_MARK`,
    :data:`MISSING_MARK`) with the claim's flags counted, and the claim's key on its number for
    the view to go to its row."""
    _reset_table(t, ["#", "Claim"], outlets, len(ov.coverage.rows))
    c = colours(dark)
    unique = QColor(style_for(UNIQUE).tint_dark if dark else "#ECECEC")
    for r, row in enumerate(ov.coverage.rows):
        num = _item(str(row.number), centre=True)
        num.setData(Qt.ItemDataRole.UserRole, row.key)
        t.setItem(r, 0, num)
        t.setItem(r, 1, _item(row.label, row.label))
        for col, (aid, name) in enumerate(outlets, start=2):
            if not row.reported_by(aid):
                cell = _item(MISSING_MARK, f"{name} does not report this claim", centre=True)
                cell.setForeground(QBrush(QColor(c["muted"])))
            else:
                n = row.flags.get(aid, 0)
                mark = ONLY_MARK if row.unique else SHARED_MARK
                what = (
                    f"only {name} reports this"
                    if row.unique
                    else f"{name} reports it"
                    if ov.coverage.shares_claims
                    else f"{name} reports it; no other article lines up with it"
                )
                flags = f"{n} flag{'s' if n != 1 else ''}"
                if hidden := row.hidden.get(aid, 0):
                    flags += f" shown, {hidden} hidden"
                tip = f"{what}; {flags}: {row.label_of(aid)}"
                cell = _item(f"{mark} {n}" if n else mark, tip, centre=True)
                if row.unique:
                    cell.setBackground(QBrush(unique))
            t.setItem(r, col, cell)
    head = t.horizontalHeader()
    head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    widths = []
    for col in range(2, t.columnCount()):
        # A mark and a count fit in little room; a long outlet name is elided, not let widen
        # its column until the claims have none.
        head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        t.resizeColumnToContents(col)
        widths.append(min(t.columnWidth(col), OUTLET_COLUMN_MAX))
    t.set_outlet_widths(widths)
    t.fit()


def fill_actors(
    t: PageTable, ov: Overview, outlets: Sequence[tuple[str, str]], single: bool
) -> None:
    """The actors table: a row per actor, the words each outlet in ``outlets`` (article id, name)
    puts in front of the name, in bold where they differ; ``single`` for one article alone."""
    _reset_table(t, ["Actor"], outlets, len(ov.entities))
    for r, row in enumerate(ov.entities):
        e = row.entity
        name = _item(e.name, ", ".join(e.aliases))
        if row.differs:
            f = QFont(t.font())
            f.setBold(True)
            name.setFont(f)
        t.setItem(r, 0, name)
        for col, (aid, outlet) in enumerate(outlets, start=1):
            words = row.descriptors.get(aid, ())
            n = row.mentions.get(aid, 0)
            if words:
                text = ", ".join(words)
            elif n:
                text = "(name only)"
            else:
                text = "—"
            tip = f"{outlet} mentions {e.name} {n} time{'s' if n != 1 else ''}"
            if words:
                tip += f": {text}"  # the cell is cut to fit; the words are what a reader wants
            t.setItem(r, col, _item(text, tip))
    _stretch_all(t)
    _placeholder(t, NO_ACTORS[int(single)])
    t.fit()


def fill_sources(
    t: PageTable, ov: Overview, outlets: Sequence[tuple[str, str]], single: bool
) -> None:
    """The sources table: a row per speaker, how often each outlet in ``outlets`` (article id,
    name) cites them and with which reporting verbs; ``single`` for one article alone."""
    _reset_table(t, ["Source"], outlets, len(ov.sources))
    for r, row in enumerate(ov.sources):
        t.setItem(r, 0, _item(row.name))
        for col, (aid, outlet) in enumerate(outlets, start=1):
            use = row.uses.get(aid)
            if use is None:
                t.setItem(r, col, _item("—", f"{outlet} does not cite {row.name}"))
                continue
            text = f"{use.count}× " + ", ".join(use.verbs)
            if use.direct:
                text += f" ({use.direct} direct)"
            t.setItem(r, col, _item(text, f"{outlet} cites {row.name}: {text}"))
    _stretch_all(t)
    _placeholder(t, NO_SOURCES[int(single)])
    t.fit()


def _placeholder(table: QTableWidget, text: str) -> None:
    """An empty table says so in one muted row rather than showing a bare header."""
    if table.rowCount() or not table.columnCount():
        return
    table.setRowCount(1)
    item = _item(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    table.setItem(0, 0, item)
    table.setSpan(0, 0, 1, table.columnCount())


def _stretch_all(table: QTableWidget) -> None:
    """Every column shares the table's width: the actors' and sources' cells are all words."""
    head = table.horizontalHeader()
    for col in range(table.columnCount()):
        head.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)


__all__ = [
    "CLAIM_MIN_CHARS",
    "MISSING_MARK",
    "NO_ACTORS",
    "NO_SOURCES",
    "ONLY_MARK",
    "OUTLET_COLUMN_MAX",
    "ROW_PADDING",
    "SHARED_MARK",
    "CoverageTable",
    "PageTable",
    "fill_actors",
    "fill_coverage",
    "fill_sources",
]
