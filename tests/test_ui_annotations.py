"""Annotations: stored per event in the library, undo/redo, hand-in export and a teacher's merge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QImage, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.errors import ReaderInputError
from reader.core.export import to_html
from reader.core.model import Comparison
from reader.store import Library
from reader.ui.annotation_files import ANNOTATIONS_FORMAT
from reader.ui.annotation_model import AnnotationModel
from reader.ui.annotations import EMPTY_LIST_HINT, NEW_COMMENT_KEPT, AnnotationsPanel
from reader.ui.reading_pane import ArticlePane
from reader.ui.richtext import article_offset
from reader.ui.selection_tracker import SelectionTracker
from ui_sample import DAILY, WIRE, sample_comparison

pytestmark = pytest.mark.gui


def stored_comparison(lib: Library, event: str = "Xi meets Macron") -> tuple[int, Comparison]:
    """The sample comparison with the library's article ids, as the app would have it."""
    comp = sample_comparison()
    text = json.dumps(comp.to_dict())
    for art in comp.articles:
        stored, _ = lib.add_article(art, event=event)
        text = text.replace(json.dumps(art.id), json.dumps(stored.id))
    found = lib.find_event(event)
    assert found is not None
    return found.id, Comparison.from_dict(json.loads(text))


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def span(comp: Comparison, outlet: str, words: str) -> tuple[str, int, int]:
    art = next(a for a in comp.articles if a.outlet == outlet)
    start = art.text.index(words)
    return art.id, start, start + len(words)


def test_annotations_are_stored_per_event_with_author(qtbot: Any, lib: Library) -> None:
    event_id, comp = stored_comparison(lib)
    model = AnnotationModel()
    model.set_event(lib, event_id, comp)
    model.author = "Ana"
    assert model.persistent
    model.add_note(*span(comp, "The Daily Bugle", "shameful betrayal"), "Opinion as fact?")
    model.add_tag(*span(comp, "Wire Service", "12-point position paper"), "neutral wording")
    model.add_missed_flag(*span(comp, "The Daily Bugle", "reward the invasion"), "loaded", "")
    model.set_verdict("f-label", "agreed", "Fair: the others say President.")

    stored = lib.annotations(event_id)
    assert [(a.kind, a.author) for a in stored] == [
        ("note", "Ana"),
        ("tag", "Ana"),
        ("missed-flag", "Ana"),
        ("verdict", "Ana"),
    ]
    verdict = stored[-1]
    assert (verdict.flag_id, verdict.status, verdict.category) == ("f-label", "agreed", "label")
    missed = stored[2]
    daily = next(a for a in comp.articles if a.outlet == "The Daily Bugle")
    assert daily.text[missed.start : missed.end] == "reward the invasion"
    assert missed.category == "loaded"

    # A fresh model (the app restarted) reads the same annotations back.
    again = AnnotationModel()
    again.set_event(lib, event_id, comp)
    assert [a.body for a in again.annotations] == [a.body for a in stored]
    assert again.target_text(again.annotations[0]) == "shameful betrayal"
    assert again.target_text(again.annotations[3]) == "Chinese dictator"  # the flag's words

    with pytest.raises(ValueError):
        model.add_note(daily.id, 5, 5, "empty span")
    with pytest.raises(ValueError):
        model.add_missed_flag(daily.id, 0, 4, "no-such-category")


