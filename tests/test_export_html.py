"""The HTML report: self-contained, inert whatever the inputs carry, and complete."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from html import escape, unescape
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export_case import HOSTILE_PAYLOADS, build_comparison
from reader.core.export import shown_source, to_html, to_qt_report
from reader.core.export_flags import reading_order
from reader.core.model import (
    CATEGORY_LABELS,
    Article,
    Claim,
    Comparison,
    Counterpart,
    Flag,
    category_description,
)
from reader.core.overview import (
    NO_MATCH,
    RATE_MIN_WORDS,
    FlagFilter,
    build_overview,
    flags_in_words,
)
from reader.core.palette import CATEGORY_STYLES, UNDERLINE_WORDS
from reader.core.report_overview import CHART_PROFILE
from reader.core.report_style import contrast
from reader.core.typography import curly

#: Elements that load, embed or run something. None may appear in a report.
ACTIVE_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "img", "image",
    "link", "base", "form", "input", "button", "audio", "video", "source", "track",
    "picture", "portal", "noscript", "use", "foreignobject", "animate", "set",
}  # fmt: skip
#: Attributes whose value is fetched or followed.
URL_ATTRIBUTES = {
    "href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster",
    "background", "manifest", "ping", "cite", "longdesc", "lowsrc", "dynsrc",
}  # fmt: skip

#: Attributes whose value is only ever displayed as text (tooltips, accessible names).
TEXT_ATTRIBUTES = {"title", "aria-label"}


class ReportParser(HTMLParser):
    """Collects every element, attribute, piece of text and style sheet of a document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.text: list[str] = []
        self.css: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, k.lower(), v or "") for k, v in attrs)
        self._in.append(tag)
        if tag in {"meta", "br", "col", "hr", "wbr"}:
            self._in.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, k.lower(), v or "") for k, v in attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "style":
            self.css.append(data)
        else:
            self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(html: str) -> ReportParser:
    p = ReportParser()
    p.feed(html)
    p.close()
    return p


def assert_inert(html: str) -> ReportParser:
    """The checks every report must pass: nothing that runs, loads or links anywhere."""
    doc = parse(html)
    assert not ACTIVE_TAGS & set(doc.tags), ACTIVE_TAGS & set(doc.tags)
    assert re.search(r"<\s*script", html, re.I) is None
    for tag, name, value in doc.attrs:
        assert not name.startswith("on"), (tag, name)
        assert name not in URL_ATTRIBUTES, (tag, name, value)
        assert name != "style", (tag, name)  # the web report styles by class only
        if name in TEXT_ATTRIBUTES:
            continue  # shown as words (a tooltip), never followed or run
        squashed = re.sub(r"\s+", "", value).lower()
        assert "javascript:" not in squashed and "vbscript:" not in squashed, (tag, name)
        assert "://" not in value and not value.startswith("//"), (tag, name, value)
        if tag == "meta" and name == "http-equiv":
            assert value == "Content-Security-Policy", value  # never a refresh
    css = " ".join(doc.css).lower()
    assert "url(" not in css and "@import" not in css and "//" not in css
    assert "expression(" not in css and "javascript:" not in css
    return doc


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return build_comparison(with_hostile=True)


@pytest.fixture(scope="module")
def report(comparison: Comparison) -> str:
    return to_html(comparison, generated_at=datetime(2026, 11, 27, 9, 30, tzinfo=UTC))


def test_report_is_inert_and_self_contained(report: str) -> None:
    doc = assert_inert(report)
    assert doc.tags.count("style") == 1  # all CSS inline, in one sheet
    assert doc.tags.count("svg") == 2  # both charts inline
    csp = [v for t, n, v in doc.attrs if t == "meta" and n == "content" and "default-src" in v]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
                   "base-uri 'none'; form-action 'none'"]  # fmt: skip


def test_no_payload_from_the_hostile_page_reaches_the_report(
    comparison: Comparison, report: str
) -> None:
    courier = comparison.article("courier")
    assert "Lindqvist" in courier.text  # the page's article was read...
    lowered = report.lower()
    for payload in HOSTILE_PAYLOADS:  # ...and none of its active parts came along
        assert payload.lower() not in lowered, payload
    assert "javascript" not in lowered


def test_report_names_every_outlet_and_shows_every_flag(
    comparison: Comparison, report: str
) -> None:
    text = parse(report).plain
    for article in comparison.articles:
        assert article.outlet in text
        assert f"{NO_MATCH} in {article.outlet}" in text or all(
            row.cells.get(article.id) for row in comparison.rows()
        )
    for flag in comparison.flags:
        assert " ".join(flag.text.split()) in text, flag.id
        assert " ".join(curly(flag.explanation).split()) in text, flag.id


def test_an_empty_cell_says_what_the_apps_cell_says(comparison: Comparison, report: str) -> None:
    """The app's cell reads "No matching sentence" where the report's read "no matching sentence
    in …": both now take the words from core, the report adding the outlet it is about."""
    missing = [
        (row, a.outlet)
        for row in comparison.rows()
        for a in comparison.articles
        if not row.cells.get(a.id)
    ]
    assert missing
    absent = re.findall(r'<td class="absent">([^<]*)</td>', report)
    assert sorted(set(absent)) == sorted({f"{NO_MATCH} in {escape(o)}" for _row, o in missing})
    assert NO_MATCH[0].isupper() and NO_MATCH.lower() + " in" not in report


