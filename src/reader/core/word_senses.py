"""Whether a lexicon word is used in its plain sense or its framing sense.

Many framing words have a literal sense that plain reporting uses: a swamp is also a place, a
purge of records is a clear-out, "a brutal heatwave" measures the weather, a hurricane "slams
into" a coast, "the sanctions regime" is a set of rules, vultures and parasites are also
creatures, and a villain in a film is the plot's. Each check here reads the parse around one
match and says when it is the plain sense, so that
:func:`reader.core.framing_cues.lexical_cues` keeps only the framing one. They live apart from
the cue building so that each rule and its word lists can be read on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from reader.core.countries import COUNTRY_WORDS, a_country_adjective, civilian_ruled
from reader.core.entities import is_person_noun, is_role_noun
from reader.core.name_checks import ACTOR_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from reader.core.lexicon import LexiconEntry

#: Words for people that the people lists of :mod:`reader.core.entity_words` do not name: whom a
#: mass word is put on ("infested with drug dealers"), whom a purge removes ("purged the ranks")
#: and who "swarm across" a border or "into" a square. People who move or are moved come as a
#: family: whichever word an outlet picks for them, a crowd verb said of them is said of people.
_MORE_PEOPLE: Final = frozenset(
    {
        *("migrant", "immigrant", "emigrant", "refugee", "seeker", "asylee", "evacuee"),
        *("deportee", "returnee", "exile", "crosser", "stowaway", "settler", "newcomer"),
        *("foreigner", "tourist", "visitor", "traveller", "traveler", "passenger", "commuter"),
        *("holidaymaker", "sightseer", "backpacker", "pilgrim", "worshipper", "mourner"),
        *("shopper", "customer", "spectator", "onlooker", "bystander", "reveller", "partygoer"),
        *("concertgoer", "marcher", "striker", "mob", "smuggler", "trafficker"),
        *("criminal", "dealer", "gang", "thug", "looter", "rioter", "invader", "militant"),
        *("terrorist", "extremist", "bureaucrat", "consultant", "illegal", "liberal"),
        *("rank", "corps", "general", "moderate", "cadre", "elite", "dissident", "officer"),
        *("traitor", "judge", "prosecutor", "diplomat", "soldier", "commander", "voter"),
        *("child", "kid", "teenager", "veteran"),
    }
)


def _is_people(tok: Token) -> bool:
    """A word for people: a name, a person noun or a personal pronoun. Not :func:`is_role_noun`,
    whose endings take in "spiders" and "ants"."""
    return (
        tok.ent_type_ in ACTOR_TYPES
        or tok.lower_ in {"they", "he", "she", "you", "we", "them", "who"}
        or is_person_noun(tok)
        or tok.lemma_.lower() in _MORE_PEOPLE
    )


#: The dependency labels of a verb's subject, active or passive.
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})


def subject_holder(verb: Token) -> Token:
    """The verb the parse hangs ``verb``'s subject on. A verb conjoined to an earlier one and
    written without a subject of its own ("the cat found the milk and lapped it up", "the barn
    caught fire and caved in") shares the first verb's subject, which the parse attaches only
    to that first verb; reading no subject there took the cat's act for nobody's."""
    while (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        verb = verb.head
    return verb


def people_do_it(verb: Token) -> bool:
    """A verb that puts a creature's act on people ("infest") frames only when people do it:
    "the city is infested with drug dealers", not "the flat was infested with mice" or "rats
    infest the estate". The doer is the subject, or in the passive what comes after "by" or
    "with"; with no doer named, the word keeps its judgement."""
    doers = [c for c in subject_holder(verb).children if c.dep_ == "nsubj"]
    for prep in verb.children:
        if prep.dep_ in {"agent", "prep"} and prep.lower_ in {"by", "with"}:
            doers += [c for c in prep.children if c.dep_ == "pobj"]
    return not doers or any(_is_people(d) for d in doers)


#: Judging words for cruelty that also measure how hard a thing is: "a brutal heatwave".
HARSH: Final = frozenset({"brutal", "savage"})
#: What is hard on people without anyone being cruel: weather and seasons, and what a schedule,
#: a game or a test asks of them.
_CONDITIONS: Final = frozenset(
    {
        *("heat", "heatwave", "cold", "frost", "winter", "summer", "weather", "storm", "wind"),
        *("climate", "drought", "season", "schedule", "fixture", "calendar", "run", "climb"),
        *("course", "workout", "test", "level", "difficulty", "game", "match", "race", "stage"),
    }
)


def harsh_conditions(word: Token) -> bool:
    """A word for cruelty measures a hardship instead when it describes the weather, a season, a
    schedule, a game or a test ("a brutal summer schedule", "a brutal new difficulty level");
    "brutal crackdown" and "savage cuts" are acts of people and stay flagged. In a headline the
    small model may read the verb as the noun the word describes ("brutal heatwave grips
    southern Europe"), so the words before such a verb are the ones described."""
    if word.dep_ not in {"amod", "compound"}:
        return False
    head = word.head
    described = [head]
    if head.i > word.i and headline_verb_read_as_noun(head):
        described += list(word.doc[word.i + 1 : head.i])
    return any(t.lemma_.lower() in _CONDITIONS for t in described)


#: Judging words for risk that also state a physical hazard: "dangerous water".
RISKY: Final = frozenset({"dangerous"})
#: Places and conditions whose danger is physical, a fact of the terrain or the weather rather
#: than the writer's verdict on a policy or a person.
_HAZARDS: Final = frozenset(
    {
        *("water", "river", "sea", "current", "tide", "surf", "rapids", "ice", "crossing"),
        *("ford", "road", "terrain", "route", "slope", "bend", "junction", "trail", "weather"),
        *("conditions", "waters", "stretch", "cliff", "mountain", "pass", "storm", "wind"),
        # Measurable hazards: a dose, a level or a substance is dangerous by a limit someone
        # can check. "doses" is listed too: the small model reads its lemma as "dos".
        *("dose", "doses", "dosage", "overdose", "level", "concentration", "amount"),
        *("chemical", "substance", "gas", "fume", "radiation", "toxin", "voltage"),
    }
)


def physical_hazard(word: Token) -> bool:
    """A word for danger states a hazard when it is said of water, a road, terrain, the weather
    or something measured ("the river is dangerous in spring", "deeper and more dangerous
    water", "dangerous painkiller doses"); "a dangerous plan" and "dangerous extremists" are
    verdicts and stay flagged."""
    return _said_of_one_of(word, _HAZARDS)


def _said_of_one_of(word: Token, things: frozenset[str]) -> bool:
    """Whether the adjective ``word`` describes one of ``things`` (by lemma or form), before it
    ("dangerous water") or after a copula ("the river is dangerous"). The first of a pair joined
    by "and" describes for both ("deeper and more dangerous water")."""
    node = word
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"amod", "compound"}:
        described = [node.head]
    elif node.dep_ == "acomp":
        described = [c for c in node.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    else:
        return False
    return any(t.lemma_.lower() in things or t.lower_ in things for t in described)


#: Words for a made thing that describe what it is made of when said of an object or a body
#: part ("artificial knees"), and judge only when said of a feeling, a state or an event.
MADE: Final = frozenset({"artificial"})
#: Body parts, implants and made objects or substances an "artificial" one is a plain kind of.
_MADE_THINGS: Final = frozenset(
    {
        *("knee", "hip", "limb", "leg", "arm", "hand", "foot", "heart", "lung", "kidney", "eye"),
        *("joint", "valve", "skin", "cornea", "pancreas", "womb", "ear", "tooth", "teeth"),
        *("turf", "grass", "pitch", "surface", "snow", "reef", "island", "lake", "pond"),
        *("sweetener", "flavour", "flavor", "flavouring", "flavoring", "colouring", "coloring"),
        *("dye", "fibre", "fiber", "fertiliser", "fertilizer", "satellite", "intelligence"),
        *("light", "lighting", "respiration", "ventilation", "insemination", "tree", "flower"),
    }
)


def a_made_thing(word: Token) -> bool:
    """A word for a made thing describes when it is said of a body part, an implant or a made
    object or substance ("artificial knees", "artificial turf", "artificial light"); "an
    artificial crisis" and "artificial outrage" call a state or a feeling faked and stay
    flagged."""
    return _said_of_one_of(word, _MADE_THINGS)


#: What is wrung out or wrung dry by hand: the literal act, not the show of worry.
_WRUNG_LITERALLY: Final = frozenset({"out", "dry"})


def wrung_in_fact(span: Span) -> bool:
    """Hands, a towel or a cloth wrung out or wrung dry are wrung in fact ("wrung out her hands
    after washing", "wrung her hands dry"); "wrung their hands over the cuts" shows worry
    without acting and stays flagged."""
    verb = span[0]
    if verb.lemma_.lower() != "wring":
        return False
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "ccomp", "oprd", "acomp"}}
    return after in _WRUNG_LITERALLY or bool(particles & _WRUNG_LITERALLY)


def headline_verb_read_as_noun(tok: Token) -> bool:
    """A headline's present-tense verb that the small model ran into a noun phrase ("Brutal
    Heatwave Grips Southern Europe", "Virus Hijacks Cell Machinery", read in lower case): an
    -s form right after a noun (or after the headline's first word, which the model may take for
    a verb or an adjective: "parasite hijacks host immune system"), with more words after it,
    tagged a plural noun or attached as a compound. Sense checks that read the verb's subject
    and object see none there, so they read its neighbours instead (:func:`_neighbours`)."""
    doc = tok.doc
    if not tok.lower_.endswith("s") or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before = doc[tok.i - 1]
    opening = before.is_sent_start and before.is_alpha  # "parasite" read as a verb or adjective
    if before.pos_ not in {"NOUN", "PROPN"} and before.dep_ != "compound" and not opening:
        return False  # "snap" in "cold snap grips" is a compound, whatever its tag
    if not doc[tok.i + 1].is_alpha:
        return False
    misread_noun = tok.tag_ == "NNS" and tok.dep_ in {"ROOT", "compound", "nmod"}
    return misread_noun or (tok.pos_ == "VERB" and tok.dep_ in {"compound", "nmod", "amod"})


def _neighbours(verb: Token) -> tuple[list[Token], list[Token]]:
    """The doer and what is done to, read off a headline verb run into a noun phrase: the noun
    before it, and the run of nouns and adjectives after it ("virus" and "cell machinery")."""
    doc = verb.doc
    doer = [doc[verb.i - 1]]
    done_to: list[Token] = []
    for tok in doc[verb.i + 1 :]:
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            break
        done_to.append(tok)
    return doer, done_to


