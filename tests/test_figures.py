"""Reading figures and matching them across outlets (:mod:`reader.core.figures`): which numbers
count the same thing, when two agree, and which outlet's figure is the one set apart."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import FrameType

import pytest

from reader.core import nlp
from reader.core.claims import extract_claims
from reader.core.figures import (
    AMOUNT,
    LOSS,
    Figure,
    _figure_starts,
    _single_counts,
    _untagged_nouns_of,
    different_figures,
    read_figures,
    with_single_counts,
)
from reader.core.model import Alignment, AlignmentMember, Article, Claim
from token_reads import DocReads


def _figures(text: str) -> list[Figure]:
    return read_figures("a", nlp.parse(text))


def _one(text: str) -> Figure:
    found = _figures(text)
    assert len(found) == 1, [text[f.start : f.end] for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Floods have killed 12 people in the valley.", "12 people", ("people", "dead")),
        ("Three people are still missing.", "Three people", ("people", "missing")),
        ("Dozens more are feared missing.", "Dozens", ("people", "missing")),
        (
            "The storm forced about 4,000 residents to leave their homes.",
            "about 4,000 residents",
            ("people", "left home"),
        ),
        ("Thousands of homes have been wiped out.", "Thousands of homes", ("home", "destroyed")),
        (
            "Officials said about 1,100 homes were damaged and 180 were destroyed.",
            "180 were destroyed",
            ("home", "destroyed"),
        ),
        (
            "A couple of hundred protesters rallied outside the council building.",
            "A couple of hundred protesters",
            ("people", "protest"),
        ),
        (
            "Police arrested 40 protesters outside the parliament.",
            "40 protesters",
            ("people", "arrested"),
        ),
        (
            "Insurers warned that the damage could run into billions of dollars.",
            "billions of dollars",
            ("dollar", "damage"),
        ),
    ],
)
def test_a_figure_is_read_with_what_it_counts(text: str, words: str, key: tuple[str, str]) -> None:
    found = {text[f.start : f.end]: f.key for f in _figures(text)}
    assert found[words] == key


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed the Senate by 31 to 26 on Tuesday.",
        "The bill passed the Senate 31-26 on Tuesday.",
        "The bill passed the state Senate by 21 votes to 18 last week.",
        "The assembly elected her speaker in a 134-to-63 vote.",
        "The board approved the merger in a 5-to-4 decision.",
        "The rain was the heaviest since 1987.",
        "The talks lasted two days and ended at 10 p.m.",
        "Highway 4 remained closed.",
        "The wage rises from $12 to $17 an hour.",
        "The mayor, 54, said the plan would go ahead on March 3.",
    ],
)
def test_dates_times_ages_years_tallies_and_names_are_not_figures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "10:45 - 2,000 people were evacuated.",
        "10.45 - 2,000 people were evacuated.",
        "9.20am - 2,000 people were evacuated.",
        "Flood update\n\n10.45 - 2,000 people were evacuated.",
    ],
)
def test_a_live_blog_entry_time_is_no_figure(text: str) -> None:
    """Ingest puts a live-blog entry's clock time before its first words; the time is when the
    entry was posted, never a figure, nor the start of a range ("10.45 - 2,000")."""
    fig = _one(text)
    assert text[fig.start : fig.end] == "2,000 people"
    assert (fig.key, fig.value) == (("people", "left home"), 2000)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("The carmaker recalled 212,000 of its vehicles on Tuesday.", ("vehicle", None), 212_000),
        ("The chain will close 40 of their stores next year.", ("store", None), 40),
        ("Floods destroyed 30 of the homes in the valley.", ("home", "destroyed"), 30),
    ],
)
def test_a_partitive_that_gives_no_whole_counts_what_it_names(
    text: str, key: tuple[str, str | None], value: float
) -> None:
    """ "212,000 of its vehicles" counts vehicles, as "212,000 vehicles" does: an owner's
    pronoun between "of" and the noun gives no whole to take a share of."""
    fig = _one(text)
    assert (fig.key, fig.value) == (key, value)


def test_a_partitive_after_an_owners_pronoun_is_shown_whole() -> None:
    text = "The carmaker recalled 212,000 of its vehicles on Tuesday."
    fig = _one(text)
    assert text[fig.start : fig.end] == "212,000 of its vehicles"


@pytest.mark.parametrize("noun", ["brake lines", "pickup trucks", "asylum seekers"])
def test_a_partitive_after_an_owners_pronoun_counts_a_compound_by_its_head(noun: str) -> None:
    """ "212,000 of its brake lines" counts lines, as "212,000 brake lines" does: it was read as
    a count of "brake", shown cut before the noun it counts."""
    partitive = f"The carmaker recalled 212,000 of its {noun} on Tuesday."
    fig = _one(partitive)
    plain = _one(f"The carmaker recalled 212,000 {noun} on Tuesday.")
    assert (fig.key, fig.frame) == (plain.key, plain.frame)
    assert partitive[fig.start : fig.end] == f"212,000 of its {noun}"


@pytest.mark.parametrize(
    ("noun", "counted"), [("river homes", "homes"), ("asylum seekers", "seekers")]
)
def test_a_partitive_after_the_counts_a_compound_by_its_head(noun: str, counted: str) -> None:
    """ "30 of the river homes" counts homes, as "30 river homes" does: it was read as a count of
    "river", which no other outlet's homes could meet. The words shown stay the number, as for
    "30 of the homes"."""
    partitive = f"Floodwater reached 30 of the {noun} on Friday."
    fig = _one(partitive)
    plain = _one(f"Floodwater reached 30 {noun} on Friday.")
    assert (fig.key, fig.frame) == (plain.key, plain.frame)
    assert fig.key == _one(f"Floodwater reached 30 of the {counted} on Friday.").key
    assert partitive[fig.start : fig.end] == "30"


def test_a_count_taken_up_as_them_is_framed_by_the_verb_done_to_it() -> None:
    """ "apologised for a defect in 212,000 of its vehicles, recalling them" counts vehicles
    recalled: framed as the wire's "recalled 212,000 vehicles" is, so the two lined-up counts
    are of one thing. A count that is its verb's own object keeps that verb: the landlords
    were fined, whatever the participle after them says."""
    taken_up = _one(
        "The carmaker apologised for a defect in 212,000 of its vehicles,"
        " recalling them over a brake-line fault."
    )
    plain = _one("The carmaker recalled 212,000 vehicles over a brake-line fault.")
    assert taken_up.frame == plain.frame
    fined = _one("The council fined 40 of its landlords, warning them of worse.")
    assert fined.frame[0] != "warn"


def test_a_partitive_that_gives_its_whole_is_no_count_of_the_part() -> None:
    """ "3 of its 11 charges" is a share (:mod:`reader.core.shares`): only the whole is read
    here, never the 3 as a count of charges."""
    found = _figures("The court dropped 3 of its 11 charges.")
    assert [(f.key, f.value) for f in found] == [(("charge", None), 11)]


def test_a_count_grouped_with_a_comma_is_no_year() -> None:
    """ "2,000" reads as a year's number once its comma is dropped, but no year is written so."""
    fig = _one("About 2,000 people fled their homes.")
    assert (fig.key, fig.value) == (("people", "left home"), 2000)
    assert _figures("About 2000 people fled their homes in 2005.") == []


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("About 4,000 residents fled their homes.", "Some 4,100 residents fled their homes.", True),
        (
            "About 4,000 residents fled their homes.",
            "About 40,000 residents fled their homes.",
            False,
        ),
        ("At least 12 people were killed.", "The floods killed 12 people.", True),
        ("Tens of thousands of residents fled.", "About 22,000 residents fled.", True),
        ("Tens of thousands of residents fled.", "About 4,000 residents fled.", False),
        ("Thousands of homes were destroyed.", "About 1,100 homes were destroyed.", False),
        ("The damage cost billions of dollars.", "The damage cost $2.5 billion.", True),
        ("The damage ran into billions of dollars.", "Losses reached $300 million.", False),
        ("A number of people died.", "The floods killed 12 people.", False),
    ],
)
def test_figures_agree_within_rounding_and_the_range_a_word_stands_for(
    mine: str, theirs: str, same: bool
) -> None:
    a, b = _one(mine), _one(theirs)
    assert a.key == b.key
    assert a.agrees(b) is same