def test_flags_are_highlighted_with_their_category_and_explanation(
    comparison: Comparison, report: str
) -> None:
    doc = parse(report)
    titles = {v for t, n, v in doc.attrs if n == "title"}
    classes = " ".join(v for t, n, v in doc.attrs if n == "class")
    for flag in comparison.flags:
        assert any(curly(flag.explanation) in t for t in titles), flag.id
        assert f"c-{flag.category}" in classes
    marks = [v for t, n, v in doc.attrs if t == "mark" and n == "class"]
    inline = [f for f in comparison.flags if f.category not in {"opinion", "unique-claim"}]
    assert len(marks) >= len(inline)


def test_quoted_flags_are_marked_as_a_speakers_words(comparison: Comparison) -> None:
    target = next(f for f in comparison.flags if f.category not in {"opinion", "unique-claim"})
    flags = tuple(replace(f, quoted=f.id == target.id) for f in comparison.flags)
    doc = parse(to_html(replace(comparison, flags=flags)))
    marks = [v for t, n, v in doc.attrs if t == "mark" and n == "class"]
    assert sum("quoted" in m for m in marks) >= 1
    assert all(f"c-{target.category}" in m for m in marks if "quoted" in m)
    # transparent, not a bare background: that would take the dash-dot line away too
    assert ".flag.quoted{background-color:transparent}" in "".join(doc.css)
    # Qt's report engine takes inline colours: the quoted words get no tint there either
    assert "background-color:transparent" in to_qt_report(replace(comparison, flags=flags)).html


def _echoes(html: str) -> list[tuple[str, str, str]]:
    """The report's marks on another outlet's words in a flag's place: (class, title, words)."""
    found = re.finditer(r'<span class="echo ([^"]+)" title="([^"]*)"[^>]*>([^<]*)</span>', html)
    return [(m[1], unescape(m[2]), unescape(m[3])) for m in found]


def test_other_outlets_words_in_a_flags_place_are_marked_with_it(
    comparison: Comparison, report: str
) -> None:
    """A label such as "Globalist premier" reads as one beside the others' "Prime Minister Ana
    Lindqvist": the report marks those words in the label's colour, as the app outlines them,
    and says on hover which flag they answer."""
    number = [f.id for f in reading_order(comparison)].index("f3") + 1
    echoes = _echoes(report)
    premier = [e for e in echoes if e[2] == "Prime Minister Ana Lindqvist"]
    assert len(premier) == 2  # the wire's cell and the ledger's
    for cls, title, _words in premier:
        assert cls == "c-label"
        label = CATEGORY_LABELS["label"]
        assert (
            title == f"The Daily Beacon writes “Globalist premier” here (flag L{number}, {label})"
        )
    # "caved" against the wire's "signed" and the ledger's "agreed"; "so-called" against "a treaty"
    assert {"signed", "agreed", "a treaty"} <= {words for _c, _t, words in echoes}
    # The flagged outlet's own words are its flags, never an echo of them.
    assert not any(w in {"Globalist premier", "finally caved", "so-called"} for *_x, w in echoes)
    assert "dotted outline in a flag’s colour" in section(report, "claims")
    assert ".echo.c-label{border-color:" + CATEGORY_STYLES["label"].colour + "}" in report


def test_echoes_follow_what_the_report_shows(comparison: Comparison) -> None:
    """A category left out of the report, or a flag on a speaker's words, marks no other outlet's
    words either: nothing would say what they answer."""
    no_labels = FlagFilter(categories=frozenset(CATEGORY_STYLES) - {"label"})
    html = to_html(comparison, shown=no_labels)
    assert _echoes(html) and not [e for e in _echoes(html) if e[0] == "c-label"]
    assert "Prime Minister Ana Lindqvist" in parse(html).plain
    quoted = tuple(replace(f, quoted=f.id == "f3") for f in comparison.flags)
    assert not [e for e in _echoes(to_html(replace(comparison, flags=quoted))) if "premier" in e[1]]


def test_report_carries_metadata_generator_and_legend(comparison: Comparison, report: str) -> None:
    text = parse(report).plain
    g = comparison.generator
    for value in (g.name, g.version, g.pipeline, g.lexicon, "2026-11-27 09:30 UTC"):
        assert value in text
    for a in comparison.articles:
        for value in (a.title, a.author, a.date, a.source and shown_source(a.source)):
            if value:
                assert value in text, value
    for cat, style in CATEGORY_STYLES.items():
        assert f".flag.c-{cat}{{" in report and style.colour in report
    assert "Legend" in text and "Framing profile" in text and "Coverage" in text
    assert "How each outlet names the actors" in text and "Globalist premier" in text
    assert "Who each outlet quotes or cites" in text and "boasted" in text


