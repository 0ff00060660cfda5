"""Interview transcripts and Q&A articles: answers are the speaker's words, questions are asked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar, overload

import pytest

from reader.core import framing, nlp, transcripts, voice
from reader.core.attribution import turn_speaker
from reader.core.compare import compare
from reader.core.export import to_html
from reader.core.lexicon import default_lexicon
from reader.core.model import QUOTED_NOTE, Article, Claim, Comparison, Flag
from reader.core.quotes import quotations
from reader.core.transcripts import INTERVIEWEE, NOT_SPEAKERS, transcript_turns

QA = (
    "The mayor of Port Alder spoke to us about the new harbour levy.\n"
    "\n"
    "Q: Critics say the levy is unfair. What do you say to them?\n"
    "A: Frankly, the opposition has run a shameless scare campaign. The levy is a modest,"
    " sensible step.\n"
    "\n"
    "Q: Will it pass?\n"
    "A: Absolutely. The so-called experts who oppose it have been wrong every single time.\n"
)
MAYOR = "The mayor of Port Alder"
QUESTION_RULE = "rule:rhetorical-question"
T = TypeVar("T")


def _compare(text: str) -> Comparison:
    return compare([Article(id="a", outlet="Test", text=text)])


def _flag(comparison: Comparison, words: str) -> Flag:
    found = [f for f in comparison.flags if f.text == words]
    assert len(found) == 1, [f.text for f in comparison.flags]
    return found[0]


def _claim(comparison: Comparison, words: str) -> Claim:
    found = [c for c in comparison.claims["a"] if words in c.text]
    assert len(found) == 1, [c.text for c in comparison.claims["a"]]
    return found[0]


@pytest.fixture(scope="module")
def qa() -> Comparison:
    return _compare(QA)


def test_an_answers_framing_words_are_the_interviewees(qa: Comparison) -> None:
    for words in ("Frankly", "shameless", "scare campaign", "so-called experts"):
        assert _flag(qa, words).quoted, words
    assert not any(f.category == "opinion" for f in qa.flags)


def test_an_answers_explanation_never_calls_the_words_the_outlets(qa: Comparison) -> None:
    """A lexicon note written for the outlet's own voice ("states the outlet's own attitude")
    would contradict the note after it that the words are the interviewee's."""
    frankly = _flag(qa, "Frankly").explanation
    assert "the speaker's own attitude" in frankly
    assert frankly.count("outlet") == 1 and frankly.endswith("not the outlet's).")


def test_a_quoted_intensifier_is_not_said_to_be_in_the_outlets_voice() -> None:
    text = "Senator Ruiz said the report was a blatantly dishonest stunt."
    blatantly = _flag(_compare(text), "blatantly").explanation
    assert "outlet's own voice" not in blatantly
    assert blatantly.startswith("'blatantly' is an intensifier that adds force to a judgement (")
    own = _flag(_compare("The report was a blatantly dishonest stunt."), "blatantly")
    assert "in the outlet's own voice" in own.explanation


LONG_ANSWER = (
    "The mayor of Port Alder spoke to us about the new harbour levy.\n"
    "\n"
    "Q: Will it pass?\n"
    "A: I think so.\n"
    "\n"
    "Frankly, the opposition has run a shameless scare campaign.\n"
    "\n"
    "On the budget\n"
    "\n"
    "Q: And the budget?\n"
    "A: It is balanced.\n"
    "\n"
    "This reckless interview has been edited for length.\n"
)


def test_a_long_answer_goes_on_over_paragraphs_without_a_label() -> None:
    long = _compare(LONG_ANSWER)
    assert _flag(long, "shameless").quoted
    assert _flag(long, "shameless").answer_of == MAYOR
    claim = _claim(long, "scare campaign")
    assert claim.attribution is not None and claim.attribution.speaker == MAYOR
    # a subheading between turns and a note after the last one are the outlet's
    assert _claim(long, "On the budget").attribution is None
    assert _claim(long, "edited for length").attribution is None
    assert not _flag(long, "reckless interview").quoted
    turns = transcript_turns(LONG_ANSWER)
    assert [LONG_ANSWER[t.body_start : t.end] for t in turns] == [
        "Will it pass?",
        "I think so.\n\nFrankly, the opposition has run a shameless scare campaign.",
        "And the budget?",
        "It is balanced.",
    ]


