"""'Who each outlet quotes or cites': an outlet's judging word is not part of its source's name.

"Furious retailers said" in one outlet and "Retailers said" in another cite the same people; the
word the lexicon flags ("furious") is the outlet's framing, shown as a flag, not a second source.
Sources are grouped in :func:`reader.core.overview.sources_table`, which the app's Overview and
the reports share.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from reader.core.export import to_html
from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Attribution,
    Claim,
    Comparison,
    Entity,
    Flag,
    Generator,
)
from reader.core.overview import FlagFilter, SourceRow, SpeakerNames, sources_table

PLAIN = "Retailers said the closure would cost them trade. The regime said it would not budge."
ANGRY = "Furious retailers said the closure would cost them trade. Local retailers said so too."


def _said(article: str, text: str, index: int, speaker: str, refers_to: str | None = None) -> Claim:
    """The ``index``-th sentence of ``text`` as a claim of ``speaker`` (found in that sentence)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.\s*", text)]
    start, end = spans[index]
    sentence = text[start:end].rstrip()
    at = text.index(speaker, start)
    return Claim(
        f"{article}-c{index}",
        article,
        start,
        start + len(sentence),
        sentence,
        index,
        attribution=Attribution(
            speaker,
            "said",
            "indirect",
            speaker_span=(at, at + len(speaker)),
            refers_to=refers_to,
        ),
    )


def _flag(fid: str, article: str, text: str, phrase: str, word: str, category: str) -> Flag:
    start = text.index(phrase)
    w = start + phrase.index(word)
    trigger = None if word == phrase else (w, w + len(word))
    return Flag(
        fid, article, start, start + len(phrase), phrase, category, "judged", trigger=trigger
    )


def _comparison(
    *flags: Flag, angry: str = ANGRY, speakers: tuple[str, ...] = ("Furious retailers", "Local")
) -> Comparison:
    """Civic Wire's "Retailers said" and "The regime said"; Street Herald's ``speakers``, one per
    sentence of ``angry`` (each as the start of the speaker written there)."""
    a = Article("plain", "Civic Wire", PLAIN)
    b = Article("angry", "Street Herald", angry)
    claims = {
        "plain": (_said("plain", PLAIN, 0, "Retailers"), _said("plain", PLAIN, 1, "The regime")),
        "angry": tuple(
            _said("angry", angry, i, angry[angry.index(w) :].split(" said")[0])
            for i, w in enumerate(speakers)
        ),
    }
    first = (claims["plain"][0], claims["angry"][0])
    group = Alignment(
        "g1", 0.9, tuple(AlignmentMember(c.article, c.id, c.start, c.end, 0.9) for c in first)
    )
    return Comparison(
        articles=(a, b),
        claims=claims,
        alignments=(group,),
        flags=flags,
        generator=Generator("parallax-reader", "0.1.0", "test-pipeline", "test-lexicon"),
    )


FURIOUS = _flag("f1", "angry", ANGRY, "Furious retailers", "Furious", "loaded")
REGIME = _flag("f2", "plain", PLAIN, "regime", "regime", "label")


def _by_name(rows: tuple[SourceRow, ...]) -> dict[str, set[str]]:
    return {r.name: set(r.uses) for r in rows}


def test_a_flagged_word_in_a_speaker_is_not_part_of_the_source() -> None:
    rows = _by_name(sources_table(_comparison(FURIOUS, REGIME)))
    assert rows["Retailers"] == {"plain", "angry"}
    assert not any("urious" in name for name in rows)
    # Words nobody flagged still tell sources apart; a label that is the whole name stays.
    assert rows["Local retailers"] == {"angry"}
    assert rows["regime"] == {"plain"}


def test_without_the_flag_the_speakers_stay_apart() -> None:
    """The grouping follows what the engine flagged, not a guess about adjectives."""
    rows = _by_name(sources_table(_comparison()))
    assert rows["Furious retailers"] == {"angry"} and rows["Retailers"] == {"plain"}


@pytest.mark.parametrize("category", ["label", "loaded", "intensifier", "hedge"])
def test_every_judging_category_and_a_one_word_flag_count(category: str) -> None:
    one_word = _flag("f9", "angry", ANGRY, "Furious", "Furious", category)
    assert one_word.trigger is None
    assert _by_name(sources_table(_comparison(one_word)))["Retailers"] == {"plain", "angry"}


def test_a_reporting_verb_flag_does_not_touch_the_name() -> None:
    other = _flag("f9", "angry", ANGRY, "Furious", "Furious", "attribution")
    assert "Furious retailers" in _by_name(sources_table(_comparison(other)))


def test_a_flagged_word_inside_the_name_goes_too() -> None:
    angry = "The retailers, utterly furious, said the closure would cost them trade."
    flag = _flag("f1", "angry", angry, "utterly furious", "utterly", "intensifier")
    furious = _flag("f2", "angry", angry, "furious", "furious", "loaded")
    comp = _comparison(flag, furious, angry=angry, speakers=("The retailers",))
    said = comp.claims["angry"][0].attribution
    assert said is not None and said.speaker == "The retailers, utterly furious,"
    assert _by_name(sources_table(comp))["Retailers"] == {"plain", "angry"}


def test_a_pronouns_person_is_named_as_before() -> None:
    text = "He said the closure would cost them trade. Nothing else."
    claim = _said("angry", text, 0, "He", refers_to="Dana Whitfield")
    comp = _comparison()
    comp = Comparison(
        articles=(comp.articles[0], Article("angry", "Street Herald", text)),
        claims={"plain": comp.claims["plain"], "angry": (claim,)},
        alignments=(),
        flags=(),
        generator=comp.generator,
    )
    assert _by_name(sources_table(comp))["Dana Whitfield"] == {"angry"}