def test_the_legend_names_each_underline_as_the_app_draws_it(report: str) -> None:
    """The intensifier's line is dash-dot on screen and in the Help; the report draws it so
    (CSS has no dash-dot underline: a repeating gradient along the words' bottom) and its
    legend says so. No category is drawn or named with a double line any more."""
    legend = parse(section(report, "legend")).plain
    listed = [cat for cat, name in CATEGORY_LABELS.items() if f"{name} " in legend]
    assert "intensifier" in listed and len(listed) >= 5
    for cat in listed:
        style = CATEGORY_STYLES[cat]
        words = UNDERLINE_WORDS[style.underline]
        meaning = curly(category_description(cat, 2))  # its plain meaning comes between
        assert f"{CATEGORY_LABELS[cat]} {style.marker} {meaning} {words} underline ·" in legend
    assert "dash-dot underline" in legend and "double" not in legend
    css = "".join(parse(report).css)
    assert "double" not in css
    rule = css.split(".flag.c-intensifier{", 1)[1].split("}", 1)[0]
    colour = CATEGORY_STYLES["intensifier"].colour
    assert "text-decoration:none" in rule and "repeating-linear-gradient(90deg" in rule
    assert rule.count(colour) == 2  # a dash and a dot, then gaps
    assert "background-position:0 100%" in rule and "background-size:100% 2px" in rule
    # the dark page changes the tint only, so the line stays
    dark = css.split("prefers-color-scheme:dark", 1)[1]
    assert ".flag.c-intensifier{background-color:" in dark
    assert ".flag.c-intensifier{background:" not in css


def test_the_legend_says_what_each_kind_means_in_plain_words(comparison: Comparison) -> None:
    """A teacher found "epithet" and "intensifier" in what a student reads and nothing to say
    what they are: each kind in the legend now has the one-line meaning the app's legend, Help
    and Details give it, and a report of one article the meaning that speaks of no others."""
    # the outlet with labels and intensifiers of its own: the legend keys only what it holds
    first = next(
        a.id
        for a in comparison.articles
        if {"label", "intensifier"} <= {f.category for f in comparison.flags_of(a.id)}
    )
    alone = replace(
        comparison,
        articles=(comparison.article(first),),
        claims={first: comparison.claims[first]},
        alignments=(),
        flags=comparison.flags_of(first),
    )
    for comp in (comparison, alone):
        html = to_html(comp, generated_at=datetime(2026, 11, 27, 9, 30, tzinfo=UTC))
        legend = parse(section(html, "legend")).plain
        listed = [cat for cat, name in CATEGORY_LABELS.items() if f"{name} " in legend]
        assert "label" in listed and "intensifier" in listed
        for cat in listed:
            assert curly(category_description(cat, len(comp.articles))) in legend, cat


def test_report_adapts_to_dark_mode_and_print(report: str) -> None:
    assert "@media (prefers-color-scheme:dark)" in report
    assert "@media print" in report and "@page" in report


def test_footnote_numbers_read_at_wcag_aa_on_the_light_and_the_dark_page(
    comparison: Comparison, report: str
) -> None:
    """A flag's footnote number ("N6") is small bold text in its category's colour: the
    figure's purple on the dark page and the amber on white were under 3:1."""
    dark_at = report.index("@media (prefers-color-scheme:dark)")
    pages = {
        "#FFFFFF": report[:dark_at],
        "#16181C": report[dark_at : report.index("@media print")],
    }
    for paper, css in pages.items():
        assert f"--paper:{paper}" in css
        for cat in CATEGORY_STYLES:
            colour = re.findall(rf"\.ref\.c-{cat}\{{color:(#[0-9A-Fa-f]{{6}})\}}", css)
            assert colour and contrast(colour[-1], paper) >= 4.5, (cat, paper, colour)
    qt = to_qt_report(comparison).html
    for cat in CATEGORY_STYLES:
        colour = re.findall(rf"\.ref\.c-{cat}\{{color:(#[0-9A-Fa-f]{{6}})\}}", qt)
        assert colour and contrast(colour[-1], "#FFFFFF") >= 4.5, (cat, colour)
    numbers = re.findall(r'<sup class="ref[^"]*" style="color:(#[0-9A-Fa-f]{6})"', qt)
    assert numbers and all(contrast(c, "#FFFFFF") >= 4.5 for c in numbers)


def test_marker_box_letters_read_at_wcag_aa_on_every_category_colour(
    comparison: Comparison, report: str
) -> None:
    """The letter in a flag's marker box ("W", "N"): white on the amber, the sky blue and the
    pink was under 3:1, so those boxes take a dark letter."""
    hexes = r"(#[0-9A-Fa-f]{6})"
    qt = to_qt_report(comparison).html
    for css in (report, qt):
        for cat in CATEGORY_STYLES:
            rule = (
                rf"\.mk\.c-{cat},\.badge\.c-{cat}\{{background(?:-color)?:{hexes};color:{hexes}\}}"
            )
            found = re.findall(rule, css)
            assert found, cat
            box, letter = found[-1]
            assert contrast(box, letter) >= 4.5, (cat, box, letter)
    # Qt ignores most stylesheet rules, so its boxes carry their colours inline.
    inline = re.findall(
        rf'class="(?:mk|badge) [^"]*" style="background-color:{hexes};color:{hexes}"', qt
    )
    assert inline and all(contrast(box, letter) >= 4.5 for box, letter in inline)


