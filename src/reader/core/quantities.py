"""How the app reads a count: the number written, the range a quantity word stands for, and the
kind of happening it counts.

Two parts of a comparison read counts. The "Different figure" flag (:mod:`reader.core.figures`)
sets one outlet's figure against the others'; the aligner (:mod:`reader.core.features`,
:mod:`reader.core.align_events`) lines up the claims that give one count in other words. They must
read "4 000", "$1.2bn", "twelve", "a dozen" and "thousands" alike, or a figure the flag calls
different is one the aligner never put beside it (or the other way round). So both read numbers
with :func:`number_at`, quantity words with :func:`rough_at` and kinds of happening with
:func:`kinds_in`, and each applies its own tolerance on top: a comparison flag keeps the ranges
as they are, the aligner reaches further (see :data:`reader.core.features.ROUGH_REACH`).
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.nlp import words_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NUMBER_WORDS: Final[dict[str, int]] = {
    **{
        w: i
        for i, w in enumerate(
            (
                *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
                *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
                *("seventeen", "eighteen", "nineteen", "twenty"),
            )
        )
    },
    **{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80},
    "ninety": 90,
}
#: Words after a number that scale it ("48 million", "$48m", "2bn", "two dozen"): "48 million",
#: "$48m" and "48,000,000" are one number.
SCALES: Final[dict[str, float]] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "m.": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
#: The scale words that make a number after "a": "a dozen", "a hundred", "a million".
_WORD_SCALES: Final = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
#: A number as written in digits; ``float`` alone would also read "nan", "inf", "1_000", "1e5".
_DIGITS: Final = re.compile(r"\d+(?:\.\d+)?")
#: Any digit: a token without one starts a number only as a word ("twelve", "a dozen").
_A_DIGIT: Final = re.compile(r"\d")
#: Digits with a scale word glued on: "1.2bn", "48m", "5k".
_GLUED: Final = re.compile(r"(\d+(?:\.\d+)?)(bn|mn|m|k|tn)")
#: Words after "m" that make it metres, not a million: "a 100m sprint", "a 5 m wall", "300m high".
_DISTANCE_WORDS: Final = frozenset(
    {
        *("sprint", "race", "run", "dash", "hurdles", "relay", "freestyle", "backstroke"),
        *("breaststroke", "butterfly", "medley", "wall", "tower", "high", "deep", "long"),
        *("tall", "wide", "away"),
    }
)
#: Signs of money before a number: then its "m" is a million whatever follows ("a £300m tower").
_MONEY_SIGNS: Final = ("$", "£", "€", "¥")
#: Spaces that group a number's thousands: "4 000", "4\u202f000" (French and SI style).
GROUP_SPACES: Final = frozenset({" ", "\u00a0", "\u202f", "\u2009"})


@dataclass(frozen=True, slots=True)
class Rough:
    """A quantity word and the figures it usually stands for.

    The ranges tile the numbers: each word runs from two of its unit to where the next word takes
    over ("hundreds" 200 to 2,000, "thousands" 2,000 to 20,000, then "tens of thousands"), which
    is what a reader would let each word mean. "Thousands" once ran to a million for the aligner,
    which read "tens of thousands" and "hundreds of thousands" as "thousands"; read whole, those
    phrases have ranges of their own. "Millions" and "billions" stay wide, as outlets use them
    loosely for money. ``gives_figure`` is False for words that withhold one ("a number of",
    "some"): the flag never lets them agree with a figure, the aligner lets them cover small ones.
    ``aligns`` is False for words too common to tell claims apart ("a few"): outlets write them
    of anything, so as an aligner's feature "A few people gathered" would cover "hundreds of
    residents"; only the figure comparison, once claims are lined up, reads them.
    """

    name: str
    words: tuple[str, ...]
    low: float
    high: float
    gives_figure: bool = True
    aligns: bool = True


def _rough(
    words: str, low: float, high: float, gives_figure: bool = True, aligns: bool = True
) -> Rough:
    return Rough(words, tuple(words.split()), low, high, gives_figure, aligns)


#: Every quantity word, longest phrase first so "tens of thousands" is not read as "tens".
ROUGH: Final[tuple[Rough, ...]] = (
    _rough("tens of thousands", 20e3, 200e3),
    _rough("hundreds of thousands", 200e3, 2e6),
    _rough("tens of millions", 20e6, 200e6),
    _rough("hundreds of millions", 200e6, 2e9),
    _rough("a handful", 2, 6),
    _rough("a few", 2, 6, aligns=False),
    _rough("a number", 2, 1e3, gives_figure=False),
    _rough("dozens", 24, 150),
    _rough("scores", 40, 200),
    _rough("hundreds", 200, 2e3),
    _rough("thousands", 2e3, 20e3),
    _rough("millions", 2e6, 1e9),
    _rough("billions", 2e9, 1e12),
    _rough("some", 2, 1e3, gives_figure=False),
)
#: Words before a scale word that make it a rough count: "a few thousand homes", "several dozen"
#: mean "thousands", "dozens", not 1,000 or 12.
_ROUGH_LEADS: Final = (("a", "few"), ("several",))
_ROUGH_OF_SCALE: Final[dict[str, str]] = {
    "dozen": "dozens", "hundred": "hundreds", "thousand": "thousands", "million": "millions",
    "billion": "billions",
}  # fmt: skip
#: "A couple" is two, loosely: "a couple of hundred protesters" is about 200, not "hundreds"
#: (which runs to 2,000), and "a couple of thousand" about 2,000. Read as a quantity word whose
#: range is the number in words give or take what "a couple" allows (one and a half to three of
#: its unit), so it stays an estimate the flags never take for an exact figure.
_COUPLE_LEADS: Final = (("a", "couple", "of"), ("a", "couple"))
_COUPLE: Final = "a couple"
COUPLES: Final[tuple[Rough, ...]] = (
    _rough(_COUPLE, 2, 3, aligns=False),  # "a couple of days": outlets write it of anything
    *(
        _rough(f"{_COUPLE} of {scale}", 1.5 * unit, 3 * unit)
        for scale, unit in (
            ("dozen", 12.0), ("hundred", 100.0), ("thousand", 1e3), ("million", 1e6),
            ("billion", 1e9),
        )
    ),
)  # fmt: skip
ROUGH_BY_NAME: Final[dict[str, Rough]] = {r.name: r for r in (*ROUGH, *COUPLES)}

#: Words that size "a number of" without giving one: "a limited number of customers", "a small
#: number of units", "an undisclosed number of staff". They withhold the figure as "a number of"
#: does, and a statement that plays an event down writes them where reports give the count.
NUMBER_SIZES: Final = frozenset(
    {
        "limited", "small", "tiny", "modest", "large", "great", "significant", "substantial",
        "considerable", "sizeable", "sizable", "growing", "unknown", "undisclosed",
        "unspecified", "certain",
    }
)  # fmt: skip

#: The words a quantity phrase can start with (:func:`rough_at` is asked at every token).
_FIRST_WORDS: Final = (
    frozenset(r.words[0] for r in ROUGH)
    | frozenset(lead[0] for lead in _ROUGH_LEADS)
    | frozenset({"an"})
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written from one token on: "4,000", "4 000", "$1.2bn" (from the "1.2"),
    "twelve", "a dozen"."""

    value: float  # with its scale: "1.2bn" is 1.2e9
    unscaled: float  # as the first token writes it: "1.2bn" is 1.2
    end: int  # the token after the number and its scale words
    rounding: float  # half the unit it is rounded to, scaled: "$100 million" is +-50 million
    written: str  # the digits or the number word, without grouping: "4000", "twelve"


