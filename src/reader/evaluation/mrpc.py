"""MRPC: does the aligner put two sentences that say the same thing in one group?

Each pair becomes two one-sentence articles and goes through the engine's alignment stage
(:func:`reader.core.align.align`, the stage :func:`reader.core.compare.compare` calls); "aligned"
means the result has a group holding both. The pairs of ``mrpc-train.tsv`` are split once with a
fixed seed: 80% to fit the pair model's weights (``--refit``) and tune the baseline's threshold, 20%
held out for the figures. Baseline: cosine of TF-IDF vectors (IDF from the training fold) with the
threshold that is most accurate on the training fold.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from reader.core import align, features, nlp
from reader.core.model import Article, Claim
from reader.evaluation import find_data

SEED = 20261128
HELD_OUT = 0.2
#: Where the pairs are looked for in the eval folder. A test file (the corpus's own test part,
#: "msr_paraphrase_test.txt") is scored whole; without one, a fixed fold of the training file.
TRAIN_PATTERNS = ("mrpc-train.tsv", "mrpc*train*.tsv", "msr_paraphrase_train*.txt")
TEST_PATTERNS = ("mrpc-test.tsv", "mrpc*test*.tsv", "msr_paraphrase_test*.txt")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Pair:
    label: int
    a: str
    b: str


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("mrpc")
    group.add_argument(
        "--refit",
        action="store_true",
        help="fit the alignment weights on the training fold; print constants for align_model.py",
    )
    group.add_argument(
        "--mrpc-align-only",
        dest="mrpc_compare",
        action="store_false",
        help="score only the alignment stage, not the whole engine (faster)",
    )
    group.add_argument(
        "--mrpc-limit", type=int, default=None, help="use only the first N pairs (quick checks)"
    )
    group.add_argument(
        "--mrpc", type=Path, default=None, metavar="TSV", help="MRPC training pairs to use"
    )
    group.add_argument(
        "--mrpc-test",
        type=Path,
        default=None,
        metavar="TSV",
        help="MRPC test pairs to score whole (default: mrpc*test*.tsv or msr_paraphrase_test.txt"
        " in the eval folder, if any)",
    )


def load_pairs(path: Path) -> list[Pair]:
    pairs: list[Pair] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for row in reader:
            if len(row) >= 5 and row[0].strip() in ("0", "1"):
                pairs.append(Pair(int(row[0]), row[3].strip(), row[4].strip()))
    return pairs


def split(pairs: Sequence[Pair]) -> tuple[list[Pair], list[Pair]]:
    """The fixed training and held-out folds (same on every run and machine)."""
    order = np.random.default_rng(SEED).permutation(len(pairs))
    cut = round(len(pairs) * (1.0 - HELD_OUT))
    return [pairs[i] for i in order[:cut]], [pairs[i] for i in order[cut:]]


def _one_sentence_articles(pair: Pair) -> tuple[list[Article], dict[str, list[Claim]]]:
    articles = [Article(id="a", outlet="A", text=pair.a), Article(id="b", outlet="B", text=pair.b)]
    claims = {
        a.id: [
            Claim(id=f"{a.id}/c1", article=a.id, start=0, end=len(a.text), text=a.text, sentence=0)
        ]
        for a in articles
    }
    return articles, claims


def _chunks(pairs: Sequence[Pair], size: int = 100) -> Iterator[Sequence[Pair]]:
    for lo in range(0, len(pairs), size):
        yield pairs[lo : lo + size]


def engine_decisions(pairs: Sequence[Pair]) -> list[bool]:
    """For each pair, whether the alignment stage puts both sentences in one group."""
    out: list[bool] = []
    for chunk in _chunks(pairs):
        nlp.parse_many([t for p in chunk for t in (p.a, p.b)])
        for pair in chunk:
            articles, claims = _one_sentence_articles(pair)
            docs = nlp.parse_many([a.text for a in articles])
            groups = align.align(articles, claims, docs)
            out.append(any(len(g.articles) == 2 for g in groups))
    return out


def compare_decisions(pairs: Sequence[Pair]) -> list[bool]:
    """The same question through the whole engine, as ``reader batch`` answers it.

    Claims come from the claims stage (which may split a sentence), so "aligned" means some group
    holds claims of both articles.
    """
    from reader.core.compare import compare

    out: list[bool] = []
    for chunk in _chunks(pairs):
        nlp.parse_many([t for p in chunk for t in (p.a, p.b)])
        for pair in chunk:
            articles, _ = _one_sentence_articles(pair)
            comparison = compare(articles)
            out.append(any(len(g.articles) == 2 for g in comparison.alignments))
    return out


def pair_feature_matrix(pairs: Sequence[Pair]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """The aligner's features for each pair, computed as in a two-article comparison."""
    rows: list[np.ndarray[Any, np.dtype[np.float64]]] = []
    zero, one = np.zeros(1, dtype=np.int64), np.ones(1, dtype=np.int64)
    for chunk in _chunks(pairs):
        nlp.parse_many([t for p in chunk for t in (p.a, p.b)])
        for pair in chunk:
            articles, claims = _one_sentence_articles(pair)
            prep = align.prepare(articles, claims, nlp.parse_many([a.text for a in articles]))
            rows.append(features.pair_features(prep.terms, prep.index, prep.vectors, zero, one)[0])
    return np.vstack(rows)


