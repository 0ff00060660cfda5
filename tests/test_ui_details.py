"""The Details panel follows the legend: a hidden kind of flag is neither explained nor marked in
the outlets' wording there, and showing the kind again brings both back."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.palette import style_for
from reader.ui.aligned_model import CELL_ROLE
from reader.ui.details import flag_html
from reader.ui.legend import QUOTED
from reader.ui.richtext import underline_colour
from reader.ui.theme import colours
from reader.ui.typography import curly
from ui_sample import make_window, one_article, sample_comparison, sample_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    return sample_window(qtbot, tmp_path)


def underlines(window: Any) -> set[str]:
    """The colours of the underlines drawn in the details (the flags' marks in the wording)."""
    out: set[str] = set()
    block = window.details.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if (
                fmt.fontUnderline()
                or fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
            ):
                out.add(fmt.underlineColor().name())
            it += 1
        block = block.next()
    return out


LABEL = QColor(style_for("label").colour).name()


def test_a_hidden_kind_leaves_the_claims_wording_and_comes_back(window: Any) -> None:
    window.aligned.select_row(0)  # "Chinese dictator" is a label in The Daily Bugle's wording
    assert LABEL in underlines(window)
    assert "Label or epithet" in window.details.text()
    window.legend.set_category("label", False)
    assert LABEL not in underlines(window)
    assert "Label or epithet" not in window.details.text()
    assert "Chinese dictator Xi Jinping" in window.details.text()  # the wording stays
    window.legend.set_category("label", True)
    assert LABEL in underlines(window)
    assert "Label or epithet" in window.details.text()


def test_a_hidden_flag_gives_way_to_its_claim_and_returns(window: Any) -> None:
    view = window.aligned
    assert view.next_flag(True) == "f-label"
    assert window.details.text().startswith("Flag")
    window.legend.set_category("label", False)
    text = window.details.text()
    assert text.startswith("Claim") and "Label or epithet" not in text
    assert window.details.shown_flag is None
    window.legend.set_category("label", True)
    assert window.details.text().startswith("Flag")
    assert window.details.shown_flag is not None and window.details.shown_flag.id == "f-label"


def test_the_other_flags_of_an_explained_flags_claim_follow_the_legend(window: Any) -> None:
    view = window.aligned
    order = [o[3] for o in view.flag_order()]
    while view.current_flag != "f-opinion":  # the opinion shares its claim with "shameful"
        assert view.next_flag(True) in order
    st = style_for("loaded")
    loaded = underline_colour(st, False, st.tint_light).name()  # drawn on its tint, at 3:1
    assert "Loaded word" in window.details.text() and loaded in underlines(window)
    window.legend.set_category("loaded", False)
    assert "Unattributed opinion" in window.details.text()
    assert "Loaded word" not in window.details.text() and loaded not in underlines(window)


def test_speakers_words_hidden_leave_the_details_too(qtbot: Any, tmp_path: Path) -> None:
    comp = sample_comparison()
    quoted = replace(comp, flags=tuple(replace(f, quoted=f.id == "f-verb") for f in comp.flags))
    window = make_window(qtbot, tmp_path)
    window.show_comparison(quoted)
    row = window.aligned.aligned_model.flag_row["f-verb"]
    window.aligned.select_row(row)
    verb = QColor(style_for("attribution").colour).name()
    assert "Reporting verb" in window.details.text() and verb in underlines(window)
    window.legend.set_category(QUOTED, False)
    assert "Reporting verb" not in window.details.text() and verb not in underlines(window)
    window.legend.set_category(QUOTED, True)
    assert "Reporting verb" in window.details.text()


def test_a_single_articles_flag_is_selected_again_when_its_kind_returns(
    qtbot: Any, tmp_path: Path
) -> None:
    comp = sample_comparison()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    window = make_window(qtbot, tmp_path)
    window.show_comparison(one)
    single = window.single
    with qtbot.waitSignal(single.flagSelected, timeout=1000):
        single.select_flag("f-hedge")
    assert "Hedge or scare word" in window.details.text()
    assert single.pane is not None
    marked = single.pane.marked_text()
    assert marked and marked[0].startswith("supposed")
    window.legend.set_category("hedge", False)
    assert "Hedge or scare word" not in window.details.text()
    assert single.flag_list.currentItem() is None
    window.legend.set_category("hedge", True)
    assert "Hedge or scare word" in window.details.text()
    item = single.flag_list.currentItem()
    assert item is not None and "supposed" in item.text()
    assert single.pane.marked_text() == marked  # and marked in the text again


def heading(category: str, dark: bool) -> str:
    """The colour a flag's heading is written in, in the light or the dark theme."""
    from reader.ui.theme import readable

    return readable(style_for(category).colour, dark).name()


def in_html(window: Any, colour: str) -> bool:
    return colour.lower() in window.details.browser.toHtml().lower()


def test_a_theme_switch_keeps_the_flag_explained(qtbot: Any, window: Any) -> None:
    """A flag explained above its claim stays explained (not its claim alone), in the new
    theme's colours, and stays the current flag."""
    window.theme_actions["light"].trigger()
    window.act_next_flag.trigger()
    window.act_next_flag.trigger()  # F8 twice: the Daily Bugle's "supposed"
    assert window.aligned.current_flag == "f-hedge"
    before = window.details.text()
    assert before.startswith("Flag") and "casts doubt on the framework" in before
    assert in_html(window, heading("hedge", False))
    window.theme_actions["dark"].trigger()
    assert window.details.text() == before
    assert in_html(window, heading("hedge", True)) and not in_html(window, heading("hedge", False))
    assert window.aligned.current_flag == "f-hedge"
    window.theme_actions["light"].trigger()
    assert window.details.text() == before and in_html(window, heading("hedge", False))


def test_a_theme_switch_keeps_the_claim_shown(qtbot: Any, window: Any) -> None:
    window.theme_actions["light"].trigger()
    window.aligned.select_row(0)
    before = window.details.text()
    assert before.startswith("Claim") and in_html(window, heading("label", False))
    marked = {p.article.id: p.marked_text() for p in window.reading.panes}
    window.theme_actions["dark"].trigger()
    assert window.details.text() == before and in_html(window, heading("label", True))
    # the reading view keeps the claim highlighted in every column
    assert {p.article.id: p.marked_text() for p in window.reading.panes} == marked


def test_a_theme_switch_redraws_what_no_selected_row_explains(qtbot: Any, tmp_path: Path) -> None:
    """A flag with no row selected in the aligned view (a single article's) is drawn again too:
    the switch used to redraw the panel only for a selected row."""
    comp = sample_comparison()
    one = replace(comp, articles=comp.articles[1:2], alignments=(), flags=comp.flags_of("daily"))
    window = make_window(qtbot, tmp_path)
    window.theme_actions["light"].trigger()
    window.show_comparison(one)
    window.single.select_flag("f-hedge")
    before = window.details.text()
    assert "casts doubt on the framework" in before and in_html(window, heading("hedge", False))
    window.theme_actions["dark"].trigger()
    assert window.details.text() == before
    assert in_html(window, heading("hedge", True)) and not in_html(window, heading("hedge", False))
    assert window.single.selected_flag == "f-hedge"


def test_the_actors_list_says_how_many_outlets_describe_each(window: Any) -> None:
    """A bare "described by 3" leaves the reader to guess three what: it says outlets, and
    whether their words differ ("Chinese dictator" against "President")."""
    texts = [window.details.actors.item(i).text() for i in range(window.details.actors.count())]
    assert "Xi Jinping · described by 2 outlets in different words" in texts


def with_actors(comp: Any) -> Any:
    """The sample with more actors: two places named more often than Xi Jinping and described
    by no outlet, and Emmanuel Macron, whom two outlets describe alike. Xi Jinping is written as
    in the engine's output, his name among his spellings."""
    from reader.core.model import Entity

    xi = replace(comp.entities[0], aliases=("Xi Jinping", "Xi"))
    places = tuple(
        Entity(f"e-{name}", name, "GPE", (name,), {}, {"wire": 3, "daily": 3, "gazette": 3})
        for name in ("Guangzhou", "France")
    )
    macron = Entity(
        "e-macron",
        "Emmanuel Macron",
        "PERSON",
        ("Emmanuel Macron",),
        {"wire": ("French president",), "gazette": ("French President",)},
        {"wire": 1, "gazette": 1},
    )
    return replace(comp, entities=(*places, macron, xi))


def actor_texts(window: Any) -> list[str]:
    return [window.details.actors.item(i).text() for i in range(window.details.actors.count())]


def click_actor(qtbot: Any, window: Any, row: int) -> None:
    from PySide6.QtCore import Qt

    actors = window.details.actors
    qtbot.mouseClick(
        actors.viewport(),
        Qt.MouseButton.LeftButton,
        pos=actors.visualItemRect(actors.item(row)).center(),
    )


def test_the_actors_the_outlets_word_differently_come_first(qtbot: Any, tmp_path: Path) -> None:
    """Ranked by mentions alone, the actor the outlets disagree on sat under places no outlet
    describes, out of sight in a short list: the list follows the Overview's order, and says
    which actors the outlets word differently."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_actors(sample_comparison()))
    texts = actor_texts(window)
    assert texts[:2] == [
        "Xi Jinping · described by 2 outlets in different words",
        "Emmanuel Macron · described by 2 outlets",
    ]
    assert set(texts[2:]) == {"Guangzhou", "France"}


def test_an_actor_clicked_again_after_a_flag_is_shown_again(qtbot: Any, window: Any) -> None:
    """The actor stayed the list's current item while Details went on to a flag, so a click on
    it again changed nothing: the reader saw the flag under a highlighted actor."""
    click_actor(qtbot, window, 0)
    assert "How each outlet describes this actor" in window.details.text()
    window.flag_selected("f-label")
    assert "Label or epithet" in window.details.text()
    assert window.details.actors.currentItem() is None
    click_actor(qtbot, window, 0)
    assert "How each outlet describes this actor" in window.details.text()


def test_an_actors_other_spellings_leave_out_its_name(qtbot: Any, tmp_path: Path) -> None:
    """ "Also written: Xi Jinping, Xi" under "Xi Jinping" repeated the heading; the other
    spellings are what is new, and an actor written one way only has no such line."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_actors(sample_comparison()))
    window.details.actors.setCurrentRow(
        actor_texts(window).index("Xi Jinping · described by 2 outlets in different words")
    )
    assert "Also written: Xi\n" in window.details.text()
    window.details.actors.setCurrentRow(actor_texts(window).index("France"))
    assert "Also written" not in window.details.text()


def test_with_nothing_open_the_panel_says_how_to_start(qtbot: Any, tmp_path: Path) -> None:
    """Nothing open: no claim or flag can be selected, and an empty Actors box says nothing.
    The first step names one article alone as well as two or more, as the welcome page does:
    "Open two or more articles" read as if one could not be opened."""
    window = make_window(qtbot, tmp_path)
    assert "Nothing is open yet" in window.details.text()
    assert "File › Open" in window.details.text()
    assert "Open one article, or two or more" in window.details.text()
    assert not window.details.actors_box.isVisible()
    window.show_comparison(sample_comparison())
    assert "Select a claim or a flag" in window.details.text()
    assert window.details.actors_box.isVisible()
    window.act_new.trigger()  # New Comparison: nothing open again
    assert "Nothing is open yet" in window.details.text()
    assert not window.details.actors_box.isVisible()


def daily_alone(flags: bool) -> Any:
    """The Daily Bugle alone, with its own flags or (``flags`` false) none found."""
    comp = one_article(sample_comparison(), "daily")
    return replace(comp, flags=comp.flags if flags else (), headline_flags=())


def test_one_article_without_flags_is_not_asked_to_select_one(qtbot: Any, tmp_path: Path) -> None:
    """Its list says no framing was flagged; the panel agrees and points at the actors instead."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(daily_alone(flags=False))
    assert "Select a flag" not in window.details.text()
    assert "No framing was flagged in this article" in window.details.text()
    window.show_comparison(daily_alone(flags=True))
    assert "Select a flag" in window.details.text()


def test_a_clean_copy_of_one_article_does_not_say_it_has_no_flags(
    qtbot: Any, tmp_path: Path
) -> None:
    """With the marks off, whether any were found is the exercise: the hint keeps it unsaid."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(daily_alone(flags=False))
    window.details.set_clean(True)
    assert "No framing was flagged" not in window.details.text()
    window.details.set_clean(False)
    assert "No framing was flagged" in window.details.text()


def test_one_articles_actors_show_its_own_words_not_a_count_of_one(
    qtbot: Any, tmp_path: Path
) -> None:
    """A count of "1 outlet" compares nothing; the article's own words for the actor do."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(daily_alone(flags=True))
    texts = [window.details.actors.item(i).text() for i in range(window.details.actors.count())]
    assert "Xi Jinping · “Chinese dictator”" in texts
    assert not any("outlet" in t for t in texts)
    window.details.actors.setCurrentRow(texts.index("Xi Jinping · “Chinese dictator”"))
    assert "How the article describes this actor" in window.details.text()


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ('"reward"', "“reward”"),
        ("'reward'", "“reward”"),
        ("“reward”", "“reward”"),
        ("reward", "“reward”"),
    ],
)
def test_a_flags_words_are_quoted_once(words: str, shown: str) -> None:
    """A scare quote's span holds its own quotation marks; Details adds none around them, and
    shows straight ones as the curly quotes it puts around any other flag's words."""
    comp = sample_comparison()
    flag = replace(comp.flags[0], text=words)
    page = flag_html(flag, comp)
    assert f"<br>{html.escape(shown)}</p>" in page


def test_a_flag_in_a_qa_answer_names_whose_answer_it_is() -> None:
    """The note under a flag in an interview's answer names the speaker, as they are written."""
    comp = sample_comparison()
    flag = replace(
        comp.flags[0],
        quoted=True,
        answer_of="The mayor of Port Alder",
        explanation="'shameless' is loaded wording.",
    )
    page = html.unescape(flag_html(flag, comp))
    assert "In an answer: the mayor of Port Alder’s words, not the outlet’s." in page
    assert "Inside a quotation" not in page
    # The engine's explanation already says it: the panel does not say it twice.
    said = replace(flag, explanation=f"'shameless' is loaded wording ({flag.speaker_note}).")
    assert html.unescape(flag_html(said, comp)).count("Port Alder’s words") == 1


def test_a_flags_heading_says_what_its_kind_means_in_plain_words() -> None:
    """A student first meets "Hedge or scare word" or "Intensifier" in a flag's heading, which
    named the kind and said nothing of it: the heading now carries the kind's plain meaning,
    and with one article open alone the meaning that speaks of no other outlet."""
    from reader.core.model import category_description

    comp = sample_comparison()
    for shown in (comp, one_article(comp, "daily")):
        assert shown.flags
        for flag in shown.flags:
            page = html.unescape(flag_html(flag, shown))
            heading = page.split("</p>", 1)[0]  # the meaning is in the heading, above the text
            assert curly(category_description(flag.category, len(shown.articles))) in heading


def test_the_hint_reads_at_text_contrast_in_both_themes(qtbot: Any, tmp_path: Path) -> None:
    """The hint was a fixed #888, 3.5:1 on the light theme's white: under WCAG AA's 4.5:1."""
    from reader.ui.theme import colours, contrast

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    details = window.details
    for dark in (False, True, False):
        details.set_dark(dark)
        fragment = details.browser.document().begin().begin().fragment()
        ink = fragment.charFormat().foreground().color()
        assert "Select a claim" in fragment.text()
        assert contrast(ink, QColor(colours(dark)["base"])) >= 4.5, dark


def test_no_empty_actors_box_where_no_actor_was_found(qtbot: Any, tmp_path: Path) -> None:
    """An article not in English names no actor; an empty "Actors" box under it said nothing."""
    window = make_window(qtbot, tmp_path)
    window.show()
    window.show_comparison(replace(daily_alone(flags=False), entities=()))
    assert not window.details.actors_box.isVisible()
    assert "nothing to explain" in window.details.text()
    window.show_comparison(daily_alone(flags=False))
    assert window.details.actors_box.isVisible()


def test_a_claims_speaker_is_named_by_the_actor_not_the_outlets_label(qtbot: Any) -> None:
    """ "Quotes or cites: Chinese dictator Xi Jinping" put the outlet's label inside the name.
    The speaker is named as the actor, and the words as written follow in brackets, where the
    label is there to check."""
    from reader.core.model import Attribution
    from reader.ui.details import DetailsPanel

    comp = sample_comparison()
    daily = comp.claims["daily"]
    speaker = "Chinese dictator Xi Jinping"
    said = Attribution(speaker, "said", "indirect", speaker_span=(0, len(speaker)))
    comp = replace(
        comp, claims={**comp.claims, "daily": (replace(daily[0], attribution=said), *daily[1:])}
    )
    row = next(r for r in comp.rows() if [c.id for c in r.cells.get("daily", ())] == [daily[0].id])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.set_comparison(comp)
    panel.show_row(row, [])
    text = panel.text()
    assert "Quotes or cites: Xi Jinping (Chinese dictator Xi Jinping, said)" in text


def with_mentions(comp: Any) -> Any:
    """The sample with where Xi Jinping is named in each outlet, as the engine keeps it."""
    spans = {
        a.id: ((a.text.index("Xi Jinping"), a.text.index("Xi Jinping") + 10),)
        for a in comp.articles
    }
    return replace(comp, entities=(replace(comp.entities[0], spans=spans),))


def test_a_click_on_an_actor_takes_the_views_to_its_mentions_one_by_one(
    qtbot: Any, tmp_path: Path
) -> None:
    """A click on an actor only explained it: the reader still had to hunt for where it was
    named. The click selects the claim of its first mention in the Aligned view; each click
    again, or Enter, goes on to the next, round to the first; the Details panel goes on
    explaining the actor, and an outlet hidden is passed over."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window(qtbot, tmp_path)
    comp = with_mentions(sample_comparison())
    window.show_comparison(comp)
    window.aligned.select_row(2)
    order = [a.id for a in comp.articles]

    def at() -> tuple[int, str]:
        index = window.aligned.currentIndex()
        return index.row(), order[index.column()]

    click_actor(qtbot, window, 0)
    assert at() == (0, "wire")
    assert "How each outlet describes this actor" in window.details.text()
    assert window.details.actors.currentRow() == 0
    assert "mention 1 of 3, in Wire Service" in window.status_label.text()
    click_actor(qtbot, window, 0)
    assert at() == (0, "daily")
    QTest.keyClick(window.details.actors, Qt.Key.Key_Return)
    assert at() == (0, "gazette")
    assert "How each outlet describes this actor" in window.details.text()
    click_actor(qtbot, window, 0)
    assert at() == (0, "wire")
    window.view_filter.set_outlet_visible("daily", False)
    click_actor(qtbot, window, 0)
    assert at() == (0, "gazette")
    assert "mention 2 of 2, in Gazette" in window.status_label.text()


def test_in_the_reading_view_an_actors_mention_is_marked_for_a_moment(
    qtbot: Any, tmp_path: Path
) -> None:
    """In the Reading view the click marks the words that name the actor in their column, then
    the column marks the selected claim again."""
    from reader.ui.reading import MENTION_MARK_MS

    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_mentions(sample_comparison()))
    window.set_view("reading")
    daily = next(p for p in window.reading.panes if p.article.id == "daily")
    click_actor(qtbot, window, 0)
    click_actor(qtbot, window, 0)
    assert window.tabs.currentWidget() is window.reading
    assert daily.marked_text() == ["Xi Jinping"]
    assert "How each outlet describes this actor" in window.details.text()
    qtbot.waitUntil(
        lambda: [m.endswith(CLAIM_TAIL) for m in daily.marked_text()] == [True],
        timeout=MENTION_MARK_MS + 2000,
    )


def test_a_mention_marked_soon_after_another_stays_marked_its_whole_moment(
    qtbot: Any, tmp_path: Path
) -> None:
    """Each mention was unmarked by its own timer, so stepping on within the moment let the
    first click's timer take the next mention's mark away early."""
    from reader.ui.reading import MENTION_MARK_MS

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.aligned.select_row(0)  # the claims that name Xi Jinping
    window.set_view("reading")
    daily = next(p for p in window.reading.panes if p.article.id == "daily")
    text = daily.article.text
    for words in ("Xi Jinping", "Guangzhou"):
        start = text.index(words)
        window.reading.show_mention("daily", start, start + len(words))
        qtbot.wait(MENTION_MARK_MS * 2 // 3)
    # Past the first mark's moment, within the second's.
    assert daily.marked_text() == ["Guangzhou"]
    qtbot.waitUntil(
        lambda: [m.endswith(CLAIM_TAIL) for m in daily.marked_text()] == [True],
        timeout=MENTION_MARK_MS + 2000,
    )


#: The end of the Daily Bugle's claim that names Xi Jinping, after the marker letters.
CLAIM_TAIL = "Xi Jinping met the French president in Guangzhou on Friday."


def aligned_mention_marks(window: Any) -> list[str]:
    """The words the current cell of the Aligned view sets apart as an actor's mention."""
    view = window.aligned
    index = view.currentIndex()
    delegate = view.cell_delegate
    doc = delegate.document(index, view.columnWidth(index.column()))
    marks = delegate._mention_marks(doc, index, index.data(CELL_ROLE))
    return [m.cursor.selectedText() for m in marks]


def highlight_pixels(window: Any) -> int:
    """How many pixels of the current cell's text are painted in the theme's highlight colour
    (inside the focus frame, which is drawn in it too)."""
    view = window.aligned
    inside = view.visualRect(view.currentIndex()).adjusted(2, 2, -2, -2)
    image = view.viewport().grab(inside).toImage()
    highlight = QColor(colours(False)["highlight"]).rgb()
    return sum(
        image.pixel(x, y) == highlight for x in range(image.width()) for y in range(image.height())
    )


def test_an_actors_mention_is_marked_in_its_aligned_cell_for_a_moment(
    qtbot: Any, tmp_path: Path
) -> None:
    """The click selected the mention's claim, but in a long cell a reader still hunted for the
    actor's words. They are marked in the cell, as in the Reading view, past the label's marker
    letter before them, until the moment is over or the selection moves on."""
    from reader.ui.reading import MENTION_MARK_MS

    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_mentions(sample_comparison()))
    window.aligned.resize(900, 600)
    click_actor(qtbot, window, 0)
    click_actor(qtbot, window, 0)  # the Daily Bugle's "Chinese dictator Xi Jinping"
    assert window.aligned.currentIndex().column() == 1
    assert aligned_mention_marks(window) == ["Xi Jinping"]
    assert highlight_pixels(window) > 0
    qtbot.waitUntil(lambda: window.aligned.mention is None, timeout=MENTION_MARK_MS + 2000)
    assert highlight_pixels(window) == 0
    click_actor(qtbot, window, 0)  # the Gazette's
    assert aligned_mention_marks(window) == ["Xi Jinping"]
    window.aligned.select_row(2)
    assert window.aligned.mention is None
    window.aligned.select_row(0, 2)
    assert aligned_mention_marks(window) == []