def number_at(doc: Doc, j: int, stop: int) -> Number | None:
    """The number written from token ``j`` (before ``stop``), or None. Every number counts here,
    years and tallies too: which of them a caller compares is its own business."""
    if j >= stop:
        return None
    tok = doc[j]
    low = tok.lower_
    if not _may_start_number(low):
        return None  # most tokens: settled by the word itself
    glued = _GLUED.fullmatch(low.replace(",", ""))
    if low == "a" and j + 1 < stop and doc[j + 1].lower_ in _WORD_SCALES:
        value, end = SCALES[doc[j + 1].lower_], j + 2
        text = f"{value:.0f}"  # then further scale words: "a hundred thousand"
    elif low in NUMBER_WORDS:
        text, value, end = low, float(NUMBER_WORDS[low]), j + 1
    elif glued is not None:  # "$1.2bn" as spaCy leaves it, one token
        text, end = glued[1], j + 1
        scale = 1.0 if _metres(doc, j, glued[2], end, stop) else SCALES[glued[2]]
        return Number(
            float(text) * scale, float(text), end, rounding(text, float(text)) * scale, text
        )
    else:
        text, end = digits_from(doc, j, stop)
        if not _DIGITS.fullmatch(text) or continues_number(doc, j):
            return None
        value = float(text)
    unscaled, half = value, rounding(text, value)
    while end < stop:
        word = doc[end].lower_
        if word == "-" and end + 1 < stop and doc[end + 1].lower_ in SCALES:
            end += 1  # "a $48-million scheme"
            continue
        if word not in SCALES or _metres(doc, j, word, end + 1, stop):
            break
        value *= SCALES[word]
        half *= SCALES[word]
        end += 1
    return Number(value, unscaled, end, half, text)


