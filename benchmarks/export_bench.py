"""Reports from a real three-outlet event plus a hostile page: checks, sizes and times.

Reads one BASIL event (three outlets, from ``../shared/eval/basil-dev.jsonl``; the text is read at
run time and never stored) and ``tests/fixtures/pages/hostile_payloads.html`` through the real
reader and engine, writes the HTML, CSV, PDF and JSON exports to a temporary folder, and prints what
issue 5 asks to see: every outlet named, flags shown, nothing remote or active in the HTML, CSV
rows, PDF text with the outlet names, JSON valid against the schema. Times are given against a bare
spaCy parse of the same texts.

    .venv/bin/python benchmarks/export_bench.py [--event N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASIL = SHARED / "eval" / "basil-dev.jsonl"
SCHEMA = SHARED / "schema" / "comparison.schema.json"
sys.path.insert(0, str(ROOT / "tests"))

from export_case import HOSTILE_PAGE, HOSTILE_PAYLOADS  # noqa: E402
from reader.core import nlp  # noqa: E402
from reader.core.compare import compare  # noqa: E402
from reader.core.export import to_csv, to_html, to_json  # noqa: E402
from reader.core.ingest import article_from_text, read_article  # noqa: E402
from reader.core.model import Article  # noqa: E402
from test_export_html import assert_inert  # noqa: E402

OUTLET_NAMES = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}


def load_event(index: int) -> list[Article]:
    with BASIL.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i == index:
                event = json.loads(line)
                break
        else:
            raise SystemExit(f"basil-dev.jsonl has no event {index}")
    return [
        article_from_text(a["text"], outlet=OUTLET_NAMES.get(k, k), title=a.get("title"))
        for k, a in event["articles"].items()
    ]


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", type=int, default=0, help="line of basil-dev.jsonl")
    parser.add_argument("--keep", type=Path, help="write the reports here instead of a temp dir")
    args = parser.parse_args()
    if not BASIL.exists():
        raise SystemExit("../shared/eval/basil-dev.jsonl is not present")

    articles = [*load_event(args.event), read_article(HOSTILE_PAGE, outlet="Evening Courier")]
    words = sum(a.word_count for a in articles)
    model = nlp.get_nlp()
    model("warm up")
    _, parse_s = timed(lambda: [model(a.text) for a in articles])
    comparison, compare_s = timed(compare, articles, title=f"BASIL dev event {args.event}")
    out = args.keep or Path(tempfile.mkdtemp(prefix="reader-export-"))
    out.mkdir(parents=True, exist_ok=True)

    html, html_s = timed(to_html, comparison)
    (out / "report.html").write_text(html, encoding="utf-8")
    csv_text, csv_s = timed(to_csv, comparison)
    (out / "flags.csv").write_text(csv_text, encoding="utf-8-sig", newline="")
    json_text, json_s = timed(to_json, comparison)
    (out / "comparison.json").write_text(json_text, encoding="utf-8")

    from reader.ui.printing import write_pdf

    _, pdf_s = timed(write_pdf, comparison, out / "report.pdf")

    import jsonschema
    import pypdf

    doc = assert_inert(html)  # raises on any script, handler, remote reference
    payloads = [p for p in HOSTILE_PAYLOADS if p.lower() in html.lower()]
    outlets = [a.outlet for a in comparison.articles]
    missing_outlets = [o for o in outlets if o not in doc.plain]
    missing_flags = [f.id for f in comparison.flags if " ".join(f.text.split()) not in doc.plain]
    rows = list(csv.DictReader(io.StringIO(csv_text, newline="")))
    pdf_reader = pypdf.PdfReader(out / "report.pdf")
    pdf_text = " ".join(" ".join(p.extract_text() or "" for p in pdf_reader.pages).split())
    pdf_missing = [o for o in outlets if o not in pdf_text]
    jsonschema.validate(json.loads(json_text), json.loads(SCHEMA.read_text(encoding="utf-8")))
    remote = re.findall(r"""(?:src|href)\s*=|url\(|@import""", html, re.I)

    print(
        f"event {args.event}: {len(articles)} articles, {words:,} words, "
        f"{len(comparison.flags)} flags, {len(comparison.alignments)} claim groups"
    )
    print(
        f"HTML  {len(html.encode()):>9,} bytes  {html_s * 1000:7.1f} ms  outlets missing: "
        f"{missing_outlets or 'none'}  flags missing: {missing_flags or 'none'}  "
        f"payloads: {payloads or 'none'}  src/href/url()/@import: {len(remote)}"
    )
    print(f"CSV   {len(csv_text.encode()):>9,} bytes  {csv_s * 1000:7.1f} ms  rows: {len(rows)}")
    print(
        f"PDF   {(out / 'report.pdf').stat().st_size:>9,} bytes  {pdf_s * 1000:7.1f} ms  "
        f"pages: {len(pdf_reader.pages)}  outlets missing in text: {pdf_missing or 'none'}"
    )
    print(f"JSON  {len(json_text.encode()):>9,} bytes  {json_s * 1000:7.1f} ms  schema: valid")
    print(
        f"bare spaCy parse {parse_s:.2f} s; compare {compare_s:.2f} s; "
        f"HTML+CSV+JSON+PDF {html_s + csv_s + json_s + pdf_s:.2f} s "
        f"({(html_s + csv_s + json_s + pdf_s) / parse_s:.2f}x the parse)"
    )
    print(f"reports in {out}")


if __name__ == "__main__":
    main()
