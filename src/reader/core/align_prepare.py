"""The claims of a comparison made ready for scoring: flattened, reduced to terms, embedded.

Every claim of every article becomes one row: its content lemmas, names and numbers
(:mod:`reader.core.features`), its static sentence vector (:func:`reader.core.nlp.embed`), its
TF-IDF row over the whole comparison and, for a long claim, its clause windows. It is done once per
comparison, so the candidate pairs, the pair scores and the grouping all index the same rows; the
second look at whole sentences (:func:`reader.core.align.align_claims`) reuses the terms and
vectors of the spans it has seen already.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from reader.core import nlp
from reader.core.features import (
    ClaimTerms,
    IntArray,
    TermIndex,
    build_index,
    claim_terms,
    statement,
)
from reader.core.model import Article, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Clause windows, in context only. MRPC's negatives are near-copies where one side adds a clause,
#: so the fitted models punish two reports of one fact when either adds "namely that ..." or
#: "including ...": the extra words dilute the overlap and the length feature counts against it
#: (tests/test_align_clauses.py: "According to the report, the ministry believes that such an accord
#: could possibly be sealed by the autumn should certain conditions be met, namely that [30 more
#: words]" scores 0.105 against "... believe negotiations could start by the autumn if conditions
#: are met, including [8 words]", each the other's best match). So a claim of at least
#: WINDOW_MIN_WORDS words is also read as its windows: runs of its pieces between commas, colons,
#: semicolons, dashes or brackets that keep its main verb (the span's syntactic root) and at least
#: WINDOW_SHARE of its words. A pair's clause score is its best pairing of whole claims and windows
#: where the shorter side lies mostly (CLEAR_CONTAINMENT) in the other and that scores MUTUAL_MIN or
#: more by itself (0.49 for the pair above); the pair aligns when the clause scores pass the test of
#: a clear match (each other's best, MUTUAL_MIN, CLEAR_LEAD over the runners-up). Keeping the main
#: verb matters: "While X did A, he later did B" is about B, so its part "While X did A" must not
#: speak for it; the containment keeps two sentences' fragments that share only names apart. Not
#: fitted: 20 words and 0.4 were set before measuring; the containment gate was added after reading
#: the new pairs on BASIL (without it, even with the pair required to be each other's best before
#: windows, 53 new clause edges, 17 of them wrong, most between fragments sharing only names at
#: containment 0.17-0.22; with it 38, 4 wrong). The labelled set
#: (tests/fixtures/alignment_gold.json) does not move.
WINDOW_MIN_WORDS: Final = 20
WINDOW_SHARE: Final = 0.4
_WINDOW_CUTS: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})


@dataclass(frozen=True, slots=True)
class PreparedClaims:
    """All claims of a comparison, flattened, with what the scorer needs."""

    claims: tuple[Claim, ...]
    article_of: IntArray  # index of each claim's article in ``articles``
    terms: tuple[ClaimTerms, ...]
    index: TermIndex
    vectors: npt.NDArray[np.float32]
    #: Per claim, its clause windows (see :data:`WINDOW_MIN_WORDS`); empty for short claims. Their
    #: terms and vectors are made only for the pairs that need them
    #: (:func:`reader.core.align_pairs.pair_scores`).
    windows: tuple[tuple[Span, ...], ...] = ()
    #: Per claim, what its named speaker says (:func:`reader.core.features.statement`), or None;
    #: made with the windows, for the same scorer.
    statements: tuple[Span | None, ...] = ()
    #: Per claim, its named subject and what it is said to do (:func:`acted`), or None; made
    #: with the windows, for the same scorer.
    acts: tuple[Acted | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Acted:
    """A claim told as a named actor doing something: the name words of the main verb's subject
    ("Nordvolt Energy, the country's largest supplier," -> nordvolt, energy) and the rest of the
    claim after it ("made a profit of 410 million crowns last year"), or, when the main verb
    reports a clause ("whined that the road would ..."), that clause."""

    names: frozenset[str]
    rest: Span
    reported: bool  # the rest is the clause the main verb reports


#: Subject dependencies of a main verb whose subject is the claim's actor.
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})
#: Entity types whose words name an actor.
_ACTOR_LABELS: Final = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: Dependencies of the words that make up a subject's name ("Climate Action Marrowgate").
_NAME_PARTS: Final = frozenset({"compound", "flat"})


def _names_an_actor(tok: Token) -> bool:
    """A word of a proper name of a person, a body or a place: "Nordvolt Energy", not "China's
    foreign ministry", which the model may tag as an organisation too (its reply is one report
    however worded: "said Beijing was willing" / "did not comment directly"). The small model
    leaves some companies untagged ("Russia's Gazprom"); a capitalised proper noun with no entity
    type is a name too, while one typed otherwise ("Monday", a date) is not."""
    if tok.pos_ != "PROPN" or not tok.is_alpha:
        return False
    if tok.ent_type_:
        return tok.ent_type_ in _ACTOR_LABELS
    return tok.text[0].isupper()


def _subject_names(subject: Token) -> frozenset[str]:
    """The name words of a subject and of the subjects joined to it ("Apple and Google" -> apple,
    google): each conjunct is an actor of the claim. Only the subject's own name counts, not
    names that qualify it: "An official in Macron's office" and "The Elysee's thinking" are no
    named actor, "Shares in Nordvolt Energy" are not the company. A conjunct counts only beside a
    named subject: the parser may join "Google" to "Shares" in "Shares in Apple and Google"."""
    if not _names_an_actor(subject):
        return frozenset()
    heads = [subject, *(t for t in subject.conjuncts if t.i > subject.i)]
    names: set[str] = set()
    for head in heads:
        if not _names_an_actor(head):
            continue
        named = [head, *(t for t in head.children if t.dep_ in _NAME_PARTS)]
        names.update(t.lower_ for t in named if _names_an_actor(t))
    return frozenset(names)


def acted(span: Span | Doc) -> Acted | None:
    """The claim's named actor and its act (see :class:`Acted`), or None: no named subject of the
    main verb, or nothing after it."""
    if not len(span):
        return None
    whole = span[0 : len(span)]
    root = whole.root
    first, stop = whole.start, whole.end
    subject = next((t for t in root.children if t.dep_ in _SUBJECTS), None)
    if subject is None or not first <= subject.left_edge.i:
        return None
    names = _subject_names(subject)
    reported = next((t for t in root.children if t.dep_ == "ccomp" and t.i > root.i), None)
    if reported is not None:
        lo, hi = reported.left_edge.i, min(stop, reported.right_edge.i + 1)
    else:
        lo, hi = subject.right_edge.i + 1, stop
    if not names or hi <= lo:
        return None
    return Acted(names, span.doc[lo:hi], reported is not None)


def _clause_windows(span: Span | Doc) -> tuple[Span, ...]:
    """Runs of the claim's punctuation-delimited pieces that keep its main verb (see
    :data:`WINDOW_MIN_WORDS`); none for a short claim or one without such cuts."""
    if not len(span):
        return ()
    doc = span.doc
    first = span[0].i
    n_words = nlp.word_count(doc, first, first + len(span))
    if n_words < WINDOW_MIN_WORDS:
        return ()
    pieces: list[tuple[int, int]] = []  # [start, end) positions in the span between cuts
    start = 0
    for cut in [*(i - first for i in _cuts_in(doc, first, first + len(span))), len(span)]:
        if cut > start:
            pieces.append((start, cut))
        start = cut + 1
    if len(pieces) < 2:
        return ()
    root = span[0 : len(span)].root.i - first  # a Doc has no root of its own; its full Span does
    out: list[Span] = []
    for i, j in itertools.combinations_with_replacement(range(len(pieces)), 2):
        lo, hi = pieces[i][0], pieces[j][1]
        if (i, j) == (0, len(pieces) - 1) or not lo <= root < hi:
            continue  # the whole claim, or a part without its main verb
        if nlp.word_count(doc, first + lo, first + hi) >= WINDOW_SHARE * n_words:
            out.append(doc[first + lo : first + hi])
    return tuple(out)


def _cuts_in(doc: Doc, start: int, end: int) -> Sequence[int]:
    """Positions of the punctuation a claim's windows are cut at, in ``doc[start:end]``."""
    return nlp.between(nlp.labelled(doc, "ORTH", _WINDOW_CUTS), start, end)


