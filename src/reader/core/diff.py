"""Word-level differences inside a claim group: what each outlet words differently from the others.

diff-match-patch works on characters; here every word, run of spaces and punctuation mark becomes
one private-use character first, so an edit is always whole words ("dictator" vs "President", never
"dict" + "ator"), and ``diff_cleanupSemantic`` merges the small equalities that make a diff
unreadable.

The diff is the same on every run and every machine: diff-match-patch gets a deadline that never
comes (its time-out would otherwise cut a long diff short at a point that depends on how busy the
machine is, and shade a claim differently from one run to the next). Without a limit the cost grows
with the product of the lengths, so a pair of claims longer than :data:`MAX_DIFF_TOKENS` tokens
together (a whole unpunctuated page taken for one sentence, never a sentence) is shown without
inner shading: no word of either counts as different from the other.

A member's spans against the group's consensus are the words it does not share with most of the
other articles: ``added`` where the others have nothing in that place, ``changed`` where they have
other words.
"""

from __future__ import annotations

import difflib
import itertools
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final, Literal

from diff_match_patch import diff_match_patch

from reader.core.model import Alignment, AlignmentMember, Article, DiffSpan
from reader.core.sentences import lead_in_end

Mark = Literal["same", "added", "changed"]
Change = Literal["added", "changed"]
DELETE: Final = -1
EQUAL: Final = 0
INSERT: Final = 1

_TOKEN: Final = re.compile(r"\w+(?:['’\-]\w+)*|\s+|[^\w\s]", re.UNICODE)
_PRIVATE_USE: Final = 0xE000
_PRIVATE_USE_END: Final = 0xF8FF
_SUPPLEMENTARY: Final = 0xF0000  # plane 15, also private use


def tokens(text: str) -> list[str]:
    """Words (with inner apostrophes and hyphens), whitespace runs and single punctuation marks."""
    return _TOKEN.findall(text)


def _char(index: int) -> str:
    if _PRIVATE_USE + index <= _PRIVATE_USE_END:
        return chr(_PRIVATE_USE + index)
    return chr(_SUPPLEMENTARY + index)


def _encode(parts: Sequence[str], table: dict[str, str]) -> str:
    out: list[str] = []
    for p in parts:
        ch = table.get(p)
        if ch is None:
            ch = table[p] = _char(len(table))
        out.append(ch)
    return "".join(out)


#: Words, spaces and marks of two claims together beyond which they are not diffed word by word.
#: About 250 words a side; the slowest such pair takes a few tenths of a second.
MAX_DIFF_TOKENS: Final = 1_000


def _beyond_cap(a: str, b: str) -> bool:
    """Too long to diff word by word in a bounded time (see the module's docstring)."""
    if len(a) + len(b) <= MAX_DIFF_TOKENS:
        return False  # never more tokens than characters: most claims need no count
    return len(tokens(a)) + len(tokens(b)) > MAX_DIFF_TOKENS


def _token_diff(a: str, b: str) -> list[tuple[int, list[str]]]:
    """The diff as (op, tokens) runs, computed on one character per token; beyond the cap, all
    of ``a`` deleted and all of ``b`` inserted (nothing aligned, so nothing to shade by).

    A group of n articles asks for both directions of every pair; a diff from ``b`` to ``a`` is
    the one from ``a`` to ``b`` with insertions and deletions swapped, so each pair is computed
    once, in a fixed order (the same runs whichever side asks first), and remembered a while.
    """
    if a != b and _beyond_cap(a, b):
        return [(op, toks) for op, toks in ((DELETE, tokens(a)), (INSERT, tokens(b))) if toks]
    first, second, sign = (a, b, 1) if a <= b else (b, a, -1)
    # Claims are sentences; a pathological one (a whole unpunctuated page) is not kept alive.
    diff = _remembered_diff if len(a) + len(b) <= _REMEMBER_CHARS else _compute_diff
    return [(sign * op, list(toks)) for op, toks in diff(first, second)]


_REMEMBER_CHARS: Final = 8_000
_NEVER: Final = sys.maxsize


