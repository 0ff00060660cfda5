"""Small SVG charts for the reports, drawn by hand so a report needs no charting library at all.

Two charts: the framing profile (flags per 1,000 words, categories x outlets) and the coverage
matrix (outlets x claim groups). They are plain strings of SVG using only rectangles, circles, lines
and text, which every browser, Qt's SVG renderer (SVG Tiny) and a printer handle alike. Inline in
HTML they draw in ``currentColor`` so they follow the report's light or dark theme;
``standalone=True`` gives a file-ready document with the SVG namespace and fixed ink for renderers
without CSS.

Every piece of input text (outlet names, claim excerpts) is escaped; nothing in a chart links or
loads anything.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Final

from reader.core.model import CATEGORY_LABELS
from reader.core.overview import (
    NOT_WORDING,
    RATE_MIN_WORDS,
    Coverage,
    Profile,
    counted_not_rated,
    flags_in_words,
)
from reader.core.palette import style_for

_SVG_NS: Final = "http://www.w3.org/2000/svg"
_FONT: Final = "font-family=\"system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif\""
_STANDALONE_INK: Final = "#1F2328"
_UNIQUE_COLOUR: Final = style_for("unique-claim").colour

_PROFILE_LABEL_W: Final = 190
_PROFILE_ROW_H: Final = 24
_PROFILE_HEAD_H: Final = 34
_PROFILE_MIN_COL_W: Final = 120
#: The total's row in the profile, below the categories' rows.
_TOTAL: Final = "__total__"
#: About how wide a character of 11 px text runs, to tell whether a cell's words fit its column.
_CHAR_W_11: Final = 6.2

_MATRIX_LABEL_W: Final = 160
_MATRIX_CELL: Final = 16
_MATRIX_PER_BLOCK: Final = 40
_MATRIX_LEGEND_W: Final = 470


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _fit(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: max(limit - 1, 1)].rstrip() + "…"


def _num(value: float) -> str:
    """Coordinates with at most one decimal: smaller files, identical drawing."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _open(width: float, height: float, label: str, standalone: bool) -> str:
    ns = f' xmlns="{_SVG_NS}"' if standalone else ""
    ink = _STANDALONE_INK if standalone else "currentColor"
    return (
        f'<svg{ns} class="chart" role="img" aria-label="{_esc(label)}" width="{_num(width)}"'
        f' height="{_num(height)}" viewBox="0 0 {_num(width)} {_num(height)}" {_FONT}'
        f' font-size="12" fill="{ink}"><title>{_esc(label)}</title>'
    )


#: How strongly the quoted end of a profile bar is filled: light, but visible in greyscale print.
_QUOTED_OPACITY: Final = 0.38


