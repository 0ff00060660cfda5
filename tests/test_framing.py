"""Framing flags: the seed regression, comparative evidence, quotations, overrides, neutral copy."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from entity_reads import CountingDoc, counting_parse
from reader.core import align, claims, counterparts, framing, nlp, rule_cues
from reader.core.compare import compare
from reader.core.framing_cues import lexical_cues
from reader.core.lexicon import Lexicon, LexiconEntry, default_lexicon
from reader.core.model import (
    LEXICAL_CATEGORIES,
    Alignment,
    AlignmentMember,
    Article,
    Claim,
    Comparison,
    Flag,
)
from reader.core.opinions import _modals_at, unattributed_opinions
from token_reads import DocReads, TokenCountingDoc, token_counting_parse


def _flags(
    articles: Sequence[Article],
    groups: Sequence[Alignment] = (),
    lexicon: Lexicon | None = None,
    claim_map: dict[str, tuple[Claim, ...]] | None = None,
) -> list[Flag]:
    docs = nlp.parse_many([a.text for a in articles])
    if claim_map is None:
        claim_map = {a.id: claims.extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    return framing.find_flags(articles, claim_map, groups, docs, lexicon or default_lexicon())


def _one_claim(article: Article) -> tuple[Claim, ...]:
    return (Claim(f"{article.id}/c1", article.id, 0, len(article.text), article.text, 0),)


def _pair(a: Article, b: Article) -> tuple[dict[str, tuple[Claim, ...]], list[Alignment]]:
    claim_map = {a.id: _one_claim(a), b.id: _one_claim(b)}
    group = Alignment(
        "g1",
        0.9,
        (
            AlignmentMember(a.id, f"{a.id}/c1", 0, len(a.text)),
            AlignmentMember(b.id, f"{b.id}/c1", 0, len(b.text)),
        ),
    )
    return claim_map, [group]


def _covering(flags: Sequence[Flag], text: str, phrase: str) -> list[Flag]:
    start = text.index(phrase)
    end = start + len(phrase)
    return [f for f in flags if f.start < end and start < f.end]


def test_seed_obvious_framing_is_flagged_and_names_are_not(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    article = Article("seed", "Seed outlet", text)
    flags = _flags([article])
    expected = {
        "dictator": {"label"},
        "Communist China": {"label"},
        "supposed framework": {"hedge", "scare-quote"},
        "proxy war": {"loaded", "label"},
        "neo-liberal": {"label", "loaded"},
    }
    lexical = [f for f in flags if f.category in LEXICAL_CATEGORIES]
    for phrase, categories in expected.items():
        hits = _covering(lexical, text, phrase)
        assert hits, phrase
        assert {f.category for f in hits} & categories, (phrase, [f.category for f in hits])
    for name in ("Xi Jinping", "Wang Yi", "Emmanuel Bonne", "President Joe Biden"):
        pos = 0
        while (pos := text.find(name, pos)) >= 0:
            hits = [f for f in lexical if f.start < pos + len(name) and pos < f.end]
            assert hits == [], (name, [f.text for f in hits])
            pos += len(name)
    dictator = _covering(lexical, text, "dictator")[0]
    assert "Xi Jinping" in dictator.explanation
    assert dictator.rule == "lexicon:label:dictator"
    assert dictator.evidence == "intrinsic"
    assert not any(f.category == "unique-claim" for f in flags)  # one article: nothing to compare


def test_flag_ids_are_unique_and_spans_exact(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    flags = _flags([Article("seed", "Seed outlet", text)])
    assert [f.id for f in flags] == [f"f{i}" for i in range(1, len(flags) + 1)]
    for f in flags:
        assert text[f.start : f.end] == f.text
        assert f.explanation.endswith(".") and f.explanation.count(". ") == 0


def test_label_against_neutral_title_is_comparative_with_counterparts() -> None:
    a = Article(
        "a",
        "Daily Beacon",
        "Chinese dictator Xi Jinping met French officials in Beijing on Tuesday to discuss peace.",
    )
    b = Article(
        "b",
        "Meridian Wire",
        "Chinese President Xi Jinping met French officials in Beijing on Tuesday to discuss peace.",
    )
    claim_map, groups = _pair(a, b)
    flags = _flags([a, b], groups, claim_map=claim_map)
    (flag,) = [f for f in flags if f.article == "a" and f.text == "dictator"]
    assert flag.category == "label"
    assert flag.evidence == "comparative"
    assert flag.alignment == "g1"
    assert [c.article for c in flag.counterparts] == ["b"]
    # The counterpart is narrowed to the words the wire uses for the same actor.
    assert flag.counterparts[0].text == "President Xi Jinping"
    assert "Meridian Wire calls Xi Jinping 'President Xi Jinping' here" in flag.explanation
    assert not [f for f in flags if f.article == "b" and f.category in LEXICAL_CATEGORIES]
    alone = _flags([a], claim_map={"a": claim_map["a"]})
    (intrinsic,) = [f for f in alone if f.text == "dictator"]
    assert flag.confidence > intrinsic.confidence


def test_reporting_verb_swap_claimed_vs_said() -> None:
    a = Article(
        "a", "Post", "The minister claimed that the new budget would cut hospital waiting times."
    )
    b = Article(
        "b", "Wire", "The minister said that the new budget would cut hospital waiting times."
    )
    claim_map, groups = _pair(a, b)
    flags = _flags([a, b], groups, claim_map=claim_map)
    (flag,) = [f for f in flags if f.category == "attribution"]
    assert flag.article == "a" and flag.text == "claimed"
    assert flag.evidence == "comparative"
    assert "'said'" in flag.explanation


@pytest.mark.parametrize(
    "verb", ["moaned", "grumbled", "griped", "carped", "bleated", "gloated", "crowed", "whined"]
)
def test_a_verb_that_casts_speech_as_complaint_or_gloating_is_set_against_said(verb: str) -> None:
    """ "moaned that ..." reports speech as "whined" does: the verb is the outlet's slant, shown
    against the other outlet's plain "said", and the words quoted after it are the speaker's."""
    sentence = 'The union {} that the fall was "far too small" to help patients.'
    a = Article("a", "Post", sentence.format(verb))
    b = Article("b", "Wire", sentence.format("said"))
    claim_map, groups = _pair(a, b)
    flags = [f for f in _flags([a, b], groups, claim_map=claim_map) if f.article == "a"]
    (flag,) = [f for f in flags if f.category == "attribution"]
    assert flag.text == verb and "'said'" in flag.explanation
    assert not [f for f in flags if f.category == "scare-quote"]


@pytest.mark.parametrize(
    "text",
    [
        "A carp swam in the pond below the old mill.",
        "The sheep bleated in the field all night.",
        "Crows gathered on the power line as the train passed.",
        "He gripped the rail as the ferry turned.",
    ],
)
def test_the_animal_or_plain_senses_of_those_verbs_report_no_speech(text: str) -> None:
    assert not [f for f in _flags([Article("a", "Post", text)]) if f.category == "attribution"]


def test_a_reporting_verb_swap_names_every_outlet_that_writes_the_plain_verb() -> None:
    # Three outlets write "said" or "told"; naming only the first made one outlet's "claimed"
    # look like a choice between two outlets rather than against all the others.
    sentence = "{} reporters that the new budget would cut hospital waiting times."
    articles = [
        Article("a", "Post", sentence.format("The minister claimed to")),
        Article("b", "Wire", sentence.format("The minister said to")),
        Article("c", "Tribune", sentence.format("The minister told")),
        Article("d", "Herald", sentence.format("The minister said to")),
    ]
    claim_map = {a.id: _one_claim(a) for a in articles}
    group = Alignment(
        "g1", 0.9, tuple(AlignmentMember(a.id, f"{a.id}/c1", 0, len(a.text)) for a in articles)
    )
    flags = _flags(articles, [group], claim_map=claim_map)
    (flag,) = [f for f in flags if f.category == "attribution"]
    assert flag.text == "claimed"
    assert flag.explanation.endswith(
        "; Wire and Herald write 'said', and Tribune writes 'told' here."
    )


def test_a_reporting_verb_swap_says_the_verb_each_outlet_writes_in_the_aligned_claim() -> None:
    """The Tribune writes "admit" where the Sentinel writes "insists"; its other claim in the
    group, in which parents "said" something, is someone else's report and must not make the
    note say the Tribune writes 'said' there."""
    articles = [
        Article("a", "Sentinel", "The health department insists that the outbreak is serious."),
        Article(
            "b",
            "Tribune",
            "The outbreak is serious, health chiefs admit. Parents said they felt abandoned.",
        ),
        Article("c", "Wire", "The health department said that the outbreak is serious."),
    ]
    docs = nlp.parse_many([a.text for a in articles])
    claim_map = {a.id: claims.extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    members = tuple(
        AlignmentMember(a.id, c.id, c.start, c.end) for a in articles for c in claim_map[a.id]
    )
    flags = framing.find_flags(
        articles, claim_map, [Alignment("g1", 0.9, members)], docs, default_lexicon()
    )
    (insists,) = [f for f in flags if f.article == "a" and f.category == "attribution"]
    assert "Tribune writes 'admit', and Wire writes 'said' here" in insists.explanation
    assert "Tribune and Wire" not in insists.explanation


def test_a_quotation_carried_on_from_a_said_writes_no_verb_of_its_own() -> None:
    """ "Lin said. 'The plan is an honest offer.'": the second sentence is reported by the
    "said" before it, but writes no verb where the other outlet writes "claimed"."""
    articles = [
        Article("a", "Post", '"We want peace," Lin said. He claimed the plan was an honest offer.'),
        Article("b", "Wire", '"We want peace," Lin said. "The plan is an honest offer."'),
    ]
    docs = nlp.parse_many([a.text for a in articles])
    claim_map = {a.id: claims.extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    offer = {a.id: next(c for c in claim_map[a.id] if "offer" in c.text) for a in articles}
    members = tuple(AlignmentMember(k, c.id, c.start, c.end) for k, c in offer.items())
    flags = framing.find_flags(
        articles, claim_map, [Alignment("g1", 0.9, members)], docs, default_lexicon()
    )
    (claimed,) = [f for f in flags if f.article == "a" and f.category == "attribution"]
    assert "writes 'said'" not in claimed.explanation


def test_a_clause_split_from_a_said_is_reported_by_that_said() -> None:
    """ "The company said the update caused the errors and that few answers were affected": the
    second clause is its own claim, but the "said" of its sentence reports it, and answers the
    other outlet's "claimed" (found by the ``chatbot`` event, whose note said the wire reported
    the claim "without it")."""
    articles = [
        Article(
            "a", "Post", "The company claimed that fewer than 0.1 percent of answers were affected."
        ),
        Article(
            "b",
            "Wire",
            "The company said a software update on Friday had caused the errors and that fewer"
            " than 0.1 percent of answers were affected.",
        ),
    ]
    docs = nlp.parse_many([a.text for a in articles])
    claim_map = {a.id: claims.extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    share = {a.id: next(c for c in claim_map[a.id] if "0.1" in c.text) for a in articles}
    assert "said" not in share["b"].text  # the wire's sentence is split into two claims
    members = tuple(AlignmentMember(k, c.id, c.start, c.end) for k, c in share.items())
    flags = framing.find_flags(
        articles, claim_map, [Alignment("g1", 0.9, members)], docs, default_lexicon()
    )
    (claimed,) = [f for f in flags if f.article == "a" and f.category == "attribution"]
    assert "Wire writes 'said' here" in claimed.explanation


def test_plain_claim_responsibility_is_not_a_reporting_verb() -> None:
    a = Article("a", "Wire", "The group claimed responsibility for the attack on Sunday.")
    assert not [f for f in _flags([a]) if f.category == "attribution"]


def test_a_quotation_that_ends_the_paragraph_before_is_not_what_a_verb_reports() -> None:
    """ "conceded" after a paragraph that closes a quotation is the candidate conceding the race,
    not a reporting verb chosen for a quotation."""
    text = 'The winner told supporters: "I will serve everyone."\n\nSorensen conceded on Monday.'
    assert not [f for f in _flags([Article("a", "Wire", text)]) if f.category == "attribution"]
    quoting = '"We lost," Sorensen conceded on Monday.'
    flags = _flags([Article("b", "Post", quoting)])
    assert [f.text for f in flags if f.category == "attribution"] == ["conceded"]


def test_explanations_give_no_wording_advice_inside_a_quotation_and_drop_its_comma() -> None:
    quoting = 'The senator said the firm ran "a scam" on Friday.'
    (word,) = [f for f in _flags([Article("a", "Wire", quoting)]) if f.category == "loaded"]
    assert word.quoted and "neutral wording" not in word.explanation
    (plain,) = _flags([Article("a", "Wire", "The firm ran a scam.")])
    assert "neutral wording: 'plan'" in plain.explanation
    scare = 'The governor blocked logging in the name of "forest health," and fires grew.'
    (flag,) = [f for f in _flags([Article("b", "Post", scare)]) if f.category == "scare-quote"]
    assert 'around "forest health" distance' in flag.explanation


def test_a_speakers_own_reporting_verb_is_not_the_outlets_choice_of_verb() -> None:
    """ "I insist" inside a quotation is how the speaker talks; the outlet chose only "said"."""
    for text in (
        'Asked about the photo, Muhammad said, "I insist. We admit nothing."',
        'The firm "harms the consumers it claims to protect," the senator said on Friday.',
    ):
        assert not [f for f in _flags([Article("a", "Wire", text)]) if f.category == "attribution"]
    outlet = 'The senator claimed the firm "harms consumers" on Friday.'
    assert [
        f.text for f in _flags([Article("b", "Post", outlet)]) if f.category == "attribution"
    ] == ["claimed"]


def test_words_inside_a_quotation_are_marked_quoted() -> None:
    quoted = Article(
        "q",
        "Post",
        "“This plan is a disgraceful sham,” Senator Ann Cole told reporters on Tuesday.",
    )
    plain = Article("p", "Post", "The plan is a disgraceful sham, and the senate should reject it.")
    qflags = [f for f in _flags([quoted]) if f.category in LEXICAL_CATEGORIES]
    pflags = [f for f in _flags([plain]) if f.category in LEXICAL_CATEGORIES]
    assert qflags and all(f.quoted for f in qflags)
    assert all("speaker's words" in f.explanation for f in qflags)
    assert pflags and not any(f.quoted for f in pflags)
    assert max(f.confidence for f in qflags) < max(f.confidence for f in pflags)


def test_scare_quotes_without_a_speaker() -> None:
    a = Article("a", "Post", "The ministry unveiled its “reform” of the pension system on Monday.")
    flags = _flags([a])
    (flag,) = [f for f in flags if f.category == "scare-quote"]
    assert flag.text == "“reform”"
    assert not flag.quoted


@pytest.mark.parametrize(
    "text",
    [
        # titles of works, in title case or one capitalised word in a list of them
        'His films include "Summer of Sam," "Enough" and "Do the Right Thing."',
        '"Three Weeks in October" goes on sale on Monday.',
        # one word capitalised in mid-sentence where running text would not capitalise it
        'Tickets for "Nightfall" go on sale on Monday.',
        # a line set out after a colon: a sign, a banner, words someone uttered
        'A banner over the crowd read: "Thirty years waiting for you."',
        '"Thirty years waiting for you," read one banner over the crowd.',
        # the words on a sign or a banner, quoted straight after "reading" or "saying"
        'Protesters carried banners reading "Tax the rich" outside the bank.',
        'Marchers held placards that read "hands off our pensions" at the gates.',
        'A sign reading "no entry" hung on the gate.',
        # a nickname between a first and a last name
        "Former linebacker William 'the Fridge' Perry signed autographs on Sunday.",
        # a gloss and a name given
        'The season takes its name from the Latin adventus, which means "coming."',
        'Regulators are studying a practice known as "bundling" in the industry.',
        # a partial quotation after a verb that reports or characterises what someone said
        'Blair blamed "personal issues" for his resignation on Friday.',
        'Abbas denounced the strike as a "criminal" act.',
        'He urged employees to "avoid complacency" in the coming year.',
        # after a verb that casts how someone spoke, the words are still the speaker's (census)
        'The party leader ranted that the figures were "a wake-up call".',
        'The minister boasted that the budget was "a triumph".',
    ],
)
def test_quoted_names_lines_and_partial_quotations_are_not_scare_quotes(text: str) -> None:
    assert not [f for f in _flags([Article("a", "Wire", text)]) if f.category == "scare-quote"]


@pytest.mark.parametrize("verb", ["lectured", "hectored", "harangued", "scolded"])
def test_quoted_words_after_a_verb_of_talking_down_are_the_speakers(verb: str) -> None:
    """ "lectured the council about its "shameful mess"": the verb casts how the minister spoke
    and is flagged as the outlet's, but the words quoted after it are still the minister's.
    The same quoted words with no one reported speaking stay the outlet's."""
    text = f'The minister {verb} the council about its "shameful mess" at the hospital.'
    flags = {f.text: f for f in _flags([Article("a", "Post", text)])}
    assert flags[verb].category == "loaded" and not flags[verb].quoted
    assert flags["shameful mess"].quoted
    plain = 'The council left a "shameful mess" at the hospital.'
    (mess,) = [f for f in _flags([Article("a", "Post", plain)]) if "mess" in f.text]
    assert not mess.quoted


