"""Plain data shared by the engine, the library, the exports and the app.

The JSON form of :class:`Comparison` is the public contract ``reader.comparison/1``
(``shared/schema/comparison.schema.json``): ``to_dict`` writes exactly the schema's fields plus a
few documented extras (``entities``, ``diffs``, ``rule``, ``quoted``...), and ``from_dict`` reads
it back, so a cached comparison is the same object as a fresh one. All offsets are Python ``str``
indices into the article's own ``text``, end exclusive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

from reader.core.formats.language import count_words

SCHEMA_ID: Final = "reader.comparison/1"
#: Outlet of an article nobody named (no byline, no usable file name).
UNKNOWN_OUTLET: Final = "Unknown outlet"
#: Where an article's outlet name came from (:attr:`Article.outlet_source`): the words of the
#: file's name (or :data:`UNKNOWN_OUTLET` for a name of numbers), because nothing else named it.
OUTLET_FROM_FILE_NAME: Final = "file name"
#: ... a person gave it (on the command line, in Open URL or Paste Text, or Article › Edit).
OUTLET_GIVEN: Final = "given"
#: A detail of an article a person changed: (detail, now, was), "was" empty when there was none.
DetailChange = tuple[str, str, str]

#: Flag categories, in the order a legend lists them, with the words a reader sees.
CATEGORY_LABELS: Final[dict[str, str]] = {
    "label": "Label or epithet",
    "loaded": "Loaded word",
    "intensifier": "Intensifier",
    "hedge": "Hedge or scare word",
    "attribution": "Reporting verb",
    "scare-quote": "Scare quotes",
    "opinion": "Unattributed opinion",
    "detail": "Added detail",
    "figure": "Different fact",
    "unique-claim": "Only this outlet",
}
#: What each kind of mark means, in one plain sentence a 15-year-old can check against the text:
#: the names keep the trade's words ("Intensifier", "Hedge"), so the meaning must not need them.
#: The legend's tips, the Details heading, View › Show Flags, the Help and the exported reports'
#: legends all say it in these words, so a reader meets one description wherever they look.
CATEGORY_DESCRIPTIONS: Final[dict[str, str]] = {
    "label": "A name that judges a person or group, where a neutral name would do.",
    "loaded": (
        "A word chosen to make you feel for or against something, where a plain word would"
        " give the same fact."
    ),
    "intensifier": (
        "A word that makes something sound bigger, worse or more certain, but adds no fact."
    ),
    "hedge": "A word that makes you doubt something, without saying who doubts it.",
    "attribution": (
        "A word for how someone spoke (such as “claimed”) that judges them, where “said” would not."
    ),
    "scare-quote": "Quotation marks around a word that hint it is not quite true or not meant.",
    "opinion": "The outlet's own opinion, written as a fact, with no one named as saying it.",
    "detail": "Extra words only this outlet adds to a claim the others report too.",
    "figure": (
        "A number, a count, a result (rose or fell, passed or failed) or a cause that the other"
        " outlets give differently."
    ),
    "unique-claim": (
        "A claim only this outlet carries; the others' cells say “No matching sentence”."
    ),
}
#: What the kinds that compare outlets mean with one article open alone, where there is no other
#: outlet to speak of: they mark nothing there, and say so rather than describe the others.
_ONE_ARTICLE_DESCRIPTIONS: Final[dict[str, str]] = {
    "detail": (
        "Found only when two or more articles are compared: extra words one of them adds to a"
        " claim they share."
    ),
    "figure": (
        "Found only when two or more articles are compared: a number, a count or a result"
        " they do not give alike."
    ),
    "unique-claim": (
        "Found only when two or more articles are compared: a claim one of them alone carries."
    ),
}


def category_description(category: str, articles: int) -> str:
    """:data:`CATEGORY_DESCRIPTIONS` for a comparison of ``articles`` articles: one article
    alone has no others for a description to speak of."""
    if articles == 1 and category in _ONE_ARTICLE_DESCRIPTIONS:
        return _ONE_ARTICLE_DESCRIPTIONS[category]
    return CATEGORY_DESCRIPTIONS.get(category, "")


#: Where a row of chips has no room for the names (the legend strip), the words of each name
#: that say the most, so "Hedge" in the legend is the "Hedge or scare word" of every other place.
#: Everywhere else, :data:`CATEGORY_LABELS`.
CATEGORY_SHORT_LABELS: Final[dict[str, str]] = {
    "label": "Label",
    "loaded": "Loaded",
    "intensifier": "Intensifier",
    "hedge": "Hedge",
    "attribution": "Verb",
    "scare-quote": "Scare quotes",
    "opinion": "Opinion",
    "detail": "Detail",
    "figure": "Fact",
    "unique-claim": "Only this outlet",
}
LEXICAL_CATEGORIES: Final = (
    "label",
    "loaded",
    "intensifier",
    "hedge",
    "attribution",
    "scare-quote",
)
CLAIM_CATEGORIES: Final = ("opinion", "unique-claim")
#: Categories that need several articles and are rare even then: legends and profiles list them
#: only for a comparison that has such flags.
OCCASIONAL_CATEGORIES: Final = frozenset({"detail", "figure"})

AttributionKind = Literal["direct", "indirect", "according-to"]


def content_hash(text: str) -> str:
    """Stable identity of a text: the same words give the same hash on every machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file, a page or pasted text."""

    id: str
    outlet: str
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD or a full timestamp) when known
    source: str | None = None  # the path or URL given by the user
    language: str | None = None  # ISO 639-1 code when detected
    #: Where ``outlet`` came from when ingest knows: :data:`OUTLET_FROM_FILE_NAME`,
    #: :data:`OUTLET_GIVEN`, or what the input said ("page", "address", "dateline", "text");
    #: None when not recorded (an article from an older library or JSON file). Written to JSON
    #: only when known, as an extra field the schema allows.
    outlet_source: str | None = None

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    @property
    def word_count(self) -> int:
        return count_words(self.text)

    def with_fields(self, **fields: Any) -> Article:
        """A copy with some metadata overridden (the user knows better than the page)."""
        return replace(self, **{k: v for k, v in fields.items() if v is not None})

    def changes_named(self, named: Mapping[str, str | None]) -> list[DetailChange]:
        """What the details a person ``named`` for this text again ("outlet", "title", "author",
        "date"; empty ones name nothing) would change, as (detail, now, was) in ``named``'s
        order: the one rule of the command line's ``--outlet`` and the app's Paste Text."""
        out: list[DetailChange] = []
        for detail, value in named.items():
            was = getattr(self, detail) or ""
            if value and value.strip() and value != was:
                out.append((detail, value, was))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "source": self.source,
            "language": self.language,
            "text": self.text,
        } | ({"outlet_source": self.outlet_source} if self.outlet_source is not None else {})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        return cls(
            id=str(data["id"]),
            outlet=str(data.get("outlet") or UNKNOWN_OUTLET),
            text=str(data["text"]),
            title=data.get("title"),
            author=data.get("author"),
            date=data.get("date"),
            source=data.get("source"),
            language=data.get("language"),
            outlet_source=data.get("outlet_source"),
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a claim is said to come from, and how it is reported."""

    speaker: str | None
    verb: str | None  # the reporting verb as written ("claimed"), None for "according to"
    kind: AttributionKind
    speaker_span: tuple[int, int] | None = None
    verb_span: tuple[int, int] | None = None
    #: The person a pronoun speaker ("he said") stands for, when the text named them just before.
    refers_to: str | None = None

    @property
    def who(self) -> str | None:
        """The speaker as a reader would name them: the person behind a pronoun, else as written."""
        return self.refers_to or self.speaker

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "speaker": self.speaker,
            "verb": self.verb,
            "kind": self.kind,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "verb_span": list(self.verb_span) if self.verb_span else None,
        }
        if self.refers_to is not None:
            out["refers_to"] = self.refers_to
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attribution:
        sp, vp = data.get("speaker_span"), data.get("verb_span")
        return cls(
            speaker=data.get("speaker"),
            verb=data.get("verb"),
            kind=data.get("kind", "indirect"),
            speaker_span=(int(sp[0]), int(sp[1])) if sp else None,
            verb_span=(int(vp[0]), int(vp[1])) if vp else None,
            refers_to=data.get("refers_to"),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence, or the part of one, that asserts one thing."""

    id: str
    article: str
    start: int
    end: int
    text: str
    sentence: int  # index of the sentence it comes from, in reading order
    attribution: Attribution | None = None
    quote: bool = False  # the claim is (mostly) a direct quotation

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "quote": self.quote,
            "attribution": self.attribution.to_dict() if self.attribution else None,
        }

    @classmethod
    def from_dict(cls, article: str, data: Mapping[str, Any], text: str) -> Claim:
        start, end = int(data["start"]), int(data["end"])
        attribution = data.get("attribution")
        return cls(
            id=str(data["id"]),
            article=article,
            start=start,
            end=end,
            text=str(data.get("text", text[start:end])),
            sentence=int(data.get("sentence", 0)),
            attribution=Attribution.from_dict(attribution) if attribution else None,
            quote=bool(data.get("quote", False)),
        )


@dataclass(frozen=True, slots=True)
class DiffSpan:
    """A stretch of a member's wording that the other members do not share."""

    start: int
    end: int
    op: Literal["added", "changed"]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "op": self.op}


