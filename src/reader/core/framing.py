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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final, Literal

from reader.core import nlp
from reader.core.additions import added_details
from reader.core.claimed_outcomes import CLAIMED_OUTCOME_RULE, claimed_outcomes
from reader.core.clause_split import own_words_start
from reader.core.contested_words import (
    CONTESTED_WORD_RULE,
    ContestedWord,
    HeadlineWord,
    contested_words,
)
from reader.core.counterparts import (
    contains_words,
    contrast_clause,
    count_counterparts,
    direction_counterparts,
    figure_counterpart,
    in_quotation_marks,
    located,
    naming_counterpart,
    neutral_naming,
    neutral_namings,
    outlet_names,
    their_words,
    without_lead_in,
    writers_of,
)
from reader.core.directions import DIRECTION_RULE, opposite_directions
from reader.core.dropped_hedges import DROPPED_HEDGE_RULE, dropped_hedges
from reader.core.epithets import EPITHET_RULE, comparative_epithets
from reader.core.explanations import and_list, explain, is_courtesy, or_list, verb_for, who_writes
from reader.core.figures import (
    FIGURE_RULE,
    Figure,
    FigureClash,
    different_figures,
    mid_sentence,
    read_figures,
)
from reader.core.framing_cues import Cue, lexical_cues, names_someone, resolve_overlaps
from reader.core.granted_statements import GRANTED_STATEMENT_RULE, granted_statements
from reader.core.left_out import LEFT_OUT_COUNT_RULE, LeftOutCount, left_out_counts
from reader.core.lexicon import Lexicon
from reader.core.model import (
    Alignment,
    Article,
    Claim,
    Counterpart,
    Flag,
)
from reader.core.opinions import OPINION_RULE, unattributed_opinions
from reader.core.part_counts import read_parts, wholes_given_to_parts
from reader.core.quotes import doc_quotations, inside_quotation
from reader.core.rule_cues import (
    QUESTION_RULE,
    SENTENCE_RULES,
    VAGUE_GROUPS,
    VAGUE_SOURCE_RULE,
    exclamation_cues,
    named_not_used,
    rhetorical_question_cues,
    scare_quote_cues,
    superlative_cues,
    understatement_cues,
    vague_source_cues,
    verdict_cues,
)
from reader.core.sentences import NO_BYLINE_NAME
from reader.core.shares import different_shares, read_shares
from reader.core.stated_causes import STATED_CAUSE_RULE, stated_causes
from reader.core.stated_forecasts import STATED_FORECAST_RULE, stated_forecasts
from reader.core.strong_changes import strong_changes
from reader.core.title_case import (
    as_written,
    before_conjunction,
    headline_line_end,
    name_spans,
    names_in,
    reading_case,
    shouting_cues,
)
from reader.core.transcripts import answer_speaker, asked_spans
from reader.core.voice import (
    conceded_paraphrase,
    inside,
    speakers_words,
    speech_spans,
)
from reader.core.word_senses import an_official_name, named_as_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from reader.core.align import NearMatch


QUOTED_FACTOR: Final = 0.6


COMPARATIVE_BONUS: Final = 0.2


SHARED_PENALTY: Final = 0.1


#: Claims shorter than this many words are trivia (datelines, bylines) and never "only this outlet".
MIN_UNIQUE_WORDS: Final = 8


