"""Line up the claims that several articles share: many-to-many, all articles at once, any order.

How it works, and why:

1. Every claim is reduced to content lemmas, names and numbers (:mod:`reader.core.features`) and
   gets a static sentence vector (WordLlama, :func:`reader.core.nlp.embed`).
2. Blocking: only pairs from different articles that share a lemma which is not too common, or whose
   vectors are among each other's nearest neighbours, are scored. The shared-lemma pairs come from
   posting lists, and their TF-IDF dot products fall out of the same pass, so the work grows with
   the number of plausible pairs rather than with the square of the number of claims.
3. Each candidate pair gets a calibrated probability of "these say the same thing": a logistic model
   on ten features (:mod:`reader.core.align_model`), fitted on a training fold of MRPC (``python -m
   reader.evaluation mrpc --refit`` prints new constants; paste them there).
4. Grouping keeps an edge only when each end is (close to) the other's best match in that article,
   then merges groups by average linkage with a cap on claims per article, so a chain A~B~C of
   loosely related claims does not collapse into one group and an editorial aside no one else
   carries stays alone.
5. Inside a comparison of articles with several claims each, the context adds evidence a pair model
   cannot see (MRPC sentence pairs never get it): shared rare names and numbers, a mutual best
   match with a clear lead over the runner-up, two outlets independently choosing the same
   counterpart, story order, a split sentence whose other part is already lined up, and long
   sentences read clause by clause (one outlet adds "namely that ..." to what another says in a
   short sentence); and one veto: two attribution claims with different named speakers are two
   parties' reactions. Measured on a hand-labelled set of our own events (``python -m
   reader.evaluation multi``, docs/EVALUATION.md).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from reader.core import nlp
from reader.core.align_model import (
    BIGRAMS_COLUMN,
    CLEAR_CONTAINMENT,
    CLEAR_LEAD,
    CONTAINMENT_COLUMN,
    MIN_CONTEXT,
    MUTUAL_MIN,
    QUANTITY_COLUMN,
    STRONG_LEAD,
    STRONG_MIN,
    THRESHOLD,
    probability,
    relatedness,
)
from reader.core.align_prepare import PreparedClaims, prepare
from reader.core.features import (
    FEATURE_NAMES,
    ClaimTerms,
    FloatArray,
    IntArray,
    TermIndex,
    claim_terms,
    pair_features,
)
from reader.core.model import Alignment, AlignmentMember, Article, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Corroboration across outlets: an unaligned claim joins a group when it is the mutual best match
#: (score at least CORROBORATE_MIN) of members from at least two other articles. Two outlets
#: independently picking the same claim as their counterpart is evidence a pair score cannot see,
#: and it exists only with three or more articles (a sentence pair is judged by THRESHOLD alone).
#: The same floor replaces LINKAGE for that merge: two independent votes are the evidence, so a
#: rewording that scores 0.17-0.2 against both ("received coolly" / "lacked detail") may join.
#: The thin margin: the labelled set's asides score at most 0.157 with anything (a sentence mixing a
#: fact and an aside, which only one other outlet carries, so it gets one vote, not two).
CORROBORATE_MIN: Final = 0.16
#: Rare anchors: a number or a name word found in at most one claim of each article of the
#: comparison and shared by both claims of a pair ("31 to 26", "Guangdong") is specific evidence
#: that they report the same fact, stronger than any shared common word. In context each such
#: anchor (up to ANCHOR_CAP) adds ANCHOR_WEIGHT to the pair's log-odds, unless the two claims count
#: something with different numbers. Not fitted: MRPC has no context to tell rare from common.
ANCHOR_WEIGHT: Final = 0.75
ANCHOR_CAP: Final = 2
#: Local order: two lone claims that are each other's best match (at least SEQUENCE_MIN) and follow
#: claims that were lined up with each other (same or previous sentence on both sides) report the
#: same next step of the story. A weak prior: it lowers the floor, it never creates a match on its
#: own, and asides (below 0.17 with everything in the labelled set) still stay out. The merge's
#: linkage is the floor itself (it used to be the default LINKAGE 0.2, so pairs at 0.18-0.2 never
#: joined; BASIL: one more pair, a correct one).
#: When the lined-up claim is the other part of one side's own sentence ("In April, the owners
#: proposed a roadmap ..., but the scheme was derided as thin on specifics" against "In April, the
#: owners published a six-point plan ... Smaller crews said the plan lacked specifics.", 0.096 in
#: tests/test_align_clauses.py), SPLIT_MIN is enough: the split sentence is one report and the
#: other outlet's next sentence continues it. Labelled set unchanged; BASIL two more pairs, both
#: correct.
SEQUENCE_MIN: Final = 0.18
#: The lead: two articles' opening sentences that are each other's best match (at least LEDE_MIN)
#: report the same core fact. A news story opens with what happened, so two outlets' leads on one
#: event are the likeliest pair in the two articles, but each outlet words its lead its own way
#: and its next paragraph repeats it, so the usual clear-lead test often fails there.
#: One side is enough when the other lead is lined up already: a wire lead packs the news and its
#: detail ("X has asked envoy Y to work with Z on a framework for talks, the paper reported") and
#: prefers the sentence of the rewrite that names Y and Z, while the rewrite's own lead ("X is
#: reportedly drawing up a plan ...") chooses the wire lead clearly (CLEAR_LEAD over other
#: sentences) and joins that group. BASIL lead pairs 75 -> 77 of 150 (one event's groups
#: reshuffled: +2 pairs, 5 others lost); the labelled set does not move.
LEDE_MIN: Final = 0.2
#: A lone claim whose own or neighbouring sentence has a claim in a group joins that group when its
#: best match in another article is a member too, scoring at least SIBLING_MIN: the claims stage
#: split the sentence ("X said A, adding B"), or the outlet spread over two sentences what another
#: says in one, and the other outlet kept it whole.
SIBLING_MIN: Final = 0.1
#: ... and, for a part of the *same* sentence as a member, at least SPLIT_MIN: a sentence the claims
#: stage split ("Western governments said the paper lacked detail, and several questioned ...")
#: is one report, so its other part needs little evidence of its own once its best counterpart is in
#: the group. Neighbouring sentences keep SIBLING_MIN (the next sentence may be a new fact).
SPLIT_MIN: Final = 0.07
#: A claim whose content lies mostly (PART_CONTAINMENT of its TF-IDF mass) inside its clear best
#: match in another article, scoring at least PART_MIN, aligns with it even if that longer claim
#: prefers another of its parts.
PART_CONTAINMENT: Final = 0.5
PART_MIN: Final = 0.5
#: A claim may also align with a second claim of the same article when that one scores within this
#: margin of its best match there (one long sentence covering two short ones).
MARGIN: Final = 0.15
#: Two groups merge only when their cross-article pairs average at least this probability.
LINKAGE: Final = 0.2
#: At most this many claims of one article in one group.
MAX_PER_ARTICLE: Final = 3
#: Lemmas found in more claims than this (scaled with the number of articles) do not make pairs
#: candidates on their own; they still count in the score.
COMMON_LEMMA_CLAIMS: Final = 40
#: Hand-set, not fitted: a claim whose word bigrams and content lie at least VERBATIM_OVERLAP inside
#: a claim of another outlet (the same quotation, reused wire copy) scores at least VERBATIM_SCORE
#: in a comparison. MRPC calls many such pairs "not paraphrases" (the longer one adds a fact), so
#: the fitted models score them low; for lining up coverage they are the clearest matches. It only
#: ranks pairs: a sentence pair still needs the paraphrase THRESHOLD.
VERBATIM_OVERLAP: Final = 0.7
VERBATIM_SCORE: Final = 0.8
#: Pairs generated from shared lemmas at most (the rarest lemmas first): linear in the claims.
PAIR_BUDGET_PER_CLAIM: Final = 60
PAIR_BUDGET_MIN: Final = 200_000
#: Nearest neighbours by sentence vector that become candidates even without a shared lemma.
EMBED_NEIGHBOURS: Final = 4
EMBED_MIN: Final = 0.55
#: Candidates below both of these (TF-IDF cosine, sentence-vector cosine) are not scored at all.
PREFILTER_COS: Final = 0.1
PREFILTER_EMBED: Final = 0.45
#: Pairs scoring below this are not rescored by their windows (time: a third of the work at 0.03;
#: the labelled set aligns the same with 0, 0.05 or 0.08, BASIL loses one wrong pair from 0.03).
WINDOW_FLOOR: Final = 0.05
#: A claim no other outlet lines up with still shows its best match in each other article when
#: that pair scores at least NEAR_MIN (the aligner may miss a paraphrase; the reader can check).
#: Chosen on tests/fixtures/alignment_gold.json, where the nearest claims of unaligned claims score:
#: missed true pairs 0.387, 0.227, 0.21 (and 0.157, "few Western leaders" talking to Moscow); wrong
#: ones 0.243 (the aside "scaremongering about empty high streets") and 0.212. The floor sits just
#: above the asides' best neighbour (0.243), so a near match shown is usually a real counterpart,
#: at the cost of hiding the weaker true ones.
NEAR_MIN: Final = 0.25


def _in_context(
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
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float64)
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
    worth = (cos >= PREFILTER_COS) | (emb >= PREFILTER_EMBED)
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


def _best_per_article(
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


def _runner_up_elsewhere(
    prep: PreparedClaims, left: IntArray, right: IntArray, prob: FloatArray, n_articles: int
) -> FloatArray:
    """other[c, a]: claim c's best score in article a outside the sentence of its best match."""
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
    other = np.zeros((n, n_articles), dtype=np.float64)
    np.maximum.at(other, (s[elsewhere], a[elsewhere]), q[elsewhere])
    return other


