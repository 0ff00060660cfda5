"""Single sentences with annotated biased words (BABE / MBIC style): lexical flags, token level.

Held-out judging uses news sentences, each with the list of words annotators marked as biased
(Spinde et al. 2021). Each sentence is read alone as a one-sentence article through
:func:`reader.core.framing.lexical_flag_spans`, the app's own code path, and scored beside the
every-adjective-and-adverb baseline: token precision, recall and F1, sentence-level F1 (a sentence
"has bias" when it has gold words / at least one flag), flags per 1,000 words, and the same token
scores on the sentences labelled biased alone.

The loader is tolerant because such sets come in several shapes: JSONL (``text``/``sentence`` with
``biased_words`` or character ``spans``), CSV or TSV with any of ``,``/``;``/tab/``|`` as separator
(BABE's own files use ``;``), a ``biased_words`` column holding a Python/JSON list string or a
comma/semicolon separated one, and an optional ``label_bias``/``label`` column. Every row is kept;
sentences labelled non-biased simply have no gold words.

Where the data comes from: ``--sentences PATH``; else the first file in the eval folder (or one
folder down) named like :data:`PATTERNS` (ours, BABE's and MBIC's published names) with a suffix in
:data:`SUFFIXES` (spreadsheets included: the first sheet of an ``.xlsx`` is read); else the
team-written set in ``tests/fixtures/sentences`` (labelled as ours in the output, since we wrote
and annotated it ourselves). Nothing found: skipped.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from reader.core import nlp
from reader.core.errors import ReaderInputError
from reader.core.lexicon import default_lexicon
from reader.evaluation.framing_scores import (
    System,
    baseline_spans,
    engine_spans,
    parse,
    row,
    token_rows,
    tokens_in,
    word_tokens,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The team-written development set, found next to the source checkout (absent in an installed app).
TEAM_SET = (
    Path(__file__).resolve().parents[3]
    / "tests"
    / "fixtures"
    / "sentences"
    / ("team_sentences.jsonl")
)
#: The team set needs no ``../shared/eval``: the command runs it even where that folder is absent.
NEEDS_EVAL_DIR = False
#: File names looked for: ours, and those BABE ("final_labels_SG2.xlsx") and MBIC
#: ("labeled_dataset.xlsx") are published under.
PATTERNS = ("sentences*", "babe*", "mbic*", "final_labels*", "labeled_dataset*")
SUFFIXES = (".jsonl", ".csv", ".tsv", ".xlsx")
TEXT_COLUMNS = ("text", "sentence")
LABEL_COLUMNS = ("label_bias", "label")
DELIMITERS = (",", ";", "\t", "|")
TOP = 30


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence: gold given as biased words, character spans, or both."""

    text: str
    biased_words: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    #: True/False from a label column ("Biased"/"Non-biased"); None when absent or undecided.
    biased: bool | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("sentences")
    group.add_argument(
        "--sentences",
        type=Path,
        default=None,
        metavar="PATH",
        help="JSONL/CSV/TSV of sentences with biased words (default: found in the eval folder, "
        "else the team set)",
    )
    group.add_argument(
        "--sentences-limit", type=int, default=None, help="use only the first N sentences"
    )


# -- loading ------------------------------------------------------------------------------------


