"""The report's style sheets: the full CSS for browsers and the subset Qt's rich-text engine reads.

Both are built from :data:`reader.core.palette.CATEGORY_STYLES`, so every category has the colour,
tint, underline and marker it has in the app.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from reader.core.palette import CATEGORY_STYLES, CategoryStyle, contrast

#: The CSS line styles of the palette's underlines. CSS has no dash-dot line: that one is drawn
#: by :func:`_dash_dot_css`.
_UNDERLINE_CSS: Final = {
    "solid": "solid",
    "dash": "dashed",
    "dot": "dotted",
    "wave": "wavy",
}
#: The dash-dot line's pattern, as Qt draws a 2 px DashDotLine in the app: dash, gap, dot, gap.
_DASH_DOT_PX: Final = (8, 4, 2, 4)


#: The pages a footnote number sits on: the light and the dark report's paper.
_PAPER: Final = {False: "#FFFFFF", True: "#16181C"}
#: WCAG AA for normal text; a footnote number is small, bold text.
_AA: Final = 4.5


def ref_colour(colour: str, dark: bool = False) -> str:
    """``colour`` mixed toward black (light page) or white (dark page) until a footnote number
    in it reads at WCAG AA: the palette's colours reach 3:1 on both pages, enough for a line or
    a bar but not for small text (amber 3.4:1 on white, the figure's purple 3.4:1 on the dark
    page)."""
    paper, toward = _PAPER[dark], (255 if dark else 0)
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    out = colour.upper()
    for step in range(21):
        mix = [round(c + (toward - c) * step / 20) for c in rgb]
        out = "#" + "".join(f"{c:02X}" for c in mix)
        if contrast(out, paper) >= _AA:
            break
    return out


#: The letter's colour on a marker box when white would not read on the category's colour.
_DARK_LETTER: Final = "#000000"


def letter_colour(colour: str) -> str:
    """White or black, whichever reads better on a marker box of ``colour``: white on the
    amber or the pink is under 3.5:1, and one of the two always passes WCAG AA."""
    white = contrast("#FFFFFF", colour)
    return "#FFFFFF" if white >= contrast(_DARK_LETTER, colour) else _DARK_LETTER


def css_class(category: str) -> str:
    """A class name from a category; categories may come from a JSON file, so sanitise them."""
    return "c-" + (re.sub(r"[^a-z0-9-]+", "-", category.lower()).strip("-") or "other")


def _category_css(styles: Iterable[tuple[str, CategoryStyle]], *, dark: bool) -> str:
    """Each category's tint (as background-color, so a dash-dot line drawn as a background image
    stays), its footnote numbers' colour readable on that page, and on the light page its
    underline and its letters' colours, which the dark page keeps."""
    rules = []
    for cat, st in styles:
        cls = css_class(cat)
        if dark:
            rules.append(
                f".flag.{cls}{{background-color:{st.tint_dark}}}"
                f".ref.{cls}{{color:{ref_colour(st.colour, dark=True)}}}"
            )
            continue
        rules.append(
            f".flag.{cls}{{background-color:{st.tint_light};{_underline_css(st)}}}"
            f".mk.{cls},.badge.{cls}{{background:{st.colour};color:{letter_colour(st.colour)}}}"
            f".ref.{cls}{{color:{ref_colour(st.colour)}}}"
            f".echo.{cls}{{border-color:{st.colour}}}"
        )
    rules.append(".flag.quoted{background-color:transparent}")  # a speaker's words: line only
    return "".join(rules)


def _underline_css(st: CategoryStyle) -> str:
    """The category's underline in its colour, in the style the app draws it."""
    if st.underline not in _UNDERLINE_CSS:
        return _dash_dot_css(st.colour)
    return (
        f"text-decoration:underline {_UNDERLINE_CSS[st.underline]} {st.colour};"
        "text-decoration-thickness:2px;text-underline-offset:3px"
    )


