"""The reading view: every article's full text in its own column, side by side.

This module keeps the view that holds the columns: what it shows (a comparison, the legend, the
outlets not hidden, the zoom and theme), the claim selected in the aligned view highlighted in
every column, the current flag outlined, a click on a claim reported as its row, and Find across
the columns. Its parts: :mod:`~reader.ui.reading_pane` (one article's text with its marks),
:mod:`~reader.ui.reading_header` (the pane's outlet, date and headline),
:mod:`~reader.ui.reading_sync` (the columns scrolling together, by proportion) and
:mod:`~reader.ui.reading_find` (which find match is current). The single article has its own
view, :mod:`~reader.ui.single_article`, built of the same pane.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QWidget

from reader.core.model import Comparison, Row
from reader.core.overview import UNIQUE
from reader.ui.aligned_headers import HEADER_SHARE, lines_within
from reader.ui.legend import ALL_SHOWN, legend_filter
from reader.ui.reading_find import Found, move_match
from reader.ui.reading_header import PANE_HEADLINE_LINES
from reader.ui.reading_pane import ArticlePane
from reader.ui.reading_sync import ScrollSync

#: How long an actor's mention stays marked in the Reading view: long enough to find on the
#: page, short enough not to be taken for the selection.
MENTION_MARK_MS: Final = 1500
#: Lines an outlet's name may wrap to above its text before it is cut: at 1024 px with the
#: library shown, "The Harbour Ti…" no longer said whose column it was.
OUTLET_NAME_LINES: Final = 2


class ReadingView(QWidget):
    """Every article's full text in its own column, scrolling together."""

    flagClicked = Signal(str)
    #: A claim was clicked: the index of its row in ``Comparison.rows()`` (as in the aligned view)
    #: and the column of the article it was clicked in.
    rowRequested = Signal(int, int)
    editRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Reading view")
        self.panes: list[ArticlePane] = []
        self.comparison: Comparison | None = None
        self.rows: list[Row] = []
        #: The claim highlighted in every column (the aligned view's selected row), kept when
        #: the texts are filled again.
        self.highlighted: Row | None = None
        self.dark = False
        self.font_ = QFont()
        self.categories: set[str] = set(ALL_SHOWN)
        #: The core's filter for :attr:`categories`: what decides which flags are marked.
        self.shown = legend_filter(self.categories)
        #: The columns scrolling together; held while the view places them itself.
        self._sync = ScrollSync()
        #: The current find match: the column counted among those shown, then where it is.
        self.find_match: Found | None = None
        #: The column marking an actor's mention for a moment, and the one timer that ends the
        #: moment: a click on the next mention starts it again, so an earlier click's moment
        #: does not cut the new mark short.
        self._mentioned: ArticlePane | None = None
        self._mention_timer = QTimer(self)
        self._mention_timer.setSingleShot(True)
        self._mention_timer.timeout.connect(self._unmark_mention)
        #: Levels the outlets' names after the columns settle (see :meth:`level_headers`).
        self._level_timer = QTimer(self)
        self._level_timer.setSingleShot(True)
        self._level_timer.setInterval(0)
        self._level_timer.timeout.connect(self.level_headers)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._layout.addWidget(self.splitter)

    def set_comparison(self, comp: Comparison | None) -> None:
        for p in self.panes:
            p.setParent(None)
            p.deleteLater()
        self.panes = []
        self._sync.clear()
        self._mention_timer.stop()
        self._mentioned = None
        self.find_match = None
        self.highlighted = None
        self.comparison = comp
        self.rows = list(comp.rows()) if comp is not None else []
        if comp is None:
            return
        for art in comp.articles:
            pane = ArticlePane(art, self.splitter, comparison=comp)
            pane.flagClicked.connect(self.flagClicked)
            pane.textClicked.connect(self._text_clicked)
            pane.editRequested.connect(self.editRequested)
            self.splitter.addWidget(pane)
            self._sync.add(pane.text.verticalScrollBar())
            pane.outlet_label.installEventFilter(self)
            self.panes.append(pane)
        self.splitter.setSizes([1000] * len(self.panes))  # equal columns
        self.refill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and any(
            watched is p.outlet_label for p in self.panes
        ):
            self._level_timer.start()  # once, after every column has its new width
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._level_timer.start()  # a shorter column leaves its header less room

    def level_headers(self) -> None:
        """Give every column's outlet name the lines the longest one needs at the columns'
        widths (up to :data:`OUTLET_NAME_LINES`): a name that wraps, not one cut short, and
        every header as tall as the others, so the texts below still start level. The headers
        take at most :data:`HEADER_SHARE` of the columns' height, as the Aligned view's do:
        zoomed in a short window they left the text a strip, so the headline gives up lines,
        then the name its second (both are whole in the header's tooltip)."""
        shown = [p for p in self.panes if not p.isHidden()]
        if not shown:
            return
        wanted = max(p.outlet_label.lines_needed(OUTLET_NAME_LINES) for p in shown)
        height = shown[0].height()
        room = height * HEADER_SHARE if height > 0 else float("inf")
        outlet, headline = lines_within(
            room, shown[0].header.height_for, wanted, PANE_HEADLINE_LINES
        )
        for pane in self.panes:
            pane.outlet_label.set_max_lines(outlet)
            pane.subtitle.set_max_lines(headline)

    def refill(self) -> None:
        """Write every column again (a new look or legend): each keeps its place, the claim
        highlighted and the current flag's outline, in the new colours."""
        if self.comparison is None:
            return
        with self._sync.held():  # each column keeps its own place
            for pane in self.panes:
                self._refill(pane, self.comparison)

    def _refill(self, pane: ArticlePane, comp: Comparison) -> None:
        flags = [
            f
            for f in comp.flags_of(pane.article.id)
            if self.shown.shows(f) and f.category != UNIQUE
        ]
        pane.fill(flags, self.dark, self.font_)
        pane.set_headline(
            [
                f
                for f in comp.headline_flags
                if f.article == pane.article.id and self.shown.shows(f)
            ],
            self.dark,
        )
        if self.highlighted is not None:
            claims = self.highlighted.cells.get(pane.article.id, ())
            pane.mark([(c.start, c.end) for c in claims], self.dark, scroll=False)

    def set_look(self, dark: bool, font: QFont) -> None:
        if dark == self.dark and font == self.font_:
            return
        self.dark = dark
        self.font_ = font
        self.refill()

    def set_categories(self, categories: set[str]) -> None:
        self.categories = set(categories)
        self.shown = legend_filter(self.categories)
        self.refill()

    def set_hidden_outlets(self, hidden: set[str]) -> None:
        for p in self.panes:
            p.setVisible(p.article.id not in hidden)

    def set_current_flag(self, flag_id: str | None) -> None:
        """The current flag (F8's, or one clicked here or in the aligned view), outlined as the
        aligned view outlines it: in its title line or in its text, scrolled into view."""
        with self._sync.held():  # the others follow the flag's claim
            for p in self.panes:
                p.set_current_flag(flag_id or None, reveal=True)

    def focused_article(self) -> str | None:
        """The article whose column holds the keyboard (Tab moves between columns without
        telling the Aligned view), or None."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        return next((p.article.id for p in self.panes if p.isAncestorOf(focus)), None)

    def row_at(self, article_id: str, offset: int) -> int | None:
        """The row holding the claim of ``article_id`` that covers ``offset``."""
        for i, row in enumerate(self.rows):
            for claim in row.cells.get(article_id, ()):
                if claim.start <= offset < claim.end:
                    return i
        return None

    def _text_clicked(self, article_id: str, offset: int) -> None:
        """Select the clicked claim's row in the clicked article's column: F8 then goes on from
        that outlet's cell, not the first outlet's."""
        row = self.row_at(article_id, offset)
        if row is None or self.comparison is None:
            return
        ids = [a.id for a in self.comparison.articles]
        if article_id in ids:
            self.rowRequested.emit(row, ids.index(article_id))

    def highlight_row(self, row: Row) -> None:
        self.highlighted = row
        with self._sync.held():
            for pane in self.panes:
                claims = row.cells.get(pane.article.id, ())
                pane.mark([(c.start, c.end) for c in claims], self.dark)

    def show_mention(self, article_id: str, start: int, end: int) -> None:
        """Mark the words ``start`` to ``end`` of ``article_id``'s column, scrolled into view, for
        a moment (:data:`MENTION_MARK_MS`): then the column marks the selected claim again, so
        the marks go on saying what is selected."""
        pane = next((p for p in self.panes if p.article.id == article_id), None)
        if pane is None:
            return
        if self._mentioned is not pane:
            self._unmark_mention()  # the last mention, in another column, is over now
        with self._sync.held():
            pane.mark_mention(start, end, self.dark)
        self._mentioned = pane
        self._mention_timer.start(MENTION_MARK_MS)

    def _unmark_mention(self) -> None:
        """The column that marked a mention marks the selected claim again."""
        pane, self._mentioned = self._mentioned, None
        if pane is None:
            return
        row = self.highlighted
        claims = row.cells.get(pane.article.id, ()) if row is not None else ()
        pane.mark([(c.start, c.end) for c in claims], self.dark, scroll=False)

    def find_text(self, text: str, forward: bool = True, again: bool = True) -> tuple[int, int]:
        """Highlight ``text`` in every shown column, headline and text, and set one match
        apart, scrolled into view: while the user types, the first at or after the current
        match's start; on Next or Previous (``again``) the one after or before it. Columns are
        read one after the other, each from its headline down. Returns the match's number and
        the count."""
        panes = [p for p in self.panes if not p.isHidden()]  # not the outlets hidden
        matches = [(i, *m) for i, p in enumerate(panes) for m in p.set_find(text)]
        for p in self.panes:
            if p not in panes:
                p.set_find("")
        return move_match(panes, matches, self, forward, again)

    def clear_find(self) -> None:
        for p in self.panes:
            p.set_find("")
            p.show_match(None)
        self.find_match = None

    def scroll_to_top(self) -> None:
        """Every column back at its first line (the start of a reading, and of a screenshot)."""
        with self._sync.held():
            for pane in self.panes:
                pane.text.verticalScrollBar().setValue(0)


__all__ = ["MENTION_MARK_MS", "ReadingView"]