def test_a_quoted_word_capitalised_by_nature_is_still_a_scare_quote() -> None:
    """Only a capital the word would not have in running text makes it a name: a group's name
    keeps its capital anywhere, so the marks around it still keep a distance."""
    text = "The group runs a “Christian” charity in the town."
    flags = [f for f in _flags([Article("a", "Post", text)]) if f.category == "scare-quote"]
    assert [f.text for f in flags] == ["“Christian”"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The theatre will stage a new adaptation of the novel "The Idiot" next season.', "Idiot"),
        ('"Savage Coast," a thriller set on an island, topped the box office.', "Savage"),
        ('The single "Liar in the Kitchen" entered the chart at number 12.', "Liar"),
        ('"Heartless Summer" by singer Lina Korr was the most-played track.', "Heartless"),
        ("Bassist Rory 'Wrecking Ball' Dunne co-wrote six songs.", "Wrecking"),
        ('The name comes from the Greek words for "tyrant" and "lizard".', "tyrant"),
        ('The room shows "degenerate art," the term officials used in 1937.', "degenerate"),
        ("The firm paid $92 million under the Foreign Corrupt Practices Act.", "Corrupt"),
        ('The exam board added "The Grapes of Wrath" to its list of set texts.', "Wrath"),
        ("The House passed the Drain the Swamp Act by 232 votes to 198 on Thursday.", "Swamp"),
    ],
)
def test_words_inside_a_name_or_a_gloss_frame_nothing(text: str, word: str) -> None:
    """A title, a nickname, a gloss or a law's name is named, not used: nothing in it is flagged."""
    flags = _flags([Article("a", "Wire", text)])
    assert not [f for f in flags if word in f.text], [(f.text, f.category) for f in flags]


def test_a_court_paper_claims_plainly_and_an_admitted_act_is_a_plea() -> None:
    for text in (
        "The lender settled a lawsuit claiming it charged interest above the legal limit.",
        "Two states filed a lawsuit on Thursday, claiming the law was unconstitutional.",
        "The woman admitted stalking her former employer and was given a community order.",
    ):
        assert not [f for f in _flags([Article("a", "Wire", text)]) if f.category == "attribution"]
    for text, verb in (
        ("The minister claimed the plan would cut waiting times.", "claimed"),
        ("The minister admitted that the plan had failed.", "admitted"),
    ):
        flags = _flags([Article("b", "Post", text)])
        assert [f.text for f in flags if f.category == "attribution"] == [verb]


def test_a_phrase_the_outlet_holds_at_a_distance_is_still_a_scare_quote() -> None:
    text = 'The "reform" will cost families dearly, and nobody was consulted.'
    flags = _flags([Article("a", "Post", text)])
    assert [f.text for f in flags if f.category == "scare-quote"] == ['"reform"']


def test_a_quoted_word_in_the_subject_of_a_reporting_verb_is_still_a_scare_quote() -> None:
    # what was announced or posted is the quoted thing, not anyone's words; "said" with another
    # subject still makes the marks a speaker's
    text = (
        'The "consultation" lasted a week, was announced on one web page and drew few replies. '
        'The "review" was posted online. The mayor said the "review" was thorough.'
    )
    flags = _flags([Article("a", "Post", text)])
    scare = [(f.start, f.text) for f in flags if f.category == "scare-quote"]
    assert scare == [(4, '"consultation"'), (text.index('"review"'), '"review"')]


def test_a_role_word_in_the_outlets_own_marks_is_a_scare_quote_whoever_the_sentence_cites() -> None:
    """'The four "envoys" were told to leave, the ministry said': the sentence is the ministry's
    account, but one plain noun for the people in the story keeps nothing of the ministry's in
    the marks; they are the outlet's doubt that the word fits. After a verb of speech the word is
    the speaker's ('described the four as "students"'), and a quoted thing, not people, in a
    sentence a speaker closes is left to them as before."""
    for text, word in (
        ('The four "diplomats" were told to leave in two days, the ministry said.', "diplomats"),
        ('Six "students" were held at the border on Monday, police said.', "students"),
    ):
        flags = _flags([Article("a", "Post", text)])
        assert [f.text for f in flags if f.category == "scare-quote"] == [f'"{word}"']
    for text in (
        'Officials described the six men as "students" on Monday.',
        'The ministry said the four "diplomats" had broken no law.',
        'The "timetable" was agreed on Monday, officials said.',
    ):
        flags = _flags([Article("b", "Post", text)])
        assert not [f for f in flags if f.category == "scare-quote"], text


def test_speech_inside_quotation_marks_is_neither_a_scare_quote_nor_the_outlets_question() -> None:
    text = (
        'The congressman walked up to the students. "How are you?" he asked them. One student '
        'shouted "Who are you!" at him. Another said "I will not" and left. The council unveiled '
        'its "reform" of parking.'
    )
    flags = _flags([Article("a", "Post", text)])
    assert [f.text for f in flags if f.category == "scare-quote"] == ['"reform"']
    assert not [f for f in flags if f.rule == rule_cues.QUESTION_RULE]


def test_a_noun_read_as_a_verb_is_no_reporting_verb() -> None:
    # The small model tags "claims" in "said claims that ..." as a verb with no subject.
    text = "The former governor said claims that the activists lied were false and unfair."
    flags = _flags([Article("a", "Post", text)])
    assert not [f for f in flags if f.category == "attribution"]
    plain = _flags([Article("b", "Post", "The governor claims the activists lied.")])
    assert [f.text for f in plain if f.category == "attribution"] == ["claims"]


def test_user_lexicon_changes_the_flags() -> None:
    a = Article("a", "Post", "The dictator greeted the peace envoy at the airport on Friday.")
    base = default_lexicon()
    before = {f.text for f in _flags([a], lexicon=base)}
    assert "dictator" in before and "peace envoy" not in before
    user = base.with_user_entries(
        added=[LexiconEntry("peace envoy", "loaded", "the user's own entry", "user")],
        removed=[("dictator", "label")],
    )
    after = _flags([a], lexicon=user)
    texts = {f.text for f in after}
    assert "dictator" not in texts
    assert "peace envoy" in texts
    assert user.version != base.version


NEUTRAL_WIRE = (
    "BRUSSELS, March 3 - European Union foreign ministers agreed on Monday to extend sanctions "
    "on Russia for six months, officials said. The decision was taken unanimously at a meeting "
    "in Brussels, according to a statement. Foreign Minister Anna Berg of Sweden said the "
    "measures would be reviewed in September. The opposition Social Democrats said they supported "
    "the extension, while the Left Party voted against it. Two people were killed and 14 injured "
    "when a bus overturned near the city of Ghent on Sunday, police said. President Emmanuel "
    "Macron will travel to Beijing next week to meet President Xi Jinping, his office said. "
    "Prime Minister Lars Holm told parliament the government would publish its budget in April."
)


def test_no_flags_on_neutral_wire_copy() -> None:
    flags = _flags([Article("w", "Wire", NEUTRAL_WIRE)])
    assert flags == [], [(f.text, f.category) for f in flags]


def test_opinion_and_unique_claim_flags() -> None:
    a = Article(
        "a",
        "Beacon",
        "The council approved the new bridge on Monday after a long debate. "
        "This disgraceful and reckless decision is a catastrophic waste of money. "
        "Construction is expected to start in the spring of next year at the earliest.",
    )
    b = Article("b", "Wire", "The council approved the new bridge on Monday after a long debate.")
    docs = nlp.parse_many([a.text, b.text])
    claim_map = {x.id: claims.extract_claims(x, d) for x, d in zip((a, b), docs, strict=True)}
    first_a, first_b = claim_map["a"][0], claim_map["b"][0]
    group = Alignment(
        "g1",
        0.95,
        (
            AlignmentMember("a", first_a.id, first_a.start, first_a.end),
            AlignmentMember("b", first_b.id, first_b.start, first_b.end),
        ),
    )
    flags = framing.find_flags([a, b], claim_map, [group], docs, default_lexicon())
    opinions = [f for f in flags if f.category == "opinion"]
    assert len(opinions) == 1 and opinions[0].text.startswith("This disgraceful")
    assert opinions[0].rule == "rule:unattributed-opinion"
    unique = [f for f in flags if f.category == "unique-claim"]
    assert {f.article for f in unique} == {"a"}
    assert any(f.text.startswith("Construction is expected") for f in unique)
    assert all("Only Beacon" in f.explanation for f in unique)
    # what the aligner can vouch for: no sentence of the other outlet lines up, named
    other = next(x.outlet for x in (a, b) if x.id == "b")
    assert all(f"no sentence in {other} lines up with it" in f.explanation for f in unique)
    assert not any(f.text.startswith("The council approved") for f in unique)
    # With no claim in common, "only this outlet" would mark every claim: none is made.
    apart = framing.find_flags([a, b], claim_map, [], docs, default_lexicon())
    assert not [f for f in apart if f.category == "unique-claim"]
    assert [f.text for f in apart if f.category == "opinion"] == [f.text for f in opinions]


def test_label_outside_an_alignment_uses_another_outlets_neutral_naming() -> None:
    a = Article("a", "Beacon", "The visit ended with a banquet hosted by dictator Xi Jinping.")
    b = Article("b", "Wire", "Trade talks continued on Friday, aides of President Xi Jinping said.")
    flags = _flags([a, b])
    (flag,) = [f for f in flags if f.text == "dictator"]
    assert flag.evidence == "comparative"
    assert flag.counterparts[0].article == "b"
    assert "Wire calls Xi Jinping 'President Xi Jinping'" in flag.explanation


def test_so_called_and_scare_quotes_stay_apart_and_empty_text_is_quiet() -> None:
    text = "The ministry praised its so-called “reform” of the pension system on Monday."
    flags = _flags([Article("a", "Post", text)])
    assert {(f.text, f.category) for f in flags} >= {
        ("so-called", "hedge"),
        ("“reform”", "scare-quote"),
    }
    assert _flags([Article("e", "Post", "")]) == []


SUPERLATIVE = "rule:unmeasured-superlative"


def test_unmeasured_superlatives_are_flagged_and_measured_ones_are_not() -> None:
    text = (
        "Critics said it was the costliest tunnel in the nation's history. "
        "The bank, the largest lender in the region, reported its highest profit since 2019. "
        "The harbour is now the busiest it has ever been, officials said. "
        "Organisers called it the greatest rally ever."
    )
    a = Article("a", "Post", text)
    flags = [f for f in _flags([a]) if f.rule == "rule:unmeasured-superlative"]
    assert [f.text for f in flags] == [
        "costliest tunnel in the nation's history",
        "greatest rally ever",
    ]
    assert all(f.category == "intensifier" for f in flags)
    assert "unmeasured superlative" in flags[0].explanation
    assert "'costliest'" in flags[0].explanation


def test_a_superlative_reaches_its_scope_through_the_phrase_it_ranks() -> None:
    """ "of", "on" and "against" continue the ranked noun phrase, so the unbounded scope after it
    still makes the superlative a verdict; a verb or a clause still ends the reach."""
    text = (
        "It was the worst attack on free speech in history. "
        "Organisers called it the greatest crime against workers ever. "
        "The bank posted the highest share of profits in its history. "
        "It was the worst the city has seen of any storm in history."
    )
    flags = [f for f in _flags([Article("a", "Post", text)]) if f.rule == SUPERLATIVE]
    assert [f.text for f in flags] == [
        "worst attack on free speech in history",
        "greatest crime against workers ever",
    ]


def test_a_superlative_of_a_physical_measure_is_a_record_not_a_verdict() -> None:
    text = (
        "The tallest building in the world is in Dubai. "
        "The company reported its highest quarterly profit ever on Thursday. "
        "The vote was the closest in the state's history. "
        "It was the worst budget in history."
    )
    flags = [f for f in _flags([Article("a", "Post", text)]) if f.rule == SUPERLATIVE]
    assert [f.text for f in flags] == ["worst budget in history"]


def test_a_superlative_of_a_death_toll_is_a_record_not_a_verdict() -> None:
    """Officials count the dead, so "the deadliest wildfire in state history" ranks a figure; an
    unmeasured verdict in the same sentence is still one."""
    text = (
        "The Camp Fire was the deadliest wildfire in state history. "
        "It was the deadliest attack on Jews in the nation's history. "
        "It was the worst wildfire response in state history."
    )
    flags = [f for f in _flags([Article("a", "Post", text)]) if f.rule == SUPERLATIVE]
    assert [f.text for f in flags] == ["worst wildfire response in state history"]


def test_a_superlative_takes_its_lead_word_and_a_lifetime_scope() -> None:
    text = (
        "This is the single most important election of our lifetime. "
        "It is the very worst budget in history. "
        "It was the largest vote of the decade."
    )
    flags = [f for f in _flags([Article("a", "Post", text)]) if f.rule == SUPERLATIVE]
    assert [f.text for f in flags] == [
        "single most important election of our lifetime",
        "very worst budget in history",
    ]


def test_a_small_word_for_a_large_figure_is_an_understatement() -> None:
    text = (
        "Ministers called the 40% cut to the grant a modest tweak. "
        "The bank announced a modest 2% rise in rates. "
        "The council made a minor change to bin rounds after a 35 per cent rise in complaints. "
        "The government pushed through a modest 45% rise in fees."
    )
    flags = [
        f for f in _flags([Article("a", "Post", text)]) if f.rule == rule_cues.UNDERSTATEMENT_RULE
    ]
    assert [f.text for f in flags] == ["modest tweak", "modest 45% rise"]
    assert all(f.category == "intensifier" for f in flags)
    assert not flags[1].quoted  # the outlet's own "modest"
    assert "calls a change small" in flags[1].explanation


def test_a_figure_written_with_thousands_commas_sizes_the_change_in_full() -> None:
    # "1,000%" is a thousand per cent, not the "000%" after its comma.
    text = "The board pushed through a modest 1,000% rise in fees."
    flags = [
        f for f in _flags([Article("a", "Post", text)]) if f.rule == rule_cues.UNDERSTATEMENT_RULE
    ]
    assert [f.text for f in flags] == ["modest 1,000% rise"]


def test_an_understatement_in_a_quotation_is_the_speakers() -> None:
    text = '"It is a modest tweak," the minister said of the 40% cut to the grant.'
    flags = _flags([Article("a", "Post", text)])
    assert all(f.quoted for f in flags if f.rule == rule_cues.UNDERSTATEMENT_RULE)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The ban is the latest step in the Valdorophobic hysteria of the capital.",
            "Valdorophobic",
        ),
        ("A Northophobe now runs the foreign ministry.", "Northophobe"),
        ("Critics of the deal are driven by Kestrelophobia, the paper wrote.", "Kestrelophobia"),
        ("The Valdora-phobic press ran the story on Monday.", "Valdora-phobic"),
    ],
)
def test_a_name_coined_into_a_phobia_is_a_label(text: str, word: str) -> None:
    """No list can hold every name an outlet makes a phobia of; the form itself calls the
    named side's critics bigots, and stays its own flag beside a loaded word it modifies."""
    flags = _covering(_flags([Article("a", "Post", text)]), text, word)
    (coined,) = [f for f in flags if f.rule == rule_cues.COINED_PHOBIA_RULE]
    assert (coined.text, coined.category, coined.quoted) == (word, "label", False)
    assert "coined from a name" in coined.explanation and "neutral report" in coined.explanation


