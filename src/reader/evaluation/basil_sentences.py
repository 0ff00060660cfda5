"""BASIL sentences read one at a time: a stand-in for a single-sentence set (BABE / MBIC style).

The held-out single-sentence set is not available here, and the team set in
``tests/fixtures/sentences`` was written and annotated by us, so it flatters the engine. BASIL's
expert annotations give an independent stand-in: every body sentence holding a lexical-bias span is
kept, with as many sentences holding none (drawn with a fixed seed, so runs are comparable), the
way BABE mixes biased and neutral sentences. Each sentence is parsed alone, exactly as in
:mod:`reader.evaluation.sentences`, and scored by the same code; the gold words are the BASIL
``lex`` spans inside it. Nobody on the team chose these words, unlike the team set's.
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path
from typing import Any, Final

from reader.evaluation import basil, find_data, sentences

#: Sentences shorter than this (in whitespace words) are headings or datelines, not sentences.
MIN_WORDS: Final = 5
SEED: Final = 7


def from_events(events: list[dict[str, Any]]) -> list[sentences.Sentence]:
    """Every sentence with lexical gold, then as many without, each with spans relative to it."""
    with_gold: list[sentences.Sentence] = []
    without: list[sentences.Sentence] = []
    for event in events:
        for outlet in basil.OUTLETS:
            art = event["articles"].get(outlet)
            if art is None:
                continue
            text = art["text"]
            gold = [
                (s["start"], s["end"])
                for s in art["spans"]
                if s["bias"] == "lex" and s.get("where", "body") == "body"
            ]
            bounds = [*art["sentence_starts"], len(text)]
            for a, b in itertools.pairwise(bounds):
                raw = text[a:b]
                lead = len(raw) - len(raw.lstrip())
                body = raw.strip()
                if len(body.split()) < MIN_WORDS:
                    continue
                start = a + lead
                end = start + len(body)
                spans = tuple(
                    (max(s, start) - start, min(e, end) - start)
                    for s, e in gold
                    if s < end and start < e
                )
                item = sentences.Sentence(
                    body, spans=spans, biased=bool(spans), meta={"outlet": outlet}
                )
                (with_gold if spans else without).append(item)
    random.Random(SEED).shuffle(without)
    return with_gold + without[: len(with_gold)]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("basil-sentences")
    group.add_argument(
        "--basil-sentences-limit",
        type=int,
        default=None,
        help="use only the first N sentences (quick checks)",
    )


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    path = find_data(eval_dir, getattr(args, "basil", None), basil.PATTERNS)
    if path is None:
        return {"skipped": f"no BASIL file ({basil.PATTERNS[-1]}) in {eval_dir}"}
    items = from_events(basil.load(path))
    limit = getattr(args, "basil_sentences_limit", None)
    if limit:
        items = items[:limit]
    if not items:
        return {"skipped": f"{path} has no sentences"}
    source = f"{path} (lexical-bias sentences + as many without)"
    return {"source": source, **sentences.score(items)}
