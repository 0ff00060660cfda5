"""The Annotations panel: a reader's notes, tags, verdicts on flags and flags the engine missed.

Journalists argue with a comparison, students hand in an annotated copy and a teacher merges a
class's work, so annotations are first-class data:

- stored per event in the library (``Library.add_annotation`` and friends), so they survive
  restarts; with no library or no event they live in memory for the session and the panel says so;
- every change goes through a ``QUndoStack`` (add, edit, delete, verdict, import), so a slip of the
  mouse is one Ctrl+Z away;
- exported as a small JSON document (``parallax-reader.annotations/1``) that names the articles by
  content hash, and imported back with de-duplication: the same note by the same author on the same
  words is kept once, the same note by two authors twice, so merging many hand-ins keeps who wrote
  what.

This module keeps the widget (a dock or a side panel): the reader's name, what the next annotation
is about, the comment and its buttons, the list, Undo and Redo, Import and Export. Its parts:
:mod:`~reader.ui.annotation_model` (the open event's annotations and the undo stack),
:mod:`~reader.ui.annotation_files` (hand-in files), :mod:`~reader.ui.annotation_data` (drafts and
the in-memory store, no Qt) and :mod:`~reader.ui.selection_tracker` (words selected in the reading
panes, as article offsets). The main window feeds the panel the current selection
(:meth:`AnnotationsPanel.set_selection`, :meth:`AnnotationsPanel.set_flag`) and listens to its
signals; it never reaches into the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderInputError
from reader.core.model import CATEGORY_LABELS, LEXICAL_CATEGORIES, Comparison
from reader.ui.annotation_data import KIND_WORDS
from reader.ui.annotation_model import AnnotationModel
from reader.ui.flow_layout import FlowLayout
from reader.ui.wrapped_delegate import WrappedItemDelegate

JSON_FILTER: Final = "Annotations (*.json);;All files (*)"
#: Categories a reader can give a flag the engine missed (the engine's own word-level ones).
MISSED_CATEGORIES: Final = (*LEXICAL_CATEGORIES, "opinion")
_EXCERPT: Final = 60


def _excerpt(text: str, limit: int = _EXCERPT) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis: the target, the list."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


#: The list's columns: what kind of annotation, the words it is on, the comment, who wrote it.
KIND, ON, COMMENT, AUTHOR = range(4)
#: The Words column's least width: a short phrase ("car lobby") on one line.
ON_LEAST: Final = 60
#: The Kind and Author columns each take at most this fraction (1/n) of the list's width (or
#: their longest word), so the comment keeps its room whatever the names in a merged hand-in.
SIDE_SHARE: Final = 3

#: Where a row's cells start: a long comment wraps in a tall row, and its kind, words and author
#: centred beside it floated half-way down, away from the line they belong to.
TOP_LEFT: Final = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft

#: Said when Tag is pressed with the box empty: the tag is what the box holds, which a reader
#: meeting the panel for the first time cannot guess from "write the tag first".
WRITE_THE_TAG: Final = "Write the tag in the box above, then press Tag."
#: Said when Save Edit is pressed on a chosen annotation while the box holds words typed for a
#: new one: they are not that annotation's comment, so they wait for the button they were for.
NEW_COMMENT_KEPT: Final = (
    "The box holds a new comment, so the chosen annotation was kept. Save it with Note or Tag."
)


def as_sentence(text: str) -> str:
    """A model's terse reason ("select some words of an article first") as the status line's
    other messages read: a capital letter and a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


#: How many rows of the list the panel keeps in view however short the window.
LIST_ROWS_KEPT: Final = 3


#: What the empty list says: a reader meeting the panel saw a blank box and no word of what
#: would fill it, nor how. "Note" is the button's name.
EMPTY_LIST_HINT: Final = (
    "No notes yet. A note is your comment on words of an article: select them in the Reading"
    " view, write in the box above and press Note."
)
#: Room left around the hint inside the list's empty area.
_HINT_MARGIN: Final = 8


