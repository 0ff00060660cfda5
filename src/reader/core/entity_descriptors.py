"""The words an article puts in front of, or beside, an actor's name.

Titles, pre-modifiers ("Communist China") and appositives ("the CCP's top diplomat, Wang Yi") are
what the Actors view compares across outlets; this module reads them from the dependency arcs
around a mention, and leaves out what only dates, counts or places the actor.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import TYPE_CHECKING, Final

from reader.core.entity_bylines import _dateline
from reader.core.entity_records import _clean_text
from reader.core.entity_words import (
    _EMPTY_POS,
    _LOCATORS,
    _MAX_DESCRIPTOR_TOKENS,
    _PREMOD_DEPS,
    _QUANTIFIERS,
    _STRIP_DESCRIPTOR,
    ACTOR_LABELS,
    HONORIFICS,
    _dates,
    _wordset,
    is_person_noun,
    is_role_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _descriptor(doc: Doc, lo: int, hi: int) -> list[str]:
    """Descriptor phrases in tokens [lo, hi): leading articles and trailing honorifics dropped."""
    while lo < hi and (doc[lo].lower_ in _STRIP_DESCRIPTOR or doc[lo].is_punct):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if hi <= lo:
        return []
    if "\n" in doc[lo:hi].text:
        return []
    if any(t.text in {",", ";", "(", ")"} or _verb_in_descriptor(t) for t in doc[lo:hi]):
        return []
    if hi - lo > _MAX_DESCRIPTOR_TOKENS:
        lo = hi - _MAX_DESCRIPTOR_TOKENS
    if hi - lo == 1 and (doc[lo].pos_ in _EMPTY_POS or doc[lo].lower_ in _QUANTIFIERS):
        return []  # "other Republicans", "even Steele": no label
    if hi - lo == 1 and doc[lo].lower_ in _LOCATORS:
        return []  # "central Port Alder": where, not who
    if any(_dates(t) for t in doc[lo:hi]):
        return []  # a dateline ("PORT ALDER, Nov. 24 (Northline Press)") is not a descriptor
    while hi > lo and doc[hi - 1].lower_ in HONORIFICS and not _heads_a_title(doc, lo, hi - 1):
        hi -= 1  # "Mr", "Dr": how the outlet addresses the person, not who they are
    text = _clean_text(doc[lo:hi])
    if (
        hi > lo
        and any(ch.isalpha() for ch in text)
        and not all(t.pos_ == "PRON" for t in doc[lo:hi])
    ):
        return [text]
    return []


def _heads_a_title(doc: Doc, lo: int, i: int) -> bool:
    """Whether the honorific at ``i`` heads words before it from ``lo`` on: "Lady" in "First
    Lady" is part of a title, and cut off it would leave the outlet calling her "First"."""
    return any(lo <= c.i < i and c.dep_ in {"compound", "amod"} for c in doc[i].lefts)


def _verb_in_descriptor(tok: Token) -> bool:
    """A verb that makes the words before a name a clause, not a description. A participle
    modifying the name is a description, as the model reads "disgraced" mid-sentence (an amod)
    or opening one ("Disgraced Cuomo said", a compound), as is one that makes a title with
    the role after it ("Managing director Colin Ashby", "Acting governor")."""
    return tok.pos_ == "VERB" and not (
        tok.dep_ == "amod"
        or (tok.dep_ == "compound" and tok.tag_ == "VBN")
        or (
            tok.dep_ in {"compound", "amod"}
            and tok.tag_ == "VBG"
            and tok.head.i == tok.i + 1
            and is_role_noun(tok.head)
        )
    )


def _premodifier_start(ent_tokens: Sequence[Token], name_start: int) -> int | None:
    lo: int | None = None
    for tok in ent_tokens:
        for child in tok.lefts:
            if child.i < name_start and child.dep_ in _PREMOD_DEPS:
                edge = child.left_edge.i
                lo = edge if lo is None else min(lo, edge)
    return lo


def _appositive(doc: Doc, root: Token, start: int, end: int) -> list[str]:
    """Descriptors from apposition: "the CCP's top diplomat, Wang Yi" and "Wang Yi, China's ..."."""
    out: list[str] = []
    if (
        root.dep_ == "appos"
        and root.head.i < start
        and root.head.pos_ in {"NOUN", "PROPN"}
        and not _subject_of_relative(doc, root, end)
    ):
        head = root.head
        # "ESTOVER - The Provincial Assembly ...": the parser's "apposition" is the dateline.
        filed_from = _dateline(doc, head.left_edge.i, head.i + 1)
        if not filed_from and (head.ent_type_ not in ACTOR_LABELS or head.ent_type_ == "NORP"):
            out.extend(_descriptor(doc, head.left_edge.i, head.i + 1))
    if not out and start >= 2 and doc[start - 1].text == "," and end < len(doc):
        # spaCy often misses "the CCP's top diplomat, Wang Yi, ...": a role noun, a comma, the name
        # and a closing comma read as apposition whatever the parse says.
        noun = doc[start - 2]
        if (
            doc[end].text in {",", ")", "—", "–"}
            and noun.pos_ == "NOUN"
            and not noun.ent_type_
            and is_role_noun(noun)
        ):
            out.extend(_descriptor(doc, noun.left_edge.i, noun.i + 1))
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN":
            if _counts_an_occasion(child) or _second_object(root, child):
                continue
            hi = child.right_edge.i + 1
            if hi - child.left_edge.i > _MAX_DESCRIPTOR_TOKENS:
                hi = child.i + 1
            # "Nadia Osei, a nurse who volunteered for the campaign": the clause says what she
            # did, "a nurse" what she is; with its verb the whole phrase would be no descriptor.
            clause = next((c for c in child.rights if c.dep_ in {"relcl", "acl"}), None)
            if clause is not None:
                hi = min(hi, clause.left_edge.i)
            out.extend(_descriptor(doc, child.left_edge.i, hi))
    return out


