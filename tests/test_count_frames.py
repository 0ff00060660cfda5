"""A count one outlet plays down or up where another gives it plainly
(:mod:`reader.core.count_frames`), and what is no such frame: "only" before no count, "just"
meaning how soon, a different count, a frame every outlet uses, a speaker's words, a frame the
word list already flags."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reader.core import nlp
from reader.core.compare import compare
from reader.core.count_frames import _counts
from reader.core.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PLAIN = (
    "The Velmar water board fined the Ostrel bottling plant on Tuesday. The board ordered the"
    " plant to pay 900 dollars for every day it had drawn water over its licence, and closed"
    " the well for six months."
)


def _framed(*texts: str) -> list[tuple[str, str, str]]:
    """(article, flagged words, explanation) of every count-frame flag."""
    comp = compare([Article(f"a{i}", f"Outlet {i}", text) for i, text in enumerate(texts)])
    return [(f.article, f.text, f.explanation) for f in comp.flags if f.rule == "rule:count-frame"]


def test_a_count_played_down_is_set_against_the_plain_count() -> None:
    framed = _PLAIN.replace("for six months", "for only six months")
    assert _framed(_PLAIN, framed) == [
        (
            "a1",
            "only six months",
            "Says 'only six months', playing the count down; Outlet 0 writes 'six months'.",
        )
    ]


def test_a_count_played_up_is_set_against_the_plain_count() -> None:
    framed = _PLAIN.replace("pay 900 dollars", "pay as many as 900 dollars")
    flags = _framed(framed, _PLAIN)
    assert [(a, words) for a, words, _ in flags] == [("a0", "as many as 900 dollars")]
    assert "playing the count up" in flags[0][2] and "'900 dollars'" in flags[0][2]


def test_the_flag_is_filed_with_the_word_lists_intensifiers() -> None:
    framed = _PLAIN.replace("for six months", "for just six months")
    comp = compare([Article("a0", "Outlet 0", _PLAIN), Article("a1", "Outlet 1", framed)])
    (flag,) = [f for f in comp.flags if f.rule == "rule:count-frame"]
    assert flag.category == "intensifier"
    assert flag.alignment is not None
    assert [c.answer for c in flag.counterparts] == ["six months"]


_SOON = _PLAIN.replace("on Tuesday", "two days after an inspection")


@pytest.mark.parametrize(
    ("plain", "framed"),
    [
        # "only" before no count.
        (_PLAIN, _PLAIN.replace("closed the well", "only closed the well")),
        # "just" telling how soon, not how many.
        (_SOON, _SOON.replace("two days after", "just two days after")),
        # A different count: for the figures check, not a frame.
        (_PLAIN, _PLAIN.replace("for six months", "for only four months")),
        # "the only": an adjective of the thing, not a frame on the count.
        (
            _PLAIN.replace("the well for", "the two wells for"),
            _PLAIN.replace("the well for", "the only two wells for"),
        ),
        # The frame is the speaker's.
        (
            _PLAIN,
            _PLAIN.replace(
                "and closed the well for six months.",
                'and closed the well. "The well is shut for only six months," the plant\'s'
                " owner said.",
            ),
        ),
    ],
)
def test_no_count_frame_is_flagged_where_none_is_played_down(plain: str, framed: str) -> None:
    assert _framed(plain, framed) == []


def test_a_hedged_count_is_no_plain_answer() -> None:
    hedged = _PLAIN.replace("for six months", "for about six months")
    framed = _PLAIN.replace("for six months", "for only six months")
    assert _framed(hedged, framed) == []


def test_a_frame_every_outlet_uses_is_not_flagged() -> None:
    framed = _PLAIN.replace("for six months", "for only six months")
    assert _framed(framed, framed) == []


def test_a_frame_the_word_list_flags_is_flagged_once() -> None:
    framed = _PLAIN.replace("pay 900 dollars", "pay a whopping 900 dollars")
    comp = compare([Article("a0", "Outlet 0", _PLAIN), Article("a1", "Outlet 1", framed)])
    on_it = [f for f in comp.flags if f.article == "a1" and "whopping" in f.text]
    assert len(on_it) == 1 and on_it[0].rule != "rule:count-frame"


class _Reads:
    """A parse that records which tokens a rule makes, by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.asked = doc, list[int | slice]()

    def __getitem__(self, key: int | slice) -> object:
        self.asked.append(key)
        return self.doc[key]

    def __len__(self) -> int:
        return len(self.doc)

    def __getattr__(self, name: str) -> object:
        return getattr(self.doc, name)


def test_counts_are_looked_for_only_where_a_number_may_start() -> None:
    # A word with no digit that is no number word or "a" starts no count: it is ruled out in the
    # parse's word column, and no Token is made for it.
    plain = _Reads(nlp.parse("The board fined the plant on Tuesday and closed its well."))
    assert _counts(plain, []) == []  # type: ignore[arg-type]
    assert plain.asked == []
    counted = _Reads(nlp.parse(_PLAIN))
    found = _counts(counted, [])  # type: ignore[arg-type]
    assert [(c.value, _PLAIN[c.start : c.end]) for c in found] == [
        (900.0, "900 dollars"),
        (6.0, "six months"),
    ]
