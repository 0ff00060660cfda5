"""Issue 5's additions to the main window, installed in one call: Overview, annotations, lexicon,
export and print.

The widgets (:mod:`reader.ui.overview`, :mod:`reader.ui.annotations`,
:mod:`reader.ui.lexicon_editor`, :mod:`reader.ui.export_actions`) know nothing of the window; this
module connects them to its public parts (tabs, menus, docks, views, controller signals), so the
window needs one line to get them all and each piece stays testable on its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QMenu, QScrollArea, QWidget

from reader.core.model import Comparison
from reader.ui.annotations import AnnotationsPanel
from reader.ui.delete_undo import EditUndo
from reader.ui.dock_buttons import PanelDock
from reader.ui.export_actions import ExportActions
from reader.ui.lexicon_editor import LexiconEditor
from reader.ui.overview import OverviewView
from reader.ui.selection_tracker import SelectionTracker
from reader.ui.window_layout import raise_when_behind

#: The annotations panel's least width at the usual text size.
ANNOTATIONS_WIDTH = 290


class PanelScroll(QScrollArea):
    """A frameless scroll area at least ``least`` wide and as wide as its panel's least width,
    for a side panel whose fields and buttons take more room than the window can give at large
    text sizes.

    Held to 290 px, the annotations panel squeezed its buttons until their words were cut
    ("Disput", "dd missed fla", "mport..") and its list to no row at all with a 20 pt system
    font, and its least height (478 px) held the whole window to 660 px or more. The panel then
    kept the room its own layout asks for and scrolled, sideways too: at 20 pt its category box
    was a few pixels wider than the panel's 290, which cut the right edge of every line. The
    area now asks for the panel's least width, followed whenever the panel's layout changes (a
    new text size), and scrolls only up and down, where the window has less room.
    """

    def __init__(self, panel: QWidget, least: int) -> None:
        super().__init__(panel.parentWidget())
        self.least = least
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the panel's fields, as before
        self.setWidget(panel)
        self.fit_width()

    def fit_width(self) -> None:
        panel = self.widget()
        need = panel.minimumSizeHint().width() if panel is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(self.least, need + bar))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_width()
        return super().eventFilter(watched, event)


def scrolling(panel: QWidget, width: int) -> QScrollArea:
    """``panel`` in a :class:`PanelScroll` at least ``width`` wide."""
    return PanelScroll(panel, width)


class Insights(QObject):
    """Holds the issue-5 widgets of one main window and keeps them in step with it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller

        self.overview = OverviewView(window.tabs)
        self.overview.setAccessibleName("Overview of the comparison")
        window.add_workspace_tab(self.overview, "&Overview")
        self.act_overview = QAction("&Overview", window)
        self.act_overview.setShortcut(QKeySequence("Ctrl+3"))
        self.act_overview.triggered.connect(lambda: window.set_view("overview"))
        window.addAction(self.act_overview)
        view_actions = window.view_menu.actions()
        window.view_menu.insertAction(
            view_actions[2] if len(view_actions) > 2 else None, self.act_overview
        )

        self.annotations = AnnotationsPanel(parent=window)
        self.annotations_dock = PanelDock("Annotations", window)
        self.annotations_dock.setObjectName("annotationsDock")
        self.annotations_dock.setWidget(scrolling(self.annotations, ANNOTATIONS_WIDTH))
        self.annotations_dock.setFeatures(window.details_dock.features())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
        window.tabifyDockWidget(window.details_dock, self.annotations_dock)
        window.details_dock.raise_()
        toggle = self.annotations_dock.toggleViewAction()
        toggle.setText("A&nnotations Panel")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        raise_when_behind(self.annotations_dock, self.annotations.first_focus)
        window.view_menu.addAction(toggle)
        # Edit › Undo is the window's (a deleted event, else an annotation change): the panel's
        # own Undo gives up Ctrl+Z to it, and keeps its button for annotations alone.
        self.edit_undo = EditUndo(window.controller, self.annotations.model.undo_stack, window)
        panel_undo, redo = self.annotations.actions_for_menu()
        panel_undo.setShortcut(QKeySequence())
        redo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.edit_menu.insertActions(
            window.edit_menu.actions()[0] if window.edit_menu.actions() else None,
            [self.edit_undo.action, redo],
        )
        self.tracker = SelectionTracker(self)
        self.tracker.selected.connect(self._selected)
        self.annotations.annotationActivated.connect(self.show_span)
        self.annotations.message.connect(window.show_message)
        self.annotations.notice.connect(window.show_notice)
        window.aligned.selectionModel().currentChanged.connect(self._cell_chosen)
        window.aligned.flagSelected.connect(self.annotations.set_flag)
        window.reading.flagClicked.connect(self.annotations.set_flag)
        window.single.flagSelected.connect(self.annotations.set_flag)

        self.exports = ExportActions(
            window,
            self.annotations.model.report_notes,
            shown=window.flag_filter,
            title=window.controller.given_event_name,
        )
        self.exports.add_to_menu(window.file_menu, before=window.act_quit)
        self.exports.message.connect(window.show_message)
        self.exports.exported.connect(lambda _kind, path: window.show_saved(path))

        self.tools_menu = QMenu("&Tools", window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.tools_menu)
        self.act_lexicon = QAction("&Lexicon…", window)
        self.act_lexicon.setStatusTip("Browse the framing lexicon and add your own words")
        self.act_lexicon.triggered.connect(self.open_lexicon)
        self.tools_menu.addAction(self.act_lexicon)
        self.lexicon_editor: LexiconEditor | None = None

        window.comparisonShown.connect(self.comparison_shown)
        self.annotations.model.changed.connect(self.paint_notes)
        self.comparison_shown(window.comparison)

    def comparison_shown(self, comp: Comparison | None) -> None:
        """After every view has the new comparison: annotations, selection tracking, exports,
        and View › Overview (Ctrl+3), which has nothing to show with nothing open."""
        self.act_overview.setEnabled(comp is not None and bool(comp.articles))
        library = self.controller.lib() if comp is not None else None
        event_id = self.controller.event_id if comp is not None else None
        self.annotations.set_event(library, event_id, comp)
        self.exports.set_comparison(comp)
        self.tracker.track(self._panes())
        self.paint_notes()

    def _panes(self) -> list[Any]:
        panes = list(self.window.reading.panes)
        if self.window.single.pane is not None:
            panes.append(self.window.single.pane)
        return panes

    def paint_notes(self) -> None:
        """Mark the annotated words in the text panes (the annotations of the open event)."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for a in self.annotations.model.annotations:
            if a.article_id and a.start is not None and a.end is not None:
                spans.setdefault(a.article_id, []).append((a.start, a.end))
        for pane in self._panes():
            pane.set_note_spans(spans.get(pane.article.id, []))

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A cell of the aligned view: its claim(s) become what the next annotation is about.

        The aligned view shows claims, not editable text, so the claim is the unit there; finer
        spans are selected in the Reading view. A click on a flag arrives after this and wins.
        """
        comp = self.window.comparison
        rows = self.window.aligned.aligned_model.rows
        if comp is None or not current.isValid() or not 0 <= current.row() < len(rows):
            return
        if not 0 <= current.column() < len(comp.articles):
            return
        article = comp.articles[current.column()]
        claims = rows[current.row()].cells.get(article.id, ())
        if claims:
            self.annotations.set_selection(
                article.id, min(c.start for c in claims), max(c.end for c in claims)
            )

    def _selected(self, article_id: str, start: int, end: int) -> None:
        self.annotations.set_selection(article_id, start, end)

    def show_span(self, article_id: str, start: int, end: int) -> None:
        """Show what an annotation is about: its words marked in the reading (or single) view."""
        w = self.window
        dark = w.theme.dark if w.theme is not None else False
        if w.single_article() and w.single.pane is not None:
            w.set_view("article")
            w.single.pane.mark([(start, end)], dark)
            return
        w.set_view("reading")
        for pane in w.reading.panes:
            pane.mark([(start, end)] if pane.article.id == article_id else [], dark)

    def open_lexicon(self) -> LexiconEditor:
        editor = LexiconEditor(self.controller.lib(), self.window)
        editor.rerunRequested.connect(self.rerun)
        self.lexicon_editor = editor
        editor.open()
        return editor

    def rerun(self) -> None:
        """Analyse the open articles again; the controller picks up the edited user lexicon."""
        if self.controller.articles:
            self.controller.analyse()


def install(window: Any) -> Insights:
    """Add the Overview tab, the Annotations panel, Tools > Lexicon and File > Export / Print."""
    insights = Insights(window)
    window.insights = insights
    return insights


__all__ = ["ANNOTATIONS_WIDTH", "Insights", "install", "scrolling"]