#: A wire story's credit line, which the engine makes no claim of.
CREDIT = "Reporting by Jane Doe in Guangzhou; Editing by Mark Hollis"


def with_a_credit_line(comp: Any) -> Any:
    """The sample with a credit line after the wire's text, and an actor named only there."""
    wire = comp.articles[0]
    text = f"{wire.text}\n\n{CREDIT}"
    start = text.index("Mark Hollis")
    editor = replace(
        comp.entities[0],
        id="e-editor",
        name="Mark Hollis",
        aliases=("Mark Hollis",),
        descriptors={},
        mentions={"wire": 1},
        spans={"wire": ((start, start + len("Mark Hollis")),)},
    )
    return replace(
        comp, articles=(replace(wire, text=text), *comp.articles[1:]), entities=(editor,)
    )


def test_an_actors_mention_outside_the_claims_is_shown_in_the_reading_view(
    qtbot: Any, tmp_path: Path
) -> None:
    """A mention in a credit line or a dateline is in no claim, so the Aligned view had no row
    to select: the click did nothing a reader could see. The Reading view, which shows every
    line, marks it, and the status line quotes the line it is in."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_a_credit_line(sample_comparison()))
    window.aligned.select_row(1)
    click_actor(qtbot, window, 0)
    assert window.tabs.currentWidget() is window.reading
    wire = next(p for p in window.reading.panes if p.article.id == "wire")
    assert wire.marked_text() == ["Mark Hollis"]
    status = window.status_label.text()
    assert f"Mark Hollis: mention 1 of 1, in Wire Service, in the line “{CREDIT}”" in status
    assert "outside the claims" in status


def test_a_long_line_is_quoted_around_the_mention() -> None:
    """The status line quotes a long line around the mention's words, marked as cut, not its
    first sixty characters, which may end before the name."""
    from reader.ui.actor_steps import LINE_CHARS, line_around

    line = "Additional reporting by the bureau staff in several cities; " + CREDIT
    text = f"Body.\n{line}\nMore."
    start = text.index("Mark Hollis")
    quoted = line_around(text, start, start + len("Mark Hollis"))
    assert "Mark Hollis" in quoted
    assert quoted.startswith("…") and len(quoted) <= LINE_CHARS + 2
    assert line_around(text, 0, 4) == "Body."


def test_the_aligned_view_scrolls_to_an_actors_words_in_a_tall_cell(
    qtbot: Any, tmp_path: Path
) -> None:
    """Selecting the row showed the cell, centred; in a cell taller than the view the words
    that name the actor, near its end, were out of sight. The view scrolls to the words."""
    window = make_window(qtbot, tmp_path)
    comp = sample_comparison()
    daily = comp.article("daily").text
    start = daily.index("Guangzhou")
    place = replace(
        comp.entities[0],
        id="e-place",
        name="Guangzhou",
        aliases=("Guangzhou",),
        descriptors={},
        mentions={"daily": 1},
        spans={"daily": ((start, start + len("Guangzhou")),)},
    )
    window.show_comparison(replace(comp, entities=(place,)))
    window.apply_font_size(28)
    view = window.aligned
    view.resize(view.width(), 260)
    view.fit_rows()
    click_actor(qtbot, window, 0)
    index = view.currentIndex()
    assert (index.row(), index.column()) == (0, 1)
    assert view.visualRect(index).height() > view.viewport().height()  # a cell taller than it
    words = view.cell_delegate.mention_rect(view.visualRect(index), index)
    assert words is not None
    assert words.top() >= 0 and words.bottom() <= view.viewport().height()


def test_the_status_line_says_before_an_actors_mentions_start_again(
    qtbot: Any, tmp_path: Path
) -> None:
    """At the last mention the status line still said "Click it again … for the next", and the
    next click jumped back to the first with nothing said. It says the mention is the last and
    that a click goes back to the first; the mentions before it still offer the next."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_mentions(sample_comparison()))
    click_actor(qtbot, window, 0)
    assert "mention 1 of 3" in window.status_label.text()
    assert "for the next" in window.status_label.text()
    assert "last" not in window.status_label.text()
    click_actor(qtbot, window, 0)
    click_actor(qtbot, window, 0)
    status = window.status_label.text()
    assert "mention 3 of 3, in Gazette." in status
    assert "This is the last; click it again, or press Enter, to go back to the first." in status
    assert "for the next" not in status
    click_actor(qtbot, window, 0)
    assert "mention 1 of 3, in Wire Service." in window.status_label.text()


