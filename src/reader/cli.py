"""The ``reader`` command: the desktop app by default, subcommands for headless work.

``reader [FILE...]`` opens the app (on the given files, or on the library); ``reader library ...``,
``reader compare ...`` and ``reader batch ...`` work without a window. Errors a user can cause end
with one line on stderr and exit code 2; a bug ends with one line and exit code 1, its traceback
in the app's log file. No traceback reaches a user.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import errno
import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from reader import __version__
from reader.commands.paths import file_path
from reader.core.errors import ReaderError
from reader.core.files import printable

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

#: Subcommand name -> (module, help). Each module has ``add_arguments(parser)`` and ``run(args)``.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "library": ("reader.commands.library", "manage the local library of articles and events"),
    "compare": ("reader.commands.analyze", "compare articles and write the comparison"),
    "batch": ("reader.commands.batch", "compare many events from a JSON Lines file"),
}


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=file_path,
        default=None,
        help="library database to use (default: $READER_LIBRARY or the user data folder)",
    )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of the subcommands; given the ``command`` about to run, only that one's module
    is imported and its arguments added.

    A run parses one subcommand, and importing the others is paid on every start: ``library``
    alone brings in the store and sqlite-utils, a third of ``reader batch``'s start-up before
    its first event (0.14 s of 0.32 s CPU). The others stay listed with their help.
    """
    parser = _Parser(
        prog="reader",
        description="Parallax Reader: compare how outlets frame the same event.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if command in (None, name):
            module = __import__(module_name, fromlist=["add_arguments"])
            module.add_arguments(p)
            p.set_defaults(_run=module.run)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        description=(
            "Parallax Reader: compare how outlets frame the same event. With no command, opens the"
            f" app. Commands: {', '.join(SUBCOMMANDS)} (see 'reader COMMAND --help')."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="articles to open (a web address is fetched, as File > Open URL does)",
    )
    parser.add_argument("--demo", action="store_true", help="open the bundled demo event")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="open FILEs, wait for the analysis, save a picture of the window and exit",
    )
    parser.add_argument(
        "--window-size",
        metavar="WxH",
        type=window_size,
        default=None,
        help=(
            "the window's size in pixels for --screenshot, e.g. 1024x768 (default:"
            f" {SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]}; from {MIN_WINDOW[0]}x{MIN_WINDOW[1]}"
            f" to {MAX_WINDOW[0]}x{MAX_WINDOW[1]})"
        ),
    )
    parser.add_argument(
        "--view",
        choices=("aligned", "reading", "overview"),
        default=None,
        help="the view to show (with --screenshot)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check ingest, analysis, the window and an export headless; exit 0 when all is well",
    )
    return parser


#: The window size of --screenshot, unless --window-size asks for another; the smallest the
#: window takes (narrower, it stops shrinking and the picture would not have the size asked);
#: the largest worth drawing (8K).
SCREENSHOT_SIZE: Final = (1400, 900)
MIN_WINDOW: Final = (640, 480)
MAX_WINDOW: Final = (7680, 4320)