def _dash_dot_css(colour: str) -> str:
    """A 2 px dash-dot line under the words, drawn as a repeating gradient along the bottom of
    each line of them (``box-decoration-break:clone`` on ``.flag``): CSS underlines have no
    dash-dot style, and the app and its Help draw the intensifier's line dash-dot."""
    dash, gap, dot, gap2 = _DASH_DOT_PX
    stops = [
        (colour, 0, dash),
        ("transparent", dash, dash + gap),
        (colour, dash + gap, dash + gap + dot),
        ("transparent", dash + gap + dot, dash + gap + dot + gap2),
    ]
    gradient = ",".join(f"{c} {a}px {b}px" for c, a, b in stops)
    return (
        f"text-decoration:none;background-image:repeating-linear-gradient(90deg,{gradient});"
        "background-size:100% 2px;background-repeat:no-repeat;background-position:0 100%"
    )


def _all_styles() -> list[tuple[str, CategoryStyle]]:
    return list(CATEGORY_STYLES.items())


def web_css(landscape: bool = True) -> str:
    light = _category_css(_all_styles(), dark=False)
    dark = _category_css(_all_styles(), dark=True)
    return (
        ":root{--ink:#1F2328;--muted:#5B636E;--paper:#FFFFFF;--panel:#F6F7F9;--rule:#D8DDE3;"
        "--absent:#8A929C;color-scheme:light dark}"
        "*{box-sizing:border-box}"
        "html{-webkit-text-size-adjust:100%}"
        "body{margin:0;background:var(--paper);color:var(--ink);"
        "font:15px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}"
        ".page{max-width:1180px;margin:0 auto;padding:32px 28px 48px}"
        "h1{font-size:28px;line-height:1.2;margin:4px 0 10px;font-weight:700}"
        "h2{font-size:19px;margin:0 0 12px;padding-bottom:6px;border-bottom:2px solid var(--rule)}"
        "h3{font-size:15px;margin:22px 0 8px}"
        ".kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;"
        "color:var(--muted);font-weight:600}"
        ".lede{margin:0 0 8px;font-size:16px;max-width:60em}"
        ".meta{margin:0;color:var(--muted);font-size:13px}"
        ".head{padding-bottom:18px;border-bottom:1px solid var(--rule);margin-bottom:26px}"
        ".block{margin:0 0 34px}"
        ".note{color:var(--muted);font-size:13px;margin:8px 0}"
        ".small{font-size:12.5px}.muted{color:var(--muted)}"
        ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
        "table.grid{width:100%;border-collapse:collapse;margin:6px 0 4px;font-size:14px}"
        ".grid th,.grid td{border:1px solid var(--rule);padding:7px 9px;vertical-align:top;"
        "text-align:left}"
        ".grid thead th{background:var(--panel);font-size:13px;font-weight:600}"
        ".grid td.num{text-align:right}"
        ".grid tbody th{font-weight:600}"
        ".claims{table-layout:fixed}.claims th.rownum,.claims thead th:first-child{width:92px}"
        ".claims td{line-height:1.6}.claims tr.unique td:not(.absent){background:var(--panel)}"
        ".claim{margin:0 0 6px}.claim:last-child{margin-bottom:0}"
        ".absent{color:var(--absent);font-style:italic;font-size:13px;"
        "background:repeating-linear-gradient(135deg,transparent 0 6px,"
        "rgba(127,127,127,.07) 6px 12px)}"
        ".source{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:12px;"
        "word-break:break-all}"
        ".art-title{font-weight:600}.outlet{white-space:nowrap}"
        ".flag{color:inherit;padding:0 1px;border-radius:2px;"
        "-webkit-box-decoration-break:clone;box-decoration-break:clone}"
        # Another outlet's words in a flag's place: outlined, as the app outlines them.
        ".echo{border:1px dotted var(--muted);border-radius:3px;padding:0 1px;"
        "-webkit-box-decoration-break:clone;box-decoration-break:clone}"
        ".mk,.badge{display:inline-block;min-width:1.5em;padding:0 4px;border-radius:3px;"
        "color:#fff;"
        "font-size:11px;font-weight:700;line-height:1.6;text-align:center;vertical-align:1px}"
        ".mk{margin-left:4px}.badge{margin-right:4px}"
        ".ref{font-size:10.5px;font-weight:700;margin-left:1px}"
        ".legend{list-style:none;padding:0;margin:0;display:grid;"
        "grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:8px 18px}"
        ".legend li{padding:3px 0}"
        ".figure{overflow-x:auto;margin:4px 0 6px}.figure svg{max-width:100%;height:auto}"
        ".differs{font-size:11px;font-weight:700;color:#B04A00;white-space:nowrap}"
        "q{quotes:'“' '”' '‘' '’'}"
        ".notes{padding-left:0;list-style:none;margin:0}"
        ".note-item{padding:8px 0;border-bottom:1px solid var(--rule);break-inside:avoid}"
        ".note-item .mk{margin:0 6px 0 0}.cat{font-weight:600;margin-right:6px}"
        ".review{margin:4px 0 2px;padding:4px 8px;border-left:3px solid var(--rule);"
        "font-size:13.5px}"
        ".expl{margin:3px 0 2px}.cp{margin:2px 0 2px 18px;padding:0;font-size:13.5px}"
        ".foot{border-top:1px solid var(--rule);padding-top:12px;color:var(--muted);"
        "font-size:12.5px}" + light + "@media (prefers-color-scheme:dark){"
        ":root{--ink:#E6E8EB;--muted:#A2AAB4;--paper:#16181C;--panel:#1F2328;--rule:#353B43;"
        "--absent:#7D8590}.differs{color:#FFB27A}" + dark + "}"
        "@media print{"
        ":root{--ink:#000;--muted:#444;--paper:#fff;--panel:#F2F2F2;--rule:#BBB;--absent:#666}"
        "body{font-size:10.5pt}.page{max-width:none;padding:0}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "h2{break-after:avoid}h3{break-after:avoid}tr,.figure,.note-item{break-inside:avoid}"
        "thead{display:table-header-group}.figure{overflow:visible}"
        + _category_css(_all_styles(), dark=False)
        + "}"
        + (
            "@page{size:A4 landscape;margin:14mm 12mm}"
            if landscape
            else "@page{size:A4;margin:16mm 14mm}"
        )
    )


