"""Pages and documents as journalists really save them (issue: ingest31): what each must give.

Every fixture is invented (fixtures/pages/README.md). For each, the article must come out with
its headline, outlet, date and byline; its paragraphs complete, apart and in order; and none of
the page around it (menus, banners, comments, newsletter boxes, footers).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from bad_inputs import fully_paywalled_page
from ingest_samples import (
    CARROW_LIVE,
    DUNMERE,
    FALLOWFIELD_BR,
    KESTREL_PAYWALL,
    NORRICK_AMP,
    OSTLEY_MAIL,
    PELLHAM_UTF16,
    WESTCOMBE,
)
from reader.core.errors import ReaderInputError
from reader.core.formats.page_shapes import (
    breaks_as_paragraphs,
    entry_times_in_text,
    outlet_from_title_tag,
    without_page_stamps,
    without_subscription_prompts,
)
from reader.core.ingest import article_from_html, article_from_text, read_article
from reader.core.model import Article


def _paragraphs_in_order(article: Article, *openings: str) -> None:
    """Each opening starts its own paragraph of the article, in this order, and the article holds
    nothing but those paragraphs."""
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == len(openings), paragraphs
    for paragraph, opening in zip(paragraphs, openings, strict=True):
        assert paragraph.startswith(opening), (paragraph, opening)


def _left_out(article: Article, page: Path, *phrases: str) -> None:
    """Each phrase is on the page but not in the article."""
    raw = page.read_bytes().decode("utf-8", errors="replace")
    for phrase in phrases:
        assert phrase in raw, phrase  # the fixture really carries it...
        assert phrase not in article.text, phrase  # ...and ingest leaves it out


def test_news_page_gives_its_six_paragraphs_and_none_of_the_page_around_them() -> None:
    article = read_article(DUNMERE)
    assert article.title == "Ashby Bridge to close for eight months as repairs begin"
    assert (article.outlet, article.outlet_source) == ("Dunmere Evening Post", "document")
    assert article.date == "2025-02-11"
    assert article.author == "Morwenna Tully"
    _paragraphs_in_order(
        article,
        "Ashby Bridge will close",
        "The closure is expected",
        "Councillor Bethan Rowse",
        "Traders on Quay Street",
        "The council said a footbridge",
        "The repairs will cost",
    )
    assert '"We would rather close the bridge on our own terms now' in article.text
    _left_out(
        article,
        DUNMERE,
        "This site uses cookies",
        "Obituaries",
        "Related stories",
        "Harlow Cross roadworks overrun",
        "Get the Dunmere Daily",
        "Eight months is a joke",
        "ferrylane_phil",
        "Registered in England",
        "pageview beacon",
        "Transport reporter",
    )


def test_a_cp1252_page_without_a_charset_keeps_its_quotes_pound_signs_and_accents() -> None:
    assert b"charset" not in WESTCOMBE.read_bytes()
    article = read_article(WESTCOMBE)
    assert article.title == "Westcombe pier sale agreed for £1.4m"
    assert article.outlet == "The Westcombe Gazette"
    assert article.author == "Renée Château"
    assert article.date == "2024-09-03"
    assert "José Ibáñez" in article.text
    assert (
        "“This is the town’s pier, and now the town will run it,” Mr Ibáñez said." in article.text
    )
    assert "about £260,000 a year – money" in article.text
    assert "\ufffd" not in article.text
    _paragraphs_in_order(
        article, "The town council", "The Pier Friends Trust", "Not everyone", "The council’s"
    )
    _left_out(article, WESTCOMBE, "Letters", "We use cookies", "More from the Gazette")


def test_an_amp_page_reads_like_its_ordinary_version() -> None:
    article = read_article(NORRICK_AMP)
    assert article.title == "Norrick library to open on Sundays after volunteers step in"
    assert article.outlet == "The Norrick Herald"
    assert article.date == "2025-05-19"
    assert article.author == "Callum Fraine"
    _paragraphs_in_order(
        article,
        "Norrick's central library",
        "The district council said",
        "Isla Dunbar, who organised",
        "Staff union representatives",
        "The council will count visitors",
    )
    _left_out(
        article, NORRICK_AMP, "Advertisement loading", "Puzzles", "Share on Facebook", "NH-AMP-42"
    )


def test_a_live_blog_gives_every_entry_in_the_pages_order() -> None:
    """Entries stay in the order the page shows them (newest first, as published), each under its
    own heading, with its clock time at the start of its paragraph: without it the entries read
    as one undated story."""
    article = read_article(CARROW_LIVE)
    assert article.title == "Carrow valley floods: live updates"
    assert article.outlet == "Tidewater Chronicle"
    assert article.date == "2025-01-08"
    assert article.author == "Priya Halloran"
    entries = [
        "10:45 - The district council has opened a rest centre",
        "09:20 - The gauge at Carrow Mill",
        "07:55 - Police have closed the main road",
        "06:10 - Firefighters helped about 40 households",
    ]
    places = [article.text.index(entry) for entry in entries]
    assert places == sorted(places)
    assert "though two people were treated for cold." in article.text
    assert "\n\nRest centre opens at Brinsley school\n\n10:45 - " in article.text
    _left_out(article, CARROW_LIVE, "breaking news alerts", "Weather", "since 1871")


def _live_page(*, json_ld: bool, header_times: str = "") -> str:
    """An invented live page: three entries with a clock ``<time>`` each, a heading and a
    paragraph; with or without the JSON-LD that names it a live blog."""
    marked = (
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "LiveBlogPosting", "headline": "Storm Edda: live"}</script>'
        if json_ld
        else ""
    )
    entries = "".join(
        f'<article class="post"><header><time datetime="2025-02-03T{clock}">{clock}</time>'
        f"</header><h2>Update</h2><p>{text}</p></article>"
        for clock, text in [
            (
                "14:30",
                "Ferries from Tarnby to the islands are cancelled for the rest of the day,"
                " the operator said in a statement on its website.",
            ),
            (
                "13:05",
                "Gusts of 90 miles an hour were recorded on the coast at Skelby this"
                " afternoon, the highest reading in the county this winter.",
            ),
            (
                "11:40",
                "Schools in the north of the county closed at noon so that pupils could"
                " get home before the worst of the wind, the council said.",
            ),
        ]
    )
    return (
        f"<html><head><title>Storm Edda: live</title>{marked}</head><body><main>"
        f"<h1>Storm Edda: live</h1>{header_times}{entries}</main></body></html>"
    )


@pytest.mark.parametrize("json_ld", [True, False], ids=["json-ld", "times-only"])
def test_each_live_entry_keeps_its_time_at_the_start_of_its_paragraph(json_ld: bool) -> None:
    html = entry_times_in_text(_live_page(json_ld=json_ld))
    article = article_from_html(_live_page(json_ld=json_ld))
    for clock, opening in [("14:30", "Ferries"), ("13:05", "Gusts"), ("11:40", "Schools")]:
        assert f"<p>{clock} - {opening}" in html
        assert f"{clock} - {opening}" in article.text
    assert article.text.index("14:30") < article.text.index("13:05") < article.text.index("11:40")


def _bold_headed_entry(clock: str, first: str, rest: str) -> str:
    """A live entry headed by a bold paragraph rather than a heading element."""
    return (
        f'<article class="block"><header><time datetime="2025-02-03T{clock}">{clock}</time>'
        f"</header>{first}<p>{rest}</p><footer><button>Share</button></footer></article>"
    )


def test_a_bold_entry_headline_keeps_its_time_off_and_gives_it_to_the_first_sentence() -> None:
    """``<p><strong>Headline</strong></p>`` heads many live entries: the time opens the entry's
    first sentence after it, as under an ``<h2>`` headline, not the headline itself. A
    paragraph that only opens in bold ("<strong>Update:</strong> ferries ...") tells something
    and keeps the time."""
    page = (
        '<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting"}</script>'
        "</head><body><main><h1>Storm Edda: live</h1>"
        + _bold_headed_entry(
            "14:30",
            "<p><strong>Ferries cancelled</strong></p>",
            "Ferries from Tarnby to the islands are cancelled for the rest of the day.",
        )
        + _bold_headed_entry(
            "13:05",
            "<p><strong>Gusts:</strong> 90 miles an hour were recorded at Skelby.</p>",
            "It was the highest reading in the county this winter.",
        )
        + "</main></body></html>"
    )
    html = entry_times_in_text(page)
    assert "<p><strong>Ferries cancelled</strong></p>" in html
    assert "<p>14:30 - Ferries from Tarnby" in html
    assert "<p>13:05 - <strong>Gusts:</strong> 90 miles" in html


def test_a_page_header_with_its_times_is_no_live_blog() -> None:
    """The times of a page's header (published, updated) share one element: no entry has one
    of its own, so nothing is moved; neither is a date in a ``<time>``."""
    header = (
        '<p class="meta">Published <time>09:10</time>, updated <time>12:45</time></p>'
        '<p>By <time datetime="2025-02-03">3 February 2025</time></p>'
    )
    page = _live_page(json_ld=False, header_times=header).replace("<time datetime", "<span d")
    page = page.replace("</time></header>", "</span></header>")
    assert entry_times_in_text(page) == page
    assert "09:10 -" not in article_from_html(page).text


def test_a_page_of_divs_and_line_breaks_keeps_its_paragraphs_and_order() -> None:
    """No ``<article>``, no ``<p>``: only ``<br><br>`` between paragraphs. The extractor once put
    the headline after the last paragraph; the outlet is named only in ``<title>``."""
    html = FALLOWFIELD_BR.read_text(encoding="utf-8")
    assert "<p" not in html and "<article" not in html
    article = read_article(FALLOWFIELD_BR)
    assert article.title == "Fallowfield council freezes allotment rents"
    assert (article.outlet, article.outlet_source) == ("Marsh Lane Bulletin", "document")
    assert article.author == "Tom Ashgrove"
    assert article.date == "2023-06-14"
    _paragraphs_in_order(
        article,
        "Fallowfield town council voted",
        "The rent for a full plot",
        "Margaret Oyelaran",
        "The council said it would look again",
    )
    assert article.text.endswith("the new meters on the site.")
    _left_out(article, FALLOWFIELD_BR, "Archive", "written by volunteers")


def test_a_paywalled_page_gives_what_it_shows_and_no_subscribe_box() -> None:
    """The paragraphs the page hides (``display:none``) are left out. Honest, because the app
    compares what the saved page showed: hidden text may be a stale or different version, the page
    does not say it is the article's end, and a page hides menus and pop-ups the same way. The
    subscribe box is the page's, not the article's: it goes too."""
    article = read_article(KESTREL_PAYWALL)
    assert article.title == "Hospital trust to cut night-time beds at Abbotsfield"
    assert article.outlet == "The Kestrel Standard"
    assert article.author == "Elspeth Marr"
    assert article.date == "2025-03-27"
    _paragraphs_in_order(
        article, "The hospital trust that runs", "Trust managers said", "Campaigners said"
    )
    _left_out(
        article,
        KESTREL_PAYWALL,
        "free article limit",
        "Subscribe to The Kestrel Standard",
        "Already a subscriber",
        "Gideon Achterberg",
    )


def test_a_google_docs_style_docx_gives_title_byline_and_text(tmp_path: Path) -> None:
    """Made with python-docx as Google Docs exports: a Title paragraph, a byline line, the text.
    The file's "author" property names the tool that saved it; the byline names the writer."""
    document = docx.Document()
    document.add_heading("Marsh reserve reopens after boardwalk rebuild", level=0)
    document.add_paragraph("By Ines Carvalho")
    document.add_paragraph(
        "The Lowmarsh nature reserve reopened to visitors on Saturday after a new boardwalk was"
        " laid across its wettest ground, replacing timbers that had rotted through."
    )
    document.add_paragraph(
        "Wardens said the old path had been closed since a volunteer slipped on it last winter."
        " “People can finally see the reed beds again,” said the head warden, Théo Marchand."
    )
    document.add_paragraph("The work cost about £85,000 and was paid for by a lottery grant.")
    assert document.core_properties.author == "python-docx"
    path = tmp_path / "Lowmarsh reserve.docx"
    document.save(str(path))
    article = read_article(path)
    assert article.title == "Marsh reserve reopens after boardwalk rebuild"
    assert article.author == "Ines Carvalho"
    _paragraphs_in_order(article, "The Lowmarsh nature reserve", "Wardens said", "The work cost")
    assert "“People can finally see the reed beds again,” said the head warden, Théo" in (
        article.text
    )


