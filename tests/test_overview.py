"""The overview tables: coverage, framing profile, entity labels and sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from export_case import build_comparison
from reader.core.export import to_html
from reader.core.flag_density import densest_paragraph
from reader.core.model import (
    CATEGORY_LABELS,
    OCCASIONAL_CATEGORIES,
    Article,
    Attribution,
    Comparison,
    Entity,
    Flag,
)
from reader.core.overview import (
    RATE_MIN_WORDS,
    FlagFilter,
    Profile,
    build_overview,
    coverage_matrix,
    entity_table,
    flags_in_words,
    framing_profiles,
    short_label,
    sources_table,
)
from reader.core.svgcharts import coverage_matrix_svg, framing_profile_svg

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    # Without the hostile page, so these tests depend on nothing but the hand-built data.
    return build_comparison(with_hostile=False)


def test_coverage_rows_follow_the_aligned_view(comparison: Comparison) -> None:
    cov = coverage_matrix(comparison)
    rows = list(comparison.rows())
    assert [r.number for r in cov.rows] == list(range(1, len(rows) + 1))
    for cov_row, row in zip(cov.rows, rows, strict=True):
        for article in comparison.articles:
            in_row = {c.id for c in row.cells.get(article.id, ())}
            assert set(cov_row.claims.get(article.id, ())) == in_row
            assert cov_row.reported_by(article.id) == bool(in_row)
    assert cov.articles == ("wire", "beacon", "ledger")


def test_coverage_counts_what_each_outlet_adds_and_leaves_out(comparison: Comparison) -> None:
    cov = coverage_matrix(comparison)
    for article in comparison.articles:
        alone = [r for r in cov.rows if r.claims.keys() == {article.id}]
        shared_elsewhere = [
            r for r in cov.rows if article.id not in r.claims and len(r.claims) >= 2
        ]
        assert cov.only_in(article.id) == len(alone)
        assert cov.left_out(article.id) == len(shared_elsewhere)
    # The ratification sentence is carried by the wire and the Beacon only.
    ratify = next(r for r in cov.rows if r.key == "g-ratify")
    assert not ratify.reported_by("ledger")
    assert cov.left_out("ledger") >= 1
    # The environmental groups' warning is the Ledger's alone.
    dams = next(r for r in cov.rows if "dams upstream" in r.label)
    assert dams.unique and dams.reported_by("ledger")


def test_each_outlets_cell_quotes_that_outlets_own_words(comparison: Comparison) -> None:
    ov = build_overview(comparison)
    names = {a.id: a.outlet for a in comparison.articles}
    text = {a.id: a.text for a in comparison.articles}
    shared = next(
        r for r in ov.coverage.rows if len({r.label_of(a) for a in r.claims}) >= 2
    )  # outlets that word the same claim differently
    for article in shared.claims:
        claim = next(c for c in comparison.claims[article] if c.id == shared.claims[article][0])
        assert shared.label_of(article) == short_label(text[article][claim.start : claim.end])
    svg = ET.fromstring(coverage_matrix_svg(ov.coverage, names, standalone=True))
    tips = {"".join(t.itertext()) for t in svg.iter(f"{SVG}title")}
    for article in shared.claims:
        assert f"#{shared.number} {names[article]}: {shared.label_of(article)}" in tips


def test_coverage_counts_flags_inside_each_cell(comparison: Comparison) -> None:
    cov = coverage_matrix(comparison)
    total = sum(n for r in cov.rows for n in r.flags.values())
    framing = [f for f in comparison.flags if f.category != "unique-claim"]
    assert total == len(framing)  # every hand-made flag lies inside a claim
    farmers = next(r for r in cov.rows if r.key == "g-farmers")
    beacon_flags = [f for f in framing if f.alignment == "g-farmers" and f.article == "beacon"]
    assert farmers.flags["beacon"] == len(beacon_flags)


def test_framing_profile_is_flags_per_thousand_words(comparison: Comparison) -> None:
    profiles = {p.article: p for p in framing_profiles(comparison)}
    for article in comparison.articles:
        p = profiles[article.id]
        mine = [f for f in comparison.flags if f.article == article.id]
        assert p.words == article.word_count
        assert p.total == sum(1 for f in mine if f.category != "unique-claim")
        assert p.unique == sum(1 for f in mine if f.category == "unique-claim")
        # Every category, but an occasional one ("detail") only when some article has it.
        flagged = {f.category for f in comparison.flags}
        expected = {c for c in CATEGORY_LABELS if c not in OCCASIONAL_CATEGORIES or c in flagged}
        assert set(p.counts) == expected
        for cat in expected:
            n = sum(1 for f in mine if f.category == cat)
            assert p.rate(cat) == pytest.approx(1000 * n / article.word_count)
    assert profiles["beacon"].total_rate > profiles["ledger"].total_rate > 0
    assert profiles["wire"].total == 0


def test_only_this_outlet_counts_rows_in_the_chart_as_in_the_summary(
    comparison: Comparison,
) -> None:
    unique = next(f for f in comparison.flags if f.category == "unique-claim")
    # A second flag in the same row (an outlet's two claims in one row) is still one row.
    doubled = replace(comparison, flags=(*comparison.flags, replace(unique, id="f-extra")))
    ov = build_overview(doubled)
    for article in comparison.articles:
        assert ov.profile(article.id).unique == ov.coverage.only_in(article.id)
    by_flags = {p.article: p.unique for p in framing_profiles(doubled)}  # without the matrix
    assert by_flags[unique.article] == ov.profile(unique.article).unique + 1


def at_rate_length(comparison: Comparison) -> Comparison:
    """``comparison`` with each text run on past :data:`RATE_MIN_WORDS` (its flags where they
    were), for the chart to draw its rates: the sample's texts are too short for one."""
    plain = " The board will meet again next week." * 60
    return replace(
        comparison, articles=tuple(replace(a, text=a.text + plain) for a in comparison.articles)
    )


