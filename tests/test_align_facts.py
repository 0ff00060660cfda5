"""Outlets that share a story's subject and topic words but report different facts.

The events in tests/fixtures/facts are invented for these tests (a congestion charge, a warehouse
fire, a hospital ward, an ocean summit). Each outlet reports several facts of one story in the
same words ("the council", "the charge"), so a wrong pair shares almost everything but the fact:
a vote tally against a revenue estimate, a death toll against an arrest. The same facts are also
written differently across outlets ("31 to 26" / "31-26", "$48 million" / "48 million dollars",
active / passive), and those must still line up.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from alignment_texts import group_holding, lined_up
from reader.core import align_model, compare, nlp
from reader.core.align_events import events, same_count
from reader.core.align_prepare import acted
from reader.core.features import (
    FEATURE_NAMES,
    build_index,
    claim_terms,
    figures_disagree,
    pair_features,
    qualified_elsewhere,
    statement,
)
from reader.core.ingest import read_article
from reader.core.model import Article, Comparison

FACTS = Path(__file__).parent / "fixtures" / "facts"
SARN = Path(__file__).parent / "fixtures" / "events" / "sarn"


def _event(name: str) -> Comparison:
    paths = sorted((FACTS / name).glob("*.txt"))
    articles = [read_article(str(p)).with_fields(id=p.stem) for p in paths]
    return compare.compare(articles)


@pytest.fixture(scope="module")
def charge() -> Comparison:
    return _event("charge")


@pytest.fixture(scope="module")
def fire() -> Comparison:
    return _event("fire")


def _apart(comp: Comparison, a: tuple[str, str], b: tuple[str, str]) -> bool:
    ga, gb = group_holding(comp, *a), group_holding(comp, *b)
    return ga is None or gb is None or ga is not gb


def _numbers(text: str) -> frozenset[str]:
    return claim_terms(nlp.parse(text)).numbers


def test_the_same_figure_written_differently_is_one_number() -> None:
    assert _numbers("The council voted 31 to 26.") == _numbers("It passed in a 31-26 vote.")
    revenue = _numbers("It will raise $48m a year.")
    assert revenue & _numbers("It will bring in 48 million dollars a year.")
    assert revenue & _numbers("It will bring in $48,000,000 a year.")
    assert revenue == _numbers("It is a $48-million scheme.")
    assert _numbers("Forty countries will attend.") == _numbers("40 countries will attend.")
    assert not revenue & _numbers("It will raise $9 a day.")


def test_a_count_without_a_figure_agrees_with_a_figure_in_its_range() -> None:
    texts = [
        "About 200 people gathered outside the town hall.",
        "The plan passed 31 to 26 while hundreds of residents protested outside the town hall.",
        "The plan passed 31 to 26 and will raise $48 million a year.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    left, right = np.array([0, 0]), np.array([1, 2])
    vectors = np.zeros((3, 4), dtype=np.float32)
    feats = pair_features(terms, build_index(terms), vectors, left, right)
    # Neither pair shares a figure, but "hundreds" covers "about 200".
    assert feats[:, FEATURE_NAMES.index("number_conflict")].tolist() == [1.0, 1.0]
    assert figures_disagree(terms, feats, left, right).tolist() == [False, True]


def test_a_rough_count_spelled_with_a_number_word_is_no_exact_figure() -> None:
    texts = [
        "About 200 people gathered outside the council building.",
        "Outside the council building, a couple of hundred protesters waved placards.",
        "Outside the council building, 100 protesters waved placards.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    assert terms[1].numbers == frozenset() and terms[1].vague == {"a couple of hundred"}
    left, right = np.array([0, 0]), np.array([1, 2])
    feats = pair_features(terms, build_index(terms), np.zeros((3, 4), np.float32), left, right)
    # "a couple of hundred" covers "about 200"; an exact 100 does not.
    assert figures_disagree(terms, feats, left, right).tolist() == [False, True]


def test_a_figure_that_describes_a_thing_disagrees_with_no_count() -> None:
    texts = [
        "The plan proposes a ceasefire line and a joint commission to settle the border within "
        "three years.",
        "The 10-point scheme would freeze a ceasefire line and hand the border to a joint "
        "commission.",
        "The commission would settle the border within 10 years.",
        "The 30-day ban on fishing ends on Friday.",
        "The 60-day ban on fishing ends on Friday.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    assert terms[1].described == {"10"} and not terms[2].described
    left, right = np.array([0, 0, 3]), np.array([1, 2, 4])
    feats = pair_features(terms, build_index(terms), np.zeros((5, 4), np.float32), left, right)
    # "the 10-point scheme" names the plan; "within 10 years" is a count that disagrees.
    assert figures_disagree(terms, feats, left, right).tolist() == [False, True, False]
    # Two descriptions of one kind are no loose figures, but they count one thing differently.
    assert feats[2, FEATURE_NAMES.index("quantity_conflict")] == 1.0


def test_what_a_count_counts_with_a_figure_or_without() -> None:
    def counted(text: str) -> frozenset[str]:
        return claim_terms(nlp.parse(text)).counted

    assert counted("Thousands of homes have been wiped out.") == {"home"}
    assert counted("Officials said about 1,100 homes were damaged.") == {"home"}
    assert counted("Officials said a number of people had died.") == {"people"}
    assert counted("Officials said the number was rising.") == frozenset()


def test_the_kind_of_happening_a_count_reports() -> None:
    def kinds(text: str) -> frozenset[str]:
        return events(claim_terms(nlp.parse(text)))

    assert kinds("Floods have killed 12 people.") == kinds("Eight people had died.") == {"dead"}
    assert kinds("Dozens more are feared missing.") == {"missing"}
    assert kinds("Three people are still missing.") == {"missing"}
    assert kinds("The council voted 31 to 26.") == frozenset()


def test_a_crowd_counted_in_other_words_is_one_count() -> None:
    texts = [
        "Some 300 demonstrators rallied in the main square.",
        "Hundreds of residents protested in the main square.",
        "Police arrested 300 people in the main square.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    assert events(terms[0]) == events(terms[1]) == {"protest"}
    left, right = np.array([0, 0]), np.array([1, 2])
    # Demonstrators and residents are one crowd; an arrest is another count of it.
    assert same_count(terms, left, right, np.array([True, True])).tolist() == [True, False]


def test_what_damage_costs_is_reported_as_damage_or_as_losses() -> None:
    def kinds(text: str) -> frozenset[str]:
        return events(claim_terms(nlp.parse(text)))

    assert kinds("Insurers put the insured losses at $300 million.") == {"damage"}
    assert kinds("The damage could run into billions of dollars.") == {"damage"}


def test_a_power_cut_needs_a_loss_not_the_word_power() -> None:
    def kinds(text: str) -> frozenset[str]:
        return events(claim_terms(nlp.parse(text)))

    assert kinds("At the height of the storm, about 22,000 households lost power.") == {"no power"}
    assert kinds("About 9,000 homes were still without electricity on Monday.") == {"no power"}
    assert kinds("Some 60,000 households were plunged into darkness.") == {"no power"}
    assert kinds("A power cut hit 5,000 homes.") == {"no power"}
    assert kinds("The army seized power in 2012 with 300 soldiers.") == frozenset()
    assert kinds("The party has been in power for 14 years.") == frozenset()
    assert kinds("The company runs two power stations and 40 wind farms.") == frozenset()


def test_one_count_with_other_figures_is_not_a_conflict_but_other_counts_are() -> None:
    texts = [
        "Floods have killed at least 20 people in the valley.",
        "Floods in the valley have killed 12 people.",
        "Floods in the valley have left 12 people missing.",
        "Floods have killed 12 cattle in the valley.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    left, right = np.array([0, 0, 0]), np.array([1, 2, 3])
    alike = same_count(terms, left, right, np.array([True, True, True]))
    assert alike.tolist() == [True, False, False]
    # A sentence pair (no context) is judged by the fitted models alone.
    assert not same_count(terms, left, right, np.array([False, False, False])).any()


def test_one_thing_counted_by_the_same_verb_is_one_count_whatever_its_figure() -> None:
    texts = [
        "The clinic treats about 450 patients a month.",
        "The clinic treats fewer than 300 patients a month.",
        "The clinic employs 300 staff.",
        "The clinic turned away 300 patients last month.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    assert terms[0].counted_by == {("patient", "treat")}
    left, right = np.array([0, 0, 0]), np.array([1, 2, 3])
    # Another thing counted, or the same thing counted by another verb, is another count.
    alike = same_count(terms, left, right, np.array([True, True, True]))
    assert alike.tolist() == [True, False, False]
    # "there were 300": a count of nothing the verb names.
    assert claim_terms(nlp.parse("There were 300 patients.")).counted_by == frozenset()


def test_one_thing_counted_in_the_same_setting_by_another_verb_is_one_count() -> None:
    """An outlet that inflates a count may swap its verb for a stronger one and keep the rest of
    the sentence; a count of the same thing in another setting, or of another happening, stays
    another count."""
    texts = [
        "By noon, 12 trucks were queuing at the border crossing near Velm.",
        "By noon more than 30 trucks were stuck at the border crossing near Velm.",
        "Customs officers searched 30 trucks at the depot.",
        "By noon, 12 people had died at the border crossing near Velm.",
        "By noon, 30 people were missing at the border crossing near Velm.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    assert terms[0].counted_by.isdisjoint(terms[1].counted_by)
    left, right = np.array([0, 0, 3]), np.array([1, 2, 4])
    alike = same_count(terms, left, right, np.array([True, True, True]))
    assert alike.tolist() == [True, False, False]


def test_a_lead_told_with_two_verbs_is_one_count() -> None:
    """ "finished 3,410 votes ahead" and "left her more than 5,000 votes ahead": one lead over a
    rival, whichever verb each outlet chose; votes cast, and "ahead of the vote", are no lead."""
    texts = [
        "Varga finished 3,410 votes ahead of Whitcombe.",
        "The win left her more than 5,000 votes ahead of Whitcombe.",
        "Voters cast 3,410 votes in the first hour.",
        "Ahead of the vote, 3,000 people gathered in the square.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    assert [("lead" in events(t)) for t in terms] == [True, True, False, False]
    left, right = np.array([0, 0]), np.array([1, 2])
    assert same_count(terms, left, right, np.array([True, True])).tolist() == [True, False]


def test_one_figure_rounded_two_ways_is_one_count_whatever_the_verb() -> None:
    """ "Nearly 4,000 hectares have gone up in smoke" and "has burned about 3,600 hectares": one
    size of one fire, told with other verbs, within a hedge's reach (align_events.ROUNDING).
    Sizes further apart, durations and numbers that may be years are no shared figure."""
    texts = [
        "Nearly 4,000 hectares of the Tobin Hills have gone up in smoke since Friday.",
        "A bushfire in the Tobin Hills has burned about 3,600 hectares and was 20% contained.",
        "A bushfire in the Tobin Hills has burned about 2,500 hectares and was 20% contained.",
        "After 12 weeks, volunteers planted trees 30 percent faster.",
        "In just 12 weeks, the volunteers doubled their planting, by 50 percent.",
        "The 2026 budget was approved by the council on Monday.",
        "The 2025 budget was rejected by the regional assembly.",
    ]
    terms = [claim_terms(nlp.parse(t)) for t in texts]
    left, right = np.array([0, 0, 3, 5]), np.array([1, 2, 4, 6])
    alike = same_count(terms, left, right, np.ones(4, dtype=bool))
    assert alike.tolist() == [True, False, False, False]


def _sarn_retold(alarm: dict[str, str], calm: dict[str, str]) -> Comparison:
    """The sarn flood with the two outlets' counts rewritten (``old -> new`` per outlet)."""
    articles = []
    for path in sorted(SARN.glob("*.txt")):
        article = read_article(str(path)).with_fields(id=path.stem)
        for old, new in {"alarm": alarm, "calm": calm}.get(path.stem, {}).items():
            assert old in article.text
            article = article.with_fields(text=article.text.replace(old, new))
        articles.append(article)
    return compare.compare(articles)


