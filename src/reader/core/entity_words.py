"""Words and word tests shared by the steps that find actors.

Titles, honorifics, people's nouns and bodies' head nouns are read when a name's bounds are found,
when its kind is told and when actors are clustered; they live here so that each of those steps
reads one list, and the lists can be read apart from the code that uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


ACTOR_LABELS: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Courtesy titles: never part of a name, and no descriptor either ("Mr Macron" says nothing of
#: who he is, so it does not count as describing him).
HONORIFICS: Final = _wordset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. madam"
)
#: Office titles spaCy sometimes folds into a PERSON entity ("President Xi").
TITLES: Final = _wordset(
    "president vice prime minister chancellor premier king queen prince princess secretary "
    "senator sen. sen rep. governor gov. mayor general gen. colonel col. admiral pope "
    "ambassador chairman chairwoman chair spokesman spokeswoman spokesperson chief leader "
    "foreign defence defense finance interior deputy former then-president director envoy "
    "commander judge justice emperor sheikh crown executive speaker sheriff councillor councilor "
    "councilman councilwoman commissioner attorney lawmaker congressman congresswoman "
    "assemblyman assemblywoman superintendent inspector detective officer captain lieutenant "
    "sergeant bishop archbishop rabbi imam reverend rev."
    # Ranks as police and army copy shortens them: "Sgt Leo Finch", "Lt. Col. Ann Bray".
    " sgt sgt. lt lt. capt capt. cpl cpl. insp insp. supt supt. cllr cllr. maj maj. adm adm."
)
_PREMOD_DEPS: Final = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "advmod"})
_STRIP_LEADING: Final = _wordset("the a an this that these those")
#: Possessive pronouns open a descriptor ("his foreign-policy adviser") but carry no label.
_STRIP_DESCRIPTOR: Final = _STRIP_LEADING | _wordset("his her its their our my your")
#: The words a date is written with: a name the model tags a date is one only if it is one.
_CALENDAR_WORDS: Final = _wordset(
    "january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday today"
)
_JUNK: Final = _CALENDAR_WORDS | _wordset("n't n’t 's ’s")
#: Words that place a name rather than describe it ("central Port Alder", "northern Syria").
_LOCATORS: Final = _wordset(
    "central north south east west northern southern eastern western northeastern northwestern "
    "southeastern southwestern northeast northwest southeast southwest downtown inner outer "
    "greater upper lower mid coastal rural urban suburban neighbouring neighboring nearby "
    "mainland metropolitan"
    # Which body, not what it is like: "the state Senate", "the federal court".
    " state federal city county municipal provincial"
)
#: Words that open a sentence before a neighbour's or a competitor's name without being part of
#: it ("Neighbouring Almark sent rescuers", "Rival Corvel said"); the model reads the two words
#: as a person's first name and surname.
_NEIGHBOURS_AND_RIVALS: Final = _wordset("neighbouring neighboring nearby adjacent bordering rival")
_MONTH_ABBREVIATIONS: Final = _wordset(
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. "
    "nov nov. dec dec."
)
_CALENDAR: Final = _JUNK - _wordset("n't n’t 's ’s")
#: US state abbreviations (AP style) written after a town: "Kansas City, Mo." places the town; the
#: abbreviation is never an actor, and what follows it does not describe the town.
_STATE_ABBREVIATIONS: Final = _wordset(
    "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. "
    "mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. "
    "s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c."
)
#: Head nouns of bodies named by their field ("Justice Department", "Interior Ministry").
_INSTITUTIONS: Final = _wordset(
    "department ministry committee court agency office council commission board bureau service "
    "administration secretariat"
)
#: Words that end the name of a place people work in or are served at: "Carrowmere General
#: Hospital" is a hospital, not a general called "Hospital".
_BUILDINGS: Final = _wordset(
    "hospital infirmary clinic hospice academy church cathedral museum library station airport "
    "prison hotel stadium"
)


_GENERIC_TAILS: Final = _wordset(
    "party ministry group inc corp company government administration"
    # A company's legal or trade words after its short name: "Ford Motor Co." is "Ford".
    " co motor motors corporation holdings plc ltd llc"
)
_EMPTY_POS: Final = frozenset({"ADV", "DET", "PRON", "NUM", "CCONJ", "ADP", "PART", "SCONJ"})
_QUANTIFIERS: Final = _wordset(
    "other many several some few all both more most such another single every each"
)
_ACRONYM_SKIP: Final = _wordset("of the and for on in")
_MAX_DESCRIPTOR_TOKENS: Final = 10


def _dates(tok: Token) -> bool:
    low = tok.lower_
    return tok.ent_type_ in {"DATE", "TIME"} or low in _MONTH_ABBREVIATIONS or low in _CALENDAR


_ROLE_SUFFIXES: Final = (
    "er",
    "or",
    "ist",
    "ent",
    "ant",
    "ian",
    "at",
    "ess",
    "man",
    "woman",
    "person",
    "ary",
    "ive",
    "chief",
    "head",
    "official",
    "envoy",
    "leader",
    "boss",
    "aide",
    "ee",
)


#: Nouns for bodies that act as one ("the council caved", "the party gutted its manifesto").
_BODIES: Final = _INSTITUTIONS | _wordset(
    "government parliament congress senate legislature assembly union party firm company "
    "regime cabinet coalition opposition leadership management police army school college "
    "university league club network broadcaster newspaper studio bank majority supermajority "
    "faction caucus bloc district panel newsroom workforce"
)


#: Nouns for people that news copy makes the subject of what they do.
_PEOPLE: Final = _wordset(
    "people person man woman men women critic opponent supporter activist protester campaigner "
    "resident voter lawmaker legislator official member rival worker employee staff investor "
    "trader analyst expert scientist doctor teacher student parent citizen fan crowd group "
    "demonstrator marcher "
    "family player coach negotiator lobbyist donor owner boss executive manager politician "
    "administrator regulator prosecutor lawyer adviser advisor dean principal trustee editor "
    "journalist reporter producer publisher organiser organizer faculty pundit commentator "
    "columnist presenter bureaucrat insider celebrity influencer academic liberal conservative "
    "progressive elite planner clerk neighbour neighbor cop"
)
#: The trades and the walks of life news copy names people by ("Fishermen said", "a dairy
#: farmer", "commuters were stranded"): who does a day's work or is met where a story happens.
#: Words as often a thing or a firm ("driver", "carrier", "guard") are left out, and so are
#: trades whose plain work word_senses reads by a person subject ("Engineers blasted rock",
#: "The firefighter waved away the smoke").
_WALKS_OF_LIFE: Final = _wordset(
    "fisherman fisher angler farmer farmhand grower rancher shepherd crofter gamekeeper "
    "shopkeeper shopowner stallholder trader grocer baker butcher publican landlady "
    "commuter passenger motorist cyclist pedestrian traveller traveler tourist holidaymaker "
    "visitor hiker walker climber swimmer surfer diver rambler camper "
    "lifeguard paramedic nurse midwife surgeon dentist pharmacist carer caregiver "
    "miner builder labourer laborer plumber electrician mechanic technician "
    "pilot sailor seafarer crew soldier veteran pensioner retiree volunteer villager islander "
    "local householder homeowner tenant renter customer shopper consumer patient pupil "
    "teenager hydrologist geologist forecaster meteorologist vet"
)
#: Nouns for those who act as people do ("landlords squeezing renters") but as often name a firm
#: ("the insurer Aviva Group"): a subject that can act, never a sign that a named actor is a person.
_PEOPLE_OR_FIRMS: Final = _wordset("landlord lender insurer developer")
#: Endings that name people with few exceptions ("economist", "politician", "demographer",
#: "photographer"); "-er" and "-at" alone name things as often ("tower", "cat"), but "-grapher"
#: is always someone who writes, draws or records.
_PEOPLE_SUFFIXES: Final = ("ist", "ian", "grapher")
#: Closed compounds of a people noun ("farmworker", "steelworker", "caseworker"): the head names
#: people whatever trade comes before it.
_PEOPLE_COMPOUND_HEADS: Final = ("worker",)


def is_person_noun(noun: Token) -> bool:
    """A noun for a person, people or a body of them: who can be said to cave, pounce or gut
    something. Stricter than :func:`is_role_noun`, whose endings also take in "tower" and "cat"."""
    return is_person_word(noun.lemma_.lower())


def is_person_word(lemma: str) -> bool:
    """:func:`is_person_noun` for a noun's lemma, in lower case. A plural in "-men" the tagger
    left as it is ("Fishermen" opening a sentence, read as a proper noun) counts as its "-man"."""
    if lemma.endswith("men") and len(lemma) > 5:
        lemma = lemma[:-3] + "man"
    return (
        lemma in TITLES
        or lemma in _PEOPLE
        or lemma in _WALKS_OF_LIFE
        or lemma in _PEOPLE_OR_FIRMS
        or lemma in _BODIES
        or (len(lemma) > 5 and lemma.endswith(_PEOPLE_SUFFIXES))
        or lemma.endswith(_PEOPLE_COMPOUND_HEADS)
    )


#: Nouns for people that name a body of them, never one person: "a consumer group", "the crowd".
_MANY_PEOPLE: Final = _wordset("people men women crowd group family staff faculty elite crew")


def is_one_persons_word(lemma: str) -> bool:
    """A lemma :func:`is_person_word` reads as one person's, not a body's or a firm's: "analyst",
    "farmer", "hydrologist", but not "group", "company" or "insurer"."""
    return (
        is_person_word(lemma)
        and lemma not in _BODIES
        and lemma not in _PEOPLE_OR_FIRMS
        and lemma not in _MANY_PEOPLE
    )


def is_role_noun(noun: Token) -> bool:
    """A noun that can name a person's role ("diplomat", "adviser", "spokesman", "minister")."""
    lemma = noun.lemma_.lower()
    return lemma in TITLES or lemma.endswith(_ROLE_SUFFIXES)


