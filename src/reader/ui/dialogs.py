"""Dialogs: failed files, paste text, open URL, the crash report, "What the flags mean" and
article details.

Each dialog is a plain QDialog with accessible names; callers use ``exec()`` so tests can replace
it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Final, Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import (
    CATEGORY_DESCRIPTIONS,
    CATEGORY_LABELS,
    CATEGORY_SHORT_LABELS,
    LEXICAL_CATEGORIES,
    UNKNOWN_OUTLET,
)
from reader.core.overview import UNIQUE
from reader.core.palette import UNDERLINE_WORDS, style_for
from reader.ui.controller import ANALYSIS, PASTED_TEXT
from reader.ui.theme import readable
from reader.ui.typography import curly

#: Failures listed by name in the several-failures box; the rest are under Show Details.
MAX_LISTED = 8
#: Longest name shown; longer ones lose their middle (the full one is under Show Details).
MAX_NAME_CHARS = 60
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: The number a shared outlet name gets after its first use ("Unknown outlet (2)").
_NUMBERED = re.compile(r" \(\d+\)$")
#: Ends of a sentence that already has its own stop ("are you offline?").
_STOPS = (".", "?", "!", "…")

FailureKind = Literal["file", "text", "page", "analysis", "input"]


#: A message box's text at a width a sentence reads at: the box's own choice, about 400 px,
#: holds five words a line at a 20 pt font.
READABLE_LABEL = "QLabel#qt_msgbox_label { min-width: 20em; }"


def failure_kind(what: str) -> FailureKind:
    """What the user gave, from how the controller names it: a path, a web address, pasted text,
    the analysis, or (from a job that failed as a whole) an input."""
    if what == PASTED_TEXT:
        return "text"
    if what == ANALYSIS:
        return "analysis"
    if what == "Input":
        return "input"
    return "page" if _SCHEME.match(what) else "file"


def _short(name: str) -> str:
    if len(name) <= MAX_NAME_CHARS:
        return name
    half = (MAX_NAME_CHARS - 1) // 2
    return f"{name[:half]}…{name[-half:]}"


def failure_name(what: str) -> str:
    """A file's name without its folder, an address without its scheme: what the user
    recognises."""
    kind = failure_kind(what)
    if kind == "file":
        return _short(PurePath(what).name or what)
    if kind == "page":
        return _short(_SCHEME.sub("", what).rstrip("/"))
    return what


def reason_sentence(reason: str) -> str:
    """A one-line reason ("problem; what to do") as sentences: "Problem. What to do." A part that
    ends in its own "?" or "!" keeps it and gets no full stop ("Are you offline?", not "?.")."""
    problem, _, advice = reason.partition("; ")
    text = _full_stop(problem)
    if advice:
        text += " " + _full_stop(advice[:1].upper() + advice[1:])
    return text


def _full_stop(sentence: str) -> str:
    sentence = sentence.rstrip()
    return sentence if sentence.endswith(_STOPS) else sentence + "."


def failure_sentence(what: str, reason: str) -> str:
    """One failure as the one sentence a message box shows: "scriptonly.html can't be opened: no
    article found on this page. Open the article's own page or save the article as text." """
    kind = failure_kind(what)
    subject = {
        "file": f"{failure_name(what)} can’t be opened",
        "text": "The pasted text can’t be added",
        "page": f"The page {failure_name(what)} can’t be opened",
        "analysis": "The articles could not be compared",
        "input": "An article can’t be opened",
    }[kind]
    return f"{subject}: {after_colon(reason)}"


def after_colon(reason: str) -> str:
    """The reason as the end of a sentence that already has a colon ("x can't be opened: …"): its
    own first colon becomes a dash, so the sentence reads "binary data, not text — this file …"."""
    return reason_sentence(reason.replace(": ", " — ", 1))


def failures_title(failures: list[tuple[str, str]]) -> str:
    kinds = {failure_kind(what) for what, _ in failures}
    if len(failures) == 1:
        return {
            "file": "Can’t open the file",
            "text": "Can’t add the text",
            "page": "Can’t open the page",
            "analysis": "Can’t compare the articles",
            "input": "Can’t open the article",
        }[kinds.pop()]
    return (
        "Some files could not be opened" if kinds == {"file"} else "Some items could not be added"
    )


