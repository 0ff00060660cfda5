"""The status bar's line of counts and news, which gives way to the window's width.

A QLabel asks for its whole text's width, so with a large system font the status bar grew past
the window and its end was cut off with no way to read it ("… · 19 clain"). This one asks for
little, draws what fits with an ellipsis, and says the whole line in its tooltip when cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

#: The fewest characters the line keeps room for before the window may shrink it further.
MIN_CHARS = 12


class StatusLine(QLabel):
    """A one-line label that elides its text on the right. ``text()`` stays the whole text, as
    a screen reader hears it; ``setToolTip`` still adds its own words (a saved file's path)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(least + margins.left() + margins.right(), hint.height())

    def sizeHint(self) -> QSize:
        # The whole text's width would make the status bar, and so the window, ask for it.
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn: whole when it fits, else cut with an ellipsis."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def full_tip(self) -> str:
        """What hovering says: the whole line when it is cut, then any tip of its own."""
        parts = [self.text()] if self.is_elided() else []
        if self.toolTip():
            parts.append(self.toolTip())
        return "\n".join(parts)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.full_tip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


__all__ = ["MIN_CHARS", "StatusLine"]
