"""Names the model tagged nothing of, found by their shape: "Nurse Ada Cole said", "the States".

The small model misses names at the start of a sentence or inside common words; without these the
Actors list loses people one outlet names in a way the model does not read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import numpy as np

from reader.core.entity_bounds import _a_title_opening_a_bodys_name, _a_title_word, _the_states
from reader.core.entity_mentions import _make_mention
from reader.core.entity_names import _COMPANY_ONLY_ENDINGS, NameOpenings, _person_key
from reader.core.entity_records import _key, _Mention
from reader.core.entity_signs import _before_a_landform
from reader.core.entity_words import (
    _BEFORE_A_PERSONS_NAME,
    _BODY_HEADS,
    TITLES,
    _dates,
    _wordset,
    is_one_persons_word,
    is_person_noun,
)
from reader.core.nlp import doc_text
from reader.core.speech_verbs import SPEECH_LEMMAS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _untagged_titled_names(article_index: int, doc: Doc) -> list[_Mention]:
    """People named with a title or a role before a first name and a surname that the model
    tagged nothing of: it reads "Nurse Ada Cole said" as three common words opening a sentence,
    where it tags "said Nurse Ada Cole". The title is the person's descriptor. Only the title
    words' places are read from the parse's arrays, so an article costs a few tokens."""
    from spacy.attrs import ENT_IOB, LOWER

    lower, iob = doc.to_array([LOWER, ENT_IOB]).T
    titles = np.fromiter((doc.vocab.strings[w] for w in _BEFORE_A_PERSONS_NAME), np.uint64)
    tagged = iob != _IOB_OUTSIDE
    found: list[_Mention] = []
    text: str | None = None
    for i in np.flatnonzero(np.isin(lower, titles)).tolist():
        end = i + 3
        if end > len(doc) or tagged[i:end].any() or not _a_title_word(doc[i]):
            continue
        words = doc[i + 1 : end]
        if not all(_a_first_or_surname(t) for t in words) or _a_name_word_after(doc, end):
            continue
        if _a_title_opening_a_bodys_name(doc, i, end):
            name = doc[i:end]
            key = _key([t.text for t in name])
            found.append(_make_mention(doc, article_index, i, i, end, "ORG", name.text, key))
            continue  # "The Volunteer Fire Brigade said": a body, not a volunteer
        text = doc.text if text is None else text
        if any(re.search(rf"(?<![\w-]){re.escape(t.lower_)}(?![\w-])", text) for t in words):
            continue  # "Judge Rules Against": a headline's words, written in lower case too
        start = i - 1 if i > 0 and _a_title_word(doc[i - 1]) else i  # "Chief Inspector"
        key = _person_key(_key([t.text for t in words]))
        found.append(
            _make_mention(doc, article_index, start, i + 1, end, "PERSON", words.text, key)
        )
    return found


def _untagged_full_names(article_index: int, doc: Doc) -> list[_Mention]:
    """People named in full where the model tagged nothing of the name, but tagged the surname
    alone further on: it reads "Ines Barra, a representative of the union, said" as two common
    words opening a sentence, and tags the "Barra said" after her quote. Without the full name
    the surname would stand as her whole name. A first word must qualify the surname, as a first
    name does, and no capitalised word may follow ("Barra Street"). A word the model typed a
    person only before a landform ("the Tarne valley") is a place's, and "Ashby Tarne" a
    village, not a Mr Tarne."""
    from spacy.attrs import ENT_IOB, LOWER

    surnames = {
        ent[0].lower_
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) == 1
        and ent[0].is_title
        and not _before_a_landform(ent[0])  # "the Tarne valley": a place, no surname
    }
    if not surnames:
        return []
    lower, iob = doc.to_array([LOWER, ENT_IOB]).T
    words = np.fromiter((doc.vocab.strings[w] for w in surnames), np.uint64)
    found: list[_Mention] = []
    for i in np.flatnonzero(np.isin(lower, words) & (iob == _IOB_OUTSIDE)).tolist():
        first = doc[i - 1] if i > 0 else None
        if (
            first is None
            or iob[i - 1] != _IOB_OUTSIDE
            or not doc[i].is_title
            or not _a_first_or_surname(first)
            or first.dep_ != "compound"
            or first.head.i != i
            or _a_name_word_after(doc, i + 1)
        ):
            continue
        name = doc[i - 1 : i + 1]
        key = _person_key(_key([t.text for t in name]))
        found.append(
            _make_mention(doc, article_index, i - 1, i - 1, i + 1, "PERSON", name.text, key)
        )
    return found


def _untagged_described_people(article_index: int, doc: Doc) -> list[_Mention]:
    """People named in full where the model tagged nothing of the name nor of the surname alone,
    set off by an appositive that says what one person is: "Anders Lunde, a hydrologist at the
    University of Kestleby, said" (:func:`_a_persons_description`). The small model reads the
    two capitals opening a sentence as common words, and the later "Lunde said" as none either,
    so :func:`_untagged_full_names` has no surname to go by. A body's appositive ("Grocery Watch,
    a consumer group") or a firm's ("Brightwater Orbital, a rocket maker") names no person. Only
    the places of the appositives, found in the parse's arrays, are read as tokens."""
    from spacy.attrs import DEP, ENT_IOB

    dep, iob = doc.to_array([DEP, ENT_IOB]).T
    found: list[_Mention] = []
    for i in np.flatnonzero(dep == doc.vocab.strings["appos"]).tolist():
        noun, surname = doc[i], doc[i].head
        first = doc[surname.i - 1] if 0 < surname.i < i else None
        if (
            first is None
            or doc[surname.i + 1].text != ","
            or (iob[first.i : surname.i + 1] != _IOB_OUTSIDE).any()
            or not _a_persons_description(noun)
            or not (_a_first_or_surname(first) and _a_first_or_surname(surname))
            or first.dep_ != "compound"
            or first.head.i != surname.i
            or _a_name_word_before(doc, first.i)
        ):
            continue
        name = doc[first.i : surname.i + 1]
        key = _person_key(_key([t.text for t in name]))
        found.append(
            _make_mention(
                doc, article_index, first.i, first.i, surname.i + 1, "PERSON", name.text, key
            )
        )
    return found


