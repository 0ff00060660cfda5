"""Signs in the sentence around a name of what it names: a place, a street, a thing or a person.

The small model types many names wrongly ("Kellmarsh residents" as a person, "Ford said its sales
fell" as a person, "Mill Lane" as a person); the words around a mention tell which it is, and
these tests read them from the parse without re-parsing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.entity_words import (
    _BODY_HEADS,
    _BUILDINGS,
    _ROLES_BEFORE_NAMES,
    HONORIFICS,
    TITLES,
    _wordset,
    is_person_noun,
)
from reader.core.speech_verbs import SPEECH_LEMMAS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Last words of a street's name: "Garner Avenue", "Mill Lane". The model types streets
#: organisations as often as it types them buildings (``FAC``, which are no actors).
_STREETS: Final = _wordset("avenue street road lane boulevard drive square way place")
#: Those of them that are also surnames ("Lois Lane", "Ellen Way"): a name the model typed a
#: person's and ending in one of them is left a person's.
_STREETS_AND_SURNAMES: Final = _wordset("lane drive square way place")


def _a_streets_name(name: str, key: tuple[str, ...], label: str) -> bool:
    """Whether a name of two words or more is a street's, by its last word (:data:`_STREETS`).
    A body's name the model runs on into its street ("St Brendan's Hospice on Mill Road") is
    the body's."""
    if len(key) < 2 or key[-1] not in _STREETS:
        return False
    if not all(w[:1].isupper() for w in name.split()) or set(key) & (_BODY_HEADS | _BUILDINGS):
        return False
    return label != "PERSON" or key[-1] not in _STREETS_AND_SURNAMES


#: Words before a street's name that say where: "residents of Mill Lane", "a house on Elm
#: Street", "families along Mill Lane".
_BEFORE_A_STREET: Final = _wordset("of on in along")
_HE_OR_SHE: Final = _wordset("he she")


def _a_street_typed_a_person(name: str, key: tuple[str, ...], label: str) -> bool:
    """Whether the model typed a person's a name shaped like a street's whose last word is a
    surname too ("Mill Lane", "Lois Lane"): :func:`_a_streets_name` leaves it a person's."""
    return (
        label == "PERSON"
        and len(key) > 1
        and key[-1] in _STREETS_AND_SURNAMES
        and _a_streets_name(name, key, "LOC")
    )


def _after_a_streets_preposition(root: Token) -> bool:
    """ "of Mill Lane", "along Mill Lane": written where a street would be, as a person may be
    too ("the husband of Ellen Way"), which
    :func:`reader.core.entity_misreads._streets_typed_as_people` tells apart."""
    return root.dep_ == "pobj" and root.head.lower_ in _BEFORE_A_STREET


def _titled(doc: Doc, name_start: int) -> bool:
    """Whether a title or an honorific stands right before the name: "Ms Mill Lane"."""
    if name_start == 0:
        return False
    before = doc[name_start - 1].lower_
    return before in HONORIFICS or before in TITLES


def _he_or_she_after(doc: Doc, end: int) -> bool:
    """Whether "he" or "she" follows the name in its sentence: "Lois Lane said she saw it"."""
    return any(t.lower_ in _HE_OR_SHE for t in doc[end : doc[end - 1].sent.end])


#: Words that set a body on its street: "St Brendan's Hospice on Mill Road".
_ON_A_STREET: Final = _wordset("on in at along")


