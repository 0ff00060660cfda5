"""Stand-ins for ``reader batch``'s worker functions that spawned worker processes can import.

A test monkeypatches :mod:`reader.commands.batch` with these; the pool pickles them by name, so
they must live at module level in a module on ``sys.path`` (spawned workers inherit it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any


def no_models() -> None:
    """Skip loading spaCy and the embedder: the fault tests do not compare anything."""


def die_on_event_die(lines: Sequence[tuple[int, str]]) -> list[dict[str, Any]]:
    """A record per line, but the worker process dies outright (as when the OOM killer or a
    native crash ends it: no exception, no clean-up) on a chunk holding the event ``die``."""
    ids = [json.loads(raw)["id"] for _, raw in lines]
    if "die" in ids:
        os._exit(9)
    return [{"id": event_id} for event_id in ids]
