"""Shares of a counted whole: a vague one ("most of the charges", "nearly all the schools") set
against another outlet's count of the same thing ("3 of the 11 charges", "12 of the 40 schools").

:mod:`reader.core.figures` sets a quantity word against the others' figure ("a handful of
cases" beside "23 cases", "a limited number of customers" beside "1.2 million"), but a share
says how much of a whole, not how many, and "7 of the 11 charges" reads there only as its whole.
Read here, "most" says more than half, so beside "3 of 11" it contradicts the count, and beside
"7 of 11" it agrees. A vague share is set only against counts in the claims lined up with its own
and of the same counted noun, or of people named two ways in one act ("nearly every fan backing
it", "62 percent of its members had backed"): that both sides count the same thing must be
plain, or the flag would accuse an outlet of a contradiction it never wrote.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from reader.core.entity_words import is_person_noun
from reader.core.model import Alignment, Claim
from reader.core.nlp import words_where
from reader.core.quantities import number_at, number_starts, verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Vague shares and the part of the whole each lets a reader take it to mean. The ranges are
#: generous on purpose: only a count well outside one contradicts it ("most" beside 3 of 11),
#: never one a reader could still take it for ("nearly all" beside 30 of 40).
VAGUE_SHARES: Final[dict[tuple[str, ...], tuple[float, float]]] = {
    ("most", "of"): (0.5, 1.0),
    ("the", "majority", "of"): (0.5, 1.0),
    ("a", "majority", "of"): (0.5, 1.0),
    ("the", "bulk", "of"): (0.5, 1.0),
    ("nearly", "all"): (0.75, 1.0),
    ("almost", "all"): (0.75, 1.0),
    ("virtually", "all"): (0.75, 1.0),
    ("nearly", "every"): (0.75, 1.0),
    ("almost", "every"): (0.75, 1.0),
    ("virtually", "every"): (0.75, 1.0),
    ("a", "minority", "of"): (0.0, 0.5),
    ("few", "of"): (0.0, 0.5),
    ("only", "a", "few", "of"): (0.0, 0.5),
}
_VAGUE_FIRST_WORDS: Final = frozenset(words[0] for words in VAGUE_SHARES)
#: Words that make a share's noun phrase the whole counted: "of the charges", "all its stores".
_OWNERS: Final = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})
#: Words after a number that make it a part of a hundred: "62 percent of its members".
_PERCENT: Final = frozenset({"percent", "%"})
#: How far past the owner word the counted noun may sit: "the 11 remaining charges".
_NOUN_REACH: Final = 4
#: Room for rounding at the edge of a vague share's range: "most" beside 12 of 25 (0.48) is no
#: contradiction a reader would call one.
_SLACK: Final = 0.02


@dataclass(frozen=True, slots=True)
class Share:
    """A part of a counted whole as one article gives it: ``start``/``end`` are the character
    offsets of the words to show, ``low``/``high`` the part of the whole (0 to 1) it stands for,
    ``thing`` the counted noun's lemma; ``part`` and ``whole`` the count, for an exact share
    (``whole`` None when "none of the charges" gives no number for it)."""

    article: str
    start: int
    end: int
    low: float
    high: float
    thing: str
    part: float | None = None
    whole: float | None = None
    #: Whether the count is a percentage ("62 percent of its members"): ``whole`` is then 100.
    percent: bool = False
    #: Whether the counted noun names people ("fans", "members"), and the lemmas of the verbs
    #: it takes part in: two outlets may name the same people two ways (:func:`_same_whole`),
    #: and a count of nought answers only a share of the same act (:func:`_answers_in_one_act`).
    people: bool = False
    acts: frozenset[str] = frozenset()

    @property
    def exact(self) -> bool:
        """Whether the share is a count ("3 of 11"), which answers a vague one, not one itself."""
        return self.part is not None

    def agrees(self, other: Share) -> bool:
        """Whether the two shares' parts of the whole can be the same."""
        return self.low - _SLACK <= other.high and other.low - _SLACK <= self.high


@dataclass(frozen=True, slots=True)
class ShareClash:
    """A vague share no other outlet's count agrees with, and the counts it contradicts."""

    share: Share
    others: tuple[Share, ...]


def read_shares(article: str, doc: Doc) -> list[Share]:
    """Every vague and exact share of ``doc`` whose counted noun is plain, in reading order."""
    out: list[Share] = []
    ends = [sent.end for sent in doc.sents]
    after = 0  # the token after the last share read
    for i in _share_starts(doc):
        if i < after:
            continue
        stop = ends[bisect_right(ends, i)]
        share = _vague_at(article, doc, i, stop) or _exact_at(article, doc, i, stop)
        if share is not None:
            out.append(share[0])
            after = share[1]
    return out


