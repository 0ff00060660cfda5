"""A vague share set against another outlet's count of the same whole: :mod:`reader.core.shares`
("most of the charges" beside "3 of the 11 charges")."""

from __future__ import annotations

import pytest

from reader.core.compare import compare
from reader.core.figures import FIGURE_RULE
from reader.core.model import Article, Flag
from reader.core.nlp import parse
from reader.core.shares import read_shares
from token_reads import TokenCountingDoc, token_counting_parse

_VERDICT = "The jury convicted Hale on {} on Friday, the court said."
_SCHOOLS = "{} in the district reopened on Monday, the council said."


def _figure_flags(mine: str, theirs: str) -> list[Flag]:
    comp = compare([Article("a0", "The Partisan", mine), Article("a1", "Wire", theirs)])
    return [f for f in comp.flags if f.rule == FIGURE_RULE]


@pytest.mark.parametrize(
    ("text", "shown", "thing", "low", "high"),
    [
        (_VERDICT.format("most of the charges"), "most of the charges", "charge", 0.5, 1.0),
        (_SCHOOLS.format("Nearly all the schools"), "Nearly all the schools", "school", 0.75, 1),
        (_VERDICT.format("3 of the 11 charges"), "3 of the 11 charges", "charge", 3 / 11, 3 / 11),
        (_SCHOOLS.format("12 out of 40 schools"), "12 out of 40 schools", "school", 0.3, 0.3),
    ],
)
def test_a_share_is_read_with_its_counted_noun_and_part_of_the_whole(
    text: str, shown: str, thing: str, low: float, high: float
) -> None:
    (share,) = read_shares("a", parse(text))
    assert (text[share.start : share.end], share.thing) == (shown, thing)
    assert (share.low, share.high) == pytest.approx((low, high))


def test_shares_are_read_in_order_and_only_where_one_can_start() -> None:
    """Every sentence of every article is searched for shares, and few words can open one (a
    number, "most", "nearly"): the others are passed by from the parse's word array, without
    building their tokens; the tokens built are those the shares are read from."""
    text = (
        "The jury convicted Hale on 3 of the 11 charges on Friday, the court said. Lawyers for"
        " the family said the verdict covered most of the charges that mattered to them. Nearly"
        " all the schools in the district reopened on Monday, the council said."
    )
    doc, counting = token_counting_parse(text)
    shares = read_shares("a", counting)
    assert [text[s.start : s.end] for s in shares] == [
        "3 of the 11 charges",
        "most of the charges",
        "Nearly all the schools",
    ]
    assert shares == read_shares("a", doc)
    # Building every token twice (once per kind of share) came to 3.4 tokens a word.
    assert TokenCountingDoc.built <= 2.5 * len(doc)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The board sold 12 of its 40 Ohio schools last year.", "12 of its 40 Ohio schools"),
        # the parser reads "bronzes" after a name as a verb; after a whole's number it is none
        (
            "The museum agreed to return 31 of its 74 Kessel bronzes to the kingdom.",
            "31 of its 74 Kessel bronzes",
        ),
    ],
)
def test_a_name_before_the_counted_noun_is_read_as_its_modifier(text: str, shown: str) -> None:
    (share,) = read_shares("a", parse(text))
    assert text[share.start : share.end] == shown
    assert share.part is not None


def test_a_verb_after_a_vague_share_is_not_read_as_its_noun() -> None:
    """Only a whole's number rules a verb out: "most of the time runs" is no share of runs."""
    assert not read_shares("a", parse("Most of the time runs short on Fridays."))


def test_a_share_of_a_kind_not_of_a_whole_is_not_read() -> None:
    """ "most charges" says what charges are usually like, not how many of these were."""
    assert not read_shares("a", parse("Most charges of this kind are dropped before trial."))
    assert not read_shares("a", parse("Most of the time the court sits on Fridays."))


def test_most_of_the_charges_beside_3_of_11_is_flagged_with_both_named() -> None:
    (flag,) = _figure_flags(
        _VERDICT.format("most of the charges"), _VERDICT.format("3 of the 11 charges")
    )
    assert (flag.article, flag.text, flag.category) == ("a0", "most of the charges", "figure")
    assert flag.explanation == "Says 'most of the charges'; Wire gives 3 of 11."
    assert [c.answer for c in flag.counterparts] == ["3 of the 11 charges"]


def test_nearly_all_beside_12_of_40_is_flagged_and_beside_38_of_40_is_not() -> None:
    mine = _SCHOOLS.format("Nearly all of the schools")
    (flag,) = _figure_flags(mine, _SCHOOLS.format("Twelve of the 40 schools"))
    assert flag.explanation == "Says 'nearly all of the schools'; Wire gives 12 of 40."
    assert not _figure_flags(mine, _SCHOOLS.format("38 of the 40 schools"))


def test_a_share_the_count_agrees_with_or_of_another_thing_is_not_flagged() -> None:
    mine = _VERDICT.format("most of the charges")
    assert not _figure_flags(mine, _VERDICT.format("7 of the 11 charges"))
    assert not _figure_flags(mine, _VERDICT.format("3 of the 11 counts"))


