"""Mentions the model misread, dropped or retyped before clustering: streets typed as people,
regions and peoples as places, common words ("Rice prices") as names, towns, countries, regions and
car models ("a driver from Tesk", "the Wessary team", "the Sellak highlands", "the Corsa estate")
as people.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from reader.core.countries import a_peoples_word_of, countries_in
from reader.core.entity_names import _FIRST_NAMES, spelling_form
from reader.core.entity_records import _Mention
from reader.core.entity_signs import (
    _acts_as_a_person,
    _before_a_landform,
    _before_a_nations_noun,
    _from_a_place,
    _he_or_she_after,
    _names_a_product,
    _token_at,
)
from reader.core.entity_words import HONORIFICS, TITLES, is_person_noun, is_person_word
from reader.core.model import Article
from reader.core.speech_verbs import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _streets_typed_as_people(mentions: Sequence[_Mention]) -> list[_Mention]:
    """``mentions`` without the streets the model typed people where they are written as
    streets: "residents of Mill Lane" is where they live, no actor, as "stopped on Garner
    Avenue" is none. "Lane", "Way" and "Drive" are surnames too, so a name stays a person's
    where its first word is a first name (one :data:`_FIRST_NAMES` knows, or the first word of
    another person named in full in the comparison) or the comparison writes it as a person's
    anywhere: after a title ("Ms Mill Lane") or with "he" or "she" after it ("Lois Lane said
    she saw it"). Dropped before any surname is read from it, so "Ms Lane" is no resident."""
    if not any(m.street_after for m in mentions):
        return list(mentions)
    people = {m.key for m in mentions if m.person_sign}
    first_words = {
        (m.key[0], m.key)
        for m in mentions
        if m.label == "PERSON" and len(m.key) > 1 and not m.street_after
    }

    def a_persons(key: tuple[str, ...]) -> bool:
        first = key[0]
        return (
            key in people
            or first in _FIRST_NAMES
            or any(word == first and other != key for word, other in first_words)
        )

    return [m for m in mentions if not (m.street_after and not a_persons(m.key))]


#: Titles a portfolio's name stands before: "Labour Minister Pieter Ansel".
_PORTFOLIO_TITLES: Final = frozenset({"Minister", "Secretary"})


def _portfolios_typed_as_bodies(
    mentions: Sequence[_Mention], docs: Sequence[Doc]
) -> list[_Mention]:
    """``mentions`` without the bodies the model makes of a minister's portfolio: the "Labour"
    of "Labour Minister Pieter Ansel" names what he is minister for, as "Interior" does in
    "Interior Minister", no party or body that acts. Only a capitalised title followed by a
    capitalised name reads so: "Labour minister Pieter Ansel" may be the party's man, and "the
    Labour Party said" is the party."""
    kept: list[_Mention] = []
    for m in mentions:
        if m.label == "ORG" and _before_a_titled_name(docs[m.article], m.start, len(m.name)):
            continue
        kept.append(m)
    return kept


def _before_a_titled_name(doc: Doc, start: int, length: int) -> bool:
    """Whether the words at ``start`` (``length`` characters) stand before a portfolio title
    and the capitalised name it is given to: "Labour" in "Labour Minister Pieter Ansel"."""
    span = doc.char_span(start, start + length, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return False
    title, name = doc[span.end], doc[span.end + 1]
    return title.text in _PORTFOLIO_TITLES and name.text[:1].isupper() and name.pos_ == "PROPN"


def _places_and_products_typed_as_people(
    mentions: Sequence[_Mention], articles: Sequence[Article], docs: Sequence[Doc]
) -> list[_Mention]:
    """``mentions`` with the one-word "people" the small model makes of a town and a product
    read as what the sentence says they are: "a driver from Tesk" names where she comes from,
    a place (:func:`_from_a_place`); "the Corsa estate" or "its Skyreach rocket" names a model
    (:func:`_names_a_product`), no actor. A product is dropped wherever the comparison names
    it (:func:`_products`): "Skyreach lifted off" is the rocket again, not a person. A name
    someone in the comparison has as a surname or first name, or a known first name, stays a
    person's: "the Holt estate" may be a late Mr Holt's."""
    named = {w for m in mentions if m.label == "PERSON" and len(m.key) > 1 for w in m.key}
    products = _products(mentions, named, articles, docs)
    kept: list[_Mention] = []
    for m in mentions:
        if m.key in products:
            continue
        one_word = m.label == "PERSON" and len(m.key) == 1
        tok = _token_at(docs[m.article], m.start) if one_word else None
        if tok is None or m.key[0] in named or m.key[0] in _FIRST_NAMES:
            kept.append(m)
        elif _from_a_place(tok):
            m.label, m.place_hint = "GPE", True
            kept.append(m)
        elif not _names_a_product(tok):
            kept.append(m)
    return kept


def _products(
    mentions: Sequence[_Mention],
    named: set[str],
    articles: Sequence[Article],
    docs: Sequence[Doc],
) -> set[tuple[str, ...]]:
    """The keys of the one-word names the model types a person more often than not and some
    outlet sets before a product's noun ("its Skyreach rocket", however the model typed it
    there), which nothing in the comparison writes as a person's (:func:`_a_person_anywhere`).
    A maker the model types a body more often ("a Boeing jet") keeps its mentions."""
    by_key: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if len(m.key) == 1 and m.key[0] not in named and m.key[0] not in _FIRST_NAMES:
            by_key.setdefault(m.key, []).append(m)
    texts = [f"{a.title}\n{a.text}" for a in articles]
    found: set[tuple[str, ...]] = set()
    for key, found_here in by_key.items():
        people = [m for m in found_here if m.label == "PERSON"]
        if 2 * len(people) <= len(found_here):
            continue
        tokens = (_token_at(docs[m.article], m.start) for m in found_here)
        if any(tok is not None and _names_a_product(tok) for tok in tokens) and not (
            _a_person_anywhere(people, texts, docs)
        ):
            found.add(key)
    return found


def _nations_typed_as_people(
    mentions: Sequence[_Mention], articles: Sequence[Article], docs: Sequence[Doc]
) -> None:
    """Read as a country a one-word "person" the comparison writes as one: set before a nation's
    noun ("the Wessary team", :func:`_before_a_nations_noun`) or where the comparison writes its
    people's word ("the Wessarian coach"). The small model types an invented country a person
    as readily as a town. A name with a person's sign anywhere in the comparison stays a
    person's: a word of someone named in full, however spelled ("the Zelensky government" beside
    "Volodymyr Zelenskyy"), a known first name, a title before it, or a mention that speaks or meets
    ("Wessary said") or has "he" or "she" after it in its sentence."""
    found = _one_word_people(mentions)
    if not found:
        return
    capitalised = _capitalised_words(docs)
    texts = [f"{a.title}\n{a.text}" for a in articles]
    for people in found.values():
        name = people[0].name
        written = any(_before_a_nations_noun_at(docs[m.article], m.start) for m in people) or any(
            a_peoples_word_of(word, name) for word in capitalised.get(name[:3].casefold(), ())
        )
        if written and not _a_person_anywhere(people, texts, docs):
            for m in people:
                m.label, m.place_named = "GPE", True


def _landforms_typed_as_people(
    mentions: Sequence[_Mention], articles: Sequence[Article], docs: Sequence[Doc]
) -> None:
    """Read as a place a one-word "person" set before a landform's or a region's noun: "the
    Sellak highlands", "the Sarn valley" (:func:`_before_a_landform`). The small model types an
    invented region a person as readily as a country. A name with a person's sign anywhere in
    the comparison stays a person's, as in :func:`_nations_typed_as_people`."""
    texts = [f"{a.title}\n{a.text}" for a in articles]
    for people in _one_word_people(mentions).values():
        before = any(_before_a_landform_at(docs[m.article], m.start) for m in people)
        if before and not _a_person_anywhere(people, texts, docs):
            for m in people:
                m.label, m.place_named = "GPE", True


def _bodies_after_the_typed_as_people(
    mentions: Sequence[_Mention], articles: Sequence[Article], docs: Sequence[Doc]
) -> None:
    """Read as a body a one-word "person" every outlet writes after "the" as the noun itself:
    "she told the Gazette", "a spokesman for the Sentinel". English sets no "the" before a
    person's bare name, but before a paper's, a ship's or a body's, which the small model types
    a person as readily as a town. A name set before another noun ("the Tarne valley", "the
    Smith family") is read by the steps for those, and a name with a person's sign anywhere in
    the comparison stays a person's, as in :func:`_nations_typed_as_people`."""
    texts = [f"{a.title}\n{a.text}" for a in articles]
    for people in _one_word_people(mentions).values():
        if all(_the_noun_after_the(docs[m.article], m.start) for m in people) and not (
            _a_person_anywhere(people, texts, docs)
        ):
            for m in people:
                m.label = "ORG"


def _the_noun_after_the(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` heads its noun phrase right after "the": "the Gazette",
    not "the Smiths" (a family, a plural) nor "the Tarne valley"."""
    tok = _token_at(doc, start)
    if tok is None or tok.i == 0 or tok.tag_ != "NNP" or tok.dep_ in {"compound", "nmod"}:
        return False
    return doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].dep_ == "det"


def _one_word_people(mentions: Sequence[_Mention]) -> dict[tuple[str, ...], list[_Mention]]:
    """The one-word "people" of ``mentions`` by their key, without those whose word is a known
    first name or a word of someone named in full, however spelled: the ones whose type a
    country's or a place's sign may overrule."""
    full_names = {
        spelling_form(w) for m in mentions if m.label == "PERSON" and len(m.key) > 1 for w in m.key
    }
    found: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.key) == 1 and not _a_known_name(m.key[0], full_names):
            found.setdefault(m.key, []).append(m)
    return found


def _a_known_name(word: str, full_names: set[str]) -> bool:
    return spelling_form(word) in full_names or word in _FIRST_NAMES


def _capitalised_words(docs: Sequence[Doc]) -> dict[str, set[str]]:
    """The capitalised words of ``docs`` by their first three letters, lower case: where a
    country's people's word ("Wessarian") is looked for by the country's name ("Wessary")."""
    words: dict[str, set[str]] = {}
    for doc in docs:
        for tok in doc:
            if tok.text[:1].isupper() and len(tok.text) > 3:
                words.setdefault(tok.text[:3].casefold(), set()).add(tok.text)
    return words


def _before_a_nations_noun_at(doc: Doc, start: int) -> bool:
    tok = _token_at(doc, start)
    return tok is not None and _before_a_nations_noun(tok)


def _before_a_landform_at(doc: Doc, start: int) -> bool:
    tok = _token_at(doc, start)
    return tok is not None and _before_a_landform(tok)


def _a_person_anywhere(
    people: Sequence[_Mention], texts: Sequence[str], docs: Sequence[Doc]
) -> bool:
    """Whether a one-word name is written as a person's somewhere: after a title ("Ms Wessary"),
    as the subject of a verb of speaking or meeting, or with "he" or "she" after it."""
    titled = re.compile(rf"\b(?i:{_TITLE_WORDS})[^\S\n]+{re.escape(people[0].name)}\b")
    if any(titled.search(text) for text in texts):
        return True
    for m in people:
        doc = docs[m.article]
        if _acts_as_a_person(doc, m.start):
            return True
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _he_or_she_after(doc, span.end):
            return True
    return False


def _regions_named_as_places(mentions: Sequence[_Mention]) -> list[_Mention]:
    """``mentions`` with each region's (typed "LOC") read as the place of that name where the
    model types it a town, a state or a country elsewhere, and without the others: the small
    model types "Pellworth" a town in "in Pellworth" and a region in "the Pellworth mill", which
    left the town out of two of three reports. So is a region the writer calls a place: "the
    Eastgate district" beside "supporters in Eastgate", which the model typed a body. A region
    named nowhere else ("the Alps", "Europe") is no actor, as before."""
    places = {m.key for m in mentions if m.label == "GPE" or (m.label == "LOC" and m.place_named)}
    kept: list[_Mention] = []
    for m in mentions:
        if m.label == "LOC":
            if m.key not in places:
                continue
            m.label = "GPE"
        kept.append(m)
    return kept


def _countries_named(key: tuple[str, ...]) -> frozenset[str]:
    """The countries a place's name may stand for: those :func:`countries_in` knows ("UK" is
    Britain) and, for one word, the word itself, so an invented "Tavaria" counts too."""
    named, _ = countries_in(frozenset(key))
    return named | ({key[0]} if len(key) == 1 else set())


def _counted_nationals(mentions: Sequence[_Mention], docs: Sequence[Doc]) -> list[_Mention]:
    """Without a people's plural counted by a number: "seven Indians and two Ukrainians" says
    who is among a crew or the dead, and no group of them acts in the story. Uncounted, the
    plural stays a group ("Ukrainians queued for bread")."""
    return [m for m in mentions if not (m.label == "NORP" and _counted(docs[m.article], m.start))]


def _counted(doc: Doc, start: int) -> bool:
    tok = _token_at(doc, start)
    if tok is None or tok.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children)


def _peoples_as_places(mentions: Sequence[_Mention]) -> list[_Mention]:
    """A people's word for a country the comparison names, read as the writer meant it. Before a
    noun ("Chinese officials", "the Norlandic farmland") it says whose the thing is and names no
    actor; as a noun ("they do not trust the Chinese") it stands for the country, its people or
    its government, and so is the country's mention, not a second actor beside it. The model
    types such a word an organisation now and then ("a barrel of Velmoran oil"); before a noun
    it is read the same. Plurals ("Ukrainians") are people met one by one and stay a group of
    their own, unless counted (:func:`_counted_nationals`)."""
    places: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        if m.label in {"GPE", "ORG"} and not m.modifier:
            places.setdefault(m.key, Counter())[m.label] += 1
    countries = {key: _countries_named(key) for key in places}
    kept: list[_Mention] = []
    for m in mentions:
        matched = (
            [
                k
                for k, named in countries.items()
                if k != m.key and any(a_peoples_word_of(m.name, c) for c in named)
            ]
            if (m.label in {"NORP", "GPE"} or (m.label == "ORG" and m.modifier)) and len(m.key) == 1
            else []
        )
        if not matched:
            kept.append(m)
        elif not m.modifier:
            place = max(matched, key=lambda k: (places[k].total(), k))
            m.key, m.label, m.stands_for = place, places[place].most_common(1)[0][0], True
            kept.append(m)
    return kept


def _common_words_as_names(
    mentions: Sequence[_Mention], articles: Sequence[Article], docs: Sequence[Doc]
) -> list[_Mention]:
    """Without the one-word "people" the small model makes of a common noun opening a sentence
    ("Turnout rose to 61 percent", typed PERSON) where the comparison writes the word in lower
    case too ("as turnout climbs"). A person is kept (:func:`_a_person_by_the_text`), but not
    where the word opens a sentence as the thing itself: beside "Rice met the minister", "Rice
    prices rose" is the grain, not a second mention of her. A plural common noun opening a
    sentence, or the word before one, is dropped whatever the model typed it
    (:func:`_only_a_plural_noun_opening_sentences`)."""
    words: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if len(m.key) == 1:
            words.setdefault(m.key, []).append(m)
    surnames = {m.key[-1] for m in mentions if len(m.key) > 1 and m.label == "PERSON"}
    texts = [f"{a.title}\n{a.text}" for a in articles]
    dropped: set[int] = set()
    for key, found in words.items():
        if _only_a_plural_noun_opening_sentences(key, found, surnames, texts, docs):
            dropped |= {id(m) for m in found}
            continue
        if any(m.label != "PERSON" for m in found):
            continue
        opening = [m for m in found if _opens_a_sentence(docs[m.article], m.start)]
        if not opening:
            continue
        lower = re.compile(rf"(?<![\w-]){re.escape(found[0].name.lower())}(?![\w-])")
        if not any(lower.search(text) for text in texts):
            if _only_a_common_noun(key, found, opening, surnames, docs):
                dropped |= {id(m) for m in found}
            continue
        if _a_person_by_the_text(key, found, opening, surnames, texts, docs):
            dropped |= {id(m) for m in opening if _the_thing_itself(docs[m.article], m.start)}
        else:
            dropped |= {id(m) for m in found}
    return [m for m in mentions if id(m) not in dropped]


def _only_a_plural_noun_opening_sentences(
    key: tuple[str, ...],
    found: Sequence[_Mention],
    surnames: set[str],
    texts: Sequence[str],
    docs: Sequence[Doc],
) -> bool:
    """Whether a one-word "person" or "body" is only the capital a sentence opens with, on a
    plural common noun ("Neighbours said", "Residents complained", typed a body) or on the word
    before one ("Riot cops launched", typed a person). Nothing else says it is a name: it is
    never written with a capital inside a sentence, is no surname or first name of anyone in
    the comparison and has no descriptor ("Neighbours, the residents' group, said"), and the
    noun after it is no place's dwellers ("Kessford residents", :func:`_called_a_place`)."""
    if any(m.label not in {"PERSON", "ORG"} or m.descriptors or m.place_named for m in found):
        return False  # "Kessford residents were told": a town, named by its dwellers
    if key[0] in surnames or key[0] in _FIRST_NAMES:
        return False
    tokens = [_token_at(docs[m.article], m.start) for m in found]
    if not all(
        tok is not None and tok.is_sent_start and _a_plural_noun_or_on_one(tok) for tok in tokens
    ):
        return False
    inside = re.compile(rf"(?<=[a-z0-9,;:][^\S\n]){re.escape(found[0].name)}\b")
    return not any(inside.search(text) for text in texts)


def _a_plural_noun_or_on_one(tok: Token) -> bool:
    """ "Residents" (the tagger's plural common noun, a word with its own singular, or a plural
    for people, however tagged: "Neighbours") or "Riot" of "Riot cops" (a word on the
    lower-case plural for people right after it; "McDonald shares" are the firm's)."""
    if tok.tag_ == "NNS" and tok.lemma_.lower() != tok.lower_:
        return True
    if tok.lower_.endswith("s") and is_person_word(tok.lower_[:-1]):
        return True  # opening a paragraph, "Neighbours" may be tagged a proper noun
    head = tok.head
    return (
        tok.dep_ in {"compound", "amod", "nmod"}
        and head.i == tok.i + 1
        and head.tag_ == "NNS"
        and head.is_lower
        and is_person_noun(head)
    )


def _only_a_common_noun(
    key: tuple[str, ...],
    found: Sequence[_Mention],
    opening: Sequence[_Mention],
    surnames: set[str],
    docs: Sequence[Doc],
) -> bool:
    """Whether a one-word "person" the comparison never writes in lower case is a measure all the
    same: every mention opens a sentence as the subject of a share ("Turnout was 38 percent",
    "Turnout rose to 61 percent", typed PERSON in two outlets). No one is a percentage; a
    surname of someone in the comparison stays a person. So is a word the tagger reads as a
    common noun opening a sentence on the noun it qualifies ("Ferry services to the islands
    were running normally"): a name before a noun is tagged a proper one ("Smith family")."""
    if len(opening) != len(found) or key[-1] in surnames:
        return False
    tokens = [_token_at(docs[m.article], m.start) for m in found]
    return all(tok is not None and _a_share_or_a_common_noun(tok) for tok in tokens)


def _a_share_or_a_common_noun(tok: Token) -> bool:
    """:func:`_only_a_common_noun` for one mention's first token."""
    if tok.tag_ in {"NN", "NNS"} and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        return True
    if tok.dep_ not in SUBJECTS or tok.head.i == tok.i:
        return False
    return any(t.ent_type_ == "PERCENT" for t in tok.head.subtree if t.i != tok.i)


def _a_person_by_the_text(
    key: tuple[str, ...],
    found: Sequence[_Mention],
    opening: Sequence[_Mention],
    surnames: set[str],
    texts: Sequence[str],
    docs: Sequence[Doc],
) -> bool:
    """Whether a one-word name the comparison also writes in lower case is a person after all:
    someone in the comparison has it as a surname ("Theresa May" beside "May said"), it is a
    known first name, it is written inside a sentence, where capitals mean a name, or with a
    title ("Secretary Rice", "Ms Rice"), or it opens a sentence doing what only people do ("Rice
    met the minister", "Baker said"). "Turnout met expectations" is none of these."""
    if key[0] in surnames or key[0] in _FIRST_NAMES or len(opening) < len(found):
        return True
    # On one line, the dot only an abbreviation's: "said the mayor. Turnout rose" is no title.
    titled = re.compile(rf"\b(?i:{_TITLE_WORDS})[^\S\n]+{re.escape(found[0].name)}\b")
    if any(titled.search(text) for text in texts):
        return True
    return any(_acts_as_a_person(docs[m.article], m.start) for m in opening)


#: Every title and courtesy title, as one alternation for a search of the text, an
#: abbreviation with its dot ("Dr." as well as "Dr", but "mayor" never as "mayor.").
_TITLE_WORDS: Final = "|".join(sorted(map(re.escape, HONORIFICS | TITLES), key=len, reverse=True))


def _opens_a_sentence(doc: Doc, start: int) -> bool:
    tok = _token_at(doc, start)
    return tok is not None and bool(tok.is_sent_start)


def _the_thing_itself(doc: Doc, start: int) -> bool:
    """ "Rice prices rose": the word read as a common noun, before the noun it modifies."""
    tok = _token_at(doc, start)
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and tok.dep_ in {"compound", "amod", "nmod"}
        and tok.head.i > tok.i
    )
