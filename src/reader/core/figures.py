"""Figures one outlet gives for the same thing differently from the others.

"Tens of thousands of residents fled" where the wire writes "about 4,000 residents left their
homes"; "a number of people had died" where the others write "killed 12". Which number is right
is not the app's call, but a figure no other outlet agrees with is how an outlet inflates or plays
down an event, and a reader can only see it side by side.

Two figures are of "the same thing" when they count the same thing (people, homes, households,
dollars, or one named noun) in the same state (killed, missing, injured, who left their homes,
in shelters, without power, destroyed, damaged, the cost of the damage). The state comes from a
short closed list, so a figure matches one anywhere in another article; a figure with no state
from the list matches only within one claim group (the same sentence reported by two outlets).
Precision comes first: dates, times, ages, years, tallies ("31 to 26"), road and page numbers,
quotations and figures whose state reads two ways are never compared, and an outlet that gives
two disagreeing figures for one thing (the toll at two times) is left out for it.

Figures agree when their ranges overlap: an exact figure is widened by its rounding and a tenth
("about 4,000" and "4,100" agree, "4,000" and "40,000" do not), a quantity word stands for its
usual range ("thousands" is 2,000 to 20,000), and "a number of" or "some" never agrees with an
exact figure, since it withholds one the others give. A vague word is compared with exact figures
only, and an exact figure is flagged only against other exact figures, so the wire's "about
4,000" is never flagged for another outlet's "tens of thousands".

A count one outlet leaves out is the other half (:func:`left_out_counts`): a vote's tally, the
number of people killed, injured, displaced or arrested, or the sum a plan costs, which the other
outlets give in a claim this outlet reports with no number ("there were deaths", "several people
were hurt", "the plan"). A toll or a sum is flagged only when every other outlet gives it, they
agree on it, and this outlet gives it nowhere in the article.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, TypeVar

from reader.core.model import Alignment, Article, Claim
from reader.core.quantities import (
    KIND_PAIRS,
    KINDS,
    PEOPLE,
    SCALES,
    kinds_in,
    may_start_count,
    number_at,
    rough_at,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule name of a "different figure" flag.
FIGURE_RULE: Final = "rule:different-figure"
#: The rule name of a flag on a vote reported without the count the other outlets give.
LEFT_OUT_COUNT_RULE: Final = "rule:left-out-count"
#: How far two exact figures may lie apart, as a share of each, and still be the same report.
TOLERANCE: Final = 0.1
#: The widening of a figure hedged with "about", "around" and the like.
HEDGE_SHARE: Final = 0.15

_INF: Final = math.inf
_T = TypeVar("_T")
#: Hedges before a figure: (low factor, high factor) of the value they allow.
_HEDGES: Final[dict[tuple[str, ...], tuple[float, float]]] = {
    ("about",): (1 - HEDGE_SHARE, 1 + HEDGE_SHARE),
    ("around",): (1 - HEDGE_SHARE, 1 + HEDGE_SHARE),
    ("roughly",): (1 - HEDGE_SHARE, 1 + HEDGE_SHARE),
    ("approximately",): (1 - HEDGE_SHARE, 1 + HEDGE_SHARE),
    ("some",): (1 - HEDGE_SHARE, 1 + HEDGE_SHARE),
    ("nearly",): (1 - HEDGE_SHARE, 1),
    ("almost",): (1 - HEDGE_SHARE, 1),
    ("at", "least"): (1, _INF),
    ("more", "than"): (1, _INF),
    ("over",): (1, _INF),
    ("up", "to"): (0, 1),
    ("fewer", "than"): (0, 1),
    ("less", "than"): (0, 1),
}
_HEDGE_FIRST_WORDS: Final = frozenset(phrase[0] for phrase in _HEDGES)
_CURRENCIES: Final = {"$": "dollar", "€": "euro", "£": "pound"}
#: Counted nouns that name one thing, as the key they are compared under.
_THINGS: Final = {
    **dict.fromkeys(PEOPLE, "people"),
    "home": "home",
    "house": "home",
    "household": "household",
    "dollar": "dollar",
    "euro": "euro",
    "pound": "pound",
    "percent": "percent",
    "%": "percent",
}
#: Nouns a figure of which is a date, a time, an age or a duration: never compared.
_TIME_NOUNS: Final = frozenset(
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
#: Nouns a number before which is a place in an order, not a count: "the No. 3 position".
_RANKS: Final = frozenset({"position", "spot", "place", "rank", "seed", "slot"})
#: How an explanation names each (thing, state) a figure counts.
_WHAT: Final[dict[tuple[str, str], str]] = {
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
    #: Every number written in the figure's sentence: "six arrests Wednesday, compared to 47 the
    #: previous night" gives 47 as well, so a 47 elsewhere is not set against it.
    numbers: tuple[float, ...] = ()
    #: The claims' sentence (:attr:`Claim.sentence`) the figure is in, and that sentence's
    #: character span; -1 and (0, 0) until :func:`different_figures` places it.
    sentence: int = -1
    context: tuple[int, int] = (0, 0)

    @property
    def key(self) -> tuple[str, str | None]:
        return self.thing, self.state

    def agrees(self, other: Figure) -> bool:
        return self.low <= other.high and other.low <= self.high

    def mentions(self, other: Figure) -> bool:
        """This figure's sentence also writes a number ``other`` agrees with."""
        return any(other.low <= n <= other.high for n in self.numbers)

    @property
    def what(self) -> str | None:
        """The thing and state in words, when the explanation can name them."""
        return _WHAT.get((self.thing, self.state or ""))