_TRIVIA = re.compile(
    r"^(?:follow\b|click\b|read more|sign up|subscribe|share this|copyright|©|photo\b|image\b|"
    # A byline names someone in capitals: "By Kim Lee", never "By the end of the year, ..." nor
    # "By Friday Ms Lee had ...".
    r"\(?(?:reuters|ap|afp)\)?\s*[-—]|by (?!" + NO_BYLINE_NAME + r")(?-i:[A-Z][\w'’.-]*\s+[A-Z]))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Span:
    """A candidate flag in character offsets, before ids are assigned."""

    article: str
    start: int
    end: int
    category: str
    rule: str
    confidence: float
    explanation: str
    claim: str | None
    alignment: str | None = None
    counterparts: tuple[Counterpart, ...] = ()
    quoted: bool = False
    evidence: Literal["comparative", "intrinsic"] = "intrinsic"
    trigger: tuple[int, int] | None = None
    reported: bool = False
    answer_of: str | None = None


def find_flags(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    docs: Sequence[Doc],
    lexicon: Lexicon,
    *,
    near: Mapping[str, Sequence[NearMatch]] | None = None,
) -> list[Flag]:
    """Every flag of every article, ids ``f1``, ``f2``... in article then reading order.

    ``near`` (claim id to its near matches, :func:`reader.core.align.nearest`) gives each
    unique-claim flag the nearest sentence of each other outlet as its counterparts.
    """
    outlets = {a.id: a.outlet for a in articles}
    texts = {a.id: a.text for a in articles}
    group_of: dict[str, Alignment] = {}
    for g in groups:
        for m in g.members:
            group_of.setdefault(m.claim, g)
    claim_text = {c.id: c.text for cs in claims.values() for c in cs}
    claim_verbs = {
        c.id: verb for cs in claims.values() for c in cs if (verb := _verb_written_in(c))
    }
    spans: list[_Span] = []
    speech: dict[str, list[tuple[int, int]]] = {}
    for article, doc in zip(articles, docs, strict=True):
        cues, quote_spans = article_cues(article.text, doc, lexicon)
        speech[article.id] = quote_spans
        article_claims = tuple(claims.get(article.id, ()))
        for cue in cues:
            start, end = cue.char_span(doc)
            claim = _claim_at(article_claims, start, end)
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
            _Span(
                article=article.id,
                start=own_words_start(o.claim, article_claims),
                end=o.claim.end,
                category="opinion",
                rule=OPINION_RULE,
                confidence=o.confidence,
                explanation=o.explanation,
                claim=o.claim.id,
            )
            for o in unattributed_opinions(doc, article_claims, cues, quote_spans)
        )
        if len(articles) >= 2 and groups:
            # With nothing in common (likely not one event), "only this outlet" would mark every
            # claim and tell the reader nothing; the app says instead that no claim lines up.
            spans.extend(
                _unique_claim_flags(article, article_claims, group_of, outlets, near or {})
            )
    if len(articles) >= 2:
        spans.extend(_epithet_flags(articles, docs, claims, group_of, spans, speech, outlets))
        spans.extend(_addition_flags(articles, docs, claim_text, groups, speech, outlets, lexicon))
        figures = {a.id: read_figures(a.id, d) for a, d in zip(articles, docs, strict=True)}
        # Facts inside quotation marks are the speaker's: neither figures nor directions compare.
        quoted = {
            a.id: [(q.start, q.end) for q in doc_quotations(d, a.text) if not q.turn]
            for a, d in zip(articles, docs, strict=True)
        }
        spans.extend(_figure_flags(articles, figures, claims, groups, group_of, outlets, quoted))
        spans.extend(_share_flags(articles, docs, claims, groups, group_of, outlets, quoted))
        spans.extend(
            _strong_change_flags(articles, docs, figures, claims, groups, group_of, outlets, quoted)
        )
        spans.extend(
            _whole_as_part_flags(articles, docs, figures, claims, group_of, outlets, quoted)
        )
        spans.extend(_left_out_count_flags(articles, docs, figures, groups, outlets))
        spans.extend(_direction_flags(articles, docs, claims, groups, outlets, quoted))
        spans.extend(_claimed_outcome_flags(articles, docs, claims, groups, outlets, quoted, spans))
        spans.extend(_stated_cause_flags(articles, docs, claims, group_of, outlets, quoted))
        spans.extend(_granted_statement_flags(articles, claims, groups, outlets, spans))
        spans.extend(_stated_forecast_flags(articles, docs, claims, groups, outlets, quoted))
        spans.extend(_dropped_hedge_flags(articles, docs, claims, groups, outlets, quoted, spans))
        spans.extend(_contested_word_flags(articles, docs, claims, groups, outlets, quoted, spans))
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


