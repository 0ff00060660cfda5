"""Reports of some flag categories only: a ``shown`` filter of categories on the HTML, Qt
(PDF/print) and CSV exports. The default, and a filter that hides nothing, are the report of every
flag."""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import UTC, datetime

from reader.core.export import to_csv, to_html, to_json, to_qt_report
from reader.core.model import CATEGORY_LABELS, Comparison
from reader.core.overview import FlagFilter
from ui_sample import sample_comparison

WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _comp() -> Comparison:
    return sample_comparison()


def _of(categories: set[str]) -> FlagFilter:
    return FlagFilter(categories=frozenset(categories))


def _legend(page: str) -> str:
    return page.split('id="legend"', 1)[1].split("</section>", 1)[0]


def test_a_filter_that_hides_nothing_is_the_full_report() -> None:
    comp = _comp()
    everything = set(CATEGORY_LABELS)
    full = to_html(comp, generated_at=WHEN)
    assert to_html(comp, generated_at=WHEN, shown=_of(everything)) == full
    assert to_html(comp, generated_at=WHEN, shown=FlagFilter()) == full
    assert "Shown:" not in full
    assert to_csv(comp, shown=_of(everything)) == to_csv(comp)
    qt = to_qt_report(comp, generated_at=WHEN)
    assert to_qt_report(comp, generated_at=WHEN, shown=_of(everything)) == qt


def test_hidden_categories_are_left_out_and_named_in_one_line() -> None:
    comp = _comp()
    shown = set(CATEGORY_LABELS) - {"hedge", "attribution"}
    page = to_html(comp, generated_at=WHEN, shown=_of(shown))
    hedge = comp.flag_by_id("f-hedge")
    label = comp.flag_by_id("f-label")
    assert hedge is not None and label is not None
    # the hidden flags' explanations (footnotes and hover titles) are gone; the shown ones stay
    assert "casts doubt on the framework" not in page
    assert "suggests the statement may be false" not in page
    assert "calls Xi Jinping a dictator" in page
    [line] = [p for p in page.split("<p") if "Shown:" in p]
    assert "hidden: Hedge or scare word, Reporting verb." in line
    assert "Shown: Label or epithet, Loaded word, Intensifier, Scare quotes" in line
    # the legend, the lede's count and the per-outlet counts follow
    legend = _legend(page)
    assert "Hedge or scare word" not in legend and "Reporting verb" not in legend
    assert "Label or epithet" in legend
    assert "3 framing flags" in page  # of 5: the hedge and the reporting verb are left out
    # the Qt flavour (PDF and paper) says the same
    qt = to_qt_report(comp, generated_at=WHEN, shown=_of(shown)).html
    assert "hidden: Hedge or scare word, Reporting verb." in qt
    assert "casts doubt on the framework" not in qt


def test_no_framing_category_leaves_a_clean_report() -> None:
    comp = _comp()
    page = to_html(comp, generated_at=WHEN, shown=_of({"unique-claim"}))
    for flag in comp.flags:
        assert html.escape(flag.explanation) not in page
    assert "<mark" not in page  # no word in the articles is marked
    assert "No framing was flagged." in page
    assert "Shown: Only this outlet; hidden: Label or epithet" in page
    # the articles themselves are all there
    assert "shameful betrayal of Ukraine" in page


def test_csv_rows_follow_the_filter_and_json_is_always_complete() -> None:
    comp = _comp()
    rows = list(csv.DictReader(io.StringIO(to_csv(comp, shown=_of({"label", "loaded"})))))
    assert sorted(r["category"] for r in rows) == ["label", "loaded"]
    assert Comparison.from_dict(json.loads(to_json(comp))) == comp


def test_the_legend_keys_only_what_the_report_holds_and_names_the_rest_once() -> None:
    """A teacher's handout listed "Intensifier · 0 flags" and "Scare quotes · 0 flags" beside
    the marks it does draw: a key to marks that are nowhere on the page. The legend keys the
    kinds the report holds; the kinds it looked for and found none of are named in one line."""
    comp = _comp()
    assert {f.category for f in comp.flags} >= {"label", "loaded", "hedge"}
    assert not {f.category for f in comp.flags} & {"intensifier", "scare-quote"}
    for page in (to_html(comp, generated_at=WHEN), to_qt_report(comp, generated_at=WHEN).html):
        legend = _legend(page)
        assert " 0 flags" not in legend and " 0 claims" not in legend
        assert "Label or epithet</span>" in legend and "Hedge or scare word</span>" in legend
        assert "Intensifier</span>" not in legend and "Scare quotes</span>" not in legend
        assert "Not in this report: Intensifier, Scare quotes." in legend
    # A report of every kind it has names nothing as missing, and a kind the reader hid is
    # said hidden under the title, not "not in this report".
    page = to_html(comp, generated_at=WHEN, shown=_of({"label", "unique-claim"}))
    legend = _legend(page)
    assert "Label or epithet</span>" in legend and "Not in this report" not in legend
