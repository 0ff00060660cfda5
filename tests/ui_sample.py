"""A small three-outlet comparison assembled by hand, so GUI tests need no engine run.

The texts are invented for the tests. Offsets are computed from the texts, so the comparison is as
consistent as one the engine would produce: every claim, member, diff and flag points at real words.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.formats.language import count_words
from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Claim,
    Comparison,
    Counterpart,
    DiffSpan,
    Entity,
    Flag,
    Generator,
)

WIRE = (
    "President Xi Jinping met the French president in Guangzhou on Friday. "
    "The two leaders discussed a 12-point position paper on the war. "
    "Officials said talks would continue in the summer."
)
DAILY = (
    "Chinese dictator Xi Jinping met the French president in Guangzhou on Friday. "
    "The two men discussed a supposed framework for peace. "
    "Critics claimed the plan would reward the invasion. "
    "It is a shameful betrayal of Ukraine."
)
GAZETTE = (
    "Xi Jinping hosted Emmanuel Macron in Guangzhou on Friday. "
    "The leaders discussed a position paper on the war. "
    "Officials said talks would continue in the summer."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _sentences(article: str, text: str) -> tuple[Claim, ...]:
    claims = []
    pos = 0
    for i, sentence in enumerate(s for s in text.split(". ") if s):
        body = sentence if sentence.endswith(".") else sentence + "."
        start = text.index(body.rstrip("."), pos)
        end = start + len(body)
        claims.append(
            Claim(f"{article}-c{i}", article, start, min(end, len(text)), text[start:end], i)
        )
        pos = end
    return tuple(claims)


def sample_comparison() -> Comparison:
    """Wire, Daily and Gazette on one meeting: labels, a hedge, a reporting verb, an opinion."""
    articles = (
        Article("wire", "Wire Service", WIRE, title="Xi and Macron meet", date="2026-11-20"),
        Article("daily", "The Daily Bugle", DAILY, title="Macron's secret plan", date="2026-11-21"),
        Article("gazette", "Gazette", GAZETTE, title="Leaders talk peace", date="2026-11-20"),
    )
    claims = {a.id: _sentences(a.id, a.text) for a in articles}

    def member(article: str, i: int) -> AlignmentMember:
        c = claims[article][i]
        return AlignmentMember(article, c.id, c.start, c.end, 0.9)

    alignments = (
        Alignment(
            "g0",
            0.86,
            (member("wire", 0), member("daily", 0), member("gazette", 0)),
            {
                "wire": (DiffSpan(*_span(WIRE, "President"), "changed"),),
                "daily": (DiffSpan(*_span(DAILY, "Chinese dictator"), "changed"),),
                "gazette": (DiffSpan(*_span(GAZETTE, "hosted Emmanuel Macron"), "changed"),),
            },
        ),
        Alignment(
            "g1",
            0.74,
            (member("wire", 1), member("daily", 1), member("gazette", 1)),
            {
                "wire": (DiffSpan(*_span(WIRE, "12-point position paper"), "changed"),),
                "daily": (DiffSpan(*_span(DAILY, "supposed framework for peace"), "changed"),),
            },
        ),
        Alignment("g2", 0.97, (member("wire", 2), member("gazette", 2)), {}),
    )
    flags = (
        Flag(
            "f-label",
            "daily",
            *_span(DAILY, "Chinese dictator"),
            "Chinese dictator",
            "label",
            "The Daily Bugle calls Xi Jinping a dictator where the others write President or no"
            " title.",
            alignment="g0",
            counterparts=(
                Counterpart("wire", "President Xi Jinping"),
                Counterpart("gazette", "Xi Jinping"),
            ),
            confidence=0.9,
            rule="lexicon:label:dictator",
            claim="daily-c0",
            evidence="comparative",
        ),
        Flag(
            "f-hedge",
            "daily",
            *_span(DAILY, "supposed"),
            "supposed",
            "hedge",
            "“Supposed” casts doubt on the framework without saying who doubts it.",
            alignment="g1",
            counterparts=(Counterpart("wire", "a 12-point position paper"),),
            rule="lexicon:hedge:supposed",
            claim="daily-c1",
            evidence="comparative",
        ),
        Flag(
            "f-verb",
            "daily",
            *_span(DAILY, "claimed"),
            "claimed",
            "attribution",
            "“Claimed” suggests the statement may be false, where “said” would be neutral.",
            rule="lexicon:attribution:claimed",
            claim="daily-c2",
        ),
        Flag(
            "f-opinion",
            "daily",
            *_span(DAILY, "It is a shameful betrayal of Ukraine."),
            "It is a shameful betrayal of Ukraine.",
            "opinion",
            "A judgement stated as fact, attributed to no one.",
            rule="rule:opinion",
            claim="daily-c3",
        ),
        Flag(
            "f-loaded",
            "daily",
            *_span(DAILY, "shameful"),
            "shameful",
            "loaded",
            "“Shameful” is an emotive word of the outlet's own.",
            rule="lexicon:loaded:shameful",
            claim="daily-c3",
        ),
    )
    entities = (
        Entity(
            "e-xi",
            "Xi Jinping",
            "PERSON",
            ("Xi",),
            {"wire": ("President",), "daily": ("Chinese dictator",), "gazette": ()},
            {"wire": 1, "daily": 1, "gazette": 1},
        ),
    )
    return Comparison(
        articles=articles,
        claims=claims,
        alignments=alignments,
        flags=flags,
        generator=Generator("parallax-reader", "test", "hand-made", "test"),
        entities=entities,
        id="sample",
        title="Xi and Macron meet",
    )


def quoted_comparison(comp: Comparison | None = None, quoted: str = "f-verb") -> Comparison:
    """The sample with one flag inside a quotation (a speaker's words, not the outlet's): by
    default the Daily Bugle's reporting verb, "claimed"."""
    comp = comp or sample_comparison()
    return replace(comp, flags=tuple(replace(f, quoted=f.id == quoted) for f in comp.flags))


