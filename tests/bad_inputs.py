"""Files a user may give by mistake, made in code, and what Parallax Reader must say of each.

Shared by the command-line sweep (``test_bad_input.py``) and the window's
(``test_bad_input_ui.py``): one list, so the command line and the app are held to the same
refusals.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

import ingest_samples as samples

#: A short real article, and the same text in the encodings a user's files come in.
ARTICLE = "\n\n".join(samples.PARAGRAPHS)
LATIN1_ARTICLE = (
    "Café owners near the harbour in Montréal said the new façade would open in March. " + ARTICLE
)
#: Root reads a file whatever its permissions say, so that case is only tested as another user.
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True)
class Bad:
    """A file that cannot be an article: how to make it, and the problem and the advice its
    one-line refusal must carry."""

    make: Callable[[Path], Path]
    problem: str
    advice: str


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def blank_pdf() -> bytes:
    """A PDF of one blank page: a scan's shape, with no text layer."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def fully_paywalled_page(parent: Path) -> Path:
    """The paywalled fixture page without its free paragraphs: only the subscribe box shows, and
    the article is hidden (``display:none``)."""
    html = samples.KESTREL_PAYWALL.read_text(encoding="utf-8")
    free_start = html.index('<div class="article-body">') + len('<div class="article-body">')
    return write(
        parent, "locked.html", html[:free_start] + html[html.index('<div class="subscribe') :]
    )


def folder(parent: Path) -> Path:
    path = parent / "articles"
    path.mkdir()
    return path


def link_loop(parent: Path) -> Path:
    one, two = parent / "loop.txt", parent / "loop-back.txt"
    one.symlink_to(two)
    two.symlink_to(one)
    return one


def unreadable(parent: Path) -> Path:
    path = write(parent, "locked.txt", ARTICLE)
    path.chmod(0)
    return path


BAD_FILES: dict[str, Bad] = {
    "empty file": Bad(
        lambda d: write(d, "empty.txt", b""), "empty file", "choose the file that holds"
    ),
    "whitespace only": Bad(
        lambda d: write(d, "blank.txt", b" \n\t \r\n\xc2\xa0\n"),
        "only whitespace",
        "choose the file",
    ),
    "0-byte PDF": Bad(lambda d: write(d, "zero.pdf", b""), "empty file", "choose the file"),
    "PDF without a text layer": Bad(
        lambda d: write(d, "scan.pdf", blank_pdf()), "no text layer", "run OCR"
    ),
    "encrypted PDF": Bad(
        lambda d: write(d, "locked.pdf", samples.make_encrypted_pdf()),
        "password-protected",
        "save an unprotected copy",
    ),
    "PNG named .txt": Bad(
        lambda d: write(d, "photo.txt", samples.PNG_1X1),
        "PNG picture named .txt",
        "choose the article itself",
    ),
    "binary named .html": Bad(
        lambda d: write(d, "data.html", random.Random(2).randbytes(5000)),
        "binary data",
        "save the article as text",
    ),
    "page of only scripts and navigation": Bad(
        lambda d: write(
            d,
            "home.html",
            "<html><body><script>track('home');</script><nav><a href='/'>Home</a>"
            " <a href='/world'>World</a></nav><script>alert(1)</script></body></html>",
        ),
        "no article found",
        "open the article's own page",
    ),
    "page whose article is all behind a paywall": Bad(
        fully_paywalled_page, "no article found", "open the article's own page"
    ),
    "20 MB on one line": Bad(
        lambda d: write(d, "one-line.txt", b"word " * (4 * 1024 * 1024)),
        "text too long",
        "split it into articles",
    ),
    "folder": Bad(folder, "this is a folder", "choose the article files inside it"),
    "loop of symbolic links": Bad(link_loop, "loop of symbolic links", "give the article file"),
    "missing file": Bad(lambda d: d / "gone.txt", "no such file", "check the file's name"),
    "no read permission": Bad(unreadable, "no permission", "ask the file's owner"),
}


def bad_cases() -> list[object]:
    """``BAD_FILES``' names as parameters; the permission case is skipped as root."""
    return [
        pytest.param(
            name,
            marks=pytest.mark.skipif(
                ROOT and name == "no read permission", reason="root reads any file"
            ),
        )
        for name in BAD_FILES
    ]


#: Files that look odd but hold an article: name -> (file name, bytes, a phrase of its text).
READABLE_FILES: dict[str, tuple[str, bytes, str]] = {
    "UTF-16 with BOM": ("utf16.txt", ARTICLE.encode("utf-16"), "ferry terminal would open"),
    "UTF-16 without BOM": ("utf16le.txt", ARTICLE.encode("utf-16-le"), "ferry terminal"),
    "Latin-1": ("latin1.txt", LATIN1_ARTICLE.encode("latin-1"), "Café owners near the harbour"),
    "non-ASCII name with spaces": (
        "Nouvelles du port – été 2026.txt",
        ARTICLE.encode("utf-8"),
        "loading ramps",
    ),
}
