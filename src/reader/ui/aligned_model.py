"""The aligned view's table model: a comparison's rows as cells, one column per article.

It decides what each cell holds (its claims, the flags the legend shows, the shaded wording, the
other outlets' words in a flag's place) and answers Qt's roles, the screen reader's included; how
a cell looks is :mod:`reader.ui.cell_delegate`'s. The legend and find change only what is
highlighted, never the rows: they bump :attr:`AlignedModel.generation`, on which the delegate's
cached layouts are keyed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from reader.core.echoes import Echo, echo_rows, find_echoes
from reader.core.model import CATEGORY_LABELS, Article, Comparison, DiffSpan, Flag, Row
from reader.core.outlets import outlet_needs_name, outlet_unknown
from reader.core.overview import NO_MATCH, UNIQUE, FlagFilter
from reader.core.wording import cell_wording
from reader.ui import richtext
from reader.ui.legend import ALL_SHOWN, DIFFERENCES, legend_filter
from reader.ui.typography import curly

#: The role a cell's :class:`Cell` is given under: what the delegate paints and sizes it from.
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
#: An index as Qt hands it to a model or a delegate: plain or persistent.
ModelIndex = QModelIndex | QPersistentModelIndex

#: What a cell says where no sentence of its outlet lines up with the row's claim.
EMPTY_TEXT: Final = NO_MATCH

#: The caption of a cell worded differently throughout, and what it means on hover.
REWORDED: Final = "Reworded"
REWORDED_TIP: Final = (
    "Reworded: this outlet words the claim differently throughout, so its words are not shaded"
    " one by one. Only a phrase the other outlets have nothing like is shaded."
)


@dataclass(frozen=True, slots=True)
class Cell:
    """What one cell shows: an article's claims in one row, with their flags and differences."""

    article: str
    outlet: str
    spans: tuple[tuple[int, int], ...]
    flags: tuple[Flag, ...]
    diffs: tuple[DiffSpan, ...]
    unique: bool  # the only outlet carrying this claim (of two or more)
    text: str = field(repr=False, default="")
    #: This outlet's wording where another in the row is flagged ("President" for "dictator").
    echoes: tuple[Echo, ...] = ()
    #: Worded differently throughout (:class:`reader.core.wording.Wording`): captioned
    #: "reworded", since its substitutions are not shaded.
    reworded: bool = False

    @property
    def empty(self) -> bool:
        return not self.spans

    @property
    def empty_text(self) -> str:
        """What an empty cell shows: no sentence of this outlet lines up here (a missed
        paraphrase would make "not reported" false). The column's header names the outlet, so
        the cell does not: a long name made a row of empty cells the tallest in the table."""
        return EMPTY_TEXT

    @property
    def empty_description(self) -> str:
        """What an empty cell says to a screen reader and on hover: :attr:`empty_text` with the
        outlet, since neither sees the column's header."""
        return f"{EMPTY_TEXT} in {self.outlet}"

    @property
    def caption(self) -> str:
        """The small line above the text: "Only in X", "Reworded" or none."""
        if self.unique:
            return f"Only in {self.outlet}"
        return REWORDED if self.reworded else ""

    def plain(self) -> str:
        return richtext.joined(self.text, self.spans)


def row_of_flags(comp: Comparison, rows: list[Row]) -> dict[str, int]:
    """Which row each flag sits in: its claim's row, or the row whose claim span contains it."""
    claim_row: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for i, row in enumerate(rows):
        for article, claims in row.cells.items():
            for c in claims:
                claim_row[c.id] = i
                spans.setdefault(article, []).append((c.start, c.end, i))
    out: dict[str, int] = {}
    for f in comp.flags:
        if f.claim and f.claim in claim_row:
            out[f.id] = claim_row[f.claim]
            continue
        for s, e, i in spans.get(f.article, ()):
            if s <= f.start < e:
                out[f.id] = i
                break
    return out


