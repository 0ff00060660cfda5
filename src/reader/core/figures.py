"""Figures one outlet gives for the same thing differently from the others.

"Tens of thousands of residents fled" where the wire writes "about 4,000 residents left their
homes"; "a number of people had died" where the others write "killed 12". Which number is right
is not the app's call, but a figure no other outlet agrees with is how an outlet inflates or plays
down an event, and a reader can only see it side by side.

Two figures are of "the same thing" when they count the same thing (people, homes, households,
dollars, incidents however reported, or one named noun) in the same state (killed, missing,
injured, who left their homes, in shelters, without power, destroyed, damaged, the cost of the
damage). The state comes from a short closed list, so a figure matches one anywhere in another
article; a figure with no state from the list matches only within one claim group (the same
sentence reported by two outlets).
What marches, rallies or protests is a crowd of people, named or not ("thousands marched", "about
500 people marched"), and its size is set against another outlet's however that outlet
names it. A sum of damage whose currency is not written ("4.2 million in damages") is set
against the others' sums of damage in any currency.
Precision comes first: dates, times, ages, years, tallies ("31 to 26"), road and page numbers,
quotations and figures whose state reads two ways are never compared, and an outlet that gives
two disagreeing figures for one thing (the toll at two times) is left out for it.

Two exact figures agree when the range of one takes in the number the other writes, so the room
two reports need is counted once for the pair ("1,240 jobs" and "1,500 jobs" do not agree). An
exact figure's range is widened by a tenth, or by an eighth when it is hedged ("about 30,000") or
round enough to be an estimate ("30,000", "$100 million"), never by both at once ("about 30,000"
agrees with 29,500 and 26,500, not with 20,000 or 40,000; "400" and "480" do not agree). A
quantity word stands for its usual range ("thousands" is 2,000 to 20,000) and agrees with a
figure whose range meets it, and "a number of" or "some" never agrees with an exact figure, since
it withholds one the others give. A vague word is compared with exact figures
only, and an exact figure is flagged only against other exact figures, so the wire's "about
4,000" is never flagged for another outlet's "tens of thousands".

A count one outlet leaves out ("there were deaths" beside "killed 12") is the other half, in
:mod:`reader.core.left_out`, which weighs the figures read here.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from reader.core.entities import is_person_noun
from reader.core.model import Alignment, Claim
from reader.core.nlp import words_at, words_where
from reader.core.quantities import (
    HAPPENINGS,
    JOBS,
    KINDS,
    LEAD,
    NUMBER_SIZES,
    PEOPLE,
    SCALES,
    counts_a_lead,
    counts_happenings,
    kinds_in,
    may_start_count,
    number_at,
    number_starts,
    rough_at,
    same_setting,
)
from reader.core.sentences import entry_time_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule name of a "different figure" flag.
FIGURE_RULE: Final = "rule:different-figure"
#: How far two exact figures may lie apart, as a share of each, and still be the same report.
TOLERANCE: Final = 0.1
#: The widening of a figure hedged with "about", "around" and the like, or rounded as an
#: estimate is ("30,000"). Two such figures a third apart ("about 30,000", "40,000") must not
#: meet, so it stays below 1/7.
HEDGE_SHARE: Final = 0.125

_INF: Final = math.inf
#: Hedges before a figure: how far below and above its value they let it reach, as shares of it.
_HEDGES: Final[dict[tuple[str, ...], tuple[float, float]]] = {
    ("about",): (HEDGE_SHARE, HEDGE_SHARE),
    ("around",): (HEDGE_SHARE, HEDGE_SHARE),
    ("roughly",): (HEDGE_SHARE, HEDGE_SHARE),
    ("approximately",): (HEDGE_SHARE, HEDGE_SHARE),
    ("some",): (HEDGE_SHARE, HEDGE_SHARE),
    ("nearly",): (HEDGE_SHARE, 0),
    ("almost",): (HEDGE_SHARE, 0),
    ("at", "least"): (0, _INF),
    ("more", "than"): (0, _INF),
    ("over",): (0, _INF),
    ("up", "to"): (1, 0),
    ("fewer", "than"): (1, 0),
    ("less", "than"): (1, 0),
}
_HEDGE_FIRST_WORDS: Final = frozenset(phrase[0] for phrase in _HEDGES)
_CURRENCIES: Final = {"$": "dollar", "€": "euro", "£": "pound"}
#: The thing of a sum whose currency is not written ("4.2 million in damages"): it is compared
#: with another outlet's sum for the same thing in any currency (:func:`_keys_to_compare`).
SOME_MONEY: Final = "money"
#: Nouns outlets choose between for people who cross a border: whatever label one outlet puts
#: on them ("300 migrants", "500 illegals", "300 asylum seekers"), the count is of the same
#: people, and a label must not hide a count that differs.
_CROSSERS: Final = frozenset(
    {*("migrant", "immigrant", "refugee", "seeker", "illegal", "alien", "newcomer", "arrival")}
)
#: Verbs an outlet may pick for people crossing into a place, plain or loaded ("crossed",
#: "swarmed", "poured across"): a count of people framed by any of them is framed as a crossing.
_CROWD_MOVES: Final = frozenset(
    {*("cross", "swarm", "pour", "stream", "flood", "surge", "flock", "wade", "storm")}
)
#: Verbs an outlet may pick for jobs lost, plain or loaded ("would go", "will cut", "slashed",
#: "axed"): a count of jobs any of them frames is one loss of jobs, whatever the words around it
#: say of where the jobs are ("head-office roles", "at the two head offices"), as two outlets
#: size the same cut up or down in lined-up sentences.
_JOB_LOSSES: Final = frozenset(
    {*("go", "cut", "slash", "axe", "ax", "shed", "lose", "eliminate", "scrap", "disappear")}
)
#: The frame of a count of jobs lost (:data:`_JOB_LOSSES`).
LOSS: Final = "job loss"
#: Units an amount of stuff is measured in: what escaped, was burnt or was flooded, as against
#: people or things, which are counted one by one.
_MEASURES: Final = frozenset(
    {*("barrel", "gallon", "litre", "liter"), *("tonne", "ton", "hectare", "acre")}
)
#: Verbs by which a measured figure gives what a thing can hold or routinely moves ("the tank
#: holds 50,000 barrels", "the pipeline carries 90,000 barrels"), not an amount of the event.
_CAPACITY_VERBS: Final = frozenset({"hold", "carry", "store", "contain"})
#: Words that make a measured figure a rate ("300 barrels daily").
_RATE_WORDS: Final = frozenset({"daily", "weekly", "monthly", "yearly", "annually", "hourly"})
#: The frame of an amount of a measured unit that the event itself gave (:func:`_event_amount`).
AMOUNT: Final = "amount"
#: Counted nouns that name one thing, as the key they are compared under.
_THINGS: Final = {
    **dict.fromkeys(PEOPLE, "people"),
    **dict.fromkeys(_CROSSERS, "people"),
    "home": "home",
    "house": "home",
    "household": "household",
    **dict.fromkeys(JOBS, "job"),
    "dollar": "dollar",
    "euro": "euro",
    "pound": "pound",
    "percent": "percent",
    "%": "percent",
}
#: The things the figures name a count by (:data:`_THINGS`, a happening, a sum in no written
#: currency): a count of one is not a count of any other noun.
THINGS_KNOWN: Final = frozenset({*_THINGS.values(), HAPPENINGS, SOME_MONEY})
#: Nouns a figure of which is a date, a time, an age or a duration: never compared.
TIME_NOUNS: Final = frozenset(
    {
        *("year", "month", "week", "day", "hour", "minute", "second", "decade", "century"),
        *("night", "time", "old", "age", "o'clock", "am", "pm", "a.m.", "p.m."),
    }
)
#: A tally as it is written: "31 to 26", "31-26", "31–26", "31-to-26", "31 votes to 26".
TALLY: Final = re.compile(
    r"(?<![\w.,:])(\d+(?:,\d{3})*)(?:\s+votes?)?"
    r"(?:\s*[-–—]\s*|\s+to\s+|\s*[-–]to[-–]\s*)"
    r"(\d+(?:,\d{3})*)(?!\w|[.,:–-]\d)",
    re.IGNORECASE,
)
#: How many tokens a tally spans at most, however it is split: "31", "votes", "to", "26".
_TALLY_TOKENS: Final = 6
#: How many tokens a live-blog entry's time and dash take at most: "9.20", "am", "GMT", "-".
_ENTRY_TIME_TOKENS: Final = 5
#: Nouns a number before which is a place in an order, not a count: "the No. 3 position".
_RANKS: Final = frozenset({"position", "spot", "place", "rank", "seed", "slot"})
#: How an explanation names each (thing, state) a figure counts; the flags on a count left out
#: name it the same way.
WHAT_COUNTED: Final[dict[tuple[str, str], str]] = {
    ("people", "dead"): "the number of dead",
    ("people", "missing"): "the number missing",
    ("people", "injured"): "the number injured",
    ("people", "left home"): "the number who left their homes",
    ("people", "shelter"): "the number in shelters",
    ("people", "arrested"): "the number arrested",
    ("people", "protest"): "the size of the crowd",
    ("household", "no power"): "the households without power",
    ("home", "destroyed"): "the homes destroyed",
    ("home", "damage"): "the homes damaged",
    ("dollar", "damage"): "the cost of the damage",
    ("euro", "damage"): "the cost of the damage",
    ("pound", "damage"): "the cost of the damage",
    (SOME_MONEY, "damage"): "the cost of the damage",
}
#: Dependencies that open another clause: a state word under one belongs to that clause.
_CLAUSE_DEPS: Final = frozenset(
    {"conj", "cc", "advcl", "ccomp", "relcl", "acl", "parataxis", "punct", "mark", "appos"}
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as an article gives it."""

    article: str
    start: int  # character offsets of the words to show ("about 4,000 residents")
    end: int
    low: float
    high: float
    exact: bool  # a number, not a quantity word
    thing: str
    state: str | None
    #: For a figure with no state: the verb it hangs from and the words that qualify what it
    #: counts ("have legalized" + "recreational"), which another outlet's must share.
    frame: tuple[str, ...] = ()
    #: For a figure with no state: the named body whose count it is ("the House" passed the
    #: bill with 219 votes), which another outlet's must not contradict (:func:`named_body`).
    body: str | None = None
    #: For a figure with no state: the other content words of its clause ("anchor", "harbour",
    #: "evening"), by which one count retold with another verb is known (:func:`_retold`).
    setting: frozenset[str] = frozenset()
    #: Every number written in the figure's sentence: "six arrests Wednesday, compared to 47 the
    #: previous night" gives 47 as well, so a 47 elsewhere is not set against it.
    numbers: tuple[float, ...] = ()
    #: Of :attr:`numbers`, those the sentence gives as the value a changing count had before
    #: ("23 cases, up from 14 on Monday" gives 14): an outlet that gives one of them as its
    #: count gives a stale one (:func:`_stale`).
    before: tuple[float, ...] = ()
    #: The claims' sentence (:attr:`Claim.sentence`) the figure is in, and that sentence's
    #: character span; -1 and (0, 0) until :func:`different_figures` places it.
    sentence: int = -1
    context: tuple[int, int] = (0, 0)
    #: The number an exact figure writes ("about 4,000" writes 4,000), which another outlet's
    #: range must take in for the two to agree (:meth:`agrees`); None for a quantity word.
    value: float | None = None
    #: Whether the figure's sentence dates it to an earlier occasion ("Last week, rockets hit
    #: Mereth, wounding three people"): a count of that occasion, not of the event reported.
    earlier: bool = False
    #: Whether the figure's sentence tells it as the count now ("has confirmed 14 cases so far"):
    #: only such a figure can be a stale count (:func:`_stale`).
    current: bool = False
    #: Whether the figure is read from "a", "a single" or "both" before its noun
    #: (:func:`with_single_counts`): such a figure is set only against counts in a sentence lined
    #: up with its own (:func:`_comparable`).
    single: bool = False

    @property
    def key(self) -> tuple[str, str | None]:
        return self.thing, self.state

    def agrees(self, other: Figure) -> bool:
        """Two exact figures agree when the range of one takes in the number the other writes:
        the room two reports need (:data:`TOLERANCE`, a hedge, a rounding) is counted once for
        the pair. Had both ranges been widened and then set to overlap, "1,240 jobs" and
        "1,500 jobs" would agree, as each reached a tenth towards the other. A quantity word
        writes no number: it agrees with any figure whose range meets its own."""
        if self.value is not None and other.value is not None:
            return self.takes_in(other.value) or other.takes_in(self.value)
        return self.low <= other.high and other.low <= self.high

    def takes_in(self, number: float) -> bool:
        """Whether ``number`` lies within the values this figure may stand for."""
        return self.low <= number <= self.high

    def mentions(self, other: Figure) -> bool:
        """This figure's sentence also writes a number ``other`` agrees with."""
        return any(other.writes(n) for n in self.numbers)

    def writes(self, number: float) -> bool:
        """Whether ``number`` is the number this figure writes. An open-ended figure ("at least
        500") takes in every larger number, but a sentence's "about 1,400 injured" is not its
        500 written again: its open side is bounded as far from its number as the other."""
        if self.value is None:
            return self.takes_in(number)
        low = self.low if self.low != -_INF else 2 * self.value - self.high
        high = self.high if self.high != _INF else 2 * self.value - self.low
        return low <= number <= high

    @property
    def what(self) -> str | None:
        """The thing and state in words, when the explanation can name them."""
        return WHAT_COUNTED.get((self.thing, self.state or ""))


