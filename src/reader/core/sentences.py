"""Sentences of an article: spaCy's boundaries fixed for news text, and lines that assert nothing.

Claims are cut from sentences, so a wrong boundary makes claims no other outlet's line up with.
spaCy's sentences are trained on edited prose, and news pages break them in known ways: a headline
or a list item has no full stop, a quotation runs over several sentences (“... . ...,” he said is
one unit), a lower-case word after an abbreviation starts no sentence, and a wire dateline
("PARIS (Wire) -") is a fragment of the sentence after it. Page furniture (share prompts, bylines,
credits, bare datelines) gets past extraction too, and asserts nothing. Everything here reads the
text and the parse already made; :func:`reader.core.claims.extract_claims` builds on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Final
from weakref import WeakKeyDictionary

from reader.core.quotes import doc_quotations, inside_quotation, outer_spans, quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FUNCTION_WORDS: Final = frozenset(
    _wordset(
        "a an the of to in on at by for with from and or but as that which who whose than into "
        "onto about over under after before between against during without within his her their "
        "its our my your this these those is are was were be been has have had will would can "
        "could should may might must "
    )
)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAYS: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: Days and months that open "By Monday evening, 31 ships were waiting": a time, never the name
#: of a byline ("Jan" and "May" are first names too, so only whole month names count).
NO_BYLINE_NAME: Final = (
    rf"(?:{_WEEKDAYS}|january|february|march|april|june|july|august|september|october"
    r"|november|december)\b"
)
_BOILERPLATE: Final = re.compile(
    r"""^(?:
        follow\b.{0,80}\b(?:on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)|@\w+)
      | (?:read|see|watch|listen)\s+(?:more|also|next|now)\b
      | related(?:\s+(?:articles?|stories|coverage))?\s*:
      | more\s+on\s+this\s+story
      | (?:sign\s+up|subscribe|click\s+here|tap\s+here|download\s+(?:the|our)\s+app)\b
      | share\s+(?:this|on)\b
      | advertisement$ | sponsored(?:\s+content)?$
      | (?:photo|image|picture|video|graphic)\s*(?:credit)?\s*:
      | (?:copyright\b|©|\(c\)\s*\d{4})
      | all\s+rights\s+reserved
      | \(?(?:reporting|writing|editing|additional\s+reporting)\s+by\b
      | by\s+(?!"""
    + NO_BYLINE_NAME
    + r""")(?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})
        (?:\s*(?:,|and|\||-|–)\s*.{0,60})?$
      | @\w+$
      | https?://\S+$
      | (?:updated|published|last\s+modified)\s*:?.{0,40}\d
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_DATELINE: Final = re.compile(
    rf"^(?:{_WEEKDAYS},?\s*)?(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s*\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[\s,]+\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
#: A dateline opening a wire story: a place in capitals, perhaps a region and a date after commas
#: (the day before or after the month) and an agency in parentheses, then a dash
#: ("WASHINGTON (Reuters) - ", "KYIV, Ukraine, March 3 (AP) — ", "PORT ALDER, 3 March - ").
#: Two capitals alone before the dash are a country's or a bloc's initials opening a sentence
#: ("UK - EU trade talks resumed"), not a place the copy was filed from.
_LEAD_DATELINE: Final = re.compile(
    r"(?![A-Z]{2}\s+[-–—―])"
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s*(?:\d{1,2}\s+)?[A-Z][\w.]*(?:\s+[\w.]+){0,2})*"
    r"\s*(?:\([^()\n]{2,40}\))?\s*[-–—―]+\s+(?=[A-Z0-9\"“‘'])"
)
#: Capitals that open a story as the outlet's label for it, not as the place it was filed from:
#: "BREAKING - ", "EXCLUSIVE - ". They say how urgent or how much the outlet's own the story is,
#: a choice the comparison shows, so they stay in the words that name the claim.
_KICKER: Final = re.compile(
    r"(?:BREAKING|EXCLUSIVE|UPDATED?|ANALYSIS|OPINION|EDITORIAL|COMMENT|LIVE|WATCH|URGENT|FLASH"
    r"|ALERT)\b"
)


def dateline_end(text: str) -> int:
    """Where ``text`` starts past the wire dateline it may open with ("PORT ALDER, March 3
    (Wire) - The council ..." -> 30), 0 without one or when too little would be left to be a
    sentence. A dateline ends in a dash, so a capitalised word opening a sentence ("NASA said",
    "BREAKING: ") is none, and neither is a label in capitals (:data:`_KICKER`)."""
    lead = _LEAD_DATELINE.match(text)
    if lead is None or len(text) - lead.end() < 12 or _KICKER.match(text):
        return 0
    return lead.end()


