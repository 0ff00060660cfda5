"""A cause one outlet states as fact where another says the cause of the same event is not yet
established (:mod:`reader.core.stated_causes`)."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.model import Article, Comparison, Flag, rule_description
from reader.core.stated_causes import STATED_CAUSE_RULE

_AFTER = " Crews from three counties fought the flames overnight near the town of Brenmoor."
_OPEN = "Officials said the cause of the fire is under investigation." + _AFTER
_STATED = "A faulty rail grinder sparked the blaze on Monday, when it threw sparks." + _AFTER


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _stated(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == STATED_CAUSE_RULE]


def test_a_cause_stated_as_fact_beside_an_open_inquiry_is_flagged() -> None:
    """The explanation names the cause without the outlet's describing words ("faulty"): words
    that judge are flagged on their own, and the check here is of certainty alone."""
    (flag,) = _stated(_compare(_OPEN, _STATED))
    assert (flag.article, flag.text, flag.category) == ("a1", "sparked the blaze", "figure")
    assert flag.explanation == (
        "States that a rail grinder sparked the blaze, where Outlet 0 reports that the"
        " cause of the fire is under investigation."
    )
    assert [c.answer for c in flag.counterparts] == ["the cause of the fire is under investigation"]
    assert "not yet known" in rule_description(flag.rule)


def test_a_passive_cause_and_another_wording_of_the_open_question_are_read() -> None:
    stated = "The blaze was started by a discarded cigarette on Monday." + _AFTER
    still_open = "The cause of the wildfire has not yet been determined, the sheriff said." + _AFTER
    (flag,) = _stated(_compare(still_open, stated))
    assert flag.text == "The blaze was started"
    assert flag.explanation.startswith("States that a cigarette started the blaze, where")
    assert flag.explanation.endswith("the cause of the wildfire has not yet been determined.")


@pytest.mark.parametrize(
    "stated",
    [
        "A faulty rail grinder allegedly sparked the blaze on Monday." + _AFTER,
        "A faulty rail grinder may have sparked the blaze on Monday." + _AFTER,
        "Residents said a faulty rail grinder sparked the blaze on Monday." + _AFTER,
        "Residents believe a faulty rail grinder sparked the blaze on Monday." + _AFTER,
        '"A faulty rail grinder sparked the blaze," a resident said on Monday.' + _AFTER,
        "A faulty rail grinder did not spark the blaze, the railway said on Monday." + _AFTER,
    ],
)
def test_a_cause_hedged_reported_quoted_or_denied_is_not_stated_as_fact(stated: str) -> None:
    assert not _stated(_compare(_OPEN, stated))


def test_no_flag_without_an_open_cause_of_the_same_event_elsewhere() -> None:
    """Another outlet that says nothing of the cause, or calls the cause of something else
    unknown, leaves the stated cause unanswered; so does an outlet that leaves it open itself."""
    silent = "Officials said the fire had burned 400 acres by Monday." + _AFTER
    other_event = "The cause of the power outage is unknown, the utility said." + _AFTER
    assert not _stated(_compare(silent, _STATED))
    assert not _stated(_compare(other_event, _STATED))
    both = _STATED + " Officials said the cause of the fire is still under investigation."
    assert not _stated(_compare(_OPEN, both))
