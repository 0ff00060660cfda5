"""The aligned view: one column per article, one row per claim group, in reading order.

Rows come from ``Comparison.rows()``; the view only decides how they look. Each cell is drawn from a
QTextDocument built once per (cell, width, look) and cached, so scrolling 10 articles x 100 claims
stays smooth; rows size to their content and scroll per pixel. What depends on the selection (the
current flag, the words the other outlets wrote in its place, the current find match) is outlined
over the cached document when a cell is painted, so moving through flags or matches never rebuilds
a layout.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

from reader.core.model import Article, Comparison, Flag
from reader.core.outlets import outlet_needs_name
from reader.core.overview import EVERYTHING, FlagFilter
from reader.core.palette import style_for
from reader.ui import richtext
from reader.ui.aligned_model import AlignedModel, elide
from reader.ui.cell_delegate import PAD_X, CellDelegate
from reader.ui.flag_steps import FlagPlace, Match, flag_index_after, flag_index_from
from reader.ui.theme import colours

#: The narrowest an outlet's column gets before the view scrolls sideways: about 26 characters
#: a line, a newspaper column's measure; four outlets fit beside both panels at 1400 px.
MIN_COLUMN: Final = 190


#: The header's invitation to name an outlet that is only its file's name: a quiet note of where
#: the name came from, then the link (the note gives way in a narrow column, the link stays).
FILE_NAME_NOTE = "from file name · "
EDIT_HINT = "name it"
#: Characters of such an outlet's name kept on its line before the note gives way to it.
NAMED_MIN_CHARS = 14
#: Characters of a headline a column header shows at most, the last an ellipsis.
TITLE_CHARS = 90
#: Lines the headline may take in a column header before it is cut with an ellipsis. The header
#: takes only as many as the longest headline needs at the columns' widths.
HEADLINE_LINES = 3
#: Characters of the outlet's name kept on its line before the date gives way to it (and opens
#: the headline instead): "The D…" beside a date would no longer say which outlet it is.
OUTLET_MIN_CHARS = 18


class ArticleHeader(QHeaderView):
    """Column headers with the outlet in bold and the title and date on a muted second line.

    A header whose outlet is only a file name says so quietly: the name in italic, then "from
    file name · ✎ name it" (the note in muted ink, the link in link colour; only the link where
    the column is narrow); clicking it (or double clicking any header) asks for the Edit Article
    Details dialog. The headline's framing is marked as the cells mark theirs, and a click on a
    mark selects that headline flag. Find matches in a headline are shaded as in the cells, the
    current one outlined.
    """

    editRequested = Signal(int)
    #: A marked word of a headline was clicked: the id of its headline flag.
    flagClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.dark = False
        #: The headline flag F8 or a click selected: outlined where it is marked.
        self.current_flag: Flag | None = None
        #: The current find match when it is in a headline: (column, title offset it starts at).
        self.find_match: tuple[int, int] | None = None
        #: Which of the headline flags under a click it selects (the view forgets on a new text).
        self.clicks: richtext.ClickCycle[str] = richtext.ClickCycle()

    def _needs_edit(self, logical: int) -> bool:
        model = self.model()
        comp = getattr(model, "comparison", None)
        if comp is None or not 0 <= logical < len(comp.articles):
            return False
        return outlet_needs_name(comp.articles[logical])

    def _article(self, logical: int) -> Article | None:
        comp = getattr(self.model(), "comparison", None)
        if comp is None or not 0 <= logical < len(comp.articles):
            return None
        article: Article = comp.articles[logical]
        return article

    def _date(self, logical: int) -> str:
        article = self._article(logical)
        return (article.date or "")[:10] if article is not None else ""

    def _title(self, logical: int) -> str:
        article = self._article(logical)
        return (article.title or "") if article is not None else ""

    def edit_hint(self, logical: int, width: int) -> tuple[str, str]:
        """The note and the link a header ``width`` wide shows for an outlet named after its file
        (("", "") when it is named): the note only when the outlet's name keeps room to be read."""
        if not self._needs_edit(logical):
            return "", ""
        link = f"✎ {EDIT_HINT}"
        fm = self.fontMetrics()
        outlet = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        bold = QFontMetrics(self._outlet_font())
        keep = min(
            bold.horizontalAdvance(outlet.partition("\n")[0]),
            bold.averageCharWidth() * NAMED_MIN_CHARS,
        )
        room = width - 2 * PAD_X - 6 - fm.horizontalAdvance(FILE_NAME_NOTE + link) - 8
        return (FILE_NAME_NOTE if room >= keep else ""), link

    def _edit_rect(self, rect: QRect, logical: int) -> QRect:
        """Where the note and link of :meth:`edit_hint` sit: the outlet line's right end."""
        fm = self.fontMetrics()
        note, link = self.edit_hint(logical, rect.width())
        w = fm.horizontalAdvance(note + link) + 8
        inner = rect.adjusted(PAD_X, 6, -PAD_X, -6)
        return QRect(inner.right() - w, inner.top(), w, fm.height() + 4)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        logical = self.logicalIndexAt(pos)
        if event.button() == Qt.MouseButton.LeftButton:
            section = self._section_rect(logical)
            if self._needs_edit(logical) and self._edit_rect(section, logical).contains(pos):
                self.editRequested.emit(logical)
                return
            if self._click_flag(pos):
                return
        super().mousePressEvent(event)

    def _click_flag(self, pos: QPoint) -> bool:
        """Select the innermost headline flag marked under ``pos``, or on a click again there the
        one around it (:class:`richtext.ClickCycle`); False when no flag is marked there."""
        current = self.current_flag.id if self.current_flag is not None else None
        ids = [f.id for f in self.flags_at(pos)]
        flag_id = self.clicks.pick(self.logicalIndexAt(pos), ids, current)
        if flag_id is None:
            return False
        self.flagClicked.emit(flag_id)
        return True

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self.flag_at(pos) is not None:
            # A quick second click on a mark is a second click (it moves out to the flag around
            # the one the first selected), not an edit request.
            if event.button() == Qt.MouseButton.LeftButton:
                self._click_flag(pos)
            return
        logical = self.logicalIndexAt(pos)
        if logical >= 0:
            self.editRequested.emit(logical)
            return
        super().mouseDoubleClickEvent(event)

    def _section_rect(self, logical: int) -> QRect:
        return QRect(
            self.sectionViewportPosition(logical), 0, self.sectionSize(logical), self.height()
        )

    def _outlet_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(max(7.0, self.font().pointSizeF() + 1))
        return bold

    def _layout(self, logical: int, width: int) -> tuple[int, str, int]:
        """Where the outlet's line ends, the headline's text and how many characters of it come
        before the title (a date that could not stay beside the outlet)."""
        fm = QFontMetrics(self._outlet_font())
        inner = QRect(PAD_X, 6, width - 2 * PAD_X, fm.height())
        right = inner.right()
        if self._needs_edit(logical):
            right = self._edit_rect(QRect(0, 0, width, self.height()), logical).left() - 6
        title = elide(self._title(logical), TITLE_CHARS)
        date = self._date(logical)
        if not date:
            return right, title, 0
        outlet = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        outlet = outlet.partition("\n")[0]
        keep = min(fm.horizontalAdvance(outlet), fm.averageCharWidth() * OUTLET_MIN_CHARS)
        date_width = QFontMetrics(self.font()).horizontalAdvance(date)
        if right - inner.left() - date_width - 8 >= keep:
            return right, title, 0  # the date beside the outlet, the outlet elided if need be
        prefix = f"{date} · " if title else date
        return right, prefix + title, len(prefix)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        c = colours(self.dark)
        painter.save()
        painter.fillRect(rect, QColor(c["alt"]))
        painter.setPen(QColor(c["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        outlet = str(model.headerData(logical, Qt.Orientation.Horizontal) or "").partition("\n")[0]
        font = self._outlet_font()
        # A name that is only the file's is set in italic, as a stand-in is: quiet, but seen
        # even where the column is too narrow for the "from file name" note.
        font.setItalic(self._needs_edit(logical))
        painter.setFont(font)
        inner = rect.adjusted(PAD_X, 6, -PAD_X, -6)
        fm = painter.fontMetrics()
        right, _sub, shift = self._layout(logical, rect.width())
        right += rect.left()
        if self._needs_edit(logical):
            note, link = self.edit_hint(logical, rect.width())
            painter.save()
            painter.setFont(self.font())
            where = self._edit_rect(rect, logical)
            align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            painter.setPen(QColor(c["link"]))
            painter.drawText(where, align, link)
            if note:
                painter.setPen(QColor(c["muted"]))
                painter.drawText(
                    where.adjusted(0, 0, -painter.fontMetrics().horizontalAdvance(link), 0),
                    align,
                    note,
                )
            painter.restore()
        date = self._date(logical)
        if date and not shift:
            # Beside the outlet, where a long headline cannot push it out of view.
            width = QFontMetrics(self.font()).horizontalAdvance(date)
            painter.save()
            painter.setFont(self.font())
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                QRect(right - width, inner.top(), width, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                date,
            )
            painter.restore()
            right -= width + 8
        painter.setPen(QColor(c["text"]))
        painter.drawText(
            inner,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            fm.elidedText(outlet, Qt.TextElideMode.ElideRight, max(0, right - inner.left())),
        )
        painter.setFont(self.font())
        flags = self.headline_flags(logical)
        flag_ranges = self._as_shown(logical, [(f.start, f.end) for f in flags])
        found = self._as_shown(logical, self.found(logical))
        for line, offset, full, shown in self._headline_lines(logical, rect):
            marks = [
                (s, e, style_for(flags[i].category))
                for s, e, i in richtext.ranges_on_line(flag_ranges, offset, full)
            ]
            here = [(s, e) for s, e, _i in richtext.ranges_on_line(found, offset, full)]
            richtext.paint_line_marks(painter, line.topLeft(), shown, full, marks, self.dark, here)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), shown
            )
        current = self.current_flag
        if current is not None and any(f.id == current.id for f in flags):
            pen = QPen(QColor(c["text"]), 2.0)  # as the current flag is outlined in a cell
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for mark, flag in self.flag_rects(logical, rect):
                if flag.id == current.id:
                    painter.drawRoundedRect(QRectF(mark).adjusted(-2, -1, 2, 0), 3, 3)
        match = self.find_match
        if match is not None and match[0] == logical:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(c["highlight"]), 2.0))  # as the match in a cell
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for mark in self.found_rects(logical, match[1], rect):
                painter.drawRoundedRect(QRectF(mark).adjusted(-2, -1, 2, 0), 3, 3)
        painter.restore()

    def _headline_lines(self, logical: int, rect: QRect) -> list[tuple[QRect, int, str, str]]:
        """Where section ``rect`` paints its headline: per line, its rect, the title offset it
        starts at (negative on a first line that a date opens), its full text and the text
        painted. The headline is a main framing signal: it gets up to three lines before it is
        cut, and the tooltip holds it whole."""
        _right, sub, shift = self._layout(logical, rect.width())
        if not sub:
            return []
        fm = QFontMetrics(self.font())
        inner = rect.adjusted(PAD_X, 6, -PAD_X, -6)
        top = inner.top() + QFontMetrics(self._outlet_font()).height() + 2
        out = []
        for offset, full, shown in richtext.wrap_lines(sub, fm, inner.width(), HEADLINE_LINES):
            out.append(
                (QRect(inner.left(), top, inner.width(), fm.height()), offset - shift, full, shown)
            )
            top += fm.height()
        return out

    def headline_flags(self, logical: int) -> list[Flag]:
        """The headline flags of column ``logical`` that the legend shows, as it does in cells."""
        model = self.model()
        comp = getattr(model, "comparison", None)
        if comp is None or not 0 <= logical < len(comp.articles):
            return []
        shown: FlagFilter = getattr(model, "shown", EVERYTHING)
        article = comp.articles[logical].id
        return [f for f in comp.headline_flags if f.article == article and shown.shows(f)]

    def found(self, logical: int, text: str | None = None) -> list[tuple[int, int]]:
        """Where ``text`` (by default what the find bar looks for) occurs in the headline of
        column ``logical``: title offsets, in order."""
        if text is None:
            text = str(getattr(self.model(), "find_text", ""))
        title = self._title(logical)
        return richtext.find_spans(title, [(0, len(title))], text) if text else []

    def _as_shown(self, logical: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Title ranges as the header paints them: past ``TITLE_CHARS`` the title is cut with
        an ellipsis, and a range there takes the ellipsis, so the reader sees it is there."""
        if len(self._title(logical)) <= TITLE_CHARS:
            return ranges
        cut = TITLE_CHARS - 1
        return [(min(s, cut), min(e, TITLE_CHARS)) if e > cut else (s, e) for s, e in ranges]

    def _range_rects(
        self, logical: int, ranges: list[tuple[int, int]], rect: QRect | None = None
    ) -> list[tuple[QRect, int]]:
        """Where title ``ranges`` are painted in column ``logical``'s header: a rect per line
        each is on, with its index in ``ranges``."""
        if not ranges:
            return []
        fm = QFontMetrics(self.font())
        shown_ranges = self._as_shown(logical, ranges)
        out = []
        for line, offset, full, shown in self._headline_lines(
            logical, rect or self._section_rect(logical)
        ):
            for start, end, i in richtext.ranges_on_line(shown_ranges, offset, full):
                extent = richtext.mark_extent(fm, shown, full, start, end)
                if extent is not None:
                    x, width = extent
                    out.append((QRect(line.left() + x, line.top(), width, line.height()), i))
        return out

    def flag_rects(self, logical: int, rect: QRect | None = None) -> list[tuple[QRect, Flag]]:
        """Where each headline flag of column ``logical`` is marked, a rect per line it is on:
        what a click hits and what the current flag's outline goes round."""
        flags = self.headline_flags(logical)
        ranges = [(f.start, f.end) for f in flags]
        return [(r, flags[i]) for r, i in self._range_rects(logical, ranges, rect)]

    def found_rects(self, logical: int, start: int, rect: QRect | None = None) -> list[QRect]:
        """Where the find match starting at title offset ``start`` is painted (what its outline
        goes round as the current match)."""
        found = self.found(logical)
        return [r for r, i in self._range_rects(logical, found, rect) if found[i][0] == start]

    def flags_at(self, pos: QPoint) -> list[Flag]:
        """The headline flags marked under ``pos`` (header coordinates), the most specific first:
        the shortest, then the one painted last (its tint is on top)."""
        logical = self.logicalIndexAt(pos)
        if logical < 0:
            return []
        flags = [f for r, f in self.flag_rects(logical) if r.contains(pos)]
        flags = list({f.id: f for f in flags}.values())
        order = richtext.innermost_order([(f.start, f.end) for f in flags], len(flags) - 1)
        return [flags[i] for i in order]

    def flag_at(self, pos: QPoint) -> Flag | None:
        """The most specific headline flag marked under ``pos`` (header coordinates), if any."""
        flags = self.flags_at(pos)
        return flags[0] if flags else None

    def headline_lines(self) -> int:
        """The lines the longest headline takes at the current column widths (one at least)."""
        model = self.model()
        fm = self.fontMetrics()
        most = 1
        for logical in range(model.columnCount() if model is not None else 0):
            if self.isSectionHidden(logical) or self.sectionSize(logical) <= 0:
                continue
            width = self.sectionSize(logical)
            _right, sub, _shift = self._layout(logical, width)
            lines = richtext.wrap_lines(sub, fm, width - 2 * PAD_X, HEADLINE_LINES)
            most = max(most, len(lines))
        return most

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        outlet = QFontMetrics(self._outlet_font()).height()
        lines = self.fontMetrics().height() * self.headline_lines()
        return QSize(base.width(), outlet + 2 + lines + 12 + 2)


class RowNumbers(QHeaderView):
    """The row numbers, painted in the header's own font: the default painting takes the font of
    the header's viewport, which a style sheet leaves at the application's size, so the numbers
    stayed small while View › Zoom grew everything else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        painter.setFont(self.font())
        super().paintSection(painter, rect, logical)


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
        # is the point of the view. Only when they cannot each have MIN_COLUMN pixels does the
        # view scroll sideways (five outlets once got 340 px each and scrolled even on a wide
        # screen, hiding that the fourth and fifth existed).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(MIN_COLUMN)
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
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.selectionModel().currentChanged.connect(self._cell_changed)
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

    # -- content and look -----------------------------------------------------------------------

    def set_comparison(self, comp: Comparison | None) -> None:
        self._clicks.forget()
        self.header_view.clicks.forget()
        self.cell_delegate.reset()
        self.current_flag = None
        self.find_match = None
        self.aligned_model.set_comparison(comp)
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
        self.restyle()

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
        self.header_view.viewport().update()  # the headlines' marks follow the legend too
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
            if r is None or not self.aligned_model.shown.shows(f) or f.category == "unique-claim":
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


def app_font_size() -> float:
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 10.0
