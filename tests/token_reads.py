"""Counting the spaCy ``Token`` objects a stage builds from a parse.

A ``Token`` object is built on every ``doc[i]`` and every step of ``for tok in doc``; a stage that
walks every token of every article to look at a few of them pays for the whole article. Tests
count the tokens built instead of timing them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Token

from reader.core import nlp


class TokenCountingDoc(Doc):
    """A parse that counts the tokens built through it in :attr:`built`."""

    built = 0

    def __iter__(self) -> Iterator[Token]:
        for i in range(len(self)):
            yield self[i]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            TokenCountingDoc.built += 1
        return Doc.__getitem__(self, key)


def token_counting_parse(text: str) -> tuple[Doc, TokenCountingDoc]:
    """The usual parse of ``text``, and a copy of it that counts the tokens built from zero."""
    doc = nlp.parse(text)
    counting = TokenCountingDoc(doc.vocab).from_bytes(doc.to_bytes())
    TokenCountingDoc.built = 0
    return doc, counting


class TextCountingDoc(Doc):
    """A parse that counts the reads of its ``text`` in :attr:`reads`: spaCy joins the tokens'
    texts again on every read, which a stage should do once per article."""

    reads = 0

    @property
    def text(self) -> str:  # type: ignore[override]
        TextCountingDoc.reads += 1
        return str(Doc.text.__get__(self))


def text_counting_parse(text: str) -> TextCountingDoc:
    """A copy of the usual parse of ``text`` that counts the reads of its text from zero."""
    doc = nlp.parse(text)
    counting = TextCountingDoc(doc.vocab).from_bytes(doc.to_bytes())
    TextCountingDoc.reads = 0
    return counting


class DocReads:
    """A stand-in for a parse that records each ``doc[key]`` asked of it in :attr:`asked`,
    walks included (``for tok in`` it asks ``[0]``, ``[1]`` ... in turn), so a test can say
    which tokens a rule looked at, not only how many; all else is the parse's own."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.asked: list[int | slice] = []

    def __getitem__(self, key: int | slice) -> object:
        self.asked.append(key)
        return self.doc[key]

    def __len__(self) -> int:  # a dunder, so __getattr__ does not pass it on; it builds no token
        return len(self.doc)

    def __getattr__(self, name: str) -> object:
        return getattr(self.doc, name)
