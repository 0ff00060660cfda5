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
from reader.core.export import CSV_COLUMNS, to_csv, to_json, write_csv
from reader.core.model import Comparison, Flag

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
    evil = Flag("x", "wire", 0, 7, '=HYPERLINK("http://evil.example","x")', "loaded", "@SUM(A1)")
    (row,) = _rows(to_csv(replace(comparison, flags=(evil,))))
    assert row["context"].startswith("'=") and row["explanation"].startswith("'@")
    assert row["words"].startswith("'=")
    assert row["start"] == "0"  # numbers are left alone


def test_csv_file_has_a_bom_for_excel(comparison: Comparison, tmp_path: Path) -> None:
    path = tmp_path / "flags.csv"
    write_csv(comparison, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8") == to_csv(comparison)  # nothing else added or translated
