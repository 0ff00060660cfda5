"""Word-level differences: whole words only, faithful to both texts, consensus spans per member."""

from __future__ import annotations

import importlib
import itertools
import re
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import diff
from reader.core.model import Alignment, AlignmentMember, Article

dmp_module = importlib.import_module("diff_match_patch.diff_match_patch")

WORDS = st.sampled_from(
    ["the", "President", "dictator", "Xi", "said", "claimed", "so-called", "plan", "don't", "12",
     "peace", "framework", "on", "Friday", ",", ".", "\"", "regime", "government", "naïve"]
)  # fmt: skip
SENTENCES = st.lists(WORDS, min_size=0, max_size=25).map(lambda ws: " ".join(ws))

_WORD = re.compile(r"\w")


def _inside_word(text: str, offset: int) -> bool:
    """True when a boundary at ``offset`` would cut a word in two."""
    return 0 < offset < len(text) and bool(
        _WORD.match(text[offset - 1]) and _WORD.match(text[offset])
    )


@settings(max_examples=200, deadline=None)
@given(SENTENCES, SENTENCES)
def test_word_diff_rebuilds_both_texts_and_never_splits_a_word(a: str, b: str) -> None:
    runs = diff.word_diff(a, b)
    assert "".join(t for op, t in runs if op <= 0) == a
    assert "".join(t for op, t in runs if op >= 0) == b
    pos_a = pos_b = 0
    for op, text in runs:
        if op <= 0:
            assert not _inside_word(a, pos_a)
            pos_a += len(text)
        if op >= 0:
            assert not _inside_word(b, pos_b)
            pos_b += len(text)


@settings(max_examples=100, deadline=None)
@given(SENTENCES, SENTENCES)
def test_pair_spans_cover_whole_words_only(a: str, b: str) -> None:
    spans_a, spans_b = diff.pair_spans(a, b)
    for text, spans in ((a, spans_a), (b, spans_b)):
        for s in spans:
            assert 0 <= s.start < s.end <= len(text)
            assert not _inside_word(text, s.start) and not _inside_word(text, s.end)
            assert _WORD.match(text[s.start]) and _WORD.match(text[s.end - 1])


def test_identical_texts_have_no_differences() -> None:
    text = "President Xi Jinping met Wang Yi on Friday."
    assert diff.word_diff(text, text) == [(0, text)]
    assert diff.pair_spans(text, text) == ((), ())


def test_substitutions_are_changed_and_extra_words_are_added() -> None:
    a = "Chinese dictator Xi Jinping unveiled a supposed peace plan on Friday."
    b = "President Xi Jinping unveiled a peace plan on Friday."
    spans_a, spans_b = diff.pair_spans(a, b)
    found_a = {(a[s.start : s.end], s.op) for s in spans_a}
    assert ("Chinese dictator", "changed") in found_a
    assert ("supposed", "added") in found_a
    assert {(b[s.start : s.end], s.op) for s in spans_b} == {("President", "changed")}


def test_consensus_ignores_what_most_others_share() -> None:
    text = "Chinese dictator Xi Jinping unveiled a supposed peace plan."
    others = [
        "President Xi Jinping unveiled a peace plan.",
        "President Xi Jinping unveiled a peace plan on Friday.",
    ]
    spans = diff.consensus_spans(text, others, offset=100)
    words = {(text[s.start - 100 : s.end - 100], s.op) for s in spans}
    assert words == {("Chinese dictator", "changed"), ("supposed", "added")}


def test_attach_diffs_uses_article_offsets_and_joins_many_to_many_members() -> None:
    a = Article(
        id="a", outlet="A", text="Intro. The council voted 31 to 26 and approved the charge."
    )
    b = Article(
        id="b", outlet="B", text="The council voted 31 to 26. It approved the hated charge."
    )
    a_start = a.text.index("The council")
    b1_end = b.text.index(".") + 1
    b2_start = b.text.index("It approved")
    group = Alignment(
        id="g1",
        score=0.8,
        members=(
            AlignmentMember("a", "a/c2", a_start, len(a.text)),
            AlignmentMember("b", "b/c1", 0, b1_end),
            AlignmentMember("b", "b/c2", b2_start, len(b.text)),
        ),
    )
    (out,) = diff.attach_diffs([group], [a, b])
    assert out.members == group.members
    b_words = {b.text[s.start : s.end] for s in out.diffs["b"]}
    assert "hated" in b_words
    assert "council" not in b_words
    for s in out.diffs["a"]:
        assert a_start <= s.start < s.end <= len(a.text)


def test_a_dateline_is_no_different_wording() -> None:
    """ "PORT ALDER (Wire) - " says where the copy was filed and differs between any two outlets;
    marked as different wording it lit up every lead. The words after it are compared as ever."""
    a = Article(
        id="a",
        outlet="A",
        text="PORT ALDER, March 3 (Wire) - The council voted 31 to 26 to approve the charge.",
    )
    b = Article(id="b", outlet="B", text="The council voted 31 to 26 to approve the hated charge.")
    group = Alignment(
        id="g1",
        score=0.9,
        members=(
            AlignmentMember("a", "a/c1", 0, len(a.text)),
            AlignmentMember("b", "b/c1", 0, len(b.text)),
        ),
    )
    (out,) = diff.attach_diffs([group], [a, b])
    assert out.diffs["a"] == ()
    assert [b.text[s.start : s.end] for s in out.diffs["b"]] == ["hated"]