class _Groups:
    """Union-find with average-linkage and per-article caps, for building claim groups."""

    def __init__(self, article_of: IntArray, pair_prob: dict[tuple[int, int], float]) -> None:
        self.article_of = article_of
        self.pair_prob = pair_prob
        self.members: dict[int, list[int]] = {}
        self.root: dict[int, int] = {}

    def find(self, c: int) -> int:
        return self.root.get(c, c)

    def group(self, c: int) -> list[int]:
        return self.members.get(self.find(c), [c])

    def prob(self, a: int, b: int) -> float:
        return self.pair_prob.get((a, b) if a < b else (b, a), 0.0)

    def _explained(self, x: int, y: int, gx: list[int], gy: list[int]) -> bool:
        """True when a sibling of ``x`` (same article, in either group) matches ``y``.

        Then ``x`` need not match ``y`` itself: one long sentence covering two short ones is matched
        by each of them on a different part, and that is not a chain of unrelated claims.
        """
        art = self.article_of[x]
        return any(
            s != x and self.article_of[s] == art and self.prob(s, y) >= LINKAGE for s in (*gx, *gy)
        )

    def try_merge(
        self, a: int, b: int, *, explained_ok: bool = False, linkage: float = LINKAGE
    ) -> bool:
        """Merge the groups of ``a`` and ``b`` if caps and average linkage allow.

        ``explained_ok``: also merge when every weak cross pair is explained by a sibling (the
        claim completes a sentence whose other part is in the group already).
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ga, gb = self.group(a), self.group(b)
        counts: dict[int, int] = {}
        for c in (*ga, *gb):
            art = int(self.article_of[c])
            counts[art] = counts.get(art, 0) + 1
            if counts[art] > MAX_PER_ARTICLE:
                return False
        cross = [
            self.prob(x, y)
            for x in ga
            for y in gb
            if self.article_of[x] != self.article_of[y]
            and (
                self.prob(x, y) >= linkage
                or not (self._explained(x, y, ga, gb) or self._explained(y, x, gb, ga))
            )
        ]
        if (not cross and not explained_ok) or (cross and sum(cross) / len(cross) < linkage):
            return False
        merged = ga + gb
        self.members.pop(ra, None)
        self.members.pop(rb, None)
        self.members[ra] = merged
        for c in merged:
            self.root[c] = ra
        return True


def align(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    docs: Sequence[Doc],
    *,
    threshold: float = THRESHOLD,
) -> list[Alignment]:
    """Groups of claims from two or more articles that report the same thing, in reading order."""
    return align_claims(articles, claims, docs, threshold=threshold).alignments


@dataclass(frozen=True, slots=True)
class Aligned:
    """What :func:`align_claims` found: the groups, and each claim's near matches (:func:`nearest`,
    by claim id; aligned or not, the caller picks the claims it needs)."""

    alignments: list[Alignment]
    near: dict[str, tuple[NearMatch, ...]]


def align_claims(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    docs: Sequence[Doc],
    *,
    threshold: float = THRESHOLD,
) -> Aligned:
    """:func:`align`, plus the near matches of every claim from the same pair scores."""
    if len(articles) < 2:
        return Aligned([], {})
    prep = prepare(articles, claims, docs)
    scores = pair_scores(prep, len(articles))
    near = nearest(prep, scores)
    groups = group_claims(prep, len(articles), threshold=threshold, scores=scores)
    extra = _whole_sentence_groups(articles, claims, docs, groups, threshold, prep)
    if not extra:
        return Aligned(groups, near)
    order = {a.id: i for i, a in enumerate(articles)}
    merged = sorted(
        [*groups, *extra], key=lambda g: (order[g.members[0].article], g.members[0].start)
    )
    return Aligned([replace(g, id=f"g{i}") for i, g in enumerate(merged, start=1)], near)


def _whole_sentence_groups(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    threshold: float,
    first: PreparedClaims,
) -> list[Alignment]:
    """A second look at sentences the claims stage split and the first pass left unaligned.

    Two outlets may say the same thing in one sentence each, split differently into claims
    ("X rose, and Y fell" vs "Y fell as X rose"); no part then matches a part well enough. Here each
    wholly unaligned sentence is one unit again, and units of different articles that are each
    other's best paraphrase (probability >= ``threshold``) form a group of all their claims.
    """
    grouped = {m.claim for g in groups for m in g.members}
    units: dict[str, list[tuple[Claim, list[Claim]]]] = {}
    any_split = False
    for article in articles:
        by_sentence: dict[int, list[Claim]] = {}
        for c in claims.get(article.id, ()):
            by_sentence.setdefault(c.sentence, []).append(c)
        for n, parts in by_sentence.items():
            if any(c.id in grouped for c in parts):
                continue
            start, end = min(c.start for c in parts), max(c.end for c in parts)
            pseudo = Claim(
                id=f"{article.id}/s{n}",
                article=article.id,
                start=start,
                end=end,
                text=article.text[start:end],
                sentence=n,
            )
            units.setdefault(article.id, []).append((pseudo, parts))
            any_split = any_split or len(parts) > 1
    if not any_split or len(units) < 2:
        return []
    parts_of = {u.id: parts for per in units.values() for u, parts in per}
    prep = prepare(
        articles,
        {aid: [u for u, _ in per] for aid, per in units.items()},
        docs,
        reuse=first,
        windows=False,
    )
    left, right, feats = score_pairs(prep, len(articles))
    if not len(left):
        return []
    para = probability(feats, _in_context(prep, left, right, len(articles)))
    art = prep.article_of
    split = np.array([len(parts_of[u.id]) > 1 for u in prep.claims])
    best, _ = _best_per_article(left, right, para, art, len(articles), len(prep.claims))
    keep = (
        (para >= threshold)
        & (split[left] | split[right])  # single-claim pairs were judged by the first pass
        & (para >= best[left, art[right]])
        & (para >= best[right, art[left]])
    )
    used: set[int] = set()
    out: list[Alignment] = []
    for k in sorted(np.flatnonzero(keep).tolist(), key=lambda k: -para[k]):
        a, b = int(left[k]), int(right[k])
        if a in used or b in used:
            continue
        used.update((a, b))
        score = float(para[k])
        members = tuple(
            AlignmentMember(c.article, c.id, c.start, c.end, score)
            for u in (a, b)
            for c in parts_of[prep.claims[u].id]
        )
        out.append(Alignment(id="", score=score, members=members))
    return out


@dataclass(frozen=True, slots=True)
class PairScores:
    """The scored candidate pairs of a comparison, one entry per pair (``left < right``)."""

    left: IntArray
    right: IntArray
    feats: FloatArray
    context: npt.NDArray[np.bool_]  # both articles have at least MIN_CONTEXT claims
    para: FloatArray  # paraphrase probability
    prob: FloatArray  # the pair's score: see :func:`pair_scores`
    clause: FloatArray  # the same with the claims' clause windows (:data:`WINDOW_MIN_WORDS`)


def pair_scores(prep: PreparedClaims, n_articles: int) -> PairScores:
    """Every candidate pair with its features and its score.

    The score of a pair is the better of the two models (a paraphrase also reports the same fact),
    at least VERBATIM_SCORE when the shorter claim sits nearly word for word in the longer, raised
    by shared rare anchors and vetoed (0) for two different named speakers in context. The clause
    score is the same from the pair's best clause windows (:data:`WINDOW_MIN_WORDS`); only the
    grouping's clause test reads it.
    """
    left, right, feats = score_pairs(prep, n_articles)
    context = _in_context(prep, left, right, n_articles)
    para = probability(feats, context)
    prob = np.maximum(para, relatedness(feats, context))
    verbatim = (feats[:, BIGRAMS_COLUMN] >= VERBATIM_OVERLAP) & (
        feats[:, CONTAINMENT_COLUMN] >= VERBATIM_OVERLAP
    )
    prob = np.where(verbatim, np.maximum(prob, VERBATIM_SCORE), prob)
    clause = prob
    if len(left):
        anchors = _anchor_counts(prep, left, right, feats, context)
        vetoed = context & _speaker_conflict(prep, left, right)
        clause = _with_windows(prep, left, right, prob, context)
        prob = np.where(vetoed, 0.0, _raised(prob, anchors))
        clause = np.where(vetoed, 0.0, _raised(clause, anchors))
    return PairScores(left, right, feats, context, para, prob, clause)


@dataclass(frozen=True, slots=True)
class NearMatch:
    """The best-scoring claim of another article for a claim, whether or not they were aligned."""

    claim: Claim
    score: float


def nearest(
    prep: PreparedClaims, scores: PairScores, *, floor: float = NEAR_MIN
) -> dict[str, tuple[NearMatch, ...]]:
    """For each claim id, its best match in each other article that scores at least ``floor``.

    At most one per other article, in article order; claims with none are left out. Only scored
    candidate pairs count, so this costs nothing beyond the scores :func:`group_claims` uses.
    """
    ok = scores.prob >= floor
    if not ok.any():
        return {}
    left, right, prob = scores.left[ok], scores.right[ok], scores.prob[ok]
    src = np.concatenate([left, right])
    dst = np.concatenate([right, left])
    p = np.concatenate([prob, prob])
    dst_article = prep.article_of[dst]
    # Highest score first within each (claim, other article); ties go to the earlier claim.
    order = np.lexsort((dst, -p, dst_article, src))
    s, d, a, q = src[order], dst[order], dst_article[order], p[order]
    first = np.ones(len(s), dtype=bool)
    first[1:] = (s[1:] != s[:-1]) | (a[1:] != a[:-1])
    out: dict[str, list[NearMatch]] = {}
    for x, y, score in zip(s[first].tolist(), d[first].tolist(), q[first].tolist(), strict=True):
        out.setdefault(prep.claims[x].id, []).append(NearMatch(prep.claims[y], float(score)))
    return {k: tuple(v) for k, v in out.items()}


def group_claims(
    prep: PreparedClaims,
    n_articles: int,
    *,
    threshold: float = THRESHOLD,
    scores: PairScores | None = None,
) -> list[Alignment]:
    """Groups of claims that report the same thing; ``scores`` from :func:`pair_scores` if given."""
    n = len(prep.claims)
    if scores is None:
        scores = pair_scores(prep, n_articles)
    left, right, feats = scores.left, scores.right, scores.feats
    if not len(left):
        return []
    art = prep.article_of
    context, para, prob = scores.context, scores.para, scores.prob
    best, second = _best_per_article(left, right, prob, art, n_articles, n)
    near_best = (prob >= best[left, art[right]] - MARGIN) & (
        prob >= best[right, art[left]] - MARGIN
    )
    mutual = (prob >= best[left, art[right]]) & (prob >= best[right, art[left]])
    # In context the runner-up is the best claim of *another sentence*: the claims stage may split
    # one sentence into parts that all match, and those are one unit, not rivals.
    other = _runner_up_elsewhere(prep, left, right, prob, n_articles)
    lead = np.minimum(prob - other[left, art[right]], prob - other[right, art[left]])
    clear = (
        context
        & mutual
        & (
            (
                (prob >= MUTUAL_MIN)
                & (lead >= CLEAR_LEAD)
                & (feats[:, CONTAINMENT_COLUMN] >= CLEAR_CONTAINMENT)
            )
            | ((prob >= STRONG_MIN) & (lead >= STRONG_LEAD))
        )
    )
    # A short claim that is mostly contained in its clear best match (one side of many-to-many): the
    # long claim may prefer another part, so only the short side has to choose it.
    contained = (feats[:, CONTAINMENT_COLUMN] >= PART_CONTAINMENT) & (prob >= PART_MIN)
    lead_l = (prob >= best[left, art[right]]) & (prob - second[left, art[right]] >= CLEAR_LEAD)
    lead_r = (prob >= best[right, art[left]]) & (prob - second[right, art[left]] >= CLEAR_LEAD)
    part = contained & (lead_l | lead_r)
    by_clause = _clause_matches(prep, scores, n_articles)
    keep = ((para >= threshold) & near_best) | clear | (part & context) | by_clause
    # Without context (a sentence pair) a part only joins a group that exists already: it completes
    # a many-to-many match but never creates one.
    late = part & ~keep
    # A pair lined up by its clauses counts with its clause score in the groups' average linkage.
    edge = np.where(by_clause, scores.clause, prob)
    pair_prob = {(int(a), int(b)): float(p) for a, b, p in zip(left, right, edge, strict=True)}
    ids = [c.id for c in prep.claims]
    edges = sorted(
        ((float(edge[k]), int(left[k]), int(right[k])) for k in np.flatnonzero(keep).tolist()),
        key=lambda e: (-e[0], min(ids[e[1]], ids[e[2]]), max(ids[e[1]], ids[e[2]])),
    )
    groups = _Groups(art, pair_prob)
    for _, a, b in edges:
        groups.try_merge(a, b)
    for k in sorted(np.flatnonzero(late).tolist(), key=lambda k: -prob[k]):
        a, b = int(left[k]), int(right[k])
        if len(groups.group(a)) > 1 or len(groups.group(b)) > 1:
            groups.try_merge(a, b)
    leads = context & (prob >= LEDE_MIN)
    # Each side's clear choice: its best match in that article, ahead of other sentences.
    chooses_l = (prob >= best[left, art[right]]) & (prob - other[left, art[right]] >= CLEAR_LEAD)
    chooses_r = (prob >= best[right, art[left]]) & (prob - other[right, art[left]] >= CLEAR_LEAD)
    _join_leads(prep, groups, left, right, leads & mutual, leads & chooses_l, leads & chooses_r)
    in_order = mutual & context & (prob >= min(SEQUENCE_MIN, SPLIT_MIN))
    _follow_sequence(prep, groups, left, right, prob, in_order)
    _corroborate(groups, left, right, prob, mutual & context & (prob >= CORROBORATE_MIN))
    _complete_sentences(prep, groups, left, right, prob, best, context & (prob >= SPLIT_MIN))
    return _to_alignments(prep, groups)


def _clause_matches(
    prep: PreparedClaims, scores: PairScores, n_articles: int
) -> npt.NDArray[np.bool_]:
    """Pairs that are each other's clear best match by their clause scores, in context.

    See :data:`WINDOW_MIN_WORDS`: the test of ``clear`` in :func:`group_claims` (each other's best
    match, :data:`MUTUAL_MIN`, :data:`CLEAR_LEAD` over the runners-up in other sentences), with
    every pair's clause score in place of its score; only pairs the windows raised can pass it.
    """
    left, right, clause, art = scores.left, scores.right, scores.clause, prep.article_of
    raised = scores.context & (clause > scores.prob) & (clause >= MUTUAL_MIN)
    if not raised.any():
        return raised
    best, _ = _best_per_article(left, right, clause, art, n_articles, len(prep.claims))
    other = _runner_up_elsewhere(prep, left, right, clause, n_articles)
    lead = np.minimum(clause - other[left, art[right]], clause - other[right, art[left]])
    return (
        raised
        & (clause >= best[left, art[right]])
        & (clause >= best[right, art[left]])
        & (lead >= CLEAR_LEAD)
    )


def _anchor_counts(
    prep: PreparedClaims,
    left: IntArray,
    right: IntArray,
    feats: FloatArray,
    context: npt.NDArray[np.bool_],
) -> FloatArray:
    """How many rare numbers and names each pair shares (at most :data:`ANCHOR_CAP`).

    See :data:`ANCHOR_WEIGHT`. A name word in two claims of one article ("Macron", "Moscow") is
    the topic, not an anchor; a figure or a place named once per outlet pins the fact down.
    """
    anchors = np.zeros(len(left), dtype=np.float64)
    per_article: dict[tuple[str, int], int] = {}
    for t, a in zip(prep.terms, prep.article_of.tolist(), strict=True):
        for item in t.numbers | t.names:
            per_article[item, a] = per_article.get((item, a), 0) + 1
    common = {item for (item, _), c in per_article.items() if c > 1}
    rare = {item for item, _ in per_article} - common
    if not rare:
        return anchors
    ok = context & (feats[:, QUANTITY_COLUMN] == 0)
    for k in np.flatnonzero(ok).tolist():
        a, b = prep.terms[int(left[k])], prep.terms[int(right[k])]
        # Who speaks in both is no anchor: one person says many things ("Kellerman said the ban
        # left dry brush" / "'a failure of leadership,' said Senator Brad Kellerman").
        shared = ((a.numbers & b.numbers) | (a.names & b.names)) & rare
        shared -= a.speakers & b.speakers
        anchors[k] = min(len(shared), ANCHOR_CAP)
    return anchors


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

    See :data:`WINDOW_MIN_WORDS`. Each claim stands for itself and its windows; every pairing of
    the two sides but whole with whole (already scored) gets the same features and models, with
    TF-IDF weights from the whole comparison.
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
    feats = pair_features(units, _reweighted(prep.index, units), vectors, ia, ib)
    score = np.maximum(probability(feats, True), relatedness(feats, True))
    score = np.where(feats[:, CONTAINMENT_COLUMN] >= CLEAR_CONTAINMENT, score, 0.0)
    best = np.zeros(len(prob), dtype=np.float64)
    np.maximum.at(best, np.asarray(owner, dtype=np.int64), score)
    return np.where(best >= MUTUAL_MIN, np.maximum(prob, best), prob)


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
    ("China said ..." / "Beijing, China's capital, said ...") is no conflict; a claim without a
    named speaker ("a French official said") never conflicts.
    """
    out = np.zeros(len(left), dtype=bool)
    for k, (a, b) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
        ta, tb = prep.terms[a], prep.terms[b]
        if ta.speakers and tb.speakers:
            out[k] = ta.speakers.isdisjoint(tb.names) and tb.speakers.isdisjoint(ta.names)
    return out