def test_undo_and_redo_every_change(qtbot: Any, lib: Library) -> None:
    event_id, comp = stored_comparison(lib)
    model = AnnotationModel()
    model.set_event(lib, event_id, comp)
    stack = model.undo_stack
    model.add_note(*span(comp, "Wire Service", "Officials said"), "who?")
    created = lib.annotations(event_id)[0].created
    stack.undo()
    assert lib.annotations(event_id) == []
    stack.redo()
    (note,) = lib.annotations(event_id)
    assert note.body == "who?" and note.created == created  # the same note, not a copy

    model.edit(note.id, "which officials?")
    assert lib.annotations(event_id)[0].body == "which officials?"
    stack.undo()
    assert lib.annotations(event_id)[0].body == "who?"
    stack.redo()

    model.remove(lib.annotations(event_id)[0].id)
    assert lib.annotations(event_id) == []
    stack.undo()
    assert [a.body for a in lib.annotations(event_id)] == ["which officials?"]
    # Editing after the note came back under a new id still reaches it.
    stack.undo()  # the edit
    assert [a.body for a in lib.annotations(event_id)] == ["who?"]

    # A second verdict by the same author replaces the first; undo brings the first back.
    model.set_verdict("f-hedge", "agreed", "")
    model.set_verdict("f-hedge", "disputed", "a real doubt, attributed later")
    verdicts = [a for a in lib.annotations(event_id) if a.kind == "verdict"]
    assert [(v.status, v.body) for v in verdicts] == [
        ("disputed", "a real doubt, attributed later")
    ]
    stack.undo()
    verdicts = [a for a in lib.annotations(event_id) if a.kind == "verdict"]
    assert [(v.status, v.body) for v in verdicts] == [("agreed", "")]


def test_hand_ins_merge_without_duplicates_and_keep_authors(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    event_id, comp = stored_comparison(lib)
    ana = AnnotationModel()
    ana.set_event(None, None, comp)  # a student without the teacher's library: in memory
    assert not ana.persistent
    ana.author = "Ana"
    ana.add_note(*span(comp, "The Daily Bugle", "supposed framework"), "hedge")
    ana.set_verdict("f-verb", "disputed", "Critics did claim it")
    ben = AnnotationModel()
    ben.set_event(None, None, comp)
    ben.author = "Ben"
    ben.add_note(*span(comp, "The Daily Bugle", "supposed framework"), "hedge")  # same words
    ben.add_tag(*span(comp, "Gazette", "hosted Emmanuel Macron"), "neutral")
    ana_file, ben_file = tmp_path / "ana.json", tmp_path / "ben.json"
    assert ana.export_json(ana_file) == 2
    assert ben.export_json(ben_file) == 2
    doc = json.loads(ana_file.read_text(encoding="utf-8"))
    assert doc["format"] == ANNOTATIONS_FORMAT and doc["author"] == "Ana"
    assert doc["annotations"][0]["text"] == "supposed framework"

    teacher = AnnotationModel()
    teacher.set_event(lib, event_id, comp)
    result = teacher.import_files([ana_file, ben_file, ana_file])
    assert (result.added, result.duplicates, result.skipped) == (4, 2, 0)
    stored = lib.annotations(event_id)
    assert sorted((a.author, a.kind, a.body) for a in stored) == [
        ("Ana", "note", "hedge"),
        ("Ana", "verdict", "Critics did claim it"),
        ("Ben", "note", "hedge"),
        ("Ben", "tag", "neutral"),
    ]
    assert next(a for a in stored if a.kind == "verdict").status == "disputed"
    assert teacher.import_files([ben_file]).added == 0  # already merged
    teacher.undo_stack.undo()  # the first (real) import, as one step
    assert lib.annotations(event_id) == []

    # A hand-in about other articles imports nothing and says so.
    other = sample_comparison()  # different article ids, same texts: matched by content hash
    teacher2 = AnnotationModel()
    teacher2.set_event(None, None, other)
    assert teacher2.import_files([ana_file]).added == 2
    doc["articles"] = [dict(a, hash="x", id="nope") for a in doc["articles"]]
    stray = tmp_path / "stray.json"
    stray.write_text(json.dumps(doc), encoding="utf-8")
    assert teacher2.import_files([stray]).skipped == 2  # both point into unknown articles


def test_bad_annotation_files_are_one_line_errors(qtbot: Any, tmp_path: Path) -> None:
    model = AnnotationModel()
    model.set_event(None, None, sample_comparison())
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReaderInputError, match="not JSON"):
        model.import_files([bad])
    bad.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(ReaderInputError, match="not a Parallax Reader annotations file") as err:
        model.import_files([bad])
    # where a reader makes one: the panel's button (the File menu has no such command)
    assert "the Export… button of the Annotations panel" in str(err.value)
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    assert panel.export_button.text() == "Export…"
    bad.write_text(
        json.dumps({"format": ANNOTATIONS_FORMAT, "annotations": [{"kind": "shout"}]}),
        encoding="utf-8",
    )
    with pytest.raises(ReaderInputError, match="not a valid annotations file"):
        model.import_files([bad])
    with pytest.raises(ReaderInputError):
        model.import_files([tmp_path / "missing.json"])