_SEVERANCE = "The company set aside {} for severance, officials said on Tuesday."


@pytest.mark.parametrize(
    ("hedged", "theirs", "same"),
    [
        ("about 30,000 euros", "29,500 euros", True),
        ("about 30,000 euros", "26,500 euros", True),
        ("nearly 1,250 euros", "1,240 euros", True),
        ("about 30,000 euros", "20,000 euros", False),
        ("about 30,000 euros", "40,000 euros", False),
        ("about 30,000 euros", "about 40,000 euros", False),
        ("30,000 euros", "20,000 euros", False),
        ("nearly 1,250 euros", "900 euros", False),
    ],
)
def test_a_hedged_round_figure_agrees_with_a_close_one_not_with_one_a_third_apart(
    hedged: str, theirs: str, same: bool
) -> None:
    """ "about" and the rounding of "30,000" say once that it is an estimate: together they
    once let it stand for 19,000 to 44,000, so a journalist's "different figure" (20,000
    against 30,000) agreed."""
    a, b = _one(_SEVERANCE.format(hedged)), _one(_SEVERANCE.format(theirs))
    assert a.agrees(b) is same
    assert b.agrees(a) is same


_CUTS = "The closure will cost {} at the plant, the union said."


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("1,240 jobs", "1,250 jobs", True),
        ("about 1,200 jobs", "1,240 jobs", True),
        ("nearly 1,500 jobs", "1,480 jobs", True),
        ("at least 1,200 jobs", "1,500 jobs", True),
        ("more than 1,000 jobs", "900 jobs", True),
        ("1,240 jobs", "1,500 jobs", False),
        ("400 jobs", "480 jobs", False),
        ("30 percent of its jobs", "50 percent of its jobs", False),
        ("about 1,200 jobs", "about 1,400 jobs", False),
    ],
)
def test_the_room_two_figures_need_is_counted_once_for_the_pair(
    mine: str, theirs: str, same: bool
) -> None:
    """Each figure once reached a tenth (or its rounding) towards the other, so two plain
    figures a fifth apart met in the middle: "1,240" and "1,500" agreed, and so did a round
    "400" and "480". Now one figure's range must take in the number the other writes."""
    a, b = _one(_CUTS.format(mine)), _one(_CUTS.format(theirs))
    assert a.key == b.key
    assert a.agrees(b) is same
    assert b.agrees(a) is same


def test_two_plain_tolls_a_fifth_apart_are_flagged_and_a_close_one_is_not() -> None:
    mine = "The earthquake killed 1,240 people in the province, officials said on Tuesday."
    theirs = "The earthquake killed 1,500 people in the province, the agency said on Tuesday."
    assert sorted(_figure_flags(mine, theirs)) == ["1,240 people", "1,500 people"]
    assert _figure_flags(mine, theirs.replace("1,500", "1,250")) == []


def test_a_rate_per_worker_is_compared_with_another_outlets_rate_not_with_the_total() -> None:
    """ "an average of just 20,000 euros per worker" and "or about 30,000 euros per worker" are
    one thing however each sentence leads up to it, and neither is the 38 million beside it."""
    wire = (
        "Corvane said it had set aside 38 million euros for severance payments, or about 30,000"
        " euros per worker on average."
    )
    labour = (
        "Corvane said it had set aside 38 million euros for severance payments, an average of"
        " just 20,000 euros per worker."
    )
    rates = [f for f in _figures(labour) + _figures(wire) if f.low < 1e6]
    assert [f.frame for f in rates] == [("per", "worker"), ("per", "worker")]
    assert sorted(_figure_flags(wire, labour)) == ["20,000 euros", "about 30,000 euros"]
    assert _figure_flags(wire, labour.replace("just 20,000", "just under 30,000")) == []


def test_power_is_a_supply_lost_not_a_grip_on_office() -> None:
    lost = _one("About 22,000 households lost power at the height of the storm.")
    without = _one("About 9,000 homes were still without electricity on Monday.")
    assert lost.state == without.state == "no power"
    assert _one("The party won 40 seats and kept power.").state is None


@pytest.mark.parametrize(
    "text",
    [
        "Power was knocked out to 12,000 homes.",
        "Power went out for about 3,000 homes overnight.",
        "The storm knocked out power to 12,000 homes.",
    ],
)
def test_power_out_is_a_supply_lost_whichever_way_the_words_run(text: str) -> None:
    assert _one(text).state == "no power"


def test_a_place_in_an_order_is_not_a_count() -> None:
    assert _figures("Ms Reyes kept the No. 2 position, and Mr Ortiz took the No. 3 spot.") == []
    # Posts counted in the plural are a count: the jobs a closure cuts, counted as jobs.
    assert _one("The closure will eliminate 310 positions.").thing == "job"


def test_figures_with_no_state_count_the_same_thing_only_under_the_same_verb_and_adjectives() -> (
    None
):
    four = _one("Four states have legalized recreational cannabis.")
    many = _one("Twenty states have legalized recreational cannabis.")
    other = _one("Twenty states have passed medical cannabis laws.")
    assert four.key == many.key == other.key
    assert four.frame == many.frame
    assert four.frame != other.frame


def test_one_count_retold_with_a_stronger_verb_is_compared_and_another_count_is_not() -> None:
    """ "more than 30 trucks were stuck at the border crossing near Velm on Friday" beside "12
    trucks were queuing at the border crossing near Velm on Friday": one count, inflated, with
    the verb swapped; the trucks the same outlets say customs searched are another count."""
    stuck = (
        "Farmers blocked the main road into Velm with tractors. On Friday more than 30 trucks"
        " were stuck at the border crossing near Velm. The mayor called for talks."
    )
    queuing = (
        "Farmers blocked the main road into Velm with tractors. On Friday, 12 trucks were queuing"
        " at the border crossing near Velm. The mayor called for talks."
    )
    # With two outlets neither agrees with the other, so each figure is flagged.
    assert sorted(_figure_flags(stuck, queuing)) == ["12 trucks", "more than 30 trucks"]
    searched = queuing.replace("were queuing at the border crossing near", "were searched in")
    assert _figure_flags(stuck, searched) == []


