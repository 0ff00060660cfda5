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

from alignment_texts import PAPER, TABLOID, WIRE
from bad_inputs import ARTICLE, BAD_FILES, READABLE_FILES, bad_cases, write
from reader.cli import main
from reader.store import Library

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


# -- reader batch -----------------------------------------------------------------------------


def _event(event_id: str, *texts: str) -> str:
    return json.dumps(
        {
            "id": event_id,
            "articles": [
                {"id": f"{event_id}-{i}", "outlet": f"Outlet {i}", "text": t}
                for i, t in enumerate(texts)
            ],
        }
    )


#: A batch file's lines; the bad ones with what their error (record and stderr line) says.
BATCH_LINES: list[tuple[str, str | None]] = [
    (_event("first", WIRE, TABLOID), None),
    ("this is not JSON", "not JSON"),
    ("[1, 2, 3]", "must be a JSON object"),
    (json.dumps({"id": "no-articles", "title": "Bridge"}), '"articles" must be a non-empty list'),
    (json.dumps({"id": "no-text", "articles": [{"id": "a", "outlet": "X"}]}), 'has no "text"'),
    (
        json.dumps(
            {"id": "same-ids", "articles": [{"id": "a", "text": WIRE}, {"id": "a", "text": PAPER}]}
        ),
        "share one id",
    ),
    (json.dumps({"id": "no-one", "articles": []}), '"articles" must be a non-empty list'),
    (
        json.dumps(
            {
                "id": "sixty",
                "articles": [
                    {"id": f"a{i}", "outlet": f"Outlet {i}", "text": (WIRE, PAPER, TABLOID)[i % 3]}
                    for i in range(60)
                ],
            }
        ),
        None,
    ),
    (_event("last", PAPER, WIRE), None),
]


@pytest.fixture(scope="module")
def batch_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, int, str, list[dict[str, object]]]:
    folder = tmp_path_factory.mktemp("batch")
    src, out = folder / "events.jsonl", folder / "out.jsonl"
    src.write_text("\n".join(line for line, _ in BATCH_LINES) + "\n", encoding="utf-8")
    code, err = _run(["batch", str(src), "-o", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return src, code, err, records


@pytest.mark.parametrize("number", range(1, len(BATCH_LINES) + 1))
def test_batch_reports_each_bad_event_in_one_line_with_its_number_and_writes_the_good_ones(
    batch_run: tuple[Path, int, str, list[dict[str, object]]], number: int
) -> None:
    src, code, err, records = batch_run
    assert code == 2 and "Traceback" not in err
    record = records[number - 1]
    said = [line for line in err.splitlines() if line.startswith(f"reader: {src} line {number}")]
    expected = BATCH_LINES[number - 1][1]
    if expected is None:
        assert "error" not in record and said == []
        assert record["articles"]
        return
    assert record["line"] == number and expected in str(record["error"])
    assert len(said) == 1 and expected in said[0] and str(record["error"]) in said[0]


def test_an_event_id_with_a_line_break_or_a_terminal_code_stays_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The id is the input's text: written out raw, "two\\nlines" split the report in two and
    an escape sequence acted on the reader's terminal."""
    src = write(
        tmp_path,
        "events.jsonl",
        "".join(
            json.dumps({"id": given, "articles": []}) + "\n"
            for given in ("two\nlines", "clear\x1b[2Jscreen")
        ),
    )
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if line.startswith(f"reader: {src} line")]
    assert said == [
        f'reader: {src} line 1 (event "two\\u000alines"): "articles" must be a non-empty list',
        f'reader: {src} line 2 (event "clear\\u001b[2Jscreen"): "articles" must be a non-empty'
        " list",
    ]
    assert "\x1b" not in err


def test_batch_compares_sixty_articles_of_one_event(
    batch_run: tuple[Path, int, str, list[dict[str, object]]],
) -> None:
    record = batch_run[3][7]
    assert record["id"] == "sixty" and isinstance(record["articles"], list)
    assert len(record["articles"]) == 60


def test_batch_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["batch", "--help"])
    assert info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0 when every event was compared; 2 when" in text
    assert "naming its line number" in text and "1 for an internal error" in text


