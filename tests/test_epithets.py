"""Epithets found by comparison: a word one outlet alone puts before the same person's name."""

from __future__ import annotations

from reader.core import nlp
from reader.core.compare import compare
from reader.core.epithets import _CLASSIFYING, _GRADING_CLASSIFIERS, comparative_epithets
from reader.core.model import Article
from token_reads import TextCountingDoc, text_counting_parse

WIRE = "Governor Helena Marsh raised interest rates on Thursday. Marsh said inflation was high."


def _epithets(*texts: str) -> list[tuple[int, str, str]]:
    docs = nlp.parse_many(list(texts))
    return [(e.article, e.words, e.actor) for e in comparative_epithets(docs)]


def test_a_judging_word_only_one_outlet_uses_is_found() -> None:
    left = "Unelected technocrat Helena Marsh raised interest rates on Thursday."
    assert _epithets(WIRE, left) == [(1, "Unelected", "Helena Marsh")]


def test_identifying_words_and_shared_words_are_not_epithets() -> None:
    former = "Former governor Helena Marsh spoke on Thursday. The wealthy Marsh left early."
    wealthy = "The wealthy Helena Marsh raised interest rates on Thursday."
    found = _epithets(former, wealthy)
    assert all(words.lower() not in {"former", "wealthy"} for _, words, _ in found)
    assert _epithets("Republican-controlled Senate leader Helena Marsh spoke.", WIRE) == []


def test_an_epithet_in_an_apposition_after_the_name_is_found() -> None:
    wire = "Lena Sorensen, a former finance minister, lost the runoff on Monday."
    left = "Lena Sorensen, a respected former finance minister, lost the runoff on Monday."
    assert _epithets(wire, left) == [(1, "respected", "Lena Sorensen")]
    docs = nlp.parse_many([wire, left])
    (found,) = comparative_epithets(docs)
    assert found.others == ((0, "Lena Sorensen, a former finance minister"),)
    # Roles and a phrase that is no person are not compared.
    assert _epithets(wire, "Lena Sorensen, the only finance minister, lost on Monday.") == []
    assert (
        _epithets(
            "Police questioned Lena Sorensen on Monday.",
            "Police questioned Lena Sorensen, a significant breakthrough in the case, on Monday.",
        )
        == []
    )


def test_trades_credentials_and_records_are_not_epithets() -> None:
    plain = "Tom Hale said the bridge was safe. Hale spoke on Monday."
    for described in (
        "Tom Hale, a structural engineer, said the bridge was safe.",
        "Tom Hale, a certified public accountant, said the bridge was safe.",
        "The owner, real estate developer Tom Hale, said the bridge was safe.",
        "The bridge was safe, said high school teacher Tom Hale.",
        "The bridge was safe, said convicted fraudster Tom Hale.",
        "Tom Hale, a self-employed electrician, said the bridge was safe.",
    ):
        assert _epithets(plain, described) == [], described
    assert _epithets(plain, "The bridge was safe, said notorious lobbyist Tom Hale.") == [
        (1, "notorious", "Tom Hale")
    ]


def test_a_grading_adjective_with_a_classifying_ending_is_an_epithet_before_a_role() -> None:
    plain = "Libyan leader Muammar Qaddafi spoke on Monday. Qaddafi left."
    for described, word in (
        ("Brutal dictator Muammar Qaddafi spoke on Monday.", "Brutal"),
        ("Cynical leader Muammar Qaddafi spoke on Monday.", "Cynical"),
    ):
        assert [w for _i, w, _a in _epithets(plain, described)] == [word], described
    # Its neighbours with the same endings still name a trade.
    assert _epithets(plain, "Clinical psychologist Muammar Qaddafi spoke on Monday.") == []


def test_an_epithet_after_a_datelines_dash_or_beside_a_trade_noun_is_found() -> None:
    wire = "LOS ANGELES (Wire) — Pop singer Dana Reyes was charged on Monday. Reyes denied it."
    tabloid = "LOS ANGELES (Bulwark) — Pampered pop diva Dana Reyes was charged on Monday."
    assert _epithets(wire, tabloid) == [(1, "Pampered", "Dana Reyes")]
    plain = "Daniel Ortiz, a retired principal, voted no."
    principled = "Only Daniel Ortiz, a principled retired principal, voted no."
    assert _epithets(plain, principled) == [(1, "principled", "Daniel Ortiz")]


