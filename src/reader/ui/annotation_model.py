"""The annotations of the open event, with undo: what the Annotations panel shows and edits.

Every change (add, edit, delete, verdict, import) is a command on one ``QUndoStack``, so a slip of
the mouse is one Ctrl+Z away, and the stack is cleared when the event changes, so undo never
reaches into another event. The annotations are read and written through the library (or, with no
library or no event, a :class:`~reader.ui.annotation_data.MemoryNotes`); an undone delete comes
back under a new storage id, so the commands hold a handle that follows it. Hand-in files are
:mod:`reader.ui.annotation_files`'s; this model merges them as one undoable step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.model import CATEGORY_LABELS, Comparison, Flag
from reader.store.records import VERDICT_STATUSES, Annotation
from reader.ui.annotation_data import KIND_WORDS, Draft, MemoryNotes
from reader.ui.annotation_files import drafts_from, hand_in, read_hand_in, write_hand_in


class _Ref:
    """A stable handle on an annotation whose storage id changes when undo/redo re-creates it."""

    __slots__ = ("id",)

    def __init__(self, annotation_id: int) -> None:
        self.id = annotation_id


class _AddCommand(QUndoCommand):
    """Adds drafts (one, or a whole import); a redo brings back the same annotations."""

    def __init__(self, model: AnnotationModel, drafts: Sequence[Draft], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.drafts = list(drafts)
        self.refs: list[_Ref] = []

    def redo(self) -> None:
        first = not self.refs
        for i, draft in enumerate(self.drafts):
            note = self.model._insert(draft)
            if first:
                # Keep the creation time, so a redo brings back the same annotation, not a copy.
                self.drafts[i] = replace(draft, created=note.created)
                self.refs.append(self.model._ref(note.id))
            else:
                self.model._rebind(self.refs[i], note.id)
        self.model._changed()
        if first:
            for ref in self.refs:
                self.model.added.emit(self.model.annotation(ref.id))

    def undo(self) -> None:
        for ref in self.refs:
            self.model._delete(ref.id)
        self.model._changed()


class _RemoveCommand(QUndoCommand):
    """Deletes one annotation; undo re-creates it from its draft, under an id its ref follows."""

    def __init__(self, model: AnnotationModel, ref: _Ref) -> None:
        super().__init__("Delete annotation")
        self.model = model
        self.ref = ref
        self.draft = Draft.of(model.annotation(ref.id))

    def redo(self) -> None:
        self.model._delete(self.ref.id)
        self.model._changed()

    def undo(self) -> None:
        note = self.model._insert(self.draft)
        self.model._rebind(self.ref, note.id)
        self.model._changed()


class _EditCommand(QUndoCommand):
    """Changes some fields of one annotation (its text; a verdict's status); undo restores them."""

    def __init__(
        self,
        model: AnnotationModel,
        ref: _Ref,
        new: Mapping[str, str | None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.ref = ref
        current = model.annotation(ref.id)
        self.old = {k: getattr(current, k) for k in new}
        self.new = dict(new)

    def redo(self) -> None:
        self.model._update(self.ref.id, self.new)
        self.model._changed()

    def undo(self) -> None:
        self.model._update(self.ref.id, self.old)
        self.model._changed()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, for the status line: added, already there, and not for these articles."""

    added: int
    duplicates: int
    skipped: int


class AnnotationModel(QObject):
    """The annotations of the open event, with undo. Reads and writes through the library."""

    changed = Signal()
    added = Signal(object)  # Annotation, on first creation (not on redo)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.comparison: Comparison | None = None
        self.library: Any = None
        self.event_id: int | None = None
        self.backend: Any = MemoryNotes()
        self.author = ""
        self._notes: list[Annotation] = []
        self._refs: dict[int, _Ref] = {}

    # -- where the annotations live --------------------------------------------------------------

    def set_event(self, library: Any, event_id: int | None, comparison: Comparison | None) -> None:
        """Show the annotations of ``event_id`` in ``library`` (in memory when either is None).

        Switching events clears the undo history: undoing into another event would surprise.
        """
        same = library is self.library and event_id == self.event_id and event_id is not None
        self.comparison = comparison
        if not same:
            self.library = library
            self.event_id = event_id
            self.backend = (
                library if library is not None and event_id is not None else MemoryNotes()
            )
            self.undo_stack.clear()
            self._refs = {}
        self._reload()
        self._changed()

    @property
    def persistent(self) -> bool:
        return not isinstance(self.backend, MemoryNotes)

    def _event(self) -> int:
        return self.event_id if self.event_id is not None else 0

    def _reload(self) -> None:
        self._notes = list(self.backend.annotations(self._event()))

    def _changed(self) -> None:
        self._reload()
        self.changed.emit()

    # -- reading -------------------------------------------------------------------------------

    @property
    def annotations(self) -> list[Annotation]:
        return list(self._notes)

    def annotation(self, annotation_id: int) -> Annotation:
        for a in self._notes:
            if a.id == annotation_id:
                return a
        self._reload()
        for a in self._notes:
            if a.id == annotation_id:
                return a
        raise KeyError(annotation_id)

    def flag(self, flag_id: str | None) -> Flag | None:
        if flag_id is None or self.comparison is None:
            return None
        return next((f for f in self.comparison.flags if f.id == flag_id), None)

    def target_text(self, a: Annotation | Draft) -> str:
        """The words an annotation is about (the flag's words, or the selected span)."""
        flag = self.flag(a.flag_id)
        if flag is not None:
            return flag.text
        if self.comparison is not None and a.article_id and a.start is not None:
            try:
                text = self.comparison.article(a.article_id).text
            except KeyError:
                return ""
            return text[a.start : a.end]
        return ""

    def outlet(self, article_id: str | None) -> str:
        if article_id is None or self.comparison is None:
            return ""
        try:
            return self.comparison.article(article_id).outlet
        except KeyError:
            return article_id

    # -- storage primitives used by the undo commands ------------------------------------------

    def _insert(self, d: Draft) -> Annotation:
        note: Annotation = self.backend.add_annotation(
            self._event(),
            d.kind,
            d.body,
            article_id=d.article_id,
            start=d.start,
            end=d.end,
            flag_id=d.flag_id,
            category=d.category,
            author=d.author,
            status=d.status,
            created=d.created,
        )
        return note

    def _delete(self, annotation_id: int) -> None:
        self.backend.remove_annotation(annotation_id)
        self._refs.pop(annotation_id, None)

    def _update(self, annotation_id: int, fields: Mapping[str, str | None]) -> None:
        self.backend.update_annotation(annotation_id, **fields)

    def _ref(self, annotation_id: int) -> _Ref:
        ref = self._refs.get(annotation_id)
        if ref is None:
            ref = self._refs[annotation_id] = _Ref(annotation_id)
        return ref

    def _rebind(self, ref: _Ref, annotation_id: int) -> None:
        self._refs.pop(ref.id, None)
        ref.id = annotation_id
        self._refs[annotation_id] = ref

    # -- undoable actions ----------------------------------------------------------------------

    def _check_span(self, article_id: str, start: int, end: int) -> None:
        if self.comparison is None:
            raise ValueError("no comparison is open")
        text = self.comparison.article(article_id).text
        if not 0 <= start < end <= len(text):
            raise ValueError("select some words of an article first")

    def add_note(self, article_id: str, start: int, end: int, body: str) -> None:
        self._check_span(article_id, start, end)
        self._push_add(Draft("note", body.strip(), article_id, start, end, author=self.author))

    def add_tag(self, article_id: str, start: int, end: int, tag: str) -> None:
        self._check_span(article_id, start, end)
        if not tag.strip():
            raise ValueError("write the tag first")
        self._push_add(Draft("tag", tag.strip(), article_id, start, end, author=self.author))

    def add_missed_flag(
        self, article_id: str, start: int, end: int, category: str, body: str = ""
    ) -> None:
        self._check_span(article_id, start, end)
        if category not in CATEGORY_LABELS:
            raise ValueError(f"unknown category {category!r}")
        self._push_add(
            Draft(
                "missed-flag",
                body.strip(),
                article_id,
                start,
                end,
                category=category,
                author=self.author,
            )
        )

    def set_verdict(self, flag_id: str, status: str, comment: str = "") -> None:
        """Agree with or dispute a flag; a second verdict by the same author replaces the first."""
        if status not in VERDICT_STATUSES:
            raise ValueError(f"unknown verdict {status!r}")
        flag = self.flag(flag_id)
        mine = next(
            (
                a
                for a in self._notes
                if a.kind == "verdict"
                and a.flag_id == flag_id
                and a.author.casefold() == self.author.casefold()
            ),
            None,
        )
        label = "Agree with flag" if status == "agreed" else "Dispute flag"
        if mine is not None:
            new: dict[str, str | None] = {"status": status, "body": comment.strip()}
            self.undo_stack.push(_EditCommand(self, self._ref(mine.id), new, label))
            return
        self._push_add(
            Draft(
                "verdict",
                comment.strip(),
                flag.article if flag else None,
                flag_id=flag_id,
                category=flag.category if flag else None,
                author=self.author,
                status=status,
            ),
            label,
        )

    def edit(self, annotation_id: int, body: str) -> None:
        """Change an annotation's text. A tag is its words, so an empty one would be no tag."""
        if self.annotation(annotation_id).kind == "tag" and not body.strip():
            raise ValueError("a tag needs words; to remove it, delete it")
        ref = self._ref(annotation_id)
        self.undo_stack.push(_EditCommand(self, ref, {"body": body.strip()}, "Edit annotation"))

    def remove(self, annotation_id: int) -> None:
        self.undo_stack.push(_RemoveCommand(self, self._ref(annotation_id)))

    def _push_add(self, draft: Draft, text: str = "") -> None:
        words = text or f"Add {KIND_WORDS.get(draft.kind, draft.kind).lower()}"
        self.undo_stack.push(_AddCommand(self, [draft], words))

    # -- export and import ---------------------------------------------------------------------

    def to_document(self) -> dict[str, Any]:
        """The annotations as a hand-in: articles named by content hash, spans with their words."""
        return hand_in(self._notes, self.comparison, self.author, self.target_text)

    def export_json(self, path: Path) -> int:
        """Write the hand-in file; returns how many annotations it holds."""
        doc = self.to_document()
        write_hand_in(path, doc)
        return len(doc["annotations"])

    def read_document(self, path: Path) -> tuple[list[Draft], int]:
        """Drafts from a hand-in mapped onto the open articles, and how many fit none of them."""
        return drafts_from(read_hand_in(path), self.comparison, source=str(path))

    def import_files(self, paths: Iterable[Path]) -> ImportResult:
        """Merge hand-ins into the open event, as one undoable step; duplicates are kept once."""
        seen = {Draft.of(a).key() for a in self._notes}
        fresh: list[Draft] = []
        duplicates = skipped = 0
        for path in paths:
            drafts, missed = self.read_document(path)
            skipped += missed
            for d in drafts:
                if d.key() in seen:
                    duplicates += 1
                    continue
                seen.add(d.key())
                fresh.append(d)
        if fresh:
            n = len(fresh)
            self.undo_stack.push(
                _AddCommand(self, fresh, f"Import {n} annotation{'s' if n != 1 else ''}")
            )
        return ImportResult(len(fresh), duplicates, skipped)

    def report_notes(self) -> list[dict[str, Any]]:
        """The annotations in the shape :func:`reader.core.export.to_html` prints."""
        out = []
        for a in self._notes:
            out.append(
                {
                    "kind": a.kind,
                    "article": a.article_id,
                    "flag": a.flag_id,
                    "category": a.category,
                    "status": a.status,
                    "body": a.body,
                    "author": a.author,
                    "start": a.start,
                    "end": a.end,
                    "text": self.target_text(a),
                }
            )
        return out


__all__ = ["AnnotationModel", "ImportResult"]