def test_profile_keeps_a_speakers_words_apart_from_the_outlets(comparison: Comparison) -> None:
    comparison = at_rate_length(comparison)
    beacon = [f for f in comparison.flags if f.article == "beacon"]
    quoted_ids = {beacon[0].id}
    flags = tuple(replace(f, quoted=f.id in quoted_ids) for f in comparison.flags)
    profiles = {p.article: p for p in framing_profiles(replace(comparison, flags=flags))}
    p = profiles["beacon"]
    assert p.total + p.unique == len(beacon) and p.total_quoted == 1
    assert p.quoted == {beacon[0].category: 1}
    assert p.quoted_rate(beacon[0].category) == pytest.approx(1000 / p.words)
    svg = ET.fromstring(framing_profile_svg(list(profiles.values()), {}, standalone=True))
    light = [r for r in svg.iter(f"{SVG}rect") if r.get("class") == "quoted"]
    assert len(light) == 2  # its category's bar and the all-flags bar end lighter
    assert all(float(r.get("width", "0")) > 0 for r in light)
    plain = ET.fromstring(framing_profile_svg(framing_profiles(comparison), {}, standalone=True))
    assert not [r for r in plain.iter(f"{SVG}rect") if r.get("class") == "quoted"]


def test_profile_of_an_empty_article_is_zero_not_an_error() -> None:
    empty = Article("e", "Empty", "")
    comp = Comparison(
        articles=(empty,),
        claims={"e": ()},
        alignments=(),
        flags=(Flag("f", "e", 0, 0, "", "loaded", "x"),),
        generator=build_comparison(with_hostile=False).generator,
    )
    (p,) = framing_profiles(comp)
    assert p.words == 0 and p.rate("loaded") == 0.0 and p.total == 1


PARAGRAPHS = (
    "A supposed plan was shown.\n\n"
    "Critics claimed it was a shameful sham, a cruel betrayal.\n\n"
    "Officials met again."
)


def flags_at(text: str, *words: str, category: str = "loaded") -> tuple[Flag, ...]:
    """A flag of ``category`` on the first occurrence of each of ``words`` in ``text``."""
    return tuple(
        Flag(f"f{i}", "a", text.index(w), text.index(w) + len(w), w, category, "x")
        for i, w in enumerate(words)
    )


def test_the_densest_paragraph_is_where_most_flags_start() -> None:
    flags = flags_at(PARAGRAPHS, "supposed", "claimed", "shameful", "cruel", "Officials")
    d = densest_paragraph(PARAGRAPHS, flags)
    assert d is not None
    assert (d.number, d.of, d.flags) == (2, 3, 3)
    assert PARAGRAPHS[d.start : d.end].startswith("Critics claimed")
    assert PARAGRAPHS[d.start : d.end].endswith("betrayal.")


