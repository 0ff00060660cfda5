"""Rows as tall as their wrapped words: the single article's flags and the Details panel's
actors are short phrases, and the Annotations panel's comments can be long; all are read whole
rather than scrolled sideways or cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


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
        view = self.parent()
        if isinstance(view, QListView):
            room = view.viewport().width() - 2 * view.spacing()
        elif isinstance(view, QTreeView):
            room = view.columnWidth(index.column())
        else:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        # The room the words are drawn in: the row or column, less the text margins.
        width = room - 2 * margin - 2
        if width <= 0:
            return size
        rect = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 2))


__all__ = ["WrappedItemDelegate"]
