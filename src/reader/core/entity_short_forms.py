"""A body named again by its head noun alone: "the league" after "the Caledon League".

An article names a body in full once and then writes "the league", "the agency" or "the council";
each of those is a mention of the body, which the actors list counts, as it counts "the governor"
for the governor the article named.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.entity_records import _Mention
from reader.core.entity_words import _BODY_HEADS
from reader.core.nlp import words_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def short_form_mentions(
    article_index: int, doc: Doc, mentions: Sequence[_Mention]
) -> list[_Mention]:
    """ "The league said" after "the Caledon League" in the same article: a mention of it. Only
    where the article names one body of that head noun (:data:`_BODY_HEADS`), as two leagues
    leave "the league" with either, and only after its full name: before it, the reader does
    not yet know which league is meant. "The league table" names a thing, not the body."""
    bodies: dict[str, dict[tuple[str, ...], _Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "ORG" and not m.by_title and len(m.key) > 1 and m.key[-1] in _BODY_HEADS:
            bodies.setdefault(m.key[-1], {}).setdefault(m.key, m)
    found: list[_Mention] = []
    only = {head: next(iter(named.values())) for head, named in bodies.items() if len(named) == 1}
    for i in words_at(doc, only) if only else ():
        tok = doc[i]
        body = only.get(tok.lower_)
        if body is None or not _the_noun_alone(tok):
            continue
        if body.start < tok.idx and not any(m.start <= tok.idx < m.end for m in mentions):
            found.append(_short_form_of(article_index, body, tok))
    return found


def _the_noun_alone(tok: Token) -> bool:
    """ "the league" in lower case, right after "the", and no modifier of a noun after it."""
    return (
        tok.is_lower
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "the"
        and not (tok.dep_ == "compound" and tok.head.i > tok.i)
    )


def _short_form_of(article_index: int, body: _Mention, tok: Token) -> _Mention:
    """A mention of ``body`` by its head noun at ``tok``, marked as one by title is (the name is
    not written there, so it adds no alias)."""
    return _Mention(
        article=article_index,
        name=body.name,
        key=body.key,
        label=body.label,
        start=tok.idx,
        end=tok.idx + len(tok.text),
        descriptors=[],
        by_title=True,
    )
