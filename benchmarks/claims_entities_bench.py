"""Cost of claims, attribution and entity labelling against the spaCy parse they read.

Both stages work from the parse the comparison already made, so their cost should be a small
fraction of it. This script parses N distinct copies of an article (the seed by default; each copy
gets a numbered line so the parse cache cannot help), then times ``extract_claims`` on every copy
and one ``label_entities`` over all of them, and prints the ratio to the bare parse.

    .venv/bin/python benchmarks/claims_entities_bench.py [ARTICLE.txt] [--copies 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reader.core import nlp
from reader.core.claims import extract_claims
from reader.core.entities import label_entities
from reader.core.model import Article

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_4aa2d4bfa08ecdd9.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    text = args.article.read_text(encoding="utf-8")
    texts = [f"Copy {i}.\n\n{text}" for i in range(args.copies)]
    articles = [Article(id=f"a{i}", outlet="Bench", text=t) for i, t in enumerate(texts)]
    model = nlp.get_nlp()
    model("warm up")  # the first call allocates; keep it out of the figures

    parse_times: list[float] = []
    stage_times: list[float] = []
    claims_n = entities_n = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(model.pipe(texts, batch_size=32))
        parse_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        claims_n = sum(len(extract_claims(a, d)) for a, d in zip(articles, docs, strict=True))
        entities_n = len(label_entities(articles, docs))
        stage_times.append(time.perf_counter() - t0)

    words = sum(len(t.split()) for t in texts)
    parse_s, stage_s = min(parse_times), min(stage_times)
    print(f"texts: {args.copies} x {len(text.split())} words = {words} words")
    print(f"claims: {claims_n}, entities: {entities_n}")
    print(f"spaCy parse:               {parse_s:.3f} s ({words / parse_s:,.0f} words/s)")
    print(f"claims + entities:         {stage_s:.3f} s")
    print(f"ratio (claims+entities / parse): {stage_s / parse_s:.3f}")


if __name__ == "__main__":
    main()
