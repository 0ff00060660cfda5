"""The aligned view's column headers say how many framing flags each outlet's text carries, so
which outlet frames most is seen at a glance in the default view, not only in the Overview."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.model import Comparison
from reader.core.overview import NOT_WORDING
from reader.ui.aligned_headers import COUNT_TIP, ArticleHeader, count_text
from ui_sample import deliver, make_window, one_article, sample_comparison

pytestmark = pytest.mark.gui


def wording_flags(comp: Comparison, hidden: frozenset[str] = frozenset()) -> Counter[str]:
    """Each outlet's flags of wording in its text, leaving out the kinds in ``hidden``."""
    return Counter(f.article for f in comp.flags if f.category not in NOT_WORDING | hidden)


def header_counts(header: ArticleHeader, comp: Comparison) -> dict[str, int | None]:
    return {a.id: header.framing_count(i) for i, a in enumerate(comp.articles)}


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = make_window(qtbot, tmp_path)
    deliver(win, sample_comparison())
    QApplication.processEvents()
    return win


def test_each_header_counts_its_outlets_framing_flags(window: Any) -> None:
    comp = window.aligned.aligned_model.comparison
    header = window.aligned.header_view
    expected = wording_flags(comp)
    assert header_counts(header, comp) == {a.id: expected[a.id] for a in comp.articles}
    assert (
        len({expected[a.id] for a in comp.articles}) > 1
    )  # the sample's outlets differ: the test can tell
    for i, a in enumerate(comp.articles):
        assert header.count_label(i, header.sectionSize(i)) == count_text(expected[a.id])
    # The status line adds up the same counts.
    assert f"{sum(expected.values())} framing flags" in window.status_label.text()


def test_hiding_a_kind_in_the_legend_updates_the_counts(qtbot: Any, window: Any) -> None:
    comp = window.aligned.aligned_model.comparison
    header = window.aligned.header_view
    before = header_counts(header, comp)
    kind = Counter(f.category for f in comp.flags if f.category not in NOT_WORDING)
    hidden = kind.most_common(1)[0][0]
    qtbot.mouseClick(window.legend.chips[hidden], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    expected = wording_flags(comp, frozenset({hidden}))
    after = header_counts(header, comp)
    assert after == {a.id: expected[a.id] for a in comp.articles}
    assert after != before
    assert f"{sum(expected.values())} framing flag" in window.status_label.text()
    qtbot.mouseClick(window.legend.chips[hidden], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert header_counts(header, comp) == before


def test_with_every_mark_hidden_the_headers_say_no_count(window: Any) -> None:
    """ "No framing flags" under each headline would read as a finding, not as marks hidden."""
    header = window.aligned.header_view
    height = header.height()
    window.act_marks.setChecked(False)
    QApplication.processEvents()
    assert header.framing_count(0) is None and header.count_label(0, 400) == ""
    assert header.height() < height  # the line goes with its words


def test_one_article_alone_has_no_count_to_compare(window: Any) -> None:
    """One article opens in its own view, not the aligned one; were its column shown, a count
    with nothing beside it would compare nothing."""
    comp = one_article(sample_comparison(), "daily")
    window.show_comparison(comp)
    QApplication.processEvents()
    assert not window.aligned.isVisible() and window.single.isVisible()
    window.aligned.set_comparison(comp)
    assert window.aligned.header_view.framing_count(0) is None


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise a tooltip
def test_the_count_line_explains_itself_on_hover(window: Any) -> None:
    header = window.aligned.header_view
    centre = header.count_rect(1).center()
    assert header.on_count(centre)
    assert not header.on_count(header.count_rect(1).center() - header.count_rect(1).topLeft())
    event = QHelpEvent(QEvent.Type.ToolTip, centre, header.viewport().mapToGlobal(centre))
    QApplication.sendEvent(header.viewport(), event)
    assert QToolTip.text() == COUNT_TIP
    assert "Overview" in QToolTip.text()
    QToolTip.hideText()


def test_the_count_costs_the_header_one_line_at_most_at_1280(qtbot: Any, tmp_path: Path) -> None:
    """At 1280x800, with the demo's three outlets, the count takes a line under the headlines:
    the header grows by that line and no more, the headlines keep their lines, and each count
    is said whole below the last of them."""
    from reader.core.compare import compare
    from reader.store.demo import load_demo

    _event, articles = load_demo()
    comp = compare(articles)
    window = make_window(qtbot, tmp_path)
    window.resize(1280, 800)
    window.show_comparison(comp)
    QApplication.processEvents()
    view = window.aligned
    header = view.header_view
    with_count = header.height()
    lines = header.headline_lines()
    expected = wording_flags(comp)
    for i, a in enumerate(comp.articles):
        section = header._section_rect(i)
        label = header.count_label(i, section.width())
        assert label == count_text(expected[a.id])
        place = header.count_rect(i)
        assert QFontMetrics(header._count_font()).horizontalAdvance(label) <= place.width()
        last_line = header._headline_lines(i, section)[-1][0]
        assert place.top() > last_line.bottom()
        assert place.bottom() < header.height()

    header._counts_said = lambda: False  # the header as it was, without its count line
    header._fitted = None
    view.updateGeometries()
    QApplication.processEvents()
    without = header.height()
    assert header.headline_lines() == lines
    assert 0 < with_count - without <= header.fontMetrics().lineSpacing() + 2
