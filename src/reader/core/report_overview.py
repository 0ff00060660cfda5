"""The report's opening sections: the header, the articles, the legend and the overview.

The overview's charts are inline SVG in a browser; for Qt they are images named
:data:`CHART_PROFILE` and :data:`CHART_COVERAGE`, which the printer takes from :func:`chart_images`.
"""

from __future__ import annotations

import re
from typing import Final

from reader.core.model import category_description
from reader.core.overview import (
    RATE_MIN_WORDS,
    UNIQUE,
    Profile,
    flag_counts,
    flags_in_words,
    other_articles,
)
from reader.core.palette import CATEGORY_STYLES, UNDERLINE_WORDS, style_for
from reader.core.report_claims import claims_title, headline
from reader.core.report_context import ReportContext, category_label, esc, prose
from reader.core.report_style import css_class
from reader.core.svgcharts import coverage_matrix_svg, framing_profile_svg

#: Resource names of the charts in the Qt flavour (``<img src="...">`` resolved by the printer).
CHART_PROFILE: Final = "chart-profile.svg"
CHART_COVERAGE: Final = "chart-coverage.svg"

#: Width (in Qt's CSS pixels) a chart may take on a printed page.
_QT_PAGE_PX: Final = 860.0
_ENTITY_TYPES: Final = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}


def shown_source(source: str) -> str:
    """Where an article came from, as a shared report shows it: a web address whole, a file by
    its name only. A folder path can say more about the person who made the report ("/home/ana/
    leaks/...") than about the article."""
    if "://" in source:
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1] or source


def header_section(report: ReportContext) -> str:
    g = report.comp.generator
    when = report.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    n = len(report.articles)
    facts = [
        f"Generated {esc(when)}",
        f"by {esc(g.name)} {esc(g.version)}",
        f"pipeline {esc(g.pipeline or 'unknown')}",
        f"lexicon {esc(g.lexicon or 'unknown')}",
    ]
    # Counted as the app's status line counts them: framing flags, and apart from them the facts
    # the outlets give differently and the rows of claims one outlet alone carries (not the
    # "only this outlet" flags, which the engine raises for only some of those rows).
    counts = flag_counts(report.comp, report.shown)
    flags = counts.framing
    alone = counts.only_in_one if report.shown.shows_category(UNIQUE) else 0
    differ = counts.facts
    rows = "claims" if report.alone else "claim rows"  # one article's rows are its claims
    lede = (
        f"{n} article{'s' if n != 1 else ''}, {len(report.overview.coverage.rows)} {rows},"
        f" {flags} framing flag{'s' if flags != 1 else ''}"
        + (f", {differ} different fact{'s' if differ != 1 else ''}" if differ else "")
        + (f", {alone} claim{'s' if alone != 1 else ''} in one outlet only." if alone else ".")
    )
    return (
        '<header class="head">'
        '<p class="kicker">Parallax Reader · framing report</p>'
        f"<h1>{esc(report.title)}</h1>"
        f'<p class="lede">{esc(lede)} Flags point at wording a reader may want to check;'
        f" each one says why it was raised{_what_others_wrote(n)}.</p>"
        f'<p class="meta">{" · ".join(facts)}</p>' + _filter_line(report) + "</header>"
    )


def _what_others_wrote(articles: int) -> str:
    """The lede's promise of what other outlets wrote, which one article alone cannot keep."""
    return " and what the other outlets wrote instead" if articles > 1 else ""


def _filter_line(report: ReportContext) -> str:
    """A line naming the categories shown and hidden, when some are hidden, one saying that
    flags in speakers' words are left out, when they are, and one naming the outlets left
    out, when some are ("" when nothing is)."""
    lines = []
    shown = report.shown
    hidden = [category_label(c) for c in report.all_categories if not shown.shows_category(c)]
    if hidden:
        kept = [category_label(c) for c in report.all_categories if shown.shows_category(c)]
        lines.append(
            f"Shown: {esc(', '.join(kept) or 'no categories')}; hidden:"
            f" {esc(', '.join(hidden))}. Flags of hidden categories are left out of this"
            " report."
        )
    if not shown.quoted:
        lines.append(
            "Speakers’ words hidden: flags inside quotations (a speaker’s words rather than"
            " the outlet’s) are left out of this report."
        )
    names = report.hidden_names
    if names:
        one = len(names) == 1
        listed = ", ".join(names[:-1]) + " and " + names[-1] if not one else names[0]
        it, its, they = ("it", "Its", "it carries") if one else ("them", "Their", "they carry")
        lines.append(
            f"Hidden outlet{'' if one else 's'} (View › Show Outlets): {esc(listed)}."
            f" {its} column{'' if one else 's'}, flags, annotations and the claims only {they}"
            " are left out of this report, as from the app’s Overview; the other claims keep"
            f" their numbers, and another outlet’s explanation may still name {it}."
        )
    return "".join(f'<p class="meta filter">{line}</p>' for line in lines)


