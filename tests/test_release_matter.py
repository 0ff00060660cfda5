"""A press release's lines for editors (release line, end mark, boilerplate, media contact) are
taken out of its text; look-alikes in a news article's own sentences stay."""

from __future__ import annotations

import pytest

from reader.core.formats.release_matter import without_release_matter
from reader.core.formats.text import parse_plain_text
from reader.core.ingest import article_from_html

_BODY = (
    "Halvard Foods today opened a new bakery in Lunden that will employ 120 people.\n\n"
    '"This is a proud day for us," said chief executive Rita Moen.\n\n'
    "The bakery will supply shops across the region from next month."
)
_BOILERPLATE = (
    "About Halvard Foods\n"
    "Halvard Foods bakes bread for families everywhere and employs 2,000 people.\n\n"
    "Media contact\n"
    "Jon Eide\n"
    "press@halvard.example"
)


def test_a_release_loses_its_release_line_end_mark_boilerplate_and_contact() -> None:
    release = f"FOR IMMEDIATE RELEASE\n\n{_BODY}\n\n###\n\n{_BOILERPLATE}"
    assert without_release_matter(release) == _BODY


def test_the_headline_under_a_release_line_is_the_title() -> None:
    """Left in, "FOR IMMEDIATE RELEASE" was read as the headline and the headline as the lede."""
    headline = "Halvard Foods Opens Lunden Bakery"
    found = parse_plain_text(f"FOR IMMEDIATE RELEASE\n\n{headline}\n\n{_BODY}")
    assert found.title == headline
    assert found.text == _BODY


@pytest.mark.parametrize("mark", ["-30-", "- ENDS -", "ENDS", "# # #"])
def test_every_usual_end_mark_ends_the_release(mark: str) -> None:
    assert without_release_matter(f"{_BODY}\n\n{mark}\n\n{_BOILERPLATE}") == _BODY


def test_without_an_end_mark_the_closing_about_and_contact_headings_end_it() -> None:
    assert without_release_matter(f"{_BODY}\n\n{_BOILERPLATE}") == _BODY


@pytest.mark.parametrize(
    "text",
    [
        # A sentence about a release, an "about" that opens a sentence, a lower-case "about".
        f"{_BODY}\n\nThe company said in a press release that it would hire more staff.",
        f"{_BODY}\n\nAbout 40 of the jobs will go to apprentices.",
        f"{_BODY}\n\nabout town\nThe mayor cut the ribbon.",
        # A heading in the first half is the article's own: nothing after it is furniture.
        "Contact\n\nContact between the two firms began in May.\n\n" + _BODY,
        # A wrapped line ending "... Contact" is no heading.
        f"{_BODY}\n\nThe union said it had lost\nContact\nwith the managers in March.",
    ],
)
def test_a_news_articles_look_alike_lines_stay(text: str) -> None:
    assert without_release_matter(text) == text


def test_an_embargo_line_goes_but_a_later_line_naming_a_release_stays() -> None:
    text = f"EMBARGOED UNTIL 00:01 GMT, 5 June\n\n{_BODY}"
    assert without_release_matter(text) == _BODY
    late = f"{_BODY}\n\nPress release\n\nThe mayor welcomed the plan."
    assert without_release_matter(late) == late


def test_a_saved_newsroom_page_loses_its_boilerplate_and_contact() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))
    html = (
        "<html><head><title>Halvard Foods Opens Lunden Bakery</title></head><body><article>"
        f"<h1>Halvard Foods Opens Lunden Bakery</h1><p>FOR IMMEDIATE RELEASE</p>{paragraphs}"
        "<p>###</p><h2>About Halvard Foods</h2><p>Halvard Foods bakes bread for families"
        " everywhere and employs 2,000 people.</p><h2>Media contact</h2><p>Jon Eide</p>"
        "</article></body></html>"
    )
    article = article_from_html(html.encode(), url=None)
    assert "Rita Moen" in article.text
    for furniture in ("IMMEDIATE", "###", "About Halvard", "families everywhere", "Jon Eide"):
        assert furniture not in article.text, furniture


def test_a_section_break_written_as_an_end_mark_keeps_the_ending_after_it() -> None:
    """A feature that sets "###" between its sections keeps its last section: only furniture
    may follow a release's end mark."""
    feature = (
        f"{_BODY}\n\n###\n\nThe bakery's first loaves sold out by noon.\n\n"
        "###\n\nBy evening the queue reached the harbour, and Moen promised a second oven."
    )
    assert without_release_matter(feature) == feature


def test_an_end_mark_with_a_contact_block_after_it_still_ends_the_release() -> None:
    assert without_release_matter(f"{_BODY}\n\n###\n\nJon Eide\n\nMedia contact\nJon Eide") == (
        _BODY
    )
    assert without_release_matter(f"{_BODY}\n\n-30-\n") == _BODY
