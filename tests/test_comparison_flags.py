"""Comparison flags: the inputs every comparison rule shares are read once per comparison."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reader.core import comparison_flags
from reader.core.compare import compare
from reader.core.figures import Figure
from reader.core.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc


def test_each_articles_figures_are_read_once_however_many_rules_read_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Figures, strong changes, wholes given to parts, counts left out and dropped sources all
    # read each article's figures; one reading per article must serve them all.
    read: list[str] = []
    real = comparison_flags.read_figures

    def counting(article: str, doc: Doc) -> list[Figure]:
        read.append(article)
        return real(article, doc)

    monkeypatch.setattr(comparison_flags, "read_figures", counting)
    ours = "The flood forced 2,300 residents from their homes in the valley, officials said."
    theirs = "The flood forced 900 residents from their homes in the valley, the council said."
    articles = [Article("a0", "Ridge Post", ours), Article("a1", "Valley Wire", theirs)]
    figure_words = [f.text for f in compare(articles).flags if f.category == "figure"]
    assert sorted(figure_words) == ["2,300 residents", "900 residents"]
    assert sorted(read) == ["a0", "a1"]
