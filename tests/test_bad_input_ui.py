"""Bad input in the app: every file of the command-line sweep (``bad_inputs.BAD_FILES``) opened
beside a good one, through File > Open (its file dialog patched) and by dropping both on the window.

The rule under test: the good file opens, one dialog names the bad file with a one-line reason
that says what to do, and the article already open stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from bad_inputs import ARTICLE, BAD_FILES, READABLE_FILES, bad_cases, write
from reader.ui.dialogs import failure_sentence
from ui_sample import COAST, HARBOUR, recording_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    win = recording_window(qtbot, tmp_path, monkeypatch)
    # What is read is the point here; the comparison of what was read is test_ui_app's.
    monkeypatch.setattr(win.controller, "analyse", lambda: None)
    return win


def open_with_dialog(window: Any, paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Open, with the user choosing ``paths`` in the file dialog."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in paths], "")
    )
    window.act_open.trigger()


def drop(window: Any, paths: list[Path], _monkeypatch: pytest.MonkeyPatch) -> None:
    """``paths`` dragged from a file manager and dropped on the window."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()


ROUTES = {"File > Open": open_with_dialog, "drop": drop}


def settled(qtbot: Any, window: Any, articles: int) -> None:
    qtbot.waitUntil(
        lambda: (
            len(window.controller.articles) >= articles and window.controller.pending_reads == 0
        ),
        timeout=20_000,
    )


@pytest.fixture
def one_open(qtbot: Any, window: Any, tmp_path: Path) -> Path:
    """An article the user opened before the bad one."""
    first = write(tmp_path, "harbour-daily.txt", HARBOUR)
    window.open_paths([first])
    settled(qtbot, window, 1)
    return first


@pytest.mark.parametrize("route", sorted(ROUTES))
@pytest.mark.parametrize("case", bad_cases())
def test_a_bad_file_beside_a_good_one_is_named_in_one_line_and_the_rest_open(
    qtbot: Any,
    window: Any,
    one_open: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    route: str,
) -> None:
    bad = BAD_FILES[case]
    path = bad.make(tmp_path)
    good = write(tmp_path, "coast-post.txt", COAST)
    ROUTES[route](window, [good, path], monkeypatch)
    settled(qtbot, window, 2)
    qtbot.waitUntil(lambda: bool(window.failure_log), timeout=5000)
    sources = [a.source for a in window.controller.articles]
    assert sources == [str(one_open), str(good)]  # the earlier article is still open
    [[(name, reason)]] = window.failure_log
    assert name == str(path)
    assert "\n" not in reason and "Traceback" not in reason
    assert bad.problem in reason and bad.advice in reason, reason
    assert failure_sentence(name, reason).startswith(f"{path.name} can’t be opened: ")


@pytest.mark.parametrize("route", sorted(ROUTES))
@pytest.mark.parametrize("case", sorted(READABLE_FILES))
def test_odd_encodings_and_names_open_as_the_text_they_hold(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    route: str,
) -> None:
    name, data, phrase = READABLE_FILES[case]
    path = write(tmp_path, name, data)
    ROUTES[route](window, [path], monkeypatch)
    settled(qtbot, window, 1)
    [article] = window.controller.articles
    assert article.source == str(path) and phrase in article.text
    assert window.failure_log == []


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_the_same_file_given_twice_opens_once_without_a_failure(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    path = write(tmp_path, "harbour.txt", ARTICLE)
    ROUTES[route](window, [path, path], monkeypatch)
    settled(qtbot, window, 1)
    assert [a.source for a in window.controller.articles] == [str(path)]
    assert window.failure_log == []
