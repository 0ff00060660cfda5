"""PDF with a text layer, through pypdf. Scans (no text layer), encrypted and truncated files are
refused with a message that says which, because the fix differs (OCR, a password, a fresh
download)."""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from itertools import pairwise
from typing import Any

from reader import APP_NAME
from reader.core.errors import ReaderInputError
from reader.core.formats.base import (
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    OWN_EXPORT,
    Deadline,
    Extracted,
)
from reader.core.formats.encoding import normalise

#: A word broken at a line end: its part before the hyphen, and the part on the next line.
_HYPHEN_BREAK = re.compile(r"(\w+)-\n(\w+)")
_WORD_FORM = re.compile(r"\w+(?:-\w+)*")
#: Words that start compounds far more often than a typesetter breaks a longer word after them
#: ("well-known", "self-styled", "anti-war", "long-term"). Not "so", "ex", "pro", "co", "re": in
#: the evaluation texts a break after them is four to a hundred times likelier to split "social",
#: "example", "protect", "coalition" or "report" than a compound. Numbers: "two-thirds".
_COMPOUND_HEADS = frozenset(
    {"well", "self", "anti", "non", "long", "short", "high", "low", "half", "vice", "all"}
    | {"same", "full", "ill", "far", "one", "two", "three", "four", "five", "six", "seven"}
    | {"eight", "nine", "twenty", "thirty", "forty", "fifty", "hundred"}
)
#: Endings a typesetter leaves after one of those heads when it breaks a single word:
#: "high-ly", "low-er", "self-ish", "long-time", "high-lights".
_WORD_ENDINGS = frozenset(
    {"ly", "er", "ers", "est", "ish", "ness", "nesses", "less", "ies", "ie", "ed", "ing", "en"}
    | {"ings", "ened", "ment", "ments", "ty", "teen", "age", "ages", "ward", "wards", "ful"}
    | {"ist", "ists", "ism", "way", "ways", "time", "times", "light", "lights", "lighted"}
    | {"standing"}
)
#: Second parts that only ever end compounds: "40-year-old", "Paris-based", "Saudi-led".
_COMPOUND_TAILS = frozenset({"old", "based", "backed", "led", "owned", "wing", "style"})
#: Compounds whose head is too common a syllable to be listed above.
_FIXED_COMPOUNDS = frozenset({("so", "called")})
_SENTENCE_END = re.compile(r"[.!?:\"”’)]$")


def extract_pdf(data: bytes, *, deadline: Deadline) -> Extracted:
    """Text of every page, lines rejoined into paragraphs, plus the document's title and author."""
    if b"%PDF-" not in data[:1024]:
        raise ReaderInputError("not a PDF file (no %PDF header)")
    from pypdf import PdfReader

    # pypdf warns (warnings module) only about deprecated API use, never about file content, so no
    # process-wide warning filter is touched here: that would not be thread-safe in the app.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _decrypt(reader):
            raise ReaderInputError(
                "this PDF is password-protected; open it and save an unprotected copy"
            )
        pages = reader.pages
        count = len(pages)
    except ReaderInputError:
        raise
    except Exception:
        raise ReaderInputError("damaged or truncated PDF; download or export it again") from None
    if count == 0:
        raise ReaderInputError("damaged or truncated PDF: it has no pages")
    if _made_by_this_app(reader):
        raise ReaderInputError(OWN_EXPORT)
    if count > MAX_PDF_PAGES:
        raise ReaderInputError(
            f"PDF has {count} pages (limit {MAX_PDF_PAGES}); extract the article's pages"
        )
    texts: list[str] = []
    total = 0
    failed = 0
    for number in range(count):
        deadline.check(f"reading PDF page {number + 1}")
        try:
            page_text = pages[number].extract_text() or ""
        except Exception:
            failed += 1
            continue
        texts.append(_without_page_number(page_text))
        total += len(page_text)
        if total > MAX_TEXT_CHARS:
            raise ReaderInputError(
                f"PDF text longer than {MAX_TEXT_CHARS:,} characters; extract the article's pages"
            )
    meta = _metadata(reader)
    # Pages meet with a line break, not a paragraph break: most page breaks fall mid-paragraph.
    text = _rejoin("\n".join(texts))
    if not text.strip():
        if failed:
            raise ReaderInputError(
                "damaged or truncated PDF: no page could be read; download or export it again"
            )
        raise ReaderInputError(
            "no text layer: this PDF is a scan or a picture; run OCR on it first"
        )
    return Extracted(text=text, title=meta.get("title"), author=meta.get("author"))


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)