def _a_persons_description(noun: Token) -> bool:
    """ "a hydrologist", "a space industry analyst", "the company's chief engineer": one person's
    noun (:func:`is_one_persons_word`) with "a", "an", "the" or an owner before it."""
    return (
        noun.tag_ == "NN"
        and is_one_persons_word(noun.lemma_.lower())
        and any(c.dep_ == "poss" or c.lower_ in {"a", "an", "the"} for c in noun.children)
    )


def _untagged_group_names(article_index: int, doc: Doc) -> list[_Mention]:
    """A group's name opening a sentence that the model tagged nothing of: a capitalised first
    word the tagger reads as a common noun, then capitalised proper nouns, where the name is
    set before the plural for its people ("Climate Action campaigners marched on Friday") or
    speaks ("Climate Action said"). A person's first name is read as a proper noun ("Ines
    Calder said"), and one capitalised word ("Riot cops") is the capital any sentence's first
    word has. Only the sentences' first words, found in the parse's arrays, are read as
    tokens."""
    from spacy.attrs import ENT_IOB, SENT_START

    starts, iob = doc.to_array([SENT_START, ENT_IOB]).T
    found: list[_Mention] = []
    for i in np.flatnonzero(starts == 1).tolist():
        if i + 2 >= len(doc) or not _a_common_word_with_a_capital(doc[i]):
            continue
        end = i + 1
        while end < len(doc) and iob[end] == _IOB_OUTSIDE and _a_group_name_word(doc[end]):
            end += 1
        if end == i + 1 or iob[i] != _IOB_OUTSIDE or end >= len(doc):
            continue
        last = doc[end - 1]
        if not (_people_of(doc[end], last) or (last.i + 1 == end and _speaks(last))):
            continue
        name = doc[i:end]
        key = _key([t.text for t in name])
        found.append(_make_mention(doc, article_index, i, i, end, "ORG", name.text, key))
    return found


def _a_common_word_with_a_capital(tok: Token) -> bool:
    """A sentence's first word the tagger reads as a common noun ("Extinction", "Climate"), and no
    title ("Nurse", "Chief") or date. An adjective is left out: "Local Labour activists" are
    the party's, though "Last Generation activists" are a group's."""
    return tok.pos_ == "NOUN" and _a_capitalised_word_no_title(tok)