class AlignedModel(QAbstractTableModel):
    """Rows of a comparison as a table; filters only change what is highlighted, never the rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.rows: list[Row] = []
        self.flag_row: dict[str, int] = {}
        self.categories: set[str] = set(ALL_SHOWN)
        #: The core's filter for :attr:`categories`: what decides which flags are drawn.
        self.shown: FlagFilter = legend_filter(self.categories)
        self.find_text = ""
        #: Article › Edit Article Details' key, as the headers' tips name it.
        self.edit_key = ""
        self.generation = 0  # bumped whenever the look of cells changes, to invalidate layouts
        self._flags_by_cell: dict[tuple[int, str], list[Flag]] = {}

    # -- content ------------------------------------------------------------------------------

    def set_comparison(self, comp: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comp
        self.rows = list(comp.rows()) if comp else []
        self.flag_row = row_of_flags(comp, self.rows) if comp else {}
        self._flags_by_cell = {}
        if comp:
            for f in comp.flags:
                r = self.flag_row.get(f.id)
                if r is not None:
                    self._flags_by_cell.setdefault((r, f.article), []).append(f)
        self.generation += 1
        self.endResetModel()

    def set_categories(self, categories: set[str]) -> None:
        self.categories = set(categories)
        self.shown = legend_filter(self.categories)
        self._restyle()

    def set_edit_key(self, key: str) -> None:
        """Name Article › Edit Article Details' key, as this system writes it, in the tips."""
        self.edit_key = key
        if self.comparison is not None and self.comparison.articles:
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, len(self.comparison.articles) - 1
            )

    def set_find(self, text: str) -> None:
        self.find_text = text
        self._restyle()

    def _restyle(self) -> None:
        self.generation += 1
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def cell_spans(self, row: int, column: int) -> tuple[tuple[int, int], ...]:
        """The article offsets a cell shows (its claims in this row), without building the cell."""
        assert self.comparison is not None
        claims = self.rows[row].cells.get(self.comparison.articles[column].id, ())
        return tuple((c.start, c.end) for c in claims)

    def cell_of(self, flag: Flag) -> tuple[int, int] | None:
        """The (row, column) a body flag is drawn in; None for a headline flag."""
        row = self.flag_row.get(flag.id)
        if row is None or self.comparison is None:
            return None
        ids = [a.id for a in self.comparison.articles]
        return (row, ids.index(flag.article)) if flag.article in ids else None

    def visible_flags(self, row: int, article: str) -> list[Flag]:
        return [
            f
            for f in self._flags_by_cell.get((row, article), ())
            if self.shown.shows(f) and f.category != UNIQUE
        ]

    def cell(self, row: int, column: int) -> Cell:
        assert self.comparison is not None
        art = self.comparison.articles[column]
        r = self.rows[row]
        claims = r.cells.get(art.id, ())
        wording = cell_wording(r, self.comparison.articles, art.id)
        # Different wording and the bar over a claim one outlet alone carries are marks too:
        # the legend (or View › Show Framing Marks) hides them as it hides flags.
        differences = DIFFERENCES in self.categories
        unique = r.is_unique and self.comparison.shares_claims and self.shown.shows_category(UNIQUE)
        spans = tuple((c.start, c.end) for c in claims)
        # Flags of the other outlets in this row (or a neighbouring row this outlet has no cell
        # in) whose words in the flagged place this cell holds.
        others = [
            f
            for n in echo_rows(self.rows, row, art.id)
            for a in self.comparison.articles
            if a.id != art.id
            for f in self.visible_flags(n, a.id)
        ]
        return Cell(
            article=art.id,
            outlet=art.outlet,
            spans=spans,
            flags=tuple(self.visible_flags(row, art.id)),
            diffs=wording.diffs if differences else (),
            unique=unique and bool(claims),
            text=art.text,
            echoes=find_echoes(art.text, spans, art.id, others),
            reworded=wording.reworded and differences,
        )

    def is_difference(self, row: int) -> bool:
        """A row worth stopping at: a claim not everyone carries, or worded differently."""
        if self.comparison is None:
            return False
        r = self.rows[row]
        if len(self.comparison.articles) > 1 and len(r.cells) < len(self.comparison.articles):
            return True
        return r.alignment is not None and any(r.alignment.diffs.get(a) for a in r.cells)

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.articles)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.comparison is None:
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.plain()
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if cell.empty:
                return cell.empty_description
            prefix = f"{cell.caption}. " if cell.caption else ""
            flags = "; ".join(
                f"{CATEGORY_LABELS.get(f.category, f.category)}: {f.text}" for f in cell.flags
            )
            return prefix + cell.plain() + (f" Flags: {flags}" if flags else "")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(
            self.comparison.articles
        ):
            art = self.comparison.articles[section]
            if role == Qt.ItemDataRole.DisplayRole:
                sub = " · ".join(x for x in (art.title, (art.date or "")[:10]) if x)
                return f"{art.outlet}\n{elide(sub, 90)}" if sub else art.outlet
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = "\n".join(
                    x for x in (art.outlet, art.title, art.author, art.date, art.source) if x
                )
                framing = [
                    curly(f.explanation)
                    for f in self.comparison.headline_flags
                    if f.article == art.id
                ]
                if framing:
                    tip += "\n\n" + "\n".join(framing)
                if outlet_needs_name(art):
                    tip += f"\n\n{stand_in_tip(art)}"
                return tip + "\n" + edit_tip(self.edit_key)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def edit_tip(key: str) -> str:
    """How a column header's details are edited: a double click, or the action's ``key`` as this
    system writes it (Cmd+E on a Mac, where hand-written "Ctrl+E" did nothing)."""
    if key:
        return f"Double-click or press {key} to edit these details."
    return "Double-click to edit these details."


def stand_in_tip(article: Article) -> str:
    """Why an outlet's name is a stand-in, and how to give the real one: said where the header
    has room only for the pencil, so it names the pencil."""
    if outlet_unknown(article):
        why = "Nothing in the file names its outlet, and its file’s name is a code, not a name."
    else:
        why = "This name is the file’s name: nothing in the file names its outlet."
    return f"{why} Click ✎ (name it) to give the outlet’s name."


def elide_at(text: str, n: int) -> int:
    """Where :func:`elide` puts its ellipsis in ``text`` longer than ``n`` characters: after the
    last whole word that leaves room for it. Cut at the character, a headline ended "China to …"
    (the ellipsis wrapped onto a line of its own) or in the middle of a word."""
    cut = n - 1
    if text[cut] != " ":
        cut = max(text.rfind(" ", 0, cut), 0) or cut  # one word longer than n is cut inside it
    return len(text[:cut].rstrip())


def elide(text: str, n: int) -> str:
    """``text`` cut to at most ``n`` characters after a whole word, the last an ellipsis: a
    header keeps to its lines."""
    return text if len(text) <= n else text[: elide_at(text, n)] + "…"
