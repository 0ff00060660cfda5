"""Cross-article alignment on reports written for these tests (tests/alignment_texts.py)."""

from __future__ import annotations

import gc
import itertools
import weakref
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from alignment_texts import (
    ARTICLES,
    PAPER,
    TABLOID,
    WIRE,
    claim_id,
    group_holding,
    sentence_claims,
)
from reader.core import align, align_groups, align_model, align_pairs, compare, features, nlp
from reader.core.features import FEATURE_NAMES, build_index, claim_terms, pair_features
from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Claim,
    Comparison,
    Generator,
)
from reader.evaluation import multi
from token_reads import TokenCountingDoc, token_counting_parse

WIRE_A, TABLOID_A, PAPER_A = ARTICLES


def run_align(articles: Sequence[Article]) -> list[Alignment]:
    claims = {a.id: sentence_claims(a) for a in articles}
    docs = nlp.parse_many([a.text for a in articles])
    return align.align(articles, claims, docs)


def group_sets(groups: Sequence[Alignment]) -> set[frozenset[str]]:
    return {frozenset(m.claim for m in g.members) for g in groups}


def group_of(groups: Sequence[Alignment], cid: str) -> frozenset[str] | None:
    for g in groups:
        ids = frozenset(m.claim for m in g.members)
        if cid in ids:
            return ids
    return None


@pytest.fixture(scope="module")
def groups() -> list[Alignment]:
    return run_align(ARTICLES)


def test_paraphrases_across_three_outlets_share_a_group(groups: list[Alignment]) -> None:
    collapse = group_of(groups, claim_id(WIRE_A, "collapsed on Sunday"))
    assert collapse is not None
    assert claim_id(TABLOID_A, "fell into the river") in collapse
    assert claim_id(PAPER_A, "The collapse of the Kestrel") in collapse

    injured = group_of(groups, claim_id(WIRE_A, "Twelve people"))
    assert injured is not None and claim_id(TABLOID_A, "Twelve injured") in injured

    inspection = group_of(groups, claim_id(WIRE_A, "passed an inspection"))
    assert inspection is not None and claim_id(TABLOID_A, "sailed through") in inspection


def test_editorial_asides_stay_unaligned(groups: list[Alignment]) -> None:
    for fragment in ("greedy officials", "Nobody trusts"):
        assert group_of(groups, claim_id(TABLOID_A, fragment)) is None
    # A fact only one outlet reports is not forced into a group either.
    assert group_of(groups, claim_id(PAPER_A, "opened in 1974")) is None


def test_one_long_sentence_matches_two_short_ones(groups: list[Alignment]) -> None:
    long_claim = claim_id(PAPER_A, "Investigators will examine")
    group = group_of(groups, long_claim)
    assert group is not None
    assert claim_id(WIRE_A, "Engineers will examine") in group
    assert claim_id(WIRE_A, "40 million euros") in group


def test_groups_are_well_formed(groups: list[Alignment]) -> None:
    seen: set[str] = set()
    for g in groups:
        assert len(g.articles) >= 2
        assert 0.0 <= g.score <= 1.0
        for article in g.articles:
            assert len(g.members_of(article)) <= align_groups.MAX_PER_ARTICLE
        for m in g.members:
            assert 0.0 <= m.score <= 1.0
            assert m.claim not in seen, "a claim belongs to at most one group"
            seen.add(m.claim)
            text = {a.id: a.text for a in ARTICLES}[m.article]
            assert text[m.start : m.end].strip()
    assert [g.id for g in groups] == [f"g{i}" for i in range(1, len(groups) + 1)]


def test_result_does_not_depend_on_article_order(groups: list[Alignment]) -> None:
    expected = group_sets(groups)
    for order in itertools.permutations(ARTICLES):
        assert group_sets(run_align(order)) == expected


def test_a_single_article_has_no_groups() -> None:
    assert run_align([WIRE_A]) == []


def _pair_probability(a: str, b: str) -> float:
    articles = [Article(id="x", outlet="X", text=a), Article(id="y", outlet="Y", text=b)]
    claims = {
        art.id: [Claim(f"{art.id}/c1", art.id, 0, len(art.text), art.text, 0)] for art in articles
    }
    prep = align.prepare(articles, claims, nlp.parse_many([a, b]))
    feats = pair_features(prep.terms, prep.index, prep.vectors, np.array([0]), np.array([1]))
    return float(align.probability(feats)[0])


def test_a_number_mismatch_is_strong_negative_evidence() -> None:
    base = "Storms cut power to 12,000 homes in the north of the county on Tuesday."
    same = "On Tuesday storms cut power to 12,000 homes in the north of the county."
    other = "On Tuesday storms cut power to 45,000 homes in the north of the county."
    p_same, p_other = _pair_probability(base, same), _pair_probability(base, other)
    assert p_same >= align.THRESHOLD > p_other


def test_two_one_sentence_articles_align_only_when_they_say_the_same() -> None:
    a = "The city council approved the new budget on Monday by a vote of nine to two."
    b = "On Monday the city council passed the new budget, nine votes to two."
    c = "A heavy snowfall closed three mountain passes in the west of the country."
    pair = [Article(id="a", outlet="A", text=a), Article(id="b", outlet="B", text=b)]
    assert len(run_align(pair)) == 1
    unrelated = [Article(id="a", outlet="A", text=a), Article(id="c", outlet="C", text=c)]
    assert run_align(unrelated) == []


def test_feature_rows_match_the_documented_names() -> None:
    assert len(align_model.WEIGHTS) == len(FEATURE_NAMES) == len(align_model.RELATED_WEIGHTS)


def _many_articles(n_articles: int, per_article: int) -> list[Article]:
    """Articles recombined from the three reports, each sentence tagged so none is identical."""
    pool = [
        s.text for text in (WIRE, TABLOID, PAPER) for s in nlp.parse(text).sents if s.text.strip()
    ]
    rng = np.random.default_rng(7)
    out = []
    for i in range(n_articles):
        picks = rng.choice(len(pool), size=per_article)
        text = " ".join(pool[int(k)] for k in picks)
        out.append(Article(id=f"a{i}", outlet=f"Outlet {i}", text=text))
    return out


@pytest.mark.slow
def test_blocking_scores_far_fewer_pairs_than_all_pairs() -> None:
    articles = _many_articles(10, 40)
    claims = {a.id: sentence_claims(a) for a in articles}
    prep = align.prepare(articles, claims, nlp.parse_many([a.text for a in articles]))
    left, right, _ = align.candidate_pairs(prep, len(articles))
    n = len(prep.claims)
    all_cross = n * (n - 1) // 2 - sum(len(c) * (len(c) - 1) // 2 for c in claims.values())
    assert len(left) < all_cross
    assert np.all(prep.article_of[left] != prep.article_of[right])
    groups = align.group_claims(prep, len(articles))
    for g in groups:
        for article in g.articles:
            assert len(g.members_of(article)) <= align_groups.MAX_PER_ARTICLE