@dataclass(frozen=True, slots=True)
class FigureClash:
    """A figure no other outlet agrees with, and the other outlets' figures for the same thing."""

    figure: Figure
    others: tuple[Figure, ...]
    #: The figure is the value the others' count had before, given as the count now.
    stale: bool = False


# -- reading the figures of one article ---------------------------------------------------------


def read_figures(article: str, doc: Doc) -> list[Figure]:
    """Every figure of ``doc`` a comparison could use, in reading order. A comparison reads
    each article's figures once, here, and hands them to every check that weighs them
    (:func:`different_figures`, the tolls and sums of
    :func:`reader.core.left_out.left_out_counts`)."""
    out: list[Figure] = []
    ordinals = words_at(doc, _ORDINALS)
    for sent in doc.sents:
        numbers, before = numbers_in(sent), _earlier_numbers(sent)
        found_here = [
            *_counts_in(article, doc, sent),
            *_places_in_series(article, sent, _within(ordinals, sent)),
        ]
        out.extend(
            replace(f, numbers=numbers, before=before)
            for f in sorted(found_here, key=lambda f: f.start)
        )
    return out


def _within(positions: Sequence[int], sent: Span) -> Sequence[int]:
    """The token positions (in order) that fall inside sentence ``sent``."""
    return positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]


def _counts_in(article: str, doc: Doc, sent: Span) -> Iterator[Figure]:
    """The figures written as numbers or quantity words in sentence ``sent`` of ``doc``, in
    reading order. Only the tokens a figure may start at (:func:`_figure_starts`) are tried; a
    figure read runs on past the starts inside it."""
    i = sent.start
    for start in _within(_figure_starts(doc), sent):
        if start < i:
            continue
        found = _figure_at(doc, start, sent.end)
        if found is not None:
            figure, i = _as_figure(article, sent, *found)
            if figure is not None:
                yield figure


#: Ordinal words with which an outlet places a happening in a series ("its third rise this year").
_ORDINALS: Final = {
    word: n
    for n, word in enumerate(
        (
            *("first", "second", "third", "fourth", "fifth", "sixth"),
            *("seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"),
        ),
        start=1,
    )
}
#: Happenings a series counts, as the one change each names: outlets choose between "rise",
#: "increase" and "hike" for one step, so the three are one series.
_STEPS: Final = {
    **dict.fromkeys(("rise", "increase", "hike", "raise"), "rise"),
    **dict.fromkeys(("cut", "reduction", "decrease"), "cut"),
}
#: Words between the ordinal and the step that say the series runs unbroken ("fourth straight").
_UNBROKEN: Final = frozenset({"straight", "consecutive", "successive"})
#: The stretches a series is counted in, as the words after the step, and the state each gives.
_STRETCHES: Final[dict[tuple[str, ...], str]] = {
    ("this", "year"): "this year",
    ("of", "the", "year"): "this year",
    ("so", "far", "this", "year"): "this year",
    ("this", "month"): "this month",
    ("in", "a", "row"): "in a row",
}


def _places_in_series(article: str, sent: Span, ordinals: Sequence[int]) -> list[Figure]:
    """The places in a series a sentence gives: "its third rise this year", "the fourth
    increase this year", "a fifth straight cut". An ordinal is no count (:func:`_number` skips
    it), but the place of a step in a stretch of time counts the steps before it, and "the
    fourth increase" where the others write "the third rise" tells of one more. Only a step from
    a closed list (:data:`_STEPS`) in a named stretch (:data:`_STRETCHES`, or an "unbroken" word)
    is read: "the third-largest port" or "the second round of cuts in two years" stay out. The
    place is exact: no tolerance widens a third into a fourth. ``ordinals`` are the positions
    of the sentence's ordinal words (:func:`reader.core.nlp.words_at`)."""
    doc = sent.doc
    out: list[Figure] = []
    for i in ordinals:
        tok = doc[i]
        place = _ORDINALS[tok.lower_]
        j = tok.i + 1
        unbroken = j < sent.end and doc[j].lower_ in _UNBROKEN
        j += unbroken
        step = _STEPS.get(doc[j].lemma_.lower()) if j < sent.end else None
        if step is None or doc[j].pos_ not in {"NOUN", "PROPN"}:
            continue
        stretch, end = ("in a row", j + 1) if unbroken else _stretch_after(sent, j + 1)
        if stretch is None:
            continue
        last = doc[end - 1]
        out.append(
            Figure(
                article=article,
                start=tok.idx,
                end=last.idx + len(last.text),
                low=float(place),
                high=float(place),
                exact=True,
                value=float(place),
                thing=step,
                state=f"place in the series {stretch}",
            )
        )
    return out


