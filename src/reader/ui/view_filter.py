"""What the views show: the legend's categories, View › Show Framing Marks and the outlets not
hidden, and the counts that follow them.

One window's choices, kept here so every view, the Details panel, the Overview, the status line
and the reports (through :meth:`ViewFilter.flag_filter`) draw and count with the same filter. The
legend strip and View › Show Flags and Show Outlets are the controls; this keeps them in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.core.overview import FlagFilter
from reader.ui.controller import summary
from reader.ui.legend import legend_filter
from reader.ui.notices import NO_FLAGS_WHILE_HIDDEN

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

#: What the views show with View › Show Framing Marks off: nothing, a clean copy to hand out.
#: No flag, no shaded wording or "reworded" caption, no "Only in …" bar: any of them would give
#: the exercise's answers away. The rows stay lined up, so the outlets still read side by side.
MARKS_OFF: frozenset[str] = frozenset()


class ViewFilter:
    """The categories, marks and outlets one main window shows."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: The legend's choices, kept while View › Show Framing Marks hides every mark.
        self.legend_categories: set[str] = window.legend.categories()
        self.hidden_outlets: set[str] = set()
        #: What the Overview and the status line last counted (see :meth:`flag_filter`).
        self.counted: FlagFilter = self.flag_filter()
        self.header_menu: QMenu | None = None

    def new_comparison(self) -> None:
        """A comparison comes on screen with every outlet shown: Show Outlets lists its outlets
        and the counts are of all of them."""
        self.hidden_outlets = set()
        self.counts_changed()
        self.rebuild_outlets()

    def set_categories(self, categories: set[str]) -> None:
        """The legend's choices changed: the menu follows, and the views unless every mark is
        hidden (View › Show Framing Marks), when the choices wait until marks are shown again."""
        self.legend_categories = set(categories)
        for cat, a in self.window.category_actions.items():
            a.blockSignals(True)
            a.setChecked(cat in categories)
            a.blockSignals(False)
        self._show_categories()

    def marks_shown(self) -> bool:
        """Whether View › Show Framing Marks is on."""
        return self.window.act_marks.isChecked()

    def set_marks_shown(self, shown: bool) -> None:
        """View › Show Framing Marks: hide every framing mark in every view, or show again exactly
        the categories the legend chose. The legend greys its chips and says the marks are hidden,
        and so does the status bar."""
        w = self.window
        if w.act_marks.isChecked() != shown:
            w.act_marks.setChecked(shown)  # comes back here through toggled
            return
        w.legend.set_marks_shown(shown)
        w.filter_menu.setEnabled(shown)
        w.marks_hidden_label.setVisible(not shown)
        # A clean copy says nothing of flags, not even how many are hidden where.
        w.details.set_clean(not shown)
        w.single.set_clean(not shown)
        for view in w.extra_views:
            marks = getattr(view, "set_marks_shown", None)
            if marks is not None:
                marks(shown)
        self._show_categories()
        if shown and w.statusBar().currentMessage() == NO_FLAGS_WHILE_HIDDEN:
            w.statusBar().clearMessage()  # no longer true: the counts show again

    def shown_categories(self) -> set[str]:
        """What the views show: the legend's categories (with its Speakers' words key), or no
        framing category while View › Show Framing Marks is off."""
        return set(self.legend_categories) if self.marks_shown() else set(MARKS_OFF)

    def _show_categories(self) -> None:
        """Every view draws the categories now shown, and what counts them counts again."""
        w = self.window
        categories = self.shown_categories()
        w.aligned.set_categories(categories)
        w.reading.set_categories(categories)
        w.single.set_categories(categories)
        w.details.set_categories(categories)
        self.counts_changed()
        w.navigator.update_actions()

    def flag_filter(self) -> FlagFilter:
        """What the views show, for what counts them (the Overview, the status line) and the
        reports File › Export and Print make: the categories and speakers' words the legend
        shows (none with every mark hidden) and the outlets not hidden."""
        return legend_filter(self.shown_categories(), self.hidden_outlets)

    def counts_changed(self) -> None:
        """The legend or the outlets shown changed: the views that count flags count again, and
        a status line that holds the comparison's counts is brought up to date (any other
        message is left as it is)."""
        w = self.window
        now = self.flag_filter()
        before, self.counted = self.counted, now
        if now == before:
            return
        for view in w.extra_views:
            setter = getattr(view, "set_flag_filter", None)
            if setter is not None:
                setter(now)
        comp, text = w.comparison, w.status_label.text()
        if comp is not None and text:
            old = summary(comp, before)
            if old in text:
                w.status_label.setText(text.replace(old, summary(comp, now)))

    def set_outlet_visible(self, article_id: str, visible: bool) -> None:
        """View › Show Outlets: show or hide one outlet's column and pane, and count without it."""
        w = self.window
        if visible:
            self.hidden_outlets.discard(article_id)
        else:
            self.hidden_outlets.add(article_id)
        w.aligned.set_hidden_outlets(self.hidden_outlets)
        w.reading.set_hidden_outlets(self.hidden_outlets)
        self._keep_one_shown()
        self.counts_changed()
        w.navigator.update_actions()
        shown = w.details.shown_flag
        if not visible and shown is not None and shown.article == article_id:
            # A hidden outlet's flag is neither current nor explained: F8 could not reach it.
            w.aligned.current_flag = None
            w.reading.set_current_flag(None)
            w.details.show_placeholder()

    def show_header_menu(self, pos: QPoint) -> None:
        """Right-click on an outlet's header: hide its column, or take it out of the comparison."""
        header = self.window.aligned.horizontalHeader()
        menu = self.outlet_menu_for(header.logicalIndexAt(pos))
        if menu is not None:
            menu.popup(header.mapToGlobal(pos))

    def outlet_menu_for(self, column: int) -> QMenu | None:
        """The menu of the outlet in ``column``: edit its details, hide it, or remove it."""
        w = self.window
        if w.comparison is None or not 0 <= column < len(w.comparison.articles):
            return None
        art = w.comparison.articles[column]
        menu = QMenu(w)
        edit = menu.addAction("Edit Article Details…")
        edit.triggered.connect(lambda: w.edit_article_details(art.id))
        menu.addSeparator()
        hide = menu.addAction(f"Hide {art.outlet}")
        hide.triggered.connect(lambda: self._outlet_action(art.id).setChecked(False))
        hide.setEnabled(self._outlet_action(art.id).isEnabled())
        remove = menu.addAction(f"Remove {art.outlet} from the Comparison")
        remove.triggered.connect(lambda: w.controller.remove_article(art.id))
        self.header_menu = menu
        return menu

    def _outlet_action(self, article_id: str) -> QAction:
        comp = self.window.comparison
        assert comp is not None
        index = [a.id for a in comp.articles].index(article_id)
        return self.window.outlet_menu.actions()[index]

    def rebuild_outlets(self) -> None:
        """View › Show Outlets lists the outlets on screen, all shown (none for one alone)."""
        menu, comp = self.window.outlet_menu, self.window.comparison
        menu.clear()
        if comp is None:
            menu.setEnabled(False)
            return
        menu.setEnabled(len(comp.articles) > 1)
        for art in comp.articles:
            a = QAction(art.outlet, menu)
            a.setCheckable(True)
            a.setChecked(True)
            a.toggled.connect(lambda on, aid=art.id: self.set_outlet_visible(aid, on))
            menu.addAction(a)
        self._keep_one_shown()

    def _keep_one_shown(self) -> None:
        """The last outlet shown cannot be hidden: a comparison with no column left would show
        nothing and say nothing about why."""
        actions = self.window.outlet_menu.actions()
        shown = [a for a in actions if a.isChecked()]
        for a in actions:
            a.setEnabled(not (len(shown) == 1 and a.isChecked()))


__all__ = ["MARKS_OFF", "ViewFilter"]
