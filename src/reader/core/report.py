"""The HTML report of a comparison, and the same report for Qt's rich-text engine.

The HTML report is meant to be attached to a memo, handed out in class or printed, so it is one
self-contained file: inline CSS, inline SVG charts, no scripts, no fonts or images from anywhere,
and nothing active carried over from the articles. Articles come from pages saved from anywhere, so
every piece of input text is escaped with :func:`html.escape` and sources are shown as text, never
as links. The report works on paper too: categories differ by underline style and marker letter as
well as by colour, and every flag has a numbered footnote with its explanation and what the other
outlets wrote.

The same document, in a variant Qt's rich-text engine understands (``flavour="qt"``, charts as named
images), is what :mod:`reader.ui.printing` prints to PDF and to paper.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Final, Literal

from reader.core.export_flags import article_or_none, only_shown, reading_order, trigger_in_text
from reader.core.model import (
    CATEGORY_LABELS,
    CLAIM_CATEGORIES,
    Article,
    Comparison,
    Flag,
    rule_description,
)
from reader.core.overview import (
    EVERYTHING,
    FlagFilter,
    Overview,
    build_overview,
    categories_of,
    claim_at,
    sources_table,
    visible_part,
)
from reader.core.palette import CATEGORY_STYLES, style_for
from reader.core.report_style import css_class, qt_css, web_css
from reader.core.svgcharts import coverage_matrix_svg, framing_profile_svg

Flavour = Literal["web", "qt"]

#: Resource names of the charts in the Qt flavour (``<img src="...">`` resolved by the printer).
CHART_PROFILE: Final = "chart-profile.svg"
CHART_COVERAGE: Final = "chart-coverage.svg"

_UNDERLINE_WORDS: Final = {
    "solid": "solid underline",
    "dash": "dashed underline",
    "dot": "dotted underline",
    "wave": "wavy underline",
    "double": "double underline",
}
#: Defence in depth: even if something active slipped into a report, the browser would neither
#: run it nor load anything. Inline styles only; no scripts, images, frames, forms or fonts.
_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)
#: Width (in Qt's CSS pixels) a chart may take on a printed page.
_QT_PAGE_PX: Final = 860.0
_ENTITY_TYPES: Final = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}
#: A flag covering this share of its claim is shown as a badge on the claim, not as a highlight.
_WHOLE_CLAIM: Final = 0.9


@dataclass(frozen=True, slots=True)
class QtReport:
    """The report for Qt's rich-text engine: HTML plus the charts it names, as standalone SVG."""

    html: str
    images: Mapping[str, str]


def to_html(
    comparison: Comparison,
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    generated_at: datetime | None = None,
    shown: FlagFilter | None = None,
) -> str:
    """The self-contained HTML report (see the module docstring for what "self-contained" means).

    With ``shown`` (what the app's legend and View › Show Outlets leave on screen), the report's
    flags are those ``shown.shows`` (marks, footnotes, legend, counts and charts alike), and a
    line under the title says what it leaves out: the categories hidden, the flags in speakers'
    words, the outlets hidden. A hidden outlet is left out as the app's Overview leaves it out: no
    column, line, bar, flag or annotation of its own, the claims only it carries left out and the
    other rows keeping their numbers. By default (None) the report shows everything.
    """
    report = _Report(comparison, annotations, generated_at, "web", shown)
    return report.render()


def to_qt_report(
    comparison: Comparison,
    *,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    generated_at: datetime | None = None,
    shown: FlagFilter | None = None,
) -> QtReport:
    """The same report for ``QTextDocument`` (a CSS subset, charts as images), for PDF and print;
    ``shown`` as for :func:`to_html`."""
    report = _Report(comparison, annotations, generated_at, "qt", shown)
    return QtReport(html=report.render(), images=report.chart_images())


def shown_source(source: str) -> str:
    """Where an article came from, as a shared report shows it: a web address whole, a file by
    its name only. A folder path can say more about the person who made the report ("/home/ana/
    leaks/...") than about the article."""
    if "://" in source:
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1] or source


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("-", " ").capitalize())