def test_a_phobia_the_lexicon_holds_keeps_its_entry() -> None:
    text = "The Russophobic campaign continued, and an Islamophobe spoke."
    flags = _flags([Article("a", "Post", text)])
    assert not [f for f in flags if f.rule == rule_cues.COINED_PHOBIA_RULE]
    assert {f.rule for f in _covering(flags, text, "Russophobic")} == {"lexicon:loaded:russophobic"}
    assert {f.rule for f in _covering(flags, text, "Islamophobe")} == {"lexicon:label:islamophobe"}


@pytest.mark.parametrize(
    "text",
    [
        "Claustrophobia kept him out of the lift, and arachnophobia out of the shed.",
        "Hydrophobic coatings keep the hull dry.",
        "The hull has a hydrophobic coating.",
        "Patients with photophobia avoid bright light.",
        "Agoraphobia is common, doctors say.",
    ],
)
def test_a_phobia_medicine_or_chemistry_names_is_plain(text: str) -> None:
    assert not [f for f in _flags([Article("a", "Post", text)]) if f.category in LEXICAL_CATEGORIES]


@pytest.mark.parametrize(
    "text",
    [
        "Germophobes wash their hands often, doctors say.",
        "Nomophobia is rising among teenagers, a survey found.",
        "Coulrophobia kept him away from the circus.",
        "Triskaidekaphobia explains the missing floor in the hotel.",
        "Ergophobia is a fear of work, the clinic said.",
        "Phobia-phobic critics laughed at the idea.",
        'He said: "Nomophobia is real."',
    ],
)
def test_a_capital_opening_a_sentence_makes_no_phobia_a_coined_name(text: str) -> None:
    """Every sentence opens with a capital, so there it says nothing of a name."""
    flags = _flags([Article("a", "Post", text)])
    assert not [f for f in flags if f.rule == rule_cues.COINED_PHOBIA_RULE]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Valdorophobia is spreading, officials in Valdora said.", "Valdorophobia"),
        ("Germanophobia is spreading in the capital.", "Germanophobia"),
        ("Critics say Germophobes run the agency.", "Germophobes"),
    ],
)
def test_a_coinage_opening_a_sentence_is_a_label_when_its_stem_is_a_name(
    text: str, word: str
) -> None:
    """A name the article writes elsewhere or a country's is a name wherever it stands, and a
    capital inside a sentence still marks one."""
    flags = _covering(_flags([Article("a", "Post", text)]), text, word)
    assert [f.text for f in flags if f.rule == rule_cues.COINED_PHOBIA_RULE] == [word]


def test_a_plural_of_a_phobia_the_lexicon_holds_keeps_its_entry() -> None:
    text = "The Islamophobes marched on Saturday, and an Islamophobe spoke."
    flags = _flags([Article("a", "Post", text)])
    assert not [f for f in flags if f.rule == rule_cues.COINED_PHOBIA_RULE]
    (plural,) = _covering(flags, text, "Islamophobes")
    (singular,) = _covering(flags, text, "Islamophobe ")
    assert plural.rule == singular.rule == "lexicon:label:islamophobe"
    assert plural.explanation.split(" is ", 1)[1] == singular.explanation.split(" is ", 1)[1]


def test_a_coined_phobia_in_a_quotation_is_the_speakers() -> None:
    text = '"They are Northophobes," the minister said.'
    (coined,) = [
        f for f in _flags([Article("a", "Post", text)]) if f.rule == rule_cues.COINED_PHOBIA_RULE
    ]
    assert coined.text == "Northophobes" and coined.quoted
    assert "neutral report" not in coined.explanation


def test_quoted_items_of_a_list_after_a_colon_are_not_scare_quotes() -> None:
    text = (
        'The agency listed the ingredients: "salt", "sugar" and "flour". '
        'The government unveiled its "reforms" on Monday.'
    )
    flags = [f.text for f in _flags([Article("a", "Post", text)]) if f.category == "scare-quote"]
    assert flags == ['"reforms"']


def test_a_widened_flag_keeps_the_words_that_fired_as_its_trigger() -> None:
    text = "The council ordered a sham inquiry into the harbour fees on Monday."
    (flag,) = [f for f in _flags([Article("a", "Post", text)]) if f.category == "loaded"]
    assert flag.text.startswith("sham inquiry")
    assert flag.trigger is not None
    assert text[flag.trigger[0] : flag.trigger[1]] == "sham"
    data = flag.to_dict()
    assert data["trigger"] == {"start": flag.trigger[0], "end": flag.trigger[1]}
    assert Flag.from_dict(data) == flag
    assert Flag.from_dict({k: v for k, v in data.items() if k != "trigger"}).trigger is None


def test_a_widened_phrase_starts_after_its_possessor() -> None:
    text = "Voters rejected the senator's reckless plan for the harbour on Monday."
    flags = [f for f in _flags([Article("a", "Post", text)]) if f.category == "loaded"]
    assert [f.text for f in flags] == ["reckless plan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized several ghost guns at the port.", ["ghost guns"]),
        ("Several so-called ghost guns were seized at the port.", ["so-called", "ghost guns"]),
        ("Many radical activists marched to the square.", ["radical activists"]),
        ("So many reckless plans were shelved this year.", ["reckless plans"]),
        ("A few radical activists marched to the square.", ["radical activists"]),
        ("Numerous so-called experts gave evidence.", ["so-called experts"]),
        ("Dozens of so-called experts gave evidence.", ["so-called experts"]),
    ],
)
def test_a_widened_phrase_never_takes_in_a_count(text: str, expected: list[str]) -> None:
    """How many there were is a fact: the judgement is the words after the count."""
    flags = [f.text for f in _flags([Article("a", "Post", text)]) if f.category != "opinion"]
    assert flags == expected


def test_a_modifier_whose_noun_is_another_cue_takes_no_words_before_it() -> None:
    text = "The senator's latest unhinged tirade against the press ran for an hour."
    flags = [f.text for f in _flags([Article("a", "Post", text)]) if f.category == "loaded"]
    assert flags == ["unhinged", "tirade"]
    # When the flag reaches its own noun, the whole noun phrase is still the judgement.
    text = "Voters rejected the mayor's latest reckless plan for the harbour on Monday."
    flags = [f.text for f in _flags([Article("a", "Post", text)]) if f.category == "loaded"]
    assert flags == ["latest reckless plan"]
    # A coordinated modifier is a judgement of the same rank, and stays with the flag.
    text = "The host spun wild, racist conspiracy theories about the vote."
    flags = [f.text for f in _flags([Article("a", "Post", text)]) if f.category == "label"]
    assert flags == ["wild, racist"]
    # So are the words that modify the flagged word itself.
    text = "The senator delivered his latest increasingly strident tirade on Thursday."
    flags = [f.text for f in _flags([Article("a", "Post", text)]) if f.category != "opinion"]
    assert flags == ["increasingly strident", "tirade"]


def test_explanations_read_as_one_plain_sentence() -> None:
    text = "The rogue state held a very long parade."
    flags = {
        f.text: f.explanation
        for f in _flags([Article("a", "Post", text)])
        if f.category != "opinion"
    }
    rogue = next(e for t, e in flags.items() if "rogue state" in t)
    assert rogue.endswith("a neutral report would name the country.")
    assert "'the country's name'" not in rogue
    very = next(e for t, e in flags.items() if t.startswith("very"))
    assert very.startswith("'very' is an intensifier that ")
    assert "intensifier: intensifier" not in very


def test_explanations_speak_plainly_and_agree_with_their_subject() -> None:
    a = Article("a", "Post", "The furious residents slammed the supposed plan on Monday.")
    b = Article("b", "Wire", "Residents criticised the plan on Monday.")
    claim_map, groups = _pair(a, b)
    flags = {f.text: f for f in _flags([a, b], groups, claim_map=claim_map)}
    furious = flags["furious residents"].explanation
    assert "VADER" not in furious and "valence" not in furious  # the lexicon's score stays there
    assert furious.startswith("'furious' is a strongly negative word")
    assert "Wire reports the same claim without it" in furious  # one outlet: "reports"
    supposed = flags["supposed plan"].explanation
    assert supposed.startswith("'supposed' is a scare word that casts doubt")  # said once


def test_an_emotive_state_an_act_left_people_in_is_flagged_and_a_plight_is_not() -> None:
    """ "Left terrified" says how people feel, as the adjective would; the model tags the
    participle a verb. "Left trapped" tells the event itself, and "terrified" alone as a verb
    stays under the verbs' bar."""
    emotive = "Tenants in the block have been left terrified by the landlord's letters."
    plight = "Miners in the shaft have been left trapped by the landlord's collapse."
    verb = "The landlord's letters terrified tenants in the block."
    flagged = {
        text: [f.text for f in _flags([Article("a", "Post", text)])]
        for text in (emotive, plight, verb)
    }
    assert "terrified" in flagged[emotive]
    assert not any("trapped" in t for t in flagged[plight])
    assert not any("terrified" in t for t in flagged[verb])


def test_rule_ids_read_as_words() -> None:
    from reader.core.model import rule_description

    assert rule_description("lexicon:label:dictator") == "the word list entry 'dictator' (label)"
    assert rule_description("rule:unattributed-opinion") == (
        "a check for opinions no one is quoted as holding"
    )
    assert (
        rule_description("pos:evaluative-modifier:embattled")
        == "the word list entry 'embattled', as a judging word attached to a name"
    )
    assert rule_description("rule:comparative-epithet").startswith("comparing the outlets")
    # Counts left out and figures read against words (step 39) say so where a flag is explained.
    assert "people released" in rule_description("rule:left-out-count")
    assert "a size" in rule_description("rule:different-figure")
    assert rule_description("rule:new-kind") == "the new kind rule"


def test_every_rule_the_engine_uses_reads_as_a_plain_description() -> None:
    """A student meeting "Found by the comparative epithet rule" learns nothing; every rule id in
    the engine's source has words of its own."""
    import re
    from pathlib import Path

    import reader.core
    from reader.core.model import rule_description

    core = Path(reader.core.__file__).parent
    ids = set()
    for source in core.glob("*.py"):
        ids.update(re.findall(r"\"((?:rule|pos):[a-z-]+)", source.read_text(encoding="utf-8")))
    assert len(ids) >= 10
    for rule_id in ids:
        assert not rule_description(rule_id).endswith(" rule"), rule_id
    assert rule_description("user-made") == "user-made"


def test_a_judgement_reported_as_someones_claim_is_not_the_outlets_opinion() -> None:
    text = (
        "The group adopted a resolution condemning bigotry, despite claims from critics that the "
        "measure is just a political ploy. The shameful, disgraceful plan is a sham."
    )
    flags = _flags([Article("a", "Post", text)])
    opinions = [f.text for f in flags if f.category == "opinion"]
    assert opinions == ["The shameful, disgraceful plan is a sham."]
    assert "just a political ploy" in {f.text for f in flags}  # the wording is still marked


def test_a_label_someone_is_reported_to_have_used_is_theirs() -> None:
    text = (
        "Trump called the senator a liar on Friday. Liberals accused the leaders of capitulating. "
        "The mayor called on residents to stay calm. The liar left town."
    )
    flags = _flags([Article("a", "Post", text)])
    by_start = {f.start: f for f in flags if f.category in {"label", "loaded"}}
    reported = by_start[text.index("liar")]
    assert reported.quoted and "reported speech: the outlet attributes" in reported.explanation
    assert by_start[text.index("capitulating")].quoted
    own = by_start[text.rindex("liar")]  # "The liar left town" is the outlet's own word
    assert not own.quoted and "reported speech" not in own.explanation


def test_a_gloss_after_a_report_and_a_figure_from_records_stay_the_outlets() -> None:
    text = (
        "State officials said they had received no reports of disruptions, undercutting the "
        "mayor's alarmist warnings. The company made a staggering $9.8 billion last year, "
        "according to court filings. The plan is a reckless gamble, according to the minister."
    )
    flags = {f.text: f for f in _flags([Article("a", "Post", text)])}
    assert not flags["alarmist warnings"].quoted
    assert not flags["staggering"].quoted
    assert flags["reckless gamble"].quoted  # a person's judgement, reported


@pytest.mark.parametrize(
    "document",
    [
        "a report prepared for the board",
        "a study by the university",
        "a survey of members",
        "an analysis of the accounts",
    ],
)
def test_a_word_around_a_fact_from_a_document_stays_the_outlets(document: str) -> None:
    """ "..., according to a report": the report gives the figure, the outlet chose "staggering"
    (as for court filings); "according to" a person or a body still makes their words theirs."""
    text = (
        "The council put the cost of the repairs at a staggering $3.1 million, according to "
        f"{document}. The plan is a reckless gamble, according to the treasurer."
    )
    flags = {f.text: f for f in _flags([Article("a", "Post", text)])}
    assert not flags["staggering"].quoted
    assert flags["reckless gamble"].quoted


@pytest.mark.parametrize(
    "report",
    [
        "{Fact}, the report said.",
        "The study said {fact}.",
        "{Fact}, figures published on Monday said.",
        "The data said {fact}.",
        "{Fact}, the filing said.",
        "{Fact}, court records said.",
        "The survey said {fact}.",
        "{Fact}, the estimate said.",
        "{Fact}, the audit said.",
    ],
)
def test_a_word_around_a_fact_a_document_is_said_to_give_stays_the_outlets(report: str) -> None:
    """ "..., the report said" as "..., according to a report": the document gives the fact,
    which the claim still attributes to it, and "staggering" is the outlet's word."""
    article = _staggering(report)
    (claim,) = claims.extract_claims(article, nlp.parse(article.text))
    assert claim.attribution is not None and claim.attribution.speaker, article.text
    flags = {f.text: f for f in _flags([article])}
    assert not flags["staggering"].quoted, article.text


@pytest.mark.parametrize(
    "report",
    ["{Fact}, the ministry said.", "The treasurer said {fact}.", "{Fact}, the council said."],
)
def test_a_word_in_what_a_person_or_a_body_said_stays_theirs(report: str) -> None:
    article = _staggering(report)
    flags = {f.text: f for f in _flags([article])}
    assert flags["staggering"].quoted, article.text


def test_an_epithet_on_the_speaker_itself_in_its_reported_act_is_the_outlets() -> None:
    """ "Soft-on-crime councillors on the city council voted 9-4, the council said": the council
    is the source of the vote, not of a slur on its own members, so the epithet is the outlet's.
    A judgement on someone else in the same kind of report stays the speaker's."""
    text = (
        "Soft-on-crime councillors on the city council voted 9-4 on Wednesday, the council said. "
        "Reckless bankers at Lanford Bank lost billions last year, the bank said. "
        "The repairs cost a staggering $3.1 million, the council said."
    )
    flags = _flags([Article("a", "Post", text)])
    words = [f for f in flags if f.category in {"label", "loaded", "intensifier"}]

    def on(word: str) -> Flag:
        (flag,) = [f for f in words if word in f.text.lower()]
        return flag

    assert not on("soft-on-crime").quoted
    assert not on("reckless").quoted
    assert on("staggering").quoted and on("staggering").reported


def test_an_epithet_on_others_who_share_the_speakers_title_stays_the_speakers() -> None:
    """ "Corrupt officers at the station took bribes, a senior officer said": the officer speaks
    of other officers, not of itself, so the judgement is the officer's, as is one told by "the
    officer" of "officers"."""
    reports = [
        "Corrupt officers at the station took bribes for years, a senior officer said.",
        "Corrupt officers at the station took bribes for years, the officer said.",
    ]
    for report in reports:
        (flag,) = [f for f in _flags([Article("a", "Post", report)]) if "corrupt" in f.text.lower()]
        assert flag.quoted and flag.reported, report


def test_an_adverb_on_the_speakers_own_act_before_a_trailing_tag_is_the_outlets() -> None:
    """ "The council has finally agreed to ..., the council said": the tag vouches for the act,
    and "finally" on the speaker's own act is the outlet's verdict on it. The same adverb on
    another's act, on others sharing the speaker's title, or in a report the speaker leads,
    stays the speaker's."""
    text = (
        "The city council has finally agreed to fund the clinic, the council said. "
        "The ministry has shamefully refused to pay the nurses, the ministry said. "
        "The minister has finally agreed to fund the clinic, the council said. "
        "The council said the minister had shamefully refused to pay the nurses. "
        "Officers have finally agreed to pay the nurses, a senior officer said."
    )
    flags = _flags([Article("a", "Post", text)])
    words = sorted(
        (f for f in flags if f.category in {"loaded", "intensifier"}), key=lambda f: f.start
    )
    assert [f.text.split()[0].lower() for f in words] == [
        "finally",
        "shamefully",
        "finally",
        "shamefully",
        "finally",
    ]
    assert [f.quoted or f.reported for f in words] == [False, False, True, True, True]