def _sentence_mates(prep: PreparedClaims) -> dict[tuple[int, int], list[int]]:
    """Claims by (article, sentence number)."""
    out: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(prep.claims):
        out.setdefault((int(prep.article_of[i]), c.sentence), []).append(i)
    return out


def _join_leads(
    prep: PreparedClaims,
    groups: _Groups,
    left: IntArray,
    right: IntArray,
    ok: npt.NDArray[np.bool_],
    left_chooses: npt.NDArray[np.bool_],
    right_chooses: npt.NDArray[np.bool_],
) -> None:
    """Merge the pairs marked ``ok`` whose two claims both sit in their article's first sentence.

    See :data:`LEDE_MIN`. A merge still obeys the group caps and average linkage. Then a lone
    lead whose clear choice (``left_chooses``: the left claim's) is the other article's lead joins
    that lead's group: that lead preferred a later, more detailed sentence of this article.
    """
    first: dict[int, int] = {}
    for i, c in enumerate(prep.claims):
        a = int(prep.article_of[i])
        first[a] = min(first.get(a, c.sentence), c.sentence)

    def both_first(a: int, b: int) -> bool:
        return (
            prep.claims[a].sentence == first[int(prep.article_of[a])]
            and prep.claims[b].sentence == first[int(prep.article_of[b])]
        )

    for k in np.flatnonzero(ok).tolist():
        a, b = int(left[k]), int(right[k])
        if both_first(a, b):
            groups.try_merge(a, b)
    for chooses, flip in ((left_chooses, False), (right_chooses, True)):
        for k in np.flatnonzero(chooses & ~ok).tolist():
            x, y = int(left[k]), int(right[k])
            if flip:
                x, y = y, x
            if both_first(x, y) and len(groups.group(x)) == 1 and len(groups.group(y)) > 1:
                groups.try_merge(x, y)


