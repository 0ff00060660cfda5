"""Where opened articles go, and what the window says when opening ends: the demo is never added
to, a failed read or fetch puts the comparison's summary back, pasted text is checked as a file is,
and the next start reopens the comparison the user had open."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from reader.core import compare as compare_module
from reader.core.model import OUTLET_GIVEN
from reader.store.demo import demo_manifest
from reader.ui.app import build, open_initial
from reader.ui.controller import summary
from reader.ui.dialogs import NAME_THE_OUTLET, PasteDialog
from reader.ui.notices import work_saved
from reader.ui.session import LAST_EVENT_KEY
from ui_sample import BAY, COAST, HARBOUR, one_article, recording_window, sample_comparison

pytestmark = pytest.mark.gui

PASTED = (
    "The harbour levy passed on Tuesday after a debate that ran late into the night. Officials"
    " said the money would pay for two new cranes and a wider quay."
)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    return recording_window(qtbot, tmp_path, monkeypatch)


def files(folder: Path, **texts: str) -> list[Path]:
    paths = []
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def settled(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=120_000)


def events_by_name(window: Any) -> dict[str, list[str]]:
    """Each library event's articles, by the name of the file each was read from."""
    return {
        event.name: sorted(Path(a.source or "").name for a in articles)
        for event, articles in window.controller.library_events()
    }


def opened(window: Any) -> list[str]:
    return [Path(a.source or "").name for a in window.controller.articles]


def test_opening_files_over_the_demo_starts_a_comparison_of_their_own(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    c = window.controller
    assert c.open_demo(force=True)
    settled(qtbot, window)
    demo = demo_manifest()["event"]
    demo_outlets = events_by_name(window)[demo]
    assert window.act_open.statusTip() == "Open one or more article files"

    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST))
    settled(qtbot, window)
    assert opened(window) == ["harbour.txt", "coast.txt"]
    assert c.comparison is not None and len(c.comparison.articles) == 2
    assert not c.showing_demo and c.event_name != demo
    events = events_by_name(window)
    assert events[demo] == demo_outlets  # the demo event is as it was
    assert events[c.event_name] == ["coast.txt", "harbour.txt"]

    # the user's own comparison takes a third outlet, and the tip says so
    assert "joins this comparison" in window.act_open.statusTip()
    window.open_paths(files(tmp_path, bay=BAY))
    settled(qtbot, window)
    assert opened(window) == ["harbour.txt", "coast.txt", "bay.txt"]
    assert events_by_name(window)[c.event_name] == ["bay.txt", "coast.txt", "harbour.txt"]
    assert len(events_by_name(window)) == 2


def test_a_new_comparison_never_files_into_an_older_event_of_the_same_name(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    c = window.controller
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST))
    settled(qtbot, window)
    first = c.event_name
    window.new_comparison()
    other = tmp_path / "again"
    other.mkdir()
    window.open_paths(files(other, harbour=HARBOUR, bay=BAY))
    settled(qtbot, window)
    assert c.event_name == f"{first} (2)"
    events = events_by_name(window)
    assert events[first] == ["coast.txt", "harbour.txt"]  # the older event is as it was
    assert events[c.event_name] == ["bay.txt", "harbour.txt"]


def test_opening_the_same_texts_again_opens_the_event_filed_for_them(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """Yesterday's comparison, with its notes, not a copy of it named "... (2)"."""
    c = window.controller
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST))
    settled(qtbot, window)
    first, first_id = c.event_name, c.event_id
    assert first is not None and first_id is not None
    c.lib().add_annotation(first_id, "note", "Compare the verbs")
    window.new_comparison()
    again = tmp_path / "again"
    again.mkdir()
    # copies of the same texts, in another folder and the other order
    window.open_paths(files(again, coast=COAST, harbour=HARBOUR))
    settled(qtbot, window)
    assert (c.event_name, c.event_id) == (first, first_id)
    assert list(events_by_name(window)) == [first]
    assert sorted(opened(window)) == ["coast.txt", "harbour.txt"]
    assert f"Already in the library: opened {first}" in window.notices
    assert [n.body for n in c.lib().annotations(c.event_id)] == ["Compare the verbs"]
    assert window.sidebar.tree.currentItem().text(0).startswith(first[:10])


