"""The aligned view's headers: a column's outlet, date and headline, and the row numbers.

The headline is a main framing signal, so its header marks it as the cells mark their text
(flags, find matches, the current one outlined) and a click on a mark selects the headline's
flag; the header grows to as many lines as the longest headline needs to be read whole (its
first :data:`TITLE_CHARS` characters, five lines at most), under an outlet's name that wraps
rather than being cut. The claims
below are the point of the view, so the header takes at most a share of its height: zoomed in a
short window, the headline gives up lines first, then the outlet's name wraps no more. An outlet
known only by its file's name is invited to be named here. Both headers take the zoom's size,
as the cells do. Find's current match in the part of a headline the ellipsis cuts off is brought
into view within the header's lines ("… charge for central Port Alder"), the header keeping its
height, rather than being outlined round the "…".

Under the headline, a muted line says how many framing flags the outlet's text carries of the
kinds the legend shows ("14 framing flags"), the same count the status line adds up: which outlet
frames most is read across the columns at a glance, where before only the Overview said it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QToolTip, QWidget

from reader.core.model import Article, Flag
from reader.core.outlets import outlet_needs_name, outlet_unknown
from reader.core.overview import EVERYTHING, NOT_WORDING, FlagFilter, framing_by_outlet
from reader.core.palette import style_for
from reader.ui import richtext
from reader.ui.aligned_model import elide, elide_at
from reader.ui.cell_delegate import PAD_X
from reader.ui.theme import colours

#: The header's invitation to name an outlet that is only its file's name: a quiet note of where
#: the name came from, then the link (the note gives way in a narrow column, the link stays).
#: Said in words a first-time reader knows ("from file name" read as jargon beside a date); the
#: tooltip keeps the full reason for whoever needs it.
FILE_NAME_NOTE = "the file’s name · "
#: No note where not even the file's name gave one: "Unknown outlet" says so itself.
NO_OUTLET_NOTE = ""
EDIT_HINT = "name it"
#: The link where the column has no room for its words: the pencil alone (its tooltip says it).
EDIT_MARK = "✎"
#: Characters of such an outlet's name kept on its line before the note gives way to it.
NAMED_MIN_CHARS = 14
#: Characters of a headline a column header shows at most, the last an ellipsis.
TITLE_CHARS = 90
#: Lines a headline's words may take in a column header before they are cut with an ellipsis
#: (:data:`TITLE_CHARS` bounds them first). The header takes only as many as the longest
#: headline needs at the columns' widths, within :data:`HEADER_SHARE` of the view. Three cut
#: Northline Press's demo headline in a 900-px window ("… congestion charge…", its last words
#: in the tooltip only), and a flagged one at "… faces down the car lo…", the very words marked.
HEADLINE_LINES = 5
#: Characters of the outlet's name kept on its line before the date gives way to it (and opens
#: the headline instead): "The D…" beside a date would no longer say which outlet it is.
OUTLET_MIN_CHARS = 18
#: Lines the outlet's name may wrap to in a narrow column before its last is cut: the name is
#: what says whose column it is, so "The Harbour…" became "The Harbour / Times".
OUTLET_LINES = 3
#: The share of the view's height the column headers may take before their lines give way (the
#: headline's first, then the outlet's): at 28 points in a 260-px view the header took 235 px and
#: left 11 for the claims. The outlet's first line and one headline line always stay.
HEADER_SHARE = 0.4
#: What the framing count under a headline counts, and where the rates by kind are: said on hover,
#: so the line itself stays a number and two words.
COUNT_TIP = (
    "Framing flags in this outlet’s text, of the kinds the legend shows (flags in speakers’ words"
    " too, while the legend shows them). Its headline’s flags are marked above and not counted"
    " here. The Overview gives each outlet’s flags by kind, per 1,000 words."
)


def count_text(n: int) -> str:
    """The header's count line: "14 framing flags", "1 framing flag", "No framing flags"."""
    if n == 0:
        return "No framing flags"
    return f"{n} framing flag{'' if n == 1 else 's'}"


def lines_within(
    room: float, height: Callable[[int, int], int], outlet: int, headline: int
) -> tuple[int, int]:
    """The most lines (the outlet's, the headline's; ``outlet`` and ``headline`` at most) a
    header whose ``height(outlet, headline)`` is its height for them may take within ``room``
    pixels. The headline gives up lines first, down to one; then the outlet's name keeps one
    line and the headline takes back what room that frees. The outlet's first line and a line
    of headline stay even where they take more than ``room``: without them the header no
    longer says whose column it is, nor what it ran as."""
    for outlet_lines in dict.fromkeys((max(1, outlet), 1)):
        for headline_lines in range(max(1, headline), 0, -1):
            if height(outlet_lines, headline_lines) <= room:
                return outlet_lines, headline_lines
    return 1, 1