def test_both_directions_of_a_pair_are_one_diff_mirrored() -> None:
    a = "Chinese dictator Xi Jinping met the French president on Friday."
    b = "President Xi Jinping met Emmanuel Macron in Guangdong on Friday."
    forward, backward = diff.word_diff(a, b), diff.word_diff(b, a)
    assert backward == [(-op, text) for op, text in forward]
    for runs, old, new in ((forward, a, b), (backward, b, a)):
        assert "".join(t for op, t in runs if op <= 0) == old
        assert "".join(t for op, t in runs if op >= 0) == new
    long_a, long_b = a * 200, b * 200  # too long to remember: computed, same contract
    runs = diff.word_diff(long_a, long_b)
    assert "".join(t for op, t in runs if op <= 0) == long_a


def test_same_place_finds_the_words_answering_a_flag_or_nothing() -> None:
    from reader.core.diff import same_place

    a = "Chinese dictator Xi Jinping met the French president in Guangzhou on Friday."
    b = "President Xi Jinping met the French president in Guangzhou on Friday."
    c = "Xi Jinping hosted the French president in Guangzhou on Friday."
    at = a.index("dictator")
    found = same_place(a, at, at + len("dictator"), b)
    assert found is not None and b[found[0] : found[1]] == "President"
    assert same_place(a, at, at + len("dictator"), c) is None  # c writes nothing in that place
    said = "Macron told reporters France wanted China to play a constructive role."
    insisted = "Macron insisted France wanted China to play a constructive role."
    at = insisted.index("insisted")
    found = same_place(insisted, at, at + len("insisted"), said)
    assert found is not None and said[found[0] : found[1]] == "told reporters"
    # A place holding only a function word answers nothing.
    big = "Big business lobbyists backed the plan on Monday."
    assert (
        same_place(big, 0, len("Big business"), "The lobbyists backed the plan on Monday.") is None
    )
    # Two sentences worded apart: no shared content words pin the place, so no guess.
    apart = "Councillors backed the plan by 31 votes to 26 after a debate."
    at = a.index("met")
    assert same_place(a, at, at + 3, apart) is None
    # The flagged word is one of a long stretch the other claim words otherwise: its first
    # differing word ("Former") is no answer to "questionable".
    long_a = (
        "It is also questionable if France has enough credibility with the Ukrainians, with some,"
        " including former Conservative leader Iain Duncan Smith, noting his role."
    )
    short_b = "Former Conservative leader Iain Duncan Smith said Ukrainians did not trust him."
    at = long_a.index("questionable")
    assert same_place(long_a, at, at + len("questionable"), short_b) is None


def test_a_slow_machine_shades_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # A clock that jumps a second each time it is read: any time limit on the diff runs out at
    # once, as it might on a busy machine. The words shaded must not depend on it.
    a = "The council approved the new budget on Monday after a long and heated debate."
    b = "The city council narrowly passed the budget on Tuesday after a heated debate."
    diff._remembered_diff.cache_clear()
    expected = diff.pair_spans(a, b)
    clock = itertools.count(start=1_000_000.0)
    monkeypatch.setattr(dmp_module, "time", SimpleNamespace(time=lambda: next(clock)))
    diff._remembered_diff.cache_clear()
    assert diff.pair_spans(a, b) == expected
    shaded_a = " ".join(a[s.start : s.end] for s in expected[0])
    shaded_b = " ".join(b[s.start : s.end] for s in expected[1])
    assert "approved" in shaded_a and "Monday" in shaded_a and "Tuesday" in shaded_b
    assert "budget" not in shaded_a + shaded_b and "heated" not in shaded_a + shaded_b


def test_an_overlong_pair_is_shown_without_inner_shading() -> None:
    words = [f"word{i}" for i in range(diff.MAX_DIFF_TOKENS)]
    a = " ".join(words) + "."
    b = " ".join(reversed(words)) + "."
    assert diff.pair_spans(a, b) == ((), ())
    assert diff.consensus_spans(a, [b]) == ()
    runs = diff.word_diff(a, b)  # still a faithful diff: both texts come back whole
    assert "".join(t for op, t in runs if op <= 0) == a
    assert "".join(t for op, t in runs if op >= 0) == b
    # Just under the cap, the words still line up and differences are shaded.
    short = " ".join(words[: diff.MAX_DIFF_TOKENS // 8])
    spans, _ = diff.pair_spans(short + " extra.", short + ".")
    assert [(short + " extra.")[s.start : s.end] for s in spans] == ["extra"]


def test_a_pair_exactly_at_the_cap_is_still_shaded_and_one_token_more_is_not() -> None:
    base = " ".join(f"w{i}" for i in range(diff.MAX_DIFF_TOKENS // 4 - 2))
    a, b = base + " new.", base + "."
    # Each mark is a token of its own: pad the pair to exactly the cap.
    b += "!" * (diff.MAX_DIFF_TOKENS - len(diff.tokens(a)) - len(diff.tokens(b)))
    assert len(diff.tokens(a)) + len(diff.tokens(b)) == diff.MAX_DIFF_TOKENS
    spans, _ = diff.pair_spans(a, b)
    assert [a[s.start : s.end] for s in spans] == ["new"]
    over = b + "!"
    assert len(diff.tokens(a)) + len(diff.tokens(over)) == diff.MAX_DIFF_TOKENS + 1
    assert diff.pair_spans(a, over) == ((), ())
