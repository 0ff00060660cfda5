"""Long texts are parsed in pieces cut at line breaks, so Cancel is heard and progress moves."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import nlp
from reader.core.compare import Cancelled, compare
from reader.core.export import to_json
from reader.core.model import Article, content_hash

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPH = (
    "The council voted on Tuesday to widen the harbour road after a debate that lasted two hours. "
    "Mayor Ana Ruiz said the work would start in March and cost about $4 million."
)


def long_text(paragraphs: int) -> str:
    return "\n\n".join(f"{k}. {PARAGRAPH}" for k in range(paragraphs)) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n", max_size=400), st.integers(min_value=1, max_value=60))
def test_pieces_join_back_to_the_text_and_cut_only_after_line_breaks(text: str, size: int) -> None:
    parts = nlp.parse_pieces(text, size)
    assert "".join(parts) == text
    assert all(p for p in parts) or parts == [""]
    for part in parts[:-1]:
        assert part.endswith("\n")
    for part, after in itertools.pairwise(parts):
        assert not after.startswith("\n")  # a blank line stays with the paragraph it ends
        if len(part.rstrip("\n")) > size:  # only a paragraph longer than a piece is longer
            assert "\n" not in part.strip("\n")


def test_a_text_of_ordinary_length_is_one_piece() -> None:
    text = long_text(20)
    assert len(text) < nlp.PIECE_CHARS
    assert nlp.parse_pieces(text, nlp.PIECE_CHARS) == [text]


def test_a_long_text_parsed_in_pieces_keeps_its_offsets_and_reports_progress(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp, "PIECE_CHARS", 1_000)
    text = long_text(30)
    assert len(nlp.parse_pieces(text, 1_000)) > 3
    nlp.clear_cache()
    seen: list[float] = []
    doc = nlp.parse_many([text], progress=seen.append)[0]
    assert doc.text == text
    assert len(seen) == len(nlp.parse_pieces(text, 1_000))
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    starts = {s.start_char for s in doc.sents}
    for k in range(30):  # every numbered paragraph opens a sentence, at its place in the text
        assert text.index(f"{k}. The council") in starts
    money = [e for e in doc.ents if e.label_ == "MONEY"]
    assert len(money) == 30
    assert all(text[e.start_char : e.end_char] == "about $4 million" for e in money)


def test_cancel_is_heard_between_pieces_of_one_long_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp, "PIECE_CHARS", 1_000)
    text = long_text(40)
    nlp.clear_cache()
    stages: list[tuple[str, float]] = []

    def cancelled() -> bool:
        return any(label == "Reading the articles" and done > 0 for label, done in stages)

    language = nlp.get_nlp()
    pipe = language.pipe
    taken: list[str] = []

    def counting_pipe(texts: Iterable[str], **kwargs: Any) -> Iterator[Doc]:
        def counted() -> Iterator[str]:
            for t in texts:
                taken.append(t)
                yield t

        return pipe(counted(), **kwargs)

    monkeypatch.setattr(language, "pipe", counting_pipe)
    with pytest.raises(Cancelled):
        compare(
            [Article("a", "Outlet", text)],
            progress=lambda label, done: stages.append((label, done)),
            cancelled=cancelled,
        )
    assert [label for label, _ in stages] == ["Reading the articles"] * 2
    assert 0 < stages[-1][1] < 0.45  # stopped while reading, after the first piece
    assert len(taken) < len(nlp.parse_pieces(text, 1_000)) // 2  # the rest was never parsed
    with nlp._lock:
        assert content_hash(text) not in nlp._docs  # nothing half-parsed is kept
    whole = compare([Article("a", "Outlet", text)])
    assert len(whole.claims["a"]) >= 40


#: Pieces of odd input: transcript labels (one at the very end), runs of blank lines, Windows line
#: breaks, curly quotes, emoji and right-to-left marks beside labels, and long unbroken runs.
ODD_PIECES = (
    *("Q: ", "A: ", "RUIZ: ", "HOST: ", "Q:", "A:", "\u200fA: ", "A: \u200f", "“Q: ", "A: 😀 "),
    *("\n", "\n\n\n\n", " \n \n", "\r\n", "\n\t\n", "", " ", "”", "“", "😀", "\u202e"),
    *("Why?", "Is the levy fair?", "It is a shameless scare campaign.", "Yes.", "x"),
    *("We spoke to Ana Ruiz about the levy.", "The radical thugs lied, the jury heard.", "-"),
    "The council voted on Tuesday to widen the harbour road " * 4,
)


def json_spans(node: object) -> Iterator[tuple[int, int]]:
    """Every ``start``/``end`` pair and speaker span in a comparison's JSON."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield node["start"], node["end"]
        if isinstance(node.get("speaker_span"), list):
            yield node["speaker_span"][0], node["speaker_span"][1]
        for value in node.values():
            yield from json_spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from json_spans(value)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(ODD_PIECES), max_size=40).map("".join))
def test_odd_input_parsed_in_pieces_gives_flags_and_claims_inside_the_text(text: str) -> None:
    size = 120  # small pieces, so cuts fall in blank-line runs, at labels and inside long lines
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp, "PIECE_CHARS", size)
        result = compare([Article("a", "Outlet", text)])
    held = result.articles[0].text
    for flag in result.flags:
        assert 0 <= flag.start < flag.end <= len(held), flag
    for claim in result.claims["a"]:
        assert 0 <= claim.start < claim.end <= len(held), claim
        span = claim.attribution.speaker_span if claim.attribution else None
        if span is not None:
            assert 0 <= span[0] < span[1] <= len(held), claim
    data = json.loads(to_json(result))
    for start, end in json_spans(data):
        assert 0 <= start < end <= len(held), (start, end)


