"""Counts one outlet leaves out that the others give (:mod:`reader.core.left_out`): a vote's
tally, however it is written, a toll and a sum; and what is no such count (a vote still to come,
a range beside a vote, a toll the outlet gives elsewhere)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from reader.core import nlp
from reader.core.compare import compare
from reader.core.counterparts import count_counterparts
from reader.core.figures import Figure, read_figures
from reader.core.left_out import (
    LeftOutCount,
    _left_out_by_one,
    _multiple_words,
    _prison_terms,
    _terms_in,
    left_out_changes,
    left_out_counts,
    left_out_multiples,
    left_out_terms,
    vote_word,
)
from reader.core.model import Alignment, AlignmentMember, Article
from token_reads import TokenCountingDoc, token_counting_parse

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _left_out(*texts: str) -> list[str]:
    """The notes on vote counts some of ``texts`` give and others leave out."""
    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    comp = compare(articles)
    docs = nlp.parse_many([a.text for a in comp.articles])
    outlets = {a.id: a.outlet for a in comp.articles}
    figures = {a.id: read_figures(a.id, d) for a, d in zip(comp.articles, docs, strict=True)}
    found = left_out_counts(comp.articles, docs, comp.alignments, figures)
    return [c.note(outlets, len(comp.articles)) for c in found]


def test_a_vote_count_one_outlet_leaves_out_is_noted_and_a_disputed_one_is_not() -> None:
    counted = "The House voted 212-210 on Friday to pass the budget bill after a long debate."
    bare = "The House voted on Friday to pass the budget bill after a long debate."
    assert _left_out(counted, bare) == ["Outlet 0 gives 212-210"]
    assert _left_out(counted, counted.replace("212-210", "212 to 209"), bare) == []
    assert _left_out(bare, bare.replace("House", "chamber")) == []


def test_one_count_written_three_ways_is_given_by_every_outlet_that_writes_it() -> None:
    """ "voted 31 to 26", "by 31 votes to 26" and "a 31-26 vote" are one count: no outlet that
    writes any of them is said to leave it out, and the one that gives none still is."""
    told = (
        "The council voted 31 to 26 on Tuesday to introduce a daily congestion charge.",
        "The council backed the congestion charge on Tuesday by 31 votes to 26.",
        "The council approved the congestion charge in a 31-26 vote on Tuesday.",
    )
    for a, b in itertools.combinations(told, 2):
        assert _left_out(a, b) == [], (a, b)
    bare = "The council voted on Tuesday to introduce a daily congestion charge."
    assert _left_out(told[1], bare) == ["Outlet 0 gives 31 votes to 26"]
    assert _left_out(
        "The House voted by 212 to 210 on Friday to pass the budget bill.",
        "The House voted on Friday to pass the budget bill.",
    ) == ["Outlet 0 gives 212 to 210"]


@pytest.mark.parametrize(
    "decided",
    [
        "The city council has agreed on Wednesday to let the charity run the clinic for two years.",
        "The city council approved a plan on Wednesday to let the charity run the clinic.",
        "The city council gave the go-ahead on Wednesday for the charity to run the clinic.",
    ],
)
def test_a_decision_told_without_the_count_of_its_vote_leaves_the_count_out(decided: str) -> None:
    """ "The council agreed to ..." beside "the council voted 9-4 to ...": the decision is the
    vote's outcome told without how close it was. Another's backing, or a decision still to
    come, is no decision of the council's vote."""
    counted = "The city council voted 9-4 on Wednesday to let the charity run the clinic."
    assert _left_out(counted, decided) == ["Outlet 0 gives 9-4"]
    backed = (
        "The mayor backed the city council's plan on Wednesday to let the charity run the clinic."
    )
    assert _left_out(counted, backed) == []
    ahead = "The city council will approve a plan on Wednesday to let the charity run the clinic."
    assert _left_out(counted, ahead) == []


@pytest.mark.parametrize(
    "senate",
    [
        "The Senate voted on Thursday to pass the spending bill after a long debate.",
        "The Senate passed the spending bill on Thursday in a vote after a long debate.",
        "The spending bill was approved by the Senate on Thursday in a vote after a long debate.",
        "In the Senate, members voted on Thursday to pass the spending bill after a long debate.",
    ],
)
def test_one_chambers_count_is_not_left_out_by_an_outlet_that_reports_the_others_vote(
    senate: str,
) -> None:
    """The House's 219-212 is no count the Senate's vote lacks; an outlet that reports the
    House's vote, or a vote with no body named, still leaves it out."""
    house = "The House voted 219-212 on Thursday to pass the spending bill after a long debate."
    assert _left_out(house, senate) == []
    note = ["Outlet 0 gives 219-212"]
    assert _left_out(house, senate.replace("Senate", "House")) == note
    unnamed = senate.replace("The Senate", "Lawmakers").replace("the Senate", "lawmakers")
    assert _left_out(house, unnamed) == note
    # Two chambers' counts side by side answer no one vote.
    senate_count = house.replace("House", "Senate").replace("219-212", "51-49")
    assert _left_out(house, senate_count, unnamed) == []


def test_a_count_no_body_is_named_for_is_not_set_against_an_outlet_that_reports_both_chambers() -> (
    None
):
    """Which of the two votes "lawmakers" counted cannot be told; against one chamber's vote
    alone it is still a count left out."""
    unnamed = "Lawmakers voted 219-212 on Thursday to pass the spending bill after a long debate."
    both = (
        "The Senate voted on Thursday to pass the spending bill, and the House voted on Friday"
        " to pass the spending bill."
    )
    assert _left_out(unnamed, both) == []
    house = "The House voted on Friday to pass the spending bill after a long debate."
    assert _left_out(unnamed, house) == ["Outlet 0 gives 219-212"]


