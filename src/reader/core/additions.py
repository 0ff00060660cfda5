"""Details one outlet slips into a claim the others report too.

"Union president Carla Mendes, who earns more than $210,000 a year, said the strike would go on"
lines up with the other outlets' "Union president Carla Mendes said the strike would go on", so no
"only this outlet" flag is raised for it, yet the relative clause is a fact only this outlet chose
to tell, and choosing it frames the speaker. The aligner matches the claim as a whole; this module
looks inside a matched claim for a clause the outlet added: a relative clause, or an apposition or
participle phrase carrying a figure, whose words none of the other members of the group use.

Only the outlet's own voice counts: a clause inside a quotation is the speaker's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A clause shorter than this (words) says too little to be a detail of its own ("who said").
MIN_WORDS: Final = 4
#: Share of the clause's content words that no other member of the group may use.
NEW_SHARE: Final = 0.8
#: Dependencies of the clauses that may carry an added detail; an apposition or a participle
#: phrase counts only with a figure in it ("Korvex, which employs 61,000 people" always counts).
_CLAUSES: Final = frozenset({"relcl", "appos", "acl"})


@dataclass(frozen=True, slots=True)
class Addition:
    """A clause one article adds to a claim its group's other articles report without it."""

    article: str
    start: int  # character offsets into the article's text
    end: int
    claim: str
    group: Alignment


def added_details(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    speech: Mapping[str, Sequence[tuple[int, int]]],
) -> list[Addition]:
    """Every added clause in the aligned claims, outermost clauses only, group by group.
    ``speech`` holds each article's quotation spans: a clause inside one is the speaker's."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    out: list[Addition] = []
    for group in groups:
        spans = {
            m: doc_of[m.article].char_span(m.start, m.end, alignment_mode="expand")
            for m in group.members
        }
        for member in group.members:
            span = spans[member]
            others = [s for m in group.members if m.article != member.article and (s := spans[m])]
            if span is None or not others:
                continue
            # Word forms and lemmas: "five hours" is the detail "a five-hour debate" gives too.
            used = {w for s in others for t in s for w in (t.lower_, t.lemma_.lower())}
            for start, end in _added_clauses(span, used, speech.get(member.article, ())):
                out.append(Addition(member.article, start, end, member.claim, group))
    return out


def _added_clauses(
    span: Span, used: set[str], speech: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    candidates = [t for t in span if t.dep_ in _CLAUSES]
    for tok in sorted(candidates, key=lambda t: -len(list(t.subtree))):
        words = [t for t in tok.subtree if not (t.is_punct or t.is_space)]
        if not words or words[0].i < span.start or words[-1].i >= span.end:
            continue
        if taken.intersection(t.i for t in words):
            continue  # inside a clause already found: the outermost one is the detail
        if not _informative(tok, words, used):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if any(s < end and start < e for s, e in speech):
            continue  # the speaker's words
        taken.update(t.i for t in words)
        found.append((start, end))
    return sorted(found)


def _informative(clause: Token, words: Sequence[Token], used: set[str]) -> bool:
    """Long enough, new to the other outlets, and a clause of its own or a figure."""
    if len(words) < MIN_WORDS:
        return False
    content = [t for t in words if not t.is_stop and any(ch.isalnum() for ch in t.text)]
    if len(content) < 2:
        return False
    new = [t for t in content if t.lower_ not in used and t.lemma_.lower() not in used]
    if len(new) < NEW_SHARE * len(content):
        return False
    # A figure, not a date: "PORT ALDER, Nov. 24 (Northline Press)" is a dateline.
    figure = any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in words)
    return clause.dep_ == "relcl" or figure