def test_an_actors_mention_in_the_reading_view_stands_apart_from_a_selected_claim(
    qtbot: Any, tmp_path: Path
) -> None:
    """The mention was marked in a selected claim's pale blue, beside whole claims marked so in
    the other columns: two words in a column of text were easy to miss. It is marked in the
    current find match's colours, and the claim's own mark comes back in the pale blue after."""
    from reader.ui.reading import MENTION_MARK_MS
    from reader.ui.theme import colours

    window = make_window(qtbot, tmp_path)
    window.show_comparison(with_mentions(sample_comparison()))
    window.set_view("reading")
    c = colours(window.reading.dark)
    wire = next(p for p in window.reading.panes if p.article.id == "wire")

    def marks() -> list[tuple[str, str, str]]:
        return [
            (
                s.cursor.selectedText(),
                s.format.background().color().name(),
                s.format.foreground().color().name(),
            )
            for s in wire.text.extraSelections()
        ]

    click_actor(qtbot, window, 0)
    assert marks() == [("Xi Jinping", QColor(c["highlight"]).name(), c["highlight_text"].lower())]
    qtbot.waitUntil(
        lambda: [m[1] for m in marks()] == [QColor(c["selection_row"]).name()],
        timeout=MENTION_MARK_MS + 2000,
    )