def test_a_newsletter_pasted_from_a_forwarded_mail_gives_the_article_only() -> None:
    article = read_article(OSTLEY_MAIL)
    assert article.title == "School transport contract goes to new operator"
    assert (article.outlet, article.outlet_source) == ("The Ostley Briefing", "document")
    assert article.author == "Hana Whitlow"
    assert article.date == "2025-03-06"
    assert ">" not in article.text
    _paragraphs_in_order(article, "The county council has given", "Parents were told", "Drivers")
    _left_out(
        article,
        OSTLEY_MAIL,
        "Forwarded message",
        "newsdesk@example.org",
        "Unsubscribe",
        "signed up at",
        "Sam Okafor",
        "01632 960 123",
    )


def test_the_same_mail_pasted_in_the_app_reads_the_same() -> None:
    pasted = article_from_text(OSTLEY_MAIL.read_text(encoding="utf-8"))
    assert pasted.text == read_article(OSTLEY_MAIL).text
    assert pasted.outlet == "The Ostley Briefing"


def test_a_mail_that_quotes_a_line_or_two_keeps_its_own_text_as_written() -> None:
    text = (
        "From: Sam Okafor <sam@example.org>\nSubject: Re: ferry figures\n\n"
        "> Can you check the figure?\n\nThe harbour authority said on Tuesday that the new ferry"
        " terminal would open in March, two months later than planned, after inspectors found"
        " faults in the loading ramps.\n\nThe authority said the cost would not change."
    )
    article = article_from_text(text)
    assert article.title == "ferry figures"
    assert article.outlet == "Sam Okafor"
    assert article.text.startswith("> Can you check the figure?")  # a minority quote stays


