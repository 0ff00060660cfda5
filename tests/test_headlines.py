"""Headline flags: framing in each article's title, kept apart from the body's flags."""

from __future__ import annotations

import json

import pytest

from reader.core import framing, nlp
from reader.core.compare import compare
from reader.core.headlines import headline_flags
from reader.core.lexicon import default_lexicon
from reader.core.model import Article, Comparison

BODY = "The state legislature passed a climate bill on Thursday by 52 votes to 47."


def _article(ident: str, title: str | None) -> Article:
    return Article(ident, ident.title() + " News", BODY, title=title)


def test_title_case_headline_is_read_for_framing_and_names_are_not() -> None:
    right = _article("right", "Radical Democrats Ram Through Job-Killing Climate Mandate")
    wire = _article("wire", "State Legislature Passes Climate Bill")
    flags = headline_flags([right, wire], default_lexicon())
    assert {f.article for f in flags} == {"right"}  # the plain headline has none
    words = [f.text for f in flags]
    assert any("Radical" in w for w in words)
    assert any("Ram Through" in w for w in words)
    assert any("Job-Killing" in w for w in words)
    for f in flags:
        assert f.where == "title" and f.id.startswith("h")
        assert (right.title or "")[f.start : f.end] == f.text  # offsets point into the title
        assert f.explanation.startswith("In the headline, ")
        assert "Wire News headlines the story without it" in f.explanation
        assert f.evidence == "comparative"
        assert [c.text for c in f.counterparts] == [wire.title]
    # Read alone (the articles share no claim), the same words are flagged without the contrast.
    alone = headline_flags([right, wire], default_lexicon(), compare=False)
    assert [f.text for f in alone] == words
    assert all(not f.counterparts and "without it" not in f.explanation for f in alone)


def test_a_name_in_a_headline_is_not_framing() -> None:
    seed = _article("seed", "Chinese Dictator Xi Jinping Hosts Macron In Guangdong")
    flags = headline_flags([seed], default_lexicon())
    assert [f.text for f in flags] == ["Dictator"]
    assert "Xi Jinping" not in flags[0].text
    assert flags[0].evidence == "intrinsic" and flags[0].counterparts == ()


def test_labels_the_parser_runs_into_a_name_are_kept_when_the_body_writes_them_lower_case() -> None:
    body = (
        "Viktor Halden won the runoff on Sunday, the election commission said. The far-right "
        "firebrand thanked supporters, and Halden promised lower taxes."
    )
    right = Article("r", "Right", body, title="Far-Right Firebrand Halden Wins Runoff")
    wire = Article("w", "Wire", body, title="Halden Wins Presidential Runoff")
    flags = headline_flags([right, wire], default_lexicon())
    assert [f.text for f in flags] == ["Far-Right", "Firebrand"]
    assert all("Halden" not in f.text for f in flags)


def test_a_headline_label_names_its_target_without_the_words_run_into_it() -> None:
    left = _article("left", "Voters reject strongman Brandt as Kovac wins the presidency")
    wire = _article("wire", "Kovac wins the presidency, ending Brandt's decade in power")
    flags = headline_flags([left, wire], default_lexicon())
    label = next(f for f in flags if f.text == "strongman")
    assert "used for Brandt, is a label" in label.explanation
    assert "Brandt as" not in label.explanation


def test_a_headline_phrase_stops_at_and() -> None:
    seed = _article(
        "seed",
        "Macron's Secretive Bid To Cosy Up To Beijing's Authoritarian Regime And Broker A Deal",
    )
    words = [f.text for f in headline_flags([seed], default_lexicon())]
    assert "Authoritarian Regime" in words
    assert not any("And" in w for w in words)


def test_sentence_case_headline_keeps_its_own_case() -> None:
    seed = _article("seed", 'Macron is reportedly working on a "secret plan" with Communist China')
    words = [f.text for f in headline_flags([seed], default_lexicon())]
    assert '"secret plan"' in words and "Communist China" in words


