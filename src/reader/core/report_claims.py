"""The report's "Claims side by side" table (one article's claims, when it is alone), and the
flag marks in its claims and headlines.

Each flag is marked where it stands and numbered as its footnote under "Flags explained";
overlapping flags nest, and a flag on (nearly) a whole claim is a badge on the claim instead. The
other outlets' words in a flag's place ("President Xi Jinping" beside "dictator") are marked
quietly in the flag's colour, as the app's Aligned view outlines them, so the contrast shows on
paper too.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from reader.core.echoes import Echo, echo_rows, find_echoes
from reader.core.model import CLAIM_CATEGORIES, Article, Claim, Flag, Row
from reader.core.overview import NO_MATCH
from reader.core.palette import style_for
from reader.core.report_context import ReportContext, category_label, esc, prose
from reader.core.report_style import css_class

#: A flag covering this share of its claim is shown as a badge on the claim, not as a highlight.
_WHOLE_CLAIM: Final = 0.9
#: The most characters that may stand between two clauses of a sentence for the report to join
#: them (", ", " – "); more, and something it does not show lies between.
_CLAUSE_GAP: Final = 4


def claims_section(report: ReportContext) -> str:
    every_row = list(report.comp.rows())
    rows = []
    for index, row in enumerate(every_row):
        number = index + 1
        reporters = [a for a in report.comp.articles if row.cells.get(a.id)]
        if not any(a.id not in report.hidden for a in reporters):
            continue  # only hidden outlets carry it: the Overview leaves its row out too
        # "Only" one outlet's, or "2 of 3", only where the articles share claims at all.
        if len(reporters) == 1 and report.comp.shares_claims:
            status = (
                f'<span class="badge c-unique-claim"{report.style("badge", "unique-claim")}>'
                f"{esc(style_for('unique-claim').marker)}</span>"
                f' <span class="small">only {esc(reporters[0].outlet)}</span>'
            )
            cls = "unique"
        else:
            shared = len(reporters)
            status = (
                f'<span class="small muted">{shared} of {len(report.comp.articles)}</span>'
                if report.comp.shares_claims
                else ""
            )
            cls = "shared"
        cells = []
        for a in report.articles:
            claims = row.cells.get(a.id, ())
            if not claims:
                cells.append(f'<td class="absent">{NO_MATCH} in {esc(a.outlet)}</td>')
                continue
            echoes = _cell_echoes(report, every_row, index, a.id, claims)
            sentences = _sentences_of(report.article_text(a.id), claims)
            cells.append(
                "<td>"
                + "".join(_sentence_html(report, a.id, run, echoes) for run in sentences)
                + "</td>"
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
            report.table("grid claims")
            + report.outlet_head("#")
            + "<tbody>"
            + "".join(rows)
            + "</tbody></table>"
        )
    return (
        f'<section class="block" id="claims"><h2>{esc(claims_title(report))}</h2>'
        f'<p class="note">{_rows_note(report)}'
        " Highlighted words are flags; the number after each is its footnote."
        + _echo_note(report)
        + (
            " These articles share no claims: nothing lines up, so each is listed in full"
            " and no claim is marked as one outlet’s alone."
            if report.compared and not report.comp.shares_claims
            else ""
        )
        + "</p>"
        + body
        + "</section>"
    )


def claims_title(report: ReportContext) -> str:
    """The claims section's title, which the other sections name when they point to it."""
    return "This article’s claims, with their flags" if report.alone else "Claims side by side"


def _rows_note(report: ReportContext) -> str:
    """What a row holds: with one article there is nothing to share it with."""
    if report.alone:
        return "One row per claim, in the article’s order."
    return "One row per claim; outlets that report the same thing share a row."


def _echo_note(report: ReportContext) -> str:
    """How the other outlets' words in a flag's place look, in this flavour's terms."""
    if not report.compared:
        return ""
    look = "dotted underline" if report.qt else "dotted outline"
    return (
        f" Words with a {look} in a flag’s colour are what another outlet wrote in that"
        " flag’s place."
    )


