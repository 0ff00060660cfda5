"""The Overview's framing profile on screen: the report's SVG chart, drawn by ``QSvgRenderer``.

The chart follows View › Zoom as the page's words do, but a page narrower than the zoomed drawing
shrinks it only so far (:data:`CHART_MIN_SHRINK`): a chart too small to read scrolls sideways in
its own :class:`ChartArea` instead, while the page's words go on wrapping at the window's width.
QtSvg ships in PySide6-Essentials, so the chart adds nothing to the installer.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

#: The least of its zoomed size the chart is shrunk to in a narrow page; below that it scrolls.
CHART_MIN_SHRINK = 0.8


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
        self.svg = svg
        self.renderer.load(QByteArray(svg.encode("utf-8")))
        self._resized()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.1, zoom)
        self._resized()

    def _resized(self) -> None:
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

    #: The room the chart has changed: the page draws it again to fit (see
    #: :data:`reader.ui.overview.CHART_WIDTH`).
    roomChanged = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.roomChanged.emit()

    def sizeHint(self) -> QSize:
        hint = self.chart.sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(width, self.chart.minimumWidth())
        height = self.chart.heightForWidth(inner)
        if inner > width:
            height += self.horizontalScrollBar().sizeHint().height()
        return height


__all__ = ["CHART_MIN_SHRINK", "ChartArea", "SvgChart"]
