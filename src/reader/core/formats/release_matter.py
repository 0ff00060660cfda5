"""A press release's own furniture, taken out of its text before anything reads it as the article.

A company's or a ministry's release, saved from its newsroom or pasted from an e-mail, carries
lines meant for editors, not readers: "FOR IMMEDIATE RELEASE" (or "EMBARGOED UNTIL ...") above the
headline, an end mark ("###", "-30-", "ENDS") under the last paragraph, and after it an "About
<Company>" boilerplate paragraph and a "Media contact" block. Left in, the release line became its
headline, the boilerplate's "affordable for everyone" its own claim and the contact's name an actor.
Every rule here is about that layout, never about one issuer, and each asks for a whole line of
the shape, so a sentence that speaks of a release or of a contact stays.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["without_release_matter"]

#: The line that tells editors when they may run a release: "FOR IMMEDIATE RELEASE", "Press
#: release", "EMBARGOED UNTIL 00:01 GMT, 5 June".
_RELEASE_LINE: Final = re.compile(
    r"^[*_\s]*(?:for\s+immediate\s+release|(?:press|news|media)\s+release"
    r"|embargoed(?:\s+(?:until|till|to)\b[^\n]{0,60})?)[\s:.*_]*$",
    re.IGNORECASE,
)
#: Release lines are looked for among this many opening lines: later, the text is the article.
_OPENING_LINES: Final = 2
#: The mark that ends a release's text for publication: "###", "# # #", "-30-", "- ENDS -".
_END_MARK: Final = re.compile(
    r"^\s*(?:#\s*#\s*#[#\s]*|-\s*30\s*-|-*\s*ends\s*-*)\s*$", re.IGNORECASE
)
#: A heading that opens what follows a release's last paragraph: "About Brightwater Orbital",
#: "Media contact", "Press enquiries:", "Notes to editors". "About" must name something in capitals.
_FURNITURE_HEADING: Final = re.compile(
    r"^\s*(?:about\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+[\w&.'’-]+){0,5}"
    r"|(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)"
    r"|contacts?|for\s+(?:media|press)\s+(?:enquiries|inquiries)|notes?\s+to\s+editors)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


def without_release_matter(text: str) -> str:
    """``text`` without a press release's release line, end mark, boilerplate and contact block.

    The end mark is where a release's text ends, so everything from the last one on goes; a
    release without one loses its closing "About ..." or "Media contact" heading and what follows,
    when that heading sits in the text's second half (the article never starts with it). A text
    that would be left empty is returned whole.
    """
    lines = text.split("\n")
    lines = _without_release_line(lines)
    end = _end_of_release(lines)
    kept = "\n".join(lines[:end]).strip()
    return kept if kept else text


def _without_release_line(lines: list[str]) -> list[str]:
    """The lines without a release line among the first few that hold text."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _RELEASE_LINE.match(line):
            return lines[:index] + lines[index + 1 :]
        seen += 1
        if seen >= _OPENING_LINES:
            break
    return lines


def _end_of_release(lines: list[str]) -> int:
    """The index of the first line after the release's own text: its last end mark, else its
    first closing furniture heading in the second half, else the end.

    An end mark counts only when nothing but furniture follows it (nothing at all, or a block
    under a furniture heading): a feature or a pasted newsletter may set "###" between its
    sections, and there the text after the last one is the article's own ending."""
    for index in range(len(lines) - 1, -1, -1):
        if _END_MARK.match(lines[index]):
            if _only_furniture_after(lines, index):
                return index
            break
    half = len(lines) // 2
    for index in range(half, len(lines)):
        if _FURNITURE_HEADING.match(lines[index]) and _stands_alone(lines, index):
            return index
    return len(lines)


def _only_furniture_after(lines: list[str], mark: int) -> bool:
    """Whether the lines after the end mark at ``mark`` are blank or hold a furniture heading
    that starts a paragraph ("About Halvard Foods", "Media contact")."""
    after = range(mark + 1, len(lines))
    if not any(lines[index].strip() for index in after):
        return True
    return any(
        _FURNITURE_HEADING.match(lines[index]) and _stands_alone(lines, index) for index in after
    )


def _stands_alone(lines: list[str], index: int) -> bool:
    """Whether the heading at ``index`` starts a paragraph: a line after a blank one (or the
    text's first), so the last line of a wrapped sentence ("... said a spokesman about" / "the
    Contact") is no heading."""
    return index == 0 or not lines[index - 1].strip()
