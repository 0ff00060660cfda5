"""A forecast one outlet states as fact where the others say whose forecast it is: "The tariff
will save 9,000 jobs" beside "The ministry said the tariff would protect about 9,000 jobs".

A forecast is someone's: a ministry's, a bank's, an institute's. Told in the outlet's own voice,
with "will" and no source, it reads as what is going to happen; beside another outlet's report
of the same forecast as a speaker's "would", the difference is whose number it is. Which
forecast comes true is not the app's call; that one outlet drops the source the others give is
something a reader can check side by side.

Aligned rows can hold more than one claim of an outlet, so each outlet's claim that shares the
most words with the forecast is the one compared. A forecast the others also state in their
own voice is the story's word; one the outlet hedges ("may", "could") or quotes is not stated
as fact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article, Claim, Counterpart
from reader.core.row_mates import as_read_after, claim_span, closest_per_outlet

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a "forecast stated as fact" flag.
STATED_FORECAST_RULE: Final = "rule:stated-forecast"
#: The modal of a report of someone's forecast: "said it would protect". A "will" beside "said"
#: is most often a timetable the speaker announces ("will meet both sides on Thursday, the
#: service said"), which an outlet may give in its own voice without taking a side.
_REPORTED_FUTURE: Final = frozenset({"would"})
#: Words that keep the outlet's own forecast open: "will probably save", "may save".
_HEDGES: Final = frozenset({"probably", "likely", "possibly", "perhaps", "reportedly"})
#: How much of the forecast's words another outlet's claim must share to be its report of it.
MIN_SHARED: Final = 0.4


@dataclass(frozen=True, slots=True)
class StatedForecast:
    """One outlet's own-voice forecast (``start``/``end``: character offsets from "will" to the
    end of what is forecast), its words for an explanation, the speaker the others name, and
    each other outlet's claim that reports it as that speaker's, with its reporting verb."""

    article: str
    start: int
    end: int
    claim: str
    said: str
    speaker: str
    group: Alignment
    answers: tuple[Counterpart, ...]


def stated_forecasts(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[StatedForecast]:
    """Every unattributed "will" forecast whose closest claim in each other outlet of its row
    is attributed to a speaker, and in at least one of them reported as that speaker's "would"."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    texts = {a.id: a.text for a in articles}
    claim_of = {c.id: c for cs in claims.values() for c in cs}
    out: list[StatedForecast] = []
    for group in groups:
        members = [claim_of[m.claim] for m in group.members if m.claim in claim_of]
        for claim in members:
            doc = doc_of[claim.article]
            forecast = _own_forecast(doc, claim, quotes.get(claim.article, ()))
            if forecast is None:
                continue
            mates = closest_per_outlet(claim_span(doc, claim), claim, members, doc_of, MIN_SHARED)
            if any(_own_forecast(doc_of[m.article], m, ()) for m in mates):
                continue  # another outlet states it as fact too: the story's word
            answers = [m for m in mates if _reports_forecast(doc_of[m.article], m)]
            if not answers:
                continue
            start, end = forecast
            said = _as_said(texts[claim.article][claim.start : claim.end])
            speaker = answers[0].attribution.who if answers[0].attribution else None
            out.append(
                StatedForecast(
                    claim.article,
                    start,
                    end,
                    claim.id,
                    said,
                    speaker or "",
                    group,
                    tuple(_counterpart(m, texts) for m in answers),
                )
            )
    return out


def _own_forecast(
    doc: Doc, claim: Claim, quotes: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """Offsets from "will" to the end of what it forecasts, when the claim's main verb is a plain
    "will" forecast in the outlet's own voice (no source, not quoted, not hedged)."""
    if claim.attribution is not None or claim.quote:
        return None
    span = claim_span(doc, claim)
    if span is None:
        return None
    for tok in span:
        verb = tok.head
        if tok.lower_ != "will" or tok.tag_ != "MD" or verb.dep_ != "ROOT" or verb.i < tok.i:
            continue
        if any(c.lower_ in _HEDGES for c in verb.children) or _on_a_date(verb):
            return None
        start = doc[tok.i].idx
        end = max(t.idx + len(t.text) for t in verb.subtree if not (t.is_punct or t.is_space))
        if any(s < end and start < e for s, e in quotes):
            return None
        return start, end
    return None


#: Prepositions that put an act on the calendar: "will publish on January 14", "at noon".
_ON_A_DAY: Final = frozenset({"on", "at"})
#: Words that name a day or an hour, where "next year" or "2030" is only a horizon.
_DAY_WORDS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
    | {"tomorrow", "tonight", "noon", "midnight", "january", "february", "march", "april"}
    | {"may", "june", "july", "august", "september", "october", "november", "december"}
)
#: Verbs of what a figure or an event will do ("prices will rise 5 percent on Monday", "the
#: storm will hit on Tuesday"): given a day, they still forecast an outcome, not an act someone
#: set for that day.
_OUTCOME_VERBS: Final = frozenset(
    {"rise", "fall", "climb", "drop", "increase", "decrease", "grow", "shrink", "soar", "plunge"}
    | {"jump", "slip", "surge", "slump", "reach", "hit", "top", "exceed", "double", "halve"}
)


def _on_a_date(verb: Token) -> bool:
    """The "will" act is given its day or hour ("will publish the figures on January 14", "will
    meet Thursday"): a timetable someone announced, not a forecast of what it will bring. A
    horizon ("by 2030", "next year") or a figure's move ("will rise 5 percent on Monday") still
    leaves a forecast."""
    if verb.lemma_.lower() in _OUTCOME_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "npadvmod" and _names_a_day(child):
            return True
        dated = any(_names_a_day(c) for c in child.children if c.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ in _ON_A_DAY and dated:
            return True
    return False


def _names_a_day(tok: Token) -> bool:
    """Whether ``tok`` heads a time or a date that names a day ("Thursday", "January 14")."""
    if tok.ent_type_ == "TIME":
        return True
    if tok.ent_type_ != "DATE":
        return False
    date = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i : tok.i + 1])
    return any(t.lower_ in _DAY_WORDS for t in date)


def _reports_forecast(doc: Doc, claim: Claim) -> bool:
    """The claim gives a named speaker's forecast: "the ministry said it would protect"."""
    if claim.attribution is None or not claim.attribution.who:
        return False
    span = claim_span(doc, claim)
    return span is not None and any(t.lower_ in _REPORTED_FUTURE and t.tag_ == "MD" for t in span)


def _counterpart(claim: Claim, texts: Mapping[str, str]) -> Counterpart:
    """The other outlet's claim, with its reporting verb located in it; the whole claim when the
    verb lies outside it ("Holt said she was confident, and that the figures would show ...":
    the second clause is the claim, its "said" the first clause's)."""
    text = texts[claim.article][claim.start : claim.end]
    span = claim.attribution.verb_span if claim.attribution else None
    if span is None or span[0] < claim.start or span[1] > claim.end:
        return Counterpart(claim.article, text, 0, len(text))
    return Counterpart(claim.article, text, span[0] - claim.start, span[1] - claim.start)


def _as_said(text: str) -> str:
    """The claim as it reads after "States as fact that": "the tariff will save 9,000 jobs"."""
    return as_read_after(text.strip().rstrip("."))
