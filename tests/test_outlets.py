"""Outlet names: what ingest falls back on, and names a reader can tell apart in a comparison."""

from __future__ import annotations

from reader.core.ingest import PASTED_OUTLET, article_from_text


def test_outlets_a_reader_can_tell_apart() -> None:
    from reader.core.model import Article
    from reader.core.outlets import distinct_outlets

    arts = [
        Article("a", "Unknown outlet", "One."),
        Article("b", "Daily Planet", "Two."),
        Article("c", "unknown  outlet", "Three."),
        Article("d", "Unknown outlet (2)", "Four."),
        Article("e", "Unknown outlet", "Five."),
    ]
    names = [a.outlet for a in distinct_outlets(arts)]
    assert names == [
        "Unknown outlet",
        "Daily Planet",
        "unknown  outlet (3)",  # "(2)" is another article's own name
        "Unknown outlet (2)",
        "Unknown outlet (4)",
    ]
    assert distinct_outlets(arts[:2]) == arts[:2]  # nothing to change, nothing changed


def test_compare_names_two_articles_of_one_outlet_apart() -> None:
    from reader.core.compare import compare

    one = article_from_text("The council voted on Tuesday to approve the budget for next year.")
    two = article_from_text("Council members approved next year's budget in a vote on Tuesday.")
    comp = compare([one, two])
    assert [a.outlet for a in comp.articles] == [PASTED_OUTLET, f"{PASTED_OUTLET} (2)"]


def test_a_numbered_unnamed_outlet_still_needs_a_name() -> None:
    from reader.core.model import UNKNOWN_OUTLET, Article
    from reader.core.outlets import outlet_needs_name

    second = Article("b", f"{UNKNOWN_OUTLET} (2)", "Text.", source="/tmp/0042.txt")
    assert outlet_needs_name(second)
    assert not outlet_needs_name(second.with_fields(outlet="Daily Planet (2)"))
