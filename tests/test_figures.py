"""Reading figures and matching them across outlets (:mod:`reader.core.figures`): which numbers
count the same thing, when two agree, and which outlet's figure is the one set apart."""

from __future__ import annotations

import itertools
import sys
from types import FrameType

import pytest

from reader.core import nlp
from reader.core.claims import extract_claims
from reader.core.figures import Figure, different_figures, read_figures
from reader.core.model import Article


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


def test_figures_with_no_state_count_the_same_thing_only_under_the_same_verb_and_adjectives() -> (
    None
):
    four = _one("Four states have legalized recreational cannabis.")
    many = _one("Twenty states have legalized recreational cannabis.")
    other = _one("Twenty states have passed medical cannabis laws.")
    assert four.key == many.key == other.key
    assert four.frame == many.frame
    assert four.frame != other.frame


def _figure_flags(*texts: str) -> list[str]:
    from reader.core.compare import compare
    from reader.core.model import Article

    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    return [f.text for f in compare(articles).flags if f.category == "figure"]


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
    assert words.agrees(_one("The damage was put at $140 million."))


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


def test_a_sentence_with_no_figure_is_read_a_word_at_a_time() -> None:
    # Every token is asked whether a figure starts there; a word that can open no quantity word,
    # hedge or number settles it with one look, without the phrases after it being read.
    doc = nlp.parse("The storm reached the coast on Tuesday night, and residents stayed calm.")
    asked: list[int | slice] = []

    class Reads:
        def __getitem__(self, key: int | slice) -> object:
            asked.append(key)
            return doc[key]

        def __getattr__(self, name: str) -> object:
            return getattr(doc, name)

    assert read_figures("a", Reads()) == []  # type: ignore[arg-type]
    assert asked == list(range(len(doc)))


def test_a_figure_shows_the_whole_sentence_its_claims_come_from() -> None:
    texts = (
        "Floods killed 12 people in the valley, and rescuers searched the river at night.",
        "Floods killed 40 people in the valley, officials said on Tuesday.",
    )
    articles = [Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)]
    docs = [nlp.parse(t) for t in texts]
    claims = {a.id: extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    read = {a.id: read_figures(a.id, d) for a, d in zip(articles, docs, strict=True)}
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
    articles = [Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)]
    docs = [nlp.parse(t) for t in texts]
    claims = {a.id: extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    read = {a.id: read_figures(a.id, d) for a, d in zip(articles, docs, strict=True)}
    quoted = {"a1": [(0, texts[1].index(",") + 2)]}
    assert different_figures(read, claims, [], {}) != []
    assert different_figures(read, claims, [], quoted) == []


def _left_out(*texts: str) -> list[str]:
    """The notes on vote counts some of ``texts`` give and others leave out."""
    from reader.core.compare import compare
    from reader.core.figures import left_out_counts

    articles = [Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)]
    comp = compare(articles)
    docs = nlp.parse_many([a.text for a in comp.articles])
    outlets = {a.id: a.outlet for a in comp.articles}
    figures = {a.id: read_figures(a.id, d) for a, d in zip(comp.articles, docs, strict=True)}
    found = left_out_counts(comp.articles, docs, comp.alignments, figures)
    return [c.note(outlets) for c in found]


def test_a_vote_count_one_outlet_leaves_out_is_noted_and_a_disputed_one_is_not() -> None:
    counted = "The House voted 212-210 on Friday to pass the budget bill after a long debate."
    bare = "The House voted on Friday to pass the budget bill after a long debate."
    assert _left_out(counted, bare) == ["Only Outlet 0 gives the vote count, 212-210."]
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
    assert _left_out(told[1], bare) == ["Only Outlet 0 gives the vote count, 31 votes to 26."]
    assert _left_out(
        "The House voted by 212 to 210 on Friday to pass the budget bill.",
        "The House voted on Friday to pass the budget bill.",
    ) == ["Only Outlet 0 gives the vote count, 212 to 210."]


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
    assert _left_out(_elected(words), _elected("in a vote")) == [
        f"Only Outlet 0 gives the vote count, {count}."
    ]


