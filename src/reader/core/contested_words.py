"""Words for the same people or act that one outlet loads and the others keep plain: "terrorists"
where the others, in the same aligned claim, write "fighters"; "massacre" where they write
"strike"; "martyrs" where they write "the dead" or "killed"; "rioters" or "peaceful" where they
write "protesters"; police that "stormed" a camp the others say they "cleared".

The lexicon leaves these words plain on purpose (resources/lexicons/README.md): agency copy
writes them where a court or a designation names an attack or its dead, so alone they are no
evidence. Beside another outlet's neutral word for the same people or act they are: the outlet
chose the charged name where a plain one was at hand. When another outlet writes the word too,
it is the story's word, not one outlet's framing, and nothing is flagged.

The people a story names are its actors wherever they appear, so a loaded name for them counts
against the others' plain name anywhere in their reports, at lower confidence. An act word
counts only inside an aligned claim: outside one, "massacre" may name another act (a past one
told as background) than the others' "strike".

Words inside quotation marks are the speaker's and are neither flagged nor used as answers.

The families are data, not code (``resources/lexicons/contested/families.tsv``, described in
``resources/lexicons/README.md``), so a curator adds one without touching the rule; the file sits
in a folder of its own because the lexicon reads every ``*.tsv`` beside its README as entries.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

from reader.core.model import Alignment, Article, Claim, Counterpart
from reader.core.nlp import words_at
from reader.resources import resource

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The rule name of a flag on a loaded word the other outlets replace with a neutral one.
CONTESTED_WORD_RULE: Final = "rule:contested-word"
#: The sides a family may lean to, as in ``resources/lexicons/balance/lean.tsv``; empty: both.
_LEANS: Final = frozenset({"left", "right", ""})


@dataclass(frozen=True, slots=True)
class WordFamily:
    """A loaded word for people or an act, and the plain words news copy uses for the same."""

    what: str  # what the words name, for the explanation: "the armed group's members"
    category: str  # the flag's kind: "label" for people, "loaded" for an act
    loaded: frozenset[str]
    neutral: frozenset[str]
    #: People: the story's actors wherever named. An act: only within one aligned claim.
    people: bool
    name: str = ""  # the family's row in the resource file, for tests and curators
    lean: str = ""  # "left", "right" or "" (both sides write it), for the balance check


#: The bundled families: one row each, loaded and plain words as comma-separated lists.
FAMILIES_FILE: Final = ("lexicons", "contested", "families.tsv")
_HEADER: Final = ("family", "category", "scope", "lean", "what", "loaded", "plain", "source")
_SCOPES: Final = {"people": True, "claim": False}


@cache
def families() -> tuple[WordFamily, ...]:
    """The bundled word families, read once per process and only when a comparison needs them."""
    return read_families(resource(*FAMILIES_FILE))


def read_families(path: Path) -> tuple[WordFamily, ...]:
    """Read a families file; a malformed line is a bug in the bundled data, so it raises.

    Spacing a curator's editor adds is no malformation: a byte-order mark, an indented comment,
    spaces around a cell or a word, and empty cells after the last column are read past."""
    out: list[WordFamily] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = tuple(_within_columns([h.strip() for h in next(rows, [])]))
        if header != _HEADER:
            raise ValueError(f"{path.name}: the first line must be {'<TAB>'.join(_HEADER)}")
        for lineno, row in enumerate(rows, start=2):
            cells = _within_columns([c.strip() for c in row])
            if not any(cells) or cells[0].startswith("#"):
                continue
            out.append(_family(path.name, lineno, cells))
    return tuple(out)


def _within_columns(cells: list[str]) -> list[str]:
    """``cells`` without the empty ones past the header's last column, which an editor's
    trailing tab adds. Only those: an empty source is a column of its own, and dropping every
    trailing empty cell refused a row that leaves it blank as seven columns short."""
    while len(cells) > len(_HEADER) and not cells[-1]:
        cells.pop()
    return cells


def _family(name: str, lineno: int, row: Sequence[str]) -> WordFamily:
    """One row as a family, checked: a word on both sides would flag itself, and one of several
    words would never match the single tokens it is compared with."""
    if len(row) != len(_HEADER):
        raise ValueError(f"{name}:{lineno}: expected {len(_HEADER)} columns, got {len(row)}")
    family, category, scope, lean, what, loaded, plain, _source = row
    if not family:
        raise ValueError(f"{name}:{lineno}: a family needs a name in its first column")
    if category not in ("label", "loaded") or scope not in _SCOPES or lean not in _LEANS:
        raise ValueError(f"{name}:{lineno}: unknown category, scope or lean in {family!r}")
    loaded_words, plain_words = _words(loaded), _words(plain)
    if not loaded_words or not plain_words or loaded_words & plain_words:
        raise ValueError(f"{name}:{lineno}: {family!r} needs loaded and plain words apart")
    if any(len(w.split()) > 1 for w in loaded_words | plain_words):
        raise ValueError(f"{name}:{lineno}: {family!r} lists a phrase; write single words")
    return WordFamily(
        what=what,
        category=category,
        loaded=loaded_words,
        neutral=plain_words,
        people=_SCOPES[scope],
        name=family,
        lean=lean,
    )


def _words(cell: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in cell.split(",") if w.strip())


@dataclass(frozen=True, slots=True)
class ContestedWord:
    """One outlet's loaded word (``start``/``end``: character offsets) and each other outlet's
    plain word for the same people or act, located in the claim or sentence holding it."""

    article: str
    start: int
    end: int
    family: WordFamily
    claim: str | None
    group: Alignment | None
    answers: tuple[Counterpart, ...]

    @property
    def aligned(self) -> bool:
        """Answered from the same aligned claim, not from elsewhere in the others' reports."""
        return self.group is not None