@dataclass(frozen=True, slots=True)
class FigureClash:
    """A figure no other outlet agrees with, and the other outlets' figures for the same thing."""

    figure: Figure
    others: tuple[Figure, ...]


# -- reading the figures of one article ---------------------------------------------------------


def read_figures(article: str, doc: Doc) -> list[Figure]:
    """Every figure of ``doc`` a comparison could use, in reading order. A comparison reads
    each article's figures once, here, and hands them to every check that weighs them
    (:func:`different_figures`, the tolls and sums of :func:`left_out_counts`)."""
    out: list[Figure] = []
    for sent in doc.sents:
        numbers = _numbers_in(sent)
        i = sent.start
        while i < sent.end:
            found = _figure_at(doc, i, sent.end) if _may_start_figure(doc[i]) else None
            if found is None:
                i += 1
                continue
            figure, i = _as_figure(article, sent, *found)
            if figure is not None:
                out.append(replace(figure, numbers=numbers))
    return out


def _numbers_in(sent: Span) -> tuple[float, ...]:
    """The values of the numbers written in a sentence, whatever they count."""
    values: list[float] = []
    for tok in sent:
        read = number_at(sent.doc, tok.i, sent.end)
        if read is not None:
            values.append(read.value)
    return tuple(values)


_Found = tuple[int, int, int, float, float, bool, "str | None"]
"""(first token, first token after the quantity, head token, low, high, exact, currency)."""


def _may_start_figure(tok: Token) -> bool:
    """Whether a figure can start at ``tok``: with a number, a quantity word, a hedge or a
    currency sign. One look at the word settles most tokens of an article."""
    low = tok.lower_
    return may_start_count(low) or low in _HEDGE_FIRST_WORDS or tok.text in _CURRENCIES


def _figure_at(doc: Doc, i: int, stop: int) -> _Found | None:
    """The quantity that starts at token ``i``, if any."""
    rough = rough_at(doc, i, stop)
    if rough is not None:
        word, end = rough
        low, high = (word.low, word.high) if word.gives_figure else (-_INF, -_INF)
        return i, end, end - 1, low, high, False, None
    hedge, j = _hedge_at(doc, i, stop)
    currency = None
    if j < stop and doc[j].text in _CURRENCIES:
        currency, j = _CURRENCIES[doc[j].text], j + 1
    read = _number(doc, j, stop)
    if read is None:
        return None
    number, end, rounding = read
    low = (number - rounding) * hedge[0] * (1 - TOLERANCE)
    high = (number + rounding) * hedge[1] * (1 + TOLERANCE)
    return i, end, end - 1, low, high, True, currency


def _hedge_at(doc: Doc, i: int, stop: int) -> tuple[tuple[float, float], int]:
    """The hedge that starts at token ``i`` ("about", "at least"), as its factors, and the token
    after it; no widening and token ``i`` itself when there is none. Asked at every token, so
    the first word settles most of them."""
    if doc[i].lower_ not in _HEDGE_FIRST_WORDS:
        return (1.0, 1.0), i
    words = [t.lower_ for t in doc[i : min(i + 2, stop)]]
    for phrase, factors in _HEDGES.items():
        if tuple(words[: len(phrase)]) == phrase:
            return factors, i + len(phrase)
    return (1.0, 1.0), i