class AnnotationList(QTreeWidget):
    """The list of annotations, which asks for only a few rows' height and takes the rest the
    panel has: asking Qt's ten rows, it made the panel taller than a 640 px window leaves it,
    and the panel's last row (Import…, Export…) was cut at the bottom of its scrolled view.
    Empty, it says what a note is and how to add one (:data:`EMPTY_LIST_HINT`)."""

    def empty_hint(self) -> str:
        """The line drawn in the empty list ("" once it has a row)."""
        return EMPTY_LIST_HINT if self.topLevelItemCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        hint = self.empty_hint()
        if not hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = (
            self.viewport()
            .rect()
            .adjusted(_HINT_MARGIN, _HINT_MARGIN, -_HINT_MARGIN, -_HINT_MARGIN)
        )
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), hint)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        rows = self.fontMetrics().lineSpacing() * LIST_ROWS_KEPT
        frame = 2 * self.frameWidth()
        return QSize(hint.width(), self.header().sizeHint().height() + rows + frame)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class AnnotationsPanel(QWidget):
    """Select words or a flag, write a comment, choose what it is; the list shows them all."""

    #: The user asked to see what an annotation is about: article id, start, end (flag: its span).
    annotationActivated = Signal(str, int, int)
    #: A note, tag, verdict or missed flag was added (an Annotation), for the main window's status.
    annotationAdded = Signal(object)
    message = Signal(str)
    #: A passing word that something was done ("Saved your edit to the note on …").
    notice = Signal(str)

    def __init__(self, model: AnnotationModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.model = model or AnnotationModel(self)
        self.span: tuple[str, int, int] | None = None
        self.flag_id: str | None = None
        #: The annotation whose comment the box holds to edit, and that comment as stored; both
        #: None when the box holds the reader's own words for a new annotation.
        self._bound: int | None = None
        self._loaded: str | None = None
        #: While the list is rebuilt: the row Qt makes current then is no reader's choice.
        self._refreshing = False
        self.save_file: Callable[[QWidget, str, str, str], tuple[str, str]] = (
            QFileDialog.getSaveFileName
        )
        self.open_files: Callable[[QWidget, str, str, str], tuple[list[str], str]] = (
            QFileDialog.getOpenFileNames
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)

        # What the name is for is said in a label that wraps: as the field's placeholder, beside
        # the label, it was cut to "shown …" at a large text size.
        self.author_edit = QLineEdit(self)
        self.author_edit.setAccessibleName("Your name, shown with your annotations")
        self.author_edit.textChanged.connect(self._author_changed)
        self.author_label = QLabel("Your name, shown with your annotations:", self)
        self.author_label.setObjectName("muted")
        self.author_label.setWordWrap(True)
        self.author_label.setBuddy(self.author_edit)
        layout.addWidget(self.author_label)
        layout.addWidget(self.author_edit)

        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        self.target.setAccessibleName("What the next annotation is about")
        layout.addWidget(self.target)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText("A note, a tag or a comment on the flag")
        self.comment.setAccessibleName("Comment")
        self.comment.setMaximumHeight(80)
        self.comment.setTabChangesFocus(True)
        layout.addWidget(self.comment)

        # The rows of buttons wrap onto more lines in a narrow panel: side by side, with a large
        # system font, they asked for more than the docked panel's width and it scrolled sideways.
        row = FlowLayout(fill=True)
        self.note_button = QPushButton("Note", self)
        self.note_button.setToolTip("Save the comment as a note on the selected words")
        self.tag_button = QPushButton("Tag", self)
        self.tag_button.setToolTip("Save the comment as a short tag on the selected words")
        self.agree_button = QPushButton("Agree", self)
        self.agree_button.setToolTip("Mark the selected flag as fair, with the comment")
        self.dispute_button = QPushButton("Dispute", self)
        self.dispute_button.setToolTip("Mark the selected flag as wrong, with the comment")
        for b in (self.note_button, self.tag_button, self.agree_button, self.dispute_button):
            row.addWidget(b)
        layout.addLayout(row)
        missed = FlowLayout(fill=True)
        self.category = QComboBox(self)
        self.category.setAccessibleName("Category of the missed flag")
        for cat in MISSED_CATEGORIES:
            self.category.addItem(CATEGORY_LABELS[cat], cat)
        self.missed_button = QPushButton("Add Missed Flag", self)
        self.missed_button.setToolTip("Flag the selected words as framing the engine did not mark")
        missed.addWidget(self.category)
        missed.addWidget(self.missed_button)
        layout.addLayout(missed)

        self.tree = AnnotationList(self)
        self.tree.setHeaderLabels(["Kind", "On", "Comment", "Author"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName("Annotations on this event")
        # The side panel is narrow: the kind and the author as wide as their words, the words
        # annotated a third of the rest and the comment all the rest, wrapped in rows as tall as
        # their lines (cut short, a long comment could only be read by hovering over it).
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappedItemDelegate(self.tree))
        head = self.tree.header()
        head.setStretchLastSection(False)
        # Kind and Author are sized to their words by :meth:`_fit_columns`, not by Qt: sized to
        # contents, a long name pushed the Author column off the panel's right edge.
        for col in (KIND, ON, AUTHOR):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        self.tree.viewport().installEventFilter(self)
        # Qt measures the rows' heights once; a wider or narrower column must measure them again.
        head.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._chosen)
        # A click on the row already current (Qt makes one current after a delete) chooses it.
        self.tree.itemClicked.connect(lambda item, _column: self._chosen(item, None))
        layout.addWidget(self.tree, 1)

        tools = FlowLayout()
        self.undo_action = self.model.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.model.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.edit_button = QPushButton("Save Edit", self)
        self.edit_button.setToolTip("Replace the chosen annotation’s text with the comment")
        self.delete_button = QPushButton("Delete", self)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        # Short buttons that follow the actions; the actions' full text ("Undo Add note") is the
        # tooltip, so a narrow panel never truncates it.
        stack = self.model.undo_stack
        self.undo_button = QToolButton(self)
        self.undo_button.setText("Undo")
        self.undo_button.clicked.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.undo_button.setToolTip(f"Undo {t}".strip()))
        self.redo_button = QToolButton(self)
        self.redo_button.setText("Redo")
        self.redo_button.clicked.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.redoTextChanged.connect(lambda t: self.redo_button.setToolTip(f"Redo {t}".strip()))
        for button in (self.undo_button, self.redo_button):
            button.setEnabled(False)
            tools.addWidget(button)
        layout.addLayout(tools)
        files = FlowLayout()
        self.import_button = QPushButton("Import…", self)
        self.import_button.setToolTip("Merge annotation files (hand-ins) into this event")
        self.export_button = QPushButton("Export…", self)
        self.export_button.setToolTip("Save these annotations as a JSON file to hand in")
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        self.storage = QLabel(self)
        self.storage.setObjectName("muted")
        files.addWidget(self.storage)
        layout.addLayout(files)

        self.note_button.clicked.connect(self.add_note)
        self.tag_button.clicked.connect(self.add_tag)
        self.agree_button.clicked.connect(lambda: self.verdict("agreed"))
        self.dispute_button.clicked.connect(lambda: self.verdict("disputed"))
        self.missed_button.clicked.connect(self.add_missed)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.model.changed.connect(self.refresh)
        self.model.added.connect(self.annotationAdded)
        self.refresh()

    # -- inputs from the main window -----------------------------------------------------------

    def first_focus(self) -> QWidget:
        """Where the keyboard goes when the panel is called by its key: the comment box, so
        typing starts a note (the box is never disabled; what it is about comes after)."""
        return self.comment

    def set_event(self, library: Any, event_id: int | None, comparison: Comparison | None) -> None:
        if library is not None and not self.author_edit.text():
            getter = getattr(library, "setting", None)
            name = getter("annotations/author") if getter is not None else None
            if name:
                self.author_edit.setText(str(name))
        self.span = None
        self.flag_id = None
        self._save_pending()
        self._drop_loaded()
        self.model.set_event(library, event_id, comparison)

    def set_selection(self, article_id: str, start: int, end: int) -> None:
        """Words selected in a text view: the next note, tag or missed flag is about them."""
        self._release_unedited()
        self.span = (article_id, start, end)
        self.flag_id = None
        self._update_target()

    def set_flag(self, flag_id: str) -> None:
        """A flag was selected: Agree and Dispute apply to it; a note goes on its words."""
        flag = self.model.flag(flag_id)
        if flag is None:
            return
        self._release_unedited()
        self.flag_id = flag_id
        self.span = (flag.article, flag.start, flag.end)
        self._update_target()

    # -- actions -------------------------------------------------------------------------------

    def _run(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except (ValueError, KeyError) as exc:
            self.message.emit(as_sentence(str(exc).strip("'\"")))
            return False
        return True

    def _add(self, action: Callable[[], None]) -> None:
        """Add an annotation from the box; once added, the box is free for the next one."""
        if self._run(action):
            self.comment.clear()
            self._bound = self._loaded = None

    def _selection(self, hint: str) -> tuple[str, int, int] | None:
        """The selected words, or None after telling the user (``hint``) what to select."""
        if self.span is None:
            self.message.emit(hint)
        return self.span

    def add_note(self) -> None:
        if (span := self._selection("Select some words of an article first.")) is not None:
            self._add(lambda: self.model.add_note(*span, self.comment.toPlainText()))

    def add_tag(self) -> None:
        if not self.comment.toPlainText().strip():
            self.message.emit(WRITE_THE_TAG)
            return
        if (span := self._selection("Select some words of an article first.")) is not None:
            self._add(lambda: self.model.add_tag(*span, self.comment.toPlainText()))

    def add_missed(self) -> None:
        if (span := self._selection("Select the words the engine missed first.")) is not None:
            cat = str(self.category.currentData())
            self._add(lambda: self.model.add_missed_flag(*span, cat, self.comment.toPlainText()))

    def verdict(self, status: str) -> None:
        if self.flag_id is None:
            self.message.emit("Select a flag first.")
            return
        fid = self.flag_id
        self._add(lambda: self.model.set_verdict(fid, status, self.comment.toPlainText()))

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def edit_selected(self) -> None:
        """Save the box to the annotation whose comment it holds and keep it there, so a second
        press changes nothing. Only that one: words typed for a new annotation stay in the box
        when a row is chosen, and Save Edit wrote them over the chosen row's comment. An empty
        box clears a comment only when it held that comment and the reader emptied it: one
        left empty by a note just added is no edit of the chosen row."""
        if self.selected_id() is None:
            return
        if self._bound is None:
            self.notice.emit(
                NEW_COMMENT_KEPT if self._box() else "The box is empty, so the comment was kept."
            )
        elif not self._edited():
            self.notice.emit("No changes to save.")
        else:
            self._save(self._bound)

    def _save(self, aid: int) -> bool:
        """Write the box to annotation ``aid``, bind the box to it, and say what was done."""
        was = self.model.annotation(aid)
        if not self._run(lambda: self.model.edit(aid, self.comment.toPlainText())):
            return False
        self._bound, self._loaded = aid, self.model.annotation(aid).body
        kind = KIND_WORDS.get(was.kind, was.kind).lower()
        what = f"the {kind} on “{_excerpt(self.model.target_text(was), 40)}”"
        if was.body and not self._loaded:
            self.notice.emit(f"Cleared the comment of {what}. Undo brings it back.")
        else:
            self.notice.emit(f"Saved your edit to {what}.")
        return True

    def _save_pending(self) -> None:
        """Before the box leaves the annotation it was loaded from: an unsaved edit is saved to
        it, so it can never land on another. An emptied box is not saved on the way: emptying
        the box is also how a reader starts afresh, and clearing a comment takes Save Edit."""
        if self._bound is not None and self._edited() and self._box():
            self._save(self._bound)

    def delete_selected(self) -> None:
        aid = self.selected_id()
        if aid is not None:
            self._drop_loaded()
            self.model.remove(aid)

    def export_dialog(self) -> None:
        if not self.model.annotations:
            self.message.emit("There are no annotations to export yet.")
            return
        name, _ = self.save_file(self, "Export annotations", "annotations.json", JSON_FILTER)
        if not name:
            return
        try:
            n = self.model.export_json(Path(name))
        except ReaderInputError as exc:
            self.message.emit(exc.message)
            return
        self.message.emit(f"Exported {n} annotation{'s' if n != 1 else ''} to {Path(name).name}.")

    def import_dialog(self) -> None:
        names, _ = self.open_files(self, "Import annotations", "", JSON_FILTER)
        if not names:
            return
        try:
            result = self.model.import_files([Path(n) for n in names])
        except ReaderInputError as exc:
            self.message.emit(exc.message)
            return
        parts = [f"Imported {result.added} annotation{'s' if result.added != 1 else ''}"]
        if result.duplicates:
            parts.append(f"{result.duplicates} already here")
        if result.skipped:
            parts.append(f"{result.skipped} about other articles")
        self.message.emit(", ".join(parts) + ".")

    # -- display -------------------------------------------------------------------------------

    def _author_changed(self, text: str) -> None:
        self.model.author = text.strip()
        self._fit_columns()
        lib = self.model.library
        setter = getattr(lib, "set_setting", None) if lib is not None else None
        if setter is not None and text.strip():
            # A read-only library must not stop anyone typing their name.
            with contextlib.suppress(Exception):
                setter("annotations/author", text.strip())

    def _update_target(self) -> None:
        flag = self.model.flag(self.flag_id)
        if flag is not None:
            label = CATEGORY_LABELS.get(flag.category, flag.category)
            self.target.setText(
                f"Flag: “{_excerpt(flag.text)}” ({label}, {self.model.outlet(flag.article)})"
            )
        elif self.span is not None and self.model.comparison is not None:
            a, s, e = self.span
            try:
                words = self.model.comparison.article(a).text[s:e]
            except KeyError:
                words = ""
            self.target.setText(f"Selected: “{_excerpt(words)}” ({self.model.outlet(a)})")
        else:
            self.target.setText("Select words in the Reading view, or a flag, to annotate it.")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_span = self.span is not None and self.model.comparison is not None
        has_flag = self.model.flag(self.flag_id) is not None
        for b in (self.note_button, self.tag_button, self.missed_button):
            b.setEnabled(has_span)
        for b in (self.agree_button, self.dispute_button):
            b.setEnabled(has_flag)
        chosen = self.tree.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.export_button.setEnabled(bool(self.model.annotations))
        self.import_button.setEnabled(self.model.comparison is not None)

    def refresh(self) -> None:
        current = self.selected_id()
        self._refreshing = True
        try:
            self._fill_list(current)
        finally:
            self._refreshing = False
        self._fit_columns()
        if self.model.persistent:
            self.storage.setText("Saved in the library")
            self.storage.setToolTip("Kept with this event in your library")
        else:
            self.storage.setText("Not saved")
            self.storage.setToolTip(
                "No library event is open: these annotations last until the app closes."
                " Export them to keep them."
            )
        self._follow_bound()
        self._update_target()

    def _fill_list(self, current: int | None) -> None:
        """A row per annotation, ``current`` chosen again if it is still there."""
        self.tree.clear()
        for a in self.model.annotations:
            kind = KIND_WORDS.get(a.kind, a.kind)
            if a.kind == "verdict" and a.status:
                kind = a.status.capitalize()
            elif a.kind == "missed-flag" and a.category:
                kind = f"Missed: {CATEGORY_LABELS.get(a.category, a.category)}"
            on = _excerpt(self.model.target_text(a), 40)
            outlet = self.model.outlet(a.article_id)
            item = QTreeWidgetItem([kind, on, a.body, a.author])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            for column in range(self.tree.columnCount()):
                item.setTextAlignment(column, TOP_LEFT)
            item.setToolTip(1, f"{outlet}: {self.model.target_text(a)}" if outlet else on)
            item.setToolTip(2, a.body)
            self.tree.addTopLevelItem(item)
            if a.id == current:
                self.tree.setCurrentItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give the comment the room: at 1280 px four equal-minded columns left it about 80 px,
        a long comment one word a line. The Author column shows only when someone else wrote
        an annotation (a merged hand-in): the reader's own name is in the box above, and a
        column of it took a quarter of the panel to repeat it."""
        names = {a.author for a in self.model.annotations}
        self.tree.setColumnHidden(AUTHOR, names <= {self.model.author})
        width = self.tree.viewport().width()
        room = width
        for column in (KIND, AUTHOR):
            if not self.tree.isColumnHidden(column):
                self.tree.setColumnWidth(column, self._words_width(column, width // SIDE_SHARE))
                room -= self.tree.columnWidth(column)
        self.tree.setColumnWidth(ON, max(ON_LEAST, room // 3))

    def _words_width(self, column: int, most: int) -> int:
        """The width of ``column``'s widest cell or its header, but no more than ``most``
        unless one word needs more: a longer cell ("Alexandra Papadopoulou", "Missed: Label or
        epithet") wraps between its words instead, never inside one. Cells are measured with
        the margins the wrapping delegate draws them within, so a cell that fits stays on one
        line."""
        metrics = self.tree.fontMetrics()
        margins = 2 * WrappedItemDelegate.text_margin(self.tree) + 2
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        texts = [item.text(column) for item in items if item is not None]
        whole = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margins
        longest = max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
        header = self.tree.header().sectionSizeHint(column)
        return max(header, min(whole, max(most, longest + margins)))

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        """An annotation chosen in the list: its comment goes in the box, to be corrected and
        saved with Save Edit. An unsaved edit of the annotation the box came from is saved to
        it first (it once stayed in the box, and Save Edit wrote it onto the newly chosen one);
        words the reader typed for a new annotation are never replaced."""
        if item is None or self._refreshing:
            self._update_buttons()
            return
        # Saving rebuilds the list, which deletes ``item``: read its id first.
        aid = int(item.data(0, Qt.ItemDataRole.UserRole))
        if aid != self._bound:
            self._save_pending()
            if (self._bound is not None and not self._edited()) or not self._box():
                self._load(aid)
        self._update_buttons()

    def _load(self, aid: int) -> None:
        """Put annotation ``aid``'s comment in the box, bound to it for Save Edit."""
        body = self.model.annotation(aid).body
        self.comment.setPlainText(body)
        self._bound, self._loaded = aid, body

    def _box(self) -> str:
        """The comment as it would be stored (the model strips it)."""
        return self.comment.toPlainText().strip()

    def _edited(self) -> bool:
        """The box holds a chosen annotation's comment, changed and not saved yet."""
        return self._bound is not None and self._box() != self._loaded

    def _follow_bound(self) -> None:
        """After any change (an undo, a redo, an import): an unedited comment in the box shows
        its annotation as it now is, so an undone edit is what the box holds; the box of an
        annotation that is gone keeps only an edit, as the reader's own words."""
        if self._bound is None:
            return
        try:
            body = self.model.annotation(self._bound).body
        except KeyError:
            self._drop_loaded()
            return
        if not self._edited() and self._box() != body:
            self.comment.setPlainText(body)
        self._loaded = body

    def _release_unedited(self) -> None:
        """New words or a flag to annotate: a chosen annotation's comment left unedited in the
        box is not the reader's note on them, so the box is emptied. An edit stays bound to its
        annotation, to be saved there (a click in the aligned view once cut it loose, and Save
        edit then wrote it onto whichever annotation was chosen next)."""
        if self._bound is not None and not self._edited():
            self._drop_loaded()

    def _drop_loaded(self) -> None:
        """The box leaves its annotation: its comment left unedited goes; an edit stays as the
        reader's own words."""
        if self._bound is not None and not self._edited():
            self.comment.clear()
        self._bound = self._loaded = None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        aid = int(item.data(0, Qt.ItemDataRole.UserRole))
        a = self.model.annotation(aid)
        flag = self.model.flag(a.flag_id)
        if flag is not None:
            self.annotationActivated.emit(flag.article, flag.start, flag.end)
        elif a.article_id and a.start is not None and a.end is not None:
            self.annotationActivated.emit(a.article_id, a.start, a.end)

    def actions_for_menu(self) -> list[QAction]:
        """Undo and Redo, for the main window's Edit menu."""
        return [self.undo_action, self.redo_action]


__all__ = ["JSON_FILTER", "MISSED_CATEGORIES", "NEW_COMMENT_KEPT", "AnnotationsPanel"]
