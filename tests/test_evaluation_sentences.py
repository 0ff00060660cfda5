"""The single-sentence evaluation (``sentences``): a tolerant loader for BABE/MBIC-style files, gold
tokens from biased-word lists, scoring on a hand-checked case, discovery and skipping, and the run
on the team-written set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from reader.core import nlp
from reader.core.errors import ReaderInputError
from reader.evaluation import DATASETS, sentences, team_sets
from reader.evaluation.__main__ import main
from reader.evaluation.framing_scores import word_tokens

LOADED = "Critics slammed the radical plan as a reckless giveaway."
PLAIN = "The council approved a new budget on Tuesday."


def _args(**kw: object) -> argparse.Namespace:
    base: dict[str, object] = {"sentences": None, "sentences_limit": None}
    base.update(kw)
    return argparse.Namespace(**base)


def _rows(result: dict[str, object]) -> dict[str, dict[str, float]]:
    rows = result["rows"]
    assert isinstance(rows, list)
    return {r["metric"]: r for r in rows}


def _gold_words(text: str, entries: tuple[str, ...]) -> tuple[list[str], list[str]]:
    doc = nlp.parse(text)
    gold, unmatched = sentences.gold_tokens(
        doc, sentences.Sentence(text, entries), word_tokens(doc)
    )
    return [doc[i].text for i in sorted(gold)], unmatched


# -- loader ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("['radical', 'slammed']", ["radical", "slammed"]),
        ('["radical", "far-left"]', ["radical", "far-left"]),
        ("radical, slammed", ["radical", "slammed"]),
        ("radical; slammed ;", ["radical", "slammed"]),
        ("[radical, slammed]", ["radical", "slammed"]),
        (["open borders", " thugs "], ["open borders", "thugs"]),
        ("[]", []),
        ("", []),
        ("nan", []),
        (None, []),
    ],
)
def test_word_lists_in_every_shape(value: object, expected: list[str]) -> None:
    assert sentences.parse_word_list(value) == expected


def test_labels() -> None:
    assert sentences.parse_label("Biased") is True
    assert sentences.parse_label("Non-biased") is False
    assert sentences.parse_label("non biased") is False
    assert sentences.parse_label("0") is False
    assert sentences.parse_label("No agreement") is None
    assert sentences.parse_label("") is None


def test_jsonl_with_words_spans_and_either_text_key(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    lines = [
        {"text": LOADED, "biased_words": ["slammed"], "label_bias": "Biased", "lean": "right"},
        {"sentence": PLAIN, "biased_words": "[]", "label": "Non-biased"},
        {"text": LOADED, "spans": [[8, 15], {"start": 20, "end": 27}]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    got = sentences.load(path)
    assert [s.text for s in got] == [LOADED, PLAIN, LOADED]
    assert got[0].biased_words == ("slammed",)
    assert got[0].biased is True
    assert got[0].meta == {"lean": "right"}
    assert got[1].biased is False
    assert got[1].biased_words == ()
    assert got[2].spans == ((8, 15), (20, 27))
    assert got[2].biased is None


def test_jsonl_errors_are_one_line_and_name_the_place(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"text": LOADED, "biased_words": []}) + "\n{oops\n", "utf-8")
    with pytest.raises(ReaderInputError, match=r"s\.jsonl line 2: not JSON"):
        sentences.load(path)
    path.write_text(json.dumps({"title": LOADED, "biased_words": []}) + "\n", "utf-8")
    with pytest.raises(ReaderInputError, match="no 'text' or 'sentence' field"):
        sentences.load(path)
    path.write_text(json.dumps({"text": LOADED}) + "\n", "utf-8")
    with pytest.raises(ReaderInputError, match="nothing to score"):
        sentences.load(path)
    with pytest.raises(ReaderInputError, match="no such file"):
        sentences.load(tmp_path / "missing.csv")


def test_semicolon_csv_like_babe(tmp_path: Path) -> None:
    path = tmp_path / "babe.csv"
    path.write_text(
        "text;outlet;label_bias;biased_words\n"
        f"\"{LOADED}\";x;Biased;\"['slammed', 'reckless giveaway']\"\n"
        f"{PLAIN};y;Non-biased;[]\n"
        f"{PLAIN};y;No agreement;\n",
        encoding="utf-8",
    )
    got = sentences.load(path)
    assert [s.biased for s in got] == [True, False, None]
    assert got[0].biased_words == ("slammed", "reckless giveaway")
    assert got[0].meta == {"outlet": "x"}
    assert got[2].biased_words == ()


def _workbook(path: Path, rows: list[list[str]]) -> None:
    """A minimal .xlsx: shared strings for the header, inline strings and a number below."""
    import zipfile

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    header = rows[0]
    shared = "".join(f"<si><t>{h}</t></si>" for h in header)
    cells = [
        '<row r="1">'
        + "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(header)))
        + "</row>"
    ]
    for n, row in enumerate(rows[1:], 2):
        parts = []
        for i, value in enumerate(row):
            ref = f"{chr(65 + i)}{n}"
            if value.isdigit():
                parts.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value:  # empty cells are simply absent, as spreadsheet programs write them
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
        cells.append(f'<row r="{n}">' + "".join(parts) + "</row>")
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">{shared}</sst>')
        sheet = f'<worksheet xmlns="{ns}"><sheetData>{"".join(cells)}</sheetData></worksheet>'
        book.writestr("xl/worksheets/sheet1.xml", sheet)


def test_xlsx_first_sheet_like_the_published_babe_files(tmp_path: Path) -> None:
    path = tmp_path / "final_labels.xlsx"
    _workbook(
        path,
        [
            ["sentence", "outlet", "label_bias", "biased_words"],
            [LOADED, "", "Biased", "['slammed', 'reckless giveaway']"],
            [PLAIN, "12", "Non-biased", "[]"],
        ],
    )
    got = sentences.load(path)
    assert [s.text for s in got] == [LOADED, PLAIN]
    assert [s.biased for s in got] == [True, False]
    assert got[0].biased_words == ("slammed", "reckless giveaway")
    assert got[1].meta == {"outlet": "12"}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ReaderInputError, match=r"not a readable \.xlsx"):
        sentences.load(broken)


def test_comma_csv_with_mbic_column_names(tmp_path: Path) -> None:
    path = tmp_path / "mbic.csv"
    path.write_text(
        f'sentence,Label_bias,biased_words4\n"{LOADED}",Biased,"slammed, radical"\n',
        encoding="utf-8",
    )
    (only,) = sentences.load(path)
    assert only.text == LOADED
    assert only.biased_words == ("slammed", "radical")
    assert only.biased is True


def test_tsv_with_separated_words(tmp_path: Path) -> None:
    path = tmp_path / "sentences.tsv"
    path.write_text(
        f"id\tsentence\tbiased_words\n1\t{LOADED}\tslammed; radical plan\n2\t{PLAIN}\t\n",
        encoding="utf-8",
    )
    got = sentences.load(path)
    assert [s.biased_words for s in got] == [("slammed", "radical plan"), ()]
    assert all(s.biased is None for s in got)


def test_missing_columns_are_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("headline,biased_words\nA line,[]\n", encoding="utf-8")
    with pytest.raises(ReaderInputError, match=r"no text column.*'text' or 'sentence'"):
        sentences.load(path)
    path.write_text(f"text,label_bias\n{PLAIN},Biased\n", encoding="utf-8")
    with pytest.raises(ReaderInputError, match="no 'biased_words' column"):
        sentences.load(path)


# -- gold tokens -----------------------------------------------------------------------------------


def test_gold_tokens_every_occurrence_case_and_hyphens() -> None:
    text = "Radical mobs met radical police as the open-borders crowd cut the line again."
    words, unmatched = _gold_words(text, ("radical", "Open-Borders", "cut the line", "invaders"))
    assert words == ["Radical", "radical", "open", "borders", "cut", "the", "line"]
    assert unmatched == ["invaders"]


def test_gold_tokens_multiword_needs_the_whole_sequence() -> None:
    words, unmatched = _gold_words("The line was cut before the vote.", ("cut the line",))
    assert words == []
    assert unmatched == ["cut the line"]


def test_gold_tokens_from_character_spans() -> None:
    doc = nlp.parse(LOADED)
    start = LOADED.index("radical")
    gold, _ = sentences.gold_tokens(
        doc, sentences.Sentence(LOADED, spans=((start, start + 3),)), word_tokens(doc)
    )
    assert [doc[i].text for i in gold] == ["radical"]


# -- scoring ---------------------------------------------------------------------------------------


def test_scores_a_hand_checked_pair() -> None:
    """Gold: slammed, radical, reckless, giveaway (9 + 8 words). The engine flags ``slammed``,
    ``radical plan``, ``reckless``, ``giveaway``: 4 right, ``plan`` extra, nothing on the plain
    sentence. The baseline flags ``radical``, ``reckless`` and ``new``."""
    items = [
        sentences.Sentence(LOADED, ("slammed", "radical", "reckless giveaway"), biased=True),
        sentences.Sentence(PLAIN, (), biased=False),
    ]
    rows = _rows(sentences.score(items))
    assert rows["token precision"]["engine"] == pytest.approx(0.8)
    assert rows["token recall"]["engine"] == 1.0
    assert rows["token F1"]["engine"] == pytest.approx(8 / 9, abs=1e-4)
    assert rows["token precision"]["baseline"] == pytest.approx(2 / 3, abs=1e-4)
    assert rows["token recall"]["baseline"] == 0.5
    assert rows["token F1"]["baseline"] == pytest.approx(4 / 7, abs=1e-4)
    assert rows["sentence F1"]["engine"] == 1.0
    assert rows["sentence F1"]["baseline"] == pytest.approx(2 / 3, abs=1e-4)
    assert rows["flags / 1000 words"]["engine"] == pytest.approx(4000 / 17, abs=1e-3)
    assert rows["flags / 1000 words"]["baseline"] == pytest.approx(3000 / 17, abs=1e-3)
    assert rows["biased: token F1"]["engine"] == pytest.approx(8 / 9, abs=1e-4)
    assert rows["not biased: flags/1000"]["engine"] == 0.0
    assert rows["not biased: flags/1000"]["baseline"] == pytest.approx(125.0)
    assert rows["flags on a gold word"]["engine"] == 1.0


# -- discovery and skipping ------------------------------------------------------------------------


def test_finds_files_in_the_eval_folder_and_one_level_down(tmp_path: Path) -> None:
    assert sentences.find_file(tmp_path) is None
    (tmp_path / "notes.csv").write_text("x\n", encoding="utf-8")
    sub = tmp_path / "bias"
    sub.mkdir()
    (sub / "MBIC_labeled.csv").write_text("x\n", encoding="utf-8")
    assert sentences.find_file(tmp_path) == sub / "MBIC_labeled.csv"
    (tmp_path / "babe_sg2.jsonl").write_text("x\n", encoding="utf-8")
    assert sentences.find_file(tmp_path) == tmp_path / "babe_sg2.jsonl"
    (tmp_path / "sentences-test.tsv").write_text("x\n", encoding="utf-8")
    assert sentences.find_file(tmp_path) == tmp_path / "sentences-test.tsv"


def test_finds_the_file_names_babe_and_mbic_are_published_under(tmp_path: Path) -> None:
    (tmp_path / "final_labels_SG2.xlsx").write_bytes(b"")
    assert sentences.find_file(tmp_path) == tmp_path / "final_labels_SG2.xlsx"
    other = tmp_path / "mbic"
    other.mkdir()
    (other / "labeled_dataset.xlsx").write_bytes(b"")
    assert sentences.find_file(other) == other / "labeled_dataset.xlsx"


def test_skips_when_nothing_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences, "TEAM_SET", tmp_path / "absent.jsonl")
    out = sentences.run(tmp_path, _args())
    assert "skipped" in out
    assert "rows" not in out


def test_a_found_file_wins_over_the_team_set(tmp_path: Path) -> None:
    (tmp_path / "sentences.jsonl").write_text(
        json.dumps({"text": LOADED, "biased_words": ["slammed"]}) + "\n", encoding="utf-8"
    )
    out = sentences.run(tmp_path, _args())
    assert "found in the eval folder" in out["source"]
    assert out["sentences"] == 1


def test_a_bad_file_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "given.csv"
    bad.write_text("headline,biased_words\nx,[]\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        sentences.run(tmp_path, _args(sentences=bad))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no text column" in err


# -- the team set ----------------------------------------------------------------------------------


def test_team_set_is_balanced_and_every_word_is_in_its_sentence() -> None:
    items = sentences.load(sentences.TEAM_SET)
    leans = [s.meta["lean"] for s in items]
    assert len(items) >= 140
    assert min(leans.count("right"), leans.count("left")) >= 50
    assert leans.count("neutral") >= 35
    assert len({s.meta["topic"] for s in items}) == 10
    docs = nlp.parse_many([s.text for s in items])
    for s, doc in zip(items, docs, strict=True):
        assert (s.meta["lean"] == "neutral") == (not s.biased_words) == (s.biased is False)
        _, unmatched = sentences.gold_tokens(doc, s, word_tokens(doc))
        assert unmatched == [], s.text


#: Every later team set (team2, team3 ...): each was written to the same brief.
LATER_TEAM_SETS = [
    path.name for name, path in team_sets.set_files(sentences.TEAM_SET.parent) if name != "team"
]


#: (sentences, biased, of them leaning left, topics) of a later set written to a different brief:
#: the stop-23 probe took the benchmarks' core topics, 80 framed and 30 plain; the stop-24 one
#: twelve topics earlier sets covered least, as did the first stop-25 one (twelve more); the
#: second stop-25 one put the slant in verbs and adverbs on any topic. The others are 200/130/65/16.
SHAPES = {
    "team50_sentences.jsonl": (110, 80, 40, 14),
    "team51_sentences.jsonl": (123, 89, 46, 12),
    "team52_sentences.jsonl": (131, 99, 49, 12),
    "team53_sentences.jsonl": (126, 97, 48, 45),
    "team54_sentences.jsonl": (126, 95, 58, 12),
    "team55_sentences.jsonl": (126, 96, 48, 12),
    "team56_sentences.jsonl": (120, 90, 45, 14),
    "team57_sentences.jsonl": (125, 94, 47, 13),
    "team58_sentences.jsonl": (120, 90, 45, 12),
    "team59_sentences.jsonl": (120, 90, 45, 10),
    "team60_sentences.jsonl": (132, 96, 48, 12),
    "team61_sentences.jsonl": (120, 90, 45, 10),
    "team62_sentences.jsonl": (120, 90, 45, 10),
    "team64_sentences.jsonl": (121, 90, 45, 8),
    "team63_sentences.jsonl": (120, 90, 45, 10),
    "team65_sentences.jsonl": (121, 90, 45, 10),
    "team66_sentences.jsonl": (120, 90, 45, 10),
    "team68_sentences.jsonl": (120, 90, 45, 10),
    "team67_sentences.jsonl": (121, 90, 45, 13),
    "team69_sentences.jsonl": (120, 90, 45, 10),
    "team70_sentences.jsonl": (120, 90, 45, 10),
    "team71_sentences.jsonl": (120, 90, 45, 10),
    "team72_sentences.jsonl": (120, 90, 45, 10),
    "team73_sentences.jsonl": (120, 90, 45, 10),
    "team74_sentences.jsonl": (120, 90, 45, 10),
    "team75_sentences.jsonl": (120, 90, 45, 10),
    "team76_sentences.jsonl": (120, 90, 45, 10),
    "team77_sentences.jsonl": (120, 90, 45, 10),
    "team78_sentences.jsonl": (120, 90, 45, 10),
    "team79_sentences.jsonl": (120, 90, 45, 10),
    "team80_sentences.jsonl": (120, 90, 45, 10),
    "team81_sentences.jsonl": (120, 90, 45, 10),
    "team82_sentences.jsonl": (120, 90, 45, 10),
    "team83_sentences.jsonl": (120, 90, 45, 10),
    "team84_sentences.jsonl": (120, 90, 45, 10),
    "team85_sentences.jsonl": (120, 90, 45, 10),
    "team86_sentences.jsonl": (120, 90, 45, 10),
    "team87_sentences.jsonl": (120, 90, 45, 10),
    "team88_sentences.jsonl": (120, 90, 45, 10),
    "team89_sentences.jsonl": (120, 90, 45, 10),
    "team90_sentences.jsonl": (120, 90, 45, 10),
    "team91_sentences.jsonl": (120, 90, 45, 10),
    "team92_sentences.jsonl": (120, 90, 45, 10),
    "team93_sentences.jsonl": (120, 90, 45, 10),
    "team94_sentences.jsonl": (120, 90, 45, 10),
    "team95_sentences.jsonl": (120, 90, 45, 10),
    "team96_sentences.jsonl": (120, 90, 45, 10),
    "team97_sentences.jsonl": (120, 90, 45, 10),
    "team98_sentences.jsonl": (120, 90, 45, 10),
    "team99_sentences.jsonl": (120, 90, 45, 10),
    "team100_sentences.jsonl": (120, 90, 45, 10),
    "team101_sentences.jsonl": (120, 90, 45, 10),
    "team102_sentences.jsonl": (120, 90, 45, 10),
    "team103_sentences.jsonl": (120, 90, 45, 10),
    "team104_sentences.jsonl": (120, 90, 45, 10),
    "team105_sentences.jsonl": (120, 90, 45, 10),
    "team106_sentences.jsonl": (120, 90, 45, 10),
}


def test_the_later_team_sets_are_all_found() -> None:
    assert LATER_TEAM_SETS[:2] == ["team2_sentences.jsonl", "team3_sentences.jsonl"]
    assert len(LATER_TEAM_SETS) >= 10


@pytest.mark.parametrize("name", LATER_TEAM_SETS)
def test_later_team_sets_load_and_every_word_is_in_its_sentence(name: str) -> None:
    items = sentences.load(sentences.TEAM_SET.with_name(name))
    size, biased, left, topics = SHAPES.get(name, (200, 130, 65, 16))
    assert len(items) == size
    assert sum(1 for s in items if s.biased) == biased
    assert sum(1 for s in items if s.meta["lean"] == "left") == left
    assert len({s.meta["topic"] for s in items}) == topics
    docs = nlp.parse_many([s.text for s in items])
    for s, doc in zip(items, docs, strict=True):
        assert (s.meta["lean"] == "none") == (not s.biased_words) == (s.biased is False)
        _, unmatched = sentences.gold_tokens(doc, s, word_tokens(doc))
        assert unmatched == [], s.text


def test_command_runs_on_the_team_set_and_beats_the_baseline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "sentences" in DATASETS
    out = sentences.run(tmp_path, _args())
    assert "team set" in out["source"]
    rows = _rows(out)
    f1 = rows["token F1"]
    assert f1["engine"] > f1["baseline"] > 0
    assert rows["token precision"]["engine"] > rows["token precision"]["baseline"]
    # Neutral wire-style sentences: the engine stays quieter than every adjective and adverb.
    quiet = rows["not biased: flags/1000"]
    assert quiet["engine"] < quiet["baseline"]
    assert rows["flags / 1000 words"]["engine"] < rows["flags / 1000 words"]["baseline"]

    assert main(["sentences", "--eval-dir", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "## sentences" in printed
    assert "team set (written and annotated by us" in printed
    assert f"| {'token F1':<22} | {f1['engine']:>6.3f} |" in printed

    # Without any ../shared/eval (a fresh clone elsewhere) the team set still runs.
    assert main(["sentences", "--eval-dir", str(tmp_path / "absent")]) == 0
    assert f"| {'token F1':<22} | {f1['engine']:>6.3f} |" in capsys.readouterr().out


# -- every team set at once (team-sets) -----------------------------------------------------------


def test_team_sets_are_listed_first_set_first_then_by_number() -> None:
    names = [name for name, _ in team_sets.set_files(sentences.TEAM_SET.parent)]
    assert names[:4] == ["team", "team2", "team3", "team4"]
    assert names.index("team10") > names.index("team9")
    assert len(names) == len(list(sentences.TEAM_SET.parent.glob("team*_sentences.jsonl")))


def test_team_sets_scores_each_set_and_marks_the_held_back_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"text": LOADED, "biased_words": ["slammed", "radical", "reckless giveaway"]},
        {"text": PLAIN, "biased_words": []},
    ]
    for name in ("team4", "team90"):
        path = tmp_path / f"{name}_sentences.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    (tmp_path / "notes_sentences.jsonl").write_text("not a set\n", encoding="utf-8")
    out = team_sets.run(tmp_path / "absent", argparse.Namespace(team_sets=tmp_path))
    assert out["sets"] == 2
    assert out["held back (never read)"] == "team4"
    rows = _rows(out)
    assert set(rows) == {"team4 F1 (held back)", "team90 F1"}
    one = sentences.score(sentences.load(tmp_path / "team90_sentences.jsonl"))
    assert rows["team90 F1"]["engine"] == _rows(one)["token F1"]["engine"] > 0
    doubled = sum(r["engine"] >= 2 * r["baseline"] for r in rows.values())
    assert out["at twice the baseline or more"] == doubled

    assert main(["team-sets", "--team-sets", str(tmp_path), "--eval-dir", str(tmp_path)]) == 0
    assert "| team4 F1 (held back)   |" in capsys.readouterr().out


def test_team_sets_skip_an_empty_folder(tmp_path: Path) -> None:
    out = team_sets.run(tmp_path, argparse.Namespace(team_sets=tmp_path))
    assert "no team*_sentences.jsonl" in out["skipped"]