class FailedFilesDialog(QMessageBox):
    """What could not be opened, and why, in the user's terms.

    One failure is one sentence ("scriptonly.html can't be opened: …"); several are a word-wrapped
    list of names and reasons, with full paths under Show Details. It says nothing about what else
    was opened: the window shows that, and a box that claims it would sometimes be wrong.
    """

    def __init__(self, failures: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failures = list(failures)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(failures_title(self.failures))
        self.setAccessibleName(self.windowTitle())
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        if len(self.failures) == 1:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(failure_sentence(*self.failures[0]))
            # Wrapped at the box's own width, the one sentence ran down eight lines at 20 pt.
            self.setStyleSheet(READABLE_LABEL)
        else:
            self._list_several()

    def _list_several(self) -> None:
        n = len(self.failures)
        files = all(failure_kind(what) == "file" for what, _ in self.failures)
        # Rich text for the list; Qt 6 gives the main and the informative text one format.
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            f"{n} files could not be opened:" if files else f"{n} items could not be added:"
        )
        items = "".join(
            f"<li><b>{html.escape(failure_name(what))}</b> — {html.escape(reason_sentence(reason))}"
            "</li>"
            for what, reason in self.failures[:MAX_LISTED]
        )
        more = n - MAX_LISTED
        rest = f"<p>…and {more} more (Show Details… lists them all).</p>" if more > 0 else ""
        self.setInformativeText(f"<ul style='-qt-list-indent: 1'>{items}</ul>{rest}")
        # A message box sizes itself to its first line; a list of reasons needs room to read.
        self.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 26em; }")
        if more > 0 or any(failure_name(what) != what for what, _ in self.failures):
            self.setDetailedText(self.text_list())

    def text_list(self) -> str:
        """Every failure with its full path or address, one a line (Show Details, the clipboard)."""
        return "\n".join(f"{name}: {reason}" for name, reason in self.failures)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text_list())


def about_text(name: str, version: str) -> str:
    """One paragraph, the version held to the name by a non-breaking space."""
    return (
        f"<p><b>{html.escape(name)}</b>&nbsp;{html.escape(version)} compares how outlets word the"
        " same event: it shows wording differences and known framing devices, and does not rate"
        " outlets or decide who is right.</p>"
    )