# -- the aligned view's reading order (Comparison.rows) ------------------------------------------


def _comparison(articles: Sequence[Article], groups: Sequence[Alignment]) -> Comparison:
    return Comparison(
        articles=tuple(articles),
        claims={a.id: sentence_claims(a) for a in articles},
        alignments=tuple(groups),
        flags=(),
        generator=Generator("test", "0"),
    )


def _check_columns_read_in_order(comp: Comparison) -> None:
    rows = list(comp.rows())
    for article in comp.articles:
        order = [c.sentence for row in rows for c in row.cells.get(article.id, ())]
        assert order == sorted(order), f"{article.id} reads out of order"
        assert sorted(order) == [c.sentence for c in comp.claims[article.id]]


def test_rows_hold_every_claim_once_whatever_the_article_order() -> None:
    for order in itertools.permutations(ARTICLES):
        comp = _comparison(order, run_align(order))
        rows = list(comp.rows())
        placed = [c.id for r in rows for cells in r.cells.values() for c in cells]
        assert sorted(placed) == sorted(c.id for cs in comp.claims.values() for c in cs)
        assert sum(1 for r in rows if not r.is_unique) == len(comp.alignments)


def test_rows_keep_every_column_in_reading_order() -> None:
    # Three outlets telling the same three facts in the same order, each with asides in between.
    a = Article(id="a", outlet="A", text="Fact one. Aside a1. Fact two. Fact three. Aside a2.")
    b = Article(id="b", outlet="B", text="Aside b1. Aside b2. Fact one. Fact two. Fact three.")
    c = Article(id="c", outlet="C", text="Fact one. Fact two. Aside c1. Aside c2. Fact three.")
    claims = {x.id: [cl for cl in sentence_claims(x) if "Fact" in cl.text] for x in (a, b, c)}
    groups = [
        Alignment(
            id=f"g{i}",
            score=0.9,
            members=tuple(
                AlignmentMember(x, claims[x][i].id, claims[x][i].start, claims[x][i].end)
                for x in ("a", "b", "c")
            ),
        )
        for i in range(3)
    ]
    for order in itertools.permutations((a, b, c)):
        comp = _comparison(order, groups)
        _check_columns_read_in_order(comp)
        rows = list(comp.rows())
        # b's two asides come before the first fact; c's asides sit between facts two and three.
        first_group = next(i for i, r in enumerate(rows) if not r.is_unique)
        assert {cl.text for r in rows[:first_group] for cl in r.cells.get("b", ())} == {
            "Aside b1.",
            "Aside b2.",
        }


def test_unmatched_claims_sit_where_they_fall() -> None:
    comp = _comparison(ARTICLES, run_align(ARTICLES))
    rows = list(comp.rows())
    aside = claim_id(TABLOID_A, "greedy officials")
    at = next(
        i for i, r in enumerate(rows) if any(c.id == aside for c in r.cells.get("tabloid", ()))
    )
    before = {c.id for r in rows[:at] for c in r.cells.get("tabloid", ())}
    after = {c.id for r in rows[at + 1 :] for c in r.cells.get("tabloid", ())}
    assert claim_id(TABLOID_A, "sailed through") in before
    assert claim_id(TABLOID_A, "Twelve injured") in after


def test_a_lead_grouped_with_a_later_sentence_of_its_article_stays_first() -> None:
    """Found on the airstrike event: one outlet's lead and a sentence further down lined up as
    one group with the others' leads, and the group sat fifth, under rows that follow the lead
    in every article: it was placed again at its later sentence, which made a cycle."""
    a = Article(
        id="a",
        outlet="A",
        text="The strike hit the camp. The minister spoke. The army confirmed it.",
    )
    b = Article(
        id="b",
        outlet="B",
        text=(
            "The camp was hit by a strike. Rain fell all day. Roads were shut. Shops closed."
            " Schools stayed open. The minister spoke at noon."
        ),
    )
    ca, cb = sentence_claims(a), sentence_claims(b)

    def member(article: str, claim: Claim) -> AlignmentMember:
        return AlignmentMember(article, claim.id, claim.start, claim.end)

    groups = [
        Alignment("g1", 0.9, (member("a", ca[0]), member("a", ca[2]), member("b", cb[0]))),
        Alignment("g2", 0.9, (member("a", ca[1]), member("b", cb[5]))),
    ]
    rows = list(_comparison([a, b], groups).rows())
    assert [r.alignment.id if r.alignment else r.cells["b"][0].text for r in rows] == [
        "g1",
        "Rain fell all day.",
        "Roads were shut.",
        "Shops closed.",
        "Schools stayed open.",
        "g2",
    ]


def test_crossing_orders_still_give_every_claim_once() -> None:
    a = Article(id="a", outlet="A", text="First fact here. Second fact here. Third fact here.")
    b = Article(id="b", outlet="B", text="Third fact there. Second fact there. First fact there.")
    ca, cb = sentence_claims(a), sentence_claims(b)
    crossing = [
        Alignment(
            id=f"g{i}",
            score=0.9,
            members=(
                AlignmentMember("a", ca[i].id, ca[i].start, ca[i].end),
                AlignmentMember("b", cb[2 - i].id, cb[2 - i].start, cb[2 - i].end),
            ),
        )
        for i in range(3)
    ]
    rows = list(_comparison([a, b], crossing).rows())
    assert len(rows) == 3
    assert sorted(c.id for r in rows for cells in r.cells.values() for c in cells) == sorted(
        c.id for c in (*ca, *cb)
    )
    # The first article's column keeps its order.
    assert [r.cells["a"][0].id for r in rows] == [c.id for c in ca]


def test_a_sentence_split_into_claims_still_aligns_as_a_whole() -> None:
    a_text = "Shares of the carmaker rose 4 percent on Monday, and the company raised its forecast."
    b_text = "The carmaker raised its forecast on Monday and its shares rose 4 percent."
    a = Article(id="a", outlet="A", text=a_text)
    b = Article(id="b", outlet="B", text=b_text)
    cut = a_text.index(", and") + 1
    claims = {
        "a": [
            Claim("a/c1", "a", 0, cut - 1, a_text[: cut - 1], 0),
            Claim("a/c2", "a", cut + 1, len(a_text), a_text[cut + 1 :], 0),
        ],
        "b": [Claim("b/c1", "b", 0, len(b_text), b_text, 0)],
    }
    groups = align.align([a, b], claims, nlp.parse_many([a_text, b_text]))
    assert len(groups) == 1
    assert {m.claim for m in groups[0].members} >= {"a/c2", "b/c1"}


