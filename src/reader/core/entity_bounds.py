"""Where a name starts and ends inside the model's entity, and which kind its first words make it.

The model's entities often take in a title, an outlet's label, a saint's name, a possessive or the
street a building is on; cutting them at the name itself is what lets "President Xi" and "Xi" be
one key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.countries import a_country_adjective
from reader.core.entity_bylines import after_a_dateline
from reader.core.entity_names import _COMPANY_ONLY_ENDINGS, _TRADE_WORDS, NameOpenings
from reader.core.entity_records import _fold
from reader.core.entity_signs import _before_the_street
from reader.core.entity_words import (
    _BEFORE_A_PERSONS_NAME,
    _BODY_HEADS,
    _BUILDINGS,
    _INSTITUTIONS,
    _NEIGHBOURS_AND_RIVALS,
    _ROLES_BEFORE_NAMES,
    _STRIP_LEADING,
    HONORIFICS,
    TITLES,
    _dates,
    _wordset,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _entity_bounds(
    doc: Doc, ent: Span, kind: str, openings: NameOpenings
) -> tuple[int, int, int] | None:
    """Where the words of a model entity that can name an actor lie, as (floor, start, end):
    a dateline run into it cut off (``floor`` is where the story starts, 0 without one), and so
    are a possessive's owner or owned, leading articles and what follows a line break. None when
    what is left names nothing: a saint's name tagged apart from its church, or the story's
    first word tagged with the place it was filed from."""
    start, end = _saints_name_start(doc, ent.start), _saints_place_end(doc, ent.start, ent.end)
    if _the_saints_next(doc, end):
        return None  # "St Aidan's" before "Church", which takes the saint's name into its own
    filed = after_a_dateline(doc, start, end)
    if filed > start and end - filed == 1 and not _named_elsewhere(doc[filed], openings):
        return None  # "KELSWICK - Workers at ...": the story's first word, tagged with the place
    floor, start = (filed if filed > start else 0), filed
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"’s", "'s"}):
        end -= 1
    while start < end and (doc[start].lower_ in _STRIP_LEADING or doc[start].is_punct):
        start += 1
    for i in range(start, end):
        if doc[i].is_space or "\n" in doc[i].text:
            end = i  # a name never runs over a line break (headline into body)
            break
    end = _before_the_street(doc, start, end)
    end = _before_a_verb(doc, start, end)
    while end > start and doc[end - 1].text in _CLOSING_MARKS:
        end -= 1  # "a spokesman for Aldermoor Insurance.": the full stop ends the sentence
    for i in range(end - 1, start, -1):
        if doc[i].tag_ == "POS":
            if kind in {"ORG", "GPE"} and _possessive_in_name(doc, start, i):
                pass  # "The Sarn Valley Insurers' Group": the owner is part of the name
            elif kind in {"ORG", "GPE"}:
                start = i + 1  # "London’s Daily Telegraph": the name is the paper's
            else:
                end = i  # "Obama’s Afghan [policy]": the person is the owner
            break
    return floor, start, end


#: Marks the model takes into an entity that ends its sentence or clause, not its name.
_CLOSING_MARKS: Final = frozenset(".,;:!?")


def _before_a_verb(doc: Doc, start: int, end: int) -> int:
    """Where a name in tokens [start, end) ends when the model ran it into the verb after it:
    "The Corlis Department of Insurance fined Aldermoor" tags "... Insurance fined" one body.
    A name's words are capitalised; a verb written in lower case after the first word names
    nothing."""
    for i in range(start + 1, end):
        if doc[i].tag_.startswith("VB") and doc[i].text.islower():
            return i
    return end


def _name_start_and_label(
    doc: Doc, start: int, end: int, kind: str, article_index: int, openings: NameOpenings
) -> tuple[int, str] | None:
    """Where the name proper starts in tokens [start, end) and what it names, or None when
    nothing is left of it. Titles folded into the entity ("President Xi") and, for places,
    evaluative adjectives ("Communist China") become descriptors; the name is what remains."""
    if _a_title_after_the(doc, start, end):
        return None
    if _a_title_opening_a_bodys_name(doc, start, end):
        return start, "ORG"  # "Professor Finance Group": the title word is the body's
    if kind == "PERSON" and _a_neighbour_or_rival_named(doc, start, end):
        return start + 1, "GPE"  # "Neighbouring Almark sent 40 rescuers": a country
    name_start = start
    while (
        name_start < end - 1
        and (
            doc[name_start].lower_ in HONORIFICS
            or doc[name_start].lower_ in TITLES
            or (
                kind in {"GPE", "ORG"}
                and doc[name_start].pos_ == "ADJ"
                and not _modifies_a_word_inside(doc, name_start, end)
            )
        )
        # "Justice Department", "Defense Ministry": the first word names the body, not a title
        and not (end - name_start == 2 and doc[end - 1].lower_ in _INSTITUTIONS)
        and not _title_in_a_bodys_name(doc, name_start, end, kind)
    ):
        name_start += 1
    if _a_role_before_a_full_name(doc, name_start, end, openings) and not (
        kind == "ORG" and doc[end - 1].lower_ in _BODY_HEADS | _COMPANY_ONLY_ENDINGS
    ):
        name_start += 1  # "Grandmother Joan Pike": who she is, not her name
    if (
        kind in {"PERSON", "ORG"}
        and end - name_start >= 2
        and openings.label_on(doc[name_start], doc[end - 1], article_index, kind)
    ):
        name_start += 1  # "Hardline Netanyahu": the outlet's label, a descriptor
    if name_start >= end:
        return None
    label = kind
    if label in {"ORG", "GPE"}:
        # "County Executive Maria Benning" read as one organisation: a title inside the entity
        # followed by a short capitalised name is a person with their title. After "of" the
        # word is a body's field: "the Ministry of Foreign Affairs" names no one.
        for j in range(end - 2, name_start - 1, -1):
            tail = doc[j + 1 : end]
            if (
                doc[j].lower_ in TITLES | HONORIFICS
                and not (j > name_start and doc[j - 1].lower_ == "of")
                and len(tail) <= 3
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)
                and tail[-1].lower_ not in _INSTITUTIONS | _BODY_HEADS | _BUILDINGS
            ):
                name_start, label = j + 1, "PERSON"
                break
        if _an_honorific_before(doc, start, name_start, end):
            label = "PERSON"
    elif label == "PERSON" and _ends_in_a_companys_word(doc, name_start, end):
        label = "ORG"
    elif label == "PERSON" and _ends_in_a_towns_word(doc, name_start, end):
        label = "GPE"
    return name_start, label


def _a_title_after_the(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are one title word after "the": "the Spokesman said", as a
    state agency capitalises its officials' titles. The office is written, not a name; who
    holds it is for the references to people already named (``title_references``)."""
    return (
        end - start == 1
        and start > 0
        and doc[start].lower_ in TITLES
        and doc[start - 1].lower_ == "the"
    )


