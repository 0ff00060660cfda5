"""A description standing in for a person the article named (:mod:`reader.core.stand_ins`)."""

from __future__ import annotations

import re

import pytest

from reader.core import nlp
from reader.core.entity_words import TITLES
from reader.core.stand_ins import stand_ins
from reader.core.title_references import TitledName


def _stood_for(text: str, people: tuple[str, ...]) -> list[tuple[str, str]]:
    """(stand-in, person) for each stand-in in ``text``, where every mention of ``people`` (the
    last word of a name is a mention of it too) is a naming, as the model's person tags give."""
    doc = nlp.parse(text)
    named = sorted(
        (
            TitledName(m.start(), person, frozenset(), m.group())
            for person in people
            for m in re.finditer(rf"\b(?:{person}|{person.split()[-1]})\b", text)
        ),
        key=lambda n: n.start,
    )
    found = stand_ins(doc, text, named, TITLES, frozenset(), frozenset())
    return [(doc[s.start : s.end].text, s.naming.person) for s in found]


_PERSON = "Teodor Valk bought the shipyard in 2019. Valk has owned it since."


@pytest.mark.parametrize(
    "place",
    [
        "the port of Marlow",
        "the capital Marlow",
        "the village of Marlow",
        # Look-alikes the same rule reads: a place's mayor, and a place named before "the capital".
        "the mayor of Marlow",
        "Marlow, the capital,",
    ],
)
def test_a_name_described_as_a_place_is_no_person_a_stand_in_means(place: str) -> None:
    """Marlow, tagged as a person three times, would outnumber Valk and leave "the tycoon"
    open; described as a place, it is no person, and the tycoon is Valk."""
    said = " ".join(f"Trade in {place} grew." for _ in range(3))
    text = f"{_PERSON} {said} The tycoon said the yard would stay open."
    assert _stood_for(text, ("Teodor Valk", "Marlow")) == [("tycoon", "Teodor Valk")]


def test_a_person_named_after_of_is_still_a_person() -> None:
    """ "The son of Marlow" says nothing of a place: Marlow, named three times, stays the
    article's main person."""
    said = " ".join("The son of Marlow spoke." for _ in range(3))
    text = f"Teodor Valk bought the shipyard. {said} The tycoon said the yard would stay open."
    assert _stood_for(text, ("Teodor Valk", "Marlow")) == [("tycoon", "Marlow")]


@pytest.mark.parametrize("place", ["country's", "city\u2019s"])
def test_a_person_described_as_a_places_own_is_still_a_person(place: str) -> None:
    """ "Valk, the country's richest man" says whose country, not that Valk is one."""
    text = (
        f"Teodor Valk, the {place} richest man, bought the shipyard in 2019. Valk has owned it"
        " since. The tycoon said the yard would stay open."
    )
    assert _stood_for(text, ("Teodor Valk",)) == [("tycoon", "Teodor Valk")]
