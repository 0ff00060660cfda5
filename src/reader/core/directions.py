"""Claims two outlets report in opposite directions: "Turnout rose to 61%" where the others write
"Turnout fell to 61%", "The council approved the plan" where they write "rejected" it.

The aligner pairs such claims, rightly: they report the same thing in the same place of the story.
But a reader scanning the Aligned view sees two near-identical sentences and may miss that one of
them says the opposite. Which outlet is right is not the app's call; that they disagree is a fact
a reader can check side by side.

Each direction word is read as a lemma with a sign on one or more axes (a level rises or falls, a
contest is won or lost, a decision approves or rejects), and a negation turns the sign over ("did
not approve" is a rejection). Precision comes first, so two readings are set against each other
only when all of these hold:

- they are in claims the aligner put in one group;
- they report the same thing: the same subject ("turnout", "the plan"), and the same actor when
  both name one ("the council approved" is no answer to "the Greens rejected");
- neither is inside a quotation, nor reported from two different named speakers;
- the outlet does not itself say both ("rose in the morning and fell by evening").

Words of one direction ("rose", "climbed", "slipped", "fell", "backed", "approved") never differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule name of an "opposite direction" flag.
DIRECTION_RULE: Final = "rule:opposite-direction"

_LEVEL: Final = "level"
_CONTEST: Final = "contest"
_DECISION: Final = "decision"

#: Verb lemmas that report a direction: the axes they move along and which way (+1 or -1).
_VERBS: Final[dict[str, tuple[frozenset[str], int]]] = {
    **dict.fromkeys(
        ("rise", "climb", "increase", "grow", "jump", "surge", "soar", "raise", "boost"),
        (frozenset({_LEVEL}), 1),
    ),
    **dict.fromkeys(("rally", "expand", "double", "triple"), (frozenset({_LEVEL}), 1)),
    **dict.fromkeys(
        ("fall", "drop", "decline", "slip", "slide", "decrease", "cut", "lower", "reduce"),
        (frozenset({_LEVEL}), -1),
    ),
    **dict.fromkeys(
        ("sink", "plunge", "tumble", "shrink", "dip", "halve"), (frozenset({_LEVEL}), -1)
    ),
    "gain": (frozenset({_LEVEL, _CONTEST}), 1),
    "lose": (frozenset({_LEVEL, _CONTEST}), -1),
    "win": (frozenset({_CONTEST}), 1),
    **dict.fromkeys(
        ("approve", "accept", "pass", "back", "adopt", "endorse", "uphold"),
        (frozenset({_DECISION}), 1),
    ),
    **dict.fromkeys(("reject", "refuse", "fail", "veto", "block"), (frozenset({_DECISION}), -1)),
}
#: A verb and its particle that report a direction together: "turned down the plan".
_PHRASAL: Final[dict[tuple[str, str], tuple[frozenset[str], int]]] = {
    ("turn", "down"): (frozenset({_DECISION}), -1),
    ("vote", "down"): (frozenset({_DECISION}), -1),
    ("go", "up"): (frozenset({_LEVEL}), 1),
    ("go", "down"): (frozenset({_LEVEL}), -1),
}
#: "up" and "down" after these verbs alone are a level's direction ("turnout was up"); after
#: others they are part of another verb ("set up", "shut down").
_UP_DOWN: Final[dict[str, int]] = {"up": 1, "down": -1}
_UP_DOWN_VERBS: Final = frozenset({"be"})
#: Verbs that deny the verb they govern: "failed to pass" and "refused to approve" reject.
_DENIERS: Final = frozenset({"fail", "refuse", "decline"})
#: The most words an explanation quotes for what moved and how ("the council approved the harbour
#: expansion plan"); beyond it, the direction words alone.
_SHOWN_MAX: Final = 12
#: Words too empty to say what moved: "it rose", "that was rejected".
_EMPTY: Final = frozenset({"it", "they", "this", "that", "which", "who", "he", "she", "there"})


@dataclass(frozen=True, slots=True)
class Direction:
    """One outlet's report that something moved one way, as its words show."""

    article: str
    claim: str
    start: int  # the direction words, with a negation ("did not approve")
    end: int
    shown: tuple[int, int]  # what moved and how, for an explanation: "turnout rose"
    axes: frozenset[str]
    sign: int
    subject: str  # the lemma of what moved, was won or was decided
    #: The words that say which one ("oil" prices, "food" prices); empty when none are written.
    kind: frozenset[str]
    actor: str | None  # who did it, for a verb with an object ("the council" approved)
    speaker: str | None  # who the claim is attributed to, if anyone

    def answers(self, other: Direction) -> bool:
        """Whether ``other`` reports the same thing on the same axis, so its sign can be set
        against this one's."""
        return (
            self.subject == other.subject
            and (not self.kind or not other.kind or bool(self.kind & other.kind))
            and bool(self.axes & other.axes)
            and (self.actor is None or other.actor is None or self.actor == other.actor)
            and (self.speaker is None or other.speaker is None or self.speaker == other.speaker)
        )


@dataclass(frozen=True, slots=True)
class OppositeDirection:
    """A direction no other outlet in its claim group shares, and the other outlets' opposite
    readings of the same thing."""

    group: Alignment
    direction: Direction
    others: tuple[Direction, ...]


