"""A definite description used in place of a name, standing for one person the article named.

"Marek Ostrand was convicted ... The convicted felon faces up to 20 years": "the convicted felon"
is Ostrand, and "convicted felon" is this outlet's word for him as much as one written before his
name. :mod:`reader.core.title_references` handles a bare office ("the governor"); this widens it
to a description with its judging words ("the disgraced ex-governor"), an epithet ("the
dictator", "the tycoon") and an age ("the 62-year-old").

The rule, so a reader can check it:

1. The phrase is "the", a few words of description and a singular noun, outside any quotation,
   not set beside a name ("Zelenskiy, the wartime president,"), with nothing after it that says
   which one ("of Ohio", a name, another noun).
2. Its head is a role (an office or a word for what a person does: "governor", "judge"; "cop"
   is read as "officer"), an epithet (a noun that judges or sizes up a person: "felon",
   "dictator", "tycoon") or a part in the event ("suspect", "victim"), or it is an age
   ("62-year-old").
3. Who fits by the words: the people named earlier in the article whose own descriptions hold the
   head and every word of the phrase that says which one ("French", "Halden", "deputy"), and who
   agree with it on "former": "the former governor" is not the governor in office. When they are
   one person, the phrase is that person; two people and it is left alone.
4. When nobody fits by the words, an office stays unresolved ("the judge" where no judge is
   named). An epithet or an age is the article's one main person: the person named at least
   twice so far, and at least twice as often as anyone else. Anything closer is a guess, and a
   person named once may sit beside one the model did not tag ("Xi Jinping met Emmanuel Macron.
   The dictator said ...", with Xi missed, must not make Macron the dictator). The headline is
   where a reader first meets the person: a person it names counts as named once more, before
   the body ("Strongman Teodor Valk dies" over "Teodor Valk died ... The strongman sold off").
5. A person's part in the event ("the suspect", "the victim") that nobody is described by, or an
   epithet or an age rule 4 leaves open, is the one person named so far who holds no office,
   named at least twice: where the article names one officer and one other man, "the suspect"
   is the other man (the headline counted as in rule 4). Two such people and it is left alone.
   For a part, a person described by a part of the other side does not count ("Reeve, the
   suspect," is not "the victim"), and when parts of both sides fall to one person, those their
   descriptions do not hold are dropped: "the suspect" and "the victim" of one man could each
   mean either.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.entity_words import TITLES
from reader.core.quotes import doc_quotations, inside_quotation, outer_spans
from reader.core.title_references import TitledName, one_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Nouns that size up a person rather than say what office they hold, used as a stand-in for the
#: name ("the tycoon", "the felon"); the lexicon's judging words that name people join them.
EPITHET_NOUNS: Final = frozenset(
    {
        *("felon", "convict", "tycoon", "mogul", "magnate", "billionaire", "millionaire"),
        *("businessman", "businesswoman", "strongman", "oligarch", "dictator", "autocrat"),
        *("despot", "tyrant", "thug", "crook", "demagogue", "firebrand", "hardliner"),
    }
)
#: A person's part in the event told ("the suspect", "the victim"): no office, and no word the
#: article needs to have used of them before; see :func:`_the_one_without_an_office`.
PART_NOUNS: Final = frozenset({"suspect", "victim", "gunman", "shooter", "attacker", "assailant"})
#: The two sides of an event's parts: who is said to have done it and who it was done to. One
#: person is not both in one story, so each side is kept from the person the other side means.
_DOER_PARTS: Final = PART_NOUNS - {"victim"}
_DONE_TO_PARTS: Final = frozenset({"victim"})
#: Everyday words for an office, read as the office: "the trigger-happy cop" is the one
#: officer the article named.
_OFFICE_OF: Final = {"cop": "officer", "policeman": "officer", "policewoman": "officer"}
#: Endings of the lexicon's judging words that name a person ("extremist", "autocrat",
#: "agitator", "warmonger"); other judging nouns name things ("debacle", "bailout").
_PERSON_ENDINGS: Final = ("ist", "crat", "ator", "monger")
#: A title held before, which the phrase and the person must agree on ("ex" is read as it).
_FORMER: Final = frozenset({"former"})
#: Words that make a title someone else's, as :mod:`reader.core.title_references` reads them.
_OTHER_HOLDER: Final = frozenset(
    {
        *("late", "then", "previous", "new", "next", "incoming", "outgoing", "acting"),
        *("interim", "other", "another", "first", "last", "future", "past", "second"),
    }
)
#: Tokens from "the" to the head: "62-year-old tycoon" is six.
_MAX_TOKENS: Final = 7
#: What after the head says which one is meant or makes it part of a name.
_WHICH_AFTER: Final = frozenset({"of", "for", "at"})
#: How far ahead of the next person the main person must be, in mentions so far; named once
#: alone counts as one other.
_MAIN_LEAD: Final = 2

#: Nouns that say a name is a place: "the capital Velsk", "the port of Marlow", "Velsk, the
#: capital". The model tags such a name as a person now and then, and a place named twice
#: must not become the article's main person that "the tycoon" stands for.
_PLACE_NOUNS: Final = frozenset(
    {
        *("capital", "city", "town", "village", "port", "county", "province", "region"),
        *("district", "suburb", "island", "country", "state"),
    }
)
#: Words that say the name after "of" is a place they belong to: "the mayor of Marlow".
_OF_A_PLACE: Final = frozenset({"mayor", "outskirts", "centre", "center", "residents"})


@dataclass(frozen=True, slots=True)
class StandIn:
    """A phrase standing for a person: its tokens [start, end), "the" left out, and who."""

    start: int
    end: int
    naming: TitledName


def stand_ins(
    doc: Doc,
    text: str,
    named: Sequence[TitledName],
    roles: Set[str],
    judging: Set[str],
    taken: Set[int],
    headline: Set[str] = frozenset(),
) -> list[StandIn]:
    """Each definite description in ``doc`` that stands for one person of ``named`` (every
    mention of a person in the article, with the words of its descriptions), by the rule in the
    module's docstring. ``roles``: offices and words for what people do; ``judging``: the
    lexicon's judging words; ``taken``: character offsets of nouns already resolved;
    ``headline``: the people (``named``'s keys) the article's headline names."""
    from spacy.attrs import LOWER

    places = {n.person for n in named if _described_as_place(doc, n)}
    named = [n for n in named if n.person not in places]
    quoted = outer_spans(doc_quotations(doc, text))
    epithets = EPITHET_NOUNS | {w for w in judging if w.endswith(_PERSON_ENDINGS)}
    heads_of: set[str] = set()
    found: list[StandIn] = []
    # The words' hashes in one array read: a Token built per word cost more than the rule.
    lower = doc.to_array(LOWER).tolist()
    the, of = doc.vocab.strings["the"], doc.vocab.strings["of"]
    for i, word in enumerate(lower):
        if i + 1 < len(lower) and lower[i + 1] == of:
            heads_of.add(_last_piece(doc[i].lower_))  # "the governor of the central bank"
        if word == the:
            found.extend(
                _stand_in(doc, doc[i], named, roles, epithets, taken, quoted, heads_of, headline)
            )
    return _one_side_each(doc, found, named)


def _described_as_place(doc: Doc, naming: TitledName) -> bool:
    """Whether the words around a naming say it is a place: "the capital Velsk", "the village
    of Orn", "the mayor of Marlow" before it, or "Velsk, the capital" after it, though not
    "Valk, the country's richest man"."""
    span = doc.char_span(
        naming.start, naming.start + max(len(naming.name), 1), alignment_mode="expand"
    )
    if span is None:
        return False
    i, end = span.start, span.end
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    if len(before) >= 2 and before[-2] == "the" and before[-1] in _PLACE_NOUNS:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_NOUNS | _OF_A_PLACE:
        return True
    after = [t.lower_ for t in doc[end : end + 5]]
    if after[:2] != [",", "the"]:
        return False
    words = list(itertools.takewhile(str.isalpha, after[2:]))
    # "Valk, the country's richest man": the place is his, and he is no place.
    if after[2 + len(words) : 3 + len(words)] in (["'s"], ["\u2019s"]):
        return False
    return any(word in _PLACE_NOUNS for word in words)


def _stand_in(
    doc: Doc,
    det: Token,
    named: Sequence[TitledName],
    roles: Set[str],
    epithets: Set[str],
    taken: Set[int],
    quoted: Sequence[tuple[int, int]],
    heads_of: Set[str],
    headline: Set[str],
) -> list[StandIn]:
    """The stand-in opening at ``det`` ("the"), as a list of none or one."""
    end = _phrase_end(doc, det.i)
    if end is None or (end < len(doc) and doc[end].lower_ in _WHICH_AFTER):
        return []
    head = doc[end - 1]
    if head.idx in taken or inside_quotation(quoted, det.idx, head.idx + len(head.text)):
        return []
    kind = _kind(doc, det.i + 1, end, roles, epithets)
    if kind is None or _last_piece(head.lower_) in heads_of:
        return []
    before = [n for n in named if n.start < det.idx]
    naming = _who(doc, det.i + 1, end, kind, before, roles, headline)
    return [] if naming is None else [StandIn(det.i + 1, end, naming)]


def _phrase_end(doc: Doc, det: int) -> int | None:
    """The end of "the [words] noun" opening at ``det``, or None when it is no such phrase: no
    singular noun or age ends it within :data:`_MAX_TOKENS`, the words run on into a name or
    another noun, or the phrase is set beside a name (:func:`_beside_a_name`)."""
    end = det + 1
    while end < len(doc) and end - det <= _MAX_TOKENS and _a_description_word(doc[end]):
        end += 1
    if end == det + 1 or end - det > _MAX_TOKENS:
        return None
    head = doc[end - 1]
    if not _singular_head(head) and not _an_age(doc, det + 1, end):
        return None
    if end < len(doc) and (doc[end].pos_ in {"PROPN", "NOUN", "NUM"} or doc[end].text == "-"):
        return None
    if any(t.ent_type_ in {"PERSON", "ORG"} for t in doc[det + 1 : end]):
        return None
    return None if _beside_a_name(doc, det, end) else end


def _beside_a_name(doc: Doc, det: int, end: int) -> bool:
    """ "Zelenskiy, the wartime president, flew" and "the dictator, Xi Jinping, said": a
    description set beside the name describes it where it is written, and stands for no one."""
    head = doc[end - 1]
    if head.dep_ in {"appos", "compound"} or head.head.ent_type_ == "PERSON":
        return True
    after_comma = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN"
    before_comma = det >= 2 and doc[det - 1].text == "," and doc[det - 2].pos_ == "PROPN"
    return after_comma or before_comma


def _a_description_word(tok: Token) -> bool:
    """A word of a description before its noun: adjectives, participles, nouns, numbers and
    the hyphens inside "ex-governor" or "62-year-old"."""
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    if tok.pos_ == "VERB":
        return tok.tag_ in {"VBN", "VBG"} and tok.dep_ in {"amod", "compound"}
    return (tok.pos_ in {"ADJ", "NOUN", "NUM"} and tok.is_alpha) or tok.like_num


def _singular_head(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.is_alpha


def _an_age(doc: Doc, start: int, end: int) -> bool:
    """ "62-year-old" as the whole phrase: the number, "year" and "old" joined by hyphens."""
    words = [t.lower_ for t in doc[start:end]]
    return len(words) == 5 and doc[start].like_num and words[1:] == ["-", "year", "-", "old"]


def _last_piece(word: str) -> str:
    return word.rsplit("-", 1)[-1]


def _kind(doc: Doc, start: int, end: int, roles: Set[str], epithets: Set[str]) -> str | None:
    """ "role", "epithet" or "age" by the phrase's head, or None when it names no person."""
    if _an_age(doc, start, end):
        return "age"
    head = _last_piece(doc[end - 1].lower_)
    if head in epithets:
        return "epithet"
    if head in PART_NOUNS:
        return "part"
    return "role" if _OFFICE_OF.get(head, head) in roles else None


def _words(doc: Doc, start: int, end: int) -> list[str]:
    """The phrase's words as :func:`description_words` gives them."""
    return description_words(doc[start:end].text)


def description_words(description: str) -> list[str]:
    """A description's words, lower case, hyphenated ones cut into pieces and "ex" read as
    "former": "ex-governor" is a former governor, as the caller's descriptions must read too."""
    words = description.lower().replace("-", " ").split()
    return ["former" if w == "ex" else _OFFICE_OF.get(w, w) for w in words]


def _who(
    doc: Doc,
    start: int,
    end: int,
    kind: str,
    before: Sequence[TitledName],
    roles: Set[str],
    headline: Set[str],
) -> TitledName | None:
    """The one person named before the phrase that it stands for (rules 3 to 5), or None."""
    if not before:
        return None
    words = _words(doc, start, end)
    former = bool(_FORMER & set(words))
    if _OTHER_HOLDER & set(words):
        return None
    which = {w for w in words if _says_which(doc, start, end, w, roles)}
    if kind != "age":
        which.add(words[-1])
    fitting = (
        [n for n in before if which <= n.words and bool(_FORMER & n.words) == former]
        if kind != "age"
        else []
    )
    if fitting:
        return fitting[-1] if one_person(fitting) else None
    if kind == "role" or former or which - {words[-1]}:
        return None
    if kind == "part":
        other_side = _other_side(words[-1])
        theirs = {n.person for n in before if n.words & other_side}
        return _the_one_without_an_office([n for n in before if n.person not in theirs], headline)
    return _main_person(before, headline) or _the_one_without_an_office(before, headline)


def _other_side(part: str) -> frozenset[str]:
    """The parts on the other side of the event from ``part``: a victim's are the doer's."""
    return _DOER_PARTS if part in _DONE_TO_PARTS else _DONE_TO_PARTS


def _one_side_each(
    doc: Doc, found: Sequence[StandIn], named: Sequence[TitledName]
) -> list[StandIn]:
    """Drop the parts that went to a person the other side's parts went to as well: where "the
    suspect" and "the victim" both fell to the one man who holds no office, either could be
    meant by either, so neither is given. A part the person's own descriptions hold ("Dray,
    the victim,") is theirs and stays."""
    parts = [(s, _last_piece(doc[s.end - 1].lower_)) for s in found]
    sides: dict[str, set[bool]] = {}
    for stand_in, part in parts:
        if part in PART_NOUNS:
            sides.setdefault(stand_in.naming.person, set()).add(part in _DONE_TO_PARTS)
    described: dict[str, set[str]] = {}
    for n in named:
        described.setdefault(n.person, set()).update(n.words)
    return [
        s
        for s, part in parts
        if part not in PART_NOUNS
        or len(sides[s.naming.person]) == 1
        or part in described.get(s.naming.person, set())
    ]


def _says_which(doc: Doc, start: int, end: int, word: str, roles: Set[str]) -> bool:
    """Whether a word before the head narrows down who is meant: another title ("deputy",
    "prime"), a place or people ("Halden", "French")."""
    if word in roles:
        return True
    return any(t.lower_ == word and t.ent_type_ in {"NORP", "GPE"} for t in doc[start:end])


def _the_one_without_an_office(
    before: Sequence[TitledName], headline: Set[str]
) -> TitledName | None:
    """The one person named so far who holds no office, named at least twice (rule 5): "Officer
    Daniel Hask stopped Wren's car. The suspect reached for a handgun" leaves only Wren to be
    the suspect, as "the thug" or "the victim". Two such people, or one named once, and it
    could be either, or someone the model did not tag."""
    holding = {n.person for n in before if n.words & TITLES}
    free = [n for n in before if n.person not in holding]
    if len({n.person for n in free}) != 1 or not one_person(free):
        return None
    return free[-1] if _namings(free, headline)[free[-1].person] >= _MAIN_LEAD else None


def _main_person(before: Sequence[TitledName], headline: Set[str]) -> TitledName | None:
    """The person named at least twice so far, and twice as often as any other (rule 4)."""
    counts = _namings(before, headline)
    ranked = counts.most_common(2)
    runner_up = ranked[1][1] if len(ranked) == 2 else 1
    if ranked[0][1] < _MAIN_LEAD * runner_up:
        return None
    main = [n for n in before if n.person == ranked[0][0]]
    return main[-1] if one_person(main) else None


def _namings(before: Sequence[TitledName], headline: Set[str]) -> Counter[str]:
    """How often each person of ``before`` is named so far, a naming in the headline counted
    once more. Only people the body has named count: the naming a stand-in is given is always
    one in the body, where the caller can find it."""
    counts = Counter(n.person for n in before)
    counts.update(person for person in headline if person in counts)
    return counts
