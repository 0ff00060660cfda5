"""The library sidebar: events with their articles, and a search box over the full text.

The selected event can be renamed or deleted with the buttons under the list, or with F2 and
Delete while the list has the keyboard, as well as from its context menu: a right click was
the only way, which neither a keyboard user nor a first-time reader finds.

It only lists what the library returns and reports what the user picked; opening is the controller's
job. Records are read by attribute so the sidebar works with any record the library hands out.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.event_names import two_line_name
from reader.ui.wrapped_delegate import WrappedItemDelegate

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: An event's whole name (or an article's whole row) and an event's number of articles, which
#: the list shows cut to fit.
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4
#: The keys of Rename… and Delete… while the events list has the keyboard (as a file manager's).
#: Named, not made: a QKeySequence made on import, before the application, crashed the app.
RENAME_KEY = "F2"
DELETE_KEY = QKeySequence.StandardKey.Delete
#: The panel's least width at the usual text size.
MIN_WIDTH = 190
#: The average characters of the list's text the panel keeps room for at any text size: at the
#: largest zoom its 190 px cut every event and article to its first word ("Port…", "The…").
MIN_CHARS = 16


def delete_keys(platform: str = sys.platform) -> list[QKeySequence]:
    """The keys that delete the selected event: the platform's Delete, and on a Mac also the key
    its keyboard labels "delete" (Qt's Backspace) and Finder's Cmd+Backspace, since most Mac
    keyboards have no forward Delete key at all."""
    keys = [QKeySequence(DELETE_KEY)]
    if platform == "darwin":
        keys += [QKeySequence("Backspace"), QKeySequence("Ctrl+Backspace")]
    return keys


def _field(record: Any, name: str, default: Any = None) -> Any:
    if isinstance(record, dict):
        return record.get(name, default)
    return getattr(record, name, default)


def count_text(n: int) -> str:
    """The article count the list shows at the right of an event's name."""
    return str(n)


def article_text(article: Any) -> str:
    """An article's row under its event: its outlet first, then its headline."""
    title = _field(article, "title") or ""
    return f"{_field(article, 'outlet', '?')}" + (f" — {title}" if title else "")


def drawn_whole(metrics: QFontMetrics, width: int) -> Callable[[str], bool]:
    """Whether a line is drawn whole in ``width``, as elidedText (which draws it) decides: at
    exactly the width horizontalAdvance said "Meridian Press — Teravia's" fitted, and the row
    was then painted "Meridian Press — Teravi…"."""
    return lambda text: metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) == text


def event_tip(name: str, n: int, articles: list[Any]) -> str:
    """An event's tip: its name in full, or the whole headline it was cut from, and its count."""
    first = str(_field(articles[0], "title") or "") if articles else ""
    opening = name.removesuffix("…")
    whole = first if name.endswith("…") and first.startswith(opening) else name
    return f"{whole}\n{n} article{'s' if n != 1 else ''}"