def window_size(value: str) -> tuple[int, int]:
    """``--window-size``: "1024x768" as (1024, 768), within MIN_WINDOW and MAX_WINDOW."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*", value)
    if match is None:
        raise argparse.ArgumentTypeError(f"'{value}' is not WIDTHxHEIGHT in pixels, e.g. 1024x768")
    width, height = int(match.group(1)), int(match.group(2))
    (low_w, low_h), (high_w, high_h) = MIN_WINDOW, MAX_WINDOW
    if not (low_w <= width <= high_w and low_h <= height <= high_h):
        raise argparse.ArgumentTypeError(
            f"{width}x{height} is out of range: from {low_w}x{low_h} to {high_w}x{high_h}"
        )
    return width, height


def _split_global(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """Find the subcommand, if any, skipping global options before it."""
    args = list(argv)
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--library":
            i += 2
            continue
        if a.startswith("--library="):
            i += 1
            continue
        if a in SUBCOMMANDS:
            return args, a
        break
    return args, None


def _resolve_library(args: argparse.Namespace) -> None:
    if args.library is not None:
        os.environ["READER_LIBRARY"] = str(args.library)


#: Errors of a stream that cannot take more output: full disk or quota, closed pipe or descriptor.
_OUTPUT_ERRNOS: Final = frozenset(
    {errno.ENOSPC, errno.EPIPE, errno.EBADF, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)}
)


def _guarded(run: Callable[[], int]) -> int:
    try:
        code = run()
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at interpreter exit
        return code
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except MemoryError:
        print("reader: out of memory while reading the input", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        # Files the commands read and write report their own errors; what reaches here is most
        # often standard output failing ("> /dev/full").
        where = "cannot write output" if exc.errno in _OUTPUT_ERRNOS else (exc.filename or "error")
        print(f"reader: {where}: {exc.strerror or exc}", file=sys.stderr)
        # Point the stream at the null device, so the flush at exit finds nowhere to fail.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        return EXIT_USAGE
    except Exception as exc:  # a bug: one line for the user, the traceback to the log
        saved = _log_bug(exc)
        where = f"; the details are in {saved}" if saved else ""
        print(f"reader: internal error ({type(exc).__name__}: {exc}){where}", file=sys.stderr)
        return EXIT_FAILURE


def _log_bug(exc: BaseException) -> Path | None:
    """Append the traceback of a bug to the app's log file (the folder the window logs to), so
    a report can carry it; None when there is nowhere to write."""
    import traceback

    try:
        from platformdirs import user_log_path

        folder = user_log_path("parallax-reader", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "parallax-reader.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # started with the stream closed ("reader ... >&-")
            setattr(sys, name, Path(os.devnull).open("w"))  # noqa: SIM115 - for the whole run
    argv = list(sys.argv[1:] if argv is None else argv)
    # Bytes that are not UTF-8 in an option (--title, --outlet) become U+FFFD; a file's own name
    # is kept as given, so the file still opens.
    argv = [a if _is_path(a) else printable(a) for a in argv]
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]  # an ASCII console
    args_list, command = _split_global(argv)
    if command is None:
        typo = _mistyped_command(args_list)
        if typo is not None:
            print(f"reader: error: {typo}", file=sys.stderr)
            return EXIT_USAGE
        gui_parser = build_gui_parser()
        gui_args = gui_parser.parse_args(args_list)
        if gui_args.window_size is not None and gui_args.screenshot is None:
            gui_parser.error("--window-size goes with --screenshot")
        _resolve_library(gui_args)
        return _guarded(lambda: _run_gui(gui_args))
    parser = build_parser(command)
    args = parser.parse_args(args_list)
    _resolve_library(args)
    return _guarded(lambda: int(args._run(args)))


def _run_gui(args: argparse.Namespace) -> int:
    if _no_display():
        if args.self_test or args.screenshot:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # both draw the window off screen anyway
        else:
            raise ReaderError(
                "no display to open the window on; 'reader compare FILE...' works without one"
            )
    from reader.ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(args)


def _is_path(arg: str) -> bool:
    try:
        return os.path.lexists(arg)
    except (OSError, ValueError):
        return False


def _no_display() -> bool:
    """Linux with no X11 or Wayland display and no Qt platform chosen: Qt would abort. A local
    X display (":1") whose socket is missing counts as none (a stale DISPLAY after a logout)."""
    if not sys.platform.startswith("linux"):
        return False
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return False
    display = os.environ.get("DISPLAY", "")
    local = re.fullmatch(r":(\d+)(?:\.\d+)?", display)
    if local is not None:
        return not Path(f"/tmp/.X11-unix/X{local.group(1)}").exists()
    return not display


def _mistyped_command(args: Sequence[str]) -> str | None:
    """ "reader compar a.txt": a first word that is no file but nearly a command's name."""
    words = list(args)
    for i, a in enumerate(words):
        if a == "--library" and i + 1 < len(words):
            words[i + 1] = "-"  # the option's value is no command
    first = next((a for a in words if not a.startswith("-")), None)
    if first is None or Path(first).exists():
        return None
    close = difflib.get_close_matches(first, SUBCOMMANDS, n=1, cutoff=0.75)
    return f"unknown command '{first}' (did you mean '{close[0]}'?)" if close else None


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())
