"""Tools > Lexicon: browse the bundled framing lexicon and keep one's own edits in the library.

A teacher may want "regime" flagged in one class and not in another; a journalist on a beat knows
the loaded words of that beat. The bundled TSV files stay untouched (an update would overwrite
them); the user's edits live in the library's ``user_lexicon`` table and are applied on top with
:meth:`reader.core.lexicon.Lexicon.with_user_entries`:

- *add* a term to a category (it overrides a bundled entry with the same term and category, e.g. to
  give it the user's own note);
- *switch off* a bundled entry (it is never flagged again);
- *restore*: forget an edit, so the bundled entry applies again.

Every flag names the entry that fired (``lexicon:label:regime``) and its note, so a reader can
always trace a flag back to a line here. The editor changes nothing on screen by itself:
"Re-run analysis" emits :attr:`LexiconEditor.rerunRequested` and the owner re-analyses with
:func:`reader.store.lexicon_edits.user_lexicon`.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.lexicon import ENTRY_CATEGORIES, Lexicon, LexiconEntry, default_lexicon
from reader.core.model import CATEGORY_LABELS
from reader.store.lexicon_edits import user_edits, user_lexicon

ALL: Final = ""
#: The Term column's widest, in characters of its font. A long phrase is elided there (its
#: tooltip and the Term box below hold it whole), so the Note, which says why an entry is in the
#: lexicon, keeps room to be read: sized to the longest term, it was cut to its first words.
TERM_CHARS: Final = 22
_STATE_WORDS: Final = {
    "bundled": "built in",
    "added": "yours",
    "override": "yours (overrides built in)",
    "off": "switched off",
}


def category_label(category: str) -> str:
    if category == "neutral":
        return "Neutral, never flagged"
    return CATEGORY_LABELS.get(category, category.capitalize())


class LexiconEditor(QDialog):
    """Browse by category with search; add, override, switch off and restore entries."""

    #: The user wants the open comparison analysed again with the edited lexicon.
    rerunRequested = Signal()
    #: An edit was saved in the library (the lexicon version has changed).
    lexiconChanged = Signal()

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lexicon")
        self.setObjectName("lexiconEditor")
        self.library = library
        self.base = default_lexicon()
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Words and phrases the engine flags, by category. Your edits are kept in your"
            " library and apply on top of the built-in lists; flags name the entry that fired.",
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.categories = QListWidget(split)
        self.categories.setAccessibleName("Lexicon categories")
        split.addWidget(self.categories)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(right)
        self.search.setPlaceholderText("Search terms and notes")
        self.search.setAccessibleName("Search the lexicon")
        self.search.setClearButtonEnabled(True)
        rl.addWidget(self.search)
        self.table = QTableWidget(right)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(["Term", "Category", "Note", "Source", "State"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName("Lexicon entries")
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        rl.addWidget(self.table, 1)
        self.count = QLabel(right)
        self.count.setObjectName("muted")
        rl.addWidget(self.count)

        form = QFormLayout()
        self.term = QLineEdit(right)
        self.term.setPlaceholderText("a word or phrase, e.g. “rammed through”")
        self.term.setAccessibleName("Term")
        self.category = QComboBox(right)
        self.category.setAccessibleName("Category")
        for cat in ENTRY_CATEGORIES:
            self.category.addItem(category_label(cat), cat)
        self.note = QLineEdit(right)
        self.note.setPlaceholderText("why it signals framing; shown in the flag's explanation")
        self.note.setAccessibleName("Note")
        form.addRow("Term", self.term)
        form.addRow("Category", self.category)
        form.addRow("Note", self.note)
        rl.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add or override", right)
        self.off_button = QPushButton("Switch off", right)
        self.off_button.setToolTip("Never flag the selected built-in entry")
        self.restore_button = QPushButton("Restore", right)
        self.restore_button.setToolTip("Forget your edit of the selected entry")
        for b in (self.add_button, self.off_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 700])
        self._split = split
        layout.addWidget(split, 1)

        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.hide()  # shown with its first message: empty, it took a line from the table
        layout.addWidget(self.status)
        box = QDialogButtonBox(self)
        self.rerun_button = box.addButton("Re-run analysis", QDialogButtonBox.ButtonRole.AcceptRole)
        self.rerun_button.setEnabled(False)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(box)

        if library is None or not hasattr(library, "user_lexicon"):
            self.say("The library is not available: you can browse, but not edit.")
            for w in (self.add_button, self.off_button, self.restore_button):
                w.setEnabled(False)
        self.categories.currentItemChanged.connect(lambda *_: self.refill())
        self.search.textChanged.connect(lambda _t: self.refill())
        self.table.currentCellChanged.connect(lambda *_: self._row_chosen())
        self.add_button.clicked.connect(self.add_entry)
        self.off_button.clicked.connect(self.switch_off)
        self.restore_button.clicked.connect(self.restore)
        self.rerun_button.clicked.connect(self._rerun)
        close.clicked.connect(self.reject)
        self._fill_categories()
        self.refill()

    # -- data ----------------------------------------------------------------------------------

    def rows(self) -> list[tuple[LexiconEntry, str]]:
        """Every entry the user can see, with its state: bundled, added, override or off."""
        added, removed = user_edits(self.library)
        off = {(t.lower(), c) for t, c in removed}
        mine = {e.key: e for e in added}
        out: list[tuple[LexiconEntry, str]] = []
        for e in self.base:
            if e.key in off:
                out.append((e, "off"))
            elif e.key in mine:
                out.append((mine.pop(e.key), "override"))
            else:
                out.append((e, "bundled"))
        out.extend((e, "added") for e in mine.values())
        return out

    def current_category(self) -> str:
        item = self.categories.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ALL

    def say(self, message: str) -> None:
        """Show ``message`` on the status line under the lists (the line takes no room empty)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_categories()  # once laid out: the splitter has its width only then

    def _fit_categories(self) -> None:
        """Give the category list the width of its longest name and count, the table the rest:
        at a 20 pt system font a fixed 200 px cut them ("Label or epithe", "Loaded word (5")."""
        cats = self.categories
        need = (
            cats.sizeHintForColumn(0)
            + 2 * cats.frameWidth()
            + cats.verticalScrollBar().sizeHint().width()
        )
        sizes = self._split.sizes()
        total = sum(sizes)
        if need > sizes[0] and total > need:
            self._split.setSizes([need, total - need])

    def _fill_categories(self) -> None:
        counts = self.base.categories()
        self.categories.blockSignals(True)
        self.categories.clear()
        every = QListWidgetItem(f"All categories ({len(self.base)})")
        every.setData(Qt.ItemDataRole.UserRole, ALL)
        self.categories.addItem(every)
        for cat in ENTRY_CATEGORIES:
            item = QListWidgetItem(f"{category_label(cat)} ({counts.get(cat, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, cat)
            self.categories.addItem(item)
        self.categories.setCurrentRow(0)
        self.categories.blockSignals(False)

    def refill(self) -> None:
        cat = self.current_category()
        needle = self.search.text().strip().casefold()
        shown = [
            (e, state)
            for e, state in self.rows()
            if (not cat or e.category == cat)
            and (not needle or needle in e.term.casefold() or needle in e.note.casefold())
        ]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for r, (e, state) in enumerate(shown):
            cells = (e.term, category_label(e.category), e.note, e.source, _STATE_WORDS[state])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, (e.term, e.category, state))
                if state != "bundled":
                    f = QFont(self.table.font())
                    f.setItalic(state == "off")
                    f.setBold(state != "off")
                    item.setFont(f)
                self.table.setItem(r, c, item)
        self.count.setText(f"{len(shown)} entr{'y' if len(shown) == 1 else 'ies'} shown")
        self._fit_term_column()
        self._row_chosen()

    def _fit_term_column(self) -> None:
        """The Term column as wide as the terms shown, up to :data:`TERM_CHARS`."""
        self.table.resizeColumnToContents(0)
        widest = self.table.fontMetrics().averageCharWidth() * TERM_CHARS
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), widest))

    def chosen(self) -> tuple[str, str, str] | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        term, cat, state = item.data(Qt.ItemDataRole.UserRole)
        return str(term), str(cat), str(state)

    def _row_chosen(self) -> None:
        editable = self.library is not None and hasattr(self.library, "user_lexicon")
        chosen = self.chosen()
        self.off_button.setEnabled(editable and chosen is not None and chosen[2] != "off")
        self.restore_button.setEnabled(editable and chosen is not None and chosen[2] != "bundled")
        if chosen is not None:
            term, cat, _state = chosen
            self.term.setText(term)
            self.category.setCurrentIndex(self.category.findData(cat))
            entry = next((e for e, _s in self.rows() if e.key == (term.lower(), cat)), None)
            self.note.setText(entry.note if entry is not None else "")

    # -- edits ---------------------------------------------------------------------------------

    def _edited(self, message: str) -> None:
        self.say(message + " Re-run the analysis to see the flags change.")
        self.rerun_button.setEnabled(True)
        self.refill()
        self.lexiconChanged.emit()

    def add_entry(self) -> None:
        term = " ".join(self.term.text().split())
        cat = str(self.category.currentData())
        if not term:
            self.say("Write the word or phrase first.")
            return
        self.library.set_user_lexicon_entry(term, cat, note=self.note.text().strip())
        bundled = any(e.key == (term.lower(), cat) for e in self.base)
        verb = "now overrides the built-in entry" if bundled else "added"
        self._edited(f"“{term}” ({category_label(cat)}) {verb}.")

    def switch_off(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        term, cat, state = chosen
        if state in ("added",):
            self.library.remove_user_lexicon_entry(term, cat)
        else:
            self.library.set_user_lexicon_entry(term, cat, action="remove")
        self._edited(f"“{term}” ({category_label(cat)}) will not be flagged.")

    def restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        term, cat, state = chosen
        self.library.remove_user_lexicon_entry(term, cat)
        what = "removed" if state == "added" else "back to the built-in entry"
        self._edited(f"“{term}” ({category_label(cat)}) {what}.")

    def _rerun(self) -> None:
        self.rerunRequested.emit()
        self.accept()

    def lexicon(self) -> Lexicon:
        """The lexicon with the edits saved so far."""
        return user_lexicon(self.library, self.base)


__all__ = ["LexiconEditor", "category_label"]
