"""The single-article view: one article alone, its text with the flags marked in a pane as the
reading view shows each of its columns, and beside it the list of its flags, the headline's first.

A flag selected in the list is outlined and highlighted in the text, and a flag clicked in the
text is selected in the list. The list is rebuilt whenever the legend or the look changes and keeps
the flag selected; an empty list says why it is empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QWidget,
)

from reader.core.model import CATEGORY_LABELS, Comparison, Flag
from reader.core.overview import UNIQUE
from reader.core.palette import style_for
from reader.ui.aligned_headers import HEADER_SHARE, lines_within
from reader.ui.legend import ALL_SHOWN, legend_filter
from reader.ui.reading_find import Found, move_match
from reader.ui.reading_header import PANE_HEADLINE_LINES
from reader.ui.reading_pane import ArticlePane
from reader.ui.theme import colours
from reader.ui.typography import curly
from reader.ui.wrapped_delegate import WrappedItemDelegate


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
        #: View › Show Framing Marks' key, as the clean copy's note names it.
        self.marks_key = ""
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
        self.pane = ArticlePane(comp.articles[0], self.splitter, comparison=comp)
        self.pane.flagClicked.connect(self.select_flag)
        self.pane.editRequested.connect(self.editRequested)
        self.splitter.insertWidget(0, self.pane)
        self.splitter.setSizes([700, 300])
        self.refill()

    def tab_stops(self) -> list[QWidget]:
        """The view's parts in reading order, for the window's Tab: the article (its header's
        link, when it has one, then its text), then its flags. By creation order Tab reached the
        flags first, since each article makes a new pane after the list, and Qt's own reordering
        (setTabOrder) split the window's focus chain in two around the text's scroll bars."""
        if self.pane is None:
            return [self.flag_list]
        article = [w for w in (self.pane.header.edit_link, self.pane.text) if w is not None]
        return [*article, self.flag_list]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_header()

    def fit_header(self) -> None:
        """The headline's three lines as far as :data:`HEADER_SHARE` of the view's height allows,
        as in the Reading view: zoomed in a short window the header took half the height and
        left the text a strip. The headline is whole in the header's tooltip."""
        pane = self.pane
        if pane is None or self.height() <= 0:
            return
        room = self.height() * HEADER_SHARE
        _outlet, headline = lines_within(room, pane.header.height_for, 1, PANE_HEADLINE_LINES)
        pane.subtitle.set_max_lines(headline)

    def flags(self) -> list[Flag]:
        if self.comparison is None:
            return []
        return sorted(
            (f for f in self.comparison.flags if self.shown.shows(f) and f.category != UNIQUE),
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
        self.fit_header()  # the zoom may have changed the header's lines' height
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
            item.setToolTip(curly(f.explanation))
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
            f.category != UNIQUE for f in (*self.comparison.flags, *self.comparison.headline_flags)
        )
        if self.clean:
            key = f" ({self.marks_key})" if self.marks_key else ""
            text = (
                "Framing marks are hidden for a clean copy: View › Show Framing Marks"
                f"{key} shows them."
            )
        elif hidden:
            text = "No flag shown: the legend hides the kinds this article has."
        else:
            text = (
                "No framing flagged in this article: it uses none of the words and phrasings the"
                " app looks for."
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

    def set_marks_key(self, key: str) -> None:
        """Name View › Show Framing Marks' key (the window's, as this system writes it) in the
        clean copy's note."""
        if key != self.marks_key:
            self.marks_key = key
            if self.clean:
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


__all__ = ["SingleArticleView"]