#: Batch input files that are no batch file: what the one line says, and its advice.
BAD_BATCH_INPUTS = {
    "empty file": ("no events: the file is empty", "one JSON event per line"),
    "whitespace only": ("no events: the file is empty", "one JSON event per line"),
    "folder": ("this is a folder", "give the batch file"),
    "PNG named .txt": ("not UTF-8 text", "save the batch file as UTF-8"),
    "missing file": ("no such file", "check the file's name"),
}


@pytest.mark.parametrize("case", sorted(BAD_BATCH_INPUTS))
def test_batch_refuses_an_input_that_is_no_batch_file_before_writing_anything(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = BAD_FILES[case].make(tmp_path)
    out = write(tmp_path, "out.jsonl", EARLIER)
    assert main(["batch", str(path), "-o", str(out)]) == 2
    line = one_line(capsys.readouterr().err)
    problem, advice = BAD_BATCH_INPUTS[case]
    assert line.startswith(f"reader: {path}: ") and problem in line and advice in line
    assert out.read_text(encoding="utf-8") == EARLIER


def test_batch_of_utf16_lines_asks_for_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write(tmp_path, "events.jsonl", (_event("e", WIRE) + "\n").encode("utf-16"))
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "save the batch file as UTF-8" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("missing/out.jsonl", "the folder for this file does not exist; create it or choose"),
        ("events.jsonl/out.jsonl", "the folder for this file does not exist"),
        (".", "this is a folder; give a file name for the output"),
        ("o" * 300 + ".jsonl", "cannot write this file: File name too long"),
    ],
)
def test_batch_output_that_cannot_be_created_is_refused_before_any_work(
    where: str, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write(tmp_path, "events.jsonl", "this line is not even JSON\n")
    out = tmp_path / where
    assert main(["batch", str(src), "-o", str(out)]) == 2
    line = one_line(capsys.readouterr().err)
    assert line == f"reader: {out}: {says}" or (
        line.startswith(f"reader: {out}: ") and says in line
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


# -- exports and the library ------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--json", "--html", "--csv"])
@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("missing/out", "does not exist; create it or choose another"),
        ("harbour.txt/out", "does not exist; create it or choose another"),
        (".", "names a folder; give a file name"),
        ("o" * 300, "cannot write the "),
    ],
)
def test_an_output_that_cannot_be_written_stops_compare_in_one_line(
    option: str,
    where: str,
    says: str,
    good: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / where
    assert main(["compare", str(good), option, str(out)]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"reader: {out}: ") and says in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt"]


def test_exports_over_existing_files_replace_them_whole(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    targets = {
        kind: write(tmp_path, f"old.{kind}", "an older report") for kind in ("json", "html", "csv")
    }
    argv = [arg for kind, path in targets.items() for arg in (f"--{kind}", str(path))]
    assert main(["compare", str(good), *argv]) == 0
    assert capsys.readouterr().err == ""
    for path in targets.values():
        assert "an older report" not in path.read_text(encoding="utf-8-sig")
    assert json.loads(targets["json"].read_text(encoding="utf-8"))["articles"][0]["source"] == str(
        good
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "harbour.txt",
        "old.csv",
        "old.html",
        "old.json",
    ]


@pytest.fixture
def library(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "library.sqlite"
    monkeypatch.setenv("READER_LIBRARY", str(path))
    assert main(["library", "add", str(good), "--event", "Harbour"]) == 0
    return path


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["remove", "no-such-id"], "no article with id 'no-such-id' (see 'reader library list')"),
        (["remove", "  "], "no article id given"),
        (["list", "--event", "No such event"], "no event called 'No such event'"),
        (["list", "--event", ""], "an empty event name; give the event's name"),
        (["add", "{good}", "--event", "   "], "an empty event name; give the event's name"),
        (["export", "{dir}/missing/lib.json"], "the folder for this file does not exist"),
        (["export", "{dir}"], "this is a folder; give a file name"),
        (["import", "{dir}/harbour.txt"], "not a library export"),
        (["import", "{dir}/gone.json"], "no such file"),
    ],
)
def test_library_commands_with_a_bad_id_or_name_fail_in_one_line_and_change_nothing(
    argv: list[str],
    says: str,
    library: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    given = [a.format(dir=tmp_path, good=tmp_path / "harbour.txt") for a in argv]
    assert exit_code(["library", *given]) == 2
    assert says in one_line(capsys.readouterr().err)
    with Library.open(library) as lib:
        assert [e.name for e in lib.events()] == ["Harbour"]
        assert len(lib.articles()) == 1
