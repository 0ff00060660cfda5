"""Intrinsic framing cues in one parsed article: what its own wording signals, before any
comparison.

Each cue is a :class:`Cue`: a token span, a category, the rule that fired, a base confidence and the
lexicon entry behind it. :mod:`reader.core.framing` then adds the comparative evidence, marks quoted
words and turns cues into :class:`~reader.core.model.Flag` objects with explanations. Keeping the
cue finder separate lets the evaluation score the lexical layer on one article at a time.

Precision rules live here, because a reader drowned in flags stops reading:
- a ``neutral`` lexicon entry (titles, party names, "said") shields its tokens from every cue;
- words from the sentiment-derived lexicons count only as adjectives or adverbs;
- reporting verbs count only when they report (a clausal complement, or a quotation next to them):
  "claimed responsibility" is plain wire copy, "claimed that" is a reporting-verb choice;
- a word that is part of a name ("Freedom Party", "Big Ben") is never flagged;
- a word used in its plain sense ("the swamp behind the school", "a brutal heatwave") is not.

The checks for the last two live in :mod:`reader.core.name_checks` and
:mod:`reader.core.word_senses`; this module decides with them and builds the cues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from reader.core.entities import after_a_dateline
from reader.core.lexicon import (
    DONE_BY,
    GAP,
    Lexicon,
    LexiconEntry,
    opening_plural_read_as_name,
    participle_read_as_adjective,
)
from reader.core.name_checks import (
    ACTOR_TYPES,
    NAME_TYPES,
    a_teams_name,
    capitalised_epithet,
    group_word_before,
    in_a_laws_title,
    phrase_capitalised_by_its_sentence,
    piece_of_longer_name,
    slogan_in_capitals,
    stacked_before_label,
    word_taken_for_name,
)
from reader.core.named_groups import stands_for_a_named_group
from reader.core.speech_verbs import (
    reports_clause_before,
    reports_through_medium,
    verb_lemmas,
)
from reader.core.word_senses import (
    HARSH,
    MADE,
    RISKY,
    a_butcher_named,
    a_charge_named,
    a_made_thing,
    a_name_introduced,
    a_named_rescue,
    a_real_mass,
    a_real_scent,
    a_real_swamp,
    a_real_train_wreck,
    a_role_in_fiction,
    a_sold_out_event,
    a_term_introduced,
    a_vaccine_on_trial,
    an_epithet,
    beats_people,
    colonisers_in_nature,
    deaths_told,
    done_to_people,
    done_to_public_life,
    dresses_a_carcass,
    harsh_conditions,
    headline_verb_read_as_noun,
    hides_the_truth,
    militarises_territory,
    moves_something,
    nature_does_it,
    people_do_it,
    physical_hazard,
    purges_things,
    quiet_in_manner,
    rules_regime,
    said_of_people,
    seizes_a_thing,
    sells_goods,
    stands_for_criticise,
    styled_by_oneself,
    thing_does_it,
    wrung_in_fact,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    from spacy.tokens import Doc, Span, Token

    #: A reason a lexicon match does not frame: the matched words, the entry, the label tokens.
    _MatchCheck: TypeAlias = Callable[[Span, LexiconEntry, frozenset[int]], bool]
    #: The same reason for one matched word.
    _WordCheck: TypeAlias = Callable[[Token, LexiconEntry, frozenset[int]], bool]

#: Base confidence per category for curated entries; comparative evidence and quotation adjust it.
BASE_CONFIDENCE: Final[dict[str, float]] = {
    "label": 0.7,
    "loaded": 0.6,
    "hedge": 0.6,
    "attribution": 0.55,
    "intensifier": 0.45,
    "scare-quote": 0.5,
}
DERIVED_CONFIDENCE: Final = 0.4
#: Strength (VADER's |valence| scale; TextBlob polarity x 4) a sentiment-derived word needs, by part
#: of speech. Adjectives and adverbs of manner evaluate on their own; verbs and nouns more often
#: name events ("murdered", "fraud"): on the development sets (docs/EVALUATION.md, step 10) every
#: threshold tried for them raised wire-copy false alarms more than it raised PTC recall, so they
#: are off (99) and a noun counts only as an epithet on a named actor ("liar Smith", ``actor``).
SENTIMENT_MIN: Final[dict[str, float]] = {
    "ADJ": 2.0,
    "ADV": 2.0,
    "VERB": 99.0,  # tried 2.0 and 2.5: "blamed", "violated" on wire copy
    "NOUN": 99.0,  # tried 2.5 and 3.0: "cancer", "suicide", "fraud" on wire copy
    "actor": 2.0,
}
#: Confidence a derived word gains per unit of strength above 2.0 (capped at curated loaded level).
DERIVED_STEP: Final = 0.05
#: Precedence when two cues cover the same words: the more specific device wins.
PRECEDENCE: Final[dict[str, int]] = {
    "label": 6,
    "attribution": 5,
    "hedge": 4,
    "loaded": 3,
    "scare-quote": 2,
    "intensifier": 1,
}
#: Words a widened phrase may hold besides the cue: modifiers and nouns, never names or numbers.
_PHRASE_POS: Final = frozenset({"ADJ", "ADV", "NOUN", "VERB"})
_MODIFIER_POS: Final = frozenset({"ADJ", "ADV"})
#: Categories whose adverbs weigh the whole clause ("reportedly working", "apparently tasked"),
#: not the manner of its verb ("viciously attacked", "tirelessly championed"): the flag stays on
#: the adverb, so nobody reads "working" as the word in question.
_CLAUSE_ADVERBS: Final = frozenset({"hedge"})
#: Widen an evaluative adverb to the verb next to it ("brutally crushed"); see docs/EVALUATION.md.
WIDEN_ADVERB_VERB: Final = True
#: Dependencies that make a verb a reporting verb: it introduces what was said.
_REPORT_DEPS: Final = frozenset({"ccomp", "xcomp", "parataxis"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One piece of framing found in an article's wording, in token offsets of its doc."""

    start: int  # token index
    end: int  # token index, exclusive
    category: str
    rule: str
    confidence: float
    entry: LexiconEntry | None = None
    target: str | None = None  # the actor a label or modifier is attached to
    #: The words that fired (token offsets); ``start``/``end`` may widen them to their phrase.
    word_start: int = -1
    word_end: int = -1

    @property
    def fired(self) -> tuple[int, int]:
        """The token offsets of the words that fired: ``start``/``end`` when none were kept."""
        if self.word_start < 0:
            return self.start, self.end
        return self.word_start, self.word_end

    def words(self, doc: Doc) -> str:
        first, end = self.fired
        return str(doc[first:end].text)

    def char_span(self, doc: Doc) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


