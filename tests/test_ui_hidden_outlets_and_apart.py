"""Through the real window: the status line counts the shared claims of the outlets shown, and
articles that share no claims are shown as such, never as every claim one outlet's alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.core.model import Comparison
from reader.core.overview import UNIQUE
from reader.ui.overview import ONLY_MARK, OverviewView
from ui_sample import make_window, sample_comparison

pytestmark = pytest.mark.gui

SHAMEFUL = "It is a shameful betrayal of Ukraine."


def deliver(window: Any, comp: Comparison, how: str = "done") -> None:
    window.controller.comparison = comp
    window.controller._deliver(comp, how)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = make_window(qtbot, tmp_path)
    deliver(win, sample_comparison())
    return win


def hide(window: Any, outlet: str) -> None:
    action = next(a for a in window.outlet_menu.actions() if a.text() == outlet)
    action.setChecked(False)  # View › Show Outlets


def test_the_status_line_counts_the_shared_claims_the_reader_sees(window: Any) -> None:
    assert window.status_label.text().startswith("3 articles · 3 shared claims")
    # The wire's last claim is shared with the Gazette alone: hidden, it is no longer shared.
    hide(window, "Gazette")
    assert window.status_label.text().startswith("3 articles (1 hidden) · 2 shared claims")
    hide(window, "The Daily Bugle")
    assert window.status_label.text().startswith("3 articles (2 hidden) · 0 shared claims")


def test_articles_sharing_no_claims_are_said_to_in_the_overview(window: Any) -> None:
    comp = sample_comparison()
    two = comp.articles[:2]
    apart = replace(
        comp,
        articles=two,
        claims={a.id: comp.claims[a.id] for a in two},
        alignments=(),
        flags=tuple(
            replace(f, alignment=None, counterparts=())
            for f in comp.flags
            if f.category != UNIQUE and f.article in {a.id for a in two}
        ),
    )
    deliver(window, apart)
    window.set_view("overview")
    view = window.insights.overview
    assert isinstance(view, OverviewView)
    assert "share no claims" in view.coverage_note.text()
    table = view.table_text(view.coverage_table)
    assert not any(ONLY_MARK in cell for line in table[1:] for cell in line)
    assert "Only this outlet" not in view.chart.svg
    assert "none in common with the others" in view.summary.text()
    assert "in one outlet only" not in window.status_label.text()
