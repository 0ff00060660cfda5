"""Turn a stretch of article text plus its flags and word differences into a styled QTextDocument.

Article text is inserted with ``QTextCursor.insertText`` only, never parsed as HTML, so nothing in
an article can load a resource or change the markup. Each flag gets its category's tint, underline
style and a small marker letter after the words (colour is never the only cue); word differences
against the other outlets get a quiet background and a medium weight. Marks that depend on the
selection (the current flag, a flag's counterpart words, the current find match) are not in the
document: views outline them over it (:func:`paint_outlines`), so selecting never rebuilds a layout.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Final, Generic, TypeVar

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFragment,
)

from reader.core.dropped_sources import DROPPED_SOURCE_RULE
from reader.core.echoes import ECHO_MAX_CHARS, Echo
from reader.core.model import CLAIM_CATEGORIES, Counterpart, DiffSpan, Flag
from reader.core.palette import CategoryStyle, mark_colour, style_for
from reader.ui.theme import colours, readable

_UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dash-dot": QTextCharFormat.UnderlineStyle.DashDotLine,
}

T = TypeVar("T")

#: Document property holding, per character position, the flag ids there (for hover and click).
FLAG_PROPERTY = QTextCharFormat.Property.UserProperty + 1
#: Document property on counterpart words: the id of the other outlet's flag they answer.
ECHO_PROPERTY = QTextCharFormat.Property.UserProperty + 2
#: Document property on find matches: the article offset where the match starts.
FOUND_PROPERTY = QTextCharFormat.Property.UserProperty + 3


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text with one uniform look: the flags covering it and whether it differs."""

    start: int  # offsets into the article text
    end: int
    flags: tuple[Flag, ...]
    differs: bool
    found: bool = False
    #: The article offset where the find match this run belongs to starts, when ``found``.
    match: int | None = None
    #: The flag whose counterpart these words are ("President" beside another outlet's
    #: "dictator"), or None: the words the others wrote in the flagged place.
    echo: Flag | None = None
    #: The words that fired a widened flag ("sham" in "sham inquiry"): shown in bold.
    trigger: bool = False


#: Curly quotation marks as the straight ones a keyboard types, one character for one.
_STRAIGHT: Final = str.maketrans("‘’“”", "''\"\"")


def find_key(text: str) -> str:
    """``text`` as Find compares it: case aside, and quotation marks and apostrophes straight.

    An outlet types "Okafor’s" and a reader types "Okafor's" (the window writes its own words
    curly, an article keeps its outlet's marks), so either must find the other in every view.
    Every character stays one character (:func:`_fold_char`), so a match's offsets are the
    text's: ``str.casefold`` turned "Straße" into "strasse" and every match after it was
    outlined a letter late."""
    straight = text.translate(_STRAIGHT)
    if straight.isascii():
        return straight.lower()
    return "".join(map(_fold_char, straight))


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character without its case, as one character: its case fold where that is one
    ("Σ" "σ"), else its lower case ("ẞ" "ß"; "ß" and "ﬁ" stay, where folding would write two),
    else the base letter of a lower case that adds a combining mark ("İ" "i", as "istanbul"
    is typed), else the character itself."""
    folded = char.casefold()
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    if len(lowered) == 1:
        return lowered
    if all(unicodedata.combining(mark) for mark in lowered[1:]):
        return lowered[0]
    return char


def find_spans(text: str, spans: Sequence[tuple[int, int]], needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs (case and the curl of quotation marks aside, :func:`find_key`)
    inside each of ``spans`` of ``text``, in order.

    Matches never run across two spans: what lies between them is not shown as the article's.
    """
    out: list[tuple[int, int]] = []
    needle = find_key(needle)
    if not needle:
        return out
    for start, end in spans:
        hay = find_key(text[start:end])
        pos = hay.find(needle)
        while pos >= 0:
            out.append((start + pos, start + pos + len(needle)))
            pos = hay.find(needle, pos + len(needle))
    return out


def step_match(
    matches: Sequence[tuple[int, ...]], anchor: tuple[int, ...], forward: bool, again: bool
) -> int:
    """The index in sorted ``matches`` a find moves to from ``anchor`` (where the current match
    starts): at or after it while the user types, so "O", "Ok", "Okafor" stay on one place;
    strictly after (or before) it for Next (Previous), wrapping round the ends. Every view that
    finds steps alike."""
    if not again:
        return next((k for k, m in enumerate(matches) if m >= anchor), 0)
    if forward:
        return next((k for k, m in enumerate(matches) if m > anchor), 0)
    return max((k for k, m in enumerate(matches) if m < anchor), default=len(matches) - 1)


def split_counterparts(
    counterparts: Sequence[Counterpart],
) -> tuple[list[Counterpart], list[str]]:
    """The counterparts that are phrases ("President Xi Jinping", or the words a diff found in
    the flag's place of a longer claim), and the articles whose counterpart is their whole claim
    (each once), however short: a short sentence quoted as the answer to a flag reads as the
    words in its place when it is only the claim it sits in.

    Views quote the phrases and only name the others where the claims are shown anyway: whole
    sentences repeated beside a flag bury the one phrase that answers it.
    """
    phrases: list[Counterpart] = []
    whole: list[str] = []
    for c in counterparts:
        if c.start is not None or _naming_like(c.text):
            phrases.append(c)
        elif c.article not in whole:
            whole.append(c.article)
    return phrases, whole


#: The quotation marks an explanation may set another outlet's words in.
_QUOTE_PAIRS: Final = (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))


def quoted_in(explanation: str, outlet: str, words: str) -> bool:
    """Whether a flag's explanation already gives ``outlet``'s ``words`` in quotation marks
    ("The Harbour Times calls Xi Jinping 'President Xi Jinping' here"): a line quoting them
    again under it says the same thing twice."""
    low = explanation.casefold()
    said = " ".join(words.split()).casefold()
    return outlet.casefold() in low and any(f"{o}{said}{c}" in low for o, c in _QUOTE_PAIRS)


