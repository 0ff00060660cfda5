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
