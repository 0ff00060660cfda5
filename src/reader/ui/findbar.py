"""The find bar (Ctrl+F): it asks; the main window searches the views and reports the count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.flow_layout import FlowLayout


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in the comparison")
        self.edit.setAccessibleName("Find in the comparison")
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        prev = QToolButton(self)
        prev.setText("Previous")
        prev.setAccessibleName("Find previous")
        nxt = QToolButton(self)
        nxt.setText("Next")
        nxt.setAccessibleName("Find next")
        close = QToolButton(self)
        close.setText("Close")
        close.setAccessibleName("Close the find bar")
        layout.addWidget(self.edit, 1)
        # The buttons and the count wrap under each other when the bar is narrow: side by side,
        # at a large text size, they asked for more than a narrow window's view had, and
        # opening the bar (or a count appearing in it) made the whole window wider.
        buttons = FlowLayout()
        for widget in (prev, nxt, self.status, close):
            buttons.addWidget(widget)
        layout.addLayout(buttons)
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
        self.edit.setAccessibleDescription(self.status.text())

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
