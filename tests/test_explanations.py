"""The one-sentence explanations of a cue: what the words are, why they frame, whose they are."""

from __future__ import annotations

from reader.core.explanations import explain
from reader.core.framing_cues import Cue
from reader.core.lexicon import LexiconEntry


def _cue(term: str, category: str, note: str, target: str | None = None) -> Cue:
    entry = LexiconEntry(term, category, note)
    return Cue(0, 1, category, f"lexicon:{category}:{term}", 0.8, entry=entry, target=target)


def test_a_note_that_opens_with_a_qualifier_reads_with_one_colon() -> None:
    """ "is loaded wording: politically coded: the army's word" stacked two colons."""
    cue = _cue("surgical strike", "loaded", "politically coded: the army's word for a raid")
    explanation = explain(cue, "surgical strike", contrast="Wire writes 'raid' here")
    assert explanation == (
        "'surgical strike' is loaded wording (politically coded): the army's word for a raid;"
        " Wire writes 'raid' here."
    )
    assert explanation.count(":") == 1


def test_a_note_whose_colon_ends_a_clause_is_kept_whole() -> None:
    cue = _cue("sea of", "intensifier", "tells a crowd as a flood: magnifies its size")
    assert explain(cue, "sea of") == (
        "'sea of' is an intensifier: tells a crowd as a flood: magnifies its size."
    )


def test_whom_a_label_is_used_for_reads_the_same_whatever_its_note() -> None:
    """ "is a label for Oren Halsey: casts" and "'Drug cheat', used for Anika Sorvel, is a
    pejorative label" said one thing two ways."""
    glossed = _cue("fat-cat", "label", "casts the wealthy as greedy", target="Oren Halsey")
    kinded = _cue("drug cheat", "label", "pejorative label for an athlete", target="Anika Sorvel")
    assert explain(glossed, "Fat-cat") == (
        "'Fat-cat', used for Oren Halsey, is a label: casts the wealthy as greedy."
    )
    assert explain(kinded, "Drug cheat") == (
        "'Drug cheat', used for Anika Sorvel, is a pejorative label for an athlete."
    )


def test_several_evaluative_words_on_an_actor_are_a_phrase_not_a_word() -> None:
    entry = LexiconEntry("predatory", "label", "casts a company as a predator")
    cue = Cue(0, 3, "label", "pos:evaluative-modifier", 0.6, entry=entry, target="Greyholt")
    assert explain(cue, "Predatory supermarket giant") == (
        "'Predatory supermarket giant' is an evaluative phrase attached to Greyholt:"
        " casts a company as a predator."
    )
    assert explain(cue, "Predatory").startswith("'Predatory' is an evaluative word attached to")


def test_who_writes_which_words_says_where_once() -> None:
    """ "courier writes 'strike' in the headline; Meridian Press writes 'airstrike' in the
    headline" said the place after every wording."""
    from reader.core.explanations import who_writes

    writers = {"strike": ["Courier"], "airstrike": ["Wire", "Post"], "raid": ["Herald"]}
    assert who_writes(writers, " in the headline") == (
        "Courier writes 'strike', Wire and Post write 'airstrike', and Herald writes 'raid'"
        " in the headline"
    )
    assert who_writes({"said": ["Wire"]}, " here") == "Wire writes 'said' here"
