"""The framing lexicon: curated words and phrases that signal labels, loaded words, hedges and more.

The lexicon is data, not code: TSV files in ``resources/lexicons/`` (term, category, note, source,
and for a word that frames in one use only, that use) that curators and, later, users can read and
extend. This module loads them once, gives the whole set a short content hash (``version``) so
cached comparisons are invalidated when any entry changes, and matches entries against spaCy
tokens. Matching works on lowercase forms *or* lemmas piece by piece, so one entry ``regime`` finds
"regimes", ``slam`` finds "slammed", and hyphenated or multiword entries (``neo-liberal``, ``tax
cuts for the rich``) match however spaCy splits hyphens.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from reader.resources import resource

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Categories an entry may carry. ``neutral`` entries are never flagged: they shield titles, party
#: names and plain reporting words from the part-of-speech cues.
ENTRY_CATEGORIES: Final = (
    "label",
    "loaded",
    "intensifier",
    "hedge",
    "attribution",
    "neutral",
)
HEADER: Final = ("term", "category", "note", "source")
#: The optional fifth column: the one use in which a word frames. ``modifier``: only modifying a
#: word ("a failed state", not "the talks failed"); ``verb``: only as a verb ("officials blasted
#: the plan", not "a blast"); ``noun``: only as a noun ("told lies", not "the body lies there");
#: ``agent``: only as a verb that people, a group or a body do ("the senator caved", not "the roof
#: caved in"); ``people``: only as a noun said of people ("welfare parasites", not "parasites
#: had infected the frogs"); ``figurative``: only when no water, weather, fire, quake or accident
#: does it ("the strike crippled the city", not "the drought crippled harvests"); ``deadly``: only
#: in a sentence part that tells of deaths ("a minor incident" of a crash that killed four);
#: ``wares``: only when what is sold is not a street trade's wares, or a business sells it
#: ("peddling conspiracy theories", not "vendors peddle fruit"); ``epithet``: only on a name
#: that is not a country's or beside another flagged word ("the Biden junta", "the globalist
#: junta", not "the junta in Niger"); ``scent``: only when what it smells or tastes of is no
#: food, drink or smell ("smacks of desperation", not "the soup smacks of garlic");
#: ``narration``: only in the outlet's own words, not in a quotation, a speaker's reported words
#: or named as a title ("His Excellency arrived", not '"We welcome His Excellency," Holm said');
#: ``victims``: only done to people, a group or a country ("sold out the workers", not "tickets
#: sold out"); ``public``: only done to a public service or institution, or to what pays for one
#: ("slashed funding for schools", "meddling in the election"; not "slashed prices");
#: ``verdict``: a charge's name only where no charge, court, prosecutor or inquiry is in its
#: sentence and it names no case ("This is criminal negligence", not "charged with criminal
#: negligence" or "a criminal negligence case"); ``concealment``: only when what is hidden is
#: a count or the truth, outside court copy ("a death toll the government is hiding", not "the
#: suspect was hiding in a barn"); ``speech``: only as a verb that reports speech or a complaint
#: on a topic (a quotation, a that-clause, "about" a topic: "the minister moaned that ...", "unions
#: griped about the rota"), not a sound ("the patient moaned in pain", "the wind moaned").
USES: Final = (
    *("", "modifier", "verb", "noun", "agent", "people", "figurative", "deadly", "wares"),
    *("epithet", "scent", "narration", "victims", "public", "verdict", "concealment", "speech"),
)
#: Sources of entries derived from general sentiment lexicons (weaker evidence than curated ones).
DERIVED_SOURCES: Final = ("vader:", "textblob:")

_PIECE = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
#: spaCy splits "don't" into "do" and "n't" (and "can't" into "ca" and "n't"): so do the terms.
_CONTRACTION = re.compile(r"(\w)n't\b")


@lru_cache(maxsize=65_536)  # the matcher asks again for every common word of every text
def pieces(term: str) -> tuple[str, ...]:
    """Split a term the way spaCy splits words: letters/digits apart from hyphens and punctuation.

    Hyphens stay as their own piece ("neo-liberal" -> neo, -, liberal): spaCy sometimes keeps a
    hyphenated word whole and sometimes splits it, and the matcher accepts both, but "would-be" must
    not match "would be".
    """
    out: list[str] = []
    spelled = _CONTRACTION.sub(r"\1 n't", term.lower().replace("’", "'"))
    for p in _PIECE.findall(spelled):
        out.append("-" if p in {"-", "‐", "–"} else p)
    return tuple(out)


#: Where a note names the neutral wording: "casts critics as traitors; neutral: critics".
_NEUTRAL_NOTE: Final = re.compile(r"neutral:\s*(.+)$")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One word or phrase and why it signals framing."""

    term: str
    category: str
    note: str = ""
    source: str = "curated"
    use: str = ""  # one of USES: the only use in which the word frames ("" = any)

    @property
    def derived(self) -> bool:
        """From a general sentiment lexicon, not curated for framing: weaker evidence."""
        return self.source.startswith(DERIVED_SOURCES)

    @property
    def judges_a_name(self) -> bool:
        """A curated label or loaded word of one word ("Hardline", "Unelected"): what an outlet
        capitalises onto a name or stacks before a label. The derived lists are left out: they
        hold first names' look-alikes ("Earnest")."""
        return (
            self.category in {"label", "loaded"}
            and not self.derived
            and len(pieces(self.term)) == 1
        )

    @property
    def key(self) -> tuple[str, str]:
        """Identity for overrides: the same term may sit in two categories."""
        return (self.term.lower(), self.category)

    @property
    def suffix(self) -> bool:
        """A compound ending written with a leading hyphen ("-obsessed"): it matches any
        hyphenated word that ends with it ("car-obsessed", "Brussels-loving"), because the
        ending carries the judgement whatever comes before it."""
        return self.term.startswith("-")

    @property
    def alternatives(self) -> tuple[str, ...]:
        """The neutral wording the note suggests ("...; neutral: President or leader")."""
        m = _NEUTRAL_NOTE.search(self.note)
        if not m:
            return ()
        return tuple(a.strip() for a in re.split(r"\s+or\s+|,", m.group(1)) if a.strip())

    def line(self) -> str:
        fields = (self.term, self.category, self.note, self.source)
        return "\t".join((*fields, self.use) if self.use else fields)


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    """An entry found in a parsed text: tokens ``[start, end)`` of the doc."""

    start: int
    end: int
    entry: LexiconEntry


