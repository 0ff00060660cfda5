"""What the aligner looks at in a claim, and the similarity features of a pair of claims.

Kept apart from :mod:`reader.core.align` so the evaluation can compute exactly the features the
aligner scores (to measure them and to refit the weights) without running the grouping.

A claim is reduced to its content-word lemmas, its names (entity and proper-noun words) and its
numbers. Pair features are computed for many pairs at once with numpy; the TF-IDF weights come from
all claims of the comparison, with a smoothed prior so two one-sentence articles still get sensible
weights.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, cast
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt

from reader.core.countries import country_spoken_for
from reader.core.mirrored_acts import Act, acts_in
from reader.core.quantities import (
    LEAD,
    ROUGH_BY_NAME,
    continues_number,
    counted_thing,
    counts_a_lead,
    may_start_count,
    number_at,
    rough_at,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_NAME_LABELS: Final = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
#: How far, for the aligner, a count without a figure reaches above the range it stands for
#: (:data:`reader.core.quantities.ROUGH`): an outlet that writes "thousands" where another writes
#: "40,000" plays the count down but reports the same fact, which is the pair a reader needs side
#: by side. The "Different figure" flag keeps the range as it is.
ROUGH_REACH: Final = 10.0

#: Smoothing of the IDF: ``PRIOR_DOCS`` pseudo-claims in which every word occurs with rate
#: ``PRIOR_RATE``. With two claims (a sentence pair) the weights stay close to uniform; with
#: hundreds, rare words win.
PRIOR_DOCS: Final = 4.0
PRIOR_RATE: Final = 0.1

#: Names of the pair features, in the order of the columns of :func:`pair_features`.
FEATURE_NAMES: Final = (
    "tfidf_cos",  # cosine of content-lemma TF-IDF vectors
    "containment",  # shared TF-IDF mass relative to the shorter claim (long sentence vs short one)
    "embed_cos",  # cosine of the static sentence vectors
    "names",  # Jaccard overlap of name words
    "number_conflict",  # share of numbers one side has and the other lacks (0 = consistent)
    "quantity_conflict",  # 1 when one thing is counted with other numbers ("12 dead" / "20 dead")
    "word_jaccard",  # Jaccard overlap of all word forms, function words included
    "bigram_overlap",  # shared word bigrams relative to the shorter claim (same phrasing)
    "negation_mismatch",  # 1 when only one side is negated ("did not approve" vs "approved")
    "log_length",  # log of the two claims' word count: long pairs share more words by chance
)
_NEGATIONS: Final = frozenset({"not", "n't", "no", "never", "nor"})
#: Verbs whose subject is the source of a statement rather than an actor in the reported fact: two
#: such claims with different named sources ("The Elysee did not respond" / "China's foreign
#: ministry did not comment") are two parties' reactions, however alike the wording.
_SPEECH_VERBS: Final = frozenset(
    {"say", "tell", "state", "respond", "comment", "reply", "decline", "add", "announce",
     "confirm", "deny", "claim", "insist", "warn", "argue", "refuse"}
)  # fmt: skip
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass"})
#: Bodies that speak for a state ("the foreign ministry said", "Tavarian officials said"): they
#: name no party of their own, only the country they speak for, if any.
_VOICES_OF_A_STATE: Final = frozenset(
    {"ministry", "government", "office", "department", "cabinet", "embassy", "presidency",
     "administration", "official", "spokesman", "spokeswoman", "spokesperson", "authority"}
)  # fmt: skip
#: Entity types of the country (or people) such a body speaks for.
_STATE_LABELS: Final = frozenset({"GPE", "NORP", "LOC"})
_SUBJECT_PARTS: Final = frozenset({"compound", "poss", "amod", "nmod", "appos", "flat"})


@dataclass(frozen=True, slots=True)
class ClaimTerms:
    """The parts of one claim that similarity is computed from."""

    lemmas: tuple[str, ...]  # content-word lemmas, lower case, with repeats
    names: frozenset[str]  # words of named entities and proper nouns, lower case
    numbers: frozenset[str]  # normalised numbers ("1200", "3.5", "24")
    words: frozenset[str]  # every word form, lower case
    bigrams: frozenset[tuple[str, str]]  # consecutive word forms, lower case
    n_words: int
    negated: bool
    quantities: Mapping[str, frozenset[str]]  # what a number counts ("homes") -> its values
    text: str
    speakers: frozenset[str] = frozenset()  # name words of the subject of a speech verb
    #: Name words anywhere in the subject of a reporting verb, the body quoted: "Observers from
    #: the Northern Democracy Institute noted" -> northern, democracy, institute
    #: (:func:`_speakers_and_sources`).
    sources: frozenset[str] = frozenset()
    vague: frozenset[str] = frozenset()  # counts without a figure ("hundreds", "dozens")
    #: What the claim counts, with a figure or without ("1,100 homes", "thousands of homes").
    counted: frozenset[str] = frozenset()
    #: Figures that describe a thing rather than report a count: "the 10-point plan".
    described: frozenset[str] = frozenset()
    #: What a figure counts with the verb that does the counting: "delivers 140 babies" ->
    #: ("baby", "deliver").
    counted_by: frozenset[tuple[str, str]] = frozenset()
    #: Name words that are adjectives qualifying a common noun, with that noun's lemma:
    #: "Veldonian homeowners" -> ("veldonian", "homeowner") (:func:`qualified_elsewhere`).
    qualifying: frozenset[tuple[str, str]] = frozenset()
    #: Acts with a named doer and a named receiver: "Marovia expelled Orsavan diplomats" ->
    #: ("expel", "marovia", "orsavan") (:mod:`reader.core.mirrored_acts`).
    acts: frozenset[Act] = frozenset()


def qualified_elsewhere(a: ClaimTerms, b: ClaimTerms) -> frozenset[str]:
    """The name words that both claims use as an adjective, on nouns the two do not share: "the
    Veldonian crown" and "Veldonian homeowners" share a country, not a fact. A claim that also
    writes the word alone ("a Veldonian said") loses it as an anchor all the same. A nationality
    adjective names no one in particular: every sentence of a story about a country may carry
    it, while a place or a person named once per outlet pins a fact down."""
    nouns_a, nouns_b = _qualified(a), _qualified(b)
    return frozenset(
        word
        for word in (a.names & b.names) & nouns_a.keys() & nouns_b.keys()
        if not nouns_a[word] & nouns_b[word]
    )


def _qualified(terms: ClaimTerms) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for word, noun in terms.qualifying:
        out.setdefault(word, set()).add(noun)
    return out


def _qualifies(tok: Token) -> str | None:
    """The lemma of the common noun a name adjective qualifies ("Veldonian homeowners")."""
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
        return tok.head.lemma_.lower()
    return None


def _is_name(tok: Token) -> bool:
    return (tok.ent_type_ in _NAME_LABELS or tok.pos_ == "PROPN") and tok.is_alpha


def _shown(value: float) -> str:
    """A number as the claim's terms hold it: "1200", "3.5", "4.8e+07"."""
    return f"{value:g}"


