"""Library speed on a big synthetic library: adding, listing, searching, exporting, importing.

Run: ``.venv/bin/python benchmarks/library_bench.py [N_ARTICLES]`` (default 2,000). Articles are
made by shuffling the demo event's sentences, so they are article-sized (about 400 words) and share
vocabulary like real coverage of related events. Figures go to stdout; nothing is asserted.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reader.core.model import Article
from reader.store import Library
from reader.store.demo import load_demo

QUERIES = (
    "congestion charge",
    "Okafor",
    "judicial review",
    "cash grab",
    "nitrogen dioxide",
    "buses cycle lanes",
    "protest*",
    '"so-called" AND NEAR(',
    "Zürich",
    "chamber commerce survey retailers",
)


def synthetic_articles(n: int) -> list[Article]:
    _, demo = load_demo()
    sentences = [s for a in demo for s in re.split(r"(?<=[.!?])\s+", a.text) if s.strip()]
    rng = random.Random(7)
    out = []
    for i in range(n):
        picked = rng.sample(sentences, k=min(22, len(sentences)))
        text = f"Report number {i}. " + " ".join(picked)
        out.append(Article(id="x", outlet=f"Outlet {i % 40}", text=text, title=f"Story {i}"))
    return out


def main(n: int) -> None:
    articles = synthetic_articles(n)
    words = sum(a.word_count for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        with Library.open(path) as lib:
            start = time.perf_counter()
            for i, art in enumerate(articles):
                lib.add_article(art, event=f"Event {i % 50}")
            add_s = time.perf_counter() - start

            start = time.perf_counter()
            records = lib.articles()
            list_s = time.perf_counter() - start

            timings = []
            for q in QUERIES:
                for _ in range(5):
                    t = time.perf_counter()
                    lib.search(q)
                    timings.append(time.perf_counter() - t)

            export = Path(tmp) / "export.json"
            start = time.perf_counter()
            lib.export_library(export)
            export_s = time.perf_counter() - start
            start = time.perf_counter()
            problems = lib.check()
            check_s = time.perf_counter() - start
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite*")) / 1e6

        start = time.perf_counter()
        with Library.open(Path(tmp) / "other.sqlite") as other:
            other.import_library(export)
        import_s = time.perf_counter() - start

        start = time.perf_counter()
        Library.open(path).close()
        open_s = time.perf_counter() - start

    print(f"articles: {n} ({words} words), library file {size_mb:.1f} MB")
    print(f"add (one transaction each, synchronous=FULL): {n / add_s:.0f} articles/s")
    print(f"list all: {list_s * 1000:.0f} ms for {len(records)} records")
    print(
        f"search: median {statistics.median(timings) * 1000:.1f} ms,"
        f" max {max(timings) * 1000:.1f} ms over {len(timings)} queries"
    )
    print(f"export: {export_s:.2f} s, import into an empty library: {import_s:.2f} s")
    print(f"full check: {check_s:.2f} s ({'ok' if not problems else problems[:3]})")
    print(f"reopen (quick_check, migrations, daily backup): {open_s * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