#: Ground that states arm against each other: "militarized" of it is the agencies' plain word.
_TERRITORY: Final = frozenset(
    {
        *("zone", "island", "islet", "reef", "atoll", "archipelago", "sea", "strait", "waters"),
        *("border", "frontier", "boundary", "region", "peninsula", "arctic", "space", "coast"),
        *("coastline", "outpost", "line", "buffer", "dmz"),
    }
)


def militarises_territory(word: Token) -> bool:
    """ "militarized" frames when it casts policing or civic life as a military operation
    ("militarized police", "militarized tactics"), but states arm contested ground as plain fact
    in agency copy ("China has militarized the islands", "the heavily militarised border", "the
    militarisation of the Arctic"). The ground is what the word modifies, the verb's object or
    passive subject, or what follows "of"; a named sea or region counts as ground too."""
    if word.dep_ in {"amod", "compound"}:
        things = [word.head]
    else:
        things = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]
        things += [
            o
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return any(t.lemma_.lower() in _TERRITORY or t.ent_type_ == "LOC" for t in things)


#: Nouns that put a creature in nature when they modify it ("fish parasites", "farm vermin").
_NATURE_WORDS: Final = frozenset(
    {
        *("fish", "bird", "honey", "wildlife", "farm", "crop", "soil", "gut", "blood", "plant"),
        *("tree", "animal", "insect", "water", "garden", "cattle", "sheep", "poultry", "malaria"),
    }
)
#: Modifiers that put a creature's name on people: "welfare parasites", "corporate vultures".
_SOCIAL_MODIFIERS: Final = frozenset(
    {
        *("welfare", "benefit", "corporate", "political", "media", "union", "tax", "foreign"),
        *("liberal", "conservative", "leftist", "government", "party", "state", "elite", "bank"),
        *("wall", "street", "human", "lazy", "greedy", "bloodsucking", "these", "those"),
    }
)


#: What only people do: a creature that does it is a person called by its name.
_PEOPLES_ACTS: Final = frozenset(
    {
        *("say", "claim", "demand", "complain", "whine", "protest", "vote", "insist", "want"),
        *("refuse", "threaten", "scream", "shout", "cry", "tweet", "post", "sell", "resell"),
        *("buy", "profit", "pocket", "lobby", "campaign", "rule", "run", "govern", "steal"),
    }
)


#: Verbs that pin a word on someone: "called them vultures", "branded parasites".
_NAMING_VERBS: Final = frozenset({"call", "label", "brand", "dub"})

#: A scavenger's or a predator's moves, which idiom puts on people who wait to profit from a
#: misfortune: "the vultures are already circling", "the sharks are gathering".
_SCAVENGERS_MOVES: Final = frozenset(
    {
        *("circle", "gather", "descend", "swoop", "hover", "close", "feed", "pick", "gorge"),
        *("prey", "smell", "scent"),
    }
)
#: Where a creature seen flying is: the idiom's circling has no place in the sky.
_IN_THE_SKY: Final = frozenset({"over", "above", "overhead", "aloft", "high"})
#: Words that put real creatures in a story: a wildlife report names them, their prey or their
#: world ("vultures circled over the carcass", "rangers counted the birds at the nest").
_CREATURES_IN_THE_STORY: Final = frozenset(
    {
        *("carcass", "carrion", "prey", "wildlife", "species", "nest", "flock", "herd", "habitat"),
        *("zoo", "safari", "predator", "scavenger", "ranger", "bird", "animal", "livestock"),
        *("cattle", "sheep", "poultry", "fish", "insect", "beak", "feather", "ornithologist"),
        *("biologist", "zoologist", "ecologist", "vet", "veterinarian", "host", "frog", "rodent"),
    }
)


def said_of_people(noun: Token) -> bool:
    """The creature's name is put on people: a name, a group or a social word modifies it
    ("Wall Street vultures", "welfare parasites"), it is what a person or a group is said to be
    ("they are vermin", "the bankers are vultures"), it stands beside a name, it is a simile
    ("circling like vultures"), or someone is called it."""
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod", "det", "poss"} and (
            child.ent_type_ in ACTOR_TYPES
            or child.lemma_.lower() in _SOCIAL_MODIFIERS
            or child.pos_ == "PROPN"
            or (child.dep_ == "compound" and child.lemma_.lower() not in _NATURE_WORDS)
            or _is_people(child)
        ):
            return True  # "welfare parasites", "migrant hordes"; not "fish parasites"
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.ent_type_ in ACTOR_TYPES for g in c.children if g.dep_ == "pobj")
        for c in noun.children
    ):
        return True  # "the vultures of Goldman Sachs"
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and _is_people(g) for g in c.children)
        for c in noun.children
    ):
        return True  # a mass of people: "hordes of migrants", "a swarm of reporters"
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in _PEOPLES_ACTS:
        return True  # "the parasites were reselling them"
    if noun.dep_ == "pobj" and head.lower_ in {"like", "as"}:
        return True  # a simile is never about the creature: "circling like vultures"
    if noun.dep_ in {"attr", "acomp", "oprd", "appos"}:
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        others = [*subjects, head] if noun.dep_ == "appos" else subjects
        naming = head.lemma_.lower() in _NAMING_VERBS
        return naming or any(_is_people(o) or is_role_noun(o) for o in others)
    if noun.dep_ == "dobj" and head.lemma_.lower() in _NAMING_VERBS:
        return True
    return a_scavengers_move_among_people(noun)


def a_scavengers_move_among_people(noun: Token) -> bool:
    """ "Yet the vultures are already circling": an outlet names the people it means a sentence
    later, if at all, so nothing in this sentence puts the word on them. The idiom's verb and a
    story with no creatures in it do: a wildlife report or "vultures circled over the carcass"
    names the creatures' world somewhere, a report about people never does."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _SCAVENGERS_MOVES:
        return False
    if any(c.lower_ in _IN_THE_SKY for c in verb.children):
        return False  # "circled above the town", "hovering overhead": birds seen in the sky
    return not any(t.lemma_.lower() in _CREATURES_IN_THE_STORY for t in noun.doc)


#: What makes a charge's name the law's and not the outlet's: a charge, a court, a trial, a
#: prosecutor, an inquiry or a suspect in the same sentence.
_IN_COURT: Final = frozenset(
    {
        *("charge", "accuse", "indict", "indictment", "prosecute", "prosecutor", "prosecution"),
        *("court", "trial", "judge", "jury", "juror", "convict", "conviction", "acquit", "plead"),
        *("guilty", "verdict", "sentence", "arrest", "police", "investigate", "investigation"),
        *("investigator", "inquiry", "probe", "suspicion", "suspect", "lawsuit", "sue", "allege"),
        *("allegation", "lawyer", "attorney", "defendant", "offence", "offense", "statute"),
    }
)

#: What a charge's name names when it modifies a noun: "a criminal negligence case".
_CASES: Final = frozenset({"case", "count", "charge", "claim", "suit", "lawsuit", "law", "trial"})


def a_charge_named(span: Span) -> bool:
    """ "criminal negligence" is a charge's name, plain in court copy ("charged with criminal
    negligence", "a criminal negligence case"), and the outlet's own verdict only where no
    charge, court or prosecutor stands in its sentence ("This is criminal negligence")."""
    if any(t.dep_ in {"compound", "nmod"} and t.head.lemma_.lower() in _CASES for t in span):
        return True  # the name of a case or a count: "a criminal negligence case"
    return any(t.lemma_.lower() in _IN_COURT for t in span.sent)


#: What a charge of concealment says is kept from the public: a count, the truth, the facts.
_KEPT_FROM_VIEW: Final = frozenset(
    {
        *("toll", "truth", "figure", "number", "count", "data", "fact", "evidence", "scale"),
        *("extent", "statistic", "casualty"),
    }
)


def hides_the_truth(verb: Token) -> bool:
    """ "a death toll the government is hiding", "the ministry is sitting on the figures": what is
    hidden is a count or the truth, the object of the verb, of its "on", or the noun its clause
    describes. "The suspect was hiding in a barn", "hiding places" and "prosecutors say the firm
    concealed the data" (the law's charge, not the outlet's) are not the outlet's charge."""
    hidden = [c for c in verb.children if c.dep_ == "dobj"] + list(_objects_of(verb, "on"))
    if verb.dep_ == "relcl":
        hidden.append(verb.head)
    if not any(t.lemma_.lower() in _KEPT_FROM_VIEW for t in hidden):
        return False
    return not any(t.lemma_.lower() in _IN_COURT for t in verb.sent)


def rules_regime(head: Token) -> bool:
    """A regime named by what it regulates ("the sanctions regime", "the non-proliferation
    regime", "a three-drug regime") is a set of rules, not a government: a common noun stands
    before it. "The Assad regime", "the Iranian regime" and "the military regime" name rulers.
    "Regime change" is a policy's name, agency copy's own ("Washington pursued regime change"),
    while "the regime changed course" is still the rulers."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children):
        return True
    if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.lemma_ == "change":
        return True
    # "the regime of bail conditions", "a regime of checks": rules, not the rulers of "the regime
    # of the mullahs" or "the regime of Bashar al-Assad".
    return any(_ruled_things(g) for g in _objects_of(head, "of"))


def _objects_of(head: Token, preposition: str) -> Iterator[Token]:
    """The objects of ``head``'s ``preposition`` ("a purge of records", "drained for farmland")."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == preposition:
            yield from (g for g in c.children if g.dep_ == "pobj")


def _ruled_things(noun: Token) -> bool:
    """Plural common nouns for things, not people: "conditions", "checks", "sanctions"."""
    return noun.tag_ == "NNS" and not _is_people(noun) and not is_role_noun(noun)


#: Nouns that count what follows them: "thousands of teachers" are teachers.
_COUNTS: Final = frozenset({"thousand", "hundred", "dozen", "million", "score", "number"})


def _counted(noun: Token) -> Token:
    """What a count noun counts ("thousands of teachers": "teachers"), else the noun itself."""
    if noun.lemma_.lower() not in _COUNTS:
        return noun
    return next(_objects_of(noun, "of"), noun)


def purges_things(word: Token) -> bool:
    """A purge of things ("purge diseased trees", "purge old customer data", "a purge of records")
    is a clear-out; the word casts removals as a political cleansing only when people or a body
    of them are removed ("purged dissidents", "a purge of the army") or nobody is named ("Stalin's
    purges"). What is removed is the verb's object or the noun's "of" object. Role endings are
    too loose to tell people here ("-ee" takes in "trees"), so :func:`_is_people` decides."""
    if word.pos_ == "VERB":
        removed = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        removed = list(_objects_of(word, "of"))
    removed = [_counted(o) for o in removed]
    return bool(removed) and all(o.pos_ == "NOUN" and not _is_people(o) for o in removed)