def test_hostile_metadata_and_text_are_escaped_not_run() -> None:
    """Worst case: a reader that let markup through. The report must still be inert."""
    base = build_comparison(with_hostile=False)
    payload = (
        'Intro. <script>alert("XSS-1")</script> <img src=x onerror=alert(2)> '
        '<a href="javascript:alert(3)">click</a> <iframe src="//evil.example/x"></iframe> '
        "<svg onload=alert(4)> <style>body{background:url(http://evil.example/a.png)}</style>"
    )
    evil = Article(
        "evil",
        '<b onmouseover="alert(5)">Evil</b> "Outlet"',
        payload,
        title="</title><script>alert(6)</script>",
        author='x" onclick="alert(7)',
        source="javascript:alert(8)",
    )
    claim = Claim("evil-c0", "evil", 0, len(payload), payload, 0)
    flags = (
        Flag("e1", "evil", payload.index("<script>"), payload.index("</script>") + 9,
             '<script>alert("XSS-1")</script>', 'label" onmouseover="alert(9)',
             "<img src=x onerror=alert(10)>", claim="evil-c0"),
        Flag("e2", "evil", 0, 6, "Intro.", "loaded", "plain", claim="evil-c0"),
    )  # fmt: skip
    comp = replace(
        base,
        articles=(*base.articles, evil),
        claims={**base.claims, "evil": (claim,)},
        flags=(*base.flags, *flags),
        title='<script>alert("title")</script>',
    )
    notes = [
        {"kind": "note", "article": "evil", "text": "<script>alert(11)</script>",
         "category": 'x" onfocus="alert(12)', "body": "<img src=x onerror=alert(13)>",
         "author": "<b>student</b>"},
    ]  # fmt: skip
    html = to_html(comp, annotations=notes)
    doc = assert_inert(html)
    text = doc.plain
    # The words are shown, as words.
    assert '<b onmouseover="alert(5)">Evil</b> "Outlet"' in text
    assert '<script>alert("XSS-1")</script>' in text
    assert "<img src=x onerror=alert(13)>" in text
    assert "javascript:alert(8)" in text  # the source, as text, never as a link


def test_the_articles_table_counts_headline_flags_beside_the_bodys(comparison: Comparison) -> None:
    """The "Framing flags" count is the body's; an article whose framing is in its headline read
    "0" as if it had none, so the headline's flags are said beside it."""
    beacon = next(a for a in comparison.articles if a.id == "beacon")
    assert beacon.title
    word = beacon.title.split()[0]
    flag = Flag(
        id="h1",
        article="beacon",
        start=0,
        end=len(word),
        text=word,
        category="loaded",
        explanation=f"'{word}' is loaded wording.",
        where="title",
    )
    html = to_html(replace(comparison, headline_flags=(flag,)))
    section = html[html.index('id="articles"') :]
    rows = re.findall(r"<tr>(.*?)</tr>", section[: section.index("</table>")], re.S)
    beacon_row = next(r for r in rows if "The Daily Beacon" in r)
    assert "+1 in the headline" in beacon_row
    assert sum("in the headline" in r for r in rows) == 1


def test_the_articles_table_gives_a_short_texts_count_in_its_words_not_a_rate() -> None:
    """A 54-word article's rate per 1,000 words would read as dense framing: under
    RATE_MIN_WORDS the cell says its flags in its words; run on past it, the rate is back."""
    comp = build_comparison(with_hostile=False)
    ledger = comp.article("ledger")
    short_row = _rate_cell(to_html(comp), comp.article("ledger").outlet)
    n = build_overview(comp).profile("ledger").total
    assert ledger.word_count < RATE_MIN_WORDS
    assert short_row == flags_in_words(n, ledger.word_count)
    plain = " The board will meet again next week." * 60
    longer = replace(comp, articles=tuple(
        replace(a, text=a.text + plain) if a.id == "ledger" else a for a in comp.articles
    ))  # fmt: skip
    long_row = _rate_cell(to_html(longer), ledger.outlet)
    words = longer.article("ledger").word_count
    assert long_row == f"{1000 * n / words:.1f}"


def test_the_printed_table_gives_a_short_text_a_dash_and_says_why() -> None:
    """On paper "Per 1,000 words" is too narrow for "5 flags in 54 words" on one line, and the
    words and the flags stand in the cells beside it: a short text's cell holds a dash, and the
    note under the table says what it means. A text of rate length keeps its rate, and no note."""
    comp = build_comparison(with_hostile=False)
    ledger = comp.article("ledger")
    assert ledger.word_count < RATE_MIN_WORDS
    qt = to_qt_report(comp).html
    assert _printed_rate_cell(qt, ledger.outlet) == "\u2013"
    assert f"a text under {RATE_MIN_WORDS} words, too short for a rate" in qt
    plain = " The board will meet again next week." * 60
    longer = replace(comp, articles=tuple(replace(a, text=a.text + plain) for a in comp.articles))
    qt_long = to_qt_report(longer).html
    assert _printed_rate_cell(qt_long, ledger.outlet) != "\u2013"
    assert "too short for a rate" not in qt_long


def test_the_reports_profile_chart_gives_a_short_text_a_count_not_bars() -> None:
    """The table gives a short text a count or a dash and a note; the chart beside it drew that
    text's rate as the longest bars. In print and in a browser its cells hold its counts, with
    no bar, and the chart's foot says why."""
    comp = build_comparison(with_hostile=False)
    plain = " The board will meet again next week." * 60
    mixed = replace(comp, articles=tuple(
        a if a.id == "ledger" else replace(a, text=a.text + plain) for a in comp.articles
    ))  # fmt: skip
    assert comp.article("ledger").word_count < RATE_MIN_WORDS
    note = f"a text under {RATE_MIN_WORDS} words, too short for a rate"
    printed = dict(to_qt_report(mixed).images)[CHART_PROFILE]
    for report in (_overview_of(to_html(mixed)), printed):
        assert report.count('class="no-rate"') == 1 + len(build_overview(mixed).categories) and (
            note in report
        )
    ledger = mixed.article("ledger")
    total = flags_in_words(build_overview(mixed).profile("ledger").total, ledger.word_count)
    assert f">{total}</text>" in _overview_of(to_html(mixed))
    longer = replace(mixed, articles=tuple(replace(a, text=a.text + plain) for a in comp.articles))
    assert 'class="no-rate"' not in _overview_of(to_html(longer))


