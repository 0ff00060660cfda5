"""The mentions of actors the model tagged: one per named entity that names a person, body or place.

Each mention carries its key, its kind, its descriptors and the signs of what it names, so that the
later steps can cluster and type actors without reading the parse again.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from typing import TYPE_CHECKING, Final

from reader.core.entity_bounds import (
    _a_firms_own_name_before_its_trade,
    _a_title_opening_a_bodys_name,
    _a_word_on_another,
    _entity_bounds,
    _name_start_and_label,
    _names_an_agreement,
    _the_states,
)
from reader.core.entity_bylines import _dateline, _state_follows
from reader.core.entity_descriptors import (
    _appositive,
    _descriptor,
    _label_before,
    _premodifier_start,
    _split_subject,
)
from reader.core.entity_names import _COMPANY_ONLY_ENDINGS, NameOpenings, _person_key
from reader.core.entity_records import _clean_text, _fold, _key, _Mention
from reader.core.entity_signs import (
    _a_street_typed_a_person,
    _a_streets_name,
    _acts_as_a_person,
    _after_a_streets_preposition,
    _after_at,
    _around_a_place,
    _before_a_council,
    _beside_a_place,
    _called_a_place,
    _called_it,
    _he_or_she_after,
    _owns_a_local_office,
    _reads_as_place,
    _titled,
    _which_after,
)
from reader.core.entity_words import (
    _BODIES,
    _BODY_HEADS,
    _BUILDINGS,
    _JUNK,
    _PEOPLE,
    _PEOPLE_OR_FIRMS,
    _STATE_ABBREVIATIONS,
    _THING_LABELS,
    ACTOR_LABELS,
    FORCE_ENDINGS,
    described_as_a_person,
    is_role_noun,
)
from reader.core.nlp import words_at
from reader.core.speech_verbs import SPEECH_LEMMAS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _entity_spans(doc: Doc) -> list[Span]:
    """The model's entities, with one that runs from a body's name to another's over "to" cut in
    two: "from Ostenford Community Hospital to Carrowmere General Hospital" names two hospitals.
    A name that goes on after "to" without a body's word at its end ("Campaign to Protect Rural
    England") stays whole. A police force or fire service named after its place is one body
    (:func:`_forces_named_after_places`). One name the model split into two one-word entities
    of one kind is one name again (:func:`_split_names_joined`). So is a campaign group named
    in one of its usual shapes (:func:`_campaign_groups_named`)."""
    spans = _forces_named_after_places(doc, _split_names_joined(doc, _cut_at_to(doc)))
    return _campaign_groups_named(doc, spans)


def _split_names_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with two one-word entities of one kind that touch, one space apart, made one:
    the small model tags "Hanne Ruuska" as two places, "Hanne" and "Ruuska", where prose never
    sets two places or two people side by side without a comma or a word between them. The
    joined name keeps the kind the model gave both halves; what the articles call it retypes it
    later, as any name."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if before is not None and _two_halves_of_one_name(doc, before, span):
            out[-1] = Span(doc, before.start, span.end, label=span.label_)
            continue
        out.append(span)
    return out


def _two_halves_of_one_name(doc: Doc, first: Span, second: Span) -> bool:
    """Whether two model entities are one capitalised word each, of one kind, with nothing but a
    space between them."""
    return (
        len(first) == 1
        and len(second) == 1
        and first.end == second.start
        and first.label_ == second.label_
        and first.label_ in ACTOR_LABELS
        and doc[first.start].whitespace_ == " "
        and all(t.is_alpha and t.is_title for t in (doc[first.start], doc[second.start]))
    )


def _cut_at_to(doc: Doc) -> list[Span]:
    from spacy.tokens import Span

    spans: list[Span] = []
    for ent in doc.ents:
        cut = next(
            (
                t.i
                for t in ent[1:-1]
                if t.lower_ == "to"
                and doc[t.i - 1].lower_ in _BODY_HEADS | _BUILDINGS
                and ent[-1].lower_ in _BODY_HEADS | _BUILDINGS
            ),
            None,
        )
        if cut is None:
            spans.append(ent)
            continue
        spans.append(Span(doc, ent.start, cut, label=ent.label_))
        spans.append(Span(doc, cut + 1, ent.end, label=ent.label_))
    return spans


def _forces_named_after_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each police force or fire service named after its place made one body:
    the small model tags only "Solvenna" in "Solvenna City Police said", and nothing in
    "officers of the Solvenna City Police", so the place would stand for the force, or the force
    go unnamed. The model's entities inside the name give way to it; a name the model ran on
    past it is left as the model read it."""
    return _whole_names_over(doc, spans, _force_names(doc))


