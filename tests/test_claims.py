"""Claims: news-aware sentences, clause splits, boilerplate and attribution."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entity_reads import CountingDoc, counting_parse
from reader.core import nlp
from reader.core.claims import extract_claims
from reader.core.model import Article, Claim
from reader.core.quotes import quotations
from reader.core.sentences import (
    is_boilerplate,
    lead_in_end,
    without_entry_time,
    without_lead_in,
)

WIRE = (
    "Envoy pushes for talks on the border dispute\n"
    "By Jane Doe and John Roe\n"
    "\n"
    "GENEVA (Harbour Wire) - The envoy met both foreign ministers on Thursday, and "
    "the two sides agreed to resume talks next month. The meeting lasted three hours;"
    " officials described it as frank.\n"
    "\n"
    '"We want both countries to find a lasting settlement," said a senior United '
    "Nations official. The northern government said it was open to talks but rejected"
    " any outside mediation.\n"
    "\n"
    "Foreign Minister Ana Ruiz told Reuters that her country would send a delegation."
    " Ms Ruiz said the proposal was balanced and added that the talks should start "
    "soon.\n"
    "\n"
    "According to diplomats, the delegation will travel in March. The southern "
    'government did not comment on the proposal, but a spokesman said: "We are '
    'studying the text. Nothing is agreed yet."\n'
    "\n"
    "The talks come after a row in which the minister said that the envoy had been "
    '"naive" about the dispute.\n'
    "\n"
    "Read more: The border dispute explained\n"
    "Follow Jane Doe on Twitter @janedoe\n"
)


def _claims(text: str, article_id: str = "a") -> tuple[Claim, ...]:
    return extract_claims(Article(id=article_id, outlet="Test", text=text), nlp.parse(text))


@pytest.fixture(scope="module")
def wire() -> tuple[Claim, ...]:
    return _claims(WIRE, "wire")


@pytest.fixture
def seed_claims(seed_path: Path) -> tuple[Article, tuple[Claim, ...]]:
    text = seed_path.read_text(encoding="utf-8")
    article = Article(id="seed", outlet="Seed", text=text)
    return article, extract_claims(article, nlp.parse(text))  # the parse is cached across tests


def _containing(claims: tuple[Claim, ...], words: str) -> Claim:
    matches = [c for c in claims if words in c.text]
    assert len(matches) == 1, (words, [c.text for c in matches])
    return matches[0]


def test_claims_are_trimmed_spans_of_the_text_in_reading_order(wire: tuple[Claim, ...]) -> None:
    assert wire
    for n, claim in enumerate(wire, start=1):
        assert claim.id == f"wire/c{n}"
        assert claim.article == "wire"
        assert claim.text == WIRE[claim.start : claim.end]
        assert claim.text == claim.text.strip()
    for before, after in itertools.pairwise(wire):
        assert before.end <= after.start
        assert before.sentence <= after.sentence


def test_headline_without_full_stop_is_its_own_claim(wire: tuple[Claim, ...]) -> None:
    assert wire[0].text == "Envoy pushes for talks on the border dispute"


def test_byline_and_page_furniture_are_skipped(wire: tuple[Claim, ...]) -> None:
    texts = " ".join(c.text for c in wire)
    assert "By Jane Doe" not in texts
    assert "Read more" not in texts
    assert "Follow Jane Doe" not in texts


def test_dateline_fragment_stays_with_its_sentence(wire: tuple[Claim, ...]) -> None:
    first = _containing(wire, "GENEVA")
    assert first.text.startswith("GENEVA (Harbour Wire) - The envoy met")


def test_coordinated_independent_clauses_become_two_claims(wire: tuple[Claim, ...]) -> None:
    met = _containing(wire, "The envoy met")
    agreed = _containing(wire, "agreed to resume talks")
    assert met is not agreed
    assert met.sentence == agreed.sentence
    assert agreed.text.startswith("and the two sides")
    assert met.text.endswith("on Thursday")  # the comma before "and" is not part of either claim


@pytest.mark.parametrize("joiner", ["and", "but"])
def test_a_clause_split_off_at_a_conjunction_has_its_own_words_after_it(joiner: str) -> None:
    from reader.core.clause_split import own_words_start

    text = f"Cameras will enforce the zone, {joiner} drivers who do not pay will face a fine."
    claims = _claims(text)
    assert [c.text.split()[0] for c in claims] == ["Cameras", joiner]
    assert [text[own_words_start(c, claims) :].split()[0] for c in claims] == [
        "Cameras",
        "drivers",
    ]


def test_a_sentence_that_opens_with_a_conjunction_keeps_it_as_its_own_words() -> None:
    from reader.core.clause_split import own_words_start

    text = "The fee starts in March. But drivers who do not pay will face a fine."
    claims = _claims(text)
    but = next(c for c in claims if c.text.startswith("But"))
    assert own_words_start(but, claims) == but.start


@pytest.mark.parametrize(
    ("first", "joiner", "second"),
    [
        (
            "The council approved the levy by 31 votes to 26 after a long debate",
            "while",
            "hundreds of angry drivers protested outside the town hall.",
        ),
        (
            "The council approved the levy by 31 votes to 26 after a long debate",
            "whereas",
            "hundreds of angry drivers protested outside the town hall.",
        ),
        (
            "Supporters hailed the law as a breakthrough for renters",
            "however,",
            "the approach was widely dismissed by experts.",
        ),
    ],
)
def test_a_comma_splice_part_has_its_own_words_after_its_joining_word(
    first: str, joiner: str, second: str
) -> None:
    # A whole-claim flag ("Only X carries this") starts at these words, not at "however,".
    from reader.core.clause_split import own_words_start

    text = f"{first}, {joiner} {second}"
    claims = _claims(text)
    assert [c.text for c in claims] == [first, f"{joiner} {second}"]
    assert [text[own_words_start(c, claims) : c.end] for c in claims] == [first, second]


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "The council raised the fee; however much critics complained, the mayor said it was"
            " needed.",
            "however much critics complained, the mayor said it was needed.",
        ),
        (
            "The council raised the parking fee, yet another protest is planned for Monday.",
            "yet another protest is planned for Monday.",
        ),
    ],
)
def test_a_part_opening_with_a_degree_word_keeps_it_as_its_own_words(text: str, own: str) -> None:
    # "however much" and "yet another" grade what follows; the flag must not start at "much".
    from reader.core.clause_split import own_words_start

    claims = _claims(text)
    part = next(c for c in claims if c.text == own)
    assert text[own_words_start(part, claims) : part.end] == own


@pytest.mark.parametrize("opener", ["However,", "Meanwhile,"])
def test_a_sentence_that_opens_with_a_splice_word_keeps_it_as_its_own_words(opener: str) -> None:
    from reader.core.clause_split import own_words_start

    text = f"The fee starts in March. {opener} drivers who do not pay will face a fine."
    claims = _claims(text)
    second = next(c for c in claims if c.text.startswith(opener))
    assert own_words_start(second, claims) == second.start


@pytest.mark.parametrize("joiner", ["while", "whereas"])
def test_a_clause_with_its_own_subject_after_a_comma_and_while_is_a_claim_of_its_own(
    joiner: str,
) -> None:
    # Two facts in one sentence: another outlet may give the protest a sentence of its own, and
    # one claim can line up with only one of them.
    first = "The council approved the levy by 31 votes to 26 after a long debate"
    second = f"{joiner} hundreds of angry drivers protested outside the town hall."
    assert [c.text for c in _claims(f"{first}, {second}")] == [first, second]


def test_while_without_a_subject_of_its_own_splits_nothing() -> None:
    text = "Two men were hurt while crossing the bridge, police said."
    assert [c.text for c in _claims(text)] == [text]


def test_an_and_between_two_modifiers_splits_nothing() -> None:
    # The small model hangs "urged" on "added" across the "and" of "past and present".
    text = (
        "Moreau added his voice after three past and present Norland Labour ministers urged "
        "Kessler to resign."
    )
    assert [c.text for c in _claims(text)] == [text]


def test_semicolon_joins_two_claims(wire: tuple[Claim, ...]) -> None:
    lasted = _containing(wire, "lasted three hours")
    frank = _containing(wire, "described it as frank")
    assert lasted is not frank
    assert lasted.text == "The meeting lasted three hours"


def test_quote_then_inverted_said_is_direct_speech(wire: tuple[Claim, ...]) -> None:
    claim = _containing(wire, "lasting settlement")
    assert claim.quote
    att = claim.attribution
    assert att is not None
    assert (att.kind, att.verb, att.speaker) == (
        "direct",
        "said",
        "a senior United Nations official",
    )
    assert att.speaker_span is not None and att.verb_span is not None
    assert WIRE[att.speaker_span[0] : att.speaker_span[1]] == att.speaker
    assert WIRE[att.verb_span[0] : att.verb_span[1]] == att.verb


def test_told_reuters_that_is_indirect_speech(wire: tuple[Claim, ...]) -> None:
    att = _containing(wire, "send a delegation").attribution
    assert att is not None
    assert (att.kind, att.verb, att.speaker) == ("indirect", "told", "Foreign Minister Ana Ruiz")


def test_said_and_added_are_two_claims_with_one_speaker(wire: tuple[Claim, ...]) -> None:
    said = _containing(wire, "the proposal was balanced")
    added = _containing(wire, "should start soon")
    assert said is not added
    assert said.attribution is not None and added.attribution is not None
    assert said.attribution.speaker == added.attribution.speaker == "Ms Ruiz"
    assert (said.attribution.verb, added.attribution.verb) == ("said", "added")


def test_a_second_that_clause_of_one_report_is_a_claim_of_the_same_speaker() -> None:
    """ "said A and that B" reports two statements, of which another outlet may carry one; "said
    A and B" without the second "that" is left to the parse and stays one claim."""
    first = "The army said its jets struck a depot near the river"
    second = "and that several gunmen were among the dead."
    split = _claims(f"{first} {second}")
    assert [c.text for c in split] == [first, second]
    for claim in split:
        assert claim.attribution is not None
        assert (claim.attribution.speaker, claim.attribution.verb) == ("The army", "said")
    whole = f"{first} and several gunmen were among the dead."
    assert [c.text for c in _claims(whole)] == [whole]


