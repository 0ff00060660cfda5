"""Start-up time: from launching the app to its first window, and to the demo event analysed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py          # 5 runs
    .venv/bin/python benchmarks/startup.py --runs 10 --json out.json

Each run is a fresh interpreter (what a user's double-click costs, minus the installer's unpacking):
the parent starts the clock before ``Popen`` and reads two marker lines the child prints, one when
the main window has been shown and painted once, one when the bundled demo event has been analysed
and is on screen. The child uses a scratch library and settings, so no earlier cache helps; a
second pass reuses the library, so the demo comes from the comparison cache as it does for a
returning user. Figures are medians. Each marker line also carries the child's CPU seconds so far
(all its threads): on a shared machine wall time stretches with other jobs, CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reader.ui.app import build, wait_until
folder = Path(sys.argv[1])
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
app, window, controller, theme = build(settings=settings)
window.resize(1280, 800)
window.show()
QApplication.processEvents()
window.repaint()
print("WINDOW", time.process_time(), flush=True)
controller.open_demo(force=True)
if not wait_until(lambda: window.comparison is not None, 120):
    print("TIMEOUT", flush=True)
    raise SystemExit(1)
QApplication.processEvents()
print("DEMO", time.process_time(), flush=True)
controller.pool.wait(5000)
"""


def one_run(folder: Path) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["READER_LIBRARY"] = str(folder / "library.sqlite")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, float] = {}
    cpu: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word, *rest = line.split() or [""]
        if word in ("WINDOW", "DEMO", "TIMEOUT"):
            marks[word] = time.perf_counter() - started
            if rest:
                cpu[word] = float(rest[0])
    proc.wait()
    if "TIMEOUT" in marks or "DEMO" not in marks:
        raise SystemExit("the demo event did not open within 120 s")
    return {
        "window": marks["WINDOW"],
        "demo": marks["DEMO"],
        "window cpu": cpu["WINDOW"],
        "demo cpu": cpu["DEMO"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    cold: list[dict[str, float]] = []
    warm: list[dict[str, float]] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="reader-startup-") as tmp:
            cold.append(one_run(Path(tmp)))
            warm.append(one_run(Path(tmp)))  # same library: the demo comes from the cache
    result = {
        "runs": args.runs,
        "first window s (median)": statistics.median(r["window"] for r in cold),
        "demo analysed, new library s (median)": statistics.median(r["demo"] for r in cold),
        "first window, returning user s (median)": statistics.median(r["window"] for r in warm),
        "demo from the cache s (median)": statistics.median(r["demo"] for r in warm),
        "first window CPU s (median)": statistics.median(r["window cpu"] for r in cold),
        "demo analysed, new library CPU s (median)": statistics.median(r["demo cpu"] for r in cold),
        "demo from the cache CPU s (median)": statistics.median(r["demo cpu"] for r in warm),
    }
    for k, v in result.items():
        print(f"{k}: {v:.2f}" if isinstance(v, float) else f"{k}: {v}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
