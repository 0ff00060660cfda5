"""The toolbar's button for the actions that do not fit: seen, and as large as the text.

Qt moves the toolbar's actions that do not fit behind an extension button at its right end, but
Fusion makes that button 12 px wide whatever the text size, and the stylesheet's 8 px padding on
each side of a toolbar button left its arrow no room at all: with a large system font the last
actions fell off the window's edge with nothing to click to reach them. The button is now as
wide as a line of the toolbar's text is tall and says "»" in the text's colour.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QToolBar,
    QToolButton,
    QWidget,
)

#: Qt's own name for a toolbar's extension button (the stylesheet takes its padding off too).
EXTENSION_NAME: Final = "qt_toolbar_ext_button"
OVERFLOW_TEXT: Final = "»"
OVERFLOW_TIP: Final = "More tools"


class _OverflowStyle(QProxyStyle):
    """The application's style, but with an extension button sized from the toolbar's font,
    which Fusion's fixed 12 px ignores."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_ToolBarExtensionExtent:
            font = widget.font() if widget is not None else QApplication.font()
            return max(super().pixelMetric(metric, option, widget), QFontMetrics(font).height())
        return super().pixelMetric(metric, option, widget)


def overflow_button(toolbar: QToolBar) -> QToolButton | None:
    """The toolbar's extension button, which Qt makes with the toolbar."""
    return toolbar.findChild(QToolButton, EXTENSION_NAME)


def show_overflow_button(toolbar: QToolBar, owner: QWidget) -> None:
    """Make ``toolbar``'s extension button big enough to see and to hit at any text size and
    let it say what it holds. ``owner`` keeps the style alive: the window, whose children go in
    the order they were made, so the toolbar before the style it uses."""
    style = _OverflowStyle(QApplication.style().name())
    style.setParent(owner)
    # The toolbar's layout asks the toolbar's style for the button's width, the button its own.
    toolbar.setStyle(style)
    button = overflow_button(toolbar)
    if button is None:
        return
    button.setStyle(style)
    button.setIcon(QIcon())  # Fusion's grey arrow was faint on the dark theme
    button.setText(OVERFLOW_TEXT)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setToolTip(OVERFLOW_TIP)
    button.setAccessibleName(OVERFLOW_TIP)


__all__ = ["EXTENSION_NAME", "OVERFLOW_TEXT", "overflow_button", "show_overflow_button"]