def _modifies_a_word_inside(doc: Doc, i: int, end: int) -> bool:
    """Whether the word at token ``i`` modifies a word of the name before its last one: in
    "Direct Action Everywhere" the adjective says what kind of action, so it is a word of the
    group's name; in "Communist China" it describes the whole name, the way an outlet labels
    an actor, and becomes a descriptor."""
    head = doc[i].head
    return i < head.i < end - 1


def _a_neighbour_or_rival_named(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a word like "Neighbouring" or "Rival" before one name.
    A person in the news is named in full, so the one word left names a place (or a rival
    that stands for one); with more words left ("Rival Jan Novak") it may be a person's."""
    return end - start == 2 and doc[start].lower_ in _NEIGHBOURS_AND_RIVALS


#: Words a town's name ends in that end no one's name: "Carlow Falls", "Colorado Springs",
#: "Lakeside Heights". "Hills", "Park" and "Creek" are surnames too, so they are not here.
_TOWN_ENDINGS: Final = _wordset("falls springs heights")


def _ends_in_a_towns_word(doc: Doc, name_start: int, end: int) -> bool:
    """Whether the name in tokens [name_start, end), two words or more, ends in a word only a
    town's name ends in (:data:`_TOWN_ENDINGS`): the small model types "a processing centre in
    Carlow Falls" a person, though no one's surname is "Falls"."""
    last = doc[end - 1]
    return end - name_start >= 2 and last.is_title and last.lower_ in _TOWN_ENDINGS


def _ends_in_a_companys_word(doc: Doc, name_start: int, end: int) -> bool:
    """Whether the name in tokens [name_start, end), two words or more, ends in a word only a
    company's name ends in (:data:`_COMPANY_ONLY_ENDINGS`): the small model types "Caldmoor
    Connect" or "Talvik Systems" a person, though no one's surname is a firm's word."""
    last = doc[end - 1]
    return end - name_start >= 2 and last.is_title and last.lower_ in _COMPANY_ONLY_ENDINGS


def _a_word_on_another(
    doc: Doc, name_start: int, end: int, label: str, openings: NameOpenings
) -> bool:
    """Whether the name in tokens [name_start, end) is a word that describes or opens something
    else, not an actor's name: "French" in "French officials", "Hardline" in "Hardline union
    boss", a capitalised common noun opening a sentence ("Councillors backed ...")."""
    root = doc[name_start:end].root
    if (
        label == "NORP"
        and root.dep_ in {"amod", "compound"}
        and root.pos_ != "NOUN"
        and not _a_companys_first_word(doc, name_start, end, openings)
    ):
        return True
    if label not in {"ORG", "GPE"} or end - name_start != 1:
        return False
    if root.pos_ == "ADJ" and root.dep_ == "amod" and root.head.i >= end:
        return True  # a word on the noun after it, typed a body
    only = doc[name_start]
    return (
        only.pos_ == "NOUN"
        and not only.text.isupper()
        # '"...," Reyes said', which the model reads as a noun: a person's surname.
        and _fold(only.text) not in openings.people
        # "Brannock said" beside "Brannock Foods": the firm's first word, read as a noun.
        and _fold(only.text) not in openings.companies
        # "thanked Calderra", read as a noun: capitalised mid-sentence somewhere, so a name.
        and _fold(only.text) not in openings.capitalised
    )


def _named_elsewhere(tok: Token, openings: NameOpenings) -> bool:
    """Whether the word is a person's surname or a company's first word in the comparison."""
    word = _fold(tok.text)
    return word in openings.people or word in openings.companies


def _a_companys_first_word(doc: Doc, name_start: int, end: int, openings: NameOpenings) -> bool:
    """Whether the one word in [name_start, end), which the model typed a people's, opens a
    company's name and names no people: "Corvid shares rose" beside "Corvid Paper Group"."""
    word = doc[name_start].text
    one = end - name_start == 1
    return one and _fold(word) in openings.companies and not a_country_adjective(word)


def _title_in_a_bodys_name(doc: Doc, name_start: int, end: int, kind: str) -> bool:
    """Whether the title word at ``name_start`` opens an organisation's name that ends in a
    word for a body: "General Metal Workers' Union", "Foreign Relations Committee". Cut off,
    the title would read as the outlet's description of a body called "Metal Workers' Union"."""
    return (
        kind == "ORG"
        and doc[name_start].lower_ in TITLES
        and doc[end - 1].lower_ in _BODY_HEADS
        and all(t.text[:1].isupper() for t in doc[name_start:end] if t.is_alpha)
    )


#: Last words of a body's name: "Volunteer Fire Brigade", "Doctor Care Holdings".
_BODY_NAME_ENDINGS: Final = _wordset(
    "brigade service group holdings ltd ltd. inc inc. foundation trust council committee "
    "association union society hospital school university college"
)


def _a_firms_own_name_before_its_trade(doc: Doc, start: int, end: int) -> bool:
    """Whether the model tagged only the trade word of a company's name, token ``start``, and
    left out the firm's own name just before it: it reads "Talvik Software will cut" as a
    person called "Software" whom "Talvik" describes. The word before must be an untagged
    capitalised proper noun that qualifies the trade word, as a name's first word does."""
    trade, before = doc[start], doc[start - 1]
    return (
        end - start == 1
        and trade.lower_ in _TRADE_WORDS
        and trade.is_title
        and before.ent_iob_ == "O"
        and before.pos_ == "PROPN"
        and before.is_title
        and before.dep_ == "compound"
        and before.head.i == start
    )


def _a_title_opening_a_bodys_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a body's name that a title or a role word opens: the
    small model reads "Volunteer Fire Brigade" as a volunteer called "Fire Brigade", and leaves
    "Doctor" out of "Doctor Care Holdings", which then reads as a doctor's name."""
    words = doc[start:end]
    return (
        len(words) >= 2
        and words[-1].lower_ in _BODY_NAME_ENDINGS
        and (words[0].lower_ in TITLES or _a_title_word(words[0]))
        and all(t.is_title for t in words if t.is_alpha)
    )


def _an_honorific_before(doc: Doc, start: int, name_start: int, end: int) -> bool:
    """ "Dr Ines Marlow", which the small model may type an organisation: a courtesy title
    before a first name and a surname is only ever a person's. One word after it ("Miss
    America") may be a body's or a contest's name, and stays what the model made it."""
    titled = any(doc[i].lower_ in HONORIFICS for i in range(start, name_start)) or (
        start > 0 and doc[start - 1].lower_ in HONORIFICS
    )
    tail = doc[name_start:end]
    return (
        titled
        and 2 <= len(tail) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)
        and tail[-1].lower_ not in _BODY_HEADS
    )


