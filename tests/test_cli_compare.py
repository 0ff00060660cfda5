"""``reader compare``: schema-valid JSON, ids and sources, outlet overrides, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from alignment_texts import PAPER, TABLOID, WIRE
from conftest import SHARED
from reader.cli import main
from reader.store import Library

SCHEMA = SHARED / "schema" / "comparison.schema.json"


@pytest.fixture
def schema() -> dict[str, object]:
    if not SCHEMA.exists():
        pytest.skip("../shared/schema is not present")
    loaded: dict[str, object] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    out = []
    for name, text in (("wire.txt", WIRE), ("tabloid.txt", TABLOID), ("paper.txt", PAPER)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def test_three_files_give_schema_valid_json_on_stdout(
    files: list[Path], schema: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(p) for p in files]
    assert main(["compare", *args, "--outlet", "Wire", "Tabloid"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, schema)
    assert [a["source"] for a in data["articles"]] == args
    assert [a["outlet"] for a in data["articles"]][:2] == ["Wire", "Tabloid"]
    assert len({a["id"] for a in data["articles"]}) == 3
    assert data["alignments"], "the three reports share facts"
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for g in data["alignments"]:
        assert len({m["article"] for m in g["members"]}) >= 2
        for m in g["members"]:
            assert texts[m["article"]][m["start"] : m["end"]].strip()


def test_one_file_is_allowed_and_json_goes_to_the_file(
    files: list[Path], schema: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    assert main(["compare", str(files[1]), "--json", str(out)]) == 0
    assert capsys.readouterr().out == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 1
    assert data["alignments"] == []


def test_the_same_file_twice_gets_two_columns(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(files[0]), str(files[0])]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert len({a["id"] for a in data["articles"]}) == 2
    assert f"{files[0].name} is given more than once" in captured.err  # allowed, but said


def test_report_options_are_wired_in(files: list[Path], tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    out = tmp_path / "out.json"
    assert (
        main(["compare", str(files[0]), str(files[2]), "--json", str(out), "--html", str(html)])
        == 0
    )
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


@pytest.mark.parametrize(
    "extra",
    [
        ["missing.txt"],
        ["--outlet", "A", "B", "C", "D"],
        ["https://news.example/story"],
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    files: list[Path], extra: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = [str(tmp_path / e) if e.endswith(".txt") else e for e in extra]
    assert main(["compare", str(files[0]), *missing]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: ")
    if extra[0].startswith("https:"):
        assert "a web address, not a file" in lines[0] and "Open URL" in lines[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "中国外交部周五发布了关于乌克兰危机政治解决的中国立场文件，共十二点。"
            "文件呼吁尊重各国主权，停止敌对行动，恢复和谈。",
            "Chinese",
        ),
        (
            "Министерство иностранных дел России заявило в пятницу, что переговоры будут"
            " продолжены, и что это решение поддержали в правительстве.",
            "Russian",
        ),
        (
            "대통령은 화요일 중국과의 협상이 앞으로 몇 주 안에 재개될 것이라고 말했다고 정부"
            " 고문이 전했다.",
            "Korean",
        ),
    ],
    ids=["zh", "ru", "ko"],
)
def test_an_article_in_another_script_is_refused_in_one_line_that_names_the_language(
    files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, name: str
) -> None:
    foreign = tmp_path / "agency.txt"
    foreign.write_text(text, encoding="utf-8")
    assert main(["compare", str(files[0]), str(foreign)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and str(foreign) in lines[0]
    assert f"written in {name}" in lines[0] and "in English only" in lines[0]


def test_compare_uses_the_libraries_lexicon_edits_like_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.store.library import Library

    article = tmp_path / "op-ed.txt"
    article.write_text(
        "The regime announced a sham inquiry into the harbour fees on Monday.\n", encoding="utf-8"
    )
    library = tmp_path / "lib" / "library.sqlite"
    monkeypatch.setenv("READER_LIBRARY", str(library))

    def flagged(*extra: str) -> set[str]:
        assert main(["compare", str(article), *extra]) == 0
        flags = json.loads(capsys.readouterr().out)["flags"]
        return {f["text"].lower() for f in flags if f["category"] != "opinion"}

    bundled = flagged()
    assert any("sham" in t for t in bundled)
    assert not library.exists(), "reading edits must not create a library"

    with Library.open(library) as lib:
        lib.set_user_lexicon_entry("sham", "loaded", action="remove")
        lib.set_user_lexicon_entry("harbour fees", "loaded", note="our class's example")
    edited = flagged()
    assert not any("sham" in t for t in edited)
    assert any("harbour fees" in t for t in edited)
    assert flagged("--bundled-lexicon") == bundled


def test_written_files_are_ordinary_files_not_private_temporaries(
    files: list[Path], tmp_path: Path
) -> None:
    import os
    import stat

    out, report = tmp_path / "out.json", tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        assert main(["compare", str(files[0]), "--json", str(out), "--html", str(report)]) == 0
    finally:
        os.umask(old)
    for path in (out, report):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    assert not list(tmp_path.glob(".*.part")) and not list(tmp_path.glob(".*.tmp"))


def test_an_output_never_overwrites_an_input_or_another_output(
    files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files[0].read_bytes()
    assert main(["compare", str(files[0]), str(files[1]), "--json", str(files[0])]) == 2
    assert files[0].read_bytes() == before
    assert "one of the input files" in capsys.readouterr().err
    same = tmp_path / "out"
    assert main(["compare", *map(str, files[:2]), "--json", str(same), "--csv", str(same)]) == 2
    assert not same.exists()
    src = tmp_path / "in.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    assert main(["batch", str(src), "-o", str(src)]) == 2
    assert src.read_text(encoding="utf-8") == "{}\n"


def test_a_link_is_written_through_and_stays_a_link(files: list[Path], tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert main(["compare", *map(str, files[:2]), "--json", str(link)]) == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["schema"] == "reader.comparison/1"


def test_standard_output_that_cannot_be_written_is_a_one_line_error(
    files: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["compare", *map(str, files[:2])]) == 2
    assert capsys.readouterr().err.strip() == "reader: cannot write output: No space left on device"


def test_a_short_write_to_redirected_output_is_finished_or_reported(
    files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A nearly full disk takes part of a write: the rest is written after it or the run fails,
    never dropped in silence (Python's buffered stream drops it)."""
    import os
    import sys

    from reader.core import files as files_module

    real_write = os.write
    room = {"bytes": 10**9}

    def short_write(fd: int, data: bytes | memoryview) -> int:
        if room["bytes"] <= 0:
            raise OSError(28, "No space left on device")
        taken = min(len(data), 4096, room["bytes"])
        room["bytes"] -= taken
        return real_write(fd, bytes(data[:taken]))

    monkeypatch.setattr(files_module.os, "write", short_write)
    with (tmp_path / "out.json").open("w", encoding="utf-8") as out:
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["compare", *map(str, files[:2])]) == 0
    whole = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert whole["schema"] == "reader.comparison/1"

    room["bytes"] = 8192
    with (tmp_path / "cut.json").open("w", encoding="utf-8") as out:
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["compare", *map(str, files[:2])]) == 2
    assert capsys.readouterr().err.strip() == "reader: cannot write output: No space left on device"