def test_the_reports_profile_chart_of_short_texts_only_draws_counts() -> None:
    """Every article under RATE_MIN_WORDS drew a chart of dashes. In print and in a browser the
    chart's bars are then counts, and its title and foot say so; run on past the length, the
    same articles' chart is of rates again."""
    comp = build_comparison(with_hostile=False)
    assert all(a.word_count < RATE_MIN_WORDS for a in comp.articles)
    printed = dict(to_qt_report(comp).images)[CHART_PROFILE]
    for chart in (_overview_of(to_html(comp)), printed):
        assert "Framing profile: flags of each kind, counted" in chart
        assert "Counts, not rates: every article is under" in chart
        assert "Bars: flags in each article, counted" in chart and 'class="no-rate"' not in chart
    plain = " The board will meet again next week." * 60
    longer = replace(comp, articles=tuple(replace(a, text=a.text + plain) for a in comp.articles))
    rated = _overview_of(to_html(longer))
    assert "Framing profile: flags per 1,000 words" in rated and "Counts, not rates" not in rated


def _overview_of(html: str) -> str:
    return html[html.index('id="overview"') :]


def _rate_cell(html: str, outlet: str) -> str:
    """The text of the last cell ("Per 1,000 words") of ``outlet``'s row in "The articles"."""
    assert_inert(html)
    return _printed_rate_cell(html, outlet)


def _printed_rate_cell(html: str, outlet: str) -> str:
    """:func:`_rate_cell` for the report made for Qt's rich text (styled inline, not inert)."""
    section = html[html.index('id="articles"') :]
    rows = re.findall(r"<tr>(.*?)</tr>", section[: section.index("</table>")], re.S)
    row = next(r for r in rows if escape(outlet) in r)
    return unescape(re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[-1]))


def test_single_article_report() -> None:
    base = build_comparison(with_hostile=False)
    beacon = base.article("beacon")
    comp = Comparison(
        articles=(beacon,),
        claims={"beacon": base.claims["beacon"]},
        alignments=(),
        flags=tuple(f for f in base.flags if f.article == "beacon" and not f.counterparts),
        generator=base.generator,
    )
    html = to_html(comp)
    doc = assert_inert(html)
    assert "Framing in The Daily Beacon" in doc.plain
    assert f"{NO_MATCH} in" not in doc.plain and "only The Daily Beacon" not in doc.plain
    for flag in comp.flags:
        assert flag.text in doc.plain
    # nothing to set it against: no promise of what others wrote, no "Only here" or "Left out"
    assert "what the other outlets wrote" not in doc.plain
    assert "Only here" not in doc.plain and "Left out" not in doc.plain
    assert "Framing flags" in doc.plain and "Per 1,000 words" in doc.plain
    qt_widths = [int(w) for w in re.findall(r"<th width=\"(\d+)%\"", to_qt_report(comp).html)]
    assert len(qt_widths) == 6 and sum(qt_widths) == 100


def test_one_articles_report_says_what_each_section_shows_of_it() -> None:
    """Headings and notes written for several outlets ("How each outlet names the actors",
    "outlets that report the same thing share a row") describe the one article instead, and the
    coverage chart, where one article reports every claim, is left out, in print too."""
    base = build_comparison(with_hostile=False)
    comp = _beacon_alone(base)
    for page in (to_html(comp), to_qt_report(comp).html):
        text = parse(page).plain
        assert "How this article names the actors" in text
        assert "Who this article quotes or cites" in text
        assert "This article’s claims, with their flags" in text
        assert "One row per claim, in the article’s order." in text
        assert "the rows of “This article’s claims, with their flags” below" in text
        assert not re.search(r"each outlet|side by side|outlets? that|no outlet", text, re.I)
        assert "<h3>Coverage</h3>" not in page
        n = len(comp.claims["beacon"])
        assert f"1 article, {n} claims," in text and f"{n} of {n}" not in text
    # two outlets keep the comparison's words
    text = parse(to_html(base)).plain
    assert "Claims side by side" in text and "How each outlet names the actors" in text
    assert "Coverage" in text and "This article" not in text


def test_one_article_that_quotes_no_one_says_so_of_itself() -> None:
    comp = _beacon_alone(build_comparison(with_hostile=False))
    unattributed = {
        "beacon": tuple(replace(c, attribution=None, quote=False) for c in comp.claims["beacon"])
    }
    text = parse(to_html(replace(comp, claims=unattributed))).plain
    assert "Who this article quotes or cites The article quotes or cites no one by name." in text
    assert "No outlet" not in text


def _beacon_alone(base: Comparison) -> Comparison:
    """The Daily Beacon of the sample comparison, opened alone."""
    beacon = base.article("beacon")
    return Comparison(
        articles=(beacon,),
        claims={"beacon": base.claims["beacon"]},
        alignments=(),
        flags=tuple(f for f in base.flags if f.article == "beacon" and not f.counterparts),
        generator=base.generator,
        entities=base.entities,
    )


