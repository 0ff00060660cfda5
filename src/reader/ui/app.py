"""Start the desktop app: QApplication, theme, crash handler, the window, and the headless modes.

``run_app(args)`` is called by ``reader.cli`` with ``files``, ``demo``, ``screenshot``,
``window_size``, ``view`` and ``self_test``. ``--screenshot`` and ``--self-test`` drive the real
window offscreen and exit, so the same code a user sees is what the checks exercise.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from reader import APP_NAME, __version__
from reader.cli import SCREENSHOT_SIZE
from reader.core.ingest import is_web_address
from reader.ui.controller import Controller
from reader.ui.mainwindow import MainWindow
from reader.ui.theme import ThemeManager, ThemeMode

log = logging.getLogger(__name__)
ORGANISATION = "Parallax Reader"


def setup_logging() -> Path | None:
    """Send the app's log (and crash reports) to a file in the user's log folder, never to stderr:
    a user of the installed app has no console, and a traceback there helps no one."""
    try:
        from platformdirs import user_log_path

        folder = user_log_path("parallax-reader", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "parallax-reader.log"
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        path = None
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("reader")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False
    return path


def make_app() -> QApplication:
    """The one QApplication, created with the names QSettings uses and HiDPI pass-through
    scaling.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setOrganizationDomain("parallax-reader.invalid")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("parallax-reader")
    app.setStyle("Fusion")
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def app_icon_path() -> Path | None:
    try:
        from reader.resources import resources_dir

        path = resources_dir() / "icons" / "parallax-reader.svg"
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def _settings() -> QSettings:
    return QSettings()


class CrashHandler:
    """sys.excepthook: save the user's work, then show a dialog with a report they can copy.

    A user never sees a traceback on stderr; the report also goes to the log file.
    """

    def __init__(self, window: MainWindow, controller: Controller) -> None:
        self.window = window
        self.controller = controller
        self.dialog: Any = None
        self.log_file: Path | None = None
        self._busy = False
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self, etype: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(etype, KeyboardInterrupt):
            QApplication.quit()
            return
        report = crash_report(etype, value, tb)
        log.error("unexpected error\n%s", report)
        self.show(f"{etype.__name__}: {value}", report)

    def show(self, summary: str, report: str) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            try:
                saved = self.controller.save_work()
                self.window.save_state()
            except Exception:
                saved = "Your work could not be saved automatically."
            saved += save_unsaved_notes(self.window)
            from reader.ui.dialogs import CrashDialog

            if self.log_file is not None:
                saved += f" The report is also in {self.log_file}."
            self.dialog = CrashDialog(summary, report, saved, self.window)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.show()
        finally:
            self._busy = False


def save_unsaved_notes(window: Any, folder: Path | None = None) -> str:
    """Write notes that live only in memory to a recovery file; the sentence to tell the user.

    With a library, every note is written as it is made, so there is nothing to do. Without one
    (the library could not be opened) the notes exist only in this process, which may be about to
    die: they go to a hand-in file the Annotations panel can import again.
    """
    panel = getattr(getattr(window, "insights", None), "annotations", None)
    model = getattr(panel, "model", None)
    if model is None or model.persistent or not model.annotations:
        return ""
    try:
        if folder is None:
            from platformdirs import user_data_dir

            folder = Path(user_data_dir("Parallax Reader", appauthor=False)) / "recovered"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"notes-{time.strftime('%Y%m%d-%H%M%S')}.json"
        count = model.export_json(path)
    except Exception:
        return " Your notes could not be saved."
    return (
        f" Your {count} note{' was' if count == 1 else 's were'} saved to {path}"
        " (the Import… button of the Annotations panel reads them back)."
    )


