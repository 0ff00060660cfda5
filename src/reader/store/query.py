"""Turn whatever a user types into the search box into a safe FTS5 query.

FTS5 has its own syntax (``AND``, ``NEAR(...)``, ``-col:``, ``"``, ``*``, ``^``) and a stray quote
or operator is a syntax error. Users type words, not FTS5, so every word becomes a quoted string and
the only syntax kept is a trailing ``*`` for "starts with". A query is then always valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Runs of letters, digits and joining marks, the same units FTS5's unicode61 tokenizer indexes.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Term:
    word: str
    prefix: bool = False

    def fts(self) -> str:
        quoted = '"' + self.word.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted


def terms(query: str) -> list[Term]:
    """The words of ``query``; a word directly followed by ``*`` is a prefix search."""
    out: list[Term] = []
    seen: set[tuple[str, bool]] = set()
    for match in _WORD.finditer(query):
        word = match.group(0).replace("’", "'")
        prefix = query[match.end() : match.end() + 1] == "*"
        # An apostrophe splits a word in the index ("Europe's" -> europe, s); keep the parts
        # together as one quoted phrase, which FTS5 matches as adjacent tokens.
        key = (word.casefold(), prefix)
        if key not in seen:
            seen.add(key)
            out.append(Term(word, prefix))
    return out


def all_of(query: str) -> str | None:
    """An FTS5 expression matching articles that contain every word (None when there are none)."""
    ts = terms(query)
    return " AND ".join(t.fts() for t in ts) if ts else None


def any_of(query: str) -> str | None:
    """An FTS5 expression matching articles that contain at least one of the words."""
    ts = terms(query)
    return " OR ".join(t.fts() for t in ts) if ts else None
