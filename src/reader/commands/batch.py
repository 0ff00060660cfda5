"""``reader batch IN.jsonl -o OUT.jsonl [--workers N]``: compare many events, one per line.

Input lines are ``{"id", "title"?, "articles": [{"id", "outlet", "title"?, "text"}]}``; each output
line is the comparison JSON of the input line at the same position, with the ids given. A line that
cannot be compared becomes ``{"id", "line", "error"}`` and the rest go on; the exit code is then 2.

Throughput: lines travel to workers in chunks; a worker parses the texts of many events together
with ``nlp.parse_many`` (spaCy's ``pipe`` batches far better than one text at a time) and then
compares each event, whose parses now come from the cache. ``--workers N`` runs N spawned processes
(safe on Windows and macOS), each loading the models once. Should a worker process die (the OOM
killer, a native crash), the lines not finished by then become error records and the run ends
rather than waiting for ever. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Final

from reader.commands.exports import check_outputs
from reader.commands.paths import check_output, file_path
from reader.core.errors import ReaderInputError
from reader.core.ingest import article_from_text
from reader.core.model import UNKNOWN_OUTLET, Article

#: Events per chunk sent to a worker, and texts parsed together at most (the parse cache holds 256).
CHUNK_EVENTS: Final = 8
PARSE_TEXTS: Final = 96
#: Allocations between two young-generation collections while a batch compares (Python's: 700).
COLLECT_EVERY: Final = 10_000
#: The error record of a line lost with a worker process (see :func:`results`).
WORKER_LOST: Final = (
    "not compared: a worker process stopped unexpectedly (killed for memory, or crashed);"
    " run this line again"
)

#: Characters a terminal acts on rather than shows: C0 and C1 controls and DEL.
_CONTROLS: Final = re.compile(r"[\x00-\x1f\x7f-\x9f]")

Line = tuple[int, str]  # (1-based line number, raw text)
Record = dict[str, Any]


#: What ``reader batch --help`` says of the exit status, for scripts that run it.
EXIT_STATUS: Final = (
    "Exit status: 0 when every event was compared; 2 when IN.jsonl or OUT.jsonl cannot be used"
    " (nothing is compared), or when some events could not be: each of those is one line on"
    " standard error naming its line number, and an error record at its place in OUT.jsonl,"
    " while the other events are compared and written; 1 for an internal error."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EXIT_STATUS
    parser.add_argument("input", type=file_path, metavar="IN.jsonl", help="one event per line")
    parser.add_argument(
        "-o", "--output", type=file_path, required=True, metavar="OUT.jsonl", help="where to write"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="parallel worker processes (default 1: in this process)",
    )
    parser.add_argument(
        "--chunk", type=int, default=CHUNK_EVENTS, metavar="N", help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address, or 'local' for --workers local processes"
        " (needs the 'dask' extra; see docs/BATCH.md)",
    )


# -- one event ------------------------------------------------------------------------------------


def parse_event(raw: str) -> tuple[str, str | None, list[Article]]:
    """The event id, title and articles of one input line; ``ReaderInputError`` when malformed."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ReaderInputError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, arrays 100,000 deep
        raise ReaderInputError(f"not JSON this program can read ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise ReaderInputError("a line must be a JSON object with an id and articles")
    event_id = _given_id(data, "the event", 'the event\'s "id"')
    raw_articles = data.get("articles")
    if not isinstance(raw_articles, list) or not raw_articles:
        raise ReaderInputError('"articles" must be a non-empty list')
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise ReaderInputError('the event\'s "title" must be a string')
    articles = [_article(a, i) for i, a in enumerate(raw_articles, start=1)]
    return _clean(event_id), _clean(title) if title is not None else None, articles


def _id_text(value: object) -> str | None:
    """An id as given: a string, or a whole number taken as its digits (``7`` is ``"7"``).

    ``true``, ``1.5`` or an object are no ids: ``str()`` would make them ``"True"``, ``"1.5"``
    or a Python dict's repr, ids nobody wrote.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _given_id(data: Mapping[str, Any], what: str, field: str) -> str:
    """The ``id`` of ``data``, or ``ReaderInputError``: ``what`` has none, or ``field`` (how the
    message names the id) is of the wrong type."""
    if data.get("id") in (None, ""):
        raise ReaderInputError(f'{what} has no "id"')
    given = _id_text(data["id"])
    if given is None:
        raise ReaderInputError(f"{field} must be a string or a whole number")
    return given


def _optional_text(data: Mapping[str, Any], field: str, n: int) -> str | None:
    """An article's ``outlet`` or ``title``: a string, or absent or null; a number or a list is
    refused rather than dropped, as ``text`` of the wrong type is."""
    value = data.get(field)
    if value is not None and not isinstance(value, str):
        raise ReaderInputError(f'article {n}: "{field}" must be a string')
    return value


def _clean(text: str) -> str:
    """A lone surrogate ("\\ud800") is valid JSON but not text: it could never be written out."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _article(data: object, n: int) -> Article:
    """Article ``n`` of a line, its text read as a plain-text file's is
    (:func:`reader.core.ingest.article_from_text`): a dateline and headline the text opens with
    become its date and title. Taken as body, they ran into the first paragraph as one sentence,
    and the same text gave another comparison here than from a file or the paste box."""
    if not isinstance(data, Mapping):
        raise ReaderInputError(f"article {n} is not an object")
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise ReaderInputError(f'article {n}: "text" must be a string')
    if not isinstance(text, str) or not text.strip():
        raise ReaderInputError(f'article {n} has no "text"')
    outlet, title = (_optional_text(data, field, n) for field in ("outlet", "title"))
    try:
        # Ingest also refuses what a file would be refused for: a text over the length limit, or
        # one in a script the engine cannot read (it came out without a single claim).
        article = article_from_text(
            _clean(text),
            outlet=_clean(outlet) if outlet is not None else None,
            title=_clean(title) if title is not None else None,
            unnamed=(UNKNOWN_OUTLET, "default"),
        )
    except ReaderInputError as exc:
        raise ReaderInputError(f"article {n}: {exc.message}") from None
    aid = _given_id(data, f"article {n}", f'article {n}: "id"')
    return article.with_fields(id=_clean(aid))


def _error(line_no: int, raw: str, message: str) -> Record:
    event_id: Any = None
    try:
        data = json.loads(raw)
        if isinstance(data, dict):
            given = _id_text(data.get("id"))
            # A lone surrogate ("\udc80") could not be written to the output at all.
            event_id = _clean(given) if given is not None else None
    except (ValueError, RecursionError):
        pass
    return {"id": event_id, "line": line_no, "error": message}


def process_chunk(lines: Sequence[Line]) -> list[Record]:
    """Compare the events of a chunk of input lines, in order (runs in a worker or in-process)."""
    from reader.core import nlp
    from reader.core.compare import compare

    parsed: list[tuple[int, str, tuple[str, str | None, list[Article]] | str]] = []
    for line_no, raw in lines:
        try:
            parsed.append((line_no, raw, parse_event(raw)))
        except ReaderInputError as exc:
            parsed.append((line_no, raw, exc.message))
    out: list[Record] = []
    pending: list[tuple[int, str, tuple[str, str | None, list[Article]]]] = []

    def flush() -> None:
        texts = [a.text for _, _, (_, _, arts) in pending for a in arts]
        if texts:
            # One pipe over many events; compare() then hits the cache. Should one text break
            # it, each event is parsed again alone below and only that one fails.
            with contextlib.suppress(Exception):
                nlp.parse_many(texts)
        for line_no, raw, (event_id, title, articles) in pending:
            try:
                out.append(compare(articles, id=event_id, title=title).to_dict())
            except ReaderInputError as exc:
                out.append(_error(line_no, raw, exc.message))
            except Exception as exc:  # a bug on one event must not lose the others
                out.append(_error(line_no, raw, f"internal error: {type(exc).__name__}: {exc}"))
        pending.clear()

    n_texts = 0
    for line_no, raw, event in parsed:
        if isinstance(event, str):
            flush()
            n_texts = 0
            out.append(_error(line_no, raw, event))
            continue
        if pending and n_texts + len(event[2]) > PARSE_TEXTS:
            flush()
            n_texts = 0
        pending.append((line_no, raw, event))
        n_texts += len(event[2])
    flush()
    return out


# -- the run ----------------------------------------------------------------------------------


def _init_worker() -> None:
    """Load the models once per worker process, before its first chunk; the process does
    nothing but compare, so it collects garbage as :func:`_fewer_collections` says for good."""
    from reader.core import nlp

    nlp.get_nlp()
    nlp.get_embedder()
    gc.set_threshold(COLLECT_EVERY, *gc.get_threshold()[1:])


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the young generation every :data:`COLLECT_EVERY` allocations while this process
    compares, then as before (the caller may be a test or a longer-lived program).

    Parsing and comparing make millions of small objects that die young; at Python's 700 the
    collector ran 1,161 times over batch150 for 0.57 s of CPU, at 10,000 230 times for 0.19 s,
    with the same peak memory. ``gc.freeze()`` after the models load saved no more than noise.
    """
    before = gc.get_threshold()
    gc.set_threshold(COLLECT_EVERY, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _escaped(text: str) -> str:
    """``text`` with its control characters written as JSON writes them ("\\u000a")."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def read_lines(path: Path) -> list[Line]:
    """The input's lines that hold something, numbered; ``ReaderInputError`` when the file
    cannot be read or holds no line at all (an empty file is most often the wrong file, and
    would leave an empty output and exit code 0)."""
    try:
        if path.is_dir():
            raise ReaderInputError(
                "this is a folder; give the batch file, one JSON event per line", source=str(path)
            )
        if path.exists() and not path.is_file():
            # A pipe with no writer would wait for ever; a batch file is a file.
            raise ReaderInputError("not a regular file", source=str(path))
        with path.open(encoding="utf-8-sig") as fh:
            lines = [(i, line) for i, line in enumerate(fh, start=1) if line.strip()]
    except FileNotFoundError:
        raise ReaderInputError(
            "no such file; check the file's name and folder", source=str(path)
        ) from None
    except UnicodeDecodeError:
        raise ReaderInputError(
            "not UTF-8 text; save the batch file as UTF-8", source=str(path)
        ) from None
    except OSError as exc:
        raise ReaderInputError(f"cannot read: {exc.strerror}", source=str(path)) from None
    if not lines:
        raise ReaderInputError(
            "no events: the file is empty; give one JSON event per line", source=str(path)
        )
    return lines


def unwritable(path: Path, exc: OSError) -> ReaderInputError:
    """The one-line error of an output the system refuses (a read-only folder, a full disk)."""
    return ReaderInputError(
        f"cannot write: {exc.strerror or exc}; choose a folder you can write to", source=str(path)
    )


def chunks(lines: Sequence[Line], size: int) -> Iterator[list[Line]]:
    for lo in range(0, len(lines), size):
        yield list(lines[lo : lo + size])


def results(lines: Sequence[Line], workers: int, chunk: int) -> Iterator[list[Record]]:
    """Records chunk by chunk, in input order, from this process or a pool of spawned workers."""
    parts = list(chunks(lines, max(1, chunk)))
    if workers <= 1 or len(parts) <= 1:
        with _fewer_collections():
            for part in parts:
                yield process_chunk(part)
        return
    ctx = multiprocessing.get_context("spawn")
    # Not multiprocessing.Pool: when a worker dies outright (the OOM killer, a native crash in
    # spaCy) Pool replaces the process but never learns that its chunk is lost, and imap waits
    # for that chunk for ever. The executor notices the death and fails every unfinished future
    # with BrokenProcessPool, which _chunk_records turns into error records.
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(parts)), mp_context=ctx, initializer=_init_worker
    )
    try:
        futures = [pool.submit(process_chunk, part) for part in parts]
        for part, future in zip(parts, futures, strict=True):
            yield _chunk_records(part, future)
    finally:
        # Interrupted (Ctrl-C, the output disk full): drop the chunks not started.
        pool.shutdown(wait=True, cancel_futures=True)


