"""A claim worded differently in more than a share of its words (a paraphrase) is not shaded word
by word, which would be a wall of shading; but a clause it inserts, which the others have nothing
like, is still shaded, and the cell is captioned "Reworded" when substitutions are left plain, so
no unmarked words read as wording the others share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

from reader.core import wording as rules
from reader.core.compare import compare
from reader.core.diff import consensus_spans
from reader.core.ingest import article_from_text
from reader.ui.aligned_model import CELL_ROLE, REWORDED, REWORDED_TIP
from reader.ui.details import row_html
from reader.ui.theme import colours
from ui_sample import make_window

PLAIN = "Councillor Ana Ruiz said the lanes would open in May."
CLAUSE = "who does not own a car and was once fined for cycling on the pavement"
INSERTED = f"Councillor Ana Ruiz, {CLAUSE}, said the lanes would open in May."
MAYOR = "The mayor called the vote a victory for safer streets."
HAILED = "The vote was hailed by the mayor as a win for street safety."


def shown(text: str, other: str) -> rules.Wording:
    """What a cell holding ``text`` shows beside a cell holding ``other``."""
    return rules.useful_diffs(consensus_spans(text, [other]), [(0, len(text))], text, [other])


def words(text: str, wording: rules.Wording) -> list[str]:
    return [text[d.start : d.end] for d in wording.diffs]


def test_an_inserted_clause_is_shaded_past_the_paraphrase_share() -> None:
    spans = consensus_spans(INSERTED, [PLAIN])
    share = sum(d.end - d.start for d in spans) / len(INSERTED)
    assert share > rules.PARAPHRASE_SHARE  # the case that used to lose all its shading
    wording = shown(INSERTED, PLAIN)
    assert words(INSERTED, wording) == [CLAUSE]
    # the shading tells the whole story: nothing left plain differs, so no caption
    assert not wording.reworded
    # and the shorter cell shares every word it has
    assert shown(PLAIN, INSERTED) == rules.Wording()


def test_a_paraphrase_is_captioned_not_shaded_word_by_word() -> None:
    for text, other in ((MAYOR, HAILED), (HAILED, MAYOR)):
        wording = shown(text, other)
        assert wording.diffs == ()  # no wall of shading: "victory", "win", ... stay plain
        assert wording.reworded  # ... and the plain words do not pass for the others' wording


def test_a_clause_run_together_with_reworded_words_is_left_to_the_caption() -> None:
    """The diff merges a clause next to reworded words into one reworded stretch: no telling
    which words answer the others', so none is shaded as inserted; the caption says it."""
    text = f"Councillor Ana Ruiz, {CLAUSE}, said the lanes ought to be ready by spring."
    wording = shown(text, PLAIN)
    assert wording.diffs == () and wording.reworded


def test_a_moved_clause_is_not_an_insertion() -> None:
    """'despite protests from shop owners' first in one claim and last in the other: the diff has
    nothing in its place, but the other claim has it elsewhere, so it is no inserted clause."""
    text = "The council approved the lanes on Tuesday despite protests from shop owners."
    other = "Despite protests from shop owners, the council approved the lanes on Tuesday."
    diffs = consensus_spans(text, [other])
    moved = next(d for d in diffs if text[d.start : d.end] == "despite protests from shop owners")
    assert moved.op == "added"
    assert not rules.inserted(moved, text, [frozenset(other.casefold().split())])
    assert sum(d.end - d.start for d in diffs) / len(text) > rules.PARAPHRASE_SHARE
    wording = shown(text, other)
    assert wording.diffs == () and wording.reworded


def test_below_the_share_every_difference_is_still_shaded() -> None:
    text = "Councillor Ana Ruiz told reporters the lanes would open in May."
    wording = shown(text, PLAIN)
    assert words(text, wording) == ["told reporters"] and not wording.reworded


# -- in the window -----------------------------------------------------------------------------


BEACON = (
    "The city council approved three new cycle lanes on Tuesday.\n\n"
    f"{PLAIN}\n\n"
    "The plan will cost 2 million euros, according to the budget office.\n\n"
    f"{MAYOR}\n"
)
POST = (
    "The city council approved three new cycle lanes on Tuesday.\n\n"
    f"{INSERTED}\n\n"
    "The plan will cost 2 million euros, according to the budget office.\n\n"
    f"{HAILED}\n"
)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = make_window(qtbot, tmp_path)
    comp = compare(
        [
            article_from_text(BEACON, outlet="Beacon", title="City approves new cycle lanes"),
            article_from_text(POST, outlet="Post", title="Council backs cycle lanes"),
        ]
    )
    win.show_comparison(comp)
    return win


def _row_of(model: Any, column: int, words: str) -> int:
    return next(r for r in range(model.rowCount()) if words in model.cell(r, column).plain())


def _diff_pixels(window: Any, row: int, column: int) -> int:
    view = window.aligned
    view.scrollTo(view.model().index(row, column))
    view.viewport().repaint()
    image = view.viewport().grab(view.visualRect(view.model().index(row, column))).toImage()
    tint = QColor(colours(False)["diff"])
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)) == tint
    )


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise a tooltip
def test_the_aligned_view_shades_the_clause_and_captions_the_paraphrase(window: Any) -> None:
    model = window.aligned.model()
    comp = window.comparison
    row = _row_of(model, 1, "Ana Ruiz, who")
    assert _row_of(model, 0, "Ana Ruiz said") == row  # the two claims share a row
    cell = model.cell(row, 1)
    assert [cell.text[d.start : d.end] for d in cell.diffs] == [CLAUSE]
    assert cell.caption == "" and model.cell(row, 0).caption == ""
    clause_pixels = _diff_pixels(window, row, 1)
    assert clause_pixels > 0 and _diff_pixels(window, row, 0) == 0

    mayor = _row_of(model, 0, "victory")
    assert _row_of(model, 1, "hailed") == mayor
    for column in (0, 1):
        cell = model.cell(mayor, column)
        assert cell.diffs == () and cell.reworded and cell.caption == REWORDED
        assert model.data(
            model.index(mayor, column), Qt.ItemDataRole.AccessibleTextRole
        ).startswith("Reworded. ")
        # the caption's small box, not a wall: far less tint than the one clause
        assert 0 < _diff_pixels(window, mayor, column) < clause_pixels / 2

    # the caption sits above the text, which starts below it
    delegate = window.aligned.itemDelegate()
    rect = window.aligned.visualRect(model.index(mayor, 0))
    caption = delegate._caption_rect(rect, model.index(mayor, 0).data(CELL_ROLE))
    assert caption.bottom() <= delegate._text_origin(rect, model.cell(mayor, 0)).y()
    assert rect.contains(caption)
    # hovering it says what it means
    option = QStyleOptionViewItem()
    option.rect = rect
    view = window.aligned
    event = QHelpEvent(QEvent.Type.ToolTip, caption.center(), view.mapToGlobal(caption.center()))
    assert delegate.helpEvent(event, view, option, model.index(mayor, 0))
    assert QToolTip.text() == REWORDED_TIP
    # the legend's key quotes the caption as the cell writes it
    drawn = delegate._caption_text(model.index(mayor, 0).data(CELL_ROLE))
    assert f"captioned “{drawn}”" in window.legend.diff_chip.toolTip()

    # the details panel says so too, and shades the clause as the cell does
    rows = model.rows
    details = row_html(rows[mayor], comp, [], dark=False)
    assert details.count("reworded") == 2
    details = row_html(rows[row], comp, [], dark=False)
    assert "reworded" not in details and CLAUSE in details
    assert f"{colours(False)['diff']}; font-weight:600'>{CLAUSE}</span>" in details
