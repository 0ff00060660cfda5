"""How each flag category looks, shared by the app and the reports so both tell the same story.

Colours started from the Okabe-Ito palette and were moved, each within its hue family, so that one
colour serves both themes: every underline and chart bar reaches WCAG's 3:1 for non-text contrast on
the light and the dark pages alike (the text's, the Overview's and the report's), and every two
categories stay well apart (CIE76 delta E of 10 or more) with normal vision and under simulated
protanopia, deuteranopia and tritanopia. Both are checked by tests/test_palette.py, so a later
change cannot quietly undo them. Colour is never the only cue: every category also has an
underline style and its own short marker, so a flag reads the same in greyscale print (the marker
tells apart the categories that share an underline).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

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
    "scare-quote": CategoryStyle("#2D93CF", "#DCEFFB", "#1E4459", "dash", "Q"),
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
