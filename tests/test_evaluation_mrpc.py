"""The MRPC evaluation: folds, the fitting code, the command, and a clean skip without data."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pytest

from reader.evaluation import DATASETS, mrpc
from reader.evaluation.__main__ import main


def _pairs(n: int) -> list[mrpc.Pair]:
    return [mrpc.Pair(i % 2, f"sentence {i} a", f"sentence {i} b") for i in range(n)]


def test_split_is_fixed_and_disjoint() -> None:
    pairs = _pairs(100)
    train, test = mrpc.split(pairs)
    assert (train, test) == mrpc.split(pairs)
    assert len(test) == 20 and len(train) == 80
    assert not {p.a for p in train} & {p.a for p in test}


def test_fit_logistic_recovers_known_weights() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(4000, 2))
    true_w, true_b = np.array([2.0, -1.0]), 0.5
    y = (rng.random(4000) < 1 / (1 + np.exp(-(x @ true_w + true_b)))).astype(float)
    w, b = mrpc.fit_logistic(x, y)
    assert np.allclose(w, true_w, atol=0.25) and abs(b - true_b) < 0.25


def test_constrained_fit_respects_signs() -> None:
    rng = np.random.default_rng(2)
    n = len(mrpc.features.FEATURE_NAMES)
    x = rng.random(size=(2000, n))
    # A label that falls with the first overlap feature: the constrained fit must give it 0, not <
    # 0.
    y = (rng.random(2000) < 1 / (1 + np.exp(4 * x[:, 0] - 2))).astype(float)
    w, _ = mrpc.fit_constrained(x, y)
    signs = np.array([mrpc.SIGNS.get(f, 0) for f in mrpc.features.FEATURE_NAMES])
    assert np.all(signs * w >= 0)
    assert w[0] == 0.0


def test_scores() -> None:
    pairs = [mrpc.Pair(1, "a", "b"), mrpc.Pair(0, "c", "d"), mrpc.Pair(1, "e", "f")]
    s = mrpc.scores([True, True, False], pairs)
    assert s["accuracy"] == pytest.approx(1 / 3)
    assert s["precision"] == pytest.approx(0.5) and s["recall"] == pytest.approx(0.5)


def test_skips_cleanly_without_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mrpc", "--eval-dir", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
    result = mrpc.run(tmp_path, argparse.Namespace())
    assert "skipped" in result


def test_a_test_file_is_scored_whole(tmp_path: Path) -> None:
    header = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"
    same = (
        "The city council approved the new budget on Monday by a vote of nine to two.",
        "On Monday the city council passed the new budget, nine votes to two.",
    )
    other = (
        "The city council approved the new budget on Monday by a vote of nine to two.",
        "A heavy snowfall closed three mountain passes in the west of the country.",
    )
    rows = [header, "1\t1\t2\t" + "\t".join(same), "0\t3\t4\t" + "\t".join(other)]
    (tmp_path / "msr_paraphrase_test.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = mrpc.run(tmp_path, argparse.Namespace(mrpc_compare=False))
    assert (result["file"], result["held_out"], result["train"]) == (
        "msr_paraphrase_test.txt",
        2,
        0,
    )
    rows_by = {r["metric"]: r for r in result["rows"]}
    assert rows_by["held-out accuracy"]["engine"] == 1.0
    assert "tuned on the test pairs" in result["baseline"]


def test_every_listed_data_set_has_a_run_function() -> None:
    import importlib

    for module_name, _ in DATASETS.values():
        assert callable(importlib.import_module(module_name).run)


@pytest.mark.eval
@pytest.mark.slow
def test_engine_beats_majority_on_a_small_slice(eval_dir: Path) -> None:
    result = mrpc.run(eval_dir, argparse.Namespace(mrpc_limit=400, refit=False))
    rows = {r["metric"]: r for r in result["rows"]}
    acc = rows["held-out accuracy"]
    assert 0.0 <= acc["engine"] <= 1.0 and 0.0 <= acc["baseline"] <= 1.0
    assert result["held_out"] == 80
    # Well above always answering "not aligned" (MRPC is two-thirds positives).
    assert acc["engine"] > 1.0 - result["positive_rate"] + 0.2
