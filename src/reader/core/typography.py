"""The one typographic rule of what a reader is shown: quotation marks and apostrophes are curly.

Core writes plain ASCII quotes in its explanations ("Says 'rioters', where …"), and the JSON
export keeps them as written: the schema is a contract. The window and the HTML report set those
beside their own curly quotes (the flagged words, “Speakers’ words”), so one pane or one page
mixed two kinds. Both turn them curly where the text is shown, with this one rule, so the screen
and a shared report read alike while what core writes, the JSON and the tests of core stay as
they are. An article's own words are never passed through it: they keep the marks their outlet
typed.
"""

from __future__ import annotations

import re
from typing import Final

#: What may stand just before an opening quotation mark: nothing, a space, an opening bracket,
#: a dash or another opening quotation mark ("'‘rioters’ is …'").
_OPENERS_BEFORE: Final = frozenset(" \t\n([{-–—/“‘")
#: A straight quote that elides the start of a decade or a word is an apostrophe ("the '90s",
#: "'em", "'tis", "'twas", "'til"), and so are both marks of "rock 'n' roll". Each is a whole word,
#: so a quotation that merely begins with those letters ('emergency', 'titles') still opens and
#: a quoted word of their own ('em') is still a quotation. The second mark of "'n'" follows a
#: letter, so the general rule already makes it an apostrophe.
_ELISION: Final = re.compile(r"'(?=\d0s\b|(?:em|tis|twas|til)\b(?!')|n'(?=\s))", re.IGNORECASE)


def curly(text: str) -> str:
    """``text`` with its straight quotation marks and apostrophes made curly.

    A quote at the start, or after a space, a bracket or a dash, opens (‘ “); any other closes
    (’ ”). An apostrophe inside or at the end of a word is the closing single mark, as in
    typeset English (“mayor’s”, “speakers’”), so the rule needs no list of words."""
    text = _ELISION.sub("’", text)
    out: list[str] = []
    for i, ch in enumerate(text):  # out[i - 1] is text[i - 1] as shown
        if ch not in "'\"":
            out.append(ch)
            continue
        opens = i == 0 or out[i - 1] in _OPENERS_BEFORE  # made curly already: "'x'" opens
        if ch == "'":
            out.append("‘" if opens else "’")
        else:
            out.append("“" if opens else "”")
    return "".join(out)


__all__ = ["curly"]
