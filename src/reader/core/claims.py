"""Claims: the units the comparison lines up, with who is said to have made them.

A claim is a sentence, or the part of one that asserts one thing. Alignment works better on small
units (one outlet writes in one sentence what another writes in two), and framing needs to know
whether a claim is the outlet's own voice or someone else's words: "X claimed that ..." and
"“...,” X said" are attributed, a bare evaluative sentence is not.

Everything here reads the spaCy parse already made for the article (token offsets, ``dep_``,
``head``), never parses again, and touches each token a bounded number of times, so claims cost a
small fraction of the parse itself.

This module keeps the stage itself, :func:`extract_claims`; its steps live in modules of their
own: :mod:`reader.core.sentences` (sentence boundaries, page furniture),
:mod:`reader.core.clause_split` (a sentence into claims), :mod:`reader.core.attribution` (who said
it, carried from claim to claim) and :mod:`reader.core.speech_verbs` (the grammar of reporting
verbs the last two share).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.attribution import (
    Names,
    attribution_of,
    continued_speaker,
    follow_up,
    resolve_pronoun,
    turn_speaker,
)
from reader.core.clause_split import split_points, trim_part, usable_parts
from reader.core.model import Article, Attribution, Claim
from reader.core.nlp import doc_text
from reader.core.quotes import doc_quotations, outer_spans, quoted_fraction
from reader.core.sentences import is_boilerplate, sentence_spans
from reader.core.transcripts import past_label

if TYPE_CHECKING:
    from spacy.tokens import Doc


_QUOTE_CLAIM: Final = 0.5  # share of a claim's characters in quotes that makes it a quotation
_CONTINUED_QUOTE: Final = 0.9  # a claim this much in quotes with no speaker continues the last one


def extract_claims(article: Article, doc: Doc) -> tuple[Claim, ...]:
    """The claims of ``article`` in reading order, using its existing parse ``doc``."""
    text = article.text
    if doc_text(doc) != text:
        raise ValueError("the parse does not belong to this article's text")
    quotes = doc_quotations(doc, text)
    spans = outer_spans(quotes)
    turns = [q for q in quotes if q.turn]
    # An answer turn keeps its sentences and clauses apart, as the speaker said them, and is
    # attributed by its turn (what it says others said is still the interviewee's answer).
    marked = outer_spans(q for q in quotes if not q.turn) if turns else spans
    speakers = [
        (q.start, q.end, q.speaker) for q in quotes if q.attributed and q.speaker and not q.turn
    ]
    names = Names(doc, spans)
    claims: list[Claim] = []
    sentence_index = 0
    for s_start, s_end in sentence_spans(text, doc, marked):
        if is_boilerplate(text[s_start:s_end]):
            continue
        sent = doc.char_span(s_start, s_end, alignment_mode="expand")
        if sent is None or len(sent) == 0:
            continue
        points = split_points(sent, marked)
        bounds = usable_parts(sent, points)
        inherited: Attribution | None = None
        for t_start, t_end in bounds:
            part = doc[t_start:t_end]
            start = max(part.start_char, s_start)
            end = min(part.end_char, s_end)
            start, end = trim_part(text, start, end)
            start = past_label(text, start)
            if end <= start:
                continue
            share = quoted_fraction(spans, start, end)
            attribution = turn_speaker(turns, start, end)
            if attribution is None:
                attribution = attribution_of(part, inherited, marked, share, speakers, text, names)
            if attribution is None and inherited is not None:
                attribution = follow_up(part, inherited)
            if attribution is None and share >= _CONTINUED_QUOTE and claims:
                attribution = continued_speaker(claims[-1])
            if attribution is not None and attribution.speaker is not None:
                attribution = resolve_pronoun(names, attribution, claims)
                inherited = attribution
            claims.append(
                Claim(
                    id=f"{article.id}/c{len(claims) + 1}",
                    article=article.id,
                    start=start,
                    end=end,
                    text=text[start:end],
                    sentence=sentence_index,
                    attribution=attribution,
                    quote=share >= _QUOTE_CLAIM,
                )
            )
        sentence_index += 1
    return tuple(claims)


__all__ = ["extract_claims"]
