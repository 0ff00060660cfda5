"""The bundled demo event: invented, balanced, well-formed, and seeded into an empty library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alignment_texts import group_of, lined_up
from reader.core.ingest import read_article
from reader.core.model import Article, Comparison
from reader.store import Library
from reader.store.demo import demo_dir, demo_manifest, load_demo

# The core facts every outlet reports, so the engine has claims to line up.
CORE_FACTS = (
    "31",
    "26",
    "$9",
    "$48 million",
    "18 percent",
    "90 percent",
    "March 1",
    "Miriam Okafor",
    "Daniel Reyes",
    "Port Alder cannot keep choking on its own traffic",
    "tax on people who have no other way to get to work",
)


@pytest.fixture(scope="module")
def demo() -> tuple[str, list[Article]]:
    return load_demo()


def test_readme_says_it_is_invented() -> None:
    readme = (demo_dir() / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme.lower()
    for entry in demo_manifest()["articles"]:
        assert entry["file"] in readme


def test_formats_cover_a_saved_page_and_a_text_file() -> None:
    files = [demo_dir() / e["file"] for e in demo_manifest()["articles"]]
    assert len(files) == 3
    assert all(f.is_file() for f in files)
    suffixes = {f.suffix for f in files}
    assert ".html" in suffixes and ".txt" in suffixes


@pytest.mark.parametrize("name", ["westhaven-courier.html", "harbour-voice.html"])
def test_pages_look_like_real_saved_pages(name: str) -> None:
    page = (demo_dir() / name).read_text(encoding="utf-8")
    for marker in (
        'property="og:site_name"',
        'property="article:published_time"',
        "<nav",
        "<footer",
    ):
        assert marker in page, marker


def test_articles_are_short_distinct_and_fully_described(demo: tuple[str, list[Article]]) -> None:
    name, articles = demo
    assert "demo" in name.lower()
    assert len({a.outlet for a in articles}) == 3
    for a in articles:
        assert 350 <= a.word_count <= 500, (a.outlet, a.word_count)
        assert a.title and a.author
        assert a.date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", a.date)
        assert a.language == "en"


def test_page_metadata_comes_from_the_page_itself() -> None:
    courier = read_article(demo_dir() / "westhaven-courier.html")
    assert courier.outlet == "The Westhaven Courier"
    assert courier.date is not None and courier.date.startswith("2026-11-24")
    voice = read_article(demo_dir() / "harbour-voice.html")
    assert voice.outlet == "Harbour Voice"
    assert voice.author == "Priya Nandakumar"
    # Navigation, adverts, comments and footers stay out of the article text.
    for a in (courier, voice):
        for boilerplate in (
            "Most read",
            "Advertisement",
            "Privacy",
            "Subscribe",
            "Related",
            "Comments",
        ):
            assert boilerplate not in a.text, (a.outlet, boilerplate)


def test_every_outlet_reports_the_same_core_facts(demo: tuple[str, list[Article]]) -> None:
    _, articles = demo
    for a in articles:
        for fact in CORE_FACTS:
            assert fact in a.text, (a.outlet, fact)


def test_framing_is_on_both_partisan_sides_and_not_in_the_wire(
    demo: tuple[str, list[Article]],
) -> None:
    wire, courier, voice = demo[1]
    for partisan in (courier, voice):
        text = partisan.text
        assert "so-called" in text  # hedge / scare word
        assert "claimed" in text  # loaded reporting verb
        assert re.search(r"\b(left|right)-wing\b", text, re.IGNORECASE)  # label
    assert "so-called" not in wire.text and "claimed" not in wire.text
    assert "-wing" not in wire.text
    assert "left-wing" in courier.text and "Right-wing" in voice.text


def test_each_outlet_has_claims_the_others_lack(demo: tuple[str, list[Article]]) -> None:
    wire, courier, voice = (a.text for a in demo[1])
    only = {
        "wire": ("$80 fine", wire, (courier, voice)),
        "courier": ("41 percent of retailers", courier, (wire, voice)),
        "voice": ("112 days", voice, (wire, courier)),
    }
    for label, (fact, own, others) in only.items():
        assert fact in own, label
        assert all(fact not in other for other in others), label


def test_seed_demo_fills_an_empty_library_once(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        event = lib.seed_demo()
        assert event is not None
        assert event.name == demo_manifest()["event"]
        assert event.article_count == 3
        outlets = [a.outlet for a in lib.event_articles(event.id)]
        assert outlets == ["Northline Press", "The Westhaven Courier", "Harbour Voice"]
        assert lib.seed_demo() is None  # not empty any more
        assert len(lib.articles()) == 3
        assert {r.id for r in lib.search("congestion charge")} == {
            a.id for a in lib.event_articles(event.id)
        }


def test_seed_demo_leaves_a_used_library_alone(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.add_article(Article(id="x", outlet="Mine", text="My own article about the harbour."))
        assert lib.seed_demo() is None
        assert lib.events() == []
        assert [r.outlet for r in lib.articles()] == ["Mine"]


def test_the_engine_flags_nothing_in_the_demo_wire_report(demo: tuple[str, list[Article]]) -> None:
    """The neutral report of the demo is the app's first impression: not one lexical flag, not even
    on words it quotes (the bundled lexicon once caught "choking on its own traffic" there)."""
    from reader.core import framing, nlp
    from reader.core.lexicon import default_lexicon

    wire = demo[1][0]
    doc = nlp.parse(wire.text)
    flagged = [
        wire.text[s:e]
        for s, e, _, _ in framing.lexical_flag_spans(wire.text, doc, default_lexicon())
    ]
    assert flagged == []


@pytest.fixture(scope="module")
def demo_comparison(demo: tuple[str, list[Article]]) -> Comparison:
    from reader.core.compare import compare

    return compare(demo[1])


def test_the_demo_lines_up_what_outlets_share_and_leaves_alone_what_one_adds(
    demo_comparison: Comparison,
) -> None:
    """The judicial review is in all three outlets' reports of Reyes (two in a sentence of their
    own, one after "vowing that"); the wire's camera enforcement is in no other outlet."""
    comp = demo_comparison
    wire, courier, _ = comp.articles

    def group_at(article: Article, words: str) -> str | None:
        at = article.text.index(words)
        claim = next(c for c in comp.claims[article.id] if c.start <= at < c.end)
        group = comp.alignment_of(claim.id)
        return group.id if group is not None else None

    review = group_at(wire, "seek a judicial review")
    assert review is not None and review == group_at(courier, "with a judicial review")
    assert group_at(wire, "Cameras will enforce the zone") is None


