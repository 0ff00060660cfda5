"""The reading view (each article's full text side by side) and the single-article view.

Text is shown in read-only QTextEdits filled with ``insertText`` only: an article can never load a
resource or run anything. Scrolling is synchronised by proportion, so the columns move together even
when the articles differ in length; selecting a claim highlights its counterparts in every column.
"""

from __future__ import annotations

import bisect
import itertools

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollBar,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import CATEGORY_LABELS, Article, Comparison, Flag, Row
from reader.core.palette import style_for
from reader.ui import richtext
from reader.ui.legend import ALL_SHOWN, legend_filter
from reader.ui.reading_find import HEADLINE, TEXT, Found, move_match
from reader.ui.reading_header import PaneHeader
from reader.ui.theme import colours


class ArticleText(QTextEdit):
    """An article's text, read only; the current flag's words are outlined over it, as the aligned
    view outlines them in a cell (around the words, so the flag's tint and letter stay seen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Document ranges of the current flag (its words and marker letter), outlined.
        self.outlined: list[tuple[int, int]] = []
        self.dark = False

    def set_outlined(self, ranges: list[tuple[int, int]], dark: bool) -> None:
        if (ranges, dark) != (self.outlined, self.dark):
            self.outlined, self.dark = list(ranges), dark
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.outlined:
            return
        painter = QPainter(self.viewport())
        painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        pen = QPen(QColor(colours(self.dark)["text"]), 2.0)  # as in the aligned view
        richtext.paint_outlines(painter, self.document(), self.outlined, pen)
        painter.end()


class ArticlePane(QWidget):
    """One article: a header (outlet, title, date) above its full text with the flags marked.

    A click never moves the text under the pointer: what the click selects (the flag, its claim)
    is highlighted where it is, while the other columns scroll to their counterparts.
    """

    flagClicked = Signal(str)
    textClicked = Signal(str, int)  # article id, offset in its text
    editRequested = Signal(str)  # article id: the user wants to correct its outlet, title...

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.markers: list[int] = []
        self.note_spans: list[tuple[int, int]] = []
        self.dark = False
        #: The claim highlight (``mark``), every find match, and the current one: kept apart so
        #: that finding never clears the claim the reader selected, nor the other way round.
        self._claim_marks: list[QTextEdit.ExtraSelection] = []
        self._found: list[tuple[int, int]] = []
        self._found_title: list[tuple[int, int]] = []
        #: The current match here: HEADLINE or TEXT, start, end.
        self._current: tuple[int, int, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = PaneHeader(article, self)
        self.header.editRequested.connect(self.editRequested)
        # The header's labels, reached from the pane as before the header was a class of its own.
        self.outlet_label = self.header.outlet_label
        self.edit_link = self.header.edit_link
        self.file_name_note = self.header.file_name_note
        self.subtitle = self.header.subtitle
        self.subtitle.markClicked.connect(self._headline_clicked)
        self.headline_flags: list[Flag] = []
        #: The current flag (F8's, or the one clicked): outlined when it is the headline's.
        self.current_flag: str | None = None
        layout.addWidget(self.header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        #: True while a click here is being answered: the text then stays where it is.
        self._clicking = False
        #: Which of the flags under a click in the text it selects: the innermost, then on a
        #: click again the one around it.
        self.clicks: richtext.ClickCycle[str] = richtext.ClickCycle()
        self.text = ArticleText(self)
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setUndoRedoEnabled(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setAccessibleName(f"Full text of {article.outlet}")
        self.text.document().setDocumentMargin(12)
        layout.addWidget(self.text, 1)
        self.text.viewport().installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.header.fit_file_name_note(self.width())

    def set_headline(self, flags: list[Flag], dark: bool) -> None:
        """Mark the headline's framing in the title line; its explanations go in the tooltip, and
        a click on a mark selects its flag as a click in the text does."""
        self.headline_flags = list(flags)
        self.subtitle.set_marks([(f.start, f.end, style_for(f.category)) for f in flags], dark)
        tip = "\n".join(f.explanation for f in flags)
        self.subtitle.setToolTip(tip)
        self.set_current_flag(self.current_flag)

    def set_current_flag(self, flag_id: str | None, reveal: bool = False) -> None:
        """Outline the mark of ``flag_id`` where this article shows it: in the title line or in
        the text (nowhere when the legend hides it). ``reveal`` scrolls a mark of the text into
        view when it is out of sight."""
        self.current_flag = flag_id
        ids = [f.id for f in self.headline_flags]
        self.subtitle.set_current(ids.index(flag_id) if flag_id in ids else None)
        ranges = (
            richtext.property_ranges(self.text.document(), richtext.FLAG_PROPERTY, flag_id)
            if flag_id and flag_id not in ids
            else []
        )
        self.text.set_outlined(ranges, self.dark)
        if reveal and ranges and not self._clicking:
            start = richtext.article_offset(ranges[0][0], self.markers)
            if not self._in_view(start):
                self._scroll_to(start)

    def _current_start(self) -> int | None:
        """The article offset of the current flag's first outlined word, if the text shows it."""
        if not self.text.outlined:
            return None
        return richtext.article_offset(self.text.outlined[0][0], self.markers)

    def _headline_clicked(self, index: int) -> None:
        if 0 <= index < len(self.headline_flags):
            self._clicking = True
            try:
                self.flagClicked.emit(self.headline_flags[index].id)
            finally:
                self._clicking = False

    def fill(self, flags: list[Flag], dark: bool, font: QFont) -> None:
        """Write the text with ``flags`` marked, in the theme's colours and the zoom's font. A
        text filled again (the theme, the zoom or the legend changed) keeps the reader's place:
        the line at the top stays at the top."""
        place = self._top_line()
        self.dark = dark
        c = colours(dark)
        doc = self.text.document()
        doc.setDefaultFont(font)
        self.markers = richtext.fill_document(
            doc,
            self.article.text,
            [(0, len(self.article.text))],
            flags,
            (),
            dark=dark,
            diff_colour=c["diff"],
            find_colour=c["find"],
        )
        self._paint_notes()
        self._claim_marks = []  # their cursors pointed into the old text
        self._show_selections()
        self.set_current_flag(self.current_flag)  # its outline, at its place in the new text
        # Filling leaves the cursor after the last word, and a text view scrolls to its cursor
        # when first shown: the reading would open at its end.
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        if place is not None:
            offset, y = place
            rect = self.text.cursorRect(self._cursor_at(offset))
            bar = self.text.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - y)

    def _top_line(self) -> tuple[int, int] | None:
        """The article offset at the top left of the view and where its line starts (viewport
        pixels, at or above 0); None while the text is at its start."""
        if self.text.verticalScrollBar().value() == 0:
            return None
        cur = self.text.cursorForPosition(QPoint(0, 0))
        offset = richtext.article_offset(cur.position(), self.markers)
        return offset, self.text.cursorRect(cur).top()

    def set_note_spans(self, spans: list[tuple[int, int]]) -> None:
        """Words someone annotated (article offsets): a line above them, so a class's notes stay
        visible while reading. An overline, because tint and underline already belong to flags."""
        self.note_spans = sorted(spans)
        self._paint_notes()

    def _paint_notes(self) -> None:
        doc = self.text.document()
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        plain = QTextCharFormat()
        plain.setFontOverline(False)
        cursor.mergeCharFormat(plain)
        marked = QTextCharFormat()
        marked.setFontOverline(True)
        for s, e in self.note_spans:
            if not 0 <= s < e <= len(self.article.text):
                continue
            # Piece by piece between flag marker letters, so the letters stay unmarked.
            cuts = sorted({s, e, *(m for m in self.markers if s < m < e)})
            for a, b in itertools.pairwise(cuts):
                cursor.setPosition(self.position(a))
                end = b + bisect.bisect_left(self.markers, b)  # before b's marker letters
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(marked)

    def position(self, offset: int) -> int:
        return richtext.doc_position(offset, self.markers)

    def mark(self, spans: list[tuple[int, int]], dark: bool, scroll: bool = True) -> None:
        """Highlight ``spans`` (article offsets) with a side-bar-like selection and scroll to the
        first, or to the current flag when it is among them (F8 moves to a flag, not its claim).
        A click here scrolls nothing: what was clicked is in view already.
        """
        c = colours(dark)
        self._claim_marks = [self._selection(s, e, c["selection_row"]) for s, e in spans]
        self._show_selections()
        if spans and scroll and not self._clicking:
            flag = self._current_start()
            inside = flag is not None and any(s <= flag < e for s, e in spans)
            self._scroll_to(flag if inside and flag is not None else spans[0][0])

    def _selection(
        self, start: int, end: int, background: str, foreground: str | None = None
    ) -> QTextEdit.ExtraSelection:
        """A highlight of article offsets ``start`` to ``end``; a marker letter right after the
        words is left out when ``foreground`` recolours them (it keeps its category's colour)."""
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.text.document())
        cur.setPosition(self.position(start))
        stop = self.position(end)
        if foreground is not None:
            stop = end + bisect.bisect_left(self.markers, end)
        cur.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(background))
        if foreground is not None:
            fmt.setForeground(QColor(foreground))
        sel.format = fmt
        return sel

    def _show_selections(self) -> None:
        c = colours(self.dark)
        found = [self._selection(s, e, c["find"]) for s, e in self._found]
        part, start, end = self._current or (None, 0, 0)
        current = (
            [self._selection(start, end, c["highlight"], c["highlight_text"])]
            if part == TEXT
            else []
        )
        self.text.setExtraSelections([*self._claim_marks, *found, *current])
        self.subtitle.set_found(self._found_title, (start, end) if part == HEADLINE else None)

    def _scroll_to(self, offset: int) -> None:
        cur = QTextCursor(self.text.document())
        cur.setPosition(self.position(offset))
        rect = self.text.cursorRect(cur)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.text.viewport().height() // 3)

    def marked_text(self) -> list[str]:
        return [s.cursor.selectedText() for s in self._claim_marks]

    def set_find(self, text: str) -> list[tuple[int, int, int]]:
        """Highlight every match of ``text`` in the headline and the text; returns them in
        reading order, the headline's first: (HEADLINE or TEXT, start, end)."""
        title = self.article.title or ""
        self._found_title = richtext.find_spans(title, [(0, len(title))], text)
        self._found = richtext.find_spans(self.article.text, [(0, len(self.article.text))], text)
        found = [(HEADLINE, s, e) for s, e in self._found_title]
        found += [(TEXT, s, e) for s, e in self._found]
        if self._current not in found:
            self._current = None
        self._show_selections()
        return found

    def show_match(self, match: tuple[int, int, int] | None) -> None:
        """Set ``match`` (HEADLINE or TEXT, start, end) apart from the other matches (None: no
        match here) and scroll the text to it; the headline is always in view."""
        self._current = match
        self._show_selections()
        if match is not None and match[0] == TEXT and not self._in_view(match[1]):
            self._scroll_to(match[1])

    def _cursor_at(self, offset: int) -> QTextCursor:
        cur = QTextCursor(self.text.document())
        cur.setPosition(self.position(offset))
        return cur

    def _in_view(self, offset: int) -> bool:
        """Whether the line of article ``offset`` is in sight."""
        return self.text.viewport().rect().contains(self.text.cursorRect(self._cursor_at(offset)))

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.text.viewport()
            and isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
        ):
            cur = self.text.cursorForPosition(event.position().toPoint())
            ids = richtext.flag_ids_at(self.text.document(), cur.position())  # innermost first
            flag_id = self.clicks.pick(None, ids, self.current_flag)
            self._clicking = True
            try:
                if flag_id is not None:
                    self.flagClicked.emit(flag_id)
                elif not self.text.textCursor().hasSelection():  # a click, not a selection
                    offset = richtext.article_offset(cur.position(), self.markers)
                    self.textClicked.emit(self.article.id, offset)
            finally:
                self._clicking = False
        return False


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
        self._syncing = False
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
            bar = pane.text.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, bar=bar: self._sync(bar))
            self.panes.append(pane)
        self.splitter.setSizes([1000] * len(self.panes))  # equal columns
        self.refill()

    def refill(self) -> None:
        """Write every column again (a new look or legend): each keeps its place, the claim
        highlighted and the current flag's outline, in the new colours."""
        if self.comparison is None:
            return
        syncing, self._syncing = self._syncing, True  # each column keeps its own place
        try:
            for pane in self.panes:
                self._refill(pane, self.comparison)
        finally:
            self._syncing = syncing

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
        syncing, self._syncing = self._syncing, True  # the others follow the flag's claim
        try:
            for p in self.panes:
                p.set_current_flag(flag_id or None, reveal=True)
        finally:
            self._syncing = syncing

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
        self._syncing = True
        try:
            for pane in self.panes:
                claims = row.cells.get(pane.article.id, ())
                pane.mark([(c.start, c.end) for c in claims], self.dark)
        finally:
            self._syncing = False

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
        self._syncing = True
        try:
            for pane in self.panes:
                pane.text.verticalScrollBar().setValue(0)
        finally:
            self._syncing = False

    def _sync(self, source: QScrollBar) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            frac = source.value() / source.maximum() if source.maximum() > 0 else 0.0
            for pane in self.panes:
                bar = pane.text.verticalScrollBar()
                if bar is not source:
                    bar.setValue(round(frac * bar.maximum()))
        finally:
            self._syncing = False


class WrappedItemDelegate(QStyledItemDelegate):
    """A list row as tall as its words wrapped at the width they are drawn in.

    Qt measures a wrapped row without the margins it then draws it within, so a row that just
    fits one line is drawn in two, cut short to "Loaded …", with a blank line after it.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListView):
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        # The room the words are drawn in: the row, less the list's spacing and the text margins.
        width = view.viewport().width() - 2 * view.spacing() - 2 * margin - 2
        if width <= 0:
            return size
        rect = opt.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 2))


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