def test_one_volume_let_out_is_compared_whatever_verb_and_words_each_outlet_tells_it_with() -> None:
    """ "about 3,000 barrels of crude leaked" beside "more than 9,000 barrels of toxic crude
    poured": each outlet's verb and words on the oil are its side's, and the lined-up sentences
    give one volume, so the two figures are set against each other."""
    leaked = (
        "A pipeline burst near Tarvin on Tuesday, the company said. About 3,000 barrels of crude"
        " leaked into the Selk River from the pipeline. The company said repairs had begun."
    )
    poured = leaked.replace(
        "About 3,000 barrels of crude leaked", "More than 9,000 barrels of toxic crude poured"
    )
    assert sorted(_figure_flags(leaked, poured)) == [
        "About 3,000 barrels",
        "More than 9,000 barrels",
    ]
    tank = leaked.replace(
        "About 3,000 barrels of crude leaked into the Selk River from the pipeline",
        "Crude leaked into the Selk River from a 9,000-barrel tank beside the pipeline",
    )
    assert _figure_flags(leaked, tank) == []


@pytest.mark.parametrize(
    "text",
    [
        "Oil leaked from a 50,000-barrel tank at the terminal.",
        "The tank holds 50,000 barrels of oil.",
        "The refinery loses 300 barrels a day.",
        "The farm pumps 400 litres daily from the river.",
    ],
)
def test_a_measured_size_capacity_or_rate_is_no_volume_let_out(text: str) -> None:
    """A figure that sizes another thing, gives what a thing holds or a rate keeps its verb and
    words: it is another quantity than the volume an outlet says the event let out."""
    assert _one(text).frame != (AMOUNT,)
    assert _one("Some 400 tonnes of grain were lost in the fire.").frame == (AMOUNT,)


def test_a_bound_on_a_figure_is_no_adjective_of_what_it_counts() -> None:
    fewer = _one("The clinic treats fewer than 300 patients a month.")
    about = _one("The clinic treats about 450 patients a month.")
    assert fewer.frame == about.frame == ("treat",)
    assert not fewer.agrees(about)


def test_a_lead_is_framed_as_a_lead_whatever_verb_tells_it() -> None:
    """One outlet's candidate "finished 3,410 votes ahead", another's win "left her more than
    5,000 votes ahead": one lead, told with two verbs, so the two figures are compared. Votes
    counted with no rival to lead stay framed by their verb."""
    finished = _one("Varga finished 3,410 votes ahead of Whitcombe.")
    left = _one("The win left her more than 5,000 votes ahead of Whitcombe.")
    margin = _one("Varga won by a margin of 3,410 votes.")
    assert finished.frame == left.frame == margin.frame == ("lead",)
    assert not left.agrees(finished)
    cast = _one("Voters cast 3,410 votes in the first hour.")
    assert cast.frame == ("cast",)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The House passed the spending bill with 219 votes.", "house"),
        ("In the Senate, 51 members voted for the spending bill.", "senate"),
        ("The spending bill was passed by the Senate with 51 votes.", "senate"),
        (
            "WASHINGTON (Harbour Wire) - The Senate passed the spending bill with 51 votes.",
            "senate",
        ),
        ("Lawmakers passed the spending bill with 219 votes.", None),
        ("After voting for it with 219 votes, the House sent the spending bill on.", "house"),
        ("Senator Vance Ortiz passed the spending bill with 219 votes.", None),
        # A party is no chamber: the one it sits in is named on it, or not at all.
        ("Senate Republicans passed the spending bill with 51 votes.", "senate"),
        ("House Democrats passed the spending bill with 219 votes.", "house"),
        ("Republicans passed the spending bill with 51 votes.", None),
        # Congress holds both chambers: its count may be either's.
        ("Congress passed the spending bill with 219 votes.", None),
    ],
)
def test_a_count_with_no_state_is_read_with_the_body_it_was_made_in(
    text: str, body: str | None
) -> None:
    assert _one(text).body == body


def test_one_chambers_count_is_no_different_figure_for_anothers() -> None:
    """Two chambers' counts for one bill differ by nature; the same chamber's, or one an outlet
    does not place, still differ."""
    house = "The House passed the spending bill on Thursday with 219 votes."
    senate = "The Senate passed the spending bill on Thursday with 51 votes."
    assert _figure_flags(house, senate) == []
    other = "The House passed the spending bill on Thursday with 412 votes."
    assert sorted(_figure_flags(house, other)) == ["219 votes", "412 votes"]
    unnamed = "Lawmakers passed the spending bill on Thursday with 412 votes."
    assert sorted(_figure_flags(house, unnamed)) == ["219 votes", "412 votes"]
    congress = "Congress passed the spending bill on Thursday with 300 votes."
    assert sorted(_figure_flags(house, congress)) == ["219 votes", "300 votes"]
    assert _figure_flags(house, congress.replace("300", "219")) == []


def test_a_sum_spent_on_a_thing_differs_from_anothers_sum_for_it_whatever_the_verb() -> None:
    spend = "The government will spend 48 million euros on the plan to repair the square."
    plan = "The government announced a 60 million euro plan to repair the square."
    assert sorted(_figure_flags(spend, plan)) == ["48 million euros", "60 million euro"]
    assert _figure_flags(spend, plan.replace("60", "48")) == []
    # What the sum is spent on must be the same thing.
    repairs = "The government will spend 48 million euros on repairs to the square."
    assert _figure_flags(repairs, plan) == []


def _figure_flags(*texts: str) -> list[str]:
    """The words of every figure flag but a vague count's note: "thousands" where another
    outlet gives 5,000 agrees, and says so under its own rule (test_vague_counts)."""
    from reader.core.compare import compare
    from reader.core.model import Article
    from reader.core.vague_counts import VAGUE_COUNT_RULE

    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    flags = compare(articles).flags
    return [f.text for f in flags if f.category == "figure" and f.rule != VAGUE_COUNT_RULE]


def test_a_figure_is_not_set_against_a_number_its_own_sentence_also_gives() -> None:
    # Both outlets give 40 arrests for the first night; one adds the second night's six.
    calm = (
        "Protests over the shooting continued in Brackwater for a third night. Police said there"
        " were six arrests on Friday, compared with 40 arrests the night before. The governor"
        " visited the town on Friday."
    )
    wire = (
        "Protests over the shooting continued in Brackwater for a third night. Police made 40"
        " arrests overnight after bottles were thrown at officers. The governor visited the town"
        " on Friday."
    )
    assert _figure_flags(calm, wire) == []
    # The same story with the first night's figure left out: with two outlets, neither agrees.
    alone = calm.replace(", compared with 40 arrests the night before", "")
    assert sorted(_figure_flags(alone, wire)) == ["40 arrests", "six arrests"]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_number_grouped_by_spaces_is_one_figure(space: str) -> None:
    # "4 000" (French and SI style) is four thousand, not "000" residents.
    text = f"About 4{space}000 residents fled their homes."
    spaced = _one(text)
    commas = _one("About 4,000 residents fled their homes.")
    assert text[spaced.start : spaced.end] == f"About 4{space}000 residents"
    assert (spaced.low, spaced.high) == (commas.low, commas.high)
    millions = _one(f"Some 1{space}250{space}000 people fled.")
    assert (millions.low, millions.high) == (
        _one("Some 1,250,000 people fled.").low,
        _one("Some 1,250,000 people fled.").high,
    )