def framing_profile_svg(
    profiles: Sequence[Profile],
    outlets: Mapping[str, str],
    categories: Sequence[str] = tuple(CATEGORY_LABELS),
    *,
    width: float = 880,
    standalone: bool = False,
) -> str:
    """Flags per 1,000 words: one row per category, one column of bars per outlet.

    Every bar shares one scale, so columns compare directly; the number is printed beside each bar
    so the chart reads without colour, and each row carries its category's marker letter. A text
    too short for a rate (:data:`~reader.core.overview.RATE_MIN_WORDS`) gets no bars but its
    counts in words ("3 flags"), as the report's table counts it: a 54-word text's two flags drew
    the longest bars and set the scale the others were read on. When every text is that short
    (a class's 200-300-word articles) the bars are counts instead, and the chart says so: a
    chart of nothing but counts in words told a reader nothing at a glance.
    """
    ink = _STANDALONE_INK if standalone else "currentColor"
    cols = max(len(profiles), 1)
    col_w = max(_PROFILE_MIN_COL_W, (width - _PROFILE_LABEL_W) / cols)
    width = _PROFILE_LABEL_W + col_w * cols
    rows = [*categories, _TOTAL]
    counted = counted_not_rated(profiles)
    barred = [p for p in profiles if counted or not p.too_short_for_a_rate]
    height = _PROFILE_HEAD_H + _PROFILE_ROW_H * len(rows) + 40 + 14 * (len(barred) < len(profiles))
    height += 14 * counted
    peak = max((_bar_values(p, c, counted)[0] for p in barred for c in categories), default=0.0)
    peak_total = max((_bar_values(p, _TOTAL, counted)[0] for p in barred), default=0.0)
    bar_room = col_w - 52
    names = ", ".join(outlets.get(p.article, p.article) for p in profiles)
    what = "flags of each kind, counted" if counted else "flags per 1,000 words"
    out = [_open(width, height, f"Framing profile: {what} ({names})", standalone)]

    for i, p in enumerate(profiles):
        x = _PROFILE_LABEL_W + i * col_w
        # Bold 12 px text runs about 8 px a character in the fonts charts fall back to.
        name = _fit(outlets.get(p.article, p.article), int((col_w - 10) / 8.0))
        out.append(
            f'<text x="{_num(x)}" y="16" font-weight="600">{_esc(name)}</text>'
            f'<text x="{_num(x)}" y="29" font-size="10.5" fill-opacity="0.7">'
            f"{p.words:,} words</text>"
        )
    for r, cat in enumerate(rows):
        y = _PROFILE_HEAD_H + r * _PROFILE_ROW_H
        total = cat == _TOTAL
        if total:
            out.append(
                f'<line x1="0" x2="{_num(width)}" y1="{_num(y + 1)}" y2="{_num(y + 1)}"'
                f' stroke="{ink}" stroke-opacity="0.35" stroke-width="1"/>'
            )
            label, colour, marker = "Framing flags", ink, "Σ"
        else:
            st = style_for(cat)
            label, colour, marker = CATEGORY_LABELS.get(cat, cat), st.colour, st.marker
        cy = y + _PROFILE_ROW_H / 2
        weight = ' font-weight="600"' if total else ""
        out.append(
            f'<rect x="0" y="{_num(cy - 8)}" width="16" height="16" rx="3" fill="{colour}"/>'
            f'<text x="8" y="{_num(cy + 4)}" font-size="10" font-weight="700" fill="#FFFFFF"'
            f' text-anchor="middle">{_esc(marker)}</text>'
            f'<text x="24" y="{_num(cy + 4)}"{weight}>'
            f"{_esc(_fit(label, 26))}</text>"
        )
        for i, p in enumerate(profiles):
            x = _PROFILE_LABEL_W + i * col_w
            if p.too_short_for_a_rate and not counted:
                out.append(_count_without_a_bar(p, cat, x, cy, col_w))
                continue
            value, quoted = _bar_values(p, cat, counted)
            scale = peak_total if total else peak
            length = bar_room * value / scale if scale > 0 else 0.0
            out.append(
                f'<rect x="{_num(x)}" y="{_num(cy - 7)}" width="{_num(bar_room)}" height="14"'
                f' rx="2" fill="{ink}" fill-opacity="0.07"/>'
            )
            if length > 0:
                length = max(length, 2)
                own = length * (1 - quoted / value) if value > 0 else length
                if own > 0:
                    out.append(
                        f'<rect x="{_num(x)}" y="{_num(cy - 7)}" width="{_num(own)}"'
                        f' height="14" rx="2" fill="{colour}"/>'
                    )
                if quoted > 0:
                    # Flags inside quotations end the bar, faded: a speaker's words.
                    out.append(
                        f'<rect class="quoted" x="{_num(x + own)}" y="{_num(cy - 7)}"'
                        f' width="{_num(length - own)}" height="14" rx="2" fill="{colour}"'
                        f' fill-opacity="{_QUOTED_OPACITY}"/>'
                    )
            count = p.total if total else p.counts.get(cat, 0)
            faint = "" if count else ' fill-opacity="0.45"'
            number = f"{count}" if counted else f"{value:.1f}"
            out.append(
                f'<text x="{_num(x + bar_room + 6)}" y="{_num(cy + 4)}" font-size="11"{faint}>'
                f"{number}</text>"
            )
    foot = _PROFILE_HEAD_H + _PROFILE_ROW_H * len(rows) + 18
    whose = "each article" if len(profiles) > 1 else "the article"  # one opened alone
    bars = f"flags in {whose}, counted" if counted else f"flags per 1,000 words of {whose}"
    out.append(
        f'<text x="0" y="{_num(foot)}" font-size="10.5" fill-opacity="0.7">Bars: {bars},'
        " on one scale per row type; the faded end of a bar is flags inside quotations"
        " (a speaker’s words).</text>"
    )
    if counted:
        foot += 14
        every = "every article is" if len(profiles) > 1 else "the article is"
        out.append(
            f'<text x="0" y="{_num(foot)}" font-size="10.5" fill-opacity="0.7">Counts, not rates:'
            f" {every} under {RATE_MIN_WORDS} words, too short for a rate per 1,000 words, so"
            " compare lengths too.</text>"
        )
    elif len(barred) < len(profiles):
        foot += 14
        out.append(
            f'<text x="0" y="{_num(foot)}" font-size="10.5" fill-opacity="0.7">A count without'
            f" a bar: a text under {RATE_MIN_WORDS} words, too short for a rate.</text>"
        )
    left_out = [CATEGORY_LABELS[c] for c in categories if c in NOT_WORDING]
    if left_out:
        # Said only where the rows are drawn: one article alone, articles that share no claim,
        # or a legend that hides them leave no such row to leave out.
        names = " and ".join(f"“{name}”" for name in left_out)
        what = "count" if len(left_out) > 1 else "counts"
        out.append(
            f'<text x="0" y="{_num(foot + 14)}" font-size="10.5" fill-opacity="0.7">The total'
            f" leaves out {_esc(names)}, which {what} what an outlet reports, not its wording."
            "</text>"
        )
    out.append("</svg>")
    return "".join(out)


