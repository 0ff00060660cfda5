"""A thing one outlet calls deadly where no outlet reports a death and another reports people
hurt (:mod:`reader.core.inflated_harms`)."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.inflated_harms import INFLATED_HARM_RULE
from reader.core.model import Article, Comparison, Flag, rule_description

_AFTER = " The company said owners would be sent a letter about the repair from next month."
_HURT = "Regulators said the fault caused four crashes in which six people were injured." + _AFTER
_DEADLY = "The toymaker recalled its deadly heaters after four crashes on Monday." + _AFTER


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _inflated(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == INFLATED_HARM_RULE]


def test_deadly_where_the_others_report_injuries_and_no_death_is_flagged() -> None:
    (flag,) = _inflated(_compare(_HURT, _DEADLY))
    assert (flag.article, flag.text, flag.category) == ("a1", "deadly heaters", "loaded")
    assert flag.explanation == (
        "Calls the heaters deadly, where Outlet 0 reports that six people were injured, and no"
        " outlet reports a death."
    )
    assert [c.answer for c in flag.counterparts] == ["six people were injured"]
    assert "deadly" in rule_description(flag.rule)


def test_fatal_said_of_the_thing_is_read_too() -> None:
    fatal = "The fault in the heaters is fatal, and the toymaker has known it since March." + _AFTER
    (flag,) = _inflated(_compare(_HURT, fatal))
    assert flag.text == "fatal"
    assert flag.explanation.startswith("Calls the fault fatal, where Outlet 0 reports")


@pytest.mark.parametrize(
    "other",
    [
        "Regulators said six people were injured and one driver died in the crashes." + _AFTER,
        "Regulators said the fault had killed a driver in one of four crashes." + _AFTER,
        "Regulators said the heaters were deadly and had hurt six people." + _AFTER,
    ],
)
def test_no_flag_where_another_outlet_reports_a_death(other: str) -> None:
    assert not _inflated(_compare(_HURT, other, _DEADLY))


def test_no_flag_where_the_outlet_itself_reports_a_death() -> None:
    own = _DEADLY + " One driver died when her brakes failed on a motorway."
    assert not _inflated(_compare(_HURT, own))


def test_no_flag_where_no_outlet_reports_anyone_hurt() -> None:
    quiet = "Regulators said the fault had caused four crashes on Monday." + _AFTER
    not_hurt = "Regulators said four cars crashed but no one was hurt." + _AFTER
    assert not _inflated(_compare(quiet, _DEADLY))
    assert not _inflated(_compare(not_hurt, _DEADLY))


def test_a_denied_death_is_no_death() -> None:
    """ "No one was killed" reports the very absence of a death: the word is still inflated."""
    denied = "Regulators said six people were injured but no one was killed." + _AFTER
    (flag,) = _inflated(_compare(denied, _DEADLY))
    assert flag.text == "deadly heaters"


@pytest.mark.parametrize(
    "words",
    [
        "The toymaker recalled its potentially deadly heaters after four crashes on Monday.",
        '"These are deadly heaters," a parent said after four crashes on Monday.',
        "A parents' group said the toymaker had sold deadly heaters for two years.",
    ],
)
def test_a_hedged_quoted_or_reported_deadly_is_not_the_outlets(words: str) -> None:
    assert not _inflated(_compare(_HURT, words + _AFTER))
