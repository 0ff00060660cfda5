"""The outlets' columns get the room: they share the width down to a minimum before the aligned
view scrolls sideways, and a narrow window moves the library panel aside for them, without
undoing a layout the user chose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QToolButton

from reader.core.model import Alignment, AlignmentMember, Article, Claim, Comparison, Generator
from reader.ui.aligned import MIN_COLUMN_CHARS
from reader.ui.session import NARROW_WINDOW
from ui_sample import make_window, sample_comparison

pytestmark = pytest.mark.gui


def outlets(n: int) -> Comparison:
    """``n`` outlets reporting one sentence alike."""
    text = "The council voted on the new harbour levy after a long and heated debate."
    articles = tuple(Article(f"a{i}", f"Outlet {i}", text) for i in range(n))
    claims = {a.id: (Claim(f"{a.id}-0", a.id, 0, len(text), text, 0),) for a in articles}
    group = Alignment(
        "g0", 0.9, tuple(AlignmentMember(a.id, f"{a.id}-0", 0, len(text)) for a in articles)
    )
    return Comparison(articles, claims, (group,), (), Generator("t", "t"))


def columns(window: Any) -> list[int]:
    QApplication.processEvents()
    view = window.aligned
    return [view.columnWidth(i) for i in range(view.model().columnCount())]


def scrolls_sideways(window: Any) -> bool:
    QApplication.processEvents()
    return bool(window.aligned.horizontalScrollBar().maximum() > 0)


def test_a_narrow_first_window_moves_the_library_aside_for_the_columns(
    qtbot: Any, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)  # 1200 px wide, nothing saved
    assert window.width() < NARROW_WINDOW
    assert window.sidebar_dock.isHidden() and not window.details_dock.isHidden()
    window.show_comparison(sample_comparison())
    assert min(columns(window)) >= window.aligned.min_column() and not scrolls_sideways(window)
    window.resize(NARROW_WINDOW + 150, 800)  # wide again: the library comes back
    assert not window.sidebar_dock.isHidden()
    assert min(columns(window)) >= window.aligned.min_column() and not scrolls_sideways(window)
    window.resize(1024, 700)  # and steps aside again
    assert window.sidebar_dock.isHidden()
    assert min(columns(window)) >= window.aligned.min_column() and not scrolls_sideways(window)


def test_a_library_panel_the_user_shows_stays(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.sidebar_dock.toggleViewAction().trigger()  # View › Library Panel, in a narrow window
    assert not window.sidebar_dock.isHidden()
    for width in (NARROW_WINDOW + 150, 1024, NARROW_WINDOW + 150):
        window.resize(width, 800)
        QApplication.processEvents()
        assert not window.sidebar_dock.isHidden(), width
    # ... and one the user closes stays closed when the window grows
    window.sidebar_dock.toggleViewAction().trigger()
    window.resize(NARROW_WINDOW + 300, 800)
    assert window.sidebar_dock.isHidden()


def test_a_library_panel_moved_aside_comes_back_at_a_wide_start(qtbot: Any, tmp_path: Path) -> None:
    from reader.ui.app import build

    first = make_window(qtbot, tmp_path)
    assert first.sidebar_dock.isHidden()
    first.save_state()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    _app, second, _controller, theme = build(settings=settings)
    second.theme_manager = theme
    qtbot.addWidget(second)
    second.resize(NARROW_WINDOW + 150, 800)
    second.show()
    qtbot.waitExposed(second)
    assert not second.sidebar_dock.isHidden()  # the window hid it, not the user


@pytest.mark.usefixtures("large_system_font")
def test_a_saved_library_panel_steps_aside_so_a_narrow_window_opens_at_its_size(
    qtbot: Any, tmp_path: Path
) -> None:
    """A layout saved with the library panel, reopened at 700 px with a 20 pt font, opened
    838 px wide: the panels' least widths side by side were more than asked. The library now
    steps aside before the window shows, and comes back when the window is wide."""
    from reader.ui.app import build

    first = make_window(qtbot, tmp_path)
    first.resize(NARROW_WINDOW + 150, 800)
    first.sidebar_dock.show()
    first.save_state()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    _app, second, _controller, theme = build(settings=settings)
    second.theme_manager = theme
    qtbot.addWidget(second)
    second.resize(700, 700)
    assert not second.sidebar_dock.isHidden()  # restored with the layout...
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (700, 700)
    assert second.sidebar_dock.isHidden()  # ...and stepped aside to let the window be 700 px
    second.resize(NARROW_WINDOW + 150, 800)
    assert not second.sidebar_dock.isHidden()


def test_four_outlets_fit_beside_both_panels_in_the_default_window(
    qtbot: Any, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.resize(1400, 900)
    window.show_comparison(outlets(4))
    assert len(columns(window)) == 4 and not scrolls_sideways(window)


def test_five_outlets_fit_beside_both_panels_at_1400_px(qtbot: Any, tmp_path: Path) -> None:
    """Five outlets once needed sideways scrolling at 1400 px, 190 px a column: the fifth was
    out of sight. They share the width down to a narrow column's measure, not below."""
    window = make_window(qtbot, tmp_path)
    window.resize(1400, 900)
    window.show_comparison(outlets(5))
    assert not window.sidebar_dock.isHidden() and not window.details_dock.isHidden()
    widths = columns(window)
    assert len(widths) == 5 and not scrolls_sideways(window)
    fm = QFontMetrics(window.aligned.cell_delegate.font)
    assert min(widths) >= fm.averageCharWidth() * MIN_COLUMN_CHARS  # still a readable line
    assert MIN_COLUMN_CHARS >= 15


