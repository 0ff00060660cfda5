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


def file_name(value: str) -> str:
    """A file argument as given, unless it is empty (or only spaces, and no such file)."""
    if value == "" or (not value.strip() and not os.path.lexists(value)):
        raise argparse.ArgumentTypeError("an empty file name; give a file's path")
    return value


def file_path(value: str) -> Path:
    """:func:`file_name` as a path."""
    return Path(file_name(value))


__all__ = ["file_name", "file_path"]
