"""Actors across articles, and the words each article puts in front of their names.

One of the clearest signs of framing is how an outlet introduces the same person: "Chinese dictator
Xi Jinping" in one article, "President Xi Jinping" in another. To show that side by side the engine
needs one entity per actor across all articles (so "Xi", "Xi Jinping" and "President Xi" are one
person) and, per article, the descriptors written next to the name: titles, compound titles ("French
President"), pre-modifiers ("Communist" in "Communist China") and appositives ("the CCP's top
diplomat, Wang Yi").

The work reads spaCy's entities and dependency arcs from the parse made once per article: no
re-parse, and a constant amount of work per entity mention.

This module is the outline (:func:`label_entities`) and the public names; the steps live beside it:

- ``entity_words``: the word lists and word tests every step reads (titles, people's nouns).
- ``entity_records``: the mention and cluster records, and the folded key a name is matched by.
- ``entity_bylines``: an article's dateline, byline and staff credits, which name no actor.
- ``entity_names``: one key for the ways a name is written (nicknames, spellings, short names).
- ``entity_descriptors``: the titles, pre-modifiers and appositives written beside a name.
- ``entity_signs``: the words around a name that say it is a place, a street, a thing or a person.
- ``entity_bounds``: where a name starts and ends inside the model's entity.
- ``entity_mentions``: the mentions of the entities the model tagged.
- ``entity_untagged``: the names the model tagged nothing of.
- ``entity_references``: later references to an actor already named (surname, title, description).
- ``entity_short_forms``: a body named again by its head noun alone ("the league").
- ``entity_retyping``: mentions retyped by what the whole comparison knows.
- ``entity_misreads``: mentions the model misread, dropped or retyped before clustering.
- ``entity_clusters``: mentions merged into one cluster per actor, and each cluster typed.
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
    _best_name,
    _cluster_types,
    _clusters_by_key,
    _exact_names,
    _keep_names_whole,
    _merged_clusters,
    _one_country_together,
    _only_a_place,
    _only_an_owner,
    _place_names,
    _relatives_named_in_passing,
    _short_names_into_long,
)
from reader.core.entity_mentions import _mentions
from reader.core.entity_misreads import (
    _bodies_after_the_typed_as_people,
    _common_words_as_names,
    _counted_nationals,
    _landforms_typed_as_people,
    _nations_typed_as_people,
    _peoples_as_places,
    _places_and_products_typed_as_people,
    _portfolios_typed_as_bodies,
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
    _body_people_mentions,
    _described_mentions,
    _surname_mentions,
    _tell_initials_apart,
    _titled_mentions,
    _word_starts,
)
from reader.core.entity_retyping import (
    _bodies_by_their_opening_words,
    _companies_by_their_first_word,
    _companies_by_their_short_names,
    _companies_by_what_they_have,
    _companies_typed_as_places,
    _councils_of_places,
    _grounds_named_as_a_word_before_a_noun,
    _people_by_description,
    _people_typed_as_bodies,
    _places_bodies_are_named_after,
    _platforms_by_what_they_do,
    _the_states_as_named,
    _towns_typed_as_peoples,
)
from reader.core.entity_short_forms import short_form_mentions
from reader.core.entity_signs import _before_a_landform
from reader.core.entity_untagged import (
    _untagged_bodies,
    _untagged_company_names,
    _untagged_described_bodies,
    _untagged_described_people,
    _untagged_full_names,
    _untagged_group_names,
    _untagged_titled_names,
)
from reader.core.entity_words import (
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


def label_entities(
    articles: Sequence[Article], docs: Sequence[Doc], labels: Set[str] = frozenset()
) -> tuple[Entity, ...]:
    """One :class:`Entity` per actor across ``articles``, most mentioned first. ``labels``: the
    lexicon's judging words, which an outlet may capitalise onto a name (:class:`NameOpenings`)."""
    openings = name_openings(docs, labels)
    mentions = _each_articles_mentions(articles, docs, openings)
    mentions = _places_and_products_typed_as_people(
        _streets_typed_as_people(mentions), articles, docs
    )
    mentions = _portfolios_typed_as_bodies(mentions, docs)
    credits = [credit_spans(doc_text(doc)) for doc in docs]
    mentions = _outside_credits(_regions_named_as_places(mentions), credits)
    mentions = _peoples_as_places(_counted_nationals(mentions, docs))
    mentions = _common_words_as_names(mentions, articles, docs)
    if not mentions:
        return ()
    _retype_by_the_comparison(mentions, articles, docs)
    # "told the Gazette", typed a person until the comparison read it as a body: its own paper.
    owns = [_outlet_keys(a.outlet) for a in articles]
    mentions = [m for m in mentions if not _names_its_own_outlet(m, owns[m.article])]
    _add_surnames_under_one_spelling(mentions, docs)
    _tell_initials_apart(mentions)
    _add_titled_and_described(mentions, docs, openings.labels, [a.title or "" for a in articles])
    # A surname found again in a credit line ("Editing by Mark Hollis") is still the editor.
    mentions = _outside_credits(mentions, credits)

    # Exact names first (accents, case and a possessive aside), then short forms into long ones.
    by_key = _clusters_by_key(mentions)
    names = _exact_names(by_key)
    parent = _short_names_into_long(names)
    _one_country_together(parent, by_key, names.majority)
    clusters = _merged_clusters(by_key, parent)
    _relatives_named_in_passing(clusters)
    for cluster in clusters.values():
        _keep_names_whole(cluster.mentions)
    types = _cluster_types(names, clusters)
    places = _place_names(clusters, types)
    entities = [
        _entity_of(cluster, types[head_key], places, articles)
        for head_key, cluster in clusters.items()
    ]
    return _numbered_most_mentioned_first(entities)


