"""Mentions retyped by what the whole comparison knows: people the model took for bodies, companies
by their short names, platforms by what they do, councils named after their places, the town
bodies are named after, "the States" as the US.

One article alone often cannot tell a person from a body; the other articles, and the words
written around the name anywhere, can.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING, Final

from reader.core.countries import a_country_adjective, countries_in
from reader.core.entity_names import (
    _COMPANY_ONLY_ENDINGS,
    _FIRST_NAMES,
    _a_company_name,
    _a_persons_name,
    _person_key,
    _short_names,
    _without_short_names,
    spelling_form,
)
from reader.core.entity_records import _key, _Mention
from reader.core.entity_signs import _PLACE_NOUNS, _STREETS
from reader.core.entity_untagged import _untagged_states
from reader.core.entity_words import (
    _BODIES,
    _BODY_HEADS,
    _INSTITUTIONS,
    _PEOPLE,
    _PEOPLE_SUFFIXES,
    _PERSON_HEADS,
    FIRM_NOUNS,
    OPERATED,
    _wordset,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _towns_typed_as_peoples(mentions: Sequence[_Mention]) -> None:
    """Read as a place a one-word name the model typed a people's where the comparison writes it
    as a place ("in Ordic", "the town of Ordic", "Ordic's mayor", :func:`_written_as_a_place`):
    the small model takes a town whose name ends like a people's word ("Ordic" as "Nordic",
    "Dravenian" as "Tavarian") for a nationality. A country's people's word ("French") and a
    plural ("faith in Republicans") are people, however written; "Ordic officials" could be
    either, and says nothing."""
    towns = {
        m.key
        for m in mentions
        if m.label == "NORP"
        and len(m.key) == 1
        and not m.key[0].endswith("s")
        and not a_country_adjective(m.name)
        and _written_as_a_place(m)
    }
    for m in mentions:
        if m.label == "NORP" and m.key in towns:
            m.label = "GPE"


def _people_typed_as_bodies(mentions: Sequence[_Mention]) -> None:
    """Read as a person a two-word name the model typed an organisation ("Volodymyr Zelenskyy's
    government") when its words are a first name and, spelled the same way or transliterated,
    the surname of a person named elsewhere in the comparison. The first names must agree where
    both are written; where the person is named by surname alone, the organisation's first word
    must be known as a first name or its surname respelled, since a body may carry a surname
    as it is ("Goldman Sachs" beside an economist called "Sachs"). The name itself typed a
    person somewhere does not count where the model typed it a body more often and an outlet
    calls it by a noun for no person: "the tanker Marisol Crest", "its owner, Halvard Tankers"
    (:func:`_mostly_a_described_body`)."""
    people = [m.key for m in mentions if m.label == "PERSON"]
    mostly_bodies = _mostly_a_described_body(mentions)
    by_form: dict[str, list[tuple[str, ...]]] = {}
    for key in people:
        by_form.setdefault(spelling_form(key[-1]), []).append(key)
    first_names = _FIRST_NAMES | {k[0] for k in people if len(k) > 1}
    for m in mentions:
        if m.label == "ORG" and len(m.key) == 2:
            named = by_form.get(spelling_form(m.key[1]), [])
            if m.key in mostly_bodies:
                named = [k for k in named if k != m.key]
            if _a_persons_name(m.key, named, first_names):
                m.label, m.key = "PERSON", _person_key(m.key)


def _mostly_a_described_body(mentions: Sequence[_Mention]) -> set[tuple[str, ...]]:
    """The names the model typed an organisation more often than a person and some outlet
    describes by a noun that names no person ("tanker", "owner"): one reading out of several
    says less of the name than the rest and the writer's own word do. A name with no such
    word ("Volodymyr Zelenskyy's government") is left to the person named elsewhere."""
    counts: dict[tuple[str, ...], Counter[str]] = {}
    things: set[tuple[str, ...]] = set()
    for m in mentions:
        counts.setdefault(m.key, Counter())[m.label] += 1
        heads = {_head_word(d) for d in m.descriptors}
        if any(h and h not in _PERSON_HEADS and not _names_people(h) for h in heads):
            things.add(m.key)
    return {key for key in things if counts[key]["ORG"] > counts[key]["PERSON"]}


def _people_by_description(mentions: Sequence[_Mention]) -> None:
    """Read as a person, before names are grouped, a name of two words or more the model typed
    a body or a place where what the articles call it says a person ("Chief executive Helena
    Strand", typed an organisation in every article). Typed so, the name would own no surname,
    and "Strand said" would stay apart from her, even as a place. A name ending in a word only a
    firm's name ends in ("its rival Pellow Stores") stays a body: a rival, an owner or a donor
    is a company as often as a person, and no one's surname is "Stores"."""
    by_key: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if len(m.key) > 1 and m.key[-1] not in _COMPANY_ONLY_ENDINGS:
            by_key.setdefault(m.key, []).append(m)
    for key, found in by_key.items():
        if any(m.label in {"ORG", "GPE"} for m in found) and _described_as(found) == "PERSON":
            for m in found:
                m.label, m.key = "PERSON", _person_key(key)


def _full_name_words(mentions: Sequence[_Mention]) -> set[str]:
    """Every word of a person named in full: a one-word name among them is that person's
    surname or first name, never a company's first word."""
    return {w for m in mentions if m.label == "PERSON" and len(m.key) > 1 for w in m.key}


def _place_keys(mentions: Sequence[_Mention]) -> set[tuple[str, ...]]:
    """The names typed or written as places: a town's name opens its bodies' names too ("Harwick"
    and the "Harwick Legal Aid Society"), so it is no company's short name. A dateline
    (:func:`reader.core.entity_bylines._places_filed_from`), "in Brannock" or "the town of Brannock"
    make a name a place; "at Brannock" alone does not (:func:`_written_as_a_place`), even where the
    model types it a place: it types "workers at Brannock" a town as readily as a firm."""
    return {
        m.key
        for m in mentions
        if (m.label in {"GPE", "LOC"} and not m.only_at) or _written_as_a_place(m)
    }


def _companies_by_their_short_names(mentions: Sequence[_Mention]) -> None:
    """Read an organisation's name that opens one company's name as that company: "Brannock" beside
    "Brannock Foods", "Harlan Fresh" beside "Harlan Fresh Foods", in one article or across them. A
    short name is the first word, or the name without the words of
    :data:`reader.core.entity_names._COMPANY_ENDINGS`. The model types such a name a people's now
    and then ("Corvid shares rose", a nationality), which a word no country's people go by is not. A
    word of a person named in full ("Sam Brannock"), a place or a name that opens two bodies' names
    ("Brannock Logistics" too) stays apart, as either could be meant. A name written as a place
    ("residents of Glen Mills") is no company's, whatever word ends it."""
    people_words = _full_name_words(mentions)
    places = _place_keys(mentions)
    named: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for body in _bodies_named_in_full(mentions):
        if body in places:
            continue  # "residents of Glen Mills": a place, whatever its last word
        named.setdefault(body[:1], set()).add(body)
        if _a_company_name(body):
            for short in _short_names(body):
                named.setdefault(short, set()).add(body)
    for m in mentions:
        owners = named.get(m.key, set())
        if (
            (
                m.label == "ORG"
                or (m.label == "NORP" and not a_country_adjective(m.name))
                or (m.label in {"GPE", "LOC"} and m.only_at)
            )
            and len(owners) == 1
            and _a_company_name(next(iter(owners)))
            and m.key not in places
            and not people_words.intersection(m.key)
        ):
            m.label, m.key = "ORG", next(iter(owners))
            m.place_hint = False  # "workers at Brannock": at the company, not in a town


def _bodies_by_their_opening_words(mentions: Sequence[_Mention]) -> None:
    """Read an organisation's name that opens exactly one body's longer name as that body, any
    body and not only a company: "Greyholt sell 85 stores" beside "Greyholt Markets", "every
    Halvard poll" beside "Halvard Research". A name written as a place's or holding a word of a
    person named in full stays apart ("Washington" beside the city, "Ford" beside "Harrison
    Ford"), as does a name opening two bodies' names. A body's own noun ("the Senate") opens the
    names of its parts ("Senate Judiciary Committee"), and so does any name before a part's
    noun ("EU Commission", "Hamas Health Ministry"): a committee or a ministry is not the whole
    it belongs to. Nor is a body of its people ("Brackenford Athletic Supporters' Trust" beside
    the club "Brackenford Athletic"): they speak for themselves, not for it."""
    people_words = _full_name_words(mentions)
    places = _place_keys(mentions)
    bodies = _bodies_named_in_full(mentions) - places
    for m in mentions:
        if m.label != "ORG" or m.key in places or people_words.intersection(m.key):
            continue
        if m.key[0] in _BODIES | _BODY_HEADS:
            continue
        opened = [b for b in bodies if len(b) > len(m.key) and b[: len(m.key)] == m.key]
        if len(opened) != 1:
            continue
        rest = opened[0][len(m.key) :]
        if not _INSTITUTIONS.intersection(rest) and not _of_its_people(rest[0]):
            m.key = opened[0]


#: Plurals of words for people that do not end in "s": "Women's Network", "Children's Trust".
_IRREGULAR_PEOPLE: Final = frozenset({"men", "women", "people", "children"})


def _of_its_people(word: str) -> bool:
    """ "supporters", "families", "women": the plural of a word for people, which opens the
    name of a body its people form ("Supporters' Trust", "Families' Association", "Women's
    Network")."""
    if word in _IRREGULAR_PEOPLE:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in _PEOPLE
    return word.endswith("s") and word[:-1] in _PEOPLE


def _companies_typed_as_places(mentions: Sequence[_Mention]) -> None:
    """Read a name the model typed a place as the company it is the short name of ("Aldermoor
    found the breach" beside "Aldermoor Insurance") where nothing in the comparison writes the
    name as a place: no "in Aldermoor", no dateline, no "Aldermoor residents". The small model
    types a firm's bare name a town as readily as a person; a town called so would be written
    as one somewhere, and a name opening two companies' names stays apart, as either could be
    meant."""
    written_as_places = {m.key for m in mentions if _written_as_a_place(m)}
    people_words = _full_name_words(mentions)
    owners: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for body in _bodies_named_in_full(mentions):
        if _a_company_name(body):
            for short in _short_names(body):
                owners.setdefault(short, set()).add(body)
    for m in mentions:
        named = owners.get(m.key, set())
        if (
            m.label in {"GPE", "LOC"}
            and len(named) == 1
            and m.key not in written_as_places
            and not people_words.intersection(m.key)
        ):
            m.label, m.key = "ORG", next(iter(named))


def _places_bodies_are_named_after(mentions: Sequence[_Mention]) -> None:
    """Read a one-word organisation as the place that two bodies or more are named after, when
    no more than one of them is a company: "Caldmoor's bus drivers" beside the "Caldmoor Transit
    Workers' Union" and the operator "Caldmoor Connect" is the town both take their name from;
    a firm's short name opens its own name, not a union's too. Two companies sharing the word
    ("Brannock Foods", "Brannock Logistics") leave it apart, as either could be meant."""
    people_words = _full_name_words(mentions)
    opened: dict[str, set[tuple[str, ...]]] = {}
    for body in _bodies_named_in_full(mentions):
        opened.setdefault(body[0], set()).add(body)
    for m in mentions:
        bodies = opened.get(m.key[0], set()) if len(m.key) == 1 else set()
        if (
            m.label == "ORG"
            and len(bodies) > 1
            and sum(_a_company_name(b) for b in bodies) <= 1
            and m.key[0] not in people_words
        ):
            m.label = "GPE"


def _bodies_named_in_full(mentions: Sequence[_Mention]) -> set[tuple[str, ...]]:
    """The organisations named in two words or more, a company's short names left out: "Harlan
    Fresh" is "Harlan Fresh Foods" named short, not a second body that "Harlan" opens."""
    return _without_short_names({m.key for m in mentions if m.label == "ORG" and len(m.key) > 1})


def _companies_by_their_first_word(mentions: Sequence[_Mention]) -> None:
    """Read a one-word "person" as the organisation whose name it opens ("Corvane said" beside
    "Corvane Appliances"), where no one in the comparison is named in full with the word: news
    copy names a person in full before it shortens the name, and a firm by its first word. A
    name opening two organisations' names stays apart from both, as either could be meant."""
    people_words = _full_name_words(mentions)
    places = _place_keys(mentions)
    bodies: dict[str, set[tuple[str, ...]]] = {}
    for body in _bodies_named_in_full(mentions):
        bodies.setdefault(body[0], set()).add(body)
    for m in mentions:
        if m.label != "PERSON" or len(m.key) != 1 or m.key[0] in people_words or m.key in places:
            continue
        named = bodies.get(m.key[0], set())
        if len(named) == 1:
            m.label, m.key = "ORG", next(iter(named))
            m.place_hint = False  # "workers at Corvane": at the company, not in a town


#: What only a company has or is, written right after its name ("Corvane shares rose", "the
#: Brannock plant") or before it with "of" or "in" ("chief executive of Brannock", "shares in
#: Brannock"); or "the company" set beside it. The name stands as a word of its own: "McDonald
#: shares" say nothing of a "Donald". A plant is a company's only after "the" or a possessive:
#: "Okafor plants maize" is a farmer at work. An operator of buses, trains or a port named
#: before it ("Bus operator Tarnline said") is a company: a person drives the bus.
_ONLY_A_COMPANY: Final = (
    r"(?<!\w)(?:{name})(?:['’]s)?\s+(?:shares|stock|share\s+price|shareholders|factory"
    r"|factories|chief\s+executive|board\s+of\s+directors)\b"
    r"|\b(?i:bus|rail|train|tram|ferry|port|transit|transport|network)\s+operator,?\s+(?:{name})\b"
    r"|\bthe\s+(?:{name})\s+plants?\b|(?<!\w)(?:{name})['’]s\s+plants?\b"
    r"|\b(?:chief\s+executive|shares|stake|shareholders)\s+(?:of|in)\s+(?:{name})\b"
    r"|(?<!\w)(?:{name}),\s+the\s+company\b|\bthe\s+company,\s+(?:{name})\b"
)


def _companies_by_what_they_have(mentions: Sequence[_Mention], texts: Sequence[str]) -> None:
    """Read a one-word "person" as a company where the comparison writes it with what only a
    company has (:data:`_ONLY_A_COMPANY`) and names no one in full with the word: the small
    model types "Corvane said" a person, though "Corvane shares rose" leaves no doubt. The
    words are looked for in the text, as the model rarely tags the name in "Corvane shares"."""
    people_words = _full_name_words(mentions)
    names = {m.name for m in mentions if m.label == "PERSON" and len(m.key) == 1}
    owned = _written_as_companies({n for n in names if _key([n])[0] not in people_words}, texts)
    for m in mentions:
        if m.name in owned and m.label == "PERSON":
            m.label = "ORG"


#: What only a platform does or is, written with its name: "Kestrel Social has suspended the
#: account of", "the Kestrel Social app", "Kestrel Social's platform", "the social media site
#: Kestrel Social". A person says things "in a statement" as a body does: that says nothing.
_ONLY_A_PLATFORM: Final = (
    r"(?<!\w)(?:{name})\s+(?:has\s+|had\s+)?suspended\s+the\s+account\s+of\b"
    r"|\bthe\s+(?:{name})\s+(?:platform|app|site|website)\b"
    r"|(?<!\w)(?:{name})['’]s\s+(?:platform|app|site|website)\b"
    r"|\b(?:platform|app|site|website),?\s+(?:{name})\b"
)


def _platforms_by_what_they_do(mentions: Sequence[_Mention], texts: Sequence[str]) -> None:
    """Read as a body a name of two words or more that the model typed a person where the
    comparison writes it with what only a platform does or is (:data:`_ONLY_A_PLATFORM`): the
    small model types "Kestrel Social said" a person, as it does many two-word brands. A
    person's name is written with its surname alone too ("Musk said"), a brand's is not. The
    words are counted as written: "Al-Rahim" has two in its key and is one word, and names no
    brand."""
    names = {m.name for m in mentions if m.label == "PERSON" and len(m.name.split()) > 1}
    written = _written_as(_ONLY_A_PLATFORM, names, texts)
    platforms = {n for n in written if not _surname_written_alone(n, texts)}
    for m in mentions:
        if m.name in platforms and m.label == "PERSON":
            m.label = "ORG"


def _surname_written_alone(name: str, texts: Sequence[str]) -> bool:
    """Whether a name's last word stands anywhere without the words before it: "Musk said"."""
    *first, last = name.split()
    alone = re.compile(rf"(?<!{re.escape(first[-1])}\s)(?<![\w-]){re.escape(last)}(?![\w-])")
    return any(alone.search(text) for text in texts)


def _written_as_companies(names: Set[str], texts: Sequence[str]) -> set[str]:
    """Which of ``names`` the texts write as :data:`_ONLY_A_COMPANY` does."""
    return _written_as(_ONLY_A_COMPANY, names, texts)


def _written_as(pattern: str, names: Set[str], texts: Sequence[str]) -> set[str]:
    """Which of ``names`` the texts write as ``pattern`` does (its ``{name}`` the name), found
    in one pass over each text for all of them: a pass for each name took ten seconds for 50
    names in a 500,000-character article. The look-ahead lets one name's match overlap
    another's."""
    if not names:
        return set()
    either = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    owned = re.compile(f"(?={pattern.format(name=f'({either})')})")
    return {
        next(name for name in match.groups() if name)
        for text in texts
        for match in owned.finditer(text)
    }


def _written_as_a_place(mention: _Mention) -> bool:
    """ "In Harwick", "Harwick residents", "the Harwick council": written the way a place is.
    "At Brannock" alone is not: people work at a company as they live at a place, and the
    comparison names the company "Brannock Foods" where it calls nothing else "Brannock"."""
    place_hint = mention.place_hint and not mention.only_at
    return place_hint or mention.place_named or mention.council


#: Bodies whose seats are written as a place's are: "a Senate seat", "the House seat".
_CHAMBERS: Final = _BODY_HEADS | _wordset("house commons lords")

#: How a party is written that names no place: "the Labour Party", "Labour-run", "Labour MPs".
_AS_A_PARTY: Final = r"(?:\s+[Pp]arty\b|-(?:run|led|controlled|held)\b|\s+MPs\b)"


def _councils_of_places(mentions: Sequence[_Mention], texts: Sequence[str]) -> None:
    """Read a name before a local government's noun as the place it governs: the small model
    types "Tolmere" in "the Tolmere council" an organisation or a person. A party's name stands
    there too ("the Labour council"), so a name the comparison also writes as a party's ("the
    Labour Party", "Labour-run") stays what the model made it. An acronym ("the EU council") is
    a body's, and so is a chamber ("a Senate seat", "a House seat")."""
    for m in mentions:
        if not m.council or m.label not in {"ORG", "PERSON"} or m.name.isupper():
            continue
        if m.key[-1] in _CHAMBERS:
            continue
        party = re.compile(rf"(?<![\w-]){re.escape(m.name)}{_AS_A_PARTY}")
        if not any(party.search(text) for text in texts):
            m.place_named = True


#: Nouns that say a place is meant: "the Tavarian capital, Dorn".
_PLACE_HEADS: Final = _PLACE_NOUNS | _wordset("capital")


def _described_as(mentions: Sequence[_Mention]) -> str | None:
    """What every descriptor of an actor says it is: a person ("director", "lawyer") or a body
    ("motorists' group"). The model's type is a guess from the name alone; a descriptor is the
    writer's own word for what the actor is."""
    heads = {_head_word(d) for m in mentions for d in m.descriptors}
    if heads and all(h in _PERSON_HEADS or _names_people(h) for h in heads):
        return "PERSON"
    if heads and heads <= _BODY_HEADS:
        return "ORG"
    if heads and heads <= _PLACE_HEADS:
        return "GPE"
    return None


#: Words after which a description goes on to say where or whose: "economist at Dorn State
#: University", "chairman of the Norland Farmers' Union", "a farmer near the town of Esker".
_HEAD_ENDS: Final = _wordset("of at from for in with on to by near outside")


def _described_as_a_firm(mentions: Sequence[_Mention]) -> bool:
    """Whether every descriptor of an actor names a body or a firm by its trade: "the insurer"
    (:data:`FIRM_NOUNS`), "the national grid operator" (:data:`OPERATED`)."""
    described = [d for m in mentions for d in m.descriptors]
    return bool(described) and all(_names_a_firm(d) for d in described)


def _names_a_firm(descriptor: str) -> bool:
    head = _head_word(descriptor)
    if head in _BODY_HEADS | FIRM_NOUNS:
        return True
    words = descriptor.casefold().split()
    at = words.index(head)
    return head == "operator" and at > 0 and words[at - 1] in OPERATED


def _head_word(descriptor: str) -> str:
    """The noun a description is about, lower case: the last word before what follows it."""
    words = descriptor.casefold().split()
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS and i > 0), len(words))
    return words[cut - 1]


