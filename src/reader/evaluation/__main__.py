"""``python -m reader.evaluation [DATASET ...]``: score the engine, each figure beside its baseline.

Data sets come from :data:`reader.evaluation.DATASETS`; each module is imported only when run, so
one data set's heavy set-up never slows another. Missing data skips cleanly (exit 0).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.evaluation import DATASETS, default_eval_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader.evaluation",
        description="Score Parallax Reader on the development sets in ../shared/eval.",
    )
    parser.add_argument(
        "datasets",
        nargs="*",
        metavar="DATASET",
        help=f"data sets to run (default: all of {', '.join(DATASETS)})",
    )
    parser.add_argument("--eval-dir", type=Path, default=None, help="default: ../shared/eval")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write results")
    for module_name, _ in DATASETS.values():
        module = importlib.import_module(module_name)
        add = getattr(module, "add_arguments", None)
        if add is not None:
            add(parser)
    return parser


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def print_table(name: str, result: dict[str, Any]) -> None:
    print(f"\n## {name}: {DATASETS[name][1]}")
    if "skipped" in result:
        print(f"skipped: {result['skipped']}")
        return
    for k, v in result.items():
        if k not in ("rows", "refit"):
            print(f"{k}: {_fmt(v)}")
    print(f"| {'metric':<22} | engine | baseline | ratio |")
    print(f"|{'-' * 24}|--------|----------|-------|")
    for row in result.get("rows", ()):
        e, b = row["engine"], row["baseline"]
        ratio = f"{e / b:.2f}" if isinstance(b, float) and b else "-"
        print(f"| {row['metric']:<22} | {_fmt(e):>6} | {_fmt(b):>8} | {ratio:>5} |")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    names = args.datasets or list(DATASETS)
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        print(
            f"unknown data set(s): {', '.join(unknown)}; known: {', '.join(DATASETS)}",
            file=sys.stderr,
        )
        return 2
    eval_dir = args.eval_dir or default_eval_dir()
    results: dict[str, Any] = {}
    for name in names:
        module = importlib.import_module(DATASETS[name][0])
        if not eval_dir.exists() and getattr(module, "NEEDS_EVAL_DIR", True):
            results[name] = {"skipped": f"{eval_dir} is not present"}
        else:
            started = time.perf_counter()
            results[name] = module.run(eval_dir, args)
            results[name].setdefault("seconds", round(time.perf_counter() - started, 1))
        print_table(name, results[name])
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