def test_a_number_grouped_by_spaces_agrees_with_the_same_number_written_with_commas() -> None:
    spaced = "Floods swept the valley on Monday. About 4 000 residents fled their homes."
    commas = "Floods swept the valley on Monday. About 4,000 residents fled their homes."
    assert _figure_flags(spaced, commas) == []
    assert sorted(_figure_flags(spaced, commas.replace("4,000", "40,000"))) == [
        "About 4 000 residents",
        "About 40,000 residents",
    ]


@pytest.mark.parametrize("written", ["nan", "NaN", "inf", "infinity", "1_000", "1e5"])
def test_words_python_reads_as_numbers_are_not_figures(written: str) -> None:
    assert _figures(f"The floods killed {written} people.") == []


def test_a_round_figure_in_millions_is_as_rough_as_the_same_figure_in_digits() -> None:
    words = _one("The damage was put at $100 million.")
    digits = _one("The damage was put at $100,000,000.")
    assert (words.low, words.high) == (digits.low, digits.high)
    assert words.agrees(_one("The damage was put at $108 million."))
    assert not words.agrees(_one("The damage was put at $140 million."))


@pytest.mark.parametrize(
    ("text", "value"),
    [("The damage was put at $300m.", 3e8), ("The damage was put at $1.2bn.", 1.2e9)],
)
def test_a_scale_written_short_is_read_with_the_figure(text: str, value: float) -> None:
    # "$300m." and "$1.2bn" are 300 million and 1.2 billion dollars, not $300 or nothing.
    fig = _one(text)
    assert fig.key == ("dollar", "damage")
    assert fig.low < value < fig.high


def test_people_in_shelters_are_counted_in_a_state_but_shelter_beds_are_not() -> None:
    # "450 shelter beds" and "200 more shelter beds" count beds, not people sheltering.
    assert _one("About 600 people were staying in shelters.").state == "shelter"
    assert _one("The city has about 450 shelter beds.").state is None
    assert _one("Power was cut to about 5,000 homes on Monday.").state == "no power"


def test_a_crowd_sized_up_in_other_words_is_flagged_as_one_figure() -> None:
    """Protesters in one outlet are people in another: the same crowd, sized ten times over."""
    from reader.core.compare import compare
    from reader.core.model import Article

    texts = [
        "About 200 people gathered outside the council building during the debate.",
        "Thousands of furious protesters rallied outside the council building during the debate.",
    ]
    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    flags = [f for f in compare(articles).flags if f.category == "figure"]
    assert [f.text for f in flags] == ["Thousands"]
    assert "the size of the crowd" in flags[0].explanation


def test_a_vigils_crowd_is_sized_against_another_outlets_however_each_tells_it() -> None:
    """ "About 300 people held a vigil" and "thousands of people filled the park for a vigil"
    size one crowd; the verbs differ, so before the vigil told of a crowd the two counts were
    read as different things and neither was flagged."""
    from reader.core.compare import compare
    from reader.core.model import Article

    texts = [
        "On Sunday about 300 people held a vigil in Ferris Park for the drowned fishermen.",
        "On Sunday thousands of people filled Ferris Park for a vigil for the drowned fishermen.",
    ]
    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    flags = [f for f in compare(articles).flags if f.category == "figure"]
    assert [f.text for f in flags] == ["thousands of people"]
    assert "the size of the crowd" in flags[0].explanation


_MARCH = "{} through the centre of Dunmore on Saturday against the new port fees."


@pytest.mark.parametrize(
    ("crowd", "words"),
    [
        ("Thousands marched", "Thousands"),
        ("Tens of thousands marched", "Tens of thousands"),
        ("About 500 people marched", "About 500 people"),
        ("About 2,000 protested", "About 2,000"),
    ],
)
def test_a_crowd_that_marches_is_sized_whether_or_not_it_is_named(crowd: str, words: str) -> None:
    text = _MARCH.format(crowd)
    fig = _one(text)
    assert (text[fig.start : fig.end], fig.key) == (words, ("people", "protest"))


@pytest.mark.parametrize(
    ("mine", "theirs", "flagged"),
    [
        ("A handful of loyal supporters gathered", "About 150 supporters gathered", ["A handful"]),
        ("A handful of loyal supporters gathered", "About 150 of her fans gathered", ["A handful"]),
        ("About 150 supporters gathered", "Some 160 of her supporters gathered", []),
    ],
)
def test_a_crowd_named_by_its_side_is_sized_against_the_others_crowd(
    mine: str, theirs: str, flagged: list[str]
) -> None:
    """ "A handful of loyal supporters" and "about 150 of her fans" are one crowd: the side it is
    on, and a modifier one outlet puts on it, must not keep its sizes from being compared."""
    assert sorted(_figure_flags(_MARCH.format(mine), _MARCH.format(theirs))) == flagged


def test_a_count_that_marches_as_no_crowd_is_not_a_crowd() -> None:
    assert _one("Investigators gathered 300 samples at the port.").state is None
    assert _one("Shares in the port operator rallied 3 percent on Friday.").state is None


@pytest.mark.parametrize(
    ("counted", "key"),
    [
        ("Thousands of birds gathered", ("bird", None)),
        ("Some 40 boats gathered", ("boat", None)),
        ("About 300 cars gathered", ("car", None)),
        ("About 200 mourners gathered", ("people", "protest")),
        ("Dozens of diehard loyalists rallied", ("people", "protest")),
    ],
)
def test_only_a_plural_for_people_that_gathers_is_a_crowd(
    counted: str, key: tuple[str, str | None]
) -> None:
    """Birds, boats and cars gather too: sized as a crowd, they were set against the protesters
    another outlet counts."""
    assert _one(f"{counted} near the harbour on Saturday.").key == key


def test_things_that_gather_are_not_set_against_a_crowd() -> None:
    assert (
        _figure_flags(
            _MARCH.format("Some 40 boats gathered"), _MARCH.format("About 500 people gathered")
        )
        == []
    )