def _follow_sequence(
    prep: PreparedClaims,
    groups: _Groups,
    left: IntArray,
    right: IntArray,
    prob: FloatArray,
    ok: npt.NDArray[np.bool_],
) -> None:
    """Line up lone mutual best matches whose preceding context is lined up already.

    Two outlets tell a story in roughly the same order; a weak pair right after a shared claim on
    both sides is more likely the same fact than the same pair anywhere else. ``ok`` marks the
    mutual best matches in context at :data:`SPLIT_MIN` or more; below :data:`SEQUENCE_MIN` a
    pair needs the lined-up claim to be another part of its own sentence on one side (see there).
    Each floor is also the merge's linkage: the pair itself is the evidence.
    """
    mates = _sentence_mates(prep)

    def anchors(x: int, delta: int) -> set[int]:
        art, sent = int(prep.article_of[x]), prep.claims[x].sentence
        near = mates.get((art, sent - delta), ())
        return {groups.find(c) for c in near if c != x and len(groups.group(c)) > 1}

    for k in sorted(np.flatnonzero(ok).tolist(), key=lambda k: -prob[k]):
        a, b = int(left[k]), int(right[k])
        if len(groups.group(a)) > 1 or len(groups.group(b)) > 1:
            continue
        own_a, own_b = anchors(a, 0), anchors(b, 0)
        before_a, before_b = own_a | anchors(a, 1), own_b | anchors(b, 1)
        if prob[k] >= SEQUENCE_MIN:
            if before_a & before_b:
                groups.try_merge(a, b, linkage=min(LINKAGE, SEQUENCE_MIN))
        elif (own_a & before_b) | (own_b & before_a):
            groups.try_merge(a, b, linkage=SPLIT_MIN)


