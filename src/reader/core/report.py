"""The HTML report of a comparison, and the same report for Qt's rich-text engine.

The HTML report is meant to be attached to a memo, handed out in class or printed, so it is one
self-contained file: inline CSS, inline SVG charts, no scripts, no fonts or images from anywhere,
and nothing active carried over from the articles. Articles come from pages saved from anywhere, so
every piece of input text is escaped with :func:`html.escape` and sources are shown as text, never
as links. The report works on paper too: categories differ by underline style and marker letter as
well as by colour, and every flag has a numbered footnote with its explanation and what the other
outlets wrote.

The same document, in a variant Qt's rich-text engine understands (``flavour="qt"``, charts as named
images), is what :mod:`reader.ui.printing` prints to PDF and to paper.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from reader.core.model import Comparison
from reader.core.overview import FlagFilter
from reader.core.report_claims import claims_section
from reader.core.report_context import ReportContext, esc
from reader.core.report_notes import annotations_section, footnotes_section
from reader.core.report_overview import (
    CHART_COVERAGE,
    CHART_PROFILE,
    articles_section,
    chart_images,
    header_section,
    legend_section,
    overview_section,
    shown_source,
)
from reader.core.report_style import qt_css, web_css

#: Defence in depth: even if something active slipped into a report, the browser would neither
#: run it nor load anything. Inline styles only; no scripts, images, frames, forms or fonts.
_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)


@dataclass(frozen=True, slots=True)
class QtReport:
    """The report for Qt's rich-text engine: HTML plus the charts it names, as standalone SVG."""

    html: str
    images: Mapping[str, str]


def to_html(
    comparison: Comparison,
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    generated_at: datetime | None = None,
    shown: FlagFilter | None = None,
) -> str:
    """The self-contained HTML report (see the module docstring for what "self-contained" means).

    With ``shown`` (what the app's legend and View › Show Outlets leave on screen), the report's
    flags are those ``shown.shows`` (marks, footnotes, legend, counts and charts alike), and a
    line under the title says what it leaves out: the categories hidden, the flags in speakers'
    words, the outlets hidden. A hidden outlet is left out as the app's Overview leaves it out: no
    column, line, bar, flag or annotation of its own, the claims only it carries left out and the
    other rows keeping their numbers. By default (None) the report shows everything.
    """
    report = ReportContext(comparison, annotations, generated_at, "web", shown)
    return _render(report)


def to_qt_report(
    comparison: Comparison,
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    generated_at: datetime | None = None,
    shown: FlagFilter | None = None,
) -> QtReport:
    """The same report for ``QTextDocument`` (a CSS subset, charts as images), for PDF and print;
    ``shown`` as for :func:`to_html`."""
    report = ReportContext(comparison, annotations, generated_at, "qt", shown)
    return QtReport(html=_render(report), images=chart_images(report))


def _render(report: ReportContext) -> str:
    """The whole document: head, the sections in reading order, the footer."""
    parts = [
        "<!DOCTYPE html>\n" if not report.qt else "",
        '<html lang="en"><head><meta charset="utf-8">',
        "" if report.qt else f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f'<meta name="generator" content="{esc(_generator_line(report))}">',
        f"<title>{esc(report.title)}</title>",
        f"<style>{qt_css() if report.qt else web_css(report.landscape)}</style>",
        "</head><body>",
        '<div class="page">' if not report.qt else "",
        header_section(report),
        articles_section(report),
        legend_section(report),
        overview_section(report),
        claims_section(report),
        footnotes_section(report),
        annotations_section(report),
        _footer(report),
        "</div>" if not report.qt else "",
        "</body></html>\n",
    ]
    return "".join(parts)


def _generator_line(report: ReportContext) -> str:
    g = report.comp.generator
    return f"{g.name} {g.version}"


def _footer(report: ReportContext) -> str:
    g = report.comp.generator
    return (
        '<footer class="foot"><p>Made with Parallax Reader, offline, from the articles listed'
        " above. Flags are pointers for a reader to check, not verdicts: read each in its"
        " sentence. Offsets and full data are in the JSON export"
        f" ({esc(g.name)} {esc(g.version)}, {esc(g.pipeline)}, lexicon {esc(g.lexicon)})."
        "</p></footer>"
    )


__all__ = ["CHART_COVERAGE", "CHART_PROFILE", "QtReport", "shown_source", "to_html", "to_qt_report"]
