"""The flag categories' colours: visible on every page they are drawn on, and apart from each
other for readers with the common colour-vision deficiencies.

One colour per category serves the app's light and dark themes and the HTML report's light and
dark pages, so every one must clear WCAG's 3:1 non-text contrast on all of them. Telling the
categories apart is measured as a CIE76 colour difference (delta E) after simulating
protanopia, deuteranopia and tritanopia with the full-severity matrices of Machado, Oliveira and
Fernandes (2009), applied to linear RGB.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable

import pytest

from reader.core.palette import CATEGORY_STYLES, mark_colour
from reader.core.report_style import contrast, web_css
from reader.ui.theme import colours

#: WCAG 2.1 SC 1.4.11: a graphical object (an underline, a chart bar) needs 3:1 beside it.
NON_TEXT_CONTRAST = 3.0
#: A just-noticeable CIE76 difference is about 2.3 for large patches side by side. Flags are
#: 2 px underlines and small chart swatches, seen apart, where a reader must name the kind at a
#: glance; about four of those steps (10) keeps every pair clearly apart, while asking for much
#: more cannot be met by ten colours that all sit in the narrow lightness band 3:1 on both a
#: white and a near-black page leaves.
MIN_DELTA_E = 10.0

Rgb = tuple[float, float, float]
Matrix = tuple[Rgb, Rgb, Rgb]

_MACHADO: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _to_srgb(c: float) -> float:
    c = min(max(c, 0.0), 1.0)  # a simulated colour can fall just outside the gamut
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def _rgb(colour: str) -> Rgb:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return r, g, b


def _simulate(matrix: Matrix) -> Callable[[Rgb], Rgb]:
    """How an sRGB colour looks with the deficiency ``matrix`` models (Machado works in linear
    light, so the matrix is applied between the sRGB transfer curves)."""

    def seen(rgb: Rgb) -> Rgb:
        lin = [_to_linear(c) for c in rgb]
        r, g, b = (_to_srgb(sum(m * c for m, c in zip(row, lin, strict=True))) for row in matrix)
        return r, g, b

    return seen


def _normal(rgb: Rgb) -> Rgb:
    return rgb


VISIONS: dict[str, Callable[[Rgb], Rgb]] = {
    "normal vision": _normal,
    **{name: _simulate(m) for name, m in _MACHADO.items()},
}


def _lab(rgb: Rgb) -> Rgb:
    """CIELAB (D65 white) of an sRGB colour."""
    r, g, b = (_to_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str, vision: str) -> float:
    """CIE76 difference of two "#RRGGBB" colours as a reader with ``vision`` sees them."""
    see = VISIONS[vision]
    return math.dist(_lab(see(_rgb(a))), _lab(see(_rgb(b))))


def _pages() -> dict[str, str]:
    """Every page a category's underline or chart bar is drawn on: the app's text (its base
    colour) and the Overview's charts (the window colour) in each theme, and the report's paper
    (light and dark) as its CSS sets it."""
    pages = {
        f"{theme} {role}": colours(theme == "dark")[role]
        for theme in ("light", "dark")
        for role in ("base", "window")
    }
    papers = re.findall(r"--paper:(#[0-9A-Fa-f]{6})\b", web_css())
    assert len(papers) >= 2  # the light and the dark report
    pages.update({f"report page {i}": paper for i, paper in enumerate(papers)})
    return pages


@pytest.mark.parametrize("page", sorted(_pages()))
def test_every_underline_and_bar_shows_on_the_page(page: str) -> None:
    """Amber and sky blue were 2.3:1 on white (2.0:1 on the Overview's page), the figure's
    purple and the unique claims' grey 2.6:1 and 2.4:1 on the dark page: too faint for a line
    or a bar that carries meaning."""
    ground = _pages()[page]
    faint = {
        cat: round(contrast(st.colour, ground), 2)
        for cat, st in CATEGORY_STYLES.items()
        if contrast(st.colour, ground) < NON_TEXT_CONTRAST
    }
    assert not faint, f"under 3:1 on {page} ({ground}): {faint}"


def _selections() -> dict[str, tuple[str, str]]:
    """Every selection a mark is drawn on, with the text colour drawn on it: a selected row
    (the aligned view's row, the Reading view's claim) and selected words (an actor's mention,
    the current find match) in each theme."""
    return {
        f"{theme} {ground}": (colours(theme == "dark")[ground], colours(theme == "dark")[ink])
        for theme in ("light", "dark")
        for ground, ink in (("selection_row", "text"), ("highlight", "highlight_text"))
    }


@pytest.mark.parametrize("selection", sorted(_selections()))
def test_every_underline_shows_on_a_selection(selection: str) -> None:
    """On the dark theme's selection (#3572BD) every category's own colour fell to 1.0-1.5:1
    and a selected row's marks vanished; the colour a mark takes there clears 3:1, and is the
    category's own wherever that already did."""
    ground, ink = _selections()[selection]
    for cat, st in CATEGORY_STYLES.items():
        mark = mark_colour(st.colour, ground, ink)
        assert contrast(mark, ground) >= NON_TEXT_CONTRAST, (cat, mark, ground)
        if contrast(st.colour, ground) >= NON_TEXT_CONTRAST:
            assert mark == st.colour, cat
        elif contrast(ink, ground) > NON_TEXT_CONTRAST + 0.5:
            assert mark != ink, cat  # moved only as far as it must: some of its hue is left


def test_the_selection_is_where_the_plain_colours_failed() -> None:
    """The check above guards a real case: on the dark selection no category's own colour
    reaches 3:1."""
    ground, _ink = _selections()["dark highlight"]
    assert all(contrast(st.colour, ground) < 2 for st in CATEGORY_STYLES.values())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_underline_shows_on_its_tint_and_on_the_shading(theme: str) -> None:
    """A flag's underline is drawn on its own tint, and an untinted one on the shading of
    different wording: there several categories fell to 2.2-2.9:1 (a label's orange-red on the
    dark shading 2.4:1). The colour drawn there clears 3:1, and is the category's own wherever
    that already did."""
    from reader.ui.richtext import underline_colour

    dark = theme == "dark"
    shading = colours(dark)["diff"]
    for cat, st in CATEGORY_STYLES.items():
        for ground in (st.tint_dark if dark else st.tint_light, shading):
            line = underline_colour(st, dark, ground).name().upper()
            assert contrast(line, ground) >= NON_TEXT_CONTRAST, (cat, line, ground)
            if contrast(st.colour, ground) >= NON_TEXT_CONTRAST:
                assert line == st.colour, (cat, ground)


def test_the_tints_and_the_shading_are_where_the_plain_colours_failed() -> None:
    """The check above guards a real case: the label's own colour on the dark shading."""
    label = CATEGORY_STYLES["label"]
    assert contrast(label.colour, colours(True)["diff"]) < NON_TEXT_CONTRAST
    assert contrast(label.colour, label.tint_dark) < NON_TEXT_CONTRAST


@pytest.mark.parametrize("vision", sorted(VISIONS))
def test_every_two_categories_look_apart(vision: str) -> None:
    """Label and Opinion were about 3 apart to a protanope (vermilion and olive both read as a
    dull ochre); every pair must stay clearly apart for each kind of colour vision."""
    close = {
        (a, b): round(delta_e(sa.colour, sb.colour, vision), 1)
        for (a, sa), (b, sb) in itertools.combinations(CATEGORY_STYLES.items(), 2)
        if delta_e(sa.colour, sb.colour, vision) < MIN_DELTA_E
    }
    assert not close, f"too alike with {vision}: {close}"


def test_the_simulation_sees_the_confusion_the_review_found() -> None:
    """The check above is only as good as its simulation: the old Label and Opinion colours,
    plainly different to most readers, must come out nearly alike under protanopia (the review
    measured about 3), and a neutral grey must look the same to everyone."""
    old_label, old_opinion = "#D55E00", "#8C7A00"
    assert delta_e(old_label, old_opinion, "normal vision") > 30
    assert delta_e(old_label, old_opinion, "protanopia") < 5
    for vision in VISIONS:
        assert delta_e("#808080", "#808080", vision) == 0
        assert delta_e("#777777", "#808080", vision) == pytest.approx(
            delta_e("#777777", "#808080", "normal vision"), abs=0.2
        )


#: Two colours this close in hue are named alike ("blue", "a lighter blue") and read as one kind,
#: however far apart they measure in lightness; the nearest two kinds that read apart (the amber
#: and the olive) are 17 degrees apart.
MIN_HUE_APART = 15.0
#: Below this CIELAB chroma a colour reads as a grey, which has no hue to keep apart.
NEUTRAL_CHROMA = 10.0


def _hue_and_chroma(colour: str) -> tuple[float, float]:
    _lightness, a, b = _lab(_rgb(colour))
    return math.degrees(math.atan2(b, a)) % 360, math.hypot(a, b)


def _hue_apart(a: float, b: float) -> float:
    return min(abs(a - b), 360 - abs(a - b))


def test_no_two_categories_share_a_colour() -> None:
    """Hedge (#0072B2) and Scare quote (#2D93CF) were both blue, 8 degrees of hue apart: the
    legend, the highlights and the report showed two kinds in one colour. The greys are exempt
    only as a pair that means one thing at two sizes (a detail, a claim only this outlet has)
    and is told apart by lightness, which the delta E check above holds."""
    hues = {
        cat: hue
        for cat, st in CATEGORY_STYLES.items()
        for hue, chroma in [_hue_and_chroma(st.colour)]
        if chroma >= NEUTRAL_CHROMA
    }
    alike = {
        (a, b): round(_hue_apart(ha, hb))
        for (a, ha), (b, hb) in itertools.combinations(hues.items(), 2)
        if _hue_apart(ha, hb) < MIN_HUE_APART
    }
    assert not alike, f"one colour for two kinds: {alike}"
    neutral = set(CATEGORY_STYLES) - set(hues)
    assert neutral <= {"detail", "unique-claim"}, neutral


def test_the_hue_check_sees_the_two_blues() -> None:
    """The check above guards a real case: the old hedge and scare-quote blues fall inside it,
    and a neutral grey has no hue to compare."""
    old_hedge, old_scare = "#0072B2", "#2D93CF"
    assert _hue_apart(_hue_and_chroma(old_hedge)[0], _hue_and_chroma(old_scare)[0]) < 10
    assert _hue_and_chroma("#808080")[1] < NEUTRAL_CHROMA
