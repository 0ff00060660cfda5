"""The PDF report: real, extractable text through Qt printing, with or without a display."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from export_case import build_comparison
from pdf_text import pdf_text
from reader.core.model import Comparison
from reader.core.palette import CATEGORY_STYLES

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return build_comparison(with_hostile=True)


def test_pdf_has_real_text_with_outlets_and_flags(
    qtbot: QtBot, comparison: Comparison, tmp_path: Path
) -> None:
    from reader.ui.printing import write_pdf

    path = tmp_path / "report.pdf"
    write_pdf(comparison, path)
    assert path.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # four outlets side by side: landscape
    text = pdf_text(path)
    for article in comparison.articles:
        assert article.outlet in text, article.outlet
    for phrase in ("Globalist premier", "Claims side by side", "Flags explained"):
        assert phrase in text
    assert comparison.generator.lexicon in text
    lowered = text.lower()
    assert "pxr_" not in lowered and "evil.example" not in lowered


def test_pdf_includes_annotations(qtbot: QtBot, comparison: Comparison, tmp_path: Path) -> None:
    from reader.ui.printing import write_pdf

    path = tmp_path / "annotated.pdf"
    notes = [{"kind": "note", "article": "beacon", "flag": "f3", "body": "Check the party line."}]
    write_pdf(comparison, path, annotations=notes)
    assert "Check the party line." in pdf_text(path)


def test_charts_render_to_images(qtbot: QtBot, comparison: Comparison) -> None:
    from reader.core.export import to_qt_report
    from reader.ui.printing import render_svg

    for svg in to_qt_report(comparison).images.values():
        image = render_svg(svg, scale=1.0)
        assert image.width() > 100 and image.height() > 50
        # Something is drawn: not every pixel is the white background.
        corner = image.pixel(0, 0)
        assert any(
            image.pixel(x, y) != corner
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        )


def test_printed_flags_are_underlined_in_their_categorys_style(
    qtbot: QtBot, comparison: Comparison
) -> None:
    """Qt's HTML draws every underline plain: the printed report would show one line for
    every category while its legend says "wavy", "dashed" and "dash-dot". Each flag's line is
    in its category's colour and style, as in the app."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QTextCharFormat

    from reader.core.export import to_qt_report
    from reader.ui.printing import build_document

    doc = build_document(to_qt_report(comparison))
    lines: dict[str, set[QTextCharFormat.UnderlineStyle]] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.background().style() == Qt.BrushStyle.NoBrush:
                pass  # no tint: another outlet's words in a flag's place, not a flag
            elif fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                lines.setdefault(fmt.underlineColor().name(), set()).add(fmt.underlineStyle())
            it += 1
        block = block.next()
    Style = QTextCharFormat.UnderlineStyle
    expected = {
        "solid": Style.SingleUnderline,
        "dash": Style.DashUnderline,
        "dot": Style.DotLine,
        "wave": Style.WaveUnderline,
        "dash-dot": Style.DashDotLine,
    }
    for cat in {f.category for f in comparison.flags}:
        style = CATEGORY_STYLES[cat]
        assert lines.get(QColor(style.colour).name()) == {expected[style.underline]}, cat
    assert lines[QColor(CATEGORY_STYLES["intensifier"].colour).name()] == {Style.DashDotLine}


def test_printed_report_underlines_the_others_words_in_a_flags_place_with_dots(
    qtbot: QtBot, comparison: Comparison
) -> None:
    """On paper the others' "Prime Minister Ana Lindqvist" beside "Globalist premier" gets a
    dotted line in the label's colour: no tint and no letter, so it is not read as a flag."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QTextCharFormat

    from reader.core.export import to_qt_report
    from reader.ui.printing import build_document

    doc = build_document(to_qt_report(comparison))
    marked = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.text() == "Prime Minister Ana Lindqvist":
                marked.append(frag.charFormat())
            it += 1
        block = block.next()
    assert len(marked) == 2  # the wire's cell and the ledger's; the footnote quotes them plain
    for fmt in marked:
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        assert fmt.underlineColor().name() == QColor(CATEGORY_STYLES["label"].colour).name()
        assert fmt.background().style() == Qt.BrushStyle.NoBrush
        assert "“Globalist premier”" in fmt.toolTip()


def test_pdf_export_works_headless_without_an_application(tmp_path: Path) -> None:
    """The command line has no QApplication and maybe no display; the PDF must still come out."""
    out = tmp_path / "headless.pdf"
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(TESTS)!r})
        from export_case import build_comparison
        from reader.ui.printing import write_pdf
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.instance() is None
        write_pdf(build_comparison(with_hostile=False), {str(out)!r})
        """
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(out)
    for outlet in ("Harbour Wire", "The Daily Beacon", "Metro Ledger"):
        assert outlet in text


