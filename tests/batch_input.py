"""Input and output lines of ``reader batch`` for its tests: the plain batch and the Dask one
read and write the same JSONL, so they build and read it the same way."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def event_line(event_id: str, *texts: str, outlets: Sequence[str] = ()) -> str:
    """One input line: an event named ``event_id`` with one article (and outlet) per text; the
    outlets are ``outlets`` when given, else "Outlet 0", "Outlet 1" ..."""
    names = list(outlets) or [f"Outlet {i}" for i in range(len(texts))]
    return json.dumps(
        {
            "id": event_id,
            "title": f"Event {event_id}",
            "articles": [
                {"id": f"{event_id}-{i}", "outlet": names[i], "text": t}
                for i, t in enumerate(texts)
            ],
        }
    )


def write_lines(path: Path, lines: list[str]) -> Path:
    """``lines`` as a JSONL input file at ``path``, newline-terminated as a user's file would be."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_records(path: Path) -> list[dict[str, Any]]:
    """The output records, one a line, in order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