def opposite_directions(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[OppositeDirection]:
    """Every direction that at least one other outlet in the same claim group reports the
    opposite way while none reports it the same way."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    claim_of = {c.id: c for cs in claims.values() for c in cs}
    out: list[OppositeDirection] = []
    for group in groups:
        found: list[Direction] = []
        for m in group.members:
            span = doc_of[m.article].char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                claim = claim_of.get(m.claim)
                found += read_directions(m.article, m.claim, span, quotes.get(m.article, ()), claim)
        readings = [d for d in found if not _says_both(d, found)]
        for d in readings:
            others = [o for o in readings if o.article != d.article and d.answers(o)]
            opposite = tuple(o for o in others if o.sign != d.sign)
            if opposite and all(o.sign != d.sign for o in others):
                out.append(OppositeDirection(group, d, opposite))
    return out


def _says_both(d: Direction, found: Sequence[Direction]) -> bool:
    """The outlet of ``d`` also reports the same thing the other way: it tells of both moves."""
    return any(o.article == d.article and o.sign != d.sign and d.answers(o) for o in found)


def read_directions(
    article: str,
    claim: str,
    span: Span,
    quotes: Sequence[tuple[int, int]] = (),
    whole: Claim | None = None,
) -> list[Direction]:
    """The directions a claim's words report, none inside ``quotes`` (character spans of
    quotations: the speaker's words, not the outlet's)."""
    speaker = _speaker(whole)
    out: list[Direction] = []
    for tok in span:
        read = _direction_of(tok)
        if read is None or any(s <= tok.idx < e for s, e in quotes):
            continue
        axes, sign, verb = read
        sign *= _negation(verb)
        subject, actor = _subject_and_actor(verb)
        if subject is None:
            continue
        start = min([tok.i, *(c.i for c in _negators(verb))])
        words = [w for w in (actor, subject) if w is not None]
        first = min([start, *(_phrase_start(w) for w in words)])
        last = max([tok.i, *(w.i for w in words)])
        if last - first >= _SHOWN_MAX:
            first, last = start, tok.i  # a long stretch between would bury the words that differ
        doc = span.doc
        out.append(
            Direction(
                article=article,
                claim=claim,
                start=doc[start].idx,
                end=tok.idx + len(tok.text),
                shown=(doc[first].idx, doc[last].idx + len(doc[last].text)),
                axes=axes,
                sign=sign,
                subject=_key(subject),
                kind=_kind(subject),
                actor=_key(actor) if actor is not None else None,
                speaker=speaker,
            )
        )
    return out


def _direction_of(tok: Token) -> tuple[frozenset[str], int, Token] | None:
    """The axes and sign ``tok`` reports, and the verb that carries its subject and negation; None
    for a word that reports no direction here."""
    low = tok.lower_
    if low in _UP_DOWN:
        head = tok.head
        phrasal = _PHRASAL.get((head.lemma_.lower(), low))
        if phrasal is not None and tok.dep_ == "prt":
            return phrasal[0], phrasal[1], head
        if head.lemma_.lower() in _UP_DOWN_VERBS and tok.dep_ in {"advmod", "acomp", "prt"}:
            return frozenset({_LEVEL}), _UP_DOWN[low], head
        return None
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    read = _VERBS.get(lemma)
    if read is None or any(c.dep_ == "prt" for c in tok.children):
        return None  # "backed down", "passed away", "cut off": another verb
    if lemma in _DENIERS and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "failed to pass": the verb it governs carries the direction
    return read[0], read[1], tok


def _negation(verb: Token) -> int:
    """-1 when ``verb`` is denied ("did not approve", "failed to approve"), else 1."""
    sign = -1 if any(c.dep_ == "neg" for c in verb.children) else 1
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DENIERS:
        sign = -sign * _negation(verb.head)
    return sign


def _negators(verb: Token) -> list[Token]:
    """The words that deny ``verb`` ("did not", "failed to"), to show with it."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DENIERS:
        return [verb.head, *_negators(verb.head)]
    neg = [c for c in verb.children if c.dep_ == "neg"]
    if not neg:
        return []
    return neg + [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]


def _subject_and_actor(verb: Token) -> tuple[Token | None, Token | None]:
    """What moved or was decided, and who acted on it: "turnout" rose; "the council" approved
    "the plan"; "the plan" was rejected. A subject shared with the verb before ("rose and then
    fell", "refused to approve") is found there."""
    node = verb
    while True:
        kids = {c.dep_: c for c in node.children}
        if "nsubjpass" in kids:
            return _content(kids["nsubjpass"]), None
        subject = kids.get("nsubj")
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is not None or node.dep_ not in {"conj", "xcomp"}:
            break
        node = node.head
    if obj is not None:
        return _content(obj), _content(subject) if subject is not None else None
    return (_content(subject) if subject is not None else None), None


def _content(tok: Token) -> Token | None:
    """``tok`` when it names something, not a pronoun or a number standing in for it."""
    if tok.lower_ in _EMPTY or tok.pos_ in {"PRON", "NUM"}:
        return None
    return tok


def _key(tok: Token) -> str:
    return tok.lemma_.lower()


def _kind(noun: Token) -> frozenset[str]:
    """The words before a noun that say which one it is: "oil" and "food" prices are two
    things, however alike their claims read."""
    return frozenset(
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ in {"compound", "amod", "poss"} and c.i < noun.i and c.pos_ != "PRON"
    )


def _phrase_start(tok: Token) -> int:
    """Where a noun's own words begin: "the harbour expansion plan" from "plan"."""
    start = tok.i
    for c in sorted(tok.children, key=lambda c: -c.i):
        if c.i == start - 1 and c.dep_ in {"det", "compound", "amod", "poss", "nummod"}:
            start = c.left_edge.i if c.dep_ == "poss" else c.i
    return start


def _speaker(claim: Claim | None) -> str | None:
    """Who a claim is reported from, as a key two outlets' namings share ("Mayor Varga" and
    "Varga"); None for the outlet's own narration."""
    if claim is None or claim.attribution is None or claim.attribution.who is None:
        return None
    words = claim.attribution.who.split()
    return words[-1].lower() if words else None