#: Verbs that take a receiver and a thing: "handing Whitcombe a crushing defeat".
_GIVING: Final = _wordset("hand give deal deliver send offer award grant pay")


def _second_object(root: Token, noun: Token) -> bool:
    """ "handing the incumbent, Mayor Thomas Whitcombe, a crushing defeat": the parser hangs
    the thing given on the receiver's name as an apposition; it is what he was handed, not who
    he is. So is the receiver named after a role ("paid its chief executive, Anders Kvist, a
    bonus"). An apposition closed by a comma still describes ("gave Tom Reyes, a lawyer, the
    contract"): the thing given comes after it."""
    after = noun.right_edge.i + 1
    closed = after < len(noun.doc) and noun.doc[after].text == ","
    # The parser may hang such a name on the verb as anything but its subject ("npadvmod").
    receiver = root.head if root.dep_ == "appos" else root
    return (
        receiver.dep_ not in {"nsubj", "nsubjpass", "ROOT"}
        and receiver.head.pos_ == "VERB"
        and receiver.head.lemma_.lower() in _GIVING
        and not closed
    )


def _subject_of_relative(doc: Doc, root: Token, end: int) -> bool:
    """ "The so-called sanctions Norland imposed": the name opens a relative clause on the noun
    before it (the sanctions that Norland imposed), which the parser reads as apposition."""
    after = doc[end] if end < len(doc) else None
    return (
        after is not None
        and after.pos_ == "VERB"
        and after.dep_ in {"acl", "relcl"}
        and after.head.i == root.head.i
    )


def _counts_an_occasion(noun: Token) -> bool:
    """ "Anders Holm, the first visit by a Tavarian leader": an ordinal on a noun that names no
    one counts the occasion the sentence reports; "the first woman to lead" still describes."""
    counted = any(t.ent_type_ == "ORDINAL" for t in noun.lefts)
    return counted and not (is_person_noun(noun) or is_role_noun(noun))


def _split_subject(doc: Doc, root: Token, start: int) -> list[str]:
    """The description before a name the parser took for a second subject of the same verb
    ("China's top diplomat | Wang Yi said"): written as one phrase, it describes the person.

    A plural subject names several, never the one actor the name is: in "students from the
    group | Dunmarrow Divest had camped" the name is the group the phrase ends on, and that
    noun alone describes it."""
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.i == root.i:
        return []
    for sibling in root.head.children:
        if (
            sibling.dep_ == root.dep_
            and sibling.right_edge.i == start - 1
            and is_role_noun(sibling)
        ):
            if sibling.tag_ in {"NNS", "NNPS"}:
                return _object_before(doc, sibling, start)
            return _descriptor(doc, sibling.left_edge.i, start)
    return []


def _object_before(doc: Doc, subject: Token, start: int) -> list[str]:
    """The singular object a plural subject's phrase ends on right before a name ("members of
    the union | Harbour Workers"), as the name's description; none where the phrase ends on the
    subject itself."""
    last = doc[start - 1]
    if last.i == subject.i or last.dep_ != "pobj" or last.tag_ != "NN":
        return []
    return _descriptor(doc, last.left_edge.i, start)


def _label_before(doc: Doc, lo: int, floor: int, labels: Set[str]) -> str | None:
    """A judging word of the lexicon right before the description opening at ``lo``, which
    the parse hung elsewhere: "Disgraced ex-governor Marek Ostrand was held accountable" reads
    "Disgraced" as a verb taking the name as its object, and the outlet's label would be lost.
    An adjective counts, and a participle with no subject or auxiliary of its own ("Critics
    had disgraced ex-governor ..." is something done to him)."""
    if lo - 1 < floor or not labels:
        return None
    word = doc[lo - 1]
    if word.lower_ not in labels or not word.is_alpha or not word.whitespace_:
        return None
    if word.pos_ == "ADJ":
        return word.text
    if word.tag_ == "VBN" and not any(c.dep_ in _A_CLAUSES_OWN for c in word.children):
        return word.text
    return None


#: Dependents that make a participle a verb of its own clause, not a word on the name after it.
_A_CLAUSES_OWN: Final = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "neg"})
