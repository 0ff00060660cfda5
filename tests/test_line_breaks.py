"""Every kind of line break reaches the engine as ``\\n``, and every space as a plain space,
whichever way the text came in.

Files read through ingest were always normalised; texts given to ``compare()`` or to ``reader
batch`` were not, and the sentence splitter breaks lines only on ``\\n``: with old-Mac ``\\r``
endings (or U+2028/U+2029) the dateline 'March 4, 2025' ran into the headline and lede as one claim.
"""

from __future__ import annotations

import json
import textwrap
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from conftest import FIXTURES
from reader.cli import main
from reader.core.compare import compare
from reader.core.ingest import read_article
from reader.core.model import Article

WAGE = FIXTURES / "events" / "wage"
LEFT = (WAGE / "left.txt").read_text(encoding="utf-8")
RIGHT = (WAGE / "right.txt").read_text(encoding="utf-8")

#: The right-wing article with its line breaks written another way; each reads as RIGHT.
VARIANTS = {
    "CR (old Mac)": RIGHT.replace("\n", "\r"),
    "CRLF (Windows)": RIGHT.replace("\n", "\r\n"),
    "U+2028 line and U+2029 paragraph separators": RIGHT.replace("\n\n", "\u2029").replace(
        "\n", "\u2028"
    ),
    # scraped copy: the parser splits words only on plain spaces, so these hid every phrase
    "no-break spaces and tabs between words": RIGHT.replace(" ", "\u00a0", 60).replace(" ", "\t"),
}


def _event(right: str) -> list[Article]:
    return [Article(id="L", outlet="Left", text=LEFT), Article(id="R", outlet="Right", text=right)]


@cache
def _baseline() -> dict[str, Any]:
    return compare(_event(RIGHT), id="wage").to_dict()


def _claims(record: dict[str, Any]) -> list[list[tuple[int, int, str]]]:
    return [[(c["start"], c["end"], c["text"]) for c in a["claims"]] for a in record["articles"]]


def test_the_fixture_has_lines_to_lose() -> None:
    assert RIGHT.startswith("March 4, 2025\nLakeland lawmakers")
    assert "\r" not in RIGHT and "\u2028" not in RIGHT


@pytest.mark.parametrize("name", list(VARIANTS))
def test_compare_reads_any_line_break_as_a_newline(name: str) -> None:
    record = compare(_event(VARIANTS[name]), id="wage").to_dict()
    base = _baseline()
    right = record["articles"][1]
    assert right["text"] == RIGHT  # the text the offsets point into is the one written out
    for claim in right["claims"]:
        assert right["text"][claim["start"] : claim["end"]] == claim["text"]
    assert _claims(record) == _claims(base)
    assert record["alignments"] == base["alignments"]
    assert record["flags"] == base["flags"]


def test_batch_reads_old_mac_line_breaks_as_newlines(tmp_path: Path) -> None:
    def line(event_id: str, right: str) -> str:
        articles = [
            {"id": "L", "outlet": "Left", "text": LEFT},
            {"id": "R", "outlet": "Right", "text": right},
        ]
        return json.dumps({"id": event_id, "articles": articles})

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(line("lf", RIGHT) + "\n" + line("cr", VARIANTS["CR (old Mac)"]) + "\n")
    assert main(["batch", str(src), "-o", str(out)]) == 0
    lf, cr = (json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())
    # Read as the file is: the dateline and headline are its date and title, not its text.
    assert cr["articles"][1]["text"] == read_article(WAGE / "right.txt").text
    assert cr["articles"][1]["title"] == RIGHT.split("\n")[1]
    assert _claims(cr) == _claims(lf)
    assert cr["alignments"] == lf["alignments"]
    assert {**cr, "id": "lf"} == lf


