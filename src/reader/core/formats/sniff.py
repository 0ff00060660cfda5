"""What a file is, from its first bytes first and its extension second.

Content wins because users rename things and browsers save oddly: a PNG named ``.html`` is a
picture, and a page saved as ``.txt`` is still a page.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from reader.core.errors import ReaderInputError
from reader.core.formats.encoding import bom_encoding, utf16_without_bom

Kind = Literal["html", "mhtml", "webarchive", "pdf", "docx", "text"]

_PICTURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF87a", "a GIF picture"),
    (b"GIF89a", "a GIF picture"),
    (b"BM", None),  # checked below: too short a signature to trust alone
    (b"II*\x00", "a TIFF picture"),
    (b"MM\x00*", "a TIFF picture"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_OTHER_BINARY: Final = (
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive; unpack it first"),
    (b"BZh", None),
    (b"\xfd7zXZ\x00", "an xz archive; unpack it first"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Word/Office file; save it as .docx first"),
    (b"{\\rtf", "an RTF document; save it as .docx or .txt first"),
    (b"OggS", "an audio file"),
    (b"fLaC", "an audio file"),
    (b"ID3", "an audio file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"\x1aE\xdf\xa3", "a video file"),
)
_HTML_START: Final = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)",
    re.I | re.S,
)
_MHTML_HEADER: Final = re.compile(
    rb"^(?:[A-Za-z-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,40}?"
    rb"Content-Type:\s*multipart/related",
    re.I,
)
_EXTENSIONS: Final[dict[str, Kind]] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".webarchive": "webarchive",
    ".pdf": "pdf",
    ".docx": "docx",
}
#: The endings of the document formats read by their structure, for file dialogs to list.
DOCUMENT_EXTENSIONS: Final = tuple(_EXTENSIONS)


def _picture_or_binary(head: bytes) -> str | None:
    for magic, what in _PICTURES + _OTHER_BINARY:
        if what and head.startswith(magic):
            return what
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP picture"
    if head.startswith(b"RIFF"):
        return "an audio or video file"
    if head[4:12] in {b"ftypheic", b"ftypheix", b"ftypavif", b"ftypmif1"}:
        return "a HEIC/AVIF picture"
    if head[4:8] == b"ftyp":
        return "a video file"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "a BMP picture"
    stripped = head.lstrip()
    if stripped[:5].lower() == b"<svg " or (
        stripped.startswith(b"<?xml") and b"<svg" in head[:1024]
    ):
        return "an SVG picture"
    return None


def _text_head(head: bytes) -> str:
    found = bom_encoding(head)
    if found:
        return head[found[1] :].decode(found[0], errors="replace")
    utf16 = utf16_without_bom(head)
    if utf16:
        return head.decode(utf16, errors="replace")
    return head.decode("latin-1")


def sniff(data: bytes, extension: str) -> Kind:
    """The format of ``data``; ``extension`` (lower case, with the dot) breaks ties.

    Raises ReaderInputError for formats that can hold no article (pictures, programs, archives).
    """
    head = data[:4096]
    what = _picture_or_binary(head)
    if what:
        suffix = f" named {extension}" if extension else ""
        raise ReaderInputError(
            f"this is {what}{suffix}, not an article; choose the article itself (text, web page,"
            " PDF or Word file)"
        )
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"bplist00"):
        return "webarchive"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if extension == ".docx" or b"word/" in data[:65536] or b"[Content_Types].xml" in head:
            return "docx"
        # OpenDocument and EPUB store their type, uncompressed, as the first entry "mimetype".
        if head[30:38] == b"mimetype":
            if b"opendocument" in head[38:120]:
                raise ReaderInputError("this is an OpenDocument file; save it as .docx or .txt")
            if b"epub" in head[38:120]:
                raise ReaderInputError("this is an e-book (EPUB); save the article as .txt")
        raise ReaderInputError("this is a ZIP archive, not an article; unpack it first")
    if _MHTML_HEADER.match(head):
        return "mhtml"
    if head.lstrip().startswith(b"<?xml") and b"WebMainResource" in head:
        return "webarchive"
    if _HTML_START.match(_text_head(head)):
        return "html"
    return _EXTENSIONS.get(extension, "text")