def _before_the_street(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends that the model ran on into its street: "St Brendan's Hospice on
    Mill Road" is the hospice, on the road, and was listed under the road's name too."""
    if end - start < 4 or doc[end - 1].lower_ not in _STREETS:
        return end
    for i in range(start + 1, end - 2):
        if doc[i].lower_ in _ON_A_STREET and doc[i - 1].lower_ in _BODY_HEADS | _BUILDINGS:
            return i
    return end


def _reads_as_place(root: Token) -> bool:
    """ "in Kyiv", "at Jeddah", or coordinated with a place ("Kyiv and Moscow")."""
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near"}:
        return True
    return _beside_a_place(root)


#: Prepositions written before a place and not before a company's name: one holds "a stake in"
#: a firm and works "at" it, but crowds gather "outside" a town and floods spread "across" it.
_AROUND_A_PLACE: Final = _wordset("outside around across throughout beyond")


def _around_a_place(root: Token) -> bool:
    """ "outside Kessford", "across Kessford": written where only a place is."""
    return root.dep_ == "pobj" and root.head.lower_ in _AROUND_A_PLACE


def _after_at(root: Token) -> bool:
    """ "at Jeddah", "workers at Brannock": where someone is, or whom they work for."""
    return root.dep_ == "pobj" and root.head.lower_ == "at"


def _beside_a_place(root: Token) -> bool:
    """Coordinated with a name the model types a place: "Kyiv and Moscow"."""
    linked = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        linked.append(root.head)
    return any(t.ent_type_ in {"GPE", "LOC"} for t in linked)


def _owns_what_a_place_has(root: Token) -> bool:
    """Whether the name ending in ``root`` is followed, as the owner or a modifier, by what only a
    place has (:data:`_ONLY_A_PLACE_HAS`). The small model types such a country an organisation
    ("Norland's Prime Minister" listed Norland as one), though a company has no prime minister."""
    if root.dep_ not in {"compound", "poss", "nmod"}:
        return False
    after = [t.lower_ for t in root.doc[root.i + 1 : root.i + 4] if t.tag_ != "POS"]
    if root.dep_ == "poss" and (_owns_a_ministry(after) or _owns_a_fields_regulator(root)):
        return True
    return any(tuple(after[: len(words)]) == words for words in _ONLY_A_PLACE_HAS)


def _owns_a_ministry(after: list[str]) -> bool:
    """ "Velmark's culture ministry", "Tavaria's ministry": a government's department, which no
    person owns. Only as a possessive: "Hamas Health Ministry" names a group's own body. A
    ministry named after the building it works in ("Pike's prison ministry", "a hospital
    ministry") is a church's or a charity's work there: a government names its departments
    after a field, never after one prison. So is one named after the people it serves
    (:data:`_FLOCKS`: "Pike's youth ministry", "her children's ministry"), which a government
    calls a ministry of youth, or of children, with the country's name, not as its owner's."""
    return after[:1] == ["ministry"] or (
        len(after) > 1
        and after[1] == "ministry"
        and after[0].isalpha()
        and after[0] not in _BUILDINGS | _FLOCKS
    )


#: Those a church's ministry serves, which name it: "youth ministry", "children's ministry".
_FLOCKS: Final = frozenset({"youth", "children", "student", "students", "campus", "women", "men"})


def _owns_a_fields_regulator(root: Token) -> bool:
    """ "Halvenia's energy regulator": the regulator of a field, named by a noun ("energy",
    "banking", "media"), is a country's office. A company answers to a regulator and calls it
    its own without a field ("Barclays' regulator"): what it is regulated for is the company's
    trade, so a field before the noun is the sign that the owner is a country, not a firm."""
    owned = root.head
    if owned.lemma_.lower() != "regulator" or owned.i <= root.i:
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i > root.i
        for c in owned.children
    )


#: How far after a name "its" may be and still be read as standing for it.
_IT_REACH: Final = 6


def _called_it(doc: Doc, end: int) -> bool:
    """ "Ford said its sales fell": an "its" soon after the name, with no other noun between to
    stand for, says the name is a company or a body, not a person."""
    for tok in doc[end : min(end + _IT_REACH, len(doc))]:
        if tok.lower_ == "its":
            return True
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} or tok.is_sent_start:
            return False
    return False


def _which_after(doc: Doc, root: Token, end: int) -> bool:
    """ "Greyline Terminals, which runs the port": a relative clause opened by "which" right after
    the name is the writer's own word that it is a thing, as "who" would be that it is a person.
    Not after a name hung on a thing by a preposition ("a letter from Tomas Reyes, which called
    the plan reckless"): the "which" may be the thing's, and the parser hangs it on the name
    all the same. Hung on people ("workers at Greyline Terminals, which ..."), it is the
    name's, as "which" is never said of people."""
    after = doc[end : end + 2]
    if not (len(after) == 2 and after[0].text == "," and after[1].lower_ == "which"):
        return False
    return not _hung_on_a_thing(root)


def _hung_on_a_thing(root: Token) -> bool:
    """Whether the name is the object of a preposition on a common noun for no person: "a
    letter from ...", "a report by ..."."""
    if root.dep_ != "pobj":
        return False
    owner = root.head.head
    return owner.pos_ == "NOUN" and not is_person_noun(owner)


