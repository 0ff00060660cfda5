"""Naming an outlet when the file does not: the fallback ingest uses, and how the app tells it
apart from a name someone gave.

Kept apart from :mod:`reader.core.ingest` (which imports every file-format reader) so the window
can ask "does this outlet still need a name?" without loading them at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePath
from typing import Final

from reader.core.model import OUTLET_FROM_FILE_NAME, UNKNOWN_OUTLET, Article

__all__ = [
    "UNKNOWN_OUTLET",
    "dateline_outlet",
    "distinct_outlets",
    "outlet_needs_name",
    "stem_words",
]

#: The separators turned into spaces when an outlet is named after its file.
_STEM_SEPARATORS: Final = re.compile(r"[_\-.+]+")
#: A file-name piece that is a number or a hash, not a word anyone would call an outlet.
#: The number :func:`distinct_outlets` puts after a shared name.
_NUMBERED: Final = re.compile(r" \(\d+\)$")
_CODE_PIECE: Final = re.compile(r"\d+|(?=[0-9a-f]*\d)[0-9a-f]{6,}", re.I)


def stem_words(path: PurePath | str) -> str:
    """'harbour_times-2024.txt' -> 'harbour times 2024': an outlet name that is never empty.

    A name made only of numbers and hashes ('000_4aa2d4bfa08ecdd9.txt') says nothing to a reader,
    so such a file's outlet is :data:`UNKNOWN_OUTLET` until the user names it.
    """
    pure = PurePath(str(path).replace("\\", "/"))
    words = _STEM_SEPARATORS.sub(" ", pure.stem).strip()
    if words and all(_CODE_PIECE.fullmatch(w) for w in words.split()):
        return UNKNOWN_OUTLET
    return words or pure.name or UNKNOWN_OUTLET


#: A wire dateline at the very start of a text: perhaps a place (and a date) in front, the agency in
#: parentheses, then a dash ("LONDON (Reuters) - ", "KYIV, Ukraine, March 3 (AP) — ", "(AFP) -- ")
#: or, in CNN's style, the first word right after it ("(CNN)The ..."). The agency is one to five
#: words with no digits, so "(UPDATE 1)" or "(Nov 24)" are no outlet.
_DATELINE_AGENCY: Final = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^()\n]{1,40}?)?\s+)?"
    r"\((?P<outlet>[^\W\d_][^\W\d]*(?:[ &.'’-]+[^\W\d]+){0,4}\.?)\)"
    r"(?:[ \t]*(?:--?|[–—―])(?:[ \t\n]|(?=[A-Z“\"‘']))|(?=[A-Z“\"‘']))"
)
#: What else opens a text in parentheses: a party and state after a name ("(D-Calif.)"), and
#: page furniture ("(Updated)", "(Photo)").
_NOT_AN_AGENCY: Final = re.compile(
    r"[DRI](?:-.*)?|(?i:updated?|updates|corrected|correction|refiles?|repeats|photos?|video|"
    r"watch|live|listen|audio|opinion|analysis|explainer|exclusive|breaking|file|pictured|"
    r"left|right|above|below)"
)


def dateline_outlet(text: str) -> str | None:
    """The agency a wire story names in the dateline it opens with ("LONDON (Reuters) - ..." ->
    "Reuters"), or None. Ingest names a file's outlet so only when nothing else in the file does;
    a name the user gives still wins. The name starts with a capital ("Reuters", "AP"), unless it
    is one short lower-case word, as "dpa" writes itself."""
    match = _DATELINE_AGENCY.match(text[:200])
    if match is None:
        return None
    name = " ".join(match.group("outlet").split())
    if _NOT_AN_AGENCY.fullmatch(name):
        return None
    if len(name) < 2 or not (name[0].isupper() or (name.isalpha() and len(name) <= 4)):
        return None
    return name


def outlet_needs_name(article: Article) -> bool:
    """True when no one named the article's outlet: ingest fell back on the file's name (or on
    :data:`UNKNOWN_OUTLET`), so the app invites the user to name it.

    Ingest records where the name came from (:attr:`Article.outlet_source`): a name the page, the
    text or a dateline gave is never one to replace, even when it happens to be the file's words.
    Otherwise (recorded as the file's name, or not recorded: a library row older than the
    record, or an older export file) the name is judged by what it still is: the file's own
    words, or those words with the number :func:`distinct_outlets` put after them. A name a
    person gave ("Northline Press" for northline-press.txt) differs from the file's words in case
    and is kept.
    """
    if article.outlet_source not in (None, OUTLET_FROM_FILE_NAME):
        return False
    if not article.source or "://" in article.source:
        return False
    outlet = " ".join(article.outlet.split())
    stem = stem_words(article.source)
    # "article (1)" may be the file's own name ("article (1).txt") or "article" numbered apart.
    return any(name in (UNKNOWN_OUTLET, stem) for name in (outlet, _NUMBERED.sub("", outlet)))


def outlet_unknown(article: Article) -> bool:
    """Whether the name is the stand-in for none ("Unknown outlet", or it numbered apart): the
    file's name was a code of numbers and hashes, so nothing, not even the file, named the
    outlet."""
    return _NUMBERED.sub("", " ".join(article.outlet.split())) == UNKNOWN_OUTLET


def distinct_outlets(articles: Sequence[Article]) -> list[Article]:
    """The articles with outlet names a reader can tell apart: a name shared by several (two
    unnamed files, two pieces from one paper) gets " (2)", " (3)"... after its first use, so column
    headers, "only in" notes and explanations never point at two articles at once."""
    seen: dict[str, int] = {}
    taken = {" ".join(a.outlet.split()).casefold() for a in articles}
    out: list[Article] = []
    for a in articles:
        key = " ".join(a.outlet.split()).casefold()
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 1:
            out.append(a)
            continue
        n = seen[key]
        while f"{key} ({n})" in taken:
            n += 1
        taken.add(f"{key} ({n})")
        out.append(replace(a, outlet=f"{a.outlet} ({n})"))
    return out
