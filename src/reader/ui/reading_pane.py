"""One article in a pane of the reading and single-article views: its header above its full text,
the flags marked.

The text is a read-only QTextEdit filled with ``insertText`` only: an article can never load a
resource or run anything. The pane keeps apart what it highlights, so that one never clears
another: the claim the reader selected, the find matches and the current one, the current flag
(outlined over the words, as the aligned view outlines it in a cell) and the annotated words. A
click never moves the text under the pointer; filling the text again keeps the reader's place.
"""

from __future__ import annotations

import bisect
import itertools

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QVBoxLayout, QWidget

from reader.core.model import Article, Comparison, Flag
from reader.ui import richtext
from reader.ui.flag_tips import flag_tooltip
from reader.ui.reading_find import HEADLINE, TEXT
from reader.ui.reading_header import PaneHeader
from reader.ui.theme import colours, default_font_size
from reader.ui.typography import curly


class ArticleText(QTextEdit):
    """An article's text, read only; the current flag's words are outlined over it, as the aligned
    view outlines them in a cell (around the words, so the flag's tint and letter stay seen).
    What is copied from it is the article's own words, without the marker letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleText")  # the stylesheet rings it in the focus colour
        # Lines break between words, but a word wider than the whole column ("scaremongering"
        # at 20 pt) breaks inside itself: scrolling every line sideways for it was worse.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        #: Document ranges of the current flag (its words and marker letter), outlined.
        self.outlined: list[tuple[int, int]] = []
        self.dark = False

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and drag carry plain text only: the outlet's words as written, without the
        view's tints and marker letters."""
        return richtext.words_mime(self.textCursor())

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

    def __init__(
        self,
        article: Article,
        parent: QWidget | None = None,
        *,
        comparison: Comparison | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article
        #: The comparison the article is in: the other outlets a hovered flag's text names.
        self.comparison = comparison
        #: The flags marked in the text, by id: what hovering over their words explains.
        self.flags: dict[str, Flag] = {}
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
        self.header.fit(self.width())

    def set_headline(self, flags: list[Flag], dark: bool) -> None:
        """Mark the headline's framing in the title line; its explanations go in the tooltip, and
        a click on a mark selects its flag as a click in the text does."""
        self.headline_flags = list(flags)
        marks = [(f.start, f.end, richtext.line_mark_style(f)) for f in flags]
        self.subtitle.set_marks(marks, dark)
        tip = "\n".join(curly(f.explanation) for f in flags)
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
        self.header.follow_zoom(font.pointSizeF() - default_font_size())
        self.flags = {f.id: f for f in flags}
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
        self._claim_marks = [
            mark
            for s, e in spans
            for mark in self._with_underlines(
                self._selection(s, e, c["selection_row"]), c["selection_row"], c["text"]
            )
        ]
        self._show_selections()
        if spans and scroll and not self._clicking:
            flag = self._current_start()
            inside = flag is not None and any(s <= flag < e for s, e in spans)
            self._scroll_to(flag if inside and flag is not None else spans[0][0])

    def mark_mention(self, start: int, end: int, dark: bool) -> None:
        """Set the words ``start`` to ``end`` apart, in the colours of the current find match,
        and scroll to them: an actor's mention is a few words, and in a selected claim's pale
        colour, beside whole claims marked so in the other columns, a reader missed it."""
        c = colours(dark)
        self._claim_marks = self._with_underlines(
            self._selection(start, end, c["highlight"], c["highlight_text"]),
            c["highlight"],
            c["highlight_text"],
        )
        self._show_selections()
        self._scroll_to(start)

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

    def _with_underlines(
        self, selection: QTextEdit.ExtraSelection, ground: str, ink: str
    ) -> list[QTextEdit.ExtraSelection]:
        """``selection`` (coloured ``ground``, its words in ``ink``), then its flagged words'
        underlines again wherever their own colour would not show on it (under 3:1; see
        :func:`~reader.core.palette.mark_colour`). A selection with its own foreground paints
        over the tints, so those underlines sit on it too; a claim's pale one does not."""
        over_tints = selection.format.hasProperty(QTextFormat.Property.ForegroundBrush)
        span = (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        doc = self.text.document()
        out = [selection]
        for start, end, colour in richtext.underlines_on_selection(
            doc, ground, ink, span, over_tints=over_tints
        ):
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            line = QTextEdit.ExtraSelection()
            line.cursor = cursor
            # As the selection's own words, Qt redrawing them only when a foreground is named.
            fmt = QTextCharFormat(selection.format)
            fmt.setForeground(QColor(ink))
            fmt.setUnderlineColor(colour)
            line.format = fmt
            out.append(line)
        return out

    def _show_selections(self) -> None:
        c = colours(self.dark)
        found = [self._selection(s, e, c["find"]) for s, e in self._found]
        part, start, end = self._current or (None, 0, 0)
        current = (
            self._with_underlines(
                self._selection(start, end, c["highlight"], c["highlight_text"]),
                c["highlight"],
                c["highlight_text"],
            )
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
            and isinstance(event, QHelpEvent)
            and event.type() == QEvent.Type.ToolTip
        ):
            self._explain_at(event)
            return True
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

    def _explain_at(self, event: QHelpEvent) -> None:
        """Hovering over marked words explains their flags, innermost first, as a cell of the
        aligned view does; over plain words, nothing shows."""
        cur = self.text.cursorForPosition(event.pos())
        ids = richtext.flag_ids_at(self.text.document(), cur.position())
        flags = [self.flags[i] for i in ids if i in self.flags]
        if not flags or self.comparison is None:
            QToolTip.hideText()
            return
        tip = flag_tooltip(flags, self.comparison, self.dark, "in the other columns")
        QToolTip.showText(event.globalPos(), tip, self.text.viewport())


__all__ = ["ArticlePane", "ArticleText"]
