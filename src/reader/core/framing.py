"""Framing flags: the words and claims through which an outlet adds its own slant, explained.

Two kinds of evidence, kept apart in every flag:

- *intrinsic*: the article's own wording (lexicon and part-of-speech cues from
  :mod:`reader.core.framing_cues`, cues of form such as scare quotes and questions from
  :mod:`reader.core.rule_cues`, unattributed opinions from :mod:`reader.core.opinions`), so one
  article alone still gets flags;
- *comparative*: the same claim in other outlets is worded differently at the same place ("dictator"
  where another writes "President"). A word the others replace with a neutral one is much stronger
  evidence than a word in a lexicon, so it raises confidence, and the flag shows what the others
  wrote.

Words inside a quotation, or reported as a named speaker's, are the speaker's, not the outlet's
(:mod:`reader.core.voice` decides whose words a cue is in): they are still flagged (choosing to
quote them is a choice) but marked ``quoted``, said so in the explanation, and given lower
confidence.

This module finds one article's own flags and numbers every flag (:func:`find_flags`). The flags
only a comparison shows are made in :mod:`reader.core.comparison_flags`, the other outlets' words
beside a flag in :mod:`reader.core.counterparts`, and the sentences that explain a flag in
:mod:`reader.core.explanations`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final, Literal

from reader.core import nlp
from reader.core.clause_split import own_words_start
from reader.core.comparison_flags import comparative_flags, unique_claim_flags
from reader.core.counterparts import (
    contains_words,
    contrast_clause,
    in_quotation_marks,
    located,
    naming_counterpart,
    neutral_naming,
    neutral_namings,
    outlet_names,
    without_lead_in,
)
from reader.core.explanations import and_list, explain, is_courtesy, verb_for
from reader.core.flag_spans import FlagSpan, claim_at, overlaps
from reader.core.framing_cues import Cue, lexical_cues, names_someone, resolve_overlaps
from reader.core.lexicon import Lexicon
from reader.core.model import Alignment, Article, Claim, Counterpart, Entity, Flag
from reader.core.opinions import OPINION_RULE, unattributed_opinions
from reader.core.quotes import doc_quotations, inside_quotation
from reader.core.rule_cues import (
    QUESTION_RULE,
    SENTENCE_RULES,
    VAGUE_SOURCE_RULE,
    coined_phobia_cues,
    exclamation_cues,
    named_not_used,
    rhetorical_question_cues,
    scare_quote_cues,
    superlative_cues,
    understatement_cues,
    vague_source_cues,
    verdict_cues,
)
from reader.core.title_case import (
    as_written,
    before_conjunction,
    clear_of_names,
    headline_line_end,
    name_spans,
    names_in,
    reading_case,
    shouting_cues,
)
from reader.core.transcripts import answer_speaker, asked_spans
from reader.core.voice import conceded_paraphrase, inside, speakers_words, speech_spans
from reader.core.word_senses import an_official_name, named_as_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from reader.core.align import NearMatch


#: A cue in a speaker's words is still flagged (quoting them is the outlet's choice) but is the
#: speaker's wording, not the outlet's: its confidence is scaled by this.
QUOTED_FACTOR: Final = 0.6
#: Added where another outlet's claim in the same row shows what the flag contrasts with: the
#: reader can check the difference side by side.
COMPARATIVE_BONUS: Final = 0.2
#: Taken off where every other outlet writes the same word in that row: it may be the event's
#: own word rather than this outlet's choice.
SHARED_PENALTY: Final = 0.1


def find_flags(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    docs: Sequence[Doc],
    lexicon: Lexicon,
    *,
    near: Mapping[str, Sequence[NearMatch]] | None = None,
    actors: Sequence[Entity] = (),
) -> list[Flag]:
    """Every flag of every article, ids ``f1``, ``f2``... in article then reading order.

    ``near`` (claim id to its near matches, :func:`reader.core.align.nearest`) gives each
    unique-claim flag the nearest sentence of each other outlet as its counterparts. ``actors``
    (:func:`reader.core.entities.label_entities`) name the person a label stands in for
    (:func:`_label_on_a_stand_in`).
    """
    outlets = {a.id: a.outlet for a in articles}
    texts = {a.id: a.text for a in articles}
    group_of: dict[str, Alignment] = {}
    for g in groups:
        for m in g.members:
            group_of.setdefault(m.claim, g)
    claim_text = {c.id: c.text for cs in claims.values() for c in cs}
    claim_verbs = {
        c.id: verb for cs in claims.values() for c in cs if (verb := _verb_written_in(c, cs))
    }
    spans: list[FlagSpan] = []
    speech: dict[str, list[tuple[int, int]]] = {}
    for article, doc in zip(articles, docs, strict=True):
        cues, quote_spans = article_cues(article.text, doc, lexicon)
        speech[article.id] = quote_spans
        article_claims = tuple(claims.get(article.id, ()))
        standing = _stand_in_spans(article, actors)
        cues = [_label_on_a_stand_in(cue, doc, standing) for cue in cues]
        opinions = unattributed_opinions(doc, article_claims, cues, quote_spans)
        morals = [o.moral_at for o in opinions if o.moral_at is not None]
        for cue in cues:
            start, end = cue.char_span(doc)
            if cue.category == "intensifier" and _inside_any(start, end, morals):
                continue  # "So much for ...": the opinion flag shows these words already
            claim = claim_at(article_claims, start, end)
            group = group_of.get(claim.id) if claim else None
            spans.append(
                _lexical_flag(
                    article,
                    doc,
                    cue,
                    start,
                    end,
                    claim,
                    group,
                    quote_spans,
                    outlets,
                    texts,
                    claim_text,
                    claim_verbs,
                )
            )
        spans.extend(
            FlagSpan(
                article=article.id,
                start=own_words_start(o.claim, article_claims),
                end=o.claim.end,
                category="opinion",
                rule=OPINION_RULE,
                confidence=o.confidence,
                explanation=o.explanation,
                claim=o.claim.id,
            )
            for o in opinions
        )
        if len(articles) >= 2 and groups:
            # With nothing in common (likely not one event), "only this outlet" would mark every
            # claim and tell the reader nothing; the app says instead that no claim lines up.
            spans.extend(unique_claim_flags(article, article_claims, group_of, outlets, near or {}))
    if len(articles) >= 2:
        spans.extend(
            comparative_flags(
                articles,
                docs,
                claims,
                groups,
                group_of,
                outlets,
                claim_text,
                speech,
                lexicon,
                spans,
            )
        )
    spans.sort(key=lambda s: ([a.id for a in articles].index(s.article), s.start, s.end))
    return [
        Flag(
            id=f"f{i}",
            article=s.article,
            start=s.start,
            end=s.end,
            text=texts[s.article][s.start : s.end],
            category=s.category,
            explanation=s.explanation,
            alignment=s.alignment,
            counterparts=tuple(without_lead_in(c) for c in s.counterparts),
            confidence=clamp_confidence(s.confidence),
            rule=s.rule,
            claim=s.claim,
            quoted=s.quoted,
            evidence=s.evidence,
            trigger=s.trigger,
            reported=s.reported,
            answer_of=s.answer_of,
        )
        for i, s in enumerate(spans, start=1)
    ]


def _inside_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the words at [start, end) lie within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def _stand_in_spans(article: Article, actors: Sequence[Entity]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the words in ``article`` that stand for a person without
    naming them ("the strongman" for Teodor Valk, by :mod:`reader.core.stand_ins`, or "the
    governor"): the person's mentions that hold no word of any of their names."""
    found: list[tuple[int, int, str]] = []
    for actor in actors:
        if actor.type != "PERSON":
            continue
        names = {w.casefold() for n in (actor.name, *actor.aliases) for w in re.findall(r"\w+", n)}
        for start, end in actor.spans.get(article.id, ()):
            words = re.findall(r"\w+", article.text[start:end])
            if words and not names & {w.casefold() for w in words}:
                found.append((start, end, actor.name))
    return found