def _complete_sentences(
    prep: PreparedClaims,
    groups: _Groups,
    left: IntArray,
    right: IntArray,
    prob: FloatArray,
    best: FloatArray,
    ok: npt.NDArray[np.bool_],
) -> None:
    """Add a lone claim to its neighbour's group when its best counterpart is in that group too."""
    mates = _sentence_mates(prep)
    art = prep.article_of
    for k in sorted(np.flatnonzero(ok).tolist(), key=lambda k: -prob[k]):
        for x, y in ((int(left[k]), int(right[k])), (int(right[k]), int(left[k]))):
            root = groups.find(y)
            if groups.find(x) == root or len(groups.group(y)) < 2 or prob[k] < best[x, art[y]]:
                continue
            sent = prep.claims[x].sentence
            own = [s for s in mates.get((int(art[x]), sent), ()) if s != x]
            if any(groups.find(s) == root for s in own):
                groups.try_merge(x, y, explained_ok=True)
                continue
            if prob[k] < SIBLING_MIN:
                continue
            near = [s for d in (-1, 1) for s in mates.get((int(art[x]), sent + d), ())]
            in_group = [s for s in near if groups.find(s) == root]
            if in_group and _adds_to(
                prep.terms[x], prep.terms[y], [prep.terms[s] for s in in_group]
            ):
                groups.try_merge(x, y, explained_ok=True)


