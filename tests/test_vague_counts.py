"""A vague count one outlet writes where another gives the number
(:mod:`reader.core.vague_counts`): what each wrote, called different only when the number lies
outside what the word means, and what is no such pair: a number for another act, a count the
outlet gives itself, a speaker's words, a word that withholds any size."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.model import Article, Flag
from reader.core.vague_counts import VAGUE_COUNT_RULE

_SALE = (
    "The Hallam city council voted on Monday to sell {} to a private developer, the council"
    " said. The sale is expected to close in June."
)


def _vague(mine: str, theirs: str) -> list[Flag]:
    comp = compare([Article("a0", "The Partisan", mine), Article("a1", "Wire", theirs)])
    return [f for f in comp.flags if f.rule == VAGUE_COUNT_RULE]


def test_a_vague_count_the_number_fits_says_what_each_wrote() -> None:
    (flag,) = _vague(_SALE.format("dozens of buildings"), _SALE.format("31 properties"))
    assert (flag.article, flag.text) == ("a0", "dozens of buildings")
    assert flag.explanation == "Says 'dozens of buildings' without the number; Wire gives 31."
    assert [c.answer for c in flag.counterparts] == ["31 properties"]


def test_a_vague_count_the_number_does_not_fit_is_called_different() -> None:
    (flag,) = _vague(_SALE.format("hundreds of historic buildings"), _SALE.format("117 properties"))
    assert flag.explanation == ("Says 'hundreds'; Wire gives 117, fewer than 'hundreds' means.")
    (few,) = _vague(_SALE.format("a handful of buildings"), _SALE.format("40 properties"))
    assert few.explanation.endswith("Wire gives 40, more than 'a handful' means.")
    assert (
        flag.confidence
        > next(
            iter(_vague(_SALE.format("dozens of buildings"), _SALE.format("31 properties")))
        ).confidence
    )


@pytest.mark.parametrize(
    ("mine", "theirs", "ending"),
    [
        ("a couple of hundred buildings", "40 properties", "than 'a couple of hundred' means."),
        ("several dozen buildings", "400 properties", "more than 'several dozen' means."),
        ("a few thousand buildings", "400 properties", "fewer than 'a few thousand' means."),
    ],
)
def test_a_number_outside_the_word_is_set_against_the_whole_quantity_word(
    mine: str, theirs: str, ending: str
) -> None:
    """The word the number falls outside is all of the quantity words, and nothing else: "a
    couple of hundred", not "a couple"; "several dozen", not "several dozen buildings"."""
    (flag,) = _vague(_SALE.format(mine), _SALE.format(theirs))
    assert flag.explanation.endswith(ending)


def test_an_estimate_the_other_outlet_gives_is_named_as_one() -> None:
    """ "About 31" is no more exact than the wire wrote it: the flag does not make it 31."""
    (flag,) = _vague(_SALE.format("dozens of buildings"), _SALE.format("about 31 properties"))
    assert flag.explanation == "Says 'dozens of buildings' without the number; Wire gives about 31."


def test_a_shares_part_is_the_number_given_not_its_whole() -> None:
    (flag,) = _vague(
        _SALE.format("dozens of historic buildings"), _SALE.format("31 of its 74 Hallam properties")
    )
    assert "Wire gives 31." in flag.explanation
    assert [c.answer for c in flag.counterparts] == ["31 of its 74 Hallam properties"]


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        # the same words, another act: the number is not the count of what was sold
        (
            _SALE.format("dozens of historic buildings"),
            _SALE.format("its buildings").replace("The sale", "The 31 tenants"),
        ),
        # the outlet gives the number beside its own vague word
        (_SALE.format("dozens of buildings, 31 in all,"), _SALE.format("31 properties")),
        # a word that withholds a size is another rule's business
        (_SALE.format("a number of buildings"), _SALE.format("31 properties")),
        # a known thing is set only against the same thing
        (_SALE.format("dozens of homes"), _SALE.format("31 shops")),
    ],
)
def test_no_vague_count_flag_where_the_number_is_not_the_same_count(mine: str, theirs: str) -> None:
    assert not _vague(mine, theirs)


