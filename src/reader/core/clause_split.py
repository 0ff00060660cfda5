"""Splitting one sentence into the parts that each assert one thing: the claims.

Alignment works better on small units: one outlet writes in one sentence what another writes in
two, and "X said the plan was fair and added that talks would resume" reports two statements of
which another outlet may carry only one. A sentence splits where the parse shows a new clause of
its main verb with a subject of its own, a second statement by the same speaker ("..., adding:
“...”", "... and threatened to ...", "said A and that B"), a comma splice ("..., however, ...")
or a clause of its own after ", while" ("the levy passed 31 to 26, while hundreds protested
outside": two facts, which other outlets may tell in two sentences), or a semicolon; never
inside a quotation, nor at an "and" that joins two modifiers, and a part too short to stand as a
claim stays with the part before it. Everything here reads the parse already made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from reader.core.model import Claim
from reader.core.nlp import between, labelled, word_count
from reader.core.quotes import inside_quotation
from reader.core.sentences import MIN_PART_WORDS, lead_in_end, trim
from reader.core.speech_verbs import (
    FOLLOW_UP_SPEECH,
    SPEECH_LEMMAS,
    SUBJECTS,
    has_subject,
    is_inverted_report,
    second_reported_clause,
    speech_governor,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: A new claim starts only at a verb: the positions :func:`split_points` looks at.
_VERBS: Final = frozenset({"VERB", "AUX"})

#: Words that open a clause of its own after a comma ("..., however, the plan was dismissed",
#: "..., while hundreds of residents protested outside"); the clause needs its own subject.
_SPLICE_WORDS: Final = frozenset({"however", "yet", "meanwhile", "but", "while", "whereas"})


def split_points(sent: Span, quote_spans: Sequence[tuple[int, int]]) -> list[int]:
    """Token indices where a new claim starts inside ``sent``."""
    doc = sent.doc
    points: list[int] = []
    for i in between(labelled(doc, "POS", _VERBS), sent.start + 1, sent.end):
        tok = doc[i]
        head = tok.head
        split_at: int | None = None
        governor = speech_governor(tok)
        if (
            governor is not None
            and governor.i != head.i
            and _is_main(governor)
            and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)
        ):
            # "X said the plan was fair and added that ...": spaCy hangs "added" on "fair".
            split_at = _clause_start(doc, tok, head)
        elif (
            tok.dep_ == "conj" and head.i < tok.i and _is_main(head) and not is_inverted_report(tok)
        ):
            own_subject = has_subject(tok)
            said_and_added = (
                (governor is not None and governor.i == head.i)
                or tok.lemma_.lower() in FOLLOW_UP_SPEECH
            ) and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)
            if own_subject or said_and_added:
                split_at = _clause_start(doc, tok, head)
        elif second_reported_clause(tok):
            # "X said A and that B": two statements; left in one claim, B went wherever A's
            # group went and showed in no group of its own.
            split_at = _clause_start(doc, tok, head)
        elif (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.lemma_.lower() in FOLLOW_UP_SPEECH
            and head.lemma_.lower() in SPEECH_LEMMAS
            and tok.left_edge.i == tok.i
        ):
            split_at = tok.i  # "X said ..., adding: “...”"
        elif (
            tok.dep_ in {"advcl", "ccomp", "parataxis"}
            and has_subject(tok)
            and head.i < tok.left_edge.i
            and _is_main(head)
            and doc[tok.left_edge.i - 1].text == ","
            and tok.left_edge.lower_ in _SPLICE_WORDS
        ):
            split_at = tok.left_edge.i  # a comma splice: "..., however, the plan was dismissed"
        if split_at is None and has_subject(tok):
            # Two clauses joined by a semicolon, whichever of them spaCy made the root.
            semi = _semicolon_before(sent, tok)
            if semi is not None:
                split_at = semi + 1
        if split_at is None or split_at <= sent.start:
            continue
        if inside_quotation(quote_spans, doc[split_at].idx - 1, doc[split_at].idx + 1):
            continue
        if _joins_modifiers(doc, split_at):
            continue
        points.append(split_at)
    return sorted(set(points))


def _is_main(tok: Token) -> bool:
    """The sentence root, or a verb coordinated with it (not a verb inside a subordinate clause)."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "ROOT"


#: Parts of speech that, on both sides of an "and", mark coordinated modifiers, not clauses.
_MODIFIER_POS: Final = frozenset({"ADJ", "NUM"})


