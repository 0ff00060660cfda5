"""What ``reader COMMAND`` imports before it starts: only the command it runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.cli import SUBCOMMANDS, build_parser

SRC = Path(__file__).resolve().parent.parent / "src"


def _modules_after_parsing(command: str) -> set[str]:
    """The ``reader.*`` and ``sqlite_utils`` modules a fresh interpreter holds once the parser of
    ``command`` is built (this process has imported every command already)."""
    code = (
        "import sys\n"
        "from reader.cli import build_parser\n"
        f"build_parser({command!r})\n"
        "print(' '.join(m for m in sys.modules if m.startswith(('reader.', 'sqlite_utils'))))\n"
    )
    path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return set(done.stdout.split())


def test_batch_imports_neither_the_library_nor_the_compare_command() -> None:
    loaded = _modules_after_parsing("batch")
    assert "reader.commands.batch" in loaded
    assert not {"reader.commands.library", "reader.commands.analyze", "sqlite_utils"} & loaded


def test_the_parser_of_one_command_still_lists_every_command() -> None:
    parser = build_parser("batch")
    usage = parser.format_help()
    assert all(name in usage for name in SUBCOMMANDS)
    args = parser.parse_args(["batch", "in.jsonl", "-o", "out.jsonl", "--workers", "2"])
    assert args.command == "batch" and args.workers == 2
    assert args._run.__module__ == "reader.commands.batch"


def test_without_a_command_every_command_is_built() -> None:
    parser = build_parser()
    compare = parser.parse_args(["compare", "a.txt"])
    batch = parser.parse_args(["batch", "in.jsonl", "-o", "out.jsonl"])
    assert compare._run.__module__ == SUBCOMMANDS["compare"][0]
    assert batch._run.__module__ == SUBCOMMANDS["batch"][0]


def _blas_threads_after_import(env_value: str | None) -> str:
    """``OPENBLAS_NUM_THREADS`` as a fresh interpreter sees it once it imported ``reader`` and then
    numpy, started with the variable set to ``env_value`` (or unset)."""
    code = (
        "import os, sys\n"
        "import reader\n"
        "assert 'numpy' not in sys.modules\n"
        "import numpy\n"
        "print(os.environ['OPENBLAS_NUM_THREADS'])\n"
    )
    path = os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env["PYTHONPATH"] = path
    if env_value is not None:
        env["OPENBLAS_NUM_THREADS"] = env_value
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout.strip()


def test_numpy_loads_with_one_blas_thread() -> None:
    assert _blas_threads_after_import(None) == "1"


def test_a_blas_thread_count_the_user_sets_is_kept() -> None:
    assert _blas_threads_after_import("3") == "3"
