"""``reader batch --dask``: the plain batch's output, computed on a real local Dask cluster.

One cluster of two worker processes (127.0.0.1 only, no dashboard) serves the whole module; the
tests reach it by its scheduler address, the way a research group reaches its own cluster. Tests
that need Dask skip cleanly when the optional extra is not installed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alignment_texts import PAPER, TABLOID, WIRE
from batch_input import event_line, read_records, write_lines
from reader.cli import main

# Good events, bad JSON, a blank line (skipped but counted in line numbers), no articles, a
# duplicate article id (rejected by compare itself), then more good events.
LINES = [
    event_line("e1", WIRE, TABLOID, PAPER),
    "this is not JSON",
    event_line("e2", PAPER),
    "",
    json.dumps({"id": "e3", "articles": []}),
    json.dumps({"id": "e4", "articles": [{"id": "x", "text": WIRE}, {"id": "x", "text": PAPER}]}),
    event_line("e5", TABLOID, WIRE),
    event_line("e6", WIRE),
    "[1, 2, 3]",
    event_line("e7", PAPER, TABLOID),
]


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    pytest.importorskip("distributed")
    from reader.distributed import local_cluster

    # Two single-threaded worker processes on 127.0.0.1, dashboard off: the `--dask local` set-up.
    with local_cluster(2) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        yield str(cluster.scheduler_address)


@pytest.fixture
def client(cluster_address: str) -> Iterator[Any]:
    from distributed import Client

    with Client(cluster_address) as c:
        yield c


@pytest.fixture
def batch_in(tmp_path: Path) -> Path:
    return write_lines(tmp_path / "in.jsonl", LINES)


@pytest.mark.slow
def test_dask_output_is_the_plain_batch_output(
    cluster_address: str, batch_in: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, dask = tmp_path / "plain.jsonl", tmp_path / "dask.jsonl"
    assert main(["batch", str(batch_in), "-o", str(plain), "--chunk", "2"]) == 2
    capsys.readouterr()
    # One event per task: later, smaller events can finish before earlier ones on two workers.
    args = ["batch", str(batch_in), "-o", str(dask), "--chunk", "1", "--dask", cluster_address]
    assert main(args) == 2
    assert dask.read_bytes() == plain.read_bytes()

    records = read_records(dask)
    assert [r["id"] for r in records] == ["e1", None, "e2", "e3", "e4", "e5", "e6", None, "e7"]
    errors = {r["line"]: r["error"] for r in records if "error" in r}
    assert sorted(errors) == [2, 5, 6, 9]  # the blank line 4 still counts
    assert "not JSON" in errors[2] and "share one id" in errors[6]
    assert len(records[0]["articles"]) == 3
    err = capsys.readouterr().err
    assert "9/9 events, 4 errors" in err and "2 workers" in err
    assert "worker memory" in err


def test_workers_load_the_models_once_when_they_join(client: Any) -> None:
    from reader.distributed import ModelLoader

    client.register_plugin(ModelLoader())

    def models_loaded() -> tuple[bool, bool]:
        from reader.core import nlp

        return nlp._nlp is not None, nlp._embedder is not None

    assert set(client.run(models_loaded).values()) == {(True, True)}


def test_a_failed_task_becomes_error_records_for_its_lines(client: Any) -> None:
    from reader.distributed import _collect

    def crash(_lines: object) -> None:
        raise MemoryError("worker ran out of memory")

    part = [(3, event_line("e9", WIRE)), (4, "not json")]
    records = _collect(part, client.submit(crash, part, pure=False))
    assert records == [
        {"id": "e9", "line": 3, "error": "internal error: MemoryError: worker ran out of memory"},
        {"id": None, "line": 4, "error": "internal error: MemoryError: worker ran out of memory"},
    ]


def test_input_is_read_lazily_with_a_bounded_number_of_chunks_in_flight(client: Any) -> None:
    from reader.distributed import distributed_results

    pulled: list[int] = []

    def chunks() -> Iterator[list[tuple[int, str]]]:
        for n in range(1, 7):
            pulled.append(n)
            yield [(n, "not json")]

    results = distributed_results(client, chunks(), in_flight=2)
    first = next(results)
    assert first[0]["line"] == 1
    assert len(pulled) == 2  # the third chunk is not read before the first is written
    rest = list(results)
    assert [r[0]["line"] for r in rest] == [2, 3, 4, 5, 6]


def test_an_unreachable_scheduler_is_a_one_line_error(
    tmp_path: Path, batch_in: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    pytest.importorskip("distributed")
    import reader.distributed

    monkeypatch.setattr(reader.distributed, "CONNECT_TIMEOUT", 1.0)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(batch_in), "-o", str(out), "--dask", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err[0]
    assert not out.exists()  # nothing written for a run that never started


def test_a_bad_input_file_fails_before_connecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b'{"id": "e1", "articles": [{"id": "a", "text": "Caf\xe9 owners."}]}\n')
    # A scheduler address nobody listens on: the input check must come first.
    args = ["batch", str(bad), "-o", str(tmp_path / "o.jsonl"), "--dask", "tcp://127.0.0.1:9"]
    assert main(args) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_without_dask_the_option_says_how_to_install_it(
    tmp_path: Path, batch_in: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.delitem(sys.modules, "reader.distributed", raising=False)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    assert main(["batch", str(batch_in), "-o", str(tmp_path / "o.jsonl"), "--dask"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'parallax-reader[dask]'" in err


@pytest.mark.slow
def test_dask_local_starts_its_own_cluster(
    batch_in: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    plain, dask = tmp_path / "plain.jsonl", tmp_path / "dask.jsonl"
    main(["batch", str(batch_in), "-o", str(plain)])
    assert main(["batch", str(batch_in), "-o", str(dask), "--dask", "local", "--workers", "2"]) == 2
    assert dask.read_bytes() == plain.read_bytes()
    err = capfd.readouterr().err  # the file descriptor: worker processes write there too
    assert "2 workers" in err and "Traceback" not in err
