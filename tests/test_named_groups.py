"""The bare "some" that stands for part of a group its sentence names."""

from __future__ import annotations

import pytest

from reader.core import nlp
from reader.core.named_groups import stands_for_a_named_group


def _parts(text: str) -> list[str]:
    return [t.text for t in nlp.parse(text) if stands_for_a_named_group(t)]


def test_some_after_a_named_group_of_people_is_part_of_it() -> None:
    text = (
        "Residents of the harbour town of Wexmoor said they had heard a loud bang,"
        " and some said their windows shook."
    )
    assert _parts(text) == ["some"]


@pytest.mark.parametrize(
    "text",
    [
        "Experts disagree, and some say the plan will fail.",
        "The plan is popular, but some say it will fail.",
        "Some say the plan will fail, residents of Wexmoor said.",
        "Residents of Wexmoor were angry, and some residents said the plan would fail.",
    ],
)
def test_some_with_no_named_group_before_it_is_not(text: str) -> None:
    """A faceless group, no group, a group named only after it, or "some" with a noun of its own
    is not a part standing for a named group."""
    assert _parts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "Others" after a whole group are people besides it.
        "Residents of Wexmoor said the mayor lied, and others say he was right.",
        # The group reports what "some" say: it is the source, not whom "some" are drawn from.
        "Officials in Wexmoor said some say the plan will fail.",
    ],
)
def test_others_beside_a_group_or_some_it_reports_are_no_part_of_it(text: str) -> None:
    assert _parts(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # "Others" are the rest of a group a part word divided.
        ("Some residents of Wexmoor fled the flood, and others stayed.", "others"),
        # A clause joined to the group's own ("and some said") is still drawn from it.
        ("Residents of Wexmoor were angry, and some said the plan would fail.", "some"),
    ],
)
def test_the_rest_of_a_divided_group_and_a_part_beside_it_stay_parts(text: str, part: str) -> None:
    assert _parts(text) == [part]