def test_one_count_given_with_other_figures_lines_up() -> None:
    sarn = _sarn_retold(
        alarm={
            "killing at least 12 people": "killing at least 20 people",
            "Thousands of homes": "More than 5,000 homes",
            "Tens of thousands of households": "About 60,000 households",
        },
        calm={"a number of people had died": "eight people had died"},
    )
    assert lined_up(
        sarn,
        ("wire", "have killed 12 people"),
        ("alarm", "killing at least 20 people"),
        ("calm", "eight people had died"),
    )
    assert lined_up(sarn, ("alarm", "More than 5,000 homes"), ("wire", "1,100 homes"))
    assert lined_up(sarn, ("alarm", "About 60,000 households"), ("wire", "22,000 households"))
    assert _apart(sarn, ("calm", "eight people had died"), ("wire", "Three people are still"))


def test_figures_that_share_nothing_weigh_against_a_pair_only_in_context() -> None:
    row = np.zeros((1, len(FEATURE_NAMES)))
    row[0, FEATURE_NAMES.index("tfidf_cos")] = 0.5
    row[0, FEATURE_NAMES.index("embed_cos")] = 0.8
    row[0, FEATURE_NAMES.index("word_jaccard")] = 0.4
    disjoint = row.copy()
    disjoint[0, FEATURE_NAMES.index("number_conflict")] = 1.0
    partial = row.copy()
    partial[0, FEATURE_NAMES.index("number_conflict")] = 0.5
    in_story = align_model.relatedness(disjoint, True)[0]
    # A sentence pair keeps the fitted model's judgement (MRPC is calibrated on it) ...
    assert align_model.relatedness(disjoint, False)[0] > in_story
    # ... and one figure more on one side ("31 to 26" / "31 to 26 on 3 March") is no conflict.
    assert align_model.relatedness(partial, True)[0] > in_story


