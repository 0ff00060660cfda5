"""Resilience in the app (issue 8): one bad article, a failing analysis or an unexpected exception
never costs the user what is already open, and never shows a traceback instead of a dialog.

The real window, controller, worker pool, engine and library are used; only the modal dialogs are
replaced by recorders (a modal ``exec`` would block the test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from reader.core.errors import ReaderInputError
from reader.ui.app import CrashHandler
from reader.ui.dialogs import CrashDialog
from ui_sample import BAY, COAST, HARBOUR, make_window, recording_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    return recording_window(qtbot, tmp_path, monkeypatch)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def analysed(qtbot: Any, window: Any, outlets: int) -> Any:
    controller = window.controller
    qtbot.waitUntil(
        lambda: (
            controller.comparison is not None
            and len(controller.comparison.articles) == outlets
            and not controller.busy
        ),
        timeout=120_000,
    )
    return controller.comparison


def test_one_unreadable_file_keeps_the_others(qtbot: Any, window: Any, tmp_path: Path) -> None:
    good = [write(tmp_path, "harbour.txt", HARBOUR), write(tmp_path, "coast.txt", COAST)]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")  # no pages, no text
    window.open_paths([good[0], scan, good[1]])
    comparison = analysed(qtbot, window, 2)
    assert [a.outlet for a in comparison.articles] == ["harbour", "coast"]  # named after the files
    assert window.stack.currentWidget() is window.tabs
    assert window.aligned.model().rowCount() > 0
    assert len(window.failure_log) == 1
    [(name, reason)] = window.failure_log[0]
    assert Path(name).name == "scan.pdf"
    assert reason and "\n" not in reason and "Traceback" not in reason


def _load_first_comparison(qtbot: Any, window: Any, tmp_path: Path) -> Any:
    window.open_paths(
        [write(tmp_path, "harbour.txt", HARBOUR), write(tmp_path, "coast.txt", COAST)]
    )
    comparison = analysed(qtbot, window, 2)
    return comparison, window.aligned.model().rowCount()


def test_bad_input_inside_the_analysis_is_one_line_and_keeps_the_comparison(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, rows = _load_first_comparison(qtbot, window, tmp_path)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise ReaderInputError("two articles share one id; give each article its own id")

    monkeypatch.setattr("reader.core.compare.compare", refuse)
    with qtbot.waitSignal(
        window.controller.analysisEnded, timeout=20_000, check_params_cb=lambda how: how == "failed"
    ):
        window.open_paths([write(tmp_path, "bay.txt", BAY)])
    qtbot.waitUntil(lambda: bool(window.failure_log), timeout=5_000)
    [(where, reason)] = window.failure_log[0]
    assert where == "Analysis" and "\n" not in reason and "share one id" in reason
    assert window.controller.comparison is first
    assert window.aligned.model().rowCount() == rows
    assert window.stack.currentWidget() is window.tabs
    assert not window.progress.isVisible()


def test_a_bug_in_the_analysis_worker_shows_a_report_and_keeps_the_comparison(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, rows = _load_first_comparison(qtbot, window, tmp_path)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("division by zero in a stage")

    monkeypatch.setattr("reader.core.compare.compare", broken)
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "show", lambda self: shown.append(self))
    window.headless = False  # the dialog a user sees, not the headless stderr line
    with qtbot.waitSignal(
        window.controller.analysisEnded, timeout=20_000, check_params_cb=lambda how: how == "failed"
    ):
        window.open_paths([write(tmp_path, "bay.txt", BAY)])
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    dialog = shown[0]
    assert "ZeroDivisionError: division by zero in a stage" in dialog.report
    assert "Traceback" in dialog.report  # for the developers, in the copyable report only
    assert window.controller.comparison is first
    assert window.aligned.model().rowCount() == rows
    # The new article was kept (saved to the library) even though its analysis failed.
    outlets = {a.outlet for _, arts in window.controller.library_events() for a in arts}
    assert "bay" in outlets
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_excepthook_saves_annotations_then_shows_a_copyable_report(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception escaping a Qt slot reaches the crash handler; the user's notes are in the
    library before the dialog appears, and the report copies to the clipboard."""
    comparison, _rows = _load_first_comparison(qtbot, window, tmp_path)
    controller = window.controller
    panel = window.insights.annotations
    qtbot.waitUntil(lambda: panel.model.persistent, timeout=5_000)
    article = comparison.articles[1]
    start = article.text.index("so-called")
    panel.model.add_note(article.id, start, start + len("so-called"), "scare quote, check source")

    order: list[str] = []
    real_save = controller.save_work
    monkeypatch.setattr(controller, "save_work", lambda: (order.append("save"), real_save())[1])
    shown: list[CrashDialog] = []

    def show(dialog: CrashDialog) -> None:
        order.append("dialog")
        shown.append(dialog)

    monkeypatch.setattr(CrashDialog, "show", show)
    handler = CrashHandler(window, controller)
    handler.install()
    try:

        def slot_with_a_bug() -> None:
            raise KeyError("missing-flag-id")

        QTimer.singleShot(0, slot_with_a_bug)
        qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler
    assert order == ["save", "dialog"]
    dialog = shown[0]
    assert "KeyError: 'missing-flag-id'" in dialog.report
    copy = next(b for b in dialog.findChildren(QPushButton) if "Copy" in b.text())
    copy.click()
    assert QApplication.clipboard().text() == dialog.report

    # The note is in the library on disk: a second connection sees it.
    from reader.store import Library

    again = Library.open(controller.lib().path)
    try:
        notes = again.annotations(controller.event_id)
    finally:
        again.close()
    assert [n.body for n in notes] == ["scare quote, check source"]
    dialog.close()


