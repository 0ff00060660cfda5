"""Acts told with their parties swapped (reader.core.mirrored_acts): a tit-for-tat's two halves."""

from __future__ import annotations

import pytest

from reader.core import nlp
from reader.core.mirrored_acts import acts_in, mirrored


def _acts(text: str) -> frozenset[tuple[str, str, str]]:
    doc = nlp.parse(text)
    return acts_in((t for t in doc if t.dep_ == "nsubj"), doc[:])


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Varnia expelled four Tolvian diplomats on Monday.", ("expel", "varnia", "tolvian")),
        ("Tolvia's president expelled two Varnian envoys.", ("expel", "tolvia", "varnian")),
        (
            "On Monday, Tolvia accused three Varnian diplomats of spying and expelled them.",
            ("expel", "tolvia", "varnian"),
        ),
    ],
)
def test_an_act_names_its_doer_and_its_receiver(text: str, act: tuple[str, str, str]) -> None:
    assert act in _acts(text)


def test_an_act_without_a_named_receiver_is_none() -> None:
    """ "The ministry expelled them": no named party on either side, so nothing to compare."""
    assert not _acts("The ministry expelled them on Monday.")
    assert not _acts("Varnia expelled four diplomats on Monday.")


def test_the_same_act_with_its_parties_swapped_is_mirrored() -> None:
    varnia = _acts("Varnia expelled four Tolvian diplomats on Monday.")
    tolvia = _acts("On Tuesday, Tolvia expelled four Varnian diplomats.")
    assert mirrored(varnia, tolvia) and mirrored(tolvia, varnia)


def test_one_act_told_twice_or_two_different_acts_are_not_mirrored() -> None:
    """The same doer in both is one act retold; another verb is another kind of act."""
    once = _acts("Varnia expelled four Tolvian diplomats on Monday.")
    again = _acts("Varnia's government expelled four Tolvian envoys.")
    assert not mirrored(once, again)
    other_verb = _acts("Tolvia summoned the Varnian ambassador on Tuesday.")
    assert not mirrored(once, other_verb)