#: Words of land and its use: a sentence that speaks of them means a real swamp.
_LAND_WORDS: Final = frozenset(
    {
        *("farmland", "crop", "acre", "hectare", "pasture", "orchard", "irrigation", "canal"),
        *("mosquito", "malaria", "drainage", "reclaim", "wetland", "marsh", "bog", "peat"),
        *("frog", "alligator", "heron", "dyke", "dike"),
    }
)
#: Prepositions that put a thing on a map: "the swamp behind the school".
_PLACING: Final = frozenset(
    {"behind", "near", "beside", "below", "outside", "along", "beyond", "by", "next", "off"}
)


#: Parts of a place that put a thing beside it: "the swamp at the edge of the airfield".
_MAP_PARTS: Final = frozenset(
    {"edge", "side", "foot", "corner", "bottom", "mouth", "margin", "shore", "rim", "bank"}
)


def _places(prep: Token) -> bool:
    """A preposition that puts a thing on a map: "behind the school", or "at" or "on" a part of a
    place ("at the edge of the airfield", "on the far side of the lake")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _PLACING:
        return True
    return prep.lower_ in {"at", "on"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _MAP_PARTS for g in prep.children
    )


#: What an illness, a season of unrest or an age is commonly called by: the nouns of the names
#: that "so-called" introduces in plain reporting ("the so-called Spanish flu", "the so-called
#: Arab Spring", "the so-called Winter of Discontent", "the so-called Gilded Age").
_NICKNAMED: Final = frozenset(
    {
        *("flu", "influenza", "fever", "plague", "pox", "death", "spring", "summer", "autumn"),
        *("winter", "age", "era", "generation"),
    }
)


def a_name_introduced(span: Span) -> bool:
    """ "so-called" before a name an illness, a season or an age is commonly known by, made of a
    place's, a people's or a colour's name ("the so-called Spanish flu", "the so-called Arab
    Spring", "the so-called Black Death"), introduces that name: nobody's claim is doubted.
    Before anything else it doubts what a name claims ("so-called experts", "the so-called
    Affordable Care Act", "the so-called Islamic State")."""
    if span.text.lower() != "so-called":
        return False
    noun = span.root.head
    if noun.i < span.end or noun.lemma_.lower() not in _NICKNAMED:
        return False
    if any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return False  # "this so-called Golden Age" sneers at the name it points at
    name = span.doc[span.end : noun.i + 1]
    return not any(t.is_quote for t in name) and any(t.text[:1].isupper() for t in name)


#: Determiners that point at a name to sneer at it: "this so-called Golden Age".
_POINTING: Final = frozenset({"this", "these", "that", "those"})


#: What "so-called" doubts when it names it: a plan, a law or a deal, a body or an office, a
#: claim or a body of knowledge, a right, a value or a problem whose standing is in dispute ("the
#: so-called peace plan", "the so-called free press", "so-called settled science").
_DISPUTABLE: Final = frozenset(
    {
        *("plan", "deal", "treaty", "agreement", "accord", "pact", "bill", "act", "law", "reform"),
        *("legislation", "policy", "programme", "program", "scheme", "package", "proposal"),
        *("initiative", "ceasefire", "truce", "peace", "settlement", "compromise", "strategy"),
        *("framework", "solution", "roadmap", "mandate", "fee", "tax", "levy", "sanction"),
        *("election", "vote", "referendum", "ballot", "court", "tribunal", "inquiry", "trial"),
        *("investigation", "probe", "government", "regime", "republic", "state", "authority"),
        *("parliament", "assembly", "council", "committee", "commission", "press", "media"),
        *("news", "journalism", "opposition", "movement", "revolution", "party", "union"),
        *("charity", "church", "claim", "evidence", "science", "consensus", "research", "study"),
        *("report", "review", "data", "fact", "truth", "expert", "expertise", "analysis"),
        *("theory", "ideology", "agenda", "narrative", "debate", "threat", "crisis", "emergency"),
        *("epidemic", "pandemic", "change", "warming", "privilege", "equity", "justice"),
        *("equality", "freedom", "liberty", "right", "democracy", "care", "therapy", "cure"),
        *("art", "speech", "crime", "violence", "misinformation", "disinformation", "hate"),
        *("victim", "victory", "success", "recovery", "rescue", "aid", "help", "protection"),
        *("safety", "security", "progress", "value", "leadership", "diplomacy", "talk"),
        *("dialogue", "process", "mission", "operation", "war", "liberation", "energy"),
    }
)
#: Words with which a name claims a virtue, which "so-called" doubts: "the so-called free
#: press", "so-called clean coal", "the so-called independent review".
_VIRTUES: Final = frozenset(
    {
        *("free", "fair", "independent", "green", "clean", "safe", "affordable", "smart"),
        *("moderate", "humanitarian", "peaceful", "democratic", "legitimate", "real", "true"),
        *("genuine", "ethical", "sustainable", "responsible", "reasonable", "sensible"),
        *("balanced", "mainstream", "progressive", "liberal", "conservative", "patriotic"),
        *("popular", "settled", "renewable", "natural", "healthy", "expert", "gender"),
    }
)
#: Things a trade makes, deals in or studies, whose terms "so-called" introduces: a weapon or a
#: device ("dirty bomb", "loitering munitions"), a financial instrument or a firm ("hedge funds",
#: "stop-loss orders", "zombie companies"), a court's instrument ("a Miranda warning", "a sunset
#: clause"), a technology ("dark web", "solid-state batteries"), a substance or a physicist's
#: object ("forever chemicals", "dark matter") and a sport's entry.
#: Guns are left out: which of them make up a category is itself a policy fight; so are plots,
#: which news names as conspiracies whose existence "so-called" doubts ("the so-called coup plot").
_TRADE_THINGS: Final = frozenset(
    {
        *("bomb", "munition", "missile", "rocket", "drone", "warhead", "grenade", "device"),
        *("fund", "bond", "loan", "order", "share", "stock", "option", "swap", "derivative"),
        *("mortgage", "account", "firm", "company", "bank", "lender", "insurer", "startup"),
        *("web", "chip", "app", "cookie", "bot", "algorithm", "server", "blockchain", "token"),
        *("battery", "cell", "engine", "recorder", "satellite", "matter", "particle", "wave"),
        *("hole", "star", "gene", "protein", "molecule", "chemical", "isotope", "metal"),
        *("entry", "card", "shot", "syndrome", "market", "sector", "curve", "index"),
        *("spread", "yield", "warning", "clause", "writ", "motion", "plea", "injunction"),
        *("subpoena", "provision", "exemption"),
    }
)


def a_term_introduced(span: Span) -> bool:
    """ "so-called" before a trade's term of two or more words, for a thing the trade makes,
    deals in or studies, introduces the term to a reader who may not know it: "the so-called
    dirty bomb", "so-called hedge funds", "so-called stop-loss orders", "the so-called dark
    web". Nothing is doubted there. It doubts what a name claims when the name is one word
    ("so-called experts"), is quoted or pointed at ("this so-called president"), is someone's
    ("his so-called reforms"), names people, a place, a plan or a body ("so-called climate
    scientists", "so-called sanctuary cities", "the so-called peace plan"), or holds a word of
    dispute or virtue ("so-called sustainable investment funds")."""
    if span.text.lower() != "so-called":
        return False
    noun = span.root.head
    if noun.i <= span.end or noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if any(c.dep_ == "poss" or c.lower_ in _POINTING for c in noun.children):
        return False  # "his so-called reforms", "this so-called president"
    term = span.doc[span.end : noun.i + 1]
    if any(t.is_quote or (t.is_punct and t.text != "-") for t in term):
        return False
    if noun.lemma_.lower() not in _TRADE_THINGS:
        return False  # "so-called climate scientists", "so-called sanctuary cities" doubt
    return not any(_disputable(t) for t in term if not _hyphened(t))


def _hyphened(tok: Token) -> bool:
    """A piece of a hyphenated modifier: "state" in "solid-state batteries" is no state."""
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == "-") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    )


def _disputable(tok: Token) -> bool:
    """A word of the name that puts its standing in dispute: a plan, a body, a claim, a value,
    a virtue or a doctrine ("so-called systemic racism")."""
    lemma = tok.lemma_.lower()
    return (
        lemma in _DISPUTABLE
        or tok.lower_ in _DISPUTABLE
        or lemma in _VIRTUES
        or (len(lemma) > 5 and lemma.endswith("ism"))
    )


#: What a person styles with a comb, clothes or decoration: "her self-styled hair", "a
#: self-styled wedding".
_STYLED: Final = frozenset(
    {
        *("hair", "hairstyle", "hairdo", "haircut", "fringe", "braid", "beard", "look", "outfit"),
        *("wardrobe", "costume", "dress", "shoot", "photoshoot", "photo", "portrait", "makeup"),
        *("nail", "wedding", "home", "interior", "room", "garden"),
    }
)


def styled_by_oneself(span: Span) -> bool:
    """ "self-styled" doubts a title that someone gave themselves ("the self-styled prophet",
    "a self-styled expert"), but of hair, clothes or a room it says who did the styling ("her
    self-styled hair", "the look was self-styled"): a stylist's word, not a doubt. A home or a
    look "of" something is a title again ("Britain, the self-styled home of fair play")."""
    if span.text.lower() != "self-styled":
        return False
    head = span.root.head
    if head.pos_ == "AUX" or head.lemma_.lower() == "be":
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in _STYLED


def a_real_swamp(span: Span) -> bool:
    """ "The swamp" and "drain the swamp" call Washington corrupt, but a swamp is also a place: one
    placed on a map ("the swamp behind the school") or in a sentence about land ("drained the swamp
    in 1921 to create farmland") is the place itself. "By" places a thing but also says how a
    thing is done ("drain the swamp by voting them out"), so on the verb it does not count."""
    swamp = next((t for t in span if t.lemma_.lower() == "swamp"), None)
    if swamp is None:
        return False
    if any(_places(c) for c in swamp.children):
        return True
    if swamp.dep_ == "dobj" and any(_places(c) and c.lower_ != "by" for c in swamp.head.children):
        return True  # the place hung on the verb: "drained the swamp behind the airport"
    if any(t.lemma_.lower() in _LAND_WORDS for t in swamp.sent):
        return True
    verb = swamp.head if swamp.dep_ in {"dobj", "nsubjpass"} else None
    return _named_place(swamp) or (
        verb is not None
        and verb.pos_ == "VERB"
        and (_land_workers_do_it(verb) or _for_land_use(verb))
    )


