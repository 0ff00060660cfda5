"""The outlet rename dialog for an unknown outlet (an empty field, the name as placeholder) and the
Open URL offline message (one question mark, no full stop after it)."""

from __future__ import annotations

import socket
import urllib.error
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.core.model import UNKNOWN_OUTLET
from reader.ui.dialogs import (
    ArticleDetailsDialog,
    FailedFilesDialog,
    failure_sentence,
    reason_sentence,
)
from ui_sample import recording_window, sample_comparison, sample_window

pytestmark = pytest.mark.gui


# -- the outlet's name when it is unknown ---------------------------------------------------------


def test_an_unknown_outlet_is_an_empty_field_with_a_placeholder(qtbot: Any, tmp_path: Path) -> None:
    win = sample_window(qtbot, tmp_path)
    comp = sample_comparison()
    unknown = comp.article("gazette").with_fields(
        outlet=UNKNOWN_OUTLET, source=str(tmp_path / "000_4aa2d4bfa08ecdd9.txt")
    )
    articles = tuple(unknown if a.id == "gazette" else a for a in comp.articles)
    comp = replace(comp, articles=articles)
    win.controller.articles = list(articles)
    win.show_comparison(comp)
    column = [a.id for a in comp.articles].index("gazette")
    win.aligned.header_view.editRequested.emit(column)  # the "edit" link in its header
    dialog = win.details_dialog
    assert dialog.outlet.text() == ""
    assert dialog.outlet.placeholderText() == UNKNOWN_OUTLET
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and not dialog.problem.isVisibleTo(dialog)  # nothing to fix yet
    qtbot.keyClicks(dialog.outlet, "Harbour Daily")
    assert save.isEnabled()
    dialog.outlet.clear()
    assert not save.isEnabled() and "outlet" in dialog.problem.text()
    # a known outlet is still there to edit, and a numbered unknown one is a placeholder too
    win.aligned.header_view.editRequested.emit([a.id for a in comp.articles].index("daily"))
    assert win.details_dialog.outlet.text() == "The Daily Bugle"
    second = ArticleDetailsDialog(f"{UNKNOWN_OUTLET} (2)", outlet_is_file_name=True)
    qtbot.addWidget(second)
    assert second.outlet.text() == ""
    assert second.outlet.placeholderText() == f"{UNKNOWN_OUTLET} (2)"


# -- the offline message ---------------------------------------------------------------------------


def test_reasons_keep_their_own_question_mark() -> None:
    assert reason_sentence("cannot find the server; are you offline?") == (
        "cannot find the server. Are you offline?"
    )
    assert reason_sentence("no article found; save the page as text.") == (
        "no article found. Save the page as text."
    )
    assert reason_sentence("binary data, not text") == "binary data, not text."
    said = failure_sentence("https://example.org/news", "cannot find the server; are you offline?")
    assert said.endswith("Are you offline?") and "?." not in said


def test_the_open_url_offline_error_ends_once(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_dns(*_args: Any, **_kwargs: Any) -> Any:
        raise urllib.error.URLError(socket.gaierror(-2, "Name or service not known"))

    monkeypatch.setattr("urllib.request.urlopen", no_dns)
    win = recording_window(qtbot, tmp_path, monkeypatch)
    win.controller.open_url("http://localhost/news")  # loopback: allowed with the network off
    qtbot.waitUntil(lambda: bool(win.failure_log), timeout=10_000)
    [failures] = win.failure_log
    dialog = FailedFilesDialog(failures, win)
    qtbot.addWidget(dialog)
    assert dialog.text() == (
        "The page localhost/news can’t be opened: cannot find the server. Are you offline?"
    )