def whole_wording_note(articles: int, where: str) -> str:
    """Where to read the other outlets' whole claims, which a flag names rather than quotes
    (:func:`split_counterparts`), in a comparison of ``articles`` articles.

    Said without their names: the flag's explanation has just named them ("Northline Press and
    Harbour Voice report the same claim without it"), and a line naming them again read twice."""
    others = "outlet’s" if articles == 2 else "outlets’"
    return f"The other {others} full wording is {where}."


def _naming_like(text: str) -> bool:
    """A short text that is no sentence ("President Xi Jinping"): how another outlet names
    someone, even where the comparison does not say where it sits (older or outside files)."""
    flat = " ".join(text.split())
    return 0 < len(flat) <= ECHO_MAX_CHARS and not flat.rstrip("\"'”’)").endswith((".", "!", "?"))


def in_context(cp: Counterpart, words: int = 3) -> tuple[str, str, str]:
    """A located counterpart as (before, answer, after): a few words either side of the words in
    the flag's place, with "…" where the claim goes on.

    The window never shows half a quotation: Details sets it inside its own “…”, where a lone
    closing mark reads as the end of the outlet's words. It widens to the other mark of a pair
    within a few words, else leaves the stray mark out (:func:`_balanced_window`)."""
    if cp.start is None or cp.end is None:
        return "", cp.text, ""
    text = cp.text
    # The claim's own spacing is kept: "dollars." stays one word, not "dollars ."
    near_before = re.search(rf"(?:\S+\s*){{0,{words}}}$", text[: cp.start])
    near_after = re.match(rf"(?:\s*\S+){{0,{words}}}", text[cp.end :])
    first = cp.start - len(near_before.group(0)) if near_before else cp.start
    last = cp.end + len(near_after.group(0)) if near_after else cp.end
    first, last = _balanced_window(text, cp.start, cp.end, first, last)
    head, tail = text[first : cp.start].lstrip(), text[cp.end : last].rstrip()
    if text[:first].strip():
        head = "… " + head
    if text[last:].strip():
        tail = tail + " …"
    return head, cp.answer, tail


#: How many words past the usual few a window reaches to take in the other mark of a quotation.
_QUOTE_REACH: Final = 4
_OPENING_AFTER: Final = "([{—–-/"


@dataclass(frozen=True, slots=True)
class _Mark:
    """A quotation mark in a text and the offset of the mark that pairs with it (None: none)."""

    at: int
    opens: bool
    partner: int | None


def _quotation_marks(text: str) -> list[_Mark]:
    """The quotation marks of ``text`` with their partners, nested pairs included.

    A single mark unpaired is taken for an apostrophe ("the outlets’ view", "’90s"), never a
    quotation; an unpaired double mark is a quotation left open or closed elsewhere."""
    found: list[tuple[int, str, bool]] = []
    for i, ch in enumerate(text):
        mark = _mark_kind(text, i, ch)
        if mark:
            found.append((i, *mark))
    partners: dict[int, int | None] = {}
    stack: list[tuple[int, str]] = []
    for at, kind, opens in found:
        if opens:
            stack.append((at, kind))
            continue
        if kind == "single":
            if stack and stack[-1][1] == "single":
                mate = stack.pop()[0]
                partners[at], partners[mate] = mate, at
            continue
        while stack and stack[-1][1] != "double":
            stack.pop()
        mate_at = stack.pop()[0] if stack else None
        partners[at] = mate_at
        if mate_at is not None:
            partners[mate_at] = at
    for at, kind in stack:
        if kind == "double":
            partners[at] = None
    return [_Mark(at, opens, partners[at]) for at, _kind, opens in found if at in partners]