def test_according_to_is_attached_as_attribution(wire: tuple[Claim, ...]) -> None:
    claim = _containing(wire, "According to diplomats")
    att = claim.attribution
    assert att is not None
    assert (att.kind, att.speaker, att.verb) == ("according-to", "diplomats", None)


def test_quote_spanning_two_sentences_stays_one_claim(wire: tuple[Claim, ...]) -> None:
    claim = _containing(wire, "We are studying the text")
    assert "Nothing is agreed yet." in claim.text
    assert claim.attribution is not None
    assert claim.attribution.kind == "direct"
    assert claim.attribution.speaker == "a spokesman"


def test_negated_reporting_verb_is_not_attribution(wire: tuple[Claim, ...]) -> None:
    claim = _containing(wire, "did not comment")
    assert claim.attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has explained why the gate was left open that night.",
        "No one has said who ordered the gate to be left open.",
        "No official confirmed that the gate was left open.",
    ],
)
def test_a_subject_that_denies_anyone_spoke_is_not_attribution(text: str) -> None:
    """ "Nobody has explained ..." is the outlet saying no source spoke, as "did not comment"
    is: "Nobody" was listed among whom the outlet quotes or cites."""
    (claim,) = _claims(text)
    assert claim.attribution is None, claim.attribution


def test_a_named_subject_of_the_same_verb_is_still_attribution() -> None:
    (claim,) = _claims("The mayor has explained why the gate was left open that night.")
    att = claim.attribution
    assert att is not None and (att.speaker, att.verb) == ("The mayor", "explained")


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            "After 12 weeks, the rats given the pill found their way out of a maze faster than"
            " the other rats, the researchers claimed in a paper on Monday.",
            "the researchers",
            "claimed",
        ),
        ("When the vote passed, the officials claimed victory.", None, None),
        ("When the vote passed, the officials cheered.", None, None),
    ],
)
def test_a_report_after_a_clause_the_parse_hung_on_it_is_attributed(
    text: str, speaker: str | None, verb: str | None
) -> None:
    """The small model hangs the reported clause on the inverted "..., the researchers claimed"
    as an adverbial clause; it is still what they said. A "when" clause before a verb with an
    object is no report."""
    (claim,) = _claims(text)
    said = claim.attribution
    assert (said.speaker if said else None, said.verb if said else None) == (speaker, verb)


