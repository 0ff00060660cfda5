"""Where a click on an actor takes the reader: to its mentions, one after the other.

The Details panel's actors list only explained an actor; a reader expects the click to take them
to it. The first click on an actor selects, in the Aligned view, the claim of its first mention
and marks the mention's words there for a moment (in the Reading view too); each click again, or
Enter, goes on to the next mention, and after the last back to the first. The mentions are where
the engine found them (:attr:`reader.core.model.Entity.spans`), in the outlets' order and then the
reading order, leaving out the outlets the reader hid. The Details panel keeps explaining the
actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.model import Comparison, Entity

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an actor is named: the article and the words' offsets in it."""

    article: str
    start: int
    end: int


def mentions_shown(comp: Comparison, entity: Entity, hidden: set[str]) -> list[Mention]:
    """The actor's mentions in the outlets shown, in the columns' order, each in reading order."""
    return [
        Mention(article.id, start, end)
        for article in comp.articles
        if article.id not in hidden
        for start, end in entity.spans.get(article.id, ())
    ]


def next_step(index: int, count: int) -> str:
    """What another click does, after the status line's "mention 2 of 3": at the last mention
    it goes back to the first, which the reader should know before it happens, not wonder why
    the views jumped up the page."""
    if count < 2:
        return ""
    if index == count - 1:
        return " This is the last; click it again, or press Enter, to go back to the first."
    return " Click it again, or press Enter, for the next."


#: How much of a line the status line quotes around a mention outside the claims.
LINE_CHARS = 60


def line_around(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds the words ``start`` to ``end``, cut to about
    :data:`LINE_CHARS` around them: a reader finds a byline or a dateline by its words."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    raw = text[first : last if last >= 0 else len(text)]
    line = raw.strip()
    if len(line) <= LINE_CHARS:
        return line
    words_at = start - first - (len(raw) - len(raw.lstrip()))
    at = max(0, min(words_at - LINE_CHARS // 3, len(line) - LINE_CHARS))
    cut = line[at : at + LINE_CHARS].strip()
    return ("…" if at else "") + cut + ("…" if at + LINE_CHARS < len(line) else "")


class ActorSteps:
    """Takes one main window's views to an actor's mentions, one per request."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._actor: str | None = None
        self._next = 0

    def forget(self) -> None:
        """A new comparison: the next click on any actor starts at its first mention."""
        self._actor = None
        self._next = 0

    def go(self, entity_id: str) -> Mention | None:
        """Take the views to the actor's next mention (its first when another actor was the last
        one asked for) and say in the status line which one it is. None when it has none to show:
        its outlets are hidden, or the comparison was saved before mentions were kept."""
        w = self.window
        comp = w.comparison
        entity = next((e for e in comp.entities if e.id == entity_id), None) if comp else None
        if comp is None or entity is None:
            return None
        found = mentions_shown(comp, entity, w.view_filter.hidden_outlets)
        if not found:
            w.show_message(f"No mention of {entity.name} to go to in the outlets shown.")
            return None
        if entity_id != self._actor:
            self._actor, self._next = entity_id, 0
        index = self._next % len(found)
        self._next = index + 1
        mention = found[index]
        in_a_claim = self._show(mention)
        w.details.keep_actor(entity)
        # One article alone: naming its outlet says nothing, and "in Unknown outlet" reads as
        # a fault when the reader only opened a file with no outlet named.
        where = f", in {comp.article(mention.article).outlet}" if len(comp.articles) > 1 else ""
        if not in_a_claim:
            line = line_around(comp.article(mention.article).text, mention.start, mention.end)
            where += f", in the line “{line}”, outside the claims, so the Reading view shows it"
        w.show_message(
            f"{entity.name}: mention {index + 1} of {len(found)}{where}."
            + next_step(index, len(found))
        )
        return mention

    def _show(self, mention: Mention) -> bool:
        """Select the mention's claim in the Aligned view, where the Reading view follows it, and
        mark the words themselves for a moment in its cell and in the Reading view (or one
        article's own). A mention in a byline or a dateline is in no claim, so no row of the
        Aligned view holds it: the Reading view, which shows every line, marks it instead, and
        False says so."""
        w = self.window
        if w.single_article():
            pane = w.single.pane
            if pane is not None:
                w.set_view("article")
                pane.mark_mention(mention.start, mention.end, w.reading.dark)
            return True
        row = w.reading.row_at(mention.article, mention.start)
        reading = row is None or w.tabs.currentWidget() is w.reading
        w.set_view("reading" if reading else "aligned")
        if row is not None:
            ids = [a.id for a in w.comparison.articles] if w.comparison else []
            column = ids.index(mention.article)
            w.aligned.select_row(row, column)
            w.aligned.mark_mention(row, column, mention.start, mention.end)
        if reading:
            w.reading.show_mention(mention.article, mention.start, mention.end)
        return row is not None


__all__ = ["ActorSteps", "Mention", "line_around", "mentions_shown", "next_step"]