def _stretch_after(sent: Span, i: int) -> tuple[str | None, int]:
    """The stretch of time named right at token ``i`` (:data:`_STRETCHES`), and the token after
    its words."""
    doc = sent.doc
    for words, stretch in _STRETCHES.items():
        end = i + len(words)
        if end <= sent.end and tuple(t.lower_ for t in doc[i:end]) == words:
            return stretch, end
    return None, i


def numbers_in(sent: Span) -> tuple[float, ...]:
    """The values of the numbers written in a sentence, whatever they count: a sentence that
    writes a number another outlet gives tells of it, whatever the words around it."""
    values: list[float] = []
    starts = number_starts(sent.doc)
    for i in starts[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
        read = number_at(sent.doc, i, sent.end)
        if read is not None:
            values.append(read.value)
    return tuple(values)


def _earlier_numbers(sent: Span) -> tuple[float, ...]:
    """The numbers a sentence gives as the value a changing count had before
    (:func:`_earlier_value`): the 14 of "up from 14 on Monday", the 9,000 of "up from about
    9,000 acres"."""
    values: list[float] = []
    # No number starts off number_starts (number_at says None there), so only those are built.
    for i in _within(number_starts(sent.doc), sent):
        tok = sent.doc[i]
        read = number_at(sent.doc, i, sent.end) if tok.like_num else None
        counted = tok.head if tok.dep_ in {"nummod", "quantmod"} else tok
        if read is not None and _earlier_value(counted):
            values.append(read.value)
    return tuple(values)


_Found = tuple[int, int, int, float, float, "float | None", "str | None"]
"""(first token, first token after the quantity, head token, low, high, the number written (None
for a quantity word), currency)."""


def _figure_starts(doc: Doc) -> tuple[int, ...]:
    """The tokens of ``doc`` a figure may start at (:func:`_may_start_figure`), in order
    (:func:`reader.core.nlp.words_where`)."""
    return words_where(doc, _may_start_figure)


def _may_start_figure(low: str) -> bool:
    """Whether a figure can start at a word written ``low`` (lower case): with a number, a
    quantity word, a hedge or a currency sign (a sign has no case). One look at the word
    settles most tokens of an article."""
    return may_start_count(low) or low in _HEDGE_FIRST_WORDS or low in _CURRENCIES


def _figure_at(doc: Doc, i: int, stop: int) -> _Found | None:
    """The quantity that starts at token ``i``, if any."""
    rough = rough_at(doc, i, stop, unaligned=True)
    if rough is not None:
        word, end = rough
        low, high = (word.low, word.high) if word.gives_figure else (-_INF, -_INF)
        return i, end, end - 1, low, high, None, None
    hedge, j = _hedge_at(doc, i, stop)
    currency = None
    if j < stop and doc[j].text in _CURRENCIES:
        currency, j = _CURRENCIES[doc[j].text], j + 1
    read = _number(doc, j, stop)
    if read is None:
        return None
    number, end, rounding = read
    low, high = exact_range(number, rounding, hedge)
    return i, end, end - 1, low, high, number, currency


def exact_range(
    number: float, rounding: float, hedge: tuple[float, float] = (0.0, 0.0)
) -> tuple[float, float]:
    """The values an exact figure may stand for: widened by the largest of the room two reports
    need (:data:`TOLERANCE`), its hedge and its rounding, never by all of them at once. "about"
    on a round figure says once that it is an estimate; multiplied together they let "about
    30,000" run from 19,000 to 44,000, and 20,000 agree with it. A figure's rounding counts as
    far as a hedge does at most ("30,000" may be 25,000 to 35,000, but reads as "about")."""
    rounded = min(rounding / number, HEDGE_SHARE) if number > 0 else 0.0
    below = max(TOLERANCE, hedge[0], rounded)
    above = max(TOLERANCE, hedge[1], rounded)
    return number * max(0.0, 1 - below), _INF if above == _INF else number * (1 + above)


def _hedge_at(doc: Doc, i: int, stop: int) -> tuple[tuple[float, float], int]:
    """The hedge that starts at token ``i`` ("about", "at least"), as the shares it widens the
    figure by below and above, and the token after it; no widening and token ``i`` itself when
    there is none. Asked at every token, so the first word settles most of them."""
    if doc[i].lower_ not in _HEDGE_FIRST_WORDS:
        return (0.0, 0.0), i
    words = [t.lower_ for t in doc[i : min(i + 2, stop)]]
    for phrase, shares in _HEDGES.items():
        if tuple(words[: len(phrase)]) == phrase:
            return shares, i + len(phrase)
    return (0.0, 0.0), i


def hedge_words(doc: Doc, fig: Figure) -> str:
    """The hedge ``fig``'s words open with, lowercased ("about", "at least"), or "": a rule that
    names another outlet's number says "about 200" as that outlet did, not a bare 200 it never
    claimed to know."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    _, after = _hedge_at(doc, span.start, span.end)
    return " ".join(t.lower_ for t in doc[span.start : after])


def _number(doc: Doc, j: int, stop: int) -> tuple[float, int, float] | None:
    """The number written from token ``j`` (:func:`reader.core.quantities.number_at`), the token
    after it and its rounding; None for dates, times, ordinals, years, tallies and numbers in
    names, which count nothing a comparison could set side by side."""
    read = number_at(doc, j, stop)
    if read is None:
        return None
    if doc[j].ent_type_ in {"DATE", "TIME", "ORDINAL"} or _in_name_or_tally(doc, j, stop):
        return None
    if read.end == j + 1 and doc[j].text.isdecimal() and 1800 <= read.value <= 2100:
        return None  # a year; "2,000" is grouped as a count is, never as a year
    return read.value, read.end, read.rounding


def _in_name_or_tally(doc: Doc, j: int, stop: int) -> bool:
    """ "Highway 4", "No. 10", "31 to 26", "31-26", "aged 45": numbers that count nothing. A
    live-blog entry's time ("10.45 - ") counts nothing either, and the number after its dash is
    the entry's first word, not the end of a tally: "10.45 - 2,000 people were evacuated"."""
    entry = _entry_words_start(doc, j)
    if entry is not None and doc[j].idx < entry:
        return True
    b = j - 1 if j > 0 and doc[j - 1].text not in _CURRENCIES else j - 2
    before = doc[b] if b >= 0 else None
    if before is not None and (
        before.pos_ == "PROPN"
        or (before.pos_ == "NOUN" and before.is_title)
        or before.lower_ in {"no", "no.", "aged", "age", "number"}
    ):
        return True
    if before is not None and before.text == "." and b > 0 and doc[b - 1].lower_ == "no":
        return True  # "No. 3" split as "No" "."
    if (
        before is not None
        and before.text in {"-", "–", "to"}
        and b > 0
        and doc[b - 1].like_num
        and doc[j].idx != entry
    ):
        return True
    if before is not None and before.lower_ == "from":
        return True  # "from $12 to $17": a change, not a count
    if TALLY.match(doc[j : min(j + _TALLY_TOKENS, stop)].text):
        return True  # "a 31-to-26 vote", however the parser split it
    # "31 to 26", "21 votes to 18", "$12 to $17"
    rest = [t for t in doc[j + 1 : min(j + 5, stop)] if t.text not in _CURRENCIES]
    if rest and rest[0].pos_ == "NOUN":
        rest = rest[1:]
    if len(rest) >= 2 and rest[0].text in {"-", "–", "to"} and rest[1].like_num:
        return True
    return "-" in doc[j].text


def _entry_words_start(doc: Doc, j: int) -> int | None:
    """Where the words of a live-blog entry start, when token ``j``'s line opens with the entry's
    time as ingest writes it ("10.45 - 2,000 people ..."); None for any other line. Only the few
    tokens at the line's start are read: the whole text is never joined again for a number."""
    k = j
    while k > 0 and j - k < _ENTRY_TIME_TOKENS and "\n" not in doc[k - 1].text:
        k -= 1
    if k > 0 and "\n" not in doc[k - 1].text:
        return None  # too far into its line to follow an entry's time
    cut = entry_time_end(doc[k : min(k + _ENTRY_TIME_TOKENS + 1, len(doc))].text)
    return doc[k].idx + cut if cut else None


def _as_figure(
    article: str,
    sent: Span,
    start: int,
    end: int,
    head: int,
    low: float,
    high: float,
    value: float | None,
    currency: str | None,
) -> tuple[Figure | None, int]:
    """The figure of the quantity at tokens ``start:end``, with what it counts, or None when it
    counts a time, a thing it cannot tell, or a state that reads two ways."""
    doc = sent.doc
    noun, shown_end = _counted(doc, start, end, head, sent.end)
    lemma = noun.lemma_.lower() if noun is not None else ""
    if lemma in TIME_NOUNS or (end < sent.end and doc[end].lower_ in TIME_NOUNS):
        return None, end
    if lemma in _RANKS and noun is not None and noun.tag_ != "NNS":
        return None, end  # "the No. 3 position"; "310 positions" are counted
    happenings = noun is not None and counts_happenings(noun)
    thing = currency or _THINGS.get(lemma) or (HAPPENINGS if happenings else lemma) or None
    states = _states(noun if noun is not None else doc[head])
    if len(states) > 1 and noun is not None and noun.lemma_.lower() in KINDS["protest"]:
        # "arrested 40 protesters": the noun says who, the verb what happened to them.
        states -= {"protest"}
    if len(states) > 1:
        return None, end
    if _earlier_value(noun if noun is not None else doc[head]):
        return None, end
    state = next(iter(states), None)
    crowd = state in {None, "protest"} and (thing in {None, "", "people"} or _crowd_noun(noun))
    if crowd and (_marches(noun or doc[head]) or _marches(doc[head])):
        # "Thousands marched", "500 people marched", "a handful of supporters gathered"
        thing, state = "people", "protest"
    if thing in {None, ""} and state is None and _puts_the_figure_at(doc[head]):
        # "Organisers said 120,000 took part. Police put the figure at 35,000."
        thing, state = _restated(article, sent) or (thing, state)
    if thing in {None, ""} and state == "damage" and _scaled(doc, start, end):
        thing = SOME_MONEY  # "4.2 million in damages": a sum, its currency not written
    if thing is None or thing == "":
        # "Dozens more are feared missing", "180 were destroyed": the thing is understood.
        thing = "people" if state in {"dead", "missing", "injured"} else _elided(doc[head])
        if thing not in {None, "people"} and doc[head].head.i >= end:
            shown_end = doc[head].head.i + 1  # "180 were destroyed", not a bare "180"
    if thing is None:
        return None, end
    begin, finish = doc[start].idx, doc[shown_end - 1].idx + len(doc[shown_end - 1].text)
    counted = noun if noun is not None else doc[head]
    return (
        Figure(
            article=article,
            start=begin,
            end=finish,
            low=low,
            high=high,
            exact=value is not None,
            value=value,
            thing=thing,
            state=state,
            frame=() if state is not None else _frame(counted, doc[start:shown_end], thing),
            body=None if state is not None else named_body(counted),
            setting=frozenset() if state is not None else _setting(counted),
            earlier=_dated_earlier(sent),
            current=_told_as_now(counted),
        ),
        end,
    )


#: Words that date a time phrase before the event reported: "last week", "two years ago".
_EARLIER_WORDS: Final = frozenset({"last", "ago", "earlier", "previous", "prior"})


def _dated_earlier(sent: Span) -> bool:
    """Whether the sentence names a date before the event reported (:data:`_EARLIER_WORDS` in a
    date the model tags). "Yesterday" is not one: a morning paper's event happened then."""
    return any(
        ent.label_ == "DATE" and any(t.lower_ in _EARLIER_WORDS for t in ent) for ent in sent.ents
    )


#: Words that tell a count as it stands now on their own ("now", "currently"), and those that do
#: only after the word before them ("so far", "thus far", "to date"): alone, "far" and "date"
#: tell no time ("far more than last year", "at a later date").
_NOW_WORDS: Final = frozenset({"now", "currently"})
_NOW_PHRASES: Final = frozenset({("so", "far"), ("thus", "far"), ("to", "date")})


def _told_as_now(counted: Token) -> bool:
    """Whether a figure's clause tells its count as it stands now: a present perfect ("has
    confirmed 14 cases") or a word for now (:func:`_says_now`, "so far", "to date"). "Police
    made 40 arrests overnight" tells a count of its own night."""
    tokens = _clause_tokens(counted)
    perfect = any(
        t.dep_ == "aux" and t.tag_ in {"VBZ", "VBP"} and t.lemma_ == "have" for t in tokens
    )
    return perfect or any(_says_now(t) for t in tokens)


def _says_now(tok: Token) -> bool:
    """Whether ``tok`` is a word for now (:data:`_NOW_WORDS`) or ends a phrase for it
    (:data:`_NOW_PHRASES`)."""
    if tok.pos_ not in {"ADV", "NOUN"}:
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return tok.lower_ in _NOW_WORDS or (before, tok.lower_) in _NOW_PHRASES


#: Verbs that tell a figure's change, whose "from" names the value it changed from: "rose to 14
#: from nine".
_CHANGE_VERBS: Final = frozenset(
    {
        *("rise", "fall", "grow", "climb", "drop", "increase", "decrease", "jump", "swell"),
        *("double", "spread", "shrink", "decline", "soar", "surge", "expand"),
    }
)


def _earlier_value(counted: Token) -> bool:
    """Whether a figure is the value a changing count had before: "about 18,000 acres, up from
    about 9,000 on Tuesday night", "rose to 14 from nine", "compared with 12,000 a day earlier".
    The outlet reports the new value; the old one read as a second figure for the same thing
    made the outlet give two that disagree, and so no answer at all to an outlet that inflates
    the new one (figures that grow during the day are the usual shape of a fire or a flood)."""
    prep = counted.head
    if counted.dep_ != "pobj" or prep is counted:
        return False
    word = prep.lower_
    if word == "from":
        return prep.head.lower_ in {"up", "down"} or prep.head.lemma_.lower() in _CHANGE_VERBS
    return word in {"with", "to"} and prep.head.lemma_.lower() == "compare"


#: Currencies as a figure's thing: a sum of money.
MONEY: Final = frozenset({"dollar", "euro", "pound"})
#: Verbs a crowd is the subject of: "thousands marched", "about 2,000 protested".
_MARCHING: Final = frozenset({"march", "rally", "gather", "protest", "demonstrate"})
#: Scale words that make a bare number a sum when it counts damage: "4.2 million in damages".
_SUM_SCALES: Final = frozenset(w for w, v in SCALES.items() if v >= 1e6)
#: The same scales glued to the digits: "4.2m", "3bn".
_GLUED_SUM: Final = re.compile(r"[\d.,]+(?:m|mn|bn|tn)")


#: Endings of nouns for who does something ("backers", "mourners", "farmers"): wider endings
#: ("-at", "-or") take in "boats" and "tractors".
_DOERS: Final = ("er",)


def _crowd_noun(noun: Token | None) -> bool:
    """Whether a counted noun may name a crowd by whose side it is on ("150 supporters", "a
    handful of diehard fans"): a plural for people that names no thing the figures know. One
    outlet's "supporters gathered" is another's "150 people gathered", and a loaded modifier on
    one ("diehard") must not keep the two sizes apart; "thousands of birds gathered" or "300
    cars gathered" count no crowd, and must not be set against one."""
    if noun is None or noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _THINGS or lemma in TIME_NOUNS:
        return False
    return is_person_noun(noun) or lemma.endswith(_DOERS)


#: Gatherings a crowd takes part in or a gathering that draws one: "took part in the march",
#: "the rally drew 35,000 people".
_GATHERING_NOUNS: Final = frozenset(
    {"march", "rally", "protest", "demonstration", "vigil", "procession"}
)
#: Verbs whose subject, a gathering, has its crowd as object: "the march drew 35,000 people".
_DRAWING: Final = frozenset({"draw", "attract", "bring"})
#: Nouns a count hangs from that only total it: "a total of 120,000 people".
_TOTALS: Final = frozenset({"total", "crowd"})


def _marches(word: Token) -> bool:
    """Whether a counted word is the subject of a verb a crowd does ("Thousands marched", "about
    500 people marched", "120,000 people took part", "a total of 120,000 people took part") or
    what a gathering draws ("the march drew 35,000 people"): then it counts a crowd, which
    another outlet may size as "protesters" or "demonstrators", however few words the sentence
    gives it. Organisers and police size a march by who took part in it, and a paper that
    writes its own number states how many the march drew: each is the crowd another outlet
    sizes as "thousands marched"."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_ in _TOTALS:
        word = word.head.head
    verb = word.head
    if verb.pos_ != "VERB":
        return False
    if word.dep_ == "dobj":
        return verb.lemma_ in _DRAWING and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _GATHERING_NOUNS for c in verb.children
        )
    return word.dep_ == "nsubj" and (verb.lemma_ in _MARCHING or _takes_part(verb))


def _takes_part(verb: Token) -> bool:
    """Whether ``verb`` is "took part" in a gathering, or in nothing the sentence names ("120,000
    people took part"): "took part in the survey" counts no crowd."""
    if verb.lemma_ != "take" or not any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    ):
        return False
    places = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return all(g.lemma_.lower() in _GATHERING_NOUNS for g in places)


#: Nouns for a count already given that a later estimate restates: "put the figure at 35,000".
_RESTATED_NOUNS: Final = frozenset({"figure", "number", "total", "count", "estimate"})
#: Verbs that set such a noun at a number: "put the figure at", "estimated the number at".
_SETTING_AT: Final = frozenset({"put", "estimate", "place", "set"})


def _puts_the_figure_at(number: Token) -> bool:
    """Whether a bare number is where a source puts "the figure" ("police put the figure at
    35,000"): a second estimate of the count the article gave just before it, not a count of
    its own."""
    prep = number.head
    verb = prep.head
    return (
        number.dep_ == "pobj"
        and prep.lower_ == "at"
        and verb.lemma_ in _SETTING_AT
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _RESTATED_NOUNS for c in verb.children)
    )


