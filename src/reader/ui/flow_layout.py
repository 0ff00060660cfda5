"""Items that wrap onto more lines when their row is too narrow for them, as words wrap.

A QHBoxLayout asks for all its items side by side, so with a large system font the Annotations
panel's rows ("Note Tag Agree Dispute", "Save Edit Delete Undo Redo") asked for more than the
docked panel's width and the panel scrolled sideways to reach them, and the legend strip's chips
would have had to give up their names in a narrow window. A flow lays its items left to right and
starts a new line where the next one would not fit.

One layout serves both: the legend's chips and the panel's buttons differ only in the options
(:class:`FlowLayout`'s keywords), never in how lines are broken, so a wrapped row looks the same
kind of wrapped everywhere in the app.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items at their preferred size, left to right, wrapped onto as few lines as the width
    needs, and those lines as even as they can be; an item wider than the whole width is given
    the width. Its height follows its width (``heightForWidth``), so a scroll area or a box
    layout around it makes room for the lines.

    ``spacing`` is the room between two items on a line; unset, it is the style's own gap
    between two buttons (or :meth:`setSpacing`'s). ``line_spacing`` is the room between lines;
    unset, the same as between items. With ``centre`` each item keeps its own height and sits
    centred on its line (the legend's chips, of different heights); without it, each is as tall
    as its line (a row of buttons in a box layout). With ``fill`` the items of a row that fits on
    one line share its room left over, as a row of buttons in a box layout does, so it looks as
    it did; wrapped, each keeps its own width (a last button alone, stretched across the panel,
    read as a heading)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int | None = None,
        line_spacing: int | None = None,
        centre: bool = False,
        fill: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._line_spacing = line_spacing
        self._centre = centre
        self._fill = fill
        if spacing is not None:
            self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All the items on one line, as the row asked for before it could wrap."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self.gap() if width else 0)
            height = max(height, hint.height())
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """Room for the widest item alone on its line: the least width that cuts no item."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        return size.grownBy(self.contentsMargins())

    def gap(self) -> int:
        """The room between two items on a line: the spacing set, else the style's own."""
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
            None,
            parent,
        )

    def line_gap(self) -> int:
        """The room between two lines: the line spacing set, else the gap between items."""
        return self.gap() if self._line_spacing is None else self._line_spacing

    def lines(self, width: int) -> list[list[QLayoutItem]]:
        """The shown items as they are put on lines in a layout ``width`` pixels wide."""
        return self._even_lines(self._room(width))

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _room(self, width: int) -> int:
        """The width left for items once the margins are taken from ``width``."""
        margins = self.contentsMargins()
        return max(width - margins.left() - margins.right(), 0)

    def _even_lines(self, room: int) -> list[list[QLayoutItem]]:
        """As few lines as fit in ``room``, and those lines as even as they can be.

        Filled one by one, the last line of a wrapped row could hold a single item ("Speakers'
        words" alone under a full legend line, "Dispute" under "Note Tag Agree"), which reads
        as a stray rather than as part of the row. So the items are wrapped at the narrowest
        width that still needs no more lines than ``room`` does: a binary search, since fewer
        lines never need more width, which evens out items of any widths, not only equal ones.
        """
        wanted = len(self._greedy_lines(room))
        if wanted <= 1:
            return self._greedy_lines(room)
        low = min(max(item.sizeHint().width() for item in self._shown()), room)
        high = room
        while low < high:
            middle = (low + high) // 2
            if len(self._greedy_lines(middle)) <= wanted:
                high = middle
            else:
                low = middle + 1
        return self._greedy_lines(high)

    def _greedy_lines(self, room: int) -> list[list[QLayoutItem]]:
        """The shown items on lines ``room`` pixels wide, each line filled before the next."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines and used + self.gap() + width <= room:
                lines[-1].append(item)
                used += self.gap() + width
            else:
                lines.append([item])
                used = width
        return lines

    def _widths(self, line: list[QLayoutItem], room: int, *, alone: bool) -> list[int]:
        """The items' widths on ``line``: their own, cut to ``room``; with ``fill``, a line
        ``alone`` in the layout shares out what is left of ``room``."""
        widths = [min(item.sizeHint().width(), room) for item in line]
        if not (self._fill and alone):
            return widths
        spare = max(room - sum(widths) - self.gap() * (len(line) - 1), 0)
        share, rest = divmod(spare, len(line))
        return [width + share + (index < rest) for index, width in enumerate(widths)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure them unless ``move``); the height taken."""
        area = rect.marginsRemoved(self.contentsMargins())
        room = self._room(rect.width())
        lines = self.lines(rect.width())
        y = area.y()
        for number, line in enumerate(lines):
            y += self.line_gap() if number else 0
            height = max(item.sizeHint().height() for item in line)
            widths = self._widths(line, room, alone=len(lines) == 1)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(self._place(item, QPoint(x, y), width, height))
                x += width + self.gap()
            y += height
        return y - rect.y() + self.contentsMargins().bottom()

    def _place(self, item: QLayoutItem, at: QPoint, width: int, height: int) -> QRect:
        """The item's rectangle on a line of ``height`` starting at ``at``: centred on the line
        at its own height with ``centre``, else as tall as the line."""
        if not self._centre:
            return QRect(at, QSize(width, height))
        own = min(item.sizeHint().height(), height)
        return QRect(QPoint(at.x(), at.y() + (height - own) // 2), QSize(width, own))


__all__ = ["FlowLayout"]