#: Nouns that say the name after "of" or before them is a place: "the town of Millbridge", "the
#: Riverside district".
_PLACE_NOUNS: Final = _wordset(
    "town city village hamlet county borough district suburb region province state country "
    "island port municipality parish township"
    # The land's own features: "the Sarn valley", "the Dorn river".
    " valley river lake bay coast estuary delta basin peninsula"
)
#: Ways across or around that are named after the place they serve: "the Brannock ferry",
#: "the Kellerby bridge", "the Hallowby bypass". A firm is seldom written so.
_CROSSINGS: Final = _wordset("ferry crossing bridge tunnel bypass")
#: Sites named after the place they stand in, written after the name: "the Tessen camp", "the
#: Kessel base", "the Orra compound". Only before them: "the camp of" or "the base of" a
#: name is whose camp or base it is, not where.
_SITES: Final = _wordset("camp base compound")
#: Nouns for the people who live somewhere: "Millbridge residents", "residents of Millbridge".
_DWELLERS: Final = _wordset("resident inhabitant villager townspeople townsfolk homeowner")
#: Words that place something by a name after "of": "south of Millbridge", "the outskirts of
#: Dorn". Only a place has a south or outskirts.
_SIDES: Final = _wordset("north south east west northeast northwest southeast southwest outskirts")


#: Who a town elects, written "the mayor of Dunmarrow", "voters of Dunmarrow". A party has a
#: mayor and voters too, but they are not written "of" it.
_ELECTED_BY_A_PLACE: Final = _wordset("mayor mayoralty voter electorate")
#: Prepositions that spread something over a place: "across Dunmarrow", where "in" is also how
#: one writes "a stake in Tesla".
_ACROSS: Final = _wordset("across throughout")


#: What only a country, a state or a province has, written right after its name: "the Lakeland
#: legislature", "Norland's Prime Minister", "Quebec's premier", "Halvenia's central bank".
_ONLY_A_PLACE_HAS: Final = (
    ("legislature",),
    ("state", "legislature"),
    ("prime", "minister"),
    ("premier",),
    ("central", "bank"),
)


def _called_a_place(root: Token) -> bool:
    """ "The town of Millbridge", "Millbridge residents", "residents of Millbridge", "the
    Riverside district", "the Brannock ferry", "the Tessen camp", "south of Millbridge",
    "Norland's Prime Minister": the writer says the name is a place. Unlike "in Millbridge",
    which is also how one writes "a stake in Tesla" or "a seat in Congress", these leave no
    doubt."""
    if _owns_what_a_place_has(root):
        return True
    head = root.head
    if root.dep_ in {"compound", "poss", "nmod"} and head.i > root.i:
        kind = head.lemma_.lower()
        if kind in _DWELLERS or (root.dep_ == "compound" and kind in _PLACE_NOUNS | _CROSSINGS):
            return True
    if _before_a_site(root):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        owner = head.head.lemma_.lower()
        return owner in _PLACE_NOUNS | _DWELLERS | _SIDES | _ELECTED_BY_A_PLACE
    if root.dep_ == "pobj" and head.lower_ in _ACROSS:
        return True
    if _premises_in(root):
        return True
    return _ranked_after(root) in _PLACE_NOUNS


def _before_a_site(root: Token) -> bool:
    """ "The Tessen camp", "the Kessel base", "the Orra compound", "the Selbrek district
    hospital": the name is written right before a site or an area named after it. Read from
    the word order, as the small model may hang the name on the next noun ("The Tessen camp
    shelters ..." parsed as a compound of "shelters"). "The Marsh camp" is a campaign's when
    "Helena Marsh" is named in the same text: a surname stays a person's."""
    doc = root.doc
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if after is None or after.lower_ not in _SITES | _AREAS or root.dep_ != "compound":
        return False
    return not any(
        t.i != root.i and t.text == root.text and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
        for t in doc
    )


#: Areas written after a name, besides the sites: "the Tessen village", "the Selbrek district".
_AREAS: Final = _wordset("village district")


#: Premises a body keeps somewhere: "its office in Pelling", "a plant in Velsk", "the
#: laboratory in Brevik", and the buildings people work in or are served at ("the hospital in
#: Dorn"). Nothing is a laboratory in a company.
_PREMISES: Final = _BUILDINGS | _wordset(
    "office plant factory site centre center headquarters warehouse depot branch store shop "
    "mill works campus base laboratory lab"
)


