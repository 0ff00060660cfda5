"""A loaded word for people or an act that one outlet writes where the others write a plain one
("terrorists" beside "militants", "massacre" beside "raid", "martyrs" beside "killed"):
:mod:`reader.core.contested_words`."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import nlp
from reader.core.compare import compare
from reader.core.contested_words import CONTESTED_WORD_RULE, _family_words, _own_words
from reader.core.model import Article, Comparison, Flag, rule_description
from token_reads import DocReads

_PLAIN = (
    "Militants of the Northern Front attacked a police post in Karsk on Monday, killing four"
    " officers, the interior ministry said. The post guards the only bridge over the Varn river."
    " Police said the raid lasted about twenty minutes before the attackers withdrew."
)


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _contested(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == CONTESTED_WORD_RULE]


def test_terrorists_beside_another_outlets_militants_in_the_same_claim_is_flagged() -> None:
    loaded = _PLAIN.replace("Militants of", "Terrorists of")
    (flag,) = _contested(_compare(_PLAIN, loaded))
    assert (flag.article, flag.text, flag.category) == ("a1", "Terrorists", "label")
    assert flag.evidence == "comparative" and not flag.quoted
    assert flag.explanation.endswith("Outlet 0 writes 'militants' here.")
    assert [c.answer for c in flag.counterparts] == ["Militants"]
    assert "plain word" in rule_description(flag.rule)


def test_a_word_every_outlet_writes_or_one_in_quotation_marks_is_not_flagged() -> None:
    """Where the wire writes "terrorists" too, the word is the story's, not one outlet's
    framing; a speaker's "terrorists" in quotation marks is the speaker's."""
    loaded = _PLAIN.replace("Militants of", "Terrorists of")
    assert not _contested(_compare(loaded, loaded.replace("Monday", "Monday night")))
    quoted = _PLAIN + ' "These terrorists will be found," the interior minister said.'
    assert not _contested(_compare(_PLAIN, quoted))


def test_massacre_beside_raid_is_flagged_only_in_the_aligned_claim() -> None:
    """An act word outside the claims the outlets share may name another act: a past massacre
    told as background is no answer to the others' "raid"."""
    loaded = _PLAIN.replace("the raid lasted", "the massacre lasted")
    (flag,) = _contested(_compare(_PLAIN, loaded))
    assert (flag.text, flag.category) == ("massacre", "loaded")
    assert [c.answer for c in flag.counterparts] == ["raid"]
    background = _PLAIN + " In 1998 a massacre in the same valley left the town divided for years."
    assert not _contested(_compare(_PLAIN, background))


def test_massacre_beside_a_crackdown_on_protests_is_flagged() -> None:
    """A crackdown that left people dead is the act one outlet calls a massacre: agency copy's
    plain word for the same shooting of protesters answers it."""
    plain = (
        "In 1994, a crackdown on protests in the city of Orsk left 12 people dead, according to"
        " an inquiry. The inquiry said soldiers had fired on unarmed demonstrators."
    )
    loaded = plain.replace("a crackdown on protests", "the massacre of protesters")
    (flag,) = _contested(_compare(plain, loaded))
    assert (flag.text, flag.category) == ("massacre", "loaded")
    assert [c.answer for c in flag.counterparts] == ["crackdown"]


def test_martyrs_for_the_people_the_others_call_killed_is_flagged_from_their_reports() -> None:
    """The dead are the story's people wherever they are named: a sentence of its own that calls
    them martyrs is answered by the others' plain word elsewhere, at lower confidence."""
    plain = _PLAIN + " The ministry gave the names of the dead officers late on Monday."
    loaded = _PLAIN + " The martyrs were buried in Karsk on Tuesday as hundreds watched."
    (flag,) = _contested(_compare(plain, loaded))
    assert (flag.article, flag.text, flag.category) == ("a1", "martyrs", "label")
    assert flag.alignment is None
    assert flag.explanation.endswith("Outlet 0 writes 'dead' for them.")
    aligned = _contested(_compare(_PLAIN, _PLAIN.replace("Militants of", "Terrorists of")))
    assert flag.confidence < aligned[0].confidence


