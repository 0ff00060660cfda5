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

This module runs the steps and adds the last pass (whole sentences split differently, near
matches); each step lives in a module of its own: :mod:`reader.core.align_prepare` (1),
:mod:`reader.core.align_pairs` (2, and the pair evidence of 5), :mod:`reader.core.align_model` (3)
and :mod:`reader.core.align_groups` (4, and what the story around a pair adds in 5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

import numpy as np

from reader.core.align_groups import clear_matches, group_claims
from reader.core.align_model import MIN_CONTEXT, THRESHOLD, probability, relatedness
from reader.core.align_pairs import (
    PairScores,
    best_per_article,
    candidate_pairs,
    pair_scores,
    score_pairs,
)
from reader.core.align_prepare import PreparedClaims, prepare
from reader.core.model import Alignment, AlignmentMember, Article, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A claim no other outlet lines up with still shows its best match in each other article when
#: that pair scores at least NEAR_MIN (the aligner may miss a paraphrase; the reader can check).
#: Chosen on tests/fixtures/alignment_gold.json, where the nearest claims of unaligned claims score:
#: missed true pairs 0.387, 0.227, 0.21 (and 0.157, "few Western leaders" talking to Moscow); wrong
#: ones 0.243 (the aside "scaremongering about empty high streets") and 0.212. The floor sits just
#: above the asides' best neighbour (0.243), so a near match shown is usually a real counterpart,
#: at the cost of hiding the weaker true ones.
NEAR_MIN: Final = 0.25


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
    other's best paraphrase (probability >= ``threshold``) form a group of all their claims. So do
    two units that are each other's clear best match in context (:func:`clear_matches`), the test
    the first pass puts to single claims: "The ruling does not take effect for 30 days, and the
    city can ask the state Supreme Court to review it." against "The ruling takes effect in 30
    days unless the state Supreme Court agrees to hear an appeal." scores 0.31, and nothing else
    left in either article comes near.
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
    art = prep.article_of
    # Whether an article is long enough to give context is a question about its claims, not
    # about the few sentences left over for this pass.
    sizes = np.bincount(first.article_of, minlength=len(articles))
    context = (sizes[art[left]] >= MIN_CONTEXT) & (sizes[art[right]] >= MIN_CONTEXT)
    para = probability(feats, context)
    split = np.array([len(parts_of[u.id]) > 1 for u in prep.claims])
    best, _ = best_per_article(left, right, para, art, len(articles), len(prep.claims))
    clear = clear_matches(prep, left, right, para, feats, context, len(articles))
    keep = (
        ((para >= threshold) | clear)
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