def qt_css() -> str:
    """The subset of CSS that ``QTextDocument`` understands: colours, weights, sizes, margins."""
    rules = [
        "body{font-family:'Helvetica','Arial',sans-serif;font-size:9.5pt;color:#1F2328}",
        "h1{font-size:18pt;margin-bottom:6px}",
        "h2{font-size:13pt;margin-top:18px;margin-bottom:6px;color:#1F2328}",
        "h3{font-size:10.5pt;margin-top:12px;margin-bottom:4px}",
        ".kicker{font-size:8pt;color:#5B636E;font-weight:600}",
        ".meta,.note,.muted,.small{color:#5B636E}",
        ".small,.note{font-size:8.5pt}",
        ".absent{color:#8A929C;font-style:italic}",
        "table.grid{border-color:#C8CDD3;border-style:solid}",
        "th{background-color:#F2F4F6;font-weight:600;text-align:left}",
        ".mk,.badge{color:#FFFFFF;font-weight:700;font-size:8pt}",
        ".ref{font-weight:700;font-size:7.5pt}",
        ".differs{color:#B04A00;font-weight:700;font-size:8pt}",
        ".cat{font-weight:600}",
        ".note-item{margin-top:7px}",
        ".review{margin-top:3px;font-style:italic}",
        ".cp{font-size:8.5pt}",
        ".source{font-family:'Courier New',monospace;font-size:8pt}",
        ".art-title{font-weight:600}",
    ]
    for cat, st in CATEGORY_STYLES.items():
        cls = css_class(cat)
        rules.append(
            f".flag.{cls}{{background-color:{st.tint_light};text-decoration:underline;"
            f"text-decoration-color:{st.colour}}}"
            f".mk.{cls},.badge.{cls}{{background-color:{st.colour};"
            f"color:{letter_colour(st.colour)}}}"
            f".ref.{cls}{{color:{ref_colour(st.colour)}}}"
        )
    return "".join(rules)


__all__ = ["contrast", "css_class", "letter_colour", "qt_css", "ref_colour", "web_css"]