def _figure_comparison() -> Comparison:
    """Two outlets' figures for the people who fled: the wire's is in a longer sentence."""
    base = build_comparison(with_hostile=False)
    wire_text = "Floods killed 12 people and forced about 4,000 residents to leave their homes."
    alarm_text = "Tens of thousands fled the valley."
    wire = Article("wire", "Harbour Wire", wire_text)
    alarm = Article("alarm", "The Alarm", alarm_text)
    at = wire_text.index("about 4,000 residents")
    figure = Flag(
        "f-fig",
        "alarm",
        0,
        17,
        "Tens of thousands",
        "figure",
        "Says 'Tens of thousands' for the number who left their homes, where Harbour Wire says"
        " 'about 4,000 residents'.",
        counterparts=(Counterpart("wire", wire_text, at, at + 21),),
        rule="rule:different-figure",
        claim="alarm-c0",
    )
    return Comparison(
        articles=(wire, alarm),
        claims={
            "wire": (Claim("wire-c0", "wire", 0, len(wire_text), wire_text, 0),),
            "alarm": (Claim("alarm-c0", "alarm", 0, len(alarm_text), alarm_text, 0),),
        },
        alignments=(),
        flags=(figure,),
        generator=base.generator,
    )


def test_a_different_figures_footnote_shows_the_others_figures_in_bold() -> None:
    """The wire's sentence alone does not say which of its numbers the flag is set against, and
    it may sit in another row than the flag: the footnote gives it as the others' figure, in
    bold, in the web report and in the PDF's."""
    comp = _figure_comparison()
    html = to_html(comp)
    assert_inert(html)
    notes = section(html, "flags")
    assert "What they wrote:" in notes and "Other outlets here" not in notes
    assert "<q>Floods killed 12 people and forced <b>about 4,000 residents</b> to leave" in html
    qt = to_qt_report(comp).html
    assert "What they wrote:" in qt
    assert "“Floods killed 12 people and forced <b>about 4,000 residents</b> to leave" in qt


def section(html: str, section_id: str) -> str:
    """The plain text of one ``<section id=...>`` of the report."""
    start = html.index(f'id="{section_id}"')
    return parse(html[start : html.index("</section>", start)]).plain


def test_annotations_are_listed_with_their_targets(comparison: Comparison) -> None:
    wire = comparison.article("wire").text
    start = wire.index("joint patrols")
    s2 = wire.index("nineteen hours")
    notes = [
        {"kind": "flag-review", "status": "disputed", "article": "beacon", "flag": "f5",
         "body": "Brenner has been called a strongman by his own party too.", "author": "Ana"},
        {"kind": "missed-flag", "article": "wire", "start": start, "end": start + 13,
         "category": "loaded", "body": "Fine, but worth a look.", "author": "Teacher"},
        {"kind": "note", "article": "wire", "span": [s2, s2 + 14], "body": "Source?"},
    ]  # fmt: skip
    html = to_html(comparison, annotations=notes)
    assert_inert(html)
    listed = section(html, "annotations")
    # each kind in the app's words: a verdict by its status, a missed flag not as "missed-flag"
    kinds = [f"<td>{word}</td>" for word in ("Disputed", "Missed flag", "Note")]
    assert all(cell in html for cell in kinds) and "strongman by his own party" in listed
    assert "flag-review" not in listed and "missed-flag" not in listed
    assert "flag 5: strongman" in listed  # the flag's footnote number and words
    assert "joint patrols" in listed and "Teacher" in listed and "Loaded word" in listed
    assert "nineteen hours" in listed and "Source?" in listed
    # The review also sits under the flag's footnote, for readers of a printed copy.
    footnotes = section(html, "flags")
    assert "Annotation (Ana, disputed): Brenner has been called" in footnotes
    assert 'id="annotations"' not in to_html(comparison)


def test_page_orientation_follows_the_number_of_columns(comparison: Comparison) -> None:
    assert "@page{size:A4 landscape" in to_html(comparison)
    one = replace(comparison, articles=comparison.articles[:1], alignments=(), flags=())
    assert "@page{size:A4;" in to_html(one)


def test_overlapping_flags_nest_and_keep_all_text(comparison: Comparison) -> None:
    beacon = comparison.article("beacon")
    s = beacon.text.index("shameful surrender")
    overlap = Flag("ov", "beacon", s, s + 8, "shameful", "intensifier", "Overlap test.")
    comp = replace(comparison, flags=(*comparison.flags, overlap))
    html = to_html(comp)
    doc = assert_inert(html)
    assert "shameful surrender that will leave" in doc.plain
    assert "Overlap test." in doc.plain


def test_qt_variant_is_inert_and_names_only_its_own_charts(comparison: Comparison) -> None:
    qt = to_qt_report(comparison)
    doc = parse(qt.html)
    srcs = [v for t, n, v in doc.attrs if n == "src"]
    assert sorted(srcs) == sorted(qt.images)  # images come from the report itself, nothing else
    assert "script" not in doc.tags and not any(n.startswith("on") for _, n, _ in doc.attrs)
    for payload in HOSTILE_PAYLOADS:
        assert payload.lower() not in qt.html.lower()
    for svg in qt.images.values():
        assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')


