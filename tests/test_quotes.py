"""Quotation spans from characters alone: marks, attribution, scare quotes, robustness."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import (
    Quotation,
    inside_quotation,
    outer_spans,
    paragraph_spans,
    quotations,
    quoted_fraction,
)


def _only(text: str) -> Quotation:
    found = quotations(text)
    assert len(found) == 1, found
    return found[0]


def test_straight_and_curly_double_quotes_give_marks_and_inner_text() -> None:
    text = 'She called it a "farce" and a “stunt”.'
    first, second = quotations(text)
    assert text[first.start : first.end] == '"farce"'
    assert text[first.inner_start : first.inner_end] == "farce"
    assert text[second.start : second.end] == "“stunt”"
    assert (first.words, second.words) == (1, 1)


def test_short_unattributed_phrase_is_a_scare_quote_candidate() -> None:
    q = _only("Officials denounced the “secret plan” on Monday.")
    assert not q.attributed
    assert q.is_scare_candidate
    assert not q.is_speech


def test_speaker_after_an_inverted_reporting_verb() -> None:
    q = _only("“We will not give up on this,” said the British foreign secretary.")
    assert q.attributed
    assert q.speaker == "the British foreign secretary"
    assert q.is_speech and not q.is_scare_candidate


def test_speaker_before_the_verb_after_the_quote() -> None:
    q = _only('"It is a good day for all of us," she said on Tuesday.')
    assert q.attributed
    assert q.speaker == "she"


def test_speaker_before_a_colon_and_opening_quote() -> None:
    q = _only('Speaking on the radio, the minister said: "We will not back down."')
    assert q.attributed
    assert q.speaker == "the minister"


def test_quoted_word_followed_by_an_ordinary_verb_is_not_attributed() -> None:
    q = _only("Europe should not “follow” America into a war.")
    assert not q.attributed
    assert q.speaker is None


def test_apostrophes_are_not_quotes() -> None:
    assert quotations("Macron’s aides say it isn’t the Smiths’ idea, and he won’t sign it.") == []


def test_single_curly_quotes_count_when_used_as_quotes() -> None:
    text = "The ‘deal’ isn’t done yet."
    q = _only(text)
    assert q.single
    assert text[q.inner_start : q.inner_end] == "deal"


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    first_paragraph = "The envoy said “we are ready to talk and nothing more."
    text = first_paragraph + "\n\nA later paragraph has a “real” quote and plain words."
    unclosed, real = quotations(text)
    assert not unclosed.closed
    assert unclosed.end <= len(first_paragraph)
    assert text[real.inner_start : real.inner_end] == "real"
    assert real.closed


def test_a_new_opening_mark_closes_a_forgotten_one() -> None:
    text = "He said “first part and “second part” in one line."
    found = quotations(text)
    assert [text[q.inner_start : q.inner_end] for q in found] == ["first part and", "second part"]
    assert [q.closed for q in found] == [False, True]


def test_nested_single_quote_inside_double_quote_is_kept_inside() -> None:
    text = "“They called it a ‘peace plan’ but it is not,” the senator said."
    outer, inner = quotations(text)
    assert outer.start < inner.start and inner.end < outer.end
    assert outer.speaker == "the senator"
    assert outer_spans([outer, inner]) == [(outer.start, outer.end)]


def test_inside_quotation_and_quoted_fraction() -> None:
    text = "Plain words “quoted words here” more plain words."
    spans = outer_spans(quotations(text))
    q_start = text.index("“")
    q_end = text.index("”") + 1
    assert inside_quotation(spans, q_start + 1, q_end - 1)
    assert not inside_quotation(spans, 0, 5)
    assert not inside_quotation(spans, q_start - 3, q_start + 3)  # straddles the opening mark
    assert quoted_fraction(spans, q_start, q_end) == 1.0
    assert quoted_fraction(spans, 0, len(text)) == pytest.approx((q_end - q_start) / len(text))


def test_paragraphs_use_blank_lines_or_else_single_lines() -> None:
    assert paragraph_spans("one\ntwo\n\nthree") == [(0, 7), (9, 14)]
    assert paragraph_spans("one\ntwo") == [(0, 3), (4, 7)]


def test_seed_quotes_separate_scare_quotes_from_speech(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    found = quotations(text)
    by_inner = {text[q.inner_start : q.inner_end]: q for q in found}
    for phrase in ("secret plan", "vassal", "strategic autonomy"):
        assert by_inner[phrase].is_scare_candidate, phrase
    speech = [q for q in found if q.is_speech]
    assert any(q.speaker == "Sir Iain" for q in speech)
    assert any(q.speaker == "a French official" for q in speech)
    assert any(q.speaker == "the British MP" for q in speech)
    paragraphs = paragraph_spans(text)
    for q in found:
        assert any(lo <= q.start and q.end <= hi for lo, hi in paragraphs)


_QUOTE_TEXT = st.lists(
    st.sampled_from([*"ab c.,\n\"“”‘’'", "\n\n", " said ", "Sir Iain"]), max_size=60
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_QUOTE_TEXT)
def test_any_text_gives_well_formed_quotations_within_one_paragraph(text: str) -> None:
    found = quotations(text)
    paragraphs = paragraph_spans(text)
    for q in found:
        assert 0 <= q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
        assert q.words > 0
        assert any(lo <= q.start and q.end <= hi for lo, hi in paragraphs)
    spans = outer_spans(found)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_straight_single_quotes_mark_short_phrases_not_apostrophes() -> None:
    text = "Macron's 'secret plan' with China isn't new, and 'tis the season for rock 'n' roll."
    q = _only(text)
    assert text[q.inner_start : q.inner_end] == "secret plan"
    assert q.single and q.is_scare_candidate
    assert quotations("The boys' toys and the girls' books were 'em all.") == []


def test_a_name_and_a_colon_attribute_a_quote_as_headlines_do() -> None:
    for text, speaker in (
        ('Mayor Whitfield: "We will not be bullied by anyone."', "Mayor Whitfield"),
        ('The vote is tonight. UN chief Guterres: "A dark day."', "UN chief Guterres"),
    ):
        q = _only(text)
        assert q.attributed and q.speaker == speaker
        assert q.is_speech
    for kicker in ('Exclusive: "We will not be bullied"', 'Update: "A dark day."'):
        assert not _only(kicker).attributed, kicker
    # a colon inside a sentence introduces a name for something, not a speaker
    assert not _only('The plan has a name: "Project Fear".').attributed


def test_a_name_after_an_abbreviated_title_mid_sentence_is_not_a_label() -> None:
    # The stop after "Dr" ends no sentence: Jones is the one spoken to, not the speaker.
    for text in (
        'He told Dr. Jones: "You are fired from this hospital."',
        'In a letter to Sen. Warren: "We will act on this soon."',
    ):
        assert _only(text).speaker is None, text
    # A title opening the label is still part of the speaker's name.
    q = _only('Sen. Warren: "We will act on this soon."')
    assert q.attributed and q.speaker == "Sen. Warren"


def test_a_title_case_label_ends_before_its_reporting_verb() -> None:
    for text, speaker in (
        ("Biden Says: “We Will Win This Fight Together”", "Biden"),
        ("Police Chief Tells Residents: “Stay Inside Tonight”", "Police Chief"),
        ("Secretary of State Blinken: “We Will Not Back Down”", "Secretary of State Blinken"),
    ):
        q = _only(text)
        assert q.attributed and q.speaker == speaker, text


def test_a_heading_over_a_list_of_quoted_words_is_not_a_speaker() -> None:
    """'Ingredients: "salt", "sugar"' lists words; 'UN chief: "..."' gives a speaker's line."""
    listed = quotations('Ingredients: "salt", "sugar", "wheat flour"')
    assert [(q.attributed, q.speaker) for q in listed] == [(False, None)] * 3
    (line,) = quotations('UN chief: "This is a catastrophe."')
    assert (line.attributed, line.speaker) == (True, "UN chief")