def contested_words(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    claims: Mapping[str, Sequence[Claim]],
    groups: Sequence[Alignment],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[ContestedWord]:
    """Every loaded word of :func:`families` outside quotation marks that no other outlet writes
    and that another outlet answers with a plain word for the same people or act."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    own = {a.id: _own_words(doc_of[a.id], quotes.get(a.id, ())) for a in articles}
    group_of = {m.claim: g for g in groups for m in g.members}
    # Each article's words as a set once, not every token read again for each of the families.
    own_lower = {a: {t.lower_ for t in words} for a, words in own.items()}
    out: list[ContestedWord] = []
    for family in families():
        users = {a for a, words in own_lower.items() if not family.loaded.isdisjoint(words)}
        if len(users) != 1:
            continue  # nobody's word, or the story's word: several outlets write it
        (article,) = users
        for tok in own[article]:
            if tok.lower_ not in family.loaded:
                continue
            claim = next((c for c in claims.get(article, ()) if c.start <= tok.idx < c.end), None)
            group = group_of.get(claim.id) if claim else None
            answers = _group_answers(article, group, own, family) if group else ()
            if not answers and family.people:
                group, answers = None, _report_answers(article, own, family)
            if answers:
                out.append(
                    ContestedWord(
                        article,
                        tok.idx,
                        tok.idx + len(tok.text),
                        family,
                        claim.id if claim else None,
                        group,
                        answers,
                    )
                )
    return out


def _family_words() -> frozenset[str]:
    """Every loaded and plain word of the families: the only words the checks here ever read."""
    return frozenset(w for family in families() for w in family.loaded | family.neutral)


def _own_words(doc: Doc, quotes: Sequence[tuple[int, int]]) -> list[Token]:
    """The article's tokens outside quotation marks that some family holds: the family words
    the outlet writes itself.

    Every check reads a token only to ask whether a family holds its word, so the others are
    ruled out in the word column first (a Token made for each of them cost more than the
    checks). One walk over these tokens and the quotations in order, not every quotation per
    token: a long article has hundreds of each."""
    spans = sorted(quotes)
    out: list[Token] = []
    i = 0
    for t in (doc[j] for j in words_at(doc, _family_words())):
        while i < len(spans) and spans[i][1] <= t.idx:
            i += 1  # a quotation that ends before this token ends before every later one
        if i < len(spans) and spans[i][0] <= t.idx:
            continue
        out.append(t)
    return out


def _group_answers(
    article: str, group: Alignment, own: Mapping[str, Sequence[Token]], family: WordFamily
) -> tuple[Counterpart, ...]:
    """Each other outlet's claim in the group that names the same people or act plainly, with
    the plain word located in it; one per outlet."""
    out: list[Counterpart] = []
    for m in group.members:
        if m.article == article or any(c.article == m.article for c in out):
            continue
        word = next(
            (t for t in own[m.article] if m.start <= t.idx < m.end and t.lower_ in family.neutral),
            None,
        )
        if word is not None:
            text = word.doc.text[m.start : m.end]
            at = word.idx - m.start
            out.append(Counterpart(m.article, text, at, at + len(word.text)))
    return tuple(out)


def _report_answers(
    article: str, own: Mapping[str, Sequence[Token]], family: WordFamily
) -> tuple[Counterpart, ...]:
    """Each other outlet's first sentence that names the same people plainly, anywhere in its
    report, with the plain word located in it."""
    out: list[Counterpart] = []
    for other, words in own.items():
        if other == article:
            continue
        word = next((t for t in words if t.lower_ in family.neutral), None)
        if word is not None:
            sent = word.sent
            at = word.idx - sent.start_char
            out.append(Counterpart(other, sent.text, at, at + len(word.text)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class HeadlineWord:
    """A loaded word in one outlet's headline (``start``/``end``: offsets in its title) and each
    other outlet's plain word for the same people or act; ``place`` says where the plain words
    were found: "headline", "lead" or "report"."""

    article: str
    start: int
    end: int
    family: WordFamily
    place: str
    answers: tuple[Counterpart, ...]


#: Sentences of a body that tell the story's main event, as a headline does: its first two (a
#: body may open with its headline or a dateline line).
_LEAD_SENTENCES: Final = 2


def headline_contested_words(
    titles: Mapping[str, str],
    headlines: Mapping[str, tuple[Doc, Sequence[tuple[int, int]]]],
    docs: Mapping[str, Doc],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[HeadlineWord]:
    """Every loaded word in a headline, outside quotation marks, that no other outlet writes in
    its headline or report and that another outlet answers with a plain word.

    A headline is no claim and lines up with none, so it is read against what tells the same
    event: the others' headlines first; for an act, else their lead; for people, else anywhere in
    their reports, as in the body. ``headlines`` holds each titled article's headline parse
    (offsets those of ``titles``) and its quotation spans; ``docs`` and ``quotes`` the bodies'."""
    heads = {a: _own_words(doc, q) for a, (doc, q) in headlines.items()}
    bodies = {a: _own_words(doc, quotes.get(a, ())) for a, doc in docs.items()}
    out: list[HeadlineWord] = []
    for family in families():
        users = {
            a
            for words in (heads, bodies)
            for a, own in words.items()
            if any(t.lower_ in family.loaded for t in own)
        }
        if len(users) != 1 or next(iter(users)) not in heads:
            continue
        (article,) = users
        place, answers = _headline_answers(article, titles, heads, bodies, family)
        if not answers:
            continue
        out.extend(
            HeadlineWord(article, t.idx, t.idx + len(t.text), family, place, answers)
            for t in heads[article]
            if t.lower_ in family.loaded
        )
    return out


def _headline_answers(
    article: str,
    titles: Mapping[str, str],
    heads: Mapping[str, Sequence[Token]],
    bodies: Mapping[str, Sequence[Token]],
    family: WordFamily,
) -> tuple[str, tuple[Counterpart, ...]]:
    """Where the others name the headline's people or act plainly, and their words there."""
    out: list[Counterpart] = []
    for other, words in heads.items():
        word = next((t for t in words if t.lower_ in family.neutral), None)
        if other != article and word is not None:
            out.append(Counterpart(other, titles[other], word.idx, word.idx + len(word.text)))
    if out:
        return "headline", tuple(out)
    if family.people:
        return "report", _report_answers(article, bodies, family)
    lead = {a: [t for t in words if _in_lead(t)] for a, words in bodies.items()}
    return "lead", _report_answers(article, lead, family)


def _in_lead(token: Token) -> bool:
    """Whether the token is in one of the body's first sentences."""
    for i, sent in enumerate(token.doc.sents):
        if i >= _LEAD_SENTENCES:
            return False
        if sent.start <= token.i < sent.end:
            return True
    return False
