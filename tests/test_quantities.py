"""Reading counts (:mod:`reader.core.quantities`): the numbers written, the range a quantity word
stands for and the kind of happening counted, which the figure flag and the aligner share."""

from __future__ import annotations

import itertools

import pytest

from reader.core import nlp
from reader.core.quantities import (
    ROUGH,
    ROUGH_BY_NAME,
    counts_happenings,
    kinds_in,
    number_at,
    number_starts,
    rough_at,
    verb_above,
)


def _number(text: str) -> tuple[float, str]:
    """The first number in ``text`` and the words it was read from."""
    doc = nlp.parse(text)
    for tok in doc:
        read = number_at(doc, tok.i, len(doc))
        if read is not None:
            return read.value, doc[tok.i : read.end].text
    raise AssertionError(f"no number in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("About 4,000 residents fled.", 4000, "4,000"),
        ("About 4 000 residents fled.", 4000, "4 000"),
        ("Some 1\u202f250\u202f000 people fled.", 1_250_000, "1\u202f250\u202f000"),
        ("It will cost $1.2bn.", 1.2e9, "1.2bn"),
        ("It will cost $1.2 billion.", 1.2e9, "1.2 billion"),
        ("Damage reached $300m.", 3e8, "300m."),
        ("It is a $48-million scheme.", 48e6, "48-million"),
        ("Floods killed 12 people.", 12, "12"),
        ("Floods killed twelve people.", 12, "twelve"),
        ("Forty countries will attend.", 40, "Forty"),
        ("Floods killed a dozen people.", 12, "a dozen"),
        ("Two dozen homes burned.", 24, "Two dozen"),
        ("Two hundred people marched.", 200, "Two hundred"),
        ("A hundred thousand people marched.", 100_000, "A hundred thousand"),
        ("A million homes lost power.", 1e6, "A million"),
    ],
)
def test_a_number_is_read_however_it_is_written(text: str, value: float, words: str) -> None:
    assert _number(text) == (pytest.approx(value), words)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It cost $5m.", 5e6),
        ("The floods left 5m people homeless.", 5e6),
        ("They signed a £100m deal.", 1e8),
        ("They will build a £300m tower.", 3e8),
        ("She won a 100 m sprint.", 100),
        ("He ran the 400m hurdles.", 400),
        ("They built a 5 m wall.", 5),
        ("The tower is 300m high.", 300),
        ("She won the 200m freestyle.", 200),
        # A distance word that opens a compound ("long-term", "high-speed") measures nothing.
        ("The club agreed a 30m long-term deal.", 3e7),
        ("The state paid for a 40m high-speed line.", 4e7),
    ],
)
def test_m_is_a_million_for_money_and_counted_things_and_metres_for_a_distance(
    text: str, value: float
) -> None:
    assert _number(text)[0] == pytest.approx(value)


@pytest.mark.parametrize("written", ["nan", "inf", "1_000", "1e5"])
def test_words_python_reads_as_numbers_are_not_numbers(written: str) -> None:
    doc = nlp.parse(f"The floods killed {written} people.")
    assert all(number_at(doc, t.i, len(doc)) is None for t in doc)


def test_the_later_groups_of_a_spaced_number_are_not_numbers_of_their_own() -> None:
    doc = nlp.parse("About 4 000 residents fled.")
    values = [r.value for t in doc if (r := number_at(doc, t.i, len(doc))) is not None]
    assert values == [4000]


def test_a_number_after_a_is_scaled_and_rounded_like_its_digits() -> None:
    words, digits = nlp.parse("A hundred thousand marched."), nlp.parse("About 100,000 marched.")
    a, b = number_at(words, 0, len(words)), number_at(digits, 1, len(digits))
    assert a is not None and b is not None
    assert (a.value, a.rounding) == (b.value, b.rounding) == (1e5, 5e4)


def test_a_round_number_is_as_rough_in_words_as_in_digits() -> None:
    words, digits = nlp.parse("It cost $100 million."), nlp.parse("It cost $100,000,000.")
    a, b = number_at(words, 3, len(words)), number_at(digits, 3, len(digits))
    assert a is not None and b is not None
    assert (a.value, a.rounding) == (b.value, b.rounding) == (1e8, 5e7)


