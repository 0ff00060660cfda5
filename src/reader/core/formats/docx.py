"""Word ``.docx``: read with zipfile and a streaming lxml parser rather than python-docx, because a
DOCX is a zip archive and a hostile one inflates to gigabytes. Every part is read through a counter
that stops at :data:`MAX_DECOMPRESSED_BYTES`, whatever sizes the archive declares."""

from __future__ import annotations

import io
import zipfile
from typing import IO, Final

from lxml import etree

from reader.core.errors import ReaderInputError
from reader.core.formats.base import MAX_DECOMPRESSED_BYTES, Deadline, Extracted, megabytes
from reader.core.formats.encoding import normalise

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DC: Final = "{http://purl.org/dc/elements/1.1/}"
_BODY_PART: Final = "word/document.xml"


class _TooBig(Exception):
    pass


class _CappedReader(io.RawIOBase):
    """A read-only stream that fails once more than ``cap`` bytes have come out of it."""

    def __init__(self, raw: IO[bytes], cap: int) -> None:
        self._raw = raw
        self._left = cap
        self.exceeded = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(65536 if size is None or size < 0 else min(size, 1 << 20))
        self._left -= len(chunk)
        if self._left < 0:
            self.exceeded = True
            raise _TooBig
        return chunk


def _too_big() -> ReaderInputError:
    return ReaderInputError(
        f"this DOCX inflates to more than {megabytes(MAX_DECOMPRESSED_BYTES)} of XML "
        "(a zip bomb or not a document); refused"
    )


def extract_docx(data: bytes, *, deadline: Deadline) -> Extracted:
    """Paragraph text of the document body, plus title and author from the core properties."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except Exception:
        raise ReaderInputError(
            "not a Word file (DOCX), or a damaged one; open it in Word and save it again, or save"
            " the article as text"
        ) from None
    with archive:
        if _BODY_PART not in names:
            raise ReaderInputError("this ZIP archive is not a Word document (no word/document.xml)")
        info = archive.getinfo(_BODY_PART)
        if info.file_size > MAX_DECOMPRESSED_BYTES:
            raise _too_big()
        paragraphs = _paragraphs(archive, _BODY_PART, deadline)
        deadline.check("reading the DOCX")
        title, author = _core_properties(archive) if "docProps/core.xml" in names else (None, None)
    text = normalise("\n\n".join(p for p in paragraphs if p.strip()))
    if not text:
        raise ReaderInputError("this DOCX has no text")
    return Extracted(text=text, title=title, author=author)


def _iterparse(
    archive: zipfile.ZipFile, name: str, tags: tuple[str, ...]
) -> tuple[_CappedReader, etree.iterparse]:
    stream = _CappedReader(archive.open(name), MAX_DECOMPRESSED_BYTES)
    # No entities, no network, no DTD: the XML comes from an untrusted file.
    events = etree.iterparse(
        stream,
        events=("end",),
        tag=tags,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    return stream, events


def _paragraphs(archive: zipfile.ZipFile, name: str, deadline: Deadline) -> list[str]:
    out: list[str] = []
    stream: _CappedReader | None = None
    try:
        stream, events = _iterparse(archive, name, (f"{_W}p",))
        for count, (_, element) in enumerate(events):
            if not _inside_fallback(element):
                out.append(_paragraph_text(element))
            element.clear(keep_tail=True)
            if count % 2000 == 0:
                deadline.check("reading the DOCX")
    except _TooBig:
        raise _too_big() from None
    except ReaderInputError:
        raise
    except Exception:
        if stream is not None and stream.exceeded:
            raise _too_big() from None
        raise ReaderInputError(
            "damaged Word file (DOCX): its text cannot be read; open it in Word and save it again"
        ) from None
    return out


def _inside_fallback(element: etree._Element) -> bool:
    """Text boxes appear twice (modern and fallback markup); the fallback copy is skipped."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _paragraph_text(paragraph: etree._Element) -> str:
    """The text of a ``w:p``. Word stores a non-breaking hyphen ("long‑overdue") as its own
    ``w:noBreakHyphen`` element, not as a character in ``w:t``, so it is written back as "-" (left
    out, it glued the two words together). A ``w:softHyphen`` only marks where a word may break at
    a line end and is no character, so it is left out (the element is not even read)."""
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts)


def _core_properties(archive: zipfile.ZipFile) -> tuple[str | None, str | None]:
    """Title and author are a bonus: a damaged core.xml must not lose the text."""
    found: dict[str, str] = {}
    try:
        _, events = _iterparse(archive, "docProps/core.xml", (f"{_DC}title", f"{_DC}creator"))
        for _, element in events:
            value = " ".join((element.text or "").split())
            if value:
                found[element.tag] = value
    except Exception:
        return None, None
    return found.get(f"{_DC}title"), found.get(f"{_DC}creator")