def crash_report(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(etype, value, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def build(
    args: argparse.Namespace | None = None,
    *,
    library: Any = None,
    headless: bool = False,
    settings: QSettings | None = None,
) -> tuple[QApplication, MainWindow, Controller, ThemeManager]:
    """The application objects, wired together but not yet shown; the window owns the others."""
    app = make_app()
    settings = settings or _settings()
    mode = str(settings.value("view/theme", "system"))
    theme_mode: ThemeMode = mode if mode in ("system", "light", "dark") else "system"  # type: ignore[assignment]
    theme = ThemeManager(app, theme_mode)
    controller = Controller(None, library=library)
    if headless:
        controller._library_tried = library is None or controller._library_tried
    window = MainWindow(controller, theme, settings)
    window.headless = headless
    return app, window, controller, theme


def run_app(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False) or getattr(args, "screenshot", None):
        _quiet_offscreen_notices()
    if getattr(args, "self_test", False):
        return self_test()
    if getattr(args, "screenshot", None):
        return screenshot(
            args.screenshot,
            [Path(f) for f in getattr(args, "files", []) or []],
            getattr(args, "view", None),
            demo=bool(getattr(args, "demo", False)),
            size=getattr(args, "window_size", None) or SCREENSHOT_SIZE,
        )
    log_file = setup_logging()
    app, window, controller, _theme = build(args)
    window.fit_to_screen()
    handler = CrashHandler(window, controller)
    handler.log_file = log_file
    handler.install()
    window.show()
    open_initial(window, args)
    try:
        code = int(app.exec())
    finally:
        handler.uninstall()
        controller.pool.cancel_all()
    return _quit(window, controller, code)


#: How long quitting waits for background work it has asked to stop.
EXIT_WAIT_MS = 5000


def _quit(window: MainWindow, controller: Controller, code: int) -> int:
    """``code`` once the workers have stopped; when one cannot stop in time (spaCy's parser
    hears no Cancel inside one long article), leave at once, with the settings and the log
    written: Python's shutdown around a worker still running crashed the app (a segmentation
    fault) or printed a traceback when the worker's signals were already gone. The articles
    are in the library already; the comparison is made again on the next start."""
    if controller.pool.wait(EXIT_WAIT_MS):
        return code
    log.warning("quitting with background work still running")
    window.settings.sync()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


#: What the offscreen platform says on every window it shows, which is no news to a user.
_OFFSCREEN_NOTICES: Final = ("propagateSizeHints",)


def _quiet_offscreen_notices() -> None:
    """Keep the offscreen platform's notices off stderr in the headless modes, so an error there
    is the one line a user reads; every other Qt message still goes through."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        if not any(n in message for n in _OFFSCREEN_NOTICES):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def open_initial(window: MainWindow, args: argparse.Namespace) -> None:
    """What the window starts on: the given files, the demo event, the demo when the library is
    empty (a new user's first sight is a real comparison, not an empty window), else the
    comparison the user had open last time, in the view it was read in, so work picks up where
    it stopped. After New Comparison, or when that event is gone, the window starts empty."""
    controller = window.controller
    given = [str(f) for f in (getattr(args, "files", None) or [])]
    if given:
        addresses = [a for a in given if is_web_address(a)]
        files = [Path(a) for a in given if a not in addresses]
        if files:
            window.open_paths(files)
        for address in addresses:  # typed by the user: an explicit request for the page
            controller.open_url(address)
    elif getattr(args, "demo", False):
        controller.open_demo(force=True)
    else:
        events = controller.library_events()
        last, last_view = window.last_event_id(), window.last_view()
        if not events:
            controller.open_demo()
        elif last is not None and any(event.id == last for event, _ in events):
            controller.open_event(last)
            if last_view:  # read first: showing the event may move the tabs and record that
                window.set_view(last_view)
    if getattr(args, "view", None):
        window.set_view(args.view)


def wait_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``done()`` (checked every 50 ms) or the timeout."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)
    clock = QElapsedTimer()
    clock.start()

    def check() -> None:
        if done() or clock.elapsed() > timeout_s * 1000:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not done():
        loop.exec()
    timer.stop()
    return done()


def _print_failures(failures: list[tuple[str, str]]) -> None:
    for name, reason in failures:
        print(f"reader: {name}: {reason}", file=sys.stderr)


def _scratch_library(folder: Path) -> Any:
    """A throw-away library, so headless runs never touch the user's own."""
    try:
        from reader.store import Library

        return Library.open(folder / "library.sqlite")
    except Exception as exc:
        print(f"reader: no scratch library ({exc}); continuing without one", file=sys.stderr)
        return None


def screenshot(
    png: Path,
    files: list[Path],
    view: str | None,
    *,
    demo: bool = False,
    timeout_s: float = 300,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    """Open ``files`` in the real window, wait for the analysis, save a grab of the window at
    ``size`` (width, height; 1400x900 unless --window-size asks for another), exit."""
    with tempfile.TemporaryDirectory(prefix="reader-shot-") as tmp:
        folder = Path(tmp)
        library = _scratch_library(folder)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        try:
            return _screenshot(png, files, view, demo, timeout_s, library, settings, size)
        finally:
            if library is not None:
                library.close()


def _screenshot(
    png: Path,
    files: list[Path],
    view: str | None,
    demo: bool,
    timeout_s: float,
    library: Any,
    settings: QSettings,
    size: tuple[int, int],
) -> int:
    _app, window, controller, _theme = build(headless=True, library=library, settings=settings)
    failed: list[tuple[str, str]] = []

    def report(failures: list[tuple[str, str]]) -> None:
        failed.extend(failures)
        _print_failures(failures)

    window.show_failures = report  # type: ignore[method-assign]
    window.resize(*size)
    window.show()
    started = time.monotonic()
    if files:
        window.open_paths(files)
    elif demo:
        controller.open_demo(force=True)
    QApplication.processEvents()
    ok = wait_until(lambda: not controller.busy, timeout_s)
    if not ok:
        print("reader: the analysis did not finish in time", file=sys.stderr)
        return 1
    if view and not window.set_view(view):
        # Said, not ignored: the picture shows another view than the one asked for.
        shown = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
        print(
            f"reader: the {view} view needs two or more articles; the picture shows the"
            f" {shown} view",
            file=sys.stderr,
        )
    if window.single_article():
        if window.tabs.currentWidget() is window.single and window.single.flags():
            window.single.flag_list.setCurrentRow(0)
    elif controller.comparison is not None and window.stack.currentWidget() is window.tabs:
        _show_first_contrast(window)
    for _ in range(5):
        QApplication.processEvents()
    window.resize(*size)
    QApplication.processEvents()
    window.aligned.fit_rows()  # do not wait for the debounce timer after the last resize
    QApplication.processEvents()
    if failed and controller.comparison is None:
        return 2  # nothing could be read: no picture of an empty window over an older one
    if (window.width(), window.height()) != size:  # the window will not shrink that far
        least = window.minimumSize().expandedTo(window.minimumSizeHint())
        print(
            f"reader: the window cannot be {size[0]}x{size[1]}; the smallest it takes is"
            f" {least.width()}x{least.height()}",
            file=sys.stderr,
        )
        return 2
    image = window.grab()
    png = Path(png)
    png.parent.mkdir(parents=True, exist_ok=True)
    # A .jpg or .bmp name gets that format; anything else is a PNG, whatever it is called.
    known = png.suffix.lower() in {".png", ".jpg", ".jpeg", ".bmp"}
    if not image.save(str(png), None if known else "PNG"):
        print(f"reader: {png}: cannot write the picture", file=sys.stderr)
        return 2
    n = len(controller.comparison.articles) if controller.comparison else 0
    print(f"saved {png} ({n} article{'' if n == 1 else 's'}, {time.monotonic() - started:.1f} s)")
    window.close()
    return 2 if failed else 0  # the picture shows what could be read; the run still failed


def _show_first_contrast(window: MainWindow) -> None:
    """Start at row 1 and select, among the flags already on screen, the clearest contrast.

    The picture must begin at the top of the comparison, and a first selection must not scroll
    anything away. A flag whose counterpart is a short phrase ("dictator" where another outlet
    writes "President Xi Jinping") is the clearest; then any flag in a shared claim; else row 1.
    """
    from reader.core.echoes import ECHO_MAX_CHARS

    view = window.aligned
    model = view.aligned_model
    comp = window.comparison
    view.scrollToTop()
    height = view.viewport().height()
    on_screen = []
    for row, _col, _start, flag_id in view.flag_order():
        if view.visualRect(view.model().index(row, 0)).bottom() > height:
            break
        on_screen.append((row, flag_id))
    flags = {f.id: f for f in (*comp.flags, *comp.headline_flags)} if comp is not None else {}

    titles = {a.id: a.title for a in comp.articles} if comp is not None else {}

    def short_counterpart(flag_id: str) -> bool:
        """Whether another outlet wrote a short phrase in the flag's place: not its whole
        headline, which is what a headline flag's counterparts are, however short."""
        f = flags.get(flag_id)
        return f is not None and any(
            0 < len(cp.answer) <= ECHO_MAX_CHARS
            and not (cp.start is None and cp.text == titles.get(cp.article))
            for cp in f.counterparts
        )

    choice = next((x for x in on_screen if short_counterpart(x[1])), None) or next(
        (x for x in on_screen if model.rows[x[0]].alignment is not None), None
    )
    if choice is None:
        view.setCurrentIndex(view.model().index(0, view._first_visible_column(0)))
    else:
        row, flag_id = choice
        view.current_flag = None
        col = (
            next((i for i, a in enumerate(comp.articles) if flags[flag_id].article == a.id), 0)
            if comp is not None
            else 0
        )
        view.setCurrentIndex(view.model().index(row, col))
        window.flag_selected(flag_id)
        view.current_flag = flag_id
    view.scrollToTop()
    window.reading.scroll_to_top()


SELF_TEST_ARTICLES = (
    (
        "Self-test Wire",
        "Ministers met in Lisbon on Monday to discuss the new fishing quota. The agreement sets a"
        " limit"
        " of 40,000 tonnes for next year. Officials said the talks would resume in March.",
    ),
    (
        "Self-test Herald",
        "Ministers met in Lisbon on Monday to discuss a so-called fishing deal. The controversial"
        " agreement sets a limit of 40,000 tonnes for next year. Critics claimed the limit was a"
        " disastrous betrayal of coastal towns.",
    ),
)


def self_test() -> int:
    """Ingest, analysis, the window, the aligned view and a JSON export, one printed line per
    check.
    """
    results: list[bool] = []

    def check(name: str, fn: Callable[[], str]) -> Any:
        t = time.monotonic()
        try:
            detail = fn()
        except Exception as exc:
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
            results.append(False)
            return None
        print(f"ok   {name}: {detail} ({time.monotonic() - t:.2f} s)")
        results.append(True)
        return detail

    state: dict[str, Any] = {}

    def ingest() -> str:
        from reader.core.ingest import article_from_text, read_article
        from reader.resources import resources_dir

        try:
            from reader.store.demo import load_demo

            name, articles = load_demo()
            state["articles"] = list(articles)
            where = f"bundled demo “{name}”"
        except (ImportError, OSError):
            demo = sorted(resources_dir().joinpath("demo").glob("*.txt"))
            state["articles"] = [read_article(p) for p in demo]
            where = "bundled demo files"
        if len(state["articles"]) < 2:
            state["articles"] = [article_from_text(t, outlet=o) for o, t in SELF_TEST_ARTICLES]
            where = "built-in sample"
        return f"{len(state['articles'])} articles from the {where}"

    def analyse() -> str:
        from reader.core.compare import compare

        comp = compare(state["articles"])
        state["comparison"] = comp
        n_claims = sum(len(c) for c in comp.claims.values())
        return f"{n_claims} claims, {len(comp.alignments)} groups, {len(comp.flags)} flags"

    def window() -> str:
        scratch = Path(tempfile.mkdtemp(prefix="reader-self-test-"))
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        _app, win, _controller, theme = build(headless=True, settings=settings)
        state["theme"] = theme
        win.resize(*SCREENSHOT_SIZE)
        win.show()
        win.show_comparison(state["comparison"])
        QApplication.processEvents()
        state["window"] = win
        if win.stack.currentWidget() is not win.tabs:
            raise RuntimeError("the aligned workspace is not shown")
        return f"main window with {win.tabs.count()} views"

    def render() -> str:
        win: MainWindow = state["window"]
        view = win.aligned
        rows = view.model().rowCount()
        if rows == 0:
            raise RuntimeError("the aligned view has no rows")
        image = view.grab().toImage()
        if image.isNull():
            raise RuntimeError("the aligned view did not render")
        heights = [view.rowHeight(r) for r in range(rows)]
        if min(heights) <= 0:
            raise RuntimeError("a row has no height")
        win.close()
        return f"{rows} rows rendered at {image.width()}x{image.height()}"

    def export() -> str:
        from reader.core.model import Comparison

        comp = state["comparison"]
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "comparison.json"
            out.write_text(json.dumps(comp.to_dict(), ensure_ascii=False), encoding="utf-8")
            back = Comparison.from_dict(json.loads(out.read_text(encoding="utf-8")))
            size = out.stat().st_size
        if back.flags != comp.flags or [a.id for a in back.articles] != [
            a.id for a in comp.articles
        ]:
            raise RuntimeError("the exported JSON does not read back the same")
        return f"JSON export of {size} bytes reads back identical"

    check("ingest", ingest)
    if results[-1]:
        check("analysis", analyse)
    if results[-1]:
        check("window", window)
    if results[-1]:
        check("aligned view", render)
    if "comparison" in state:
        check("export", export)
    ok = all(results) and len(results) == 5
    print("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1


def set_theme_mode(theme: ThemeManager, mode: ThemeMode) -> None:
    theme.set_mode(mode)