def test_a_word_a_headline_shouts_is_read_in_lower_case_and_flagged() -> None:
    """ "SEIZES" in capitals is emphasis, and read as written the parser took the headline for a
    name; acronyms and headlines set wholly in capitals are not shouting."""
    tabloid = _article("tabloid", "Radical board SEIZES kids' phones")
    flags = headline_flags([tabloid], default_lexicon())
    assert [(f.text, f.category) for f in flags] == [
        ("Radical board", "loaded"),
        ("SEIZES", "intensifier"),
    ]
    assert "'SEIZES' is set in capitals" in flags[1].explanation
    plain = [
        _article("a", "NATO and the FBI meet in Brussels"),
        _article("b", "COUNCIL VOTES ON BUDGET"),
        _article("c", "UNICEF sends aid to the region"),
    ]
    assert headline_flags(plain, default_lexicon()) == ()


def test_articles_without_titles_give_no_headline_flags() -> None:
    assert headline_flags([_article("a", None), _article("b", "  ")], default_lexicon()) == ()


def test_compare_keeps_headline_flags_apart_and_round_trips_them() -> None:
    right = _article("right", "Radical Democrats Ram Through Job-Killing Climate Mandate")
    wire = _article("wire", "State Legislature Passes Climate Bill")
    comp = compare([right, wire])
    assert comp.headline_flags and all(f.where == "title" for f in comp.headline_flags)
    assert all(f.where == "text" for f in comp.flags)
    data = json.loads(json.dumps(comp.to_dict()))
    assert all(f["where"] == "title" for f in data["headline_flags"])
    assert all("where" not in f for f in data["flags"])  # body flags keep the schema's shape
    back = Comparison.from_dict(data)
    assert back.headline_flags == comp.headline_flags


def test_a_headline_with_its_own_judgement_is_named_not_called_plain() -> None:
    """'far-right' in the wire's headline: the partisan headline is not 'without it' when it says
    'extremists'; the plain one is."""
    wire = Article(
        "w",
        "Wire",
        "The motion passed on Friday.",
        title="Merz wins vote with help of far-right AfD",
    )
    partisan = Article(
        "p", "Partisan", "The motion passed on Friday.", title="Extremists rescue Merz motion"
    )
    plain = Article("n", "Neutral", "The motion passed on Friday.", title="Merz motion passes")
    flags = headline_flags([wire, partisan, plain], default_lexicon())
    (far_right,) = [f for f in flags if f.article == "w" and f.text == "far-right"]
    assert "Neutral headlines the story without it" in far_right.explanation
    assert "Partisan writes 'Extremists'" in far_right.explanation


def test_another_headline_is_quoted_as_it_is_written_not_as_it_was_read() -> None:
    """A title-case headline is read in lower case; quoting it back must keep its capitals, so a
    reader can find the words in that headline."""
    body = "The motion passed on Friday."
    wire = Article("w", "Wire", body, title="Merz wins vote with help of far-right AfD")
    partisan = Article("p", "Partisan", body, title="Radical Extremists Rescue Merz Motion")
    flags = headline_flags([wire, partisan], default_lexicon())
    (far_right,) = [f for f in flags if f.article == "w" and f.text == "far-right"]
    assert "Partisan writes 'Radical' and 'Extremists' instead" in far_right.explanation


def test_a_work_titled_in_a_title_case_headline_is_named_and_a_scare_quote_is_not() -> None:
    """Read in lower case, a title-case headline's capitals say nothing; what stands beside the
    quotation ("Production of", "Drama") still says it names a work."""
    lex = default_lexicon()
    for title in (
        "Touring Production of 'The Idiot' Opens at Kingsway Theatre",
        "Film Crew Begins Shoot on Coastal Drama 'The Wreckers'",
        "Medieval 'Apocalypse' tapestry to be cleaned in year-long project",
    ):
        assert headline_flags([_article("a", title)], lex, compare=False) == (), title
    scare = headline_flags(
        [_article("b", "Council Bulldozes Through 'Clean Air' Cash Grab")], lex, compare=False
    )
    assert "'Clean Air'" in [f.text for f in scare if f.category == "scare-quote"]


