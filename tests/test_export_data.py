"""The data exports: JSON that follows the schema and round-trips, CSV with one row per flag."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from export_case import build_comparison
from reader.core.compare import compare
from reader.core.export import CSV_COLUMNS, to_csv, to_json, write_csv
from reader.core.model import Article, Comparison, Counterpart, Flag

SCHEMA = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "schema" / "comparison.schema.json"
)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return build_comparison(with_hostile=True)


def test_json_validates_against_the_schema(comparison: Comparison) -> None:
    if not SCHEMA.exists():
        pytest.skip("../shared/schema is not present")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(to_json(comparison))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema"] == "reader.comparison/1"
    assert len(data["flags"]) == len(comparison.flags)


def test_json_round_trips_to_the_same_comparison(comparison: Comparison) -> None:
    again = Comparison.from_dict(json.loads(to_json(comparison)))
    assert again.to_dict() == comparison.to_dict()
    assert again.flags == comparison.flags and again.articles == comparison.articles


def test_json_keeps_non_ascii_readable(comparison: Comparison) -> None:
    text = to_json(replace(comparison, title="Traité du fleuve « Aster »"))
    assert "Traité du fleuve « Aster »" in text


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_flag_with_the_columns(comparison: Comparison) -> None:
    text = to_csv(comparison)
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert tuple(header) == CSV_COLUMNS
    rows = _rows(text)
    assert len(rows) == len(comparison.flags) >= 10
    by_id = {f.id: f for f in comparison.flags}
    names = {a.id: a.outlet for a in comparison.articles}
    for row in rows:
        flag = by_id[row["id"]]
        assert row["outlet"] == names[flag.article]
        assert row["title"] == (comparison.article(flag.article).title or "")
        assert (row["category"], row["context"], row["explanation"]) == (
            flag.category,
            flag.text,
            flag.explanation,
        )
        # These flags have no trigger: a word-level flag's words are its span; a flag on a whole
        # claim has none.
        assert flag.trigger is None
        assert row["words"] == ("" if flag.category in ("opinion", "unique-claim") else flag.text)
        assert (int(row["start"]), int(row["end"])) == (flag.start, flag.end)
        assert row["rule"] == flag.rule and float(row["confidence"]) == pytest.approx(
            flag.confidence, abs=0.005
        )
        claim = comparison.claim(flag.claim) if flag.claim else None
        assert claim is not None and row["claim"] == " ".join(claim.text.split())
        for cp in flag.counterparts:
            assert f"{names[cp.article]}: {cp.text}" in row["counterparts"]


def test_csv_is_rfc4180(comparison: Comparison) -> None:
    text = to_csv(comparison)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare line feeds outside quoted fields here
    # A field with a comma, a quote and a line break survives a round trip.
    tricky = Flag("t", "wire", 0, 7, 'say "no",\nthen', "loaded", "Commas, quotes\r\nand lines.")
    rows = _rows(to_csv(replace(comparison, flags=(tricky,))))
    assert (
        rows[0]["context"] == 'say "no",\nthen'
        and rows[0]["explanation"] == "Commas, quotes\r\nand lines."
    )


def test_csv_cells_never_become_spreadsheet_formulas(comparison: Comparison) -> None:
    """Every cell an article or the engine fills (an outlet's or a title's name included) is
    kept as text when it starts as a formula would."""
    evil = Flag(
        "x",
        "wire",
        0,
        7,
        '=HYPERLINK("http://evil.example","x")',
        "loaded",
        "@SUM(A1)",
        counterparts=(Counterpart("ledger", "Norland and Veskia agreed a treaty."),),
    )
    renamed = {"wire": {"outlet": "+Harbour Wire", "title": "-5% for farmers"}}
    renamed["ledger"] = {"outlet": "-Ledger"}
    articles = tuple(replace(a, **renamed.get(a.id, {})) for a in comparison.articles)
    (row,) = _rows(to_csv(replace(comparison, articles=articles, flags=(evil,))))
    assert row["context"].startswith("'=") and row["explanation"].startswith("'@")
    assert row["words"].startswith("'=")
    assert row["outlet"] == "'+Harbour Wire" and row["title"] == "'-5% for farmers"
    assert row["counterparts"] == "'-Ledger: Norland and Veskia agreed a treaty."
    assert row["start"] == "0"  # numbers are left alone


def test_csv_file_has_a_bom_for_excel(comparison: Comparison, tmp_path: Path) -> None:
    path = tmp_path / "flags.csv"
    write_csv(comparison, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8") == to_csv(comparison)  # nothing else added or translated


#: Odd texts and headlines for today's rules: a colon label at either end or before an empty
#: quote, a minimiser or a superlative at an edge, a shield alone, capitals, curly marks, dashes.
ODD_INPUTS: tuple[tuple[str, str | None], ...] = (
    ("Mayor:", None),
    (": hello", "Mayor:"),
    ('Mayor: ""', 'Mayor: ""'),
    ("Mayor: “”", None),
    ("The plan. Critics: ‘a disgrace’, they said.", None),
    ("At 10:30 the mayor said “we will win”.", None),
    ("Ingredients: 'salt' and 'pepper'.", None),
    ("He told Dr. Jones: “You are fired.”", None),
    ("It was nothing more than", None),
    ("Nothing but rain is forecast, nothing but", "Nothing More Than"),
    ("Worst ever. The very single most important vote of our lifetime.", "WORST"),
    ("manufactured panic buttons", "Panic Button"),
    ("Body text here.", "FAR-LEFT RADICALS STORM CITY HALL"),
    ("Text — with “quotes” – and ‘single’ ones…", "Mayor Whitfield: “We will not be bullied”"),
)


@pytest.mark.parametrize(("text", "title"), ODD_INPUTS)
def test_odd_inputs_give_flags_and_claims_in_bounds_and_valid_json(
    text: str, title: str | None
) -> None:
    articles = [
        Article(id="odd", outlet="Odd", text=text, title=title),
        Article(id="wire", outlet="Wire", text="The mayor said the plan was ready.", title="Plan"),
    ]
    for shown in (articles[:1], articles):
        comp = compare(shown)
        for f in (*comp.flags, *comp.headline_flags):
            source = comp.article(f.article)
            where = (source.title or "") if f.where == "title" else source.text
            assert 0 <= f.start < f.end <= len(where), f
            assert where[f.start : f.end] == f.text, f
        for claims in comp.claims.values():
            for c in claims:
                body = comp.article(c.article).text
                assert 0 <= c.start < c.end <= len(body) and body[c.start : c.end] == c.text
        if SCHEMA.exists():
            jsonschema.validate(json.loads(to_json(comp)), json.loads(SCHEMA.read_text("utf-8")))


def test_csv_names_a_live_blog_entrys_claim_without_its_time() -> None:
    """The claim column and the counterparts name a claim by its words; the time a live-blog
    entry was posted stays in the article text, not in the words that name the claim."""
    live = Article(
        id="live",
        outlet="Halby Live",
        text="Halby valley floods\n\n"
        "10:45 - The council has opened a shelter in the town hall for families who cannot go"
        " home.\n\n"
        "09:20 - The river at Halby Mill stood at 3.4 metres this morning, half a metre above its"
        " record.",
    )
    plain = Article(
        id="plain",
        outlet="Valley Courier",
        text="The river at Halby Mill stood at 3.4 metres this morning, a disastrous half a metre"
        " above its record.",
    )
    rows = {row["id"]: row for row in _rows(to_csv(compare([live, plain])))}
    claims = [row["claim"] for row in rows.values() if row["outlet"] == "Halby Live"]
    assert "The council has opened a shelter in the town hall for families who cannot go home." in (
        claims
    )
    (loaded,) = [row for row in rows.values() if row["words"] == "disastrous"]
    assert loaded["counterparts"].startswith("Halby Live: The river at Halby Mill stood")
    assert not [row for row in rows.values() if "10:45" in row["claim"] + row["counterparts"]]


def test_csv_names_a_wire_leads_claim_without_its_dateline() -> None:
    """The claim column and the counterparts name a claim by its words; where the wire filed
    from ("PORT ALDER, March 3 (Meridian Press) - ") stays in the article text."""
    wire = Article(
        id="wire",
        outlet="Meridian Press",
        text="Council backs harbour plan\n\n"
        "PORT ALDER, March 3 (Meridian Press) - The council voted 7 to 2 on Tuesday to rebuild"
        " the harbour wall, a disastrous use of 4 million pounds.",
    )
    plain = Article(
        id="plain",
        outlet="Alder Gazette",
        text="The council rammed through a vote of 7 to 2 on Tuesday to rebuild the harbour wall"
        " at a cost of 4 million pounds.",
    )
    rows = list(_rows(to_csv(compare([wire, plain]))))
    (own,) = [row for row in rows if row["words"] == "disastrous"]
    assert own["claim"].startswith("The council voted 7 to 2 on Tuesday")
    (rammed,) = [row for row in rows if "rammed" in row["words"]]
    assert rammed["counterparts"].startswith("Meridian Press: The council voted 7 to 2")
    assert not [row for row in rows if "PORT ALDER" in row["claim"] + row["counterparts"]]
