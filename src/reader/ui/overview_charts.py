"""The Overview's framing profile on screen: the report's SVG chart, drawn by ``QSvgRenderer``.

:func:`show_profile` draws the exported report's own chart
(:func:`reader.core.svgcharts.framing_profile_svg`) in the theme's ink, so the tab and the report
never draw it differently. It follows View › Zoom as the page's words do, and a narrower page gets
a narrower drawing (:meth:`ChartArea.room`) before a smaller one; shrunk below
:data:`CHART_MIN_SHRINK` it would be too small to read, so it scrolls sideways in its own
:class:`ChartArea` instead while the page's words go on wrapping at the window's width.

QtSvg ships in PySide6-Essentials, which the app already bundles, so the chart adds nothing to the
installer; QtCharts would pull in PySide6-Addons (tens of megabytes) and pyqtgraph would add numpy,
for one bar chart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from reader.core.model import CATEGORY_LABELS
from reader.core.overview import Overview, Profile, flags_in_words
from reader.core.svgcharts import framing_profile_svg
from reader.ui.theme import colours

#: The ink the standalone SVG uses; swapped for the theme's text colour so the chart reads on dark.
_SVG_INK = "#1F2328"
#: The least of its zoomed size the chart is shrunk to in a narrow page; below that it scrolls.
CHART_MIN_SHRINK = 0.8
#: The framing profile's widest drawing. A narrower page gets narrower columns, down to
#: CHART_NARROWEST (room for the note under the bars, which does not wrap), and only then a
#: smaller drawing: at 1024 pixels wide no outlet's numbers hide behind a sideways scroll.
CHART_WIDTH = 880
CHART_NARROWEST = 760


class SvgChart(QWidget):
    """An SVG drawn at its natural size times :attr:`zoom` (View > Zoom), shrunk (never
    stretched) to the available width, but not below :data:`CHART_MIN_SHRINK` of that size: a
    chart too small to read scrolls sideways instead (see :class:`ChartArea`)."""

    #: The drawing's size changed (a new SVG or zoom): what holds it lays out again.
    sizeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.svg = ""
        self.zoom = 1.0
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # what QScrollArea asks, not hasHeightForWidth()
        self.setSizePolicy(policy)

    def set_svg(self, svg: str) -> None:
        """Draw ``svg`` ("" for nothing); the chart's size follows the drawing's."""
        self.svg = svg
        self.renderer.load(QByteArray(svg.encode("utf-8")))
        self._resized()

    def set_zoom(self, zoom: float) -> None:
        """View › Zoom's ratio to Actual Size: the drawing grows with the page's words."""
        self.zoom = max(0.1, zoom)
        self._resized()

    def _resized(self) -> None:
        """The drawing's size changed: never shrink below :data:`CHART_MIN_SHRINK` of it, and
        tell what holds the chart to lay out again."""
        self.setMinimumWidth(math.ceil(self.sizeHint().width() * CHART_MIN_SHRINK))
        self.updateGeometry()
        self.update()
        self.sizeChanged.emit()

    def sizeHint(self) -> QSize:
        size = self.renderer.defaultSize() if self.svg else QSize(0, 0)
        return QSize(
            max(round(size.width() * self.zoom), 0), max(round(size.height() * self.zoom), 0)
        )

    def scale_at(self, width: int) -> float:
        """How much of its zoomed size the chart is drawn at in ``width`` pixels."""
        natural = self.sizeHint()
        return max(CHART_MIN_SHRINK, min(1.0, width / max(natural.width(), 1)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        natural = self.sizeHint()
        if natural.width() <= 0:
            return 0
        return round(natural.height() * self.scale_at(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.svg or not self.renderer.isValid():
            return
        natural = self.sizeHint()
        scale = self.scale_at(self.width())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(
            painter, QRectF(0, 0, natural.width() * scale, natural.height() * scale)
        )
        painter.end()


class ChartArea(QScrollArea):
    """The chart's own sideways scroll, for a zoom larger than the page is wide: the page's
    words go on wrapping at the window's width."""

    def __init__(self, chart: SvgChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setWidget(chart)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart.sizeChanged.connect(self.updateGeometry)

    #: The room the chart has changed: the page draws it again to fit (see :data:`CHART_WIDTH`).
    roomChanged = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.roomChanged.emit()

    def room(self) -> float:
        """The drawing's width at Actual Size for the room the page gives it, from
        :data:`CHART_NARROWEST` to :data:`CHART_WIDTH`; the chart itself keeps each outlet's
        column wide enough to read."""
        room = self.viewport().width() / max(self.chart.zoom, 0.1)
        return float(min(CHART_WIDTH, max(room, CHART_NARROWEST)))

    def sizeHint(self) -> QSize:
        hint = self.chart.sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The chart's height at ``width``, and the sideways scroll bar's when the chart, at its
        narrowest, is wider than that."""
        inner = max(width, self.chart.minimumWidth())
        height = self.chart.heightForWidth(inner)
        if inner > width:
            height += self.horizontalScrollBar().sizeHint().height()
        return height


def show_profile(
    chart: SvgChart, ov: Overview, names: Mapping[str, str], width: float, dark: bool
) -> None:
    """Draw ``ov``'s framing profile in ``chart``, ``width`` wide at Actual Size, one column per
    outlet in ``names`` (article id to outlet), in the theme's ink; and give the chart its words,
    in its tooltip and for screen readers, since a picture of bars says nothing to either."""
    svg = framing_profile_svg(ov.profiles, names, ov.categories, width=width, standalone=True)
    theme = colours(dark)
    svg = svg.replace(_SVG_INK, theme["text"])
    if dark:  # the total's white letter sits on an ink square, which is now light
        svg = svg.replace(
            'fill="#FFFFFF" text-anchor="middle">Σ',
            f'fill="{theme["base"]}" text-anchor="middle">Σ',
        )
    chart.set_svg(svg)
    # The chart's words, for screen readers and for a test to read.
    lines = [_profile_words(p, ov.categories, names) for p in ov.profiles]
    chart.setAccessibleDescription("; ".join(lines))
    chart.setToolTip("\n".join(lines))


def _profile_words(p: Profile, categories: Sequence[str], names: Mapping[str, str]) -> str:
    """One outlet's line of the chart's words: its rates, or for a text too short for a rate
    its counts and its length, as the chart draws it."""
    short = p.too_short_for_a_rate
    figures = ", ".join(
        f"{CATEGORY_LABELS.get(cat, cat)} {p.counts[cat] if short else f'{p.rate(cat):.1f}'}"
        for cat in categories
        if p.counts.get(cat)
    )
    name = names.get(p.article, p.article)
    if short and figures:
        return f"{name} ({flags_in_words(p.total, p.words)}): {figures}"
    return f"{name}: {figures or 'no flags'}"


__all__ = [
    "CHART_MIN_SHRINK",
    "CHART_NARROWEST",
    "CHART_WIDTH",
    "ChartArea",
    "SvgChart",
    "show_profile",
]