@pytest.mark.parametrize(
    "title",
    [
        # stop-23d blind probe: plain headlines on food, travel, housing, money, nature, history,
        # fashion, games, strikes, parliament, local stories, transfers and markets, in title
        # case and sentence case, with words that have a loaded and a literal sense
        "Chef Serves Monster Burger to Raise Money for Charity",
        "Locust Plague Threatens Harvest in East Africa",
        "Invasive Hornets Spotted in Kent for First Time",
        "Killer Whales Sink Yacht Off Portugal",
        "Abattoir Fined After Slaughter Rules Breached",
        "House Prices Slump as Mortgage Rates Bite",
        "Rents Soar in Capital as Supply Dries Up",
        "Savers Hit as Banks Cut Rates",
        "Train drivers vote to strike over pay",
        "Nurses stage walkout at 12 hospitals",
        "Union Rejects Final Pay Offer",
        "MPs back assisted dying bill at second reading",
        "Lords Defeat Government on Planning Bill",
        "Striker Seals £45m Move to Milan",
        "Goalkeeper Completes Transfer After Medical",
        "Elite Runners Set for London Marathon",
        "Stocks Tumble as Tech Sell-Off Deepens",
        "Oil surges after supply cut",
        "Pound Slides Against Dollar",
        "Gold hits record high",
        "Correction: council spending figure",
        "Village Celebrates 100th Birthday of Oldest Resident",
        "Lost dog walks 40 miles home",
        "Zombie Game Tops Sales Chart",
        "Scientists Find Alien Species in Thames Estuary",
        "Swarms of jellyfish close three beaches",
        "Airlines warn of brutal summer schedule",
        "Riders face savage climb on final stage",
        "Kitchen infested with cockroaches, inspectors find",
        "Union members vote overwhelmingly to strike",
        "Swarms of Jellyfish Close Three Beaches",
        "Airlines Warn of Brutal Summer Schedule",
        # the small model reads these verbs as nouns ("grips", "hijacks") in lower case
        "Brutal Heatwave Grips Southern Europe",
        "Brutal heatwave grips southern Europe",
        "Brutal Cold Snap Grips Midwest",
        "Virus Hijacks Cell Machinery",
        "Ransomware Hijacks Hospital Computers",
        # ... or the headline's first word as a verb ("parasite" read as "to parasite")
        "Parasite Hijacks Host Immune System",
    ],
)
def test_a_plain_headline_using_a_loaded_words_literal_sense_is_not_flagged(title: str) -> None:
    assert headline_flags([_article("a", title)], default_lexicon(), compare=False) == ()


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Hordes of migrants descend on border town", {"Hordes", "descend on"}),
        ("Town infested with drug gangs", {"infested"}),
        ("Union Barons Hold Country to Ransom", {"Union Barons", "Hold Country to Ransom"}),
        ("Greedy landlords bleed tenants dry", {"Greedy landlords", "bleed tenants dry"}),
        # the same verbs read as nouns, with the framing sense: people do it
        ("Union Hijacks Pension Debate", {"Hijacks"}),
    ],
)
def test_the_same_words_said_of_people_in_a_headline_are_flagged(
    title: str, words: set[str]
) -> None:
    flags = headline_flags([_article("a", title)], default_lexicon(), compare=False)
    assert words <= {f.text for f in flags}


@pytest.mark.parametrize(
    "title", ["Tycoon Hijacks Party Conference", "Tycoon hijacks party conference"]
)
def test_a_headline_verb_the_model_runs_into_a_name_is_still_found(title: str) -> None:
    """In lower case the model tags "hijacks" a proper noun and leaves it whole; the entry
    "hijack" still finds it, and a person who hijacks a conference is the framing sense."""
    flags = headline_flags([_article("a", title)], default_lexicon(), compare=False)
    assert any("hijacks" in f.text.lower() and f.category == "loaded" for f in flags)


def test_a_cruel_act_before_a_misread_headline_verb_is_still_flagged() -> None:
    """The words before a verb read as a noun are what "brutal" describes: a crackdown is cruel."""
    title = "Brutal Crackdown Grips Capital"
    flags = headline_flags([_article("a", title)], default_lexicon(), compare=False)
    assert [f.text.split()[0] for f in flags if f.category == "loaded"] == ["Brutal"]


#: A body that writes no name mid-sentence: nothing in it says which headline words are names.
NAMELESS_BODY = "the council met on tuesday and voted on the plan."


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Far-Left Radicals Storm City Hall", {"Far-Left", "Radicals"}),
        ("Radical Leftists Seize Control Of Council", {"Radical", "Leftists"}),
        ("Corrupt Elites Dodge Tax Again", {"Corrupt", "Elites", "Dodge"}),
    ],
)
def test_judging_words_title_case_runs_into_a_name_stay_the_outlets(
    title: str, words: set[str]
) -> None:
    # The small model reads each of these headlines as one organisation's name; with no body
    # name to go by, every word of it had counted as a name and nothing was flagged.
    article = Article("a", "A", NAMELESS_BODY, title=title)
    flags = headline_flags([article], default_lexicon(), compare=False)
    assert {f.text for f in flags} == words


