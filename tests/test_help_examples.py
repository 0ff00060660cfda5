"""The Help's examples are what a teacher builds an exercise from: each must get its own mark."""

from __future__ import annotations

import re

import pytest

from reader.core import claims, framing, nlp
from reader.core.compare import compare
from reader.core.lexicon import default_lexicon
from reader.core.model import Article
from reader.ui.dialogs import HELP_CATEGORIES

#: Categories whose example is one outlet's wording, read alone (the others need a comparison).
_ALONE = ("label", "loaded", "intensifier", "hedge", "attribution", "scare-quote", "opinion")


def _categories_in(text: str) -> set[str]:
    article = Article("a", "Example", text)
    doc = nlp.get_nlp()(text)
    found = framing.find_flags(
        [article], {"a": claims.extract_claims(article, doc)}, [], [doc], default_lexicon()
    )
    return {f.category for f in found}


@pytest.mark.parametrize("category", _ALONE)
def test_each_help_example_gets_the_mark_it_illustrates(category: str) -> None:
    example = HELP_CATEGORIES[category][1]
    if category == "scare-quote":
        text = f"They signed {example} on Monday."  # the marks themselves are the example
    else:
        text = re.findall(r"“([^”]*)”", example)[0]
    assert category in _categories_in(text), (category, text)


def test_the_different_figure_example_is_flagged_beside_the_other_figure() -> None:
    """A figure is only flagged beside another outlet's count of the same thing, so the example
    must name what is counted on both sides ("tens of thousands fled" counts nothing named)."""
    mine, theirs = re.findall(r"“([^”]*)”", HELP_CATEGORIES["figure"][1])
    first = Article("a", "Alarm", mine[0].upper() + mine[1:] + ".")
    second = Article("b", "Wire", theirs[0].upper() + theirs[1:] + ".")
    flags = [f for f in compare([first, second]).flags if f.category == "figure"]
    assert [(f.article, f.text.casefold()) for f in flags] == [("a", mine.rsplit(" ", 1)[0])]
