"""Annotations as plain data: what an undo step or an imported file carries (:class:`Draft`), and
where they live when no library event is open (:class:`MemoryNotes`).

No Qt here: the model, its undo commands and the hand-in files all speak in these terms, and a
session without a library (a library that could not be opened, articles opened outside an event)
keeps its annotations in memory behind the same calls as :class:`reader.store.Library`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.report_notes import KIND_WORDS
from reader.store.records import Annotation
from reader.store.rows import check_kind, check_status, timestamp


@dataclass(frozen=True, slots=True)
class Draft:
    """The fields of an annotation without its storage id: what commands and imports carry."""

    kind: str
    body: str = ""
    article_id: str | None = None
    start: int | None = None
    end: int | None = None
    flag_id: str | None = None
    category: str | None = None
    author: str = ""
    status: str | None = None
    created: str | None = None

    @classmethod
    def of(cls, a: Annotation) -> Draft:
        return cls(
            kind=a.kind,
            body=a.body,
            article_id=a.article_id,
            start=a.start,
            end=a.end,
            flag_id=a.flag_id,
            category=a.category,
            author=a.author,
            status=a.status,
            created=a.created or None,
        )

    def key(self) -> tuple[object, ...]:
        """Identity for merging: the same words on the same target by the same author."""
        return (
            self.kind,
            self.article_id,
            self.start,
            self.end,
            self.flag_id,
            self.category,
            " ".join(self.body.split()),
            self.author.strip().casefold(),
            self.status,
        )


class MemoryNotes:
    """The library's annotation API kept in memory, for a session without a library or event."""

    def __init__(self) -> None:
        self._notes: dict[int, Annotation] = {}
        self._next = 1

    def annotations(self, event_id: int) -> list[Annotation]:
        return [a for a in self._notes.values() if a.event_id == event_id]

    def add_annotation(
        self,
        event_id: int,
        kind: str,
        body: str = "",
        *,
        article_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
        flag_id: str | None = None,
        category: str | None = None,
        author: str = "",
        status: str | None = None,
        created: str | None = None,
    ) -> Annotation:
        check_kind(kind)  # the library's own checks: the stand-in refuses what it refuses
        check_status(status)
        now = timestamp()
        note = Annotation(
            id=self._next,
            event_id=event_id,
            kind=kind,  # type: ignore[arg-type]
            body=body,
            article_id=article_id,
            start=start,
            end=end,
            flag_id=flag_id,
            category=category,
            created=created or now,
            updated=now,
            author=author,
            status=status,
        )
        self._notes[note.id] = note
        self._next += 1
        return note

    def update_annotation(
        self,
        annotation_id: int,
        *,
        body: str | None = None,
        kind: str | None = None,
        category: str | None = None,
        status: str | None = None,
    ) -> Annotation:
        current = self._notes[annotation_id]
        changed = replace(
            current,
            body=current.body if body is None else body,
            kind=current.kind if kind is None else kind,  # type: ignore[arg-type]
            category=current.category if category is None else category,
            status=current.status if status is None else status,
            updated=timestamp(),
        )
        self._notes[annotation_id] = changed
        return changed

    def remove_annotation(self, annotation_id: int) -> None:
        del self._notes[annotation_id]


__all__ = ["KIND_WORDS", "Draft", "MemoryNotes"]