def _bar_values(p: Profile, row: str, counted: bool) -> tuple[float, float]:
    """A bar's length and its quoted end in ``row`` (a category or the total): per 1,000 words,
    or flags counted when every text is too short for a rate (:func:`counted_not_rated`)."""
    if row == _TOTAL:
        if counted:
            return float(p.total), float(p.total_quoted)
        return p.total_rate, p.total_quoted_rate
    if counted:
        return float(p.counts.get(row, 0)), float(p.quoted.get(row, 0))
    return p.rate(row), p.quoted_rate(row)


def _count_without_a_bar(p: Profile, row: str, x: float, cy: float, col_w: float) -> str:
    """A short text's cell beside others' rates: its count where its bar would be, and in the
    total's row the count in its words ("12 flags in 240 words"), so nobody reads it on the
    rates' scale. A kind's cell holds the bare count ("Only this outlet" counts claims, not
    flags); the total drops its words where the column is too narrow for them (the length is
    under the outlet's name anyway)."""
    n = p.total if row == _TOTAL else p.counts.get(row, 0)
    text = flags_in_words(n, p.words) if row == _TOTAL else str(n)
    if len(text) * _CHAR_W_11 > col_w - 8:
        text = text[: text.index(" in ")]
    faint = "" if n else ' fill-opacity="0.45"'
    return (
        f'<text class="no-rate" x="{_num(x)}" y="{_num(cy + 4)}" font-size="11"'
        f' font-style="italic"{faint}>{_esc(text)}</text>'
    )


