"""A strong change word set against the others' small figure for the same change
(:mod:`reader.core.strong_changes`), and what is no such clash: a large figure, a change the
other way, the outlet's own figure, a speaker's words."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.model import Article

_LEDE = "Orrin will put a levy on imported glass from 1 May, the trade minister said on Monday. "
_ESTIMATE = _LEDE + (
    "The Orrin Institute, an independent economic research group, estimated that the levy would"
    " raise window prices by about 2 percent, as builders pay more for the glass they buy."
)
_SOAR = _LEDE + (
    "Window prices will soar as builders pay more for the glass they buy, according to the Orrin"
    " Institute, an independent economic research group."
)


def _strong(*texts: str) -> list[tuple[str, str, str]]:
    """(article, flagged words, explanation) of every figure flag on a strong change word."""
    comp = compare([Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)])
    return [
        (f.article, f.text, f.explanation)
        for f in comp.flags
        if f.rule == "rule:different-figure"
        and f.category == "figure"
        and " percent'" in f.explanation
    ]


def test_a_strong_change_word_is_set_against_the_others_small_figure() -> None:
    assert _strong(_ESTIMATE, _SOAR) == [
        (
            "a1",
            "soar",
            "Says 'window prices will soar', where Outlet 0 gives 'about 2 percent': a small"
            " change.",
        )
    ]


@pytest.mark.parametrize(
    "strong",
    [
        # A large change may fairly be called soaring.
        _SOAR.replace("will soar", "will soar by 20 percent"),
        # The outlet gives its own figure.
        _SOAR.replace("will soar", "will soar by about 2 percent"),
        # A fall the others report as a rise is for the directions check.
        _SOAR.replace("will soar", "will plummet"),
        # The speaker's word, not the outlet's.
        _LEDE + '"Window prices will soar," said the head of the Orrin Builders\' Guild.',
    ],
)
def test_a_large_change_an_own_figure_the_other_way_or_a_quote_is_not_flagged(
    strong: str,
) -> None:
    assert _strong(_ESTIMATE, strong) == []


def test_a_large_figure_from_the_others_answers_the_strong_word() -> None:
    large = _ESTIMATE.replace("about 2 percent", "about 30 percent")
    assert _strong(large, _SOAR) == []
