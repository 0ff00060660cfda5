"""The reading view (each article's full text side by side) and the single-article view.

Text is shown in read-only QTextEdits filled with ``insertText`` only: an article can never load a
resource or run anything. Scrolling is synchronised by proportion, so the columns move together even
when the articles differ in length; selecting a claim highlights its counterparts in every column.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QWidget,
)

from reader.core.model import CATEGORY_LABELS, Comparison, Flag, Row
from reader.core.palette import style_for
from reader.ui.legend import ALL_SHOWN, legend_filter
from reader.ui.reading_find import Found, move_match
from reader.ui.reading_pane import ArticlePane
from reader.ui.reading_sync import ScrollSync
from reader.ui.theme import colours
from reader.ui.wrapped_delegate import WrappedItemDelegate


class ReadingView(QWidget):
    """Every article's full text in its own column, scrolling together."""

    flagClicked = Signal(str)
    #: A claim was clicked: the index of its row in ``Comparison.rows()`` (as in the aligned view)
    #: and the column of the article it was clicked in.
    rowRequested = Signal(int, int)
    editRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Reading view")
        self.panes: list[ArticlePane] = []
        self.comparison: Comparison | None = None
        self.rows: list[Row] = []
        #: The claim highlighted in every column (the aligned view's selected row), kept when
        #: the texts are filled again.
        self.highlighted: Row | None = None
        self.dark = False
        self.font_ = QFont()
        self.categories: set[str] = set(ALL_SHOWN)
        #: The core's filter for :attr:`categories`: what decides which flags are marked.
        self.shown = legend_filter(self.categories)
        #: The columns scrolling together; held while the view places them itself.
        self._sync = ScrollSync()
        #: The current find match: the column counted among those shown, then where it is.
        self.find_match: Found | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._layout.addWidget(self.splitter)

    def set_comparison(self, comp: Comparison | None) -> None:
        for p in self.panes:
            p.setParent(None)
            p.deleteLater()
        self.panes = []
        self._sync.clear()
        self.find_match = None
        self.highlighted = None
        self.comparison = comp
        self.rows = list(comp.rows()) if comp is not None else []
        if comp is None:
            return
        for art in comp.articles:
            pane = ArticlePane(art, self.splitter)
            pane.flagClicked.connect(self.flagClicked)
            pane.textClicked.connect(self._text_clicked)
            pane.editRequested.connect(self.editRequested)
            self.splitter.addWidget(pane)
            self._sync.add(pane.text.verticalScrollBar())
            self.panes.append(pane)
        self.splitter.setSizes([1000] * len(self.panes))  # equal columns
        self.refill()

    def refill(self) -> None:
        """Write every column again (a new look or legend): each keeps its place, the claim
        highlighted and the current flag's outline, in the new colours."""
        if self.comparison is None:
            return
        with self._sync.held():  # each column keeps its own place
            for pane in self.panes:
                self._refill(pane, self.comparison)

    def _refill(self, pane: ArticlePane, comp: Comparison) -> None:
        flags = [
            f
            for f in comp.flags_of(pane.article.id)
            if self.shown.shows(f) and f.category != "unique-claim"
        ]
        pane.fill(flags, self.dark, self.font_)
        pane.set_headline(
            [
                f
                for f in comp.headline_flags
                if f.article == pane.article.id and self.shown.shows(f)
            ],
            self.dark,
        )
        if self.highlighted is not None:
            claims = self.highlighted.cells.get(pane.article.id, ())
            pane.mark([(c.start, c.end) for c in claims], self.dark, scroll=False)

    def set_look(self, dark: bool, font: QFont) -> None:
        if dark == self.dark and font == self.font_:
            return
        self.dark = dark
        self.font_ = font
        self.refill()

    def set_categories(self, categories: set[str]) -> None:
        self.categories = set(categories)
        self.shown = legend_filter(self.categories)
        self.refill()

    def set_hidden_outlets(self, hidden: set[str]) -> None:
        for p in self.panes:
            p.setVisible(p.article.id not in hidden)

    def set_current_flag(self, flag_id: str | None) -> None:
        """The current flag (F8's, or one clicked here or in the aligned view), outlined as the
        aligned view outlines it: in its title line or in its text, scrolled into view."""
        with self._sync.held():  # the others follow the flag's claim
            for p in self.panes:
                p.set_current_flag(flag_id or None, reveal=True)

    def row_at(self, article_id: str, offset: int) -> int | None:
        """The row holding the claim of ``article_id`` that covers ``offset``."""
        for i, row in enumerate(self.rows):
            for claim in row.cells.get(article_id, ()):
                if claim.start <= offset < claim.end:
                    return i
        return None

    def _text_clicked(self, article_id: str, offset: int) -> None:
        """Select the clicked claim's row in the clicked article's column: F8 then goes on from
        that outlet's cell, not the first outlet's."""
        row = self.row_at(article_id, offset)
        if row is None or self.comparison is None:
            return
        ids = [a.id for a in self.comparison.articles]
        if article_id in ids:
            self.rowRequested.emit(row, ids.index(article_id))

    def highlight_row(self, row: Row) -> None:
        self.highlighted = row
        with self._sync.held():
            for pane in self.panes:
                claims = row.cells.get(pane.article.id, ())
                pane.mark([(c.start, c.end) for c in claims], self.dark)

    def find_text(self, text: str, forward: bool = True, again: bool = True) -> tuple[int, int]:
        """Highlight ``text`` in every shown column, headline and text, and set one match
        apart, scrolled into view: while the user types, the first at or after the current
        match's start; on Next or Previous (``again``) the one after or before it. Columns are
        read one after the other, each from its headline down. Returns the match's number and
        the count."""
        panes = [p for p in self.panes if not p.isHidden()]  # not the outlets hidden
        matches = [(i, *m) for i, p in enumerate(panes) for m in p.set_find(text)]
        for p in self.panes:
            if p not in panes:
                p.set_find("")
        return move_match(panes, matches, self, forward, again)

    def clear_find(self) -> None:
        for p in self.panes:
            p.set_find("")
            p.show_match(None)
        self.find_match = None

    def scroll_to_top(self) -> None:
        """Every column back at its first line (the start of a reading, and of a screenshot)."""
        with self._sync.held():
            for pane in self.panes:
                pane.text.verticalScrollBar().setValue(0)


