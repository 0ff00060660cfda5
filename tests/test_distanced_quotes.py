"""A one-word quotation in a description of what a speaker did, which no other outlet quotes
anyone using, is the outlet's scare quote; only a comparison shows it."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.model import Article, Flag

_BLOG = (
    "Fenwick Rail blamed an “exceptional” heatwave and said 40 trains were cancelled on Monday."
    "\n\nThe company said repairs would take a week."
)
_WIRE = (
    "Fenwick Rail said 40 trains were cancelled on Monday after rails buckled in the heat."
    "\n\nThe company said repairs would take a week."
)
_WIRE_QUOTING = (
    "Fenwick Rail said 40 trains were cancelled on Monday. “This is an exceptional heatwave,” a"
    " spokesman said.\n\nThe company said repairs would take a week."
)


def _scare_quotes(*texts: str) -> list[Flag]:
    names = ("Blog", "Wire")
    articles = [Article(f"a{i}", names[i], text) for i, text in enumerate(texts)]
    flags = compare(articles).flags if len(articles) > 1 else _alone(articles[0])
    return [f for f in flags if f.category == "scare-quote"]


def _alone(article: Article) -> list[Flag]:
    return list(compare([article]).flags)


def test_a_word_no_other_outlet_quotes_the_speaker_using_is_the_outlets_distance() -> None:
    (flag,) = _scare_quotes(_BLOG, _WIRE)
    assert (flag.article, flag.text) == ("a0", "“exceptional”")
    assert "no other outlet quotes anyone using the word" in flag.explanation


def test_a_word_another_outlet_quotes_the_speaker_using_stays_their_partial_quotation() -> None:
    """The look-alike: the wire quotes the company's spokesman saying "exceptional", so the
    blog's marks quote the company."""
    assert not _scare_quotes(_BLOG, _WIRE_QUOTING)


def test_a_word_quoted_after_a_verb_of_speech_or_naming_stays_the_speakers() -> None:
    """ "called the heatwave “exceptional”" reports the word the company used."""
    named = _BLOG.replace("blamed an “exceptional” heatwave", "called the heatwave “exceptional”")
    assert not _scare_quotes(named, _WIRE)


def test_one_article_alone_reads_the_quotation_as_before() -> None:
    """Single-article reading is unchanged: alone, the sentence names the speaker, so the
    marks are read as its partial quotation."""
    assert not _scare_quotes(_BLOG)