@pytest.mark.parametrize("title", ["Loony Tunes Reboot Announced", "Liberal Democrats Gain Seat"])
def test_a_judging_word_before_a_plain_thing_stays_part_of_a_name(title: str) -> None:
    article = Article("a", "A", NAMELESS_BODY, title=title)
    assert headline_flags([article], default_lexicon(), compare=False) == ()


def test_whose_words_a_headlines_flag_are_is_said_before_what_the_others_write() -> None:
    """ "Hero officer ..., police say": the note that the words are reported speech is about
    them, so it comes before the other headlines; at the end it read as said of the last
    outlet's words ("and Left News writes 'gunned down' (reported speech: ...)")."""
    right = _article("right", "Hero officer stopped armed robber, police say")
    left = _article("left", "Thugs in uniform gun down teenager")
    wire = _article("wire", "Police shoot man after robbery")
    flags = headline_flags([right, left, wire], default_lexicon())
    (hero,) = [f for f in flags if "Hero" in f.text]
    assert hero.reported
    assert hero.explanation.endswith(
        " a hero (reported speech: the outlet attributes the words to someone it names);"
        " Wire News headlines the story without it, and Left News writes 'Thugs in uniform'."
    )


def _first_line_flags(headline: str, body: str = BODY) -> list[tuple[str, str]]:
    """The lexical flags a body that opens with ``headline`` on its own line has in that line."""
    text = f"{headline}\n\n{body}"
    spans = framing.lexical_flag_spans(text, nlp.parse(text), default_lexicon())
    return [(text[s:e], c) for s, e, c, _ in spans if e <= len(headline)]


def _title_flags(headline: str, body: str = BODY) -> list[tuple[str, str]]:
    article = Article("a", "A News", body, title=headline)
    return [(f.text, f.category) for f in headline_flags([article], default_lexicon())]


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Parents Revolt Over Woke Curriculum", "Woke"),
        ("The War on Gas Stoves", "War on Gas Stoves"),
        ("Union-Busting Blitz Hits Warehouse Workers", "Union-Busting"),
        ("Mayor Blasts Radical Protesters", "Blasts"),
        ("SHAME OF THE TAX GRAB", "TAX GRAB"),
    ],
)
def test_a_title_case_first_line_is_read_as_the_title_is(headline: str, word: str) -> None:
    # PTC articles and pasted text open with their headline: its capitals are not all names.
    in_body = _first_line_flags(headline)
    assert any(word in text for text, _ in in_body)
    assert in_body == _title_flags(headline)


def test_a_title_case_first_line_flags_what_lower_case_flags() -> None:
    lower = _first_line_flags("Democrats slam tax plan")
    assert lower and all(not text.startswith("Democrats") for text, _ in lower)
    titled = _first_line_flags("Democrats Slam Tax Plan")
    assert [(t.lower(), c) for t, c in titled] == lower


def test_a_name_the_body_writes_stays_a_name_in_a_title_case_first_line() -> None:
    body = "The Patriots beat the Jets 27-24 in overtime on Sunday, with two late field goals."
    assert _first_line_flags("Patriots Beat Jets In Overtime", body) == []
    assert _first_line_flags("Biden Signs Bill", "Biden signed the bill on Tuesday.") == []


def test_a_label_ending_a_title_case_compound_is_flagged_where_the_model_reads_it_as_a_name() -> (
    None
):
    # Read in lower case, "bureaucrats" after "eco-" is tagged a name: it is still the label.
    headline = "Eco-Bureaucrats Fine Baker $9,000 for Paving His Own Yard"
    body = "Tom Reyes was told on Monday that he owed the county for his new driveway."
    assert any("Bureaucrats" in text for text, _ in _title_flags(headline, body))
    assert any("Bureaucrats" in text for text, _ in _first_line_flags(headline, body))


def test_a_name_opening_a_flagged_phrase_is_cut_from_the_flag_not_the_label_with_it() -> None:
    headline = "Northern Sports Bureaucrats Ban Our Runners From Final"
    body = "The Northern league said on Friday that the two runners had missed a filing date."
    flags = _title_flags(headline, body)
    assert any("Bureaucrats" in text for text, _ in flags)
    assert all("Northern" not in text for text, _ in flags)


