"""Epithets one outlet puts before an actor's name, or beside it, and the others leave out.

"Unelected technocrat Helena Marsh" in one report, "Finance Minister Helena Marsh" in another: the
adjective is how the first outlet wants the reader to meet her. A lexicon cannot list every such
word ("wealthy", "hardline", "embattled"), but the comparison can see it: the same person named by
every outlet, and one outlet alone describing them this way. That is the comparative evidence the
flag rests on, so it is only raised when another article names the same actor without the word.
An apposition counts the same way: "Lena Sorensen, a respected former finance minister" where the
others write "Lena Sorensen, a former finance minister".

Offices, ranks, time ("former", "acting") and nationality are how news copy identifies people;
they are not epithets and are never flagged here. Proper adjectives ("Democratic") name a party.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from reader.core.entities import HONORIFICS, TITLES, first_name_form, is_role_noun, spellings
from reader.core.nlp import doc_text
from reader.core.stand_ins import description_words, stand_ins
from reader.core.title_references import TitledName, title_references

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Modifiers that identify rather than judge: time in office, rank, scope, place, age.
#: The rule name of a flag on words only one outlet puts before an actor's name.
EPITHET_RULE: Final = "rule:comparative-epithet"

NEUTRAL_MODIFIERS: Final = frozenset(
    {
        *("former", "late", "then", "acting", "interim", "current", "new", "outgoing", "incoming"),
        *("retired", "longtime", "long-time", "top", "senior", "junior", "chief", "deputy"),
        *("fellow", "local", "national", "federal", "foreign", "prime", "executive", "general"),
        *("presidential", "elected", "newly", "first", "second", "third", "last", "next"),
        *("young", "old", "elder", "eldest", "younger", "older", "same", "other"),
        *("associate", "assistant", "principal", "joint", "sole", "regional", "provincial"),
        *("municipal", "state", "royal", "military", "civil", "special", "permanent", "main"),
        *("leading", "vice", "co", "lead", "head", "defense", "defence", "finance", "economic"),
        *("ruling", "opposition", "governing", "independent", "parliamentary", "legislative"),
        *("central", "public", "private", "global", "international", "european", "western"),
        *("domestic", "overseas", "rural", "urban", "federal-level", "regulatory"),
        *("many", "particular", "own", "likely", "entire", "upcoming", "annual", "formal"),
        *("primary", "projected", "expiring", "presumptive", "incumbent", "possible", "potential"),
        *("prospective", "eventual", "would-be", "sitting", "serving", "founding", "nominal"),
        *("political", "only", "professional", "amateur", "defending", "missing", "disabled"),
        # A status or credential, stated as a fact of record.
        *("certified", "licensed", "registered", "trained", "married", "divorced", "widowed"),
        *("injured", "wounded", "suspended", "convicted", "jailed", "detained", "arrested"),
        *("accused", "charged", "indicted", "undrafted", "self-employed", "unemployed"),
    }
)
#: Endings of adjectives that classify rather than grade ("structural", "clinical", "pediatric",
#: "nuclear"): before a role noun they name a trade ("structural engineer"), not a judgement.
_CLASSIFYING: Final = ("al", "ic", "ical", "ary", "ory", "ar")
#: Adjectives with those endings that grade a person all the same: one can be "very brutal" or
#: "more cynical", never "very structural".
_GRADING_CLASSIFIERS: Final = frozenset(
    {
        *("brutal", "radical", "criminal", "tyrannical", "fanatical", "maniacal", "diabolical"),
        *("hysterical", "cynical", "hypocritical", "controversial", "heroic", "iconic", "erratic"),
        *("pathetic", "idiotic", "moronic", "psychotic", "lunatic", "despotic", "dogmatic"),
        *("charismatic", "legendary", "visionary", "reactionary"),
        *("feral", "venal", "amoral", "immoral", "unethical", "comical"),
    }
)
#: Last pieces of compound modifiers that state a fact about the actor ("Republican-controlled",
#: "London-based", "US-born", "Saudi-led"), not a judgement of them. Who pays a person is not
#: among them: "Oil-funded Senator Tom Becker", where every other outlet writes "Senator Tom
#: Becker", is one outlet's charge about his motives, as "union-backed" already counted.
_FACTUAL_SUFFIXES: Final = ("controlled", "led", "based", "born", "owned", "run")
#: People only: the model's organisations include many plain nouns ("Medicare", "marijuana"),
#: and "traditional Medicare" is a term, not an epithet. A name the model reads as an
#: organisation in one article counts when another article has it as a person.
_NAMED_TYPES: Final = frozenset({"PERSON", "ORG"})
_MAX_PREMODIFIERS: Final = 6
#: Nouns for people that a role noun's endings ("adviser", "economist") do not catch.
_PERSON_NOUNS: Final = frozenset(
    {
        *("critic", "ally", "figure", "voice", "academic", "icon", "star", "champion", "hero"),
        *("principal", "coach", "nurse", "pilot", "surgeon", "chef", "veteran", "architect"),
        *("athlete", "tycoon", "mogul", "judge", "rookie", "diva", "father", "mother", "parent"),
    }
)
_HYPHENS: Final = frozenset({"-", "‐"})
_DASHES: Final = frozenset({"—", "–"})


@dataclass(frozen=True, slots=True)
class Epithet:
    """An evaluative word before a name in one article, which other articles naming the same
    actor do not use."""

    article: int  # index in the comparison's articles
    start: int  # character offsets of the word(s)
    end: int
    words: str
    actor: str  # the name as this article writes it
    #: Per other article index: how that article introduces the actor ("Finance Minister Marsh").
    others: tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class _Mention:
    key: str
    name: str
    premodifiers: tuple[Token, ...]
    person: bool
    words: int
    #: The modifiers of an apposition after the name ("Marsh, a respected economist").
    appositive: tuple[Token, ...] = ()
    #: How the article introduces the actor, quoted from its text: the words before the name,
    #: the name and any apposition ("Governor Helena Marsh", "Lena Sorensen, a former minister").
    naming: str = ""
    start: int = 0  # character offset of the name
    #: "The embattled governor": the article's one governor, named earlier, by title alone.
    by_title: bool = False
    #: The capitalised word opening the sentence right before the surname, which the model
    #: reads as a name: "Defiant" in "Defiant Netanyahu said" or "Benjamin" in "Benjamin
    #: Netanyahu". Which one it is, only the comparison tells (:func:`_read_opening`).
    opening: Token | None = None

    @property
    def describing(self) -> tuple[Token, ...]:
        return self.premodifiers + self.appositive


def comparative_epithets(docs: Sequence[Doc]) -> list[Epithet]:
    """Epithets in each article that no other article naming the same actor uses."""
    texts = [doc_text(doc) for doc in docs]
    found = _read_opening(
        _one_spelling([_mentions(d, t) for d, t in zip(docs, texts, strict=True)])
    )
    people = {m.key for ms in found for m in ms if m.person}
    # An organisation's name counts as a person's when it has a name's shape ("Marsh", "Helena
    # Marsh") and the surname is a person's elsewhere; "America Rising" stays an organisation.
    mentions = [[m for m in ms if m.key in people and (m.person or m.words <= 2)] for ms in found]
    out: list[Epithet] = []
    for i, mine in enumerate(mentions):
        for m in mine:
            # Before the name and in an apposition after it: two places, two flags.
            for words in (m.premodifiers, m.appositive):
                judging = [t for t in words if _judges(t, _is(t, m.opening))]
                others = _named_without(judging, m.key, i, mentions)
                if not judging or not others:
                    continue
                first, last = _whole_word(judging[0], -1), _whole_word(judging[-1], 1)
                start, end = first.idx, last.idx + len(last.text)
                out.append(Epithet(i, start, end, texts[i][start:end], m.name, others))
    return out


def _one_spelling(found: list[list[_Mention]]) -> list[list[_Mention]]:
    """The mentions with each surname under one spelling across the comparison: "Embattled
    Volodymyr Zelenskyy" is compared with "President Volodymyr Zelensky"."""
    counts: Counter[tuple[str, ...]] = Counter((m.key,) for ms in found for m in ms)
    spelled = spellings(counts, {(m.key,) for ms in found for m in ms if m.person})
    return [
        [replace(m, key=spelled[(m.key,)][0]) if (m.key,) in spelled else m for m in ms]
        for ms in found
    ]


