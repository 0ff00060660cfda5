"""Long texts are parsed in pieces cut at line breaks, so Cancel is heard and progress moves."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import nlp
from reader.core.compare import Cancelled, compare
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
