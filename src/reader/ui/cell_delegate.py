"""Painting a cell of the aligned view, and what hovering over its words says.

Each cell is drawn from a QTextDocument built once per (cell, width, look) and cached, so
scrolling 10 articles x 100 claims stays smooth; a cell's size hint lays out the same document at
its column's width, so rows size to their content and painting wraps as sizing did. What depends
on the selection (the current flag, the words the other outlets wrote in its place, the current
find match, an actor's mention) is outlined or marked over the cached document when a cell is
painted, so moving through flags, matches or mentions never rebuilds a layout. What a cell holds
is :mod:`reader.ui.aligned_model`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from reader.core.model import Flag
from reader.core.overview import UNIQUE
from reader.core.palette import style_for
from reader.ui import richtext
from reader.ui.aligned_model import CELL_ROLE, REWORDED_TIP, AlignedModel, Cell, ModelIndex
from reader.ui.flag_steps import Match
from reader.ui.flag_tips import flag_tooltip
from reader.ui.theme import colours

#: An actor's mention a cell marks: its row, its column and the article offsets of its words.
Mention = tuple[int, int, int, int]

#: The space between a cell's edges and its text; the column headers line their text up with it.
PAD_X = 10
PAD_Y = 8
#: The caption of a claim only one outlet carries where "Only in <outlet>" is too long for its
#: column: the column's header names the outlet just above it.
ONLY_HERE = "Only here"


class CellDelegate(QStyledItemDelegate):
    """Paints a cell from a cached QTextDocument; answers hover with the flag's explanation.

    Over the document it outlines, heaviest first: the current find match (solid, blue), the current
    flag (solid), and the words the other outlets wrote in a flag's place (dotted; dark only while
    its row or the flag is selected, else grey), so a counterpart never outshines the flag it
    answers. An actor's mention is marked in the current find match's strong colours, as the
    Reading view marks it (:meth:`reader.ui.reading_pane.ArticlePane.mark_mention`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = False
        self.font = QFont()
        self._cache: dict[tuple[int, int, int, int], QTextDocument] = {}
        #: Each cached document's marker letters (:func:`richtext.fill_document`), to find an
        #: article's words in it; by the document's id, as the cache keeps every document it
        #: holds alive until both are cleared together.
        self._markers: dict[int, list[int]] = {}
        #: The flag F8 or a click selected, and the find match Enter moved to: both outlined.
        self.current_flag: Flag | None = None
        self.find_match: Match | None = None
        #: The actor's mention a click in the Actors list went to, marked for a moment.
        self.mention: Mention | None = None

    def reset(self) -> None:
        self._cache.clear()
        self._markers.clear()

    def _label_height(self) -> int:
        return int(self.font.pointSizeF() * 1.9) if self.font.pointSizeF() > 0 else 20

    def document(self, index: ModelIndex, width: int) -> QTextDocument:
        model = index.model()
        assert isinstance(model, AlignedModel)
        key = (index.row(), index.column(), width, model.generation)
        doc = self._cache.get(key)
        if doc is not None:
            return doc
        if len(self._cache) > 4000:
            self.reset()
        cell: Cell = model.data(index, CELL_ROLE)  # type: ignore[assignment]
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font)
        doc.setUndoRedoEnabled(False)
        c = colours(self.dark)
        if cell.empty:
            doc.setDefaultFont(self._empty_font())  # sized in the font it is painted in
            doc.setPlainText(cell.empty_text)
        else:
            self._markers[id(doc)] = richtext.fill_document(
                doc,
                cell.text,
                cell.spans,
                cell.flags,
                cell.diffs,
                dark=self.dark,
                diff_colour=c["diff"],
                find_colour=c["find"],
                find=model.find_text,
                echoes=cell.echoes,
            )
        doc.setTextWidth(max(40, width - 2 * PAD_X))
        self._cache[key] = doc
        return doc

    def _text_origin(self, rect: QRect, cell: Cell) -> QPoint:
        top = rect.top() + PAD_Y + (self._label_height() if cell.caption else 0)
        return QPoint(rect.left() + PAD_X, top)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        cell: Cell = index.data(CELL_ROLE)
        c = colours(self.dark)
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bg = QColor(c["selection_row"]) if selected else QColor(c["base"])
        if cell.empty and not selected:
            bg = QColor(c["alt"])
        painter.fillRect(rect, bg)
        if cell.unique:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 4, rect.height()),
                QColor(style_for(UNIQUE).colour),
            )
        if cell.caption:
            self._paint_caption(painter, rect, cell)
        doc = self.document(index, self._width(index, rect))
        origin = self._text_origin(rect, cell)
        painter.translate(origin)
        if cell.empty:
            painter.setPen(QColor(c["muted"]))
            painter.setFont(self._empty_font())
            painter.drawText(
                QRect(0, 0, rect.width() - 2 * PAD_X, rect.height()),
                int(Qt.TextFlag.TextWordWrap),
                doc.toPlainText(),
            )
        else:
            ctx = QTextDocument().documentLayout().PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
            row = self._row_underlines(doc) if selected else []
            ctx.selections = [*row, *self._mention_marks(doc, index, cell)]
            doc.documentLayout().draw(painter, ctx)
            self._paint_outlines(painter, doc, index, cell, selected)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(QColor(c["focus"]))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.restore()

    def _empty_font(self) -> QFont:
        """An empty cell's note: italic and a little smaller than the text, so a row where an
        outlet has no sentence stays quiet beside the outlets that do."""
        font = QFont(self.font)
        font.setItalic(True)
        if self.font.pointSizeF() > 0:
            font.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.9))
        return font

    def _caption_font(self, cell: Cell) -> QFont:
        font = QFont(self.font)
        font.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.8))
        if cell.unique:
            font.setBold(True)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
        else:
            font.setItalic(True)  # "reworded" is a note on the wording, quieter than a claim
        return font

    @staticmethod
    def _caption_text(cell: Cell) -> str:
        return cell.caption.upper() if cell.unique else cell.caption.lower()

    def _caption_rect(self, rect: QRect, cell: Cell) -> QRect:
        """Where a cell's caption is written (for "reworded", its tinted box), in view
        coordinates."""
        area = QRect(
            rect.left() + PAD_X,
            rect.top() + PAD_Y - 2,
            rect.width() - 2 * PAD_X,
            self._label_height(),
        )
        if cell.unique:
            return area
        fm = QFontMetrics(self._caption_font(cell))
        pad = fm.averageCharWidth() // 2 + 2
        width = min(area.width(), fm.horizontalAdvance(self._caption_text(cell)) + 2 * pad)
        return QRect(area.left() - pad, area.top(), width, fm.height() + 2)

    def _paint_caption(self, painter: QPainter, rect: QRect, cell: Cell) -> None:
        """The caption: "Only in X" in muted capitals, or "Reworded" on the tint of different
        wording (the legend's key), saying the cell's plain words are not the others' wording."""
        c = colours(self.dark)
        font = self._caption_font(cell)
        painter.setFont(font)
        box = self._caption_rect(rect, cell)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if not cell.unique:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c["diff"]))
            painter.drawRoundedRect(box, 3, 3)
            align = Qt.AlignmentFlag.AlignCenter
        painter.setPen(QColor(c["muted"]))
        painter.drawText(box, int(align), self.caption_fitting(cell, box.width()))

    def caption_fitting(self, cell: Cell, width: int) -> str:
        """The caption as ``width`` pixels hold it. "Only in X" that does not fit says "Only
        here": the column's header names the outlet just above, and "ONLY IN THE ALDORAN STAN…"
        cut the very name it was there to give."""
        fm = QFontMetrics(self._caption_font(cell))
        text = self._caption_text(cell)
        if cell.unique and fm.horizontalAdvance(text) > width:
            text = ONLY_HERE.upper()
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _row_underlines(self, doc: QTextDocument) -> list[QAbstractTextDocumentLayout.Selection]:
        """A selected row's underlines recoloured where its colour would hide them (under 3:1;
        see :func:`~reader.core.palette.mark_colour`); the cached document is left as it is."""
        c = colours(self.dark)
        return [
            _underline_selection(doc, start, end, colour, c["text"])
            for start, end, colour in richtext.underlines_on_selection(
                doc, c["selection_row"], c["text"]
            )
        ]

    def _mention_marks(
        self, doc: QTextDocument, index: ModelIndex, cell: Cell
    ) -> list[QAbstractTextDocumentLayout.Selection]:
        """The words of the mention in this cell, if any, set apart as the layout paints them: a
        long cell's few words that name the actor, which a reader otherwise hunted for. Their
        underlines take colours that show on the selection's (a category's own fell to 1:1)."""
        c = colours(self.dark)
        out = []
        for start, end in self._mention_ranges(doc, index, cell):
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QAbstractTextDocumentLayout.Selection()
            selection.cursor = cursor
            selection.format.setBackground(QColor(c["highlight"]))
            selection.format.setForeground(QColor(c["highlight_text"]))
            out.append(selection)
            out += [
                _underline_selection(doc, s, e, colour, c["highlight_text"], c["highlight"])
                for s, e, colour in richtext.underlines_on_selection(
                    doc, c["highlight"], c["highlight_text"], (start, end), over_tints=True
                )
            ]
        return out

    def _mention_ranges(
        self, doc: QTextDocument, index: ModelIndex, cell: Cell
    ) -> list[tuple[int, int]]:
        """Where the mention's words are in this cell's document; none when it is elsewhere."""
        mention = self.mention
        if mention is None or mention[:2] != (index.row(), index.column()):
            return []
        markers = self._markers.get(id(doc), [])
        return richtext.cell_ranges(cell.text, cell.spans, markers, *mention[2:])

    def mention_rect(self, rect: QRect, index: ModelIndex) -> QRect | None:
        """Where the mention's words are painted in the cell at ``rect`` (the view's
        coordinates), or None when the cell holds no mention: in a cell taller than the view,
        showing the row is not showing the words."""
        cell: Cell = index.data(CELL_ROLE)
        if cell is None or cell.empty:
            return None
        doc = self.document(index, self._width(index, rect))
        lines = [
            r
            for start, end in self._mention_ranges(doc, index, cell)
            for r in richtext.range_rects(doc, start, end)
        ]
        if not lines:
            return None
        words = lines[0]
        for r in lines[1:]:
            words = words.united(r)
        return words.toAlignedRect().translated(self._text_origin(rect, cell))

    def _paint_outlines(
        self, painter: QPainter, doc: QTextDocument, index: ModelIndex, cell: Cell, selected: bool
    ) -> None:
        # In the text's own colour, not the category's: the flag's tint, underline and letter
        # already say its kind, and a letter in the outline's colour would merge with it.
        c = colours(self.dark)
        current = self.current_flag
        for flag_id in dict.fromkeys(e.flag.id for e in cell.echoes):
            lit = selected or (current is not None and current.id == flag_id)
            pen = QPen(QColor(c["text"] if lit else c["muted"]), 1.2 if lit else 1.0)
            pen.setStyle(Qt.PenStyle.DotLine)
            ranges = richtext.property_ranges(doc, richtext.ECHO_PROPERTY, flag_id)
            richtext.paint_outlines(painter, doc, ranges, pen)
        if current is not None and any(f.id == current.id for f in cell.flags):
            pen = QPen(QColor(c["text"]), 2.0)
            ranges = richtext.property_ranges(doc, richtext.FLAG_PROPERTY, current.id)
            richtext.paint_outlines(painter, doc, ranges, pen)
        match = self.find_match
        if match is not None and match[:2] == (index.row(), index.column()):
            pen = QPen(QColor(c["highlight"]), 2.0)
            ranges = richtext.property_ranges(doc, richtext.FOUND_PROPERTY, match[2])
            richtext.paint_outlines(painter, doc, ranges, pen)

    def _width(self, index: ModelIndex, rect: QRect | None = None) -> int:
        """The layout width of a cell: the column's width, so sizing and painting wrap alike.

        (A cell's painted rect is one pixel narrower than its column when the grid is shown; laying
        out at that width could wrap one more line than the row was sized for.)
        """
        view = self.parent()
        if isinstance(view, QTableView):
            return view.columnWidth(index.column())
        return rect.width() if rect is not None else 300

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        cell: Cell = index.data(CELL_ROLE)
        width = self._width(index)
        doc = self.document(index, width)
        h = int(doc.size().height()) + 2 * PAD_Y + (self._label_height() if cell.caption else 0)
        return QSize(width, max(h, int(self._label_height() * 1.6)))

    def flag_ids_at(self, rect: QRect, index: ModelIndex, pos: QPoint) -> list[str]:
        cell: Cell = index.data(CELL_ROLE)
        if cell is None or cell.empty:
            return []
        doc = self.document(index, self._width(index, rect))
        origin = self._text_origin(rect, cell)
        local = QPointF(pos - origin)
        hit = doc.documentLayout().hitTest(local, Qt.HitTestAccuracy.ExactHit)
        return richtext.flag_ids_at(doc, hit)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        model = index.model()
        assert isinstance(model, AlignedModel) and model.comparison is not None
        cell: Cell | None = index.data(CELL_ROLE)
        if cell and cell.empty:
            QToolTip.showText(event.globalPos(), cell.empty_description, view)
            return True
        if cell and cell.reworded and self._caption_rect(option.rect, cell).contains(event.pos()):
            QToolTip.showText(event.globalPos(), REWORDED_TIP, view)
            return True
        # innermost first, as a click picks them: the loaded word before the opinion around it
        ids = self.flag_ids_at(option.rect, index, event.pos())
        by_id = {f.id: f for f in model.comparison.flags if f.id in ids}
        flags = [by_id[i] for i in ids if i in by_id]
        if not flags:
            QToolTip.hideText()
            return True
        tip = flag_tooltip(flags, model.comparison, self.dark)
        QToolTip.showText(event.globalPos(), tip, view)
        return True


__all__ = ["PAD_X", "PAD_Y", "CellDelegate", "Mention", "flag_tooltip"]


def _underline_selection(
    doc: QTextDocument,
    start: int,
    end: int,
    colour: QColor,
    ink: str,
    ground: str | None = None,
) -> QAbstractTextDocumentLayout.Selection:
    """A paint-time selection that changes the underline colour of ``doc[start:end]``. It
    names the words' colour (``ink``) too, as Qt draws a selection's text again only when its
    format has a foreground, and the selection's own ``ground`` when it is one (a mention's),
    or the words would be redrawn on their tint over it."""
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection = QAbstractTextDocumentLayout.Selection()
    selection.cursor = cursor
    selection.format.setUnderlineColor(colour)
    selection.format.setForeground(QColor(ink))
    if ground is not None:
        selection.format.setBackground(QColor(ground))
    return selection