def _number(doc: Doc, j: int, stop: int) -> tuple[float, int, float] | None:
    """The number written from token ``j`` (:func:`reader.core.quantities.number_at`), the token
    after it and its rounding; None for dates, times, ordinals, years, tallies and numbers in
    names, which count nothing a comparison could set side by side."""
    read = number_at(doc, j, stop)
    if read is None:
        return None
    if doc[j].ent_type_ in {"DATE", "TIME", "ORDINAL"} or _in_name_or_tally(doc, j, stop):
        return None
    if read.end == j + 1 and "." not in read.written and 1800 <= read.value <= 2100:
        return None  # a year
    return read.value, read.end, read.rounding


def _in_name_or_tally(doc: Doc, j: int, stop: int) -> bool:
    """ "Highway 4", "No. 10", "31 to 26", "31-26", "aged 45": numbers that count nothing."""
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
    if before is not None and before.text in {"-", "–", "to"} and b > 0 and doc[b - 1].like_num:
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


def _as_figure(
    article: str,
    sent: Span,
    start: int,
    end: int,
    head: int,
    low: float,
    high: float,
    exact: bool,
    currency: str | None,
) -> tuple[Figure | None, int]:
    """The figure of the quantity at tokens ``start:end``, with what it counts, or None when it
    counts a time, a thing it cannot tell, or a state that reads two ways."""
    doc = sent.doc
    noun, shown_end = _counted(doc, start, end, head, sent.end)
    lemma = noun.lemma_.lower() if noun is not None else ""
    if lemma in _TIME_NOUNS or (end < sent.end and doc[end].lower_ in _TIME_NOUNS):
        return None, end
    if lemma in _RANKS:
        return None, end
    thing = currency or _THINGS.get(lemma) or lemma or None
    states = _states(noun if noun is not None else doc[head])
    if len(states) > 1 and noun is not None and noun.lemma_.lower() in KINDS["protest"]:
        # "arrested 40 protesters": the noun says who, the verb what happened to them.
        states -= {"protest"}
    if len(states) > 1:
        return None, end
    state = next(iter(states), None)
    if thing is None or thing == "":
        # "Dozens more are feared missing", "180 were destroyed": the thing is understood.
        thing = "people" if state in {"dead", "missing", "injured"} else _elided(doc[head])
        if thing not in {None, "people"} and doc[head].head.i >= end:
            shown_end = doc[head].head.i + 1  # "180 were destroyed", not a bare "180"
    if thing is None:
        return None, end
    begin, finish = doc[start].idx, doc[shown_end - 1].idx + len(doc[shown_end - 1].text)
    return (
        Figure(
            article=article,
            start=begin,
            end=finish,
            low=low,
            high=high,
            exact=exact,
            thing=thing,
            state=state,
            frame=() if state is not None else _frame(noun if noun is not None else doc[head]),
        ),
        end,
    )


def _frame(tok: Token) -> tuple[str, ...]:
    """The verb a stateless figure hangs from and the adjectives on what it counts: "Four
    states have legalized recreational marijuana" and "23 states have enacted medical marijuana
    laws" count states, but not the same states."""
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    verb = node.lemma_.lower() if node.pos_ in {"VERB", "AUX"} else ""
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound"}}
    if node is not tok:
        words |= {
            c.lemma_.lower()
            for o in node.children
            if o.dep_ in {"dobj", "attr", "prep"}
            for c in o.subtree
            if c.dep_ in {"amod", "compound"} and not c.like_num
        }
    return (verb, *sorted(words))


def _counted(doc: Doc, start: int, end: int, head: int, stop: int) -> tuple[Token | None, int]:
    """The noun a quantity counts and where the words to show end: "12 people", "thousands of
    homes", "billions of dollars" (the noun shown when it follows at once), "tens of thousands
    of terrified residents" (the noun found, the words shown stop at "thousands")."""
    if end < stop and doc[end].pos_ in {"NOUN", "SYM"}:
        return doc[end], end + 1
    if end < stop and doc[end].lower_ == "of":
        nouns = [t for t in doc[end + 1 : min(end + 5, stop)] if t.pos_ == "NOUN"]
        if nouns and all(t.pos_ in {"ADJ", "DET", "NOUN"} for t in doc[end + 1 : nouns[0].i]):
            adjacent = nouns[0].i == end + 1
            return nouns[0], nouns[0].i + 1 if adjacent else end
        return None, end
    tok = doc[head]
    if tok.dep_ in {"nummod", "compound", "quantmod"} and tok.head.pos_ == "NOUN":
        return tok.head, end
    return None, end