def _a_role_before_a_full_name(doc: Doc, name_start: int, end: int, openings: NameOpenings) -> bool:
    """Whether the name opens with a family or work noun (:data:`_ROLES_BEFORE_NAMES`) before a
    first name and a surname: "Grandmother Joan Pike". Before one word it is the name itself
    ("Mother Teresa", "Patient Zero"), which cut became "Teresa", described as "Mother", unless
    the word is the surname of a person the comparison names with a first name: "Nurse Cole"
    beside "Nurse Ada Cole"."""
    if doc[name_start].lower_ not in _ROLES_BEFORE_NAMES:
        return False
    if end - name_start >= 3:
        return True
    written = openings.firsts.get(_fold(doc[end - 1].text), {})
    return end - name_start == 2 and any(w not in _BEFORE_A_PERSONS_NAME for w in written)


def _a_title_word(tok: Token) -> bool:
    """A courtesy title ("Dr", "dr."), or a role or an office capitalised as a title is
    ("Nurse", "Judge"): "nurse" in lower case is a noun, "Nurses" a group of them."""
    low = tok.lower_
    return low in HONORIFICS or (tok.is_title and low in _BEFORE_A_PERSONS_NAME)


#: Nouns for what parties sign; a place's name before one names the agreement.
_SIGNED: Final = _wordset("agreement agreements accord accords protocol protocols treaty treaties")
#: Nouns for where parties meet, which name it only right after the name: "the Oslo process", but
#: "the Senate confirmation process" is the Senate's.
_MET_IN: Final = _wordset("talks format process")
_AGREEMENTS: Final = _SIGNED | _MET_IN


