"""The whole-comparison picture: what each outlet covers, how much framing it adds, whom it cites.

The Overview tab and the exported reports draw the same four tables, so they are computed here once,
as plain data with no Qt and no HTML: a coverage matrix (claim groups x outlets), a framing profile
(flags per category per 1,000 words, so a long article is not blamed for being long), the
entity-labelling table (how each outlet names the same actor) and the sources table (whom each
outlet quotes or cites, and with which reporting verb).

Given a :class:`FlagFilter` (what the app's legend and View › Show Outlets leave on screen), every
count is of the flags the reader can see, and what the filter hides is counted apart, so a view can
say how many flags are hidden rather than show numbers that disagree with the marks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from reader.core.flag_density import DensestParagraph, densest_paragraph
from reader.core.model import (
    CATEGORY_LABELS,
    OCCASIONAL_CATEGORIES,
    Article,
    Attribution,
    Comparison,
    Entity,
    Flag,
)
from reader.core.sentences import without_lead_in

#: Leading words dropped when grouping speakers: "the Kremlin" and "Kremlin" are one source.
_SPEAKER_LEAD: Final = re.compile(
    r"^(?:(?:the|a|an|even|also|only|mr|mrs|ms|miss|dr|prof|sen|senator|rep|gov|governor|gen"
    r"|president|prime minister|minister|secretary|chancellor|premier|sir|lord|lady)\.?\s+)+"
)
_SPEAKER_ARTICLE: Final = re.compile(r"^(?:the|a|an|even|also|only)\s+", re.IGNORECASE)
#: Speakers that name nobody: counting "he" as a source would tell the reader nothing.
_PRONOUNS: Final = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who", "this", "that"}
)
#: Nouns for a text or its figures, not someone who speaks: "according to the report" cites no
#: outlet or person a reader could look up, unless a name comes with it ("a Bloomberg report").
_GENERIC_SOURCES: Final = frozenset(
    {"report", "statement", "study", "data", "survey", "poll", "research", "figures",
     "statistics", "document", "paper", "analysis", "findings", "estimate", "record", "filing",
     "memo", "release", "article", "story", "newspaper", "outlet", "publication"}
)  # fmt: skip
#: Words that may stand before such a noun without naming anyone ("the latest figures").
_GENERIC_QUALIFIERS: Final = frozenset(
    {"new", "recent", "latest", "last", "earlier", "previous", "official", "separate", "another",
     "same", "such", "this", "that", "these", "those", "its", "their", "his", "her", "our",
     "internal", "leaked", "preliminary", "final", "annual", "press", "news", "published"}
)  # fmt: skip
#: How many actors that nobody labels the table keeps (most mentioned first).
MAX_UNDESCRIBED: Final = 6
_LABEL_CHARS: Final = 90
#: The claim-coverage category, kept out of a profile's framing total.
UNIQUE: Final = "unique-claim"
#: The "Different fact" category: a status line counts it apart from the framing flags.
FACT: Final = "figure"
#: Categories of what an outlet reports rather than how it words it: a profile's framing total
#: and a status line's framing count leave them out.
NOT_WORDING: Final = frozenset({UNIQUE, FACT})
#: What stands where no sentence of an outlet lines up with a row's claim: the Aligned view's
#: cell, the Details and the report's claims table say it in these words, so a handout and the
#: screen read alike.
NO_MATCH: Final = "No matching sentence"
#: Not a category: in :func:`kinds_present`, the key that says some flag stands in a speaker's
#: words (a quotation or reported speech), which the legend keys apart from the kinds.
QUOTED: Final = "quoted"


@dataclass(frozen=True, slots=True)
class FlagFilter:
    """Which flags a reader has chosen to see: the categories shown (None: every one), whether
    flags inside quotations (a speaker's words, not the outlet's) are shown, and the outlets
    hidden. The default shows everything."""

    categories: frozenset[str] | None = None
    quoted: bool = True
    hidden_outlets: frozenset[str] = frozenset()

    def shows(self, flag: Flag) -> bool:
        """Whether ``flag`` is on screen: its outlet, its category and, inside a quotation, the
        speakers' words are all shown."""
        return (
            flag.article not in self.hidden_outlets
            and (self.categories is None or flag.category in self.categories)
            and (self.quoted or not flag.quoted)
        )

    def shows_category(self, category: str) -> bool:
        return self.categories is None or category in self.categories

    def split(self, flags: Iterable[Flag]) -> tuple[list[Flag], list[Flag]]:
        """``flags`` as (shown, hidden), each in the order given."""
        shown: list[Flag] = []
        hidden: list[Flag] = []
        for f in flags:
            (shown if self.shows(f) else hidden).append(f)
        return shown, hidden


