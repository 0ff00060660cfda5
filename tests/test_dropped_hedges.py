"""A claim one outlet states flat where the others hedge it (:mod:`reader.core.dropped_hedges`)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.dropped_hedges import DROPPED_HEDGE_RULE
from reader.core.model import Article, Comparison, Flag, rule_description

_REST = " The town's water supply was shut on Monday. Residents were told to boil tap water."
_HEDGED = (
    "The regional health office said 12 deaths were being investigated as possibly linked to"
    " the contaminated water." + _REST
)
_FLAT = (
    "The contaminated water has killed 12 people, according to the regional health office." + _REST
)


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _dropped(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == DROPPED_HEDGE_RULE]


def test_a_cause_told_flat_beside_another_outlets_possibly_is_flagged() -> None:
    (flag,) = _dropped(_compare(_HEDGED, _FLAT))
    assert (flag.article, flag.text, flag.category) == ("a1", "has killed 12 people", "figure")
    assert flag.evidence == "comparative"
    assert flag.explanation == (
        "States that the contaminated water has killed 12 people, where Outlet 0 writes that"
        " 12 deaths were being investigated as possibly linked to the contaminated water."
    )
    (answer,) = flag.counterparts
    assert answer.article == "a0"
    assert answer.answer.startswith("12 deaths were being investigated")
    assert "hedge" in rule_description(flag.rule)


def test_a_verb_the_others_hedge_with_may_is_flagged_when_told_flat() -> None:
    """ "May have fled" against "fled": the same verb, its doubt dropped."""
    rest = " Officers searched the farm on Tuesday. The farm belongs to his uncle."
    hedged = "Police said the suspect may have fled across the border into Marrland." + rest
    flat = "The suspect fled across the border into Marrland, police said." + rest
    (flag,) = _dropped(_compare(hedged, flat))
    assert (flag.article, flag.text) == ("a1", "fled")
    assert "may have fled across the border" in flag.explanation


def test_a_cause_every_outlet_states_or_one_hedges_itself_is_not_flagged() -> None:
    """Stated flat by all, the cause is the story's word; an outlet that hedges its own
    sentence drops nothing."""
    assert not _dropped(_compare(_FLAT, _FLAT.replace("Monday", "Monday morning")))
    assert not _dropped(_compare(_HEDGED, _FLAT.replace("has killed", "may have killed")))


def test_quoted_hedges_and_quoted_causes_are_the_speakers() -> None:
    """A hedge inside a quotation is the speaker's doubt, a cause inside one the speaker's
    claim: neither is the outlet's to keep or drop."""
    quoted_hedge = (
        '"We are investigating 12 deaths as possibly linked to the contaminated water," the'
        " regional health office said." + _REST
    )
    assert not _dropped(_compare(quoted_hedge, _FLAT))
    quoted_cause = (
        '"The contaminated water has killed 12 people," a resident said, according to the'
        " regional health office." + _REST
    )
    assert not _dropped(_compare(_HEDGED, quoted_cause))


def test_a_hedge_on_something_else_in_the_row_answers_nothing() -> None:
    """ "The toll could rise" doubts the future toll, not that the blast killed five."""
    rest = " The market reopened on Friday. Traders cleared the stalls."
    hedged = "A blast killed five people at the market on Thursday, and the toll could rise." + rest
    flat = "A blast killed five people at the market on Thursday." + rest
    assert not _dropped(_compare(hedged, flat))