@pytest.mark.parametrize(
    ("mine", "theirs", "flagged"),
    [
        ("Thousands marched", "About 500 people marched", ["Thousands"]),
        ("Thousands marched", "About 5,000 people marched", []),
        ("Tens of thousands marched", "About 2,000 protested", ["Tens of thousands"]),
        ("Tens of thousands marched", "About 30,000 protesters marched", []),
        ("About 500 people marched", "About 2,000 protested", ["About 2,000", "About 500 people"]),
        ("About 2,000 people marched", "Some 2,100 protested", []),
    ],
)
def test_a_crowd_is_sized_against_another_outlets_crowd_however_each_names_it(
    mine: str, theirs: str, flagged: list[str]
) -> None:
    """ "Thousands marched" names no one, but what marches is a crowd: its size is set against
    the crowd another outlet counts in people or protesters. A vague word is flagged against an
    exact figure, never the other way round."""
    assert sorted(_figure_flags(_MARCH.format(mine), _MARCH.format(theirs))) == flagged


_DAMAGE = "The storm caused {} in damages across the county, officials said on Monday."


def test_a_sum_of_damage_with_no_currency_is_read_as_a_sum() -> None:
    text = _DAMAGE.format("4.2 million")
    fig = _one(text)
    assert (text[fig.start : fig.end], fig.key, fig.value) == (
        "4.2 million",
        ("money", "damage"),
        4.2e6,
    )
    # A small bare number may count homes or cars: it is no sum.
    assert _figures(_DAMAGE.format("12")) == []


@pytest.mark.parametrize(
    ("mine", "theirs", "flagged"),
    [
        ("$4.2 million", "4.2 million", []),
        ("4.2 million", "$4.2 million", []),
        ("about 4 million", "€4.2m", []),
        ("$4.2 million", "6 million", ["$4.2 million", "6 million"]),
        ("6 million", "£4.2m", ["6 million", "£4.2m"]),
    ],
)
def test_a_sum_with_its_currency_written_on_one_side_only_is_still_compared(
    mine: str, theirs: str, flagged: list[str]
) -> None:
    """ "$4.2 million" and "4.2 million in damages" are the same sum: an outlet that leaves out
    the currency still gives the cost of the damage, in whatever currency the others write."""
    assert sorted(_figure_flags(_DAMAGE.format(mine), _DAMAGE.format(theirs))) == flagged


def test_a_sentence_with_no_figure_builds_no_token() -> None:
    # Which words may open a figure is read from the parse's word column once; a sentence none
    # of whose words can open a quantity word, hedge, number or ordinal builds no token at all.
    doc = nlp.parse("The storm reached the coast on Tuesday night, and residents stayed calm.")
    reads = DocReads(doc)
    asked = reads.asked

    assert read_figures("a", reads) == []  # type: ignore[arg-type]
    assert asked == []


def test_a_figure_is_tried_only_at_the_words_that_may_open_one() -> None:
    text = "About 300 homes flooded, up from 120 on Monday, the third rise this year."
    doc = nlp.parse(text)

    found = read_figures("a", doc)

    # "up" may open the hedge "up to"; "homes", "flooded", "Monday" open nothing.
    assert [doc[i].lower_ for i in _figure_starts(doc)] == ["about", "300", "up", "120"]
    assert [text[f.start : f.end] for f in found] == ["About 300 homes", "third rise this year"]
    assert found[0].before == (120.0,)


def _claims_and_figures(
    texts: Sequence[str],
) -> tuple[dict[str, tuple[Claim, ...]], dict[str, list[Figure]]]:
    """Each text as article ``a0``, ``a1`` ...: its claims and the figures read in it."""
    articles = [Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)]
    docs = [nlp.parse(t) for t in texts]
    claims = {a.id: extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    read = {a.id: read_figures(a.id, d) for a, d in zip(articles, docs, strict=True)}
    return claims, read


def test_a_figure_shows_the_whole_sentence_its_claims_come_from() -> None:
    texts = (
        "Floods killed 12 people in the valley, and rescuers searched the river at night.",
        "Floods killed 40 people in the valley, officials said on Tuesday.",
    )
    claims, read = _claims_and_figures(texts)
    clashes = different_figures(read, claims, [], {})
    assert clashes
    for clash in clashes:
        mine = [c for c in claims[clash.figure.article] if c.sentence == clash.figure.sentence]
        assert clash.figure.context == (min(c.start for c in mine), max(c.end for c in mine))
    first = next(c.figure for c in clashes if c.figure.article == "a0")
    assert texts[0][slice(*first.context)].startswith("Floods killed 12")


def test_a_figure_inside_a_quotation_is_the_speakers_and_is_not_compared() -> None:
    texts = (
        "Floods killed 12 people in the valley on Monday, officials said.",
        '"Floods killed 40 people in the valley on Monday," a resident said.',
    )
    claims, read = _claims_and_figures(texts)
    quoted = {"a1": [(0, texts[1].index(",") + 2)]}
    assert different_figures(read, claims, [], {}) != []
    assert different_figures(read, claims, [], quoted) == []


@pytest.mark.parametrize(
    "earlier",
    [
        "Last week, rockets hit the border town of Mereth, wounding three people.",
        "Two years ago, a similar strike on the camp wounded three people.",
    ],
)
def test_a_count_of_an_earlier_occasion_is_not_set_against_the_events(earlier: str) -> None:
    """Found by the airstrike probe: an outlet's aside on another attack ("last week ...
    wounding three people") was flagged as its count of the wounded, against the others' more
    than 40. A figure dated earlier counts that occasion; the event's own counts still clash."""
    texts = (
        f"More than 40 people were wounded in the strike on Tuesday. {earlier}",
        "More than 40 people were wounded in the strike on Tuesday.",
    )
    claims, read = _claims_and_figures(texts)
    assert [f for f in read["a0"] if f.earlier]
    assert different_figures(read, claims, [], {}) == []
    today = ("Rockets hit the town on Tuesday, wounding three people.", texts[1])
    claims, read = _claims_and_figures(today)
    assert different_figures(read, claims, [], {}) != []


def test_a_comparison_reads_each_articles_figures_once() -> None:
    """Different figures, tolls and sums all weigh the same figures: read three times over, a
    long article's numbers were parsed out three times in every comparison."""
    from reader.core.compare import compare

    texts = (
        "Floods in the Sarn valley killed 12 people on Monday, regional officials said.",
        "Twelve people died in the floods in the Sarn valley on Monday, officials said.",
        "Floods in the Sarn valley on Monday caused deaths, regional officials said.",
        "The government announced a 48 million euro plan to repair the square on Friday.",
    )
    reads = 0

    def watch(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal reads
        if event == "call" and frame.f_code is read_figures.__code__:
            reads += 1

    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    sys.setprofile(watch)
    try:
        compare(articles)
    finally:
        sys.setprofile(None)
    assert reads == len(texts)


def test_a_count_sourced_with_according_to_is_compared_with_the_same_count_unsourced() -> None:
    """ "according to the regional health office" names who gives the count, not what it counts,
    so it does not keep one outlet's count of the same people from another's."""
    sourced = (
        "About 2 million adults in the region live with diabetes, according to the regional"
        " health office. New clinics opened in three towns on Monday."
    )
    plain = (
        "About 5 million adults in the region live with diabetes. New clinics opened in three"
        " towns on Monday."
    )
    assert sorted(_figure_flags(sourced, plain)) == [
        "About 2 million adults",
        "About 5 million adults",
    ]
    assert _figure_flags(sourced, plain.replace("5 million", "2 million")) == []


def test_the_other_outlets_figure_reads_mid_sentence_in_the_explanation() -> None:
    """Both figures open their outlet's sentence; inside "Says ... where ... says ..." neither
    keeps its capital."""
    from reader.core.compare import compare

    one = "About 2 million adults in the region live with diabetes. Clinics opened on Monday."
    other = "About 5 million adults in the region live with diabetes. Clinics opened on Monday."
    articles = [Article("a", "Northline", one), Article("b", "Harbour Voice", other)]
    flags = [f for f in compare(articles).flags if f.category == "figure"]
    assert {f.article: f.explanation for f in flags} == {
        "a": "Says 'about 2 million adults', where Harbour Voice says 'about 5 million adults'.",
        "b": "Says 'about 5 million adults', where Northline says 'about 2 million adults'.",
    }


def test_a_figure_opened_by_the_article_a_reads_mid_sentence_too() -> None:
    """ "Says 'A few thousand people'" kept the capital the sentence gave it, where "Says 'more
    than 500 illegals'" lost it: the one-letter "A" was taken for an abbreviation."""
    from reader.core.figures import mid_sentence

    assert mid_sentence("A few thousand people") == "a few thousand people"
    assert mid_sentence("A handful") == "a handful"
    assert mid_sentence("NHS figures") == "NHS figures"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 migrants crossed the Tamsin River overnight.",
        "More than 500 illegals swarmed across the Tamsin River overnight.",
        "About 300 asylum seekers crossed the Tamsin River overnight.",
        "Some 450 undocumented immigrants crossed the Tamsin River overnight.",
    ],
)
def test_people_crossing_a_border_are_one_count_whatever_each_outlet_calls_them(
    text: str,
) -> None:
    """The label and the verb are each outlet's choice; the count is of the same people, so a
    label must not hide a count that differs."""
    crossed = _one(text)
    assert crossed.key == ("people", None)
    assert crossed.frame == ("cross", "tamsin")


