"""A partisan rewrite against a wire report of the same story: long sentences that add a clause.

The texts are invented for these tests (a made-up fisheries dispute), modelled on the reviewer's
case: the paper packs a report into one long sentence and adds "namely that ..." or a relative
clause, the wire says the same in a short sentence that adds "including ...". The fitted pair
models read the added clauses as a difference (MRPC's negatives are exactly that), so such pairs
scored below every cut-off although each claim was the other's best match.
"""

from __future__ import annotations

import pytest

from alignment_texts import group_holding
from reader.core import align_model, align_prepare, compare, nlp
from reader.core.model import Article, Comparison

PAPER = Article(
    id="paper",
    outlet="Coastal Herald",
    text=(
        "Prime Minister Ana Ruiz is reportedly working on a quiet plan with Norway to end the "
        "dispute between the two rival fishing fleets before the autumn.\n\n"
        "Sources close to the government have told the Coastal Herald that Ruiz, who recently "
        "travelled to Bergen to hold talks with Norwegian premier Lars Vik, has asked senior "
        "diplomats to draft a framework for negotiations between the fleets.\n\n"
        "An official from Ruiz's office reportedly told the paper that the prime minister has "
        "tapped her envoy Maria Costa to work alongside Norway's fisheries minister to begin "
        "drafting a framework for talks.\n\n"
        "According to the report, the ministry believes that such an accord could possibly be "
        "sealed by the autumn should certain conditions be met, namely that the two fleets allow "
        "independent inspectors aboard their trawlers to such a degree that neither association "
        "could accuse the other of breaking its catch limits in front of the courts.\n\n"
        "While Ruiz was one of the few ministers willing to engage with both crews in the early "
        "days of the dispute, she later fell in line with the big trawler lobby and handed its "
        "owners millions in subsidies and fresh licences to squeeze the family boats out of the "
        "bay.\n\n"
        "The smaller fleet's association said in March that it would not sign any deal drafted "
        "in Oslo.\n\n"
        "In April, the trawler owners proposed a roadmap for shared quotas, including a pause on "
        "night trawling, but the scheme was derided by the family crews as thin on specifics and "
        "unworkable given the owners' sway over the harbour boards.\n\n"
        "Whether a prime minister who has failed her own harbours for years can deliver a truce "
        "is anyone's guess."
    ),
)

WIRE = Article(
    id="wire",
    outlet="Northline Wire",
    text=(
        "OSLO, May 3 (Northline) - Prime Minister Ana Ruiz has asked her envoy Maria Costa to "
        "work with Norway's fisheries minister on a framework for talks between the two rival "
        "fishing fleets, the Coastal Herald reported on Wednesday.\n\n"
        "Ruiz visited Norway last month and held talks with Prime Minister Lars Vik in Bergen.\n\n"
        "According to the report, government officials believe negotiations could start by the "
        "autumn if conditions are met, including progress on placing monitors on both fleets' "
        "boats.\n\n"
        "Ruiz was among the few ministers who kept talking to both crews when the dispute "
        "began.\n\n"
        "The smaller fleet's association said in March it would reject any deal drafted in "
        "Oslo.\n\n"
        "In April, the trawler owners published a six-point plan that called for a pause on night "
        "trawling. Smaller crews said the plan lacked specifics.\n\n"
        "The fisheries ministry did not respond to a request for comment."
    ),
)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare.compare([PAPER, WIRE])


def test_both_articles_are_long_enough_for_context(comparison: Comparison) -> None:
    assert all(len(comparison.claims[a]) >= align_model.MIN_CONTEXT for a in ("paper", "wire"))


def _lined_up(comparison: Comparison, paper_words: str, wire_words: str) -> bool:
    """The paper's claim holding ``paper_words`` shares a group with the wire's holding
    ``wire_words``."""
    group = group_holding(comparison, "paper", paper_words)
    return group is not None and group is group_holding(comparison, "wire", wire_words)


@pytest.mark.parametrize(
    ("paper_words", "wire_words"),
    [
        # an added "namely that ..." clause
        ("could possibly be sealed by the autumn", "could start by the autumn if conditions"),
        # a relative clause retelling the wire's sentence
        ("who recently travelled to Bergen", "held talks with Prime Minister Lars Vik"),
    ],
)
def test_a_report_with_an_added_clause_lines_up_with_the_wire(
    comparison: Comparison, paper_words: str, wire_words: str
) -> None:
    assert _lined_up(comparison, paper_words, wire_words)