def coverage_matrix_svg(
    coverage: Coverage,
    outlets: Mapping[str, str],
    *,
    standalone: bool = False,
) -> str:
    """Which outlet reports which claim: outlets down the side, numbered claim rows across.

    Shapes, not only colours, carry the meaning (square: shared, circle: only this outlet, hollow:
    no matching sentence) so the matrix survives greyscale printing. Numbers match the report's
    claim table.
    """
    ink = _STANDALONE_INK if standalone else "currentColor"
    rows = coverage.rows
    n_articles = max(len(coverage.articles), 1)
    blocks = [rows[i : i + _MATRIX_PER_BLOCK] for i in range(0, len(rows), _MATRIX_PER_BLOCK)] or [
        ()
    ]
    block_h = 22 + n_articles * (_MATRIX_CELL + 4) + 12
    widest = max((len(b) for b in blocks), default=0)
    width = max(_MATRIX_LABEL_W + widest * _MATRIX_CELL + 8, _MATRIX_LEGEND_W)
    height = block_h * len(blocks) + 34
    names = ", ".join(outlets.get(a, a) for a in coverage.articles)
    out = [_open(width, height, f"Coverage matrix: which claims {names} report", standalone)]
    half = _MATRIX_CELL / 2
    few = len(rows) <= 20  # every column numbered while the numbers still fit
    for b, block in enumerate(blocks):
        top = b * block_h
        for j, row in enumerate(block):
            cx = _MATRIX_LABEL_W + j * _MATRIX_CELL + half
            if few or row.number == 1 or row.number % 5 == 0 or j == 0:
                out.append(
                    f'<text x="{_num(cx)}" y="{_num(top + 14)}" font-size="9.5"'
                    f' text-anchor="middle" fill-opacity="0.75">{row.number}</text>'
                )
        for i, article in enumerate(coverage.articles):
            cy = top + 22 + i * (_MATRIX_CELL + 4) + half
            name = _fit(outlets.get(article, article), 22)
            out.append(f'<text x="0" y="{_num(cy + 4)}">{_esc(name)}</text>')
            for j, row in enumerate(block):
                cx = _MATRIX_LABEL_W + j * _MATRIX_CELL + half
                tip = f"#{row.number} {outlets.get(article, article)}: "
                words = row.label_of(article)
                if not row.reported_by(article):
                    out.append(
                        f'<rect x="{_num(cx - 5)}" y="{_num(cy - 5)}" width="10" height="10"'
                        f' fill="none" stroke="{ink}" stroke-opacity="0.4" stroke-width="1">'
                        f"<title>{_esc(tip + 'no matching sentence')}</title></rect>"
                    )
                elif row.unique:
                    out.append(
                        f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="6" fill="{_UNIQUE_COLOUR}"'
                        f' stroke="{ink}" stroke-width="1"><title>'
                        f"{_esc(tip + 'only this outlet: ' + words)}</title></circle>"
                    )
                else:
                    out.append(
                        f'<rect x="{_num(cx - 6)}" y="{_num(cy - 6)}" width="12" height="12"'
                        f' rx="1.5" fill="{ink}" fill-opacity="0.8"><title>'
                        f"{_esc(tip + words)}</title></rect>"
                    )
    ly = height - 12
    if not coverage.shares_claims:
        # Nothing lines up (or one article alone): no claim is "shared" and none is "only" one
        # outlet's, so say that.
        out.append(
            f'<rect x="0" y="{_num(ly - 10)}" width="12" height="12" rx="1.5" fill="{ink}"'
            ' fill-opacity="0.8"/>'
            f'<text x="18" y="{_num(ly)}" font-size="11">in this article</text>'
            f'<rect x="118" y="{_num(ly - 9)}" width="10" height="10" fill="none" stroke="{ink}"'
            ' stroke-opacity="0.4"/>'
            f'<text x="134" y="{_num(ly)}" font-size="11">not in it'
            + (" · these articles share no claims" if len(coverage.articles) > 1 else "")
            + "</text></svg>"
        )
        return "".join(out)
    out.append(
        f'<rect x="0" y="{_num(ly - 10)}" width="12" height="12" rx="1.5" fill="{ink}"'
        ' fill-opacity="0.8"/>'
        f'<text x="18" y="{_num(ly)}" font-size="11">shared with another outlet</text>'
        f'<circle cx="196" cy="{_num(ly - 4)}" r="6" fill="{_UNIQUE_COLOUR}" stroke="{ink}"'
        ' stroke-width="1"/>'
        f'<text x="208" y="{_num(ly)}" font-size="11">only this outlet</text>'
        f'<rect x="318" y="{_num(ly - 9)}" width="10" height="10" fill="none" stroke="{ink}"'
        ' stroke-opacity="0.4"/>'
        f'<text x="334" y="{_num(ly)}" font-size="11">no matching sentence</text></svg>'
    )
    return "".join(out)


__all__ = ["coverage_matrix_svg", "framing_profile_svg"]