def parse_word_list(value: object) -> list[str]:
    """The biased words of one row, whatever shape the file gives them.

    A real list, a Python or JSON list string (``"['radical', 'slammed']"``), or a plain string
    separated by commas or semicolons. Empty markers (``""``, ``[]``, ``nan``) give no words.
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        items: list[object] = list(value)
    else:
        s = str(value).strip()
        if s.lower() in ("", "nan", "none", "null", "[]"):
            return []
        items = []
        parsed = False
        if s[0] in "[(":
            for reader in (ast.literal_eval, json.loads):
                try:
                    got = reader(s)
                except (ValueError, SyntaxError, json.JSONDecodeError):
                    continue
                if isinstance(got, (list, tuple)):
                    items, parsed = list(got), True
                    break
            s = s.strip("[]()")
        if not parsed:
            items = list(re.split(r"[;,]", s))
    out: list[str] = []
    for item in items:
        w = str(item).strip().strip("\"'“”‘’").strip()
        if w:
            out.append(w)
    return out


def parse_label(value: object) -> bool | None:
    """``Biased`` -> True, ``Non-biased`` (or 0/false) -> False, ``No agreement``/empty -> None."""
    s = str(value or "").strip().lower().replace("_", "-").replace(" ", "-")
    if s in ("1", "true", "yes", "biased", "bias"):
        return True
    if s in ("0", "false", "no", "non-biased", "nonbiased", "not-biased", "unbiased", "neutral"):
        return False
    return None


def _spans(value: object, where: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not isinstance(value, list):
        raise ReaderInputError("'spans' must be a list of [start, end] pairs", source=where)
    for item in value:
        if isinstance(item, dict) and "start" in item and "end" in item:
            out.append((int(item["start"]), int(item["end"])))
        elif isinstance(item, (list, tuple)) and len(item) >= 2:
            out.append((int(item[0]), int(item[1])))
        else:
            raise ReaderInputError(f"bad span {item!r}", source=where)
    return out


def _pick(record: dict[str, Any], names: Iterable[str]) -> str | None:
    lowered = {k.strip().lower(): k for k in record}
    for name in names:
        if name in lowered:
            return lowered[name]
    return None


def _words_key(record: dict[str, Any]) -> str | None:
    """``biased_words`` or a variant of it (MBIC calls its column ``biased_words4``)."""
    for k in record:
        norm = k.strip().lower().replace(" ", "_")
        if norm.startswith("biased_word"):
            return k
    return None


def _meta(record: dict[str, Any], used: Iterable[str | None]) -> dict[str, str]:
    skip = {u for u in used if u}
    return {
        k.strip().lower(): str(v)
        for k, v in record.items()
        if k not in skip and k.strip().lower() in ("lean", "topic", "outlet", "type")
    }


def _from_record(record: dict[str, Any], where: str) -> Sentence:
    text_key = _pick(record, TEXT_COLUMNS)
    if text_key is None or not str(record[text_key] or "").strip():
        raise ReaderInputError("no 'text' or 'sentence' field", source=where)
    words_key = _words_key(record)
    label_key = _pick(record, LABEL_COLUMNS)
    spans_key = _pick(record, ("spans",))
    return Sentence(
        text=str(record[text_key]),
        biased_words=tuple(parse_word_list(record[words_key])) if words_key else (),
        spans=tuple(_spans(record[spans_key], where)) if spans_key else (),
        biased=parse_label(record[label_key]) if label_key else None,
        meta=_meta(record, (text_key, words_key, label_key, spans_key)),
    )


def _load_jsonl(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    has_gold = False
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name} line {n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReaderInputError(f"not JSON ({exc.msg})", source=where) from None
            if not isinstance(record, dict):
                raise ReaderInputError("each line must be a JSON object", source=where)
            has_gold = has_gold or _words_key(record) is not None or "spans" in record
            out.append(_from_record(record, where))
    if out and not has_gold:
        raise ReaderInputError(
            "no line has a 'biased_words' or 'spans' field, so there is nothing to score",
            source=path.name,
        )
    return out


def _delimiter(header: str, suffix: str) -> str:
    """The separator that splits the header into a text column and the most fields."""
    best, best_n = "\t" if suffix == ".tsv" else ",", 0
    for d in DELIMITERS:
        fields = [f.strip().lower() for f in next(csv.reader([header], delimiter=d), [])]
        if any(f in TEXT_COLUMNS for f in fields) and len(fields) > best_n:
            best, best_n = d, len(fields)
    return best


def _load_table(path: Path) -> list[Sentence]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # MBIC rows carry whole articles
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header = fh.readline()
        fh.seek(0)
        reader = csv.DictReader(fh, delimiter=_delimiter(header, path.suffix.lower()))
        columns = [c for c in reader.fieldnames or [] if c is not None]
        records = (
            (n, {k: v for k, v in record.items() if k is not None})
            for n, record in enumerate(reader, 2)
        )
        return _table_sentences(path.name, columns, records)


def _table_sentences(
    name: str, columns: Sequence[str], records: Iterable[tuple[int, dict[str, Any]]]
) -> list[Sentence]:
    """Sentences from the rows of a table (CSV, TSV or a spreadsheet's first sheet)."""
    probe = dict.fromkeys(columns, "")
    if _pick(probe, TEXT_COLUMNS) is None:
        raise ReaderInputError(
            f"no text column: the header needs 'text' or 'sentence' (found {list(columns)})",
            source=name,
        )
    if _words_key(probe) is None:
        raise ReaderInputError(
            f"no 'biased_words' column in the header (found {list(columns)})", source=name
        )
    out: list[Sentence] = []
    for n, record in records:
        if not any(str(v or "").strip() for v in record.values()):
            continue
        out.append(_from_record(record, f"{name} line {n}"))
    return out


_XLSX: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"^([A-Z]+)")