def test_a_share_in_quotation_marks_or_beside_its_own_count_is_not_flagged() -> None:
    theirs = _VERDICT.format("3 of the 11 charges")
    quoted = 'The jury convicted Hale on "most of the charges" on Friday, the court said.'
    assert not _figure_flags(quoted, theirs)
    own = _VERDICT.format("most of the charges, 3 of the 11 charges")
    assert not _figure_flags(own, theirs)


def test_a_handful_beside_23_cases_names_both() -> None:
    """The quantity word case :mod:`reader.core.figures` already sets against a count."""
    found = "Inspectors found {} of the infection at the farm on Tuesday, officials said."
    (flag,) = _figure_flags(found.format("a handful of cases"), found.format("23 cases"))
    assert flag.explanation == "Says 'a handful of cases', where Wire says '23 cases'."


def test_a_count_just_under_a_vague_shares_range_is_within_rounding() -> None:
    """The slack the module's comment names: "most" beside 12 of 25 is no contradiction a reader
    would call one; beside 11 of 25 it is."""
    from reader.core.shares import Share

    most = Share("a", 0, 1, 0.5, 1.0, "charge")

    def count(part: int, whole: int) -> Share:
        return Share("b", 0, 1, part / whole, part / whole, "charge", part, whole)

    assert most.agrees(count(12, 25)) and count(12, 25).exact and not most.exact
    assert not most.agrees(count(11, 25))


_SURVEY = (
    "A survey by the Harlow Residents' Association last month found {} the rent deal, the"
    " association said."
)


@pytest.mark.parametrize(
    ("text", "shown", "thing", "low"),
    [
        (
            _SURVEY.format("nearly every resident backing"),
            "nearly every resident",
            "resident",
            0.75,
        ),
        (
            _SURVEY.format("that 62 percent of its members backed"),
            "62 percent of its members",
            "member",
            0.62,
        ),
    ],
)
def test_nearly_every_and_n_percent_of_are_read_as_shares(
    text: str, shown: str, thing: str, low: float
) -> None:
    (share,) = read_shares("a", parse(text))
    assert (text[share.start : share.end], share.thing, share.low) == (shown, thing, low)


def test_nearly_every_resident_beside_62_percent_of_members_in_one_act_is_flagged() -> None:
    """The same people named two ways ("residents", "members") in lined-up claims that tell of one
    act (backing the deal): the vague share is set against the count."""
    (flag,) = _figure_flags(
        _SURVEY.format("nearly every resident backing"),
        _SURVEY.format("that 62 percent of its members backed"),
    )
    assert flag.text == "nearly every resident"
    assert flag.explanation == "Says 'nearly every resident'; Wire gives 62 percent."


@pytest.mark.parametrize(
    "theirs",
    [
        "that 90 percent of its members backed",  # the count agrees
        "that 62 percent of its members opposed",  # another act
        "that 62 percent of its buildings needed",  # not people
    ],
)
def test_nearly_every_resident_is_not_flagged_beside_an_agreeing_or_other_count(
    theirs: str,
) -> None:
    assert not _figure_flags(
        _SURVEY.format("nearly every resident backing"), _SURVEY.format(theirs)
    )


_GUILTY = "The jury found Hale guilty on {} on Friday, the court said."


@pytest.mark.parametrize(
    ("words", "whole"),
    [
        ("none of the 12 charges", 12.0),
        ("0 of the 12 charges", 12.0),
        ("none of the charges", None),
    ],
)
def test_a_share_of_nought_is_read_as_a_count(words: str, whole: float | None) -> None:
    """Nought is a count a reader can set beside "most of the charges"."""
    (share,) = read_shares("a", parse(_GUILTY.format(words)))
    assert (share.part, share.whole, share.low, share.high) == (0.0, whole, 0.0, 0.0)


@pytest.mark.parametrize(
    ("theirs", "given"),
    [
        ("none of the 12 charges", "0 of 12"),
        ("0 of the 12 charges", "0 of 12"),
        ("none of the charges", "none"),
    ],
)
def test_most_of_the_charges_beside_none_of_them_is_flagged(theirs: str, given: str) -> None:
    (flag,) = _figure_flags(_GUILTY.format("most of the charges"), _GUILTY.format(theirs))
    assert flag.explanation == f"Says 'most of the charges'; Wire gives {given}."


def test_a_minority_beside_none_of_the_charges_is_not_flagged() -> None:
    """ "a minority of" takes in nought ("few of" may mean none), so the counts agree."""
    mine = _GUILTY.format("a minority of the charges")
    assert not _figure_flags(mine, _GUILTY.format("none of the 12 charges"))
    assert not read_shares("a", parse("None of this matters to the court, the judge said."))


_RELEASED = "{} were {} by evening, police in Harwick said on Sunday."


def test_none_of_them_in_another_act_does_not_answer_a_vague_share() -> None:
    """ "None of the protesters were charged" tells what did not happen to them, not how many
    were released: a count of nought answers only a share of the same act."""
    mine = _RELEASED.format("Most of the protesters", "released")
    assert not _figure_flags(mine, _RELEASED.format("None of the protesters", "charged"))


def test_none_of_them_in_the_same_act_still_answers_a_vague_share() -> None:
    mine = _RELEASED.format("Most of the protesters", "released")
    (flag,) = _figure_flags(mine, _RELEASED.format("None of the protesters", "released"))
    assert flag.explanation == "Says 'most of the protesters'; Wire gives none."