@pytest.mark.parametrize("party", ["House Democrats", "Democrats"])
def test_a_partys_vote_is_set_against_its_chambers_count(party: str) -> None:
    """A party is no chamber of its own: "House Democrats voted" is the House's vote, and
    "Democrats voted" may be either chamber's, so the House's 219-212 is left out of both; the
    Senate's party is not the House's."""
    house = "The House voted 219-212 on Thursday to pass the spending bill after a long debate."
    party_vote = house.replace("The House", party).replace(" 219-212", "")
    assert _left_out(house, party_vote) == ["Outlet 0 gives 219-212"]
    senate_party = party_vote.replace(party, "Senate Democrats")
    assert _left_out(house, senate_party) == []


def test_congress_voting_is_the_chambers_vote_an_outlet_reports_by_its_name() -> None:
    """ "Congress voted 219-212" is how news names the House's vote: a reader takes it and "the
    House voted" for one vote, so either leaves out the count the other gives."""
    congress = "Congress voted 219-212 on Thursday to pass the spending bill after a long debate."
    house = "The House voted on Thursday to pass the spending bill after a long debate."
    note = ["Outlet 0 gives 219-212"]
    assert _left_out(congress, house) == note
    counted_house = house.replace(" on Thursday", " 219-212 on Thursday")
    assert _left_out(counted_house, congress.replace(" 219-212", "")) == note


def test_a_tally_a_bill_secured_is_a_count_an_outlet_leaves_out() -> None:
    """ "Secured 219 votes to 212" tells a vote's result, as "voted 219-212" does; read as
    support counted ahead of a vote ("secured the votes to pass it"), it was no count."""
    secured = (
        "The spending bill secured 219 votes to 212 in the House on Thursday after a long debate."
    )
    bare = "The House voted on Thursday to pass the spending bill after a long debate."
    assert _left_out(secured, bare) == ["Outlet 0 gives 219 votes to 212"]


#: One tally, written each common way: (the claim's words, the count as the note quotes it).
_TALLIES = (
    ("in a 134-to-63 vote", "134-to-63"),
    ("in a 134 to 63 vote", "134 to 63"),
    ("in a 134-63 vote", "134-63"),
    ("in a 134–63 vote", "134–63"),
    ("by 134 votes to 63", "134 votes to 63"),
    ("by a vote of 134 to 63", "134 to 63"),
)


def _elected(words: str) -> str:
    return f"The assembly elected Ruth Amsel as its speaker on Monday {words}, officials said."


@pytest.mark.parametrize(("words", "count"), _TALLIES)
def test_a_tally_written_any_common_way_is_a_vote_count(words: str, count: str) -> None:
    """No outlet that gives the tally is said to leave it out, however either writes it, and the
    one that gives none is told the count as the other wrote it."""
    hyphenated = _elected(_TALLIES[0][0])
    if words != _TALLIES[0][0]:
        assert _left_out(hyphenated, _elected(words)) == []
    assert _left_out(_elected(words), _elected("in a vote")) == [f"Outlet 0 gives {count}"]


@pytest.mark.parametrize(
    "ahead",
    [
        "The House is set to vote on Friday to pass the budget bill after a long debate.",
        "The House will vote on Friday to pass the budget bill after a long debate.",
        "The House is expected to vote on Friday to pass the budget bill after a long debate.",
        "The House will hold a vote on Friday to pass the budget bill after a long debate.",
        "The House votes on Friday to pass the budget bill after a long debate.",
        "The House has the votes to pass the budget bill on Friday after a long debate.",
    ],
)
def test_a_vote_still_to_come_leaves_out_no_count(ahead: str) -> None:
    """An outlet that says the vote is coming has no count to give yet; one that reports the
    vote held without its count still leaves it out."""
    counted = "The House voted 212-210 on Friday to pass the budget bill after a long debate."
    bare = "The House voted on Friday to pass the budget bill after a long debate."
    assert _left_out(counted, ahead) == []
    # The outlet that says it is coming gives no count either: "only" tells the reader so.
    assert _left_out(counted, ahead, bare) == ["only Outlet 0 gives 212-210"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A vote on the bill is expected next week.", None),
        ("Ahead of the vote, members argued for hours.", None),
        ("The opposition called for a vote on the bill.", None),
        ("The House will debate and vote on the bill on Friday.", None),
        ("The upcoming vote on the bill divides the House.", None),
        ("Members called the vote a victory for the town.", "vote"),
        ("The council approved the plan in a vote on Tuesday.", "vote"),
        ("The House has voted on the bill.", "voted"),
        # A present tense with a time is a vote on the calendar; a past one was held.
        ("Congress votes next week on the bill.", None),
        ("The Senate votes Tuesday on whether to confirm the judge.", None),
        ("The Senate is voting on Tuesday on the bill.", None),
        ("The Senate voted Tuesday on the bill.", "voted"),
        # Support counted ahead of a vote is no vote held.
        ("Republicans have the votes to overrule the veto.", None),
        ("Republicans had enough votes to pass it.", None),
        ("The party lacks the votes to pass the bill.", None),
        ("The bill won the votes of 51 senators.", "votes"),
        # Support won ahead of a vote is none held; a count won is the vote's result.
        ("Leaders secured the votes to pass it.", None),
        ("The motion mustered only 45 votes to 212 on Tuesday.", "votes"),
    ],
)
def test_a_vote_word_reports_a_vote_held_not_one_to_come(text: str, word: str | None) -> None:
    found = vote_word(nlp.parse(text)[:])
    assert (found.text if found is not None else None) == word