def test_a_compound_counts_its_last_noun() -> None:
    officers = _one("The force sent 40 police officers to the square.")
    assert officers.thing == "officer"
    assert _one("The force sent 40 officers to the square.").thing == "officer"


@pytest.mark.parametrize(
    "text",
    [
        "The bank said 900 head-office roles would go.",
        "The bank will cut 300 call centre jobs.",
        "The bank said 120 back-office positions would be cut.",
    ],
)
def test_a_compound_of_several_words_counts_its_plural_and_roles_are_jobs(text: str) -> None:
    """ "head-office roles" counted "head" and "call centre jobs" "call": the compound's singular
    words stopped the walk to its plural. A role or a position a company cuts is a job."""
    assert _one(text).thing == "job"


@pytest.mark.parametrize(
    "text",
    [
        "The companies said about 900 head-office roles would go over two years.",
        "Thousands of jobs will be slashed at the two head offices over the next two years.",
        "The chain will cut 900 jobs.",
        "The chain axed 900 jobs at its depots.",
    ],
)
def test_jobs_lost_are_one_count_whatever_verb_and_words_tell_it(text: str) -> None:
    """Outlets size one job cut with their own verb ("would go", "slashed", "axed") and their own
    words on where the jobs are; the count is of the same jobs lost."""
    (jobs,) = [f for f in _figures(text) if f.thing == "job"]
    assert jobs.frame == (LOSS,)


def test_thousands_of_jobs_slashed_is_set_against_900_roles_that_would_go() -> None:
    said = "Greyholt will buy Pellow for 4.2 billion euros, the companies said."
    wire = f"{said} About 900 head-office roles would go over two years, they said."
    union = f"{said} Thousands of head-office jobs will be slashed over two years, they said."
    assert _figure_flags(wire, union) == ["Thousands of head-office jobs"]
    # Jobs a company creates are not the jobs it cuts.
    created = f"{said} The deal would create 300 head-office jobs over two years, they said."
    assert _figure_flags(wire, created) == []


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The bank raised its rate, its third rise this year.", "third rise this year", 3),
        ("It was the bank's fourth increase this year.", "fourth increase this year", 4),
        ("The board voted for a fifth straight cut.", "fifth straight cut", 5),
        ("It was the second hike in a row.", "second hike in a row", 2),
    ],
)
def test_a_steps_place_in_a_series_is_read_as_an_exact_figure(
    text: str, words: str, place: int
) -> None:
    """An ordinal is no count, but "its third rise this year" counts the rises before it."""
    (found,) = [f for f in _figures(text) if f.state and f.state.startswith("place")]
    assert text[found.start : found.end] == words
    assert (found.low, found.value, found.high) == (place, place, place)


def test_a_place_in_a_series_comes_in_reading_order_with_the_sentences_counts() -> None:
    """Figures are read in reading order (:func:`read_figures`), which the checks that take an
    outlet's first count lean on; a place was once put after every count of its sentence."""
    text = "Its third rise this year took the rate to 4.5 percent, up for 2,000 savers."
    found = _figures(text)
    assert [text[f.start : f.end] for f in found][:2] == ["third rise this year", "4.5 percent"]
    assert [f.start for f in found] == sorted(f.start for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tarnhelm is the country's third-largest port.",
        "It is the company's second round of job cuts in two years.",
        "About a third of homeowners have variable-rate mortgages.",
        "The third increase came after a long pause.",
    ],
)
def test_an_ordinal_that_places_no_step_in_a_named_stretch_is_no_figure(text: str) -> None:
    assert not [f for f in _figures(text) if f.state and f.state.startswith("place")]


def test_a_rise_and_an_increase_in_one_stretch_are_one_series_and_a_place_is_exact() -> None:
    """Found by the rates event: "the fourth increase this year" where the others write "its
    third rise this year" was not compared at all. "rise", "increase" and "hike" are one step,
    and a place widened by a tenth would still not make a third a fourth."""
    third = _one("It was the bank's third rise this year.")
    assert third.key == _one("It was the bank's fourth hike this year.").key
    assert not third.agrees(_one("It was the bank's fourth increase this year."))
    assert third.agrees(_one("It was the bank's third increase this year."))
    assert third.key != _one("It was the bank's third rise in a row.").key


@pytest.mark.parametrize(
    "text",
    [
        "The fire has burned about 18,000 acres, up from about 9,000 acres on Tuesday night.",
        "The death toll rose to 14 from nine on Monday.",
        "The fire has grown to 30,000 acres, compared with 12,000 acres a day earlier.",
    ],
)
def test_the_value_a_changing_count_had_before_is_no_figure_of_its_own(text: str) -> None:
    (now,) = _figures(text)
    assert text[now.start : now.end] in {"about 18,000 acres", "14", "30,000 acres"}
    # A "from" that names no earlier value still leaves its count a figure.
    assert len(_figures("Officials moved 300 people from the valley to 12 shelters.")) == 2


