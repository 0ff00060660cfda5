"""Rows as tall as their wrapped words: the single article's flags and the Details panel's
actors are short phrases, and the Annotations panel's comments can be long; all are read whole
rather than scrolled sideways or cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

#: A break allowed between two letters, drawn as nothing.
ZERO_WIDTH_SPACE = "\u200b"


class WrappedItemDelegate(QStyledItemDelegate):
    """A list row, or a tree's cell, as tall as its words wrapped at the width they are drawn in.

    Qt measures a wrapped row without the margins it then draws it within, so a row that just
    fits one line is drawn in two, cut short to "Loaded …", with a blank line after it. A tree
    measures its cells with no width at all, so they never wrapped: each is measured at its
    column's width here.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_room(opt)
        if width is None or width <= 0:
            return size
        text = broken_inside_long_words(opt.fontMetrics, opt.text, width)
        rect = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 2))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt draws a word wider than the row cut short ("“consultati…"); such a row's words
        are drawn here instead, the long word broken inside itself so it is read whole."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self._view()
        width = self._text_room(opt)
        if (
            view is None
            or width is None
            or width <= 0
            or not _has_word_wider_than(opt.fontMetrics, opt.text, width)
        ):
            super().paint(painter, option, index)
            return
        text, opt.text = opt.text, ""
        style = view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        margin = self.text_margin(view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        flags = int(Qt.TextFlag.TextWordWrap) | int(opt.displayAlignment)
        text = broken_inside_long_words(opt.fontMetrics, text, width)
        painter.drawText(room.adjusted(margin, 0, -margin, 0), flags, text)
        painter.restore()

    def _view(self) -> QListView | QTreeView | None:
        """The list or tree this delegate draws for; None under any other parent."""
        view = self.parent()
        return view if isinstance(view, QListView | QTreeView) else None

    def _text_room(self, opt: QStyleOptionViewItem) -> int | None:
        """The width the row's words are drawn in: the row or column, less the text margins."""
        view = self._view()
        if isinstance(view, QListView):
            room = view.viewport().width() - 2 * view.spacing()
        elif isinstance(view, QTreeView):
            room = view.columnWidth(opt.index.column())
        else:
            return None
        return room - 2 * self.text_margin(view) - 2

    @staticmethod
    def text_margin(view: QListView | QTreeView) -> int:
        """The room either side of a cell's words: a column fitted to a word adds it twice."""
        return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def _has_word_wider_than(metrics: QFontMetrics, text: str, width: int) -> bool:
    return any(metrics.horizontalAdvance(word) > width for word in text.split())


def broken_inside_long_words(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` with a break allowed (a zero-width space) inside each word wider than ``width``,
    where a line of it is full; the other words still wrap only between them.

    Qt's own "break anywhere" wrapping, once it breaks one word, breaks the next line's words
    too ("Scar" / "e quotes").
    """
    return " ".join(_pieces(metrics, word, width) for word in text.split(" "))


def _pieces(metrics: QFontMetrics, word: str, width: int) -> str:
    if metrics.horizontalAdvance(word) <= width:
        return word
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and metrics.horizontalAdvance(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return ZERO_WIDTH_SPACE.join([*pieces, piece])


__all__ = ["WrappedItemDelegate"]