#: Nouns for who a person is in their family or their day's work, which a paper sets before the
#: name as it would a title ("Grandmother Joan Pike", "Nurse Ada Cole", "Farmer Tom Hale"). The
#: small model takes the capitalised word into the name. Words that are also common first names
#: ("Mason", "Hunter") are left out.
_ROLES_BEFORE_NAMES: Final = _wordset(
    "grandmother grandfather grandma grandpa granny grandad granddad great-grandmother "
    "great-grandfather mother father mum mom dad widow widower pensioner retiree nurse midwife "
    "farmer teacher schoolteacher headteacher headmaster headmistress student pupil schoolboy "
    "schoolgirl shopkeeper housewife homeowner volunteer veteran survivor patient grandson "
    "granddaughter coach pastor priest vicar chaplain deacon paramedic firefighter constable "
    "trooper corporal professor lecturer doctor surgeon dentist pharmacist caretaker janitor "
    "plumber electrician fisherman forecaster meteorologist"
)
#: Titles that name a person's office or rank and nothing else before a first name and a
#: surname: "Judge Mary Holt", "Officer Lena Park". Titles that also open a body's name or a
#: longer title ("General Motors", "Foreign Secretary", "Chief Executive") are left out.
_PERSON_TITLES: Final = _wordset(
    "president senator governor mayor judge sheriff detective officer captain lieutenant "
    "sergeant inspector superintendent commissioner councillor councilor ambassador bishop "
    "archbishop rabbi imam reverend rev. admiral colonel col. gen. sen. gov."
)
#: What, capitalised before a first name and a surname, makes the three words a person with
#: their title or role, though the model tagged none of them: "Nurse Ada Cole said ...".
_BEFORE_A_PERSONS_NAME: Final = HONORIFICS | _ROLES_BEFORE_NAMES | _PERSON_TITLES