_ARTICLE_HEADS: Final = (
    "Outlet",
    "Article",
    "Words",
    "Claims reported",
    "Only here",
    "Left out",
    "Framing flags",
    "Per 1,000 words",
)
#: Each column's share of the printed page, in percent, for a landscape page (three outlets or
#: more) and a portrait one. Qt's table layout shares out the width evenly between columns that
#: state none, so "Left out" got as much room as a headline, which broke mid-word ("Westhave /
#: n council"). The numbers get what their figures and header words need (the same need is a
#: larger share of a narrower page), the outlet's name a little more, the headline the rest.
_QT_COLUMN_PERCENT: Final = {
    True: (13, 45, 6, 8, 6, 6, 9, 7),
    False: (14, 26, 10, 13, 8, 7, 12, 10),
}


#: Columns of "The articles" that count against the other outlets: one article alone has none.
_COMPARED_HEADS: Final = frozenset({"Only here", "Left out"})
_HEADLINE_COLUMN: Final = _ARTICLE_HEADS.index("Article")


def _shown_columns(report: ReportContext) -> list[int]:
    """The columns of "The articles" this report prints, by their index in _ARTICLE_HEADS."""
    return [i for i, h in enumerate(_ARTICLE_HEADS) if report.compared or h not in _COMPARED_HEADS]


def _column_width(report: ReportContext, column: int) -> str:
    """The width attribute of a column of "The articles" in print ("" in a browser, whose table
    layout already gives a long headline more room than a short number). The headline takes
    the share of columns left out."""
    if not report.qt:
        return ""
    shares = _QT_COLUMN_PERCENT[report.landscape]
    share = shares[column]
    if column == _HEADLINE_COLUMN:
        share += 100 - sum(shares[i] for i in _shown_columns(report))
    return f' width="{share}%"'


def _flag_asides(quoted: int, report: ReportContext, article: str) -> str:
    """What the "Framing flags" count says beside its number: how many are a speaker's words,
    and the flags in the headline, which the count (the body's) leaves out. An article whose
    only framing is in its headline read "0" as if it had none."""
    asides = [f"{quoted} quoted"] if quoted else []
    in_headline = len(report.headline_flags.get(article, ()))
    if in_headline:
        asides.append(f"+{in_headline} in the headline")
    return f' <span class="small">({", ".join(asides)})</span>' if asides else ""


def _rate(p: Profile, report: ReportContext) -> str:
    """The "Per 1,000 words" cell: the rate, or for a text too short for one the count in its
    words ("5 flags in 26 words"), as the app's Overview says it. On paper the column is too
    narrow to hold that on one line, and the two numbers stand in the cells beside it, so the
    cell holds a dash and the note under the table says why."""
    if p.too_short_for_a_rate:
        if report.qt:
            return "\u2013"
        return f'<span class="small">{esc(flags_in_words(p.total, p.words))}</span>'
    return f"{p.total_rate:.1f}"


def _short_texts_note(report: ReportContext) -> str:
    """The note's sentence on a printed dash in "Per 1,000 words" (see :func:`_rate`)."""
    short = report.qt and any(
        report.overview.profile(a.id).too_short_for_a_rate for a in report.articles
    )
    return (
        f" “\u2013” in “Per 1,000 words”: a text under {RATE_MIN_WORDS} words,"
        " too short for a rate."
        if short
        else ""
    )


def articles_section(report: ReportContext) -> str:
    cov = report.overview.coverage
    columns = _shown_columns(report)
    rows = []
    for a in report.articles:
        p = report.overview.profile(a.id)
        source = (
            f'<span class="source">{esc(shown_source(a.source))}</span>'
            if a.source
            else '<span class="muted">pasted text</span>'
        )
        byline = " · ".join(esc(x) for x in (a.author, a.date) if x) or (
            '<span class="muted">no byline or date</span>'
        )
        cells = (
            f'<th scope="row" class="outlet">{esc(a.outlet)}</th>',
            f'<td><span class="art-title">{headline(report, a)}</span>'
            f'<br><span class="small">{byline}</span>'
            f'<br><span class="small">Source: {source}</span></td>',
            report.num_cell(f"{a.word_count:,}"),
            report.num_cell(_reported(report, a.id)),
            report.num_cell(str(cov.only_in(a.id))),
            report.num_cell(str(cov.left_out(a.id))),
            report.num_cell(str(p.total) + _flag_asides(p.total_quoted, report, a.id)),
            report.num_cell(_rate(p, report)),
        )
        rows.append("<tr>" + "".join(cells[i] for i in columns) + "</tr>")
    return (
        '<section class="block" id="articles"><h2>The articles</h2>'
        + report.table("grid articles")
        + "<thead><tr>"
        + "".join(f"<th{_column_width(report, i)}>{_ARTICLE_HEADS[i]}</th>" for i in columns)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        + _claims_reported_note(report)
        + (
            " “Only here”: claims no other outlet reports. “Left out”: claims"
            " two or more other outlets report that this one does not."
            if report.compared
            else ""
        )
        + (
            " “Quoted”: flags inside quotations, a speaker’s words rather than the outlet’s."
            if report.shown.quoted
            else ""
        )
        + _short_texts_note(report)
        + "</p></section>"
    )