def _epithet_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    group_of: Mapping[str, Alignment],
    found: Sequence[_Span],
    speech: Mapping[str, Sequence[tuple[int, int]]],
    outlets: Mapping[str, str],
) -> list[_Span]:
    """Words one outlet alone puts before an actor's name (:mod:`reader.core.epithets`), where no
    lexicon entry or rule flagged them already and the outlet speaks in its own voice."""
    out: list[_Span] = []
    for e in comparative_epithets(docs):
        article = articles[e.article]
        if _overlaps(speech[article.id], e.start, e.end) or any(
            f.article == article.id
            and f.category not in _CLAIM_LEVEL
            and f.start < e.end
            and e.start < f.end
            for f in found
        ):
            continue
        claim = _claim_at(tuple(claims.get(article.id, ())), e.start, e.end)
        group = group_of.get(claim.id) if claim else None
        namings: dict[str, list[str]] = {}
        for j, naming in e.others:
            namings.setdefault(naming, []).append(outlets[articles[j].id])
        said = who_writes(namings)
        out.append(
            _Span(
                article=article.id,
                start=e.start,
                end=e.end,
                category="label",
                rule=EPITHET_RULE,
                confidence=EPITHET_CONFIDENCE,
                explanation=(
                    f"'{e.words}' is this outlet's own description of {e.actor}, which no other"
                    f" outlet uses; {said}."
                ),
                claim=claim.id if claim else None,
                alignment=group.id if group else None,
                counterparts=tuple(
                    naming_counterpart(articles[j].id, naming) for j, naming in e.others
                ),
                evidence="comparative",
            )
        )
    return out


#: Flags on whole sentences: a word flag inside one is still its own flag.
_CLAIM_LEVEL: Final = frozenset({"opinion", "unique-claim", "detail", "figure"})


#: An added detail is real (the words are this outlet's alone) but whether it frames is the
#: reader's call: below the lexical cues.
ADDITION_CONFIDENCE: Final = 0.4


#: An epithet found by comparison alone, with no lexicon entry behind it: the word may be a plain
#: description one outlet happens to add, so it ranks below a curated label.
EPITHET_CONFIDENCE: Final = 0.55


def _addition_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claim_text: Mapping[str, str],
    groups: Sequence[Alignment],
    speech: Mapping[str, Sequence[tuple[int, int]]],
    outlets: Mapping[str, str],
    lexicon: Lexicon,
) -> list[_Span]:
    """Clauses one outlet alone adds to a claim the others report (:mod:`reader.core.additions`):
    "Mendes, who earns more than $210,000 a year, said ..." beside "Mendes said ...". Only those
    that carry a charge are flagged; agency copy adds background ("which employs 11,700 people",
    "who took office in 2023") to every other sentence, and flagging it would bury the rest."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    out: list[_Span] = []
    for a in added_details(articles, docs, groups, speech):
        clause = doc_of[a.article].char_span(a.start, a.end, alignment_mode="expand")
        if clause is None or not _charged(clause, lexicon):
            continue
        others = tuple(
            Counterpart(m.article, claim_text.get(m.claim, ""))
            for m in a.group.members
            if m.article != a.article
        )
        names = outlet_names(others, outlets)
        out.append(
            _Span(
                article=a.article,
                start=a.start,
                end=a.end,
                category="detail",
                rule="rule:added-detail",
                confidence=ADDITION_CONFIDENCE,
                explanation=(
                    f"Only {outlets.get(a.article, a.article)} adds this to a claim"
                    f" {and_list(names)} also {verb_for(names, 'reports', 'report')}: a detail"
                    f" {'it leaves' if len(names) == 1 else 'they leave'} out."
                ),
                claim=a.claim,
                alignment=a.group.id,
                counterparts=others,
                evidence="comparative",
            )
        )
    return out


#: A figure no other outlet agrees with is a fact a reader can check, but which figure is right
#: is not the app's call: level with an epithet found by comparison.
FIGURE_CONFIDENCE: Final = 0.55


def _figure_span(
    article: str,
    start: int,
    end: int,
    explanation: str,
    claims: Mapping[str, Sequence[Claim]],
    group_of: Mapping[str, Alignment],
    counterparts: tuple[Counterpart, ...],
) -> _Span:
    """A figure flag at [start, end) of ``article``, in the claim it sits in and that claim's
    row: every rule that sets one outlet's number or size against the others' (figures, shares,
    strong changes, a whole given to a part) is as sure, and is found by comparison."""
    claim = _claim_at(tuple(claims.get(article, ())), start, end)
    group = group_of.get(claim.id) if claim else None
    return _Span(
        article=article,
        start=start,
        end=end,
        category="figure",
        rule=FIGURE_RULE,
        confidence=FIGURE_CONFIDENCE,
        explanation=explanation,
        claim=claim.id if claim else None,
        alignment=group.id if group else None,
        counterparts=counterparts,
        evidence="comparative",
    )


def _figure_flags(
    articles: Sequence[Article],
    figures: Mapping[str, Sequence[Figure]],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """Figures one outlet gives for a thing the others count differently
    (:mod:`reader.core.figures`): "tens of thousands" where the others write "about 4,000".
    Figures inside quotation marks are the speaker's and are not compared."""
    texts = {a.id: a.text for a in articles}
    out: list[_Span] = []
    for clash in different_figures(figures, claims, groups, quotes):
        fig = clash.figure
        mine = mid_sentence(texts[fig.article][fig.start : fig.end])
        what = f" for {fig.what}" if fig.what else ""
        theirs = their_words(clash.others, texts, outlets)
        out.append(
            _figure_span(
                fig.article,
                fig.start,
                fig.end,
                f"Says '{mine}'{what}, where {theirs}{_stale_note(clash)}.",
                claims,
                group_of,
                tuple(figure_counterpart(o, texts) for o in clash.others),
            )
        )
    return out