def _column(ref: str, fallback: int) -> int:
    m = _CELL_REF.match(ref or "")
    if m is None:
        return fallback
    index = 0
    for ch in m.group(1):
        index = index * 26 + ord(ch) - ord("A") + 1
    return index - 1


def _xlsx_rows(path: Path) -> list[list[str]]:
    """The cells of a workbook's first sheet as text (BABE and MBIC are published as .xlsx).

    Only what a data table needs: shared and inline strings and plain values; no formulas are
    evaluated, no dependency is added.
    """
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(path) as book:
            names = book.namelist()
            shared: list[str] = []
            if "xl/sharedStrings.xml" in names:
                root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
                for si in root.iter(f"{_XLSX}si"):
                    shared.append("".join(t.text or "" for t in si.iter(f"{_XLSX}t")))
            sheets = sorted(
                (n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)),
                key=lambda n: int(re.sub(r"\D", "", n.rsplit("/", 1)[1])),
            )
            if not sheets:
                raise ReaderInputError("the workbook has no sheet", source=path.name)
            sheet = ElementTree.fromstring(book.read(sheets[0]))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise ReaderInputError(f"not a readable .xlsx workbook ({exc})", source=path.name) from None
    rows: list[list[str]] = []
    for sheet_row in sheet.iter(f"{_XLSX}row"):
        cells: dict[int, str] = {}
        for k, cell in enumerate(sheet_row.iter(f"{_XLSX}c")):
            kind, value = cell.get("t"), cell.find(f"{_XLSX}v")
            if kind == "s" and value is not None and value.text is not None:
                text = shared[int(value.text)]
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(f"{_XLSX}t"))
            else:
                text = value.text or "" if value is not None else ""
            cells[_column(cell.get("r", ""), k)] = text
        if cells:
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)])
    return rows


def _load_xlsx(path: Path) -> list[Sentence]:
    rows = _xlsx_rows(path)
    if not rows:
        raise ReaderInputError("the first sheet is empty", source=path.name)
    columns = [c.strip() for c in rows[0]]
    records = (
        (n, {c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns) if c})
        for n, cells in enumerate(rows[1:], 2)
    )
    return _table_sentences(path.name, columns, records)


def load(path: Path) -> list[Sentence]:
    """Read one file of annotated sentences; :class:`ReaderInputError` when it cannot be scored."""
    if not path.is_file():
        raise ReaderInputError("no such file", source=str(path))
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _load_jsonl(path)
    if suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if not isinstance(data, list):
            raise ReaderInputError("a .json file must hold a list of objects", source=path.name)
        return [_from_record(r, f"{path.name} item {k}") for k, r in enumerate(data, 1)]
    if suffix == ".xlsx":
        return _load_xlsx(path)
    return _load_table(path)


