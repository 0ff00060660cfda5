"""What the main window keeps between starts, and how its library panel makes room.

Kept in the window's QSettings: its geometry and the place of its panels, whether the library
panel was stepped aside by a narrow window (the window's choice, not the user's), the library
event open last, which the next start reopens, and the view it was read in, which it reopens
in. The stepping aside is here too because it is saved with the layout and must not undo a
layout the user restored.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDockWidget, QMainWindow

#: Screens narrower than this start without the library panel: three columns need the room.
NARROW_SCREEN = 1300
#: Below this width the library panel steps aside to give the outlets' columns room (three at
#: their minimum beside both panels need about 1210 px), until the window is wide again.
NARROW_WINDOW = 1250
#: Whether the library panel was stepped aside when the layout was saved: it comes back when a
#: later start is wide, since hiding it was the window's choice, not the user's.
LIBRARY_ASIDE_KEY = "window/libraryAside"
#: The library event the user had open, reopened at the next start.
LAST_EVENT_KEY = "library/lastEvent"
#: The view on screen ("aligned", "reading", "overview", "article"), shown again with that event:
#: a class prepared in the Overview would otherwise open the next day in the Aligned view.
LAST_VIEW_KEY = "view/lastView"


class WindowSession:
    """The window's saved layout and last event, and the library panel's stepping aside."""

    def __init__(self, window: QMainWindow, settings: QSettings, library_dock: QDockWidget) -> None:
        self.window = window
        self.settings = settings
        self.library_dock = library_dock
        #: Whether the window was narrow when last laid out (None before it is first shown).
        self._narrow: bool | None = None
        #: The library panel was hidden by a narrow window, to show again when it is wide.
        self._library_stepped_aside = False
        #: True once the user shows or hides the library panel: their choice is left alone.
        self._library_chosen = False
        self._layout_restored = False

    def restore(self) -> None:
        """The geometry and panels saved last, or the default size when nothing is saved."""
        geo = self.settings.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.window.restoreGeometry(geo)  # Qt keeps it on a screen that still exists
        else:
            self.window.resize(1400, 900)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._layout_restored = self.window.restoreState(state)
            aside = str(self.settings.value(LIBRARY_ASIDE_KEY, "false")).lower() == "true"
            self._library_stepped_aside = aside and self.library_dock.isHidden()

    def fit_to_screen(self) -> None:
        """On a first start (nothing saved yet), fit the window to the screen; on a small screen,
        start without the library panel so three outlets' columns have room (View › Library
        Panel brings it back, and the choice is remembered from then on)."""
        if self.settings.value("window/geometry") is not None:
            return
        screen = self.window.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        self.window.resize(min(1400, avail.width()), min(900, avail.height()))
        if avail.width() < NARROW_SCREEN:
            self.library_dock.hide()

    def fit_panels(self) -> None:
        """Give the outlets' columns room in a narrow window: the library panel steps aside
        (View › Library Panel brings it back) and returns when the window is wide again.

        Only when the window crosses ``NARROW_WINDOW``, or first shows narrow with no layout
        saved: a layout the user restored, or a panel they showed or hid, is theirs and is never
        undone while they work.
        """
        narrow = self.window.width() < NARROW_WINDOW
        was, self._narrow = self._narrow, narrow
        if narrow == was or self._library_chosen:
            return
        library = self.library_dock
        if not narrow:
            if self._library_stepped_aside:
                library.show()
            self._library_stepped_aside = False
        elif (was is not None or not self._layout_restored) and not (
            library.isHidden() or library.isFloating()
        ):
            library.hide()
            self._library_stepped_aside = True

    def make_room_to_open(self) -> None:
        """Before the window first shows: when a restored layout's library panel would force the
        window wider than it is asked to open, the panel steps aside (to come back when the
        window is wide), so the window opens at the size asked.

        A 700 px window with a 20 pt font and a saved layout showing the library opened 838 px
        wide: the library, the Details and the outlets' columns at their least are more than
        700 px side by side, and Qt widens a window to its panels' least width rather than
        shrink them.
        """
        if self._narrow is not None:
            return  # shown before: a panel placed since is the user's, and stays
        library = self.library_dock
        width = self.window.width()
        if width >= NARROW_WINDOW or library.isHidden() or library.isFloating():
            return
        if self.window.minimumSizeHint().width() > width:
            library.hide()
            self._library_stepped_aside = True

    def library_toggled(self, _shown: bool) -> None:
        """The user showed or hid the library panel: from now on it is left where they put it."""
        self._library_chosen = True
        self._library_stepped_aside = False

    def save(self) -> None:
        """Keep the geometry, the panels' places and whether the library panel stepped aside."""
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.setValue(LIBRARY_ASIDE_KEY, self._library_stepped_aside)
        self.settings.sync()

    def remember_event(self, event_id: int | None) -> None:
        """Keep the id of the library event on screen, so the next start reopens it."""
        if event_id is not None:
            self.settings.setValue(LAST_EVENT_KEY, event_id)

    def forget_event(self) -> None:
        """The next start opens no event: the user started afresh, or deleted the event."""
        self.settings.remove(LAST_EVENT_KEY)

    def remember_view(self, view: str) -> None:
        """Keep the name of the view on screen, so the next start reopens the event in it."""
        if view:
            self.settings.setValue(LAST_VIEW_KEY, view)

    def last_view(self) -> str | None:
        """The view on screen when the app was last used; None before any was chosen."""
        value = self.settings.value(LAST_VIEW_KEY)
        return str(value) if value else None

    def last_event_id(self) -> int | None:
        """The library event open when the app was last used; None after New Comparison."""
        value = self.settings.value(LAST_EVENT_KEY)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None


__all__ = [
    "LAST_EVENT_KEY",
    "LAST_VIEW_KEY",
    "LIBRARY_ASIDE_KEY",
    "NARROW_SCREEN",
    "NARROW_WINDOW",
    "WindowSession",
]