def test_only_words_outside_every_quotation_are_the_outlets_own() -> None:
    """Quotations nested or overlapping in any order leave out every word inside one of them."""
    from reader.core.contested_words import _own_words
    from reader.core.nlp import parse

    text = 'He said "they are terrorists" and then "the fighters left" before the terrorists went.'
    first = (text.index('"they'), text.index('" and') + 1)
    second = (text.index('"the fighters'), text.index('" before') + 1)
    nested = (first[0] + 1, first[1] - 1)
    doc = parse(text)
    for quotes in ([first, second], [second, first], [first, nested, second]):
        own = [t.text for t in _own_words(doc, quotes)]
        assert own.count("terrorists") == 1 and "fighters" not in own, quotes


def test_the_families_are_read_from_the_bundled_file_once() -> None:
    """The three first families keep their words; the data file adds the others."""
    from reader.core.contested_words import families

    by_name = {f.name: f for f in families()}
    assert {"terrorists", "martyrs", "massacre", "regime", "colonists", "pogrom"} <= set(by_name)
    assert "militants" in by_name["terrorists"].neutral and by_name["terrorists"].people
    assert "raid" in by_name["massacre"].neutral and not by_name["massacre"].people
    assert families() is families()


def test_the_coded_families_are_balanced_between_left_and_right() -> None:
    """Rule 5 of the lexicon README: neither side's words are watched more than the other's."""
    from reader.core.contested_words import families

    left = sum(f.lean == "left" for f in families())
    right = sum(f.lean == "right" for f in families())
    assert left and right and max(left, right) / min(left, right) <= 1.25


def test_a_malformed_families_file_is_refused(tmp_path: Path) -> None:
    from reader.core.contested_words import read_families

    header = "family\tcategory\tscope\tlean\twhat\tloaded\tplain\tsource\n"
    path = tmp_path / "families.tsv"
    path.write_text(header + "x\tlabel\tpeople\t\tthem\tfoes\tfoes,people\tcurated\n")
    with pytest.raises(ValueError, match="apart"):
        read_families(path)
    path.write_text(header + "x\tlabel\teverywhere\t\tthem\tfoes\tpeople\tcurated\n")
    with pytest.raises(ValueError, match="scope"):
        read_families(path)


def test_colonists_beside_another_outlets_settlers_is_flagged() -> None:
    """A family added in the data file works like the first three."""
    plain = (
        "Settlers attacked the village of Qarin on Monday, burning two houses, the local council"
        " said. Police said the attack lasted about an hour."
    )
    loaded = plain.replace("Settlers attacked", "Colonists attacked")
    (flag,) = _contested(_compare(plain, loaded))
    assert (flag.article, flag.text, flag.category) == ("a1", "Colonists", "label")
    assert flag.explanation.startswith("'Colonists' is this outlet's word for the settlers;")


def test_occupation_beside_control_is_flagged_only_in_the_aligned_claim() -> None:
    plain = (
        "The army took control of the river crossing at Dessa on Friday, the defence ministry"
        " said. Residents said shops stayed shut for most of the day."
    )
    loaded = plain.replace("took control of", "extended its occupation of")
    (flag,) = _contested(_compare(plain, loaded))
    assert (flag.text, flag.category) == ("occupation", "loaded")
    assert [c.answer for c in flag.counterparts] == ["control"]


_CAMP = (
    "Police cleared a protest camp outside the town hall in Brenlow early on Sunday and arrested"
    " 23 people. Officers warned the protesters twice to leave before they moved in. Protesters"
    " said they had camped there for nine days."
)


def test_rioters_for_the_people_the_others_call_protesters_is_flagged() -> None:
    loaded = _CAMP.replace("warned the protesters", "warned the rioters")
    (flag,) = _contested(_compare(_CAMP, loaded))
    assert (flag.article, flag.text, flag.category) == ("a1", "rioters", "label")
    assert flag.explanation.endswith("Outlet 0 writes 'protesters' here.")
    riot = _CAMP + " Rioters set fire to two cars on the ring road later that night."
    assert not _contested(_compare(riot, riot.replace("Sunday", "Sunday morning")))


def test_squatters_for_the_people_the_others_call_protesters_is_flagged() -> None:
    """Found by the eviction event: a tabloid's "squatters" for campers the others call
    protesters is its label for them; "squatters" of people living in empty homes, where no
    outlet writes "protesters", is plain housing copy."""
    loaded = _CAMP.replace("warned the protesters", "warned the squatters")
    (flag,) = _contested(_compare(_CAMP, loaded))
    assert (flag.article, flag.text, flag.category) == ("a1", "squatters", "label")
    assert [c.answer for c in flag.counterparts] == ["protesters"]
    homes = "Squatters moved into two empty flats on Mill Road in Brenlow on Sunday, police said."
    assert not _contested(_compare(homes, homes.replace("Sunday", "Sunday morning")))


