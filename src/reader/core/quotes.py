"""Quoted spans in an article's text, found from the characters alone.

Quotation marks matter twice in Parallax Reader: words inside a quotation are the speaker's, not
the outlet's (a "dictator" in someone's quote is not the outlet's label), and a short quoted phrase
nobody is said to have spoken ("a 'secret plan'") is a candidate scare quote. Both questions need
only the text, so this module works without a parse and is cheap enough to run on every article.

Real pages are messy: straight and curly quotes mix, a closing mark goes missing, and the curly
single quote doubles as the apostrophe. The scanner therefore works paragraph by paragraph, so an
unclosed quote is capped at the end of its paragraph and never swallows the rest of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final
from weakref import WeakKeyDictionary

from reader.core.transcripts import NOT_SPEAKERS, transcript_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Lemmas of verbs that report speech; shared with :mod:`reader.core.attribution`.
REPORTING_LEMMAS: Final = frozenset(
    _wordset(
        "say tell add claim insist state declare warn write ask explain note argue continue reply "
        "answer admit acknowledge announce allege suggest stress urge comment remark respond "
        "maintain recall tweet post confirm deny demand reveal conclude observe caution vow boast "
        "complain lament joke quip concede contend assert emphasise emphasize predict promise "
        "threaten reiterate report indicate disclose testify concur agree estimate caution charge "
        "accuse blast slam retort counter scoff snap rebut exclaim shout "
    )
)

_REPORTING_FORMS: Final = frozenset(
    {
        *(lemma + "s" for lemma in REPORTING_LEMMAS),
        *(lemma + "ed" for lemma in REPORTING_LEMMAS),
        *(lemma + "d" for lemma in REPORTING_LEMMAS if lemma.endswith("e")),
        *(lemma + "ing" for lemma in REPORTING_LEMMAS),
        *(lemma[:-1] + "ing" for lemma in REPORTING_LEMMAS if lemma.endswith("e")),
        *REPORTING_LEMMAS,
        "said",
        "says",
        "told",
        "tells",
        "wrote",
        "writes",
        "writing",
        "adding",
        "saying",
        "telling",
        "added",
        "replied",
        "denied",
        "testified",
        "quipped",
        "admitted",
    }
)

_OPEN_DOUBLE: Final = "“„«"
_CLOSE_DOUBLE: Final = "”»"
_STRAIGHT_DOUBLE: Final = '"'
_OPEN_SINGLE: Final = "‘"
_CLOSE_SINGLE: Final = "’"
_STRAIGHT_SINGLE: Final = "'"
_MAX_STRAIGHT_SINGLE_WORDS: Final = 12
_ELISIONS: Final = frozenset({"tis", "twas", "em", "til", "cause", "n", "bout", "round"})

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A speaker after a closing quote: '..., he said', '..., Sir Iain said', '..., said the minister'.
_SPEAKER_WORDS = r"(?:[A-Z][\w’'.-]*|the|a|an|his|her|their|its|of|de|von|van|former|[a-z]+’s)"
_PRONOUN = r"(?:he|she|they|we|I|it|you)"
_AFTER_VERB_FIRST = re.compile(
    r"^[\s,]*(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?P<speaker>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+?)"
    r"\s*(?=[.,;:!?—)\n]|$)"
)
_AFTER_SPEAKER_FIRST = re.compile(
    rf"^[\s,]*(?P<speaker>{_PRONOUN}|(?:(?:{_SPEAKER_WORDS}|[a-z]+)\s+){{0,5}}"
    rf"(?:[A-Z][\w’'.-]*|[a-z]+))\s+(?:(?:has|had|have|was|is|also|later|then|[a-z]+ly)\s+)?"
    rf"(?P<verb>[a-z]+)\b"
)
# Before an opening quote: 'a French official said: “', 'he told reporters, “', 'adding: “'.
_BEFORE = re.compile(r"(?P<verb>[A-Za-z]+)\s*(?:[:,]|\bthat)?\s*$")
_ACCORDING = re.compile(r"\baccording to\s+(?P<speaker>[^,.;:]{2,60})\s*,?\s*$", re.IGNORECASE)
#: A name and a colon opening a sentence, the way headlines and captions attribute a quote:
#: 'Mayor Whitfield: "We will not be bullied"', 'UN chief: "..."'.
_LABEL_WORD: Final = r"(?:[A-Z][\w'’.-]*|of|the|de|van|von|al|chief|boss|head|leader)"
_LABEL = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?P<speaker>[A-Z][\w'’.-]*(?:[ ]" + _LABEL_WORD + r"){0,5})\s*:\s*$"
)
#: A quotation followed by a comma and another quotation is an item of a list, and its label a
#: heading ('Ingredients: "salt", "sugar"'), not someone speaking.
_LIST_GOES_ON: Final = re.compile(r"\s*,\s*[\"“‘']")
#: Reporting verbs a title-case headline writes before a colon and a quote ("Biden Says: “...”").
#: Only forms that are never a word of a name: "States" and "Notes" are left out.
_HEADLINE_VERBS: Final = frozenset(
    {
        *("says", "said", "tells", "told", "warns", "warned", "vows", "vowed", "urges", "urged"),
        *("insists", "insisted", "declares", "declared", "admits", "admitted", "writes", "wrote"),
    }
)
#: Titles written with a full stop: the stop in "told Dr. Jones:" ends no sentence, so the name
#: after it opens no label (compared in lower case, without the stop).
_TITLE_ABBREVIATIONS: Final = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt"),
        *("cmdr", "adm", "maj", "prof", "rev", "hon", "pres", "supt", "insp", "det", "fr"),
    }
)


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quoted span: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    words: int
    attributed: bool
    speaker: str | None
    closed: bool = (
        True  # False when the closing mark is missing and the span stops at the paragraph end
    )
    single: bool = False  # marked with single quotes
    #: An answer turn of a transcript ("A: ...", "RUIZ: ..."): its label stands for the marks.
    turn: bool = False
    speaker_span: tuple[int, int] | None = None  # where a turn's speaker is named, when it is

    @property
    def is_scare_candidate(self) -> bool:
        """A short phrase in quotes that no one is said to have spoken: possibly scare quotes."""
        return self.closed and not self.attributed and 0 < self.words <= 4

    @property
    def is_speech(self) -> bool:
        """Long enough, or attributed, to be someone's words rather than a marked-off term."""
        return self.attributed or self.words >= 8


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end): separated by blank lines, or by single newlines if none exist.

    A text with no blank line at all (a pasted article, a headline over a body) uses one line per
    paragraph, which is how such texts are written.
    """
    seps = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    if not seps:
        seps = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    spans: list[tuple[int, int]] = []
    pos = 0
    for s, e in seps:
        if s > pos:
            spans.append((pos, s))
        pos = e
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _scan_paragraph(text: str, lo: int, hi: int) -> list[tuple[int, int, bool, bool]]:
    """(start, end, closed, single) of every quotation in text[lo:hi], outer and nested."""
    found: list[tuple[int, int, bool, bool]] = []
    open_double: int | None = None
    open_single: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if ch in _OPEN_DOUBLE:
            if open_double is not None:
                # A new opener while one is open: the earlier closing mark went missing.
                found.append((open_double, _rstrip(text, open_double, i), False, False))
            open_double = i
            open_single = None
        elif ch in _CLOSE_DOUBLE:
            if open_double is not None:
                found.append((open_double, i + 1, True, False))
                open_double = None
                open_single = None
        elif ch == _STRAIGHT_DOUBLE:
            opens = not _is_word_char(prev) and not nxt.isspace()
            closes = not prev.isspace() or nxt.isspace() or nxt in ".,;:!?"
            if open_double is None and (opens or not closes):
                open_double = i
            elif open_double is not None and (closes or not opens):
                found.append((open_double, i + 1, True, False))
                open_double = None
                open_single = None
            elif open_double is not None:
                found.append((open_double, _rstrip(text, open_double, i), False, False))
                open_double = i
        elif ch == _OPEN_SINGLE:
            # ‘ opens a quote when it starts a word and is not an elided year or word ('90s, 'em).
            if not _is_word_char(prev) and nxt.isalpha():
                open_single = i
        elif ch == _STRAIGHT_SINGLE:
            # A straight ' is mostly an apostrophe; it quotes only a short phrase that starts and
            # ends on word boundaries ("Macron's 'secret plan' with China").
            if open_single is not None and text[open_single] == _STRAIGHT_SINGLE:
                inner = text[open_single + 1 : i]
                if not _is_word_char(nxt) and not prev.isspace():
                    if len(inner) >= 2 and len(inner.split()) <= _MAX_STRAIGHT_SINGLE_WORDS:
                        found.append((open_single, i + 1, True, True))
                    open_single = None
            elif not _is_word_char(prev) and nxt.isalpha() and not _elision(text, i + 1, hi):
                open_single = i
        elif (
            ch == _CLOSE_SINGLE
            and open_single is not None
            and text[open_single] == _OPEN_SINGLE
            and not _is_word_char(nxt)
            and not prev.isspace()
        ):
            # ’ inside a word is an apostrophe (don’t, Macron’s); it closes a quote at a word's end.
            found.append((open_single, i + 1, True, True))
            open_single = None
    if open_double is not None:
        found.append((open_double, _rstrip(text, open_double, hi), False, False))
    return found


def _elision(text: str, start: int, hi: int) -> bool:
    """'Tis, 'twas, 'em, 'til: an apostrophe opening a word, not a quotation."""
    m = _WORD.match(text, start, hi)
    return m is not None and m.group().lower().rstrip(".,'’") in _ELISIONS


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _speaker_after(text: str, end: int, limit: int) -> tuple[str | None, bool]:
    tail = text[end : min(limit, end + 120)]
    if not tail or not (tail[0].isspace() or tail[0] == ","):
        return None, False
    m = _AFTER_SPEAKER_FIRST.match(tail)
    if m and m.group("verb") in _REPORTING_FORMS:
        return m.group("speaker"), True
    m = _AFTER_VERB_FIRST.match(tail)
    if m and m.group("verb") in _REPORTING_FORMS:
        return m.group("speaker"), True
    return None, False


def _speaker_before(text: str, start: int, lo: int, end: int) -> tuple[str | None, bool]:
    head = text[max(lo, start - 160) : start]
    m = _ACCORDING.search(head)
    if m:
        return m.group("speaker").strip(), True
    m = _LABEL.search(head)
    if (
        m
        and (m.start() > 0 or start - len(head) == lo)
        and not _after_title(head, m.start())
        and not _LIST_GOES_ON.match(text, end)
    ):
        label = _before_headline_verb(m.group("speaker"))
        if label.lower() not in NOT_SPEAKERS:
            return label, True
    m = _BEFORE.search(head)
    if not m or m.group("verb").lower() not in _REPORTING_FORMS:
        return None, False
    if not re.search(r"(?:[:,]|\bthat)\s*$", head) and m.group("verb").lower() not in {
        "said",
        "says",
    }:
        # "the plan was described as “..." is not speech; a verb right before a quote needs a colon,
        # a comma or "that", except the plain "said".
        return None, False
    clause = head[: m.start()]
    # The speaker is the phrase since the last clause break before the verb.
    cut = max(clause.rfind(c) for c in ',;:.!?—”"')
    words = clause[cut + 1 :].split()
    while words and words[-1].lower().endswith("ly"):
        words.pop()
    while words and words[-1].lower() in {"has", "have", "had", "was", "is", "also", "then"}:
        words.pop()
    speaker = " ".join(words[-6:]) if words else None
    return speaker, True


def _before_headline_verb(label: str) -> str:
    """The speaker in a title-case label: the words before its verb ("Biden Says: “...”",
    "Police Chief Tells Residents: “...”"), whose capital makes it look like part of a name."""
    words = label.split(" ")
    for k, word in enumerate(words[1:], start=1):
        if word.lower() in _HEADLINE_VERBS:
            return " ".join(words[:k])
    return label


def _after_title(head: str, at: int) -> bool:
    """The full stop at ``at`` closes an abbreviated title ("He told Dr. Jones:"), so what follows
    is the middle of a sentence, not a label opening one: Jones is spoken to, not speaking."""
    if head[at : at + 1] != ".":
        return False
    word = re.search(r"([A-Za-z]+)$", head[:at])
    return word is not None and word.group(1).lower() in _TITLE_ABBREVIATIONS


def quotations(text: str) -> list[Quotation]:
    """Every quoted span of ``text``, sorted by start (a nested quote follows its outer one),
    with a transcript's answer turns (:mod:`reader.core.transcripts`) among them.

    The claims stage and two framing passes all ask for the same article's quotations; the scan
    is done once per text (a few recent texts are remembered)."""
    return list(_quotations(text))


#: Each live parse's text and its quotations (:func:`doc_quotations`), gone with the parse.
_OF_DOC: Final[WeakKeyDictionary[Doc, tuple[str, tuple[Quotation, ...]]]] = WeakKeyDictionary()


def doc_quotations(doc: Doc, text: str) -> list[Quotation]:
    """:func:`quotations` of ``text``, the text of ``doc``, scanned once per parse.

    The parser's line-break pipe scans each text as it parses it, and claims, speech and several
    framing rules ask again later; in a batch or a comparison of more than a few articles the
    other texts parsed in between pushed it out of :func:`quotations`' few remembered texts, so
    an article was scanned three or four times. Held beside the parse (weakly, not in
    ``Doc.user_data``, which spaCy serialises and which ``Doc.from_docs`` cannot join), the scan
    lives exactly as long as the parse cache keeps the parse, and no longer. The text is kept
    with the scan and checked, so a caller that passes another text than the parse's gets that
    text's quotations, not the ones kept for the parse."""
    kept = _OF_DOC.get(doc)
    if kept is not None and kept[0] == text:
        return list(kept[1])
    found = _quotations(text)
    if kept is None:
        _OF_DOC[doc] = (text, found)
    return list(found)


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[Quotation, ...]:
    out: list[Quotation] = []
    for lo, hi in paragraph_spans(text):
        raw = _scan_paragraph(text, lo, hi)
        speech: Quotation | None = None  # the paragraph's last attributed quotation
        for start, end, closed, single in raw:
            inner_start = start + 1
            inner_end = end - 1 if closed else end
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and text[inner_end - 1].isspace():
                inner_end -= 1
            inner = text[inner_start:inner_end]
            words = len(_WORD.findall(inner))
            if words == 0:
                continue
            speaker, attributed = _speaker_after(text, end, hi) if closed else (None, False)
            if not attributed:
                speaker, attributed = _speaker_before(text, start, lo, end)
            if not attributed and closed and inner.rstrip()[-1:] in {",", "?", "!"}:
                # “..., ” with no verb after it still marks speech in news prose.
                attributed = words >= 8
            sentence = closed and inner.rstrip()[-1:] in {".", "!", "?"}
            if not attributed and speech and sentence and _speech_goes_on(text, speech, start):
                attributed, speaker = True, speech.speaker
            quotation = Quotation(
                start=start,
                end=end,
                inner_start=inner_start,
                inner_end=inner_end,
                words=words,
                attributed=attributed,
                speaker=speaker,
                closed=closed,
                single=single,
            )
            out.append(quotation)
            if attributed:
                speech = quotation
    out.extend(_answer_turns(text))
    out.sort(key=lambda q: (q.start, -q.end))
    return tuple(_drop_nested_inconsistent(out))