def test_speech_in_a_relative_clause_does_not_attribute_the_sentence(
    wire: tuple[Claim, ...],
) -> None:
    claim = _containing(wire, "a row in which")
    assert claim.attribution is None
    assert not claim.quote


def test_blank_lines_end_sentences_without_punctuation() -> None:
    claims = _claims("The first paragraph has no full stop\n\nThe second one starts here.")
    assert [c.text for c in claims] == [
        "The first paragraph has no full stop",
        "The second one starts here.",
    ]


def test_hard_wrapped_lines_do_not_split_a_sentence() -> None:
    text = "The minister met the envoy in the capital of\nNorland to discuss the border in detail."
    assert [c.text for c in _claims(text)] == [text]


def test_a_clause_split_at_a_wrapped_conjunction_starts_at_the_conjunction() -> None:
    """A line break between "and" and its verb left the "and" at the end of the claim before."""
    one_line = (
        "Opposition leader Daniel Crowe called the vote rushed and said residents of the north had"
        " been given no say in where the money goes."
    )
    wrapped = one_line.replace("rushed and said", "rushed and\nsaid")
    split = [" ".join(c.text.split()) for c in _claims(wrapped)]
    assert split == [c.text for c in _claims(one_line)]
    assert [words.split()[0] for words in split] == ["Opposition", "and"]


