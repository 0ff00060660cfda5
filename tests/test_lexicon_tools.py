"""The curators' tool ``resources/lexicons/tools/add_entries.py``: it writes entries in the form the
app shows and refuses what the README's curation rules forbid."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from reader.core.lexicon import load_dir
from reader.resources import resource


def _tool(folder: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The tool module, pointed at a copy of the lexicon folder so the bundled files stay as they
    are."""
    path = resource("lexicons", "tools", "add_entries.py")
    spec = importlib.util.spec_from_file_location("add_entries", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", folder)
    return module


@pytest.fixture
def lexicons(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicons"
    shutil.copytree(resource("lexicons"), folder)
    return folder


def test_adds_entries_with_note_source_and_lean(
    lexicons: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tool = _tool(lexicons, monkeypatch)
    listing = tmp_path / "new.txt"
    listing.write_text(
        "# a comment\n"
        "gobbledygook merchant|dismisses a speaker|the speaker's name\n"
        "zorbian overlords|politically coded label|the agency's name|R\n",
        encoding="utf-8",
    )
    assert tool.main(["label", str(listing)]) == 0
    lex = load_dir(lexicons)
    (plain,) = lex.lookup("gobbledygook merchant")
    assert plain.category == "label"
    assert plain.note == "dismisses a speaker; neutral: the speaker's name"
    assert plain.source == "curated"
    lean = (lexicons / "balance" / "lean.tsv").read_text(encoding="utf-8").splitlines()
    assert lean[-1] == "zorbian overlords\tlabel\tright"
    assert "balance label:" in capsys.readouterr().out


def test_refuses_duplicates_plurals_neutral_and_generic_words(
    lexicons: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool(lexicons, monkeypatch)
    before = (lexicons / "label.tsv").read_text(encoding="utf-8")
    listing = tmp_path / "new.txt"
    listing.write_text(
        "Dictator|pejorative|leader\n"  # already there (case ignored)
        "cronies|pejorative|allies\n"  # "crony" already matches it
        "support|x|y\n"  # neutral entry
        "killed|x|y\n",  # generic word
        encoding="utf-8",
    )
    assert tool.main(["label", str(listing)]) == 0
    assert (lexicons / "label.tsv").read_text(encoding="utf-8") == before


def test_a_lean_needs_a_politically_coded_note_and_the_reverse(
    lexicons: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool(lexicons, monkeypatch)
    for line in ("zorbian|politically coded label|x\n", "zorbian|plain label|x|L\n"):
        listing = tmp_path / "new.txt"
        listing.write_text(line, encoding="utf-8")
        assert tool.main(["label", str(listing), "--dry-run"]) == 2


def test_a_spaced_term_is_a_duplicate_only_where_the_matcher_finds_the_hyphenated_entry(
    lexicons: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "let them eat cake" and "far left" are found by the bundled hyphenated entries; "would be"
    is not found by "would-be", so a curator may enter it."""
    tool = _tool(lexicons, monkeypatch)
    listing = tmp_path / "new.txt"
    listing.write_text(
        "let them eat cake|x|y\nfar left|x|y\nwould be|x|y\nfar-left|x|y\n", encoding="utf-8"
    )
    entries, problems = tool.parse_list(listing.read_text(encoding="utf-8"), "label")
    assert problems == []
    taken = {**tool.read_terms(lexicons / "loaded.tsv"), **tool.read_terms(lexicons / "label.tsv")}
    taken.update(tool.read_terms(lexicons / "hedge.tsv"))
    found = {e.term: tool.already_matched(e.term, taken) for e in entries}
    assert found == {
        "let them eat cake": True,
        "far left": True,
        "would be": False,
        "far-left": True,
    }


def test_a_use_field_fills_the_use_column_and_an_unknown_use_is_refused(
    lexicons: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lexicon files have a ``use`` column: ``use=USE`` as a list line's last field fills it,
    after a lean or without one; a line without it writes the four columns it always did."""
    tool = _tool(lexicons, monkeypatch)
    listing = tmp_path / "new.txt"
    listing.write_text(
        "zorbified|casts a change as a takeover|changed|use=agent\n"
        "zorbian swamp|politically coded slur on a capital|the capital|R|use=modifier\n"
        "zorbish|casts a plan as silly|plan\n",
        encoding="utf-8",
    )
    assert tool.main(["loaded", str(listing)]) == 0
    lex = load_dir(lexicons)
    assert [e.use for e in lex.lookup("zorbified")] == ["agent"]
    assert [e.use for e in lex.lookup("zorbian swamp")] == ["modifier"]
    assert [e.use for e in lex.lookup("zorbish")] == [""]
    rows = (lexicons / "loaded.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[-1].split("\t") == [
        "zorbish",
        "loaded",
        "casts a plan as silly; neutral: plan",
        "curated",
    ]
    for line in ("zorbic|x|y|use=sometimes\n", "zorbic|x|y|use=\n"):
        listing.write_text(line, encoding="utf-8")
        assert tool.main(["loaded", str(listing), "--dry-run"]) == 2
