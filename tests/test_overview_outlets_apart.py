"""What the reader sees, counted the same everywhere: shared claims of the outlets shown, no
"only this outlet" between articles that share nothing, and a chart footnote only about rows it
draws."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from reader.core.model import Comparison
from reader.core.overview import (
    UNIQUE,
    FlagFilter,
    build_overview,
    categories_of,
    flag_counts,
    rows_in_one_outlet,
    shared_groups,
)
from reader.core.svgcharts import coverage_matrix_svg, framing_profile_svg
from ui_sample import apart_comparison, lengthened, sample_comparison

FOOTNOTE = "The total leaves out “Only this outlet”"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return sample_comparison()


# -- 2: shared claims of the outlets shown -----------------------------------------------------


def test_a_group_shared_only_with_a_hidden_outlet_is_not_counted_as_shared(
    comparison: Comparison,
) -> None:
    # g0 and g1: all three; g2: Wire Service and Gazette only.
    assert shared_groups(comparison) == 3
    assert shared_groups(comparison, FlagFilter(hidden_outlets=frozenset({"daily"}))) == 3
    no_gazette = FlagFilter(hidden_outlets=frozenset({"gazette"}))
    assert shared_groups(comparison, no_gazette) == 2
    assert flag_counts(comparison, no_gazette).shared == 2
    only_wire = FlagFilter(hidden_outlets=frozenset({"daily", "gazette"}))
    assert shared_groups(comparison, only_wire) == 0


# -- 3: articles that share no claims ----------------------------------------------------------


def test_articles_sharing_no_claims_mark_no_claim_as_one_outlets_anywhere(
    comparison: Comparison,
) -> None:
    comp = apart_comparison(comparison)
    assert not comp.shares_claims
    ov = build_overview(comp)
    # The aligned view's rule (no "Only in …" bar), the status line's and the Overview's agree.
    assert rows_in_one_outlet(comp) == 0
    assert flag_counts(comp).only_in_one == 0
    assert UNIQUE not in categories_of(comp) and UNIQUE not in ov.categories
    assert not ov.coverage.shares_claims
    assert not any(row.unique for row in ov.coverage.rows)
    for a in comp.articles:
        assert ov.coverage.only_in(a.id) == 0
        assert ov.profile(a.id).unique == 0 and UNIQUE not in ov.profile(a.id).counts
        assert ov.coverage.reported(a.id) == len(comp.claims[a.id])  # every claim still listed
    names = {a.id: a.outlet for a in comp.articles}
    matrix = coverage_matrix_svg(ov.coverage, names)
    assert "only this outlet" not in matrix and "shared with another outlet" not in matrix
    assert "these articles share no claims" in matrix
    profile = framing_profile_svg(ov.profiles, names, ov.categories)
    assert "Only this outlet" not in profile
    # While they share some, a claim one outlet alone carries is still "only this outlet".
    shared = build_overview(comparison)
    assert UNIQUE in shared.categories
    assert shared.coverage.only_in("daily") == 2 == shared.profile("daily").unique
    assert "shared with another outlet" in coverage_matrix_svg(shared.coverage, names)


def test_the_engine_agrees_on_two_unrelated_articles() -> None:
    from reader.core.compare import compare
    from reader.core.ingest import article_from_text

    harbour = article_from_text(
        "The council approved a $40 million harbour expansion on Tuesday, officials said. The"
        " plan adds two deep-water berths and a freight terminal. Construction is expected to"
        " begin next spring, the port authority said.",
        outlet="Harbour Times",
    )
    garden = article_from_text(
        "The annual flower show in Westbrook drew more than 12,000 visitors over the weekend."
        " Tulip growers from across the region competed for the gold medal. A new children's"
        " tent offered seed planting lessons every hour.",
        outlet="Garden Weekly",
    )
    comp = compare([harbour, garden])
    assert not comp.shares_claims
    assert not any(f.category == UNIQUE for f in comp.flags)
    ov = build_overview(comp)
    assert UNIQUE not in ov.categories
    assert all(p.unique == 0 for p in ov.profiles)
    assert flag_counts(comp).only_in_one == 0


# -- 4: the chart's footnote -------------------------------------------------------------------


def test_the_profile_footnote_names_only_a_row_it_draws(comparison: Comparison) -> None:
    comparison = lengthened(comparison)  # for the rates' footnote: the sample is too short
    names = {a.id: a.outlet for a in comparison.articles}
    ov = build_overview(comparison)
    assert FOOTNOTE in framing_profile_svg(ov.profiles, names, ov.categories)
    # One article alone: no "Only this outlet" row, so nothing to leave out of the total.
    one = replace(
        comparison,
        articles=comparison.articles[:1],
        claims={"wire": comparison.claims["wire"]},
        alignments=(),
        flags=(),
    )
    alone = build_overview(one)
    assert UNIQUE not in alone.categories
    svg = framing_profile_svg(alone.profiles, names, alone.categories)
    assert "Only this outlet" not in svg and "Bars: flags per 1,000 words" in svg
    # One article: the footnote speaks of it, not of "each article".
    assert "words of the article," in svg and "each article" not in svg
    assert "words of each article," in framing_profile_svg(ov.profiles, names, ov.categories)
    # The legend hides the row: the footnote goes with it.
    hidden = build_overview(comparison, FlagFilter(categories=frozenset({"label", "loaded"})))
    assert FOOTNOTE not in framing_profile_svg(hidden.profiles, names, hidden.categories)


def test_a_different_fact_is_left_out_of_the_framing_total_and_the_footnote_says_so(
    comparison: Comparison,
) -> None:
    """A figure one outlet gives differently is what it reports, not a word it chose: its row is
    drawn, but the framing total leaves it out, and the footnote names both rows left out."""
    flag = next(f for f in comparison.flags if f.category != UNIQUE)
    fact = replace(flag, id="fact-1", category="figure")
    with_fact = replace(comparison, flags=(*comparison.flags, fact))
    before = {p.article: p.total for p in build_overview(comparison).profiles}
    ov = build_overview(with_fact)
    assert "figure" in ov.categories
    assert {p.article: p.total for p in ov.profiles} == before
    names = {a.id: a.outlet for a in comparison.articles}
    svg = framing_profile_svg(ov.profiles, names, ov.categories)
    assert "leaves out “Different fact” and “Only this outlet”, which count" in svg


def number(pattern: str, text: str) -> float:
    found = re.search(pattern, text)
    assert found is not None, pattern
    return float(found.group(1))


def text_bottoms(svg: str) -> list[float]:
    """How far down each line of text in ``svg`` reaches: its baseline plus a descender's depth,
    which in the sans-serif fonts charts fall back to is under 0.3 of the font's size."""
    chart_size = number(r'<svg[^>]* font-size="([0-9.]+)"', svg)
    bottoms = []
    for attrs in re.findall(r"<text([^>]*)>", svg):
        size = re.search(r' font-size="([0-9.]+)"', attrs)
        depth = 0.3 * (float(size.group(1)) if size else chart_size)
        bottoms.append(number(r' y="([0-9.]+)"', attrs) + depth)
    return bottoms


def test_the_profile_is_tall_enough_for_its_footnotes_last_line(comparison: Comparison) -> None:
    """A report printed through Qt draws the chart at its own height and no further: a footnote
    line below it would lose its descenders, or the whole line, with nothing said."""
    names = {a.id: a.outlet for a in comparison.articles}
    ov = build_overview(comparison)
    two_lines = framing_profile_svg(ov.profiles, names, ov.categories)
    assert FOOTNOTE in two_lines
    hidden = build_overview(comparison, FlagFilter(categories=frozenset({"label", "loaded"})))
    one_line = framing_profile_svg(hidden.profiles, names, hidden.categories)
    assert FOOTNOTE not in one_line
    for svg in (two_lines, one_line):
        assert max(text_bottoms(svg)) <= number(r'<svg[^>]* height="([0-9.]+)"', svg)