def test_peaceful_counts_only_beside_the_others_plain_word_in_the_same_claim() -> None:
    """ "Peaceful protesters said" where the others write "Protesters said" is the outlet's word
    for the crowd; "the march was peaceful" in a sentence of its own is a plain report."""
    loaded = _CAMP.replace("Protesters said", "Peaceful protesters said")
    (flag,) = _contested(_compare(_CAMP, loaded))
    assert (flag.text, flag.category) == ("Peaceful", "label")
    assert [c.answer for c in flag.counterparts] == ["Protesters"]
    report = _CAMP + " A march through the town centre on Saturday was peaceful, police said."
    assert not _contested(_compare(_CAMP, report))


def test_police_that_stormed_a_camp_the_others_say_they_cleared_is_flagged() -> None:
    loaded = _CAMP.replace("Police cleared", "Police stormed")
    (flag,) = _contested(_compare(_CAMP, loaded))
    assert (flag.text, flag.category) == ("stormed", "loaded")
    assert flag.explanation.endswith("Outlet 0 writes 'cleared' here.")


def test_a_families_file_with_an_editors_spacing_is_read(tmp_path: Path) -> None:
    """A byte-order mark, an indented comment, spaces around words and a trailing tab are how
    an editor saves a curator's row; they were refused as malformed (or, the comment, read as a
    family of eight columns short)."""
    from reader.core.contested_words import read_families

    header = "family\tcategory\tscope\tlean\twhat\tloaded\tplain\tsource\n"
    path = tmp_path / "families.tsv"
    path.write_text(
        "\ufeff"
        + header
        + "  # a curator's note\n"
        + " foes \tlabel\tpeople\t\tthem\t foes , enemies \tpeople,  rivals\tcurated\t\n",
        encoding="utf-8",
    )
    (family,) = read_families(path)
    assert family.name == "foes"
    assert (family.loaded, family.neutral) == ({"foes", "enemies"}, {"people", "rivals"})


def test_a_families_file_row_with_a_phrase_or_no_name_is_refused(tmp_path: Path) -> None:
    """The words are compared with single tokens: "eco vandals" would never match, silently."""
    from reader.core.contested_words import read_families

    header = "family\tcategory\tscope\tlean\twhat\tloaded\tplain\tsource\n"
    path = tmp_path / "families.tsv"
    path.write_text(header + "x\tlabel\tpeople\t\tthem\teco vandals\tprotesters\tcurated\n")
    with pytest.raises(ValueError, match="single words"):
        read_families(path)
    path.write_text(header + "\tlabel\tpeople\t\tthem\tfoes\tpeople\tcurated\n")
    with pytest.raises(ValueError, match="name"):
        read_families(path)


def test_a_families_row_with_no_source_is_read_and_a_trailing_header_tab_too(
    tmp_path: Path,
) -> None:
    """The source column may be left blank: reading past trailing empty cells must stop at the
    header's width, or such a row reads as seven columns and is refused. A header saved with a
    trailing tab, and a line of empty cells, are an editor's spacing too."""
    from reader.core.contested_words import read_families

    header = "family\tcategory\tscope\tlean\twhat\tloaded\tplain\tsource\t\n"
    path = tmp_path / "families.tsv"
    path.write_text(
        header + "\t\t\n" + "foes\tlabel\tpeople\t\tthem\tfoes\tpeople\t\n", encoding="utf-8"
    )
    (family,) = read_families(path)
    assert (family.name, family.loaded, family.neutral) == ("foes", {"foes"}, {"people"})
    path.write_text(header + "foes\tlabel\tpeople\t\tthem\tfoes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected 8 columns"):
        read_families(path)


_HELD = (
    "Varnia released four Oskelund nationals at the Merrin border crossing on Friday, the two"
    " governments said. The men had been held for more than a year on espionage charges, which"
    " they deny."
)


