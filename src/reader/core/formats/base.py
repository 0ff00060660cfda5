"""Caps, the time budget and the record every format reader returns.

The caps exist because users open pages saved from anywhere: a page can be 20 MB of inline scripts,
a DOCX can be a zip bomb, HTML can be nested 200,000 levels deep. Each cap has its own message so
the user knows which limit was hit and what to do about it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Final

from reader.core.errors import ReaderInputError

MB: Final = 1024 * 1024

#: Largest file read at all (a saved page with inline images can be 20 MB; 50 MB leaves room).
MAX_FILE_BYTES: Final = 50 * MB
#: Largest HTML handed to the parser once scripts, styles and inline images are stripped.
MAX_HTML_MARKUP_CHARS: Final = 24 * MB
#: Deepest element nesting accepted; libxml2 silently stops parsing at 256 levels.
MAX_HTML_DEPTH: Final = 250
#: Largest decompressed XML part read from a DOCX (a long report is a few MB).
MAX_DECOMPRESSED_BYTES: Final = 64 * MB
#: Longest article text (about 80,000 words): far past any article (a long read is 60,000
#: characters), and still parsed in seconds; spaCy itself refuses texts past 1,000,000.
MAX_TEXT_CHARS: Final = 500_000
#: Most PDF pages read; a news article is a handful.
MAX_PDF_PAGES: Final = 500
#: Wall-clock budget of one ingest, checked between stages.
TIME_LIMIT_S: Final = 60.0
#: Why a report or data file the app saved is not read as an article.
OWN_EXPORT: Final = (
    "not an article: a report Parallax Reader saved; open the articles it compares instead"
)


@dataclass(frozen=True, slots=True)
class Extracted:
    """Text and metadata found in one input, before the user's overrides are applied."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


class Deadline:
    """A time budget checked between stages, so a slow input is refused rather than hanging the app.

    A parser call itself cannot be interrupted from Python; the size caps bound each call, and this
    catches inputs where many bounded steps add up (a PDF with hundreds of heavy pages).
    """

    def __init__(self, seconds: float = TIME_LIMIT_S) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def check(self, stage: str) -> None:
        if time.monotonic() > self._end:
            raise ReaderInputError(
                f"reading took longer than {self.seconds:.0f} s ({stage}); "
                "the file is too large or too complex: save the article as plain text"
            )


def megabytes(n: int) -> str:
    """A size as a user reads it: '17.3 MB'."""
    return f"{n / MB:.1f} MB"


#: Parsers that report recoverable damage in hostile files through logging. Their messages would
#: reach stderr through logging's last-resort handler and break the "one line on stderr" rule; the
#: outcome (text, or a ReaderInputError) is what the user needs.
_CHATTY_LOGGERS: Final = ("pypdf", "trafilatura", "htmldate", "courlan", "charset_normalizer")


def quiet_parser_logs() -> None:
    """Silence the parsers' own logs (see :data:`_CHATTY_LOGGERS`); idempotent."""
    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
