"""A result one outlet tells as the winner's claim ("claimed victory") where the others write
that she won it (:mod:`reader.core.claimed_outcomes`)."""

from __future__ import annotations

from reader.core.claimed_outcomes import CLAIMED_OUTCOME_RULE
from reader.core.compare import compare
from reader.core.model import Article, Comparison, Flag, rule_description

_WON = (
    "Elena Varga won the mayoral election in Dunmarrow on Tuesday, official results showed. "
    "Turnout was 38 percent. Varga will take office on January 6."
)
_CLAIMED = (
    "Elena Varga claimed victory in the mayoral election in Dunmarrow on Tuesday, official results"
    " showed. Turnout was 38 percent. Varga will take office on January 6."
)


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _claimed(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == CLAIMED_OUTCOME_RULE]


def test_claimed_victory_beside_another_outlets_won_is_flagged() -> None:
    (flag,) = _claimed(_compare(_WON, _CLAIMED))
    assert (flag.article, flag.text, flag.category) == ("a1", "claimed victory", "attribution")
    assert flag.explanation.endswith("Outlet 0 writes 'won' here.")
    assert [c.answer for c in flag.counterparts] == ["won"]
    assert "winner's claim" in rule_description(flag.rule)


def test_claimed_victory_that_every_outlet_writes_or_a_quoted_one_is_not_flagged() -> None:
    """On an election night every outlet may write "claimed victory": that is plain copy. A
    candidate's own words in quotation marks are hers."""
    assert not _claimed(_compare(_CLAIMED, _CLAIMED.replace("Tuesday", "Tuesday night")))
    quoted = (
        '"Tonight we claimed victory," Elena Varga said after the mayoral election in Dunmarrow'
        " on Tuesday. Turnout was 38 percent. Varga will take office on January 6."
    )
    assert not _claimed(_compare(_WON, quoted))


def test_claimed_victory_beside_another_outlets_re_elected_is_flagged() -> None:
    """ "The commission declared Mostek re-elected" tells the result as a fact, as "won" does;
    the answer shown is the outlet's whole word, not the tagger's "elected"."""
    re_elected = (
        "The electoral commission declared Aurel Mostek re-elected as president on Monday with"
        " 52.4 percent of the vote. Turnout was 61 percent. Mostek will begin a second term."
    )
    claimed = (
        "Aurel Mostek claimed victory as president on Monday with 52.4 percent of the vote."
        " Turnout was 61 percent. Mostek will begin a second term."
    )
    (flag,) = _claimed(_compare(re_elected, claimed))
    assert (flag.article, flag.text) == ("a1", "claimed victory")
    assert [c.answer for c in flag.counterparts] == ["re-elected"]
    assert flag.explanation.endswith("Outlet 0 writes 're-elected' here.")
