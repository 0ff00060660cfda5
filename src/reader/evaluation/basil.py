"""BASIL: lexical framing flags against expert-annotated loaded wording, per outlet and overall.

Lexical flags (label, loaded, intensifier, hedge, attribution, scare-quote) of each article read
alone are scored against the gold ``bias == "lex"`` body spans at token and sentence level. Issue 9
asks for even-handedness, so recall, precision and flags per 1,000 words are also given per outlet
(Fox News, New York Times, HuffPost). Informational bias (content chosen to sway) is scored by
running the three articles of each event through the comparison so ``unique-claim`` works: recall of
gold ``inf`` sentences by unique-claim, added-detail or opinion flags. Events are split in two folds
by their position in the file (even: calibrate, odd: check) so a tuned threshold can be seen not to
overfit.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path
from typing import Any

from reader.core.lexicon import default_lexicon
from reader.core.model import Article
from reader.evaluation import find_data
from reader.evaluation.framing_scores import (
    System,
    baseline_spans,
    engine_spans,
    fold_rows,
    parse,
    row,
    score_document,
    sentences_in,
    token_rows,
)

OUTLETS = ("fox", "nyt", "hpo")
#: Where the events are looked for in the eval folder: the development file, else any BASIL file.
PATTERNS = ("basil-dev.jsonl", "basil*.jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("basil")
    group.add_argument(
        "--basil",
        type=Path,
        default=None,
        metavar="JSONL",
        help="BASIL events to score (default: basil-dev.jsonl, else basil*.jsonl, in the eval"
        " folder)",
    )
    group.add_argument(
        "--basil-limit", type=int, default=None, help="use only the first N events (quick checks)"
    )
    group.add_argument(
        "--no-compare",
        action="store_true",
        help="skip the informational-bias part (runs the full comparison per event)",
    )


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    path = find_data(eval_dir, getattr(args, "basil", None), PATTERNS)
    if path is None:
        return {"skipped": f"no BASIL file ({PATTERNS[-1]}) in {eval_dir}"}
    events = load(path)
    limit = getattr(args, "basil_limit", None)
    if limit:
        events = events[:limit]
    lexicon = default_lexicon()
    items = [
        (k, e, e["articles"][o])
        for k, e in enumerate(events)
        for o in OUTLETS
        if o in e["articles"]
    ]
    docs = parse([a["text"] for _, _, a in items])
    engine, base = System(), System()
    folds = {0: (System(), System()), 1: (System(), System())}
    per_outlet = {o: (System(), System()) for o in OUTLETS}
    for (k, event, art), doc in zip(items, docs, strict=True):
        outlet = next(o for o in OUTLETS if event["articles"].get(o) is art)
        gold = [
            (s["start"], s["end"])
            for s in art["spans"]
            if s["bias"] == "lex" and s.get("where", "body") == "body"
        ]
        pred = engine_spans(art["text"], doc, lexicon)
        bl = baseline_spans(doc)
        starts = art["sentence_starts"]
        for system, spans in (
            (engine, pred),
            (base, bl),
            (folds[k % 2][0], pred),
            (folds[k % 2][1], bl),
            (per_outlet[outlet][0], pred),
            (per_outlet[outlet][1], bl),
        ):
            score_document(system, doc, gold, spans, starts)
    out: dict[str, Any] = {
        "file": path.name,
        "events": len(events),
        "articles": len(items),
        "words": engine.words,
        "lexicon": lexicon.version,
    }
    rows = [
        *token_rows(engine, base),
        row("sentence F1", engine.sentences.f1, base.sentences.f1),
        row("sentence precision", engine.sentences.precision, base.sentences.precision),
        row("sentence recall", engine.sentences.recall, base.sentences.recall),
        row("flags / 1000 words", engine.per_1000, base.per_1000),
        *fold_rows(folds),
    ]
    recalls: list[float] = []
    for o in OUTLETS:
        e, b = per_outlet[o]
        recalls.append(e.tokens.recall)
        rows += [
            row(f"{o} token recall", e.tokens.recall, b.tokens.recall),
            row(f"{o} token precision", e.tokens.precision, b.tokens.precision),
            row(f"{o} token F1", e.tokens.f1, b.tokens.f1),
            row(f"{o} flags / 1000 words", e.per_1000, b.per_1000),
        ]
    if min(recalls) > 0:
        out["outlet_recall_spread"] = round(max(recalls) / min(recalls), 3)
    if not getattr(args, "no_compare", False):
        inf = informational(events)
        if inf is not None:
            rows += inf[0]
            out["lead_pairs_aligned"] = inf[1]
        else:
            out["informational"] = "skipped: the comparison pipeline is incomplete in this tree"
    out["rows"] = rows
    return out


def informational(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str] | None:
    """Sentence recall of gold ``inf`` spans by unique-claim, detail and opinion flags (full
    comparison), and how many pairs of two outlets' leads (first body claims) share an alignment
    group."""
    try:
        from reader.core.compare import compare
    except ImportError:
        return None
    engine, base = System(), System()
    leads, lead_pairs = 0, 0
    for k, event in enumerate(events):
        arts = [
            Article(id=f"e{k}-{o}", outlet=o, text=event["articles"][o]["text"])
            for o in OUTLETS
            if o in event["articles"]
        ]
        comparison = compare(arts)
        group_of = {(m.article, m.claim): g.id for g in comparison.alignments for m in g.members}
        firsts = [
            group_of.get((a.id, comparison.claims[a.id][0].id))
            for a in arts
            if comparison.claims.get(a.id)
        ]
        for x, y in itertools.combinations(firsts, 2):
            lead_pairs += 1
            leads += x is not None and x == y
        docs = parse([a.text for a in arts])
        for a, doc in zip(arts, docs, strict=True):
            art = event["articles"][a.outlet]
            gold = [
                (s["start"], s["end"])
                for s in art["spans"]
                if s["bias"] == "inf" and s.get("where", "body") == "body"
            ]
            pred = [
                (f.start, f.end)
                for f in comparison.flags_of(a.id)
                if f.category in ("unique-claim", "opinion", "detail")
            ]
            starts = art["sentence_starts"]
            # Baseline: every sentence holding an adjective or adverb counts as "informational".
            bl_sent = sentences_in(starts, baseline_spans(doc), len(a.text))
            bounds = [*starts, len(a.text)]
            bl = [(bounds[i], bounds[i + 1]) for i in sorted(bl_sent)]
            score_document(engine, doc, gold, pred, starts)
            score_document(base, doc, gold, bl, starts)
    return [
        row("inf sentence recall", engine.sentences.recall, base.sentences.recall),
        row("inf sentence precision", engine.sentences.precision, base.sentences.precision),
        row("inf sentence F1", engine.sentences.f1, base.sentences.f1),
    ], f"{leads}/{lead_pairs}"