def _rough(text: str, unaligned: bool = False) -> str | None:
    doc = nlp.parse(text)
    for tok in doc:
        read = rough_at(doc, tok.i, len(doc), unaligned=unaligned)
        if read is not None:
            return read[0].name
    return None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands of homes were destroyed.", "thousands"),
        ("Tens of thousands of residents fled.", "tens of thousands"),
        ("Hundreds of thousands of people fled.", "hundreds of thousands"),
        ("A couple of hundred protesters gathered.", "a couple of hundred"),
        ("A few thousand homes lost power.", "thousands"),
        ("Several dozen people were hurt.", "dozens"),
        ("A number of people had died.", "a number"),
        ("Some residents left their homes.", "some"),
        ("Some 4,000 residents left their homes.", None),
        # an "of" before the word is a count's as well, unless it ends a longer phrase
        ("The evacuation of thousands of residents began.", "thousands"),
        ("The deaths of hundreds of migrants were reported.", "hundreds"),
        ("The number of dead rose.", None),
    ],
)
def test_a_quantity_word_is_read_whole(text: str, name: str | None) -> None:
    assert _rough(text) == name


@pytest.mark.parametrize(
    ("text", "aligned", "compared"),
    [
        # "a few" alone sizes a count for the figures only: the aligner reads no quantity in it
        ("A few deaths were being investigated.", None, "a few"),
        ("A few people gathered outside.", None, "a few"),
        # before a scale word it is that scale for both
        ("A few dozen people gathered.", "dozens", "dozens"),
        # "a few of the charges" is a share, read by shares
        ("A few of the charges were dropped.", None, None),
    ],
)
def test_a_few_is_a_size_for_the_figures_but_not_for_the_aligner(
    text: str, aligned: str | None, compared: str | None
) -> None:
    assert (_rough(text), _rough(text, unaligned=True)) == (aligned, compared)


@pytest.mark.parametrize(
    "text",
    [
        "The incident affected a limited number of customers.",
        "A small number of units may fail to switch off.",
        "An undisclosed number of staff were told to stay home.",
    ],
)
def test_a_number_sized_by_a_word_between_withholds_the_figure(text: str) -> None:
    """ "A limited number of customers" gives no more of a figure than "a number of" does: a
    statement that plays an event down writes it where the reports give the count."""
    assert _rough(text) == "a number"


def test_a_size_word_without_number_of_is_no_quantity() -> None:
    assert _rough("The company made a limited offer to customers.") is None
    assert _rough("The number of small claims rose.") is None


def test_the_quantity_words_tile_the_numbers_without_gaps_or_overlaps() -> None:
    # Each word hands over to the next where a reader would switch words.
    ladder = [ROUGH_BY_NAME[n] for n in ("dozens", "hundreds", "thousands", "tens of thousands")]
    ladder += [ROUGH_BY_NAME["hundreds of thousands"], ROUGH_BY_NAME["millions"]]
    assert all(a.high <= b.low for a, b in itertools.pairwise(ladder))
    assert ladder[2].high == ladder[3].low == 20_000
    assert all(r.low < r.high for r in ROUGH)


def test_words_that_withhold_a_figure_are_marked_so() -> None:
    assert {r.name for r in ROUGH if not r.gives_figure} == {"a number", "some"}


