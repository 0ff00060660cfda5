"""Soak: open and close many comparisons in the real window and check memory returns to its level.

Each cycle does what a user does: opens three articles in the window (they are stored in a scratch
library, analysed by the real engine on the worker pool, and shown), looks at the aligned, reading
and overview views (each is painted), selects a few rows, then closes the comparison. Every cycle's
texts differ (a numbered update paragraph), so nothing comes from the comparison cache and each
cycle really parses, aligns and flags.

RSS (resident memory now, not the peak) is printed after a warm-up (models loaded, caches filled),
then every 10 cycles, and the ratio after/before. spaCy parses are kept in a bounded cache
(``reader.core.nlp``, 256 documents) by design; the soak empties it after each close, so growth in
the figures is retention the app does not mean to have. ``gc.collect()`` and glibc's
``malloc_trim(0)`` run before each reading, so freed memory the allocator still holds is not
counted as a leak.

The library keeps every article opened (that is its job), so its rows and the sidebar listing
them grow with each cycle; ``--forget`` deletes each event and its articles after closing it, so
what remains is growth the app should not have.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py [CYCLES] [--forget]
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader.core import nlp
from reader.core.ingest import article_from_text, read_article
from reader.core.model import Article
from reader.ui.app import build, wait_until

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
SOURCES = ("harbour-voice.html", "northline-press.txt", "westhaven-courier.html")
WARM_UP = 5


def rss_mb() -> float:
    """Resident set size now, from /proc (Linux); after a collection and an allocator trim."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def variants(base: list[Article], cycle: int) -> list[Article]:
    """The demo articles with one extra paragraph each, so every cycle is a new comparison."""
    return [
        article_from_text(
            f"{a.text}\n\nIn update {cycle}, officials said the figures for week {cycle} would be "
            f"published on the council website by {a.outlet}.",
            outlet=a.outlet,
            title=a.title,
        )
        for a in base
    ]


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cycles = int(args[0]) if args else 50
    forget = "--forget" in sys.argv
    base = [read_article(DEMO / name) for name in SOURCES]
    with tempfile.TemporaryDirectory(prefix="reader-soak-") as tmp:
        from reader.store import Library

        library = Library.open(Path(tmp) / "library.sqlite")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        _app, window, controller, _theme = build(headless=True, library=library, settings=settings)
        window.resize(1400, 900)
        window.show()

        def one_cycle(n: int) -> None:
            controller.add_articles(variants(base, n))
            if not wait_until(lambda: not controller.busy, 300):
                raise SystemExit("the analysis did not finish")
            if controller.comparison is None:
                raise SystemExit(f"cycle {n}: no comparison")
            for view in ("aligned", "reading", "overview"):
                window.set_view(view)
                QApplication.processEvents()
                window.grab()
            for row in range(min(5, window.aligned.model().rowCount())):
                window.aligned.select_row(row)
            QApplication.processEvents()
            event_id = controller.event_id
            controller.clear()
            if forget and event_id is not None:  # the user deletes the event and its articles
                for article in library.event_articles(event_id):
                    library.remove_article(article.id)
                library.remove_event(event_id)
                controller.libraryChanged.emit()
            QApplication.processEvents()
            nlp.clear_cache()

        for n in range(WARM_UP):
            one_cycle(-n - 1)
        before = rss_mb()
        print(f"after warm-up ({WARM_UP} comparisons): {before:7.1f} MB")
        started = time.perf_counter()
        for n in range(1, cycles + 1):
            one_cycle(n)
            if n % 10 == 0 or n == cycles:
                print(f"after {n:3d} more comparisons:   {rss_mb():7.1f} MB")
        seconds = time.perf_counter() - started
        after = rss_mb()
        print(
            f"{cycles} open/close cycles in {seconds:.1f} s ({seconds / cycles:.2f} s each); "
            f"RSS {before:.1f} -> {after:.1f} MB, ratio {after / before:.3f} "
            f"({(after - before) / cycles * 1024:+.0f} KB per comparison)"
        )
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
