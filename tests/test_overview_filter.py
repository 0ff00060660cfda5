"""The overview's counts under a filter: what the legend hides is left out and counted apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from export_case import build_comparison
from reader.core.model import Comparison
from reader.core.overview import (
    UNIQUE,
    FlagFilter,
    build_overview,
    flag_counts,
    framing_by_outlet,
    rows_in_one_outlet,
)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return build_comparison(with_hostile=False)


def framing(comp: Comparison, article: str, category: str | None = None) -> int:
    return sum(
        1
        for f in comp.flags
        if f.article == article and f.category != UNIQUE and category in (None, f.category)
    )


def test_hiding_a_category_moves_its_flags_from_the_counts_to_hidden(
    comparison: Comparison,
) -> None:
    every = build_overview(comparison)
    loaded = framing(comparison, "beacon", "loaded")
    assert loaded == 2
    shown = FlagFilter(categories=frozenset(every.categories) - {"loaded"})
    ov = build_overview(comparison, shown)
    beacon = ov.profile("beacon")
    assert every.profile("beacon").total == framing(comparison, "beacon")
    assert beacon.total == framing(comparison, "beacon") - loaded
    assert beacon.hidden == loaded and "loaded" not in beacon.counts
    assert ov.hidden == loaded and ov.hidden_categories == ("loaded",)
    assert "loaded" not in ov.categories and "label" in ov.categories
    # Each coverage cell: the shown flags in its count, the hidden ones apart, none lost.
    for full, row in zip(every.coverage.rows, ov.coverage.rows, strict=True):
        for article in row.claims:
            assert row.flags[article] + row.hidden.get(article, 0) == full.flags[article]
    assert sum(r.hidden.get("beacon", 0) for r in ov.coverage.rows) == loaded
    # The other outlets have nothing of that kind: their counts do not move.
    assert ov.profile("ledger").total == every.profile("ledger").total
    assert ov.profile("ledger").hidden == 0


def test_hiding_speakers_words_leaves_out_only_quoted_flags(comparison: Comparison) -> None:
    flags = tuple(replace(f, quoted=f.id == "f4") for f in comparison.flags)
    comp = replace(comparison, flags=flags)
    assert build_overview(comp).profile("beacon").total_quoted == 1
    ov = build_overview(comp, FlagFilter(quoted=False))
    beacon = ov.profile("beacon")
    assert beacon.hidden == 1 and beacon.total_quoted == 0
    assert beacon.counts["attribution"] == framing(comp, "beacon", "attribution") - 1
    assert ov.hidden_categories == ()  # no kind is hidden, only a speaker's words


def test_a_hidden_outlet_has_no_column_line_or_row_of_its_own(comparison: Comparison) -> None:
    every = build_overview(comparison)
    ov = build_overview(comparison, FlagFilter(hidden_outlets=frozenset({"ledger"})))
    assert ov.hidden_outlets == ("ledger",)
    assert ov.coverage.articles == ("wire", "beacon")
    assert [p.article for p in ov.profiles] == ["wire", "beacon"]
    # The rows only the ledger reports go, the others keep their numbers (and their flags).
    ledger_only = [r.number for r in every.coverage.rows if r.claims.keys() == {"ledger"}]
    assert ledger_only
    assert [r.number for r in ov.coverage.rows] == [
        r.number for r in every.coverage.rows if r.number not in ledger_only
    ]
    assert ov.profile("beacon") == every.profile("beacon")  # its flags are not the ledger's
    assert ov.hidden == 0  # a hidden outlet's flags are not "hidden here": it has no line
    # The actors and sources tables leave the outlet out too.
    assert all("ledger" not in row.descriptors for row in ov.entities)
    assert all("ledger" not in row.mentions for row in ov.entities)
    assert all("ledger" not in row.uses for row in ov.sources)
    assert "Environmental groups" in {r.name for r in every.sources}
    assert "Environmental groups" not in {r.name for r in ov.sources}  # only the ledger cites


def test_flag_counts_for_the_status_line(comparison: Comparison) -> None:
    total = sum(1 for f in comparison.flags if f.category != UNIQUE)
    every = flag_counts(comparison)
    assert (every.framing, every.hidden) == (total, 0)
    assert every.only_in_one == rows_in_one_outlet(comparison) > 0
    none = flag_counts(comparison, FlagFilter(categories=frozenset({UNIQUE}), quoted=False))
    assert (none.framing, none.headline, none.hidden) == (
        0,
        0,
        total + len(comparison.headline_flags),
    )
    assert none.only_in_one == every.only_in_one  # claims one outlet carries are not framing
    ledger = flag_counts(comparison, FlagFilter(hidden_outlets=frozenset({"ledger"})))
    assert ledger.framing == total - framing(comparison, "ledger")
    assert ledger.hidden == framing(comparison, "ledger")
    alone = [
        row
        for row in comparison.rows()
        if row.is_unique and [a for a, cs in row.cells.items() if cs] == ["ledger"]
    ]
    assert alone and ledger.only_in_one == every.only_in_one - len(alone)


def wording(comp: Comparison, article: str, hidden: frozenset[str] = frozenset()) -> int:
    """The flags of ``article`` a column header counts: neither a claim only it carries nor a
    fact it gives differently, nor any of a ``hidden`` kind."""
    return sum(
        1
        for f in comp.flags
        if f.article == article
        and f.category not in {UNIQUE, "figure"}
        and f.category not in hidden
    )


def test_each_outlets_framing_adds_up_to_the_status_lines(comparison: Comparison) -> None:
    by_outlet = framing_by_outlet(comparison)
    assert list(by_outlet) == [a.id for a in comparison.articles]
    for article, n in by_outlet.items():
        assert n == wording(comparison, article)
    assert sum(by_outlet.values()) == flag_counts(comparison).framing
    assert flag_counts(comparison).by_outlet == by_outlet
    assert len(set(by_outlet.values())) > 1  # the outlets differ: the count tells them apart


def test_each_outlets_framing_follows_the_legend_and_the_outlets_shown(
    comparison: Comparison,
) -> None:
    every = build_overview(comparison)
    shown = FlagFilter(
        categories=frozenset(every.categories) - {"loaded"},
        hidden_outlets=frozenset({"ledger"}),
    )
    by_outlet = framing_by_outlet(comparison, shown)
    assert "ledger" not in by_outlet
    hidden = frozenset({"loaded"})
    assert by_outlet == {a: wording(comparison, a, hidden) for a in ("wire", "beacon")}
    assert by_outlet["beacon"] == framing_by_outlet(comparison)["beacon"] - framing(
        comparison, "beacon", "loaded"
    )
    assert sum(by_outlet.values()) == flag_counts(comparison, shown).framing
