"""The lexicon matcher alone: ``Lexicon.match`` and ``lexical_cues`` over parsed texts.

    .venv/bin/python benchmarks/lexicon_walk.py              # CPU of the matcher, best of 3
    .venv/bin/python benchmarks/lexicon_walk.py --profile    # and its own times under cProfile

Input: the articles of ``bench_engine.batch_events`` (BASIL's development events when
``../shared/eval`` is present) and of ``tests/fixtures/events``, parsed once before anything is
timed, so the figures are the matcher's walk over the tokens and nothing of spaCy's. The whole
``compare`` pass is ``profile_compare.py``; this one isolates the matcher so a change to it shows
above the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import batch_events

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "events"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", action="store_true", help="list own times under cProfile")
    parser.add_argument("--top", type=int, default=20, help="functions to list with --profile")
    args = parser.parse_args()

    from reader.core import nlp
    from reader.core.framing_cues import lexical_cues
    from reader.core.lexicon import default_lexicon

    texts = [a["text"] for e in batch_events() for a in e["articles"]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*.txt"))]
    nlp._DOC_CACHE_SIZE = max(nlp._DOC_CACHE_SIZE, 2 * len(texts))
    docs = [doc for i in range(0, len(texts), 100) for doc in nlp.parse_many(texts[i : i + 100])]
    lexicon = default_lexicon()

    def walk() -> None:
        for doc in docs:
            lexicon.match(doc)
            lexical_cues(doc, lexicon)

    walk()  # the lexicon's own caches (pieces of each word) warm, as in a running app
    tokens = sum(len(doc) for doc in docs)

    def match_only() -> None:
        for doc in docs:
            lexicon.match(doc)

    for label, timed in (("match", match_only), ("match + lexical_cues", walk)):
        best = min(_cpu(timed) for _ in range(3))
        print(f"{label}: {best:.2f} s CPU over {len(docs)} texts, {tokens:,} tokens (best of 3)")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(walk)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
    return 0


def _cpu(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


if __name__ == "__main__":
    raise SystemExit(main())
