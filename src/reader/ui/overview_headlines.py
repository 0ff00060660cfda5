"""The Overview's headlines: each outlet's headline marked as the text views mark it.

A headline is the first framing a reader meets, so the page shows each outlet's, one under the
other, marked with the same tints and marker letters as the article's text
(:func:`reader.ui.richtext.marked_html`), with each mark's explanation under it. The flags the
legend hides are not marked but counted, as elsewhere on the page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from reader.core.model import Comparison
from reader.core.overview import FlagFilter
from reader.ui.richtext import marked_html
from reader.ui.theme import colours
from reader.ui.typography import curly


def headlines_html(comp: Comparison, shown: FlagFilter, dark: bool) -> str:
    """One paragraph per outlet ``shown`` that has a headline: its headline marked with the flags
    shown, then what each mark means ("" when no outlet shown has a headline)."""
    titled = [a for a in comp.articles if a.title and a.id not in shown.hidden_outlets]
    if not titled:
        return ""
    muted = colours(dark)["muted"]
    blocks = []
    for a in titled:
        title = a.title or ""
        mine, hidden = shown.split(f for f in comp.headline_flags if f.article == a.id)
        line = marked_html(title, 0, len(title), (), mine, dark)
        said = [curly(e) for e in _said_once([f.explanation for f in mine])]
        if hidden:
            kinds = "flag is" if len(hidden) == 1 else "flags are"
            said.append(f"{len(hidden)} {kinds} hidden in this headline.")
        notes = "".join(
            f"<br><span style='color:{muted}'>{html.escape(text)}</span>" for text in said
        )
        blocks.append(
            f"<p style='margin:0 0 8px 0'><b>{html.escape(a.outlet)}</b><br>{line}{notes}</p>"
        )
    return "".join(blocks)


def _said_once(explanations: Sequence[str]) -> list[str]:
    """The explanations with a clause they all end with ("; Meridian Wire headlines the story
    without it.") said once, after the last, instead of after each."""
    if len(explanations) < 2:
        return list(explanations)
    tails = {e.rsplit("; ", 1)[-1] if "; " in e else "" for e in explanations}
    if len(tails) != 1 or not (tail := tails.pop()):
        return list(explanations)
    heads = [e[: -len(tail) - 2].rstrip() + "." for e in explanations]
    return [*heads, tail]  # it opens with outlet names: their case is theirs ("iNews")


__all__ = ["headlines_html"]
