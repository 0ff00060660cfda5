"""Builders for the ingest tests: real files of every format, made in code so nothing big is
committed.

The PDF is written by hand (a page, a Helvetica font and a content stream) because pypdf cannot lay
out text; the DOCX is a minimal WordprocessingML package; the MHTML mimics Chrome's "Save as single
file" (quoted-printable HTML plus a base64 image); the webarchive is Safari's binary property list.

Run ``python tests/ingest_samples.py DIR`` to write every good and hostile sample into DIR (for
trying the command line by hand, e.g. ``reader library add DIR/*``).
"""

from __future__ import annotations

import base64
import io
import plistlib
import quopri
import struct
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = FIXTURES / "pages"
MERIDIAN = PAGES / "meridian_macron_china.html"
HARBOUR = PAGES / "harbour_macron_china.html"
#: Invented pages in the shapes "Save page as" gives (see fixtures/pages/README.md).
DUNMERE = PAGES / "dunmere_bridge_closure.html"
WESTCOMBE = PAGES / "westcombe_pier_cp1252.html"
NORRICK_AMP = PAGES / "norrick_amp_library.html"
CARROW_LIVE = PAGES / "carrow_flood_liveblog.html"
FALLOWFIELD_BR = PAGES / "fallowfield_council_br_only.html"
KESTREL_PAYWALL = PAGES / "kestrel_paywall_hospital.html"
OSTLEY_MAIL = PAGES / "ostley_briefing_newsletter.txt"
PELLHAM_UTF16 = PAGES / "pellham_quarry_utf16.txt"

PARAGRAPHS = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in March, two "
    "months later than planned, after inspectors found faults in the loading ramps.",
    "A spokesperson for the authority said the delay would not change the cost of the project. "
    "Local councillors asked for a full report on the inspections before the next meeting.",
    "Ferry operators said they would keep using the old terminal until the new one is ready.",
)
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


# -- PDF -------------------------------------------------------------------------------------------


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(
    paragraphs: tuple[str, ...] | None = PARAGRAPHS,
    *,
    title: str | None = "Ferry terminal delayed",
    author: str | None = "Ann Example",
    page_number: str | None = None,
) -> bytes:
    """A one-page PDF with a real text layer (``paragraphs``), or with only a drawing when None;
    ``page_number`` is printed at the foot of the page, as most printed articles have. A
    paragraph with line breaks is set in exactly those lines (to place a hyphenated line end)."""
    if paragraphs is None:
        content = "0.2 0.4 0.6 rg 72 400 300 200 re f"  # a filled rectangle: a "scan" without text
    else:
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
        for paragraph in paragraphs:
            for line in (
                paragraph.split("\n") if "\n" in paragraph else textwrap.wrap(paragraph, 85)
            ):
                ops.append(f"{_pdf_string(line)} Tj T*")
            ops.append("T*")
        ops.append("ET")
        if page_number:
            ops.append(f"BT /F1 9 Tf 300 40 Td {_pdf_string(page_number)} Tj ET")
        content = "\n".join(ops)
    stream = content.encode("latin-1")
    info = []
    if title:
        info.append(f"/Title {_pdf_string(title)}")
    if author:
        info.append(f"/Author {_pdf_string(author)}")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< " + " ".join(info) + " >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_encrypted_pdf(password: str = "secret") -> bytes:
    """A text PDF locked with a user password (pypdf's pure-Python RC4, no extra dependency)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- DOCX ------------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_document_xml(paragraphs: tuple[str, ...]) -> str:
    body = "".join(
        # Each paragraph split over two runs, as Word does after an edit.
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p[: len(p) // 2])}</w:t></w:r>'
        f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(p[len(p) // 2 :])}</w:t>'
        "</w:r></w:p>"
        for p in paragraphs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )


def make_docx(
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    *,
    title: str | None = "Ferry terminal delayed",
    author: str | None = "Ann Example",
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", docx_document_xml(paragraphs))
        archive.writestr(
            "docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title or '')}</dc:title>"
            f"<dc:creator>{escape(author or '')}</dc:creator>"
            "</cp:coreProperties>",
        )
    return out.getvalue()


def write_docx_bomb(path: Path, inflated_bytes: int = 1 << 30) -> Path:
    """A DOCX whose document.xml inflates to ``inflated_bytes`` (1 GiB by default, ~1 MB on disk).

    Built in about a second: after a full flush, deflate restarts from scratch, so each 1 MB block
    of spaces compresses to the same bytes, which are computed once and repeated. The ZIP around
    them is written by hand (zipfile would deflate the whole gibibyte).
    """
    prefix = f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>'.encode()
    suffix = b"</w:body></w:document>"
    chunk = b" " * (1 << 20)
    blocks = max(1, inflated_bytes // len(chunk))
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.compress(suffix) + deflate.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(blocks):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    size = len(prefix) + blocks * len(chunk) + len(suffix)
    body = (head, block, blocks, tail, crc, size)
    small = {
        "[Content_Types].xml": _CONTENT_TYPES.encode(),
        "_rels/.rels": _RELS.encode(),
    }
    with path.open("wb") as out:
        central = []
        for name, data in small.items():
            packed = zlib.compressobj(9, zlib.DEFLATED, -15)
            raw = packed.compress(data) + packed.flush()
            central.append(_zip_entry(out, name, [raw], zlib.crc32(data), len(raw), len(data)))
        head, block, blocks, tail, crc, size = body
        compressed = len(head) + blocks * len(block) + len(tail)
        parts = [head, *([block] * blocks), tail]
        central.append(_zip_entry(out, "word/document.xml", parts, crc, compressed, size))
        start = out.tell()
        for record in central:
            out.write(record)
        end = out.tell()
        out.write(
            struct.pack(
                "<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), end - start, start, 0
            )
        )
    return path


def _zip_entry(
    out: IO[bytes], name: str, parts: list[bytes], crc: int, csize: int, size: int
) -> bytes:
    """Write one deflated entry's local header and data; return its central-directory record."""
    offset = out.tell()
    encoded = name.encode()
    out.write(
        struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, csize, size, len(encoded), 0
        )
    )
    out.write(encoded)
    for part in parts:
        out.write(part)
    return (
        struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            csize,
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + encoded
    )


