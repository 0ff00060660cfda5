"""Claims outlets report in opposite directions (reader.core.directions), flagged in a comparison.

Two invented events (tests/fixtures/events): ``tolmere``, where the Courier says turnout rose and
the council approved a harbour plan while Harbour Voice and Meridian Press say it fell (or
slipped) and that the council rejected the plan (or did not approve it); and ``ferry``, where two
outlets differ only in wording ("climbed" / "rose", "backed" / "approved", "took" / "won").
What the tests expect was written down before the engine was run on them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from alignment_texts import lined_up
from reader.core import nlp
from reader.core.compare import compare
from reader.core.directions import DIRECTION_RULE, read_directions
from reader.core.ingest import read_article
from reader.core.model import Article, Comparison, Flag, rule_description

EVENTS = Path(__file__).parent / "fixtures" / "events"


def _event(name: str) -> Comparison:
    paths = sorted((EVENTS / name).glob("*.txt"))
    return compare([replace(read_article(p), id=p.stem) for p in paths])


@pytest.fixture(scope="module")
def tolmere() -> Comparison:
    return _event("tolmere")


def _directions(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == DIRECTION_RULE]


def _pair(one: str, other: str) -> list[tuple[str, str]]:
    """(article, flagged words) of the direction flags of two one-paragraph outlets."""
    comp = compare([Article("a", "Outlet A", one), Article("b", "Outlet B", other)])
    return [(f.article, f.text) for f in _directions(comp)]


def test_claims_told_in_opposite_directions_stay_lined_up(tolmere: Comparison) -> None:
    assert lined_up(
        tolmere,
        ("courier", "Turnout rose"),
        ("harbour_voice", "Turnout fell"),
        ("meridian", "Turnout slipped"),
    )
    assert lined_up(
        tolmere,
        ("courier", "council approved"),
        ("harbour_voice", "council rejected"),
        ("meridian", "did not approve"),
    )


def test_the_outlet_alone_in_its_direction_is_flagged_on_its_direction_words(
    tolmere: Comparison,
) -> None:
    flagged = {(f.article, f.text) for f in _directions(tolmere)}
    assert flagged == {("courier", "rose"), ("courier", "approved")}


def test_the_flag_says_what_each_other_outlet_wrote_and_shows_it(tolmere: Comparison) -> None:
    by_words = {f.text: f for f in _directions(tolmere)}
    assert by_words["rose"].explanation == (
        "Says 'turnout rose', where Harbour Voice writes 'fell' and Meridian Press writes"
        " 'slipped'."
    )
    assert by_words["approved"].explanation == (
        "Says 'the council approved the harbour expansion plan', where Harbour Voice writes"
        " 'rejected' and Meridian Press writes 'did not approve'."
    )
    answers = {(c.article, c.answer) for c in by_words["approved"].counterparts}
    assert answers == {("harbour_voice", "rejected"), ("meridian", "did not approve")}
    assert by_words["approved"].alignment is not None
    assert by_words["approved"].evidence == "comparative"


def test_an_outlet_with_two_words_for_the_other_way_is_named_once() -> None:
    comp = compare(
        [
            Article("a", "Outlet A", "Turnout rose to 61 percent in Tolmere on Sunday."),
            Article(
                "b", "Outlet B", "Turnout fell in Tolmere on Sunday and dropped to 61 percent."
            ),
        ]
    )
    (rose,) = [f for f in _directions(comp) if f.text == "rose"]
    assert rose.explanation == "Says 'turnout rose', where Outlet B writes 'fell' and 'dropped'."


def test_the_flag_is_written_to_json_with_its_rule(tolmere: Comparison) -> None:
    (data,) = [f for f in tolmere.to_dict()["flags"] if f["text"] == "rose"]
    assert data["rule"] == DIRECTION_RULE
    assert {c["article"] for c in data["counterparts"]} == {"harbour_voice", "meridian"}
    assert "the other way" in rule_description(DIRECTION_RULE)


def test_different_subjects_and_an_outlet_saying_both_ways_are_not_flagged(
    tolmere: Comparison,
) -> None:
    # "Exports rose, imports fell" beside "Imports rose, exports fell"; ticket sales that "rose
    # in the morning and fell again" in all three.
    claims = {f.claim for f in _directions(tolmere)}
    texts = {c.id: c.text for cs in tolmere.claims.values() for c in cs}
    assert not any("ports" in texts[c] or "Ticket" in texts[c] for c in claims if c)


def test_two_kinds_of_one_thing_are_not_one_thing() -> None:
    rest = " sharply on Tuesday after the storm closed two refineries on the coast."
    assert _pair("Oil prices rose" + rest, "Food prices fell" + rest) == []
    # Prices with no kind named may be the same prices.
    assert _pair("Oil prices rose" + rest, "Prices fell" + rest) == [("a", "rose"), ("b", "fell")]


def test_a_difference_of_wording_alone_is_not_flagged() -> None:
    ferry = _event("ferry")
    assert lined_up(ferry, ("post", "climbed by 4 percent"), ("wire", "rose by 4 percent"))
    assert lined_up(ferry, ("post", "council backed"), ("wire", "council approved"))
    assert _directions(ferry) == []


@pytest.mark.parametrize(
    ("one", "other", "flagged"),
    [
        (
            "The Nasdaq rose 2 points on Tuesday as technology shares recovered.",
            "The Nasdaq fell 10 points on Tuesday as technology shares recovered.",
            [("a", "rose"), ("b", "fell")],
        ),
        (
            "The Green Party won the Brannock seat in the spring election, officials said.",
            "The Green Party lost the Brannock seat in the spring election, officials said.",
            [("a", "won"), ("b", "lost")],
        ),
        (
            "The assembly passed the housing bill on Thursday after a long debate in Tolmere.",
            "The assembly failed to pass the housing bill on Thursday after a long debate in"
            " Tolmere.",
            [("a", "passed"), ("b", "failed to pass")],
        ),
        (
            "Turnout was up on Sunday in the Tolmere by-election, officials said.",
            "Turnout was down on Sunday in the Tolmere by-election, officials said.",
            [("a", "up"), ("b", "down")],
        ),
        (
            "The harbour plan was rejected by the council on Monday evening in Tolmere.",
            "The council approved the harbour plan on Monday evening in Tolmere.",
            [("a", "rejected"), ("b", "approved")],
        ),
    ],
)
def test_opposite_directions_are_flagged_in_both_outlets_of_two(
    one: str, other: str, flagged: list[tuple[str, str]]
) -> None:
    assert _pair(one, other) == flagged


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            '"Turnout rose to 61 percent in Sunday\'s by-election," said Mayor Ilse Varga of'
            " Tolmere.",
            '"Turnout fell to 61 percent in Sunday\'s by-election," said fisherman Tomas Reyes of'
            " Tolmere.",
        ),
        (
            "Mayor Ilse Varga said turnout rose to 61 percent in Sunday's by-election in Tolmere.",
            "Fisherman Tomas Reyes said turnout fell to 61 percent in Sunday's by-election in"
            " Tolmere.",
        ),
    ],
)
def test_two_speakers_who_disagree_are_not_the_outlets_disagreeing(one: str, other: str) -> None:
    comp = compare([Article("a", "Outlet A", one), Article("b", "Outlet B", other)])
    texts = {a.id: a.text for a in comp.articles}
    # The two sentences line up, so only the speakers keep them from being set against each other.
    assert any(
        all("urnout" in texts[m.article][m.start : m.end] for m in g.members)
        and len(g.articles) == 2
        for g in comp.alignments
    )
    assert _directions(comp) == []


def test_one_speaker_reported_both_ways_is_flagged() -> None:
    flagged = _pair(
        "Mayor Ilse Varga said turnout rose to 61 percent in Sunday's by-election in Tolmere.",
        "Mayor Varga said turnout fell to 61 percent in Sunday's by-election in Tolmere.",
    )
    assert flagged == [("a", "rose"), ("b", "fell")]


@pytest.mark.parametrize(
    ("text", "subject", "sign"),
    [
        ("Turnout slipped to 61 percent.", "turnout", -1),
        ("The council did not approve the plan.", "plan", -1),
        ("The council refused to back the plan.", "plan", -1),
        ("The council turned down the plan.", "plan", -1),
        ("The plan was approved on Monday.", "plan", 1),
        ("Shares went up on Monday.", "share", 1),
    ],
)
def test_a_direction_is_read_with_what_moved_and_which_way(
    text: str, subject: str, sign: int
) -> None:
    doc = nlp.parse(text)
    (d,) = read_directions("a", "a/c1", doc[:])
    assert (d.subject, d.sign) == (subject, sign)


@pytest.mark.parametrize(
    "text",
    [
        "It rose on Monday.",  # a pronoun says nothing of what moved
        "The company set up a new office.",  # "up" of another verb
        "The minister backed down on Monday.",  # "back down" is no approval
        "He passed away on Monday.",
    ],
)
def test_words_that_say_no_direction_of_a_named_thing_are_not_read(text: str) -> None:
    doc = nlp.parse(text)
    assert read_directions("a", "a/c1", doc[:]) == []


def test_an_outlet_telling_both_moves_is_not_set_against_one_telling_one() -> None:
    one = "Ticket sales for the Brannock ferry rose in the morning and fell again by the evening."
    other = "Ticket sales for the Brannock ferry rose in the morning, the operator said."
    comp = compare([Article("a", "Outlet A", one), Article("b", "Outlet B", other)])
    assert lined_up(comp, ("a", "Ticket sales"), ("b", "Ticket sales"))
    assert _directions(comp) == []