#: A headline of long words, as an outlet may write one: each word is wider than an eighth of a
#: page, the room Qt gave the Article column when every column shared the page evenly.
_LONG_HEADLINE = "Interparliamentary commission countersigns comprehensive transboundary agreement"


def _printed(
    comparison: Comparison,
    shown: Any = None,
    annotations: list[dict[str, str]] | None = None,
) -> Any:
    """The report's document laid out as the printer lays it out: at 300 dpi, as wide as the
    page (landscape from three outlets) less the margins ``QTextDocument.print_`` adds."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QImage

    from reader.core.export import to_qt_report
    from reader.ui.printing import _page_layout, build_document

    dpi = 300
    device = QImage(10, 10, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(dpi / 0.0254))
    device.setDotsPerMeterY(round(dpi / 0.0254))
    doc = build_document(to_qt_report(comparison, annotations=annotations, shown=shown))
    doc.documentLayout().setPaintDevice(device)
    margin_pt = 2 / 2.54 * 72  # QTextDocument.print_'s own margin on each side
    width_pt = _page_layout(comparison, shown).fullRectPoints().width() - 2 * margin_pt
    doc.setPageSize(QSizeF(width_pt * dpi / 72, 1e6))
    return doc


def _cell_text(table: Any, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return str(cursor.selectedText())


def _cell_line_gaps(table: Any, row: int, column: int) -> list[tuple[float, float]]:
    """(room left of the text, room right of it) on each laid-out line of one table cell."""
    gaps = []
    cell = table.cellAt(row, column)
    block = cell.firstCursorPosition().block()
    while block.isValid() and block.position() <= cell.lastCursorPosition().position():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if line.textLength():
                text = line.naturalTextRect()
                gaps.append((text.left() - line.x(), line.x() + line.width() - text.right()))
        block = block.next()
    return gaps


def test_printed_figures_stand_right_aligned_in_their_cells(qtbot: QtBot) -> None:
    """The web report right-aligns figures with its ``.num`` rule, which Qt's rich text ignores
    on a cell: printed, "The articles" and "Annotations" lined their figures up on the left."""
    from PySide6.QtGui import QTextTable

    comparison = build_comparison(with_hostile=False)
    notes = [{"kind": "note", "article": "beacon", "body": "Check the party line."}]
    doc = _printed(comparison, annotations=notes)
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    articles = tables[0]
    (annotations,) = [t for t in tables if _cell_text(t, 0, 1) == "Kind"]
    assert _cell_text(articles, 0, 2) == "Words"
    figures = [(articles, r, c) for r in range(1, articles.rows()) for c in range(2, 8)]
    figures += [(annotations, r, 0) for r in range(1, annotations.rows())]
    for table, r, c in figures:
        gaps = _cell_line_gaps(table, r, c)
        assert gaps, (r, c)
        for left, right in gaps:
            assert right < 1 < left, (r, c, left, right)  # flush right, room on the left
    # The headline column is text: it stays on the left.
    assert all(left < 1 for left, _ in _cell_line_gaps(articles, 1, 1))


def _articles_table_lines(doc: Any) -> list[list[str]]:
    """The printed lines of each cell of "The articles" table's first body row, column by
    column, as laid out."""
    from PySide6.QtGui import QTextTable

    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    table = tables[0]  # the report's first table: "The articles"
    columns = []
    for col in range(table.columns()):
        cell = table.cellAt(1, col)
        lines = []
        block = cell.firstCursorPosition().block()
        while block.isValid() and block.position() <= cell.lastCursorPosition().position():
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
            block = block.next()
        columns.append(lines)
    return columns


@pytest.mark.parametrize("hidden", [frozenset(), frozenset({"ledger"})])
def test_printed_articles_table_breaks_headlines_between_words(
    qtbot: QtBot, hidden: frozenset[str]
) -> None:
    """Qt shares a page's width evenly between columns that state none, so a headline got no
    more room than "Left out" and broke mid-word ("Westhave / n council"). Laid out as the
    printer lays it out (300 dpi, on the landscape page of three outlets and the portrait page of
    two), the headline breaks only between words and each figure stays on one line."""
    from dataclasses import replace

    from reader.core.overview import FlagFilter

    base = build_comparison(with_hostile=False)
    first = replace(base.articles[0], title=_LONG_HEADLINE)
    comparison = replace(base, articles=(first, *base.articles[1:]))
    doc = _printed(comparison, FlagFilter(hidden_outlets=hidden))

    cells = _articles_table_lines(doc)
    title_lines = [ln for ln in cells[1] if ln.strip() and ln.strip() in _LONG_HEADLINE]
    assert " ".join(ln.strip() for ln in title_lines) == _LONG_HEADLINE
    words = set(_LONG_HEADLINE.split())
    for ln in title_lines:
        assert set(ln.split()) <= words, ln  # no word cut in two across lines
    for figures in cells[2:]:
        assert len([ln for ln in figures if ln.strip()]) == 1, figures