@pytest.mark.parametrize(
    ("text", "second_attributed"),
    [
        # The speaker goes on after the attribution: her second sentence is hers.
        ("\u201cNobody called me,\u201d she said. \u201cI am in pain every day.\u201d", True),
        ('"We will keep fighting," said Ana Ruiz, the union\'s chair. "This is not over."', True),
        # A quoted word in the outlet's sentence, or a quoted title opening one, is no speech.
        ("\u201cIt stays open,\u201d she said. Critics called it a \u201cdisgrace\u201d.", False),
        ('"We will fight," she said. "The Council Plan" was scrapped by the mayor.', False),
        # A sentence of the outlet's own after the attribution brings in someone else.
        ('"We are worried," said Ann Holt. The mayor disagreed. "It is a fair plan."', False),
        ('"We are worried," said Ann Holt. Her rival was blunt: "It is a fair plan."', False),
        # The stop of a title ends no sentence.
        ('"We are worried," said Dr. Holt, the chair. "It is a fair plan."', True),
        # The outlet's own prose between the two: the second speaker is not named.
        (
            '"It stays open," she said. The council met for three hours on Monday and then voted'
            ' to close it after all, with two members against. "It is a relief."',
            False,
        ),
    ],
)
def test_a_quoted_sentence_after_an_attributed_quote_continues_the_same_speech(
    text: str, second_attributed: bool
) -> None:
    first, second = quotations(text)[:2]
    assert first.attributed
    assert second.attributed is second_attributed
    assert (second.speaker == first.speaker) is second_attributed
