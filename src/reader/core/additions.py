"""Details one outlet slips into a claim the others report too.

"Union president Carla Mendes, who earns more than $210,000 a year, said the strike would go on"
lines up with the other outlets' "Union president Carla Mendes said the strike would go on", so no
"only this outlet" flag is raised for it, yet the relative clause is a fact only this outlet chose
to tell, and choosing it frames the speaker. The aligner matches the claim as a whole; this module
looks inside a matched claim for a clause the outlet added: a relative clause, or an apposition or
participle phrase carrying a figure, whose words none of the other members of the group use.

Only the outlet's own voice counts: a clause inside a quotation is the speaker's. And only a detail
no other outlet gives anywhere counts: one told in a sentence of its own elsewhere is shared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final
from weakref import WeakKeyDictionary

from reader.core.model import Alignment, Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A clause shorter than this (words) says too little to be a detail of its own ("who said").
MIN_WORDS: Final = 4
#: Share of the clause's content words that no other member of the group may use.
NEW_SHARE: Final = 0.8
#: Share of them that, found together in one sentence of another article, means it tells the
#: detail too, elsewhere.
TOLD_SHARE: Final = 0.6
#: Dependencies of the clauses that may carry an added detail; an apposition or a participle
#: phrase counts only with a figure in it, a relative clause always. Whether a found clause is
#: flagged (it must carry a charge) is :mod:`reader.core.comparison_flags`'s call.
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
            elsewhere = [doc_of[m.article] for m in group.members if m.article != member.article]
            for clause in _added_clauses(span, used, speech.get(member.article, ())):
                if not any(_told(clause, doc) for doc in elsewhere):
                    start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
                    out.append(Addition(member.article, start, end, member.claim, group))
    return out


def _told(clause: Sequence[Token], doc: Doc) -> bool:
    """Another article gives the detail in a sentence of its own ("The bridge, which opened in
    1971, ..." against "Opened in 1971, the bridge ..." two paragraphs on): most of the clause's
    content lemmas in one of its sentences."""
    content = {_stem(t) for t in clause if not t.is_stop and any(ch.isalnum() for ch in t.text)}
    if not content:
        return True
    return any(len(content & stems) >= TOLD_SHARE * len(content) for stems in _sentence_stems(doc))


#: Per live parse, the stems of each of its sentences (:func:`_told`).
_STEMS: Final[WeakKeyDictionary[Doc, tuple[frozenset[str], ...]]] = WeakKeyDictionary()


def _sentence_stems(doc: Doc) -> tuple[frozenset[str], ...]:
    """The stems of each sentence of ``doc``, made once per parse: every added clause of a
    comparison is looked for in every sentence of the other articles, and stemming them again
    for each clause built a Token per word each time."""
    stems = _STEMS.get(doc)
    if stems is None:
        stems = _STEMS[doc] = tuple(frozenset(_stem(t) for t in sent) for sent in doc.sents)
    return stems


def _stem(tok: Token) -> str:
    """A rough stem, so "commits" meets "commitments" and "labour" meets "labor"."""
    word = tok.lemma_.lower().replace("our", "or")
    return word[:6]


def _added_clauses(
    span: Span, used: set[str], speech: Sequence[tuple[int, int]]
) -> list[list[Token]]:
    """The outermost informative clauses of a claim, each as its words in order."""
    found: list[list[Token]] = []
    taken: set[int] = set()
    candidates = [t for t in span if t.dep_ in _CLAUSES]
    for tok in sorted(candidates, key=lambda t: -len(list(t.subtree))):
        words = _clause_words(tok)
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
        found.append(words)
    return sorted(found, key=lambda words: words[0].i)


def _clause_words(clause: Token) -> list[Token]:
    """The clause's words, without what the parser hung on it after a comma ("a disease that
    destroys the kidneys, giving patients an option ...": the participle is the sentence's)."""
    cut = {
        t.i
        for c in clause.children
        if c.dep_ in {"advcl", "conj"} and c.i > clause.i and c.doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }
    words = [t for t in clause.subtree if t.i not in cut and not (t.is_punct or t.is_space)]
    # Contiguous only: a cut in the middle leaves the part before it.
    for k in range(1, len(words)):
        if words[k].i - words[k - 1].i > 2:
            return words[:k]
    return words


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
    # A figure with digits, not a date ("PORT ALDER, Nov. 24 (Northline Press)" is a dateline,
    # "one of Asia's fastest-growing economies" no figure).
    figure = any(
        t.like_num and any(ch.isdigit() for ch in t.text) and t.ent_type_ not in {"DATE", "TIME"}
        for t in words
    )
    return clause.dep_ == "relcl" or figure