def without_dateline(text: str) -> str:
    """``text`` without the wire dateline it may open with, for labels that name a claim. The
    claim itself keeps it: the place is part of what two outlets' leads have in common."""
    return text[dateline_end(text) :]


#: A live-blog entry's clock time before its first words, as ingest writes it there ("10:45 - ",
#: "9.20am - ", "14:05 GMT - "): see :func:`reader.core.formats.page_shapes.entry_times_in_text`.
_ENTRY_TIME: Final = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?\s+[-–—]\s+(?=\S)"
)


def entry_time_end(text: str) -> int:
    """Where ``text`` starts past the live-blog entry time it may open with ("10:45 - The
    council ..." -> 8), 0 without one."""
    found = _ENTRY_TIME.match(text)
    return found.end() if found is not None else 0


def without_entry_time(text: str) -> str:
    """``text`` without the live-blog entry time it may open with, for words that name or quote
    a claim. The time says when the entry was posted, not what happened, and another outlet's
    same claim has none; the article text keeps it, so the reader still sees it in place."""
    return text[entry_time_end(text) :]


def lead_in_end(text: str) -> int:
    """Where ``text`` starts past the live-blog entry time and the wire dateline it may open
    with, in that order ("07:30 - HALBY, March 2 (Wire) - The coast road ..."), 0 without
    either: where the words that name or quote a claim begin. The claim keeps its offsets into
    the article, which the reading view highlights by."""
    cut = entry_time_end(text)
    return cut + dateline_end(text[cut:])


def without_lead_in(text: str) -> str:
    """``text`` without the entry time or the wire dateline it may open with: a claim's label,
    its words beside another outlet's claim and its column of the CSV export."""
    return text[lead_in_end(text) :]


_CLOSERS: Final = "”’\"')]»"
_WORDS: Final = re.compile(r"[^\W_]+")
_TERMINAL: Final = ".!?…"
#: A piece of fewer words than this is no claim of its own: a fragment without a full stop joins
#: the sentence after it, a split part the part before it.
MIN_PART_WORDS: Final = 3


def is_boilerplate(text: str) -> bool:
    """Page furniture that asserts nothing: share prompts, bylines, credits, bare datelines."""
    line = " ".join(text.split())
    if not line or not any(ch.isalnum() for ch in line):
        return True
    return bool(_BOILERPLATE.match(line) or _DATELINE.match(line))


# -- sentences ----------------------------------------------------------------------------------


#: Narrowest wrap read as hard-wrapped prose: shorter lines are a list, verse or a table.
_MIN_WRAP_WIDTH: Final = 40
#: Lines a paragraph needs, and how many of them must be full, to show its wrap width.
_MIN_WRAP_LINES: Final = 3
_MIN_FULL_LINES: Final = 2
#: A line that ends a sentence: . ! ? … or : perhaps with closing quotes or brackets after it.
_ENDS_SENTENCE: Final = re.compile(r"[.!?…:][”’\"')\]»]*$")
#: A title before a name ends a line of a wrap without ending its sentence: "of Mr.\nAcosta".
_TITLE_AT_END: Final = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Sen|Rep|Gov|Rev|St|Lt|Col|Sgt)\.$"
)
#: A line that opens a new item whatever the line above: a bullet, a numbered or lettered
#: point, a time ("10:45 The minister ...").
_NEW_ITEM: Final = re.compile(r"^(?:[-*•–—▪·+]\s|\(?\d{1,3}[.)]\s|\(?[a-z]\)\s|\d{1,2}[:.]\d{2}\b)")


def _continues_sentence(prev_line: str, line: str) -> bool:
    """``line`` plainly goes on with the sentence of ``prev_line``: it starts in lower case, or
    the line before ends on a comma, a dash or a function word."""
    last_word = prev_line.rsplit(None, 1)[-1].lower()
    return line[0].islower() or prev_line[-1] in ",;-–(" or last_word in _FUNCTION_WORDS


#: Words no sentence ends on (unlike "may" or "will", which end a line naming a month or a will).
_RUN_ON_WORDS: Final = _wordset(
    "a an the of to in on at by for with from and or but that than into"
)


def _runs_on(line: str, after: str) -> bool:
    """``after`` goes on with the sentence of ``line`` beyond doubt: it starts in lower case, or
    ``line`` ends on a comma or on an article, a preposition or a conjunction."""
    last_word = line.rsplit(None, 1)[-1].lower()
    return after[0].islower() or line[-1] in ",;(" or last_word in _RUN_ON_WORDS