@dataclass(frozen=True, slots=True)
class AlignmentMember:
    article: str
    claim: str
    start: int
    end: int
    score: float = 1.0  # how well this member matches the rest of its group

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "claim": self.claim,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class Alignment:
    """Claims from two or more articles that report the same thing."""

    id: str
    score: float
    members: tuple[AlignmentMember, ...]
    #: Per article id, the spans of its member(s) that differ from the group's consensus wording.
    diffs: Mapping[str, tuple[DiffSpan, ...]] = field(default_factory=dict)

    @property
    def articles(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for m in self.members:
            seen.setdefault(m.article)
        return tuple(seen)

    def members_of(self, article: str) -> tuple[AlignmentMember, ...]:
        return tuple(m for m in self.members if m.article == article)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": round(self.score, 4),
            "members": [m.to_dict() for m in self.members],
            "diffs": {a: [d.to_dict() for d in spans] for a, spans in self.diffs.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alignment:
        return cls(
            id=str(data["id"]),
            score=float(data["score"]),
            members=tuple(
                AlignmentMember(
                    article=str(m["article"]),
                    claim=str(m["claim"]),
                    start=int(m["start"]),
                    end=int(m["end"]),
                    score=float(m.get("score", 1.0)),
                )
                for m in data["members"]
            ),
            diffs={
                str(a): tuple(DiffSpan(int(d["start"]), int(d["end"]), d["op"]) for d in spans)
                for a, spans in (data.get("diffs") or {}).items()
            },
        )


@dataclass(frozen=True, slots=True)
class Counterpart:
    """What another article says in the same place as a flagged span: its claim (or the naming
    that answers a label), and where in that text the words answering the flag are, when a word
    diff can tell (``start``/``end``, character offsets into ``text``)."""

    article: str
    text: str
    start: int | None = None
    end: int | None = None

    @property
    def answer(self) -> str:
        """The words in the flag's place: the located phrase, else the whole text."""
        if self.start is None or self.end is None:
            return self.text
        return self.text[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"article": self.article, "text": self.text}
        if self.start is not None and self.end is not None:
            out["start"], out["end"] = self.start, self.end
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Counterpart:
        start, end = data.get("start"), data.get("end")
        located = isinstance(start, int) and isinstance(end, int)
        return cls(
            str(data["article"]),
            str(data["text"]),
            start if located else None,
            end if located else None,
        )


#: Whose words a flag's words are when they are not the outlet's: said once, in the explanation
#: the engine writes and in the views and reports that show a flag.
QUOTED_NOTE: Final = "inside a quotation: the speaker's words, not the outlet's"
REPORTED_NOTE: Final = "reported speech: the outlet attributes the words to someone it names"
#: Not someone else's words but said so, since a speaker sits in the sentence: an unquoted
#: paraphrase of what someone admitted is worded by the outlet, which vouches for it.
PARAPHRASE_NOTE: Final = "the outlet's paraphrase of what was admitted: its own words"


def answer_note(speaker: str) -> str:
    """:data:`QUOTED_NOTE` for words in a Q&A answer, which has no quotation marks: the reader
    sees a label, so the note names whose words they are ("Ines Varga's words"), not "their
    words" after a name the engine knows."""
    who = "the" + speaker[3:] if speaker.startswith("The ") else speaker
    return f"in an answer: {who}'s words, not the outlet's"


@dataclass(frozen=True, slots=True)
class Flag:
    """A piece of framing found in one article, with the sentence that explains it."""

    id: str
    article: str
    start: int
    end: int
    text: str
    category: str
    explanation: str
    alignment: str | None = None
    counterparts: tuple[Counterpart, ...] = ()
    confidence: float = 0.5
    #: The rule or lexicon entry that fired, e.g. ``lexicon:label:dictator`` or ``rule:opinion``.
    rule: str = ""
    claim: str | None = None
    #: True when the words sit inside a quotation: they are the speaker's, not the outlet's.
    quoted: bool = False
    #: "comparative" when other outlets word the same place differently, else "intrinsic".
    evidence: Literal["comparative", "intrinsic"] = "intrinsic"
    #: The words that fired, as article offsets, when the flag covers more: a loaded word is
    #: flagged with the phrase it judges ("sham" in "sham inquiry"), and views stress the word.
    trigger: tuple[int, int] | None = None
    #: Where the offsets point: the article's ``text``, or its ``title`` for a headline flag.
    where: Literal["text", "title"] = "text"
    #: True when the words are reported speech without quotation marks ("The minister said the
    #: plan was a sham"); ``quoted`` is then True too, since they are someone else's words.
    reported: bool = False
    #: Who answers, when the words are in a Q&A answer (:func:`answer_note`); ``quoted`` is
    #: then True too.
    answer_of: str | None = None

    @property
    def speaker_note(self) -> str | None:
        """Whose words these are, when they are not the outlet's, for views and reports."""
        if self.reported:
            return REPORTED_NOTE
        if self.quoted and self.answer_of is not None:
            return answer_note(self.answer_of)
        if self.quoted:
            return QUOTED_NOTE
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "explanation": self.explanation,
            "alignment": self.alignment,
            "counterparts": [c.to_dict() for c in self.counterparts],
            "confidence": round(self.confidence, 4),
            "rule": self.rule,
            "claim": self.claim,
            "quoted": self.quoted,
            "evidence": self.evidence,
            "trigger": (
                {"start": self.trigger[0], "end": self.trigger[1]} if self.trigger else None
            ),
        }
        if self.where != "text":
            out["where"] = self.where  # headline flags only: body flags keep the schema's shape
        if self.reported:
            out["reported"] = True
        if self.answer_of is not None:
            out["answer_of"] = self.answer_of  # Q&A answers only, like "reported"
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Flag:
        return cls(
            id=str(data["id"]),
            article=str(data["article"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            category=str(data["category"]),
            explanation=str(data["explanation"]),
            alignment=data.get("alignment"),
            counterparts=tuple(Counterpart.from_dict(c) for c in data.get("counterparts", ())),
            confidence=float(data.get("confidence", 0.5)),
            rule=str(data.get("rule", "")),
            claim=data.get("claim"),
            quoted=bool(data.get("quoted", False)),
            evidence=data.get("evidence", "intrinsic"),
            trigger=_trigger(data.get("trigger")),
            where="title" if data.get("where") == "title" else "text",
            reported=bool(data.get("reported", False)),
            answer_of=_optional_str(data.get("answer_of")),
        )


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _trigger(value: Any) -> tuple[int, int] | None:
    """A stored trigger, or None for comparisons written before triggers existed."""
    if not isinstance(value, Mapping):
        return None
    try:
        return int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor (person, organisation, place, group) and how each article describes it."""

    id: str
    name: str  # the fullest neutral name found ("Xi Jinping")
    type: str  # PERSON, ORG, GPE or NORP
    aliases: tuple[str, ...] = ()
    #: Per article id, the descriptors attached to the actor ("President", "Chinese dictator").
    descriptors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Per article id, how often the actor is mentioned.
    mentions: Mapping[str, int] = field(default_factory=dict)
    #: Per article id, where each mention's words are, (start, end) in reading order: what a
    #: reader is taken to from the actor. Empty in comparisons saved before they were kept.
    spans: Mapping[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "descriptors": {a: list(d) for a, d in self.descriptors.items()},
            "mentions": dict(self.mentions),
            "spans": {a: [list(s) for s in found] for a, found in self.spans.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=str(data.get("type", "")),
            aliases=tuple(data.get("aliases", ())),
            descriptors={str(a): tuple(d) for a, d in (data.get("descriptors") or {}).items()},
            mentions={str(a): int(n) for a, n in (data.get("mentions") or {}).items()},
            spans={
                str(a): tuple((int(s[0]), int(s[1])) for s in found)
                for a, found in (data.get("spans") or {}).items()
            },
        )


@dataclass(frozen=True, slots=True)
class Generator:
    name: str
    version: str
    pipeline: str = ""
    lexicon: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "pipeline": self.pipeline,
            "lexicon": self.lexicon,
        }


#: When fewer than this share of the shorter article's claims line up with another article's, the
#: two may not report one event (:meth:`Comparison.articles_apart`).
FEW_SHARED_SHARE: Final = 0.2


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the engine found about one or more articles on one event."""

    articles: tuple[Article, ...]
    claims: Mapping[str, tuple[Claim, ...]]  # per article id, in reading order
    alignments: tuple[Alignment, ...]
    flags: tuple[Flag, ...]
    generator: Generator
    entities: tuple[Entity, ...] = ()
    id: str | None = None
    title: str | None = None
    #: Framing in the articles' headlines (offsets into each title); kept apart from ``flags``,
    #: whose offsets all point into article texts.
    headline_flags: tuple[Flag, ...] = ()

    # -- look-ups the UI and the exports share -------------------------------------------------

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def claim(self, claim_id: str) -> Claim:
        for claims in self.claims.values():
            for c in claims:
                if c.id == claim_id:
                    return c
        raise KeyError(claim_id)

    def flags_of(self, article_id: str) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.article == article_id)

    def flag_by_id(self, flag_id: str) -> Flag | None:
        """A body or headline flag by its id; None when the id is unknown."""
        return next((f for f in (*self.flags, *self.headline_flags) if f.id == flag_id), None)

    def alignment_of(self, claim_id: str) -> Alignment | None:
        for g in self.alignments:
            if any(m.claim == claim_id for m in g.members):
                return g
        return None

    @property
    def shares_claims(self) -> bool:
        """Two or more articles with at least one claim in common. Only then does a claim "only
        this outlet" carries mean anything: without any, every claim would be one."""
        return len(self.articles) > 1 and bool(self.alignments)

    def articles_apart(self) -> set[str]:
        """Ids of the articles that share few claims with every other article: with each of them,
        fewer than :data:`FEW_SHARED_SHARE` of the shorter one's claims line up. Two reports of one
        event share a good part of their claims; a stock phrase ("officials said on Tuesday") in
        two unrelated stories is no reason to read them side by side."""
        n_claims = {a.id: len(self.claims.get(a.id, ())) for a in self.articles}
        shared: dict[frozenset[str], int] = {}
        for group in self.alignments:
            ids = group.articles
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pair = frozenset((a, b))
                    shared[pair] = shared.get(pair, 0) + 1

        def related(a: str, b: str) -> bool:
            shorter = min(n_claims[a], n_claims[b])
            return shorter == 0 or shared.get(frozenset((a, b)), 0) >= FEW_SHARED_SHARE * shorter

        every = [a.id for a in self.articles]
        return {a for a in every if n_claims[a] and not any(related(a, b) for b in every if b != a)}

    def rows(self) -> Iterator[Row]:
        """Claim groups and unmatched claims in reading order, one row each.

        The order follows the first article and slots every other article's claims in where they
        fall in their own article, so each column reads top to bottom like the original.
        """
        yield from _reading_rows(self)

    # -- JSON -------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA_ID}
        if self.id is not None:
            out["id"] = self.id
        if self.title is not None:
            out["title"] = self.title
        out["generator"] = self.generator.to_dict()
        out["articles"] = [
            {**a.to_dict(), "claims": [c.to_dict() for c in self.claims.get(a.id, ())]}
            for a in self.articles
        ]
        out["alignments"] = [g.to_dict() for g in self.alignments]
        out["flags"] = [f.to_dict() for f in self.flags]
        out["entities"] = [e.to_dict() for e in self.entities]
        out["headline_flags"] = [f.to_dict() for f in self.headline_flags]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comparison:
        if data.get("schema") != SCHEMA_ID:
            raise ValueError(f"not a {SCHEMA_ID} document")
        articles = tuple(Article.from_dict(a) for a in data["articles"])
        claims = {
            a.id: tuple(Claim.from_dict(a.id, c, a.text) for c in raw.get("claims", ()))
            for a, raw in zip(articles, data["articles"], strict=True)
        }
        gen = data["generator"]
        return cls(
            articles=articles,
            claims=claims,
            alignments=tuple(Alignment.from_dict(g) for g in data.get("alignments", ())),
            flags=tuple(Flag.from_dict(f) for f in data.get("flags", ())),
            generator=Generator(
                name=str(gen["name"]),
                version=str(gen["version"]),
                pipeline=str(gen.get("pipeline", "")),
                lexicon=str(gen.get("lexicon", "")),
            ),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            id=data.get("id"),
            title=data.get("title"),
            headline_flags=tuple(Flag.from_dict(f) for f in data.get("headline_flags", ())),
        )


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the aligned view: a claim group, or a claim only one article carries (with the
    rest of its sentence when that is unmatched too)."""

    alignment: Alignment | None
    #: Per article id, the claims in this row (empty when the article does not report it).
    cells: Mapping[str, tuple[Claim, ...]]

    @property
    def is_unique(self) -> bool:
        return self.alignment is None


def _reading_rows(comp: Comparison) -> Iterator[Row]:
    """A topological merge of the articles' reading orders.

    Every row (a group, or a claim no group holds) must come after the rows holding the claims
    before it in each of its articles, so every column reads top to bottom like the original. Among
    the rows whose predecessors are all placed, the one with the smallest mean relative position
    goes next (ties: the earlier article, then the earlier offset), which slots unmatched claims in
    where they fall. When two outlets tell things in crossing orders no order satisfies both; then
    the ready-most row (fewest unplaced predecessors) is placed and one column reads out of order
    there.
    """
    import heapq
    import itertools

    by_id = {c.id: c for claims in comp.claims.values() for c in claims}
    claim_group: dict[str, Alignment] = {}
    for g in comp.alignments:
        for m in g.members:
            if m.claim in by_id:
                claim_group.setdefault(m.claim, g)

    article_order = {a.id: i for i, a in enumerate(comp.articles)}
    rows: list[Row] = []
    row_of_group: dict[str, int] = {}
    positions: list[list[float]] = []
    first_seen: list[tuple[int, int]] = []
    sequences: list[list[int]] = []  # per article, its rows in reading order
    for article in comp.articles:
        claims = comp.claims.get(article.id, ())
        n = max(len(claims), 1)
        seq: list[int] = []
        seen: set[int] = set()  # rows this article already has a place in
        for i, claim in enumerate(claims):
            group = claim_group.get(claim.id)
            before = claims[i - 1] if i else None
            if (
                group is None
                and before is not None
                and before.sentence == claim.sentence
                and before.id not in claim_group
            ):
                # The rest of a sentence whose first part no other outlet carries either ("Cameras
                # will enforce the zone" / "and drivers who do not pay ..."): one row, not two.
                row_index = seq[-1]
                rows[row_index] = Row(
                    None, {article.id: (*rows[row_index].cells[article.id], claim)}
                )
            elif group is None:
                row_index = len(rows)
                rows.append(Row(None, {article.id: (claim,)}))
                positions.append([i / n])
                first_seen.append((article_order[article.id], claim.start))
            elif group.id in row_of_group:
                row_index = row_of_group[group.id]
                if row_index not in seen:
                    positions[row_index].append(i / n)
            else:
                row_index = row_of_group[group.id] = len(rows)
                cells: dict[str, list[Claim]] = {}
                for m in group.members:
                    member = by_id.get(m.claim)
                    if member is not None and claim_group.get(m.claim) is group:
                        cells.setdefault(m.article, []).append(member)
                rows.append(
                    Row(
                        group,
                        {a: tuple(sorted(v, key=lambda c: c.start)) for a, v in cells.items()},
                    )
                )
                positions.append([i / n])
                first_seen.append((article_order[article.id], claim.start))
            if row_index not in seen:
                # A group takes its place from its first claim in each article: a lead grouped
                # with a later sentence of the same article stays the lead, where placing the
                # group again at the later sentence made a cycle that pushed the lead down.
                seq.append(row_index)
                seen.add(row_index)
        sequences.append(seq)

    successors: list[set[int]] = [set() for _ in rows]
    indegree = [0] * len(rows)
    for seq in sequences:
        for a, b in itertools.pairwise(seq):
            if a != b and b not in successors[a]:
                successors[a].add(b)
                indegree[b] += 1

    def key(r: int) -> tuple[float, int, int, int]:
        p = positions[r]
        return (sum(p) / len(p), first_seen[r][0], first_seen[r][1], r)

    ready = [key(r) for r in range(len(rows)) if indegree[r] == 0]
    heapq.heapify(ready)
    placed = [False] * len(rows)
    remaining = len(rows)
    while remaining:
        if not ready:
            # A cycle (crossing orders): release the row closest to being ready.
            r = min(
                (r for r in range(len(rows)) if not placed[r]),
                key=lambda r: (indegree[r], key(r)),
            )
            indegree[r] = 0
            heapq.heappush(ready, key(r))
        r = heapq.heappop(ready)[3]
        if placed[r]:
            continue
        placed[r] = True
        remaining -= 1
        yield rows[r]
        for nxt in successors[r]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0 and not placed[nxt]:
                heapq.heappush(ready, key(nxt))


def word_count(articles: Iterable[Article]) -> int:
    return sum(a.word_count for a in articles)


#: What each rule looks for, said so that "Found by ..." reads as a sentence a student can follow.
_RULE_WORDS: Final[dict[str, str]] = {
    "comparative-epithet": "comparing the outlets: only this one puts the word before the name",
    "unique-claim": "comparing the outlets: no other outlet carries this claim",
    "added-detail": "comparing the outlets: a detail the others leave out",
    "different-figure": "comparing the outlets: a number or a size the others give differently",
    "left-out-count": "comparing the outlets: a count the others give (a vote, a toll, a sum,"
    " jobs cut or saved, people released, the size of a demand, a prison term or a multiple)",
    "opposite-direction": "comparing the outlets: a rise, a win or an approval the others report"
    " the other way",
    "claimed-outcome": "comparing the outlets: a result the others report as won, told as"
    " the winner's claim",
    "contested-word": "comparing the outlets: a loaded word for people or an act the others"
    " name with a plain word",
    "granted-statement": "comparing the outlets: a statement the others report as said, told"
    " as confirmed fact",
    "stated-cause": "comparing the outlets: a cause stated as fact where the others say it is"
    " not yet known",
    "inflated-harm": "comparing the outlets: a thing called deadly where no outlet reports a"
    " death and others report people hurt",
    "dropped-hedge": "comparing the outlets: a claim stated flat or as a cause where the others"
    " hedge it",
    "stated-forecast": "comparing the outlets: a forecast stated as fact where the others say"
    " whose forecast it is",
    "dropped-source": "comparing the outlets: a count given as fact where the others say whose"
    " count it is",
    "vague-count": "comparing the outlets: a vague count ('dozens of', 'hundreds of') where"
    " another outlet gives the number",
    "count-frame": "comparing the outlets: a count called small or large ('only', 'as many as')"
    " where another outlet gives the same count plainly",
    "rhetorical-question": "a check for questions the outlet asks in its own voice",
    "exclamation": "a check for exclamations in the outlet's own voice",
    "shouting-capitals": "a check for words set in capitals",
    "vague-source": "a check for sources no reader can identify",
    "unmeasured-superlative": "a check for superlatives with no measure given",
    "understatement": "a check for a small word put on a large figure in the same sentence",
    "verdict-on-the-day": "a check for a verdict such as 'a dark day for ...' on the event itself",
    "coined-phobia": "a check for a name made into a phobia, such as 'Westophobic'",
    "unattributed-opinion": "a check for opinions no one is quoted as holding",
    "scare-quote": "a check for quotation marks around words no one is quoted saying",
    "evaluative-modifier": "a judging word attached to a name",
}


def rule_description(rule: str) -> str:
    """How a flag was found, in words for a reader, to follow "Found by": "the word list entry
    'dictator' (label)", "a check for questions the outlet asks in its own voice". The rule id
    itself stays in the data (JSON, CSV) for scripts."""
    kind, _, rest = rule.partition(":")
    if kind == "lexicon":
        category, _, term = rest.partition(":")
        return f"the word list entry '{term}' ({category})"
    if kind == "pos":
        name, _, term = rest.partition(":")
        what = _RULE_WORDS.get(name, name.replace("-", " "))
        return f"the word list entry '{term}', as {what}" if term else what
    if kind == "rule":
        return _RULE_WORDS.get(rest, f"the {rest.replace('-', ' ')} rule")
    return rule
