"""How fast the aligned view shows and scrolls a large comparison (10 articles x 100 claims).

A synthetic comparison is built by hand (every cell different text, two flags and a word difference
per cell), so the figure measures the view alone: building the table, laying out and sizing every
row,
and painting the whole table by scrolling through it once. Runs offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_aligned_bench.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Claim,
    Comparison,
    DiffSpan,
    Flag,
    Generator,
)
from reader.ui.app import build

N_ARTICLES = 10
N_CLAIMS = 100


def synthetic() -> Comparison:
    articles = []
    claims: dict[str, tuple[Claim, ...]] = {}
    flags = []
    members: list[list[AlignmentMember]] = [[] for _ in range(N_CLAIMS)]
    diffs: list[dict[str, tuple[DiffSpan, ...]]] = [{} for _ in range(N_CLAIMS)]
    for a in range(N_ARTICLES):
        aid = f"a{a}"
        parts = []
        pos = 0
        cl = []
        for k in range(N_CLAIMS):
            s = (
                f"Outlet {a} reports in claim {k} that the council approved the harbour levy after"
                " a"
                f" long and bitter debate, and that critics called the vote number {k} a disgrace."
            )
            cl.append(Claim(f"{aid}-c{k}", aid, pos, pos + len(s), s, k))
            w = s.index("bitter")
            flags.append(
                Flag(f"{aid}-f{k}a", aid, pos + w, pos + w + 6, "bitter", "loaded", "Emotive.")
            )
            d = s.index("disgrace")
            flags.append(
                Flag(f"{aid}-f{k}b", aid, pos + d, pos + d + 8, "disgrace", "label", "A label.")
            )
            members[k].append(AlignmentMember(aid, f"{aid}-c{k}", pos, pos + len(s)))
            diffs[k][aid] = (DiffSpan(pos, pos + 9, "changed"),)
            parts.append(s)
            pos += len(s) + 1
        articles.append(Article(aid, f"Outlet {a}", " ".join(parts), title=f"Title {a}"))
        claims[aid] = tuple(cl)
    groups = tuple(Alignment(f"g{k}", 0.9, tuple(members[k]), diffs[k]) for k in range(N_CLAIMS))
    return Comparison(tuple(articles), claims, groups, tuple(flags), Generator("bench", "0"))


def main() -> int:
    comp = synthetic()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        _app, win, _controller, _theme = build(headless=True, settings=settings)
        win.resize(1400, 900)
        win.show()
        QApplication.processEvents()
        t0 = time.perf_counter()
        win.show_comparison(comp)
        QApplication.processEvents()
        shown = time.perf_counter() - t0
        view = win.aligned
        bar = view.verticalScrollBar()
        t1 = time.perf_counter()
        steps = 0
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + view.viewport().height())
            view.viewport().repaint()
            steps += 1
        scrolled = time.perf_counter() - t1
        t2 = time.perf_counter()
        win.apply_font_size(win.font_size + 2)
        QApplication.processEvents()
        zoomed = time.perf_counter() - t2
        cells = N_ARTICLES * N_CLAIMS
        print(
            f"aligned view, {N_ARTICLES} articles x {N_CLAIMS} claims ({cells} cells,"
            f" {len(comp.flags)} flags)"
        )
        print(f"  show and size every row: {shown:.2f} s")
        print(
            f"  paint the whole table by pages: {scrolled:.2f} s for {steps} pages"
            f" ({1000 * scrolled / max(steps, 1):.1f} ms a page)"
        )
        print(f"  zoom in (re-lay out every cell): {zoomed:.2f} s")
        win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