def _premises_in(root: Token) -> bool:
    """ "at its office in Pelling": premises are in a place, where "a stake in Tesla" or "a seat
    in Congress" are in a company or a body. The small model types such a town an organisation.
    The premises are read from the word order too, as the parser may hang "in Brevik" of
    "analysed at the laboratory in Brevik" on the verb."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "in" or head.i == 0:
        return False
    return any(
        noun.i < head.i and noun.pos_ == "NOUN" and noun.lemma_.lower() in _PREMISES
        for noun in (head.head, root.doc[head.i - 1])
    )


#: Words that rank one by the ones before it: "the third province to pass it, after Oster".
_RANKED_BY: Final = _wordset("after behind following")
_RANKS: Final = _wordset("latest last next")


def _ranked_after(root: Token) -> str:
    """The noun a name is ranked among, lower case, or "": in "Marren is the third province to
    pass such a law, after Oster and Vale", Oster and Vale are provinces that passed it first.
    The small model typed Oster a person."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in _RANKED_BY:
        return ""
    kind = tok.head.head
    if kind.dep_ in {"relcl", "acl"}:
        kind = kind.head  # "the third province to pass it, after ..."
    elif kind.lemma_ in {"be", "become"}:
        # "Dorn became the second city to ban cars, after Harlow."
        kind = next((c for c in kind.children if c.dep_ == "attr"), kind)
    ranked = any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in _RANKS) for c in kind.children
    )
    return kind.lemma_.lower() if ranked and kind.pos_ == "NOUN" else ""


#: A local government's nouns, which a place's name goes before: "the Tolmere council", "the Dorn
#: county board"; and the seat a place elects ("the Brannock seat", "the Dorn constituency"). A
#: party's name goes there too ("the Labour council", "the Labour seat"):
#: :func:`reader.core.entity_retyping._councils_of_places` tells them apart. No "town hall": "a
#: Biden town hall" is a meeting, and "a Fox town hall" a broadcast of one.
_LOCAL_GOVERNMENT: Final = (
    ("council",),
    ("county", "council"),
    ("county", "board"),
    ("city", "council"),
    ("town", "council"),
    ("borough", "council"),
    ("district", "council"),
    ("assembly",),
    ("municipality",),
    ("district",),
    ("seat",),
    ("constituency",),
)
#: Nouns of a local government that, set before another noun, name a thing of a firm's: "the
#: Ford assembly plant", "the Boeing assembly line".
_MADE_THINGS: Final = _wordset("assembly")


def _before_a_council(doc: Doc, end: int) -> bool:
    """Whether a local government's noun (:data:`_LOCAL_GOVERNMENT`) follows the name ending at
    token ``end``, in lower case: "Tolmere City Council" is one name of its own."""
    after = list(doc[end : end + 2])
    texts = tuple(t.text for t in after)
    return any(
        texts[: len(words)] == words and not _a_made_thing(after[len(words) - 1])
        for words in _LOCAL_GOVERNMENT
    )


#: What a name owns or modifies that says it is governed as a town is: "Dunmarrow's mayor",
#: "Dunmarrow's council", "Dunmarrow voters", "Dunmarrow's mayoral election". A party is written so
#: too ("Labour's mayor"): :func:`reader.core.entity_retyping._councils_of_places` tells them apart.
_LOCAL_OFFICES: Final = _wordset("mayor council voter")
_LOCAL_OFFICE_ADJECTIVES: Final = _wordset("mayoral")


def _owns_a_local_office(root: Token) -> bool:
    """Whether the name ending in ``root`` owns or modifies a town's office or its voters
    (:data:`_LOCAL_OFFICES`), where :func:`_before_a_council` finds no council right after it."""
    head = root.head
    if root.dep_ not in {"poss", "compound"} or head.i <= root.i:
        return False
    return head.lemma_.lower() in _LOCAL_OFFICES or any(
        c.dep_ == "amod" and c.lower_ in _LOCAL_OFFICE_ADJECTIVES for c in head.children
    )


def _a_made_thing(noun: Token) -> bool:
    """ "assembly" set before the noun it modifies: "the Ford assembly plant" is no assembly."""
    return noun.lower_ in _MADE_THINGS and noun.dep_ == "compound" and noun.head.i > noun.i


#: Verbs of meeting that, with a person or a body as their object, want a person as subject:
#: "Rice met the minister", where "Turnout met expectations" is a thing.
_MEETING_LEMMAS: Final = _wordset(
    "meet visit greet host welcome phone telephone thank congratulate brief invite"
)


def _token_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return None if span is None else span[0]


def _acts_as_a_person(doc: Doc, start: int) -> bool:
    """The word at ``start`` is the subject of a verb of speaking ("Baker said"), or of meeting
    someone ("Rice met the minister", "Rice met with Lavrov")."""
    tok = _token_at(doc, start)
    if tok is None or tok.dep_ not in SUBJECTS:
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_LEMMAS:
        return True
    if lemma not in _MEETING_LEMMAS:
        return False
    met = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_someone(t) for t in met)


def _someone(tok: Token) -> bool:
    """A person or a body of them: "the minister", "Lavrov", "officials"."""
    return tok.ent_type_ in {"PERSON", "ORG", "NORP"} or (
        tok.pos_ == "NOUN" and is_person_noun(tok)
    )


