"""The framing evaluations (BASIL, PTC, wire copy) on small data sets written here, and on the real
development sets when ``../shared/eval`` is present."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import nlp
from reader.evaluation import basil, basil_sentences, ptc, wire
from reader.evaluation.framing_scores import Counts, sentences_in, tokens_in, word_tokens

LOADED = "The senator's reckless scheme was a disgraceful sham, critics said on Monday."
PLAIN = "The committee met on Tuesday and approved the budget for next year."


def _args(**kw: object) -> argparse.Namespace:
    return argparse.Namespace(**kw)


def test_counts_precision_recall_f1() -> None:
    c = Counts()
    c.add(gold={1, 2, 3, 4}, pred={3, 4, 5})
    assert (c.tp, c.fp, c.fn) == (2, 1, 2)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == pytest.approx(0.5)
    assert c.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert Counts().f1 == 0.0


def test_tokens_and_sentences_overlapping_spans() -> None:
    doc = nlp.parse(LOADED)
    words = word_tokens(doc)
    start = LOADED.index("reckless")
    hit = tokens_in(doc, [(start, start + len("reckless scheme"))], words)
    assert [doc[i].text for i in sorted(hit)] == ["reckless", "scheme"]
    assert all(not doc[i].is_punct for i in words)
    assert sentences_in([0, 10, 20], [(12, 14), (25, 30)], 40) == {1, 2}


def _basil_event(with_gold: bool) -> dict[str, object]:
    def art(text: str) -> dict[str, object]:
        spans = []
        if with_gold and "reckless" in text:
            s = text.index("reckless")
            spans.append({"start": s, "end": s + 8, "bias": "lex", "where": "body"})
            spans.append({"start": 0, "end": len(text), "bias": "inf", "where": "body"})
        return {"text": text, "sentence_starts": [0], "spans": spans}

    return {"triplet": "t", "event": "e", "articles": {"fox": art(LOADED), "nyt": art(PLAIN)}}


def test_basil_scores_a_small_file(tmp_path: Path) -> None:
    (tmp_path / "basil-dev.jsonl").write_text(
        json.dumps(_basil_event(True)) + "\n", encoding="utf-8"
    )
    out = basil.run(tmp_path, _args(basil_limit=None, no_compare=True))
    rows = {r["metric"]: r for r in out["rows"]}
    assert out["articles"] == 2
    assert rows["token recall"]["engine"] == 1.0  # "reckless" is flagged
    assert 0 < rows["token precision"]["engine"] < 1.0  # and so are "scheme", "sham"...
    assert rows["fox token recall"]["engine"] == 1.0
    assert rows["nyt flags / 1000 words"]["engine"] == 0.0  # the plain report gets no flags
    assert rows["token F1"]["baseline"] > 0  # the adjective baseline also finds "reckless"


def test_ptc_scores_a_small_folder(tmp_path: Path) -> None:
    (tmp_path / "ptc" / "articles").mkdir(parents=True)
    (tmp_path / "ptc" / "articles" / "article1.txt").write_text(LOADED, encoding="utf-8")
    s = LOADED.index("disgraceful sham")
    (tmp_path / "ptc" / "labels.tsv").write_text(
        f"1\tLoaded_Language\t{s}\t{s + 16}\n1\tRepetition\t0\t3\n", encoding="utf-8"
    )
    out = ptc.run(tmp_path, _args(ptc_limit=None))
    rows = {r["metric"]: r for r in out["rows"]}
    assert rows["token recall"]["engine"] == 1.0
    assert rows["token precision"]["engine"] < 1.0


def test_ptc_reads_semevals_own_layout(tmp_path: Path) -> None:
    """SemEval ships one ``.labels`` file per article beside the texts, with no ``labels.tsv``."""
    split = tmp_path / "ptc-dev" / "dev-articles"
    split.mkdir(parents=True)
    (split / "article7.txt").write_text(LOADED, encoding="utf-8")
    (split / "article8.txt").write_text(PLAIN, encoding="utf-8")
    s = LOADED.index("disgraceful sham")
    labels = tmp_path / "ptc-dev" / "dev-labels"
    labels.mkdir()
    (labels / "article7.task-flc-tc.labels").write_text(
        f"7\tLoaded_Language\t{s}\t{s + 16}\n", encoding="utf-8"
    )
    (labels / "article8.task-flc-tc.labels").write_text("8\tSlogans\t0\t4\n", encoding="utf-8")
    out = ptc.run(tmp_path, _args(ptc_limit=None))
    rows = {r["metric"]: r for r in out["rows"]}
    assert (out["folder"], out["articles"]) == ("ptc-dev", 2)
    assert rows["token recall"]["engine"] == 1.0


def test_wire_lists_false_flags(tmp_path: Path) -> None:
    rows = ["Quality\t#1 ID\t#2 ID\t#1 String\t#2 String", f"1\t1\t2\t{PLAIN}\t{LOADED}"]
    (tmp_path / "mrpc-train.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = wire.run(tmp_path, _args(wire_limit=None))
    assert out["sentences"] == 2
    assert "sham" in out["top_false_flags"]
    assert out["rows"][0]["engine"] > 0


def test_held_out_copies_under_other_names_are_found(tmp_path: Path) -> None:
    """A judge's folder may name its files otherwise: the only BASIL file, the only PTC folder."""
    (tmp_path / "basil-test.jsonl").write_text(
        json.dumps(_basil_event(True)) + "\n", encoding="utf-8"
    )
    (tmp_path / "ptc-test" / "articles").mkdir(parents=True)
    (tmp_path / "ptc-test" / "articles" / "article1.txt").write_text(LOADED, encoding="utf-8")
    (tmp_path / "ptc-test" / "labels.tsv").write_text("1\tDoubt\t0\t3\n", encoding="utf-8")
    out = basil.run(tmp_path, _args(basil_limit=None, no_compare=True))
    assert (out["file"], out["articles"]) == ("basil-test.jsonl", 2)
    assert ptc.run(tmp_path, _args(ptc_limit=None))["folder"] == "ptc-test"
    # an explicit path wins over what the folder holds
    elsewhere = tmp_path / "other" / "events.jsonl"
    elsewhere.parent.mkdir()
    elsewhere.write_text(json.dumps(_basil_event(False)) + "\n", encoding="utf-8")
    out = basil.run(tmp_path, _args(basil=elsewhere, basil_limit=None, no_compare=True))
    assert out["file"] == "events.jsonl"


