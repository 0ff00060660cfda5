"""Whether a bare "some", "many" or "others" stands for people its sentence has just named.

"Some say" is the classic vague source: a view lent to people no reader can check. But news prose
also writes "Residents of Selby Head heard the blast, and some said their windows shook", where
"some" are some of the residents the same sentence names: a part of a named group, as checkable as
the group. The lexicon's "some say" and the vague-source rule both ask this before they flag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.entity_words import is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that stand alone for part of a group: "some said", "many left", "others stayed".
_PART_WORDS: Final = frozenset({"some", "many", "others", "most", "several"})
#: Groups too vague to give a part of them a face: "Critics disagree, and some say ...".
_FACELESS: Final = frozenset(
    {
        *("critic", "detractor", "skeptic", "sceptic", "observer", "expert", "analyst"),
        *("commentator", "people", "other", "opponent", "supporter", "source"),
    }
)
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})


def stands_for_a_named_group(subject: Token) -> bool:
    """Whether ``subject``, a bare "some" (or "many", "others") with no noun of its own, is part
    of a group of people that an earlier clause of its sentence names as its subject: "Residents
    of the coastal town ... said ..., and some said". A vague group ("Experts disagree, and some
    say") gives it no face, and "some of them" or "some residents" is left to the caller."""
    if subject.lower_ not in _PART_WORDS or subject.dep_ not in _SUBJECTS:
        return False
    if any(c.dep_ not in {"punct", "advmod"} for c in subject.children):
        return False  # "some residents", "some of the experts": a group of its own words
    doc = subject.doc
    sent = subject.sent
    return any(_named_group(t) and _a_part_of(t, subject) for t in doc[sent.start : subject.i])


def _a_part_of(group: Token, part: Token) -> bool:
    """Whether ``part`` can be drawn from ``group``. "Others" are the rest of a group only once a
    part word has divided it ("Some residents fled, and others stayed"); after a whole group
    ("Residents said the mayor lied, and others say he was right") they are people besides it.
    And a group whose verb reports the part's clause ("Officials said some say the plan will
    fail") is who speaks, not whom "some" are drawn from: the reader still cannot check them."""
    if part.lower_ == "others" and not any(
        c.dep_ == "det" and c.lower_ in _PART_WORDS for c in group.children
    ):
        return False
    return not _reported_by(group.head, part)


def _reported_by(verb: Token, part: Token) -> bool:
    """Whether ``part`` sits in a clause that ``verb`` reports (a ``ccomp`` on the way up)."""
    reported = False
    tok = part
    while tok.head.i != tok.i:
        reported = reported or tok.dep_ == "ccomp"
        tok = tok.head
        if tok.i == verb.i:
            return reported
    return False


def _named_group(tok: Token) -> bool:
    """A plural subject naming people who can be checked: "Residents of Selby Head", "the
    town's fishermen"; not "critics" or "experts"."""
    return (
        tok.dep_ in _SUBJECTS
        and tok.tag_ in {"NNS", "NNPS"}
        and is_person_noun(tok)
        and tok.lemma_.lower() not in _FACELESS
    )