@dataclass(frozen=True)
class Lexicon:
    """An immutable set of entries with a precompiled index keyed by each entry's first piece."""

    entries: tuple[LexiconEntry, ...]
    version: str = field(init=False)
    _index: Mapping[str, tuple[tuple[tuple[str, ...], LexiconEntry], ...]] = field(
        init=False, repr=False, compare=False
    )
    #: Compound endings ("-obsessed") by their word.
    _endings: Mapping[str, LexiconEntry] = field(init=False, repr=False, compare=False)
    #: The closed-up endings ("mongering") that are also compound endings of this lexicon.
    _closed: tuple[str, ...] = field(init=False, repr=False, compare=False)
    #: :meth:`judging_words`, read once: every comparison asks for them.
    _judging: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256()
        for line in sorted(e.line() for e in self.entries):
            digest.update(line.encode("utf-8"))
            digest.update(b"\n")
        object.__setattr__(self, "version", digest.hexdigest()[:12])
        index: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
        for e in self.entries:
            for key in _number_forms(pieces(e.term)):
                for paid in _funding_forms(key):
                    for form in _verb_forms(paid):
                        index.setdefault(form[0], []).append((form, e))
        # Longest phrases first, so "radical left" wins over "radical" at the same place.
        frozen = {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in index.items()}
        object.__setattr__(self, "_index", frozen)
        endings = {pieces(e.term)[-1]: e for e in self.entries if e.suffix}
        object.__setattr__(self, "_endings", endings)
        closed = tuple(e for e in _CLOSED_ENDINGS if e in endings)
        object.__setattr__(self, "_closed", closed)
        judging = frozenset(e.term.lower() for e in self.entries if e.judges_a_name)
        object.__setattr__(self, "_judging", judging)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self.entries)

    def categories(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries:
            out[e.category] = out.get(e.category, 0) + 1
        return out

    def judging_words(self) -> frozenset[str]:
        """The one-word labels and loaded words the curators chose, lower case: the words an
        outlet capitalises onto a name ("Hardline Netanyahu") that are never a first name."""
        return self._judging

    def lookup(self, term: str) -> tuple[LexiconEntry, ...]:
        """Entries whose term is exactly ``term`` (case and hyphens ignored)."""
        key = pieces(term)
        if not key:
            return ()
        return tuple(
            e for k, e in self._index.get(key[0], ()) if k == key and pieces(e.term) == key
        )

    def with_user_entries(
        self,
        added: Iterable[LexiconEntry] = (),
        removed: Iterable[tuple[str, str]] = (),
    ) -> Lexicon:
        """A new lexicon with the user's own entries added and some bundled ones switched off.

        ``removed`` holds ``(term, category)`` pairs; an added entry replaces a bundled one with the
        same key, so a user can recategorise a word.
        """
        drop = {(t.lower(), c) for t, c in removed}
        bundled_use = {e.key: e.use for e in self.entries if e.use}
        # A user's note on "slam" keeps the bundled rule that it frames only as a verb.
        new = [
            replace(e, use=bundled_use[e.key]) if not e.use and e.key in bundled_use else e
            for e in added
        ]
        replaced = {e.key for e in new}
        kept = [e for e in self.entries if e.key not in drop and e.key not in replaced]
        return Lexicon(tuple(kept) + tuple(e for e in new if e.key not in drop))

    def match(self, doc: Doc | Sequence[Token]) -> list[LexiconMatch]:
        """Every entry occurrence, longest match first at each position, no overlaps but for
        the neutral shields that run on past an earlier match (:meth:`_with_crossing_shields`).

        A piece matches a token when it equals the token's lowercase text or its lemma; a hyphen
        piece matches a hyphen token: "neo-liberal" matches ``neo - liberal`` and ``neo-liberal``.
        """
        forms = _all_forms(doc)
        split = _split_particles(doc, forms)
        out: list[LexiconMatch] = []
        i = 0
        while i < len(forms):
            best = self._longest_at(doc, forms, split, i)
            if best is None:
                i += 1
                continue
            same_span = self._same_span_entries(best, forms, split)
            out.extend(LexiconMatch(best.start, best.end, e) for e in same_span)
            i = best.end
        return self._with_crossing_shields(out, forms)

    def _longest_at(
        self, doc: Doc | Sequence[Token], forms: list[_Form], split: Mapping[int, int], i: int
    ) -> LexiconMatch | None:
        """The longest entry or compound ending that starts at token ``i``, if any.

        At equal length a curated entry beats a sentiment-derived one, whichever form matched:
        "blasted" (a derived adjective) must not hide the curated verb "blast".
        """
        best: LexiconMatch | None = None
        if not forms[i].hyphen:
            buckets = [self._index[head] for head in forms[i].parts if head in self._index]
            after = _words_after(forms, split, i) if buckets else None
            for bucket in buckets:
                for key, entry in bucket:
                    if (
                        after is not None
                        and len(key) > 1
                        and key[1] not in after
                        and key[1] not in _READ_BY_OWN_RULES
                    ):
                        # Most phrases fail on their second word ("the ..." is tried at every
                        # "the"): ruled out here without the full walk of :func:`_match_at`.
                        continue
                    end = self._phrase_end(doc, forms, split, i, key, entry)
                    if end is not None and (
                        best is None
                        or (end, not entry.derived) > (best.end, not best.entry.derived)
                    ):
                        best = LexiconMatch(i, end, entry)
        ending = self._suffix_match(forms, i)
        if ending is not None and (best is None or ending.end > best.end):
            best = ending
        return best

    def _phrase_end(
        self,
        doc: Doc | Sequence[Token],
        forms: list[_Form],
        split: Mapping[int, int],
        i: int,
        key: tuple[str, ...],
        entry: LexiconEntry,
    ) -> int | None:
        """Where ``key`` (one form of ``entry``) ends when read from token ``i``, or None.

        A phrase that stops where a hyphenated word goes on is not in the text ("radical left" in
        "radical left-wing", so "radical" can match instead); a plural entry found by its singular
        on a word describing the noun after it runs on to the phrase that word opens. A verb and
        particle entry also finds its verb with the object between (:func:`_split_particle_end`).
        """
        end = _match_at(forms, i, key)
        if end is None:
            end = _split_particle_end(forms, split, i, key)
        if end is None or _joined_hyphen_after(doc, end):
            return None
        if _singular_describing(doc, key, entry, end):
            return self._through_crossing_phrase(forms, end)
        return end

    def _through_crossing_phrase(self, forms: list[_Form], end: int) -> int:
        """Where a match ends whose last word also opens a longer phrase of its own.

        "flood of illegals" found by its singular in "a flood of illegal aliens" would take
        "illegal" and leave "aliens" alone, cutting the phrase "illegal aliens" in half; the flag
        runs on to that phrase's end. With no such phrase ("a flood of illegal crossings") the
        match keeps its own end.
        """
        start = end - 1
        further = end
        for head in forms[start][0]:
            for key, entry in self._index.get(head, ()):
                if entry.category == "neutral":
                    continue
                crossing = _match_at(forms, start, key)
                if crossing is not None and crossing > further:
                    further = crossing
        return further

    def _with_crossing_shields(
        self, found: list[LexiconMatch], forms: list[_Form]
    ) -> list[LexiconMatch]:
        """``found`` with the neutral entries that start inside a match and run past its end.

        Matching left to right never starts inside a match already taken, so in "manufactured
        panic buttons" the shield "panic button" was never seen once "manufactured panic" had
        matched. A shield that reaches beyond the earlier match reads its last words as part of a
        plain thing, and that reading must be able to win; a shield wholly inside a longer
        phrase ("tax cuts" in "job-killing tax cuts") is the phrase's own word and is not added.
        Nor is a shield that starts after a hyphen: it would split a hyphenated word, which
        is read whole ("left wing" must not shield "far-left" in "the far-left wing").
        """
        extra: list[LexiconMatch] = []
        for m in found:
            if m.entry.category == "neutral":
                continue
            for j in range(m.start + 1, m.end):
                if forms[j - 1].hyphen:
                    continue
                shield = self._shield_at(forms, j, beyond=m.end)
                if shield is not None:
                    extra.append(shield)
                    break
        if not extra:
            return found
        return sorted([*found, *extra], key=lambda m: (m.start, -m.end))

    def _shield_at(self, forms: list[_Form], i: int, *, beyond: int) -> LexiconMatch | None:
        """The longest neutral entry at token ``i`` that ends after token ``beyond``."""
        parts, is_hyphen, _ = forms[i]
        if is_hyphen:
            return None
        best: LexiconMatch | None = None
        for head in parts:
            for key, entry in self._index.get(head, ()):
                if entry.category != "neutral":
                    continue
                end = _match_at(forms, i, key)
                if end is not None and end > beyond and (best is None or end > best.end):
                    best = LexiconMatch(i, end, entry)
        return best

    def _suffix_match(self, forms: list[_Form], i: int) -> LexiconMatch | None:
        """A compound ending entry ("-obsessed") at token ``i``: one token spaCy kept whole
        ("car-obsessed") or a word, a hyphen and the ending ("car", "-", "obsessed")."""
        parts, is_hyphen, _ = forms[i]
        if not self._endings or is_hyphen or not parts:
            return None
        whole = pieces(parts[0])
        if len(whole) > 2 and whole[-2] == "-" and whole[-1] in self._endings:
            return LexiconMatch(i, i + 1, self._endings[whole[-1]])
        for form in parts:
            # Nearly no word ends in "-monger": one C-level test spares the rule for the others.
            if not form.endswith(self._closed):
                continue
            closed = _closed_ending(form)
            if closed in self._endings:
                return LexiconMatch(i, i + 1, self._endings[closed])
        if len(whole) == 1 and i + 2 < len(forms) and forms[i + 1][1]:
            # The word as written before its lemma: "fear-mongering" is "-mongering", not "-monger".
            for form in forms[i + 2][0]:
                if form in self._endings:
                    return LexiconMatch(i, i + 3, self._endings[form])
        return None

    def _same_span_entries(
        self, best: LexiconMatch, forms: list[_Form], split: Mapping[int, int]
    ) -> list[LexiconEntry]:
        """All entries (one per category) that match exactly the best span."""
        found: dict[str, LexiconEntry] = {best.entry.category: best.entry}
        for head in forms[best.start][0]:
            for key, entry in self._index.get(head, ()):
                held = found.get(entry.category)
                if held is not None and (entry.derived or not held.derived):
                    continue
                end = _match_at(forms, best.start, key)
                if end is None:
                    end = _split_particle_end(forms, split, best.start, key)
                if end == best.end:
                    found[entry.category] = entry
        return list(found.values())


#: Plural-looking words whose last "s" is not a plural ending ("fake news", "identity politics").
_NOT_PLURAL: Final = frozenset(
    {"news", "politics", "economics", "ethics", "tactics", "means", "series", "species", "arms"}
)


#: Compound endings English also writes closed up ("hatemongering", "rumourmonger"), longest
#: first, and the trades whose closed "-monger" is a plain job ("fishmonger", "ironmonger").
_CLOSED_ENDINGS: Final = ("mongering", "monger")
_MONGER_TRADES: Final = frozenset({"fish", "iron", "cheese", "coster", "fell", "wool"})


def _closed_ending(word: str) -> str:
    """The compound ending a closed word ends in ("hatemongering": "mongering"), or "" when it has
    none or names a trade. Only "-monger" closes up this way: other endings ("-ridden", "-loving")
    end ordinary words too ("bedridden", "unloving")."""
    for ending in _CLOSED_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem.isalpha():
            return "" if stem in _MONGER_TRADES else ending
    return ""


def _number_forms(key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A phrase entry's key, and the same key with its last word singular: the lemma matching
    finds "slammed" from "slam", but a phrase written in the plural ("union bosses", "fat cats")
    must also find the one person ("union boss", "fat cat"). One-word entries stay as written:
    "handouts" is loaded, a "handout" photograph is not."""
    if len(key) < 2:
        return (key,) if key else ()
    last = key[-1]
    if last in _NOT_PLURAL or len(last) < 4 or last.endswith(("ss", "us", "is")):
        return (key,)
    if last.endswith("ies"):
        singular = last[:-3] + "y"
    elif last.endswith(("sses", "shes", "ches", "xes", "zes")):
        singular = last[:-2]
    elif last.endswith("s"):
        singular = last[:-1]
    else:
        return (key,)
    return (key, (*key[:-1], singular))


#: Verbs of paying for something that end a donor's compound ("Soros-funded").
_FUNDING_ENDINGS: Final = ("funded", "backed", "bankrolled", "financed")


def _funding_forms(key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A donor's compound ("Soros-funded", "Koch-funded") with each verb of paying for: the entry
    casts its donor as a puppeteer however the money is described, so it also finds
    "Soros-bankrolled" and "Koch-backed", and one side's donor is not flagged in a form the
    other side's escapes. Only entries name donors: "state-funded" and "EU-backed" are none."""
    if len(key) < 3 or key[-2] != "-" or key[-1] not in _FUNDING_ENDINGS:
        return (key,)
    return (key, *((*key[:-1], e) for e in _FUNDING_ENDINGS if e != key[-1]))


def _verb_forms(key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A phrase entry's key, and the same key from its verb's stem: a phrase written "slashing
    benefits" or "looked the other way" must also find "slashed benefits" and "looks the other
    way". The matcher compares each piece with a token's text or lemma, so the stem candidates
    ("slash"; "look"; "wave" and "wav" for "waved") find every inflection the model lemmatises to
    one of them; a candidate that is no word matches nothing."""
    first = key[0] if len(key) > 1 else ""
    stems: list[str] = []
    for ending in ("ing", "ed"):
        if first.endswith(ending) and len(first) > len(ending) + 2:
            stem = first[: -len(ending)]
            # "shaming x" is never "sham x": that verb doubles its "m" ("shamming").
            stems += [stem + "e"] if _needs_silent_e(stem) else [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "whipping" -> "whip"
            if stem.endswith("i"):
                stems.append(stem[:-1] + "y")  # "bullied" -> "bully"
    return (key, *((stem, *key[1:]) for stem in dict.fromkeys(stems)))


#: A piece standing for one to :data:`GAP_MAX` words of the text: "hold * to ransom" finds "held
#: the country to ransom"; the words in the gap are part of the match.
GAP: Final = "*"
GAP_MAX: Final = 4
_NOT_IN_GAP: Final = frozenset({".", ",", ";", ":", "!", "?", "(", ")"})


#: The particles of verb + particle entries that may stand after the verb's object: "ram through"
#: finds "rammed the bill through", "shout down" finds "shouted the critics down".
PARTICLES: Final = frozenset({"through", "up", "down", "off", "out", "over", "away", "aside"})


def _split_particles(doc: Doc | Sequence[Token], forms: Sequence[_Form]) -> dict[int, int]:
    """Each verb written apart from its own particle: the verb's position, the particle's.

    Only the parse can tell "rammed the bill through" (a particle: the bill was passed) from
    "rammed the bus through the tunnel" (a preposition with its own object), so a particle counts
    when it is the verb's own dependent with no words of its own (:func:`_verb_of_particle`).
    The object between is one to :data:`GAP_MAX` words, never across punctuation, as
    for a ``*`` in a phrase. Only the few particle words are read as tokens.
    """
    toks = doc if hasattr(doc, "to_array") else list(doc)
    offset = toks[0].i if len(toks) else 0
    out: dict[int, int] = {}
    for j, form in enumerate(forms):
        if not form.parts or form.parts[0] not in PARTICLES:
            continue
        verb = _verb_of_particle(toks[j])
        if verb is None:
            continue
        v = verb.i - offset
        between = forms[v + 1 : j]
        words = sum(not f.hyphen for f in between)  # a hyphen is no word of its own
        if v >= 0 and 1 <= words <= GAP_MAX and not _punctuation_in(between):
            out[v] = j
    return out


def _verb_of_particle(token: Token) -> Token | None:
    """The verb whose particle ``token`` is, by the parse, or None when it has words of its own
    ("through the tunnel", "out of the house") or hangs on anything but a verb before it.

    A particle is labelled ``prt``, but the small model also hangs one on its verb as a
    preposition with no object ("rammed the bill through on Friday") or as an adverb ("brushed
    the questions aside")."""
    head = token.head
    if head.i >= token.i or head.pos_ != "VERB" or token.n_lefts + token.n_rights > 0:
        return None
    return head if token.dep_ in _PARTICLE_DEPS else None


#: The labels the small model gives a particle standing alone after its verb's object.
_PARTICLE_DEPS: Final = frozenset({"prt", "prep", "advmod"})


def _punctuation_in(forms: Sequence[_Form]) -> bool:
    """Whether a stretch of the text holds a mark that closes a gap (a comma, a full stop...)."""
    return any((f.parts or ("",))[0] in _NOT_IN_GAP for f in forms)


def _split_particle_end(
    forms: Sequence[_Form], split: Mapping[int, int], start: int, key: tuple[str, ...]
) -> int | None:
    """Where a verb + particle entry ("ram through") ends when the text writes the verb's object
    between them ("rammed the bill through"), or None when ``key`` is not a verb and a particle
    or the verb at ``start`` has no such particle of its own.

    The match is the verb alone: it carries the judgement, the team sets mark the verb alone in
    most such lines, and a flag over the object would hide the object's own words ("rammed the
    so-called reform through"). The joined form keeps both words.
    """
    j = split.get(start)
    if j is None or len(key) != 2 or key[1] not in PARTICLES or key[1] not in forms[j].parts:
        return None
    return start + 1


class _Form(NamedTuple):
    """What the matcher knows of one token."""

    parts: tuple[str, ...]  # its lowercase text and its lemma
    hyphen: bool  # the token is a hyphen
    #: A content word that may stand in a compound written with a space ("far left" for
    #: "far-left"); verbs, auxiliaries and particles may not ("would be" is not "would-be").
    loose: bool = False


#: Parts of speech that may not stand in for one half of a hyphenated entry.
_NOT_LOOSE: Final = frozenset({"AUX", "VERB", "PART", "ADP", "DET", "PRON", "CCONJ", "SCONJ"})


def _joined_hyphen_after(toks: Doc | Sequence[Token], end: int) -> bool:
    """Whether a hyphen written against the previous word follows: "left-wing", not "left - and".

    A compound that says who leads, runs or pays for something ("dynast-led party",
    "regime-backed militia", "cartel-run town") keeps its first word's own meaning, so the
    label before the hyphen is still found there."""
    if end >= len(toks) or toks[end].text not in _HYPHENS or toks[end - 1].whitespace_:
        return False
    after = toks[end + 1].lower_ if end + 1 < len(toks) else ""
    return after not in DONE_BY


_HYPHENS: Final = frozenset({"-", "‐"})
#: Participles that make "X-led" mean "led by X": the compound keeps X's sense.
DONE_BY: Final = frozenset(
    {"led", "run", "backed", "funded", "financed", "controlled", "dominated", "sponsored"}
)


def _singular_describing(
    toks: Doc | Sequence[Token], key: tuple[str, ...], entry: LexiconEntry, end: int
) -> bool:
    """Whether a plural entry was found by its singular on a word that describes a noun after it.

    The singular stands for the one person ("union boss" for "union bosses"); "illegals" found as
    "illegal" in "a flood of illegal aliens" is an adjective of the aliens instead.
    """
    if key[-1] == pieces(entry.term)[-1]:
        return False
    last = toks[end - 1]
    return last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i > last.i


#: What :func:`_word_forms` reads of a token, as spaCy stores it: two tokens alike in these have
#: the same forms wherever they stand. The written word's case shape is read by the capitalised
#: plural rules; a proper noun's lemma keeps it today, but that is the lemmatiser's habit.
_FORM_ATTRS: Final = (
    "LOWER",
    "LEMMA",
    "TAG",
    "POS",
    "IS_ALPHA",
    "SENT_START",
    "IS_TITLE",
    "IS_LOWER",
)


def _all_forms(doc: Doc | Sequence[Token]) -> list[_Form]:
    """:func:`_forms` of every token, worked out once per distinct word in the text.

    A news article repeats its words ("the", "said", the names), and building a spaCy token object
    for each of them and reading it was about a tenth of the matcher's time; a parsed document hands
    over the attributes that decide the forms as one array, and only a token unlike every earlier
    one is built. The memo lives for this call only, so nothing is shared between articles or
    threads. Whether a participle is a perfect tense's depends on the words before it, which the
    memo's key cannot hold, so that is judged for each such token after the lookup.
    """
    if not hasattr(doc, "to_array"):
        return [_forms(t) for t in doc]
    from spacy.attrs import IDS

    rows = doc.to_array([IDS[a] for a in _FORM_ATTRS]).tolist()
    seen: dict[tuple[int, ...], tuple[_Form, tuple[str, ...]]] = {}
    out: list[_Form] = []
    for i, row in enumerate(rows):
        key = tuple(row)
        word = seen.get(key)
        if word is None:
            word = seen[key] = _word_forms(doc[i])
        form, perfect_bases = word
        out.append(_in_context(doc[i], form, perfect_bases) if perfect_bases else form)
    return out


def _forms(token: Token) -> _Form:
    """The lowercase pieces a token can match: its text and its lemma (one-piece tokens only)."""
    return _in_context(token, *_word_forms(token))


def _in_context(token: Token, form: _Form, perfect_bases: tuple[str, ...]) -> _Form:
    """``form``, with the verb's bases where the token is a perfect tense's participle the model
    read as an adjective ("has long dodged"); elsewhere ("the dodged questions") it stays whole."""
    if perfect_bases and participle_read_as_adjective(token):
        return form._replace(parts=form.parts + perfect_bases)
    return form


def _word_forms(token: Token) -> tuple[_Form, tuple[str, ...]]:
    """The forms a token has wherever it stands, and the bases it gains where it turns out to be
    a participle after "has" (:func:`_in_context`); those are empty for a word that cannot be.

    Everything read here is in :data:`_FORM_ATTRS`, so :func:`_all_forms` may share the result
    between tokens alike in those.
    """
    lower = token.lower_.replace("’", "'")
    if lower in {"-", "‐", "–"}:
        return _Form((), True), ()
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma == lower and lower.endswith("s"):
        lemma = lower[:-1]  # the model leaves capitalised plurals whole: "Little Englanders"
    elif opening_plural_read_as_name(token):
        lemma = lower[:-1]  # "Hooligans looted shops": the capital is the sentence's
    elif _misread_s_form(token, lemma):
        lemma = lower[:-1]  # a headline read in lower case: "tycoon hijacks party conference"
    elif _graded_adverb(token, lemma):
        lemma = lower  # "sank deeper" compares depth; the model's lemma "deeply" intensifies
    elif _lost_silent_e(lower, lemma):
        lemma += "e"  # "shamed" is "shame", never "sham" (whose past is "shammed")
    forms: tuple[str, ...] = (lower,) if lemma == lower or not lemma else (lower, lemma)
    if _ie_plural(token, lemma):
        forms += (lower[:-1],)  # "junkies": the model's lemma "junky" misses the entry "junkie"
    perfect_bases: tuple[str, ...] = ()
    if lemma == lower and token.is_alpha:
        forms += _graded_bases(lower, token.tag_) + _past_bases(lower, token.tag_)
        forms += _plural_bases(lower, token.tag_)
        if token.tag_ in _PARTICIPLE_MISREAD_TAGS:
            perfect_bases = _past_bases(lower, "NN")  # as for a past tense read as a noun
    return _Form(forms, False, _loose(token)), perfect_bases


def _loose(token: Token) -> bool:
    """Whether a token may stand for one half of a hyphenated entry written with a space. An
    "-ing" form may ("money printing" is "money-printing", "fear mongering" is "fear-mongering"):
    the model reads it as a verb, but it names the activity, as the hyphenated noun does. A
    finite verb, an auxiliary or a particle may not ("would be" is not "would-be")."""
    if not token.is_alpha:
        return False
    return token.pos_ not in _NOT_LOOSE or token.tag_ == "VBG"


#: Endings added to a base without doubling its last consonant ("shamed", "shaming", "shames").
_PLAIN_ENDINGS: Final = ("ed", "ing", "es")
_VOWEL_RUN: Final = re.compile(r"[aeiou]+")


def _lost_silent_e(lower: str, lemma: str) -> bool:
    """Whether the model cut a word back to a shorter word that its spelling rules out: it
    lemmatises "shamed" to "sham", "raging" to "rag" and "shames" to "sham", so the entry "sham"
    flagged "has shamed the nation". The base is the written word less its plain ending."""
    ending = lower[len(lemma) :]
    return lower.startswith(lemma) and ending in _PLAIN_ENDINGS and _needs_silent_e(lemma)


def _needs_silent_e(stem: str) -> bool:
    """Whether a stem left after "-ed", "-ing" or "-es" must have ended in a silent "e".

    A one-syllable word ending in one vowel and one consonant doubles that consonant before an
    ending ("sham" -> "shammed", "con" -> "conning", "rag" -> "ragged"), so the undoubled form is
    another word's ("shame", "cone", "rage"). Words ending in "w", "x" or "y" never double, and
    "s" may not in American spelling ("bused"), so those stems stand as they are.
    """
    if len(stem) < 2 or stem[-1] in "aeiouwxys" or stem[-2] not in "aeiou":
        return False
    if len(stem) > 2 and stem[-3] in "aeiou":
        return False  # two vowels ("rain" -> "rained") never double
    return len(_VOWEL_RUN.findall(stem)) == 1


def _ie_plural(token: Token, lemma: str) -> bool:
    """A plural of a noun ending in "-ie" that the model lemmatises to "-y" ("junkies" ->
    "junky", "hippies" -> "hippy"): its singular as written ("junkie") is tried too, so an
    entry in that spelling finds the plural. A "-y" noun's own plural ("bodies") gains only a
    form no entry has."""
    lower = token.lower_
    return token.tag_ == "NNS" and lower.endswith("ies") and lemma == lower[:-3] + "y"


def _graded_adverb(token: Token, lemma: str) -> bool:
    """A comparative or superlative adverb the model lemmatises to an -ly adverb its text lacks
    ("deeper" -> "deeply"). "pushed families deeper into poverty" measures how far, like
    "deeper cuts"; the intensifier "deeply" ("deeply cynical") is another word. Its graded base
    ("deep") is still tried, as for any comparative."""
    return token.tag_ in {"RBR", "RBS"} and lemma.endswith("ly") and not token.lower_.endswith("ly")


def opening_plural_read_as_name(token: Token) -> bool:
    """A plural noun opening a sentence that the model, misled by the capital, tags a singular
    proper noun and leaves whole ("Hooligans masquerading as protesters looted shops", "Mobs
    torched police cars"): it is the same word as "the hooligans" later in a sentence, so its
    singular is tried too. A name that ends in "-s" ("Brussels", "Athens") only gains a form no
    entry has."""
    lower = token.lower_
    return (
        token.tag_ == "NNP"
        and token.is_sent_start is True
        and token.is_title
        and token.lemma_.lower() == lower
        and len(lower) >= 4
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is"))
    )


def _misread_s_form(token: Token, lemma: str) -> bool:
    """A word written in lower case that the model still tags a proper noun and leaves whole, with
    an -s ending: a headline's verb it ran into a name ("hijacks" in "tycoon hijacks party
    conference", a title-case headline read in lower case). Names are written with a capital."""
    lower = token.lower_
    return (
        token.tag_ == "NNP"
        and token.text.islower()
        and lemma == lower
        and len(lower) >= 5
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is"))
    )


def _past_bases(lower: str, tag: str) -> tuple[str, ...]:
    """Base forms of a past tense the model read as a noun and left whole ("Orban boasted that
    ...": "boasted", NN): "boast", so a verb entry still finds it. Whether it is used as a verb
    there is for the caller to judge."""
    if tag != "NN" or not lower.endswith("ed") or len(lower) < 6:
        return ()
    stem = lower[:-2]
    if _needs_silent_e(stem):
        return (stem + "e",)  # raged -> rage, never "rag"
    bases: tuple[str, ...] = (stem, stem + "e")  # boasted -> boast, chided -> chide
    if stem[-1] == stem[-2]:
        bases += (stem[:-1],)  # slammed -> slam
    return bases


def participle_read_as_adjective(token: Token) -> bool:
    """A past participle after "has", "have" or "had" and an adverb of the verb that the model
    reads as an adjective and leaves whole ("The cruise line has long dodged federal taxes":
    "dodged", JJ): a perfect tense takes a verb there, so its base is tried as for a past
    tense read as a noun. With no adverb, or one that grades the word itself, "has" owns
    something described ("has crooked teeth", "has very talented children"). The model may
    also tag it a participle yet hang it on the object as a modifier ("The city has long
    shortchanged crossing guards": "shortchanged", VBN, amod); it is the verb all the same."""
    misread = token.tag_ == "JJ" or (token.tag_ in _PARTICIPLE_TAGS and token.dep_ == "amod")
    if not misread or not token.lower_.endswith("ed"):
        return False
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].pos_ == "ADV":
        if token.doc[i].lower_ in _DEGREE_ADVERBS:
            return False
        i -= 1
    if i == token.i - 1 or i < token.sent.start:
        return False
    return token.doc[i].lower_ in _PERFECT_AUXILIARIES


#: The tags of a participle the model may misread as a describing word after "has" (see
#: :func:`participle_read_as_adjective`).
_PARTICIPLE_TAGS: Final = frozenset({"VBN", "VBD"})
_PARTICIPLE_MISREAD_TAGS: Final = _PARTICIPLE_TAGS | {"JJ"}
#: Adverbs that grade an adjective ("has very crooked teeth") rather than time or frame a verb.
_DEGREE_ADVERBS: Final = frozenset(
    {"very", "so", "too", "quite", "really", "extremely", "highly", "most", "more", "less"}
    | {"least", "rather", "fairly", "pretty", "somewhat", "deeply", "badly", "well", "poorly"}
)
#: The forms of "have" that make a perfect tense with a past participle after them.
_PERFECT_AUXILIARIES: Final = frozenset({"has", "have", "had", "'ve", "’ve"})


def _plural_bases(lower: str, tag: str) -> tuple[str, ...]:
    """The singular of a rare plural the model tags a singular noun and leaves whole ("turned
    nurses into pariahs": "pariahs", NN; "mobs torched cars": "mobs", NN), so a noun entry still
    finds it, as it finds the common plurals the model does undo. Endings of singular nouns
    ("-ss", "-us", "-is") are left alone, as are the short words whose "-s" is no plural ending
    ("news" is never "new", "odds" never "odd"); a word of three letters ("gas") has no singular
    worth trying, and a stem like "politic" for "politics" only gains a form no entry has."""
    if tag != "NN" or len(lower) < 4 or not lower.endswith("s"):
        return ()
    if lower.endswith(("ss", "us", "is")) or lower in _NOT_PLURAL | _SHORT_S_WORDS:
        return ()
    return (lower[:-1],)


#: Short nouns whose last "s" is part of the word, not a plural ending: their stem is no singular.
_SHORT_S_WORDS: Final = frozenset({"odds", "bias", "lens", "alms"})


def _graded_bases(lower: str, tag: str) -> tuple[str, ...]:
    """Base forms of a comparative or superlative the model left unlemmatised ("flimsiest",
    which it may also tag as a noun or a plain adjective): "flimsy", so the entry "flimsy"
    finds it."""
    if tag in {"JJS", "RBS"} or (tag in {"NN", "JJ"} and lower.endswith("iest")):
        ending = "est"
    elif tag in {"JJR", "RBR"}:
        ending = "er"
    else:
        return ()
    if not lower.endswith(ending) or len(lower) < len(ending) + 3:
        return ()
    stem = lower[: -len(ending)]
    if stem.endswith("i"):
        return (stem[:-1] + "y",)  # flimsiest -> flimsy
    bases: tuple[str, ...] = (stem + "e", stem)  # crudest -> crude, hardest -> hard
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases += (stem[:-1],)  # biggest -> big
    return bases


def _words_after(
    forms: Sequence[_Form], split: Mapping[int, int], start: int
) -> tuple[str, ...] | None:
    """The forms a phrase read from token ``start`` must have its second piece among, or None
    when any phrase may match there.

    When the token at ``start`` and the one after it are each one plain word, :func:`_match_at`
    reads the phrase's second piece against the next token's forms alone, so a phrase with
    another second word cannot match there. The other cases (a hyphen token to skip, a token
    spaCy kept whole over several pieces, a verb whose particle stands after its object) leave
    every phrase to try.
    """
    if start in split or len(pieces(forms[start].parts[0])) > 1:
        return None
    if start + 1 == len(forms):
        return ()  # the text ends: no second piece can match
    parts, is_hyphen, _ = forms[start + 1]
    if is_hyphen or len(pieces(parts[0])) > 1:
        return None
    return parts


#: Second pieces :func:`_words_after` cannot rule out: a gap and a hyphen are read by rules of
#: their own in :func:`_match_at`.
_READ_BY_OWN_RULES: Final = frozenset({GAP, "-"})


def spaced_like_hyphenated(key: tuple[str, ...]) -> bool:
    """Whether a hyphenated entry's pieces (:func:`pieces`) also match written with spaces
    whatever words they are: a compound of three or more words ("let-them-eat-cake",
    "holier-than-thou", "dog-eat-dog") is a set phrase that a quotation or a verb phrase writes
    with spaces and means the same. A compound of two words matches so only where both are
    content words (:func:`_loose`): "would be" is no "would-be"."""
    return key.count("-") >= 2


def _match_at(forms: Sequence[_Form], start: int, key: tuple[str, ...]) -> int | None:
    """Token index after the match of ``key`` beginning at ``start``, or None."""
    long = spaced_like_hyphenated(key)
    i = start
    j = 0
    n = len(forms)
    while j < len(key):
        if i >= n:
            return None
        parts, is_hyphen, loose = forms[i]
        if key[j] == GAP and j > 0:
            # The shortest gap after which the rest of the phrase matches.
            for gap in range(1, GAP_MAX + 1):
                if i + gap > n:
                    return None
                last = (forms[i + gap - 1][0] or ("",))[0]
                if last in _NOT_IN_GAP:
                    return None
                if last == "to":
                    # "slash Social Security to pay for ...": after "to" the next word starts a
                    # clause of its own; the entry ("slash * pay") meant a noun after the gap.
                    continue
                end = _match_at(forms, i + gap, key[j + 1 :])
                if end is not None:
                    return end
            return None
        if is_hyphen and key[j] != "-" and j > 0:
            # The text hyphenates a phrase the entry spells with spaces: "catch-and-release"
            # is "catch and release" used as a modifier. (The reverse is refused: "would-be".)
            i += 1
            continue
        if key[j] == "-" and not is_hyphen and j > 0 and (long or (loose and forms[i - 1].loose)):
            # The text spells with a space a compound the entry hyphenates: "the far left".
            j += 1
            continue
        if key[j] == "-" and is_hyphen and j > 0:
            i += 1
            j += 1
            continue
        if key[j] == "-" or is_hyphen:
            return None  # a hyphen on one side only, or one that would open the match
        # A token spaCy kept whole ("neo-liberal") covers several pieces of the key.
        tok_pieces = pieces(parts[0])
        if len(tok_pieces) > 1:
            if key[j : j + len(tok_pieces)] != tok_pieces:
                words = tuple(p for p in tok_pieces if p != "-")
                if "-" in key[j : j + len(tok_pieces)] or key[j : j + len(words)] != words:
                    return None
                tok_pieces = words
            j += len(tok_pieces)
            i += 1
            continue
        if key[j] not in parts:
            return None
        if j + 1 < len(key) and key[j + 1] == "-" and parts[0] != key[j]:
            return None  # before a hyphen only the spelling counts: "sold-out" is no "sell-out"
        j += 1
        i += 1
    return i


def read_tsv(path: Path) -> list[LexiconEntry]:
    """Read one lexicon file; a malformed line is a bug in the bundled data, so it raises."""
    out: list[LexiconEntry] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header[:4]) != HEADER:
            raise ValueError(f"{path.name}: the first line must be {'<TAB>'.join(HEADER)}")
        for lineno, row in enumerate(reader, start=2):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < 2:
                raise ValueError(f"{path.name}:{lineno}: expected term<TAB>category")
            term, category = row[0].strip(), row[1].strip()
            if category not in ENTRY_CATEGORIES:
                raise ValueError(f"{path.name}:{lineno}: unknown category {category!r}")
            note = row[2].strip() if len(row) > 2 else ""
            source = row[3].strip() if len(row) > 3 and row[3].strip() else "curated"
            use = row[4].strip() if len(row) > 4 else ""
            if use not in USES:
                raise ValueError(f"{path.name}:{lineno}: unknown use {use!r}")
            out.append(LexiconEntry(term, category, note, source, use))
    return out


def load_dir(folder: Path) -> Lexicon:
    """All ``*.tsv`` files of a folder, in name order; the same term twice in one category keeps the
    first (curated files sort before the sentiment-derived ones)."""
    seen: set[tuple[str, str]] = set()
    entries: list[LexiconEntry] = []
    for path in sorted(folder.glob("*.tsv")):
        for e in read_tsv(path):
            if e.key in seen:
                continue
            seen.add(e.key)
            entries.append(e)
    return Lexicon(tuple(entries))


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once per process."""
    return load_dir(resource("lexicons"))
