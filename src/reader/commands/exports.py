"""The report options of ``reader compare``: ``--html``, ``--pdf`` and ``--csv``.

``reader compare`` (in :mod:`reader.commands.analyze`) adds these options with
:func:`add_export_arguments` and, once it has a comparison, calls :func:`write_exports`. Each file
is written to a temporary name beside its target and then renamed, so a full disk or a crash never
leaves half a report where a finished one is expected. A path that cannot be written is the user's
to fix, so it is a one-line :class:`~reader.core.errors.ReaderInputError` (exit code 2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reader.commands.paths import check_output, file_path
from reader.core.errors import ReaderInputError
from reader.core.export import CSV_ENCODING, to_csv, to_html
from reader.core.files import text_writer, write_atomically, write_stream
from reader.core.model import Comparison

#: The report options, by the attribute name argparse gives them.
REPORT_KINDS = ("html", "pdf", "csv")


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--html OUT``, ``--pdf OUT`` and ``--csv OUT`` to ``parser``."""
    group = parser.add_argument_group("reports")
    group.add_argument(
        "--html",
        metavar="OUT",
        type=file_path,
        default=None,
        help="write a self-contained HTML report (no scripts, nothing loaded from the web)",
    )
    group.add_argument(
        "--pdf",
        metavar="OUT",
        type=file_path,
        default=None,
        help="write the same report as a PDF with searchable text",
    )
    group.add_argument(
        "--csv",
        metavar="OUT",
        type=file_path,
        default=None,
        help="write one row per flag (UTF-8 with BOM, opens in Excel)",
    )


def write_exports(
    comparison: Comparison,
    args: argparse.Namespace,
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
) -> None:
    """Write every report asked for in ``args`` (attributes ``html``, ``pdf``, ``csv``)."""
    targets = {
        kind: Path(p) for kind in REPORT_KINDS if (p := getattr(args, kind, None)) is not None
    }
    check_standard_output(targets)
    files = {kind: path for kind, path in targets.items() if not is_standard_output(path)}
    _check_distinct(files)
    for kind, path in files.items():
        _check_target(kind, path)
    if "html" in targets:
        html = to_html(comparison, annotations=annotations)
        _write_text(targets["html"], "HTML report", html)
    if "csv" in targets:
        _write_text(targets["csv"], "CSV file", to_csv(comparison), CSV_ENCODING)
    if "pdf" in targets:
        from reader.ui.printing import write_pdf  # Qt is loaded only when a PDF is wanted

        atomic_write(
            targets["pdf"],
            "PDF report",
            lambda tmp: write_pdf(comparison, tmp, annotations=annotations),
        )


def is_standard_output(path: Path | str | None) -> bool:
    """``-`` as an output name: standard output, as for ``--json -``."""
    return path is not None and str(path) == "-"


def check_standard_output(targets: Mapping[str, Path | str | None]) -> None:
    """Refuse what standard output cannot carry: a PDF (binary, for a file), or two outputs
    that would run into each other."""
    dashed = [kind for kind, path in targets.items() if is_standard_output(path)]
    if "pdf" in dashed:
        raise ReaderInputError("--pdf cannot go to standard output ('-'); give a file name")
    if len(dashed) > 1:
        named = " and ".join(f"--{kind}" for kind in dashed)
        raise ReaderInputError(f"{named} both name standard output ('-'); only one output can")


def _write_text(path: Path, what: str, text: str, encoding: str = "utf-8") -> None:
    if is_standard_output(path):
        try:
            write_stream(sys.stdout, text)
        except OSError as exc:
            raise ReaderInputError(f"cannot write the {what}: {exc.strerror or exc}") from None
    else:
        atomic_write(path, what, text_writer(text, encoding))


def _check_distinct(targets: Mapping[str, Path]) -> None:
    check_outputs(targets)


def check_outputs(targets: Mapping[str, Path], inputs: Sequence[Path | str] = ()) -> None:
    """Refuse, before any work, outputs that would overwrite an input, the library or each
    other: ``--json story.txt`` must not replace the article it reads, nor ``--json
    library.sqlite`` the user's library."""
    from reader.store.library import default_path
    from reader.store.transfer import is_library_file

    seen: dict[object, str] = {}
    read = {file_identity(Path(p)) for p in inputs}
    library = default_path()
    for kind, path in targets.items():
        key = file_identity(path)
        if key in read:
            raise ReaderInputError(
                f"--{kind} names one of the input files; give the output its own path",
                source=str(path),
            )
        if is_library_file(path, library):
            raise ReaderInputError(
                f"--{kind} names the library's own file; give the output its own path",
                source=str(path),
            )
        if key in seen:
            raise ReaderInputError(
                f"--{seen[key]} and --{kind} name the same file; give each output its own path"
            )
        seen[key] = kind


def file_identity(path: Path) -> object:
    """The file a path names: its device and inode when it exists (so hard links and symbolic
    links to one file are one), else the path through links and ``..``."""
    try:
        info = path.expanduser().stat()
        return (info.st_dev, info.st_ino)
    except (OSError, RuntimeError, ValueError):
        pass
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def check_targets(targets: Mapping[str, Path]) -> None:
    """Fail before any work (reading, parsing, comparing) when an output named in ``targets``
    (by option: ``json``, ``html``...) obviously cannot be written: a folder, or a missing one."""
    for kind, path in targets.items():
        _check_target(kind, path)


def _check_target(kind: str, path: Path) -> None:
    """Fail before any work when the target obviously cannot be written."""
    what = "comparison JSON" if kind == "json" else f"{kind.upper()} report"
    check_output(path, f"the {what}", f"--{kind} names a folder; give a file name")


def atomic_write(path: Path, what: str, write: Callable[[Path], None]) -> None:
    """:func:`reader.core.files.write_atomically`, with failures as one-line
    :class:`ReaderInputError`s naming ``what``."""
    try:
        write_atomically(path, write)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReaderInputError(f"cannot write the {what}: {reason}", source=str(path)) from None


__all__ = [
    "add_export_arguments",
    "atomic_write",
    "check_outputs",
    "check_targets",
    "write_exports",
]
