"""Graded sentiment evidence, adverb-and-verb phrases, and the demo's mirror-image wording."""

from __future__ import annotations

from reader.core import explanations, framing, nlp, rule_cues
from reader.core.framing_cues import (
    BASE_CONFIDENCE,
    DERIVED_CONFIDENCE,
    SENTIMENT_MIN,
    lexical_cues,
    strength,
)
from reader.core.lexicon import Lexicon, LexiconEntry, default_lexicon
from token_reads import TokenCountingDoc, token_counting_parse


def _flagged(text: str) -> list[tuple[str, str]]:
    doc = nlp.parse(text)
    spans = framing.lexical_flag_spans(text, doc, default_lexicon())
    return [(text[s:e], category) for s, e, category, _ in spans]


def test_strength_reads_the_source_score_from_the_note() -> None:
    vader = LexiconEntry(
        "vile", "loaded", "strongly negative word (VADER valence -3.1)", "vader:3.3.2"
    )
    blob = LexiconEntry(
        "dreadful",
        "loaded",
        "subjective negative adjective (TextBlob polarity -0.75, subjectivity 0.90)",
        "textblob:0.20.1",
    )
    curated = LexiconEntry("sham", "loaded", "casts a process as fake", "curated")
    assert strength(vader) == 3.1
    assert strength(blob) == 3.0  # polarity on VADER's 0-4 scale
    assert strength(curated) == 4.0


def test_stronger_sentiment_words_get_more_confidence_than_weaker_ones() -> None:
    lexicon = Lexicon(
        (
            LexiconEntry(
                "awful", "loaded", "strongly negative word (VADER valence -2.0)", "vader:3.3.2"
            ),
            LexiconEntry(
                "vile", "loaded", "strongly negative word (VADER valence -3.4)", "vader:3.3.2"
            ),
        )
    )
    doc = nlp.parse("The minister gave an awful speech and a vile reply.")
    confidence = {c.words(doc): c.confidence for c in lexical_cues(doc, lexicon)}
    assert confidence["awful"] == DERIVED_CONFIDENCE
    assert DERIVED_CONFIDENCE < confidence["vile"] < BASE_CONFIDENCE["loaded"]


def test_sentiment_verbs_and_event_nouns_are_not_flagged_in_plain_reporting() -> None:
    # Verbs and nouns from the sentiment lexicons name events in agency copy ("blamed", "cancer").
    assert SENTIMENT_MIN["VERB"] > 4 and SENTIMENT_MIN["NOUN"] > 4
    text = "Police blamed the storm for the crash. She was treated for cancer last year."
    assert _flagged(text) == []


def test_an_evaluative_adverb_is_flagged_with_the_verb_it_modifies() -> None:
    flagged = _flagged("The mayor tirelessly championed the new bus lanes.")
    assert ("tirelessly championed", "intensifier") in flagged


def test_speech_about_a_topic_is_reported_speech() -> None:
    """Speech on a topic ("boasted about the economy") reports as "boasted that ..." does;
    "boasts a harbour" reports nothing."""
    assert ("boasted", "attribution") in _flagged("The mayor boasted about the city's economy.")
    assert ("bragged", "attribution") in _flagged("The owner bragged about the layoffs.")
    assert _flagged("The town boasts a fine harbour and two beaches.") == []
    assert _flagged("Neighbours complained about loud music after midnight.") == []


def test_speech_about_a_topic_is_reported_where_the_model_cuts_a_silent_e() -> None:
    """The model's lemma of "griped" and "griping" is "grip": the written form still gives
    "gripe", so the verb reports speech as "moaned about" does."""
    assert ("griped", "attribution") in _flagged("The mayor griped about the city's budget.")
    assert ("griping", "attribution") in _flagged("The union was griping about the rota.")
    assert ("moaned", "attribution") in _flagged("The owner moaned about the new rules.")


