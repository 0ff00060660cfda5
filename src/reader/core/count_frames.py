"""A count one outlet plays down or up where another gives the same count plainly: "banned for
only four years" where the wire writes "banned for four years", "a staggering 212,000" where the
others write "212,000".

"only" and "just" before a number are far too common to flag alone ("only two players scored"
is plain reporting). Beside another outlet's plain "four years" for the same fact, in a claim
lined up with it, the frame is the outlet's own choice, and a reader can check it in one
sentence. So the rule is kept narrow: a framing phrase from a short closed list
(:data:`MINIMISERS`, :data:`MAXIMISERS`) right before a number and the noun it counts, outside
quotation marks, set against the same number of the same noun written with no frame and no
hedge in the claims of other outlets lined up with it. Which frame is fair is not the app's
call; that the outlets differ on it is a fact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Claim, Counterpart
from reader.core.quantities import number_at, number_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a count-frame flag.
COUNT_FRAME_RULE: Final = "rule:count-frame"
#: Phrases before a number that call it small, each one a style guide would call loaded there.
MINIMISERS: Final[tuple[tuple[str, ...], ...]] = (
    ("only",),
    ("just",),
    ("merely",),
    ("barely",),
    ("a", "mere"),
    ("a", "paltry"),
    ("a", "measly"),
    ("a", "meagre"),
    ("a", "meager"),
)
#: Phrases before a number that call it large.
MAXIMISERS: Final[tuple[tuple[str, ...], ...]] = (
    ("as", "many", "as"),
    ("as", "much", "as"),
    ("no", "fewer", "than"),
    ("no", "less", "than"),
    ("a", "staggering"),
    ("a", "whopping"),
    ("an", "astonishing"),
    ("a", "massive"),
)
#: Words before a number that bound or round it: a count so written is hedged, not plain, and
#: answers no frame.
_HEDGES: Final[tuple[tuple[str, ...], ...]] = (
    ("about",),
    ("around",),
    ("roughly",),
    ("approximately",),
    ("some",),
    ("nearly",),
    ("almost",),
    ("over",),
    ("under",),
    ("up", "to"),
    ("at", "least"),
    ("at", "most"),
    ("more", "than"),
    ("fewer", "than"),
    ("less", "than"),
)
#: Words before "only" that make it an adjective of the thing ("the only two survivors") or
#: part of another phrase ("not only", "if only"), not a frame on a count.
_NOT_A_FRAME_AFTER: Final = frozenset(
    {*("the", "his", "her", "its", "their", "our", "my", "your", "whose", "not", "if")}
)
#: Time nouns a frame before which tells how soon, not how many: "just two days after the vote".
_TIME_NOUNS: Final = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_SOON_WORDS: Final = frozenset({"after", "before", "later", "earlier", "ago", "into", "from"})
#: Signs written before a sum, as the noun the sum counts.
_CURRENCIES: Final = {"$": "dollar", "€": "euro", "£": "pound"}
#: The most modifiers read between a number and the noun it counts ("four more years").
_MODIFIER_REACH: Final = 2


@dataclass(frozen=True, slots=True)
class _Count:
    """A number of a noun in an article: the number from ``start`` to ``end`` (characters), the
    noun's lemma, and the frame before it, if any (``frame_start``/``frame_end``: its words),
    or whether a hedge stands there instead."""

    start: int
    end: int
    value: float
    noun: str
    frame: tuple[str, ...] | None
    frame_start: int
    frame_end: int
    hedged: bool


@dataclass(frozen=True, slots=True)
class CountFrame:
    """A framed count of ``article`` (``start``/``end``: frame, number and noun), the frame's
    own words (``frame_end``: where they stop), its claim and row, and the other outlets' plain
    counts of the same thing there."""

    article: str
    start: int
    end: int
    frame_end: int
    small: bool
    claim: str | None
    group: Alignment | None
    answers: tuple[Counterpart, ...]


def count_frames(
    docs: Mapping[str, Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[CountFrame]:
    """Every framed count outside quotation marks that another outlet, in a claim lined up with
    it, gives plainly: the same number of the same noun with no frame and no hedge."""
    counts = {a: _counts(doc, quotes.get(a, ())) for a, doc in docs.items()}
    claim_of = {c.id: c for cs in claims.values() for c in cs}
    group_of = {m.claim: g for g in groups for m in g.members}
    out: list[CountFrame] = []
    for article in docs:
        for count in counts[article]:
            if count.frame is None:
                continue
            mine = claims.get(article, ())
            claim = next((c for c in mine if c.start <= count.start < c.end), None)
            group = group_of.get(claim.id) if claim is not None else None
            if claim is None or group is None:
                continue
            answers = _plain_answers(count, article, group, counts, claim_of)
            if answers:
                out.append(_found(article, count, claim, group, answers))
    return out


def _found(
    article: str, count: _Count, claim: Claim, group: Alignment, answers: tuple[Counterpart, ...]
) -> CountFrame:
    """The finding of a framed count its row answers with plain ones."""
    frame = count.frame or ()
    return CountFrame(
        article=article,
        start=count.frame_start,
        end=count.end,
        frame_end=count.frame_end,
        small=frame in MINIMISERS,
        claim=claim.id,
        group=group,
        answers=answers,
    )


def _plain_answers(
    count: _Count,
    article: str,
    group: Alignment,
    counts: Mapping[str, Sequence[_Count]],
    claim_of: Mapping[str, Claim],
) -> tuple[Counterpart, ...]:
    """The other outlets' plain counts of the same number of the same noun in ``group``, each
    shown in its claim, at most one per outlet."""
    out: dict[str, Counterpart] = {}
    for m in group.members:
        if m.article == article or m.article in out:
            continue
        other = claim_of.get(m.claim)
        for c in counts.get(m.article, ()):
            if (
                other is not None
                and m.start <= c.start < m.end
                and c.frame is None
                and not c.hedged
                and c.value == count.value
                and c.noun == count.noun
            ):
                out[m.article] = Counterpart(
                    m.article, other.text, c.start - other.start, c.end - other.start
                )
                break
    return tuple(out.values())


def _counts(doc: Doc, quotes: Sequence[tuple[int, int]]) -> list[_Count]:
    """The numbers of ``doc`` outside quotation marks that count a noun, with their frames."""
    out: list[_Count] = []
    # Only where a number may start (a digit, a number word, "a"): number_at finds none elsewhere,
    # and the positions are read once per parse instead of a Token made for every word.
    for i in number_starts(doc):
        tok = doc[i]
        if not (tok.like_num or tok.lower_ == "a") or (tok.i > 0 and doc[tok.i - 1].like_num):
            continue  # no number starts here, or one already read does
        number = number_at(doc, tok.i, len(doc))
        if number is None or any(s <= tok.idx < e for s, e in quotes):
            continue
        first = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in _CURRENCIES else tok.i
        noun = doc[first] if first < tok.i else _counted_noun(doc, number.end)
        if noun is None or _tells_how_soon(noun):
            continue
        frame, frame_at = _phrase_before(doc, first, (*MINIMISERS, *MAXIMISERS))
        if frame is not None and not _is_frame(doc, frame_at):
            frame = None
        hedge, _ = _phrase_before(doc, first, _HEDGES)
        last = doc[number.end - 1] if first < tok.i else _last_noun_token(noun)
        out.append(
            _Count(
                start=doc[first].idx,
                end=last.idx + len(last.text),
                value=number.value,
                noun=_noun_key(noun),
                frame=frame,
                frame_start=doc[frame_at].idx if frame is not None else doc[first].idx,
                frame_end=doc[first - 1].idx + len(doc[first - 1].text) if frame else tok.idx,
                hedged=hedge is not None,
            )
        )
    return out


def _last_noun_token(noun: Token) -> Token:
    """The last word of a counted noun: "cent" of "per cent", else the noun itself."""
    return noun.doc[noun.i + 1] if noun.lower_ == "per" else noun


def _counted_noun(doc: Doc, at: int) -> Token | None:
    """The noun a number ending before token ``at`` counts ("four years", "38 percent", "38 per
    cent", "four more years"), or None when no noun follows it at once."""
    for i in range(at, min(at + _MODIFIER_REACH + 1, len(doc))):
        tok = doc[i]
        if tok.lower_ == "per" and i + 1 < len(doc) and doc[i + 1].lower_ == "cent":
            return tok
        if tok.pos_ == "NOUN" or tok.lower_ in {"%", "percent"}:
            return tok
        if tok.pos_ != "ADJ":
            return None
    return None


def _noun_key(noun: Token) -> str:
    """The counted noun as compared: its lemma, with every way of writing a percentage one and
    a currency sign read as its currency ("$900" counts dollars)."""
    lemma = noun.lemma_.lower()
    if lemma in _CURRENCIES:
        return _CURRENCIES[lemma]
    return "percent" if lemma in {"%", "percent", "per"} else lemma


def _tells_how_soon(noun: Token) -> bool:
    """A time the count measures until something ("two days after the vote"): a frame on it
    says how soon, not how many."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.lemma_.lower() in _TIME_NOUNS and after is not None and after.lower_ in _SOON_WORDS


def _phrase_before(
    doc: Doc, i: int, phrases: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, ...] | None, int]:
    """The phrase of ``phrases`` that ends right before token ``i``, and the token it starts at."""
    for phrase in phrases:
        start = i - len(phrase)
        if start >= 0 and tuple(t.lower_ for t in doc[start:i]) == phrase:
            return phrase, start
    return None, i


def _is_frame(doc: Doc, at: int) -> bool:
    """Whether the phrase starting at token ``at`` frames the count after it, and is not
    "the only", "not only" or "if only"."""
    return at == 0 or doc[at - 1].lower_ not in _NOT_A_FRAME_AFTER