def _restated(article: str, sent: Span) -> tuple[str, str | None] | None:
    """What the last figure of the sentence before ``sent`` counts, as (thing, state): the count
    "the figure" in ``sent`` restates. None when that sentence gives no figure."""
    doc = sent.doc
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    counts = list(_counts_in(article, doc, before))
    return (counts[-1].thing, counts[-1].state) if counts else None


def _scaled(doc: Doc, start: int, end: int) -> bool:
    """Whether the number at tokens ``start:end`` is scaled by millions or more ("4.2 million",
    "3bn"): a bare number so large that counts damage is a sum, where "12" may be homes."""
    return any(t.lower_ in _SUM_SCALES or _GLUED_SUM.fullmatch(t.lower_) for t in doc[start:end])


#: Words a sum's words reach the thing it pays for through: "a plan worth $12m", "a contract
#: costing £3.5bn", "a plan of €48m".
_PRICE_WORDS: Final = frozenset({"worth", "cost", "of"})
#: How many heads up from a sum the thing it pays for may be.
_PRICE_REACH: Final = 4
#: Verbs that put a sum they take as object into a thing: "will spend €48m on the plan",
#: "pledged $300m to the fund", "set aside $2bn for flood defences".
_SPENDING: Final = frozenset(
    {"spend", "allocate", "earmark", "pledge", "commit", "invest", "budget", "devote", "set"}
)
#: The words that name what a spending verb's sum goes to: "on", "for", "to", "into".
_SPENT_ON: Final = frozenset({"on", "for", "to", "into", "toward", "towards"})