def test_a_range_a_change_or_a_span_of_years_beside_a_vote_is_no_vote_count() -> None:
    counted = "The House voted 212-210 on Friday to pass the budget bill after a long debate."
    bare = "The House voted on Friday to pass the budget bill after a long debate."
    for told in (
        "The council voted on Friday to raise the minimum wage from 12 to 15 dollars an hour.",
        "The board voted on Friday to cut the fees by 3 to 5 percent after a long debate.",
        "The council voted on Friday to pass the 2025-2026 budget after a long debate.",
    ):
        plain = told.replace("from 12 to 15", "to 15").replace(" by 3 to 5 percent", "")
        assert _left_out(told, plain.replace("2025-2026 ", "")) == [], told
    # A tally written as one word stays a count.
    assert _left_out(counted, bare) == ["Outlet 0 gives 212-210"]


def _left_out_flags(*texts: str) -> list[tuple[str, str, str]]:
    """(article, flagged words, explanation) of every count-left-out flag on ``texts``."""
    comp = compare([Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)])
    return [
        (f.article, f.text, f.explanation) for f in comp.flags if f.rule == "rule:left-out-count"
    ]


_KILLED = "Floods in the Sarn valley killed 12 people on Monday, regional officials said."
_DIED = "Twelve people died in the floods in the Sarn valley on Monday, officials said."
_DEATHS = "Floods in the Sarn valley on Monday caused deaths, regional officials said."


def test_a_toll_every_other_outlet_gives_is_flagged_on_the_word_of_the_one_that_gives_none() -> (
    None
):
    assert _left_out_flags(_KILLED, _DIED, _DEATHS) == [
        (
            "a2",
            "deaths",
            "Reports the deaths but not how many: Outlet 0 and Outlet 1 give 12 people.",
        )
    ]
    assert _left_out(_KILLED, _DEATHS) == ["Outlet 0 gives 12 people"]


def test_a_toll_given_elsewhere_given_by_one_of_three_or_disputed_is_not_flagged() -> None:
    later = _DEATHS + " The death toll stood at 12 by the evening."
    assert _left_out(_KILLED, later) == []
    # Two of three leave it out: the one that gives it may have it first.
    assert _left_out(_KILLED, _DEATHS, _DEATHS.replace("regional officials", "the police")) == []
    # The others differ: the count is disputed, not left out.
    assert _left_out(_KILLED, _DIED.replace("Twelve", "Fifteen"), _DEATHS) == []
    # A claim that tells of another happening leaves out no toll.
    damaged = "Floods in the Sarn valley damaged homes on Monday, regional officials said."
    assert _left_out(_KILLED, _DIED, damaged) == []


_WITH_PART = (
    "Floods in the Sarn valley killed 12 people on Monday, including four children, regional"
    " officials said."
)
_WITHOUT_PART = "Floods in the Sarn valley killed 12 people on Monday, regional officials said."


def test_a_part_of_a_toll_the_others_give_is_flagged_on_the_toll_of_the_one_that_drops_it() -> None:
    """Who the dead were is part of the toll: "12 people" beside the others' "12 people,
    including four children" is flagged on the leaving outlet's toll, naming the part."""
    among = _WITH_PART.replace("including four", "among them four")
    assert _left_out_flags(_WITH_PART, among, _WITHOUT_PART) == [
        (
            "a2",
            "12 people",
            "Reports the toll, 12 people, but not who the dead were: Outlet 0 and Outlet 1 say"
            " four children were among them.",
        )
    ]


def test_a_part_given_elsewhere_given_by_one_of_three_or_disputed_is_not_flagged() -> None:
    later = _WITHOUT_PART + " Four of the dead were children, the officials added."
    assert _left_out(_WITH_PART, later) == []
    assert _left_out(_WITH_PART, _WITHOUT_PART, _WITHOUT_PART.replace("regional", "local")) == []
    five = _WITH_PART.replace("four children", "five children")
    assert _left_out(_WITH_PART, five, _WITHOUT_PART) == []


def test_a_vague_word_for_an_agreed_toll_is_quoted_in_the_flag() -> None:
    several = "Several people died in the floods in the Sarn valley on Monday, officials said."
    # "Many" here sizes who spoke: the flag says only that no number is given.
    spoke = "Many residents said people died in the floods in the Sarn valley on Monday."
    ((_, word, note),) = _left_out_flags(_KILLED, _DIED, spoke)
    assert (word, note.split(":")[0]) == ("died", "Reports the deaths but not how many")
    assert _left_out_flags(_KILLED, _DIED, several) == [
        (
            "a2",
            "died",
            "Says 'several people died' but not how many: Outlet 0 and Outlet 1 give 12 people.",
        )
    ]


@pytest.mark.parametrize(
    ("texts", "note"),
    [
        (
            (
                "Police arrested 40 protesters outside the parliament on Tuesday, officials said.",
                "Police detained 40 people outside the parliament on Tuesday, officials said.",
                "Police made arrests outside the parliament on Tuesday, officials said.",
            ),
            "Outlet 0 and Outlet 1 give 40 protesters",
        ),
        (
            (
                "The storm forced about 4,000 residents to evacuate their homes on Sunday.",
                "About 4,000 people were evacuated from their homes on Sunday as the storm hit.",
                "Residents were evacuated from their homes on Sunday as the storm hit.",
            ),
            "Outlet 0 and Outlet 1 give about 4,000 residents",
        ),
    ],
)
def test_arrests_and_evacuations_without_the_number_the_others_give_are_noted(
    texts: tuple[str, ...], note: str
) -> None:
    assert _left_out(*texts) == [note]


_PLAN = "The government announced a 48 million euro plan to repair the square on Friday."
_BARE_PLAN = "The government announced a plan to repair the square on Friday."


def test_a_sum_of_money_the_other_outlet_gives_is_flagged_on_the_thing_it_pays_for() -> None:
    assert _left_out_flags(_PLAN, _BARE_PLAN) == [
        (
            "a1",
            "a plan",
            "Reports the plan but not the amount: Outlet 0 gives 48 million euro.",
        )
    ]
    worth = "The government announced a plan worth €48m to repair the square on Friday."
    assert _left_out(_PLAN, worth, _BARE_PLAN) == ["Outlet 0 and Outlet 1 give 48 million euro"]


