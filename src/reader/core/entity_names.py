"""Names as keys: one key for the ways one person's or company's name is written.

"Jim Mattis" and "James Mattis", "Zelenskiy" and "Volodymyr Zelenskyy", "Brannock" and "Brannock
Foods" must count as one actor, while an outlet's label capitalised onto a name ("Hardline
Netanyahu") must not start a second one. Nicknames, transliterated spellings, companies' short
names and the words that open names are told apart here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from reader.core.entity_bylines import after_a_dateline
from reader.core.entity_records import _fold, _key
from reader.core.entity_words import _INSTITUTIONS, _STRIP_LEADING, HONORIFICS, TITLES, _wordset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Short first names and the names they stand for: "Jim Mattis" and "James Mattis" are one man.
_NICKNAMES: Final = {
    **dict.fromkeys(("jim", "jimmy", "jamie"), "james"),
    **dict.fromkeys(("bill", "billy", "will", "willie"), "william"),
    **dict.fromkeys(("bob", "bobby", "rob", "robbie"), "robert"),
    **dict.fromkeys(("mike", "mick", "mikey"), "michael"),
    **dict.fromkeys(("joe", "joey"), "joseph"),
    **dict.fromkeys(("tom", "tommy"), "thomas"),
    **dict.fromkeys(("chuck", "charlie"), "charles"),
    **dict.fromkeys(("dick", "rick", "ricky"), "richard"),
    **dict.fromkeys(("dan", "danny"), "daniel"),
    **dict.fromkeys(("dave", "davey"), "david"),
    **dict.fromkeys(("chris",), "christopher"),
    **dict.fromkeys(("matt",), "matthew"),
    **dict.fromkeys(("nick",), "nicholas"),
    **dict.fromkeys(("tony",), "anthony"),
    **dict.fromkeys(("andy", "drew"), "andrew"),
    **dict.fromkeys(("steve",), "steven"),
    **dict.fromkeys(("ben",), "benjamin"),
    **dict.fromkeys(("sam",), "samuel"),
    **dict.fromkeys(("liz", "beth", "betty"), "elizabeth"),
    **dict.fromkeys(("kate", "kathy", "katie"), "katherine"),
    # Transliterations of one first name that no spelling rule of :func:`spelling_form` catches.
    **dict.fromkeys(("binyamin",), "benjamin"),
    **dict.fromkeys(("moammar", "muamar", "moamar"), "muammar"),
    **dict.fromkeys(("mohammed", "mohammad", "mohamed", "muhammed"), "muhammad"),
}


#: First names the nickname table knows, short and full: never an outlet's label on a name.
_FIRST_NAMES: Final = frozenset(_NICKNAMES) | frozenset(_NICKNAMES.values())


@dataclass(frozen=True, slots=True)
class NameOpenings:
    """What the comparison knows that tells an outlet's label capitalised onto a name ("Hardline
    Netanyahu said", "Disgraced Cuomo said") from the name's first word ("Benjamin Netanyahu").
    The small model takes a capitalised word before a surname into the name, so without this the
    Actors list shows "Hardline Netanyahu" as a second person beside Benjamin Netanyahu."""

    #: Judging words of the lexicon (curated labels and loaded words), lower case.
    labels: frozenset[str] = frozenset()
    #: Surnames (folded) of the people the model tagged anywhere in the comparison.
    people: frozenset[str] = frozenset()
    #: Folded surname -> each word written before it inside a person's name -> the articles
    #: that write it so.
    firsts: dict[str, dict[str, frozenset[int]]] = field(default_factory=dict)
    #: First words (folded) of the companies the model tagged (see :func:`_company_openers`):
    #: "Brannock" of "Brannock Foods", which "Brannock said" opening a sentence stands for.
    companies: frozenset[str] = frozenset()
    #: Names of two or more words the model tagged as an organisation somewhere in the
    #: comparison, as written ("Hillcrest Elementary School"): where it tags nothing of the
    #: same words elsewhere, they still name that body (see ``entity_untagged``).
    bodies: frozenset[str] = frozenset()
    #: One-word names (folded) the model tagged a body or a place where the text capitalises
    #: them mid-sentence with no article before them ("mediated by Calderra"): a common noun is
    #: not written so, so the word is a name wherever the model reads it as a noun.
    capitalised: frozenset[str] = frozenset()

    def label_on(self, word: Token, surname: Token, article: int, kind: str) -> bool:
        """Whether ``word``, the first of a name ending in ``surname``, is the outlet's label: a
        judging word of the lexicon, or an adjective by the parse where other outlets write the
        person's name with a first name of their own and never with it. An adjective needs those
        outlets: alone, or beside "Rep. Kim", "Young Kim" is as likely a first name the model
        misread. A known first name never is, and a body's name keeps its words ("Liberal
        Democrats") unless the rest is the surname of a person named in the comparison."""
        text = word.text
        low = word.lower_
        if not word.is_alpha or not text[:1].isupper() or text.isupper():
            return False
        if low in HONORIFICS or low in TITLES or _fold(text) in _FIRST_NAMES:
            return False
        last = _fold(surname.text)
        if kind != "PERSON" and last not in self.people:
            return False
        if low in self.labels:
            return True
        firsts = self.firsts.get(last, {})
        if word.pos_ != "ADJ" or firsts.get(low, frozenset()) - {article}:
            return False
        # Another outlet writes the person's name with a first word of its own ("Viktor Orban"
        # beside "Smug Orban"); "Rep. Kim" beside "Young Kim" says nothing of "Young".
        return any(first != low and arts - {article} for first, arts in firsts.items())