def _ends_sentence(line: str) -> bool:
    return bool(_ENDS_SENTENCE.search(line)) and not _TITLE_AT_END.search(line)


def _is_full(line: str, next_line: str, width: int) -> bool:
    """``line`` belongs to a wrap ``width`` wide and the first word of ``next_line`` would not fit
    on it: the mark a line-wrapping program leaves, however the next line starts."""
    return len(line) <= width and len(line) + 1 + len(next_line.split(None, 1)[0]) > width


def _wrap_width(paragraph: Sequence[str]) -> int | None:
    """The width a paragraph of stripped lines is hard-wrapped at, or None when it is not.

    Hard-wrapped prose shows it in several lines cut where the next word would not fit: most of
    the lines that end no sentence, and at least one of them mid-sentence. A headline, a list of
    short lines, or lines of a sentence or an item each, of any length, do not. A first line
    longer than the rest by more than a word is a headline above the wrap, not one of its lines."""
    if len(paragraph) < _MIN_WRAP_LINES:
        return None
    width = max(len(line) for line in paragraph[1:])
    longest_word = max(len(word) for line in paragraph for word in line.split())
    if len(paragraph[0]) <= width + longest_word + 1:
        width = max(width, len(paragraph[0]))
    if width < _MIN_WRAP_WIDTH:
        return None
    pairs = list(pairwise(paragraph))
    open_ended = [(line, after) for line, after in pairs if not _ends_sentence(line)]
    full = sum(_is_full(line, after, width) for line, after in open_ended)
    runs_on = any(_runs_on(line, after) for line, after in pairs)
    enough = full >= max(_MIN_FULL_LINES, len(open_ended) / 2)
    return width if enough and runs_on else None


def _opens_item(line: str) -> bool:
    """``line`` (stripped) starts an item of its own: a bullet, a numbered point, a time or a
    dateline. Wrapped or not, the line above it ends where it ends."""
    return bool(_NEW_ITEM.match(line) or _DATELINE.match(line) or _LEAD_DATELINE.match(line))


