"""Tidying the library from its panel: an event can be renamed and deleted (its articles stay),
and the demo can always be opened again."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader.store.demo import demo_manifest
from reader.ui.session import LAST_EVENT_KEY
from ui_sample import make_window

pytestmark = pytest.mark.gui

TEXTS = {
    "harbour": "Harbour Daily\n\nThe council approved the harbour levy on Tuesday after a long"
    " debate. Officials said the money would fund two new cranes.\n",
    "coast": "Coast Post\n\nThe council narrowly passed a controversial harbour levy on Tuesday."
    " Critics claimed the cranes were never needed.\n",
}


def written_texts(folder: Path) -> list[Path]:
    """:data:`TEXTS` as files in ``folder``, in their order."""
    paths = []
    for name, text in TEXTS.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    win = make_window(qtbot, tmp_path)
    monkeypatch.setattr(win.controller, "analyse", lambda: None)  # the library is the subject
    win.open_paths(written_texts(tmp_path))
    qtbot.waitUntil(lambda: len(win.controller.articles) == 2, timeout=10_000)
    return win


def event_item(window: Any, event_id: int) -> Any:
    from reader.ui.sidebar import EVENT_ROLE

    tree = window.sidebar.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, EVENT_ROLE) == event_id:
            return item
    return None


def test_an_event_can_be_renamed_from_its_menu(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    c = window.controller
    event_id = c.event_id
    menu = window.sidebar.event_menu_for(event_item(window, event_id))
    assert [a.text() for a in menu.actions() if a.text()] == ["Open", "Rename…", "Delete…"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Harbour levy vote", True))
    next(a for a in menu.actions() if a.text() == "Rename…").trigger()
    assert c.event_name == "Harbour levy vote"
    assert event_item(window, event_id).text(0).startswith("Harbour levy vote")
    # articles added from now on are filed under the new name, in the same event
    assert [e.name for e, _ in c.library_events()] == ["Harbour levy vote"]
    # a name another event has is refused with one line in the status bar
    c.lib().create_event("Other story")
    assert not window.rename_event(event_id, "other story")
    assert "already exists" in window.status_label.text()
    assert c.event_name == "Harbour levy vote"


def test_the_selected_event_is_renamed_and_deleted_without_a_right_click(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rename and Delete were only in the event's context menu: now the buttons under the list
    and F2 / Delete in the list do them for the selected event, and the Help names the keys."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    from reader.ui.dialogs import help_html

    c, sidebar = window.controller, window.sidebar
    event_id = c.event_id
    if window.sidebar_dock.isHidden():
        window.sidebar_dock.toggleViewAction().trigger()
    QApplication.processEvents()
    assert sidebar.rename_button.isVisible() and sidebar.delete_button.isVisible()
    sidebar.tree.setCurrentItem(event_item(window, event_id).child(0))  # an article's row
    assert not sidebar.rename_button.isEnabled() and not sidebar.delete_button.isEnabled()
    sidebar.tree.setCurrentItem(event_item(window, event_id))
    names = iter(["Harbour levy vote", "Harbour levy"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    qtbot.mouseClick(sidebar.rename_button, Qt.MouseButton.LeftButton)
    assert c.event_name == "Harbour levy vote"
    window.activateWindow()
    sidebar.tree.setFocus()
    qtbot.waitUntil(sidebar.tree.hasFocus, timeout=2000)
    qtbot.keyClick(sidebar.tree, Qt.Key.Key_F2)
    assert c.event_name == "Harbour levy"
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda name: asked.append(name) or True)
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Delete)  # a letter's key in the search box
    assert asked == [] and event_item(window, event_id) is not None
    sidebar.tree.setFocus()
    qtbot.waitUntil(sidebar.tree.hasFocus, timeout=2000)
    qtbot.keyClick(sidebar.tree, Qt.Key.Key_Delete)
    assert asked == ["Harbour levy"] and event_item(window, event_id) is None
    keys = help_html(keys=window.help_keys()).split("<b>Keys.</b>")[1]
    assert "F2 / Del: rename / delete the event selected in the Library panel" in keys


def test_deleting_the_open_event_closes_it_and_keeps_its_articles(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = window.controller
    event_id = c.event_id
    name = c.event_name
    window.settings.setValue(LAST_EVENT_KEY, event_id)
    monkeypatch.setattr(window, "confirm_delete", lambda name: False)
    assert not window.delete_event(event_id)
    assert event_item(window, event_id) is not None
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(event_id)
    assert event_item(window, event_id) is None and c.library_events() == []
    assert c.articles == [] and window.stack.currentWidget() is window.welcome
    assert window.last_event_id() is None  # the next start does not look for it
    assert len(c.lib().articles()) == 2  # the articles stay in the library
    # and the status line says so: a blank window and an empty line read as lost work
    key = window.insights.edit_undo.action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert (
        window.status_label.text()
        == f"Deleted the event “{name}”: Edit › Undo ({key}) brings it back."
    )
    assert window.status_label.toolTip() == (
        f"Deleted the event “{name}”. Its 2 articles are still in the library: search the"
        " Library to find them."
    )


def test_the_confirmation_names_the_event_and_defaults_to_cancel(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without a choice
    assert not window.confirm_delete("Harbour levy vote")
    box = window.delete_box
    assert box.text() == "Delete the event “Harbour levy vote”?"
    assert "stay in the library" in box.informativeText()
    # named as the panel names them, every kind included
    assert "Its annotations (notes, tags, verdicts and missed flags)" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_the_demo_opens_again_after_its_event_was_deleted(window: Any) -> None:
    c = window.controller
    assert c.open_demo(force=True)
    demo_id = c.event_id
    c.delete_event(demo_id)
    assert c.articles == []
    assert c.open_demo(force=True)
    assert c.showing_demo and len(c.articles) == len(demo_manifest()["articles"])


def test_an_empty_library_names_the_open_command_as_the_menu_does(window: Any) -> None:
    """Every other pointer to a command writes its menu path with "›" (View › Show Flags); the
    empty library's note wrote "File > Open"."""
    c = window.controller
    for event, _ in c.library_events():
        c.delete_event(event.id)
    window.refresh_library()
    note = window.sidebar.empty
    assert note.isVisibleTo(window.sidebar)
    menu, command = note.text().split(" with ", 1)[1].rstrip(".").split(" › ")
    assert window.file_menu.title().replace("&", "") == menu
    assert command in [a.text().replace("&", "").rstrip("…") for a in window.file_menu.actions()]


