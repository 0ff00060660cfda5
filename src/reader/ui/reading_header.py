"""The header above an article's text in the reading and single-article views.

The outlet and its date on one line, the headline on three: as many lines in every pane, so
the texts below start level and read across (fewer in a short, zoomed window, where the reading
view keeps the headers to a share of the columns' height). The headline is a main framing
signal: its title line marks the headline's flags as the text marks its own (find matches, the
current flag outlined), and a click on a mark selects the flag. An outlet known only by its
file's name is invited to be named here, as the aligned view's column header invites it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reader.core.model import Article
from reader.core.outlets import outlet_needs_name
from reader.core.palette import CategoryStyle
from reader.ui import richtext
from reader.ui.aligned_headers import (
    EDIT_HINT,
    EDIT_MARK,
    NAMED_MIN_CHARS,
    OUTLET_MIN_CHARS,
    name_room,
    stand_in_note,
)
from reader.ui.aligned_model import stand_in_tip
from reader.ui.theme import colours

#: Lines a Reading pane's headline takes before it is cut. A pane is wider than an aligned
#: column and its header stands over a whole article, not a row of claims, so it keeps to three.
PANE_HEADLINE_LINES = 3


class ElidedLabel(QLabel):
    """Plain text on at most ``lines`` lines, broken at spaces, the last ending in "…" when the
    column is too narrow for the rest. It always takes ``lines`` lines of height, so labels side
    by side stay level. A click on a mark reports the mark's index in ``marks``; the current
    mark (the current flag's) is outlined as the aligned view outlines it. Find matches are
    shaded as in the text below, the current one as the text's current match."""

    markClicked = Signal(int)

    def __init__(self, text: str, parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(parent)
        self.full_text = text
        self.max_lines = lines
        #: Character ranges of ``full_text`` tinted and underlined in a category's colours.
        self.marks: list[tuple[int, int, CategoryStyle]] = []
        self.dark = False
        #: The index in ``marks`` of the current flag's mark, outlined; None for none.
        self.current_mark: int | None = None
        #: Find matches in ``full_text``, and the current one (one of them, or None).
        self.found: list[tuple[int, int]] = []
        self.current_found: tuple[int, int] | None = None
        self._lines: list[tuple[int, str, str]] = []
        #: ``full_text`` as painted: each mark's marker letter after its words, as in the text.
        self._marked = richtext.with_markers(text, [])
        #: Which of the marks under a click it selects: the innermost, then on a click again
        #: the one around it.
        self.clicks: richtext.ClickCycle[int] = richtext.ClickCycle()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(20)
        self.setFixedHeight(self.height_for(lines))
        self._fit()

    def height_for(self, lines: int) -> int:
        """The label's height on ``lines`` lines."""
        return self.fontMetrics().lineSpacing() * lines + 2

    def set_marks(self, marks: list[tuple[int, int, CategoryStyle]], dark: bool) -> None:
        self.marks, self.dark = marks, dark
        self._marked = richtext.with_markers(self.full_text, [(e, st) for _s, e, st in marks])
        self.clicks.forget()
        self._fit()  # the letters take room on the lines
        self.update()

    def lines_needed(self, most: int) -> int:
        """The lines the text takes at the label's width, ``most`` at most."""
        return len(richtext.wrap_lines(self._marked.text, self.fontMetrics(), self.width(), most))

    def set_max_lines(self, lines: int) -> None:
        """Take ``lines`` lines of height and wrap the text over them."""
        if lines != self.max_lines:
            self.max_lines = lines
            self.setFixedHeight(self.height_for(lines))
            self._fit()
            self.update()

    def set_current(self, index: int | None) -> None:
        """Outline mark ``index`` (None: no mark) as the current flag's."""
        if index != self.current_mark:
            self.current_mark = index
            self.update()

    def set_found(self, found: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Shade find matches (offsets in ``full_text``) and set ``current`` apart."""
        if (found, current) != (self.found, self.current_found):
            self.found, self.current_found = list(found), current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if (self.marks or self.found) and self._lines:
            painter = QPainter(self)
            painter.setFont(self.font())
            found_ranges = self._marked.shown_ranges(self.found)
            for origin, offset, full, shown in self._line_origins():
                marks = [(s, e, self.marks[i][2]) for s, e, i in self._marks_on(offset, full)]
                found = [(s, e) for s, e, _i in richtext.ranges_on_line(found_ranges, offset, full)]
                richtext.paint_line_marks(painter, origin, shown, full, marks, self.dark, found)
            painter.end()
        if self._marked.letters and self._lines:
            self._paint_lines()
        else:
            super().paintEvent(event)
        if self.current_found is not None and self._lines:
            self._paint_current_match()
        current = self.current_mark
        if current is not None and 0 <= current < len(self.marks):
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(colours(self.dark)["text"]), 2.0))  # as in the aligned view
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self.mark_rects(current):
                painter.drawRoundedRect(QRectF(rect).adjusted(-2, -1, 2, 0), 3, 3)
            painter.end()

    def _paint_current_match(self) -> None:
        """The current match in the colours of a selection, as the text below shows its own."""
        assert self.current_found is not None
        c = colours(self.dark)
        fm = self.fontMetrics()
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(QColor(c["highlight_text"]))
        for origin, offset, full, shown in self._line_origins():
            current = self._marked.shown_ranges([self.current_found])
            for s, e, _i in richtext.ranges_on_line(current, offset, full):
                where = richtext.shown_range(shown, full, s, e)
                if where is None:
                    continue
                x = origin.x() + fm.horizontalAdvance(shown[: where[0]])
                words = shown[where[0] : where[1]]
                painter.fillRect(
                    QRect(x, origin.y(), fm.horizontalAdvance(words), fm.height()),
                    QColor(c["highlight"]),
                )
                painter.drawText(QPoint(x, origin.y() + fm.ascent()), words)
        painter.end()

    def mark_rects(self, index: int) -> list[QRect]:
        """Where mark ``index`` is painted, a rect per line it is on."""
        ranges = self._marked.shown_ranges([(s, e) for s, e, _style in self.marks])
        rects = richtext.line_range_rects(self.fontMetrics(), self._line_origins(), ranges)
        return [r for r, i in rects if i == index]

    def letter_rects(self, index: int) -> list[QRect]:
        """Where mark ``index``'s marker letter is painted: a click on it selects the mark."""
        ranges = self._marked.letter_ranges(index)
        return [
            r
            for r, _i in richtext.line_range_rects(self.fontMetrics(), self._line_origins(), ranges)
        ]

    def _line_origins(self) -> list[tuple[QPoint, int, str, str]]:
        """Each painted line's top left, with its offset in the text, full text and shown text."""
        rect = self.contentsRect()
        step = self.fontMetrics().lineSpacing()
        return [
            (QPoint(rect.left(), rect.top() + n * step), offset, full, shown)
            for n, (offset, full, shown) in enumerate(self._lines)
        ]

    def _marks_on(self, offset: int, full: str) -> list[tuple[int, int, int]]:
        """The marks on a line starting at ``offset`` that reads ``full``: line ranges and the
        index of each mark."""
        ranges = self._marked.shown_ranges([(s, e) for s, e, _style in self.marks])
        return richtext.ranges_on_line(ranges, offset, full)

    def marks_at(self, pos: QPoint) -> list[int]:
        """The indices in ``marks`` of the marks painted under ``pos``, the most specific first:
        the shortest, then the one painted last (its tint is on top). On a marker letter, only
        the letter's mark, as in the text."""
        for i in range(len(self.marks)):
            if any(r.contains(pos) for r in self.letter_rects(i)):
                return [i]
        hit = [
            i for i in range(len(self.marks)) if any(r.contains(pos) for r in self.mark_rects(i))
        ]
        spans = [(self.marks[i][0], self.marks[i][1]) for i in hit]
        return [hit[k] for k in richtext.innermost_order(spans, len(hit) - 1)]

    def mark_at(self, pos: QPoint) -> int | None:
        """The index in ``marks`` of the most specific mark painted under ``pos``, if any."""
        hit = self.marks_at(pos)
        return hit[0] if hit else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # (a double click comes here too: a quick second click moves out as a slower one does)
        if event.button() == Qt.MouseButton.LeftButton and self.marks:
            hit = self.marks_at(event.position().toPoint())
            index = self.clicks.pick(None, hit, self.current_mark)
            if index is not None:
                self.markClicked.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)

    def _paint_lines(self) -> None:
        """The lines with their marks' letters, which the label's own painting cannot colour:
        the words in the label's ink, each letter in its category's."""
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        for origin, offset, full, shown in self._line_origins():
            letters = [(p - offset, style) for p, style in self._marked.letters]
            richtext.draw_marked_line(painter, origin, shown, full, letters, self.dark)
        painter.end()

    def _fit(self) -> None:
        width = max(20, self.width())
        text = self._marked.text
        self._lines = richtext.wrap_lines(text, self.fontMetrics(), width, self.max_lines)
        # The label's text, what a screen reader reads, is the words without the letters.
        letters = {p for p, _style in self._marked.letters}
        super().setText(
            "\n".join(
                "".join(
                    ch
                    for i, ch in enumerate(shown)
                    if offset + i not in letters or (shown != full and i == len(shown) - 1)
                )
                for offset, full, shown in self._lines
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the zoom changes the lines' height
            self.setFixedHeight(self.height_for(self.max_lines))
            self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(20, super().minimumSizeHint().height())


class PaneHeader(QWidget):
    """An article's outlet, in bold with its date beside it, above its headline on three lines.

    Every pane's header has the same height, so the texts below start level and read across; the
    outlet, full title, author and date are its tooltip.
    """

    editRequested = Signal(str)  # article id: the user wants to correct its outlet, title...

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        head_layout = QVBoxLayout(self)
        head_layout.setContentsMargins(8, 6, 8, 6)
        head_layout.setSpacing(1)
        self._head_layout = head_layout
        # Elided, so a long outlet name cannot widen its column at the others' expense.
        outlet = ElidedLabel(article.outlet, self)
        self.outlet_label = outlet
        bold = QFont(outlet.font())
        bold.setBold(True)
        bold.setPointSizeF(max(7.0, bold.pointSizeF() * 1.15))
        outlet.setFont(bold)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(outlet, 1)
        date = (article.date or "")[:10]
        self._date_label: QLabel | None = None
        if date:
            # Beside the outlet, where a long headline cannot push it out of view.
            when = QLabel(date, self)
            when.setObjectName("muted")
            self._date_label = when
            top.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        self.edit_link: QLabel | None = None
        self.file_name_note: QLabel | None = None
        if outlet_needs_name(article):
            # No byline in the file: its name stands in, in italic as a stand-in is. Invite the
            # fix where the name shows.
            bold.setItalic(True)
            outlet.setFont(bold)
            # Said quietly, where the name shows: "the file's name · ✎ name it". "Unknown
            # outlet" needs no note: the name says nothing named it.
            note = stand_in_note(article).rstrip()
            if note:
                self.file_name_note = QLabel(note, self)
                self.file_name_note.setObjectName("muted")
                top.addWidget(self.file_name_note, 0, Qt.AlignmentFlag.AlignTop)
            self.edit_link = QLabel(self)
            self.edit_link.setTextFormat(Qt.TextFormat.RichText)
            self._link_words(f"✎ {EDIT_HINT}")
            self.edit_link.setToolTip(stand_in_tip(article))
            self.edit_link.setAccessibleName("Edit the article’s outlet and details")
            self.edit_link.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            self.edit_link.linkActivated.connect(lambda _l: self.editRequested.emit(article.id))
            top.addWidget(self.edit_link, 0, Qt.AlignmentFlag.AlignTop)
        head_layout.addLayout(top)
        # The headline gets three lines before it is cut: it is a main framing signal, and on
        # two a flag at its end ("the car lobby") was cut off.
        self.subtitle = ElidedLabel(article.title or " ", self, lines=PANE_HEADLINE_LINES)
        self.subtitle.setObjectName("muted")
        head_layout.addWidget(self.subtitle)
        # A stand-in name says why on hover too: its "the file's name" note is the first to give
        # way in a narrow pane or at a large text size, leaving a bare "oped" unexplained.
        why = stand_in_tip(article) if outlet_needs_name(article) else None
        tip = "\n".join(
            x for x in (article.outlet, article.title, article.author, article.date, why) if x
        )
        self.setToolTip(tip)
        self.setAccessibleName(f"{article.outlet}: {article.title or ''}")
        #: The outlet's and the headline's sizes at the app's own text size (see follow_zoom).
        self._sizes = (bold.pointSizeF(), self.subtitle.font().pointSizeF())

    def height_for(self, outlet_lines: int, headline_lines: int) -> int:
        """The header's height with the outlet's name on ``outlet_lines`` lines above
        ``headline_lines`` of headline: what :func:`~reader.ui.aligned_headers.lines_within`
        weighs against the pane's height."""
        layout = self._head_layout
        margins = layout.contentsMargins()
        return (
            margins.top()
            + self.outlet_label.height_for(outlet_lines)
            + layout.spacing()
            + self.subtitle.height_for(headline_lines)
            + margins.bottom()
        )

    def follow_zoom(self, steps: float) -> None:
        """The outlet's name and the headline ``steps`` points larger, as the text below grows
        with View › Zoom In: zoomed for low vision, the headline (a main framing signal, with
        its flags) stayed at the menus' size while the text grew. Zoomed out, they stay as
        they are, already the interface's size."""
        grow = max(0.0, steps)
        for label, size in zip((self.outlet_label, self.subtitle), self._sizes, strict=True):
            if size > 0 and label.font().pointSizeF() != size + grow:
                font = QFont(label.font())
                font.setPointSizeF(size + grow)
                label.setFont(font)
        self.fit(self.width())

    def fit(self, width: int) -> None:
        """Fit the outlet's line to a pane ``width`` wide: the outlet's name is what says whose
        text this is, so the date gives way first (it stays in the tooltip), then the "from
        file name" note, then the link's words (its pencil stays). The pane asks on its own
        resize, as it always has."""
        self._link_words(f"✎ {EDIT_HINT}")  # the room each gives way to counts the link whole
        self._fit_date(width)
        self.fit_file_name_note(width)
        self._fit_link(width)
        self._level_with_name()

    def _level_with_name(self) -> None:
        """Sit the date, the note and the link on the outlet's first line, baseline to baseline.

        Where another pane's name wraps, every name keeps two lines of height so the texts
        start level; centred in that, the pencil of a one-line name floated between the name
        and the headline, and set at its foot the date sat beside nothing."""
        ascent = self.outlet_label.fontMetrics().ascent()
        for label in self.beside_name():
            drop = max(0, ascent - label.fontMetrics().ascent())
            if label.contentsMargins().top() != drop:
                label.setContentsMargins(0, drop, 0, 0)

    def beside_name(self) -> list[QLabel]:
        """The labels on the outlet's line, after its name: the date, the note and the link."""
        labels = (self._date_label, self.file_name_note, self.edit_link)
        return [label for label in labels if label is not None]

    def _link_words(self, words: str) -> None:
        if self.edit_link is not None:
            self.edit_link.setText(f"<a href='edit'>{words}</a>")

    def _fit_link(self, width: int) -> None:
        """The link as its pencil alone when its words would cut the outlet's name short."""
        link = self.edit_link
        if link is None:
            return
        others = 16 + 8 + link.sizeHint().width()
        for beside in (self._date_label, self.file_name_note):
            if beside is not None and not beside.isHidden():
                others += 8 + beside.sizeHint().width()
        if width - others < self._keep(NAMED_MIN_CHARS):
            self._link_words(EDIT_MARK)

    def _keep(self, chars: int) -> int:
        """The outlet's name, or its first ``chars`` characters when it is longer: what must stay
        readable on its line."""
        label = self.outlet_label
        return name_room(label.fontMetrics(), label.full_text, chars)

    def _fit_date(self, width: int) -> None:
        """The date beside the outlet only while the outlet's name keeps room to be read: a
        narrow pane once showed "The W…" beside a whole date."""
        when = self._date_label
        if when is None:
            return
        # The header's margins and spacing, the link to name the outlet and the date.
        others = 16 + 8 + when.sizeHint().width()
        if self.edit_link is not None:
            others += 8 + self.edit_link.sizeHint().width()
        when.setVisible(width - others >= self._keep(OUTLET_MIN_CHARS))

    def fit_file_name_note(self, width: int) -> None:
        """The file-name note only while the outlet's name keeps room to be read beside
        it in a pane ``width`` wide (its first few characters at least); the link stays whatever
        the width."""
        note, link = self.file_name_note, self.edit_link
        if note is None or link is None:
            return
        # The header's margins and spacing, the link, the note and the date beside the name.
        others = 16 + 8 * 2 + link.sizeHint().width() + note.sizeHint().width()
        if self._date_label is not None and not self._date_label.isHidden():
            others += 8 + self._date_label.sizeHint().width()
        note.setVisible(width - others >= self._keep(NAMED_MIN_CHARS))


__all__ = ["PANE_HEADLINE_LINES", "ElidedLabel", "PaneHeader"]
