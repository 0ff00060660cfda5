"""Where the bundled data lives: lexicons, the demo event, icons and stylesheets.

The ``resources/`` folder sits at the top of the source tree. In a frozen app PyInstaller copies it
next to the executable's data (``sys._MEIPASS``); ``READER_RESOURCES`` overrides both for unusual
layouts.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    override = os.environ.get("READER_RESOURCES")
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "parallax-reader" / "resources")
    for c in candidates:
        if (c / "lexicons").is_dir():
            return c
    raise FileNotFoundError("Parallax Reader's resources folder is missing; reinstall the app")


def resource(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource("lexicons", "label.tsv")``."""
    return resources_dir().joinpath(*parts)