def test_two_events_of_one_story_look_different_in_the_library_panel(qtbot: Any) -> None:
    """The library tells two events of one headline apart by what it adds at the end of the
    name ("… talks (2)"), which the panel keeps in sight however it cuts the name, and it gives
    the articles' count at the right."""
    from PySide6.QtGui import QImage

    from reader.ui.sidebar import LibrarySidebar

    panel = LibrarySidebar()
    qtbot.addWidget(panel)
    panel.resize(220, 300)  # the panel's width beside a 1400 px comparison
    panel.show()
    qtbot.waitExposed(panel)
    name = "Macron turns to Beijing in search of a path to Ukraine talks"
    panel.set_events(
        [
            ({"id": 1, "name": name, "article_count": 3}, []),
            ({"id": 2, "name": f"{name} (2)", "article_count": 1}, []),
        ]
    )
    tree = panel.tree
    shot = tree.viewport().grab().toImage()
    rows: list[QImage] = [shot.copy(tree.visualItemRect(tree.topLevelItem(i))) for i in range(2)]
    assert tree.fontMetrics().horizontalAdvance(name) > tree.viewport().width()  # it is cut
    assert rows[0] != rows[1]


HEADLINE = (
    'French President Macron is reportedly working on a "secret plan" with Communist China'
    " to craft a peace deal between Russia and Ukraine"
)


