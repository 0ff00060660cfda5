"""Where F8 and Shift+F8 go: the next or previous flag in reading order, from wherever the
reader is (a find match, the current flag, a selected cell, or nowhere yet).

Places only, no widgets: the aligned view lists its shown flags in reading order and asks here
which to select; :mod:`reader.ui.navigation` asks the same of the single article's list, so F8
goes alike in both.
"""

from __future__ import annotations

#: A cell position and an article offset in it: where a find match starts. A headline's row is -1.
Match = tuple[int, int, int]

#: A shown flag's place in reading order: (row, column, offset, id). A headline's row is -1.
FlagPlace = tuple[int, int, int, str]


def flag_index_from(order: list[FlagPlace], ends: dict[str, int], at: Match, forward: bool) -> int:
    """Where F8 (``forward``) or Shift+F8 goes from a place in the text, ``at`` (row, column,
    offset), in ``order`` (row, column, start, id, in reading order): to the flag the place is
    in (the innermost, the one starting last), else the first after it or the last before it.
    ``len(order)`` or -1 when there is none."""
    row, column, offset = at
    inside = [
        k
        for k, (r, c, s, fid) in enumerate(order)
        if (r, c) == (row, column) and s <= offset < ends.get(fid, s + 1)
    ]
    if inside:
        return inside[-1]
    if forward:
        return next((k for k, o in enumerate(order) if o[:3] > at), len(order))
    return max((k for k, o in enumerate(order) if o[:3] <= at), default=-1)


def flag_index_after(
    order: list[FlagPlace], current: str | None, here: tuple[int, int] | None, forward: bool
) -> int:
    """Where F8 (``forward``) or Shift+F8 goes in ``order`` with no find match to start from:
    from the ``current`` flag, the one after (before) it; from a selected cell ``here`` (row,
    column) with no current flag, the cell's own flags first (its first, or its last), then the
    cells beyond; with nothing selected, the first (last) flag. ``len(order)`` or -1 when there
    is none."""
    ids = [o[3] for o in order]
    if current in ids:
        return ids.index(current) + (1 if forward else -1)
    if here is None:
        return 0 if forward else len(order) - 1
    if forward:
        return next((k for k, o in enumerate(order) if (o[0], o[1]) >= here), len(order))
    return max((k for k, o in enumerate(order) if (o[0], o[1]) <= here), default=-1)


__all__ = ["FlagPlace", "Match", "flag_index_after", "flag_index_from"]