def paid_for(span: Span) -> Token | None:
    """The noun a sum (the words of ``span``) pays for: "a 48 million euro plan", "a plan worth
    €48m", "will spend €48m on the plan". The sum's own words hang together, and the word that
    hangs from outside leads up its heads, through "worth", "costing" and "of", to the first
    other noun, or through a spending verb to what it spends on; None when another verb comes
    first ("lost €5m on the deal" pays for no deal)."""
    node = next((t for t in span if not span.start <= t.head.i < span.end), span[-1])
    for _ in range(_PRICE_REACH + 1):
        lemma = node.lemma_.lower()
        if node.pos_ in {"NOUN", "PROPN"} and lemma not in MONEY and lemma not in SCALES:
            return node
        if node.pos_ in {"ADJ", "ADP", "VERB"} and lemma not in _PRICE_WORDS:
            return None
        if node.pos_ not in {"NUM", "SYM", "NOUN", "ADJ", "ADP", "VERB"}:
            return None
        if node.head.i == node.i:
            return None
        if node.dep_ == "dobj" and _spends(node.head):
            return _spent_on(node.head, node)
        node = node.head
    return None


def _spends(verb: Token) -> bool:
    """Whether a verb puts its object into a thing: "spend", "pledge", but "set" only as "set
    aside"."""
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(c.lower_ == "aside" for c in verb.children)
    return lemma in _SPENDING


def _spent_on(verb: Token, sum_word: Token) -> Token | None:
    """The noun a spending verb's sum goes to: "on the plan", "to the fund", hung from the
    verb or from the sum itself ("48 million euros on the plan")."""
    for prep in (*sum_word.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ in _SPENT_ON:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # "on Friday" dates the spending; it is not what the sum goes to.
            if noun is not None and noun.pos_ in {"NOUN", "PROPN"} and not noun.ent_type_:
                return noun
    return None


#: Verbs whose object is the body a bill went through: "the bill passed the House 219-212".
_THROUGH: Final = frozenset({"pass", "clear"})
#: Prepositions that name the body a count was made in: "In the Senate, 51 members voted", "was
#: passed by the House".
_BODY_PREPS: Final = frozenset({"in", "by"})
#: How many heads up from a counted word the verb with its subject may be: "after voting for it
#: with 219 votes, the House ...".
_BODY_REACH: Final = 5


def named_body(word: Token) -> str | None:
    """The named body whose count ``word`` is part of, as a key: "house" for "The House voted
    219-212", "a House vote", "the bill passed the House" or "In the House, 219 members voted".
    A House's count is no answer to the Senate's, however alike two outlets' sentences read.
    None when no body is named ("lawmakers voted", "the chamber"): that may be either."""
    node = word
    for _ in range(_BODY_REACH):
        found = _named_on(node)
        if found is not None or _has_subject(node) or node.head.i == node.i:
            return found
        node = node.head
    return None


#: How a verb with no subject of its own hangs from the one whose subject it shares: "after
#: voting 51-49", "voted to pass".
_SHARED_SUBJECT: Final = frozenset({"pcomp", "advcl", "xcomp", "conj"})


def _has_subject(node: Token) -> bool:
    """Whether ``node`` is a verb that ends the way up to its count's body: one with a subject
    of its own, or one that hangs from no verb whose subject it could share."""
    if node.pos_ not in {"VERB", "AUX"}:
        return False
    own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    return own or node.dep_ not in _SHARED_SUBJECT


def _named_on(node: Token) -> str | None:
    """The name a word gives its count's body through its own words: a name on a noun
    ("a Senate vote", "the Senate's vote"), a verb's subject, or "in", "by" or "passed" a name."""
    if node.pos_ not in {"VERB", "AUX"}:
        names = [c for c in node.children if c.dep_ in {"compound", "poss"}]
    else:
        through = node.lemma_.lower() in _THROUGH
        names = [
            c
            for c in node.children
            if c.dep_ in {"nsubj", "nsubjpass"} or (through and c.dep_ == "dobj")
        ]
        names += [
            p
            for c in node.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _BODY_PREPS)
            for p in c.children
            if p.dep_ == "pobj"
        ]
    return next((b for b in map(_body_name, names) if b is not None), None)


#: Legislatures of two chambers, named as a whole: news writes "Congress passed the bill
#: 219-212" for the House's vote, so their count may be either chamber's, as a count with no body
#: named may.
_BOTH_CHAMBERS: Final = frozenset({"congress"})


def _body_name(tok: Token) -> str | None:
    """A body's name as a key ("house", "assembly"), from an organisation named, or, for a
    dateline's place the parser took for the subject ("ESTOVER (Meridian Press) - The
    Provincial Assembly voted"), from the last name set beside it; None for a place or a
    person. A party names no chamber: "Senate Republicans" are the Senate's, and "Democrats"
    may sit in either, so their count is not kept from the House's; nor does "Congress"
    (:data:`_BOTH_CHAMBERS`), whose vote a reader takes for the House's or the Senate's."""
    if tok.is_upper and len(tok) > 1 and tok.i == tok.sent.start:
        beside = [c for c in tok.children if c.dep_ == "appos"]
        return _body_name(beside[-1]) if beside else None
    if tok.ent_type_ == "NORP":
        chamber = (c for c in tok.children if c.dep_ == "compound" and c.ent_type_ != "NORP")
        return next((b for b in map(_body_name, chamber) if b is not None), None)
    if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG":
        name = tok.lemma_.lower()
        return None if name in _BOTH_CHAMBERS else name
    return None


def same_body(a: str | None, b: str | None) -> bool:
    """Whether two counts' bodies (:func:`named_body`) may be one: the same name, or one not
    named."""
    return a is None or b is None or a == b


