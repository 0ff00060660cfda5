"""An outlet named after its file ("download", "article (1)", "bbc news 2024 11 21") is recorded as
such at ingest, kept through JSON, and marked in the column headers with a quiet invitation to
name it ("the file's name · ✎ name it")."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from reader.core.ingest import article_from_text, read_article
from reader.core.model import OUTLET_FROM_FILE_NAME, OUTLET_GIVEN, Article, Comparison
from reader.core.outlets import outlet_needs_name
from reader.ui.cell_delegate import PAD_X
from ui_sample import sample_comparison

BODY = (
    "The council approved the harbour levy on Tuesday after a long debate. Officials said the"
    " money would fund two new cranes. The mayor said the vote was a fair compromise."
)
SCHEMA = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "schema" / "comparison.schema.json"
)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("download.txt", "download"),
        ("article (1).txt", "article (1)"),
        ("bbc_news_2024-11-21.txt", "bbc news 2024 11 21"),
    ],
)
def test_a_name_from_the_file_name_is_recorded_and_needs_naming(
    tmp_path: Path, name: str, outlet: str
) -> None:
    path = tmp_path / name
    path.write_text(BODY, encoding="utf-8")
    article = read_article(path)
    assert article.outlet == outlet
    assert article.outlet_source == OUTLET_FROM_FILE_NAME
    assert outlet_needs_name(article)
    given = read_article(path, outlet="Harbour Times")
    assert given.outlet_source == OUTLET_GIVEN
    assert not outlet_needs_name(given)


def test_a_name_the_input_gives_is_recorded_as_such(tmp_path: Path) -> None:
    dated = tmp_path / "download.txt"
    dated.write_text(f"LONDON (Reuters) - {BODY}", encoding="utf-8")
    article = read_article(dated)
    assert (article.outlet, article.outlet_source) == ("Reuters", "dateline")
    assert not outlet_needs_name(article)
    pasted = article_from_text(BODY)
    assert pasted.outlet_source == "pasted" and not outlet_needs_name(pasted)


def test_a_record_the_input_named_it_wins_over_a_name_that_matches_the_file() -> None:
    # "reuters" read from the page of reuters.html is the page's word, not the file's.
    page = Article("p", "reuters", BODY, source="/tmp/reuters.html", outlet_source="page")
    assert not outlet_needs_name(page)
    # Renamed since (the record not updated): the name is no longer the file's.
    renamed = replace(
        Article("r", "download", BODY, source="/tmp/download.txt", outlet_source="file name"),
        outlet="Harbour Times",
    )
    assert not outlet_needs_name(renamed)


def test_unrecorded_articles_numbered_apart_or_not_still_need_a_name() -> None:
    # From an older library or JSON file, which kept no record: judged by the name alone.
    own = Article("a", "article (1)", BODY, source="/tmp/article (1).txt")
    numbered = Article("b", "download (2)", BODY, source="/tmp/download.txt")
    assert own.outlet_source is None
    assert outlet_needs_name(own) and outlet_needs_name(numbered)


def test_the_record_round_trips_through_json_and_keeps_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "download.txt"
    path.write_text(BODY, encoding="utf-8")
    article = read_article(path)
    comp = replace(sample_comparison(), articles=(article, *sample_comparison().articles[1:]))
    data = comp.to_dict()
    assert data["articles"][0]["outlet_source"] == OUTLET_FROM_FILE_NAME
    assert "outlet_source" not in data["articles"][1]  # not recorded: not written
    again = Comparison.from_dict(json.loads(json.dumps(data)))
    assert again.articles[0].outlet_source == OUTLET_FROM_FILE_NAME
    if SCHEMA.exists():
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(data)


# -- the headers ------------------------------------------------------------------------------


def _unnamed(comp: Comparison, index: int, outlet: str = "download") -> Comparison:
    articles = list(comp.articles)
    articles[index] = replace(
        articles[index],
        outlet=outlet,
        source=f"/tmp/{outlet}.txt",
        outlet_source=OUTLET_FROM_FILE_NAME,
    )
    return replace(comp, articles=tuple(articles))


def _window_with_unnamed(qtbot: Any, tmp_path: Path, index: int) -> Any:
    """The window showing two of the sample's articles, the one at ``index`` named only by its
    file."""
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    comp = _unnamed(sample_comparison(), index)
    window.show_comparison(replace(comp, articles=comp.articles[:2]))
    return window


@pytest.mark.gui
def test_the_aligned_header_says_the_name_is_the_files_and_invites_naming_it(
    qtbot: Any, tmp_path: Path
) -> None:
    window = _window_with_unnamed(qtbot, tmp_path, 1)
    header = window.aligned.header_view
    wide = header.edit_hint(1, 600)
    assert wide == ("the file’s name · ", "✎ name it")  # plain words, not "from file name"
    # In a narrow column the note gives way to the outlet's name; the link stays.
    assert header.edit_hint(1, 200) == ("", "✎ name it")
    # A named outlet has neither.
    assert header.edit_hint(0, 600) == ("", "")
    tip = window.aligned.model().headerData(
        1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "file’s name" in tip and "name it" in tip
    # A click on the note or the link asks for the edit dialog.
    section = header._section_rect(1)
    where = header._edit_rect(section, 1)
    with qtbot.waitSignal(header.editRequested) as blocker:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where.center())
    assert blocker.args == [1]


def _window_with_unknown(qtbot: Any, tmp_path: Path) -> Any:
    """Two of the sample's articles, the second from a file named only by numbers."""
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    comp = _unnamed(sample_comparison(), 1)
    articles = list(comp.articles)
    articles[1] = replace(articles[1], outlet="Unknown outlet", source="/tmp/000_4aa2d4bf.txt")
    window.show_comparison(replace(comp, articles=tuple(articles[:2])))
    return window


