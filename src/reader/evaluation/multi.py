"""Multi-outlet alignment: do the claims several outlets share line up, and do asides stay alone?

MRPC asks "are these two sentences paraphrases?"; a reader of three outlets needs "do these claims
report the same fact?", among many other sentences. This scores the whole engine
(:func:`reader.core.compare.compare`, real claim splitting) on a small hand-labelled set of events
the project owns, ``tests/fixtures/alignment_gold.json``: the seed article with two saved pages of
the same event, the invented bridge reports of ``tests/alignment_texts.py`` and the wage event.

Labels are claim-text substrings, so they survive changes to claim splitting. A gold pair is two
substrings of one group in different articles; it is *recalled* when a claim overlapping one and a
claim overlapping the other sit in one group. A predicted pair (two claims of one group, different
articles) is *correct* when some gold pair links them. An aside counts as aligned when any claim
overlapping it is in a group. Only the seed itself lives outside the repository (``../shared``);
a case whose files are missing is skipped.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reader.core import compare, ingest
from reader.core.model import Article, Comparison

REPO = Path(__file__).resolve().parents[3]
GOLD = REPO / "tests" / "fixtures" / "alignment_gold.json"


@dataclass(frozen=True, slots=True)
class CaseScore:
    """The counts behind the figures of one case (summed over cases for the totals)."""

    name: str
    gold_pairs: int
    recalled: int
    predicted_pairs: int
    correct: int
    asides: int
    asides_aligned: int
    missed: tuple[tuple[str, str], ...]
    aligned_asides: tuple[str, ...]
    wrong: tuple[tuple[str, str], ...] = ()


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


def _article(key: str, spec: dict[str, str], shared: Path) -> Article | None:
    if "module" in spec:
        if str(REPO) not in sys.path:
            sys.path.insert(0, str(REPO))  # tests.alignment_texts is not an installed package
        module_name, attr = spec["module"].split(":")
        text = getattr(importlib.import_module(module_name), attr)
        return Article(id=key, outlet=spec["outlet"], text=text)
    path = Path(spec["path"].replace("{shared}", str(shared)))
    if not path.is_absolute():
        path = REPO / path
    if not path.exists():
        return None
    return replace(ingest.read_article(path, outlet=spec["outlet"]), id=key)


def load_articles(case: dict[str, Any], shared: Path) -> list[Article] | None:
    """The case's articles in file order, or None when one of them is missing here."""
    out = [_article(k, spec, shared) for k, spec in case["articles"].items()]
    if any(a is None for a in out):
        return None
    return [a for a in out if a is not None]


def _spans(article: Article, fragment: str) -> tuple[int, int]:
    start = article.text.find(fragment)
    if start < 0:
        raise ValueError(f"gold substring not in {article.id}: {fragment!r}")
    return start, start + len(fragment)


def score_case(case: dict[str, Any], comparison: Comparison) -> CaseScore:
    """Recall, precision and aside counts of one labelled case against the engine's comparison."""
    by_id = {a.id: a for a in comparison.articles}
    group_of: dict[str, str] = {}
    for g in comparison.alignments:
        for m in g.members:
            group_of[m.claim] = g.id

    def claims_at(key: str, fragment: str) -> set[str]:
        s, e = _spans(by_id[key], fragment)
        return {c.id for c in comparison.claims[key] if c.start < e and c.end > s}

    gold: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for group in case["groups"]:
        units = [(k, f) for k, frags in group.items() for f in frags]
        gold += [(u, v) for i, u in enumerate(units) for v in units[i + 1 :] if u[0] != v[0]]
    at = {u: claims_at(*u) for pair in gold for u in pair}
    recalled = 0
    missed: list[tuple[str, str]] = []
    for u, v in gold:
        hit = any(
            group_of.get(x) is not None and group_of.get(x) == group_of.get(y)
            for x in at[u]
            for y in at[v]
        )
        recalled += hit
        if not hit:
            missed.append((u[1], v[1]))
    linked = {frozenset((x, y)) for u, v in gold for x in at[u] for y in at[v]}
    predicted = correct = 0
    wrong: list[tuple[str, str]] = []
    text = {c.id: c.text for cs in comparison.claims.values() for c in cs}
    for g in comparison.alignments:
        ms = g.members
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                if a.article != b.article:
                    predicted += 1
                    ok = frozenset((a.claim, b.claim)) in linked
                    correct += ok
                    if not ok:
                        wrong.append((text[a.claim][:60], text[b.claim][:60]))
    aligned_asides = [
        f
        for key, frags in case.get("asides", {}).items()
        for f in frags
        if any(c in group_of for c in claims_at(key, f))
    ]
    n_asides = sum(len(v) for v in case.get("asides", {}).values())
    return CaseScore(
        name=case["name"],
        gold_pairs=len(gold),
        recalled=recalled,
        predicted_pairs=predicted,
        correct=correct,
        asides=n_asides,
        asides_aligned=len(aligned_asides),
        missed=tuple(missed),
        aligned_asides=tuple(aligned_asides),
        wrong=tuple(wrong),
    )


def evaluate(shared: Path) -> list[CaseScore]:
    """Score every case whose files are present (the seed lives in ``shared``)."""
    out: list[CaseScore] = []
    for case in load_gold():
        articles = load_articles(case, shared)
        if articles is not None:
            out.append(score_case(case, compare.compare(articles)))
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("multi")
    group.add_argument(
        "--multi-misses",
        action="store_true",
        help="list missed gold pairs, aligned asides and wrong pairs",
    )


#: The labelled cases are ours (tests/fixtures); only the seed case needs ``../shared``.
NEEDS_EVAL_DIR = False


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    scores = evaluate(eval_dir.parent)
    if not scores:
        return {"skipped": "no labelled case has its files here"}
    out: dict[str, Any] = {}
    for s in scores:
        out[s.name] = (
            f"recall {s.recalled}/{s.gold_pairs}, precision {s.correct}/{s.predicted_pairs}, "
            f"asides aligned {s.asides_aligned}/{s.asides}"
        )
        if getattr(args, "multi_misses", False):
            for a, b in s.missed:
                print(f"  missed [{s.name}] {a!r} ~ {b!r}")
            for f in s.aligned_asides:
                print(f"  aside aligned [{s.name}] {f!r}")
            for a, b in s.wrong:
                print(f"  wrong [{s.name}] {a!r} ~ {b!r}")
    gold = sum(s.gold_pairs for s in scores)
    predicted = sum(s.predicted_pairs for s in scores)
    out["rows"] = [
        {
            "metric": "pair recall",
            "engine": _ratio(sum(s.recalled for s in scores), gold),
            "baseline": "-",
            "note": f"{gold} hand-labelled pairs",
        },
        {
            "metric": "pair precision",
            "engine": _ratio(sum(s.correct for s in scores), predicted),
            "baseline": "-",
            "note": f"{predicted} predicted pairs",
        },
        {
            "metric": "asides aligned",
            "engine": sum(s.asides_aligned for s in scores),
            "baseline": "-",
            "note": f"of {sum(s.asides for s in scores)}",
        },
    ]
    return out
