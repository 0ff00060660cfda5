"""A count one outlet gives as fact where another gives it with its source
(:mod:`reader.core.dropped_sources`)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.dropped_sources import DROPPED_SOURCE_RULE
from reader.core.model import Article, Comparison, Flag, rule_description

_REST = (
    " The march set off from the old docks at ten and ended at the town hall."
    " The council is due to vote on the new road in June."
)
_SOURCED = (
    "Thousands of people marched through Dunmore on Sunday against the new road."
    " Organisers said 12,000 people took part. Police put the figure at 4,000." + _REST
)
_POLICE_FLAT = (
    "Thousands of people marched through Dunmore on Sunday against the new road."
    " The march drew 4,000 people." + _REST
)


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _dropped(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == DROPPED_SOURCE_RULE]


def test_one_sides_crowd_count_told_flat_is_shown_with_both_sources() -> None:
    (flag,) = _dropped(_compare(_SOURCED, _POLICE_FLAT))
    assert (flag.article, flag.text, flag.category) == ("a1", "4,000 people", "figure")
    assert flag.evidence == "comparative"
    assert flag.explanation == (
        "Gives '4,000 people' as fact; Outlet 0 says police put the figure at 4,000 and"
        " organisers said 12,000 people took part."
    )
    assert [(c.article, c.answer) for c in flag.counterparts] == [
        ("a0", "4,000"),
        ("a0", "12,000 people"),
    ]
    assert "whose count" in rule_description(flag.rule)


def test_the_other_sides_count_told_flat_is_shown_too() -> None:
    organisers_flat = _POLICE_FLAT.replace("The march drew 4,000 people", "12,000 people took part")
    (flag,) = _dropped(_compare(_SOURCED, organisers_flat))
    assert flag.text == "12,000 people"
    assert flag.explanation.startswith(
        "Gives '12,000 people' as fact; Outlet 0 says organisers said 12,000 people took part"
    )


def test_a_toll_according_to_a_ministry_told_flat_is_flagged() -> None:
    rest = " Rescue teams worked through the night. The border crossing stayed closed."
    sourced = "The air strike on Kelvar killed 23 people, according to the health ministry." + rest
    flat = "The air strike on Kelvar killed 23 people." + rest
    (flag,) = _dropped(_compare(sourced, flat))
    assert (flag.article, flag.text) == ("a1", "23 people")
    assert "the health ministry" in flag.explanation


def test_a_sum_the_government_gives_told_flat_is_flagged() -> None:
    rest = " Work on the site starts next spring. The old hospital will close in 2031."
    sourced = "The government says the new hospital in Arden will cost 300 million euros." + rest
    flat = "The new hospital in Arden will cost 300 million euros." + rest
    (flag,) = _dropped(_compare(sourced, flat))
    assert (flag.article, flag.text) == ("a1", "300 million euros")
    assert "the government says" in flag.explanation


def test_a_count_whose_source_the_outlet_names_nearby_is_not_flagged() -> None:
    """The source in the count's own sentence or in the one before keeps it."""
    same_sentence = _POLICE_FLAT.replace(
        "The march drew 4,000 people.", "The march drew 4,000 people, police said."
    )
    before = _POLICE_FLAT.replace(
        "The march drew 4,000 people.", "Police gave a count of their own. The march drew 4,000."
    )
    assert not _dropped(_compare(_SOURCED, same_sentence))
    assert not _dropped(_compare(_SOURCED, before))


def test_a_count_another_outlet_tells_flat_too_is_the_storys_word() -> None:
    also_flat = _POLICE_FLAT.replace("The march drew", "In all, the march drew")
    assert not _dropped(_compare(_SOURCED, _POLICE_FLAT, also_flat))


def test_a_count_no_outlet_sources_and_a_thing_counted_in_passing_are_not_flagged() -> None:
    """Told flat by all, a count is no dropped source; "two bins, police said" is an account
    its source gives, not a count a side disputes."""
    assert not _dropped(_compare(_POLICE_FLAT, _POLICE_FLAT.replace("Sunday", "Sunday morning")))
    bins = " A small group set two bins on fire near the bridge"
    flagged = _dropped(_compare(_SOURCED + bins + ", police said.", _POLICE_FLAT + bins + "."))
    assert [f.text for f in flagged] == ["4,000 people"]


def test_a_count_a_pronoun_is_said_to_give_has_no_source_to_drop() -> None:
    """ "They said 4,000 people took part" names no one a reader can check: the outlet that
    writes the count flat drops no source."""
    they = _POLICE_FLAT.replace("The march drew 4,000 people.", "They said 4,000 people took part.")
    assert not _dropped(_compare(they, _POLICE_FLAT))