#: Longest attribution between one quoted sentence and the next of the same speech: "she
#: said.", "said Dr Tobias Renn, the union's chair."
_MAX_BETWEEN_WORDS: Final = 14


def _speech_goes_on(text: str, speech: Quotation, start: int) -> bool:
    """Whether a quoted sentence opening right after an attributed quotation, with only the
    attribution between ("...,” she said. “I am in pain every day.”"), is the same speaker
    going on: news prose names the speaker once. A quoted word inside a sentence is no
    sentence of speech, and a longer stretch between, or a sentence of the outlet's own after
    the attribution ("said Ann Holt. The mayor disagreed."), is someone else's to speak."""
    between = text[speech.end : start]
    if not between.rstrip().endswith((".", "!", "?", ":")):
        return False
    if len(_WORD.findall(between)) > _MAX_BETWEEN_WORDS or _a_sentence_ends_inside(between):
        return False
    opening = text[start + 1 : start + 3].lstrip()
    return opening[:1].isupper()


#: A word and the mark that may end a sentence after it, with a space after the mark.
_WORD_AND_STOP: Final = re.compile(r"(\w+)[.!?:]\s")


def _a_sentence_ends_inside(between: str) -> bool:
    """Whether a sentence ends before the last mark of ``between``: the stop of a title ("said
    Dr. Renn.") or of an initial ("said J. Renn.") ends none."""
    return any(
        len(m.group(1)) > 1 and m.group(1).lower() not in _TITLE_ABBREVIATIONS
        for m in _WORD_AND_STOP.finditer(between.strip())
    )


