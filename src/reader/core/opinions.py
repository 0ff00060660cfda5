"""Opinion sentences with no attribution: the outlet evaluating or prescribing in its own voice.

A news report states what happened and says who judged it. A sentence that judges ("It is a
reckless gamble"), prescribes ("Ministers must act now", "It is time to ...") or opens with the
writer's comment ("Sadly, ...") with no speaker to lend it to is the outlet's opinion. Agency copy
says "must" and "should" of rules and schedules and reports judgements as someone's, so neither
counts here. The cues come from :mod:`reader.core.framing_cues`; whose words they are from
:mod:`reader.core.voice`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final
from weakref import WeakKeyDictionary

from reader.core.entities import is_role_noun
from reader.core.entity_words import is_person_noun
from reader.core.framing_cues import Cue
from reader.core.model import Claim
from reader.core.nlp import between, has_word, labelled
from reader.core.quotes import inside_quotation
from reader.core.voice import said_by_someone, speakers_in, speakers_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

OPINION_RULE: Final = "rule:unattributed-opinion"
_MODALS: Final = frozenset({"should", "must", "ought"})
_FIRST_PERSON: Final = frozenset({"i", "we", "us", "our", "my"})


@dataclass(frozen=True, slots=True)
class Opinion:
    """One claim read as the outlet's opinion, with the one sentence that says why."""

    claim: Claim
    confidence: float
    explanation: str


class _Starts:
    """Cues by the character they start at, so that each claim takes the cues that start inside
    it without a pass over every cue of the article."""

    def __init__(self, cues: Sequence[tuple[Cue, int]]) -> None:
        order = sorted(range(len(cues)), key=lambda i: cues[i][1])
        self._cues = [cues[i][0] for i in order]
        self._starts = [cues[i][1] for i in order]
        self._rank = order

    def between(self, start: int, end: int) -> list[Cue]:
        """The cues starting in ``[start, end)``, in the order they were given."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        picked = sorted(range(lo, hi), key=lambda k: self._rank[k])
        return [self._cues[k] for k in picked]


def unattributed_opinions(
    doc: Doc,
    claims: Sequence[Claim],
    cues: Sequence[Cue],
    quote_spans: Sequence[tuple[int, int]],
) -> list[Opinion]:
    """The claims of one article that evaluate or prescribe in its own voice, with no one to
    attribute them to. ``cues`` are the article's lexical cues and ``quote_spans`` its speech
    (:func:`reader.core.framing.article_cues`), sorted and disjoint."""
    out: list[Opinion] = []
    evaluative = _Starts(
        [
            (c, c.char_span(doc)[0])
            for c in cues
            if c.category in {"label", "loaded", "intensifier"} and c.confidence >= 0.45
        ]
    )
    for claim in claims:
        if claim.attribution is not None or claim.quote:
            continue
        if inside_quotation(quote_spans, claim.start, claim.end) or _said_in(doc, claim):
            continue
        voiced = [
            cue
            for cue in evaluative.between(claim.start, claim.end)
            if not any(speakers_words(doc, cue, quote_spans))
            and not said_by_someone(doc[cue.start])
        ]
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        modal = span is not None and has_word(span, _MODALS)
        first_person = span is not None and has_word(span, _FIRST_PERSON)
        speaker, who = speakers_in(span) if span is not None else ("none", "")
        if speaker == "named":
            continue  # "The minister slammed the plan as a betrayal": the minister's judgement
        # "Clearly, that system is broken." "Sadly, ...": a sentence the outlet opens with its
        # own comment on it is its opinion, even with nothing else loaded in it.
        stance = span is not None and any(
            _opens_with_comment(c, span) or _is_predicate(c, doc) for c in voiced
        )
        # A prescription or a verdict is the outlet's opinion whatever else the sentence holds:
        # one loaded word in "Customers deserve far better than slapdash security" must not
        # hide what the sentence says ought to be.
        prescribed = _prescription(span) if span is not None else None
        judged = _verdict(span) if span is not None and not voiced else None
        # A moral drawn from the event is a verdict whatever word in it a lexicon also marks
        # ("So much for ..." holds the intensifier "so much").
        judged = judged or (_moral_drawn(span) if span is not None else None)
        if (
            len(voiced) >= 2
            or (voiced and (modal or first_person or stance))
            or prescribed
            or judged
        ):
            shown = prescribed or judged
            named = [f"'{c.words(doc)}'" for c in voiced[:3]]
            if prescribed and not any(prescribed in c.words(doc) for c in voiced):
                named.insert(0, f"'{prescribed}'")
            cue_words = ", ".join(named) or f"'{shown}'"
            if speaker == "vague":
                whose = f"lends it to unnamed '{who}', whom no reader can check"
            elif first_person:
                whose = "gives it as the writer's own view, not as reported fact"
            else:
                whose = "attributes the judgement to no one"
            does = _what_it_does(prescribed)
            out.append(
                Opinion(
                    claim=claim,
                    confidence=min(0.4 + 0.1 * max(len(voiced), 1), 0.8),
                    explanation=(
                        f"This sentence {does} in the outlet's own voice ({cue_words}) and {whose}."
                    ),
                )
            )
    return out


def _what_it_does(prescribed: str | None) -> str:
    if prescribed is None:
        return "evaluates"
    if " have " in f" {prescribed} ":
        return "says what ought not to have happened"  # "should never have been allowed"
    return "says what ought to happen"


_MODALS_AT: Final[WeakKeyDictionary[Doc, list[int]]] = WeakKeyDictionary()


def _modals_at(doc: Doc) -> list[int]:
    """Positions, in order, of the tokens tagged as modals (MD), read once per parse from spaCy's
    tag column: :func:`_prescription` starts from a modal, and building every token of every
    sentence to read its tag cost more than the rule, as most sentences have none."""
    found = _MODALS_AT.get(doc)
    if found is None:
        from spacy.attrs import TAG

        modal = doc.vocab.strings["MD"]
        tags = doc.to_array(TAG).tolist() if len(doc) else []
        found = _MODALS_AT[doc] = [i for i, tag in enumerate(tags) if tag == modal]
    return found


def _prescription(span: Span) -> str | None:
    """What the sentence says ought to happen, when its main clause prescribes in the outlet's
    voice: "should never" or "must never" ("Patients should never be used as bargaining chips"),
    or a passive or negated should/must ("they must be held accountable") or a "should" with a
    person as subject ("he should step down"), or a "must" that urges ("Ministers must act now"),
    that no rule or timetable frames. Agency copy says
    "must" and "should" of rules and schedules: an agent ("must be ratified by parliament"), a
    date ("should be released within 30 days"), a condition ("should be sentenced in January if
    convicted"), "under" or "without" ("must not travel without the court's permission"), and of
    forecasts ("she should be back next week"). "It is time (for) ..." prescribes too ("It is time
    ministers stood up to the unions"). The words from the modal to its verb, or None."""
    timely = _its_time(span) or _deserved(span) or _afford_denied(span)
    if timely is not None:
        return timely
    main = {v.i for v in _main_verbs(span)}
    doc, modals = span.doc, _modals_at(span.doc)
    for i in modals[bisect_left(modals, span.start) : bisect_left(modals, span.end)]:
        tok = doc[i]
        verb = tok.head
        if verb.i not in main or verb.i < tok.i:
            continue
        if tok.lower_ not in _MODALS and not _forbidden(tok, verb):
            continue
        if any(c.lower_ == "never" for c in verb.children):
            return _modal_words(span, tok, verb)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        negated = any(c.dep_ == "neg" for c in verb.children) or _spared_to_all(verb, subject)
        personal = (
            (tok.lower_ != "must" or _urged(verb))
            and subject is not None
            and _people(subject)
            and (
                verb.lemma_.lower() not in _FORECAST_VERBS
                or _owed_feeling(verb) is not None
                or _urged_to_reason(verb) is not None
            )
        )
        if _advisory(verb, subject):
            continue
        if (passive or negated or personal) and not _ruled_or_scheduled(verb, subject):
            return _modal_words(span, tok, verb)
    return _judged_outcome(span)


def _main_verbs(span: Span) -> list[Token]:
    """The sentence's main verb and the verbs of main clauses joined to it by "and" or "but",
    each with a subject of its own: in "This is the news families have waited for, and the
    government must act without delay" the second clause is as much the outlet's as the first."""
    # Ten rules ask this of every sentence: the verbs' positions are found once per sentence.
    found = _MAIN_VERBS.setdefault(span.doc, {})
    where = found.get((span.start, span.end))
    if where is None:
        where = found[span.start, span.end] = tuple(
            t.i
            for t in span
            if t.dep_ == "ROOT"
            or (
                t.dep_ == "conj"
                and t.head.dep_ == "ROOT"
                and t.pos_ in {"VERB", "AUX"}
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
            )
        )
    return [span.doc[i] for i in where]


#: :func:`_main_verbs` by sentence, per parse; it lives as long as the parse.
_MAIN_VERBS: Final[WeakKeyDictionary[Doc, dict[tuple[int, int], tuple[int, ...]]]] = (
    WeakKeyDictionary()
)


def _verdict(span: Span) -> str | None:
    """A verdict in the outlet's voice: on a decision's merit, on whether an act was right, on
    what an act really was, or on an institution through its class."""
    return (
        _merit_judgement(span)
        or _rightness_judged(span)
        or _chance_denied(span)
        or _title_denied(span)
        or _class_judged(span)
        or _warning_given(span)
        or _stop_demanded(span)
        or _blamed_cause(span)
    )


#: Verbs of a warning that a wrong will not be borne: "will not be tolerated".
_BORNE: Final = frozenset({"tolerate", "countenance"})
#: What a wrong "will not go": "Such provocations will not go unanswered".
_UNANSWERED: Final = frozenset({"unanswered", "unpunished", "unchallenged", "unnoticed"})
#: Prepositions of a place a house rule covers: "Smoking will not be tolerated on board".
_HOUSE_PLACES: Final = frozenset({"on", "in", "at", "inside", "within", "aboard", "during"})


def _warning_given(span: Span) -> str | None:
    """ "Foreign meddling in the region's affairs will not be tolerated", "Such provocations
    will not go unanswered": a warning in the outlet's own voice, which a news report gives as
    the words of whoever warned. A notice's rule says what is accepted ("Late entries will not
    be accepted") or where a habit is barred ("Smoking will not be tolerated on board"), and a
    warning someone gave is theirs (left to the caller). The warning words, or None."""
    for verb in _main_verbs(span):
        will = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _WILL), None)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if will is None or not _negated(verb) or _placed(verb):
            continue
        if _ruled_or_scheduled(verb, subject):
            continue  # "Under the rules, late entries will not be tolerated"
        borne = verb.lemma_.lower() in _BORNE and any(c.dep_ == "auxpass" for c in verb.children)
        gone = verb.lemma_.lower() == "go" and any(
            c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in _UNANSWERED for c in verb.children
        )
        if borne or gone:
            end = max([verb.i, *(c.i for c in verb.children if c.lower_ in _UNANSWERED)]) + 1
            return span.doc[will.i : end].text  # "will not be tolerated"
    return None


