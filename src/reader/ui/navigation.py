"""Moving through a comparison: F7 and F8 from difference to difference and flag to flag, and
Find (Ctrl+F) in whichever view is on screen.

The two share one piece of state, the find anchor: a find match newer than the current flag is
where F8 and Shift+F8 start from. The views do the moving; the navigator decides which view moves
and what the status line says when there is nowhere further to go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reader.core.overview import UNIQUE
from reader.ui.find_place import Place, aligned_match, finds_in_articles, place_of, start_at
from reader.ui.flag_steps import Match, flag_index_from
from reader.ui.notices import NO_FLAGS_WHILE_HIDDEN
from reader.ui.reading_find import HEADLINE

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class Navigator:
    """Go › Next/Previous Difference and Flag, and the find bar, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: Where the current find match is (row, column, offset; a headline's row is -1) while it
        #: is newer than the current flag: F8 and Shift+F8 then start from it. None otherwise.
        self.find_anchor: Match | None = None
        #: The current find match in the articles' words, kept across views: the view switched
        #: to starts from it, not from a match of its own (see :mod:`reader.ui.find_place`).
        self.found_at: Place | None = None

    def forget_anchor(self, *_args: object) -> None:
        """Something newer than the find match was chosen (a cell, a flag, a comparison): F8
        goes on from there."""
        self.find_anchor = None

    def _show_navigable_view(self) -> None:
        """F7 and F8 move the aligned view's selection: from a tab that shows none (the
        Overview) they go to the aligned view first, as Find does from a view that cannot
        search, so the move is seen. The reading view follows the selection: it stays. One
        article's F8 goes from its Overview to its Article tab, for the same reason."""
        w = self.window
        if w.stack.currentWidget() is not w.tabs:
            return
        if w.single_article():
            w.tabs.setCurrentWidget(w.single)
        elif w.tabs.currentWidget() not in (w.aligned, w.reading):
            w.set_view("aligned")

    def has_flags_to_visit(self) -> bool:
        """Whether F8 has somewhere to go: a flag the views show, or (with every mark hidden) a
        flag the comparison has, where F8 says how to show the marks again. An article with no
        flag, or a legend that hides every kind it has, leaves nowhere to go."""
        w = self.window
        comp = w.comparison
        if comp is None or not comp.articles:
            return False
        if not w.marks_shown():
            return any(f.category != UNIQUE for f in (*comp.flags, *comp.headline_flags))
        if w.single_article():
            return bool(w.single.flags() or w.single.headline_flags())
        return bool(w.aligned.flag_order())

    def has_differences_to_visit(self) -> bool:
        """Whether F7 has somewhere to go: a row of the aligned view on screen that is worded
        differently or not carried by every outlet. One article alone has no other wording,
        and outlets that carry every claim word for word have none either. With every mark
        hidden F7 stays on, to say how to show them again, as F8 does."""
        w = self.window
        comp = w.comparison
        if comp is None or len(comp.articles) < 2:
            return False
        view, model = w.aligned, w.aligned.aligned_model
        return any(
            not view.isRowHidden(r) and model.is_difference(r) for r in range(len(model.rows))
        )

    def update_actions(self) -> None:
        """Enable Go › Next and Previous Difference and Flag (F7, F8, with Shift, and their
        toolbar arrows) only when there is somewhere to go; called whenever the comparison or
        what it shows changes."""
        w = self.window
        flags = self.has_flags_to_visit()
        differences = self.has_differences_to_visit()
        for action, on in (
            (w.act_next_flag, flags),
            (w.act_prev_flag, flags),
            (w.act_next_diff, differences),
            (w.act_prev_diff, differences),
        ):
            action.setEnabled(on)

    def go_difference(self, forward: bool) -> None:
        """F7 / Shift+F7: the next (previous) claim worded differently, in the aligned view."""
        w = self.window
        if not w.marks_shown():
            # A clean copy shades no difference: stopping at them would point the answers out.
            w.show_notice(NO_FLAGS_WHILE_HIDDEN)
            return
        # In the reading view the aligned selection drives the highlights, so no switch is needed.
        self._show_navigable_view()
        if not w.aligned.next_difference(forward):
            w.show_notice("No more differences " + ("below." if forward else "above."))

    def go_flag(self, forward: bool) -> None:
        """F8 / Shift+F8: the next (previous) flag, from the find match when it is newer."""
        w = self.window
        if not w.marks_shown():
            w.show_notice(NO_FLAGS_WHILE_HIDDEN)
            return
        self._show_navigable_view()
        if w.single_article():
            self._go_single_flag(forward)
            return
        if w.aligned.next_flag(forward, start=self.find_anchor) is None:
            w.show_notice("No more flags " + ("below." if forward else "above."))

    def _go_single_flag(self, forward: bool) -> None:
        """F8 / Shift+F8 in the single-article view, as in the aligned view: with nothing
        selected the first (or the last) flag, and past either end a message, not a stop."""
        w = self.window
        lst = w.single.flag_list
        if not w.single.flags() and not w.single.headline_flags():
            w.show_notice("No flags shown in this article.")
            return
        current = lst.currentRow()
        comp = w.comparison
        if self.find_anchor is not None and comp is not None:
            # From the find match: the flag it is in, else the next (or previous) one.
            ids = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
            flags = [comp.flag_by_id(fid) for fid in ids]
            order = [(-1 if f.where == "title" else 0, 0, f.start, f.id) for f in flags if f]
            ends = {f.id: f.end for f in flags if f}
            target = flag_index_from(order, ends, self.find_anchor, forward)
        elif current < 0:
            target = 0 if forward else lst.count() - 1
        else:
            target = current + (1 if forward else -1)
        if 0 <= target < lst.count():
            lst.setCurrentRow(target)
        else:
            w.show_notice("No more flags " + ("below." if forward else "above."))

    def show_find(self) -> None:
        """Ctrl+F: open the find bar with its text selected, and find it in the view on screen."""
        bar = self.window.find_bar
        bar.show()
        bar.edit.setFocus()
        bar.edit.selectAll()
        self.refind()

    def find_in_comparison(self, text: str, forward: bool = True, again: bool = True) -> None:
        """Find in the view on screen (Aligned, Reading, the single article, or a tab that offers
        ``find_text``); a view that cannot search hands over to Aligned."""
        w = self.window
        view = self._view_on_screen()
        if not hasattr(view, "find_text"):
            w.set_view("aligned")
            view = w.aligned
        number, total = view.find_text(text, forward, again)
        w.find_bar.show_count(number, total)
        self.find_anchor = self._find_position(view)
        if finds_in_articles(w, view):
            self.found_at = place_of(w, view)

    def _find_position(self, view: QWidget) -> Match | None:
        """Where ``view``'s current find match is, as the aligned view counts: (row, column,
        offset), a headline's row -1; the single article is column 0. None without a match, or
        for a view whose matches are not in the text (the Overview)."""
        w = self.window
        comp = w.comparison
        if comp is None:
            return None
        if view is w.aligned:
            return w.aligned.find_match
        if view is w.single:
            match = w.single.find_match
            return None if match is None else (-1 if match[1] == HEADLINE else 0, 0, match[2])
        place = place_of(w, view) if view is w.reading else None
        return None if place is None else aligned_match(w, place)

    def refind(self) -> None:
        """Run the open find bar's search again in the view now on screen, if it can search (a
        view that cannot is left alone: the reader went there on purpose)."""
        bar = self.window.find_bar
        text = bar.edit.text()
        view = self._view_on_screen()
        if bar.isVisible() and text and hasattr(view, "find_text"):
            # Finding again in another view makes no match newer than a flag chosen since.
            newer = self.find_anchor is not None
            if self.found_at is not None:  # the same match, wherever this view counts it
                start_at(self.window, view, self.found_at)
            self.find_in_comparison(text, True, False)
            if not newer:
                self.find_anchor = None

    def _view_on_screen(self) -> QWidget:
        """The view the reader sees: the current tab, or the welcome panel with nothing open."""
        w = self.window
        here = w.stack.currentWidget()
        if here is w.tabs or here is None:
            return w.tabs.currentWidget() or w.aligned
        return here

    def end_find(self) -> None:
        """The find bar closed: no view keeps its matches marked, and the view has the focus."""
        w = self.window
        self.find_anchor = None
        self.found_at = None
        for view in (w.aligned, w.reading, w.single, *w.extra_views):
            clear = getattr(view, "clear_find", None)
            if clear is not None:
                clear()
        self._view_on_screen().setFocus()


__all__ = ["Navigator"]