def lexical_cues(doc: Doc, lexicon: Lexicon, *, derived: bool = True) -> list[Cue]:
    """Lexicon and part-of-speech cues of one article, overlaps resolved, in reading order."""
    raw: list[Cue] = []
    shielded: set[int] = set()
    matches = lexicon.match(doc)
    labelled: set[int] = set()
    for m in matches:
        if m.entry.category == "neutral":
            shielded.update(range(m.start, m.end))
        elif m.entry.category == "label":
            labelled.update(range(m.start, m.end))
    people = frozenset(labelled)
    for m in matches:
        entry = m.entry
        if entry.category == "neutral" or shielded.intersection(range(m.start, m.end)):
            continue
        span = doc[m.start : m.end]
        curated = not entry.derived
        if not curated and not derived:
            continue
        if not _acceptable(span, entry, curated, people):
            continue
        category = entry.category
        base = BASE_CONFIDENCE.get(category, 0.5) if curated else _derived_confidence(entry)
        target = _actor_of(span)
        rule = f"lexicon:{category}:{entry.term.lower()}"
        if category == "loaded" and target is not None and _is_modifier(span):
            # An evaluative word pinned on a named actor works as a label ("the embattled Steele").
            category, base = "label", max(base, 0.55)
            rule = f"pos:evaluative-modifier:{entry.term.lower()}"
        elif category == "loaded" and _government_seated_in(span) is not None:
            # "the puppet government in Tessin": the loaded words name a government themselves.
            category, base = "label", max(base, 0.55)
        raw.append(Cue(m.start, m.end, category, rule, base, entry, target, m.start, m.end))
    # Where a curated entry says what a word is ("stunning": an intensifier), a sentiment list's
    # reading of the same words ("a subjective positive adjective") is no second opinion.
    curated_at = {(c.start, c.end) for c in raw if c.entry is not None and not c.entry.derived}
    raw = [
        c
        for c in raw
        if c.entry is None or not c.entry.derived or (c.start, c.end) not in curated_at
    ]
    raw = _epithets_kept(doc, raw)
    taken = {i for c in raw for i in range(c.start, c.end)}
    chunk_of: dict[int, tuple[int, int]] = {}
    if raw:
        for chunk in doc.noun_chunks:  # computed once: spaCy rebuilds chunks on every access
            for i in range(chunk.start, chunk.end):
                chunk_of[i] = (chunk.start, chunk.end)
    cues = []
    for c in raw:
        if c.end - c.start == 1 and doc[c.start].pos_ != "VERB" and _verb_use(c.entry):
            cues.append(c)  # a verb the parser took for a noun: its noun phrase is a misparse
            continue
        if c.end - c.start == 1 and participle_read_as_adjective(doc[c.start]):
            cues.append(c)  # "has long dodged taxes": the verb, not "long dodged federal taxes"
            continue
        if _past_verb_read_as_modifier(doc[c.start : c.end]):
            cues.append(c)  # "the governor strong-armed lawmakers": the verb, not a phrase
            continue
        blocked = taken - set(range(c.start, c.end))
        start, end = _phrase(doc[c.start : c.end], blocked, chunk_of, c.category)
        end = _reduced_to(doc, c.entry, end, blocked, chunk_of, start)
        cues.append(replace(c, start=start, end=end))
    return resolve_overlaps(cues)


#: Tags of a finite verb: a sentence with none of them is one the small model ran together.
_FINITE: Final = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _past_verb_read_as_modifier(span: Span) -> bool:
    """A hyphenated past-tense verb that the small model reads as an adjective, running the
    sentence into one noun phrase ("Newsom strong-armed suburban cities into approving towers",
    "The governor strong-armed lawmakers"): an "-ed" word modifying a noun, right after a noun
    (the subject) and in a sentence with no finite verb. Widened like a modifier, its flag
    would take in the subject and the object; the judgement is the verb alone. "The disgraced
    senator resigned" has its verb, and a headline's "Disgraced senator" no subject before it."""
    last = span[-1]
    if not last.lower_.endswith("ed") or last.dep_ != "amod" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.tag_ not in {"NN", "NNS", "NNP", "NNPS"} or before.dep_ not in {"nmod", "compound"}:
        return False
    return not any(t.tag_ in _FINITE for t in last.sent)


#: Clauses hung on another word, whose verbs are their own: "as police crack down".
_CLAUSES: Final = frozenset({"advcl", "relcl", "acl", "ccomp"})


def _verb_read_as_plural_noun(tok: Token) -> bool:
    """A present-tense verb that the small model reads as the plural noun closing a noun phrase,
    in a sentence it then leaves with no finite verb ("the so-called mandate rests on ...",
    "the sham deal collapses under ..."): a plural noun heading the sentence, right after the
    noun it took for its modifier, with more words after it. Widened to that noun phrase, the
    flag would take in the verb; "the so-called experts warned" keeps its verb apart. A
    headline's verb takes its object as well ("catastrophic spill poisons the river as police
    move in"), and a clause hung on it may have a verb of its own."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.tag_ not in {"NN", "NNP"} or before.dep_ != "compound" or before.head.i != tok.i:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    after = nxt is not None and (nxt.dep_ == "prep" or nxt.pos_ == "DET")
    return after and not any(t.tag_ in _FINITE and t.dep_ not in _CLAUSES for t in tok.sent)


def _epithets_kept(doc: Doc, raw: list[Cue]) -> list[Cue]:
    """Drop the ``epithet`` cues that are plain names here: "junta" counts on a name that is not
    a country's or beside another cue ("the globalist junta"), which only the other cues tell."""
    flagged = frozenset(
        i for c in raw if c.entry is None or c.entry.use != "epithet" for i in range(c.start, c.end)
    )
    return [
        c
        for c in raw
        if c.entry is None
        or c.entry.use != "epithet"
        or an_epithet(doc[c.start : c.end].root, flagged)
    ]


#: Last words of a minimiser that needs what it reduces after it ("nothing more than", "nothing
#: but"): without that noun phrase the flag would show half a judgement.
_REDUCING_ENDS: Final = frozenset({"than", "but"})
#: The longest a minimiser and the noun phrase it reduces may run, in words.
REDUCED_PHRASE_WORDS: Final = 8
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})


def _reduces(entry: LexiconEntry) -> bool:
    return entry.category != "neutral" and entry.term.split()[-1] in _REDUCING_ENDS


def _reduced_to(
    doc: Doc,
    entry: LexiconEntry | None,
    end: int,
    blocked: set[int],
    chunk_of: dict[int, tuple[int, int]],
    start: int,
) -> int:
    """Where a minimiser's flag ends: after the noun phrase it belittles ("nothing more than a
    photo opportunity", "nothing but empty promises"), which readers and annotators mark with it
    as one judgement. A phrase holding a name, a figure or another cue keeps its own flags."""
    if entry is None or not _reduces(entry):
        return end
    chunk = chunk_of.get(end)
    if chunk is None or chunk[0] != end or chunk[1] - start > REDUCED_PHRASE_WORDS:
        return end
    if any(_breaks_phrase(t, blocked) for t in doc[chunk[0] : chunk[1]]):
        return end
    return chunk[1]


def _word_start(doc: Doc, i: int, floor: int) -> int:
    """Where the hyphenated word holding token ``i`` starts, no further left than ``floor``: a
    phrase trimmed of a name must not start inside "Chinese-style" and show "style autocrat"."""
    while i - 2 >= floor and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_:
        if doc[i - 2].whitespace_:
            break
        i -= 2
    return i


_HYPHENS: Final = frozenset({"-", "\u2010", "\u2011"})


