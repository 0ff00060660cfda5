"""A whole's count given to a part of it (reader.core.part_counts)."""

from __future__ import annotations

import pytest

from reader.core import nlp
from reader.core.figures import read_figures
from reader.core.part_counts import WholeAsPart, read_parts, wholes_given_to_parts

OTHERS = (
    "Police arrested 64 people on Thursday. The university said 41 of those arrested were its"
    " students."
)


def _found(mine: str, others: str = OTHERS) -> list[WholeAsPart]:
    texts = {"a": mine, "b": others}
    docs = dict(zip(texts, nlp.parse_many(list(texts.values())), strict=True))
    figures = {k: read_figures(k, d) for k, d in docs.items()}
    parts = {k: read_parts(k, d) for k, d in docs.items()}
    return wholes_given_to_parts(figures, parts, {})


def test_a_part_of_a_counted_whole_is_read_with_its_happening_and_noun() -> None:
    (part,) = read_parts("b", nlp.parse_many([OTHERS])[0])
    assert (part.value, part.thing, part.state) == (41, "student", "arrested")
    assert OTHERS[part.start : part.end] == "41 of those arrested were its students"


def test_a_part_with_no_happening_is_not_read() -> None:
    text = "Police arrested 64 people. 41 of them were students."
    assert read_parts("b", nlp.parse_many([text])[0]) == []


def test_the_wholes_count_given_to_the_part_is_found_with_both_of_the_others_figures() -> None:
    (found,) = _found("Police arrested more than 60 students on Thursday.")
    assert found.figure.article == "a"
    assert (found.whole.value, found.part.value) == (64, 41)


@pytest.mark.parametrize(
    "mine",
    [
        "Police arrested 41 students on Thursday.",  # the part, as the others count it
        "Police arrested more than 60 people on Thursday.",  # the whole, as a whole
        "Police arrested 12 students on Thursday.",  # neither: another figure's business
    ],
)
def test_a_count_that_is_not_the_whole_given_to_the_part_is_left_alone(mine: str) -> None:
    assert _found(mine) == []
