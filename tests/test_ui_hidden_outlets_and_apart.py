"""Through the real window: the status line counts the shared claims of the outlets shown, and
articles that share no claims are shown as such, never as every claim one outlet's alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.ui.overview import OverviewView
from reader.ui.overview_tables import ONLY_MARK
from ui_sample import (
    apart_comparison,
    deliver,
    delivered_window,
    hide_outlet,
)

pytestmark = pytest.mark.gui

SHAMEFUL = "It is a shameful betrayal of Ukraine."


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    return delivered_window(qtbot, tmp_path)


def test_the_status_line_counts_the_shared_claims_the_reader_sees(window: Any) -> None:
    assert window.status_label.text().startswith("3 articles · 3 shared claims")
    # The wire's last claim is shared with the Gazette alone: hidden, it is no longer shared.
    hide_outlet(window, "Gazette")
    assert window.status_label.text().startswith("3 articles (1 hidden) · 2 shared claims")
    hide_outlet(window, "The Daily Bugle")
    assert window.status_label.text().startswith("3 articles (2 hidden) · 0 shared claims")


def test_articles_sharing_no_claims_are_said_to_in_the_overview(window: Any) -> None:
    apart = apart_comparison()
    deliver(window, apart)
    window.set_view("overview")
    view = window.insights.overview
    assert isinstance(view, OverviewView)
    assert "share no claims" in view.coverage_note.text()
    table = view.table_text(view.coverage_table)
    assert not any(ONLY_MARK in cell for line in table[1:] for cell in line)
    assert "Only this outlet" not in view.chart.svg
    assert "none in common with the other article" in view.summary.text()  # two articles
    assert "in one outlet only" not in window.status_label.text()