def find_file(eval_dir: Path) -> Path | None:
    """The first data file named like :data:`PATTERNS` in ``eval_dir`` or one level down."""
    if not eval_dir.is_dir():
        return None
    folders = [eval_dir, *sorted(p for p in eval_dir.iterdir() if p.is_dir())]
    for folder in folders:
        files = sorted(p for p in folder.iterdir() if p.is_file())
        for pattern in PATTERNS:
            prefix = pattern.rstrip("*")
            for p in files:
                if p.name.lower().startswith(prefix) and p.suffix.lower() in SUFFIXES:
                    return p
    return None


def locate(eval_dir: Path, explicit: Path | None) -> tuple[Path | None, str]:
    """The file to score and how it was chosen (shown in the output)."""
    if explicit is not None:
        return explicit, "given with --sentences"
    found = find_file(eval_dir)
    if found is not None:
        return found, "found in the eval folder"
    if TEAM_SET.is_file():
        return TEAM_SET, "team set (written and annotated by us, not an independent benchmark)"
    return None, ""


# -- scoring ------------------------------------------------------------------------------------


def _entry_tokens(entry: str) -> list[str]:
    tok = nlp.get_nlp().tokenizer(entry)
    return [t.text.lower() for t in tok if not (t.is_punct or t.is_space)]


def gold_tokens(doc: Doc, sentence: Sentence, words: Sequence[int]) -> tuple[set[int], list[str]]:
    """Word tokens marked biased (every occurrence), and the entries that matched nothing.

    An entry matches where its token sequence (tokenized like the sentence, punctuation dropped,
    lowercase) occurs among the sentence's word tokens; failing that, where its text occurs with
    word boundaries, so a tokenizer disagreement on a hyphen or an apostrophe still counts.
    """
    gold = tokens_in(doc, sentence.spans, words)
    lowered = [doc[i].text.lower() for i in words]
    unmatched: list[str] = []
    for entry in sentence.biased_words:
        seq = _entry_tokens(entry)
        hit = False
        if seq:
            n = len(seq)
            for k in range(len(lowered) - n + 1):
                if lowered[k : k + n] == seq:
                    gold.update(words[k : k + n])
                    hit = True
        if not hit:
            pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, entry.split())) + r"(?!\w)"
            spans = [m.span() for m in re.finditer(pattern, doc.text, re.IGNORECASE)]
            found = tokens_in(doc, spans, words)
            gold |= found
            hit = bool(found)
        if not hit:
            unmatched.append(entry)
    return gold, unmatched


@dataclass
class _Tally:
    """Engine and baseline systems for one slice of the sentences."""

    engine: System = field(default_factory=System)
    base: System = field(default_factory=System)
    sentences: int = 0


def _add(system: System, gold: set[int], pred: set[int], flags: int, words: int) -> None:
    system.tokens.add(gold, pred)
    system.sentences.add({0} if gold else set(), {0} if flags else set())
    system.flags += flags
    system.words += words


