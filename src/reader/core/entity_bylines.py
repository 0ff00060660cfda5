"""What an article writes about itself: its dateline, its byline and its staff credits.

The outlet, its reporters and the town a story was filed from are named in these lines but are not
actors in the story, so the steps that find actors need to know where those lines are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from reader.core.entity_records import _key, _Mention
from reader.core.entity_words import _STATE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: How far into an article a dateline or byline may name the outlet itself.
_BYLINE_CHARS: Final = 200


#: What separates a dateline from the story: "PELLWORTH - The mill ...".
_DATELINE_DASHES: Final = frozenset({"-", "--", "—", "–", "\u2015"})
#: How many words a dateline's place runs to before its dash.
_DATELINE_WORDS: Final = 4


def after_a_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a name starts that the model ran on from the dateline before it: in "PELLWORTH -
    Corvid Paper Group will close ..." it tags the town, the dash and the company as one
    organisation. A line opening with words in capitals and a dash is the dateline; the name is
    what follows the dash. So is the agency's name in brackets after the place ("KELLMARSH
    (Meridian Press) -", tagged as the organisation "KELLMARSH (Meridian Press"), which is the
    outlet naming itself."""
    opens_line = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space
    if not opens_line:
        return start
    for j in range(start + 1, min(end - 1, start + _DATELINE_WORDS + 1)):
        if doc[j].text in _DATELINE_DASHES or doc[j].text == "(":
            return j + 1 if doc[start:j].text.isupper() else start
    return start


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """ "KANSAS CITY, Mo. — Leaders of ...": a town in capitals opening a line, then a comma or a
    dash. What follows is the story, not an apposition to the town."""
    opens_line = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space
    written = doc[start:end].text
    return (
        opens_line
        and written.isupper()
        and end < len(doc)
        and doc[end].text in {",", "—", "–", "-", "--", "(", "\u2015"}
    )


def _state_follows(doc: Doc, end: int) -> bool:
    """ "Kansas City, Mo., branch of ...": the town's state follows it."""
    return (
        end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _STATE_ABBREVIATIONS
    )


#: A dateline's place: one or two words in capitals opening a line, before the agency's bracket
#: or the dash ("DUNMARROW (Meridian Press) -", "KELSWICK -", "KANSAS CITY, Mo. -").
_DATELINE_PLACE: Final = re.compile(
    r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)?)(?:, [A-Z][\w.]*)?\s*(?:\(|--|[-—–―]\s)", re.M
)


def _places_filed_from(mentions: Sequence[_Mention], texts: Sequence[str]) -> None:
    """Read a name as a place where an article was filed from a place of that name: a dateline
    names a town ("DUNHOLLOW - Staff walked out"), and the model types "Dunhollow" elsewhere an
    organisation. Only the first lines are read, where a dateline stands."""
    filed = {
        _key(found.group(1).split())
        for text in texts
        for found in _DATELINE_PLACE.finditer(text[:_BYLINE_CHARS])
    }
    for m in mentions:
        if m.key in filed and m.label in {"ORG", "PERSON", "GPE", "LOC"} and not m.name.isupper():
            m.place_named = True


_CAPITALISED: Final = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin))*"
_NAMES: Final = rf"{_CAPITALISED}(?:\s*(?:,|\band\b|&)\s*{_CAPITALISED})*"
#: One credit of a wire story's sign-off: "Reporting by Jane Doe in Geneva", "Additional
#: reporting by Li Wei and Ann Poe", "Editing by Mark Hollis". Names only, to the clause's end:
#: "Reporting by The Associated Press found that ..." is a sentence, not a credit.
_CREDIT: Final = (
    r"(?i:(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|research"
    r"|fact[- ]checking|graphics|photography|video))\s+(?i:by)\s+"
    rf"{_NAMES}(?:\s+(?i:in)\s+{_NAMES})?"
)
_CREDITS: Final = rf"{_CREDIT}(?:\s*[;,]\s*{_CREDIT})*\s*[.;]?"
#: A line of credits, or credits in brackets at the end of a paragraph.
_CREDIT_LINE: Final = re.compile(
    rf"^[ \t]*\(?[ \t]*{_CREDITS}[ \t]*\)?[ \t]*$|\([ \t]*{_CREDITS}[ \t]*\)", re.MULTILINE
)


_PLACE_WORDS: Final = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
#: A dateline with the agency's credit in brackets, up to the closing bracket: "VENMOR, Dravenia
#: (Meridian Press) -", "Venmor (Meridian Press):". The place may be written in capitals or not,
#: with its region or country after a comma; a dash or a colon after the bracket starts the story.
_DATELINE_CREDIT: Final = re.compile(
    rf"^[ \t]*{_PLACE_WORDS}(?:,[ \t]*{_PLACE_WORDS})?[ \t]*"
    r"\([ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,4}[ \t]*\)(?=[ \t]*(?:--|[-—–―:]))",
    re.MULTILINE,
)
#: A line ending a sentence, which a headline or a date line does not.
_SENTENCE_AT_LINE_END: Final = re.compile(r"[.!?][\"”’']?[ \t]*$", re.MULTILINE)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` credits its own staff ("Reporting by Jane Doe in Geneva; Editing by Mark
    Hollis"): the people there wrote and edited the story, they are not actors in it, and the
    place is where the reporter sat. So does a dateline crediting the agency in brackets
    ("VENMOR, Dravenia (Meridian Press) -") where it stands, in the first lines and before any
    line that ends a sentence: after one, "Highland Relief Alliance (HRA) - the largest charity
    -" opens a paragraph of the story and names a body."""
    credits = [m.span() for m in _CREDIT_LINE.finditer(text)]
    credits.extend(
        m.span()
        for m in _DATELINE_CREDIT.finditer(text[:_BYLINE_CHARS])
        if not _SENTENCE_AT_LINE_END.search(text, 0, m.start())
    )
    return credits


def _outside_credits(
    mentions: Sequence[_Mention], credits: Sequence[Sequence[tuple[int, int]]]
) -> list[_Mention]:
    """``mentions`` without those in an article's credit lines (see :func:`credit_spans`); the
    same name elsewhere in the article, or in another, still counts."""
    return [
        m for m in mentions if not any(s <= m.start and m.end <= e for s, e in credits[m.article])
    ]