def _claim_span(doc: Doc, claim: Claim) -> Span | Doc:
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is not None:
        return span
    toks = [t.i for t in doc if t.idx < claim.end and t.idx + len(t) > claim.start]
    return doc[toks[0] : toks[-1] + 1] if toks else doc[0:0]


def prepare(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    docs: Sequence[Doc],
    *,
    reuse: PreparedClaims | None = None,
    windows: bool = True,
) -> PreparedClaims:
    """Terms, vectors and TF-IDF rows of all claims; spans already in ``reuse`` are not redone.

    ``windows``: also the claims' clause windows (:data:`WINDOW_MIN_WORDS`), which only
    :func:`reader.core.align_pairs.pair_scores` reads.
    """
    known: dict[tuple[str, int, int], int] = {}
    if reuse is not None:
        known = {(c.article, c.start, c.end): i for i, c in enumerate(reuse.claims)}
    flat: list[Claim] = []
    owner: list[int] = []
    terms: list[ClaimTerms] = []
    reused: list[int | None] = []
    window_spans: list[tuple[Span, ...]] = []
    said: list[Span | None] = []
    acts: list[Acted | None] = []
    for ai, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        for claim in claims.get(article.id, ()):
            flat.append(claim)
            owner.append(ai)
            k = known.get((claim.article, claim.start, claim.end))
            reused.append(k)
            if k is not None and reuse is not None:
                terms.append(reuse.terms[k])
                span = _claim_span(doc, claim) if windows else None
            else:
                span = _claim_span(doc, claim)
                terms.append(claim_terms(span, claim.text))
            window_spans.append(_clause_windows(span) if span is not None and windows else ())
            named = span is not None and windows and bool(terms[-1].speakers)
            said.append(statement(span) if named and span is not None else None)
            acts.append(acted(span) if span is not None and windows else None)
    if not flat:
        vectors = np.zeros((0, 1), dtype=np.float32)
    else:
        todo = [i for i, k in enumerate(reused) if k is None]
        fresh = nlp.embed([flat[i].text for i in todo]) if todo else None
        dim = fresh.shape[1] if fresh is not None else reuse.vectors.shape[1]  # type: ignore[union-attr]
        vectors = np.zeros((len(flat), dim), dtype=np.float32)
        if fresh is not None:
            vectors[todo] = fresh
        for i, k in enumerate(reused):
            if k is not None and reuse is not None:
                vectors[i] = reuse.vectors[k]
    return PreparedClaims(
        claims=tuple(flat),
        article_of=np.asarray(owner, dtype=np.int64),
        terms=tuple(terms),
        index=build_index(terms),
        vectors=vectors,
        windows=tuple(window_spans),
        statements=tuple(said),
        acts=tuple(acts),
    )
