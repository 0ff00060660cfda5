"""False alarms on plain copy full of look-alikes: the team's own neutral sentences (``plain``).

Wire copy (:mod:`reader.evaluation.wire`) shows how often the engine flags neutral reporting; it
does not go looking for trouble. These sets do: colleagues who had not opened the lexicons or the
code wrote agency-style sentences on twelve beats, each using in its plain or technical sense a
word that elsewhere is loaded ("crude" oil, "the offensive line", a film titled in quotation
marks, "incendiary devices"). Every flag on them is a false alarm. ``headlines*.jsonl`` hold plain
headlines written the same way; each is read through the app's headline path
(:func:`reader.core.headlines.headline_flags`, alone, with no other outlet to compare). They live
in the repository (``tests/fixtures/plain``), so the command runs without ``../shared/eval``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, Final

from reader.core.headlines import headline_flags
from reader.core.lexicon import default_lexicon
from reader.core.model import Article
from reader.evaluation.framing_scores import baseline_spans, parse, row
from reader.evaluation.wire import TOP, false_alarms

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


def load_file(path: Path, field: str = "text") -> list[str]:
    """The ``text`` (or another field) of every line of one set."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)[field] for line in lines if line.strip()]


def load_headlines(folder: Path) -> list[str]:
    """Every ``headline`` of every ``headlines*.jsonl`` in ``folder``, in file order."""
    return [
        h for path in sorted(folder.glob("headlines*.jsonl")) for h in load_file(path, "headline")
    ]


def headline_false_alarms(headlines: list[str]) -> dict[str, Any]:
    """Headline flags per 1,000 headline words, each headline read alone as the app reads one,
    beside the every-adjective-and-adverb baseline on the same headlines."""
    articles = [
        Article(f"h{i}", f"Outlet {i}", "The report was published on Monday.", title=h)
        for i, h in enumerate(headlines)
    ]
    flags = headline_flags(articles, default_lexicon(), compare=False)
    words = sum(len(re.findall(r"\w+", h)) for h in headlines)
    base = sum(len(baseline_spans(doc)) for doc in parse(headlines))
    by_word = Counter((f.text.lower(), f.category) for f in flags)
    return {
        "headlines": len(headlines),
        "headline_words": words,
        "top_headline_flags": ", ".join(f"{w} ({c}) {n}" for (w, c), n in by_word.most_common(TOP)),
        "rows": [
            row(
                "headline flags / 1000",
                1000.0 * len(flags) / words if words else 0.0,
                1000.0 * base / words if words else 0.0,
                "flags on plain headlines, each read alone",
            )
        ],
    }


def run(eval_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    folder = getattr(args, "plain", None) or PLAIN_SETS
    sentences = load(folder) if folder.is_dir() else []
    headlines = load_headlines(folder) if folder.is_dir() else []
    if not sentences and not headlines:
        return {"skipped": f"no plain*.jsonl or headlines*.jsonl in {folder}"}
    out: dict[str, Any] = false_alarms(sentences) if sentences else {"rows": []}
    if headlines:
        found = headline_false_alarms(headlines)
        rows = out["rows"] + found.pop("rows")
        out.update(found)
        out["rows"] = rows
    return out