def _each_articles_mentions(
    articles: Sequence[Article], docs: Sequence[Doc], openings: NameOpenings
) -> list[_Mention]:
    """The names each article writes: the model's entities, then the titled names, full names,
    described people ("Anders Lunde, a hydrologist,") and company names the model tagged
    nothing of."""
    mentions: list[_Mention] = []
    for index, doc in enumerate(docs):
        own = _outlet_keys(articles[index].outlet)
        mentions.extend(
            m
            for m in (
                *_mentions(index, doc, openings),
                *_untagged_titled_names(index, doc),
                *_untagged_full_names(index, doc),
                *_untagged_described_people(index, doc),
                *_untagged_group_names(index, doc),
                *_untagged_company_names(index, doc, openings),
                *_untagged_bodies(index, doc, openings),
                *_untagged_described_bodies(index, doc, openings),
            )
            if not _names_its_own_outlet(m, own)
        )
    return mentions


def _outlet_keys(outlet: str) -> frozenset[tuple[str, ...]]:
    """The keys of an outlet's name, also without a leading "The" and by its last word alone:
    "The Sentinel" writes "parents told the Sentinel", the "Tarne Valley Gazette" "she told
    the Gazette"."""
    key = _key(outlet.split())
    short = key[1:] if len(key) > 1 and key[0] == "the" else key
    last = key[-1:] if len(short) > 1 else ()
    return frozenset(k for k in (key, short, last) if k)


