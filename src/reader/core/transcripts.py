"""Turns of an interview transcript or a Q&A article, found from the characters alone.

A Q&A prints what the interviewee said without quotation marks: the line opens with a speaker
label ("A:", "RUIZ:") instead. A reader takes such a turn as the speaker's words, exactly as a
quotation, and a question put to someone who answers it as a genuine question, not the outlet's
doubt. This module finds the turns so :mod:`reader.core.quotes` can offer the answers as
quotations and framing can leave the interviewer's questions alone.

Labels are easy to mistake: "Note:", "Update:" or a headline "Smith: the man who ..." open lines
in ordinary articles. A text is a transcript only when its labels name at least two speakers who
take turns: a question label and an answer label, or speakers taking the floor twice. Lists and
headings ("Federation: Belgium", "Federation: Germany") repeat one label and hold no exchange.
:data:`NOT_SPEAKERS` lists the labels that never name a speaker.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

#: Labels that open lines in ordinary articles and name no speaker (compared in lower case).
NOT_SPEAKERS: Final = frozenset(
    {
        *("note", "notes", "editor's note", "editor’s note", "editors' note", "update"),
        *("updated", "correction", "corrections", "clarification", "source", "sources"),
        *("photo", "photos", "photograph", "image", "images", "video", "caption", "credit"),
        *("related", "read more", "see also", "more", "warning", "disclaimer", "disclosure"),
        *("interview", "transcript", "advertisement", "sponsored", "watch", "listen"),
        *("breaking", "exclusive", "live", "summary", "background", "context", "analysis"),
        *("opinion", "comment", "editorial", "tags", "topics", "share", "by", "date"),
        *("published", "posted", "location", "contact", "email", "phone", "tel", "fax"),
        *("website", "web", "tl;dr", "key points", "fact check", "verdict", "rating", "claim"),
        *("the facts", "what we know", "why it matters", "the big picture", "bottom line"),
        *("pros", "cons", "step", "tip", "tips", "ps", "p.s", "edit", "newsletter"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening"),
    }
)

#: Labels of the one who asks: the outlet's interviewer (compared in lower case).
ASKERS: Final = frozenset(
    {
        *("q", "question", "interviewer", "host", "moderator", "presenter", "anchor"),
        *("reporter", "journalist", "chair", "chairman", "chairwoman", "chairperson"),
    }
)
_ANSWERS: Final = frozenset({"a", "answer"})
#: How the interviewee is named when the introduction does not say.
INTERVIEWEE: Final = "the interviewee"

# "Q:", "A.", "Question:" or up to four capitalised words ("Mayor Ruiz", "JOHN SMITH") and a colon,
# then the turn's first words on the same line.
_LABEL = re.compile(
    r"[ \t]*(?P<label>(?:Q|A)(?=[.:])|Question|Answer"
    r"|[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|de|van|von|da|del|la|le|al|bin)){0,3})"
    r"(?P<mark>[ \t]*:|(?<=\b[QA])\.)[ \t]+(?=\S)"
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# The interviewee in the introduction: "The mayor of Port Alder spoke to us", "We spoke to Ana
# Ruiz about ...", "In an interview with Ana Ruiz, ...".
_WHO = r"(?P<who>(?:[\w’'.-]+[ \t]+){0,7}?[\w’'.-]+)"
# What the introduction says of the interviewee between the name and "spoke to us" ("Ana Ruiz,
# general secretary of the drivers' union, which has 1,100 members, spoke to us").
_APPOSITIVE = r"(?:,[^.!?\n]{1,200}?,)?"
_SPOKE_TO_US = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*){_WHO}{_APPOSITIVE}[ \t]+(?:has[ \t]+)?"
    r"(?:spoke|spoken|talked|talks|speaks|sat[ \t]+down)[ \t]+(?:to|with)[ \t]+"
    r"(?:us|me|our|this|the[ \t]+\w+)\b"
)
_WE_SPOKE_TO = re.compile(
    r"\b(?:we|I)[ \t]+(?:spoke|talked|sat[ \t]+down)[ \t]+(?:to|with)[ \t]+"
    r"(?P<who>[^,.;:!?\n]{2,80})"
    r"|\binterview(?:ed)?[ \t]+(?:with[ \t]+)?(?P<with>[^,.;:!?\n]{2,80})",
    re.IGNORECASE,
)
# Where the interviewee's name ends in "We spoke to the mayor of Port Alder about the levy".
_NAME_ENDS = re.compile(
    r"[ \t]+(?:about|on|in|at|for|after|before|during|this|last|ahead|over|via|by|from|when|"
    r"while|who|as|to|and|ahead|amid|following|shortly|recently|earlier|yesterday|today)\b"
)


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: ``start`` is the label's first character, ``body_start`` the first
    word after it, ``end`` the end of the turn's last line."""

    start: int
    end: int
    body_start: int
    label: str
    asks: bool  # the interviewer's turn: the outlet's own voice
    speaker: str  # who speaks, as written: the label's name, or the interviewee
    speaker_span: tuple[int, int] | None


