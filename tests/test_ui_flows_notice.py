"""The line above the views when the articles may not report one event: none of their claims line
up, or too few of them do (fewer than one in five of the shorter article's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.core.model import Alignment, AlignmentMember, Article, Claim, Comparison, Generator
from reader.ui.notices import (
    FEW_SHARED_CLAIMS,
    NO_SHARED_CLAIMS,
    comparison_notice,
    language_notice,
    notice_for,
)
from ui_sample import make_window, one_article, sample_comparison

pytestmark = pytest.mark.gui


def article(key: str, outlet: str, sentences: int) -> tuple[Article, tuple[Claim, ...]]:
    """An article of numbered sentences, one claim each."""
    parts = [f"{outlet} sentence number {i} says one thing." for i in range(sentences)]
    text = " ".join(parts)
    claims = []
    pos = 0
    for i, part in enumerate(parts):
        start = text.index(part, pos)
        pos = start + len(part)
        claims.append(Claim(f"{key}-c{i}", key, start, pos, part, i))
    return Article(key, outlet, text), tuple(claims)


def comparison(sizes: dict[str, int], shared: list[tuple[str, ...]]) -> Comparison:
    """Articles of the given sizes; each entry of ``shared`` lines up the next unshared claim of
    each article it names."""
    built = {key: article(key, key.title(), n) for key, n in sizes.items()}
    used = dict.fromkeys(sizes, 0)
    groups = []
    for g, keys in enumerate(shared):
        members = []
        for key in keys:
            c = built[key][1][used[key]]
            used[key] += 1
            members.append(AlignmentMember(key, c.id, c.start, c.end))
        groups.append(Alignment(f"g{g}", 0.9, tuple(members)))
    return Comparison(
        articles=tuple(a for a, _ in built.values()),
        claims={key: claims for key, (_, claims) in built.items()},
        alignments=tuple(groups),
        flags=(),
        generator=Generator("parallax-reader", "test", "hand-made", "test"),
    )


def test_the_threshold_is_one_in_five_of_the_shorter_articles_claims() -> None:
    # two unrelated stories that happen to share one stock sentence
    assert comparison_notice(comparison({"a": 10, "b": 14}, [("a", "b")])) == FEW_SHARED_CLAIMS
    # two of the shorter one's ten claims: one in five, enough to be one story
    assert comparison_notice(comparison({"a": 10, "b": 14}, [("a", "b")] * 2)) == ""
    # a brief wire item whose three claims all reappear in a long feature is one story
    assert comparison_notice(comparison({"a": 3, "b": 40}, [("a", "b")] * 3)) == ""
    assert comparison_notice(comparison({"a": 3, "b": 40}, [])) == NO_SHARED_CLAIMS


def test_one_article_apart_from_the_others_is_named() -> None:
    comp = comparison(
        {"wire": 8, "daily": 8, "odd": 10},
        [("wire", "daily")] * 5 + [("wire", "daily", "odd")],
    )
    assert comparison_notice(comp) == (
        "Odd shares few claims with the other articles; it may not be about the same event."
    )
    assert comparison_notice(sample_comparison()) == ""


def test_the_window_shows_the_notice_above_the_views(qtbot: Any, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path)
    win.show_comparison(comparison({"a": 10, "b": 12}, [("a", "b")]))
    assert win.notice.isVisible() and win.notice.text() == FEW_SHARED_CLAIMS
    # the one shared claim and the rest still show, each outlet's claims marked as its own
    assert win.aligned.model().rowCount() == 1 + 9 + 11
    win.show_comparison(sample_comparison())
    assert not win.notice.isVisible()


def test_another_language_is_said_before_the_claims_it_keeps_apart() -> None:
    """A German text shares no claim with an English one: the language, the likely cause, is
    the notice's first sentence, not its last."""
    from dataclasses import replace

    apart = comparison({"wire": 6, "zeitung": 6}, [])
    wire, zeitung = apart.articles
    german = replace(apart, articles=(wire, replace(zeitung, language="de")))
    notice = notice_for(german)
    assert notice.startswith(language_notice(german))
    assert notice.endswith(NO_SHARED_CLAIMS) and "German" in notice
    assert notice_for(apart) == NO_SHARED_CLAIMS


def test_the_notice_names_every_language_the_ingest_tells_apart() -> None:
    """Dutch too: the notice names a language as the ingest's refusals do, from one list."""
    from dataclasses import replace

    from reader.core.formats.language import LANGUAGE_NAMES, guess_language
    from reader.ui.notices import language_notice

    dutch = "De minister zei dat het plan van de regering niet goed is voor het land en de mensen."
    assert guess_language(dutch) == "nl"
    comp = sample_comparison()
    for code, name in LANGUAGE_NAMES.items():
        if code == "en":
            continue
        one = replace(comp, articles=(replace(comp.articles[1], language=code),))
        assert language_notice(one).startswith(f"The Daily Bugle reads as {name}, not English"), (
            code
        )
    one = replace(comp, articles=(replace(comp.articles[1], language="nl"),))
    assert "reads as Dutch" in language_notice(one)


def test_an_article_in_another_language_is_said_to_be_read_as_english(
    qtbot: Any, tmp_path: Path
) -> None:
    """A class handed a French or Spanish article sees marks built for English: the window says
    so above the views, for one article alone as for a comparison."""
    from dataclasses import replace

    from reader.ui.notices import language_notice

    comp = sample_comparison()
    english = replace(comp, articles=tuple(replace(a, language="en") for a in comp.articles))
    assert language_notice(comp) == "" and language_notice(english) == ""  # unknown, or English
    spanish = replace(
        comp,
        articles=tuple(
            replace(a, language="es") if a.id == "daily" else a for a in english.articles
        ),
    )
    assert language_notice(spanish) == (
        "The Daily Bugle reads as Spanish, not English: the framing lexicon and the claim"
        " matching are built for English, so its marks may be wrong."
    )
    two = replace(
        spanish,
        articles=tuple(
            replace(a, language="fr") if a.id == "wire" else a for a in spanish.articles
        ),
    )
    assert language_notice(two).startswith("Wire Service (French) and The Daily Bugle (Spanish)")
    win = make_window(qtbot, tmp_path)
    win.show_comparison(spanish)
    assert win.notice.isVisible() and "reads as Spanish" in win.notice.text()
    win.show_comparison(one_article(spanish, "daily"))
    assert win.notice.isVisible() and "reads as Spanish" in win.notice.text()
    win.show_comparison(english)
    assert not win.notice.isVisible()


def test_a_long_actor_name_wraps_in_the_details_panel(qtbot: Any, tmp_path: Path) -> None:
    """The actors list is narrow: a long name and "described by 2 outlets" wrap, not scroll."""
    from dataclasses import replace

    comp = sample_comparison()
    long_name = "The Westhaven Regional Council Transport and Environment Committee"
    entity = replace(comp.entities[0], name=long_name)
    win = make_window(qtbot, tmp_path)
    win.resize(1024, 700)  # the Details panel about 320 pixels wide
    win.show_comparison(replace(comp, entities=(entity,)))
    actors = win.details.actors
    qtbot.waitExposed(win)
    text = actors.item(0).text()
    assert actors.fontMetrics().horizontalAdvance(text) > actors.viewport().width()
    assert actors.horizontalScrollBar().maximum() == 0
    rect = actors.visualItemRect(actors.item(0))
    assert rect.height() > actors.fontMetrics().lineSpacing() * 1.5  # two lines or more
