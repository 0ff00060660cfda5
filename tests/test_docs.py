"""The user guide (docs/GUIDE.md) and the README against the app they describe: the pictures and
files they link to exist, the README's Quick start stays two commands, the guide names every kind
of flag as the app does, and every menu path it tells a reader to choose is in the window's menus.
A renamed menu entry or flag kind then fails here rather than leaving the guide wrong."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from reader.core.model import CATEGORY_LABELS
from reader.core.palette import style_for
from ui_sample import sample_window

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "GUIDE.md"
README = ROOT / "README.md"
#: A Markdown link or picture to a file of the repository: ``[text](path)`` or ``![alt](path)``.
_LOCAL_LINK = re.compile(r"!?\[[^\]]*\]\((?!https?:|#)([^)\s]+)\)")
#: A menu path the guide tells a reader to choose, in bold, perhaps after a few words saying what
#: it is for: **File > Export**, **Pasted text: File > Paste Text**.
_MENU_PATH = re.compile(
    r"\*\*(?:[^*:]+:\s)?((?:File|Edit|Article|View|Go|Tools|Help)\s>\s[^*]+)\*\*"
)


def local_links(doc: Path) -> list[str]:
    return _LOCAL_LINK.findall(doc.read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc", [GUIDE, README], ids=lambda p: p.name)
def test_local_links_and_pictures_exist(doc: Path) -> None:
    links = local_links(doc)
    assert links, f"{doc.name} links to nothing"
    missing = [link for link in links if not (doc.parent / link).is_file()]
    assert missing == []


def test_guide_shows_each_view_and_readme_links_the_guide() -> None:
    pictures = {Path(link).name for link in local_links(GUIDE) if link.endswith(".png")}
    assert pictures == {"aligned.png", "reading.png", "overview.png"}
    assert "docs/GUIDE.md" in local_links(README)


def test_readme_quick_start_keeps_one_block_of_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```[a-z]*\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 1
    assert len(blocks[0].strip().splitlines()) == 2


def test_guide_names_every_flag_kind_with_its_letter() -> None:
    """Each kind's heading is the name the legend and the Help use, with the letter its marks
    carry; "Only this outlet" is a bar that labels itself, so it has no letter in the text."""
    text = GUIDE.read_text(encoding="utf-8")
    for category, label in CATEGORY_LABELS.items():
        if category == "unique-claim":
            assert f"**{label}.**" in text
        else:
            assert f"**{label} ({style_for(category).marker}).**" in text


def test_guide_says_a_vague_count_is_flagged_as_a_different_fact() -> None:
    """The legend's "Fact" and Details' "Different fact" head a vague count ("dozens" where
    another outlet gives 31) too, whose numbers may not differ at all: the guide's paragraph on
    the kind says so, and that the flag calls them different only when they are."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"**{CATEGORY_LABELS['figure']} (")
    paragraph = text[start : text.index("\n\n", start)]
    assert "vague count" in paragraph and "loose, not wrong" in paragraph


def menu_entries(menu: QMenu) -> dict[str, QMenu | None]:
    """A menu's entries by their words as a reader sees them (no "&", no "…")."""
    menu.aboutToShow.emit()  # the menus filled as they open (Open Recent, Show Outlets)
    return {
        action.text().replace("&", "").rstrip("…."): action.menu()
        for action in menu.actions()
        if not action.isSeparator()
    }


def guide_menu_paths() -> list[list[str]]:
    """Each bold menu path of the guide as its steps (a path may wrap onto the next line); "View >
    Zoom In, Zoom Out, Actual Size" names three entries of one menu."""
    paths = []
    for found in _MENU_PATH.findall(GUIDE.read_text(encoding="utf-8")):
        *menus, last = [" ".join(step.split()) for step in found.split(">")]
        paths.extend([*menus, entry] for entry in last.split(", "))
    return paths


@pytest.mark.gui
def test_every_menu_path_in_the_guide_is_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    win = sample_window(qtbot, tmp_path)
    paths = guide_menu_paths()
    assert len(paths) > 25  # the guide walks through the menus; an empty match would prove nothing
    bar = {a.text().replace("&", ""): a.menu() for a in win.menuBar().actions()}
    missing = []
    for steps in paths:
        menu: QMenu | None = bar.get(steps[0])
        for step in steps[1:]:
            entries = menu_entries(menu) if menu is not None else {}
            if step not in entries:
                missing.append(" > ".join(steps))
                break
            menu = entries[step]
    assert missing == []