def test_a_sum_given_elsewhere_or_in_another_currency_or_amount_is_not_flagged() -> None:
    assert _left_out(_PLAN, _BARE_PLAN + " It will cost 48 million euros.") == []
    assert _left_out(_PLAN, _PLAN.replace("48", "60"), _BARE_PLAN) == []
    assert _left_out(_PLAN, _PLAN.replace("euro", "dollar"), _BARE_PLAN) == []


@pytest.mark.parametrize(
    ("given", "bare", "note"),
    [
        (
            "The government will spend 48 million euros on the plan to repair the square.",
            _BARE_PLAN,
            "Reports the plan but not the amount: Outlet 0 gives 48 million euros.",
        ),
        (
            "The government set aside $2 billion for flood defences along the river on Friday.",
            "The government announced new flood defences along the river on Friday.",
            "Reports the defences but not the amount: Outlet 0 gives $2 billion.",
        ),
        (
            "The government pledged 300 million dollars on Friday to the fund for flood victims.",
            "The government announced a fund for flood victims on Friday.",
            "Reports the fund but not the amount: Outlet 0 gives 300 million dollars.",
        ),
    ],
)
def test_a_sum_a_spending_verb_puts_into_a_thing_is_that_things_sum(
    given: str, bare: str, note: str
) -> None:
    """ "will spend €48m on the plan" gives the plan's sum as "a €48m plan" does, so an outlet
    that names the plan without it leaves it out, and one that gives it does not."""
    assert [n for _, _, n in _left_out_flags(given, bare)] == [note]
    assert _left_out(given, given.replace(" on Friday", "")) == []


def test_a_sum_spent_on_another_thing_or_lost_on_it_is_no_things_sum() -> None:
    # A different sum for the plan is disputed, not left out by the outlet that spends it.
    spend = "The government will spend 48 million euros on the plan to repair the square."
    assert _left_out(spend, _PLAN.replace("48", "60")) == []
    # Repairs are not the plan, and a sum lost on a plan is not what it costs.
    repairs = "The government will spend 48 million euros on repairs to the square on Friday."
    assert _left_out(repairs, _BARE_PLAN) == []
    lost = "The government lost 48 million euros on the plan to repair the square on Friday."
    assert _left_out(lost, _BARE_PLAN) == []


_CUTTING = (
    "Halvard Foods will close its bakery in Orrin by March, cutting 310 jobs, the company said"
    " on Monday."
)
_LAID_OFF = (
    "Halvard Foods will close its bakery in Orrin by March and lay off 310 workers, the company"
    " said on Monday."
)
_CLOSING = "Halvard Foods will close its bakery in Orrin by March, the company said on Monday."


def test_a_closure_reported_without_the_jobs_every_other_outlet_counts_is_flagged() -> None:
    assert _left_out_flags(_CUTTING, _LAID_OFF, _CLOSING) == [
        (
            "a2",
            "close",
            "Reports the closure but not how many jobs it cuts: Outlet 0 and Outlet 1 give"
            " 310 jobs.",
        )
    ]
    cuts = (
        "Halvard Foods will cut jobs at its bakery in Orrin by March, the company said on Monday."
    )
    assert _left_out_flags(_CUTTING, cuts) == [
        (
            "a1",
            "jobs",
            "Reports the job cuts but not how many: Outlet 0 gives 310 jobs.",
        )
    ]


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("laying off 310 workers", "310 workers"),
        ("eliminating 310 positions", "310 positions"),
        ("letting 310 staff go", "310 staff"),
        ("with the loss of 310 jobs", "310 jobs"),
        ("with 310 layoffs", "310 layoffs"),
        ("with 310 job cuts", "310 job cuts"),
    ],
)
def test_jobs_cut_are_counted_however_the_outlet_words_the_cut(words: str, count: str) -> None:
    given = _CLOSING.replace("by March", f"by March, {words}")
    assert _left_out(given, _CLOSING) == [f"Outlet 0 gives {count}"]
    assert _left_out(given, _CUTTING) == []


def test_jobs_given_elsewhere_given_by_one_of_three_disputed_or_kept_are_not_flagged() -> None:
    later = _CLOSING + " The closure will cost 310 jobs, a union official said."
    assert _left_out(_CUTTING, later) == []
    # A rough count is the outlet's own count, which the figure flag weighs.
    rough = _CLOSING + " Hundreds of jobs will be lost, a union official said."
    assert _left_out(_CUTTING, rough) == []
    # Two of three leave it out; the givers differ.
    assert _left_out(_CUTTING, _CLOSING, _CLOSING.replace("Monday", "Tuesday")) == []
    assert _left_out(_CUTTING, _LAID_OFF.replace("310", "450"), _CLOSING) == []
    # Staff the company keeps, or employs, are not jobs cut.
    kept = _CLOSING.replace("by March", "by March but keep 40 staff at a depot")
    assert _left_out(kept, _CLOSING) == []
    employs = _CLOSING.replace("its bakery", "its bakery, which employs 310 people,")
    assert _left_out(employs, _CLOSING) == []


def test_another_plants_or_another_years_cut_is_not_this_closures_count() -> None:
    """The leaving outlet's count of an earlier cut at another plant does not answer the jobs
    this closure cuts."""
    earlier = _CLOSING + " Halvard Foods cut 120 jobs at its plant in Velsk in 2024."
    assert _left_out(_CUTTING, earlier) == ["Outlet 0 gives 310 jobs"]


_ASKING = (
    "Bus drivers in Orrin walked out on Monday. The drivers' union is asking for a 7% pay rise,"
    " the union said."
)
_DEMANDING = (
    "Bus drivers in Orrin walked out on Monday. The drivers' union is demanding a 7% pay rise,"
    " the union said."
)
_UNSIZED = (
    "Bus drivers in Orrin walked out on Monday. The drivers' union rejected the offer and is"
    " demanding far more, the union said."
)


