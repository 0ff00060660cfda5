"""Draw the app icon with Qt and write the icon set into ``resources/icons/``.

The icon is two offset pages (the same story seen from two outlets) with one highlighted line, the
thing the app does. It is drawn in code rather than shipped as an opaque binary so anyone can change
it and rebuild: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py``.

Writes ``app-<size>.png`` for each size, ``app.png`` (256 px), ``app.ico`` (Windows: PNG entries,
readable since Vista) and ``app.icns`` (macOS: PNG entries). ICO and ICNS are written by hand: both
are a small header plus PNG blobs, and Qt's writers only store one image per file.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (icp4/icp5 are 16/32, ic07.. are 128..).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}

BACKGROUND = QColor("#1F3A5F")
BACK_PAGE = QColor("#C9D6E3")
FRONT_PAGE = QColor("#FFFFFF")
TEXT_LINE = QColor("#8A99AB")
HIGHLIGHT = QColor("#D55E00")  # the "label" category colour from reader.core.palette


def render(size: int) -> QImage:
    """The icon at ``size`` pixels, drawn on a 64-unit grid so every size has the same geometry."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)

    background = QPainterPath()
    background.addRoundedRect(QRectF(2, 2, 60, 60), 13, 13)
    painter.fillPath(background, BACKGROUND)

    def page(x: float, y: float, colour: QColor) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, y, 28, 36), 3, 3)
        painter.fillPath(path, colour)

    page(11, 10, BACK_PAGE)
    page(25, 18, FRONT_PAGE)

    pen = QPen(TEXT_LINE, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for y, length in ((25, 16), (31, 12), (43, 16), (49, 10)):
        painter.drawLine(30, y, 30 + length, y)
    painter.setPen(QPen(HIGHLIGHT, 3.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(30, 37, 46, 37)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An Apple .icns: 'icns' + total length, then (type, length incl. 8-byte header, PNG) items."""
    body = b""
    for size, kind in sorted(ICNS_TYPES.items()):
        blob = pngs[size]
        body += kind + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(render(size)) for size in PNG_SIZES}
    for size, blob in pngs.items():
        (ICONS_DIR / f"app-{size}.png").write_bytes(blob)
    (ICONS_DIR / "app.png").write_bytes(pngs[256])
    (ICONS_DIR / "app.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS_DIR / "app.icns").write_bytes(icns_bytes(pngs))
    del app
    print(f"wrote {len(pngs) + 3} icon files to {ICONS_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