def _staggering(report: str) -> Article:
    fact = "the repairs cost a staggering $3.1 million"
    return Article("a", "Post", report.format(fact=fact, Fact=fact.capitalize()))


def test_what_a_named_speakers_claim_says_is_theirs() -> None:
    """Agency copy reports a disputed charge as someone's claim: "Trump's false claims that the
    election was rigged". The charge is the claim's owner's; a claim nobody owns, or a vague
    crowd's, stays the outlet's own, and so does what a criticism is of."""
    text = (
        'Trump repeated his claim that the election was "rigged", without offering evidence. '
        "Courts rejected Trump's false claims of a stolen election. "
        "The claim by the senator that the inquiry was a witch hunt was rejected. "
        "Despite claims that the vote was rigged, it was certified. "
        "Critics repeated their claim that the inquiry is a witch hunt. "
        "Her criticism of the stolen election drew applause."
    )
    flags = _flags([Article("a", "Post", text)])
    loaded = {f.start: f for f in flags if f.category in {"label", "loaded"}}
    for owned in ("rigged", "stolen election", "witch hunt"):
        flag = loaded[text.index(owned)]
        assert flag.quoted and flag.reported, owned
    assert not loaded[text.rindex("rigged")].quoted
    assert not loaded[text.rindex("witch hunt")].quoted
    assert not loaded[text.rindex("stolen election")].quoted


def test_a_judgement_in_a_named_speakers_indirect_speech_is_theirs() -> None:
    text = (
        "The minister said the plan was a power grab. "
        "The deal is a sham, the senator told reporters. "
        "According to the mayor, the council is a disgrace. "
        "Critics say the reform is a power grab. "
        "The bill is a disgrace."
    )
    flags = _flags([Article("a", "Post", text)])
    loaded = {f.start: f for f in flags if f.category in {"label", "loaded"}}
    reported = loaded[text.index("power grab")]
    assert reported.quoted and reported.reported
    assert reported.speaker_note is not None and "reported speech" in reported.speaker_note
    assert Flag.from_dict(reported.to_dict()) == reported
    assert loaded[text.index("sham")].quoted
    assert loaded[text.index("disgrace")].quoted
    # a vague speaker lends the outlet's own view a voice; an unattributed sentence is the outlet's
    assert not loaded[text.rindex("power grab")].quoted
    assert not loaded[text.rindex("disgrace")].quoted


def test_what_someone_admitted_is_their_judgement_though_its_words_are_the_outlets() -> None:
    """The outlet words what the minister admitted ("shameful", "disastrous" are its own loaded
    words), but the verdict is the minister's to admit: the sentence names who judged, so it is
    no opinion "attributed to no one", as the same words with no one admitting them are."""
    admitted = "The minister admitted the scheme had been a shameful, disastrous fiasco."
    flags = _flags([Article("a", "Post", admitted)])
    loaded = [f for f in flags if f.category == "loaded"]
    assert {f.text for f in loaded} >= {"shameful", "disastrous"}
    assert not [f for f in loaded if f.quoted or f.reported]
    assert not [f for f in flags if f.category == "opinion"]
    unowned = _flags([Article("b", "Post", "The scheme had been a shameful, disastrous fiasco.")])
    assert [f for f in unowned if f.category == "opinion"]


def test_a_paraphrase_of_what_someone_admitted_is_the_outlets_wording() -> None:
    """ "Admitted", "conceded" and "acknowledged" take what follows as fact: an unquoted
    paraphrase after them is the outlet's wording, while "said" vouches for nothing and leaves
    the words to the speaker, and quoted words stay the speaker's whatever the verb."""
    text = (
        "The minister admitted the scheme had been a fiasco. "
        "The mayor conceded that the rollout was a fiasco. "
        "The governor acknowledged the launch was a fiasco. "
        "The senator said the pilot had been a fiasco. "
        'The minister admitted the scheme had been "a fiasco from the start".'
    )
    flags = _flags([Article("a", "Post", text)])
    fiascos = sorted((f for f in flags if f.text == "fiasco"), key=lambda f: f.start)
    assert [(f.quoted, f.reported) for f in fiascos] == [
        (False, False),
        (False, False),
        (False, False),
        (True, True),
        (True, False),
    ]
    for own in fiascos[:3]:
        assert "the outlet's paraphrase" in own.explanation
        assert own.speaker_note is None
    assert "paraphrase" not in fiascos[3].explanation
    assert "paraphrase" not in fiascos[4].explanation


def test_a_judgement_lent_to_unnamed_critics_is_flagged_as_such() -> None:
    text = (
        "The council approved the plan on Monday. "
        "Critics slammed the move as a shocking betrayal. "
        "The mayor slammed the move as a shocking betrayal."
    )
    flags = _flags([Article("a", "Post", text)])
    opinions = [f for f in flags if f.category == "opinion"]
    assert [f.text for f in opinions] == ["Critics slammed the move as a shocking betrayal."]
    assert "unnamed 'critics'" in opinions[0].explanation
    assert "to no one" not in opinions[0].explanation
    betrayals = sorted((f for f in flags if f.text == "betrayal"), key=lambda f: f.start)
    assert [f.quoted for f in betrayals] == [False, True]  # the mayor's judgement is the mayor's


def test_a_judgement_under_a_negated_subject_is_lent_to_no_one() -> None:
    """ "No army ...", "Nobody ...", "No one ..." deny anyone spoke: no unnamed source to name,
    while "many observers" still is one."""
    sentences = [
        "No army that shells sleeping villages can call itself a defender of anyone.",
        "Nobody calls this shameful betrayal a fair deal.",
        "No one can call this shameful betrayal a fair deal.",
        "Many observers called the move a shocking betrayal.",
    ]
    explanations = []
    for sentence in sentences:
        text = f"The council approved the plan on Monday. {sentence}"
        (opinion,) = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
        explanations.append(opinion.explanation)
    for negated in explanations[:3]:
        assert "unnamed" not in negated
        assert negated.endswith("attributes the judgement to no one.")
    assert "lends it to unnamed 'many observers'" in explanations[3]


def test_a_relative_clauses_who_lends_the_judgement_only_to_a_vague_antecedent() -> None:
    """Found by the census event: "the open-borders elites ... have ignored the voters who
    warned them" was lent to unnamed 'who'. The voters who warned are in the sentence, not its
    source; "critics who say ..." still are an unnamed source, named by their noun."""
    explanations = []
    for sentence in (
        "For a decade the open-borders elites have ignored the voters who warned them.",
        "The shameful betrayal was plain to critics who said so at once.",
    ):
        text = f"The council approved the plan on Monday. {sentence}"
        (opinion,) = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
        explanations.append(opinion.explanation)
    assert "'who'" not in explanations[0] and "unnamed" not in explanations[0]
    assert "lends it to unnamed 'critics'" in explanations[1]


def test_what_a_named_speaker_called_something_is_theirs_however_it_parses() -> None:
    text = (
        "Ortiz called the delay unacceptable.\n\nThe agency met on Monday. Haskett said the fire"
        " was a reminder that the climate crisis had arrived."
    )
    flags = _flags([Article("a", "Post", text)])
    by_text = {f.text: f for f in flags if f.category in {"loaded", "label"}}
    assert by_text["unacceptable"].quoted  # the flag is the word, not "delay unacceptable"
    assert by_text["climate crisis"].quoted  # inside what she said, subject of its clause


def test_a_sentence_the_outlet_opens_with_its_own_comment_is_opinion() -> None:
    text = (
        "Sadly, it is working families who will pay the price. "
        "Clearly, that system is broken. "
        "The council clearly stated the rules on Monday."
    )
    opinions = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert [f.text for f in opinions] == [
        "Sadly, it is working families who will pay the price.",
        "Clearly, that system is broken.",
    ]
    assert "('Clearly')" in opinions[1].explanation  # the word that fired, not its phrase


def test_a_sentence_that_prescribes_in_the_outlets_voice_is_opinion_but_rules_are_not() -> None:
    text = (
        "Patients should never be used as bargaining chips. "
        "Utilities that cut corners must be held accountable. "
        "He should step down. "
        "Lawmakers should reject the bill. "
        "Investors should expect volatility. "
        "The storm should weaken by Friday. "
        "Applicants must submit their forms by May. "
        "Schools that miss the goals must offer tutoring. "
        "The minister said the plan should be scrapped. "
        "The deal must be ratified by the parliaments of both countries. "
        "A preliminary report should be released within 30 days. "
        "She should be sentenced in January if she is convicted at trial. "
        "She must not travel outside California without the court's permission. "
        "He should learn his sentence in October."
    )
    opinions = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert [f.text for f in opinions] == [
        "Patients should never be used as bargaining chips.",
        "Utilities that cut corners must be held accountable.",
        "He should step down.",
        "Lawmakers should reject the bill.",
    ]
    assert "says what ought to happen" in opinions[2].explanation
    assert "('should step down')" in opinions[2].explanation


def test_blame_for_what_happened_says_so_in_its_explanation() -> None:
    text = "The flood was a disaster that should never have been allowed to happen."
    (opinion,) = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert "says what ought not to have happened" in opinion.explanation
    assert "('should never have been allowed')" in opinion.explanation


def test_a_group_given_a_face_in_the_next_sentence_is_no_vague_source() -> None:
    named = (
        "Some economists said the central bank was taking a risk. Julia Brandt, chief economist "
        "at Halvard Bank, said inflation could return."
    )
    assert not [f for f in _flags([Article("a", "Wire", named)]) if f.category == "hedge"]
    faceless = (
        "Some economists said the central bank was taking a risk. The bank declined to comment."
    )
    hedges = [f.text for f in _flags([Article("b", "Post", faceless)]) if f.category == "hedge"]
    assert hedges == ["Some economists said"]


def test_a_view_lent_to_people_no_one_can_identify_is_a_hedge() -> None:
    text = (
        "Some experts warn that fires like this one will become the norm. "
        "Officials said the fire was contained. Analysts said the results were strong."
    )
    hedges = [f for f in _flags([Article("a", "Post", text)]) if f.rule == "rule:vague-source"]
    assert [f.text for f in hedges] == ["Some experts warn"]
    assert "no reader can identify" in hedges[0].explanation


def test_a_word_others_quote_as_someones_is_contrasted_when_an_outlet_adopts_it() -> None:
    from reader.core.compare import compare

    wire = Article(
        "wire",
        "Wire",
        'Ines Kovac won the run-off on Sunday, promising to end what she called "a decade of'
        ' cronyism". Mourners held a vigil on Main Street on Friday night.',
    )
    left = Article(
        "left",
        "Left",
        "Ines Kovac won the run-off on Sunday, promising to end a decade of cronyism."
        ' Mourners held a "vigil" on Main Street on Friday night.',
    )
    flags = {(f.article, f.text): f for f in compare([wire, left]).flags}
    adopted = flags[("left", "cronyism")]
    assert adopted.evidence == "comparative"
    assert "Wire puts 'cronyism' in quotation marks" in adopted.explanation
    scare = flags[("left", '"vigil"')]
    assert "Wire writes 'vigil' without them" in scare.explanation
    assert "same word" not in scare.explanation


def test_how_a_paraphrase_names_an_actor_stays_the_outlets() -> None:
    text = (
        "He said that Europe should stay out if the communist nation invades the island. "
        "The president believes that the regime is a genuine partner for peace."
    )
    flags = _flags([Article("a", "Post", text)])
    labels = {f.text: f for f in flags if f.category == "label"}
    assert not labels["communist nation"].quoted  # the speaker's claim, the outlet's naming
    assert not labels["regime"].quoted  # a belief the outlet ascribes is not words reported


def test_a_label_the_sentence_denies_is_not_applied_to_anyone() -> None:
    text = (
        "Xi Jinping is not a dictator. The plan was never a power grab. "
        "The plan is not just a power grab but a disaster."
    )
    words = {f.text for f in _flags([Article("a", "Post", text)])}
    assert "dictator" not in words
    assert not any(w == "power grab" for w in words)
    assert any("power grab" in w for w in words)  # "not just ... but" asserts more, not less


def test_a_negative_question_puts_the_word_and_does_not_deny_it() -> None:
    # "Isn't this ...?" presumes yes: the asker applies the word; "It is not ..." denies it.
    text = (
        "Q: Isn't this a reckless plan? Aren't the fees simply outrageous? "
        "The levy is not outrageous. The plan is not reckless."
    )
    article = Article("a", "Post", text)
    flagged = {(f.start, f.text) for f in _flags([article])}
    assert (text.index("reckless"), "reckless plan") in flagged
    assert (text.index("outrageous"), "outrageous") in flagged
    assert not any(start == text.index("outrageous.") for start, _ in flagged)
    assert not any(start == text.rindex("reckless") for start, _ in flagged)


def test_words_named_as_words_are_neither_scare_quotes_nor_framing() -> None:
    text = (
        "The emails were marked “classified.” The bill passed without a single “no” vote. He "
        "joined the “Defeat ISIS” coalition. The spokesperson touted her “strong record” on jobs. "
        "The term “deep state” typically refers to officials. The ministry unveiled its “reform” "
        "of pensions."
    )
    flags = _flags([Article("a", "Post", text)])
    assert [f.text for f in flags if f.category == "scare-quote"] == ["“reform”"]
    assert not [f for f in flags if "deep state" in f.text]  # discussed, not used


def test_advice_on_wording_is_for_the_outlets_own_words_only() -> None:
    text = (
        'The delay was unacceptable. "It was a shameful decision," said the mayor. '
        "The shameful decision angered residents."
    )
    flags = _flags([Article("a", "Post", text)])
    quoted = next(f for f in flags if f.quoted and "shameful" in f.text)
    own = next(f for f in flags if not f.quoted and "shameful" in f.text)
    assert "a neutral report would" not in quoted.explanation
    assert "a neutral report would" in own.explanation
    derived = next(f for f in flags if f.text == "unacceptable")
    assert derived.explanation.endswith("; a neutral report would describe rather than judge.")


def test_court_copy_speech_and_a_named_speakers_account_are_not_the_outlets_framing() -> None:
    court = "Prosecutors allege that between 2018 and 2022 she hid income from the state."
    assert not [f for f in _flags([Article("a", "Wire", court)]) if f.category == "attribution"]
    sued = "The state sued the company on Monday, alleging that it hid the losses."
    assert not [f for f in _flags([Article("s", "Wire", sued)]) if f.category == "attribution"]
    boasted = "Orban boasted that Hungary had become a model for conservatives abroad."
    assert [f.text for f in _flags([Article("o", "Post", boasted)])][:1] == ["boasted"]
    charged = "The senator alleged that the count was wrong."
    assert [f.text for f in _flags([Article("b", "Post", charged)])][:1] == ["alleged"]
    speech = '"She is a musician, not an accountant," he said. "She will be vindicated."'
    assert not [f for f in _flags([Article("c", "Wire", speech)]) if f.category == "scare-quote"]
    analyst = "Analyst Joanna Park said the warning was milder than some investors had feared."
    assert not [f for f in _flags([Article("d", "Wire", analyst)]) if f.category == "hedge"]


def test_a_hyphenated_verb_read_as_a_modifier_is_flagged_alone() -> None:
    """The small model runs "The governor strong-armed lawmakers into a deal" into one noun
    phrase, with "strong-armed" modifying "lawmakers"; the judgement is the verb, so the flag
    keeps out the subject and the object. Before a noun in a sentence with its own verb the
    word is a modifier and takes its noun in, as every loaded modifier does."""
    for text in (
        "The governor strong-armed lawmakers into a deal.",
        "Newsom strong-armed suburban cities into approving dense apartment towers.",
    ):
        loaded = [f.text for f in _flags([Article("a", "Post", text)]) if f.category == "loaded"]
        assert loaded == ["strong-armed"], text
    modifier = "The strong-armed tactics backfired on the council."
    loaded = [f.text for f in _flags([Article("b", "Post", modifier)]) if f.category == "loaded"]
    assert loaded == ["strong-armed tactics"]


