"""The Help's examples are what a teacher builds an exercise from: each must get its own mark."""

from __future__ import annotations

import re

import pytest

from reader.core import claims, framing, nlp
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
