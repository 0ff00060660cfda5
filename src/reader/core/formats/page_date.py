"""A web page's publication date, checked.

trafilatura finds a page's date with htmldate, which reads meta tags well but guesses when it
finds no whole date: from a year alone it makes the 1st of January ("Publié le 3 févr. 2025"
became 2025-01-01, and so did any date after today), and it reads "05/11/2025" day first, which
is wrong for an American page. A wrong date shown as fact is worse than none, so such a result
stands only when the page itself carries that date in a form that leaves no doubt; otherwise
the page's own date lines are read (in the languages :mod:`reader.core.formats.dates` knows).
"""

from __future__ import annotations

import re
from typing import Any, Final

from reader.core.formats.dates import parse_date

#: Meta tags and attributes that hold a date: ``article:published_time``, ``date``, ``DC.date``.
_DATE_META: Final = re.compile(r"date|published|created|issued|time", re.I)
#: A publication date in a page's JSON-LD: ``"datePublished": "2025-01-01T08:00:00Z"``.
_LINKED_DATA_DATE: Final = re.compile(r'"date(?:Published|Created)"\s*:\s*"([^"]{4,60})"')
#: Elements read for a dateline: past these, the page is comments and footers.
_MAX_ELEMENTS: Final = 3000
_MAX_DATELINE_CHARS: Final = 70
_MONTHS_IN_YEAR: Final = 12


def checked_date(found: str | None, html: str) -> str | None:
    """``found`` (htmldate's ISO date, or None) unless it may be a guess; then the date the
    page's own date lines give, or None."""
    if found is not None and not _may_be_a_guess(found, html):
        return found
    return page_date(html)


def _may_be_a_guess(found: str, html: str) -> bool:
    """A 1st of January (what htmldate makes of a year alone) or a day and month read from a
    numeric date that could be either way round ("05/11/2025")."""
    year, month, day = (int(part) for part in found.split("-"))
    if (month, day) == (1, 1):
        return True
    if day > _MONTHS_IN_YEAR or day == month:
        return False
    either = rf"(?<![\d/.])(?:0?{day}[/.]0?{month}|0?{month}[/.]0?{day})[/.]{year}(?!\d)"
    return re.search(either, html) is not None


def page_date(html: str) -> str | None:
    """The first date the page states outright: in a meta tag, its JSON-LD, a ``<time>``
    element, or a short line that is a date and nothing else ("Publié le 25 novembre 2026")."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for content in _meta_dates(root):
        date = parse_date(content)
        if date is not None:
            return date
    for match in _LINKED_DATA_DATE.finditer(html):
        date = parse_date(match.group(1).strip())
        if date is not None:
            return date
    body = root.find("body")
    for count, element in enumerate(body.iter() if body is not None else ()):
        if count > _MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        date = _element_date(element)
        if date is not None:
            return date
    return None


def _element_date(element: Any) -> str | None:
    """The date of a ``<time datetime>`` element, or of an element whose whole text is a
    dateline."""
    stamp = element.get("datetime")
    if stamp:
        date = parse_date(str(stamp).strip())
        if date is not None:
            return date
    text = _short_text(element)
    return parse_date(text) if text else None


def _meta_dates(root: Any) -> list[str]:
    """The contents of the meta tags that name a date, publication dates first (a page's
    ``article:modified_time`` often comes before its ``article:published_time``)."""
    found: list[tuple[bool, str]] = []
    for meta in root.iter("meta"):
        marker = " ".join(meta.get(key) or "" for key in ("name", "property", "itemprop"))
        content = (meta.get("content") or "").strip()
        if content and _DATE_META.search(marker):
            found.append(("publish" not in marker.lower(), content))
    return [content for _, content in sorted(found, key=lambda pair: pair[0])]


def _short_text(element: Any) -> str | None:
    """An element's text with its spaces collapsed, or None as soon as it runs past a
    dateline's length: a page's outer elements hold megabytes, which need not be joined."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > _MAX_DATELINE_CHARS * 4:  # room for the spaces of indented markup
            return None
        parts.append(piece)
    text = " ".join("".join(parts).split())
    return text if len(text) <= _MAX_DATELINE_CHARS else None
