"""The plainest headline, which names an event the app names: fewest flags, then most shared."""

from __future__ import annotations

from pathlib import Path

from reader.core.compare import compare, generator
from reader.core.ingest import read_article
from reader.core.model import Article, Comparison, Flag
from reader.core.plain_headline import plainest_headline

EVENTS = Path(__file__).parent / "fixtures" / "events"
BODY = "The council voted on Tuesday to close the harbour bridge for repairs."


def _comparison(titles: dict[str, str | None], flagged: dict[str, int]) -> Comparison:
    """A comparison of one article per ``titles`` entry, its headline carrying ``flagged[id]``
    flags (no analysis: the rule reads only headlines and their flags)."""
    articles = tuple(Article(i, i.title(), BODY, title=t) for i, t in titles.items())
    flags = tuple(
        Flag(f"h{i}{n}", i, 0, 1, "x", "label", "loaded", where="title")
        for i, count in flagged.items()
        for n in range(count)
    )
    return Comparison(articles, {}, (), (), generator(), headline_flags=flags)


def test_the_headline_with_fewest_flags_names_the_event() -> None:
    comp = _comparison(
        {"a": "Council slams bridge shut", "b": "Council closes harbour bridge", "c": None},
        {"a": 2},
    )
    assert plainest_headline(comp) == "Council closes harbour bridge"


def test_a_flagged_headline_loses_to_an_unflagged_one_however_many_words_it_shares() -> None:
    """One flagged word outweighs any count of shared words: the headline the others echo most
    ("council", "harbour", "bridge", "repairs") but with a flag loses to a plain one that
    shares almost nothing with them."""
    comp = _comparison(
        {
            "a": "Reckless council shuts harbour bridge for repairs",
            "b": "Harbour bridge repairs: council shuts it",
            "c": "Crossing closed",
        },
        {"a": 1, "b": 1},
    )
    assert plainest_headline(comp) == "Crossing closed"


def test_flags_in_the_body_do_not_count_against_a_headline() -> None:
    titled = _comparison({"a": "Council closes bridge", "b": "Bridge shut by council"}, {})
    body = Flag("f1", "a", 0, 3, "The", "label", "loaded")
    comp = Comparison(titled.articles, {}, (), (body, body), generator())
    assert plainest_headline(comp) == "Council closes bridge"


def test_among_equally_plain_headlines_the_one_the_others_share_most_words_with_wins() -> None:
    comp = _comparison(
        {
            "a": "Repairs begin in spring",
            "b": "Council closes harbour bridge for repairs",
            "c": "Harbour bridge to close, council says",
        },
        {},
    )
    assert plainest_headline(comp) == "Council closes harbour bridge for repairs"


def test_function_words_are_not_shared_words_and_a_full_tie_keeps_the_first() -> None:
    comp = _comparison({"a": "Bridge of the harbour", "b": "Span of the quay"}, {})
    assert plainest_headline(comp) == "Bridge of the harbour"


def test_without_any_headline_there_is_none_to_name_the_event() -> None:
    assert plainest_headline(_comparison({"a": None, "b": "  "}, {})) is None


def test_the_expulsion_is_named_after_the_wire_not_the_spies_headline() -> None:
    articles = [read_article(p) for p in sorted((EVENTS / "expulsion").glob("*.txt"))]
    comp = compare(articles)
    assert comp.articles[0].title is not None and "spies" in comp.articles[0].title
    plain = plainest_headline(comp)
    wire = next(a for a in comp.articles if a.source and a.source.endswith("wire.txt"))
    assert plain == wire.title