def test_the_second_half_of_a_split_sentence_follows_the_wires_next_sentence(
    comparison: Comparison,
) -> None:
    # "In April, X proposed a roadmap ..., but the scheme was derided as thin on specifics" is one
    # report; the wire says it in two sentences. Its first half lines up; the second shares one
    # word with the wire's next sentence ("specifics"), each the other's best match.
    assert _lined_up(
        comparison,
        "the trawler owners proposed a roadmap",
        "the trawler owners published a six-point plan",
    )
    assert _lined_up(
        comparison, "derided by the family crews", "Smaller crews said the plan lacked specifics"
    )


def test_a_while_clause_does_not_speak_for_its_sentence(comparison: Comparison) -> None:
    # "While she did A, she later did B" is about B (the paper's own charge); its first part
    # alone matches the wire's sentence, but a window must keep the main verb.
    assert (
        group_holding(comparison, "paper", "later fell in line with the big trawler lobby") is None
    )


def test_the_editorial_close_stays_alone(comparison: Comparison) -> None:
    assert group_holding(comparison, "paper", "anyone's guess") is None


def test_without_clause_windows_the_paraphrase_stays_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The evidence is the windows: with none (every claim "short"), the models alone keep the
    # pair below every cut-off, as before.
    monkeypatch.setattr(align_prepare, "WINDOW_MIN_WORDS", 10_000)
    comp = compare.compare([PAPER, WIRE])
    assert group_holding(comp, "paper", "could possibly be sealed by the autumn") is None


def test_clause_windows_keep_the_main_verb_and_enough_words() -> None:
    doc = nlp.parse(
        "According to the report, the ministry believes that a truce could be agreed by the "
        "autumn, namely that both fleets accept independent monitors on their vessels."
    )
    windows = [w.text for w in align_prepare._clause_windows(doc[:])]
    root = doc[:].root.text
    assert windows
    assert all(root in w for w in windows)
    main = "According to the report, the ministry believes that a truce could be agreed"
    assert f"{main} by the autumn" in windows
    n_words = sum(1 for t in doc if not t.is_punct)
    assert all(
        sum(1 for t in nlp.parse(w) if not t.is_punct) >= align_prepare.WINDOW_SHARE * n_words
        for w in windows
    )
    # A short claim has no windows.
    short = nlp.parse("The ministry did not respond, officials said.")
    assert align_prepare._clause_windows(short[:]) == ()


# -- the leads: the wire's lead packs the detail a later sentence of the rewrite gives -------------

STRIKE_PAPER = Article(
    id="paper",
    outlet="Daily Post",
    text=(
        "Transport minister Lena Ortiz is reportedly drawing up a secret plan with the rail unions "
        "to end the strike before the holidays.\n\n"
        "Commuters have endured three weeks of cancelled trains, and businesses in the capital say "
        "they are losing millions every day.\n\n"
        "An aide to Ortiz told the Post that the minister has appointed veteran mediator Tom Reyes "
        "to sit down with union leader Carla Diaz and draft terms for a deal.\n\n"
        "The unions walked out in November over pay and the closure of rural lines.\n\n"
        "Critics say the minister has spent the strike hiding from the cameras."
    ),
)

STRIKE_WIRE = Article(
    id="wire",
    outlet="Southern Wire",
    text=(
        "MADRID, Dec 2 (Southern) - Transport minister Lena Ortiz has appointed mediator Tom Reyes "
        "to work with union leader Carla Diaz on terms to end the national rail strike, the Daily "
        "Post reported on Monday.\n\n"
        "The strike, now in its fourth week, began in November over pay and plans to close rural "
        "lines.\n\n"
        "Business groups estimate the stoppage costs the capital millions of euros a day.\n\n"
        "The ministry declined to comment."
    ),
)


def test_a_lead_joins_the_other_lead_that_chose_a_more_detailed_sentence() -> None:
    comp = compare.compare([STRIKE_PAPER, STRIKE_WIRE])
    wire_lead = group_holding(comp, "wire", "has appointed mediator Tom Reyes")
    assert wire_lead is not None
    # The wire's lead is the best match of the paper's detailed third sentence ...
    assert wire_lead is group_holding(comp, "paper", "has appointed veteran mediator Tom Reyes")
    # ... and the paper's own lead, whose clear best match it is, joins them.
    assert wire_lead is group_holding(comp, "paper", "drawing up a secret plan")
    assert group_holding(comp, "paper", "hiding from the cameras") is None