def test_no_paragraph_is_densest_when_flags_do_not_gather() -> None:
    # one flag a paragraph gathers nowhere; one paragraph alone points nowhere
    assert densest_paragraph(PARAGRAPHS, flags_at(PARAGRAPHS, "supposed", "shameful")) is None
    one = "A supposed plan, a shameful sham, a cruel betrayal."
    assert densest_paragraph(one, flags_at(one, "supposed", "shameful", "cruel")) is None
    # on a tie the earlier paragraph comes first, as a reader meets it
    tie = densest_paragraph(
        PARAGRAPHS, flags_at(PARAGRAPHS, "supposed", "plan", "claimed", "cruel")
    )
    assert tie is not None and tie.number == 1


def test_the_densest_paragraph_counts_only_the_flags_shown() -> None:
    """Hide loaded words in the legend and the paragraph they made densest is no longer named."""
    loaded = flags_at(PARAGRAPHS, "claimed", "shameful", "cruel")
    hedges = tuple(
        replace(f, id=f"h{i}")
        for i, f in enumerate(flags_at(PARAGRAPHS, "supposed", "plan", category="hedge"))
    )
    comp = Comparison(
        articles=(Article("a", "Daily", PARAGRAPHS),),
        claims={"a": ()},
        alignments=(),
        flags=(*hedges, *loaded),
        generator=build_comparison(with_hostile=False).generator,
    )
    (everything,) = framing_profiles(comp)
    assert everything.densest is not None and everything.densest.number == 2
    (no_loaded,) = framing_profiles(comp, shown=FlagFilter(categories=frozenset({"hedge"})))
    assert no_loaded.densest is not None
    assert (no_loaded.densest.number, no_loaded.densest.flags) == (1, 2)


def test_new_categories_from_the_engine_are_kept() -> None:
    base = build_comparison(with_hostile=False)
    extra = Flag("fx", "wire", 0, 6, "Norland", "omission", "A new kind of flag.")
    comp = Comparison(
        base.articles, base.claims, base.alignments, (*base.flags, extra), base.generator
    )
    ov = build_overview(comp)
    assert ov.categories[-1] == "omission"
    assert ov.profile("wire").counts["omission"] == 1


def test_entity_table_puts_differing_labels_first(comparison: Comparison) -> None:
    rows = entity_table(comparison)
    names = [r.entity.name for r in rows]
    assert names[:2] == ["Ana Lindqvist", "Tomas Brenner"]
    assert rows[0].differs and rows[1].differs
    assert rows[0].descriptors["beacon"] == ("Globalist premier",)
    norland = next(r for r in rows if r.entity.name == "Norland")
    assert not norland.differs  # mentioned everywhere, described nowhere
    # An actor only one outlet names, and nobody describes, is left out.
    assert "Kessel" not in names


def test_outlets_that_say_the_same_in_other_words_do_not_disagree() -> None:
    from reader.core.overview import EntityRow

    def row(**descriptors: tuple[str, ...]) -> EntityRow:
        entity = Entity("e", "Ann Cole", "PERSON", (), descriptors, dict.fromkeys(descriptors, 1))
        return EntityRow(entity, descriptors, entity.mentions)

    assert not row(a=("NAACP President",), b=("president of the N.A.A.C.P.", "Mr.")).differs
    assert not row(a=("Mr",), b=("several other",), c=("the senator",)).differs
    assert row(a=("Chinese dictator",), b=("President",)).differs
    # British and American spellings of one word
    assert not row(a=("foreign policy advisor",), b=("foreign policy adviser",)).differs
    assert not row(a=("Defence Secretary",), b=("defense secretary",)).differs
    # a compound written with or without its hyphen (the showcase's "foreign-policy adviser")
    assert not row(a=("foreign-policy adviser",), b=("foreign policy advisor",)).differs
    assert not row(a=("then-German Chancellor",), b=("then German chancellor",)).differs
    assert row(a=("pro-Kremlin blogger",), b=("blogger",)).differs


def test_sources_table_merges_aliases_and_keeps_verbs(comparison: Comparison) -> None:
    rows = {r.name: r for r in sources_table(comparison)}
    lindqvist = rows["Ana Lindqvist"]  # "Lindqvist" in the Beacon is the same speaker
    assert set(lindqvist.uses) == {"wire", "beacon", "ledger"}
    assert lindqvist.uses["beacon"].verbs == ("claimed",)
    assert lindqvist.uses["ledger"].verbs == ("insisted",)
    assert rows["Tomas Brenner"].uses["beacon"].verbs == ("boasted",)
    assert set(rows["officials"].uses) == {"wire"}
    assert "Lindqvist" not in rows and "Brenner" not in rows
    # Sources cited by more outlets come first.
    ordered = list(rows)
    assert ordered.index("Ana Lindqvist") < ordered.index("officials")


