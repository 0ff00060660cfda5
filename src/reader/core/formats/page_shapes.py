"""Shapes of saved pages the extractor reads wrongly on its own, set right before or after it runs.

Each rewrite is about markup, never about one site: a text laid out with ``<br><br>`` instead of
paragraphs, a "subscribe now" box in the middle of the article body, an outlet named only in the
page's ``<title>``.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from lxml import etree

#: Two or more line breaks in a row: how pages without ``<p>`` tags separate paragraphs.
_BREAK_RUN: Final = re.compile(r"(?:<br\s*/?>\s*){2,}", re.IGNORECASE)


def breaks_as_paragraphs(html: str) -> str:
    """``html`` with each run of two or more ``<br>`` turned into a paragraph start.

    A browser shows such a run as a paragraph break, and that is what it means; but the extractor
    reads a ``<div>`` of text and ``<br>`` tags out of order, putting the headline and the byline
    above it after the article's last paragraph.
    """
    return _BREAK_RUN.sub("<p>", html)


#: A class or id naming a subscription or paywall prompt ("subscribe-box", "paywall-offer").
_PROMPT_TOKEN: Final = re.compile(r"subscri|paywall|regwall", re.IGNORECASE)
_PROMPT_ATTRIBUTE: Final = re.compile(
    r"""\b(?:class|id)\s*=\s*["'][^"'<>]{0,200}?(?:subscri|paywall|regwall)""", re.IGNORECASE
)
_PROMPT_TAGS: Final = frozenset({"div", "aside", "section", "form"})
#: A prompt is a few lines; an element this long under such a class is the article it guards.
MAX_PROMPT_WORDS: Final = 80


def without_subscription_prompts(html: str) -> str:
    """``html`` without the short boxes that ask the reader to subscribe or log in.

    The extractor keeps such a box when it sits inside the article body, so "You have reached your
    free article limit" became the article's last paragraph and was compared as a claim. Only short
    elements go: sites also put these class names on the container of the whole article.
    """
    if _PROMPT_ATTRIBUTE.search(html) is None:
        return html  # the common page: no parse, no rewrite
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (etree.ParserError, ValueError):
        return html
    prompts = [element for element in root.iter(*_PROMPT_TAGS) if _is_prompt(element)]
    if not prompts:
        return html
    for element in prompts:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which is not the prompt's
    return str(lxml_html.tostring(root, encoding="unicode"))


_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*>")


def _is_prompt(element: etree._Element) -> bool:
    marker = f"{element.get('class') or ''} {element.get('id') or ''}"
    if _PROMPT_TOKEN.search(marker) is None:
        return False
    words = " ".join(element.itertext()).split()
    return len(words) <= MAX_PROMPT_WORDS


_TITLE_TAG: Final = re.compile(r"<title\b[^>]{0,200}>([^<]{1,400})</title>", re.IGNORECASE)
#: What sites put between a headline and their name in ``<title>``.
_TITLE_SEPARATOR: Final = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+")
#: Longest outlet name taken from a title: longer, it is more likely a second headline.
_MAX_OUTLET_WORDS: Final = 6


def outlet_from_title_tag(html: str, headline: str | None) -> str | None:
    """The site's name from a ``<title>`` of the form "Headline | Outlet" (or "Outlet - Headline"),
    when the other part is the article's headline; None otherwise.

    Small sites name themselves nowhere else: no ``og:site_name``, no JSON-LD publisher.
    """
    match = _TITLE_TAG.search(html[:65536])
    if match is None or not headline:
        return None
    parts = _TITLE_SEPARATOR.split(" ".join(unescape(match.group(1)).split()))
    if len(parts) < 2:
        return None
    wanted = _words(headline)
    for name, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        joined = " ".join(rest)
        if _words(joined) == wanted and 0 < len(name.split()) <= _MAX_OUTLET_WORDS:
            return name.strip()
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())