def one_article(comp: Comparison, article: str) -> Comparison:
    """``comp`` with only ``article``: its claims and flags, no alignment (one article opened)."""
    return replace(
        comp,
        articles=(comp.article(article),),
        claims={article: comp.claims[article]},
        alignments=(),
        flags=comp.flags_of(article),
    )


#: A plain paragraph, no framing in it, to run an article on with.
_FILLER = "The committee will meet again next week to hear from residents. "


def lengthened(comp: Comparison, words: int = 300) -> Comparison:
    """``comp`` with each article run on by plain paragraphs to ``words`` words or more: the
    sample's articles (26 to 36 words) are too short for a rate per 1,000 words to be shown."""
    longer = []
    for a in comp.articles:
        text = a.text
        while count_words(text) < words:
            text += "\n\n" + _FILLER * 5
        longer.append(replace(a, text=text))
    return replace(comp, articles=tuple(longer))


def apart_comparison(comp: Comparison | None = None) -> Comparison:
    """The sample as two articles nothing lines up between, with no "only this outlet" flags, as
    the engine leaves such a pair."""
    comp = comp or sample_comparison()
    two = comp.articles[:2]
    kept = {a.id for a in two}
    return replace(
        comp,
        articles=two,
        claims={a.id: comp.claims[a.id] for a in two},
        alignments=(),
        flags=tuple(
            replace(f, alignment=None, counterparts=())
            for f in comp.flags
            if f.category != "unique-claim" and f.article in kept
        ),
    )


def make_window(qtbot: Any, tmp_path: Path, *, library: Any = None, headless: bool = True) -> Any:
    """The real main window with its own settings file, registered with qtbot for clean-up."""
    from PySide6.QtCore import QSettings, Qt

    from reader.ui.app import build

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    _app, window, _controller, theme = build(library=library, headless=False, settings=settings)
    window.headless = headless
    window.theme_manager = theme  # keep the theme alive as long as the window
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no window outlives its test
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