def test_report_includes_annotations(qtbot: Any) -> None:
    comp = sample_comparison()
    model = AnnotationModel()
    model.set_event(None, None, comp)
    model.author = "Ms Okafor"
    model.add_note(*span(comp, "Wire Service", "12-point position paper"), "Precise & neutral")
    model.set_verdict("f-label", "agreed", "Compare with the wire")
    page = to_html(comp, annotations=model.report_notes())
    assert "Precise &amp; neutral" in page and "Ms Okafor" in page
    assert "Compare with the wire" in page and "agreed" in page


def test_selection_in_a_reading_pane_maps_to_article_offsets(qtbot: Any) -> None:
    comp = sample_comparison()
    daily = comp.article("daily")
    pane = ArticlePane(daily)
    qtbot.addWidget(pane)
    pane.fill(list(comp.flags_of("daily")), False, QFont())
    assert pane.markers  # marker letters shift the document against the article
    tracker = SelectionTracker()
    tracker.track([pane])
    words = "reward the invasion"  # after several flagged words and their markers
    start = DAILY.index(words)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.position(start))
    cursor.setPosition(pane.position(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    with qtbot.waitSignal(tracker.selected, timeout=1000) as sig:
        pane.text.setTextCursor(cursor)
    assert sig.args == ["daily", start, start + len(words)]
    for offset in range(len(DAILY) + 1):
        assert article_offset(pane.position(offset), pane.markers) == offset
    assert WIRE  # the other sample text is untouched by this test


def test_a_selection_that_stops_before_a_marker_letter_keeps_the_whole_word(qtbot: Any) -> None:
    """Dragging across a flagged word and stopping before its superscript letter selects the
    word to its last character: the boundary on either side of the letter is the same offset."""
    comp = sample_comparison()
    pane = ArticlePane(comp.article("daily"))
    qtbot.addWidget(pane)
    pane.fill(list(comp.flags_of("daily")), False, QFont())
    tracker = SelectionTracker()
    tracker.track([pane])
    end = pane.markers[0]  # the article offset a marker letter follows
    start = DAILY.rfind(" ", 0, end - 1) + 1
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.position(start))
    cursor.setPosition(pane.position(end - 1) + 1, QTextCursor.MoveMode.KeepAnchor)
    with qtbot.waitSignal(tracker.selected, timeout=1000) as sig:
        pane.text.setTextCursor(cursor)
    assert sig.args == ["daily", start, end]
    assert pane.text.document().characterAt(pane.position(end - 1) + 1) != DAILY[end]


def test_panel_adds_agrees_edits_deletes_and_exports(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    event_id, comp = stored_comparison(lib)
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_event(lib, event_id, comp)
    panel.show()
    assert not panel.note_button.isEnabled() and not panel.agree_button.isEnabled()
    panel.author_edit.setText("Ana")
    assert lib.setting("annotations/author") == "Ana"

    article, start, end = span(comp, "The Daily Bugle", "shameful betrayal")
    panel.set_selection(article, start, end)
    assert "shameful betrayal" in panel.target.text()
    panel.comment.setPlainText("Opinion stated as fact")
    with qtbot.waitSignal(panel.annotationAdded, timeout=1000) as sig:
        panel.note_button.click()
    assert sig.args[0].body == "Opinion stated as fact" and sig.args[0].author == "Ana"
    assert panel.comment.toPlainText() == ""
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(3) == "Ana"

    panel.set_flag("f-hedge")
    assert panel.agree_button.isEnabled() and "supposed" in panel.target.text()
    panel.comment.setPlainText("The framework is real")
    panel.dispute_button.click()
    assert panel.tree.topLevelItem(1).text(0) == "Disputed"

    panel.category.setCurrentIndex(panel.category.findData("loaded"))
    panel.set_selection(*span(comp, "The Daily Bugle", "reward the invasion"))
    panel.missed_button.click()
    assert panel.tree.topLevelItem(2).text(0) == "Missed: Loaded word"

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.comment.setPlainText("Unattributed opinion")
    panel.edit_button.click()
    assert lib.annotations(event_id)[0].body == "Unattributed opinion"
    assert panel.undo_button.isEnabled() and panel.undo_button.toolTip() == "Undo Edit annotation"
    panel.undo_button.click()
    assert lib.annotations(event_id)[0].body == "Opinion stated as fact"
    assert panel.redo_button.isEnabled()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))
    panel.delete_button.click()
    assert len(lib.annotations(event_id)) == 2

    target = tmp_path / "handin.json"
    panel.save_file = lambda *_a: (str(target), "")
    with qtbot.waitSignal(panel.message, timeout=1000) as msg:
        panel.export_button.click()
    assert "Exported 2 annotations" in msg.args[0]
    assert len(json.loads(target.read_text(encoding="utf-8"))["annotations"]) == 2

    with qtbot.waitSignal(panel.annotationActivated, timeout=1000) as act:
        panel.tree.itemActivated.emit(panel.tree.topLevelItem(1), 0)
    flag = next(f for f in comp.flags if f.id == "f-hedge")
    assert act.args == [flag.article, flag.start, flag.end]

    # Importing the same hand-in into the same event adds nothing.
    panel.open_files = lambda *_a: ([str(target)], "")
    with qtbot.waitSignal(panel.message, timeout=1000) as msg:
        panel.import_button.click()
    assert msg.args[0] == "Imported 0 annotations, 2 already here."