#: The sign each weight must have: more overlap never lowers the score, a conflict never raises it
#: (0 = free). Without this, correlated overlap features get opposite weights that fit MRPC's
#: near-paraphrase negatives and misjudge the looser pairs of a real comparison.
SIGNS: dict[str, int] = {
    "tfidf_cos": 1,
    "containment": 1,
    "embed_cos": 1,
    "names": 1,
    "number_conflict": -1,
    "quantity_conflict": -1,
    "word_jaccard": 1,
    "bigram_overlap": 1,
    "negation_mismatch": -1,
    "log_length": 0,
}


def fit_constrained(
    x: np.ndarray[Any, np.dtype[np.float64]], y: np.ndarray[Any, np.dtype[np.float64]]
) -> tuple[np.ndarray[Any, np.dtype[np.float64]], float]:
    """Logistic regression with :data:`SIGNS`.

    A feature whose weight comes out with the wrong sign is dropped (weight 0) and the rest
    refitted, until every weight has its sign.
    """
    signs = np.array([SIGNS.get(name, 0) for name in features.FEATURE_NAMES])
    active = np.ones(x.shape[1], dtype=bool)
    while True:
        w_active, b = fit_logistic(x[:, active], y)
        w = np.zeros(x.shape[1])
        w[active] = w_active
        if not ((signs * w) < 0).any():
            return w, b
        # Drop the worst offender only; the others may recover once it is gone.
        active[int(np.argmin(signs * w))] = False


