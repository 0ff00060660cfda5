"""Clustering mentions into actors across articles, and typing each actor.

Exact keys first, then short forms into the long names they stand for ("Varga" into "Anton Varga",
"NWP" into "Norland Workers Party"), then one country's names together; each cluster is then typed
a person, a body or a place by the majority of its mentions and what they are called.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from reader.core.countries import a_peoples_word_of, countries_in
from reader.core.entity_mentions import _shouted
from reader.core.entity_misreads import _countries_named
from reader.core.entity_names import _COMPANY_ONLY_ENDINGS
from reader.core.entity_records import _Cluster, _fold, _key, _Mention
from reader.core.entity_retyping import _described_as, _described_as_a_firm, _head_word
from reader.core.entity_words import _ACRONYM_SKIP, _GENERIC_TAILS, _KIN


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
    return {surname: _without_relatives(keys, by_key) for surname, keys in owners.items()}


def _without_relatives(
    namesakes: list[tuple[str, ...]], by_key: dict[tuple[str, ...], _Cluster]
) -> list[tuple[str, ...]]:
    """The namesakes a bare surname may stand for: "his widow, Nadia Valk" and "his son, Andrej
    Valk" beside "Teodor Valk" are introduced as the relatives of the one the story is about,
    whom the bare "Valk" names. Where every namesake is described as a relative, all stay."""
    if len(namesakes) < 2:
        return namesakes
    kept = [k for k in namesakes if not _described_as_kin(by_key[k])]
    return kept or namesakes


def _relatives_named_in_passing(clusters: dict[tuple[str, ...], _Cluster]) -> None:
    """Drop from ``clusters`` a person named once, by one word, and only as someone's relative:
    in "said Lise Havnaas, whose son Erik is the ship's second officer" the son is how the
    speaker is introduced, and a bare "Erik" in the actors beside the full names is no one a
    reader can place. A relative named in full, named again or described in their own right
    ("Erik, the second officer,") stays; a first name some full name completes has already
    joined that person."""
    for head_key in [
        k
        for k, c in clusters.items()
        if len(c.mentions) == 1
        and len(c.mentions[0].key) == 1
        and c.mentions[0].label == "PERSON"
        and _described_as_kin(c)
    ]:
        del clusters[head_key]


def _described_as_kin(cluster: _Cluster) -> bool:
    """Whether every description of a person ends in a relative's noun ("widow", "his son"),
    not "father of two", which says who they are in their own right."""
    descriptors = [d.split() for m in cluster.mentions for d in m.descriptors]
    return bool(descriptors) and all(_fold(words[-1]) in _KIN for words in descriptors)


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
    if (
        described_as == "PERSON"
        and label in {"ORG", "GPE"}
        and len(head_key) > 1
        and head_key[-1] not in _COMPANY_ONLY_ENDINGS  # "its rival Pellow Stores": a firm
    ):
        return "PERSON"  # "Its director, Amara Okafor," though the model typed her a place
    if described_as == "ORG" and label == "PERSON":
        return "ORG"  # "the motorists' group Drive Westhaven"
    if label == "PERSON" and len(head_key) == 1 and _described_as_a_firm(mentions):
        return "ORG"  # "Valgrid, the national grid operator": a one-word name, a firm's
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
    if label == "ORG" and described_as is None and _in_a_place_typed_one_elsewhere(mentions):
        return "GPE"  # "Officials in Esperel counted", typed a body there, a place elsewhere
    if label == "ORG" and described_as is None and _a_town_typed_a_body(head_key, mentions):
        return "GPE"  # "in Kessford", "outside Kessford", though typed a body each time
    if label == "PERSON" and described_as is None and _a_named_place(head_key, mentions):
        return "GPE"  # "the coastal town of Selby Head", though typed a person each time
    if label != "PERSON" or len(head_key) != 1:
        return label
    if any(m.place_hint or m.place_named for m in mentions):
        return "GPE"
    if head_key[0] not in person_words and any(m.label == "GPE" for m in mentions):
        return "GPE"
    return label


def _a_named_place(key: tuple[str, ...], mentions: Sequence[_Mention]) -> bool:
    """Whether a name of more words (``key``) the model typed a person is called a place by some
    outlet ("the coastal town of Selby Head", "Selby Head residents") and is always written in
    full: a person is named again by the surname ("Head said"), and a street-shaped name with
    a person's sign ("Ms Mill Lane") stays one. The small model types an invented town of two
    words a person as readily as one of one, which the lines after this read."""
    return (
        len(key) > 1
        and any(m.place_named for m in mentions)
        and all(m.key == key and not m.person_sign for m in mentions)
    )


def _keep_names_whole(mentions: Sequence[_Mention]) -> None:
    """Drop a descriptor that is the start of the actor's own name as another mention writes it:
    the model may cut "Save" off "Save Ostenford Maternity", and the cut-off word is no outlet's
    word for the group (nor a sign that it is a person)."""
    written = {_fold(m.name) for m in mentions}
    for m in mentions:
        m.descriptors = [d for d in m.descriptors if _fold(f"{d} {m.name}") not in written]


def _in_a_place_typed_one_elsewhere(mentions: Sequence[_Mention]) -> bool:
    """Whether a one-word name is written where a place is ("in Esperel", "near Esperel") where
    the model typed it a body, and typed a place in another mention: "Officials in Esperel
    counted" is read as a body doing the counting, yet the comparison has the town. "A stake in
    Tesla" is written so too, but nowhere is Tesla typed a place."""
    return any(
        m.label == "ORG" and m.place_hint and not m.only_at and len(m.key) == 1 for m in mentions
    ) and any(m.label in {"GPE", "LOC"} and len(m.key) == 1 for m in mentions)