def _adds_to(part: ClaimTerms, whole: ClaimTerms, mates: Sequence[ClaimTerms]) -> bool:
    """The next sentence carries words of ``whole`` that its neighbours in the group do not: the
    outlet spread over two sentences what another says in one. A sentence that shares only the
    words its neighbour already shares ("the zone") is a new fact beside it, not the rest of it."""
    covered = {w for m in mates for w in m.lemmas}
    return bool((set(part.lemmas) & set(whole.lemmas)) - covered)


def _corroborate(
    groups: _Groups, left: IntArray, right: IntArray, prob: FloatArray, ok: npt.NDArray[np.bool_]
) -> None:
    """Join each lone claim to the group in which members of two or more other articles chose it.

    ``ok`` marks the pairs that are mutual best matches in context with a score of at least
    :data:`CORROBORATE_MIN`. A claim whose best counterparts in two outlets were lined up with each
    other already is almost surely the same fact in its own words (a relative clause or an epithet
    that dilutes its score); an aside has no such counterparts.
    """
    votes: dict[tuple[int, int], set[int]] = {}
    score: dict[tuple[int, int], float] = {}
    for k in np.flatnonzero(ok).tolist():
        for x, y in ((int(left[k]), int(right[k])), (int(right[k]), int(left[k]))):
            if len(groups.group(x)) > 1 or len(groups.group(y)) < 2:
                continue
            key = (x, groups.find(y))
            votes.setdefault(key, set()).add(int(groups.article_of[y]))
            score[key] = score.get(key, 0.0) + float(prob[k])
    for (x, root), arts in sorted(votes.items(), key=lambda kv: -score[kv[0]]):
        if len(arts) >= 2 and len(groups.group(x)) == 1:
            groups.try_merge(x, root, linkage=min(LINKAGE, CORROBORATE_MIN))