def _names_people(word: str) -> bool:
    return len(word) > 5 and word.endswith(_PEOPLE_SUFFIXES)


def _names_the_us(key: tuple[str, ...]) -> bool:
    """ "US", "U.S.", "USA", "America", "the United States": a whole name of the United States."""
    return countries_in(frozenset(key)) == (frozenset({"us"}), frozenset(key))


def _the_states_as_named(mentions: list[_Mention], docs: Sequence[Doc]) -> None:
    """Read "the States" (:func:`reader.core.entity_bounds._the_states`) as the United States where
    the comparison names the country by one of its names, as "the Chinese" is read as China: a
    mention of the country that the country's name is not written in. The model tags "the States"
    only now and then ("back in the States" seldom), so the ones it left out are added. Where no
    article names the country, "States" stays as written, since "the States" alone may be another
    body (Jersey's parliament)."""
    named = Counter(
        m.key
        for m in mentions
        if not m.the_states and m.label in {"GPE", "ORG"} and _names_the_us(m.key)
    )
    if not named:
        return
    country = max(named, key=lambda k: (named[k], k))
    label = Counter(m.label for m in mentions if m.key == country).most_common(1)[0][0]
    for index, doc in enumerate(docs):
        mentions.extend(_untagged_states(index, doc))
    for m in mentions:
        if m.the_states:
            m.key, m.label, m.stands_for = country, label, True


#: The capitalised last words of a park's, a road's or an open space's name: "Elderwood Park",
#: "Elderwood Link Road".
_GROUNDS: Final = _STREETS | _wordset("park common green heath forest wood woods moor")


def _grounds_named_as_a_word_before_a_noun(
    mentions: Sequence[_Mention], texts: Sequence[str]
) -> None:
    """Read a one-word name the model typed a body as the park or road the comparison names in
    full, where every mention sets it before a noun: "Elderwood land defenders" beside "camped
    in Elderwood Park" are the park's defenders, not a group called Elderwood. A body is written
    acting or called "its" somewhere; a name written so is left as the model typed it."""
    found: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if len(m.key) == 1:
            found.setdefault(m.key, []).append(m)
    for same in found.values():
        if not all(m.label == "ORG" and m.modifier and not m.called_it for m in same):
            continue
        named = re.compile(rf"\b{re.escape(same[0].name)}((?:[ \t]+[A-Z]\w+)+)")
        if any(
            match.group(1).split()[-1].lower() in _GROUNDS
            for text in texts
            for match in named.finditer(text)
        ):
            for m in same:
                m.label, m.place_named = "GPE", True
