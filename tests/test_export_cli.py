"""``--html``, ``--pdf`` and ``--csv`` on ``reader compare``: written whole, or a one-line error."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from export_case import build_comparison
from reader.commands.exports import add_export_arguments, write_exports
from reader.core.errors import ReaderInputError
from reader.core.model import Comparison


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return build_comparison(with_hostile=True)


def parse_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reader compare")
    parser.add_argument("files", nargs="*")
    add_export_arguments(parser)
    return parser.parse_args(list(argv))


def test_options_are_added_and_default_to_nothing() -> None:
    args = parse_args("a.txt", "b.txt")
    assert (args.html, args.pdf, args.csv) == (None, None, None)
    args = parse_args("a.txt", "--html", "r.html", "--pdf", "r.pdf", "--csv", "r.csv")
    assert (args.html, args.pdf, args.csv) == (Path("r.html"), Path("r.pdf"), Path("r.csv"))


def test_nothing_asked_nothing_written(comparison: Comparison, tmp_path: Path) -> None:
    write_exports(comparison, parse_args("a.txt"))
    write_exports(comparison, argparse.Namespace())  # a caller without the options at all
    assert list(tmp_path.iterdir()) == []


def test_all_three_reports_are_written(
    qtbot: QtBot, comparison: Comparison, tmp_path: Path
) -> None:
    html, pdf, csv_path = tmp_path / "r.html", tmp_path / "r.pdf", tmp_path / "r.csv"
    write_exports(
        comparison, parse_args("--html", str(html), "--pdf", str(pdf), "--csv", str(csv_path))
    )
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "The Daily Beacon" in page
    assert pdf.read_bytes().startswith(b"%PDF-")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(comparison.flags)
    assert {r["outlet"] for r in rows} <= {a.outlet for a in comparison.articles}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv", "r.html", "r.pdf"]


def test_existing_report_is_replaced_whole(comparison: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("old report", encoding="utf-8")
    write_exports(comparison, parse_args("--html", str(target)))
    assert "old report" not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--html", "{d}/missing/r.html"), "does not exist"),
        (("--csv", "{d}"), "names a folder"),
        (("--html", "{d}/same", "--csv", "{d}/same"), "name the same file"),
    ],
)
def test_bad_targets_are_one_line_input_errors(
    comparison: Comparison, tmp_path: Path, argv: tuple[str, ...], message: str
) -> None:
    args = parse_args(*(a.format(d=tmp_path) for a in argv))
    with pytest.raises(ReaderInputError, match=message) as info:
        write_exports(comparison, args)
    assert "\n" not in str(info.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # no partial files


def test_write_failure_is_an_input_error(comparison: Comparison, tmp_path: Path) -> None:
    """The OS refuses the file (here: a name too long for the file system), even to root."""
    target = tmp_path / ("r" * 300 + ".html")
    with pytest.raises(ReaderInputError, match="cannot write the HTML report") as info:
        write_exports(comparison, parse_args("--html", str(target)))
    assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_dash_sends_a_text_report_to_standard_output(
    comparison: Comparison,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    write_exports(comparison, parse_args("--html", "-"))
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    write_exports(comparison, parse_args("--csv", "-"))
    assert capsys.readouterr().out.startswith("outlet,")
    assert list(tmp_path.iterdir()) == []  # no file named "-"
    with pytest.raises(ReaderInputError, match="--pdf cannot go to standard output"):
        write_exports(comparison, parse_args("--pdf", "-"))
    with pytest.raises(ReaderInputError, match="only one output can"):
        write_exports(comparison, parse_args("--html", "-", "--csv", "-"))