#: Who works land: a swamp they drain is a real one ("farmers drained the swamp").
_LAND_WORKERS: Final = frozenset(
    {
        *("farmer", "engineer", "council", "colonist", "settler", "villager", "peasant", "monk"),
        *("landowner", "planter", "crofter", "labourer", "laborer", "builder", "surveyor"),
        *("smallholder", "rancher", "homesteader", "drainer", "navvy"),
    }
)
#: What land is drained for: growing things on it or building on it.
_LAND_USE_VERBS: Final = frozenset(
    {"plant", "grow", "farm", "graze", "cultivate", "irrigate", "sow", "till", "harvest"}
)
#: What is grown or built on drained land: "to build a reservoir", "for a new road".
_LAND_USES: Final = frozenset(
    {
        *("rice", "wheat", "maize", "corn", "sugar", "cane", "cotton", "cattle", "sheep"),
        *("pasture", "agriculture", "farming", "road", "highway", "railway", "railroad"),
        *("runway", "airport", "reservoir", "dam", "housing", "house", "home", "estate"),
        *("factory", "port", "harbour", "harbor", "town", "village", "settlement", "suburb"),
        *("park", "stadium", "bridge", "plantation", "vineyard", "field", "paddy", "mosquito"),
    }
)
#: Entities that name a piece of land or water, unlike a seat of government ("in Washington",
#: "in the Capitol": the small model tags a building as FAC, so FAC does not count).
_PLACE_TYPES: Final = frozenset({"LOC"})


def _land_workers_do_it(verb: Token) -> bool:
    """The drainer works land: the subject, or in the passive the agent, is a farmer, an
    engineer, a council or settlers ("the swamp was drained by colonists")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    for by in verb.children:
        if by.dep_ == "agent":
            doers += [c for c in by.children if c.dep_ == "pobj"]
    return any(d.lemma_.lower() in _LAND_WORKERS for d in doers)


def _for_land_use(verb: Token) -> bool:
    """The draining has a purpose on the land: a clause of growing ("to plant rice"), or a thing
    grown or built in its purpose clause or after "for" ("to build a reservoir", "for a new
    road", "to make room for housing"). "To restore trust" and "for good government" are not."""
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"]
    if any(p.lemma_.lower() in _LAND_USE_VERBS for p in purposes):
        return True
    if any(_a_land_use(t) for p in purposes for t in p.subtree):
        return True
    return any(_a_land_use(g) for g in _objects_of(verb, "for"))


def _a_land_use(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _LAND_USES


def _named_place(swamp: Token) -> bool:
    """The swamp has a name or is put in a named stretch of land or water ("the Okavango swamp",
    "the swamp in the Everglades"); a city or a country ("in Washington") is where the slogan's
    swamp sits, so it does not count."""
    if any(
        c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE"}
        for c in swamp.children
    ):
        return True
    holders = [swamp, swamp.head] if swamp.dep_ == "dobj" else [swamp]
    return any(
        g.ent_type_ in _PLACE_TYPES
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "of"}
        for g in c.children
        if g.dep_ == "pobj"
    )


#: Words of railways and their accidents: a sentence that speaks of them tells of a real wreck.
_RAIL_WORDS: Final = frozenset(
    {
        *("derail", "derailment", "freight", "locomotive", "railroad", "railway", "rail"),
        *("track", "carriage", "boxcar", "tanker", "conductor", "engineer", "ntsb", "crossing"),
        *("evacuate", "evacuation", "spill", "chemical", "injure", "kill", "dead", "victim"),
    }
)
#: Entities that put a wreck on a map: "the train wreck in East Palestine", "near Lac-Megantic".
_WRECK_PLACES: Final = frozenset({"GPE", "LOC", "FAC"})


def a_real_train_wreck(span: Span) -> bool:
    """ "A train wreck" casts a debate or a policy as a disaster, but trains do crash: a wreck
    placed on a map ("the train wreck in East Palestine", "the wreck near the station") or in a
    sentence about railways or the crash's harm ("the train wreck released toxic chemicals", "a
    train wreck killed three") is the crash itself. "A train wreck in the making" and "in slow
    motion" name no place, so the figure still counts."""
    words = {t.lemma_.lower() for t in span}
    if not {"train", "wreck"} <= words:
        return False
    wreck = next(t for t in span if t.lemma_.lower() == "wreck")
    if any(_places(prep) or _names_a_place(prep) for prep in wreck.children):
        return True
    return any(t.lemma_.lower() in _RAIL_WORDS for t in wreck.sent if t not in span)


def _names_a_place(prep: Token) -> bool:
    """ "in East Palestine", "at Union Station": a preposition whose object is a named place."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "at", "on", "outside"}
        and any(g.dep_ == "pobj" and g.ent_type_ in _WRECK_PLACES for g in prep.children)
    )


#: Who and what take part in a vaccine's trial: a sentence that names them tells of research.
#: "Trial" and "tested" alone do not count: "rushed through trials" and "never fully tested"
#: are how the figure is argued.
_TRIAL_WORDS: Final = frozenset(
    {"researcher", "scientist", "volunteer", "participant", "placebo", "candidate", "preclinical"}
)


def a_vaccine_on_trial(span: Span) -> bool:
    """ "An experimental vaccine" casts an authorised vaccine as untested, but a vaccine in trials
    is experimental: in a sentence about its testing ("the experimental vaccine produced a strong
    immune response in early trials", "volunteers received an experimental shot") the word is
    the plain, medical one. An authorised vaccine's critics speak of trials too ("an
    experimental jab rushed through trials"), so only the trial's people and parts count."""
    words = [t.lemma_.lower() for t in span]
    if not words or words[0] != "experimental":
        return False
    return any(t.lemma_.lower() in _TRIAL_WORDS for t in span[0].sent if t not in span)


#: Works of fiction: whoever their plot is about is a character, not someone the outlet judges.
#: Documentaries, books and reports are left out: their subjects are real.
_FICTION: Final = frozenset(
    {
        *("film", "movie", "novel", "play", "musical", "opera", "sitcom", "thriller", "comedy"),
        *("drama", "satire", "farce", "pantomime", "ballet", "sequel", "episode", "game"),
    }
)
#: Verbs that say what a work of fiction is about: "the opera tells the story of a tyrant".
_PLOT_VERBS: Final = frozenset(
    {"tell", "follow", "centre", "center", "depict", "portray", "revolve"}
)
#: Verbs of acting a part: "plays a spin doctor", "portrays a corrupt police chief".
_ACTING: Final = frozenset({"play", "portray", "voice"})
#: Words that put "plays" on a stage or screen, not in politics ("plays the spin doctor for ...").
_STAGE: Final = _FICTION | {"actor", "actress", "role", "part", "series", "show", "stage", "screen"}
#: A work's people, whose description is the plot's: "the film's villain is a corrupt chief".
_CHARACTERS: Final = frozenset(
    {"villain", "hero", "heroine", "protagonist", "antagonist", "character", "narrator", "boss"}
)


def a_role_in_fiction(span: Span) -> bool:
    """A label on a character is the plot's, not the outlet's: a part an actor plays ("plays a spin
    doctor"), a work's own villain ("the film's villain"), what the villain is ("is a corrupt
    police chief") or whom a film or opera is about ("tells the story of a tyrant", "follows a
    cult"). Real people in a documentary, or "the cult of Trump", stay flagged."""
    noun = span.root
    if noun.dep_ in {"amod", "compound"} and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a corrupt police chief": the person the word describes
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _ACTING:
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in _STAGE for t in noun.sent)
    if noun.dep_ == "attr":
        noun = next((c for c in head.children if c.dep_ == "nsubj"), noun)
        if noun.lemma_.lower() not in _CHARACTERS:
            return False
    # the word is the work's character itself: not "the film's leftist backers"
    own = noun == span.root or noun.lemma_.lower() in _CHARACTERS
    if own and any(c.dep_ == "poss" and c.lemma_.lower() in _FICTION for c in noun.children):
        return True  # "the film's villain", "the novel's tyrant"
    node = noun
    while node.dep_ in {"dobj", "pobj", "prep"} and node.head.i != node.i:
        node = node.head
    return (
        node.pos_ == "VERB"
        and node.lemma_.lower() in _PLOT_VERBS
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _FICTION for c in node.children)
    )


#: Water, weather, fire, the ground and what breaks by accident: what ruins things in plain
#: disaster reporting ("the drought crippled harvests", "a power failure plunged the airport into
#: chaos"). What people decide or do ("the strike", "the cuts") is not among them.
_FORCES: Final = frozenset(
    {
        *("storm", "hurricane", "typhoon", "cyclone", "tornado", "twister", "wind", "gale"),
        *("rain", "rainfall", "downpour", "deluge", "hail", "hailstorm", "snow", "snowstorm"),
        *("blizzard", "ice", "frost", "freeze", "heat", "heatwave", "drought", "weather"),
        *("flood", "floodwater", "water", "river", "tide", "surge", "wave", "tsunami", "sea"),
        *("fire", "wildfire", "blaze", "flame", "bushfire", "inferno", "smoke", "lightning"),
        *("earthquake", "quake", "tremor", "landslide", "mudslide", "avalanche", "eruption"),
        *("volcano", "lava", "ash", "explosion", "blast", "crash", "collision", "derailment"),
        *("accident", "outage", "blackout", "failure", "fault", "glitch", "disaster"),
        *("virus", "disease", "outbreak", "pest", "locust", "blight", "mudflow", "sinkhole"),
    }
)
#: Breakdowns named by a compound whose own words say nothing of an accident: "a power cut
#: crippled a data centre" is an outage, though "cut" alone is what people decide ("the cuts
#: crippled libraries") and "power" alone is what they hold ("a power struggle crippled the party").
_FAULT_COMPOUNDS: Final = frozenset(
    {("power", "cut"), ("electricity", "cut"), ("power", "loss"), ("gas", "leak")}
)
#: The first word of a storm's name: "Hurricane Ian", "Storm Ciaran", "Typhoon Haiyan".
_STORM_TITLES: Final = frozenset(
    {"hurricane", "storm", "typhoon", "cyclone", "tropical", "tornado"}
)


def _named_storm(tok: Token) -> bool:
    """A name that a storm or a fire carries ("Hurricane Ian", "Storm Ciaran"): the small model
    reads it as a proper noun, often a person's name, so the word before says what it is."""
    if tok.pos_ != "PROPN":
        return False
    words = [c for c in tok.children if c.dep_ == "compound"]
    if tok.i > 0:
        words.append(tok.doc[tok.i - 1])
    return any(w.lemma_.lower() in _STORM_TITLES for w in words)


