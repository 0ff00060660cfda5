"""The library's read-only views: what a list, a search or the sidebar shows.

They are frozen so the app can hand them between threads and keep them in item models without
worrying that the library changes them underneath.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

AnnotationKind = Literal["note", "tag", "verdict", "missed-flag"]
ANNOTATION_KINDS: Final[tuple[str, ...]] = ("note", "tag", "verdict", "missed-flag")
#: What a reader can say about a flag (the ``status`` of a ``verdict`` annotation).
VERDICT_STATUSES: Final[tuple[str, ...]] = ("agreed", "disputed")
LexiconAction = Literal["add", "remove"]


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One stored article without its text (lists stay light even for a big library)."""

    id: str
    outlet: str
    title: str | None
    author: str | None
    date: str | None
    source: str | None
    events: tuple[str, ...]  # event names, in the order the article joined them
    added: str  # ISO 8601 UTC time the article entered the library

    def to_json(self) -> dict[str, Any]:
        """The shape ``reader library list --json`` prints (one event: the first one)."""
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "source": self.source,
            "event": self.events[0] if self.events else None,
        }


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A named group of articles about one event."""

    id: int
    name: str
    article_count: int
    created: str


@dataclass(frozen=True, slots=True)
class Annotation:
    """A reader's note on an event: a note, a tag, a verdict on a flag, or a flag the engine missed.

    ``article_id`` with ``start``/``end`` points at a span of an article's text; ``flag_id`` points
    at a flag of the event's comparison (flag ids are stable for the same articles and engine).
    """

    id: int
    event_id: int
    kind: AnnotationKind
    body: str
    article_id: str | None = None
    start: int | None = None
    end: int | None = None
    flag_id: str | None = None
    category: str | None = None
    created: str = ""
    updated: str = ""
    author: str = ""
    status: str | None = None  # "agreed" or "disputed" for a verdict

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "kind": self.kind,
            "body": self.body,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "flag_id": self.flag_id,
            "category": self.category,
            "created": self.created,
            "updated": self.updated,
            "author": self.author,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class UserLexiconEntry:
    """One of the user's lexicon edits: an entry added (or overriding a bundled one), or removed.

    Kept apart from the bundled TSV files so an app update never loses them and the user can always
    see, and undo, what they changed.
    """

    term: str
    category: str
    action: LexiconAction
    note: str = ""
    updated: str = ""
