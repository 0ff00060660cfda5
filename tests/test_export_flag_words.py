"""Which words fired, in the CSV and the HTML report, apart from the span a flag was widened to.

A loaded word or intensifier is flagged with the phrase it judges ("actually pull"), so a student
reading only the span may take "pull" for the problem word. The CSV gives the fired words in
``words`` and the span in ``context``; the report's footnotes set the fired words in bold inside
the span, as the claims table and the app already do. The JSON is unchanged: ``text`` is the span,
``trigger`` the fired words' offsets.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest

from reader.core.export import CSV_COLUMNS, flag_words, to_csv, to_html, to_json, to_qt_report
from reader.core.model import Article, Claim, Comparison, Flag, Generator

TEXT = "Shoppers will actually pull out of the scheme, the widely dismissed plan says."


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def _flag(fid: str, phrase: str, word: str | None, category: str = "intensifier") -> Flag:
    start, end = _span(phrase)
    trigger = None
    if word is not None:
        w = start + phrase.index(word)
        trigger = (w, w + len(word))
    return Flag(
        fid,
        "a",
        start,
        end,
        phrase,
        category,
        f"'{word or phrase}' is flagged here.",
        claim="a-c0",
        trigger=trigger,
    )


def _comparison(*flags: Flag) -> Comparison:
    article = Article("a", "Quay Tribune", TEXT, title="Scheme in doubt")
    claim = Claim("a-c0", "a", 0, len(TEXT), TEXT, 0)
    return Comparison(
        articles=(article,),
        claims={"a": (claim,)},
        alignments=(),
        flags=flags,
        generator=Generator("parallax-reader", "0.1.0", "test-pipeline", "test-lexicon"),
    )


ACTUALLY = _flag("f1", "actually pull", "actually")
WIDELY = _flag("f2", "widely dismissed", "widely")
SCHEME = _flag("f3", "scheme", None, "loaded")  # no trigger: the span is the word
OPINION = _flag("f4", TEXT, None, "opinion")  # a flag on the whole claim


def _rows(comp: Comparison) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(comp), newline=""))}


def test_csv_says_which_words_fired_and_in_what_context() -> None:
    assert CSV_COLUMNS.index("words") + 1 == CSV_COLUMNS.index("context")
    assert "text" not in CSV_COLUMNS  # one name per meaning: no third column to guess at
    rows = _rows(_comparison(ACTUALLY, WIDELY, SCHEME, OPINION))
    assert (rows["f1"]["words"], rows["f1"]["context"]) == ("actually", "actually pull")
    assert (rows["f2"]["words"], rows["f2"]["context"]) == ("widely", "widely dismissed")
    assert (rows["f3"]["words"], rows["f3"]["context"]) == ("scheme", "scheme")
    assert (rows["f4"]["words"], rows["f4"]["context"]) == ("", TEXT)
    # start and end still locate the context in the article.
    assert TEXT[int(rows["f1"]["start"]) : int(rows["f1"]["end"])] == "actually pull"


def test_a_trigger_that_does_not_fit_the_span_is_not_trusted() -> None:
    stray = replace(ACTUALLY, trigger=(0, 3))  # before the span: from an edited file, say
    assert flag_words(stray) == "actually pull"
    assert "<b>" not in _footnotes(to_html(_comparison(stray)))


def test_headline_flag_words_come_from_the_title() -> None:
    title = "Scheme actually doomed"
    head = Flag(
        "h1",
        "a",
        7,
        22,
        title[7:22],
        "intensifier",
        "'actually' is an intensifier.",
        trigger=(7, 15),
        where="title",
    )
    comp = replace(_comparison(), headline_flags=(head,))
    comp = replace(comp, articles=(replace(comp.articles[0], title=title),))
    row = _rows(comp)["h1"]
    assert (row["words"], row["context"], row["where"]) == ("actually", "actually doomed", "title")


def _footnotes(html: str) -> str:
    return html[html.index('id="flags"') :]


@pytest.mark.parametrize("flavour", ["web", "qt"])
def test_report_footnotes_bold_the_fired_words_inside_the_span(flavour: str) -> None:
    comp = _comparison(ACTUALLY, WIDELY, SCHEME)
    html = to_html(comp) if flavour == "web" else to_qt_report(comp).html
    notes = _footnotes(html)
    assert re.search(r">\s*<b>actually</b> pull</span>", notes)
    assert re.search(r">\s*<b>widely</b> dismissed</span>", notes)
    assert re.search(r">scheme</span>", notes)  # no trigger: nothing singled out
    assert "<b>pull</b>" not in html and "<b>dismissed</b>" not in html
    # The claims table bolds the same words.
    claims = html[html.index('id="claims"') : html.index('id="flags"')]
    assert "<b>actually</b>" in claims and "<b>widely</b>" in claims


def test_an_annotation_on_a_flag_names_it_with_its_fired_words() -> None:
    note = {"kind": "note", "article": "a", "flag": "f1", "body": "Check this."}
    html = to_html(_comparison(ACTUALLY), annotations=[note])
    table = html[html.index('id="annotations"') :]
    assert "flag 1: <q><b>actually</b> pull</q>" in table


def test_json_contract_is_unchanged() -> None:
    data = json.loads(to_json(_comparison(ACTUALLY)))
    (flag,) = data["flags"]
    assert flag["text"] == "actually pull"
    assert ACTUALLY.trigger is not None
    assert flag["trigger"] == {"start": ACTUALLY.trigger[0], "end": ACTUALLY.trigger[1]}
    assert "words" not in flag and "context" not in flag


# -- through the engine ---------------------------------------------------------------------

WIRE = (
    "The district board voted on Monday to close two branch libraries at the end of the year.\n\n"
    "Board members said the buildings needed repairs the district could not afford.\n\n"
    "Readers will be able to use the central library and a mobile service."
)
TABLOID = (
    "The district board voted on Monday to close two branch libraries at the end of the year.\n\n"
    "Board members said the buildings needed repairs, a claim that will actually pull readers"
    " away for good.\n\n"
    "Readers will be able to use the central library and a widely dismissed mobile service."
)


@pytest.fixture(scope="module")
def engine() -> Comparison:
    from reader.core.compare import compare
    from reader.core.ingest import article_from_text

    return compare(
        [
            article_from_text(WIRE, outlet="Valley Wire"),
            article_from_text(TABLOID, outlet="Valley Courier"),
        ]
    )


@pytest.mark.slow
def test_engine_flags_widened_around_a_word_show_the_word(engine: Comparison) -> None:
    widened = [f for f in engine.flags if f.trigger is not None and flag_words(f) != f.text]
    assert widened, "the engine widened no flag in texts written to make it"
    rows = _rows(engine)
    notes = _footnotes(to_html(engine))
    for f in widened:
        assert f.trigger is not None
        words = engine.article(f.article).text[f.trigger[0] : f.trigger[1]]
        assert (rows[f.id]["words"], rows[f.id]["context"]) == (words, f.text)
        assert f"<b>{words}</b>" in notes
    assert any(rows[f.id]["words"] == "actually" for f in widened)
