"""The report on paper and as PDF, through Qt's own rich-text printing.

Qt lays out the report (:func:`reader.core.export.to_qt_report`, a variant of the HTML report that
``QTextDocument`` understands) and writes real text into the PDF, so the PDF can be searched, copied
from and read aloud, and no browser engine has to ship with the app. The charts go in as images
rendered from the same SVG the HTML report embeds.

``reader compare --pdf`` has no window and no ``QApplication``: :func:`ensure_gui_app` creates a
``QGuiApplication`` when none exists, on the offscreen platform when there is no display, so PDF
export works on a headless server too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from reader import APP_NAME, __version__
from reader.core.export import QtReport, to_qt_report
from reader.core.model import Comparison
from reader.core.overview import FlagFilter
from reader.core.palette import CATEGORY_STYLES
from reader.core.report_context import LANDSCAPE_FROM
from reader.ui import richtext

#: Charts are rasterised at this multiple of their size: about 240 dpi on the page, sharp on paper.
_CHART_SCALE = 2.5
#: QTextDocument.print_ adds its own 2 cm margin (and the page numbers) inside the page.
_MARGINS_MM = QMarginsF(0, 0, 0, 0)

_app: QGuiApplication | None = None


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application, or a new ``QGuiApplication`` for command-line use.

    Text layout needs fonts, which need a GUI application. Without a display (a server, CI, a
    terminal on Linux) Qt would abort trying to reach X11 or Wayland, so the offscreen platform is
    chosen first when no platform and no display are set.
    """
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("printing needs a QGuiApplication, not a bare QCoreApplication")
        return existing
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "reader"])
    return _app


def render_svg(svg: str, scale: float = _CHART_SCALE) -> QImage:
    """A standalone SVG drawn onto a white image ``scale`` times its own size."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("chart SVG could not be parsed")
    size = renderer.defaultSize()
    target = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    image = QImage(target, QImage.Format.Format_RGB32)  # opaque: no alpha mask in the PDF
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QRectF(0, 0, target.width(), target.height()))
    finally:
        painter.end()
    return image


def build_document(report: QtReport) -> QTextDocument:
    """A ``QTextDocument`` of the report with its charts registered as image resources."""
    ensure_gui_app()
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, "Parallax Reader report")
    for name, svg in report.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), render_svg(svg))
    doc.setHtml(report.html)
    _style_underlines(doc)
    return doc


def _style_underlines(doc: QTextDocument) -> None:
    """Draw each flag's underline in its category's style, as the app does, so the printed
    legend's "dashed", "wavy", "dash-dot" are true and categories differ in black and white.
    Qt's HTML cannot say a line's style, so the report gives each flag's line its category's
    colour (:meth:`reader.core.report_context.ReportContext.style`) and the style follows it."""
    styles = {
        QColor(st.colour).name(): richtext.underline_style(st) for st in CATEGORY_STYLES.values()
    }
    found: list[tuple[int, int, QTextCharFormat.UnderlineStyle]] = []
    for frag in richtext.fragments(doc):
        fmt = frag.charFormat()
        style = styles.get(fmt.underlineColor().name()) if fmt.fontUnderline() else None
        if style is not None:
            found.append((frag.position(), frag.position() + frag.length(), style))
    cursor = QTextCursor(doc)
    for start, end, style in found:  # after the walk: a change may merge fragments
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        line = QTextCharFormat()
        line.setUnderlineStyle(style)
        cursor.mergeCharFormat(line)


def _page_layout(comparison: Comparison, shown: FlagFilter | None = None) -> QPageLayout:
    hidden = shown.hidden_outlets if shown is not None else frozenset()
    columns = [a for a in comparison.articles if a.id not in hidden]
    orientation = (
        QPageLayout.Orientation.Landscape
        if len(columns) >= LANDSCAPE_FROM
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, _MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def print_document(
    comparison: Comparison,
    device: QPagedPaintDevice,
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    generated_at: datetime | None = None,
    shown: FlagFilter | None = None,
) -> None:
    """Lay the report out on ``device`` (a ``QPdfWriter`` or a ``QPrinter``), page by page; with
    ``shown``, only the flags and outlets it shows (see :func:`reader.core.export.to_html`)."""
    doc = build_document(
        to_qt_report(comparison, annotations=annotations, generated_at=generated_at, shown=shown)
    )
    doc.print_(device)


def write_pdf(
    comparison: Comparison,
    path: str | os.PathLike[str],
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    generated_at: datetime | None = None,
    shown: FlagFilter | None = None,
) -> None:
    """Save the report as an A4 PDF with real, searchable text (``shown`` as for
    :func:`print_document`)."""
    ensure_gui_app()
    writer = QPdfWriter(os.fspath(Path(path)))
    writer.setPageLayout(_page_layout(comparison, shown))
    writer.setResolution(300)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setTitle(comparison.title or "Parallax Reader report")
    print_document(
        comparison,
        writer,
        annotations=annotations,
        generated_at=generated_at,
        shown=shown,
    )
    del writer  # the file is finished and closed when the writer goes away


def print_report(
    comparison: Comparison,
    *,
    parent: Any = None,
    printer: Any = None,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    shown: FlagFilter | None = None,
) -> bool:
    """File > Print: ask for a printer (unless one is given) and print the report, with only the
    flags and outlets ``shown`` shows when given (see :func:`reader.core.export.to_html`).

    Returns False when the user cancels the print dialog.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    ensure_gui_app()
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(_page_layout(comparison, shown))
        printer.setDocName(comparison.title or "Parallax Reader report")
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Print report")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    print_document(comparison, printer, annotations=annotations, shown=shown)
    return True


__all__ = [
    "build_document",
    "ensure_gui_app",
    "print_document",
    "print_report",
    "render_svg",
    "write_pdf",
]