#: Three short reports of one harbour levy, as plain-text files a user might open.
HARBOUR = (
    "Harbour Daily\n\nThe council approved the harbour levy on Tuesday after a long debate."
    " Officials said the money would fund two new cranes. The mayor said the vote was a fair"
    " compromise.\n"
)
COAST = (
    "Coast Post\n\nThe council narrowly passed a controversial harbour levy on Tuesday. Officials"
    " said the money would fund two new cranes. Critics claimed the so-called compromise was a"
    " disastrous mistake.\n"
)
BAY = (
    "Bay Gazette\n\nCouncillors voted for the harbour levy on Tuesday. The money pays for two"
    " cranes, officials said.\n"
)


def recording_window(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> Any:
    """The real window; the failure dialog records what it would list (``failure_log``) instead
    of blocking the test in its modal ``exec``, and every passing notice the status bar shows is
    kept in ``notices``: a notice goes after a few seconds, and an analysis on a loaded machine
    can take longer than that, so a test asks what was said rather than what still shows."""
    from reader.ui.dialogs import FailedFilesDialog

    win = make_window(qtbot, tmp_path)
    win.failure_log = []
    win.notices = []
    win.statusBar().messageChanged.connect(lambda text: win.notices.append(text) if text else None)

    def record(dialog: FailedFilesDialog) -> int:
        win.failure_log.append(list(dialog.failures))
        return 0

    monkeypatch.setattr(FailedFilesDialog, "exec", record)
    return win


def sample_window(qtbot: Any, tmp_path: Path) -> Any:
    """The real window showing :func:`sample_comparison`."""
    win = make_window(qtbot, tmp_path)
    win.show_comparison(sample_comparison())
    return win


def cell_words_point(view: Any, row: int, column: int, words: str) -> Any:
    """The middle of the first character of ``words`` in the aligned view's cell (row, column),
    in viewport pixels: where a test clicks to hit a mark."""
    from PySide6.QtWidgets import QApplication

    from reader.ui import richtext
    from reader.ui.aligned_model import CELL_ROLE

    index = view.model().index(row, column)
    view.scrollTo(index)
    QApplication.processEvents()
    rect = view.visualRect(index)
    delegate = view.cell_delegate
    doc = delegate.document(index, delegate._width(index, rect))
    at = doc.toPlainText().index(words)
    box = richtext.range_rects(doc, at, at + 1)[0]
    return delegate._text_origin(rect, index.data(CELL_ROLE)) + box.center().toPoint()


def deliver(window: Any, comp: Comparison, how: str = "done") -> None:
    """As an analysis (or the library) hands a comparison over: shown, then its status line."""
    window.controller.comparison = comp
    window.controller._deliver(comp, how)


def hide_outlet(window: Any, outlet: str) -> None:
    """Untick ``outlet`` in View › Show Outlets."""
    action = next(a for a in window.outlet_menu.actions() if a.text() == outlet)
    action.setChecked(False)


def stub_save(actions: Any, path: Path, starts: list[str] | None = None) -> list[str]:
    """Make ``actions`` (an :class:`ExportActions`) save to ``path`` without asking; the titles
    its save dialog would have shown are collected in the list returned, and the file names it
    would have offered in ``starts`` when given."""
    titles: list[str] = []

    def fake(_parent: Any, title: str, start: str, _filter: str) -> tuple[str, str]:
        titles.append(title)
        if starts is not None:
            starts.append(start)
        return str(path), ""

    actions.save_file = fake
    return titles


def delivered_window(qtbot: Any, tmp_path: Path) -> Any:
    """The real window with :func:`sample_comparison` delivered as an analysis would."""
    win = make_window(qtbot, tmp_path)
    deliver(win, sample_comparison())
    return win
