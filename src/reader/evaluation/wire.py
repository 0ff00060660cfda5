"""False alarms on neutral copy: lexical flags per 1,000 words on wire-service sentences.

Most of ``mrpc-train.tsv`` is news-agency copy, written to be neutral, so nearly every lexical flag
on it is a false alarm (issue 9 asks for at most 10 per 1,000 words, ideally 2). Each distinct
sentence is read as a one-sentence article; the most frequent flagged words are listed so their
causes (a lexicon entry, a cue that fires on plain reporting) can be fixed. Baseline: every
adjective and adverb.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path
from typing import Any

from reader.core import framing
from reader.core.lexicon import default_lexicon
from reader.evaluation import find_data, mrpc
from reader.evaluation.framing_scores import baseline_spans, parse, row, word_tokens

TOP = 15


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("wire")
    group.add_argument(
        "--wire-limit", type=int, default=None, help="use only the first N sentences (quick checks)"
    )


def load_sentences(path: Path) -> list[str]:
    """Distinct sentences of the MRPC file, in file order."""
    seen: dict[str, None] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for r in reader:
            if len(r) >= 5:
                seen.setdefault(r[3].strip())
                seen.setdefault(r[4].strip())
    return [s for s in seen if s]


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    path = find_data(
        eval_dir, getattr(args, "mrpc", None), mrpc.TRAIN_PATTERNS + mrpc.TEST_PATTERNS
    )
    if path is None:
        return {"skipped": f"no MRPC file ({mrpc.TRAIN_PATTERNS[0]}) in {eval_dir}"}
    sentences = load_sentences(path)
    limit = getattr(args, "wire_limit", None)
    if limit:
        sentences = sentences[:limit]
    return false_alarms(sentences)


def false_alarms(sentences: list[str]) -> dict[str, Any]:
    """Flags per 1,000 words on copy written to be neutral, each sentence read alone, beside the
    every-adjective-and-adverb baseline, with the most frequent flagged words (``plain`` uses it
    too)."""
    lexicon = default_lexicon()
    words = flags = base = unquoted = 0
    by_word: Counter[tuple[str, str]] = Counter()
    by_category: Counter[str] = Counter()
    for text, doc in zip(sentences, parse(sentences), strict=True):
        words += len(word_tokens(doc))
        base += len(baseline_spans(doc))
        for s, e, category, quoted in framing.lexical_flag_spans(text, doc, lexicon):
            flags += 1
            unquoted += not quoted
            by_word[(text[s:e].lower(), category)] += 1
            by_category[category] += 1
    per_1000 = 1000.0 * flags / words if words else 0.0
    out: dict[str, Any] = {
        "sentences": len(sentences),
        "words": words,
        "lexicon": lexicon.version,
        "by_category": dict(by_category.most_common()),
        "top_false_flags": ", ".join(f"{w} ({c}) {n}" for (w, c), n in by_word.most_common(TOP)),
    }
    base_rate = 1000.0 * base / words if words else 0.0
    out["rows"] = [
        row("flags / 1000 words", per_1000, base_rate, "lower is better"),
        row(
            "outlet-voice flags / 1000",
            1000.0 * unquoted / words if words else 0.0,
            base_rate,
            "flags outside quotations",
        ),
    ]
    return out