def test_a_verb_read_as_the_plural_noun_closing_a_phrase_stays_out_of_the_flag() -> None:
    """The small model reads "rests" in "the so-called mandate rests on ..." as a plural noun
    and the sentence as one noun phrase; the doubt is on "mandate", so the verb stays out. A
    real plural noun ("so-called experts warned") and a noun before a real verb keep theirs."""
    for text, flagged in (
        ("Her so-called mandate rests on a low turnout.", "so-called mandate"),
        ("The so-called reform hinges on a single vote.", "so-called reform"),
        ("So-called experts warned of danger.", "So-called experts"),
        ("Their so-called peace plan rests on a ceasefire.", "so-called peace plan"),
    ):
        hedges = [f.text for f in _flags([Article("a", "Post", text)]) if f.category == "hedge"]
        assert hedges == [flagged], text


def test_a_contemptuous_report_after_a_common_noun_speaker_is_flagged() -> None:
    """The small model reads "sneered" after "the chief executive" as a noun, as it does after a
    name; the speaker it makes the word's subject shows it is a report all the same."""
    sneered = "The company's chief executive sneered that the strikers could easily be replaced."
    flags = [f for f in _flags([Article("a", "Post", sneered)]) if f.category == "attribution"]
    assert [f.text for f in flags] == ["sneered"]
    said = "The company's chief executive said that the strikers could easily be replaced."
    assert not [f for f in _flags([Article("b", "Wire", said)]) if f.category == "attribution"]
    bed = "The hotel's old bed that guests complained about was replaced."
    assert not [f for f in _flags([Article("c", "Wire", bed)]) if f.category == "attribution"]


def test_a_charge_in_the_passive_is_court_copy_and_a_critics_allegation_a_choice() -> None:
    """ "is alleged to have stolen" is how court and police copy name a charge not yet proven."""
    for text in (
        "The man is alleged to have stolen three cars from the depot.",
        "The two officers were alleged to have beaten a prisoner in the cells.",
        "It is alleged that the treasurer took payments from the contractor.",
        "She is alleged by prosecutors to have hidden the money abroad.",
    ):
        flags = _flags([Article("a", "Wire", text)])
        assert not [f for f in flags if f.category == "attribution"], text
    for text in (
        "The mayor is alleged by critics to have misled the council.",
        "The senator alleged that the count was wrong.",
    ):
        flags = _flags([Article("b", "Post", text)])
        assert [f.text for f in flags if f.category == "attribution"] == ["alleged"], text


def test_what_a_court_heard_is_the_evidence_not_the_outlets_finding() -> None:
    """British court copy attributes evidence to the room that heard it."""
    heard = (
        "The defendant lied to police about the crash, the jury heard. "
        "He flew into a fury when the neighbour refused, the court heard. "
        "The inquest heard that the driver had lied about his speed. "
        "The teenager lied about his age, the court was told."
    )
    flags = [f for f in _flags([Article("a", "Wire", heard)]) if f.category == "loaded"]
    assert {f.text for f in flags} == {"lied", "fury"}
    assert len(flags) == 4 and all(f.quoted and f.reported for f in flags)
    # only a body that hears evidence: a newspaper that "heard" something reports a rumour
    own = "The minister lied about the figures, the newspaper heard. The senator lied to voters."
    lied = [f for f in _flags([Article("b", "Post", own)]) if f.text == "lied"]
    assert len(lied) == 2 and not any(f.quoted for f in lied)


def test_a_counterpart_carries_where_its_claim_answers_the_flag() -> None:
    from reader.core.model import Counterpart

    said = Article("w", "Wire", "Macron said France wanted China to play a constructive role.")
    insisted = Article(
        "d", "Daily", "Macron insisted France wanted China to play a constructive role."
    )
    comparison = compare([said, insisted])
    (flag,) = [f for f in comparison.flags if f.category == "attribution"]
    (cp,) = flag.counterparts
    assert cp.answer == "said" and cp.text.startswith("Macron said")
    assert Counterpart.from_dict(cp.to_dict()) == cp
    assert "start" not in Counterpart("w", "President Xi Jinping").to_dict()


def test_a_verdict_on_the_day_in_the_outlets_voice_is_its_opinion() -> None:
    """ "This is a dark day for Marren." has no word any list holds; the formula itself is the
    judgement, so the sentence is the outlet's opinion and "dark day" is flagged with it."""
    flags = compare([Article("a", "Post", "This is a dark day for Marren.")]).flags
    assert {(f.category, f.text) for f in flags} == {
        ("opinion", "This is a dark day for Marren."),
        ("loaded", "dark day"),
    }
    (verdict,) = [f for f in flags if f.category == "loaded"]
    assert "passes a verdict" in verdict.explanation and "neutral report" in verdict.explanation
    quoted = compare([Article("a", "Wire", '"Today is a proud day for Estover," the mayor said.')])
    (spoken,) = quoted.flags
    assert spoken.quoted and spoken.text == "proud day"
    assert "neutral report" not in spoken.explanation
    for plain in (
        "It was a busy day for the fire service, officials said.",
        "Today is the first day for the new parking rules in Estover.",
        "This is not a good day for the markets, traders said.",
    ):
        assert not compare([Article("a", "Wire", plain)]).flags, plain


def test_an_opinion_in_the_first_person_is_the_writers_stated_view() -> None:
    comp = compare(
        [Article("a", "Column", "In my view, the minister made a reckless and shameful gamble.")]
    )
    (flag,) = [f for f in comp.flags if f.category == "opinion"]
    assert "the writer's own view" in flag.explanation
    assert "no one" not in flag.explanation


# Two reports of one council vote; each carries the protest in its own words, which the aligner
# does not line up (two sentences of the Wire compete for it), and one sentence nothing matches.
NEAR_BEACON = (
    "The regional council approved a congestion charge on Tuesday by 31 votes to 26. "
    "Drivers entering the city centre will pay nine dollars a day from March. "
    "The revenue will be set aside for new bus services, the mayor said. "
    "Critics say the scheme punishes workers who cannot afford to live in the city. "
    "Hundreds of furious residents protested outside the council building during the debate."
)
NEAR_WIRE = (
    "The clean air levy passed by 31 votes to 26 at the regional council on Tuesday. "
    "From March, drivers entering the city centre will pay nine dollars a day. "
    "The mayor said the money would go to bus services. "
    "Shop owners fear the charge will empty the high street before Christmas. "
    "A few people gathered outside the council building on Harbour Street. "
    "Protesters outside the building chanted and waved placards for hours."
)


def test_a_unique_claim_shows_the_nearest_sentence_the_aligner_missed() -> None:
    a, b = Article("a", "Beacon", NEAR_BEACON), Article("b", "Wire", NEAR_WIRE)
    comp = compare([a, b])
    unique = {f.text: f for f in comp.flags if f.category == "unique-claim"}
    protest = next(f for t, f in unique.items() if t.startswith("Hundreds of furious residents"))
    # "A few" against "hundreds": too far apart to be one count, so the aligner keeps them
    # apart (since it reads "people" and "residents" as one crowd, "about 200" would line up).
    gathered = "A few people gathered outside the council building on Harbour Street."
    assert [(c.article, c.text) for c in protest.counterparts] == [("b", gathered)]
    assert protest.explanation == (
        "Only Beacon carries this: no sentence in Wire lines up with it;"
        " the nearest one is given with this flag."
    )
    # and the other way round: the Wire's sentence is unique too, and its nearest is Beacon's
    assert [c.text for c in unique[gathered].counterparts] == [protest.text]
    # nothing in the Wire comes close to the critics' complaint: no counterpart, no clause
    critics = next(f for t, f in unique.items() if t.startswith("Critics say"))
    assert critics.counterparts == ()
    assert critics.explanation == "Only Beacon carries this: no sentence in Wire lines up with it."
    # the flags round-trip through the JSON contract
    assert Comparison.from_dict(comp.to_dict()).flags == comp.flags


def test_find_flags_without_near_matches_gives_unique_claims_no_counterparts() -> None:
    a, b = Article("a", "Beacon", NEAR_BEACON), Article("b", "Wire", NEAR_WIRE)
    docs = nlp.parse_many([a.text, b.text])
    claim_map = {x.id: claims.extract_claims(x, d) for x, d in zip((a, b), docs, strict=True)}
    groups = align.align([a, b], claim_map, docs)
    flags = framing.find_flags([a, b], claim_map, groups, docs, default_lexicon())
    unique = [f for f in flags if f.category == "unique-claim"]
    assert unique and all(f.counterparts == () for f in unique)
    assert all(f.explanation.endswith("lines up with it.") for f in unique)


def test_a_label_the_model_tags_as_a_name_is_still_the_outlets_word() -> None:
    text = (
        "He is a Communist who wants to end the free market. "
        "The Communist Party met in Beijing on Monday."
    )
    flags = [f for f in _flags([Article("a", "A", text)]) if f.category == "label"]
    spans = [text[f.start : f.end] for f in flags]
    assert spans == ["Communist"]
    assert flags[0].start == text.index("Communist")


def test_a_judging_word_capitalised_onto_a_first_name_is_the_outlets_nickname() -> None:
    """The small model takes "Crooked" in "Crooked Hillary" for the first word of her name, but
    nobody is christened so: the nickname is the outlet's label. A rank it folds into a name the
    same way ("Petty Officer Jones") and a real first name stay plain."""
    text = "Crooked Hillary deleted the emails, Petty Officer Jones said."
    flags = [f for f in _flags([Article("a", "A", text)]) if f.category == "label"]
    assert [text[f.start : f.end] for f in flags] == ["Crooked"]
    assert _flags([Article("a", "A", "Hillary Clinton deleted the emails.")]) == []


