"""Measure the engine on the development sets in ``../shared/eval`` (``python -m
reader.evaluation``).

Each data set is a module with ``run(eval_dir: Path, args: argparse.Namespace) -> dict`` (and, if it
has options, ``add_arguments(parser)``), listed once in :data:`DATASETS`. ``run`` returns a dict
with at least ``"rows"``: a list of ``{"metric", "engine", "baseline", "note"}`` that the command
prints as one table, each figure beside its baseline and the ratio. Nothing here is imported by the
app.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

#: Data set name -> (module, what it measures). Add a data set by adding one line here.
DATASETS: Final[dict[str, tuple[str, str]]] = {
    "mrpc": ("reader.evaluation.mrpc", "MRPC sentence pairs: does the aligner pair paraphrases"),
    "basil": ("reader.evaluation.basil", "BASIL: lexical framing flags vs expert bias spans"),
    "ptc": ("reader.evaluation.ptc", "PTC: framing flags vs four propaganda techniques"),
    "wire": ("reader.evaluation.wire", "wire copy (MRPC): false alarms per 1,000 words"),
    "plain": (
        "reader.evaluation.plain",
        "team-written plain copy with literal look-alikes: false alarms per 1,000 words",
    ),
    "multi": ("reader.evaluation.multi", "multi-outlet alignment on hand-labelled events we own"),
    "sentences": ("reader.evaluation.sentences", "single sentences: lexical flags vs biased words"),
    "basil-sentences": (
        "reader.evaluation.basil_sentences",
        "BASIL sentences read alone: a stand-in for a single-sentence set",
    ),
    "team-sets": (
        "reader.evaluation.team_sets",
        "every team-written sentence set, held-back ones marked",
    ),
}


def default_eval_dir() -> Path:
    """``../shared/eval`` next to the source checkout (the layout the team works in)."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval"


def find_data(
    eval_dir: Path,
    given: Path | None,
    patterns: Sequence[str],
    *,
    folder_with: Sequence[str] = (),
) -> Path | None:
    """The data file (or, with ``folder_with``, the folder holding a file matching one of those
    glob patterns) to score.

    ``given`` (a command-line option) wins. Otherwise the first of ``patterns`` that matches in
    ``eval_dir``, so the development name comes first and a held-out copy under another name
    ("basil-test.jsonl", "ptc-test/") is still found when it is the only one there.
    """
    if given is not None:
        return given if given.exists() else None
    for pattern in patterns:
        for path in sorted(eval_dir.glob(pattern)):
            if not folder_with and path.is_file():
                return path
            if path.is_dir() and any(f.is_file() for g in folder_with for f in path.glob(g)):
                return path
    return None