def test_short_label_cuts_at_a_word() -> None:
    text = "word " * 40
    label = short_label(text, 30)
    assert len(label) <= 30 and label.endswith("…") and "  " not in label
    assert short_label("  short \n text ") == "short text"
    lead = "PORT ALDER, Nov. 24 (Northline Press) - Westhaven council voted on Tuesday."
    assert short_label(lead) == "Westhaven council voted on Tuesday."  # the dateline is no label


def test_short_label_leaves_out_a_live_blog_entry_time() -> None:
    """A live blog's entry opens with the time it was posted; the claim's label names the claim."""
    entry = "10:45 - Westhaven council has opened a shelter in the town hall."
    assert short_label(entry) == "Westhaven council has opened a shelter in the town hall."
    assert short_label(entry, 30) == "Westhaven council has opened…"


def test_charts_are_well_formed_and_draw_every_cell(comparison: Comparison) -> None:
    comparison = at_rate_length(comparison)
    ov = build_overview(comparison)
    names = {a.id: a.outlet for a in comparison.articles}
    cov = ET.fromstring(coverage_matrix_svg(ov.coverage, names, standalone=True))
    cells = [el for el in cov.iter() if el is not cov and el.find(f"{SVG}title") is not None]
    assert len(cells) == len(ov.coverage.rows) * len(comparison.articles)
    unique_cells = [el for el in cells if el.tag == f"{SVG}circle"]
    assert len(unique_cells) == sum(1 for r in ov.coverage.rows if r.unique)

    prof = ET.fromstring(framing_profile_svg(ov.profiles, names, ov.categories, standalone=True))
    texts = ["".join(t.itertext()) for t in prof.iter(f"{SVG}text")]
    for article in comparison.articles:
        assert article.outlet in texts
    beacon = ov.profile("beacon")
    assert f"{beacon.rate('label'):.1f}" in texts


def test_chart_text_is_escaped() -> None:
    base = build_comparison(with_hostile=False)
    evil = Article("wire", '<script>alert("x")</script> & Co', base.articles[0].text)
    comp = Comparison(
        (evil, *base.articles[1:]), base.claims, base.alignments, base.flags, base.generator
    )
    ov = build_overview(comp)
    names = {a.id: a.outlet for a in comp.articles}
    for svg in (
        coverage_matrix_svg(ov.coverage, names, standalone=True),
        framing_profile_svg(ov.profiles, names, standalone=True),
    ):
        root = ET.fromstring(svg)  # would fail on unescaped markup
        assert not [el for el in root.iter() if el.tag.endswith("script")]
        assert "<script>" not in svg


def _with_speakers(base: Comparison, speakers: dict[str, str]) -> Comparison:
    """The comparison with the speakers of some claims replaced (claim id -> speaker)."""
    claims = {
        a: tuple(
            replace(c, attribution=Attribution(speakers[c.id], "said", "indirect"))
            if c.id in speakers
            else c
            for c in cs
        )
        for a, cs in base.claims.items()
    }
    return replace(base, claims=claims)


def test_sources_drop_pronouns_and_titles(comparison: Comparison) -> None:
    comp = _with_speakers(
        comparison,
        {"wire-c1": "He", "beacon-c1": "Mr. Lindqvist", "ledger-c3": "Sen. Tomas Brenner",
         "wire-c2": "even Brenner", "wire-c3": "the officials"},
    )  # fmt: skip
    rows = {r.name: r for r in sources_table(comp)}
    assert "He" not in rows and "he" not in rows
    assert set(rows["Ana Lindqvist"].uses) == {"beacon", "ledger"}  # wire's is now "He"
    assert set(rows["Tomas Brenner"].uses) == {"wire", "beacon", "ledger"}
    assert set(rows["officials"].uses) == {"wire"}