def _a_town_typed_a_body(key: tuple[str, ...], mentions: Sequence[_Mention]) -> bool:
    """Whether a one-word name the model typed a body each time is written where only a place
    is ("crowds gathered outside Kessford") and nothing calls it a thing ("its", "which"): the
    small model types invented towns organisations. "A stake in Kessford" or "workers at
    Kessford" is written of a firm too, and a name of more words ("Kessford United") is a
    body's own."""
    return (
        len(key) == 1
        and any(m.around for m in mentions)
        and not any(m.called_it or m.which for m in mentions)
    )


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


def _clusters_by_key(mentions: Sequence[_Mention]) -> dict[tuple[str, ...], _Cluster]:
    """One cluster per exact name (accents, case and a possessive aside), in the order the
    names are first met: the first step of clustering, before short forms join long ones."""
    by_key: dict[tuple[str, ...], _Cluster] = {}
    for m in mentions:
        by_key.setdefault(m.key, _Cluster(keys={m.key})).mentions.append(m)
    return by_key


@dataclass(frozen=True, slots=True)
class _ExactNames:
    """What joining short names to long ones reads of the exact names' clusters, worked out
    once for all of them rather than once per short name."""

    by_key: dict[tuple[str, ...], _Cluster]
    #: Each name as its first mention writes it.
    surface: dict[tuple[str, ...], str]
    #: The type group (:func:`_type_group`) of each name's most frequent label.
    group: dict[tuple[str, ...], str]
    articles_of: dict[tuple[str, ...], set[int]]
    #: Each name's most frequent label.
    majority: dict[tuple[str, ...], str]
    #: The names of two words or more, longest first, by their first and their last word.
    by_edge: dict[str, list[tuple[str, ...]]]
    #: The same names by their initials (an acronym's letters).
    by_initials: dict[str, list[tuple[str, ...]]]
    owners: dict[str, list[tuple[str, ...]]]
    lone_surnames: set[tuple[str, ...]]
    companies: set[tuple[str, ...]]


def _exact_names(by_key: dict[tuple[str, ...], _Cluster]) -> _ExactNames:
    """The facts :func:`_short_names_into_long` reads of each exact name (see
    :class:`_ExactNames`)."""
    surface = {k: c.mentions[0].name for k, c in by_key.items()}
    group = {
        k: _type_group(Counter(m.label for m in c.mentions).most_common(1)[0][0])
        for k, c in by_key.items()
    }
    articles_of = {k: {m.article for m in c.mentions} for k, c in by_key.items()}
    majority = {
        k: Counter(m.label for m in c.mentions).most_common(1)[0][0] for k, c in by_key.items()
    }
    longest_first = sorted(by_key, key=lambda k: (-len(k), -len(by_key[k].mentions)))
    by_edge, by_initials = _longer_names_indexed(longest_first)
    owners = _surname_owners(by_key, group)
    body_words = {w for k in by_key if len(k) > 1 and group[k] != "PERSON" for w in k}
    lone_surnames = {k for k in by_key if _surname_alone(k, by_key[k], owners, body_words)}
    companies = {k for k in by_key if _a_company_alone(k, by_key[k], majority[k], body_words)}
    return _ExactNames(
        by_key=by_key,
        surface=surface,
        group=group,
        articles_of=articles_of,
        majority=majority,
        by_edge=by_edge,
        by_initials=by_initials,
        owners=owners,
        lone_surnames=lone_surnames,
        companies=companies,
    )


def _longer_names_indexed(
    longest_first: Sequence[tuple[str, ...]],
) -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """The longer names by their first and last word, and by their initials, so each short name
    looks at a few candidates instead of every name (linear in the number of distinct names)."""
    by_edge: dict[str, list[tuple[str, ...]]] = {}
    by_initials: dict[str, list[tuple[str, ...]]] = {}
    for k in longest_first:
        if len(k) > 1:
            by_edge.setdefault(k[0], []).append(k)
            if k[-1] != k[0]:
                by_edge.setdefault(k[-1], []).append(k)
            initials = "".join(w[0] for w in k if w not in _ACRONYM_SKIP)
            by_initials.setdefault(initials, []).append(k)
    return by_edge, by_initials


