"""Edit › Copy and Select All (Ctrl+C, Ctrl+A), acting on whichever of the window's widgets has
the keyboard focus, as a desktop user expects of those keys.

Text (the reading panes, the single article, Details, the find bar, the library's search) copies
and selects as its own widget does; an article's text and the Details copy the outlets' words
without the view's marker letters (:func:`reader.ui.richtext.selected_words`). An item view (the
aligned view, the single article's flag list, the library) copies its selected rows as plain
text, a line per row with its cells tab-separated: a row of the aligned view pastes into a
spreadsheet as one row of outlets, and into a document as one line. Hidden outlets and rows are
left out, as on screen. Both actions are enabled only while the focused widget has something to
copy or select.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

TextWidget = QTextEdit | QPlainTextEdit


def can_copy(widget: QWidget | None) -> bool:
    """Whether ``widget`` has a selection to copy (a password field never has)."""
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText() and widget.echoMode() == QLineEdit.EchoMode.Normal
    if isinstance(widget, TextWidget):
        return widget.textCursor().hasSelection()
    if isinstance(widget, QAbstractItemView):
        return bool(_selected_rows(widget))
    return False


def can_select_all(widget: QWidget | None) -> bool:
    """Whether ``widget`` has anything Select All would select."""
    if isinstance(widget, QLineEdit):
        return bool(widget.text())
    if isinstance(widget, TextWidget):
        return not widget.document().isEmpty()
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        none = QAbstractItemView.SelectionMode.NoSelection
        return (
            model is not None
            and model.rowCount(QModelIndex()) > 0
            and widget.selectionMode() != none
        )
    return False


def copy_from(widget: QWidget | None) -> None:
    """Put ``widget``'s selection on the clipboard (nothing, when it has none)."""
    if not can_copy(widget):
        return
    if isinstance(widget, QLineEdit | TextWidget):
        widget.copy()
    elif isinstance(widget, QAbstractItemView):
        QGuiApplication.clipboard().setText(rows_text(widget))


def select_all_in(widget: QWidget | None) -> None:
    """Select everything in ``widget``. A view that lets the user select one row at a time (the
    aligned view) is given every row all the same, so that Copy then takes the whole table."""
    if not can_select_all(widget):
        return
    if isinstance(widget, QLineEdit | TextWidget):
        widget.selectAll()
        return
    assert isinstance(widget, QAbstractItemView)
    model, selection = widget.model(), widget.selectionModel()
    columns = _shown_columns(widget) or [0]
    last_row = model.rowCount(QModelIndex()) - 1
    everything = QItemSelection(model.index(0, min(columns)), model.index(last_row, max(columns)))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    selection.select(everything, flags | QItemSelectionModel.SelectionFlag.Rows)


def rows_text(view: QAbstractItemView) -> str:
    """The selected rows of ``view`` as plain text: one line per row, top to bottom, its selected
    cells in the order the columns are shown and separated by tabs (an empty cell stays an empty
    field, so the columns keep their places). A cell's own line breaks become spaces."""
    columns = _shown_columns(view)
    lines = []
    for row in _selected_rows(view):
        cells = [
            " ".join(str(row.siblingAtColumn(c).data(Qt.ItemDataRole.DisplayRole) or "").split())
            for c in columns
            if view.selectionModel().isSelected(row.siblingAtColumn(c))
        ]
        lines.append("\t".join(cells))
    return "\n".join(lines)


def _selected_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The first index of each row with a selected cell that is on screen, in reading order."""
    selection = view.selectionModel()
    if selection is None or view.model() is None:
        return []
    shown = set(_shown_columns(view))
    rows: dict[tuple[int, ...], QModelIndex] = {}
    for index in selection.selectedIndexes():
        if index.column() in shown and not _row_hidden(view, index):
            rows.setdefault(_path(index), index.siblingAtColumn(0))
    return [rows[path] for path in sorted(rows)]


def _shown_columns(view: QAbstractItemView) -> list[int]:
    """The model's columns ``view`` shows, left to right as the user sees them."""
    if isinstance(view, QListView):
        return [view.modelColumn()]  # (a list model keeps its column count to itself)
    model = view.model()
    count = model.columnCount(QModelIndex()) if model is not None else 0
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    if header is None:
        return list(range(count))
    shown = [c for c in range(count) if not header.isSectionHidden(c)]
    return sorted(shown, key=header.visualIndex)


def _row_hidden(view: QAbstractItemView, index: QModelIndex) -> bool:
    if isinstance(view, QTableView | QListView):
        return view.isRowHidden(index.row())
    if isinstance(view, QTreeView):
        return view.isRowHidden(index.row(), index.parent())
    return False


def _path(index: QModelIndex) -> tuple[int, ...]:
    """Where ``index``'s row sits in its model, from the top: rows sort in reading order."""
    rows = []
    while index.isValid():
        rows.append(index.row())
        index = index.parent()
    return tuple(reversed(rows))


class EditCommands(QObject):
    """Edit › Copy and Select All of one window, acting on the widget of the window that last
    had the keyboard focus (opening a menu takes the focus out of the window, not the target)."""

    def __init__(self, window: QWidget, copy: QAction, select_all: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.act_copy = copy
        self.act_select_all = select_all
        self.target: QWidget | None = None
        #: The target's signals that say its selection or contents changed, connected to
        #: :meth:`update`; disconnected when the focus moves on.
        self._watched: list[tuple[object, Callable[..., None]]] = []
        copy.triggered.connect(lambda: copy_from(self.target))
        select_all.triggered.connect(lambda: select_all_in(self.target))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.update()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not self.window or new is self.target:
            return
        self._unwatch()
        self.target = new
        self._watch(new)
        self.update()

    def update(self) -> None:
        """Enable each action only when it can act on the target (after any change there)."""
        self.act_copy.setEnabled(can_copy(self.target))
        self.act_select_all.setEnabled(can_select_all(self.target))

    def _watch(self, widget: QWidget) -> None:
        changes: list[object] = []
        if isinstance(widget, QLineEdit | TextWidget):
            changes = [widget.selectionChanged, widget.textChanged]
        elif isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
            model = widget.model()
            changes = [widget.selectionModel().selectionChanged, model.modelReset]
            changes += [model.rowsInserted, model.rowsRemoved]
        pairs = [(widget.destroyed, self._gone), *((s, self._changed) for s in changes)]
        for signal, slot in pairs:
            signal.connect(slot)  # type: ignore[attr-defined]
            self._watched.append((signal, slot))

    def _unwatch(self) -> None:
        for signal, slot in self._watched:
            with contextlib.suppress(RuntimeError, TypeError):  # its widget is gone already
                signal.disconnect(slot)  # type: ignore[attr-defined]
        self._watched = []

    def _changed(self, *_args: object) -> None:
        self.update()

    def _gone(self, *_args: object) -> None:
        """The target was deleted (a reading pane of the last comparison): nothing to act on."""
        self._watched = []
        self.target = None
        self.update()


__all__ = [
    "EditCommands",
    "can_copy",
    "can_select_all",
    "copy_from",
    "rows_text",
    "select_all_in",
]