def test_a_vote_and_a_revenue_estimate_stay_apart(charge: Comparison) -> None:
    vote = ("news", "voted 31 to 26 on Tuesday")
    revenue = ("interview", "expects the charge to raise $48 million")
    assert _apart(charge, vote, revenue)
    assert _apart(charge, vote, ("news", "expects the charge to raise $48 million"))
    assert _apart(charge, ("brief", "in a 31-26 vote"), ("brief", "48 million dollars"))


def test_a_tally_and_a_sum_line_up_however_they_are_written(charge: Comparison) -> None:
    assert lined_up(charge, ("news", "voted 31 to 26"), ("brief", "approved by the council"))
    assert lined_up(
        charge,
        ("news", "raise $48 million a year"),
        ("interview", "raise $48 million a year"),
        ("brief", "48 million dollars a year"),
    )
    assert lined_up(charge, ("news", "will pay $9 a day"), ("interview", "charged $9 a day"))


def test_a_death_toll_and_an_arrest_stay_apart(fire: Comparison) -> None:
    arrest = ("wire", "Police arrested a 34-year-old man")
    toll = ("wire", "Four people died")
    assert lined_up(fire, arrest, ("local", "has been arrested over the Dunmore"))
    assert lined_up(fire, toll, ("local", "The blaze killed four people"))
    assert _apart(fire, arrest, ("local", "The blaze killed four people"))
    assert _apart(fire, toll, ("local", "has been arrested over the Dunmore"))
    assert lined_up(fire, ("wire", "took six hours"), ("local", "for six hours"))