def transcript_turns(text: str) -> tuple[Turn, ...]:
    """The turns of ``text`` in reading order; empty when it is not a transcript."""
    return _transcript_turns(text)


@lru_cache(maxsize=8)
def _transcript_turns(text: str) -> tuple[Turn, ...]:
    raw = _labelled_lines(text)
    keys = [_key(label) for _, _, _, label, _ in raw]
    held = _conversation(keys)
    if held is None or _form(text, raw, keys):
        return ()
    raw, keys = raw[held[0] : held[1] + 1], keys[held[0] : held[1] + 1]
    askers = _askers(text, raw, keys)
    ends = [_runs_on(text, r[1], after[0]) for r, after in itertools.pairwise(raw)]
    raw = [(r[0], end, *r[2:]) for r, end in zip(raw, [*ends, raw[-1][1]], strict=True)]
    interviewee: tuple[str, tuple[int, int] | None] | None = None
    turns: list[Turn] = []
    for (start, end, body, label, label_end), key in zip(raw, keys, strict=True):
        speaker: str = label
        span: tuple[int, int] | None = (start, label_end)
        if key in _ANSWERS and key not in askers:
            if interviewee is None:
                interviewee = _interviewee(text, raw[0][0])
            speaker, span = interviewee
        turns.append(Turn(start, end, body, label, key in askers, speaker, span))
    return tuple(turns)


def _runs_on(text: str, end: int, next_turn: int) -> int:
    """Where a turn ends when paragraphs without a label follow it before the next turn: a long
    answer goes on over them ("A: ..." then two more paragraphs, then "Q: ..."), as a reader takes
    it. A line that ends no sentence (a subheading such as "On the budget") is the outlet's, and
    the turn stops before it."""
    pos = end
    for line in text[end:next_turn].split("\n")[1:]:
        line_end = pos + 1 + len(line)
        stripped = _rstrip(text, pos + 1, line_end)
        if stripped > pos + 1:  # a line with words: a blank one neither ends nor stops the turn
            if not _ends_a_sentence(text, stripped):
                break
            end = stripped
        pos = line_end
    return end


def _key(label: str) -> str:
    """A label as compared: "Question" and "Q." are the same speaker, case does not matter."""
    low = label.lower()
    return {"question": "q", "answer": "a"}.get(low, low)


def _labelled_lines(text: str) -> list[tuple[int, int, int, str, int]]:
    """``(start, end, body_start, label, label_end)`` of every line that opens with a speaker
    label. A turn runs on over unlabelled lines up to a blank line (or, in a text with no blank
    line at all, where each line is a paragraph, to the end of its line)."""
    blank_lines = _BLANK_LINE.search(text) is not None
    out: list[tuple[int, int, int, str, int]] = []
    current: list[int] | None = None  # [start, end, body_start, label_end] of the open turn
    label = ""
    pos = 0
    for line in text.split("\n"):
        line_end = pos + len(line)
        m = _LABEL.match(text, pos, line_end)
        if m is not None and m.group("label").lower() not in NOT_SPEAKERS:
            if current is not None:
                out.append((current[0], current[1], current[2], label, current[3]))
            label = m.group("label")
            current = [m.start("label"), _rstrip(text, pos, line_end), m.end(), m.end("label")]
        elif current is not None and line.strip() and blank_lines:
            current[1] = _rstrip(text, pos, line_end)
        elif current is not None:
            out.append((current[0], current[1], current[2], label, current[3]))
            current = None
        pos = line_end + 1
    if current is not None:
        out.append((current[0], current[1], current[2], label, current[3]))
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _conversation(keys: list[str]) -> tuple[int, int] | None:
    """The first and last labelled line of the conversation, or None when there is none.

    A label names a speaker when it asks ("Q:", "HOST:"), answers ("A:", or the label right after
    an asker's turn) or takes the floor twice; the conversation needs two speakers taking turns.
    A one-off label ("Federation: Belgium", a headline "Witness: ...", a book advert) names no
    one, though inside the conversation it is a speaker's single turn ("Judge:")."""
    counts = Counter(keys)  # counted once: a long transcript has tens of thousands of turns
    speakers = {k for k in keys if k in ASKERS or k in _ANSWERS or counts[k] >= 2}
    speakers |= {after for ask, after in itertools.pairwise(keys) if ask in ASKERS}
    if not any(a != b and {a, b} <= speakers for a, b in itertools.pairwise(keys)):
        return None
    held = [i for i, k in enumerate(keys) if k in speakers]
    return held[0], held[-1]


#: How a spoken turn ends; a form's field ends on its bare value ("Federation: Germany").
_SENTENCE_ENDS: Final = frozenset('.?!…"”’)')


