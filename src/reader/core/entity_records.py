"""The records the actor-finding steps pass between them, and the key a name is matched by.

A mention is one place where an article names an actor; a cluster gathers the mentions of one
actor across articles. Every step reads or writes them, so they sit below all of those steps.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(slots=True)
class _Mention:
    article: int
    name: str  # as written, without titles, leading article or possessive
    key: tuple[str, ...]
    label: str
    start: int
    end: int  # where the words that name the actor here end: what a reader is taken to
    descriptors: list[str]
    place_hint: bool = False  # written like a place: "in Kyiv", "Kyiv and Moscow"
    only_at: bool = False  # written like a place only by "at": "workers at Brannock", a firm too
    around: bool = False  # after a preposition only a place takes: "outside Kessford"
    place_named: bool = False  # called a place: "the town of Millbridge", "Millbridge residents"
    by_title: bool = False  # "the governor", standing for the one governor the article named
    initials: tuple[str, ...] = ()  # middle initials, which the key leaves out: ("h", "w")
    modifier: bool = False  # one word before the noun it modifies: "Chinese" in "Chinese officials"
    stands_for: bool = False  # "the Chinese" for China: the place's name is not written there
    called_it: bool = False  # "Ford said its sales fell": the writer calls it a thing, no person
    which: bool = False  # "Greyline Terminals, which runs the port": a thing's relative pronoun
    the_states: bool = False  # "back in the States": the US, where the comparison names it
    council: bool = False  # before a local government's noun: "the Tolmere council"
    # A street's name typed a person's, after "of", "on", "in" or "along" and no title:
    # "residents of Mill Lane" (see :func:`reader.core.entity_misreads._streets_typed_as_people`).
    street_after: bool = False
    person_sign: bool = False  # a street-shaped name as a person's: "Ms Mill Lane", "... said she"


@dataclass(slots=True)
class _Cluster:
    keys: set[tuple[str, ...]] = field(default_factory=set)
    mentions: list[_Mention] = field(default_factory=list)


def _fold(word: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a word: "Elysée" and "Elysee" match."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _key(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(k for k in (_fold(t) for t in tokens) if k)


def _clean_text(span: Span) -> str:
    return span.text.strip(" ,;:—–-\u00a0")
