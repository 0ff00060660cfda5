"""The words of a PDF as a reader would search them, for tests of the exported reports."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf


def pdf_text(path: Path) -> str:
    """Every page's text with its white space run together and typographic ligatures undone.

    Whether Qt's PDF writer sets "fl" as the ligature "ﬂ" depends on the fonts a machine has,
    so a test that searched for "flags" passed on one machine and failed on the next.
    """
    pages = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", pages).split())
