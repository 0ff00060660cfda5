"""How each flag category looks, shared by the app and the reports so both tell the same story.

Colours started from the Okabe-Ito palette and were moved, each within its hue family, so that one
colour serves both themes: every underline and chart bar reaches WCAG's 3:1 for non-text contrast on
the light and the dark pages alike (the text's, the Overview's and the report's), and every two
categories stay well apart (CIE76 delta E of 10 or more) with normal vision and under simulated
protanopia, deuteranopia and tritanopia, and every chromatic category has a hue of its own (a
light and a dark blue read as one colour however far apart they measure). All are checked by
tests/test_palette.py, so a later change cannot quietly undo them. Colour is never the only cue:
every category also has an underline style and its own short marker, so a flag reads the same in
greyscale print (the marker tells apart the categories that share an underline).

On a selection (a selected row's or words' colour) a category's colour can fall below 3:1, so a
mark drawn there takes :func:`mark_colour`: its colour moved towards the selection's text colour
just far enough to clear 3:1 again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

#: WCAG 2.1 SC 1.4.11: a line that carries meaning (an underline, a bar) needs 3:1 beside it.
NON_TEXT_CONTRAST: Final = 3.0

Underline = Literal["solid", "dash", "dot", "wave", "dash-dot"]


@dataclass(frozen=True, slots=True)
class CategoryStyle:
    colour: str  # strong colour for underlines, markers and chart bars
    tint_light: str  # background tint on a light theme
    tint_dark: str  # background tint on a dark theme
    underline: Underline
    marker: str  # one or two letters shown beside the flagged words and in the legend


CATEGORY_STYLES: Final[dict[str, CategoryStyle]] = {
    "label": CategoryStyle("#C04B00", "#FBE0CF", "#5A2A0C", "solid", "L"),
    "loaded": CategoryStyle("#C07E00", "#FCEBC4", "#5A4010", "wave", "W"),
    "intensifier": CategoryStyle("#C072A5", "#F5DDEA", "#4F2A40", "dash-dot", "I"),
    "hedge": CategoryStyle("#0072B2", "#D3E6F3", "#12334A", "dash", "H"),
    "attribution": CategoryStyle("#129C6F", "#CDEEE3", "#0F4536", "dot", "V"),
    # Brick red, not a second blue: beside the hedge's blue the two read as one colour.
    "scare-quote": CategoryStyle("#AE4E48", "#F6DEDC", "#4F2422", "dash", "Q"),
    "opinion": CategoryStyle("#937E2D", "#F7F2C4", "#4A4310", "dot", "O"),
    # A lighter grey than "only this outlet": a part of a claim only this outlet carries.
    "detail": CategoryStyle("#8A8A8A", "#ECECEC", "#4A4A4A", "dash", "D"),
    # Purple, which no other kind uses: a fact (a number, an outcome) set against the others'.
    "figure": CategoryStyle("#7557C9", "#EADCF3", "#3E2050", "dash-dot", "F"),
    "unique-claim": CategoryStyle("#6C6C6C", "#E6E6E6", "#3A3A3A", "solid", "U"),
}
#: How each underline looks, in the words the app's legend and Help and the report's legend use.
UNDERLINE_WORDS: Final[dict[str, str]] = {
    "solid": "solid",
    "dash": "dashed",
    "dot": "dotted",
    "wave": "wavy",
    "dash-dot": "dash-dot",
}
DEFAULT_STYLE: Final = CategoryStyle("#777777", "#EEEEEE", "#444444", "solid", "?")


def style_for(category: str) -> CategoryStyle:
    return CATEGORY_STYLES.get(category, DEFAULT_STYLE)


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#RRGGBB"."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two "#RRGGBB" colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _mix(a: str, b: str, share: float) -> str:
    """``a`` with ``share`` (0 to 1) of ``b`` mixed in, channel by channel in sRGB."""
    channels = (
        round(int(a[i : i + 2], 16) * (1 - share) + int(b[i : i + 2], 16) * share)
        for i in (1, 3, 5)
    )
    return "#" + "".join(f"{c:02X}" for c in channels)


@lru_cache(maxsize=256)
def mark_colour(colour: str, ground: str, ink: str) -> str:
    """The colour to draw a mark of ``colour`` in on ``ground`` (a selection's colour): itself
    where it keeps :data:`NON_TEXT_CONTRAST` there, else mixed towards ``ink`` (the text colour
    drawn on that ground) just far enough to, so it keeps what it can of its hue.

    The categories' colours clear 3:1 on the plain pages only: on the dark theme's selection
    (#3572BD) every one of them fell to between 1.0 and 1.5:1, and a selected row's marks
    vanished. ``ink`` itself is the last resort, as the ground's text colour reads there.

    Remembered: a selected row asks again for each underlined run of each cell on every
    repaint (80 µs a colour on the dark selection), and a few categories meet a few selections.
    """
    steps = 20
    for step in range(steps + 1):
        mixed = _mix(colour, ink, step / steps)
        if contrast(mixed, ground) >= NON_TEXT_CONTRAST:
            return mixed
    return ink