def test_a_labelled_speaker_is_named_by_the_actors_name() -> None:
    """ "Hardline Netanyahu said": the claim's speaker, shown as a name, was the outlet's label
    and the name together. Named, it is the actor, with or without the title a wire writes; the
    speaker as written keeps the label for the places that show how the outlet wrote it."""
    hard = "Hardline Netanyahu said the talks would fail. He said so twice."
    wire = "Israeli Prime Minister Benjamin Netanyahu said the talks would fail. Nothing else."
    label = _flag("f1", "hard", hard, "Hardline", "Hardline", "label")
    netanyahu = Entity(
        "e1", "Benjamin Netanyahu", "PERSON", aliases=("Netanyahu", "Benjamin Netanyahu")
    )
    comp = Comparison(
        articles=(Article("hard", "Daily", hard), Article("wire", "Wire", wire)),
        claims={
            "hard": (
                _said("hard", hard, 0, "Hardline Netanyahu"),
                _said("hard", hard, 1, "He", refers_to="Netanyahu"),
            ),
            "wire": (_said("wire", wire, 0, "Israeli Prime Minister Benjamin Netanyahu"),),
        },
        alignments=(),
        flags=(label,),
        generator=Generator("parallax-reader", "0.1.0", "test-pipeline", "test-lexicon"),
        entities=(netanyahu,),
    )
    names = SpeakerNames.of(comp)

    def named(article: str, index: int) -> str | None:
        attribution = comp.claims[article][index].attribution
        assert attribution is not None
        return names.name(comp.article(article), attribution)

    assert named("hard", 0) == named("hard", 1) == named("wire", 0) == "Benjamin Netanyahu"
    said = comp.claims["hard"][0].attribution
    assert said is not None and said.speaker == "Hardline Netanyahu"  # as written, unchanged
    # A speaker no actor matches keeps its own words, less the flagged ones.
    assert _by_name(sources_table(comp)) == {"Benjamin Netanyahu": {"hard", "wire"}}
    plain = _comparison(FURIOUS)
    retailers = plain.claims["angry"][0].attribution
    assert retailers is not None
    assert SpeakerNames.of(plain).name(plain.article("angry"), retailers) == "Retailers"


def _sources_section(html: str) -> list[str]:
    start = html.index("Who each outlet quotes or cites")
    section = html[start : html.index("</table>", start)]
    return [re.sub(r"<[^>]+>", "", n) for n in re.findall(r'<th scope="row">(.*?)</th>', section)]


@pytest.mark.parametrize(
    ("shown", "quoted"),
    [
        (None, False),
        (FlagFilter(categories=frozenset({"label"})), False),
        (FlagFilter(quoted=False), True),
    ],
)
def test_the_report_lists_one_source_even_with_the_loaded_words_hidden(
    shown: FlagFilter | None, quoted: bool
) -> None:
    """A report of some flags still names sources as the screen does: hiding the 'loaded' flags
    (or, when it is a speaker's, the flags in speakers' words) hides their marks, not the
    judgement they carry about a source's name."""
    furious = replace(FURIOUS, quoted=quoted)
    names = _sources_section(to_html(_comparison(furious, REGIME), shown=shown))
    assert names.count("Retailers") == 1
    assert not any("Furious" in n for n in names)


# -- through the engine ---------------------------------------------------------------------

WIRE = (
    "The harbour board voted on Monday to close the fish market for a month of repairs.\n\n"
    "Retailers said the closure would cost them customers in the busiest weeks of the year.\n\n"
    "The market is due to reopen in early October, the board said."
)
TABLOID = (
    "The harbour board voted on Monday to close the fish market for a month of repairs.\n\n"
    "Furious retailers said the closure would cost them customers in the busiest weeks of the"
    " year.\n\n"
    "The market is due to reopen in early October, the board said."
)


@pytest.mark.slow
def test_the_engine_groups_furious_retailers_with_retailers() -> None:
    from reader.core.compare import compare
    from reader.core.ingest import article_from_text

    comp = compare(
        [
            article_from_text(WIRE, outlet="Harbour Wire"),
            article_from_text(TABLOID, outlet="Harbour Herald"),
        ]
    )
    assert any(f.text.startswith("Furious") for f in comp.flags), "the premise: it is flagged"
    rows = _by_name(sources_table(comp))
    ids = {a.id for a in comp.articles}
    assert rows.get("Retailers") == ids, rows
    assert not any("urious" in name for name in rows)


def test_a_label_cut_off_a_source_leaves_the_body_it_named_not_a_preposition() -> None:
    """ "Bureaucrats at the state budget office admit" was listed as "At the state budget
    office": what is left after the label is the office, named without the "at"."""
    angry = "Bureaucrats at the state budget office said the closure would cost them trade."
    label = _flag("f1", "angry", angry, "Bureaucrats", "Bureaucrats", "label")
    comp = _comparison(label, angry=angry, speakers=("Bureaucrats",))
    rows = _by_name(sources_table(comp))
    assert rows["state budget office"] == {"angry"}
    assert not any(name.casefold().startswith("at ") for name in rows)
    said = comp.claims["angry"][0].attribution
    assert said is not None
    names = SpeakerNames.of(comp)
    assert names.name(comp.articles[1], said) == "The state budget office"
