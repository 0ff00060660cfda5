"""File > Export (HTML, PDF, CSV, JSON) and File > Print for the open comparison.

The exporters themselves live in :mod:`reader.core.export` (HTML, CSV, JSON) and
:mod:`reader.ui.printing` (PDF and paper, through Qt's rich-text printing), the same code the
``reader compare --html/--pdf/--csv/--json`` command line uses, so a report saved from the app and
one made on a server are the same document. What this module adds is the app's part: a save dialog
with a sensible file name, the user's annotations in the HTML, PDF and printed report, and a
one-line message (never a traceback) when a file cannot be written.

The HTML, PDF and CSV exports and the printed report hold what the window shows, the flags its
:class:`~reader.core.overview.FlagFilter` shows: the categories the legend shows (none with View ›
Show Framing Marks off), flags in speakers' words only while the legend's Speakers' words key is on,
and the outlets View › Show Outlets shows. The report says in one line what it leaves out. The JSON
export is the ``reader.comparison/1`` data and always holds every flag.

The owner gives a comparison with :meth:`ExportActions.set_comparison` and, optionally, callables
that return the annotations to include (``AnnotationModel.report_notes``) and the filter of what
the window shows (None: everything); it adds the actions to its File menu with
:meth:`ExportActions.add_to_menu`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from reader.core.export import CSV_ENCODING, to_csv, to_html, to_json
from reader.core.files import text_writer, write_atomically
from reader.core.model import CATEGORY_LABELS, Comparison
from reader.core.overview import FlagFilter, categories_of
from reader.ui.printing import print_report, write_pdf

#: Format key -> (menu text, file suffix, dialog filter).
FORMATS: Final[dict[str, tuple[str, str, str]]] = {
    "html": ("&HTML Report…", ".html", "HTML report (*.html *.htm)"),
    "pdf": ("&PDF Report…", ".pdf", "PDF (*.pdf)"),
    "csv": ("&CSV (one row per flag)…", ".csv", "CSV (*.csv)"),
    "json": ("&JSON (full data)…", ".json", "JSON (*.json)"),
}
_SLUG = re.compile(r"[^\w-]+", re.UNICODE)
#: The status tip of each export; JSON's says it is complete whatever the legend hides.
TIPS: Final[dict[str, str]] = {
    "html": "Save the report as HTML, with the flags the legend shows and the outlets"
    " View › Show Outlets shows",
    "pdf": "Save the report as PDF, with the flags the legend shows and the outlets"
    " View › Show Outlets shows",
    "csv": "Save one row per flag, for the flags the legend shows and the outlets"
    " View › Show Outlets shows",
    "json": "Save the complete comparison as JSON: every flag and outlet, whatever is hidden",
}

Notes = Sequence[Mapping[str, Any]]


def suggested_name(comparison: Comparison, suffix: str) -> str:
    """A file name from the event title or the outlets: ``wire-service-daily-bugle.html``."""
    base = comparison.title or "-".join(a.outlet for a in comparison.articles[:3]) or "comparison"
    slug = _SLUG.sub("-", base.lower()).strip("-")[:60].strip("-") or "comparison"
    return slug + suffix


def hidden_labels(comparison: Comparison, categories: Collection[str] | None) -> list[str]:
    """The names of the comparison's categories a report of ``categories`` leaves out, in legend
    order (the ones the report's own line names)."""
    if categories is None:
        return []
    return [CATEGORY_LABELS.get(c, c) for c in categories_of(comparison) if c not in categories]


def hidden_outlet_names(comparison: Comparison, hidden: Collection[str]) -> list[str]:
    """The names of the comparison's outlets a report leaves out, in the comparison's order."""
    return [a.outlet for a in comparison.articles if a.id in hidden]


def save_failure(path: Path, exc: OSError) -> str:
    """Why an export could not be saved, and what to do, in one line: the system's "No such
    file or directory" does not say that it is the folder that is missing."""
    try:
        folder_missing, is_folder = not path.parent.is_dir(), path.is_dir()
    except OSError:
        folder_missing = is_folder = False
    if folder_missing:
        why, advice = f"there is no folder {path.parent.name}", "Choose another folder."
    elif is_folder:
        why, advice = "it is a folder", "Choose a file name."
    else:
        why, advice = exc.strerror or str(exc), "Choose another folder or name."
    return f"{path.name} could not be saved: {why}. {advice}"


def write_export(
    comparison: Comparison,
    kind: str,
    path: Path,
    annotations: Notes | None = None,
    *,
    shown: FlagFilter | None = None,
) -> None:
    """Write one export whole or not at all; raises ``OSError`` when it cannot be written (an
    existing file of that name is then left as it was). HTML, PDF and CSV hold only the flags
    ``shown`` shows, when given, and leave out the outlets it hides, as the Overview does; JSON
    always holds the whole comparison."""
    if kind == "html":
        text, encoding = to_html(comparison, annotations=annotations, shown=shown), "utf-8"
    elif kind == "csv":
        text, encoding = to_csv(comparison, shown=shown), CSV_ENCODING
    elif kind == "json":
        text, encoding = to_json(comparison), "utf-8"
    elif kind == "pdf":
        write_atomically(
            path, lambda tmp: write_pdf(comparison, tmp, annotations=annotations, shown=shown)
        )
        return
    else:
        raise ValueError(f"unknown export format {kind!r}")
    write_atomically(path, text_writer(text, encoding))


def saved_message(path: Path, left_out: str = "") -> str:
    """ "Saved report.html in Documents": where, by the folder's name, which a reader knows
    without a long path filling the status line (the window gives the whole path on hover)."""
    folder = path.parent.name or str(path.parent)
    return f"Saved {path.name} in {folder}" + (f" ({left_out})" if left_out else "")


class ExportActions(QObject):
    """The Export submenu's four actions and Print, enabled while a comparison is open."""

    #: A one-line result for the status bar ("Saved report.html in Documents", or why not).
    message = Signal(str)
    #: A file was written: the format key and the path.
    exported = Signal(str, object)

    def __init__(
        self,
        parent: QWidget,
        annotations: Callable[[], Notes] | None = None,
        shown: Callable[[], FlagFilter | None] | None = None,
        title: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.comparison: Comparison | None = None
        #: The name the user gave the event, which titles the report and its file (None: the
        #: report's own title).
        self.title = title or (lambda: None)
        self.annotations = annotations or (lambda: [])
        #: What the window shows (the legend's categories and Speakers' words key, the outlets
        #: View › Show Outlets shows): reports hold those flags only. None: everything.
        self.shown = shown or (lambda: None)
        self.last_dir = Path.home()
        # Replaceable in tests: the blocking dialogs.
        self.save_file: Callable[[QWidget, str, str, str], tuple[str, str]] = (
            QFileDialog.getSaveFileName
        )
        self.warn: Callable[[QWidget, str, str], object] = QMessageBox.warning
        self.actions: dict[str, QAction] = {}
        for kind, (text, _suffix, _filter) in FORMATS.items():
            action = QAction(text, parent)
            action.setStatusTip(TIPS[kind])
            action.setToolTip(TIPS[kind])
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.actions[kind] = action
        self.print_action = QAction("&Print…", parent)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(
            "Print the report, with the flags the legend shows and the outlets shown"
        )
        self.print_action.triggered.connect(self.print_)
        self.set_comparison(None)

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> QMenu:
        """Insert an Export submenu and Print into ``menu`` (before ``before`` when given)."""
        sub = QMenu("&Export", menu)
        for action in self.actions.values():
            sub.addAction(action)
        if before is not None:
            menu.insertMenu(before, sub)
            menu.insertAction(before, self.print_action)
            menu.insertSeparator(before)
        else:
            menu.addMenu(sub)
            menu.addAction(self.print_action)
        self.menu = sub
        return sub

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison if comparison is not None and comparison.articles else None
        for action in (*self.actions.values(), self.print_action):
            action.setEnabled(self.comparison is not None)

    def titled(self) -> Comparison | None:
        """The comparison to export, titled by the event's given name when it has one."""
        comp, title = self.comparison, self.title()
        if comp is None or comp.title or not title:
            return comp
        return replace(comp, title=title)

    def export(self, kind: str) -> Path | None:
        """Ask where to save, then write; returns the path written, or None."""
        comp = self.titled()
        if comp is None:
            return None
        _text, suffix, file_filter = FORMATS[kind]
        start = str(self.last_dir / suggested_name(comp, suffix))
        shown = None if kind == "json" else self.shown()
        left_out = _left_out(comp, shown)
        if kind == "json":
            title = "Export as JSON (complete data: every flag and outlet, whatever is hidden)"
        elif left_out:
            title = f"Export as {kind.upper()} ({left_out})"
        else:
            title = f"Export as {kind.upper()}"
        name, _ = self.save_file(self.window, title, start, file_filter)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(suffix)
        notes = list(self.annotations()) if kind in ("html", "pdf") else None
        try:
            write_export(comp, kind, path, notes, shown=shown)
        except OSError as exc:
            text = save_failure(path, exc)
            self.message.emit(text)
            self.warn(self.window, "Export failed", text)
            return None
        self.last_dir = path.parent
        self.message.emit(saved_message(path, left_out))
        self.exported.emit(kind, path)
        return path

    def print_(self) -> bool:
        """File > Print: the same report as the PDF, annotations included."""
        comp = self.titled()
        if comp is None:
            return False
        shown = self.shown()
        done = print_report(
            comp,
            parent=self.window,
            annotations=list(self.annotations()),
            shown=shown,
        )
        left_out = _left_out(comp, shown)
        self.message.emit(
            f"Sent the report to the printer{f' ({left_out})' if left_out else ''}."
            if done
            else "Printing cancelled."
        )
        return done


def _left_out(comparison: Comparison, shown: FlagFilter | None) -> str:
    """What a report of ``shown`` leaves out, for a status line or a dialog's title ("without
    hidden flags: Loaded word; without speakers' words; without hidden outlets: Gazette"), in the
    order the report's own lines say it; empty when nothing is hidden."""
    if shown is None:
        return ""
    parts = []
    categories = hidden_labels(comparison, shown.categories)
    if categories:
        parts.append(f"without hidden flags: {', '.join(categories)}")
    if not shown.quoted:
        parts.append("without speakers’ words")
    outlets = hidden_outlet_names(comparison, shown.hidden_outlets)
    if outlets:
        parts.append(f"without hidden outlets: {', '.join(outlets)}")
    return "; ".join(parts)


__all__ = [
    "FORMATS",
    "TIPS",
    "ExportActions",
    "hidden_labels",
    "hidden_outlet_names",
    "suggested_name",
    "write_export",
]
