"""Who did what to whom, when two parties do the same thing to each other.

Tit-for-tat stories report one act twice with the parties swapped: "Marovia expelled four
Orsavan diplomats" on Thursday, "Orsava expelled four Marovian diplomats" the next day; sanctions
answered by sanctions, a strike answered by a strike. The two sentences share nearly every word
(the verb, the count, the noun, both names), so word similarity reads them as one fact, and a row
that joins them sets one side's act beside the other's. What tells them apart is the grammar: the
party that acts in one is the party acted on in the other.

An act here is a claim's verb with a named party as its subject ("Marovia", "Orsava's
president") and a named party qualifying its object ("Orsavan diplomats", "Marovia's
embassy"). Only names count, so "the ministry expelled them" is no act and vetoes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.countries import a_peoples_adjective_of
from reader.core.speech_verbs import SPEECH_LEMMAS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

#: One act: the verb's lemma, the name word of the party acting and of the party acted on.
Act = tuple[str, str, str]

_SUBJECTS: Final = frozenset({"nsubj"})
_OBJECTS: Final = frozenset({"dobj", "obj"})
#: How a party's name hangs on the noun it qualifies: "Orsavan diplomats", "Orsava's president",
#: "the Orsava embassy".
_QUALIFIERS: Final = frozenset({"amod", "poss", "compound", "nmod"})


def acts_in(subjects: Iterable[Token], span: Span) -> frozenset[Act]:
    """The acts in ``span`` whose doer and receiver are both named (see the module's docstring),
    read from its verbs' ``subjects`` (the caller's table picks them, so no other token is
    built). A verb joined to the subject's verb by "and" ("accused four Orsavan diplomats ... and
    expelled them") shares the subject, and takes the first verb's object for a pronoun."""
    found: set[Act] = set()
    for subject in subjects:
        verb = subject.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in SPEECH_LEMMAS:
            continue  # "Koval said": a statement is no act done to a party
        doer = _party(subject) if subject.dep_ in _SUBJECTS else None
        if doer is None:
            continue
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for one in (v for v in verbs if span.start <= v.i < span.end):
            for obj in _objects_of(one):
                receiver = _qualifying_party(obj)
                if receiver is not None and not same_party(doer, receiver):
                    found.add((one.lemma_.lower(), doer, receiver))
    return frozenset(found)


def mirrored(left: Iterable[Act], right: Iterable[Act]) -> bool:
    """Whether one claim's act is the other's with the doer and the receiver swapped: "Marovia
    expelled Orsavan diplomats" / "Orsava expelled Marovian diplomats"."""
    theirs = list(right)
    return any(
        verb == other_verb
        and same_party(doer, other_receiver)
        and same_party(receiver, other_doer)
        and not same_party(doer, other_doer)
        for verb, doer, receiver in left
        for other_verb, other_doer, other_receiver in theirs
    )


def same_party(a: str, b: str) -> bool:
    """A name and its people's adjective are one party: "marovia" and "marovian"."""
    return a == b or a_peoples_adjective_of(a, b) or a_peoples_adjective_of(b, a)


def _objects_of(verb: Token) -> list[Token]:
    """The verb's objects; a pronoun object of a verb joined by "and" stands for the first
    verb's ("accused four Orsavan diplomats ... and expelled them")."""
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    if verb.dep_ == "conj" and any(o.pos_ == "PRON" for o in objects):
        objects += [c for c in verb.head.children if c.dep_ in _OBJECTS]
    return objects


def _party(tok: Token) -> str | None:
    """The name word of a subject: itself when a name ("Marovia"), else the name qualifying it
    ("Orsava's president" -> orsava)."""
    if _is_name(tok):
        return tok.lower_
    return _qualifying_party(tok)


def _qualifying_party(noun: Token) -> str | None:
    """The name that qualifies a noun ("Orsavan diplomats" -> orsavan), if one does."""
    for child in noun.children:
        if child.dep_ in _QUALIFIERS and _is_name(child):
            return child.lower_
    return None


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.ent_type_ in {"GPE", "NORP"} and not tok.is_stop)
