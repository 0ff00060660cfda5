"""Throughput of ``reader batch`` on one machine and on a local Dask cluster, same input.

    .venv/bin/python benchmarks/bench_batch_dask.py                 # all three set-ups
    .venv/bin/python benchmarks/bench_batch_dask.py --runs w1 dask2

Input: 50 events of three articles (150 articles) built by ``bench_engine.batch_events`` (BASIL's
dev events when ``../shared/eval`` is present, else synthetic news), written to a temporary file
only. Each set-up runs ``reader batch`` in a fresh process, so start-up (loading the models, and
starting the cluster for Dask) is part of the wall time, as it is for a user; "processing" is the
time the command's own progress line reports (from the first chunk sent to the last line written).
Memory is sampled every 0.2 s over the run's process tree: the largest single process (a worker,
or the only process with ``--workers 1``) and the largest sum over all of them. The bare parse is
``list(nlp.pipe(texts))`` on the same texts in a fresh process, models loaded first. "CPU s" is
the user + system time of the whole process tree (every worker included): on a shared machine it
moves far less than wall time, so it is the fairer figure of what each set-up costs.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import batch_events

RUNS: dict[str, list[str]] = {
    "w1": ["--workers", "1"],
    "w2": ["--workers", "2"],
    "dask2": ["--dask", "local", "--workers", "2"],
}

_BARE = """
import json, sys, time
from reader.core import nlp
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
texts = [a["text"] for e in events for a in e["articles"]]
with nlp.bare_model() as pipe:
    pipe("Warm up the pipeline.")
    t = time.perf_counter()
    list(pipe.pipe(texts, batch_size=32))
print(f"{time.perf_counter() - t:.3f}")
"""


def bare_parse(src: Path) -> float:
    """Seconds for a bare spaCy parse of the texts, in a fresh process (models loaded first)."""
    out = subprocess.run(
        [sys.executable, "-c", _BARE, str(src)], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def run_one(name: str, src: Path, dst: Path) -> dict[str, float | str]:
    """Run one set-up, sampling the memory of its process tree every 0.2 s."""
    import psutil  # comes with distributed

    cmd = [sys.executable, "-m", "reader", "batch", str(src), "-o", str(dst), *RUNS[name]]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak_one = peak_tree = 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            rss = [p.memory_info().rss for p in tree]
        except psutil.Error:
            rss = []
        if rss:
            peak_one, peak_tree = max(peak_one, max(rss)), max(peak_tree, sum(rss))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    err = proc.stderr.read() if proc.stderr else ""
    processing = [float(s) for s in re.findall(r"errors, ([\d.]+) s", err)]
    return {
        "run": name,
        "exit": proc.returncode,
        "wall_s": wall,
        "cpu_s": cpu,
        "processing_s": processing[-1] if processing else float("nan"),
        "peak_process_mib": peak_one / 2**20,
        "peak_total_mib": peak_tree / 2**20,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    args = parser.parse_args(argv)

    events = batch_events()
    texts = [a["text"] for e in events for a in e["articles"]]
    words = sum(len(t.split()) for t in texts)
    outputs: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("\n".join(json.dumps(e) for e in events) + "\n", encoding="utf-8")
        bare = bare_parse(src)
        print(f"input: {len(events)} events, {len(texts)} articles, {words:,} words")
        print(f"bare spaCy parse in one process: {bare:.1f} s ({words / bare:,.0f} words/s)")
        print(
            f"{'run':<7}{'wall s':>8}{'CPU s':>8}{'proc. s':>9}{'art./s':>8}{'words/s':>9}"
            f"{'x bare':>8}{'max proc MiB':>14}{'all procs MiB':>15}"
        )
        for name in args.runs:
            dst = Path(tmp) / f"{name}.jsonl"
            r = run_one(name, src, dst)
            outputs[name] = dst.read_bytes()
            wall = float(r["wall_s"])
            print(
                f"{name:<7}{wall:>8.1f}{float(r['cpu_s']):>8.1f}{float(r['processing_s']):>9.1f}"
                f"{len(texts) / wall:>8.2f}{words / wall:>9,.0f}{wall / bare:>8.2f}"
                f"{float(r['peak_process_mib']):>14.0f}{float(r['peak_total_mib']):>15.0f}"
                + ("" if r["exit"] == 0 else f"  exit {r['exit']}")
            )
    same = len(set(outputs.values())) == 1
    print(f"outputs identical across runs: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