def _without_page_number(page: str) -> str:
    """Drop a lone page number ("7", "Page 7 of 9") on a page's first or last line: it is furniture,
    and left in it would glue a digit into the sentence that runs across the page break."""
    lines = page.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    if lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def _made_by_this_app(reader: Any) -> bool:
    """Whether the PDF is a report this app saved (its Creator names the app): read as an
    article, its flags' explanations would be flagged again as an outlet's words."""
    try:
        creator = reader.metadata.creator if reader.metadata is not None else None
    except Exception:
        return False  # a damaged Info dictionary says nothing either way
    return isinstance(creator, str) and creator.startswith(APP_NAME)


def _decrypt(reader: Any) -> bool:
    """Files locked only against editing open with an empty password; others need the user's."""
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


def _metadata(reader: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        info = reader.metadata
        for key, attr in (("title", "title"), ("author", "author")):
            value = getattr(info, attr, None) if info is not None else None
            if (
                isinstance(value, str)
                and value.strip()
                and not value.strip().lower().startswith("untitled")
            ):
                out[key] = " ".join(value.split())
    except Exception:
        pass  # metadata is a bonus; a damaged Info dictionary must not lose the text
    return out


def _rejoin(raw: str) -> str:
    """Lines of a laid-out page back into paragraphs: a line break is a space unless the line is
    clearly short and ends a sentence (the end of a paragraph); words broken at a line end are
    made whole (:func:`_join_broken_words`)."""
    text = _join_broken_words(normalise(raw))
    paragraphs: list[str] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        width = statistics.median(len(line) for line in lines)
        widest = max(len(line) for line in lines)
        current: list[str] = []
        for index, line in enumerate(lines):
            current.append(line)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _ends_paragraph(line, following, widest) or _heading_like(line, following, width):
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
    return normalise("\n\n".join(paragraphs))


def _join_broken_words(text: str) -> str:
    """Words a typesetter broke at a line end ("govern-" / "ment") made whole again, keeping the
    hyphen of a real compound ("so-" / "called" is "so-called", not "socalled").

    Without a dictionary the text itself is the best witness: the spelling it uses elsewhere
    wins. Failing that, a capital or a digit after the hyphen ("anti-" / "American", "COVID-" /
    "19") or a known compound head or tail keeps the hyphen, and anything else is one word.
    """
    forms = Counter(form.casefold() for form in _WORD_FORM.findall(text))
    hyphenated: Counter[str] = Counter()
    for form in forms:
        parts = form.split("-")
        for head, tail in pairwise(parts):
            hyphenated[f"{head}-{tail}"] += forms[form]

    def mend(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        joiner = "-" if _is_compound(head, tail, forms, hyphenated) else ""
        return f"{head}{joiner}{tail}"

    return _HYPHEN_BREAK.sub(mend, text)


def _is_compound(head: str, tail: str, words: Counter[str], hyphenated: Counter[str]) -> bool:
    """Whether ``head``-``tail``, broken at a line end, is written with its hyphen."""
    folded_head, folded_tail = head.casefold(), tail.casefold()
    elsewhere = hyphenated[f"{folded_head}-{folded_tail}"] - words[folded_head + folded_tail]
    if elsewhere:
        return elsewhere > 0  # "McCarthy" and "HuffPost" are one word where the text says so
    if head[-1].isdigit() or tail[0].isdigit():
        return True
    if tail[0].isupper() and not (head.isupper() and tail.isupper()):
        return True
    head, tail = folded_head, folded_tail
    return (
        (head in _COMPOUND_HEADS and tail not in _WORD_ENDINGS)
        or tail in _COMPOUND_TAILS
        or (head, tail) in _FIXED_COMPOUNDS
    )


def _ends_paragraph(line: str, following: str, widest: int) -> bool:
    """A line that ends a sentence ends its paragraph when the next line's first word would have
    fitted on it: a typesetter wraps a word only when it does not fit. Characters stand in for
    widths, so a little slack is left for proportional fonts."""
    if not _SENTENCE_END.search(line):
        return False
    next_word = following.split(" ", 1)[0] if following else ""
    return len(line) + 1 + len(next_word) <= 0.9 * widest


def _heading_like(line: str, following: str, width: float) -> bool:
    """A short line with no closing punctuation before a capitalised line: a headline, dateline or
    byline, which must stay its own paragraph for the header parser to find it."""
    return (
        len(line) < 0.6 * width
        and not re.search(r"[,;:\-–—(]$", line)
        and not _SENTENCE_END.search(line)
        and bool(following[:1])
        and (following[:1].isupper() or following[:1].isdigit())
    )