def _label_on_a_stand_in(cue: Cue, doc: Doc, standing: Sequence[tuple[int, int, str]]) -> Cue:
    """A label the parse pins on no one, whose words describe a person in place of the name
    ("The strongman sold off ..."), is that person's label: the article means him, and a reader
    is told who."""
    if cue.category != "label" or cue.target is not None:
        return cue
    first, stop = cue.fired
    start, end = doc[first].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
    name = next((n for s, e, n in standing if s <= start and end <= e), None)
    return cue if name is None else replace(cue, target=name)


def _it(words: str) -> str:
    return f"'{words}'"


def _the_same(words: str) -> str:
    """ "the same word", or "the same words" for a phrase: 'great day' is two."""
    return "the same words" if len(words.split()) > 1 else "the same word"


def lexical_flag_spans(text: str, doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str, bool]]:
    """``(start, end, category, quoted)`` of the lexical flags of one article read alone.

    The evaluation scores this layer on its own; it is what :func:`find_flags` flags in a single
    article, minus the claim-level categories.
    """
    cues, quote_spans = article_cues(text, doc, lexicon)
    out: list[tuple[int, int, str, bool]] = []
    for cue in cues:
        start, end = cue.char_span(doc)
        quoted, reported = speakers_words(doc, cue, quote_spans)
        out.append((start, end, cue.category, quoted or reported))
    return out