class AboutBox(QMessageBox):
    """Help › About: the name, the version and what the app does and does not do.

    ``QMessageBox.about`` wrapped its text at a width of its own: at a 20 pt font the version
    went on a line of its own under the name, and the sentence after it ran down a narrow column
    of nine lines. Here the text is one paragraph with room to be read as one."""

    def __init__(self, name: str, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {name}")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(about_text(name, version))
        icon = self.windowIcon()
        if not icon.isNull():
            self.setIconPixmap(icon.pixmap(64, 64))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setStyleSheet(READABLE_LABEL)


#: Room each side of a line edit's text, for its frame and text margins, with a little to spare.
PLACEHOLDER_PADDING = 12


def open_tall_enough(dialog: QDialog, width: int, least: int = 0) -> None:
    """Size ``dialog`` ``width`` wide and as tall as its layout needs at that width (``least``
    at the fewest). A dialog's own minimum does not count the height wrapped text takes at its
    width: at a 20 pt system font Open URL's note and Edit Article Details' hint were cut short,
    and the boxes under them squeezed until their text was cut in half."""
    layout = dialog.layout()
    if layout is None:
        dialog.resize(width, least)
        return
    layout.activate()
    dialog.resize(width, max(least, layout.totalHeightForWidth(width)))


@dataclass(frozen=True, slots=True)
class PastedText:
    text: str
    outlet: str
    title: str
    date: str


#: Under pasted text while no outlet is named: why Add is not yet on, and what to do.
NAME_THE_OUTLET = "Name the outlet above to add this text: its column and its flags carry the name."
#: Said under an empty box (or one of only spaces) once the reader tried to go on without text:
#: the greyed Add button alone did not say what it waits for.
PASTE_THE_TEXT = "Nothing to add yet: paste the article’s text in the box above."
#: How focus leaves the box when the reader moves on (not when they switch to another window to
#: copy the article, which is no attempt to go on without it).
_MOVED_ON: Final = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.MouseFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)
_ENTER_KEYS: Final = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class PasteDialog(QDialog):
    """File > Paste Text: an article copied from anywhere, with the outlet and title the user
    knows.

    The dialog opens in the text box, since pasting is what the user came to do (opened in the
    Outlet field, Ctrl+V put a whole article into that one line). Pasted text with no outlet
    named says so under it: pasted text has no byline or file name to name one, and Add waits.
    An empty box (or one of only spaces) says so too, but only once the reader tried to go on
    (left the box, or pressed Enter), so the dialog opens calm.
    ``check(text, outlet)`` says why the text cannot be added (or ""); the dialog then stays open
    with that one line under the text, so nothing pasted is lost.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        check: Callable[[str, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article text")
        self.check = check
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
        self.body.setPlaceholderText("Paste the article’s text here")
        self.body.setTabChangesFocus(True)
        layout.addWidget(self.body, 1)
        self.outlet_hint = QLabel(NAME_THE_OUTLET, self)
        self.outlet_hint.setWordWrap(True)
        self.outlet_hint.setObjectName("muted")
        layout.addWidget(self.outlet_hint)
        self.empty_hint = QLabel(PASTE_THE_TEXT, self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("muted")
        layout.addWidget(self.empty_hint)
        #: Whether the reader tried to go on with no text: only then does the empty hint show.
        self._tried = False
        for widget in (self.body, self.outlet, self.title_edit, self.date):
            widget.installEventFilter(self)
        self.problem = ProblemLine(self)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add article")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.body.textChanged.connect(self._update)
        self.outlet.textChanged.connect(self._update)
        self.date.textChanged.connect(self._update)
        self._update()
        self.body.setFocus()
        self.resize(620, 520)

    def _update(self) -> None:
        text, outlet = bool(self.body.toPlainText().strip()), bool(self.outlet.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(text and outlet)
        self.outlet_hint.setVisible(text and not outlet)
        self.empty_hint.setVisible(self._tried and not text)
        self.problem.show_problem("")  # an edit may have fixed it; Add says again if not

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note an attempt to go on without text: leaving the box, or Enter anywhere."""
        if self._is_attempt(watched, event) and not self.body.toPlainText().strip():
            self._tried = True
            self._update()
        return super().eventFilter(watched, event)

    def _is_attempt(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            return isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS
        if event.type() == QEvent.Type.FocusOut and watched is self.body:
            return isinstance(event, QFocusEvent) and event.reason() in _MOVED_ON
        return False

    def accept(self) -> None:
        """Add only text that can become an article; otherwise say why and stay open."""
        problem = self.find_problem()
        if problem:
            self.problem.show_problem(problem)
            self.body.setFocus()
            return
        super().accept()

    def find_problem(self) -> str:
        v = self.value()
        if not valid_date(v.date):
            return "Write the date as YYYY-MM-DD, or leave it empty."
        reason = self.check(v.text, v.outlet) if self.check is not None else ""
        return f"This text can’t be added: {after_colon(reason)}" if reason else ""

    def value(self) -> PastedText:
        return PastedText(
            self.body.toPlainText(),
            self.outlet.text().strip(),
            self.title_edit.text().strip(),
            self.date.text().strip(),
        )


class ProblemLine(QWidget):
    """A warning icon and one word-wrapped line saying what is wrong; hidden when nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName("Problem with the text")
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()


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
        open_tall_enough(self, max(520, self._width_for_placeholders(layout, form)), 180)

    def _width_for_placeholders(self, layout: QVBoxLayout, form: QFormLayout) -> int:
        """Wide enough for each box's hint whole: at a 20 pt system font 520 px cut the outlet's
        "Taken from the page when empty" to "Taken from the page wh…"."""
        margins = layout.contentsMargins()
        spacing = form.horizontalSpacing()
        if spacing < 0:  # the style's, as the form lays it out
            spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        boxes = (self.url, self.outlet)
        labels = [form.labelForField(box) for box in boxes]
        label_column = max((label.sizeHint().width() for label in labels if label), default=0)
        hint = max(box.fontMetrics().horizontalAdvance(box.placeholderText()) for box in boxes)
        widest = label_column + max(spacing, 0) + hint + 2 * PLACEHOLDER_PADDING
        return margins.left() + margins.right() + widest


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
        copy = QPushButton("Copy Report", self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)


HELP_INTRO = (
    "Parallax Reader lines up what several outlets wrote about the same event and marks where their"
    " wording differs and where a known framing device appears. Every mark explains itself: hover"
    " over it, or click it to see the explanation and what the other outlets wrote in the same"
    " place."
)


def _a(label: str) -> str:
    """A kind's name as the Help's sentences say it ("an added detail"), so it reads as the
    name under the marks below, which a reader looks up."""
    article = "an" if label[:1].casefold() in "aeiou" else "a"
    return f"{article} {label.casefold()}"


#: What the tool can and cannot tell, in the reader's words (issue 9 item 5).
HELP_CAN = (
    "Which words one outlet uses where the others use different ones.",
    "Known framing devices, each with its mark below: "
    + ", ".join(CATEGORY_LABELS[c].lower() for c in (*LEXICAL_CATEGORIES, "opinion")[:-1])
    + f" and {CATEGORY_LABELS['opinion'].lower()}.",
    "Which claims only one outlet carries, and which ones it leaves out.",
    "Where one outlet adds a detail to a claim the others report too"
    f" ({_a(CATEGORY_LABELS['detail'])}), or gives a fact differently: another number, a vote"
    " without the count the others give, or the opposite outcome, “rose” where they write “fell”"
    f" ({_a(CATEGORY_LABELS['figure'])}); which one is right is for you to check.",
)
HELP_CANNOT = (
    "It does not rate outlets, score bias or decide who is right.",
    "It does not check facts: a plain sentence can be false and a flagged one accurate.",
    "It does not read tone, pictures, the placement of a story or what a reporter chose not"
    " to ask.",
)

#: (an invented example, its tint's colour name) per category; the examples are our own sentences.
_HELP_EXAMPLES: dict[str, tuple[str, str]] = {
    "label": ("“the dictator Xi Jinping” beside “President Xi Jinping”", "orange"),
    "loaded": ("“rammed through” where others write “passed”", "amber"),
    "intensifier": ("“a massive blow”, “utterly rejected”", "pink"),
    "hedge": ("“a supposed framework”, “so-called talks”", "blue"),
    "attribution": (
        "“the minister claimed the plan would work” beside “the minister said …”",
        "green",
    ),
    "scare-quote": ("a “peace plan”", "brick red"),
    "opinion": ("“It is a reckless gamble.” with no speaker named", "olive"),
    "detail": ("“Mendes, who earns $210,000 a year, said …” beside “Mendes said …”", "grey"),
    "figure": (
        "“tens of thousands of residents fled” beside “about 4,000 residents fled”; “turnout"
        " rose” beside “turnout fell”",
        "purple",
    ),
    UNIQUE: ("a grey bar and “Only in …” above the claim", "grey"),
}
#: (what it is, an invented example, colour name) per category: what it is in the words every
#: other place uses (:data:`reader.core.model.CATEGORY_DESCRIPTIONS`).
HELP_CATEGORIES: dict[str, tuple[str, str, str]] = {
    cat: (curly(CATEGORY_DESCRIPTIONS[cat]), *_HELP_EXAMPLES[cat]) for cat in CATEGORY_LABELS
}


def _legend_name(category: str) -> str:
    """How the Help says which short name a kind's legend chip shows, when it is not the full
    name ("" then), so a reader can match "Verb" in the legend to "Reporting verb" here."""
    name = CATEGORY_LABELS.get(category, category)
    short = CATEGORY_SHORT_LABELS.get(category, name)
    shown_in_legend = category != UNIQUE  # its bar labels itself; it has no chip
    return f"“{short}” in the legend; " if shown_in_legend and short != name else ""


def help_html(dark: bool = False, keys: Mapping[str, QAction] | None = None) -> str:
    """The "What the flags mean" page: calm, short, and honest about what the tool cannot tell.

    ``keys`` are the window's actions by their role in :data:`KEYS_NOTE` (see
    ``MainWindow.help_keys``): the page names the keys they have on this system, Cmd and Option
    on a Mac, so it never tells a reader to press a key the window does not answer."""
    keys = keys or {}
    marks = key_names(keys["marks"]) if "marks" in keys else ""
    rows = []
    for cat, label in CATEGORY_LABELS.items():
        st = style_for(cat)
        tint = st.tint_dark if dark else st.tint_light
        what, example, colour = HELP_CATEGORIES.get(cat, ("", "", ""))
        rows.append(
            f"<tr><td style='padding:6px 8px; background:{tint}; border-bottom:2px solid"
            f" {st.colour}' valign='top'><b style='color:{readable(st.colour, dark).name()}'>"
            f"{st.marker}</b></td>"
            f"<td style='padding:6px 10px' valign='top'><b>{html.escape(label)}</b>"
            f" <span style='color:{'#B8B8B8' if dark else '#5A5A5A'}'>—"
            f" {html.escape(_legend_name(cat))}{colour} tint,"
            f" {UNDERLINE_WORDS.get(st.underline, st.underline)} underline,"
            f" marker {st.marker}</span><br>{html.escape(what)}<br>"
            f"<i>Example: {html.escape(example)}</i></td></tr>"
        )
    can = "".join(f"<li>{html.escape(x)}</li>" for x in HELP_CAN)
    cannot = "".join(f"<li>{html.escape(x)}</li>" for x in HELP_CANNOT)
    return (
        "<h2>What the flags mean</h2>"
        f"<p>{html.escape(HELP_INTRO)}</p>"
        f"<h3>What it can show</h3><ul>{can}</ul>"
        f"<h3>What it cannot tell</h3><ul>{cannot}</ul>"
        "<h3>The marks</h3>"
        "<p>Each device has its own colour and letter and an underline; the letter keeps the"
        " marks apart in greyscale print and for colour-blind readers, where two underlines or"
        " two colours look alike.</p>"
        f"<table cellspacing='0'>{''.join(rows)}</table>"
        "<h3>Reading the marks</h3>"
        "<p><b>Quotations.</b> Words inside quotation marks are the speaker’s, not the outlet’s,"
        " and so is what a named speaker is reported to have said (“Trump called the senator a"
        " liar”, “The minister said the plan was a sham”). In an interview set out as questions"
        " and answers (“Q: … A: …”, “HOST: … RUIZ: …”) the answers are the interviewee’s words,"
        " and a question put to someone who answers is not a rhetorical one. “Critics say” names"
        " no one, so that stays the outlet’s. They keep their underline and letter but get no"
        " tint, so the outlet’s own wording is what stands out, and the details say whose words"
        " they are."
        " View › Show Flags › Speakers’ words, or the “Speakers’ words” chip at the end of the"
        " legend, hides them.</p>"
        "<p><b>Headlines.</b> Each headline is read the same way. Its marks show in the title"
        " line above each column, and the Overview sets the headlines side by side with what each"
        " mark means.</p>"
        "<p><b>Differences.</b> Words one outlet uses and the others do not are set slightly"
        " heavier on a quiet background. A claim worded differently throughout is marked"
        " “reworded” instead of shaded word by word; a phrase or clause it adds that the others"
        " have nothing like is still shaded. Where one outlet is flagged, what the others wrote in"
        " the same place is outlined with a dotted line (darker while that flag is the current"
        " one), so the pair reads at a glance. The legend’s “Different wording” chip (in the"
        " Aligned view) or View › Show Flags › Different wording hides the shading and the"
        " captions, and View › Show Flags › Only this outlet the “Only in …” bars.</p>"
        "<p><b>A clean copy.</b> View › Show Framing Marks"
        + (f" ({html.escape(marks)})" if marks else "")
        + " hides every mark at"
        " once, differences and “Only in …” bars too, for students to read before they see"
        " the marks; the rows stay lined up. The note in the legend brings the marks back as"
        " the chips left them.</p>"
        + _keys_note(keys)
        + "<p>A flag is a prompt to look closer, not a verdict: a label can be accurate and a plain"
        " sentence can mislead. Read what the other outlets wrote and judge for yourself.</p>"
    )


#: The Keys note of the Help, in its order: the roles of the actions whose keys are named
#: (``MainWindow.help_keys``), then what those keys do.
KEYS_NOTE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("open", "url", "paste"), "open files, a web address, pasted text"),
    (("new",), "a new comparison"),
    (("aligned", "reading", "overview"), "the Aligned view, the Reading view, the Overview"),
    (("next_diff", "prev_diff"), "next / previous difference"),
    (("next_flag", "prev_flag"), "next / previous flag"),
    (("find",), "find"),
    (
        ("copy", "select_all"),
        "copy / select all in the text or list in focus (the aligned view copies its rows, a"
        " tab between outlets)",
    ),
    (("zoom_in", "zoom_out", "zoom_reset"), "larger, smaller, actual text size"),
    (("marks",), "show or hide the marks"),
    (("library", "details", "annotations"), "the Library, Details and Annotations panels"),
    (
        ("rename_event", "delete_event"),
        "rename / delete the event selected in the Library panel’s list",
    ),
    (("undo", "redo"), "undo / redo an annotation; Undo also brings back a deleted event"),
    (("edit_details",), "edit the current article’s outlet, title, author and date"),
    (("print",), "print the report"),
    (("help",), "this page"),
)


def key_names(action: QAction) -> str:
    """An action's key as its menu shows it on this system ("Ctrl+Shift+A", "⇧⌘A" on a Mac),
    and a second one in brackets when it has one ("Ctrl++ (or Ctrl+=)"); a third is a legacy
    spare (Ctrl+Insert for Copy) a reader does not need to learn."""
    native = QKeySequence.SequenceFormat.NativeText
    names = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
    if not names:
        return ""
    return names[0] + (f" (or {names[1]})" if len(names) > 1 else "")


def _keys_note(keys: Mapping[str, QAction]) -> str:
    """The Keys paragraph: each group of keys the window has, then what they do ("" when the
    window gave none)."""
    parts = []
    for roles, what in KEYS_NOTE:
        names = [name for r in roles if r in keys and (name := key_names(keys[r]))]
        if names:
            parts.append(f"{' / '.join(names)}: {what}.")
    return f"<p><b>Keys.</b> {html.escape(' '.join(parts))}</p>" if parts else ""


class HelpDialog(QDialog):
    def __init__(
        self,
        dark: bool = False,
        keys: Mapping[str, QAction] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("What the flags mean")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("What the flags mean")
        self.browser.setHtml(help_html(dark, keys))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 620)


@dataclass(frozen=True, slots=True)
class ArticleDetails:
    outlet: str
    title: str
    author: str
    date: str


#: An ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), optionally with a time.
_ISO_DATE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def valid_date(text: str) -> bool:
    """Empty, or an ISO 8601 date the exports and the library can sort by."""
    text = text.strip()
    return not text or bool(_ISO_DATE.match(text))


class ArticleDetailsDialog(QDialog):
    """Article > Edit Article Details: the user's outlet, title, author and date win over ingest's.

    Plain-text files with no byline get the file name as their outlet; this is where that is fixed.
    """

    def __init__(
        self,
        outlet: str,
        title: str = "",
        author: str = "",
        date: str = "",
        source: str = "",
        parent: QWidget | None = None,
        *,
        outlet_is_file_name: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit article details")
        self.setAccessibleName("Edit article details")
        layout = QVBoxLayout(self)
        if source:
            where = QLabel(f"From {html.escape(source)}", self)
            where.setObjectName("muted")
            where.setWordWrap(True)
            layout.addWidget(where)
        # An unknown outlet is no name to edit: the field starts empty, the name greyed in it.
        unknown = _NUMBERED.sub("", " ".join(outlet.split())) == UNKNOWN_OUTLET
        if outlet_is_file_name:
            stands_in = (
                "so the outlet is unknown" if unknown else "so its name stands in for the outlet"
            )
            hint = QLabel(
                f"The file had no byline, {stands_in}. Type the outlet’s name; the comparison runs"
                " again with it.",
                self,
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        form = QFormLayout()
        self.outlet = QLineEdit("" if unknown else outlet, self)
        self.outlet.setAccessibleName("Outlet")
        self.outlet.setPlaceholderText(outlet if unknown else "e.g. Reuters")
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setAccessibleName("Title")
        self.author = QLineEdit(author, self)
        self.author.setAccessibleName("Author")
        self.date = QLineEdit(date, self)
        self.date.setAccessibleName("Date")
        self.date.setPlaceholderText("YYYY-MM-DD")
        form.addRow("&Outlet:", self.outlet)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Author:", self.author)
        form.addRow("&Date:", self.date)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Problem with the details")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        #: Whether the outlet field was changed: an empty field that starts empty (an unknown
        #: outlet) disables Save but is no problem to point out before anything is typed.
        self._outlet_changed = False
        self.outlet.textChanged.connect(self._outlet_edited)
        self.date.textChanged.connect(self._update)
        self._update()
        for edit in (self.title_edit, self.author, self.date):
            edit.setCursorPosition(0)  # show a long title's beginning, not its end
        self.outlet.setFocus()
        self.outlet.selectAll()
        open_tall_enough(self, 520)

    def _outlet_edited(self, _text: str) -> None:
        self._outlet_changed = True
        self._update()

    def _update(self) -> None:
        problem = ""
        no_outlet = not self.outlet.text().strip()
        if no_outlet and self._outlet_changed:
            problem = "Every article needs an outlet name."
        elif not valid_date(self.date.text()):
            problem = "Write the date as YYYY-MM-DD (or leave it empty)."
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not (problem or no_outlet)
        )

    def value(self) -> ArticleDetails:
        return ArticleDetails(
            self.outlet.text().strip(),
            self.title_edit.text().strip(),
            self.author.text().strip(),
            self.date.text().strip(),
        )