def _names_an_agreement(doc: Doc, name_start: int, end: int) -> bool:
    """Whether the name in tokens [name_start, end) names an agreement rather than an actor: "the
    Minsk agreements", "the Normandy format", "the Paris climate accord" (where it was signed or
    held), or "the Abraham Accords" whole. The small model types such a city an organisation,
    which listed Minsk beside the parties to the agreements. An acronym before the word is a
    party ("the IMF agreement", "the EU treaty") and stays."""
    if doc[end - 1].lower_ in _AGREEMENTS:
        return True
    root = doc[name_start:end].root
    letters = doc[name_start:end].text.replace(".", "")
    head = root.head
    return (
        root.dep_ in {"compound", "nmod", "amod"}
        and head.i >= end
        and (head.lower_ in _SIGNED or (head.i == end and head.lower_ in _MET_IN))
        and not (letters.isalpha() and letters.isupper())
    )


def _the_states(doc: Doc, name_start: int, end: int) -> bool:
    """ "Back in the States", "the States and Europe": "States" alone after "the", which is the
    United States where the comparison names it
    (:func:`reader.core.entity_retyping._the_states_as_named`). A word before it ("the Gulf States",
    "the Baltic States"), or an "of" or a name after it ("the States of Jersey", "the States
    Assembly"), makes it another name."""
    after = doc[end] if end < len(doc) else None
    return (
        end - name_start == 1
        and doc[name_start].text == "States"
        and name_start > 0
        and doc[name_start - 1].lower_ == "the"
        and not (after is not None and (after.lower_ == "of" or _a_name_word(after)))
    )