def test_one_articles_actor_mention_is_counted_without_naming_the_outlet(
    qtbot: Any, tmp_path: Path
) -> None:
    """With one article open the status line said "mention 1 of 1, in Unknown outlet" for a file
    with no outlet named, which read as a fault; with one article there is nowhere else the
    mention could be. It gives the count alone and marks the words in the article."""
    window = make_window(qtbot, tmp_path)
    comp = with_mentions(one_article(sample_comparison(), "daily"))
    comp = replace(comp, articles=(replace(comp.articles[0], outlet="Unknown outlet"),))
    window.show_comparison(comp)
    click_actor(qtbot, window, 0)
    assert window.status_label.text() == "Xi Jinping: mention 1 of 1."
    assert window.single.pane.marked_text() == ["Xi Jinping"]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_largest_zoom_leaves_the_details_a_readable_measure(
    qtbot: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Zoomed to the largest text, the panel's 290 px held two or three words a line and the
    actors' share of it one actor and half a line of the next, cut through the middle. It now
    keeps a measure of its own text's characters and three lines of actors, in a window that
    still takes the size asked for."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from reader.ui.details import ACTOR_LINES, MIN_CHARS
    from reader.ui.mainwindow import MAX_FONT

    window = sample_window(qtbot, tmp_path)
    window.resize(*size)
    window.apply_font_size(MAX_FONT)
    QApplication.processEvents()
    details = window.details
    assert (window.width(), window.height()) == size
    text = QFontMetrics(details.browser.font())
    assert details.browser.viewport().width() >= text.averageCharWidth() * (MIN_CHARS - 2)
    actors = QFontMetrics(details.actors.font())
    assert details.actors.viewport().height() >= actors.lineSpacing() * (ACTOR_LINES - 0.5)
    window.apply_font_size(11)  # and back at the usual size, the usual width
    QApplication.processEvents()
    assert details.minimumWidth() == 290


def _speaker_line(qtbot: Any, speaker: str, refers_to: str | None = None) -> str:
    """The details panel's text for the sample's first claim, said by ``speaker``, in a
    comparison that knows the Kellmarsh Police Department as an actor."""
    from reader.core.model import Attribution, Entity
    from reader.ui.details import DetailsPanel

    comp = sample_comparison()
    police_name = "Kellmarsh Police Department"
    police = Entity("e-police", police_name, "ORG", (police_name,))
    daily = comp.claims["daily"]
    said = Attribution(
        speaker, "said", "indirect", speaker_span=(0, len(speaker)), refers_to=refers_to
    )
    first = replace(daily[0], attribution=said)
    comp = replace(
        comp,
        claims={**comp.claims, "daily": (first, *daily[1:])},
        entities=(*comp.entities, police),
    )
    row = next(r for r in comp.rows() if [c.id for c in r.cells.get("daily", ())] == [daily[0].id])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.set_comparison(comp)
    panel.show_row(row, [])
    return panel.text()


def test_a_speaker_written_as_its_own_name_is_named_once(qtbot: Any) -> None:
    """ "Quotes or cites: Kellmarsh Police Department (the Kellmarsh Police Department, said)"
    repeated itself: words that are the name, with or without "the", are not written again."""
    for written in ("the Kellmarsh Police Department", "The Kellmarsh Police Department"):
        text = _speaker_line(qtbot, written)
        assert "Quotes or cites: Kellmarsh Police Department (said)" in text, written


def test_a_speaker_written_in_other_words_keeps_them(qtbot: Any) -> None:
    """The outlet's own words for a speaker, where they are more than the name, stay beside it
    to check against: a title, or the pronoun that stands for the person."""
    text = _speaker_line(qtbot, "President Xi Jinping")
    assert "Quotes or cites: Xi Jinping (President Xi Jinping, said)" in text
    text = _speaker_line(qtbot, "she", refers_to="Xi Jinping")
    assert "Quotes or cites: Xi Jinping (she, said)" in text


def test_a_speaker_that_opened_its_sentence_reads_mid_line(qtbot: Any) -> None:
    """ "Quotes or cites: The platform (claimed)" kept the capital of the sentence it opened,
    beside "the military" from another; a name after "The" keeps its own."""
    assert "Quotes or cites: the platform (said)" in _speaker_line(qtbot, "The platform")
    assert "Quotes or cites: a spokeswoman (said)" in _speaker_line(qtbot, "A spokeswoman")
    assert "Quotes or cites: The Hague council (said)" in _speaker_line(qtbot, "The Hague council")


def test_a_speaker_cited_twice_in_one_claim_is_named_once() -> None:
    """A claim joining two sentences that cite "the military" and "The military" listed the
    military twice under "Quotes or cites"."""
    from reader.ui.details import _once_each

    cited = ["the military (confirmed)", "The military (confirmed)", "the ministry (said)"]
    assert _once_each(cited) == ["the military (confirmed)", "the ministry (said)"]


def test_a_count_told_as_fact_quotes_who_gives_it_in_the_others() -> None:
    """A dropped-source flag is answered by the others' source: "… the figure at 4,000." cut
    off who put it there. Its counterparts are quoted whole, in Details and on hover; another
    figure's keep their few words either side."""
    from reader.core.dropped_sources import DROPPED_SOURCE_RULE
    from reader.core.model import Counterpart
    from reader.ui.flag_tips import flag_tooltip

    sentence = "The harbour police of the town put the figure at 4,000."
    at = sentence.index("4,000")
    answer = Counterpart("gazette", sentence, at, at + len("4,000"))
    comp = sample_comparison()
    flag = replace(
        comp.flags[0],
        category="figure",
        rule=DROPPED_SOURCE_RULE,
        text="4,000 people",
        explanation="Gives '4,000 people' as fact; Gazette says the police put the figure.",
        counterparts=(answer,),
    )
    quoted = "The harbour police of the town put the figure at <b>4,000</b>."
    assert quoted in flag_html(flag, comp)
    assert quoted in flag_tooltip([flag], comp)
    other = replace(flag, rule="rule:different-figure")
    assert "… the figure at <b>4,000</b>." in flag_html(other, comp)
    assert "harbour police" not in flag_html(other, comp)


def test_an_explanation_shows_curly_quotes_and_the_json_export_keeps_core_s() -> None:
    """Details set core's 'straight' quotes under the flag's “curly” words: the panel shows
    them curly, apostrophes too, and the export keeps what core wrote."""
    from reader.core.export import to_json

    comp = sample_comparison()
    explanation = "'the mayor's plan' is this outlet's word for it; others write 'the plan'."
    flag = replace(comp.flags[0], explanation=explanation)
    page = html.unescape(flag_html(flag, comp))
    assert "‘the mayor’s plan’ is this outlet’s word for it; others write ‘the plan’." in page
    shown = replace(comp, flags=(flag, *comp.flags[1:]))
    assert explanation in json.loads(to_json(shown))["flags"][0]["explanation"]
    lexicon = replace(flag, rule="lexicon:loaded:mayor's plan")
    assert "Found by the word list entry ‘mayor’s plan’" in html.unescape(flag_html(lexicon, comp))


@pytest.mark.parametrize("category", ["loaded", "label", "hedge", "attribution"])
def test_found_by_names_a_word_lists_kind_as_the_legend_does(category: str) -> None:
    """ "Found by the word list entry 'x' (attribution)" named the kind by its key; the line
    now says the name the legend's tip and the heading above it give ("Reporting verb")."""
    from reader.core.model import CATEGORY_LABELS
    from reader.ui.legend import chip_tip

    comp = sample_comparison()
    flag = replace(comp.flags[0], category=category, rule=f"lexicon:{category}:so-called")
    page = html.unescape(flag_html(flag, comp))
    name = CATEGORY_LABELS[category]
    assert f"Found by the word list entry ‘so-called’ ({name})" in page
    assert f"({category})" not in page
    assert chip_tip(category).startswith(name)  # the legend's words for the kind


def test_found_by_leaves_a_rule_that_is_no_word_list_as_core_says_it() -> None:
    from reader.core.model import rule_description
    from reader.ui.details import found_by

    assert found_by("rule:different-figure") == curly(rule_description("rule:different-figure"))


@pytest.mark.parametrize(
    ("who", "shown"),
    [
        ("The platform", "the platform"),  # the article that opened the outlet's sentence
        ("An official", "an official"),
        ("The Guardian", "The Guardian"),  # a name keeps its capital
        ("The", "The"),  # an article alone is not shortened to nothing
        ("Daniel Reyes", "Daniel Reyes"),
        ("The ‘experts’ at the ministry", "The ‘experts’ at the ministry"),  # a quotation whole
        ("", ""),
    ],
)
def test_a_speaker_mid_line_changes_only_its_opening_article(who: str, shown: str) -> None:
    from reader.ui.details import _mid_line

    assert _mid_line(who) == shown


def test_a_long_speaker_mid_line_is_shown_whole() -> None:
    """The speaker is shaped, never shortened: every word of a long one stays, cut nowhere."""
    from reader.ui.details import _mid_line

    who = "The " + " ".join(["residents of the northern districts who signed the petition"] * 8)
    assert _mid_line(who) == "t" + who[1:]
    assert _mid_line(who).split() == ["the", *who.split()[1:]]


def test_the_actors_heading_stays_put_whatever_the_details_say(qtbot: Any) -> None:
    """The split was fitted to the details' text, so the "Actors" heading jumped up and down as
    the reader went from the hint to a claim to a flag. It is fitted to the actors and the
    panel now: the same place for every selection; the list shown whole where it fits in its
    share, scrolled past it; moved by a resize or a split the reader drags, and by nothing else."""
    from PySide6.QtWidgets import QApplication

    from reader.ui.details import ACTORS_SHARE, DetailsPanel

    comp = sample_comparison()
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    panel.set_comparison(comp)
    QApplication.processEvents()

    def heading_top() -> int:
        return panel.actors_box.mapTo(panel, panel._actors_title.geometry().topLeft()).y()

    hint = heading_top()
    text, actors = panel.split.sizes()
    least = panel.actors_box.minimumSizeHint().height()  # three lines of the list at least
    wanted = panel.actors_wanted()
    assert actors == max(least, wanted) < (text + actors) * ACTORS_SHARE  # all of them, whole
    assert panel.actors.verticalScrollBar().maximum() == 0
    row = next(iter(comp.rows()))
    claims = {c.id for cell in row.cells.values() for c in cell}
    flags = [f for f in comp.flags if f.claim in claims]
    assert flags
    panel.show_row(row, flags)
    QApplication.processEvents()
    assert heading_top() == hint  # a claim's long text scrolls above the heading
    panel.show_flag(flags[0], row, flags)
    QApplication.processEvents()
    assert heading_top() == hint
    panel.show_placeholder()
    QApplication.processEvents()
    assert heading_top() == hint
    # The look-alike: many actors get their share of the panel only, and their list scrolls.
    many = tuple(
        replace(e, id=f"{e.id}-{i}", name=f"{e.name} {i}") for i in range(12) for e in comp.entities
    )
    panel.set_comparison(replace(comp, entities=many))
    QApplication.processEvents()
    text, actors = panel.split.sizes()
    assert panel.actors_wanted() > actors == int((text + actors) * ACTORS_SHARE)
    assert panel.actors.verticalScrollBar().maximum() > 0
    crowded = heading_top()
    assert crowded < hint
    panel.show_row(row, flags)
    QApplication.processEvents()
    assert heading_top() == crowded
    panel.split.moveSplitter(120, 1)  # the reader drags the split
    panel.set_comparison(comp)
    QApplication.processEvents()
    assert panel.split.sizes()[0] == 120
