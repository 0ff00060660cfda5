"""What the main window says in words about the comparison on screen, kept apart from the widgets
that show it so the wording can be read, tested and changed in one place.

The notice is the one-line note above the views on what a comparison cannot show (articles that
may not report one event, or that are not in English); the marks-hidden texts are what the status
bar says while View › Show Framing Marks is off; :func:`details_taken` is the passing word when a
text the app knows already takes the outlet, title or date the user typed for it, and
:func:`work_saved` says on hover over the status line where the articles are filed (there is no
Save command).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.formats.language import LANGUAGE_NAMES
from reader.core.model import Comparison, DetailChange

NO_SHARED_CLAIMS = (
    "No claim lines up across these articles. They may report different events, or word every"
    " fact differently: each article is listed in full, and no claim is marked as one outlet’s"
    " alone."
)
FEW_SHARED_CLAIMS = "These articles share few claims; they may not be about the same event."
MARKS_HIDDEN_TEXT = "Framing marks hidden"
#: What F8 says while View › Show Framing Marks is off; taken back when the marks return.
NO_FLAGS_WHILE_HIDDEN = "Framing marks are hidden: View › Show Framing Marks shows them."


def notice_for(comp: Comparison | None) -> str:
    """The whole line above the views: whether the articles are in English, then whether they
    report one event (asked only of two or more); "" when neither needs saying. The language
    comes first since it is often why nothing lines up: after three lines on unmatched claims,
    a teacher who pasted a German text read its cause last."""
    several = comp is not None and len(comp.articles) > 1
    return " ".join(
        part
        for part in (
            language_notice(comp) if comp is not None else "",
            comparison_notice(comp) if comp is not None and several else "",
        )
        if part
    )


def language_notice(comp: Comparison) -> str:
    """The line above the views when an article reads as another language than English, which
    the lexicon and the claim matching are built for ("" when every article reads as English,
    or too little of it decides)."""
    other = [a for a in comp.articles if a.language and a.language != "en"]
    if not other:
        return ""
    why = "the framing lexicon and the claim matching are built for English, so"
    if len(other) == 1:
        a = other[0]
        language = LANGUAGE_NAMES.get(a.language or "", a.language)
        return f"{a.outlet} reads as {language}, not English: {why} its marks may be wrong."
    names = [f"{a.outlet} ({LANGUAGE_NAMES.get(a.language or '', a.language)})" for a in other]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    return f"{listed} are not in English: {why} their marks may be wrong."


def details_taken(changes: list[DetailChange], *, open_already: bool) -> str:
    """What the status bar says when a text pasted or fetched again takes the details the user
    typed for it, in place of those it had (``open_already``: in the comparison on screen, else
    in the library), as ``reader library add --outlet`` notes it. ``changes`` are (detail, now,
    was): "Already open: the outlet is now Reuters (was harbour); the title is now “Levy
    passes” (was none)." A title is quoted: it is words of its own, not a name."""

    where = "Already open" if open_already else "Already in the library"
    return f"{where}: {_changes_said(changes)}."


def work_saved(event: str, *, left_demo: bool, unsaved: Sequence[str] = ()) -> str:
    """What hovering over the status line says once articles are filed in the library, which is
    all the saving there is: a teacher looked for File › Save and found nothing that said the
    work was kept. The line itself keeps the comparison's counts.
    ``left_demo``: they replaced the demo on screen, which went with no word, though it is
    still in the library as it was. ``unsaved``: the outlets of articles the library refused,
    named so that "Saved" is never said of work that is not all kept."""
    said = (
        f"Saved to the Library as “{event}”" if left_demo else f"Saved to the Library, in “{event}”"
    )
    if unsaved:
        them = "it was" if len(unsaved) == 1 else "they were"
        said += f", except {_and_list(unsaved)}: {them} not saved"
    demo = " The demo is still in the Library." if left_demo else ""
    return f"{said}.{demo}"


def _and_list(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def event_reopened(name: str, changes: list[DetailChange]) -> str:
    """What the status bar says when the texts opened are exactly those of an event in the
    library, which opened in place of a copy: "Already in the library: opened Levy passes", with
    the details the user typed that the stored articles took, as :func:`details_taken` says them."""
    said = f"Already in the library: opened {name}"
    return f"{said}; {_changes_said(changes)}." if changes else said


def _changes_said(changes: list[DetailChange]) -> str:
    """Each (detail, now, was) as "the outlet is now Reuters (was harbour)", joined by "; "."""

    def shown(detail: str, value: str) -> str:
        if not value:
            return "none"
        return f"“{value}”" if detail == "title" else value

    return "; ".join(
        f"the {detail} is now {shown(detail, now)} (was {shown(detail, was)})"
        for detail, now, was in changes
    )


def comparison_notice(comp: Comparison) -> str:
    """The line above the views when the articles may not report one event ("" when they do)."""
    if not comp.shares_claims:
        return NO_SHARED_CLAIMS
    apart = comp.articles_apart()
    if not apart:
        return ""
    if len(apart) == len(comp.articles):
        return FEW_SHARED_CLAIMS
    names = [a.outlet for a in comp.articles if a.id in apart]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    one = len(names) == 1
    return (
        f"{listed} share{'s' if one else ''} few claims with the other articles;"
        f" {'it' if one else 'they'} may not be about the same event."
    )


__all__ = [
    "FEW_SHARED_CLAIMS",
    "MARKS_HIDDEN_TEXT",
    "NO_FLAGS_WHILE_HIDDEN",
    "NO_SHARED_CLAIMS",
    "comparison_notice",
    "details_taken",
    "language_notice",
    "notice_for",
    "work_saved",
]