def _after_possessor(doc: Doc, start: int, limit: int) -> int:
    """Start a phrase after its possessor: in "the senator's reckless plan" the judgement is
    "reckless plan"; the senator is whose plan it is, not part of the framing."""
    for i in range(limit - 1, start - 1, -1):
        if doc[i].tag_ == "POS" or doc[i].dep_ == "poss":
            return i + 1
    return start


#: Words that count what a noun phrase holds ("several", "many", "dozens"): the model tags
#: most of them adjectives or nouns, so a widened phrase would otherwise take them in.
_QUANTITY_WORDS: Final = frozenset(
    {
        *("several", "many", "few", "fewer", "numerous", "various", "multiple", "much"),
        *("enough", "some", "any", "all", "both", "each", "every", "no", "couple", "handful"),
        *("dozens", "scores", "hundreds", "thousands", "millions", "billions"),
    }
)


def _after_quantity(doc: Doc, start: int, limit: int) -> int:
    """Start a phrase after its count: in "several so-called ghost guns" the doubt is
    "so-called", and in "many radical activists" the judgement is "radical activists"; how
    many there were is a fact, not part of the framing."""
    for i in range(limit - 1, start - 1, -1):
        if doc[i].lower_ in _QUANTITY_WORDS and not _joined(doc, i, i + 1):
            return i + 1
    return start


def _phrase(
    span: Span, blocked: set[int], chunk_of: dict[int, tuple[int, int]], category: str = ""
) -> tuple[int, int]:
    """Widen a modifier to the word it modifies ("very" -> "very dangerous", "radical" -> "radical
    plan"): the framing is the phrase, and readers (and annotators) see it as one unit."""
    root = span.root
    head = root.head
    doc = span.doc
    chunk = chunk_of.get(span.start)
    if root.dep_ == "amod" and head.i < root.i:
        # An adjective after its noun is said of it ("called the delay unacceptable"), not part
        # of its name: the noun stays out of the flag.
        return span.start, span.end
    if chunk is not None and chunk[0] <= span.start and span.end <= chunk[1]:
        # The noun phrase without determiner, names or other cues: "the sham inquiry" ->
        # "sham inquiry", "Chinese dictator Xi Jinping" -> "dictator" (names are never flagged).
        start, end = chunk
        while start < span.start and _not_phrase(doc[start], blocked):
            start += 1
        while end > span.end and _not_phrase(doc[end - 1], blocked):
            end -= 1
        if end > span.end and _verb_read_as_plural_noun(doc[end - 1]):
            end -= 1
        start = _after_possessor(doc, start, span.start)
        start = _after_quantity(doc, start, span.start)
        start = _word_start(doc, start, chunk[0])
        if end == span.end and root.pos_ in _MODIFIER_POS and not _coordinated(doc, span.start):
            # The noun is another cue's ("latest unhinged tirade"): a stacked modifier before
            # this one belongs to that noun, not to this judgement, so "latest" stays out. A
            # coordinated one ("wild, racist") is a judgement of the same rank and stays in, and
            # so do the words that modify this one ("increasingly strident").
            return _own_modifiers(doc, start, span), span.end
        inner = [t for t in doc[start:end] if not span.start <= t.i < span.end]
        if any(_breaks_phrase(t, blocked) for t in inner):
            return span.start, span.end
        return start, end
    if len(span) == 1 and root.pos_ in _MODIFIER_POS and head.i != root.i:
        if root.dep_ == "amod" and head.pos_ == "NOUN" and 0 < head.i - span.end + 1 <= 2:
            return span.start, head.i + 1
        if root.dep_ == "advmod" and head.pos_ in _MODIFIER_POS and head.i == span.end:
            return span.start, head.i + 1
        if (
            WIDEN_ADVERB_VERB
            and category not in _CLAUSE_ADVERBS
            and root.dep_ == "advmod"
            and head.pos_ == "VERB"
            and abs(head.i - root.i) == 1
            and head.i not in blocked
        ):
            # An adverb of manner and its verb are one judgement: "viciously attacked".
            return min(span.start, head.i), max(span.end, head.i + 1)
    return span.start, span.end


def _own_modifiers(doc: Doc, start: int, span: Span) -> int:
    """Where a modifier's flag starts when its noun is not in it: at the words before it that
    modify it ("increasingly strident"), not at those that modify the noun ("latest")."""
    first = span.start
    while first > start and doc[first - 1].head.i in range(first, span.end):
        first -= 1
    return first


def _coordinated(doc: Doc, start: int) -> bool:
    """The word before ``start`` joins two modifiers of equal rank: a comma or "and"/"or"."""
    return start > 0 and (doc[start - 1].lower_ == "," or doc[start - 1].dep_ == "cc")


def resolve_overlaps(cues: Sequence[Cue]) -> list[Cue]:
    """Keep one cue per stretch of words: the most specific category, then the longest span."""
    ranked = sorted(
        cues,
        key=lambda c: (-PRECEDENCE.get(c.category, 0), -(c.end - c.start), -c.confidence),
    )
    taken: set[int] = set()
    kept: list[Cue] = []
    crowded: list[Cue] = []
    for c in ranked:
        if taken.intersection(range(c.start, c.end)):
            crowded.append(c)
            continue
        taken.update(range(c.start, c.end))
        kept.append(c)
    # Then the cues whose phrase ran into a stronger one, drawn back to what is still free; an
    # intensifier right before or after the cue it strengthens joins it ("very dangerous").
    for c in crowded:
        drawn = _without(c, taken)
        if drawn is None:
            # Two intensifiers over the same words are one exaggeration: "one of the most" and
            # "most stunning upsets in the history" read as one phrase.
            same = _overlapping_intensifier(kept, c)
            if same is not None:
                held = kept[same]
                kept[same] = replace(held, start=min(held.start, c.start), end=max(held.end, c.end))
                taken.update(range(c.start, c.end))
            continue
        taken.update(range(drawn.start, drawn.end))
        beside = _beside(kept, drawn) if c.category == "intensifier" else None
        if beside is None:
            kept.append(drawn)
        else:
            held = kept[beside]
            kept[beside] = replace(
                held, start=min(held.start, drawn.start), end=max(held.end, drawn.end)
            )
    kept.sort(key=lambda c: c.start)
    return kept


def _overlapping_intensifier(kept: Sequence[Cue], cue: Cue) -> int | None:
    """The index of a kept intensifier that shares words with the intensifier ``cue``."""
    if cue.category != "intensifier":
        return None
    return next(
        (
            k
            for k, held in enumerate(kept)
            if held.category == "intensifier" and held.start < cue.end and cue.start < held.end
        ),
        None,
    )


def _beside(kept: Sequence[Cue], cue: Cue) -> int | None:
    """The index of a kept cue that ends where ``cue`` starts or starts where it ends."""
    return next(
        (k for k, held in enumerate(kept) if held.start == cue.end or held.end == cue.start), None
    )


def _without(cue: Cue, taken: set[int]) -> Cue | None:
    """A widened cue drawn back from words a stronger cue holds: in "the radical climate cult"
    the label "climate cult" keeps its words and "radical" is still flagged on its own. A cue
    whose fired words are themselves taken gives way."""
    lo, hi = cue.fired
    if taken.intersection(range(lo, hi)):
        return None
    while lo > cue.start and lo - 1 not in taken:
        lo -= 1
    while hi < cue.end and hi not in taken:
        hi += 1
    return replace(cue, start=lo, end=hi)