def test_a_judging_word_opening_a_sentence_before_a_label_is_the_outlets() -> None:
    """The small model takes a sentence's first word, capitalised, for a name's first word when a
    name follows ("Unelected Brussels bureaucrats", "Greedy Big Pharma executives"); a name does
    not run on into a label, so the stacked word is flagged beside the label, on either side. A
    real name before a plain noun stays unflagged."""
    for text, word, label in [
        (
            "Unelected Brussels bureaucrats want to ban gas boilers.",
            "Unelected",
            "Brussels bureaucrats",
        ),
        ("Greedy Big Pharma executives raised prices again.", "Greedy", "Big Pharma"),
    ]:
        flagged = [text[f.start : f.end] for f in _flags([Article("a", "A", text)])]
        assert word in flagged, (text, flagged)
        assert any(f.startswith(label) for f in flagged), (text, flagged)
    assert _flags([Article("a", "A", "Liberty University hosted the debate on Monday.")]) == []


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        # the judgement is what the sentence says of its subject
        ("It is a reckless gamble.", True),
        ("The government's plan is a disgrace.", True),
        ("The plan is not a disgrace.", False),
        ("The plan is a disgrace, he said.", False),
        ("According to the union, the plan is a disgrace.", False),
        ("Trading volume was extremely light on Monday.", False),
        # a report in a side clause leaves the rest of the sentence the outlet's
        (
            "Transport Minister Alan Price has done nothing to stop the reckless chaos, merely"
            " saying he was watching.",
            True,
        ),
        # an action called overdue
        ("It is time ministers stood up to the unions once and for all.", True),
        ("It's high time for Congress to act.", True),
        ("It is time for the annual review.", False),
        # what someone deserves now is what ought to be given them; a past "deserved" looks back
        ("Nurses who work every night shift deserve a fair wage.", True),
        ("This town deserves better.", True),
        ("The team deserved its win on Saturday.", False),
        ("The union said nurses deserve a fair wage.", False),
        # one loaded word in a prescription does not hide what it says ought to be
        ("Customers deserve far better than slapdash security.", True),
        ("Shoddy landlords should be made to pay for the repairs.", True),
        ("The union said customers deserve better than slapdash security.", False),
        # "must" urges only when it says "act" or "now"/"at once"/"without delay" after the verb
        ("Ministers must act now.", True),
        ("Congress must stop the spending at once.", True),
        ("Ministers must fund the new clinics without delay.", True),
        ("Ministers must fund the new clinics without a vote in parliament.", False),
        ("Drivers must pay $9 a day.", False),
        ("Visitors must now register online.", False),
        ("The company must act within 30 days under the ruling.", False),
        # a "must" that demands a punishment urges; a rule names its penalty
        ("Employers who break the law must face the same consequences as their workers.", True),
        ("Bosses who cut corners must pay the price.", True),
        ("Drivers who park there must pay a fine of $50.", False),
        ("The former minister must face trial in March, the court ruled.", False),
        # a time set against the one the writer rejects urges; a deadline alone is a rule
        ("The government must close the border before the next crossing, not after it.", True),
        ("Ministers must fix the roads now, not in ten years.", True),
        ("Applicants must register before the next deadline.", False),
        # a "before" clause naming harm still to come urges; one naming an event schedules
        (
            "This plan will leave families poorer, and the government should scrap it before"
            " the damage is done.",
            True,
        ),
        ("Ministers should act before it is too late.", True),
        ("Ministers should act before more lives are lost.", True),
        ("Passengers should board before the gate closes.", False),
        ("Ministers must cut emissions before the next heat wave kills again.", True),
        ("Councils should fence the quarry before more children drown.", True),
        ("Applicants must register before the office closes.", False),
        ("The council should vote before the budget is published.", False),
        # a thing ruined is harm still to come; a planned end is a timetable (restitution)
        ("Ministers must stop the sell-off before our parks are stripped bare.", True),
        ("The council must save the old theatre before it is destroyed.", True),
        ("Tenants must leave before the block is demolished.", False),
        # one more round of what already happens as the deadline urges (census)
        ("The government must halt the influx before another decade of it.", True),
        ("Ministers must fix the roads before another winter.", True),
        ("Drivers must register before the end of May.", False),
        # a "must" that demands a power be restrained urges, whatever deadline follows (suspension)
        ("Lawmakers must rein in the platforms before they decide who may speak.", True),
        ("Ministers must curb the banks before they gamble away more savings.", True),
        ("Regulators must tame the landlords.", True),
        ("Lenders must curb new lending by the end of March 2028.", False),
        # a "must" that bids someone hold out against what others ask urges a stance (pricecap)
        ("Ministers must resist calls for a price freeze.", True),
        ("The council must withstand pressure from the developers.", True),
        ("Parliament must resist the temptation to cap prices again.", True),
        ("The coating must resist temperatures of 200 degrees.", False),
        # what the subject curbs of its own is a rule's ask, and a deadline of others' is a date
        ("Drivers must curb their speed near schools.", False),
        ("Members must rein in their dogs on the beach.", False),
        ("Lenders must curb new lending before the new rules take effect.", False),
        # a "must" for people the outlet calls its own speaks for a side (tanker)
        (
            "The government must send the navy to escort every ship until our sailors are home.",
            True,
        ),
        ("The government must bring our soldiers home.", True),
        ("Customers must register on our website.", False),
        ("Passengers must show our staff their tickets.", False),
        ("The minister said the government must bring our soldiers home.", False),
        # a union or a board is a body advice is given to, as a council is
        ("Pupils come first, and no union should stand between a family and its school.", True),
        ("The board should resign over the closures.", True),
        ("The board should meet again on May 4.", False),
        # so is a sport's league, club or federation, and so are all people at once
        ("No football league should sell its soul to a government that jails critics.", True),
        ("The club should sack its manager and start again.", True),
        ("The league should publish its decision by June 30.", False),
        ("The club should be back in the top division next season.", False),
        # a regulator named by its kind is a body too, and an "until ... can show" that waits for
        # proof sets the outlet's bar where "until it has stopped" is a timetable (launch)
        (
            "The authority should keep the rocket on the ground until the company can show it"
            " works.",
            True,
        ),
        ("The agency should ban the drug.", True),
        ("The agency should publish its findings within 30 days.", False),
        ("Passengers should remain seated until the aircraft has stopped.", False),
        ("The plant must stay closed until inspectors have checked it.", False),
        (
            "The authority said the rocket must stay grounded until the company can show it is"
            " safe.",
            False,
        ),
        ("The fund pointed to its assurances. Nobody should believe a word of them.", True),
        ("Everyone should read the report and judge for themselves.", True),
        ("Nobody should be surprised if the price rises in March.", False),
        # whichever way "nobody" and "everyone" are spelt
        ("The fund pointed to its assurances. No one should believe a word of them.", True),
        ("Everybody should read the report and judge for themselves.", True),
        ("No one should be surprised if the price rises in March.", False),
        ("One should arrive on Monday and the other in June.", False),
        # the urgency may hang on what the verb is to make sure of
        ("The government must make sure the drug reaches patients without delay.", True),
        ("The council must ensure that the report is published within 30 days.", False),
        # a main clause joined by "and" is the outlet's as much as the first
        (
            "This is the news that families have waited for, and the government must make sure"
            " the drug reaches patients without delay.",
            True,
        ),
        ("The storm passed, and he should step down.", True),
        # a feeling the outlet says people owe is a verdict on them; "should be" of a time or a
        # place forecasts
        ("The parents put every family at risk, and they should be ashamed of themselves.", True),
        ("Ministers should be embarrassed by the figures.", True),
        ("She should be back at work next week.", False),
        ("The minister said they should be ashamed of themselves.", False),
        # a notice's practical advice to the public it serves judges no one
        ("Customers should stop using the kettle at once and unplug it.", False),
        ("Residents should not drink the tap water until Friday.", False),
        ("Drivers should allow an extra 15 minutes for the detour.", False),
        ("Customers should not have to pay for the company's mistakes.", True),
        ("The plant closed in May, and the company must pay severance within 30 days.", False),
        ("The plan was approved, and officials said the minister should step down.", False),
        # a verdict on the wisdom of a decision, in the outlet's voice
        ("It is a sensible decision that other manufacturers would do well to copy.", True),
        ("The closure was the wrong move.", True),
        ("The decision was sensible.", True),
        ("It was not a sensible decision.", False),
        ("The closure is a sensible decision, an analyst said.", False),
        ("It is a 30-minute drive from the city.", False),
        ("It is the right size for a family car.", False),
        ("She wore sensible shoes to the ceremony.", False),
        # a verdict on whether an act was right, before or after a clause joined by "and"
        ("The council was right to act, and it must now finish the job.", True),
        ("The board was wrong to close the library.", True),
        ("The ministry did the right thing.", True),
        ("The court ruled he was right to appeal, judges said.", False),
        ("The minister said the council was right to act.", False),
        ("Workers have the right to strike, and the union will vote on Monday.", False),
        ("The council was not right to act alone, the auditor found.", False),
        ("The forecast was right about the rain.", False),
        # a verdict on what an act really was: the outlet rules on intent
        ("The shooting was no mistake.", True),
        ("This raid was no misunderstanding: it was the plan all along.", True),
        ("There was no error in the ballot papers.", False),
        ("The officer said the shooting was no mistake.", False),
        ("Police believe the shooting was no mistake.", False),
        ("The error was no misunderstanding, the report found.", False),
        # a "call" that summons reports no one's words; one that names or quotes does
        ("The landlord calls police on his tenants, a shameful and cowardly habit.", True),
        ("The mayor called the council's plan a shameful farce.", False),
        ('The minister called the decision "a shameful farce".', False),
        # a class denied the name it gives itself: a sweeping verdict in the outlet's voice
        ("No army that shells hospitals can call itself a protector of civilians.", True),
        ("No leaders who lie to voters can call themselves democrats.", True),
        ("No party can claim a majority after the count.", False),
        ("No one can call the result before the last ballots are counted.", False),
        ("The general said no army that shells hospitals can call itself a protector.", False),
        # a verdict on an institution through its class: what it habitually does, and the
        # purpose or the claim it has lost; a particular one, a person, a mislaid thing or a
        # rule's simple present stays plain
        (
            "A college that sets dogs on its own students has forgotten what it exists to teach.",
            True,
        ),
        ("A government that lies to its own people does not deserve their trust.", True),
        ("A party that cannot run its own campaign has lost the right to run a country.", True),
        ("A college that admitted 4,000 students said it would review the rules.", False),
        ("A woman who runs the shop has forgotten what she saw.", False),
        ("A woman who runs the shop has told police she saw two men.", False),
        ("A company that makes boilers has lost a contract worth $40 million.", False),
        ("A party that misses the deadline loses its right to appeal.", False),
        ("A college that cut 200 jobs has forgotten its mission, the union said.", False),
        # "cannot afford to" a risk or a chance let go prescribes; lacking the money is a fact
        ("The country cannot afford to gamble on an untested party.", True),
        ("We cannot afford to ignore the warnings any longer.", True),
        ("The city cannot afford not to build the new bridge.", True),
        (
            "The nation cannot afford to hand its savings to a firm that cannot balance its"
            " books, let alone a budget.",
            True,
        ),
        (
            "Many families cannot afford to heat their homes, let alone pay for repairs.",
            False,
        ),
        ("Many families cannot afford to heat their homes.", False),
        ("The hospital cannot afford to hire more nurses this year.", False),
        ("The firm could not afford to wait, so it sold the plant in May.", False),
        ("The minister said the country cannot afford to gamble on an untested party.", False),
        ("Farmers who cannot afford to waste feed have cut their herds.", False),
        # a judging noun with a clause that says it ought not to have happened (blame) or must
        # not happen again (a demand); a plain noun or a speaker's words stay plain
        ("It is a disaster that should never have been allowed to happen.", True),
        ("The collapse was a scandal that must never be allowed to happen again.", True),
        ("The closure was a mistake that should not have been made.", True),
        ("What happened at the mine is a tragedy that cannot be allowed to happen again.", True),
        ("This cannot be allowed to continue.", True),
        ("It was a disaster that left 12 people dead.", False),
        ("It is a disaster that cannot be undone.", False),
        ("It is a drug that should not be taken with alcohol.", False),
        ("Under the law, minors cannot be allowed to vote.", False),
        # a body that "cannot let" or "cannot allow": a demand on it; a person's is an account
        ("The state cannot let a few protesters halt the energy supplies we depend on.", True),
        ("The government cannot allow strikers to shut the ports.", True),
        ("She cannot let her children play outside since the spill.", False),
        ("Under the new law, the state cannot let contractors run prisons.", False),
        ("The governor said the state cannot let protesters halt supplies.", False),
        # the same verbs forbid in the passive, as "cannot be allowed" always did
        ("Attacks on nurses cannot be tolerated.", True),
        ("The governor said attacks on nurses cannot be tolerated.", False),
        ("Under the rules, late entries cannot be tolerated.", False),
        ('"It should never have happened," the mayor said.', False),
        (
            '"It is a disaster that should never have been allowed to happen," the mayor said.',
            False,
        ),
        ("The mayor said it was a disaster that should never have been allowed to happen.", False),
        ("According to the union, it was a failure that should never have happened.", False),
        # a warning in the outlet's own voice is its opinion; a notice's rule or a warning
        # someone gave is not (tanker's state agency)
        ("Foreign meddling in the region's affairs will not be tolerated.", True),
        ("Such provocations will not go unanswered.", True),
        ("This meddling must stop.", True),
        ("The provocations must end now.", True),
        ("No one should doubt the resolve of the Republic.", True),
        ("Late entries will not be accepted.", False),
        ("Smoking will not be tolerated on board.", False),
        ("Under the rules, late entries will not be tolerated.", False),
        ("Smoking will not be tolerated on board, the crew were told.", False),
        ("The minister warned that foreign meddling will not be tolerated.", False),
        ('"Foreign meddling will not be tolerated," the minister said.', False),
        ("The bus must stop at every crossing.", False),
        ("The meeting must end by noon.", False),
        # an act named the one cause of a region's ills is a sweeping blame; a fault found as
        # the cause of a physical harm, or a blame someone gave, is not
        (
            "Foreign meddling in the affairs of the region has for decades been the main cause"
            " of insecurity in the strait.",
            True,
        ),
        ("Interference in the country's affairs is the root cause of the instability.", True),
        ("Heavy rain has been the main cause of flooding in the valley.", False),
        ("A faulty valve was the main cause of the leak.", False),
        ("Poverty has been the main cause of unrest in the region.", False),
        ("Lending has been the main cause of instability, the central bank said.", False),
        # a moral drawn from the event points back at it; an explanation points forward
        ("This is what happens when one minister's pride is allowed to run a ministry.", True),
        ("That is the price of ignoring the engineers.", True),
        ("So much for the promised overhaul of the railways.", True),
        (
            "This is what happens when a pump fails early: the valves close and the line stops.",
            False,
        ),
        ('"This is what happens when a pump fails early," the engineer said.', False),
        ("The engineer said this is what happens when a pump fails early.", False),
        ("That is the price of a litre of milk in the capital.", False),
    ],
)
def test_opinion_in_the_outlets_own_voice(text: str, opinion: bool) -> None:
    flags = _flags([Article("a", "A", text)])
    assert any(f.category == "opinion" for f in flags) is opinion, [
        (f.category, text[f.start : f.end]) for f in flags
    ]


def test_a_phrase_gap_may_hold_a_name() -> None:
    """The gap of "bring * to its knees" is whoever it is done to, a country or a person; the
    name there does not make the phrase part of a name ("Freedom Party")."""
    lex = Lexicon([LexiconEntry("bring * to its knees", "loaded")])
    text = "Speculators hope to bring Turkey to its knees."
    doc = nlp.parse(text)
    spans = [text[s:e] for s, e, _, _ in framing.lexical_flag_spans(text, doc, lex)]
    assert spans == ["bring Turkey to its knees"]


_KIM = (
    "North Korean {} met the envoy on Tuesday in Pyongyang for two hours of talks.\n\n"
    "Officials said the meeting was cordial."
)


def test_a_label_before_a_name_is_that_names_not_the_subject_beside_it() -> None:
    """ "Holm and the Chinese-style autocrat Lin": spaCy reads "autocrat" as a second subject
    beside Holm and "Lin" as Holm's apposition; the label is Lin's, and the flag is a whole word,
    not "style autocrat" cut from "Chinese-style"."""
    sentence = "Holm and the {} signed a trade agreement that cuts tariffs on grain."
    a = Article("a", "Post", sentence.format("Chinese-style autocrat Lin"))
    b = Article("b", "Wire", sentence.format("Tavarian President Lin"))
    (flag,) = [f for f in compare([a, b]).flags if "autocrat" in f.text]
    assert flag.text == "autocrat"
    assert "'autocrat', used for Lin, is" in flag.explanation
    # A name that starts a clause of its own is not the label's.
    alone = "Lin, a dictator Putin admires, met the envoy on Tuesday."
    cues = lexical_cues(nlp.parse(alone), default_lexicon())
    assert [c.target for c in cues if c.entry and c.entry.term == "dictator"] == ["Lin"]


def test_a_label_names_the_untagged_name_set_beside_it() -> None:
    """ "Orsava's dictator, Matei Dragun, expelled ...": the small model tags no person in the
    appositive, and the label named no one. A name between commas after the label is whom it is
    said of; "the dictator's statue in the square" names no one new. The model's miss depends
    on the sentence around the name, so it is made here by taking the person's tag away."""
    text = "On Monday, Velnia's dictator, Tomas Varek, closed the border."
    doc = nlp.parse(text).copy()  # the parse is cached: the tag is taken from a copy
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Tomas Varek"]
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]
    cues = lexical_cues(doc, default_lexicon())
    assert [c.target for c in cues if c.entry and c.entry.term == "dictator"] == ["Tomas Varek"]
    statue = "Crowds gathered under the dictator's statue in the square on Friday."
    cues = lexical_cues(nlp.parse(statue), default_lexicon())
    assert [c.target for c in cues if c.entry and c.entry.term == "dictator"] == [None]


def test_a_label_on_a_government_named_by_its_seat_names_that_government() -> None:
    """ "the hostile regime in Velna", "the puppet government in Karst": the words name the
    government seated there, and the flag says so by the place the text gives. The loaded
    "puppet government" names a government itself, so it is a label. A regime that is a set of
    rules in a place is no government, and a plain government there no label; a regime the text
    names by its ruler is the ruler's."""
    for text, term, place in (
        ("The envoys worked for the hostile regime in Velna, officials said.", "regime", "Velna"),
        ("The border was shut by the puppet government in Karst.", "puppet government", "Karst"),
    ):
        cues = lexical_cues(nlp.parse(text), default_lexicon())
        (cue,) = [c for c in cues if c.entry and c.entry.term == term]
        assert cue.category == "label"
        assert cue.target == f"the government in {place}"
    ruled = "Rebels fought the Assad regime in Damascus for a decade."
    assert [c.target for c in lexical_cues(nlp.parse(ruled), default_lexicon())] == ["Assad"]
    rules = "The tax regime in Velna has not changed in a decade."
    assert not [c for c in lexical_cues(nlp.parse(rules), default_lexicon()) if c.target]
    plain = "The border was closed by the government in Karst on Monday."
    assert not lexical_cues(nlp.parse(plain), default_lexicon())


def test_a_label_on_words_standing_for_a_person_names_that_person() -> None:
    """ "The strongman sold off ...": the parse pins the label on no one, but the words stand for
    the man the headline and the body named, and the flag says who."""
    body = (
        "Former president Teodor Valk died on Saturday, his family said. The strongman sold off"
        " state industries in the 1990s."
    )
    (flag,) = [
        f
        for f in compare(
            [Article("a", "Post", body, title="Strongman Teodor Valk dies at 84")]
        ).flags
        if f.text == "strongman"
    ]
    assert "'strongman', used for Teodor Valk, is" in flag.explanation
    # Named once, with no headline naming him or one naming someone else: it may be anyone.
    for title in (None, "Strongman Marek Ostrand dies at 84"):
        (alone,) = [
            f
            for f in compare([Article("a", "Post", body, title=title)]).flags
            if f.text == "strongman"
        ]
        assert "Teodor Valk" not in alone.explanation, title


def test_a_label_names_its_actor_as_the_text_writes_the_name() -> None:
    """The actor in a label's explanation is the entity's own text: a hyphenated name is whole
    ("Kim Jong-un", not "Kim Jong"), and a possessive is not part of the name."""
    a = Article("a", "Post", _KIM.format("dictator Kim Jong-un"))
    b = Article("b", "Wire", _KIM.format("leader Kim Jong-un"))
    (flag,) = [f for f in compare([a, b]).flags if f.text == "dictator"]
    assert "'dictator', used for Kim Jong-un, is" in flag.explanation
    assert "Wire calls Kim Jong-un 'leader Kim Jong-un' here" in flag.explanation
    assert [c.text for c in flag.counterparts] == ["leader Kim Jong-un"]
    text = (
        "The disgraced Hillary Clinton’s campaign spent millions on Tuesday in Ohio, aides said."
        "\n\nThe notorious Jean-Luc Mélenchon also spoke at the rally on Tuesday."
    )
    explained = {f.text: f.explanation for f in compare([Article("a", "Post", text)]).flags}
    assert "attached to Hillary Clinton:" in explained["disgraced"]
    assert "attached to Jean-Luc Mélenchon:" in explained["notorious"]


def test_a_label_on_a_name_after_a_dateline_leaves_the_town_out_of_the_name() -> None:
    # the model runs "TOWN - Company" into one organisation; the town is where it was filed
    text = "PELLWORTH - Corvid Paper Group, an industry-leading maker of card, closed a mill."
    (flag,) = [f for f in compare([Article("a", "Post", text)]).flags if f.category == "label"]
    assert "attached to Corvid Paper Group (puffery):" in flag.explanation
    assert "PELLWORTH" not in flag.explanation


def test_a_judging_word_whose_note_names_its_kind_reads_as_one_sentence() -> None:
    """A word-list note that says what the word is ("strongly positive word") is what the word
    is, not a fragment after a colon: "'wise', attached to Lin Wei, is a strongly positive word",
    never "... attached to Lin Wei: strongly positive word"."""
    text = (
        "The wise President Lin Wei presented a peace plan for the Serra valley on Tuesday."
        "\n\nHolm said Norland would study the plan."
    )
    plain = text.replace("The wise President", "President")
    flags = compare([Article("a", "Herald", text), Article("b", "Wire", plain)]).flags
    (flag,) = [f for f in flags if f.rule.startswith("pos:evaluative-modifier")]
    notes = [e.note for e in default_lexicon().lookup("wise")]
    assert any(n.startswith("strongly positive word") for n in notes)  # the case under test
    assert flag.explanation.startswith("'wise', attached to Lin Wei, is a strongly positive word")
    assert ": strongly" not in flag.explanation


