"""Light and dark palettes for the Fusion style, following the system unless the user chooses.

Fusion is used everywhere so the app looks the same on Windows, macOS and Linux and so our palettes
are
honoured exactly (native styles ignore parts of a QPalette). Text colours are chosen for a contrast
ratio of at least 7:1 on their backgrounds; muted text and selected text stay above 4.5:1, and the
focus ring ("focus") above 3:1 on every panel, so a keyboard user sees where they are.
"""

from __future__ import annotations

from typing import Final, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.resources import resources_dir

ThemeMode = Literal["system", "light", "dark"]

_LIGHT = {
    "window": "#F4F3EF",
    "base": "#FFFFFF",
    "alt": "#F8F7F4",
    "text": "#1E1E1E",
    "muted": "#5F5F5F",
    "button": "#ECEBE6",
    "highlight": "#2F6DB5",
    "highlight_text": "#FFFFFF",
    "focus": "#2F6DB5",
    "link": "#1F5A9E",
    "border": "#D6D3CB",
    "selection_row": "#E3ECF7",
    "diff": "#EFEBD8",
    "find": "#FFF0A0",
}
_DARK = {
    "window": "#202124",
    "base": "#18191B",
    "alt": "#1D1E21",
    "text": "#E8E6E3",
    "muted": "#A8A6A2",
    "button": "#2B2C30",
    # Darker than the focus ring: white on #4C8BD6 was 3.5:1, too faint for a selected item's
    # text; the ring stays bright, as a thin line needs 3:1 on the panels it is drawn over.
    "highlight": "#3572BD",
    "highlight_text": "#FFFFFF",
    "focus": "#4C8BD6",
    "link": "#8AB8F0",
    "border": "#3A3B3F",
    "selection_row": "#26364A",
    "diff": "#3A3626",
    "find": "#6B5A10",
}


def default_font_size() -> float:
    """The text size of View > Actual Size: a point above the system's, for reading."""
    size = QFont().pointSizeF()
    return size + 1 if size > 0 else 11.0


def colours(dark: bool) -> dict[str, str]:
    """The named colours of the current theme, for delegates and HTML that cannot use a palette."""
    return dict(_DARK if dark else _LIGHT)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def build_palette(dark: bool) -> QPalette:
    c = colours(dark)
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    pal.setColor(role.Window, QColor(c["window"]))
    pal.setColor(role.WindowText, QColor(c["text"]))
    pal.setColor(role.Base, QColor(c["base"]))
    pal.setColor(role.AlternateBase, QColor(c["alt"]))
    pal.setColor(role.Text, QColor(c["text"]))
    pal.setColor(role.Button, QColor(c["button"]))
    pal.setColor(role.ButtonText, QColor(c["text"]))
    pal.setColor(role.ToolTipBase, QColor(c["base"]))
    pal.setColor(role.ToolTipText, QColor(c["text"]))
    pal.setColor(role.PlaceholderText, QColor(c["muted"]))
    pal.setColor(role.Highlight, QColor(c["highlight"]))
    pal.setColor(role.HighlightedText, QColor(c["highlight_text"]))
    pal.setColor(role.Link, QColor(c["link"]))
    pal.setColor(role.BrightText, QColor("#FF5555"))
    pal.setColor(role.Mid, QColor(c["border"]))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(c["muted"]))
    return pal


def _stylesheet(dark: bool) -> str:
    path = resources_dir() / "styles" / "app.qss"
    try:
        template = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    for key, value in colours(dark).items():
        template = template.replace("@" + key, value)
    return template


#: The application property naming the font the widgets were last polished for.
_POLISHED_FONT: Final = "readerPolishedFont"


class ThemeManager(QObject):
    """Applies the chosen theme and re-applies it when the system scheme changes."""

    changed = Signal(bool)  # True when the theme is now dark

    def __init__(self, app: QApplication, mode: ThemeMode = "system") -> None:
        super().__init__(None)  # owned by the window that uses it, so tests do not pile them up
        self._app = app
        self._mode: ThemeMode = mode
        self.dark = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        app.fontChanged.connect(self._font_changed)
        self.apply()

    @property
    def mode(self) -> ThemeMode:
        return self._mode

    def set_mode(self, mode: ThemeMode) -> None:
        self._mode = mode
        self.apply()

    def apply(self) -> None:
        dark = system_prefers_dark() if self._mode == "system" else self._mode == "dark"
        self.dark = dark
        # Setting either re-polishes every widget alive, so skip it when nothing changes.
        palette = build_palette(dark)
        if self._app.palette() != palette:
            self._app.setPalette(palette)
        sheet = _stylesheet(dark)
        if self._app.styleSheet() != sheet:
            self._app.setStyleSheet(sheet)
        self.changed.emit(dark)

    def _font_changed(self, font: QFont) -> None:
        """Hand the application's new font to every widget, each of which then lays itself out
        again at the new size. Qt sends the change only to windows and to widgets the style
        sheet does not style, so the toolbar, the panels and their buttons kept the old size
        until the app was restarted. Setting the sheet again, even unchanged, polishes every
        widget anew.

        Every window's manager hears the same change; one polish serves them all, so the font
        polished last is kept on the application and the others' handlers return (each polish
        walks every widget alive, so one per window made a change cost windows x widgets)."""
        key = font.key()
        if self._app.property(_POLISHED_FONT) == key:
            return
        self._app.setProperty(_POLISHED_FONT, key)
        self._app.setStyleSheet(self._app.styleSheet())

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system":
            self.apply()


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: str, dark: bool, target: float = 4.5) -> QColor:
    """``colour`` darkened (light theme) or lightened (dark theme) until it reads on the base.

    The category colours are tuned to tell apart, not to be read as text: an amber marker letter
    on white is 3.1:1, enough for a line but not for a letter. Small marker letters and
    counterpart words need about 4.5:1.
    """
    # On the plain background and on a selected row, whose tint the marks also sit on.
    grounds = [QColor(colours(dark)[name]) for name in ("base", "selection_row")]
    c = QColor(colour)
    for _ in range(20):
        if min(contrast(c, g) for g in grounds) >= target:
            break
        c = c.lighter(112) if dark else c.darker(112)
    return c