def _counted_by(tok: Token) -> str | None:
    """What a count without a figure counts: "thousands of homes" -> "home"."""
    for child in tok.children:
        if child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0].lemma_.lower()
    if tok.head.i != tok.i and tok.head.pos_ == "NOUN":
        return tok.head.lemma_.lower()
    return None


def _unit_of(tok: Token) -> str | None:
    """The lemma a number counts or measures: "12,000 homes" -> "home", "$4 million" -> "$"."""
    head = tok.head
    for _ in range(4):
        if not head.like_num or head.head.i == head.i:
            break
        head = head.head
    if head.i == tok.i or head.like_num:
        return None
    return head.lemma_.lower()


def _counting_verb(tok: Token) -> str | None:
    """The lemma of the verb a figure's count hangs on ("delivers fewer than 100 babies" ->
    "deliver"), or None; "be" says nothing of what is counted ("there were 12")."""
    head = tok.head
    for _ in range(6):
        if head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            return None if lemma == "be" else lemma
        if head.head.i == head.i:
            return None
        head = head.head
    return None


@dataclass(frozen=True, slots=True)
class _Words:
    """What :func:`claim_terms` reads of each token of one parse, by token index."""

    lower: list[str]  # the word in lower case
    skipped: list[bool]  # a space or a punctuation mark: no term at all
    like_num: list[bool]
    counts: list[bool]  # a number or a quantity word may start here (may_start_count)
    name: list[bool]  # a name word: entity or proper noun, alphabetic, not a stop word
    adjective: list[bool]
    lemma: list[str | None]  # the content lemma in lower case; None for stop words, "--"
    subject: list[bool]  # the subject of its verb (nsubj, nsubjpass)


