"""PTC (SemEval-2020 Task 11): lexical flags against propaganda spans of four framing techniques.

Only the techniques that are word choices count as gold: ``Loaded_Language``,
``Name_Calling,Labeling``, ``Doubt`` and ``Exaggeration,Minimisation``. Scores are token level, each
article read alone, with the every-adjective-and-adverb baseline beside each figure. Articles are
split in two folds by sorted id (even: calibrate, odd: check).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core import claims, framing
from reader.core.lexicon import Lexicon, default_lexicon
from reader.core.model import Article
from reader.evaluation import find_data
from reader.evaluation.framing_scores import (
    System,
    baseline_spans,
    engine_spans,
    fold_rows,
    parse,
    row,
    score_document,
    token_rows,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

TECHNIQUES = frozenset(
    {"Loaded_Language", "Name_Calling,Labeling", "Doubt", "Exaggeration,Minimisation"}
)


#: Where the articles are looked for in the eval folder: a folder holding ``labels.tsv`` and
#: ``articles/``, the development one first.
PATTERNS = ("ptc", "ptc*")
#: Label files read when there is no ``labels.tsv``: SemEval's own release has one
#: ``article<ID>.task-flc-tc.labels`` per article, or one ``*.labels`` file for a whole split.
LABEL_GLOBS = ("labels.tsv", "**/*.labels")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("ptc")
    group.add_argument(
        "--ptc",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="PTC folder (labels.tsv, articles/*.txt) to score (default: ptc, else ptc*, in"
        " the eval folder)",
    )
    group.add_argument(
        "--ptc-limit", type=int, default=None, help="use only the first N articles (quick checks)"
    )


def label_files(folder: Path) -> list[Path]:
    """``labels.tsv`` (the development layout), else every ``*.labels`` file below ``folder``."""
    for pattern in LABEL_GLOBS:
        found = sorted(p for p in folder.glob(pattern) if p.is_file())
        if found:
            return found
    return []


def load(folder: Path) -> tuple[list[str], dict[str, str], dict[str, list[tuple[int, int]]]]:
    """Article ids, texts and gold spans of the four framing techniques.

    Label rows are ``ID<TAB>technique<TAB>start<TAB>end``; the articles are ``article<ID>.txt``
    in ``articles/`` or, as SemEval ships them, in any folder below ``folder``.
    """
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for path in label_files(folder):
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(r) >= 4 and r[1] in TECHNIQUES:
                    gold[r[0].removeprefix("article")].append((int(r[2]), int(r[3])))
    articles = folder / "articles"
    paths = articles.glob("*.txt") if articles.is_dir() else folder.glob("**/article*.txt")
    texts: dict[str, str] = {}
    for path in sorted(paths):
        ident = path.stem.removeprefix("article")
        texts[ident] = path.read_text(encoding="utf-8")
    return sorted(texts, key=id_order), texts, gold


def id_order(ident: str) -> tuple[int, int, str]:
    """Numeric IDs in number order (996 before 1000), so the folds and ``--ptc-limit`` do not
    change when a set's IDs grow a digit; any other ID after them, by name."""
    return (0, int(ident), "") if ident.isdigit() else (1, 0, ident)


def all_flag_spans(ident: str, text: str, doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Every flag of the article read alone, opinion sentences included: PTC's Doubt and
    Exaggeration spans are often whole clauses, which only a claim-level flag can cover."""
    article = Article(ident, "PTC", text)
    claim_map = {ident: claims.extract_claims(article, doc)}
    return [(f.start, f.end) for f in framing.find_flags([article], claim_map, [], [doc], lexicon)]


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    folder = find_data(eval_dir, getattr(args, "ptc", None), PATTERNS, folder_with=LABEL_GLOBS)
    if folder is None or not label_files(folder):
        return {"skipped": f"no PTC folder (ptc*/ with labels.tsv or *.labels) in {eval_dir}"}
    ids, texts, gold = load(folder)
    limit = getattr(args, "ptc_limit", None)
    if limit:
        ids = ids[:limit]
    lexicon = default_lexicon()
    engine, base, every = System(), System(), System()
    folds = {0: (System(), System()), 1: (System(), System())}
    docs = parse([texts[i] for i in ids])
    for k, (ident, doc) in enumerate(zip(ids, docs, strict=True)):
        g = gold.get(ident, [])
        pred = engine_spans(texts[ident], doc, lexicon)
        bl = baseline_spans(doc)
        score_document(engine, doc, g, pred)
        score_document(base, doc, g, bl)
        score_document(every, doc, g, all_flag_spans(ident, texts[ident], doc, lexicon))
        score_document(folds[k % 2][0], doc, g, pred)
        score_document(folds[k % 2][1], doc, g, bl)
    return {
        "folder": folder.name,
        "articles": len(ids),
        "words": engine.words,
        "lexicon": lexicon.version,
        "rows": [
            *token_rows(engine, base),
            row("flags / 1000 words", engine.per_1000, base.per_1000),
            *fold_rows(folds),
            row("token F1, all flags", every.tokens.f1, base.tokens.f1, "lexical + opinion"),
            row("token precision, all", every.tokens.precision, base.tokens.precision),
            row("token recall, all", every.tokens.recall, base.tokens.recall),
        ],
    }
