"""What one report shows, worked out once for all its sections, and the markup its flavour needs.

A report of some flags is the report of a comparison of only those: :class:`ReportContext` reduces
the comparison to the flags and outlets shown, numbers the flags for their footnotes and builds the
overview once, and the sections (:mod:`reader.core.report_overview`,
:mod:`reader.core.report_claims`, :mod:`reader.core.report_notes`) read it. It also holds the few
pieces of markup that differ between browsers and Qt's rich-text engine (``flavour="qt"``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Final, Literal

from reader.core.export_flags import article_or_none, only_shown, reading_order
from reader.core.model import CATEGORY_LABELS, Comparison, Flag
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
from reader.core.palette import style_for
from reader.core.report_style import letter_colour, ref_colour
from reader.core.typography import curly

Flavour = Literal["web", "qt"]
#: From this many outlets side by side a report is laid out on a landscape page.
LANDSCAPE_FROM: Final = 3


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def prose(value: object) -> str:
    """Words core writes for a reader (an explanation, a category's description, how a flag was
    found), escaped and with the curly marks of the report's own words, as the window shows them.
    Never an article's words: those keep the marks their outlet typed, and the JSON keeps core's."""
    return esc(curly("" if value is None else str(value)))


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("-", " ").capitalize())


class ReportContext:
    """One report's comparison, flag numbers and outlet names, shared between its sections."""

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

    @property
    def alone(self) -> bool:
        """One article shown: the report describes it, with no other outlet to set it against."""
        return len(self.articles) == 1

    @property
    def compared(self) -> bool:
        """Two or more articles shown: each can be set against another outlet ("Only here",
        "Left out", the others' words in a flag's place). Not the opposite of :attr:`alone`: a
        report asked for with every outlet hidden shows no article, and compares nothing."""
        return len(self.articles) > 1

    @property
    def landscape(self) -> bool:
        """Whether the report is laid out for a landscape page: three or more side-by-side
        columns need its width, on paper and when a browser prints the HTML."""
        return len(self.articles) >= LANDSCAPE_FROM

    @property
    def title(self) -> str:
        if self.comp.title:
            return self.comp.title
        # With every outlet hidden the report still names the event by all of them.
        outlets = [a.outlet for a in self.articles] or self.hidden_names
        if not outlets:
            return "Framing report"
        if len(outlets) == 1:
            return f"Framing in {outlets[0]}"
        return "How " + ", ".join(outlets[:-1]) + f" and {outlets[-1]} report the same event"

    def style(self, kind: str, category: str) -> str:
        """Inline colours for Qt, whose CSS engine does not match two classes on one element.

        A flag's underline is in its category's colour. Qt's CSS has no underline styles: the
        printer gives each colour's line its category's style (:mod:`reader.ui.printing`)."""
        if not self.qt:
            return ""
        st = style_for(category)
        line = f"text-decoration:underline;text-decoration-color:{st.colour}"
        if kind == "flag":
            return f' style="background-color:{st.tint_light};{line}"'
        if kind == "quoted":
            return f' style="background-color:transparent;{line}"'
        if kind == "echo":
            # Qt reads this line style (the printer restyles only solid lines by colour).
            return f' style="text-underline-style:dotted;text-decoration-color:{st.colour}"'
        if kind == "ref":
            return f' style="color:{ref_colour(st.colour)}"'
        return f' style="background-color:{st.colour};color:{letter_colour(st.colour)}"'

    def q(self, text: str) -> str:
        """Quoted words: ``<q>`` in browsers, literal curly quotes for Qt, which ignores ``<q>``."""
        return self.quote_markup(esc(text))

    def quote_markup(self, markup: str) -> str:
        """Already escaped ``markup`` (words with some in bold) in quotation marks, as :meth:`q`."""
        return f"“{markup}”" if self.qt else f"<q>{markup}</q>"

    def table(self, cls: str) -> str:
        if self.qt:
            return f'<table class="{cls}" width="100%" border="1" cellspacing="0" cellpadding="5">'
        return f'<table class="{cls}">'

    def num_cell(self, markup: str) -> str:
        """A table cell holding a figure, right-aligned so a column's figures line up by their
        last digit. A browser reads the ``.num`` rule for that; Qt's rich text ignores it on a
        cell and reads the ``align`` attribute instead."""
        align = ' align="right"' if self.qt else ""
        return f'<td class="num"{align}>{markup}</td>'

    def outlet_head(self, first: str) -> str:
        heads = "".join(f'<th scope="col">{esc(a.outlet)}</th>' for a in self.articles)
        return f"<thead><tr><th>{first}</th>{heads}</tr></thead>"

    def article_text(self, article_id: str) -> str:
        art = article_or_none(self.comp, article_id)
        return str(art.text) if art is not None else ""


__all__ = ["LANDSCAPE_FROM", "Flavour", "ReportContext", "category_label", "esc", "prose"]