_WORDS: Final[WeakKeyDictionary[Doc, _Words]] = WeakKeyDictionary()


def _words(doc: Doc) -> _Words:
    """The tokens of ``doc`` as :func:`claim_terms` reads them, made once per parse and once per
    distinct word. A claim's terms are read for the claim, its clause windows and what it says,
    so each token was built and read (ten attributes) two or three times; reading them from
    spaCy's attribute array once per parse took most of that time away."""
    words = _WORDS.get(doc)
    if words is not None:
        return words
    from spacy.attrs import (
        DEP,
        ENT_TYPE,
        IS_ALPHA,
        IS_PUNCT,
        IS_SPACE,
        IS_STOP,
        LEMMA,
        LIKE_NUM,
        LOWER,
        ORTH,
        POS,
    )
    from spacy.symbols import ADJ, PROPN

    attrs = [LOWER, ORTH, LEMMA, ENT_TYPE, POS, IS_SPACE, IS_PUNCT, LIKE_NUM, IS_ALPHA, IS_STOP]
    rows = doc.to_array(attrs).tolist() if len(doc) else []
    strings = doc.vocab.strings
    subject_deps = {strings[dep] for dep in _SUBJECT_DEPS}
    deps = doc.to_array(DEP).tolist() if len(doc) else []
    lower = {h: strings[h] for h in {r[0] for r in rows}}
    counts = {h: may_start_count(w) for h, w in lower.items()}
    name_types = {strings[label] for label in _NAME_LABELS}
    lemmas: dict[tuple[int, int], str | None] = {}
    for _, orth, lemma, *_rest, stop in rows:
        if (orth, lemma) not in lemmas:
            text = strings[orth]
            content = not stop and any(ch.isalnum() for ch in text)
            lemmas[orth, lemma] = (strings[lemma] or text).lower() if content else None
    words = _WORDS[doc] = _Words(
        lower=[lower[r[0]] for r in rows],
        skipped=[bool(r[5] or r[6]) for r in rows],
        like_num=[bool(r[7]) for r in rows],
        counts=[counts[r[0]] for r in rows],
        name=[(r[3] in name_types or r[4] == PROPN) and bool(r[8] and not r[9]) for r in rows],
        adjective=[r[4] == ADJ for r in rows],
        lemma=[lemmas[r[1], r[2]] for r in rows],
        subject=[dep in subject_deps for dep in deps],
    )
    return words


