"""Files, pages and pasted text to :class:`~reader.core.model.Article`: the one way text enters the
app.

``read_article`` reads a file once (with a size cap), decides what it is from its first bytes (the
extension only breaks ties: a PNG named ``.html`` is a picture), hands the bytes to the reader of
that format in :mod:`reader.core.formats`, normalises the text, and fills in what the user did not
say. Every failure is a :class:`~reader.core.errors.ReaderInputError` with a one-line message naming
the problem and, where there is one, the fix.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from reader.core.errors import ReaderInputError
from reader.core.files import printable
from reader.core.formats.base import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    OWN_EXPORT,
    Deadline,
    Extracted,
    megabytes,
    quiet_parser_logs,
)
from reader.core.formats.docx import extract_docx
from reader.core.formats.encoding import (
    NOT_TEXT,
    decode_html,
    decode_text,
    looks_binary,
    normalise,
)
from reader.core.formats.html import MIN_ARTICLE_WORDS, extract_html, outlet_from_url
from reader.core.formats.language import UNREADABLE_LANGUAGES, guess_language, language_name
from reader.core.formats.mhtml import html_from_mhtml
from reader.core.formats.pdf import extract_pdf
from reader.core.formats.sniff import DOCUMENT_EXTENSIONS, sniff
from reader.core.formats.text import parse_plain_text, strip_markdown, without_tables
from reader.core.formats.webarchive import html_from_webarchive
from reader.core.model import OUTLET_FROM_FILE_NAME, OUTLET_GIVEN, Article, content_hash
from reader.core.outlets import UNKNOWN_OUTLET, dateline_outlet, stem_words

__all__ = [
    "ARTICLE_EXTENSIONS",
    "article_from_html",
    "article_from_text",
    "check_readable_language",
    "read_article",
]

quiet_parser_logs()

#: Outlet of pasted text when neither the text nor the user names one.
PASTED_OUTLET: Final = "Pasted text"
_MARKDOWN: Final = (".md", ".markdown", ".mdown")
#: File name endings an Open dialog offers as articles. The content decides how a file is read
#: (a page saved as ``.txt`` is still read as HTML), so this only filters what a dialog lists.
ARTICLE_EXTENSIONS: Final = (".txt", ".text", *_MARKDOWN, *DOCUMENT_EXTENSIONS)
_WORD: Final = re.compile(r"\w+")


def read_article(
    source: str | os.PathLike[str],
    *,
    outlet: str | None = None,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
    language: str | None = None,
) -> Article:
    """Read one saved article. Fields given here override what the file says.

    The outlet, unless given, is what the file says (a header line, a page's metadata or address),
    else the agency of a wire dateline the text opens with ("LONDON (Reuters) - "), else the words
    of the file's name.
    """
    path = Path(os.fspath(source))
    # A file name that is not valid UTF-8 still opens, but is shown (and stored) readably.
    given = printable(os.fspath(source))
    with _errors_naming(given):
        data = _read_bytes(path)
        check_not_own_export(data)
        extracted = _extract(data, path.suffix.lower(), Deadline())
        return _build(
            extracted,
            source=given,
            fallback_outlet=_outlet(
                extracted,
                "document",
                extracted.url,
                (stem_words(Path(given)), OUTLET_FROM_FILE_NAME),
            ),
            overrides=_user_fields(outlet, title, author, date, language),
        )


def article_from_text(
    text: str,
    *,
    outlet: str | None = None,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
    language: str | None = None,
    source: str | None = None,
    unnamed: tuple[str, str] = (PASTED_OUTLET, "pasted"),
) -> Article:
    """An article from text with no file around it (pasted in the app, or a line of ``reader
    batch``), read exactly as a plain-text file is: a dateline or headline in the first lines
    becomes metadata, so it is neither compared as a claim nor run into the first paragraph's
    sentence. ``unnamed`` is the outlet, and where it came from, when neither the text nor the
    caller names one."""
    _check_length(len(text))
    extracted = parse_plain_text(_clean_text(text))
    return _build(
        extracted,
        source=source,
        fallback_outlet=_outlet(extracted, "text", extracted.url, unnamed),
        overrides=_user_fields(outlet, title, author, date, language),
    )


#: Pasted text with fewer different words than this is filler ("word word word ..."), not prose.
MIN_DISTINCT_WORDS: Final = 10
_PAGE_SOURCE: Final = re.compile(r"\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)


def article_from_pasted_text(
    text: str,
    *,
    outlet: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> Article:
    """An article from text a user pastes into the app, held to what a file is held to: no
    control-character soup (a binary file's test) and at least an article page's minimum of
    words, since a line or two gives the reading nothing to go on.

    The refusal speaks of reading, not comparing: whoever pastes one short text wants it read,
    and "compare" would leave them asking with what."""
    if looks_binary(text):
        raise ReaderInputError("it is mostly control characters or unreadable bytes, not text")
    if _PAGE_SOURCE.match(text):
        # A page's source copied whole: read it as the page it is.
        article = article_from_html(text, outlet=outlet, title=title, date=date)
    else:
        article = article_from_text(text, outlet=outlet, title=title, date=date)
    words = _WORD.findall(article.text.casefold())
    if len(words) >= MIN_ARTICLE_WORDS and len(set(words)) < MIN_DISTINCT_WORDS:
        raise ReaderInputError("not an article: the same few words over and over")
    if article.word_count < MIN_ARTICLE_WORDS:
        n = article.word_count
        raise ReaderInputError(
            f"too short to read: {n} word{'s' if n != 1 else ''}, and the app needs at least"
            f" {MIN_ARTICLE_WORDS} words to read a text"
        )
    return article


def article_from_html(
    html: str | bytes,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
    language: str | None = None,
    source: str | None = None,
) -> Article:
    """An article from a page's HTML (Open URL hands over what it downloaded).

    Errors name ``source`` or ``url``, so a dialog says which page could not be read.
    """
    with _errors_naming(source or url or None):
        if len(html) > MAX_FILE_BYTES:
            raise _too_large(len(html))
        if isinstance(html, bytes):
            html = decode_html(html)
        extracted = extract_html(html, url=url, deadline=Deadline())
        return _build(
            extracted,
            source=source or url,
            fallback_outlet=_outlet(extracted, "page", url, ("Web page", "default")),
            overrides=_user_fields(outlet, title, author, date, language),
        )


# -- reading ---------------------------------------------------------------------------------------


def _user_fields(
    outlet: str | None,
    title: str | None,
    author: str | None,
    date: str | None,
    language: str | None,
) -> dict[str, str | None]:
    """What the user gave, by Article field: it wins over anything read from the file."""
    return {"outlet": outlet, "title": title, "author": author, "date": date, "language": language}


_WEB_ADDRESS: Final = re.compile(r"^(?:https?|ftp)://?[^/]", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    """``https://...`` (or what a path makes of it, ``https:/...``): a page to fetch, not a file."""
    return _WEB_ADDRESS.match(text) is not None


#: How the app's own HTML report, JSON and CSV exports begin (the PDF says so in its metadata:
#: :func:`~reader.core.formats.pdf.extract_pdf`).
_OWN_EXPORT = re.compile(
    r'<meta name="generator" content="parallax-reader'
    r'|"schema"\s*:\s*"reader\.comparison/'
    r"|\A\ufeff?outlet,title,category,words,context,explanation,"
)


def check_not_own_export(data: bytes) -> None:
    """Refuse a report or data file this app saved: opened by mistake for an article (a
    teacher's report.html beside the articles), it was read as one, and its flags' own
    explanations were compared and flagged as an outlet's words."""
    head = data[:4096].decode("utf-8", errors="replace")
    if _OWN_EXPORT.search(head):
        raise ReaderInputError(OWN_EXPORT)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, after refusing anything but a regular, readable, non-empty, small file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ReaderInputError(
                f"dangling link: it points to {path.readlink()!s}, which does not exist"
            ) from None
        if is_web_address(str(path)):
            # A path collapses "https://" to "https:/"; the user meant a web page.
            raise ReaderInputError(
                "a web address, not a file: open it in the app (File > Open URL), or save the"
                " page and give the saved file"
            ) from None
        raise ReaderInputError("no such file; check the file's name and folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReaderInputError(
                "a loop of symbolic links that never reaches a file; give the article file itself"
            ) from None
        raise ReaderInputError(f"cannot open: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReaderInputError("this is a folder; choose the article files inside it")
    if not stat.S_ISREG(info.st_mode):
        raise ReaderInputError(
            "not a regular file (a device, pipe or socket); save the article to a file"
        )
    if info.st_size == 0:
        raise ReaderInputError("empty file (0 bytes); choose the file that holds the article")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(info.st_size)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ReaderInputError(
            "cannot read: no permission; ask the file's owner, or save a copy you may read"
        ) from None
    except OSError as exc:
        raise ReaderInputError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))  # the file grew while being read
    return data


def _too_large(size: int) -> ReaderInputError:
    return ReaderInputError(
        f"file too large: {megabytes(size)} (limit {megabytes(MAX_FILE_BYTES)}); "
        "save just the article"
    )


def _extract(data: bytes, extension: str, deadline: Deadline) -> Extracted:
    kind = sniff(data, extension)
    if kind == "html":
        return extract_html(decode_html(data), url=None, deadline=deadline)
    if kind == "mhtml":
        html, url = html_from_mhtml(data)
        return extract_html(html, url=url, deadline=deadline)
    if kind == "webarchive":
        html, url = html_from_webarchive(data)
        return extract_html(html, url=url, deadline=deadline)
    if kind == "pdf":
        return _with_header_lines(extract_pdf(data, deadline=deadline))
    if kind == "docx":
        return _with_header_lines(extract_docx(data, deadline=deadline))
    if not data.strip():
        raise ReaderInputError(_BLANK_FILE)
    decoded = decode_text(data)
    if looks_binary(decoded):
        raise ReaderInputError(NOT_TEXT)
    _check_length(len(decoded))
    if not normalise(decoded):  # no-break and zero-width spaces, ideographic space ...
        raise ReaderInputError(_BLANK_FILE)
    if extension in _MARKDOWN:
        decoded = strip_markdown(normalise(decoded))
    return parse_plain_text(_clean_text(decoded))


_BLANK_FILE: Final = (
    "the file holds only whitespace, no text; choose the file that holds the article"
)


def _with_header_lines(found: Extracted) -> Extracted:
    """A document's opening headline, dateline or byline as metadata, like a plain-text file's;
    what the document's own properties say wins, except over a byline: the "author" property
    names whoever made the file (a sub-editor, "python-docx"), the byline who wrote the article."""
    header = parse_plain_text(found.text)
    return Extracted(
        text=header.text,
        title=found.title or header.title,
        author=header.author or found.author,
        date=found.date or header.date,
        outlet=found.outlet or header.outlet,
        url=found.url or header.url,
    )


def _clean_text(text: str) -> str:
    cleaned = normalise(text)
    if not cleaned:
        raise ReaderInputError("no text: the input is empty or only whitespace")
    if not any(ch.isalnum() for ch in cleaned):
        raise ReaderInputError("no text: the input has no words, only marks")
    prose = without_tables(cleaned)
    if not prose:
        raise ReaderInputError("no article text: the input holds only a table")
    return prose


def _check_length(chars: int) -> None:
    if chars > MAX_TEXT_CHARS:
        raise ReaderInputError(
            f"text too long: {chars:,} characters (limit {MAX_TEXT_CHARS:,}); "
            "split it into articles"
        )


# -- assembling ------------------------------------------------------------------------------------


def _outlet(
    extracted: Extracted, said_in: str, url: str | None, default: tuple[str | None, str]
) -> tuple[str, str]:
    """The outlet's name and where it was found, in the one order every kind of input keeps: what
    the input itself says (``said_in``), its address, the agency of a wire dateline it opens
    with, else ``default`` (whose "where" names even an empty default)."""
    for name, where in (
        (extracted.outlet, said_in),
        (outlet_from_url(url), "address"),
        (dateline_outlet(extracted.text), "dateline"),
        default,
    ):
        if name and name.strip():
            return name, where
    return UNKNOWN_OUTLET, default[1]


@contextmanager
def _errors_naming(source: str | None) -> Iterator[None]:
    """Let an input error raised inside name ``source`` (unless it names its own input already),
    so a dialog or the command line says which file or page could not be read."""
    try:
        yield
    except ReaderInputError as exc:
        if exc.source is not None or source is None:
            raise
        raise ReaderInputError(exc.message, source=source) from None


def _build(
    extracted: Extracted,
    *,
    source: str | None,
    fallback_outlet: tuple[str, str],
    overrides: dict[str, str | None],
) -> Article:
    text = _without_title_line(extracted.text, extracted.title)
    if not text.strip():
        raise ReaderInputError("no text: the input is empty or only whitespace")
    _check_length(len(text))
    language = guess_language(text)
    check_readable_language(language)
    outlet, outlet_source = fallback_outlet
    article = Article(
        id=content_hash(text)[:16],
        outlet=outlet.strip() or UNKNOWN_OUTLET,
        text=text,
        title=extracted.title,
        author=extracted.author,
        date=extracted.date,
        source=source,
        language=language,
        # Recorded so the app can tell a name read from the input from the file's own name,
        # which it then marks as one to replace ("the file's name · ✎ name it").
        outlet_source=outlet_source,
    )
    # Stripped before the test: an outlet of spaces is none given, so the usual fallback names it.
    stripped = {k: v.strip() if isinstance(v, str) else v for k, v in overrides.items()}
    fields = {k: v for k, v in stripped.items() if v}
    if fields.get("outlet"):
        fields["outlet_source"] = OUTLET_GIVEN
    return article.with_fields(**fields)


def check_readable_language(language: str | None) -> None:
    """Refuse a text in a script other than the Latin alphabet (Chinese, Russian, Arabic,
    Korean ...): the English pipeline finds no word it knows in it, so it would come out "too
    short", as one claim-less block, or with meaningless flags. Other languages in Latin letters
    are read, with a notice that the marks may be wrong."""
    if language in UNREADABLE_LANGUAGES:
        raise ReaderInputError(
            f"written in {language_name(language)}, which Parallax Reader cannot read:"
            " it compares articles in English only"
        )


def _without_title_line(text: str, title: str | None) -> str:
    """The body without a first paragraph that only repeats the title (a DOCX heading, a PDF's
    first line): the title is metadata, and a repeated one would be compared as a claim."""
    if not title:
        return text
    first, _, rest = text.partition("\n\n")
    if rest.strip() and _WORD.findall(first.casefold()) == _WORD.findall(title.casefold()):
        return rest
    return text
