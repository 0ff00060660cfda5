"""Flags that only a comparison shows, turned from the findings of the comparison modules.

Each comparison module (:mod:`reader.core.epithets`, :mod:`reader.core.figures`,
:mod:`reader.core.directions`, :mod:`reader.core.contested_words` ...) finds where one outlet
tells the same event differently; this module turns those findings into flags with a confidence,
an explanation and the other outlets' words as counterparts, leaving alone a place a word list
entry or a rule already flags. Kept apart from :mod:`reader.core.framing` (one article's own
wording) because these need two articles or more, and "only this outlet carries this" is one of
them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Final, Protocol

from reader.core.additions import added_details
from reader.core.claimed_outcomes import CLAIMED_OUTCOME_RULE, claimed_outcomes
from reader.core.clause_split import own_words_start
from reader.core.contested_words import (
    CONTESTED_WORD_RULE,
    ContestedWord,
    HeadlineWord,
    contested_words,
)
from reader.core.count_frames import COUNT_FRAME_RULE, count_frames
from reader.core.counterparts import (
    Placed,
    count_counterparts,
    direction_counterparts,
    figure_counterpart,
    naming_counterpart,
    outlet_names,
    their_words,
    writers_of,
)
from reader.core.directions import DIRECTION_RULE, opposite_directions
from reader.core.dropped_hedges import DROPPED_HEDGE_RULE, dropped_hedges
from reader.core.dropped_sources import DROPPED_SOURCE_RULE, DroppedSource, dropped_sources
from reader.core.epithets import EPITHET_RULE, comparative_epithets
from reader.core.explanations import and_list, or_list, verb_for, who_writes
from reader.core.figures import (
    FIGURE_RULE,
    Figure,
    FigureClash,
    different_figures,
    mid_sentence,
    read_figures,
    with_single_counts,
)
from reader.core.flag_spans import FlagSpan, claim_at, overlaps
from reader.core.granted_statements import GRANTED_STATEMENT_RULE, granted_statements
from reader.core.inflated_harms import INFLATED_HARM_RULE, inflated_harms
from reader.core.left_out import LEFT_OUT_COUNT_RULE, LeftOutCount, left_out_counts
from reader.core.lexicon import Lexicon
from reader.core.model import Alignment, Article, Claim, Counterpart
from reader.core.part_counts import read_parts, wholes_given_to_parts
from reader.core.quotes import doc_quotations
from reader.core.rule_cues import VAGUE_GROUPS
from reader.core.sentences import NO_BYLINE_NAME
from reader.core.shares import Share, different_shares, read_shares
from reader.core.stated_causes import STATED_CAUSE_RULE, stated_causes
from reader.core.stated_forecasts import STATED_FORECAST_RULE, stated_forecasts
from reader.core.strong_changes import strong_changes
from reader.core.vague_counts import VAGUE_COUNT_RULE, VagueCount, vague_counts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from reader.core.align import NearMatch


#: Claims shorter than this many words are trivia (datelines, bylines) and never "only this outlet".
MIN_UNIQUE_WORDS: Final = 8


#: Claims that are the page's furniture, not the outlet's report: "Follow us", "Read more", a
#: wire credit, a byline. Never "only this outlet".
_TRIVIA: Final = re.compile(
    r"^(?:follow\b|click\b|read more|sign up|subscribe|share this|copyright|©|photo\b|image\b|"
    # A byline names someone in capitals: "By Kim Lee", never "By the end of the year, ..." nor
    # "By Friday Ms Lee had ...".
    r"\(?(?:reuters|ap|afp)\)?\s*[-—]|by (?!" + NO_BYLINE_NAME + r")(?-i:[A-Z][\w'’.-]*\s+[A-Z]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ComparisonInputs:
    """What every comparison rule reads about the articles set side by side, built once per
    comparison. The rules each took a different long subset of the same arguments, and the
    lookups several of them derive (each article's text, parse, figures and quotations) were
    worked out again in each; one object keeps their signatures to what is their own and reads
    each lookup once, when a rule first asks for it."""

    articles: Sequence[Article]
    docs: Sequence[Doc]
    claims: Mapping[str, Sequence[Claim]]
    groups: Sequence[Alignment]
    group_of: Mapping[str, Alignment]
    outlets: Mapping[str, str]
    claim_text: Mapping[str, str]
    #: Each article's quoted speech as the framing pass found it, answers in a Q&A included.
    speech: Mapping[str, Sequence[tuple[int, int]]]
    lexicon: Lexicon

    @cached_property
    def texts(self) -> dict[str, str]:
        """Each article's text, by article id."""
        return {a.id: a.text for a in self.articles}

    @cached_property
    def doc_of(self) -> dict[str, Doc]:
        """Each article's parse, by article id."""
        return {a.id: d for a, d in zip(self.articles, self.docs, strict=True)}

    @cached_property
    def figures(self) -> dict[str, list[Figure]]:
        """Each article's figures (:func:`reader.core.figures.read_figures`), by article id."""
        return {a.id: read_figures(a.id, d) for a, d in zip(self.articles, self.docs, strict=True)}

    @cached_property
    def shares(self) -> dict[str, list[Share]]:
        """Each article's shares (:func:`reader.core.shares.read_shares`), by article id."""
        return {a.id: read_shares(a.id, d) for a, d in zip(self.articles, self.docs, strict=True)}

    @cached_property
    def quoted(self) -> dict[str, list[tuple[int, int]]]:
        """Each article's quotations, but a Q&A's answers: facts inside quotation marks are the
        speaker's, and neither figures nor directions compare them."""
        return {
            a.id: [(q.start, q.end) for q in doc_quotations(d, a.text) if not q.turn]
            for a, d in zip(self.articles, self.docs, strict=True)
        }


def comparative_flags(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    claim_text: Mapping[str, str],
    speech: Mapping[str, Sequence[tuple[int, int]]],
    lexicon: Lexicon,
    found: Sequence[FlagSpan],
) -> list[FlagSpan]:
    """The flags only setting two articles or more side by side shows, to follow ``found`` (each
    article's own lexical, opinion and unique-claim flags). Several rules leave alone a place a
    flag before them covers, so they run in this order and each sees the flags made before it."""
    inputs = ComparisonInputs(
        articles, docs, claims, groups, group_of, outlets, claim_text, speech, lexicon
    )
    spans = list(found)
    spans.extend(_epithet_flags(inputs, spans))
    spans.extend(_addition_flags(inputs))
    spans.extend(_figure_flags(inputs))
    spans.extend(_share_flags(inputs))
    spans.extend(_vague_count_flags(inputs, spans))
    spans.extend(_strong_change_flags(inputs))
    spans.extend(_whole_as_part_flags(inputs))
    spans.extend(_left_out_count_flags(inputs))
    spans.extend(_direction_flags(inputs))
    spans.extend(_claimed_outcome_flags(inputs, spans))
    spans.extend(_stated_cause_flags(inputs))
    spans.extend(_inflated_harm_flags(inputs, spans))
    spans.extend(_granted_statement_flags(inputs, spans))
    spans.extend(_stated_forecast_flags(inputs))
    spans.extend(_dropped_hedge_flags(inputs, spans))
    spans.extend(_contested_word_flags(inputs, spans))
    spans.extend(_dropped_source_flags(inputs))
    spans.extend(_count_frame_flags(inputs, spans))
    return spans[len(found) :]


def _epithet_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """Words one outlet alone puts before an actor's name (:mod:`reader.core.epithets`), where no
    lexicon entry or rule flagged them already and the outlet speaks in its own voice."""
    articles = inputs.articles
    out: list[FlagSpan] = []
    for e in comparative_epithets(inputs.docs):
        article = articles[e.article]
        if overlaps(inputs.speech[article.id], e.start, e.end) or _word_already_flagged(
            found, article.id, e.start, e.end
        ):
            continue
        claim = claim_at(tuple(inputs.claims.get(article.id, ())), e.start, e.end)
        group = inputs.group_of.get(claim.id) if claim else None
        namings: dict[str, list[str]] = {}
        for j, naming in e.others:
            namings.setdefault(naming, []).append(inputs.outlets[articles[j].id])
        said = who_writes(namings)
        out.append(
            FlagSpan(
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


def _addition_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """Clauses one outlet alone adds to a claim the others report (:mod:`reader.core.additions`):
    "Mendes, who earns more than $210,000 a year, said ..." beside "Mendes said ...". Only those
    that carry a charge are flagged; agency copy adds background ("which employs 11,700 people",
    "who took office in 2023") to every other sentence, and flagging it would bury the rest."""
    outlets = inputs.outlets
    out: list[FlagSpan] = []
    for a in added_details(inputs.articles, inputs.docs, inputs.groups, inputs.speech):
        clause = inputs.doc_of[a.article].char_span(a.start, a.end, alignment_mode="expand")
        if clause is None or not _charged(clause, inputs.lexicon):
            continue
        others = tuple(
            Counterpart(m.article, inputs.claim_text.get(m.claim, ""))
            for m in a.group.members
            if m.article != a.article
        )
        names = outlet_names(others, outlets)
        out.append(
            _flag_in_row(
                a,
                a.group,
                others,
                "detail",
                "rule:added-detail",
                ADDITION_CONFIDENCE,
                (
                    f"Only {outlets.get(a.article, a.article)} adds this to a claim"
                    f" {and_list(names)} also {verb_for(names, 'reports', 'report')}: a detail"
                    f" {'it leaves' if len(names) == 1 else 'they leave'} out."
                ),
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
    inputs: ComparisonInputs,
    counterparts: tuple[Counterpart, ...],
    *,
    rule: str = FIGURE_RULE,
    confidence: float = FIGURE_CONFIDENCE,
) -> FlagSpan:
    """A figure flag at [start, end) of ``article``, in the claim it sits in and that claim's
    row: every rule that sets one outlet's number or size against the others' (figures, shares,
    strong changes, a whole given to a part) is as sure, and is found by comparison; a vague
    count a number fits is less so (:data:`VAGUE_COUNT_CONFIDENCE`)."""
    claim = claim_at(tuple(inputs.claims.get(article, ())), start, end)
    group = inputs.group_of.get(claim.id) if claim else None
    return FlagSpan(
        article=article,
        start=start,
        end=end,
        category="figure",
        rule=rule,
        confidence=confidence,
        explanation=explanation,
        claim=claim.id if claim else None,
        alignment=group.id if group else None,
        counterparts=counterparts,
        evidence="comparative",
    )


def _figure_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """Figures one outlet gives for a thing the others count differently
    (:mod:`reader.core.figures`): "tens of thousands" where the others write "about 4,000".
    Figures inside quotation marks are the speaker's and are not compared."""
    texts = inputs.texts
    # "a sample" against "both samples" is a different figure, but no count the other checks read.
    counted = with_single_counts(inputs.figures, inputs.doc_of)
    out: list[FlagSpan] = []
    for clash in different_figures(counted, inputs.claims, inputs.groups, inputs.quoted):
        fig = clash.figure
        mine = mid_sentence(texts[fig.article][fig.start : fig.end])
        what = f" for {fig.what}" if fig.what else ""
        theirs = their_words(clash.others, texts, inputs.outlets)
        out.append(
            _figure_span(
                fig.article,
                fig.start,
                fig.end,
                f"Says '{mine}'{what}, where {theirs}{_stale_note(clash)}.",
                inputs,
                tuple(figure_counterpart(o, texts) for o in clash.others),
            )
        )
    return out


#: A vague count the number fits ("dozens" for 31) is no contradiction, only a number withheld:
#: below a differing figure's.
VAGUE_COUNT_CONFIDENCE: Final = 0.45


def _vague_count_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """A quantity word where another outlet gives the number in the same row
    (:mod:`reader.core.vague_counts`): "dozens of priceless artefacts" where the wire gives 31,
    unless a differing-figure flag already covers the words. It says what each wrote, and calls
    them different only when the number lies outside what the word means."""
    out: list[FlagSpan] = []
    for vague in vague_counts(
        inputs.figures, inputs.shares, inputs.doc_of, inputs.claims, inputs.groups, inputs.quoted
    ):
        fig = vague.figure
        if _figure_flag_over(fig, found):
            continue
        out.append(
            _figure_span(
                fig.article,
                fig.start,
                fig.end,
                _vague_count_explanation(vague, inputs),
                inputs,
                tuple(_in_its_claim(a.article, a.start, a.end, inputs) for a in vague.answers),
                rule=VAGUE_COUNT_RULE,
                confidence=VAGUE_COUNT_CONFIDENCE if vague.fits else FIGURE_CONFIDENCE,
            )
        )
    return out


def _figure_flag_over(fig: Figure, found: Sequence[FlagSpan]) -> bool:
    """Whether a differing-figure flag already covers any of ``fig``'s words: the number set
    against them is shown there, and a second flag on the same words would say it twice."""
    return any(
        s.rule == FIGURE_RULE
        and s.article == fig.article
        and s.start < fig.end
        and fig.start < s.end
        for s in found
    )


def _vague_count_explanation(vague: VagueCount, inputs: ComparisonInputs) -> str:
    """ "Says 'dozens' without the number; Wire gives 31." or, when the number lies outside
    what the word means, "Says 'hundreds of homes'; Wire gives 117, fewer than 'hundreds'
    means."."""
    fig = vague.figure
    mine = mid_sentence(inputs.texts[fig.article][fig.start : fig.end])
    theirs = _who_gives(((a.article, a.said) for a in vague.answers), inputs)
    if vague.fits:
        return f"Says '{mine}' without the number; {theirs}."
    way = "fewer" if all(a.number < fig.low for a in vague.answers) else "more"
    word = mid_sentence(inputs.texts[fig.article][fig.start : vague.word_end])
    return f"Says '{mine}'; {theirs}, {way} than '{word}' means."


def _who_gives(given: Iterable[tuple[str, str]], inputs: ComparisonInputs) -> str:
    """ "Wire gives 31; Ledger and Post give 30" from (article, number as written) pairs: each
    number once, with the outlets that give it, in the order they come."""
    names_by_number: dict[str, list[str]] = {}
    for article, number in given:
        name = inputs.outlets.get(article, article)
        if name not in names_by_number.setdefault(number, []):
            names_by_number[number].append(name)
    return "; ".join(
        f"{and_list(names)} {verb_for(names, 'gives', 'give')} {number}"
        for number, names in names_by_number.items()
    )


def _strong_change_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A strong change word set against the others' small figure for the same change
    (:mod:`reader.core.strong_changes`): "Car prices will soar" where the others give about 1.5
    percent. As sure as a differing figure: both sides are facts a reader can check."""
    texts = inputs.texts
    out: list[FlagSpan] = []
    for found in strong_changes(
        inputs.doc_of, inputs.claims, inputs.groups, inputs.figures, inputs.quoted
    ):
        mine = mid_sentence(texts[found.article][found.shown[0] : found.shown[1]])
        theirs = their_words(found.others, texts, inputs.outlets, ("gives", "give"))
        out.append(
            _figure_span(
                found.article,
                found.start,
                found.end,
                f"Says '{mine}', where {theirs}: a small change.",
                inputs,
                tuple(_in_its_claim(o.article, o.start, o.end, inputs) for o in found.others),
            )
        )
    return out


def _count_of_a_whole(part: float | None, whole: float | None, *, percent: bool) -> str:
    """An exact share as its outlet gives it: "3 of 11", "62 percent", "none" (when "none of the
    charges" gives no whole)."""
    if percent:
        return f"{part:g} percent"
    return "none" if whole is None else f"{part:g} of {whole:g}"


def _share_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A vague share the others' count of the same thing contradicts (:mod:`reader.core.shares`):
    "most of the charges" where the others give 3 of 11. As sure as a differing figure."""
    texts = inputs.texts
    out: list[FlagSpan] = []
    for clash in different_shares(inputs.shares, inputs.claims, inputs.groups, inputs.quoted):
        share = clash.share
        mine = mid_sentence(texts[share.article][share.start : share.end])
        theirs = _who_gives(
            (
                (o.article, _count_of_a_whole(o.part, o.whole, percent=o.percent))
                for o in clash.others
            ),
            inputs,
        )
        out.append(
            _figure_span(
                share.article,
                share.start,
                share.end,
                f"Says '{mine}'; {theirs}.",
                inputs,
                tuple(_in_its_claim(o.article, o.start, o.end, inputs) for o in clash.others),
            )
        )
    return out


def _whole_as_part_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A whole's count given to a part of it (:mod:`reader.core.part_counts`): "more than 60
    students" where another outlet counts 64 people and 41 of them students."""
    texts = inputs.texts
    parts = {a.id: read_parts(a.id, d) for a, d in zip(inputs.articles, inputs.docs, strict=True)}
    out: list[FlagSpan] = []
    for found in wholes_given_to_parts(inputs.figures, parts, inputs.quoted):
        fig, whole, part = found.figure, found.whole, found.part
        mine = mid_sentence(texts[fig.article][fig.start : fig.end])
        name = inputs.outlets.get(whole.article, whole.article)
        counted = texts[whole.article][whole.start : whole.end]
        of_them = texts[part.article][part.start : part.end]
        out.append(
            _figure_span(
                fig.article,
                fig.start,
                fig.end,
                f"Says '{mine}', where {name} counts '{counted}' and writes '{of_them}':"
                " the count of the whole given to a part of it.",
                inputs,
                tuple(_in_its_claim(o.article, o.start, o.end, inputs) for o in (whole, part)),
            )
        )
    return out


def _in_its_claim(
    article: str,
    start: int,
    end: int,
    inputs: ComparisonInputs,
) -> Counterpart:
    """Another outlet's words at characters [start, end), shown in the claim that holds them
    (a headline holds none: then the words alone)."""
    claim = claim_at(tuple(inputs.claims.get(article, ())), start, end)
    if claim is None:
        return Counterpart(article, inputs.texts[article][start:end], 0, end - start)
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


def _left_out_count_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A vote, a toll, a sum, job cuts or a demand reported without the count the other outlets
    give ("members voted to allow ..." beside "voted 58 to 41", "there were deaths" beside "killed
    12 people", "will close its plant" beside "cutting 1,240 jobs", "is demanding far more"
    beside "is asking for 9%"): how close a vote was or how
    many died is part of what happened, and leaving it out makes it read as settled or as
    smaller. The flag sits on the outlet's own word for the happening, or on the noun it writes
    without the number ("rescuers", "signatures")."""
    out: list[FlagSpan] = []
    article_of = {m.claim: m.article for g in inputs.groups for m in g.members}
    for left in left_out_counts(inputs.articles, inputs.docs, inputs.groups, inputs.figures):
        others = count_counterparts(left, inputs.texts)
        # A word may sit in a claim of another row, when the outlet has none in this one.
        for claim, word in left.words.items():
            out.append(
                FlagSpan(
                    article=article_of[claim],
                    start=word[0],
                    end=word[1],
                    category="figure",
                    rule=LEFT_OUT_COUNT_RULE,
                    confidence=LEFT_OUT_COUNT_CONFIDENCE,
                    explanation=_left_out_explanation(left, article_of[claim], inputs),
                    claim=claim,
                    alignment=left.group.id,
                    counterparts=others,
                    evidence="comparative",
                )
            )
    return out


def _left_out_explanation(left: LeftOutCount, article: str, inputs: ComparisonInputs) -> str:
    """One sentence a reader can check against the texts: what the outlet wrote, what it left
    out, and who gives it: "Reports the vote but not its count: wire and left give 58 to 41.",
    or, where the outlet sizes the happening with a vague word, "Says 'several people died' but
    not how many: wire and left give 12 people."."""
    note = left.note(inputs.outlets, len(inputs.articles))
    vague = left.vague.get(article)
    if vague is not None:
        return f"Says '{mid_sentence(vague)}' but not how many: {note}."
    return f"{left.verb} {left.happening} but not {left.missing}: {note}."


#: Opposite directions are facts a reader can check, like a different figure, but the words may
#: be read two ways ("cut" a rate or a ribbon): level with a different figure.
DIRECTION_CONFIDENCE: Final = 0.55


#: The kind a direction flag is shown under: "Different fact", the one for facts the outlets give
#: differently (a figure, a count one leaves out, a rise another reports as a fall).
DIRECTION_CATEGORY: Final = "figure"


def _direction_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """Direction words one outlet alone uses for a thing the others report moving the other way
    (:mod:`reader.core.directions`): "rose" where they write "fell", "approved" where they write
    "rejected". Words inside quotation marks are the speaker's and are not compared."""
    texts = inputs.texts
    out: list[FlagSpan] = []
    for found in opposite_directions(
        inputs.articles, inputs.docs, inputs.claims, inputs.groups, inputs.quoted
    ):
        d = found.direction
        mine = mid_sentence(texts[d.article][d.shown[0] : d.shown[1]])
        theirs = their_words(found.others, texts, inputs.outlets, ("writes", "write"))
        out.append(
            _flag_in_row(
                d,
                found.group,
                direction_counterparts(found.others, found.group, texts),
                DIRECTION_CATEGORY,
                DIRECTION_RULE,
                DIRECTION_CONFIDENCE,
                f"Says '{mine}', where {theirs}.",
            )
        )
    return out


class _InClaim(Placed, Protocol):
    """A finding placed in the claim that holds it."""

    @property
    def claim(self) -> str | None: ...


class _Answered(_InClaim, Protocol):
    """A finding placed in its claim and row, with what the other outlets wrote there: the shape
    the claimed-outcome, granted-statement, contested-word, stated-forecast and dropped-hedge
    rules share."""

    @property
    def group(self) -> Alignment | None: ...
    @property
    def answers(self) -> tuple[Counterpart, ...]: ...


def _answered_flag(
    found: _Answered, category: str, rule: str, confidence: float, explanation: str
) -> FlagSpan:
    """The flag of a finding the other outlets' words in its row answer."""
    return _flag_in_row(found, found.group, found.answers, category, rule, confidence, explanation)


def _flag_in_row(
    found: _InClaim,
    group: Alignment | None,
    answers: tuple[Counterpart, ...],
    category: str,
    rule: str,
    confidence: float,
    explanation: str,
) -> FlagSpan:
    """The flag of a finding placed in its claim, shown in ``group``'s row beside ``answers``:
    for a finding that does not carry its row (a stated cause, an inflated harm) or whose rule
    gathers the others' words itself (an added detail, a direction), as for one that carries
    both (:func:`_answered_flag`)."""
    return FlagSpan(
        article=found.article,
        start=found.start,
        end=found.end,
        category=category,
        rule=rule,
        confidence=confidence,
        explanation=explanation,
        claim=found.claim,
        alignment=group.id if group else None,
        counterparts=answers,
        evidence="comparative",
    )


#: As sure as a slanted reporting verb from the word list: the same doubt, read in context.
CLAIMED_OUTCOME_CONFIDENCE: Final = 0.6


def _claimed_outcome_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """ "claimed victory" where the other outlets write that she "won" the same result
    (:mod:`reader.core.claimed_outcomes`), unless a slanted reporting verb from the word list
    already flags the words."""
    out: list[FlagSpan] = []
    for c in claimed_outcomes(
        inputs.articles, inputs.docs, inputs.claims, inputs.groups, inputs.quoted
    ):
        if any(s.article == c.article and s.start < c.end and c.start < s.end for s in found):
            continue
        shown = mid_sentence(inputs.texts[c.article][c.start : c.end])
        writers = writers_of(c.answers, inputs.outlets)
        theirs = who_writes(writers, " here")
        out.append(
            _answered_flag(
                c,
                "attribution",
                CLAIMED_OUTCOME_RULE,
                CLAIMED_OUTCOME_CONFIDENCE,
                f"'{shown}' casts the result as the winner's own claim; {theirs}.",
            )
        )
    return out


#: "confirmed" beside the others' "said": the reverse of "claimed" beside "said", read only by
#: comparison, so level with a "claimed victory" beside "won".
GRANTED_STATEMENT_CONFIDENCE: Final = CLAIMED_OUTCOME_CONFIDENCE


def _granted_statement_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """ "the military confirmed" where the other outlets write that the military "said" the same
    (:mod:`reader.core.granted_statements`), unless a word list entry already flags the verb."""
    out: list[FlagSpan] = []
    for g in granted_statements(inputs.articles, inputs.claims, inputs.groups):
        if _word_already_flagged(found, g.article, g.start, g.end):
            continue
        writers = writers_of(g.answers, inputs.outlets)
        verb = inputs.texts[g.article][g.start : g.end]
        out.append(
            _answered_flag(
                g,
                "attribution",
                GRANTED_STATEMENT_RULE,
                GRANTED_STATEMENT_CONFIDENCE,
                (
                    f"'{verb}' presents {mid_sentence(g.speaker)}'s account as established fact;"
                    f" {who_writes(writers, ' here')}."
                ),
            )
        )
    return out


#: A loaded word the others, in the same aligned claim, replace with a plain one: as sure as a
#: "claimed victory" beside "won". Answered only from elsewhere in the others' reports, the plain
#: word may name other people, so the flag ranks lower.
CONTESTED_WORD_CONFIDENCE: Final = 0.6


CONTESTED_WORD_REPORT_CONFIDENCE: Final = 0.45


def _contested_word_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """ "terrorists" where the others write "fighters", "massacre" where they write "strike"
    (:mod:`reader.core.contested_words`), unless a word list entry or a rule already flags the
    words. A paraphrase of a speaker ("terrorists were among the dead, the military said") is
    not discounted as reported speech: the others paraphrase the same account with the plain
    word, so the loaded one is the outlet's."""
    out: list[FlagSpan] = []
    for c in contested_words(
        inputs.articles, inputs.docs, inputs.claims, inputs.groups, inputs.quoted
    ):
        if _word_already_flagged(found, c.article, c.start, c.end):
            continue
        sure = CONTESTED_WORD_CONFIDENCE if c.aligned else CONTESTED_WORD_REPORT_CONFIDENCE
        explanation = _contested_explanation(c, inputs.articles, inputs.outlets)
        out.append(_answered_flag(c, c.family.category, CONTESTED_WORD_RULE, sure, explanation))
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


def _stated_cause_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A cause one outlet states as fact where others say the cause of the same event is not
    established (:mod:`reader.core.stated_causes`), with the others' words quoted."""
    out: list[FlagSpan] = []
    for c in stated_causes(inputs.articles, inputs.docs, inputs.claims, inputs.quoted):
        theirs = _reported_that(c.answers, inputs.outlets)
        out.append(
            _flag_in_row(
                c,
                inputs.group_of.get(c.claim),
                c.answers,
                "figure",
                STATED_CAUSE_RULE,
                STATED_CAUSE_CONFIDENCE,
                f"States that {c.said}, where {theirs}.",
            )
        )
    return out


def _reported_that(answers: Sequence[Counterpart], outlets: Mapping[str, str]) -> str:
    """ "Meridian Press reports that six people were injured": the others' located words as what
    they report, outlets grouped by their words."""
    writers = writers_of(answers, outlets, mid_sentence)
    return "; ".join(
        f"{and_list(names)} {verb_for(names, 'reports', 'report')} that {words}"
        for words, names in writers.items()
    )


#: A harm word the reports of every outlet contradict ("deadly" where none reports a death and
#: another reports injuries): read from the parse like a stated cause, and as sure.
INFLATED_HARM_CONFIDENCE: Final = STATED_CAUSE_CONFIDENCE


def _inflated_harm_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """A thing one outlet calls deadly where no outlet reports a death and others report people
    hurt (:mod:`reader.core.inflated_harms`), with the others' injuries quoted. A place a flag
    before it already covers keeps that one flag."""
    out: list[FlagSpan] = []
    for h in inflated_harms(inputs.articles, inputs.docs, inputs.claims, inputs.quoted):
        if _word_already_flagged(found, h.article, h.start, h.end):
            continue
        theirs = _reported_that(h.injuries, inputs.outlets)
        out.append(
            _flag_in_row(
                h,
                inputs.group_of.get(h.claim),
                h.injuries,
                "loaded",
                INFLATED_HARM_RULE,
                INFLATED_HARM_CONFIDENCE,
                f"Calls {h.thing} {h.word}, where {theirs}, and no outlet reports a death.",
            )
        )
    return out


#: A forecast stated as fact where the others give it as a speaker's: read from the parse like a
#: stated cause, and as sure; which forecast comes true is not the app's call.
STATED_FORECAST_CONFIDENCE: Final = STATED_CAUSE_CONFIDENCE


def _stated_forecast_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A forecast one outlet states as fact where the others, in the same aligned claim, give it
    as a named speaker's (:mod:`reader.core.stated_forecasts`)."""
    out: list[FlagSpan] = []
    for f in stated_forecasts(
        inputs.articles, inputs.docs, inputs.claims, inputs.groups, inputs.quoted
    ):
        writers = [inputs.outlets.get(a.article, a.article) for a in f.answers]
        names = and_list(writers)
        whose = f"{mid_sentence(f.speaker)}'s forecast" if f.speaker else "someone's forecast"
        out.append(
            _answered_flag(
                f,
                "attribution",
                STATED_FORECAST_RULE,
                STATED_FORECAST_CONFIDENCE,
                (
                    f"States as fact that {f.said}, where {names}"
                    f" {verb_for(writers, 'gives', 'give')} it as {whose}."
                ),
            )
        )
    return out


#: A claim stated flat where the others hedge it: an open finding told as settled, read from the
#: parse like a stated cause, and as sure.
DROPPED_HEDGE_CONFIDENCE: Final = STATED_CAUSE_CONFIDENCE


def _dropped_hedge_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """A claim one outlet states flat where the others, in the same aligned claim, hedge it
    (:mod:`reader.core.dropped_hedges`), with the others' hedged words quoted. A place another
    comparison already flags as a settled cause keeps that one flag."""
    taken = [(s.article, s.start, s.end) for s in found if s.rule == STATED_CAUSE_RULE]
    out: list[FlagSpan] = []
    for d in dropped_hedges(
        inputs.articles, inputs.docs, inputs.claims, inputs.groups, inputs.quoted
    ):
        if any(a == d.article and s < d.end and d.start < e for a, s, e in taken):
            continue
        theirs = "; ".join(
            f"{inputs.outlets.get(a.article, a.article)} writes that {words}"
            for a, words in zip(d.answers, d.hedged, strict=True)
        )
        out.append(
            _answered_flag(
                d,
                "figure",
                DROPPED_HEDGE_RULE,
                DROPPED_HEDGE_CONFIDENCE,
                f"States that {d.said}, where {theirs}.",
            )
        )
    return out


#: A count framed as small or large where another outlet gives it plainly: the count is a fact
#: both sides share, and the frame is the outlet's word on it, as sure as a differing figure.
COUNT_FRAME_CONFIDENCE: Final = FIGURE_CONFIDENCE


def _count_frame_flags(inputs: ComparisonInputs, found: Sequence[FlagSpan]) -> list[FlagSpan]:
    """ "only four years" where the other outlets write "four years"
    (:mod:`reader.core.count_frames`), unless a word list entry already flags the frame ("a
    whopping"): filed with the word list's minimisers and intensifiers, as it is one of them,
    read in the light of the others."""
    out: list[FlagSpan] = []
    for f in count_frames(inputs.doc_of, inputs.claims, inputs.groups, inputs.quoted):
        if _word_already_flagged(found, f.article, f.start, f.frame_end):
            continue
        mine = mid_sentence(inputs.texts[f.article][f.start : f.end])
        way = "down" if f.small else "up"
        theirs = who_writes(writers_of(f.answers, inputs.outlets, mid_sentence))
        out.append(
            _answered_flag(
                f,
                "intensifier",
                COUNT_FRAME_RULE,
                COUNT_FRAME_CONFIDENCE,
                f"Says '{mine}', playing the count {way}; {theirs}.",
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


def _word_already_flagged(found: Sequence[FlagSpan], article: str, start: int, end: int) -> bool:
    """Whether a word-level flag (a word list entry or a rule, not a whole-claim flag) already
    covers part of ``start:end``: a comparison rule then adds nothing the reader has not seen."""
    return any(
        s.article == article and s.category not in _CLAIM_LEVEL and s.start < end and start < s.end
        for s in found
    )


def unique_claim_flags(
    article: Article,
    claims: Sequence[Claim],
    group_of: Mapping[str, Alignment],
    outlets: Mapping[str, str],
    near: Mapping[str, Sequence[NearMatch]],
) -> list[FlagSpan]:
    """Claims no other article carries; the choice to include them is itself framing.

    The aligner can miss a paraphrase, so each flag carries as counterparts the claim of each other
    article that scores nearest to it (at least :data:`reader.core.align.NEAR_MIN`), if any.
    """
    out: list[FlagSpan] = []
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
            FlagSpan(
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


#: A count told as fact where the others say whose count it is: both are facts a reader can
#: check, like a different figure, and which count is right is not the app's call.
DROPPED_SOURCE_CONFIDENCE: Final = FIGURE_CONFIDENCE


def _dropped_source_flags(inputs: ComparisonInputs) -> list[FlagSpan]:
    """A count one outlet gives as fact where the others give it with its source
    (:mod:`reader.core.dropped_sources`), with what each says and the rival counts beside it."""
    out: list[FlagSpan] = []
    for d in dropped_sources(
        inputs.doc_of, inputs.figures, inputs.claims, inputs.group_of, inputs.quoted
    ):
        mine = mid_sentence(inputs.texts[d.article][d.start : d.end])
        explanation = f"Gives '{mine}' as fact; {_sources_said(d, inputs.outlets)}."
        out.append(
            _answered_flag(d, "figure", DROPPED_SOURCE_RULE, DROPPED_SOURCE_CONFIDENCE, explanation)
        )
    return out


def _sources_said(found: DroppedSource, outlets: Mapping[str, str]) -> str:
    """What each other outlet says of the count and its rivals, with their sources: "Meridian
    Press says police put the figure at 35,000 and organisers said 120,000 took part"."""
    said: dict[str, list[str]] = {}
    for s in (*found.sourced, *found.rivals):
        said.setdefault(s.figure.article, []).append(s.said)
    return "; ".join(
        f"{outlets.get(article, article)} says {and_list(list(dict.fromkeys(words)))}"
        for article, words in said.items()
    )
