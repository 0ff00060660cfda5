"""The claim a candidate flag belongs to (:func:`reader.core.flag_spans.claim_at`)."""

from __future__ import annotations

from reader.core.flag_spans import claim_at
from reader.core.model import Claim

_TEXT = "The plant closed. Workers were told on Monday, the union said."
_FIRST = Claim("c0", "a", 0, 17, _TEXT[0:17], 0)
_SECOND = Claim("c1", "a", 18, 46, _TEXT[18:46], 1)
_THIRD = Claim("c2", "a", 46, len(_TEXT), _TEXT[46:], 1)
_CLAIMS = (_FIRST, _SECOND, _THIRD)


def test_a_word_belongs_to_the_claim_that_holds_it() -> None:
    start = _TEXT.index("Workers")
    assert claim_at(_CLAIMS, start, start + len("Workers")) is _SECOND


def test_the_character_where_one_claim_ends_belongs_to_the_next() -> None:
    """One character asked for (``at``, ``at + 1``) is in the claim that holds it, never the one
    ending there: how :mod:`reader.core.inflated_harms` places a word by its first character."""
    at = _SECOND.end
    assert claim_at(_CLAIMS, at, at + 1) is _THIRD
    assert claim_at(_CLAIMS, at - 1, at) is _SECOND


def test_words_across_two_claims_belong_to_the_first_they_run_into() -> None:
    start = _TEXT.index("Monday")
    assert claim_at(_CLAIMS, start, len(_TEXT)) is _SECOND


def test_words_outside_every_claim_belong_to_none() -> None:
    assert claim_at(_CLAIMS, 17, 18) is None
