"""What happened to the people or things a claim counts: deaths, the missing, the injured, ...

Outlets inflate or play down a story in its counts ("killed 12" / "a number of people had died",
"1,100 homes were damaged" / "thousands of homes wiped out"), so the claims giving one count in
other words and other figures are the ones a reader most needs side by side. Their words differ
("died" / "killed") while a claim about another count of the same story shares the subject and
the topic words ("Three people are still missing"), so the pair models alone line up the wrong
one. The happening a claim reports is the evidence they lack: in context, two claims that report
the same kind of happening gain (and more when they also count the same thing, each with its own
figure or with none), and two that report different kinds lose.

The classes are the counts disaster, conflict, crime and protest reports give
(:data:`reader.core.quantities.KINDS`); words outside them say nothing either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

from reader.core.features import ClaimTerms, FloatArray, IntArray
from reader.core.figures import HEDGE_SHARE, TIME_NOUNS
from reader.core.quantities import LEAD, kinds_in, same_setting
from reader.core.wording import STOP_WORDS

#: In anchor units (:data:`reader.core.align_pairs.ANCHOR_WEIGHT` each): two claims reporting the
#: same kind of happening count as one shared rare anchor, and one more when they also count the
#: same thing ("thousands of homes" / "1,100 homes"). Hand-set on tests/fixtures/events/sarn.
SAME_EVENT: Final = 1.0
SAME_COUNT: Final = 1.0
#: Two claims that report only different kinds ("had died" / "are still missing") lose this much
#: in log-odds: the shared subject ("people", "officials said") is no evidence of one fact.
OTHER_EVENT_WEIGHT: Final = 1.5
#: How far apart two counts of one unit may lie, as a share of the larger, and still be one
#: figure rounded or hedged two ways ("nearly 20,000 acres" / "about 18,000 acres"): the reach
#: of a hedge or a round estimate in the "Different figure" check.
ROUNDING: Final = HEDGE_SHARE
#: The numbers that may be years, which a shared figure must not be.
_YEARS: Final = (1800, 2100)


def events(terms: ClaimTerms) -> frozenset[str]:
    """The kinds of happening a claim reports (:data:`reader.core.quantities.KINDS`): the same
    kinds the "Different figure" flag compares a figure's state by. A count of a lead ("3,410
    votes ahead", "a margin of 5,000 votes") is its own kind, read from how the count is told
    rather than from a word, since "ahead" and "lead" have other senses."""
    kinds = kinds_in(set(terms.lemmas) | terms.words, terms.bigrams)
    if any(how == LEAD for _, how in terms.counted_by):
        return kinds | {LEAD}
    return kinds


def same_count(
    terms: Sequence[ClaimTerms],
    left: IntArray,
    right: IntArray,
    context: npt.NDArray[np.bool_],
) -> npt.NDArray[np.bool_]:
    """Pairs, in context, that count the same thing for the same kind of happening: "killing at
    least 20 people" / "killed 12 people", "60,000 households plunged into darkness" / "22,000
    households lost power". Their figures differ because one outlet inflates or rounds, not
    because they report two facts, so the penalties for disagreeing figures
    (:data:`reader.core.align_model.QUANTITY_PENALTY`, ``NUMBER_PENALTY``) do not apply.

    Outside those kinds, the same thing counted by the same verb is one count too ("the ward
    delivers about 140 babies a year" / "delivers fewer than 100 babies"): an outlet that plays
    a figure down keeps the sentence it changes the figure in. So is the same thing counted in
    the same setting by another verb (:func:`_retold`), unless the two report other kinds of
    happening ("died" / "are missing"), and so is one figure rounded two ways by claims that
    report the same kinds of happening (:func:`_same_figure`): a lead of 3,410 votes is no
    count of votes cast."""
    kinds = [events(t) for t in terms]
    out = np.zeros(len(left), dtype=bool)
    for k in np.flatnonzero(context).tolist():
        a, b = int(left[k]), int(right[k])
        one_kind = not (
            kinds[a].isdisjoint(kinds[b]) or terms[a].counted.isdisjoint(terms[b].counted)
        )
        other_kinds = bool(kinds[a]) and bool(kinds[b]) and kinds[a].isdisjoint(kinds[b])
        out[k] = (
            one_kind
            or not terms[a].counted_by.isdisjoint(terms[b].counted_by)
            or (not other_kinds and _retold(terms[a], terms[b]))
            or (kinds[a] == kinds[b] and _same_figure(terms[a], terms[b]))
        )
    return out


def _same_figure(a: ClaimTerms, b: ClaimTerms) -> bool:
    """Whether both count one unit with values within :data:`ROUNDING` of each other: "nearly
    20,000 acres have gone up in smoke" / "has burned about 18,000 acres" give one size, told
    with other verbs. Dates, ages and durations ("after 12 weeks") set when, not how much, and
    are no shared figure, as the "Different figure" check never compares them; nor is a number
    the parse hangs on a small word ("in 2026"), nor one that may be a year."""
    units = (a.quantities.keys() & b.quantities.keys()) - TIME_NOUNS - STOP_WORDS
    for unit in units:
        for x in map(float, a.quantities[unit]):
            for y in map(float, b.quantities[unit]):
                big = max(abs(x), abs(y))
                if big > 0 and abs(x - y) <= ROUNDING * big and not (_a_year(x) or _a_year(y)):
                    return True
    return False


def _a_year(value: float) -> bool:
    """Whether a number may be a year ("2026"): the claim's terms keep no comma to tell."""
    return value.is_integer() and _YEARS[0] <= value <= _YEARS[1]


def _retold(a: ClaimTerms, b: ClaimTerms) -> bool:
    """The same thing counted in one sentence rewritten at its figure and verb
    (:func:`reader.core.quantities.same_setting`)."""
    return not a.counted.isdisjoint(b.counted) and same_setting(_setting(a), _setting(b))


def _setting(terms: ClaimTerms) -> frozenset[str]:
    """A counting claim's lemmas without its figures, what it counts and the verbs counting it."""
    verbs = {verb for _, verb in terms.counted_by}
    return frozenset(terms.lemmas) - terms.numbers - terms.counted - verbs


def event_evidence(
    terms: Sequence[ClaimTerms],
    left: IntArray,
    right: IntArray,
    context: npt.NDArray[np.bool_],
    other_weight: float,
) -> FloatArray:
    """Per pair, in anchor units: the same kind of happening (and count) for, other kinds against.

    Only between claims that both give a count, with a figure or without: "damage to two
    bridges" and "shops had escaped serious damage" share a word, not a count to compare.

    ``other_weight`` is :data:`OTHER_EVENT_WEIGHT` in anchor units.
    """
    kinds = [events(t) if _counts(t) else frozenset() for t in terms]
    out = np.zeros(len(left), dtype=np.float64)
    for k in np.flatnonzero(context).tolist():
        a, b = int(left[k]), int(right[k])
        ka, kb = kinds[a], kinds[b]
        if not ka or not kb:
            continue
        if ka.isdisjoint(kb):
            out[k] = -other_weight
            continue
        out[k] = SAME_EVENT
        if not terms[a].counted.isdisjoint(terms[b].counted):
            out[k] += SAME_COUNT
    return out


def _counts(terms: ClaimTerms) -> bool:
    """Whether a claim gives a count: a figure, or a count without one ("dozens")."""
    return bool(terms.counted or terms.numbers or terms.vague)


def event_pairs(
    terms: Sequence[ClaimTerms], article_of: IntArray, cap: int
) -> tuple[IntArray, IntArray]:
    """Pairs of claims from different articles that report the same kind of happening and count
    something: candidates the shared words may miss ("Dozens more are feared missing" / "Three
    people are still missing" share no lemma). A kind in more than ``cap`` such claims is the
    story's topic, not evidence, and makes no candidates."""
    by_kind: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        if _counts(t):
            for kind in events(t):
                by_kind.setdefault(kind, []).append(i)
    left: list[int] = []
    right: list[int] = []
    for claims in by_kind.values():
        if len(claims) > cap:
            continue
        for x, a in enumerate(claims):
            for b in claims[x + 1 :]:
                if article_of[a] != article_of[b]:
                    left.append(a)
                    right.append(b)
    return np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