def _a_name_word(tok: Token) -> bool:
    """A capitalised word that goes on a name, not a date's ("Assembly", not "Monday")."""
    return tok.pos_ == "PROPN" and tok.is_title and not _dates(tok)


_SAINT: Final = _wordset("st st. saint")


def _saints_name_start(doc: Doc, start: int) -> int:
    """Where a name starts that a saint's name opens: the model tags "St Brendan's" apart from
    "Hospice on Mill Road", but the hospice is St Brendan's and the saint describes nothing."""
    if (
        start >= 3
        and doc[start - 1].tag_ == "POS"
        and doc[start - 2].pos_ == "PROPN"
        and doc[start - 3].lower_ in _SAINT
    ):
        return start - 3
    return start


def _saints_place_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that the model cut after a saint's possessive: it tags "St Brendan's"
    and leaves "Hospital" out, which listed a body called "St Brendan". The capitalised words
    that follow are the name of what is the saint's."""
    if not (
        end - start >= 3
        and doc[end - 1].tag_ == "POS"
        and doc[end - 2].pos_ == "PROPN"
        and doc[end - 3].lower_ in _SAINT
    ):
        return end
    while end < len(doc) and _a_name_word(doc[end]) and not doc[end].ent_type_:
        end += 1
    return end


def _the_saints_next(doc: Doc, end: int) -> bool:
    """Whether the model's next entity starts at ``end`` and names what is the saint's before it
    (:func:`_saints_name_start`): "St Aidan's" tagged apart from "Church" is its first words."""
    return end < len(doc) and doc[end].ent_iob_ == "B" and _saints_name_start(doc, end) < end


#: Plurals that take "'s" ("Sportsmen's Club", "Children's Society").
_IRREGULAR_PLURALS: Final = ("men", "people", "children")


def _possessive_in_name(doc: Doc, ent_start: int, pos: int) -> bool:
    """Whether the possessive at ``pos`` is inside an organisation's name rather than its owner.

    "London’s Daily Telegraph" is London's paper, but "The Sarn Valley Insurers' Group" and "the
    Lakeland Sportsmen's Club" are names: the owner is a plural (a group of members, not a place
    or a person), or "the" stands before it, which no place or person takes ("the London's").
    A saint's ("St Brendan's Hospice") names the place after the saint, who owns nothing."""
    owner = doc[pos - 1]
    if pos - 1 < ent_start or not owner.text[:1].isupper():
        return False
    if pos - 2 >= ent_start and doc[pos - 2].lower_ in _SAINT:
        return True
    plural = (
        doc[pos].text in {"'", "’"}
        or owner.tag_ == "NNPS"
        or owner.lower_.endswith(_IRREGULAR_PLURALS)
    )
    before = doc[ent_start - 1].lower_ if ent_start > 0 else ""
    return plural or "the" in {doc[ent_start].lower_, before}
