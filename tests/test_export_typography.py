"""The shared report reads as the window does: its own words, and core's explanations and
descriptions, with curly quotation marks and apostrophes; the articles' words as their outlets
typed them; the JSON as core wrote it."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from reader.core.compare import compare
from reader.core.export import to_html, to_json, to_qt_report
from reader.core.model import Comparison
from reader.core.typography import curly
from reader.store.demo import load_demo
from straight_marks import straight_marks_not_in


class _ShownText(HTMLParser):
    """The text a reader sees or hovers: the page's text and its tooltips, without the style
    sheet and the markers of flags (a footnote number after a flag, a badge in front of a
    clause), which sit among an article's words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.tips: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tips += [v for k, v in attrs if k == "title" and v]
        badge = tag == "span" and "badge" in (dict(attrs).get("class") or "")
        if tag in ("style", "sup") or badge:
            self._skipping.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.pieces.append(data)


def _shown(report: str) -> list[str]:
    parser = _ShownText()
    parser.feed(report)
    return ["".join(parser.pieces), *parser.tips]


@pytest.fixture(scope="module")
def demo() -> Comparison:
    _event, articles = load_demo()
    return compare(articles)


@pytest.mark.parametrize("flavour", ["web", "qt"])
def test_the_demo_report_writes_no_straight_quote_of_its_own(
    demo: Comparison, flavour: str
) -> None:
    report = to_html(demo) if flavour == "web" else to_qt_report(demo).html
    articles_text = " ".join(" ".join(f"{a.title} {a.text}".split()) for a in demo.articles)
    straight = sorted(
        {s for text in _shown(report) for s in straight_marks_not_in(articles_text, text)}
    )
    assert straight == []


def test_the_articles_words_keep_their_outlets_marks(demo: Comparison) -> None:
    page = "".join(_shown(to_html(demo))[:1])
    quoted = [c for cs in demo.claims.values() for c in cs if '"' in c.text or "'" in c.text]
    assert quoted  # the demo's outlets quote their speakers with straight marks
    for claim in quoted:
        assert " ".join(claim.text.split()) in " ".join(page.split())


def test_core_explanations_are_curly_in_the_report_and_straight_in_the_json(
    demo: Comparison,
) -> None:
    straight = [f for f in demo.flags if "'" in f.explanation]
    assert straight  # "evaluates in the outlet's own voice ('scaremongering', …)"
    page = " ".join(_shown(to_html(demo)))
    data = json.loads(to_json(demo))
    explained = {f["id"]: f["explanation"] for f in data["flags"]}
    for flag in straight:
        assert curly(flag.explanation) in page
        assert explained[flag.id] == flag.explanation