def force_of_nature(tok: Token) -> bool:
    """Water, weather, fire, the ground or an accident, by its word or its storm's name; a
    compound counts by its last word or its first ("power failure", "flash floods"), or as a
    whole when only the pair names a breakdown ("power cut")."""
    if _mass_of_other_things(tok):
        return False  # "a wave of migrants poured across": the wave counts people, it is no sea
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    fault = any((w.lemma_.lower(), tok.lemma_.lower()) in _FAULT_COMPOUNDS for w in words[1:])
    return fault or _named_storm(tok) or any(w.lemma_.lower() in _FORCES for w in words)


def _mass_of_other_things(tok: Token) -> bool:
    """A mass word whose "of" names something other than a material ("a wave of illegal aliens",
    "a flood of refugees"): the figure of a number, not water ("a wave of seawater")."""
    return tok.lemma_.lower() in _MASSES and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in _MATERIALS
        for of in tok.children
        if of.lower_ == "of"
        for g in of.children
    )


def _doers(verb: Token) -> list[Token]:
    """Who or what does the verb: its subject, or in the passive what comes after "by"; or the
    noun before a verb the parse took for a modifier (:func:`_doer_before_a_modifier`)."""
    doers = [c for c in subject_holder(verb).children if c.dep_ == "nsubj"]
    for by in verb.children:
        if by.dep_ == "agent":
            doers += [c for c in by.children if c.dep_ == "pobj"]
    if not doers:
        doers = _doer_before_a_modifier(verb)
    return [_antecedent(d) for d in doers]


def _doer_before_a_modifier(verb: Token) -> list[Token]:
    """ "A signal failure crippled services": the small model reads the verb as a modifier of
    its object and hangs the subject on it as a loose noun, so no subject is found, and a
    fault's or a storm's work was told as a dramatised harm. A noun before the word, hanging on
    it, is then its doer."""
    if verb.dep_ != "amod":
        return []
    return [
        c
        for c in verb.children
        if c.i < verb.i and c.dep_ in {"npadvmod", "nsubj", "nmod"} and c.pos_ in {"NOUN", "PROPN"}
    ]


#: Relative pronouns that stand for the noun their clause hangs on ("a blaze that gutted").
_RELATIVE_TAGS: Final = frozenset({"WDT", "WP"})


def _antecedent(doer: Token) -> Token:
    """The noun a relative pronoun stands for: in "a blaze that gutted a warehouse" the doer is
    the blaze, in "Republicans, who gutted the agency" the Republicans. Read as "that" alone,
    the pronoun is neither fire nor weather, and a fire's work was flagged as a political charge."""
    clause = doer.head
    if doer.tag_ in _RELATIVE_TAGS and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return doer


def nature_does_it(verb: Token) -> bool:
    """A verb of ruin used in its own sense: water, weather, fire, the ground or an accident does
    it ("the drought crippled harvests", "hail hammered crops", "a power failure plunged the
    airport into chaos"). Said of what people, bodies or their decisions do to people or an
    economy ("the strike crippled the city", "tax rises will hammer families") it dramatises."""
    return any(force_of_nature(d) for d in _doers(verb))


#: Groups a cost falls on, beside the people nouns of :mod:`reader.core.entity_words`.
_PAYERS: Final = frozenset(
    {
        *("family", "household", "taxpayer", "saver", "motorist", "driver", "pensioner"),
        *("farmer", "worker", "consumer", "homeowner", "renter", "tenant", "borrower"),
        *("shopper", "commuter", "retiree", "business", "employer", "grower", "patient"),
        *("ratepayer", "customer", "policyholder"),
    }
)


def _opening_plural(tok: Token) -> str:
    """The singular of a plural noun opening a sentence that the small model reads as a name
    ("Pensioners would be hammered": a proper noun whose lemma keeps its capital and its "s"), in
    lower case; "" for any other word. Only a word in a list of payers or people is then taken
    at its word, so a club's name ("Rangers were hammered 4-0") stays a name."""
    text = tok.text
    if tok.pos_ != "PROPN" or not tok.is_sent_start or not text.istitle() or len(text) < 4:
        return ""
    lower = text.lower()
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else ""


def beats_people(verb: Token) -> bool:
    """ "Hammer" as a beating of people: what it falls on is a group of people named by a common
    noun ("tax rises will hammer working families", "the trade war hammered soybean farmers"),
    also when it opens the sentence and the parse takes it for a name ("Pensioners would be
    hammered by the tax"). Crops and roofs are hammered by hail, nails by carpenters, and a team
    by its rivals (a name)."""
    if verb.pos_ != "VERB":
        return False
    for t in _acted_on(verb):
        if t.pos_ == "NOUN":
            lemma = t.lemma_.lower()
            if lemma in _PAYERS or lemma in _MORE_PEOPLE or is_person_noun(t):
                return True
        elif (singular := _opening_plural(t)) and singular in _PAYERS | _MORE_PEOPLE:
            return True
    return False


#: Bodies of people whose trust a betrayal breaks: "sold out the union", "sold out his country".
_TRUSTING_GROUPS: Final = frozenset(
    {
        *("country", "nation", "people", "public", "base", "member", "union", "party"),
        *("ally", "supporter", "constituent", "community", "membership", "electorate"),
    }
)


#: Who sells out a hall, a city's dates or a run of nights: "the band sold out Wembley".
_PERFORMERS: Final = frozenset(
    {
        *("band", "singer", "tour", "show", "concert", "act", "artist", "performer"),
        *("musician", "comedian", "gig", "production", "play", "musical", "star", "rapper"),
        *("orchestra", "festival", "film", "match", "game", "team"),
    }
)


def done_to_people(verb: Token) -> bool:
    """ "Sell out" is a charge of betrayal only when those sold out are people, a group or a
    country ("the government sells out its farmers", "he sold out his country", "the workers
    were sold out"). Tickets, a show or an arena sell out as plain trade, and so do goods and a
    performer's halls and cities ("the band sold out Wembley", "the tour sold out Tokyo")."""
    if any(d.lemma_.lower() in _PERFORMERS for d in verb.children if d.dep_ == "nsubj"):
        return False
    return any(_sold_out_people(t) for t in _acted_on(verb))


def _sold_out_people(tok: Token) -> bool:
    """A country, a people or a person by name, or a common noun for people or a body of them
    ("its farmers", "the union"); a named hall ("Carnegie Hall") is a venue."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in {"GPE", "NORP", "PERSON"}
    lemma = tok.lemma_.lower()
    if tok.lower_ in {"us", "me", "him", "her"}:
        return True  # "they sold us out"
    if tok.like_num or lemma in _COUNT_NOUNS:
        # "rounded up dozens of demonstrators": the people are what is counted, after "of".
        return any(
            _sold_out_people(g) for of in tok.children if of.lower_ == "of" for g in of.children
        )
    return _is_people(tok) or lemma in _PAYERS or lemma in _TRUSTING_GROUPS


#: Nouns that count what follows their "of": "dozens of demonstrators", "thousands of workers".
_COUNT_NOUNS: Final = frozenset({"dozen", "score", "hundred", "thousand", "million"})


def _acted_on(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or in the passive its subject. The small model reads an
    object that a participle follows as that participle's subject ("will hammer working families
    already reeling from the floods": "families" the subject of "reeling"), so such a subject,
    standing right after the verb, is the object too. A past participle after its noun acts on
    that noun ("thousands of villagers slaughtered in their homes", "workers sold out by the
    union"), as the passive does on its subject."""
    done_to = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        done_to.append(verb.head)
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.tag_ in {"VBG", "VBN"}:
            done_to += [
                c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1
            ]
    return done_to


#: Fish and animals as an angler, a cook or a butcher handles them: "gut the fish".
_CARCASSES: Final = frozenset(
    {
        *("fish", "salmon", "trout", "cod", "herring", "mackerel", "sardine", "tuna", "squid"),
        *("catch", "carcass", "chicken", "turkey", "goose", "duck", "pheasant", "deer"),
        *("rabbit", "hare", "pig", "hog", "lamb", "sheep", "animal", "poultry"),
    }
)


def dresses_a_carcass(verb: Token) -> bool:
    """A verb done to a fish or an animal's body ("he helped gut the fish", "she skinned the
    rabbits") is the kitchen's or the quay's work, whoever does it: the lexicon's people-only
    verbs frame when what they are done to is a place, a service or people."""
    return any(t.lemma_.lower() in _CARCASSES for t in _acted_on(verb))


#: Materials that really come as a deluge, a torrent or an avalanche: "a deluge of rain".
_MATERIALS: Final = frozenset(
    {
        *("rain", "rainfall", "water", "floodwater", "seawater", "mud", "sludge", "sewage"),
        *("snow", "hail", "ice", "rock", "rocks", "debris", "boulder", "lava", "ash", "dust"),
        *("sand", "soil", "earth", "silt", "oil", "spray", "foam", "sleet", "meltwater"),
    }
)
#: The mass words of the exaggerating phrases ("a deluge of", "a torrent of", "a tidal wave of").
_MASSES: Final = frozenset(
    {"deluge", "torrent", "avalanche", "wave", "tsunami", "flood", "cascade", "river"}
)


def a_real_mass(span: Span) -> bool:
    """A mass word said of the material that comes in masses ("a deluge of rain", "an avalanche
    of snow", "a torrent of muddy water") is the plain report of it; "a deluge of migrants" and
    "an avalanche of red tape" are the figure that exaggerates a number."""
    if not any(t.lemma_.lower() in _MASSES for t in span):
        return False
    of = span[-1] if span[-1].lower_ == "of" else None
    if of is None:
        of = next((t for t in span if t.lower_ == "of"), None)
    if of is None:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _MATERIALS for c in of.children)


#: What sells out as trade: an event and its seats or its audience ("a sell-out crowd", "a
#: sell-out tour", "the concert was a sell-out").
_SOLD_OUT_EVENTS: Final = frozenset(
    {
        *("crowd", "audience", "house", "attendance", "gate", "tour", "show", "concert", "gig"),
        *("match", "game", "fixture", "event", "performance", "run", "season", "stadium"),
        *("arena", "venue", "festival", "production", "screening", "premiere", "date", "night"),
    }
)


def a_sold_out_event(span: Span) -> bool:
    """A "sell-out" that modifies an event or its audience, or that an event is said to be,
    tells that every ticket sold ("a sell-out crowd", "a sell-out tour", "the concert was a
    sell-out"); pinned on a person, a deal or a compromise it charges betrayal ("a sell-out
    deal", "he called the deal a sell-out")."""
    if span.text.lower().replace("-", "").rstrip("s") != "sellout":
        return False
    head = span.root
    if head.dep_ in {"compound", "amod", "nmod"} and head.head.i >= span.end:
        return _an_event(head.head)
    said_of = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return head.dep_ in {"attr", "oprd"} and bool(said_of) and all(map(_an_event, said_of))


