"""Reports without the flags in speakers' words (the legend's "Speakers' words" key off): the
HTML, Qt (PDF/print) and CSV exports hold exactly the flags the views' filter shows, say so in the
line under the title, and keep the claims those flags were in."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime

import pytest

from reader.core.export import to_csv, to_html, to_qt_report
from reader.core.model import Comparison
from reader.core.overview import FlagFilter, build_overview
from ui_sample import quoted_comparison

WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
NO_SPEAKERS = FlagFilter(quoted=False)
#: The explanation of the Daily Bugle's "claimed", the flag inside a quotation.
VERB = "suggests the statement may be false"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return quoted_comparison()


def _filter_lines(page: str) -> list[str]:
    return re.findall(r'<p class="meta filter">(.*?)</p>', page)


def _legend_count(page: str, label: str) -> int:
    """The number of flags the report's legend gives a category."""
    legend = page.split('id="legend"')[1].split("</section>")[0]
    found = re.search(re.escape(label) + r"</span>.*? · (\d+) flag", legend)
    assert found is not None
    return int(found.group(1))


def test_a_report_without_speakers_words_has_no_quoted_flag_and_says_so(
    comparison: Comparison,
) -> None:
    every = to_html(comparison, generated_at=WHEN)
    assert VERB in every and "flag c-attribution quoted" in every
    assert "(1 quoted)" in every and not _filter_lines(every)

    page = to_html(comparison, generated_at=WHEN, shown=NO_SPEAKERS)
    # The quoted flag is gone: mark, footnote, legend count and the article's quoted count.
    assert VERB not in page and ' quoted"' not in page  # no mark drawn as a speaker's words
    assert _legend_count(every, "Reporting verb") == 1
    # The legend keys no mark the page does not draw: the kind is named once, as not in it.
    assert not re.search(r"Reporting verb</span>", page.split('id="legend"')[1])
    assert re.search(r"Not in this report: [^<]*Reporting verb", page)
    assert "4 framing flags" in page and "(1 quoted)" not in page
    # The outlet's own flags stay, and so does the quoted sentence, with its row number.
    assert "calls Xi Jinping a dictator" in page and "Critics claimed" in page
    numbers = re.findall(r'class="rownum">#(\d+)<', page)
    assert numbers == re.findall(r'class="rownum">#(\d+)<', every)
    # One line under the title says what is left out, and only that.
    assert _filter_lines(page) == [
        "Speakers’ words hidden: flags inside quotations (a speaker’s words rather than the"
        " outlet’s) are left out of this report."
    ]
    # The Qt flavour (PDF and paper) says the same.
    qt = to_qt_report(comparison, generated_at=WHEN, shown=NO_SPEAKERS).html
    assert VERB not in qt and "Speakers’ words hidden" in qt


def test_the_csv_without_speakers_words_has_no_quoted_row(comparison: Comparison) -> None:
    full = list(csv.DictReader(io.StringIO(to_csv(comparison))))
    assert [r["id"] for r in full if r["quoted"] == "yes"] == ["f-verb"]
    rows = list(csv.DictReader(io.StringIO(to_csv(comparison, shown=NO_SPEAKERS))))
    assert [r["id"] for r in rows] == [r["id"] for r in full if r["id"] != "f-verb"]
    assert all(r["quoted"] == "no" for r in rows)


def test_a_reports_flags_are_exactly_those_the_filter_shows(comparison: Comparison) -> None:
    """Categories, speakers' words and outlets hidden at once: the report's flags are the ones
    ``shows`` lets through, and its lines name each thing left out."""
    shown = FlagFilter(
        categories=frozenset({"label", "loaded", "attribution"}),
        quoted=False,
        hidden_outlets=frozenset({"gazette"}),
    )
    rows = list(csv.DictReader(io.StringIO(to_csv(comparison, shown=shown))))
    every = [*comparison.headline_flags, *comparison.flags]
    assert sorted(r["id"] for r in rows) == sorted(f.id for f in every if shown.shows(f))
    assert all("Gazette" not in r["counterparts"] for r in rows)
    page = to_html(comparison, generated_at=WHEN, shown=shown)
    lines = _filter_lines(page)
    assert len(lines) == 3
    assert lines[0].startswith("Shown: Label or epithet, Loaded word, Reporting verb; hidden:")
    assert lines[1].startswith("Speakers’ words hidden")
    assert lines[2].startswith("Hidden outlet (View › Show Outlets): Gazette.")
    # The claim rows keep the numbers the Overview gives them for the same filter.
    ov = build_overview(comparison, shown)
    numbers = [int(n) for n in re.findall(r'class="rownum">#(\d+)<', page)]
    assert numbers == [row.number for row in ov.coverage.rows]