def _frame(tok: Token, shown: Span, thing: str) -> tuple[str, ...]:
    """The verb a stateless figure hangs from and the adjectives on what it counts: "Four
    states have legalized recreational marijuana" and "23 states have enacted medical marijuana
    laws" count states, but not the same states. A sum that pays for a thing (:func:`paid_for`)
    is framed by that thing alone, whatever the verb: "will spend €48m on the plan" and "a €60m
    plan" both give the plan's sum. A rate ("20,000 euros per worker") is framed by what it is
    counted per, whatever it pays for: it is never the total beside it, and two outlets' rates
    per worker are one thing however each leads up to it."""
    rate = _per(tok)
    if rate is not None:
        return ("per", rate)
    if counts_a_lead(tok):
        return (LEAD,)  # "finished 3,410 votes ahead" and "left her 5,000 votes ahead": one lead
    paid = paid_for(shown) if thing in MONEY and len(shown) else None
    if paid is not None:
        return ("for", paid.lemma_.lower())
    if _sized_as_topic(tok, shown):
        return (TOPIC,)
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    verb = node.lemma_.lower() if node.pos_ in {"VERB", "AUX"} else ""
    act = _act_named_by_object(node, tok) or _act_on_them(node, tok)
    if act is not None:
        node, verb = act, act.lemma_.lower()
    if thing in _MEASURES and _event_amount(tok, verb):
        return (AMOUNT,)  # "2,000 barrels leaked" and "5,000 barrels poured": one volume
    if thing == "job" and verb in _JOB_LOSSES:
        return (LOSS,)  # "900 head-office roles would go" and "will slash thousands of jobs"
    if thing == "people" and verb in _CROWD_MOVES:
        verb = "cross"  # "500 illegals swarmed across" and "300 migrants crossed": one crossing
    labelled = tok.lemma_.lower() in _CROSSERS  # "illegal aliens", "asylum seekers": a label
    words = {
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in {"amod", "compound"} and not c.head.like_num and not labelled
    }
    if node is not tok:
        words |= {
            c.lemma_.lower()
            for o in node.children
            if o.dep_ in {"dobj", "attr", "prep"} and not _cites_source(o)
            for c in o.subtree
            if _describes_thing(c)
        }
    return (verb, *sorted(words))


def _event_amount(tok: Token, verb: str) -> bool:
    """Whether a figure in a measured unit (:data:`_MEASURES`) gives an amount the event itself
    let out, burnt or flooded. Outlets tell that amount with the verb and words of their side
    ("about 2,000 barrels of crude oil leaked", "more than 5,000 barrels of toxic sludge poured
    into the river"), so in lined-up sentences the two are one amount, whatever the verb. A
    figure that sizes another thing ("a 50,000-barrel tank"), gives a capacity ("the tank holds
    50,000 barrels") or a rate ("90,000 barrels a day") is another quantity and keeps its own
    verb and words."""
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return False
    if verb in _CAPACITY_VERBS:
        return False
    return not any(
        (t.dep_ == "npadvmod" and t.lemma_.lower() in TIME_NOUNS) or t.lower_ in _RATE_WORDS
        for t in _clause_tokens(tok)
    )


#: Verbs that leave the act to their object: "launched a recall of 212,000 vehicles".
_LIGHT_VERBS: Final = frozenset(
    {"launch", "announce", "order", "issue", "begin", "start", "conduct", "carry", "make"}
)


def _act_named_by_object(verb: Token, tok: Token) -> Token | None:
    """The noun that names the act a figure is counted for when a light verb
    (:data:`_LIGHT_VERBS`) only carries it: "launched a precautionary recall of a small number
    of vehicles" counts the vehicles recalled, as "recalled 212,000 vehicles" does, so both
    are framed by "recall". What the act's own modifiers say ("precautionary") qualifies the
    act, not the things counted, and stays out of the frame."""
    if verb.lemma_.lower() not in _LIGHT_VERBS:
        return None
    act = next((a for a in tok.ancestors if a.head.i == verb.i), None)
    if act is None or act.dep_ != "dobj" or act.pos_ != "NOUN":
        return None
    of = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return act if of is not None and tok in of.subtree else None


def _act_on_them(verb: Token, tok: Token) -> Token | None:
    """The participle that takes the counted things up as "them" when the figure reaches its
    verb only through a preposition: "apologised for a defect in 212,000 of its vehicles,
    recalling them" counts the vehicles recalled, as "recalled 212,000 vehicles" does. The
    apology is not done to the vehicles; the recall is. A count that is the verb's own subject
    or object keeps its verb: in "arrested 12 protesters, releasing them later" the count is of
    the arrested."""
    if tok.tag_ != "NNS" or verb.pos_ != "VERB":
        return None
    top = next((a for a in tok.ancestors if a.head.i == verb.i), None)
    if top is None or top.dep_ != "prep":
        return None
    # "was forced to apologise ..., recalling them": the participle hangs on "forced".
    verbs = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    return next(
        (
            c
            for v in verbs
            for c in v.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and any(o.dep_ == "dobj" and o.lower_ == "them" for o in c.children)
        ),
        None,
    )


_CONTENT_TAGS: Final = frozenset({"NOUN", "PROPN", "ADJ", "ADV"})


def _setting(counted: Token) -> frozenset[str]:
    """The content lemmas of a figure's clause (:func:`_clause_tokens`) besides its numbers and
    the words bounding them ("more than"), what it counts and the verbs."""
    return frozenset(
        t.lemma_.lower()
        for t in _clause_tokens(counted)
        if t.pos_ in _CONTENT_TAGS and t.i != counted.i and not t.like_num and not t.head.like_num
    )


def _retold(a: Figure, b: Figure) -> bool:
    """Two stateless figures that count one thing, with the same words on it, in one clause
    rewritten at its figure and verb (:func:`reader.core.quantities.same_setting`): "more than
    40 ships were stranded at anchor" / "31 ships were waiting at anchor". "employs 1,240
    workers" / "will cut 300 workers" share no setting and stay two counts."""
    return a.frame[1:] == b.frame[1:] and same_setting(a.setting, b.setting)


#: Verbs that say only that a happening reached what is counted: "a breach affecting 300
#: customers" counts the same customers as "the records of 300 customers were exposed".
_REACH_VERBS: Final = frozenset({"affect", "impact", "involve"})


def _reached(a: Figure, b: Figure) -> bool:
    """Two stateless figures in lined-up sentences, one of them framed only by a verb of reach
    (:data:`_REACH_VERBS`, with no word on what it counts but its size): an outlet that writes
    "affecting a limited number of customers" sizes the customers the others say were exposed,
    so their counts answer it."""
    return any(f.frame == (TOPIC,) for f in (a, b)) or any(
        f.frame[:1]
        and f.frame[0] in _REACH_VERBS
        and all(word in NUMBER_SIZES for word in f.frame[1:])
        for f in (a, b)
    )


#: The frame of a vague size given as what a clause is about ("panic over a handful of cases").
TOPIC: Final = "topic"
#: Prepositions by which a clause is about what a figure counts, not done to it.
_TOPIC_PREPS: Final = frozenset({"over", "about", "amid"})
#: Words whose "of" names what someone knows of, which a clause is then about: "was aware of a
#: handful of incidents" sizes the incidents as "stirring panic over a handful of cases" does.
_KNOWING: Final = frozenset({"aware", "informed", "notified"})


def _sized_as_topic(tok: Token, shown: Span) -> bool:
    """Whether a quantity word sizes the things a clause is about ("stirring panic over a
    handful of measles cases", "a row about a few complaints", "aware of a handful of
    incidents"): the verb is what the outlet says of them, not a happening that sets them
    apart, so the size answers any count of the same things in a lined-up sentence ("23 cases
    had been confirmed"). Only a quantity word is read so: an exact figure after "over" is
    bounded ("over 500 people")."""
    if any(t.like_num for t in shown):
        return False
    node = tok if tok.dep_ == "pobj" else shown[0]
    while node.dep_ == "pobj":
        prep = node.head
        if prep.lower_ in _TOPIC_PREPS or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in _KNOWING
        ):
            return True
        if prep.lower_ != "of" or prep.head.i == node.i:
            return False
        node = prep.head  # "a handful of cases": up from "cases" to "handful"
    return False


def _describes_thing(word: Token) -> bool:
    """Whether a word says what kind of thing is counted ("recreational marijuana"), not how
    big the count is: "fewer" in "fewer than 100 babies" modifies the number, and an outlet that
    bounds a figure counts the same babies as one that gives it. "Small" in "a small number of
    vehicles" sizes the count the same way (:data:`NUMBER_SIZES`)."""
    return (
        word.dep_ in {"amod", "compound"}
        and not word.like_num
        and not word.head.like_num
        and not (word.lower_ in NUMBER_SIZES and word.head.lower_ == "number")
    )


