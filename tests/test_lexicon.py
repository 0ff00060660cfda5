"""The framing lexicon: loading, matching against spaCy tokens, versioning and user overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import framing, nlp
from reader.core.lexicon import (
    Lexicon,
    LexiconEntry,
    _Form,
    _plural_bases,
    _words_after,
    default_lexicon,
    load_dir,
    pieces,
    read_tsv,
)
from token_reads import TokenCountingDoc, token_counting_parse


def _matched(lexicon: Lexicon, text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    return {doc[m.start : m.end].text.lower(): m.entry.category for m in lexicon.match(doc)}


def test_bundled_lexicon_has_every_category_and_keeps_sources() -> None:
    lex = default_lexicon()
    cats = lex.categories()
    for category in ("label", "loaded", "intensifier", "hedge", "attribution", "neutral"):
        assert cats.get(category, 0) >= 20, category
    sources = {e.source.split(":")[0] for e in lex}
    assert {"curated", "vader", "textblob"} <= sources


def test_generic_sentiment_words_are_not_framing() -> None:
    lex = default_lexicon()
    for word in ("support", "killed", "good", "win", "crisis", "said"):
        flagged = [e for e in lex.lookup(word) if e.category != "neutral"]
        assert flagged == [], word


def test_matches_lemmas_phrases_and_hyphenated_terms() -> None:
    lex = default_lexicon()
    found = _matched(
        lex,
        "The regimes slammed the so-called deal, a neo-liberal and job-killing plan "
        "that offers tax cuts for the rich.",
    )
    assert found["regimes"] == "label"
    assert found["slammed"] == "loaded"
    assert found["so-called"] == "hedge"
    assert found["neo-liberal"] == "label"
    assert found["job-killing"] == "loaded"
    assert found["tax cuts for the rich"] == "loaded"


def test_hyphen_is_part_of_the_term() -> None:
    found = _matched(default_lexicon(), "He would be a candidate. A would-be candidate.")
    assert "would be" not in found
    assert found["would-be"] == "hedge"
    assert pieces("neo-liberal") == ("neo", "-", "liberal")


def test_a_contraction_splits_as_spacy_splits_it() -> None:
    assert pieces("Don't Say Gay") == ("do", "n", "'", "t", "say", "gay")
    assert pieces("can’t be bothered")[:4] == ("ca", "n", "'", "t")
    lex = Lexicon((LexiconEntry("couldn't care less", "loaded"), LexiconEntry("won't", "hedge")))
    found = _matched(lex, "They couldn't care less. It won’t pass.")
    assert found == {"couldn't care less": "loaded", "won’t": "hedge"}


def test_a_compound_ending_matches_whatever_comes_before_it() -> None:
    lex = Lexicon(
        (
            LexiconEntry("-obsessed", "loaded"),
            LexiconEntry("-mongering", "loaded"),
            LexiconEntry("-monger", "label"),
            LexiconEntry("obsessed", "neutral"),
        )
    )
    found = _matched(lex, "The car-obsessed mayor and the fear-mongering ads. He is obsessed.")
    assert found["car-obsessed"] == "loaded"
    assert found["fear-mongering"] == "loaded"  # the written form wins over the lemma's "-monger"
    assert found["obsessed"] == "neutral"  # the plain word is no compound
    assert lex.lookup("-obsessed")[0].suffix
    user = Lexicon(()).with_user_entries([LexiconEntry("-loving", "loaded")])
    assert _matched(user, "Brussels-loving officials agreed.") == {"brussels-loving": "loaded"}


def test_a_capitalised_plural_finds_its_singular_entry() -> None:
    """The model leaves "Englanders" whole as a plural proper noun; the entry is singular."""
    lex = Lexicon((LexiconEntry("Little Englander", "label"),))
    found = _matched(lex, "Nostalgic Little Englanders have dragged the country out.")
    assert found == {"little englanders": "label"}


def test_a_rare_plural_the_model_leaves_whole_finds_its_singular_entry() -> None:
    """The model tags "pariahs" a singular noun and leaves its lemma whole; the entry is singular.
    A singular noun's own "-ss" or "-us" ending is not taken for a plural's."""
    lex = Lexicon((LexiconEntry("pariah", "loaded"), LexiconEntry("campu", "loaded")))
    found = _matched(lex, "Vaccine mandates turned nurses who refused the shot into pariahs.")
    assert found == {"pariahs": "loaded"}
    assert _matched(lex, "The campus was quiet on Sunday.") == {}


def test_a_short_rare_plural_finds_its_singular_but_a_short_word_in_s_stays_whole() -> None:
    """ "mobs", which the model tags a singular noun and leaves whole, is the plural of the label
    "mob"; "news", "odds" and "bias" end in an "s" of their own, and "bus" or "gas" has no
    singular worth trying, so entries spelled like their cut forms stay unfound."""
    lex = Lexicon(
        (
            LexiconEntry("mob", "label"),
            *(LexiconEntry(w, "loaded") for w in ("new", "odd", "bia", "bu", "ga")),
        )
    )
    assert _matched(lex, "Police said mobs torched three cars overnight.") == {"mobs": "label"}
    assert _plural_bases("mobs", "NN") == ("mob",)
    for word in ("news", "odds", "bias", "bus", "gas"):
        assert _plural_bases(word, "NN") == (), word
    assert _matched(lex, "The news on gas and bus fares showed no bias.") == {}


#: Singular nouns (or plurals used as one) that end in "s" and that the model may tag NN: the
#: rare-plural reading cuts their "s", so none of the cut forms may be a bundled entry.
_SINGULAR_IN_S = [
    "means",
    "odds",
    "news",
    "series",
    "species",
    "lens",
    "physics",
    "politics",
    "economics",
    "measles",
    "blues",
    "thanks",
    "headquarters",
    "gallows",
    "diabetes",
    "ethics",
    "tactics",
    "logistics",
    "whereabouts",
    "crossroads",
    "barracks",
    "bellows",
    "goods",
    "arms",
    "savings",
    "earnings",
    "proceeds",
    "remains",
    "outskirts",
    "premises",
    "bias",
    "alms",
    "chaos",
]


def test_no_singular_noun_in_s_reads_as_the_plural_of_a_bundled_entry() -> None:
    """A guard for the rare-plural reading: "odds" must never find an entry "odd", nor "blues"
    an entry "blue". An entry added later that one of these cut forms spells fails here."""
    lex = default_lexicon()
    clashes = {
        word: base
        for word in _SINGULAR_IN_S
        for base in _plural_bases(word, "NN")
        if any(e.category != "neutral" for e in lex.lookup(base))
    }
    assert clashes == {}
    assert _plural_bases("pariahs", "NN") == ("pariah",)


def test_longest_phrase_wins_over_its_first_word() -> None:
    lex = Lexicon(
        (
            LexiconEntry("radical", "loaded"),
            LexiconEntry("radical left", "label"),
        )
    )
    assert _matched(lex, "They blamed the radical left for it.") == {"radical left": "label"}


def test_a_shield_that_runs_past_an_earlier_match_still_shields_its_words() -> None:
    # "manufactured panic" starts a word before "panic button": matching left to right never
    # started inside the earlier match, so the plain device was flagged as invented panic.
    lex = Lexicon(
        (
            LexiconEntry("manufactured panic", "loaded", "casts concern as invented"),
            LexiconEntry("panic button", "neutral", "a device"),
            LexiconEntry("tax cuts", "neutral", "a policy"),
            LexiconEntry("job-killing tax cuts", "loaded", "casts a policy as harm"),
        )
    )
    found = _matched(lex, "Factories manufactured panic buttons for the new buses.")
    assert found == {"manufactured panic": "loaded", "panic buttons": "neutral"}
    plain = nlp.parse("Factories manufactured panic buttons for the new buses.")
    assert framing.article_cues(plain.text, plain, lex)[0] == []
    loaded = nlp.parse("It was a manufactured panic over crime.")
    [cue] = framing.article_cues(loaded.text, loaded, lex)[0]
    assert cue.words(loaded) == "manufactured panic"
    # a shield wholly inside a longer loaded phrase is that phrase's own word
    assert _matched(lex, "They passed job-killing tax cuts.") == {"job-killing tax cuts": "loaded"}


def test_a_shield_never_starts_inside_a_hyphenated_word() -> None:
    # "left wing" (the plain description) began at the second half of "far-left", so "the
    # far-left wing of his party" lost its label; a hyphenated word is read whole.
    lex = Lexicon(
        (
            LexiconEntry("far-left", "label", "places an actor at the fringe"),
            LexiconEntry("left-wing", "neutral", "a plain description"),
        )
    )
    assert _matched(lex, "Biden caved to the far-left wing of his party.") == {"far-left": "label"}
    assert _matched(lex, "The left wing of the party objected.") == {"left wing": "neutral"}


def test_the_bundled_panic_button_shield_beats_the_bundled_manufactured_panic() -> None:
    lex = default_lexicon()
    for text, flagged in (
        ("The firm manufactured panic buttons and alarms for the buses.", []),
        ("Pundits stoked a manufactured panic over crime.", ["manufactured panic"]),
    ):
        doc = nlp.parse(text)
        assert [c.words(doc) for c in framing.article_cues(text, doc, lex)[0]] == flagged


def test_a_phrase_written_in_the_plural_finds_one_person_but_a_word_stays_as_written() -> None:
    lex = Lexicon(
        (
            LexiconEntry("union bosses", "label"),
            LexiconEntry("fat cats", "label"),
            LexiconEntry("fake news", "hedge"),
            LexiconEntry("handouts", "loaded"),
        )
    )
    found = _matched(lex, "The union boss, a fat cat, called it fake new data and a handout.")
    assert found == {"union boss": "label", "fat cat": "label"}
    assert _matched(lex, "Union bosses and fat cats took handouts.") == {
        "union bosses": "label",
        "fat cats": "label",
        "handouts": "loaded",
    }
    assert [e.term for e in lex.lookup("union boss")] == []  # lookup is by the written term


def test_a_plural_found_by_its_singular_runs_on_to_the_noun_that_singular_describes() -> None:
    lex = Lexicon(
        (
            LexiconEntry("flood of illegals", "loaded"),
            LexiconEntry("illegal aliens", "label"),
            LexiconEntry("union bosses", "label"),
        )
    )
    # "illegal" describes the aliens: the phrase is the whole flood, not half of "illegal aliens".
    assert _matched(lex, "Officials warned of a flood of illegal aliens at the border.") == {
        "flood of illegal aliens": "loaded"
    }
    assert _matched(lex, "Officials warned of a flood of illegals at the border.") == {
        "flood of illegals": "loaded"
    }
    assert _matched(lex, "The union boss spoke.") == {"union boss": "label"}
    # With no phrase of its own after it, the singular's match keeps its end.
    assert _matched(lex, "Officials warned of a flood of illegal crossings.") == {
        "flood of illegal": "loaded"
    }


def test_version_is_a_content_hash() -> None:
    a = Lexicon((LexiconEntry("regime", "label"), LexiconEntry("slam", "loaded")))
    b = Lexicon((LexiconEntry("slam", "loaded"), LexiconEntry("regime", "label")))
    c = Lexicon((LexiconEntry("regime", "label", note="changed"), LexiconEntry("slam", "loaded")))
    assert a.version == b.version  # order does not matter
    assert a.version != c.version  # any edit does
    assert len(a.version) == 12


def test_user_entries_add_replace_and_remove() -> None:
    base = Lexicon((LexiconEntry("regime", "label"), LexiconEntry("slam", "loaded", use="verb")))
    user = base.with_user_entries(
        added=[
            LexiconEntry("peace envoy", "loaded", source="user"),
            LexiconEntry("slam", "loaded", "mine"),
        ],
        removed=[("regime", "label")],
    )
    assert base.lookup("regime")  # the original is untouched
    assert not user.lookup("regime")
    assert user.lookup("peace envoy")[0].source == "user"
    assert user.lookup("slam")[0].note == "mine"
    assert user.lookup("slam")[0].use == base.lookup("slam")[0].use == "verb"
    assert user.version != base.version
    assert _matched(user, "The peace envoy arrived.") == {"peace envoy": "loaded"}


def test_load_dir_reads_tsv_and_rejects_bad_lines(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text(
        "term\tcategory\tnote\tsource\nbrute\tlabel\tpejorative\t\n# comment\n\n", encoding="utf-8"
    )
    lex = load_dir(tmp_path)
    assert [(e.term, e.category, e.source) for e in lex] == [("brute", "label", "curated")]
    bad = tmp_path / "b.tsv"
    bad.write_text("term\tcategory\tnote\tsource\nbrute\tnonsense\t\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown category"):
        read_tsv(bad)
    headless = tmp_path / "c.tsv"
    headless.write_text("brute\tlabel\n", encoding="utf-8")
    with pytest.raises(ValueError, match="first line"):
        read_tsv(headless)


def test_a_curated_lemma_beats_a_derived_word_form() -> None:
    # "blasted" is in the sentiment lexicon as an adjective; as a verb it is the curated "blast".
    derived = LexiconEntry("blasted", "loaded", "adjective", "textblob:0.20.1")
    curated = LexiconEntry("blast", "loaded", "emotive reporting word", "curated")
    lexicon = Lexicon((derived, curated))
    doc = nlp.parse_many(["The senator blasted the plan."])[0]
    [m] = lexicon.match(doc)
    assert m.entry is curated and doc[m.start].text == "blasted"
    assert derived.derived and not curated.derived


def test_the_bundled_lexicon_flags_blasted_as_a_verb() -> None:
    from reader.core import framing

    text = "Republican leader Tom Hargrove blasted the scheme on Monday."
    doc = nlp.parse_many([text])[0]
    flagged = [text[s:e] for s, e, _, _ in framing.lexical_flag_spans(text, doc, default_lexicon())]
    assert "blasted" in " ".join(flagged)


def test_a_phrase_entry_matches_its_hyphenated_modifier_form() -> None:
    lexicon = Lexicon(
        (LexiconEntry("catch and release", "loaded"), LexiconEntry("would-be", "hedge"))
    )
    assert _matched(lexicon, "The catch-and-release policy ended.") == {
        "catch-and-release": "loaded"
    }
    assert _matched(lexicon, "They catch and release fish.") == {"catch and release": "loaded"}
    # the reverse stays refused: a hyphenated entry needs its hyphen
    assert _matched(lexicon, "He would be a reformer.") == {}
    assert _matched(lexicon, "He is a would-be reformer.") == {"would-be": "hedge"}


def test_the_use_column_limits_a_word_to_the_use_in_which_it_frames(tmp_path: Path) -> None:
    """A curator says in the data, not in code, that "blast" frames only as a verb and "caved"
    only when someone does it: the same words elsewhere are plain reporting."""
    (tmp_path / "a.tsv").write_text(
        "term\tcategory\tnote\tsource\tuse\n"
        "blast\tloaded\tcasts criticism as an attack; neutral: criticise\tcurated\tverb\n"
        "cave\tloaded\tcasts a concession as weakness; neutral: concede\tcurated\tagent\n"
        "brute\tlabel\tpejorative; neutral: name\tcurated\n",
        encoding="utf-8",
    )
    lex = load_dir(tmp_path)
    assert [(e.term, e.use) for e in lex] == [("blast", "verb"), ("cave", "agent"), ("brute", "")]
    assert lex.entries[0].line().endswith("\tverb")
    assert lex.entries[2].line().count("\t") == 3  # no use, no column: versions stay stable

    def flagged(text: str) -> list[str]:
        doc = nlp.get_nlp()(text)
        return [text[s:e] for s, e, _, _ in framing.lexical_flag_spans(text, doc, lex)]

    assert flagged("Officials blasted the plan on Monday.") == ["blasted"]
    assert flagged("The blast shattered windows on Monday.") == []
    assert flagged("The senator caved within a week.") == ["caved"]
    assert flagged("The roof caved in on Monday.") == []

    bad = tmp_path / "b.tsv"
    bad.write_text(
        "term\tcategory\tnote\tsource\tuse\nblast\tloaded\t\t\tsometimes\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="unknown use"):
        read_tsv(bad)


def test_a_phrase_finds_its_verb_in_any_form_and_a_gap_for_its_object() -> None:
    """ "slashing benefits" also finds "slashed benefits"; "hold * to ransom" finds "held the
    country to ransom" with the object inside the match, but a gap never crosses punctuation or
    runs longer than four words."""
    lex = Lexicon(
        (
            LexiconEntry("slashing benefits", "loaded"),
            LexiconEntry("looked the other way", "loaded"),
            LexiconEntry("hold * to ransom", "loaded"),
        )
    )
    assert _matched(lex, "The government slashed benefits again.") == {"slashed benefits": "loaded"}
    assert _matched(lex, "The regulator looks the other way.") == {"looks the other way": "loaded"}
    assert _matched(lex, "They are holding the nation's economy to ransom.") == {
        "holding the nation's economy to ransom": "loaded"
    }
    assert _matched(lex, "The talks were held in the capital to discuss ransom payments.") == {}
    assert _matched(lex, "They held the meeting, to ransom nobody.") == {}
    assert _matched(lex, "They held the old and very large city to ransom.") == {}


def test_a_gap_does_not_end_on_to_before_the_entrys_next_word() -> None:
    """After "to" the next word starts a clause of its own: "slash * pay" means pay cut, not
    "slash Social Security to pay for tax cuts"; the object before "to" is still read."""
    lex = Lexicon((LexiconEntry("slash * pay", "loaded"),))
    assert _matched(lex, "The board slashed the drivers' pay in March.") == {
        "slashed the drivers' pay": "loaded"
    }
    assert _matched(lex, "They want to slash Social Security to pay for tax cuts.") == {}


def _bundled(*terms: str) -> Lexicon:
    """The bundled entries for ``terms`` alone, so no other entry hides what they match."""
    return Lexicon(tuple(e for t in terms for e in default_lexicon().lookup(t)))


def test_a_verb_and_particle_entry_reads_across_the_verbs_object() -> None:
    """Reporters write "rammed the bill through" as often as "rammed through the bill": a bundled
    verb + particle entry finds both. Split, the verb alone is flagged: it carries the judgement,
    and the object keeps its own words."""
    lex = _bundled("ram through", "shouted down", "water down", "brushed aside", "forced through")
    assert _matched(lex, "The majority rammed through the bill.") == {"rammed through": "loaded"}
    # the model labels this "through" a preposition, but it has no object of its own
    assert _matched(lex, "The majority rammed the bill through on Friday.") == {"rammed": "loaded"}
    assert _matched(lex, "Protesters shouted down the critics.") == {"shouted down": "loaded"}
    assert _matched(lex, "Protesters shouted the critics down.") == {"shouted": "loaded"}
    assert _matched(lex, "Ministers watered down the rules.") == {"watered down": "loaded"}
    assert _matched(lex, "The government watered the rules down.") == {"watered": "loaded"}
    assert _matched(lex, "He brushed the questions aside.") == {"brushed": "loaded"}
    assert _matched(lex, "The leadership forced it through.") == {"forced": "loaded"}
    with_hedge = _bundled("ram through", "so-called")
    assert _matched(with_hedge, "They rammed the so-called reform through.") == {
        "rammed": "loaded",
        "so-called": "hedge",
    }


def test_a_particle_word_with_an_object_of_its_own_is_no_split_particle() -> None:
    """Only the parse tells the particle from a preposition: "rammed the bus through the tunnel"
    passes nothing. Nor does a particle count after a long object or across punctuation."""
    lex = _bundled("ram through", "forced through", "waved through")
    assert _matched(lex, "The driver rammed the bus through the tunnel.") == {}
    assert _matched(lex, "They forced the crate through the narrow door.") == {}
    assert _matched(lex, "Customs waved the lorries through the checkpoint.") == {}
    assert _matched(lex, "They rammed the very long and costly bill through.") == {}
    assert _matched(lex, "They rammed the long, costly bill through.") == {}


def test_a_split_particle_verb_keeps_the_use_its_entry_asks_for() -> None:
    """ "rounded up" frames only when people are rounded up; the split form is judged the same."""
    lex = _bundled("rounded up")

    def flagged(text: str) -> list[str]:
        doc = nlp.get_nlp()(text)
        return [text[s:e] for s, e, _, _ in framing.lexical_flag_spans(text, doc, lex)]

    assert flagged("Police rounded the migrants up.") == ["rounded"]
    assert flagged("He rounded the figures up.") == []


def test_a_split_particle_is_found_in_a_clause_matched_apart_from_its_document() -> None:
    # The engine matches clauses as token lists; the parse's positions are the document's.
    lex = _bundled("ram through")
    clause = nlp.parse("Voters were angry. The majority rammed the bill through.")[4:]
    found = [clause[m.start : m.end].text for m in lex.match(list(clause))]
    assert found == ["rammed"]


def test_a_hyphenated_entry_finds_its_compound_spelt_with_a_space_but_not_a_verb_phrase() -> None:
    lex = Lexicon((LexiconEntry("far-left", "label"), LexiconEntry("would-be", "loaded")))
    assert _matched(lex, "The far left wants to abolish the police.") == {"far left": "label"}
    assert _matched(lex, "The far-left group marched.") == {"far-left": "label"}
    assert _matched(lex, "He would be president by now.") == {}
    assert _matched(lex, "A would-be president spoke.") == {"would-be": "loaded"}


def test_a_compound_of_three_or_more_words_is_found_spelt_with_spaces_across_any_word() -> None:
    """A set phrase hyphenated as a modifier is quoted or used as a verb phrase with spaces ("let
    them eat cake"), and means the same; a compound of two words keeps the content-word rule."""
    lex = Lexicon(
        (
            LexiconEntry("let-them-eat-cake", "loaded"),
            LexiconEntry("holier-than-thou", "loaded"),
            LexiconEntry("would-be", "hedge"),
        )
    )
    assert _matched(lex, "Her answer was: let them eat cake.") == {"let them eat cake": "loaded"}
    assert _matched(lex, "Let them eat cake, the minister said.") == {"let them eat cake": "loaded"}
    assert _matched(lex, "A let-them-eat-cake attitude.") == {"let-them-eat-cake": "loaded"}
    assert _matched(lex, "He is so holier than thou.") == {"holier than thou": "loaded"}
    assert _matched(lex, "Let them eat first.") == {}
    assert _matched(lex, "He would be a candidate.") == {}


def test_a_hyphenated_ing_compound_spelt_with_a_space_is_found_but_not_a_finite_verb() -> None:
    """The model reads "printing" in "the Fed's money printing" as a verb; the activity it names
    is the compound's all the same. A finite verb still keeps its clause ("the state runs")."""
    lex = Lexicon((LexiconEntry("money-printing", "loaded"), LexiconEntry("state-run", "label")))
    assert _matched(lex, "The Fed's money printing fed inflation.") == {"money printing": "loaded"}
    assert _matched(lex, "The Fed's money-printing fed inflation.") == {"money-printing": "loaded"}
    assert _matched(lex, "The state runs the mines in the north.") == {}
    assert _matched(lex, "He would be printing money if he could.") == {}


def test_before_a_hyphen_only_the_spelling_counts() -> None:
    """The lemma of "sold" is "sell", but a sold-out show is no sell-out; the last piece still
    matches its lemma ("sell-outs")."""
    lex = Lexicon((LexiconEntry("sell-out", "label"),))
    assert _matched(lex, "Fans queued for the sold-out show.") == {}
    assert _matched(lex, "They called him a sell-out.") == {"sell-out": "label"}
    assert _matched(lex, "They called them sell-outs.") == {"sell-outs": "label"}


def test_a_graded_form_the_model_left_whole_finds_its_base_entry() -> None:
    """The small model leaves "flimsiest" unlemmatised (and may tag it a noun after "the")."""
    lex = Lexicon((LexiconEntry("flimsy", "hedge"), LexiconEntry("harsh", "loaded")))
    assert _matched(lex, "It rested on the flimsiest of grounds.") == {"flimsiest": "hedge"}
    assert _matched(lex, "It was the flimsiest excuse yet.") == {"flimsiest": "hedge"}
    assert _matched(lex, "Her critics were harsher than ever.") == {"harsher": "loaded"}
    assert _matched(lex, "The priest gave an honest answer.") == {}


def test_a_comparative_adverb_is_not_the_ly_adverb_the_model_lemmatises_it_to() -> None:
    """The small model lemmatises the adverb "deeper" to "deeply": a measure of how far is no
    intensifier, while "deeply" itself still is."""
    lex = Lexicon((LexiconEntry("deeply", "intensifier"),))
    assert _matched(lex, "The plan would push families deeper into poverty.") == {}
    assert _matched(lex, "They sank deeper into debt.") == {}
    assert _matched(lex, "The plan is deeply cynical.") == {"deeply": "intensifier"}


def test_a_plural_in_ies_finds_its_singular_in_ie() -> None:
    """The small model lemmatises "junkies" to "junky", which an entry spelt "junkie" never
    meets; a "-y" noun's own plural ("bodies") gains nothing an entry has."""
    lex = Lexicon((LexiconEntry("junkie", "label"), LexiconEntry("body", "loaded")))
    assert _matched(lex, "Junkies and dealers crowd the station.") == {"junkies": "label"}
    assert _matched(lex, "The junkies were moved on.") == {"junkies": "label"}
    assert _matched(lex, "Police found two bodies.") == {"bodies": "loaded"}


def test_a_past_tense_the_model_read_as_a_noun_finds_its_verb_entry() -> None:
    """After a name the small model tags "boasted" a noun and leaves it whole."""
    lex = Lexicon((LexiconEntry("boast", "attribution"),))
    assert _matched(lex, "Orban boasted that Hungary had become a model.") == {
        "boasted": "attribution"
    }


def test_a_participle_the_model_read_as_an_adjective_after_has_finds_its_verb_entry() -> None:
    """After "has long" the small model tags "dodged" an adjective and leaves it whole; a
    perfect tense takes a verb there. "has" owning something described stays an adjective."""
    lex = Lexicon((LexiconEntry("dodge", "loaded"), LexiconEntry("crook", "label")))
    text = "The cruise industry has long dodged federal taxes by registering its ships abroad."
    assert _matched(lex, text) == {"dodged": "loaded"}
    assert _matched(lex, "The old bridge has very crooked railings.") == {}
    assert _matched(lex, "The old bridge has crooked railings.") == {}


def test_a_participle_read_as_an_adjective_is_flagged_alone() -> None:
    """Widened like a modifier, the flag would take in the adverb and the object ("long dodged
    federal taxes"); the judgement is the verb."""
    text = "The cruise industry has long dodged federal taxes by registering its ships abroad."
    spans = framing.lexical_flag_spans(text, nlp.parse(text), default_lexicon())
    assert [text[start:end] for start, end, _, _ in spans] == ["dodged"]


def test_a_participle_hung_on_the_object_is_flagged_alone() -> None:
    """The model may tag the participle after "has long" a verb yet hang it on the object as a
    modifier; widened like one, the flag took in "long" and "crossing guards"."""
    text = "The city has long shortchanged crossing guards, who earn $14 an hour."
    spans = framing.lexical_flag_spans(text, nlp.parse(text), default_lexicon())
    assert [text[start:end] for start, end, _, _ in spans] == ["shortchanged"]


def test_an_undoubled_ending_is_never_the_shorter_word_the_model_cuts_it_to() -> None:
    """The small model lemmatises "shamed" to "sham", "raging" to "rag" and "cones" to "con";
    those words double their consonant ("shammed", "ragging", "conned"), so the written form
    belongs to "shame", "rage" and "cone". Each short word still finds its own forms."""
    lex = Lexicon(
        (
            LexiconEntry("sham", "loaded"),
            LexiconEntry("rag", "loaded"),
            LexiconEntry("con", "loaded"),
            LexiconEntry("rage", "attribution"),
        )
    )
    assert _matched(lex, "The minister has shamed the nation.") == {}
    assert _matched(lex, "She shames them every week.") == {}
    assert _matched(lex, "The trial was a sham.") == {"sham": "loaded"}
    assert _matched(lex, "He shammed illness to skip the hearing.") == {"shammed": "loaded"}
    assert _matched(lex, "The mayor raged at the ruling.") == {"raged": "attribution"}
    assert _matched(lex, "They ragged on the new recruit.") == {"ragged": "loaded"}
    assert _matched(lex, "The mayor conned the voters.") == {"conned": "loaded"}
    assert _matched(lex, "Police coned off the road.") == {}


def test_shamed_is_the_verb_shame_not_the_loaded_word_sham() -> None:
    """Someone shamed by people is judged in the outlet's words; the explanation must be that
    of "shame" (humiliation), not of "sham" (a fake process)."""
    doc = nlp.parse("Protesters shamed the senator outside his home.")
    found = [m.entry for m in default_lexicon().match(doc) if m.entry.category != "neutral"]
    assert [(e.term, e.category) for e in found] == [("shame", "loaded")]


def test_a_phrase_from_a_verb_ending_in_e_finds_its_past() -> None:
    """ "sniped at" was lemmatised to "snip", so the entry "snipe at" never found it."""
    lex = Lexicon((LexiconEntry("snipe at", "loaded"), LexiconEntry("hoped for", "loaded")))
    assert _matched(lex, "The minister sniped at her rivals.") == {"sniped at": "loaded"}
    assert _matched(lex, "Farmers hoped for rain.") == {"hoped for": "loaded"}
    assert _matched(lex, "The rabbit hopped for cover.") == {}


def test_a_document_matches_as_its_tokens_do_when_a_word_repeats_in_other_uses() -> None:
    # A parsed document's forms are worked out once per distinct word (lexicon._all_forms); the
    # same word as a verb and as a noun, and capitalised plurals, must still match token by token.
    lex = Lexicon(
        (
            LexiconEntry("slam", "loaded", use="verb"),
            LexiconEntry("flimsy", "loaded"),
            LexiconEntry("Little Englander", "label"),
        )
    )
    text = (
        "Critics slammed the plan. The slams kept coming, and critics slammed it again. "
        "The flimsiest case yet, said the Little Englanders, and the flimsiest case again."
    )
    doc = nlp.parse_many([text])[0]
    by_doc = [(m.start, m.end, m.entry.term) for m in lex.match(doc)]
    by_tokens = [(m.start, m.end, m.entry.term) for m in lex.match(list(doc))]
    assert by_doc == by_tokens
    assert {term for _, _, term in by_doc} == {"slam", "flimsy", "Little Englander"}
    assert sum(term == "slam" for _, _, term in by_doc) >= 2


def test_an_article_is_matched_without_a_token_object_for_every_word() -> None:
    # An article repeats its words; each distinct word's forms are worked out once.
    filler = "The long dry summer of the region left the brush of the hills as dry as paper. "
    doc, counting = token_counting_parse("Critics slammed the plan. " + filler * 10)
    found = default_lexicon().match(counting)
    assert TokenCountingDoc.built < len(doc) / 2
    assert found == default_lexicon().match(doc)
    assert "slam" in {m.entry.term for m in found}


def test_the_next_plain_word_rules_out_phrases_with_another_second_word() -> None:
    """The matcher skips a phrase whose second word the next token lacks; it may only do so when
    both tokens are one plain word each and no particle stands apart from the verb."""
    the, poor, hyphen = _Form(("the",), False), _Form(("poorest", "poor"), False), _Form((), True)
    far_left = _Form(("far-left",), False)
    assert _words_after([the, poor], {}, 0) == ("poorest", "poor")
    assert _words_after([the], {}, 0) == ()  # the text ends: no second word at all
    assert _words_after([the, hyphen, poor], {}, 0) is None  # "catch-and-release" skips hyphens
    assert _words_after([the, far_left], {}, 0) is None  # one token over several pieces
    assert _words_after([far_left, poor], {}, 0) is None
    assert _words_after([the, poor], {0: 1}, 0) is None  # "rammed the bill through"


def test_phrases_sharing_a_first_word_still_find_their_own_second_word() -> None:
    lex = Lexicon(
        (
            LexiconEntry("war on the poor", "label"),
            LexiconEntry("war on wealth creators", "label"),
            LexiconEntry("war", "loaded"),
        )
    )
    assert _matched(lex, "It was a war on wealth creators.") == {"war on wealth creators": "label"}
    assert _matched(lex, "It ended the war on the poor.") == {"war on the poor": "label"}
    assert _matched(lex, "Nobody wanted war") == {"war": "loaded"}


def test_a_gap_or_hyphen_second_piece_is_never_ruled_out_by_the_next_word() -> None:
    lex = Lexicon((LexiconEntry("hold * to ransom", "loaded"), LexiconEntry("far-left", "label")))
    assert _matched(lex, "They held the country to ransom.") == {
        "held the country to ransom": "loaded"
    }
    assert _matched(lex, "He courted the far left voters.") == {"far left": "label"}


def test_a_closed_up_ending_is_found_only_when_the_lexicon_has_that_ending() -> None:
    """The matcher tries a closed-up "-monger" word only for the endings it lists: a lexicon with
    "-mongering" alone finds "hatemongering" but leaves "warmonger" and a fishmonger alone."""
    lex = Lexicon((LexiconEntry("-mongering", "loaded"),))
    found = _matched(lex, "The hatemongering warmonger visited the fishmonger.")
    assert found == {"hatemongering": "loaded"}
    assert _matched(Lexicon((LexiconEntry("-obsessed", "loaded"),)), "A hatemongering ad.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The cruise industry has long dodged federal taxes. Reporters listed the dodged questions.",
        "Reporters listed the dodged questions. The cruise industry has long dodged federal taxes.",
    ],
)
def test_a_repeated_word_is_read_in_its_own_context_whichever_use_comes_first(text: str) -> None:
    """Both "dodged" are adjectives to the model, alike in every column the per-word memo of
    lexicon._all_forms reads; only the one after "has long" is the verb "dodge". The memo handed
    the second one the first one's reading, so the verb was missed or the adjective flagged."""
    lex = Lexicon((LexiconEntry("dodge", "loaded"),))
    doc = nlp.parse_many([text])[0]
    dodged = [t for t in doc if t.lower_ == "dodged"]
    assert len({(t.tag_, t.lemma_, t.pos_, t.is_sent_start) for t in dodged}) == 1
    after_has_long = [t.i for t in dodged if doc[t.i - 1].lower_ == "long"]
    assert [m.start for m in lex.match(doc)] == after_has_long
    assert lex.match(doc) == lex.match(list(doc))