def test_a_demand_reported_without_the_size_every_other_outlet_gives_is_flagged() -> None:
    assert _left_out_flags(_ASKING, _DEMANDING, _UNSIZED) == [
        (
            "a2",
            "demanding",
            "Reports the demand but not its size: Outlet 0 and Outlet 1 give 7%.",
        )
    ]


def test_a_demand_sized_elsewhere_by_one_of_three_or_disputed_is_not_flagged() -> None:
    # Given later by the leaving outlet, given by one of three, or sized differently.
    later = _UNSIZED + " It wants 7% over two years."
    assert _left_out(_ASKING, _DEMANDING, later) == []
    assert _left_out(_ASKING, _UNSIZED, _UNSIZED.replace("Monday", "Tuesday")) == []
    assert _left_out(_ASKING, _DEMANDING.replace("7%", "12%"), _UNSIZED) == []
    # A rise given, not asked for, is no demand's size.
    given = _ASKING.replace("is asking for a 7% pay rise", "has offered a 7% pay rise")
    assert _left_out(given, given, _UNSIZED) == []


def _count(article: str, start: int, value: float) -> Figure:
    return Figure(article, start, start + 3, value, value, True, "people", "dead", value=value)


def test_a_count_is_left_out_by_one_only_when_the_others_agree_on_it() -> None:
    """Tolls, job cuts and demands share one test: a single outlet gives no count where each
    other outlet gives one, and those counts agree."""
    group = Alignment(
        "g1",
        1.0,
        (
            AlignmentMember("a", "a1", 0, 50),
            AlignmentMember("b", "b1", 0, 50),
            AlignmentMember("c", "c1", 0, 50),
        ),
    )
    everyone = {"a", "b", "c"}
    agreed = {"a": [_count("a", 5, 12.0)], "b": [_count("b", 9, 12.0)]}
    assert _left_out_by_one(group, agreed, everyone) == ("c", agreed)
    disputed = {"a": [_count("a", 5, 12.0)], "b": [_count("b", 9, 40.0)]}
    assert _left_out_by_one(group, disputed, everyone) is None
    one_giver = {"a": [_count("a", 5, 12.0)]}
    assert _left_out_by_one(group, one_giver, everyone) is None
    outside_the_claims = {"a": [_count("a", 5, 12.0)], "b": [_count("b", 60, 12.0)]}
    assert _left_out_by_one(group, outside_the_claims, everyone) is None


_PROTECTING = (
    "The Ministry of Trade said the levy on imported glass would protect about 2,300 jobs at the"
    " country's glassworks."
)
_SAVING = "The levy on imported glass will save 2,300 jobs at the country's glassworks."
_UNCOUNTED = (
    "The Ministry of Trade said the levy on imported glass would protect jobs at the country's"
    " glassworks."
)


def test_jobs_a_measure_protects_without_the_number_the_others_give_are_flagged() -> None:
    assert _left_out_flags(_PROTECTING, _SAVING, _UNCOUNTED) == [
        (
            "a2",
            "jobs",
            "Reports the jobs protected but not how many: Outlet 0 and Outlet 1 give about"
            " 2,300 jobs.",
        )
    ]


def test_people_released_without_the_number_the_others_give_are_flagged_in_digits() -> None:
    """ "Nine of those held" opens its sentence: the note gives the 9 a reader scans for."""
    held = "Police detained 40 residents of the Orrin estate on Saturday, officers said."
    freed = held + " Nine of those detained were released without charge on Sunday, officers said."
    counted = held + " Nine of the residents were released without charge on Sunday, officers said."
    bare = held + " Some of the residents were released without charge on Sunday, officers said."
    flags = [(a, w, e) for a, w, e in _left_out_flags(freed, counted, bare) if w == "released"]
    assert flags == [
        (
            "a2",
            "released",
            "Reports those released but not how many: Outlet 0 and Outlet 1 give 9 of those"
            " detained.",
        )
    ]


def test_people_or_jobs_kept_given_elsewhere_by_one_of_three_or_disputed_are_not_flagged() -> None:
    later = _UNCOUNTED + " Officials said it would save 2,300 of them."
    assert _left_out(_PROTECTING, _SAVING, later) == []
    assert _left_out(_PROTECTING, _UNCOUNTED, _UNCOUNTED.replace("Trade", "Industry")) == []
    assert _left_out(_PROTECTING, _SAVING.replace("2,300", "4,000"), _UNCOUNTED) == []
    # Jobs a plant holds are no jobs a measure protects.
    employs = "The country's glassworks, which employ about 2,300 people, welcomed the levy."
    assert _left_out(employs, employs, "The country's glassworks welcomed the levy.") == []


_SERVING = "One of the freed men, Anton Kessel, had been serving a nine-year sentence for fraud."
_JAILED = "Among the freed men was Anton Kessel, who was jailed for nine years for fraud."
_NAMED = "Among the freed men was a banker, Anton Kessel, who had been held in Dorva."


def _terms_left_out(*texts: str) -> list[tuple[str, str, str]]:
    """(leaving article, named words, note) for each prison term left out."""
    return _in_one_row(left_out_terms, *texts)


def _in_one_row(
    finder: Callable[[list[Article], list[Doc], list[Alignment]], list[LeftOutCount]],
    *texts: str,
) -> list[tuple[str, str, str]]:
    """(leaving article, flagged words, note) for each count ``finder`` reads as left out, with
    each text's first sentence put in one row, as the aligner would."""
    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    docs = nlp.parse_many(list(texts))
    row = Alignment(
        "g1",
        1.0,
        tuple(
            AlignmentMember(a.id, f"{a.id}c1", 0, next(iter(d.sents)).end_char)
            for a, d in zip(articles, docs, strict=True)
        ),
    )
    outlets = {a.id: a.outlet for a in articles}
    return [
        (left.leaving[0], texts[int(left.leaving[0][1:])][s:e], left.note(outlets, len(articles)))
        for left in finder(articles, docs, [row])
        for s, e in left.words.values()
    ]


