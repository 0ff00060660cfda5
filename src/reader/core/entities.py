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

from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from reader.core.entity_bylines import (
    _BYLINE_CHARS,
    _outside_credits,
    _places_filed_from,
    after_a_dateline,
    credit_spans,
)
from reader.core.entity_clusters import (
    _a_company_alone,
    _acronym_of,
    _best_name,
    _cluster_type,
    _country_names,
    _keep_names_whole,
    _of_where,
    _only_a_place,
    _only_an_owner,
    _place_names,
    _singular_and_plural,
    _surname_alone,
    _surname_owners,
    _type_group,
)
from reader.core.entity_mentions import _mentions
from reader.core.entity_misreads import (
    _common_words_as_names,
    _peoples_as_places,
    _regions_named_as_places,
    _streets_typed_as_people,
)
from reader.core.entity_names import (
    NameOpenings,
    first_name_form,
    name_openings,
    spelling_form,
    spellings,
)
from reader.core.entity_records import _Cluster, _key, _Mention
from reader.core.entity_references import (
    _described_mentions,
    _surname_mentions,
    _tell_initials_apart,
    _titled_mentions,
    _word_starts,
)
from reader.core.entity_retyping import (
    _companies_by_their_first_word,
    _companies_by_their_short_names,
    _companies_by_what_they_have,
    _councils_of_places,
    _people_by_description,
    _people_typed_as_bodies,
    _the_states_as_named,
)
from reader.core.entity_untagged import (
    _untagged_company_names,
    _untagged_full_names,
    _untagged_titled_names,
)
from reader.core.entity_words import (
    _ACRONYM_SKIP,
    _GENERIC_TAILS,
    ACTOR_LABELS,
    HONORIFICS,
    TITLES,
    _wordset,
    is_person_noun,
    is_role_noun,
)
from reader.core.model import Article, Entity
from reader.core.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