def _share_starts(doc: Doc) -> list[int]:
    """The tokens a share can start at, in order: a vague share's first word or a number. Read
    from spaCy's word array once per distinct word, since building every token of an article
    twice to look at its word cost more than reading the few shares."""
    return sorted({*words_where(doc, _opens_a_share_in_words), *number_starts(doc)})


def _opens_a_share_in_words(word: str) -> bool:
    """Whether a share in words ("most", "nearly all", "none of") can start at a word written
    ``word``."""
    return word in _VAGUE_FIRST_WORDS or word == "none"


def _none_at(article: str, doc: Doc, i: int, stop: int) -> tuple[Share, int] | None:
    """ "none of the 12 charges", "none of the charges": a count of nought, which answers "most of
    the charges" as "0 of 12" does. The whole is kept when written, else unknown."""
    if i + 1 >= stop or doc[i + 1].lower_ != "of":
        return None
    noun = _counted_noun(doc, i + 2, stop)
    if noun is None:
        return None
    whole = number_at(doc, i + 3, stop)
    share = _share(article, doc, i, noun, 0.0, 0.0, acts_needed=True)
    return replace(share, part=0.0, whole=whole.value if whole else None), noun.i + 1


def _vague_at(article: str, doc: Doc, i: int, stop: int) -> tuple[Share, int] | None:
    """ "most of the charges", "nearly all (of) the schools", and the token after the noun; "none
    of the charges" too (:func:`_none_at`)."""
    first = doc[i].lower_
    if first == "none":
        return _none_at(article, doc, i, stop)
    if first not in _VAGUE_FIRST_WORDS:
        return None
    words = tuple(t.lower_ for t in doc[i : min(i + 4, stop)])
    for phrase, (low, high) in VAGUE_SHARES.items():
        if words[: len(phrase)] != phrase:
            continue
        j = i + len(phrase)
        if phrase[-1] == "all" and j < stop and doc[j].lower_ == "of":
            j += 1
        noun = _each_noun(doc, j, stop) if phrase[-1] == "every" else _counted_noun(doc, j, stop)
        if noun is None:
            return None
        return _share(article, doc, i, noun, low, high, acts_needed=True), noun.i + 1
    return None


def _exact_at(article: str, doc: Doc, i: int, stop: int) -> tuple[Share, int] | None:
    """ "3 of the 11 charges", "12 out of its 40 schools", and the token after the noun."""
    part = number_at(doc, i, stop)
    if part is None or (i > 0 and doc[i - 1].like_num):
        return None
    j = part.end
    if j + 1 < stop and doc[j].lower_ in _PERCENT and doc[j + 1].lower_ == "of":
        return _percent_at(article, doc, i, part.value, j + 2, stop)
    if j + 1 < stop and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of":
        j += 2
    elif j < stop and doc[j].lower_ == "of":
        j += 1
    else:
        return None
    if j < stop and doc[j].lower_ in _OWNERS:
        j += 1
    whole = number_at(doc, j, stop)
    # Nought is a count too ("0 of the 12 charges" answers "most of the charges"); an empty whole
    # is none.
    if whole is None or not 0 <= part.value <= whole.value or whole.value == 0:
        return None
    noun = _plural_noun(doc, whole.end, stop, after_a_number=True)
    if noun is None:
        return None
    ratio = part.value / whole.value
    share = _share(article, doc, i, noun, ratio, ratio, acts_needed=part.value == 0)
    return replace(share, part=part.value, whole=whole.value), noun.i + 1


def _percent_at(
    article: str, doc: Doc, i: int, part: float, j: int, stop: int
) -> tuple[Share, int] | None:
    """ "62 percent of its members" from the token after "of": a share of a whole its owner
    word names, as "62 of its 100 members" would be."""
    noun = _counted_noun(doc, j, stop)
    if noun is None or not 0 <= part <= 100:
        return None
    share = _share(article, doc, i, noun, part / 100, part / 100, acts_needed=part == 0)
    return replace(share, part=part, whole=100.0, percent=True), noun.i + 1


def _each_noun(doc: Doc, j: int, stop: int) -> Token | None:
    """The singular noun "every" counts ("nearly every fan"), which names its whole as "all
    the fans" does."""
    if j < stop and doc[j].tag_ == "NN":
        return doc[j]
    return None


def _counted_noun(doc: Doc, j: int, stop: int) -> Token | None:
    """The plural noun a vague share counts, after an owner word: "the charges", "its 40
    stores". Without one the share is of a kind, not of a whole ("most charges")."""
    if j >= stop or doc[j].lower_ not in _OWNERS:
        return None
    return _plural_noun(doc, j + 1, stop)


def _plural_noun(doc: Doc, j: int, stop: int, *, after_a_number: bool = False) -> Token | None:
    """The first plural noun within reach from token ``j``, past numbers and modifiers only; a
    name is a modifier there ("74 Odaru bronzes", "40 Ohio schools"). After a whole's number
    no verb can follow in the phrase, so a word the parser tags as one ("74 Odaru bronzes" read
    as "bronzes" the verb) is the plural noun it misread."""
    for k in range(j, min(j + _NOUN_REACH, stop)):
        tok = doc[k]
        if tok.tag_ == "NNS" or (after_a_number and tok.tag_ == "VBZ"):
            return tok
        if not (tok.like_num or tok.pos_ in {"ADJ", "NOUN", "NUM", "PROPN"} or tok.text == ","):
            return None
    return None


