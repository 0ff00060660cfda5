"""Actors across articles, and the words each article puts in front of their names.

One of the clearest signs of framing is how an outlet introduces the same person: "Chinese dictator
Xi Jinping" in one article, "President Xi Jinping" in another. To show that side by side the engine
needs one entity per actor across all articles (so "Xi", "Xi Jinping" and "President Xi" are one
person) and, per article, the descriptors written next to the name: titles, compound titles ("French
President"), pre-modifiers ("Communist" in "Communist China") and appositives ("the CCP's top
diplomat, Wang Yi").

The work reads spaCy's entities and dependency arcs from the parse made once per article: no
re-parse, and a constant amount of work per entity mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from reader.core.countries import a_country_adjective, a_peoples_word_of, countries_in
from reader.core.entity_bylines import (
    _BYLINE_CHARS,
    _outside_credits,
    _places_filed_from,
    after_a_dateline,
    credit_spans,
)
from reader.core.entity_mentions import _mentions, _shouted
from reader.core.entity_names import (
    _FIRST_NAMES,
    NameOpenings,
    _a_company_name,
    _a_persons_name,
    _person_key,
    _short_names,
    _without_short_names,
    first_name_form,
    name_openings,
    spelling_form,
    spellings,
)
from reader.core.entity_records import _Cluster, _fold, _key, _Mention
from reader.core.entity_references import (
    _described_mentions,
    _surname_mentions,
    _tell_initials_apart,
    _titled_mentions,
    _word_starts,
)
from reader.core.entity_signs import _PLACE_NOUNS, _acts_as_a_person, _token_at
from reader.core.entity_untagged import (
    _untagged_company_names,
    _untagged_full_names,
    _untagged_states,
    _untagged_titled_names,
)
from reader.core.entity_words import (
    _ACRONYM_SKIP,
    _BODY_HEADS,
    _GENERIC_TAILS,
    _KIN,
    _PEOPLE_SUFFIXES,
    _PERSON_HEADS,
    ACTOR_LABELS,
    HONORIFICS,
    TITLES,
    _wordset,
    is_person_noun,
    is_role_noun,
)
from reader.core.model import Article, Entity
from reader.core.nlp import doc_text
from reader.core.speech_verbs import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


__all__ = [
    "ACTOR_LABELS",
    "HONORIFICS",
    "TITLES",
    "NameOpenings",
    "after_a_dateline",
    "credit_spans",
    "first_name_form",
    "is_person_noun",
    "is_role_noun",
    "label_entities",
    "name_openings",
    "spelling_form",
    "spellings",
    "without_places_that_do_nothing",
]


def _people_typed_as_bodies(mentions: Sequence[_Mention]) -> None:
    """Read as a person a two-word name the model typed an organisation ("Volodymyr Zelenskyy's
    government") when its words are a first name and, spelled the same way or transliterated,
    the surname of a person named elsewhere in the comparison. The first names must agree where
    both are written; where the person is named by surname alone, the organisation's first word
    must be known as a first name or its surname respelled, since a body may carry a surname
    as it is ("Goldman Sachs" beside an economist called "Sachs")."""
    people = [m.key for m in mentions if m.label == "PERSON"]
    by_form: dict[str, list[tuple[str, ...]]] = {}
    for key in people:
        by_form.setdefault(spelling_form(key[-1]), []).append(key)
    first_names = _FIRST_NAMES | {k[0] for k in people if len(k) > 1}
    for m in mentions:
        if m.label == "ORG" and len(m.key) == 2:
            named = by_form.get(spelling_form(m.key[1]), [])
            if _a_persons_name(m.key, named, first_names):
                m.label, m.key = "PERSON", _person_key(m.key)


def _people_by_description(mentions: Sequence[_Mention]) -> None:
    """Read as a person, before names are grouped, a name of two words or more the model typed
    a body or a place where what the articles call it says a person ("Chief executive Helena
    Strand", typed an organisation in every article). Typed so, the name would own no surname,
    and "Strand said" would stay apart from her, even as a place."""
    by_key: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if len(m.key) > 1:
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
    """The names typed or written as places: a town's name opens its bodies' names too
    ("Harwick" and the "Harwick Legal Aid Society"), so it is no company's short name. A dateline
    (:func:`_places_filed_from`), "in Brannock" or "the town of Brannock" make a name a place;
    "at Brannock" alone does not (:func:`_written_as_a_place`), even where the model types it a
    place: it types "workers at Brannock" a town as readily as a firm."""
    return {
        m.key
        for m in mentions
        if (m.label in {"GPE", "LOC"} and not m.only_at) or _written_as_a_place(m)
    }


def _companies_by_their_short_names(mentions: Sequence[_Mention]) -> None:
    """Read an organisation's name that opens one company's name as that company: "Brannock"
    beside "Brannock Foods", "Harlan Fresh" beside "Harlan Fresh Foods", in one article or
    across them. A short name is the first word, or the name without the words of
    :data:`_COMPANY_ENDINGS`. The model types such a name a people's now and then ("Corvid
    shares rose", a nationality), which a word no country's people go by is not. A word of a
    person named in full ("Sam Brannock"), a place or a name that opens two bodies' names
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


def _written_as_companies(names: Set[str], texts: Sequence[str]) -> set[str]:
    """Which of ``names`` the texts write as :data:`_ONLY_A_COMPANY` does, found in one pass
    over each text for all of them: a pass for each name took ten seconds for 50 names in a
    500,000-character article. The look-ahead lets one name's match overlap another's."""
    if not names:
        return set()
    either = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    owned = re.compile(f"(?={_ONLY_A_COMPANY.format(name=f'({either})')})")
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


#: How a party is written that names no place: "the Labour Party", "Labour-run", "Labour MPs".
_AS_A_PARTY: Final = r"(?:\s+[Pp]arty\b|-(?:run|led|controlled|held)\b|\s+MPs\b)"


def _councils_of_places(mentions: Sequence[_Mention], texts: Sequence[str]) -> None:
    """Read a name before a local government's noun as the place it governs: the small model
    types "Tolmere" in "the Tolmere council" an organisation or a person. A party's name stands
    there too ("the Labour council"), so a name the comparison also writes as a party's ("the
    Labour Party", "Labour-run") stays what the model made it. An acronym ("the EU council") is
    a body's."""
    for m in mentions:
        if not m.council or m.label not in {"ORG", "PERSON"} or m.name.isupper():
            continue
        party = re.compile(rf"(?<![\w-]){re.escape(m.name)}{_AS_A_PARTY}")
        if not any(party.search(text) for text in texts):
            m.place_named = True


def _of_where(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "The Provincial Assembly" in an article on the "Provincial Assembly of Marren": a body of
    two words or more, named again without the "of" that says where it is."""
    return len(short) > 1 and len(long) > len(short) + 1 and long[len(short)] == "of"


def _best_name(aliases: Sequence[str], counts: dict[str, int]) -> str:
    """The fullest form, preferring one written more than once (a headline's "Glenn Beck Rips" is
    longer than "Glenn Beck" but is not a name)."""
    repeated = [a for a in aliases if counts[a] > 1 and len(a.split()) > 1]
    pool = repeated or list(aliases)
    return max(
        pool,
        key=lambda n: (not _shouted(n), len(_key(n.split())), counts[n], -aliases.index(n)),
    )


def _acronym_of(short: tuple[str, ...], surface: str, long: tuple[str, ...]) -> bool:
    if len(short) != 1 or len(long) < 2:
        return False
    letters = surface.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    initials = "".join(w[0] for w in long if w not in _ACRONYM_SKIP)
    return initials == short[0]


def _surname_owners(
    by_key: dict[tuple[str, ...], _Cluster], group: dict[tuple[str, ...], str]
) -> dict[str, list[tuple[str, ...]]]:
    """The people named in full in the comparison, by surname. A shorter full name that ends
    another ("Duncan Smith" in "Iain Duncan Smith") is the same person, not a second owner; so
    is a relative introduced by the surname ("Ricks's sister, Tanya Ricks"), since the bare
    "Ricks" of that introduction is someone else: the one the story is about."""
    people = [k for k in by_key if len(k) > 1 and group[k] == "PERSON"]
    tails = {p[-n:] for p in people for n in range(2, len(p))}
    owners: dict[str, list[tuple[str, ...]]] = {}
    for k in people:
        if k not in tails and not _kin_of_namesake(k, by_key[k]):
            owners.setdefault(k[-1], []).append(k)
    return owners


def _kin_of_namesake(key: tuple[str, ...], cluster: _Cluster) -> bool:
    """Whether every description of a person is a relative of someone with their surname
    ("Ricks's sister", "Smith's widow"): the person is named as that someone's kin."""
    descriptors = [d.split() for m in cluster.mentions for d in m.descriptors]
    return bool(descriptors) and all(
        len(words) > 1
        and words[0].endswith(("'s", "’s"))
        and _fold(words[0][:-2]) == key[-1]
        and _head_word(" ".join(words)) in _KIN
        for words in descriptors
    )


def _surname_alone(
    key: tuple[str, ...],
    cluster: _Cluster,
    owners: dict[str, list[tuple[str, ...]]],
    body_words: set[str],
) -> bool:
    """A one-word name that is the surname of exactly one person named in full, whatever type
    the model gave it: in "Regional Governor Paul Arden ... Arden told reporters" the second
    "Arden" is the governor even where the model read it as a place. It stays a place when it
    is written like one ("in Arden") or is a word of a place's or a body's name ("Arden
    Council")."""
    if len(key) != 1 or len(owners.get(key[0], ())) != 1:
        return False
    return key[0] not in body_words and not any(m.place_hint for m in cluster.mentions)


def _a_company_alone(
    key: tuple[str, ...], cluster: _Cluster, majority: str, body_words: set[str]
) -> bool:
    """A one-word name the model typed an organisation that the text shows is one, though a
    person named in full shares it ("Ford" beside "Gerald Ford"): a body is named in full with
    it ("Ford Motor"), or an "its" stands for it ("Ford said its sales fell")."""
    return (
        len(key) == 1
        and majority == "ORG"
        and (key[0] in body_words or any(m.called_it for m in cluster.mentions))
    )


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
#: University", "chairman of the Norland Farmers' Union".
_HEAD_ENDS: Final = _wordset("of at from for in with on to by")


def _head_word(descriptor: str) -> str:
    """The noun a description is about, lower case: the last word before what follows it."""
    words = descriptor.casefold().split()
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS and i > 0), len(words))
    return words[cut - 1]


def _names_people(word: str) -> bool:
    return len(word) > 5 and word.endswith(_PEOPLE_SUFFIXES)


def _cluster_type(
    head_key: tuple[str, ...],
    head: Sequence[_Mention],
    mentions: Sequence[_Mention],
    person_words: set[str],
) -> str:
    """The full name decides the type: "Anton Varga" is a PERSON even if "Varga" was an ORG,
    unless what the articles call the actor says otherwise (:func:`_described_as`).

    A one-word "person" that no one in the comparison is named in full with is a place when it
    reads as one ("in Kyiv") or the model itself typed it a place somewhere: the small model
    calls some towns people ("Harwick adopted the ordinance"), but a person is rarely typed a
    place."""
    label = Counter(m.label for m in head).most_common(1)[0][0]
    described_as = _described_as(mentions)
    if described_as == "PERSON" and label in {"ORG", "GPE"} and len(head_key) > 1:
        return "PERSON"  # "Its director, Amara Okafor," though the model typed her a place
    if described_as == "ORG" and label == "PERSON":
        return "ORG"  # "the motorists' group Drive Westhaven"
    if label == "PERSON" and described_as is None and any(m.which for m in head):
        return "ORG"  # "Greyline Terminals, which runs the port", typed a person
    if described_as == "GPE" and label in {"PERSON", "ORG"}:
        return "GPE"  # "the Tavarian capital, Dorn", though the model typed it a person
    if label == "ORG" and described_as is None and any(m.place_named for m in mentions):
        return "GPE"  # "Millbridge residents": the small model calls some towns organisations
    if (
        label == "ORG"
        and described_as is None
        and any(_typed_and_written_a_place(m) for m in mentions)
    ):
        return "GPE"  # "in Dunhollow", typed a place there, though an organisation elsewhere
    if label != "PERSON" or len(head_key) != 1:
        return label
    if any(m.place_hint or m.place_named for m in mentions):
        return "GPE"
    if head_key[0] not in person_words and any(m.label == "GPE" for m in mentions):
        return "GPE"
    return label


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


def _keep_names_whole(mentions: Sequence[_Mention]) -> None:
    """Drop a descriptor that is the start of the actor's own name as another mention writes it:
    the model may cut "Save" off "Save Ostenford Maternity", and the cut-off word is no outlet's
    word for the group (nor a sign that it is a person)."""
    written = {_fold(m.name) for m in mentions}
    for m in mentions:
        m.descriptors = [d for d in m.descriptors if _fold(f"{d} {m.name}") not in written]


def _typed_and_written_a_place(mention: _Mention) -> bool:
    """A mention the model typed a place where the writer writes it as one ("in Dunhollow"): "a
    stake in Tesla" is written so too, but the model does not type Tesla a place there."""
    return mention.label == "GPE" and mention.place_hint and len(mention.key) == 1


def _singular_and_plural(
    by_key: dict[tuple[str, ...], _Cluster], group: dict[tuple[str, ...], str]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Groups named both ways ("Every Republican voted against it", "Republicans once again
    ..."): one actor, the party's members, not two."""
    pairs = []
    for many in by_key:
        if group[many] == "NORP" and len(many[-1]) > 3 and many[-1].endswith("s"):
            one = (*many[:-1], many[-1][:-1])
            if group.get(one) == "NORP":
                pairs.append((one, many))
    return pairs


def _countries_named(key: tuple[str, ...]) -> frozenset[str]:
    """The countries a place's name may stand for: those :func:`countries_in` knows ("UK" is
    Britain) and, for one word, the word itself, so an invented "Tavaria" counts too."""
    named, _ = countries_in(frozenset(key))
    return named | ({key[0]} if len(key) == 1 else set())


def _peoples_as_places(mentions: Sequence[_Mention]) -> list[_Mention]:
    """A people's word for a country the comparison names, read as the writer meant it. Before a
    noun ("Chinese officials", "the Norlandic farmland") it says whose the thing is and names no
    actor; as a noun ("they do not trust the Chinese") it stands for the country, its people or
    its government, and so is the country's mention, not a second actor beside it. Plurals
    ("Ukrainians") are people met one by one and stay a group of their own."""
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
            if m.label in {"NORP", "GPE"} and len(m.key) == 1
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
    prices rose" is the grain, not a second mention of her."""
    words: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if len(m.key) == 1:
            words.setdefault(m.key, []).append(m)
    surnames = {m.key[-1] for m in mentions if len(m.key) > 1 and m.label == "PERSON"}
    texts = [f"{a.title}\n{a.text}" for a in articles]
    dropped: set[int] = set()
    for key, found in words.items():
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


def _names_the_us(key: tuple[str, ...]) -> bool:
    """ "US", "U.S.", "USA", "America", "the United States": a whole name of the United States."""
    return countries_in(frozenset(key)) == (frozenset({"us"}), frozenset(key))


def _the_states_as_named(mentions: list[_Mention], docs: Sequence[Doc]) -> None:
    """Read "the States" (:func:`_the_states`) as the United States where the comparison names
    the country by one of its names, as "the Chinese" is read as China: a mention of the country
    that the country's name is not written in. The model tags "the States" only now and then
    ("back in the States" seldom), so the ones it left out are added. Where no article names the
    country, "States" stays as written, since "the States" alone may be another body (Jersey's
    parliament)."""
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


def _place_names(
    clusters: dict[tuple[str, ...], _Cluster], types: dict[tuple[str, ...], str]
) -> dict[tuple[str, ...], frozenset[str]]:
    """The names of the comparison's places ("London", "Marren"), by key, with the countries
    each may name."""
    return {
        k: _countries_named(k)
        for head, cluster in clusters.items()
        if types[head] in {"GPE", "LOC"}
        for k in cluster.keys
    }


_POSSESSIVE_END: Final = re.compile(r"(?:['’]s|['’])$")


def _only_a_place(descriptor: str, places: dict[tuple[str, ...], frozenset[str]]) -> bool:
    """Whether a descriptor only says where the actor is: a place's possessive ("London's Daily
    Telegraph", "Marren's Provincial Assembly") or its people's word alone ("British"). That is
    where the paper or the assembly sits, not what the outlet calls it; "London's mayor" and
    "Chinese dictator" say more and stay."""
    key = _key(_POSSESSIVE_END.sub("", descriptor).split())
    if key in places:
        return True
    return len(key) == 1 and any(
        a_peoples_word_of(key[0], country) for named in places.values() for country in named
    )


def _only_an_owner(descriptor: str) -> bool:
    """Whether a descriptor only says whose a body or a place is: "Whitcombe's Civic Alliance"
    is the mayor's party, which every outlet may write, not a word any outlet chose for it. A
    person keeps such words ("Labour's Keir Starmer", "Pratt's sister"): the Actors list shows
    them as how the outlet introduces that person, which they are."""
    return bool(_POSSESSIVE_END.search(descriptor))


def _country_names(
    by_key: dict[tuple[str, ...], _Cluster], majority: dict[tuple[str, ...], str]
) -> list[list[tuple[str, ...]]]:
    """The names that stand for one country ("UK", "Britain", "the United Kingdom"; "America"
    and "the United States"), grouped: one country is one actor, whichever name it is given."""
    by_country: dict[str, list[tuple[str, ...]]] = {}
    for k in sorted(by_key):
        if majority[k] != "GPE":
            continue
        named, used = countries_in(frozenset(k))
        if len(named) == 1 and (used == frozenset(k) or _kingdom_of(k, used)):
            by_country.setdefault(next(iter(named)), []).append(k)
    return [names for names in by_country.values() if len(names) > 1]


def _kingdom_of(key: tuple[str, ...], used: frozenset[str]) -> bool:
    """ "The Kingdom of Saudi Arabia" is Saudi Arabia's formal name, not a second country. Only
    a kingdom: "the Republic of China" is Taiwan, and "Democratic Republic of the Congo" is not
    the Congo."""
    return key[:2] == ("kingdom", "of") and set(key[2:]) <= used | {"the"}


def _type_group(label: str) -> str:
    return "PERSON" if label == "PERSON" else ("NORP" if label == "NORP" else "PLACE-ORG")


def label_entities(
    articles: Sequence[Article], docs: Sequence[Doc], labels: Set[str] = frozenset()
) -> tuple[Entity, ...]:
    """One :class:`Entity` per actor across ``articles``, most mentioned first. ``labels``: the
    lexicon's judging words, which an outlet may capitalise onto a name (:class:`NameOpenings`)."""
    openings = name_openings(docs, labels)
    mentions: list[_Mention] = []
    for index, doc in enumerate(docs):
        # The outlet naming itself in its dateline or byline ("PORT ALDER (Northline Press) -")
        # is not an actor; further down the same name may be one (a person called "Fox").
        own = _key(articles[index].outlet.split())
        mentions.extend(
            m
            for m in (
                *_mentions(index, doc, openings),
                *_untagged_titled_names(index, doc),
                *_untagged_full_names(index, doc),
                *_untagged_company_names(index, doc, openings),
            )
            if m.key != own or m.start >= _BYLINE_CHARS
        )
    mentions = _streets_typed_as_people(mentions)
    credits = [credit_spans(doc_text(doc)) for doc in docs]
    mentions = _outside_credits(_regions_named_as_places(mentions), credits)
    mentions = _common_words_as_names(_peoples_as_places(mentions), articles, docs)
    if not mentions:
        return ()
    _councils_of_places(mentions, [f"{a.title}\n{a.text}" for a in articles])
    _places_filed_from(mentions, [doc_text(doc) for doc in docs])
    _the_states_as_named(mentions, docs)
    _people_typed_as_bodies(mentions)
    _people_by_description(mentions)
    _companies_by_their_first_word(mentions)
    _companies_by_their_short_names(mentions)
    _companies_by_what_they_have(mentions, [f"{a.title}\n{a.text}" for a in articles])
    spelled = spellings(
        Counter(m.key for m in mentions), {m.key for m in mentions if m.label == "PERSON"}
    )
    # Every spelling is looked for as a bare surname; each is then counted under the one chosen.
    full_names = {m.key for m in mentions if m.label == "PERSON" and len(m.key) > 1}
    surnames = {k[-1] for k in full_names} | {k[0] for k in spelled if len(k) == 1}
    for index, doc in enumerate(docs):
        known = {start for m in mentions if m.article == index for start in _word_starts(m)}
        mentions.extend(_surname_mentions(index, doc, surnames, known, full_names))
    for m in mentions:
        m.key = spelled.get(m.key, m.key)
    _tell_initials_apart(mentions)
    for index, doc in enumerate(docs):
        mentions.extend(_titled_mentions(index, doc, [m for m in mentions if m.article == index]))
    for index, doc in enumerate(docs):
        here = [m for m in mentions if m.article == index]
        mentions.extend(_described_mentions(index, doc, here, openings.labels))
    # A surname found again in a credit line ("Editing by Mark Hollis") is still the editor.
    mentions = _outside_credits(mentions, credits)

    # Exact names first (accents, case and a possessive aside), then short forms into long ones.
    by_key: dict[tuple[str, ...], _Cluster] = {}
    for m in mentions:
        by_key.setdefault(m.key, _Cluster(keys={m.key})).mentions.append(m)
    surface = {k: c.mentions[0].name for k, c in by_key.items()}
    group = {
        k: _type_group(Counter(m.label for m in c.mentions).most_common(1)[0][0])
        for k, c in by_key.items()
    }
    articles_of = {k: {m.article for m in c.mentions} for k, c in by_key.items()}
    majority = {
        k: Counter(m.label for m in c.mentions).most_common(1)[0][0] for k, c in by_key.items()
    }
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    longest_first = sorted(by_key, key=lambda k: (-len(k), -len(by_key[k].mentions)))
    # Index the longer names by their first and last word, so each short name looks at a few
    # candidates instead of every name (linear in the number of distinct names).
    by_edge: dict[str, list[tuple[str, ...]]] = {}
    by_initials: dict[str, list[tuple[str, ...]]] = {}
    for k in longest_first:
        if len(k) > 1:
            by_edge.setdefault(k[0], []).append(k)
            if k[-1] != k[0]:
                by_edge.setdefault(k[-1], []).append(k)
            initials = "".join(w[0] for w in k if w not in _ACRONYM_SKIP)
            by_initials.setdefault(initials, []).append(k)
    owners = _surname_owners(by_key, group)
    body_words = {w for k in by_key if len(k) > 1 and group[k] != "PERSON" for w in k}
    lone_surnames = {k for k in by_key if _surname_alone(k, by_key[k], owners, body_words)}
    companies = {k for k in by_key if _a_company_alone(k, by_key[k], majority[k], body_words)}
    for k in sorted(by_key, key=len):
        candidates: list[tuple[str, ...]] = []
        for long in by_edge.get(k[0], []) + by_edge.get(k[-1], []):
            if len(long) <= len(k):
                continue
            # The small model often calls a bare surname an ORG ("Varga said"), or even a place
            # ("Arden told reporters"); see :func:`_surname_alone`.
            as_person = (
                group[long] == "PERSON"
                and k not in companies
                and (majority[k] in {"ORG", "PERSON"} or k in lone_surnames)
            )
            if group[long] != group[k] and not as_person:
                continue
            if len(k) == 1 and group[long] == "PERSON" and len(owners.get(k[0], ())) > 1:
                continue  # two people share the surname: "Collins" alone could be either
            # People go by first or last name ("Xi", "Macron"); organisations and places only by
            # their tail ("Conservative Party"), since "Washington" is not "Washington Post".
            prefix = long[: len(k)] == k and (
                group[long] == "PERSON"
                or all(w in _GENERIC_TAILS for w in long[len(k) :])
                or _of_where(k, long)
            )
            # A body's tail stands for it only where the long name was written: "the Tea Party"
            # in three outlets is not the "St. Louis Tea Party" named once in one of them.
            tail = long[-len(k) :] == k and (
                group[long] == "PERSON" or articles_of[k] <= articles_of[long]
            )
            if prefix or tail:
                candidates.append(long)
        if len(k) == 1:
            for long in by_initials.get(k[0], []):
                if _acronym_of(k, surface[k], long):
                    candidates.append(long)
        if candidates:
            best = max(candidates, key=lambda c: (len(by_key[c].mentions), len(c)))
            parent[k] = best
    for one, many in _singular_and_plural(by_key, group):
        if one not in parent and many not in parent:
            parent[one] = many

    def root(k: tuple[str, ...]) -> tuple[str, ...]:
        seen = 0
        while k in parent and seen < 16:
            k = parent[k]
            seen += 1
        return k

    for one_country in _country_names(by_key, majority):
        head = root(max(one_country, key=lambda k: (len(by_key[k].mentions), len(k), k)))
        for k in one_country:
            if root(k) != head:
                parent[root(k)] = head

    person_words = {w for k in by_key if len(k) > 1 and group[k] == "PERSON" for w in k}
    clusters: dict[tuple[str, ...], _Cluster] = {}
    for k, c in by_key.items():
        target = clusters.setdefault(root(k), _Cluster())
        target.keys |= c.keys
        target.mentions.extend(c.mentions)

    for cluster in clusters.values():
        _keep_names_whole(cluster.mentions)
    types = {
        head_key: _cluster_type(head_key, by_key[head_key].mentions, cluster.mentions, person_words)
        for head_key, cluster in clusters.items()
    }
    places = _place_names(clusters, types)
    entities: list[tuple[int, int, Entity]] = []
    for head_key, cluster in clusters.items():
        ms = sorted(cluster.mentions, key=lambda m: (m.article, m.start))
        label = types[head_key]
        names: dict[str, int] = {}
        for m in ms:
            if not (m.by_title or m.stands_for):  # the name is not written there
                names[m.name] = names.get(m.name, 0) + 1
        aliases = tuple(names)
        name = _best_name(aliases, names)
        descriptors: dict[str, list[str]] = {}
        seen_desc: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in ms:
            article_id = articles[m.article].id
            counts[article_id] = counts.get(article_id, 0) + 1
            spans.setdefault(article_id, []).append((m.start, m.end))
            for d in m.descriptors:
                if _only_a_place(d, places) or (label != "PERSON" and _only_an_owner(d)):
                    continue
                folded = " ".join(d.casefold().split())
                if folded not in seen_desc.setdefault(article_id, set()):
                    seen_desc[article_id].add(folded)
                    descriptors.setdefault(article_id, []).append(d)
        first = (ms[0].article, ms[0].start)
        entity = Entity(
            id="",
            name=name,
            type=label,
            aliases=aliases,
            descriptors={a: tuple(d) for a, d in descriptors.items()},
            mentions=counts,
            spans={a: tuple(found) for a, found in spans.items()},
        )
        entities.append((-len(ms), first[0] * 10**9 + first[1], entity))
    entities.sort(key=lambda e: (e[0], e[1]))
    return tuple(
        Entity(
            id=f"e{i}",
            name=e.name,
            type=e.type,
            aliases=e.aliases,
            descriptors=e.descriptors,
            mentions=e.mentions,
            spans=e.spans,
        )
        for i, (_, _, e) in enumerate(entities, start=1)
    )


#: Verbs whose subject a place only is or has: "Esperel lies on the river", "Kellmarsh has had
#: two other shootings", "Ostenford is a market town". Its subject does nothing.
_BEING_LEMMAS: Final = _wordset("be have lie sit stand remain become seem")


def without_places_that_do_nothing(
    actors: Sequence[Entity],
    articles: Sequence[Article],
    docs: Sequence[Doc],
    judging: Set[str] = frozenset(),
) -> tuple[Entity, ...]:
    """``actors`` without the places the articles only name as places: a dateline, "in
    Kellmarsh", "Kellmarsh police" (its body acts, not the town), "Kellmarsh, a city of 150,000,
    has had two shootings". A reader looks in the actors for who does what in the story; a place
    stays where some article has it take part (:func:`_takes_part`: "Kellmarsh voted", "sanctions
    imposed by Norland", "invaded Ukraine", "Russia's army", "aid to Ukraine") or describes it
    with one of the lexicon's ``judging`` words ("Communist China"), which is what the actors
    list is there to compare; "a market town of about 11,000 people" only says what it is. The
    others keep their order and are numbered again, as :func:`label_entities` numbers them."""
    doc_of = {article.id: doc for article, doc in zip(articles, docs, strict=True)}
    kept = [
        actor
        for actor in actors
        if actor.type != "GPE"
        or _judged(actor, judging)
        or any(
            _takes_part(doc_of[article], start, end)
            for article, spans in actor.spans.items()
            if article in doc_of
            for start, end in spans
        )
    ]
    return tuple(replace(actor, id=f"e{i}") for i, actor in enumerate(kept, start=1))


def _judged(actor: Entity, judging: Set[str]) -> bool:
    words = {
        word
        for descriptors in actor.descriptors.values()
        for descriptor in descriptors
        for word in descriptor.lower().split()
    }
    return any(
        word in judging or any(part in judging for part in word.split("-")) for word in words
    )


#: Prepositions that say where something happens: "in Kellmarsh", "crews from Bristol". Any
#: other makes the place a party ("aid to Ukraine", "talks with Russia", "sanctions on Iran").
_WHERE_PREPOSITIONS: Final = _wordset(
    "in at near outside inside across around throughout within from into through via over "
    "beyond along towards toward"
)


def _takes_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at characters [start, end) is a party to what its sentence tells: the
    subject of a verb other than one of being (:data:`_BEING_LEMMAS`), the agent of a passive,
    what a verb is done to ("invaded Ukraine"), an owner ("Russia's army"), or a preposition's
    object that is not a where ("aid to Ukraine"). "Ostenford is the fourth community to lose its
    ward" says what the town is, as "Kellmarsh has had two shootings" says what it has, and
    "the war in Ukraine" where it is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "Norland and Tavaria signed": the first of them is the subject
    if word.dep_ == "pobj":
        preposition = word.head
        if preposition.dep_ == "agent":
            return True  # "imposed by Norland"
        return preposition.lower_ not in _WHERE_PREPOSITIONS and preposition.lower_ != "of"
    if word.dep_ in {"dobj", "poss"}:
        return True
    return word.dep_ == "nsubj" and word.head.lemma_.lower() not in _BEING_LEMMAS
