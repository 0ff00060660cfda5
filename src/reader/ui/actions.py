"""The main window's commands as QActions: their texts, keys and tips, in one place.

The menus, the toolbar and the keyboard all use these same actions, so a key or a tip is written
once. Creating them does nothing else: the window connects them to what they do.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from reader import APP_NAME
from reader.core.model import CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, category_description
from reader.ui.legend import DIFFERENCES, DIFFERENCES_LABEL, QUOTED, QUOTED_LABEL
from reader.ui.typography import curly

#: The status tips of the three ways in, by action attribute.
OPEN_TIPS = {
    "act_open": "Open one or more article files",
    "act_paste": "Add an article by pasting its text",
    "act_url": "Fetch a web page (the only network feature)",
}


#: View › Reading View, which for one article alone shows its Article tab and is named after it.
READING_VIEW_TEXT = "&Reading View"
ARTICLE_VIEW_TEXT = "A&rticle View"


#: Quit's key where the platform gives none (Windows, which closes a window with Alt+F4): the
#: one Qt gives Linux desktops, and the one cross-platform apps use on Windows too.
QUIT_FALLBACK_KEY = "Ctrl+Q"


def quit_key() -> QKeySequence:
    """The platform's own key for Quit (Cmd+Q on a Mac), else :data:`QUIT_FALLBACK_KEY`."""
    own = QKeySequence(QKeySequence.StandardKey.Quit)
    return own if not own.isEmpty() else QKeySequence(QUIT_FALLBACK_KEY)


def tip_with_key(tip: str, action: QAction) -> str:
    """A toolbar button's tooltip with the action's key, as the menu shows it: "… (F8)"."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{tip} ({key})" if key else tip


def make_action(
    window: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """An action of the window, added to it so its key works wherever the focus is in it."""
    a = QAction(text, window)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    if tip:
        a.setStatusTip(tip)
        a.setToolTip(tip_with_key(tip, a))
    window.addAction(a)
    return a


class WindowActions:
    """Every action of the main window, made in the order the window has always made them (the
    order of ``window.actions()``)."""

    def __init__(self, window: QWidget, theme_mode: str) -> None:
        K = QKeySequence.StandardKey
        self.act_open = make_action(window, "&Open…", K.Open, OPEN_TIPS["act_open"])
        self.act_url = make_action(window, "Open &URL…", "Ctrl+L", OPEN_TIPS["act_url"])
        self.act_paste = make_action(window, "&Paste Text…", "Ctrl+Shift+V", OPEN_TIPS["act_paste"])
        self.act_new = make_action(
            window,
            "&New Comparison",
            K.New,
            "Start a new comparison: close the open articles (they stay in the library)",
        )
        self.act_demo = make_action(
            window,
            "Open the &Demo Event",
            None,
            "Three short articles on one event, framed differently",
        )
        self.act_cancel = make_action(
            window, "&Cancel Analysis", None, "Stop the running analysis; the articles stay open"
        )
        self.act_cancel.setEnabled(False)
        self.act_edit_details = make_action(
            window,
            "&Edit Article Details…",
            "Ctrl+E",
            "Correct the outlet, title, author or date of the current article",
        )
        self.act_quit = make_action(window, "&Quit", quit_key())
        self.act_copy = make_action(
            window, "&Copy", K.Copy, "Copy the selected text, or the selected rows as plain text"
        )
        self.act_select_all = make_action(
            window, "Select &All", K.SelectAll, "Select everything in the text or list in focus"
        )
        self.act_find = make_action(window, "&Find…", K.Find, "Find within the comparison")
        self.act_next_diff = make_action(
            window, "Next &Difference", "F7", "Go to the next claim worded differently"
        )
        self.act_prev_diff = make_action(
            window,
            "Previous D&ifference",
            "Shift+F7",
            "Go to the previous claim worded differently",
        )
        self.act_next_flag = make_action(window, "Next &Flag", "F8", "Go to the next framing flag")
        self.act_prev_flag = make_action(
            window, "Previous F&lag", "Shift+F8", "Go to the previous framing flag"
        )
        self.act_aligned = make_action(window, "&Aligned View", "Ctrl+1")
        self.act_reading = make_action(window, READING_VIEW_TEXT, "Ctrl+2")
        self.act_marks = make_action(
            window,
            "Show Framing &Marks",
            "Ctrl+Shift+M",
            "Show or hide every framing mark at once, for a clean copy; the legend keeps its"
            " choices",
        )
        self.act_marks.setCheckable(True)
        self.act_marks.setChecked(True)
        self.act_zoom_in = make_action(window, "Zoom &In", K.ZoomIn, "Larger text")
        # Where "+" shares a key with "=" (US and UK keyboards), Ctrl and that key is Ctrl+=:
        # the platform's Ctrl++ alone did nothing for it, as it does in browsers.
        self.act_zoom_in.setShortcuts([*self.act_zoom_in.shortcuts(), QKeySequence("Ctrl+=")])
        self.act_zoom_out = make_action(window, "Zoom &Out", K.ZoomOut, "Smaller text")
        self.act_zoom_reset = make_action(window, "&Actual Size", "Ctrl+0")
        self.act_help = make_action(window, "What the &Flags Mean", K.HelpContents)
        self.act_about = make_action(window, f"&About {APP_NAME}")
        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for mode, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark")):
            a = QAction(label, window)
            a.setCheckable(True)
            a.setData(mode)
            self.theme_group.addAction(a)
            self.theme_actions[mode] = a
        self.theme_actions[theme_mode].setChecked(True)
        self.category_actions = category_actions(window)


def category_actions(window: QWidget) -> dict[str, QAction]:
    """View › Show Flags: every kind of mark, as the legend's chips toggle them, and "Only this
    outlet" (the bar over a claim one outlet alone carries), which has no chip."""
    actions: dict[str, QAction] = {}
    for cat, label in CATEGORY_LABELS.items():
        a = QAction(label, window)
        a.setCheckable(True)
        a.setChecked(True)
        a.setData(cat)
        a.setStatusTip(curly(CATEGORY_DESCRIPTIONS[cat]))
        actions[cat] = a
    for key, label, tip in (
        (
            DIFFERENCES,
            DIFFERENCES_LABEL,
            "Words one outlet uses where the others use other words, shaded in the aligned"
            " view, and the “reworded” captions",
        ),
        (
            QUOTED,
            QUOTED_LABEL,
            "Flags in quotations and reported speech: a speaker’s words, not the outlet’s",
        ),
    ):
        a = QAction(label, window)
        a.setCheckable(True)
        a.setChecked(True)
        a.setData(key)
        a.setStatusTip(tip)
        actions[key] = a
    return actions


def describe_categories(actions: dict[str, QAction], articles: int) -> None:
    """Set View › Show Flags' status tips for a comparison of ``articles``: with one article
    alone, the kinds that compare outlets say they need two, rather than describe the others."""
    for cat, a in actions.items():
        if cat in CATEGORY_DESCRIPTIONS:
            a.setStatusTip(curly(category_description(cat, articles)))


__all__ = [
    "ARTICLE_VIEW_TEXT",
    "OPEN_TIPS",
    "READING_VIEW_TEXT",
    "WindowActions",
    "category_actions",
    "describe_categories",
    "make_action",
    "tip_with_key",
]