def _mark_kind(text: str, i: int, ch: str) -> tuple[str, bool] | None:
    """("double" or "single", whether it opens) for a quotation mark at ``text[i]``, else None
    (an apostrophe inside a word: "don’t")."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“”":
        return "double", ch == "“"
    if ch == "‘":
        return "single", True
    if ch not in "\"'’":
        return None
    opens = before.isspace() or before in _OPENING_AFTER
    if ch == '"':
        return "double", opens
    if before.isalnum() and after.isalnum():
        return None
    return "single", opens and ch == "'" and not after.isspace()


def _balanced_window(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """The window ``[first, last)`` around the answer ``[start, end)`` moved so that every
    quotation mark it shows has its partner in it too.

    Each side may widen to a mark within :data:`_QUOTE_REACH` words (to the whole word it sits
    on, "(“Never" or "bronzes,”"), or shrink to just past a mark. Of the windows that balance,
    the one that cuts least wins, then the one that widens least: a cut hides words of the claim
    where a widening within reach only adds a few."""
    marks = _quotation_marks(text)
    if not any(first <= m.at < last for m in marks):
        return first, last
    # A cut past a closing mark drops what clings to it ("”," of "bronzes,” he said"); a cut
    # before an opening one drops what leads into it ("(“").
    firsts = {first, start} | {
        m.at + 1 if m.opens else _word_end(text, m.at) for m in marks if first <= m.at < start
    }
    lasts = {last, end} | {
        max(end, _word_start(text, m.at)) if m.opens else m.at for m in marks if end <= m.at < last
    }
    reach_first = _words_back(text, first, _QUOTE_REACH)
    reach_last = _words_on(text, last, _QUOTE_REACH)
    for m in marks:
        if reach_first <= m.at < first:
            firsts.add(_word_start(text, m.at))
        if last <= m.at < reach_last:
            lasts.add(_word_end(text, m.at))
        # The answer itself is never cut: a quotation it opens or closes is shown whole.
        if m.partner is not None and start <= m.at < end:
            if m.partner < first:
                firsts.add(_word_start(text, m.partner))
            elif m.partner >= last:
                lasts.add(_word_end(text, m.partner))

    def cost(window: tuple[int, int]) -> tuple[int, int, int]:
        a, b = window
        shown = [m for m in marks if a <= m.at < b]
        stray = sum(1 for m in shown if m.partner is None or not a <= m.partner < b)
        return stray, max(a - first, 0) + max(last - b, 0), max(first - a, 0) + max(b - last, 0)

    return min(((a, b) for a in firsts for b in lasts), key=cost)


def _word_start(text: str, at: int) -> int:
    """Where the run of non-spaces holding ``text[at]`` starts."""
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    """Just past the run of non-spaces holding ``text[at]``."""
    while at < len(text) and not text[at].isspace():
        at += 1
    return at


def _words_back(text: str, at: int, words: int) -> int:
    """Where the ``words``-th word before offset ``at`` starts."""
    near = re.search(rf"(?:\S+\s*){{0,{words}}}$", text[:at])
    return at - len(near.group(0)) if near else at


def _words_on(text: str, at: int, words: int) -> int:
    """Just past the ``words``-th word after offset ``at``."""
    near = re.match(rf"(?:\s*\S+){{0,{words}}}", text[at:])
    return at + len(near.group(0)) if near else at


def answer_html(cp: Counterpart, *, whole: bool = False) -> str:
    """A counterpart as escaped HTML: a phrase as it is; a located one in bold, with a few words
    of its claim either side, so the words in the flag's place stand out of a long sentence, or
    with its ``whole`` claim around it when the words that matter may be far from the answer
    (:func:`quotes_whole_claims`)."""
    if cp.start is None:
        return html.escape(cp.text)
    if whole and cp.end is not None:
        before, answer, after = cp.text[: cp.start], cp.answer, cp.text[cp.end :]
    else:
        before, answer, after = in_context(cp)
    return f"{html.escape(before)}<b>{html.escape(answer)}</b>{html.escape(after)}"


def quotes_whole_claims(f: Flag) -> bool:
    """Whether the others' words for ``f`` are quoted with their whole claim. A count told as
    fact is answered by who gives it in the others: "… the figure at 35,000." cut off "The
    police put", the very source the flag is about."""
    return f.rule == DROPPED_SOURCE_RULE