def test_boasting_of_a_record_in_the_past_is_reported_speech() -> None:
    """ "boasted of its record" is vain speech as "boasted about" is, also when the small model
    reads the speaker and the verb as one noun phrase; "boasts of sea views" has them."""
    assert ("boasted", "attribution") in _flagged("North Korea boasted of another missile test.")
    assert ("boasted", "attribution") in _flagged(
        "State officials boasted of record budgets even as the roads stayed clogged."
    )
    assert ("bragged", "attribution") in _flagged("The junta bragged of sweeping gains.")
    assert _flagged("The hotel boasts of views over the bay.") == []
    assert _flagged("The village, once boasted of as the prettiest, lost its shop.") == []


def test_demo_mirror_wording_is_flagged_on_both_sides() -> None:
    pro = _flagged("Councillors passed the landmark charge, defying a campaign by the car lobby.")
    anti = _flagged("Councillors rammed through the charge, a cash grab that angered drivers.")
    assert any("landmark" in w for w, _ in pro) and any("car lobby" in w for w, _ in pro)
    assert any("rammed through" in w for w, _ in anti) and any("cash grab" in w for w, _ in anti)


def test_a_judgement_covers_its_noun_but_never_names_or_numbers() -> None:
    """The noun phrase the word judges, not the clause around it: annotators of single sentences
    and of BASIL mark one to three words (docs/EVALUATION.md, step 21)."""
    flagged = dict(_flagged("Critics called it a disastrous plan for the city centre."))
    assert "disastrous plan" in flagged
    names = _flagged("The embattled Senator Ann Cole spent a staggering 40 million dollars.")
    for words, _ in names:
        assert "Cole" not in words and "40" not in words, names


def test_a_phrase_that_runs_into_a_stronger_cue_is_drawn_back_not_dropped() -> None:
    """Two judgements in one noun phrase: the label keeps its words and the modifier before it is
    still flagged, on its own."""
    flagged = _flagged("The radical climate cult has declared war on the American worker.")
    assert ("climate cult", "label") in flagged
    assert ("radical", "loaded") in flagged
    # An intensifier joins the judgement it strengthens; "the very officers" points, no more.
    assert _flagged("The plan is very dangerous for the town.")[0] == ("very dangerous", "loaded")
    assert not _flagged("They drove out the very officers who kept residents safe.")
    # Two exaggerations over the same words read as one phrase.
    assert ("one of the most stunning upsets in the history", "intensifier") in _flagged(
        "It was one of the most stunning upsets in the history of the district."
    )


def test_a_long_phrase_is_not_widened() -> None:
    text = (
        "They backed a disastrous plan to close every school, library, clinic, park and pool in "
        "all of the northern and western districts of the county by next spring."
    )
    (words, _category), *_ = _flagged(text)
    assert len(words.split()) <= 8


def test_a_question_in_the_outlets_voice_is_flagged_as_doubt_but_a_quoted_one_is_not() -> None:
    text = (
        "The council approved the budget on Monday. But who will really pay for it?\n\n"
        '"Why now?" asked the mayor.'
    )
    doc = nlp.parse(text)
    cues = rule_cues.rhetorical_question_cues(doc)
    assert [c.words(doc) for c in cues] == ["But who will really pay for it?"]
    flags = framing.lexical_flag_spans(text, doc, default_lexicon())
    assert any(text[s:e].startswith("But who") and cat == "hedge" for s, e, cat, _ in flags)
    assert not any("Why now" in text[s:e] for s, e, _, _ in flags)
    explanation = explanations.explain(cues[0], cues[0].words(doc))
    assert "question" in explanation and "doubt" in explanation


def test_a_long_rhetorical_question_is_flagged_from_after_its_lead_in() -> None:
    text = (
        "The ministry published its figures on Friday. The obvious question follows: why would a "
        "government that spent three years denying the shortage now ask the same suppliers it "
        "blamed for it to sign a ten-year contract?"
    )
    doc = nlp.parse(text)
    cues = rule_cues.rhetorical_question_cues(doc)
    assert [c.words(doc) for c in cues] == [text[text.index("why would") :]]