def article_cues(text: str, doc: Doc, lexicon: Lexicon) -> tuple[list[Cue], list[tuple[int, int]]]:
    """The lexical cues of one article (overlaps resolved) and its speech spans: one code path for
    the app and the evaluation."""
    quote_spans = speech_spans(text, doc)
    words = resolve_overlaps(
        lexical_cues(doc, lexicon)
        + scare_quote_cues(doc, text)
        + superlative_cues(doc, text)
        + understatement_cues(doc)
        + verdict_cues(doc)
        + vague_source_cues(doc)
        + coined_phobia_cues(doc, lexicon)
    )
    # A question or an exclamation is the whole sentence's tone: it sits over the words flagged
    # inside it ("Who pays for this reckless spree?" keeps "reckless spree"), not in their place.
    sentences = rhetorical_question_cues(doc) + exclamation_cues(doc)
    cues = sorted(words + sentences, key=lambda c: (c.start, -c.end))
    mentions = _mention_spans(doc, text)
    asked = asked_spans(text)
    cues = [
        c
        for c in cues
        if not _speakers_own(c, doc, quote_spans)
        and not _protocol(c, doc, quote_spans)
        and not (c.rule in SENTENCE_RULES and overlaps(quote_spans, *c.char_span(doc)))
        and not (c.rule == QUESTION_RULE and inside_quotation(asked, *c.char_span(doc)))
        and not (c.category != "scare-quote" and inside(mentions, *c.char_span(doc)))
        and not _denied(doc, c)
    ]
    line_end = headline_line_end(text)
    if line_end:
        cues = _with_headline_line(cues, text, line_end, doc, lexicon)
    return cues, quote_spans


def headline_cues(
    title: str, body: str, lexicon: Lexicon, docs: Mapping[str, Doc] | None = None
) -> tuple[list[Cue], list[tuple[int, int]], Doc]:
    """A headline's cues and speech spans, in offsets of the returned parse of its reading case
    (:func:`reader.core.title_case.reading_case`, the same length as ``title``).

    The one reading of a headline, whether it is an article's title or the first line of a body
    that opens with it: in title case or capitals every word looks like a name, so the line is
    read in lower case and a cue is dropped only inside a name the line's parse tags and the
    article (``body``) or an office title vouches for. ``docs`` holds the caller's parses of
    ``title`` and its reading case, if it has them.
    """
    reading = reading_case(title)
    if docs is None or title not in docs or reading not in docs:
        docs = dict(zip([title, reading], nlp.parse_many([title, reading]), strict=True))
    doc = docs[reading]
    cues, quote_spans = article_cues(reading, doc, lexicon)
    taken = {i for c in cues for i in range(c.start, c.end)}
    extra = [c for c in shouting_cues(title, doc) if c.start not in taken]
    cues = sorted([*cues, *extra], key=lambda c: (c.start, -c.end))
    # A body that opens with a headline (the title again, or a title-case standfirst) writes
    # every word of it capitalised: those capitals vouch for no name.
    known = names_in(body[headline_line_end(body) :])
    names = name_spans(docs[title], known, lexicon, doc) if reading != title else []
    kept: list[Cue] = []
    for cue in cues:
        cue = before_conjunction(cue, doc)
        if cue.entry is None or not names_someone(cue.entry):
            cleared = clear_of_names(cue, doc, names)
            if cleared is None:
                continue
            cue = cleared
        if cue.target and reading != title:
            cue = replace(cue, target=as_written(title, reading, cue.target))
        kept.append(cue)
    return kept, quote_spans, doc