def _clause_tokens(tok: Token) -> list[Token]:
    """The tokens of the clause a figure sits in, in order: up from the counted word to its verb,
    and that verb's own words, not those of a clause joined to it ("killing 12 people and forcing
    ...")."""
    tokens: dict[int, Token] = {}
    node = tok
    while True:
        tokens.update((t.i, t) for t in _own_tokens(node))
        if node.pos_ in {"VERB", "AUX"} or node.dep_ in _CLAUSE_DEPS or node.head.i == node.i:
            break
        node = node.head
    return [tokens[i] for i in sorted(tokens)]


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
                for o in _comparable(fig, theirs.get(fig.key, ()), together)
            ]
            if (
                others
                and not any(fig.agrees(o) for o in others)
                and not any(fig.mentions(o) or o.mentions(fig) for o in others)
            ):
                out.append(FigureClash(fig, tuple(others)))
    return out


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


def _comparable(
    fig: Figure, theirs: Sequence[Figure], together: set[tuple[str, int, str, int]]
) -> list[Figure]:
    """Of another article's exact figures for the same thing as ``fig`` (``theirs``, from
    :func:`_exact_by_key`): those anywhere when the state is named, else in a sentence lined up
    with ``fig``'s; none when that article gives two that disagree, since then it is not clear
    which one answers."""
    same = [
        o
        for o in theirs
        if (
            fig.state is not None
            or (
                o.frame == fig.frame
                and (fig.article, fig.sentence, o.article, o.sentence) in together
            )
        )
    ]
    if any(not a.agrees(b) for a in same for b in same):
        return []
    return same


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


# -- counts one outlet leaves out ---------------------------------------------------------------

#: Lemmas that make a tally ("58 to 41") a vote count.
_VOTE_WORDS: Final = frozenset({"vote", "ballot"})


@dataclass(frozen=True, slots=True)
class LeftOutCount:
    """A count the outlets of ``giving`` write in a claim that ``leaving`` reports without it:
    the local paper's "members voted to allow ..." beside the wire's "voted 58 to 41", or "there
    were deaths" beside "killed 12 people". The flag on a different figure never sees it, as the
    leaving outlet gives no figure to differ."""

    group: Alignment
    #: Each giving outlet's count as it writes it ("31 to 26", "12 people"), by article id in
    #: the group's order.
    written: Mapping[str, str]
    leaving: tuple[str, ...]
    #: What the count counts, as the note names it: "the vote count", "the number of dead".
    what: str = "the vote count"
    #: The happening and its count as a flag names them: "Reports the vote without its count".
    happening: str = "the vote"
    without: str = "its count"
    #: The leaving outlets' own words for the happening ("voted", "died") as character spans,
    #: by the claim they are in: an outlet may report one vote in two claims of a group.
    words: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: The vague words a leaving article gives instead of a number ("several people died").
    vague: Mapping[str, str] = field(default_factory=dict)

    @property
    def giving(self) -> tuple[str, ...]:
        """The articles that give the count."""
        return tuple(self.written)

    @property
    def count(self) -> str:
        """The count as the first giving outlet writes it: "58 to 41"."""
        return next(iter(self.written.values()))

    def note(self, outlets: Mapping[str, str]) -> str:
        """The plain sentence a reader is shown: "Only wire gives the vote count, 58 to 41."."""
        giving = [outlets.get(a, a) for a in self.giving]
        verb = "gives" if len(giving) == 1 else "give"
        return f"Only {_joined(giving)} {verb} {self.what}, {mid_sentence(self.count)}."


