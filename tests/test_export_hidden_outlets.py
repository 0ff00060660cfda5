"""Reports without the outlets View › Show Outlets hides, as the Overview leaves them out (the
command line's default, nothing hidden, unchanged), and a report of articles that share no claims
that says so rather than marking every claim one outlet's alone."""

from __future__ import annotations

import csv
import dataclasses
import io
import re

import pytest

from reader.core.export import to_csv, to_html
from reader.core.model import Comparison
from reader.core.overview import FlagFilter, build_overview
from reader.core.report_context import ReportContext
from ui_sample import DAILY, GAZETTE, WIRE, apart_comparison, sample_comparison

SHAMEFUL = "It is a shameful betrayal of Ukraine."


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return sample_comparison()


def test_a_report_of_articles_sharing_no_claims_says_so_and_marks_none_alone(
    comparison: Comparison,
) -> None:
    page = to_html(apart_comparison(comparison))
    assert "These articles share no claims" in page
    assert "c-unique-claim" not in page.split('id="claims"')[1]  # no "only …" badge on any row
    assert ">only " not in page


# -- 1: reports without hidden outlets ---------------------------------------------------------


def _columns(page: str, section: str) -> list[str]:
    body = page.split(f'id="{section}"')[1].split("</thead>")[0]
    return re.findall(r'<th scope="col">([^<]*)</th>', body)


def test_a_report_leaves_out_a_hidden_outlet_as_the_overview_does(comparison: Comparison) -> None:
    every = to_html(comparison)
    assert "The Daily Bugle" in _columns(every, "claims") and SHAMEFUL in every
    page = to_html(comparison, shown=FlagFilter(hidden_outlets=frozenset({"daily"})))
    assert _columns(page, "claims") == ["Wire Service", "Gazette"]
    # Its claims, flags and footnotes are gone; the claims only it carries have no row.
    assert SHAMEFUL not in page and "Chinese dictator" not in page
    assert DAILY.split(".")[2].strip() not in page  # "Critics claimed …"
    assert 'id="flags"' in page and "<h3>The Daily Bugle</h3>" not in page
    # The rows others carry keep the numbers the Overview gives them.
    ov = build_overview(comparison, FlagFilter(hidden_outlets=frozenset({"daily"})))
    numbers = [int(n) for n in re.findall(r'class="rownum">#(\d+)<', page)]
    assert numbers == [row.number for row in ov.coverage.rows]
    assert WIRE.split(". ")[2].rstrip(".") in page and GAZETTE.split(". ")[0] in page
    # No line, bar, actor or source column of its own.
    for section in ("articles", "overview"):
        body = page.split(f'id="{section}"')[1].split("</section>")[0]
        assert "The Daily Bugle" not in body
    # The note under the title says what is left out.
    note = re.search(r'<p class="meta filter">(.*?)</p>', page)
    assert note is not None
    assert "Hidden outlet (View › Show Outlets): The Daily Bugle" in note.group(1)
    assert "flags, annotations and the claims only it carries are left out" in note.group(1)
    # Nothing is hidden by default (the command line's report): no such line.
    assert "Hidden outlet" not in every


def test_the_csv_leaves_out_a_hidden_outlets_flags_and_words(comparison: Comparison) -> None:
    no_wire = FlagFilter(hidden_outlets=frozenset({"wire"}))
    rows = list(csv.DictReader(io.StringIO(to_csv(comparison, shown=no_wire))))
    assert rows and all(r["outlet"] != "Wire Service" for r in rows)
    assert all("Wire Service" not in r["counterparts"] for r in rows)
    label = next(r for r in rows if r["category"] == "label")
    assert label["counterparts"] == "Gazette: Xi Jinping"
    full = list(csv.DictReader(io.StringIO(to_csv(comparison))))
    assert any("Wire Service" in r["counterparts"] for r in full)  # by default: everything


def test_a_report_with_every_outlet_hidden_is_titled_by_them_and_shows_no_flag(
    comparison: Comparison,
) -> None:
    """The menu keeps one outlet shown, but a report asked for with none must not fail."""
    everyone = frozenset(a.id for a in comparison.articles)
    untitled = dataclasses.replace(comparison, title="")
    page = to_html(untitled, shown=FlagFilter(hidden_outlets=everyone))
    title = re.search(r"<title>(.*?)</title>", page)
    assert title is not None and "The Daily Bugle" in title.group(1)
    assert SHAMEFUL not in page and "Chinese dictator" not in page


@pytest.mark.parametrize(
    ("hidden", "alone", "compared"),
    [
        ((), False, True),
        (("daily", "wire"), True, False),
        (("daily", "wire", "gazette"), False, False),
    ],
)
def test_a_report_compares_only_two_or_more_shown_articles(
    comparison: Comparison, hidden: tuple[str, ...], alone: bool, compared: bool
) -> None:
    """One article shown is described alone; none shown is neither alone nor compared, and
    neither prints the columns or notes that set an outlet against the others."""
    shown = FlagFilter(hidden_outlets=frozenset(hidden))
    report = ReportContext(comparison, None, None, "web", shown)
    assert (report.alone, report.compared) == (alone, compared)
    page = to_html(comparison, shown=shown)
    heads = page.split('id="articles"')[1].split("</thead>")[0]
    assert ("<th>Left out</th>" in heads) == compared
    assert ("what another outlet wrote in that flag’s place" in page) == compared