def _form(text: str, raw: list[tuple[int, int, int, str, int]], keys: list[str]) -> bool:
    """A form or a list, not a conversation: a label that recurs but never opens a sentence
    ("Federation: Germany", "Federation: Spain - Navarre"), however its other fields read."""
    said: dict[str, bool] = {}
    for (_, end, _, _, _), key in zip(raw, keys, strict=True):
        said[key] = said.get(key, False) or _ends_a_sentence(text, end)
    counts = Counter(keys)
    return any(counts[key] >= 2 and not spoke for key, spoke in said.items())


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether a turn ends as speech does: on a full stop, a question or a closing mark, or on a
    straight quotation mark after one ("... a 'fair share'?'")."""
    if text[end - 1] in _SENTENCE_ENDS:
        return True
    inner = _before_closers(text, end)
    return text[end - 1] == "'" and inner > 0 and text[inner - 1] in ".?!…"


def _askers(text: str, raw: list[tuple[int, int, int, str, int]], keys: list[str]) -> set[str]:
    """The interviewer's labels: "Q", "HOST" and the like, or, failing those, a speaker whose
    every turn (two at least) ends on a question."""
    named = {k for k in keys if k in ASKERS}
    if named:
        return named
    questions: dict[str, list[bool]] = {}
    for (_, end, _, _, _), key in zip(raw, keys, strict=True):
        questions.setdefault(key, []).append(_ends_on_question(text, end))
    asking = {k for k, ends in questions.items() if len(ends) >= 2 and all(ends)}
    return asking if len(asking) < len(questions) else set()


#: What may close a question after its mark: '?”', "?'", '?)'.
_CLOSERS: Final = "\"”’')]"


def _ends_on_question(text: str, end: int) -> bool:
    """Whether the turn ending at ``end`` ends on a question mark, before any closing quotation
    mark or bracket ("... the 'fair share'?'", "(Is it?)")."""
    end = _before_closers(text, end)
    return text[end - 1 : end] == "?"


def _before_closers(text: str, end: int) -> int:
    """Where the closing quotation marks and brackets at the end of ``text[:end]`` begin."""
    while end > 0 and text[end - 1] in _CLOSERS:
        end -= 1
    return end


def _interviewee(text: str, before: int) -> tuple[str, tuple[int, int] | None]:
    """Who answers an "A:" turn: the person the introduction says the outlet spoke to, else
    :data:`INTERVIEWEE`."""
    intro = text[:before]
    m = _SPOKE_TO_US.search(intro)
    if m is not None and m.group("who").split()[0].lower() not in {"we", "i", "they", "it"}:
        return m.group("who"), (m.start("who"), m.end("who"))
    for m in _WE_SPOKE_TO.finditer(intro):
        group = "who" if m.group("who") else "with"
        start = m.start(group)
        cut = _NAME_ENDS.search(intro, start - 1, m.end(group))
        end = _rstrip(intro, start, cut.start() if cut else m.end(group))
        if end > start and _names_someone(intro[start:end]):
            return intro[start:end], (start, end)
    return INTERVIEWEE, None


def _names_someone(words: str) -> bool:
    """Whether the words after "interview" name a person ("Ana Ruiz", "the mayor"), not a verb
    ("The interview has been edited for length" names no one)."""
    first = words.split()[0]
    return first[0].isupper() or first.lower() in {"the", "a", "an", "our", "its", "their"}


def answer_speaker(text: str, start: int, end: int) -> str | None:
    """Who answers in the Q&A turn holding ``[start, end)``, or None outside an answer.

    Only a transcript with an interviewer has answers: in a debate or a hearing with no one
    asking, a turn is a quotation like any other. Turns are found by halving, since every
    flag of a long interview asks."""
    answers = _answers(text)
    i = bisect_right(answers, start, key=lambda t: t.start) - 1
    if i < 0 or end > answers[i].end:
        return None
    return answers[i].speaker


@lru_cache(maxsize=8)
def _answers(text: str) -> tuple[Turn, ...]:
    turns = transcript_turns(text)
    if not any(t.asks for t in turns):
        return ()
    return tuple(t for t in turns if not t.asks)


def past_label(text: str, pos: int) -> int:
    """``pos`` moved past a turn's label ("A: ", "RUIZ: ") when it falls on one: the label is
    furniture, like a wire dateline, and a claim starts with the speaker's first word."""
    turns = transcript_turns(text)
    i = bisect_right(turns, pos, key=lambda t: t.start) - 1
    if i >= 0 and pos < turns[i].body_start:
        return turns[i].body_start
    return pos


def asked_spans(text: str) -> list[tuple[int, int]]:
    """The interviewer's turns as sorted, disjoint spans: questions there are put to someone
    who answers, not the outlet's doubt."""
    return [(t.start, t.end) for t in transcript_turns(text) if t.asks]


__all__ = [
    "ASKERS",
    "INTERVIEWEE",
    "NOT_SPEAKERS",
    "Turn",
    "answer_speaker",
    "asked_spans",
    "past_label",
    "transcript_turns",
]