class SingleArticleView(QWidget):
    """One article alone: its text with the flags marked, and the list of flags beside it."""

    flagSelected = Signal(str)
    editRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Single article")
        self.comparison: Comparison | None = None
        self.pane: ArticlePane | None = None
        self.find_match: Found | None = None
        #: The flag selected in the list, kept while the legend hides it: shown again, it is
        #: selected again (the list is rebuilt whenever the legend or the look changes).
        self.selected_flag: str | None = None
        #: A clean copy (View › Show Framing Marks off): see :meth:`set_clean`.
        self.clean = False
        self.dark = False
        self.font_ = QFont()
        self.categories: set[str] = set(ALL_SHOWN)
        #: The core's filter for :attr:`categories`: what decides which flags are marked.
        self.shown = legend_filter(self.categories)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.splitter)
        self.flag_list = QListWidget(self.splitter)
        self.flag_list.setAccessibleName("Flags in this article")
        # Flags read as short phrases: wrap them rather than scroll sideways to read one.
        self.flag_list.setWordWrap(True)
        self.flag_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flag_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.flag_list.setSpacing(1)
        self.flag_list.setItemDelegate(WrappedItemDelegate(self.flag_list))
        self.flag_list.currentItemChanged.connect(self._flag_changed)
        self.splitter.addWidget(self.flag_list)

    def set_comparison(self, comp: Comparison | None) -> None:
        if self.pane is not None:
            self.pane.setParent(None)
            self.pane.deleteLater()
            self.pane = None
        self.find_match = None
        self.selected_flag = None
        self.comparison = comp
        if comp is None or not comp.articles:
            self.flag_list.clear()
            return
        self.pane = ArticlePane(comp.articles[0], self.splitter)
        self.pane.flagClicked.connect(self.select_flag)
        self.pane.editRequested.connect(self.editRequested)
        self.splitter.insertWidget(0, self.pane)
        self.splitter.setSizes([700, 300])
        self.refill()

    def flags(self) -> list[Flag]:
        if self.comparison is None:
            return []
        return sorted(
            (
                f
                for f in self.comparison.flags
                if self.shown.shows(f) and f.category != "unique-claim"
            ),
            key=lambda f: f.start,
        )

    def headline_flags(self) -> list[Flag]:
        """The headline's own framing, listed first: it is what a reader meets first."""
        if self.comparison is None:
            return []
        return [f for f in self.comparison.headline_flags if self.shown.shows(f)]

    def refill(self) -> None:
        if self.pane is None:
            return
        flags = self.flags()
        headline = self.headline_flags()
        self.pane.fill(flags, self.dark, self.font_)
        self.pane.set_headline(headline, self.dark)
        self.flag_list.blockSignals(True)
        self.flag_list.clear()
        for f in [*headline, *flags]:
            st = style_for(f.category)
            words = f.text.strip("\"'“”‘’")  # scare quotes get their own quotation marks
            words = words if len(words) <= 90 else words[:89] + "…"
            where = " · headline" if f.where == "title" else ""
            item = QListWidgetItem(
                f"[{st.marker}] “{words}” — {CATEGORY_LABELS.get(f.category, f.category)}{where}"
            )
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(f.explanation)
            item.setForeground(QColor(colours(self.dark)["text"]))
            self.flag_list.addItem(item)
        if not flags and not headline:
            self.flag_list.addItem(self._empty_item())
        ids = [f.id for f in (*headline, *flags)]
        selected = self.selected_flag
        self.flag_list.setCurrentRow(ids.index(selected) if selected in ids else -1)
        self.flag_list.blockSignals(False)
        if selected in ids:
            self._mark_selected()

    def _empty_item(self) -> QListWidgetItem:
        """An empty list says why: nothing was flagged, or the legend hides what was."""
        hidden = self.comparison is not None and any(
            f.category != "unique-claim"
            for f in (*self.comparison.flags, *self.comparison.headline_flags)
        )
        if self.clean:
            text = (
                "Framing marks are hidden for a clean copy: View › Show Framing Marks"
                " (Ctrl+Shift+M) shows them."
            )
        elif hidden:
            text = "No flag shown: the legend hides the kinds this article has."
        else:
            text = (
                "No framing flagged in this article: none of its wording matched the lexicon or"
                " the rules."
            )
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(QColor(colours(self.dark)["muted"]))
        return item

    def set_look(self, dark: bool, font: QFont) -> None:
        self.dark = dark
        self.font_ = font
        self.flag_list.setFont(font)  # the font-size setting reaches the list too
        self.refill()

    def set_categories(self, categories: set[str]) -> None:
        self.categories = set(categories)
        self.shown = legend_filter(self.categories)
        self.refill()

    def set_clean(self, clean: bool) -> None:
        """View › Show Framing Marks off: the empty list says the marks are hidden, and how to
        bring them back (rather than that the legend hides some kinds)."""
        if clean != self.clean:
            self.clean = clean
            self.refill()

    def find_text(self, text: str, forward: bool = True, again: bool = True) -> tuple[int, int]:
        """Find in the article's text, as the reading view does in each of its columns."""
        if self.pane is None:
            return 0, 0
        matches = [(0, *m) for m in self.pane.set_find(text)]
        return move_match([self.pane], matches, self, forward, again)

    def clear_find(self) -> None:
        if self.pane is not None:
            self.pane.set_find("")
            self.pane.show_match(None)
        self.find_match = None

    def select_flag(self, flag_id: str) -> None:
        for i in range(self.flag_list.count()):
            if self.flag_list.item(i).data(Qt.ItemDataRole.UserRole) == flag_id:
                self.flag_list.setCurrentRow(i)
                return

    def _flag_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None or self.comparison is None or self.pane is None:
            return
        fid = item.data(Qt.ItemDataRole.UserRole)
        if self.comparison.flag_by_id(fid) is None:
            return
        self.selected_flag = fid
        self._mark_selected()
        self.flagSelected.emit(fid)

    def _mark_selected(self) -> None:
        fid, comp = self.selected_flag, self.comparison
        flag = comp.flag_by_id(fid) if comp is not None and fid is not None else None
        if flag is None or self.pane is None:
            return
        # Outlined as the current flag, in the title line or the text; a flag of the text is
        # highlighted too (a headline's is marked in its title line already).
        headline = flag.where == "title"
        self.pane.set_current_flag(flag.id, reveal=True)
        self.pane.mark([] if headline else [(flag.start, flag.end)], self.dark)
