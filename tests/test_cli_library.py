"""``reader library ...`` end to end through the real command-line entry point."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.store import Library
from reader.store.demo import demo_dir

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
RECORD_KEYS = {"id", "outlet", "title", "author", "date", "source", "event"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "cli-library.sqlite"


@pytest.fixture
def demo_files() -> list[Path]:
    return [
        demo_dir() / "northline-press.txt",
        demo_dir() / "westhaven-courier.html",
        demo_dir() / "harbour-voice.html",
    ]


def test_add_seed_and_pages_then_list_and_search(
    capsys: pytest.CaptureFixture[str], library: Path, seed_path: Path
) -> None:
    pages = [PAGES / "meridian_macron_china.html", PAGES / "harbour_macron_china.html"]
    lib = str(library)
    code, out, err = run(
        capsys, "--library", lib, "library", "add", str(seed_path), *map(str, pages), "--event", "X"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3
    for line in lines:
        article_id, outlet, title = line.split("\t")
        assert len(article_id) == 16 and outlet and title

    listed = run_json(capsys, "--library", lib, "library", "list", "--json")
    assert len(listed) == 3
    assert all(set(item) == RECORD_KEYS for item in listed)
    assert [item["id"] for item in listed] == [line.split("\t")[0] for line in lines]
    by_source = {Path(item["source"]).name: item for item in listed}
    assert by_source["meridian_macron_china.html"]["outlet"] == "Meridian Wire"
    assert by_source["harbour_macron_china.html"]["outlet"] == "The Harbour Times"
    assert by_source["meridian_macron_china.html"]["date"].startswith("2024-11-21")
    assert by_source["harbour_macron_china.html"]["date"].startswith("2024-11-21")
    assert {item["event"] for item in listed} == {"X"}

    found = run_json(capsys, "--library", lib, "library", "search", "Bonne", "--json")
    assert {item["id"] for item in found} == {item["id"] for item in listed}
    assert all(set(item) == RECORD_KEYS for item in found)


def test_library_option_and_environment_agree(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    code, _, err = run(capsys, "--library", str(library), "library", "add", str(demo_files[0]))
    assert code == 0, err
    assert library.exists()
    os.environ["READER_LIBRARY"] = str(library)  # conftest restores it after the test
    listed = run_json(capsys, "library", "list", "--json")
    assert [item["outlet"] for item in listed] == ["Northline Press"]


def test_bad_paths_fail_alone_with_exit_2(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path], tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-page.html"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    argv = ["--library", str(library), "library", "add"]
    code, out, err = run(capsys, *argv, str(missing), str(demo_files[1]), str(empty))
    assert code == 2
    assert len(out.splitlines()) == 1 and "The Westhaven Courier" in out
    err_lines = err.splitlines()
    assert len(err_lines) == 2
    assert str(missing) in err_lines[0] and str(empty) in err_lines[1]
    assert all(line.startswith("reader: ") for line in err_lines)
    listed = run_json(capsys, "--library", str(library), "library", "list", "--json")
    assert [item["outlet"] for item in listed] == ["The Westhaven Courier"]


def test_add_overrides_and_duplicates(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    lib = str(library)
    code, out, _ = run(
        capsys,
        *("--library", lib, "library", "add", str(demo_files[2])),
        *("--outlet", "HV", "--title", "Charge approved", "--date", "2026-11-26"),
    )
    assert code == 0
    assert out.split("\t")[1:] == ["HV", "Charge approved\n"]
    # The same text again is the same article: same id, nothing new listed.
    code, again, _ = run(capsys, "--library", lib, "library", "add", str(demo_files[2]))
    assert code == 0 and again.split("\t")[0] == out.split("\t")[0]
    (item,) = run_json(capsys, "--library", lib, "library", "list", "--json")
    assert (item["outlet"], item["title"], item["date"]) == ("HV", "Charge approved", "2026-11-26")

    with Library.open(library) as opened:
        assert opened.article(item["id"]).outlet_source == "given"  # named, not the file's

    with pytest.raises(SystemExit) as info:
        main(["--library", lib, "library", "add", str(demo_files[0]), "--date", "last Tuesday"])
    assert info.value.code == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_the_same_text_again_takes_an_outlet_named_on_the_command_line(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    """Re-adding a stored text with another --outlet once kept the old outlet without a word."""
    base = ("--library", str(library), "library", "add", str(demo_files[0]))
    code, out, _ = run(capsys, *base, "--outlet", "Wire")
    article_id, _, title = out.rstrip("\n").split("\t")
    assert code == 0 and title
    code, out, err = run(capsys, *base, "--outlet", "Tabloid", "--title", "Charge")
    assert code == 0 and out.split("\t") == [article_id, "Tabloid", "Charge\n"]
    assert err.splitlines() == [
        f"reader: note: {demo_files[0]} was in the library already ({article_id}); it takes the"
        f" outlet 'Tabloid' (was 'Wire'), the title 'Charge' (was '{title}')"
    ]
    # Without a name, what the file says does not replace what is stored (as when the app
    # opens the file again): the stored outlet may be the user's correction.
    code, out, err = run(capsys, *base)
    assert code == 0 and out.split("\t")[1] == "Tabloid" and err == ""
    (item,) = run_json(capsys, "--library", str(library), "library", "list", "--json")
    assert (item["id"], item["outlet"], item["title"]) == (article_id, "Tabloid", "Charge")
    with Library.open(library) as opened:
        assert opened.article(article_id).outlet_source == "given"


def test_table_output_is_aligned(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    lib = str(library)
    run(capsys, "--library", lib, "library", "add", *map(str, demo_files), "--event", "Charge")
    code, out, _ = run(capsys, "--library", lib, "library", "list")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["ID", "OUTLET", "DATE", "TITLE", "EVENT"]
    assert len(rows) == 3
    for column in ("OUTLET", "DATE", "TITLE"):
        start = header.index(column)
        for row in rows:
            assert row[start - 2 : start] == "  " and row[start] != " ", (column, row)
    assert "The Westhaven Courier" in out and "2026-11-24" in out

    code, out, _ = run(capsys, "--library", lib, "library", "events")
    header, row = out.splitlines()
    assert header.split() == ["ID", "EVENT", "ARTICLES", "CREATED"]
    assert row.split()[:3] == ["1", "Charge", "3"]


def test_list_event_search_events_and_remove(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    lib = str(library)
    base = ("--library", lib, "library")
    run(capsys, *base, "add", str(demo_files[0]), "--event", "Wire only")
    run(capsys, *base, "add", str(demo_files[1]), str(demo_files[2]), "--event", "Partisan")

    partisan = run_json(capsys, *base, "list", "--event", "partisan", "--json")
    assert [i["outlet"] for i in partisan] == ["The Westhaven Courier", "Harbour Voice"]
    code, _, err = run(capsys, *base, "list", "--event", "Nope")
    assert code == 2 and len(err.splitlines()) == 1 and "Nope" in err

    # Best match first: only the Courier says "cash grab", in its title and its text.
    hits = run_json(capsys, *base, "search", "cash", "grab", "--json")
    assert hits[0]["outlet"] == "The Westhaven Courier"
    # Odd input is never an error.
    for query in ('"NEAR(', "AND OR", "-", "*", "Zürich’s"):
        code, _, err = run(capsys, *base, "search", query, "--json")
        assert code == 0, (query, err)

    events = run_json(capsys, *base, "events", "--json")
    assert [(e["name"], e["articles"]) for e in events] == [("Wire only", 1), ("Partisan", 2)]
    assert all(set(e) == {"id", "name", "articles", "created"} for e in events)

    victim = partisan[0]["id"]
    code, out, _ = run(capsys, *base, "remove", victim[:8])  # a unique prefix is enough
    assert code == 0 and victim in out
    remaining = run_json(capsys, *base, "list", "--json")
    assert victim not in {i["id"] for i in remaining} and len(remaining) == 2
    code, _, err = run(capsys, *base, "remove", victim)
    assert code == 2 and "no article" in err


def _exported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_files: list[Path]
) -> tuple[str, str, Path]:
    """A first library holding the demo event, its export, and the path of a second library."""
    first, second = str(tmp_path / "one.sqlite"), str(tmp_path / "two.sqlite")
    export = tmp_path / "export.json"
    run(capsys, "--library", first, "library", "add", *map(str, demo_files), "--event", "Charge")
    code, out, _ = run(capsys, "--library", first, "library", "export", str(export))
    assert code == 0 and "3 articles" in out
    return first, second, export


def test_export_and_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_files: list[Path]
) -> None:
    first, second, export = _exported(capsys, tmp_path, demo_files)
    code, out, _ = run(capsys, "--library", second, "library", "import", str(export))
    assert code == 0 and "3 articles" in out
    one = run_json(capsys, "--library", first, "library", "list", "--json")
    two = run_json(capsys, "--library", second, "library", "list", "--json")
    assert one == two
    code, _, err = run(capsys, "--library", second, "library", "import", str(demo_files[0]))
    assert code == 2 and len(err.splitlines()) == 1


def test_export_over_the_library_file_is_refused(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    run(capsys, "--library", str(library), "library", "add", *map(str, demo_files))
    code, out, err = run(capsys, "--library", str(library), "library", "export", str(library))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"reader: {library}: this is the library's own file; give the export a name of its own"
    ]
    listed = run_json(capsys, "--library", str(library), "library", "list", "--json")
    assert len(listed) == len(demo_files)


def test_import_of_a_title_that_is_a_number_is_refused_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_files: list[Path]
) -> None:
    _, second, export = _exported(capsys, tmp_path, demo_files)
    document = json.loads(export.read_text(encoding="utf-8"))
    document["articles"][2]["title"] = 123
    export.write_text(json.dumps(document), encoding="utf-8")
    run(capsys, "--library", second, "library", "add", str(demo_files[0]))
    before = run_json(capsys, "--library", second, "library", "list", "--json")
    code, out, err = run(capsys, "--library", second, "library", "import", str(export))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"reader: {export}: not a valid library export (article 3"
        f" ('{document['articles'][2]['id']}'): 'title' must be text or null, not a number)"
    ]
    assert run_json(capsys, "--library", second, "library", "list", "--json") == before


def test_check_damage_and_recover(
    capsys: pytest.CaptureFixture[str], library: Path, demo_files: list[Path]
) -> None:
    lib = str(library)
    run(capsys, "--library", lib, "library", "add", *map(str, demo_files))
    code, out, _ = run(capsys, "--library", lib, "library", "check")
    assert code == 0 and out.startswith("ok:") and "3 articles" in out
    with Library.open(library) as opened:
        opened.make_backup()

    library.write_bytes(b"\x00garbage\x00" * 4000)
    code, out, err = run(capsys, "--library", lib, "library", "list")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "damaged" in err and "--recover" in err

    code, out, err = run(capsys, "--library", lib, "library", "check", "--recover")
    assert code == 0, err
    assert "restored the backup" in out and "ok:" in out
    listed = run_json(capsys, "--library", lib, "library", "list", "--json")
    assert len(listed) == 3


def test_a_one_byte_file_as_the_library_is_refused_with_exit_2_and_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"\x00")
    code, out, err = run(capsys, "--library", str(path), "library", "list")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"reader: {path}: not a library file; give the path of a library,"
        " or of a new file to start one"
    ]
    assert path.read_bytes() == b"\x00"


def test_another_programs_database_as_the_library_is_refused_with_exit_2_and_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.executemany(
        "INSERT INTO moz_places (url) VALUES (?)", [(f"https://example.org/{i}",) for i in range(9)]
    )
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for action in ("list", "check"):
        code, out, err = run(capsys, "--library", str(path), "library", action)
        assert code == 2 and out == ""
        assert err.splitlines() == [
            f"reader: {path}: is a database of another program; Parallax Reader left it unchanged"
        ]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]


def test_missing_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["library"])
    assert info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_mistyped_library_path_is_not_created_by_reading_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder" / "lib.sqlite"
    for action in (["list"], ["events"], ["search", "bridge"], ["check"]):
        code, _, err = run(capsys, "--library", str(missing), "library", *action)
        assert code == 2 and "no library at this path" in err
    assert not missing.parent.exists()
    with pytest.raises(SystemExit) as usage:
        main(["library", "search", "bridge", "--limit", "0"])
    assert usage.value.code == 2 and "must be from 1" in capsys.readouterr().err


def test_removing_an_empty_id_removes_nothing(
    capsys: pytest.CaptureFixture[str], library: Path, seed_path: Path
) -> None:
    """An empty id is the start of every id: a script whose $ID is unset must not delete one."""
    lib = str(library)
    code, _, err = run(capsys, "--library", lib, "library", "add", str(seed_path))
    assert code == 0, err
    for blank in ("", "  "):
        code, out, err = run(capsys, "--library", lib, "library", "remove", blank)
        assert code == 2 and "no article id given" in err and "removed" not in out
    assert len(run_json(capsys, "--library", lib, "library", "list", "--json")) == 1