def test_the_parser_starts_a_sentence_where_a_line_break_ends_one() -> None:
    """A headline and a dateline with no full stop are sentences of their own to the parser too,
    so no cue or figure reads across them; a line that only wraps a sentence stays inside it."""
    from reader.core import nlp

    text = (
        "March 3, 2027\n"
        "Four dead after police clear camp\n\n"
        "Police cleared the camp on Saturday, and two people died in a fire\n"
        "that spread to a warehouse, the city said.\n"
    )
    starts = [s.text.split()[0] for s in nlp.parse(text).sents if s.text.strip()]
    assert starts == ["March", "Four", "Police"]


class _AskedDoc(Doc):
    """A parse that counts how often it is asked whether it holds a dependency parse: spaCy asks,
    scanning every token, each time one token is made a sentence start on its own."""

    asked = 0

    def has_annotation(self, *args: Any, **kwargs: Any) -> bool:
        _AskedDoc.asked += 1
        return bool(Doc.has_annotation(self, *args, **kwargs))


def test_the_line_break_pipe_marks_every_line_without_a_scan_for_each() -> None:
    """Marked token by token, each line break scanned every token of the text, so 500,000
    characters parsed whole took 28 seconds before the parse began; the marks go in at once."""
    from reader.core import nlp

    mark = nlp.get_nlp().get_pipe(nlp.LINE_BREAKS_PIPE)
    asked = []
    for lines in (3, 60):
        text = "\n".join(f"Headline number {i}" for i in range(lines)) + "\n"
        made = nlp.get_nlp().make_doc(text)
        words = [t.text for t in made]
        doc = _AskedDoc(made.vocab, words=words, spaces=[bool(t.whitespace_) for t in made])
        _AskedDoc.asked = 0
        marked = mark(doc)
        asked.append(_AskedDoc.asked)
        assert [t.i for t in marked if t.is_sent_start] == [
            i for i, w in enumerate(words) if w == "Headline"
        ]
    assert asked[1] == asked[0]  # twenty times the lines, no more scans


def test_a_line_set_out_inside_a_quotation_does_not_start_a_sentence() -> None:
    from reader.core.sentences import line_break_starts

    text = 'She read the poem aloud: "The river\nruns to the sea," and sat down.\nThen she left.'
    assert line_break_starts(text) == [text.index("Then")]


def test_the_benchmarks_bare_parse_leaves_out_only_the_line_break_pipe() -> None:
    """The ratios divide by spaCy's own work: the line-break pipe is the engine's, so the bare
    model runs without it, and the engine's model has it back afterwards."""
    from reader.core import nlp

    full = list(nlp.get_nlp().pipe_names)
    with nlp.bare_model() as model:
        assert model.pipe_names == [p for p in full if p != nlp.LINE_BREAKS_PIPE]
        headline = "Four dead after police clear camp\nPolice cleared the camp on Saturday."
        assert len([s for s in model(headline).sents if s.text.strip()]) == 1
    assert nlp.LINE_BREAKS_PIPE in full and nlp.get_nlp().pipe_names == full