#: The filter that hides nothing.
EVERYTHING: Final = FlagFilter()


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One claim group (or a claim only one outlet carries) and who reports it."""

    number: int  # 1-based, shared by the matrix chart and the aligned-claims table
    key: str  # the alignment id, or the claim id of a claim that stands alone
    label: str  # a short excerpt of the first claim, for tooltips and chart titles
    #: Per article id, the ids of its claims in this row (absent when the outlet leaves it out).
    claims: Mapping[str, tuple[str, ...]]
    #: Per article id, the number of flags found inside its claims of this row.
    flags: Mapping[str, int]
    #: Per article id, a short excerpt of its own wording: each outlet's words, never another's.
    labels: Mapping[str, str] = field(default_factory=dict)
    #: Per article id, the framing flags in its claims of this row that the filter hides (absent
    #: when none): not in ``flags``, and said apart so a count never hides them silently.
    hidden: Mapping[str, int] = field(default_factory=dict)
    #: Whether the comparison shares any claim at all (:attr:`Comparison.shares_claims`).
    lined_up: bool = True

    def label_of(self, article: str) -> str:
        return self.labels.get(article, self.label)

    @property
    def unique(self) -> bool:
        """One outlet alone carries this, where the others share some claims with it. Between
        articles that share none (likely not one event), every claim would be "only" one
        outlet's, which tells a reader nothing: there, no row is, as the aligned view and the
        status line mark none, and the Overview says instead that nothing lines up."""
        return self.lined_up and len(self.claims) == 1

    def reported_by(self, article: str) -> bool:
        return bool(self.claims.get(article))


@dataclass(frozen=True, slots=True)
class Coverage:
    """The coverage matrix: rows in reading order, columns in the comparison's article order."""

    articles: tuple[str, ...]
    rows: tuple[CoverageRow, ...]
    #: Whether any claim lines up across the articles; when none does, no row is "only here".
    shares_claims: bool = True

    def reported(self, article: str) -> int:
        """How many rows the article reports."""
        return sum(1 for r in self.rows if r.reported_by(article))

    def only_in(self, article: str) -> int:
        """How many rows only this article reports (it adds them)."""
        return sum(1 for r in self.rows if r.unique and r.reported_by(article))

    def left_out(self, article: str) -> int:
        """How many rows other outlets share that this one does not report."""
        return sum(1 for r in self.rows if not r.reported_by(article) and len(r.claims) >= 2)


#: Fewer words than this and a rate per 1,000 words says more about the text's length than its
#: framing: 5 flags in a 26-word paste read as "192.3 per 1,000 words", a figure no article of
#: real length comes near. At 300 words (a short news item) one flag more or less moves the rate
#: by about 3, the size of the gaps between outlets a reader compares; under it the count is
#: said instead ("5 flags in 26 words"), which is what a reader of a snippet can check.
RATE_MIN_WORDS: Final = 300


def counted_not_rated(profiles: Sequence[Profile]) -> bool:
    """Every text under :data:`RATE_MIN_WORDS`: the framing profile then draws counts, since a
    chart of dashes alone (a class's 200-300-word articles) told a reader nothing."""
    return bool(profiles) and all(p.too_short_for_a_rate for p in profiles)


def flags_in_words(flags: int, words: int) -> str:
    """ "5 flags in 26 words": what a text too short for a rate (:data:`RATE_MIN_WORDS`) is
    said to carry, its count beside its length, so nobody reads a snippet's rate as dense."""
    return f"{flags} flag{'' if flags == 1 else 's'} in {words:,} word{'' if words == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Profile:
    """How much framing of each kind one article carries, normalised by its length."""

    article: str
    words: int
    counts: Mapping[str, int]  # every known category, zero when absent
    #: Of ``counts``, the flags inside quotations: a speaker's words, not the outlet's.
    quoted: Mapping[str, int] = field(default_factory=dict)
    #: Framing flags of this article the filter hides: not in ``counts`` nor in any rate.
    hidden: int = 0
    #: The paragraph where the flags shown gather most (None if they gather nowhere).
    densest: DensestParagraph | None = None

    def rate(self, category: str) -> float:
        """Flags of ``category`` per 1,000 words (0 for an empty article)."""
        return self._per_1000(self.counts.get(category, 0))

    def quoted_rate(self, category: str) -> float:
        """Flags of ``category`` inside quotations per 1,000 words."""
        return self._per_1000(self.quoted.get(category, 0))

    def _per_1000(self, n: int) -> float:
        return 1000.0 * n / self.words if self.words > 0 else 0.0

    @property
    def total(self) -> int:
        """Framing flags: every category but "only this outlet", which counts claims an outlet
        carries, not wording it chose (a wire report that simply has more facts is not framed),
        and "different fact", a figure or an outcome it gives, not a word it chose."""
        return sum(n for c, n in self.counts.items() if c not in NOT_WORDING)

    @property
    def unique(self) -> int:
        """Claims only this outlet carries (flagged "only this outlet")."""
        return self.counts.get(UNIQUE, 0)

    @property
    def total_quoted(self) -> int:
        return sum(self.quoted.values())

    @property
    def too_short_for_a_rate(self) -> bool:
        """Under :data:`RATE_MIN_WORDS`: its flags are said as a count, not per 1,000 words."""
        return self.words < RATE_MIN_WORDS

    @property
    def total_rate(self) -> float:
        return self._per_1000(self.total)

    @property
    def total_quoted_rate(self) -> float:
        return self._per_1000(self.total_quoted)


