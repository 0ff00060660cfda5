"""A row of buttons that wraps onto more lines when the panel is too narrow for it.

A QHBoxLayout asks for all its buttons side by side, so with a large system font the
Annotations panel's rows ("Note Tag Agree Dispute", "Save edit Delete Undo Redo") asked for more
than the docked panel's width and the panel scrolled sideways to reach them. A flow lays its
items left to right and starts a new line where the next one would not fit, as words wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items at their preferred size, left to right, wrapped onto as many lines as the width
    needs; an item wider than the whole width is given the width. Its height follows its width
    (``heightForWidth``), so a scroll area or a box layout around it makes room for the lines.
    With ``fill`` the items of a row that fits on one line share its room left over, as a row
    of buttons in a box layout does, so it looks as it did; wrapped, each keeps its own width
    (a last button alone, stretched across the panel, read as a heading)."""

    def __init__(self, parent: QWidget | None = None, *, fill: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._fill = fill
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
        """Room for the widest item alone on its line: the least width that wraps no word."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        return size.grownBy(self.contentsMargins())

    def gap(self) -> int:
        """The room between two items, on one line or between lines: the style's own."""
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

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items shown, broken into lines no wider than ``width`` where they can be, and
        as even as they can be: "Note Tag Agree" over a lone "Dispute" read as two rows of
        different things, "Note Tag" over "Agree Dispute" as one row wrapped."""
        greedy = self._greedy_lines(width)
        items = [item for line in greedy for item in line]
        per_line = -(-len(items) // max(len(greedy), 1))
        even = [items[i : i + per_line] for i in range(0, len(items), per_line)]
        if len(even) == len(greedy) and all(self._fits(line, width) for line in even):
            return even
        return greedy

    def _greedy_lines(self, width: int) -> list[list[QLayoutItem]]:
        """As many items on each line as fit, as words wrap."""
        lines: list[list[QLayoutItem]] = []
        for item in self._shown():
            if lines and self._fits([*lines[-1], item], width):
                lines[-1].append(item)
            else:
                lines.append([item])
        return lines

    def _fits(self, line: list[QLayoutItem], width: int) -> bool:
        need = sum(min(item.sizeHint().width(), width) for item in line)
        return need + self.gap() * (len(line) - 1) <= width

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure them unless ``move``); the height taken."""
        area = rect.marginsRemoved(self.contentsMargins())
        room = max(area.width(), 0)
        gap = self.gap()
        y = area.y()
        lines = self._lines(room)
        for number, line in enumerate(lines):
            widths = [min(item.sizeHint().width(), room) for item in line]
            if self._fill and len(lines) == 1:
                spare = room - sum(widths) - gap * (len(line) - 1)
                widths = [
                    w + spare // len(line) + (i < spare % len(line)) for i, w in enumerate(widths)
                ]
            height = max(item.sizeHint().height() for item in line)
            y += gap if number else 0
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height
        margins: QMargins = self.contentsMargins()
        return y - rect.y() + margins.bottom()


__all__ = ["FlowLayout"]