def shown_name(tree: Any, item: Any) -> str:
    """The text the library list paints for an item, as its delegate lays it out."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualItemRect(item)
    tree.itemDelegate().initStyleOption(option, tree.indexFromItem(item))
    return str(option.text)


def test_a_long_event_name_shows_its_opening_words_and_its_count(qtbot: Any) -> None:
    """Not "French Presid…een Russ (3)": the headline's first words on two lines, wrapped and
    cut after a whole word, the count apart at the right of the first, the whole headline in
    the tip."""
    from reader.ui.sidebar import LibrarySidebar

    panel = LibrarySidebar()
    qtbot.addWidget(panel)
    panel.resize(220, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_events(
        [
            ({"id": 1, "name": HEADLINE, "article_count": 3}, []),
            ({"id": 2, "name": f"{HEADLINE} (2)", "article_count": 1}, []),
        ]
    )
    tree = panel.tree
    first, second = (tree.topLevelItem(i) for i in range(2))
    shown = shown_name(tree, first)
    assert shown.endswith("…") and shown.count("…") == 1
    top, bottom = shown.split("\n")
    opening = f"{top} {bottom.removesuffix('…')}"
    assert HEADLINE.startswith(opening + " ") and len(opening.split()) >= 4  # whole words
    room = tree.visualItemRect(first).width()
    assert tree.fontMetrics().horizontalAdvance(top + "  3") < room
    assert tree.fontMetrics().horizontalAdvance(bottom) < room
    again = shown_name(tree, second)
    assert again.endswith("… (2)")
    assert HEADLINE.startswith(again.removesuffix("… (2)").replace("\n", " ") + " ")
    assert first.toolTip(0) == f"{HEADLINE}\n3 articles"
    assert second.toolTip(0).endswith("\n1 article")
    # wide enough, the name shows whole
    panel.resize(2000, 300)
    qtbot.waitUntil(lambda: shown_name(tree, first) == HEADLINE)


def test_an_events_article_rows_are_cut_after_a_whole_word(qtbot: Any) -> None:
    """Not "Unknown outlet — Frenc…": an article's row under its event keeps its outlet and the
    headline's opening words, on two lines cut after a whole word, with the whole row in its
    tip."""
    from reader.ui.sidebar import LibrarySidebar

    panel = LibrarySidebar()
    qtbot.addWidget(panel)
    panel.resize(260, 300)
    panel.show()
    qtbot.waitExposed(panel)
    articles = [
        {"id": "a1", "outlet": "Unknown outlet", "title": HEADLINE},
        {"id": "a2", "outlet": "The Harbour Times", "title": ""},
    ]
    panel.set_events([({"id": 1, "name": "Macron talks", "article_count": 2}, articles)])
    tree = panel.tree
    tree.expandAll()
    cut, whole = tree.topLevelItem(0).child(0), tree.topLevelItem(0).child(1)
    row = f"Unknown outlet — {HEADLINE}"
    shown = shown_name(tree, cut)
    assert shown.endswith("…") and shown.count("…") == 1
    opening = shown.removesuffix("…").replace("\n", " ")
    assert row.startswith(opening + " ") and opening.startswith("Unknown outlet — ")
    for line in shown.split("\n"):
        assert tree.fontMetrics().horizontalAdvance(line) <= tree.visualItemRect(cut).width()
    assert cut.toolTip(0) == row
    assert shown_name(tree, whole) == "The Harbour Times" == whole.toolTip(0)
    # wide enough, the row shows whole
    panel.resize(2000, 300)
    qtbot.waitUntil(lambda: shown_name(tree, cut) == row)


def test_an_article_row_is_cut_only_where_it_does_not_fit(qtbot: Any) -> None:
    """A row's line measured to fit exactly was painted cut ("Meridian Press — Teravi…"): at
    every panel width, each line the list lays out is one the row draws whole."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.sidebar import LibrarySidebar

    panel = LibrarySidebar()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    title = "Harbour's ferry strike ends as union accepts a late offer"
    articles = [{"id": "a1", "outlet": "Coastal Press", "title": title}]
    panel.set_events([({"id": 1, "name": "Ferry strike", "article_count": 1}, articles)])
    tree = panel.tree
    tree.expandAll()
    row = tree.topLevelItem(0).child(0)
    fm = tree.fontMetrics()
    for width in range(180, 330):
        panel.resize(width, 300)
        QApplication.processEvents()
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        option.rect = tree.visualItemRect(row)
        delegate = tree.itemDelegate()
        delegate.initStyleOption(option, tree.indexFromItem(row))
        room = delegate._text_width(option, tree.indexFromItem(row))
        for line in str(option.text).split("\n"):
            assert fm.elidedText(line, Qt.TextElideMode.ElideRight, room) == line, (width, line)


def test_scannable_names_cut_after_a_word_and_keep_the_events_number() -> None:
    from reader.ui.event_names import NAME_CHARS, event_name_for, scannable_name

    def short(text: str) -> bool:
        return len(text) <= 24

    assert scannable_name("Harbour levy vote", short) == "Harbour levy vote"
    assert scannable_name("Macron, in Beijing, presses Xi on Ukraine", short) == (
        "Macron, in Beijing…"
    )
    assert scannable_name("Macron in Beijing presses Xi on Ukraine (12)", short) == (
        "Macron in Beijing… (12)"
    )
    assert scannable_name("Supercalifragilisticexpialidocious words", short) == (
        "Supercalifragilisticexpialidocious…"
    )
    name = event_name_for(HEADLINE)
    assert len(name) <= NAME_CHARS and name.endswith("…")
    assert HEADLINE.startswith(name.removesuffix("…") + " ")
    assert event_name_for("Harbour levy vote") == "Harbour levy vote"


def test_only_a_name_the_app_made_of_an_outlet_reads_as_outlet_named() -> None:
    from reader.ui.event_names import outlet_named

    assert outlet_named("Courier", "Courier")
    assert outlet_named("Courier and others (2)", "Courier")
    assert not outlet_named("Courier", "Herald")
    assert not outlet_named("Courier strike ends", "Courier")


def test_a_new_event_is_named_after_its_headlines_opening_words(qtbot: Any, window: Any) -> None:
    """The library names an event by the words the list shows, not the headline's first 120
    characters cut in a word; the whole headline is the event's tip."""
    from reader.ui.event_names import event_name_for

    c = window.controller
    window.new_comparison()
    body = TEXTS["harbour"].split("\n", 2)[2]
    assert c.add_text(body, "Harbour Daily", title=HEADLINE) is not None
    qtbot.waitUntil(lambda: c.event_name is not None, timeout=10_000)
    assert c.event_name == event_name_for(HEADLINE)
    assert [e.name for e, _ in c.library_events()][-1] == c.event_name
    window.refresh_library()
    item = event_item(window, c.event_id)
    assert item.toolTip(0) == f"{HEADLINE}\n1 article"


