"""A statement one outlet grants as fact: "the military confirmed that its aircraft struck a
command centre" where the others, in the same aligned claim, write that the military "said" so.

"Confirmed" is plain where a source confirms a fact others already report ("Two people have been
confirmed dead"; "the department confirmed" in every outlet), so the word alone is no flag and
the lexicon does not list it. Beside another outlet's "said" for the same speaker's statement it
does the reverse of "claimed": it lends one side's account the status of an established fact.
Which outlet is right is not the app's call; that one outlet vouches for what the others only
report is something a reader can check side by side.

Only claims attributed to a speaker are read: the verb is the one the claim's attribution names
(:mod:`reader.core.attribution`), so "confirmed dead" or a quoted "confirmed" is never taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from reader.core.model import Alignment, Article, Claim, Counterpart

#: The rule name of a "confirmed" flag answered by the others' "said".
GRANTED_STATEMENT_RULE: Final = "rule:granted-statement"
#: Reporting verbs, as written, that vouch for what the speaker says.
_GRANTING: Final = frozenset({"confirm", "confirms", "confirmed", "confirming"})
#: Reporting verbs, as written, that report a statement without judging it.
_PLAIN: Final = frozenset({"say", "says", "said", "saying", "told", "tells", "stated", "states"})
#: Words of a speaker's name that tell nobody apart: "the military" and "The Orsland military"
#: share "military", not "the".
_FUNCTION_WORDS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "'s"})


@dataclass(frozen=True, slots=True)
class GrantedStatement:
    """One outlet's granting verb (``start``/``end``: character offsets), the speaker it vouches
    for, and each other outlet's plain verb for the same speaker in the same aligned claim."""

    article: str
    start: int
    end: int
    speaker: str
    claim: str
    group: Alignment
    answers: tuple[Counterpart, ...]


def granted_statements(
    articles: Sequence[Article],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
) -> list[GrantedStatement]:
    """Every claim whose reporting verb is "confirmed" where other outlets, in the same aligned
    claim, report the same speaker with a plain verb and none writes "confirmed". One verb is one
    statement: a sentence split into clauses ("confirmed that ... and that ...") keeps its verb
    in each clause, and a reader saw the same card once per clause; the clauses' answers are
    shown together on the one flag."""
    texts = {a.id: a.text for a in articles}
    claim_of = {c.id: c for cs in claims.values() for c in cs}
    by_verb: dict[tuple[str, int, int], GrantedStatement] = {}
    for group in groups:
        members = [claim_of[m.claim] for m in group.members if m.claim in claim_of]
        for claim in members:
            span = _verb_span(claim, _GRANTING)
            if span is None or claim.attribution is None or not claim.attribution.who:
                continue
            speaker = claim.attribution.who
            others = [c for c in members if c.article != claim.article]
            if any(_verb_span(c, _GRANTING) for c in others):
                continue  # the others vouch for it too: the story's word
            answers = _plain_answers(others, speaker, texts)
            if not answers:
                continue
            verb = (claim.article, *span)
            first = by_verb.get(verb)
            if first is None:
                by_verb[verb] = GrantedStatement(
                    claim.article, *span, speaker, claim.id, group, answers
                )
            else:
                more = tuple(a for a in answers if a not in first.answers)
                by_verb[verb] = replace(first, answers=first.answers + more)
    return list(by_verb.values())


def _verb_span(claim: Claim, verbs: frozenset[str]) -> tuple[int, int] | None:
    """The claim's reporting verb, when it is one of ``verbs``."""
    attribution = claim.attribution
    if attribution is None or attribution.verb is None or attribution.verb_span is None:
        return None
    words = attribution.verb.lower().split()
    return attribution.verb_span if words and words[-1] in verbs else None


def _plain_answers(
    others: Sequence[Claim], speaker: str, texts: Mapping[str, str]
) -> tuple[Counterpart, ...]:
    """Each other outlet's claim that reports the same speaker with a plain verb, with the verb
    located in it; one per outlet."""
    out: list[Counterpart] = []
    for c in others:
        span = _verb_span(c, _PLAIN)
        who = c.attribution.who if c.attribution else None
        if span is None or who is None or any(a.article == c.article for a in out):
            continue
        if not _same_speaker(speaker, who):
            continue
        start, end = _answer_extent(c, span)
        text = texts[c.article][start:end]
        out.append(Counterpart(c.article, text, span[0] - start, span[1] - start))
    return tuple(out)


def _answer_extent(claim: Claim, verb: tuple[int, int]) -> tuple[int, int]:
    """Where the answering text runs: the claim, widened to its verb and speaker when they lie
    outside it.

    A clause split off a sentence ("... and that fighters of the group were among the dead")
    keeps the sentence's attribution, whose verb stands before the clause; offsets taken from
    the clause alone would point before its text.
    """
    start, end = min(claim.start, verb[0]), max(claim.end, verb[1])
    speaker = claim.attribution.speaker_span if claim.attribution else None
    if start < claim.start and speaker is not None and speaker[0] < start:
        start = speaker[0]
    return start, end


def _same_speaker(one: str, other: str) -> bool:
    """Whether two namings of a speaker share a word that tells speakers apart: "the military"
    and "The Orsland military", not "the military" and "the ministry"."""
    return bool(_name_words(one) & _name_words(other))


def _name_words(name: str) -> set[str]:
    return {w for w in name.lower().replace("'s", " ").split() if w not in _FUNCTION_WORDS}
