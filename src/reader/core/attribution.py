"""Who a claim is attributed to: the speaker, the reporting verb, and how directly it is quoted.

Framing needs to know whose words a claim is: "X claimed that ..." and "“...,” X said" are
someone else's, a bare evaluative sentence is the outlet's own. The speaker is the subject of the
claim's reporting verb, an "according to" source, or the one the quotation scan found beside a
quotation; news prose names a speaker once and lets what follows run on, so a part that goes on
speaking ("..., vowing that ...") or a quotation that names no one keeps the speaker of the claim
before it, and "he said" is resolved to the person named just before. Everything here reads the
parse already made.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from reader.core.entity_words import HONORIFICS, described_as_a_person
from reader.core.model import Attribution, AttributionKind, Claim
from reader.core.nlp import between, labelled
from reader.core.quotes import REPORTING_LEMMAS, Quotation, inside_quotation
from reader.core.speech_verbs import (
    FOLLOW_UP_SPEECH,
    SPEECH_LEMMAS,
    has_subject,
    is_inverted_report,
    reports_clause_before,
    second_reported_clause,
    speech_governor,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Other reporting verbs count only with a "that" clause or a quotation ("vowed that ...").
_WEAK_LEMMAS: Final = REPORTING_LEMMAS - SPEECH_LEMMAS

_MAIN_DEPS: Final = frozenset({"ROOT", "conj", "parataxis"})
#: Only a verb reports: the positions :func:`attribution_of` looks at.
_VERB: Final = frozenset({"VERB"})
#: Where :func:`_according_to` looks for "according to".
_ACCORDING: Final = frozenset({"according"})
_MAX_SPEAKER_TOKENS: Final = 10
_DIRECT_SHARE: Final = 0.3  # share that makes its attribution "direct"
#: Pronoun speakers resolved to the person named before them, and how far back that name may be.
_PERSONAL_PRONOUNS: Final = frozenset({"he", "she"})
_PRONOUN_REACH: Final = 400
#: Words that tell a person's gender when written before the name ("Mr Whitcombe", "spokeswoman
#: Ann Cole") or set beside it ("Ann Cole, a spokeswoman"; "his wife, Ann Cole"), by the
#: pronoun that goes with it.
_GENDER_WORDS: Final = {
    "he": frozenset(
        {"mr", "mr.", "sir", "lord", "spokesman", "chairman", "businessman", "congressman",
         "councilman", "assemblyman", "father", "son", "husband", "brother", "grandfather",
         "uncle", "nephew", "boy", "man", "king", "prince", "boyfriend", "grandson"}
    ),
    "she": frozenset(
        {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "spokeswoman",
         "chairwoman", "businesswoman", "congresswoman", "councilwoman", "assemblywoman",
         "mother", "daughter", "wife", "sister", "grandmother", "aunt", "niece", "girl", "woman",
         "queen", "princess", "girlfriend", "granddaughter"}
    ),
}  # fmt: skip


def _speaker_span(subj: Token) -> tuple[int, int]:
    """Token range of the speaker's noun phrase, without relative clauses or appositives."""
    start = subj.left_edge.i
    end = subj.i + 1
    for child in subj.rights:
        if _name_run_on(child, end):
            end = child.i + 1
            continue
        if child.dep_ in {"relcl", "appos", "punct", "cc", "conj", "advcl"}:
            break
        if child.left_edge.i != end:
            break
        if child.dep_ == "acl" and child.right_edge.i - child.i > 3:
            break
        end = child.right_edge.i + 1
    end = _name_split_off(subj, end)
    if end - start > _MAX_SPEAKER_TOKENS:
        start = max(start, subj.i - 3)
        end = min(end, subj.i + 1)
    doc = subj.doc
    # A closing quotation mark or a paragraph break can hang off the left edge of the parse.
    while start < subj.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def _name_split_off(subj: Token, end: int) -> int:
    """Where the speaker ends when the parser reads a description and the name after it as two
    subjects of one verb ("China's top diplomat | Wang Yi said"): one person, so the speaker runs
    on over the name, and the sources table lists Wang Yi once, not also "China's top diplomat"."""
    if subj.head.i == subj.i:
        return end
    for sibling in subj.head.children:
        if sibling.dep_ == subj.dep_ and sibling.left_edge.i == end and sibling.pos_ == "PROPN":
            return sibling.right_edge.i + 1
    return end