def _read_opening(found: list[list[_Mention]]) -> list[list[_Mention]]:
    """The mentions with each opening word (:attr:`_Mention.opening`) read as the comparison
    shows it. A capitalised word starts every sentence, so the model cannot tell "Defiant
    Netanyahu said" from "Benjamin Netanyahu said"; the other outlets can. When another names
    the person in full and none writes the word in the name, it describes the person, as
    "hardline" does mid-sentence; otherwise it is taken for a first name and never judged."""
    out: list[list[_Mention]] = []
    for i, mine in enumerate(found):
        theirs = [o for j, ms in enumerate(found) if j != i for o in ms]
        out.append([_opening_read(m, theirs) for m in mine])
    return out


def _opening_read(m: _Mention, theirs: Sequence[_Mention]) -> _Mention:
    if m.opening is None:
        return m
    full = [o.name.split() for o in theirs if o.key == m.key and len(o.name.split()) > 1]
    written = {first_name_form(w) for words in full for w in words}
    if not full or first_name_form(m.opening.text) in written:
        return replace(m, opening=None)
    return m


def _is(tok: Token, other: Token | None) -> bool:
    return other is not None and tok.i == other.i


def _opening(name: Sequence[Token], before: Sequence[Token]) -> Token | None:
    """The capitalised word opening the sentence right before a surname, which the model tags
    as a proper noun but leaves out of the name ("Defiant" in "Defiant Netanyahu said"). A word
    it puts inside the name ("Hardline Netanyahu") may as well be a first name ("John Smith"
    where another outlet writes "Jane Smith"); only the lexicon can flag that one."""
    if len(name) != 1 or len(before) != 1 or before[0].ent_type_:
        return None
    first = before[0]
    if first.i != first.sent.start or first.pos_ != "PROPN" or first.lower_ in HONORIFICS:
        return None
    return first