# -- MHTML and webarchive --------------------------------------------------------------------------


def make_mhtml(
    html: str, *, url: str = "https://www.meridianwire.example/world/story", charset: str = "utf-8"
) -> bytes:
    """Chrome's "Save as single file": page quoted-printable, an image in base64, CRLF ends."""
    boundary = "----MultipartBoundary--Rk3d9QpWb2vXyZ----"
    page = quopri.encodestring(html.encode(charset)).decode("ascii")
    image = base64.encodebytes(PNG_1X1).decode("ascii")
    lines = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        "Subject: =?utf-8?Q?Saved_page?=",
        "Date: Thu, 21 Nov 2024 10:02:11 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        f"Content-Type: text/html; charset={charset}",
        "Content-ID: <frame-5A1F@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url}",
        "",
        page,
        f"--{boundary}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        f"Content-Location: {url}/logo.png",
        "",
        image,
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(lines).replace("\r\n\r\n\r\n", "\r\n\r\n").encode("ascii")


def make_webarchive(
    html: bytes,
    *,
    encoding: str | None = "UTF-8",
    url: str = "https://www.harbourtimes.example/world/story",
) -> bytes:
    main: dict[str, object] = {
        "WebResourceData": html,
        "WebResourceFrameName": "",
        "WebResourceMIMEType": "text/html",
        "WebResourceURL": url,
    }
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    archive = {
        "WebMainResource": main,
        "WebSubresources": [
            {
                "WebResourceData": PNG_1X1,
                "WebResourceMIMEType": "image/png",
                "WebResourceURL": url + "/logo.png",
            }
        ],
    }
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


# -- hostile pages -------------------------------------------------------------------------------


def deep_page(levels: int = 200_000) -> str:
    return (
        "<html><body>"
        + "<div>" * levels
        + "<p>Deep text.</p>"
        + "</div>" * levels
        + "</body></html>"
    )


def big_page(target_bytes: int = 17 * 1024 * 1024) -> str:
    """A realistic heavy page: the Meridian article wrapped in megabytes of inline script, an inline
    base64 picture and a long comment thread, as "Save page" produces for a modern news site."""
    html = MERIDIAN.read_text(encoding="utf-8")
    filler_script = "<script>var bundle=" + repr("x" * 1000) + ";</script>\n"
    picture = '<img src="data:image/jpeg;base64,' + "QUJD" * 250_000 + '">'
    comment = '<div class="comment"><p>I have read this and I have a view about it.</p></div>\n'
    head, tail = html.split("</main>", 1)
    parts = [head, picture]
    size = len(html) + len(picture)
    while size < target_bytes * 0.7:
        parts.append(filler_script)
        size += len(filler_script)
    while size < target_bytes:
        parts.append(comment)
        size += len(comment)
    parts.append("</main>" + tail)
    return "".join(parts)


def write_all(folder: Path) -> list[Path]:
    """Every sample, good and hostile, for trying the command line by hand."""
    folder.mkdir(parents=True, exist_ok=True)
    samples: dict[str, bytes] = {
        "text.pdf": make_pdf(),
        "scan.pdf": make_pdf(None),
        "truncated.pdf": make_pdf()[:400],
        "article.docx": make_docx(),
        "article.mhtml": make_mhtml(MERIDIAN.read_text(encoding="utf-8")),
        "article.webarchive": make_webarchive(HARBOUR.read_bytes()),
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n \xc2\xa0\n",
        "picture.html": PNG_1X1,
        "deep.html": deep_page().encode(),
        "big.html": big_page().encode(),
        "latin1.txt": "Le président a déclaré que les négociations reprendraient à Genève.".encode(
            "latin-1"
        ),
        "utf16.txt": "\n\n".join(PARAGRAPHS).encode("utf-16"),
        "crlf.txt": "\r\n\r\n".join(PARAGRAPHS).encode(),
    }
    written = []
    for name, data in samples.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    written.append(write_docx_bomb(folder / "bomb.docx"))
    dangling = folder / "dangling.txt"
    if not dangling.is_symlink():
        dangling.symlink_to(folder / "no-such-target.txt")
    written.append(dangling)
    return written


if __name__ == "__main__":
    for written_path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "ingest-samples")):
        print(written_path)
