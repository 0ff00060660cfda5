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


def _pairs(quoted: list[str]) -> list[tuple[str, str]]:
    return list(zip(quoted[::2], quoted[1::2], strict=True))


@pytest.mark.parametrize(
    ("mine", "theirs"),
    _pairs(re.findall(r"“([^”]*)”", HELP_CATEGORIES["figure"][1])),
)
def test_each_different_fact_example_is_flagged_beside_the_others(mine: str, theirs: str) -> None:
    """A fact is only flagged beside another outlet's account of the same thing, so each example
    pair must name what is counted or moves on both sides ("tens of thousands fled" counts
    nothing named), and the flag falls inside the first outlet's words."""
    first = Article("a", "Alarm", mine[0].upper() + mine[1:] + ".")
    second = Article("b", "Wire", theirs[0].upper() + theirs[1:] + ".")
    flags = [f for f in compare([first, second]).flags if f.category == "figure"]
    mine_flagged = [f.text.casefold() for f in flags if f.article == "a"]
    assert len(mine_flagged) == 1 and mine_flagged[0] in mine.casefold()