def test_a_long_text_parsed_in_pieces_reads_its_quotations_as_one_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each piece's quotations and line breaks, kept for it by the line-break pipe, are the
    piece's, with its own offsets: the joined doc must not inherit them (nor make spaCy warn
    about them), and reads the whole text's when first asked."""
    import warnings

    from reader.core.quotes import doc_quotations, quotations

    monkeypatch.setattr(nlp, "PIECE_CHARS", 1_000)
    text = "\n\n".join(
        f'{k}. {PARAGRAPH} "We will keep the ferry running," she told reporters.' for k in range(30)
    )
    assert len(nlp.parse_pieces(text, 1_000)) > 3
    nlp.clear_cache()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = nlp.parse_many([text])[0]
    assert doc_quotations(doc, text) == quotations(text)
    assert len(doc_quotations(doc, text)) == 30


def test_words_and_lemmas_are_found_where_every_token_would_say() -> None:
    """The shared index of a parse's words and lemmas gives the positions a walk over every token
    gives, in order, ignoring case as the rules do ("Deadly", "deadly"; lemma "Claims" is not
    "claim")."""
    doc = nlp.parse(
        "Deadly storms claimed lives. The fire was deadly, officials claim; a lethal blaze,"
        " Claims said. CLAIM THE LETHAL PRIZE."
    )
    deadly = {"deadly", "lethal"}
    assert nlp.words_at(doc, deadly) == [t.i for t in doc if t.lower_ in deadly]
    assert nlp.words_at(doc, deadly) == [0, 8, 14, 22]
    claim = {"claim", "prize"}
    assert nlp.lemmas_at(doc, claim) == [t.i for t in doc if t.lemma_.lower() in claim]
    assert nlp.words_at(doc, ["absent"]) == []
    assert nlp.lemmas_at(nlp.parse(""), claim) == []


def test_a_word_test_is_asked_once_per_distinct_word_and_per_parse() -> None:
    """``words_where`` gives the positions a walk over every token gives, asking its test once
    for each distinct lowercase word ("Deadly" and "deadly" are one), and not again for the
    same parse."""
    doc = nlp.parse("Deadly storms, deadly floods and a DEADLY heatwave hit the coast.")
    asked: list[str] = []

    def ends_in_ly(word: str) -> bool:
        asked.append(word)
        return word.endswith("ly")

    expected = tuple(t.i for t in doc if t.lower_.endswith("ly"))
    assert nlp.words_where(doc, ends_in_ly) == expected == (0, 3, 7)
    assert sorted(asked) == sorted({t.lower_ for t in doc})
    assert nlp.words_where(doc, ends_in_ly) == expected
    assert len(asked) == len({t.lower_ for t in doc})
    assert nlp.words_where(nlp.parse(""), ends_in_ly) == ()


def test_labelled_positions_are_those_every_token_would_give() -> None:
    """``labelled`` gives the positions whose part of speech, tag, dependency, text or lowercase
    text is one of the labels, as a walk over every token would ("The" and "the" are one word
    lowercased); ``between`` takes one sentence's share of them."""
    doc = nlp.parse(
        "The council voted on Monday and the mayor said it would appeal. Residents, who had"
        " waited for years, were not told."
    )
    verbs = frozenset({"VERB", "AUX"})
    expected = tuple(t.i for t in doc if t.pos_ in verbs)
    assert nlp.labelled(doc, "POS", verbs) == expected
    assert len(expected) >= 5
    relcl = frozenset({"relcl"})
    assert nlp.labelled(doc, "DEP", relcl) == tuple(t.i for t in doc if t.dep_ == "relcl")
    assert nlp.labelled(doc, "TAG", frozenset({"MD"})) == tuple(t.i for t in doc if t.tag_ == "MD")
    cuts = frozenset({",", "."})
    assert nlp.labelled(doc, "ORTH", cuts) == tuple(t.i for t in doc if t.text in cuts)
    the = nlp.labelled(doc, "LOWER", frozenset({"the"}))
    assert the == tuple(t.i for t in doc if t.lower_ == "the") == (0, 6)
    said = frozenset({"say", "wait"})
    assert nlp.labelled(doc, "LEMMA", said) == tuple(t.i for t in doc if t.lemma_ in said)
    second = list(doc.sents)[1]
    assert list(nlp.between(expected, second.start, second.end)) == [
        t.i for t in second if t.pos_ in verbs
    ]
    assert list(nlp.between(expected, len(doc), len(doc) + 5)) == []
    assert nlp.labelled(nlp.parse(""), "POS", verbs) == ()
    assert nlp.has_word(second, frozenset({"residents"}))
    assert not nlp.has_word(second, frozenset({"mayor"}))


def test_word_counts_are_those_every_token_would_give() -> None:
    """``word_count`` counts the tokens of a range that are not punctuation and, unless told to
    count them, not whitespace, as a walk over the range would."""
    doc = nlp.parse("The plan, critics said,  was  “unworkable”; talks resume.\n\nNo one came.")
    assert any(t.is_space for t in doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            words = doc[start:end]
            assert nlp.word_count(doc, start, end) == sum(
                1 for t in words if not (t.is_punct or t.is_space)
            )
            assert nlp.word_count(doc, start, end, count_spaces=True) == sum(
                1 for t in words if not t.is_punct
            )
    assert nlp.word_count(doc, 0, len(doc)) == 11
    assert nlp.word_count(nlp.parse(""), 0, 0) == 0
