"""False alarms on plain copy full of look-alikes: the team's own neutral sentences (``plain``).

Wire copy (:mod:`reader.evaluation.wire`) shows how often the engine flags neutral reporting; it
does not go looking for trouble. These sets do: colleagues who had not opened the lexicons or the
code wrote agency-style sentences on twelve beats, each using in its plain or technical sense a
word that elsewhere is loaded ("crude" oil, "the offensive line", a film titled in quotation
marks, "incendiary devices"). Every flag on them is a false alarm. They live in the repository
(``tests/fixtures/plain``), so the command runs without ``../shared/eval``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Final

from reader.evaluation.wire import false_alarms

#: The team-written plain sets, next to the source checkout (absent in an installed app).
PLAIN_SETS: Final = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "plain"
NEEDS_EVAL_DIR = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("plain")
    group.add_argument(
        "--plain",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="folder of plain*.jsonl files (default: tests/fixtures/plain)",
    )


def load(folder: Path) -> list[str]:
    """The ``text`` of every line of every ``plain*.jsonl`` in ``folder``, in file order."""
    return [text for path in sorted(folder.glob("plain*.jsonl")) for text in load_file(path)]


def load_file(path: Path) -> list[str]:
    """The ``text`` of every line of one set."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    folder = getattr(args, "plain", None) or PLAIN_SETS
    sentences = load(folder) if folder.is_dir() else []
    if not sentences:
        return {"skipped": f"no plain*.jsonl in {folder}"}
    return false_alarms(sentences)
