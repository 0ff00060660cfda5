"""Shared scoring for the framing evaluations (BASIL, PTC, wire copy).

Token-level scores count word tokens of spaCy's parse (punctuation and spaces excluded, so the quote
marks of a scare-quote flag neither help nor hurt). A token is *gold* when it overlaps a gold span
and *predicted* when it overlaps a flag. The baseline every figure is printed beside flags every
adjective and adverb, the reference system named in ``../shared/eval/README.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core import framing, nlp
from reader.core.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

Spans = Sequence[tuple[int, int]]


@dataclass
class Counts:
    """True/false positives and false negatives, summed over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[int], pred: set[int]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class System:
    """Token and sentence counts of one system (engine or baseline), with its flag count."""

    tokens: Counts = field(default_factory=Counts)
    sentences: Counts = field(default_factory=Counts)
    flags: int = 0
    words: int = 0

    @property
    def per_1000(self) -> float:
        return 1000.0 * self.flags / self.words if self.words else 0.0


def word_tokens(doc: Doc) -> list[int]:
    return [t.i for t in doc if not (t.is_punct or t.is_space)]


def tokens_in(doc: Doc, spans: Iterable[tuple[int, int]], words: Sequence[int]) -> set[int]:
    """Indices of word tokens that overlap any of ``spans`` (character offsets)."""
    ordered = sorted(spans)
    out: set[int] = set()
    if not ordered:
        return out
    for i in words:
        t = doc[i]
        s, e = t.idx, t.idx + len(t.text)
        for a, b in ordered:
            if a >= e:
                break
            if b > s:
                out.add(i)
                break
    return out


def sentences_in(starts: Sequence[int], spans: Iterable[tuple[int, int]], length: int) -> set[int]:
    """Indices of sentences (given by their start offsets) that overlap any span."""
    bounds = [*starts, length]
    out: set[int] = set()
    for a, b in spans:
        for k in range(len(starts)):
            if bounds[k] < b and a < bounds[k + 1]:
                out.add(k)
    return out


def engine_spans(text: str, doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the engine's lexical flags on one article read alone."""
    return [(s, e) for s, e, _, _ in framing.lexical_flag_spans(text, doc, lexicon)]


def baseline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Every adjective and adverb, one span each."""
    return [(t.idx, t.idx + len(t.text)) for t in doc if t.pos_ in {"ADJ", "ADV"}]


def score_document(
    system: System,
    doc: Doc,
    gold: Spans,
    pred: Spans,
    sentence_starts: Sequence[int] | None = None,
) -> None:
    words = word_tokens(doc)
    system.tokens.add(tokens_in(doc, gold, words), tokens_in(doc, pred, words))
    system.flags += len(pred)
    system.words += len(words)
    if sentence_starts is not None:
        n = len(doc.text)
        system.sentences.add(
            sentences_in(sentence_starts, gold, n), sentences_in(sentence_starts, pred, n)
        )


def row(metric: str, engine: float, baseline: float, note: str = "") -> dict[str, Any]:
    return {
        "metric": metric,
        "engine": round(engine, 4),
        "baseline": round(baseline, 4),
        "note": note,
    }


def token_rows(engine: System, base: System) -> list[dict[str, Any]]:
    """Token F1, precision and recall beside the baseline's: the first rows of every framing
    set's table, made once so the tables read alike."""
    return [
        row("token F1", engine.tokens.f1, base.tokens.f1),
        row("token precision", engine.tokens.precision, base.tokens.precision),
        row("token recall", engine.tokens.recall, base.tokens.recall),
    ]


def fold_rows(folds: Mapping[int, tuple[System, System]]) -> list[dict[str, Any]]:
    """Token F1 of the calibration fold (0) and the check fold (1), each (engine, baseline): a
    threshold tuned on the first that does much worse on the second has overfitted."""
    return [
        row("token F1, fold 0 (tune)", folds[0][0].tokens.f1, folds[0][1].tokens.f1),
        row("token F1, fold 1 (check)", folds[1][0].tokens.f1, folds[1][1].tokens.f1),
    ]


def parse(texts: Sequence[str]) -> list[Doc]:
    """Parse in chunks so the shared cache (256 docs) never thrashes within one call."""
    out: list[Doc] = []
    for i in range(0, len(texts), 128):
        out.extend(nlp.parse_many(texts[i : i + 128]))
    return out