def name_openings(docs: Sequence[Doc], labels: Set[str] = frozenset()) -> NameOpenings:
    """The people's surnames and the words written in their names, read once per article."""
    people: set[str] = set()
    bodies: set[tuple[str, ...]] = set()
    written: set[str] = set()
    firsts: dict[str, dict[str, set[int]]] = {}
    capitalised: set[str] = set()
    for index, doc in enumerate(docs):
        for ent in doc.ents:
            # Counted past the dateline: "KESTREL FALLS - In a victory" gives no surname "In".
            words = [
                t for t in doc[after_a_dateline(doc, ent.start, ent.end) : ent.end] if t.is_alpha
            ]
            if ent.label_ in {"ORG", "GPE"} and _capitalised_mid_sentence(ent):
                capitalised.add(_fold(ent.text))
            if ent.label_ == "ORG" or _a_firm_typed_a_person(ent):
                named = _without_leading_article(
                    doc[after_a_dateline(doc, ent.start, ent.end) : ent.end]
                )
                if named[0].pos_ == "PROPN":
                    bodies.add(_key([t.text for t in named]))
                    # Counted past the dateline: "PELLWORTH - Corvid" names a body of one word.
                    several = sum(t.is_alpha for t in named) > 1
                    if several and _written_as_a_name(named):
                        written.add(named.text)
            if ent.label_ != "PERSON" or len(words) < 2:
                continue
            last = _fold(words[-1].text)
            people.add(last)
            for t in words[:-1]:
                firsts.setdefault(last, {}).setdefault(t.lower_, set()).add(index)
    return NameOpenings(
        labels=frozenset(w.lower() for w in labels),
        people=frozenset(people),
        companies=_company_openers(bodies),
        bodies=frozenset(written),
        capitalised=frozenset(capitalised),
        firsts={
            last: {first: frozenset(arts) for first, arts in words.items()}
            for last, words in firsts.items()
        },
    )


def _capitalised_mid_sentence(ent: Span) -> bool:
    """Whether the one-word entity is written capitalised after a lower-case word of its own
    sentence that is no article or determiner: "thanked Calderra", "by Calderra", not "the
    Council" (a common noun capitalised as a body's short name) or "Councillors backed" (a
    sentence's first word)."""
    if len(ent) != 1 or not ent[0].is_title or ent.start == ent.sent.start:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_alpha and before.is_lower and before.pos_ != "DET"


