"""Find (Ctrl+F) in the reading and single-article views: where a match is, and which is current.

Both views find the same way, column after column, each from its headline down: every pane marks
its own matches, and the view keeps one of them current and asks its pane to show it. The step
itself (as the user types, or on Next and Previous) is :func:`reader.ui.richtext.step_match`, the
aligned view's too, so Find moves alike in every view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from reader.ui import richtext

if TYPE_CHECKING:
    from reader.ui.reading_pane import ArticlePane

#: Where a find match is in an article pane: its headline, read first, or its text.
HEADLINE, TEXT = 0, 1
#: A find match in the reading or single-article view: (column among those shown, HEADLINE or
#: TEXT, start, end), the offsets in the title or the text.
Found = tuple[int, int, int, int]


class _Finding(Protocol):
    find_match: Found | None


def move_match(
    panes: list[ArticlePane],
    matches: list[Found],
    view: _Finding,
    forward: bool,
    again: bool,
) -> tuple[int, int]:
    """Move ``view``'s current match among ``matches`` (in reading order) and show it in its
    pane; the number of the match and how many there are."""
    if not matches:
        view.find_match = None
        for p in panes:
            p.show_match(None)
        return 0, 0
    anchor = view.find_match or (-1, -1, -1, -1)
    i = richtext.step_match([m[:3] for m in matches], anchor[:3], forward, again)
    view.find_match = matches[i]
    column, part, start, end = matches[i]
    for k, p in enumerate(panes):
        p.show_match((part, start, end) if k == column else None)
    return i + 1, len(matches)


__all__ = ["HEADLINE", "TEXT", "Found", "move_match"]
