"""Bad input end to end on the command line (issue: robust28): every file a user may give by
mistake, a batch file's malformed lines, outputs that cannot be written and library commands
with a bad id or name.

The rule under test: one plain line on stderr that names the file and says what to do, exit
code 2, nothing the user already had (an earlier output, the library) lost, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bad_inputs import ARTICLE, BAD_FILES, READABLE_FILES, bad_cases, write
from reader.cli import main

EARLIER = '{"an": "earlier comparison"}\n'


def one_line(err: str) -> str:
    """The single line of ``err``, after checking it is one line and no traceback."""
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith("reader")
    return err.rstrip("\n")


def exit_code(argv: list[str]) -> int | str | None:
    """``main``'s exit code, whether returned or, for a usage error argparse finds, raised."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path, "harbour.txt", ARTICLE)


# -- reader compare ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", bad_cases())
def test_compare_refuses_a_bad_file_in_one_line_naming_it_and_keeps_the_earlier_output(
    case: str, good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = BAD_FILES[case]
    path = bad.make(tmp_path)
    out = write(tmp_path, "comparison.json", EARLIER)
    assert main(["compare", str(good), str(path), "--json", str(out)]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"reader: {path}: ")
    assert bad.problem in line and bad.advice in line, line
    assert out.read_text(encoding="utf-8") == EARLIER


@pytest.fixture(scope="module")
def readable(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[int, str, dict[str, str]]]:
    """Each readable odd file compared with a good article: exit code, stderr, the odd file's
    article in the JSON. Run once: each comparison parses both texts."""
    folder = tmp_path_factory.mktemp("readable")
    good = write(folder, "harbour.txt", ARTICLE)
    done = {}
    for case, (name, data, _phrase) in READABLE_FILES.items():
        path = write(folder, name, data)
        out = folder / f"{len(done)}.json"
        capture = _run(["compare", str(good), str(path), "--json", str(out)])
        articles = json.loads(out.read_text(encoding="utf-8"))["articles"] if out.exists() else []
        done[case] = (
            capture[0],
            capture[1],
            next((a for a in articles if a["source"] == str(path)), {}),
        )
    return done


def _run(argv: list[str]) -> tuple[int, str]:
    """``main(argv)`` with its stderr, outside pytest's per-test capture (for module fixtures)."""
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


@pytest.mark.parametrize("case", sorted(READABLE_FILES))
def test_compare_reads_odd_encodings_and_names_as_the_text_they_hold(
    readable: dict[str, tuple[int, str, dict[str, str]]], case: str
) -> None:
    code, err, article = readable[case]
    assert code == 0, err
    assert "Traceback" not in err
    phrase = READABLE_FILES[case][2]
    assert phrase in article["text"]
    assert "\x00" not in article["text"] and "\ufffd" not in article["text"]


def test_compare_of_one_file_given_twice_compares_it_with_a_note(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "twice.json"
    assert main(["compare", str(good), str(good), "--json", str(out)]) == 0
    assert "harbour.txt is given more than once" in one_line(capsys.readouterr().err)
    articles = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert len(articles) == 2 and len({a["id"] for a in articles}) == 2