def _to_alignments(prep: PreparedClaims, groups: _Groups) -> list[Alignment]:
    art = prep.article_of
    built: list[tuple[tuple[int, int], list[int]]] = []
    for members in groups.members.values():
        members = sorted(members, key=lambda c: (int(art[c]), prep.claims[c].start))
        first = members[0]
        built.append(((int(art[first]), prep.claims[first].start), members))
    built.sort(key=lambda g: g[0])
    out: list[Alignment] = []
    for gi, (_, members) in enumerate(built, start=1):
        scored: list[AlignmentMember] = []
        for c in members:
            # A member's score is its best match in the group: in a many-to-many group a short claim
            # matches only the part of the long one it covers, not the other short claims.
            mine = max((groups.prob(c, o) for o in members if art[o] != art[c]), default=0.0)
            claim = prep.claims[c]
            scored.append(
                AlignmentMember(
                    article=claim.article,
                    claim=claim.id,
                    start=claim.start,
                    end=claim.end,
                    score=mine,
                )
            )
        score = sum(m.score for m in scored) / len(scored)
        out.append(Alignment(id=f"g{gi}", score=score, members=tuple(scored)))
    return out


__all__ = [
    "NEAR_MIN",
    "THRESHOLD",
    "Aligned",
    "NearMatch",
    "PairScores",
    "PreparedClaims",
    "align",
    "align_claims",
    "candidate_pairs",
    "group_claims",
    "nearest",
    "pair_scores",
    "prepare",
    "probability",
    "relatedness",
]
