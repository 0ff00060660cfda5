"""The toolbar's button for the actions that do not fit: seen, and as large as the text.

Qt moves the toolbar's actions that do not fit behind an extension button at its right end, but
Fusion makes that button 12 px wide whatever the text size, and the stylesheet's 8 px padding on
each side of a toolbar button left its arrow no room at all: with a large system font the last
actions fell off the window's edge with nothing to click to reach them. The button is now as
wide as a line of the toolbar's text is tall and says "»" in the text's colour.

Qt hides the actions from the end of the toolbar first, and there sat the arrows through
differences and flags, which a reader uses far more than Paste Text or Open URL. While the
toolbar is too narrow, :class:`OverflowOrder` moves the less-used actions to its end, so they
are the ones behind "»"; the actions still seen keep their order, and with room again every
action goes back to its place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFontMetrics, QIcon
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


def first_out(
    widths: Sequence[int], spare: Sequence[int], space: int, spacing: int, extension: int
) -> list[int]:
    """Which of the toolbar's items (by index, widths in order) to move behind the extension
    button so that all the others fit in ``space``: the fewest of ``spare``, taken in its order,
    none when everything fits. As Qt lays a toolbar out, the items shown are ``spacing`` apart
    and, while any is hidden, leave room for the ``extension`` button after one more spacing."""
    out: list[int] = []
    for index in [None, *spare]:
        if index is not None:
            out.append(index)
        kept = [w for i, w in enumerate(widths) if i not in out]
        needed = sum(kept) + spacing * max(len(kept) - 1, 0)
        if needed + (spacing + extension if out else 0) <= space:
            return out
    return out


class OverflowOrder(QObject):
    """Keeps ``spare`` (the toolbar's less-used actions) at the toolbar's end while it is too
    narrow for all its actions, so that Qt hides them first, and in their places otherwise.
    Laid out again whenever the toolbar's width or its buttons' sizes change."""

    def __init__(self, toolbar: QToolBar, spare: Sequence[QAction]) -> None:
        """``spare`` in the order they go: the least used first."""
        super().__init__(toolbar)
        self.toolbar = toolbar
        #: Every action in the order the toolbar shows them when there is room for all.
        self.natural = list(toolbar.actions())
        self.spare = [a for a in spare if a in self.natural]
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the toolbar's layout handles the event: it then lays out the new order.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.arrange()
        return False

    def arrange(self) -> None:
        """Put the actions in the order that lets the most-used ones fit, moving only those
        whose place changes (a moved action gets a new button)."""
        wanted = self.wanted_order()
        if wanted != self.toolbar.actions():
            self._move_spare_actions(wanted)

    def wanted_order(self) -> list[QAction]:
        """The natural order, with the spare actions that must go behind "»" moved to the end."""
        shown = [a for a in self.natural if a.isVisible()]
        layout = self.toolbar.layout()
        if layout is None:
            return self.natural
        margins = layout.contentsMargins()
        extent = self.toolbar.style().pixelMetric(
            QStyle.PixelMetric.PM_ToolBarExtensionExtent, None, self.toolbar
        )
        out = first_out(
            [self._width(a) for a in shown],
            [shown.index(a) for a in self.spare if a in shown],
            self.toolbar.width() - margins.left() - margins.right(),
            layout.spacing(),
            extent,
        )
        moved = [a for a in self.natural if a in shown and shown.index(a) in out]
        return [a for a in self.natural if a not in moved] + moved

    def _width(self, action: QAction) -> int:
        """The width Qt's toolbar layout gives the action's button (or separator), hidden or
        not: a button's smallest size is its size hint."""
        widget = self.toolbar.widgetForAction(action)
        return widget.sizeHint().width() if widget is not None else 0

    def _move_spare_actions(self, wanted: list[QAction]) -> None:
        for action in self.spare:
            self.toolbar.removeAction(action)
        # From the end, so that the action each one goes before is already in place.
        for i in reversed(range(len(wanted))):
            if wanted[i] in self.spare:
                after = wanted[i + 1] if i + 1 < len(wanted) else None
                if after is None:
                    self.toolbar.addAction(wanted[i])
                else:
                    self.toolbar.insertAction(after, wanted[i])


__all__ = [
    "EXTENSION_NAME",
    "OVERFLOW_TEXT",
    "OverflowOrder",
    "first_out",
    "overflow_button",
    "show_overflow_button",
]