def test_a_quotation_inside_a_longer_sentence_lines_up_with_the_quotation() -> None:
    quote = '"We will rebuild the crossing before next winter," the mayor said.'
    a = Article(
        id="a",
        outlet="A",
        text="The bridge closed on Sunday. Divers searched the river all night. " + quote,
    )
    b = Article(
        id="b",
        outlet="B",
        text=(
            "Speaking at a packed town hall on Monday evening, a tearful mayor vowed that "
            '"we will rebuild the crossing before next winter," and she blamed the contractor. '
            "Schools stayed open. Trains ran on time."
        ),
    )
    groups = run_align([a, b])
    long_claim = claim_id(b, "packed town hall")
    group = group_of(groups, long_claim)
    assert group is not None and claim_id(a, "We will rebuild") in group
    assert group_of(groups, claim_id(b, "Trains ran")) is None


# -- multi-outlet coverage: the seed and two saved pages of its event, the labelled set ----------
# The labels are in tests/fixtures/alignment_gold.json (hand-made, texts we own; see
# reader.evaluation.multi). These run the whole engine: real claim splitting, real alignment.

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def labelled_scores() -> dict[str, multi.CaseScore]:
    scores = {s.name: s for s in multi.evaluate(SHARED)}
    if "macron" not in scores:
        pytest.skip("../shared/seed is not present")
    return scores


@pytest.fixture(scope="module")
def macron() -> Comparison:
    case = next(c for c in multi.load_gold() if c["name"] == "macron")
    articles = multi.load_articles(case, SHARED)
    if articles is None:
        pytest.skip("../shared/seed is not present")
    return compare.compare(articles)


def test_the_seeds_guangdong_sentence_lines_up_with_both_pages(macron: Comparison) -> None:
    group = group_holding(macron, "seed", "recently travelled to Guangdong")
    assert group is not None
    assert group is group_holding(macron, "meridian", "visited Guangdong this month")
    assert group is group_holding(macron, "harbour", "held talks with President Xi Jinping")
    # ... so the reader sees "dictator" set against the pages' "President Xi Jinping".
    flag = next(f for f in macron.flags if f.article == "seed" and f.text.lower() == "dictator")
    assert flag.evidence == "comparative"
    assert flag.alignment == group.id
    assert {c.article for c in flag.counterparts} == {"meridian", "harbour"}
    assert all("President Xi Jinping" in c.text for c in flag.counterparts)


def test_the_seeds_peace_framework_lines_up_with_the_position_paper(macron: Comparison) -> None:
    group = group_holding(macron, "seed", "Beijing proposed a supposed framework")
    assert group is not None
    assert group is group_holding(macron, "meridian", "12-point position paper")
    assert group is group_holding(macron, "harbour", "12-point position paper")


def test_the_seeds_editorial_asides_stay_unaligned(macron: Comparison) -> None:
    case = next(c for c in multi.load_gold() if c["name"] == "macron")
    asides = case["asides"]["seed"]
    assert len(asides) >= 5
    for fragment in asides:
        assert group_holding(macron, "seed", fragment) is None, fragment


def test_most_labelled_pairs_line_up_and_no_aside_does(
    labelled_scores: dict[str, multi.CaseScore],
) -> None:
    scores = list(labelled_scores.values())
    gold = sum(s.gold_pairs for s in scores)
    assert gold >= 100
    assert sum(s.recalled for s in scores) / gold >= 0.8
    assert sum(s.correct for s in scores) / sum(s.predicted_pairs for s in scores) >= 0.9
    assert sum(s.asides_aligned for s in scores) == 0
    # The hard case (a partisan rewrite against two wire-style pages) stays well above the old
    # MRPC-strict aligner's 22 of 49 pairs.
    assert labelled_scores["macron"].recalled / labelled_scores["macron"].gold_pairs >= 0.7


def test_the_macron_case_lines_up_at_least_four_in_five_pairs_precisely(
    labelled_scores: dict[str, multi.CaseScore],
) -> None:
    case = labelled_scores["macron"]
    assert case.recalled / case.gold_pairs >= 0.8
    assert case.correct / case.predicted_pairs >= 0.95
    assert case.asides_aligned == 0


def test_a_reworded_reception_joins_the_group_both_other_outlets_chose(macron: Comparison) -> None:
    # "received coolly in western capitals" shares few words with either counterpart, but each of
    # the other outlets picks a member of one group as its best match (corroboration).
    group = group_holding(macron, "seed", "widely dismissed as being light on detail")
    assert group is not None
    assert group is group_holding(macron, "harbour", "received coolly in western capitals")
    # The first half of meridian's split sentence follows its second half into the group ...
    assert group is group_holding(macron, "meridian", "Western governments said the paper")
    assert group is group_holding(macron, "meridian", "several questioned whether Beijing")
    # ... but the next sentence (a different fact) does not.
    assert group is not group_holding(macron, "meridian", "kept talking to Moscow")


def test_named_speakers_are_the_subject_of_a_speech_verb() -> None:
    def speakers(text: str) -> frozenset[str]:
        return claim_terms(nlp.parse(text)).speakers

    assert "elysee" in speakers("The Elysee did not immediately respond to a request for comment.")
    assert "china" in speakers("China's foreign ministry did not comment directly on the report.")
    # An unnamed source, a name outside the subject, and a non-speech verb name no speaker.
    assert speakers("An official in Macron's office told Bloomberg about the plan.") == frozenset()
    assert speakers("China published a 12-point position paper in February.") == frozenset()
    # The country in capitals, though "us" is a stop word and "U.S." no plain word ...
    for us in ("The US said", "The U.S. said", "US officials said", "US said"):
        assert speakers(f"{us} the aid would arrive on Monday.") == {"us"}, us
    # ... and the pronoun is nobody.
    assert speakers("He told us the aid would arrive on Monday.") == frozenset()
    assert speakers("Let us say the aid arrives on Monday.") == frozenset()


def test_reactions_of_different_named_parties_do_not_line_up(macron: Comparison) -> None:
    elysee = group_holding(macron, "meridian", "The Elysee did not immediately respond")
    ministry = group_holding(macron, "harbour", "foreign ministry did not comment directly")
    assert ministry is not None
    assert elysee is not ministry
    # The two outlets' reports of the ministry's reaction still share a group.
    assert ministry is group_holding(macron, "meridian", "foreign ministry said Beijing was")


def test_a_state_body_speaks_for_its_country_not_as_a_party_of_its_own() -> None:
    def speakers(text: str) -> frozenset[str]:
        return claim_terms(nlp.parse(text)).speakers

    ministry = (
        "Tavarian troops in the Serra valley protect farmers from armed gangs, the foreign "
        "ministry said."
    )
    assert speakers(ministry) == frozenset()
    assert speakers("Tavarian officials said the troops protect farmers.") == {"tavarian"}
    assert speakers("The Kremlin said the troops were there to protect farmers.") >= {"russia"}
    assert speakers("The White House said the sanctions would stay.") >= {"us", "america"}
    assert speakers("Moscow said the troops were there to protect farmers.") >= {"russia"}
    # A capital speaks for its country only as the whole name: this is a person.
    assert "us" not in speakers("Denzel Washington said the sanctions would stay.")
    # Two named people are still two speakers.
    assert speakers("Defence Minister Ivan Petrov said the troops protect farmers.") >= {"petrov"}