def _metres(doc: Doc, j: int, scale: str, after: int, stop: int) -> bool:
    """Whether the "m" after the number at token ``j`` means metres: "m" is a million for money
    and counted things ("$5m", "5m people", "a £100m deal") and metres for a distance ("a 100 m
    sprint", "the 400m hurdles"), told by the word at ``after``, the one after the "m". That
    word opening a compound ("a 30m long-term deal", "a 40m high-speed line") measures nothing."""
    if scale != "m" or after >= stop or doc[after].lower_ not in _DISTANCE_WORDS:
        return False
    if after + 1 < len(doc) and doc[after + 1].text in {"-", "–"}:
        return False
    return j == 0 or not doc[j - 1].text.endswith(_MONEY_SIGNS)


def number_starts(doc: Doc) -> tuple[int, ...]:
    """The tokens of ``doc`` a number may start at (:func:`_may_start_number`), in order:
    figures and part counts each look for a number at every token (:func:`words_where`)."""
    return words_where(doc, _may_start_number)


def may_start_count(word: str) -> bool:
    """Whether a number or a quantity word (:func:`number_at`, :func:`rough_at`) can start at a
    token written ``word`` (lower case). Callers asked at every token pass most of them by with
    this one look at the word, before reading any phrase or number from it."""
    return word in _FIRST_WORDS or _may_start_number(word)


def _may_start_number(word: str) -> bool:
    """No number starts without a digit, a number word or the "a" of "a dozen"."""
    return word == "a" or word in NUMBER_WORDS or _A_DIGIT.search(word) is not None


def digits_from(doc: Doc, j: int, stop: int) -> tuple[str, int]:
    """The digits written from token ``j``, thousands grouped by commas or by spaces ("4,000",
    "4 000", "1 250 000"), and the token after them."""
    digits = doc[j].text.replace(",", "")
    end = j + 1
    if not digits.isdecimal() or len(digits) > 3:
        return digits, end
    while (group := _group_after(doc, end - 1, stop)) is not None:
        digits += doc[group].text
        end = group + 1
    return digits, end


def _group_after(doc: Doc, k: int, stop: int) -> int | None:
    """The token of three digits that goes on the number ending at token ``k`` after a space
    (spaCy keeps a no-break space as a token of its own), if any."""
    nxt = k + 1
    if doc[k].whitespace_ == "" and nxt < stop and doc[nxt].text in GROUP_SPACES:
        nxt += 1
    elif doc[k].whitespace_ not in GROUP_SPACES:
        return None
    if nxt < stop and len(doc[nxt].text) == 3 and doc[nxt].text.isdecimal():
        return nxt
    return None


def continues_number(doc: Doc, j: int) -> bool:
    """Token ``j`` is a later group of a number grouped by spaces: the "000" of "4 000"."""
    k = j - 1
    if k >= 0 and doc[k].text in GROUP_SPACES:
        k -= 1
    if k < 0 or not doc[k].text.isdecimal() or len(doc[k].text) > 3:
        return False
    return _group_after(doc, k, j + 1) == j


def rounding(written: str, value: float) -> float:
    """Half the unit a figure is rounded to: "4,000" may be 3,500 to 4,500, "4,100" no more
    than 4,050 to 4,150, "12" exactly 12."""
    digits = written.replace(",", "")
    if not digits.isdigit() or value < 100:
        return 0.0
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10**zeros if zeros >= 2 else 0.0


