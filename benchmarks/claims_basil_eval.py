"""Sentence boundaries and quotation marking measured on BASIL's development split.

BASIL gives each article's sentence starts and marks every annotated bias span as inside a quotation
or not. Two figures follow:

- sentence boundaries: precision, recall and F1 of :func:`reader.core.sentences.sentence_spans`
  against BASIL's starts, next to spaCy's own sentences (how much the news fixes help);
- quotation marking: of the spans BASIL says are quoted / not quoted, the share that
  :func:`reader.core.quotes.inside_quotation` agrees with (framing uses it to tell a speaker's words
  from the outlet's);
- attribution coverage: the share of quoted spans whose claim carries an attribution.

Reads ``../shared/eval/basil-dev.jsonl`` and exits quietly when it is absent; nothing is learnt.

    .venv/bin/python benchmarks/claims_basil_eval.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from reader.core import nlp
from reader.core.claims import extract_claims
from reader.core.model import Article
from reader.core.quotes import inside_quotation, outer_spans, quotations
from reader.core.sentences import sentence_spans

BASIL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "basil-dev.jsonl"


def _prf(found: set[int], gold: set[int]) -> tuple[float, float, float]:
    hit = len(found & gold)
    p = hit / len(found) if found else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    if not BASIL.exists():
        print(f"{BASIL} is not present; nothing to measure")
        return 0
    articles: list[dict[str, Any]] = []
    with BASIL.open(encoding="utf-8") as fh:
        for line in fh:
            event = json.loads(line)
            articles.extend(event["articles"].values())
    texts = [a["text"] for a in articles]
    docs = nlp.parse_many(texts)

    ours: set[tuple[int, int]] = set()
    spacy: set[tuple[int, int]] = set()
    gold: set[tuple[int, int]] = set()
    outside: set[tuple[int, int]] = set()
    quoted = {"yes": [0, 0], "no": [0, 0]}  # [agree, total]
    attributed = [0, 0]  # quoted spans whose claim names a speaker or a source
    for n, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        text = article["text"]
        spans = outer_spans(quotations(text))
        gold |= {(n, s) for s in article["sentence_starts"]}
        # By design a quotation is never cut, so BASIL's starts inside quotes cannot be found.
        outside |= {
            (n, s) for s in article["sentence_starts"] if not inside_quotation(spans, s - 1, s + 1)
        }
        ours |= {(n, s) for s, _ in sentence_spans(text, doc, spans)}
        spacy |= {(n, s.start_char + (len(s.text) - len(s.text.lstrip()))) for s in doc.sents}
        claims = extract_claims(Article(id=str(n), outlet="BASIL", text=text), doc)
        for span in article["spans"]:
            if span.get("where") != "body" or span.get("quote") not in quoted:
                continue
            if span["quote"] == "yes":
                home = [c for c in claims if c.start <= int(span["start"]) < c.end]
                attributed[1] += 1
                attributed[0] += int(bool(home) and home[0].attribution is not None)
            inside = inside_quotation(spans, int(span["start"]), int(span["end"]))
            want = span["quote"] == "yes"
            quoted[span["quote"]][0] += int(inside == want)
            quoted[span["quote"]][1] += 1

    words = sum(len(t.split()) for t in texts)
    print(f"BASIL dev: {len(articles)} articles, {words} words, {len(gold)} gold sentences")
    for name, found in (("sentences.sentence_spans", ours), ("spaCy doc.sents", spacy)):
        p, r, f = _prf(found, gold)
        print(f"{name:24s} boundaries  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    hit = len(ours & outside)
    print(f"recall on the {len(outside)} starts outside quotations: {hit / len(outside):.3f}")
    for label, (agree, total) in quoted.items():
        if total:
            print(
                f"spans quoted={label:3s}: {agree}/{total} = {agree / total:.3f} marked correctly"
            )
    if attributed[1]:
        share = attributed[0] / attributed[1]
        print(f"quoted spans in an attributed claim: {attributed[0]}/{attributed[1]} = {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