def test_a_label_word_that_is_a_name_in_the_body_stays_a_name_in_the_headline() -> None:
    body = "The Barons, the city's hockey team, will play at the new arena from next season."
    assert _title_flags("Barons Back New Stadium Plan", body) == []
    assert _first_line_flags("Barons Back New Stadium Plan", body) == []
    body = "Lena Crook, the farm minister, said on Monday that the rules would stay."
    assert _title_flags("Crook Says Farm Rules Will Stay", body) == []


@pytest.mark.parametrize(
    "headline", ["Senator Savage Backs Farm Bill", "Judge Savage Jails Smuggler"]
)
def test_a_word_after_an_office_title_is_a_name(headline: str) -> None:
    # The body need not name the person: the title says a name follows.
    body = "The measure passed on Tuesday by 61 votes to 39."
    assert _title_flags(headline, body) == []
    assert _first_line_flags(headline, body) == []
    # Written as the verb after the title, the word is the outlet's again.
    assert ("Blasts", "loaded") in _title_flags("Mayor Blasts Radical Protesters", body)


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("Minister Berates Rivals Over Budget", "Berates"),
        ("Minister Squanders Surplus On Stadium", "Squanders"),
        ("Mayor Hijacks Budget Talks", "Hijacks"),
    ],
)
def test_a_judging_verb_after_an_office_title_is_the_headlines_verb(
    headline: str, verb: str
) -> None:
    """The small model often reads the "-s" verb after "Minister" or "Mayor" as a name or a
    noun; a name is written as itself, and "Berates" is only an inflection of "berate"."""
    body = "The measure passed on Tuesday by 61 votes to 39."
    assert any(verb in text for text, _ in _title_flags(headline, body))
    assert any(verb in text for text, _ in _first_line_flags(headline, body))
    # A name that is the entry itself is still a name after the title.
    assert _title_flags("Senator Savage Backs Farm Bill", body) == []


@pytest.mark.parametrize(
    "headline", ["The War on Gas Stoves Heats Up", "Parents Revolt Over Woke Curriculum"]
)
def test_a_body_repeating_its_title_case_headline_vouches_for_no_name_in_it(
    headline: str,
) -> None:
    """The body's copy of the headline writes every word capitalised mid-line; read as the
    body's names, they made the title's framing a name and dropped it."""
    alone = _title_flags(headline)
    assert alone
    assert _title_flags(headline, f"{headline}\n\n{BODY}") == alone


@pytest.mark.parametrize(
    "owned", ["Tom Savage said", "Tom Savage's office said", "Tom Savage’s aide said"]
)
def test_a_name_the_body_writes_with_a_possessive_stays_a_name_in_the_headline(owned: str) -> None:
    body = f"The bill passed on Tuesday, and {owned} he was pleased."
    assert _title_flags("Tom Savage Backs Farm Bill", body) == []
    # Where the body names someone else, the headline's "Savage" is the outlet's word again.
    other = body.replace("Tom Savage", "Ann Bray")
    assert ("Savage", "loaded") in _title_flags("Tom Savage Backs Farm Bill", other)


_STRIKE = (
    "An airstrike hit a market in Karsk on Monday, killing eleven people, the health ministry"
    " said. The army said the strike targeted a weapons depot behind the market."
)


def _contested_headlines(comp: Comparison) -> list[tuple[str, str, str]]:
    return [
        (f.article, f.text, f.explanation)
        for f in comp.headline_flags
        if f.rule == "rule:contested-word"
    ]


def test_a_headlines_massacre_is_read_against_the_others_plain_word() -> None:
    """A headline lines up with no claim, yet it names the story's event: its loaded word is
    answered by the others' headline, and the headline is the flag's place."""
    loaded = Article("a0", "The Partisan", _STRIKE, title="Massacre at Karsk Market")
    wire = Article("a1", "Wire", _STRIKE, title="Airstrike on Karsk market kills eleven")
    comp = compare([loaded, wire])
    ((article, text, explanation),) = _contested_headlines(comp)
    assert (article, text) == ("a0", "Massacre")
    assert explanation == (
        "In the headline, 'Massacre' is this outlet's word for the attack;"
        " Wire writes 'airstrike' in the headline."
    )
    (flag,) = [f for f in comp.headline_flags if f.rule == "rule:contested-word"]
    assert flag.where == "title" and flag.evidence == "comparative"
    assert [(c.article, c.answer) for c in flag.counterparts] == [("a1", "Airstrike")]