def test_the_demo_wires_fine_is_flagged_as_a_whole_claim(demo_comparison: Comparison) -> None:
    """The wire's "Cameras will enforce the zone, and drivers who do not pay will face an $80
    fine." is two claims, and only the wire carries the fine: its flag reads from "drivers", a
    claim on its own, not from the "and" the claim keeps for lining up."""
    comp = demo_comparison
    wire = comp.articles[0]
    (fine,) = [f for f in comp.flags if f.article == wire.id and "$80 fine" in f.text]
    assert fine.category == "unique-claim"
    assert fine.text == "drivers who do not pay will face an $80 fine."
    assert fine.text == wire.text[fine.start : fine.end]
    claim = next(c for c in comp.claims[wire.id] if c.id == fine.claim)
    assert claim.text.startswith("and drivers")  # the claim, as the aligner reads it, is whole


def test_the_demo_protest_lines_up_however_each_outlet_sizes_the_crowd(
    demo_comparison: Comparison,
) -> None:
    """One crowd in three sizes ("about 200 people gathered", "hundreds of furious residents
    protested", the second half of the Courier's vote sentence, and "a couple of hundred
    protesters") is one row, and not the vote's."""
    comp = demo_comparison
    wire, courier, harbour = (a.id for a in comp.articles)
    assert lined_up(
        comp,
        (wire, "About 200 people gathered"),
        (courier, "hundreds of furious residents protested"),
        (harbour, "a couple of hundred protesters"),
    )
    assert group_of(comp, wire, "About 200 people") is not group_of(comp, wire, "voted 31 to 26")
    assert group_of(comp, courier, "hundreds of furious") is not group_of(
        comp, courier, "31 votes to 26"
    )


def test_the_demo_courier_opening_lines_up_with_the_others_on_the_vote(
    demo_comparison: Comparison,
) -> None:
    """The Courier opens on the same decision in its own words ("forced to pay $9 every day ...
    rammed through a controversial congestion charge"): it is a row with the others' openings and
    the vote, so no "only The Westhaven Courier carries this" flag says otherwise, and its loaded
    words are set against what the other outlets wrote there."""
    comp = demo_comparison
    wire, courier, harbour = comp.articles
    opening = "Hard-pressed motorists in Port Alder"
    assert lined_up(
        comp,
        (courier.id, opening),
        (wire.id, "voted 31 to 26 on Tuesday"),
        (courier.id, "scraped through by 31 votes to 26"),
        (harbour.id, "approved a landmark congestion charge"),
    )
    start = courier.text.index(opening)
    end = courier.text.index("on Tuesday night.", start)
    on_opening = [f for f in comp.flags if f.article == courier.id and start <= f.start < end]
    assert on_opening and all(f.category != "unique-claim" for f in on_opening)
    loaded = [f for f in on_opening if f.category == "loaded"]
    assert {f.text for f in loaded} >= {"rammed through", "controversial congestion charge"}
    assert all(wire.outlet in f.explanation and harbour.outlet in f.explanation for f in loaded)


def test_the_demo_vote_count_is_given_by_every_outlet_however_written(
    demo_comparison: Comparison,
) -> None:
    """ "voted 31 to 26" and "by 31 votes to 26" are one count: no outlet is said to leave out a
    count it writes in its own way."""
    assert [f.text for f in demo_comparison.flags if f.rule == "rule:left-out-count"] == []