def test_a_parse_reads_its_line_breaks_and_quotations_once_for_the_stages_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The line-break pipe reads both before the parser runs; claims, speech and the framing
    rules used to read them again (in a batch, the texts parsed in between had pushed the
    quotations out of their small cache), so each article was scanned three or four times."""
    from reader.core import framing, nlp, quotes, sentences
    from reader.core.claims import extract_claims
    from reader.core.lexicon import default_lexicon

    text = (
        "Harbour road to be widened\n\n"
        '"We will start in March," Mayor Ana Ruiz said on Tuesday.\n'
        'Critics called the plan a "vanity project" and asked who would pay.\n'
    )
    quotation_scans: list[str] = []
    break_reads: list[str] = []
    scan, read = quotes._quotations.__wrapped__, sentences._newline_breaks
    monkeypatch.setattr(quotes, "_quotations", lambda t: quotation_scans.append(t) or scan(t))
    monkeypatch.setattr(sentences, "_newline_breaks", lambda t: break_reads.append(t) or read(t))
    nlp.clear_cache()
    doc = nlp.parse(text)
    assert (quotation_scans, break_reads) == ([text], [text])

    claims = extract_claims(Article("a", "A", text), doc)
    cues = framing.article_cues(text, doc, default_lexicon())
    assert (quotation_scans, break_reads) == ([text], [text])

    fresh = Doc(doc.vocab).from_bytes(doc.to_bytes())  # the same parse, read afresh
    assert extract_claims(Article("a", "A", text), fresh) == claims
    assert framing.article_cues(text, fresh, default_lexicon()) == cues
    assert len(quotation_scans) == len(break_reads) == 2


def test_the_reads_kept_on_a_parse_answer_only_for_its_own_text() -> None:
    """The quotations and line breaks kept on a parse belong to its text: asked about another
    text with the same parse, the two answer for the text they are given, and the parse's own
    stay kept."""
    from reader.core import nlp
    from reader.core.quotes import doc_quotations, quotations
    from reader.core.sentences import line_break_starts

    own = 'Bridge to close\n"We had no choice," the council said.\n'
    other = 'Road works begin\n\nThe mayor called it "overdue" on Monday.\nNo one objected.\n'
    doc = nlp.parse(own)
    assert doc_quotations(doc, own) == quotations(own)
    assert doc_quotations(doc, other) == quotations(other) != quotations(own)
    assert line_break_starts(other, doc) == line_break_starts(other) != line_break_starts(own)
    assert doc_quotations(doc, own) == quotations(own)
    assert line_break_starts(own, doc) == line_break_starts(own)


# -- hard-wrapped text ------------------------------------------------------------------------

#: An invented council story, written for these tests, with names and capitalised words that a
#: wrap at 60, 72 or 80 columns puts at the start of a line mid-sentence.
_STORY = (
    "After a debate that lasted five hours, the Westbrook council approved the harbour budget on"
    " Tuesday night, council chair Miriam Okafor said. The plan sets aside 14 million pounds for"
    " new sea walls along the Eastern Quay and the Old Mill Road, where Flooding closed shops"
    " twice last winter.",
    "Opposition leader Daniel Crowe called the vote rushed and said Residents of North Westbrook"
    " had been given no say in where the money goes. Okafor said the council had held three"
    " public meetings in January and February, and that Engineers from the Port Authority would"
    " publish their survey in May.",
    "Work on the Eastern Quay is due to start in September. Shop owners along Old Mill Road said"
    " they welcomed the money but feared another winter of Sandbags and closed doors before the"
    " walls are finished.",
)
_UNWRAPPED = "\n\n".join(_STORY)
_WIDTHS = (60, 72, 80)


def _wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in _STORY)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_each_wrap_of_the_story_cuts_a_sentence_before_a_capital() -> None:
    """The texts below test something: every width breaks a line mid-sentence before a capital."""
    for width in _WIDTHS:
        lines = _wrapped(width).split("\n")
        cut = [
            after
            for line, after in pairwise(lines)
            if line and after[:1].isupper() and line[-1] not in ".!?"
        ]
        assert cut, width


@pytest.mark.parametrize("width", _WIDTHS)
def test_a_hard_wrapped_article_has_the_sentences_of_the_same_article_unwrapped(
    width: int,
) -> None:
    """A wrap at ``width`` columns put "Miriam" and "Okafor" in two claims: the break was read
    as a headline's. The wrapped copy and the one-line paragraphs must line up claim for claim."""
    articles = [
        Article(id="flat", outlet="Flat", text=_UNWRAPPED),
        Article(id="wrap", outlet="Wrapped", text=_wrapped(width)),
    ]
    record = compare(articles, id="wrap").to_dict()
    flat, wrap = ([_words(c["text"]) for c in a["claims"]] for a in record["articles"])
    assert wrap == flat
    assert "council chair Miriam Okafor said" in " ".join(flat)
    ids = {a["id"]: {c["id"]: _words(c["text"]) for c in a["claims"]} for a in record["articles"]}
    paired = []
    for group in record["alignments"]:
        members = {m["article"]: ids[m["article"]][m["claim"]] for m in group["members"]}
        if len(members) == 2:
            paired.append(members["flat"])
            assert members["flat"] == members["wrap"]
    assert sorted(paired) == sorted(flat)