def test_missing_data_is_skipped(tmp_path: Path) -> None:
    for module in (basil, ptc, wire):
        assert "skipped" in module.run(tmp_path, _args())


@pytest.mark.eval
@pytest.mark.slow
def test_real_dev_sets_beat_the_baseline(eval_dir: Path) -> None:
    out = basil.run(eval_dir, _args(basil_limit=12, no_compare=True))
    f1 = next(r for r in out["rows"] if r["metric"] == "token F1")
    assert f1["engine"] > 1.5 * f1["baseline"]
    out = wire.run(eval_dir, _args(wire_limit=300))
    assert out["rows"][0]["engine"] <= 10.0


def test_basil_sentences_keeps_gold_sentences_and_as_many_plain_ones(tmp_path: Path) -> None:
    plain = ["The council met on Tuesday to discuss the budget."] * 2
    text = " ".join([LOADED, *plain, "Short one."])
    starts = [0]
    for piece in [*plain, "Short one."]:
        starts.append(text.index(piece, starts[-1] + 1))
    s = text.index("reckless")
    art = {
        "text": text,
        "sentence_starts": starts,
        "spans": [{"start": s, "end": s + 8, "bias": "lex", "where": "body"}],
    }
    items = basil_sentences.from_events([{"articles": {"hpo": art}}])
    assert [i.biased for i in items] == [True, False]  # one with gold, one without; none too short
    first = items[0]
    assert first.text == LOADED
    assert [first.text[a:b] for a, b in first.spans] == ["reckless"]
    (tmp_path / "basil-dev.jsonl").write_text(
        json.dumps({"articles": {"hpo": art}}) + "\n", encoding="utf-8"
    )
    out = basil_sentences.run(tmp_path, _args(basil_sentences_limit=None))
    rows = {r["metric"]: r for r in out["rows"]}
    assert out["sentences"] == 2
    assert rows["token recall"]["engine"] == 1.0
    assert rows["not biased: flags/1000"]["engine"] == 0.0
    assert "skipped" in basil_sentences.run(tmp_path / "absent", _args())


def test_the_ptc_probe_build_refuses_a_batch_written_over_the_whole_set(tmp_path: Path) -> None:
    """``build.py --ids`` without ``--out`` would rewrite ``ptc/labels.tsv`` with the batch's
    rows only, leaving the set's other articles with no labels; with ``--out`` it writes the
    batch alone there."""
    script = Path(__file__).parent / "fixtures" / "ptc_probe" / "build.py"
    labels = script.parent / "ptc" / "labels.tsv"
    before = labels.read_bytes()
    refused = subprocess.run(
        [sys.executable, str(script), "--ids", "909-910"], capture_output=True, text=True
    )
    assert refused.returncode == 2 and "--out" in refused.stderr
    assert labels.read_bytes() == before
    subprocess.run(
        [sys.executable, str(script), "--ids", "909-910", "--out", str(tmp_path)], check=True
    )
    written = sorted(p.name for p in (tmp_path / "articles").iterdir())
    assert written == ["article909.txt", "article910.txt"]
    ids = {row.split("\t")[0] for row in (tmp_path / "labels.tsv").read_text().splitlines()}
    assert ids == {"909", "910"}


def test_the_ptc_probe_build_orders_four_digit_ids_by_number(tmp_path: Path) -> None:
    """Article 1000 follows 999: by name it would sort first, and ``--ids 999-1000`` must take
    both."""
    marked = tmp_path / "marked"
    marked.mkdir()
    for ident in ("999", "1000", "1001"):
        (marked / f"article{ident}.txt").write_text("A {L:sham} vote.", encoding="utf-8")
    (tmp_path / "build.py").write_bytes(
        (Path(__file__).parent / "fixtures" / "ptc_probe" / "build.py").read_bytes()
    )
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, str(tmp_path / "build.py"), "--ids", "999-1000", "--out", str(out)],
        check=True,
    )
    rows = (out / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert rows == ["999\tLoaded_Language\t2\t6", "1000\tLoaded_Language\t2\t6"]


def test_ptc_orders_four_digit_ids_by_number(tmp_path: Path) -> None:
    """996 before 1000, so the folds and ``--ptc-limit`` keep their articles as a set grows."""
    (tmp_path / "ptc" / "articles").mkdir(parents=True)
    for ident in ("1000", "996", "x1"):
        (tmp_path / "ptc" / "articles" / f"article{ident}.txt").write_text(LOADED, encoding="utf-8")
    (tmp_path / "ptc" / "labels.tsv").write_text("1000\tDoubt\t0\t3\n", encoding="utf-8")
    ids, _, gold = ptc.load(tmp_path / "ptc")
    assert ids == ["996", "1000", "x1"]
    assert gold["1000"] == [(0, 3)]
