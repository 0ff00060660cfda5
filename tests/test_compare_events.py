"""Whole comparisons of three invented events, three outlets each (tests/fixtures/events): what a
media-studies teacher expects the app to show, written down before the engine was run.

- ``levy``: a carbon fee; a wire report, a right-leaning site with epithets and scare quotes, and a
  left-leaning site with the opposite framing.
- ``harwick``: a court ruling; a paper that quotes both sides, one that quotes only the winners and
  leaves out the split decision and the dissent, and a short brief.
- ``sarn``: a flood; a wire report, an outlet that inflates the numbers and one that plays them
  down.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from alignment_texts import group_holding
from reader.core.compare import compare
from reader.core.ingest import read_article
from reader.core.model import Alignment, Comparison, Flag

EVENTS = Path(__file__).parent / "fixtures" / "events"


def _event(name: str) -> Comparison:
    """The event's articles, each with its file's name as its id."""
    paths = sorted((EVENTS / name).glob("*.txt"))
    return compare([replace(read_article(p), id=p.stem) for p in paths])


@pytest.fixture(scope="module")
def harwick() -> Comparison:
    return _event("harwick")


def _group(comp: Comparison, article: str, words: str) -> Alignment:
    group = group_holding(comp, article, words)
    assert group is not None, f"{article}: {words!r} lines up with nothing"
    return group


def _lined_up(comp: Comparison, *held: tuple[str, str]) -> bool:
    """Each (article, words) is in the same alignment group."""
    groups = [group_holding(comp, article, words) for article, words in held]
    return groups[0] is not None and all(g is groups[0] for g in groups)


def _flags(comp: Comparison, article: str, category: str) -> dict[str, Flag]:
    return {f.text: f for f in comp.flags if f.article == article and f.category == category}


def _unique(comp: Comparison, article: str, words: str) -> bool:
    return any(words in f.text for f in _flags(comp, article, "unique-claim").values())


def _answered_by(flag: Flag) -> set[str]:
    return {c.article for c in flag.counterparts}


# --- harwick: a ruling with both sides, with one side, and in brief --------------------------


def test_harwick_a_sentence_split_in_two_lines_up_with_the_briefs_one_sentence(
    harwick: Comparison,
) -> None:
    # "The ruling does not take effect for 30 days, and the city can ask the state Supreme Court
    # to review it." is split into two claims; the brief says it in one. Neither half scores
    # high enough alone, and the whole sentences are each other's clear best match.
    assert _lined_up(
        harwick,
        ("balanced", "does not take effect for 30 days"),
        ("balanced", "the city can ask the state Supreme Court"),
        ("brief", "takes effect in 30 days"),
    )
    assert not _unique(harwick, "brief", "takes effect in 30 days")


def test_harwick_what_the_one_sided_report_leaves_out_has_no_member_from_it(
    harwick: Comparison,
) -> None:
    dissent = _group(harwick, "balanced", "Judge Walter Brandt dissented")
    assert _lined_up(harwick, ("balanced", "Brandt dissented"), ("brief", "Brandt dissented"))
    assert "onesided" not in {m.article for m in dissent.members}
    appeal = _group(harwick, "balanced", "was considering an appeal")
    assert {m.article for m in appeal.members} == {"balanced", "brief"}


def test_harwick_the_one_sided_reports_own_voices_and_words(harwick: Comparison) -> None:
    assert _lined_up(
        harwick,
        ("balanced", "you cannot arrest your way out"),
        ("onesided", "you cannot arrest your way out"),
    )
    assert _unique(harwick, "onesided", "Ray Dunmore")
    cruel = _flags(harwick, "onesided", "loaded")["cruel ordinance"]
    assert _answered_by(cruel) == {"balanced", "brief"}