def _names_its_own_outlet(mention: _Mention, own: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``mention`` is the article's outlet naming itself, the press reporting the story
    and no part of it: in its dateline or byline ("PORT ALDER (Northline Press) -"), or further
    down where the name is not read as a person's ("told the Sentinel", "the Tribune has
    learned"); a person there may share the name (a man called "Fox"). Another outlet named in
    the story ("Northline Press reported") is a source, and stays."""
    if mention.key not in own:
        return False
    return mention.start < _BYLINE_CHARS or mention.label != "PERSON"


def _retype_by_the_comparison(
    mentions: list[_Mention], articles: Sequence[Article], docs: Sequence[Doc]
) -> None:
    """Retype ``mentions`` in place by what all the articles say of each name: one article alone
    often cannot tell a person from a body, or a council from its town."""
    titled = [f"{a.title}\n{a.text}" for a in articles]
    _councils_of_places(mentions, titled)
    _places_filed_from(mentions, [doc_text(doc) for doc in docs])
    _the_states_as_named(mentions, docs)
    _towns_typed_as_peoples(mentions)
    _people_typed_as_bodies(mentions)
    _people_by_description(mentions)
    _nations_typed_as_people(mentions, articles, docs)
    _landforms_typed_as_people(mentions, articles, docs)
    _bodies_after_the_typed_as_people(mentions, articles, docs)
    _companies_typed_as_places(mentions)
    _companies_by_their_first_word(mentions)
    _companies_by_their_short_names(mentions)
    _bodies_by_their_opening_words(mentions)
    _companies_by_what_they_have(mentions, titled)
    _platforms_by_what_they_do(mentions, titled)
    _places_bodies_are_named_after(mentions)
    _grounds_named_as_a_word_before_a_noun(mentions, titled)


def _add_surnames_under_one_spelling(mentions: list[_Mention], docs: Sequence[Doc]) -> None:
    """Add to ``mentions`` the people's bare surnames, then count every mention under the one
    spelling chosen for its name (see :func:`spellings`)."""
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


def _add_titled_and_described(
    mentions: list[_Mention], docs: Sequence[Doc], labels: frozenset[str], titles: Sequence[str]
) -> None:
    """Add to ``mentions`` each article's references by title ("the governor"), then those by
    description ("the veteran diplomat"), to actors it names, then its words for one body's
    people ("health chiefs"), then its body's head noun alone ("the league").
    ``titles``: each article's headline, whose namings count too."""
    for index, doc in enumerate(docs):
        mentions.extend(_titled_mentions(index, doc, [m for m in mentions if m.article == index]))
    for index, doc in enumerate(docs):
        here = [m for m in mentions if m.article == index]
        mentions.extend(_described_mentions(index, doc, here, labels, titles[index]))
    for index, doc in enumerate(docs):
        here = [m for m in mentions if m.article == index]
        mentions.extend(_body_people_mentions(index, doc, here))
    for index, doc in enumerate(docs):
        here = [m for m in mentions if m.article == index]
        mentions.extend(short_form_mentions(index, doc, here))


def _entity_of(
    cluster: _Cluster,
    label: str,
    places: dict[tuple[str, ...], frozenset[str]],
    articles: Sequence[Article],
) -> tuple[int, int, Entity]:
    """The actor ``cluster`` is, not yet numbered, with what it is sorted by: its mentions (most
    first), then where it is first named. Its descriptors leave out those that only place it or,
    for a body or a place, only own it."""
    ms = sorted(cluster.mentions, key=lambda m: (m.article, m.start))
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
    return (-len(ms), first[0] * 10**9 + first[1], entity)


def _numbered_most_mentioned_first(
    entities: list[tuple[int, int, Entity]],
) -> tuple[Entity, ...]:
    """The actors in their sort order (see :func:`_entity_of`), numbered "e1", "e2", ..."""
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


#: Verbs of going across, into or out of somewhere: "crossed the Tamsin River", "reached
#: Esperel", "fled Kellmarsh". What they are done to is where someone went, as after "across"
#: or "into"; "invaded Ukraine" or "shelled Kharkiv" is done to a party.
_MOVING_LEMMAS: Final = _wordset("cross enter reach leave flee ford swim traverse")


#: What an athlete does for the country they compete for: "ran the second leg for Norland",
#: "played for Tavaria", "scored twice for Esperel", "won 40 caps for Norland". The country is
#: their side, as "in" says where: "aid for Ukraine" or "a win for Norland" makes it a party.
_COMPETING_WORDS: Final = _wordset(
    "run race play compete swim swam ride cycle score start appear leg lap cap"
)


def _takes_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at characters [start, end) is a party to what its sentence tells: the
    subject of a verb other than one of being (:data:`_BEING_LEMMAS`), the agent of a passive,
    what a verb is done to ("invaded Ukraine"), an owner ("Russia's army"), or a preposition's
    object that is not a where ("aid to Ukraine"). "Ostenford is the fourth community to lose its
    ward" says what the town is, as "Kellmarsh has had two shootings" says what it has, and
    "the war in Ukraine" or "crossed the Tamsin River" (:data:`_MOVING_LEMMAS`) where it is, and
    "played for Norland" (:data:`_COMPETING_WORDS`) whose side someone is on. A name set before
    its landform ("the Sellak highlands", :func:`_before_a_landform`) names where, as any name
    set before a noun does, even where the parse reads "highlands" as a verb of which the name
    is the subject. A place's council or board acts for it (:func:`_the_body_it_names`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _before_a_landform(span.root):
        return False
    word = _the_body_it_names(span.root)
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "Norland and Tavaria signed": the first of them is the subject
    if word.dep_ == "pobj":
        preposition = word.head
        if preposition.dep_ == "agent":
            return True  # "imposed by Norland"
        return (
            preposition.lower_ not in _WHERE_PREPOSITIONS
            and preposition.lower_ != "of"
            and not _competed_for(preposition)
        )
    if word.dep_ == "dobj":
        return word.head.lemma_.lower() not in _MOVING_LEMMAS
    if word.dep_ == "poss":
        return True
    return word.dep_ == "nsubj" and word.head.lemma_.lower() not in _BEING_LEMMAS


#: A place's governing bodies, written in lower case after its name: "the Tolmere council", "the
#: Brenmoor County school board", "the Dorn regional assembly".
_GOVERNING_BODIES: Final = _wordset("council board assembly")


def _the_body_it_names(root: Token) -> Token:
    """The lower-case governing body (:data:`_GOVERNING_BODIES`) a place's name is set before,
    through the nouns between them, or ``root`` itself: in "the Brenmoor County school board
    voted" the board acts for the county, and a reader counts the county's board an actor as
    "Tolmere voted" makes the town one."""
    noun = root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun is not root and noun.is_lower and noun.lower_ in _GOVERNING_BODIES:
        return noun
    return root


def _competed_for(preposition: Token) -> bool:
    """ "for" after what an athlete does (:data:`_COMPETING_WORDS`): "ran the second leg for
    Norland"."""
    return preposition.lower_ == "for" and preposition.head.lemma_.lower() in _COMPETING_WORDS
