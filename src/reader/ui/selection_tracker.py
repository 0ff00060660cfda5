"""Words selected in the reading panes, as an article and offsets: what an annotation is about.

A pane's document is not its article's text: the marker letters after flagged words shift every
position after them. The Annotations panel needs article offsets (they are what is stored and
exported), so the selection is mapped back here, trimmed of spaces, and reported by
:class:`SelectionTracker`, which :mod:`reader.ui.insights` points at each comparison's new panes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTextEdit

from reader.ui.richtext import article_offset


def selection_of(edit: QTextEdit, markers: Sequence[int], text: str) -> tuple[int, int] | None:
    """The article span selected in ``edit``, trimmed of spaces; None when nothing is selected."""
    cursor = edit.textCursor()
    if not cursor.hasSelection():
        return None
    start = min(article_offset(cursor.selectionStart(), markers), len(text))
    end = min(article_offset(cursor.selectionEnd(), markers), len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


class SelectionTracker(QObject):
    """Reports text selected in the reading panes (article id and offsets), for the panel.

    Panes are rebuilt with every comparison, so the owner calls :meth:`track` with the new ones.
    Each pane needs ``article`` (an Article), ``text`` (a QTextEdit) and ``markers``.
    """

    selected = Signal(str, int, int)  # article id, start, end

    def track(self, panes: Iterable[Any]) -> None:
        for pane in panes:
            if getattr(pane, "_selection_tracker", None) is self:
                continue  # already tracked: one report per selection
            pane._selection_tracker = self
            pane.text.selectionChanged.connect(lambda p=pane: self._changed(p))

    def _changed(self, pane: Any) -> None:
        span = selection_of(pane.text, pane.markers, pane.article.text)
        if span is not None:
            self.selected.emit(pane.article.id, span[0], span[1])


__all__ = ["SelectionTracker", "selection_of"]
