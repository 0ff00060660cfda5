"""The side panels' close and float buttons, as large as the panel's title text.

Fusion sizes a panel's title buttons from its small-icon size (16 px) whatever the text size and
draws a 10 px glyph in them: with a 20 pt system font the Library and Details panels kept an
18x14 px target beside a 31 px line of title text, far harder to hit than any other button. The
buttons are now a line of the title's text high and wide, and their sign is drawn at that size in
the text's colour, as Fusion's own grey pixmaps cannot be.
"""

from __future__ import annotations

from math import ceil
from typing import Final

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QIcon,
    QIconEngine,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionDockWidget,
    QStylePainter,
    QWidget,
)

#: The share of a button's side left around its icon.
MARGIN_SHARE: Final = 0.1
#: What a framed title button's icon size is to the size it draws its sign at (Qt's 16 to 10).
FRAMED_ICON: Final = 8 / 5
#: Qt's own names for a panel's title buttons.
BUTTON_NAMES: Final = ("qt_dockwidget_closebutton", "qt_dockwidget_floatbutton")

_PM = QStyle.PixelMetric
_SP = QStyle.StandardPixmap


def button_side(widget: QWidget) -> int:
    """A title button's side: a line of the panel's title text."""
    return QFontMetrics(widget.font()).height()


class _SignEngine(QIconEngine):
    """A close (x) or float (two frames) sign drawn at any size in the palette's text colour,
    read when it is drawn, so a change of theme recolours it."""

    def __init__(self, sign: QStyle.StandardPixmap) -> None:
        super().__init__()
        self._sign = sign

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QApplication.palette()
        role = palette.ColorRole.WindowText
        group = (
            palette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else palette.ColorGroup.Normal
        )
        pen = QPen(palette.color(group, role), max(1.5, rect.height() / 12))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        box = QRectF(rect).adjusted(*(rect.width() * f for f in (0.16, 0.16, -0.16, -0.16)))
        if self._sign == _SP.SP_TitleBarCloseButton:
            painter.drawLine(box.topLeft(), box.bottomRight())
            painter.drawLine(box.topRight(), box.bottomLeft())
        else:
            shift = box.width() / 3
            painter.drawRect(box.adjusted(shift, 0, 0, -shift))
            painter.drawRect(box.adjusted(0, shift, -shift, 0))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SignEngine(self._sign)


class _PanelButtonStyle(QProxyStyle):
    """The application's style, but with a panel's title buttons sized from its font.

    Qt asks two widgets: the panel, for each button's place (its icon size and one margin), and
    the button, for its own size (two margins and 5/8 of its icon size, as Fusion frames it) and
    for the size its sign is drawn at (the same 5/8). Both come out a line of text square.
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        least = super().pixelMetric(metric, option, widget)
        if widget is None or metric not in (
            _PM.PM_SmallIconSize,
            _PM.PM_DockWidgetTitleBarButtonMargin,
        ):
            return least
        side = button_side(widget)
        margin = max(
            super().pixelMetric(_PM.PM_DockWidgetTitleBarButtonMargin, option, widget),
            round(side * MARGIN_SHARE),
        )
        if metric == _PM.PM_DockWidgetTitleBarButtonMargin:
            return margin
        if isinstance(widget, QDockWidget):
            return max(least, side - margin)
        return max(least, ceil((side - 2 * margin) * FRAMED_ICON))

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if standardIcon in (_SP.SP_TitleBarCloseButton, _SP.SP_TitleBarNormalButton):
            return QIcon(_SignEngine(standardIcon))
        return super().standardIcon(standardIcon, option, widget)


class PanelDock(QDockWidget):
    """A side panel whose title is drawn in the panel's font as it is now.

    Qt keeps the font a panel had when it was made and draws the title in it for as long as the
    panel's font is the application's, so a change of the app's text size at run time left the
    titles at the old size beside title buttons (and everything else) at the new one."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isFloating() or self.titleBarWidget() is not None:
            super().paintEvent(event)  # the window's own frame, or a title of its own
            return
        option = QStyleOptionDockWidget()
        self.initStyleOption(option)
        option.fontMetrics = QFontMetrics(self.font())
        painter = QStylePainter(self)
        painter.setFont(self.font())
        painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, option)


def title_buttons(dock: QDockWidget) -> list[QWidget]:
    """The panel's close and float buttons, which Qt makes with the panel."""
    return [b for name in BUTTON_NAMES if (b := dock.findChild(QWidget, name)) is not None]


def size_title_buttons(window: QWidget) -> None:
    """Size every panel's title buttons in ``window`` from the panel's font. ``window`` keeps
    the style alive; it is made after the panels, so they are gone before it."""
    style = _PanelButtonStyle(QApplication.style().name())
    style.setParent(window)
    for dock in window.findChildren(QDockWidget):
        # The panel's layout asks the panel's style for each button's place, the button its own
        # style for its sign's size.
        dock.setStyle(style)
        for button in title_buttons(dock):
            button.setStyle(style)


__all__ = ["BUTTON_NAMES", "PanelDock", "button_side", "size_title_buttons", "title_buttons"]