def _chunk_records(part: Sequence[Line], future: Future[list[Record]]) -> list[Record]:
    """The records of a chunk, or an error record per line when its worker process was lost.

    A dead worker breaks the whole pool, so every chunk not finished by then (running in another
    worker, or still queued) is lost with it; each of its lines gets :data:`WORKER_LOST` at its
    position, like any line that cannot be compared, and the run ends with exit code 2 instead of
    hanging. Chunks already finished keep their comparisons.
    """
    try:
        return future.result()
    except BrokenProcessPool:
        return [_error(line_no, raw, WORKER_LOST) for line_no, raw in part]


class Progress:
    """One status line on stderr per finished chunk (rewritten in place on a terminal), and one
    line per event that could not be compared, naming its line in ``source`` (the input file):
    an error record deep in a large output file is otherwise found only by searching for it."""

    def __init__(
        self, total: int, stream: IO[str], label: str = "batch", source: str = "input"
    ) -> None:
        self.total, self.stream, self.label, self.source = total, stream, label, source
        self.done = self.errors = 0
        self.started = time.perf_counter()
        self.tty = stream.isatty()
        self._shown = 0  # the length of the status line a terminal shows now

    def update(self, records: Iterable[Record]) -> None:
        for r in records:
            self.done += 1
            if "error" in r:
                self.errors += 1
                self.report(r)
        elapsed = time.perf_counter() - self.started
        self.write(
            f"{self.label}: {self.done}/{self.total} events, {self.errors} errors, {elapsed:.1f} s"
        )

    def report(self, record: Record) -> None:
        """One line for an error record, over the status line a terminal shows. The event's id
        is the input's own text, and so may be an internal error's message: a line break or a
        terminal's control character in them is shown escaped, not written out, so it can
        neither split the line nor clear the reader's screen."""
        event = f' (event "{_escaped(str(record["id"]))}")' if record.get("id") is not None else ""
        error = _escaped(" ".join(str(record["error"]).split()))
        line = f"reader: {self.source} line {record.get('line')}{event}: {error}"
        if self.tty:
            line = "\r" + line.ljust(self._shown)
            self._shown = 0
        self.stream.write(line + "\n")

    def write(self, msg: str) -> None:
        if self.tty:
            self.stream.write("\r" + msg.ljust(self._shown))
            self._shown = len(msg)
        else:
            self.stream.write(msg + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _run_dask(args: argparse.Namespace, address: str) -> int:
    """The same run on Dask workers (reader.distributed); Dask is an optional extra."""
    try:
        from reader.distributed import run_dask
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in {"dask", "distributed"}:
            raise ReaderInputError(
                "--dask needs the optional Dask extra: pip install 'parallax-reader[dask]'"
            ) from None
        raise
    return run_dask(
        args.input, args.output, address=address, workers=args.workers, chunk=args.chunk
    )


def most_workers() -> int:
    """The most worker processes a run may start on this machine: four per processor (each
    loads the models, about 300 MiB; more than one per core only adds memory), and never more
    than Windows lets one process wait on (61)."""
    most = 4 * (os.cpu_count() or 1)
    return min(most, _WINDOWS_MOST_WORKERS) if sys.platform == "win32" else most


#: ``ProcessPoolExecutor`` on Windows refuses more workers than this.
_WINDOWS_MOST_WORKERS: Final = 61


def _check_workers(workers: int, address: str | None) -> None:
    if workers < 1:
        raise ReaderInputError("--workers must be 1 or more")
    if address not in (None, "local"):
        return  # a cluster given by address brings its own workers; --workers has no effect
    most = most_workers()
    if workers > most:
        raise ReaderInputError(
            f"--workers {workers:,} is more than this machine can run (at most {most});"
            " one per processor core is fastest"
        )


def run(args: argparse.Namespace) -> int:
    address = getattr(args, "dask", None)
    _check_workers(args.workers, address)
    check_outputs({"output": args.output}, [args.input])
    check_output(args.output)
    if address is not None:
        return _run_dask(args, address)
    lines = read_lines(args.input)
    progress = Progress(len(lines), sys.stderr, source=str(args.input))
    try:
        out = args.output.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise unwritable(args.output, exc) from None
    errors = 0
    with out:
        for records in results(lines, args.workers, args.chunk):
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                errors += "error" in r
            out.flush()
            progress.update(records)
    progress.finish()
    return 2 if errors else 0