def _a_group_name_word(tok: Token) -> bool:
    """A capitalised proper noun that may be a word of a group's name: no title or date."""
    return _a_named_body_word(tok) and tok.is_title and tok.lower_ not in TITLES


def _people_of(noun: Token, last: Token) -> bool:
    """Whether ``noun`` is the lower-case plural for people the name's ``last`` word qualifies:
    "activists" in "Last Generation activists"."""
    return (
        noun.is_lower
        and noun.tag_ == "NNS"
        and is_person_noun(noun)
        and last.head.i == noun.i
        and last.dep_ in {"compound", "amod", "nmod"}
    )


def _untagged_company_names(article_index: int, doc: Doc, openings: NameOpenings) -> list[_Mention]:
    """A company's short name the model tagged nothing of: "Brannock confirmed the cuts" after
    "Brannock Foods" was named. The word is the company's where it is written as a name, which
    mid-sentence its capital says and at a sentence's start its speaking does ("Brannock said") or
    the model's reading it as a proper noun that does something ("Westvale cut its budget");
    :func:`reader.core.entity_retyping._companies_by_their_short_names` then reads it as the
    company. Only the places of the words, found in the parse's arrays, are read as tokens."""
    if not openings.companies:
        return []
    from spacy.attrs import ENT_IOB, LOWER

    lower, iob = doc.to_array([LOWER, ENT_IOB]).T
    words = np.fromiter((doc.vocab.strings[w] for w in openings.companies), np.uint64)
    found: list[_Mention] = []
    for i in np.flatnonzero(np.isin(lower, words) & (iob == _IOB_OUTSIDE)).tolist():
        tok = doc[i]
        if not tok.text[:1].isupper() or tok.text.isupper() or _inside_a_longer_name(doc, tok):
            continue
        if tok.is_sent_start and not (_speaks(tok) or _a_name_that_acts(tok)):
            continue  # a capital any sentence's first word has
        found.append(
            _make_mention(
                doc, article_index, tok.i, tok.i, tok.i + 1, "ORG", tok.text, _key([tok.text])
            )
        )
    return found


def _untagged_bodies(article_index: int, doc: Doc, openings: NameOpenings) -> list[_Mention]:
    """A body's full name the model tagged nothing of here, though it tagged the same words as
    an organisation elsewhere in the comparison: in "two schools in Elsford, Hillcrest
    Elementary School and Elsford Middle School" it tags only the second school, and the first
    lost the outlet's mention. The words must stand alone, with no capitalised word running on
    (a longer name of another body)."""
    if not openings.bodies:
        return []
    text = doc_text(doc)
    found: list[_Mention] = []
    for name in sorted(openings.bodies):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(t.ent_iob_ != "O" for t in span):
                continue
            if _a_name_word_before(doc, span.start) or _a_name_word_after(doc, span.end):
                continue
            key = _key([t.text for t in span])
            found.append(
                _make_mention(
                    doc, article_index, span.start, span.start, span.end, "ORG", name, key
                )
            )
    return found


#: What an appositive calls a body: "Grocery Watch, a consumer group, said".
_BODY_APPOSITIVES: Final = _wordset("group union body charity association agency watchdog campaign")