def _speaker_conflicts(a: str, b: str) -> bool:
    articles = [Article("x", "X", a), Article("y", "Y", b)]
    claims = {
        art.id: [Claim(f"{art.id}/c1", art.id, 0, len(art.text), art.text, 0)] for art in articles
    }
    prep = align.prepare(articles, claims, nlp.parse_many([a, b]))
    return bool(align_pairs._speaker_conflict(prep, np.array([0]), np.array([1]))[0])


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Tavaria says the troops are there to protect farmers.",
         "Tavarian troops protect farmers from armed gangs, the foreign ministry said.", False),
        ("Tavaria says the troops are there to protect farmers.",
         "Tavarian officials said the troops protect farmers from armed gangs.", False),
        ("Russia says the troops are there to protect farmers.",
         "The Kremlin said the troops were there to protect farmers.", False),
        ("The Kremlin said the troops were there to protect farmers.",
         "France says the troops are there to protect farmers.", True),
        ("The Kremlin said the troops were there to protect farmers.",
         "Moscow said the troops were there to protect farmers.", False),
        ("Moscow said the troops were there to protect farmers.",
         "Russia says the troops are there to protect farmers.", False),
        ("The White House said the sanctions would stay.",
         "The United States said the sanctions would stay.", False),
        ("The White House said the sanctions would stay.",
         "Washington said the sanctions would stay.", False),
        ("Downing Street said the sanctions would stay.",
         "London said the sanctions would stay.", False),
        ("Beijing said the sanctions would stay.",
         "China said the sanctions would stay.", False),
        ("The White House said the sanctions would stay.",
         "Moscow said the sanctions would stay.", True),
        ("The White House said the sanctions would stay.",
         "Denzel Washington said the sanctions would stay.", True),
        ("Austria says the troops are there to protect farmers.",
         "Australian officials said the troops protect farmers.", True),
        ("Ivan Petrov said the troops are there to protect farmers.",
         "Karin Dahl said the troops are there to protect farmers.", True),
        # Countries that share a word of their names are one voice only as one country.
        ("The United Kingdom said the sanctions would stay.",
         "The United States said the sanctions would stay.", True),
        ("North Korea said the sanctions would stay.",
         "South Korea said the sanctions would stay.", True),
        ("The United Kingdom said the sanctions would stay.",
         "The United Nations said the sanctions would stay.", True),
        ("The United Kingdom said the sanctions would stay.",
         "Britain said the sanctions would stay.", False),
        ("The United States said the sanctions would stay.",
         "The USA said the sanctions would stay.", False),
        ("The US said the sanctions would stay.",
         "Russia said the sanctions would stay.", True),
        ("The US said the sanctions would stay.",
         "The United States said the sanctions would stay.", False),
        ("The U.S. said the sanctions would stay.",
         "Washington said the sanctions would stay.", False),
        # The two Koreas' capitals are two voices, each its own Korea's.
        ("Pyongyang said the sanctions would stay.",
         "Seoul said the sanctions would stay.", True),
        ("Pyongyang said the sanctions would stay.",
         "North Korea said the sanctions would stay.", False),
        ("Seoul said the sanctions would stay.",
         "South Korea said the sanctions would stay.", False),
        ("Seoul said the sanctions would stay.",
         "North Korea said the sanctions would stay.", True),
        # A word of a country's whole name is no country alone.
        ("Washington said the sanctions would stay.",
         "The Gulf States said the sanctions would stay.", True),
        ("Downing Street said the sanctions would stay.",
         "The Kingdom said the sanctions would stay.", True),
        ("Washington said the sanctions would stay.",
         "The United States said the sanctions would stay.", False),
        ("Downing Street said the sanctions would stay.",
         "The United Kingdom said the sanctions would stay.", False),
    ],
)  # fmt: skip
def test_a_country_and_its_government_are_one_voice_two_people_are_two(
    a: str, b: str, conflict: bool
) -> None:
    assert _speaker_conflicts(a, b) is conflict


def test_the_kremlin_and_moscow_speaking_line_up_in_a_comparison() -> None:
    kremlin = Article(
        "x",
        "X",
        "Tavarian farmers fled the Serra valley on Monday after gunfire near the border. "
        "The Kremlin said the troops had entered the valley to protect farmers from armed gangs. "
        "Aid groups said about 300 families were sheltering in schools.",
    )
    moscow = Article(
        "y",
        "Y",
        "Farmers left the Serra valley on Monday as gunfire was heard near the border. "
        "Moscow said its troops were in the valley to shield farmers from armed gangs. "
        "About 300 families were sheltering in schools, aid groups said.",
    )
    groups = run_align([kremlin, moscow])
    row = group_of(groups, claim_id(kremlin, "The Kremlin said"))
    assert row is not None and claim_id(moscow, "Moscow said") in row


def test_a_rival_that_paraphrases_another_claim_does_not_block_a_clear_match() -> None:
    """The runner-up that a clear match must beat leaves out claims spoken for: a claim of the
    other article whose own best match there scores at least the threshold, and is not this one."""
    x_text = (
        "He said the sanctions imposed in 2024 would stay until Tavarian troops leave the valley. "
        "Tavarian troops in the Serra valley protect farmers from armed gangs, the ministry said."
    )
    y_text = (
        "He said the sanctions imposed in 2024 would stay until Tavarian troops leave the valley. "
        "Tavaria says the troops are there to protect farmers."
    )
    articles = [Article("x", "X", x_text), Article("y", "Y", y_text)]
    claims = {a.id: sentence_claims(a) for a in articles}
    prep = align.prepare(articles, claims, nlp.parse_many([x_text, y_text]))
    # x/c1 ~ y/c1 (the same sentence), x/c2 ~ y/c2 (the match), x/c2 ~ y/c1 (its rival).
    left, right = np.array([0, 1, 1]), np.array([2, 3, 2])
    prob = np.array([0.95, 0.35, 0.3])
    plain = align_pairs.runner_up_elsewhere(prep, left, right, prob, 2)
    spoken = align_pairs.runner_up_elsewhere(prep, left, right, prob, 2, spoken_for=align.THRESHOLD)
    assert plain[1, 1] == pytest.approx(0.3)  # x/c2's runner-up in y: y/c1
    assert spoken[1, 1] == 0.0  # y/c1 is x/c1's paraphrase, no rival of x/c2
    feats = np.zeros((3, len(FEATURE_NAMES)))
    feats[:, FEATURE_NAMES.index("containment")] = 0.85
    clear = align_groups.clear_matches(prep, left, right, prob, feats, np.ones(3, bool), 2)
    assert clear[1]  # x/c2 ~ y/c2 wins clearly once y/c1 is no rival
    assert not clear[2]


