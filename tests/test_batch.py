"""``reader batch``: one output line per input line, in order; error records; worker processes."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from alignment_texts import PAPER, TABLOID, WIRE
from batch_input import event_line, read_records, write_lines
from conftest import FIXTURES, SHARED
from reader.cli import main
from reader.commands import batch
from reader.commands.batch import parse_event

LINES = [
    event_line("e1", WIRE, TABLOID),
    "this is not JSON",
    event_line("e2", PAPER),
    json.dumps({"id": "e3", "articles": []}),
    "",
    json.dumps({"id": "e4", "articles": [{"id": "x", "text": WIRE}, {"id": "x", "text": PAPER}]}),
    event_line("e5", TABLOID, PAPER, WIRE),
]


@pytest.fixture
def batch_in(tmp_path: Path) -> Path:
    return write_lines(tmp_path / "in.jsonl", LINES)


def _batch_with_errors(tmp_path: Path, lines: list[str]) -> list[dict[str, object]]:
    """The records of a run over ``lines`` in which some lines must fail (exit code 2)."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(src, lines)
    assert main(["batch", str(src), "-o", str(out)]) == 2
    return read_records(out)


def test_output_follows_input_order_with_error_records(
    batch_in: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(batch_in), "-o", str(out), "--chunk", "2"]) == 2  # some lines failed
    records = read_records(out)
    assert [r["id"] for r in records] == ["e1", None, "e2", "e3", "e4", "e5"]
    assert [("error" in r) for r in records] == [False, True, False, True, True, False]
    assert records[1]["line"] == 2
    assert "share one id" in str(records[4]["error"])
    good = records[0]
    assert good["title"] == "Event e1"
    assert [a["id"] for a in good["articles"]] == ["e1-0", "e1-1"]  # type: ignore[union-attr]
    assert len(records[5]["articles"]) == 3  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert "6/6 events" in err and "3 errors" in err


def test_records_validate_against_the_schema(batch_in: Path, tmp_path: Path) -> None:
    schema_path = SHARED / "schema" / "comparison.schema.json"
    if not schema_path.exists():
        pytest.skip("../shared/schema is not present")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(batch_in), "-o", str(out)]) == 2  # three lines are refused
    comparisons = [r for r in read_records(out) if "error" not in r]
    assert [r["id"] for r in comparisons] == ["e1", "e2", "e5"]
    for record in comparisons:
        jsonschema.validate(record, schema)


VESSA = sorted((FIXTURES / "events" / "vessa").glob("*.txt"))


def test_a_text_without_a_title_loses_its_dateline_and_headline_as_a_file_does() -> None:
    state = next(path for path in VESSA if path.stem == "state")
    raw = state.read_text(encoding="utf-8")
    dateline, headline = raw.split("\n")[:2]
    _, _, (article,) = parse_event(event_line("vessa", raw))
    assert article.title == headline
    assert article.date == "2027-03-03" and dateline == "March 3, 2027"
    assert article.text.startswith("Police restored order in the centre of Vessa")
    assert headline not in article.text
    assert (article.id, article.outlet) == ("vessa-0", "Outlet 0")


def _flags_by_place(record: dict[str, Any]) -> list[tuple[object, ...]]:
    """The flags of a comparison with each article named by its place, not its id."""
    place = {a["id"]: i for i, a in enumerate(record["articles"])}
    return sorted(
        (place[f["article"]], f["category"], f["start"], f["end"], f["text"], f["explanation"])
        for f in record["flags"]
    )


def _alignments_by_place(record: dict[str, Any]) -> set[frozenset[tuple[int, int, int]]]:
    place = {a["id"]: i for i, a in enumerate(record["articles"])}
    return {
        frozenset((place[m["article"]], m["start"], m["end"]) for m in g["members"])
        for g in record["alignments"]
    }


