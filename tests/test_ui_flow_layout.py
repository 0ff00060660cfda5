"""The one flow layout the legend strip and the Annotations panel share: how it breaks lines,
keeps them even, centres items on a line and shares a single line's spare room."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QWidget

from reader.ui.flow_layout import FlowLayout


def _boxes(
    qtbot: Any, sizes: list[tuple[int, int]], **options: Any
) -> tuple[QWidget, FlowLayout, list[QWidget]]:
    """A host whose flow holds one fixed-size widget for each ``(width, height)``."""
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, **options)
    boxes = []
    for width, height in sizes:
        box = QWidget(host)
        box.setFixedSize(width, height)
        flow.addWidget(box)
        boxes.append(box)
    return host, flow, boxes


def _lay_out(host: QWidget, flow: FlowLayout, width: int) -> None:
    host.resize(width, flow.heightForWidth(width))
    flow.setGeometry(host.rect())


def test_items_stay_on_one_line_while_they_fit_and_wrap_when_they_do_not(qtbot: Any) -> None:
    host, flow, boxes = _boxes(qtbot, [(50, 20)] * 4, spacing=10, line_spacing=5)
    assert flow.sizeHint().width() == 4 * 50 + 3 * 10
    assert [len(line) for line in flow.lines(230)] == [4]
    assert flow.heightForWidth(230) == 20
    assert [len(line) for line in flow.lines(229)] == [2, 2]
    assert flow.heightForWidth(229) == 20 + 5 + 20  # lines apart by the line spacing
    assert [len(line) for line in flow.lines(50)] == [1, 1, 1, 1]
    _lay_out(host, flow, 229)
    assert [(b.x(), b.y()) for b in boxes] == [(0, 0), (60, 0), (0, 25), (60, 25)]


def test_wrapped_lines_are_even_for_items_of_different_widths(qtbot: Any) -> None:
    """Filled one by one, 300 px takes the first four and leaves the last alone; the flow
    breaks at the narrowest width that needs two lines, so each line holds about half."""
    widths = [60, 90, 40, 80, 70]
    _host, flow, boxes = _boxes(qtbot, [(w, 20) for w in widths], spacing=4)
    lines = flow.lines(300)
    assert len(lines) == 2 and all(len(line) >= 2 for line in lines)
    spans = [sum(item.sizeHint().width() for item in line) for line in lines]
    assert max(spans) - min(spans) <= max(widths)
    assert [item.widget() for line in lines for item in line] == boxes  # order kept


def test_margins_are_taken_from_the_width_and_the_height(qtbot: Any) -> None:
    host, flow, boxes = _boxes(qtbot, [(50, 20)] * 2, spacing=0)
    flow.setContentsMargins(4, 3, 4, 3)
    assert [len(line) for line in flow.lines(108)] == [2]
    assert [len(line) for line in flow.lines(107)] == [1, 1]
    assert flow.heightForWidth(108) == 3 + 20 + 3
    _lay_out(host, flow, 108)
    assert [(b.x(), b.y()) for b in boxes] == [(4, 3), (54, 3)]


def test_centred_items_keep_their_height_in_the_middle_of_their_line(qtbot: Any) -> None:
    host, flow, boxes = _boxes(qtbot, [(40, 30), (40, 10)], spacing=2, centre=True)
    _lay_out(host, flow, 200)
    assert boxes[0].geometry().getRect() == (0, 0, 40, 30)
    assert boxes[1].geometry().getRect() == (42, 10, 40, 10)


def test_without_centre_each_item_is_as_tall_as_its_line(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=2)
    tall, short = QWidget(host), QWidget(host)
    tall.setMinimumSize(40, 30)
    short.setMinimumSize(40, 10)
    for widget in (tall, short):
        flow.addWidget(widget)
    _lay_out(host, flow, 200)
    assert short.geometry().getRect() == (42, 0, 40, 30)


def test_fill_shares_the_spare_room_of_one_line_but_not_of_wrapped_lines(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=4, fill=True)
    buttons = []
    for _ in range(3):
        button = QWidget(host)
        button.setMinimumSize(50, 20)
        flow.addWidget(button)
        buttons.append(button)
    _lay_out(host, flow, 200)
    assert [b.width() for b in buttons] == [64, 64, 64]  # 200 - 2 * 4 shared out
    assert buttons[-1].geometry().right() == 199
    _lay_out(host, flow, 120)
    assert [b.width() for b in buttons] == [50, 50, 50]


class _Wide(QWidget):
    """A widget that asks for 300 px but can be narrower."""

    def sizeHint(self) -> QSize:
        return QSize(300, 20)


def test_an_item_wider_than_the_layout_is_given_the_width(qtbot: Any) -> None:
    host, flow, _ = _boxes(qtbot, [(30, 20)], spacing=2)
    wide = _Wide(host)
    flow.addWidget(wide)
    assert flow.minimumSize().width() == 300
    _lay_out(host, flow, 100)
    assert [len(line) for line in flow.lines(100)] == [1, 1]
    assert wide.geometry().getRect() == (0, 22, 100, 20)


def test_hidden_items_take_no_room(qtbot: Any) -> None:
    _host, flow, boxes = _boxes(qtbot, [(50, 20)] * 3, spacing=10)
    boxes[1].hide()
    assert flow.sizeHint().width() == 50 + 10 + 50
    assert [[item.widget() for item in line] for line in flow.lines(110)] == [[boxes[0], boxes[2]]]


def test_unset_spacing_is_the_styles_gap_between_items_and_lines(qtbot: Any) -> None:
    _host, flow, _ = _boxes(qtbot, [(50, 20)] * 2)
    assert flow.gap() >= 0 and flow.line_gap() == flow.gap()
    assert flow.heightForWidth(60) == 20 + flow.gap() + 20


def test_a_flow_wraps_its_items_onto_even_lines_and_is_as_tall_as_they_are(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, fill=True)
    flow.setSpacing(4)
    buttons = [QPushButton(text, host) for text in ("Note", "Tag", "Agree", "Dispute")]
    for button in buttons:
        button.setFixedHeight(20)
        button.setMinimumWidth(80)
        flow.addWidget(button)
    assert {flow.itemAt(i).sizeHint().width() for i in range(4)} == {80}
    assert flow.heightForWidth(400) == 20
    host.resize(400, 20)
    flow.setGeometry(host.rect())
    assert [b.y() for b in buttons] == [0] * 4
    assert sum(b.width() for b in buttons) + 3 * 4 == 400  # one line shares its spare room
    assert flow.heightForWidth(260) == 44  # three fit on a line, but two and two are even
    flow.setGeometry(host.rect().adjusted(0, 0, 260 - 400, 24))
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (84, 0), (0, 24), (84, 24)]
    assert flow.minimumSize().width() == 80  # one button a line at the least