def _an_event(noun: Token) -> bool:
    """An event or its audience, whose seats sell out ("crowd", "tour", "concert")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _SOLD_OUT_EVENTS


#: The wares of a street trade: what vendors and hawkers sell at a stall, a market or a
#: station ("fruit", "phone cards", "souvenirs", "fake watches").
_WARES: Final = frozenset(
    {
        *("fruit", "vegetable", "food", "snack", "drink", "juice", "tea", "coffee", "bread"),
        *("nut", "sweet", "candy", "flower", "souvenir", "trinket", "ware", "good", "card"),
        *("merchandise", "cigarette", "lighter", "newspaper", "magazine", "map", "umbrella"),
        *("sunglasses", "scarf", "hat", "clothes", "clothing", "shoe", "sock", "toy", "balloon"),
        *("watch", "jewellery", "jewelry", "bracelet", "handbag", "bag", "charger", "ticket"),
        *("craft", "handicraft", "rug", "carpet", "fish", "corn", "kebab", "sandwich", "pastry"),
    }
)


#: Businesses, whose selling a seller's word casts as hawking: "tech giants are peddling
#: addictive games to children". A "-maker" counts too ("drugmakers", "carmakers").
_BUSINESSES: Final = frozenset(
    {
        *("company", "firm", "giant", "corporation", "conglomerate", "multinational", "industry"),
        *("manufacturer", "brand", "chain", "retailer", "platform", "network", "channel"),
        *("studio", "bank", "lender", "insurer", "lobby", "pharma", "supermarket", "startup"),
    }
)


def _a_business(tok: Token) -> bool:
    """A company or an industry, by its name or its word ("Meta", "tech giants", "drugmakers")."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ == "ORG" or lemma in _BUSINESSES or lemma.endswith("maker")


def sells_goods(word: Token) -> bool:
    """A seller's word said of a street trade's wares ("street vendors peddle fruit and phone
    cards", "hawkers were hawking souvenirs", "fruit peddlers") is plain trade. Said of
    anything else it casts advocacy or business as hawking, whether what is sold is a claim
    ("peddling conspiracy theories", "peddled lies", "peddlers of hate"), a product told as a
    harm ("peddling quack cures", "dealers peddle death") or nothing named ("he keeps
    peddling"); and a business is no street trader ("tech giants are peddling addictive games").
    What is sold is the verb's object, or the noun's "of" object or the noun before it."""
    if word.pos_ == "VERB":
        if any(_a_business(d) for d in _doers(word)):
            return False
        sold = _acted_on(word)
    else:
        sold = [*_objects_of(word, "of"), *(c for c in word.children if c.dep_ == "compound")]
    sold += [c for o in sold for c in o.conjuncts]
    return bool(sold) and all(o.pos_ == "NOUN" and o.lemma_.lower() in _WARES for o in sold)


#: Words that tell of people dying: what a minimiser of an event must not be said beside.
_DEATH_WORDS: Final = frozenset(
    {"die", "kill", "dead", "deadly", "fatal", "death", "fatality", "lethal", "drown"}
)
#: Words that say no one died: "no one was killed", "nobody died", "did not die", "no deaths".
_DENIALS: Final = frozenset({"no", "nobody", "none", "never", "not", "n't", "without"})


def deaths_told(span: Span) -> bool:
    """The sentence part of a minimiser tells of deaths ("the pile-up that killed four was a
    minor incident", "only a handful died"): calling that event small plays it down. A part with
    no deaths in it ("a minor incident at the depot") or one that denies them ("a minor accident
    in which no one was killed") keeps the word's plain sense, and so does one whose deaths are
    another part's, across a semicolon ("the fire killed two; a minor incident at the depot
    delayed trains"): the small model keeps such parts in one sentence, but they tell two
    events. A minimiser said of "it" or "this" looks back across the semicolon too: that
    pronoun is the event the part before told ("the crash killed three; officials called it a
    minor incident"), and so does one said of "it" or of the event named again ("the crash")
    across a full stop ("The crash killed three people. Officials called it a minor incident.").
    A fresh noun there ("Officials called the power cut a minor incident") is another event."""
    part = _sentence_part(span)
    if _tells_deaths(part, span):
        return True
    # "The crash killed three; officials called it a minor incident": "it" is the crash.
    pointers = _points_back(span)
    before = _part_before(part) if pointers else None
    return (
        before is not None
        and _tells_deaths(before, span)
        and any(p.pos_ == "PRON" or _named_in(p, before) for p in pointers)
    )


def _named_in(noun: Token, part: Span) -> bool:
    """The event ``noun`` names ("the crash") was named in ``part`` by the same word."""
    return any(t.lemma_.lower() == noun.lemma_.lower() for t in part if t.pos_ == "NOUN")


def _tells_deaths(part: Span, span: Span) -> bool:
    """A death word in ``part``, outside the minimiser ``span`` and not denied."""
    return any(
        tok.lemma_.lower() in _DEATH_WORDS
        and not span.start <= tok.i < span.end
        and not _denied(tok)
        for tok in part
    )


def _sentence_part(span: Span) -> Span:
    """The stretch of ``span``'s sentence between the semicolons around it."""
    sent = span.sent
    start = max((t.i + 1 for t in sent if t.text == ";" and t.i < span.start), default=sent.start)
    end = min((t.i for t in sent if t.text == ";" and t.i >= span.end), default=sent.end)
    return span.doc[start:end]


#: Pronouns that name an event already told: "officials called it a minor incident".
_BACK_POINTERS: Final = frozenset({"it", "this", "that"})


def _part_before(part: Span) -> Span | None:
    """The part before the semicolon that opens ``part``, whether or not the small model
    ended a sentence at that semicolon, or the last part of the sentence before when ``part``
    opens its sentence after a full stop."""
    doc = part.doc
    if part.start >= 2 and doc[part.start - 1].text == ";":
        return _sentence_part(doc[part.start - 2 : part.start - 1])
    if part.start != part.sent.start or part.start < 2:
        return None
    last = doc[part.start - 1]
    if last.text not in _FULL_STOPS:
        return None
    return _sentence_part(doc[part.start - 2 : part.start - 1])


#: What ends the sentence a minimiser may look back to; a question or a heading is no report.
_FULL_STOPS: Final = frozenset({".", "!"})


def _points_back(span: Span) -> list[Token]:
    """What the minimiser may be said of, when that names an event told before: a pronoun ("it
    was a minor incident", "officials called it a minor incident", "they dismissed it as a
    blip") or a noun after "the" or "this" ("officials called the crash a minor incident"). The
    minimiser is what it is called, the complement of the same verb."""
    head = span.root
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
    if head.dep_ not in {"attr", "oprd", "pobj"} or verb is head:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "dobj"}
        and ((c.lower_ in _BACK_POINTERS and c.pos_ == "PRON") or _a_definite_noun(c))
    ]


def _a_definite_noun(tok: Token) -> bool:
    """A noun after "the", "this" or "that": one the reader has met ("the crash")."""
    return tok.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in _DEFINITE for d in tok.children
    )


#: Determiners of a noun that names something already told.
_DEFINITE: Final = frozenset({"the", "this", "that"})


def _denied(tok: Token) -> bool:
    """A denial among the three words before a death word, or a negation on it."""
    before = tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]
    return any(t.lower_ in _DENIALS for t in before) or any(c.dep_ == "neg" for c in tok.children)


def thing_does_it(verb: Token, labelled: frozenset[int] = frozenset()) -> bool:
    """The verb's doer is a thing, not a person, a group, a body or what they decided ("the
    windshield", not "the council" or "austerity" in "austerity gutted universities"). The doer
    is the subject, or in the passive the agent: "the warehouse was gutted by fire" is a fire's
    work, "enforcement is gutted by Republicans" theirs."""
    holder = subject_holder(verb)
    subject = next((c for c in holder.children if c.dep_ in _SUBJECTS), None)
    if (
        subject is None
        and holder.dep_ == "acl"
        and (holder.tag_ == "VBG" or holder.head.dep_ == "ROOT")
    ):
        # "the risk of tracks buckling in the heat": an "-ing" clause on a noun is that noun's
        # doing. "The bridge buckled under the weight": the small model hangs the sentence's only
        # verb on its first noun as a clause, and that noun is the one doing it too.
        subject = holder.head
    if subject is None and verb.dep_ == "amod" and verb.tag_ == "VBG":
        # "a fuming minister", "the fuming crater": the noun an "-ing" word modifies does it. A
        # past participle's noun has it done to it ("a botched operation"), so it stays unread.
        subject = verb.head
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if doer is not None:
        subject = doer
    if subject is not None and subject is not _antecedent(subject):
        # Only fire, water and weather are read through the pronoun: "a handout that would gut
        # tax credits" and "an experiment that wrecked housing" are still someone's doing.
        return force_of_nature(_antecedent(subject))
    if subject is not None and _named_storm(subject):
        return True  # "Hurricane Ian gutted homes": a storm's name, not a person's
    if subject is not None and _bombardment(subject):
        return True  # "Russian shelling wrecked a bridge": weapons fire, not a decision
    if subject is not None:
        subject = _counted(subject)  # "hundreds of migrants swarmed": the migrants do it
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.i not in labelled  # a label is said of people: "the zealots caved"
        and not _is_people(subject)
        and subject.lemma_.lower() not in _DECISIONS
        and subject.lemma_.lower() not in _WRITINGS
        and subject.lemma_.lower() not in _GOVERNING_PLACES
    )


#: Verbs of weapons fire whose "-ing" form names the fire itself ("shelling", "bombing").
_BOMBARDMENTS: Final = frozenset({"shell", "bomb", "bombard", "strafe", "mortar"})


def _bombardment(tok: Token) -> bool:
    """Weapons fire named by its "-ing" form: the small model tags "shelling" in "Russian
    shelling wrecked a bridge" as a verb, so the noun test misses it, yet the wreck is literal."""
    return tok.tag_ == "VBG" and tok.lemma_.lower() in _BOMBARDMENTS


#: Places that news copy names for their governments when they act: "the city caved to
#: pressure", "the county gutted its library budget" is the council's doing, not the streets'.
_GOVERNING_PLACES: Final = frozenset(
    {"city", "town", "county", "village", "township", "municipality", "borough", "state"}
)


#: Words right after a verb that make it motion, not speech: "slammed into the coast", "slammed
#: home the winner", "blasted off", "slammed shut".
_MOTION_WORDS: Final = frozenset(
    {"into", "onto", "home", "shut", "off", "through", "open", "apart", "across"}
)


