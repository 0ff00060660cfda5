"""``reader compare --outlet``: which file gets which name, said or refused, never silent; and
the outlet a wire dateline names when a file names none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

DATELINED = (
    "LONDON (Reuters) - The harbour board voted on Monday to close the fish market for a month of"
    " repairs, the board said in a statement.\n\n"
    "Traders said the closure would cost them customers in the busiest weeks of the year."
)
AGENCY_ONLY = (
    "(AP) — The harbour board voted on Monday to close the fish market for a month of repairs.\n\n"
    "Traders said the closure would cost them customers in the busiest weeks of the year."
)
PLAIN = (
    "The harbour board voted on Monday to shut the fish market for a month of repairs.\n\n"
    "Furious traders said the closure would cost them customers in their busiest weeks."
)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The three texts as files in the working folder, by name (as a user types them)."""
    monkeypatch.chdir(tmp_path)
    names = {}
    for name, text in (("wire.txt", DATELINED), ("ap.txt", AGENCY_ONLY), ("herald.txt", PLAIN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        names[name.removesuffix(".txt")] = name
    return names


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(["compare", *args])
    out, err = capsys.readouterr()
    outlets = [a["outlet"] for a in json.loads(out)["articles"]] if code == 0 else []
    return code, outlets, err


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_outlet_before_the_files_is_refused_with_the_fix(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse gives --outlet every word after it; the files must not become outlet names."""
    with pytest.raises(SystemExit) as stop:
        main(["compare", "--outlet", "Harbour Wire", files["wire"], files["herald"]])
    assert stop.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    line = _one_error_line(err)
    assert "--outlet took 'wire.txt', 'herald.txt' for outlet names" in line
    assert "--outlet=NAME" in line


def test_a_file_among_the_names_after_the_files_is_refused_too(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["compare", files["wire"], "--outlet", "Harbour Wire", files["herald"]])
    assert stop.value.code == 2
    assert "--outlet took 'herald.txt' for outlet name:" in _one_error_line(capsys.readouterr().err)


def test_outlet_with_an_equals_sign_names_one_file_before_the_files(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, outlets, _ = _run(capsys, "--outlet=Harbour Wire", files["herald"], files["ap"])
    assert code == 0 and outlets[0] == "Harbour Wire"


def test_fewer_names_than_files_says_which_file_got_which(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, outlets, err = _run(capsys, files["herald"], files["wire"], "--outlet", "Quay Herald")
    assert code == 0
    assert outlets == ["Quay Herald", "Reuters"]  # the second from its dateline
    notes = [line for line in err.splitlines() if "--outlet" in line]
    assert notes == [
        "reader: note: --outlet names 1 file of 2, in order: herald.txt is 'Quay Herald';"
        " wire.txt is 'Reuters' (from the file)"
    ]


def test_a_name_for_every_file_needs_no_note(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, outlets, err = _run(capsys, files["herald"], files["wire"], "--outlet", "A", "B")
    assert code == 0 and outlets == ["A", "B"]
    assert "--outlet" not in err
    code, outlets, err = _run(capsys, files["herald"], files["wire"])  # and none needs none
    assert code == 0 and "--outlet" not in err


def test_more_names_than_files_is_bad_input(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["compare", files["herald"], "--outlet", "A", "B"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    line = _one_error_line(err)
    assert line.startswith("reader: 2 outlet names for 1 file;"), line


def test_a_wire_dateline_names_the_outlet_and_a_given_name_wins(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, outlets, _ = _run(capsys, files["wire"], files["ap"], files["herald"])
    assert code == 0
    assert outlets == ["Reuters", "AP", "herald"]  # no dateline: the file's name, as before
    code, outlets, _ = _run(capsys, files["wire"], files["ap"], "--outlet", "Desk One", "Desk Two")
    assert outlets == ["Desk One", "Desk Two"]


def test_help_says_where_the_names_go(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["compare", "--help"])
    assert stop.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "after the FILEs (--outlet A B), or one --outlet=NAME per file" in text
    assert "wire dateline" in text


def test_an_outlet_name_of_spaces_is_no_name(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A blank name would leave explanations saying ";  (2) reports the same claim": the
    article keeps the name it would have had with none given."""
    code, outlets, _ = _run(capsys, files["herald"], files["wire"], "--outlet", " ", "  ")
    assert code == 0 and outlets == ["herald", "Reuters"]
