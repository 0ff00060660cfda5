"""Every kind of line break reaches the engine as ``\\n``, and every space as a plain space,
whichever way the text came in.

Files read through ingest were always normalised; texts given to ``compare()`` or to ``reader
batch`` were not, and the sentence splitter breaks lines only on ``\\n``: with old-Mac ``\\r``
endings (or U+2028/U+2029) the dateline 'March 4, 2025' ran into the headline and lede as one claim.
"""

from __future__ import annotations

import json
from functools import cache
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