def _strong_change_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    figures: Mapping[str, Sequence[Figure]],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """A strong change word set against the others' small figure for the same change
    (:mod:`reader.core.strong_changes`): "Car prices will soar" where the others give about 1.5
    percent. As sure as a differing figure: both sides are facts a reader can check."""
    texts = {a.id: a.text for a in articles}
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    out: list[_Span] = []
    for found in strong_changes(doc_of, claims, groups, figures, quotes):
        mine = mid_sentence(texts[found.article][found.shown[0] : found.shown[1]])
        theirs = their_words(found.others, texts, outlets, ("gives", "give"))
        out.append(
            _figure_span(
                found.article,
                found.start,
                found.end,
                f"Says '{mine}', where {theirs}: a small change.",
                claims,
                group_of,
                tuple(
                    _in_its_claim(o.article, o.start, o.end, claims, texts) for o in found.others
                ),
            )
        )
    return out


def _share_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """A vague share the others' count of the same thing contradicts (:mod:`reader.core.shares`):
    "most of the charges" where the others give 3 of 11. As sure as a differing figure."""
    texts = {a.id: a.text for a in articles}
    shares = {a.id: read_shares(a.id, d) for a, d in zip(articles, docs, strict=True)}
    out: list[_Span] = []
    for clash in different_shares(shares, claims, groups, quotes):
        share = clash.share
        mine = mid_sentence(texts[share.article][share.start : share.end])
        given: dict[str, list[str]] = {}
        for o in clash.others:
            name = outlets.get(o.article, o.article)
            count = f"{o.part:g} of {o.whole:g}"
            if name not in given.setdefault(count, []):
                given[count].append(name)
        theirs = "; ".join(
            f"{and_list(names)} {verb_for(names, 'gives', 'give')} {count}"
            for count, names in given.items()
        )
        out.append(
            _figure_span(
                share.article,
                share.start,
                share.end,
                f"Says '{mine}'; {theirs}.",
                claims,
                group_of,
                tuple(
                    _in_its_claim(o.article, o.start, o.end, claims, texts) for o in clash.others
                ),
            )
        )
    return out


def _whole_as_part_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    figures: Mapping[str, Sequence[Figure]],
    claims: Mapping[str, Sequence[Claim]],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """A whole's count given to a part of it (:mod:`reader.core.part_counts`): "more than 60
    students" where another outlet counts 64 people and 41 of them students."""
    texts = {a.id: a.text for a in articles}
    parts = {a.id: read_parts(a.id, d) for a, d in zip(articles, docs, strict=True)}
    out: list[_Span] = []
    for found in wholes_given_to_parts(figures, parts, quotes):
        fig, whole, part = found.figure, found.whole, found.part
        mine = mid_sentence(texts[fig.article][fig.start : fig.end])
        name = outlets.get(whole.article, whole.article)
        counted = texts[whole.article][whole.start : whole.end]
        of_them = texts[part.article][part.start : part.end]
        out.append(
            _figure_span(
                fig.article,
                fig.start,
                fig.end,
                f"Says '{mine}', where {name} counts '{counted}' and writes '{of_them}':"
                " the count of the whole given to a part of it.",
                claims,
                group_of,
                tuple(
                    _in_its_claim(o.article, o.start, o.end, claims, texts) for o in (whole, part)
                ),
            )
        )
    return out