def rough_at(doc: Doc, i: int, stop: int, *, unaligned: bool = False) -> tuple[Rough, int] | None:
    """The quantity word that starts at token ``i`` and counts something there, and the token
    after it: "thousands of homes", "some residents", "a couple of hundred protesters"; not "some
    4,000" (a hedge), "three thousands" or "the number of" (no quantity). With ``unaligned``,
    words the aligner leaves out are read too ("a few deaths"; see :class:`Rough`)."""
    if i >= stop or doc[i].lower_ not in _FIRST_WORDS:
        return None  # most tokens: settled by the first word, before any phrase is compared
    words = [t.lower_ for t in doc[i : min(i + 4, stop)]]
    if _sized_number(words) and _counts_here(doc, i, 1, stop):
        return ROUGH_BY_NAME["a number"], i + 3
    couple = _couple_at(doc, i, words, stop)
    if couple is not None:
        return couple if couple[0].aligns or unaligned else None
    for lead in _ROUGH_LEADS:  # first: "a few dozen" is dozens, not "a few"
        n = len(lead)
        if tuple(words[:n]) == lead and len(words) > n and words[n] in _ROUGH_OF_SCALE:
            return ROUGH_BY_NAME[_ROUGH_OF_SCALE[words[n]]], i + n + 1
    for rough in ROUGH:
        n = len(rough.words)
        if not (rough.aligns or unaligned) or tuple(words[:n]) != rough.words:
            continue
        if _counts_here(doc, i, n, stop):
            return rough, i + n
    return None


def _couple_at(doc: Doc, i: int, words: list[str], stop: int) -> tuple[Rough, int] | None:
    """ "A couple of hundred" (about 200) or "a couple of" alone (about two) at token ``i``, and
    the token after it; "a couple" alone counts only what follows it with "of" ("a couple of
    protesters"), not the pair of "the couple" or "a couple who married"."""
    for lead in _COUPLE_LEADS:
        n = len(lead)
        if tuple(words[:n]) != lead:
            continue
        if len(words) > n and words[n] in _ROUGH_OF_SCALE:
            scaled = ROUGH_BY_NAME[f"{_COUPLE} of {words[n]}"]
            return (scaled, i + n + 1) if _counts_here(doc, i, n + 1, stop) else None
        if lead[-1] == "of" and len(words) > n and doc[i + n].pos_ in {"NOUN", "ADJ"}:
            return ROUGH_BY_NAME[_COUPLE], i + n
    return None


def _sized_number(words: list[str]) -> bool:
    """Whether ``words`` open "a number of" with a word that sizes it between: "a limited number
    of", "an undisclosed number of"."""
    return (
        len(words) == 4
        and words[0] in {"a", "an"}
        and words[1] in NUMBER_SIZES
        and words[2:] == ["number", "of"]
    )


def _counts_here(doc: Doc, i: int, n: int, stop: int) -> bool:
    """The quantity word at tokens ``i:i+n`` counts something: not "some 4,000" (a hedge), "three
    thousands", "tens of thousands" read from its "thousands", or "the number of"."""
    first, last = doc[i], doc[i + n - 1]
    if i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ == "the" or _inside_rough(doc, i)):
        return False
    after = doc[i + n] if i + n < stop else None
    if first.lower_ == "some":
        return (
            after is not None
            and after.tag_ == "NNS"
            and first.dep_ == "det"
            and first.head.i == after.i
        )
    if last.lower_ in {"number", "handful"}:
        return after is not None and after.lower_ == "of"
    if last.lower_ == "few":  # "a few deaths"; "a few of the charges" is a share (shares)
        return after is not None and after.pos_ == "NOUN"
    return after is None or not after.like_num


#: The first words of the quantity phrases of several words ("tens of thousands").
_PHRASE_LEADS: Final = frozenset(r.words[0] for r in ROUGH if r.words[1:2] == ("of",))