def test_a_utf16_text_with_a_bom_keeps_its_header_quotes_and_accents() -> None:
    assert PELLHAM_UTF16.read_bytes().startswith(b"\xff\xfe")
    article = read_article(PELLHAM_UTF16)
    assert article.title == "Quarry expansion plan withdrawn at Pellham"
    assert article.outlet == "Pellham Weekly"
    assert article.author == "Gwen Abara"
    assert article.date == "2024-10-02"
    assert "“We are relieved, but we will read the next plan line by line,” said Zoë Lefèvre" in (
        article.text
    )
    _paragraphs_in_order(article, "The company behind", "Residents of Upper", "The company said")


def test_a_page_with_only_a_subscribe_box_and_hidden_text_is_no_article(tmp_path: Path) -> None:
    with pytest.raises(ReaderInputError, match="no article found") as caught:
        read_article(fully_paywalled_page(tmp_path))
    assert "\n" not in caught.value.message


# -- the rewrites, one by one ----------------------------------------------------------------------


def test_breaks_as_paragraphs_turns_only_runs_of_line_breaks_into_paragraphs() -> None:
    assert breaks_as_paragraphs("a<br><BR/>\n<br />b<br>c") == "a<p>b<br>c"


@pytest.mark.parametrize(
    ("markup", "kept"),
    [
        ('<div class="subscribe-box">Subscribe now</div><p>Text</p>', False),
        ('<aside id="paywall-offer">Log in to read on</aside><p>Text</p>', False),
        # The class on a container of the article itself: too long to be a prompt.
        ('<div class="subscriber-content"><p>' + "word " * 100 + "</p></div><p>Text</p>", True),
        ('<div class="story">Subscribe now</div><p>Text</p>', True),
    ],
)
def test_without_subscription_prompts_drops_only_short_prompt_boxes(
    markup: str, kept: bool
) -> None:
    cleaned = without_subscription_prompts(f"<html><body>{markup}</body></html>")
    assert ("Subscribe now" in cleaned or "Log in" in cleaned or "word word" in cleaned) is kept
    assert "Text" in cleaned