def _compute_diff(a: str, b: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    ta, tb = tokens(a), tokens(b)
    table: dict[str, str] = {}
    ea, eb = _encode(ta, table), _encode(tb, table)
    back = {ch: tok for tok, ch in table.items()}
    dmp = diff_match_patch()
    # A deadline that never comes, rather than Diff_Timeout = 0: a time-out above zero keeps the
    # half-match shortcut on, which shapes the runs of ordinary claims as it always has.
    diffs = dmp.diff_main(ea, eb, False, _NEVER)
    dmp.diff_cleanupSemantic(diffs)
    return tuple((op, tuple(back[ch] for ch in chars)) for op, chars in diffs)


_remembered_diff = lru_cache(maxsize=2048)(_compute_diff)


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """diff-match-patch style ``(op, text)`` runs from ``a`` to ``b`` (-1 delete, 0 equal, 1
    insert).

    Joining the texts of the runs with op <= 0 gives ``a`` back; with op >= 0, ``b``.
    """
    return [(op, "".join(toks)) for op, toks in _token_diff(a, b)]


def same_place(a: str, start: int, end: int, b: str) -> tuple[int, int] | None:
    """Where ``b`` words what ``a[start:end]`` says: the words of ``b`` in the same place of a
    word alignment, as character offsets into ``b``; None when ``b`` has nothing there (it leaves
    the words out) or the place is not pinned by shared content words on both sides (two
    sentences worded apart: no telling which of ``b``'s words answer them).

    "Chinese dictator Xi Jinping met ..." against "President Xi Jinping met ...", for
    "dictator": "President". A flag's reader sees the answering phrase, not the whole sentence.
    The alignment is difflib's on word tokens: unlike the reader's diff (:func:`word_diff`) it
    keeps every shared word shared, which a mapping needs, and it is several times cheaper.
    """
    small = len(a) + len(b) <= _REMEMBER_CHARS  # a pathological claim is not kept alive
    ops, at_a, at_b = _alignment(a, b) if small else _alignment.__wrapped__(a, b)
    lo: int | None = None
    hi = 0
    used: list[int] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        a_lo, a_hi = at_a[i1], at_a[i2]
        if tag == "insert" or not (a_lo < end and start < a_hi):
            continue
        used.append(k)
        if tag == "equal":
            b_lo = at_b[j1] + max(start, a_lo) - a_lo
            b_hi = at_b[j1] + min(end, a_hi) - a_lo
        elif tag == "replace":
            if _swallowed(a, a_lo, a_hi, start, end):
                continue  # b rewords a whole stretch: no telling which of its words answer
            b_lo, b_hi = at_b[j1], at_b[j2]
        else:
            continue  # deleted: b has nothing in that place
        lo = b_lo if lo is None else min(lo, b_lo)
        hi = max(hi, b_hi)
    shared = [a[at_a[i1] : at_a[i2]] if tag == "equal" else "" for tag, i1, i2, _, _ in ops]
    if lo is None or not (_pinned(shared, min(used), -1) and _pinned(shared, max(used), 1)):
        return None
    while lo < hi and not b[lo].isalnum():
        lo += 1
    while hi > lo and not b[hi - 1].isalnum():
        hi -= 1
    words = [w.lower() for w in re.findall(r"\w+", b[lo:hi])]
    if not any(len(w) >= 3 and w not in _FUNCTION_WORDS for w in words):
        return None  # "The", "a": the alignment's place, not an answer to the flag
    return lo, hi


#: Words a reworded stretch may hold beyond the flagged ones and still answer them.
_STRETCH_SLACK: Final = 4
_WORD: Final = re.compile(r"\w+")


def _swallowed(a: str, a_lo: int, a_hi: int, start: int, end: int) -> bool:
    """The flagged words are a small part of a long stretch of ``a`` that the other claim words
    otherwise ("It is also questionable if France has enough credibility ... including former"
    against "Former"): the other claim's words there answer the stretch, not the flag."""
    stretch = len(_WORD.findall(a[a_lo:a_hi]))
    flagged = len(_WORD.findall(a[max(start, a_lo) : min(end, a_hi)]))
    return stretch > flagged + _STRETCH_SLACK


Opcode = tuple[str, int, int, int, int]


@lru_cache(maxsize=512)
def _alignment(a: str, b: str) -> tuple[tuple[Opcode, ...], tuple[int, ...], tuple[int, ...]]:
    """difflib's opcodes over the two texts' tokens, and each token's character offset (one more
    entry: the text's length); every flag of a claim asks for the same pair."""
    ta, tb = tokens(a), tokens(b)
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    return tuple(matcher.get_opcodes()), _offsets(ta), _offsets(tb)


def _offsets(toks: Sequence[str]) -> tuple[int, ...]:
    return tuple(itertools.accumulate((len(t) for t in toks), initial=0))


#: Words that never answer a flag on their own.
_FUNCTION_WORDS: Final = frozenset(
    {
        *("the", "and", "but", "for", "with", "from", "into", "that", "this", "these", "those"),
        *("its", "his", "her", "their", "our", "was", "were", "are", "has", "had", "have", "been"),
        *("who", "which", "what", "when", "where", "not", "nor", "than", "then", "also", "very"),
    }
)


def _content(word: str) -> bool:
    return len(word) >= 4 or word[:1].isupper() or word.isdigit()


def _pinned(shared: Sequence[str], k: int, step: int) -> bool:
    """The opcode next to ``k`` on one side keeps text both claims share (``shared``: that text
    per opcode, "" for an edit) with a content word in it, or ``k`` is at that end."""
    j = k + step
    if not 0 <= j < len(shared):
        return True
    return any(_content(w) for w in re.findall(r"\w+", shared[j]))


def _is_word(tok: str) -> bool:
    return any(ch.isalnum() for ch in tok)


def _marks(a: str, b: str) -> list[Mark]:
    """For each token of ``a``: does ``b`` share it, lack it, or word that place differently.

    Beyond the cap every token is "same": an overlong pair is shown without inner shading.
    """
    if _beyond_cap(a, b):
        return ["same" for _ in tokens(a)]
    runs = _token_diff(a, b)
    out: list[Mark] = []
    for k, (op, toks) in enumerate(runs):
        if op == INSERT:
            continue
        if op == EQUAL:
            out.extend("same" for _ in toks)
            continue
        # A deletion next to an insertion is a substitution; alone, it is something b does not say.
        neighbours = [runs[j][0] for j in (k - 1, k + 1) if 0 <= j < len(runs)]
        mark: Change = "changed" if INSERT in neighbours else "added"
        out.extend(mark for _ in toks)
    return out


def _spans_from_marks(text: str, offset: int, marks: Sequence[Mark]) -> tuple[DiffSpan, ...]:
    """Merge marked words into spans; whitespace and punctuation never start or end a span."""
    spans: list[DiffSpan] = []
    pos = 0
    current: tuple[int, int, Change] | None = None
    for tok, mark in zip(tokens(text), marks, strict=True):
        start, end = pos, pos + len(tok)
        pos = end
        if not _is_word(tok):
            continue  # gaps between words neither break nor start a span
        if mark == "same":
            if current is not None:
                spans.append(DiffSpan(offset + current[0], offset + current[1], current[2]))
                current = None
            continue
        op: Change = "changed" if mark == "changed" else "added"
        if current is None:
            current = (start, end, op)
        else:
            current = (current[0], end, "changed" if "changed" in (current[2], op) else "added")
    if current is not None:
        spans.append(DiffSpan(offset + current[0], offset + current[1], current[2]))
    return tuple(spans)


def pair_spans(a: str, b: str) -> tuple[tuple[DiffSpan, ...], tuple[DiffSpan, ...]]:
    """For the details panel: the spans of ``a`` not in ``b`` and of ``b`` not in ``a``.

    Offsets are into ``a`` and ``b`` themselves.
    """
    return _spans_from_marks(a, 0, _marks(a, b)), _spans_from_marks(b, 0, _marks(b, a))


def consensus_spans(text: str, others: Sequence[str], offset: int = 0) -> tuple[DiffSpan, ...]:
    """Spans of ``text`` that most of ``others`` do not share (offsets shifted by ``offset``).

    A word counts as consensus when at least half of the other texts have it in the same place; with
    one other text that is a plain pairwise diff. A differing word is ``changed`` when any of the
    texts that lack it put other words there, else ``added``.
    """
    if not others:
        return ()
    per_other = [_marks(text, o) for o in others]
    need = (len(others) + 1) // 2
    merged: list[Mark] = []
    for column in zip(*per_other, strict=True):
        same = sum(1 for m in column if m == "same")
        if same >= need:
            merged.append("same")
        else:
            merged.append("changed" if "changed" in column else "added")
    return _spans_from_marks(text, offset, merged)


def group_spans(group: Alignment, articles: Sequence[Article]) -> dict[str, tuple[DiffSpan, ...]]:
    """Per article, the spans of its member(s) that differ from the rest of the group.

    An article with several members in the group (one long sentence matched by two short ones) is
    compared member by member against the other articles' members joined in reading order.

    A wire dateline or a live-blog entry time opening a member ("PORT ALDER (Wire) - ", "10:45 -
    ") is left out of both sides: it says where or when the copy was filed, differs between any
    two outlets, and marked as different wording it would light up every lead sentence.
    """
    texts = {a.id: a.text for a in articles}
    by_article: dict[str, list[AlignmentMember]] = {}
    for m in group.members:
        by_article.setdefault(m.article, []).append(m)
    joined = {
        aid: " ".join(
            _words_of(texts[aid][m.start : m.end]) for m in sorted(ms, key=lambda m: m.start)
        )
        for aid, ms in by_article.items()
        if aid in texts
    }
    out: dict[str, tuple[DiffSpan, ...]] = {}
    for aid, members in by_article.items():
        if aid not in texts:
            continue
        others = [t for other, t in joined.items() if other != aid]
        spans: list[DiffSpan] = []
        for m in sorted(members, key=lambda m: m.start):
            text = texts[aid][m.start : m.end]
            cut = lead_in_end(text)
            spans.extend(consensus_spans(text[cut:], others, offset=m.start + cut))
        out[aid] = tuple(spans)
    return out


def _words_of(claim: str) -> str:
    """A claim's text without the dateline or entry time it may open with (:func:`group_spans`)."""
    return claim[lead_in_end(claim) :]


def attach_diffs(groups: Sequence[Alignment], articles: Sequence[Article]) -> list[Alignment]:
    """The groups with their ``diffs`` filled in (the pipeline's diff stage)."""
    return [replace(g, diffs=group_spans(g, articles)) for g in groups]