def test_a_headlines_massacre_is_answered_by_the_others_lead_not_their_background() -> None:
    """With no plain word in the others' headline, an act is answered from their lead only: a
    strike told further down may be another one."""
    loaded = Article("a0", "The Partisan", _STRIKE, title="Massacre at Karsk Market")
    untitled = Article("a1", "Wire", _STRIKE)
    (row,) = _contested_headlines(compare([loaded, untitled]))
    assert row[2].endswith("Wire writes 'airstrike' in the lead.")
    late = "Eleven people died at a market in Karsk on Monday, the health ministry said."
    background = (
        f"{late} Rescue teams searched the rubble into the night."
        " Residents recalled that a strike in 2019 hit the same district."
    )
    assert not _contested_headlines(compare([loaded, Article("a1", "Wire", background)]))


def test_a_headlines_massacre_is_not_flagged_when_another_outlet_writes_it_too() -> None:
    loaded = Article("a0", "The Partisan", _STRIKE, title="Massacre at Karsk Market")
    body = _STRIKE.replace("The army said the strike", "Witnesses called it a massacre; the strike")
    wire = Article("a1", "Wire", body, title="Airstrike on Karsk market kills eleven")
    assert not _contested_headlines(compare([loaded, wire]))
    quoted = Article("a0", "The Partisan", _STRIKE, title='"Massacre" at Karsk, says mayor')
    assert not _contested_headlines(compare([quoted, wire]))


def test_a_scare_quoted_headline_word_is_what_the_others_headline_without() -> None:
    """ "the quotation marks around "cure" distance the outlet ...; wire headlines the story
    without it" read as if the others left out the quotation marks."""
    sceptic = _article("sceptic", 'Scientists\' "cure" for ageing fails in mice')
    wire = _article("wire", "Drug slows ageing in lab mice, team says")
    (flag,) = [f for f in headline_flags([sceptic, wire], default_lexicon()) if f.text == '"cure"']
    assert flag.category == "scare-quote"
    assert flag.explanation.endswith("; Wire News headlines the story without 'cure'.")


def test_three_other_headlines_are_named_as_one_list() -> None:
    """ "Meridian Press headlines the story without it; trade writes ...; worker writes ..."
    joined three parts with semicolons where two read as a list with "and"."""
    right = _article("right", "Hero officer stopped armed robber, police say")
    left = _article("left", "Thugs in uniform gun down teenager")
    blue = _article("blue", "Brutal police gun down teenager")
    wire = _article("wire", "Police shoot man after robbery")
    flags = headline_flags([right, left, blue, wire], default_lexicon())
    (hero,) = [f for f in flags if "Hero" in f.text]
    assert hero.explanation.endswith(
        "; Wire News headlines the story without it, Left News writes 'Thugs in uniform', and"
        " Blue News writes 'Brutal'."
    )


def _headline_words(title: str, body: str) -> list[str]:
    """The words each of a headline's cues covers, read as the app reads a title."""
    cues, _, doc = framing.headline_cues(title, body, default_lexicon())
    return [doc[c.start : c.end].text.lower() for c in cues]


@pytest.mark.parametrize(
    "title",
    [
        "Toxic spill poisons the Varda as police move in on protesters",
        "Toxic Spill Poisons the Varda as Police Move In on Protesters",
    ],
)
def test_a_headlines_verb_read_as_a_noun_is_held_to_the_verbs_bar(title: str) -> None:
    """The body's "poisoning" is a verb, which the sentiment lists never flag; in the headline
    the model reads "poisons" as the noun the line hangs on, with the river beside it as a
    name, and it was flagged as an epithet on a named actor, or swallowed into a widened
    flag. The headline's verb follows the body's rule."""
    body = "Residents said the plant was poisoning the Varda river."
    assert not any("poisons" in words for words in _headline_words(title, body))


def test_a_sentiment_noun_on_a_name_in_a_headline_stays_an_epithet() -> None:
    body = "Mayor Ola Venn spoke on Monday."
    assert "liar" in _headline_words("Liar Venn Faces Council Vote", body)
