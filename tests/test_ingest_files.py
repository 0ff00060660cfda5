"""PDF and DOCX, and paths that are not readable files."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest

from ingest_samples import (
    PARAGRAPHS,
    docx_document_xml,
    make_docx,
    make_encrypted_pdf,
    make_pdf,
    write_docx_bomb,
)
from reader.core.errors import ReaderInputError
from reader.core.formats import docx as docx_format
from reader.core.ingest import read_article


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- PDF -------------------------------------------------------------------------------------------


def test_pdf_text_layer_and_metadata(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "ferry_report.pdf", make_pdf()))
    assert article.title == "Ferry terminal delayed"
    assert article.author == "Ann Example"
    assert article.outlet == "ferry report"
    assert article.language == "en"
    # Lines laid out by the PDF are joined back into the original sentences.
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text.replace("\n", " ")
    assert "four" not in article.text
    assert "  " not in article.text


@pytest.mark.parametrize("number", ["3", "Page 3 of 7"])
def test_pdf_page_number_is_not_text(tmp_path: Path, number: str) -> None:
    article = read_article(_write(tmp_path, "p.pdf", make_pdf(page_number=number)))
    assert article.text.endswith(PARAGRAPHS[-1])
    assert number not in article.text


def test_pdf_headline_and_dateline_become_metadata(tmp_path: Path) -> None:
    lines = ("Ferry terminal delayed", "November 21, 2024", *PARAGRAPHS)
    article = read_article(_write(tmp_path, "h.pdf", make_pdf(lines, title=None)))
    assert (article.title, article.date) == ("Ferry terminal delayed", "2024-11-21")
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_pdf_dateline_in_another_language_becomes_the_date(tmp_path: Path) -> None:
    lines = ("Ferry terminal delayed", "Veröffentlicht am 21. Nov. 2024", *PARAGRAPHS)
    article = read_article(_write(tmp_path, "h.pdf", make_pdf(lines, title=None)))
    assert (article.title, article.date) == ("Ferry terminal delayed", "2024-11-21")
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_pdf_paragraph_across_a_page_break_stays_one(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in (
        ("The harbour authority said on Tuesday that the new ferry terminal would open",),
        ("in March, after inspectors found faults in the loading ramps.", PARAGRAPHS[1]),
    ):
        writer.add_page(PdfReader(io.BytesIO(make_pdf(part, page_number="1"))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    article = read_article(_write(tmp_path, "two.pdf", out.getvalue()))
    assert article.text.split("\n\n") == [
        "The harbour authority said on Tuesday that the new ferry terminal would open in March, "
        "after inspectors found faults in the loading ramps.",
        PARAGRAPHS[1],
    ]


def test_pdf_words_broken_at_a_line_end_are_whole_and_compounds_keep_their_hyphen(
    tmp_path: Path,
) -> None:
    lines = (
        "The so-\ncalled plan of the govern-\nment was a well-\nknown deal with anti-\n"
        "American parties, says a Paris-\nbased group. The envoy was high-\nly paid and the\n"
        "talks are pro-\ntecting the 2023-\n24 budget. Its long-\nterm cost is a closely\n"
        "guarded secret, the ministry says, and the cost-\nsharing rules were set in a\n"
        "cost-sharing deal, while the coun-\ncil has a new council hall for its coun-\ncil."
    )
    article = read_article(_write(tmp_path, "breaks.pdf", make_pdf((lines,), title=None)))
    assert article.text == (
        "The so-called plan of the government was a well-known deal with anti-American parties,"
        " says a Paris-based group. The envoy was highly paid and the talks are protecting the"
        " 2023-24 budget. Its long-term cost is a closely guarded secret, the ministry says, and"
        " the cost-sharing rules were set in a cost-sharing deal, while the council has a new"
        " council hall for its council."
    )


def test_pdf_sniffed_whatever_its_name(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "download", make_pdf()))
    assert article.title == "Ferry terminal delayed"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="no text layer: this PDF is a scan"):
        read_article(_write(tmp_path, "scan.pdf", make_pdf(None)))


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.9])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    data = make_pdf()
    path = _write(tmp_path, "cut.pdf", data[: int(len(data) * keep)])
    try:
        article = read_article(path)
    except ReaderInputError as exc:
        assert "PDF" in str(exc)
    else:  # pypdf recovered the page: then the text is the real text
        assert PARAGRAPHS[0][:40] in article.text


def test_pdf_header_only(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="damaged or truncated PDF") as refused:
        read_article(_write(tmp_path, "stub.pdf", b"%PDF-1.7\n%%EOF\n"))
    # A reader is told what to do, not the parser's exception class ("PdfStreamError").
    assert "download or export it again" in str(refused.value)
    assert not re.search(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b", str(refused.value))


def test_pdf_extension_without_pdf_content(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="not a PDF file"):
        read_article(_write(tmp_path, "fake.pdf", b"just some words, no PDF here"))


def test_password_protected_pdf(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="password-protected"):
        read_article(_write(tmp_path, "locked.pdf", make_encrypted_pdf()))


# -- DOCX ------------------------------------------------------------------------------------------


def test_docx_paragraphs_and_properties(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "ferry.docx", make_docx()))
    assert article.text == "\n\n".join(PARAGRAPHS)  # runs re-joined, paragraphs kept apart
    assert article.title == "Ferry terminal delayed"
    assert article.author == "Ann Example"


def test_docx_title_heading_is_not_repeated_in_the_body(tmp_path: Path) -> None:
    paragraphs = ("Ferry terminal delayed", *PARAGRAPHS)
    article = read_article(_write(tmp_path, "t.docx", make_docx(paragraphs)))
    assert article.title == "Ferry terminal delayed"
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_docx_non_breaking_hyphen_is_a_hyphen_and_soft_hyphen_nothing(tmp_path: Path) -> None:
    # Word keeps "long‑overdue" as <w:noBreakHyphen/> between runs: it was dropped, which made
    # "longoverdue". A <w:softHyphen/> only marks where a word may break, so it is no character.
    runs = (
        '<w:r><w:t xml:space="preserve">Critics called it a long</w:t></w:r>'
        "<w:r><w:noBreakHyphen/></w:r>"
        "<w:r><w:t>overdue measure and a so</w:t><w:softHyphen/><w:t>rely needed one.</w:t></w:r>"
    )
    envelope = docx_document_xml(()).split("<w:body>")[0]
    document = f"{envelope}<w:body><w:p>{runs}</w:p><w:sectPr/></w:body></w:document>"
    assert "noBreakHyphen" in document and "softHyphen" in document
    source = _write(tmp_path, "x.docx", make_docx())
    path = tmp_path / "hyphens.docx"
    with zipfile.ZipFile(path, "w") as out, zipfile.ZipFile(source) as src:
        for item in src.infolist():
            body = document.encode() if item.filename == "word/document.xml" else src.read(item)
            out.writestr(item, body)
    article = read_article(path)
    assert article.text == "Critics called it a long-overdue measure and a sorely needed one."


def test_docx_with_entities_is_not_expanded(tmp_path: Path) -> None:
    evil = (
        docx_document_xml(("Plain paragraph about the ferry terminal and its delay.",))
        .replace(
            "<w:document",
            '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document',
            1,
        )
        .replace("its delay.", "its delay &e;.")
    )
    data = make_docx()
    path = tmp_path / "evil.docx"
    with (
        zipfile.ZipFile(path, "w") as out,
        zipfile.ZipFile(_write(tmp_path, "x.docx", data)) as src,
    ):
        for item in src.infolist():
            body = evil.encode() if item.filename == "word/document.xml" else src.read(item)
            out.writestr(item, body)
    try:
        article = read_article(path)
    except ReaderInputError as exc:
        assert "DOCX" in str(exc)
    else:
        assert "root:" not in article.text


def test_docx_bomb_of_one_gibibyte_is_refused(tmp_path: Path) -> None:
    path = write_docx_bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 2 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > 1 << 30
    with pytest.raises(ReaderInputError, match=r"inflates to more than 64\.0 MB"):
        read_article(path)


def test_small_bomb_shaped_docx_is_valid_and_only_empty(tmp_path: Path) -> None:
    # The same construction at 3 MB is a well-formed DOCX: the refusal above is about size alone.
    path = write_docx_bomb(tmp_path / "spaces.docx", 3 << 20)
    with pytest.raises(ReaderInputError, match="this DOCX has no text"):
        read_article(path)


def test_docx_stream_cap_holds_when_sizes_lie(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small real document read with a tiny cap: the streamed count stops it, not the header.
    monkeypatch.setattr(docx_format, "MAX_DECOMPRESSED_BYTES", 200)
    with pytest.raises(ReaderInputError, match="inflates to more than"):
        read_article(_write(tmp_path, "small.docx", make_docx(PARAGRAPHS * 20)))


def test_zip_that_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ReaderInputError, match="not a Word document"):
        read_article(path)


def test_damaged_docx(tmp_path: Path) -> None:
    data = make_docx()
    with pytest.raises(ReaderInputError, match="DOCX"):
        read_article(_write(tmp_path, "cut.docx", data[: len(data) // 2]))
    with pytest.raises(ReaderInputError, match="not a Word file"):
        read_article(_write(tmp_path, "words.docx", b"not a zip at all"))


def test_docx_without_text(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="no text"):
        read_article(_write(tmp_path, "blank.docx", make_docx(("", "  "))))


# -- paths -----------------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="no such file") as info:
        read_article(tmp_path / "nope.html")
    assert str(tmp_path / "nope.html") in str(info.value)
    assert "\n" not in str(info.value)


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ReaderInputError, match="dangling link"):
        read_article(link)


def test_symlink_to_a_real_file_is_followed(tmp_path: Path) -> None:
    target = _write(tmp_path, "real.txt", "\n\n".join(PARAGRAPHS).encode())
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    article = read_article(link)
    assert article.source == str(link)
    assert article.outlet == "link"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="folder"):
        read_article(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReaderInputError, match="not a regular file"):
        read_article(fifo)  # opening it would block forever


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", b"words")
    path.chmod(0)
    with pytest.raises(ReaderInputError, match="cannot read"):
        read_article(path)


def test_source_is_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "story.txt", "\n\n".join(PARAGRAPHS).encode())
    monkeypatch.chdir(tmp_path)
    assert read_article("story.txt").source == "story.txt"
    assert read_article(Path("story.txt")).source == "story.txt"


def test_damaged_pdf_leaves_stderr_clean(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # pypdf logs "Advanced encoding ... not implemented" at ERROR for this; users must not see it.
    data = make_pdf().replace(b"/WinAnsiEncoding", b"/WinAnsiEncod=ZZ")
    article = read_article(_write(tmp_path, "odd.pdf", data))
    assert article.title == "Ferry terminal delayed"
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


@pytest.mark.parametrize(
    ("mimetype", "message"),
    [
        ("application/vnd.oasis.opendocument.text", "OpenDocument file; save it as .docx"),
        ("application/epub+zip", "e-book"),
    ],
)
def test_other_zip_documents_are_named(tmp_path: Path, mimetype: str, message: str) -> None:
    path = tmp_path / "book.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document/>")
    with pytest.raises(ReaderInputError, match=message):
        read_article(path)


def _pdf_made_by(creator: str) -> bytes:
    """The sample PDF with ``creator`` in its Info dictionary, as the app's Export > PDF sets."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.add_metadata({"/Creator": creator})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["html", "json", "csv", "pdf"])
def test_a_report_the_app_saved_is_refused_as_an_article(tmp_path: Path, kind: str) -> None:
    """A teacher who opens report.html beside the articles is told what it is; read as an
    article, the report's own explanations were flagged as an outlet's words."""
    from export_case import build_comparison
    from reader.core.export import CSV_ENCODING, to_csv, to_html, to_json

    comp = build_comparison()
    if kind == "pdf":
        data = _pdf_made_by("Parallax Reader 0.1.0")
    else:
        text = {"html": to_html, "json": to_json, "csv": to_csv}[kind](comp)
        data = text.encode(CSV_ENCODING if kind == "csv" else "utf-8")
    with pytest.raises(ReaderInputError, match="not an article: a report Parallax Reader saved"):
        read_article(_write(tmp_path, f"report.{kind}", data))


def test_a_pdf_made_by_another_program_is_still_read(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "ferry.pdf", _pdf_made_by("Microsoft Word")))
    assert PARAGRAPHS[0] in article.text.replace("\n", " ")