#: Auxiliaries of a warning about what is to come: "will not", "won't", "shall not" ("cannot be
#: tolerated" is :func:`_forbidden`'s).
_WILL: Final = frozenset({"will", "wo", "shall"})


def _placed(verb: Token) -> bool:
    """A preposition of place on the verb: a house rule's "on board", "in the building"."""
    return any(c.dep_ == "prep" and c.lower_ in _HOUSE_PLACES for c in verb.children)


#: Verbs a demand that something end uses: "This meddling must stop".
_ENDING: Final = frozenset({"stop", "end", "cease"})
#: Endings of a noun that names an act ("meddling", "interference", "harassment").
_ACT_ENDINGS: Final = ("ing", "tion", "tions", "ence", "ences", "ment", "ments", "shed")


def _stop_demanded(span: Span) -> str | None:
    """ "This meddling must stop", "The provocations must end now": the outlet demands that an
    act end, a verdict that it is wrong. A timetable or a rule says when or where a thing stops
    ("The bus must stop at every crossing", "The meeting must end by noon"), which a preposition
    on the verb shows; a person asked to stop is :func:`_prescription`'s. The words, or None."""
    for verb in _main_verbs(span):
        must = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "must"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if must is None or subject is None or verb.lemma_.lower() not in _ENDING:
            continue
        if any(c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "advcl"} for c in verb.children):
            continue
        if _act_noun(subject):
            return span.doc[must.i : verb.i + 1].text  # "must stop"
    return None


def _act_noun(noun: Token) -> bool:
    """A common noun naming an act ("meddling", "interference", "provocations"), not a thing
    that moves and stops ("the bus") nor a person."""
    return (
        noun.tag_ in {"NN", "NNS"}
        and noun.lower_.endswith(_ACT_ENDINGS)
        and not _people(noun)
        and noun.lower_ not in {"thing", "things", "building", "buildings", "ceiling"}
    )


