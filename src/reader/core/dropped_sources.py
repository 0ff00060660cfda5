"""A count one outlet tells as fact where another outlet gives it with its source: "35,000 people
marched" beside "Organisers said 120,000 took part; police put the figure at 35,000".

A disputed count is only as good as whoever gives it. An outlet that writes the police's count,
or the organisers', or a ministry's toll, as its own fact has taken that side's number and
dropped the dispute the others report; it is the first thing a journalist checks. Which count
is right is not the app's call; that one outlet states flat a number the others say is someone's
is something a reader can check side by side, with the rival counts beside it.

A count is the same count when :mod:`reader.core.figures` reads the same thing in the same state
("people" in a "protest", "people" "killed") and the two numbers agree; a count with no state from
that list must sit in the same aligned row: a sum, things delivered or gathered ("has delivered
9,000 tents" beside "The government said 9,000 tents had been delivered"), or a volume the event
let out ("about 2,000 barrels leaked", never a share, a rate or a tank's size:
:data:`reader.core.figures.AMOUNT`). A count has a source when its claim is attributed ("Organisers
said 120,000 took part", "according to the health ministry") or the parse names who sets it
("police put the figure at 35,000", "the agency estimated 400 dead"). The flat outlet is let off
when it names that source in the count's sentence or the one before, other than as the doer of the
deed counted (for a volume let out, only as the one who says or sets it: the company that leaked it
is named near it in every account), and when another outlet also tells the same count flat: it is
then the story's word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.figures import AMOUNT, SOME_MONEY, Figure
from reader.core.flag_spans import claim_at
from reader.core.model import Alignment, Claim, Counterpart
from reader.core.speech_verbs import SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule name of a "count given as fact where others give its source" flag.
DROPPED_SOURCE_RULE: Final = "rule:dropped-source"
#: Verbs (lemmas) by which a source sets a count of its own: "police put the figure at 35,000",
#: "the agency estimated 400 dead", "the ministry counted 212 deaths".
_SETTING_VERBS: Final = frozenset(
    {"put", "estimate", "place", "count", "record", "reckon", "calculate"}
)
#: What a sum of money counts (:attr:`Figure.thing`): a budget or a cost is a count a source
#: gives, as a toll or a crowd is; "two rubbish bins" or "610 stores" is not disputed by source.
_SUMS: Final = frozenset({"dollar", "euro", "pound", SOME_MONEY})
#: Verbs (lemmas) by which a count of things handed out or gathered is written ("has delivered
#: 9,000 tents", "had gathered 2,100 signatures"): how much a government says it delivered, or
#: a group that it gathered, is that side's count of its own deeds, as a toll is a ministry's.
_BRINGING_VERBS: Final = frozenset({"deliver", "distribute", "send", "gather", "collect"})
#: Where a clause that names a source hangs from the count's own clause: "35,000 marched,
#: police said".
_SIDE_CLAUSES: Final = frozenset({"parataxis", "advcl"})


@dataclass(frozen=True, slots=True)
class Sourced:
    """A count as one outlet gives it, with who it says gives it (``source``: the words, and
    ``source_word``: their head's lemma, by which a flat outlet naming it too is known), and the
    words that say so as they read in an explanation (``said``)."""

    figure: Figure
    claim: Claim | None
    source: str | None
    source_word: str | None
    said: str


@dataclass(frozen=True, slots=True)
class DroppedSource:
    """One outlet's count told flat (``start``/``end``: the figure), the other outlets' same
    count with its source (``sourced``) and their rival counts of the same thing with theirs
    (``rivals``), in the order an explanation names them."""

    article: str
    start: int
    end: int
    claim: str | None
    group: Alignment | None
    figure: Figure
    sourced: tuple[Sourced, ...]
    rivals: tuple[Sourced, ...]
    answers: tuple[Counterpart, ...]


def dropped_sources(
    docs: Mapping[str, Doc],
    figures: Mapping[str, Sequence[Figure]],
    claims: Mapping[str, Sequence[Claim]],
    group_of: Mapping[str, Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[DroppedSource]:
    """Every exact count an outlet tells flat where each other outlet that gives the same count
    gives it with a source, at least one does, and the outlet names no such source nearby.
    ``docs``, ``figures`` (:func:`reader.core.figures.read_figures`), ``claims`` and ``quotes``
    (character spans of quotations: a speaker's count is theirs) are by article id."""
    read = {
        article: [
            _sourced(f, docs[article], claims.get(article, ()))
            for f in _countable(mine, quotes.get(article, ()))
        ]
        for article, mine in figures.items()
    }
    out: list[DroppedSource] = []
    for article, mine in read.items():
        for flat in mine:
            if flat.source is not None:
                continue
            found = _dropped(flat, article, read, docs[article], group_of)
            if found is not None:
                out.append(found)
    return out


def _dropped(
    flat: Sourced,
    article: str,
    read: Mapping[str, Sequence[Sourced]],
    doc: Doc,
    group_of: Mapping[str, Alignment],
) -> DroppedSource | None:
    """The finding for a count told flat, when the others give the same count with its source."""
    fig = flat.figure
    same = {
        other: [s for s in theirs if _same_count(flat, s, group_of)]
        for other, theirs in read.items()
        if other != article
    }
    agreeing = [s for theirs in same.values() for s in theirs if fig.agrees(s.figure)]
    if not agreeing or any(s.source is None for s in agreeing):
        return None
    if _names_a_source(doc, fig, {s.source_word for s in agreeing if s.source_word}):
        return None
    outlets = {s.figure.article for s in agreeing}
    rivals = [
        s
        for other in sorted(outlets)
        for s in same[other]
        if s.source is not None and not fig.agrees(s.figure)
    ]
    group = group_of.get(flat.claim.id) if flat.claim else None
    return DroppedSource(
        article,
        fig.start,
        fig.end,
        flat.claim.id if flat.claim else None,
        group,
        fig,
        tuple(agreeing),
        tuple(rivals),
        tuple(_counterpart(s) for s in (*agreeing, *rivals)),
    )


def _countable(figures: Sequence[Figure], quotes: Sequence[tuple[int, int]]) -> list[Figure]:
    """The exact counts of the event told outside quotation marks that a source may dispute: a
    toll, a crowd, the arrests, a sum, things delivered or gathered, or a volume the event let
    out (:data:`reader.core.figures.AMOUNT`). A quantity word gives
    no count to source, a count of an earlier occasion is another count, and a thing counted in
    passing ("set two bins on fire, police said") is the account's detail, not a count its
    source gives."""
    return [
        f
        for f in figures
        if f.exact
        and f.value is not None
        and not f.earlier
        and (f.state is not None or f.thing in _SUMS or _brought(f) or f.frame == (AMOUNT,))
        and not any(s < f.end and f.start < e for s, e in quotes)
    ]


def _brought(fig: Figure) -> bool:
    """Whether a count with no state counts things delivered or gathered: its frame's verb
    (:attr:`Figure.frame`) is one of :data:`_BRINGING_VERBS`."""
    return fig.state is None and bool(fig.frame) and fig.frame[0] in _BRINGING_VERBS


def _same_count(one: Sourced, other: Sourced, group_of: Mapping[str, Alignment]) -> bool:
    """Whether two outlets' figures count the same thing: the same thing in a named state
    anywhere, or with no state in one aligned row."""
    if one.figure.key != other.figure.key:
        return False
    if one.figure.state is not None:
        return True
    mine = group_of.get(one.claim.id) if one.claim else None
    theirs = group_of.get(other.claim.id) if other.claim else None
    return mine is not None and mine is theirs


def _sourced(fig: Figure, doc: Doc, claims: Sequence[Claim]) -> Sourced:
    """The figure with the source its outlet gives for it, if any."""
    claim = claim_at(tuple(claims), fig.start, fig.end)
    shown = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if shown is None:
        return Sourced(fig, claim, None, None, "")
    number = shown.root
    setter = _source_verb(number)
    subject = _subject(setter) if setter is not None else None
    if setter is not None and subject is not None:
        source = _said(_subtree(subject))
        return Sourced(
            fig, claim, source, subject.lemma_.lower(), _said_briefly(_subtree(setter), source)
        )
    according = _according_to(number.sent)
    if according is not None:
        source = _said(_subtree(according))
        return Sourced(
            fig, claim, source, according.lemma_.lower(), _said_briefly(number.sent, source)
        )
    attributed = _attributed(doc, claim)
    if attributed is not None:
        return Sourced(fig, claim, *attributed, _said_briefly(number.sent, attributed[0]))
    return Sourced(fig, claim, None, None, "")


def _attributed(doc: Doc, claim: Claim | None) -> tuple[str, str] | None:
    """The source the claim's attribution names and its head word's lemma ("Officials" ->
    official, as a flat outlet's "officials" reads). A pronoun the text names no one by ("They
    said 4,000 took part") names no source, as for :func:`_subject`."""
    attribution = claim.attribution if claim and not claim.quote else None
    if attribution is None or not attribution.who or not attribution.who.split():
        return None
    if attribution.refers_to or attribution.speaker_span is None:
        return attribution.who, attribution.who.split()[-1].lower()
    span = doc.char_span(*attribution.speaker_span, alignment_mode="expand")
    if span is None or not len(span):
        return attribution.who, attribution.who.split()[-1].lower()
    if span.root.pos_ == "PRON":
        return None
    return attribution.who, span.root.lemma_.lower()


def _source_verb(number: Token) -> Token | None:
    """The verb above a count that says who gives it: a speech verb ("Organisers said 120,000
    took part"), a verb that sets a count ("put the figure at"), or one in a clause beside the
    count's ("35,000 marched, police said")."""
    for node in (number, *number.ancestors):
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if _gives_a_count(node) and _subject(node) is not None:
            return node
        for side in node.children:
            if side.dep_ in _SIDE_CLAUSES and _gives_a_count(side) and _subject(side) is not None:
                return side
    return None


def _gives_a_count(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_LEMMAS or lemma in _SETTING_VERBS


def _subject(verb: Token) -> Token | None:
    """The verb's subject when it names someone: a pronoun names no source a reader can check."""
    return next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"),
        None,
    )


def _according_to(sent: Span) -> Token | None:
    """The source an "according to" phrase in the sentence names."""
    for tok in sent:
        if tok.lower_ != "according":
            continue
        for to in tok.children:
            source = next((g for g in to.children if g.dep_ == "pobj"), None)
            if source is not None:
                return source
    return None


def _names_a_source(doc: Doc, fig: Figure, words: set[str]) -> bool:
    """Whether the flat outlet names one of the others' sources in the count's sentence or the
    one before: "Police gave a lower figure. 35,000 people marched." keeps the source. The doer
    of a deed the count counts is no source of it: "The government has delivered 9,000 tents"
    tells the government's count as the deed done."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    near = [*sent]
    if sent.start > 0:
        near.extend(doc[sent.start - 1].sent)
    doers = _doers(span.root, fig) if _brought(fig) else set()
    named = [t for t in near if t.lemma_.lower() in words and t.i not in doers]
    if fig.frame == (AMOUNT,):
        # Who let the amount out is the story's actor, named near it in every account ("before
        # the company shut the line"): only naming it as the one who gives the amount keeps it.
        return any(_named_as_giver(t) for t in named)
    return bool(named)


def _named_as_giver(tok: Token) -> bool:
    """Whether a source's word names it as giving a count: the subject of a verb that says or
    sets one ("the company said", "the agency estimated"), or after "according to"."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return _gives_a_count(tok.head)
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _doers(number: Token, fig: Figure) -> set[int]:
    """The token indices of the subject of the verb a brought count hangs from: "The
    government" of "The government has delivered 9,000 tents"."""
    verb = next((n for n in (number, *number.ancestors) if n.lemma_.lower() == fig.frame[0]), None)
    if verb is None:
        return set()
    return {
        t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree
    }


def _subtree(tok: Token) -> Span:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def _said(tokens: Span) -> str:
    """Words as they read after "<outlet> says": the source, the verb's clause that names it, or
    the sentence when an "according to" phrase or the claim's attribution does, without its
    closing stop."""
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return _mid_sentence(tokens)


#: Words of a sourced sentence an explanation still quotes whole; past it, the explanation names
#: only whose figure it is, as the flag's card quotes each outlet's sentence under it anyway.
BRIEF_SENTENCE_WORDS: Final = 16


def _said_briefly(sentence: Span, source: str) -> str:
    """The clause or sentence that sources a count, as :func:`_said` gives it, when it is short
    ("the government said 9,000 tents had been delivered"); for a long one only whose count it is
    ("it is the company's figure"), so an explanation stays one sentence a reader takes in."""
    words = sum(1 for t in sentence if not (t.is_punct or t.is_space))
    if words <= BRIEF_SENTENCE_WORDS:
        return _said(sentence)
    owner = source[:1].lower() + source[1:] if source.split()[0].lower() == "the" else source
    possessive = "'" if owner.endswith("s") else "'s"
    return f"it is {owner}{possessive} figure"


def _mid_sentence(tokens: Span) -> str:
    """Words as they read inside a sentence: "organisers said", "the Brennick Metropolitan
    Police"; a name keeps its capital."""
    text = tokens.text
    first = tokens[0] if len(tokens) else None
    if first is None or first.pos_ == "PROPN" or first.text.isupper():
        return text
    return text[:1].lower() + text[1:]


def _counterpart(found: Sourced) -> Counterpart:
    """The other outlet's claim, with its count located in it."""
    fig, claim = found.figure, found.claim
    if claim is None:
        return Counterpart(fig.article, found.said)
    return Counterpart(claim.article, claim.text, fig.start - claim.start, fig.end - claim.start)