@pytest.mark.gui
def test_an_unknown_outlet_is_invited_to_be_named_without_repeating_itself(
    qtbot: Any, tmp_path: Path
) -> None:
    """ "Unknown outlet" did not come from the file's name (a name of numbers gives none), and
    says itself that nothing named it: the headers add no note beside it ("no outlet found"
    crowded the line), only the invitation to name it, whose tooltip says why."""
    window = _window_with_unknown(qtbot, tmp_path)
    assert window.aligned.header_view.edit_hint(1, 600) == ("", "✎ name it")
    tip = window.aligned.model().headerData(
        1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "a code, not a name" in tip and "file’s name:" not in tip
    window.tabs.setCurrentWidget(window.reading)
    pane = window.reading.panes[1]
    assert pane.file_name_note is None
    assert pane.edit_link is not None and "a code, not a name" in pane.edit_link.toolTip()


@pytest.mark.gui
def test_a_narrow_column_keeps_the_outlets_name_and_the_pencil(qtbot: Any, tmp_path: Path) -> None:
    """At a 1024 px window a column is about 215 px: "✎ name it" cut the name to "Unknown o…".
    The name wins the room; the link keeps its pencil, still a click target."""
    window = _window_with_unknown(qtbot, tmp_path)
    header = window.aligned.header_view
    assert header.edit_hint(1, 215) == ("", "✎")
    fm = QFontMetrics(header._outlet_font())
    name_room = header._layout(1, 215)[0] - PAD_X
    assert name_room >= fm.horizontalAdvance("Unknown outlet")
    section = header._section_rect(1)
    where = header._edit_rect(section, 1)
    with qtbot.waitSignal(header.editRequested) as blocker:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where.center())
    assert blocker.args == [1]