def _named_without(
    judging: Sequence[Token], key: str, i: int, mentions: Sequence[Sequence[_Mention]]
) -> tuple[tuple[int, str], ...]:
    """How the other articles that name the actor introduce them, when none of them uses any of
    the judging words (else the words are shared, not one outlet's framing)."""
    others: list[tuple[int, str]] = []
    for j, theirs in enumerate(mentions):
        same = [o for o in theirs if o.key == key]
        if j == i or not same:
            continue
        used = {t.lemma_.lower() for o in same for t in o.describing}
        if any(t.lemma_.lower() in used for t in judging):
            return ()
        # A name quoted with its description shows the reader who is meant; a title alone may not.
        shown = max(same, key=lambda o: (not o.by_title, len(o.describing)))
        others.append((j, shown.naming))
    return tuple(others)


def _mentions(doc: Doc, text: str) -> list[_Mention]:
    """The people and bodies ``doc`` names, and how; ``text`` is its text, read once."""
    out: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ not in _NAMED_TYPES:
            continue
        name = _name_tokens(ent)
        if not name or not name[-1].text[:1].isupper():
            continue  # the model's "marijuana" is nobody
        if name[-1].dep_ in {"compound", "amod", "nmod", "poss"}:
            continue  # "the Bush tax cuts", "Obama's plan": the words describe something else
        key = name[-1].lower_
        before = _premodifiers(doc, name[0].i)
        if before and before[-1].tag_ in {"NNS", "NNPS", "VBZ"}:
            before = ()  # "counter-offensive puts Kyiv": a verb read as a noun, not a title
        phrase = {t.i for t in (*before, *name)}
        # Only words that hang on the name's own noun phrase describe the actor.
        before = tuple(t for t in before if t.head.i in phrase or t.text in _HYPHENS)
        # "Governor Helena Marsh" is a person even when the model reads the name as a company.
        titled = bool(before) and (
            before[-1].lower_ in TITLES | HONORIFICS or is_role_noun(before[-1])
        )
        person = ent.label_ == "PERSON" or titled
        appositive, apposition = _apposition(name[-1])
        name_end = name[-1].idx + len(name[-1].text)
        naming_start = _naming_start(before, name[0])
        naming_end = name_end
        if apposition is not None and "\n" not in text[name_end : apposition[0]]:
            naming_end = apposition[1]
        out.append(
            _Mention(
                key,
                text[name[0].idx : name_end],
                before,
                person,
                len(name),
                appositive,
                text[naming_start:naming_end],
                name[0].idx,
                opening=_opening(name, before),
            )
        )
    return out + _by_title(doc, text, out)