def stands_for_criticise(entry: LexiconEntry) -> bool:
    """A verb the lexicon gives as a loud way to say "criticise" ("slam", "blast", "bash"):
    the family whose other sense is force. Other verbs keep their motion ("lurched into crisis")."""
    return bool({"criticise", "criticize"} & set(entry.alternatives))


def moves_something(verb: Token) -> bool:
    """A verb of criticism used for force or motion: its very next word, attached to it, says
    where something went ("the hurricane slammed into the coast", "the striker slammed home a
    volley"). Criticism takes an object or "over"/"for" instead: "slammed the plan"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return False
    nxt = doc[verb.i + 1]
    return nxt.head.i == verb.i and nxt.lower_ in _MOTION_WORDS


#: What people decide, which acts through them: a policy can gut a service as a minister can.
_DECISIONS: Final = frozenset(
    {
        *("policy", "law", "reform", "cut", "austerity", "budget", "plan", "bill", "measure"),
        *("rule", "decision", "ruling", "programme", "program", "scheme", "mandate", "tariff"),
        *("regulation", "legislation", "deal", "agenda", "order", "sanction"),
        # what a body decides to shut or shed: "the closure will gut the neighbourhood"
        *("closure", "shutdown", "cutback", "layoff", "privatisation", "privatization"),
    }
)
#: Writings that speak for the people who wrote them: "the audit slammed the agency" is the
#: auditors' criticism, as "the hail blasted crops" is no one's.
_WRITINGS: Final = frozenset(
    {
        *("report", "audit", "review", "inquiry", "study", "editorial", "statement", "letter"),
        *("judgment", "judgement", "verdict", "memo", "lawsuit", "complaint", "survey"),
    }
)


#: What is seized in the word's own sense: a vehicle, a device or account, or a living cell's
#: working parts ("hijacked a tanker", "hijacked the browser", "the cell's machinery"). Words
#: that are as often a party's or a meeting's ("machinery", "session", "host") are left out: a
#: cell's machinery counts through the cell, a microbe's host through the microbe.
_SEIZABLE: Final = frozenset(
    {
        *("plane", "aircraft", "airliner", "jet", "flight", "bus", "coach", "truck", "lorry"),
        *("car", "van", "ship", "tanker", "vessel", "boat", "ferry", "train", "convoy"),
        *("browser", "account", "computer", "device", "phone", "server", "router", "domain"),
        *("traffic", "website", "webcam", "cell", "gene", "protein", "receptor", "neuron"),
        *("enzyme", "dna", "rna", "genome"),
    }
)
#: Doers that seize by their nature, not by a political act: microbes and malicious code.
_SEIZERS: Final = frozenset(
    {
        *("virus", "bacterium", "bacteria", "pathogen", "microbe", "fungus", "parasite"),
        *("malware", "ransomware", "spyware", "worm", "trojan", "botnet", "tumour", "tumor"),
    }
)


def seizes_a_thing(verb: Token, labelled: frozenset[int] = frozenset()) -> bool:
    """ "Hijack" in its own sense: a microbe or malicious code does it ("the virus hijacks the
    cell's machinery", "malware hijacked the browser"), or what is seized is a vehicle, a device
    or a cell's working parts, or belongs to one ("gunmen hijacked a bus"). The word frames when a
    debate, a party or a process is "hijacked": a change told as theft."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    seized = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    for by in verb.children:
        if by.dep_ == "agent":
            doers += [c for c in by.children if c.dep_ == "pobj"]
    if not doers and not seized and headline_verb_read_as_noun(verb):
        doers, seized = _neighbours(verb)
    if any(d.lemma_.lower() in _SEIZERS and d.i not in labelled for d in doers):
        return True
    owners = [c for o in seized for c in o.children if c.dep_ in {"poss", "compound"}]
    return any(t.lemma_.lower() in _SEIZABLE for t in (*seized, *owners))


#: What a deed is done to: a verb with one of these acts on something, so "quietly" hides it.
_DONE_TO: Final = frozenset({"dobj", "nsubjpass"})


def quiet_in_manner(adverb: Token) -> bool:
    """ "quietly" said of how someone sounded or behaved, not of a deed kept out of sight: after
    a verb that acts on nothing ("the crowd waited quietly", "she spoke quietly to her lawyer").
    Before a verb, or after one that is done to something, it insinuates concealment ("the board
    quietly dropped the policy", "the rule was dropped quietly", "settled the case quietly")."""
    verb = adverb.head
    return (
        verb.pos_ == "VERB"
        and verb.i < adverb.i
        and not any(c.dep_ in _DONE_TO for c in verb.children)
    )


#: Businesses a bailout rescues: "the bank's bailout" names the one rescued.
_RESCUED: Final = frozenset(
    {
        *("bank", "lender", "insurer", "airline", "carmaker", "automaker", "firm", "company"),
        *("utility", "railway", "railroad", "club", "group", "fund", "building", "society"),
    }
)


def a_named_rescue(word: Token) -> bool:
    """A bailout named for the business it rescued ("the bank's bailout", "the AIG bailout") is
    the finance desk's plain word for that rescue. A giver's ("Biden's student loan bailout",
    "Washington's bailout reflex") or one with no one's name on it ("yet another bailout")
    casts support as a handout and stays flagged."""
    doc = word.doc
    owners = [c for c in word.children if c.dep_ == "poss"]
    if word.i > 1 and doc[word.i - 1].tag_ == "POS":
        owners.append(doc[word.i - 2])  # the parser may hang it elsewhere: "the bank's bailout"
    if any(o.lemma_.lower() in _RESCUED for o in owners):
        return True
    # a firm's name before it; the small model also tags people ORG in a possessive ("Biden's")
    return any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in word.children)


#: Living things that ecology calls colonisers: the first to settle bare ground or new land.
_LIVING_THINGS: Final = frozenset(
    {
        *("plant", "lichen", "moss", "weed", "knotweed", "species", "grass", "fern", "shrub"),
        *("tree", "seedling", "alga", "algae", "seaweed", "coral", "bacterium", "bacteria"),
        *("microbe", "fungus", "fungi", "insect", "ant", "beetle", "bird", "rat", "mussel"),
        *("barnacle", "organism", "pioneer", "invader", "colony", "vegetation", "scrub"),
    }
)
#: Bare ground that living things are the first colonisers of: "of the bare rock".
_BARE_GROUND: Final = frozenset(
    {"rock", "soil", "lava", "sand", "dune", "reef", "seabed", "scree", "mudflat", "wound"}
)


def colonisers_in_nature(noun: Token) -> bool:
    """Ecology's colonisers are species that settle new ground ("invasive colonisers such as
    Japanese knotweed", "the first colonisers of the bare rock were lichens"): the sentence names
    them as living things or the ground as bare. Settlers called colonisers stay flagged."""
    if any(c.dep_ == "amod" and c.lower_ in {"invasive", "pioneer"} for c in noun.children):
        return True
    named = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    named += [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ in {"nsubj", "attr"}:
        named += [c for c in noun.head.children if c.dep_ in {"attr", "nsubj"} and c != noun]
    if any(t.lemma_.lower() in _LIVING_THINGS for t in named):
        return True
    return any(g.lemma_.lower() in _BARE_GROUND for g in _objects_of(noun, "of"))


def a_butcher_named(noun: Token) -> bool:
    """ "Butcher" labels a ruler only when it is put on someone: a place's butcher ("the Butcher
    of Baghdad"), beside a name ("the butcher Assad", "Assad, the butcher"), or what someone is or
    is called ("he is a butcher", "called him a butcher"). Otherwise it is the trade: "the
    butcher threw red meat into the cooler", "the village butcher"."""
    if any(g.ent_type_ or g.pos_ == "PROPN" for g in _objects_of(noun, "of")):
        return True
    if noun.dep_ in {"attr", "oprd", "appos"}:
        return True
    if any(c.dep_ == "poss" and c.ent_type_ in ACTOR_TYPES for c in noun.children):
        # A ruler's or a state's men ("Putin's butchers", "the Kremlin's butchers"); a shop
        # that sells meat is the trade ("Smith's butchers sold lamb and beef").
        return not any(t.lemma_.lower() in _MEAT for t in noun.sent)
    if any(c.lower_ in {"these", "those"} for c in noun.children):
        return True  # pointing at people the text has named: "leaves these butchers in power"
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return True
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.ent_type_ == "PERSON":
        return True  # the parser may leave the name unattached: "the butcher Assad gassed"
    return any(
        c.dep_ in {"appos", "compound"} and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_TYPES)
        for c in noun.children
    )


#: What a butcher's shop sells: "Smith's butchers sold lamb and beef" is the trade.
_MEAT: Final = frozenset(
    {"meat", "beef", "lamb", "pork", "mutton", "chicken", "sausage", "steak", "bacon", "shop"}
)

#: Modifiers of a noun that may carry an epithet on it: "the Biden junta", "Macron's junta",
#: "the globalist junta".
_EPITHET_MODIFIERS: Final = frozenset({"compound", "amod", "poss", "nmod"})


def an_epithet(noun: Token, flagged: frozenset[int]) -> bool:
    """A word that is also the plain name of a kind of government ("junta": one that took power
    by a coup, as in Myanmar or Niger) is an epithet when it is pinned on a name that is not a
    country's: a person's, a city's or a bloc's ("the Biden junta", "Trump's junta", "the
    Brussels junta"), or on a word flagged in its own right ("the globalist junta", "the corrupt
    junta"), or when something is called one ("the rebel leadership was a terrorist junta",
    "critics branded the cabinet a junta"). Alone, after a country ("Myanmar's junta", "the
    Niger junta") or an adjective of one ("the Malian junta"), it is the agencies' plain word,
    unless that country has never known military rule: "Ukraine's junta", "the Ukrainian junta"
    and "the junta in Kyiv" cast an elected government as putschists."""
    if _called(noun) or _placed_in_a_civilian_country(noun):
        return True
    return any(
        c.dep_ in _EPITHET_MODIFIERS
        and (c.i in flagged or (c.pos_ == "PROPN" and not _a_country(c)) or _a_civilian_country(c))
        for c in noun.children
    )


def _a_civilian_country(tok: Token) -> bool:
    """A country that has never known military rule, or its people's adjective ("Ukraine", "the
    Ukrainian"): the model tags the adjective ``ADJ`` or ``PROPN``, always as a nationality."""
    named = tok.pos_ == "PROPN" or tok.ent_type_ in {"NORP", "GPE"}
    return named and civilian_ruled(tok.text)