def test_a_question_mark_left_by_a_bad_encoding_is_not_a_question() -> None:
    text = "The ad was made by two strategists, Ann Reyes ? and Tom ?Baker, and ?"
    doc = nlp.parse(text)
    assert rule_cues.rhetorical_question_cues(doc) == []


def test_an_exclamation_in_the_outlets_voice_raises_the_pitch_over_its_words() -> None:
    text = (
        "The council met on Monday. And the greedy bosses get richer yet again!\n\n"
        '"Get out of my office!" the mayor shouted.'
    )
    doc = nlp.parse(text)
    flags = framing.lexical_flag_spans(text, doc, default_lexicon())
    shown = [(text[s:e], cat) for s, e, cat, _ in flags]
    assert ("And the greedy bosses get richer yet again!", "intensifier") in shown
    assert ("greedy bosses", "loaded") in shown  # the sentence's tone does not hide its words
    assert not any("Get out" in words for words, _ in shown)
    cue = rule_cues.exclamation_cues(doc)[0]
    assert "exclaims" in explanations.explain(cue, cue.words(doc))


def test_a_loaded_word_inside_a_rhetorical_question_is_still_flagged() -> None:
    text = "Who pays for the reckless spending spree?"
    shown = _flagged(text)
    assert (text, "hedge") in shown
    assert ("spending spree", "loaded") in shown


def test_a_hedge_adverb_is_flagged_alone_not_with_its_verb() -> None:
    """ "reportedly" weighs the whole clause; "told" is not the word in question."""
    flagged = _flagged("She reportedly told the outlet that the plan was dead.")
    assert ("reportedly", "hedge") in flagged


def test_question_and_exclamation_cues_read_only_sentences_ending_in_their_mark() -> None:
    """Both rules look at every sentence of every article; a sentence that does not end in "?"
    (or "!") is settled by its last mark, without building a Token for each of its words."""
    page = " ".join(
        ["The council met on Monday and approved the budget after a long debate."] * 12
        + ["Who pays for the new depot?", "What a disgrace!"]
    )
    doc, counting = token_counting_parse(page)
    questions = rule_cues.rhetorical_question_cues(counting)
    exclaimed = rule_cues.exclamation_cues(counting)
    # Every sentence read whole for each of the two marks built over three tokens a word.
    assert TokenCountingDoc.built < len(doc)
    assert [doc[c.start : c.end].text for c in questions] == ["Who pays for the new depot?"]
    assert [doc[c.start : c.end].text for c in exclaimed] == ["What a disgrace!"]
    assert questions == rule_cues.rhetorical_question_cues(doc)


def test_a_complaint_verb_frames_only_when_it_reports_speech() -> None:
    """ "moaned" and "griped" belittle words said (a that-clause, a quotation, "about" a topic);
    a moan of pain or of the wind is a sound, and frames nobody."""
    assert ("moaned", "attribution") in _flagged("The minister moaned that the budget was thin.")
    assert ("moaned", "attribution") in _flagged('"It is unfair," the minister moaned.')
    for plain in (
        "The patient moaned in pain after the surgery.",
        "The wind moaned through the trees all night.",
        "The injured climber griped and groaned as medics lifted him.",
    ):
        assert not _flagged(plain), plain


def test_fuming_frames_a_person_and_not_a_fuming_acid_or_crater() -> None:
    """ "fuming" casts a person's displeasure as rage, as a verb or an "-ing" word on them; an
    acid, a crater or a chimney that fumes gives off fumes."""
    for framed in (
        "The minister was fuming after the vote.",
        "A fuming minister left the room.",
        "Fuming residents packed the hall.",
    ):
        assert any("fuming" in w.lower() and c == "loaded" for w, c in _flagged(framed)), framed
    for plain in (
        "The plant stores fuming nitric acid.",
        "The fuming crater sent ash over the town.",
        "The chimney was fuming all night.",
    ):
        assert not _flagged(plain), plain