def left_out_counts(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Vote counts (:func:`left_out_votes`), tolls (:func:`left_out_tolls`) and sums of money
    (:func:`left_out_sums`) one outlet reports without the number the others give.
    ``figures`` is each article's figures (:func:`read_figures`) by article id."""
    return [
        *left_out_votes(articles, docs, groups),
        *left_out_tolls(articles, docs, groups, figures),
        *left_out_sums(articles, docs, groups, figures),
    ]


def left_out_votes(
    articles: Sequence[Article], docs: Sequence[Doc], groups: Sequence[Alignment]
) -> list[LeftOutCount]:
    """Each claim group in which some outlets give a vote count and others report the vote with
    none. Groups whose outlets give different counts are left to :func:`different_figures`'s
    kind of comparison: there the count is not missing but disputed."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    out: list[LeftOutCount] = []
    for group in groups:
        counts: dict[str, str | None] = {}
        words: dict[str, tuple[int, int]] = {}
        for m in group.members:
            span = doc_of[m.article].char_span(m.start, m.end, alignment_mode="expand")
            word = vote_word(span) if span is not None else None
            # A claim that reports no vote ("passed the charge") neither gives nor leaves out.
            if span is not None and word is not None and counts.get(m.article) is None:
                counts[m.article] = _vote_count(span)
            if word is not None:
                words[m.claim] = (word.idx, word.idx + len(word.text))
        given = {a: c for a, c in counts.items() if c is not None}
        leaving = tuple(a for a, c in counts.items() if c is None)
        if len({_tally_numbers(c) for c in given.values()}) == 1 and leaving:
            marks = {
                m.claim: words[m.claim]
                for m in group.members
                if m.article in leaving and m.claim in words
            }
            out.append(LeftOutCount(group, given, leaving, words=marks))
    return out


def _tally_numbers(count: str) -> tuple[str, ...]:
    """A tally's numbers, however it is written: "58 to 41", "58-41" and "58 votes to 41" are
    one count."""
    return tuple(n.replace(",", "") for n in re.findall(r"\d[\d,]*", count))


def vote_word(span: Span) -> Token | None:
    """The word that makes ``span`` a report of a vote ("voted", "ballot"), or None. A vote
    still to come ("will vote", "is set to vote", "a vote is expected") is no report of one:
    it has no count yet for an outlet to leave out."""
    return next((t for t in span if t.lemma_.lower() in _VOTE_WORDS and not _not_yet(t)), None)


#: Words on a vote that put it ahead: "the upcoming vote", "a planned vote".
_AHEAD_WORDS: Final = frozenset(
    {"upcoming", "planned", "scheduled", "expected", "forthcoming", "coming", "next", "proposed"}
)
#: Words a vote hangs from that put it ahead: "ahead of the vote", "before the vote".
_BEFORE_WORDS: Final = frozenset({"ahead", "before", "prior"})
#: Verbs and adjectives that hold a vote out as expected, not held: "a vote is expected", "the
#: vote is due", "postponed the vote".
_EXPECTING: Final = frozenset({"expect", "schedule", "plan", "set", "due", "postpone", "delay"})
#: Verbs that ask for a vote not yet held: "called for a vote", not "called the vote a win".
_ASKING: Final = frozenset({"call", "push", "press", "ask", "seek"})
#: How many heads up from a vote noun the verb it hangs from may be: "ahead of the vote".
_VOTE_REACH: Final = 3


def _not_yet(word: Token) -> bool:
    """Whether a vote word tells of a vote in the future or as an intention: "will vote", "is
    set to vote", "plans to put it to a vote", "a vote is expected", "ahead of the vote"."""
    if word.pos_ in {"VERB", "AUX"}:
        return _ahead_verb(word)
    if any(c.lower_ in _AHEAD_WORDS for c in word.children if c.dep_ in {"amod", "compound"}):
        return True
    node, asked = word, False
    for _ in range(_VOTE_REACH):
        if node.head.i == node.i:
            return False
        node = node.head
        asked = asked or node.lower_ == "for"
        if node.lower_ in _BEFORE_WORDS:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            lemma = node.lemma_.lower()
            said = {c.lemma_.lower() for c in node.children if c.dep_ == "acomp"} | {lemma}
            return bool(said & _EXPECTING) or (asked and lemma in _ASKING) or _ahead_verb(node)
    return False


def _ahead_verb(verb: Token) -> bool:
    """Whether a verb, or the one it is joined to ("will debate and vote"), is in the future
    or an intention: a modal ("will", "would", "could") or an infinitive's "to"."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "TO"} for v in verbs for c in v.children
    )


def _vote_count(span: Span) -> str | None:
    """The tally a claim gives for a vote ("voted 58 to 41", "a 212-210 vote", "a 212-to-210
    vote", "by 31 votes to 26", "a vote of 58 to 41"), or None. Read from the text, since the
    parser splits one written tally into tokens in more than one way ("212", "-", "to-210")."""
    if vote_word(span) is None:
        return None
    text, offset = span.text, span.start_char
    for match in TALLY.finditer(text):
        if _a_year(match[1]) and _a_year(match[2]):
            continue
        start, end = offset + match.start(), offset + match.end()
        tallied = span.doc.char_span(start, end, alignment_mode="expand")
        if tallied is not None and _a_tally(tallied[0], tallied[-1]):
            return match[0]
    return None


#: Words before two joined numbers that make them a range or ages, not a vote's tally: "from 12
#: to 15 dollars", "aged 18 to 24". "by" is no such word ("passed by 31 to 26"); "by 3 to 5
#: percent" is a change by what follows it.
_RANGE_OPENERS: Final = frozenset({"from", "between", "aged", "ages", "age"})
#: Nouns a tally may stand before: "a 58-41 vote", "a 5-4 decision".
_TALLY_NOUNS: Final = frozenset(
    {"vote", "ballot", "decision", "ruling", "verdict", "majority", "margin", "split", "tally"}
)


def _a_tally(first: Token, last: Token) -> bool:
    """Whether the numbers from ``first`` to ``last`` are a vote's tally: a vote word in the
    claim does not make "from 12 to 15 dollars" or "by 3 to 5 percent" one, a range of what
    the vote decided, nor a span of years ("the 2025-2026 budget")."""
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].lower_ in _RANGE_OPENERS:
        return False
    if first.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY"}:
        return False
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return after is None or not (
        after.text == "%" or (after.pos_ == "NOUN" and after.lemma_.lower() not in _TALLY_NOUNS)
    )


def _a_year(digits: str) -> bool:
    """Digits that read as a year, as :func:`_number` reads them."""
    return len(digits) == 4 and digits.isdecimal() and 1800 <= int(digits) <= 2100


def mid_sentence(words: str) -> str:
    """A figure or a count as it reads inside an explanation: "Says 'dozens'" and "four people",
    not the "Dozens" or "Four people" that opened the outlet's own sentence. A figure starts
    with a number or a quantity word, never with a name, and an abbreviation in capitals keeps
    them."""
    first = words.split(" ", 1)[0]
    return words[:1].lower() + words[1:] if first[:1].isupper() and not first.isupper() else words


def _joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# -- tolls one outlet leaves out -----------------------------------------------------------------

#: The kinds of happening (:data:`reader.core.quantities.KINDS`) whose count of people a
#: journalist checks first when an outlet drops it, and how a flag names the happening.
_TOLL_HAPPENINGS: Final[dict[str, str]] = {
    "dead": "the deaths",
    "injured": "the injuries",
    "left home": "people leaving their homes",
    "arrested": "the arrests",
}
#: Words that size a happening without a number: "several people died", "many were hurt".
#: Quantity words with a range of their own ("dozens", "a number of") are figures, compared by
#: :func:`different_figures` instead.
_VAGUE_WORDS: Final = frozenset({"several", "many", "numerous", "multiple", "countless", "few"})
#: How many words a vague word may stand before the happening it sizes: "several people were
#: killed".
_VAGUE_REACH: Final = 4


def left_out_tolls(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed count of people killed,
    injured, displaced or arrested, and that one reports the happening ("there were deaths")
    with no number, here or anywhere else in its article. Only a full set of givers counts: a
    toll one of three outlets gives may be that outlet's scoop, not the others' omission."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for group in groups:
        for kind, happening in _TOLL_HAPPENINGS.items():
            given = _tolls_in_group(group, kind, figures)
            leaving = everyone - set(given)
            if len(leaving) != 1 or not _one_count(given):
                continue
            (article,) = leaving
            counts = [f for fs in given.values() for f in fs]
            if _gives_count(doc_of[article], figures[article], kind, counts):
                continue
            found = _happening_word(doc_of[article], group, article, kind)
            if found is None:
                continue
            claim, word = found
            written = {
                a: doc_of[a].text[fs[0].start : fs[0].end] for a, fs in _in_order(group, given)
            }
            vague = _vague_words(word)
            out.append(
                LeftOutCount(
                    group,
                    written,
                    (article,),
                    what=_WHAT[("people", kind)],
                    happening=happening,
                    without="their number",
                    words={claim: (word.idx, word.idx + len(word.text))},
                    vague={article: vague} if vague else {},
                )
            )
    return out


def _tolls_in_group(
    group: Alignment, kind: str, figures: Mapping[str, Sequence[Figure]]
) -> dict[str, list[Figure]]:
    """Each article's exact counts of people in state ``kind`` inside its claims of ``group``."""
    out: dict[str, list[Figure]] = {}
    for m in group.members:
        inside = [
            f
            for f in figures[m.article]
            if f.exact and f.key == ("people", kind) and m.start <= f.start < m.end
        ]
        if inside:
            out.setdefault(m.article, []).extend(inside)
    return out


def _one_count(given: Mapping[str, Sequence[Figure]]) -> bool:
    """Whether the giving outlets agree on one number: where they differ the count is disputed,
    which :func:`different_figures` shows, and a vague word cannot be set against either."""
    counts = [f for fs in given.values() for f in fs]
    return bool(counts) and all(a.agrees(b) for a, b in itertools.combinations(counts, 2))


def _in_order(group: Alignment, given: Mapping[str, list[_T]]) -> list[tuple[str, list[_T]]]:
    """The giving articles in the group's order, so the note names them as the vote's does."""
    order = list(dict.fromkeys(m.article for m in group.members))
    return sorted(given.items(), key=lambda item: order.index(item[0]))


def _gives_count(doc: Doc, mine: Sequence[Figure], kind: str, counts: Sequence[Figure]) -> bool:
    """Whether an article gives a count of ``kind`` anywhere: a figure of that kind, even a
    rough one ("dozens were hurt", which :func:`different_figures` weighs), or a sentence that
    tells of the happening and writes a number the others' counts agree with ("The toll rose
    to 12")."""
    if any(f.state == kind for f in mine):
        return True
    for sent in doc.sents:
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        bigrams = {(a.lower_, b.lower_) for a, b in itertools.pairwise(sent)}
        if kind not in kinds_in(words, bigrams):
            continue
        if any(c.low <= n <= c.high for n in _numbers_in(sent) for c in counts):
            return True
    return False


def _happening_word(
    doc: Doc, group: Alignment, article: str, kind: str
) -> tuple[str, Token] | None:
    """The claim of ``article`` in ``group`` that tells of the happening, and its word for it
    ("died", "deaths", "evacuated"); None when its claims tell of another."""
    cues = KINDS[kind]
    pair = KIND_PAIRS.get(kind)
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.lemma_.lower() in cues or tok.lower_ in cues:
                return m.claim, tok
        lemmas = {t.lemma_.lower() for t in span}
        if pair is not None and set(pair) <= lemmas:
            return m.claim, next(t for t in span if t.lemma_.lower() == pair[0])
    return None


def _vague_words(word: Token) -> str | None:
    """The words that size the happening at ``word`` without a number ("several people died",
    "many deaths", "many of them were hurt"), or None. Only people and auxiliaries may stand
    between: the "many" of "many residents said people died" sizes who spoke, not who died."""
    doc = word.doc
    for tok in doc[max(word.sent.start, word.i - _VAGUE_REACH) : word.i]:
        if tok.lower_ in _VAGUE_WORDS and all(_sizes_through(t) for t in doc[tok.i + 1 : word.i]):
            return doc[tok.i : word.i + 1].text
    return None


def _sizes_through(tok: Token) -> bool:
    """Whether a vague word still sizes the happening across ``tok``: "people", "were", "of
    them"."""
    return (
        tok.pos_ in {"AUX", "PART", "ADV"}
        or tok.lemma_.lower() in PEOPLE
        or tok.lower_ in {"of", "them", "those"}
    )


# -- sums of money one outlet leaves out ---------------------------------------------------------

_MONEY: Final = frozenset({"dollar", "euro", "pound"})
#: Words a sum's words reach the thing it pays for through: "a plan worth $12m", "a contract
#: costing £3.5bn", "a plan of €48m".
_PRICE_WORDS: Final = frozenset({"worth", "cost", "of"})
#: How many heads up from a sum the thing it pays for may be.
_PRICE_REACH: Final = 4


def left_out_sums(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed sum for one thing ("a 48
    million euro plan", "a €48m plan") and that one names the thing ("the plan") with no sum,
    here or anywhere else in its article."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    money = {a.id: [f for f in figures[a.id] if f.exact and f.thing in _MONEY] for a in articles}
    sums = {a: _sums(doc_of[a], money[a]) for a in money}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for group in groups:
        given: dict[str, list[tuple[Figure, Token]]] = {}
        for m in group.members:
            inside = [(f, t) for f, t in sums[m.article] if m.start <= f.start < m.end]
            if inside:
                given.setdefault(m.article, []).extend(inside)
        leaving = everyone - set(given)
        things = {(f.thing, t.lemma_.lower()) for fs in given.values() for f, t in fs}
        if len(leaving) != 1 or len(things) != 1:
            continue
        (article,), ((currency, thing),) = leaving, things
        counts = {a: [f for f, _ in fs] for a, fs in given.items()}
        mine = (sums[article], money[article])
        if not _one_count(counts) or _gives_sum(*mine, thing, currency, counts):
            continue
        found = _naming(doc_of[article], group, article, thing)
        if found is None:
            continue
        claim, words = found
        written = {a: _sum_words(fs[0]) for a, fs in _in_order(group, given)}
        out.append(
            LeftOutCount(
                group,
                written,
                (article,),
                what="the sum",
                happening=f"the {thing}",
                without="its sum",
                words={claim: words},
            )
        )
    return out


def _sums(doc: Doc, figures: Sequence[Figure]) -> list[tuple[Figure, Token]]:
    """An article's sums of money (``figures``, exact and in a currency), each with the thing
    it pays for ("plan"), where its words say which."""
    out: list[tuple[Figure, Token]] = []
    for fig in figures:
        span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # The sum's own words hang together; the word that hangs from outside leads on.
        root = next((t for t in span if not span.start <= t.head.i < span.end), span[-1])
        thing = _paid_for(root)
        if thing is not None:
            out.append((fig, thing))
    return out


def _paid_for(tok: Token) -> Token | None:
    """The noun a sum pays for, from the word its words hang from: up its heads through the
    sum's own words, "worth", "costing" and "of", to the first other noun; None when another
    verb comes first ("spent €5m on repairs" names no one thing)."""
    node = tok
    for _ in range(_PRICE_REACH + 1):
        lemma = node.lemma_.lower()
        if node.pos_ in {"NOUN", "PROPN"} and lemma not in _MONEY and lemma not in SCALES:
            return node
        if node.pos_ not in {"NUM", "SYM", "NOUN", "ADJ", "ADP", "VERB"}:
            return None
        if node.pos_ in {"ADJ", "ADP", "VERB"} and lemma not in _PRICE_WORDS:
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _gives_sum(
    sums: Sequence[tuple[Figure, Token]],
    money: Sequence[Figure],
    thing: str,
    currency: str,
    counts: Mapping[str, Sequence[Figure]],
) -> bool:
    """Whether an article gives a sum for ``thing`` anywhere (``sums``), or any sum of
    ``money`` in ``currency`` that the others' agree with, whatever it pays for ("It will cost
    €48m" a sentence later)."""
    given = [f for fs in counts.values() for f in fs]
    return any(t.lemma_.lower() == thing for _, t in sums) or any(
        f.thing == currency and f.agrees(g) for f in money for g in given
    )


def _naming(
    doc: Doc, group: Alignment, article: str, thing: str
) -> tuple[str, tuple[int, int]] | None:
    """The claim of ``article`` in ``group`` that names the thing a sum pays for, and the
    character span of its name there with its article ("the plan")."""
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        noun = next((t for t in span or () if t.pos_ == "NOUN" and t.lemma_.lower() == thing), None)
        if noun is not None:
            det = doc[noun.i - 1] if noun.i > 0 and doc[noun.i - 1].dep_ == "det" else noun
            return m.claim, (det.idx, noun.idx + len(noun.text))
    return None


def _sum_words(given: tuple[Figure, Token]) -> str:
    """A sum as its outlet writes it, without the thing it pays for: "€48m", not "€48m plan"."""
    fig, thing = given
    doc = thing.doc
    end = thing.idx if fig.start < thing.idx < fig.end else fig.end
    return doc.text[fig.start : end].rstrip()
