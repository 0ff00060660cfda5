"""A whole's count given to a part of it: "more than 60 students" arrested, where another outlet
counts 64 people arrested and says 41 of those arrested were students.

:mod:`reader.core.figures` sets "more than 60 students" only against other counts of students,
and the others count people: the 64 they give agrees with "more than 60", so nothing is flagged,
though the outlet has made every one of them a student. The rule, so a reader can check it:

1. Another outlet writes a part of a count it gives: "41 of those arrested were its students"
   (a number, "of those" or "of them", the happening, "were", the part's plural noun), beside
   its own exact count of people in the same happening ("arresting 64 people"), larger than
   the part.
2. This outlet counts the part's noun in the same happening ("more than 60 students") with a
   figure that takes in the other's whole and not its part: it gives the whole's count to the
   part. Figures inside quotation marks are the speaker's and are not compared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from reader.core.quantities import kinds_in, number_at, number_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from reader.core.figures import Figure

#: The word for a count of people whatever they are: the whole a part is taken from.
_PEOPLE_THING: Final = "people"
#: The words that take a part from a whole already counted: "41 of those arrested".
_OF_THE_WHOLE: Final = frozenset({"those", "them"})
#: Words between "were" and the part's noun: "were its students", "were the students".
_PART_DETERMINERS: Final = frozenset({"its", "their", "the"})


@dataclass(frozen=True, slots=True)
class PartCount:
    """A part of an already counted whole: "41 of those arrested were its students"."""

    article: str
    start: int  # character offsets of the words that give the part
    end: int
    value: float
    thing: str  # the part's noun, as a figure's thing: "student"
    state: str  # the happening the whole counts: "arrested"


@dataclass(frozen=True, slots=True)
class WholeAsPart:
    """A figure that gives another outlet's whole to a part of it."""

    figure: Figure
    whole: Figure
    part: PartCount


def read_parts(article: str, doc: Doc) -> list[PartCount]:
    """Every part of a counted whole that ``doc`` writes as "N of those <happened> were <noun>"."""
    out: list[PartCount] = []
    stop = len(doc)
    for i in number_starts(doc):
        number = number_at(doc, i, stop)
        if number is None:
            continue
        found = _part_after(article, doc, i, number.end, number.value)
        if found is not None:
            out.append(found)
    return out


def _part_after(article: str, doc: Doc, i: int, j: int, value: float) -> PartCount | None:
    """The part whose number runs from token ``i`` to ``j``, when the words after it take it
    from a whole counted in one named happening and name what the part is."""
    words = doc[j : min(j + 6, len(doc))]
    if len(words) < 5 or words[0].lower_ != "of" or words[1].lower_ not in _OF_THE_WHOLE:
        return None
    happened, be = words[2], words[3]
    if happened.tag_ != "VBN" or be.lemma_.lower() != "be":
        return None
    noun = words[5] if words[4].lower_ in _PART_DETERMINERS and len(words) > 5 else words[4]
    states = kinds_in({happened.lower_, happened.lemma_.lower()}, set())
    if noun.tag_ != "NNS" or len(states) != 1:
        return None
    (state,) = states
    end = noun.idx + len(noun.text)
    return PartCount(article, doc[i].idx, end, value, noun.lemma_.lower(), state)


def wholes_given_to_parts(
    figures: Mapping[str, Sequence[Figure]],
    parts: Mapping[str, Sequence[PartCount]],
    quotes: Mapping[str, Sequence[tuple[int, int]]],
) -> list[WholeAsPart]:
    """Every figure that counts a part with the number another outlet gives for the whole (see
    the module's rule), with that outlet's whole and part."""
    out: list[WholeAsPart] = []
    for article, mine in figures.items():
        spoken = quotes.get(article, ())
        for fig in mine:
            if not fig.exact or fig.value is None or _inside(fig.start, fig.end, spoken):
                continue
            found = _whole_and_part(fig, figures, parts)
            if found is not None:
                out.append(WholeAsPart(fig, *found))
    return out


def _whole_and_part(
    fig: Figure,
    figures: Mapping[str, Sequence[Figure]],
    parts: Mapping[str, Sequence[PartCount]],
) -> tuple[Figure, PartCount] | None:
    """Another outlet's whole that ``fig`` takes in and its part that ``fig`` does not, when
    ``fig`` counts that part's noun in the whole's happening."""
    for other, theirs in parts.items():
        if other == fig.article:
            continue
        for part in theirs:
            if (part.thing, part.state) != (fig.thing, fig.state) or fig.takes_in(part.value):
                continue
            for whole in figures.get(other, ()):
                if (
                    whole.exact
                    and whole.value is not None
                    and (whole.thing, whole.state) == (_PEOPLE_THING, part.state)
                    and whole.value > part.value
                    and fig.takes_in(whole.value)
                ):
                    return whole, part
    return None


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