def _kinds(text: str) -> frozenset[str]:
    doc = nlp.parse(text)
    words = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    bigrams = {(a.lower_, b.lower_) for a, b in itertools.pairwise(doc)}
    return kinds_in(words, bigrams)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Floods have killed 12 people.", {"dead"}),
        ("The death toll rose to 40.", {"dead"}),
        ("Three people are still missing.", {"missing"}),
        ("Twelve people were taken to hospital with injuries.", {"injured"}),
        ("About 4,000 residents were forced to leave their homes.", {"left home"}),
        ("The floods left 2,000 people homeless.", {"left home"}),
        ("About 600 people were staying in shelters.", {"shelter"}),
        ("About 22,000 households lost power.", {"no power"}),
        ("A power cut hit 5,000 homes.", {"no power"}),
        ("With power out, 5,000 homes went cold.", {"no power"}),
        ("Thousands of homes were wiped out.", {"destroyed"}),
        ("About 1,100 homes were damaged.", {"damage"}),
        ("Police arrested 40 people.", {"arrested"}),
        ("About 200 people gathered outside the town hall.", {"protest"}),
        ("Hundreds of protesters marched to the square.", {"protest"}),
        # A vigil or a funeral that people hold or fill is a crowd, whatever the verb.
        ("About 300 people held a vigil by the river.", {"protest"}),
        ("Hundreds of people filled the church for the funeral.", {"protest"}),
        # People who fill or line the streets are a crowd; water in the streets is not.
        ("Tens of thousands of people filled the streets of the capital.", {"protest"}),
        ("Hundreds of people lined the streets on Monday.", {"protest"}),
        ("Floodwater filled the streets of 300 homes.", set()),
        ("Hundreds of residents were stranded in the streets.", set()),
        ("The town hall held a vigil for the 12 miners.", set()),
        # Gathering and rallying are a crowd's only when people do them.
        ("Investigators gathered 300 samples from the river.", set()),
        ("Shares rallied 300 points on Friday.", set()),
        # Shelter beds are things counted, not people in shelters; power kept is no power cut.
        ("The city has about 450 shelter beds.", set()),
        ("The party won 40 seats and kept power.", set()),
        ("The company runs two power stations.", set()),
    ],
)
def test_the_kind_of_happening_a_count_reports(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds


class _Reads:
    """A parse that records which tokens and slices a reader asks it for."""

    def __init__(self, text: str) -> None:
        self.doc = nlp.parse(text)
        self.asked: list[int | slice] = []

    def __getitem__(self, key: int | slice) -> object:
        self.asked.append(key)
        return self.doc[key]

    def __len__(self) -> int:
        return len(self.doc)


def test_a_word_that_starts_no_quantity_word_is_settled_by_that_word_alone() -> None:
    # rough_at is asked at every token of every article; "residents" can open no phrase, so
    # nothing past it need be read.
    reads = _Reads("Residents of the town gathered outside.")
    assert rough_at(reads, 0, len(reads)) is None  # type: ignore[arg-type]
    assert reads.asked == [0]


def test_a_quantity_word_is_read_whatever_token_it_starts_at() -> None:
    # Every phrase is found from its first word, in any sentence position.
    for rough in ROUGH:
        text = f"Officials said {rough.name} of people were hurt."
        if rough.name in {"some", "a few"}:
            text = f"Officials said {rough.name} people were hurt."
        assert _rough(text, unaligned=not rough.aligns) == rough.name, text


def test_digits_of_any_script_start_a_number() -> None:
    doc = nlp.parse("Officials counted \u0664\u0660 homes.")
    values = [r.value for t in doc if (r := number_at(doc, t.i, len(doc))) is not None]
    assert values == [40]


@pytest.mark.parametrize(
    ("text", "noun", "happenings"),
    [
        ("They logged two incidents.", "incidents", True),
        ("They received 38 reports of brake failure.", "reports", True),
        ("They received complaints of a leak.", "complaints", True),
        ("They published 38 reports.", "reports", False),
        ("They read the reports of the committee.", "reports", False),
        ("They filed complaints of the tenants.", "complaints", False),
        ("The court heard 12 cases.", "cases", False),
    ],
)
def test_reports_count_happenings_only_of_what_happened(
    text: str, noun: str, happenings: bool
) -> None:
    doc = nlp.parse(text)
    (tok,) = [t for t in doc if t.text == noun]
    assert counts_happenings(tok) is happenings


def test_number_starts_are_every_token_a_number_is_read_from() -> None:
    """The tokens the per-parse index offers are a superset of where :func:`number_at` reads a
    number, so callers that walk only them miss none; most words are not offered."""
    doc = nlp.parse(
        "A dozen officers and 4,000 residents left; twelve stayed, a hundred thousand watched"
        " and 3m dollars were spent on the 400m hurdles."
    )
    starts = number_starts(doc)
    read = [j for j in range(len(doc)) if number_at(doc, j, len(doc)) is not None]
    assert set(read) <= set(starts) and len(starts) < len(doc) // 2
    assert [doc[j].lower_ for j in read] == ["a", "4,000", "twelve", "a", "3", "400"]
    assert number_starts(doc) is starts  # read once per parse


@pytest.mark.parametrize(
    ("text", "word", "verb"),
    [
        ("The council sold dozens of old homes to a developer.", "dozens", "sell"),
        ("Thousands of residents were without power on Monday.", "Thousands", "be"),
        ("Dozens.", "Dozens", None),
    ],
)
def test_the_verb_above_a_count_is_its_act_and_none_without_a_verb(
    text: str, word: str, verb: str | None
) -> None:
    doc = nlp.parse(text)
    (token,) = [t for t in doc if t.text == word]
    found = verb_above(token)
    assert (found.lemma_ if found is not None else None) == verb


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("A couple of hundred protesters gathered.", 150, 300),
        ("A couple hundred protesters gathered.", 150, 300),
        ("A couple of thousand homes lost power.", 1_500, 3_000),
        ("A couple of protesters were hurt.", 2, 3),
    ],
)
def test_a_couple_is_about_two_of_its_unit_not_hundreds(text: str, low: float, high: float) -> None:
    """ "A couple of hundred" is about 200, where "hundreds" runs to 2,000: read as a quantity
    word whose range is the number it says in words, never as an exact figure."""
    doc = nlp.parse(text)
    read = rough_at(doc, 0, len(doc), unaligned=True)
    assert read is not None
    assert (read[0].low, read[0].high) == (low, high)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A few thousand homes lost power.", "thousands"),  # "a few" stays loose
        ("The couple of the year won a prize.", None),  # a pair, no count
        ("A couple who married in May left town.", None),
    ],
)
def test_look_alikes_of_a_couple_keep_their_reading(text: str, name: str | None) -> None:
    assert _rough(text, unaligned=True) == name
