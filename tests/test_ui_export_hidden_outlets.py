"""File > Export from the real window leaves out the outlets View › Show Outlets hides, as the
Overview does, and says so; JSON stays complete."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.export import CSV_ENCODING
from ui_sample import delivered_window, hide_outlet, stub_save

pytestmark = pytest.mark.gui

SHAMEFUL = "It is a shameful betrayal of Ukraine."


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    return delivered_window(qtbot, tmp_path)


def test_app_exports_leave_out_a_hidden_outlet_and_say_so(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    exports = window.insights.exports
    hide_outlet(window, "The Daily Bugle")
    titles = stub_save(exports, tmp_path / "report.html")
    messages: list[str] = []
    exports.message.connect(messages.append)
    assert exports.export("html") == tmp_path / "report.html"
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert SHAMEFUL not in page and "Chinese dictator" not in page
    assert '<th scope="col">The Daily Bugle</th>' not in page
    assert "Hidden outlet (View › Show Outlets): The Daily Bugle" in page
    assert "without hidden outlets: The Daily Bugle" in titles[0]
    assert messages[-1] == (
        f"Saved report.html in {tmp_path.name} (without hidden outlets: The Daily Bugle)"
    )
    # where, in full, on hover over the status line that says it, and only there
    status = window.status_label
    assert status.text() == messages[-1]
    assert status.toolTip() == f"Saved to {tmp_path / 'report.html'}"
    window.show_message("Analysing…")
    assert status.toolTip() == ""

    stub_save(exports, tmp_path / "flags.csv")
    exports.export("csv")
    text = (tmp_path / "flags.csv").read_text(encoding=CSV_ENCODING)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert all(r["outlet"] != "The Daily Bugle" for r in rows)

    # JSON stays the whole comparison, whatever is hidden.
    stub_save(exports, tmp_path / "all.json")
    exports.export("json")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [a["outlet"] for a in data["articles"]] == ["Wire Service", "The Daily Bugle", "Gazette"]

    # Shown again, the outlet is back in the report.
    next(a for a in window.outlet_menu.actions() if a.text() == "The Daily Bugle").setChecked(True)
    stub_save(exports, tmp_path / "again.html")
    exports.export("html")
    assert SHAMEFUL in (tmp_path / "again.html").read_text(encoding="utf-8")