def test_a_prison_term_every_other_outlet_gives_is_noted_on_the_name_of_the_one_without_it() -> (
    None
):
    assert _terms_left_out(_SERVING, _JAILED, _NAMED) == [
        (
            "a2",
            "Anton Kessel",
            "Outlet 0 and Outlet 1 write 'a nine-year sentence for fraud'",
        )
    ]


@pytest.mark.parametrize(
    ("term", "written"),
    [
        ("Anton Kessel had been serving nine years in prison for his part.", "serving nine years"),
        ("Anton Kessel had been sentenced to nine years for fraud.", "sentenced to nine years"),
        ("Anton Kessel was handed a nine-year prison term for fraud.", "a nine-year prison term"),
    ],
)
def test_a_prison_term_is_read_however_the_outlet_words_it(term: str, written: str) -> None:
    ((leaving, name, note),) = _terms_left_out(term, _NAMED)
    assert (leaving, name) == ("a1", "Anton Kessel")
    assert note.startswith(f"Outlet 0 writes '{written}")


def test_a_term_given_elsewhere_by_one_of_three_disputed_or_no_term_is_not_noted() -> None:
    later = _NAMED + " Kessel had been jailed for nine years for fraud in 2024."
    assert _terms_left_out(_SERVING, later) == []
    # Two of three leave it out: the one that gives it may have it first.
    assert _terms_left_out(_SERVING, _NAMED, _NAMED) == []
    # The others differ: the term is disputed, not left out.
    assert _terms_left_out(_SERVING, _JAILED.replace("nine", "eight"), _NAMED) == []
    # Another person's term is no term of the man the outlet names.
    assert _terms_left_out(_SERVING, _NAMED.replace("Anton Kessel", "Ilse Varga")) == []
    # Years served in an office, or a term only faced, are no prison term.
    for other in (
        "One of the freed men, Anton Kessel, had served nine years as a judge in Dorva.",
        "One of the freed men, Anton Kessel, had faced a nine-year sentence for fraud.",
    ):
        assert _terms_left_out(other, _NAMED) == [], other


def test_the_flag_on_a_term_left_out_names_the_person() -> None:
    """The whole comparison's flag, as :mod:`reader.core.comparison_flags` words it."""
    named = "Among the freed men was a banker, Anton Kessel."
    after = " The two other men flew home to Tarsk on Monday after the exchange at the border."
    flags = _left_out_flags(
        "Anton Kessel, one of the freed men, was handed a nine-year prison term for fraud." + after,
        _SERVING + after,
        named + after,
    )
    assert flags == [
        (
            "a2",
            "Anton Kessel",
            "Names Anton Kessel but not the prison term: Outlet 0 and Outlet 1 write 'a"
            " nine-year prison term for fraud'.",
        )
    ]


_FIVE_TIMES = (
    "A study found that the drought had made such a harvest failure five times more likely."
)
_MORE_LIKELY = "A study claimed that the drought had made such a crop failure more likely."


def test_a_comparison_reported_without_the_multiple_the_others_give_is_noted() -> None:
    assert _in_one_row(left_out_multiples, _FIVE_TIMES, _MORE_LIKELY) == [
        ("a1", "more likely", "Outlet 0 writes 'five times more likely'")
    ]


@pytest.mark.parametrize(
    ("sized", "written"),
    [
        ("the drought had made such a failure about ten times more likely", "about ten times"),
        ("the drought had made such a failure twice as likely", "twice as likely"),
    ],
)
def test_a_multiple_is_read_however_the_outlet_writes_it(sized: str, written: str) -> None:
    ((leaving, words, note),) = _in_one_row(
        left_out_multiples, f"A study found that {sized}.", _MORE_LIKELY
    )
    assert (leaving, words) == ("a1", "more likely")
    assert note.startswith(f"Outlet 0 writes '{written}")


def test_a_multiple_given_elsewhere_disputed_or_of_no_comparison_is_not_noted() -> None:
    later = _MORE_LIKELY + " The study put the failure at five times more likely than before."
    assert _in_one_row(left_out_multiples, _FIVE_TIMES, later) == []
    assert _in_one_row(left_out_multiples, _FIVE_TIMES, _FIVE_TIMES.replace("five", "three")) == []
    # A claim that makes no comparison neither gives the size nor leaves it out.
    caused = "A study found that the harvest failure was caused by the drought."
    assert _in_one_row(left_out_multiples, _FIVE_TIMES, caused) == []
    # "five times" that sizes no comparison is no multiple: a count of occasions.
    occasions = "The river flooded five times this year, and a harvest failure is more likely."
    assert _in_one_row(left_out_multiples, occasions, _MORE_LIKELY) == []


def test_each_giving_outlets_count_is_shown_located_even_with_no_claim_in_the_row() -> None:
    """The count is located in the giving outlet's claim of the row; an outlet that gives it with
    no claim in the row is shown by its count alone: the counterpart once failed on its empty
    list of claims."""
    texts = {
        "a0": "Members voted 58 to 41 to allow the sale.",
        "a1": "Members voted to allow the sale.",
        "a2": "The vote went 58 to 41.",
    }
    group = Alignment(
        "g1",
        1.0,
        (AlignmentMember("a0", "c0", 0, len(texts["a0"])), AlignmentMember("a1", "c1", 0, 32)),
    )
    left = LeftOutCount(group, {"a0": "58 to 41", "a2": "58 to 41"}, ("a1",))
    wire, elsewhere = count_counterparts(left, texts)
    assert (wire.text, wire.answer) == (texts["a0"], "58 to 41")
    assert (elsewhere.article, elsewhere.text, elsewhere.answer) == ("a2", "58 to 41", "58 to 41")