def _a_firm_typed_a_person(ent: Span) -> bool:
    """A name the small model types a person though its last word ends only a firm's name
    ("Kellmore Meats said"): a body's name, to be found where the model tags none of its words
    ("at the Kellmore Meats packing plant")."""
    words = [t for t in ent if t.is_alpha]
    return (
        ent.label_ == "PERSON"
        and len(words) > 1
        and words[-1].is_title
        and words[-1].lower_ in _COMPANY_ONLY_ENDINGS
    )


def _without_leading_article(named: Span) -> Span:
    """``named`` without the article the model may tag with a body's name ("the Tessaw Nation"),
    which another outlet writes after "members of" untagged: the name is what follows it."""
    start = named.start
    while start < named.end - 1 and named.doc[start].lower_ in _STRIP_LEADING:
        start += 1
    return named.doc[start : named.end]


#: Lower-case words a place's name runs on with before its body: "Caldmere city council".
_PLACE_BODY_WORDS: Final = _wordset("city county town district borough parish regional state")


def _written_as_a_name(named: Span) -> bool:
    """Whether a body's words are a name to look for where the model tagged nothing: every
    word capitalised ("Harbourlight Trust"), or a place's name and its council, written in lower
    case as much news copy writes it ("Caldmere city council", "Ashby county board")."""
    words = [t.text for t in named if t.is_alpha]
    lower = [i for i, w in enumerate(words) if not w[:1].isupper()]
    if not lower:
        return True
    runs_on = lower == list(range(lower[0], len(words))) and lower[0] > 0
    tail = [w.lower() for w in words[lower[0] :]] if runs_on else []
    return (
        bool(tail) and tail[-1] in _INSTITUTIONS and all(w in _PLACE_BODY_WORDS for w in tail[:-1])
    )


def _company_openers(bodies: set[tuple[str, ...]]) -> frozenset[str]:
    """The first words of the organisations' names (``bodies``, folded) that open one name
    only, a company's: "Brannock" of "Brannock Foods", but not "Caldera" of both the "Caldera
    Manufacturers Council" and the "Caldera Clean Air Coalition", nor a body's first word."""
    opened: dict[str, set[tuple[str, ...]]] = {}
    for body in _without_short_names(bodies):
        if len(body) > 1:
            opened.setdefault(body[0], set()).add(body)
    return frozenset(
        word for word, names in opened.items() if len(names) == 1 and _a_company_name(min(names))
    )