def test_a_sum_and_a_date_written_two_ways_line_up() -> None:
    hospital = _event("hospital")
    assert lined_up(
        hospital, ("paper", "cost the health board 2 million pounds"), ("broadcast", "£2m")
    )
    assert lined_up(hospital, ("paper", "About 40 nurses"), ("broadcast", "Around 40 nurses"))
    summit = _event("summit")
    assert lined_up(summit, ("daily", "scheduled for May 12"), ("gazette", "set for 12 May"))
    assert lined_up(summit, ("daily", "Some 40 countries"), ("wire", "Delegates from 40"))


def test_what_a_named_speaker_says_is_the_clause_of_the_speech_verb() -> None:
    said = statement(nlp.parse("Union leader Sam Okafor said nurses had not been told."))
    assert said is not None and said.text == "nurses had not been told"
    assert statement(nlp.parse("Nurses had not been told, the union said.")) is not None
    assert statement(nlp.parse("The ward closed in January after inspectors found damp.")) is None


def test_a_quotation_of_several_sentences_is_one_statement_whichever_side_the_verb_is() -> None:
    # The parser hangs only the sentence next to the verb on it: the first sentence of the
    # quotation after 'said:', the last before '," Ivers said'.
    before = statement(nlp.parse('Ruth Ivers said: "The bridge will stay shut. It needs work."'))
    after = statement(nlp.parse('"The bridge will stay shut. It needs work," Ivers said.'))
    assert before is not None and after is not None
    assert before.text == after.text == "The bridge will stay shut. It needs work"
    # A few quoted words inside the reported clause leave the clause as it is.
    partial = statement(nlp.parse('Ivers said the "temporary" closure would last a month.'))
    assert partial is not None and partial.text.endswith("closure would last a month")


