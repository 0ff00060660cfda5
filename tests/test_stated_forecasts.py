"""A forecast one outlet states as fact where the others say whose forecast it is
(:mod:`reader.core.stated_forecasts`)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.model import Article, Comparison, Flag, rule_description
from reader.core.stated_forecasts import STATED_FORECAST_RULE

_REPORTED = (
    "The port authority said the new quay would bring about 400 jobs to Brannoch. The quay opens"
    " in May after two years of building. Ferries to the islands will keep their old berth."
)
_STATED = _REPORTED.replace(
    "The port authority said the new quay would bring about 400 jobs to Brannoch.",
    "The new quay will bring 400 jobs to Brannoch.",
)


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _stated(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == STATED_FORECAST_RULE]


def test_a_forecast_told_as_fact_beside_another_outlets_attributed_would_is_flagged() -> None:
    (flag,) = _stated(_compare(_REPORTED, _STATED))
    assert (flag.article, flag.text, flag.category) == (
        "a1",
        "will bring 400 jobs to Brannoch",
        "attribution",
    )
    assert flag.evidence == "comparative"
    assert flag.explanation == (
        "States as fact that the new quay will bring 400 jobs to Brannoch, where Outlet 0 gives"
        " it as the port authority's forecast."
    )
    assert [c.answer for c in flag.counterparts] == ["said"]
    assert "whose forecast" in rule_description(flag.rule)


def test_a_forecast_every_outlet_states_or_one_hedged_or_quoted_is_not_flagged() -> None:
    """Stated as fact by all, the forecast is the story's word; "will probably bring" keeps it
    open; quoted, it is the speaker's."""
    assert not _stated(_compare(_STATED, _STATED.replace("May", "early May")))
    hedged = _STATED.replace("will bring", "will probably bring")
    assert not _stated(_compare(_REPORTED, hedged))
    quoted = _STATED.replace(
        "The new quay will bring 400 jobs to Brannoch.",
        '"The new quay will bring 400 jobs to Brannoch," the harbour master said.',
    )
    assert not _stated(_compare(_REPORTED, quoted))


def test_a_plan_told_in_every_outlets_own_voice_is_no_forecast_of_someones() -> None:
    """ "Ferries will keep their old berth" is plain in both: neither names a speaker for it."""
    comp = _compare(_REPORTED, _STATED)
    assert not [f for f in _stated(comp) if "Ferries" in f.text or "berth" in f.text]


def test_a_timetable_another_outlet_attributes_with_will_is_no_forecast_told_as_fact() -> None:
    """ "The mediator will meet both sides on Thursday, the service said" announces a date; an
    outlet that gives the date in its own voice takes no side. Only a reported "would" marks a
    speaker's forecast."""
    said = "The mediator will meet both sides on Thursday, the service said. The port is shut."
    own = "The mediator will meet both sides on Thursday. The port is shut."
    assert not _stated(_compare(said, own))


def test_an_act_given_its_day_is_a_timetable_not_a_forecast_told_as_fact() -> None:
    """ "It will publish the figures on January 14" is a date the service set, not a forecast of
    what the figures will show, even beside a minister's "would show the list falling"."""
    minister = (
        "The service released its figures on Thursday. The minister said she was confident, and"
        " that the figures for November would show the list falling again."
    )
    own = (
        "The service released its figures on Thursday. It will publish the figures for November"
        " on January 14."
    )
    assert not _stated(_compare(minister, own))
    horizon = _STATED.replace("400 jobs to Brannoch", "400 jobs to Brannoch by 2030")
    reported = _REPORTED.replace("400 jobs to Brannoch", "400 jobs to Brannoch by 2030")
    assert [f.text for f in _stated(_compare(reported, horizon))] == [
        "will bring 400 jobs to Brannoch by 2030"
    ]


def test_a_counterparts_reporting_verb_outside_its_claim_is_not_pointed_at() -> None:
    """When the "said" that attributes a second clause belongs to the first ("said she was
    confident, and that ... would bring"), the counterpart marks its whole claim: never a span
    that starts before the claim or runs past it."""
    reported = _REPORTED.replace(
        "The port authority said the new quay would bring",
        "The port authority said it was confident, and that the new quay would bring",
    )
    flags = _stated(_compare(reported, _STATED))
    assert flags
    for flag in flags:
        for part in flag.counterparts:
            assert 0 <= part.start < part.end <= len(part.text), part


def test_a_dated_forecast_of_an_outcome_or_a_horizon_is_still_a_forecast() -> None:
    """A day does not make every "will" a timetable: "prices will rise 5 percent on Monday"
    forecasts a figure's move, and "next year" is a horizon like "by 2030", not a day."""
    tail = " The quay opens in May after two years of building."
    dated = {
        "Fees at the quay will rise 5 percent on Monday.": "will rise 5 percent on Monday",
        "The quay will handle 2 million tonnes next year.": (
            "will handle 2 million tonnes next year"
        ),
    }
    for own, forecast in dated.items():
        reported = "The port authority said " + own[0].lower() + own[1:-1] + "." + tail
        reported = reported.replace(" will ", " would ")
        assert [f.text for f in _stated(_compare(reported, own + tail))] == [forecast], own
    meeting = "The board will meet the unions on Thursday."
    said = "The port authority said the board would meet the unions on Thursday."
    assert not _stated(_compare(said + tail, meeting + tail))
