"""List rows as tall as their wrapped words: the single article's flags and the Details panel's
actors are short phrases, read whole rather than scrolled sideways or cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class WrappedItemDelegate(QStyledItemDelegate):
    """A list row as tall as its words wrapped at the width they are drawn in.

    Qt measures a wrapped row without the margins it then draws it within, so a row that just
    fits one line is drawn in two, cut short to "Loaded …", with a blank line after it.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListView):
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        # The room the words are drawn in: the row, less the list's spacing and the text margins.
        width = view.viewport().width() - 2 * view.spacing() - 2 * margin - 2
        if width <= 0:
            return size
        rect = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 2))


__all__ = ["WrappedItemDelegate"]