def _by_title(doc: Doc, text: str, named: Sequence[_Mention]) -> list[_Mention]:
    """ "The embattled governor" after "Governor Helena Marsh": her, described by title alone
    (:mod:`reader.core.title_references`); and "the disgraced tycoon" after "Marek Ostrand":
    him, described by an epithet in place of his name (:mod:`reader.core.stand_ins`). The
    words on such a phrase are this outlet's words for the person as much as those before the
    name are."""
    titled = [
        TitledName(m.start, m.key, frozenset(t.lower_ for t in m.describing), m.name)
        for m in named
        if m.person and m.describing
    ]
    by_start = {m.start: m for m in named}
    out: list[_Mention] = []
    for noun, naming in _standing_for_people(doc, text, named, titled):
        person = by_start[naming.start]
        before = tuple(
            t for t in _premodifiers(doc, noun.i + 1) if t.head.i == noun.i or t.text in _HYPHENS
        )
        if not before:
            continue
        naming_start = _naming_start(before, noun)
        out.append(
            replace(
                person,
                premodifiers=before,
                appositive=(),
                naming=text[naming_start : noun.idx + len(noun.text)],
                start=noun.idx,
                by_title=True,
            )
        )
    return out


def _standing_for_people(
    doc: Doc, text: str, named: Sequence[_Mention], titled: Sequence[TitledName]
) -> list[tuple[Token, TitledName]]:
    """The head noun of each phrase standing for a person named earlier, and that naming: a
    title first ("the governor"), then an epithet or an age ("the tycoon", "the 62-year-old"),
    which :func:`stand_ins` gives to the article's one main person where no description
    fits. Every mention of a person counts toward who that is, described or not."""
    found = title_references(doc, text, titled, TITLES)
    taken = {noun.idx for noun, _ in found}
    people = [
        TitledName(
            m.start,
            m.key,
            frozenset(description_words(" ".join(t.text for t in m.describing))),
            m.name,
        )
        for m in named
        if m.person
    ]
    found.extend(
        (doc[stand_in.end - 1], stand_in.naming)
        for stand_in in stand_ins(doc, text, people, TITLES, frozenset(), taken)
    )
    return found


def _naming_start(before: Sequence[Token], name: Token) -> int:
    """Where the quoted introduction of an actor begins: at the first word kept before the name,
    taken whole when it is a piece of a hyphenated word. The walk before the name stops at words
    that are not a noun phrase's ("well" in "well-known"), and other outlets' readers are shown
    this text as what the outlet wrote, so it must never open on a hyphen or half a word."""
    first = next((t for t in before if t.text not in _HYPHENS), name)
    doc = first.doc
    i = first.i
    while i >= 2 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_:
        if doc[i - 2].whitespace_:
            break  # "Tuesday -savvy": a dash set apart, not a joined word
        i -= 2
    return doc[i].idx


def _apposition(name: Token) -> tuple[tuple[Token, ...], tuple[int, int] | None]:
    """The modifiers of a noun set beside the name ("Lena Sorensen, a respected former finance
    minister"), and the character span of that noun phrase up to its noun; nothing when there is
    no such phrase."""
    noun = next(
        (c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > name.i),
        None,
    )
    if noun is None or not (is_role_noun(noun) or noun.lemma_.lower() in _PERSON_NOUNS):
        return (), None  # "Trump, a significant breakthrough in the case": the parse went astray
    modifiers = tuple(
        t for t in noun.subtree if t.i < noun.i and (t.head.i == noun.i or t.text in _HYPHENS)
    )
    first = min((t.i for t in noun.subtree), default=noun.i)
    if noun.i - first >= _MAX_PREMODIFIERS + 2:
        return (), None
    start = noun.doc[first].idx
    return modifiers, (start, noun.idx + len(noun.text))


