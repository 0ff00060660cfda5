"""Shapes of saved pages the extractor reads wrongly on its own, set right before or after it runs.

Each rewrite is about markup, never about one site: a text laid out with ``<br><br>`` instead of
paragraphs, a "subscribe now" box in the middle of the article body, an outlet named only in the
page's ``<title>``, a live blog's entry times in ``<time>`` elements.
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


#: A class or id naming a subscription, paywall or donation prompt ("subscribe-box",
#: "paywall-offer", "donate-box").
_PROMPT_TOKEN: Final = re.compile(r"subscri|paywall|regwall|donat", re.IGNORECASE)
_PROMPT_ATTRIBUTE: Final = re.compile(
    r"""\b(?:class|id)\s*=\s*["'][^"'<>]{0,200}?(?:subscri|paywall|regwall|donat)""",
    re.IGNORECASE,
)
_PROMPT_TAGS: Final = frozenset({"div", "aside", "section", "form"})
#: A prompt is a few lines; an element this long under such a class is the article it guards.
MAX_PROMPT_WORDS: Final = 80


def without_subscription_prompts(html: str) -> str:
    """``html`` without the short boxes that ask the reader to subscribe, log in or donate.

    The extractor keeps such a box when it sits inside the article body, so "You have reached your
    free article limit" became the article's last paragraph and was compared as a claim (and a
    reader-funded site's "Chip in from just 3 a month" likewise). Only short elements go: sites
    also put these class names on the container of the whole article.
    """
    if _PROMPT_ATTRIBUTE.search(html) is None:
        return html  # the common page: no parse, no rewrite
    root = _parsed(html)
    if root is None:
        return html
    prompts = [element for element in root.iter(*_PROMPT_TAGS) if _is_prompt(element)]
    if not prompts:
        return html
    for element in prompts:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which is not the prompt's
    return _serialised(root)


_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*>")


def _parsed(html: str) -> etree._Element | None:
    """The page's tree for a rewrite, or None when lxml cannot read it (the page is then left as
    it is). lxml is imported here: most pages need no rewrite and never load it."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _serialised(root: etree._Element) -> str:
    from lxml import html as lxml_html

    return str(lxml_html.tostring(root, encoding="unicode"))


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


#: A clock time as a live blog shows an entry's: "10:45", "9.20am", "14:05 GMT".
_CLOCK: Final = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE
)
_TIME_TAG: Final = re.compile(r"<time\b", re.IGNORECASE)
_LIVE_BLOG_TYPE: Final = re.compile(r"""["']@type["']\s*:\s*[^{}]{0,80}?LiveBlogPosting""")
#: Entries with a clock time each that make a page of them a live blog without its JSON-LD.
MIN_LIVE_ENTRIES: Final = 2


def entry_times_in_text(html: str) -> str:
    """``html`` with each live-blog entry's clock time moved to the start of its first paragraph:
    "10:45 - The minister said ...".

    The extractor drops a short ``<time>`` element as page furniture, so a live blog's entries
    lost their times and read as one undated story. A page is a live blog by its JSON-LD
    (``LiveBlogPosting``) or by entries that each hold one clock ``<time>`` and a paragraph; a
    date in ``<time>``, or the times of a page's header, which share one element, are left alone.
    """
    needed = 1 if _LIVE_BLOG_TYPE.search(html) else MIN_LIVE_ENTRIES
    if len(_TIME_TAG.findall(html)) < needed:
        return html  # the common page: no parse, no rewrite
    root = _parsed(html)
    if root is None:
        return html
    entries = _timed_entries(root)
    if len(entries) < needed:
        return html
    for time, paragraph in entries:
        clock = " ".join(time.text_content().split())
        paragraph.text = f"{clock} - {paragraph.text or ''}"
        time.drop_tree()  # keeps the tail text, which is not the time
    return _serialised(root)


def _timed_entries(root: etree._Element) -> list[tuple[etree._Element, etree._Element]]:
    """Each clock ``<time>`` of the page with the first paragraph after it in its entry: the
    nearest element around the time that holds a ``<p>`` and no other clock time."""
    clocks = [t for t in root.iter("time") if _CLOCK.match(" ".join(t.text_content().split()))]
    clock_set = set(clocks)
    found: list[tuple[etree._Element, etree._Element]] = []
    for time in clocks:
        entry = time.getparent()
        while entry is not None and not _paragraphs_after(entry, time):
            entry = entry.getparent()
        if entry is None or sum(1 for t in entry.iter("time") if t in clock_set) != 1:
            continue
        found.append((time, _first_told_paragraph(_paragraphs_after(entry, time))))
    return found


#: Tags a live blog sets an entry's headline in when it gives it no heading element.
_BOLD_TAGS: Final = frozenset({"strong", "b"})


def _first_told_paragraph(paragraphs: list[etree._Element]) -> etree._Element:
    """The first of an entry's ``paragraphs`` that tells something, past a bold headline.

    Many live blogs head an entry with ``<p><strong>Headline</strong></p>`` rather than a heading
    element; given that paragraph, the time opened the headline ("16:05 - Regulator to review
    plan") and the entry's first sentence read undated. An entry that is only a bold paragraph
    keeps its time there.
    """
    for paragraph in paragraphs:
        if not _is_bold_headline(paragraph):
            return paragraph
    return paragraphs[0]


def _is_bold_headline(paragraph: etree._Element) -> bool:
    """Whether all of ``paragraph``'s words sit in one ``<strong>`` or ``<b>`` child."""
    children = list(paragraph)
    if len(children) != 1 or children[0].tag not in _BOLD_TAGS:
        return False
    outside = f"{paragraph.text or ''}{children[0].tail or ''}"
    return not outside.strip() and bool(children[0].text_content().strip())


def _paragraphs_after(entry: etree._Element, time: etree._Element) -> list[etree._Element]:
    """The ``<p>`` elements of ``entry`` that come after ``time`` in reading order."""
    after = False
    paragraphs: list[etree._Element] = []
    for element in entry.iter():
        if element is time:
            after = True
        elif after and element.tag == "p":
            paragraphs.append(element)
    return paragraphs


#: A paragraph that is only the page's time stamp, left when the extractor drops the ``<time>``
#: element beside it: "· Updated 23 minutes ago", "Last updated 10:42 GMT".
_STAMP_LINE: Final = re.compile(
    r"^[·•|\-–—\s]*(?:last\s+|first\s+)?(?:updated|published|posted|modified)\b"
    r"(?=[^.!?]*(?:\d|\bago\b))[^.!?]{0,60}$",
    re.IGNORECASE,
)
#: A closing line that points to the outlet's editorial standards: "Our Standards: The ...
#: Trust Principles.", "Read our editorial standards".
_STANDARDS_LINE: Final = re.compile(
    r"^(?:our (?:editorial )?standards\s*:|(?:read|learn more about|see) our editorial standards\b)"
    r"[^\n]{0,100}$",
    re.IGNORECASE,
)


def without_page_stamps(text: str) -> str:
    """The extracted ``text`` without paragraphs that are only the page's time stamp or a link to
    its editorial standards.

    Both sit inside the article element on many news pages, so the extractor keeps them, and
    "Updated 23 minutes ago" became the article's first claim and an outlet's standards line an
    actor of its own. Only whole paragraphs of that shape go: a sentence that speaks of an update
    ends in a full stop or runs longer.
    """
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not (_STAMP_LINE.match(p) or _STANDARDS_LINE.match(p))]
    return "\n\n".join(kept) if kept else text