def _reported(report: ReportContext, article_id: str) -> str:
    """An article's "Claims reported": "5 of 6" rows, or all of one article's, "6"."""
    cov = report.overview.coverage
    n = cov.reported(article_id)
    return str(n) if report.alone else f"{n} of {len(cov.rows)}"


def _claims_reported_note(report: ReportContext) -> str:
    """The note's opening, on "Claims reported": rows shared between outlets, or the claims of
    one article alone, counted as the section that lists them counts them."""
    title = esc(claims_title(report))
    if report.alone:
        return (
            f'<p class="note">“Claims reported”: the rows of “{title}” below, as the app’s'
            " Overview counts them; two sentences that say one thing share a row, and count once."
        )
    return (
        f'<p class="note">“Claims reported”: how many of the {len(report.overview.coverage.rows)}'
        f" rows of “{title}” carry the outlet’s words, as the app’s Overview counts them"
        + _overview_words(report)
        + "; two sentences of one outlet that say one thing share a row, and count once."
    )


def _overview_words(report: ReportContext) -> str:
    """The first outlet's count as the Overview words it (' ("wire: reports 6 of the 6
    claims")'), so a reader can match the handout to the screen ("" for one article)."""
    if not report.compared:
        return ""
    first = report.articles[0]
    cov = report.overview.coverage
    n = cov.reported(first.id)
    said = (
        f"reports {n} of the {len(cov.rows)} claims"
        if report.comp.shares_claims
        else f"{n} claims, none in common with {other_articles(len(report.articles) - 1)}"
    )
    return f" (“{esc(first.outlet)}: {said}”)"


def legend_section(report: ReportContext) -> str:
    """The key to the marks the report holds, and one line naming the kinds it looked for and
    found none of. A key to "Hedge or scare word · 0 flags" explained a mark the page never
    draws, and a reader scanning the list took it for one more thing to find; the absence is
    still worth saying, so it is said once, in words."""
    items = []
    held = [cat for cat in report.overview.categories if _legend_number(report, cat)]
    for cat in held:
        st = style_for(cat)
        line = UNDERLINE_WORDS[st.underline]  # in the words of the app's legend and Help
        items.append(
            f'<li><span class="flag {css_class(cat)}"{report.style("flag", cat)}>'
            f"{esc(category_label(cat))}</span> "
            f'<span class="mk {css_class(cat)}"{report.style("mk", cat)}>'
            f"{report.pad}{esc(st.marker)}{report.pad}</span>"
            f"<br>{prose(category_description(cat, len(report.comp.articles)))}"
            f'<br><span class="small muted">{esc(line)} underline ·'
            f" {esc(_legend_count(report, cat))}</span></li>"
        )
    return (
        '<section class="block" id="legend"><h2>Legend</h2>'
        + ('<ul class="legend">' + "".join(items) + "</ul>" if items else "")
        + _none_found_line(report, held)
        + '<p class="note">Each category has its own colour, underline and letter, so the'
        " report reads the same printed in black and white. Numbers after a flag point to"
        " its explanation under “Flags explained”."
        + (
            f" “{esc(category_label(UNIQUE))}” counts claims, one for each row of “Claims side"
            " by side” that one outlet alone reports, as the summary above and the app’s status"
            " line count them."
            if UNIQUE in held
            else ""
        )
        + "</p></section>"
    )


def _none_found_line(report: ReportContext, held: list[str]) -> str:
    """One muted line naming the legend's kinds the report holds none of ("" when it holds
    every one), so a reader knows they were looked for; a category the engine added without
    a style of its own is named only where it was flagged, as before."""
    missing = [
        category_label(cat)
        for cat in report.overview.categories
        if cat not in held and cat in CATEGORY_STYLES
    ]
    if not missing:
        return ""
    return f'<p class="small muted none-found">Not in this report: {esc(", ".join(missing))}.</p>'


def _legend_number(report: ReportContext, category: str) -> int:
    """How many of a category the report holds. "Only this outlet" counts rows, as the lede,
    the articles' "Only here" and the status line do: two sentences of one outlet in one row
    are one claim it alone reports, though each may carry a flag of its own."""
    if category == UNIQUE:
        return flag_counts(report.comp, report.shown).only_in_one
    return sum(1 for f in report.flags if f.category == category)