def test_a_parse_of_another_text_is_rejected() -> None:
    with pytest.raises(ValueError):
        extract_claims(Article(id="x", outlet="T", text="One text."), nlp.parse("Another text."))


@pytest.mark.parametrize(
    "line",
    [
        "Follow Kim Lee on Twitter here @KimLee",
        "Read more: what the deal means",
        "By Kim Lee",
        "By Kim Lee and Sam Park, Harbour Wire",
        "BY KIM LEE",
        "By Jan Novak, Harbour Wire",
        "November 21, 2024",
        "(Reporting by Kim Lee; Editing by Sam Park)",
        "Advertisement",
        "© 2024 Harbour Times",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the summer the deal could be struck, officials said.",
        # A time opening a short sentence is no byline's name, in capitals or not.
        "By Monday evening, 31 ships were waiting at anchor outside the harbour.",
        "By Friday, 12 roads were closed.",
        "By late evening, police had left the square.",
        "Follow-up talks are planned for May.",
        "The minister read more than a hundred letters.",
    ],
)
def test_ordinary_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_seed_dateline_and_share_line_are_not_claims(
    seed_claims: tuple[Article, tuple[Claim, ...]],
) -> None:
    _, claims = seed_claims
    assert not claims[0].text.startswith("November")
    assert claims[0].text.startswith("French President Macron")
    assert not any("Follow Kurt" in c.text for c in claims)


def test_seed_attributions(seed_claims: tuple[Article, tuple[Claim, ...]]) -> None:
    _, claims = seed_claims
    bloomberg = _containing(claims, "sources speaking to Bloomberg").attribution
    assert bloomberg is not None
    assert bloomberg.kind == "indirect" and bloomberg.verb == "revealed"
    assert bloomberg.speaker is not None and "Bloomberg" in bloomberg.speaker
    report = _containing(claims, "According to the report").attribution
    assert report is not None and (report.kind, report.speaker) == ("according-to", "the report")
    told = _containing(claims, "office reportedly told").attribution
    assert told is not None and told.verb == "reportedly told"
    assert told.speaker == "An official from Macron’s office"
    iain = _containing(claims, "When I was in Ukraine").attribution
    assert iain is not None and (iain.kind, iain.speaker, iain.verb) == (
        "direct",
        "Sir Iain",
        "said",
    )


def test_seed_quotes_stay_whole(seed_claims: tuple[Article, tuple[Claim, ...]]) -> None:
    article, claims = seed_claims
    official = _containing(claims, "a French official said")
    assert "there is a follow-up.”" in official.text  # the quote's second sentence stays with it
    assert official.quote
    starts = {c.start for c in claims}
    for q in quotations(article.text):
        assert not any(q.start < s < q.end for s in starts)


def test_seed_said_adding_gives_two_claims_with_one_speaker(
    seed_claims: tuple[Article, tuple[Claim, ...]],
) -> None:
    _, claims = seed_claims
    said = _containing(claims, "They certainly don’t trust him")
    adding = _containing(claims, "His behaviour is really bizarre")
    assert said is not adding
    assert said.attribution is not None and adding.attribution is not None
    assert said.attribution.speaker == adding.attribution.speaker == "the British MP"
    assert adding.attribution.verb == "adding"
    assert said.quote and adding.quote


def test_seed_editorial_sentences_carry_no_attribution(
    seed_claims: tuple[Article, tuple[Claim, ...]],
) -> None:
    _, claims = seed_claims
    for words in ("proxy war", "neo-liberal globalist", "obvious thirst for war"):
        claim = _containing(claims, words)
        assert claim.attribution is None, words
        assert not claim.quote


def test_saved_wire_page_attributes_inverted_report_said(fixtures_dir: Path) -> None:
    from reader.core.ingest import read_article

    article = read_article(fixtures_dir / "pages" / "meridian_macron_china.html")
    claims = extract_claims(article, nlp.parse(article.text))
    report = _containing(claims, "the report said").attribution
    assert report is not None and (report.speaker, report.verb) == ("the report", "said")
    bloomberg = _containing(claims, "told Bloomberg").attribution
    assert bloomberg is not None and bloomberg.speaker == "An official in Macron's office"


def test_reporting_clause_after_a_comma_attributes_the_sentence() -> None:
    text = (
        "The county will turn the old base into a shelter for 600 people, "
        "county officials admitted on Wednesday."
    )
    (claim,) = _claims(text)
    assert claim.text == text
    att = claim.attribution
    assert att is not None
    assert (att.kind, att.speaker, att.verb) == ("indirect", "county officials", "admitted")