def test_number_conflicts_weigh_heavily_only_inside_longer_articles() -> None:
    row = np.zeros((1, len(FEATURE_NAMES)))
    row[0, FEATURE_NAMES.index("tfidf_cos")] = 0.5
    row[0, FEATURE_NAMES.index("embed_cos")] = 0.7
    row[0, FEATURE_NAMES.index("word_jaccard")] = 0.35
    conflict = row.copy()
    conflict[0, FEATURE_NAMES.index("quantity_conflict")] = 1.0
    alone, in_story = align.probability(conflict, False)[0], align.probability(conflict, True)[0]
    # A sentence pair keeps the fitted model's mild doubt; in a story the other count is another
    # fact, and the claim with the matching numbers is there to pair with.
    assert align.probability(row, False)[0] > alone > in_story
    assert alone - in_story > 0.3
    assert align.relatedness(conflict, False)[0] > align.relatedness(conflict, True)[0]


def test_a_count_the_other_claim_also_gives_is_no_conflict() -> None:
    three = claim_terms(nlp.parse("The board voted to close three elementary schools on Tuesday."))
    of_fourteen = claim_terms(
        nlp.parse("The board voted to close three of its 14 elementary schools on Tuesday.")
    )
    twelve = claim_terms(nlp.parse("The board voted to close 12 elementary schools on Tuesday."))
    terms = [three, of_fourteen, twelve]
    index = build_index(terms)
    vectors = np.zeros((3, 4), dtype=np.float32)
    feats = pair_features(terms, index, vectors, np.array([0, 0]), np.array([1, 2]))
    quantity = feats[:, FEATURE_NAMES.index("quantity_conflict")]
    assert quantity.tolist() == [0.0, 1.0]


_STRIKE_REST_A = (
    "The union said the walkout would last until Friday. "
    "By evening a dozen cargo ships were waiting outside the harbour. "
    "The port authority called the pay demand unaffordable."
)
_STRIKE_REST_B = (
    "A dozen cargo ships queued offshore as night fell. "
    "Union leaders vowed the walkout would continue through Friday. "
    "Port officials said the wage claim could not be met."
)


def _strike_leads(lead_a: str, lead_b: str) -> list[Alignment]:
    """Two reports of one strike; the first repeats its lead in its second sentence, as many do."""
    second = "The strike, the first at the port in a decade, began at dawn."
    return run_align(
        [
            Article(id="a", outlet="A", text=f"{lead_a} {second} {_STRIKE_REST_A}"),
            Article(id="b", outlet="B", text=f"{lead_b} {_STRIKE_REST_B}"),
        ]
    )


def test_two_outlets_leads_on_one_event_line_up(monkeypatch: pytest.MonkeyPatch) -> None:
    lead_a = (
        "Dock workers walked out on Monday, demanding higher wages after two years of frozen pay."
    )
    lead_b = "A bitter strike over pay shut the port on Monday as dock workers stayed at home."
    group = group_of(_strike_leads(lead_a, lead_b), "a/c1")
    assert group is not None and {"a/c1", "b/c1"} <= group
    # Without the lead rule the second sentence competes for b's lead, but the words the two
    # openings share and neither article repeats ("dock workers") are anchors between openings.
    monkeypatch.setattr(align_groups, "LEDE_MIN", 2.0)
    group = group_of(_strike_leads(lead_a, lead_b), "a/c1")
    assert group is not None and {"a/c1", "b/c1"} <= group


def test_an_anecdotal_opening_is_not_lined_up_with_a_news_lead() -> None:
    feature = "It used to be that a night shift on the quay was the quietest job in town."
    news = "A bitter strike over pay shut the port on Monday as dock workers stayed at home."
    assert group_of(_strike_leads(feature, news), "a/c1") is None


def _lone_lead_chosen_by_a_grouped_lead(near: bool) -> list[int]:
    """Leads a and b are grouped; a's lead clearly chooses c's lead, which scores a's detail
    sentence (0.73) above a's lead (0.69). Returns the group c's lead ends in."""
    claims = [
        Claim(id=f"{art}/c{n}", article=art, start=0, end=1, text="x", sentence=n)
        for art, n in (("a", 1), ("b", 1), ("c", 1), ("a", 2))
    ]
    article_of = np.array([0, 1, 2, 0])
    prep = SimpleNamespace(claims=claims, article_of=article_of)
    left, right = np.array([0, 0, 1, 2]), np.array([1, 2, 2, 3])
    prob = {(0, 1): 0.9, (0, 2): 0.69, (1, 2): 0.2, (2, 3): 0.73}
    groups = align_groups._Groups(article_of, prob)
    groups.try_merge(0, 1)
    a_chooses_c = np.array([False, True, False, False])
    none = np.zeros(4, dtype=bool)
    c_near = np.array([False, near, False, False])
    align_groups._join_leads(
        prep,  # type: ignore[arg-type]
        groups,
        left,
        right,
        none,
        (a_chooses_c, none),
        (none, c_near),
    )
    return sorted(groups.group(2))


def test_a_lone_lead_a_grouped_lead_clearly_chooses_joins_it_unless_it_prefers_elsewhere() -> None:
    """ "A traffic stop has ended in gunfire, leaving a man in hospital with two bullet wounds":
    a lead that packs a later detail prefers, by a hair, the other outlet's sentence of that
    detail, while that outlet's lead clearly picks it. It joins the leads' row; a lead that
    clearly prefers another sentence (not near its best there) stays where it was."""
    assert _lone_lead_chosen_by_a_grouped_lead(near=True) == [0, 1, 2]
    assert _lone_lead_chosen_by_a_grouped_lead(near=False) == [2]


def test_the_parts_of_one_sentence_no_other_outlet_carries_share_a_row() -> None:
    a = Article(id="a", outlet="A", text="Fact one. Cameras will watch, and drivers will pay.")
    b = Article(id="b", outlet="B", text="Fact one.")
    cut = a.text.index(", and")
    part = a.text.index("and drivers")
    claims = {
        "a": (
            Claim("a/c1", "a", 0, 9, "Fact one.", 0),
            Claim("a/c2", "a", 10, cut, a.text[10:cut], 1),
            Claim("a/c3", "a", part, len(a.text), a.text[part:], 1),
        ),
        "b": (Claim("b/c1", "b", 0, 9, "Fact one.", 0),),
    }
    group = Alignment(
        "g1", 0.9, (AlignmentMember("a", "a/c1", 0, 9), AlignmentMember("b", "b/c1", 0, 9))
    )
    comp = Comparison(
        articles=(a, b),
        claims=claims,
        alignments=(group,),
        flags=(),
        generator=Generator("test", "0"),
    )
    rows = list(comp.rows())
    assert len(rows) == 2
    assert [c.id for c in rows[1].cells["a"]] == ["a/c2", "a/c3"] and rows[1].is_unique