#: What a sweeping blame calls its subject: "the main cause", "the root cause", "the source".
_CAUSE_NOUNS: Final = frozenset({"cause", "source", "root", "driver"})
#: Words that make a cause the one to blame: "main", "root", "real".
_CHIEF: Final = frozenset(
    {"main", "root", "real", "true", "chief", "principal", "primary", "sole", "only", "biggest"}
)
#: Ills of a place or a people a sweeping blame names: "insecurity", "instability".
_ILLS: Final = frozenset(
    {"insecurity", "instability", "unrest", "tension", "tensions", "turmoil", "chaos"}
    | {"strife", "conflict", "conflicts", "suffering", "misery", "division", "divisions"}
    | {"extremism", "terrorism", "violence", "bloodshed", "disorder", "lawlessness"}
)


def _blamed_cause(span: Span) -> str | None:
    """ "Foreign meddling in the affairs of the region has for decades been the main cause of
    insecurity in the strait": the outlet names an act as the one cause of a region's ills, a
    sweeping verdict news copy lends to whoever blames. A cause an inquiry finds is a thing or a
    fault ("A faulty valve was the main cause of the leak") and its harm a physical one
    ("Heavy rain was the main cause of flooding"); an attributed blame is someone's (left to
    the caller). The words from the cause to the ill ("the main cause of insecurity"), or None."""
    for verb in _main_verbs(span):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_ != "be" or subject is None or _negated(verb) or not _act_noun(subject):
            continue
        for cause in verb.children:
            if cause.dep_ != "attr" or cause.lemma_.lower() not in _CAUSE_NOUNS:
                continue
            if not any(c.lower_ in _CHIEF for c in cause.children):
                continue
            ill = next(
                (
                    o
                    for p in cause.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj" and o.lower_ in _ILLS
                ),
                None,
            )
            if ill is not None:
                first = min(t.i for t in cause.subtree)
                return span.doc[first : ill.i + 1].text  # "the main cause of insecurity"
    return None


#: How a sentence that points back at the event opens to draw its moral: "This is what happens
#: when ...", "That is the price of ...".
_POINTING_BACK: Final = frozenset({"this", "that", "such"})
_IS: Final = frozenset({"is", "'s", "’s", "was"})
#: What the event is said to show, after "This is": what comes of something, or its price.
_MORALS: Final = (("what", "happens"), ("what", "comes"), ("what", "you", "get"), ("the", "price"))


def _moral_drawn(span: Span) -> str | None:
    """A moral drawn from the event in the outlet's voice: "This is what happens when one
    man's ego is allowed to run a space programme", "That is the price of ignoring the
    warnings", "So much for the promised reform". The sentence points back at what was told
    and says what it proves. "This is what happens when an engine shuts down early: the flight
    computer ..." points forward to an explanation it goes on to give, and is no verdict. The
    words that draw the moral, or None."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    lowered = [t.lower_ for t in words[:6]]
    if lowered[:3] == ["so", "much", "for"] and len(words) > 3:
        return span.doc[words[0].i : words[2].i + 1].text
    if len(lowered) < 4 or lowered[0] not in _POINTING_BACK or lowered[1] not in _IS:
        return None
    moral = next((m for m in _MORALS if tuple(lowered[2 : 2 + len(m)]) == m), None)
    if moral is None or _explains_after(span, words[1 + len(moral)]):
        return None
    if moral[-1] == "price" and not _price_of_a_course(words[2 + len(moral) :]):
        return None  # "That is the price of a litre of milk" quotes a price
    return span.doc[words[0].i : words[1 + len(moral)].i + 1].text


def _price_of_a_course(rest: Sequence[Token]) -> bool:
    """ "the price of ignoring the warnings", "the price we pay for ...", "the price when ...":
    what a course of action costs, not what a thing sells for."""
    if len(rest) < 2:
        return False
    if rest[0].lower_ in {"we", "you", "when"}:
        return True
    return rest[0].lower_ in {"of", "for"} and rest[1].tag_ == "VBG"


def _explains_after(span: Span, last: Token) -> bool:
    """Whether the sentence goes on past a colon or a dash to tell what it announced: "This is
    what happens when ...: the computer cuts the engines" explains; a moral stops at its
    point."""
    return any(t.text in {":", "—", "–"} for t in span.doc[last.i + 1 : span.end])


def _rightness_judged(span: Span) -> str | None:
    """ "The government was right to act", "The board was wrong to close the school", "The
    ministry did the right thing": the outlet rules on whether an act was right, which a news
    report lends to whoever judged it. In "the court ruled he was right to appeal" the verdict
    is the court's, not the sentence's main clause; "the right to strike" is a legal right, a
    noun that judges nothing. The judging words, or None."""
    for verb in _main_verbs(span):
        if _negated(verb):
            continue
        if verb.lemma_ == "be":
            act = next(
                (a for p in verb.children if _rightness(p, "acomp") for a in _acts_judged(p)), None
            )
            if act is not None:
                return span.doc[verb.i : act.i + 1].text  # "was right to act"
        elif verb.lemma_ == "do":
            thing = next(
                (o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() == "thing"), None
            )
            if thing is not None and any(_rightness(a, "amod") for a in thing.children):
                return span.doc[verb.i : thing.i + 1].text  # "did the right thing"
    return None


#: Words that rule an act right or wrong: "was right to act", "did the wrong thing".
_RIGHTNESS: Final = frozenset({"right", "wrong"})


def _rightness(tok: Token, dep: str) -> bool:
    """``tok`` is "right" or "wrong" in the role ``dep`` that makes it a ruling on an act."""
    return tok.dep_ == dep and tok.lower_ in _RIGHTNESS


def _acts_judged(judged: Token) -> list[Token]:
    """The act a "right" or "wrong" is said of: "act" in "right to act"."""
    return [c for c in judged.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]


def _chance_denied(span: Span) -> str | None:
    """ "The shooting was no accident", "This was no mistake": the outlet rules on intent, which
    a news report leaves to investigators and lends to whoever says it. "There was no accident
    on the road" reports that nothing happened. A clause the parse hangs on the main verb
    ("This was no mistake: it was ...") is the outlet's too when that verb is a plain "be";
    under "said", "believe" or "found" it is someone's view.
    The judging words, or None."""
    for verb in _main_verbs(span) + _clauses_of_main_verbs(span):
        if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        for pred in verb.children:
            if pred.dep_ == "attr" and pred.lemma_.lower() in _CHANCE:
                no = next((c for c in pred.children if c.dep_ == "det" and c.lower_ == "no"), None)
                if no is not None:
                    return span.doc[no.i : pred.i + 1].text  # "no mistake"
    return None


def _title_denied(span: Span) -> str | None:
    """ "No army that bombs sleeping families can call itself a defender", "No leaders who lie
    to voters can call themselves democrats": the outlet denies a whole class the name it gives
    itself, a verdict on the one the story is about. News copy reports such a sweeping denial
    as someone's. Only the shape "no X can call itself Y" counts: "No one can call the result
    yet" names no title. The words from the modal to the title ("can call itself a defender"),
    or None."""
    for verb in _main_verbs(span):
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _ABLE), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if modal is None or subject is None or not _denied_to_all(subject):
            continue
        title = _title_claimed(verb)
        if title is not None:
            return span.doc[modal.i : title.i + 1].text
    return None


def _class_judged(span: Span) -> str | None:
    """ "A university that calls riot police on its own students has forgotten what it exists to
    teach", "A government that lies to its people does not deserve their trust": the outlet
    judges an institution through a class it belongs to, a body that habitually does something
    (a present-tense clause) and has lost its purpose or its claim on anyone. News introduces a
    particular one in the past ("A university that admitted 4,000 students said ...") or a
    person ("A woman who runs the shop has told police ..."), and a rule states the class's lot
    in the simple present ("A party that misses the deadline loses its right to appeal"). The
    words from the verb's auxiliary to the end of what is judged, or None."""
    for verb in _main_verbs(span):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _generic_body(subject) or not _condemned(verb):
            continue
        auxes = [c.i for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i]
        judged = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
        end = max([verb.i, *(t.i for c in judged for t in c.subtree)]) + 1
        return span.doc[min([verb.i, *auxes]) : end].text
    return None