def _name_run_on(child: Token, end: int) -> bool:
    """A name the parser hangs on a description as an appositive though no comma sets it off
    ("China's top diplomat Wang Yi said the plan ..."): the same one person as when it reads
    the two as split subjects (:func:`_name_split_off`), so the speaker runs on over the name."""
    return child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == end


def _verb_start(verb: Token) -> int:
    """Include a hedging adverb written right before the verb: "reportedly told"."""
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.i == start - 1 and child.dep_ == "advmod" and child.lower_.endswith("ly"):
            start = child.i
        else:
            break
    return start


def _is_reporting(tok: Token, quote_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``tok`` reports someone's speech in the claim's own voice.

    It must be a main verb (or "adding" after one) outside any quotation, not negated ("did not
    comment"), and actually carry what was said: a clause, a quotation next to it, or an inverted
    "..., the report said".
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in REPORTING_LEMMAS:
        return False
    if inside_quotation(quote_spans, tok.idx, tok.idx + len(tok)):
        return False
    if any(c.dep_ == "neg" for c in tok.children) or _no_one_said_it(tok):
        return False
    head_quoted = tok.head.i != tok.i and inside_quotation(
        quote_spans, tok.head.idx, tok.head.idx + len(tok.head)
    )
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        # "X said ..., adding: ..." reports speech; "..., noting that ..." after a plain clause not.
        return lemma in SPEECH_LEMMAS and tok.head.lemma_.lower() in SPEECH_LEMMAS
    if tok.dep_ == "xcomp" and _quote_follows(tok, quote_spans):
        return lemma in SPEECH_LEMMAS  # "X was quick to retort: “...”"
    if tok.dep_ not in _MAIN_DEPS and not head_quoted:
        return False
    complement = any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children)
    if lemma in _WEAK_LEMMAS:
        return complement and any(
            c.dep_ == "mark" and c.lower_ == "that" for cc in tok.children for c in cc.children
        )
    lost_subject = tok.dep_ == "ROOT" and not has_subject(tok)  # the parse dropped it
    return (
        complement
        or lost_subject
        or head_quoted
        or tok.dep_ == "parataxis"
        or is_inverted_report(tok)
        or _quote_follows(tok, quote_spans)
        or reports_clause_before(tok)
    )


def _quote_follows(verb: Token, quote_spans: Sequence[tuple[int, int]]) -> bool:
    """'X said: “...”', 'X told the paper, “...”': a quotation opens right after the verb."""
    edge = verb.right_edge
    end = edge.idx + len(edge)
    # The four characters after the verb's phrase, from the tokens: ``Doc.text`` rebuilds the
    # whole text on every access, which made long unpunctuated texts quadratic here.
    following = verb.doc[edge.i + 1 : edge.i + 4]
    tail = (edge.whitespace_ + "".join(t.text_with_ws for t in following))[:4]
    offset = len(tail) - len(tail.lstrip(" :,\u00a0\t"))
    return inside_quotation(quote_spans, end + offset, end + offset + 1)


#: Subjects that deny anyone spoke: "Nobody has explained where the knife came from".
_NO_ONE: Final = frozenset({"nobody", "none", "neither", "no-one"})


def _no_one_said_it(verb: Token) -> bool:
    """ "Nobody has explained ...", "No one has said ...", "No official confirmed ...": the
    outlet's own statement that no source spoke, negated in its subject as "did not comment" is
    in its verb. "Nobody" was listed as whom the outlet quotes or cites."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    return subject.lower_ in _NO_ONE or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _subject_of(verb: Token) -> Token | None:
    tok: Token | None = verb
    seen = 0
    while tok is not None and seen < 4:
        for c in tok.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return c
        governor = speech_governor(tok)
        if governor is not None:
            tok = governor
            seen += 1
        elif tok.dep_ in {"conj", "advcl"} and tok.head.i != tok.i:
            tok = tok.head
            seen += 1
        else:
            return None
    return None


def _a_subject(word: Token) -> bool:
    """Whether ``word`` heads a clause's subject, or the name set beside one: "Ricks's sister,
    Tanya Ricks, spoke" makes her the subject as "Tanya Ricks spoke" would."""
    if word.dep_ == "appos":
        word = word.head
    return word.dep_ in {"nsubj", "nsubjpass"}


def _name_of(ent: Span) -> str:
    """An entity's name as written, without a possessive: "Varga's" is "Varga"."""
    return re.sub(r"[’']s$", "", ent.text.strip())


def _surnames_described_as_people(ents: Iterable[Span]) -> frozenset[str]:
    """The last words of the names an article sets a noun for a person beside ("Varga, a
    former housing lawyer"), whatever the model typed them: it may type the surname a body in
    every sentence, and "she told supporters" after it would go to the last name it typed a
    person."""
    return frozenset(
        words[-1]
        for ent in ents
        if ent.label_ != "PERSON"
        and described_as_a_person(ent.root)
        and (words := _name_of(ent).split())  # a bare "'s" tagged alone is no name
    )


def _gender_told(ent: Span) -> str | None:
    """The pronoun the words written with the person ``ent`` call for, if they tell one: an
    honorific or a gendered noun before the name, or a gendered noun in apposition to it."""
    doc = ent.doc
    words = [t.lower_ for t in ent[:-1]]
    if ent.start > 0:
        words.append(doc[ent.start - 1].lower_)
    words.extend(c.lemma_.lower() for c in ent.root.children if c.dep_ == "appos")
    if ent.root.dep_ == "appos":
        words.append(ent.root.head.lemma_.lower())
    told = {pronoun for pronoun, nouns in _GENDER_WORDS.items() if nouns.intersection(words)}
    return told.pop() if len(told) == 1 else None


def _name_words(name: str) -> tuple[str, ...]:
    """A person's name as the words a gender is kept under, without an honorific."""
    words = tuple(w.casefold() for w in name.split())
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return words


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names may be one person's: the same surname, and the same first name where
    both write one ("Whitcombe" is "Thomas Whitcombe"; "Nora Quinn" is not "Daniel Quinn")."""
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


class Names:
    """The people and organisations the model tagged in one article, read from the parse once.

    Resolving "he said" asks who was named last before it, whether a person has since become
    the subject, and whether a speaker holds a person's name; a verb whose subject the parse lost
    asks who was named before it. ``doc.ents`` (and ``Span.ents``) rebuild every entity of the
    article on each read, so answering from them per claim made an 80,000-word article
    quadratic; here each question is a lookup. ``quote_spans`` are sorted and disjoint
    (:func:`reader.core.quotes.outer_spans`).
    """

    def __init__(self, doc: Doc, quote_spans: Sequence[tuple[int, int]]) -> None:
        self._persons: set[str] = set()
        # Ents do not overlap and come in reading order, so their end offsets are sorted too.
        self._subjects: list[tuple[int, int]] = []  # (start, end) of unquoted person subjects
        self._subject_names: list[str] = []  # their names, as the model tagged them
        self._last: dict[str, tuple[list[int], list[str]]] = {"PERSON": ([], []), "ORG": ([], [])}
        self._person_memo: dict[str, bool] = {}
        self._tokens: list[tuple[int, int, str]] = []  # (start, end, label) of every entity
        # By surname: each name written with it, and the pronoun the article told goes with it.
        self._genders: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        ents = doc.ents
        described = _surnames_described_as_people(ents)
        for ent in ents:
            words = _name_of(ent).split()
            label = "PERSON" if words and words[-1] in described else ent.label_
            self._tokens.append((ent.start, ent.end, label))
            if label == "PERSON":
                self._persons.add(ent.text)
                self._learn_gender(_name_of(ent), _gender_told(ent))
            if label not in self._last:
                continue
            if inside_quotation(quote_spans, ent.start_char, ent.end_char):
                continue
            if label == "PERSON" and _a_subject(ent.root):
                self._subjects.append((ent.start_char, ent.end_char))
                self._subject_names.append(_name_of(ent))
            ends, names = self._last[label]
            ends.append(ent.end_char)
            names.append(_name_of(ent))
        self._subject_starts = [start for start, _ in self._subjects]
        self._subject_ends = [end for _, end in self._subjects]
        self._token_starts = [start for start, _, _ in self._tokens]
        self._person_lengths = sorted({len(p) for p in self._persons})

    def named_before(self, part: Span, verb: Token) -> tuple[int, int] | None:
        """The token range of the first person or organisation named in ``part`` before
        ``verb``: the speaker of a verb whose subject the parse lost."""
        i = bisect_left(self._token_starts, part.start)
        while i < len(self._tokens):
            start, end, label = self._tokens[i]
            if end > part.end or start >= verb.i:
                return None
            if label in {"PERSON", "ORG"}:
                return start, end
            i += 1
        return None

    def last_before(self, label: str, offset: int, pronoun: str = "") -> str | None:
        """The name of the last unquoted ``label`` entity ending by ``offset`` and at most
        :data:`_PRONOUN_REACH` characters before it that ``pronoun``, if given, may stand for."""
        ends, names = self._last[label]
        return self._last_fitting(ends, names, offset, pronoun)

    def last_subject_before(self, offset: int, pronoun: str = "") -> str | None:
        """The last unquoted person who was a clause's subject, ending by ``offset`` and within
        :data:`_PRONOUN_REACH` of it, that ``pronoun``, if given, may stand for: in "Leah Morrow
        gave birth to her son Callum. '...,' she said" the pronoun is hers, though her son was
        named last."""
        return self._last_fitting(self._subject_ends, self._subject_names, offset, pronoun)

    def _last_fitting(
        self, ends: Sequence[int], names: Sequence[str], offset: int, pronoun: str
    ) -> str | None:
        i = bisect_right(ends, offset) - 1
        while i >= 0 and offset - ends[i] <= _PRONOUN_REACH:
            if not pronoun or self.may_be(names[i], pronoun):
                return names[i]
            i -= 1
        return None

    def new_subject(self, start: int, end: int) -> bool:
        """Whether an unquoted person is the subject of a clause between ``start`` and ``end``
        (characters)."""
        i = bisect_left(self._subject_starts, start)
        # The first person starting in range ends first: if it overruns, all after it do.
        return i < len(self._subjects) and self._subjects[i][1] <= end

    def _learn_gender(self, name: str, pronoun: str | None) -> None:
        """Keep that ``name`` goes with ``pronoun``."""
        words = _name_words(name)
        if pronoun is not None and words:
            self._genders.setdefault(words[-1], []).append((words, pronoun))

    def told_of(self, name: str, pronoun: str) -> None:
        """Keep that the article used ``pronoun`` ("he", "she") of the person ``name``."""
        self._learn_gender(name, pronoun.lower())

    def may_be(self, name: str, pronoun: str) -> bool:
        """Whether ``pronoun`` may stand for ``name``: not where the article has told the
        person's gender the other way ("Mr Whitcombe", "he said" of him before)."""
        words = _name_words(name)
        if not words:
            return True
        told = {p for known, p in self._genders.get(words[-1], ()) if _one_person(known, words)}
        # Told both ways, the name may be two people's (a brother and a sister): no telling.
        return len(told) != 1 or pronoun.lower() in told

    def holds_person(self, name: str) -> bool:
        """Whether ``name`` (a speaker as written) holds a person the model tagged."""
        known = self._person_memo.get(name)
        if known is None:
            known = any(
                name[i : i + n] in self._persons
                for n in self._person_lengths
                if n <= len(name)
                for i in range(len(name) - n + 1)
            )
            self._person_memo[name] = known
        return known


#: Nouns after "according to" in its sense of "in line with": "vote according to their
#: conscience", "go ahead according to plan" say how something is done, not who says it.
_NORMS: Final = frozenset(
    {"conscience", "plan", "rule", "law", "schedule", "tradition", "custom", "wish",
     "instruction", "guideline", "procedure", "protocol", "need", "ability", "merit", "script",
     "principle", "belief", "taste", "preference"}
)  # fmt: skip


def _according_to(part: Span) -> Attribution | None:
    doc = part.doc
    for i in between(labelled(doc, "LOWER", _ACCORDING), part.start, part.end - 1):
        if doc[i + 1].lower_ != "to":
            continue
        to = doc[i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if objs:
            s, e = _speaker_span(objs[0])
        else:
            # The parse lost the object: take the words up to the next punctuation or verb.
            s = e = to.i + 1
            while e < part.end and e - s < _MAX_SPEAKER_TOKENS and not doc[e].is_punct:
                if doc[e].pos_ in {"VERB", "AUX"} and e > s:
                    break
                e += 1
            if e == s:
                continue
        speaker = doc[s:e]
        if speaker.root.lemma_.lower() in _NORMS:
            continue
        return Attribution(
            speaker=speaker.text,
            verb=None,
            kind="according-to",
            speaker_span=(speaker.start_char, speaker.end_char),
            verb_span=None,
        )
    return None


def attribution_of(
    part: Span,
    inherited: Attribution | None,
    quote_spans: Sequence[tuple[int, int]],
    quoted_share: float,
    quote_speakers: Iterable[tuple[int, int, str]],
    text: str,
    names: Names,
) -> Attribution | None:
    """Who ``part`` is attributed to, and how; None when it is in the outlet's own voice.

    The reporting verb nearest the root gives the verb, and its subject the speaker: failing that,
    the first person or organisation named before a root verb whose subject the parse lost, then
    the speaker ``inherited`` from the part before it in the sentence. Without such a verb, an
    "according to" source; without that, a part at least :data:`_DIRECT_SHARE` in quotes takes
    the speaker the quotation scan found for a quotation inside it (``quote_speakers``).
    """
    doc = part.doc
    best: Token | None = None
    best_depth = 1 << 30
    for i in between(labelled(doc, "POS", _VERB), part.start, part.end):
        tok = doc[i]
        if _is_reporting(tok, quote_spans):
            depth = sum(1 for _ in tok.ancestors)
            if depth < best_depth:
                best, best_depth = tok, depth
    kind: AttributionKind = "direct" if quoted_share >= _DIRECT_SHARE else "indirect"
    if best is not None:
        vs = _verb_start(best)
        verb = doc[vs : best.i + 1]
        subj = _subject_of(best)
        who: tuple[int, int] | None = None
        if subj is not None:
            who = _speaker_span(subj)
        elif best.dep_ == "ROOT":
            who = names.named_before(part, best)
        if who is not None:
            speaker_span = doc[who[0] : who[1]]
            return Attribution(
                speaker=speaker_span.text,
                verb=verb.text,
                kind=kind,
                speaker_span=(speaker_span.start_char, speaker_span.end_char),
                verb_span=(verb.start_char, verb.end_char),
            )
        if inherited is not None and inherited.speaker is not None:
            return Attribution(
                speaker=inherited.speaker,
                verb=verb.text,
                kind=kind,
                speaker_span=inherited.speaker_span,
                verb_span=(verb.start_char, verb.end_char),
            )
        return Attribution(
            speaker=None, verb=verb.text, kind=kind, verb_span=(verb.start_char, verb.end_char)
        )
    according = _according_to(part)
    if according is not None:
        return according
    if quoted_share >= _DIRECT_SHARE:
        for qs, qe, speaker in quote_speakers:
            if qs >= part.start_char and qe <= part.end_char:
                found = text.find(speaker, max(part.start_char, qs - 200), part.end_char + 200)
                span = (found, found + len(speaker)) if found >= 0 else None
                return Attribution(speaker=speaker, verb=None, kind="direct", speaker_span=span)
    return None


def turn_speaker(turns: Sequence[Quotation], start: int, end: int) -> Attribution | None:
    """The speaker of the transcript answer ``[start, end)`` lies in: what an interviewee says
    in a Q&A is theirs, quoted directly, though no mark or verb says so.

    ``turns`` are sorted and disjoint, as :func:`reader.core.quotes.quotations` gives them, so
    only the last turn opening at or before ``start`` can hold the part; it is found by halving
    because every claim of a transcript asks and a long one has thousands of turns."""
    i = bisect_right(turns, start, key=lambda q: q.start) - 1
    if i < 0:
        return None
    turn = turns[i]
    if end > turn.end or not turn.speaker:
        return None
    return Attribution(
        speaker=turn.speaker, verb=None, kind="direct", speaker_span=turn.speaker_span
    )


def follow_up(part: Span, inherited: Attribution) -> Attribution | None:
    """ "..., vowing that ...", "... and threatened to ...": a part opening on a speech verb with
    no subject of its own says more from the speaker of the part before it, and so does one
    opening on a second "that" of the same report ("said A and that B")."""
    if any(t.dep_ == "mark" and second_reported_clause(t.head) for t in part[:2]):
        return inherited
    verb = next((t for t in part[:3] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in FOLLOW_UP_SPEECH or has_subject(verb):
        return None
    return replace(
        inherited, verb=verb.text, kind="indirect", verb_span=(verb.idx, verb.idx + len(verb.text))
    )


def resolve_pronoun(
    names: Names,
    attribution: Attribution,
    before: Sequence[Claim] = (),
) -> Attribution:
    """Name the person behind "he said" / "she told" or the body behind "its president said"
    (the last organisation), outside quotations and at most :data:`_PRONOUN_REACH` characters
    back. News prose names a speaker and then switches to the pronoun: the person is the last
    named speaker of the claims ``before`` within reach, else the last person named ("Braley said
    ... Grassley ... '...,' he said" is Braley's). The speaker as written is kept beside it, so a
    reader can check. ``names`` holds the article's named entities, outside its quotations.
    No pronoun goes to a person whose gender the article has told the other way (see
    :meth:`Names.may_be`), and each one resolved tells the gender of whom it went to."""
    speaker, span = attribution.speaker, attribution.speaker_span
    if speaker is None or span is None:
        return attribution
    low = speaker.lower()
    if low in _PERSONAL_PRONOUNS:
        for claim in reversed(before):
            if span[0] - claim.end > _PRONOUN_REACH:
                break
            prior = claim.attribution
            if prior is None or prior.kind == "according-to":
                continue
            named = prior.refers_to or prior.speaker
            # Unless someone else has since become the subject ("Mayor Ann Cole disagreed. She
            # told ..."): then the pronoun is most likely theirs.
            if (
                named
                and named.lower() not in _PERSONAL_PRONOUNS
                and names.holds_person(named)
                and not names.new_subject(claim.end, span[0])
                and names.may_be(named, low)
            ):
                names.told_of(named, low)
                return replace(attribution, refers_to=named)
            break
    if low in _PERSONAL_PRONOUNS:
        name = names.last_subject_before(span[0], low) or names.last_before("PERSON", span[0], low)
        if name:
            names.told_of(name, low)
    elif low.startswith("its ") and len(low.split()) <= 3:
        name = names.last_before("ORG", span[0])  # "its president": speaking for the body
    else:
        return attribution
    if not name:
        return attribution
    return replace(attribution, refers_to=name)


def continued_speaker(previous: Claim) -> Attribution | None:
    """Who speaks in a quotation that names no one: the speaker just before it.

    News prose introduces a speaker once ('The governor wrote:' or '“...,” she said.') and lets the
    next quotation run on without repeating the name; a reported source ("according to") does not
    carry over.
    """
    before = previous.attribution
    if before is None or before.speaker is None or before.kind == "according-to":
        return None
    return Attribution(
        speaker=before.speaker,
        verb=before.verb,
        kind="direct",
        speaker_span=before.speaker_span,
        verb_span=before.verb_span,
        refers_to=before.refers_to,
    )


__all__ = [
    "Names",
    "attribution_of",
    "continued_speaker",
    "follow_up",
    "resolve_pronoun",
    "turn_speaker",
]