class EventNameDelegate(QStyledItemDelegate):
    """Shows an event as its name's opening words on up to two lines, wrapped and then cut
    after a whole word to the panel's width (:func:`~reader.ui.event_names.two_line_name`),
    with its number of articles at the right of the first line, muted: always in sight, and
    never read as part of the name ("… (2)"). An article's row (its outlet, then its headline)
    is wrapped and cut the same way: "Unknown outlet — Frenc…" said nothing of the headline it
    began, and at the largest zoom one line held "The…" alone. A row is as tall as its lines,
    one or two, so every two-line row is as tall as the others."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        name = index.data(NAME_ROLE)
        room = self._text_width(option, index)
        if name is None or room <= 0:
            return
        metrics = option.fontMetrics
        first = room - self._count_width(option, index)
        lines = two_line_name(str(name), drawn_whole(metrics, first), drawn_whole(metrics, room))
        option.text = "\n".join(lines)
        option.textElideMode = Qt.TextElideMode.ElideRight

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """One line's height more for a name on two lines: the style measures one line only."""
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        extra = opt.text.count("\n") * self._line_height(opt)
        return QSize(size.width(), size.height() + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = opt.text.split("\n")
        if len(lines) > 1:
            opt.text = ""  # the style draws the row, the lines are written here
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setFont(opt.font)
        if len(lines) > 1:
            self._write_lines(painter, opt, lines)
        count = index.data(COUNT_ROLE)
        if index.data(NAME_ROLE) is not None and count is not None:
            painter.setPen(opt.palette.color(self._group(opt), self._count_role(opt)))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(self._first_line_rect(opt, len(lines)), align, count_text(int(count)))
        painter.restore()

    def _write_lines(
        self, painter: QPainter, option: QStyleOptionViewItem, lines: list[str]
    ) -> None:
        """A name's two lines, each in its own line. Left to the style, a selected row ran them
        into one ("congestioncharge") over the count."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(self._group(option), role))
        first = self._first_line_rect(option, len(lines))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for number, line in enumerate(lines):
            rect = first.translated(0, number * first.height())
            shown = option.fontMetrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, align, shown)

    @staticmethod
    def _group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
        """The palette's group the style writes an item's text in."""
        if not option.state & QStyle.StateFlag.State_Enabled:
            return QPalette.ColorGroup.Disabled
        if not option.state & QStyle.StateFlag.State_Active:
            return QPalette.ColorGroup.Inactive
        return QPalette.ColorGroup.Normal

    @staticmethod
    def _count_role(option: QStyleOptionViewItem) -> QPalette.ColorRole:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        return (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )

    def _text_width(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The width an item's text is drawn in. A tree measures a row's height with no width
        (``option.rect`` is -1 wide), so there it is read from the column and the row's depth."""
        if option.rect.width() > 0:
            return self._text_rect(option).width()
        view = self.parent()
        if not isinstance(view, QTreeView):
            return 0
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (depth + int(view.rootIsDecorated()))
        column = QRect(0, 0, view.columnWidth(index.column()) - indent, 1)
        probe = QStyleOptionViewItem(option)
        probe.rect = column
        return self._text_rect(probe).width()

    @staticmethod
    def _line_height(option: QStyleOptionViewItem) -> int:
        """A line's height as the style lays it out, rounded up: two lines measured with the
        rounded-down height left the second no room, and the style cut the name to one line."""
        return math.ceil(QFontMetricsF(option.font).height())

    @classmethod
    def _first_line_rect(cls, option: QStyleOptionViewItem, lines: int) -> QRect:
        """The text's first line, where the count goes: the lines are centred in the row."""
        rect = cls._text_rect(option)
        height = cls._line_height(option)
        top = rect.center().y() + 1 - (lines * height) // 2
        return QRect(rect.left(), top, rect.width(), height)

    @staticmethod
    def _text_rect(option: QStyleOptionViewItem) -> QRect:
        """Where the style writes an item's text: its rectangle less the text margins."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget) + 1
        return option.rect.adjusted(margin, 0, -margin, 0)

    @staticmethod
    def _count_width(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The room the count takes at the right, with a gap before it."""
        count = index.data(COUNT_ROLE)
        if count is None:
            return 0
        metrics = option.fontMetrics
        return metrics.horizontalAdvance(count_text(int(count))) + metrics.horizontalAdvance("  ")


def no_events_note(stored: int) -> str:
    """The note where the events would be. After the last event is deleted its articles are
    still in the library, and "No events yet. Open articles…" read as if they were gone, next
    to a status line saying they are kept: the note then says how to find them."""
    opening = "Open articles with File › Open."
    if stored <= 0:
        return f"No events yet. {opening}"
    held = "1 article" if stored == 1 else f"{stored} articles"
    return f"No events. The library holds {held}: search it above, or open more with File › Open."


class LibrarySidebar(QWidget):
    """Events and articles from the library; Enter or a double click opens one."""

    eventActivated = Signal(int)
    eventRenameRequested = Signal(int)
    eventDeleteRequested = Signal(int)
    articleActivated = Signal(str)
    articleEditRequested = Signal(str)
    searchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.column = layout
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search the library…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the library’s full text")
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        # With no event yet, the note stands where the list will be, not under a tall empty list.
        self.empty = QLabel(no_events_note(0), self)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.unavailable = False
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(EventNameDelegate(self.tree))
        # A row's lines, one or two, follow the panel's width: measure them again when it changes.
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.setAccessibleName("Events and their articles")
        self.tree.itemActivated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        layout.addWidget(self.tree, 1)
        self.rename_action = self._event_action("&Rename Event…", [QKeySequence(RENAME_KEY)])
        self.rename_action.triggered.connect(lambda: self._emit_current(self.eventRenameRequested))
        self.delete_action = self._event_action("&Delete Event…", delete_keys())
        self.delete_action.triggered.connect(lambda: self._emit_current(self.eventDeleteRequested))
        self.event_buttons = self._event_button_row()
        layout.addWidget(self.event_buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._update_event_actions())
        self._update_event_actions()
        self.results = QListWidget(self)
        self.results.setAccessibleName("Search results")
        # An article's outlet and title wrap in the narrow panel, as the actors and flags do:
        # scrolled sideways, "Northline Press — Westhaven cou" said neither which article it was
        # nor that there was more to read.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setItemDelegate(WrappedItemDelegate(self.results))
        self.results.setAlternatingRowColors(True)  # where one wrapped result ends
        self.results.itemActivated.connect(self._result_activated)
        self.results.hide()
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.searchRequested.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(
            lambda: self.searchRequested.emit(self.search.text().strip())
        )
        self.fit_width()

    def fit_width(self) -> None:
        """Keep room, which the window's panels then leave it, for Rename… and Delete… side by
        side and for :data:`MIN_CHARS` of the list's text: with a large system font the
        buttons were squeezed until their words were cut ("ename.", "Delete..")."""
        margins = self.column.contentsMargins()
        sides = margins.left() + margins.right()
        buttons = (
            self.rename_button.sizeHint().width()
            + self.delete_button.sizeHint().width()
            + max(self.button_row.spacing(), 0)
        )
        chars = QFontMetrics(self.tree.font()).averageCharWidth() * MIN_CHARS
        text = chars + self.tree.indentation() + 2 * self.tree.frameWidth()
        self.setMinimumWidth(max(MIN_WIDTH, buttons + sides, text + sides))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the system's text size changed
            self.fit_width()

    def _event_action(self, text: str, keys: list[QKeySequence]) -> QAction:
        """An action on the selected event whose ``keys`` work only while the events list has
        the keyboard: Delete in the search box deletes a letter, not an event."""
        action = QAction(text, self.tree)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tree.addAction(action)
        return action

    def _event_button_row(self) -> QWidget:
        """Rename… and Delete… under the list, for the event selected in it."""
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.button_row = buttons
        self.rename_button = QPushButton("Rename…", row)
        self.rename_button.clicked.connect(self.rename_action.trigger)
        self.delete_button = QPushButton("Delete…", row)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        for button, action, what in (
            (self.rename_button, self.rename_action, "Rename the selected event"),
            (self.delete_button, self.delete_action, "Delete the selected event"),
        ):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{what} ({key}); its articles stay in the library")
            button.setAccessibleName(what)
            buttons.addWidget(button)
        buttons.addStretch(1)
        return row

    def selected_event(self) -> int | None:
        """The id of the event row selected in the list (None on an article row or none)."""
        item = self.tree.currentItem()
        ev = item.data(0, EVENT_ROLE) if item is not None else None
        return int(ev) if ev is not None else None

    def _emit_current(self, signal: Any) -> None:
        event_id = self.selected_event()
        if event_id is not None:
            signal.emit(event_id)

    def _update_event_actions(self) -> None:
        """Rename and Delete are for an event row: on an article's row they wait, greyed."""
        on_event = self.selected_event() is not None
        for action in (self.rename_action, self.delete_action):
            action.setEnabled(on_event)
        self.rename_button.setEnabled(on_event)
        self.delete_button.setEnabled(on_event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes on to the list under it, as a browser's or a mail
        program's search does: only Tab reached the results before."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._step_into_list()
        return super().eventFilter(watched, event)

    def _step_into_list(self) -> bool:
        """Focus the results (or the events) on their current row, the first one if none is;
        False when there is no list to go to."""
        target = self.first_focus()
        if not isinstance(target, QAbstractItemView) or target.model() is None:
            return False
        if not target.currentIndex().isValid() and target.model().rowCount() > 0:
            target.setCurrentIndex(target.model().index(0, 0))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def first_focus(self) -> QWidget:
        """Where the keyboard goes when the panel is called by its key: the search's results
        while a search is shown, else the events when there are some, to pick one with the
        arrows and Enter; with none (or no library), the search box."""
        if not self.results.isHidden():
            return self.results
        if not self.unavailable and self.tree.topLevelItemCount():
            return self.tree
        return self.search

    def set_font(self, font: QFont) -> None:
        """The text size of View › Zoom: the lists and the search box read at the size of the
        comparison beside them."""
        for widget in (self.search, self.tree, self.results):
            widget.setFont(font)
        self.fit_width()

    def set_events(
        self, events: list[tuple[Any, list[Any]]], current: int | None = None, stored: int = 0
    ) -> None:
        """``events`` is a list of (EventRecord, [ArticleRecord...]); ``stored`` the number of
        articles the library holds, which the note with no event names."""
        self.tree.clear()
        if not self.unavailable:
            self.empty.setText(no_events_note(stored))
        for event, articles in events:
            n = int(_field(event, "article_count", len(articles)))
            name = str(_field(event, "name", "Event"))
            item = QTreeWidgetItem([f"{name}  ({n})"])
            item.setData(0, EVENT_ROLE, _field(event, "id"))
            item.setData(0, NAME_ROLE, name)
            item.setData(0, COUNT_ROLE, n)
            item.setToolTip(0, event_tip(name, n, articles))
            for art in articles:
                text = article_text(art)
                child = QTreeWidgetItem([text])
                child.setData(0, ARTICLE_ROLE, _field(art, "id"))
                child.setData(0, NAME_ROLE, text)
                child.setToolTip(0, text)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            if current is not None and _field(event, "id") == current:
                item.setExpanded(True)
                self.tree.setCurrentItem(item)
        self._update_event_actions()
        self._show_list()

    def set_unavailable(self, note: str, reason: str) -> None:
        """The library could not be opened: ``note`` stands where the events would be (not
        "No events yet", which would tell the user to open articles that are then not saved),
        with the ``reason`` as its tip, and there is nothing to search."""
        self.unavailable = True
        self.empty.setText(note)
        self.empty.setToolTip(reason)
        self.search.setEnabled(False)
        self._show_list()

    def _show_list(self) -> None:
        """The events, or the note that there are none yet, while no search is shown."""
        if self.unavailable:
            self.tree.hide()
            self.event_buttons.hide()
            self.empty.show()
        elif self.results.isHidden():
            events = self.tree.topLevelItemCount() > 0
            self.tree.setVisible(events)
            self.event_buttons.setVisible(events)
            self.empty.setVisible(not events)

    def set_results(self, query: str, hits: list[Any]) -> None:
        self.results.clear()
        if not query:
            self.results.hide()
            self._show_list()
            return
        for h in hits:
            title = _field(h, "title") or ""
            snippet = _field(h, "snippet") or ""
            item = QListWidgetItem(f"{_field(h, 'outlet', '?')}" + (f" — {title}" if title else ""))
            item.setData(ARTICLE_ROLE, _field(h, "id") or _field(h, "article_id"))
            if snippet:
                item.setToolTip(str(snippet))
            self.results.addItem(item)
        if not hits:
            self.results.addItem(QListWidgetItem(f"Nothing found for “{query}”"))
        self.tree.hide()
        self.event_buttons.hide()
        self.empty.hide()
        self.results.show()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        art = item.data(0, ARTICLE_ROLE)
        if art:
            self.articleActivated.emit(str(art))
            return
        ev = item.data(0, EVENT_ROLE)
        if ev is not None:
            self.eventActivated.emit(int(ev))

    def article_menu_for(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """The context menu of an article item: open it, or edit its details."""
        art = item.data(0, ARTICLE_ROLE) if item is not None else None
        if not art:
            return None
        menu = QMenu(self)
        menu.addAction("Add to the Comparison").triggered.connect(
            lambda: self.articleActivated.emit(str(art))
        )
        menu.addAction("Edit Article Details…").triggered.connect(
            lambda: self.articleEditRequested.emit(str(art))
        )
        self.context_menu = menu
        return menu

    def event_menu_for(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """The context menu of an event item: open it, rename it, or delete it (its articles stay
        in the library), so a library that grew a wrong or stray event can be tidied."""
        ev = item.data(0, EVENT_ROLE) if item is not None else None
        if ev is None:
            return None
        event_id = int(ev)
        menu = QMenu(self)
        menu.addAction("Open").triggered.connect(lambda: self.eventActivated.emit(event_id))
        menu.addSeparator()
        rename = menu.addAction("Rename…")
        rename.triggered.connect(lambda: self.eventRenameRequested.emit(event_id))
        delete = menu.addAction("Delete…")
        delete.triggered.connect(lambda: self.eventDeleteRequested.emit(event_id))
        # Named beside the commands, so the menu teaches the keys; the list's actions hold them.
        rename.setShortcut(QKeySequence(RENAME_KEY))
        delete.setShortcuts(delete_keys())
        for action in (rename, delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.context_menu = menu
        return menu

    def _tree_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        menu = self.article_menu_for(item) or self.event_menu_for(item)
        if menu is not None:
            menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _result_activated(self, item: QListWidgetItem) -> None:
        art = item.data(ARTICLE_ROLE)
        if art:
            self.articleActivated.emit(str(art))