@pytest.mark.gui
@pytest.mark.parametrize("zoom", [11.0, 20.0])
def test_the_link_never_cuts_the_file_named_outlet_it_sits_beside(
    qtbot: Any, tmp_path: Path, zoom: float
) -> None:
    """At a 20 pt zoom the three stop reports' columns read "justi… ✎ name it": the link kept
    its words where they cut the name, as the room was measured for the name upright and the
    header sets it in italic. At any width the name is whole beside the link's words, or the
    link is its pencil alone."""
    window = _window_with_unnamed(qtbot, tmp_path, 1)
    window.apply_font_size(zoom)
    header = window.aligned.header_view
    name = str(header.model().headerData(1, Qt.Orientation.Horizontal) or "").partition("\n")[0]
    assert name and " " not in name  # one word: it cannot wrap, only be cut
    for width in range(120, 420):
        _note, link = header.edit_hint(1, width)
        if link != "✎":
            assert header._wrapped_outlet(1, width, 1) == [name], width


@pytest.mark.gui
def test_the_reading_header_says_it_quietly_and_gives_way_when_narrow(
    qtbot: Any, tmp_path: Path
) -> None:
    window = _window_with_unnamed(qtbot, tmp_path, 0)
    window.tabs.setCurrentWidget(window.reading)
    qtbot.wait(10)
    pane = window.reading.panes[0]
    other = window.reading.panes[1]
    assert pane.file_name_note is not None and pane.edit_link is not None
    assert pane.file_name_note.text() == "the file’s name ·"
    assert "name it" in pane.edit_link.text()
    assert pane.outlet_label.font().italic()
    assert pane.file_name_note.isVisible()
    assert other.file_name_note is None and not other.outlet_label.font().italic()
    pane.resize(180, pane.height())
    assert not pane.file_name_note.isVisible() and pane.edit_link.isVisible()
    # the note gone, hovering the name still says where it came from; a real name needs no word
    assert "the file’s name" in pane.header.toolTip()
    assert "file" not in other.header.toolTip()
    assert "name it" in pane.edit_link.text()  # "download" still reads whole beside it
    pane.resize(120, pane.height())
    assert pane.edit_link.isVisible() and "name it" not in pane.edit_link.text()
    assert "✎" in pane.edit_link.text()
    pane.resize(600, pane.height())
    assert "name it" in pane.edit_link.text() and pane.file_name_note.isVisible()


@pytest.mark.gui
@pytest.mark.parametrize("zoom", [11.0, 20.0])
def test_the_reading_headers_date_and_link_sit_on_the_names_line(
    qtbot: Any, tmp_path: Path, zoom: float
) -> None:
    """At a 20 pt zoom a one-line name kept two lines of height (another pane's name wrapped)
    and its pencil, centred in them, floated between the name and the headline. The date, the
    note and the link now share the name's first baseline, whatever the name's height."""
    from PySide6.QtCore import QPoint

    window = _window_with_unnamed(qtbot, tmp_path, 0)
    window.tabs.setCurrentWidget(window.reading)
    window.apply_font_size(zoom)
    qtbot.wait(10)
    pane = window.reading.panes[0]
    pane.header.outlet_label.set_max_lines(2)  # as where another pane's name takes two
    pane.resize(600, pane.height())
    QApplication.processEvents()

    def baseline(label: Any) -> int:
        return label.mapTo(pane, QPoint(0, label.contentsRect().top())).y() + (
            label.fontMetrics().ascent()
        )

    beside = pane.header.beside_name()
    assert pane.edit_link in beside and len(beside) >= 2  # the date and the link at least
    for label in beside:
        assert label.isVisible(), label.text()
        assert abs(baseline(label) - baseline(pane.header.outlet_label)) <= 1, label.text()


@pytest.mark.gui
def test_naming_the_outlet_records_that_a_person_named_it(qtbot: Any, tmp_path: Path) -> None:
    from ui_sample import make_window

    window = make_window(qtbot, tmp_path)
    controller = window.controller
    path = tmp_path / "download.txt"
    path.write_text(BODY, encoding="utf-8")
    article = read_article(path)
    controller.articles = [article]
    updated = controller.update_article_details(article.id, outlet="Harbour Times")
    assert updated is not None
    assert updated.outlet_source == OUTLET_GIVEN and not outlet_needs_name(updated)