def _marked_words(flag: Flag) -> str:
    """The flag's span, escaped, with the words that fired in bold, as the claims table and the
    app show them: in "actually pull" the word in question is "actually", not "pull"."""
    inner = trigger_in_text(flag)
    if inner is None:
        return _esc(flag.text)
    a, b = inner
    return f"{_esc(flag.text[:a])}<b>{_esc(flag.text[a:b])}</b>{_esc(flag.text[b:])}"


def _str(value: object) -> str:
    return "" if value is None else str(value)


def _note_flag(note: Mapping[str, Any]) -> str | None:
    """The flag an annotation is about, under either of the names the app may use."""
    value = note.get("flag", note.get("flag_id"))
    return None if value is None else str(value)


class _Report:
    """Renders one report; a class only to share the numbering and names between sections."""

    def __init__(
        self,
        comparison: Comparison,
        annotations: Sequence[Mapping[str, Any]] | None,
        generated_at: datetime | None,
        flavour: Flavour,
        shown: FlagFilter | None = None,
    ) -> None:
        shown = shown or EVERYTHING
        #: The categories of the whole comparison, in legend order; a report of some flags is
        #: the report of a comparison of only those.
        self.all_categories = categories_of(comparison)
        #: The outlets left out (as the Overview leaves out those View › Show Outlets hides),
        #: and those the report shows, in the comparison's order.
        self.hidden = frozenset(a.id for a in comparison.articles if a.id in shown.hidden_outlets)
        self.articles = tuple(a for a in comparison.articles if a.id not in self.hidden)
        self.hidden_names = [a.outlet for a in comparison.articles if a.id in self.hidden]
        #: What the report shows, of this comparison's outlets.
        self.shown = replace(shown, hidden_outlets=self.hidden)
        every_flag = comparison
        comparison = only_shown(comparison, self.shown)
        self.comp = comparison
        self.annotations = [
            n for n in annotations or () if str(n.get("article") or "") not in self.hidden
        ]
        self.generated_at = (generated_at or datetime.now(UTC)).astimezone(UTC)
        self.flavour: Flavour = flavour
        self.qt = flavour == "qt"
        self.pad = "&nbsp;" if self.qt else ""  # Qt ignores padding on inline elements
        self.names = {a.id: a.outlet for a in self.articles}
        self.flags = reading_order(comparison)
        self.number = {f.id: i for i, f in enumerate(self.flags, start=1)}
        outlets = FlagFilter(hidden_outlets=self.hidden)
        self.overview: Overview = build_overview(comparison, outlets)
        if self.shown.categories is not None or not self.shown.quoted:
            # Who is quoted does not depend on the legend: a hidden "loaded" flag still keeps
            # "Furious" out of a source's name, as on screen.
            self.overview = replace(
                self.overview,
                categories=tuple(
                    c for c in self.overview.categories if self.shown.shows_category(c)
                ),
                sources=sources_table(visible_part(every_flag, outlets)),
            )
        self.claims_by_id = {c.id: c for cs in comparison.claims.values() for c in cs}
        self.flags_by_claim: dict[str, list[Flag]] = {}
        self.headline_flags: dict[str, list[Flag]] = {}
        for f in self.flags:
            if f.where == "title":
                self.headline_flags.setdefault(f.article, []).append(f)
                continue
            cid = f.claim or claim_at(comparison, f.article, f.start, f.end)
            if cid is not None:
                self.flags_by_claim.setdefault(cid, []).append(f)

    # -- whole document ----------------------------------------------------------------------

    @property
    def title(self) -> str:
        if self.comp.title:
            return self.comp.title
        outlets = [a.outlet for a in self.articles]
        if len(outlets) == 1:
            return f"Framing in {outlets[0]}"
        return "How " + ", ".join(outlets[:-1]) + f" and {outlets[-1]} report the same event"

    def render(self) -> str:
        parts = [
            "<!DOCTYPE html>\n" if not self.qt else "",
            '<html lang="en"><head><meta charset="utf-8">',
            "" if self.qt else f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="color-scheme" content="light dark">',
            f'<meta name="generator" content="{_esc(self._generator_line())}">',
            f"<title>{_esc(self.title)}</title>",
            f"<style>{qt_css() if self.qt else web_css(len(self.articles) >= 3)}</style>",
            "</head><body>",
            '<div class="page">' if not self.qt else "",
            self._header(),
            self._articles(),
            self._legend(),
            self._overview(),
            self._claims(),
            self._footnotes(),
            self._annotations(),
            self._footer(),
            "</div>" if not self.qt else "",
            "</body></html>\n",
        ]
        return "".join(parts)

    def chart_images(self) -> dict[str, str]:
        ov = self.overview
        return {
            CHART_PROFILE: framing_profile_svg(
                ov.profiles, self.names, ov.categories, standalone=True
            ),
            CHART_COVERAGE: coverage_matrix_svg(ov.coverage, self.names, standalone=True),
        }

    def _style(self, kind: str, category: str) -> str:
        """Inline colours for Qt, whose CSS engine does not match two classes on one element."""
        if not self.qt:
            return ""
        st = style_for(category)
        if kind == "flag":
            return f' style="background-color:{st.tint_light};text-decoration:underline"'
        if kind == "quoted":
            return ' style="background-color:transparent;text-decoration:underline"'
        if kind == "ref":
            return f' style="color:{st.colour}"'
        return f' style="background-color:{st.colour};color:#FFFFFF"'

    def _q(self, text: str) -> str:
        """Quoted words: ``<q>`` in browsers, literal curly quotes for Qt, which ignores ``<q>``."""
        return f"“{_esc(text)}”" if self.qt else f"<q>{_esc(text)}</q>"

    def _generator_line(self) -> str:
        g = self.comp.generator
        return f"{g.name} {g.version}"

    def _table(self, cls: str) -> str:
        if self.qt:
            return f'<table class="{cls}" width="100%" border="1" cellspacing="0" cellpadding="5">'
        return f'<table class="{cls}">'

    # -- sections ------------------------------------------------------------------------------

    def _header(self) -> str:
        g = self.comp.generator
        when = self.generated_at.strftime("%Y-%m-%d %H:%M UTC")
        n = len(self.articles)
        facts = [
            f"Generated {_esc(when)}",
            f"by {_esc(g.name)} {_esc(g.version)}",
            f"pipeline {_esc(g.pipeline or 'unknown')}",
            f"lexicon {_esc(g.lexicon or 'unknown')}",
        ]
        # Counted as the app's status line counts them: framing flags, and apart from them the
        # claims one outlet alone carries.
        flags = sum(1 for f in self.comp.flags if f.category != "unique-claim")
        alone = len(self.comp.flags) - flags
        lede = (
            f"{n} article{'s' if n != 1 else ''}, {len(self.overview.coverage.rows)} claim rows,"
            f" {flags} framing flag{'s' if flags != 1 else ''}"
            + (f", {alone} claim{'s' if alone != 1 else ''} in one outlet only." if alone else ".")
        )
        return (
            '<header class="head">'
            '<p class="kicker">Parallax Reader · framing report</p>'
            f"<h1>{_esc(self.title)}</h1>"
            f'<p class="lede">{_esc(lede)} Flags point at wording a reader may want to check;'
            " each one says why it was raised and what the other outlets wrote instead.</p>"
            f'<p class="meta">{" · ".join(facts)}</p>' + self._filter_line() + "</header>"
        )

    def _filter_line(self) -> str:
        """A line naming the categories shown and hidden, when some are hidden, one saying that
        flags in speakers' words are left out, when they are, and one naming the outlets left
        out, when some are ("" when nothing is)."""
        lines = []
        shown = self.shown
        hidden = [_label(c) for c in self.all_categories if not shown.shows_category(c)]
        if hidden:
            kept = [_label(c) for c in self.all_categories if shown.shows_category(c)]
            lines.append(
                f"Shown: {_esc(', '.join(kept) or 'no categories')}; hidden:"
                f" {_esc(', '.join(hidden))}. Flags of hidden categories are left out of this"
                " report."
            )
        if not shown.quoted:
            lines.append(
                "Speakers' words hidden: flags inside quotations (a speaker's words rather than"
                " the outlet's) are left out of this report."
            )
        names = self.hidden_names
        if names:
            one = len(names) == 1
            listed = ", ".join(names[:-1]) + " and " + names[-1] if not one else names[0]
            it, its, they = ("it", "Its", "it carries") if one else ("them", "Their", "they carry")
            lines.append(
                f"Hidden outlet{'' if one else 's'} (View › Show Outlets): {_esc(listed)}."
                f" {its} column{'' if one else 's'}, flags, annotations and the claims only {they}"
                " are left out of this report, as from the app's Overview; the other claims keep"
                f" their numbers, and another outlet's explanation may still name {it}."
            )
        return "".join(f'<p class="meta filter">{line}</p>' for line in lines)

    def _articles(self) -> str:
        cov = self.overview.coverage
        rows = []
        for a in self.articles:
            p = self.overview.profile(a.id)
            source = (
                f'<span class="source">{_esc(shown_source(a.source))}</span>'
                if a.source
                else '<span class="muted">pasted text</span>'
            )
            byline = " · ".join(_esc(x) for x in (a.author, a.date) if x) or (
                '<span class="muted">no byline or date</span>'
            )
            rows.append(
                "<tr>"
                f'<th scope="row" class="outlet">{_esc(a.outlet)}</th>'
                f'<td><span class="art-title">{self._headline(a)}</span>'
                f'<br><span class="small">{byline}</span>'
                f'<br><span class="small">Source: {source}</span></td>'
                f'<td class="num">{a.word_count:,}</td>'
                f'<td class="num">{cov.reported(a.id)} of {len(cov.rows)}</td>'
                f'<td class="num">{cov.only_in(a.id)}</td>'
                f'<td class="num">{cov.left_out(a.id)}</td>'
                f'<td class="num">{p.total}'
                + (
                    f' <span class="small">({p.total_quoted} quoted)</span>'
                    if p.total_quoted
                    else ""
                )
                + "</td>"
                f'<td class="num">{p.total_rate:.1f}</td>'
                "</tr>"
            )
        return (
            '<section class="block" id="articles"><h2>The articles</h2>'
            + self._table("grid articles")
            + "<thead><tr><th>Outlet</th><th>Article</th><th>Words</th><th>Claims reported</th>"
            "<th>Only here</th><th>Left out</th><th>Framing flags</th><th>Per 1,000 words</th>"
            "</tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table>"
            f'<p class="note">“Claims reported”: how many of the {len(cov.rows)} rows of “Claims'
            " side by side” carry the outlet's words, as the app's Overview counts them"
            + self._overview_words()
            + "; two sentences of one outlet that say one thing share a row, and count once."
            " “Only here”: claims no other outlet reports. “Left out”: claims"
            " two or more other outlets report that this one does not."
            + (
                " “Quoted”: flags inside quotations, a speaker's words rather than the outlet's."
                if self.shown.quoted
                else ""
            )
            + "</p></section>"
        )

    def _overview_words(self) -> str:
        """The first outlet's count as the Overview words it (' ("wire: reports 6 of 6 claims")'),
        so a reader can match the handout to the screen ("" for one article)."""
        if len(self.articles) < 2:
            return ""
        first = self.articles[0]
        cov = self.overview.coverage
        n = cov.reported(first.id)
        said = (
            f"reports {n} of {len(cov.rows)} claims"
            if self.comp.shares_claims
            else f"{n} claims, none in common with the others"
        )
        return f" (“{_esc(first.outlet)}: {said}”)"

    def _legend(self) -> str:
        items = []
        for cat in self.overview.categories:
            if cat not in CATEGORY_STYLES and not any(f.category == cat for f in self.flags):
                continue
            st = style_for(cat)
            count = sum(1 for f in self.flags if f.category == cat)
            items.append(
                f'<li><span class="flag {css_class(cat)}"{self._style("flag", cat)}>'
                f"{_esc(_label(cat))}</span> "
                f'<span class="mk {css_class(cat)}"{self._style("mk", cat)}>'
                f"{self.pad}{_esc(st.marker)}{self.pad}</span>"
                f'<br><span class="small muted">{_esc(_UNDERLINE_WORDS[st.underline])} · {count}'
                f" flag{'s' if count != 1 else ''}</span></li>"
            )
        return (
            '<section class="block" id="legend"><h2>Legend</h2>'
            '<ul class="legend">' + "".join(items) + "</ul>"
            '<p class="note">Each category has its own colour, underline and letter, so the'
            " report reads the same printed in black and white. Numbers after a flag point to"
            " its explanation under “Flags explained”.</p></section>"
        )

    def _overview(self) -> str:
        ov = self.overview
        if self.qt:
            charts = self.chart_images()
            profile = self._qt_image(CHART_PROFILE, charts[CHART_PROFILE])
            coverage = self._qt_image(CHART_COVERAGE, charts[CHART_COVERAGE])
        else:
            profile = framing_profile_svg(ov.profiles, self.names, ov.categories)
            coverage = coverage_matrix_svg(ov.coverage, self.names)
        return (
            '<section class="block" id="overview"><h2>Overview</h2>'
            '<h3>Framing profile</h3><div class="figure">' + profile + "</div>"
            '<h3>Coverage</h3><p class="note">Each numbered column is one row of “Claims side by'
            " side” below.</p>"
            '<div class="figure">' + coverage + "</div>" + self._entities() + self._sources()
        ) + "</section>"

    @staticmethod
    def _qt_image(name: str, svg: str) -> str:
        """An ``<img>`` naming a chart resource at the chart's own size, shrunk to fit a page."""
        m = re.search(r'width="([0-9.]+)" height="([0-9.]+)"', svg)
        w, h = (float(m.group(1)), float(m.group(2))) if m else (640.0, 320.0)
        scale = min(1.0, _QT_PAGE_PX / w)
        return f'<p><img src="{name}" width="{w * scale:.0f}" height="{h * scale:.0f}"></p>'

    def _outlet_head(self, first: str) -> str:
        heads = "".join(f'<th scope="col">{_esc(a.outlet)}</th>' for a in self.articles)
        return f"<thead><tr><th>{first}</th>{heads}</tr></thead>"

    def _entities(self) -> str:
        head = "<h3>How each outlet names the actors</h3>"
        if not self.overview.entities:
            return head + '<p class="muted">No actors were found.</p>'
        rows = []
        for r in self.overview.entities:
            cells = []
            for a in self.articles:
                ds = r.descriptors.get(a.id, ())
                n = r.mentions.get(a.id, 0)
                if ds:
                    count = f'<span class="small muted"> · {n}×</span>' if n else ""
                    cells.append("<td>" + "; ".join(self._q(d) for d in ds) + count + "</td>")
                elif n:
                    cells.append(f'<td class="muted">named {n}×, no label</td>')
                else:
                    cells.append('<td class="muted">not mentioned</td>')
            mark = (
                ' <span class="differs" title="The outlets label this actor differently">'
                "≠ differs</span>"
                if r.differs
                else ""
            )
            kind = _ENTITY_TYPES.get(r.entity.type, r.entity.type)
            rows.append(
                f'<tr><th scope="row">{_esc(r.entity.name)}{mark}'
                f'<br><span class="small muted">{_esc(kind)}</span></th>' + "".join(cells) + "</tr>"
            )
        return (
            head
            + self._table("grid entities")
            + self._outlet_head("Actor")
            + "<tbody>"
            + "".join(rows)
            + "</tbody></table>"
        )

    def _sources(self) -> str:
        head = "<h3>Who each outlet quotes or cites</h3>"
        if not self.overview.sources:
            return head + '<p class="muted">No attributed statements were found.</p>'
        rows = []
        for r in self.overview.sources:
            cells = []
            for a in self.articles:
                use = r.uses.get(a.id)
                if use is None:
                    cells.append('<td class="muted">—</td>')
                    continue
                quotes = f", {use.direct} direct" if use.direct else ""
                cells.append(
                    f'<td>{use.count}× <span class="verbs">'
                    + ", ".join(self._q(v) for v in use.verbs)
                    + f"</span>{_esc(quotes)}</td>"
                )
            rows.append(f'<tr><th scope="row">{_esc(r.name)}</th>' + "".join(cells) + "</tr>")
        return (
            head
            + self._table("grid sources")
            + self._outlet_head("Source")
            + "<tbody>"
            + "".join(rows)
            + "</tbody></table>"
            + '<p class="note">Counts of attributed claims and the reporting verbs used.</p>'
        )

    def _claims(self) -> str:
        rows = []
        for number, row in enumerate(self.comp.rows(), start=1):
            reporters = [a for a in self.comp.articles if row.cells.get(a.id)]
            if not any(a.id not in self.hidden for a in reporters):
                continue  # only hidden outlets carry it: the Overview leaves its row out too
            # "Only" one outlet's, or "2 of 3", only where the articles share claims at all.
            if len(reporters) == 1 and self.comp.shares_claims:
                status = (
                    f'<span class="badge c-unique-claim"{self._style("badge", "unique-claim")}>'
                    f"{_esc(style_for('unique-claim').marker)}</span>"
                    f' <span class="small">only {_esc(reporters[0].outlet)}</span>'
                )
                cls = "unique"
            else:
                shared = len(reporters)
                status = (
                    f'<span class="small muted">{shared} of {len(self.comp.articles)}</span>'
                    if self.comp.shares_claims
                    else ""
                )
                cls = "shared"
            cells = []
            for a in self.articles:
                claims = row.cells.get(a.id, ())
                if not claims:
                    cells.append(
                        f'<td class="absent">no matching sentence in {_esc(a.outlet)}</td>'
                    )
                    continue
                cells.append(
                    "<td>" + "".join(self._claim_html(a.id, c.id) for c in claims) + "</td>"
                )
            rows.append(
                f'<tr class="{cls}"><th scope="row" class="rownum">#{number}<br>{status}</th>'
                + "".join(cells)
                + "</tr>"
            )
        if not rows:
            body = '<p class="muted">No claims were found.</p>'
        else:
            body = (
                self._table("grid claims")
                + self._outlet_head("#")
                + "<tbody>"
                + "".join(rows)
                + "</tbody></table>"
            )
        return (
            '<section class="block" id="claims"><h2>Claims side by side</h2>'
            '<p class="note">One row per claim; outlets that report the same thing share a row.'
            " Highlighted words are flags; the number after each is its footnote."
            + (
                " These articles share no claims: nothing lines up, so each is listed in full"
                " and no claim is marked as one outlet's alone."
                if len(self.articles) > 1 and not self.comp.shares_claims
                else ""
            )
            + "</p>"
            + body
            + "</section>"
        )

    def _claim_html(self, article_id: str, claim_id: str) -> str:
        claim = self.claims_by_id[claim_id]
        text = self._article_text(article_id)
        cs, ce = max(0, claim.start), min(len(text), claim.end)
        if ce <= cs:  # offsets that do not fit the text: fall back to the claim's own words
            return f'<p class="claim">{_esc(claim.text)}</p>'
        badges: list[str] = []
        inline: list[tuple[int, int, Flag]] = []
        for f in self.flags_by_claim.get(claim_id, ()):
            s, e = max(f.start, cs), min(f.end, ce)
            if e <= s:
                continue
            whole = (e - s) >= _WHOLE_CLAIM * (ce - cs)
            if f.category in CLAIM_CATEGORIES or whole:
                badges.append(self._badge(f))
            else:
                inline.append((s, e, f))
        return (
            '<p class="claim">' + "".join(badges) + self._highlight(text, cs, ce, inline) + "</p>"
        )

    def _headline(self, article: Article) -> str:
        """The article's title with its headline flags marked (footnoted like the body's)."""
        title = article.title or ""
        if not title:
            return "Untitled"
        marks = [
            (max(f.start, 0), min(f.end, len(title)), f)
            for f in self.headline_flags.get(article.id, ())
            if f.start < f.end <= len(title)
        ]
        return self._highlight(title, 0, len(title), marks)

    def _article_text(self, article_id: str) -> str:
        art = article_or_none(self.comp, article_id)
        return str(art.text) if art is not None else ""

    def _badge(self, f: Flag) -> str:
        st = style_for(f.category)
        title = f"{_label(f.category)}: {f.explanation}"
        return (
            f'<span class="badge {css_class(f.category)}" title="{_esc(title)}"'
            f"{self._style('badge', f.category)}>"
            f"{self.pad}{_esc(st.marker)}{self.number[f.id]}{self.pad}</span> "
        )

    def _highlight(self, text: str, cs: int, ce: int, spans: list[tuple[int, int, Flag]]) -> str:
        """The claim's text with flags wrapped; overlapping flags nest, segment by segment."""
        triggers = [
            (max(f.trigger[0], cs), min(f.trigger[1], ce))
            for _, _, f in spans
            if f.trigger is not None
        ]
        cuts = sorted(
            {cs, ce, *(s for s, _, _ in spans), *(e for _, e, _ in spans)}
            | {x for t in triggers for x in t if cs <= x <= ce}
        )
        tag = "span" if self.qt else "mark"
        out: list[str] = []
        for a, b in itertools.pairwise(cuts):
            active = sorted(
                (sp for sp in spans if sp[0] <= a and b <= sp[1]),
                key=lambda sp: (sp[0], -sp[1]),
            )
            piece = _esc(text[a:b])
            if any(x <= a and b <= y for x, y in triggers):
                piece = f"<b>{piece}</b>"  # the words that fired, inside the phrase they judge
            for _, _, f in reversed(active):
                title = f"{_label(f.category)}: {f.explanation}"
                # A quoted speaker's words: underlined without a tint, as in the app.
                quoted = " quoted" if f.quoted else ""
                kind = "quoted" if f.quoted else "flag"
                piece = (
                    f'<{tag} class="flag {css_class(f.category)}{quoted}" title="{_esc(title)}"'
                    f"{self._style(kind, f.category)}>{piece}</{tag}>"
                )
            out.append(piece)
            for _, e, f in spans:
                if e == b:
                    st = style_for(f.category)
                    out.append(
                        f'<sup class="ref {css_class(f.category)}"'
                        f"{self._style('ref', f.category)}>"
                        f"{_esc(st.marker)}{self.number[f.id]}</sup>"
                    )
        return "".join(out)

    def _footnotes(self) -> str:
        if not self.flags:
            return (
                '<section class="block" id="flags"><h2>Flags explained</h2>'
                '<p class="muted">No framing was flagged.</p></section>'
            )
        parts = ['<section class="block" id="flags"><h2>Flags explained</h2>']
        for a in self.articles:
            mine = [f for f in self.flags if f.article == a.id]
            if not mine:
                continue
            parts.append(f"<h3>{_esc(a.outlet)}</h3>" + self._notes(mine))
        orphans = [f for f in self.flags if f.article not in self.names]
        if orphans:
            parts.append("<h3>Other</h3>" + self._notes(orphans))
        parts.append("</section>")
        return "".join(parts)

    def _notes(self, flags: Sequence[Flag]) -> str:
        """A numbered list in the browser; plain blocks for Qt, which would renumber each list."""
        items = "".join(self._footnote(f) for f in flags)
        return items if self.qt else f'<ol class="notes">{items}</ol>'

    def _footnote(self, f: Flag) -> str:
        st = style_for(f.category)
        n = self.number[f.id]
        where = "Other headlines" if f.where == "title" else "Other outlets here"
        if f.category == "unique-claim":  # its counterparts were not lined up with it
            where = "Nearest sentences, not lined up"
        said = [
            f"<b>{_esc(self.names.get(c.article, c.article))}</b>: {self._q(c.text)}"
            for c in f.counterparts
        ]
        if not said:
            others = ""
        elif self.qt:  # Qt indents nested lists deeply; one line reads better on paper
            others = f'<div class="cp">{where}: ' + "; ".join(said) + "</div>"
        else:
            others = (
                f'<div class="small">{where}:</div><ul class="cp">'
                + "".join(f"<li>{x}</li>" for x in said)
                + "</ul>"
            )
        extras = [f"confidence {f.confidence:.0%}"]
        if f.rule:
            extras.append(f"found by the {rule_description(f.rule)}")
        if f.speaker_note is not None:
            extras.append(f.speaker_note)
        item = "div" if self.qt else "li"
        value = "" if self.qt else f' value="{n}"'
        return (
            f'<{item}{value} class="note-item">'
            f'<span class="mk {css_class(f.category)}"{self._style("mk", f.category)}>'
            f"{self.pad}{_esc(st.marker)}{n}{self.pad}</span> "
            f'<span class="cat">{_esc(_label(f.category))}</span> '
            f'<span class="flag {css_class(f.category)}"{self._style("flag", f.category)}>'
            f"{_marked_words(f)}</span>"
            f'<div class="expl">{_esc(f.explanation)}</div>'
            + others
            + self._flag_reviews(f)
            + f'<div class="small muted">{_esc(" · ".join(extras))}</div></{item}>'
        )

    def _flag_reviews(self, f: Flag) -> str:
        """Annotations on this flag, under its footnote, so a printed copy keeps them together."""
        out = []
        for note in self.annotations:
            if _note_flag(note) != f.id:
                continue
            who = ", ".join(_str(x) for x in (note.get("author"), note.get("status")) if x)
            body = _str(note.get("body"))
            if not (who or body):
                continue
            out.append(
                '<div class="review"><b>Annotation'
                + (f" ({_esc(who)})" if who else "")
                + ":</b> "
                + _esc(body)
                + "</div>"
            )
        return "".join(out)

    def _annotations(self) -> str:
        if not self.annotations:
            return ""
        by_id = {f.id: f for f in self.flags}
        rows = []
        for i, note in enumerate(self.annotations, start=1):
            kind = str(note.get("kind") or "note")
            article = str(note.get("article") or "")
            outlet = self.names.get(article, article)
            target = self._annotation_target(note, by_id)
            cat = note.get("category")
            cat_html = (
                f'<span class="mk {css_class(str(cat))}"{self._style("mk", str(cat))}>'
                f"{self.pad}{_esc(style_for(str(cat)).marker)}{self.pad}</span>"
                f" {_esc(_label(str(cat)))}"
                if cat
                else ""
            )
            status = note.get("status")
            rows.append(
                "<tr>"
                f'<td class="num">{i}</td>'
                f"<td>{_esc(kind)}{' · ' + _esc(status) if status else ''}</td>"
                f"<td>{_esc(outlet)}</td>"
                f"<td>{target}</td>"
                f"<td>{cat_html}</td>"
                f"<td>{_esc(note.get('body') or '')}</td>"
                f"<td>{_esc(note.get('author') or '')}</td>"
                "</tr>"
            )
        return (
            '<section class="block" id="annotations"><h2>Annotations</h2>'
            + self._table("grid annotations")
            + "<thead><tr><th>#</th><th>Kind</th><th>Outlet</th><th>On</th><th>Category</th>"
            "<th>Note</th><th>Author</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></section>"
        )

    def _annotation_target(self, note: Mapping[str, Any], by_id: Mapping[str, Flag]) -> str:
        flag_id = _note_flag(note)
        if flag_id is not None and flag_id in by_id:
            f = by_id[flag_id]
            words = _marked_words(f)
            return f"flag {self.number[f.id]}: " + (f"“{words}”" if self.qt else f"<q>{words}</q>")
        text = note.get("text")
        if not text:
            start, end = note.get("start"), note.get("end")
            span = note.get("span")
            if isinstance(span, (list, tuple)) and len(span) == 2:
                start, end = span
            body = self._article_text(str(note.get("article") or ""))
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body):
                text = body[start:end]
        return self._q(str(text)) if text else ""

    def _footer(self) -> str:
        g = self.comp.generator
        return (
            '<footer class="foot"><p>Made with Parallax Reader, offline, from the articles listed'
            " above. Flags are pointers for a reader to check, not verdicts: read each in its"
            " sentence. Offsets and full data are in the JSON export"
            f" ({_esc(g.name)} {_esc(g.version)}, {_esc(g.pipeline)}, lexicon {_esc(g.lexicon)})."
            "</p></footer>"
        )


__all__ = ["CHART_COVERAGE", "CHART_PROFILE", "QtReport", "shown_source", "to_html", "to_qt_report"]