def _generic_body(subject: Token) -> bool:
    """ "A university that calls ...", "Any government that lies ...": an institution named by
    its class, with what it habitually does in a present-tense relative clause."""
    if subject.lemma_.lower() not in _INSTITUTIONS | _BODIES:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in subject.children):
        return False
    return any(c.dep_ == "relcl" and _present(c) for c in subject.children)


def _present(verb: Token) -> bool:
    """The verb is in the present: "calls", "lie", or "cannot run" and "does not pay"."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and (c.tag_ in {"VBZ", "VBP"} or c.lower_ in {"can", "ca"})
        for c in verb.children
    )


def _condemned(verb: Token) -> bool:
    """The main verb says the class has lost its purpose or its claim: a present perfect "has
    forgotten what it exists to teach", "has lost its way", "has betrayed its students", or a
    present "does not deserve" or "no longer deserves". A mislaid thing ("has lost his dog") is
    no judgement, nor is a "forgets" or "loses" a rule sets."""
    lemma = verb.lemma_.lower()
    if lemma == "deserve":
        return _present(verb) and _negated_or_no_longer(verb)
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )
    if not perfect or lemma not in _LOST_CLAIMS:
        return False
    if lemma == "betray":
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _PURPOSES) or c.dep_ == "ccomp"
        for c in verb.children
    )


def _negated_or_no_longer(verb: Token) -> bool:
    """ "does not deserve", "never deserves", "no longer deserves": a claim denied now."""
    return _negated(verb) or any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children
    )


#: Classes of institution a verdict can be passed on ("A university that ..."): a person ("A
#: woman who ...") is a particular one the news introduces.
_INSTITUTIONS: Final = frozenset(
    {
        *("university", "college", "school", "hospital", "church", "newspaper", "paper"),
        *("party", "country", "nation", "state", "democracy", "republic", "regime", "city"),
        *("company", "firm", "business", "bank", "union", "club", "league", "charity"),
        *("force", "army", "court", "institution", "society", "police", "broadcaster"),
    }
)
#: Verbs of a verdict on what a class has lost or abandoned, in the present perfect.
_LOST_CLAIMS: Final = frozenset({"forget", "lose", "forfeit", "abandon", "betray"})
#: What a class can forget, lose or abandon that makes the loss a verdict on it (as lemmas).
_PURPOSES: Final = frozenset(
    {
        *("purpose", "mission", "way", "duty", "value", "principle", "root", "soul"),
        *("conscience", "right", "authority", "credibility", "legitimacy", "trust"),
        *("mandate", "moral", "compass", "ideal"),
    }
)


def _denied_to_all(subject: Token) -> bool:
    """ "No army ...", "No government ...": a subject the determiner "no" denies to every one."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _spared_to_all(verb: Token, subject: Token | None) -> bool:
    """ "No driver should have to wonder whether the car will stop", "Nobody should have to
    choose between heating and eating": the "should not have to" verdict with its "not" moved
    onto the subject. Only "have to" counts: a denied subject with another verb may forecast
    ("no rain should fall before Friday")."""
    if subject is None or verb.lemma_.lower() != "have":
        return False
    if not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return subject.lower_ in {"nobody", "noone"} or _denied_to_all(subject)


def _title_claimed(verb: Token) -> Token | None:
    """The name a subject gives itself: "call itself a defender", a reflexive object and the
    name. ("claim to be a democracy" is not read here: the claim splitter already takes "claim"
    as a reporting verb with the subject as its speaker.)"""
    if verb.lemma_.lower() != "call" or not any(
        c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "oprd"), None)


#: Modals of a denial of a title: "can call itself", "could call themselves".
_ABLE: Final = frozenset({"can", "could"})
_REFLEXIVES: Final = frozenset({"itself", "themselves", "himself", "herself"})


def _clauses_of_main_verbs(span: Span) -> list[Token]:
    """The clauses the parse hangs on a main "be": "This was no mistake: it was ..." reads
    "This was no mistake" as a clause of the second "was"."""
    return [
        c
        for verb in _main_verbs(span)
        if verb.lemma_ == "be"
        for c in verb.children
        if c.dep_ == "ccomp"
    ]


#: What an act was not, in a verdict on its intent: "no accident", "no mistake".
_CHANCE: Final = frozenset({"accident", "mistake", "coincidence", "error", "misunderstanding"})


def _merit_judgement(span: Span) -> str | None:
    """A verdict on the wisdom of a decision, said of it in the outlet's voice: "It is a sensible
    decision", "The closure was the right move", "The decision is wise". News reports such a
    verdict as someone's; a merit word with no act to judge stays plain ("a sensible shoe", "It
    is a 30-minute drive"), as does a negated one. The judging words, or None."""
    for verb in _main_verbs(span):
        if verb.lemma_ != "be" or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _people(subject):
            continue
        for pred in verb.children:
            if pred.dep_ == "attr" and pred.lemma_.lower() in _ACTS:
                merit = next(
                    (a for a in pred.children if a.dep_ == "amod" and a.lower_ in _MERIT), None
                )
                if merit is not None:
                    return span.doc[merit.i : pred.i + 1].text  # "sensible decision"
            if (
                pred.dep_ == "acomp"
                and pred.lower_ in _MERIT
                and subject.lemma_.lower() in _ACTS | {"this", "that"}
            ):
                return pred.text
    return None


