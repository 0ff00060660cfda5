"""The main window's widgets, laid out: the centre, the side panels and the status bar.

Layout only, so the window's own module is left with what connects them. Each part is made with
the window as its parent, in the order the window has always made them (the order sets the
keyboard focus chain where the window sets no tab order of its own).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.ui.aligned import AlignedView
from reader.ui.details import DetailsPanel
from reader.ui.dock_buttons import PanelDock
from reader.ui.findbar import FindBar
from reader.ui.legend import LegendStrip
from reader.ui.notices import MARKS_HIDDEN_TEXT
from reader.ui.reading import ReadingView
from reader.ui.sidebar import LibrarySidebar
from reader.ui.single_article import SingleArticleView
from reader.ui.status_line import NoticeBar, StatusLine
from reader.ui.welcome import WelcomePanel


class CentreArea:
    """The centre: the legend strip (also the category filter), the find bar, the notice line
    and, stacked, the welcome panel or the workspace tabs (Aligned, Reading, and Article for one
    article alone)."""

    def __init__(self, window: QMainWindow) -> None:
        central = QWidget(window)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.legend = LegendStrip(central)
        layout.addWidget(self.legend)
        self.find_bar = FindBar(central)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        # A one-line note on what the comparison cannot show (no claim lines up), hidden otherwise.
        self.notice = QLabel(central)
        self.notice.setObjectName("comparisonNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(10, 6, 10, 6)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.stack = QStackedWidget(central)
        self.welcome = WelcomePanel(central)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Views of the comparison")
        self.aligned = AlignedView(self.tabs)
        self.reading = ReadingView(self.tabs)
        self.tabs.addTab(self.aligned, "&Aligned")
        self.tabs.addTab(self.reading, "&Reading")
        # One article alone is read in a tab of its own, beside the Overview (its framing
        # profile and headline); Aligned and Reading, which compare, step aside for it.
        self.single = SingleArticleView(self.tabs)
        self.tabs.addTab(self.single, "A&rticle")
        self.tabs.setTabVisible(self.tabs.indexOf(self.single), False)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        window.setCentralWidget(central)


class SidePanels:
    """The library panel on the left and the details panel on the right, as closable, movable
    docks."""

    def __init__(self, window: QMainWindow) -> None:
        self.sidebar = LibrarySidebar(window)
        self.sidebar_dock = PanelDock("Library", window)
        self.sidebar_dock.setObjectName("libraryDock")
        self.sidebar_dock.setWidget(self.sidebar)
        self.sidebar_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar_dock)
        self.details = DetailsPanel(window)
        self.details_dock = PanelDock("Details", window)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.details_dock.setFeatures(self.sidebar_dock.features())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        window.resizeDocks(
            [self.sidebar_dock, self.details_dock], [230, 320], Qt.Orientation.Horizontal
        )


def behind_another_tab(widget: QWidget) -> bool:
    """Whether ``widget`` is in a side panel docked behind another panel's tab (Annotations
    behind Details). Qt does not hide such a panel, it moves it out of sight, so Tab would
    still take the keys into fields no one can see."""
    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return isinstance(parent, QDockWidget) and _out_of_sight(parent)


def raise_when_behind(dock: QDockWidget, focus: Callable[[], QWidget] | None = None) -> None:
    """Make the panel's View-menu entry and key bring it to the front: when it is docked behind
    another panel's tab (Annotations behind Details), instead of closing it, and when it was
    closed, in front of the panel whose tab it shares, not back behind it out of sight.

    Qt counts a panel behind a tab as shown, so its own toggle closed the panel a user asked
    to see. The toggle says "unchecked" before the dock acts on it; re-checking it then turns
    the dock's own step into nothing, and the panel is raised instead.

    With ``focus``, the widget it names takes the keyboard once the panel is in front: a reader
    who called the panel by its key means to use it, and the focus left in a view went on moving
    that view's rows instead.
    """
    action = dock.toggleViewAction()

    def toggled(checked: bool) -> None:
        if not checked and not dock.isHidden() and _out_of_sight(dock):
            action.setChecked(True)

    def triggered(checked: bool) -> None:
        if checked:
            dock.raise_()
            if focus is not None:
                focus().setFocus(Qt.FocusReason.ShortcutFocusReason)

    action.toggled.connect(toggled)
    action.triggered.connect(triggered)


def keep_tab_names_whole(window: QMainWindow) -> None:
    """Give each panel docked behind tabs (Details and Annotations) at least the width its tab
    bar takes with every name whole, or its own least width when that is more.

    With a 20 pt system font the panels' usual 320 px fell a pixel short of both names and Qt
    elided the first ("Deta…"). The panels' own minimums keep their text readable; this keeps
    the names of the tabs that switch between them. A panel no longer behind tabs (undocked,
    or docked alone) is given back its own minimum.
    """
    bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    need: dict[str, int] = {}
    for bar in bars:
        if bar.isHidden():
            continue  # a tab bar the window keeps for later
        for i in range(bar.count()):
            need[bar.tabText(i)] = max(need.get(bar.tabText(i), 0), bar.sizeHint().width())
    for dock in window.findChildren(QDockWidget):
        tabs = 0 if dock.isFloating() else need.get(dock.windowTitle(), 0)
        if tabs:
            dock.setMinimumWidth(0)  # to read the panel's own least width afresh
            tabs = max(tabs, dock.minimumSizeHint().width())
        if dock.minimumWidth() != tabs:
            dock.setMinimumWidth(tabs)


def _out_of_sight(dock: QDockWidget) -> bool:
    """Whether a shown, docked panel takes no room on screen: it is behind another's tab."""
    return dock.isVisible() and not dock.isFloating() and dock.visibleRegion().isEmpty()


class StatusArea:
    """The status bar: the status line, and at its right whether the marks are hidden, the
    analysis's progress and its Cancel button (those three shown only when they apply)."""

    def __init__(self, window: QMainWindow) -> None:
        # Its passing notices are cut with an ellipsis too, as Qt's own bar clipped them.
        bar = NoticeBar(window)
        window.setStatusBar(bar)
        # Cut with an ellipsis, the whole line in its tooltip: a QLabel's text ran off the edge.
        self.status_label = StatusLine(window)
        self.status_label.setAccessibleName("Status")
        bar.addWidget(self.status_label, 1)
        self.progress = QProgressBar(window)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Analysis progress")
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel", window)
        self.cancel_button.setAccessibleName("Cancel the analysis")
        self.cancel_button.hide()
        # Says so for as long as View › Show Framing Marks is off, whatever the status line says.
        self.marks_hidden_label = QLabel(MARKS_HIDDEN_TEXT, window)
        self.marks_hidden_label.setObjectName("muted")
        self.marks_hidden_label.setAccessibleName(MARKS_HIDDEN_TEXT)
        self.marks_hidden_label.setToolTip(marks_hidden_tip(""))  # the window names the key
        self.marks_hidden_label.hide()
        bar.addPermanentWidget(self.marks_hidden_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)


def marks_hidden_tip(key: str) -> str:
    """The status bar's marks-hidden tip: how to show them, with the action's key when it has one
    (Cmd on a Mac, where hand-written "Ctrl" named a key the window does not answer)."""
    return "View › Show Framing Marks" + (f" ({key})" if key else "") + " shows them"


__all__ = [
    "CentreArea",
    "SidePanels",
    "StatusArea",
    "behind_another_tab",
    "keep_tab_names_whole",
    "marks_hidden_tip",
    "raise_when_behind",
]
