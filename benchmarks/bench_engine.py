"""Speed and memory of the analysis engine, each against a bare spaCy parse of the same texts.

    .venv/bin/python benchmarks/bench_engine.py            # all cases
    .venv/bin/python benchmarks/bench_engine.py --cases 2x1000 batch150

Cases: one comparison of 2 x 1,000, 10 x 3,000 and 50 x 3,000 words; one article of 80,000 words
(about the 500,000 characters the app accepts, where work done once per name grew out of hand);
the alignment stage alone on 10 articles of 100 sentences (the interactive target is < 1 s);
``reader batch`` over 150 articles (50 events of three outlets), in-process and with
``--workers 2``. Each case runs in a fresh process so its peak RSS is its own. The baseline is
``list(nlp.pipe(texts))`` on the same texts in the same process, after the models are loaded
(ratio = case time / bare parse time). In the batch cases the bare parse is timed on its second
pass over the texts, as the batch parses them after it (see docs/PERFORMANCE.md, "Stop 39 batch
costs").

Texts: real news from ``../shared/eval`` (BASIL and PTC articles) when present; otherwise articles
recombined from a few paragraphs written for this script. Nothing from the data sets is stored.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"

CASES = ("2x1000", "10x3000", "50x3000", "1x80000", "align10x100", "batch150", "batch150-w2")

_PARAGRAPHS = (
    "The regional council voted on Tuesday to introduce a charge for cars entering the city "
    "centre. Drivers will pay nine dollars a day from March, and residents inside the zone will "
    "receive a discount. Council officials said the money would pay for buses and cycle lanes.",
    "Opposition leaders called the measure a tax on working people and promised to challenge it "
    "in court. Business groups were divided: some shop owners warned that customers would stay "
    "away, while others said cleaner streets would bring more visitors on foot.",
    "A study commissioned by the council projects that traffic will fall by about a fifth in the "
    "first year. Doctors have long warned about air pollution near schools, and a letter signed "
    "by more than a hundred of them urged councillors to act before the winter.",
    "About two hundred people gathered outside the building during the debate. Police said the "
    "protest was peaceful and that no arrests were made. The mayor thanked both sides for a "
    "serious discussion and said the scheme would be reviewed after twelve months.",
    "Storms cut power to thousands of homes in the north of the county overnight. Engineers "
    "worked through the morning to restore supplies, and the utility said most customers would "
    "be reconnected by the evening. Schools in three villages stayed closed.",
)


def _real_texts() -> list[str]:
    texts: list[str] = []
    basil = EVAL / "basil-dev.jsonl"
    if basil.exists():
        for line in basil.read_text(encoding="utf-8").splitlines():
            texts.extend(a["text"] for a in json.loads(line)["articles"].values())
    ptc = EVAL / "ptc" / "articles"
    if ptc.is_dir():
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(ptc.glob("*.txt")))
    return [t for t in texts if len(t.split()) > 100]


def _synthetic_text(rng: random.Random, words: int) -> str:
    sentences = [s.strip() + "." for p in _PARAGRAPHS for s in p.split(".") if s.strip()]
    out: list[str] = []
    n = 0
    while n < words:
        s = rng.choice(sentences)
        out.append(s)
        n += len(s.split())
    return " ".join(out)


def make_articles(count: int, words: int, seed: int = 0) -> list[str]:
    """``count`` texts of about ``words`` words each, each a different stretch of news."""
    rng = random.Random(seed)
    real = _real_texts()
    if not real:
        return [_synthetic_text(rng, words) for _ in range(count)]
    rng.shuffle(real)
    out: list[str] = []
    pool = iter(real * 20)
    for _ in range(count):
        parts: list[str] = []
        n = 0
        while n < words:
            t = next(pool)
            parts.append(t)
            n += len(t.split())
        out.append(" ".join(" ".join(parts).split(" ")[:words]))
    return out


def batch_events() -> list[dict[str, Any]]:
    """50 events of three articles: BASIL's dev events when present, else synthetic ones."""
    basil = EVAL / "basil-dev.jsonl"
    events: list[dict[str, Any]] = []
    if basil.exists():
        for i, line in enumerate(basil.read_text(encoding="utf-8").splitlines()):
            d = json.loads(line)
            events.append(
                {
                    "id": f"e{i}",
                    "articles": [
                        {"id": f"e{i}-{k}", "outlet": k, "text": a["text"]}
                        for k, a in d["articles"].items()
                    ],
                }
            )
        return events
    rng = random.Random(1)
    for i in range(50):
        events.append(
            {
                "id": f"e{i}",
                "articles": [
                    {"id": f"e{i}-{k}", "outlet": k, "text": _synthetic_text(rng, 600)}
                    for k in ("a", "b", "c")
                ],
            }
        )
    return events


_CPU: dict[str, float] = {}


def _timed(fn: Callable[[], object], label: str = "") -> float:
    """Wall time of ``fn()``; its CPU time (all threads of this process) goes to ``_CPU[label]``.

    On a shared machine the CPU-time ratio is the steadier figure: other processes stretch wall
    time but not the CPU time this process spends.
    """
    c, t = time.process_time(), time.perf_counter()
    fn()
    if label:
        _CPU[label] = time.process_time() - c
    return time.perf_counter() - t


def _bare_parse(texts: list[str]) -> None:
    """spaCy's own pipes over ``texts``, the figure every ratio divides by."""
    from reader.core import nlp

    with nlp.bare_model() as model:
        list(model.pipe(texts, batch_size=32))


