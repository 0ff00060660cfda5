"""Where the engine's own time goes, beyond spaCy: a profile of ``compare`` with every parse cached.

    .venv/bin/python benchmarks/profile_compare.py            # top 25 functions by cumulative time
    .venv/bin/python benchmarks/profile_compare.py --top 40
    .venv/bin/python benchmarks/profile_compare.py --fixtures --sort tottime  # by own time

Input: the 50 events of ``bench_engine.batch_events`` (BASIL's development events when
``../shared/eval`` is present, else synthetic news). The texts are parsed first and stay in the
parse cache, so the printed CPU time and the profile show only what Parallax Reader adds to a bare
parse: claims, alignment, word diffs, framing, entities. The engine's own caches (quotations, word
diffs) are cleared before each measured pass. ``--fixtures`` adds the events of
``tests/fixtures/events``, whose short articles carry most of the rules' test cases.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import batch_events
from reader.core.model import Article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=25, help="functions to list")
    parser.add_argument(
        "--sort",
        default="cumulative",
        choices=("cumulative", "tottime"),
        help="order of the listed functions: time under them, or their own time",
    )
    parser.add_argument(
        "--fixtures", action="store_true", help="add the events of tests/fixtures/events"
    )
    parser.add_argument("--save", metavar="PATH", help="also write the profile for pstats")
    args = parser.parse_args()

    from reader.core import compare, diff, features, nlp, opinions, quantities, quotes

    events = [
        [Article(a["id"], a.get("outlet", a["id"]), a["text"]) for a in e["articles"]]
        for e in batch_events()
    ]
    if args.fixtures:
        events += fixture_events()
    texts = [a.text for event in events for a in event]
    # Room for every article and the headlines compare parses beside them: with the fixtures the
    # app's cache would drop the first articles before the measured pass, which then re-parses.
    nlp._DOC_CACHE_SIZE = max(nlp._DOC_CACHE_SIZE, 4 * len(texts))
    for i in range(0, len(texts), 100):
        nlp.parse_many(texts[i : i + 100])

    def clear() -> None:
        for cached in (
            getattr(diff, "_remembered_diff", None),
            getattr(quotes, "_quotations", None),
        ):
            if cached is not None:  # older versions of the engine had no such cache
                cached.cache_clear()
        # Read once per parse, so the measured pass would find it made by the one before.
        getattr(quantities, "_NUMBER_STARTS", {}).clear()
        getattr(features, "_WORDS", {}).clear()
        getattr(nlp, "_WORD_COLUMNS", {}).clear()
        getattr(nlp, "_WORD_TESTS", {}).clear()
        getattr(opinions, "_MAIN_VERBS", {}).clear()

    clear()
    started = time.process_time()
    for event in events:
        compare.compare(event)
    cpu = time.process_time() - started
    words = sum(len(t.split()) for t in texts)
    print(f"{len(events)} events, {len(texts)} articles, {words:,} words")
    print(f"compare with every parse cached: {cpu:.2f} s CPU ({words / cpu:,.0f} words/s)")

    clear()
    profile = cProfile.Profile()
    profile.enable()
    for event in events:
        compare.compare(event)
    profile.disable()
    if args.save:
        profile.dump_stats(args.save)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    return 0


def fixture_events() -> list[list[Article]]:
    """The test fixtures' events, one article per text file, its outlet named after the file."""
    from reader.core.model import Article

    root = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "events"
    return [
        [Article(f.stem, f.stem, f.read_text(encoding="utf-8")) for f in sorted(d.glob("*.txt"))]
        for d in sorted(root.iterdir())
        if d.is_dir()
    ]


if __name__ == "__main__":
    raise SystemExit(main())
