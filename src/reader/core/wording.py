"""Which word differences of an aligned claim are worth showing: the views shade what an outlet
words differently, but a paraphrase differs almost everywhere, and a wall of shading says nothing.
This decides what is shaded and when a claim is "reworded" throughout; the views only draw it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from reader.core.model import Article, DiffSpan, Row

#: Above this share of differing characters a claim is a paraphrase: marking nearly every word as
#: different says nothing, so the cell shades only what it adds (:data:`INSERTION_MIN_WORDS`) and
#: is captioned "reworded" instead (:class:`Wording`). Inserted words do not count towards it.
PARAPHRASE_SHARE: Final = 0.45
#: An added run (words the others have nothing in place of) of at least this many words is an
#: inserted phrase or clause: shaded even in a paraphrase, since it is one calm block, and unmarked
#: it would read as wording the others share.
INSERTION_MIN_WORDS: Final = 3


#: Function words whose change alone says nothing about framing ("who" for "and", "the" for
#: "a"). Kept short on purpose: negations, modals ("will", "could"), numbers and every content
#: word stay, since changing one of those can change the claim.
STOP_WORDS: Final = frozenset(
    # articles, conjunctions, prepositions, pronouns, and "be", "have" and "do"
    """a an the and or but nor so yet of to in on at by for from with into onto about as than
    that which who whom whose this these those it its they them their he him his she her we us
    our you your i me my is are was were be been being am has have had do does did there here
    then also""".split()  # noqa: SIM905  (a word list reads better as words)
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def only_stop_words(text: str) -> bool:
    """Whether ``text`` has words and every one of them is a function word."""
    words = _WORD.findall(text.casefold())
    return bool(words) and all(w in STOP_WORDS for w in words)


@dataclass(frozen=True, slots=True)
class Wording:
    """How a cell shows its word differences against the other outlets of its row."""

    #: The spans to shade.
    diffs: tuple[DiffSpan, ...] = ()
    #: Worded differently throughout: its substitutions are left unshaded (a wall of shading would
    #: say nothing), so the cell says "reworded" lest its plain words read as the others' wording.
    reworded: bool = False


def useful_diffs(
    diffs: Sequence[DiffSpan],
    spans: Sequence[tuple[int, int]],
    text: str,
    others: Sequence[str],
) -> Wording:
    """The word differences worth showing in ``spans`` of ``text`` (``others``: the other cells'
    wording in the row), and whether the cell is reworded throughout.

    An inserted phrase (:func:`inserted`) is always shaded. The other differences are shaded
    unless they cover more than :data:`PARAPHRASE_SHARE` of the words the cell does not insert:
    then they are scattered substitutions of a paraphrase, left plain, and the cell is
    ``reworded``. A lone function word ("and", "the", "who") is never shaded: it would compete
    with the flags while saying nothing about how the claim is framed.
    """
    total = sum(e - s for s, e in spans)
    if total <= 0 or not diffs:
        return Wording()
    added: set[DiffSpan] = set()
    if any(d.op == "added" for d in diffs):
        others_words = [_content_words(o) for o in others]
        added = {d for d in diffs if inserted(d, text, others_words)}
    rest = {d for d in diffs if d not in added and not only_stop_words(text[d.start : d.end])}
    covered = sum(_overlap(d, spans) for d in diffs if d not in added)
    left = total - sum(_overlap(d, spans) for d in added)
    reworded = bool(rest) and left > 0 and covered / left > PARAPHRASE_SHARE
    shaded = added if reworded else added | rest
    return Wording(tuple(d for d in diffs if d in shaded), reworded)


def cell_wording(row: Row, articles: Sequence[Article], article: str) -> Wording:
    """:func:`useful_diffs` for ``article``'s cell of ``row``, against the row's other cells."""
    claims = row.cells.get(article, ())
    if row.alignment is None or not claims:
        return Wording()
    texts = {a.id: a.text for a in articles}
    others = [
        " ".join(texts[a][c.start : c.end] for c in cs)
        for a, cs in row.cells.items()
        if a != article and a in texts
    ]
    return useful_diffs(
        row.alignment.diffs.get(article, ()),
        [(c.start, c.end) for c in claims],
        texts.get(article, ""),
        others,
    )


def inserted(diff: DiffSpan, text: str, others_words: Sequence[frozenset[str]]) -> bool:
    """Whether ``diff`` is a phrase or clause the other cells have no counterpart for at all: an
    added run (nothing in its place) of :data:`INSERTION_MIN_WORDS` words or more whose content
    words are mostly missing from each other cell (``others_words``: their
    :func:`_content_words`). A clause another cell has elsewhere in its sentence ("despite
    protests from shop owners" first in one, last in the other) is moved, not inserted."""
    words = _WORD.findall(text[diff.start : diff.end].casefold())
    if diff.op != "added" or len(words) < INSERTION_MIN_WORDS:
        return False
    content = [w for w in words if w not in STOP_WORDS]
    return bool(content) and all(
        2 * sum(1 for w in content if w in other) < len(content) for other in others_words
    )


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS)


def _overlap(diff: DiffSpan, spans: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(diff.end, e) - max(diff.start, s)) for s, e in spans)