def _acceptable(
    span: Span, entry: LexiconEntry, curated: bool, labelled: frozenset[int] = frozenset()
) -> bool:
    """Whether a lexicon match frames here; ``labelled`` holds the tokens a label entry covers,
    which name people whatever the noun ("climate deniers in Congress gutted the programme").

    The reasons a match does not frame are tried in the order listed: those of any match
    (:data:`_NOT_FRAMING`), the sentiment lists' own bar, then the curated lists' reasons for one
    word (:data:`_ONE_WORD_NOT_FRAMING`)."""
    if any(reason(span, entry, labelled) for reason in _NOT_FRAMING):
        return False
    if not curated:
        return _sentiment_strong_enough(span, entry)
    head = span.root
    if entry.category == "attribution":
        return _is_reporting(head) and not _legal_allegation(head)
    if _nothing_as_subject(span, entry):
        return False
    if len(span) == 1 and any(reason(head, entry, labelled) for reason in _ONE_WORD_NOT_FRAMING):
        return False
    # on a phrase too: "swarms of jellyfish" are creatures, "swarms of reporters" people
    return not _creatures_not_people(head, entry)


def _a_sound_not_speech(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the minister moaned that the budget was thin" belittles speech; "the patient moaned in
    pain" and "the wind moaned" make a sound, which frames nobody's words."""
    return entry.use == "speech" and not _is_reporting(span.root)


def _verb_phrase_not_a_verb(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "bussed in" is a verb phrase: "on a bus in Coldharbour Lane" is not it."""
    return len(span) > 1 and _verb_use(entry) and not _acts_as_verb(span[0])


def _modifier_phrase_not_modifying(
    span: Span, entry: LexiconEntry, labelled: frozenset[int]
) -> bool:
    """ "a staged protest" is faked; "workers stage protest" is a headline's act."""
    return " " in entry.term and entry.use == "modifier" and span[0].dep_ not in _MODIFYING


def _agent_phrase_done_by_a_thing(
    span: Span, entry: LexiconEntry, labelled: frozenset[int]
) -> bool:
    """ "the ministry blundered into a war", not "a bear blundered into the camp"."""
    return len(span) > 1 and entry.use == "agent" and thing_does_it(span[0], labelled)


def _figure_done_by_nature(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the strike crippled the city", not "the drought crippled harvests"."""
    return entry.use == "figurative" and nature_does_it(span[0] if len(span) > 1 else span.root)


def _no_deaths_played_down(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "a minor incident" plays down a crash only when it killed people."""
    return entry.use == "deadly" and not deaths_told(span)


def _a_smell_in_fact(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "smacks of desperation", not "the soup smacks of garlic"."""
    return entry.use == "scent" and a_real_scent(span)


def _no_people_wronged(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "sold out the workers" is betrayal; "tickets sold out" is trade."""
    return entry.use == "victims" and not done_to_people(span[0])


def _outside_public_life(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "slashed funding for schools", not "slashed prices"."""
    return entry.use == "public" and not done_to_public_life(span[0])


def _a_charge_in_court(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "charged with criminal negligence" names a charge; "This is criminal negligence" judges."""
    return entry.use == "verdict" and a_charge_named(span)


def _nothing_kept_from_view(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the toll the government is hiding" charges concealment; "hiding in a barn" does not."""
    return entry.use == "concealment" and not hides_the_truth(span[0])


def _part_of_a_name(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """Part of a name ("Freedom Party", "Liberty University"): the name is not the outlet's word,
    unless the words are the outlet's after all (an epithet, a slogan, a label on the name)."""
    return (
        any(t.ent_type_ in NAME_TYPES and t.pos_ == "PROPN" for t in span)
        and not _only_what_a_dateline_ran_into(span)
        and (entry.category not in {"label"} or len(span) == 1)
        and not names_someone(entry)
        and not entry.suffix
        and not word_taken_for_name(span, entry)
        and not phrase_capitalised_by_its_sentence(span)
        and not slogan_in_capitals(span)
        and not capitalised_epithet(span, entry)
        and not group_word_before(span)
        and not stacked_before_label(span, entry, labelled)
    )


def _only_what_a_dateline_ran_into(span: Span) -> bool:
    """Whether every name the words stand in is a dateline and the words themselves: in
    "CASTREL - Climate breakdown brought ..." the model tags "CASTREL - Climate" a body, and the
    story's first words are no part of a name."""
    for tok in span:
        if tok.ent_type_ not in NAME_TYPES:
            continue
        ent = _entity_at(tok)
        if ent is None:
            return False
        rest = _past_dateline(ent)
        if rest.start == ent.start or not (span.start <= rest.start and rest.end <= span.end):
            return False
    return True


def _piece_of_a_longer_name(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """The words stand inside a longer name, unless they are an epithet put on it."""
    return (
        piece_of_longer_name(span)
        and not capitalised_epithet(span, entry)
        and not stacked_before_label(span, entry, labelled)
    )


def _names_a_real_thing(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A law's title, a swamp, a role in fiction, a crash on the railway, a vaccine still in its
    trials."""
    return (
        in_a_laws_title(span)
        or a_real_swamp(span)
        or a_role_in_fiction(span)
        or a_real_train_wreck(span)
        or a_vaccine_on_trial(span)
    )


def _wrung_in_fact(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "wrung out her hands after washing" is done in fact; "wrung their hands over" worries."""
    return wrung_in_fact(span)


def _a_made_thing_described(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "artificial knees" and "artificial light" describe; "an artificial crisis" judges."""
    return len(span) == 1 and span[0].lower_ in MADE and a_made_thing(span[0])


def _a_team_not_a_label(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the Patriots beat the Jets" names a team; "patriots gathered" labels."""
    return len(span) == 1 and entry.category == "label" and a_teams_name(span[0])


def _set_phrase_in_plain_use(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "a deluge of rain" reports the rain ("a deluge of migrants" exaggerates); "the so-called
    Spanish flu" is its common name and "so-called hedge funds" a trade's term ("so-called
    experts" doubts); "her self-styled hair" was done by her ("a self-styled prophet" doubts);
    "a sell-out crowd" filled the seats ("a sell-out deal" betrays)."""
    return (
        a_real_mass(span)
        or a_name_introduced(span)
        or a_term_introduced(span)
        or styled_by_oneself(span)
        or a_sold_out_event(span)
    )


def _part_of_a_named_group(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "Residents of Selby Head heard the blast, and some said ...": "some" are some of the
    residents the sentence names, so "some say" lends the view to no faceless voice."""
    return entry.category == "hedge" and any(stands_for_a_named_group(t) for t in span)


def _piece_of_a_hyphenated_word(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """One piece of a longer hyphenated word ("counter-offensive", "end-of-course exams")."""
    doc = span.doc
    before = doc[span.start - 1].text if _joined(doc, span.start - 1, span.start) else ""
    after = doc[span.end].text if _joined(doc, span.end - 1, span.end) else ""
    return "-" in (before, after) and not _labelled_compound(span, entry, after)


#: Why a match of any lexicon does not frame where it stands, tried in this order.
_NOT_FRAMING: Final[tuple[_MatchCheck, ...]] = (
    _verb_phrase_not_a_verb,
    _modifier_phrase_not_modifying,
    _agent_phrase_done_by_a_thing,
    _figure_done_by_nature,
    _no_deaths_played_down,
    _a_smell_in_fact,
    _no_people_wronged,
    _outside_public_life,
    _a_charge_in_court,
    _nothing_kept_from_view,
    _a_sound_not_speech,
    _part_of_a_name,
    _piece_of_a_longer_name,
    _names_a_real_thing,
    _wrung_in_fact,
    _a_made_thing_described,
    _a_team_not_a_label,
    _set_phrase_in_plain_use,
    _piece_of_a_hyphenated_word,
    _part_of_a_named_group,
)


def _sentiment_strong_enough(span: Span, entry: LexiconEntry) -> bool:
    """A sentiment list's match frames as one word strong enough for its part of speech. A
    sentiment noun counts readily only as an epithet on a named actor ("liar Smith"); elsewhere
    such nouns mostly name events ("fraud", "torture") in plain reporting."""
    if len(span) != 1:
        return False
    head = span.root
    power = strength(entry)
    if power >= SENTIMENT_MIN.get(_sentiment_part_of_speech(head), 99.0):
        return True
    if _verb_read_as_plural_noun(head):
        return False  # "spill poisons the Orrin": a verb, held to the verbs' bar as in the body
    return head.pos_ == "NOUN" and power >= SENTIMENT_MIN["actor"] and _actor_of(span) is not None


def _sentiment_part_of_speech(head: Token) -> str:
    """The part of speech whose bar a sentiment word meets. A participle that says the state an
    act left its object in ("have been left terrified", "were left devastated") describes, as an
    adjective does; the small model tags it a verb, whose bar is off because verbs name events.
    A plight ("left dozens trapped", "left families stranded") is the event itself, told plainly."""
    if (
        head.pos_ == "VERB"
        and head.tag_ == "VBN"
        and head.dep_ == "oprd"
        and head.lemma_.lower() not in _PLIGHTS
    ):
        return "ADJ"
    return head.pos_


#: States an act leaves people in that a plain report states as the event: "left dozens trapped".
_PLIGHTS: Final = frozenset(
    {"trap", "strand", "starve", "deprive", "abandon", "neglect", "bereave", "ruin", "drown"}
)


def _nothing_as_subject(span: Span, entry: LexiconEntry) -> bool:
    """ "Nothing but rain is forecast": what happens, not a belittling verdict."""
    return _reduces(entry) and span[0].lower_ == "nothing" and span[0].dep_ in _SUBJECTS


def _modifier_not_modifying(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A word the lexicon lists as a modifier, standing here as something else."""
    return entry.use == "modifier" and head.dep_ not in _MODIFYING


def _verb_not_a_verb(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A word the lexicon lists as a verb, not acting as one here."""
    return _verb_use(entry) and not _acts_as_verb(head)


def _noun_not_a_noun(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A word the lexicon lists as a noun, standing here as another part of speech (a plural
    the model reads as a name at a sentence's start is still the noun, and so is a word written
    in lower case that the model reads as a name)."""
    return (
        entry.use == "noun"
        and head.pos_ != "NOUN"
        and not opening_plural_read_as_name(head)
        and not _lower_case_read_as_name(head)
    )


def _lower_case_read_as_name(tok: Token) -> bool:
    """A common noun the small model tags a proper name although the text writes it in lower
    case: after a hyphenated measure ("an eleven-minute joyride") it often does. Names are
    capitalised, so a lower-case word is the noun it spells."""
    return tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.islower()


def _agent_a_thing(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A verb the lexicon puts on people, done here by a thing."""
    return entry.use == "agent" and thing_does_it(head, labelled)


def _agent_on_a_carcass(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A verb the lexicon puts on people, done to a fish or an animal: "gut the fish"."""
    return entry.use == "agent" and head.pos_ == "VERB" and dresses_a_carcass(head)


def _criticism_word_moving_something(
    head: Token, entry: LexiconEntry, labelled: frozenset[int]
) -> bool:
    """ "slammed into the coast" is force, not the loud "criticise" the lexicon means."""
    return stands_for_criticise(entry) and moves_something(head)


def _goods_sold(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "vendors peddle fruit", not "peddling conspiracy theories"."""
    return entry.use == "wares" and sells_goods(head)


def _hammering_no_people(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A carpenter's nails, a team's rivals, hail on roofs."""
    return head.lower_.startswith("hammer") and not beats_people(head)


def _supposed_to_as_modal(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "is supposed to" is a modal, not a scare word."""
    doc = head.doc
    return head.lower_ == "supposed" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "to"


def _very_pointing(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the very officers who kept us safe" points; it does not intensify."""
    return head.lower_ == "very" and head.pos_ == "ADJ"


def _a_count_of_votes(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "voted overwhelmingly" is a count of votes, not the outlet's force."""
    return head.lower_ == "overwhelmingly" and head.head.lemma_.lower() in _VOTES


def _a_regime_of_rules(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the sanctions regime" is a set of rules, not a government."""
    return head.lower_ in {"regime", "regimes"} and rules_regime(head)


def _things_purged(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "purge old customer data" is a clear-out, not a political cleansing."""
    return head.lemma_.lower() == "purge" and purges_things(head)


def _a_rescue_by_name(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the AIG bailout" is the finance desk's plain word for that rescue."""
    return head.lemma_.lower() == "bailout" and a_named_rescue(head)


def _colonising_species(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """Ecology's colonisers are species that settle new ground, not settlers."""
    return head.lower_.startswith(("colonis", "coloniz")) and colonisers_in_nature(head)


def _a_butcher_by_trade(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "Butcher" labels a ruler only when it is put on someone; otherwise it is the trade."""
    return (
        head.lower_ in {"butcher", "butchers"} and head.pos_ == "NOUN" and not a_butcher_named(head)
    )


def _a_thing_hijacked(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "gunmen hijacked a bus" and "malware hijacked the browser" are the word's own sense."""
    return (
        head.lemma_.lower() == "hijack"
        and (head.pos_ == "VERB" or headline_verb_read_as_noun(head))
        and seizes_a_thing(head, labelled)
    )


def _creatures_act_not_people(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the flat was infested with mice": a creature's act done by creatures."""
    return entry.use == "people" and head.pos_ in {"VERB", "ADJ"} and not people_do_it(head)


def _quiet_manner(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the crowd waited quietly" says how, not that a deed was kept out of sight."""
    return head.lower_ == "quietly" and quiet_in_manner(head)


def _hardship_not_cruelty(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "a brutal summer schedule" measures a hardship; "brutal crackdown" is an act of people."""
    return head.lower_ in HARSH and harsh_conditions(head)


def _a_hazard_stated(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "the river is dangerous in spring" states a hazard; "a dangerous plan" is a verdict."""
    return head.lower_ in RISKY and physical_hazard(head)


def _territory_armed(head: Token, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """ "China has militarized the islands" is plain fact; "militarized police" frames."""
    return head.lower_.startswith(("militariz", "militaris")) and militarises_territory(head)


#: Why a single word from the curated lists does not frame where it stands, tried in this order.
_ONE_WORD_NOT_FRAMING: Final[tuple[_WordCheck, ...]] = (
    _modifier_not_modifying,
    _verb_not_a_verb,
    _noun_not_a_noun,
    _agent_a_thing,
    _agent_on_a_carcass,
    _criticism_word_moving_something,
    _goods_sold,
    _hammering_no_people,
    _supposed_to_as_modal,
    _very_pointing,
    _a_count_of_votes,
    _a_regime_of_rules,
    _things_purged,
    _a_rescue_by_name,
    _colonising_species,
    _a_butcher_by_trade,
    _a_thing_hijacked,
    _creatures_act_not_people,
    _quiet_manner,
    _hardship_not_cruelty,
    _a_hazard_stated,
    _territory_armed,
)


def _creatures_not_people(head: Token, entry: LexiconEntry) -> bool:
    """A creature's name said of creatures: "swarms of jellyfish", not "swarms of reporters"."""
    return entry.use == "people" and head.pos_ == "NOUN" and not said_of_people(head)


#: The dependencies of a word that modifies another: the ``modifier`` use.
_MODIFYING: Final = frozenset({"amod", "advmod", "acomp", "compound"})

#: Verbs of a vote, whose margin "overwhelmingly" reports: "members voted overwhelmingly to strike".
_VOTES: Final = frozenset(
    {"vote", "approve", "pass", "reject", "back", "elect", "endorse", "ratify", "re-elect"}
)


def _misread_report(tok: Token) -> bool:
    """ "Orban boasted that ...": the small model reads a past-tense reporting verb after a name
    as a noun. A name, an "-ed" word and "that" are a report whatever the tags say; so are a
    speaker the model itself makes the word's subject ("the chief executive sneered that")."""
    doc = tok.doc
    if not (
        tok.tag_ == "NN"
        and tok.lower_.endswith("ed")
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i + 1].lower_ == "that"
    ):
        return False
    before = doc[tok.i - 1]
    return before.pos_ == "PROPN" or (before.dep_ == "nsubj" and before.head.i == tok.i)


def _joined(doc: Doc, left: int, right: int) -> bool:
    """Whether tokens ``left`` and ``right`` touch with no space between: a hyphen that joins
    words ("counter-offensive"), not a dash set apart by spaces ("HALVIK - His Excellency")."""
    return left >= 0 and right < len(doc) and not doc[left].whitespace_


def _labelled_compound(span: Span, entry: LexiconEntry, after: str) -> bool:
    """A label noun that ends a hyphenated compound still labels: "eco-fanatics", "tax-cheats",
    also where the model tags it a name in a title-case headline read in lower case
    ("eco-bureaucrats fine farmer"). So does one that opens a compound saying who leads, runs or
    pays ("dynast-led party", "regime-backed militia"): the thing is led by those the label
    names."""
    if entry.category != "label":
        return False
    if after == "-":
        doc = span.doc
        return span.end + 1 < len(doc) and doc[span.end + 1].lower_ in DONE_BY
    return span.root.pos_ == "NOUN" or _lower_case_read_as_name(span.root)


def _legal_allegation(verb: Token) -> bool:
    """ "Prosecutors allege that ...", "the lawsuit alleges ...", "the city was sued on Thursday,
    alleging ...": in court copy "allege" is the plain, legally careful verb for a charge not yet
    proven, not a doubt cast on the speaker. So is "claim" when a court paper does it ("a lawsuit
    claiming the bank overcharged", "the states filed a suit, claiming ..."); a person or an
    office that claims is still a choice of verb."""
    lemma = verb.lemma_.lower()
    if lemma not in {"allege", "claim"}:
        return False
    accusers = _LEGAL_ACCUSERS if lemma == "allege" else _LEGAL_PAPERS
    if lemma == "allege" and _passive_charge(verb):
        return True
    if any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in accusers for c in verb.children
    ):
        return True
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in _LEGAL_PAPERS:
        return True  # "a lawsuit claiming ..."
    return verb.dep_ in {"advcl", "xcomp", "conj"} and (
        head.lemma_.lower() in _LEGAL_ACTIONS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in accusers for c in head.children)
    )


def _passive_charge(verb: Token) -> bool:
    """ "He is alleged to have stolen ...", "it is alleged that ...": court and police copy's
    passive names the charge without making it the outlet's, so "allege" is the careful word.
    Said by someone who is not an accuser ("is alleged by critics to have lied"), it is a
    choice of verb again."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None:
        return True
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _LEGAL_ACCUSERS for c in by.children)


#: Court papers: what "claims" in them is a pleading, not a doubtful speaker.
_LEGAL_PAPERS: Final = frozenset(
    {"lawsuit", "suit", "complaint", "filing", "petition", "indictment", "motion", "appeal"}
)
#: What a party does when it takes a charge to court ("sued ..., alleging").
_LEGAL_ACTIONS: Final = frozenset({"sue", "charge", "indict", "prosecute"})
#: Who alleges in court and police copy.
_LEGAL_ACCUSERS: Final = frozenset(
    {
        *("prosecutor", "prosecution", "indictment", "complaint", "lawsuit", "suit", "plaintiff"),
        *("filing", "police", "authority", "investigator", "attorney", "petition", "regulator"),
        *("commission", "watchdog"),
    }
)


def _verb_use(entry: LexiconEntry | None) -> bool:
    """The entry frames only as a verb (lexicon column ``use``: ``verb`` or ``agent``)."""
    return entry is not None and entry.use in {"verb", "agent"}


def _acts_as_verb(tok: Token) -> bool:
    """A verb, or a verb the small model reads as a noun: a headline-style "Trump slams
    Democrats", an -s form between a subject and its object ("the grand slams" stays a noun), or
    a plain form run into a noun with its plural subject (:func:`_plain_verb_run_into_a_noun`)."""
    if tok.pos_ == "VERB":
        return True
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    if tok.tag_ == "NN":
        return _plain_verb_run_into_a_noun(tok)
    if tok.tag_ != "NNS":
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return before.pos_ in {"NOUN", "PROPN"} and after.pos_ in {"PROPN", "DET", "PRON"}


def _plain_verb_run_into_a_noun(tok: Token) -> bool:
    """ "Ministers lecture staff about the rules": with no verb left in its sentence the small
    model runs a plural subject, a plain-form verb and its object into one noun. A sentence that
    keeps a verb ("the lecture staff were paid") or a word other than a plural noun before the
    word ("more lecture staff") reads it as the noun it is."""
    before = tok.doc[tok.i - 1]
    if tok.dep_ != "compound" or before.tag_ != "NNS" or before.head.i != tok.head.i:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in tok.sent)


def names_someone(entry: LexiconEntry) -> bool:
    """An entry written with a capital names an actor on purpose ("NRA-backed", "Soros-funded"),
    and a gap stands for whoever the phrase is done to ("bring Turkey to its knees"), so a name
    inside the match is part of the framing, not a reason to skip it."""
    return any(ch.isupper() for ch in entry.term) or GAP in entry.term.split()


_STRENGTH = re.compile(r"(valence|polarity) ([+-]?\d+(?:\.\d+)?)")


def strength(entry: LexiconEntry) -> float:
    """How strongly a sentiment-derived entry evaluates, on VADER's scale (0 to 4), from its note:
    the note is where ``compile_sentiment.py`` records the source's score. Curated entries: 4."""
    if not entry.derived:
        return 4.0
    m = _STRENGTH.search(entry.note)
    if m is None:
        return 0.0
    value = abs(float(m.group(2)))
    return value * 4 if m.group(1) == "polarity" else value


def _derived_confidence(entry: LexiconEntry) -> float:
    extra = DERIVED_STEP * max(strength(entry) - 2.0, 0.0)
    return min(DERIVED_CONFIDENCE + extra, BASE_CONFIDENCE["loaded"] - 0.05)


#: Dependencies that give a verb its own subject.
_SUBJECT_OF_VERB: Final = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _is_reporting(verb: Token) -> bool:
    if _misread_report(verb):
        return True
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if (
        verb.tag_ in {"VBZ", "VBP", "VBD"}
        and verb.dep_ not in {"conj", "parataxis", "relcl"}
        and not any(c.dep_ in _SUBJECT_OF_VERB for c in verb.children)
    ):
        return False  # a finite verb with no subject: the model misread a noun ("said claims")
    if reports_clause_before(verb) or reports_through_medium(verb):
        return True
    if verb.dep_ == "parataxis" or any(
        c.dep_ in _REPORT_DEPS
        and not (c.dep_ == "xcomp" and c.tag_ == "VBG")
        and not _noun_object(c)
        for c in verb.children
    ):
        # "admitted stalking her employer" admits an act (court copy's plea), reporting nothing
        return True
    if _speaks_about(verb):
        return True
    # A verb right next to a quotation mark reports it: '..." he insisted' / 'insisted: "...',
    # within its paragraph: the quotation that ends the paragraph before is someone else's.
    # So does one whose speaker follows the quotation, however long the speaker's description
    # ('...," Petra Lund, a spokeswoman for the operator, insisted').
    doc = verb.doc
    if any(_quote_within(doc, verb.i, step) for step in (-1, 1)):
        return True
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i and _after_quotation(c)
        for c in verb.children
    )


def _after_quotation(subject: Token) -> bool:
    """``subject`` follows a quotation that runs on into what comes after it ('afford," Petra
    Lund'), not one that ended its sentence ('win." The minister insisted on a vote'). The
    model may hang the closing mark on the subject, so its phrase starts after any punctuation."""
    doc = subject.doc
    first = subject.left_edge.i
    while first < subject.i and doc[first].is_punct:
        first += 1
    return first >= 2 and doc[first - 1].is_quote and doc[first - 2].text in {",", "?", "!", "—"}


def _quote_within(doc: Doc, start: int, step: int) -> bool:
    """A quotation mark among the three tokens from ``start`` in the direction of ``step``, with
    no line break between."""
    for i in range(start + step, start + 4 * step, step):
        if not 0 <= i < len(doc) or "\n" in doc[i].text:
            return False
        if doc[i].is_quote:
            return True
    return False


#: Reporting verbs whose judgement is in the speaking itself, so speech on a topic carries it too:
#: "boasted about the economy". Others report plainly with "about": "neighbours complained about
#: the music", "insisted on a guarantee".
_SLANTED_SPEAKING: Final = frozenset(
    {"boast", "brag", "crow", "whine", "moan", "gripe", "carp", "bleat", "gloat"}
)


def _speaks_about(verb: Token) -> bool:
    """A named speaker's vain or petulant speech on a topic ("the mayor boasted about the
    economy", "the ministry boasted of record budgets"); a verb with no speaker of its own
    ("whining about the rules") names a habit."""
    return (
        any(lemma in _SLANTED_SPEAKING for lemma in verb_lemmas(verb))
        and _has_speaker(verb)
        and any(c.dep_ == "prep" and _speech_topic(verb, c) for c in verb.children)
    )


def _speech_topic(verb: Token, prep: Token) -> bool:
    """ "about" a topic, or "of" one in the past: "the hotel boasts of sea views" has them, while
    "the company boasted of its record" spoke."""
    if prep.lower_ == "about":
        return True
    return prep.lower_ == "of" and verb.lemma_.lower() in _BOASTING and verb.tag_ in _PAST_TAGS


#: The boasting verbs whose "of" can name what was boasted of, and the past tags that make it
#: speech rather than possession.
_BOASTING: Final = frozenset({"boast", "brag"})
_PAST_TAGS: Final = frozenset({"VBD", "VBN"})


def _has_speaker(verb: Token) -> bool:
    """A subject of its own, or the noun right before it that the small model hangs it on as a
    modifier ("State officials boasted of record budgets even as ..." read as officials who were
    boasted of): that noun is who spoke."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "acl" and head.i == verb.i - 1 and head.pos_ in {"NOUN", "PROPN"}


def _noun_object(tok: Token) -> bool:
    """A "clause" the model hangs on the verb that is a noun phrase with no subject and no "that":
    "admitted careless driving" admits an offence, it reports no words."""
    return tok.tag_ in {"NN", "NNS"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children
    )


def _breaks_phrase(tok: Token, blocked: set[int]) -> bool:
    """A word a widened phrase must not swallow: a name, a number, another cue, a quotation mark
    (what is inside quotes is someone else's) or a line break."""
    return _is_name(tok) or tok.i in blocked or tok.like_num or tok.is_quote or "\n" in tok.text


def _not_phrase(tok: Token, blocked: set[int]) -> bool:
    return tok.pos_ not in _PHRASE_POS or tok.is_quote or _is_name(tok) or tok.i in blocked


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_TYPES


def _is_modifier(span: Span) -> bool:
    return span.root.dep_ in {"amod", "compound", "appos", "nmod"}


def _actor_of(span: Span) -> str | None:
    """The named actor a word is attached to: its head, or the head's head, when that is a name."""
    tok: Token = span.root
    named = _name_after(span)
    if named is not None:
        return named
    candidates = [tok.head, tok.head.head]
    candidates += [c for c in tok.children if c.dep_ in {"appos", "compound"}]
    if tok.dep_ == "appos":
        candidates.insert(0, tok.head)
    for c in candidates:
        if c.ent_type_ in ACTOR_TYPES and c.i not in range(span.start, span.end):
            ent = _entity_at(c)
            if ent is not None and not _a_word_the_dateline_ran_into(ent, tok):
                return _name_in(_after_cue(ent, span))
    # Only a regime no name is set beside is the seat's: "the Assad regime in Damascus" is Assad's.
    seat = _government_seated_in(span)
    if seat is not None:
        return seat
    untagged = _untagged_name_in_apposition(span)
    if untagged is not None:
        return untagged
    # "Chinese dictator Xi Jinping": the label heads a compound that ends in the name.
    nxt = span.end
    doc = span.doc
    if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON" and doc[nxt].ent_iob_ == "B":
        ent = _entity_at(doc[nxt])
        if ent is not None:
            return _name_in(ent)
    return None


#: Head nouns of the words a reporter writes for a government ("the regime in Brannik").
_GOVERNMENT_NOUNS: Final = frozenset(
    {"government", "regime", "administration", "junta", "authorities", "leadership", "cabinet"}
)
#: Entity types a place can carry, or none: the small model tags a capital it does not know as
#: a country, a place, a building or a body.
_PLACE_TYPES: Final = frozenset({"", "GPE", "LOC", "FAC", "ORG"})


def _government_seated_in(span: Span) -> str | None:
    """The government a phrase names by its seat ("the hostile regime in Brannik", "the puppet
    government in Tessin"): a label there is said of the government seated in that place. A
    reader is told the place the text gives; which country it is the capital of is the reader's
    knowledge, not the article's words."""
    head = span.root
    if head.lemma_.lower() not in _GOVERNMENT_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.pos_ == "PROPN" and place.ent_type_ in _PLACE_TYPES:
                return f"the government in {_place_name(place)}"
    return None


def _place_name(place: Token) -> str:
    """The place's whole name as the text writes it ("New Delhi", "Brannik")."""
    ent = _entity_at(place)
    if ent is not None and ent.label_ != "ORG":
        return _name_in(ent)
    first = min((c.i for c in place.children if c.dep_ == "compound"), default=place.i)
    return str(place.doc[first : place.i + 1].text)


def _untagged_name_in_apposition(span: Span) -> str | None:
    """A name set beside the label between commas that the small model tagged as nothing
    ("Orsava's dictator, Matei Dragun, expelled ..."): an appositive made only of capitalised
    proper nouns is the person the label is said of. A tagged appositive is an actor the
    candidates of :func:`_actor_of` already read."""
    for appos in span.root.children:
        if appos.dep_ != "appos" or appos.i in range(span.start, span.end):
            continue
        words = [t for t in appos.subtree if not t.is_punct]
        if words and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in words
        ):
            return str(span.doc[words[0].i : words[-1].i + 1].text)
    return None


def _after_cue(ent: Span, span: Span) -> Span:
    """The entity without the cue's words at its start: the small model takes a judging word
    opening a sentence into the name ("Hardline Netanyahu said"), but the word flagged is the
    outlet's label on the person, never a piece of the name it is said of."""
    from spacy.tokens import Span

    if span.start <= ent.start < span.end < ent.end:
        return Span(ent.doc, span.end, ent.end, label=ent.label_)
    return ent


def _name_after(span: Span) -> str | None:
    """The name a label stands right before, as its title ("the autocrat Lin"), when the parser
    hangs that name on the label or beside it: in "Holm and the Chinese-style autocrat Lin" it
    reads "autocrat" as a second subject beside Holm and "Lin" as Holm's apposition, and the
    label went to Holm. A name that starts a clause of its own ("a dictator Putin admires")
    is not the label's."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    name = doc[span.end]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
        return None
    if name.dep_ != "appos" and name.head.i != span.root.i:
        return None
    ent = _entity_at(name)
    return _name_in(ent) if ent is not None else None


def _entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, as ``doc.ents`` has it, found from the entity tags
    of the tokens around it: ``doc.ents`` builds every entity of the article on each read, once
    per cue on a long article."""
    from spacy.tokens import Span

    doc = tok.doc
    if tok.ent_iob_ not in {"B", "I"}:
        return None
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    label = doc[start].ent_type_
    if doc[start].ent_iob_ != "B" or not label:
        return None
    return Span(doc, start, end, label=label)


def _a_word_the_dateline_ran_into(ent: Span, label: Token) -> bool:
    """Whether the entity is a dateline and the one capitalised word after it that opens the
    label's own phrase: in "ELSFORD - County bureaucrats are ..." the model tags "ELSFORD -
    County" as a body, and the flag read "a label for County". Past the dateline a single
    word left modifying the label is how the story opens, not a name the label is said of."""
    rest = _past_dateline(ent)
    return (
        rest.start > ent.start
        and len(rest) == 1
        and rest[0].dep_ == "compound"
        and rest[0].head.i == label.i
    )


def _past_dateline(ent: Span) -> Span:
    """The entity without the dateline the model ran into it ("HALVERSTON - Brightwell Home"
    opening the story is the town, a dash and the company): the town is where the story was
    filed, not part of the name the reader is told a word is attached to."""
    from spacy.tokens import Span

    start = after_a_dateline(ent.doc, ent.start, ent.end)
    return Span(ent.doc, start, ent.end, label=ent.label_) if start > ent.start else ent


def _name_in(ent: Span) -> str:
    """The entity's name as the text writes it, without the small words the model sometimes runs
    into it, above all in headlines ("Brandt as" in "Voters reject strongman Brandt as Kovac
    wins"), a lowercase word it folds in before the name ("anti-Semitic Farrakhan") or a
    possessive after it ("Clinton’s"). It is quoted to the reader and matched against other
    outlets' text, so it is a slice of the article, never words re-joined: "Kim Jong-un" keeps its
    hyphen and its lowercase last piece."""
    keep = _NAME_PARTICLES if ent.label_ == "PERSON" else _NAME_PARTICLES | _NAME_JOINERS
    ent = _past_dateline(ent)
    words = _name_words(ent)
    while len(words) > 1 and _small(words[0], keep):
        words = words[1:]
    kept: list[list[Token]] = []
    for word in words:
        if kept and _small(word, keep):
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1][0].text[:1].islower():
        kept.pop()
    if kept and _possessive(kept[-1][-1]) and len(kept[-1]) > 1:
        kept[-1] = kept[-1][:-1]
    if not kept:
        return str(ent.text)
    first, last = kept[0][0], kept[-1][-1]
    # The span's own text is the same slice; ``doc.text`` would rebuild the whole article.
    return str(ent.doc[first.i : last.i + 1].text)


def _name_words(ent: Span) -> list[list[Token]]:
    """The entity's words, each as its tokens: the pieces of a hyphenated word ("Jong", "un") and
    a possessive ending ("Clinton", "’s") belong to one word. Other punctuation is left out."""
    words: list[list[Token]] = []
    joined = False
    for t in ent:
        attached = t.i > ent.start and not t.doc[t.i - 1].whitespace_
        if t.is_space:
            joined = False
        elif t.text in _NAME_HYPHENS and attached and not t.whitespace_ and t.i + 1 < ent.end:
            joined = bool(words)
        elif _possessive(t) and attached and words:
            words[-1].append(t)
        elif t.is_punct:
            joined = False
        else:
            if joined and attached:
                words[-1].append(t)
            else:
                words.append([t])
            joined = False
    return words


def _small(word: Sequence[Token], keep: frozenset[str]) -> bool:
    """A lowercase word that is no part of a name ("as", "anti-Semitic"), unless a particle."""
    return word[0].text[:1].islower() and word[0].lower_ not in keep


def _possessive(tok: Token) -> bool:
    return tok.tag_ == "POS" or tok.lower_ in {"'s", "’s"}


_NAME_HYPHENS: Final = frozenset({"-", "‐"})
#: Lowercase words that belong inside a name: "Charles de Gaulle", "Bank of England".
_NAME_PARTICLES: Final = frozenset(
    {"de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "du", "bin", "ibn", "al"}
)
_NAME_JOINERS: Final = frozenset({"of", "for", "the", "and", "on"})
