"""Hostile and awkward inputs through the real command line: exit code, time and peak memory.

Issue 8 asks that each input below is read (exit 0) or refused (exit 2, one line on stderr) within
90 s and 2.5 GB, with no traceback. This writes every input into a temporary folder, runs
``reader --library TMP library add GOOD INPUT`` once per input in its own process (so peak memory,
children included, is that input's alone) and prints one row per input, with the ratio against
adding the good article alone.

    .venv/bin/python benchmarks/ingest_hostile.py
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import ingest_samples as samples  # noqa: E402

READER = [sys.executable, "-m", "reader"]
FRENCH = (
    "Le président de la République a annoncé mardi que les négociations avec la Chine "
    "reprendraient à Genève dans les prochaines semaines, selon un conseiller de l'Élysée. "
    "Les discussions porteront sur un cessez-le-feu et sur l'aide humanitaire, a-t-il précisé."
)


def inputs(folder: Path) -> dict[str, Path]:
    """Every input issue 8 names, written into ``folder``."""
    english = "\n\n".join(samples.PARAGRAPHS)
    raw: dict[str, bytes] = {
        "empty file": b"",
        "whitespace only": b" \n\t \r\n\xc2\xa0\n",
        "random binary": random.Random(1).randbytes(200_000),
        "PNG named .html": samples.PNG_1X1,
        "latin-1 text": FRENCH.encode("latin-1"),
        "UTF-16 text": english.encode("utf-16"),
        "invalid UTF-8 bytes": english.encode() + b" \xff\xfe\xc3 end.",
        "CRLF text": english.replace("\n", "\r\n").encode(),
        "17 MB page": samples.big_page(17 * 1024 * 1024).encode(),
        "nested 200,000 deep": samples.deep_page(200_000).encode(),
        "page with no article": b"<html><head><title>Home</title></head><body><nav><a href='/'>"
        b"Home</a></nav><footer>Copyright</footer></body></html>",
        "script payloads": samples.MERIDIAN.read_bytes(),
        "40,000 words, no punctuation": (
            " ".join(["harbour ferry council vote"] * 10_000)
        ).encode(),
        "French article": FRENCH.encode(),
        "PDF without text": samples.make_pdf(None),
        "truncated PDF": samples.make_pdf()[:500],
        "PDF with text": samples.make_pdf(),
        "DOCX": samples.make_docx(),
        "MHTML": samples.make_mhtml(samples.HARBOUR.read_text(encoding="utf-8")),
        "webarchive": samples.make_webarchive(samples.HARBOUR.read_bytes()),
    }
    names = {
        "PNG named .html": "picture.html",
        "17 MB page": "heavy.html",
        "nested 200,000 deep": "deep.html",
        "page with no article": "home.html",
        "script payloads": "payloads.html",
        "PDF without text": "scan.pdf",
        "truncated PDF": "cut.pdf",
        "PDF with text": "text.pdf",
        "DOCX": "doc.docx",
        "MHTML": "page.mhtml",
        "webarchive": "page.webarchive",
    }
    paths: dict[str, Path] = {}
    for index, (label, data) in enumerate(raw.items()):
        path = folder / names.get(label, f"input{index}.txt")
        path.write_bytes(data)
        paths[label] = path
    paths["DOCX inflating to 1 GiB"] = samples.write_docx_bomb(folder / "bomb.docx")
    dangling = folder / "dangling.txt"
    dangling.symlink_to(folder / "missing-target.txt")
    paths["dangling link"] = dangling
    return paths


def run(paths: list[Path], library: Path) -> tuple[int, float, float, str]:
    """Exit code, seconds, peak RSS in MB (children included) and stderr of one ``library add``."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(p.returncode, dt, rss, sep='\\t')\n"
        "sys.stderr.write(p.stderr)\n"
    )
    cmd = [sys.executable, "-c", script, *READER, "--library", str(library), "library", "add"]
    done = subprocess.run([*cmd, *map(str, paths)], capture_output=True, text=True, check=False)
    code, seconds, rss = done.stdout.split("\t")
    return int(code), float(seconds), float(rss), done.stderr.strip()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = inputs(folder)
        base_code, base_s, base_mb, _ = run([samples.MERIDIAN], folder / "base.sqlite")
        print(f"baseline: good page alone  exit {base_code}  {base_s:.2f} s  {base_mb:.0f} MB")
        print(f"{'input':32} exit  seconds  x base  peak MB  message")
        worst_s = worst_mb = 0.0
        failures = 0
        for n, (label, path) in enumerate(paths.items()):
            code, seconds, mb, err = run([samples.HARBOUR, path], folder / f"lib{n}.sqlite")
            lines = [line for line in err.splitlines() if line]
            ok = code in (0, 2) and "Traceback" not in err and (code == 0 or len(lines) == 1)
            ok = ok and seconds < 90 and mb < 2.5 * 1024
            failures += not ok
            worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, mb)
            message = lines[-1].split(": ", 2)[-1][:70] if lines else "read"
            flag = "" if ok else "  <-- FAIL"
            print(
                f"{label:32} {code:>4}  {seconds:7.2f}  {seconds / base_s:6.1f}  {mb:7.0f}  "
                f"{message}{flag}"
            )
        print(f"worst: {worst_s:.1f} s, {worst_mb:.0f} MB peak; {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