def _joins_modifiers(doc: Doc, split_at: int) -> bool:
    """ "five past and present senators urged ...": the parser sometimes hangs a verb on the main
    clause across an "and" that joins two modifiers; splitting there would leave "after five past"
    as a claim. A clause boundary never has a bare adjective or number on both sides."""
    if split_at == 0 or split_at + 1 >= len(doc):
        return False
    before = doc[split_at - 1]
    if doc[split_at].dep_ == "cc":
        return before.pos_ in _MODIFIER_POS and doc[split_at + 1].pos_ in _MODIFIER_POS
    # Or the split falls after the second modifier: a clause never ends on an attributive one.
    return before.pos_ in _MODIFIER_POS and before.dep_ in {"conj", "amod", "nummod"}


def _semicolon_before(sent: Span, verb: Token) -> int | None:
    """The ";" right before ``verb``'s subject: the clause is joined to the previous one by it."""
    doc = sent.doc
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            i = c.left_edge.i - 1
            if i > sent.start and doc[i].text == ";":
                return i
            return None
    return None


def _clause_start(doc: Doc, conj: Token, head: Token) -> int:
    """Where a coordinated clause begins: at its conjunction ("and", "but"), else its first word.
    A line break of hard-wrapped text between the two ("rushed and\nsaid") is passed over."""
    start = conj.left_edge.i
    i = start - 1
    while i > head.i and (doc[i].dep_ == "cc" or doc[i].is_punct or doc[i].is_space):
        if doc[i].dep_ == "cc":
            start = i
        i -= 1
    return start


def usable_parts(sent: Span, points: Sequence[int]) -> list[tuple[int, int]]:
    """Token ranges of the parts, merging any part too short to stand as a claim."""
    edges = [sent.start, *points, sent.end]
    parts = [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]
    merged: list[tuple[int, int]] = []
    doc = sent.doc
    for s, e in parts:
        if merged and (
            word_count(doc, s, e) < MIN_PART_WORDS
            or word_count(doc, *merged[-1], count_spaces=True) < MIN_PART_WORDS
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


#: The word a clause split off one sentence opens with: the conjunction of a split at "and" or
#: "but" (see :func:`_clause_start`), or the word of a comma splice (:data:`_SPLICE_WORDS`).
#: "However" joins only with its comma: without one it grades the words after it ("however
#: much critics complained"), and "yet" before "another", "more" or "again" counts ("yet another
#: protest"); both belong to the claim's own words.
_JOINING_WORD: Final = re.compile(
    r"(?!yet\s+(?:another|more|again)\b)"
    rf"(?:(?:and|or|nor|{'|'.join(sorted(_SPLICE_WORDS - {'however'}))})\b,?|however,)\s+(?=\S)",
    re.IGNORECASE,
)


def own_words_start(claim: Claim, claims: Sequence[Claim]) -> int:
    """Where ``claim``'s own words begin: past the "and", "but", "while" or "however," that
    joined it to the clause before, when it was split off one sentence of ``claims`` (its
    article's claims).

    The split keeps the joining word with the clause (the aligner's scores were calibrated on
    those parts), but a claim shown on its own, as the flag of a claim only one outlet carries,
    reads as half a sentence from "and drivers who do not pay will face an $80 fine" or
    "however, the approach was dismissed". A sentence that opens with "But" or "However," is the
    outlet's own choice and keeps it. A live-blog entry's time ("10:45 - ") is when the entry was
    posted and a wire dateline ("PORT ALDER (Wire) - ") where it was filed, not the claim's
    words, and both are passed over too."""
    first_of_sentence = not any(
        c.sentence == claim.sentence and c.start < claim.start
        for c in claims
        if c.article == claim.article
    )
    if first_of_sentence:
        return claim.start + lead_in_end(claim.text)
    found = _JOINING_WORD.match(claim.text)
    return claim.start + found.end() if found else claim.start


def trim_part(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, and the comma or semicolon left where a sentence was split."""
    start, end = trim(text, start, end)
    while start < end and text[start] in ",;":
        start, end = trim(text, start + 1, end)
    while end > start and text[end - 1] in ",;—–":
        end -= 1
        start, end = trim(text, start, end)
    return start, end


__all__ = ["own_words_start", "split_points", "trim_part", "usable_parts"]