def test_a_text_or_its_figures_is_no_source_unless_named(comparison: Comparison) -> None:
    """A claim "according to the report" cites nobody a student could look up: a report, a
    statement or figures count as a source only with a name ("a Bloomberg report"), in the
    Overview and in the report's Sources table alike."""
    comp = _with_speakers(
        comparison,
        {"wire-c1": "the report", "wire-c2": "his statement", "beacon-c1": "The latest figures",
         "ledger-c2": "the studies", "ledger-c3": "a Bloomberg report"},
    )  # fmt: skip
    rows = {r.name: r for r in sources_table(comp)}
    # Those named by someone or something stay; the claims still attributed are not lost.
    assert set(rows) == {"officials", "Tomas Brenner", "Ana Lindqvist", "Bloomberg report"}
    assert set(rows["Bloomberg report"].uses) == {"ledger"}
    html = to_html(comp)
    table = html[html.index("Who each outlet quotes or cites") :]
    listed = re.findall(r'<th scope="row">(.*?)</th>', table[: table.index("</table>")])
    assert sorted(listed) == sorted(rows)


def test_surname_alone_maps_only_to_an_unambiguous_person(comparison: Comparison) -> None:
    no_brenner = replace(
        comparison, entities=tuple(e for e in comparison.entities if e.id != "e-brenner")
    )
    comp = _with_speakers(no_brenner, {"ledger-c3": "Brenner"})
    assert set(next(r for r in sources_table(comp) if r.name == "Brenner").uses) == {"ledger"}
    maja = Entity("e-maja", "Maja Brenner", "PERSON", mentions={"ledger": 1})
    names = {r.name: r for r in sources_table(replace(comp, entities=(*comp.entities, maja)))}
    assert "Brenner" not in names and set(names["Maja Brenner"].uses) == {"ledger"}
    tomas = Entity("e-tomas", "Tomas Brenner", "PERSON", mentions={"wire": 1})
    both = replace(comp, entities=(*comp.entities, maja, tomas))
    assert "Brenner" in {r.name for r in sources_table(both)}  # two Brenners: leave it alone


def test_entity_table_keeps_few_actors_nobody_labels(comparison: Comparison) -> None:
    crowd = tuple(
        Entity(f"e-x{i}", f"Place {i}", "GPE", mentions={"wire": 1 + i, "beacon": 1})
        for i in range(10)
    )
    comp = replace(comparison, entities=(*comparison.entities, *crowd))
    rows = entity_table(comp, max_undescribed=3)
    bare = [r.entity.name for r in rows if not any(r.descriptors.values())]
    assert len(bare) == 3
    assert bare == ["Norland", "Place 9", "Place 8"]  # most outlets, then most mentions
    assert {"Ana Lindqvist", "Tomas Brenner"} <= {r.entity.name for r in rows}


def test_a_resolved_pronoun_counts_for_the_person(comparison: Comparison) -> None:
    comp = _with_speakers(comparison, {"wire-c1": "He"})
    claims = {
        a: tuple(
            replace(c, attribution=replace(c.attribution, refers_to="Ana Lindqvist"))
            if c.id == "wire-c1" and c.attribution
            else c
            for c in cs
        )
        for a, cs in comp.claims.items()
    }
    rows = {r.name: r for r in sources_table(replace(comp, claims=claims))}
    assert "wire" in rows["Ana Lindqvist"].uses
    assert "He" not in rows


def test_a_speaker_with_a_title_and_an_affiliation_is_the_person(comparison: Comparison) -> None:
    comp = _with_speakers(
        comparison,
        {"wire-c1": "Green Party leader Ana Lindqvist of the northern district"},
    )
    rows = {r.name: r for r in sources_table(comp)}
    assert "wire" in rows["Ana Lindqvist"].uses
    assert not any("northern district" in name for name in rows)


def test_a_profile_under_the_rate_length_is_said_as_a_count_in_its_words() -> None:
    """A rate per 1,000 words of a 26-word paste (192.3) says more of its length than of its
    framing: under RATE_MIN_WORDS a profile is marked too short, and said as a count."""
    snippet = Profile("paste", 26, {"loaded": 5})
    article = Profile("wire", RATE_MIN_WORDS, {"loaded": 5})
    assert snippet.too_short_for_a_rate and not article.too_short_for_a_rate
    assert flags_in_words(snippet.total, snippet.words) == "5 flags in 26 words"
    assert flags_in_words(1, 1_204) == "1 flag in 1,204 words"