def test_the_same_speaker_is_no_anchor_between_two_statements() -> None:
    """Rare names pin two claims to one fact, but who speaks in both is no such evidence: one
    person says many things."""
    a = "State Senator Brad Kellerman said the ban had left too much dry brush in the hills."
    b = '"This was a total failure of leadership," said State Senator Brad Kellerman.'
    c = "State Senator Brad Kellerman's office was flooded on Monday."
    articles = [Article("x", "X", a), Article("y", "Y", b), Article("z", "Z", c)]
    claims = {
        art.id: [Claim(f"{art.id}/c1", art.id, 0, len(art.text), art.text, 0)] for art in articles
    }
    prep = align.prepare(articles, claims, nlp.parse_many([a, b, c]))
    left, right = np.array([0, 0]), np.array([1, 2])
    feats = pair_features(prep.terms, prep.index, prep.vectors, left, right)
    prob = align.probability(feats)
    anchored = align_pairs._with_anchors(prep, left, right, prob, feats, np.array([True, True]))
    assert anchored[0] == pytest.approx(prob[0])  # both name him as their speaker
    assert anchored[1] > prob[1]  # here he is what the claim is about


def test_the_body_two_statements_come_from_is_no_anchor_between_them() -> None:
    """An outlet names the body it quotes where it first quotes it ("Observers from the ... said",
    "... noted"), so two of its statements share a rare name and no fact; the body named as what
    a claim is about still pins the fact down."""
    calm = "Observers from the Harlan Civic Institute said the count in Brevo was calm."
    seals = "Observers from the Harlan Civic Institute noted broken seals on two ballot boxes."
    closed = "The Harlan Civic Institute closed its Brevo office on Monday."
    articles = [Article("x", "X", calm), Article("y", "Y", seals), Article("z", "Z", closed)]
    claims = {
        art.id: [Claim(f"{art.id}/c1", art.id, 0, len(art.text), art.text, 0)] for art in articles
    }
    prep = align.prepare(articles, claims, nlp.parse_many([calm, seals, closed]))
    assert prep.terms[0].sources == prep.terms[1].sources == {"harlan", "civic", "institute"}
    assert prep.terms[2].sources == frozenset()
    left, right = np.array([0, 0]), np.array([1, 2])
    feats = pair_features(prep.terms, prep.index, prep.vectors, left, right)
    prob = align.probability(feats)
    anchored = align_pairs._with_anchors(prep, left, right, prob, feats, np.array([True, True]))
    assert anchored[0] == pytest.approx(prob[0])  # both quote the institute
    assert anchored[1] > prob[1]  # here the institute is what the claim is about


def test_one_statement_of_one_body_in_two_outlets_still_lines_up() -> None:
    """The look-alike that must keep its pairing: two outlets report the same statement of the
    body they both name in full, in other words, and it is their only shared name. Not in their
    openings, where any rare shared word counts."""
    a = (
        "Turnout reached 58 percent, the highest in a decade. "
        "Observers from the Harlan Civic Institute said the count was calm and orderly. "
        "The winner promised new roads for the northern valleys."
    )
    b = (
        "Fifty-eight percent of voters cast a ballot. "
        "Voting and counting passed off peacefully and in good order, observers from "
        "the Harlan Civic Institute said. "
        "The new governor vowed to build roads in the north."
    )
    group = group_of(run_align([Article("a", "A", a), Article("b", "B", b)]), "a/c2")
    assert group is not None and "b/c2" in group


def test_near_matches_come_from_the_same_scores_and_leave_the_alignment_alone() -> None:
    """align_claims gives align()'s groups plus, per claim, its best match in each other article
    scoring at least NEAR_MIN: at most one per article, never one of its own article's claims."""
    articles = list(ARTICLES)
    claims = {a.id: sentence_claims(a) for a in articles}
    docs = nlp.parse_many([a.text for a in articles])
    result = align.align_claims(articles, claims, docs)
    assert result.alignments == align.align(articles, claims, docs)
    prep = align.prepare(articles, claims, docs)
    scores = align.pair_scores(prep, len(articles))
    index = {c.id: i for i, c in enumerate(prep.claims)}
    score: dict[tuple[int, int], float] = {}
    pairs = zip(scores.left.tolist(), scores.right.tolist(), scores.prob.tolist(), strict=True)
    for a, b, p in pairs:
        score[a, b] = score[b, a] = p
    assert result.near
    for cid, matches in result.near.items():
        mine = index[cid]
        owner = prep.claims[mine].article
        arts = [m.claim.article for m in matches]
        assert owner not in arts and len(set(arts)) == len(arts)
        for m in matches:
            assert m.score >= align.NEAR_MIN
            assert m.score == pytest.approx(score[mine, index[m.claim.id]])
            # the nearest: no claim of that article scores higher with this one
            rivals = [
                p
                for (x, y), p in score.items()
                if x == mine and prep.claims[y].article == m.claim.article
            ]
            assert m.score == pytest.approx(max(rivals))
    # a higher floor keeps only the stronger matches
    strict = align.nearest(prep, scores, floor=0.9)
    assert all(m.score >= 0.9 for ms in strict.values() for m in ms)
    assert sum(map(len, strict.values())) < sum(map(len, result.near.values()))


_VOTE = "The assembly voted 58 to 41 on Thursday to pass the assisted dying bill. "
_QUOTE = '"No one should be forced to suffer at the end of their life," Ferrante said. '
_EFFECT = "The law will take effect in 18 months, after hospitals train their staff."


def _ferrante_rows(own: str) -> list[Alignment]:
    """Three outlets: two give Ferrante's verdict one way, the third (``own``) its own way."""
    verdict = "Health Minister Nadia Ferrante said it gave dying people a choice. "
    texts = {
        "wire": _VOTE + verdict + _QUOTE + _EFFECT,
        "paper": _VOTE + verdict + _QUOTE + _EFFECT,
        "left": own,
    }
    articles = [Article(id=k, outlet=k.title(), text=v) for k, v in texts.items()]
    claims = {a.id: sentence_claims(a) for a in articles}
    return align.align(articles, claims, nlp.parse_many(list(texts.values())))


def _row_of(groups: list[Alignment], claim: str) -> set[str]:
    rows = ({m.claim for m in g.members} for g in groups)
    return next((row for row in rows if claim in row), set())


def test_one_speakers_words_in_the_same_place_of_the_story_line_up() -> None:
    # Between the same two shared claims, Ferrante's verdict in other words is one report.
    own = "Health Minister Nadia Ferrante said it ended decades of needless suffering. "
    groups = _ferrante_rows(_VOTE + own + _QUOTE + _EFFECT)
    assert _row_of(groups, "left/c2") == {"left/c2", "wire/c2", "paper/c2"}


@pytest.mark.parametrize(
    "own",
    [
        # Someone else between the same two claims ...
        _VOTE
        + "Opposition spokesman Gregor Pell said it ended decades of care. "
        + _QUOTE
        + _EFFECT,
        # ... or the same speaker elsewhere in the story.
        _VOTE + _QUOTE + _EFFECT + " Health Minister Nadia Ferrante said it ended decades of "
        "needless suffering.",
    ],
)
def test_another_speaker_or_another_place_stays_apart(own: str) -> None:
    groups = _ferrante_rows(own)
    claim = next(c for c in sentence_claims(Article("left", "Left", own)) if "ended" in c.text)
    assert _row_of(groups, claim.id) == set()


