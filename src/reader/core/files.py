"""Writing a user's file whole or not at all.

An export that fails half way (disk full, a vanished USB stick, a crash in the PDF writer) must not
leave a truncated report where a good one was: everything is written beside the target and renamed
over it only when complete. Used by ``reader compare`` and by the app's File > Export.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it over ``path``.

    The result gets ordinary permissions (the umask's), not the temporary file's private ones.
    Raises :class:`OSError` when nothing (or nothing at all) could be written; ``path`` is then
    untouched.
    """
    target = path.expanduser()
    try:
        special = target.exists() and not target.is_file()
    except OSError as exc:  # a loop of links (ELOOP), a name too long ...
        raise OSError(exc.strerror or str(exc)) from None
    if special:
        # A device, a pipe or a terminal ("--json /dev/stdout"): nothing to rename over, and
        # replacing it would destroy it. Write the finished bytes straight to it.
        with _temporary_beside(Path(tempfile.gettempdir()) / target.name) as tmp:
            write(tmp)
            with tmp.open("rb") as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        return
    if target.is_symlink():
        try:
            target = target.resolve(strict=False)  # write through the link: it stays a link
        except RuntimeError:  # Python 3.11 reports a loop of links this way
            raise OSError("a loop of symbolic links") from None
    with _temporary_beside(target) as tmp:
        write(tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"{target.name}: nothing was written")
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        tmp.replace(target)


def write_stream(stream: TextIO, text: str) -> None:
    """Write ``text`` whole to a stream such as standard output, or raise :class:`OSError`.

    Python's buffered streams pass one large write straight to the system, and when the system
    takes only part of it (a nearly full disk behind "> out.json") the rest is dropped without an
    error. Redirected output is therefore written here through its descriptor, piece by piece, so
    the short write is followed by a write that fails. A terminal cannot fill up and keeps its own
    encoding handling.
    """
    try:
        fd = None if stream.isatty() else stream.fileno()
    except (AttributeError, OSError, ValueError):  # a StringIO in tests, a closed stream
        fd = None
    if fd is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", errors="replace"))
    while data:
        data = data[os.write(fd, data) :]


def printable(text: str) -> str:
    """``text`` with the undecodable bytes of a file name or argument (lone surrogates) replaced,
    so it can be written to JSON, a database or a report."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def text_writer(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    """A ``write`` for :func:`write_atomically` that stores ``text`` as is (no newline
    translation, so a file reads the same on every platform)."""

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            fh.write(text)

    return write


@contextlib.contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
