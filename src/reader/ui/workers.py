"""Background work on a QThreadPool: reading files, fetching a page, running the analysis.

A worker is a QRunnable that calls a plain function with two callbacks, ``progress(label,
fraction)``
and ``cancelled()``, and reports through the signals of a QObject living on the UI thread. The
engine
never sees Qt; the UI never blocks.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.core.errors import ReaderError

Job = Callable[[Callable[[str, float], None], Callable[[], bool]], Any]


class WorkerSignals(QObject):
    """Signals of one job. ``finished`` carries the result; exactly one of
    finished/failed/cancelled.
    """

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str, str)  # one-line message for the user, full report for the crash dialog
    cancelled = Signal()


class Worker(QRunnable):
    """Runs ``job`` off the UI thread; ``cancel()`` asks it to stop at its next checkpoint."""

    def __init__(self, job: Job, name: str = "job") -> None:
        super().__init__()
        self.job = job
        self.name = name
        self.signals = WorkerSignals()
        self._cancel = False
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it under us

    def cancel(self) -> None:
        self._cancel = True

    @property
    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        job, self.job = self.job, _spent
        # The job is dropped before it runs: its closure holds the articles, and the pool's and the
        # controller's slots (lambdas holding this worker, connected on the C++ side) keep the
        # worker alive after it finishes, which the garbage collector cannot see. Without this,
        # every analysis leaked its articles (benchmarks/soak.py).
        try:
            result = job(self._progress, lambda: self._cancel)
        except BaseException as exc:
            if _is_cancel(exc):
                self.signals.cancelled.emit()
            elif isinstance(exc, ReaderError):
                self.signals.failed.emit(exc.message, "")
            elif isinstance(exc, Exception):  # a bug: the UI shows the report and keeps running
                self.signals.failed.emit(
                    f"{self.name} failed: {type(exc).__name__}: {exc}", traceback.format_exc()
                )
            else:
                raise
        else:
            if self._cancel:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)

    def _progress(self, label: str, fraction: float) -> None:
        if self._cancel:
            raise WorkerCancelled
        self.signals.progress.emit(label, float(fraction))


def _spent(progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> Any:
    """What a worker holds once its job has run (a worker runs once)."""
    raise RuntimeError("this worker has already run")


class WorkerCancelled(Exception):
    """Raised from a job's progress callback once the user pressed Cancel."""


def _is_cancel(exc: BaseException) -> bool:
    # compare() raises its own Cancelled; matching by name keeps this module importable without it.
    return isinstance(exc, WorkerCancelled) or type(exc).__name__ == "Cancelled"


class WorkerPool(QObject):
    """Keeps running workers alive and starts them on a dedicated thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[Worker] = set()

    def start(self, worker: Worker) -> Worker:
        self._running.add(worker)
        for sig in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            sig.connect(lambda *_, w=worker: self._running.discard(w))
        self.pool.start(worker)
        return worker

    def cancel_all(self) -> None:
        for w in list(self._running):
            w.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)