def test_an_outlet_that_gives_a_counts_growth_still_answers_an_inflated_count() -> None:
    """The wire gives the fire's size now and on the night before: the other outlet's size is
    set against the wire's size now, and the size the night before is no figure of the wire's
    to flag (it was, as "about 9,000 acres" against the other's 40,000)."""
    wire = (
        "A wildfire in the Corran Hills has burned about 18,000 acres, up from about 9,000 acres"
        " on Tuesday night, fire officials said. Crews from three counties are at the fire."
    )
    site = (
        "A wildfire in the Corran Hills has burned about 40,000 acres, fire officials said."
        " Crews from three counties are at the fire."
    )
    assert sorted(_figure_flags(wire, site)) == ["about 18,000 acres", "about 40,000 acres"]


def test_a_count_the_others_give_as_the_earlier_value_is_stale_when_told_as_now() -> None:
    """Found by the outbreak event: "has confirmed 14 cases so far" where the wire writes "23
    cases, up from 14 on Monday" was not flagged, as the wire's sentence writes 14 too. The
    outlet gives the count as it stood days before as the count now; the flag says so."""
    wire = (
        "The health department said 23 cases of measles had been confirmed, up from 14 on Monday."
        " A clinic opened at the community centre on Saturday."
    )
    site = (
        "The health department has confirmed 14 cases of measles so far."
        " A clinic opened at the community centre on Saturday."
    )
    assert _figure_flags(wire, site) == ["14 cases"]
    # The same number told as a count of its own time is no stale count.
    monday = site.replace(
        "has confirmed 14 cases of measles so far", "confirmed 14 cases on Monday"
    )
    assert _figure_flags(wire, monday) == []


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("The department confirmed 14 cases so far.", True),
        ("The department confirmed 14 cases to date.", True),
        ("The department now counts 14 cases.", True),
        ("The department confirmed 14 cases, far more than last year.", False),
        ("The department confirmed 14 cases, by far the most in the region.", False),
        ("The department confirmed 14 cases at a later date.", False),
    ],
)
def test_far_and_date_tell_a_count_as_now_only_in_so_far_and_to_date(text: str, now: bool) -> None:
    """ "far" and "date" alone say no time: "14 cases, far more than last year" was read as the
    count now, and so as a stale count beside a wire's "up from 14"."""
    assert _one(text).current is now


def test_a_count_with_by_far_is_no_stale_count() -> None:
    """The flag said "gives the same number as an earlier count" of a site that tells its 14
    cases as the region's most, not as the count now."""
    wire = "The department said 23 cases had been confirmed, up from 14 on Monday."
    site = "The department confirmed 14 cases, by far the most in the region."
    assert _figure_flags(wire, site) == []
    assert _figure_flags(wire, "The department confirmed 14 cases so far.") == ["14 cases"]


def test_the_stale_count_flag_says_the_others_give_it_as_an_earlier_count() -> None:
    from reader.core.compare import compare
    from reader.core.model import Article

    wire = "The department said 23 cases had been confirmed, up from 14 on Monday."
    site = "The department has confirmed 14 cases so far."
    flags = compare([Article("w", "Wire", wire), Article("s", "Site", site)]).flags
    (stale,) = [f for f in flags if f.category == "figure"]
    assert stale.article == "s"
    assert stale.explanation == (
        "Says '14 cases', where Wire says '23 cases' and gives the same number as an earlier count."
    )


def test_a_vague_size_of_what_a_clause_is_about_is_set_against_the_count() -> None:
    """Found by the outbreak event: "stirring panic over a handful of measles cases" where the
    wire writes "23 cases had been confirmed" was compared with nothing: the vague size hung
    from "stir" and counted "measles". The size of what a clause is about answers any count of
    the same things in a lined-up sentence, and a compound after "of" counts its head."""
    (handful,) = _figures("Officials are stirring panic over a handful of measles cases.")
    assert handful.thing == "case"
    site = (
        "Officials are stirring panic over a handful of measles cases at the school."
        " A clinic opened at the community centre on Saturday."
    )
    wire = (
        "Officials said 23 measles cases had been confirmed at the school."
        " A clinic opened at the community centre on Saturday."
    )
    assert _figure_flags(site, wire) == ["a handful of measles cases"]
    # An exact figure after "over" is a bound, not what the clause is about.
    (over,) = _figures("Police arrested over 40 protesters at the camp.")
    assert over.frame != ("topic",)


def test_a_vague_size_of_those_a_happening_reached_is_set_against_the_count() -> None:
    """ "A breach affecting a limited number of customers" sizes the same customers another
    outlet says were exposed: "affecting" says only that the happening reached them, so the
    count answers the vague words, and the flag is on the outlet that withholds the number."""
    statement = (
        "The insurer said a data breach had affected a limited number of customers. The company"
        " has offered them free credit monitoring."
    )
    report = (
        "The insurer said a data breach had exposed the records of 40,000 customers. The company"
        " has offered them free credit monitoring."
    )
    assert _figure_flags(statement, report) == ["a limited number of customers"]
    # A count of all the insurer's customers, in a sentence of its own, is no answer to it.
    insured = (
        "The insurer said a data breach had exposed the records of its customers. The company,"
        " which insures 3 million customers, has offered them free credit monitoring."
    )
    assert _figure_flags(statement, insured) == []


def test_a_few_is_set_against_the_count_it_withholds() -> None:
    """Found by the heatwave event: "a few deaths were being investigated" where the wire writes
    "17 deaths were being investigated" was compared with nothing, as "a few" was read only
    before a scale word ("a few thousand"). The figures read it once claims are lined up; the
    aligner still does not (test_quantities)."""
    site = "The health agency said a few deaths were being investigated after the heat."
    wire = "The health agency said 17 deaths were being investigated after the heat."
    assert _figure_flags(site, wire) == ["a few deaths"]
    assert _figure_flags(wire.replace("17", "three"), site) == []


def test_a_recall_launched_counts_what_is_recalled() -> None:
    """Found by the recall event: "launched a precautionary recall of a small number of
    vehicles" where the wire writes "recalled 212,000 vehicles" was framed by "launch" (and the
    "precautionary" and "small" around it), so the vague size met no count. The light verb's
    object names the act; the size word sizes the count, it does not say what is counted."""
    paper = (
        "Halden Motors has launched a precautionary recall of a small number of vehicles over a"
        " brake-line fault, the carmaker said on Tuesday."
    )
    wire = "Halden Motors recalled 212,000 vehicles over a brake-line fault on Tuesday, it said."
    assert _figure_flags(paper, wire) == ["a small number of vehicles"]
    (launched,) = _figures(paper.replace("a small number of", "212,000"))
    (recalled,) = _figures(wire)
    assert launched.frame == recalled.frame == ("recall", "brake", "line")