def fit_logistic(
    x: np.ndarray[Any, np.dtype[np.float64]],
    y: np.ndarray[Any, np.dtype[np.float64]],
    l2: float = 1e-3,
) -> tuple[np.ndarray[Any, np.dtype[np.float64]], float]:
    """Logistic regression by Newton's method (a handful of weights; no extra dependency)."""
    xb = np.column_stack([x, np.ones(len(x))])
    w = np.zeros(xb.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + l2 * np.r_[w[:-1], 0.0]
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def _tfidf_vectors(
    texts: Sequence[str], idf: dict[str, float], default: float
) -> list[dict[str, float]]:
    out = []
    for t in texts:
        counts = Counter(w.lower() for w in _WORD.findall(t))
        out.append({w: (1 + math.log(c)) * idf.get(w, default) for w, c in counts.items()})
    return out


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def tfidf_baseline(train: Sequence[Pair], test: Sequence[Pair]) -> tuple[float, list[bool]]:
    """Cosine of TF-IDF vectors; the threshold most accurate on ``train``; decisions on ``test``."""
    docs = [t for p in train for t in (p.a, p.b)]
    df = Counter(w for t in docs for w in {x.lower() for x in _WORD.findall(t)})
    n = len(docs)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
    default = math.log(n + 1) + 1

    def cosines(pairs: Sequence[Pair]) -> np.ndarray[Any, np.dtype[np.float64]]:
        va = _tfidf_vectors([p.a for p in pairs], idf, default)
        vb = _tfidf_vectors([p.b for p in pairs], idf, default)
        return np.array([_cos(a, b) for a, b in zip(va, vb, strict=True)])

    y = np.array([p.label for p in train])
    c = cosines(train)
    grid = np.linspace(0.0, 1.0, 201)
    acc = [float(np.mean((c >= t) == y)) for t in grid]
    best = float(grid[int(np.argmax(acc))])
    return best, [bool(v) for v in cosines(test) >= best]


def scores(decisions: Sequence[bool], pairs: Sequence[Pair]) -> dict[str, float]:
    y = np.array([p.label for p in pairs], dtype=bool)
    d = np.array(decisions, dtype=bool)
    tp = float(np.sum(d & y))
    precision = tp / max(float(d.sum()), 1.0)
    recall = tp / max(float(y.sum()), 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": float(np.mean(d == y)), "f1": f1, "precision": precision, "recall": recall}


def refit(train: Sequence[Pair]) -> dict[str, Any]:
    x = pair_feature_matrix(train)
    y = np.array([p.label for p in train], dtype=np.float64)
    w, b = fit_logistic(x, y)
    p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    grid = np.linspace(0.2, 0.8, 61)
    acc = [float(np.mean((p >= t) == (y > 0.5))) for t in grid]
    t = float(grid[int(np.argmax(acc))])
    rw, rb = fit_constrained(x, y)
    print("# paste into src/reader/core/align_model.py")
    print(f"WEIGHTS = {tuple(round(float(v), 4) for v in w)}")
    print(f"BIAS = {round(b, 4)}")
    print(f"THRESHOLD = {round(t, 3)}  # training-fold accuracy {max(acc):.4f}")
    print(f"RELATED_WEIGHTS = {tuple(round(float(v), 4) for v in rw)}")
    print(f"RELATED_BIAS = {round(rb, 4)}")
    return {
        "weights": [float(v) for v in w],
        "bias": b,
        "threshold": t,
        "related_weights": [float(v) for v in rw],
        "related_bias": rb,
    }


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    train_path = find_data(eval_dir, getattr(args, "mrpc", None), TRAIN_PATTERNS)
    test_path = find_data(eval_dir, getattr(args, "mrpc_test", None), TEST_PATTERNS)
    if train_path is None and test_path is None:
        return {"skipped": f"no MRPC file ({TRAIN_PATTERNS[0]} or a test file) in {eval_dir}"}
    limit = getattr(args, "mrpc_limit", None)
    out: dict[str, Any] = {}
    if test_path is not None:
        # A separate test file: every pair of it is held out; the training file, when present,
        # tunes the baseline (and --refit) as a whole.
        test = load_pairs(test_path)[:limit] if limit else load_pairs(test_path)
        train = load_pairs(train_path) if train_path is not None else []
        out["file"] = test_path.name
        if not train:
            train = test
            out["note"] = "no training file: the baseline is tuned on the test pairs themselves"
    else:
        assert train_path is not None
        pairs = load_pairs(train_path)
        if limit:
            pairs = pairs[:limit]
        train, test = split(pairs)
        out["file"] = train_path.name
    out |= {
        "pairs": len(test) if train is test else len(train) + len(test),
        "train": 0 if train is test else len(train),
        "held_out": len(test),
    }
    if getattr(args, "refit", False):
        print("refitting on the training fold...", file=sys.stderr)
        out["refit"] = refit(train)
    engine = scores(engine_decisions(test), test)
    threshold, base_decisions = tfidf_baseline(train, test)
    base = scores(base_decisions, test)
    out["rows"] = [
        {"metric": f"held-out {m}", "engine": engine[m], "baseline": base[m], "note": ""}
        for m in ("accuracy", "f1", "precision", "recall")
    ]
    if getattr(args, "mrpc_compare", True):
        full = scores(compare_decisions(test), test)
        out["rows"] += [
            {
                "metric": f"via compare {m}",
                "engine": full[m],
                "baseline": base[m],
                "note": "whole engine, claims split by the claims stage (as reader batch)",
            }
            for m in ("accuracy", "f1")
        ]
    tuned_on = "the test pairs" if train is test else "the training pairs"
    out["baseline"] = f"TF-IDF cosine >= {threshold:.3f} (tuned on {tuned_on})"
    out["positive_rate"] = float(np.mean([p.label for p in test]))
    return out