_AID_REST = (
    " Rescue teams searched the ruins of the old market through the night."
    " The airport at Tessaly reopened to relief flights on Friday."
)
_AID_SOURCED = "The government said 6,500 blankets had been delivered to the valley." + _AID_REST
_AID_FLAT = "The government has delivered 6,500 blankets to the valley." + _AID_REST


def test_things_delivered_told_as_the_doers_deed_are_shown_with_its_word() -> None:
    """The government as the doer of the delivery is no source of its count: the outlet tells
    as done what the other says the government said."""
    (flag,) = _dropped(_compare(_AID_SOURCED, _AID_FLAT))
    assert (flag.article, flag.text) == ("a1", "6,500 blankets")
    assert "the government said" in flag.explanation.lower()
    assert [c.article for c in flag.counterparts] == ["a0"]


def test_things_gathered_told_flat_are_shown_with_the_groups_word() -> None:
    rest = " The council meets on Monday. The library will stay open until the vote."
    sourced = "The tenants' union said it had collected 1,800 signatures against the sale." + rest
    flat = "The tenants' union has collected 1,800 signatures against the sale." + rest
    (flag,) = _dropped(_compare(sourced, flat))
    assert (flag.article, flag.text) == ("a1", "1,800 signatures")


def test_things_delivered_whose_sayer_is_named_or_another_deed_are_not_flagged() -> None:
    """The government named as the one who says so keeps the source; a count of things built
    is no count of things delivered."""
    said = _AID_FLAT.replace("has delivered", "said on Friday it had delivered")
    before = _AID_FLAT.replace(
        "The government has delivered 6,500 blankets",
        "The government gave its figures on Friday. Some 6,500 blankets have been delivered",
    )
    assert not _dropped(_compare(_AID_SOURCED, said))
    assert not _dropped(_compare(_AID_SOURCED, before))
    built = _AID_SOURCED.replace("blankets had been delivered", "shelters had been built")
    assert not _dropped(
        _compare(built, _AID_FLAT.replace("delivered 6,500 blankets", "built 6,500 shelters"))
    )


_LEAK_REST = " Crews laid booms across the river. The state ordered a review of the pipeline."
_LEAK_SOURCED = (
    "A pipeline run by Hollin Energy leaked about 3,000 barrels of crude into the Selk River"
    " on Tuesday, the company said." + _LEAK_REST
)


def test_a_volume_let_out_told_flat_is_shown_with_the_companys_word() -> None:
    """The amount a leak let out is the company's count where the wire says so; an outlet that
    names the company only as the one that shut the line has dropped whose count it is."""
    flat = (
        "About 3,000 barrels of crude leaked into the Selk River on Tuesday before the company"
        " shut the pipeline." + _LEAK_REST
    )
    (flag,) = _dropped(_compare(_LEAK_SOURCED, flat))
    assert (flag.article, flag.text) == ("a1", "About 3,000 barrels")
    assert "the company's figure" in flag.explanation


def test_a_long_sourcing_sentence_is_named_by_whose_figure_it_is_not_quoted_whole() -> None:
    """The card quotes each outlet's sentence; the explanation names only whose count it is when
    the sourcing sentence runs long, and keeps a short one whole ("the government said ...")."""
    flat = (
        "About 3,000 barrels of crude leaked into the Selk River on Tuesday before the company"
        " shut the pipeline." + _LEAK_REST
    )
    (flag,) = _dropped(_compare(_LEAK_SOURCED, flat))
    assert flag.explanation == (
        "Gives 'about 3,000 barrels' as fact; Outlet 0 says it is the company's figure."
    )
    assert "Hollin Energy" not in flag.explanation


def test_a_volume_whose_giver_is_named_or_that_is_a_rate_is_not_flagged() -> None:
    said = (
        "The company said about 3,000 barrels of crude leaked into the Selk River on Tuesday."
        + _LEAK_REST
    )
    assert _dropped(_compare(_LEAK_SOURCED, said)) == []
    rate = _LEAK_SOURCED.replace(
        "leaked about 3,000 barrels of crude into the Selk River on Tuesday",
        "carries about 3,000 barrels of crude a day to the Selk refinery",
    )
    assert "a day" in rate
    rate_flat = rate.replace(", the company said", "")
    assert _dropped(_compare(rate, rate_flat)) == []
