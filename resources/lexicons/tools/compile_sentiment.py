"""Rebuild ``resources/lexicons/sentiment.tsv`` from the sentiment lexicons shipped in two packages.

Run with the project's venv: ``.venv/bin/python resources/lexicons/tools/compile_sentiment.py``.
It keeps strongly evaluative words only and drops generic sentiment and plain event words (see
``GENERIC`` and the README): "killed", "support", "good" or "win" describe events or are too common
to signal framing. Every entry keeps its source package and version.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import re
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

import textblob
import vaderSentiment

HERE = Path(__file__).resolve().parent.parent
GENERIC = {
    w
    for line in (HERE / "tools" / "generic.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for w in line.split()
}
VADER_MIN = float(os.environ.get("VADER_MIN", "2.0"))
TB_SUBJ = float(os.environ.get("TB_SUBJ", "0.8"))
TB_POL = float(os.environ.get("TB_POL", "0.5"))
WORD = re.compile(r"[a-z][a-z-]{3,}")


def vader() -> dict[str, float]:
    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and WORD.fullmatch(parts[0]):
            out[parts[0]] = float(parts[1])
    return out


def textblob_adjectives() -> dict[str, tuple[float, float]]:
    path = Path(textblob.__file__).parent / "en" / "en-sentiment.xml"
    senses: dict[str, list[tuple[float, float]]] = {}
    for w in ET.parse(path).getroot():
        form = w.get("form", "")
        if w.get("pos") == "JJ" and WORD.fullmatch(form):
            senses.setdefault(form, []).append(
                (float(w.get("polarity", 0)), float(w.get("subjectivity", 0)))
            )
    return {
        f: (statistics.mean(p for p, _ in s), statistics.mean(q for _, q in s))
        for f, s in senses.items()
    }


def main() -> None:
    rows: dict[str, tuple[str, str]] = {}
    vv = md.version("vaderSentiment")
    tv = md.version("textblob")
    for word, valence in sorted(vader().items()):
        if abs(valence) >= VADER_MIN and word not in GENERIC:
            tone = "negative" if valence < 0 else "positive"
            rows[word] = (f"strongly {tone} word (VADER valence {valence:+.1f})", f"vader:{vv}")
    for word, (pol, subj) in sorted(textblob_adjectives().items()):
        if subj >= TB_SUBJ and abs(pol) >= TB_POL and word not in GENERIC and word not in rows:
            tone = "negative" if pol < 0 else "positive"
            rows[word] = (
                f"subjective {tone} adjective"
                f" (TextBlob polarity {pol:+.2f}, subjectivity {subj:.2f})",
                f"textblob:{tv}",
            )
    lines = ["term\tcategory\tnote\tsource"]
    lines += [f"{w}\tloaded\t{note}\t{src}" for w, (note, src) in sorted(rows.items())]
    (HERE / "sentiment.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} entries written to {HERE / 'sentiment.tsv'}")


if __name__ == "__main__":
    main()