def test_no_display_gives_a_one_line_error_and_a_typo_names_the_command(
    files: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([str(files[0])]) == 2
    assert "no display" in capsys.readouterr().err
    monkeypatch.setenv("DISPLAY", ":987")  # a stale local display: its socket is gone
    assert main([str(files[0])]) == 2
    assert "no display" in capsys.readouterr().err
    monkeypatch.delenv("DISPLAY")
    assert main(["compar", str(files[0])]) == 2
    assert "did you mean 'compare'" in capsys.readouterr().err
    assert main(["--library", str(files[0]), "libary", "list"]) == 2
    assert "did you mean 'library'" in capsys.readouterr().err


def test_hard_links_and_link_loops_are_refused_in_one_line(
    files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    src = tmp_path / "in.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    hard = tmp_path / "hard.jsonl"
    os.link(src, hard)
    assert main(["batch", str(src), "-o", str(hard)]) == 2
    assert src.read_text(encoding="utf-8") == "{}\n"
    loop = tmp_path / "loop1"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    assert main(["compare", *map(str, files[:2]), "--json", str(loop)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "a loop of symbolic links" in err


def test_bytes_that_are_not_utf8_in_names_and_options_are_shown_replaced(
    files: list[Path], tmp_path: Path
) -> None:
    import os

    odd = os.fsdecode(os.fsencode(str(tmp_path)) + b"/odd\xffname.txt")
    Path(odd).write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.json"
    title = os.fsdecode(b"T\xff")  # what Python makes of such an argument
    assert main(["compare", odd, str(files[1]), "--title", title, "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"][0]["source"].endswith("odd\ufffdname.txt")


def test_json_dash_is_standard_output_even_with_a_report(
    files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "flags.csv"
    assert main(["compare", *map(str, files[:2]), "--json", "-", "--csv", str(csv)]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == "reader.comparison/1"
    assert csv.exists() and not Path("-").exists()


def test_articles_about_different_events_get_a_note_and_are_still_written(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    events = Path(__file__).parent / "fixtures" / "events"
    unrelated = [events / "wage" / "wire.txt", events / "shelter" / "wire.txt"]
    assert main(["compare", *map(str, unrelated)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["schema"] == "reader.comparison/1"
    # A minimum-wage story and a shelter story: their budget offices' two cost estimates
    # ($210 million, $38 million) are different facts, so nothing lines up.
    assert captured.err.strip() == (
        "reader: note: no claim lines up across these articles; they may report different events"
    )
    assert main(["compare", *map(str, files)]) == 0
    assert "note" not in capsys.readouterr().err


def test_articles_sharing_one_claim_only_get_the_few_claims_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two stories of different events that both end on the same statement: one claim lines up,
    so the note says they share few claims rather than none."""
    events = Path(__file__).parent / "fixtures" / "events"
    shared = (
        "\n\nThe state's attorney general said on Wednesday she would review the decision"
        " before the end of the month.\n"
    )
    paths = []
    for event in ("wage", "shelter"):
        path = tmp_path / f"{event}.txt"
        path.write_text((events / event / "wire.txt").read_text(encoding="utf-8") + shared)
        paths.append(str(path))
    assert main(["compare", *paths]) == 0
    assert capsys.readouterr().err.strip() == (
        "reader: note: these articles share few claims; they may not be about the same event"
    )


def test_two_outputs_on_standard_output_are_refused_before_any_work(
    files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(files[0]), str(files[1]), "--json", "-", "--csv", "-"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "only one output can" in err
    assert main(["compare", str(files[0]), "--html", "-"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")  # the report, not the JSON


def test_a_bug_is_one_line_for_the_user_and_a_traceback_in_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader import cli

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken() -> int:
        raise RuntimeError("an engine bug")

    assert cli._guarded(broken) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError: an engine bug)" in err
    assert "Traceback" not in err
    (log,) = (tmp_path / "state").rglob("parallax-reader.log")
    assert "Traceback" in log.read_text(encoding="utf-8") and str(log) in err


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", ""],
        ["compare", "{a}", "--json", ""],
        ["compare", "{a}", "--csv", ""],
        ["batch", "", "-o", "{out}"],
        ["batch", "{a}", "-o", ""],
        ["library", "add", ""],
        ["library", "export", ""],
        ["library", "import", ""],
        ["--library", "", "library", "list"],
    ],
)
def test_an_empty_file_name_is_called_one(
    argv: list[str],
    files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An unset shell variable ("$OUT") once became ".", the current folder: "this is a folder",
    a traceback from 'library export', or output aimed at the folder the command ran in."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "lib.sqlite"))
    given = [a.format(a=files[0], out=tmp_path / "out.jsonl") for a in argv]
    with pytest.raises(SystemExit) as info:
        main(given)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("an empty file name; give a file's path\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in files)


def test_an_output_never_overwrites_the_library(
    files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The library is read by 'reader compare' (the user's lexicon edits); '--json' or 'batch
    -o' naming it once replaced the user's library with a comparison."""
    library = tmp_path / "lib.sqlite"
    monkeypatch.setenv("READER_LIBRARY", str(library))
    with Library.open(library) as lib:
        lib.set_user_lexicon_entry("cash grab", "loaded")
    before = library.read_bytes()
    src = tmp_path / "in.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    for argv in (
        ["compare", *map(str, files[:2]), "--json", str(library)],
        ["compare", *map(str, files[:2]), "--html", str(tmp_path / "lib.sqlite-wal")],
        ["batch", str(src), "-o", str(library)],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "names the library's own file" in err
    assert library.read_bytes() == before
    with Library.open(library) as lib:
        assert [e.term for e in lib.user_lexicon()] == ["cash grab"]


@pytest.mark.parametrize(
    ("option", "target", "message"),
    [
        (
            "--json",
            "missing/out.json",
            "the folder for the comparison JSON does not exist; create it or choose another",
        ),
        ("--json", ".", "--json names a folder; give a file name"),
        (
            "--csv",
            "missing/out.csv",
            "the folder for the CSV report does not exist; create it or choose another",
        ),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_analysis(
    option: str,
    target: str,
    message: str,
    files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A missing folder for --json was found only after the whole analysis had run."""
    import reader.core.compare

    def no_analysis(*args: object, **kwargs: object) -> None:
        raise AssertionError("the analysis ran before the output was checked")

    monkeypatch.setattr(reader.core.compare, "compare", no_analysis)
    monkeypatch.chdir(tmp_path)
    assert main(["compare", *map(str, files[:2]), option, target]) == 2
    assert capsys.readouterr().err == f"reader: {target}: {message}\n"


@pytest.mark.parametrize(
    "raw",
    [
        b"Q:\nA:",
        "We spoke to Ana Ruiz.\r\n\r\nQ: Why?\r\n\r\nA: It is a “shameless” scam 😀.\r\n\r\nQ: And?"
        "\r\n\r\nA:".encode(),
        "\u200fQ: Is it fair?\n\u200fA: \u200fA witch hunt, the jury heard.\nQ: Sure?\nA:".encode(),
        b"Hi",
    ],
    ids=["labels-only", "crlf-curly-emoji-label-at-end", "rtl-marks", "one-token"],
)
def test_odd_transcripts_give_schema_valid_json_with_spans_inside_the_text(
    raw: bytes, schema: dict[str, object], tmp_path: Path
) -> None:
    source, out = tmp_path / "odd.txt", tmp_path / "odd.json"
    source.write_bytes(raw)
    assert main(["compare", str(source), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    (article,) = data["articles"]
    assert "\r" not in article["text"]
    size = len(article["text"])
    assert article["claims"], "a text with words holds a claim"
    for item in [*article["claims"], *data["flags"]]:
        assert 0 <= item["start"] < item["end"] <= size, item
        span = (item.get("attribution") or {}).get("speaker_span")
        if span:
            assert 0 <= span[0] < span[1] <= size, item