@pytest.mark.parametrize("loaded", ["hostages", "spies", "criminals"])
def test_each_sides_name_for_prisoners_the_wire_calls_nationals_is_flagged(loaded: str) -> None:
    """One side's press calls the people a state holds hostages, the other's spies or criminals;
    agency copy writes nationals, detainees or prisoners. Each name is a label beside the plain
    word, and the story's word when every outlet writes it."""
    named = _HELD.replace("four Oskelund nationals", f"four Oskelund {loaded}")
    (flag,) = _contested(_compare(_HELD, named))
    assert (flag.article, flag.text, flag.category) == ("a1", loaded, "label")
    assert [c.answer for c in flag.counterparts] == ["nationals"]
    assert not _contested(_compare(named, named.replace("Friday", "Friday evening")))


def test_heroes_for_the_released_is_answered_from_the_others_reports() -> None:
    """The home press's "the heroes were flown home", a sentence of its own, is answered by the
    wire's "nationals" elsewhere in its report (sentiment.tsv reads "heroes" only as a
    modifier, so as a noun it was unflagged)."""
    plain = _HELD + " The men were flown home on Saturday."
    (flag,) = _contested(_compare(plain, _HELD + " The heroes were flown home on Saturday."))
    assert (flag.article, flag.text, flag.category) == ("a1", "heroes", "label")
    assert flag.alignment is None
    assert [c.answer for c in flag.counterparts] == ["nationals"]


def test_a_criminal_charge_is_no_name_for_the_people_held() -> None:
    """Only the plural noun names people: "criminal charges" is the court's plain wording."""
    charge = _HELD.replace("espionage charges", "criminal charges")
    assert not _contested(_compare(_HELD, charge))


_SHARES = (
    "Halden Motors recalled 212,000 vehicles over a brake-line fault on Tuesday. The regulator"
    " said five people were injured in three crashes. Halden shares fell 4.1 percent in Breskow"
    " trading on Tuesday."
)


@pytest.mark.parametrize(
    ("plain", "loaded", "answer"),
    [
        ("shares fell", "shares plunged", "fell"),
        ("shares fell", "shares dipped", "fell"),
        ("people were injured", "people were maimed", "injured"),
    ],
)
def test_a_fall_or_an_injury_sized_by_its_verb_is_flagged_beside_the_plain_one(
    plain: str, loaded: str, answer: str
) -> None:
    """Found by the recall event: all three outlets give 4.1 percent and five injured, and the
    verb sizes it: "plunged" inflates and "dipped" plays down the fall the wire says "fell",
    "maimed" makes the wire's "injured" permanent."""
    (flag,) = _contested(_compare(_SHARES, _SHARES.replace(plain, loaded)))
    assert (flag.text, flag.category) == (loaded.split()[-1], "loaded")
    assert [c.answer for c in flag.counterparts] == [answer]


@pytest.mark.parametrize(
    ("plain", "loaded", "answer"),
    [
        ("shares fell", "shares were plummeting", "fell"),
        ("shares fell", "shares closed up", None),
        ("shares fell", "shares rose", None),
        ("shares fell 4.1", "shares closed down 4.1", None),
    ],
)
def test_a_fall_told_in_its_ing_form_or_by_down_is_sized_like_plunged(
    plain: str, loaded: str, answer: str | None
) -> None:
    """Found by the poll event: "support is plummeting" beside the wire's "down two points".
    The -ing forms are the family's words too, and "down" answers them as "fell" does; a plain
    word on either side is no framing."""
    flags = _contested(_compare(_SHARES, _SHARES.replace(plain, loaded)))
    assert [f.text for f in flags] == ([loaded.split()[-1]] if answer else [])
    assert [c.answer for f in flags for c in f.counterparts] == ([answer] if answer else [])
    down = _SHARES.replace("shares fell", "shares closed down")
    (flag,) = _contested(_compare(down, _SHARES.replace("shares fell", "shares were plunging")))
    assert [c.answer for c in flag.counterparts] == ["down"]


@pytest.mark.parametrize(
    ("plain", "loaded"),
    [
        ("shares rose", "shares surged"),
        ("shares rose", "shares were soaring"),
        ("shares closed up", "shares skyrocketed"),
    ],
)
def test_a_rise_sized_by_its_verb_is_flagged_beside_the_plain_one(plain: str, loaded: str) -> None:
    """Found by the poll event: "confidence is surging" beside the wire's "rose to 41 percent, up
    from 40": a rise has its loaded family as a fall has, answered by "rose" or "up"."""
    rise = _SHARES.replace("shares fell", plain)
    (flag,) = _contested(_compare(rise, rise.replace(plain, loaded)))
    assert (flag.text, flag.category) == (loaded.split()[-1], "loaded")
    assert [c.answer for c in flag.counterparts] == [plain.split()[-1]]
    assert not _contested(_compare(rise, rise.replace("Tuesday.", "Tuesday morning.")))