def test_the_demo_files_opened_again_open_the_demo_event(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from reader.store.demo import demo_dir

    c = window.controller
    assert c.open_demo(force=True)
    settled(qtbot, window)
    demo_id = c.event_id
    window.new_comparison()
    manifest = demo_manifest()
    window.open_paths([demo_dir() / entry["file"] for entry in manifest["articles"]])
    settled(qtbot, window)
    assert c.event_id == demo_id and c.showing_demo
    assert list(events_by_name(window)) == [manifest["event"]]


def test_pasting_over_the_demo_starts_a_new_comparison_too(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = window.controller
    c.open_demo(force=True)
    settled(qtbot, window)
    demo_ids = {a.id for a in c.articles}
    art = c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    assert art is not None and [a.id for a in c.articles] == [art.id]
    assert c.comparison is not None and [a.outlet for a in c.comparison.articles] == ["Reuters"]
    assert art.id not in demo_ids
    # an article of the demo's own, picked in the library, is already open: nothing changes
    c.open_demo(force=True)
    settled(qtbot, window)
    c.add_from_library(c.articles[0])
    assert c.showing_demo and {a.id for a in c.articles} == demo_ids
    assert window.status_label.text().startswith("Already open. ")


def test_pasting_over_the_demo_says_the_demo_is_still_in_the_library(
    qtbot: Any, window: Any
) -> None:
    """The demo left the screen with no word: hovering over the status line says where the
    pasted text went and that the demo is kept."""
    c = window.controller
    c.open_demo(force=True)
    settled(qtbot, window)
    c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    assert window.status_label.toolTip() == (
        f"Saved to the Library as “{c.event_name}”. The demo is still in the Library."
    )
    assert demo_manifest()["event"] in events_by_name(window)


def test_a_new_event_given_a_deleted_events_id_is_not_said_to_have_left_the_demo(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """The library gives a deleted event's id to the next new event: the articles that replaced
    the demo are gone with their event, so hovering over the next event's status line must not
    say the demo is kept, as if those articles had left it."""
    c = window.controller
    c.open_demo(force=True)
    settled(qtbot, window)
    window.open_paths(files(tmp_path, harbour=HARBOUR))
    settled(qtbot, window)
    left = c.event_id
    assert window.status_label.toolTip().endswith(" The demo is still in the Library.")
    assert c.delete_event(left)
    window.open_paths(files(tmp_path, bay=BAY))
    settled(qtbot, window)
    assert c.event_id == left  # the freed id, which the bug needs
    assert window.status_label.toolTip() == f"Saved to the Library, in “{c.event_name}”."


def test_the_status_line_says_what_the_comparison_found_and_hover_says_where_it_is_saved(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """After opening articles the status line said only "Saved to the Library, in …", hiding
    the counts a journalist opened them for; the counts stay, and where the work is kept (there
    is no Save command) is said on hover."""
    c = window.controller
    window.open_paths(files(tmp_path, harbour=HARBOUR))
    settled(qtbot, window)
    assert window.status_label.text() == c.status_line()
    assert window.status_label.text().startswith("1 article · ")
    assert "framing flag" in window.status_label.text()
    assert window.status_label.toolTip() == f"Saved to the Library, in “{c.event_name}”."
    assert not [n for n in window.notices if n.startswith("Saved")]
    c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    assert len(c.articles) == 2
    assert window.status_label.text().startswith("2 articles · ")
    assert " shared claim" in window.status_label.text()
    assert window.status_label.toolTip() == f"Saved to the Library, in “{c.event_name}”."
    assert not [n for n in window.notices if n.startswith("Saved")]
    assert "Reuters" in [a.outlet for _, arts in c.library_events() for a in arts]


def test_nothing_says_saved_when_the_library_refuses_the_article(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = window.controller

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(c.lib(), "add_article", refuse)
    c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    assert [a.outlet for a in c.articles] == ["Reuters"]
    assert not [n for n in window.notices if n.startswith("Saved to the Library")]
    assert "Saved" not in window.status_label.toolTip()


def test_hover_names_the_article_the_library_failed_to_save(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tooltip said "Saved to the Library" whenever the comparison had an event, though a
    later article had failed to save: it names what was not saved until it is gone."""
    c = window.controller
    window.open_paths(files(tmp_path, harbour=HARBOUR))
    settled(qtbot, window)
    lib = c.lib()
    store = lib.add_article
    failures = iter([OSError("disk full")])

    def fails_once(*args: Any, **kwargs: Any) -> Any:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return store(*args, **kwargs)

    monkeypatch.setattr(lib, "add_article", fails_once)
    c.add_text(PASTED, "Reuters")
    settled(qtbot, window)

    def refused() -> str:
        return f"Saved to the Library, in “{c.event_name}”, except Reuters: it was not saved."

    assert window.status_label.toolTip() == refused()
    c.add_text(COAST, "Coast Post")  # the store works again: this one is saved, Reuters still not
    settled(qtbot, window)
    assert len(c.articles) == 3
    assert window.status_label.toolTip() == refused()
    assert "Coast Post" in [a.outlet for _, arts in c.library_events() for a in arts]
    reuters = next(a for a in c.articles if a.outlet == "Reuters")
    c.remove_article(reuters.id)
    settled(qtbot, window)
    assert window.status_label.toolTip() == f"Saved to the Library, in “{c.event_name}”."


def test_the_saved_tip_names_every_article_not_saved_and_still_the_demo_kept() -> None:
    said = work_saved("Levy vote", left_demo=True, unsaved=["Reuters", "AP", "Bay Post"])
    assert said == (
        "Saved to the Library as “Levy vote”, except Reuters, AP and Bay Post: they were not"
        " saved. The demo is still in the Library."
    )
    assert work_saved("Levy vote", left_demo=False) == "Saved to the Library, in “Levy vote”."


def test_new_comparison_is_on_the_toolbar_and_in_the_file_menu(qtbot: Any, window: Any) -> None:
    assert window.act_new in window.toolbar.actions()
    assert window.toolbar.actions().index(window.act_new) == 0
    assert window.act_new in window.file_menu.actions()
    assert window.act_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert "stay in the library" in window.act_new.toolTip()
    window.controller.open_demo(force=True)
    settled(qtbot, window)
    window.act_new.trigger()
    assert window.controller.articles == [] and window.stack.currentWidget() is window.welcome
    assert window.status_label.text() == ""


def test_a_failed_read_puts_the_summary_back_and_hides_the_progress(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    c = window.controller
    comp = sample_comparison()
    c.comparison = comp
    window.show_comparison(comp)
    window._progress("Reading missing.txt", 0.0)  # what the read shows while it runs
    assert window.progress.isVisible()
    window.open_paths([tmp_path / "missing.txt"])
    settled(qtbot, window)
    assert window.failure_log == [
        [(str(tmp_path / "missing.txt"), "no such file; check the file's name and folder")]
    ]
    assert window.status_label.text() == summary(comp)
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()


def test_a_file_in_another_script_is_named_in_the_dialog_and_the_rest_are_opened(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """A Greek or Hebrew article came through the English pipeline as meaningless flags."""
    paths = files(
        tmp_path,
        harbour=HARBOUR,
        kathimerini=(
            "Ο πρόεδρος δήλωσε την Τρίτη ότι οι διαπραγματεύσεις με την Κίνα θα ξαναρχίσουν τις"
            " επόμενες εβδομάδες, σύμφωνα με σύμβουλο της κυβέρνησης."
        ),
        haaretz=(
            "הנשיא אמר ביום שלישי כי המשא ומתן עם סין יתחדש בשבועות הקרובים, לפי יועץ של"
            " הממשלה. לדבריו, זו החלטה שגם המפלגות תומכות בה."
        ),
        coast=COAST,
    )
    window.open_paths(paths)
    settled(qtbot, window)
    assert opened(window) == ["harbour.txt", "coast.txt"]
    refusal = "which Parallax Reader cannot read: it compares articles in English only"
    assert window.failure_log == [
        [
            (str(paths[1]), f"written in Greek, {refusal}"),
            (str(paths[2]), f"written in Hebrew, {refusal}"),
        ]
    ]


def test_a_failed_fetch_names_the_address_once_and_settles(qtbot: Any, window: Any) -> None:
    c = window.controller
    comp = sample_comparison()
    c.comparison = comp
    window.show_comparison(comp)
    c.open_url("www.example.com/news")
    assert c.busy  # a fetch is work in progress like a read
    settled(qtbot, window)
    # network access is switched off in the tests; the reason does not repeat the address
    assert window.failure_log == [
        [("https://www.example.com/news", "network access is switched off (READER_NO_NETWORK)")]
    ]
    assert window.status_label.text() == summary(comp)
    assert not window.progress.isVisible()


def test_opening_what_is_already_open_says_so_and_settles(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    paths = files(tmp_path, harbour=HARBOUR, coast=COAST)
    window.open_paths(paths)
    settled(qtbot, window)
    comp = window.controller.comparison
    assert comp is not None
    window.open_paths(paths[:1])
    settled(qtbot, window)
    assert window.status_label.text() == f"Already open. {summary(comp)}"
    assert not window.progress.isVisible()
    assert window.controller.comparison is comp


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("a", "too short to read — 1 word, and the app needs at least 20 words to read a text"),
        ("Too short.", "too short to read — 2 words"),
        ("\x00\x01\x02 binaryish \x00 \ufffd\ufffd" * 4, "mostly control characters"),
        ("… — !!! ???", "no text — the input has no words, only marks"),
        (
            "中国外交部周五发布了关于乌克兰危机政治解决的中国立场文件，共十二点。",
            "written in Chinese, which Parallax Reader cannot read — it compares articles in"
            " English only",
        ),
        (
            "Министерство иностранных дел России заявило в пятницу, что переговоры будут"
            " продолжены, и что это решение поддержали в правительстве.",
            "written in Russian, which Parallax Reader cannot read — it compares articles in"
            " English only",
        ),
        (
            "قال الرئيس يوم الثلاثاء إن المفاوضات مع الصين ستستأنف في الأسابيع المقبلة، وفقا"
            " لمستشار الحكومة.",
            "written in Arabic, which Parallax Reader cannot read",
        ),
    ],
    ids=["one-word", "two-words", "binary", "marks", "chinese", "russian", "arabic"],
)
def test_paste_refuses_junk_inside_the_dialog_and_keeps_the_text(
    qtbot: Any, window: Any, text: str, why: str
) -> None:
    dialog = PasteDialog(window, check=window.controller.text_problem)
    qtbot.addWidget(dialog)
    dialog.outlet.setText("Reuters")
    dialog.body.setPlainText(text)
    dialog.show()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() == 0  # still open
    assert dialog.body.toPlainText() == text  # nothing pasted is lost
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("This text can’t be added: ") and why in (
        dialog.problem.text()
    )
    assert "\n" not in dialog.problem.text()
    # editing clears the line; a real article is then added
    dialog.body.setPlainText(PASTED)
    assert not dialog.problem.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 1


def test_pasted_text_goes_through_the_checks_a_file_does(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from reader.core.errors import ReaderInputError
    from reader.core.ingest import read_article

    junk = "\x00\x01\x02 binaryish \x00 \ufffd\ufffd" * 4
    path = tmp_path / "junk.txt"
    path.write_text(junk, encoding="utf-8")
    with pytest.raises(ReaderInputError, match="binary data"):
        read_article(path)
    c = window.controller
    assert c.text_problem(junk)
    assert c.add_text(junk, "Reuters") is None
    assert c.articles == []
    [[(what, reason)]] = window.failure_log
    assert what == "Pasted text" and "control characters" in reason
    assert c.text_problem(PASTED) == ""


def test_the_paste_dialog_takes_the_clipboard_in_its_text_and_asks_for_the_outlet(
    qtbot: Any, window: Any
) -> None:
    """Opened, the dialog is ready for Ctrl+V in its text box (not in the one-line Outlet field);
    pasted text with no outlet says Add waits for one, and naming it adds the article under it."""
    QGuiApplication.clipboard().setText(PASTED)
    dialog = PasteDialog(window, check=window.controller.text_problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    add = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.focusWidget() is dialog.body  # where the focus is when the dialog is active
    assert dialog.outlet_hint.isHidden()  # nothing pasted yet: nothing to ask
    qtbot.keyClick(dialog.body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.body.toPlainText() == PASTED and dialog.outlet.text() == ""
    assert not add.isEnabled() and dialog.outlet_hint.isVisible()
    assert dialog.outlet_hint.text() == NAME_THE_OUTLET
    qtbot.keyClicks(dialog.outlet, "Evening Star")
    assert add.isEnabled() and dialog.outlet_hint.isHidden()
    add.click()
    value = dialog.value()
    article = window.controller.add_text(value.text, value.outlet)
    assert article is not None and article.outlet == "Evening Star"


def test_the_paste_dialog_checks_the_date_too(qtbot: Any, window: Any) -> None:
    dialog = PasteDialog(window, check=window.controller.text_problem)
    qtbot.addWidget(dialog)
    dialog.outlet.setText("Reuters")
    dialog.body.setPlainText(PASTED)
    dialog.date.setText("last Tuesday")
    dialog.accept()
    assert dialog.result() == 0 and "YYYY-MM-DD" in dialog.problem.text()


def relaunch(qtbot: Any, tmp_path: Path) -> Any:
    """A second start: a new window on the same settings file and library."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    _app, win, _controller, theme = build(settings=settings)
    win.theme_manager = theme
    qtbot.addWidget(win)
    open_initial(win, argparse.Namespace(files=[], demo=False, view=None))
    return win


def test_the_next_start_reopens_the_last_comparison(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST))
    settled(qtbot, window)
    event_id = window.controller.event_id
    assert event_id is not None and window.last_event_id() == event_id
    window.save_state()

    second = relaunch(qtbot, tmp_path)
    settled(qtbot, second)
    assert second.controller.event_id == event_id
    assert opened(second) == ["harbour.txt", "coast.txt"]
    assert second.stack.currentWidget() is second.tabs

    # after New Comparison the next start is empty, as the user left it
    second.act_new.trigger()
    second.save_state()
    third = relaunch(qtbot, tmp_path)
    settled(qtbot, third)
    assert third.controller.articles == [] and third.stack.currentWidget() is third.welcome


def test_the_next_start_reopens_the_last_comparison_in_the_view_it_was_read_in(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """A lesson prepared in the Overview opens there the next day, not in the Aligned view."""
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST))
    settled(qtbot, window)
    assert window.set_view("overview") and window.current_view() == "overview"
    window.save_state()

    second = relaunch(qtbot, tmp_path)
    settled(qtbot, second)
    assert second.controller.event_id == window.controller.event_id
    assert second.current_view() == "overview"

    # a view the reopened comparison lacks (one article has no Aligned view) is not forced
    assert second.set_view("aligned")
    second.save_state()
    second.controller.remove_article(second.controller.articles[-1].id)
    settled(qtbot, second)
    third = relaunch(qtbot, tmp_path)
    settled(qtbot, third)
    assert len(third.controller.articles) == 1 and third.current_view() == "article"


def test_a_last_event_that_is_gone_falls_back_to_the_empty_window(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST))
    settled(qtbot, window)
    window.settings.setValue(LAST_EVENT_KEY, 9999)
    window.save_state()
    again = relaunch(qtbot, tmp_path)
    settled(qtbot, again)
    assert again.controller.articles == [] and again.stack.currentWidget() is again.welcome


def test_pasting_a_stored_text_with_another_outlet_takes_the_name_and_says_so(
    qtbot: Any, window: Any
) -> None:
    """As ``reader library add --outlet`` does: an outlet the user types is theirs, even for a
    text the library has already."""
    c = window.controller
    first = c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    assert first is not None
    window.act_new.trigger()
    again = c.add_text(PASTED, "Harbour Weekly")
    settled(qtbot, window)
    assert again is not None and again.id == first.id  # the same article, not a copy
    assert [a.outlet for a in c.articles] == ["Harbour Weekly"]
    stored = c.lib().article(first.id)
    assert (stored.outlet, stored.outlet_source) == ("Harbour Weekly", OUTLET_GIVEN)
    notice = window.notices[-1]
    assert "Harbour Weekly" in notice and "Reuters" in notice
    # typed as it is stored: nothing changes, and only the event opened again is said
    window.act_new.trigger()
    window.statusBar().clearMessage()  # "Saved to the Library", still showing, is said again
    window.notices.clear()
    c.add_text(PASTED, "Harbour Weekly")
    settled(qtbot, window)
    assert c.lib().article(first.id).outlet == "Harbour Weekly"
    assert window.notices == [f"Already in the library: opened {c.event_name}"]


def test_pasting_an_open_text_with_another_outlet_renames_it(qtbot: Any, window: Any) -> None:
    c = window.controller
    first = c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    assert first is not None
    c.add_text(PASTED, "Harbour Weekly")
    settled(qtbot, window)
    assert [a.outlet for a in c.articles] == ["Harbour Weekly"]
    assert c.comparison is not None
    assert [a.outlet for a in c.comparison.articles] == ["Harbour Weekly"]
    assert c.lib().article(first.id).outlet == "Harbour Weekly"
    assert "Harbour Weekly" in window.notices[-1]


def test_a_file_opened_again_keeps_the_outlet_stored_for_it(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """A file names no outlet of the user's: what they set in the library stays."""
    c = window.controller
    paths = files(tmp_path, harbour=HARBOUR)
    window.open_paths(paths)
    settled(qtbot, window)
    (art,) = c.articles
    c.update_article_details(art.id, outlet="Harbour Weekly")
    settled(qtbot, window)
    window.act_new.trigger()
    window.statusBar().clearMessage()  # "Saved to the Library", still showing, is said again
    window.notices.clear()
    window.open_paths(paths)
    settled(qtbot, window)
    assert [a.outlet for a in c.articles] == ["Harbour Weekly"]
    assert c.lib().article(art.id).outlet == "Harbour Weekly"
    assert window.notices == [f"Already in the library: opened {c.event_name}"]


@pytest.mark.parametrize("view", ["aligned", "reading", "article"])
def test_the_keyboard_goes_to_the_articles_that_replace_the_welcome_panel(
    qtbot: Any, window: Any, view: str
) -> None:
    """Opening from the welcome panel hides the button that had the keys. Qt hands them to the
    tab bar, where the arrows switch views and Copy has nothing to copy; they belong in the view
    the articles are shown in (the table, its first column's text, or one article's text)."""
    comp = sample_comparison()
    window.show_comparison(comp)
    window.set_view(view)  # the view the reader last chose is the one the next comparison opens in
    window.show_comparison(None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.welcome.open_button.setFocus()
    window.show_comparison(one_article(comp, "daily") if view == "article" else comp)
    QApplication.processEvents()
    if view == "reading":
        assert QApplication.focusWidget() is window.reading.panes[0].text
    elif view == "article":
        assert window.single.pane is not None
        assert QApplication.focusWidget() is window.single.pane.text
    else:
        assert QApplication.focusWidget() is window.aligned
    # The keys came without a choice: Details still waits for the reader to pick something.
    assert window.details.shown_flag is None and not window.aligned.currentIndex().isValid()
    assert window.single.flag_list.currentRow() == -1
    assert window.act_select_all.isEnabled()  # the keys act on what the view shows


def test_a_comparison_arriving_leaves_the_keys_where_the_reader_put_them(
    qtbot: Any, window: Any
) -> None:
    """A comparison shown while the reader types in the library's search box (an analysis
    finishing, an article added) does not take the keyboard away from them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_comparison(sample_comparison())
    window.sidebar.search.setFocus()
    window.show_comparison(sample_comparison())
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.sidebar.search


def test_the_keyboard_follows_from_the_table_to_one_article_without_choosing_a_flag(
    qtbot: Any, window: Any
) -> None:
    """One article has no table: the keys go to its text, not to its list of flags, which would
    make its first flag current (and so chosen) as it took them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    comp = sample_comparison()
    window.show_comparison(comp)
    window.aligned.setFocus()
    window.show_comparison(one_article(comp, "daily"))
    QApplication.processEvents()
    assert window.single.pane is not None
    assert QApplication.focusWidget() is window.single.pane.text
    assert window.single.flag_list.currentRow() == -1 and window.details.shown_flag is None


def test_pasting_a_stored_text_with_a_title_and_date_takes_them_and_says_so(
    qtbot: Any, window: Any
) -> None:
    """The title and date typed in Paste Text are the user's, as the outlet is: a text the
    library has already takes them, instead of keeping the ones it was first stored with."""
    c = window.controller
    first = c.add_text(PASTED, "Reuters", "Levy passes", "2026-11-20")
    settled(qtbot, window)
    assert first is not None
    window.act_new.trigger()
    again = c.add_text(PASTED, "Reuters", "Harbour levy approved", "2026-11-24")
    settled(qtbot, window)
    assert again is not None and again.id == first.id  # the same article, not a copy
    stored = c.lib().article(first.id)
    assert (stored.outlet, stored.title, stored.date) == (
        "Reuters",
        "Harbour levy approved",
        "2026-11-24",
    )
    assert [(a.title, a.date) for a in c.articles] == [("Harbour levy approved", "2026-11-24")]
    # the comparison filed for the text opens again, named for the title it had then
    assert window.notices[-1] == (
        "Already in the library: opened Levy passes; the title is now “Harbour levy approved”"
        " (was “Levy passes”); the date is now 2026-11-24 (was 2026-11-20)."
    )
    # Left empty, they keep what is stored, and nothing is said of them.
    window.act_new.trigger()
    window.statusBar().clearMessage()  # "Saved to the Library", still showing, is said again
    window.notices.clear()
    c.add_text(PASTED, "Reuters")
    settled(qtbot, window)
    stored = c.lib().article(first.id)
    assert (stored.title, stored.date) == ("Harbour levy approved", "2026-11-24")
    assert window.notices == ["Already in the library: opened Levy passes"]


def test_pasting_an_open_text_with_a_new_title_retitles_it(qtbot: Any, window: Any) -> None:
    c = window.controller
    first = c.add_text(PASTED, "Reuters", "Levy passes")
    settled(qtbot, window)
    assert first is not None
    c.add_text(PASTED, "Reuters", "Harbour levy approved")
    settled(qtbot, window)
    assert [(a.outlet, a.title) for a in c.articles] == [("Reuters", "Harbour levy approved")]
    assert c.comparison is not None
    assert [a.title for a in c.comparison.articles] == ["Harbour levy approved"]
    assert c.lib().article(first.id).title == "Harbour levy approved"
    assert window.notices[-1] == (
        "Already open: the title is now “Harbour levy approved” (was “Levy passes”)."
    )


def two_of_three_compared(qtbot: Any, window: Any, tmp_path: Path) -> list[Path]:
    """Harbour and Coast opened and compared; Bay written beside them, kept back for the next
    analysis, which the caller cancels or replaces. Returns the three files in that order."""
    harbour, coast, bay = files(tmp_path, harbour=HARBOUR, coast=COAST, bay=BAY)
    window.open_paths([harbour, coast])
    settled(qtbot, window)
    return [harbour, coast, bay]


def cancel_when_started(window: Any) -> None:
    """Press Cancel the moment the next analysis starts, before its worker can finish."""
    c = window.controller

    def cancel() -> None:
        c.analysisStarted.disconnect(cancel)
        window.act_cancel.trigger()

    c.analysisStarted.connect(cancel)


def test_an_article_whose_analysis_was_cancelled_is_named_and_compared_when_opened_again(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    c = window.controller
    _harbour, _coast, bay = two_of_three_compared(qtbot, window, tmp_path)
    cancel_when_started(window)
    window.open_paths([bay])
    settled(qtbot, window)
    qtbot.waitUntil(lambda: not c.pool.busy, timeout=60_000)
    # The screen keeps the comparison it had; the status line says what it leaves out.
    assert c.comparison is not None
    assert [a.outlet for a in c.comparison.articles] == ["harbour", "coast"]
    assert opened(window) == ["harbour.txt", "coast.txt", "bay.txt"]
    assert window.status_label.text() == (
        "Analysis cancelled: bay is open but not compared; open it again to compare it."
    )
    # Opening it again compares it, where it used to say "Already open." and do nothing.
    window.open_paths([bay])
    settled(qtbot, window)
    assert [a.outlet for a in c.comparison.articles] == ["harbour", "coast", "bay"]
    assert window.status_label.text() == summary(c.comparison, window.flag_filter())
    assert window.failure_log == []


def test_an_analysis_replaced_by_another_says_nothing_when_it_stops(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = window.controller
    _harbour, coast, bay = two_of_three_compared(qtbot, window, tmp_path)
    first = c.event_id
    assert first is not None
    # The second analysis waits at a gate: two short articles can be compared between two
    # polls of the test, and then it would never be seen running.
    gate = threading.Event()
    real_compare = compare_module.compare

    def gated(*args: Any, **kwargs: Any) -> Any:
        gate.wait(timeout=60)
        return real_compare(*args, **kwargs)

    monkeypatch.setattr(compare_module, "compare", gated)
    window.new_comparison()
    window.open_paths([bay, coast])
    qtbot.waitUntil(lambda: c.analysis is not None, timeout=60_000)
    # The first event, picked in the library while the new one is analysed, comes from the cache.
    assert c.open_event(first)
    gate.set()
    qtbot.waitUntil(lambda: not c.pool.busy, timeout=60_000)
    qtbot.wait(50)
    assert c.comparison is not None
    assert [a.outlet for a in c.comparison.articles] == ["harbour", "coast"]
    assert window.status_label.text() == (
        summary(c.comparison, window.flag_filter()) + " (from the library)"
    )


def test_article_menu_removes_an_outlet_from_the_comparison_without_the_mouse(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    c = window.controller
    menu = window.remove_menu
    assert menu.menuAction() in window.article_menu.actions()
    assert menu.title() == "&Remove from Comparison"
    assert not menu.isEnabled()  # nothing open yet
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST, bay=BAY))
    settled(qtbot, window)
    assert menu.isEnabled()
    assert [a.text() for a in menu.actions()] == ["harbour", "coast", "bay"]
    next(a for a in menu.actions() if a.text() == "coast").trigger()
    settled(qtbot, window)
    assert opened(window) == ["harbour.txt", "bay.txt"]
    assert c.comparison is not None
    assert [a.outlet for a in c.comparison.articles] == ["harbour", "bay"]
    assert events_by_name(window)[c.event_name] == ["bay.txt", "harbour.txt"]
    assert [a.text() for a in menu.actions()] == ["harbour", "bay"]
    window.act_new.trigger()
    assert not menu.isEnabled() and menu.actions() == []


def test_edit_article_details_in_the_reading_view_edits_the_column_the_keyboard_is_in(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    window.open_paths(files(tmp_path, harbour=HARBOUR, coast=COAST, bay=BAY))
    settled(qtbot, window)
    window.set_view("reading")
    QApplication.processEvents()
    for pane in window.reading.panes:
        # Tab moves the keyboard into a column; no click tells the Aligned view.
        pane.text.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        window.act_edit_details.trigger()
        dialog = window.details_dialog
        assert dialog is not None and dialog.outlet.text() == pane.article.outlet


def test_one_untitled_article_names_its_event_after_its_outlet_alone(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """A student's one pasted text is not filed as "… and others": there are no others."""
    c = window.controller
    c.add_text(PASTED, "My paste")
    settled(qtbot, window)
    assert c.event_name == "My paste"
    window.new_comparison()
    window.open_paths(files(tmp_path, north=PASTED, south=PASTED.replace("two", "three")))
    settled(qtbot, window)
    assert c.event_name is not None and c.event_name.endswith(" and others")


def test_an_outlet_named_event_follows_its_articles_until_the_user_names_it(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """The name the app gave one untitled article ("My paste") is no name for three outlets'
    articles: it follows them, in the library too, and back when one is taken out. A name the
    user typed stays, even one that reads like an outlet's."""
    c = window.controller
    c.add_text(PASTED, "My paste")
    settled(qtbot, window)
    assert c.event_name == "My paste"
    window.open_paths(files(tmp_path, north=PASTED.replace("two", "three")))
    settled(qtbot, window)
    assert c.event_name == "My paste and others"
    assert sorted(events_by_name(window)) == ["My paste and others"]

    c.remove_article(c.articles[1].id)
    settled(qtbot, window)
    assert c.event_name == "My paste"
    assert sorted(events_by_name(window)) == ["My paste"]

    assert c.event_id is not None and c.rename_event(c.event_id, "My paste")
    window.open_paths(files(tmp_path, south=PASTED.replace("two", "four")))
    settled(qtbot, window)
    assert c.event_name == "My paste"


def test_an_event_named_after_a_headline_keeps_its_name_as_articles_come(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    c = window.controller
    window.open_paths(files(tmp_path, harbour=HARBOUR))
    settled(qtbot, window)
    named = c.event_name
    assert named and "and others" not in named
    window.open_paths(files(tmp_path, coast=COAST, bay=BAY))
    settled(qtbot, window)
    assert c.event_name == named


EXPULSION = Path(__file__).parent / "fixtures" / "events" / "expulsion"


def expulsion(*outlets: str) -> list[Path]:
    """The expulsion fixture's files, in the order given: the herald's headline is its most
    loaded ("throws out spies"), the wire's its plainest."""
    return [EXPULSION / f"{outlet}.txt" for outlet in outlets]


def headline_name(outlet: str) -> str:
    """The name the app makes of one expulsion file's headline."""
    from reader.core.ingest import read_article
    from reader.ui.event_names import event_name_for

    return event_name_for(read_article(EXPULSION / f"{outlet}.txt").title or "")


def test_a_new_event_is_named_after_its_plainest_headline_once_compared(
    qtbot: Any, window: Any
) -> None:
    """Named after the first file's headline, the expulsion was filed as "… throws out spies
    masquerading as diplomats". Once compared it takes the plainest headline's name, in the
    library and where the status line says it is saved, after one rename of the stand-in."""
    c = window.controller
    listed: list[list[str]] = []
    c.libraryChanged.connect(lambda: listed.append(sorted(events_by_name(window))))
    window.open_paths(expulsion("herald", "tribune", "wire"))
    settled(qtbot, window)
    plain = headline_name("wire")
    assert c.event_name == plain
    assert sorted(events_by_name(window)) == [plain]
    shown = [names for k, names in enumerate(listed) if k == 0 or names != listed[k - 1]]
    assert shown == [[headline_name("herald")], [plain]]
    assert window.status_label.toolTip() == f"Saved to the Library, in “{plain}”."
    assert c.given_event_name() is None  # the app's name: a report keeps its own title


def test_a_name_typed_while_the_articles_are_compared_is_kept(qtbot: Any, window: Any) -> None:
    """Even a typed name that reads like the first headline's is the user's, not a stand-in."""
    c = window.controller
    window.open_paths(expulsion("herald", "tribune", "wire"))
    qtbot.waitUntil(lambda: c.analysis is not None, timeout=20_000)
    typed = headline_name("herald")
    assert c.event_id is not None and c.rename_event(c.event_id, typed)
    settled(qtbot, window)
    assert c.comparison is not None and c.event_name == typed
    assert sorted(events_by_name(window)) == [typed]


def test_one_article_keeps_its_headline_and_a_reopened_event_its_stored_name(
    qtbot: Any, window: Any
) -> None:
    """One article is its own plainest headline; articles added later leave a compared event's
    name as it is, and opening the event again, from the Library or by opening its files,
    keeps the name the library holds though another headline is plainer."""
    c = window.controller
    herald = headline_name("herald")
    window.open_paths(expulsion("herald"))
    settled(qtbot, window)
    assert c.event_name == herald
    window.open_paths(expulsion("tribune", "wire"))
    settled(qtbot, window)
    assert c.comparison is not None and len(c.comparison.articles) == 3
    assert c.event_name == herald
    event = c.event_id
    assert event is not None

    window.new_comparison()
    assert c.open_event(event)
    settled(qtbot, window)
    assert c.comparison is not None and c.event_name == herald
    window.new_comparison()
    window.open_paths(expulsion("wire", "herald", "tribune"))
    settled(qtbot, window)
    assert c.event_id == event and c.event_name == herald
    assert sorted(events_by_name(window)) == [herald]


def test_the_demo_keeps_its_name_once_compared(qtbot: Any, window: Any) -> None:
    c = window.controller
    assert c.open_demo(force=True)
    settled(qtbot, window)
    assert c.comparison is not None and c.event_name == demo_manifest()["event"]


def test_a_deleted_events_typed_name_holds_no_new_event_given_its_id(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """The library gives a deleted event's id to the next new one: that event's name is the
    app's, and follows its articles, though the deleted event's name was typed."""
    c = window.controller
    c.add_text(PASTED, "My paste")
    settled(qtbot, window)
    typed = c.event_id
    assert typed is not None and c.rename_event(typed, "My paste")
    assert c.delete_event(typed)
    c.add_text(PASTED.replace("two", "five"), "My paste")
    settled(qtbot, window)
    assert c.event_id == typed
    window.open_paths(files(tmp_path, north=PASTED.replace("two", "three")))
    settled(qtbot, window)
    assert c.event_name == "My paste and others"