def score(sentences: Sequence[Sentence]) -> dict[str, Any]:
    """Every figure of the data set: overall, biased-labelled, per lean, and the top misses."""
    lexicon = default_lexicon()
    docs = parse([s.text for s in sentences])
    slices: dict[str, _Tally] = {"all": _Tally(), "biased": _Tally(), "not biased": _Tally()}
    missed: Counter[str] = Counter()
    false_alarms: Counter[str] = Counter()
    unmatched: list[str] = []
    # Flags (engine, baseline) and how many touch a gold word: a flag covering a whole noun phrase
    # costs token precision for its extra words but still points the reader at the right spot.
    flags, hits = [0, 0], [0, 0]
    has_labels = any(s.biased is not None for s in sentences)
    for sentence, doc in zip(sentences, docs, strict=True):
        words = word_tokens(doc)
        gold, lost = gold_tokens(doc, sentence, words)
        unmatched += lost
        pred_spans = engine_spans(sentence.text, doc, lexicon)
        base_spans = baseline_spans(doc)
        pred = tokens_in(doc, pred_spans, words)
        base = tokens_in(doc, base_spans, words)
        labelled = sentence.biased if has_labels else bool(gold)
        keys = ["all"]
        if labelled is not None:
            keys.append("biased" if labelled else "not biased")
        lean = sentence.meta.get("lean")
        if lean:
            keys.append(f"lean {lean}")
        for key in keys:
            tally = slices.setdefault(key, _Tally())
            tally.sentences += 1
            _add(tally.engine, gold, pred, len(pred_spans), len(words))
            _add(tally.base, gold, base, len(base_spans), len(words))
        for k, spans in enumerate((pred_spans, base_spans)):
            flags[k] += len(spans)
            hits[k] += sum(1 for sp in spans if tokens_in(doc, [sp], words) & gold)
        missed.update(doc[i].text.lower() for i in gold - pred)
        false_alarms.update(doc[i].text.lower() for i in pred - gold)
    al, bi, nb = slices["all"], slices["biased"], slices["not biased"]
    touch = [hits[k] / flags[k] if flags[k] else 0.0 for k in (0, 1)]
    e, b = al.engine, al.base
    rows = [
        *token_rows(e, b),
        row("sentence F1", e.sentences.f1, b.sentences.f1, "has gold words / has a flag"),
        row("sentence precision", e.sentences.precision, b.sentences.precision),
        row("sentence recall", e.sentences.recall, b.sentences.recall),
        row("flags / 1000 words", e.per_1000, b.per_1000),
        row("flags on a gold word", touch[0], touch[1], "share of flags"),
        row("biased: token F1", bi.engine.tokens.f1, bi.base.tokens.f1, f"{bi.sentences} sent."),
        row("biased: token prec.", bi.engine.tokens.precision, bi.base.tokens.precision),
        row("biased: token recall", bi.engine.tokens.recall, bi.base.tokens.recall),
        row("not biased: flags/1000", nb.engine.per_1000, nb.base.per_1000, f"{nb.sentences}"),
    ]
    for key in sorted(k for k in slices if k.startswith("lean ")):
        t, name = slices[key], key.removeprefix("lean ")[:10]
        if t.engine.tokens.tp + t.engine.tokens.fn:
            rows.append(
                row(f"{name}: token F1", t.engine.tokens.f1, t.base.tokens.f1, f"{t.sentences}")
            )
        rows.append(row(f"{name}: flags/1000", t.engine.per_1000, t.base.per_1000))
    out: dict[str, Any] = {
        "sentences": al.sentences,
        "labelled biased": bi.sentences if has_labels else "no label column (gold words decide)",
        "words": e.words,
        "gold tokens": e.tokens.tp + e.tokens.fn,
        "lexicon": lexicon.version,
        "top_missed": ", ".join(f"{w} {n}" for w, n in missed.most_common(TOP)),
        "top_false_alarms": ", ".join(f"{w} {n}" for w, n in false_alarms.most_common(15)),
        "rows": rows,
    }
    if unmatched:
        out["unmatched biased words"] = f"{len(unmatched)} (e.g. {', '.join(unmatched[:5])})"
    return out


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    path, how = locate(eval_dir, getattr(args, "sentences", None))
    if path is None:
        return {"skipped": f"no sentences*/babe*/mbic* file in {eval_dir} and no team set"}
    try:
        items = load(path)
    except ReaderInputError as exc:
        # One line, no traceback: a bad file is the user's to fix, and the run must not look green.
        print(f"sentences: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    limit = getattr(args, "sentences_limit", None)
    if limit:
        items = items[:limit]
    if not items:
        return {"skipped": f"{path} has no sentences"}
    return {"source": f"{path} ({how})", **score(items)}
