"""The window's typographic rule: curly quotation marks and apostrophes, made at display."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.ui.typography import curly
from straight_marks import straight_marks_not_in


@pytest.mark.parametrize(
    ("plain", "shown"),
    [
        # A word with an apostrophe inside a quotation keeps it as an apostrophe.
        ("Says 'the mayor's plan', where", "Says ‘the mayor’s plan’, where"),
        # A quotation that opens the sentence opens; the apostrophe after it is one.
        ("'Rioters' is this outlet's word", "‘Rioters’ is this outlet’s word"),
        ("Speakers' words", "Speakers’ words"),  # a plural's apostrophe closes nothing
        ("\"levy\" ('charge')", "“levy” (‘charge’)"),
        ("\"'Rioters' it said\" here", "“‘Rioters’ it said” here"),
        ("the '90s", "the ’90s"),
        # An elision at a word's start is an apostrophe, never an opening quote.
        ("'90s", "’90s"),
        ("tell 'em so", "tell ’em so"),
        ("'em", "’em"),
        ("rock 'n' roll", "rock ’n’ roll"),
        ("'Twas the night", "’Twas the night"),
        # A quotation that begins with the same letters still opens.
        ("Says 'emergency', where", "Says ‘emergency’, where"),
        ("Says 'titles', where", "Says ‘titles’, where"),
        ("the letter 'n'.", "the letter ‘n’."),
        ("a—'toll'", "a—‘toll’"),
        ("no quotes here", "no quotes here"),
        ("“already curly”", "“already curly”"),
    ],
)
def test_straight_quotes_and_apostrophes_are_shown_curly(plain: str, shown: str) -> None:
    assert curly(plain) == shown


def test_only_the_marks_change() -> None:
    text = "Says 'x', \"y\" and z's."
    assert len(curly(text)) == len(text)
    assert [c for c in curly(text) if c not in "‘’“”"] == [c for c in text if c not in "'\""]


def _texts_of(window: Any) -> list[str]:
    """Every text the window shows or tells: titles, labels, buttons, tooltips, menu entries,
    the items of its lists and tables, and the text of its panes."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractItemView, QTextEdit, QWidget

    texts: list[str] = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        texts += [w.toolTip(), w.windowTitle(), w.accessibleName(), w.statusTip()]
        for getter in ("text", "placeholderText", "title"):
            value = getattr(w, getter, None)
            if callable(value):
                try:
                    shown = value()
                except TypeError:  # a getter that needs an argument is not a caption
                    continue
                if isinstance(shown, str):
                    texts.append(shown)
        if isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _model_texts(
                w.model(), QModelIndex(), (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            )
    for act in window.findChildren(QAction):
        texts += [act.text(), act.toolTip(), act.statusTip()]
    return [_as_read(t) for t in texts if t]


def _as_read(text: str) -> str:
    """A caption as the reader sees it: rich text without its markup."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _model_texts(model: Any, parent: Any, roles: tuple[Any, ...]) -> list[str]:
    out: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps its one column private
        columns = 1
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            out += [v for role in roles if isinstance(v := model.data(index, role), str)]
            if c == 0 and model.rowCount(index):
                out += _model_texts(model, index, roles)
    return out


@pytest.mark.gui
def test_the_demo_window_shows_no_straight_quote_of_its_own(qtbot: Any, tmp_path: Path) -> None:
    """Everything the window writes itself, or passes on from the analysis, reads curly:
    only the articles' own words keep the marks their outlet typed."""
    from PySide6.QtWidgets import QApplication

    from reader.core.compare import compare
    from reader.store.demo import load_demo
    from reader.ui.dialogs import AboutBox, HelpDialog
    from ui_sample import make_window

    _event, articles = load_demo()
    comp = compare(articles)
    window = make_window(qtbot, tmp_path)
    window.show_comparison(comp)
    articles_text = " ".join(" ".join(f"{a.title} {a.text}".split()) for a in comp.articles)
    shown: list[str] = []
    for view in ("aligned", "reading", "overview"):
        window.set_view(view)
        window.go_flag(True)
        QApplication.processEvents()
        shown += _texts_of(window)
    shown += _texts_of(HelpDialog(parent=window))
    shown += _texts_of(AboutBox("Parallax Reader", "1", window))
    straight = sorted({s for text in shown for s in straight_marks_not_in(articles_text, text)})
    assert straight == []
