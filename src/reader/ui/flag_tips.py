"""What hovering over flagged words says, in the aligned view's cells and in an article's text.

Each flag under the pointer: its kind with its letter, the words flagged, why, and what the other
outlets wrote in its place: short phrases quoted (but not one the explanation already quotes),
a phrase found in a longer sentence in bold with a few words either side (or its whole sentence
where the words that matter may be far from it), as the Details show it,
whole claims only pointed to, since the view shows them beside it.
"""

from __future__ import annotations

import html

from reader.core.model import CATEGORY_LABELS, Comparison, Flag
from reader.core.palette import style_for
from reader.ui import richtext
from reader.ui.theme import colours, readable
from reader.ui.typography import curly


def flag_tooltip(
    flags: list[Flag], comp: Comparison, dark: bool = False, where: str = "in this row"
) -> str:
    """The hover text of ``flags``; ``where`` says where the other outlets' whole claims are
    ("in this row" of the aligned view, "in the other columns" of the reading view)."""
    c = colours(dark)
    parts = []
    for f in flags:
        st = style_for(f.category)
        label = html.escape(CATEGORY_LABELS.get(f.category, f.category))
        heading = readable(st.colour, dark).name()
        phrases, whole = richtext.split_counterparts(f.counterparts)
        whole_claims = richtext.quotes_whole_claims(f)
        unsaid = [
            cp
            for cp in phrases
            if not richtext.quoted_in(f.explanation, _outlet(comp, cp.article), cp.text)
        ]
        counter = "".join(
            f"<br><span style='color:{c['muted']}'>{html.escape(_outlet(comp, cp.article))}:"
            f"</span> “{richtext.answer_html(cp, whole=whole_claims)}”"
            for cp in unsaid[:3]
        )
        if whole:
            note = richtext.whole_wording_note(len(comp.articles), where)
            note = html.escape(note, quote=False)
            counter += f"<br><span style='color:{c['muted']}'>{note}</span>"
        parts.append(
            f"<p style='margin:0'><b style='color:{heading}'>[{st.marker}] {label}</b> "
            f"“{html.escape(f.text)}”<br>{html.escape(curly(f.explanation))}{counter}</p>"
        )
    return "<qt>" + "<hr>".join(parts) + "</qt>"


def _outlet(comp: Comparison, article_id: str) -> str:
    try:
        return comp.article(article_id).outlet
    except KeyError:
        return article_id


__all__ = ["flag_tooltip"]