def test_a_sentence_initial_epithet_the_model_reads_as_a_name_is_found() -> None:
    a = "Respected Corvane CEO Martin Dorsey said the company acted quickly."
    b = "Corvane chief executive Martin Dorsey said the company acted."
    assert _epithets(a, b) == [(0, "Respected", "Martin Dorsey")]
    assert _epithets("Domestic manufacturer Ann Brightwell spoke.", "Ann Brightwell spoke.") == []


def test_an_epithet_opening_a_sentence_is_told_from_a_first_name_by_the_other_outlets() -> None:
    wire = "Israeli Prime Minister Benjamin Netanyahu said on Sunday that the talks were over."
    opened = "Defiant Netanyahu said on Sunday that the talks were over."
    assert _epithets(wire, opened) == [(1, "Defiant", "Netanyahu")]
    # A first name another outlet writes, in any of its forms, is a name.
    for first in ("Benjamin", "Binyamin"):
        assert _epithets(wire, f"{first} Netanyahu said the talks were over.") == []
    jim = "Jim Mattis said on Sunday that the talks were over."
    assert _epithets("Defense Secretary James Mattis said the talks were over.", jim) == []
    # Two people who share a surname, each opening a sentence, keep their first names.
    for first, second in (("John", "Jane"), ("George", "Jeb"), ("Frances", "Francis")):
        texts = (f"{name} Smith spoke at the rally on Monday." for name in (first, second))
        assert _epithets(*texts) == []


def test_the_demo_s_two_partisan_outlets_each_get_their_epithet() -> None:
    """ "left-wing council boss" and "Right-wing Heartland Party leader": the lexicon shields the
    words as plain political description, but beside the others' plain names each is the one
    outlet's own label; an opinion sentence around one does not hide it."""
    from reader.store.demo import load_demo

    _, articles = load_demo()
    comp = compare(articles)
    found = {
        (comp.article(f.article).outlet, f.text)
        for f in comp.flags
        if f.rule == "rule:comparative-epithet"
    }
    assert ("The Westhaven Courier", "left-wing") in found
    assert ("Harbour Voice", "Right-wing") in found


def test_an_epithet_is_found_when_outlets_spell_the_name_differently() -> None:
    wire = "Ukrainian President Volodymyr Zelensky met allies in Kyiv on Monday."
    other = "Embattled leader Volodymyr Zelenskyy met allies in Kyiv on Monday."
    assert _epithets(wire, other) == [(1, "Embattled", "Volodymyr Zelenskyy")]


def test_an_epithet_on_a_title_standing_for_the_one_person_named_with_it_is_found() -> None:
    named = "Governor Helena Marsh raised interest rates on Thursday."
    later = named + " The embattled governor said inflation was high."
    assert _epithets(WIRE, later) == [(1, "embattled", "Helena Marsh")]
    two = later.replace("Thursday.", "Thursday with Governor Paul Ricks.")
    assert _epithets(WIRE, two) == []  # which governor is meant is not clear


def test_an_epithet_on_a_description_standing_for_the_main_person_is_found() -> None:
    """ "The disgraced tycoon" stands for the one person the article names twice
    (:mod:`reader.core.stand_ins`): "disgraced" is this outlet's word for him, as it would be
    before his name."""
    wire = "Marek Ostrand, a businessman, was convicted of fraud. Ostrand faces 20 years in prison."
    named = "Marek Ostrand was convicted of fraud on Monday. Ostrand built the firm over 30 years."
    assert _epithets(wire, named + " The disgraced tycoon faces 20 years in prison.") == [
        (1, "disgraced", "Ostrand")
    ]
    # Named once beside another person: who "the tycoon" is, is a guess.
    once = "Marek Ostrand met Lena Farrow on Monday. The disgraced tycoon faces 20 years."
    assert _epithets(wire, once) == []


def test_an_articles_text_is_read_once_however_often_a_title_stands_for_a_name() -> None:
    later = (
        "Governor Helena Marsh raised interest rates on Thursday. The embattled governor said "
        "inflation was high. The cautious governor left."
    )
    doc = text_counting_parse(later)
    found = comparative_epithets([nlp.parse(WIRE), doc])
    assert [e.words for e in found] == ["embattled", "cautious"]
    assert TextCountingDoc.reads == 1


def test_nothing_is_compared_when_no_other_outlet_names_the_person() -> None:
    assert _epithets("Unelected technocrat Helena Marsh raised rates.") == []
    other = "The central bank raised interest rates on Thursday."
    assert _epithets("Unelected technocrat Helena Marsh raised rates.", other) == []