def _placed_in_a_civilian_country(noun: Token) -> bool:
    """A junta placed "in" a country that has never known military rule or in its capital ("the
    junta in Kyiv", "the junta in Ukraine"); "the junta in Niger" or "in Niamey" is plain."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and civilian_ruled(o.text) for o in c.children
        )
        for c in noun.children
    )


#: Regions whose countries' military governments the agencies call juntas together ("the Sahel
#: juntas" of Mali, Burkina Faso and Niger); the model reads "Sahel" as a person's name.
_JUNTA_REGIONS: Final = frozenset({"sahel", "sahelian"})


def _a_country(tok: Token) -> bool:
    """A country's name, or its people's adjective the model tagged a proper noun ("the Thai
    junta", "the Argentine junta"), or a region of such countries ("the Sahel juntas")."""
    return (
        tok.lower_ in COUNTRY_WORDS
        or tok.lower_ in _JUNTA_REGIONS
        or (tok.ent_type_ == "NORP" and a_country_adjective(tok.text))
    )


#: Foods, drinks and smells: what a word of smell or taste names in its literal sense ("the soup
#: smacks of garlic", "the stench of rotting rubbish").
_SMELLS: Final = frozenset(
    {
        *("garlic", "onion", "herb", "spice", "pepper", "salt", "sugar", "vinegar", "lemon"),
        *("lime", "citrus", "vanilla", "cinnamon", "mint", "aniseed", "ginger", "curry"),
        *("fruit", "berry", "cherry", "apple", "chocolate", "coffee", "tea", "butter", "cream"),
        *("cheese", "fish", "meat", "wine", "beer", "whisky", "whiskey", "alcohol", "soup"),
        *("sauce", "stew", "dish", "food", "drink", "bread", "broth", "cake", "meal", "water"),
        *("smoke", "oak", "wood", "tar", "tobacco", "leather", "earth", "petrol", "gasoline"),
        *("diesel", "fuel", "gas", "chemical", "bleach", "ammonia", "sulphur", "sulfur"),
        *("sewage", "rubbish", "garbage", "trash", "waste", "rot", "decay", "urine", "sweat"),
        *("mould", "mold", "damp", "manure", "dung", "corpse", "flesh", "perfume", "incense"),
        *("soap", "paint", "oil", "rubber", "plastic", "tyre", "tire", "seaweed", "algae"),
    }
)


def a_real_scent(span: Span) -> bool:
    """A word of smell or taste said of a food, a drink or a smell is literal ("the soup smacks
    of garlic", "the wine smacks of oak", "the stench of rotting rubbish"); said of anything
    else it insinuates ("smacks of desperation", "the stench of corruption"). What is smelt is
    the "of" object of the phrase or the noun; what smells of it may be a food or a drink too
    ("the soup smacks of the sea")."""
    last = span[-1]
    ofs = [last] if last.lower_ == "of" else [c for c in span.root.children if c.lower_ == "of"]
    smelt = [_smelt_thing(c) for of in ofs for c in of.children if c.dep_ in {"pobj", "pcomp"}]
    smelt += [c for o in smelt for c in o.conjuncts]
    # the small model reads "the soup smacks" as a noun, with the soup its "compound"
    smelling = [c for c in span.root.children if c.dep_ in {"nsubj", "compound"}]
    return any(_a_smell(o) for o in smelling) or (bool(smelt) and all(map(_a_smell, smelt)))


def _smelt_thing(tok: Token) -> Token:
    """What an "of" names: its object, or the object of the "-ing" word after it ("the stench
    of rotting rubbish", which the small model reads as a verb with an object)."""
    if tok.dep_ == "pcomp":
        return next((c for c in tok.children if c.dep_ == "dobj"), tok)
    return tok


def _a_smell(tok: Token) -> bool:
    """A food, a drink or a smell, by its lemma ("rotting" alone is the smell of rot)."""
    return tok.pos_ in {"NOUN", "VERB"} and tok.lemma_.lower() in _SMELLS


def _called(noun: Token) -> bool:
    """A noun that something is called, not one that names it: the complement of "be" or
    "call" ("was a junta", "called it a junta"), after "as" or "nothing but", or the second
    object of "brand" or "call" ("branded the cabinet a junta"), as the small model reads it."""
    if noun.dep_ in {"attr", "oprd"}:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in {"as", "but"}:
        return True
    return noun.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children
    )


#: Nouns that name a form of address: "the title of Great Leader", "the style His Excellency".
_ADDRESS_NOUNS: Final = frozenset({"title", "style", "honorific", "rank"})
#: Verbs that give someone a form of address: "addressed as His Excellency", "known as".
_ADDRESS_VERBS: Final = frozenset({"address", "style", "know", "call", "refer", "title", "greet"})


def named_as_title(span: Span) -> bool:
    """Whether a courtesy title is named as one ("the title of Great Leader", "addressed as His
    Excellency") rather than used: protocol is reported there, and the outlet bows to no one."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ == "the" or doc[i].is_quote):
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ == "as":
        return before.head.lemma_.lower() in _ADDRESS_VERBS
    if before.lower_ == "of" and i > 0:
        before = doc[i - 1]
    return before.lemma_.lower() in _ADDRESS_NOUNS or before.lemma_.lower() in _ADDRESS_VERBS


def an_official_name(span: Span) -> bool:
    """A courtesy title in the possessive before a capitalised word, or in the legal "at Her
    Majesty's pleasure", is part of an official name ("Her Majesty's Government", "His Majesty's
    Treasury"): the state's own name for a body, not the outlet's deference. A day's name is
    no body's: "Her Majesty's Christmas broadcast" is deference again, and so is an occasion of
    the person's life or reign ("Her Majesty's Diamond Jubilee", "His Majesty's Coronation"),
    whatever entity the model takes it for."""
    doc = span.doc
    mark = next((t.i for t in doc[span.start : span.end + 1] if t.lower_ in {"'s", "’s"}), None)
    if mark is None or mark + 1 >= len(doc):
        return False
    after = doc[mark + 1]
    if after.lower_ == "pleasure":
        return True
    owner = doc[mark - 1]
    possessed = owner.head if owner.dep_ == "poss" else after
    return (
        after.text[:1].isupper()
        and after.ent_type_ != "DATE"
        and possessed.lemma_.lower() not in _OCCASIONS
    )


#: A person's occasions, which a courtesy title in the possessive names as no body's: "Her
#: Majesty's Platinum Jubilee", "His Majesty's Coronation", "His Holiness's Funeral Mass".
_OCCASIONS: Final = frozenset(
    {
        *("jubilee", "coronation", "birthday", "funeral", "wedding", "accession"),
        *("anniversary", "reign", "visit", "tour", "mass"),
    }
)


#: Public services and institutions, and what pays for them: what a cut or an interference is
#: done to when the verb casts it as harm ("slashed funding for schools", "meddling in the
#: election", "slashed the broadcaster's grant"), where prices, rates and jobs are cut as plain
#: business.
_PUBLIC_LIFE: Final = frozenset(
    {
        *("school", "hospital", "health", "healthcare", "education", "service", "benefit"),
        *("welfare", "pension", "library", "police", "transit", "aid", "programme", "program"),
        *("research", "care", "childcare", "housing", "security", "medicare", "medicaid"),
        *("election", "vote", "referendum", "court", "judiciary", "parliament", "poll"),
        *("agency", "university", "nhs", "museum", "broadcaster"),
    }
)
#: Services public only when their money is named ("starved the parks budget"): a park alone is as
#: often a firm's ("slashed prices at its water park").
_PUBLIC_WHEN_FUNDED: Final = frozenset({"park"})
#: What a fund may be named for to be public money.
_PUBLIC_FUND_NAMES: Final = _PUBLIC_LIFE | _PUBLIC_WHEN_FUNDED
#: Offices of government, which a shop has too ("the shoe department"): public when bare ("the
#: department's budget") or named with a capital ("the Justice Department") or by a public
#: service ("the police department").
_OFFICES: Final = frozenset({"department", "ministry"})
#: What pays for a service, which names the service after it ("funding for schools").
_FUNDS: Final = frozenset({"funding", "spending", "budget", "grant", "subsidy", "money"})
#: Governments, whose budget is public money whatever it pays for ("the city's snow-removal
#: budget"), where a firm's budget is its own business: the places that act as their
#: governments (:data:`_GOVERNING_PLACES`) and the bodies that govern.
_GOVERNMENTS: Final = _GOVERNING_PLACES | {
    *("province", "council", "government", "legislature", "administration"),
}
#: Possessives that point back at the verb's doer: "the county slashed its road budget".
_OWN: Final = frozenset({"its", "their"})


def done_to_public_life(verb: Token) -> bool:
    """Whether a verb of harm is done to a public service or institution, or to its money ("slashed
    funding for schools", "slashed school budgets", "meddling in the election"), not to prices,
    rates or a rival's business ("slashed prices", "slashed interest rates")."""
    done_to = _acted_on(verb) + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    return any(_public_thing(t) or _government_money(t, verb) for t in done_to)


def _public_thing(tok: Token) -> bool:
    """A public service or institution, or the funding named for one ("funding for schools",
    "the school budget", "the agency's budget"). A body named by the service it runs is one too:
    "the police force", "the fire service", "the school district"."""
    if tok.lemma_.lower() in _PUBLIC_LIFE or _named_for_public_life(tok) or _public_office(tok):
        return True
    if tok.lemma_.lower() not in _FUNDS:
        return False
    named = [c for c in tok.children if c.dep_ in {"compound", "poss", "amod"}]
    named += [o for p in tok.children if p.dep_ == "prep" for o in p.children]
    return any(
        t.lemma_.lower() in _PUBLIC_FUND_NAMES or _named_for_public_life(t) or _public_office(t)
        for t in named
    )


def _government_money(fund: Token, verb: Token) -> bool:
    """Whether a budget or funding is a government's, so that cutting it cuts a public service
    whatever the service is: named in the possessive ("the city's plowing budget", "Denver's
    budget") or "its" when a government does the cutting ("the county slashed its road budget"),
    not when a firm does ("the company slashed its marketing budget")."""
    if fund.lemma_.lower() not in _FUNDS:
        return False
    for owner in (c for c in fund.children if c.dep_ == "poss"):
        if owner.lower_ in _OWN:
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), owner)
        if owner.lemma_.lower() in _GOVERNMENTS or owner.ent_type_ == "GPE":
            return True
    return False


def _named_for_public_life(tok: Token) -> bool:
    """Whether a noun is named by a public service before it ("the police department", "the
    school district"): the body is public when the service it runs is."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in _PUBLIC_LIFE for c in tok.children)


def _public_office(tok: Token) -> bool:
    """Whether a department or ministry is a government's: bare, or named with a capital ("the
    Justice Department"), not a shop's or a firm's ("the electronics department")."""
    if tok.lemma_.lower() not in _OFFICES:
        return False
    names = [c for c in tok.children if c.dep_ == "compound"]
    return all(c.text[:1].isupper() for c in names)