def test_a_vague_count_in_quotation_marks_is_the_speakers() -> None:
    mine = (
        'The Hallam city council voted on Monday to sell "dozens of historic buildings" to a'
        " private developer, the council said. The sale is expected to close in June."
    )
    assert not _vague(mine, _SALE.format("31 properties"))


def test_a_crowd_the_number_fits_is_noted_and_a_few_is_not() -> None:
    """ "Thousands marched" beside "About 5,000 people marched" agrees, so no figure differs,
    but the number withheld is shown; "a few" is written of anything and is not."""
    march = "{} through the capital on Saturday against the new tax, police said."
    (flag,) = _vague(march.format("Thousands marched"), march.format("About 5,000 people marched"))
    assert flag.explanation == "Says 'thousands' without the number; Wire gives about 5,000."
    deaths = "The health agency said {} deaths were being investigated after the heat."
    assert not _vague(deaths.format("a few"), deaths.format("three"))


def test_a_couple_of_hundred_beside_about_200_gives_the_number_in_words() -> None:
    """ "A couple of hundred" says about 200 in words: beside "about 200" nothing is withheld,
    while beside 40 it still differs, and "hundreds" beside 200 still withholds the number."""
    crowd = "Outside the town hall, {} protested against the new car ban, police said."
    assert not _vague(crowd.format("a couple of hundred people"), crowd.format("about 200 people"))
    assert not _vague(crowd.format("a couple of thousand people"), crowd.format("2,500 people"))
    (apart,) = _vague(_SALE.format("a couple of hundred buildings"), _SALE.format("40 properties"))
    assert apart.explanation.endswith("fewer than 'a couple of hundred' means.")
    (hundreds,) = _vague(crowd.format("hundreds of people"), crowd.format("about 200 people"))
    assert (
        hundreds.explanation
        == "Says 'hundreds of people' without the number; Wire gives about 200."
    )


def test_a_differing_figure_flag_over_any_of_the_words_takes_the_place_of_the_vague_one() -> None:
    """A figure flag on "dozens" alone covers "dozens of buildings" as much as one on all of
    it: the number is shown there already. One beside the words, or of another rule, does not."""
    from reader.core.comparison_flags import _figure_flag_over
    from reader.core.figures import FIGURE_RULE, Figure
    from reader.core.flag_spans import FlagSpan

    fig = Figure("a0", 10, 29, 24, 150, False, "building", None)

    def flag(start: int, end: int, rule: str = FIGURE_RULE, article: str = "a0") -> FlagSpan:
        return FlagSpan(article, start, end, "figure", rule, 0.55, "", None)

    assert _figure_flag_over(fig, [flag(10, 16)])
    assert _figure_flag_over(fig, [flag(20, 40)])
    assert not _figure_flag_over(fig, [flag(29, 40), flag(0, 10)])
    assert not _figure_flag_over(fig, [flag(10, 29, rule=VAGUE_COUNT_RULE)])
    assert not _figure_flag_over(fig, [flag(10, 29, article="a1")])


def test_a_couple_of_hundred_beside_1500_is_a_different_figure_not_hundreds() -> None:
    """ "A couple of hundred" is about 200 (quantities reads it so), no longer "hundreds": beside
    1,500 it is a different figure, where "hundreds" takes 1,500 in and only withholds it."""
    from reader.core.compare import compare
    from reader.core.model import Article

    crowd = "Outside the town hall, {} protested against the new car ban, police said."

    def rules(mine: str) -> list[str]:
        wire = Article("a1", "Wire", crowd.format("1,500 people"))
        comp = compare([Article("a0", "The Partisan", crowd.format(mine)), wire])
        return [f.rule for f in comp.flags if f.article == "a0"]

    assert rules("a couple of hundred people") == ["rule:different-figure"]
    assert rules("hundreds of people") == ["rule:vague-count"]
