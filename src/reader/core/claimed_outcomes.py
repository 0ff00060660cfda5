"""A result told as the winner's say-so: one outlet writes that a candidate "claimed victory"
where the others, in the same aligned claim, write that she "won", "defeated" her rival or was
"re-elected".

"Claimed victory" is plain agency copy on an election night, before the count is in, so the
words alone are no flag. Beside another outlet's "won" for the same result they do what
"claimed" does to a statement the others let a speaker "say": they cast an established fact as
one side's assertion. Which outlet is right is not the app's call; that one turns a result into
a claim is something a reader can check side by side.

Words inside quotation marks are the speaker's and are neither flagged nor used as answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article, Claim, Counterpart
from reader.core.nlp import lemmas_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a "claimed victory" flag.
CLAIMED_OUTCOME_RULE: Final = "rule:claimed-outcome"
#: What a candidate or a side "claims" when the claim is a result: "claimed victory".
_OUTCOMES: Final = frozenset({"victory", "win", "triumph"})
#: Verbs (lemmas) that tell the same result as a fact: "won", "defeated", "beat", "was elected".
#: The tagger splits "re-elected" into "re", "-" and "elected", so "elect" covers it too.
_RESULT_VERBS: Final = frozenset({"win", "defeat", "beat", "elect"})


@dataclass(frozen=True, slots=True)
class ClaimedOutcome:
    """One outlet's "claimed victory" (``start``/``end``: character offsets of the verb and its
    object) and the other outlets' words for the same result, located in their claims."""

    article: str
    start: int
    end: int
    claim: str
    group: Alignment
    answers: tuple[Counterpart, ...]


def claimed_outcomes(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[ClaimedOutcome]:
    """Every "claimed victory" outside quotation marks whose aligned claims in other outlets tell
    the result with a plain verb ("won", "defeated")."""
    texts = {a.id: a.text for a in articles}
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    group_of = {m.claim: g for g in groups for m in g.members}
    out: list[ClaimedOutcome] = []
    for article in articles:
        for verb, obj in _claimed_results(doc_of[article.id]):
            start, end = verb.idx, obj.idx + len(obj.text)
            if _inside(start, end, quotes.get(article.id, ())):
                continue
            claim = next((c for c in claims.get(article.id, ()) if c.start <= start < c.end), None)
            group = group_of.get(claim.id) if claim else None
            if claim is None or group is None:
                continue
            answers = _answers(article.id, group, doc_of, texts, quotes)
            if answers:
                out.append(ClaimedOutcome(article.id, start, end, claim.id, group, answers))
    return out


def _claimed_results(doc: Doc) -> list[tuple[Token, Token]]:
    """The verbs "claim" whose object is a result ("claimed victory"), with that object."""
    found: list[tuple[Token, Token]] = []
    for tok in (doc[i] for i in lemmas_at(doc, ("claim",))):
        if tok.pos_ != "VERB":
            continue
        obj = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _OUTCOMES), None
        )
        if obj is not None:
            found.append((tok, obj))
    return found


def _answers(
    article: str,
    group: Alignment,
    doc_of: Mapping[str, Doc],
    texts: Mapping[str, str],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> tuple[Counterpart, ...]:
    """Each other outlet's claim in the group that tells the result with a plain verb, with the
    verb located in it; one per outlet."""
    out: list[Counterpart] = []
    for m in group.members:
        if m.article == article or any(c.article == m.article for c in out):
            continue
        verb = next(
            (
                t
                for t in doc_of[m.article]
                if m.start <= t.idx < m.end
                and t.pos_ == "VERB"
                and t.lemma_.lower() in _RESULT_VERBS
                and not _inside(t.idx, t.idx + len(t.text), quotes.get(m.article, ()))
            ),
            None,
        )
        if verb is not None:
            text = texts[m.article][m.start : m.end]
            at = _with_prefix(verb) - m.start
            out.append(Counterpart(m.article, text, at, verb.idx + len(verb.text) - m.start))
    return tuple(out)


def _with_prefix(verb: Token) -> int:
    """Where the verb starts with a hyphenated prefix the tagger split off ("re-elected"), so
    the answer shown is the outlet's word, not "elected"."""
    doc = verb.doc
    if verb.i >= 2:
        prefix, hyphen = doc[verb.i - 2], doc[verb.i - 1]
        joined = not prefix.whitespace_ and not hyphen.whitespace_
        if joined and hyphen.text == "-" and prefix.text.lower() == "re":
            return prefix.idx
    return verb.idx


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
