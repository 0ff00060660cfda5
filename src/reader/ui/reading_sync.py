"""Scrolling the reading view's columns together.

The articles differ in length, so the columns follow one another by proportion: a column scrolled
to a third of its text brings the others to a third of theirs, where a story told alike is told.
When the view places the columns itself (filling them again, revealing the current flag or the
selected claim in each, back to the top) every column keeps the place it was given: the sync is
held meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QScrollBar


class ScrollSync:
    """The vertical scroll bars of a view's columns: moving one moves the others."""

    def __init__(self) -> None:
        #: The columns' bars, in the view's order.
        self.bars: list[QScrollBar] = []
        #: True while the bars are moved by the view, or by one another: a bar moved then moves
        #: no other.
        self.holding = False

    def clear(self) -> None:
        """Forget the bars: the view's columns are being replaced."""
        self.bars = []

    def add(self, bar: QScrollBar) -> None:
        """``bar`` moves the others, and follows them."""
        bar.valueChanged.connect(lambda _v, bar=bar: self.follow(bar))
        self.bars.append(bar)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Each bar moved within this block stays alone; held within, still held after."""
        holding, self.holding = self.holding, True
        try:
            yield
        finally:
            self.holding = holding

    def follow(self, source: QScrollBar) -> None:
        """Every other bar to ``source``'s proportion of its range."""
        if self.holding:
            return
        with self.held():
            frac = source.value() / source.maximum() if source.maximum() > 0 else 0.0
            for bar in self.bars:
                if bar is not source:
                    bar.setValue(round(frac * bar.maximum()))


__all__ = ["ScrollSync"]