def test_according_to_a_rule_or_a_conscience_cites_no_source() -> None:
    """ "According to" also means "in line with": members who vote according to their conscience
    quote no one, and "their conscience" is no source for the report's table of who is cited.
    A person after "according to" still is one."""
    for text in (
        "Members were allowed to vote according to their conscience.",
        "The review will go ahead according to the plan agreed in March.",
    ):
        (claim,) = _claims(text)
        assert claim.attribution is None, text
    (claim,) = _claims("The vote was close, according to their lawyer.")
    att = claim.attribution
    assert att is not None and (att.kind, att.speaker) == ("according-to", "their lawyer")


def test_according_to_at_the_end_of_a_sentence() -> None:
    text = "Taxpayers will pay most of the yearly cost, according to the county's budget office."
    (claim,) = _claims(text)
    att = claim.attribution
    assert att is not None
    assert (att.kind, att.speaker) == ("according-to", "the county's budget office")
    assert att.speaker_span is not None
    assert text[att.speaker_span[0] : att.speaker_span[1]] == att.speaker


def test_claims_never_start_with_leftover_punctuation() -> None:
    for claim in _claims(WIRE):
        assert claim.text[0] not in ",;", claim.text


_PIECES = [
    "The minister",
    " said",
    " that",
    " the plan",
    " was fair",
    ", and",
    " officials",
    " added",
    ".",
    ";",
    ",",
    " “",
    "”",
    ' "',
    "\n",
    "\n\n",
    " according to",
    " the report",
    " Read more",
    " Mr Smith",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_text_gives_well_formed_claims(text: str) -> None:
    claims = _claims(text, "h")
    for n, claim in enumerate(claims, start=1):
        assert claim.id == f"h/c{n}"
        assert claim.text == text[claim.start : claim.end] == claim.text.strip()
        assert claim.text
        if claim.attribution is not None and claim.attribution.speaker_span is not None:
            s, e = claim.attribution.speaker_span
            assert text[s:e] == claim.attribution.speaker
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


def test_a_wrapped_quotation_is_not_cut_at_its_line_break() -> None:
    text = (
        "Intro line about the talks.\n\n"
        '"We will meet again in Geneva\nNext month we sign the deal," the envoy said.'
    )
    claims = _claims(text)
    assert claims[-1].text.startswith('"We will meet again')
    assert claims[-1].text.endswith("the envoy said.")
    assert claims[-1].quote


def test_a_quotation_with_no_speaker_continues_the_previous_one() -> None:
    text = (
        "The governor wrote on Facebook:\n\n"
        "“We will not back down. The people deserve better.”\n\n"
        "“This is a disgrace,” the mayor said. “We will fight it in court.”\n\n"
        "According to the report, the plan is costly.\n\n"
        "“Nobody asked us.”"
    )
    claims = _claims(text)
    speakers = [c.attribution.speaker if c.attribution else None for c in claims]
    assert speakers == [
        "The governor",
        "The governor",
        "the mayor",
        "the mayor",
        "the report",
        None,
    ]
    assert claims[1].attribution is not None and claims[1].attribution.kind == "direct"


def test_speaker_named_before_a_verb_whose_subject_the_parse_lost() -> None:
    text = (
        "Senator Mark Olsen of Vermont, the Senate minority whip and a Republican facing a tough "
        "re-election fight, said in a statement that the deal was a mistake."
    )
    (claim,) = _claims(text)
    att = claim.attribution
    assert att is not None
    assert (att.kind, att.verb) == ("indirect", "said")
    assert att.speaker is not None and "Olsen" in att.speaker


def test_speaker_never_starts_with_the_previous_quotes_punctuation() -> None:
    from reader.core.ingest import article_from_text
    from reader.core.nlp import parse

    article = article_from_text(
        'The mayor said after the vote. "This levy pays for the buses people asked for."\n\n'
        "Daniel Reyes, who leads the opposition group, said the measure would hit commuters.",
        outlet="Test Wire",
    )
    claims = extract_claims(article, parse(article.text))
    reyes = next(c for c in claims if "Reyes" in c.text)
    assert reyes.attribution is not None
    assert reyes.attribution.speaker == "Daniel Reyes"


def test_pronoun_speakers_name_the_person_before_them() -> None:
    text = (
        "Opposition leader Daniel Reyes attacked the plan on Monday. "
        '"This is a tax on people who have no other way to get to work," he said. '
        "Mayor Ann Cole disagreed. She told reporters the charge was fair."
    )
    claims = _claims(text)
    tax = _containing(claims, "This is a tax").attribution
    assert tax is not None and tax.speaker == "he" and tax.refers_to == "Daniel Reyes"
    assert tax.who == "Daniel Reyes" and tax.to_dict()["refers_to"] == "Daniel Reyes"
    fair = _containing(claims, "charge was fair").attribution
    assert fair is not None and fair.refers_to == "Ann Cole"


def test_a_name_beside_a_new_subject_takes_the_pronoun_after_it() -> None:
    """ "Ricks's sister, Tanya Ricks, spoke ... '...,' she said" was the sister's; once the
    speaker before her no longer hid it, "she" went to that earlier speaker. A name set beside
    the subject is the new subject, as a name standing alone there is."""
    text = (
        'Maria Lopez said she saw the gate open. "Nobody locked it," Maria Lopez told '
        "reporters. The ward's manager, Ann Cole, spoke outside the hospital on Saturday. "
        '"We were told nothing," she said.'
    )
    attribution = _containing(_claims(text), "We were told nothing").attribution
    assert attribution is not None and attribution.refers_to == "Ann Cole"


def test_a_pronoun_is_the_subjects_not_the_last_person_named_after_her() -> None:
    """ "Leah Morrow gave birth to her son Callum. '...,' she said" gave the quotation to the
    baby: with no speaker before it, the pronoun is the person who was the subject, though
    another was named after her."""
    text = (
        "Nora Quinn, 28, took her son Daniel Quinn to the clinic in March. "
        '"The nurses there saved his life," she said.'
    )
    attribution = _containing(_claims(text), "saved his life").attribution
    assert attribution is not None and attribution.refers_to == "Nora Quinn"


def test_a_pronoun_after_a_quoted_speaker_is_that_speaker_not_the_person_discussed() -> None:
    text = (
        "Daniel Reyes said the plan was unfair to farmers. He then talked about Ann Cole and her "
        'record on roads. "You might have a farmer who never went to law school," he said.'
    )
    attribution = _containing(_claims(text), "never went to law school").attribution
    assert attribution is not None and attribution.refers_to == "Daniel Reyes"


def test_a_pronoun_goes_to_a_surname_typed_a_body_that_is_described_as_a_person() -> None:
    """The small model typed "Varga" an organisation in every sentence of the mayor event, so
    "she told supporters" after "Varga, a former housing lawyer, ran on ..." went to the last
    name it typed a person, the defeated mayor. The noun set beside the name says a person."""
    from spacy.tokens import Span

    text = (
        "Mayor Tom Hale lost to Petra Sland on Tuesday. Sland won 52 percent of the vote. "
        "Sland, a former housing lawyer, ran on cheaper bus fares. "
        '"Tonight this city chose change," she told supporters.'
    )
    doc = nlp.parse(text).copy()
    later = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Sland" and t.i > 6]
    # "Tom Hale" a person, "Petra Sland" and every "Sland" after it bodies.
    doc.set_ents([Span(doc, 1, 3, label="PERSON"), Span(doc, 5, 7, label="ORG"), *later])
    claims = extract_claims(Article(id="a", outlet="Test", text=text), doc)
    attribution = _containing(claims, "chose change").attribution
    assert attribution is not None and attribution.refers_to == "Sland"


def test_a_pronoun_goes_to_no_one_the_article_has_told_is_of_the_other_gender() -> None:
    """ "she" went to the defeated mayor, a "he", in the mayor event: the last speaker or
    subject before the pronoun is passed over where the article has told their gender the
    other way, by an honorific, a gendered noun or a pronoun used of them before."""
    text = (
        "Ann Cole won the vote on Tuesday. Mr Tom Hale conceded late on Tuesday. "
        '"The voters have chosen," he said. Officials will count the ballots again. '
        '"I will be a mayor for everyone," she said.'
    )
    claims = _claims(text)
    chosen = _containing(claims, "voters have chosen").attribution
    assert chosen is not None and chosen.refers_to == "Mr Tom Hale"
    mayor = _containing(claims, "a mayor for everyone").attribution
    assert mayor is not None and mayor.refers_to == "Ann Cole"


def test_a_gendered_noun_beside_a_name_tells_which_pronoun_is_theirs() -> None:
    text = (
        "Nora Quinn opened the clinic in March. Her brother, Daniel Quinn, a spokesman for the "
        'family, spoke on Monday. "We are grateful," she said.'
    )
    attribution = _containing(_claims(text), "We are grateful").attribution
    assert attribution is not None and attribution.refers_to == "Nora Quinn"


def test_a_pronoun_with_no_one_named_before_stays_as_written() -> None:
    text = 'Officials met on Monday. "We will not pay," he said.'
    attribution = _containing(_claims(text), "We will not pay").attribution
    assert attribution is not None and attribution.speaker == "he"
    assert attribution.refers_to is None and attribution.who == "he"
    assert "refers_to" not in attribution.to_dict()


def test_a_name_inside_a_quotation_is_not_the_speaker() -> None:
    text = 'Ann Cole spoke first. "Nobody asked Daniel Reyes," she said.'
    attribution = _containing(_claims(text), "Nobody asked").attribution
    assert attribution is not None and attribution.refers_to == "Ann Cole"


def test_its_spokesperson_speaks_for_the_organisation_named_before() -> None:
    text = (
        "The Port Alder Chamber of Commerce opposed the charge on Monday. "
        '"It will drive shoppers away," its president said.'
    )
    attribution = _containing(_claims(text), "drive shoppers away").attribution
    assert attribution is not None and attribution.speaker == "its president"
    assert attribution.refers_to is not None and "Chamber of Commerce" in attribution.refers_to


def test_a_second_statement_by_the_same_speaker_is_a_claim_of_its_own() -> None:
    """ "..., he said, vowing that ..." and "claimed ..., recycling a line, and threatened to ..."
    each carry two statements; the second is lined up with other outlets' report of it alone."""
    vowing = _claims(
        'Daniel Reyes spoke on Tuesday. "This is a tax on workers," he said, vowing that his '
        "party would fight the scheme with a judicial review."
    )
    review = _containing(vowing, "judicial review")
    assert review.text.startswith("vowing that")
    assert review.attribution is not None and review.attribution.verb == "vowing"
    assert review.attribution.who == "Daniel Reyes"
    threatened = _claims(  # the bundled demo's Harbour Voice sentence
        'Right-wing Heartland Party leader Daniel Reyes claimed the measure was "a tax on people'
        ' who have no other way to get to work", recycling his party\'s tired "war on motorists"'
        " line, and threatened to tie the scheme up in the courts."
    )
    courts = _containing(threatened, "in the courts")
    assert courts is not _containing(threatened, "a tax on people")
    assert courts.attribution is not None and courts.attribution.verb == "threatened"
    assert courts.attribution.speaker == "Right-wing Heartland Party leader Daniel Reyes"


def _claims_counting_entity_reads(text: str) -> tuple[tuple[Claim, ...], int]:
    doc, counting = counting_parse(text)
    article = Article(id="a", outlet="Test", text=text)
    claims = extract_claims(article, counting)
    reads = CountingDoc.reads
    assert claims == extract_claims(article, doc)
    return claims, reads


def test_pronoun_speakers_do_not_each_read_every_name_in_the_article() -> None:
    """An 80,000-word article has thousands of names and hundreds of "he said": reading all the
    names again for each pronoun made it quadratic (13 s in claims alone)."""
    people = ("Daniel Reyes", "Ann Cole", "Mark Olsen", "Peter Grant", "Maria Lopez")
    paragraph = (
        "{} spoke against the plan on Monday. "
        '"This is a tax on people who have no other way to get to work," he said. '
    )
    reads = []
    for count in (2, 12):
        text = "".join(paragraph.format(people[i % len(people)]) for i in range(count))
        claims, read = _claims_counting_entity_reads(text)
        resolved = [
            c.attribution.refers_to for c in claims if c.attribution and c.attribution.refers_to
        ]
        assert resolved == [people[i % len(people)] for i in range(count)]
        reads.append(read)
    assert reads[0] == reads[1]


def test_a_description_and_the_name_after_it_are_one_speaker() -> None:
    # The small model reads "China's top diplomat" and "Wang Yi" as two subjects of "said".
    (claim,) = _claims("China's top diplomat Wang Yi said on Friday that the talks had gone well.")
    assert claim.attribution is not None
    assert claim.attribution.speaker == "China's top diplomat Wang Yi"
    (plain,) = _claims("The top diplomat said on Friday that the talks had gone well.")
    assert plain.attribution is not None and plain.attribution.speaker == "The top diplomat"


def test_a_name_read_as_an_appositive_with_no_comma_is_the_same_speaker() -> None:
    # Here the small model hangs "Wang Yi" on "diplomat" as an appositive, not a second subject.
    (claim,) = _claims("China's top diplomat Wang Yi said the plan was a supposed framework.")
    assert claim.attribution is not None
    assert claim.attribution.speaker == "China's top diplomat Wang Yi"
    # Set off by commas, the appositive still ends the speaker's phrase.
    (apart,) = _claims("The minister, Wang Yi, said the plan was a supposed framework.")
    assert apart.attribution is not None and apart.attribution.speaker == "The minister"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("10:45 - The ferry service has been suspended.", "The ferry service has been suspended."),
        ("9.20am - Crews reopened the coast road.", "Crews reopened the coast road."),
        ("14:05 GMT – 300 people were moved to the hall.", "300 people were moved to the hall."),
        ("The ferry left at 10:45 - two hours late.", "The ferry left at 10:45 - two hours late."),
        ("2,000 - the homes without power.", "2,000 - the homes without power."),
        ("10:45 -", "10:45 -"),
    ],
)
def test_a_live_blog_entry_time_is_left_out_of_the_words_that_name_a_claim(
    text: str, words: str
) -> None:
    assert without_entry_time(text) == words