def _paragraphs(lines: Sequence[str]) -> list[list[int]]:
    """The indexes of ``lines`` in each run of non-blank lines, a line opening an item
    (:func:`_opens_item`) starting a run of its own: a list's width is not the prose's."""
    runs: list[list[int]] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if runs and runs[-1][-1] == index - 1 and not _opens_item(line.strip()):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _wrapped_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines whose line break is only a hard wrap, read as a space: in a paragraph
    wrapped at one width, a full line (:func:`_is_full`) that ends no sentence (the line under it
    opens no item: that starts a paragraph of its own). A paragraph that shows no width of its
    own (two lines, or lines that all end on names) is read at the widest of the text's wrapped
    paragraphs."""
    indexes = _paragraphs(lines)
    runs = [[lines[i].strip() for i in run] for run in indexes]
    widths = [_wrap_width(run) for run in runs]
    text_width = max((width for width in widths if width is not None), default=None)
    wrapped: set[int] = set()
    for run, paragraph, width in zip(indexes, runs, widths, strict=True):
        width = width or text_width
        if width is None:
            continue
        for index, line, after in zip(run, paragraph, paragraph[1:], strict=False):
            if _is_full(line, after, width) and not _ends_sentence(line):
                wrapped.add(index)
    return wrapped


def _newline_breaks(text: str) -> list[tuple[int, bool]]:
    """Offsets where a line break ends a sentence: every blank line, and most single line breaks.

    A single line break inside a paragraph ends a sentence too (a headline above the body, a list),
    unless the text is hard-wrapped mid-sentence: the next line starts in lower case, the line
    ends on a comma or a function word, or the paragraph is wrapped at one width and the line is
    cut only because the next word would not fit (:func:`_wrapped_lines`): "council chair
    Miriam\nOkafor said" is one sentence.
    """
    breaks: list[tuple[int, bool]] = []  # (offset, after a blank line)
    lines = text.split("\n")
    wrapped = _wrapped_lines(lines)
    pos = 0
    prev_line = ""
    prev_index = -1
    blank_since = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            blank_since = True
        else:
            if prev_line:
                joined = prev_index in wrapped or _continues_sentence(prev_line, stripped)
                if blank_since or not joined:
                    breaks.append((pos, blank_since))
            prev_line = stripped
            prev_index = index
            blank_since = False
        pos += len(line) + 1
    return breaks


#: Each live parse's text and its line breaks (:func:`_doc_newline_breaks`), gone with the parse.
_OF_DOC: Final[WeakKeyDictionary[Doc, tuple[str, tuple[tuple[int, bool], ...]]]] = (
    WeakKeyDictionary()
)


def _doc_newline_breaks(doc: Doc, text: str) -> tuple[tuple[int, bool], ...]:
    """:func:`_newline_breaks` of ``text``, the text of ``doc``, read once per parse: the parser's
    line-break pipe reads them first, and :func:`sentence_spans` needs them again after (as
    :func:`reader.core.quotes.doc_quotations` keeps the quotations). Kept with the text and
    checked against it, as there: another text gets its own breaks."""
    kept = _OF_DOC.get(doc)
    if kept is not None and kept[0] == text:
        return kept[1]
    found = tuple(_newline_breaks(text))
    if kept is None:
        _OF_DOC[doc] = (text, found)
    return found


def _forced_breaks(
    breaks: Sequence[tuple[int, bool]], quote_spans: Sequence[tuple[int, int]]
) -> set[int]:
    """Offsets of the line breaks that end a sentence whatever the parser says: every blank line,
    and a single line break outside a quotation (one inside is a quotation set out line by line).
    ``breaks`` are :func:`_newline_breaks` of the text."""
    return {b for b, blank in breaks if blank or not inside_quotation(quote_spans, b - 1, b + 1)}


def line_break_starts(text: str, doc: Doc | None = None) -> list[int]:
    """Where a line break starts a sentence, in order: what :func:`sentence_spans` forces, known
    before the parse, so the parser can be told (:mod:`reader.core.nlp`). Left to spaCy, a
    dateline, a headline or a byline with no full stop ran into the sentence under it, and
    every reader of ``doc.sents`` (figures, cues) saw one sentence where a reader sees two.

    Given the ``doc`` being parsed (``text`` is its text), the line breaks and quotations read
    here are kept on it for the stages after the parse."""
    if doc is None:
        return sorted(_forced_breaks(_newline_breaks(text), outer_spans(quotations(text))))
    quote_spans = outer_spans(doc_quotations(doc, text))
    return sorted(_forced_breaks(_doc_newline_breaks(doc, text), quote_spans))


def sentence_spans(
    text: str, doc: Doc, quote_spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: spaCy's sentences fixed for news text.

    Line breaks end sentences (headlines have no full stop), a quotation is never cut in two (the
    sentences of “... . ...,” he said stay one unit), a closing quote or bracket stays with the
    sentence it closes, and a break before a lower-case word is spaCy mistaking an abbreviation.
    """
    n = len(text)
    forced = _forced_breaks(_doc_newline_breaks(doc, text), quote_spans)
    candidates: set[int] = set()
    for sent in doc.sents:
        b = sent.start_char
        if b <= 0 or b >= n:
            continue
        while b < n and text[b] in _CLOSERS and text[b - 1] in _TERMINAL + _CLOSERS:
            b += 1
        nxt = text[b : b + 3].lstrip()[:1]
        if nxt.islower() and text[max(0, b - 3) : b].rstrip()[-1:] not in _TERMINAL + _CLOSERS:
            continue  # "and\nthe two": a wrapped line or an abbreviation, not a new sentence
        candidates.add(b)
    bounds = {b for b in candidates if not inside_quotation(quote_spans, b - 1, b + 1)}
    bounds |= forced
    bounds.add(0)
    ordered = sorted(b for b in bounds if 0 <= b < n)
    spans: list[tuple[int, int]] = []
    glue = False  # the previous piece is a fragment ("PARIS (Wire) -") that belongs to the next one
    for i, b in enumerate(ordered):
        e = ordered[i + 1] if i + 1 < len(ordered) else n
        s, e = trim(text, b, e)
        if e <= s:
            continue
        if glue and b not in forced:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
        piece = text[spans[-1][0] : spans[-1][1]]
        glue = piece[-1] in "-–—" or (
            len(_WORDS.findall(piece)) < MIN_PART_WORDS and piece[-1] not in _TERMINAL + _CLOSERS
        )
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past the whitespace at either end of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


__all__ = [
    "MIN_PART_WORDS",
    "NO_BYLINE_NAME",
    "dateline_end",
    "entry_time_end",
    "is_boilerplate",
    "lead_in_end",
    "line_break_starts",
    "sentence_spans",
    "trim",
    "without_dateline",
    "without_entry_time",
    "without_lead_in",
]