def run_case(name: str) -> dict[str, Any]:
    """Run one case in this process and return its figures."""
    from reader.core import align, compare, nlp
    from reader.core.model import Article

    nlp.get_nlp()
    nlp.get_embedder()
    nlp.embed(["warm up"])
    nlp.parse("Warm up the pipeline.")

    if name.startswith("batch150"):
        from reader.commands import batch

        events = batch_events()
        texts = [a["text"] for e in events for a in e["articles"]]
        # The first parse of these texts in a process costs 10-20% more CPU than the next (spaCy
        # adds every new word to its vocabulary once). Timed first, the bare parse paid that and
        # the batch after it did not; an untimed pass first puts both on the same footing.
        _bare_parse(texts)
        bare = _timed(lambda: _bare_parse(texts), "bare")
        nlp.clear_cache()
        workers = 2 if name.endswith("w2") else 1
        with tempfile.TemporaryDirectory() as tmp:
            src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
            src.write_text("\n".join(json.dumps(e) for e in events) + "\n", encoding="utf-8")
            args = argparse.Namespace(input=src, output=dst, workers=workers, chunk=8)
            # Progress lines are not part of the figure.
            with contextlib.redirect_stderr(io.StringIO()):
                elapsed = _timed(lambda: batch.run(args), "case")
            records = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines() if x]
            errors = sum("error" in r for r in records)  # error records, not texts saying "terror"
        words = sum(len(t.split()) for t in texts)
        return {
            "case": name,
            "articles": len(texts),
            "words": words,
            "seconds": elapsed,
            "bare_parse": bare,
            "ratio": elapsed / bare,
            "articles_per_s": len(texts) / elapsed,
            "words_per_s": words / elapsed,
            "errors": errors,
            # Worker processes' CPU time is not this process's: no CPU ratio with --workers 2.
            **({"cpu_ratio": _CPU["case"] / _CPU["bare"]} if workers == 1 else {}),
        }

    if name == "align10x100":
        texts = make_articles(10, 2000, seed=3)
        docs = nlp.parse_many(texts)
        articles = [Article(id=f"a{i}", outlet=f"O{i}", text=t) for i, t in enumerate(texts)]
        from reader.core.claims import extract_claims

        claims = {a.id: extract_claims(a, d)[:100] for a, d in zip(articles, docs, strict=True)}
        n_claims = sum(len(c) for c in claims.values())
        align.align(articles, claims, docs)  # warm (embedder caches)
        runs = []
        for _ in range(3):
            wall = _timed(lambda: align.align(articles, claims, docs), "case")
            runs.append((wall, _CPU["case"]))
        wall, cpu = min(runs)
        return {"case": name, "claims": n_claims, "seconds": wall, "cpu_seconds": cpu}

    count, words = (int(x) for x in name.split("x"))
    texts = make_articles(count, words)
    bare = _timed(lambda: _bare_parse(texts), "bare")
    nlp.clear_cache()
    articles = [Article(id=f"a{i}", outlet=f"Outlet {i}", text=t) for i, t in enumerate(texts)]
    stages: dict[str, float] = {}
    last = [time.perf_counter(), ""]

    def progress(label: str, _done: float) -> None:
        now = time.perf_counter()
        if last[1]:
            # a stage reports more than once (the parse, piece by piece): its time is the sum
            stages[str(last[1])] = stages.get(str(last[1]), 0.0) + now - float(last[0])
        last[0], last[1] = now, label

    elapsed = _timed(lambda: compare.compare(articles, progress=progress), "case")
    return {
        "case": name,
        "articles": count,
        "words": sum(len(t.split()) for t in texts),
        "seconds": elapsed,
        "bare_parse": bare,
        "ratio": elapsed / bare,
        "stages": {k: round(v, 3) for k, v in stages.items()},
        "cpu_ratio": _CPU["case"] / _CPU["bare"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=CASES)
    parser.add_argument("--one", choices=CASES, help=argparse.SUPPRESS)  # child-process mode
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.one:
        result = run_case(args.one)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return 0
    source = "../shared/eval (BASIL, PTC)" if _real_texts() else "synthetic paragraphs"
    print(f"texts: {source}; python {sys.version.split()[0]}")
    results = []
    for case in args.cases:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", case],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"{case}: failed\n{proc.stderr}", file=sys.stderr)
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(r)
        ratio = f"{r['ratio']:.2f}x" if "ratio" in r else "-"
        cpu = f"{r['cpu_ratio']:.2f}x" if "cpu_ratio" in r else "-"
        bare = f"{r['bare_parse']:.2f}" if "bare_parse" in r else "-"
        extra = ""
        if "words_per_s" in r:
            extra = f"  {r['articles_per_s']:.1f} articles/s, {r['words_per_s']:.0f} words/s"
        if "claims" in r:
            extra = f"  {r['claims']} claims, {r['cpu_seconds']:.2f} s CPU"
        if "stages" in r:
            extra = "  " + ", ".join(f"{k}: {v:.2f}" for k, v in r["stages"].items())
        print(
            f"{case:<12} {r['seconds']:8.2f} s  bare parse {bare:>6} s  ratio {ratio:>6}"
            f" (CPU {cpu:>6})"
            f"  peak RSS {r['peak_rss_mb']:.0f} MB{extra}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