def test_two_statements_of_one_speaker_stay_apart_and_one_statement_lines_up() -> None:
    hospital = _event("hospital")
    assert _apart(
        hospital,
        ("paper", "Sam Okafor said nurses had not been told"),
        ("broadcast", "Sam Okafor said the nurses' union would hold a ballot"),
    )
    charge = _event("charge")
    assert lined_up(
        charge,
        ("news", "Mayor Lena Ortiz said the money would pay"),
        ("interview", "Ortiz said the money would buy"),
    )


def test_a_date_and_a_place_reported_apart_stay_apart() -> None:
    summit = _event("summit")
    date = ("wire", "will be held on 12 May")
    place = ("daily", "Lisbon will host the ocean treaty summit")
    assert _apart(summit, date, place)
    assert lined_up(summit, date, ("daily", "scheduled for May 12"))
    assert lined_up(summit, place, ("wire", "will take place in Lisbon"))


def test_the_aligner_reads_spaced_and_shortened_figures_as_the_flag_does() -> None:
    assert _numbers("About 4 000 residents fled.") == _numbers("About 4,000 residents fled.")
    assert _numbers("The damage was put at $1.2bn.") == _numbers("The damage was $1.2 billion.")


def test_a_quantity_phrase_is_read_whole_by_the_aligner() -> None:
    terms = claim_terms(nlp.parse("Tens of thousands of residents fled the valley."))
    # Residents are counted as people, as the "Different figure" flag counts them.
    assert terms.vague == {"tens of thousands"} and terms.counted == {"people"}


def test_a_quantity_word_after_of_is_still_a_count_for_the_aligner() -> None:
    terms = claim_terms(nlp.parse("The evacuation of thousands of residents began."))
    assert terms.vague == {"thousands"} and terms.counted == {"people"}


def test_a_nationality_adjective_on_another_noun_pins_no_fact_down() -> None:
    """Found by the rates event: "The Veldonian crown rose 0.4%" joined "About a third of
    Veldonian homeowners have mortgages ..." on the adjective alone, a shared rare name that
    raised the pair from 0.06 to 0.19. On the same noun it still pins the fact down, and a
    place named as a noun stays an anchor."""
    crown, owners, owners_too, in_karsk, karsk_again = (
        claim_terms(nlp.parse(t))
        for t in (
            "The Veldonian crown rose 0.4% against the euro.",
            "About a third of Veldonian homeowners have variable-rate mortgages.",
            "Many Veldonian homeowners fear the next rise.",
            "Shares rose in Karsk on Thursday.",
            "Bank shares gained in Karsk.",
        )
    )
    assert qualified_elsewhere(crown, owners) == {"veldonian"}
    assert qualified_elsewhere(owners, owners_too) == frozenset()
    assert qualified_elsewhere(in_karsk, karsk_again) == frozenset()


def _retold(texts: dict[str, str]) -> Comparison:
    return compare.compare([Article(id=k, outlet=k, text=v) for k, v in texts.items()])


def test_one_actor_introduced_alike_doing_two_things_stays_apart() -> None:
    """Each outlet introduces the utility in the same words; the site gives its profit where the
    others give its letter to customers. The shared subject is no shared fact, while the two
    letters, worded differently, still line up."""
    comp = _retold(
        {
            "wire": "The regulator raised the price cap on Monday. Halvern Water, the region's"
            " biggest utility, said it would write to every customer this month. Bills will"
            " rise by 40 crowns a year. The minister welcomed the decision.",
            "daily": "The regulator lifted the price cap on Monday. Halvern Water, the region's"
            " biggest utility, said it would send a letter to all its customers this month."
            " Bills will go up by 40 crowns a year. Campaigners were angry.",
            "site": "The regulator caved in on Monday and raised the price cap. Halvern Water,"
            " the region's biggest utility, made a profit of 300 million crowns last year."
            " Bills will rise by 40 crowns a year. Families will suffer.",
        }
    )
    profit = ("site", "made a profit of 300 million crowns")
    assert _apart(comp, profit, ("wire", "said it would write to every customer"))
    assert _apart(comp, profit, ("daily", "said it would send a letter"))
    assert lined_up(
        comp,
        ("wire", "said it would write to every customer"),
        ("daily", "said it would send a letter"),
    )