def test_claim_terms_reads_numbers_only_where_a_count_can_start() -> None:
    """Every claim of a comparison is read word by word (3,700 claims and their clause windows
    on the 50 BASIL events). A word that can start no number or quantity phrase ("residents",
    "moved") is settled by its own text: the number and quantity readers do not build its token
    again, since spaCy builds a new Token object on every ``doc[i]``."""
    text = (
        "Officials said about 4,000 residents had been moved from low-lying streets by Tuesday"
        " evening, and the mayor warned that thousands more could follow before the river peaks."
    )
    doc, counting = token_counting_parse(text)
    terms = claim_terms(counting[0 : len(counting)])
    # Reading every word's token three more times for numbers came to 5.7 tokens a word.
    assert TokenCountingDoc.built <= 4.5 * len(doc)
    assert terms == claim_terms(doc[0 : len(doc)])
    assert terms.numbers and terms.vague


def test_claim_terms_builds_tokens_only_for_figures_and_speakers() -> None:
    """A claim's words, names and lemmas are read from a table made once per parse, since each
    token is read for its claim, the claim's clause windows and what the claim says: only the
    subjects (for the speaker) and the words a count can start at are built as tokens."""
    text = (
        "Veldonian homeowners protested in Halbrun on Tuesday, and Mayor Ines Carro told"
        " reporters the city would not pay for the damage the storm left behind."
    )
    doc, counting = token_counting_parse(text)
    terms = claim_terms(counting[0 : len(counting)], text)
    # Building every word's token for its lemma and again for the speaker came to 2.5 a word.
    assert TokenCountingDoc.built <= len(doc)
    assert terms == claim_terms(doc[0 : len(doc)])
    assert {"veldonian", "halbrun", "carro"} <= terms.names
    assert ("veldonian", "homeowner") in terms.qualifying
    assert "protest" in terms.lemmas and "the" not in terms.lemmas


def test_the_word_table_of_a_parse_goes_with_the_parse() -> None:
    """The table :func:`claim_terms` reads is kept per parse, in the app's worker threads and
    in each ``reader batch`` process alike: it must not keep a parse alive, or a batch of
    thousands of articles would hold every parse it read."""
    doc = nlp.get_nlp()("Officials said 40 homes were damaged in Halbrun on Tuesday.")
    alive = weakref.ref(doc)
    gc.collect()  # other tests' parses gone before counting, so only this one goes below
    claim_terms(doc[0 : len(doc)])
    assert doc in features._WORDS
    held = len(features._WORDS)
    del doc
    gc.collect()
    assert alive() is None
    assert len(features._WORDS) == held - 1


# -- story order: an outlet's own demand is no fact told in the same place ---------------------

_FLATS_SO_FAR = (
    "About 40 families were moved out of the Kelby flats on Monday after cracks appeared in a "
    "wall, the housing office said. Engineers will inspect the block on Thursday. "
    "The flats were built in 1968 and house about 300 people. "
)
_DEMAND = "The council must pull down the block."
_UNSAID = "The council has not said what it will pay."


def test_an_outlets_own_demand_does_not_line_up_with_a_fact_told_in_its_place() -> None:
    # Both follow the same three shared sentences and share one word ("council"), which story
    # order alone used to take for the same next step of the story (0.246).
    must = "The council must pull down the block before winter, not after it."
    unsaid = "The city council has not said whether it will pay for hotel rooms."
    demand = Article("x", "X", _FLATS_SO_FAR + must)
    fact = Article("y", "Y", _FLATS_SO_FAR + unsaid)
    groups = run_align([demand, fact])
    assert group_of(groups, claim_id(demand, must)) is None
    assert group_of(groups, claim_id(fact, unsaid)) is None
    assert len(groups) == 3  # the three shared sentences still line up


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # the outlet's own demand beside a fact sharing one word: story order is no evidence
        (_DEMAND, _UNSAID, True),
        # sharing what they are about ("council", "block"), the place in the story may still tell
        (_DEMAND, "The council has not said when the block goes.", False),
        # a demand someone made is reported, as the fact is
        (f"Residents said {_DEMAND[0].lower()}{_DEMAND[1:]}", _UNSAID, False),
        # two facts, or two demands, are judged as before
        ("The council met on Monday.", _UNSAID, False),
        ("The council must act now.", "The council should pay for hotel rooms.", False),
    ],
)
def test_a_demand_beside_a_fact_needs_words_in_common(a: str, b: str, apart: bool) -> None:
    terms = [claim_terms(nlp.parse(text)) for text in (a, b)]
    assert align_groups._demand_beside_a_fact(*terms) is apart


def _first_merges(prob: dict[tuple[int, int], float], sentence_of: list[int]) -> list[list[int]]:
    """Claims 0 and 1 are two sentences of article 0; claims 2, 3 and 4 are of articles 1, 2
    and 3. The pairs merge strongest first, as the linked pairs do; returns the groups."""
    article_of = np.array([0, 0, 1, 2, 3])
    groups = align_groups._Groups(article_of, prob, sentence_of)
    for a, b in sorted(prob, key=lambda k: -prob[k]):
        groups.try_merge(a, b, one_report=True)
    return sorted(sorted(m) for m in groups.members.values())


def test_two_reports_of_one_outlet_are_not_chained_by_other_outlets_on_one_each() -> None:
    """ "Norvale said it would answer the levy in kind" and "Nearly half of Tessa's copper went
    to Norvale" are two sentences of the wire; one paper copies the first, another the second,
    and the two copies share only their names (0.49). Each copy clearly prefers its own
    sentence, so the two rows stay apart."""
    prob = {(0, 2): 0.99, (1, 3): 1.0, (2, 3): 0.49, (0, 3): 0.49, (1, 2): 0.49}
    assert _first_merges(prob, [3, 9, 3, 4, 0]) == [[0, 2], [1, 3]]


def test_one_outlets_sentence_packing_two_of_anothers_keeps_them_in_one_row() -> None:
    """ "Forty countries will send delegates to the summit in Lisbon" covers both "The summit
    will take place in Lisbon" and the next sentence "Delegates from 40 countries will attend"
    (0.61 and 0.44), so the two sentences' own counterparts share its row."""
    prob = {(1, 3): 0.97, (3, 4): 0.72, (1, 4): 0.44, (0, 4): 0.61, (0, 2): 0.6, (2, 4): 0.66}
    assert _first_merges(prob, [1, 2, 0, 2, 2]) == [[0, 1, 2, 3, 4]]


def test_a_lone_sentence_stays_out_of_a_row_that_prefers_its_outlets_other_sentence() -> None:
    """Claim 0 ("The city police put the figure at 20,000") shares only the force's name with
    the two copies of claim 1 ("Police made nine arrests"), which both clearly prefer claim 1:
    it stays out of their row, and pairs with claim 4, which chooses it."""
    prob = {(1, 2): 0.99, (2, 3): 0.99, (1, 3): 0.97, (0, 2): 0.58, (0, 4): 0.37, (0, 3): 0.32}
    assert _first_merges(prob, [3, 9, 2, 4, 1]) == [[0, 4], [1, 2, 3]]


