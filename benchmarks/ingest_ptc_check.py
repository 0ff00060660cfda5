"""Does text ingest keep every word? Reads the 279 PTC articles (``../shared/eval/ptc``) and checks
that each article's text is the file's text minus the header lines, with only invisible characters
(BOMs, soft hyphens, controls) and whitespace changed. Prints counts only, never the texts.

    .venv/bin/python benchmarks/ingest_ptc_check.py
"""

from __future__ import annotations

import sys
import time
import unicodedata
from pathlib import Path

from reader.core.errors import ReaderInputError
from reader.core.ingest import read_article

PTC = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "ptc" / "articles"
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u00ad\u200b\u200c\u200d\u2060\x9d\x81\x8d\x8f\x90"))


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def main() -> int:
    files = sorted(PTC.glob("*.txt"))
    if not files:
        print("../shared/eval/ptc is not present", file=sys.stderr)
        return 0
    read = refused = titled = dated = intact = 0
    languages: dict[str | None, int] = {}
    start = time.perf_counter()
    for path in files:
        try:
            article = read_article(path)
        except ReaderInputError:
            refused += 1
            continue
        read += 1
        titled += article.title is not None
        dated += article.date is not None
        languages[article.language] = languages.get(article.language, 0) + 1
        intact += _words(path.read_text(encoding="utf-8")).endswith(_words(article.text))
    seconds = time.perf_counter() - start
    print(
        f"{len(files)} files: {read} read, {refused} refused; header title found in {titled}, "
        f"date in {dated}; body = file text minus header (invisible chars aside) in "
        f"{intact}/{read}; languages {languages}; {seconds:.1f} s"
    )
    return 0 if intact == read else 1


if __name__ == "__main__":
    raise SystemExit(main())