def test_a_zoomed_text_keeps_its_measure_and_scrolls_sooner(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.resize(1400, 900)
    window.show_comparison(outlets(5))
    least = window.aligned.min_column()
    window.aligned.set_font_size(window.aligned.cell_delegate.font.pointSizeF() * 1.6)
    assert window.aligned.min_column() > least
    assert min(columns(window)) >= window.aligned.min_column() and scrolls_sideways(window)


def test_many_outlets_share_the_width_before_scrolling(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.resize(1920, 1000)
    window.show_comparison(outlets(5))
    widths = columns(window)
    assert len(widths) == 5 and max(widths) - min(widths) <= 1  # shared alike, not 340 px each
    assert min(widths) >= window.aligned.min_column() and not scrolls_sideways(window)
    window.resize(1024, 700)
    assert min(columns(window)) >= window.aligned.min_column() and scrolls_sideways(window)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_library_stays_readable_with_large_text(
    qtbot: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """With a large system font the library's 190 px squeezed Rename… and Delete… until their
    words were cut ("ename.", "Delete.."), and at the largest zoom every event and article was
    cut to its first word. The panel now keeps room for both buttons whole, side by side, and
    for a name's opening words, and the window still takes the size asked for."""
    from PySide6.QtGui import QFont

    from reader.ui.mainwindow import MAX_FONT
    from reader.ui.sidebar import MIN_CHARS

    system = QApplication.font()
    large = QFont(system)
    large.setPointSizeF(20)
    # The system's font, set before the window is made and kept while it is tested: a change
    # of the app's font now reaches every widget, so setting the old one back would undo it.
    QApplication.setFont(large)
    try:
        window = make_window(qtbot, tmp_path)
        window.show_comparison(sample_comparison())
        window.resize(*size)
        window.sidebar_dock.show()  # chosen, as View › Library Panel does in a narrow window
        sidebar = window.sidebar
        sidebar.set_events([({"id": 1, "name": "Port Alder congestion charge"}, [])])
        rename, delete = sidebar.rename_button, sidebar.delete_button
        assert rename.font().pointSizeF() == delete.font().pointSizeF() == 20
        for zoom in (11, MAX_FONT):  # the buttons whole at the usual text size and the largest
            window.apply_font_size(zoom)
            QApplication.processEvents()
            assert (window.width(), window.height()) == size
            for button in (rename, delete):
                assert button.width() >= button.sizeHint().width(), (zoom, button.text())
            assert rename.geometry().right() < delete.geometry().left()
        room = sidebar.tree.viewport().width()
        assert room >= QFontMetrics(sidebar.tree.font()).averageCharWidth() * (MIN_CHARS - 2)
    finally:
        QApplication.setFont(system)


LONG_EVENT = "Port Alder council approves congestion charge after a long night of debate"
LONG_HEADLINE = "Council bulldozes its harbour levy through after a bruising five-hour debate"


def _library_rows(window: Any) -> list[tuple[str, str, int]]:
    """Each row of the library list as drawn: its whole name, its text and its height."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.sidebar import NAME_ROLE

    tree = window.sidebar.tree
    tree.expandAll()
    QApplication.processEvents()
    rows = []
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    for item in [*items, *(it.child(j) for it in items for j in range(it.childCount()))]:
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        option.rect = tree.visualItemRect(item)
        tree.itemDelegate().initStyleOption(option, tree.indexFromItem(item))
        rows.append((str(item.data(0, NAME_ROLE)), str(option.text), option.rect.height()))
    return rows


def test_the_library_names_entries_on_two_lines_at_the_largest_zoom(
    qtbot: Any, tmp_path: Path
) -> None:
    """At the largest zoom one line held an entry's first word or two ("Port Alder…", "The…"):
    a long name now wraps after a whole word onto a second line, cut there with an ellipsis,
    every two-line row as tall as the others; the tooltip keeps the whole name. At the usual
    size a name that fits keeps its one line."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.sidebar_dock.show()
    articles = [
        {"id": "a1", "outlet": "The Westhaven Courier", "title": LONG_HEADLINE},
        {"id": "a2", "outlet": "Harbour Voice", "title": LONG_HEADLINE},
    ]
    window.sidebar.set_events([({"id": 1, "name": LONG_EVENT}, articles)])
    _at_largest_zoom(window)
    tree = window.sidebar.tree
    line = QFontMetrics(tree.font()).height()
    rows = _library_rows(window)
    for name, shown, height in rows:
        lines = shown.split("\n")
        assert len(lines) == 2, shown
        words = shown.removesuffix("…").split()
        assert name.split()[: len(words)] == words and len(words) >= 2, shown
        assert height >= 2 * line
    assert len({height for _name, _shown, height in rows}) == 1  # the rows are even
    assert tree.topLevelItem(0).toolTip(0).startswith(LONG_EVENT)
    assert tree.topLevelItem(0).child(0).toolTip(0) == f"The Westhaven Courier — {LONG_HEADLINE}"

    window.apply_font_size(11)
    window.resize(1400, 800)
    window.sidebar.set_events([({"id": 1, "name": "Harbour levy"}, articles[:1])])
    QApplication.processEvents()
    (event, event_shown, event_height), (_article, shown, height) = _library_rows(window)
    assert event_shown == event and event_height < 2 * QFontMetrics(tree.font()).height()
    assert "\n" in shown and height > event_height  # the long row wraps onto its second line


@pytest.fixture
def large_system_font(qapp: QApplication) -> Iterator[None]:
    """A 20 pt system font (low vision, or Windows' text at 150-200%), which unlike a window's
    font also reaches the status bar, the toolbar and the panels' tabs, as the system's does."""
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(20)
    qapp.setFont(large)
    yield
    qapp.setFont(before)


def _at_largest_zoom(window: Any, size: tuple[int, int] = (1024, 700)) -> None:
    from reader.ui.mainwindow import MAX_FONT

    window.apply_font_size(MAX_FONT)
    window.resize(*size)
    QApplication.processEvents()


@pytest.mark.usefixtures("large_system_font")
def test_a_long_status_line_is_cut_with_an_ellipsis_and_said_whole_on_hover(
    qtbot: Any, tmp_path: Path
) -> None:
    """With a large system font the comparison's counts ran off the window's right edge
    ("… · 19 clain") with no way to read the rest; the line now ends in an ellipsis within the
    window, its whole text in the tooltip, and a tip of its own (a saved file's path) kept."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    _at_largest_zoom(window)
    label = window.status_label
    counts = "3 articles · 12 shared claims · 29 framing flags · 19 claims in one outlet only"
    window.show_message(counts)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 700)
    assert label.mapTo(window, label.rect().topRight()).x() < window.width()
    shown = label.shown_text()
    assert shown.endswith("…") and counts.startswith(shown[:-1])
    assert QFontMetrics(label.font()).horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.text() == counts  # whole for a screen reader and the code that reads it
    assert label.full_tip() == counts
    window.show_saved(tmp_path / "report.html")
    assert label.full_tip() == f"{counts}\nSaved to {tmp_path / 'report.html'}"
    window.show_message("Ready")
    QApplication.processEvents()
    assert label.shown_text() == "Ready" and label.full_tip() == ""


@pytest.mark.usefixtures("large_system_font")
@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise a tooltip
def test_a_passing_notice_is_cut_with_an_ellipsis_as_the_status_line_is(
    qtbot: Any, tmp_path: Path
) -> None:
    """A notice shown for a few seconds was clipped mid-letter at the window's edge with a
    large system font, while the status line under it ended in an ellipsis; it now ends in one
    too, within the room left of the marks-hidden note, and is said whole on hover."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    _at_largest_zoom(window)
    window.act_marks.trigger()  # the marks-hidden note takes the status bar's right end
    bar = window.statusBar()
    notice = "No more flags below. Press Shift+F8 to go back to the flags above this one."
    window.show_notice(notice)
    QApplication.processEvents()
    assert bar.currentMessage() == notice  # whole, for a screen reader
    shown = bar.shown_message()
    assert shown.endswith("…") and notice.startswith(shown[:-1]) and len(shown) > 12
    room = bar.message_rect()
    assert QFontMetrics(bar.font()).horizontalAdvance(shown) <= room.width()
    note = window.marks_hidden_label
    assert note.isVisible() and room.right() < note.geometry().left()
    point = room.center()
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, point, bar.mapToGlobal(point)))
    assert QToolTip.text() == notice
    QToolTip.hideText()
    window.show_notice("No more flags below.")
    QApplication.processEvents()
    assert bar.shown_message() == "No more flags below."


def _ink_pixels(widget: Any) -> int:
    """Pixels of ``widget``'s picture that stand out (3:1) from the colour at its corner."""
    from reader.core.palette import contrast

    image = widget.grab().toImage()
    ground = image.pixelColor(0, 0).name()
    return sum(
        contrast(image.pixelColor(x, y).name(), ground) >= 3
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.usefixtures("large_system_font")
def test_toolbar_actions_that_do_not_fit_stay_in_reach(qtbot: Any, tmp_path: Path) -> None:
    """With a large system font the toolbar's last actions fell off the window's edge, and
    the button Qt gives for them was 12 px wide with nothing drawn in it. It now shows its
    sign at the toolbar's right end, inside the window, and opens onto every action."""
    from reader.ui.toolbar_overflow import overflow_button

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    _at_largest_zoom(window)
    toolbar = window.toolbar
    buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]
    assert any(not b.isVisible() for b in buttons)  # some do not fit: the case in question
    more = overflow_button(toolbar)
    assert more is not None and more.isVisible()
    assert more.mapTo(window, more.rect().bottomRight()).x() < window.width()
    assert more.width() >= more.fontMetrics().height()  # big enough to see and to hit
    assert _ink_pixels(more) > 20
    more.click()
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
    for b in buttons:
        assert window.rect().contains(b.mapTo(window, b.rect().bottomRight())), b.text()


def test_the_spare_items_go_first_and_only_as_many_as_needed() -> None:
    from reader.ui.toolbar_overflow import first_out

    widths = [100, 50, 60, 70, 80]
    # 360 with the spacing: everything fits in 360, nothing goes.
    assert first_out(widths, [3, 2], 360, 0, 10) == []
    # One short: item 3 goes, and what stays (290) leaves room for the extension (10).
    assert first_out(widths, [3, 2], 350, 0, 10) == [3]
    # 290 + 10 is more than 295: item 2 goes too, in the order given.
    assert first_out(widths, [3, 2], 295, 0, 10) == [3, 2]
    # The spacing counts between the items kept and before the extension.
    assert first_out(widths, [3, 2], 302, 2, 10) == [3, 2]
    # Nothing spare left: the rest is Qt's to cut from the end, as before.
    assert first_out(widths, [3, 2], 100, 0, 10) == [3, 2]


@pytest.mark.usefixtures("large_system_font")
def test_a_narrow_toolbar_hides_the_ways_in_before_the_arrows(qtbot: Any, tmp_path: Path) -> None:
    """At 20 pt the arrows through differences and flags went behind "»" while Paste Text and
    Open URL, used far less, stayed. Those two now go first; the actions still seen keep the
    toolbar's order, and a window wide enough shows every action in its place again."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    toolbar = window.toolbar
    w = window
    natural = [w.act_new, w.act_open, w.act_paste, w.act_url, w.act_prev_diff, w.act_next_diff]
    natural += [w.act_prev_flag, w.act_next_flag, w.act_find]
    arrows = natural[4:7]
    spare = [window.act_paste, window.act_url]

    def seen() -> list[Any]:
        return [
            a
            for a in toolbar.actions()
            if not a.isSeparator() and toolbar.widgetForAction(a).isVisible()
        ]

    for width in (1024, 1280, 1440):
        window.resize(width, 700)
        QApplication.processEvents()
        shown = seen()
        assert shown == [a for a in natural if a in shown], width  # in the toolbar's order
        if not all(a in shown for a in arrows):
            assert not any(a in shown for a in spare), width
    window.resize(1024, 700)
    QApplication.processEvents()
    assert all(a in seen() for a in arrows) and not any(a in seen() for a in spare)
    window.resize(2400, 700)
    QApplication.processEvents()
    assert seen() == natural


@pytest.mark.usefixtures("large_system_font")
@pytest.mark.parametrize("dark", [False, True])
def test_the_panels_close_and_float_buttons_grow_with_large_text(
    qtbot: Any, tmp_path: Path, dark: bool
) -> None:
    """With a 20 pt system font the panels' close and float buttons stayed 18x14 px, with a
    10 px sign, beside a 31 px line of title text. They are now a line of the title's text
    square, their sign drawn large enough to see in either theme, and still in the title."""
    from PySide6.QtWidgets import QDockWidget

    from reader.ui.dock_buttons import title_buttons

    window = make_window(qtbot, tmp_path)
    window.set_theme("dark" if dark else "light")
    window.show_comparison(sample_comparison())
    docks = window.findChildren(QDockWidget)
    assert {d.windowTitle() for d in docks} >= {"Library", "Details", "Annotations"}
    for dock in docks:
        dock.setFeatures(dock.features() | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.resize(1280, 800)
    QApplication.processEvents()
    for dock in (d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty()):
        line = QFontMetrics(dock.font()).height()
        buttons = title_buttons(dock)
        assert len(buttons) == 2 and all(b.isVisible() for b in buttons), dock.windowTitle()
        for button in buttons:
            name = f"{dock.windowTitle()} {button.objectName()}"
            assert min(button.width(), button.height()) >= line, name
            assert button.geometry().bottom() < dock.widget().geometry().top(), name
            assert _ink_pixels(button) >= line, name  # a sign, not a speck


@pytest.mark.usefixtures("large_system_font")
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_panels_tabs_show_their_names_whole_with_large_text(
    qtbot: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """With a 20 pt system font the Details and Annotations panels' 320 px fell a pixel short
    of their tabs' names and the first read "Deta…"; the panels now keep the width the names
    take, and the window still takes the size asked for."""
    from PySide6.QtWidgets import QTabBar

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.resize(*size)
    qtbot.wait(10)  # the window fits the panels to their tabs once it has laid them out
    bars = [
        bar
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window and bar.isVisible() and bar.count()
    ]
    assert bars  # Details and Annotations share a place, behind tabs
    for bar in bars:
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)
    assert (window.width(), window.height()) == size


@pytest.mark.usefixtures("large_system_font")
def test_the_annotations_panel_keeps_its_words_whole_with_large_text(
    qtbot: Any, tmp_path: Path
) -> None:
    """With a 20 pt system font the annotations panel, held to 290 px, cut its buttons'
    words ("Disput", "dd missed fla") and its least height held the window to 660 px or more.
    It now keeps the room its buttons ask for and scrolls, and the window can be 560 px high."""
    from PySide6.QtWidgets import QPushButton, QToolButton

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.insights.annotations_dock.raise_()
    _at_largest_zoom(window, (1024, 560))
    assert (window.width(), window.height()) == (1024, 560)
    panel = window.insights.annotations
    buttons = [*panel.findChildren(QPushButton), *panel.findChildren(QToolButton)]
    assert len(buttons) >= 9
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()


@pytest.mark.usefixtures("large_system_font")
def test_the_annotations_panels_buttons_wrap_rather_than_scroll_sideways(
    qtbot: Any, tmp_path: Path
) -> None:
    """With a 20 pt system font the panel's rows of buttons, side by side, asked for more than
    the docked panel's width and it scrolled sideways to reach "Dispute" or "Redo". The rows
    now wrap onto more lines: nothing scrolls sideways, and every button is whole and in view."""
    from PySide6.QtWidgets import QPushButton, QScrollArea, QToolButton

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.insights.annotations_dock.raise_()
    _at_largest_zoom(window)
    area = window.insights.annotations_dock.widget()
    assert isinstance(area, QScrollArea)
    QApplication.processEvents()
    assert area.horizontalScrollBar().maximum() == 0
    panel = window.insights.annotations
    room = area.viewport().width()
    buttons = [*panel.findChildren(QPushButton), *panel.findChildren(QToolButton)]
    assert len(buttons) >= 9
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().left() >= 0 and button.geometry().right() < room, button.text()
    note, dispute = panel.note_button, panel.dispute_button
    assert dispute.geometry().top() > note.geometry().bottom()  # the row took two lines


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800)])
def test_every_annotations_button_shows_its_words_whole_at_common_window_sizes(
    qtbot: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """At 1024x640 the panel's last row, Import… and Export…, was cut at the bottom of its
    scrolled view: the list asked for ten rows' height, more than the window left the panel.
    The list now asks for a few rows and takes what is left, so every button is in view whole."""
    from PySide6.QtWidgets import QPushButton

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.insights.annotations_dock.raise_()
    window.resize(*size)
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    panel = window.insights.annotations
    buttons = [*panel.findChildren(QPushButton), *panel.findChildren(QToolButton)]
    assert {panel.import_button, panel.export_button} <= set(buttons)
    for button in buttons:
        words = QFontMetrics(button.font()).horizontalAdvance(button.text())
        assert button.width() >= button.sizeHint().width() > words, button.text()
        assert button.visibleRegion().boundingRect() == button.rect(), button.text()


@pytest.mark.usefixtures("large_system_font")
def test_the_overview_page_fits_beside_the_library_at_the_largest_zoom(
    qtbot: Any, tmp_path: Path
) -> None:
    """At the largest zoom with a large system font, "Framing profile" on one line was wider
    than the centre beside the Library panel, and the whole Overview page scrolled sideways
    (its summary cut at the right) for one title. The titles wrap; the page does not scroll
    sideways, though the chart and the tables still may, each in its own box."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.sidebar_dock.show()
    _at_largest_zoom(window)
    assert window.set_view("overview")
    QApplication.processEvents()
    view = window.tabs.currentWidget()
    area = view.scroll_area
    assert area.horizontalScrollBar().maximum() == 0
    assert view.summary.width() <= area.viewport().width()
    for head in view.heads:
        assert head.geometry().right() < area.viewport().width(), head.text()


def _title_ink_height(dock: Any) -> int:
    """How many rows of the panel's title, left of its buttons, hold ink (the title's text)."""
    from reader.core.palette import contrast
    from reader.ui.dock_buttons import title_buttons

    image = dock.grab().toImage()
    right = min(b.geometry().left() for b in title_buttons(dock) if b.isVisible())
    bottom = dock.widget().geometry().top()
    ground = image.pixelColor(1, 1).name()
    return sum(
        any(contrast(image.pixelColor(x, y).name(), ground) >= 3 for x in range(right))
        for y in range(bottom)
    )


def test_a_text_size_changed_while_the_app_runs_reaches_the_toolbar_and_the_panels(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    """Qt hands a new application font only to the widgets the style sheet does not style,
    and draws a panel's title in the font the panel was made with: the toolbar, the panels'
    titles, their buttons and the Annotations panel kept the old size until a restart, and
    the toolbar's » never took the actions that no longer fitted."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QDockWidget

    from reader.ui.dock_buttons import title_buttons

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.resize(1024, 700)
    QApplication.processEvents()
    toolbar = window.toolbar
    assert all(toolbar.widgetForAction(a).isVisible() for a in toolbar.actions())
    details = window.details_dock
    small_title = _title_ink_height(details)
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(20)
    qapp.setFont(large)
    try:
        QApplication.processEvents()
        line = QFontMetrics(large).height()
        shown = [a for a in toolbar.actions() if toolbar.widgetForAction(a).isVisible()]
        assert window.act_url not in shown and window.act_paste not in shown  # behind »
        for action in shown:
            button = toolbar.widgetForAction(action)
            assert button.height() >= line, action.iconText()
            assert button.width() >= button.sizeHint().width(), action.iconText()
        panel = window.insights.annotations
        assert panel.note_button.fontMetrics().height() == line
        for dock in window.findChildren(QDockWidget):
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                for button in (b for b in title_buttons(dock) if b.isVisible()):
                    assert min(button.width(), button.height()) >= line, dock.windowTitle()
        assert _title_ink_height(details) >= 1.5 * small_title
    finally:
        qapp.setFont(before)


@pytest.mark.usefixtures("large_system_font")
def test_the_find_bar_wraps_rather_than_widen_a_narrow_window(qtbot: Any, tmp_path: Path) -> None:
    """With a 20 pt system font the find bar's field, buttons and count, side by side, asked
    for more than a narrow window's view had: opening it, and again its count appearing,
    made the window wider, and it stayed so once the bar was closed."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.resize(760, 700)
    QApplication.processEvents()
    width = window.width()
    window.act_find.trigger()
    window.find_bar.edit.setText("the")
    QApplication.processEvents()
    assert window.find_bar.status.text()  # a count, which takes room too
    assert window.width() == width
    bar = window.find_bar
    for button in bar.findChildren(QToolButton):
        if button.isVisible():
            assert bar.rect().contains(button.geometry()), button.text()
    bar.close_bar()
    QApplication.processEvents()
    assert window.width() == width


@pytest.mark.usefixtures("large_system_font")
def test_the_find_fields_placeholder_is_shown_in_full_with_large_text(
    qtbot: Any, tmp_path: Path
) -> None:
    """With a 20 pt system font at 1280 px the field sat squeezed beside the buttons, its
    placeholder cut to "Find in the com…", while the empty count still kept a gap before
    Close. The buttons now go under the field when they do not fit beside it, and the count
    takes no room until there is one."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.resize(1280, 800)
    window.act_find.trigger()
    QApplication.processEvents()
    bar = window.find_bar
    field = bar.edit
    assert not bar.status.isVisible()
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) < field.width()
    field.setText("the")
    QApplication.processEvents()
    assert bar.status.isVisible() and bar.status.text()
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) < field.width()
    for button in bar.findChildren(QToolButton):
        assert bar.rect().contains(button.geometry()), button.text()


def test_the_find_bar_is_one_row_when_it_fits(qtbot: Any, tmp_path: Path) -> None:
    """The buttons go under the field only when they must: in a wide window they sit beside
    it, as a find bar usually looks, and the field takes the room left."""
    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.resize(1600, 800)
    window.act_find.trigger()
    QApplication.processEvents()
    bar = window.find_bar
    assert bar.fits_on_one_row(bar.width())
    close = next(b for b in bar.findChildren(QToolButton) if b.text() == "Close")
    assert close.geometry().top() < bar.edit.geometry().bottom()
    assert close.geometry().left() > bar.edit.geometry().right()


@pytest.mark.usefixtures("large_system_font")
def test_the_annotations_panel_says_what_the_name_is_for_in_full_with_large_text(
    qtbot: Any, tmp_path: Path
) -> None:
    """With a 20 pt system font the name field's placeholder ("shown with your annotations")
    was cut to "shown …", and the panel, a few pixels wider than its 290 px, scrolled sideways
    and cut the right edge of every line. The words are now a label that wraps, and the panel
    is as wide as it needs: nothing scrolls sideways and every line ends inside the panel."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    window = make_window(qtbot, tmp_path)
    window.show_comparison(sample_comparison())
    window.resize(1024, 700)
    window.insights.annotations_dock.raise_()
    QApplication.processEvents()
    area = window.insights.annotations_dock.widget()
    assert area.horizontalScrollBar().maximum() == 0
    panel = window.insights.annotations
    room = area.viewport().width()
    for edit in panel.findChildren(QLineEdit):
        hint = edit.placeholderText()
        assert edit.fontMetrics().horizontalAdvance(hint) < edit.width(), hint
    label = panel.author_label
    assert "shown with your annotations" in label.text()
    assert label.height() >= label.heightForWidth(label.width())
    for shown in (w for w in panel.findChildren(QLabel) if w.isVisible() and w.text()):
        assert shown.geometry().right() < room, shown.text()


def test_the_welcome_heading_follows_a_text_size_changed_while_the_app_runs(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    """The empty window's heading was sized once, half as large again as the text: after a
    change to 20 pt at run time it stayed at the old size, smaller than the text under it."""
    from PySide6.QtGui import QFont

    window = make_window(qtbot, tmp_path)
    welcome = window.welcome
    assert welcome.isVisible()
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(20)
    qapp.setFont(large)
    try:
        QApplication.processEvents()
        assert welcome.body.font().pointSizeF() == 20
        assert welcome.heading.font().pointSizeF() == 30
    finally:
        qapp.setFont(before)


def test_one_font_change_polishes_the_widgets_once_however_many_windows(qapp: QApplication) -> None:
    """Each window's theme manager hears the app's font change; each polishing every widget
    alive made one change cost windows x widgets, which grew without end over a test run."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    from reader.ui.theme import ThemeManager

    class StyleChanges(QObject):
        seen = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.StyleChange:
                self.seen += 1
            return False

    managers = [ThemeManager(qapp, "light") for _ in range(3)]
    label = QLabel("probe")
    label.show()
    changes = StyleChanges()
    label.installEventFilter(changes)
    before = QFont(qapp.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() + 3)
    try:
        qapp.setFont(larger)
        qapp.processEvents()
        assert changes.seen == 1
    finally:
        qapp.setFont(before)
        label.removeEventFilter(changes)
        label.deleteLater()
        for manager in managers:
            manager.deleteLater()
