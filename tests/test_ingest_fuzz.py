"""Property tests: whatever bytes arrive, ingest returns an article or raises ReaderInputError.

Any other exception would reach the user as a crash, so these feed random bytes, mutated pages,
PDFs and DOCX files through the whole path, including content sniffing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest_samples import MERIDIAN, make_docx, make_pdf
from reader.core.errors import ReaderInputError
from reader.core.ingest import article_from_html, article_from_text, read_article
from reader.core.model import Article

EXTENSIONS = ["", ".txt", ".md", ".html", ".htm", ".mhtml", ".webarchive", ".pdf", ".docx"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _outcome(path: Path) -> Article | ReaderInputError:
    try:
        article = read_article(path)
    except ReaderInputError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return exc
    assert article.text.strip()
    assert article.outlet.strip()
    assert article.text == article.text.strip()
    return article


def _mutate(data: bytes, edits: list[tuple[float, int, bytes]]) -> bytes:
    """Apply (position, delete count, insertion) edits: flips, cuts and splices in one go."""
    out = bytearray(data)
    for where, delete, insert in edits:
        at = int(where * len(out))
        out[at : at + delete] = insert
    return bytes(out)


EDITS = st.lists(
    st.tuples(
        st.floats(0, 1),
        st.integers(0, 400),
        st.one_of(
            st.binary(max_size=20),
            st.sampled_from([b"<", b">", b"<div>" * 300, b"<script>", b"</p>", b"\x00", b"%%EOF"]),
        ),
    ),
    min_size=1,
    max_size=6,
)


@FUZZ
@given(data=st.binary(min_size=1, max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes(scratch: Path, data: bytes, ext: str) -> None:
    path = scratch / f"random{ext}"
    path.write_bytes(data)
    _outcome(path)


@FUZZ
@given(
    prefix=st.sampled_from(
        [
            b"%PDF-1.4\n",
            b"PK\x03\x04",
            b"bplist00",
            b"<html>",
            b"\xff\xfe",
            b'<?xml version="1.0"?><plist><dict><key>WebMainResource</key>',
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/html; charset=",
        ]
    ),
    data=st.binary(max_size=2000),
    ext=st.sampled_from(EXTENSIONS),
)
def test_random_bytes_behind_a_magic_number(
    scratch: Path, prefix: bytes, data: bytes, ext: str
) -> None:
    path = scratch / f"magic{ext}"
    path.write_bytes(prefix + data)
    _outcome(path)


@settings(FUZZ, max_examples=30)
@given(edits=EDITS)
def test_mutated_html(scratch: Path, edits: list[tuple[float, int, bytes]]) -> None:
    path = scratch / "page.html"
    path.write_bytes(_mutate(MERIDIAN.read_bytes(), edits))
    _outcome(path)


@FUZZ
@given(edits=EDITS)
def test_mutated_pdf(scratch: Path, edits: list[tuple[float, int, bytes]]) -> None:
    path = scratch / "doc.pdf"
    path.write_bytes(_mutate(make_pdf(), edits))
    _outcome(path)


@FUZZ
@given(edits=EDITS)
def test_mutated_docx(scratch: Path, edits: list[tuple[float, int, bytes]]) -> None:
    path = scratch / "doc.docx"
    path.write_bytes(_mutate(make_docx(), edits))
    _outcome(path)


@FUZZ
@given(text=st.text(max_size=2000))
def test_any_pasted_text(text: str) -> None:
    try:
        article = article_from_text(text)
    except ReaderInputError as exc:
        if "English only" in str(exc):
            # refused for its script: it has letters, and some are outside the Latin alphabet
            assert str(exc).startswith("written in ")
            assert any(ch.isalpha() and not ch.isascii() for ch in text)
            return
        # otherwise refused only when there is nothing to read: no printable text, or no letter
        # or digit
        printable = "".join(ch for ch in text if ch.isprintable()).strip()
        assert not printable or not any(ch.isalnum() for ch in printable)
        return
    assert article.text.strip()
    assert article.id == article.hash[:16]


@settings(FUZZ, max_examples=30)
@given(html=st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivpscrt\n&;!-")), max_size=600))
def test_any_markup(html: str) -> None:
    try:
        article_from_html(html)
    except ReaderInputError as exc:
        assert "\n" not in str(exc)
