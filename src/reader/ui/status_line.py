"""The status bar's line of counts and news, which gives way to the window's width.

A QLabel asks for its whole text's width, so with a large system font the status bar grew past
the window and its end was cut off with no way to read it ("… · 19 clain"). This one asks for
little, draws what fits with an ellipsis, and says the whole line in its tooltip when cut. The
passing notices shown over it for a few seconds (:class:`NoticeBar`) are cut the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QToolTip, QWidget

#: The fewest characters the line keeps room for before the window may shrink it further.
MIN_CHARS = 12
#: Where Qt's status bar writes a passing message: 6 px in, and 12 px short of its right edge
#: (its size grip) or 2 px short of the first permanent widget.
_MESSAGE_LEFT = 6
_MESSAGE_RIGHT = 12
_MESSAGE_GAP = 2


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` whole when it fits ``width``, else cut on the right with an ellipsis."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


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
        return elided(self.fontMetrics(), self.text(), self.contentsRect().width())

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


class NoticeBar(QStatusBar):
    """A status bar whose passing notices ("No more flags below.") are cut with an ellipsis, as
    the status line is, and said whole on hover. Qt's own cut them mid-letter at the window's
    edge, or under the marks-hidden note, with a large system font. ``currentMessage()`` stays
    the whole notice, as a screen reader hears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int | None = 0) -> int:
        self._permanent.append(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def removeWidget(self, widget: QWidget) -> None:
        if widget in self._permanent:
            self._permanent.remove(widget)
        super().removeWidget(widget)

    def _shown_permanent(self) -> list[QWidget]:
        return [w for w in self._permanent if w.isVisible()]

    def message_rect(self) -> QRect:
        """Where a notice is written: as Qt's, left of the permanent widgets shown."""
        right = self.width() - _MESSAGE_RIGHT
        for widget in self._shown_permanent():
            right = min(right, widget.x() - _MESSAGE_GAP)
        return QRect(_MESSAGE_LEFT, 0, max(right - _MESSAGE_LEFT, 0), self.height())

    def shown_message(self) -> str:
        """The notice as drawn: whole when it fits, else cut with an ellipsis."""
        return elided(self.fontMetrics(), self.currentMessage(), self.message_rect().width())

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self.shown_message() != self.currentMessage()
            and self.message_rect().contains(event.pos())
        ):
            QToolTip.showText(event.globalPos(), self.currentMessage(), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # Qt's own painting with the notice cut: the panel, the permanent widgets' frames, and
        # the notice where Qt writes it.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        style, element = self.style(), QStyle.PrimitiveElement
        style.drawPrimitive(element.PE_PanelStatusBar, option, painter, self)
        for widget in self._shown_permanent():
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            style.drawPrimitive(element.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().windowText().color())
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.message_rect(), int(align | Qt.TextFlag.TextSingleLine), self.shown_message()
        )


__all__ = ["MIN_CHARS", "NoticeBar", "StatusLine", "elided"]