def test_the_note_says_only_when_another_outlet_leaves_the_count_out_too() -> None:
    """ "only wire gives it" beside a third outlet that gives it too would tell the reader a
    falsehood, so "only" waits for an outlet besides the flagged one without the count."""
    group = Alignment("g1", 1.0, (AlignmentMember("a0", "c0", 0, 9),))
    outlets = {"a0": "Wire", "a2": "Post"}
    one = LeftOutCount(group, {"a0": "58 to 41"}, ("a1",), told="write '{}'")
    two = LeftOutCount(group, {"a0": "58 to 41", "a2": "58 to 41"}, ("a1",))
    assert one.note(outlets, 2) == "Wire writes '58 to 41'"
    assert one.note(outlets, 3) == "only Wire writes '58 to 41'"
    assert two.note(outlets, 3) == "Wire and Post give 58 to 41"
    assert two.note(outlets, 4) == "only Wire and Post give 58 to 41"


def test_an_injured_count_of_other_people_is_no_count_of_the_injured_left_out() -> None:
    """Found by the march event: a paper that counts the officers treated and leaves out the
    marchers the others count still leaves the marchers' number out, and a site that counts
    the marchers and leaves out the officers leaves the officers' number out: officers hurt
    are people hurt, a toll of their own."""
    both = "Six officers and nine marchers were treated for minor injuries, the city said."
    marchers = "Nine marchers were treated for minor injuries, the city said."
    officers = "Six officers were treated for injuries, the city said."
    flags = _left_out_flags(both, marchers, officers)
    assert [(article, words) for article, words, _ in flags] == [
        ("a1", "injuries"),
        ("a2", "injuries"),
    ]
    by_article = {article: note for article, _, note in flags}
    assert "six officers" in by_article["a1"] and "nine marchers" not in by_article["a1"]
    assert "nine marchers" in by_article["a2"] and "six officers" not in by_article["a2"]


def test_an_outlet_counting_other_people_hurt_is_told_which_people_it_leaves_out() -> None:
    """Found by the eviction event: "Nine marchers were treated" gives a number, so "Reports
    the injuries but not how many" was wrong of it; what it leaves out is how many officers."""
    both = "Six officers and nine marchers were treated for minor injuries, the city said."
    marchers = "Nine marchers were treated for minor injuries, the city said."
    officers = "Six officers were treated for injuries, the city said."
    notes = {a: note for a, _, note in _left_out_flags(both, marchers, officers)}
    assert notes["a1"].startswith("Reports the injuries but not how many officers: ")
    assert notes["a2"].startswith("Reports the injuries but not how many marchers: ")
    # An outlet that counts no one hurt still leaves out plainly "how many".
    hurt = "Marchers and officers were hurt, the city said."
    uncounted = [n for a, _, n in _left_out_flags(both, both, hurt) if a == "a2"]
    assert uncounted
    assert all(n.startswith("Reports the injuries but not how many: ") for n in uncounted)


def test_soldiers_killed_are_a_toll_an_outlet_counting_only_civilians_leaves_out() -> None:
    both = "Two soldiers and three civilians were killed in the attack, the army said."
    army = "Two soldiers and three civilians died in the attack near the border post."
    civilians = "Three civilians were killed in the attack, the army said."
    flags = _left_out_flags(both, army, civilians)
    assert [(article, words) for article, words, _ in flags] == [("a2", "killed")]
    assert "two soldiers" in flags[0][2].lower()


def test_officers_deployed_are_no_toll_an_outlet_leaves_out() -> None:
    """The look-alike: officers deployed count no happening, so an outlet that does not give
    their number leaves out no toll."""
    counted = "Police deployed 600 officers along the route, and nine marchers were hurt."
    uncounted = "Police deployed officers along the route, and nine marchers were hurt."
    assert _left_out_flags(counted, counted.replace("route", "whole route"), uncounted) == []


def _changes_left_out(*texts: str) -> list[tuple[str, str, str]]:
    """(leaving article, flagged figure, note) for each figure given without its change."""

    def finder(
        articles: list[Article], docs: list[Doc], groups: list[Alignment]
    ) -> list[LeftOutCount]:
        figures = {a.id: read_figures(a.id, d) for a, d in zip(articles, docs, strict=True)}
        return left_out_changes(articles, docs, groups, figures)

    return _in_one_row(finder, *texts)


_FELL = "The Green Union is on 22 percent in the latest survey, down four points from May."
_ROSE = "The Green Union stands at 22 percent in the survey, up from 18 percent in May."


def test_a_figure_the_others_give_with_its_fall_is_noted_on_the_bare_one() -> None:
    assert _changes_left_out(_FELL, "The Green Union has 22 percent, the survey found.") == [
        ("a1", "22 percent", "Outlet 0 adds 'down four points from May'")
    ]
    assert _changes_left_out(_ROSE, "The Green Union has 22 percent, the survey found.") == [
        ("a1", "22 percent", "Outlet 0 adds 'up from 18 percent in May'")
    ]


@pytest.mark.parametrize(
    "other",
    [
        "The Green Union has slumped to 22 percent, the survey found.",
        "The Green Union fell to 22 percent in the survey.",
        "The Green Union is on 25 percent, the survey found.",
        "The Green Union has gained support, the survey found.",
    ],
)
def test_a_figure_told_with_a_change_or_another_figure_is_no_change_left_out(other: str) -> None:
    """An outlet that tells the figure changed in words of its own, gives another figure, or
    gives none leaves no change out; nor does one when a third outlet also gives the figure
    without a change."""
    assert _changes_left_out(_FELL, other) == []
    bare = "The Green Union has 22 percent, the survey found."
    assert _changes_left_out(_FELL, bare, "The Green Union is on 22 percent in a survey.") == []