def test_a_fall_every_outlet_sizes_alike_or_another_fall_is_not_flagged() -> None:
    """Where both write "plunged" the word is the story's; a past fall told as background is no
    answer to the others' "fell" in the claims they share."""
    plunged = _SHARES.replace("shares fell", "shares plunged")
    assert not _contested(_compare(plunged, plunged.replace("Tuesday.", "Tuesday morning.")))
    background = _SHARES + " In 2019 the shares plunged after a strike at its Tesk plant."
    assert not _contested(_compare(_SHARES, background))


def test_a_loaded_word_counts_as_one_outlets_whatever_its_case_or_how_often_written() -> None:
    """Which outlets write a loaded word is read from their lower-cased words: "Terrorists"
    twice in one article and once in another's makes it the story's word, not one outlet's."""
    loaded = _PLAIN.replace("Militants of", "Terrorists of")
    twice = loaded + " Police said the terrorists fled north."
    other = _PLAIN.replace("before the attackers", "before the terrorists")
    assert not _contested(_compare(twice, other))
    assert [f.text for f in _contested(_compare(_PLAIN, twice))] == ["Terrorists", "terrorists"]


def test_only_family_words_outside_quotation_marks_are_an_outlets_own_words() -> None:
    # Every check asks only whether a family holds a word, so the other words are ruled out in
    # the parse's word column and no Token is made for them.
    text = 'Terrorists attacked the post on Monday, and "the attackers fled", police said.'
    doc = nlp.parse(text)
    reads = DocReads(doc)
    asked = reads.asked

    quoted = (text.index('"'), text.rindex('"') + 1)
    own = _own_words(reads, [quoted])  # type: ignore[arg-type]
    assert [t.text for t in own] == ["Terrorists"]
    held = _family_words()
    assert [doc[k].lower_ for k in asked] == [t.lower_ for t in doc if t.lower_ in held]
    assert "attackers" in held and len(asked) < len(doc)


_BOARDING = (
    "The Ostrian navy seized a Lundmark-flagged tanker in the Selva Strait on Tuesday, the Ostrian"
    " government said. Eight marines boarded the ship from a helicopter, and its 19 crew were"
    " taken to the port of Drava, the owner said."
)


def test_a_ship_hijacked_where_the_others_say_it_was_seized_is_flagged() -> None:
    """The flag country's press writes "hijacked" of a navy's boarding that agency copy calls a
    seizure: an act of piracy where the others report a state's act."""
    loaded = _BOARDING.replace("navy seized", "navy hijacked")
    (flag,) = _contested(_compare(_BOARDING, loaded))
    assert (flag.article, flag.text, flag.category) == ("a1", "hijacked", "loaded")
    assert flag.explanation.endswith("Outlet 0 writes 'seized' here.")


def test_a_hijacking_every_outlet_names_or_one_in_another_claim_is_not_flagged() -> None:
    """Gunmen who take an airliner hijack it in every outlet's words: the story's word. And a
    "hijacked" outside the claims the outlets share names another act than their seizure."""
    plane = (
        "Gunmen hijacked an airliner flying from Drava to Selm on Monday, the airline said. The"
        " plane landed at Korvo, where police boarded it."
    )
    assert not _contested(_compare(plane, plane.replace("Monday", "Monday night")))
    background = _BOARDING + " In 2019 rebels hijacked a ferry on the same route."
    assert not _contested(_compare(_BOARDING, background))


def test_pirates_for_the_navy_the_others_name_is_flagged_in_the_same_claim() -> None:
    """ "Ostrian pirates seized" where agency copy writes "The Ostrian navy seized": a label on a
    state's sailors; real pirates, named so by every outlet, are the story's word."""
    loaded = _BOARDING.replace("The Ostrian navy seized", "Ostrian pirates seized")
    (flag,) = _contested(_compare(_BOARDING, loaded))
    assert (flag.text, flag.category) == ("pirates", "label")
    assert [c.answer for c in flag.counterparts] == ["navy"]
    piracy = _BOARDING.replace("The Ostrian navy seized", "Pirates seized")
    assert not _contested(_compare(piracy, piracy.replace("Tuesday", "Tuesday night")))
