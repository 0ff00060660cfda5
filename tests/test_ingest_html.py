"""Saved web pages (HTML, MHTML, Safari webarchive) and the hostile pages users run into."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ingest_samples import (
    HARBOUR,
    MERIDIAN,
    PNG_1X1,
    big_page,
    deep_page,
    make_mhtml,
    make_webarchive,
)
from reader.core.errors import ReaderInputError
from reader.core.formats.html import measure, strip_inert
from reader.core.ingest import article_from_html, read_article
from reader.core.model import content_hash

#: Text that sits in the fixture pages outside the article: menus, banners, ads, comments, footers.
BOILERPLATE = {
    MERIDIAN: [
        "Accept all",
        "We use cookies",
        "Advertisement",
        "Related coverage",
        "Morning Briefing",
        "nobody in Kyiv will go along",
        "photo opportunity",
        "All rights reserved",
        "Privacy policy",
        "Subscribe",
    ],
    HARBOUR: [
        "Yes, I'm happy",
        "Support independent journalism",
        "Most viewed",
        "This Week in Europe",
        "The Kremlin will simply laugh",
        "how Minsk ended",
        "Share on Facebook",
        "Complaints",
        "Harbour Times Media Group",
    ],
}


def _script_texts(html: str) -> list[str]:
    """The words inside every non-JSON-LD <script> of a page, as they would leak into text."""
    scripts = re.findall(r"<script(?![^>]*ld\+json)[^>]*>(.*?)</script>", html, re.S)
    return [s for s in (" ".join(body.split()) for body in scripts) if s]


@pytest.mark.parametrize(
    ("page", "outlet", "title", "author"),
    [
        (
            MERIDIAN,
            "Meridian Wire",
            "Macron tasks adviser to work with China on Ukraine peace plan",
            "Claire Dumont",
        ),
        (
            HARBOUR,
            "The Harbour Times",
            "Macron turns to Beijing in search of a path to Ukraine talks",
            "James Whitcombe",
        ),
    ],
)
def test_fixture_pages_give_article_and_metadata(
    page: Path, outlet: str, title: str, author: str
) -> None:
    article = read_article(page)
    assert article.outlet == outlet
    assert article.title == title
    assert article.author == author
    assert article.date == "2024-11-21"
    assert article.language == "en"
    assert article.source == str(page)
    assert article.id == content_hash(article.text)[:16]
    for phrase in ("Bonne", "Wang Yi", "President Xi Jinping", "12-point position paper"):
        assert phrase in article.text
    assert 350 < article.word_count < 650
    # The headline is metadata, not the first paragraph of the body.
    assert not article.text.startswith(title)


@pytest.mark.parametrize("page", [MERIDIAN, HARBOUR])
def test_fixture_pages_leave_out_boilerplate_scripts_and_comments(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    article = read_article(page)
    for phrase in BOILERPLATE[page]:
        assert phrase in html  # the fixture really carries it...
        assert phrase not in article.text  # ...and ingest leaves it out
    scripts = _script_texts(html)
    assert len(scripts) >= 3
    literals = [lit for script in scripts for lit in re.findall(r"[\"']([^\"']{8,})[\"']", script)]
    assert len(literals) >= 3  # e.g. "footer analytics beacon", "inline slot refresh handler"
    for literal in literals:
        assert literal not in article.text, literal
    assert "\n\n" in article.text  # paragraphs stay apart


def test_script_payload_in_body_never_becomes_text() -> None:
    payload = "PAYLOADMARKER document.cookie exfiltrate"
    article_html = MERIDIAN.read_text(encoding="utf-8").replace(
        "<p>Macron was among",
        f"<script>var x = '{payload}';</script><noscript>{payload}</noscript>"
        f'<p onclick="{payload}">Macron was among',
    )
    article = article_from_html(article_html)
    assert "PAYLOADMARKER" not in article.text
    assert "Macron was among the few Western leaders" in article.text


def test_article_from_html_bytes_with_url_and_overrides() -> None:
    raw = MERIDIAN.read_bytes()
    article = article_from_html(
        raw, url="https://www.meridianwire.example/x", outlet="My outlet", date="2024-11-22"
    )
    assert article.outlet == "My outlet"
    assert article.date == "2024-11-22"
    assert article.source == "https://www.meridianwire.example/x"
    assert article.title == "Macron tasks adviser to work with China on Ukraine peace plan"


def test_outlet_falls_back_to_domain_when_page_names_none() -> None:
    body = "".join(
        f"<p>The council met on Monday and agreed item {i} of the plan after a long debate.</p>"
        for i in range(6)
    )
    article = article_from_html(
        f"<html><body><article>{body}</article></body></html>",
        url="https://www.example-news.test/a/b",
    )
    assert article.outlet == "example-news.test"


def test_page_encoding_from_meta_charset() -> None:
    text = "Le président a déclaré à Genève que les négociations reprendraient bientôt. " * 5
    html = (
        '<html><head><meta charset="windows-1252"><title>Genève</title></head><body><article>'
        f"<p>{text}</p><p>{text}</p></article></body></html>"
    )
    article = article_from_html(html.encode("cp1252"))
    assert "président a déclaré à Genève" in article.text
    assert article.language == "fr"


def test_a_page_that_claims_utf8_but_is_cp1252_keeps_its_quotation_marks() -> None:
    # Lost as U+FFFD, the curly quotes no longer marked the senator's words as a quotation.
    quote = "“The plan is a sham and a disgrace,” said Senator Maria Lopez, who voted against it."
    lead = "The city council approved the new transit plan on Tuesday after a long debate. " * 3
    html = (
        '<html><head><meta charset="utf-8"><title>Transit plan</title></head><body><article>'
        f"<p>{lead}</p><p>{quote}</p><p>{lead}</p></article></body></html>"
    )
    article = article_from_html(html.encode("cp1252"))
    assert quote in article.text
    assert "\ufffd" not in article.text
    # A page that is UTF-8, as it says, is decoded as UTF-8: "Genève", not "GenÃ¨ve".
    page = html.replace("Lopez", "Lopez à Genève").encode("utf-8")
    assert quote.replace("Lopez", "Lopez à Genève") in article_from_html(page).text
    # So is a UTF-8 page with one damaged byte: one replacement character, not another code page.
    damaged = page.replace("è".encode(), b"\xe8", 1)
    assert "“The plan" in article_from_html(damaged).text


def test_mhtml_from_chrome(tmp_path: Path) -> None:
    path = tmp_path / "saved.mhtml"
    path.write_bytes(make_mhtml(MERIDIAN.read_text(encoding="utf-8")))
    article = read_article(path)
    direct = read_article(MERIDIAN)
    assert article.text == direct.text  # quoted-printable undone exactly
    assert article.outlet == "Meridian Wire"
    assert article.date == "2024-11-21"


def test_mhtml_in_a_legacy_charset(tmp_path: Path) -> None:
    html = (
        MERIDIAN.read_text(encoding="utf-8")
        .replace('<meta charset="utf-8">', "")
        .replace("Elysee did not", "Élysée did not")
    )
    path = tmp_path / "saved.mht"
    path.write_bytes(make_mhtml(html, charset="iso-8859-1"))
    assert "The Élysée did not immediately respond" in read_article(path).text


def test_mhtml_without_page_is_refused(tmp_path: Path) -> None:
    data = make_mhtml("<html></html>").replace(
        b"Content-Type: text/html", b"Content-Type: text/plain"
    )
    path = tmp_path / "odd.mhtml"
    path.write_bytes(data)
    with pytest.raises(ReaderInputError, match="no HTML page"):
        read_article(path)


@pytest.mark.parametrize("encoding", ["UTF-8", None])
def test_safari_webarchive(tmp_path: Path, encoding: str | None) -> None:
    path = tmp_path / "saved.webarchive"
    path.write_bytes(make_webarchive(HARBOUR.read_bytes(), encoding=encoding))
    article = read_article(path)
    assert article.text == read_article(HARBOUR).text
    assert article.outlet == "The Harbour Times"


def test_webarchive_that_is_not_one(tmp_path: Path) -> None:
    import plistlib

    path = tmp_path / "list.webarchive"
    path.write_bytes(plistlib.dumps({"Hello": "world"}, fmt=plistlib.FMT_BINARY))
    with pytest.raises(ReaderInputError, match="not a Safari web archive"):
        read_article(path)
    path.write_bytes(b"bplist00" + bytes(range(40)))
    with pytest.raises(ReaderInputError, match="damaged Safari web archive"):
        read_article(path)


def test_picture_named_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_bytes(PNG_1X1)
    with pytest.raises(ReaderInputError, match=r"PNG picture named \.html"):
        read_article(path)


def test_page_without_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "home.html"
    path.write_text(
        "<html><head><title>Home</title><script>var a = 'lots of script text here';</script>"
        "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a> <a href='/s'>Sport</a></nav>"
        "<div class='ad'>Advertisement</div><footer>Copyright 2024 Example Ltd.</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ReaderInputError, match="no article found"):
        read_article(path)


def test_page_of_only_scripts_is_refused() -> None:
    with pytest.raises(ReaderInputError, match="empty page"):
        article_from_html("<script>alert(1)</script><style>p{}</style>")


def test_deeply_nested_page_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(deep_page(200_000), encoding="utf-8")
    with pytest.raises(ReaderInputError, match="nested more than 250 levels"):
        read_article(path)


def test_moderately_nested_page_is_read() -> None:
    paragraphs = "".join(
        f"<p>Officials said bridge {i} would reopen next month after repairs were finished.</p>"
        for i in range(5)
    )
    html = "<html><body>" + "<div>" * 60 + "<article>" + paragraphs + "</article>" + "</div>" * 60
    assert "bridge 3 would reopen" in article_from_html(html + "</body></html>").text


@pytest.mark.slow
def test_seventeen_megabyte_page_is_read(tmp_path: Path) -> None:
    path = tmp_path / "heavy.html"
    path.write_text(big_page(17 * 1024 * 1024), encoding="utf-8")
    assert path.stat().st_size > 17 * 1024 * 1024
    article = read_article(path)
    assert article.text == read_article(MERIDIAN).text
    assert "I have read this and I have a view" not in article.text


def test_file_over_the_size_cap_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(ReaderInputError, match=r"file too large: 51\.0 MB"):
        read_article(path)


def test_strip_inert_is_linear_on_unclosed_scripts() -> None:
    html = "<p>keep</p>" + "<script>" * 50_000
    assert strip_inert(html) == "<p>keep</p>"
    assert strip_inert("<p>a</p><!-- x --><style>b</style><p>c</p>") == "<p>a</p><p>c</p>"
    kept = strip_inert('<script type="application/ld+json">{"a": 1}</script><script>x()</script>')
    assert kept == '<script type="application/ld+json">{"a": 1}</script>'


def test_strip_inert_keeps_indices_with_non_ascii_case() -> None:
    # 'İ'.lower() is two characters; a naive lower() copy would shift every index after it.
    html = "<p>İİİ</p><SCRIPT>evil()</SCRIPT><p>after</p>"
    assert strip_inert(html) == "<p>İİİ</p><p>after</p>"


def test_measure_counts_depth_like_a_forgiving_parser() -> None:
    assert measure("<div><div><p>a<p>b</div></div>")[0] == 2  # <p> does not nest
    assert measure("<div><span><b>x</div><div>y</div>")[0] == 3  # </div> closes span and b
    assert measure("</div></div><div>x</div>")[0] == 1  # stray end tags are ignored
    depth, elements = measure("<ul><li>a<li>b<li>c</ul><br><img src=x>")
    assert (depth, elements) == (1, 6)


def _table_page(rows: int) -> str:
    table = "<table>" + "<tr><td>cell</td><td>cell two</td></tr>" * rows + "</table>"
    return MERIDIAN.read_text(encoding="utf-8").replace("</main>", table + "</main>")


def test_complex_page_extraction_is_stopped_at_the_time_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.core.formats import html as html_format

    # 250 rows stay under the pruning threshold, so the page is extracted in a child process.
    monkeypatch.setattr(html_format, "SAFE_ELEMENTS", 300)
    monkeypatch.setattr(html_format, "MAX_TABLE_ROWS", 1000)
    monkeypatch.setattr(html_format, "HTML_TIME_LIMIT_S", 0.01)
    with pytest.raises(ReaderInputError, match="page too complex: extracting the article took"):
        article_from_html(_table_page(250))


def test_complex_page_is_extracted_in_a_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.formats import html as html_format

    monkeypatch.setattr(html_format, "SAFE_ELEMENTS", 300)
    article = article_from_html(_table_page(250))
    assert article.text.startswith("PARIS, Nov 21 (Meridian Wire)")
    assert article.outlet == "Meridian Wire"


def test_big_page_pruning_drops_threads_tables_and_menus() -> None:
    from reader.core.formats.html import prune_big_page

    page = (
        "<html><body><nav><a>Home</a></nav><article><p>Keep this paragraph.</p>"
        "<table>" + "<tr><td>x</td></tr>" * 400 + "</table></article>"
        "<section id='comments'><p>Drop this comment.</p></section>"
        "<footer>Drop the footer</footer></body></html>"
    )
    pruned, elements = prune_big_page(page)
    assert "Keep this paragraph." in pruned
    for gone in ("Home", "<td>", "Drop this comment", "Drop the footer"):
        assert gone not in pruned
    assert elements < 10


@pytest.mark.parametrize("charset", ["x-no-such-charset", "utf-8\x00", "\x00"])
def test_mhtml_with_a_bogus_charset_is_still_read(tmp_path: Path, charset: str) -> None:
    # Found by fuzzing: codecs.lookup raises ValueError, not LookupError, on a NUL in the name.
    data = make_mhtml(MERIDIAN.read_text(encoding="utf-8")).replace(
        b"charset=utf-8", b"charset=" + charset.encode("latin-1")
    )
    path = tmp_path / "odd.mhtml"
    path.write_bytes(data)
    assert "Bonne" in read_article(path).text


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (100_000, "^text too long"),  # extracted, then over the article cap
        (1_000_000, "page text too long"),  # refused before any parsing
    ],
)
def test_page_with_too_much_text_is_refused_for_that(words: int, message: str) -> None:
    text = " ".join(f"word{i % 5000}" for i in range(words))
    with pytest.raises(ReaderInputError, match=message):
        article_from_html(f"<html><body><article><p>{text}</p></article></body></html>")


def test_html_errors_name_the_page() -> None:
    with pytest.raises(ReaderInputError, match=r"^https://news\.test/a: no article found"):
        article_from_html("<html><body><nav>Home</nav></body></html>", url="https://news.test/a")
    with pytest.raises(ReaderInputError, match=r"^no article found"):
        article_from_html("<html><body><nav>Home</nav></body></html>")


def test_complex_page_is_read_in_process_when_no_child_can_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing.context

    from reader.core.formats import html as html_format

    def refuse(self: object) -> None:
        raise OSError("process limit reached")

    monkeypatch.setattr(html_format, "SAFE_ELEMENTS", 300)
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    article = article_from_html(_table_page(250))
    assert article.outlet == "Meridian Wire"
    assert "Bonne" in article.text


# -- the page's date -------------------------------------------------------------------------------

_FRENCH_PARAGRAPHS = "".join(
    f"<p>Le conseil municipal s'est réuni lundi et a adopté le point {i} du plan après un long"
    " débat.</p>"
    for i in range(6)
)


def _dated_page(*, meta: str = "", dateline: str = "", footer: str = "") -> str:
    head = f'<meta name="date" content="{meta}">' if meta else ""
    line = f'<p class="date">{dateline}</p>' if dateline else ""
    return (
        f"<html><head><title>Le budget</title>{head}</head><body><article><h1>Le budget</h1>"
        f"{line}{_FRENCH_PARAGRAPHS}</article>{footer}</body></html>"
    )


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("25 novembre 2025", "2025-11-25"),
        ("3 févr. 2025", "2025-02-03"),
        ("3 fevrier 2025", "2025-02-03"),
        ("25 de noviembre de 2025", "2025-11-25"),
        ("3. Dez. 2025", "2025-12-03"),
        ("25. November 2025", "2025-11-25"),
        ("3 dicembre 2025", "2025-12-03"),
        ("3 de março de 2025", "2025-03-03"),
        ("3 maart 2025", "2025-03-03"),
    ],
)
def test_a_pages_date_is_read_in_its_own_language(written: str, iso: str) -> None:
    assert article_from_html(_dated_page(meta=written)).date == iso
    # A dateline in the page: htmldate made "Publié le 3 févr. 2025" the 1st of January.
    assert article_from_html(_dated_page(dateline=f"Publié le {written}")).date == iso


def test_a_year_alone_gives_no_date() -> None:
    # htmldate reads a copyright line or a month and year as the 1st of January.
    for footer in ("<footer>© 2025 Le Courrier</footer>", "<p>Mars 2025</p>"):
        assert article_from_html(_dated_page(footer=footer)).date is None
    # A real 1st of January that the page states is kept.
    assert article_from_html(_dated_page(meta="2025-01-01T08:00:00+01:00")).date == "2025-01-01"


def test_month_words_in_running_text_give_no_date() -> None:
    sentence = "<p>En mars 2025, le conseil a voté le budget de la ville après un long débat.</p>"
    assert article_from_html(_dated_page(footer=sentence)).date is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [("24/11/2025", "2025-11-24"), ("11/24/2025", "2025-11-24"), ("05/11/2025", None)],
)
def test_a_pages_numeric_date_is_read_only_when_its_order_is_certain(
    written: str, iso: str | None
) -> None:
    # htmldate read "05/11/2025" day first: wrong, silently, for an American page.
    assert article_from_html(_dated_page(meta=written)).date == iso
    assert article_from_html(_dated_page(dateline=f"Publié le {written}")).date == iso


#: Written out, not by ``%B``: that follows the machine's locale once Qt has set it (any GUI test
#: before this one), and a German CI machine would write "Januar".
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def test_a_pages_date_after_today_is_read_as_written() -> None:
    # htmldate drops a date after today and falls back on the 1st of January of its year.
    ahead = dt.date.today() + dt.timedelta(days=40)
    page = _dated_page(dateline=f"{ENGLISH_MONTHS[ahead.month - 1]} {ahead.day}, {ahead.year}")
    assert article_from_html(page).date == ahead.isoformat()