def _per(tok: Token) -> str | None:
    """What a counted word is counted per ("worker" for "20,000 euros per worker"), or None."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "per":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None:
                return str(noun.lemma_.lower())
    return None


def _cites_source(prep: Token) -> bool:
    """Whether a phrase on the verb names who gives the figure ("according to the national health
    agency"), not what it counts: one outlet's source must not set its count apart from another
    outlet's count of the same people."""
    return prep.lower_ == "according"


def _counted(doc: Doc, start: int, end: int, head: int, stop: int) -> tuple[Token | None, int]:
    """The noun a quantity counts and where the words to show end: "12 people", "thousands of
    homes", "billions of dollars" (the noun shown when it follows at once, or after an owner's
    pronoun: "212,000 of its vehicles"; a compound counts its head either way, after "of the"
    too: "30 of the river homes" counts homes, shown up to the number as "30 of the homes" is),
    "tens of thousands of terrified residents" (the noun found, the words shown stop at
    "thousands")."""
    if end < stop and doc[end].pos_ in {"NOUN", "SYM"}:
        return _compound_head(doc[end], stop)
    if end < stop and doc[end].lower_ == "of":
        nouns = [t for t in doc[end + 1 : min(end + 5, stop)] if t.pos_ == "NOUN"]
        if nouns and all(_leads_to_counted(t) for t in doc[end + 1 : nouns[0].i]):
            if nouns[0].i == end + 1:
                return _compound_head(nouns[0], stop)  # "a handful of measles cases": cases
            if doc[end + 1].tag_ == "PRP$" and nouns[0].i == end + 2:
                return _compound_head(nouns[0], stop)  # "212,000 of its brake lines": lines
            return _compound_head(nouns[0], stop)[0], end  # "30 of the river homes": homes
        return None, end
    tok = doc[head]
    if tok.dep_ in {"nummod", "compound", "quantmod"} and tok.head.pos_ == "NOUN":
        return tok.head, end
    return None, end


def _leads_to_counted(word: Token) -> bool:
    """Whether a word between a count's "of" and its noun leaves the count one of that noun:
    an adjective, a determiner or a noun ("12 of the damaged homes"), or an owner's pronoun
    ("212,000 of its vehicles", "40 of their stores"). A partitive that gives no whole counts
    what it names, as "212,000 vehicles" does; a number there gives the whole ("3 of its 11
    charges"), which is a share (:mod:`reader.core.shares`), not a count."""
    return word.pos_ in {"ADJ", "DET", "NOUN"} or word.tag_ == "PRP$"


def _compound_head(noun: Token, stop: int) -> tuple[Token, int]:
    """The noun a compound counts and the end of its words: "300 asylum seekers" counts seekers
    and "40 police officers" officers, as "300 seekers" and "40 officers" do. A unit stays what
    is counted: "a 60 million euro plan" is a sum, not plans. A compound of several words counts
    its last plural, through the singular words of the compound: "900 head-office roles" counts
    roles and "300 call centre jobs" jobs, as "900 roles" does."""
    head = counted = noun
    while (
        head.dep_ == "compound"
        and head.lemma_.lower() not in _THINGS
        and head.head.pos_ == "NOUN"
        and head.i < head.head.i < stop
    ):
        head = head.head
        if head.tag_ == "NNS":
            counted = head
    return counted, counted.i + 1


def _clause_tokens(tok: Token) -> list[Token]:
    """The tokens of the clause a figure sits in, in order: up from the counted word to its verb,
    and that verb's own words, not those of a clause joined to it ("killing 12 people and forcing
    ...")."""
    tokens: dict[int, Token] = {}
    node = tok
    while True:
        tokens.update((t.i, t) for t in _own_tokens(node))
        boundary = node.dep_ in _CLAUSE_DEPS and not _joined_count(node)
        if node.pos_ in {"VERB", "AUX"} or boundary or node.head.i == node.i:
            break
        node = node.head
    return [tokens[i] for i in sorted(tokens)]


def _joined_count(node: Token) -> bool:
    """Whether ``node`` is the second of two counted nouns joined by "and" ("six officers and
    nine marchers were treated"): it shares the first one's verb, and so its state, where a
    joined verb ("killing 12 and forcing ...") opens a clause of its own."""
    nominal = {"NOUN", "PROPN", "NUM"}
    return node.dep_ == "conj" and node.pos_ in nominal and node.head.pos_ in nominal


def _own_tokens(tok: Token) -> list[Token]:
    tokens = [tok]
    for child in tok.children:
        if child.dep_ not in _CLAUSE_DEPS:
            tokens += _own_tokens(child)
    return tokens


def _states(tok: Token) -> frozenset[str]:
    """The kinds of happening (:data:`reader.core.quantities.KINDS`) a figure's clause reports.
    Its word pairs are those next to each other and those a dependency joins, in reading order,
    so "power was cut" tells of a power cut as "a power cut" does; a verb's subject goes with its
    particle too, so "power went out" tells of one as "power out" does."""
    tokens = _clause_tokens(tok)
    inside = {t.i for t in tokens}
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    pairs = [(a, b) for a, b in itertools.pairwise(tokens) if b.i == a.i + 1]
    pairs += [
        (min(t, t.head, key=_at), max(t, t.head, key=_at)) for t in tokens if t.head.i in inside
    ]
    pairs += [
        (s, t)
        for t in tokens
        if t.dep_ == "prt"
        for s in t.head.children
        if s.dep_ in {"nsubj", "nsubjpass"} and s.i in inside
    ]
    bigrams = {(a.lower_, b.lower_) for a, b in pairs if a.i != b.i}
    return kinds_in(words, bigrams)


def _at(tok: Token) -> int:
    return tok.i


def _elided(tok: Token) -> str | None:
    """The counted noun a bare number takes from the clause it is joined to: "about 1,100 homes
    were damaged and 180 were destroyed"."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj":
        return None
    for sibling in verb.head.children:
        if sibling.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "nummod" for c in sibling.children
        ):
            lemma = sibling.lemma_.lower()
            return _THINGS.get(lemma, lemma)
    return None


# -- one of a thing, or both of them, where another outlet counts it ---------------------------

#: Words before a singular noun that count one of it: "a sample", "a single test".
_ONE_WORDS: Final = frozenset({"a", "an", "single"})
#: Words before a plural noun that count two of it: "both samples".
_TWO_WORDS: Final = frozenset({"both"})


def with_single_counts(
    figures: Mapping[str, Sequence[Figure]], docs: Mapping[str, Doc]
) -> dict[str, list[Figure]]:
    """``figures`` (each article's, by article id) with the counts an outlet gives by "a", "a
    single" or "both" (:func:`_single_counts`) of a noun another outlet counts too: an outlet
    that writes of "a sample" where the wire writes "both samples" gives one sample against
    two. An article is full of "a" before a noun ("a spokesman said", "a banned stimulant"), so
    a noun is read so only when the comparison counts it with a number somewhere and more than
    one outlet gives a count of it; people, homes, jobs, sums and times stay out, as their
    counts are tolls and sizes that a single one ("a man was injured") does not answer."""
    numbered = {f.thing for mine in figures.values() for f in mine if f.exact}
    singles = {article: _single_counts(article, docs[article], numbered) for article in figures}
    told_by: dict[str, set[str]] = {}
    for article, mine in [*figures.items(), *singles.items()]:
        for f in mine:
            told_by.setdefault(f.thing, set()).add(article)
    out: dict[str, list[Figure]] = {}
    for article, mine in figures.items():
        kept = [f for f in singles[article] if f.thing in numbered and told_by[f.thing] > {article}]
        out[article] = sorted([*mine, *kept], key=lambda f: f.start)
    return out


def _single_counts(article: str, doc: Doc, things: Collection[str]) -> list[Figure]:
    """The nouns of ``doc`` counted by a word before them (:data:`_ONE_WORDS`,
    :data:`_TWO_WORDS`) and by no number, as figures of their own lemma; only nouns whose lemma
    is one of ``things`` (the comparison's numbered things), as no other is ever kept."""
    out: list[Figure] = []
    for i in _untagged_nouns_of(doc, things):
        noun = doc[i]
        count = _single_count(noun)
        if count is None:
            continue
        first, value = count
        sent = noun.sent
        low, high = exact_range(value, 0.0)
        out.append(
            Figure(
                article=article,
                start=first.idx,
                end=noun.idx + len(noun.text),
                low=low,
                high=high,
                exact=True,
                value=value,
                thing=noun.lemma_.lower(),
                state=None,
                body=named_body(noun),
                numbers=numbers_in(sent),
                before=_earlier_numbers(sent),
                earlier=_dated_earlier(sent),
                single=True,
            )
        )
    return out


def _untagged_nouns_of(doc: Doc, things: Collection[str]) -> list[int]:
    """Positions of the common nouns outside any entity whose lemma is one of ``things``.

    Read from spaCy's attribute array, since nearly every word fails this test and building a
    Token for each costs more than the rest of :func:`_single_counts`."""
    from spacy.attrs import ENT_TYPE, LEMMA, POS
    from spacy.parts_of_speech import NOUN

    if not things or not len(doc):
        return []
    lemmas: dict[int, bool] = {}  # by lemma hash: whether its lowercase form is one of things
    out: list[int] = []
    for i, (pos, ent_type, lemma) in enumerate(doc.to_array([POS, ENT_TYPE, LEMMA]).tolist()):
        if pos != NOUN or ent_type:
            continue
        wanted = lemmas.get(lemma)
        if wanted is None:
            wanted = lemmas[lemma] = doc.vocab.strings[lemma].lower() in things
        if wanted:
            out.append(i)
    return out


def _single_count(noun: Token) -> tuple[Token, float] | None:
    """The first word of a count by "a", "a single" or "both" before ``noun``, and the number
    it gives; None for a noun a number counts, a name's, or one of people, homes, jobs, sums or
    times (:func:`with_single_counts`)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ not in {"NN", "NNS"}:
        return None
    lemma = noun.lemma_.lower()
    if lemma in _THINGS or lemma in TIME_NOUNS or is_person_noun(noun):
        return None
    words = [c for c in noun.children if c.i < noun.i and c.dep_ in {"det", "predet", "amod"}]
    if any(c.dep_ == "nummod" for c in noun.children):
        return None
    counting = _TWO_WORDS if noun.tag_ == "NNS" else _ONE_WORDS
    if not any(w.lower_ in counting for w in words):
        return None
    first = min(words, key=_at)
    if any(t.pos_ != "ADJ" for t in noun.doc[first.i + 1 : noun.i] if t.lower_ not in counting):
        return None  # "a quarter point", "a blood sample": the words before it size or name it
    return first, 2.0 if noun.tag_ == "NNS" else 1.0


# -- comparing the articles' figures ------------------------------------------------------------


def different_figures(
    figures: Mapping[str, Sequence[Figure]],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[FigureClash]:
    """Every figure that no other outlet agrees with while at least one gives another figure for
    the same thing, with the figures it disagrees with. ``figures`` is each article's figures
    (:func:`read_figures`) by article id; none inside its ``quotes`` (character spans of
    quotations: the speaker's figure, not the outlet's) is compared."""
    placed = {
        article: _placed(_outside(mine, quotes.get(article, ())), claims.get(article, ()))
        for article, mine in figures.items()
    }
    together = _aligned_sentences(claims, groups)
    # Each figure is set only against figures of its own key: with 50 long articles, scanning
    # every other figure for each one took longer than the rest of the comparison.
    exact = {article: _exact_by_key(mine) for article, mine in placed.items()}
    out: list[FigureClash] = []
    for article, mine in placed.items():
        for fig in mine:
            others = [
                o
                for other, theirs in exact.items()
                if other != article
                for o in _comparable(fig, _same_thing(fig, theirs), together)
            ]
            if not others or any(fig.agrees(o) for o in others):
                continue
            if not any(fig.mentions(o) or o.mentions(fig) for o in others):
                out.append(FigureClash(fig, tuple(others)))
            elif _stale(fig, others):
                out.append(FigureClash(fig, tuple(others), stale=True))
    return out


def _stale(fig: Figure, others: Sequence[Figure]) -> bool:
    """Whether ``fig`` gives as its count what the others give only as the value their count had
    before: "has confirmed 14 cases so far" where the wire writes "23 cases, up from 14 on
    Monday". An outcome that grows during the week is told at its latest; the old value given
    as the count now plays the outbreak down, though the others write the same number. A
    figure told as a count of its own time ("40 arrests overnight"), a sentence that writes a
    number of the others' own, or one that dates the figure earlier is no stale count."""
    if not fig.current or fig.earlier or fig.before or any(fig.mentions(o) for o in others):
        return False
    return all(
        any(fig.takes_in(n) for n in o.before)
        and not any(fig.takes_in(n) for n in o.numbers if n not in o.before)
        for o in others
        if o.mentions(fig)
    )


def _outside(figures: Sequence[Figure], quotes: Sequence[tuple[int, int]]) -> list[Figure]:
    """The figures that sit outside every quotation of ``quotes``."""
    return [f for f in figures if not any(s < f.end and f.start < e for s, e in quotes)]


def _exact_by_key(figures: Sequence[Figure]) -> dict[tuple[str, str | None], list[Figure]]:
    """An article's exact figures by what they count (:attr:`Figure.key`)."""
    out: dict[tuple[str, str | None], list[Figure]] = {}
    for fig in figures:
        if fig.exact:
            out.setdefault(fig.key, []).append(fig)
    return out


def _same_thing(
    fig: Figure, theirs: Mapping[tuple[str, str | None], Sequence[Figure]]
) -> list[Figure]:
    """Of another article's exact figures by key (:func:`_exact_by_key`), those that count what
    ``fig`` counts: of its own key, and for a sum, a sum of the same state whose currency one of
    the two does not write ("$4.2 million" and "4.2 million in damages")."""
    return [o for key in _keys_to_compare(fig) for o in theirs.get(key, ())]


def _keys_to_compare(fig: Figure) -> tuple[tuple[str, str | None], ...]:
    """The keys whose figures may count what ``fig`` counts (:func:`_same_thing`)."""
    if fig.thing == SOME_MONEY:
        return tuple((thing, fig.state) for thing in (SOME_MONEY, *sorted(MONEY)))
    if fig.thing in MONEY:
        return fig.key, (SOME_MONEY, fig.state)
    return (fig.key,)


def _comparable(
    fig: Figure, theirs: Sequence[Figure], together: set[tuple[str, int, str, int]]
) -> list[Figure]:
    """Of another article's exact figures for the same thing as ``fig`` (``theirs``, from
    :func:`_exact_by_key`): those anywhere when the state is named, else in a sentence lined up
    with ``fig``'s; none when that article gives two that disagree, since then it is not clear
    which one answers. A figure dated to an earlier occasion (:attr:`Figure.earlier`) counts
    that occasion's dead or injured, so it answers only a sentence lined up with its own; so
    does a count by "a" or "both" (:attr:`Figure.single`), whatever its state
    (:func:`_lined_up_single`)."""
    same = [
        o
        for o in theirs
        if (
            _lined_up_single(fig, o, together)
            if fig.single or o.single
            else (
                (fig.state is not None and not (fig.earlier or o.earlier))
                or (
                    fig.state is not None
                    and (fig.article, fig.sentence, o.article, o.sentence) in together
                )
                or (
                    (o.frame == fig.frame or _retold(o, fig) or _reached(o, fig))
                    and same_body(o.body, fig.body)
                    and (fig.article, fig.sentence, o.article, o.sentence) in together
                )
            )
        )
    ]
    if any(not a.agrees(b) for a in same for b in same):
        return []
    return same


def _lined_up_single(fig: Figure, o: Figure, together: set[tuple[str, int, str, int]]) -> bool:
    """Whether two figures, one of them a count by "a" or "both" (:attr:`Figure.single`), answer
    each other: only in lined-up sentences, whatever their verbs, since "an alleged positive
    from a sample" and "both samples contained the drug" tell of the same test in different
    words, and a single one elsewhere in an article is usually another one."""
    return same_body(o.body, fig.body) and (fig.article, fig.sentence, o.article, o.sentence) in (
        together
    )


def _placed(figures: Sequence[Figure], claims: Sequence[Claim]) -> list[Figure]:
    """The figures that sit in a claim, each with its claim's sentence: a dateline or a headline
    holds no claim and is compared elsewhere."""
    contexts = _sentence_spans(claims)
    out: list[Figure] = []
    for fig in figures:
        claim = next((c for c in claims if c.start <= fig.start < c.end), None)
        if claim is None:
            continue
        out.append(replace(fig, sentence=claim.sentence, context=contexts[claim.sentence]))
    return out


def _sentence_spans(claims: Sequence[Claim]) -> dict[int, tuple[int, int]]:
    """The character span of each sentence's claims, found once for all of an article's figures
    rather than by scanning every claim again for each figure."""
    spans: dict[int, tuple[int, int]] = {}
    for c in claims:
        start, end = spans.get(c.sentence, (c.start, c.end))
        spans[c.sentence] = (min(start, c.start), max(end, c.end))
    return spans


def _aligned_sentences(
    claims: Mapping[str, Sequence[Claim]], groups: Sequence[Alignment]
) -> set[tuple[str, int, str, int]]:
    """(article, sentence, article, sentence) of every two sentences whose claims line up."""
    sentence_of = {c.id: (c.article, c.sentence) for cs in claims.values() for c in cs}
    out: set[tuple[str, int, str, int]] = set()
    for g in groups:
        places = [sentence_of[m.claim] for m in g.members if m.claim in sentence_of]
        out.update((*a, *b) for a in places for b in places if a[0] != b[0])
    return out


# -- figures in an explanation ------------------------------------------------------------------


def mid_sentence(words: str) -> str:
    """A figure or a count as it reads inside an explanation: "Says 'dozens'" and "four people",
    not the "Dozens" or "Four people" that opened the outlet's own sentence. A figure starts
    with a number or a quantity word, never with a name, and an abbreviation in capitals keeps
    them; the one-letter article "A" ("A few thousand people") is no abbreviation."""
    first = words.split(" ", 1)[0]
    abbreviation = first.isupper() and len(first) > 1
    return words[:1].lower() + words[1:] if first[:1].isupper() and not abbreviation else words