def _untagged_described_bodies(
    article_index: int, doc: Doc, openings: NameOpenings
) -> list[_Mention]:
    """A capitalised name the model tagged nothing of, set off by an appositive that calls it a
    body: "Grocery Watch, a consumer group, said", "Patient Voice, a charity, said"
    (:data:`_BODY_APPOSITIVES`). The writer's own word says what it is. The name must be proper
    nouns and no date ("Monday, a spokesman said" names no one, nor does a group that the
    parse reads as the subject after "On Monday,"). A name the model tagged elsewhere is left
    to :func:`_untagged_bodies`, which finds it here too. Only the places of the body words,
    found in the parse's arrays, are read as tokens."""
    from spacy.attrs import ENT_IOB, LOWER

    lower, iob = doc.to_array([LOWER, ENT_IOB]).T
    words = np.fromiter((doc.vocab.strings[w] for w in _BODY_APPOSITIVES), np.uint64)
    found: list[_Mention] = []
    for i in np.flatnonzero(np.isin(lower, words)).tolist():
        noun = doc[i]
        head = noun.head
        if noun.dep_ != "appos" or head.i >= noun.i or not _a_named_body_word(head):
            continue
        if head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
            continue
        start = head.i
        # Every word of the name leans on a later one in it: "Caldera" on "Manufacturers Council".
        while (
            start > 0
            and _a_named_body_word(doc[start - 1])
            and start <= doc[start - 1].head.i <= head.i
        ):
            start -= 1
        if (iob[start : head.i + 1] != _IOB_OUTSIDE).any():
            continue
        name = doc[start : head.i + 1]
        if name.text in openings.bodies:
            continue
        key = _key([t.text for t in name])
        found.append(
            _make_mention(doc, article_index, start, start, head.i + 1, "ORG", name.text, key)
        )
    return found


def _a_named_body_word(tok: Token) -> bool:
    """A capitalised proper noun that is no date's word: "Grocery", "Watch"."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not _dates(tok)


def _a_name_word_before(doc: Doc, start: int) -> bool:
    """Whether a capitalised word, not a sentence's first, runs on before token ``start``:
    "North Hillcrest Elementary School" is another name."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.is_sent_start
    )


def _inside_a_longer_name(doc: Doc, tok: Token) -> bool:
    """Whether a capitalised word runs on before or after ``tok``: "Sam Brannock", "Brannock
    Logistics" are other names."""
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return any(
        t is not None and t.is_alpha and t.text[:1].isupper() and not t.is_sent_start
        for t in (before, after)
    ) or (before is not None and before.is_alpha and before.text[:1].isupper())


def _speaks(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of speaking: "Brannock confirmed the cuts"."""
    return tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in SPEECH_LEMMAS


def _a_name_that_acts(tok: Token) -> bool:
    """Whether ``tok``, a sentence's first word, is a proper noun the subject of a verb: the
    model reads "Westvale cut its budget" so, and a common word's capital ("Power cuts
    followed") as a noun or an adjective."""
    return tok.pos_ == "PROPN" and tok.dep_ in SUBJECTS and tok.head.pos_ in {"VERB", "AUX"}


#: spaCy's ``ENT_IOB`` value for a token outside every entity.
_IOB_OUTSIDE: Final = 2


def _a_first_or_surname(tok: Token) -> bool:
    """A capitalised proper noun that may be a first name or a surname: not a title, a date's word,
    a role itself ("Sergeant Major") or a word for a body ("Coach Leather Company")."""
    return (
        tok.pos_ == "PROPN"
        and _a_capitalised_word_no_title(tok)
        and tok.lower_ not in _BODY_HEADS
        and tok.lower_ not in _COMPANY_ONLY_ENDINGS
    )


def _a_capitalised_word_no_title(tok: Token) -> bool:
    """A word of letters with a capital, which neither stands before a person's name ("Mr"), nor
    is a title ("Nurse", "Chief") nor a date's word: what a name or a group's first word can be."""
    low = tok.lower_
    return (
        tok.is_alpha
        and tok.is_title
        and low not in _BEFORE_A_PERSONS_NAME
        and low not in TITLES
        and not _dates(tok)
    )


def _a_name_word_after(doc: Doc, end: int) -> bool:
    """Whether a capitalised word follows the token before ``end``: a name of more words, or a
    headline's capitals ("Nurse Shortage Hits Harwick"), which the two before it do not name."""
    return end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper()


_THE_STATES: Final = re.compile(r"\b[Tt]he\s+(States)\b")


def _untagged_states(article_index: int, doc: Doc) -> list[_Mention]:
    """The "the States" of an article that the model did not tag as a name."""
    found: list[_Mention] = []
    for match in _THE_STATES.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1))
        if span is None or span[0].ent_type_ or not _the_states(doc, span.start, span.end):
            continue
        mention = _make_mention(
            doc, article_index, span.start, span.start, span.end, "GPE", "States", ("states",)
        )
        mention.the_states = True
        found.append(mention)
    return found