#: Words that judge the wisdom or rightness of a decision: "a sensible decision", "the wrong
#: move". Neither side's: a verdict on a company's closure or on a government's spending alike.
_MERIT: Final = frozenset(
    {
        *("sensible", "wise", "unwise", "prudent", "imprudent", "foolish", "shrewd", "smart"),
        *("right", "wrong", "welcome", "courageous", "brave", "bold", "responsible"),
        *("irresponsible", "mistaken", "short-sighted", "shortsighted", "ill-advised"),
        *("ill-judged", "sound", "commendable", "laudable", "regrettable", "deplorable"),
    }
)
#: Nouns for a decision or an act a merit word can judge.
_ACTS: Final = frozenset(
    {
        *("decision", "move", "step", "choice", "call", "policy", "plan", "idea", "approach"),
        *("measure", "reform", "course", "strategy", "ruling", "closure", "cut", "deal"),
    }
)


def _forbidden(modal: Token, verb: Token) -> bool:
    """ "cannot be allowed to", "can't be permitted to", "cannot be tolerated": a "can" that
    forbids, which agency copy does not write of a rule without a rule's words ("under the
    law", "without a pass"). So does a body, or "we", that "cannot let", "cannot allow" or
    "cannot tolerate" something ("The state cannot let protesters halt supplies"): a demand on
    it, where a person's "cannot let" is a plain account of what they can do."""
    if modal.lower_ not in {"can", "ca"} or not _negated(verb):
        return False
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return lemma in _FORBIDDING_VERBS
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        lemma in _FORBIDDING_VERBS | {"let"}
        and subject is not None
        and (subject.lower_ == "we" or subject.lemma_.lower() in _BODIES | _INSTITUTIONS)
    )


