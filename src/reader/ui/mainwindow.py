"""The main window: it puts its parts together and connects them. It arranges; the controller
acts.

Left: the library sidebar. Centre: the legend strip (which is also the category filter), the find
bar and the workspace tabs (Aligned, the default; Reading; later Overview via
``add_workspace_tab``), or the single-article view when one article is open, or the welcome panel
when none is. Right: the details panel. Bottom: status, progress, cancel.

The parts are laid out in :mod:`reader.ui.window_layout`, :mod:`reader.ui.actions` and
:mod:`reader.ui.menus`. What the window does with them is in small helpers it owns, one concern
each: :mod:`~reader.ui.opening` (files, addresses, pasted text, recent files),
:mod:`~reader.ui.navigation` (F7, F8 and Find), :mod:`~reader.ui.edit_commands` (Copy and
Select All on the widget in focus), :mod:`~reader.ui.selection` (the views follow the selection),
:mod:`~reader.ui.view_filter` (the legend, Show Framing Marks, the outlets shown),
:mod:`~reader.ui.library_edits` (article details, renaming and deleting events) and
:mod:`~reader.ui.session` (what is kept between starts). This module keeps showing a comparison,
the tabs, the look and the status line, and the entry points app.py, :mod:`reader.ui.insights`
and the tests call, under the names they have always had.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from reader import APP_NAME, __version__
from reader.core.model import Article, Comparison
from reader.core.overview import FlagFilter
from reader.ui.actions import (
    ARTICLE_VIEW_TEXT,
    OPEN_TIPS,
    READING_VIEW_TEXT,
    WindowActions,
    describe_categories,
    tip_with_key,
)
from reader.ui.actor_steps import ActorSteps
from reader.ui.controller import Controller, Failure
from reader.ui.dialogs import (
    AboutBox,
    ArticleDetailsDialog,
    FailedFilesDialog,
    HelpDialog,
    key_names,
    reason_sentence,
)
from reader.ui.dock_buttons import size_title_buttons
from reader.ui.edit_commands import EditCommands
from reader.ui.insights import install as install_insights
from reader.ui.library_edits import LibraryEdits, delete_event_box
from reader.ui.menus import WindowMenus, build_toolbar, fill_remove_menu
from reader.ui.navigation import Navigator
from reader.ui.notices import notice_for
from reader.ui.opening import Opener, accepts_drop, dropped_paths
from reader.ui.selection import SelectionSync
from reader.ui.session import WindowSession
from reader.ui.theme import ThemeManager, ThemeMode, colours, default_font_size
from reader.ui.view_filter import ViewFilter
from reader.ui.window_layout import (
    CentreArea,
    SidePanels,
    StatusArea,
    behind_another_tab,
    keep_tab_names_whole,
    marks_hidden_tip,
)

MIN_FONT, MAX_FONT = 7.0, 28.0


#: How long a notice shows over the status line before the counts come back.
NOTICE_MS: Final = 6000
#: Most widgets Tab passes over in one press: more than any side panel holds.
MAX_TAB_SKIPS: Final = 64
#: What the window says when the library cannot be opened; the reason comes with it.
LIBRARY_DOWN: Final = "The library could not be opened, so the articles you open are not saved."


def keyboard_target(view: QWidget) -> QWidget:
    """The part of ``view`` that takes the keys: the view itself when it does (the aligned table),
    else its first text or page that does (the first column's text, one article's text, the
    overview's page). Not a link in a header, and not a list, which would make its first item
    current, and so chosen, as it took them."""
    if view.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return view
    part = view.nextInFocusChain()
    while part is not view and part is not None:  # Tab's order, which is the reading order
        if (
            isinstance(part, QAbstractScrollArea)
            and not isinstance(part, QAbstractItemView)
            and part.focusPolicy() & Qt.FocusPolicy.TabFocus
            and part.isEnabled()
            and view.isAncestorOf(part)
            and part.isVisibleTo(view)
        ):
            return part
        part = part.nextInFocusChain()
    return view


def tab_stops(view: QWidget) -> list[QWidget]:
    """The widgets of ``view`` that Tab stops at, in the order the window's focus chain has
    them: the view alone when it takes the keys itself (the aligned table), else its parts, in
    the view's own reading order when it names one (``tab_stops()``, as one article's view does:
    its text is made after its list of flags)."""
    if view.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [view]
    own = getattr(view, "tab_stops", None)
    if callable(own):
        return [part for part in own() if part.focusPolicy() & Qt.FocusPolicy.TabFocus]
    stops: list[QWidget] = []
    part = view.nextInFocusChain()
    while part is not view and part is not None:
        if view.isAncestorOf(part) and part.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(part)
        part = part.nextInFocusChain()
    return stops


class MainWindow(QMainWindow):
    """Parallax Reader's one window."""

    comparisonShown = Signal(object)  # Comparison | None, after every view is updated

    def __init__(
        self,
        controller: Controller,
        theme: ThemeManager | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.theme = theme
        self.settings = settings or QSettings()
        self.comparison: Comparison | None = None
        #: Set by --screenshot and --self-test: messages go to stderr instead of dialogs.
        self.headless = False
        #: Says once that the library could not be opened (see :meth:`library_failed`).
        self.library_box: QMessageBox | None = None
        self.extra_views: list[QWidget] = []
        self.navigator = Navigator(self)
        self.selection = SelectionSync(self)
        self.actor_steps = ActorSteps(self)
        self.library_edits = LibraryEdits(self)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")
        # The parts are kept under the names insights, app.py and the tests reach them by.
        centre = CentreArea(self)
        self.legend = centre.legend
        self.find_bar = centre.find_bar
        self.notice = centre.notice
        self.stack = centre.stack
        self.welcome = centre.welcome
        self.tabs = centre.tabs
        self.aligned = centre.aligned
        self.reading = centre.reading
        self.single = centre.single
        panels = SidePanels(self)
        self.sidebar = panels.sidebar
        self.sidebar_dock = panels.sidebar_dock
        self.details = panels.details
        self.details_dock = panels.details_dock
        self.session = WindowSession(self, self.settings, self.sidebar_dock)
        self.sidebar_dock.toggleViewAction().triggered.connect(self.session.library_toggled)
        status = StatusArea(self)
        self.status_label = status.status_label
        self.progress = status.progress
        self.cancel_button = status.cancel_button
        self.marks_hidden_label = status.marks_hidden_label
        acts = WindowActions(self, theme.mode if theme else "system")
        self.act_open = acts.act_open
        self.act_url = acts.act_url
        self.act_paste = acts.act_paste
        self.act_new = acts.act_new
        self.act_demo = acts.act_demo
        self.act_cancel = acts.act_cancel
        self.act_edit_details = acts.act_edit_details
        self.act_quit = acts.act_quit
        self.act_copy = acts.act_copy
        self.act_select_all = acts.act_select_all
        self.act_find = acts.act_find
        self.act_next_diff = acts.act_next_diff
        self.act_prev_diff = acts.act_prev_diff
        self.act_next_flag = acts.act_next_flag
        self.act_prev_flag = acts.act_prev_flag
        self.act_aligned = acts.act_aligned
        self.act_reading = acts.act_reading
        self.act_marks = acts.act_marks
        self.act_zoom_in = acts.act_zoom_in
        self.act_zoom_out = acts.act_zoom_out
        self.act_zoom_reset = acts.act_zoom_reset
        self.act_help = acts.act_help
        self.act_about = acts.act_about
        self.theme_group = acts.theme_group
        self.theme_actions = acts.theme_actions
        self.category_actions = acts.category_actions
        menus = WindowMenus(
            self.menuBar(),
            acts,
            self.sidebar_dock,
            self.details_dock,
            self.details.first_focus,
            self.sidebar.first_focus,
        )
        self.file_menu = menus.file_menu
        self.recent_menu = menus.recent_menu
        self.edit_menu = menus.edit_menu
        self.article_menu = menus.article_menu
        self.remove_menu = menus.remove_menu
        self.view_menu = menus.view_menu
        self.filter_menu = menus.filter_menu
        self.outlet_menu = menus.outlet_menu
        self.go_menu = menus.go_menu
        self.help_menu = menus.help_menu
        self.opener = Opener(self, controller, self.settings, self.recent_menu, self.show_notice)
        self.opener.rebuild_recent()
        self.toolbar = build_toolbar(self, acts)
        self.edit_commands = EditCommands(self, self.act_copy, self.act_select_all)
        self.view_filter = ViewFilter(self)
        self._connect()
        self.font_size = _as_float(self.settings.value("view/fontSize"), self._default_font_size())
        self.apply_font_size(self.font_size)
        if theme is not None:
            self._theme_changed(theme.dark)
        self.insights = install_insights(
            self
        )  # issue 5: Overview, Annotations, Tools > Lexicon, Export, Print
        self.name_keys()
        self.act_marks.changed.connect(self.name_keys)
        self.act_edit_details.changed.connect(self.name_keys)
        self._set_tab_order()
        self.session.restore()  # after the issue-5 dock exists, so its place is restored too
        size_title_buttons(self)  # every panel exists now, the Annotations one too
        self._watch_dock_tabs()
        self.refresh_library()
        self.show_comparison(None)

    # -- construction ---------------------------------------------------------------------------

    def _connect(self) -> None:
        """Connect the actions to the helpers that act on them, the views to each other and the
        controller's signals to the window. The order of connections to one signal is the
        order their slots run in."""
        c = self.controller
        c.flag_filter = self.flag_filter  # its status line counts what the window shows
        self.act_open.triggered.connect(self.opener.open_files_dialog)
        self.act_url.triggered.connect(self.opener.open_url_dialog)
        self.act_paste.triggered.connect(self.opener.paste_dialog)
        self.act_new.triggered.connect(self.new_comparison)
        self.act_demo.triggered.connect(lambda: c.open_demo(force=True))
        self.act_edit_details.triggered.connect(lambda: self.edit_article_details())
        self.welcome.open_button.clicked.connect(self.act_open.trigger)
        self.welcome.paste_button.clicked.connect(self.act_paste.trigger)
        self.welcome.url_button.clicked.connect(self.act_url.trigger)
        self.welcome.demo_button.clicked.connect(self.act_demo.trigger)
        self.aligned.header_view.editRequested.connect(self.library_edits.edit_column)
        self.sidebar.articleEditRequested.connect(self.edit_article_details)
        self.reading.editRequested.connect(self.edit_article_details)
        self.single.editRequested.connect(self.edit_article_details)
        self.act_quit.triggered.connect(self.close)
        nav = self.navigator
        self.act_find.triggered.connect(nav.show_find)
        self.act_next_diff.triggered.connect(lambda: nav.go_difference(True))
        self.act_prev_diff.triggered.connect(lambda: nav.go_difference(False))
        self.act_next_flag.triggered.connect(lambda: nav.go_flag(True))
        self.act_prev_flag.triggered.connect(lambda: nav.go_flag(False))
        self.act_aligned.triggered.connect(lambda: self.set_view("aligned"))
        self.act_reading.triggered.connect(lambda: self.set_view("reading"))
        self.act_zoom_in.triggered.connect(lambda: self.apply_font_size(self.font_size + 1))
        self.act_zoom_out.triggered.connect(lambda: self.apply_font_size(self.font_size - 1))
        self.act_zoom_reset.triggered.connect(
            lambda: self.apply_font_size(self._default_font_size())
        )
        self.act_help.triggered.connect(self.show_help)
        self.act_about.triggered.connect(self.show_about)
        self.theme_group.triggered.connect(lambda a: self.set_theme(a.data()))
        for a in self.category_actions.values():
            cat = str(a.data())
            a.toggled.connect(lambda on, cat=cat: self.legend.set_category(cat, on))
        self.legend.categoriesChanged.connect(self.view_filter.set_categories)
        self.legend.showMarksRequested.connect(lambda: self.act_marks.setChecked(True))
        self.act_marks.toggled.connect(self.view_filter.set_marks_shown)
        self.find_bar.findRequested.connect(nav.find_in_comparison)
        self.find_bar.closed.connect(nav.end_find)
        self.tabs.currentChanged.connect(lambda _i: nav.refind())
        self.tabs.currentChanged.connect(lambda _i: self._show_difference_key())
        self.tabs.currentChanged.connect(lambda _i: self.session.remember_view(self.current_view()))
        sel = self.selection
        self.aligned.rowSelected.connect(sel.row_selected)
        self.aligned.flagSelected.connect(sel.flag_selected)
        self.reading.flagClicked.connect(sel.reading_flag_clicked)
        self.aligned.currentFlagChanged.connect(self.reading.set_current_flag)
        self.aligned.currentFlagChanged.connect(sel.current_flag_changed)
        # A cell the user selects is newer than a find match: F8 goes on from the cell.
        self.aligned.selectionModel().currentChanged.connect(nav.forget_anchor)
        self.reading.rowRequested.connect(sel.reading_text_clicked)
        self.details.actorRequested.connect(self.actor_steps.go)
        header = self.aligned.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.view_filter.show_header_menu)
        self.single.flagSelected.connect(sel.flag_selected)
        self.sidebar.eventActivated.connect(c.open_event)
        self.sidebar.eventRenameRequested.connect(lambda ev: self.rename_event(ev))
        self.sidebar.eventDeleteRequested.connect(lambda ev: self.delete_event(ev))
        self.sidebar.articleActivated.connect(self.opener.open_library_article)
        self.sidebar.searchRequested.connect(lambda q: self.sidebar.set_results(q, c.search(q)))
        self.cancel_button.clicked.connect(c.stop)
        self.act_cancel.triggered.connect(c.stop)
        c.comparisonReady.connect(self.show_comparison)
        c.analysisStarted.connect(self._analysis_started)
        c.analysisProgress.connect(self._progress)
        c.analysisEnded.connect(self._analysis_ended)
        c.failures.connect(self.show_failures)
        c.crashed.connect(self.show_crash)
        c.message.connect(self.show_message)
        c.counts.connect(self.show_counts)
        c.libraryFailed.connect(self.library_failed)
        c.notice.connect(self.show_notice)
        c.news.connect(self.show_news)
        c.noticeWithdrawn.connect(self.statusBar().clearMessage)
        c.libraryChanged.connect(self.refresh_library)
        c.articlesChanged.connect(self._articles_changed)
        if self.theme is not None:
            self.theme.changed.connect(self._theme_changed)

    def _set_tab_order(self) -> None:
        """Tab reads the window left to right: library (its list, then its buttons), legend
        filters, views, the comparison, then the details. (Creation order would jump from the
        library to the details.)"""
        chain: list[QWidget] = [self.sidebar.search, self.sidebar.tree]
        chain += [self.sidebar.rename_button, self.sidebar.delete_button]
        chain += [self.legend.diff_chip, *self.legend.chips.values(), self.legend.quoted_chip]
        # The tab widget too, just before its tab bar: it hands focus to the bar, and left where
        # it was created (after the side panels) it took Tab from the last panel back to the
        # views, so the library and the legend were never reached.
        chain += [self.tabs, self.tabs.tabBar(), self.aligned, self.details.browser]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- extension points for other views (issue 5) --------------------------------------------

    def add_workspace_tab(self, widget: QWidget, title: str) -> int:
        """Add a view of the comparison (e.g. Overview) after Aligned and Reading.

        The view is kept in step by duck typing, so it needs no import of this module: when it has
        ``set_comparison(comp)``, ``set_dark(bool)`` or ``set_font(QFont)`` they are called whenever
        the comparison or the look changes, ``set_flag_filter(FlagFilter)`` whenever the legend or
        the outlets shown change, ``set_marks_shown(bool)`` with View › Show Framing Marks,
        ``set_marks_key(str)`` with that action's key as this system names it, and
        a ``claimActivated(str)`` signal (a claim group id or a lone claim id) jumps to that row
        of the aligned view.
        """
        self.extra_views.append(widget)
        activated = getattr(widget, "claimActivated", None)
        if activated is not None:
            activated.connect(self.selection.show_claim)
        counts = getattr(widget, "set_flag_filter", None)
        if counts is not None:
            counts(self.flag_filter())
        marks = getattr(widget, "set_marks_shown", None)
        if marks is not None:
            marks(self.marks_shown())
        marks_key = getattr(widget, "set_marks_key", None)
        if marks_key is not None:
            marks_key(key_names(self.act_marks))
        setter = getattr(widget, "set_comparison", None)
        if setter is not None and self.comparison is not None and len(self.comparison.articles) > 1:
            setter(self.comparison)
        index = self.tabs.addTab(widget, title)
        self._apply_look()
        return index

    # -- showing a comparison -----------------------------------------------------------------

    def show_comparison(self, comp: Comparison | None) -> None:
        keys_in_views = self._keys_in_views()
        if keys_in_views and (here := self.focusWidget()) is not None:
            here.clearFocus()  # else hiding it hands the keys to a list, which picks its first row
        self.comparison = comp
        self.navigator.forget_anchor()
        self.actor_steps.forget()
        self.details.set_comparison(comp)
        self.view_filter.new_comparison()
        if comp is None or not comp.articles:
            self.aligned.set_comparison(None)
            self.reading.set_comparison(None)
            self.single.set_comparison(None)
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle(APP_NAME)
        elif len(comp.articles) == 1:
            self._show_tabs(single=True)
            self.stack.setCurrentWidget(self.tabs)
            self.single.set_comparison(comp)
            self.aligned.set_comparison(None)
            self.reading.set_comparison(None)
            self.setWindowTitle(f"{comp.articles[0].outlet} — {APP_NAME}")
        else:
            # First, so the tabs have their size when the rows are fitted to the columns: a page
            # of the stack not on screen keeps the size it last had.
            self._show_tabs(single=False)
            self.stack.setCurrentWidget(self.tabs)
            self.aligned.set_comparison(comp)
            self.reading.set_comparison(comp)
            self.single.set_comparison(None)
            outlets = ", ".join(a.outlet for a in comp.articles[:4]) + (
                "…" if len(comp.articles) > 4 else ""
            )
            self.setWindowTitle(f"{outlets} — {APP_NAME}")
        self.legend.setVisible(comp is not None and bool(comp.articles))
        several = comp is not None and len(comp.articles) > 1
        self._show_difference_key()
        self.legend.show_present_in(comp)
        describe_categories(self.category_actions, len(comp.articles) if comp is not None else 0)
        notice = notice_for(comp)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        if comp is not None and comp.articles:
            self.session.remember_event(self.controller.event_id)
        self._update_open_tips()
        for view in self.extra_views:
            setter = getattr(view, "set_comparison", None)
            if setter is not None:
                setter(comp if comp is not None and comp.articles else None)
        self._apply_look()
        nav = comp is not None
        self.act_aligned.setEnabled(several)
        # One article's text is its Article view, on Ctrl+2 too; with nothing open, no view.
        self.act_reading.setEnabled(comp is not None and bool(comp.articles))
        for a in (self.act_find, self.act_edit_details):
            a.setEnabled(nav)
        if keys_in_views:
            self._keys_to_view()
        self.navigator.update_actions()
        self.edit_commands.update()  # the view in focus may have new rows, or none
        self.comparisonShown.emit(comp)

    def _keys_in_views(self) -> bool:
        """Whether the keyboard is in what a new comparison replaces: the welcome panel, the tab
        bar Qt hands the keys to when that panel hides, a view (whose rows or columns are about to
        go), or nowhere. The library's search box, the find bar or a note being typed keep it."""
        here = self.focusWidget()
        return here is None or any(
            here is w or w.isAncestorOf(here) for w in (self.welcome, self.tabs)
        )

    def _keys_to_view(self) -> None:
        """Give the keyboard to what is on screen now: the view's text or table, so the arrows
        move through it and Copy has something to copy, or the welcome panel's first button."""
        if self.stack.currentWidget() is self.tabs:
            keyboard_target(self.tabs.currentWidget()).setFocus()
        else:
            self.welcome.open_button.setFocus()

    def last_event_id(self) -> int | None:
        """The library event open when the app was last used; None after New Comparison."""
        return self.session.last_event_id()

    def last_view(self) -> str | None:
        """The view the last event was read in, which the next start reopens it in."""
        return self.session.last_view()

    def current_view(self) -> str:
        """The name :meth:`set_view` takes for the view on screen ("aligned", "article" ...);
        "" while no comparison is on screen."""
        if self.stack.currentWidget() is not self.tabs:
            return ""
        return self._view_name(self.tabs.currentIndex())

    def _view_name(self, index: int) -> str:
        """The name a tab's view goes by in :meth:`set_view`: its title, without the mnemonic."""
        return self.tabs.tabText(index).replace("&", "").lower()

    def new_comparison(self) -> None:
        """File > New Comparison: an empty window, and an empty one at the next start too."""
        self.controller.clear()
        self.session.forget_event()

    def _update_open_tips(self) -> None:
        """Say where opened articles go: into the user's comparison on screen, or (with nothing
        open, or the demo, which is never added to) into a new one."""
        adding = bool(self.controller.articles) and not self.controller.showing_demo
        where = "; it joins this comparison (New Comparison starts another)" if adding else ""
        for action, tip in OPEN_TIPS.items():
            getattr(self, action).setStatusTip(tip + where)
            getattr(self, action).setToolTip(tip_with_key(tip + where, getattr(self, action)))

    def _show_difference_key(self) -> None:
        """The key to different wording, where wording is shaded: the aligned view of two or more
        articles (one article has no other wording; the reading view and overview shade none)."""
        comp = self.comparison
        several = comp is not None and len(comp.articles) > 1
        self.legend.show_difference_key(several and self.tabs.currentWidget() is self.aligned)

    def single_article(self) -> bool:
        """One article is open alone: the Article and Overview tabs, not Aligned and Reading."""
        return self.comparison is not None and len(self.comparison.articles) == 1

    def _show_tabs(self, *, single: bool) -> None:
        """The tabs of one article alone (Article, Overview) or of a comparison (Aligned,
        Reading, Overview); a tab that steps aside while on screen gives way to the first."""
        before = self.tabs.currentWidget()
        # (A tab bar moves off a current tab it hides on its own, to whichever tab is next.)
        for widget, shown in (
            (self.single, single),
            (self.aligned, not single),
            (self.reading, not single),
        ):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), shown)
        if self.tabs.isTabVisible(self.tabs.indexOf(before)):
            self.tabs.setCurrentWidget(before)
        else:
            self.tabs.setCurrentWidget(self.single if single else self.aligned)
        # The View menu names the views the tab bar shows: one article's text is its Article
        # view (Ctrl+2, where the Reading view is), and there is no Aligned view to offer.
        self.act_reading.setText(ARTICLE_VIEW_TEXT if single else READING_VIEW_TEXT)
        self.act_aligned.setVisible(not single)
        # Differences are between outlets: one article has none, and a greyed "Difference ▶"
        # in its toolbar would ask a class what it is missing.
        for act in (self.act_next_diff, self.act_prev_diff):
            act.setVisible(not single)

    def set_view(self, view: str) -> bool:
        """Show the view named ``view`` ("aligned", "reading", "overview", "article"); False
        when the comparison on screen has no such view (Aligned for one article alone). With one
        article, "reading" is its Article tab: its text, read alone."""
        target: QWidget | None = {"aligned": self.aligned, "reading": self.reading}.get(view)
        if self.single_article() and view in ("reading", "article"):
            target = self.single
        if target is None:
            target = next(
                (
                    self.tabs.widget(i)
                    for i in reversed(range(self.tabs.count()))  # the latest of that name
                    if self._view_name(i) == view
                ),
                None,
            )
        if target is None or not self.tabs.isTabVisible(self.tabs.indexOf(target)):
            return False
        self.tabs.setCurrentWidget(target)
        return True

    # -- entry points that app.py, insights, the controller and the tests call ----------------

    def flag_selected(self, flag_id: str) -> None:
        self.selection.flag_selected(flag_id)

    def marks_shown(self) -> bool:
        return self.view_filter.marks_shown()

    def set_marks_shown(self, shown: bool) -> None:
        self.view_filter.set_marks_shown(shown)

    def shown_categories(self) -> set[str]:
        return self.view_filter.shown_categories()

    def flag_filter(self) -> FlagFilter:
        return self.view_filter.flag_filter()

    def set_outlet_visible(self, article_id: str, visible: bool) -> None:
        self.view_filter.set_outlet_visible(article_id, visible)

    def outlet_menu_for(self, column: int) -> QMenu | None:
        return self.view_filter.outlet_menu_for(column)

    def go_flag(self, forward: bool) -> None:
        self.navigator.go_flag(forward)

    def show_find(self) -> None:
        self.navigator.show_find()

    # -- library edits ------------------------------------------------------------------------

    def edit_article_details(self, article_id: str | None = None) -> ArticleDetailsDialog | None:
        """Open the Edit Article Details dialog (window-modal); Save stores and re-runs."""
        dlg = self.library_edits.details_dialog(article_id)
        if dlg is not None:
            self.details_dialog = dlg
            if not self.headless:
                dlg.open()
        return dlg

    def rename_event(self, event_id: int, name: str | None = None) -> bool:
        return self.library_edits.rename_event(event_id, name)

    def delete_event(self, event_id: int) -> bool:
        return self.library_edits.delete_event(event_id)

    def confirm_delete(self, name: str) -> bool:
        """Whether the user confirms deleting the event ``name``."""
        box, delete = delete_event_box(self, name)
        self.delete_box = box
        box.exec()
        return box.clickedButton() is delete

    # -- opening ------------------------------------------------------------------------------

    def open_paths(self, paths: list[Path]) -> None:
        self.opener.open_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accepts_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)
        else:
            event.ignore()

    def recent_files(self) -> list[str]:
        return self.opener.recent_files()

    # -- feedback -----------------------------------------------------------------------------

    def show_failures(self, failures: list[Failure]) -> None:
        if not failures:
            return
        self.failed_dialog = FailedFilesDialog(failures, self)
        self.failed_dialog.exec()

    def show_crash(self, summary: str, report: str) -> None:
        """A bug in a background job: save the work, then offer the report (never a traceback)."""
        from reader.ui.app import save_unsaved_notes  # app imports this module
        from reader.ui.dialogs import CrashDialog

        saved = self.controller.save_work() + save_unsaved_notes(self)
        self.crash_dialog = CrashDialog(summary, report, saved, self)
        if self.headless:
            import sys

            print(f"reader: {summary}", file=sys.stderr)
            return
        self.crash_dialog.show()

    def library_failed(self, reason: str) -> None:
        """The library could not be opened. A status line is gone with the first comparison,
        and the user would find out only the next day, when nothing they opened was kept; so a
        dialog says it once, and the Library panel for as long as the window is open. The
        store's "problem; what to do" reason is set out as sentences, as a file's is."""
        reason = reason_sentence(" ".join(reason.split()))
        self.sidebar.set_unavailable(LIBRARY_DOWN, reason)
        self.show_message(LIBRARY_DOWN)
        self.library_box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Library not available",
            LIBRARY_DOWN,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.library_box.setInformativeText(reason)
        # Once the window is up: this is asked while the window is being built.
        QTimer.singleShot(0, self._show_library_box)

    def _show_library_box(self) -> None:
        if self.library_box is not None and not self.headless:
            self.library_box.open()

    def show_message(self, text: str) -> None:
        """The status line: the comparison's counts, or what the window is doing."""
        self.status_label.setText(text)
        self.status_label.setToolTip("")  # a saved file's full path belongs to its own line

    def show_counts(self, line: str, where_saved: str) -> None:
        """The comparison's counts, with where it is saved said on hover."""
        self.status_label.setText(line)
        self.status_label.setToolTip(where_saved)

    def show_news(self, line: str, more: str = "") -> None:
        """The outcome of the user's last action on the library, ``more`` on hover. Any notice
        showing is older: left up, it hid how to undo a delete for its last seconds."""
        self.statusBar().clearMessage()
        self.status_label.setText(line)
        self.status_label.setToolTip(more)

    def show_saved(self, path: Path) -> None:
        """After "Saved report.html in Documents", the whole path on hover over that line."""
        self.status_label.setToolTip(f"Saved to {path}")

    def show_notice(self, text: str) -> None:
        """A passing word over the status line ("No more flags below."): the counts under it
        stay current while the legend or the outlets shown change, and come back by themselves."""
        self.statusBar().showMessage(text, NOTICE_MS)

    def _analysis_started(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.act_cancel.setEnabled(True)
        self.show_message("Analysing…")

    def _progress(self, label: str, fraction: float) -> None:
        self.progress.show()
        self.progress.setValue(int(fraction * 100))
        self.show_message(label + "…")

    def _analysis_ended(self, how: str) -> None:
        """Hide the progress bar and Cancel once nothing runs: after an analysis, or ("idle")
        after a read or fetch that started none."""
        if self.controller.busy:
            return
        self.progress.hide()
        self.cancel_button.hide()
        self.act_cancel.setEnabled(False)
        if how == "failed":
            self.show_message("The analysis failed.")

    def _articles_changed(self, articles: list[Article]) -> None:
        if not articles:
            self.show_message("")
        fill_remove_menu(
            self.remove_menu,
            [(a.id, a.outlet) for a in articles],
            self.controller.remove_article,
        )
        self._update_open_tips()

    def refresh_library(self) -> None:
        c = self.controller
        self.sidebar.set_events(c.library_events(), c.event_id, stored=c.stored_articles())

    def show_help(self) -> None:
        dlg = HelpDialog(self.theme.dark if self.theme else False, self.help_keys(), self)
        dlg.exec()

    def name_keys(self) -> None:
        """Name the keys of Show Framing Marks and Edit Article Details where notes and tips
        outside the menus mention them, read from the actions as the Help reads its keys: Cmd
        on a Mac, and a changed key is named as it now is."""
        marks, edit = key_names(self.act_marks), key_names(self.act_edit_details)
        self.legend.set_marks_key(marks)
        self.marks_hidden_label.setToolTip(marks_hidden_tip(marks))
        self.single.set_marks_key(marks)
        for view in self.extra_views:
            named = getattr(view, "set_marks_key", None)
            if named is not None:
                named(marks)
        self.aligned.aligned_model.set_edit_key(edit)

    def help_keys(self) -> dict[str, QAction]:
        """The actions whose keys the Help names, by their role in its Keys note: the Help reads
        each key from its action, so it says Cmd on a Mac and names a key as the menus do."""
        panels = self.insights.annotations
        return {
            "open": self.act_open,
            "url": self.act_url,
            "paste": self.act_paste,
            "new": self.act_new,
            "aligned": self.act_aligned,
            "reading": self.act_reading,
            "overview": self.insights.act_overview,
            "next_diff": self.act_next_diff,
            "prev_diff": self.act_prev_diff,
            "next_flag": self.act_next_flag,
            "prev_flag": self.act_prev_flag,
            "find": self.act_find,
            "copy": self.act_copy,
            "select_all": self.act_select_all,
            "zoom_in": self.act_zoom_in,
            "zoom_out": self.act_zoom_out,
            "zoom_reset": self.act_zoom_reset,
            "marks": self.act_marks,
            "library": self.sidebar_dock.toggleViewAction(),
            "rename_event": self.sidebar.rename_action,
            "delete_event": self.sidebar.delete_action,
            "details": self.details_dock.toggleViewAction(),
            "annotations": self.insights.annotations_dock.toggleViewAction(),
            "undo": self.insights.edit_undo.action,
            "redo": panels.redo_action,
            "edit_details": self.act_edit_details,
            "print": self.insights.exports.print_action,
            "help": self.act_help,
        }

    def show_about(self) -> AboutBox:
        box = AboutBox(APP_NAME, __version__, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- look ---------------------------------------------------------------------------------

    def _default_font_size(self) -> float:
        return default_font_size()

    def apply_font_size(self, size: float) -> None:
        self.font_size = max(MIN_FONT, min(MAX_FONT, float(size)))
        self.settings.setValue("view/fontSize", self.font_size)
        self._apply_look()

    def _apply_look(self) -> None:
        dark = self.theme.dark if self.theme else False
        font = QFont(self.font())
        font.setPointSizeF(self.font_size)
        self.aligned.set_dark(dark)
        self.aligned.set_font_size(self.font_size)
        self.reading.set_look(dark, font)
        self.single.set_look(dark, font)
        self.details.set_dark(dark)
        self.details.set_font(font)
        self.sidebar.set_font(font)
        keep_tab_names_whole(self)  # the panels' own least widths follow the text size
        self.legend.set_dark(dark)
        c = colours(dark)
        self.notice.setStyleSheet(
            f"#comparisonNotice {{ background: {c['diff']}; color: {c['text']};"
            f" border-bottom: 1px solid {c['border']}; }}"
        )
        for view in self.extra_views:
            set_dark = getattr(view, "set_dark", None)
            if set_dark is not None:
                set_dark(dark)
            set_font = getattr(view, "set_font", None)
            if set_font is not None:
                set_font(font)

    def set_theme(self, mode: ThemeMode) -> None:
        if self.theme is None:
            return
        self.theme.set_mode(mode)
        self.settings.setValue("view/theme", mode)
        self.theme_actions[mode].setChecked(True)

    def _theme_changed(self, dark: bool) -> None:
        """Every view and the Details panel are drawn again in the new colours; what is selected,
        explained or outlined stays as it was."""
        self._apply_look()

    # -- state --------------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """On a first start, fit the window to the screen (see :class:`WindowSession`)."""
        self.session.fit_to_screen()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab pass over the panel behind another's tab (its fields are out of
        sight), as they pass over a hidden one."""
        start = QApplication.focusWidget()
        into_view = self._view_tab_stop(start, next)
        if into_view is not None:
            reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            into_view.setFocus(reason)
            return True
        moved = super().focusNextPrevChild(next)
        for _ in range(MAX_TAB_SKIPS):
            now = QApplication.focusWidget()
            if not moved or now is None or now is start:
                break
            if not behind_another_tab(now) and not self._out_of_turn(start, now):
                break
            moved = super().focusNextPrevChild(next)
        return moved

    def _view_tab_stop(self, here: QWidget | None, forward: bool) -> QWidget | None:
        """Where Tab goes from the view tabs into the view on show, through it, and on to the
        Details, or None where the window's own order holds. The Reading columns, one article's
        text and the Overview's tables are made after that order was set, so Tab reached them
        last, after every side panel (Qt keeps a scroll area's place by its viewport, so moving
        them in the order did not hold)."""
        view = self.tabs.currentWidget()
        if here is None or view is None or not self.tabs.isVisible():
            return None
        stops: list[QWidget] = [self.tabs.tabBar()]
        stops += [w for w in tab_stops(view) if w.isVisible() and w.isEnabled()]
        if self.details.browser.isVisible() and not behind_another_tab(self.details.browser):
            stops.append(self.details.browser)
        if here not in stops:
            return None
        step = stops.index(here) + (1 if forward else -1)
        return stops[step] if 0 <= step < len(stops) else None

    def _out_of_turn(self, start: QWidget | None, now: QWidget) -> bool:
        """Whether the window's own order brought Tab into the view from a side panel: the view
        has its turn after the view tabs (see :meth:`_view_tab_stop`), not a second one after
        the last panel."""
        view = self.tabs.currentWidget()
        if view is None or start is None or now is view or not view.isAncestorOf(now):
            return False
        return not (start is self.tabs.tabBar() or view.isAncestorOf(start))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.session.fit_panels()
        keep_tab_names_whole(self)

    def _watch_dock_tabs(self) -> None:
        """Keep the panels' tab names whole (:func:`keep_tab_names_whole`) whenever the tabs
        may change: a panel moved, tabbed or undocked (the system's text size: changeEvent)."""
        self.tabifiedDockWidgetActivated.connect(self._fit_dock_tabs_soon)
        for dock in self.findChildren(QDockWidget):
            dock.dockLocationChanged.connect(self._fit_dock_tabs_soon)
            dock.topLevelChanged.connect(self._fit_dock_tabs_soon)
        self._fit_dock_tabs_soon()

    def _fit_dock_tabs_soon(self, *_: object) -> None:
        """Once the window has laid the panels out: it makes and fills its tab bars then."""
        QTimer.singleShot(0, self, lambda: keep_tab_names_whole(self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the tabs' names take another width
            self._fit_dock_tabs_soon()

    def save_state(self) -> None:
        self.session.save()

    def setVisible(self, visible: bool) -> None:
        """Make room before the first show: the window takes its panels' least width as it
        shows, so a panel that cannot fit must step aside before it does."""
        if visible and not self.isVisible():
            self.session.make_room_to_open()
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.cancel()
        self.save_state()
        super().closeEvent(event)


def _as_float(value: object, default: float) -> float:
    """A number from QSettings, which hands back strings from INI files."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


__all__ = ["MainWindow"]