def _in_its_claim(
    article: str,
    start: int,
    end: int,
    claims: Mapping[str, Sequence[Claim]],
    texts: Mapping[str, str],
) -> Counterpart:
    """Another outlet's words at characters [start, end), shown in the claim that holds them
    (a headline holds none: then the words alone)."""
    claim = _claim_at(tuple(claims.get(article, ())), start, end)
    if claim is None:
        return Counterpart(article, texts[article][start:end], 0, end - start)
    return Counterpart(article, claim.text, start - claim.start, end - claim.start)


def _stale_note(clash: FigureClash) -> str:
    """What a reader needs to see that a figure is out of date: the others write the same
    number, as the count before the latest (:attr:`FigureClash.stale`)."""
    if not clash.stale:
        return ""
    verb = verb_for(list({o.article for o in clash.others}), "gives", "give")
    return f" and {verb} the same number as an earlier count"


#: Below a differing figure's: a count left out may be the outlet's choice of story (a local
#: paper's scene outside the vote), and the reader judges whether it matters.
LEFT_OUT_COUNT_CONFIDENCE: Final = 0.4


def _left_out_count_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    figures: Mapping[str, Sequence[Figure]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
) -> list[_Span]:
    """A vote, a toll, a sum, job cuts or a demand reported without the count the other outlets
    give ("members voted to allow ..." beside "voted 58 to 41", "there were deaths" beside "killed
    12 people", "will close its plant" beside "cutting 1,240 jobs", "is demanding far more"
    beside "is asking for 9%"): how close a vote was or how
    many died is part of what happened, and leaving it out makes it read as settled or as
    smaller. The flag sits on the outlet's own word for the happening."""
    texts = {a.id: a.text for a in articles}
    out: list[_Span] = []
    for left in left_out_counts(articles, docs, groups, figures):
        others = count_counterparts(left, texts)
        for member in left.group.members:
            word = left.words.get(member.claim)
            if word is None:
                continue
            out.append(
                _Span(
                    article=member.article,
                    start=word[0],
                    end=word[1],
                    category="figure",
                    rule=LEFT_OUT_COUNT_RULE,
                    confidence=LEFT_OUT_COUNT_CONFIDENCE,
                    explanation=_left_out_explanation(left, member.article, outlets),
                    claim=member.claim,
                    alignment=left.group.id,
                    counterparts=others,
                    evidence="comparative",
                )
            )
    return out


def _left_out_explanation(left: LeftOutCount, article: str, outlets: Mapping[str, str]) -> str:
    """ "Reports the vote without its count: only wire gives the vote count, 58 to 41.", or,
    where the outlet sizes the happening with a vague word, "Says 'several people died' where
    wire and left give the number of dead, 12 people."."""
    note = left.note(outlets)
    vague = left.vague.get(article)
    if vague is not None:
        return f"Says '{mid_sentence(vague)}' where {note.removeprefix('Only ')}"
    return f"Reports {left.happening} without {left.without}: {note[:1].lower()}{note[1:]}"


#: Opposite directions are facts a reader can check, like a different figure, but the words may
#: be read two ways ("cut" a rate or a ribbon): level with a different figure.
DIRECTION_CONFIDENCE: Final = 0.55


#: The kind a direction flag is shown under: "Different fact", the one for facts the outlets give
#: differently (a figure, a count one leaves out, a rise another reports as a fall).
DIRECTION_CATEGORY: Final = "figure"


def _direction_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """Direction words one outlet alone uses for a thing the others report moving the other way
    (:mod:`reader.core.directions`): "rose" where they write "fell", "approved" where they write
    "rejected". Words inside quotation marks are the speaker's and are not compared."""
    texts = {a.id: a.text for a in articles}
    out: list[_Span] = []
    for found in opposite_directions(articles, docs, claims, groups, quotes):
        d = found.direction
        mine = mid_sentence(texts[d.article][d.shown[0] : d.shown[1]])
        theirs = their_words(found.others, texts, outlets, ("writes", "write"))
        out.append(
            _Span(
                article=d.article,
                start=d.start,
                end=d.end,
                category=DIRECTION_CATEGORY,
                rule=DIRECTION_RULE,
                confidence=DIRECTION_CONFIDENCE,
                explanation=f"Says '{mine}', where {theirs}.",
                claim=d.claim,
                alignment=found.group.id,
                counterparts=direction_counterparts(found.others, found.group, texts),
                evidence="comparative",
            )
        )
    return out