#: Verbs a negated "can" forbids with, active ("the state cannot tolerate") or passive ("cannot
#: be tolerated"); "let" forbids only in the active, as no one writes "cannot be let".
_FORBIDDING_VERBS: Final = frozenset({"allow", "permit", "tolerate"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _judged_outcome(span: Span) -> str | None:
    """A judging noun said of what happened, with a clause that says it ought not to have
    happened or must not happen again: "It is a disaster that should never have been allowed to
    happen", "The collapse was a scandal that must never be allowed to happen again", "It was a
    tragedy that cannot be allowed to happen again". Blame and a demand, in the outlet's voice.
    A noun with no judgement in it keeps a plain instruction plain ("It is a drug that should not
    be taken with alcohol"). The words from the modal to its verb, or None."""
    doc = span.doc
    for i in between(labelled(doc, "DEP", _RELATIVE), span.start, span.end):
        verb = doc[i]
        noun = verb.head
        if noun.dep_ != "attr" or noun.lemma_.lower() not in _JUDGING:
            continue
        copula = noun.head
        if copula.dep_ != "ROOT" or copula.lemma_ != "be" or _negated(copula):
            continue
        modal = next((c for c in verb.children if c.tag_ == "MD" and c.i < verb.i), None)
        if modal is None or not _negated(verb):
            continue
        if modal.lower_ in _MODALS or _forbidden(modal, verb):
            return _modal_words(span, modal, verb)
    return None


#: A relative clause's verb: where :func:`_judged_outcome` looks.
_RELATIVE: Final = frozenset({"relcl"})


#: Nouns that judge an event when a sentence says it should not have happened: "a disaster
#: that should never have been allowed to happen". Alone, most of them can report ("a natural
#: disaster", "the tragedy at the mine"); the judgement is the pair.
_JUDGING: Final = frozenset(
    {
        *("disaster", "scandal", "disgrace", "tragedy", "travesty", "outrage", "shame"),
        *("mistake", "error", "blunder", "failure", "fiasco", "debacle", "catastrophe"),
        *("calamity", "crime", "betrayal", "farce", "injustice", "insult", "embarrassment"),
        *("folly", "atrocity", "abomination"),
    }
)


def _urged(verb: Token) -> bool:
    """ "must act" or "must ... now": a "must" that urges ("Ministers must act now", "Congress
    must stop this at once") rather than states a duty ("Drivers must pay $9", "Visitors must now
    register"), where "now" comes before the verb and says when a rule begins. A "must" that
    demands a punishment urges too ("Employers who break the law must face the consequences",
    "they must pay the price"): a rule names its penalty ("must pay a fine", "must face trial").
    So does one set before harm still to come ("must cut emissions before the next heat wave
    kills again"), where a deadline ("must register before the office closes") frames a rule."""
    if verb.lemma_.lower() == "act" or _time_contrasted(verb) or _punishment_demanded(verb):
        return True
    if _pressure_resisted(verb):
        return True
    if _curbing(verb) or _our_people_at_stake(verb):
        return True
    if any(
        (c.dep_ == "advcl" and _before_harm(c)) or _harm_ahead(c) or _before_another(c)
        for c in verb.children
    ):
        return True
    return any(
        c.dep_ == "advmod" and c.i > verb.i and c.lower_ in _URGENT for c in _and_ensured(verb)
    ) or any(_urgent_phrase(c) for c in _and_ensured(verb) if c.dep_ == "prep" and c.i > verb.i)


def _our_people_at_stake(head: Token) -> bool:
    """ "The government must send the navy ... until our sailors are home": a "must" whose
    clause calls people the outlet's own ("our sailors", "our troops") speaks for a side, as
    agency copy never does in its own voice, and its "until" waits on those people, no
    timetable. A rule asks of its public, and a company's "our" names its goods or staff, not
    people it claims ("Customers must register on our website")."""
    return any(
        tok.lower_ == "our"
        and tok.dep_ == "poss"
        and tok.head.tag_ in {"NNS", "NNPS"}
        and (is_role_noun(tok.head) or is_person_noun(tok.head))
        for tok in head.subtree
    )


def _curbing(verb: Token) -> bool:
    """ "Lawmakers must rein in the platforms", "Ministers must curb the banks": a "must" that
    demands a power be restrained urges; a rule asks its public to do something, not to tame
    someone else. What the subject curbs of its own is that kind of rule ("Drivers must curb
    their speed", "Members must rein in their dogs")."""
    if verb.lemma_.lower() not in _CURBS:
        return False
    curbed = [c for c in verb.children if c.dep_ == "dobj"]
    curbed += [g for c in verb.children if c.dep_ in {"prep", "prt"} for g in c.children]
    curbed = [t for t in curbed if t.dep_ in {"dobj", "pobj"}]
    return bool(curbed) and not any(_owned_by_the_subject(t) for t in curbed)


def _owned_by_the_subject(thing: Token) -> bool:
    """ "their speed", "its spending": a possessive pronoun, the subject's own."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in thing.children)


def _what_the_curbed_would_do(verb: Token, clause: Token) -> bool:
    """ "must rein in the platforms before they decide who may speak": a "before" clause after a
    curbing "must" whose subject stands for the curbed says what they would do next, no
    timetable; "must curb new lending before the new rules take effect" has one."""
    return _curbing(verb) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PRON" for c in clause.children
    )


#: Verbs of restraining a power that a "must" demands (as lemmas): "rein in", "curb", "tame".
_CURBS: Final = frozenset({"rein", "curb", "tame"})


#: What a "must" demands of wrongdoers, by verb: "face the consequences", "face justice", "pay
#: the price".
_PUNISHMENTS: Final = {
    "face": frozenset({"consequence", "consequences", "justice", "punishment"}),
    "pay": frozenset({"price"}),
}


def _punishment_demanded(verb: Token) -> bool:
    """ "must face the consequences", "must pay the price": the verb's object is a punishment
    the writer demands, not one a rule sets."""
    wanted = _PUNISHMENTS.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in verb.children)


def _pressure_resisted(verb: Token) -> bool:
    """ "Ministers must resist calls for a price freeze", "The council must withstand pressure
    from developers": a "must" that bids someone hold out against what others ask urges a
    stance; a rule asks its public to do something, not to refuse a lobby. What is resisted
    that no one asks for is a specification ("The coating must resist heat")."""
    if verb.lemma_.lower() not in _RESISTS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PRESSURES for c in verb.children)


#: Verbs of holding out that a "must" bids (as lemmas), and what they hold out against.
_RESISTS: Final = frozenset({"resist", "withstand"})
_PRESSURES: Final = frozenset({"call", "demand", "pressure", "clamour", "lobbying", "temptation"})


def _time_contrasted(verb: Token) -> bool:
    """ "must close the border before the next crossing, not after it", "must act now, not in
    ten years": a time set against the one the writer rejects urges the act. A rule gives its
    deadline alone ("must register before May 1")."""
    children = [c for c in verb.children if c.i > verb.i]
    timed = any(c.lower_ in _RULE_WORDS or c.lower_ in _URGENT for c in children)
    rejected = any(
        c.dep_ in {"prep", "advmod"} and any(g.dep_ == "neg" and g.i < c.i for g in c.children)
        for c in children
    )
    return timed and rejected


def _and_ensured(verb: Token) -> list[Token]:
    """The verb's children, and those of what it is to make sure of: in "must make sure the drug
    reaches patients without delay" or "must ensure that aid arrives at once" the urgency hangs
    on the outcome, and it urges the act all the same."""
    children = list(verb.children)
    if verb.lemma_.lower() not in _ENSURE:
        return children
    ensured = [c for c in children if c.dep_ in {"ccomp", "xcomp", "acomp"}]
    ensured += [g for c in ensured for g in c.children if c.pos_ == "ADJ" and g.dep_ == "ccomp"]
    return children + [g for c in ensured for g in c.children]


#: Verbs of making sure: what they ensure carries the urgency ("make sure ... at once").
_ENSURE: Final = frozenset({"make", "ensure", "see"})


def _urgent_phrase(prep: Token) -> bool:
    """ "at once" or "without delay" after a verb: it urges the act, where "within 30 days"
    or "without a permit" would frame a rule."""
    return any((prep.lower_, g.lower_) in _URGENT_PHRASES for g in prep.children)


#: Adverbs after a "must" verb that urge it rather than schedule it.
_URGENT: Final = frozenset({"now", "urgently"})
#: Phrases after a "must" verb that urge it: a preposition and its object.
_URGENT_PHRASES: Final = frozenset({("at", "once"), ("without", "delay")})


def _its_time(span: Span) -> str | None:
    """ "It is (high) time ... <verb>": the sentence opens by saying an action is overdue ("It is
    time ministers stood up to the unions", "It's high time for Congress to act"). "It is time
    for the annual review" schedules; no action is asked for."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    lowered = [t.lower_ for t in words[:5]]
    if lowered[:2] not in (["it", "is"], ["it", "'s"], ["it", "’s"]):
        return None
    k = 3 if len(lowered) > 3 and lowered[2] in {"high", "about", "past"} else 2
    if len(lowered) <= k or lowered[k] != "time":
        return None
    if not any(t.pos_ == "VERB" for t in words[k + 1 :]):
        return None
    return span.doc[words[0].i : words[k].i + 1].text


def _deserved(span: Span) -> str | None:
    """ "Dockers deserve a fair share of the wealth they create", "This city deserves better":
    what someone deserves now, said in the main clause, is what ought to be given them. A past
    "deserved" ("the team deserved its win") looks back on what happened. The words from the
    verb to what is deserved, or None."""
    for verb in _main_verbs(span):
        if verb.lemma_.lower() != "deserve" or verb.tag_ not in {"VBP", "VBZ"}:
            continue
        objects = [c.i for c in verb.children if c.dep_ in {"dobj", "advmod", "acomp", "xcomp"}]
        end = max([verb.i, *objects]) + 1
        return span.doc[verb.i : end].text
    return None


def _afford_denied(span: Span) -> str | None:
    """ "The country cannot afford to gamble on ...", "We cannot afford to ignore ...", "cannot
    afford not to act": a "cannot afford" whose course is a risk taken or a chance let go says
    what must not be done. Families who "cannot afford to heat their homes" lack the money, a
    fact; so does a firm that "could not afford to wait". The words from the modal to the
    course, or None."""
    for verb in _main_verbs(span) + _before_let_alone(span):
        if verb.lemma_.lower() != "afford" or not _negated(verb):
            continue
        modal = next((c for c in verb.children if c.tag_ == "MD" and c.i < verb.i), None)
        course = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if modal is None or modal.lower_ not in {"can", "ca"} or course is None:
            continue
        if course.lemma_.lower() in _RISKED_COURSES or _negated(course):
            return _modal_words(span, modal, course)
    return None


def _before_let_alone(span: Span) -> list[Token]:
    """The clause before "let alone", which the parse hangs on "let" as its main verb: in
    "Estmark cannot afford to hand ... a party that cannot run its campaign, let alone a
    country" the outlet's clause is the "afford"."""
    return [
        c
        for verb in _main_verbs(span)
        if verb.lemma_.lower() == "let" and any(g.lower_ == "alone" for g in verb.children)
        for c in verb.children
        if c.dep_ == "ccomp"
    ]


#: What a country "cannot afford to" do when the phrase prescribes: a risk taken, a chance
#: wasted or let go, a warning ignored (as lemmas).
_RISKED_COURSES: Final = frozenset(
    {
        *("gamble", "risk", "waste", "squander", "ignore", "overlook", "let", "allow"),
        *("hand", "surrender", "repeat", "delay", "hesitate"),
    }
)


def _people(subject: Token) -> bool:
    """A subject advice can be given to: a person or people ("he", "Smith", "Democrats",
    "lawmakers", "European leaders") or a body ("Congress", "the IAEA")."""
    return (
        subject.lower_ in _PEOPLE_PRONOUNS
        or _no_one(subject)
        or subject.ent_type_ in {"PERSON", "NORP", "ORG"}
        or (subject.tag_ == "NNS" and is_role_noun(subject))
        or subject.lemma_.lower() in _BODIES
        or _judging_people(subject)
    )


def _judging_people(subject: Token) -> bool:
    """People an outlet tells what to do as a side in the story: "Critics should give credit",
    "Detractors should accept the result". Any plural of people counts, as the roles of
    :func:`is_role_noun` leave out "critics"; a thing ("The figures should be published") not."""
    lemma = subject.lemma_.lower()
    return subject.tag_ in {"NNS", "NNPS"} and (lemma in _DOUBTERS or is_person_noun(subject))


#: People who doubt or oppose, whom the lists of persons do not all hold.
_DOUBTERS: Final = frozenset(
    {"sceptic", "skeptic", "doubter", "detractor", "naysayer", "cynic", "objector", "moaner"}
)


def _no_one(subject: Token) -> bool:
    """ "No one should believe a word of it": the two words of "nobody", which the parse reads
    as a noun "one" with "no" before it, so advice to nobody does not hang on its spelling."""
    return subject.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


#: Bodies advice is given to that the small model does not tag as organisations: "the
#: government must ...", "the council should ...", "no union should ...", "no league should".
_BODIES: Final = frozenset(
    {
        "government",
        "administration",
        "council",
        "parliament",
        "ministry",
        "cabinet",
        "regulator",
        *("authority", "agency", "watchdog"),  # regulators named by their kind
        "union",
        "board",
        *("league", "club", "federation"),  # sport's governing bodies and its clubs
    }
)


#: Feelings a sentence can say people owe: "they should be ashamed of themselves", "he ought to
#: be grateful". "She should be back next week" forecasts; these pass a verdict on the people.
_OWED_FEELINGS: Final = frozenset(
    {"ashamed", "embarrassed", "grateful", "thankful", "sorry", "proud", "outraged", "appalled"}
)


def _owed_feeling(verb: Token) -> Token | None:
    """The feeling a "should be" says its people owe (:data:`_OWED_FEELINGS`), or None."""
    if verb.lemma_.lower() != "be":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _OWED_FEELINGS), None
    )


def _urged_to_reason(verb: Token) -> Token | None:
    """The word that makes a forecast verb an urging (:data:`_COME_TO_REASON`): "the government
    should see sense" tells it to think again, where "households should see lower bills"
    forecasts; None when there is none."""
    words = _COME_TO_REASON.get(verb.lemma_.lower(), frozenset())
    return next((c for c in verb.children if c.lower_ in words and c.dep_ != "nsubj"), None)


#: Forecast verbs (:data:`_FORECAST_VERBS`) and the words that make them a call to think again:
#: "should see sense", "should see reason", "should see the light", "should know better".
_COME_TO_REASON: Final[dict[str, frozenset[str]]] = {
    "see": frozenset({"sense", "reason", "light"}),
    "know": frozenset({"better"}),
}


def _modal_words(span: Span, modal: Token, verb: Token) -> str:
    ends = [c.i for c in verb.children if c.dep_ == "prt" or c.lower_ == "sure"]
    feeling = _owed_feeling(verb)
    if feeling is not None:
        ends.append(feeling.i)  # "should be ashamed", not "should be"
    reason = _urged_to_reason(verb)
    if reason is not None:
        ends.append(reason.i)  # "should see sense", not "should see"
    end = max([verb.i, *ends]) + 1
    return span.doc[modal.i : end].text  # "should step down", "must make sure"


def _ruled_or_scheduled(verb: Token, subject: Token | None) -> bool:
    """The clause states a rule or a timetable: an agent, a date or time, a condition or a
    rule's preposition hangs on the verb."""
    if any(
        c.dep_ == "agent"
        or (
            c.dep_ == "advcl"
            and not _before_harm(c)
            and not _what_the_curbed_would_do(verb, c)
            and not _where_deserved(c)
            and not _purpose(c)
            and not _until_proven(c)
            and not _our_people_at_stake(c)
        )
        for c in verb.children
    ):
        return True
    if _time_contrasted(verb):
        return False  # "before the next crossing, not after it": a time urged, not a deadline
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    # "before another decade of it" is a time, but one more round of harm, not a deadline
    inside |= {t.i for c in verb.children if _before_another(c) for t in c.subtree}
    clause = [t for t in verb.subtree if t.i not in inside]
    return any(t.ent_type_ in {"DATE", "TIME"} for t in clause) or any(
        t.lower_ in _RULE_WORDS
        and t.head.i == verb.i
        and not _urgent_phrase(t)
        and not _harm_ahead(t)
        for t in clause
    )


def _purpose(clause: Token) -> bool:
    """A bare infinitive of purpose ("should pay back the dividend to fix the pipes"): it says
    what the prescribed act is for, not when or on what condition a rule applies, so it leaves
    the "should" the outlet's. "in order to" and a clause with a subject or a "when" or "if"
    are not bare."""
    return (
        clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)
    )