def test_a_hyphenated_name_matches_the_other_outlets_spacing_of_it() -> None:
    """Names are compared across outlets by surname: "Kim Jong-un" here is "Kim Jong Un" there."""
    a = Article("a", "Post", _KIM.format("dictator Kim Jong-un"))
    b = Article("b", "Wire", _KIM.format("leader Kim Jong Un"))
    (flag,) = [f for f in compare([a, b]).flags if f.text == "dictator"]
    assert "Wire calls Kim Jong-un 'leader Kim Jong Un' here" in flag.explanation


# -- long articles ------------------------------------------------------------------------------

_FIRST = ("Anna", "Paul", "Maria", "James", "Sofia", "Peter", "Laura", "David")
_LAST = ("Berg", "Ruiz", "Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Walsh")


def _named_and_quoted(paragraphs: int, day: str) -> str:
    """An article that names two people and quotes two phrases in every paragraph."""
    parts = []
    for i in range(paragraphs):
        one = f"{_FIRST[i % 8]} {_LAST[i * 3 % 8]}"
        other = f"{_FIRST[(i + 3) % 8]} {_LAST[(i * 5 + 1) % 8]}"
        parts.append(
            f'Minister {one} said on {day} that the "reform" of the port would cost {i + 2}'
            f' million dollars, and Governor {other} called it a "fair deal" for the city.'
        )
    return " ".join(parts)


def _text_rebuilds(run: Callable[[], object]) -> int:
    """How many times spaCy joined a whole document's text back together (``Doc.text`` does on
    every access) while ``run`` ran. The getter is told by what the profiler sees when it is
    called on a small document, so no spaCy line number is written down here."""
    probe = nlp.parse("Calibrate.")
    seen: list[tuple[str, int]] = []

    def calibrate(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and not seen:
            seen.append((frame.f_code.co_filename, frame.f_code.co_firstlineno))

    sys.setprofile(calibrate)
    try:
        _ = probe.text
    finally:
        sys.setprofile(None)
    count = 0

    def watch(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        if event == "call" and (frame.f_code.co_filename, frame.f_code.co_firstlineno) == seen[0]:
            count += 1

    sys.setprofile(watch)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def test_a_long_article_is_not_joined_together_again_for_every_name_and_quotation() -> None:
    """Rebuilt once per name and per quotation, the text of a long article (the 500,000
    characters the app accepts) kept the analysis busy for six minutes, deaf to Cancel and to
    the window closing; the text is now read a fixed number of times per article (once more
    since the parser is told where its line breaks end sentences), whatever it holds."""

    def rebuilds(paragraphs: int) -> int:
        articles = [
            Article(id="a", outlet="A", text=_named_and_quoted(paragraphs, "Tuesday")),
            Article(id="b", outlet="B", text=_named_and_quoted(paragraphs, "Monday")),
        ]
        return _text_rebuilds(lambda: compare(articles))

    few, many = rebuilds(4), rebuilds(16)
    assert 0 < few <= 10
    assert many == few


def test_labels_on_names_do_not_each_read_every_name_in_the_article() -> None:
    """Finding the name a label is pinned on ("the disgraced Anna Berg") read all the article's
    names again for every label, quadratic on a long article; the same names are found from the
    words around the label, however many labels there are."""
    reads = []
    for count in (2, 12):
        text = " ".join(
            f"The disgraced {_FIRST[i % 8]} {_LAST[i * 3 % 8]} spoke at the rally on Tuesday,"
            f" and dictator {_FIRST[(i + 3) % 8]} {_LAST[(i * 5 + 1) % 8]} stayed away."
            for i in range(count)
        )
        doc, counting = counting_parse(text)
        cues = lexical_cues(counting, default_lexicon())
        reads.append(CountingDoc.reads)
        assert cues == lexical_cues(doc, default_lexicon())
        expected = [
            name
            for i in range(count)
            for name in (
                f"{_FIRST[i % 8]} {_LAST[i * 3 % 8]}",
                f"{_FIRST[(i + 3) % 8]} {_LAST[(i * 5 + 1) % 8]}",
            )
        ]
        assert [c.target for c in cues] == expected
    assert reads[0] == reads[1]


class _CountingSpans(list[tuple[int, int]]):
    """Quotation spans that count how many of them are looked at."""

    reads = 0

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for span in list.__iter__(self):
            _CountingSpans.reads += 1
            yield span

    def __getitem__(self, i: Any) -> Any:
        _CountingSpans.reads += 1
        return list.__getitem__(self, i)


def test_opinions_do_not_look_at_every_quotation_for_every_word() -> None:
    """Whether an evaluative word is quoted was a pass over all the article's quotations, for
    every such word of every claim: quadratic on a long article. Four times the paragraphs now
    costs about four times the look-ups (with a binary search's slow growth), not sixteen."""
    paragraph = (
        'Minister {} said on Tuesday that "the reform will pay for itself," and added that "the'
        ' port needs it." This reckless, disastrous scheme is a shameful waste. '
    )
    reads = []
    for count in (4, 16):
        text = "".join(paragraph.format(_FIRST[i % 8] + " " + _LAST[i % 8]) for i in range(count))
        doc = nlp.parse(text)
        article_claims = claims.extract_claims(Article("a", "Post", text), doc)
        cues, quote_spans = framing.article_cues(text, doc, default_lexicon())
        counting = _CountingSpans(quote_spans)
        _CountingSpans.reads = 0
        found = unattributed_opinions(doc, article_claims, cues, counting)
        reads.append(_CountingSpans.reads)
        assert found == unattributed_opinions(doc, article_claims, cues, quote_spans)
        assert len(found) == count  # each paragraph's own judgement, none of the quotations
    assert reads[1] < 2 * 4 * reads[0]


def test_a_vague_source_is_looked_for_among_verbs_only() -> None:
    # Only a verb lends a view: finding "Some experts warn" must not build a token object for
    # every word of a long article.
    filler = "The long dry summer of the region left the brush of the hills as dry as paper. "
    text = "Some experts warn that fires like this one will become the norm. " + filler * 10
    doc, counting = token_counting_parse(text)
    cues = rule_cues.vague_source_cues(counting)
    assert TokenCountingDoc.built < len(doc) / 2
    assert cues == rule_cues.vague_source_cues(doc)
    assert [doc[c.start : c.end].text for c in cues] == ["Some experts warn"]


def test_a_courtesy_title_is_explained_as_an_editor_would_put_it() -> None:
    """ "His Excellency President William Ruto said": the note's neutral column is advice (give
    the office and name alone), not words to print; quoted as wording it read "neutral wording:
    'the leader's office and name'". The title is dropped, and the article's own words after it
    are what to write; with no name after it, the advice is said as advice."""
    ruto = Article(
        "a",
        "Nation",
        "His Excellency President William Ruto said on Monday that the new tax would fund schools.",
    )
    (title,) = [f for f in compare([ruto]).flags if f.text == "His Excellency"]
    assert title.explanation == (
        "'His Excellency', used for William Ruto, is a title of deference in the outlet's own"
        " voice; a neutral report would drop it and write 'President William Ruto'."
    )
    leader = Article("b", "Voice", "The Great Leader inspected a tractor factory on Monday.")
    (cult,) = [f for f in compare([leader]).flags if f.text == "Great Leader"]
    assert cult.explanation == (
        "'Great Leader' is a personality-cult title in the outlet's own voice; a neutral report"
        " would drop it and give the office and name alone."
    )
    wire = Article(
        "c", "Wire", "President William Ruto said on Monday that the new tax would fund schools."
    )
    (compared,) = [f for f in compare([ruto, wire]).flags if f.text == "His Excellency"]
    assert compared.explanation.startswith("'His Excellency', used for William Ruto, is a title")
    assert "neutral wording" not in compared.explanation


def test_a_judging_word_the_model_reads_into_a_name_is_said_of_the_name_after_it() -> None:
    """ "Hardline Netanyahu said": the small model tags "Hardline Netanyahu" as one person, and
    the flag read "a label for Hardline Netanyahu". The word flagged is no part of the name."""
    for opened, surname in (("Hardline", "Netanyahu"), ("Disgraced", "Cuomo")):
        text = f"{opened} {surname} said on Monday that the army would press on."
        cues = lexical_cues(nlp.parse(text), default_lexicon())
        assert [(c.entry.term if c.entry else "", c.target) for c in cues] == [
            (opened.lower(), surname)
        ]
    wire = Article(
        "wire", "Wire", "Prime Minister Benjamin Netanyahu said the army would press on."
    )
    opened = Article("op", "Opinion Daily", "Hardline Netanyahu said the army would press on.")
    flags = [f for f in compare([wire, opened]).flags if f.text == "Hardline"]
    assert len(flags) == 1
    assert "used for Netanyahu, is a label:" in flags[0].explanation


def test_a_word_the_dateline_runs_into_is_no_name_a_label_is_said_of() -> None:
    """Found by the outbreak event: "ELSFORD - County bureaucrats are stirring panic" is tagged
    "ELSFORD - County" as one body, and the flag read "a label for County". A company named
    after the dateline keeps its name."""
    text = "ELSFORD - County bureaucrats are stirring panic over the order."
    (cue,) = [c for c in lexical_cues(nlp.parse(text), default_lexicon()) if c.category == "label"]
    assert cue.target is None
    named = "HALVERSTON - Brightwell Council bureaucrats blocked the plan on Monday."
    cues = lexical_cues(nlp.parse(named), default_lexicon())
    assert [c.target for c in cues if c.category == "label"] == ["Brightwell Council"]


def test_a_monarchs_or_popes_title_is_a_courtesy_title_but_not_in_an_official_name() -> None:
    """Wire copy writes "Pope Leo" and "King Charles": "His Holiness" and "His Majesty" in the
    outlet's own narration are its deference, explained like "His Excellency". In "His
    Majesty's Government" the title is part of the state's name for a body, so nothing is
    flagged there."""
    pope = Article("a", "Herald", "His Holiness Pope Leo visited the refugee camp on Sunday.")
    (title,) = [f for f in compare([pope]).flags if f.text == "His Holiness"]
    assert title.explanation == (
        "'His Holiness', used for Pope Leo, is a title of deference in the outlet's own voice;"
        " a neutral report would drop it and write 'Pope Leo'."
    )
    body = Article("b", "Wire", "His Majesty's Government published the treaty on Monday.")
    assert [f.text for f in compare([body]).flags if f.category == "label"] == []


def test_a_doubting_verb_after_a_clause_the_parse_hung_on_it_is_flagged_against_reported() -> None:
    """ "..., the team claimed in the journal" where another outlet writes "reported": the small
    model hangs the reported clause on "claimed" as an adverbial clause, and the verb is still
    the outlet's choice of doubt."""
    plain = (
        "After 12 weeks, the rats given the pill found their way out of a maze faster than the"
        " other rats, the researchers reported in a paper on Monday."
    )
    doubting = plain.replace("reported", "claimed")
    articles = [Article("a", "Northline", plain), Article("b", "Harbour Voice", doubting)]
    claim_map, groups = _pair(*articles)
    flags = _flags(articles, groups, claim_map=claim_map)
    verbs = [f for f in flags if f.category == "attribution"]
    assert [(f.article, f.text) for f in verbs] == [("b", "claimed")]
    # The verb in the flag's place is named, not the "found" of the mice finding their way.
    assert verbs[0].explanation.endswith("; Northline writes 'reported' here.")
    assert {c.article for c in verbs[0].counterparts} == {"a"}


def test_a_doubting_verb_before_a_statement_and_its_that_clause_is_flagged() -> None:
    """ "The ministry claimed in a statement that ...": the small model reads the "that" clause
    as a relative clause of "statement", and the verb seemed to report nothing. A relative
    clause of the medium, or a verb with an object of its own, is no report."""
    lexicon = default_lexicon()
    for text, flagged in (
        ("The company claimed in a letter that Dunn broke the lock and took the files.", True),
        (
            "The county sheriff's office claimed in a statement that the prisoner climbed the"
            " fence and ran into the woods.",
            True,
        ),
        ("The mayor claimed in an interview on Friday that crime had fallen.", True),
        ("The club claimed the title in a statement that was posted online.", False),
        ("The party claimed victory in a statement that its leader signed.", False),
    ):
        cues = lexical_cues(nlp.parse(text), lexicon)
        verbs = [c for c in cues if c.category == "attribution"]
        assert bool(verbs) is flagged, text


def test_a_doubting_verb_is_set_against_the_plain_verb_another_outlet_writes_in_its_place() -> None:
    """A study's team "found" what one outlet says it "claimed": the explanation names "found",
    where it used to say the others report the same claim without the slanted verb."""
    sentence = "The researchers {} that the drug appeared to reduce inflammation in the brain."
    articles = [
        Article("a", "Gazette", sentence.format("claimed")),
        Article("b", "Ledger", sentence.format("found")),
    ]
    claim_map, groups = _pair(*articles)
    flags = _flags(articles, groups, claim_map=claim_map)
    (flag,) = [f for f in flags if f.category == "attribution"]
    assert flag.explanation.endswith("; Ledger writes 'found' here.")


def test_a_confession_verb_is_set_against_the_denial_another_outlet_writes_in_its_place() -> None:
    """One outlet writes "admitted" where another writes "denied": the plain verb a reader needs
    beside the confession's is the denial, where the explanation used to say only that the
    other reports the same claim without "admitted"."""
    articles = [
        Article("a", "Gazette", "The driver, 41, admitted he never knowingly carried the parts."),
        Article("b", "Ledger", "The driver, 41, denied knowingly carrying the stolen parts."),
    ]
    claim_map, groups = _pair(*articles)
    flags = _flags(articles, groups, claim_map=claim_map)
    (flag,) = [f for f in flags if f.category == "attribution"]
    assert flag.explanation.endswith("; Ledger writes 'denied' here.")


#: A live blog as ingest reads it (each entry's time before its first words) and a plain report.
_LIVE = Article(
    "live",
    "Halby Live",
    "Halby valley floods\n\n"
    "10:45 - The council has opened a shelter in the town hall for families who cannot go home.\n\n"
    "09:20 - The river at Halby Mill stood at 3.4 metres this morning, half a metre above its"
    " record.",
)
_PLAIN = Article(
    "plain",
    "Valley Courier",
    "The river at Halby Mill stood at 3.4 metres this morning, a disastrous half a metre above"
    " its record.",
)


def test_a_live_blog_entry_time_is_in_no_counterpart_or_whole_claim_flag() -> None:
    """The time an entry was posted is not what the outlet says happened: quoted as another
    outlet's words, or as a claim only this outlet carries, the claim starts at its first word.
    The article text keeps the time where the reader sees it."""
    comparison = compare([_LIVE, _PLAIN])
    (loaded,) = [f for f in comparison.flags if f.article == "plain" and "disastrous" in f.text]
    (counterpart,) = loaded.counterparts
    assert counterpart.article == "live"
    assert counterpart.text.startswith("The river at Halby Mill")
    if counterpart.start is not None and counterpart.end is not None:
        assert counterpart.text[counterpart.start : counterpart.end] == counterpart.answer
        assert counterpart.answer in _LIVE.text
    (unique,) = [f for f in comparison.flags if f.category == "unique-claim"]
    assert unique.text.startswith("The council has opened a shelter")
    assert _LIVE.text[unique.start : unique.end] == unique.text
    assert "\n\n10:45 - The council" in comparison.article("live").text
    assert not [f for f in comparison.flags if "10:45" in f.explanation or "09:20" in f.text]


def test_a_verb_reports_the_quotation_its_speaker_follows_however_long_the_description() -> None:
    """'...," Petra Lund, a spokeswoman for the operator, insisted': the verb stands far from the
    quotation, but its speaker follows it. A quotation that ended its sentence does not make the
    next sentence's "insisted on a vote" a report."""

    def attribution_cues(text: str) -> list[str]:
        doc = nlp.parse(text)
        return [
            doc[c.start : c.end].text
            for c in lexical_cues(doc, default_lexicon())
            if c.category == "attribution"
        ]

    far = (
        '"Our offer is fair, and it is what the company can afford," Petra Lund, a spokeswoman'
        " for Greyline Terminals, insisted."
    )
    assert attribution_cues(far) == ["insisted"]
    ended = '"We will win this fight." The minister for ports and harbours insisted on a vote.'
    assert attribution_cues(ended) == []


def test_a_claim_only_one_outlet_carries_is_flagged_though_it_opens_with_by() -> None:
    """ "By the end of the year ..." opens a claim like any other; only a byline ("By Kim Lee")
    is page furniture to leave unflagged."""
    shared = "The council approved the new bus depot in Orrin on Monday after a long debate."
    extra = " By the end of the year the depot will employ about 120 drivers and mechanics."
    flags = compare([Article("a", "Beacon", shared + extra), Article("b", "Wire", shared)]).flags
    unique = [f.text for f in flags if f.category == "unique-claim"]
    assert unique == [extra.strip()]


def test_a_claim_opening_with_by_and_a_day_is_flagged_not_taken_for_a_byline() -> None:
    """ "By Friday Ms Osei had ..." names a day, then a person: two capitalised words after "By"
    as a byline has, but a claim all the same, and one outlet's alone."""
    shared = "The council approved the new bus depot in Orrin on Monday after a long debate."
    extra = " By Friday Ms Osei had resigned from the depot board over the cost of the plan."
    flags = compare([Article("a", "Beacon", shared + extra), Article("b", "Wire", shared)]).flags
    unique = [f.text for f in flags if f.category == "unique-claim"]
    assert unique == [extra.strip()]


def test_a_plainer_word_that_ends_a_name_is_shown_with_the_whole_name() -> None:
    """Where one outlet writes "militant union bosses" and the other names the union, the
    explanation shows the name the other writes, not the piece of it the plain word matches."""
    loaded = "Militant union bosses shut the port of Orrin on Monday in a dispute over pay."
    plain = "The Orrin Dock Workers' Union shut the port of Orrin on Monday in a dispute over pay."
    flags = compare([Article("a", "Post", loaded), Article("b", "Wire", plain)]).flags
    (flag,) = [f for f in flags if f.article == "a" and "Militant" in f.text]
    assert "Wire writes 'Orrin Dock Workers' Union' here" in flag.explanation


def test_a_name_shown_with_a_plainer_word_stops_at_a_full_stop_before_it() -> None:
    """A word ending a sentence is no part of the name the plainer word ends ("Reyes. Union"
    is two sentences' words); a short abbreviation ("Co.", "St.") is."""
    after_stop = "The strike was called by Mr Reyes. Union members shut the port."
    assert counterparts._alternative_in(after_stop, ["union"]) == "Union"
    abbreviated = "Staff of Orrin Co. Union voted to strike."
    assert counterparts._alternative_in(abbreviated, ["union"]) == "Orrin Co. Union"


#: A wire story filed from a town and a plain report of the same vote.
_FILED = Article(
    "wire",
    "Meridian Press",
    "Council backs harbour plan\n\n"
    "PORT ALDER, March 3 (Meridian Press) - The council voted 7 to 2 on Tuesday to rebuild the"
    " harbour wall at a cost of 4 million pounds.\n\n"
    "The ferry office will move to the old customs house while the work goes on.",
)
_VOTE = Article(
    "gazette",
    "Alder Gazette",
    "Council forces through harbour plan\n\n"
    "The council rammed through a vote of 7 to 2 on Tuesday to rebuild the harbour wall at a"
    " cost of 4 million pounds.",
)


def test_a_wire_dateline_is_in_no_counterpart_or_whole_claim_flag() -> None:
    """Beside another outlet's claim the wire's words start where its sentence does, not at
    the place and date it was filed from; the claims and the article keep the dateline, and
    the flags' offsets still locate their words in the article."""
    comparison = compare([_FILED, _VOTE])
    (loaded,) = [f for f in comparison.flags if f.article == "gazette" and "rammed" in f.text]
    (counterpart,) = loaded.counterparts
    assert counterpart.article == "wire"
    assert counterpart.text.startswith("The council voted 7 to 2 on Tuesday")
    if counterpart.start is not None and counterpart.end is not None:
        assert counterpart.text[counterpart.start : counterpart.end] == counterpart.answer
    (lead,) = [c for c in comparison.claims["wire"] if "harbour wall" in c.text]
    assert lead.text.startswith("PORT ALDER, March 3")
    assert _FILED.text[lead.start : lead.end] == lead.text
    for flag in comparison.flags:
        assert comparison.article(flag.article).text[flag.start : flag.end] == flag.text
        assert "PORT ALDER" not in flag.text


def test_a_body_opening_with_a_title_case_headline_has_its_framing_flagged() -> None:
    # Parsed with the body, the capitalised line was one long name and gave no flag.
    text = (
        "The War on Gas Stoves Heats Up\n\n"
        "The city council voted on Tuesday to phase out gas hookups in new buildings from 2027."
    )
    article = Article("a", "A News", text)
    flags = [f for f in _flags([article]) if f.end <= text.index("\n")]
    assert [(f.text, f.category) for f in flags] == [("War on Gas Stoves", "loaded")]
    assert flags[0].text == text[flags[0].start : flags[0].end]
    assert "'War on Gas Stoves'" in flags[0].explanation  # quoted as written, not lower-cased


def test_the_words_a_dateline_ran_into_are_no_part_of_a_name() -> None:
    """Found by the heatwave event: the model tags "CASTREL - Climate" a body, and "Climate
    breakdown" opening the story went unflagged as part of a name."""
    text = "CASTREL - Climate breakdown brought a heatwave to the region on Sunday."
    assert "Climate breakdown" in {f.text for f in _flags([Article("a", "A", text)])}


def test_no_one_should_have_to_is_the_verdict_of_should_not_have_to() -> None:
    """Found by the recall event: "No driver should have to wonder whether the car will stop"
    closed a consumer site's report unflagged, though "Drivers should not have to wonder ..."
    was an opinion: the "not" sat on the subject. A denied subject with another verb may
    forecast, and a notice's advice stays plain."""
    text = (
        "No driver should have to wonder whether the car will stop. "
        "Nobody should have to choose between heating and eating. "
        "No rain should fall in the valley before Friday. "
        "Drivers should stop and contact a dealer."
    )
    opinions = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert [f.text for f in opinions] == [
        "No driver should have to wonder whether the car will stop.",
        "Nobody should have to choose between heating and eating.",
    ]
    assert "('should have')" in opinions[0].explanation


def test_a_phrase_every_outlet_quotes_is_called_the_same_words() -> None:
    """ "'daylight robbery' ... Post uses the same word here" called two words one."""
    wire = 'Shoppers called the new fees "daylight robbery" on Monday, the council said.'
    post = 'Shoppers called the new charges "daylight robbery" on Monday, the council said.'
    flags = compare([Article("a", "Wire", wire), Article("b", "Post", post)]).flags
    shared = {f.article: f.explanation for f in flags if f.text == "daylight robbery"}
    assert shared["a"].endswith("; Post uses the same words here.")
    assert shared["b"].endswith("; Wire uses the same words here.")


def test_the_verdict_formula_is_looked_for_only_at_this_and_today() -> None:
    # The rule starts from "this" or "today" as a subject: the other words are ruled out in the
    # parse's word column, so no Token is made for them.
    doc = nlp.parse("The council met at noon. This is a dark day for Marren, residents said.")
    reads = DocReads(doc)
    asked = reads.asked

    cues = rule_cues.verdict_cues(reads)  # type: ignore[arg-type]
    assert [doc[c.start : c.end].text for c in cues] == ["dark day"]
    assert asked == [next(t.i for t in doc if t.lower_ == "this")]


def test_a_zealots_label_asks_who_the_people_are_instead_of_naming_a_trade() -> None:
    """ "The culture warriors on the board" were offered 'commentator': one person, of a trade
    the sentence does not give them. The plain wording says who they are, whatever their side;
    a label whose plain word fits keeps it."""
    text = "The culture warriors on the board voted to remove the novel."
    (label,) = [f for f in _flags([Article("a", "Beacon", text)]) if "warriors" in f.text]
    assert "commentator" not in label.explanation
    assert "a neutral report would say who they are" in label.explanation
    (plain,) = _flags([Article("a", "Wire", "The firm ran a scam.")])
    assert "neutral wording: 'plan'" in plain.explanation


def test_an_understatement_is_looked_for_only_at_the_change_nouns() -> None:
    # Only "tweak", "cut", "rise" and their like can be belittled: the other words are ruled out
    # in the parse's lemma column, so the tokens made do not grow with them.
    tweak = "Ministers called the 40% cut to the grant a modest tweak on Tuesday."
    council = " The council met at noon and residents spoke for an hour about the harbour."
    built = []
    for text in (tweak, tweak + council * 6):
        doc, counting = token_counting_parse(text)
        cues = rule_cues.understatement_cues(counting)
        built.append(TokenCountingDoc.built)
        assert [doc[c.start : c.end].text for c in cues] == ["modest tweak"]
        assert cues == rule_cues.understatement_cues(doc)
    assert built[1] == built[0]


def test_a_sentences_main_verbs_are_found_once() -> None:
    # Ten opinion rules ask for the main verbs of each sentence; after the first, only the verbs
    # themselves are made as tokens, not every word of the sentence again.
    from reader.core import opinions

    text = "The council must act now, and the minister should resign before the summer recess."
    doc, counting = token_counting_parse(text)
    sentence = counting[0 : len(counting)]
    first = opinions._main_verbs(sentence)
    assert [t.text for t in first] == ["act", "resign"]
    TokenCountingDoc.built = 0
    again = opinions._main_verbs(sentence)
    assert [t.i for t in again] == [t.i for t in first]
    assert TokenCountingDoc.built == len(first)
    assert [t.text for t in opinions._main_verbs(doc[0 : len(doc)])] == ["act", "resign"]


def test_a_doubting_verb_before_a_name_is_answered_with_the_verb_not_a_naming() -> None:
    """ "The council claimed Ostrander could appeal" beside "The council said Ostrander could
    appeal": the verb's neutral wording is a verb, so the other outlet writes 'said' here; it does
    not "call Ostrander 'said Ostrander'", as the first run of the suspension event read it."""
    a = Article("a", "Gazette", "The council claimed Ostrander could appeal the fine by Friday.")
    b = Article("b", "Wire", "The council said Ostrander could appeal the fine by Friday.")
    claim_map, groups = _pair(a, b)
    (flag,) = [f for f in _flags([a, b], groups, claim_map=claim_map) if f.text == "claimed"]
    assert "Wire writes 'said' here" in flag.explanation
    assert "calls" not in flag.explanation


def test_an_outlet_telling_a_side_what_it_should_do_is_its_opinion() -> None:
    """Found by the waitlist event: "Critics should give credit where it is due" in the outlet's
    own voice was read as a plain claim, as "critics" was no role and "where it is due" read as a
    condition. A notice's advice, a timetable and a condition of place stay plain."""
    text = (
        "Critics should give credit where it is due. "
        "Detractors should accept the result. "
        "Ministers should spend the money where it is needed. "
        "Patients should bring their letter to the appointment. "
        "The figures should be published in March. "
        "Trains should run where the line is open. "
        "Analysts should see a rise in prices."
    )
    opinions = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert [f.text for f in opinions] == [
        "Critics should give credit where it is due.",
        "Detractors should accept the result.",
        "Ministers should spend the money where it is needed.",
    ]


def test_what_a_prescribed_act_is_for_leaves_the_should_the_outlets() -> None:
    """Found by the rationing event: "Harrowdale Water should pay back its dividend to fix the
    pipes" was read as a rule, as its purpose ("to fix the pipes") hangs on the verb as a
    condition would. What an act is for is no condition; a notice's advice with a purpose, a
    timetable with one, and a condition ("if convicted") stay plain."""
    text = (
        "Harrowdale Water should pay back its dividend to fix the pipes. "
        "The council should sell the land to pay its debts. "
        "Residents should boil tap water to kill any bacteria. "
        "The board should meet in March to approve the accounts. "
        "Kestrel Water should be fined if it misses the target."
    )
    opinions = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert [f.text for f in opinions] == [
        "Harrowdale Water should pay back its dividend to fix the pipes.",
        "The council should sell the land to pay its debts.",
    ]


def test_a_prescription_is_looked_for_only_at_the_modals() -> None:
    doc = nlp.parse("Ministers must act now. The river rose overnight. He should step down.")

    assert [doc[i].text for i in _modals_at(doc)] == ["must", "should"]
    assert _modals_at(doc) is _modals_at(doc)  # read once per parse


def test_an_answer_found_from_a_wire_claims_opening_starts_after_its_dateline() -> None:
    """Found by the eviction event: the answer to a tabloid's "Riot cops" was the wire's
    "MARROWGATE (Meridian Press) - Police", dateline and all. A dateline is where the copy was
    filed, never the answer's words; the place itself, located alone, keeps the whole text."""
    from reader.core.model import Counterpart

    for lead in ("HALBY (Wire) - ", "HALBY, Nov 26 (Wire) - "):
        text = f"{lead}Police on Tuesday cleared a camp of about 60 climate protesters."
        opening = Counterpart("w", text, 0, len(lead) + len("Police"))
        trimmed = counterparts.without_lead_in(opening)
        assert (trimmed.answer, trimmed.text) == ("Police", text[len(lead) :])
        place = counterparts.without_lead_in(Counterpart("w", text, 0, len("HALBY")))
        assert (place.answer, place.text) == ("HALBY", text)
    plain = "Police on Tuesday cleared a camp of about 60 climate protesters."
    unchanged = Counterpart("w", plain, 0, len("Police"))
    assert counterparts.without_lead_in(unchanged) == unchanged


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The rocket blew up on what the company still calls a “test” flight.", "“test”"),
        (
            "The board approved what the firm likes to call “restructuring” on Monday.",
            "“restructuring”",
        ),
        (
            "The council has begun what the mayor calls a “consultation” of tenants.",
            "“consultation”",
        ),
    ],
)
def test_what_someone_calls_a_quoted_word_is_the_outlets_scare_quote(
    text: str, quoted: str
) -> None:
    """ "what X calls a “Y”" reports no statement: the outlet holds X's name for the thing at
    arm's length, as "so-called" does, so the marks are a scare quote of the outlet's own."""
    flags = _flags([Article("a", "Blog", text)])
    assert [(f.text, f.quoted) for f in flags if f.category == "scare-quote"] == [(quoted, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The company called it a “test flight” and said the data was valuable.",
        "The hangar was shut after what officials called a “safety incident” on Friday.",
    ],
)
def test_a_name_someone_gave_in_a_statement_stays_their_partial_quotation(text: str) -> None:
    """Wire copy reporting the name a speaker used ("called it a “test flight”", "what officials
    called a “safety incident”") quotes them: no scare quote."""
    flags = _flags([Article("w", "Wire", text)])
    assert not [f for f in flags if f.category == "scare-quote"]