def claim_terms(span: Span | Doc, text: str | None = None) -> ClaimTerms:
    """Reduce a parsed claim to lemmas, names and numbers."""
    lemmas: list[str] = []
    names: set[str] = set()
    numbers: set[str] = set()
    forms: list[str] = []
    quantities: dict[str, set[str]] = {}
    vague: set[str] = set()
    counted: set[str] = set()
    described: set[str] = set()
    counted_by: set[tuple[str, str]] = set()
    qualifying: set[tuple[str, str]] = set()
    doc = span.doc
    words = _words(doc)
    start = 0 if span is doc else cast("Span", span).start
    stop = start + len(span)
    inside = 0  # the token after the last number or quantity word read
    speakers, sources = _speakers_and_sources(doc, words, start, stop)
    for i in range(start, stop):
        if words.skipped[i]:
            continue
        low = words.lower[i]
        forms.append(low)
        # Most words can start no count: settled here, before either reader builds the token.
        counts = i >= inside and words.counts[i]
        read = rough_at(doc, i, stop) if counts else None
        if read is not None:
            rough, inside = read
            vague.add(rough.name)
            unit = _counted_by(doc[inside - 1])
            if unit is not None:
                counted.add(counted_thing(unit))
        number = number_at(doc, i, stop) if counts and i >= inside else None
        if number is not None:
            tok = doc[i]
            inside = max(inside, i + 1)
            # A shared figure is rare, specific evidence: weight it like a word.
            lemmas.append(_shown(number.unscaled))
            numbers.add(_shown(number.value))
            if _describes(tok):
                described.add(_shown(number.value))
            unit = _unit_of(tok)
            if unit is not None:
                quantities.setdefault(unit, set()).add(_shown(number.value))
                counted.add(counted_thing(unit))
                verb = _counting_verb(tok)
                if verb is not None:
                    counted_by.add((counted_thing(unit), verb))
                if tok.head.i != tok.i and counts_a_lead(tok.head):
                    counted_by.add((counted_thing(unit), LEAD))
            continue
        if words.like_num[i] and continues_number(doc, i):
            continue  # the "000" of "4 000"
        if words.name[i]:
            names.add(low)
            noun = _qualifies(doc[i]) if words.adjective[i] else None
            if noun is not None:
                qualifying.add((low, noun))
        lemma = words.lemma[i]
        if lemma is not None:
            lemmas.append(lemma)
    return ClaimTerms(
        lemmas=tuple(lemmas),
        names=frozenset(names),
        numbers=frozenset(numbers),
        words=frozenset(forms),
        bigrams=frozenset(itertools.pairwise(forms)),
        n_words=len(forms),
        quantities={u: frozenset(v) for u, v in quantities.items()},
        negated=not _NEGATIONS.isdisjoint(forms),
        text=text if text is not None else span.text,
        speakers=speakers,
        sources=sources,
        vague=frozenset(vague),
        counted=frozenset(counted),
        described=frozenset(described),
        counted_by=frozenset(counted_by),
        qualifying=frozenset(qualifying),
        acts=acts_in((doc[i] for i in _named_subjects(words, start, stop)), doc[start:stop]),
    )


def _named_subjects(table: _Words, start: int, stop: int) -> list[int]:
    """The subjects that are a name ("Marovia expelled") or a name's ("Orsava's president"), read
    from the table: only these can do an act (:mod:`reader.core.mirrored_acts`), so only these
    are built as tokens."""
    return [
        i
        for i in range(start, stop)
        if table.subject[i]
        and (table.name[i] or (i - 2 >= start and table.lower[i - 1] == "'s" and table.name[i - 2]))
    ]