#: As sure as a slanted reporting verb from the word list: the same doubt, read in context.
CLAIMED_OUTCOME_CONFIDENCE: Final = 0.6


def _claimed_outcome_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
    found: Sequence[_Span],
) -> list[_Span]:
    """ "claimed victory" where the other outlets write that she "won" the same result
    (:mod:`reader.core.claimed_outcomes`), unless a slanted reporting verb from the word list
    already flags the words."""
    texts = {a.id: a.text for a in articles}
    out: list[_Span] = []
    for c in claimed_outcomes(articles, docs, claims, groups, quotes):
        if any(s.article == c.article and s.start < c.end and c.start < s.end for s in found):
            continue
        shown = mid_sentence(texts[c.article][c.start : c.end])
        writers = writers_of(c.answers, outlets)
        theirs = who_writes(writers, " here")
        out.append(
            _Span(
                article=c.article,
                start=c.start,
                end=c.end,
                category="attribution",
                rule=CLAIMED_OUTCOME_RULE,
                confidence=CLAIMED_OUTCOME_CONFIDENCE,
                explanation=(f"'{shown}' casts the result as the winner's own claim; {theirs}."),
                claim=c.claim,
                alignment=c.group.id,
                counterparts=c.answers,
                evidence="comparative",
            )
        )
    return out


#: "confirmed" beside the others' "said": the reverse of "claimed" beside "said", read only by
#: comparison, so level with a "claimed victory" beside "won".
GRANTED_STATEMENT_CONFIDENCE: Final = CLAIMED_OUTCOME_CONFIDENCE


def _granted_statement_flags(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
    found: Sequence[_Span],
) -> list[_Span]:
    """ "the military confirmed" where the other outlets write that the military "said" the same
    (:mod:`reader.core.granted_statements`), unless a word list entry already flags the verb."""
    texts = {a.id: a.text for a in articles}
    out: list[_Span] = []
    for g in granted_statements(articles, claims, groups):
        if _word_already_flagged(found, g.article, g.start, g.end):
            continue
        writers = writers_of(g.answers, outlets)
        verb = texts[g.article][g.start : g.end]
        out.append(
            _Span(
                article=g.article,
                start=g.start,
                end=g.end,
                category="attribution",
                rule=GRANTED_STATEMENT_RULE,
                confidence=GRANTED_STATEMENT_CONFIDENCE,
                explanation=(
                    f"'{verb}' presents {mid_sentence(g.speaker)}'s account as established fact;"
                    f" {who_writes(writers, ' here')}."
                ),
                claim=g.claim,
                alignment=g.group.id,
                counterparts=g.answers,
                evidence="comparative",
            )
        )
    return out


#: A loaded word the others, in the same aligned claim, replace with a plain one: as sure as a
#: "claimed victory" beside "won". Answered only from elsewhere in the others' reports, the plain
#: word may name other people, so the flag ranks lower.
CONTESTED_WORD_CONFIDENCE: Final = 0.6


CONTESTED_WORD_REPORT_CONFIDENCE: Final = 0.45


def _contested_word_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
    found: Sequence[_Span],
) -> list[_Span]:
    """ "terrorists" where the others write "fighters", "massacre" where they write "strike"
    (:mod:`reader.core.contested_words`), unless a word list entry or a rule already flags the
    words. A paraphrase of a speaker ("terrorists were among the dead, the military said") is
    not discounted as reported speech: the others paraphrase the same account with the plain
    word, so the loaded one is the outlet's."""
    out: list[_Span] = []
    for c in contested_words(articles, docs, claims, groups, quotes):
        if _word_already_flagged(found, c.article, c.start, c.end):
            continue
        out.append(
            _Span(
                article=c.article,
                start=c.start,
                end=c.end,
                category=c.family.category,
                rule=CONTESTED_WORD_RULE,
                confidence=(
                    CONTESTED_WORD_CONFIDENCE if c.aligned else CONTESTED_WORD_REPORT_CONFIDENCE
                ),
                explanation=_contested_explanation(c, articles, outlets),
                claim=c.claim,
                alignment=c.group.id if c.group else None,
                counterparts=c.answers,
                evidence="comparative",
            )
        )
    return out