@pytest.mark.parametrize(
    ("title", "headline", "outlet"),
    [
        ("Pier sold | Gazette of Westcombe", "Pier sold", "Gazette of Westcombe"),
        ("Marsh Lane Bulletin – Pier sold", "Pier sold", "Marsh Lane Bulletin"),
        ("Pier sold", "Pier sold", None),
        ("Pier sold - and then resold - Gazette", "Pier sold - and then resold", "Gazette"),
        ("Other story | Gazette", "Pier sold", None),
    ],
)
def test_outlet_from_title_tag_needs_the_headline_beside_it(
    title: str, headline: str, outlet: str | None
) -> None:
    assert outlet_from_title_tag(f"<head><title>{title}</title></head>", headline) == outlet


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("· Updated 23 minutes ago", False),
        ("Last updated 10:42 GMT", False),
        ("Published 26 November 2026", False),
        ("Our Standards: The Example Wire Trust Principles.", False),
        ("Read our editorial standards", False),
        # Sentences that speak of an update or of standards are the article's.
        ("Updated figures were released on Monday, 3 March.", True),
        ("Published by the ministry", True),
        ("Our standards of care fell, he said, after the hospital lost 40 nurses in a year.", True),
    ],
)
def test_without_page_stamps_drops_only_time_stamp_and_standards_paragraphs(
    paragraph: str, kept: bool
) -> None:
    text = f"The council met on Monday.\n\n{paragraph}\n\nIt voted 9-4."
    cleaned = without_page_stamps(text)
    assert (paragraph in cleaned) is kept
    assert cleaned.startswith("The council met on Monday.") and cleaned.endswith("It voted 9-4.")


def test_without_subscription_prompts_drops_a_short_donation_box() -> None:
    """A reader-funded site's "chip in" box inside the article body is the site's, not the
    article's; a long element under such a class is not a prompt."""
    box = '<div class="site-donate-box"><p>We are funded by readers. Chip in today.</p></div>'
    cleaned = without_subscription_prompts(f"<html><body><p>Text</p>{box}</body></html>")
    assert "Chip in" not in cleaned and "Text" in cleaned
    long_box = '<div class="donations"><p>' + "word " * 100 + "</p></div>"
    assert "word word" in without_subscription_prompts(f"<html><body>{long_box}</body></html>")
