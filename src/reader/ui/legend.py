"""The legend strip: what each mark means, doubling as the filter by flag category.

Each category is a checkable chip showing its tint, underline style and marker letter next to its
name, so the legend explains the marks and, clicked, hides or shows them. A last chip does the same
for flags inside quotations, which are a speaker's words rather than the outlet's and are drawn
without a tint. The same toggles are in View menu actions for the keyboard.

View › Show Framing Marks turns every mark off at once (a clean copy to hand out): the chips then
keep their choices but are greyed, and a note in the strip says the marks are hidden and brings
them back when clicked; turned on again, the marks are exactly those the chips chose.

Where the strip is short of room, chips give up their names one at a time, the least needed first
(:data:`NAME_DROP_ORDER`), and the key to different wording shrinks to "≠" only when no name is
left to give up. Tooltips and accessible names always hold the full names.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Final

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from reader.core.model import CATEGORY_LABELS, OCCASIONAL_CATEGORIES
from reader.core.overview import FlagFilter
from reader.core.palette import CategoryStyle, style_for
from reader.ui.theme import colours, readable

#: Short chip texts so the strip fits beside the docks; the full names are in tooltips and menus.
SHORT_LABELS = {
    "label": "Label",
    "loaded": "Loaded",
    "intensifier": "Intensifier",
    "hedge": "Hedge",
    "attribution": "Verb",
    "scare-quote": "Scare quotes",
    "opinion": "Opinion",
    "detail": "Detail",
}

#: The order in which chips show their swatch alone when the strip is short of room, the least
#: needed first: the occasional "Detail"; then the longest names, of kinds whose marks are easy to
#: read without them (scare quotes are quotation marks in the text, an intensifier a "very");
#: then the opinion's sentence-wide underline, hedges and verbs. "Loaded" and "Label", what most
#: marks in a comparison are, keep their names longest.
NAME_DROP_ORDER: Final = (
    "detail",
    "scare-quote",
    "intensifier",
    "opinion",
    "hedge",
    "attribution",
    "loaded",
    "label",
)

#: Not a category: in a set of shown categories, this key means "show flags inside quotations too".
QUOTED: Final = "quoted"
QUOTED_LABEL: Final = "Speakers' Words"
#: What the views show before the legend says otherwise: everything.
ALL_SHOWN: Final = frozenset(CATEGORY_LABELS) | {QUOTED}


def legend_filter(
    shown: AbstractSet[str], hidden_outlets: AbstractSet[str] = frozenset()
) -> FlagFilter:
    """The core's filter for what the legend shows (categories and its :data:`QUOTED` key) and
    the outlets hidden. It alone decides which flags are drawn: the text views, Details, the
    Overview and the status line all ask its :meth:`FlagFilter.shows`."""
    return FlagFilter(
        categories=frozenset(c for c in shown if c != QUOTED),
        quoted=QUOTED in shown,
        hidden_outlets=frozenset(hidden_outlets),
    )


_PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "double": Qt.PenStyle.DashDotLine,
    "wave": Qt.PenStyle.SolidLine,
}


def _canvas(size: int, dpr: float) -> tuple[QPixmap, QPainter, int, int]:
    """A transparent swatch-sized pixmap and a painter on it (the caller ends the painter)."""
    w, h = int(size * 1.6), size
    pm = QPixmap(int(w * dpr), int(h * dpr))
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pm, p, w, h


def chip_icon(style: CategoryStyle, dark: bool, size: int = 18, dpr: float = 1.0) -> QIcon:
    """A small swatch: the tint, the marker letter in the category colour and its underline
    style.
    """
    pm, p, w, h = _canvas(size, dpr)
    p.fillRect(QRectF(0, 1, w, h - 5), QColor(style.tint_dark if dark else style.tint_light))
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(h * 0.62))
    p.setFont(f)
    p.setPen(readable(style.colour, dark))  # the letter is read, so it must stand out
    p.drawText(QRectF(0, 0, w, h - 4), int(Qt.AlignmentFlag.AlignCenter), style.marker)
    pen = QPen(QColor(style.colour))
    pen.setWidthF(1.6)
    pen.setStyle(_PEN_STYLES.get(style.underline, Qt.PenStyle.SolidLine))
    p.setPen(pen)
    y = h - 2.5
    if style.underline == "wave":
        path = QPainterPath(QPointF(1, y))
        x = 1.0
        up = True
        while x < w - 1:
            path.quadTo(QPointF(x + 1.5, y - 2 if up else y + 2), QPointF(x + 3, y))
            x += 3
            up = not up
        p.drawPath(path)
    else:
        p.drawLine(QPointF(1, y), QPointF(w - 1, y))
    p.end()
    return QIcon(pm)


def quoted_icon(dark: bool, size: int = 18, dpr: float = 1.0) -> QIcon:
    """The quoted chip's swatch: quotation marks over an underline with no tint."""
    pm, p, w, h = _canvas(size, dpr)
    ink = QColor(colours(dark)["muted"])
    f = QFont()
    f.setBold(True)
    f.setPixelSize(max(9, int(h * 0.7)))
    p.setFont(f)
    p.setPen(ink)
    p.drawText(QRectF(0, 0, w, h - 4), Qt.AlignmentFlag.AlignCenter, "“ ”")
    pen = QPen(ink, 1.5)
    p.setPen(pen)
    y = h - 2.5
    p.drawLine(QPointF(1, y), QPointF(w - 1, y))
    p.end()
    return QIcon(pm)


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.setSpacing(0)
        self.diff_label = QLabel(self)
        self.diff_label.setTextFormat(Qt.TextFormat.RichText)
        self.diff_label.setAccessibleName(
            "Differences are shown in a heavier weight on a quiet background"
        )
        self.diff_label.setToolTip(
            "Different wording: words one outlet uses where the others use other words, set"
            " slightly heavier on this background. A claim worded differently throughout is"
            " captioned “Reworded” on this background instead; only a phrase or clause it adds"
            " is shaded in it."
        )
        self.diff_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.diff_label)
        # Shown only while View › Show Framing Marks is off, so no one takes a clean copy for a
        # comparison with nothing to flag.
        self.marks_note = QToolButton(self)
        self.marks_note.setObjectName("marksHiddenNote")
        self.marks_note.setText("Framing marks hidden · Show")
        self.marks_note.setAccessibleName("Framing marks are hidden. Show them")
        self.marks_note.setToolTip(
            "Every framing mark is hidden (View › Show Framing Marks, Ctrl+Shift+M). Click to show"
            " them again, as the chips chose."
        )
        self.marks_note.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.marks_note.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.marks_note.clicked.connect(self.showMarksRequested)
        self.marks_note.hide()
        layout.addWidget(self.marks_note)
        self.chips: dict[str, QToolButton] = {}
        for cat, label in CATEGORY_LABELS.items():
            if cat == "unique-claim":
                continue
            b = QToolButton(self)
            b.setObjectName("legendChip")
            b.setText(SHORT_LABELS.get(cat, label))
            b.setCheckable(True)
            b.setChecked(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setIconSize(QSize(24, 15))
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setAccessibleName(f"Show {label.lower()} flags")
            b.setToolTip(
                f"Show or hide “{label}” marks ({style_for(cat).underline} underline, letter"
                f" {style_for(cat).marker})"
            )
            b.toggled.connect(self._emit)
            layout.addWidget(b)
            self.chips[cat] = b
        # Always a swatch alone, so the category names keep their room.
        self.quoted_chip = QToolButton(self)
        self.quoted_chip.setObjectName("legendChip")
        self.quoted_chip.setCheckable(True)
        self.quoted_chip.setChecked(True)
        self.quoted_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.quoted_chip.setIconSize(QSize(24, 15))
        self.quoted_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quoted_chip.setAccessibleName("Show flags in speakers' words")
        self.quoted_chip.setToolTip(
            "Show or hide flags in speakers' words (quotations and reported speech), not the"
            " outlet's. They are underlined without a tint."
        )
        self.quoted_chip.toggled.connect(self._emit)
        layout.addWidget(self.quoted_chip)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._dark = False
        self._short_diff = False
        #: Each chip's width with its name and without; empty until measured (once shown).
        self._chip_widths: dict[str, tuple[int, int]] = {}
        #: The difference key's width when it reads "different wording".
        self._diff_width = 0
        # Owned by the strip, so a pending re-measure dies with it.
        self._refit_later = QTimer(self)
        self._refit_later.setSingleShot(True)
        self._refit_later.setInterval(0)
        self._refit_later.timeout.connect(self._refit)
        self.set_dark(False)

    def compact(self) -> bool:
        """True when some chips show only their swatch (the strip is short of room)."""
        return any(
            b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            for b in self.chips.values()
            if not b.isHidden()
        )

    def named(self) -> list[str]:
        """The categories whose chips show their names, in the strip's order."""
        return [
            cat
            for cat, b in self.chips.items()
            if not b.isHidden()
            and b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        ]

    def short_diff(self) -> bool:
        """True when the difference key reads "≠" rather than "different wording"."""
        return self._short_diff

    def _fit(self) -> None:
        """Names beside the swatches when they fit. Where they do not, chips give up their names
        in :data:`NAME_DROP_ORDER` until the rest fit, rather than being drawn over each other;
        only when no name is left does the difference key shrink to "≠"."""
        layout = self.layout()
        if layout is None or not self._chip_widths:
            return
        margins = layout.contentsMargins()
        shown = [cat for cat, b in self.chips.items() if not b.isHidden()]
        need = margins.left() + margins.right()
        need += self._diff_width if not self.diff_label.isHidden() else 0
        need += self.marks_note.sizeHint().width() if not self.marks_note.isHidden() else 0
        need += self.quoted_chip.sizeHint().width() if not self.quoted_chip.isHidden() else 0
        need += sum(self._chip_widths[cat][0] for cat in shown)
        bare: set[str] = set()
        for cat in NAME_DROP_ORDER:
            if need <= self.width():
                break
            if cat in shown:
                bare.add(cat)
                need -= self._chip_widths[cat][0] - self._chip_widths[cat][1]
        short = need > self.width()
        if short != self._short_diff:
            self._set_diff(short)
        for cat, b in self.chips.items():
            style = (
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if cat in bare
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            if b.toolButtonStyle() != style:
                b.setToolButtonStyle(style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        # The chips' final size is known only once shown and styled; a width measured while the
        # strip was hidden is stale, and no resize may follow.
        super().showEvent(event)
        self._refit_later.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._refit_later.start()

    def _refit(self) -> None:
        """Measure the chips and the difference key again, then fit the strip to its width."""
        self._measure()
        self._fit()

    def _measure(self) -> None:
        """Each chip's width with its name and without, and the difference key's in words."""
        for cat, b in self.chips.items():
            style = b.toolButtonStyle()
            widths = []
            for each in (
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                Qt.ToolButtonStyle.ToolButtonIconOnly,
            ):
                b.setToolButtonStyle(each)
                widths.append(b.sizeHint().width())
            b.setToolButtonStyle(style)
            self._chip_widths[cat] = (widths[0], widths[1])
        current = self._short_diff
        self._set_diff(False)
        self._diff_width = self.diff_label.minimumWidth()
        self._set_diff(current)

    def set_dark(self, dark: bool) -> None:
        dpr = self.devicePixelRatioF() or 1.0
        for cat, b in self.chips.items():
            b.setIcon(chip_icon(style_for(cat), dark, 16, dpr))
        self.quoted_chip.setIcon(quoted_icon(dark, 16, dpr))
        c = colours(dark)
        self.marks_note.setStyleSheet(
            f"#marksHiddenNote {{ background: {c['find']}; color: {c['text']}; font-weight: 600;"
            f" border: 1px solid {c['border']}; border-radius: 3px; padding: 1px 8px;"
            " margin: 0 6px 0 2px; }"
        )
        self._dark = dark
        self._set_diff(self._short_diff)  # the key's tint is the theme's

    def show_difference_key(self, shown: bool) -> None:
        """Show the key to different wording (not for one article: it has no other wording)."""
        if self.diff_label.isHidden() == shown:
            self.diff_label.setVisible(shown)
            self._refit_later.start()

    def _set_diff(self, short: bool) -> None:
        """The difference key: "different wording" on its tint, or "≠" where room is short."""
        self._short_diff = short
        c = colours(self._dark)
        words = "≠" if short else "different wording"
        self.diff_label.setText(
            f"<span style='background:{c['diff']}; font-weight:600'>&nbsp;{words}&nbsp;</span>"
        )
        self.diff_label.setMinimumWidth(0)  # so the hint is the new text's, not the old width
        self.diff_label.setMinimumWidth(self.diff_label.sizeHint().width() + 6)

    def show_present(self, present: AbstractSet[str]) -> None:
        """Show the chips of categories only some comparisons have (``OCCASIONAL_CATEGORIES``)
        when this one has them, so the strip keeps its room for the names of the rest."""
        for cat in OCCASIONAL_CATEGORIES:
            chip = self.chips.get(cat)
            if chip is not None and chip.isHidden() == (cat in present):
                chip.setVisible(cat in present)
                self._refit_later.start()

    def marks_shown(self) -> bool:
        """False while View › Show Framing Marks is off."""
        return self.marks_note.isHidden()

    def set_marks_shown(self, shown: bool) -> None:
        """Grey the chips (their choices kept) and show the "marks hidden" note, or undo that.
        :meth:`categories` still reports the chips' choices: what to show is the window's sum."""
        if self.marks_shown() == shown:
            return
        for chip in (*self.chips.values(), self.quoted_chip):
            chip.setEnabled(shown)
        self.marks_note.setVisible(not shown)
        self._refit_later.start()

    def categories(self) -> set[str]:
        cats = {c for c, b in self.chips.items() if b.isChecked()}
        cats.add("unique-claim")
        if self.quoted_chip.isChecked():
            cats.add(QUOTED)
        return cats

    def set_category(self, category: str, on: bool) -> None:
        if category in self.chips:
            self.chips[category].setChecked(on)
        elif category == QUOTED:
            self.quoted_chip.setChecked(on)

    def _emit(self, _checked: bool) -> None:
        self.categoriesChanged.emit(self.categories())
