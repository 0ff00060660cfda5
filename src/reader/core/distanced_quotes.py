"""A one-word quotation that only a comparison shows is the outlet's distance, not a speaker's
word: "Harrowdale Water blamed an “unprecedented” dry summer".

Read alone, such a sentence names the speaker, so :mod:`reader.core.rule_cues` takes the marks
for a partial quotation of the company's. But the word is set inside a description of what the
speaker did (what it blamed), not after a verb of speech, and when the other outlets report the
same statement without anyone using that word in their quotations, nothing shows the speaker
said it: the marks are the outlet holding the word at arm's length. One article alone is read as
before; only setting it beside others gives the evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.speech_verbs import SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs that report the words a thing was given ("called it “historic”"): a word quoted after
#: them is the speaker's word, whatever the others quote.
_NAMING_VERBS: Final = frozenset({"call", "describe", "dub", "term", "label", "brand", "hail"})
#: Parts of speech a one-word scare quote takes: a word that qualifies or names a thing.
_WORD_CLASSES: Final = frozenset({"ADJ", "NOUN"})


@dataclass(frozen=True, slots=True)
class DistancedQuote:
    """A one-word quotation read as the outlet's distance: the character span of the word with
    its marks, and the lemma of the verb whose object it describes ("blame")."""

    article: str
    start: int
    end: int
    verb: str


def distanced_quotes(
    docs: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
    reported_elsewhere: Mapping[str, frozenset[int]],
) -> list[DistancedQuote]:
    """Every one-word quotation set in the object of a verb that is not one of speech or naming,
    whose subject names who acted, where no other outlet's quotations hold the word.
    ``reported_elsewhere`` gives, per article, the character offsets of sentences another outlet
    reports too (a claim lined up with another outlet's): the others must tell the statement for
    their silence about the word to mean anything."""
    out: list[DistancedQuote] = []
    for article, doc in docs.items():
        for start, end in quotes.get(article, ()):
            word = _one_word(doc, start, end)
            if word is None or word.sent.start_char not in reported_elsewhere.get(article, ()):
                continue
            verb = _described_by(word)
            if verb is None or _quoted_elsewhere(word.lower_, article, docs, quotes):
                continue
            out.append(DistancedQuote(article, start, end, verb.lemma_.lower()))
    return out


def _one_word(doc: Doc, start: int, end: int) -> Token | None:
    """The one word inside the marks at [start, end), or None for a longer quotation."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    return words[0] if len(words) == 1 and words[0].pos_ in _WORD_CLASSES else None


def _described_by(word: Token) -> Token | None:
    """The verb whose object the word qualifies ("blamed an “unprecedented” dry summer"), when
    the verb is neither one of speech nor of naming and has a subject; otherwise None."""
    head = word.head if word.dep_ in {"amod", "compound"} else word
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head  # "blamed the cuts on an “unprecedented” summer"
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in SPEECH_LEMMAS or lemma in _NAMING_VERBS:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb


def _quoted_elsewhere(
    word: str,
    article: str,
    docs: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> bool:
    """Whether any other outlet has ``word`` inside one of its quotations."""
    for other, doc in docs.items():
        if other == article:
            continue
        for start, end in quotes.get(other, ()):
            if word in (w.strip(".,;:!?\"'“”‘’").lower() for w in doc.text[start:end].split()):
                return True
    return False
