"""Straight quotation marks a reader is shown that are not an article's own: the window and the
HTML report write their own text, and core's, with curly marks (:mod:`reader.core.typography`),
while an outlet's words keep the marks the outlet typed."""

from __future__ import annotations

import re
from typing import Final

#: How far either side of a straight quote a shown text is compared with the articles: far
#: enough to tell an outlet's own words from the app's, short enough to stay inside a line.
AROUND: Final = 6
#: The letter a view sets after a flagged span, held to it by a word joiner ("bulldozedW⁠").
_MARKER: Final = re.compile("[A-Z]\u2060")


def straight_marks_not_in(articles_text: str, shown: str) -> list[str]:
    """The straight quotes in ``shown`` whose surroundings are not the articles' own words."""
    shown = _MARKER.sub("", shown)
    found = []
    for i, ch in enumerate(shown):
        if ch in "'\"":
            before = " ".join(shown[max(0, i - AROUND) : i + 1].split())
            after = " ".join(shown[i : i + AROUND + 1].split())
            if before not in articles_text and after not in articles_text:
                found.append(shown[max(0, i - AROUND) : i + AROUND + 1])
    return found