def _person_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name as one key whatever its form: middle initials dropped ("Donald J. Trump"
    is "Donald Trump") and a short first name read as the full one ("Jim" is "James")."""
    if len(key) < 2:
        return key
    middle = [k for k in key[1:-1] if len(k) > 1]
    return (_NICKNAMES.get(key[0], key[0]), *middle, key[-1])


def first_name_form(word: str) -> str:
    """One form for the ways a first name is written: "Jim" and "James", "Binyamin" and
    "Benjamin", "Moammar" and "Muammar" are one name."""
    folded = _fold(word)
    return spelling_form(_NICKNAMES.get(folded, folded))


#: Shortest word whose spelling varies by transliteration; shorter ones ("Kim", "Jim") are other
#: names when they differ at all.
_MIN_VARIANT_LETTERS: Final = 5
_DROPPED_H: Final = re.compile(r"(?<=[^aeiou])h")
_DOUBLED: Final = re.compile(r"(.)\1+")
_Y_ENDING: Final = re.compile(r"(?:iy|yi|i|y)$")


def spelling_form(word: str) -> str:
    """One form for the ways outlets transliterate a name: "Zelensky", "Zelenskyy" and
    "Zelenskiy" are one, as are "Qaddafi", "Gaddafi" and "Kadhafi". Doubled letters, an "h"
    after a consonant and a "-y", "-iy" or "-i" ending are spelling; a "Q" opening the name is a
    "K" (see :func:`_same_spelling` for which initials may differ). The vowels inside a name are
    kept: "Frances" and "Francis" are two people."""
    folded = _fold(word)
    if len(folded) < _MIN_VARIANT_LETTERS or not folded.isalpha():
        return folded
    if folded[0] in "qg":
        folded = "k" + folded[1:]
    folded = _DOUBLED.sub(r"\1", _DROPPED_H.sub("", folded))
    return _Y_ENDING.sub("y", folded)


def _same_spelling(
    a: tuple[str, ...], b: tuple[str, ...], respelled: Set[int] = frozenset()
) -> bool:
    """Whether two names are one name spelled two ways. A "G" and a "K" opening a word are two
    names ("Gerry" and "Kerry") unless that word is transliterated (``respelled``, from
    :func:`_respelled`), when a "G", a "K" and a "Q" are one sound: "Gaddafi" and "Kadhafi"."""
    if len(a) != len(b) or a == b:
        return a == b
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x == y:
            continue
        if min(len(x), len(y)) < _MIN_VARIANT_LETTERS or spelling_form(x) != spelling_form(y):
            return False  # "Mars" is not "Marsh", nor "Smit" "Smith"
        if x[0] != y[0] and i not in respelled:
            return False
    return True


def _respelled(keys: Sequence[tuple[str, ...]]) -> frozenset[int]:
    """The places of the words that one spelling form's names (``keys``, all as long) write in
    ways that tell of a transliteration: one opens with a "Q", or two differ after their first
    letter ("Gaddafi", "Gadhafi"). Names that differ in their first letter alone are other names."""
    return frozenset(
        i
        for i, words in enumerate(zip(*keys, strict=True))
        if any(w[:1] == "q" for w in words) or len({w[1:] for w in words}) > 1
    )


def spellings(
    counts: Counter[tuple[str, ...]], people: set[tuple[str, ...]]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """For each name (folded words, with how often it is written) spelled another way somewhere
    in the comparison, the key it is counted under, made of the spelling of each word written
    most often (so "Zelenskiy" alone and "Volodymyr Zelenskyy" still read as his surname and his
    full name). Only people's names vary so: a group of spellings is one only when one of them
    is in ``people`` ("Zelenskiy" may be the model's organisation, but the name joins the
    person's)."""
    # A full name's surname is grouped with the surnames written alone, so that "Zelensky"
    # alone and "Volodymyr Zelenskyy" are read as one man too.
    surname_of: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in sorted(people & counts.keys()):
        if len(key) > 1:
            surname_of.setdefault(key[-1:], []).append(key)
    tally = Counter(counts)
    for surname, full in surname_of.items():
        tally[surname] += sum(counts[k] for k in full)
    buckets: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in sorted(tally, key=lambda k: (-tally[k], k)):
        buckets.setdefault(tuple(spelling_form(w) for w in key), []).append(key)
    merged: dict[tuple[str, ...], None] = {}
    for keys in buckets.values():
        groups: list[list[tuple[str, ...]]] = []
        respelled = _respelled(keys)
        for key in keys:
            group = next(
                (g for g in groups if all(_same_spelling(key, o, respelled) for o in g)), None
            )
            if group is None:
                groups.append([key])
            else:
                group.append(key)
        for g in groups:
            if len(g) > 1 and (people.intersection(g) or surname_of.keys() & set(g)):
                merged.update(dict.fromkeys(k for k in g if k in counts))
                merged.update(dict.fromkeys(full for k in g for full in surname_of.get(k, ())))
    written: Counter[str] = Counter()
    for key in merged:
        for word in key:
            written[word] += counts[key]
    chosen: dict[str, str] = {}
    for word, _ in sorted(written.items(), key=lambda wc: (-wc[1], wc[0])):
        chosen.setdefault(spelling_form(word), word)
    return {k: tuple(chosen[spelling_form(w)] for w in k) for k in merged}


#: Words of trade a company's name ends in: "Talvik Software", "Corvane Appliances", "Pellow
#: Stores".
_TRADE_WORDS: Final = _wordset(
    "software systems technologies appliances terminals airlines airways motors pharmaceuticals "
    "logistics networks telecom semiconductors electronics robotics analytics "
    "stores supermarkets grocers retail"
)

#: What a utility's name ends in: "Westvale Power", "Norvale Water", "Kesh Electric". The
#: company goes by the word before it ("Westvale cut its budget") as any other firm does.
_UTILITY_WORDS: Final = _wordset("power energy electric electricity utilities utility gas water")

#: Words a firm's brand ends in, which name no trade: "Caldmoor Connect", "Orvell Labs",
#: "Brennock Capital". No one's surname is one of them.
_BRAND_WORDS: Final = _wordset("connect labs solutions digital media partners ventures capital")

#: The words a company's name ends in that it goes without ("Brannock Foods" is "Brannock"):
#: its legal form, or the trade it is in ("Corvane Appliances", "Harlan Motors", "Tamsin Mills").
_COMPANY_ENDINGS: Final = (
    _TRADE_WORDS
    | _UTILITY_WORDS
    | _BRAND_WORDS
    | _wordset(
        "foods food inc inc. incorporated corp corp. corporation co co. company ltd ltd. "
        "limited plc llc holdings group industries "
        "motor automotive textiles apparel pharma chemicals plastics shipping freight haulage "
        "brewing brewery breweries distillers distillery mills steel steelworks metals mining "
        "meats poultry seafoods beverages "
        "minerals petroleum dairies bakeries fisheries packaging furniture enterprises brands "
        "insurance assurance mutual"
    )
)
#: The words of :data:`_COMPANY_ENDINGS` that end no person's name: "Mills", "Steel" and
#: "Power" are surnames too, and "Nurse Ada Mills" is a nurse.
_COMPANY_ONLY_ENDINGS: Final = _COMPANY_ENDINGS - _wordset("mills steel power")


def _without_short_names(bodies: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """``bodies`` without the companies' names written short ("Harlan Fresh")."""
    return bodies - {
        short for body in bodies if _a_company_name(body) for short in _short_names(body)
    }


def _a_company_name(key: tuple[str, ...]) -> bool:
    """A name ending in a company's word ("Brannock Foods") after a word of its own. After "of"
    the word is a public body's field ("the Corlis Department of Insurance"), no firm's trade."""
    return key[-1] in _COMPANY_ENDINGS and key[0] not in _COMPANY_ENDINGS and key[-2:-1] != ("of",)


def _short_names(company: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The first word of a company's name, and the name without each run of its endings."""
    shorts = {company[:1]}
    cut = len(company)
    while cut > 1 and company[cut - 1] in _COMPANY_ENDINGS:
        cut -= 1
        shorts.add(company[:cut])
    return shorts


def _a_persons_name(
    key: tuple[str, ...], people: Sequence[tuple[str, ...]], first_names: Set[str]
) -> bool:
    """Whether ``key`` (a first name and a surname) names one of ``people``, who share its
    surname's spelling form: "Ivana Petrova" is not "Ivan Petrov", nor "Mario Cuomo" "Andrew"."""
    first, surname = key
    written = [p for p in people if _one_surname(p[-1], surname)]
    given = {first_name_form(p[0]) for p in written if len(p) > 1}
    if given:
        return given == {first_name_form(first)}
    return bool(written) and (first in first_names or any(p[-1] != surname for p in written))


def _one_surname(a: str, b: str) -> bool:
    """Whether two surnames are one, spelled alike or transliterated ("Zelensky", "Zelenskyy")."""
    return _same_spelling((a,), (b,), _respelled([(a,), (b,)]))
