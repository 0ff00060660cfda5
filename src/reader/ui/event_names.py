"""What a library event is called, and how the library list shows a name too long for it.

An event is named after a headline's opening words (its first headline's until the comparison
picks the plainest, :mod:`reader.core.plain_headline`), cut after a whole word: a reader
scans the Library list by them, and a name cut in the middle of a word ("French Presid…een
Russ") said nothing. The list wraps a long name onto a second line and cuts that line the same
way to the panel's width. Pure text, no
widgets: the controller names events and the sidebar shows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

#: The longest name a new event is given: a headline's opening words, about eight of them.
NAME_CHARS: Final = 50
#: The number the library adds to a second event of one headline ("… talks (2)").
_NUMBERED: Final = re.compile(r"(?P<name>.*\S)(?P<number>\s+\(\d+\))")
#: The longest name a menu item quotes ("Undo Delete Event “…”"): a menu as wide as a headline
#: reads as a sentence, and a menu grows as wide as its widest item.
MENU_NAME_CHARS: Final = 30
#: Punctuation left dangling where a name is cut ("Macron, in Beijing,…"), and the ellipsis of
#: a name cut already, which a second cut would double ("pension……").
_DANGLING: Final = ",;:–—-…"


def scannable_name(name: str, fits: Callable[[str], bool]) -> str:
    """``name`` as it is when it ``fits``, else its opening words with an ellipsis. The number
    that tells two events of one headline apart ("(2)") stays, as it is what the list compares;
    a first word too long on its own is returned whole, with the ellipsis, for the view to cut."""
    name = " ".join(name.split())
    if fits(name):
        return name
    numbered = _NUMBERED.fullmatch(name)
    base, number = (numbered["name"], numbered["number"]) if numbered else (name, "")
    words = base.split()
    for keep in range(len(words) - 1, 0, -1):
        shown = " ".join(words[:keep]).rstrip(_DANGLING).rstrip() + "…" + number
        if fits(shown):
            return shown
    return (words[0] if words else base) + "…" + number


def untitled_event_name(outlet: str, articles: int) -> str:
    """A name for an event whose first article has no headline: its outlet, with "and others"
    only when there are others. A student's one pasted text was filed as "My paste and others",
    which promised articles that were not there."""
    return outlet if articles <= 1 else f"{outlet} and others"


def unnumbered(name: str) -> str:
    """``name`` without the number the library adds to a second event of one name ("(2)")."""
    name = " ".join(name.split())
    numbered = _NUMBERED.fullmatch(name)
    return numbered["name"] if numbered else name


def outlet_named(name: str, outlet: str) -> bool:
    """Whether ``name`` is one :func:`untitled_event_name` gave an event whose first article is
    from ``outlet`` (its library number, "(2)", aside). Such a name was the app's stand-in for a
    headline, so it may follow the articles; a headline's words or a name the user typed may
    not."""
    base = unnumbered(name)
    return any(base == event_name_for(untitled_event_name(outlet, n)) for n in (1, 2))


def event_name_for(headline: str) -> str:
    """A new event's name: the headline's opening words, at most :data:`NAME_CHARS` long."""
    return scannable_name(headline, lambda text: len(text) <= NAME_CHARS)


def menu_event_name(name: str) -> str:
    """``name`` as a menu item quotes it: its opening words, at most :data:`MENU_NAME_CHARS`
    long, cut after a whole word as the Library list cuts it. The status line says the name as
    the Library lists it; the menu names the same event by the start of that name."""
    return scannable_name(name, lambda text: len(text) <= MENU_NAME_CHARS)


def two_line_name(
    name: str, fits_first: Callable[[str], bool], fits_second: Callable[[str], bool]
) -> tuple[str, ...]:
    """``name`` on one line when it ``fits_first``, else wrapped after a whole word onto a
    second line cut as :func:`scannable_name` cuts (its event's number kept). At the largest
    zoom one line held a name's first word alone ("Port Alder…", "The…"), which named nothing;
    two name the event or the article. A first word too long for the first line is kept
    whole on it, for the view to cut."""
    name = " ".join(name.split())
    if fits_first(name):
        return (name,)
    words = name.split()
    keep = 1
    while keep < len(words) and fits_first(" ".join(words[: keep + 1])):
        keep += 1
    rest = " ".join(words[keep:])
    first = " ".join(words[:keep])
    return (first, scannable_name(rest, fits_second)) if rest else (first,)
