"""The window's typographic rule: curly quotation marks and apostrophes, made at display."""

from __future__ import annotations

import pytest

from reader.ui.typography import curly


@pytest.mark.parametrize(
    ("plain", "shown"),
    [
        # A word with an apostrophe inside a quotation keeps it as an apostrophe.
        ("Says 'the mayor's plan', where", "Says ‘the mayor’s plan’, where"),
        # A quotation that opens the sentence opens; the apostrophe after it is one.
        ("'Rioters' is this outlet's word", "‘Rioters’ is this outlet’s word"),
        ("Speakers' words", "Speakers’ words"),  # a plural's apostrophe closes nothing
        ("\"levy\" ('charge')", "“levy” (‘charge’)"),
        ("\"'Rioters' it said\" here", "“‘Rioters’ it said” here"),
        ("the '90s", "the ’90s"),
        ("a—'toll'", "a—‘toll’"),
        ("no quotes here", "no quotes here"),
        ("“already curly”", "“already curly”"),
    ],
)
def test_straight_quotes_and_apostrophes_are_shown_curly(plain: str, shown: str) -> None:
    assert curly(plain) == shown


def test_only_the_marks_change() -> None:
    text = "Says 'x', \"y\" and z's."
    assert len(curly(text)) == len(text)
    assert [c for c in curly(text) if c not in "‘’“”"] == [c for c in text if c not in "'\""]
