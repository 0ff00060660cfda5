"""Later references to actors already named: a surname alone, "the governor", "the company".

An article names an actor in full once and then refers back to them; these mentions count towards
the actor and carry descriptors of their own ("the veteran diplomat").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING, Final

import numpy as np

from reader.core.entity_bounds import _a_title_word
from reader.core.entity_descriptors import _descriptor
from reader.core.entity_mentions import _make_mention
from reader.core.entity_names import _person_key
from reader.core.entity_records import _clean_text, _fold, _key, _Mention
from reader.core.entity_signs import _acts_as_a_person
from reader.core.entity_words import (
    _CALENDAR_WORDS,
    _INSTITUTIONS,
    _PERSON_HEADS,
    _THING_LABELS,
    TITLES,
    _wordset,
)
from reader.core.nlp import doc_text, words_at
from reader.core.stand_ins import description_words, stand_ins
from reader.core.title_references import TitledName, title_references

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _surname_mentions(
    article_index: int,
    doc: Doc,
    surnames: set[str],
    known: set[int],
    full_names: set[tuple[str, ...]],
) -> list[_Mention]:
    """Names of people named in full elsewhere that the model did not tag here: a bare surname
    ("Benning said") or the whole name ("Xi Jinping hosted ..." opening a sentence)."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import PROPN

    found: list[_Mention] = []
    # Only proper nouns can be a name the model missed: find them in the part-of-speech array
    # rather than walking every Token object of the article.
    for i in np.flatnonzero(doc.to_array(POS) == PROPN).tolist():
        tok = doc[i]
        if tok.idx in known or not tok.text[:1].isupper():
            continue
        if tok.ent_type_ and tok.ent_type_ not in _THING_LABELS | _TIME_LABELS:
            continue
        key = _key([tok.text])
        if not key or key[0] not in surnames:
            continue
        first = _full_name_start(doc, tok, full_names)
        if tok.ent_type_ in _TIME_LABELS:
            thing = not _a_surname_read_as_a_date(doc, tok, first, full_names)
        elif first is None:
            thing = bool(tok.ent_type_) and not _a_surname_that_speaks(doc, tok)
        else:
            thing = bool(tok.ent_type_) and not _the_whole_entity(doc, first, tok.i + 1)
        if thing:
            continue  # "the Marlow Report": a thing named after her, not her; "on Friday"
        if first is not None:
            name = doc[first : tok.i + 1]
            found.append(
                _make_mention(
                    doc,
                    article_index,
                    first,
                    first,
                    tok.i + 1,
                    "PERSON",
                    name.text,
                    _person_key(_key([t.text for t in name])),
                )
            )
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and not _titles(doc[tok.i - 1]):
            continue  # part of another name
        start = tok.i
        while start > 0 and _titles(doc[start - 1]):
            start -= 1  # "Judge Orme", "Nurse Cole": the title describes the person
        found.append(
            _make_mention(doc, article_index, start, tok.i, tok.i + 1, "PERSON", tok.text, key)
        )
    return found


#: The model's labels for a time, which it now and then gives a surname it has not seen.
_TIME_LABELS: Final = frozenset({"DATE", "TIME"})
#: Words that open a time before a bare name: "on Friday", "since March", "next Monday".
_BEFORE_A_TIME: Final = _wordset("on since until till last next this every each")


def _a_surname_read_as_a_date(
    doc: Doc, tok: Token, first: int | None, full_names: set[tuple[str, ...]]
) -> bool:
    """Whether ``tok``, tagged a date or a time, is the surname of the one person named in full
    with it ("chief executive Sabine Kerrow claimed", its "Kerrow" a date to the small model):
    the model's date holds no word but the name, the word is no calendar word ("Friday"), and a
    bare surname does not follow a word that opens a time ("since Kerrow")."""
    if tok.lower_ in _CALENDAR_WORDS:
        return False
    if sum(1 for name in full_names if name[-1:] == _key([tok.text])) != 1:
        return False
    start = tok.i if first is None else first
    date = next((ent for ent in doc.ents if ent.start <= tok.i < ent.end), None)
    if date is None or date.start < start or date.end != tok.i + 1:
        return False
    return first is not None or tok.i == 0 or doc[tok.i - 1].lower_ not in _BEFORE_A_TIME


def _word_starts(mention: _Mention) -> list[int]:
    """Where each word of a mention's name starts in the text: a surname inside a name found
    without the model's tag ("Nurse Ada Cole") is that mention's, not a second one."""
    return [mention.start + word.start() for word in re.finditer(r"\S+", mention.name)]


def _a_surname_that_speaks(doc: Doc, tok: Token) -> bool:
    """ "'...,' Cole said": a surname the model typed a thing, alone, as the subject of a verb of
    speaking or meeting (:func:`_acts_as_a_person`), which no product or report is."""
    return _the_whole_entity(doc, tok.i, tok.i + 1) and _acts_as_a_person(doc, tok.idx)


