"""Long mutation fuzzing of ingest: minutes of mutated pages, PDF, DOCX, MHTML, webarchive, text.

The hypothesis tests in ``tests/test_ingest_fuzz.py`` run a few hundred cases in seconds; this runs
tens of thousands and keeps every input that escapes as anything but ReaderInputError (a crash) or
takes over 5 s, in the output folder for a regression test.

    .venv/bin/python benchmarks/ingest_fuzz_soak.py [SEED] [SECONDS] [OUT_DIR]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import ingest_samples as samples  # noqa: E402
from reader.core.errors import ReaderInputError  # noqa: E402
from reader.core.ingest import read_article  # noqa: E402

SLOW_S = 5.0


def seeds() -> dict[str, bytes]:
    return {
        ".html": samples.MERIDIAN.read_bytes(),
        ".pdf": samples.make_pdf(),
        ".docx": samples.make_docx(),
        ".mhtml": samples.make_mhtml(samples.MERIDIAN.read_text(encoding="utf-8")),
        ".webarchive": samples.make_webarchive(samples.HARBOUR.read_bytes()),
        ".txt": ("November 21, 2024\nA headline\n\n" + "\n\n".join(samples.PARAGRAPHS)).encode(),
    }


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out) + 1)
        cut = rng.randint(0, 50)
        insert = rng.choice(
            [
                bytes(rng.randrange(256) for _ in range(rng.randint(0, 10))),
                b"<div>" * rng.randint(1, 400),
                b"\x00",
                b"",
                b"<script>",
                b"=\r\n",
                b"=ZZ",
            ]
        )
        out[at : at + cut] = insert
    if rng.random() < 0.1:
        out = out[: rng.randrange(len(out) + 1)]
    return bytes(out)


def main() -> int:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    budget = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    out = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(tempfile.mkdtemp(prefix="ingest-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    base = seeds()
    start = time.monotonic()
    cases = crashes = slow = 0
    slowest = 0.0
    while time.monotonic() - start < budget:
        ext = rng.choice(list(base))
        data = mutate(rng, base[ext])
        path = out / ("case" + rng.choice([ext, ".txt", ".html", ""]))
        path.write_bytes(data)
        began = time.monotonic()
        try:
            read_article(path)
        except ReaderInputError as exc:
            assert "\n" not in str(exc)
        except Exception:
            crashes += 1
            keep = out / f"crash{crashes}{ext}"
            keep.write_bytes(data)
            print("CRASH", keep, traceback.format_exc(limit=-2), flush=True)
        took = time.monotonic() - began
        slowest = max(slowest, took)
        if took > SLOW_S:
            slow += 1
            (out / f"slow{slow}{ext}").write_bytes(data)
        cases += 1
    print(
        f"seed {seed}: {cases} inputs in {budget:.0f} s, {crashes} crashes, "
        f"{slow} over {SLOW_S:.0f} s, slowest {slowest:.1f} s; kept in {out}"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