def _contested_explanation(
    c: ContestedWord, articles: Sequence[Article], outlets: Mapping[str, str]
) -> str:
    """ "'terrorists' is this outlet's word for the armed group's members; Meridian Press writes
    'fighters' here." """
    text = next(a.text for a in articles if a.id == c.article)
    writers = writers_of(c.answers, outlets)
    theirs = who_writes(writers, " here" if c.aligned else " for them")
    return f"'{text[c.start : c.end]}' is this outlet's word for {c.family.what}; {theirs}."


#: Where a headline's contested word was answered, as the explanation says it.
_HEADLINE_PLACES: Final = {
    "headline": " in the headline",
    "lead": " in the lead",
    "report": " for them",
}


def contested_headline_explanation(w: HeadlineWord, word: str, outlets: Mapping[str, str]) -> str:
    """ "'Massacre' is this outlet's word for the attack; Meridian Press writes 'strike' in the
    headline." """
    theirs = who_writes(writers_of(w.answers, outlets), _HEADLINE_PLACES[w.place])
    return f"'{word}' is this outlet's word for {w.family.what}; {theirs}."


#: A comparison read from the parse, as sure as an outcome told the other way.
STATED_CAUSE_CONFIDENCE: Final = DIRECTION_CONFIDENCE


def _stated_cause_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """A cause one outlet states as fact where others say the cause of the same event is not
    established (:mod:`reader.core.stated_causes`), with the others' words quoted."""
    out: list[_Span] = []
    for c in stated_causes(articles, docs, claims, quotes):
        writers = writers_of(c.answers, outlets, mid_sentence)
        theirs = "; ".join(
            f"{and_list(names)} {verb_for(names, 'reports', 'report')} that {words}"
            for words, names in writers.items()
        )
        group = group_of.get(c.claim)
        out.append(
            _Span(
                article=c.article,
                start=c.start,
                end=c.end,
                category="figure",
                rule=STATED_CAUSE_RULE,
                confidence=STATED_CAUSE_CONFIDENCE,
                explanation=f"States that {c.said}, where {theirs}.",
                claim=c.claim,
                alignment=group.id if group else None,
                counterparts=c.answers,
                evidence="comparative",
            )
        )
    return out


def _stated_forecast_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[_Span]:
    """A forecast one outlet states as fact where the others, in the same aligned claim, give it
    as a named speaker's (:mod:`reader.core.stated_forecasts`)."""
    out: list[_Span] = []
    for f in stated_forecasts(articles, docs, claims, groups, quotes):
        writers = [outlets.get(a.article, a.article) for a in f.answers]
        names = and_list(writers)
        whose = f"{mid_sentence(f.speaker)}'s forecast" if f.speaker else "someone's forecast"
        out.append(
            _Span(
                article=f.article,
                start=f.start,
                end=f.end,
                category="attribution",
                rule=STATED_FORECAST_RULE,
                confidence=STATED_CAUSE_CONFIDENCE,
                explanation=(
                    f"States as fact that {f.said}, where {names}"
                    f" {verb_for(writers, 'gives', 'give')} it as {whose}."
                ),
                claim=f.claim,
                alignment=f.group.id,
                counterparts=f.answers,
                evidence="comparative",
            )
        )
    return out


def _dropped_hedge_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    outlets: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
    found: Sequence[_Span],
) -> list[_Span]:
    """A claim one outlet states flat where the others, in the same aligned claim, hedge it
    (:mod:`reader.core.dropped_hedges`), with the others' hedged words quoted. A place another
    comparison already flags as a settled cause keeps that one flag."""
    taken = [(s.article, s.start, s.end) for s in found if s.rule == STATED_CAUSE_RULE]
    out: list[_Span] = []
    for d in dropped_hedges(articles, docs, claims, groups, quotes):
        if any(a == d.article and s < d.end and d.start < e for a, s, e in taken):
            continue
        theirs = "; ".join(
            f"{outlets.get(a.article, a.article)} writes that {words}"
            for a, words in zip(d.answers, d.hedged, strict=True)
        )
        out.append(
            _Span(
                article=d.article,
                start=d.start,
                end=d.end,
                category="figure",
                rule=DROPPED_HEDGE_RULE,
                confidence=STATED_CAUSE_CONFIDENCE,
                explanation=f"States that {d.said}, where {theirs}.",
                claim=d.claim,
                alignment=d.group.id,
                counterparts=d.answers,
                evidence="comparative",
            )
        )
    return out