def test_an_empty_library_says_so_under_its_search_box_not_under_an_empty_list(
    qtbot: Any,
) -> None:
    """With no event yet the panel was a tall empty white list with its note at the very bottom,
    which read as a list that failed to load."""
    from reader.ui.sidebar import LibrarySidebar

    panel = LibrarySidebar()
    qtbot.addWidget(panel)
    panel.resize(220, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_events([])
    QApplication.processEvents()
    assert not panel.tree.isVisible() and panel.empty.isVisible()
    assert panel.empty.geometry().top() - panel.search.geometry().bottom() < 20
    # a first event brings the list back, and the note goes
    panel.set_events([({"id": 1, "name": "Harbour levy vote", "article_count": 2}, [])])
    QApplication.processEvents()
    assert panel.tree.isVisible() and not panel.empty.isVisible()
    # a search over an empty library shows its results, then the note again
    panel.set_events([])
    panel.set_results("levy", [])
    assert panel.results.isVisible() and not panel.empty.isVisible()
    panel.set_results("", [])
    assert panel.empty.isVisible() and not panel.tree.isVisible()


def test_a_library_that_cannot_be_opened_is_said_once_in_a_dialog_and_in_the_panel(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "notes.sqlite"
    broken.write_text("Notes for Tuesday's story, not a library.\n" * 20, encoding="utf-8")
    monkeypatch.setenv("READER_LIBRARY", str(broken))
    window = make_window(qtbot, tmp_path)  # lists the library, which fails to open
    c = window.controller
    assert c.lib() is None
    box = window.library_box
    assert box is not None
    assert box.text() == (
        "The library could not be opened, so the articles you open are not saved."
    )
    assert box.informativeText().startswith(f"{broken}: not a library file")
    assert "\n" not in box.informativeText()
    # "problem; what to do" reads as two sentences, as a file that cannot be opened is told
    assert box.informativeText().endswith(
        " (it holds text). Give the path of a library, or of a new file to start one."
    )
    # The Library panel says it where the events would be, not "No events yet".
    window.sidebar_dock.show()
    sidebar = window.sidebar
    assert sidebar.empty.isVisible() and not sidebar.tree.isVisible()
    assert sidebar.empty.text().startswith("The library could not be opened")
    assert not sidebar.search.isEnabled()
    # Asked again (opening files, listing events), it is not said in a second dialog.
    window.refresh_library()
    c.library_events()
    assert window.library_box is box
    assert broken.read_text(encoding="utf-8").startswith("Notes for Tuesday")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_search_box_of_a_library_that_cannot_be_opened_looks_closed(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """With no library the search box was disabled but filled white like a box ready for
    typing, "Search the library…" inviting a search there is nothing to search. It now takes
    the panel's own colour, as an enabled box does not."""
    from reader.ui.theme import colours

    broken = tmp_path / "notes.sqlite"
    broken.write_text("Notes for Tuesday's story, not a library.\n" * 20, encoding="utf-8")
    monkeypatch.setenv("READER_LIBRARY", str(broken))
    window = make_window(qtbot, tmp_path)
    window.set_theme(theme)
    window.sidebar_dock.show()
    QApplication.processEvents()
    search = window.sidebar.search

    def fill() -> str:
        image = search.grab().toImage()
        return str(image.pixelColor(image.width() - 6, image.height() // 2).name()).upper()

    palette = colours(theme == "dark")
    assert not search.isEnabled()
    assert fill() == palette["window"]
    search.setEnabled(True)
    assert fill() == palette["base"]


def test_a_one_byte_file_as_the_library_is_said_in_a_dialog_and_kept(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite would start a library over a one-byte file; the app says the file is not a library
    and works on without one, the file as it was."""
    odd = tmp_path / "x.sqlite"
    odd.write_bytes(b"\x00")
    monkeypatch.setenv("READER_LIBRARY", str(odd))
    window = make_window(qtbot, tmp_path)
    assert window.controller.lib() is None
    box = window.library_box
    assert box is not None
    assert box.informativeText() == (
        f"{odd}: not a library file. Give the path of a library, or of a new file to start one."
    )
    assert odd.read_bytes() == b"\x00"


def test_another_programs_database_as_the_library_is_said_in_a_dialog_and_unchanged(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A browser's history given as the library: the app works on without a library, says why
    in the dialog, and adds none of its tables to that program's file."""
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    before = hashlib.sha256(places.read_bytes()).hexdigest()
    monkeypatch.setenv("READER_LIBRARY", str(places))
    window = make_window(qtbot, tmp_path)
    assert window.controller.lib() is None
    box = window.library_box
    assert box is not None
    assert box.informativeText() == (
        f"{places}: is a database of another program. Parallax Reader left it unchanged."
    )
    assert hashlib.sha256(places.read_bytes()).hexdigest() == before


def test_a_search_result_wraps_to_show_its_whole_title_in_the_narrow_panel(
    qtbot: Any, window: Any
) -> None:
    """A search result ran off the panel's edge ("Northline Press — Westhaven cou") behind a
    sideways scroll bar, with no tip to read the rest. It wraps in a row as tall as its lines."""
    panel = window.sidebar
    panel.resize(220, 700)
    hits = window.controller.search("levy")
    assert hits
    panel.set_results("levy", hits)
    QApplication.processEvents()
    results = panel.results
    assert results.horizontalScrollBar().maximum() == 0
    item = results.item(0)
    text_width = results.fontMetrics().horizontalAdvance(item.text())
    assert text_width > results.viewport().width()  # the title cannot fit on one line
    rect = results.visualItemRect(item)
    assert rect.right() <= results.viewport().width()
    assert rect.height() >= 2 * results.fontMetrics().height()


def test_a_mac_deletes_an_event_with_the_key_its_keyboard_calls_delete() -> None:
    """Most Mac keyboards have no forward Delete: the key labelled "delete" is Backspace to Qt,
    and Finder deletes with Cmd+Backspace; elsewhere Backspace stays out of it."""
    from PySide6.QtGui import QKeySequence

    from reader.ui.sidebar import delete_keys

    mac = [k.toString() for k in delete_keys("darwin")]
    assert "Backspace" in mac and "Ctrl+Backspace" in mac
    others = [k.toString() for k in delete_keys("win32")]
    assert "Backspace" not in others
    assert others == [QKeySequence(QKeySequence.StandardKey.Delete).toString()]


def test_a_long_name_wraps_after_a_word_onto_a_second_line_cut_as_one_line_is() -> None:
    from reader.ui.event_names import two_line_name

    def short(text: str) -> bool:
        return len(text) <= 12

    assert two_line_name("Harbour levy", short, short) == ("Harbour levy",)
    assert two_line_name("Port Alder congestion", short, short) == ("Port Alder", "congestion")
    assert two_line_name("Port Alder congestion charge vote", short, short) == (
        "Port Alder",
        "congestion…",
    )
    assert two_line_name("Port Alder congestion charge (2)", short, short) == (
        "Port Alder",
        "congestion… (2)",
    )
    # a first word too long for its line stays whole there, for the view to cut
    assert two_line_name("Supercalifragilistic levy", short, short) == (
        "Supercalifragilistic",
        "levy",
    )


def test_a_selected_two_line_name_keeps_its_lines_apart_from_its_count(qtbot: Any) -> None:
    """Left to the style, a selected row's two lines ran into one ("congestioncharge") over
    the count; each line is written on its own, and the first ends before the count."""
    from PySide6.QtGui import QFont, QFontMetrics

    from reader.ui.sidebar import LibrarySidebar

    panel = LibrarySidebar()
    qtbot.addWidget(panel)
    font = QFont(panel.font())
    font.setPointSizeF(10)
    panel.set_font(font)
    panel.resize(230, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_events([({"id": 1, "name": "Port Alder congestion charge vote (demo)"}, [])])
    tree = panel.tree
    item = tree.topLevelItem(0)
    tree.setCurrentItem(item)
    top, _bottom = shown_name(tree, item).split("\n")
    metrics = QFontMetrics(tree.font())
    rect = tree.visualItemRect(item)
    image = tree.viewport().grab().toImage()
    ground = image.pixelColor(rect.right() - 30, rect.top() + 1)
    first_line = range(rect.top() + 2, rect.top() + rect.height() // 2 - 1)
    after_line = range(rect.left() + 4 + metrics.horizontalAdvance(top) + 3, rect.right() - 20)
    assert len(after_line) > 10
    inked = [(x, y) for x in after_line for y in first_line if image.pixelColor(x, y) != ground]
    assert not inked  # nothing written between the first line's end and the count


def test_only_a_name_someone_gave_the_event_is_offered_as_the_reports_title(
    window: Any,
) -> None:
    """The name the app makes of the articles (a headline's opening words) is no title for a
    report, which says its own ("How A and B report the same event"); a name typed is."""
    c = window.controller
    assert c.event_name and c.given_event_name() is None
    assert c.rename_event(c.event_id, "Harbour levy lesson")
    assert c.given_event_name() == "Harbour levy lesson"


@pytest.fixture
def analysed(qtbot: Any, tmp_path: Path) -> Any:
    """The window with the two texts compared: the Annotations panel notes on a comparison."""
    win = make_window(qtbot, tmp_path)
    win.open_paths(written_texts(tmp_path))
    qtbot.waitUntil(lambda: win.controller.comparison is not None, timeout=20_000)
    return win


def test_edit_undo_brings_a_deleted_event_back_with_its_notes(
    analysed: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A teacher who deleted the wrong event finds it again with Edit › Undo (Ctrl+Z): its name,
    its articles in their order and its notes, open again as it was; a second delete is undone
    the same way."""
    window = analysed
    c = window.controller
    event_id, name = c.event_id, c.event_name
    article_ids = [a.id for a in c.articles]
    model = window.insights.annotations.model
    c.lib().add_annotation(event_id, "verdict", "", flag_id="f-1", status="disputed")
    model.set_event(c.lib(), event_id, c.comparison)  # the panel reads the verdict
    model.add_note(article_ids[0], 0, 7, "Check the levy figure")
    notes = [(a.kind, a.body, a.article_id) for a in model.annotations]
    assert len(notes) == 2
    undo = window.insights.edit_undo.action
    assert undo in window.edit_menu.actions() and undo.text() == "Undo Add note"
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(event_id)
    assert c.library_events() == [] and c.articles == []
    assert undo.isEnabled() and undo.text() == f"Undo Delete Event “{name}”"
    window.activateWindow()
    window.aligned.setFocus()
    qtbot.keyClick(window.aligned, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.comparison is not None, timeout=20_000)
    (restored,) = [e for e, _ in c.library_events()]
    assert (c.event_id, c.event_name) == (restored.id, name)
    assert [a.id for a in c.articles] == article_ids
    assert [(a.kind, a.body, a.article_id) for a in model.annotations] == notes
    assert window.status_label.text().startswith(f"Restored the event “{name}”")
    assert undo.text() == "Undo" and not undo.isEnabled()  # the panel's steps went with the event
    # a second delete, of the event restored, is undone as well
    assert window.delete_event(restored.id)
    undo.trigger()
    assert [e.name for e, _ in c.library_events()] == [name]
    assert len(c.lib().annotations(c.library_events()[0][0].id)) == 2


def test_a_new_annotation_after_a_delete_takes_back_edit_undo(
    analysed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo undoes the last thing done: once a note is added after the delete, Edit › Undo is
    about the note, and the deleted event is not restored behind the user's back."""
    window = analysed
    c = window.controller
    other = c.lib().create_event("Other story")
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(other.id)
    undo = window.insights.edit_undo
    assert undo.action.text() == "Undo Delete Event “Other story”"
    window.insights.annotations.model.add_note(c.articles[0].id, 0, 7, "a note")
    assert undo.action.text() == "Undo Add note" and not undo.can_undo_delete()
    undo.action.trigger()
    assert window.insights.annotations.model.annotations == []
    assert [e.name for e, _ in c.library_events()] == [c.event_name]


def test_an_undo_that_fails_to_write_keeps_the_deleted_event_for_another_try(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A locked library file during Edit › Undo must not lose the event for good: one dialog
    line names the event, says why and what to do (no path, no traceback; it read "It is kept:
    Edit › Undo tries again", leaving "it" to guess), Undo still names the event, and the next
    try works."""
    from reader.store import deleted_events

    c = window.controller
    event_id, name = c.event_id, c.event_name
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(event_id)
    real_restore = deleted_events.restore
    attempts: list[int] = []

    def locked_once(conn: sqlite3.Connection, deleted: Any) -> int:
        attempts.append(deleted.id)
        if len(attempts) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real_restore(conn, deleted)

    monkeypatch.setattr(deleted_events, "restore", locked_once)
    warnings: list[tuple[str, str]] = []
    undo = window.insights.edit_undo
    monkeypatch.setattr(undo, "warn", lambda parent, title, text: warnings.append((title, text)))
    undo.action.trigger()
    assert c.library_events() == []
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Undo failed"
    assert text == (
        f"“{name}” was not restored: could not save to the library (database is locked)."
        " Try Edit › Undo again."
    )
    assert str(c.lib().path) not in text and "\n" not in text
    assert c.lib().can_restore_event(event_id) and undo.can_undo_delete()
    assert undo.action.isEnabled() and undo.action.text() == f"Undo Delete Event “{name}”"
    undo.action.trigger()
    assert attempts == [event_id, event_id] and len(warnings) == 1
    assert [e.name for e, _ in c.library_events()] == [name]
    assert not undo.can_undo_delete() and not c.lib().can_restore_event(event_id)


def test_an_undo_written_but_not_read_back_says_the_event_is_restored(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore whose read-back fails is still a restore: no "tries again" dialog, no Undo
    step left over to say the library no longer keeps the event, and the line says it is back."""
    c = window.controller
    event_id, name = c.event_id, c.event_name
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(event_id)
    lib = c.lib()
    real_event = lib.event

    def unreadable_once(wanted: int) -> Any:
        monkeypatch.setattr(lib, "event", real_event)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(lib, "event", unreadable_once)
    warnings: list[str] = []
    said: list[str] = []
    c.message.connect(said.append)
    undo = window.insights.edit_undo
    monkeypatch.setattr(undo, "warn", lambda parent, title, text: warnings.append(text))
    undo.action.trigger()
    assert warnings == [] and not undo.can_undo_delete()
    assert said == [
        "Restored the event, but could not read it back: disk I/O error. It is in the library."
    ]
    assert [e.name for e, _ in c.library_events()] == [name]
    assert not c.lib().can_restore_event(event_id)


def test_undo_of_a_delete_is_not_offered_after_a_quit(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    event_id = window.controller.event_id
    assert window.delete_event(event_id)
    window.hide()  # the next start: another window, with the library opened afresh
    again = make_window(qtbot, tmp_path / "again")
    assert again.controller.lib() is not window.controller.lib()
    undo = again.insights.edit_undo.action
    assert not undo.isEnabled() and undo.text() == "Undo"
    assert not again.controller.lib().can_restore_event(event_id)
    assert again.controller.library_events() == []


def test_the_library_panel_names_the_articles_kept_after_the_last_event_goes(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting the last event left "No events yet. Open articles with File › Open." under a
    status line saying its articles were still in the library: the panel read as if they were
    gone. The note now says how many it holds and where to find them."""
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(window.controller.event_id)
    note = window.sidebar.empty
    assert note.isVisibleTo(window.sidebar)
    assert note.text() == (
        "No events. The library holds 2 articles: search it above, or open more with File › Open."
    )
    window.sidebar.search.setText("levy")
    window.sidebar.search.returnPressed.emit()
    assert window.sidebar.results.count() == 2  # the search it points to finds them


def test_down_in_the_library_search_goes_on_to_its_results(window: Any, qtbot: Any) -> None:
    """Typing a search and pressing Down moves into the results, as in other search boxes; only
    Tab got there before. With no search shown, Down goes to the events."""
    sidebar = window.sidebar
    if window.sidebar_dock.isHidden():
        window.sidebar_dock.toggleViewAction().trigger()
    window.activateWindow()
    sidebar.search.setFocus()
    qtbot.waitUntil(sidebar.search.hasFocus, timeout=2000)
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    assert sidebar.tree.hasFocus() and sidebar.tree.currentItem() is not None
    sidebar.search.setFocus()
    qtbot.keyClicks(sidebar.search, "cranes")
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Return)
    assert sidebar.results.count() == 2
    qtbot.keyClick(sidebar.search, Qt.Key.Key_Down)
    assert sidebar.results.hasFocus() and sidebar.results.currentRow() == 0
    qtbot.keyClick(sidebar.results, Qt.Key.Key_Down)
    assert sidebar.results.currentRow() == 1


def test_deleting_the_event_just_opened_takes_down_the_notice_showing(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting an event right after opening it, the notice then showing stayed over the status
    line for its last seconds, hiding how to undo the delete; nor does hovering over the line
    say the event gone is saved."""
    c = window.controller
    bar = window.statusBar()
    window.show_notice("No more flags below.")
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(c.event_id)
    assert bar.currentMessage() == ""
    assert window.status_label.text().startswith("Deleted the event")
    assert "Saved to the Library" not in window.status_label.toolTip()


def test_opening_another_event_takes_down_the_notice_about_the_last(window: Any) -> None:
    c = window.controller
    other = c.lib().create_event("Other story")
    c.notice.emit("A notice about the event open now.")
    assert window.statusBar().currentMessage() != ""
    assert c.open_event(other.id)
    assert window.statusBar().currentMessage() == ""


def test_a_read_finishing_after_a_delete_does_not_say_saved_over_it(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files being read when the user deletes an event: their late "Saved to the Library" must
    not replace the delete's line, which says how to undo it."""
    c = window.controller
    first = c.event_id
    assert c.open_event(c.lib().create_event("Other story").id)
    path = tmp_path / "later.txt"
    path.write_text("Later Post\n\nThe harbour levy vote was delayed again on Wednesday.\n")
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    window.open_paths([path])  # its result is handled by the event loop, after the delete
    assert window.delete_event(first)
    deleted = window.status_label.text()
    assert deleted.startswith("Deleted the event")
    qtbot.waitUntil(lambda: not c.busy, timeout=10_000)
    assert len(c.articles) == 1  # the file is open all the same
    assert window.statusBar().currentMessage() == deleted


def test_a_name_cut_already_is_cut_again_with_one_ellipsis() -> None:
    from reader.ui.event_names import MENU_NAME_CHARS, event_name_for, menu_event_name

    name = event_name_for(HEADLINE)  # the app's name, cut with "…" already
    short = menu_event_name(name)
    assert len(short) <= MENU_NAME_CHARS and short.count("…") == 1 and short.endswith("…")
    assert name.startswith(short.removesuffix("…") + " ")
    assert menu_event_name("Wait… uncharacteristically-disproportionate levy") == "Wait…"
    assert menu_event_name("Harbour levy vote") == "Harbour levy vote"


def test_undo_names_a_long_event_by_its_opening_words_and_the_status_line_as_listed(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An app-made name ends in "…" already; Edit › Undo quoted it whole, as wide as a
    headline. The menu quotes its opening words; the status line the name the Library lists."""
    from reader.ui.event_names import event_name_for

    c = window.controller
    name = event_name_for(HEADLINE)
    event = c.lib().create_event(name)
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(event.id)
    text = window.insights.edit_undo.action.text()
    assert text.startswith("Undo Delete Event “") and text.endswith("…”")
    quoted = text.removeprefix("Undo Delete Event “").removesuffix("”")
    assert len(quoted) < len(name) and name.startswith(quoted.removesuffix("…") + " ")
    assert window.status_label.text().startswith(f"Deleted the event “{name}”")


def test_a_delete_says_what_went_and_how_to_undo_it_whole_at_a_large_font(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1280x800 with a 1.5x system font, the delete's line was cut ("…still in the librar…").
    It says what was deleted and that Ctrl+Z brings it back; where its articles are goes on
    hover, as the Library panel says it too. A name longer than the app gives is cut after a
    word."""
    from PySide6.QtGui import QFont

    from reader.ui.event_names import event_name_for

    system = QApplication.font()
    large = QFont(system)
    large.setPointSizeF(system.pointSizeF() * 1.5)
    QApplication.setFont(large)  # before the window is made, as a system setting is
    try:
        window = make_window(qtbot, tmp_path)
        window.resize(1280, 800)
        QApplication.processEvents()
        c = window.controller
        lib = c.lib()
        monkeypatch.setattr(window, "confirm_delete", lambda name: True)
        hint = window.insights.edit_undo.hint()
        line = window.status_label
        article = ui_sample_article()
        for name in (event_name_for(HEADLINE), f"Lesson plan for Monday: {HEADLINE}"):
            lib.add_article(article, event=name)
            event = lib.find_event(name)
            assert window.delete_event(event.id)
            QApplication.processEvents()
            assert not line.is_elided(), line.text()
            said = line.text()
            assert said.startswith(f"Deleted the event “{name[:40]}") and hint in said
            assert line.toolTip() == (
                f"Deleted the event “{name}”. Its article is still in the library: search the"
                " Library to find it."
            )
    finally:
        QApplication.setFont(system)


def ui_sample_article() -> Any:
    from reader.core.ingest import article_from_text

    return article_from_text(TEXTS["harbour"], outlet="Harbour Daily")


def test_the_event_undo_brings_back_on_screen_is_the_one_the_next_start_opens(
    analysed: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting the open event forgets it for the next start; Edit › Undo, which opens it
    again, makes it the last open event once more, as opening it does."""
    window = analysed
    c = window.controller
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    assert window.delete_event(c.event_id)
    assert window.last_event_id() is None
    window.insights.edit_undo.action.trigger()
    qtbot.waitUntil(lambda: c.comparison is not None, timeout=20_000)
    assert c.event_id is not None and window.last_event_id() == c.event_id


def test_an_undone_delete_keeps_the_typed_name_of_its_own_event(window: Any) -> None:
    """The library gives a deleted event's id to the next new one. Undoing that one's delete
    must not take the first one's typed name for its own, nor leave the first one's name to
    the app's renaming once it is back."""
    c = window.controller
    typed = c.event_id
    assert c.rename_event(typed, "Harbour levy lesson")
    assert c.delete_event(typed)
    newer = c.lib().create_event("Strike talks")
    assert newer.id == typed  # the freed id, given again
    assert c.delete_event(newer.id)
    assert c.restore_event(newer.id, reopen=True) == newer.id
    assert c.event_name == "Strike talks" and c.given_event_name() is None
    first = c.restore_event(typed, reopen=True)
    assert first is not None and first != newer.id
    assert c.given_event_name() == "Harbour levy lesson"


def test_edit_undo_offers_only_the_deletes_the_library_can_undo(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library keeps the latest deletes only; Undo steps back through those and is then
    done, not offering one it would fail to restore."""
    from reader.store.deleted_events import MAX_DELETED_KEPT

    c = window.controller
    monkeypatch.setattr(window, "confirm_delete", lambda name: True)
    names = [f"Story {n}" for n in range(MAX_DELETED_KEPT + 2)]
    for name in names:
        assert window.delete_event(c.lib().create_event(name).id)
    undo = window.insights.edit_undo
    for _ in names:
        if not undo.can_undo_delete():
            break
        undo.action.trigger()
    restored = {e.name for e, _ in c.library_events()}
    assert restored >= set(names[2:]) and not restored & set(names[:2])
    assert "not restored" not in window.status_label.text()


def test_an_undo_the_library_no_longer_keeps_says_so_in_words(window: Any) -> None:
    """A restore of a delete the library has let go says why in a sentence, not with the bare id
    a ``KeyError`` carries."""
    c = window.controller
    said: list[str] = []
    c.message.connect(said.append)
    assert c.restore_event(987_654, reopen=False) is None
    assert said == ["The event was not restored: the library no longer keeps it."]