def test_profile_chart_draws_no_bars_for_a_text_too_short_for_a_rate() -> None:
    """A snippet's rate set the chart's scale and drew its longest bars: beside an article long
    enough for rates its cells hold its counts as words, its flags no longer scale the others,
    and the foot says why it has no bar."""
    snippet = Profile("paste", 26, {"loaded": 5})
    article = Profile("wire", 1_000, {"loaded": 2})
    svg = framing_profile_svg([article, snippet], {}, ["loaded"], standalone=True)
    tree = ET.fromstring(svg)
    counts = [t.text for t in tree.iter(f"{SVG}text") if t.get("class") == "no-rate"]
    assert counts == ["5", "5 flags in 26 words"]  # its row and the total
    bars = _bars(tree)
    assert len(bars) == 2  # the article's loaded bar and its total, none of the snippet's
    assert all(float(r.get("width", "0")) == pytest.approx(_track(tree)) for r in bars)
    assert f"A count without a bar: a text under {RATE_MIN_WORDS} words, too short for a rate" in (
        svg
    )
    assert "flags per 1,000 words" in svg and "Counts, not rates" not in svg
    plain = framing_profile_svg([article], {}, ["loaded"], standalone=True)
    assert "too short for a rate" not in plain and "no-rate" not in plain
    assert "Bars: flags per 1,000 words of the article" in plain
    assert [t.text for t in ET.fromstring(plain).iter(f"{SVG}text")].count("2.0") == 2


def test_profile_chart_of_texts_all_too_short_for_a_rate_draws_counts() -> None:
    """A class's 200-300-word articles drew a chart of dashes: when no text is long enough for
    a rate the bars are counts, on one scale per row, each with its count, and the chart says
    so in its title and its foot."""
    one = Profile("standard", 240, {"loaded": 4, "label": 1})
    other = Profile("voice", 260, {"loaded": 2, "label": 0})
    svg = framing_profile_svg([one, other], {}, ["loaded", "label"], standalone=True)
    tree = ET.fromstring(svg)
    assert "no-rate" not in svg
    assert tree.findtext(f"{SVG}title", "").startswith(
        "Framing profile: flags of each kind, counted"
    )
    assert "Bars: flags in each article, counted" in svg
    assert f"Counts, not rates: every article is under {RATE_MIN_WORDS} words" in svg
    numbers = [t.text for t in tree.iter(f"{SVG}text") if t.get("font-size") == "11"]
    assert numbers == ["4", "2", "1", "0", "5", "2"]  # rows: loaded, label, total
    widths = [float(r.get("width", "0")) for r in _bars(tree)]
    track = _track(tree)
    # Loaded 4 and 2 and label 1 on the kinds' scale (peak 4), the totals 5 and 2 on theirs.
    assert widths == pytest.approx([track, track / 2, track / 4, track, track * 2 / 5], abs=0.1)


def _bars(tree: ET.Element) -> list[ET.Element]:
    """The profile's coloured bars: full-strength rectangles right of the row labels."""
    coloured = [r for r in tree.iter(f"{SVG}rect") if r.get("fill-opacity") is None]
    return [r for r in coloured if float(r.get("x", "0")) >= 190 and r.get("width") != "16"]


def _track(tree: ET.Element) -> float:
    """The width of a bar's empty track: a full bar's length."""
    return next(
        float(r.get("width", "0"))
        for r in tree.iter(f"{SVG}rect")
        if r.get("fill-opacity") == "0.07"
    )


def test_kinds_present_are_the_flags_kinds_and_whether_a_speaker_says_one() -> None:
    """What the legend keys is worked out here, not in the window: each kind flagged in the text
    or a headline, and the speakers'-words key only where a flag stands in a quotation."""
    from reader.core.overview import QUOTED, kinds_present

    comp = build_comparison()
    assert comp.flags and not any(f.quoted for f in (*comp.flags, *comp.headline_flags))
    kinds = kinds_present(comp)
    assert kinds == {f.category for f in (*comp.flags, *comp.headline_flags)}
    assert QUOTED not in kinds
    # A kind only a headline carries is keyed; so is a speaker's word there.
    absent = next(c for c in CATEGORY_LABELS if c not in kinds)
    odd = replace(comp.flags[0], id="h-odd", where="title", category=absent)
    assert absent in kinds_present(replace(comp, headline_flags=(odd,)))
    quoted = replace(comp.flags[0], id="q-1", quoted=True)
    assert QUOTED in kinds_present(replace(comp, flags=(*comp.flags, quoted)))
    # The look-alike: with no flags at all, nothing is keyed.
    assert kinds_present(replace(comp, flags=(), headline_flags=())) == frozenset()
