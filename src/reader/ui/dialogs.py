"""Dialogs: failed files, paste text, open URL, the crash report and "What the flags mean".

Each dialog is a plain QDialog with accessible names; callers use ``exec()`` so tests can replace
it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import CATEGORY_LABELS
from reader.core.palette import style_for


class FailedFilesDialog(QDialog):
    """Lists every input that could not be opened, one line each with its reason."""

    def __init__(self, failures: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Some files could not be opened")
        self.setAccessibleName("Files that could not be opened")
        self.failures = list(failures)
        layout = QVBoxLayout(self)
        n = len(failures)
        intro = QLabel(
            f"{n} file{'s' if n != 1 else ''} could not be opened. Everything else was opened."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Failed files and reasons")
        self.tree.setHeaderLabels(["File", "Reason"])
        self.tree.setRootIsDecorated(False)
        for name, reason in failures:
            item = QTreeWidgetItem([name, reason])
            item.setToolTip(0, name)
            item.setToolTip(1, reason)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        copy = buttons.addButton("Copy list", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def text(self) -> str:
        return "\n".join(f"{name}: {reason}" for name, reason in self.failures)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


@dataclass(frozen=True, slots=True)
class PastedText:
    text: str
    outlet: str
    title: str
    date: str


class PasteDialog(QDialog):
    """File > Paste Text: an article copied from anywhere, with the outlet and title the user
    knows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article text")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.outlet = QLineEdit(self)
        self.outlet.setPlaceholderText("e.g. Reuters")
        self.outlet.setAccessibleName("Outlet")
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText("Headline (optional)")
        self.title_edit.setAccessibleName("Title")
        self.date = QLineEdit(self)
        self.date.setPlaceholderText("YYYY-MM-DD (optional)")
        self.date.setAccessibleName("Date")
        form.addRow("&Outlet:", self.outlet)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Date:", self.date)
        layout.addLayout(form)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName("Article text")
        self.body.setPlaceholderText("Paste the article's text here")
        self.body.setTabChangesFocus(True)
        layout.addWidget(self.body, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add article")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.body.textChanged.connect(self._update)
        self.outlet.textChanged.connect(self._update)
        self._update()
        self.resize(620, 520)

    def _update(self) -> None:
        ok = bool(self.body.toPlainText().strip()) and bool(self.outlet.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> PastedText:
        return PastedText(
            self.body.toPlainText(),
            self.outlet.text().strip(),
            self.title_edit.text().strip(),
            self.date.text().strip(),
        )


class OpenUrlDialog(QDialog):
    """File > Open URL: the address, and optionally the outlet's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open URL")
        layout = QVBoxLayout(self)
        note = QLabel(
            "Parallax Reader fetches this one page now and keeps a copy in your library, so it"
            " works"
            " offline from then on. Nothing else is sent anywhere."
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout.addWidget(note)
        form = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.url.setAccessibleName("Address of the page")
        self.outlet = QLineEdit(self)
        self.outlet.setPlaceholderText("Taken from the page when empty")
        self.outlet.setAccessibleName("Outlet")
        form.addRow("&Address:", self.url)
        form.addRow("&Outlet:", self.outlet)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Fetch")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(t.strip())
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.resize(520, 180)


class CrashDialog(QDialog):
    """Shown by the excepthook: says the work was saved and offers a report to copy."""

    def __init__(
        self, summary: str, report: str, saved: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Parallax Reader ran into a problem")
        self.report = report
        layout = QVBoxLayout(self)
        msg = QLabel(
            f"<b>Something went wrong inside Parallax Reader.</b><br>{html.escape(summary)}<br><br>"
            f"{html.escape(saved)} You can keep working; if it happens again, please send the"
            " report"
            " below to the developers."
        )
        msg.setWordWrap(True)
        msg.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(msg)
        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Error report")
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton("Copy report", self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)


HELP_INTRO = (
    "Parallax Reader lines up what several outlets wrote about the same event and marks where their"
    " wording differs and where a known framing device appears. It shows wording; it does not rate"
    " outlets, check facts or decide who is right. Every mark explains itself: hover over it, or"
    " click"
    " it to see the explanation and what the other outlets wrote in the same place."
)

HELP_CATEGORIES = {
    "label": "A title or epithet attached to a person or group (“dictator”, “regime”) where the"
    " others use a neutral name or title.",
    "loaded": "An emotive or value-laden word where a neutral one would carry the same fact.",
    "intensifier": "A word that turns up the volume (“massive”, “utterly”) without adding a fact.",
    "hedge": "A word that casts doubt without saying who doubts (“supposed”, “so-called”).",
    "attribution": "A reporting verb that judges the speaker (“claimed”, “admitted”) where “said”"
    " would be neutral.",
    "scare-quote": "Quotation marks around a single word or phrase that signal distance or irony.",
    "opinion": "A judgement written as the outlet's own voice, attributed to no one.",
    "unique-claim": "A claim only this outlet carries (or one the others leave out).",
}


def help_html(dark: bool = False) -> str:
    rows = []
    for cat, label in CATEGORY_LABELS.items():
        st = style_for(cat)
        tint = st.tint_dark if dark else st.tint_light
        rows.append(
            f"<tr><td style='padding:4px 8px; background:{tint}; border-bottom:2px solid"
            f" {st.colour}'>"
            f"<b style='color:{st.colour}'>{st.marker}</b></td>"
            f"<td style='padding:4px 8px'><b>{html.escape(label)}</b> ({st.underline}"
            " underline)<br>"
            f"{html.escape(HELP_CATEGORIES.get(cat, ''))}</td></tr>"
        )
    return (
        "<h2>What the flags mean</h2>"
        f"<p>{html.escape(HELP_INTRO)}</p>"
        "<p><b>Differences.</b> Words one outlet uses and the others do not are set in a slightly"
        " heavier weight on a quiet background. A cell reading “not reported by …” means that"
        " outlet"
        " has nothing matching that claim; a bar on the left and “Only in …” mark a claim one"
        " outlet"
        " carries alone.</p>"
        "<p><b>Framing devices.</b> Each has a colour, an underline style and a letter, so they"
        " stay"
        " distinct in greyscale and for colour-blind readers:</p>"
        f"<table cellspacing='0'>{''.join(rows)}</table>"
        "<p><b>Keys.</b> F7 / Shift+F7: next / previous difference. F8 / Shift+F8: next / previous"
        " flag. Ctrl+F: find. Ctrl++ / Ctrl+−: text size.</p>"
        "<p>A flag is a prompt to look closer, not a verdict: words inside quotations are the"
        " speaker's, and a label can be accurate. Read the counterparts and judge for yourself.</p>"
    )


class HelpDialog(QDialog):
    def __init__(self, dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What the flags mean")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("What the flags mean")
        self.browser.setHtml(help_html(dark))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 620)
