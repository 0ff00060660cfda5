"""The find bar (Ctrl+F): it asks; the main window searches the views and reports the count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.flow_layout import FlowLayout


class FindField(QLineEdit):
    """The find bar's field, asking for room for its whole placeholder.

    A line edit asks for seventeen "x"s, less than "Find in the comparison", so at a large text
    size the bar gave the buttons their room first and cut the placeholder to "Find in the
    com…". Asked for, the room is given when the bar has it; a narrow bar still shrinks it.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        # Qt's hint is seventeen "x"s plus the frame and margins: swap the "x"s for the words.
        frame = hint.width() - 17 * metrics.horizontalAdvance("x")
        wanted = frame + metrics.horizontalAdvance(self.placeholderText())
        return QSize(max(hint.width(), wanted), hint.height())


class FindBar(QWidget):
    """Ctrl+F: find within the comparison; Enter for next, Shift+Enter for previous, Esc to
    close.
    """

    #: text, forward, again: ``again`` is False while the user types (the search then stays on
    #: a match that still matches) and True for Next, Previous and Enter.
    findRequested = Signal(str, bool, bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(10, 4, 10, 4)
        self.edit = FindField(self)
        self.edit.setPlaceholderText("Find in the comparison")
        self.edit.setAccessibleName("Find in the comparison")
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.hide()
        prev = QToolButton(self)
        prev.setText("Previous")
        prev.setAccessibleName("Find previous")
        nxt = QToolButton(self)
        nxt.setText("Next")
        nxt.setAccessibleName("Find next")
        close = QToolButton(self)
        close.setText("Close")
        close.setAccessibleName("Close the find bar")
        self._row.addWidget(self.edit, 1)
        # The buttons and the count wrap under each other when the bar is narrow: side by side,
        # at a large text size, they asked for more than a narrow window's view had, and
        # opening the bar (or a count appearing in it) made the whole window wider.
        self._buttons = FlowLayout()
        for widget in (prev, nxt, self.status, close):
            self._buttons.addWidget(widget)
        self._row.addLayout(self._buttons)
        self.edit.returnPressed.connect(
            lambda: self.findRequested.emit(self.edit.text(), True, True)
        )
        self.edit.textChanged.connect(lambda t: self.findRequested.emit(t, True, False))
        prev.clicked.connect(lambda: self.findRequested.emit(self.edit.text(), False, True))
        nxt.clicked.connect(lambda: self.findRequested.emit(self.edit.text(), True, True))
        close.clicked.connect(self.close_bar)
        self.edit.installEventFilter(self)

    def show_count(self, number: int, total: int) -> None:
        """'2 of 5', or 'Not found'; nothing while the field is empty. Said on the field too,
        where the keys are: a screen reader announces a change to the field in focus, not to a
        label beside it, so a blind reader typing heard nothing of what was found."""
        if not self.edit.text():
            self.status.setText("")
        else:
            self.status.setText(f"{number} of {total}" if total else "Not found")
        # Hidden while empty: an empty label still took its margins and a gap, room the field
        # needed for its placeholder at a large text size.
        self.status.setVisible(bool(self.status.text()))
        self.edit.setAccessibleDescription(self.status.text())
        self._fit_row(self.width())

    def fits_on_one_row(self, width: int) -> bool:
        """Whether the field, at its placeholder's width, and the buttons on one line fit
        side by side in a bar ``width`` pixels wide."""
        margins = self._row.contentsMargins()
        room = width - margins.left() - margins.right() - self._row.spacing()
        return self.edit.sizeHint().width() + self._buttons.sizeHint().width() <= room

    def _fit_row(self, width: int) -> None:
        """Buttons beside the field when all fit, else under it: squeezed beside them, the
        field was cut to "Find in the com…" at a large text size, or to a few letters in a
        narrow window, while under them it has the bar's whole width."""
        one_row = self.fits_on_one_row(width)
        wanted = QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_row(event.size().width())
        super().resizeEvent(event)

    def keyPressEvent(self, event: object) -> None:
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def eventFilter(self, watched: object, event: object) -> bool:
        """Shift+Enter in the field finds backwards. Caught before the field sees it: the field
        reports any Enter as returnPressed (a step forwards) and then passes the key on."""
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.findRequested.emit(self.edit.text(), False, True)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