def _longer_names_for(k: tuple[str, ...], names: _ExactNames) -> list[tuple[str, ...]]:
    """The longer names that the name ``k`` may stand for: a person's first or last name, a
    body's or a place's tail, or an acronym of the longer name."""
    group, majority = names.group, names.majority
    candidates: list[tuple[str, ...]] = []
    for long in names.by_edge.get(k[0], []) + names.by_edge.get(k[-1], []):
        if len(long) <= len(k):
            continue
        # The small model often calls a bare surname an ORG ("Varga said"), or even a place
        # ("Arden told reporters"); see :func:`_surname_alone`.
        as_person = (
            group[long] == "PERSON"
            and k not in names.companies
            and (majority[k] in {"ORG", "PERSON"} or k in names.lone_surnames)
        )
        if group[long] != group[k] and not as_person:
            continue
        if len(k) == 1 and group[long] == "PERSON" and len(names.owners.get(k[0], ())) > 1:
            continue  # two people share the surname: "Collins" alone could be either
        if len(k) == 1 and group[long] == "PERSON" and long not in names.owners.get(k[0], [long]):
            continue  # a relative named beside the one the surname stands for
        # People go by first or last name ("Xi", "Macron"); organisations and places only by
        # their tail ("Conservative Party"), since "Washington" is not "Washington Post".
        prefix = long[: len(k)] == k and (
            group[long] == "PERSON"
            or all(w in _GENERIC_TAILS for w in long[len(k) :])
            or _of_where(k, long)
        )
        # A body's tail stands for it only where the long name was written: "the Tea Party"
        # in three outlets is not the "St. Louis Tea Party" named once in one of them.
        # A place's name ends a body's name without standing for it: "in Marrowgate" is the
        # town, not "Climate Action Marrowgate".
        tail = (
            long[-len(k) :] == k
            and (group[long] == "PERSON" or names.articles_of[k] <= names.articles_of[long])
            and not (majority[k] in {"GPE", "LOC"} and majority[long] == "ORG")
        )
        if prefix or tail:
            candidates.append(long)
    if len(k) == 1:
        for long in names.by_initials.get(k[0], []):
            if _acronym_of(k, names.surface[k], long):
                candidates.append(long)
    return candidates


def _short_names_into_long(names: _ExactNames) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each short name's parent: the most mentioned of the longer names it may stand for, or
    the plural of a group named both ways. Shortest names are looked at first."""
    by_key = names.by_key
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in sorted(by_key, key=len):
        candidates = _longer_names_for(k, names)
        if candidates:
            best = max(candidates, key=lambda c: (len(by_key[c].mentions), len(c)))
            parent[k] = best
    for one, many in _singular_and_plural(by_key, names.group):
        if one not in parent and many not in parent:
            parent[one] = many
    return parent


def _root(parent: dict[tuple[str, ...], tuple[str, ...]], k: tuple[str, ...]) -> tuple[str, ...]:
    """The name ``k`` is merged into, following ``parent`` at most 16 steps."""
    seen = 0
    while k in parent and seen < 16:
        k = parent[k]
        seen += 1
    return k


def _one_country_together(
    parent: dict[tuple[str, ...], tuple[str, ...]],
    by_key: dict[tuple[str, ...], _Cluster],
    majority: dict[tuple[str, ...], str],
) -> None:
    """Point the roots of one country's names (see :func:`_country_names`) at the root of its
    most mentioned name, in ``parent``."""
    for one_country in _country_names(by_key, majority):
        head = _root(parent, max(one_country, key=lambda k: (len(by_key[k].mentions), len(k), k)))
        for k in one_country:
            if _root(parent, k) != head:
                parent[_root(parent, k)] = head


def _merged_clusters(
    by_key: dict[tuple[str, ...], _Cluster], parent: dict[tuple[str, ...], tuple[str, ...]]
) -> dict[tuple[str, ...], _Cluster]:
    """The exact names' clusters merged under their roots: one cluster per actor."""
    clusters: dict[tuple[str, ...], _Cluster] = {}
    for k, c in by_key.items():
        target = clusters.setdefault(_root(parent, k), _Cluster())
        target.keys |= c.keys
        target.mentions.extend(c.mentions)
    return clusters


def _cluster_types(
    names: _ExactNames, clusters: dict[tuple[str, ...], _Cluster]
) -> dict[tuple[str, ...], str]:
    """Each merged cluster's type, by its head name's mentions and all of its own (see
    :func:`_cluster_type`)."""
    by_key, group = names.by_key, names.group
    person_words = {w for k in by_key if len(k) > 1 and group[k] == "PERSON" for w in k}
    return {
        head_key: _cluster_type(head_key, by_key[head_key].mentions, cluster.mentions, person_words)
        for head_key, cluster in clusters.items()
    }
