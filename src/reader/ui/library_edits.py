"""Changing what the library holds, from the window: an article's details (Edit Article
Details…), and a library event's name or the event itself (the library panel's Rename… and
Delete…).

Each asks the user, then hands the change to the controller, which stores it and analyses again
where the change shows. The window keeps the entry points the rest of the app calls; the asking
and the bookkeeping are here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QInputDialog, QMessageBox, QWidget

from reader.core.outlets import outlet_needs_name
from reader.ui.dialogs import ArticleDetailsDialog

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


def delete_event_box(parent: QWidget, name: str) -> tuple[QMessageBox, QAbstractButton]:
    """The question before an event is deleted, and its Delete button; Cancel is the default,
    since the event's annotations go with it (named as the Annotations panel names them: "notes"
    read as if tags and verdicts were kept)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Delete event",
        f"Delete the event “{name}”?",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        "Its articles stay in the library. Its annotations (notes, tags, verdicts and missed"
        " flags) are deleted with it."
    )
    delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, delete


class LibraryEdits:
    """Edit Article Details, Rename and Delete for one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def current_article_id(self) -> str | None:
        """The article the user is looking at: in the Reading view the column the keyboard is
        in, else the Aligned view's current column, else the first one."""
        w = self.window
        if w.comparison is None or not w.comparison.articles:
            return None
        arts = w.comparison.articles
        if w.stack.currentWidget() is w.tabs and w.tabs.currentWidget() is w.reading:
            focused = w.reading.focused_article()
            if focused is not None:
                return focused
        if w.stack.currentWidget() is w.tabs:
            col = w.aligned.currentIndex().column()
            if 0 <= col < len(arts):
                return arts[col].id
        return arts[0].id

    def details_dialog(self, article_id: str | None) -> ArticleDetailsDialog | None:
        """The Edit Article Details dialog of ``article_id`` (else of the article the user is
        looking at), whose Save stores the details; None when there is no such article."""
        controller = self.window.controller
        article_id = article_id or self.current_article_id()
        if article_id is None:
            return None
        art = next((a for a in controller.articles if a.id == article_id), None)
        if art is None:
            lib = controller.lib()
            try:
                art = lib.article(article_id) if lib is not None else None
            except Exception:
                art = None
        if art is None:
            return None
        dlg = ArticleDetailsDialog(
            art.outlet,
            art.title or "",
            art.author or "",
            art.date or "",
            art.source or "",
            self.window,
            outlet_is_file_name=outlet_needs_name(art),
        )
        dlg.accepted.connect(lambda: self._save_details(article_id, dlg))
        return dlg

    def _save_details(self, article_id: str, dlg: ArticleDetailsDialog) -> None:
        """Save: the controller stores the details and analyses again with them."""
        v = dlg.value()
        self.window.controller.update_article_details(
            article_id, outlet=v.outlet, title=v.title, author=v.author, date=v.date
        )

    def edit_column(self, column: int) -> None:
        """An outlet's column header asked to edit its article (its edit hint, a double click)."""
        comp = self.window.comparison
        if comp is not None and 0 <= column < len(comp.articles):
            self.window.edit_article_details(comp.articles[column].id)

    def _event_name(self, event_id: int) -> str | None:
        events = self.window.controller.library_events()
        return next((e.name for e, _ in events if e.id == event_id), None)

    def rename_event(self, event_id: int, name: str | None = None) -> bool:
        """Library › Rename…: ask for the new name (unless given) and rename the event."""
        current = self._event_name(event_id)
        if current is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self.window, "Rename event", "New name for the event:", text=current
            )
            if not ok:
                return False
        return self.window.controller.rename_event(event_id, name)

    def delete_event(self, event_id: int) -> bool:
        """Library › Delete…: after the user confirms, delete the event and its notes; its
        articles stay in the library. Deleting the event on screen closes it. Edit › Undo brings
        the event back, reopened if it was on screen."""
        w = self.window
        name = self._event_name(event_id)
        if name is None or not w.confirm_delete(name):
            return False
        undo = w.insights.edit_undo
        was_open = w.controller.event_id == event_id
        if not w.controller.delete_event(event_id, undo_hint=undo.hint()):
            return False
        undo.event_deleted(event_id, name, was_open)
        if w.last_event_id() == event_id:
            w.session.forget_event()
        return True


__all__ = ["LibraryEdits", "delete_event_box"]
