"""File > Export and File > Print from the app: dialogs stubbed, real files checked."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from pdf_text import pdf_text
from reader.core.export import CSV_ENCODING
from reader.core.model import Comparison
from reader.ui import export_actions
from reader.ui.annotation_model import AnnotationModel
from reader.ui.export_actions import ExportActions, suggested_name
from ui_sample import sample_comparison, stub_save

pytestmark = pytest.mark.gui


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


@pytest.fixture
def setup(qtbot: Any) -> tuple[QWidget, ExportActions, AnnotationModel, Comparison]:
    window = QWidget()
    qtbot.addWidget(window)
    comp = sample_comparison()
    notes = AnnotationModel(window)
    notes.set_event(None, None, comp)
    notes.author = "Ms Okafor"
    start = comp.article("wire").text.index("12-point position paper")
    notes.add_note("wire", start, start + 23, "Precise and neutral")
    actions = ExportActions(window, notes.report_notes)
    actions.set_comparison(comp)
    return window, actions, notes, comp


def test_actions_follow_the_comparison_and_fill_a_menu(setup: Any) -> None:
    window, actions, _notes, _comp = setup
    menu = QMenu(window)
    sub = actions.add_to_menu(menu)
    assert [a.text() for a in sub.actions()] == [t for t, _s, _f in export_actions.FORMATS.values()]
    assert actions.print_action in menu.actions()
    assert all(a.isEnabled() for a in sub.actions())
    actions.set_comparison(None)
    assert not any(a.isEnabled() for a in sub.actions()) and not actions.print_action.isEnabled()
    assert actions.export("html") is None


def test_html_export_carries_annotations_and_no_scripts(setup: Any, tmp_path: Path) -> None:
    _w, actions, _notes, comp = setup
    asked: list[str] = []
    stub_save(actions, tmp_path / "report", asked)  # no suffix: one is added
    written = actions.export("html")
    assert written == tmp_path / "report.html"
    assert asked[0].endswith(suggested_name(comp, ".html"))
    page = written.read_text(encoding="utf-8")
    for art in comp.articles:
        assert art.outlet in page
    assert "Precise and neutral" in page and "Ms Okafor" in page
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "iframe" not in parser.tags


def test_csv_and_json_exports(setup: Any, tmp_path: Path) -> None:
    _w, actions, _notes, comp = setup
    stub_save(actions, tmp_path / "flags.csv")
    path = actions.export("csv")
    assert path is not None
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding=CSV_ENCODING))))
    assert len(rows) == len(comp.flags)
    assert {r["category"] for r in rows} == {f.category for f in comp.flags}
    stub_save(actions, tmp_path / "data.json")
    path = actions.export("json")
    assert path is not None
    assert Comparison.from_dict(json.loads(path.read_text(encoding="utf-8"))) == comp


def test_pdf_export_has_outlets_and_annotations(setup: Any, tmp_path: Path) -> None:
    _w, actions, _notes, comp = setup
    stub_save(actions, tmp_path / "report.pdf")
    with_signal: list[Any] = []
    actions.exported.connect(lambda kind, p: with_signal.append((kind, p)))
    path = actions.export("pdf")
    assert path is not None and with_signal == [("pdf", path)]
    text = pdf_text(path)
    for art in comp.articles:
        assert art.outlet in text
    assert "Precise and neutral" in text


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("no-such-folder/report.html", "there is no folder no-such-folder. Choose another folder."),
        ("notes.txt/report.html", "there is no folder notes.txt. Choose another folder."),
        ("old-reports.html", "it is a folder. Choose a file name."),
    ],
)
def test_unwritable_target_is_a_one_line_message_that_says_what_to_do(
    setup: Any, tmp_path: Path, where: str, says: str
) -> None:
    _w, actions, _notes, _comp = setup
    (tmp_path / "notes.txt").write_text("a file, not a folder", encoding="utf-8")
    (tmp_path / "old-reports.html").mkdir()
    target = tmp_path / where
    stub_save(actions, target)
    warned: list[str] = []
    actions.warn = lambda _p, _t, text: warned.append(text)
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert actions.export("html") is None
    assert warned == [f"{target.name} could not be saved: {says}"]
    assert messages == warned
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "old-reports.html"]
    assert list((tmp_path / "old-reports.html").iterdir()) == []


def test_an_export_over_an_existing_file_replaces_it_whole(setup: Any, tmp_path: Path) -> None:
    _w, actions, _notes, _comp = setup
    target = tmp_path / "report.csv"
    target.write_text("an older report", encoding="utf-8")
    stub_save(actions, target)
    assert actions.export("csv") == target
    assert "an older report" not in target.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_print_sends_the_annotated_report(setup: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window, actions, _notes, comp = setup
    calls: list[dict[str, Any]] = []

    def fake_print(c: Comparison, **kw: Any) -> bool:
        calls.append({"comparison": c, **kw})
        return True

    monkeypatch.setattr(export_actions, "print_report", fake_print)
    assert actions.print_()
    (call,) = calls
    assert call["comparison"] is comp and call["parent"] is window
    assert [n["body"] for n in call["annotations"]] == ["Precise and neutral"]


def test_suggested_names_are_safe_file_names() -> None:
    comp = sample_comparison()
    untitled = replace(comp, title=None)
    assert suggested_name(untitled, ".pdf") == "wire-service-the-daily-bugle-gazette.pdf"
    assert suggested_name(replace(comp, title="Xi meets Macron"), ".csv") == "xi-meets-macron.csv"
    odd = replace(comp, title="../../etc/passwd: <Xi & Macron>")
    name = suggested_name(odd, ".html")
    assert "/" not in name and ".." not in name and name.endswith(".html")


def test_a_failed_export_leaves_the_earlier_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    comp = sample_comparison()
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF- an earlier good report")

    def broken_writer(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_actions, "write_pdf", broken_writer)
    with pytest.raises(OSError, match="No space left"):
        export_actions.write_export(comp, "pdf", report)
    assert report.read_bytes() == b"%PDF- an earlier good report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left behind
    export_actions.write_export(comp, "json", tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["schema"]


def test_a_name_the_user_gave_the_event_titles_the_report_and_its_file(
    setup: Any, tmp_path: Path
) -> None:
    """A teacher renamed the event "Ferry timetable lesson"; the report was still titled after
    its outlets, and its file too. The given name titles both; with none, the report's own."""
    window, _actions, notes, titled = setup
    comp = replace(titled, title=None)  # as the app's comparisons are: compare() gives none
    given: list[str | None] = ["Ferry timetable lesson"]
    actions = ExportActions(window, notes.report_notes, title=lambda: given[0])
    actions.set_comparison(comp)
    asked: list[str] = []
    stub_save(actions, tmp_path / "named.html", asked)
    page = actions.export("html")
    assert page is not None and asked[0].endswith("ferry-timetable-lesson.html")
    assert "<h1>Ferry timetable lesson</h1>" in page.read_text(encoding="utf-8")
    given[0] = None
    stub_save(actions, tmp_path / "own.html", asked)
    own = actions.export("html")
    assert own is not None and asked[1].endswith(suggested_name(comp, ".html"))
    assert "Ferry timetable lesson" not in own.read_text(encoding="utf-8")