def test_the_actor_of_a_claim_is_the_subjects_own_name() -> None:
    """ "Nordvolt Energy, the supplier, made a profit" is the company's act; "Shares in Nordvolt
    Energy rose" and "An official in Halloran's office said" name no actor of their own."""
    made = acted(nlp.parse("Nordvolt Energy, the country's largest supplier, made a profit."))
    assert made is not None
    assert made.names == {"nordvolt", "energy"}
    assert made.rest.text.startswith("made a profit")
    assert not made.reported
    said = acted(
        nlp.parse("Climate Action Marrowgate, the group behind the camp, said it would appeal.")
    )
    assert said is not None and said.reported
    assert said.rest.text.startswith("it would appeal")
    assert acted(nlp.parse("Shares in Nordvolt Energy rose 3 percent.")) is None
    assert acted(nlp.parse("An official in Halloran's office said the plan was ready.")) is None


def test_the_actors_of_a_claim_are_every_joined_subjects_name() -> None:
    """ "Apple and Google were fined" is both companies' act, and "Russia's Gazprom", which the
    small model leaves untagged, is the company; "Russia's foreign ministry" stays no name and a
    country that only qualifies the subject is none of its actors."""
    fined = acted(nlp.parse("Apple and Google were fined 2 billion euros on Tuesday."))
    assert fined is not None
    assert fined.names == {"apple", "google"}
    assert fined.rest.text.startswith("were fined")
    cut = acted(nlp.parse("Russia's Gazprom cut gas supplies to Europe on Monday."))
    assert cut is not None
    assert cut.names == {"gazprom"}
    assert cut.rest.text.startswith("cut gas supplies")
    assert acted(nlp.parse("Russia's foreign ministry said the talks were over.")) is None
    assert acted(nlp.parse("Shares in Apple and Google fell 3 percent.")) is None


def test_a_sentence_sharing_only_a_body_s_full_name_does_not_join_the_next_rows_fact() -> None:
    """Two outlets name the aid agency in full in their villages sentence and write "the agency"
    in the next, on the roads; the third names it in full in its roads sentence alone. The
    villages sentence shares only the name with that one, so it stays the two outlets' row,
    while the three roads sentences, worded apart, still line up."""
    comp = _retold(
        {
            "wire": "A magnitude 6.4 earthquake struck the Tarsen highlands on Sunday, killing at"
            " least 40 people. Rescuers were still searching collapsed homes in the town of Vell"
            " on Wednesday. The Highland Relief Alliance, an aid agency working in the area, said"
            " some villages had received no help after three days. The agency said landslides"
            " had blocked the roads to the higher villages. The government said it had sent 300"
            " soldiers to clear them.",
            "opposition": "A magnitude 6.4 earthquake hit the Tarsen highlands on Sunday, killing"
            " at least 40 people. Rescuers were still digging through collapsed homes in Vell on"
            " Wednesday. The Highland Relief Alliance, an aid agency working in the area, said"
            " some villages had received no help after three days. The agency said landslides"
            " had blocked the roads to the higher villages. The government has been slow to"
            " respond.",
            "loyal": "A 6.4 earthquake struck the Tarsen highlands on Sunday, killing at least 40"
            " people. Rescuers worked through the night in Vell. The Highland Relief Alliance"
            " admitted that landslides had blocked the roads to the higher villages. The"
            " government swiftly sent 300 soldiers to clear them.",
        }
    )
    villages = group_holding(comp, "wire", "some villages had received no help")
    assert villages is not None
    assert {m.article for m in villages.members} == {"wire", "opposition"}
    assert lined_up(
        comp,
        ("wire", "landslides had blocked the roads"),
        ("opposition", "landslides had blocked the roads"),
        ("loyal", "landslides had blocked the roads"),
    )