def _sentence_starts(text: str) -> list[str]:
    from reader.core.sentences import line_break_starts

    return [text[b:].split()[0] for b in line_break_starts(text)]


def test_a_single_break_in_a_wrapped_paragraph_is_a_space_unless_a_sentence_ends() -> None:
    from reader.core.sentences import line_break_starts

    text = _wrapped(72)
    ends = [text[:b].rstrip()[-1] for b in line_break_starts(text)]
    assert ends == [".", ".", "."]  # "said.\nThe plan" and the two blank lines


def test_the_lines_around_a_wrapped_body_keep_their_breaks() -> None:
    """A dateline, a headline and a byline above the wrap, and bullets and a numbered point
    inside it, each start a sentence; the wrap's own breaks before capitals do not."""
    body = textwrap.fill(_STORY[0], 60)
    text = (
        "March 4, 2025\n"
        "Westbrook approves harbour budget\n"
        "By Anna Reyes\n" + body + "\n"
        "- Sea walls for the Eastern Quay and the Old Mill Road in Westbrook\n"
        "- Pumps for the Harbour Lane car park, to be installed in the autumn\n"
        "2. A survey of the Port Authority piers, due to be published in May\n"
    )
    assert _sentence_starts(text) == ["Westbrook", "By", "After", "-", "-", "2."]


def test_a_line_ending_a_sentence_inside_a_wrap_keeps_its_break() -> None:
    text = textwrap.fill(_STORY[1], 72).replace("goes. Okafor", "goes.\nOkafor")
    assert _sentence_starts(text) == ["Okafor"]


def test_a_title_before_a_name_at_the_end_of_a_wrapped_line_ends_no_sentence() -> None:
    paragraph = (
        "The harbour budget was approved on Tuesday night after a long debate, and the vote was"
        " welcomed by the chair, Dr. Okafor, who said the sea walls would be finished by"
        " the autumn of next year if the weather allowed the work to go ahead."
    )
    wrapped = textwrap.fill(paragraph, 60)
    assert "Dr.\nOkafor" in wrapped
    assert _sentence_starts(wrapped) == []


@pytest.mark.parametrize(
    "text",
    [
        # a list of short lines
        "Closed roads on Monday\nHarbour Lane\nOld Mill Road\nEastern Quay\nStation Street\n",
        # verse quoted line by line
        "The Tide Came Home\nAnd Took The Road\nBut Left The Wall\nThat Mothers Built\n",
        # long items of one length, each a line of its own, none running on
        "Westbrook council approves the harbour budget after five hours\n"
        "Opposition leader Daniel Crowe says residents were not consulted\n"
        "Engineers from the Port Authority will publish their survey in spring\n"
        "Shop owners on Old Mill Road fear another winter of sandbags\n",
    ],
    ids=["short-list", "verse", "headline-list"],
)
def test_lines_that_are_not_a_wrap_each_start_a_sentence(text: str) -> None:
    lines = text.strip().split("\n")
    assert _sentence_starts(text) == [line.split()[0] for line in lines[1:]]


def test_a_two_line_paragraph_is_read_at_the_width_of_the_wrap_around_it() -> None:
    """Two lines show no width of their own; the story's other paragraphs show the wrap's."""
    short = "The council meets again in June to set the parking fees for the Harbour Lane car park."
    assert textwrap.fill(short, 72).count("\n") == 1
    text = _wrapped(72) + "\n\n" + textwrap.fill(short, 72)
    assert _sentence_starts(text)[-1] == "The"
    # alone, the same two lines may be a headline above its first line
    assert _sentence_starts(textwrap.fill(short, 72)) == ["Lane"]