def test_the_same_words_without_labels_stay_the_outlets() -> None:
    plain = _compare(QA.replace("Q: ", "").replace("A: ", ""))
    assert not _flag(plain, "shameless").quoted
    assert any(f.category == "opinion" for f in plain.flags)


def test_an_answer_is_attributed_to_the_interviewee_of_the_introduction(qa: Comparison) -> None:
    for words in ("opposition has run", "modest, sensible step", "Absolutely", "wrong every"):
        claim = _claim(qa, words)
        assert claim.quote
        assert claim.attribution is not None
        assert (claim.attribution.speaker, claim.attribution.kind) == (MAYOR, "direct")
        assert claim.attribution.speaker_span == (0, len(MAYOR))


def test_a_question_is_the_outlets_voice_but_not_a_rhetorical_question(qa: Comparison) -> None:
    critics = _flag(qa, "Critics say")
    assert not critics.quoted
    assert not any(f.rule == QUESTION_RULE for f in qa.flags)
    assert _claim(qa, "What do you say").attribution is None
    assert _claim(qa, "Will it pass").attribution is None


def test_without_labels_the_questions_read_as_rhetorical() -> None:
    plain = _compare(QA.replace("Q: ", "").replace("A: ", ""))
    asked = {f.text for f in plain.flags if f.rule == QUESTION_RULE}
    assert "What do you say to them?" in asked


def test_an_answer_turn_is_a_quotation_whose_label_stands_for_the_marks() -> None:
    turns = [q for q in quotations(QA) if q.turn]
    assert [QA[q.start : q.start + 3] for q in turns] == ["A: ", "A: "]
    assert QA[turns[0].inner_start : turns[0].inner_end].startswith("Frankly,")
    assert QA[turns[0].inner_start : turns[0].inner_end].endswith("sensible step.")
    assert QA[turns[1].inner_start : turns[1].inner_end].endswith("every single time.")
    assert all(q.attributed and q.speaker == MAYOR for q in turns)


NAMED = (
    "Ana Ruiz, the harbour's new director, joined the programme on Monday.\n"
    "\n"
    "HOST: This looks like a reckless gamble. Is it?\n"
    "\n"
    "RUIZ: It is the opposite. The previous board ran a disgraceful racket.\n"
    "\n"
    "HOST: Why should anyone believe you?\n"
    "\n"
    "RUIZ: Because the figures are published.\n"
)


def test_a_named_speakers_turns_are_attributed_to_the_label() -> None:
    named = _compare(NAMED)
    assert _flag(named, "disgraceful racket").quoted
    claim = _claim(named, "previous board")
    assert claim.attribution is not None
    assert claim.attribution.speaker == "RUIZ"
    start, end = claim.attribution.speaker_span or (0, 0)
    assert NAMED[start:end] == "RUIZ"
    assert not any(f.category == "opinion" for f in named.flags)


def test_the_hosts_words_stay_flagged_and_its_questions_are_asked() -> None:
    named = _compare(NAMED)
    assert not _flag(named, "reckless gamble").quoted
    assert not any(f.rule == QUESTION_RULE for f in named.flags)


@pytest.mark.parametrize(
    ("question", "answer"),
    [("Q.", "A."), ("Question:", "Answer:"), ("Q:", "A:")],
)
def test_question_and_answer_labels_and_an_unnamed_interviewee(question: str, answer: str) -> None:
    text = (
        f"{question} Is the levy fair?\n\n{answer} It is a shameless scare campaign.\n\n"
        f"{question} Will it pass?\n\n{answer} Yes."
    )
    turns = transcript_turns(text)
    assert [t.asks for t in turns] == [True, False, True, False]
    assert all(t.speaker == INTERVIEWEE for t in turns if not t.asks)


def test_the_interviewee_named_after_we_spoke_to() -> None:
    text = (
        "We spoke to Ana Ruiz about the harbour levy.\n\n"
        "Q: Is it fair?\nA: It is fair.\n\nQ: Will it pass?\nA: Yes."
    )
    answers = [t for t in transcript_turns(text) if not t.asks]
    assert {t.speaker for t in answers} == {"Ana Ruiz"}
    start, end = answers[0].speaker_span or (0, 0)
    assert text[start:end] == "Ana Ruiz"