def name_room(fm: QFontMetrics, name: str, chars: int) -> int:
    """The width ``name`` needs to stay readable in ``fm``'s font: whole, or its first ``chars``
    characters and the ellipsis after them. Its own letters are measured, since the font's
    average letter is narrower than a name's capitals and "W"s ("The Westhaven Courier" kept 14
    of its 18 characters beside the date). A pixel more than their advance, as elidedText,
    which paints them, cuts a name given exactly its advance."""
    return fm.horizontalAdvance(name if len(name) <= chars else name[:chars] + "…") + 1


class ArticleHeader(QHeaderView):
    """Column headers with the outlet in bold (wrapped in a narrow column) and the title and
    date on muted lines below it.

    A header whose outlet is only a file name says so quietly: the name in italic, then "from
    file name · ✎ name it" (the note in muted ink, the link in link colour; only the link where
    the column is narrow); clicking it (or double clicking any header) asks for the Edit Article
    Details dialog. The headline's framing is marked as the cells mark theirs, and a click on a
    mark selects that headline flag. Find matches in a headline are shaded as in the cells, the
    current one outlined.
    """

    editRequested = Signal(int)
    #: A marked word of a headline was clicked: the id of its headline flag.
    flagClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.dark = False
        #: The headline flag F8 or a click selected: outlined where it is marked.
        self.current_flag: Flag | None = None
        #: The current find match when it is in a headline: (column, title offset it starts at).
        self.find_match: tuple[int, int] | None = None
        #: Which of the headline flags under a click it selects (the view forgets on a new text).
        self.clicks: richtext.ClickCycle[str] = richtext.ClickCycle()
        #: :meth:`fit_lines`'s answer and what it was worked out from: a painting asks for it
        #: on every line, and working it out wraps every headline again.
        self._fitted: tuple[tuple[object, ...], tuple[int, int]] | None = None
        #: :meth:`framing_count`'s counts and the comparison and filter they were counted for.
        self._counted: tuple[tuple[object, object], dict[str, int]] | None = None

    def _needs_edit(self, logical: int) -> bool:
        model = self.model()
        comp = getattr(model, "comparison", None)
        if comp is None or not 0 <= logical < len(comp.articles):
            return False
        return outlet_needs_name(comp.articles[logical])

    def _article(self, logical: int) -> Article | None:
        comp = getattr(self.model(), "comparison", None)
        if comp is None or not 0 <= logical < len(comp.articles):
            return None
        article: Article = comp.articles[logical]
        return article

    def _date(self, logical: int) -> str:
        article = self._article(logical)
        return (article.date or "")[:10] if article is not None else ""

    def _title(self, logical: int) -> str:
        article = self._article(logical)
        return (article.title or "") if article is not None else ""

    def edit_hint(self, logical: int, width: int) -> tuple[str, str]:
        """The note and the link a header ``width`` wide shows for an outlet named after its file
        (("", "") when it is named). The outlet's name wins the room: the note shows only beside
        a readable name, and in a narrow column the link is its pencil alone ("Unknown o…  ✎ name
        it" read as a header about the link)."""
        if not self._needs_edit(logical):
            return "", ""
        fm = self.fontMetrics()
        outlet = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        # Measured in the italic the name is painted in: upright, "justice" fit and was cut.
        shown = QFontMetrics(self._name_font(logical))
        keep = name_room(shown, outlet.partition("\n")[0], NAMED_MIN_CHARS)
        article = self._article(logical)
        note = stand_in_note(article) if article is not None else FILE_NAME_NOTE

        def room(words: str) -> int:
            """The name's room beside ``words``, as :meth:`_layout` and :meth:`_edit_rect` leave
            it: the section's inner right edge (its last pixel), the words and their gaps."""
            return width - 1 - 2 * PAD_X - fm.horizontalAdvance(words) - 8 - 6

        link = f"✎ {EDIT_HINT}"
        if room(link) < keep:
            return "", EDIT_MARK
        return (note if note and room(note + link) >= keep else ""), link

    def _edit_rect(self, rect: QRect, logical: int) -> QRect:
        """Where the note and link of :meth:`edit_hint` sit: the outlet line's right end."""
        fm = self.fontMetrics()
        note, link = self.edit_hint(logical, rect.width())
        w = fm.horizontalAdvance(note + link) + 8
        inner = rect.adjusted(PAD_X, 6, -PAD_X, -6)
        return QRect(inner.right() - w, inner.top(), w, fm.height() + 4)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        logical = self.logicalIndexAt(pos)
        if event.button() == Qt.MouseButton.LeftButton:
            section = self._section_rect(logical)
            if self._needs_edit(logical) and self._edit_rect(section, logical).contains(pos):
                self.editRequested.emit(logical)
                return
            if self._click_flag(pos):
                return
        super().mousePressEvent(event)

    def _click_flag(self, pos: QPoint) -> bool:
        """Select the innermost headline flag marked under ``pos``, or on a click again there the
        one around it (:class:`richtext.ClickCycle`); False when no flag is marked there."""
        current = self.current_flag.id if self.current_flag is not None else None
        ids = [f.id for f in self.flags_at(pos)]
        flag_id = self.clicks.pick(self.logicalIndexAt(pos), ids, current)
        if flag_id is None:
            return False
        self.flagClicked.emit(flag_id)
        return True

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self.flag_at(pos) is not None:
            # A quick second click on a mark is a second click (it moves out to the flag around
            # the one the first selected), not an edit request.
            if event.button() == Qt.MouseButton.LeftButton:
                self._click_flag(pos)
            return
        logical = self.logicalIndexAt(pos)
        if logical >= 0:
            self.editRequested.emit(logical)
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Over a count line, the tooltip says what it counts (elsewhere, the column's own)."""
        if (
            isinstance(event, QHelpEvent)
            and event.type() == QEvent.Type.ToolTip
            and self.on_count(event.pos())
        ):
            QToolTip.showText(event.globalPos(), COUNT_TIP, self)
            return True
        return super().viewportEvent(event)

    def framing_count(self, logical: int) -> int | None:
        """How many framing flags column ``logical``'s outlet carries in its text, of the kinds
        the legend shows (:func:`framing_by_outlet`, which the status line adds up); None where
        the header says no count: one article alone, or no kind of framing shown."""
        if not self._counts_said():
            return None
        article = self._article(logical)
        return self._counts().get(article.id) if article is not None else None

    def _counts_said(self) -> bool:
        """Whether the headers say a count: for two articles or more (one alone has nothing to
        be compared with), while the legend shows a kind of framing (with every mark hidden,
        "No framing flags" under each headline would read as a finding)."""
        comp = getattr(self.model(), "comparison", None)
        if comp is None or len(comp.articles) < 2:
            return False
        shown: FlagFilter = getattr(self.model(), "shown", EVERYTHING)
        kinds = shown.categories
        return kinds is None or any(k not in NOT_WORDING for k in kinds)

    def _counts(self) -> dict[str, int]:
        """Every outlet's count, worked out again only for a new comparison or filter: a
        painting asks for it on every column."""
        model = self.model()
        comp = getattr(model, "comparison", None)
        shown: FlagFilter = getattr(model, "shown", EVERYTHING)
        if comp is None:
            return {}
        cached = self._counted
        if cached is None or cached[0][0] is not comp or cached[0][1] != shown:
            cached = self._counted = (comp, shown), framing_by_outlet(comp, shown)
        return cached[1]

    def _count_font(self) -> QFont:
        """The count's font: a point smaller than the headline's, so it reads as a note."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        return font

    def _count_height(self) -> int:
        """The height the count line adds under the headline, with its gap: 0 when there is no
        count, or when even one line of outlet and one of headline leave it no room within
        :data:`HEADER_SHARE` of a short view (zoomed in, the claims keep their share; the
        headline gives up its lines to the count before that)."""
        if not self._counts_said():
            return 0
        line = QFontMetrics(self._count_font()).height() + 2
        view = self.parentWidget()
        if view is not None and view.height() > 0:
            least = self._height_without_count(1, 1)
            if least + line > view.height() * HEADER_SHARE:
                return 0
        return line

    def count_label(self, logical: int, width: int) -> str:
        """The count as a section ``width`` wide has room for it: "14 framing flags", else
        "14 flags", else the number alone ("" where there is no count)."""
        n = self.framing_count(logical)
        if n is None or not self._count_height():
            return ""
        fm = QFontMetrics(self._count_font())
        room = width - 2 * PAD_X
        for text in (count_text(n), f"{n} flag{'' if n == 1 else 's'}"):
            if fm.horizontalAdvance(text) <= room:
                return text
        return str(n)

    def count_rect(self, logical: int, rect: QRect | None = None) -> QRect:
        """Where column ``logical``'s count line is painted: the header's last line, so the
        counts of every column stand on one line and read across."""
        rect = rect or self._section_rect(logical)
        height = QFontMetrics(self._count_font()).height()
        return QRect(
            rect.left() + PAD_X, rect.bottom() - 6 - height + 1, rect.width() - 2 * PAD_X, height
        )

    def on_count(self, pos: QPoint) -> bool:
        """Whether ``pos`` (header coordinates) is on a column's count line."""
        logical = self.logicalIndexAt(pos)
        return (
            logical >= 0
            and self.framing_count(logical) is not None
            and self.count_rect(logical).contains(pos)
        )

    def _section_rect(self, logical: int) -> QRect:
        return QRect(
            self.sectionViewportPosition(logical), 0, self.sectionSize(logical), self.height()
        )

    def _outlet_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(max(7.0, self.font().pointSizeF() + 1))
        return bold

    def _name_font(self, logical: int) -> QFont:
        """The outlet's font as column ``logical`` paints it: a name that is only the file's is
        set in italic, as a stand-in is: quiet, but seen even where the column is too narrow
        for the file-name note."""
        font = self._outlet_font()
        font.setItalic(self._needs_edit(logical))
        return font

    def outlet_lines(self, logical: int, width: int) -> list[str]:
        """The outlet's name as a section ``width`` wide paints it: on one line where it fits,
        else wrapped at its spaces (up to :data:`OUTLET_LINES`, or the fewer :meth:`fit_lines`
        leaves, the last cut only then) beside the date or the edit link, whichever shares its
        first line."""
        return self._wrapped_outlet(logical, width, self.fit_lines()[0])

    def _wrapped_outlet(self, logical: int, width: int, most: int) -> list[str]:
        """The outlet's name wrapped to at most ``most`` lines in a section ``width`` wide."""
        outlet = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        outlet = outlet.partition("\n")[0]
        right, _sub, shift = self._layout(logical, width)
        date = self._date(logical)
        if date and not shift:
            right -= QFontMetrics(self.font()).horizontalAdvance(date) + 8
        room = max(0, right - PAD_X)
        fm = QFontMetrics(self._name_font(logical))
        return [shown for _o, _f, shown in richtext.wrap_lines(outlet, fm, room, most)]

    def _outlet_height(self, logical: int, width: int) -> int:
        """The height the outlet's lines take above the headline (one line at least)."""
        lines = max(1, len(self.outlet_lines(logical, width)))
        return QFontMetrics(self._outlet_font()).height() * lines

    def _layout(self, logical: int, width: int) -> tuple[int, str, int]:
        """Where the outlet's line ends, the headline's text and how many characters of it come
        before the title (a date that could not stay beside the outlet).

        Every column puts its date in the same place: beside the outlet where each one's fits
        there, else before each headline. One rule per column set "The Lantern 2026-11-26"
        beside "2026-11-26 · Record progress…", and the dates no longer read across."""
        right = self._outlet_right(logical, width)
        title = self._marked_title(logical).text
        date = self._date(logical)
        if not date or self._dates_beside(logical, width):
            return right, title, 0  # the date beside the outlet, the outlet elided if need be
        prefix = f"{date} · " if title else date
        return right, prefix + title, len(prefix)

    def _outlet_right(self, logical: int, width: int) -> int:
        """Where the outlet's line ends in a section ``width`` wide: before the edit link of an
        outlet known only by its file's name."""
        if self._needs_edit(logical):
            return self._edit_rect(QRect(0, 0, width, self.height()), logical).left() - 6
        return width - PAD_X - 1

    def _date_fits_beside(self, logical: int, width: int) -> bool:
        """Whether column ``logical``'s date fits beside its outlet in a section ``width``
        wide, the outlet keeping :data:`OUTLET_MIN_CHARS` of its name (no date: it fits)."""
        date = self._date(logical)
        if not date:
            return True
        outlet = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        outlet = outlet.partition("\n")[0]
        keep = name_room(QFontMetrics(self._name_font(logical)), outlet, OUTLET_MIN_CHARS)
        date_width = QFontMetrics(self.font()).horizontalAdvance(date)
        return self._outlet_right(logical, width) - PAD_X - date_width - 8 >= keep

    def _dates_beside(self, logical: int, width: int) -> bool:
        """Whether the dates stand beside the outlets: column ``logical`` at ``width`` and every
        other shown column at its own width all have room for it."""
        others = [(c, w) for c, w in self._shown_widths() if c != logical]
        return all(self._date_fits_beside(c, w) for c, w in [(logical, width), *others])

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        c = colours(self.dark)
        painter.save()
        painter.fillRect(rect, QColor(c["alt"]))
        painter.setPen(QColor(c["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.setFont(self._name_font(logical))
        inner = rect.adjusted(PAD_X, 6, -PAD_X, -6)
        fm = painter.fontMetrics()
        right, _sub, shift = self._layout(logical, rect.width())
        right += rect.left()
        if self._needs_edit(logical):
            note, link = self.edit_hint(logical, rect.width())
            painter.save()
            painter.setFont(self.font())
            where = self._edit_rect(rect, logical)
            align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            painter.setPen(QColor(c["link"]))
            painter.drawText(where, align, link)
            if note:
                painter.setPen(QColor(c["muted"]))
                painter.drawText(
                    where.adjusted(0, 0, -painter.fontMetrics().horizontalAdvance(link), 0),
                    align,
                    note,
                )
            painter.restore()
        date = self._date(logical)
        if date and not shift:
            # Beside the outlet, where a long headline cannot push it out of view.
            width = QFontMetrics(self.font()).horizontalAdvance(date)
            painter.save()
            painter.setFont(self.font())
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                QRect(right - width, inner.top(), width, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                date,
            )
            painter.restore()
        painter.setPen(QColor(c["text"]))
        top = inner.top()
        for name_line in self.outlet_lines(logical, rect.width()):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), fm.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                name_line,
            )
            top += QFontMetrics(self._outlet_font()).height()
        painter.setFont(self.font())
        flags = self.headline_flags(logical)
        flag_ranges = self._as_shown(logical, [(f.start, f.end) for f in flags])
        found = self._as_shown(logical, self.found(logical))
        letters = self._marked_title(logical).letters
        for line, offset, full, shown in self._headline_lines(logical, rect):
            marks = [
                (s, e, richtext.line_mark_style(flags[i]))
                for s, e, i in richtext.ranges_on_line(flag_ranges, offset, full)
            ]
            here = [(s, e) for s, e, _i in richtext.ranges_on_line(found, offset, full)]
            richtext.paint_line_marks(painter, line.topLeft(), shown, full, marks, self.dark, here)
            painter.setPen(QColor(c["muted"]))
            on_line = [(p - offset, style) for p, style in letters]
            richtext.draw_marked_line(painter, line.topLeft(), shown, full, on_line, self.dark)
        current = self.current_flag
        if current is not None and any(f.id == current.id for f in flags):
            pen = QPen(QColor(c["text"]), 2.0)  # as the current flag is outlined in a cell
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for mark, flag in self.flag_rects(logical, rect):
                if flag.id == current.id:
                    painter.drawRoundedRect(QRectF(mark).adjusted(-2, -1, 2, 0), 3, 3)
        label = self.count_label(logical, rect.width())
        if label:
            painter.setFont(self._count_font())
            painter.setPen(QColor(c["muted"]))
            align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(self.count_rect(logical, rect), align, label)
        match = self.find_match
        if match is not None and match[0] == logical:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(c["highlight"]), 2.0))  # as the match in a cell
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for mark in self.found_rects(logical, match[1], rect):
                painter.drawRoundedRect(QRectF(mark).adjusted(-2, -1, 2, 0), 3, 3)
        painter.restore()

    def _headline_lines(self, logical: int, rect: QRect) -> list[tuple[QRect, int, str, str]]:
        """Where section ``rect`` paints its headline: per line, its rect, the offset it starts
        at in the painted headline (which counts its marker letters; negative on a first line
        that a date opens), its full text and the text painted. The headline is a main framing
        signal: it gets up to :data:`HEADLINE_LINES` lines before it is cut, and
        the tooltip holds it whole."""
        _right, sub, shift = self._layout(logical, rect.width())
        if not sub:
            return []
        fm = QFontMetrics(self.font())
        inner = rect.adjusted(PAD_X, 6, -PAD_X, -6)
        top = inner.top() + self._outlet_height(logical, rect.width()) + 2
        out = []
        # As many lines as the header has (the longest headline's, within its share of the
        # view): a headline cut at its own cap over an empty line told the reader nothing.
        most = self.fit_lines()[1]
        if most == 1 and shift:
            # One line left is the headline's words, not the date opening them ("2026-11-24 ·
            # W…" said nothing); the date is in the tooltip.
            sub, shift = sub[shift:], 0
        lines = richtext.wrap_lines(sub, fm, inner.width(), most)
        match = self._current_match(logical)
        if match is not None and match[0] > 0 and not _painted_through(lines, match[1] + shift):
            lines, shift = self._lines_from_match(logical, match, fm, inner.width(), most)
        for offset, full, shown in lines:
            out.append(
                (QRect(inner.left(), top, inner.width(), fm.height()), offset - shift, full, shown)
            )
            top += fm.height()
        return out

    def _lines_from_match(
        self, logical: int, match: tuple[int, int], fm: QFontMetrics, width: int, most: int
    ) -> tuple[list[tuple[int, str, str]], int]:
        """The painted headline's lines opened at a word shortly before Find's current
        ``match`` (painted offsets), an ellipsis standing for the words before it (and the
        date): as much of what leads up to the match as ``most`` lines leave room for. With
        the lines, minus the painted offset the first line starts at, as a date's ``shift``."""
        text = self._marked_title(logical).text
        starts = [i for i in range(1, match[0] + 1) if text[i - 1] == " "] or [match[0]]
        for start in starts:
            # The ellipsis takes the place of the space before the word: offsets stay the title's.
            lines = richtext.wrap_lines("…" + text[start:], fm, width, most)
            if _painted_through(lines, match[1] - start + 1):
                break
        return lines, 1 - start

    def headline_flags(self, logical: int) -> list[Flag]:
        """The headline flags of column ``logical`` that the legend shows, as it does in cells."""
        model = self.model()
        comp = getattr(model, "comparison", None)
        if comp is None or not 0 <= logical < len(comp.articles):
            return []
        shown: FlagFilter = getattr(model, "shown", EVERYTHING)
        article = comp.articles[logical].id
        return [f for f in comp.headline_flags if f.article == article and shown.shows(f)]

    def found(self, logical: int, text: str | None = None) -> list[tuple[int, int]]:
        """Where ``text`` (by default what the find bar looks for) occurs in the headline of
        column ``logical``: title offsets, in order."""
        if text is None:
            text = str(getattr(self.model(), "find_text", ""))
        title = self._title(logical)
        return richtext.find_spans(title, [(0, len(title))], text) if text else []

    def _outlined(self, logical: int) -> tuple[int, int] | None:
        """What column ``logical``'s header outlines, as title offsets: Find's current match
        when it is in this headline, else the current flag (F8's) when it is. Both are brought
        into view the same way: an outline drawn round the "…" showed nothing of its words."""
        if self.find_match is not None and self.find_match[0] == logical:
            start = self.find_match[1]
            found = [(s, e) for s, e in self.found(logical) if s == start]
            return found[0] if found else None
        flag = self.current_flag
        if flag is not None and any(f.id == flag.id for f in self.headline_flags(logical)):
            return flag.start, flag.end
        return None

    def _current_match(self, logical: int) -> tuple[int, int] | None:
        """What the header outlines in column ``logical`` (:meth:`_outlined`): its start and
        end in the painted headline (:meth:`_as_shown`)."""
        outlined = self._outlined(logical)
        return self._as_shown(logical, [outlined])[0] if outlined is not None else None

    def _title_chars(self, logical: int) -> int:
        """How much of column ``logical``'s headline is painted: :data:`TITLE_CHARS`, or all of
        it while what it outlines (Find's match, F8's flag) lies past that cut (it was outlined
        round the "…")."""
        outlined = self._outlined(logical)
        title = self._title(logical)
        if len(title) <= TITLE_CHARS or outlined is None:
            return TITLE_CHARS
        if outlined[1] > elide_at(title, TITLE_CHARS):
            return len(title)
        return TITLE_CHARS

    def _cut(self, logical: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Title ranges in the title as cut: past :meth:`_title_chars` the title is cut with an
        ellipsis, and a range there takes the ellipsis, so the reader sees it is there."""
        chars = self._title_chars(logical)
        title = self._title(logical)
        if len(title) <= chars:
            return ranges
        cut = elide_at(title, chars)
        return [(min(s, cut), min(e, cut + 1)) if e > cut else (s, e) for s, e in ranges]

    def _marked_title(self, logical: int) -> richtext.MarkedLine:
        """The headline as the header paints it: cut to ``TITLE_CHARS``, each shown flag's
        marker letter after its words, as the cells write them (a flag the cut hides keeps its
        letter, after the ellipsis)."""
        flags = self.headline_flags(logical)
        ends = self._cut(logical, [(f.start, f.end) for f in flags])
        return richtext.with_markers(
            elide(self._title(logical), self._title_chars(logical)),
            [(e, style_for(f.category)) for f, (_s, e) in zip(flags, ends, strict=True)],
        )

    def _as_shown(self, logical: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Title ranges as the header paints them (:meth:`_cut`), in the painted headline's
        offsets, which count its marker letters."""
        return self._marked_title(logical).shown_ranges(self._cut(logical, ranges))

    def _range_rects(
        self, logical: int, ranges: list[tuple[int, int]], rect: QRect | None = None
    ) -> list[tuple[QRect, int]]:
        """Where title ``ranges`` are painted in column ``logical``'s header: a rect per line
        each is on, with its index in ``ranges``."""
        if not ranges:
            return []
        return self._shown_rects(logical, self._as_shown(logical, ranges), rect)

    def _shown_rects(
        self, logical: int, ranges: list[tuple[int, int]], rect: QRect | None = None
    ) -> list[tuple[QRect, int]]:
        """The same for ranges of the painted headline (:meth:`_marked_title`'s text)."""
        lines = self._headline_lines(logical, rect or self._section_rect(logical))
        starts = [(line.topLeft(), offset, full, shown) for line, offset, full, shown in lines]
        return richtext.line_range_rects(QFontMetrics(self.font()), starts, ranges)

    def flag_rects(self, logical: int, rect: QRect | None = None) -> list[tuple[QRect, Flag]]:
        """Where each headline flag of column ``logical`` is marked, a rect per line it is on:
        what a click hits and what the current flag's outline goes round."""
        flags = self.headline_flags(logical)
        ranges = [(f.start, f.end) for f in flags]
        return [(r, flags[i]) for r, i in self._range_rects(logical, ranges, rect)]

    def letter_rects(self, logical: int, rect: QRect | None = None) -> list[tuple[QRect, Flag]]:
        """Where each headline flag's marker letter is painted in column ``logical``'s header,
        with its flag: a click on a letter selects that flag, as in a cell."""
        flags = self.headline_flags(logical)
        marked = self._marked_title(logical)
        letters = [(r, flag) for i, flag in enumerate(flags) for r in marked.letter_ranges(i)]
        hits = self._shown_rects(logical, [r for r, _flag in letters], rect) if letters else []
        return [(r, letters[i][1]) for r, i in hits]

    def found_rects(self, logical: int, start: int, rect: QRect | None = None) -> list[QRect]:
        """Where the find match starting at title offset ``start`` is painted (what its outline
        goes round as the current match)."""
        found = self.found(logical)
        return [r for r, i in self._range_rects(logical, found, rect) if found[i][0] == start]

    def flags_at(self, pos: QPoint) -> list[Flag]:
        """The headline flags marked under ``pos`` (header coordinates), the most specific first:
        the shortest, then the one painted last (its tint is on top). On a marker letter, only
        the letter's flag, as in a cell."""
        logical = self.logicalIndexAt(pos)
        if logical < 0:
            return []
        lettered = [f for r, f in self.letter_rects(logical) if r.contains(pos)]
        if lettered:
            return lettered[:1]
        flags = [f for r, f in self.flag_rects(logical) if r.contains(pos)]
        flags = list({f.id: f for f in flags}.values())
        order = richtext.innermost_order([(f.start, f.end) for f in flags], len(flags) - 1)
        return [flags[i] for i in order]

    def flag_at(self, pos: QPoint) -> Flag | None:
        """The most specific headline flag marked under ``pos`` (header coordinates), if any."""
        flags = self.flags_at(pos)
        return flags[0] if flags else None

    def headline_lines(self) -> int:
        """The lines the longest headline takes at the current column widths (one at least), as
        few as :meth:`fit_lines` leaves it."""
        return min(self._headline_lines_needed(), self.fit_lines()[1])

    def _headline_lines_needed(self) -> int:
        """The lines the longest headline would take with the room it asks for: without Find's
        current match or F8's flag, which are brought into these lines, not given more (the
        rows below would jump as Find or F8 stepped in and out of a headline)."""
        match, self.find_match = self.find_match, None
        flag, self.current_flag = self.current_flag, None
        try:
            return self._longest_headline_lines()
        finally:
            self.find_match = match
            self.current_flag = flag

    def _longest_headline_lines(self) -> int:
        fm = self.fontMetrics()
        most = 1
        for logical, width in self._shown_widths():
            _right, sub, _shift = self._layout(logical, width)
            cap = self._line_cap(logical, width)
            lines = richtext.wrap_lines(sub, fm, width - 2 * PAD_X, cap)
            most = max(most, len(lines))
        return most

    def _line_cap(self, logical: int, width: int) -> int:
        """The lines column ``logical``'s headline may take at section ``width``:
        :data:`HEADLINE_LINES` of its words, and one line more where a date opening the headline
        pushes its words onto another line: the date is not the headline, and "2026-11-24 ·
        Westhaven" took a line of Northline Press's, cutting it at "… congestion charge…"."""
        _right, sub, shift = self._layout(logical, width)
        if not sub or not shift:
            return HEADLINE_LINES
        fm = QFontMetrics(self.font())
        room = width - 2 * PAD_X
        alone = richtext.wrap_lines(sub[shift:], fm, room, HEADLINE_LINES + 1)
        dated = richtext.wrap_lines(sub, fm, room, HEADLINE_LINES + 1)
        pushed = len(dated) > len(alone) >= HEADLINE_LINES
        return HEADLINE_LINES + 1 if pushed else HEADLINE_LINES

    def fit_lines(self) -> tuple[int, int]:
        """The most lines (the outlet's, the headline's) the header may take within
        :data:`HEADER_SHARE` of its view's height (:func:`lines_within`): all they ask for
        where that fits. An outlet's name cut to one line is whole in the tooltip."""
        key = self._fit_key()
        if self._fitted is None or self._fitted[0] != key:
            self._fitted = key, self._fit()
        return self._fitted[1]

    def _fit_key(self) -> tuple[object, ...]:
        """What :meth:`fit_lines` depends on: the view's height, the columns' widths, the font,
        the articles and the flags the legend shows."""
        view = self.parentWidget()
        model = self.model()
        return (
            view.height() if view is not None else 0,
            tuple(self._shown_widths()),
            self.font().key(),
            getattr(model, "comparison", None),
            getattr(model, "shown", None),
        )

    def _fit(self) -> tuple[int, int]:
        """:meth:`fit_lines` worked out."""
        asked = self._headline_lines_needed()
        view = self.parentWidget()
        if view is None or view.height() <= 0:
            return OUTLET_LINES, asked
        room = view.height() * HEADER_SHARE
        widths = self._shown_widths()
        wrapped = max((len(self._wrapped_outlet(c, w, OUTLET_LINES)) for c, w in widths), default=1)
        return lines_within(room, self._height_for, wrapped, asked)

    def _shown_widths(self) -> list[tuple[int, int]]:
        """Each shown column with its section's width."""
        model = self.model()
        return [
            (logical, self.sectionSize(logical))
            for logical in range(model.columnCount() if model is not None else 0)
            if not self.isSectionHidden(logical) and self.sectionSize(logical) > 0
        ]

    def _height_for(self, outlet_lines: int, headline_lines: int) -> int:
        """The header's height with ``outlet_lines`` of the outlet over ``headline_lines`` of
        headline, and the count line under them: the margins, and the gaps between them."""
        return self._height_without_count(outlet_lines, headline_lines) + self._count_height()

    def _height_without_count(self, outlet_lines: int, headline_lines: int) -> int:
        outlet = QFontMetrics(self._outlet_font()).height() * max(1, outlet_lines)
        return outlet + 2 + self.fontMetrics().height() * headline_lines + 12 + 2

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        outlet = max(
            (len(self.outlet_lines(c, w)) for c, w in self._shown_widths()),
            default=1,
        )
        return QSize(base.width(), self._height_for(outlet, self.headline_lines()))


def _painted_through(lines: list[tuple[int, str, str]], last: int) -> bool:
    """Whether wrapped ``lines`` (:func:`richtext.wrap_lines`) paint their text up to offset
    ``last``, rather than end before it or cut it with the last line's ellipsis."""
    for offset, full, painted in lines:
        if last <= offset + len(full):
            return painted == full or last <= offset + len(painted) - 1
    return False


class RowNumbers(QHeaderView):
    """The row numbers, painted in the header's own font: the default painting takes the font of
    the header's viewport, which a style sheet leaves at the application's size, so the numbers
    stayed small while View › Zoom grew everything else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        painter.setFont(self.font())
        super().paintSection(painter, rect, logical)


def stand_in_note(article: Article) -> str:
    """What the header says of a name that stands in for the outlet's: where it came from."""
    return NO_OUTLET_NOTE if outlet_unknown(article) else FILE_NAME_NOTE


__all__ = [
    "COUNT_TIP",
    "EDIT_HINT",
    "EDIT_MARK",
    "FILE_NAME_NOTE",
    "HEADER_SHARE",
    "HEADLINE_LINES",
    "NAMED_MIN_CHARS",
    "NO_OUTLET_NOTE",
    "OUTLET_LINES",
    "OUTLET_MIN_CHARS",
    "TITLE_CHARS",
    "ArticleHeader",
    "RowNumbers",
    "count_text",
    "lines_within",
    "name_room",
    "stand_in_note",
]