def _distinct_colours(image: QImage) -> int:
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    )


def test_the_empty_list_says_what_a_note_is_and_how_to_add_one(qtbot: Any, lib: Library) -> None:
    """The list was a blank box until the first note, with no word of what would fill it."""
    event_id, comp = stored_comparison(lib)
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_event(lib, event_id, comp)
    panel.resize(320, 600)
    panel.show()
    qtbot.waitExposed(panel)
    hint = panel.tree.empty_hint()
    assert hint == EMPTY_LIST_HINT
    assert f"press {panel.note_button.text()}." in hint  # the button's real name
    assert "comment on words" in hint
    empty = panel.tree.viewport().grab().toImage()
    assert _distinct_colours(empty) > 2  # the hint is drawn, not only the base colour

    panel.set_selection(*span(comp, "The Daily Bugle", "shameful betrayal"))
    panel.comment.setPlainText("Opinion stated as fact")
    panel.note_button.click()
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.empty_hint() == ""
    panel.undo_button.click()
    assert panel.tree.empty_hint() == EMPTY_LIST_HINT


def test_the_list_of_annotations_fits_the_panel_beside_the_views(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """In the side panel (320 px in a 1400 px window) the comment and the words it is on took
    100 px each whatever the room: the list scrolled sideways even when empty, and its Author
    column was cut at the edge."""
    event_id, comp = stored_comparison(lib)
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_event(lib, event_id, comp)
    panel.setFixedSize(320, 600)  # the side panel's width in a 1400 px window
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree

    def fits() -> bool:
        QApplication.processEvents()
        head = tree.header()
        right = head.sectionViewportPosition(3) + head.sectionSize(3)
        return tree.horizontalScrollBar().maximum() == 0 and right <= tree.viewport().width()

    assert fits()
    panel.author_edit.setText("Ana Lindqvist")
    panel.set_selection(*span(comp, "The Daily Bugle", "shameful betrayal"))
    panel.comment.setPlainText("Opinion stated as fact, with no one named who holds it")
    panel.note_button.click()
    assert fits()
    panel.author_edit.setText("Ben")  # a second author: the Author column shows
    panel.set_selection(*span(comp, "Wire Service", "12-point position paper"))
    panel.comment.setPlainText("Neutral wording")
    panel.note_button.click()
    assert fits()
    assert not tree.isColumnHidden(3)
    assert tree.columnWidth(3) >= tree.fontMetrics().horizontalAdvance("Ana Lindqvist")


def test_the_comment_has_most_of_the_side_panel_and_the_author_column_shows_for_others(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """At 1280 px the comment column was about 80 px of the 320 px panel, so a sentence wrapped
    a word a line, while an Author column repeated the name in the box above. The comment has
    the room left by the kind, with the words a third of it; the Author column shows only once
    someone else's annotation is in the list."""
    panel = _side_panel_with_note(qtbot, lib, "Casts an ordinary vote as forced")
    tree = panel.tree
    QApplication.processEvents()
    assert tree.isColumnHidden(3)  # every annotation is the reader's own
    assert tree.columnWidth(2) >= tree.viewport().width() // 2
    assert tree.columnWidth(2) >= 2 * tree.columnWidth(1)

    panel.author_edit.setText("Ana Lindqvist")  # the note above has no author: not hers
    QApplication.processEvents()
    assert not tree.isColumnHidden(3)
    head = tree.header()
    assert head.sectionViewportPosition(3) + head.sectionSize(3) <= tree.viewport().width()
    assert tree.columnWidth(2) > tree.columnWidth(1)


def test_a_long_authors_name_wraps_and_the_list_still_fits_the_panel(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """At 1280x800 a merged hand-in by "Alexandra Papadopoulou" sized the Author column to the
    whole name: the list scrolled sideways, the column ran off the panel's right edge and the
    comment was left a letter a line. The name now wraps between its words, and the comment
    keeps a quarter of the list at least."""
    panel = _side_panel_with_note(qtbot, lib, "Casts an ordinary vote as forced")
    tree = panel.tree
    name = "Alexandra Papadopoulou"
    panel.author_edit.setText(name)
    panel.comment.setPlainText("Vague")
    panel.tag_button.click()  # a tag on the same words, by her
    QApplication.processEvents()
    head = tree.header()
    assert not tree.isColumnHidden(3)
    assert tree.horizontalScrollBar().maximum() == 0
    assert head.sectionViewportPosition(3) + head.sectionSize(3) <= tree.viewport().width()
    assert tree.columnWidth(3) < tree.fontMetrics().horizontalAdvance(name)  # wrapped
    assert tree.columnWidth(3) > tree.fontMetrics().horizontalAdvance("Papadopoulou")  # whole
    assert tree.columnWidth(2) >= tree.viewport().width() // 4


def _side_panel_with_note(qtbot: Any, lib: Library, comment: str) -> AnnotationsPanel:
    """The panel as the side panel shows it at 1280 px, with one note of ``comment`` on the
    Bugle's "shameful betrayal"."""
    event_id, comp = stored_comparison(lib)
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_event(lib, event_id, comp)
    panel.setFixedSize(320, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_selection(*span(comp, "The Daily Bugle", "shameful betrayal"))
    panel.comment.setPlainText(comment)
    panel.note_button.click()
    return panel


def test_a_long_comment_wraps_in_a_row_as_tall_as_its_lines(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """In the side panel a long comment was cut to "Opinion stated as…" with nothing but a hover
    tip to read it whole. It wraps now, its row as tall as its lines, and the row grows back
    to one line when the panel is widened enough."""
    from PySide6.QtCore import QRect, Qt

    body = "Opinion stated as fact, with no one named who holds it, in the lead paragraph"
    panel = _side_panel_with_note(qtbot, lib, body)
    tree = panel.tree
    item = tree.topLevelItem(0)

    def lines_fit() -> bool:
        QApplication.processEvents()
        width = tree.columnWidth(2) - 8  # the cell's text margins
        needed = tree.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), body
        )
        return tree.visualItemRect(item).height() >= needed.height()

    one_line = tree.fontMetrics().height()
    assert lines_fit()
    wrapped = tree.visualItemRect(item).height()
    assert wrapped >= 2 * one_line
    panel.setFixedSize(1900, 600)  # wide enough for the comment on one line
    # One line of text plus the cell's margins: compared with the wrapped height, not with two
    # lines of the font, since the margins alone can make up a line at a small font.
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() <= wrapped - one_line, timeout=2000)
    assert lines_fit()


def test_the_panels_messages_read_as_sentences_and_say_where_a_tag_goes(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """Tag pressed with the box empty said "write the tag first" in the status line, in lower
    case and with no word of where to write it; the model's other reasons read the same way
    beside the panel's own sentences. The panel says where the tag goes, and every reason is a
    sentence."""
    event_id, comp = stored_comparison(lib)
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.set_event(lib, event_id, comp)
    panel.set_selection(*span(comp, "The Daily Bugle", "shameful betrayal"))
    with qtbot.waitSignal(panel.message, timeout=1000) as msg:
        panel.tag_button.click()
    assert msg.args == ["Write the tag in the box above, then press Tag."]
    assert lib.annotations(event_id) == []

    closed = AnnotationsPanel()  # no comparison open: the model's own reason
    qtbot.addWidget(closed)
    closed.set_selection("daily", 0, 5)
    with qtbot.waitSignal(closed.message, timeout=1000) as msg:
        closed.add_note()  # the Note button's slot (the button waits for an event)
    assert msg.args == ["No comparison is open."]


def test_a_tall_rows_kind_words_and_author_start_on_its_first_line(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """Beside a long comment wrapped in a tall row, the kind, the words and the author were
    centred, half-way down the row. Every cell starts at the top, where the comment does."""
    from PySide6.QtCore import Qt

    comment = "Opinion stated as fact, with no one named who holds it " * 3
    panel = _side_panel_with_note(qtbot, lib, comment)
    item = panel.tree.topLevelItem(0)
    tree = panel.tree
    QApplication.processEvents()
    assert tree.visualItemRect(item).height() > 3 * tree.fontMetrics().height()  # a tall row
    for column in range(tree.columnCount()):
        align = Qt.AlignmentFlag(item.textAlignment(column))
        assert align & Qt.AlignmentFlag.AlignTop, column
        assert not align & Qt.AlignmentFlag.AlignVCenter, column


def test_choosing_an_annotation_puts_its_comment_in_the_box_to_edit(
    qtbot: Any, tmp_path: Path, lib: Library
) -> None:
    """Choosing an annotation left the box empty: fixing one word meant typing the comment
    again, and Save Edit on the empty box wiped it. The chosen comment is put in the box to
    correct; words the reader is typing are never replaced, and an unedited comment leaves
    the box when other words are selected or the annotation is deleted."""
    panel = _side_panel_with_note(qtbot, lib, "Opinon stated as fact")
    comp = panel.model.comparison
    assert comp is not None
    tree = panel.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    assert panel.comment.toPlainText() == "Opinon stated as fact"
    panel.comment.setPlainText("Opinion stated as fact")
    panel.edit_button.click()
    assert [a.body for a in panel.model.annotations] == ["Opinion stated as fact"]

    panel.set_selection(*span(comp, "Wire Service", "12-point position paper"))
    panel.comment.setPlainText("Neutral wording")
    panel.note_button.click()
    panel.comment.setPlainText("A draft of my own")
    tree.setCurrentItem(tree.topLevelItem(0))
    assert panel.comment.toPlainText() == "A draft of my own"  # not replaced

    panel.comment.clear()
    tree.setCurrentItem(tree.topLevelItem(1))
    assert panel.comment.toPlainText() == "Neutral wording"
    panel.set_selection(*span(comp, "The Daily Bugle", "shameful betrayal"))
    assert panel.comment.toPlainText() == ""  # the chosen comment was not a new note
    tree.setCurrentItem(tree.topLevelItem(1))
    panel.delete_button.click()
    assert panel.comment.toPlainText() == ""
    assert [a.body for a in panel.model.annotations] == ["Opinion stated as fact"]
    tree.itemClicked.emit(tree.topLevelItem(0), 2)  # a click, even on the current row
    assert panel.comment.toPlainText() == "Opinion stated as fact"


def _two_notes(qtbot: Any, lib: Library) -> tuple[AnnotationsPanel, list[str]]:
    """The side panel with a note on the Bugle's "shameful betrayal" (a typo in it) and one on
    the wire's "12-point position paper", and a list of the passing notices it gives."""
    panel = _side_panel_with_note(qtbot, lib, "Opinon stated as fact")
    comp = panel.model.comparison
    assert comp is not None
    panel.set_selection(*span(comp, "Wire Service", "12-point position paper"))
    panel.comment.setPlainText("Neutral wording")
    panel.note_button.click()
    notices: list[str] = []
    panel.notice.connect(notices.append)
    return panel, notices


def _click_row(qtbot: Any, panel: AnnotationsPanel, row: int) -> None:
    """A reader's click on a row of the list (the box is saved while the list is rebuilt)."""
    from PySide6.QtCore import Qt

    tree = panel.tree
    QApplication.processEvents()
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_id() == panel.model.annotations[row].id


def test_choosing_another_annotation_saves_the_edit_to_the_one_it_came_from(
    qtbot: Any, lib: Library
) -> None:
    """Edited after choosing it, one annotation's comment stayed in the box when another was
    chosen, and Save Edit then wrote it onto the other. The edit is saved to the annotation it
    came from, the status says so, and the other's comment is put in the box; a draft for a new
    annotation is still never replaced."""
    panel, notices = _two_notes(qtbot, lib)
    comp = panel.model.comparison
    assert comp is not None
    _click_row(qtbot, panel, 0)
    assert panel.comment.toPlainText() == "Opinon stated as fact"
    panel.comment.setPlainText("Opinion stated as fact")
    _click_row(qtbot, panel, 1)
    assert [a.body for a in lib.annotations(panel.model.event_id or 0)] == [
        "Opinion stated as fact",
        "Neutral wording",
    ]
    assert notices == ["Saved your edit to the note on “shameful betrayal”."]
    assert panel.comment.toPlainText() == "Neutral wording"
    panel.edit_button.click()  # nothing was changed: B keeps its own comment
    assert panel.model.annotations[1].body == "Neutral wording"
    panel.undo_button.click()  # the edit saved on the way is one undo away
    assert panel.model.annotations[0].body == "Opinon stated as fact"

    # Words selected (a cell of the aligned view) while editing do not unbind the edit.
    _click_row(qtbot, panel, 0)
    panel.comment.setPlainText("Stated as fact")
    panel.set_selection(*span(comp, "The Daily Bugle", "reward the invasion"))
    _click_row(qtbot, panel, 1)
    assert [a.body for a in panel.model.annotations] == ["Stated as fact", "Neutral wording"]

    panel.set_selection(*span(comp, "The Daily Bugle", "reward the invasion"))
    panel.comment.setPlainText("A draft of my own")
    _click_row(qtbot, panel, 0)
    assert panel.comment.toPlainText() == "A draft of my own"
    assert [a.body for a in panel.model.annotations] == ["Stated as fact", "Neutral wording"]


def test_save_edit_keeps_the_saved_comment_in_the_box(qtbot: Any, lib: Library) -> None:
    """Save Edit emptied the box while the annotation stayed chosen, so pressing it again wiped
    the comment. The box keeps the saved comment, a second Save Edit changes nothing, and an
    undo shows the comment as it was in the box."""
    panel, notices = _two_notes(qtbot, lib)
    _click_row(qtbot, panel, 0)
    panel.comment.setPlainText("Opinion stated as fact  ")
    panel.edit_button.click()
    assert panel.comment.toPlainText() == "Opinion stated as fact  "
    assert notices == ["Saved your edit to the note on “shameful betrayal”."]
    edits = panel.model.undo_stack.count()
    panel.edit_button.click()
    assert panel.model.undo_stack.count() == edits
    assert panel.model.annotations[0].body == "Opinion stated as fact"
    assert notices[-1] == "No changes to save."
    panel.undo_button.click()
    assert panel.comment.toPlainText() == "Opinon stated as fact"
    panel.redo_button.click()
    assert panel.comment.toPlainText() == "Opinion stated as fact"


def test_save_edit_clears_a_comment_only_when_the_reader_emptied_it(
    qtbot: Any, lib: Library
) -> None:
    """An empty box after a note was added (its row still chosen) made Save Edit wipe that
    row's comment. Emptying the chosen comment and pressing Save Edit clears it, with Undo to
    bring it back; an empty box that never held the comment changes nothing."""
    panel, notices = _two_notes(qtbot, lib)
    comp = panel.model.comparison
    assert comp is not None
    _click_row(qtbot, panel, 0)
    panel.set_selection(*span(comp, "The Daily Bugle", "reward the invasion"))
    panel.comment.setPlainText("Loaded")
    panel.tag_button.click()
    assert panel.comment.toPlainText() == "" and panel.selected_id() is not None
    chosen = panel.selected_id()
    panel.edit_button.click()
    assert [a.body for a in panel.model.annotations] == [
        "Opinon stated as fact",
        "Neutral wording",
        "Loaded",
    ]
    assert notices[-1] == "The box is empty, so the comment was kept."
    assert panel.selected_id() == chosen

    _click_row(qtbot, panel, 1)
    panel.comment.clear()
    _click_row(qtbot, panel, 0)  # an emptied box is not saved on the way
    assert panel.model.annotations[1].body == "Neutral wording"
    _click_row(qtbot, panel, 1)
    panel.comment.clear()
    panel.edit_button.click()
    assert panel.model.annotations[1].body == ""
    assert notices[-1] == (
        "Cleared the comment of the note on “12-point position paper”. Undo brings it back."
    )
    panel.undo_button.click()
    assert panel.model.annotations[1].body == "Neutral wording"
    assert panel.comment.toPlainText() == "Neutral wording"

    _click_row(qtbot, panel, 2)  # a tag is its words: emptied, it would be no tag at all
    panel.comment.clear()
    with qtbot.waitSignal(panel.message, timeout=1000) as msg:
        panel.edit_button.click()
    assert msg.args == ["A tag needs words; to remove it, delete it."]
    assert panel.model.annotations[2].body == "Loaded"


def test_save_edit_never_writes_a_new_comment_onto_the_row_chosen_after_it(
    qtbot: Any, lib: Library
) -> None:
    """Words typed for a new annotation stayed in the box, rightly, when a row was chosen next,
    but Save Edit then wrote them onto that row, whose comment was lost. The box is saved only
    to the annotation it holds the comment of: a new comment waits for Note or Tag, and the
    status says so; the chosen row keeps its own."""
    from PySide6.QtCore import Qt

    panel, notices = _two_notes(qtbot, lib)
    comp = panel.model.comparison
    assert comp is not None
    _click_row(qtbot, panel, 0)
    panel.set_selection(*span(comp, "The Daily Bugle", "reward the invasion"))
    assert panel.comment.toPlainText() == ""  # the chosen comment left with the new words
    panel.comment.setFocus()
    qtbot.keyClicks(panel.comment, "Loaded verb")
    _click_row(qtbot, panel, 1)
    assert panel.comment.toPlainText() == "Loaded verb"  # the reader's words stay
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert [a.body for a in lib.annotations(panel.model.event_id or 0)] == [
        "Opinon stated as fact",
        "Neutral wording",
    ]
    assert notices[-1] == NEW_COMMENT_KEPT
    assert panel.comment.toPlainText() == "Loaded verb"
    panel.note_button.click()  # where the words were meant to go
    assert [a.body for a in panel.model.annotations][-1] == "Loaded verb"