def _cell_echoes(
    report: ReportContext, rows: Sequence[Row], index: int, article_id: str, claims: Sequence[Claim]
) -> tuple[Echo, ...]:
    """The words of ``article_id``'s cell in row ``index`` that answer another outlet's flag in
    that row (or a neighbouring row it has no cell in), as the Aligned view finds them."""
    others = [
        f
        for n in echo_rows(rows, index, article_id)
        for other, cell in rows[n].cells.items()
        if other != article_id
        for c in cell
        for f in report.flags_by_claim.get(c.id, ())
    ]
    spans = [(c.start, c.end) for c in claims]
    return find_echoes(report.article_text(article_id), spans, article_id, others)


def _sentences_of(text: str, claims: Sequence[Claim]) -> list[list[Claim]]:
    """A cell's claims as the sentences they come from: the clauses of one sentence that the
    claims split it into ("Cameras will enforce the zone" and "and drivers who do not pay will
    face an $80 fine") are one run, read as the sentence with what stood between them (its
    comma), not as two lines of which the second opens with "and"."""
    runs: list[list[Claim]] = []
    for c in claims:
        last = runs[-1][-1] if runs else None
        if last is not None and _next_clause(text, last, c):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _next_clause(text: str, before: Claim, claim: Claim) -> bool:
    """Whether ``claim`` goes on the sentence ``before`` is part of, with nothing but spaces and
    punctuation between them on one line."""
    if claim.sentence != before.sentence or not 0 <= before.end <= claim.start <= len(text):
        return False
    gap = text[before.end : claim.start]
    return len(gap) <= _CLAUSE_GAP and "\n" not in gap and not any(ch.isalnum() for ch in gap)


def _sentence_html(
    report: ReportContext, article_id: str, claims: Sequence[Claim], echoes: Sequence[Echo] = ()
) -> str:
    """One sentence of a cell: its claims in order, each with its flags, joined by the text that
    stood between them, with "…" where the sentence goes on in another row, as the app marks a
    claim that goes on. Cut at a clause, the Courier's row read '"This is a tax …," he said' with
    no full stop, as if the report had lost the rest."""
    text = report.article_text(article_id)
    opens_mid, goes_on = _sentence_goes_on(report, article_id, claims)
    parts: list[str] = ["… "] if opens_mid else []
    for before, claim in zip([None, *claims[:-1]], claims, strict=True):
        if before is not None:
            parts.append(esc(text[before.end : claim.start]))
        parts.append(_claim_html(report, article_id, claim.id, echoes))
    if goes_on:
        parts.append(" …")
    return '<p class="claim">' + "".join(parts) + "</p>"


def _sentence_goes_on(
    report: ReportContext, article_id: str, claims: Sequence[Claim]
) -> tuple[bool, bool]:
    """Whether the sentence of these claims (clauses of one sentence) began before them, and
    whether it goes on after them, in claims the row does not hold."""
    first, last = claims[0], claims[-1]
    others = [
        c
        for c in report.comp.claims.get(article_id, ())
        if c.sentence == first.sentence and c not in claims
    ]
    return any(c.end <= first.start for c in others), any(c.start >= last.end for c in others)


def _claim_html(
    report: ReportContext, article_id: str, claim_id: str, echoes: Sequence[Echo] = ()
) -> str:
    """A claim's words with its flags: a flag on (nearly) all of it is a badge set where the flag
    starts, which for a clause is after the word joining it to the clause before ("and"), so
    the marker stands in front of the words it marks."""
    claim = report.claims_by_id[claim_id]
    text = report.article_text(article_id)
    cs, ce = max(0, claim.start), min(len(text), claim.end)
    if ce <= cs:  # offsets that do not fit the text: fall back to the claim's own words
        return esc(claim.text)
    badges: list[tuple[int, str]] = []
    inline: list[tuple[int, int, Flag]] = []
    for f in report.flags_by_claim.get(claim_id, ()):
        s, e = max(f.start, cs), min(f.end, ce)
        if e <= s:
            continue
        whole = (e - s) >= _WHOLE_CLAIM * (ce - cs)
        if f.category in CLAIM_CATEGORIES or whole:
            badges.append((s, _badge(report, f)))
        else:
            inline.append((s, e, f))
    inside = [e for e in echoes if cs <= e.start and e.end <= ce]
    return _highlight(report, text, cs, ce, inline, inside, badges)