def test_batch_gives_the_comparison_compare_gives_for_the_same_files(tmp_path: Path) -> None:
    """The vessa texts, given with no title: their dateline and headline ran into the first
    paragraph's sentence, which turned "Four dead after ..." into a figure clashing with the
    fire's "two people" and lost the flag on the state outlet's uncounted deaths."""
    by_file = tmp_path / "compare.json"
    assert main(["compare", *map(str, VESSA), "--json", str(by_file)]) == 0
    filed = json.loads(by_file.read_text(encoding="utf-8"))
    texts = [path.read_text(encoding="utf-8") for path in VESSA]
    outlets = [a["outlet"] for a in filed["articles"]]
    src = write_lines(tmp_path / "in.jsonl", [event_line("vessa", *texts, outlets=outlets)])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == 0
    (batched,) = read_records(out)
    fields = ("text", "title", "date", "outlet")
    assert [[a[k] for k in fields] for a in batched["articles"]] == [
        [a[k] for k in fields] for a in filed["articles"]
    ]
    assert _flags_by_place(batched) == _flags_by_place(filed)
    assert _alignments_by_place(batched) == _alignments_by_place(filed)
    state = batched["articles"][[path.stem for path in VESSA].index("state")]["id"]
    toll = [f for f in batched["flags"] if f["article"] == state and f["text"] == "deaths"]
    assert len(toll) == 1 and "give four people" in toll[0]["explanation"]
    assert not any("two people" in f["explanation"] for f in batched["flags"])


def test_an_in_process_batch_collects_less_often_and_gives_the_collector_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The young generation is collected every COLLECT_EVERY allocations while chunks are
    compared, and at the caller's own threshold once the run is over."""
    before = gc.get_threshold()
    seen: list[int] = []
    compare_chunk = batch.process_chunk

    def recording(lines: list[tuple[int, str]]) -> list[dict[str, Any]]:
        seen.append(gc.get_threshold()[0])
        return compare_chunk(lines)

    monkeypatch.setattr(batch, "process_chunk", recording)
    src = write_lines(tmp_path / "in.jsonl", ["this is not JSON"])
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert before[0] != batch.COLLECT_EVERY
    assert seen == [batch.COLLECT_EVERY]
    assert gc.get_threshold() == before


def test_a_missing_input_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.slow
def test_worker_processes_give_the_same_output(batch_in: Path, tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    main(["batch", str(batch_in), "-o", str(serial), "--chunk", "2"])
    main(["batch", str(batch_in), "-o", str(parallel), "--chunk", "2", "--workers", "2"])
    assert read_records(parallel) == read_records(serial)


def test_lines_no_event_can_survive_are_error_records_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    from reader.core.formats.base import MAX_TEXT_CHARS

    lines = [
        event_line("before", WIRE),
        json.dumps({"id": "long", "articles": [{"id": "a", "text": "word " * MAX_TEXT_CHARS}]}),
        '{"id": "surrogate", "articles": [{"id": "a", "text": "\\ud800 ' + WIRE[:200] + '"}]}',
        '{"id": "s\\udc80", "title": "t\\ud800", "articles": [{"id": "b\\udfff", "outlet":'
        ' "o\\ud800", "text": "' + WIRE[:200] + '"}]}',
        "[" * 100_000 + "]" * 100_000,
        '{"id": "digits", "n": ' + "9" * 5000 + "}",
        json.dumps({"id": "number", "articles": [{"id": "a", "text": 123}]}),
        event_line("after", PAPER),
    ]
    records = _batch_with_errors(tmp_path, lines)
    assert [r["id"] for r in records] == [
        "before",
        "long",
        "surrogate",
        "s?",
        None,
        None,
        "number",
        "after",
    ]
    assert "text too long" in str(records[1]["error"])
    assert "error" not in records[2]  # the lone surrogate is replaced; the text is compared
    assert "error" not in records[3]  # and so in ids, titles and outlets
    assert "not JSON" in str(records[4]["error"]) and "not JSON" in str(records[5]["error"])
    assert '"text" must be a string' in str(records[6]["error"])
    assert "error" not in records[7] and "error" not in records[0]


def test_an_article_in_another_script_is_an_error_record(tmp_path: Path) -> None:
    """As a file, a Chinese or Russian article is refused at ingest; in a batch the Chinese one
    came out as a comparison with no claim at all, the Russian one with meaningless flags."""
    chinese = "北京市政府周二宣布，将对进入市中心的私家车征收每日拥堵费。" * 6
    russian = (
        "Правительство Москвы объявило во вторник, что с въезжающих в центр города частных"
        " автомобилей будет взиматься ежедневная плата, сообщил представитель мэрии. "
    ) * 4
    lines = [
        json.dumps({"id": "zh", "articles": [{"id": "a", "outlet": "Xinhua", "text": chinese}]}),
        json.dumps({"id": "ru", "articles": [{"id": "a", "outlet": "TASS", "text": russian}]}),
        event_line("after", WIRE),
    ]
    zh, ru, after = _batch_with_errors(tmp_path, lines)
    assert zh["id"] == "zh" and ru["id"] == "ru"
    assert "written in Chinese" in str(zh["error"]) and "English only" in str(zh["error"])
    assert "written in Russian" in str(ru["error"]) and "English only" in str(ru["error"])
    assert "error" not in after


def test_a_worker_process_that_dies_ends_the_run_with_error_records_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A worker killed mid-chunk (OOM killer, native crash) once made Pool.imap wait for ever.
    import threading

    import batch_worker_faults
    from reader.commands import batch

    monkeypatch.setattr(batch, "_init_worker", batch_worker_faults.no_models)
    monkeypatch.setattr(batch, "process_chunk", batch_worker_faults.die_on_event_die)
    ids = ["a", "b", "die", "c", "d", "e"]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i}) + "\n" for i in ids), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    codes: list[int] = []
    args = ["batch", str(src), "-o", str(out), "--chunk", "1", "--workers", "2"]
    runner = threading.Thread(target=lambda: codes.append(main(args)), daemon=True)
    runner.start()
    runner.join(timeout=60)
    assert not runner.is_alive(), "reader batch hung after a worker process died"
    assert codes == [2]
    records = read_records(out)
    assert [r["id"] for r in records] == ids  # every line, in input order
    died = records[2]
    assert died == {
        "id": "die",
        "line": 3,
        "error": "not compared: a worker process stopped unexpectedly (killed for memory, or"
        " crashed); run this line again",
    }
    for r in records:  # finished before the worker died, or lost with the pool
        assert r == {"id": r["id"]} or r["error"] == died["error"]
    err = capsys.readouterr().err
    assert "Traceback" not in err and "6/6 events" in err