def _inside_rough(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a longer quantity phrase: the "thousands" of "tens of thousands". Any
    other "of" before a quantity word leaves it a count: "the evacuation of thousands"."""
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PHRASE_LEADS


#: Each kind of happening a count can report, and the words (lemmas, or word forms where spaCy
#: lemmatises unevenly) that say so. The names say what state the counted thing is in. Two more
#: kinds, "no power" and "shelter", are told by phrases (:data:`KIND_PHRASES`).
KINDS: Final[dict[str, frozenset[str]]] = {
    "dead": frozenset(
        {"die", "dead", "death", "kill", "killing", "perish", "fatality", "drown", "toll"}
    ),
    "missing": frozenset({"missing", "unaccounted"}),
    "injured": frozenset({"injure", "injured", "injury", "wound", "wounded", "hurt"}),
    "left home": frozenset(
        {"flee", "evacuate", "evacuation", "evacuee", "displace", "displaced", "homeless"}
    ),
    "no power": frozenset({"darkness", "blackout", "outage"}),
    "destroyed": frozenset({"destroy", "destroyed", "wipe", "flatten", "raze", "ruin"}),
    "damage": frozenset({"damage", "damaged", "loss"}),
    "arrested": frozenset({"arrest", "detain", "detention"}),
    # Outlets size a crowd up or down ("about 200 people gathered" / "hundreds of furious
    # residents protested"), and its size is the count to compare. "Gather" and "rally" tell of
    # a protest only with people in the claim (:data:`_CROWD_VERBS`).
    "protest": frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator"}),
}
#: Counted nouns (lemmas) for people: one outlet's "people" is another's "residents" or
#: "protesters", so a count of any of them counts the same thing (:func:`counted_thing`).
PEOPLE: Final = frozenset(
    {
        *("people", "person", "resident", "villager", "civilian", "inhabitant", "citizen"),
        *("protester", "protestor", "demonstrator", "marcher", "crowd"),
    }
)
#: What a count of happenings is compared as (:func:`counts_happenings`).
HAPPENINGS: Final = "incidents"
#: Nouns that count happenings whatever they are: one outlet's "a handful of incidents" sizes
#: what another counts as "38 reports of brake failure".
_HAPPENING_NOUNS: Final = frozenset({"incident"})
#: Nouns that count happenings only when what happened follows ("reports of brake failure",
#: "complaints of harassment"): alone, or of a named or definite owner ("three reports", "the
#: reports of the committee"), they count documents and grievances filed. "Case" stays out:
#: news counts patients ("23 measles cases") and lawsuits ("a case before the court") with it,
#: neither of which is an incident, and figures already set cases against cases.
_TOLD_HAPPENINGS: Final = frozenset({"report", "complaint"})


def counts_happenings(noun: Token) -> bool:
    """Whether a counted noun counts happenings (:data:`HAPPENINGS`): "incidents" always,
    "reports" and "complaints" only of what happened, told after "of" with no definite or
    named owner ("reports of brake failure", "complaints of a leak")."""
    lemma = noun.lemma_.lower()
    if lemma in _HAPPENING_NOUNS:
        return True
    if lemma not in _TOLD_HAPPENINGS or noun.tag_ != "NNS":
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return what is not None and what.pos_ == "NOUN" and not any(map(_owns, what.children))


def _owns(word: Token) -> bool:
    """Whether a word gives its noun a definite or named owner ("the", "its", "the group's"):
    "the reports of the committee" are the committee's documents."""
    return word.dep_ in {"det", "poss"} and word.lower_ not in {"a", "an"}


#: Verbs that tell of a crowd coming together only when people do it: "200 people gathered",
#: not "investigators gathered 300 samples" or "shares rallied 300 points".
_CROWD_VERBS: Final = frozenset({"gather", "rally"})
#: Gatherings whose size is a crowd's when people hold or fill them: "about 200 people held a
#: vigil" and "thousands filled the square for a vigil" size one crowd, however each outlet's
#: verb tells it, as "a few dozen gathered" does.
_GATHERINGS: Final = frozenset({"vigil", "funeral", "procession"})
#: Verbs (lemmas) for people filling, packing or lining the streets: the idiom for a crowd, so
#: "tens of thousands of people filled the streets" sizes the same crowd as "about 600 people
#: gathered", as a vigil does (:data:`_GATHERINGS`). Water that fills the streets is no crowd:
#: the words count only with people in the claim.
_STREET_VERBS: Final = frozenset({"fill", "pack", "line"})
#: Kinds two words tell together, anywhere in the same words: "forced to leave their homes".
KIND_PAIRS: Final[dict[str, tuple[str, str]]] = {"left home": ("leave", "home")}
_SUPPLIES: Final = ("power", "electricity")
#: What a supply suffers, after "power" or "electricity": "a power cut", "power failures",
#: "with power out" (and, read through the verb, "power went out", "power was knocked out").
_CUTS: Final = ("cut", "cuts", "outage", "outages", "failure", "failures", "out")
#: Words that tell of a supply lost, just before "power" or "electricity": "lost power", "without
#: electricity", "restored power". Alone those two words also run through "power stations",
#: "seized power" and "the party in power", which report no power cut.
_LOSSES: Final = (
    *("lost", "lose", "loses", "losing", "without", "no", "out"),
    *("restore", "restored", "restores", "restoring"),
)
#: Kinds told by two words in a row (lower-case forms, in order): a power cut, and people who
#: stay in shelters, not the shelters themselves ("450 shelter beds", "shelter funding").
KIND_PHRASES: Final[dict[str, frozenset[tuple[str, str]]]] = {
    "no power": frozenset(
        {
            *((loss, supply) for loss in _LOSSES for supply in _SUPPLIES),
            *((supply, cut) for supply in _SUPPLIES for cut in _CUTS),
        }
    ),
    "shelter": frozenset(
        (before, shelter)
        for before in ("in", "into", "emergency", "took", "taking", "sought", "seeking")
        for shelter in ("shelter", "shelters")
    ),
}


#: Words a count's clause must share with another's besides its figure, what it counts and its
#: verb, and the share of the sparer clause's words they must be, for two counts told with other
#: verbs to be one count retold (:func:`same_setting`).
RETOLD_MIN_WORDS: Final = 4
RETOLD_MIN_SHARE: Final = 2 / 3


def same_setting(a: Set[str], b: Set[str]) -> bool:
    """Whether two counts of one thing keep one setting (where, when, in what state) while their
    figures and verbs differ: "more than 40 ships were stranded at anchor outside the harbour on
    Monday" / "31 ships were waiting at anchor outside the harbour on Monday". An outlet that
    inflates a count often swaps its verb for a stronger one too; a count sharing only a word or
    two ("the clinic treats 450 patients a month" / "turned away 300 patients last month")
    counts something else."""
    shared = len(a & b)
    return shared >= RETOLD_MIN_WORDS and shared >= RETOLD_MIN_SHARE * min(len(a), len(b))


#: Counted nouns (lemmas) for jobs: a company's "900 head-office roles" are the jobs another
#: outlet counts, and "310 positions" are jobs too.
JOBS: Final = frozenset({"job", "role", "position"})


def counted_thing(lemma: str) -> str:
    """The thing a counted noun's lemma is compared as: "people" for every word of
    :data:`PEOPLE`, "job" for every word of :data:`JOBS`, else the lemma itself."""
    if lemma in PEOPLE:
        return "people"
    return "job" if lemma in JOBS else lemma


def kinds_in(words: Set[str], bigrams: Set[tuple[str, str]]) -> frozenset[str]:
    """The kinds of happening (:data:`KINDS`) that ``words`` (lemmas and lower-case forms) and
    ``bigrams`` (consecutive lower-case forms) report."""
    kinds = {kind for kind, cues in KINDS.items() if not cues.isdisjoint(words)}
    kinds |= {kind for kind, pair in KIND_PAIRS.items() if set(pair) <= words}
    kinds |= {kind for kind, cues in KIND_PHRASES.items() if not cues.isdisjoint(bigrams)}
    crowd_words = _CROWD_VERBS | _GATHERINGS
    in_streets = "street" in words and not _STREET_VERBS.isdisjoint(words)
    crowded = in_streets or not crowd_words.isdisjoint(words)
    if crowded and not PEOPLE.isdisjoint(words):
        kinds.add("protest")
    return frozenset(kinds)


#: What a count of a lead (:func:`counts_a_lead`) is read as: the kind of happening a claim
#: reports and the frame of its figure, whatever verb tells it.
LEAD: Final = "lead"
#: Words after a counted noun that make its count a lead over a rival ("3,410 votes ahead of
#: Whitcombe", "12 seats behind"), and nouns such a count hangs on ("a margin of 3,410 votes").
_LEAD_AFTER: Final = frozenset({"ahead", "behind"})
_LEAD_NOUNS: Final = frozenset({"margin", "lead", "majority"})


def counts_a_lead(noun: Token) -> bool:
    """Whether the count of ``noun`` (the counted word: "votes") is one side's lead over another:
    "finished 3,410 votes ahead of Whitcombe", "left her more than 5,000 votes ahead", "a
    margin of 3,410 votes". Outlets that inflate or shrink a lead tell it with their own verbs
    ("finished", "left", "won by"), so the lead, not the verb, shows the two counts are one."""
    if noun.like_num:
        return False
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in _LEAD_AFTER:
        return True
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return of is not None and of.head.lemma_.lower() in _LEAD_NOUNS


#: The parts of speech a count hangs from as its act: "sold" in "sold 31 homes", "were" in
#: "31 homes were empty".
_VERB_TAGS: Final = frozenset({"VERB", "AUX"})


def verb_above(token: Token) -> Token | None:
    """The verb (or auxiliary) at or above ``token`` in the parse: the act a count, a share or
    a change is of, by which two outlets' numbers are known to count the same thing. None
    when no verb governs it ("Dozens." alone, a headline without one)."""
    node = token
    while node.pos_ not in _VERB_TAGS:
        if node.head.i == node.i:
            return None
        node = node.head
    return node
