"""Even-handedness on the team's three-outlet events (issue 9): a neutral wire report, a
left-leaning and a right-leaning version of the same facts. Each side's framing is found equally
(within one flag) and the wire report gets none."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import framing, nlp
from reader.core.lexicon import default_lexicon

EVENTS = ("shelter", "wage", "registry")


def _lexical(path: Path) -> list[tuple[str, str]]:
    text = path.read_text(encoding="utf-8")
    doc = nlp.parse(text)
    spans = framing.lexical_flag_spans(text, doc, default_lexicon())
    return [(text[s:e], category) for s, e, category, _ in spans]


@pytest.mark.parametrize("event", EVENTS)
def test_left_and_right_framing_found_equally(fixtures_dir: Path, event: str) -> None:
    folder = fixtures_dir / "events" / event
    left = _lexical(folder / "left.txt")
    right = _lexical(folder / "right.txt")
    assert len(left) >= 4 and len(right) >= 4
    assert abs(len(left) - len(right)) <= 1, (left, right)
    # Both sides' devices are of several kinds, not one lexicon file doing all the work.
    assert len({c for _, c in left}) >= 3 and len({c for _, c in right}) >= 3


@pytest.mark.parametrize("event", EVENTS)
def test_wire_version_gets_no_lexical_flags(fixtures_dir: Path, event: str) -> None:
    assert _lexical(fixtures_dir / "events" / event / "wire.txt") == []
