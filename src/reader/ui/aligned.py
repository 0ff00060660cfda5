"""The aligned view: one column per article, one row per claim group, in reading order.

Rows come from ``Comparison.rows()``; the view only decides how they look. This module keeps the
table: what it shows (a comparison, the legend, the outlets not hidden, the zoom), clicks on
marks, and moving through it (F7, F8, Find). Its parts: :mod:`~reader.ui.aligned_model` (what a
cell holds), :mod:`~reader.ui.cell_delegate` (painting a cell from a cached layout; hovering over
a flag), :mod:`~reader.ui.aligned_headers` (outlets' headers, row numbers) and
:mod:`~reader.ui.flag_steps` (which flag F8 goes to).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reader.core.model import Comparison
from reader.core.overview import UNIQUE
from reader.ui import richtext
from reader.ui.aligned_headers import ArticleHeader, RowNumbers
from reader.ui.aligned_model import AlignedModel
from reader.ui.cell_delegate import PAD_X, CellDelegate, Mention
from reader.ui.flag_steps import FlagPlace, Match, flag_index_after, flag_index_from
from reader.ui.reading import MENTION_MARK_MS

#: The narrowest an outlet's column gets before the view scrolls sideways, in characters of the
#: cells' text a line: a narrow newspaper column's measure. Five outlets fit beside both panels
#: at 1400 px (at 190 px a column, from before, the fifth needed sideways scrolling); a zoomed
#: text keeps its measure, so it scrolls sooner rather than wrap a word a line.
MIN_COLUMN_CHARS: Final = 18


class AlignedView(QTableView):
    """The table plus navigation (differences, flags, find) and the click-to-details behaviour."""

    rowSelected = Signal(int)
    flagSelected = Signal(str)
    #: The current flag changed: its id, or "" for none (the reading view outlines it too).
    currentFlagChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alignedView")
        self.setAccessibleName("Aligned claims")
        self.setAccessibleDescription(
            "One column per article, one row per claim group in reading order"
        )
        self.aligned_model = AlignedModel(self)
        self.header_view = ArticleHeader(self)
        self.setHorizontalHeader(self.header_view)
        self.setVerticalHeader(RowNumbers(self))
        self.setModel(self.aligned_model)
        self.cell_delegate = CellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setMouseTracking(True)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The outlets share the width, however many there are: seeing every outlet side by side
        # is the point of the view. Only when they cannot each have min_column() pixels does the
        # view scroll sideways (five outlets once got 340 px each and scrolled even on a wide
        # screen, hiding that the fourth and fifth existed).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.min_column())
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        vh.setHighlightSections(False)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self._font_points = 0.0  # the zoom's text size, which the headers keep too
        for h in (self.header_view, vh):
            h.installEventFilter(self)
        self._mention_timer = QTimer(self)
        self._mention_timer.setSingleShot(True)
        self._mention_timer.timeout.connect(self.unmark_mention)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.selectionModel().currentChanged.connect(self._cell_changed)
        self.selectionModel().selectionChanged.connect(self.unmark_mention)
        self.header_view.flagClicked.connect(self.select_headline_flag)
        self._clicks: richtext.ClickCycle[str] = richtext.ClickCycle()

    @property
    def current_flag(self) -> str | None:
        """The id of the flag F8 or a click selected; outlined in its cell."""
        flag = self.cell_delegate.current_flag
        return flag.id if flag is not None else None

    @current_flag.setter
    def current_flag(self, flag_id: str | None) -> None:
        comp = self.aligned_model.comparison
        flag = comp.flag_by_id(flag_id) if comp is not None and flag_id else None
        if flag is not self.cell_delegate.current_flag:
            self.cell_delegate.current_flag = flag
            self.header_view.current_flag = flag if flag and flag.where == "title" else None
            self.viewport().update()
            self.header_view.viewport().update()
            self.currentFlagChanged.emit(flag.id if flag is not None else "")

    @property
    def find_match(self) -> Match | None:
        """Where the current find match starts (row, column, article offset); outlined."""
        return self.cell_delegate.find_match

    @find_match.setter
    def find_match(self, match: Match | None) -> None:
        if match != self.cell_delegate.find_match:
            self.cell_delegate.find_match = match
            headline = match is not None and match[0] < 0
            self.header_view.find_match = (match[1], match[2]) if match and headline else None
            self.viewport().update()
            self.header_view.viewport().update()

    def mark_mention(self, row: int, column: int, start: int, end: int) -> None:
        """Mark an actor's mention, article offsets ``start`` to ``end``, in its cell for a
        moment (:data:`MENTION_MARK_MS`), as the Reading view does: in a long cell the few
        words that name the actor were hard to find. Select the cell first: the next selection
        change unmarks the words, since they no longer say where the reader is."""
        self.cell_delegate.mention = (row, column, start, end)
        self._mention_timer.start(MENTION_MARK_MS)
        self._reveal_mention(self.model().index(row, column))
        self.viewport().update()

    def _reveal_mention(self, index: QModelIndex) -> None:
        """Scroll the marked words into view, centred, when they are out of it: selecting the
        row shows its top, and in a tall cell the words may be further down."""
        words = self.cell_delegate.mention_rect(self.visualRect(index), index)
        height = self.viewport().height()
        if words is None or (words.top() >= 0 and words.bottom() <= height):
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + words.center().y() - height // 2)

    def unmark_mention(self) -> None:
        self._mention_timer.stop()
        if self.cell_delegate.mention is not None:
            self.cell_delegate.mention = None
            self.viewport().update()

    @property
    def mention(self) -> Mention | None:
        """The actor's mention marked now: (row, column, start, end), or None."""
        return self.cell_delegate.mention

    # -- content and look -----------------------------------------------------------------------

    def set_comparison(self, comp: Comparison | None) -> None:
        self._clicks.forget()
        self.header_view.clicks.forget()
        self.cell_delegate.reset()
        self.current_flag = None
        self.find_match = None
        self.unmark_mention()
        self.aligned_model.set_comparison(comp)
        # The header's height follows the new headlines: nothing else asks while the window
        # keeps its size, and a longer headline than the last one's was cut to its first line.
        self.updateGeometries()
        self.fit_rows()

    def set_dark(self, dark: bool) -> None:
        self.header_view.dark = dark
        if dark != self.cell_delegate.dark:
            self.cell_delegate.dark = dark
            self.restyle()

    def set_font_size(self, points: float) -> None:
        self._font_points = points
        # headers and row numbers grow with the text: a projected comparison names its outlets
        self._fit_header_fonts()
        if self.cell_delegate.font.pointSizeF() == points:
            return
        f = QFont(self.font())
        f.setPointSizeF(points)
        self.cell_delegate.font = f
        self.horizontalHeader().setMinimumSectionSize(self.min_column())
        self.restyle()

    def min_column(self) -> int:
        """The narrowest an outlet's column gets, in pixels: MIN_COLUMN_CHARS characters of the
        cells' text between their margins."""
        chars = QFontMetrics(self.cell_delegate.font).averageCharWidth() * MIN_COLUMN_CHARS
        return chars + 2 * PAD_X

    def _fit_header_fonts(self) -> None:
        if self._font_points <= 0:
            return
        for h in (self.header_view, self.verticalHeader()):
            if h.font().pointSizeF() != self._font_points:
                f = QFont(h.font())
                f.setPointSizeF(self._font_points)
                h.setFont(f)
                h.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new style sheet (a theme switch) resets the headers' fonts to the application's:
        give them the zoom's size again, or they shrink below the cells' text."""
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and watched in (
            self.header_view,
            self.verticalHeader(),
        ):
            self._fit_header_fonts()
        return super().eventFilter(watched, event)

    def restyle(self) -> None:
        self.cell_delegate.reset()
        self.aligned_model.generation += 1
        self.fit_rows()
        self.viewport().update()

    def set_categories(self, categories: set[str]) -> None:
        self.aligned_model.set_categories(categories)
        # The headlines' marks follow the legend too; their letters may take another line.
        self.updateGeometries()
        self.header_view.viewport().update()
        self.fit_rows()

    def set_hidden_outlets(self, hidden: set[str]) -> None:
        comp = self.aligned_model.comparison
        if comp is None:
            return
        for i, a in enumerate(comp.articles):
            self.setColumnHidden(i, a.id in hidden)
        for r, row in enumerate(self.aligned_model.rows):
            self.setRowHidden(r, all(a in hidden for a in row.cells))
        self.fit_rows()

    def fit_rows(self) -> None:
        """Size every row to its tallest cell at the current column widths."""
        self.resizeRowsToContents()

    # -- selection and clicks -------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.rowSelected.emit(current.row())

    def _cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Leaving the current flag's cell leaves the flag: F8 then starts from the new cell."""
        flag = self.cell_delegate.current_flag
        if flag is not None and self.aligned_model.cell_of(flag) != (
            current.row(),
            current.column(),
        ):
            self.current_flag = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Take the keys without choosing a row. A table makes its first cell current when the
        focus comes to it with none, and here the current row is the selection Details explains:
        the window coming back to the front, or handing the view the keys after opening, would
        pick claim 1 for the reader. Tab still does, so the arrows have a row to start from."""
        chosen_by_keys = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if not chosen_by_keys and not self.currentIndex().isValid():
            event = QFocusEvent(event.type(), Qt.FocusReason.MouseFocusReason)  # as a click would
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return
        # Innermost first: a click on a loaded word inside an opinion selects the word's flag;
        # a click again on the same mark moves out to the opinion (then round again).
        ids = self.cell_delegate.flag_ids_at(
            self.visualRect(index), index, event.position().toPoint()
        )
        flag_id = self._clicks.pick((index.row(), index.column()), ids, self.current_flag)
        own = {f.id for f in self.aligned_model.visible_flags(index.row(), self._article(index))}
        if flag_id is not None:
            # Counterpart words carry the id of the flag they answer, in another cell: that flag
            # is explained, but only a flag of this cell is outlined as current.
            self.current_flag = flag_id if flag_id in own else None
            self.flagSelected.emit(flag_id)
        else:
            self.leave_current_flag()

    def leave_current_flag(self) -> None:
        """A plain click: no flag is current any more. Said (``currentFlagChanged("")``) even
        when none was, so whatever Details explained, a counterpart's flag too, gives way to the
        claim selected."""
        if self.current_flag is None:
            self.currentFlagChanged.emit("")
        else:
            self.current_flag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A quick second click is a second click: on a mark it moves out to the enclosing flag,
        as a slower one does (a table takes a double click for an edit, and cells are read only)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
            return
        super().mouseDoubleClickEvent(event)

    def _article(self, index: QModelIndex) -> str:
        comp = self.aligned_model.comparison
        return comp.articles[index.column()].id if comp is not None else ""

    def select_row(self, row: int, column: int | None = None) -> None:
        if not 0 <= row < self.model().rowCount():
            return
        col = column if column is not None else self._first_visible_column(row)
        index = self.model().index(row, col)
        self.setCurrentIndex(index)
        # A row already in full view stays where it is: jumping would lose the reader's place.
        rect = self.visualRect(index)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _first_visible_column(self, row: int) -> int:
        comp = self.aligned_model.comparison
        if comp is None:
            return 0
        for i, a in enumerate(comp.articles):
            if not self.isColumnHidden(i) and a.id in self.aligned_model.rows[row].cells:
                return i
        return 0

    # -- navigation ------------------------------------------------------------------------------

    def _has_selection(self) -> bool:
        return self.currentIndex().isValid() and self.selectionModel().hasSelection()

    def _current_row(self, forward: bool) -> int:
        """The selected row; before the first (or after the last) when nothing is selected yet."""
        if self._has_selection():
            return self.currentIndex().row()
        return -1 if forward else self.model().rowCount()

    def next_difference(self, forward: bool = True) -> bool:
        """Move to the next (or previous) row that is worded differently or not carried by all."""
        n = self.model().rowCount()
        cur = self._current_row(forward)
        rng = range(cur + 1, n) if forward else range(cur - 1, -1, -1)
        for r in rng:
            if not self.isRowHidden(r) and self.aligned_model.is_difference(r):
                self.select_row(r)
                return True
        return False

    def flag_order(self) -> list[FlagPlace]:
        """(row, column, offset, id) of every shown flag in reading order; the headlines' flags
        come first, in row -1, since a reader meets the headline before the text."""
        comp = self.aligned_model.comparison
        if comp is None:
            return []
        col = {a.id: i for i, a in enumerate(comp.articles)}
        out = [
            (-1, c, f.start, f.id)
            for c in range(len(comp.articles))
            if not self.isColumnHidden(c)
            for f in self.header_view.headline_flags(c)
        ]
        for f in comp.flags:
            r = self.aligned_model.flag_row.get(f.id)
            if r is None or not self.aligned_model.shown.shows(f) or f.category == UNIQUE:
                continue
            c = col.get(f.article, 0)
            if self.isRowHidden(r) or self.isColumnHidden(c):
                continue
            out.append((r, c, f.start, f.id))
        out.sort()
        return out

    def next_flag(self, forward: bool = True, start: Match | None = None) -> str | None:
        """Select the next (or previous) visible flag and the cell it sits in.

        From ``start`` (a find match newer than the current flag: row, column, offset; a
        headline's row is -1), the flag the match is in, else the first after it (or with Shift
        the last before it). From the current flag, the one after it. From a selected cell with
        no current flag, the cell's own flags come first (its first, or with Shift its last),
        then the cells beyond.
        """
        order = self.flag_order()
        if not order:
            return None
        comp = self.aligned_model.comparison
        if start is not None and comp is not None:
            ends = {f.id: f.end for f in (*comp.flags, *comp.headline_flags)}
            i = flag_index_from(order, ends, start, forward)
        else:
            cur = self.currentIndex()
            here = (cur.row(), cur.column()) if self._has_selection() else None
            i = flag_index_after(order, self.current_flag, here, forward)
        if not 0 <= i < len(order):
            return None
        fid = order[i][3]
        self.select_flag(fid)
        return fid

    def select_flag(self, flag_id: str) -> None:
        """Make a flag the current one, as a click on its mark does: a headline's is outlined in
        its header, a text's in its cell, which is selected. Then it is explained (flagSelected).
        What F8 does, and what a click on a mark in the reading view asks for."""
        comp = self.aligned_model.comparison
        flag = comp.flag_by_id(flag_id) if comp is not None else None
        if flag is None:
            return
        if flag.where == "title":
            self.select_headline_flag(flag_id)
            return
        self.current_flag = flag_id
        cell = self.aligned_model.cell_of(flag)
        if cell is not None:
            self.select_row(*cell)
        self.flagSelected.emit(flag_id)

    def select_headline_flag(self, flag_id: str) -> None:
        """Make a headline flag the current one: outlined in its header, its column in view.

        A headline has no row, so no cell stays selected: the Details panel and the outline
        then speak of the headline alone, and F8 goes on to the flags of the text.
        """
        comp = self.aligned_model.comparison
        flag = comp.flag_by_id(flag_id) if comp is not None else None
        if comp is None or flag is None or flag.where != "title":
            return
        self.selectionModel().clear()
        self.current_flag = flag_id
        ids = [a.id for a in comp.articles]
        if flag.article in ids:
            self._show_column(ids.index(flag.article))
        self.flagSelected.emit(flag_id)

    def _show_column(self, column: int) -> None:
        """Scroll sideways, as little as needed, until ``column`` is in view."""
        left = self.columnViewportPosition(column)
        right = left + self.columnWidth(column)
        bar = self.horizontalScrollBar()
        if left < 0:
            bar.setValue(bar.value() + left)
        elif right > self.viewport().width():
            bar.setValue(bar.value() + min(left, right - self.viewport().width()))

    # -- find -------------------------------------------------------------------------------------

    def find_matches(self, text: str) -> list[Match]:
        """Every match of ``text`` in the shown headlines and cells, in reading order (row,
        column, offset): the headlines' first, in row -1, since a reader meets them first."""
        comp = self.aligned_model.comparison
        if comp is None or not text:
            return []
        out: list[Match] = [
            (-1, c, s)
            for c in range(len(comp.articles))
            if not self.isColumnHidden(c)
            for s, _e in self.header_view.found(c, text)
        ]
        for r in range(self.model().rowCount()):
            if self.isRowHidden(r):
                continue
            for c, art in enumerate(comp.articles):
                if self.isColumnHidden(c):
                    continue
                spans = self.aligned_model.cell_spans(r, c)
                out.extend((r, c, s) for s, _e in richtext.find_spans(art.text, spans, text))
        return out

    def find_text(self, text: str, forward: bool = True, again: bool = True) -> tuple[int, int]:
        """Highlight ``text`` everywhere, select the cell of one match and outline it.

        While the user types (``again`` False) the search starts where the current match starts,
        so "O", "Ok", "Okafor" stay on the first Okafor; Enter (``again``) moves to the next or
        previous match, round the end. Returns the match's number and how many there are.
        """
        if text != self.aligned_model.find_text:
            self.aligned_model.set_find(text)
            self.header_view.viewport().update()
        matches = self.find_matches(text)
        if not matches:
            self.find_match = None
            return 0, 0
        anchor = self.find_match
        if anchor is None:
            cur = self.currentIndex()
            anchor = (cur.row(), cur.column(), -1) if self._has_selection() else (-1, -1, -1)
        i = richtext.step_match(matches, anchor, forward, again)
        r, c, start = matches[i]
        self.find_match = (r, c, start)
        if r < 0:
            # A headline has no row: no cell stays selected, and its column comes into view.
            self.selectionModel().clear()
            self._show_column(c)
        else:
            self.select_row(r, c)
        return i + 1, len(matches)

    def clear_find(self) -> None:
        self.find_match = None
        if self.aligned_model.find_text:
            self.aligned_model.set_find("")
            self.header_view.viewport().update()


__all__ = ["MIN_COLUMN_CHARS", "AlignedView"]