_HOSTILE_BITS = st.sampled_from(
    [
        "<script>", "</script>", "<img src=x onerror=alert(1)>", 'href="javascript:x"',
        "javascript:", " onload=", "<iframe src=//e.example>", "url(http://e.example)",
        "@import", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x3C;script", '"', "'", "<", ">",
        "\u2028", "\x00", "=cmd|", "<svg/onload=x>", "<style>", "</style>", "</textarea>",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_HOSTILE_BITS, st.text(min_size=1, max_size=12)), max_size=12).map(
    "".join
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    outlet=_TEXT,
    title=st.one_of(st.none(), _TEXT),
    body=_TEXT.filter(lambda t: len(t) >= 2),
    explanation=_TEXT,
    category=st.one_of(st.sampled_from(sorted(CATEGORY_STYLES)), _TEXT),
    cuts=st.tuples(st.integers(0, 400), st.integers(0, 400)),
)
def test_any_input_text_gives_an_inert_report(
    outlet: str, title: str | None, body: str, explanation: str, category: str,
    cuts: tuple[int, int],
) -> None:  # fmt: skip
    start, end = sorted(c % (len(body) + 1) for c in cuts)
    article = Article("a", outlet, body, title=title, source=title)
    claim = Claim("a-c0", "a", 0, len(body), body, 0)
    flag = Flag("f", "a", start, end, body[start:end], category, explanation, claim="a-c0")
    comp = Comparison(
        articles=(article,),
        claims={"a": (claim,)},
        alignments=(),
        flags=(flag,),
        generator=build_comparison(with_hostile=False).generator,
        title=title,
    )
    notes = [{"kind": explanation, "article": "a", "body": body, "category": category}]
    assert_inert(to_html(comp, annotations=notes))


def test_a_shared_report_names_a_local_file_but_not_its_folders(comparison: Comparison) -> None:
    first, *rest = comparison.articles
    local = replace(first, source="/home/ana/leaks/2026/wire.txt")
    web = replace(rest[0], source="https://example.com/news/a.html") if rest else None
    articles = (local, web, *rest[1:]) if web else (local,)
    html = to_html(replace(comparison, articles=articles))
    assert "wire.txt" in html
    assert "/home/ana" not in html and "leaks" not in html
    if web is not None:
        assert "https://example.com/news/a.html" in html


def _beacon_opinion_in_two() -> tuple[Comparison, Claim, Claim]:
    """The river treaty with The Daily Beacon's opinion sentence ("It is a shameful ...") cut in
    two claims before " that will leave": the comparison with the Beacon's claims so cut, and the
    two parts."""
    comp = build_comparison(with_hostile=False)
    beacon = next(a for a in comp.articles if a.id == "beacon")
    whole = next(c for c in comp.claims["beacon"] if c.text.startswith("It is a shameful"))
    cut = beacon.text.index(" that will leave", whole.start)
    first = replace(whole, end=cut, text=beacon.text[whole.start : cut])
    rest = replace(whole, id="beacon-c3b", start=cut + 1, text=beacon.text[cut + 1 : whole.end])
    claims = tuple(
        part for c in comp.claims["beacon"] for part in ((first, rest) if c is whole else (c,))
    )
    return replace(comp, claims={**comp.claims, "beacon": claims}), first, rest


def _two_claims_in_one_row() -> Comparison:
    """The river treaty with The Daily Beacon's opinion sentence split in two claims, each
    flagged "only this outlet": one row of the aligned view, two flags (as the showcase's
    report had 16 such flags in 15 rows)."""
    comp, first, rest = _beacon_opinion_in_two()
    unique = next(f for f in comp.flags if f.category == "unique-claim")
    flags = (
        *(f for f in comp.flags if f is not unique),
        replace(unique, end=first.end, text=first.text),
        replace(unique, id="f12b", start=rest.start, end=rest.end, text=rest.text, claim=rest.id),
    )
    return replace(comp, flags=flags)


def _a_clause_alone_in_one_outlet() -> Comparison:
    """The Beacon's opinion sentence split in two clauses, as the engine splits "Cameras will
    enforce the zone, and drivers who do not pay will face an $80 fine": the second clause
    opens with the word joining it to the first ("that"), and the "only this outlet" flag starts
    after it, on the words it is about."""
    comp, _first, rest = _beacon_opinion_in_two()
    unique = next(f for f in comp.flags if f.category == "unique-claim")
    words = rest.start + len("that ")
    clause = replace(unique, start=words, text=rest.text[len("that ") :], claim=rest.id)
    flags = (*(f for f in comp.flags if f is not unique), clause)
    return replace(comp, flags=flags)


def _claim_paragraphs(page: str, *words: str) -> list[str]:
    """The markup of each paragraph of "Claims side by side" whose text holds any of ``words``
    (its text: another outlet's words in a flag's place name the flag in a tooltip)."""
    claims = page.split('id="claims"', 1)[1].split("</section>", 1)[0]
    found = re.findall(r'<p class="claim">(.*?)</p>', claims)
    return [p for p in found if any(w in re.sub(r"<[^>]+>", "", p) for w in words)]