def _force_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of names ending as a force's does (:data:`FORCE_ENDINGS`) after a place's
    name, one the model tags a place here or elsewhere in the article: "Solvenna City Police",
    not "the City Police" or "Traffic Police"."""
    places = {t.lower_ for ent in doc.ents if ent.label_ in {"GPE", "LOC"} for t in ent}
    resume = 0  # past the last ending found: endings do not overlap
    for i in words_at(doc, _FORCE_FIRST_WORDS):
        ending = _force_ending_at(doc, i) if i >= resume else 0
        if ending == 0:
            continue
        start = i
        while start > 0 and _a_place_word(doc[start - 1]):
            start -= 1
        if start < i and doc[start].pos_ == "PROPN" and doc[start].lower_ in places:
            yield start, i + ending
        resume = i + ending


#: The words a force's ending can start with: most tokens are ruled out by this alone, before
#: any slice of the document is made (a slice per token and ending was a tenth of a batch run).
_FORCE_FIRST_WORDS: Final = frozenset(ending[0] for ending in FORCE_ENDINGS)


def _force_ending_at(doc: Doc, i: int) -> int:
    """How many words of a force's ending start at token ``i``, capitalised: 0 when none does."""
    first = doc[i]
    if first.lower_ not in _FORCE_FIRST_WORDS or not first.is_title:
        return 0
    for ending in FORCE_ENDINGS:
        words = doc[i : i + len(ending)]
        if len(words) == len(ending) and all(
            t.lower_ == w and t.is_title for t, w in zip(words, ending, strict=True)
        ):
            return len(ending)
    return 0


def _a_place_word(tok: Token) -> bool:
    """A capitalised word of a place's name before a force's ending: "Solvenna", "City"."""
    return (
        tok.is_alpha
        and tok.is_title
        and tok.pos_ in {"PROPN", "NOUN"}
        and tok.ent_type_ not in {"PERSON", "DATE", "TIME"}
    )