def test_ids_that_are_not_strings_are_error_records_not_made_up_ids(tmp_path: Path) -> None:
    """``"id": true`` once came out as the id "True" (a float as "1.5", an object as its Python
    repr); such a line is an error record with no id, and the lines around it are compared."""
    article = {"id": "a", "outlet": "Wire", "text": WIRE}
    lines = [
        json.dumps({"id": True, "articles": [article]}),
        json.dumps({"id": 1.5, "articles": [article]}),
        json.dumps({"id": {"n": 1}, "articles": [article]}),
        json.dumps({"id": 7, "articles": [article]}),  # a whole number is read as its digits
        json.dumps({"id": "bad-article", "articles": [{**article, "id": False}]}),
        json.dumps({"id": "bad-outlet", "articles": [{**article, "outlet": 5}]}),
        json.dumps({"id": "bad-title", "title": ["x"], "articles": [article]}),
        '{"id": "s\\udc80", "articles": []}',  # a lone surrogate in an error record's id
        event_line("after", PAPER),
    ]
    records = _batch_with_errors(tmp_path, lines)
    assert [r["id"] for r in records] == [
        None,
        None,
        None,
        "7",
        "bad-article",
        "bad-outlet",
        "bad-title",
        "s?",
        "after",
    ]
    wrong_id = 'the event\'s "id" must be a string or a whole number'
    assert [r.get("error") for r in records] == [
        wrong_id,
        wrong_id,
        wrong_id,
        None,
        'article 1: "id" must be a string or a whole number',
        'article 1: "outlet" must be a string',
        'the event\'s "title" must be a string',
        '"articles" must be a non-empty list',
        None,
    ]


def test_more_workers_than_the_machine_can_run_is_refused_before_any_work(
    batch_in: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'--workers 100000' once started a process, each loading the models, per chunk of the
    input (on Windows it ended in an internal error past 61)."""
    from reader.commands import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    out = tmp_path / "out.jsonl"
    for workers in ("9", "100000"):
        for extra in ([], ["--dask", "local"]):
            assert main(["batch", str(batch_in), "-o", str(out), "--workers", workers, *extra]) == 2
            err = capsys.readouterr().err
            assert err == (
                f"reader: --workers {int(workers):,} is more than this machine can run (at most 8);"
                " one per processor core is fastest\n"
            )
    assert not out.exists()
    assert batch.most_workers() == 8