def test_a_clauses_marker_stands_in_front_of_the_words_it_marks() -> None:
    """The demo's row read "U1 and drivers who do not pay …" under a line "Cameras will enforce
    the zone": the clauses of one sentence were two paragraphs, the second opening with "and",
    and the badge stood at the claim's start, before the joining word. The sentence now reads
    whole, and the marker stands where the flagged words start."""
    comp = _a_clause_alone_in_one_outlet()
    for page in (to_html(comp), to_qt_report(comp).html):
        sentence = _claim_paragraphs(page, "surrender", "will leave")
        assert len(sentence) == 1  # one sentence, one paragraph
        words = re.sub(r"<sup .*?</sup>", "", sentence[0])  # footnote numbers after a flag
        plain = " ".join(unescape(re.sub(r"<[^>]+>", "", words)).split())
        # The sentence whole, with the word that joins its clauses; the marker in front of the
        # flagged words, after the joining word.
        assert re.sub(r"\b[A-Z]\d+ ", "", plain) == (
            "It is a shameful surrender that will leave Norland's farms utterly dependent on a"
            " hostile neighbour."
        )
        assert re.search(r"that U\d+ will leave", plain), plain
        before_badge = sentence[0].split('<span class="badge c-unique-claim"', 1)[0]
        assert re.sub(r"<[^>]+>", "", before_badge).endswith("that ")


def test_sentences_of_a_cell_stay_apart() -> None:
    """Only clauses of one sentence join: two sentences of one outlet in a row keep a paragraph
    each."""
    comp = _two_claims_in_one_row()
    beacon = comp.claims["beacon"]
    moved = [replace(c, sentence=c.sentence + 1) if c.id == "beacon-c3b" else c for c in beacon]
    apart = replace(comp, claims={**comp.claims, "beacon": tuple(moved)})
    assert len(_claim_paragraphs(to_html(comp), "surrender", "will leave")) == 1
    assert len(_claim_paragraphs(to_html(apart), "surrender", "will leave")) == 2


def test_a_sentence_cut_between_rows_says_it_goes_on() -> None:
    """A sentence whose clauses sit in two rows read as two sentences cut short ('"This is a
    tax …," he said' with no full stop): each part now says with "…", as the app does, that the
    sentence goes on in another row."""
    comp = build_comparison(with_hostile=False)
    beacon = next(a for a in comp.articles if a.id == "beacon")
    whole = next(c for c in comp.claims["beacon"] if c.text.startswith("Globalist premier"))
    cut = beacon.text.index(" the deal", whole.start)
    first = replace(whole, end=cut, text=beacon.text[whole.start : cut])
    rest = replace(whole, id="beacon-rest", start=cut + 1, text=beacon.text[cut + 1 : whole.end])
    claims = tuple(
        part for c in comp.claims["beacon"] for part in ((first, rest) if c is whole else (c,))
    )
    split = replace(comp, claims={**comp.claims, "beacon": claims})
    rows = [r for r in split.rows() if r.cells.get("beacon")]
    assert [r for r in rows if first in r.cells["beacon"]] != [
        r for r in rows if rest in r.cells["beacon"]
    ]  # the two parts are in two rows
    for page in (to_html(split), to_qt_report(split).html):
        head = _claim_paragraphs(page, "Globalist")
        tail = _claim_paragraphs(page, "the deal would give")
        assert len(head) == len(tail) == 1
        assert head[0].endswith(" …") and not head[0].startswith("…")
        assert tail[0].startswith("… the deal would give") and not tail[0].endswith("…")
    whole_page = to_html(comp)  # a sentence in one row is not marked
    assert not any("…" in p for p in _claim_paragraphs(whole_page, "Globalist"))


def test_the_legend_counts_claims_in_one_outlet_as_the_summary_does() -> None:
    """The lede, the legend's "Only this outlet" and the app's status line give one number, of
    rows of "Claims side by side" one outlet alone reports, and the legend says it counts
    claims; the flags behind it (two in one row here) are not that number."""
    from reader.ui.controller import summary

    comp = _two_claims_in_one_row()
    rows = [r for r in comp.rows() if len([a for a, cs in r.cells.items() if cs]) == 1]
    assert any(len(next(iter(r.cells.values()))) == 2 for r in rows)
    n_flags = sum(1 for f in comp.flags if f.category == "unique-claim")
    assert n_flags != len(rows)
    html = to_html(comp, generated_at=datetime(2026, 11, 27, 9, 30, tzinfo=UTC))
    start = html.index('class="lede"')
    lede = parse(html[start : html.index("</p>", start)]).plain
    assert f"{len(rows)} claims in one outlet only" in lede
    legend = parse(section(html, "legend")).plain
    label = CATEGORY_LABELS["unique-claim"]
    meaning = re.escape(curly(category_description("unique-claim", len(comp.articles))))
    assert re.search(rf"{label} \S+ {meaning} \w+ underline · {len(rows)} claims\b", legend)
    assert summary(comp).endswith(f"· {len(rows)} claims in one outlet only")


def test_every_annotation_kind_has_one_word_in_the_list_and_the_report() -> None:
    """The report once kept its own copy of the Annotations list's words; one table now names
    every kind the library stores, and a kind added without a word fails here."""
    from reader.core.report_notes import kind_word
    from reader.store.records import ANNOTATION_KINDS
    from reader.ui.annotation_data import KIND_WORDS

    assert set(KIND_WORDS) == set(ANNOTATION_KINDS)
    assert [kind_word(k) for k in ANNOTATION_KINDS] == [KIND_WORDS[k] for k in ANNOTATION_KINDS]
    assert kind_word("verdict", "agreed") == "Agreed"
