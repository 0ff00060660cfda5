"""``reader batch ... --dask [ADDRESS|local]``: the same batch run on a Dask cluster.

``reader batch --workers N`` fills one machine. Research groups with a corpus of millions of events
usually have a cluster already (a university HPC queue, a few lab machines, a cloud account), and
Dask is the common denominator that reaches all of them. This module applies exactly the function
the plain batch uses (:func:`reader.commands.batch.process_chunk`, a chunk of input lines in, one
record per line out) on Dask workers, so both paths write the same bytes for the same input, error
records included.

What differs from the one-machine path:

- the input is read lazily, chunk by chunk, and at most a few chunks per worker thread are in
  flight, so memory on this machine stays flat however large the corpus is;
- results are written in input order as soon as the oldest pending chunk is done;
- each worker loads spaCy and the embedder once, when it joins (a worker plugin), not per task;
- a chunk whose task fails outright (a worker killed by the operating system, say) becomes error
  records for its lines, and the run goes on, as a bad line does in the plain batch.

Dask is an optional extra (``pip install 'parallax-reader[dask]'``); nothing else in the app imports
this module.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, Final

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin

from reader.commands.batch import Line, Progress, Record, _error, process_chunk
from reader.core.errors import ReaderInputError

#: Chunks in flight per worker thread: enough to keep every worker busy while the oldest chunk is
#: written, few enough that the client holds only a handful of events in memory.
IN_FLIGHT_PER_THREAD: Final = 3
#: How long to wait for a scheduler given by address before saying it cannot be reached.
CONNECT_TIMEOUT: Final = 20.0
LOCAL: Final = "local"


class ModelLoader(WorkerPlugin):
    """Load the spaCy pipeline and the embedder once per worker process, when it starts.

    The models live in ``reader.core.nlp``'s module globals, so every later task on that worker
    reuses them; loading them here moves the ~1 s start-up out of the first chunk's timing and
    makes a worker without the models fail at once rather than on every task.
    """

    name = "parallax-reader-models"

    def setup(self, worker: Any) -> None:
        from reader.core import nlp

        nlp.get_nlp()
        nlp.get_embedder()


def _worker_rss() -> int:
    """Resident memory of the worker process, in bytes (runs on each worker)."""
    import psutil  # a dependency of distributed

    return int(psutil.Process().memory_info().rss)


# -- input ----------------------------------------------------------------------------------------


def _decode_error(path: Path) -> ReaderInputError:
    return ReaderInputError("not UTF-8 text; save the batch file as UTF-8", source=str(path))


def count_lines(path: Path) -> int:
    """The number of non-blank lines, read once before any work to give progress a total.

    The pass also checks that the whole file is UTF-8, so a bad file fails before the first
    output line is written, as it does in the plain batch. It streams: memory does not grow with
    the file.
    """
    try:
        with path.open(encoding="utf-8-sig") as fh:
            return sum(1 for line in fh if line.strip())
    except FileNotFoundError:
        raise ReaderInputError("no such file", source=str(path)) from None
    except UnicodeDecodeError:
        raise _decode_error(path) from None
    except OSError as exc:
        raise ReaderInputError(f"cannot read: {exc.strerror}", source=str(path)) from None


def iter_lines(path: Path) -> Iterator[Line]:
    """Non-blank lines with their 1-based numbers, counted as ``reader batch`` counts them."""
    try:
        with path.open(encoding="utf-8-sig") as fh:
            for i, line in enumerate(fh, start=1):
                if line.strip():
                    yield i, line
    except UnicodeDecodeError:
        raise _decode_error(path) from None
    except OSError as exc:
        raise ReaderInputError(f"cannot read: {exc.strerror}", source=str(path)) from None


def iter_chunks(lines: Iterable[Line], size: int) -> Iterator[list[Line]]:
    part: list[Line] = []
    for line in lines:
        part.append(line)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


# -- the run --------------------------------------------------------------------------------------


def _collect(part: list[Line], future: Future[list[Record]]) -> list[Record]:
    """The records of a chunk, or one error record per line when its task failed outright."""
    try:
        records: list[Record] = future.result()
        return records
    except Exception as exc:
        message = f"internal error: {type(exc).__name__}: {exc}"
        return [_error(line_no, raw, message) for line_no, raw in part]


def distributed_results(
    client: Client, chunks: Iterable[list[Line]], *, in_flight: int
) -> Iterator[list[Record]]:
    """Records chunk by chunk, in input order, computed on the client's workers.

    At most ``in_flight`` chunks are submitted and not yet written; the next chunk is read only
    when the oldest one is done.
    """
    pending: deque[tuple[list[Line], Future[list[Record]]]] = deque()
    try:
        for part in chunks:
            pending.append((part, client.submit(process_chunk, part, pure=False)))
            if len(pending) >= in_flight:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        if pending:  # interrupted: do not leave work queued on a shared cluster
            client.cancel([f for _, f in pending])  # type: ignore[no-untyped-call]


def local_cluster(workers: int) -> LocalCluster:
    """A cluster of ``workers`` single-threaded processes on this machine, reachable only here.

    One thread per process because spaCy holds the GIL while parsing; loopback only and no
    dashboard (its HTTP server moves to a free port) so a batch run opens no port to the network
    and never fights another program for port 8787. Worker log noise at shutdown (heartbeats to
    a scheduler that has just closed) is silenced: failures reach the user as error records.
    """
    # Dask's statistical profiler samples every worker thread's stack each 10 ms for a dashboard
    # nobody sees here; on spaCy's deep stacks that cost about 5 % of the worker's CPU.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster: LocalCluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.CRITICAL,
        )
    return cluster


def connect(address: str | None, workers: int, stack: ExitStack) -> Client:
    """A client on the scheduler at ``address``, or on a local cluster of ``workers`` processes.

    The address ``"local"`` (or none) starts :func:`local_cluster`, closed with ``stack``.
    """
    if address is None or address == LOCAL:
        cluster = local_cluster(workers)
        stack.enter_context(cluster)
        local: Client = Client(cluster)  # type: ignore[no-untyped-call]
        stack.enter_context(local)
        return local
    try:
        client: Client = Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise ReaderInputError(
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__})"
        ) from None
    stack.enter_context(client)
    return client


class _Progress(Progress):
    """The batch status line, naming the Dask workers, plus their memory at the end."""

    def __init__(self, total: int, workers: int, stream: IO[str], source: str = "input") -> None:
        super().__init__(total, stream, label=f"batch (dask, {workers} workers)", source=source)

    def finish(self, rss: list[int] | None = None) -> None:
        super().finish()
        if rss:
            mib = sorted(r / 2**20 for r in rss)
            self.stream.write(f"batch (dask): worker memory {mib[0]:.0f}-{mib[-1]:.0f} MiB each\n")
        self.stream.flush()


def run_dask(
    input_path: Path,
    output_path: Path,
    *,
    address: str | None,
    workers: int = 1,
    chunk: int = 8,
    stream: IO[str] | None = None,
) -> int:
    """Compare every event of ``input_path`` on Dask; exit code 2 when any line failed, else 0.

    ``workers`` is the number of local worker processes when ``address`` is ``None`` or
    ``"local"``; a cluster given by address brings its own workers.
    """
    stream = sys.stderr if stream is None else stream
    total = count_lines(input_path)
    errors = 0
    with ExitStack() as stack:
        client = connect(address, workers, stack)
        client.register_plugin(ModelLoader())
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            raise ReaderInputError(f"the Dask scheduler at {address} has no workers") from None
        threads: dict[str, int] = client.nthreads()  # type: ignore[no-untyped-call]
        nthreads = sum(threads.values())
        try:
            out = stack.enter_context(output_path.open("w", encoding="utf-8", newline="\n"))
        except OSError as exc:
            raise ReaderInputError(
                f"cannot write: {exc.strerror}", source=str(output_path)
            ) from None
        progress = _Progress(total, len(threads), stream, str(input_path))
        parts = iter_chunks(iter_lines(input_path), max(1, chunk))
        for records in distributed_results(
            client, parts, in_flight=max(2, IN_FLIGHT_PER_THREAD * nthreads)
        ):
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                errors += "error" in r
            out.flush()
            progress.update(records)
        rss = list(client.run(_worker_rss).values())
        progress.finish(rss)
    return 2 if errors else 0