def test_the_interviewee_named_before_a_description_and_spoke_to_us() -> None:
    text = (
        "Ana Ruiz, leader of the harbour union, which has 1,200 members, spoke to us on Friday. "
        "The interview has been edited for length.\n\n"
        "Q: Is it fair?\nA: It is fair.\n\nQ: Will it pass?\nA: Yes."
    )
    answers = [t for t in transcript_turns(text) if not t.asks]
    assert {t.speaker for t in answers} == {"Ana Ruiz"}


def test_an_interview_edited_for_length_names_no_interviewee() -> None:
    text = (
        "The interview has been edited for length.\n\n"
        "Q: Is it fair?\nA: It is fair.\n\nQ: Will it pass?\nA: Yes."
    )
    answers = [t for t in transcript_turns(text) if not t.asks]
    assert {t.speaker for t in answers} == {INTERVIEWEE}


NOT_A_SPEAKER = [
    "Note",
    "Update",
    "Correction",
    "Editor's note",
    "Source",
    "Photo",
    "Related",
    "Read more",
    "Warning",
]


def test_the_listed_non_speaker_labels_are_known() -> None:
    assert {label.lower() for label in NOT_A_SPEAKER} <= NOT_SPEAKERS


@pytest.mark.parametrize("first", NOT_A_SPEAKER)
@pytest.mark.parametrize("second", ["Update", "Photo", "Note"])
def test_page_furniture_labels_make_no_transcript(first: str, second: str) -> None:
    text = (
        f"{first}: the council's shameless scare campaign is over.\n\n"
        f"{second}: the council met again on Monday.\n\n"
        f"{first}: the council's shameless scare campaign was repeated."
    )
    assert transcript_turns(text) == ()
    assert not any(q.turn for q in quotations(text))


def test_a_furniture_label_leaves_the_outlets_words_its_own() -> None:
    text = (
        "Update: the council ran a shameless scare campaign.\n\n"
        "Correction: the vote was on Monday, not Tuesday.\n\n"
        "Update: the council met again."
    )
    assert not _flag(_compare(text), "shameless").quoted


@pytest.mark.parametrize(
    "text",
    [
        "Smith: the man who ran a shameless scare campaign\n\n"
        "John Smith was elected on Monday after a long count.",
        "RUIZ: The board ran a shameless scare campaign.\n\n"
        "RUIZ: The levy is a modest step.\n\n"
        "The council will vote next week.",
        "Why It Matters: the council ran a shameless scare campaign.\n\n"
        "The Big Picture: the levy passed on Monday.",
    ],
)
def test_one_label_or_one_off_headings_are_not_a_transcript(text: str) -> None:
    assert transcript_turns(text) == ()
    assert not _flag(_compare(text), "shameless").quoted


def test_a_form_of_recurring_fields_is_not_a_transcript() -> None:
    text = (
        "Federation: Germany\n\nPresent Problems: The communities are ageing.\n\n"
        "Federation: Spain - Navarre\n\nPresent Problems: Few vocations, a shameless neglect."
    )
    assert transcript_turns(text) == ()
    assert not _flag(_compare(text), "shameless neglect").quoted


def test_a_headline_label_is_outside_the_conversation_and_a_one_off_inside_is_a_turn() -> None:
    text = (
        "Witness: the aide who drained the account\n\n"
        "HADEED: Why do your signatures look different?\n"
        "ABID: My signatures are not consistent.\n"
        "HADEED: You are not answering the question.\n"
        "JUDGE: Please answer the question.\n"
        "ABID: I am doing my best.\n"
    )
    turns = transcript_turns(text)
    assert [t.label for t in turns] == ["HADEED", "ABID", "HADEED", "JUDGE", "ABID"]
    assert turns[0].start == text.index("HADEED")
    assert text[turns[3].body_start : turns[3].end] == "Please answer the question."
    assert turns[3].speaker == "JUDGE"