def _rows(articles: Sequence[Article]) -> SimpleNamespace:
    return SimpleNamespace(articles=articles, alignments=run_align(articles))


def test_a_police_count_lines_up_with_the_count_not_with_the_arrests_naming_the_force() -> None:
    """The wire names the force once, in its count; the others name it in their arrests. The
    count used to join the arrests' row on the name, and the paper's own count stood alone."""
    wire = Article(
        "w",
        "W",
        "Thousands of people marched through Dunmore on Sunday against the new water charges. "
        "Organisers said 50,000 people took part. The Dunmore City Police put the figure at "
        "20,000. The march set off from Quay Street at noon and ended outside the town hall. "
        "Some marchers threw stones at a bank. Police made nine arrests.",
    )
    paper = Article(
        "s",
        "S",
        "A few thousand people marched through Dunmore on Sunday against the water charges. "
        "The protest drew 20,000 people. The march set off from Quay Street at noon. A handful "
        "of thugs threw stones at a bank. The Dunmore City Police made nine arrests.",
    )
    site = Article(
        "v",
        "V",
        "Huge crowds marched through Dunmore on Sunday against the hated water charges. Some "
        "50,000 people took part, organisers said. The march set off from Quay Street at noon. "
        "The Dunmore City Police made nine arrests in a brutal operation.",
    )
    comp = _rows([wire, paper, site])
    count = group_holding(comp, "w", "put the figure at 20,000")
    arrests = group_holding(comp, "w", "Police made nine arrests")
    assert count is not None and arrests is not None and count is not arrests
    assert count is group_holding(comp, "s", "The protest drew 20,000 people")
    assert {m.article for m in arrests.members} == {"w", "s", "v"}


def test_one_fact_told_in_two_sentences_keeps_both_in_the_row_of_its_one_sentence() -> None:
    """The look-alike: one outlet tells the budget vote in two sentences, the others in one
    that matches both, so both sentences stay in that row."""
    two = Article(
        "a",
        "A",
        "The council approved the new budget on Monday after a long debate. The budget passed "
        "by 31 votes to 26. Opposition members walked out before the vote.",
    )
    one = Article(
        "b",
        "B",
        "The council approved its new budget by 31 votes to 26 on Monday. Opposition members "
        "walked out before the vote was taken.",
    )
    said = Article(
        "c",
        "C",
        "The budget was approved on Monday by 31 votes to 26, the council said. Opposition "
        "members left the chamber before the vote.",
    )
    comp = _rows([two, one, said])
    row = group_holding(comp, "b", "approved its new budget")
    assert row is not None
    assert row is group_holding(comp, "a", "approved the new budget on Monday")
    assert row is group_holding(comp, "a", "The budget passed by 31 votes to 26")
    assert row is group_holding(comp, "c", "The budget was approved on Monday")


def test_a_tit_for_tat_keeps_each_sides_act_in_its_own_row() -> None:
    """ "Varnia expelled four Tolvian diplomats" and "Tolvia expelled four Varnian diplomats" share
    nearly every word, yet the second answers the first: each outlet's telling of each act lines
    up with the other's, and the two acts never share a row."""
    texts = (
        "Varnia expelled four Tolvian diplomats on Monday, accusing them of spying, the Varnian "
        "Foreign Ministry said. Tolvia called the accusation false. On Tuesday, Tolvia expelled "
        "four Varnian diplomats and gave them two days to leave.",
        "Tolvia expelled four Varnian diplomats on Tuesday and gave them two days to leave. On "
        "Monday, Varnia expelled four Tolvian diplomats, accusing them of spying. Tolvia called "
        "the accusation false.",
    )
    articles = [Article(id=f"a{i}", outlet=f"o{i}", text=t) for i, t in enumerate(texts)]
    groups = run_align(articles)
    comp = SimpleNamespace(articles=articles, alignments=groups)
    monday = group_holding(comp, "a0", "Varnia expelled four Tolvian")
    tuesday = group_holding(comp, "a0", "Tolvia expelled four Varnian")
    assert monday is not None and tuesday is not None and monday is not tuesday
    assert group_holding(comp, "a1", "Varnia expelled four Tolvian") is monday
    assert group_holding(comp, "a1", "Tolvia expelled four Varnian") is tuesday


def test_a_row_never_joins_an_act_and_its_answer_however_the_others_link_them() -> None:
    """Claims 0 and 1 ("Varnia expelled Tolvian diplomats", "Tolvia expelled Varnian
    diplomats") are two acts; claim 2, a third outlet's lede with no named receiver, links each
    at 0.9. The first merge holds; the second would set the answer beside the act, and is
    refused."""
    act = frozenset({("expel", "varnia", "tolvian")})
    answer = frozenset({("expel", "tolvia", "varnian")})
    prob = {(0, 2): 0.95, (1, 2): 0.9, (0, 1): 0.9}
    groups = align_groups._Groups(np.array([0, 1, 2]), prob, [0, 0, 0], [act, answer, frozenset()])
    for a, b in sorted(prob, key=lambda k: -prob[k]):
        groups.try_merge(a, b)
    assert sorted(sorted(m) for m in groups.members.values()) == [[0, 2]]


@pytest.mark.parametrize(
    ("part", "whole", "mate", "adds"),
    [
        # the neighbour tells all of the other outlet's sentence; the part adds only its name
        (
            "The Highland Relief Alliance, an aid agency, said some villages had received no help.",
            "The Highland Relief Alliance admitted that landslides had blocked the roads.",
            "The agency said landslides had blocked the roads.",
            False,
        ),
        # the other outlet's sentence says more than the neighbour: the named body's statement
        (
            "The Carrowby County Health Department said 23 cases of measles had been confirmed.",
            "The Carrowby County Health Department insists that the so-called outbreak at"
            " Hillcrest School is serious.",
            "Most of the cases are among children at Hillcrest School, the department said.",
            True,
        ),
        # the other outlet's reporting verb is no more than the neighbour tells
        (
            "A judge had granted Marrowgate City Council a possession order for the park.",
            "Petra Osgood, leader of Marrowgate City Council, boasted that the park would reopen.",
            "Council leader Petra Osgood said the park would reopen.",
            False,
        ),
        # a word that is no name still counts, as before
        (
            "The agency said some villages had received no help.",
            "The Highland Relief Alliance said villages were cut off by landslides.",
            "The agency said landslides had blocked the roads.",
            True,
        ),
    ],
)
def test_a_next_sentence_adding_only_a_name_adds_nothing_its_neighbour_tells(
    part: str, whole: str, mate: str, adds: bool
) -> None:
    terms = [claim_terms(nlp.parse(text)) for text in (part, whole, mate)]
    assert align_groups._adds_to(terms[0], terms[1], [terms[2]]) is adds
