"""Even-handedness of the lexicon (issue 9): left- and right-coded terms balanced per category."""

from __future__ import annotations

import csv
from collections import Counter

from reader.core.lexicon import default_lexicon
from reader.resources import resource

MAX_RATIO = 1.25


def _leans() -> list[tuple[str, str, str]]:
    with resource("lexicons", "balance", "lean.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["term"], r["category"], r["lean"]) for r in rows]


def test_each_category_is_balanced_between_left_and_right() -> None:
    counts = Counter((category, lean) for _, category, lean in _leans())
    categories = {c for c, _ in counts}
    assert {"label", "loaded"} <= categories
    for category in categories:
        left, right = counts[(category, "left")], counts[(category, "right")]
        assert min(left, right) >= 10, category
        assert max(left, right) / min(left, right) <= MAX_RATIO, (category, left, right)


def test_every_coded_term_is_in_the_lexicon_with_its_category() -> None:
    lex = default_lexicon()
    for term, category, lean in _leans():
        assert lean in {"left", "right"}, term
        assert any(e.category == category for e in lex.lookup(term)), term


def test_politically_coded_entries_all_have_a_lean() -> None:
    coded = {t.lower() for t, _, _ in _leans()}
    for entry in default_lexicon():
        if "politically coded" in entry.note:
            assert entry.term.lower() in coded, entry.term


def test_paired_examples_are_both_present() -> None:
    coded = {t.lower(): lean for t, _, lean in _leans()}
    for left, right in (
        ("far-right", "far-left"),
        ("tax cuts for the rich", "job-killing"),
        ("anti-choice", "anti-life"),
        ("climate denier", "climate alarmist"),
    ):
        assert coded[left] == "left"
        assert coded[right] == "right"
    neutral = {e.term.lower() for e in default_lexicon() if e.category == "neutral"}
    assert {"pro-life", "pro-choice", "undocumented"} <= neutral
