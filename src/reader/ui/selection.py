"""What the reader selects, followed everywhere: a claim or flag chosen in one view is explained
in the Details panel, highlighted in the Reading view and becomes where F8 goes on from.

The aligned view's selection is the one that counts: a click in the Reading view or the single
article selects there, and the Overview's claims are found there. Each view only reports what was
clicked; this keeps the others in step with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.model import Flag, Row

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


class SelectionSync:
    """Keeps one main window's Details panel and Reading view on the aligned view's selection."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _rows(self) -> list[Row]:
        return self.window.aligned.aligned_model.rows

    def _row_flags(self, row_index: int) -> list[Flag]:
        """Every flag of a claim row; the details panel leaves out those the legend hides."""
        comp = self.window.comparison
        if comp is None:
            return []
        m = self.window.aligned.aligned_model
        return [f for f in comp.flags if m.flag_row.get(f.id) == row_index]

    def row_selected(self, row_index: int) -> None:
        """A claim row chosen in the aligned view: Details explains it, Reading highlights it."""
        rows = self._rows()
        if not 0 <= row_index < len(rows):
            return
        row = rows[row_index]
        self.window.details.show_row(row, self._row_flags(row_index))
        self.window.reading.highlight_row(row)

    def flag_selected(self, flag_id: str) -> None:
        """A flag chosen in any view: Details explains it (shown if the user had closed it)."""
        w = self.window
        w.navigator.forget_anchor()  # a flag chosen after a find: F8 goes on from the flag
        if w.comparison is None:
            return
        flag = w.comparison.flag_by_id(flag_id)
        if flag is None:
            return
        r = w.aligned.aligned_model.flag_row.get(flag_id)
        rows = self._rows()
        row = rows[r] if r is not None and r < len(rows) else None
        w.details.show_flag(flag, row, self._row_flags(r) if r is not None else [flag])
        if w.details_dock.isHidden():
            w.details_dock.show()

    def current_flag_changed(self, flag_id: str) -> None:
        """No flag is current any more (a plain click, another cell selected): Details stops
        explaining the one that was and speaks of the claim selected, even in the same row.
        Either way a find match is older than this choice: F8 no longer starts from it."""
        self.window.navigator.forget_anchor()
        if not flag_id:
            self.explain_selection()

    def explain_selection(self) -> None:
        """Details shows the aligned view's selected claim, or the placeholder with none."""
        w = self.window
        index = w.aligned.currentIndex()
        rows = self._rows()
        if (
            index.isValid()
            and w.aligned.selectionModel().hasSelection()
            and 0 <= index.row() < len(rows)
        ):
            w.details.show_row(rows[index.row()], self._row_flags(index.row()))
        elif w.comparison is not None and len(w.comparison.articles) > 1:
            w.details.show_placeholder()

    def reading_text_clicked(self, row: int, column: int) -> None:
        """A click on words no mark covers in the Reading view: their claim is selected in the
        clicked outlet's column and, as a plain click in the aligned view, no flag stays current
        (even one hidden with the marks, which would come back outlined and explained)."""
        self.window.aligned.select_row(row, column)
        self.window.aligned.leave_current_flag()

    def reading_flag_clicked(self, flag_id: str) -> None:
        """A mark clicked in the Reading view, in a title line or the text, becomes the current
        flag as a click in the aligned view makes it: outlined, explained, its claim selected,
        and F8 goes on from there rather than from the top."""
        self.window.aligned.select_flag(flag_id)

    def show_claim(self, key: str) -> bool:
        """Select the aligned row of a claim group or a claim (by id) and show the aligned view."""
        w = self.window
        for i, row in enumerate(w.aligned.aligned_model.rows):
            ids = {c.id for claims in row.cells.values() for c in claims}
            if (row.alignment is not None and row.alignment.id == key) or key in ids:
                w.set_view("aligned")
                w.aligned.select_row(i)
                w.aligned.setFocus()
                return True
        return False


__all__ = ["SelectionSync"]
