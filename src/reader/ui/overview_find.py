"""Find (Ctrl+F) on the Overview page: where the matches are in its words, and showing one.

The page's words are in labels (the summary, the headlines) and table cells, so a match is found
in the text a reader sees there, a rich text's words without their markup, and shown where it is:
selected in its label, or its cell made current, and scrolled well into the page so the rows
around it give it context. The step between matches is :func:`reader.ui.richtext.step_match`, as
in every view; the chart's words are in its tooltip, not searched.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QTableWidget

from reader.ui import richtext

#: Where a find match is: the place on the page (a text or a table, in page order), the cell in
#: it (row x columns + column; 0 in a text) and the match's offset in that cell's text.
FoundAt = tuple[int, int, int]
#: What find searches on the page: a text or a table.
Place = QLabel | QTableWidget


def page_matches(places: Sequence[Place], text: str) -> list[FoundAt]:
    """Every match of ``text`` in the ``places`` not hidden, in their order and each's own."""
    out: list[FoundAt] = []
    if not text:
        return out
    for place, widget in enumerate(places):
        if widget.isHidden():
            continue
        for cell, words in _words(widget):
            found = richtext.find_spans(words, [(0, len(words))], text)
            out.extend((place, cell, start) for start, _end in found)
    return out


def select_match(
    scroll_area: QScrollArea, places: Sequence[Place], match: FoundAt, length: int
) -> None:
    """Select ``match`` (``length`` characters) where it is in ``places``, scrolled into view in
    ``scroll_area``, the page's."""
    place, cell, start = match
    widget = places[place]
    if isinstance(widget, QLabel):
        widget.setSelection(start, length)
        # A tall text is scrolled to the selection: a label reports it as its cursor.
        scroll_area.ensureWidgetVisible(widget, 0, 24)
        return
    row, column = divmod(cell, max(1, widget.columnCount()))
    item = widget.item(row, column)
    if item is None:
        return
    widget.setCurrentItem(item)
    widget.scrollToItem(item)
    page = scroll_area.widget()
    if page is None:
        return
    rect = widget.visualItemRect(item)
    centre = widget.viewport().mapTo(page, rect.center())
    # Well inside the page, not on its edge: the rows around it are the match's context.
    margin = max(rect.height(), scroll_area.viewport().height() // 3)
    scroll_area.ensureVisible(centre.x(), centre.y(), 24, margin)


def unselect(places: Sequence[Place]) -> None:
    """Clear the selection in every one of ``places``: no match is shown."""
    for widget in places:
        if isinstance(widget, QLabel):
            widget.setSelection(0, 0)
        else:
            widget.selectionModel().clear()


def _words(widget: Place) -> list[tuple[int, str]]:
    """The text a reader sees in ``widget``, by cell (row x columns + column; 0 for a label),
    as the label's own selection counts it: a rich text's words without their markup."""
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.PlainText:
            return [(0, widget.text())]
        doc = QTextDocument()
        doc.setHtml(widget.text())
        return [(0, doc.toPlainText())]
    out = []
    columns = widget.columnCount()
    for row in range(widget.rowCount()):
        for column in range(columns):
            item = widget.item(row, column)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                out.append((row * columns + column, item.text()))
    return out


__all__ = ["FoundAt", "Place", "page_matches", "select_match", "unselect"]
