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
"Re-run Analysis" emits :attr:`LexiconEditor.rerunRequested` and the owner re-analyses with
:func:`reader.store.lexicon_edits.user_lexicon`.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
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
CATEGORY_COLUMN: Final = 1
NOTE_COLUMN: Final = 2
#: The most of the table's width each column but the Note may take; the Note has the rest, at
#: least 30% of it, however large the text.
COLUMN_SHARES: Final = {0: 0.2, CATEGORY_COLUMN: 0.2, 3: 0.12, 4: 0.16}
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
            "Words and phrases the engine flags. Your edits stay in your library, over the"
            " built-in lists; each flag names the entry that fired.",
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        layout.addLayout(self._build_filters())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_status())
        layout.addLayout(self._build_form())
        bottom = QHBoxLayout()
        self.add_button = QPushButton("Add or Override", self)
        self.off_button = QPushButton("Switch Off", self)
        self.off_button.setToolTip("Never flag the selected built-in entry")
        self.restore_button = QPushButton("Restore", self)
        self.restore_button.setToolTip("Forget your edit of the selected entry")
        for b in (self.add_button, self.off_button, self.restore_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        box = QDialogButtonBox(self)
        self.rerun_button = box.addButton("Re-run Analysis", QDialogButtonBox.ButtonRole.AcceptRole)
        self.rerun_button.setEnabled(False)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        bottom.addWidget(box)
        layout.addLayout(bottom)

        if library is None or not hasattr(library, "user_lexicon"):
            self.say("The library is not available: you can browse, but not edit.")
            for w in (self.add_button, self.off_button, self.restore_button):
                w.setEnabled(False)
        self.categories.currentIndexChanged.connect(lambda _i: self._browsed_category_changed())
        self.search.textChanged.connect(lambda _t: self.refill())
        self.table.currentCellChanged.connect(lambda *_: self._row_chosen())
        self.add_button.clicked.connect(self.add_entry)
        self.off_button.clicked.connect(self.switch_off)
        self.restore_button.clicked.connect(self.restore)
        self.rerun_button.clicked.connect(self._rerun)
        close.clicked.connect(self.reject)
        self._fill_categories()
        self.refill()

    # -- layout --------------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        """One line above the table: which category, the search, and how many entries match.

        A list of the seven categories beside the table took a third of its width and, at a
        large text size, left a tall empty area under the names while the table showed three
        rows; a drop-down here leaves the table the whole width."""
        row = QHBoxLayout()
        shown = QLabel("&Show", self)
        self.categories = QComboBox(self)
        self.categories.setAccessibleName("Lexicon categories")
        self.categories.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        shown.setBuddy(self.categories)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search terms and notes")
        self.search.setAccessibleName("Search the lexicon")
        self.search.setClearButtonEnabled(True)
        row.addWidget(shown)
        row.addWidget(self.categories)
        row.addWidget(self.search, 1)
        return row

    def _build_status(self) -> QHBoxLayout:
        """Under the table: how many entries are shown, then what the last edit did."""
        row = QHBoxLayout()
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.hide()  # shown with its first message
        row.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.status, 1)
        return row

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(["Term", "Category", "Note", "Source", "State"])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setAccessibleName("Lexicon entries")
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = table.horizontalHeader()
        for column in range(table.columnCount()):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_form(self) -> QGridLayout:
        """The entry being added or edited: Term and Category on one line, the Note under them."""
        self.term = QLineEdit(self)
        self.term.setPlaceholderText("a word or phrase, e.g. “rammed through”")
        self.term.setAccessibleName("Term")
        self.category = QComboBox(self)
        self.category.setAccessibleName("Category")
        for cat in ENTRY_CATEGORIES:
            self.category.addItem(category_label(cat), cat)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText("why it signals framing; shown in the flag’s explanation")
        self.note.setAccessibleName("Note")
        grid = QGridLayout()
        fields = (("&Term", self.term), ("&Category", self.category))
        for column, (name, field) in enumerate(fields):
            label = QLabel(name, self)
            label.setBuddy(field)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(field, 0, 2 * column + 1)
        label = QLabel("&Note", self)
        label.setBuddy(self.note)
        grid.addWidget(label, 1, 0)
        grid.addWidget(self.note, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        return grid

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
        data = self.categories.currentData()
        return str(data) if data is not None else ALL

    def say(self, message: str) -> None:
        """Show ``message`` on the status line under the lists (the line takes no room empty)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # once laid out: the table has its width only then

    def _fill_categories(self) -> None:
        counts = self.base.categories()
        self.categories.blockSignals(True)
        self.categories.clear()
        self.categories.addItem(f"All categories ({len(self.base)})", ALL)
        for cat in ENTRY_CATEGORIES:
            self.categories.addItem(f"{category_label(cat)} ({counts.get(cat, 0)})", cat)
        self.categories.setCurrentIndex(0)
        self.categories.blockSignals(False)

    def _browsed_category_changed(self) -> None:
        """Show the chosen category's entries, and make it the one a new term goes to: a teacher
        browsing Labels who types a term expects it added to Labels, not to the form's last pick."""
        cat = self.current_category()
        if cat != ALL:
            self.category.setCurrentIndex(self.category.findData(cat))
        self.refill()

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
        self._fit_columns()
        self._row_chosen()

    def _fit_columns(self) -> None:
        """Every column in the table's width, the Note with the most room.

        Each column but the Note is as wide as its widest text, up to its share of the width
        (:data:`COLUMN_SHARES`) and the Term to :data:`TERM_CHARS`; what they cut is elided and
        whole in the cell's tooltip and, for the chosen entry, in the boxes under the table.
        At a 20 pt font the columns sized to their contents pushed the Note behind a sideways
        scroll bar. With one category chosen its column only repeated it, so it is hidden."""
        table = self.table
        table.setColumnHidden(CATEGORY_COLUMN, self.current_category() != ALL)
        room = table.viewport().width()
        term_cap = table.fontMetrics().averageCharWidth() * TERM_CHARS
        for column, share in COLUMN_SHARES.items():
            cap = min(share * room, term_cap) if column == 0 else share * room
            if not table.isColumnHidden(column):
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, int(min(table.columnWidth(column), cap)))

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