def _describes(tok: Token) -> bool:
    """Whether a figure is part of a hyphenated modifier of a noun ("the 10-point plan", "a
    two-day visit"): it names what kind of thing the noun is, which an outlet may say in another
    sentence ("The plan proposes ..."), not a count the claim reports."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or tok.whitespace_:
        return False
    unit = doc[tok.i + 2]
    return (
        not doc[tok.i + 1].whitespace_
        and unit.pos_ == "NOUN"
        and unit.dep_ in {"compound", "amod"}
        and unit.head.i > unit.i
        and unit.head.pos_ in {"NOUN", "PROPN"}
    )


#: Verbs of reporting whose subject is the source of what follows, besides :data:`_SPEECH_VERBS`:
#: "Observers noted isolated irregularities".
_REPORTING_VERBS: Final = _SPEECH_VERBS | {"note", "report", "find", "conclude"}


def _speakers_and_sources(
    doc: Doc, table: _Words, start: int, stop: int
) -> tuple[frozenset[str], frozenset[str]]:
    """Name words of who speaks in an attribution claim, and of the body the claim quotes.

    Who speaks is the subject of a top-level speech verb. Only the subject's head and its
    modifiers count ("China's foreign ministry" -> china, "The Elysee" -> elysee), not names
    further down ("An official in Macron's office" has none), so a claim names a speaker only when
    the speaker is a named party. A body that speaks for a state names only that state ("the
    Foreign Ministry" none, "Tavarian officials" tavarian), and a seat of government or a capital
    its country too ("the Kremlin" -> kremlin, russia; "Moscow said" -> moscow, russia): a country
    and its government are one voice.

    The body quoted is every name word of the whole subject of a top-level reporting verb
    ("Observers from the Northern Democracy Institute noted" -> northern, democracy, institute):
    an outlet names it where it first quotes it, so it is no evidence of which fact two claims
    report (:attr:`ClaimTerms.sources`). Read for the claim's tokens ``start:stop`` of ``doc``;
    only its subjects (and a reporting subject's first and last token) are built as tokens.
    """
    sources: frozenset[str] | None = None
    for i in range(start, stop):
        if not table.subject[i]:
            continue
        tok = doc[i]
        verb = tok.head
        if not start <= verb.i < stop or (verb.dep_ != "ROOT" and start <= verb.head.i < stop):
            continue
        lemma = verb.lemma_.lower()
        if sources is None and lemma in _REPORTING_VERBS:
            first, last = tok.left_edge.i, tok.right_edge.i
            sources = _names_between(table, max(start, first), min(stop, last + 1))
        if lemma not in _SPEECH_VERBS:
            continue
        parts = [tok, *(c for c in tok.children if c.dep_ in _SUBJECT_PARTS)]
        parts += [g for c in parts[1:] for g in c.children if g.dep_ == "compound"]
        named = [t for t in parts if (_is_name(t) and not t.is_stop) or _the_us(t)]
        if tok.lemma_.lower() in _VOICES_OF_A_STATE:
            named = [t for t in named if t.ent_type_ in _STATE_LABELS or _the_us(t)]
        words = frozenset("us" if _the_us(t) else t.lower_ for t in named)
        return words | country_spoken_for(words), sources or frozenset()
    return frozenset(), sources or frozenset()


def _names_between(table: _Words, first: int, stop: int) -> frozenset[str]:
    """The name words of tokens ``first:stop``, read from the table."""
    return frozenset(table.lower[j] for j in range(first, stop) if table.name[j])


def _the_us(tok: Token) -> bool:
    """ "The US said", "US officials said": the country, though "us" is a stop word (and the
    model may read it as the pronoun) and "U.S." is no plain word. Only the capitals after "the"
    or opening the sentence count, so "told us" and "let us" stay pronouns."""
    if tok.text not in {"US", "U.S."}:
        return False
    return tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the")


def statement(span: Span | Doc) -> Span | None:
    """What is said in an attribution claim: the clause reported by its top-level speech verb
    ("Okafor said [nurses had not been told]"), or None. The aligner asks only for claims with a
    named speaker (:attr:`ClaimTerms.speakers`)."""
    tokens = list(span)
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _SPEECH_VERBS:
            continue
        verb = tok.head
        if verb.dep_ != "ROOT" and verb.head.i in inside:
            continue
        ids = [t.i for t in tok.subtree if t.i in inside]
        if ids:
            lo, hi = _quotation_around(span, min(ids), max(ids)) or (min(ids), max(ids) + 1)
            return tok.doc[lo:hi]
    return None


_DOUBLE_QUOTES: Final = frozenset('"“”„«»')


def _quotation_around(span: Span | Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The words between the quotation marks that enclose tokens ``lo`` to ``hi``, when a claim
    holds them, without the comma or stop before the closing mark.

    A quotation of several sentences is one statement, but the parser gives the speech verb only
    the sentence next to it: the last of '"A. B," Abeyta said' and the first of 'Abeyta said: "A.
    B."', so the same quotation told both ways would read as two statements.
    """
    marks = [t.i for t in span if t.text in _DOUBLE_QUOTES]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < lo and hi < closing:
            end = closing
            while end > opening + 1 and span.doc[end - 1].is_punct:
                end -= 1
            return opening + 1, end
    return None


@dataclass(frozen=True, slots=True)
class TermIndex:
    """TF-IDF rows of all claims in one comparison, stored sparsely (one posting list per term)."""

    vocab: dict[str, int]
    idf: FloatArray  # per term
    rows: list[dict[int, float]]  # per claim: term id -> tf-idf weight
    norms: FloatArray  # per claim: L2 norm of its row
    sq_norms: FloatArray


def build_index(terms: Sequence[ClaimTerms]) -> TermIndex:
    """TF-IDF weights with IDF over these claims, smoothed by a prior (see ``PRIOR_DOCS``)."""
    vocab: dict[str, int] = {}
    counts: list[dict[int, int]] = []
    for t in terms:
        row: dict[int, int] = {}
        for lemma in t.lemmas:
            tid = vocab.setdefault(lemma, len(vocab))
            row[tid] = row.get(tid, 0) + 1
        counts.append(row)
    df = np.zeros(len(vocab), dtype=np.float64)
    for row in counts:
        for tid in row:
            df[tid] += 1
    n = float(len(terms))
    idf = np.log1p((n + PRIOR_DOCS) / (df + PRIOR_DOCS * PRIOR_RATE))
    rows: list[dict[int, float]] = []
    norms = np.zeros(len(terms), dtype=np.float64)
    for i, row in enumerate(counts):
        weighted = {tid: (1.0 + math.log(c)) * float(idf[tid]) for tid, c in row.items()}
        rows.append(weighted)
        norms[i] = math.sqrt(sum(w * w for w in weighted.values()))
    return TermIndex(vocab=vocab, idf=idf, rows=rows, norms=norms, sq_norms=norms**2)


def sparse_dots(index: TermIndex, left: IntArray, right: IntArray) -> FloatArray:
    """Dot products of the TF-IDF rows of the claim pairs ``(left[k], right[k])``."""
    out = np.zeros(len(left), dtype=np.float64)
    rows = index.rows
    for k, (i, j) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
        a, b = rows[i], rows[j]
        if len(a) > len(b):
            a, b = b, a
        out[k] = sum(w * b[t] for t, w in a.items() if t in b)
    return out


def _set_overlaps(
    sets: Sequence[frozenset[str]] | Sequence[frozenset[tuple[str, str]]],
    left: IntArray,
    right: IntArray,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Intersection size and the two set sizes for each pair."""
    inter = np.fromiter(
        (len(sets[i] & sets[j]) for i, j in zip(left.tolist(), right.tolist(), strict=True)),
        dtype=np.float64,
        count=len(left),
    )
    sizes = np.fromiter((len(s) for s in sets), dtype=np.float64, count=len(sets))
    return inter, sizes[left], sizes[right]


def _vague_agrees(left: ClaimTerms, right: ClaimTerms) -> bool:
    """Whether one claim's count without a figure ("hundreds") covers a figure of the other,
    reaching :data:`ROUGH_REACH` times above its range."""
    for vague, figures in ((left.vague, right.numbers), (right.vague, left.numbers)):
        for word in vague:
            rough = ROUGH_BY_NAME[word]
            if any(rough.low <= float(n) < rough.high * ROUGH_REACH for n in figures):
                return True
    return False


def figures_disagree(
    terms: Sequence[ClaimTerms], features: FloatArray, left: IntArray, right: IntArray
) -> npt.NDArray[np.bool_]:
    """Pairs whose claims both give figures and share none, nor a count without a figure that
    covers one ("hundreds of residents" / "about 200 people" agree).

    A figure that only describes a thing ("the 10-point scheme would freeze a ceasefire line")
    disagrees with nothing: "The plan proposes a ceasefire line ... within three years" is the
    same report. Two such figures of one kind still conflict as counts of one thing
    (``quantity_conflict``: "a 30-day ban" / "a 60-day ban").
    """
    disjoint = features[:, FEATURE_NAMES.index("number_conflict")] >= 1.0
    out = disjoint.copy()
    for k in np.flatnonzero(disjoint).tolist():
        a, b = terms[int(left[k])], terms[int(right[k])]
        reported = a.numbers - a.described and b.numbers - b.described
        out[k] = bool(reported) and not _vague_agrees(a, b)
    return out


def _quantities_conflict(left: ClaimTerms, right: ClaimTerms) -> float:
    """1 when both count one thing and neither claim has the other's count anywhere: "three
    elementary schools" and "three of its 14 elementary schools" agree on three."""
    a, b = left.quantities, right.quantities
    if not a or not b:
        return 0.0
    return float(
        any(
            a[u].isdisjoint(right.numbers) and b[u].isdisjoint(left.numbers)
            for u in a.keys() & b.keys()
        )
    )


def pair_features(
    terms: Sequence[ClaimTerms],
    index: TermIndex,
    vectors: npt.NDArray[np.float32],
    left: IntArray,
    right: IntArray,
    dots: FloatArray | None = None,
) -> FloatArray:
    """One row of :data:`FEATURE_NAMES` per pair ``(left[k], right[k])``.

    ``dots`` may carry TF-IDF dot products computed already (the aligner gets them from its
    blocking).
    """
    if dots is None:
        dots = sparse_dots(index, left, right)
    nl, nr = index.norms[left], index.norms[right]
    with np.errstate(divide="ignore", invalid="ignore"):
        cos = np.where(nl * nr > 0, dots / (nl * nr), 0.0)
        small = np.minimum(index.sq_norms[left], index.sq_norms[right])
        containment = np.where(small > 0, np.minimum(dots / small, 1.0), 0.0)
    emb = np.einsum("ij,ij->i", vectors[left], vectors[right]).astype(np.float64)

    name_sets = [t.names for t in terms]
    inter, sa, sb = _set_overlaps(name_sets, left, right)
    union = sa + sb - inter
    names = np.where(union > 0, inter / np.maximum(union, 1.0), 0.0)

    num_sets = [t.numbers for t in terms]
    ninter, na, nb = _set_overlaps(num_sets, left, right)
    both = (na > 0) & (nb > 0)
    # Numbers one side has and the other lacks, relative to the shorter list: 0 when one list holds
    # the other ("5%" vs "5% to 1,200"), 1 when they share none ("12 dead" vs "20 dead").
    conflict = np.where(both, 1.0 - ninter / np.maximum(np.minimum(na, nb), 1.0), 0.0)
    quantity = np.fromiter(
        (
            _quantities_conflict(terms[i], terms[j])
            for i, j in zip(left.tolist(), right.tolist(), strict=True)
        ),
        dtype=np.float64,
        count=len(left),
    )

    winter, wa, wb = _set_overlaps([t.words for t in terms], left, right)
    wunion = wa + wb - winter
    words = np.where(wunion > 0, winter / np.maximum(wunion, 1.0), 0.0)

    binter, ba, bb = _set_overlaps([t.bigrams for t in terms], left, right)
    bigrams = binter / np.maximum(np.minimum(ba, bb), 1.0)

    neg = np.fromiter((t.negated for t in terms), dtype=np.float64, count=len(terms))
    negation = np.abs(neg[left] - neg[right])
    nw = np.fromiter((t.n_words for t in terms), dtype=np.float64, count=len(terms))
    length = np.log(nw[left] + nw[right] + 1.0)

    return np.column_stack(
        [cos, containment, emb, names, conflict, quantity, words, bigrams, negation, length]
    )