def test_one_question_put_by_a_host_and_its_answer_are_a_transcript() -> None:
    text = "HOST: Is the levy fair?\n\nRUIZ: It is a shameless scare campaign by the board."
    assert [(t.label, t.asks) for t in transcript_turns(text)] == [("HOST", True), ("RUIZ", False)]
    assert _flag(_compare(text), "shameless").quoted


class _CountedKey(str):
    """A speaker key that counts how often it is compared with another."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _CountedKey.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_a_long_transcript_compares_each_turns_speaker_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A text at the size limit can hold tens of thousands of turns: telling who takes the floor
    # twice must not compare every turn's speaker with every other turn's.
    key = transcripts._key
    monkeypatch.setattr(transcripts, "_key", lambda label: _CountedKey(key(label)))
    lines = 2_000
    text = "\n".join(
        f"SPEAKER{i % 500}: Is the levy fair?" if i % 2 else f"WITNESS{i % 499}: It is fair."
        for i in range(lines)
    )
    _CountedKey.compared = 0
    assert len(transcript_turns(text)) == lines
    assert _CountedKey.compared < 20 * lines


class _Counted(Sequence[T]):
    """Items (answer turns, spans) that count how many of them are read."""

    def __init__(self, items: Sequence[T]) -> None:
        self._items = list(items)
        self.read = 0

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...
    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        self.read += 1
        return self._items[i]

    def __len__(self) -> int:
        return len(self._items)


def test_a_claims_answer_turn_is_found_without_reading_every_turn_before_it() -> None:
    # Every claim of a transcript asks which answer holds it: reading all the turns before it
    # each time makes a long interview quadratic.
    text = "\n".join("Q: Is the levy fair?\nA: It is fair, and it passed." for _ in range(1_000))
    answers = [q for q in quotations(text) if q.turn]
    assert len(answers) == 1_000
    turns = _Counted(answers)
    last = answers[-1]
    found = turn_speaker(turns, last.inner_start, last.end)
    assert found is not None and found.speaker == INTERVIEWEE and found.kind == "direct"
    assert turns.read < 30
    question = text.rindex("Q:")
    assert turn_speaker(turns, question, question + len("Q: Is the levy fair?")) is None


def test_the_questions_of_a_long_interview_are_checked_without_reading_every_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each question is looked up among the interviewer's turns and the answers (speech spans):
    # a scan of all of them for every question makes a long interview quadratic.
    pairs = 300
    text = "\n".join(f"Q: Is levy {i} fair?\nA: It is fair, and it passed." for i in range(pairs))
    doc = nlp.parse(text)
    asked = _Counted(transcripts.asked_spans(text))
    speech = _Counted(voice.speech_spans(text, doc))
    assert len(asked) == len(speech) == pairs
    # Patched where article_cues looks the two names up, not where they are defined.
    monkeypatch.setattr(framing, "asked_spans", lambda _text: asked)
    monkeypatch.setattr(framing, "speech_spans", lambda _text, _doc: speech)
    cues, _ = framing.article_cues(text, doc, default_lexicon())
    assert not [c for c in cues if c.rule == QUESTION_RULE]
    assert asked.read + speech.read < 40 * pairs


# -- how an answer's flags are explained -----------------------------------------------------------


def test_a_flag_in_an_answer_names_whose_answer_it_is(qa: Comparison) -> None:
    shameless = _flag(qa, "shameless")
    note = "in an answer: the mayor of Port Alder's words, not the outlet's"
    assert shameless.explanation.endswith(f"({note}).")
    assert QUOTED_NOTE not in shameless.explanation
    assert shameless.answer_of == MAYOR
    assert shameless.speaker_note == note


def test_a_named_speakers_answer_and_an_unnamed_interviewees_answer_are_named() -> None:
    assert "(in an answer: RUIZ's words" in _flag(_compare(NAMED), "disgraceful racket").explanation
    unnamed = _compare(
        "Q: Is the levy fair?\n\nA: It is a shameless scare campaign.\n\nQ: And?\n\nA: Yes."
    )
    assert "(in an answer: the interviewee's words" in _flag(unnamed, "shameless").explanation


def test_turns_with_no_one_asking_keep_the_quotation_note() -> None:
    # A debate has no interviewer and so no answers: each turn is a quotation of its speaker.
    debate = _compare(
        "SMITH: The levy is fair.\n\nJONES: It is a shameless scare campaign.\n\n"
        "SMITH: It is not.\n\nJONES: It is."
    )
    shameless = _flag(debate, "shameless")
    assert shameless.quoted and shameless.answer_of is None
    assert shameless.explanation.endswith(f"({QUOTED_NOTE}).")


def test_an_ordinary_quotation_keeps_the_quotation_note() -> None:
    quoted = _compare('"It is a shameless scare campaign," the mayor said of the levy.')
    shameless = _flag(quoted, "shameless")
    assert shameless.answer_of is None and shameless.speaker_note == QUOTED_NOTE
    assert "answer_of" not in shameless.to_dict()


def test_whose_answer_survives_the_json_and_shows_in_the_html_report(qa: Comparison) -> None:
    again = Comparison.from_dict(qa.to_dict())
    assert _flag(again, "shameless").answer_of == MAYOR
    page = to_html(qa)
    assert "in an answer: the mayor of Port Alder’s words" in page
    assert "the speaker&#x27;s words" not in page


# -- a turn's label is not part of its claims ------------------------------------------------------


def test_a_claim_starts_after_its_turns_label(qa: Comparison) -> None:
    texts = [c.text for c in qa.claims["a"]]
    assert "Critics say the levy is unfair." in texts
    assert "Frankly, the opposition has run a shameless scare campaign." in texts
    assert "Will it pass?" in texts and "Absolutely." in texts
    for claim in qa.claims["a"]:
        assert QA[claim.start : claim.end] == claim.text
        assert not claim.text.startswith(("Q:", "A:")), claim.text
    frankly = _claim(qa, "Frankly")
    assert frankly.start == QA.index("A: Frankly") + len("A: ")
    assert _flag(qa, "Frankly").claim == frankly.id


def test_a_named_speakers_claim_starts_after_the_name() -> None:
    named = _compare(NAMED)
    assert _claim(named, "It is the opposite").text == "It is the opposite."
    assert _claim(named, "reckless gamble").text == "This looks like a reckless gamble."


NEWS = (
    "The mayor of Port Alder defended the new harbour levy on Tuesday.\n\n"
    "The opposition has run a scare campaign, the mayor said. He called the levy a modest,"
    " sensible step.\n\n"
    "Critics say the levy is unfair to small fishing firms."
)


def test_an_interview_lines_up_with_a_news_story_of_the_same_event() -> None:
    both = compare(
        [Article(id="a", outlet="Harbour Talk", text=QA), Article(id="b", outlet="Wire", text=NEWS)]
    )
    claim_of = {c.id: c for cs in both.claims.values() for c in cs}
    shared = [
        {m.article: claim_of[m.claim].text for m in g.members}
        for g in both.alignments
        if {m.article for m in g.members} == {"a", "b"}
    ]
    # The answer's claim, without its "A: ", lines up with the story quoting the mayor.
    assert {
        "a": "Frankly, the opposition has run a shameless scare campaign.",
        "b": "The opposition has run a scare campaign, the mayor said.",
    } in shared
    assert {
        "a": "The levy is a modest, sensible step.",
        "b": "He called the levy a modest, sensible step.",
    } in shared
    assert {row["a"] for row in shared} >= {"Critics say the levy is unfair."}


# -- questions that end inside a closing mark ------------------------------------------------------


@pytest.mark.parametrize("close", ["?”", "?'", "?)", "?"])
def test_a_question_closed_by_a_mark_or_a_bracket_is_asked(close: str) -> None:
    text = (
        "Ana Ruiz joined the programme on Monday.\n\n"
        f"SMITH: Is the levy, as critics say, “fair{close}\n\n"
        "RUIZ: It is fair.\n\n"
        f"SMITH: (And will it pass{close}\n\n"
        "RUIZ: Yes, it will."
    )
    assert [(t.label, t.asks) for t in transcript_turns(text)] == [
        ("SMITH", True),
        ("RUIZ", False),
        ("SMITH", True),
        ("RUIZ", False),
    ]
