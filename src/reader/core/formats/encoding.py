"""Bytes to text, and text to the one normal form every later stage relies on.

Offsets in the whole engine are ``str`` indices into the article text, so the text must be final
before anything is parsed: one newline convention, ordinary spaces, no invisible characters,
paragraphs separated by one blank line. Normalisation only removes or replaces characters that carry
no words, so sentence content never shifts.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final

import charset_normalizer

from reader.core.errors import ReaderInputError

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Enough bytes for charset-normalizer to decide; it is slow on megabytes.
_SNIFF_BYTES: Final = 256 * 1024


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text with no BOM.

    Text in a Latin script stored as UTF-16 has a zero in (almost) every other byte; random binary
    and every 8-bit encoding do not.
    """
    head = data[:4096]
    if len(head) < 4:
        return None
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2], head[1::2]
    zeros_even = even.count(0) / len(even)
    zeros_odd = odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.02:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.02:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 with a few bad bytes (a truncated copy, one stray byte) rather than another code
    page.

    Requires real multi-byte sequences: plain ASCII with a stray 0xE9 is far more likely latin-1.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte >= 1 and bad <= max(3, multibyte // 10)


def _normalise_codec(name: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):  # an unknown name, or one with a NUL in it
        return "cp1252"
    # What is labelled latin-1 is cp1252 in practice (browsers do the same): curly quotes, dashes.
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return codec


#: Why a file of bytes that are no text is refused, and what to do instead.
NOT_TEXT: Final = (
    "binary data, not text: this file holds no readable article;"
    " save the article as text (.txt) or as a web page (.html) and open that"
)


def decode_text(data: bytes) -> str:
    """Decode a text file of unknown encoding: BOM, UTF-16 without BOM, UTF-8, then detection."""
    found = bom_encoding(data)
    if found:
        name, skip = found
        return data[skip:].decode(name, errors="replace")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data:
        raise ReaderInputError(NOT_TEXT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_invalid_utf8(data)


def _decode_invalid_utf8(data: bytes) -> str:
    """Decode bytes that are not valid UTF-8: UTF-8 with a few damaged bytes stays UTF-8, anything
    else goes to detection (charset-normalizer), which tells the legacy code pages apart."""
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    matches = charset_normalizer.from_bytes(data[:_SNIFF_BYTES])
    best = matches.best()
    if best is None:
        return data.decode("cp1252", errors="replace")
    codec = _normalise_codec(best.encoding)
    if codec == "cp1252" or codec in _LATIN_CODEPAGES:
        latin = [c for m in matches if (c := _normalise_codec(m.encoding)) in _LATIN_CODEPAGES]
        return _most_letters(data, latin)
    return data.decode(codec, errors="replace")


#: Latin-script code pages that charset-normalizer cannot tell apart on a short text.
_LATIN_CODEPAGES: Final = frozenset(
    codecs.lookup(name).name
    for name in [
        "cp1250",
        "cp1257",
        "cp1254",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "cp775",
        "cp850",
        "cp852",
        "cp858",
        "cp437",
        "mac_latin2",
        "mac_roman",
        "mac_iceland",
    ]
)


#: Non-ASCII characters common in European news text: the mark of a right guess among code pages.
_COMMON_NON_ASCII: Final = frozenset(
    "àâäçéèêëîïôöùûüÿñáíóúãõåæøœßÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚÃÕÅÆØŒ“”‘’–—…«»€°£§"
    "łśźżąęćńőűčřěšžůĺľťďňŁŚŹŻĄĘĆŃŐŰČŘĚŠŽŮĹĽŤĎŇ"
)


def _most_letters(data: bytes, candidates: list[str]) -> str:
    """The decoding that yields the most characters common in European text; cp1252 wins ties.

    charset-normalizer cannot tell Latin code pages apart on a short text. French 'à' is 0xE0, which
    cp1250 reads as 'ŕ' (rare), and curly quotes are 0x93/0x94, which cp1257 reads as 'ō'/'ö';
    Polish 'ł' is 0xB3, which cp1252 reads as '³', so there cp1250 wins.
    """

    def common(text: str) -> int:
        return sum(1 for ch in text if ch in _COMMON_NON_ASCII)

    chosen = data.decode("cp1252", errors="replace")
    score = common(chosen)
    for codec in candidates:
        text = data.decode(codec, errors="replace")
        if (n := common(text)) > score:
            chosen, score = text, n
    return chosen


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a web page: BOM, then the charset the page or its container declares, then guess."""
    found = bom_encoding(data)
    if found:
        name, skip = found
        return data[skip:].decode(name, errors="replace")
    if declared is None:
        match = _META_CHARSET.search(data[:8192])
        declared = match.group(1).decode("ascii") if match else None
    if declared:
        codec = _normalise_codec(declared)
        if codec.startswith("utf-16"):
            # A page declaring UTF-16 inside itself is really in an ASCII-compatible encoding.
            codec = "utf-8"
        if codec == "utf-8" or _looks_like_utf8(data):
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                # Declared UTF-8 but not UTF-8: pages saved from old CMSes say utf-8 and are
                # cp1252. Replacing the bad bytes lost every curly quotation mark, so quoted speech
                # read as the outlet's own words; detection reads them right.
                return _decode_invalid_utf8(data)
        return data.decode(codec, errors="replace")
    return decode_text(data)


def _looks_like_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b > 0x7F for b in data[:65536])


# -- normalisation -------------------------------------------------------------------------------

_SPACES: Final = dict.fromkeys(
    map(
        ord,
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\t",
    ),
    " ",
)
#: Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
#: direction marks.
_INVISIBLE: Final = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c"), None
)
#: Typographic ligatures (PDFs are full of them): the letters they stand for, so "oﬃcials" matches
#: "officials". NFKC would do this too, but it also rewrites superscripts, fractions and full-width
#: forms that are content.
_LIGATURES: Final = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}
_LINE_BREAKS: Final = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MULTI_SPACE: Final = re.compile(r" {2,}")
_BLANKS: Final = re.compile(r"\n(?:[ ]*\n)+")


def normalise_line_breaks(text: str) -> str:
    """``text`` with every line break as ``\n`` and nothing else changed.

    The engine (sentences, claims, headlines) sees a line break only in ``\n``; a CR-only text
    (old Mac), CRLF, U+2028 and the other Unicode breaks would otherwise join a dateline or a
    headline to the sentence after it. A paragraph separator (U+2029) becomes a blank line, as
    between paragraphs everywhere else. This is the part of :func:`normalise` that texts which
    never pass through ingest (``compare()`` called directly, ``reader batch``) also get.
    """
    return _LINE_BREAKS.sub("\n", text.replace("\u2029", "\n\n"))


def normalise_breaks_and_spaces(text: str) -> str:
    """``text`` with every line break as ``\n`` and every other space character (no-break,
    thin, ideographic, tab) as a plain space, one for one: what texts that never pass through
    ingest get before the engine reads them.

    The parser splits words only on plain spaces, so a scraped text with no-break spaces ("cash
    grab" written with U+00A0) lost its phrases and most of its flags. Nothing is removed, so the
    offsets of a text without CRLF or U+2029 stay where the caller had them.
    """
    return normalise_line_breaks(text).translate(_SPACES)


def normalise(text: str) -> str:
    """One form for every text: NFC, LF newlines, plain spaces, blank lines between paragraphs.

    Line structure is kept (a plain-text file's single line breaks stay); runs of blank lines become
    one; leading and trailing blanks go.
    """
    text = unicodedata.normalize("NFC", text)
    text = normalise_line_breaks(text)
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_LIGATURES)
    text = _CONTROL.sub("", text)
    text = _MULTI_SPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters or undecodable bytes: not an article.

    Counted on the raw decoded text (before normalisation strips controls), over its first 64k
    chars.
    """
    sample = text[:65536]
    if not sample:
        return False
    junk = sum(
        1
        for ch in sample
        if ch == "\ufffd"
        or (unicodedata.category(ch) in {"Cc", "Co", "Cn", "Cs"} and ch not in "\t\n\r\x0c")
    )
    return junk / len(sample) > 0.05
