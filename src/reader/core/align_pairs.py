"""Which pairs of claims the aligner scores, and their scores with the evidence of context.

Scoring every pair would grow with the square of the number of claims, so only candidates are
scored (:func:`candidate_pairs`): pairs from different articles that share a lemma which is not too
common, or whose sentence vectors are near neighbours. Each gets the pair features, the better of
the two fitted models (:mod:`reader.core.align_model`) and a floor for verbatim reuse; inside a
longer comparison it then gets what a pair model cannot see (:func:`pair_scores`): shared rare
numbers and names, the claims' clause windows, what one named speaker says in both, and the veto
of two different named speakers. The rankings of these scores per claim and article (best,
runner-up) are here too, as both the grouping and the second look at whole sentences read them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from reader.core import nlp
from reader.core.align_events import OTHER_EVENT_WEIGHT, event_evidence, event_pairs, same_count
from reader.core.align_model import (
    BIGRAMS_COLUMN,
    CLEAR_CONTAINMENT,
    CONTAINMENT_COLUMN,
    MIN_CONTEXT,
    MUTUAL_MIN,
    NUMBERS_COLUMN,
    QUANTITY_COLUMN,
    probability,
    relatedness,
)
from reader.core.align_prepare import PreparedClaims
from reader.core.countries import a_peoples_adjective_of, countries_in
from reader.core.features import (
    FEATURE_NAMES,
    ClaimTerms,
    FloatArray,
    IntArray,
    TermIndex,
    claim_terms,
    figures_disagree,
    pair_features,
    qualified_elsewhere,
)
from reader.core.mirrored_acts import mirrored

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Lemmas found in more claims than this (scaled with the number of articles) do not make pairs
#: candidates on their own; they still count in the score.
COMMON_LEMMA_CLAIMS: Final = 40
#: Pairs generated from shared lemmas at most (the rarest lemmas first): linear in the claims.
PAIR_BUDGET_PER_CLAIM: Final = 60
PAIR_BUDGET_MIN: Final = 200_000
#: Nearest neighbours by sentence vector that become candidates even without a shared lemma.
EMBED_NEIGHBOURS: Final = 4
EMBED_MIN: Final = 0.55
#: Candidates below both of these (TF-IDF cosine, sentence-vector cosine) are not scored at all.
PREFILTER_COS: Final = 0.1
PREFILTER_EMBED: Final = 0.45
#: Hand-set, not fitted: a claim whose word bigrams and content lie at least VERBATIM_OVERLAP inside
#: a claim of another outlet (the same quotation, reused wire copy) scores at least VERBATIM_SCORE
#: in a comparison. MRPC calls many such pairs "not paraphrases" (the longer one adds a fact), so
#: the fitted models score them low; for lining up coverage they are the clearest matches. It only
#: ranks pairs: a sentence pair still needs the paraphrase THRESHOLD.
VERBATIM_OVERLAP: Final = 0.7
VERBATIM_SCORE: Final = 0.8
#: Rare anchors: a number or a name word found in at most one claim of each article of the
#: comparison and shared by both claims of a pair ("31 to 26", "Guangdong") is specific evidence
#: that they report the same fact, stronger than any shared common word. In context each such
#: anchor (up to ANCHOR_CAP) adds ANCHOR_WEIGHT to the pair's log-odds, unless the two claims count
#: something with different numbers. Not fitted: MRPC has no context to tell rare from common.
ANCHOR_WEIGHT: Final = 0.75
#: Between two articles' opening sentences any shared word counts so, name or not: an opening
#: names the story's subject in full ("a congestion charge") and the rest of the article refers
#: back to it ("the charge", "the levy"), so the word two openings share and neither article
#: repeats names one event however each outlet frames it (:func:`_anchor_counts`). Not when each
#: opening gives a rare fact the other article puts elsewhere (:data:`MISPLACED_WEIGHT`): "Lisbon
#: will host the ocean treaty summit" and "The ocean treaty summit will be held on 12 May" share
#: the subject's words but report its place and its date.
ANCHOR_CAP: Final = 2
#: Hand-set, in context only: when each claim of a pair gives a rare number or name that the other
#: outlet puts in another of its claims ("held on 12 May" / "Lisbon will host", while the other
#: outlet's "12 May" and "Lisbon" are in two other sentences), the two report different facts of
#: the story, and the pair loses MISPLACED_WEIGHT in log-odds.
MISPLACED_WEIGHT: Final = 3.0
#: The day a story was announced ("organisers said on Thursday") ties no two facts together.
_WEEKDAYS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: What one named actor is said to do must hold at least this many content words on both sides
#: for two claims of that actor to be scored on it alone (:func:`_one_actor_two_acts`).
ACT_MIN_WORDS: Final = 3
#: Pairs scoring below this are not rescored by their windows (time: a third of the work at 0.03;
#: the labelled set aligns the same with 0, 0.05 or 0.08, BASIL loses one wrong pair from 0.03).
WINDOW_FLOOR: Final = 0.05


def in_context(
    prep: PreparedClaims, left: IntArray, right: IntArray, n_articles: int
) -> npt.NDArray[np.bool_]:
    """Pairs whose two articles both have at least :data:`MIN_CONTEXT` claims."""
    sizes = np.bincount(prep.article_of, minlength=n_articles)
    art = prep.article_of
    return (sizes[art[left]] >= MIN_CONTEXT) & (sizes[art[right]] >= MIN_CONTEXT)


def candidate_pairs(prep: PreparedClaims, n_articles: int) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs worth scoring, ``left < right`` and from different articles, with their TF-IDF dots."""
    n = len(prep.claims)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float64)
    cap = max(COMMON_LEMMA_CLAIMS, 4 * n_articles)
    # Posting lists as flat arrays sorted by term (claims ascending within a term).
    tfidf = prep.index.rows
    sizes = np.fromiter((len(r) for r in tfidf), dtype=np.int64, count=n)
    claim_ids = np.repeat(np.arange(n, dtype=np.int64), sizes)
    term_ids = np.fromiter((t for r in tfidf for t in r), dtype=np.int64, count=int(sizes.sum()))
    weights = np.fromiter(
        (w for r in tfidf for w in r.values()), dtype=np.float64, count=len(term_ids)
    )
    order = np.argsort(term_ids, kind="stable")
    term_ids, claim_ids, weights = term_ids[order], claim_ids[order], weights[order]
    starts = np.flatnonzero(np.r_[True, term_ids[1:] != term_ids[:-1]])
    df = np.diff(np.r_[starts, len(term_ids)])
    # Pairing a lemma's claims costs df^2/2 pairs; the rarest lemmas are paired first until a
    # budget linear in the number of claims is spent, the rest count only in the dot products.
    sizes_sorted = np.sort(df[(df >= 2) & (df <= cap)])
    spent = np.cumsum(sizes_sorted * (sizes_sorted - 1) // 2)
    affordable = sizes_sorted[spent <= max(PAIR_BUDGET_MIN, PAIR_BUDGET_PER_CLAIM * n)]
    cap = int(affordable[-1]) if len(affordable) else 1
    keys: list[npt.NDArray[np.int64]] = []
    vals: list[FloatArray] = []
    # All terms with the same number of claims are paired in one step.
    for k in np.unique(df[(df >= 2) & (df <= cap)]).tolist():
        first = starts[df == k][:, None]
        a, b = np.triu_indices(k, 1)
        ia, ib = (first + a).reshape(-1), (first + b).reshape(-1)
        keys.append(claim_ids[ia] * n + claim_ids[ib])
        vals.append(weights[ia] * weights[ib])
    common_starts = starts[df > cap]
    common_sizes = df[df > cap]
    # Nearest neighbours by sentence vector, in row blocks so memory stays small.
    vec = prep.vectors
    k = min(EMBED_NEIGHBOURS, n - 1)
    for lo in range(0, n, 1024):
        hi = min(n, lo + 1024)
        sims = vec[lo:hi] @ vec.T
        same = prep.article_of[lo:hi, None] == prep.article_of[None, :]
        sims[same] = -1.0
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k > 0 else np.zeros((hi - lo, 0))
        rows = np.repeat(np.arange(lo, hi, dtype=np.int64), top.shape[1])
        cols = top.reshape(-1).astype(np.int64)
        good = sims[rows - lo, cols] >= EMBED_MIN
        rows, cols = rows[good], cols[good]
        keys.append(np.minimum(rows, cols) * n + np.maximum(rows, cols))
        vals.append(np.zeros(len(rows), dtype=np.float64))
    ev_left, ev_right = event_pairs(prep.terms, prep.article_of, cap)
    event_keys = np.minimum(ev_left, ev_right) * n + np.maximum(ev_left, ev_right)
    keys.append(event_keys)
    vals.append(np.zeros(len(event_keys), dtype=np.float64))
    all_keys = np.concatenate(keys)
    all_vals = np.concatenate(vals)
    uniq, inverse = np.unique(all_keys, return_inverse=True)
    dots = np.bincount(inverse, weights=all_vals, minlength=len(uniq))
    left, right = uniq // n, uniq % n
    cross = prep.article_of[left] != prep.article_of[right]
    left, right, dots = left[cross], right[cross], dots[cross]
    # Cheap pre-filter: a pair that shares almost no weighted content and whose sentence vectors
    # are far apart never reaches MUTUAL_MIN; dropping it early keeps the per-pair work small. The
    # cosine here leaves out the very common lemmas (low weight), so it is a slight underestimate.
    norms = prep.index.norms
    with np.errstate(divide="ignore", invalid="ignore"):
        cos = np.where(norms[left] * norms[right] > 0, dots / (norms[left] * norms[right]), 0.0)
    emb = np.einsum("ij,ij->i", vec[left], vec[right])
    # Two claims counting the same kind of happening are worth scoring however they word it.
    same_event = np.isin(left * n + right, event_keys)
    worth = (cos >= PREFILTER_COS) | (emb >= PREFILTER_EMBED) | same_event
    left, right, dots = left[worth], right[worth], dots[worth]
    if len(common_starts) and len(left):
        # Add what the very common lemmas contribute, from a small dense matrix.
        dense = np.zeros((n, len(common_starts)), dtype=np.float32)
        for j, (lo, size) in enumerate(
            zip(common_starts.tolist(), common_sizes.tolist(), strict=True)
        ):
            dense[claim_ids[lo : lo + size], j] = weights[lo : lo + size]
        # In slices of pairs: gathering rows for every pair at once would take gigabytes.
        step = max(256, 2**24 // max(len(common_starts), 1))
        for lo in range(0, len(left), step):
            hi = lo + step
            dots[lo:hi] += np.einsum("ij,ij->i", dense[left[lo:hi]], dense[right[lo:hi]])
    return left, right, dots


def score_pairs(prep: PreparedClaims, n_articles: int) -> tuple[IntArray, IntArray, FloatArray]:
    """Candidate pairs and their features (one row per pair)."""
    left, right, dots = candidate_pairs(prep, n_articles)
    if not len(left):
        return left, right, np.zeros((0, len(FEATURE_NAMES)))
    return left, right, pair_features(prep.terms, prep.index, prep.vectors, left, right, dots)


@dataclass(frozen=True, slots=True)
class PairScores:
    """The scored candidate pairs of a comparison, one entry per pair (``left < right``)."""

    left: IntArray
    right: IntArray
    feats: FloatArray
    context: npt.NDArray[np.bool_]  # both articles have at least MIN_CONTEXT claims
    para: FloatArray  # paraphrase probability
    prob: FloatArray  # the pair's score: see :func:`pair_scores`
    clause: FloatArray  # the same with the claims' clause windows (align_prepare.WINDOW_MIN_WORDS)


def pair_scores(prep: PreparedClaims, n_articles: int) -> PairScores:
    """Every candidate pair with its features and its score.

    The score of a pair is the better of the two models (a paraphrase also reports the same fact),
    at least VERBATIM_SCORE when the shorter claim sits nearly word for word in the longer, raised
    by shared rare anchors and vetoed (0) in context for two different named speakers or for one act
    told with its parties swapped; for one named
    speaker it is at most the score of the two statements (:func:`_said_alike`). The clause
    score is the same from the pair's best clause windows
    (:data:`~reader.core.align_prepare.WINDOW_MIN_WORDS`); only the grouping's clause test reads it.
    """
    left, right, feats = score_pairs(prep, n_articles)
    context = in_context(prep, left, right, n_articles)
    leads = context & _both_leads(prep, left, right)
    feats = _lead_figures_agree(feats, leads)
    disagree = figures_disagree(prep.terms, feats, left, right) & ~leads
    one_count = same_count(prep.terms, left, right, context)
    para = probability(feats, context, disagree, one_count)
    prob = np.maximum(para, relatedness(feats, context, disagree, one_count))
    verbatim = (feats[:, BIGRAMS_COLUMN] >= VERBATIM_OVERLAP) & (
        feats[:, CONTAINMENT_COLUMN] >= VERBATIM_OVERLAP
    )
    prob = np.where(verbatim, np.maximum(prob, VERBATIM_SCORE), prob)
    clause = prob
    if len(left):
        misplaced = _misplaced(prep, left, right, context)
        anchors = _anchor_counts(prep, left, right, feats, context, leads & (misplaced == 0))
        # In anchor units, as _raised weighs them: a misplaced pair counts against itself.
        anchors = anchors - MISPLACED_WEIGHT / ANCHOR_WEIGHT * misplaced
        anchors = anchors + event_evidence(
            prep.terms, left, right, context, OTHER_EVENT_WEIGHT / ANCHOR_WEIGHT
        )
        vetoed = context & (
            _speaker_conflict(prep, left, right) | _acts_mirrored(prep, left, right)
        )
        prob = _said_alike(prep, left, right, prob, context)
        clause = _with_windows(prep, left, right, prob, context)
        two_acts, acts_score = _one_actor_two_acts(prep, left, right, context)
        prob = np.where(vetoed, 0.0, _raised(prob, anchors))
        clause = np.where(vetoed, 0.0, _raised(clause, anchors))
        prob = np.where(two_acts, np.minimum(prob, acts_score), prob)
        clause = np.where(two_acts, np.minimum(clause, acts_score), clause)
    return PairScores(left, right, feats, context, para, prob, clause)


def _both_leads(prep: PreparedClaims, left: IntArray, right: IntArray) -> npt.NDArray[np.bool_]:
    """Pairs whose two claims both sit in their article's opening sentence."""
    articles = prep.article_of.tolist()
    first: dict[int, int] = {}
    for c, a in zip(prep.claims, articles, strict=True):
        first[a] = min(first.get(a, c.sentence), c.sentence)
    lead = np.asarray(
        [c.sentence == first[a] for c, a in zip(prep.claims, articles, strict=True)], dtype=bool
    )
    both: npt.NDArray[np.bool_] = lead[left] & lead[right]
    return both


def _lead_figures_agree(feats: FloatArray, leads: npt.NDArray[np.bool_]) -> FloatArray:
    """``feats`` with no figure conflict between two openings, for the penalty or the fit.

    An opening packs the story's core fact with the figures its outlet chose to lead with: the
    tally ("voted 31 to 26"), the charge ("forced to pay $9 every day"), the toll. Two openings
    that share no figure made different picks, not two facts, so the inference behind
    :data:`~reader.core.align_model.NUMBER_PENALTY` does not hold for them. Counts of one thing
    that disagree ("12 dead" / "20 dead") still do (the quantity conflict is left as it is).
    """
    if not leads.any():
        return feats
    out = feats.copy()
    out[leads, NUMBERS_COLUMN] = 0.0
    return out


def _anchor_counts(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    feats: FloatArray,
    context: npt.NDArray[np.bool_],
    leads: npt.NDArray[np.bool_] | None = None,
) -> FloatArray:
    """How many rare numbers and names each pair shares (at most :data:`ANCHOR_CAP`).

    See :data:`ANCHOR_WEIGHT`. A name word in two claims of one article ("Macron", "Moscow") is
    the topic, not an anchor; a figure or a place named once per outlet pins the fact down.
    Between two openings (``leads``) any word counts so (see :data:`ANCHOR_CAP`).
    """
    anchors = np.zeros(len(left), dtype=np.float64)
    rare = _rare(prep, lambda t: t.numbers | t.names)
    rare_words = _rare(prep, lambda t: frozenset(t.lemmas)) if leads is not None else set()
    if not rare and not rare_words:
        return anchors
    ok = context & (feats[:, QUANTITY_COLUMN] == 0)
    for k in np.flatnonzero(ok).tolist():
        a, b = prep.terms[int(left[k])], prep.terms[int(right[k])]
        shared = ((a.numbers & b.numbers) | (a.names & b.names)) & rare
        if leads is not None and leads[k]:
            shared |= set(a.lemmas) & set(b.lemmas) & rare_words
        # Who speaks in both is no anchor: one person says many things ("Kellerman said the ban
        # left dry brush" / "'a failure of leadership,' said Senator Brad Kellerman").
        shared -= a.speakers & b.speakers
        # Nor the body both statements come from ("Observers from the Northern Democracy
        # Institute said the vote was largely orderly" / "... noted isolated irregularities").
        shared -= a.sources & b.sources
        shared -= qualified_elsewhere(a, b)
        anchors[k] = min(len(shared), ANCHOR_CAP)
    return anchors


def _rare(prep: PreparedClaims, items: Callable[[ClaimTerms], frozenset[str]]) -> set[str]:
    """The items that no article has in more than one of its claims."""
    per_article: dict[tuple[str, int], int] = {}
    for t, a in zip(prep.terms, prep.article_of.tolist(), strict=True):
        for item in items(t):
            per_article[item, a] = per_article.get((item, a), 0) + 1
    common = {item for (item, _), c in per_article.items() if c > 1}
    return {item for item, _ in per_article} - common


def _misplaced(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    context: npt.NDArray[np.bool_],
) -> FloatArray:
    """1 for pairs that share no rare anchor while each claim has one that the other claim's
    article holds in another claim.

    See :data:`MISPLACED_WEIGHT`. Rare as in :func:`_anchor_counts`: in one claim of its article.
    """
    out = np.zeros(len(left), dtype=np.float64)
    art = prep.article_of.tolist()
    items = [(t.numbers | t.names) - t.speakers - t.sources for t in prep.terms]
    holder: dict[tuple[str, int], list[int]] = {}
    for c, (own, a) in enumerate(zip(items, art, strict=True)):
        for item in own:
            holder.setdefault((item, a), []).append(c)
    rare = [{i for i in own if len(holder[i, a]) == 1} for own, a in zip(items, art, strict=True)]

    def elsewhere(c: int, other: int) -> bool:
        """Whether a rare anchor of c is in exactly one claim of other's article, not other."""
        a = art[other]
        return any(
            (held := holder.get((item, a))) is not None and len(held) == 1 and held[0] != other
            for item in rare[c]
        )

    for k in np.flatnonzero(context).tolist():
        a, b = int(left[k]), int(right[k])
        ta, tb = prep.terms[a], prep.terms[b]
        if ((ta.numbers & tb.numbers) | (ta.names & tb.names)) - _WEEKDAYS:
            continue
        out[k] = float(elsewhere(a, b) and elsewhere(b, a))
    return out


def _with_anchors(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    prob: FloatArray,
    feats: FloatArray,
    context: npt.NDArray[np.bool_],
) -> FloatArray:
    """``prob`` raised in log-odds by the rare numbers and names each pair shares."""
    return _raised(prob, _anchor_counts(prep, left, right, feats, context))


def _raised(prob: FloatArray, anchors: FloatArray) -> FloatArray:
    """``prob`` raised in log-odds by ANCHOR_WEIGHT per shared rare anchor."""
    if not anchors.any():
        return prob
    with np.errstate(divide="ignore"):
        z = np.log(prob) - np.log1p(-np.minimum(prob, 1 - 1e-12)) + ANCHOR_WEIGHT * anchors
    out: FloatArray = 1.0 / (1.0 + np.exp(-z))
    return out


def _with_windows(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    prob: FloatArray,
    context: npt.NDArray[np.bool_],
) -> FloatArray:
    """``prob`` raised, in context, to the best score of the two claims' clause windows.

    See :data:`~reader.core.align_prepare.WINDOW_MIN_WORDS`. Each claim stands for itself and its
    windows; every pairing of the two sides but whole with whole (already scored) gets the same
    features and models, with TF-IDF weights from the whole comparison.
    """
    if not prep.windows:
        return prob
    has = np.fromiter((len(w) > 0 for w in prep.windows), dtype=bool, count=len(prep.claims))
    todo = np.flatnonzero(context & (has[left] | has[right]) & (prob >= WINDOW_FLOOR))
    if not len(todo):
        return prob
    # Each claim of those pairs as a run of units: itself, then its windows.
    units: list[ClaimTerms] = []
    whole: list[int] = []  # unit -> claim index, or -1 for a window
    windows: list[Span] = []
    span_of: dict[int, range] = {}
    for c in np.unique(np.concatenate([left[todo], right[todo]])).tolist():
        span_of[c] = range(len(units), len(units) + 1 + len(prep.windows[c]))
        units += [prep.terms[c], *(claim_terms(w) for w in prep.windows[c])]
        whole += [c, *(-1 for _ in prep.windows[c])]
        windows += prep.windows[c]
    is_whole = np.asarray(whole) >= 0
    vectors = np.zeros((len(units), prep.vectors.shape[1]), dtype=np.float32)
    vectors[is_whole] = prep.vectors[np.asarray(whole)[is_whole]]
    if windows:
        vectors[~is_whole] = nlp.embed([w.text for w in windows])
    ul: list[int] = []
    ur: list[int] = []
    owner: list[int] = []
    for k in todo.tolist():
        a, b = span_of[int(left[k])], span_of[int(right[k])]
        for x, y in itertools.product(a, b):
            if x != a.start or y != b.start:
                ul.append(x)
                ur.append(y)
                owner.append(k)
    ia, ib = np.asarray(ul, dtype=np.int64), np.asarray(ur, dtype=np.int64)
    score, feats = _in_context_scores(prep, units, vectors, ia, ib)
    score = np.where(feats[:, CONTAINMENT_COLUMN] >= CLEAR_CONTAINMENT, score, 0.0)
    best = np.zeros(len(prob), dtype=np.float64)
    np.maximum.at(best, np.asarray(owner, dtype=np.int64), score)
    return np.where(best >= MUTUAL_MIN, np.maximum(prob, best), prob)


def _said_alike(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    prob: FloatArray,
    context: npt.NDArray[np.bool_],
) -> FloatArray:
    """``prob`` lowered, in context, to the score of what one named speaker says in both claims.

    "Union leader Sam Okafor said nurses had not been told ..." and "Union leader Sam Okafor said
    the union would hold a strike ballot" share their whole attribution frame, which makes them
    look alike to the pair models; two statements of one speaker are two facts unless the
    statements themselves match.
    """
    if not prep.statements:
        return prob
    said = prep.statements
    todo = [
        k
        for k in np.flatnonzero(context).tolist()
        if said[int(left[k])] is not None
        and said[int(right[k])] is not None
        and not prep.terms[int(left[k])].speakers.isdisjoint(prep.terms[int(right[k])].speakers)
    ]
    if not todo:
        return prob
    spans: dict[int, Span] = {}
    for k in todo:
        for c in (int(left[k]), int(right[k])):
            span = said[c]
            if span is not None:
                spans[c] = span
    unit = {c: i for i, c in enumerate(spans)}
    units = [claim_terms(span) for span in spans.values()]
    vectors = nlp.embed([span.text for span in spans.values()])
    ia = np.asarray([unit[int(left[k])] for k in todo], dtype=np.int64)
    ib = np.asarray([unit[int(right[k])] for k in todo], dtype=np.int64)
    score, _feats = _in_context_scores(prep, units, vectors, ia, ib)
    out = prob.copy()
    rows = np.asarray(todo, dtype=np.int64)
    out[rows] = np.minimum(prob[rows], score)
    return out


def _one_actor_two_acts(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    context: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.bool_], FloatArray]:
    """Pairs in context that tell one named actor doing two things, and the score of the two
    things alone.

    An outlet introduces an actor the same way every time ("Nordvolt Energy, the country's
    largest supplier,"), so two sentences that open with it share a name, an apposition and its
    bigrams: the pair models and the rare anchors read that as one fact, though one gives the
    company's shares and the other its profit. When all the pair shares is the subject (what
    follows it, or the clause its verb reports, shares no content word or figure) the pair is
    scored on what follows alone, as :func:`_said_alike` scores one speaker's two statements.
    A bare reaction ("Reyes slammed the decision") may be the gist of a longer statement of the
    same person, so what follows must carry :data:`ACT_MIN_WORDS` content words on both sides;
    and two statements ("Bremmer admitted that more pain lies ahead" / "Bremmer said further
    rises may be needed") may be one in no shared word, so one side at least must be an act.
    """
    out = np.zeros(len(left), dtype=bool)
    if not prep.acts:
        return out, np.ones(len(left), dtype=np.float64)
    acts = prep.acts
    rests: dict[int, ClaimTerms] = {}

    def rest_terms(c: int) -> ClaimTerms:
        if c not in rests:
            rests[c] = claim_terms(acts[c].rest)  # type: ignore[union-attr]
        return rests[c]

    for k in np.flatnonzero(context).tolist():
        a, b = int(left[k]), int(right[k])
        act_a, act_b = acts[a], acts[b]
        if act_a is None or act_b is None or act_a.names.isdisjoint(act_b.names):
            continue
        ta, tb = rest_terms(a), rest_terms(b)
        if not set(ta.lemmas).isdisjoint(tb.lemmas) or ta.numbers & tb.numbers:
            continue
        if act_a.reported and act_b.reported:
            continue  # two statements, however worded, may be one: _said_alike's question
        if min(len(set(ta.lemmas)), len(set(tb.lemmas))) >= ACT_MIN_WORDS:
            out[k] = True
    scores = np.ones(len(left), dtype=np.float64)
    todo = np.flatnonzero(out)
    if not len(todo):
        return out, scores
    claims = sorted({int(c) for c in np.concatenate([left[todo], right[todo]]).tolist()})
    unit = {c: i for i, c in enumerate(claims)}
    vectors = nlp.embed([acts[c].rest.text for c in claims])  # type: ignore[union-attr]
    ia = np.asarray([unit[int(left[k])] for k in todo], dtype=np.int64)
    ib = np.asarray([unit[int(right[k])] for k in todo], dtype=np.int64)
    score, _feats = _in_context_scores(prep, [rests[c] for c in claims], vectors, ia, ib)
    scores[todo] = score
    return out, scores


def _in_context_scores(
    prep: PreparedClaims,
    units: Sequence[ClaimTerms],
    vectors: npt.NDArray[np.float32],
    ia: IntArray,
    ib: IntArray,
) -> tuple[FloatArray, FloatArray]:
    """How alike units ``ia[k]`` and ``ib[k]`` (parts of claims: clause windows, reported
    statements) are, scored in context as whole claims are, with the comparison's TF-IDF
    weights; and their pair features, for callers that also ask how much one contains."""
    feats = pair_features(units, _reweighted(prep.index, units), vectors, ia, ib)
    disagree = figures_disagree(units, feats, ia, ib)
    score = np.maximum(probability(feats, True, disagree), relatedness(feats, True, disagree))
    return score, feats


def _reweighted(index: TermIndex, terms: Sequence[ClaimTerms]) -> TermIndex:
    """TF-IDF rows of ``terms`` (parts of the comparison's claims) with the comparison's IDF."""
    rows: list[dict[int, float]] = []
    norms = np.zeros(len(terms), dtype=np.float64)
    for i, t in enumerate(terms):
        counts: dict[int, int] = {}
        for lemma in t.lemmas:
            tid = index.vocab.get(lemma)
            if tid is not None:
                counts[tid] = counts.get(tid, 0) + 1
        row = {tid: (1.0 + math.log(c)) * float(index.idf[tid]) for tid, c in counts.items()}
        rows.append(row)
        norms[i] = math.sqrt(sum(w * w for w in row.values()))
    return TermIndex(vocab=index.vocab, idf=index.idf, rows=rows, norms=norms, sq_norms=norms**2)


def _speaker_conflict(
    prep: PreparedClaims, left: IntArray, right: IntArray
) -> npt.NDArray[np.bool_]:
    """Pairs of attribution claims whose named speakers differ: a veto, in context only.

    "The Elysee did not immediately respond" and "China's foreign ministry did not comment" share
    their wording but report two parties' reactions. A speaker named anywhere in the other claim
    ("China said ..." / "Beijing, China's capital, said ...") is no conflict, nor is its people's
    adjective ("Tavarian officials said" / "Tavaria says"), nor two voices of one country ("the
    Kremlin said" / "Moscow said": both speak for Russia); a claim without a named speaker ("a
    French official said", "the foreign ministry said") never conflicts.
    """
    out = np.zeros(len(left), dtype=bool)
    for k, (a, b) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
        ta, tb = prep.terms[a], prep.terms[b]
        if ta.speakers and tb.speakers:
            out[k] = not _named_in(ta.speakers, tb.names | tb.speakers) and not _named_in(
                tb.speakers, ta.names | ta.speakers
            )
    return out


def _acts_mirrored(prep: PreparedClaims, left: IntArray, right: IntArray) -> npt.NDArray[np.bool_]:
    """Pairs where each claim's party does to the other what the other does to it: a veto, in
    context only. "Marovia expelled four Orsavan diplomats" and "Orsava expelled four Marovian
    diplomats" share every word but are two acts, the second answering the first
    (:mod:`reader.core.mirrored_acts`)."""
    out = np.zeros(len(left), dtype=bool)
    for k, (a, b) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
        ta, tb = prep.terms[a], prep.terms[b]
        if ta.acts and tb.acts:
            out[k] = mirrored(ta.acts, tb.acts)
    return out


def _named_in(speakers: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a speaker word is among ``names``, as itself or as a country's people's adjective.
    Words of countries' names count only as the whole name (:func:`countries_in`): "the United
    Kingdom said" and "the United States said" share "united" but are two voices."""
    mine, my_words = countries_in(speakers)
    theirs, their_words = countries_in(names)
    if not mine.isdisjoint(theirs):
        return True
    shared = (speakers & names) - my_words - their_words
    return bool(shared) or any(
        a_peoples_adjective_of(s, n) or a_peoples_adjective_of(n, s)
        for s in speakers
        for n in names
    )


def best_per_article(
    left: IntArray, right: IntArray, prob: FloatArray, article_of: IntArray, n_articles: int, n: int
) -> tuple[FloatArray, FloatArray]:
    """best[c, a] and second[c, a]: the two highest scores of claim c with claims of article a."""
    src = np.concatenate([left, right])
    dst_article = np.concatenate([article_of[right], article_of[left]])
    p = np.concatenate([prob, prob])
    best = np.zeros((n, n_articles), dtype=np.float64)
    np.maximum.at(best, (src, dst_article), p)
    # The runner-up: the best among the entries that are not the (first) best one.
    order = np.lexsort((-p, dst_article, src))
    s, d, q = src[order], dst_article[order], p[order]
    first = np.ones(len(s), dtype=bool)
    first[1:] = (s[1:] != s[:-1]) | (d[1:] != d[:-1])
    second = np.zeros((n, n_articles), dtype=np.float64)
    np.maximum.at(second, (s[~first], d[~first]), q[~first])
    return best, second


def runner_up_elsewhere(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    prob: FloatArray,
    n_articles: int,
    *,
    spoken_for: float | None = None,
) -> FloatArray:
    """other[c, a]: claim c's best score in article a outside the sentence of its best match.

    With ``spoken_for``, a claim of a that has a better match of its own in c's article, scoring
    at least ``spoken_for``, is no rival: "He said the sanctions would stay until Tavarian troops
    leave" is the paraphrase of another sentence, however many words it shares with "Tavarian
    troops protect farmers, the ministry said".
    """
    n = len(prep.claims)
    sentence = np.asarray([c.sentence for c in prep.claims], dtype=np.int64)
    src = np.concatenate([left, right])
    dst = np.concatenate([right, left])
    dst_article = prep.article_of[dst]
    p = np.concatenate([prob, prob])
    order = np.lexsort((-p, dst_article, src))
    s, d, a, q = src[order], dst[order], dst_article[order], p[order]
    first = np.ones(len(s), dtype=bool)
    first[1:] = (s[1:] != s[:-1]) | (a[1:] != a[:-1])
    best_sentence = np.full((n, n_articles), -1, dtype=np.int64)
    best_sentence[s[first], a[first]] = sentence[d[first]]
    elsewhere = sentence[d] != best_sentence[s, a]
    if spoken_for is not None:
        best, _ = best_per_article(left, right, prob, prep.article_of, n_articles, n)
        own = best[d, prep.article_of[s]]
        elsewhere &= ~((own >= spoken_for) & (q < own))
    other = np.zeros((n, n_articles), dtype=np.float64)
    np.maximum.at(other, (s[elsewhere], a[elsewhere]), q[elsewhere])
    return other