@pytest.mark.parametrize(
    "ahead",
    [
        "The House is set to vote on Friday to pass the budget bill after a long debate.",
        "The House will vote on Friday to pass the budget bill after a long debate.",
        "The House is expected to vote on Friday to pass the budget bill after a long debate.",
        "The House will hold a vote on Friday to pass the budget bill after a long debate.",
    ],
)
def test_a_vote_still_to_come_leaves_out_no_count(ahead: str) -> None:
    """An outlet that says the vote is coming has no count to give yet; one that reports the
    vote held without its count still leaves it out."""
    counted = "The House voted 212-210 on Friday to pass the budget bill after a long debate."
    bare = "The House voted on Friday to pass the budget bill after a long debate."
    assert _left_out(counted, ahead) == []
    assert _left_out(counted, ahead, bare) == ["Only Outlet 0 gives the vote count, 212-210."]


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
    ],
)
def test_a_vote_word_reports_a_vote_held_not_one_to_come(text: str, word: str | None) -> None:
    from reader.core.figures import vote_word

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
    assert _left_out(counted, bare) == ["Only Outlet 0 gives the vote count, 212-210."]


def _left_out_flags(*texts: str) -> list[tuple[str, str, str]]:
    """(article, flagged words, explanation) of every count-left-out flag on ``texts``."""
    from reader.core.compare import compare

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
            "Reports the deaths without their number: only Outlet 0 and Outlet 1 give the"
            " number of dead, 12 people.",
        )
    ]
    assert _left_out(_KILLED, _DEATHS) == ["Only Outlet 0 gives the number of dead, 12 people."]


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


def test_a_vague_word_for_an_agreed_toll_is_quoted_in_the_flag() -> None:
    several = "Several people died in the floods in the Sarn valley on Monday, officials said."
    # "Many" here sizes who spoke: the flag says only that no number is given.
    spoke = "Many residents said people died in the floods in the Sarn valley on Monday."
    ((_, word, note),) = _left_out_flags(_KILLED, _DIED, spoke)
    assert (word, note.split(":")[0]) == ("died", "Reports the deaths without their number")
    assert _left_out_flags(_KILLED, _DIED, several) == [
        (
            "a2",
            "died",
            "Says 'several people died' where Outlet 0 and Outlet 1 give the number of dead,"
            " 12 people.",
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
            "Only Outlet 0 and Outlet 1 give the number arrested, 40 protesters.",
        ),
        (
            (
                "The storm forced about 4,000 residents to evacuate their homes on Sunday.",
                "About 4,000 people were evacuated from their homes on Sunday as the storm hit.",
                "Residents were evacuated from their homes on Sunday as the storm hit.",
            ),
            "Only Outlet 0 and Outlet 1 give the number who left their homes, about 4,000"
            " residents.",
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
            "Reports the plan without its sum: only Outlet 0 gives the sum, 48 million euro.",
        )
    ]
    worth = "The government announced a plan worth €48m to repair the square on Friday."
    assert _left_out(_PLAN, worth, _BARE_PLAN) == [
        "Only Outlet 0 and Outlet 1 give the sum, 48 million euro."
    ]


def test_a_sum_given_elsewhere_or_in_another_currency_or_amount_is_not_flagged() -> None:
    assert _left_out(_PLAN, _BARE_PLAN + " It will cost 48 million euros.") == []
    assert _left_out(_PLAN, _PLAN.replace("48", "60"), _BARE_PLAN) == []
    assert _left_out(_PLAN, _PLAN.replace("euro", "dollar"), _BARE_PLAN) == []


def test_a_comparison_reads_each_articles_figures_once() -> None:
    """Different figures, tolls and sums all weigh the same figures: read three times over, a
    long article's numbers were parsed out three times in every comparison."""
    from reader.core.compare import compare

    texts = (_KILLED, _DIED, _DEATHS, _PLAN)
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