def _until_proven(clause: Token) -> bool:
    """ "should keep the rocket on the ground until the company can show it works": an "until"
    clause that waits for someone to prove a case sets the outlet's own bar, where "until the
    aircraft has stopped" or "until the review is finished" is a timetable."""
    return (
        clause.lemma_.lower() in _PROVING_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "until" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in clause.children)
    )


#: Verbs of an "until ... can" clause that ask for proof (compared as lemmas).
_PROVING_VERBS: Final = frozenset({"show", "prove", "demonstrate", "guarantee"})


def _where_deserved(clause: Token) -> bool:
    """ "give credit where it is due", "spend it where it is needed": a "where" clause that says
    what a place deserves or needs judges with the modal, where "if convicted" or "where the line
    is open" frames it as a condition."""
    if not any(c.dep_ == "advmod" and c.lower_ in {"where", "wherever"} for c in clause.children):
        return False
    if clause.lemma_.lower() in _DESERVING_VERBS:
        return True
    return any(c.dep_ == "acomp" and c.lower_ in _DESERVED for c in clause.children)


#: What a "where" clause says a place deserves or needs ("where it is due", "where needed").
_DESERVING_VERBS: Final = frozenset({"need", "deserve", "merit", "warrant", "earn"})
_DESERVED: Final = frozenset({"due", "deserved", "needed", "necessary", "warranted", "merited"})