def _with_headline_line(
    cues: Sequence[Cue], text: str, line_end: int, doc: Doc, lexicon: Lexicon
) -> list[Cue]:
    """The body's cues with its first line, a headline in title case, read as a headline is
    (:func:`headline_cues`): parsed with the body, its capitalised words were names."""
    line_cues, _, line_doc = headline_cues(text[:line_end], text[line_end:], lexicon)
    moved = [m for c in line_cues if (m := _moved(c, line_doc, doc)) is not None]
    rest = [c for c in cues if c.char_span(doc)[0] >= line_end]
    return sorted([*moved, *rest], key=lambda c: (c.start, -c.end))


def _moved(cue: Cue, source: Doc, target: Doc) -> Cue | None:
    """``cue``, found in ``source``, in token offsets of ``target``, a parse of a text that
    starts with ``source``'s; None where no token of ``target`` covers it."""

    def tokens(first: int, last: int) -> tuple[int, int] | None:
        end = source[last - 1].idx + len(source[last - 1].text)
        span = target.char_span(source[first].idx, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None and len(span) else None

    whole = tokens(cue.start, cue.end)
    if whole is None:
        return None
    words = tokens(cue.word_start, cue.word_end) if cue.word_start >= 0 else None
    return replace(
        cue,
        start=whole[0],
        end=whole[1],
        word_start=words[0] if words else -1,
        word_end=words[1] if words else -1,
    )


def _denied(doc: Doc, cue: Cue) -> bool:
    """A label or loaded word the sentence says does not apply: "Xi is not a dictator", "the
    plan was never a power grab". Nobody is labelled, so there is no framing to flag."""
    if cue.category not in {"label", "loaded"}:
        return False
    node = doc[cue.word_start if cue.word_start >= 0 else cue.start]
    while node.dep_ in {"amod", "compound", "advmod"} and node.head.i != node.i:
        node = node.head  # "not a radical proposal": the denial is of the noun the word sits on
    if node.dep_ not in {"attr", "acomp"}:
        return False
    negations = [c for c in node.head.children if c.dep_ == "neg" or c.lower_ == "never"]
    # "not just a power grab but a disaster" asserts more, not less
    return any(
        n.i + 1 < len(doc) and doc[n.i + 1].lower_ not in _NOT_JUST and not _negative_question(n)
        for n in negations
    )


def _negative_question(negation: Token) -> bool:
    """Whether a negation opens a question before its subject ("Isn't this a reckless walkout?",
    "Aren't your demands outrageous?"): such a question presumes the answer yes, so it puts the
    word to the reader rather than denying it."""
    head = negation.head
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    sentence = negation.sent
    # any subject after it: a Q&A's "Q" label may be parsed as a subject before the negation
    return any(negation.i < s.i for s in subjects) and sentence.text.rstrip().rstrip(
        "\"'”’)"
    ).endswith("?")


_NOT_JUST: Final = frozenset({"just", "only", "merely", "simply", "solely"})


def _mention_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Quoted words named rather than used: introduced as words ("The term “deep state” refers
    to ..."), a gloss ('translates as "the fury"') or a title ('the novel "The Idiot"', the
    single "Liar in the Kitchen"). Nobody frames with them there."""
    out: list[tuple[int, int]] = []
    for q in doc_quotations(doc, text):
        if not q.closed or q.turn or q.words > MENTION_MAX_WORDS:
            continue
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is not None and named_not_used(span):
            out.append((q.start, q.end))
    return out


#: A title runs longer than a scare-quoted phrase ("The Spy Who Came in from the Cold").
MENTION_MAX_WORDS: Final = 10


#: Cue kinds that tell the reader nothing inside a speaker's quotation: how people talk
#: ("really", "very") and the verbs they use of themselves ("I insist", "we admit").
_SPEAKERS_OWN: Final = frozenset({"intensifier", "attribution"})


def _speakers_own(cue: Cue, doc: Doc, quote_spans: Sequence[tuple[int, int]]) -> bool:
    """An intensifier or a reporting verb inside someone's quotation is the speaker's manner,
    not the outlet's framing or its choice of verb; unlike a quoted label it says nothing about
    how the outlet tells the story, so it is not flagged."""
    return cue.category in _SPEAKERS_OWN and inside_quotation(quote_spans, *cue.char_span(doc))


def _protocol(cue: Cue, doc: Doc, quote_spans: Sequence[tuple[int, int]]) -> bool:
    """A courtesy title (an entry of use ``narration``: "His Excellency") inside someone's words
    or named as a title is protocol: a host greets a guest so, and a report may say what a leader
    is called. Only in the outlet's own narration is it the outlet's deference."""
    if not is_courtesy(cue):
        return False
    quoted, reported = speakers_words(doc, cue, quote_spans)
    title = doc[cue.start : cue.end]
    return quoted or reported or named_as_title(title) or an_official_name(title)


def clamp_confidence(value: float) -> float:
    """A flag's confidence as stored: never 0 or 1 (a flag is evidence, not proof), 4 places."""
    return round(min(max(value, 0.05), 0.99), 4)


def _verb_written_in(claim: Claim, article_claims: Sequence[Claim]) -> str | None:
    """The reporting verb written in ``claim``'s own sentence: in the claim itself or in a clause
    it was split from ("The company said X and that Y": "said" reports Y in that very sentence).
    A quotation that carries on from "Lin said" in the sentence before is reported by that verb,
    but writes none of its own."""
    found = claim.attribution
    if found is None or not found.verb or found.verb_span is None:
        return None
    at = found.verb_span[0]
    sentence = [c for c in article_claims if c.sentence == claim.sentence]
    return found.verb if any(c.start <= at < c.end for c in sentence) else None


def _lexical_flag(
    article: Article,
    doc: Doc,
    cue: Cue,
    start: int,
    end: int,
    claim: Claim | None,
    group: Alignment | None,
    quote_spans: Sequence[tuple[int, int]],
    outlets: Mapping[str, str],
    texts: Mapping[str, str],
    claim_text: Mapping[str, str],
    claim_verbs: Mapping[str, str],
) -> FlagSpan:
    quoted, reported = speakers_words(doc, cue, quote_spans)
    confidence = cue.confidence
    counterparts: tuple[Counterpart, ...] = ()
    evidence: Literal["comparative", "intrinsic"] = "intrinsic"
    contrast = ""
    if group is not None:
        others = [m for m in group.members if m.article != article.id]
        mine = texts[article.id][claim.start : claim.end] if claim is not None else ""
        counterparts = tuple(
            located(
                m.article,
                claim_text.get(m.claim, texts[m.article][m.start : m.end]),
                mine,
                (start - claim.start, end - claim.start) if claim is not None else None,
            )
            for m in others
        )
        cue_words = cue.words(doc).strip("“”\"'‘’")
        shared = [c for c in counterparts if contains_words(c.text, cue_words)]
        in_quotes = [c for c in shared if in_quotation_marks(c.text, cue_words)]
        mine_quoted = cue.category == "scare-quote" or quoted
        if cue.rule == VAGUE_SOURCE_RULE:
            pass  # another outlet's own vague source in that place is no contrast to this one
        elif counterparts and shared and not mine_quoted and len(in_quotes) == len(shared):
            # "ending a decade of cronyism" where the others quote "cronyism" as a candidate's
            # word: this outlet adopts the charge in its own voice.
            evidence = "comparative"
            confidence += COMPARATIVE_BONUS
            who = outlet_names(in_quotes, outlets)
            contrast = (
                f"{and_list(who)} {verb_for(who, 'puts', 'put')} {_it(cue_words)} in quotation"
                " marks, as someone's words; this outlet uses it in its own voice"
            )
        elif cue.category == "scare-quote" and shared and not in_quotes:
            evidence = "comparative"
            confidence += COMPARATIVE_BONUS
            who = outlet_names(shared, outlets)
            contrast = (
                f"{and_list(who)} {verb_for(who, 'writes', 'write')} {_it(cue_words)} without them"
            )
        elif counterparts and not shared:
            evidence = "comparative"
            confidence += COMPARATIVE_BONUS
            verbs = tuple(claim_verbs.get(m.claim) for m in others)
            contrast = contrast_clause(cue, counterparts, outlets, verbs)
            named = neutral_namings(cue, counterparts)
            if named is not None:
                # Point at the very words the other outlets use for the same actor.
                counterparts, (first, naming) = named
                contrast = f"{outlets.get(first, first)} calls {cue.target} '{naming}' here"
        elif shared and len(shared) == len(counterparts):
            who = outlet_names(shared, outlets)
            if cue.category != "scare-quote":
                confidence -= SHARED_PENALTY
                contrast = (
                    f"{and_list(who)} {verb_for(who, 'uses', 'use')} {_the_same(cue_words)} here"
                )
            elif len(in_quotes) == len(shared):
                confidence -= SHARED_PENALTY
                contrast = (
                    f"{and_list(who)} {verb_for(who, 'puts', 'put')} it in quotation marks too"
                )
    if evidence == "intrinsic" and cue.category == "label" and cue.target:
        # Outside an aligned claim, the same actor named neutrally elsewhere is still comparative
        # evidence: "Meridian Wire calls him 'President Xi Jinping'".
        found = neutral_naming(cue, article.id, texts, outlets)
        if found is not None:
            other, naming = found
            evidence = "comparative"
            confidence += COMPARATIVE_BONUS / 2
            counterparts = (naming_counterpart(other, naming),)
            contrast = f"{outlets.get(other, other)} calls {cue.target} '{naming}'"
    if quoted or reported:
        confidence *= QUOTED_FACTOR
    answer_of = answer_speaker(article.text, start, end) if quoted else None
    explanation = explain(
        cue,
        cue.words(doc),
        contrast=contrast,
        quoted=quoted,
        reported=reported,
        paraphrased=not (quoted or reported) and conceded_paraphrase(doc, cue),
        answer_of=answer_of,
        plain=_named_after(article.text, end, cue.target) if is_courtesy(cue) else "",
    )
    return FlagSpan(
        article=article.id,
        start=start,
        end=end,
        category=cue.category,
        rule=cue.rule,
        confidence=confidence,
        explanation=explanation,
        claim=claim.id if claim else None,
        alignment=group.id if group else None,
        counterparts=counterparts,
        quoted=quoted or reported,
        evidence=evidence,
        trigger=_trigger(cue, doc, start, end),
        reported=reported,
        answer_of=answer_of,
    )


def _named_after(text: str, end: int, target: str | None) -> str:
    """The words right after a flag that end in its target's name, office included ("His
    Excellency President William Ruto": "President William Ruto"), else "": what the article
    reads as without a courtesy title before the name."""
    if not target:
        return ""
    m = re.match(rf"\s+((?:[A-Z][\w'.-]*\s+){{0,3}}?{re.escape(target)})(?!\w)", text[end:])
    return " ".join(m.group(1).split()) if m else ""


def _trigger(cue: Cue, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the words that fired, when the flag was widened beyond them."""
    if cue.word_start < 0 or (cue.word_start, cue.word_end) == (cue.start, cue.end):
        return None
    first, last = doc[cue.word_start], doc[cue.word_end - 1]
    t_start, t_end = first.idx, last.idx + len(last.text)
    return (t_start, t_end) if start <= t_start and t_end <= end else None