def _legend_count(report: ReportContext, category: str) -> str:
    """How many of a category the report holds, in words ("7 flags", "3 claims")."""
    n = _legend_number(report, category)
    noun = "claim" if category == UNIQUE else "flag"
    return f"{n} {noun}{'s' if n != 1 else ''}"


def overview_section(report: ReportContext) -> str:
    ov = report.overview
    if report.qt:
        charts = chart_images(report)
        profile = _qt_image(CHART_PROFILE, charts[CHART_PROFILE])
        coverage = _qt_image(CHART_COVERAGE, charts[CHART_COVERAGE])
    else:
        profile = framing_profile_svg(ov.profiles, report.names, ov.categories)
        coverage = coverage_matrix_svg(ov.coverage, report.names)
    return (
        '<section class="block" id="overview"><h2>Overview</h2>'
        '<h3>Framing profile</h3><div class="figure">'
        + profile
        + "</div>"
        + _coverage(report, coverage)
        + _entities(report)
        + _sources(report)
    ) + "</section>"


def _coverage(report: ReportContext, chart: str) -> str:
    """Which outlet reports which claim: with one article alone it reports all of them, a
    chart with nothing to read, so the report leaves it out as the app's Overview does."""
    if report.alone:
        return ""
    return (
        '<h3>Coverage</h3><p class="note">Each numbered column is one row of'
        f" “{esc(claims_title(report))}” below.</p>"
        '<div class="figure">' + chart + "</div>"
    )


def chart_images(report: ReportContext) -> dict[str, str]:
    """The charts as standalone SVG, under the names the Qt flavour's ``<img>`` tags give them."""
    ov = report.overview
    return {
        CHART_PROFILE: framing_profile_svg(
            ov.profiles, report.names, ov.categories, standalone=True
        ),
        CHART_COVERAGE: coverage_matrix_svg(ov.coverage, report.names, standalone=True),
    }


def _qt_image(name: str, svg: str) -> str:
    """An ``<img>`` naming a chart resource at the chart's own size, shrunk to fit a page."""
    m = re.search(r'width="([0-9.]+)" height="([0-9.]+)"', svg)
    w, h = (float(m.group(1)), float(m.group(2))) if m else (640.0, 320.0)
    scale = min(1.0, _QT_PAGE_PX / w)
    return f'<p><img src="{name}" width="{w * scale:.0f}" height="{h * scale:.0f}"></p>'


def _whose(report: ReportContext) -> str:
    """Whose words an overview table sets out: "each outlet", or "this article" alone."""
    return "this article" if report.alone else "each outlet"


def _entities(report: ReportContext) -> str:
    head = f"<h3>How {_whose(report)} names the actors</h3>"
    if not report.overview.entities:
        return head + '<p class="muted">No actors were found.</p>'
    rows = []
    for r in report.overview.entities:
        cells = []
        for a in report.articles:
            ds = r.descriptors.get(a.id, ())
            n = r.mentions.get(a.id, 0)
            if ds:
                count = f'<span class="small muted"> · {n}×</span>' if n else ""
                cells.append("<td>" + "; ".join(report.q(d) for d in ds) + count + "</td>")
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
            f'<tr><th scope="row">{esc(r.entity.name)}{mark}'
            f'<br><span class="small muted">{esc(kind)}</span></th>' + "".join(cells) + "</tr>"
        )
    return (
        head
        + report.table("grid entities")
        + report.outlet_head("Actor")
        + "<tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _sources(report: ReportContext) -> str:
    head = f"<h3>Who {_whose(report)} quotes or cites</h3>"
    if not report.overview.sources:
        nobody = (
            "The article quotes or cites no one by name."
            if report.alone
            else "No outlet quotes or cites anyone by name."
        )
        return head + f'<p class="muted">{nobody}</p>'
    rows = []
    for r in report.overview.sources:
        cells = []
        for a in report.articles:
            use = r.uses.get(a.id)
            if use is None:
                cells.append('<td class="muted">—</td>')
                continue
            quotes = f", {use.direct} direct" if use.direct else ""
            cells.append(
                f'<td>{use.count}× <span class="verbs">'
                + ", ".join(report.q(v) for v in use.verbs)
                + f"</span>{esc(quotes)}</td>"
            )
        rows.append(f'<tr><th scope="row">{esc(r.name)}</th>' + "".join(cells) + "</tr>")
    return (
        head
        + report.table("grid sources")
        + report.outlet_head("Source")
        + "<tbody>"
        + "".join(rows)
        + "</tbody></table>"
        + '<p class="note">Counts of attributed claims and the reporting verbs used.</p>'
    )


__all__ = [
    "CHART_COVERAGE",
    "CHART_PROFILE",
    "articles_section",
    "chart_images",
    "header_section",
    "legend_section",
    "overview_section",
    "shown_source",
]