def _answer_turns(text: str) -> list[Quotation]:
    """A transcript's answers as quotations of their speakers: the label marks the speech as
    quotation marks do, and quotations inside an answer nest in it."""
    out: list[Quotation] = []
    for turn in transcript_turns(text):
        if turn.asks:
            continue
        out.append(
            Quotation(
                start=turn.start,
                end=turn.end,
                inner_start=turn.body_start,
                inner_end=turn.end,
                words=len(_WORD.findall(text, turn.body_start, turn.end)),
                attributed=True,
                speaker=turn.speaker,
                turn=True,
                speaker_span=turn.speaker_span,
            )
        )
    return out


def _drop_nested_inconsistent(quotes: list[Quotation]) -> list[Quotation]:
    """Keep nested quotes only when fully inside an outer one; drop partial overlaps."""
    kept: list[Quotation] = []
    outer_end = -1
    for q in quotes:
        if q.start < outer_end and q.end > outer_end:
            continue
        kept.append(q)
        if q.end > outer_end:
            outer_end = q.end
    return kept


def outer_spans(quotes: Iterable[Quotation]) -> list[tuple[int, int]]:
    """The outermost quotation spans, sorted and disjoint (input to :func:`inside_quotation`)."""
    spans: list[tuple[int, int]] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if spans and q.start < spans[-1][1]:
            continue
        spans.append((q.start, q.end))
    return spans


def inside_quotation(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` lies entirely within one of the sorted, disjoint ``spans``.

    ``spans`` comes from :func:`outer_spans`; the look-up is a binary search, so framing can ask
    for every flag without a quadratic scan.
    """
    if not spans or end < start:
        return False
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def quoted_fraction(spans: Sequence[tuple[int, int]], start: int, end: int) -> float:
    """Share of the non-space characters of ``[start, end)`` that sit inside quotation spans."""
    if end <= start:
        return 0.0
    covered = 0
    i = max(bisect.bisect_right(spans, (start, float("inf"))) - 1, 0)
    while i < len(spans) and spans[i][0] < end:
        s, e = spans[i]
        lo, hi = max(s, start), min(e, end)
        if hi > lo:
            covered += hi - lo
        i += 1
    return covered / (end - start)