def _before_harm(clause: Token) -> bool:
    """ "before the damage is done", "before more lives are lost", "before it is too late": a
    "before" clause that names harm to come urges the act, where "if convicted" or "before the
    gate closes" frames it as a condition or a timetable."""
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children):
        return False
    if any(
        c.lower_ == "late" and any(g.lower_ == "too" for g in c.children) for c in clause.children
    ):
        return True
    if clause.lemma_.lower() in _HARM_VERBS:
        return True  # "before more people die", "before the next flood kills again"
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _HARMS for c in clause.children
    )


def _harm_ahead(prep: Token) -> bool:
    """ "before the next heat wave kills again" parsed as a preposition whose object is the
    verb: the same harm still to come as a "before" clause names."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "before"
        and any(
            g.dep_ == "pobj" and g.pos_ == "VERB" and g.lemma_.lower() in _HARM_VERBS
            for g in prep.children
        )
    )


def _before_another(prep: Token) -> bool:
    """ "must halt the influx before another decade of it", "must fix the roads before another
    winter": a deadline that is one more round of what already happens urges the act against
    it; a rule's deadline is a date or an event ("before the end of May")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "before"
        and any(
            g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "another" for d in g.children)
            for g in prep.children
        )
    )


#: What a "before" clause says is still to come when it urges an act (compared as lemmas).
_HARMS: Final = frozenset({"damage", "harm", "life", "blood", "disaster"})
#: Verbs of a "before" clause that name the harm itself (compared as lemmas): a death or an
#: injury, or a thing ruined ("before our parks are stripped bare", "before it is destroyed"),
#: where a planned end ("before the block is demolished") is a timetable.
_HARM_VERBS: Final = frozenset(
    {"kill", "die", "drown", "injure", "maim", "destroy", "ruin", "wreck", "strip"}
)


def _advisory(verb: Token, subject: Token | None) -> bool:
    """A notice's practical advice to the public it serves: "Customers should stop using the
    kettle", "Residents should not drink the tap water", "Drivers should allow extra time". A
    recall, a road closure or a health warning says what to do, and judges no one; the same
    "should" with a verdict ("Taxpayers should not have to pay") stays an opinion."""
    return (
        subject is not None
        and subject.lemma_.lower() in _ADVISED
        and verb.lemma_.lower() in _PRACTICAL_VERBS
    )


#: The public a notice advises (compared as lemmas).
_ADVISED: Final = frozenset(
    {
        *("customer", "consumer", "user", "owner", "passenger", "motorist", "driver"),
        *("traveller", "traveler", "resident", "visitor", "patient", "shopper", "commuter"),
    }
)
#: What a notice tells its public to do: stop, check, keep away, get in touch.
_PRACTICAL_VERBS: Final = frozenset(
    {
        *("stop", "unplug", "return", "contact", "call", "check", "avoid", "use", "keep"),
        *("allow", "boil", "drink", "eat", "follow", "seek", "stay", "leave", "bring", "wear"),
        *("discard", "dispose", "register", "plan", "switch", "turn", "remove", "visit"),
    }
)
#: Subjects that make "should" advice to people rather than a forecast about things.
#: "Nobody should believe a word of it", "Everyone should read the report": advice to all.
_PEOPLE_PRONOUNS: Final = frozenset(
    {"he", "she", "they", "we", "you", "nobody", "everyone", "everybody"}
)
#: Verbs of a forecast about people ("he should learn his sentence", "she should be back",
#: "households should see lower bills").
_FORECAST_VERBS: Final = frozenset(
    {"be", "learn", "know", "hear", "arrive", "return", "receive", "get", "expect", "finish", "see"}
)
#: Prepositions and conjunctions that frame a modal as a rule or a schedule.
_RULE_WORDS: Final = frozenset({"under", "without", "until", "unless", "before", "after", "within"})


def _opens_with_comment(cue: Cue, span: Span) -> bool:
    """The cue is an adverb that opens the sentence, set off by a comma ("Frankly, ...")."""
    doc = span.doc
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    word_end = cue.word_end if cue.word_start >= 0 else cue.end
    return (
        first is not None
        and cue.start == first.i
        and doc[cue.start].pos_ == "ADV"
        and word_end < len(doc)
        and doc[word_end].text == ","
    )


_REPORTING: Final = frozenset(
    {"say", "tell", "accord", "state", "add", "write", "argue", "claim", "insist"}
)


def _said_in(doc: Doc, claim: Claim) -> bool:
    """The claim reports someone's words even if the claim splitter gave it no attribution: its
    main verb reports ("..., he said"), or it is sourced ("according to ..."). A report inside a
    side clause does not make the rest someone else's: in "Price has done nothing to stop the
    reckless chaos, merely saying he was watching" the judgement is the outlet's."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.pos_ in {"VERB", "ADP"}
        and (t.lemma_ == "accord" or t.dep_ in {"ROOT", "parataxis", "conj"})
        for t in (doc[i] for i in between(labelled(doc, "LEMMA", _REPORTING), span.start, span.end))
    )


def _is_predicate(cue: Cue, doc: Doc) -> bool:
    """The judgement is what the sentence says of its subject: "It is a reckless gamble", "The
    plan is a disgrace", "The demands are unacceptable". The claim is the evaluation itself."""
    if cue.category not in {"label", "loaded"}:
        return False  # "volume was extremely light" weighs a measure; it passes no judgement
    tok = doc[cue.word_start if cue.word_start >= 0 else cue.start]
    node = tok.head if tok.dep_ in {"amod", "advmod"} and tok.head.i != tok.i else tok
    verb = node.head
    return (
        node.dep_ in {"attr", "acomp"}
        and verb.lemma_ == "be"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ == "neg" for c in verb.children)
    )