def _titles(tok: Token) -> bool:
    """A title, an office or a role set before a name: "Mr", "Judge", "Nurse"."""
    return tok.lower_ in TITLES or _a_title_word(tok)


def _the_whole_entity(doc: Doc, start: int, end: int) -> bool:
    """Whether the model's entity is tokens [start, end), no more and no less."""
    return (
        doc[start].ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in doc[start + 1 : end])
        and (end == len(doc) or doc[end].ent_iob_ != "I")
    )


def _tell_initials_apart(mentions: Sequence[_Mention]) -> None:
    """Keep apart people one name with other middle initials stands for: "George H. W. Bush" and
    "George W. Bush" are father and son, though "Donald J. Trump" is "Donald Trump". A name
    written without the initials then stays apart from both: it could be either."""
    written: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for m in mentions:
        if m.initials:
            written.setdefault(m.key, set()).add(m.initials)
    for m in mentions:
        if m.initials and len(written[m.key]) > 1:
            m.key = (*m.key[:1], *m.initials, *m.key[1:])


#: Who a description names for later "the <noun>": a person ("the embattled governor") or a
#: body ("Kestrel Lines, a Norwegian shipping company ... the company said").
_DESCRIBED_LABELS: Final = frozenset({"PERSON", "ORG"})
#: The nouns a body is described by and then called: "the company", "the agency".
_BODY_NOUNS: Final = _wordset("company firm agency charity operator carrier insurer lender")


def _titled_mentions(article_index: int, doc: Doc, mentions: Sequence[_Mention]) -> list[_Mention]:
    """ "The embattled governor" where the article has named one governor before, "the company"
    where it has described one body as a company: a mention of them, which carries its
    description (:mod:`reader.core.title_references`)."""
    named = [
        TitledName(
            m.start,
            m.key[-1],
            frozenset(w for d in m.descriptors for w in _key(d.split())),
            m.name,
        )
        for m in mentions
        if m.label in _DESCRIBED_LABELS and m.descriptors
    ]
    if not named:
        return []
    by_start = {m.start: m for m in mentions}
    found: list[_Mention] = []
    for noun, naming in title_references(doc, doc_text(doc), named, TITLES | _BODY_NOUNS):
        found.append(
            _standing_for(
                article_index,
                by_start[naming.start],
                noun.idx,
                noun.idx + len(noun.text),
                _descriptor(doc, noun.left_edge.i, noun.i + 1),
            )
        )
    return found


def _described_mentions(
    article_index: int,
    doc: Doc,
    mentions: Sequence[_Mention],
    judging: Set[str],
    headline: str = "",
) -> list[_Mention]:
    """ "The convicted felon faces up to 20 years", "the dictator said": a description in place
    of a name, standing for one person the article named (:mod:`reader.core.stand_ins` says who
    may be meant). Its words, judging ones included, are the outlet's description of them.
    ``headline``: the article's title, whose naming of a person counts as one more."""
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    full_names = [m.key for m in people if len(m.key) > 1]
    named = [
        TitledName(
            m.start,
            " ".join(_full_name_of(m.key, full_names)),
            frozenset(w for d in m.descriptors for w in description_words(d)),
            m.name,
        )
        for m in people
    ]
    if not named:
        return []
    by_start = {m.start: m for m in people}
    taken = {m.start for m in mentions if m.by_title}
    found: list[_Mention] = []
    in_headline = _named_in_headline(named, headline, doc)
    for stand_in in stand_ins(
        doc, doc_text(doc), named, TITLES | _PERSON_HEADS, judging, taken, in_headline
    ):
        words = doc[stand_in.start : stand_in.end]
        person = by_start[stand_in.naming.start]
        found.append(
            _standing_for(
                article_index, person, words.start_char, words.end_char, [_clean_text(words)]
            )
        )
    return found


def _named_in_headline(named: Sequence[TitledName], headline: str, doc: Doc) -> frozenset[str]:
    """The people of ``named`` the headline names: by the full name, or by the surname when no
    other person named in the body has it ("Valk dies at 84"). None when it holds a name the
    body writes and the model tagged nothing of: "Macron meets Xi Jinping" over a body where
    "Xi Jinping" went untagged names two people, and Macron is not the one it is about."""
    words = _key(re.sub(r"['’]s\b", "", headline).split())
    if _untagged_names(doc, named) & set(words):
        return frozenset()
    surnames = Counter(n.person.split()[-1] for n in {n.person: n for n in named}.values())
    return frozenset(
        n.person
        for n in named
        if _runs_in(tuple(n.person.split()), words)
        or (surnames[n.person.split()[-1]] == 1 and _runs_in(n.person.split()[-1:], words))
    )


