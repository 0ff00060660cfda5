"""Bringing articles in: File › Open, Open URL, Paste Text, Open Recent, files dropped on the
window and an article chosen in the library.

The opener asks the user (a file or text dialog) and remembers where they looked and what they
opened; reading, fetching and comparing are the controller's. The main window connects the
actions here and forwards its drops.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from reader.core.ingest import ARTICLE_EXTENSIONS
from reader.ui.controller import Controller
from reader.ui.dialogs import OpenUrlDialog, PasteDialog

#: Every kind of file the engine reads, then anything (content decides, not the name).
OPEN_FILTER = f"Articles ({' '.join('*' + e for e in ARTICLE_EXTENSIONS)});;All files (*)"
MAX_RECENT = 10


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files in a drag; web addresses and other data are not opened by dropping."""
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def accepts_drop(mime: QMimeData) -> bool:
    """Whether a drag carries a local file, so the window shows it can be dropped."""
    return mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())


class Opener:
    """The ways in of one window, with its Open Recent menu kept in its settings."""

    def __init__(
        self,
        dialog_parent: QWidget,
        controller: Controller,
        settings: QSettings,
        recent_menu: QMenu,
        show_message: Callable[[str], None],
    ) -> None:
        self.dialog_parent = dialog_parent
        self.controller = controller
        self.settings = settings
        self.recent_menu = recent_menu
        self.show_message = show_message
        # Only a file that opened joins Open Recent, once it has been read.
        controller.filesOpened.connect(self.add_recent)

    def open_files_dialog(self) -> None:
        """File › Open…: the dialog starts in the folder the user last opened from."""
        start = str(self.settings.value("paths/lastDir", str(Path.home())))
        files, _ = QFileDialog.getOpenFileNames(
            self.dialog_parent, "Open articles", start, OPEN_FILTER
        )
        if files:
            self.open_paths([Path(f) for f in files])

    def open_paths(self, paths: list[Path]) -> None:
        """Open files, remembering their folder for the next dialog (and, once read, the files
        in Open Recent: see :meth:`add_recent`)."""
        if not paths:
            return
        self.settings.setValue("paths/lastDir", str(paths[0].parent))
        self.controller.open_paths(paths)

    def paste_dialog(self) -> None:
        """File › Paste Text…: the dialog asks the controller whether the text can be read."""
        dlg = PasteDialog(self.dialog_parent, check=self.controller.text_problem)
        if dlg.exec():
            v = dlg.value()
            self.controller.add_text(v.text, v.outlet, v.title, v.date)

    def open_url_dialog(self) -> None:
        """File › Open URL…: the controller fetches the page in the background."""
        dlg = OpenUrlDialog(self.dialog_parent)
        if dlg.exec():
            self.controller.open_url(dlg.url.text().strip(), dlg.outlet.text().strip())

    def open_library_article(self, article_id: str) -> None:
        """An article activated in the library panel joins the comparison on screen."""
        lib = self.controller.lib()
        getter = getattr(lib, "article", None) or getattr(lib, "get_article", None)
        if getter is None:
            return
        try:
            art = getter(article_id)
        except Exception as exc:
            self.show_message(f"Could not open the article: {exc}")
            return
        if art is not None:
            self.controller.add_from_library(art)

    # -- recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Open Recent's paths, newest first (an INI file hands back a list of one as a string)."""
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []

    def add_recent(self, paths: list[Path]) -> None:
        """Put ``paths`` first in Open Recent, each once, keeping the newest ``MAX_RECENT``."""
        recent = self.recent_files()
        for p in reversed(paths):
            s = str(p.resolve()) if p.exists() else str(p)
            if s in recent:
                recent.remove(s)
            recent.insert(0, s)
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.rebuild_recent()

    def open_recent(self, path: str) -> None:
        """Open Recent › a file: opened again, or, when it is no longer there (moved, renamed,
        deleted), dropped from the menu with a word saying so, not a failure dialog."""
        if Path(path).is_file():
            self.open_paths([Path(path)])
            return
        self.settings.setValue("recentFiles", [p for p in self.recent_files() if p != path])
        self.rebuild_recent()
        where = Path(path)
        # An older menu may hold a folder: it was never a file to open.
        why = "is a folder, not an article" if where.is_dir() else f"is no longer in {where.parent}"
        self.show_message(f"{where.name} {why}, so it was removed from Open Recent.")

    def clear_recent(self) -> None:
        """Open Recent › Clear Menu."""
        self.settings.setValue("recentFiles", [])
        self.rebuild_recent()

    def rebuild_recent(self) -> None:
        """Fill File › Open Recent from the settings: numbered for the keyboard, newest first."""
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, path in enumerate(recent):
            a = self.recent_menu.addAction(f"&{(i + 1) % 10} {Path(path).name}")
            a.setToolTip(path)
            a.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("Clear Menu")
            clear.triggered.connect(self.clear_recent)
        self.recent_menu.setEnabled(bool(recent))


__all__ = ["MAX_RECENT", "OPEN_FILTER", "Opener", "accepts_drop", "dropped_paths"]
