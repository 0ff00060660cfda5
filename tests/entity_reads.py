"""Counting how often the analysis reads a parse's named entities.

``Doc.ents`` builds a ``Span`` for every entity of the article on each read (and ``Span.ents``
reads it whole), so a stage that reads it once per claim or per cue is quadratic on a long
article. Tests count the reads instead of timing them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from reader.core import nlp


class CountingDoc(Doc):
    """A parse that counts the reads of its named entities in :attr:`reads`."""

    reads = 0

    @property
    def ents(self) -> tuple[Span, ...]:
        CountingDoc.reads += 1
        ents: tuple[Span, ...] = Doc.ents.__get__(self)
        return ents


def counting_parse(text: str) -> tuple[Doc, CountingDoc]:
    """The usual parse of ``text``, and a copy of it that counts its entity reads from zero."""
    doc = nlp.parse(text)
    counting = CountingDoc(doc.vocab).from_bytes(doc.to_bytes())
    CountingDoc.reads = 0
    return doc, counting