def test_notes_without_a_library_go_to_a_recovery_file_before_the_dialog(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the library cannot be opened the notes live only in memory; a crash must not take
    them along: the handler writes them to a file the Annotations panel imports again."""
    from ui_sample import sample_comparison

    monkeypatch.setenv("READER_LIBRARY", str(tmp_path))  # a folder: the library cannot open
    win = make_window(qtbot, tmp_path / "one")
    comparison = sample_comparison()
    win.show_comparison(comparison)
    panel = win.insights.annotations
    assert win.controller.lib() is None and not panel.model.persistent
    daily = comparison.article("daily")
    start = daily.text.index("supposed")
    panel.model.add_note("daily", start, start + len("supposed"), "hedge without a source")
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "show", lambda self: shown.append(self))

    handler = CrashHandler(win, win.controller)
    try:
        raise RuntimeError("late failure")
    except RuntimeError:
        handler(*sys.exc_info())  # type: ignore[arg-type]
    [dialog] = shown
    message = " ".join(label.text() for label in dialog.findChildren(QLabel))
    recovered = sorted(Path(os.environ["XDG_DATA_HOME"]).rglob("notes-*.json"))
    assert len(recovered) == 1 and str(recovered[0]) in message
    assert "Your 1 note was saved" in message

    other = make_window(qtbot, tmp_path / "two")
    other.show_comparison(comparison)
    result = other.insights.annotations.model.import_files(recovered)
    assert result.added == 1
    [note] = other.insights.annotations.model.annotations
    assert note.body == "hedge without a source" and (note.start, note.end) == (
        start,
        start + len("supposed"),
    )
    dialog.close()

    # A bug in a background job takes the other route (the controller's crashed signal) and saves
    # the notes the same way.
    win.headless = False
    win.controller.crashed.emit("Analysis failed: KeyError: 'x'", "Traceback ...")
    assert len(shown) == 2
    again = sorted(Path(os.environ["XDG_DATA_HOME"]).rglob("notes-*.json"))
    assert len(again) >= 1 and "note was saved" in shown[1].findChildren(QLabel)[0].text()
    shown[1].close()


def test_a_finished_worker_lets_go_of_what_its_job_held(qtbot: Any) -> None:
    """Opening and closing comparisons all day must not keep every article ever analysed: a worker
    stays reachable from its signal connections after it finishes, so it must drop its job."""
    import gc
    import weakref

    from reader.ui.workers import Worker, WorkerPool

    class Payload:
        text = "x" * 100_000

    payload = Payload()
    alive = weakref.ref(payload)

    def job(progress: Any, cancelled: Any, held: Payload = payload) -> int:
        return len(held.text)

    pool = WorkerPool()
    worker = Worker(job, "Analysis")
    del job, payload
    with qtbot.waitSignal(worker.signals.finished, timeout=5_000) as blocker:
        pool.start(worker)
    assert blocker.args == [100_000]
    qtbot.waitUntil(lambda: not pool.busy, timeout=2_000)
    pool.wait(5_000)
    gc.collect()
    assert alive() is None


#: The app with one worker that does not hear Cancel for six seconds (as spaCy's parser inside
#: the longest article the app accepts), its window closed while that worker runs.
_DEAF_WORKER_APP = """
import argparse, sys, time
from PySide6.QtCore import QTimer
import reader.ui.app as app

app.EXIT_WAIT_MS = 200

def open_initial(window, args):
    from reader.ui.workers import Worker

    def job(progress, cancelled):
        time.sleep(6)

    window.controller.pool.start(Worker(job, "Analysis"))
    window.settings.setValue("test/closedWhileBusy", "yes")
    QTimer.singleShot(300, window.close)

app.open_initial = open_initial
sys.exit(app.run_app(argparse.Namespace(files=[], demo=False, view=None)))
"""


def test_closing_the_window_while_a_worker_cannot_stop_quits_cleanly(tmp_path: Path) -> None:
    """Python's shutdown around a worker still running crashed the app (a segmentation fault
    when it was parsing a long article) or printed a traceback (its signals already gone);
    quitting now leaves at once, with the settings written."""
    import subprocess

    script = tmp_path / "deaf_worker_app.py"
    script.write_text(_DEAF_WORKER_APP, encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
    settings = next((tmp_path / "config").rglob("*.conf")).read_text(encoding="utf-8")
    assert "closedWhileBusy=yes" in settings