def names(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return " and ".join(filter(None, (", ".join(items[:-1]), items[-1]))) if items else ""


def segments(
    text: str,
    start: int,
    end: int,
    flags: Sequence[Flag],
    diffs: Iterable[DiffSpan] = (),
    find: str = "",
    echoes: Sequence[Echo] = (),
) -> list[Segment]:
    """Split ``text[start:end]`` at every flag, difference, echo and find-match boundary."""
    start = max(0, start)
    end = min(len(text), end)
    if end <= start:
        return []
    inside = [f for f in flags if f.end > start and f.start < end]
    diff_spans = [
        (max(d.start, start), min(d.end, end)) for d in diffs if d.end > start and d.start < end
    ]
    found_spans = find_spans(text, [(start, end)], find)
    cuts = {start, end}
    for f in inside:
        cuts.update((max(f.start, start), min(f.end, end)))
    triggers = [
        (max(f.trigger[0], start), min(f.trigger[1], end))
        for f in inside
        if f.trigger is not None and f.category not in UNTINTED
    ]
    for a, b in triggers:
        cuts.update((a, b))
    echo_spans = [
        (max(e.start, start), min(e.end, end), e.flag)
        for e in echoes
        if e.end > start and e.start < end
    ]
    for a, b in (*diff_spans, *found_spans, *((x, y) for x, y, _f in echo_spans)):
        cuts.update((a, b))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in itertools.pairwise(points):
        if b <= a:
            continue
        covering = tuple(f for f in inside if f.start <= a and f.end >= b)
        differs = any(x <= a and y >= b for x, y in diff_spans)
        match = next((x for x, y in found_spans if x <= a and y >= b), None)
        echo = next((f for x, y, f in echo_spans if x <= a and y >= b), None)
        trigger = any(x <= a and y >= b for x, y in triggers)
        out.append(Segment(a, b, covering, differs, match is not None, match, echo, trigger))
    return out


#: Flags that cover a whole sentence get the underline and marker but no tint: a tinted paragraph
#: would shout louder than the word-level flags inside it.
UNTINTED: Final = frozenset(CLAIM_CATEGORIES)


def mark_of(flags: Sequence[Flag]) -> tuple[Flag, bool]:
    """The flag whose colour a run of text takes, and whether the run is tinted.

    Word-level flags come before sentence-wide ones, and the outlet's own wording before a quoted
    speaker's: words inside a quotation keep their underline and letter but get no tint, so what
    the outlet itself wrote is what stands out.
    """
    word_level = [f for f in flags if f.category not in UNTINTED]
    own = [f for f in word_level if not f.quoted]
    return (own or word_level or list(flags))[-1], bool(own)


def line_mark_style(flag: Flag) -> CategoryStyle:
    """How a headline paints ``flag``: in its category's style, but, as in the body
    (:func:`mark_of`), with no tint on a quoted speaker's words, so a headline's own wording is
    what stands out."""
    style = style_for(flag.category)
    return replace(style, tint_light="", tint_dark="") if flag.quoted else style


def innermost_order(spans: Sequence[tuple[int, int]], on_top: int | None = None) -> list[int]:
    """The indices of ``spans`` (all over one point) from the most specific out: the shortest
    span first; of spans as long, the one whose mark is drawn there (``on_top``), then the one
    that starts later. What a click on marks that overlap picks first, and then next."""
    return sorted(
        range(len(spans)),
        key=lambda i: (spans[i][1] - spans[i][0], i != on_top, -spans[i][0]),
    )


def innermost_first(flags: Sequence[Flag]) -> list[Flag]:
    """Flags over the same words, the most specific first (:func:`innermost_order`): a loaded word
    before the phrase flag around it, and that before a sentence-wide opinion. The flag whose
    tint the words take (:func:`mark_of`) wins a tie."""
    if len(flags) < 2:
        return list(flags)
    top, _tinted = mark_of(flags)
    order = innermost_order([(f.start, f.end) for f in flags], flags.index(top))
    return [flags[i] for i in order]


class ClickCycle(Generic[T]):
    """Which of the marks under a click the click selects, given them innermost first: the
    innermost. A click again on the same mark (the same marks under the pointer, in the same
    place) while the mark it selected is current moves out to the enclosing one, and after the
    outermost round to the innermost again. Keyboard steps (F8) never come here: they keep
    reading order."""

    def __init__(self) -> None:
        self._last: tuple[object, tuple[T, ...]] | None = None

    def pick(self, where: object, marks: Sequence[T], current: T | None) -> T | None:
        """The mark to select among ``marks`` (innermost first; none: None) clicked in
        ``where`` (a cell, a text, a headline) while ``current`` is the current one."""
        key = (where, tuple(marks))
        again = key == self._last and current is not None and current in marks
        self._last = key if marks else None
        if not marks:
            return None
        if again:
            assert current is not None
            return marks[(marks.index(current) + 1) % len(marks)]
        return marks[0]

    def forget(self) -> None:
        """A new text (another comparison): the next click starts from the innermost."""
        self._last = None


def underline_style(style: CategoryStyle) -> QTextCharFormat.UnderlineStyle:
    """The line Qt draws under ``style``'s flags: the text views' and the printed report's."""
    return _UNDERLINES.get(style.underline, _UNDERLINES["solid"])


def underline_colour(style: CategoryStyle, dark: bool, ground: str | None = None) -> QColor:
    """The colour of ``style``'s underline drawn on ``ground`` (a flag's own tint, the shading
    of different wording, a find match), or on the page when None.

    The category colours clear 3:1 on the pages only: on their own tints and on the shading
    several fell to 2.2-2.9:1 (a label's orange-red on the dark shading, 2.4:1, looked faint).
    On a ground the colour moves towards the text's just far enough
    (:func:`~reader.core.palette.mark_colour`), keeping what it can of its hue.
    """
    if ground is None:
        return QColor(style.colour)
    return QColor(mark_colour(style.colour, QColor(ground).name().upper(), colours(dark)["text"]))


def flag_format(style: CategoryStyle, dark: bool, *, tint: bool = True) -> QTextCharFormat:
    fmt = QTextCharFormat()
    tint_colour = style.tint_dark if dark else style.tint_light
    if tint:
        fmt.setBackground(QColor(tint_colour))
    fmt.setUnderlineStyle(underline_style(style))
    fmt.setUnderlineColor(underline_colour(style, dark, tint_colour if tint else None))
    return fmt


def marker_format(style: CategoryStyle, base: QFont, dark: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(readable(style.colour, dark))  # a small letter needs more contrast
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    size = base.pointSizeF()
    if size > 0:
        fmt.setFontPointSize(size)
    return fmt


#: What may lie between two claims shown together as the article's own words: spacing,
#: punctuation and a joining word. Anything else is a gap, shown as an ellipsis.
_JOINT = re.compile(r"[\s,;:—–-]*(?:(?:and|but|or|while|as)\b[\s,;:—–-]*)?", re.IGNORECASE)
JOINT_MAX: Final = 16


def joint(text: str, end: int, start: int) -> str:
    """What to write between two claims of one article shown in one cell, ``text[:end]`` and
    ``text[start:]``: the article's own spacing and punctuation when nothing else lies between
    them (a sentence the claims stage split, or two sentences in a row), else an ellipsis, which
    tells the reader that words were left out."""
    gap = text[end:start]
    if start >= end and len(gap) <= JOINT_MAX and _JOINT.fullmatch(gap):
        return re.sub(r"\s+", " ", gap)
    return " … "


def joined(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The plain text of ``spans`` of ``text`` with :func:`joint` between them."""
    parts: list[str] = []
    for i, (s, e) in enumerate(spans):
        if i:
            parts.append(joint(text, spans[i - 1][1], s))
        parts.append(text[s:e])
    return "".join(parts)


def fill_document(
    doc: QTextDocument,
    text: str,
    spans: Sequence[tuple[int, int]],
    flags: Sequence[Flag],
    diffs: Iterable[DiffSpan],
    *,
    dark: bool,
    diff_colour: str,
    find_colour: str,
    find: str = "",
    show_markers: bool = True,
    echoes: Sequence[Echo] = (),
) -> list[int]:
    """Write the spans of ``text`` into ``doc`` with flag and difference styling.

    Several spans (a claim group can hold more than one claim of the same article) are joined by
    :func:`joint`. Every character carries the ids of the flags over it in ``FLAG_PROPERTY`` so a
    hit test can tell which flag the pointer is on. Returns the article offsets after which a marker
    letter was inserted, so callers can map article offsets to document positions
    (``doc_position``).
    """
    markers: list[int] = []
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one layout pass at the end, not one per inserted run
    base_font = doc.defaultFont()
    diffs = tuple(diffs)
    for i, (s, e) in enumerate(spans):
        if i:
            cursor.insertText(joint(text, spans[i - 1][1], s), QTextCharFormat())
        for seg in segments(text, s, e, flags, diffs, find, echoes):
            fmt = QTextCharFormat()
            if seg.differs:
                fmt.setBackground(QColor(diff_colour))
                fmt.setFontWeight(QFont.Weight.DemiBold)
            if seg.echo is not None and not seg.flags:
                # No look of its own: the view outlines it, quieter than any flag.
                fmt.setProperty(FLAG_PROPERTY, seg.echo.id)
                fmt.setProperty(ECHO_PROPERTY, seg.echo.id)
            if seg.flags:
                top, tinted = mark_of(seg.flags)
                fmt.merge(flag_format(style_for(top.category), dark, tint=tinted))
                if seg.trigger:
                    fmt.setFontWeight(QFont.Weight.Bold)
                # innermost first: what a click or the hover text takes first
                ids = ",".join(f.id for f in innermost_first(seg.flags))
                fmt.setProperty(FLAG_PROPERTY, ids)
            if seg.found:
                fmt.setBackground(QColor(find_colour))
                fmt.setProperty(FOUND_PROPERTY, seg.match)
            if seg.flags and fmt.background().style() != Qt.BrushStyle.NoBrush:
                # Drawn on whatever ground the words ended up on: tint, shading or a match.
                ground = fmt.background().color().name()
                fmt.setUnderlineColor(underline_colour(style_for(top.category), dark, ground))
            cursor.insertText(text[seg.start : seg.end], fmt)
            if show_markers:
                for f in seg.flags:
                    if f.end == seg.end:
                        mfmt = marker_format(style_for(f.category), base_font, dark)
                        mfmt.setProperty(FLAG_PROPERTY, f.id)
                        inserted = insert_marker(cursor, style_for(f.category).marker, mfmt)
                        markers.extend([seg.end] * inserted)
    cursor.endEditBlock()
    return markers


#: Written after a flag's marker letters and as wide as they are: a break can never come
#: before it, so a line ends after the letters' room, not between a word and its letters.
MARKER_JOINER: Final = "\u2060"  # WORD JOINER: no width of its own, no break either side


def insert_marker(cursor: QTextCursor, letters: str, fmt: QTextCharFormat) -> int:
    """Write a flag's marker ``letters`` at ``cursor`` so they stay on their word's line, and
    return how many characters went in.

    A narrow column at a large text size has words wider than a line, which Qt breaks between
    any two characters; a word that just fitted left its letter alone at the start of the next
    line. So the letters take no width of their own and the invisible joiner after them takes
    theirs: whenever the word fits, its letters fit too, drawn where they always were."""
    if not letters:
        return 0  # nothing to hang, and no width to share out among no letters
    width = _letters_width(letters, fmt, cursor.document().defaultFont())
    hanging = QTextCharFormat(fmt)
    hanging.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
    hanging.setFontLetterSpacing(-width / len(letters))
    cursor.insertText(letters, hanging)
    room = QTextCharFormat(fmt)
    room.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
    room.setFontLetterSpacing(width)
    cursor.insertText(MARKER_JOINER, room)
    return len(letters) + len(MARKER_JOINER)


#: The marker letters' widths by (letters, base font, letters' font), oldest first. Every zoom
#: step and font change makes new keys, so only the latest :data:`WIDTHS_KEPT` are kept. Filled
#: on the GUI thread only, as the documents it serves are.
_WIDTHS: dict[tuple[str, str, str], float] = {}
#: Enough for every category's letters at a few text sizes at once (the views and the printout).
WIDTHS_KEPT: Final = 128


def _letters_width(letters: str, fmt: QTextCharFormat, base: QFont) -> float:
    """How wide ``letters`` are laid out in ``fmt`` (raised, which Qt draws smaller by a rule
    of its own), measured once per text size."""
    key = (letters, base.toString(), fmt.font().toString())
    width = _WIDTHS.get(key)
    if width is None:
        width = _measured_width(letters, fmt, base)
        while len(_WIDTHS) >= WIDTHS_KEPT:
            del _WIDTHS[next(iter(_WIDTHS))]
        _WIDTHS[key] = width
    return width


def _measured_width(letters: str, fmt: QTextCharFormat, base: QFont) -> float:
    scratch = QTextDocument()
    scratch.setDefaultFont(base)
    QTextCursor(scratch).insertText(letters, fmt)
    scratch.size()  # lays the letters out
    layout = scratch.begin().layout()
    return layout.lineAt(0).naturalTextWidth() if layout.lineCount() else 0.0


def is_marker_letter(fmt: QTextCharFormat) -> bool:
    """Whether text in ``fmt`` is a marker letter. The views raise the letters they write after
    a flag's words (:func:`fill_document`, :func:`marked_html`) and raise nothing else, so a
    raised character is one of them wherever the document came from."""
    return fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript


#: How a copy writes what a document holds in place of plain characters, as Qt's own plain
#: text does: paragraph and line breaks as new lines, a no-break space as a space.
_PLAIN: Final = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\u00a0": " "})


def selected_words(cursor: QTextCursor) -> str:
    """The text ``cursor`` selects without the marker letters: a quotation pasted elsewhere must
    not read "dictatorL Xi Jinping" because a view puts a letter after each flag."""
    if not cursor.hasSelection():
        return ""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    parts: list[str] = []
    block = cursor.document().findBlock(start)
    while block.isValid() and block.position() < end:
        if block.position() > start:
            parts.append("\n")  # the paragraph break before this block is selected
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            a = max(start, frag.position()) - frag.position()
            b = min(end, frag.position() + frag.length()) - frag.position()
            if a < b and not is_marker_letter(frag.charFormat()):
                parts.append(frag.text()[a:b])
            it += 1
        block = block.next()
    return "".join(parts).translate(_PLAIN)


def words_mime(cursor: QTextCursor) -> QMimeData:
    """What a copy or a drag from a marked text carries: plain text only, the words without the
    view's marker letters and tints (see :func:`selected_words`)."""
    mime = QMimeData()
    mime.setText(selected_words(cursor))
    return mime


def article_offset(position: int, markers: Sequence[int], span_start: int = 0) -> int:
    """The article offset of document ``position`` (the inverse of :func:`doc_position`)."""
    offset = position + span_start
    for k, m in enumerate(sorted(markers)):
        if m + k < position + span_start:
            offset -= 1
    return offset


def doc_position(offset: int, markers: Sequence[int], span_start: int = 0) -> int:
    """Where article ``offset`` sits in a one-span document filled from ``span_start``."""
    return offset - span_start + bisect.bisect_right(markers, offset)


def cell_ranges(
    text: str,
    spans: Sequence[tuple[int, int]],
    markers: Sequence[int],
    start: int,
    end: int,
) -> list[tuple[int, int]]:
    """Where article offsets ``start`` to ``end`` sit in a document :func:`fill_document` filled
    from ``spans`` of ``text`` (its returned ``markers``): one range per span they overlap,
    leaving out a marker letter right after the words, which keeps its category's colour."""
    out: list[tuple[int, int]] = []
    base = 0  # where the current span starts in the document, before any marker letter
    for i, (s, e) in enumerate(spans):
        if i:
            base += len(joint(text, spans[i - 1][1], s))
        a, b = max(start, s), min(end, e)
        if a < b:
            out.append(
                (
                    base + a - s + bisect.bisect_right(markers, a),
                    base + b - s + bisect.bisect_left(markers, b),
                )
            )
        base += e - s
    return out


def flag_ids_at(doc: QTextDocument, position: int) -> list[str]:
    """The ids of the flags under character ``position`` of a document made by fill_document,
    the most specific first (:func:`innermost_first`); on a marker letter, only its flag's."""
    if position < 0:
        return []
    block = doc.findBlock(position)
    if not block.isValid():
        return []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.position() <= position < frag.position() + frag.length():
            value = frag.charFormat().property(FLAG_PROPERTY)
            return [v for v in str(value).split(",") if v] if value else []
        it += 1
    return []


def fragments(doc: QTextDocument) -> Iterator[QTextFragment]:
    """Every run of one format in ``doc``, block by block, in document order. Read them before
    changing a format: a change may merge or split the runs."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def property_ranges(doc: QTextDocument, prop: int, value: object) -> list[tuple[int, int]]:
    """The document ranges whose ``prop`` is ``value`` (or, for a comma-separated list of flag
    ids, holds it), neighbouring runs merged: what a view outlines for a flag or a match."""
    out: list[tuple[int, int]] = []
    for frag in fragments(doc):
        got = frag.charFormat().property(prop)
        hit = got == value or (
            isinstance(got, str) and isinstance(value, str) and value in got.split(",")
        )
        if hit:
            start, end = frag.position(), frag.position() + frag.length()
            if out and out[-1][1] == start:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
    return out


def underlines_on_selection(
    doc: QTextDocument,
    ground: str,
    ink: str,
    within: tuple[int, int] | None = None,
    *,
    over_tints: bool = False,
) -> list[tuple[int, int, QColor]]:
    """The underlines of ``doc`` a selection coloured ``ground`` (with ``ink`` its text colour)
    would hide, as (start, end, colour to draw them in instead; see
    :func:`~reader.core.palette.mark_colour`), only within the document range ``within`` when
    given. A tinted flag's underline sits on its tint, not on the selection, and is left as it
    is unless the selection paints over the tints too (``over_tints``, as selected words do)."""
    low, high = within if within is not None else (0, doc.characterCount())
    out: list[tuple[int, int, QColor]] = []
    for frag in fragments(doc):
        fmt = frag.charFormat()
        start = max(frag.position(), low)
        end = min(frag.position() + frag.length(), high)
        tinted = fmt.background().style() != Qt.BrushStyle.NoBrush
        underlined = fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
        if start < end and underlined and (over_tints or not tinted):
            own = fmt.underlineColor().name().upper()
            mark = mark_colour(own, ground, ink)
            if mark != own:
                out.append((start, end, QColor(mark)))
    return out


def range_rects(doc: QTextDocument, start: int, end: int) -> list[QRectF]:
    """One rectangle per laid-out line of document range ``[start, end)``, in document
    coordinates: a phrase wrapped over two lines is outlined on each."""
    out: list[QRectF] = []
    layout = doc.documentLayout()
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        base = block.position()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            a = max(start, base + line.textStart())
            b = min(end, base + line.textStart() + line.textLength())
            if b <= a:
                continue
            x1 = _x_of(line.cursorToX(a - base))
            x2 = _x_of(line.cursorToX(b - base))
            out.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        block = block.next()
    return out


def _x_of(value: object) -> float:
    """``QTextLine.cursorToX`` answers ``(x, position)`` in PySide6; some versions a bare x."""
    if isinstance(value, tuple):
        return float(value[0])
    return float(value)  # type: ignore[arg-type]


def paint_outlines(
    painter: QPainter, doc: QTextDocument, ranges: Iterable[tuple[int, int]], pen: QPen
) -> None:
    """Outline document ranges, line by line, with ``pen`` (the painter set at the document's
    origin). Outlines sit around the words, never on them, so no mark underneath is hidden."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    grow = pen.widthF() / 2 + 1  # clear of the glyphs, a raised marker letter included
    for start, end in _joined(ranges):
        for rect in range_rects(doc, start, end):
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow + 1, grow - 1), 3, 3)
    painter.restore()


def _joined(ranges: Iterable[tuple[int, int]], gap: int = 3) -> list[tuple[int, int]]:
    """Ranges a few characters apart as one: a long flag's range is cut by the marker letters of
    the flags inside it, and one outline per piece drew a pile of boxes."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start - out[-1][1] <= gap:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def marked_html(
    text: str, start: int, end: int, diffs: tuple[DiffSpan, ...], flags: list[Flag], dark: bool
) -> str:
    """``text[start:end]`` as escaped HTML (for labels and the Details panel) with differences in
    bold and flags tinted and underlined, each flag's marker letter after its last word.
    """
    out = []
    c = colours(dark)
    for seg in segments(text, start, end, flags, diffs):
        piece = html.escape(text[seg.start : seg.end])
        if seg.differs:
            piece = f"<span style='background:{c['diff']}; font-weight:600'>{piece}</span>"
        if seg.flags:
            top, tinted = mark_of(seg.flags)
            st = style_for(top.category)
            tint = (st.tint_dark if dark else st.tint_light) if tinted else None
            ground = tint or (c["diff"] if seg.differs else None)
            line = underline_colour(st, dark, ground).name()
            piece = (
                f"<span style='background:{tint or 'transparent'}; text-decoration:underline; "
                f"text-decoration-color:{line}'>{piece}</span>"
            )
            for f in seg.flags:
                if f.end == seg.end:
                    fs = style_for(f.category)
                    colour = readable(fs.colour, dark).name()  # a small letter needs contrast
                    piece += f"<sup style='color:{colour}'><b>{fs.marker}</b></sup>"
        out.append(piece)
    return "".join(out)


def wrap_lines(text: str, fm: QFontMetrics, width: int, most: int) -> list[tuple[int, str, str]]:
    """``text`` broken at spaces into at most ``most`` lines of ``width`` pixels, the last one
    elided: ``(offset, full, shown)`` per line, ``full`` being the text from ``offset`` to the
    end of the line (to the end of ``text`` for the last), ``shown`` what is painted."""
    out: list[tuple[int, str, str]] = []
    offset = 0
    while offset < len(text) and len(out) < most:
        rest = text[offset:]
        # Whether it fits is elidedText's call, since elidedText draws it: at exactly the
        # width, horizontalAdvance says it fits while elidedText still cuts the last word.
        shown = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if len(out) == most - 1 or shown == rest:
            out.append((offset, rest, cut_after_word(rest, shown)))
            break
        # The last space before the line is full (one measure a word: this runs on every paint).
        cut = 0
        for i, ch in enumerate(rest):
            if ch != " ":
                continue
            if fm.horizontalAdvance(rest[:i]) >= width:
                break
            cut = i
        if cut == 0:  # one word wider than the line: it is cut, not wrapped
            out.append((offset, rest, shown))
            break
        out.append((offset, rest[:cut], rest[:cut]))
        offset += cut + 1
    return out


def cut_after_word(text: str, shown: str) -> str:
    """``shown`` (``text`` as elidedText cut it) cut instead after the last whole word it holds:
    "take to the stre…" named no street, and a headline's last line is what a reader scans.
    A line whose first word alone is cut stays as elidedText cut it, for a word is all it holds.
    """
    if shown == text or not shown.endswith("…"):
        return shown
    kept = shown[:-1]
    if kept.endswith(" ") or text[len(kept) : len(kept) + 1] in ("", " "):
        return shown  # elidedText already cut at a space
    space = kept.rstrip().rfind(" ")
    if space <= 0:
        return shown
    return kept[:space].rstrip().rstrip(",;:–—-").rstrip() + "…"


def paint_line_marks(
    painter: QPainter,
    origin: QPoint,
    shown: str,
    full: str,
    marks: Iterable[tuple[int, int, CategoryStyle]],
    dark: bool,
    found: Iterable[tuple[int, int]] = (),
) -> None:
    """Tint and underline character ranges of one painted line of text (a headline in a column
    header or a pane's title line), before the text is drawn over them. ``shown`` is the line as
    painted, possibly elided from ``full``: a range the ellipsis cuts off marks the ellipsis
    instead, so the reader knows the hidden part of the headline holds a flag.

    ``found`` are the line's find matches: their background replaces a flag's tint and leaves
    its underline, as in a document that :func:`fill_document` filled."""
    fm = painter.fontMetrics()
    height = fm.height()
    underlines = []
    for start, end, style in marks:
        extent = mark_extent(fm, shown, full, start, end)
        if extent is None:
            continue
        x, w = origin.x() + extent[0], extent[1]
        tint = style.tint_dark if dark else style.tint_light
        if tint:  # a quoted speaker's words are underlined only (line_mark_style)
            painter.fillRect(QRect(x, origin.y(), w, height), QColor(tint))
        underlines.append((x, w, style, underline_colour(style, dark, tint or None)))
    find_colour = QColor(colours(dark)["find"])
    for start, end in found:
        extent = mark_extent(fm, shown, full, start, end)
        if extent is not None:
            painter.fillRect(
                QRect(origin.x() + extent[0], origin.y(), extent[1], height), find_colour
            )
    for x, w, style, colour in underlines:
        paint_underline(painter, x, origin.y() + height - 1, w, style, colour)


def shown_range(shown: str, full: str, start: int, end: int) -> tuple[int, int] | None:
    """The characters of ``shown`` (a line painted from ``full``, perhaps elided) that stand for
    ``full[start:end]``: a range the ellipsis cuts off takes the ellipsis. None when the range
    is not on the line."""
    elided = shown != full
    visible = len(shown) - 1 if elided else len(shown)
    if start >= end:
        return None
    if end > visible:
        if not elided:
            return None
        start, end = min(start, visible), len(shown)  # up to and over the ellipsis
    return start, end


def mark_extent(
    fm: QFontMetrics, shown: str, full: str, start: int, end: int
) -> tuple[int, int] | None:
    """Where :func:`paint_line_marks` paints the mark of ``full[start:end]`` on a line painted
    as ``shown``: its x from the line's left and its width, or None when it is not on the line.
    Painting and clicking both ask this, so a click lands on the mark the reader sees."""
    where = shown_range(shown, full, start, end)
    if where is None:
        return None
    start, end = where
    return fm.horizontalAdvance(shown[:start]), fm.horizontalAdvance(shown[start:end])


def ranges_on_line(
    ranges: Sequence[tuple[int, int]], offset: int, full: str
) -> list[tuple[int, int, int]]:
    """The ``ranges`` (text offsets) on a painted line that starts at ``offset`` and reads
    ``full``: as ranges of the line, each with its index in ``ranges``."""
    return [
        (max(s - offset, 0), min(e - offset, len(full)), i)
        for i, (s, e) in enumerate(ranges)
        if e > offset and s < offset + len(full)
    ]


def line_range_rects(
    fm: QFontMetrics,
    lines: Iterable[tuple[QPoint, int, str, str]],
    ranges: Sequence[tuple[int, int]],
) -> list[tuple[QRect, int]]:
    """Where ``ranges`` of a text painted on ``lines`` (each line's top left, the offset it
    starts at, its full text and the text painted) are painted in ``fm``'s font: a rect per
    line each is on, with its index in ``ranges``. What a click on a headline's mark or letter
    hits, and what an outline goes round (:func:`mark_extent`)."""
    out = []
    for origin, offset, full, shown in lines:
        for start, end, i in ranges_on_line(ranges, offset, full):
            extent = mark_extent(fm, shown, full, start, end)
            if extent is not None:
                x, width = extent
                out.append((QRect(origin.x() + x, origin.y(), width, fm.height()), i))
    return out


#: Pen styles that draw each category's underline as the text views do (:data:`_UNDERLINES`), so
#: the kind of a mark shows without its colour and a legend chip looks like the marks it explains
#: (a wave is drawn as a zigzag).
_PEN_STYLES = {
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dash-dot": Qt.PenStyle.DashDotLine,
}


def paint_underline(
    painter: QPainter,
    x: int,
    y: int,
    width: int,
    style: CategoryStyle,
    colour: QColor | None = None,
) -> None:
    """Draw ``style``'s underline from (x, y), ``width`` long, as the text views draw it (the
    headlines' marks and the legend's chips use it too), in ``colour`` when given (one that
    shows on the ground beneath: :func:`underline_colour`)."""
    colour = QColor(style.colour) if colour is None else colour
    painter.save()
    if style.underline == "wave":
        painter.setPen(QPen(colour, 1.4))
        points = [QPointF(x + i, y - (1.5 if (i // 3) % 2 else 0)) for i in range(0, width + 1, 3)]
        painter.drawPolyline(points)
    else:
        pen = QPen(colour, 2)
        pen.setStyle(_PEN_STYLES.get(style.underline, Qt.PenStyle.SolidLine))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(x, y, x + width, y)
    painter.restore()


@dataclass(frozen=True, slots=True)
class MarkedLine:
    """A line of text painted with marker letters among its characters (a headline in a column
    header or a pane's title line): the text with the letters put in, the text offsets each
    letter was put after (one per character, sorted), and each letter's place in the new text
    with its category's style."""

    text: str
    inserted: tuple[int, ...]
    letters: tuple[tuple[int, CategoryStyle], ...]
    #: The index in the marks given to :func:`with_markers` of each letter's mark.
    owners: tuple[int, ...] = ()

    def letter_ranges(self, index: int) -> list[tuple[int, int]]:
        """Where the letters of mark ``index`` stand in :attr:`text`, one range per letter: a
        click on one selects its mark alone, as a click on a letter in the text does."""
        return [
            (p, p + 1)
            for (p, _style), owner in zip(self.letters, self.owners, strict=True)
            if owner == index
        ]

    def shown_ranges(self, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Text ``ranges`` as ranges of :attr:`text`: a letter put in at a range's start comes
        before it (it ends the mark before), one put in at its end after it (it is the mark's
        own), and the letters of marks inside it are inside it."""
        ins = self.inserted
        return [
            (s + bisect.bisect_right(ins, s), e + bisect.bisect_left(ins, e)) for s, e in ranges
        ]


def with_markers(text: str, marks: Sequence[tuple[int, CategoryStyle]]) -> MarkedLine:
    """``text`` with each mark's marker letter after its last character, as
    :func:`fill_document` writes a flag's letter after its words: ``marks`` are (end offset,
    style), and marks ending at one place keep their order."""
    order = sorted(range(len(marks)), key=lambda i: marks[i][0])
    parts: list[str] = []
    inserted: list[int] = []
    letters: list[tuple[int, CategoryStyle]] = []
    owners: list[int] = []
    done = 0
    for i in order:
        end, style = marks[i]
        end = max(done, min(end, len(text)))
        parts.append(text[done:end])
        done = end
        for ch in style.marker:
            letters.append((end + len(inserted), style))
            owners.append(i)
            inserted.append(end)
            parts.append(ch)
    parts.append(text[done:])
    return MarkedLine("".join(parts), tuple(inserted), tuple(letters), tuple(owners))


def draw_marked_line(
    painter: QPainter,
    origin: QPoint,
    shown: str,
    full: str,
    letters: Iterable[tuple[int, CategoryStyle]],
    dark: bool,
) -> None:
    """Draw one line of a :class:`MarkedLine` (``shown`` painted from ``full``, perhaps elided)
    from its top left, after :func:`paint_line_marks`: the words in the painter's pen, and the
    marker letters on it (``letters``, places in the line) bold, raised and in their category's
    colour, as the cells write them, so a headline's marks read against the Details list as
    the text's do. A letter the ellipsis cut off is not drawn."""
    fm = painter.fontMetrics()
    baseline = origin.y() + fm.ascent()
    visible = len(shown) - 1 if shown != full else len(shown)
    on_line = sorted((p, st) for p, st in letters if 0 <= p < visible)
    if not on_line:
        painter.drawText(QPoint(origin.x(), baseline), shown)
        return
    small = QFont(painter.font())
    small.setBold(True)
    small.setPointSizeF(max(5.0, painter.font().pointSizeF() * 0.75))
    raised = baseline - fm.ascent() // 3
    done = 0
    for p, style in on_line:
        painter.drawText(
            QPoint(origin.x() + fm.horizontalAdvance(shown[:done]), baseline), shown[done:p]
        )
        painter.save()
        painter.setFont(small)
        painter.setPen(readable(style.colour, dark))  # a small letter needs more contrast
        painter.drawText(QPoint(origin.x() + fm.horizontalAdvance(shown[:p]), raised), shown[p])
        painter.restore()
        done = p + 1
    painter.drawText(
        QPoint(origin.x() + fm.horizontalAdvance(shown[:done]), baseline), shown[done:]
    )