def test_a_light_verb_with_no_act_of_its_own_keeps_its_frame() -> None:
    """ "Made 300 cars" counts cars made: only an object that names an act ("a recall of")
    stands in for the verb."""
    (made,) = _figures("The plant made 300 cars last year.")
    assert made.frame[0] == "make"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The regulator received 38 reports of brake failure.", "incidents"),
        ("The firm received dozens of complaints of harassment.", "incidents"),
        ("Police logged a handful of incidents at the ground.", "incidents"),
        # Documents and lawsuits are no happenings: they keep their own nouns.
        ("The agency published 38 reports on Monday.", "report"),
        ("The agency published 38 reports of the committee.", "report"),
        ("The court heard a handful of cases on Monday.", "case"),
    ],
)
def test_reports_and_complaints_of_what_happened_count_incidents(text: str, thing: str) -> None:
    """ "38 reports of brake failure" counts the failures reported, as another outlet's
    "incidents" does; "reports" alone, or of a definite owner, are documents."""
    assert _one(text).thing == thing


def test_a_vague_count_of_incidents_is_set_against_the_reports_of_them() -> None:
    """Found by the recall event: "aware of a handful of incidents" where the wire writes "38
    reports of brake failure" was compared with nothing, as incidents and reports were two
    things, and the size hung from "be"."""
    paper = (
        "The Road Safety Authority said it was aware of a handful of incidents involving the"
        " brakes of the affected cars. Owners should contact a dealer."
    )
    wire = (
        "The Road Safety Authority said it had received 38 reports of brake failure in the"
        " affected cars. Owners should contact a dealer."
    )
    assert _figure_flags(paper, wire) == ["a handful of incidents"]
    # Reports as documents answer no count of incidents.
    published = (
        "The Road Safety Authority said it had published 38 reports on the affected cars."
        " Owners should contact a dealer."
    )
    assert _figure_flags(paper, published) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Organisers said 120,000 people took part.", "120,000 people"),
        ("A total of 120,000 people took part.", "120,000 people"),
        ("About 2,000 people took part in the rally on Sunday.", "About 2,000 people"),
        ("The march drew 35,000 people.", "35,000 people"),
    ],
)
def test_a_crowd_that_took_part_or_that_a_march_drew_is_sized(text: str, words: str) -> None:
    """Found by the march event: organisers and police size a march by who took part in it, and
    a paper that writes its own number says how many the march drew."""
    fig = _one(text)
    assert (text[fig.start : fig.end], fig.key) == (words, ("people", "protest"))


def test_taking_part_in_no_gathering_is_no_crowd() -> None:
    assert _one("About 2,000 people took part in the survey.").state is None


def test_the_figure_a_source_puts_it_at_counts_what_the_sentence_before_counted() -> None:
    """ "Police put the figure at 35,000" restates the count given just before it."""
    text = "Organisers said 120,000 people took part. The city police put the figure at 35,000."
    figures = _figures(text)
    assert [(text[f.start : f.end], f.key) for f in figures] == [
        ("120,000 people", ("people", "protest")),
        ("35,000", ("people", "protest")),
    ]
    assert not _figures("The city police put the figure at 35,000.")


def test_the_second_of_two_joined_counts_shares_the_verbs_state() -> None:
    """ "Six officers and nine marchers were treated for minor injuries": both were injured."""
    text = "Six officers and nine marchers were treated for minor injuries."
    assert [f.key for f in _figures(text)] == [("officer", "injured"), ("people", "injured")]


def test_a_crowd_two_sides_count_is_flagged_against_the_others_count() -> None:
    mine = "Organisers said 120,000 people took part in the march on Saturday."
    theirs = "The march on Saturday drew 35,000 people, police said."
    assert sorted(_figure_flags(mine, theirs)) == ["120,000 people", "35,000 people"]


def _single_clashes(texts: Sequence[str]) -> list[tuple[str, str, list[str]]]:
    """Each text as article ``a0``, ``a1`` ... with its first claims lined up in one row: the
    figures set apart once counts by "a" and "both" are read, as (article, words, the others'
    words)."""
    articles = [Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)]
    docs = {a.id: nlp.parse(a.text) for a in articles}
    claims = {a.id: extract_claims(a, docs[a.id]) for a in articles}
    row = Alignment(
        "g1",
        1.0,
        tuple(AlignmentMember(a, c[0].id, c[0].start, c[0].end) for a, c in claims.items()),
    )
    read = with_single_counts({a: read_figures(a, d) for a, d in docs.items()}, docs)
    by_id = {a.id: a.text for a in articles}
    return [
        (
            c.figure.article,
            by_id[c.figure.article][c.figure.start : c.figure.end],
            [by_id[o.article][o.start : o.end] for o in c.others],
        )
        for c in different_figures(read, claims, [row], {})
    ]


def test_a_single_sample_is_set_against_another_outlets_two() -> None:
    """ "a sample" where the others count two samples gives one against two, and the two
    outlets' "two" and "both" agree with each other."""
    clashes = _single_clashes(
        (
            "The case rests on a positive result from a sample taken in March.",
            "The tribunal said both samples contained the stimulant.",
            "The tribunal found the stimulant in two samples taken in March.",
        )
    )
    assert clashes == [("a0", "a sample", ["both samples", "two samples"])]


def test_a_single_word_counts_nothing_no_outlet_counts_with_a_number() -> None:
    """ "a sample" and "both samples" with no number of samples anywhere, and "a spokesman"
    beside "two spokesmen", stay out: an article's every "a" is no count."""
    assert not _single_clashes(
        (
            "The case rests on a positive result from a sample, a spokesman said.",
            "Both samples contained the stimulant, two spokesmen said.",
        )
    )
    assert not _single_clashes(
        (
            "The bank raised its main rate by a quarter point on Thursday.",
            "The bank raised its main rate by two points on Thursday.",
        )
    )


def test_an_open_ended_toll_is_set_against_a_sentence_that_writes_a_larger_other_count() -> None:
    """Found by the quake probe: "At least 500 people are dead" went unflagged beside "212
    people were killed and about 1,400 injured", as if the other sentence wrote the 500 again:
    the open-ended range took in the 1,400 injured. A number well past the one written is
    another count; the same number still is no clash."""
    texts = (
        "At least 500 people are dead after the earthquake struck on Tuesday.",
        "The ministry said 212 people were killed and about 1,400 injured in the earthquake.",
    )
    claims, read = _claims_and_figures(texts)
    clashes = different_figures(read, claims, [], {})
    assert [c for c in clashes if c.figure.article == "a0" and c.figure.value == 500]
    same = (texts[0], "The ministry said 500 people were killed and about 1,400 injured.")
    claims, read = _claims_and_figures(same)
    assert different_figures(read, claims, [], {}) == []


def test_counts_by_a_and_both_are_read_only_for_the_things_asked_for() -> None:
    """Only a noun whose lemma the comparison numbers somewhere can be kept as a single count, so
    no other is looked at; a name ("March") is never one."""
    doc = nlp.parse(
        "The tribunal found a banned stimulant in a sample taken in March, and both samples"
        " matched."
    )
    assert _single_counts("a0", doc, set()) == []
    assert [(f.thing, f.value) for f in _single_counts("a0", doc, {"sample"})] == [
        ("sample", 1.0),
        ("sample", 2.0),
    ]
    assert [doc[i].text for i in _untagged_nouns_of(doc, {"stimulant", "sample", "march"})] == [
        "stimulant",
        "sample",
        "samples",
    ]