def _untagged_names(doc: Doc, named: Sequence[TitledName]) -> set[str]:
    """The words of the body's proper nouns the model tagged as no entity, ``named``'s and
    titles ("President Ilse Maren") aside."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import PROPN

    names = {w for n in named for w in n.person.split()}
    proper = np.flatnonzero(doc.to_array(POS) == PROPN).tolist()
    return {_fold(doc[i].text) for i in proper if not doc[i].ent_type_} - names - TITLES


def _runs_in(key: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``key`` is a run of consecutive words in ``words``."""
    size = len(key)
    return any(tuple(words[i : i + size]) == tuple(key) for i in range(len(words) - size + 1))


def _standing_for(
    article_index: int, person: _Mention, start: int, end: int, descriptors: list[str]
) -> _Mention:
    """A mention of ``person`` by words in place of the name ("the governor", "the convicted
    felon") at characters [start, end): one builder for both kinds, so they stay marked alike
    (``by_title``: the name is not written there)."""
    return _Mention(
        article=article_index,
        name=person.name,
        key=person.key,
        label="PERSON",
        start=start,
        end=end,
        descriptors=descriptors,
        by_title=True,
    )


def _full_name_of(key: tuple[str, ...], full_names: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """The full name a one-word name stands for in the same article, or the name itself: "Xi"
    after "Xi Jinping" and "Ostrand" after "Marek Ostrand" are counted as the one person."""
    if len(key) > 1:
        return key
    return next((full for full in full_names if key[0] in (full[0], full[-1])), key)


def _full_name_start(doc: Doc, last: Token, full_names: set[tuple[str, ...]]) -> int | None:
    """Where a full name known from another article starts, when ``last`` ends one here. Where
    the model took the surname for a date, it may have typed the first name anything too
    ("Sabine Kerrow claimed": a place and a date)."""
    types = {"", last.ent_type_}
    for first in range(last.i - 1, max(last.i - 3, -1), -1):
        words = doc[first : last.i + 1]
        if any(t.pos_ != "PROPN" for t in words):
            return None
        if last.ent_type_ not in _TIME_LABELS and any(t.ent_type_ not in types for t in words):
            return None
        if _person_key(_key([t.text for t in words])) in full_names:
            return first
    return None


#: The fields a public body is named after, which its people are called by: "health chiefs" of
#: the "Carrowby County Health Department", "police officials" of the "Kellmarsh Police".
_BODY_FIELDS: Final = _wordset(
    "health education police fire transport housing justice defence defense finance environment"
)
#: Plural nouns for a body's people, after its field: "health chiefs", "police bosses".
_BODY_PEOPLE: Final = _wordset("chiefs officials bosses")


def _body_people_mentions(
    article_index: int, doc: Doc, mentions: Sequence[_Mention]
) -> list[_Mention]:
    """ "Health chiefs admit" where the article names one health body, the "Carrowby County
    Health Department": its people, listed under the body with the outlet's words for them.

    Only a field's plural people ("health chiefs", "police officials") and only where the
    article names exactly one body of that field: two health bodies, or "county officials"
    (a place, not a field), leave the words with no one."""
    found: list[_Mention] = []
    for i in words_at(doc, _BODY_PEOPLE):  # three words: no Token made for the others
        tok = doc[i]
        if i == 0:
            continue
        field = doc[tok.i - 1]
        if field.lower_ not in _BODY_FIELDS:
            continue
        if any(m.start < tok.idx + len(tok.text) and field.idx < m.end for m in mentions):
            continue  # part of a name: "the Health Officials Association"
        bodies = {m.key: m for m in mentions if _a_body_of(m, field.lower_)}
        if len(bodies) == 1:
            (body,) = bodies.values()
            span = doc[field.i : tok.i + 1]
            found.append(
                _standing_for_body(
                    article_index, body, span.start_char, span.end_char, [_clean_text(span)]
                )
            )
    return found


def _a_body_of(mention: _Mention, field: str) -> bool:
    """Whether ``mention`` names a body of ``field``: an organisation whose name holds the field
    and ends in an institution's noun ("Health Department") or is the field itself ("Police")."""
    key = mention.key
    return (
        mention.label == "ORG"
        and not mention.by_title
        and field in key
        and (key[-1] in _INSTITUTIONS or key[-1] == field)
    )


def _standing_for_body(
    article_index: int, body: _Mention, start: int, end: int, descriptors: list[str]
) -> _Mention:
    """A mention of ``body`` by words for its people at characters [start, end), marked like a
    title's (``by_title``: the name is not written there)."""
    return _Mention(
        article=article_index,
        name=body.name,
        key=body.key,
        label=body.label,
        start=start,
        end=end,
        descriptors=descriptors,
        by_title=True,
    )