#: Words that do not describe an actor: courtesy titles, articles, quantifiers, linking words.
_EMPTY_WORDS: Final = frozenset(
    {
        *("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"),
        *("the", "a", "an", "of", "for", "and", "in", "on", "at", "to"),
        *("his", "her", "its", "their", "our"),
        *("several", "other", "some", "many", "few", "all", "both", "another", "such", "top"),
    }
)


#: What separates a descriptor's words: spaces, and the hyphens and dashes of a compound, which
#: one outlet writes "foreign-policy adviser" and another "foreign policy adviser".
_WORD_BREAK: Final = re.compile(r"[\s\-\u2010-\u2014]+")


def _content_words(descriptors: Iterable[str]) -> frozenset[str]:
    words = (re.sub(r"[^\w]", "", w).casefold() for d in descriptors for w in _WORD_BREAK.split(d))
    return frozenset(_spelling(w) for w in words if w and w not in _EMPTY_WORDS)


#: British and American spellings of one word are not two descriptions ("adviser" / "advisor",
#: "defence" / "defense", "organisation" / "organization", "labour" / "labor").
_SPELLINGS: Final = (
    (re.compile(r"advisor"), "adviser"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our$"), "or"),
)


def _spelling(word: str) -> str:
    for pattern, repl in _SPELLINGS:
        word = pattern.sub(repl, word)
    return word


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One actor and the words each outlet puts in front of its name."""

    entity: Entity
    descriptors: Mapping[str, tuple[str, ...]]  # per article id, deduplicated, in first-use order
    mentions: Mapping[str, int]

    @property
    def differs(self) -> bool:
        """True when at least two outlets describe the actor and their words are not the same.

        Words are compared as content words: "NAACP President" and "president of the N.A.A.C.P."
        agree, and a courtesy title ("Mr") or a quantifier ("several other") says nothing.
        """
        described = {words for ds in self.descriptors.values() if (words := _content_words(ds))}
        return len(described) > 1


@dataclass(frozen=True, slots=True)
class SourceUse:
    """How one article cites one source."""

    count: int
    verbs: tuple[str, ...]  # reporting verbs as written, most frequent first
    direct: int  # how many of the citations are direct quotations


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One speaker (a person, an institution, "officials") and how each outlet cites it."""

    name: str
    uses: Mapping[str, SourceUse]  # per article id

    @property
    def total(self) -> int:
        return sum(u.count for u in self.uses.values())


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything the Overview tab and the report's overview section show."""

    coverage: Coverage
    profiles: tuple[Profile, ...]
    entities: tuple[EntityRow, ...]
    sources: tuple[SourceRow, ...]
    categories: tuple[str, ...] = field(default=tuple(CATEGORY_LABELS))
    #: The comparison's categories the filter hides, in legend order (not in ``categories``).
    hidden_categories: tuple[str, ...] = ()
    #: The articles the filter hides, in the comparison's order: no column, line or bar.
    hidden_outlets: tuple[str, ...] = ()

    def profile(self, article: str) -> Profile:
        for p in self.profiles:
            if p.article == article:
                return p
        raise KeyError(article)

    @property
    def hidden(self) -> int:
        """Framing flags of the outlets shown that the filter hides (by category or because
        they are a speaker's words)."""
        return sum(p.hidden for p in self.profiles)


def build_overview(comparison: Comparison, shown: FlagFilter | None = None) -> Overview:
    """All four overview tables of ``comparison``, counting only the flags ``shown`` shows and
    leaving out the outlets it hides (all of them, and every flag, by default).

    Which claims are shared and which one outlet alone reports does not change with the filter:
    a hidden outlet's column is left out, as the aligned view hides it, not the comparison redone
    without it. Its own claims' rows go, as in the aligned view.
    """
    shown = shown or EVERYTHING
    every = categories_of(comparison)
    coverage = coverage_matrix(comparison, shown)
    visible = visible_part(comparison, shown)
    return Overview(
        coverage=coverage,
        profiles=framing_profiles(comparison, coverage, shown),
        entities=entity_table(visible),
        sources=sources_table(visible),
        categories=tuple(c for c in every if shown.shows_category(c)),
        hidden_categories=tuple(c for c in every if not shown.shows_category(c)),
        hidden_outlets=tuple(a.id for a in comparison.articles if a.id in shown.hidden_outlets),
    )


def visible_part(comparison: Comparison, shown: FlagFilter) -> Comparison:
    """The comparison as far as its shown outlets go: their articles, and the actors as they
    name them (for the actors and sources tables, which hold no flags)."""
    hidden = shown.hidden_outlets
    if not hidden:
        return comparison
    entities = tuple(
        replace(
            e,
            descriptors={a: d for a, d in e.descriptors.items() if a not in hidden},
            mentions={a: n for a, n in e.mentions.items() if a not in hidden},
        )
        for e in comparison.entities
    )
    articles = tuple(a for a in comparison.articles if a.id not in hidden)
    return replace(comparison, articles=articles, entities=entities)


@dataclass(frozen=True, slots=True)
class FlagCounts:
    """The comparison's counts for a status line, as a filter leaves them."""

    #: Framing flags shown in the articles' text ("only this outlet" is not framing, nor is a
    #: fact the outlets give differently).
    framing: int
    #: Flags shown in the headlines.
    headline: int
    #: Framing flags, in the text and the headlines, that the filter hides (with its outlets).
    hidden: int
    #: Claims one outlet alone carries, as rows of the aligned view of the outlets shown.
    only_in_one: int
    #: Claim groups two or more of the outlets shown share (a group shared only with a hidden
    #: outlet is, on screen, one outlet's row).
    shared: int = 0
    #: "Different fact" flags shown: a figure, a count or a direction the outlets give
    #: differently is what they report, not how they word it.
    facts: int = 0
    #: Of ``framing``, each outlet's (by article id, every outlet shown, zero when it has none):
    #: what the aligned view's column headers say, so their numbers add up to the status line's.
    by_outlet: Mapping[str, int] = field(default_factory=dict)


def flag_counts(comparison: Comparison, shown: FlagFilter | None = None) -> FlagCounts:
    """What a status line counts: the flags on screen, those hidden, and the rows one outlet
    alone reports (counted as the aligned view marks rows, not as "only this outlet" flags,
    which the engine raises for only some of those rows)."""
    shown = shown or EVERYTHING
    framing = [f for f in comparison.flags if f.category != UNIQUE]
    text, text_hidden = shown.split(framing)
    head, head_hidden = shown.split(comparison.headline_flags)
    facts = sum(1 for f in text if f.category == FACT)
    by_outlet = framing_by_outlet(comparison, shown)
    return FlagCounts(
        framing=sum(by_outlet.values()),
        headline=len(head),
        hidden=len(text_hidden) + sum(1 for f in head_hidden if f.category != UNIQUE),
        only_in_one=rows_in_one_outlet(comparison, shown),
        shared=shared_groups(comparison, shown),
        facts=facts,
        by_outlet=by_outlet,
    )


def framing_by_outlet(comparison: Comparison, shown: FlagFilter | None = None) -> dict[str, int]:
    """How many framing flags ``shown`` leaves on screen in each outlet's text, by article id
    (every outlet it shows, in the comparison's order): the count a reader compares to see
    which outlet frames most. Neither "only this outlet" nor "different fact" is counted, as
    neither is wording the outlet chose; its headline's flags are counted apart
    (:attr:`FlagCounts.headline`), as the status line says them."""
    shown = shown or EVERYTHING
    counts = {a.id: 0 for a in comparison.articles if a.id not in shown.hidden_outlets}
    for f in comparison.flags:
        if f.category not in NOT_WORDING and shown.shows(f):
            counts[f.article] = counts.get(f.article, 0) + 1
    return counts


def shared_groups(comparison: Comparison, shown: FlagFilter | None = None) -> int:
    """How many claim groups at least two of the outlets ``shown`` shows carry: the shared
    claims a reader sees, not those shared only with an outlet View › Show Outlets hides."""
    hidden = (shown or EVERYTHING).hidden_outlets
    return sum(1 for g in comparison.alignments if len(set(g.articles) - hidden) >= 2)


def rows_in_one_outlet(comparison: Comparison, shown: FlagFilter | None = None) -> int:
    """How many rows of the aligned view say "Only in …": a claim no other outlet carries,
    counted only when the articles share any claim at all (as the view marks them), and not
    when its outlet is hidden (the view hides the row)."""
    if not comparison.shares_claims:
        return 0
    hidden = (shown or EVERYTHING).hidden_outlets
    return sum(
        1
        for row in comparison.rows()
        if row.is_unique and any(cs and a not in hidden for a, cs in row.cells.items())
    )


def categories_of(comparison: Comparison) -> tuple[str, ...]:
    """The known categories in legend order (an occasional one only when flagged, "only this
    outlet" only when the articles share a claim), then any new ones the engine added, sorted.

    One article alone has no claim "only" it carries: every claim would be one, and its profile
    would count them all as if they were something it adds. Nor do articles that share no claim
    at all (likely not one event): the engine raises no such flag, the aligned view marks no row
    "Only in …", and a profile that counted every claim as one outlet's would say what the other
    views do not. What is true there is that nothing lines up, and the views say that instead."""
    found = {f.category for f in comparison.flags}
    alone = not comparison.shares_claims
    known = [
        c
        for c in CATEGORY_LABELS
        if (c not in OCCASIONAL_CATEGORIES or c in found) and not (c == UNIQUE and alone)
    ]
    return (*known, *sorted(found - set(CATEGORY_LABELS)))


def kinds_present(comparison: Comparison) -> frozenset[str]:
    """What a key to ``comparison``'s marks has to explain: the categories of its flags, in the
    text or in a headline, and :data:`QUOTED` where a flag stands in a speaker's words. A key to
    a mark no view draws ("Speakers’ words" over a comparison that quotes no one) is one more
    thing a reader looks for and does not find, so the legend keys only these."""
    flags = (*comparison.flags, *comparison.headline_flags)
    quoted = {QUOTED} if any(f.quoted for f in flags) else set()
    return frozenset({f.category for f in flags} | quoted)


def coverage_matrix(comparison: Comparison, shown: FlagFilter | None = None) -> Coverage:
    """Claim groups x outlets, in the same row order as :meth:`Comparison.rows`.

    With a filter, the outlets it hides have no column and the rows only they report are left
    out (the others keep their numbers); each cell counts the flags the filter shows, and those
    it hides apart."""
    shown = shown or EVERYTHING
    flags_by_claim: Counter[str] = Counter()
    hidden_by_claim: Counter[str] = Counter()
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for article_claims in comparison.claims.values():
        for c in article_claims:
            spans.setdefault(c.article, []).append((c.start, c.end, c.id))
    for f in comparison.flags:
        if f.category == UNIQUE:
            continue  # the row's own mark says "only this outlet"; the count is of framing flags
        claim_id = f.claim or _claim_at(spans.get(f.article, ()), f.start, f.end)
        if claim_id is not None:
            (flags_by_claim if shown.shows(f) else hidden_by_claim)[claim_id] += 1

    visible = tuple(a.id for a in comparison.articles if a.id not in shown.hidden_outlets)
    rows: list[CoverageRow] = []
    for number, row in enumerate(comparison.rows(), start=1):
        claims = {a: tuple(c.id for c in cs) for a, cs in row.cells.items() if cs}
        if not any(a in claims for a in visible):
            continue  # only hidden outlets report it: the aligned view hides its row too
        first = next(
            (row.cells[a][0] for a in _ordered(comparison, row.cells) if row.cells[a]), None
        )
        key = (
            row.alignment.id if row.alignment is not None else (first.id if first else str(number))
        )
        rows.append(
            CoverageRow(
                number=number,
                key=key,
                label=short_label(first.text if first else ""),
                claims=claims,
                flags={a: sum(flags_by_claim[c] for c in ids) for a, ids in claims.items()},
                labels={a: short_label(cs[0].text) for a, cs in row.cells.items() if cs},
                hidden={
                    a: n for a, ids in claims.items() if (n := sum(hidden_by_claim[c] for c in ids))
                },
                lined_up=comparison.shares_claims,
            )
        )
    return Coverage(articles=visible, rows=tuple(rows), shares_claims=comparison.shares_claims)


def framing_profiles(
    comparison: Comparison, coverage: Coverage | None = None, shown: FlagFilter | None = None
) -> tuple[Profile, ...]:
    """Flags per category per article, with the word count that turns them into rates.

    With the ``coverage`` matrix, "only this outlet" counts its rows, as the coverage summary
    does ("3 only here"), not its flags: a row of two claims is one thing the outlet alone
    reports, and an opinion the outlet alone voices is flagged as opinion, not as a claim.

    With a filter, only the outlets it shows have a profile, and only the flags it shows are
    counted; the framing flags it hides are each profile's ``hidden``.
    """
    shown = shown or EVERYTHING
    cats = [c for c in categories_of(comparison) if shown.shows_category(c)]
    out: list[Profile] = []
    for article in comparison.articles:
        if article.id in shown.hidden_outlets:
            continue
        mine, hidden = shown.split(f for f in comparison.flags if f.article == article.id)
        counts = Counter(f.category for f in mine)
        if coverage is not None:
            counts[UNIQUE] = coverage.only_in(article.id)
        quoted = Counter(f.category for f in mine if f.quoted)
        out.append(
            Profile(
                article=article.id,
                words=article.word_count,
                counts={c: counts.get(c, 0) for c in cats},
                quoted={c: quoted[c] for c in cats if quoted[c]},
                hidden=sum(1 for f in hidden if f.category != UNIQUE),
                densest=densest_paragraph(article.text, (f for f in mine if f.category != UNIQUE)),
            )
        )
    return tuple(out)


def entity_table(
    comparison: Comparison, *, max_undescribed: int = MAX_UNDESCRIBED
) -> tuple[EntityRow, ...]:
    """Actors x outlets with the descriptors each outlet uses.

    Actors whose labels differ between outlets come first (that is the story), then those more
    outlets describe and mention. Actors nobody describes are kept only when several outlets
    mention them, and only the ``max_undescribed`` most mentioned, so the table stays short.
    """
    order = {a.id: i for i, a in enumerate(comparison.articles)}
    rows: list[EntityRow] = []
    for e in comparison.entities:
        descriptors = {
            a: _dedupe(ds)
            for a, ds in sorted(e.descriptors.items(), key=lambda kv: order.get(kv[0], 99))
        }
        mentions = {a: n for a, n in e.mentions.items() if n > 0}
        if not any(descriptors.values()) and len(mentions) < 2:
            continue
        rows.append(EntityRow(entity=e, descriptors=descriptors, mentions=mentions))
    rows.sort(
        key=lambda r: (
            not r.differs,
            -sum(1 for d in r.descriptors.values() if d),
            -len(r.mentions),
            -sum(r.mentions.values()),
            r.entity.name.casefold(),
        )
    )
    undescribed = [r for r in rows if not any(r.descriptors.values())][max_undescribed:]
    dropped = {id(r) for r in undescribed}
    return tuple(r for r in rows if id(r) not in dropped)


@dataclass(frozen=True, slots=True)
class SpeakerNames:
    """Who a comparison's claims are attributed to, by name rather than as written.

    An outlet writes its label into the speaker ("Hardline Netanyahu said"): a line that names
    the speaker should name the actor ("Benjamin Netanyahu"), and leave the label to the places
    that show labels. The Sources table and the claim's details name speakers alike from here.
    """

    #: Speaker key -> actor name (:func:`_alias_index`).
    aliases: Mapping[str, str]
    #: (key of a person's full name or alias, the person's name), longest first.
    people: Sequence[tuple[str, str]]
    #: Per article id, the words flagged as judging someone (:func:`_judging_spans`).
    judged: Mapping[str, Sequence[tuple[int, int]]]

    @classmethod
    def of(cls, comparison: Comparison) -> SpeakerNames:
        return cls(
            aliases=_alias_index(comparison.entities),
            people=_person_names(comparison.entities),
            judged=_judging_spans(comparison),
        )

    def written(self, article: Article, attribution: Attribution) -> str | None:
        """The speaker as written, without the words flagged as judging them ("Furious
        retailers" -> "Retailers"); for a pronoun, the person it stands for."""
        return attribution.refers_to or _unjudged(
            attribution.speaker,
            attribution.speaker_span,
            article.text,
            self.judged.get(article.id, ()),
        )

    def name(self, article: Article, attribution: Attribution) -> str | None:
        """The actor a speaker names ("Hardline Netanyahu" -> "Benjamin Netanyahu", "Israeli
        Prime Minister Benjamin Netanyahu" too), else the speaker as :meth:`written`."""
        who = self.written(article, attribution)
        if not who or not who.strip():
            return attribution.who
        key = _speaker_key(who)
        if not key or key in _PRONOUNS:
            return who
        return self.actor(key) or who

    def actor(self, key: str) -> str | None:
        """The actor a speaker's key (:func:`_speaker_key`) names: by a name or an alias, or a
        person's name inside it ("council chair miriam okafor" -> "Miriam Okafor"); None for
        no known actor."""
        return self.aliases.get(key) or _person_named_in(key, self.people)


def sources_table(comparison: Comparison) -> tuple[SourceRow, ...]:
    """Who each outlet quotes or cites, from the attributions of its claims.

    Speakers are grouped by their normalised name, and a speaker that matches a known actor's name
    or alias is shown under that actor's full name ("Macron" -> "Emmanuel Macron"). Words flagged
    as judging the speaker are not part of the name ("Furious retailers" -> "Retailers").
    """
    speakers = SpeakerNames.of(comparison)
    names: dict[str, str] = {}
    counts: dict[str, dict[str, Counter[str]]] = {}
    totals: dict[str, Counter[str]] = {}
    direct: dict[str, Counter[str]] = {}
    for article in comparison.articles:
        for claim in comparison.claims.get(article.id, ()):
            attr = claim.attribution
            if attr is None:
                continue
            who = speakers.written(article, attr)
            if not who or not who.strip():
                continue
            key = _speaker_key(who)
            if not key or key in _PRONOUNS or _names_no_one(key):
                continue
            display = speakers.actor(key)
            if display is not None:
                key = _speaker_key(display)
            names.setdefault(key, display or _SPEAKER_ARTICLE.sub("", _tidy(who)))
            verb = attr.verb.strip().lower() if attr.verb else "according to"
            counts.setdefault(key, {}).setdefault(article.id, Counter())[verb] += 1
            totals.setdefault(key, Counter())[article.id] += 1
            if attr.kind == "direct" or claim.quote:
                direct.setdefault(key, Counter())[article.id] += 1
    rows = [
        SourceRow(
            name=names[key],
            uses={
                a: SourceUse(
                    count=totals[key][a],
                    verbs=tuple(v for v, _ in verbs.most_common()),
                    direct=direct.get(key, Counter())[a],
                )
                for a, verbs in per_article.items()
            },
        )
        for key, per_article in counts.items()
    ]
    rows.sort(key=lambda r: (-len(r.uses), -r.total, r.name.casefold()))
    return tuple(rows)


def short_label(text: str, limit: int = _LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis, without
    the wire dateline a lead opens with ("PORT ALDER, Nov. 24 (Northline Press) - ") or the time
    a live-blog entry opens with ("10:45 - ")."""
    flat = " ".join(without_lead_in(text.strip()).split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def claim_at(comparison: Comparison, article: str, start: int, end: int) -> str | None:
    """The id of the claim of ``article`` that contains (or overlaps most) the span, if any."""
    spans = [(c.start, c.end, c.id) for c in comparison.claims.get(article, ())]
    return _claim_at(spans, start, end)


def _claim_at(spans: Iterable[tuple[int, int, str]], start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for s, e, cid in spans:
        overlap = min(e, end) - max(s, start)
        if (overlap > 0 or s <= start < e) and (best is None or overlap > best[0]):
            best = (overlap, cid)
    return best[1] if best else None


def _ordered(comparison: Comparison, cells: Mapping[str, object]) -> list[str]:
    return [a.id for a in comparison.articles if a.id in cells]


def _dedupe(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for d in items:
        tidy = _tidy(d)
        if tidy:
            seen.setdefault(tidy.casefold(), tidy)
    return tuple(seen.values())


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:\"'“”‘’")


#: Flag categories whose words judge a speaker rather than name one: a source is grouped and shown
#: without them, so "furious retailers" in one outlet and "Retailers" in another are one source.
_JUDGING: Final = frozenset({"label", "loaded", "intensifier", "hedge"})


def _judging_spans(comparison: Comparison) -> dict[str, list[tuple[int, int]]]:
    """Per article, the words flagged as a label, loaded word, intensifier or hedge: a widened
    flag's trigger ("furious" of "Furious retailers"), else a one-word flag's own span."""
    out: dict[str, list[tuple[int, int]]] = {}
    for f in comparison.flags:
        if f.category not in _JUDGING or f.where != "text":
            continue
        span = f.trigger or (None if any(ch.isspace() for ch in f.text) else (f.start, f.end))
        if span is not None:
            out.setdefault(f.article, []).append(span)
    return out


def _unjudged(
    speaker: str | None,
    span: tuple[int, int] | None,
    text: str,
    judged: Iterable[tuple[int, int]],
) -> str | None:
    """The speaker as written, without the flagged words inside it ("Furious retailers" ->
    "Retailers"); as written when none are, or when nothing that names anyone would be left
    ("the regime": the label is the name, and the actors table is where it shows)."""
    if speaker is None or span is None or text[span[0] : span[1]] != speaker:
        return speaker
    start, end = span
    cuts = sorted((a, b) for a, b in judged if start <= a < b <= end)
    if not cuts:
        return speaker
    kept, at = [], start
    for a, b in cuts:
        kept.append(text[at:a] if a > at else "")
        at = max(at, b)
    kept.append(text[at:end])
    rest = _without_a_leading_preposition(" ".join("".join(kept).split()).strip(" ,;:-–—"))
    if not any(w.casefold() not in {"the", "a", "an"} and w[:1].isalnum() for w in rest.split()):
        return speaker
    if cuts[0][0] == start and speaker[:1].isupper():
        rest = rest[:1].upper() + rest[1:]  # "Furious retailers said": the sentence's capital
    return rest


#: Words that tie the people a label named to where they are: "Bureaucrats at the state budget
#: office" less the label.
_PLACING_PREPOSITIONS: Final = frozenset({"at", "of", "from", "in", "with", "for", "inside"})


def _without_a_leading_preposition(rest: str) -> str:
    """ "at the state budget office" -> "the state budget office": with the flagged head noun
    cut ("Bureaucrats at ..."), the body they work for is who is cited; "At the state budget
    office" read as a place, not a source."""
    first, _, after = rest.partition(" ")
    return after if after and first.casefold() in _PLACING_PREPOSITIONS else rest


def _speaker_key(speaker: str) -> str:
    key = _tidy(speaker).casefold()
    key = re.sub(r"['’]s$", "", key)
    return _SPEAKER_LEAD.sub("", key)


def _names_no_one(key: str) -> bool:
    """Whether a speaker key is only a generic text ("report", "the latest figures", "his
    statement"): an outlet or a person is what a reader expects in a list of sources."""
    words = key.split()
    if not words:
        return False
    head = words[-1]
    singular = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
    nouns = _GENERIC_SOURCES
    return (head in nouns or singular in nouns) and all(
        w in _GENERIC_QUALIFIERS for w in words[:-1]
    )


def _person_names(entities: tuple[Entity, ...]) -> list[tuple[str, str]]:
    """(speaker key of a full name or alias, the person's name), longest first: a speaker written
    with a title or an affiliation around the name is still that person."""
    out = {
        _speaker_key(alias): e.name
        for e in entities
        if e.type == "PERSON"
        for alias in (e.name, *e.aliases)
        if len(alias.split()) > 1
    }
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


def _person_named_in(key: str, people: Sequence[tuple[str, str]]) -> str | None:
    """ "council chair miriam okafor of the progressive alliance" -> "Miriam Okafor"."""
    for alias, name in people:
        if alias and re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", key):
            return name
    return None


def _alias_index(entities: tuple[Entity, ...]) -> dict[str, str]:
    """Speaker key -> actor name, from names, aliases and (when unambiguous) people's surnames."""
    index: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for e in entities:
        for name in (e.name, *e.aliases):
            key = _speaker_key(name)
            if key:
                index.setdefault(key, e.name)
        if e.type == "PERSON" and len(e.name.split()) > 1:
            surnames.setdefault(e.name.split()[-1].casefold(), set()).add(e.name)
    for surname, people in surnames.items():
        if len(people) == 1:
            index.setdefault(surname, next(iter(people)))
    return index


def other_articles(others: int) -> str:
    """ "the other article" for one other, "the others" for more: the words the Overview's
    summary and the report's note both use, so a reader matching the two finds them alike."""
    return "the other article" if others == 1 else "the others"


__all__ = [
    "EVERYTHING",
    "NO_MATCH",
    "QUOTED",
    "Coverage",
    "CoverageRow",
    "EntityRow",
    "FlagCounts",
    "FlagFilter",
    "Overview",
    "Profile",
    "SourceRow",
    "SourceUse",
    "SpeakerNames",
    "build_overview",
    "categories_of",
    "claim_at",
    "counted_not_rated",
    "coverage_matrix",
    "entity_table",
    "flag_counts",
    "framing_by_outlet",
    "framing_profiles",
    "kinds_present",
    "other_articles",
    "rows_in_one_outlet",
    "shared_groups",
    "short_label",
    "sources_table",
    "visible_part",
]
