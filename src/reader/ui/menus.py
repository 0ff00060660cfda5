"""The main window's menu bar and toolbar, laid out from its actions (:mod:`reader.ui.actions`).

Layout only: which action sits in which menu, in what order, and what the toolbar shows. The
window fills the menus that change (Open Recent, Show Outlets, Remove from Comparison) and connects
the actions; later
additions (:mod:`reader.ui.insights`) insert into these menus by their attribute names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar, QToolBar, QWidget

from reader.ui.actions import WindowActions
from reader.ui.legend import DIFFERENCES
from reader.ui.toolbar_overflow import OverflowOrder, show_overflow_button
from reader.ui.window_layout import raise_when_behind


class WindowMenus:
    """The menus of the menu bar, built in the order they appear, with the panels' toggles."""

    def __init__(
        self,
        bar: QMenuBar,
        acts: WindowActions,
        library_dock: QDockWidget,
        details_dock: QDockWidget,
        details_focus: Callable[[], QWidget] | None = None,
        library_focus: Callable[[], QWidget] | None = None,
    ) -> None:
        self.file_menu = bar.addMenu("&File")
        for a in (acts.act_open, acts.act_url, acts.act_paste):
            self.file_menu.addAction(a)
        self.recent_menu = self.file_menu.addMenu("Open &Recent")
        self.file_menu.addSeparator()
        self.file_menu.addAction(acts.act_new)
        self.file_menu.addAction(acts.act_demo)
        self.file_menu.addSeparator()
        self.file_menu.addAction(acts.act_quit)
        self.edit_menu = bar.addMenu("&Edit")
        self.edit_menu.addSeparator()  # after Undo and Redo, which the Annotations panel adds
        self.edit_menu.addAction(acts.act_copy)
        self.edit_menu.addAction(acts.act_select_all)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(acts.act_find)
        self.article_menu = bar.addMenu("&Article")
        self.article_menu.addAction(acts.act_edit_details)
        self.remove_menu = self.article_menu.addMenu("&Remove from Comparison")
        self.remove_menu.setEnabled(False)
        self.article_menu.addSeparator()
        self.article_menu.addAction(acts.act_cancel)
        self.view_menu = bar.addMenu("&View")
        for a in (acts.act_aligned, acts.act_reading):
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        for a in (acts.act_zoom_in, acts.act_zoom_out, acts.act_zoom_reset):
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        self.view_menu.addAction(acts.act_marks)
        self.filter_menu = self.view_menu.addMenu("Show &Flags")
        for cat, a in acts.category_actions.items():
            if cat == DIFFERENCES:
                self.filter_menu.addSeparator()  # marks of wording and speech, not framing kinds
            self.filter_menu.addAction(a)
        self.outlet_menu = self.view_menu.addMenu("Show &Outlets")
        theme_menu = self.view_menu.addMenu("&Theme")
        for a in acts.theme_actions.values():
            theme_menu.addAction(a)
        self.view_menu.addSeparator()
        for dock, text, key in (
            (library_dock, "&Library Panel", "Ctrl+Shift+L"),
            (details_dock, "D&etails Panel", "Ctrl+Shift+D"),
        ):
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            toggle.setShortcut(QKeySequence(key))
            self.view_menu.addAction(toggle)
        raise_when_behind(library_dock, library_focus)
        raise_when_behind(details_dock, details_focus)  # Annotations shares its place
        self.go_menu = bar.addMenu("&Go")
        for a in (acts.act_next_diff, acts.act_prev_diff, acts.act_next_flag, acts.act_prev_flag):
            self.go_menu.addAction(a)
        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addAction(acts.act_help)
        self.help_menu.addAction(acts.act_about)


def fill_remove_menu(
    menu: QMenu, outlets: Sequence[tuple[str, str]], remove: Callable[[str], None]
) -> None:
    """Article › Remove from Comparison: one entry per open article, as (id, outlet). The
    column header's menu does the same, but only for the mouse and only in the Aligned view."""
    menu.clear()
    for article_id, outlet in outlets:
        action = menu.addAction(outlet.replace("&", "&&"))
        action.triggered.connect(lambda _=False, aid=article_id: remove(aid))
    menu.setEnabled(bool(outlets))


def build_toolbar(window: QMainWindow, acts: WindowActions) -> QToolBar:
    """The toolbar: the ways in, then the arrows through differences and flags, then Find."""
    tb = window.addToolBar("Main")
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.setIconSize(QSize(18, 18))
    for a in (acts.act_new, acts.act_open, acts.act_paste, acts.act_url):
        tb.addAction(a)
    tb.addSeparator()
    acts.act_prev_diff.setIconText("◀ Difference")
    acts.act_next_diff.setIconText("Difference ▶")
    acts.act_prev_flag.setIconText("◀ Flag")
    acts.act_next_flag.setIconText("Flag ▶")
    for a in (acts.act_prev_diff, acts.act_next_diff, acts.act_prev_flag, acts.act_next_flag):
        tb.addAction(a)
    tb.addSeparator()
    tb.addAction(acts.act_find)
    show_overflow_button(tb, window)  # what does not fit stays in reach at any text size
    # Too narrow, the ways in a reader uses least go behind "»" before the arrows do.
    OverflowOrder(tb, (acts.act_url, acts.act_paste))
    return tb


__all__ = ["WindowMenus", "build_toolbar"]