def test_a_claim_label_leaves_out_an_entry_time_and_a_dateline_after_it() -> None:
    text = "07:30 - HALBY, March 2 (Tidewater Wire) - The coast road reopened on Sunday."
    assert without_lead_in(text) == "The coast road reopened on Sunday."


def test_a_live_blog_entrys_own_words_start_after_its_time() -> None:
    """A claim shown on its own (a claim only one outlet carries, an opinion) starts at its first
    word, not at the time the entry was posted; the claim itself keeps the time."""
    from reader.core.clause_split import own_words_start

    text = "Coast road closed\n\n10:45 - The ferry service has been suspended until Friday."
    claims = _claims(text)
    entry = next(c for c in claims if "ferry" in c.text)
    assert entry.text.startswith("10:45 - ")
    assert text[own_words_start(entry, claims) : entry.end].startswith("The ferry service")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("PORT ALDER, March 3 (Wire) - The council voted to rebuild the wall.", "The council"),
        ("PORT ALDER, 3 March 2027 (Wire) - The council voted to rebuild it.", "The council"),
        ("KELSWICK, Tuesday, March 3 — Crews reopened the coast road.", "Crews reopened"),
        ("ESTOVER - The assembly voted 58 to 41 on Thursday.", "The assembly"),
        # A capitalised word opening a sentence is no dateline, and neither is a label in
        # capitals: "BREAKING" is how the outlet chose to present the claim.
        ("NASA said the launch would go ahead on Friday.", "NASA said"),
        ("BREAKING: The council voted to rebuild the wall.", "BREAKING: The"),
        ("BREAKING - The council voted to rebuild the wall.", "BREAKING - The"),
        ("EXCLUSIVE — Ministers knew of the leak for a month.", "EXCLUSIVE — Ministers"),
        ("US-China talks resumed in Geneva on Tuesday.", "US-China talks"),
        # Two capitals before a dash are initials opening the sentence, not a place.
        ("UK - EU trade talks resumed in Brussels on Monday.", "UK - EU trade"),
        ("LA PAZ, Bolivia (Wire) - Crews reopened the road.", "Crews reopened"),
    ],
)
def test_a_wire_dateline_is_left_out_of_the_words_that_name_a_claim(text: str, words: str) -> None:
    cut = lead_in_end(text)
    assert without_lead_in(text) == text[cut:]
    assert text[cut:].startswith(words)