def test_words_before_a_name_that_modifies_another_noun_are_not_about_the_person() -> None:
    a = "The expiring Bush tax cuts were debated. Bush spoke on Monday."
    b = "President George Bush spoke on Monday about the tax cuts."
    assert _epithets(a, b) == []


def test_the_comparison_flags_an_epithet_with_what_the_others_wrote() -> None:
    left = Article(
        "left",
        "Left Daily",
        "Stern technocrat Helena Marsh raised interest rates on Thursday. "
        'A union leader said "arrogant official Helena Marsh" had ignored workers.',
    )
    comp = compare([Article("wire", "Wire", WIRE), left])
    epithets = [f for f in comp.flags if f.rule == "rule:comparative-epithet"]
    # no lexicon entry, found by comparison; the quoted one is the speaker's word
    assert [f.text for f in epithets] == ["Stern"]
    flag = epithets[0]
    assert flag.category == "label" and flag.evidence == "comparative"
    assert "no other outlet uses" in flag.explanation
    assert "Wire writes 'Governor Helena Marsh'" in flag.explanation
    assert [c.text for c in flag.counterparts] == ["Governor Helena Marsh"]
    assert [c.answer for c in flag.counterparts] == ["Governor Helena Marsh"]  # located whole
    assert flag.counterparts[0].start == 0
    alone = compare([left])
    assert not any(f.rule == "rule:comparative-epithet" for f in alone.flags)


_HOLT = (
    "The council approved the budget on Tuesday after a long debate.\n\n"
    '"We cannot afford this," said {} Karen Holt.\n\nThe vote was 7 to 2.'
)


def test_what_the_other_outlet_wrote_is_quoted_as_written() -> None:
    """The counterpart is the other article's own words, never tokens re-joined with spaces: a
    hyphenated modifier is quoted whole ("well-known", not "- known")."""
    savvy = Article("a", "Post", _HOLT.format("savvy economist"))
    for described, quoted in (
        ("Harvard-trained economist", "Harvard-trained economist Karen Holt"),
        ("well-known economist", "well-known economist Karen Holt"),
        ("economist and ex-banker", "ex-banker Karen Holt"),
    ):
        other = Article("b", "Tribune", _HOLT.format(described))
        comp = compare([savvy, other])
        (flag,) = [
            f for f in comp.flags if f.rule == "rule:comparative-epithet" and f.article == "a"
        ]
        assert f"Tribune writes '{quoted}'." in flag.explanation, described
        assert [c.text for c in flag.counterparts] == [quoted]
        assert quoted in other.text


def test_a_hyphenated_name_is_quoted_as_written() -> None:
    plain = "Jean-Luc Moreau spoke on Monday. Moreau said the plan would fail."
    described = "Veteran lawmaker and notorious populist Jean-Luc Moreau spoke on Monday."
    docs = nlp.parse_many([plain, described])
    found = comparative_epithets(docs)
    assert found and {e.actor for e in found} == {"Jean-Luc Moreau"}
    assert all(naming == "Jean-Luc Moreau" for e in found for _, naming in e.others)


def test_who_pays_a_person_is_an_epithet_but_where_they_are_based_is_not() -> None:
    # The probe's carbon-fee event: one outlet alone introduces the opposition leader by who it
    # says funds him; a place or a party in the same hyphenated shape only identifies him.
    wire = "Senate Minority Leader Tom Becker said the fee would raise prices."
    paid = "Oil-funded Senate Minority Leader Tom Becker said the fee would raise prices."
    assert _epithets(wire, paid) == [(1, "Oil-funded", "Tom Becker")]
    based = "Caldera-based Senate Minority Leader Tom Becker said the fee would raise prices."
    assert _epithets(wire, based) == []


def test_every_grading_exception_has_a_classifying_ending() -> None:
    # The exceptions only undo the ending rule; a word without such an ending is never looked up.
    assert all(word.endswith(_CLASSIFYING) for word in _GRADING_CLASSIFIERS)


def test_a_title_written_before_of_elsewhere_in_the_article_stands_for_no_one() -> None:
    """Once "the governor of ..." has said which governor is meant, a later "the governor" may
    be that office's holder rather than the person named: no stand-in is read from it."""
    named = "Governor Helena Marsh raised interest rates on Thursday."
    told = named + " The governor of the central bank was away. The embattled governor said no."
    assert _epithets(WIRE, told) == []
