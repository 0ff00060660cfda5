"""How long the Overview tab takes to fill: the demo event, and a large synthetic comparison.

The figure is the time of ``OverviewView.set_comparison`` plus one event-loop pass (so layout and
the chart's first paint are included), averaged over several fills. The core tables
(``build_overview``) are timed alone too, so the Qt share is visible. Runs offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_overview_bench.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from reader.core.compare import compare
from reader.core.ingest import read_article
from reader.core.model import Comparison
from reader.core.overview import build_overview
from reader.ui.overview import OverviewView

ROOT = Path(__file__).resolve().parent.parent
DEMO = ("harbour-voice.html", "northline-press.txt", "westhaven-courier.html")
REPEAT = 10


def demo() -> Comparison:
    arts = [read_article(ROOT / "resources" / "demo" / name) for name in DEMO]
    return compare([a.with_fields(id=f"a{i}") for i, a in enumerate(arts)])


def synthetic() -> Comparison:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ui_aligned_bench import synthetic as make  # 10 articles x 100 claims, built by hand

    comp: Comparison = make()
    return comp


def measure(app: QApplication, name: str, comp: Comparison) -> None:
    view = OverviewView()
    view.resize(1200, 900)
    view.show()
    t = time.perf_counter()
    for _ in range(REPEAT):
        build_overview(comp)
    core = (time.perf_counter() - t) / REPEAT
    t = time.perf_counter()
    for _ in range(REPEAT):
        view.set_comparison(comp)
        app.processEvents()
    fill = (time.perf_counter() - t) / REPEAT
    rows = view.coverage_table.rowCount()
    print(
        f"{name}: {len(comp.articles)} articles, {rows} coverage rows, {len(comp.flags)} flags:"
        f" fill {fill * 1000:.0f} ms (core tables {core * 1000:.0f} ms)"
    )
    view.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    measure(app, "demo event", demo())
    measure(app, "synthetic", synthetic())


if __name__ == "__main__":
    main()
