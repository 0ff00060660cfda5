"""File-name arguments of the commands.

An empty name reaches a command most often from a shell variable that was never set
(``reader batch "$IN" -o "$OUT"``). As a :class:`~pathlib.Path` it would be ``.``, the current
folder, and the error would then speak of a folder the user never named, or a command would
try to read or write there. These argparse ``type`` functions refuse it by what it is.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from reader.core.errors import ReaderInputError


def file_name(value: str) -> str:
    """A file argument as given, unless it is empty (or only spaces, and no such file)."""
    if value == "" or (not value.strip() and not os.path.lexists(value)):
        raise argparse.ArgumentTypeError("an empty file name; give a file's path")
    return value


def file_path(value: str) -> Path:
    """:func:`file_name` as a path."""
    return Path(file_name(value))


def check_output(
    path: Path,
    what: str = "this file",
    folder: str = "this is a folder; give a file name for the output",
) -> None:
    """Refuse, before any work, an output file that cannot be created: a folder, or a file in a
    folder that does not exist (the system would say only "No such file or directory").
    ``what`` names the output in the messages ("the HTML report"); ``folder`` is what to say
    when the path is a folder (an option's name says more than "this": "--json names a
    folder")."""
    try:
        is_dir = path.expanduser().is_dir()
        parent_ok = path.expanduser().absolute().parent.is_dir()
    except OSError as exc:  # a loop of links, a name too long
        raise ReaderInputError(
            f"cannot write {what}: {exc.strerror or exc}", source=str(path)
        ) from None
    if is_dir:
        raise ReaderInputError(folder, source=str(path))
    if not parent_ok:
        raise ReaderInputError(
            f"the folder for {what} does not exist; create it or choose another",
            source=str(path),
        )


__all__ = ["check_output", "file_name", "file_path"]
