"""Opening articles in the real window: files, drag and drop, paste, Open URL, and the error
dialog.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from reader.core.errors import ReaderInputError
from reader.core.model import OUTLET_GIVEN
from reader.ui import fetch
from reader.ui.dialogs import MAX_LISTED, FailedFilesDialog, OpenUrlDialog, PasteDialog
from reader.ui.sidebar import ARTICLE_ROLE
from ui_sample import make_window, recording_window

pytestmark = pytest.mark.gui

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    win = recording_window(qtbot, tmp_path, monkeypatch)
    # The analysis itself is exercised in test_ui_app; here opening stops at the article list.
    monkeypatch.setattr(win.controller, "analyse", lambda: None)
    return win


@pytest.fixture
def article_files(tmp_path: Path) -> list[Path]:
    one = tmp_path / "harbour.txt"
    one.write_text(
        "Harbour Daily\n\nThe council approved the harbour levy on Tuesday after a long debate."
        " Officials said the money would fund new cranes.\n",
        encoding="utf-8",
    )
    two = tmp_path / "coast.txt"
    two.write_text(
        "Coast Post\n\nThe council narrowly passed a controversial harbour levy on Tuesday."
        " Critics claimed the cranes were never needed.\n",
        encoding="utf-8",
    )
    return [one, two]


def wait_for_articles(qtbot: Any, window: Any, n: int) -> None:
    qtbot.waitUntil(
        lambda: len(window.controller.articles) >= n and window.controller.pending_reads == 0,
        timeout=10000,
    )


def test_open_several_files_and_report_the_bad_ones(
    qtbot: Any, window: Any, article_files: list[Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    picture = tmp_path / "photo.html"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    window.open_paths([*article_files, missing, picture])
    wait_for_articles(qtbot, window, 2)
    qtbot.waitUntil(lambda: bool(window.failure_log), timeout=5000)
    assert len(window.controller.articles) == 2
    failures = window.failure_log[0]
    assert [Path(name).name for name, _ in failures] == ["missing.txt", "photo.html"]
    assert all(reason and "\n" not in reason for _, reason in failures)
    # everything that could be read is in the library, under one event
    events = window.controller.library_events()
    assert len(events) == 1 and len(events[0][1]) == 2
    assert window.recent_files()[:2] == [str(p.resolve()) for p in article_files]


def test_open_recent_lists_only_the_files_that_opened(
    qtbot: Any, window: Any, article_files: list[Path], tmp_path: Path
) -> None:
    """A folder, a missing file and an empty one are refused: offering them again in Open Recent
    would only refuse them again."""
    folder = tmp_path / "folder"
    folder.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    window.open_paths([article_files[0], folder, tmp_path / "missing.txt", empty])
    qtbot.waitUntil(lambda: bool(window.failure_log), timeout=10000)
    wait_for_articles(qtbot, window, 1)
    assert len(window.failure_log[0]) == 3
    assert window.recent_files() == [str(article_files[0].resolve())]
    names = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert names == ["&1 harbour.txt", "Clear Menu"]


def test_a_recent_file_no_longer_there_leaves_the_menu_with_a_word(
    qtbot: Any, window: Any, article_files: list[Path]
) -> None:
    """Chosen after it was moved or deleted, it is dropped with a one-line notice, not opened
    into a failure dialog and kept for the next time."""
    window.open_paths(article_files)
    wait_for_articles(qtbot, window, 2)
    qtbot.waitUntil(lambda: len(window.recent_files()) == 2, timeout=5000)
    gone = article_files[1]
    gone.unlink()
    entry = next(a for a in window.recent_menu.actions() if a.text().endswith("coast.txt"))
    entry.trigger()
    assert window.recent_files() == [str(article_files[0].resolve())]
    assert not any(a.text().endswith("coast.txt") for a in window.recent_menu.actions())
    notice = window.statusBar().currentMessage()
    assert notice == (
        f"coast.txt is no longer in {gone.parent.resolve()}, so it was removed from Open Recent."
    )
    assert window.failure_log == [] and window.controller.pending_reads == 0


def test_one_failure_is_one_sentence_naming_the_file(qtbot: Any) -> None:
    dialog = FailedFilesDialog(
        [
            (
                "/home/ana/Downloads/scriptonly.html",
                "no article found on this page (0 KB, under 20 words of article text); open the"
                " article's own page or save the article as text",
            )
        ]
    )
    qtbot.addWidget(dialog)
    assert dialog.text() == (
        "scriptonly.html can’t be opened: no article found on this page (0 KB, under 20 words of"
        " article text). Open the article's own page or save the article as text."
    )
    assert dialog.windowTitle() == "Can’t open the file"
    assert dialog.informativeText() == "" and dialog.detailedText() == ""


def test_one_failure_reads_as_a_short_block_with_large_text(qtbot: Any) -> None:
    """At a 20 pt font the one sentence was wrapped at the box's own width, about 400 px, and
    ran down eight lines of a few words each; it has the width to read in a few lines."""
    from PySide6.QtGui import QFont

    system = QApplication.font()
    large = QFont(system)
    large.setPointSizeF(20)
    QApplication.setFont(large)
    try:
        dialog = FailedFilesDialog(
            [("/tmp/bad.txt", "binary data, not text: this file holds no readable article")]
        )
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        label = dialog.findChild(QLabel, "qt_msgbox_label")
        assert label.text() == dialog.text()
        assert label.height() // label.fontMetrics().lineSpacing() <= 4
        dialog.close()
    finally:
        QApplication.setFont(system)


def test_pasted_text_and_addresses_are_not_called_files(qtbot: Any) -> None:
    pasted = FailedFilesDialog([("Pasted text", "no text: the input is empty or only whitespace")])
    qtbot.addWidget(pasted)
    assert pasted.text() == (
        "The pasted text can’t be added: no text — the input is empty or only whitespace."
    )
    assert "file" not in (pasted.windowTitle() + pasted.text()).lower()
    page = FailedFilesDialog(
        [("https://www.example.com/news", "the server answered 404 Not Found")]
    )
    qtbot.addWidget(page)
    assert page.text() == (
        "The page www.example.com/news can’t be opened: the server answered 404 Not Found."
    )
    both = FailedFilesDialog(
        [("/tmp/a.pdf", "the PDF has no text layer"), ("Pasted text", "no text")]
    )
    qtbot.addWidget(both)
    assert both.windowTitle() == "Some items could not be added"
    assert both.text() == "2 items could not be added:"


def test_several_failures_are_a_wrapped_list_with_every_reason_whole(qtbot: Any) -> None:
    advice = "download or export it again"
    failures = [(f"/data/in/{i}.pdf", f"damaged or truncated PDF; {advice}") for i in range(10)]
    dialog = FailedFilesDialog(failures)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Some files could not be opened"
    assert dialog.text() == "10 files could not be opened:"
    listed = dialog.informativeText()
    assert listed.count("<li>") == MAX_LISTED and "Download or export it again." in listed
    assert "/data/in" not in listed and "…and 2 more" in listed
    # the full paths, all ten, are under Show Details and on the clipboard
    assert dialog.detailedText().splitlines()[9].startswith("/data/in/9.pdf: damaged")
    dialog.copy()
    assert QApplication.clipboard().text() == dialog.detailedText()
    dialog.show()
    qtbot.waitExposed(dialog)
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.text() == listed)
    assert label.wordWrap()
    right = label.mapTo(dialog, label.rect().topRight()).x()
    assert right < dialog.width()  # the reasons wrap inside the box, never cut off at its edge
    # and the box is wide enough to read them, not a column of three words a line
    assert label.width() >= 45 * label.fontMetrics().averageCharWidth()


def test_drop_files_on_the_window(qtbot: Any, window: Any, article_files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in article_files])
    enter_pos = QPointF(window.rect().center())
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(
        enter_pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        enter_pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    wait_for_articles(qtbot, window, 2)
    assert {a.source for a in window.controller.articles} == {str(p) for p in article_files}


def test_drag_of_plain_text_is_refused(window: Any) -> None:
    from PySide6.QtGui import QDragEnterEvent

    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPointF(10, 10).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_paste_text_dialog(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: PasteDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing to add yet
        qtbot.keyClicks(dialog.outlet, "Evening Star")
        dialog.title_edit.setText("Levy passes")
        dialog.body.setPlainText(
            "The council approved the harbour levy on Tuesday after a long debate. The vote was"
            " close, and officials said the money would pay for two new cranes."
        )
        assert ok.isEnabled()
        return 1

    monkeypatch.setattr(PasteDialog, "exec", fill)
    window.act_paste.trigger()
    assert len(window.controller.articles) == 1
    art = window.controller.articles[0]
    assert art.outlet == "Evening Star" and art.title == "Levy passes"
    assert "harbour levy" in art.text


def test_an_empty_paste_says_why_add_waits_once_the_reader_tried(qtbot: Any) -> None:
    """Add stayed greyed over an empty box with no line saying why. The dialog opens calm; the
    line shows once the reader leaves the box or presses Enter (or Ctrl+Enter) with nothing or
    only spaces in it, not when they switch to another window to copy the article, and goes
    once there is text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    from reader.ui.dialogs import PASTE_THE_TEXT

    def leave_box(reason: Qt.FocusReason) -> None:
        QApplication.sendEvent(dialog.body, QFocusEvent(QEvent.Type.FocusOut, reason))

    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.empty_hint.text() == PASTE_THE_TEXT
    assert dialog.empty_hint.isHidden()  # nothing tried yet
    leave_box(Qt.FocusReason.ActiveWindowFocusReason)  # off to copy the article
    assert dialog.empty_hint.isHidden()
    leave_box(Qt.FocusReason.TabFocusReason)
    assert not dialog.empty_hint.isHidden()
    qtbot.keyClicks(dialog.body, "The council met.")
    assert dialog.empty_hint.isHidden()

    ctrl, none = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
    for field, modifier in (("body", ctrl), ("outlet", none)):
        fresh = PasteDialog()
        qtbot.addWidget(fresh)
        fresh.show()
        qtbot.waitExposed(fresh)
        fresh.body.setPlainText("   ")  # only spaces
        assert fresh.empty_hint.isHidden()
        qtbot.keyClick(getattr(fresh, field), Qt.Key.Key_Return, modifier)
        assert not fresh.empty_hint.isHidden(), field
        ok = fresh.buttons.button(fresh.buttons.StandardButton.Ok)
        assert not ok.isEnabled() and fresh.isVisible()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(_QuietHandler, directory=str(PAGES))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_open_url_fetches_and_keeps_the_page(
    qtbot: Any, window: Any, local_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = sorted(PAGES.glob("*.html"))[0]
    url = f"{local_server}/{page.name}"

    def fill(dialog: OpenUrlDialog) -> int:
        dialog.url.setText(url)
        return 1

    monkeypatch.setattr(OpenUrlDialog, "exec", fill)
    window.act_url.trigger()
    wait_for_articles(qtbot, window, 1)
    art = window.controller.articles[0]
    assert art.source == url
    assert len(art.text) > 200
    # the fetched HTML is kept in the library so the article works offline from now on
    lib = window.controller.lib()
    assert lib.raw_source(art.id) == page.read_bytes()


def test_open_url_with_a_typed_outlet_renames_a_page_the_library_has(
    qtbot: Any, window: Any, local_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The outlet typed in Open URL is the user's, for a page fetched before too: the library's
    article takes it and the status bar says so, as ``reader library add --outlet`` does."""
    url = f"{local_server}/{sorted(PAGES.glob('*.html'))[0].name}"
    typed = ""

    def fill(dialog: OpenUrlDialog) -> int:
        dialog.url.setText(url)
        dialog.outlet.setText(typed)
        return 1

    monkeypatch.setattr(OpenUrlDialog, "exec", fill)
    window.act_url.trigger()
    wait_for_articles(qtbot, window, 1)
    (first,) = window.controller.articles
    assert first.outlet_source != OUTLET_GIVEN
    window.controller.clear()
    typed = "Harbour Weekly"
    window.act_url.trigger()
    wait_for_articles(qtbot, window, 1)
    assert [a.outlet for a in window.controller.articles] == [typed]
    stored = window.controller.lib().article(first.id)
    assert (stored.outlet, stored.outlet_source) == (typed, OUTLET_GIVEN)
    notice = window.statusBar().currentMessage()
    assert typed in notice and first.outlet in notice


def _open_url_dialog(parent: Any) -> Any:
    return OpenUrlDialog(parent)


def _details_dialog(parent: Any) -> Any:
    from reader.ui.dialogs import ArticleDetailsDialog

    return ArticleDetailsDialog(
        "blue",
        "Hero officer faced knife-wielding career criminal, police say",
        source="/home/someone/Downloads/reports/blue.txt",
        parent=parent,
        outlet_is_file_name=True,
    )


@pytest.mark.gui
@pytest.mark.parametrize("make", [_open_url_dialog, _details_dialog])
def test_dialogs_show_their_notes_and_boxes_whole_with_large_text(
    qtbot: Any, tmp_path: Path, make: Any
) -> None:
    """At a 20 pt system font Open URL kept its fixed 180 px and Edit Article Details the
    height its minimum gave: their wrapped notes were cut short and the boxes under them were
    squeezed until their text was cut in half. They now open as tall as their notes, wrapped
    at their width, and their boxes need."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLineEdit

    window = make_window(qtbot, tmp_path)
    system = QApplication.font()
    large = QFont(system)
    large.setPointSizeF(20)
    QApplication.setFont(large)
    try:
        dialog = make(window)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        notes = [n for n in dialog.findChildren(QLabel) if n.wordWrap() and n.isVisible()]
        assert notes
        for note in notes:
            assert note.height() >= note.heightForWidth(note.width()), note.text()
        boxes = dialog.findChildren(QLineEdit)
        assert len(boxes) >= 2
        for box in boxes:
            assert box.height() >= box.sizeHint().height(), box.accessibleName()
        if isinstance(dialog, OpenUrlDialog):  # its hints read whole ("Taken from the page wh…")
            for box in boxes:
                hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
                assert hint <= box.contentsRect().width() - 8, box.placeholderText()
    finally:
        QApplication.setFont(system)


def test_open_url_errors_are_one_line(
    qtbot: Any, window: Any, local_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"{local_server}/no-such-page.html"
    monkeypatch.setattr(OpenUrlDialog, "exec", lambda d: (d.url.setText(url), 1)[1])
    window.act_url.trigger()
    qtbot.waitUntil(lambda: bool(window.failure_log), timeout=10000)
    assert window.failure_log[0] == [(url, "the server answered 404 File not found")]
    assert window.controller.articles == []


def test_fetch_refuses_the_network_when_switched_off() -> None:
    with pytest.raises(ReaderInputError, match="network access is switched off"):
        fetch.fetch_page("https://example.org/news")


def test_fetch_caps_size_and_reports_refused_connection(local_server: str) -> None:
    page = sorted(PAGES.glob("*.html"))[0]
    with pytest.raises(ReaderInputError, match="larger than"):
        fetch.fetch_page(f"{local_server}/{page.name}", max_bytes=100)
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ReaderInputError, match="refused"):
        fetch.fetch_page(f"http://127.0.0.1:{port}/", timeout=2)
    with pytest.raises(ReaderInputError, match="only http"):
        fetch.fetch_page("file:///etc/passwd")


def test_empty_library_opens_on_the_demo_event(window: Any) -> None:
    import argparse

    from reader.store.demo import demo_manifest
    from reader.ui.app import open_initial

    open_initial(window, argparse.Namespace(files=[], demo=False, view=None))
    name = demo_manifest()["event"]
    assert window.controller.event_name == name
    assert len(window.controller.articles) == len(demo_manifest()["articles"])
    top = window.sidebar.tree.topLevelItem(0)
    assert top is not None and top.text(0).startswith(name)
    assert top.childCount() == len(window.controller.articles)
    # a second start on the same (no longer empty) library does not import the demo again
    window.controller.clear()
    open_initial(window, argparse.Namespace(files=[], demo=False, view=None))
    assert window.controller.articles == []
    open_initial(window, argparse.Namespace(files=[], demo=True, view=None))
    assert window.controller.event_name == name


def test_library_search_finds_and_opens_an_article(
    qtbot: Any, window: Any, article_files: list[Path]
) -> None:
    window.open_paths(article_files)
    wait_for_articles(qtbot, window, 2)
    window.controller.clear()
    window.sidebar_dock.toggleViewAction().trigger()  # stepped aside in this narrow window
    qtbot.keyClicks(window.sidebar.search, "cranes")
    qtbot.waitUntil(
        lambda: window.sidebar.results.isVisible() and window.sidebar.results.count() == 2,
        timeout=3000,
    )
    item = window.sidebar.results.item(0)
    window.sidebar.results.itemActivated.emit(item)
    assert len(window.controller.articles) == 1
    assert "cranes" in window.controller.articles[0].text
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: window.sidebar.tree.isVisible(), timeout=3000)


def test_removing_an_article_takes_it_out_of_the_event(
    qtbot: Any, window: Any, article_files: list[Path]
) -> None:
    window.open_paths(article_files)
    wait_for_articles(qtbot, window, 2)
    c = window.controller
    gone = c.articles[0]
    c.remove_article(gone.id)
    assert [a.id for a in c.articles] == [c.articles[0].id] and c.articles[0].id != gone.id
    events = c.library_events()
    assert [r.id for r in events[0][1]] == [c.articles[0].id]
    assert window.sidebar.tree.topLevelItem(0).childCount() == 1


def test_window_geometry_is_restored(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from reader.ui.app import build

    first = make_window(qtbot, tmp_path)
    first.sidebar_dock.toggleViewAction().trigger()  # the user's own choice in a narrow window
    assert not first.sidebar_dock.isHidden()
    first.details_dock.hide()
    first.resize(700, 500)  # inside the offscreen screen (800x600), which restoring clamps to
    first.save_state()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    _app, second, _controller, theme = build(settings=settings)
    second.theme_manager = theme
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    second.show()
    assert second.details_dock.isHidden() and not second.sidebar_dock.isHidden()


def test_edit_article_details_is_stored_and_re_runs(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.dialogs import ArticleDetailsDialog

    bare = tmp_path / "000_4aa2.txt"
    bare.write_text(
        "The council approved the harbour levy on Tuesday after a long debate. Officials said"
        " the money would fund new cranes, and the mayor called it fair.\n",
        encoding="utf-8",
    )
    window.open_paths([bare])
    wait_for_articles(qtbot, window, 1)
    c = window.controller
    art = c.articles[0]
    assert art.outlet == "000 4aa2"  # no byline: the file's name stands in
    runs: list[int] = []
    monkeypatch.setattr(c, "analyse", lambda: runs.append(1))
    dialog = window.edit_article_details(art.id)
    assert isinstance(dialog, ArticleDetailsDialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.outlet.text() == "000 4aa2" and str(bare) in labels
    assert "no byline" in labels  # says why the outlet looks like a file name
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    dialog.outlet.clear()
    assert not save.isEnabled() and "outlet" in dialog.problem.text()
    qtbot.keyClicks(dialog.outlet, "Harbour Daily")
    dialog.title_edit.setText("Levy passes")
    dialog.author.setText("J. Doe")
    dialog.date.setText("24 November")
    assert not save.isEnabled() and "YYYY-MM-DD" in dialog.problem.text()
    dialog.date.setText("2026-11-24")
    assert save.isEnabled()
    save.click()
    edited = c.articles[0]
    assert (edited.outlet, edited.title, edited.author, edited.date) == (
        "Harbour Daily",
        "Levy passes",
        "J. Doe",
        "2026-11-24",
    )
    assert edited.text == art.text and edited.id == art.id
    assert runs == [1]  # explanations name outlets: the comparison runs again
    stored = c.lib().article(art.id)
    assert (stored.outlet, stored.title, stored.date) == (
        "Harbour Daily",
        "Levy passes",
        "2026-11-24",
    )
    assert [r.id for r in c.search("Harbour Daily")] == [art.id]  # the search index follows
    names = [
        window.sidebar.tree.topLevelItem(0).child(i).text(0)
        for i in range(window.sidebar.tree.topLevelItem(0).childCount())
    ]
    assert names == ["Harbour Daily — Levy passes"]


def test_sidebar_and_menu_reach_edit_details(
    qtbot: Any, window: Any, article_files: list[Path]
) -> None:
    window.open_paths(article_files)
    wait_for_articles(qtbot, window, 2)
    tree = window.sidebar.tree
    event = tree.topLevelItem(0)
    assert window.sidebar.article_menu_for(event) is None  # events have no article menu
    second = event.child(1)
    menu = window.sidebar.article_menu_for(second)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Add to the Comparison", "Edit Article Details…"]
    menu.actions()[1].trigger()
    target = window.controller.articles[1]
    assert window.details_dialog.outlet.text() == target.outlet
    window.details_dialog.outlet.setText("Renamed Post")
    window.details_dialog.accept()
    assert window.controller.articles[1].outlet == "Renamed Post"
    # an article in the library but not in the comparison is edited in the library only
    window.controller.clear()
    menu = window.sidebar.article_menu_for(window.sidebar.tree.topLevelItem(0).child(0))
    menu.actions()[1].trigger()
    window.details_dialog.outlet.setText("Harbour Daily Online")
    window.details_dialog.accept()
    assert window.controller.articles == []
    first_id = window.sidebar.tree.topLevelItem(0).child(0).data(0, ARTICLE_ROLE)
    assert window.controller.lib().article(first_id).outlet == "Harbour Daily Online"
    assert window.act_edit_details.shortcut().toString() == "Ctrl+E"
    assert window.act_edit_details in window.article_menu.actions()


def test_empty_state_offers_open_paste_url_and_demo(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.controller.clear()
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    buttons = (welcome.open_button, welcome.paste_button, welcome.url_button, welcome.demo_button)
    assert all(b.accessibleName() and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(b.isVisible() for b in buttons)
    assert "one article alone" in welcome.body.text()  # a single article is welcome too
    asked: list[str] = []
    monkeypatch.setattr(PasteDialog, "exec", lambda _d: asked.append("paste") or 0)
    monkeypatch.setattr(OpenUrlDialog, "exec", lambda _d: asked.append("url") or 0)

    def no_files(*_args: Any) -> tuple[list[str], str]:
        asked.append("open")
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", no_files)
    window.welcome.paste_button.click()
    window.welcome.open_button.click()
    window.welcome.url_button.click()  # the toolbar's Open URL, through its action
    assert asked == ["paste", "open", "url"]
    window.welcome.demo_button.click()
    from reader.store.demo import demo_manifest

    assert window.controller.event_name == demo_manifest()["event"]
    assert len(window.controller.articles) == len(demo_manifest()["articles"])


def test_a_first_start_on_a_small_screen_leaves_the_library_panel_closed(
    qtbot: Any, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    screen = window.screen().availableGeometry()
    window.fit_to_screen()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert window.sidebar_dock.isHidden() == (screen.width() < 1300)
    window.sidebar_dock.show()
    window.save_state()  # the user's own choice is kept from then on
    window.fit_to_screen()
    assert not window.sidebar_dock.isHidden()


def test_a_web_address_given_at_start_is_fetched_whole_and_files_are_opened(
    window: Any, article_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from reader.ui.app import open_initial

    fetched: list[str] = []
    opened: list[list[Path]] = []
    monkeypatch.setattr(window.controller, "open_url", lambda url, outlet="": fetched.append(url))
    monkeypatch.setattr(window, "open_paths", lambda paths: opened.append(list(paths)))
    address = "https://example.com/news/a.html"
    files = [str(article_files[0]), address]
    open_initial(window, argparse.Namespace(files=files, demo=False, view=None))
    assert fetched == [address]  # not "https:/example.com/...", as a path would make it
    assert opened == [[article_files[0]]]


def test_the_open_dialog_lists_every_kind_of_file_the_engine_reads(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages saved from Safari (.webarchive) or as one file (.mhtml) are read like any page, so
    the Articles filter must not hide them; anything else stays one choice away."""
    filters: list[str] = []

    def record(_parent: Any, _title: str, _start: str, name_filter: str) -> tuple[list[str], str]:
        filters.append(name_filter)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", record)
    window.welcome.open_button.click()
    (articles, anything) = filters[0].split(";;")
    for ending in (".txt", ".md", ".html", ".mhtml", ".webarchive", ".pdf", ".docx"):
        assert f"*{ending}" in articles.split("(")[1].rstrip(")").split()
    assert anything == "All files (*)"