def headline(report: ReportContext, article: Article) -> str:
    """The article's title with its headline flags marked (footnoted like the body's)."""
    title = article.title or ""
    if not title:
        return "Untitled"
    marks = [
        (max(f.start, 0), min(f.end, len(title)), f)
        for f in report.headline_flags.get(article.id, ())
        if f.start < f.end <= len(title)
    ]
    return _highlight(report, title, 0, len(title), marks)


def _badge(report: ReportContext, f: Flag) -> str:
    st = style_for(f.category)
    title = f"{category_label(f.category)}: {f.explanation}"
    return (
        f'<span class="badge {css_class(f.category)}" title="{prose(title)}"'
        f"{report.style('badge', f.category)}>"
        f"{report.pad}{esc(st.marker)}{report.number[f.id]}{report.pad}</span> "
    )


def _highlight(
    report: ReportContext,
    text: str,
    cs: int,
    ce: int,
    spans: list[tuple[int, int, Flag]],
    echoes: Sequence[Echo] = (),
    badges: Sequence[tuple[int, str]] = (),
) -> str:
    """The claim's text with flags wrapped (overlapping flags nest, segment by segment), the
    words answering another outlet's flag marked where no flag of this outlet covers them, and
    each badge (offset, markup) set in front of the words at its offset."""
    triggers = [
        (max(f.trigger[0], cs), min(f.trigger[1], ce)) for _, _, f in spans if f.trigger is not None
    ]
    cuts = sorted(
        {cs, ce, *(s for s, _, _ in spans), *(e for _, e, _ in spans)}
        | {x for t in triggers for x in t if cs <= x <= ce}
        | {x for e in echoes for x in (e.start, e.end)}
        | {x for x, _ in badges if cs <= x < ce}
    )
    tag = "span" if report.qt else "mark"
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        out.extend(markup for x, markup in badges if x == a)
        active = sorted(
            (sp for sp in spans if sp[0] <= a and b <= sp[1]),
            key=lambda sp: (sp[0], -sp[1]),
        )
        piece = esc(text[a:b])
        echo = next((e.flag for e in echoes if e.start <= a and b <= e.end), None)
        if echo is not None and not active:
            piece = _echo_html(report, echo, piece)
        if any(x <= a and b <= y for x, y in triggers):
            piece = f"<b>{piece}</b>"  # the words that fired, inside the phrase they judge
        for _, _, f in reversed(active):
            title = f"{category_label(f.category)}: {f.explanation}"
            # A quoted speaker's words: underlined without a tint, as in the app.
            quoted = " quoted" if f.quoted else ""
            kind = "quoted" if f.quoted else "flag"
            piece = (
                f'<{tag} class="flag {css_class(f.category)}{quoted}" title="{prose(title)}"'
                f"{report.style(kind, f.category)}>{piece}</{tag}>"
            )
        out.append(piece)
        for _, e, f in spans:
            if e == b:
                st = style_for(f.category)
                out.append(
                    f'<sup class="ref {css_class(f.category)}"'
                    f"{report.style('ref', f.category)}>"
                    f"{esc(st.marker)}{report.number[f.id]}</sup>"
                )
    return "".join(out)


def _echo_html(report: ReportContext, flag: Flag, piece: str) -> str:
    """Words answering ``flag`` from another outlet: no tint and no letter, only a dotted line in
    the flag's colour, and a title that names the flag (its words, outlet and footnote)."""
    st = style_for(flag.category)
    outlet = report.names.get(flag.article, flag.article)
    title = (
        f"{outlet} writes “{flag.text}” here"
        f" (flag {st.marker}{report.number[flag.id]}, {category_label(flag.category)})"
    )
    return (
        f'<span class="echo {css_class(flag.category)}" title="{esc(title)}"'
        f"{report.style('echo', flag.category)}>{piece}</span>"
    )


__all__ = ["claims_section", "claims_title", "headline"]