#: People news copy places by where they come from: "a driver from Tesk", "a nurse from Carlow".
#: Nouns for who speaks for a body ("a spokesman from Halden", "an analyst from Korvin") are
#: left out: what follows their "from" is as often a company.
_FROM_A_PLACE: Final = _ROLES_BEFORE_NAMES | _wordset(
    "driver motorist passenger commuter cyclist pedestrian resident villager local native "
    "man woman boy girl couple mother father"
)


def _from_a_place(root: Token) -> bool:
    """ "a driver from Tesk", "a nurse from Carlow": a name after "from" that follows a noun for
    a person names where the person comes from. "A letter from Smith" names who sent it."""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    person = root.head.head
    return person.pos_ == "NOUN" and person.lemma_.lower() in _FROM_A_PLACE


#: Nouns for a car's body or a product's range after its model's name: "the Corsa estate", "the
#: Vantor saloon", "Tarrow models", and for the craft and devices a model's name is set before:
#: "its Skyreach rocket", "the Kestrel drone", "a Vanta handset".
_PRODUCT_NOUNS: Final = _wordset(
    "estate hatchback saloon sedan coupe convertible cabriolet pickup minivan suv model "
    "rocket missile jet airliner aircraft plane drone satellite spacecraft launcher booster "
    "helicopter submarine smartphone handset laptop chatbot"
)


def _names_a_product(root: Token) -> bool:
    """ "The Corsa estate", "the Vantor saloon", "Tarrow models": a one-word name set before a
    car's body or a product's range names the model, which does nothing a person does."""
    head = root.head
    return (
        root.dep_ == "compound"
        and head.i == root.i + 1
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _PRODUCT_NOUNS
    )


#: A nation's side, its governing body or its envoys, which a name set before them says is a
#: country's: "the Wessary team", "the Norland side", "the Norland government", "the Tavarian
#: delegation".
_A_NATIONS_NOUNS: Final = _wordset("team squad side federation government delegation embassy")
#: Sports and events a nation's side is named by, which may stand between the name and its
#: noun ("the Norland relay squad", "the Tavrek football team"); any other noun between makes
#: the side someone's ("the Warren campaign team").
_SPORTS: Final = _wordset(
    "football soccer rugby cricket hockey basketball baseball volleyball handball netball polo"
    " tennis golf athletics track relay swimming diving rowing cycling skiing biathlon boxing"
    " wrestling judo fencing sailing gymnastics chess olympic davis ryder"
)


def _before_a_nations_noun(root: Token) -> bool:
    """ "The Norland team", "the Norland relay squad": a one-word name set before a nation's noun
    (:data:`_A_NATIONS_NOUNS`), directly or through the names of sports between them
    (:data:`_SPORTS`). Any other noun between makes it someone's side ("the Tavrek campaign
    team", "the Warren campaign field team"). Only as a compound: "Smith's team" is as often a
    coach's or a lawyer's, a possessive being how a person owns one."""
    noun = root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun is root or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _A_NATIONS_NOUNS:
        return False
    between = root.doc[root.i + 1 : noun.i]
    return all(word.lower_ in _SPORTS for word in between)


#: The lie of the land a place's name goes before, in lower case: "the Sellak highlands", "the
#: Sarn valley", "the Selbrek district", "the Kavo delta", "the Haldor oil field".
_LANDFORMS: Final = _wordset(
    "highland mountain valley hill plain coast delta basin region province district field"
)


def _before_a_landform(root: Token) -> bool:
    """ "The Sellak highlands", "the Sarn valley": a name set before a landform's or a region's
    noun (:data:`_LANDFORMS`, or its plural), written in lower case, names the place. One
    lower-case noun may stand between them, naming what the land holds or carries ("the Haldor
    oil field", "the Kavo river delta"). A capitalised one ("the Sellak Highlands") is a name of
    its own, which the model tags whole."""
    doc = root.doc
    for gap in range(2):
        if root.i + 1 + gap >= len(doc):
            return False
        after = doc[root.i + 1 + gap]
        if not after.is_lower:
            return False
        if after.text.removesuffix("s") in _LANDFORMS:
            return not _a_field_of_work(after)
        if after.pos_ not in {"NOUN", "PROPN"}:
            return False
    return False


def _a_field_of_work(word: Token) -> bool:
    """ "The Harris campaign field office", "the Tucker field goal": a "field" before another
    noun qualifies that noun, a field of work or of play, and names no land."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ == "field" and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"
