"""The user's lexicon edits applied to the bundled lexicon: one place for the app and the CLI.

Edits live in the library's ``user_lexicon`` table (see :meth:`Library.user_lexicon`); the bundled
TSV files are never changed. Both the app (Tools > Lexicon, re-run) and ``reader compare`` analyse
with :func:`user_lexicon`, so a teacher who switched "regime" off sees the same flags in a report
made on the command line as on screen.
"""

from __future__ import annotations

from typing import Any, Final

from reader.core.lexicon import Lexicon, LexiconEntry, default_lexicon

#: The source recorded for the user's own entries (shown in flags' rule and the editor).
USER_SOURCE: Final = "user"


def user_edits(library: Any) -> tuple[list[LexiconEntry], list[tuple[str, str]]]:
    """The library's lexicon edits as (entries to add, (term, category) pairs to switch off).

    ``library`` may be ``None`` or a stand-in without edits (the app's in-memory store when no
    library file can be opened): then there are none.
    """
    getter = getattr(library, "user_lexicon", None) if library is not None else None
    if getter is None:
        return [], []
    added: list[LexiconEntry] = []
    removed: list[tuple[str, str]] = []
    for e in getter():
        if e.action == "remove":
            removed.append((e.term, e.category))
        else:
            added.append(LexiconEntry(e.term, e.category, e.note, USER_SOURCE))
    return added, removed


def user_lexicon(library: Any, base: Lexicon | None = None) -> Lexicon:
    """The lexicon the engine should use: the bundled one with the user's edits applied.

    Without edits it is the bundled lexicon itself, so its version (and the comparison cache key)
    does not change for users who never open the editor.
    """
    base = base or default_lexicon()
    added, removed = user_edits(library)
    if not added and not removed:
        return base
    return base.with_user_entries(added, removed)