def test_a_wire_leads_own_words_start_after_its_dateline() -> None:
    """Shown on its own (a claim only one outlet carries), a wire lead starts at its first word,
    not at the place it was filed from; the claim keeps the dateline and its offsets."""
    from reader.core.clause_split import own_words_start

    text = (
        "Council backs harbour plan\n\n"
        "PORT ALDER, March 3 (Meridian Press) - The council voted on Tuesday to rebuild the"
        " harbour wall."
    )
    claims = _claims(text)
    lead = next(c for c in claims if "harbour wall" in c.text)
    assert lead.text.startswith("PORT ALDER, March 3")
    assert text[lead.start : lead.end] == lead.text
    assert text[own_words_start(lead, claims) : lead.end].startswith("The council voted")


def test_an_entity_that_is_only_a_possessive_names_no_one() -> None:
    """The model now and then tags a bare "'s"; with a person's noun set beside it, reading it
    as a surname once raised IndexError for the name it does not have."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from reader.core.attribution import Names

    words = ["'s", ",", "a", "nurse", ",", "said", "she"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[5, 0, 3, 0, 0, 5, 5],
        deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "nsubj"],
        ents=["B-ORG", "O", "O", "O", "O", "O", "O"],
        lemmas=["'s", ",", "a", "nurse", ",", "say", "she"],
    )
    names = Names(doc, [])
    assert names.last_before("PERSON", len(doc.text), "she") is None