#: What the small model sometimes types a person's full name as ("Dr Ines Marlow conceded", a
#: product): names of things, which a name known as a person's elsewhere is not.
_THING_LABELS: Final = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "LANGUAGE"})


#: Relatives, by the noun a description names them with: "Ricks's sister", "his widow".
_KIN: Final = _wordset(
    "father mother son daughter brother sister husband wife grandmother grandfather uncle aunt "
    "nephew niece cousin widow widower partner fiancee fiance"
)
#: Nouns for one ruler by how they rule, praised or condemned: "Teodor Valk, the autocrat who
#: ruled ...". An outlet's epithet is still its word for a person, whatever it judges.
_RULERS: Final = _wordset(
    "autocrat dictator despot tyrant strongman kleptocrat statesman ruler monarch"
)
#: Nouns that say a person is meant; collective ones ("group", "staff") are left out, and so is
#: "owner": "its owner, Halvard Tankers" is a ship's owner, a firm as often as a person.
_PERSON_HEADS: Final = (
    TITLES
    | _ROLES_BEFORE_NAMES
    | (_PEOPLE - _wordset("people crowd group family staff faculty owner"))
    | _wordset(
        # everyday work: "Darnell Ricks, 34, a delivery driver and father of two"
        "neighbour neighbor friend driver nurse cleaner labourer laborer mechanic farmer "
        "fisherman pensioner veteran"
        # who started a firm: "Founder and chief executive Nadia Korvel", "co-founder Ian Bell"
        " founder co-founder cofounder"
    )
    | _KIN
    | _RULERS
)


#: Nouns that say a body is meant.
#: Nouns for a firm by its trade, which a one-word name set beside them is: "the insurer
#: Aldermoor", "Westvale, the regional utility". They type only a name of one word, never a
#: full name, which a description may be wrong about.
FIRM_NOUNS: Final = _wordset(
    "utility supplier provider insurer lender retailer carrier airline carmaker manufacturer"
)
#: What a firm, not a person, operates: "the national grid operator", "bus operator". A "crane
#: operator" or a "machine operator" is a person at work.
OPERATED: Final = _wordset(
    "grid network bus rail train tram ferry port transit transport power energy water gas "
    "pipeline telecoms mobile airport"
)
#: How the name of a police force or a fire service ends, after its place's name: "Solvenna City
#: Police", "Kelswick Constabulary", "Bristol Fire Service". The small model tags only the place
#: in them, or nothing; the words are no one's surname, so after a name they make a body.
FORCE_ENDINGS: Final = (
    ("police", "department"),
    ("police", "service"),
    ("fire", "service"),
    ("fire", "department"),
    ("police",),
    ("constabulary",),
)
_BODY_HEADS: Final = _BODIES | _wordset(
    "group association organisation organization coalition charity society alliance federation "
    "campaign movement foundation institute lobby"
    # The words that end an armed group's name: "the Defence Front" is a body, not a man
    # called "Front" with the title "Defence".
    " front militia"
)


def described_as_a_person(name: Token) -> bool:
    """Whether the name headed by ``name`` has a noun for a person set beside it: "Varga, a
    former housing lawyer", "said Agnes Morrow, a nurse". The writer's own noun for the actor
    outweighs the small model's guess from the name, which types such names a body or a
    product now and then."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_HEADS for c in name.children)