def _share(
    article: str, doc: Doc, i: int, noun: Token, low: float, high: float, *, acts_needed: bool
) -> Share:
    """The share of ``noun`` whose words start at token ``i``. Its acts are read for people
    (:func:`_same_whole`) and where ``acts_needed`` (a vague share or a count of nought,
    :func:`_answers_in_one_act`): reading them builds tokens, which most counts can spare."""
    start = doc[i].idx
    people = is_person_noun(noun)
    return Share(
        article,
        start,
        noun.idx + len(noun.text),
        low,
        high,
        noun.lemma_.lower(),
        people=people,
        acts=(
            _acts_of(doc[i], noun)
            if people
            else _verb_hung_from(doc[i])
            if acts_needed
            else frozenset()
        ),
    )


def _acts_of(first: Token, noun: Token) -> frozenset[str]:
    """The verbs a share's people take part in: the one its words hang from ("62 percent ...
    had backed") and one on its noun ("every fan backing it")."""
    on_noun = {c.lemma_.lower() for c in noun.children if c.dep_ in {"acl", "relcl"}}
    return _verb_hung_from(first) | on_noun


def _verb_hung_from(first: Token) -> frozenset[str]:
    """The lemma of the verb a share's words hang from ("were charged"), if any: enough to tell
    one act from another without reading the noun's own clauses."""
    verb = verb_above(first)
    return (
        frozenset({verb.lemma_.lower()})
        if verb is not None and verb.pos_ == "VERB"
        else frozenset()
    )


def different_shares(
    shares: Mapping[str, Sequence[Share]],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[ShareClash]:
    """Every vague share outside quotation marks that the counts of the same noun in the claims
    lined up with its own all contradict. An outlet whose counts disagree among themselves, or
    that writes a count beside its own vague share, gives no clear answer and is left out."""
    group_of = {m.claim: g for g in groups for m in g.members}
    out: list[ShareClash] = []
    for article, mine in shares.items():
        own = [s for s in mine if not _quoted(s, quotes.get(article, ()))]
        for share in own:
            if share.exact:
                continue
            claim = next((c for c in claims.get(article, ()) if _in(share, c)), None)
            group = group_of.get(claim.id) if claim else None
            if claim is None or group is None:
                continue
            if any(s.exact and _same_whole(s, share) and _in(s, claim) for s in own):
                continue  # "most of the charges, 7 of 11": the outlet gives the count itself
            others = _answers(share, group, shares, claims, quotes)
            if others and not any(share.agrees(o) for o in others):
                out.append(ShareClash(share, others))
    return out


def _answers(
    share: Share,
    group: Alignment,
    shares: Mapping[str, Sequence[Share]],
    claims: Mapping[str, Sequence[Claim]],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> tuple[Share, ...]:
    """The other outlets' counts of the same noun in the group's claims; none from an outlet
    whose counts there disagree with each other."""
    spans = {(m.article, m.start, m.end) for m in group.members if m.article != share.article}
    out: list[Share] = []
    for article, theirs in shares.items():
        if article == share.article or article not in claims:
            continue
        counts = [
            s
            for s in theirs
            if s.exact
            and _same_whole(s, share)
            and _answers_in_one_act(s, share)
            and not _quoted(s, quotes.get(article, ()))
            and any(a == article and start <= s.start < end for a, start, end in spans)
        ]
        if all(a.agrees(b) for a in counts for b in counts):
            out.extend(counts)
    return tuple(out)


def _answers_in_one_act(count: Share, share: Share) -> bool:
    """Whether ``count`` tells the same happening as ``share``. A count of nought is how news
    tells what did not happen ("none of the protesters were charged"), seldom the act a vague
    share beside it reports ("most of the protesters were released"), so it answers only a share
    hung from the same verb; a count above nought is taken as the same act, as before."""
    return count.part != 0 or bool(count.acts & share.acts)


def _same_whole(a: Share, b: Share) -> bool:
    """Whether two shares are of the same whole: the same noun, or people two outlets name
    two ways in one act ("nearly every fan backing it", "62 percent of its members had backed
    the sale"), which in lined-up claims are the same people. Things named two ways are not
    taken for one: "most of the schools" and "3 of 11 buildings" may be different wholes."""
    if a.thing == b.thing:
        return True
    return a.people and b.people and bool(a.acts & b.acts)


def _in(share: Share, claim: Claim) -> bool:
    return claim.start <= share.start < claim.end


def _quoted(share: Share, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(s < share.end and share.start < e for s, e in quotes)