def _charged(clause: Span, lexicon: Lexicon) -> bool:
    """The clause says something for or against someone: an evaluative word (any lexicon entry
    but a neutral one, sentiment-derived ones included), money, "never", a superlative, or
    a view lent to a group ("critics say")."""
    if any(m.entry.category != "neutral" for m in lexicon.match(list(clause))):
        return True
    return any(
        t.ent_type_ in {"MONEY", "PERCENT"}
        or t.lower_ == "never"
        or (
            t.tag_ in {"JJS", "RBS"} and t.head.pos_ != "NOUN"
        )  # "most powerful", not "most tariffs"
        or t.lemma_.lower() in VAGUE_GROUPS
        for t in clause
    )


def _word_already_flagged(found: Sequence[_Span], article: str, start: int, end: int) -> bool:
    """Whether a word-level flag (a word list entry or a rule, not a whole-claim flag) already
    covers part of ``start:end``: a comparison rule then adds nothing the reader has not seen."""
    return any(
        s.article == article and s.category not in _CLAIM_LEVEL and s.start < end and start < s.end
        for s in found
    )


def _it(words: str) -> str:
    return f"'{words}'"


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
        and not (c.rule in SENTENCE_RULES and _overlaps(quote_spans, *c.char_span(doc)))
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
        start, end = cue.char_span(doc)
        if any(s < end and start < e for s, e in names) and not (
            cue.entry is not None and names_someone(cue.entry)
        ):
            continue
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


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint speech ``spans``.

    Only the last span opening before ``end`` can reach past ``start``; it is found by halving,
    since a transcript's answers are speech spans by the thousand and every cue asks."""
    i = bisect_left(spans, end, key=lambda span: span[0]) - 1
    return i >= 0 and spans[i][1] > start


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


def _verb_written_in(claim: Claim) -> str | None:
    """The reporting verb written in ``claim`` itself: a quotation that carries on from "Lin
    said" in the sentence before is reported by that verb, but writes none of its own."""
    found = claim.attribution
    if found is None or not found.verb or found.verb_span is None:
        return None
    return found.verb if claim.start <= found.verb_span[0] < claim.end else None


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
) -> _Span:
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
                contrast = f"{and_list(who)} {verb_for(who, 'uses', 'use')} the same word here"
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
    return _Span(
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


def _claim_at(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    for c in claims:
        if c.start <= start and end <= c.end:
            return c
    for c in claims:
        if c.start < end and start < c.end:
            return c
    return None


def _unique_claim_flags(
    article: Article,
    claims: Sequence[Claim],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    near: Mapping[str, Sequence[NearMatch]],
) -> list[_Span]:
    """Claims no other article carries; the choice to include them is itself framing.

    The aligner can miss a paraphrase, so each flag carries as counterparts the claim of each other
    article that scores nearest to it (at least :data:`reader.core.align.NEAR_MIN`), if any.
    """
    out: list[_Span] = []
    others = [name for a, name in outlets.items() if a != article.id] or ["the other articles"]
    for claim in claims:
        if claim.id in group_of:
            continue
        text = claim.text.strip()
        if len(text.split()) < MIN_UNIQUE_WORDS or _TRIVIA.match(text):
            continue
        if not any(ch.islower() for ch in text):
            continue  # a headline in capitals or a dateline
        counterparts = tuple(
            Counterpart(m.claim.article, m.claim.text)
            for m in near.get(claim.id, ())
            if m.claim.article in outlets and m.claim.article != article.id
        )
        nearest = "; the nearest one is given with this flag" if counterparts else ""
        out.append(
            _Span(
                article=article.id,
                start=own_words_start(claim, claims),
                end=claim.end,
                category="unique-claim",
                rule="rule:unique-claim",
                confidence=0.5 if claim.attribution is None else 0.4,
                explanation=(
                    # "carries", not "reports": the sentence may be the outlet's own opinion
                    f"Only {outlets.get(article.id, article.id)} carries this: no sentence in"
                    f" {or_list(others)} lines up with it{nearest}."
                ),
                claim=claim.id,
                counterparts=counterparts,
            )
        )
    return out
