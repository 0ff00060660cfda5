"""The engine and the library stay free of Qt, so they run headless, in batch and in workers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["reader.core", "reader.store", "reader.cli"])
def test_importing_loads_no_qt(package: str) -> None:
    probe = (
        "import importlib, json, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(json.dumps(sorted(n for n in sys.modules if n.startswith('PySide6'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_core_sources_never_mention_qt() -> None:
    from pathlib import Path

    import reader.core
    import reader.store

    for pkg in (reader.core, reader.store):
        for path in Path(pkg.__path__[0]).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, f"{path} imports Qt"
