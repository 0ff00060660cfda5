"""The empty state: what the window shows before any article is open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """What the centre shows with no articles open: one sentence, the three ways in (as in the
    toolbar) and, below them, the demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAccessibleName("No articles open")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.addStretch(2)
        self.heading = QLabel("Compare how outlets word the same event", self)
        self.heading.setObjectName("welcomeHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self._size_heading()
        outer.addWidget(self.heading)
        self.body = QLabel(
            "Open two or more articles about one event, or drag their files here.\n"
            "Parallax Reader lines up their claims and marks the wording each outlet adds;\n"
            "one article alone gets its own framing marked.",
            self,
        )
        self.body.setObjectName("muted")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.body)  # no alignment flag: the layout then honours word wrap
        self.open_button = QPushButton("Open Files…", self)
        self.open_button.setAccessibleName("Open article files")
        self.open_button.setDefault(True)
        self.paste_button = QPushButton("Paste Text…", self)
        self.paste_button.setAccessibleName("Paste an article’s text")
        self.url_button = QPushButton("Open URL…", self)
        self.url_button.setAccessibleName("Fetch an article’s web page")
        self.demo_button = QPushButton("Open the Demo", self)
        self.demo_button.setAccessibleName("Open the demo event")
        outer.addSpacing(12)
        # The demo on a line of its own: it is a way to look around, not a way to bring articles
        # in, and four buttons in a row would not fit beside both panels in a narrow window.
        for buttons in (
            (self.open_button, self.paste_button, self.url_button),
            (self.demo_button,),
        ):
            row = QHBoxLayout()
            row.addStretch(1)
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            outer.addLayout(row)
        outer.addStretch(3)

    def _size_heading(self) -> None:
        """The heading half as large again as the panel's text, whatever that is now."""
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.5))
        self.heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (the system's, at run time) sizes the heading again: set once, it
        stayed at the old size, smaller than the text under it after a change to 20 pt. Once
        the style sheet has polished the heading too, which sets back the font it had."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._size_heading)

    def minimumSizeHint(self) -> QSize:
        """Small: the empty state must not make a restored or narrow window wider than it was."""
        return QSize(200, super().minimumSizeHint().height())