def test_a_sum_given_without_its_year_before_is_no_change_left_out() -> None:
    """Only a share's change is read: a sum's year before is often a detail of its own."""
    profit = "Its profit was 90 million euros, down from 120 million euros a year earlier."
    assert _changes_left_out(profit, "Its profit was 90 million euros.") == []


def test_only_the_words_a_multiple_turns_on_are_looked_at() -> None:
    """ "times", "twice" and a "-fold" word, in any case, are the only words a multiple is read
    from; the rest of the article is ruled out by its distinct words."""
    doc = nlp.parse("Times were hard: prices rose five times, then twice more, a Tenfold rise.")
    assert [doc[i].text for i in _multiple_words(doc)] == ["Times", "times", "twice", "Tenfold"]
    assert _multiple_words(nlp.parse("")) == []


_GATHERED = (
    "The residents' association said it had gathered 3,400 signatures on a petition against the"
    " new runway."
)
_COLLECTED = _GATHERED.replace("gathered", "collected")
_UNNUMBERED = (
    "The residents' association pointed to signatures on a petition against the new runway."
)


def test_things_gathered_named_without_the_number_the_others_give_are_flagged() -> None:
    """The signatures are the size of the backing: an outlet that names them without it makes
    the petition read as nothing to weigh."""
    assert _left_out_flags(_GATHERED, _COLLECTED, _UNNUMBERED) == [
        (
            "a2",
            "signatures",
            "Mentions the signatures but not how many were gathered: Outlet 0 and Outlet 1"
            " give 3,400 signatures.",
        )
    ]


@pytest.mark.parametrize(
    "third",
    [
        _UNNUMBERED + " The association later put the signatures at 3,400.",
        _UNNUMBERED.replace("to signatures", 'to "signatures"'),
        _UNNUMBERED.replace("signatures on a petition", "a petition"),
    ],
)
def test_things_gathered_counted_elsewhere_quoted_or_unnamed_are_not_flagged(third: str) -> None:
    assert _left_out_flags(_GATHERED, _COLLECTED, third) == []


def test_things_gathered_given_by_one_of_three_disputed_or_not_brought_are_not_flagged() -> None:
    assert _left_out_flags(_GATHERED, _UNNUMBERED, _UNNUMBERED.replace("runway", "airport")) == []
    assert _left_out_flags(_GATHERED, _COLLECTED.replace("3,400", "5,000"), _UNNUMBERED) == []
    printed = "The residents' association printed 3,400 leaflets against the new runway."
    bare = "The residents' association printed leaflets against the new runway."
    assert _left_out_flags(printed, printed, bare) == []


_SENT = "Neighbouring Corvia sent 60 firefighters to the blaze."
_FIGHTING = "Firefighters were still fighting the fire near Talven on Sunday."


def _brought_left_out(third: str) -> list[tuple[str, str, str]]:
    """(leaving article, flagged words, note) where two outlets write :data:`_SENT` in one row
    and :data:`_FIGHTING` in another, which the last sentence of ``third``, the third outlet's
    article, joins."""
    texts = [f"{_SENT} {_FIGHTING}", f"{_SENT} {_FIGHTING}", third]
    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    docs = nlp.parse_many(texts)
    sent = Alignment(
        "g1", 1.0, tuple(AlignmentMember(f"a{i}", f"a{i}c1", 0, len(_SENT)) for i in (0, 1))
    )
    at = len(_SENT) + 1
    fighting = [AlignmentMember(f"a{i}", f"a{i}c2", at, len(texts[i])) for i in (0, 1)]
    last = list(docs[2].sents)[-1]
    fighting.append(AlignmentMember("a2", "a2c1", last.start_char, last.end_char))
    groups = [sent, Alignment("g2", 1.0, tuple(fighting))]
    figures = {a.id: read_figures(a.id, d) for a, d in zip(articles, docs, strict=True)}
    outlets = {a.id: a.outlet for a in articles}
    return [
        (left.leaving[0], texts[2][s:e], left.note(outlets, len(articles)))
        for left in left_out_counts(articles, docs, groups, figures)
        for s, e in left.words.values()
    ]


def test_people_sent_an_outlet_leaves_out_are_flagged_where_it_names_them_in_another_row() -> None:
    """An outlet with no claim in the row of the people sent, that names them elsewhere with
    no number, leaves out how many came: the flag marks that claim, as its noun is no word
    the number would stand on."""
    assert _brought_left_out(_FIGHTING) == [
        ("a2", _FIGHTING, "Outlet 0 and Outlet 1 give 60 firefighters")
    ]


@pytest.mark.parametrize(
    "third",
    [
        f"Corvia's 60 firefighters arrived on Saturday. {_FIGHTING}",
        _FIGHTING.replace("Firefighters", "Crews"),
        f'"{_FIGHTING[:-1]}," the mayor said.',
    ],
)
def test_people_sent_counted_elsewhere_unnamed_or_only_quoted_are_not_flagged(third: str) -> None:
    assert _brought_left_out(third) == []


def test_prison_terms_are_looked_for_only_at_the_word_year() -> None:
    # The terms start from a "year": the other words are ruled out in the parse's lemma column,
    # so the tokens made do not grow with them (walking the article made one per word).
    talks = "Talks on the exchange went on for months in the capital, officials said on Monday. "
    built = []
    for text in (_JAILED, talks * 6 + _JAILED):
        doc, counting = token_counting_parse(text)
        terms = [(years, doc.text[lo:hi]) for _, years, (lo, hi) in _terms_in(counting)]
        built.append(TokenCountingDoc.built)
        assert terms == [(9.0, "jailed for nine years for fraud")]
        assert [t.surname for t in _prison_terms(doc)] == ["Kessel"]
    assert built[1] == built[0]
