"""The legend strip: what each mark means, doubling as the filter by flag category.

Each kind of mark is a checkable chip whose name is drawn the way the text marks that kind: on its
tint, with its underline and its letter, so the legend explains the marks and, clicked, hides or
shows them. The key to different wording is a chip too ("Different wording" on the quiet
background differences get), shown in the aligned view, the one view that shades wording; and a
last chip does the same for flags inside quotations, which are a speaker's words rather than the
outlet's and are drawn without a tint. The same toggles are in View › Show Flags, with "Only this
outlet" (the grey bar over a claim one outlet alone carries), which labels itself in the view.
A chip shows its kind's short name (:data:`reader.core.model.CATEGORY_SHORT_LABELS`, words of the
full name, since the full names do not fit on one line beside the docks); its tooltip gives the
full name and the description every other place uses.

View › Show Framing Marks turns every mark off at once (a clean copy to hand out): the chips then
step aside, disabled, their choices kept, and the strip holds one note that says the marks are
hidden and brings them back when clicked; turned on again, the marks are exactly those the chips
chose.

Every chip keeps its name at every width: where one line is too short, the chips wrap onto a
second line (:class:`FlowLayout`) rather than give up their names, so no chip is left a bare
swatch beside one that looks like it (the dashed H and Q). The lines are kept even, so a
wrapped legend reads as two rows of one key, not a full row and a stray chip under it.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reader.core.model import (
    CATEGORY_DESCRIPTIONS,
    CATEGORY_LABELS,
    CATEGORY_SHORT_LABELS,
    OCCASIONAL_CATEGORIES,
    Comparison,
)
from reader.core.overview import QUOTED as CORE_QUOTED
from reader.core.overview import UNIQUE, FlagFilter, kinds_present
from reader.core.palette import UNDERLINE_WORDS, CategoryStyle, style_for
from reader.ui.flow_layout import FlowLayout
from reader.ui.richtext import paint_underline, underline_colour
from reader.ui.theme import colours, readable
from reader.ui.typography import curly

#: Not a category: in a set of shown categories, this key means "show flags inside quotations too"
#: (and in :func:`kinds_present`, that some flag is in a speaker's words).
QUOTED: Final = CORE_QUOTED
#: In sentence case, as the kinds beside them in View › Show Flags ("Label or epithet") and as the
#: chips say it: one key, one spelling, not two a reader might take for two things.
QUOTED_LABEL: Final = "Speakers’ words"
#: Not a category either: this key means "shade different wording and caption reworded claims".
DIFFERENCES: Final = "differences"
DIFFERENCES_LABEL: Final = "Different wording"
#: The category of the bar over a claim only one outlet carries ("Only in …").
#: What the views show before the legend says otherwise: everything.
ALL_SHOWN: Final = frozenset(CATEGORY_LABELS) | {QUOTED, DIFFERENCES}


def chip_tip(category: str) -> str:
    """A chip's tooltip: the kind's full name and what it means, as the Help and the menus say
    them (the chip has room only for its short name), and how its marks look."""
    st = style_for(category)
    name = CATEGORY_LABELS.get(category, category)
    what = curly(CATEGORY_DESCRIPTIONS.get(category, ""))
    underline = UNDERLINE_WORDS.get(st.underline, st.underline)
    return (
        f"{name}\n{what}\nMarked with a {underline} underline and the letter {st.marker}."
        " Click to show or hide these marks."
    )


def legend_filter(
    shown: AbstractSet[str], hidden_outlets: AbstractSet[str] = frozenset()
) -> FlagFilter:
    """The core's filter for what the legend shows (categories and its :data:`QUOTED` key) and
    the outlets hidden. It alone decides which flags are drawn: the text views, Details, the
    Overview and the status line all ask its :meth:`FlagFilter.shows`."""
    return FlagFilter(
        categories=frozenset(c for c in shown if c not in (QUOTED, DIFFERENCES)),
        quoted=QUOTED in shown,
        hidden_outlets=frozenset(hidden_outlets),
    )


class LegendChip(QAbstractButton):
    """A legend key that is also a filter: its name drawn as the text views mark that kind.

    ``kind`` is "flag" (the name on the category's tint, with its underline and its letter),
    "quoted" (the name in quotation marks, underlined without a tint, as flags in speakers' words
    are) or "difference" (the name set heavier on the quiet background of different wording).
    Checked, it shows its mark; unchecked, its name is muted in a dashed outline; disabled (every
    mark hidden), muted, with its choice still readable from the outline."""

    #: Room beside a chip's name: enough to keep neighbours apart (two chips' pads and the
    #: strip's spacing, 10 px between names), little enough that every chip, Detail and Figure
    #: too, fits one line at the default window size (1400x900) with both docks open.
    PAD_X: Final = 4
    PAD_Y: Final = 3

    def __init__(
        self,
        text: str,
        kind: str,
        style: CategoryStyle | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("legendChip")
        self.kind = kind
        self.style_ = style
        self.dark = False
        self.setText(text)
        self.setCheckable(True)
        self.setChecked(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.update()

    def _text_font(self) -> QFont:
        font = QFont(self.font())
        if self.kind == "difference":
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def _marker_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        size = self.font().pointSizeF()
        if size > 0:
            font.setPointSizeF(max(6.0, size * 0.75))
        return font

    def marker(self) -> str:
        return self.style_.marker if self.kind == "flag" and self.style_ is not None else ""

    def _marker_width(self) -> int:
        marker = self.marker()
        return QFontMetrics(self._marker_font()).horizontalAdvance(marker) + 2 if marker else 0

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self._text_font())
        width = 2 * self.PAD_X + fm.horizontalAdvance(self.text()) + self._marker_width()
        return QSize(width, fm.height() + 2 * self.PAD_Y + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def mark_shown(self) -> bool:
        """Whether the chip draws its mark: checked, and marks not hidden altogether."""
        return self.isChecked() and self.isEnabled()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours(self.dark)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self.rect().adjusted(0, 0, -1, -1)
        if self.hasFocus():
            p.setPen(QPen(QColor(c["focus"]), 1.0))
        elif not self.isChecked():
            pen = QPen(QColor(c["border"]), 1.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
        elif self.underMouse() and self.isEnabled():
            p.setPen(QPen(QColor(c["border"]), 1.0))
        else:
            p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(frame, 4, 4)
        font = self._text_font()
        fm = QFontMetrics(font)
        words = QRect(self.PAD_X, self.PAD_Y, fm.horizontalAdvance(self.text()), fm.height())
        on = self.mark_shown()
        st = self.style_
        if on and self.kind == "flag" and st is not None:
            p.fillRect(words, QColor(st.tint_dark if self.dark else st.tint_light))
        elif on and self.kind == "difference":
            p.fillRect(words.adjusted(-2, 0, 2, 0), QColor(c["diff"]))
        p.setFont(font)
        p.setPen(QColor(c["text"] if on else c["muted"]))
        p.drawText(
            words, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.text()
        )
        if on and self.kind == "flag" and st is not None:
            tint = st.tint_dark if self.dark else st.tint_light
            line = underline_colour(st, self.dark, tint)
            paint_underline(p, words.left(), words.bottom(), words.width(), st, line)
        elif on and self.kind == "quoted":
            p.fillRect(
                QRect(words.left(), words.bottom() - 1, words.width(), 1), QColor(c["muted"])
            )
        marker = self.marker()
        if marker and st is not None:
            p.setFont(self._marker_font())
            p.setPen(readable(st.colour, self.dark) if on else QColor(c["muted"]))
            p.drawText(
                QRect(words.right() + 2, words.top() - 1, self._marker_width(), fm.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                marker,
            )
        p.end()


def marks_note_texts(key: str) -> tuple[str, str]:
    """The marks-hidden note's text and tip, naming View › Show Framing Marks' ``key`` as this
    system writes it (Cmd on a Mac), so the note never names a key the window does not answer;
    none when the action has no key."""
    text = "Framing marks hidden · Show them" + (f" ({key})" if key else "")
    where = "View › Show Framing Marks" + (f", {key}" if key else "")
    tip = (
        f"Every framing mark is hidden for a clean copy ({where}). Click to show them again, as"
        " the chips chose."
    )
    return text, tip


class LegendStrip(QWidget):
    """A row of category chips; unchecking one hides that category's marks everywhere."""

    categoriesChanged = Signal(set)
    #: The "marks hidden" note was clicked: the window turns the framing marks back on.
    showMarksRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendStrip")
        self.setAccessibleName("Legend and flag filters")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = FlowLayout(self, spacing=2, line_spacing=2, centre=True)
        layout.setContentsMargins(4, 3, 4, 3)
        # Shown only while View › Show Framing Marks is off, so no one takes a clean copy for a
        # comparison with nothing to flag; first in the strip, where it is seen.
        self.marks_note = QToolButton(self)
        self.marks_note.setObjectName("marksHiddenNote")
        self.marks_note.setAccessibleName("Framing marks are hidden. Show them")
        self.set_marks_key("")
        self.marks_note.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.marks_note.setCursor(Qt.CursorShape.PointingHandCursor)
        self.marks_note.clicked.connect(self.showMarksRequested)
        self.marks_note.hide()
        layout.addWidget(self.marks_note)
        self.diff_chip = LegendChip(DIFFERENCES_LABEL, "difference", parent=self)
        self.diff_chip.setAccessibleName("Show different wording")
        self.diff_chip.setToolTip(
            "Show or hide different wording: words one outlet uses where the others use other"
            " words, set slightly heavier on this background. A claim worded differently"
            " throughout is captioned “reworded” on this background instead; only a phrase or"
            " clause it adds is shaded in it."
        )
        self.diff_chip.toggled.connect(self._emit)
        layout.addWidget(self.diff_chip)
        self.chips: dict[str, LegendChip] = {}
        for cat, label in CATEGORY_LABELS.items():
            if cat == UNIQUE:
                continue  # its bar says "Only in …" itself; View › Show Flags hides it
            b = LegendChip(CATEGORY_SHORT_LABELS.get(cat, label), "flag", style_for(cat), self)
            b.setAccessibleName(f"Show {label.lower()} flags")
            b.setAccessibleDescription(curly(CATEGORY_DESCRIPTIONS.get(cat, "")))
            b.setToolTip(chip_tip(cat))
            b.toggled.connect(self._emit)
            layout.addWidget(b)
            self.chips[cat] = b
        self.quoted_chip = LegendChip(f"“{QUOTED_LABEL}”", "quoted", parent=self)
        self.quoted_chip.setAccessibleName("Show flags in speakers’ words")
        self.quoted_chip.setToolTip(
            "Show or hide flags in speakers’ words (quotations and reported speech), not the"
            " outlet’s. They are underlined without a tint."
        )
        self.quoted_chip.toggled.connect(self._emit)
        layout.addWidget(self.quoted_chip)
        # As tall as its lines at its width (height for width): a fixed height would be the
        # height at the width it had before, and a second line would be cut off.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        #: Whether the bars over claims one outlet alone carries are shown (View › Show Flags).
        self._unique = True
        #: Whether the view on screen shades wording (the difference key's place), and the
        #: categories the comparison has (for the occasional ones' chips).
        self._difference_key = True
        #: None before any comparison: every chip but the occasional ones, as a key to read.
        self._present: frozenset[str] | None = None
        self._dark = False
        #: The one chip Tab stops at; the arrow keys move it along the strip.
        self._tab_stop: LegendChip = self.diff_chip
        for chip in self.all_chips():
            chip.installEventFilter(self)
        self.set_dark(False)
        self._show_chips()

    # -- keyboard: one tab stop, arrows between chips ----------------------------------------

    def all_chips(self) -> list[LegendChip]:
        """Every chip, in the strip's order."""
        return [self.diff_chip, *self.chips.values(), self.quoted_chip]

    def reachable_chips(self) -> list[LegendChip]:
        """The chips the keyboard can reach now: on screen and enabled."""
        return [c for c in self.all_chips() if not c.isHidden() and c.isEnabled()]

    def tab_stop(self) -> LegendChip:
        return self._tab_stop

    def _set_tab_stop(self, chip: LegendChip) -> None:
        """Make ``chip`` the strip's only tab stop. Eleven chips in the Tab chain made Tab a
        walk through the legend to reach the views; as a toolbar or a radio group does, the
        strip is one stop and the arrow keys move between its chips."""
        self._tab_stop = chip
        for c in self.all_chips():
            c.setFocusPolicy(Qt.FocusPolicy.TabFocus if c is chip else Qt.FocusPolicy.NoFocus)

    def _keep_tab_stop(self) -> None:
        """After chips hide or show: the tab stop stays on a chip the keyboard can reach."""
        reachable = self.reachable_chips()
        if reachable and self._tab_stop not in reachable:
            self._set_tab_stop(reachable[0])
        else:
            self._set_tab_stop(self._tab_stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.all_chips():
            assert isinstance(event, QKeyEvent)
            if self._move_focus(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _move_focus(self, key: int) -> bool:
        """Left/Up and Right/Down step to the previous and next chip (wrapping round), Home
        and End to the first and last; the chip reached takes focus and the tab stop."""
        chips = self.reachable_chips()
        if self._tab_stop not in chips:
            return False
        here = chips.index(self._tab_stop)
        steps = {
            Qt.Key.Key_Left.value: here - 1,
            Qt.Key.Key_Up.value: here - 1,
            Qt.Key.Key_Right.value: here + 1,
            Qt.Key.Key_Down.value: here + 1,
            Qt.Key.Key_Home.value: 0,
            Qt.Key.Key_End.value: len(chips) - 1,
        }
        step = steps.get(int(key))
        if step is None:
            return False
        chip = chips[step % len(chips)]
        self._set_tab_stop(chip)
        chip.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def set_marks_key(self, key: str) -> None:
        """Name View › Show Framing Marks' key (as :func:`marks_note_texts` says it) in the note."""
        text, tip = marks_note_texts(key)
        self.marks_note.setText(text)
        self.marks_note.setToolTip(tip)

    def flow(self) -> FlowLayout:
        layout = self.layout()
        assert isinstance(layout, FlowLayout)
        return layout

    def lines(self) -> int:
        """How many lines the chips take at the strip's width."""
        return len(self.flow().lines(self.width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow().heightForWidth(width)

    def set_dark(self, dark: bool) -> None:
        for chip in (self.diff_chip, *self.chips.values(), self.quoted_chip):
            chip.set_dark(dark)
        c = colours(dark)
        self.marks_note.setStyleSheet(
            f"#marksHiddenNote {{ background: {c['find']}; color: {c['text']}; font-weight: 600;"
            f" border: 1px solid {c['border']}; border-radius: 3px; padding: 2px 8px;"
            " margin: 0 6px 0 0; }"
        )
        self._dark = dark

    def _relayout(self) -> None:
        self.flow().invalidate()
        self.updateGeometry()

    def show_difference_key(self, shown: bool) -> None:
        """Show the key to different wording (not for one article: it has no other wording)."""
        self._difference_key = shown
        self._show_chips()

    def show_present(self, present: AbstractSet[str]) -> None:
        """Show the chips of the categories this comparison has flags of, and only those: a
        key to a mark no view draws ("Hedge" over articles with no hedge) is one more thing a
        reader looks for and does not find, as the report's legend, which lists only what it
        holds, now says too. The strip keeps to one line where it can; a chip set aside keeps
        its choice, so a kind hidden stays hidden in the next comparison that has it."""
        self._present = frozenset(present)
        self._show_chips()

    def show_present_in(self, comp: Comparison | None) -> None:
        """:meth:`show_present` with what ``comp`` holds (core's :func:`kinds_present`)."""
        self.show_present(kinds_present(comp) if comp is not None else frozenset())

    def _has(self, category: str) -> bool:
        """Whether the comparison shown has flags of ``category`` (before one: whether it is a
        kind every comparison may have)."""
        if self._present is None:
            return category not in OCCASIONAL_CATEGORIES
        return category in self._present

    def _show_chips(self) -> None:
        """Each chip on screen or not: none while every mark is hidden; the difference key where
        wording is shaded; a category's chip when the comparison has its flags."""
        marks = self.marks_shown()
        wanted = {
            self.diff_chip: marks and self._difference_key,
            self.quoted_chip: marks and self._has(QUOTED),
        }
        for cat, chip in self.chips.items():
            wanted[chip] = marks and self._has(cat)
        changed = False
        for chip, shown in wanted.items():
            if chip.isHidden() == shown:
                chip.setVisible(shown)
                changed = True
        if changed:
            self._relayout()
        self._keep_tab_stop()

    def marks_shown(self) -> bool:
        """False while View › Show Framing Marks is off."""
        return self.marks_note.isHidden()

    def set_marks_shown(self, shown: bool) -> None:
        """Disable the chips (their choices kept) and set them aside behind the "marks hidden"
        note, or undo that: a clean copy has no key to marks it does not draw, and the note is
        then all the strip says. :meth:`categories` still reports the chips' choices: what to
        show is the window's sum."""
        if self.marks_shown() == shown:
            return
        for chip in (self.diff_chip, *self.chips.values(), self.quoted_chip):
            chip.setEnabled(shown)
        self.marks_note.setVisible(not shown)
        self._show_chips()
        self._relayout()

    def categories(self) -> set[str]:
        cats = {c for c, b in self.chips.items() if b.isChecked()}
        if self._unique:
            cats.add(UNIQUE)
        if self.quoted_chip.isChecked():
            cats.add(QUOTED)
        if self.diff_chip.isChecked():
            cats.add(DIFFERENCES)
        return cats

    def set_category(self, category: str, on: bool) -> None:
        if category in self.chips:
            self.chips[category].setChecked(on)
        elif category == QUOTED:
            self.quoted_chip.setChecked(on)
        elif category == DIFFERENCES:
            self.diff_chip.setChecked(on)
        elif category == UNIQUE and on != self._unique:
            self._unique = on
            self._emit(on)

    def _emit(self, _checked: bool) -> None:
        self.categoriesChanged.emit(self.categories())
