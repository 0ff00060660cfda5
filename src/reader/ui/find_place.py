"""Where the current find match is, in terms every text view shares: the article, its headline
or its text, and the character offset there.

Each view counts its matches in its own order (the Aligned view row by row across the outlets,
the Reading view column by column), and each kept its own current match: "2 of 3" in Aligned
became "1 of 3" in Reading, another place in the text. A :data:`Place` lets the view switched
to start from the same match instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.flag_steps import Match
from reader.ui.reading_find import HEADLINE, TEXT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reader.ui.mainwindow import MainWindow

#: A find match as (article id, HEADLINE or TEXT, start offset in the title or the text).
Place = tuple[str, int, int]


def finds_in_articles(window: MainWindow, view: QWidget) -> bool:
    """Whether ``view``'s matches are in the articles' words (not the Overview's own)."""
    return view in (window.aligned, window.reading, window.single)


def place_of(window: MainWindow, view: QWidget) -> Place | None:
    """The current match of ``view`` as a :data:`Place` (None without one)."""
    comp = window.comparison
    if comp is None:
        return None
    if view is window.aligned:
        found = window.aligned.find_match
        if found is None or not 0 <= found[1] < len(comp.articles):
            return None
        row, column, start = found
        return (comp.articles[column].id, HEADLINE if row < 0 else TEXT, start)
    if view is window.reading:
        match = window.reading.find_match
        panes = [p for p in window.reading.panes if not p.isHidden()]
        if match is None or not 0 <= match[0] < len(panes):
            return None
        return (panes[match[0]].article.id, match[1], match[2])
    if view is window.single:
        match, pane = window.single.find_match, window.single.pane
        if match is None or pane is None:
            return None
        return (pane.article.id, match[1], match[2])
    return None


def aligned_match(window: MainWindow, place: Place) -> Match | None:
    """Where ``place`` is in the Aligned view's terms (row, column, offset; a headline's row is
    -1): the row of the claim it is in, or the next claim of its article when it falls between
    claims (None for an article not in the comparison)."""
    comp = window.comparison
    article, part, start = place
    ids = [a.id for a in comp.articles] if comp is not None else []
    if article not in ids:
        return None
    column = ids.index(article)
    if part == HEADLINE:
        return (-1, column, start)
    row = window.reading.row_at(article, start)
    if row is None:
        rows = window.aligned.aligned_model.rows
        row = next(
            (
                i
                for i, r in enumerate(rows)
                if any(c.start >= start for c in r.cells.get(article, ()))
            ),
            len(rows),
        )
    return (row, column, start)


def start_at(window: MainWindow, view: QWidget, place: Place) -> None:
    """Make ``place`` the current match of ``view``, so finding as the user types (from the
    current match on) stays on it; a view that does not show its article is left as it was."""
    article, part, start = place
    if view is window.aligned:
        match = aligned_match(window, place)
        if match is not None and not window.aligned.isColumnHidden(match[1]):
            window.aligned.find_match = match
    elif view is window.reading:
        panes = [p for p in window.reading.panes if not p.isHidden()]
        shown = [p.article.id for p in panes]
        if article in shown:
            window.reading.find_match = (shown.index(article), part, start, start)
    elif view is window.single:
        pane = window.single.pane
        if pane is not None and pane.article.id == article:
            window.single.find_match = (0, part, start, start)


__all__ = ["Place", "aligned_match", "finds_in_articles", "place_of", "start_at"]
