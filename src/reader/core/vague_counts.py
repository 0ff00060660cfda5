"""A vague count one outlet writes where another gives the number: "dozens of priceless
artefacts" beside the wire's "31 of its 74 bronzes", "hundreds of homes" beside "117 homes".

:mod:`reader.core.figures` flags a quantity word only when it counts the same noun as another
outlet's figure and does not fit it. A reader still wants to see the vagueness itself: an outlet
that writes "dozens" where another gives 31 chose not to say how many, and "dozens" of a thing
other outlets name with a different noun ("artefacts", "bronzes") escapes that rule. So a
quantity word (:func:`reader.core.quantities.rough_at`) outside quotation marks is set against
the numbers the other outlets give in the claims lined up with its own, for the same act (the
verb both counts hang from) and, when either names a thing the figures know (people, homes,
dollars), for the same thing. A share's part counts too ("31 of its 74 bronzes" gives 31, not
74). The flag says what each wrote; it calls the two different only when the number lies outside
what the word means ("hundreds" for 117), since "dozens" for 31 is loose, not wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.figures import THINGS_KNOWN, Figure, hedge_words, same_body
from reader.core.model import Alignment, Claim
from reader.core.quantities import rough_at, verb_above
from reader.core.speech_verbs import SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from reader.core.shares import Share

#: The rule name of a vague-count flag.
VAGUE_COUNT_RULE: Final = "rule:vague-count"
#: Scale words "a couple of" turns into a number said in words: "a couple of hundred" is about 200.
_COUPLE_SCALES: Final[dict[str, float]] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GivenNumber:
    """A number another outlet gives in the vague count's row: ``start``/``end`` are the
    character offsets of its words ("31 of its 74 Odaru bronzes"), ``number`` the count and
    ``hedge`` the words that make it an estimate ("about"), or ""."""

    article: str
    start: int
    end: int
    number: float
    hedge: str = ""

    @property
    def said(self) -> str:
        """The number as the outlet gives it: "about 200", "31"."""
        return f"{self.hedge} {self.number:,g}".lstrip()


@dataclass(frozen=True, slots=True)
class VagueCount:
    """A quantity word and the numbers the other outlets give for the same count; ``word_end``
    is the character offset where the quantity word ends ("a couple of hundred" of "a couple of
    hundred protesters")."""

    figure: Figure
    answers: tuple[GivenNumber, ...]
    word_end: int

    @property
    def fits(self) -> bool:
        """Whether every number given lies within what the quantity word means."""
        return all(self.figure.takes_in(a.number) for a in self.answers)


def vague_counts(
    figures: Mapping[str, Sequence[Figure]],
    shares: Mapping[str, Sequence[Share]],
    docs: Mapping[str, Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[VagueCount]:
    """Every quantity word outside quotation marks for whose count the other outlets' claims
    lined up with its own give a number. An outlet that gives two disagreeing numbers there
    gives no clear answer, and a sentence that writes the number beside the word withholds
    nothing."""
    group_of = {m.claim: g for g in groups for m in g.members}
    out: list[VagueCount] = []
    for article, mine in figures.items():
        for fig in mine:
            if fig.exact or _quoted(fig.start, fig.end, quotes.get(article, ())):
                continue
            word_end = _sizing_word_end(docs[article], fig.start)
            if word_end is None:
                continue
            claim = _claim_at(claims.get(article, ()), fig.start)
            group = group_of.get(claim.id) if claim else None
            verb = _verb_of(docs[article], fig.start)
            answers = (
                _numbers_in_row(fig, verb, group, figures, shares, docs, quotes)
                if group is not None
                else ()
            )
            if not answers:
                answers = _numbered_elsewhere(fig, figures, docs, quotes)
            said = _couple_of(docs[article].text[fig.start : word_end])
            if said and all(0.75 * said <= a.number <= 1.5 * said for a in answers):
                continue  # "a couple of hundred" beside "about 200" withholds nothing
            if answers and not any(a.number in fig.numbers for a in answers):
                # "dozens of artefacts, 31 in all" gives the number itself
                out.append(VagueCount(fig, answers, word_end))
    return out


def _sizing_word_end(doc: Doc, char: int) -> int | None:
    """Where the quantity word at character ``char`` ends, when it gives a size a reader could
    set beside a number ("dozens", "hundreds of", "a handful of"): None for one that withholds
    any ("a number of", "some", read by :mod:`reader.core.figures`), and for "a few", which
    outlets write of anything, as the aligner knows (:attr:`reader.core.quantities.Rough.aligns`).
    """
    token = _token_at(doc, char)
    if token is None:
        return None
    read = rough_at(doc, token.i, token.sent.end, unaligned=True)
    if read is None or not (read[0].gives_figure and read[0].aligns):
        return None
    last = doc[read[1] - 1]
    return last.idx + len(last.text)


def _couple_of(words: str) -> float | None:
    """The number "a couple of hundred" says in words (200); None for any other quantity word,
    whose size a reader cannot tell from it ("hundreds", "several dozen")."""
    *lead, scale = words.lower().split() or [""]
    if lead not in (["a", "couple", "of"], ["a", "couple"]):
        return None
    return 2 * _COUPLE_SCALES[scale] if scale in _COUPLE_SCALES else None


def _numbers_in_row(
    fig: Figure,
    verb: str,
    group: Alignment,
    figures: Mapping[str, Sequence[Figure]],
    shares: Mapping[str, Sequence[Share]],
    docs: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> tuple[GivenNumber, ...]:
    """The numbers the other outlets give for ``fig``'s count in ``group``'s claims; none from
    an outlet whose numbers there disagree with each other."""
    spans = [(m.article, m.start, m.end) for m in group.members if m.article != fig.article]
    out: list[GivenNumber] = []
    for article in dict.fromkeys(a for a, _, _ in spans):
        inside = [(s, e) for a, s, e in spans if a == article]
        quoted = quotes.get(article, ())
        parts = [
            GivenNumber(article, s.start, s.end, s.part)
            for s in shares.get(article, ())
            if s.part is not None
            and _placed(s.start, s.end, inside, quoted)
            and _verb_of(docs[article], s.start) == verb
        ]
        counts = [
            GivenNumber(article, o.start, o.end, o.value, hedge_words(docs[article], o))
            for o in figures.get(article, ())
            if o.value is not None
            and _placed(o.start, o.end, inside, quoted)
            and not any(p.start <= o.start < p.end for p in parts)  # a share's whole
            and _same_count(fig, verb, o, _verb_of(docs[article], o.start))
        ]
        given = [*parts, *counts]
        if len({g.number for g in given}) == 1:
            out.extend(given)
    return tuple(out)


def _numbered_elsewhere(
    fig: Figure,
    figures: Mapping[str, Sequence[Figure]],
    docs: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> tuple[GivenNumber, ...]:
    """The numbers the other outlets give for ``fig``'s count anywhere in their articles, for a
    vague count whose row holds none ("hundreds of thousands of households" in a lede only one
    outlet carries, beside the wire's "about 61,000 households" in its third paragraph). Each
    must count the same thing (the same counted noun, in the same state) of the same happening,
    which a state both tell shows, or else:
    a verb of what happened, not of speech, that the vague count's sentence shares with the
    number's sentence or, failing that, its paragraph ("will be turned off at night" / "will
    have their supply turned off ... About 61,000 households are affected"). "250,000
    households across the region" shares no such verb and is another count. An outlet whose
    numbers there disagree with each other gives no clear answer, and an outlet that numbers the
    thing itself elsewhere withholds nothing."""
    if any(_numbers_the_same_thing(fig, own) for own in figures.get(fig.article, ())):
        return ()  # "Tens of thousands" in a lede, "120,000 ... 35,000" below: nothing withheld
    doc = docs[fig.article]
    happening = _happening_verbs(doc, fig.start, fig.end, sentence=True)
    if not happening and fig.state is None:
        return ()
    out: list[GivenNumber] = []
    for article, theirs in figures.items():
        if article == fig.article:
            continue
        other_doc = docs[article]
        tiers: dict[int, list[GivenNumber]] = {}
        for o in theirs:
            if not _numbers_the_same_thing(fig, o) or _quoted(
                o.start, o.end, quotes.get(article, ())
            ):
                continue
            assert o.value is not None
            near = happening & _happening_verbs(other_doc, o.start, o.end, sentence=True)
            around = happening & _happening_verbs(other_doc, o.start, o.end, sentence=False)
            tier = 3 if fig.state is not None else 2 if near else 1 if around else 0
            if tier:
                given = GivenNumber(article, o.start, o.end, o.value, hedge_words(other_doc, o))
                tiers.setdefault(tier, []).append(given)
        best = tiers[max(tiers)] if tiers else []
        if len({g.number for g in best}) == 1:
            out.extend(best)
    return tuple(out)


def _numbers_the_same_thing(fig: Figure, other: Figure) -> bool:
    """Whether ``other`` is a number, of the present occasion, for the noun ``fig`` counts, in
    the same state when both tell one ("the dead"). One outlet may tell the state in a noun
    ("affected by the blackouts") where the other tells it in a verb ("will be switched off"),
    which only the happening's verbs then match."""
    return (
        other.exact
        and other.value is not None
        and not other.earlier
        and other.thing == fig.thing
        and (other.state == fig.state or None in (fig.state, other.state))
    )


#: Verbs that tell no happening of their own: they carry one ("are affected by the cuts") or
#: report speech, and two outlets share them about any two counts.
_NO_HAPPENING: Final = frozenset(
    {
        "be", "have", "do", "make", "take", "get", "give", "go", "come", "become", "affect",
        "include", "involve", "leave", "see", "put", "keep", "use", "find", "know", "think",
        "expect", "believe", "want", "need", "add",
    }
)  # fmt: skip


def _happening_verbs(doc: Doc, start: int, end: int, *, sentence: bool) -> frozenset[str]:
    """The verbs of what happened in the sentence holding [start, end), or in its paragraph
    (the text between blank lines): lemmas with their particle ("turn off"), less speech verbs
    and verbs that tell no happening of their own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return frozenset()
    if sentence:
        words = span[0].sent
    else:
        text = doc.text
        opens = text.rfind("\n\n", 0, start)
        closes = text.find("\n\n", end)
        region = doc.char_span(
            opens + 2 if opens >= 0 else 0,
            closes if closes >= 0 else len(text),
            alignment_mode="expand",
        )
        if region is None:
            return frozenset()
        words = region
    return frozenset(
        " ".join([t.lemma_.lower(), *(c.lower_ for c in t.children if c.dep_ == "prt")])
        for t in words
        if t.pos_ == "VERB"
        and t.lemma_.lower() not in SPEECH_LEMMAS
        and t.lemma_.lower() not in _NO_HAPPENING
    )


def _same_count(fig: Figure, verb: str, other: Figure, other_verb: str) -> bool:
    """Whether ``other`` counts what ``fig`` counts: the same thing in the same state ("the
    dead", whatever the verb); with no state, the same act (the verb both hang from) and the
    same thing when either names one the figures know ("hundreds of homes" and "117 people" do
    not count the same), any noun otherwise, as outlets name one thing differently
    ("artefacts", "bronzes")."""
    if fig.state is not None or other.state is not None:
        return fig.key == other.key
    if not verb or verb != other_verb:
        return False
    if fig.thing in THINGS_KNOWN or other.thing in THINGS_KNOWN:
        return fig.thing == other.thing
    return same_body(fig.body, other.body)


def _verb_of(doc: Doc, char: int) -> str:
    """The lemma of the verb the words at character ``char`` hang from, or "" when none."""
    token = _token_at(doc, char)
    verb = verb_above(token) if token is not None else None
    return verb.lemma_.lower() if verb is not None else ""


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token at character ``char`` of ``doc``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _placed(
    start: int, end: int, inside: Sequence[tuple[int, int]], quotes: Sequence[tuple[int, int]]
) -> bool:
    """Whether words at [start, end) open in one of the spans ``inside``, outside quotation
    marks (a speaker's number is the speaker's, not the outlet's)."""
    return any(s <= start < e for s, e in inside) and not _quoted(start, end, quotes)


def _claim_at(claims: Sequence[Claim], char: int) -> Claim | None:
    return next((c for c in claims if c.start <= char < c.end), None)


def _quoted(start: int, end: int, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in quotes)