def _name_tokens(ent: Span) -> list[Token]:
    """The name proper: titles and honorifics spaCy folded into the entity are premodifiers."""
    toks = [t for t in ent if not (t.is_punct or t.is_space or t.tag_ == "POS")]
    while len(toks) > 1 and (toks[0].lower_ in TITLES or toks[0].lower_ in HONORIFICS):
        toks = toks[1:]
    return toks


def _premodifiers(doc: Doc, start: int) -> tuple[Token, ...]:
    """The words right before a name that describe it ("Hardline union boss"), up to a
    determiner, a punctuation mark or anything that is not part of a noun phrase."""
    words: list[Token] = []
    i = start - 1
    while i >= 0 and sum(t.text not in _HYPHENS for t in words) < _MAX_PREMODIFIERS:
        tok = doc[i]
        hyphen = tok.text in _HYPHENS
        if (tok.is_punct and not hyphen) or tok.is_space or "\n" in tok.text:
            break
        if not hyphen and tok.pos_ not in {"ADJ", "NOUN", "PROPN", "VERB"}:
            break
        if tok.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
            break
        if tok.pos_ == "VERB" and tok.dep_ != "amod":
            break
        words.append(tok)
        i -= 1
    words.reverse()
    return tuple(words)


def _judges(tok: Token, opening: bool = False) -> bool:
    """An adjective that evaluates the person rather than identifies them. ``opening``: the
    word opens the sentence and the comparison shows it is no part of the name."""
    if not any(ch.isalpha() for ch in tok.text):
        return False
    # The small model reads a lowercase adjective before a name as part of it ("hardline").
    # ... and a capitalised one opening a sentence as a name, which is never an amod ("Respected").
    adjective = (
        opening
        or tok.pos_ in {"ADJ", "VERB"}
        or (tok.pos_ == "PROPN" and tok.text.islower())
        or (tok.pos_ == "PROPN" and tok.dep_ == "amod" and not tok.ent_type_)
    )
    if not adjective or tok.dep_ not in {"amod", "compound", "nmod"}:
        return False
    if tok.tag_ in {"JJR", "JJS"}:
        return False  # "the stronger krona" compares; it does not describe
    lemma = tok.lemma_.lower()
    if lemma in NEUTRAL_MODIFIERS or tok.lower_ in NEUTRAL_MODIFIERS or tok.lower_ in TITLES:
        return False
    if tok.ent_type_ in {"NORP", "GPE", "DATE", "ORDINAL", "CARDINAL"}:
        return False  # "French", "third-term": who and when, not what kind
    if any(ch.isdigit() for ch in tok.text):
        return False
    if tok.pos_ == "VERB" and tok.tag_ != "VBN":
        return False
    head = tok.head
    if head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.pos_ == "NOUN":
        return False  # "real [estate] developer", "high [school] teacher": of the trade, not them
    if (
        lemma.endswith(_CLASSIFYING)
        and lemma not in _GRADING_CLASSIFIERS
        and head.pos_ == "NOUN"
        and is_role_noun(head)
    ):
        return False  # "structural engineer", "clinical psychologist"
    doc = tok.doc
    first, last = _whole_word(tok, -1), _whole_word(tok, 1)
    pieces = [t for t in doc[first.i : last.i + 1] if t.text not in _HYPHENS]
    if len(pieces) > 1 and pieces[-1].lower_.endswith(_FACTUAL_SUFFIXES):
        return False
    if doc[first.i : last.i + 1].text.lower() in NEUTRAL_MODIFIERS:
        return False  # "self-employed"
    # A capital anywhere but a sentence's first word is a name: "Democratic", "Chick-fil-A". A
    # dateline's dash opens the sentence too: "LOS ANGELES (Bulwark) — Pampered pop diva ...".
    return not any(
        p.text[:1].isupper() and p.i != p.sent.start and doc[p.i - 1].text not in _DASHES
        for p in pieces
    )


def _whole_word(tok: Token, step: int) -> Token:
    """Extend over a hyphenated word's other pieces: "Far" -> "Far-left"."""
    doc = tok.doc
    i = tok.i
    while 0 <= i + 2 * step < len(doc) and doc[i + step].text in _HYPHENS:
        i += 2 * step
    return doc[i]