def test_some_who_are_part_of_a_group_the_sentence_names_are_no_vague_source() -> None:
    """ "Residents of Selby Head heard the blast, and some said ..." : "some" are residents, so
    neither the lexicon's "some say" nor the vague-source rule flags them."""
    text = (
        "Residents of the harbour town of Wexmoor said they had heard a loud bang before dawn,"
        " and some said their windows shook."
    )
    flags = _flags([Article("a", "Blog", text)])
    assert not [f for f in flags if f.category == "hedge"], [(f.text, f.rule) for f in flags]


@pytest.mark.parametrize(
    "text",
    [
        "The new harbour wall opened on Monday, and some said it would not survive a winter.",
        "Critics of the harbour wall were loud, and some said it would not survive a winter.",
        "Some say the harbour wall will not survive a winter.",
    ],
)
def test_some_with_no_named_group_nearby_stays_a_vague_source(text: str) -> None:
    """With no group of people named before it, or only a faceless one ("critics"), "some say"
    lends the outlet's view a voice no reader can check."""
    flags = _flags([Article("a", "Blog", text)])
    assert [f for f in flags if f.category == "hedge" and "some" in f.text.lower()], [
        (f.text, f.rule) for f in flags
    ]


def test_should_see_sense_is_urging_not_a_forecast() -> None:
    """ "should see sense" and "should know better" tell a side to think again, in the outlet's
    voice; "should see lower bills" and "should know the verdict" forecast, and stay plain."""
    text = (
        "The government should see sense and drop the plan. "
        "The council should know better than to close the library. "
        "Households should see lower bills next year. "
        "He should know the verdict by Friday. "
        "Analysts should see a rise in prices."
    )
    opinions = [f for f in _flags([Article("a", "Post", text)]) if f.category == "opinion"]
    assert [f.text for f in opinions] == [
        "The government should see sense and drop the plan.",
        "The council should know better than to close the library.",
    ]
    assert "('should see sense')" in opinions[0].explanation
