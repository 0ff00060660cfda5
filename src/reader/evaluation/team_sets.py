"""Every team-written sentence set at once (``team-sets``): each token F1 beside its baseline.

The sets in ``tests/fixtures/sentences`` were written by colleagues who had not opened the lexicons
or the framing code, and each was scored blind before anyone read it (that README says how each
came about). Most were then read and their misses written up as lexicon families, so their later
scores say little; :data:`HELD_BACK` are never read, and are the honest measure of how the lexicon
generalises. This command gives the figures docs/EVALUATION.md tabulates, in one run.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any, Final

from reader.core.lexicon import default_lexicon
from reader.evaluation import sentences
from reader.evaluation.framing_scores import row

#: Sets scored after every round of lexicon work but never read: no entry is written from them.
HELD_BACK: Final = frozenset({"team4", "team7", "team31", "team35", "team43", "team47"})
#: ``team_sentences.jsonl`` is the first set; ``teamN_sentences.jsonl`` the later ones.
_SET_FILE: Final = re.compile(r"team(\d*)_sentences\.jsonl")
#: The team sets live in the repository, so the command runs without ``../shared/eval``.
NEEDS_EVAL_DIR = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("team-sets")
    group.add_argument(
        "--team-sets",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="folder of team*_sentences.jsonl files (default: tests/fixtures/sentences)",
    )


def set_files(folder: Path) -> list[tuple[str, Path]]:
    """``(name, path)`` of every set in ``folder``, the first set first, then by number."""
    found: list[tuple[int, str, Path]] = []
    for path in folder.glob("team*_sentences.jsonl"):
        match = _SET_FILE.fullmatch(path.name)
        if match is not None:
            number = int(match.group(1) or 1)
            found.append((number, f"team{match.group(1)}", path))
    return [(name, path) for _, name, path in sorted(found)]


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    folder = getattr(args, "team_sets", None) or sentences.TEAM_SET.parent
    files = set_files(folder)
    if not files:
        return {"skipped": f"no team*_sentences.jsonl in {folder}"}
    rows: list[dict[str, Any]] = []
    doubled, held = 0, []
    for name, path in files:
        result = sentences.score(sentences.load(path))
        f1 = next(r for r in result["rows"] if r["metric"] == "token F1")
        kept_back = name in HELD_BACK
        if kept_back:
            held.append(name)
        doubled += f1["engine"] >= 2 * f1["baseline"]
        label = f"{name} F1{' (held back)' if kept_back else ''}"
        rows.append(row(label, f1["engine"], f1["baseline"], "held back" if kept_back else ""))
    return {
        "folder": str(folder),
        "sets": len(files),
        "at twice the baseline or more": doubled,
        "held back (never read)": ", ".join(held) or "none",
        "lexicon": default_lexicon().version,
        "rows": rows,
    }
