"""Edit › Undo for the whole window: the last deleted event, else the last annotation change.

A teacher who deletes the wrong event looks for Edit › Undo (Ctrl+Z, Cmd+Z) right after. The
annotation panel's ``QUndoStack`` cannot hold that step: it is cleared whenever the open event
changes (and deleting the open event changes it), and its Undo button would then undo a delete
made in the Library panel. So the menu's Undo is one window action that takes the most recent of
the two: while the deletes are the last things done it restores the latest one ("Undo Delete
Event “Levy vote”"); once an annotation changes again, the deletes can no longer be undone and it
is the panel's Undo once more. Redo stays the panel's: a restored event is deleted again with
Delete…, after its question. The library keeps what a restore needs until it is closed, so an
undo is never offered after a quit. A restore that fails to write (a locked file) leaves the
step in place, with a dialog saying so: the user tries again rather than losing the event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.store.deleted_events import MAX_DELETED_KEPT
from reader.ui.controller import Controller, RestoreFailed
from reader.ui.event_names import menu_event_name


@dataclass(frozen=True, slots=True)
class _Deleted:
    event_id: int
    name: str
    was_open: bool


class EditUndo(QObject):
    """The Edit menu's Undo: restores deleted events, newest first, then undoes annotations."""

    def __init__(self, controller: Controller, stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.stack = stack
        self.window = window
        # Replaceable in tests: the blocking dialog.
        self.warn: Callable[[QWidget, str, str], object] = QMessageBox.warning
        self._deleted: list[_Deleted] = []
        self.action = QAction("Undo", window)
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.undo)
        window.addAction(self.action)
        stack.indexChanged.connect(self._annotations_changed)
        stack.undoTextChanged.connect(self._refresh)
        stack.canUndoChanged.connect(self._refresh)
        self._refresh()

    def hint(self) -> str:
        """How the status line names this undo, with its key as the menu shows it here."""
        key = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"Edit › Undo ({key}) brings it back" if key else "Edit › Undo brings it back"

    def event_deleted(self, event_id: int, name: str, was_open: bool) -> None:
        """An event was deleted from the window: Undo restores it next."""
        self._deleted.append(_Deleted(event_id, name, was_open))
        del self._deleted[:-MAX_DELETED_KEPT]  # the library lets the older ones go
        self._refresh()

    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    def undo(self) -> None:
        """Restore the latest deleted event if the deletes are the last things done, else undo
        the last annotation change."""
        if not self._deleted:
            self.stack.undo()
            return
        last = self._deleted[-1]
        try:
            self.controller.restore_event(last.event_id, reopen=last.was_open, name=last.name)
        except RestoreFailed as exc:
            self.warn(self.window, "Undo failed", exc.message)
            return  # the step stays: the library still keeps the event
        # Restored, or no longer kept by the library: either way this step is done.
        self._deleted = [d for d in self._deleted if d is not last]
        self._refresh()

    def _annotations_changed(self, _index: int) -> None:
        """A new annotation step (or one undone or redone) is done after the deletes: Undo is
        about it now. A cleared stack (another event opened) is no step of the user's."""
        if self._deleted and shiboken6.isValid(self.stack) and self.stack.count():
            self._deleted.clear()
            self._refresh()

    def _refresh(self, *_changed: object) -> None:
        if not shiboken6.isValid(self.stack):
            return  # the window is closing: its stack says it is cleared as it goes
        if self._deleted:
            self.action.setText(f"Undo Delete Event “{menu_event_name(self._deleted[-1].name)}”")
            self.action.setEnabled(True)
            return
        step = self.stack.undoText()
        self.action.setText(f"Undo {step}" if step else "Undo")
        self.action.setEnabled(self.stack.canUndo())


__all__ = ["EditUndo"]