def _campaign_groups_named(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each campaign group named in one of its usual shapes made one body:
    "<Cause> Action <Place>", "<Place> Against <Thing>", "Friends of <Place>", "Save <Place>".
    The small model drops the first word of such a name when it opens a sentence ("Climate
    Action Marrowgate" becomes the person "Action Marrowgate", "Save Dunmore" the person
    "Dunmore") and tags nothing of "Friends of Harwick Park". The model's entities inside the
    name give way to it, as to a force's (:func:`_forces_named_after_places`)."""
    return _whole_names_over(doc, spans, _campaign_group_names(doc))


def _whole_names_over(doc: Doc, spans: list[Span], names: Iterator[tuple[int, int]]) -> list[Span]:
    """``spans`` with a body's span over each token range of ``names`` in place of the model's
    entities inside it; a range the model ran an entity into or past is left as the model read
    it."""
    from spacy.tokens import Span

    out = list(spans)
    for start, end in names:
        inside = [s for s in out if start <= s.start and s.end <= end]
        if any(s.start < end and start < s.end for s in out if s not in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(doc, start, end, label="ORG"))
    return sorted(out, key=lambda s: s.start)


#: The capitalised words that join a campaign group's cause or place to the rest of its name.
_CAMPAIGN_LINKS: Final = frozenset({"Action", "Against"})


def _campaign_group_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of campaign groups' names (:func:`_campaign_groups_named`), each ending where
    the prose goes on in lower case or a mark: a title-case headline, whose capitals run on to
    the line's end, names none."""
    resume = 0
    for tok in doc:
        if tok.i < resume:
            continue
        start, after = _campaign_group_at(doc, tok.i)
        end = _capitalised_run_end(doc, after)
        if (
            start < tok.i + 1
            and end > after
            and _prose_goes_on(doc, end)
            # "Keep Britain Tidy said": the words after a demand are no person's name
            and (
                not _a_persons_full_name(doc, after, end)
                or _after_an_imperative(doc, tok.i) > tok.i
            )
        ):
            yield start, end
            resume = end


def _campaign_group_at(doc: Doc, i: int) -> tuple[int, int]:
    """Where a campaign group's name whose shape word is token ``i`` starts, and where the
    capitalised words that end it start: (i + 1, i + 1) when token ``i`` opens no such name."""
    tok, none = doc[i], (i + 1, i + 1)
    if tok.text in _CAMPAIGN_LINKS:
        start = i
        while start > 0 and _a_group_name_word(doc[start - 1]):
            start -= 1
        return (start, i + 1) if start < i else none
    if tok.text == "Friends" and i + 1 < len(doc) and doc[i + 1].text == "of":
        return i, _after_the(doc, i + 2)
    if tok.text == "Save" and (not tok.tag_.startswith("VB") or _saves_as_a_subject(doc, i)):
        return i, _after_the(doc, i + 1)
    after = _after_an_imperative(doc, i)
    if after > i and _saves_as_a_subject(doc, after - 1):
        return i, after
    return none


def _after_an_imperative(doc: Doc, i: int) -> int:
    """Where the capitalised words after an imperative opening at token ``i`` start ("Stop the
    War Coalition", "Just Stop Oil", "Save Our Shores", "Hands Off Our Parks"), past a "the" or
    a capitalised "Our"; ``i`` when no such opening starts there. A group named as a demand
    opens with a capitalised verb in its base form, or a noun and a capitalised particle; the
    token before is no capitalised word, so a title's run is not entered halfway."""
    if i > 0 and doc[i - 1].is_title:
        return i
    verb = i + 1 if doc[i].pos_ == "ADV" and doc[i].is_title else i
    if verb >= len(doc) - 1 or not doc[verb].is_title:
        return i
    if doc[verb].tag_ == "VB":
        after = verb + 1
    elif doc[verb].pos_ == "NOUN" and doc[verb + 1].pos_ in {"ADP", "PART"}:
        after = verb + 2 if doc[verb + 1].is_title else i
    else:
        return i
    while after < len(doc) and (
        doc[after].lower_ == "the" or (doc[after].tag_ == "PRP$" and doc[after].is_title)
    ):
        after += 1
    return after if after < len(doc) and _a_group_name_word(doc[after]) else i


def _saves_as_a_subject(doc: Doc, i: int) -> bool:
    """Whether the word at token ``i`` ("Save", "Stop", "Our"), which the tagger may read as an
    imperative's, opens the subject of a verb right after the capitalised words that follow it:
    opening a sentence, "Save the Children said" is the charity speaking, where "Save Harwick
    Park from the developers" is a plea."""
    end = _capitalised_run_end(doc, _after_the(doc, i + 1))
    return end < len(doc) and doc[end].tag_ in {"VBD", "VBZ"}


def _a_persons_full_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a person's name the model tags in full: "Friends of Ruth
    Kessling said" are her friends, not a group."""
    ent = doc[start:end]
    return end - start > 1 and all(t.ent_type_ == "PERSON" for t in ent) and ent[0].ent_iob_ == "B"


def _after_the(doc: Doc, i: int) -> int:
    """Token ``i``, or the one after it where it is "the" ("Friends of the Earth")."""
    return i + 1 if i < len(doc) and doc[i].lower_ == "the" else i


def _capitalised_run_end(doc: Doc, i: int) -> int:
    """Where the run of a group name's capitalised words from token ``i`` ends."""
    while i < len(doc) and _a_group_name_word(doc[i]):
        i += 1
    return i


def _a_group_name_word(tok: Token) -> bool:
    """A capitalised word of a campaign group's name: "Climate", "Marrowgate", not "Monday"."""
    return (
        tok.is_alpha
        and tok.is_title
        and tok.pos_ in {"PROPN", "NOUN", "ADJ"}
        and tok.ent_type_ not in {"DATE", "TIME"}
        and tok.text not in _CAMPAIGN_LINKS
    )


def _prose_goes_on(doc: Doc, end: int) -> bool:
    """Whether the sentence goes on after token ``end`` in a lower-case word or a mark."""
    if end >= len(doc):
        return False
    tok = doc[end]
    return (tok.is_alpha and tok.is_lower) or (tok.is_punct and "\n" not in tok.text)


def _actor_label(ent: Span) -> str | None:
    """The actor type of a model entity, or None when it names no actor. The small model types
    some bodies as works of art ("The Lakeland Sportsmen's Club warned ..."): a title ending in
    a word for a body or one only a firm's name ends in ("the Kellmore Meats packing plant") is
    read as one, unless it is in quotation marks (the film "The Social Network")."""
    if ent.label_ == "ORG" and _listed_with_a_person_after_people(ent):
        return "PERSON"
    if ent.label_ != "PERSON" and _a_speaker_set_beside_a_persons_noun(ent):
        return "PERSON"
    if ent.label_ == "PERSON" and _ends_as_only_a_body_does(ent):
        return "ORG"
    if ent.label_ in ACTOR_LABELS:
        return ent.label_
    if _named_after_a_body_noun(ent):
        return "ORG"
    if ent.label_ != "WORK_OF_ART" or not ent[-1].text[:1].isupper():
        return None
    before = ent.doc[ent.start - 1] if ent.start else ent[0]
    if before.is_quote or ent[0].is_quote:
        return None
    return "ORG" if ent[-1].lower_ in _BODY_HEADS | _COMPANY_ONLY_ENDINGS else None


def _ends_as_only_a_body_does(ent: Span) -> bool:
    """ "the governing Civic Alliance", "the Green Front": a name of two words or more the small
    model types a person, ending in a word that ends a body's name and no one's surname
    ("Alliance", "Foundation", "Movement"), is that body. "Party" or "Union" are left to the
    model, since a person may be set before them ("Smith's Labour Party")."""
    return len(ent) > 1 and ent[-1].lower_ in _ONLY_A_BODYS_LAST_WORDS


#: The last words of a body's name that end no one's name (:func:`_ends_as_only_a_body_does`).
_ONLY_A_BODYS_LAST_WORDS: Final = _BODY_HEADS - _BODIES


def _listed_with_a_person_after_people(ent: Span) -> bool:
    """ "his former aides, Daria Melk and Piotr Hassan": a name the small model types an
    organisation, set after a plural noun for people and followed by "and" and a name it types
    a person, is one of those people. Both signs are asked for, since one outlet's list of
    "owners" or "rivals" may name a firm beside a person."""
    doc = ent.doc
    if len(ent) < 2 or ent.start < 2 or ent.end + 1 >= len(doc) or doc[ent.start - 1].text != ",":
        return False
    people = doc[ent.start - 2]
    if people.tag_ != "NNS" or people.lemma_.lower() in _BODIES | _PEOPLE_OR_FIRMS:
        return False
    if people.lemma_.lower() not in _PEOPLE and not is_role_noun(people):
        return False
    after = doc[ent.end + 1]
    return doc[ent.end].lower_ == "and" and after.ent_iob_ == "B" and after.ent_type_ == "PERSON"


def _a_speaker_set_beside_a_persons_noun(ent: Span) -> bool:
    """ "..., said Agnes Morrow, a nurse in Karsk": a proper name that is the subject of a verb
    of speaking, with a noun for a person set beside it, is a person, whatever the model typed
    it (the small model types such a name a product now and then). The writer's own noun for
    the speaker outweighs a guess made from the name."""
    root = ent.root
    return (
        root.pos_ == "PROPN"
        and root.dep_ in SUBJECTS
        and root.head.lemma_.lower() in SPEECH_LEMMAS
        and described_as_a_person(root)
    )


def _named_after_a_body_noun(ent: Span) -> bool:
    """ "the aid group Open Door Relief", "the charity Safe Harbour": a capitalised name the
    small model types a product or a work of art, set right after a word for a body, names
    that body."""
    if ent.label_ not in _THING_LABELS or ent.start == 0 or not ent[0].text[:1].isupper():
        return False
    before = ent.doc[ent.start - 1]
    return before.pos_ == "NOUN" and before.lower_ in _BODY_HEADS


def _mentions(article_index: int, doc: Doc, openings: NameOpenings) -> list[_Mention]:
    found: list[_Mention] = []
    for ent in _entity_spans(doc):
        # A region ("LOC") is an actor only where the comparison names it a place that acts
        # (:func:`reader.core.entity_misreads._regions_named_as_places`).
        kind = _actor_label(ent) or ("LOC" if ent.label_ == "LOC" else None)
        if kind is None:
            continue
        bounds = _entity_bounds(doc, ent, kind, openings)
        if bounds is None:
            continue
        floor, start, end = bounds
        if start > floor and _a_title_opening_a_bodys_name(doc, start - 1, end):
            start, kind = start - 1, "ORG"  # "Doctor Care Holdings", tagged "Care Holdings"
        elif start > floor and _a_firms_own_name_before_its_trade(doc, start, end):
            start, kind = start - 1, "ORG"  # "Talvik Software", tagged a person "Software"
        named = _name_start_and_label(doc, start, end, kind, article_index, openings)
        if named is None:
            continue
        name_start, label = named
        if _a_word_on_another(doc, name_start, end, label, openings):
            continue
        name = _clean_text(doc[name_start:end])
        key = _key([t.text for t in doc[name_start:end]])
        initials: tuple[str, ...] = ()
        if label == "PERSON":
            initials = tuple(k for k in key[1:-1] if len(k) == 1)
            key = _person_key(key)
        if not _plausible(name, key) or name.lower() in _STATE_ABBREVIATIONS:
            continue
        if _dateline(doc, start, end) and (label in {"GPE", "LOC"} or _shouted(name)):
            continue  # where the report was filed, not an actor in it ("NATO, ..." is one)
        if _names_an_agreement(doc, name_start, end):
            continue
        if _a_streets_name(name, key, label):
            if not _acts_as_a_person(doc, doc[name_start:end].root.idx):
                continue  # "stopped on Garner Avenue": where it happened, like a building
            label = "GPE"  # "Downing Street said": a place that speaks, as a town may
        mention = _make_mention(
            doc, article_index, start, name_start, end, label, name, key, floor, openings.labels
        )
        mention.initials = initials
        mention.the_states = _the_states(doc, name_start, end)
        root = doc[name_start:end].root
        mention.modifier = (
            end - name_start == 1
            and root.dep_ in {"amod", "compound", "nmod"}
            and root.head.i >= end
        )
        if _state_follows(doc, end):
            mention.descriptors = []
        found.append(mention)
    return found


def _make_mention(
    doc: Doc,
    article_index: int,
    start: int,
    name_start: int,
    end: int,
    label: str,
    name: str,
    key: tuple[str, ...],
    floor: int = 0,
    labels: Set[str] = frozenset(),
) -> _Mention:
    """A mention of the name in tokens [name_start, end) with the descriptors written around it;
    none starts before token ``floor`` (a dateline's end: "PELLWORTH -" describes no one).
    ``labels``: the lexicon's judging words (:func:`_label_before`)."""
    descriptors: list[str] = []
    lo = _premodifier_start(list(doc[name_start:end]), name_start)
    if lo is not None:
        lo = max(lo, floor)
    if lo is not None and lo < start:
        before = _label_before(doc, lo, floor, labels)
        premodifiers = _descriptor(doc, lo, name_start)
        descriptors.extend(f"{before} {d}" if before else d for d in premodifiers)
    elif name_start > start:
        descriptors.extend(_descriptor(doc, start, name_start))
    elif lo is not None:
        descriptors.extend(_descriptor(doc, lo, name_start))
    root = doc[name_start:end].root
    descriptors.extend(_appositive(doc, root, name_start, end))
    if not descriptors:
        descriptors.extend(_split_subject(doc, root, name_start))
    lane = _a_street_typed_a_person(name, key, label)
    where = lane and _after_a_streets_preposition(root)
    return _Mention(
        street_after=where and not _titled(doc, name_start),
        # "Lorna Pike, who lives on Quarry Lane, said she ...": the "she" after a name written
        # where a street is written is the sentence's speaker, not the street.
        person_sign=lane
        and (_titled(doc, name_start) or (_he_or_she_after(doc, end) and not where)),
        place_hint=_reads_as_place(root),
        only_at=_after_at(root) and not _beside_a_place(root),
        around=_around_a_place(root),
        place_named=_called_a_place(root),
        called_it=_called_it(doc, end),
        which=_which_after(doc, root, end),
        council=_before_a_council(doc, end) or _owns_a_local_office(root),
        article=article_index,
        name=name,
        key=key,
        label=label,
        start=doc[name_start].idx,
        end=doc[name_start:end].end_char,
        descriptors=[d for d in descriptors if _fold(d) and _key(d.split()) != key],
    )


def _shouted(name: str) -> bool:
    """ "KANSAS CITY" from a dateline or a headline; an acronym ("NAACP") is not shouting."""
    return name.isupper() and (" " in name or sum(ch.isalpha() for ch in name) > 6)


def _plausible(name: str, key: tuple[str, ...]) -> bool:
    """Reject what spaCy sometimes labels as an actor: dates, numbers, stray lower-case words."""
    if not key or not name[:1].isupper():
        return False
    if sum(ch.isalpha() for ch in name) < 2:
        return False
    if len(key) == 1 and key[0] in _JUNK:
        return False
    return not all(k.isdigit() for k in key)
