"""The workspace controller: opening inputs, running the analysis, talking to the library.

Views lay out; this object acts. Reading files, fetching pages and comparing run on the worker pool;
library calls are quick and stay on the UI thread (sqlite connections belong to one thread). Every
failure a user can cause arrives as one line in ``failures`` or ``message``; nothing loaded is lost.

What the user brings in (files, pasted text, a page, an article from the library) joins the
comparison on screen, except the bundled demo: that is a sample to look at, so new articles start a
comparison (and a library event) of their own instead of being filed under the demo's story.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.core.errors import ReaderError, ReaderInputError
from reader.core.model import OUTLET_GIVEN, Article, Comparison, DetailChange
from reader.core.overview import UNIQUE, FlagFilter, flag_counts
from reader.ui.event_names import (
    NAME_CHARS,
    event_name_for,
    outlet_named,
    scannable_name,
    unnumbered,
    untitled_event_name,
)
from reader.ui.notices import details_taken, event_reopened, work_saved
from reader.ui.workers import Worker, WorkerCancelled, WorkerPool

log = logging.getLogger(__name__)

Failure = tuple[str, str]  # (what the user gave, why it could not be opened)
#: Details the user typed for a text beyond its outlet ("title", "date"), as ingest read them.
Typed = dict[str, str]


def _named(given: Article, typed: Typed) -> dict[str, str | None]:
    """The details a person named for a text brought in again: an outlet they typed (``given``'s,
    recorded as theirs) and ``typed``'s, as :meth:`Article.changes_named` takes them."""
    outlet = given.outlet if given.outlet_source == OUTLET_GIVEN else None
    return {"outlet": outlet, **typed}


#: What a failure names when the user pasted text rather than giving a file or an address.
PASTED_TEXT = "Pasted text"
#: What a failure names when the comparison itself could not be made.
ANALYSIS = "Analysis"


def _read_paths(
    paths: Sequence[Path],
) -> Callable[..., tuple[list[tuple[Article, bytes | None]], list[Failure]]]:
    def job(
        progress: Callable[[str, float], None], cancelled: Callable[[], bool]
    ) -> tuple[list[tuple[Article, bytes | None]], list[Failure]]:
        from reader.core.ingest import read_article

        done: list[tuple[Article, bytes | None]] = []
        failed: list[Failure] = []
        for i, path in enumerate(paths):
            if cancelled():
                break
            progress(f"Reading {path.name}", i / max(len(paths), 1))
            try:
                done.append((read_article(path), None))
            except ReaderError as exc:
                failed.append((str(path), _reason(exc, path)))
            except OSError as exc:
                failed.append((str(path), exc.strerror or str(exc)))
            except Exception as exc:  # an ingest bug must not lose the other files
                log.exception("reading %s failed", path)
                failed.append((str(path), f"could not be read ({type(exc).__name__}: {exc})"))
        return done, failed

    return job


def _fetch(url: str, outlet: str) -> Callable[..., tuple[Article, bytes]]:
    def job(
        progress: Callable[[str, float], None], cancelled: Callable[[], bool]
    ) -> tuple[Article, bytes]:
        from reader.core.ingest import article_from_html
        from reader.ui.fetch import fetch_page, normalise_url

        progress(f"Fetching {url}", 0.1)
        sources = [url]
        try:
            sources.append(normalise_url(url))
            page = fetch_page(url)
            sources.append(page.url)
            if cancelled():
                raise WorkerCancelled
            # The raw bytes, so ingest reads the page's own charset declaration; an outlet the
            # user typed is recorded as theirs, not the page's.
            art = article_from_html(page.raw, url=page.url, outlet=outlet or None)
        except ReaderError as exc:
            # The dialog names the address once; the reason need not repeat it.
            raise ReaderInputError(_strip_source(exc.message, *sources)) from None
        return art, page.raw

    return job


def _address(url: str) -> str:
    """The address as fetched (https:// added to "www.example.com/news"), so a failure names a web
    address, not something that could be a file; as typed when it is no address at all."""
    from reader.ui.fetch import normalise_url

    try:
        return normalise_url(url)
    except ReaderError:
        return url.strip()


def _reason(exc: ReaderError, path: Path) -> str:
    msg = exc.message
    for prefix in (f"{path}: ", f"{path.name}: "):
        if msg.startswith(prefix):
            return msg[len(prefix) :]
    return msg


class Controller(QObject):
    articlesChanged = Signal(list)
    comparisonReady = Signal(object)  # Comparison | None
    analysisStarted = Signal()
    analysisProgress = Signal(str, float)
    # "done", "cancelled", "failed", "cached"; "idle" after a read or fetch that started none
    analysisEnded = Signal(str)
    failures = Signal(list)  # list[Failure]
    message = Signal(str)
    #: The comparison's counts for the status line, and where it is saved (for its tooltip).
    counts = Signal(str, str)
    notice = Signal(str)  # a passing word over the status line, on what just changed
    #: The outcome of a user's action on the library (a delete, a restore) for the status line,
    #: and more on it for its tooltip: newer than any notice showing, which it replaces.
    news = Signal(str, str)
    noticeWithdrawn = Signal()  # the notice showing is about an event no longer open
    filesOpened = Signal(list)  # list[Path]: the files of open_paths that were read, in order
    libraryChanged = Signal()
    crashed = Signal(str, str)  # summary, report (a bug in a worker)
    libraryFailed = Signal(str)  # why the library could not be opened; said once

    def __init__(self, parent: QObject | None = None, library: Any = None) -> None:
        super().__init__(parent)
        self.pool = WorkerPool(self)
        self.library: Any = library
        self._library_tried = library is not None
        self.articles: list[Article] = []
        self.raws: dict[str, bytes] = {}
        self.comparison: Comparison | None = None
        self.event_id: int | None = None
        self.event_name: str | None = None
        #: The events whose name the user typed in this session: theirs, even when it happens to
        #: read like a name the app gives (an outlet's).
        self._typed_names: set[int] = set()
        #: The open event's name is its first headline's, standing in until the first comparison
        #: of its articles names it after the plainest (:meth:`_name_after_comparison`).
        self._name_stands_in = False
        #: The event whose articles replaced the demo on screen: where it is saved also says
        #: the demo is kept, since it went from the window with no word. Forgotten when that
        #: event leaves the screen: a deleted event's id is given to the next new one.
        self._left_demo_for: int | None = None
        #: Each delete this session, oldest first: the event's id and whether its name was
        #: typed, for an undone delete. Not a set of ids: a freed id is given to the next new
        #: event, whose delete would otherwise pass the typed name on to it.
        self._deletes: list[tuple[int, bool]] = []
        self.analysis: Worker | None = None
        self.pending_reads = 0
        #: How many :attr:`news` lines were said, and the last: a read started before the
        #: latest one finishes too late to say anything over it.
        self._news_said = 0
        self._last_news = ""
        self._stale_result = False
        #: The texts (by hash) the library refused to save: hovering over the status line must
        #: not say the comparison is saved while some of its articles are not.
        self._unsaved: set[str] = set()
        #: What the window shows (the legend and the outlets hidden), for the status line's
        #: counts; the window sets it. None: every flag.
        self.flag_filter: Callable[[], FlagFilter | None] = lambda: None

    # -- library ---------------------------------------------------------------------------------

    def lib(self) -> Any:
        """The library, opened on first use; None when it cannot be (``libraryFailed`` says why,
        once)."""
        if not self._library_tried:
            self._library_tried = True
            try:
                from reader.store import Library

                self.library = Library.open()
            except ImportError:
                self.library = None
            except ReaderError as exc:
                self.library = None
                self.libraryFailed.emit(exc.message)
        return self.library

    def library_events(self) -> list[tuple[Any, list[Any]]]:
        lib = self.lib()
        if lib is None:
            return []
        try:
            return [(e, list(lib.articles(event_id=e.id))) for e in lib.events()]
        except Exception as exc:
            self.message.emit(f"The library could not be listed: {exc}")
            return []

    def stored_articles(self) -> int:
        """How many articles the library holds (0 without a library, or if it cannot say)."""
        lib = self.lib()
        try:
            return int(lib.article_count()) if lib is not None else 0
        except Exception:
            return 0

    def search(self, query: str) -> list[Any]:
        lib = self.lib()
        if lib is None or not query:
            return []
        try:
            return list(lib.search(query, limit=50))
        except ReaderError as exc:
            self.message.emit(exc.message)
        except Exception as exc:
            self.message.emit(f"Search failed: {exc}")
        return []

    def _store(
        self,
        articles: list[Article],
        typed: Typed | None = None,
        taken: list[DetailChange] | None = None,
        unsaved: list[Article] | None = None,
    ) -> list[Article]:
        """Save articles in the library (with the fetched HTML when there is some).

        Returns them as stored: the library may give an article it already had its own id.
        ``typed`` holds the title and date the user typed for them (Paste Text), which a text
        the library has already takes, as it takes a typed outlet; what changed is said in a
        notice, or added to ``taken`` for the caller to say. Those the library refused are
        added to ``unsaved``, so that no word of saving hides the message that says why.
        """
        lib = self.lib()
        if lib is None or not articles:
            return list(articles)
        event = self.event_name
        out: list[Article] = []
        for art in articles:
            try:
                stored, created = lib.add_article(art, event=event, raw=self.raws.get(art.id))
            except Exception as exc:
                self.message.emit(f"{art.outlet}: not saved in the library ({exc})")
                self._unsaved.add(art.hash)
                if unsaved is not None:
                    unsaved.append(art)
                out.append(art)
                continue
            self._unsaved.discard(art.hash)
            if not created:
                stored = self._take_typed_details(lib, stored, art, typed or {}, taken)
            if stored.id != art.id and art.id in self.raws:
                self.raws[stored.id] = self.raws.pop(art.id)
            out.append(stored)
        if event is not None and self.event_id is None:
            with contextlib.suppress(Exception):
                found = lib.find_event(event)
                self.event_id = int(found.id) if found is not None else None
        self.libraryChanged.emit()
        return out

    def _take_typed_details(
        self,
        lib: Any,
        stored: Article,
        given: Article,
        typed: Typed,
        taken: list[DetailChange] | None = None,
    ) -> Article:
        """A text the library has already, brought in again with an outlet (Paste Text, Open
        URL), a title or a date (Paste Text) the user typed: the stored article takes them and a
        notice says so, as ``reader library add --outlet`` does. A file opened again names no
        outlet and keeps the stored one, which the user may have corrected."""
        try:
            result: tuple[Article, list[DetailChange]] = lib.take_named(
                stored, _named(given, typed)
            )
        except Exception as exc:
            self.message.emit(f"The library could not be updated: {exc}")
            return stored
        updated, changes = result
        if taken is not None:
            taken.extend(changes)
        elif changes:
            self._post_notice(details_taken(changes, open_already=False))
        return updated

    def save_work(self) -> str:
        """Make sure what the user opened is in the library (called by the crash handler too)."""
        if self.lib() is None:
            return "Your articles could not be saved: the library is not available."
        try:
            self._store(list(self.articles))
        except Exception:
            return "Your articles could not be saved."
        return "Your open articles are saved in the library."

    # -- opening ----------------------------------------------------------------------------------

    def open_paths(self, paths: Sequence[Path | str]) -> Worker | None:
        given = [Path(p) for p in paths]
        if not given:
            return None
        worker = Worker(_read_paths(given), "Reading files")
        worker.signals.progress.connect(self.analysisProgress)
        since = self._news_said
        worker.signals.finished.connect(lambda result: self._paths_read(result, given, since))
        worker.signals.failed.connect(self._worker_failed)
        worker.signals.cancelled.connect(self._read_cancelled)
        self.pending_reads += 1
        self.message.emit(f"Reading {len(given)} file{'s' if len(given) != 1 else ''}…")
        return self.pool.start(worker)

    def _paths_read(
        self,
        result: tuple[list[tuple[Article, bytes | None]], list[Failure]],
        given: Sequence[Path] = (),
        since: int | None = None,
    ) -> None:
        done, failed = result
        self.pending_reads = max(0, self.pending_reads - 1)
        # What was read, for Open Recent: a folder, a missing file or a refused one is not a
        # file to offer again.
        refused = {name for name, _ in failed}
        opened = [p for p in given if str(p) not in refused]
        if opened:
            self.filesOpened.emit(opened)
        # First the status bar settles (or the analysis starts), then the dialog says what failed.
        with self._late_if_news_since(since):
            self._bring_in([a for a, _ in done])
        if failed:
            self.failures.emit(failed)

    def _unused_event_name(self, name: str, own: int | None = None) -> str:
        """``name``, or ``name (2)``, ``(3)`` ...: a new comparison never files its articles into
        an older library event that happens to share its first headline. (Exactly the texts of
        an older event open that event instead: :meth:`_open_filed`.) The event ``own`` may keep
        a name it holds already."""
        lib = self.lib()
        if lib is None:
            return name
        candidate, n = name, 1
        with contextlib.suppress(Exception):
            while (found := lib.find_event(candidate)) is not None and found.id != own and n < 100:
                n += 1
                candidate = f"{name} ({n})"
        return candidate

    def _name_after(self, before: Sequence[Article], after: Sequence[Article]) -> None:
        """The open event, named by the app after the outlet of its untitled first article, takes
        the name the app gives ``after``, its articles now: "Courier" became the name of three
        outlets' articles, and the Library listed them as one outlet's. A headline's words, and
        a name the user typed, stay as they are."""
        name = self.event_name
        if name is None or not before or not after or before[0].title:
            return
        if self.event_id in self._typed_names or not outlet_named(name, before[0].outlet):
            return
        wanted = self._unused_event_name(_app_event_name(after), self.event_id)
        if not _same_name(wanted, name):
            self._rename_open_event(wanted)

    def _name_after_comparison(self, comp: Comparison) -> None:
        """The new event's stand-in name (its first headline's words) gives way, once, to the
        plainest headline's (:func:`~reader.core.plain_headline.plainest_headline`): an
        expulsion was filed as "Marovia throws out spies masquerading as diplomats", its most
        loaded headline, in an app that shows such framing. Later articles leave the name as it
        is then, as they leave any headline's name, so the Library renames it at most once."""
        if not self._name_stands_in or self.event_name is None or self.showing_demo:
            return
        plain = self._plain_event_name(comp)
        self._settle_name()
        if not plain or self.event_id in self._typed_names:
            return
        wanted = self._unused_event_name(plain[0], self.event_id)
        if _same_name(unnumbered(wanted), unnumbered(self.event_name)):
            return
        if not self._rename_open_event(wanted):
            return
        self.libraryChanged.emit()

    def _rename_open_event(self, wanted: str) -> bool:
        """Give the open event the app's new name for it, in the library first: when the library
        keeps the old name, so does the window, so both file the event alike. False then."""
        lib = self.lib()
        if lib is not None and self.event_id is not None:
            try:
                lib.rename_event(self.event_id, wanted)
            except Exception:
                return False
        self.event_name = wanted
        return True

    def _settle_name(self) -> None:
        """The open event's name is no longer a stand-in (see :meth:`_name_after_comparison`)."""
        self._name_stands_in = False

    def text_problem(self, text: str, outlet: str = "") -> str:
        """Why pasted text cannot be an article (one line), or "" when it can: the checks a file
        goes through (:func:`reader.core.ingest.article_from_pasted_text`)."""
        from reader.core.ingest import article_from_pasted_text

        try:
            article_from_pasted_text(text, outlet=outlet or None)
        except ReaderError as exc:
            return exc.message
        return ""

    def add_text(self, text: str, outlet: str, title: str = "", date: str = "") -> Article | None:
        from reader.core.ingest import article_from_pasted_text

        try:
            art = article_from_pasted_text(
                text, outlet=outlet or None, title=title or None, date=date or None
            )
        except ReaderError as exc:
            self.failures.emit([(PASTED_TEXT, exc.message)])
            return None
        # As ingest read them (a date written the way the dialog allows is stored as ISO).
        typed: Typed = {}
        if title.strip():
            typed["title"] = art.title or ""
        if date.strip():
            typed["date"] = art.date or ""
        self._rename_open(art, typed)
        added = self._bring_in([art], typed)
        return added[0] if added else None

    def open_url(self, url: str, outlet: str = "") -> Worker:
        worker = Worker(_fetch(url, outlet), "Opening the address")
        worker.signals.progress.connect(self.analysisProgress)
        since = self._news_said
        worker.signals.finished.connect(lambda result: self._url_read(result, since))
        worker.signals.failed.connect(lambda msg, report: self._url_failed(url, msg, report))
        worker.signals.cancelled.connect(self._read_cancelled)
        self.pending_reads += 1
        self.message.emit(f"Fetching {url}…")
        return self.pool.start(worker)

    def _url_failed(self, url: str, msg: str, report: str) -> None:
        self.pending_reads = max(0, self.pending_reads - 1)
        if report:
            self.crashed.emit(msg, report)
        else:
            self.failures.emit([(_address(url), _strip_source(msg, url))])
        self._read_ended()

    def _url_read(self, result: tuple[Article, bytes], since: int | None = None) -> None:
        art, raw = result
        self.pending_reads = max(0, self.pending_reads - 1)
        self.raws[art.id] = raw
        with self._late_if_news_since(since):
            self._rename_open(art)
            self._bring_in([art])

    @contextlib.contextmanager
    def _late_if_news_since(self, since: int | None) -> Iterator[None]:
        """A read's result handled after the user's newer action was said (``since``: the news
        count when the read started) says nothing over it: its notices are dropped, and that
        news stays on top of the analysis it starts. A teacher who deleted an event while her
        files were read saw "Saved to the Library" in place of how to undo the delete."""
        late = since is not None and since != self._news_said
        self._stale_result = late
        try:
            yield
        finally:
            self._stale_result = False
        if late and self._last_news:
            self.notice.emit(self._last_news)  # over the status line, until its counts are back

    def _post_notice(self, text: str) -> None:
        """A passing word on what just changed, unless it comes from a read that finished after
        a newer action of the user's (:meth:`_late_if_news_since`)."""
        if not self._stale_result:
            self.notice.emit(text)

    def _say_news(self, line: str, more: str = "") -> None:
        """Say the outcome of the user's action (``more`` on hover); it replaces any notice."""
        self._news_said += 1
        self._last_news = line
        self.news.emit(line, more)

    def add_from_library(self, article: Article) -> list[Article]:
        """An article picked in the library sidebar: added like a file the user opened."""
        return self._bring_in([article])

    def _bring_in(self, new: Sequence[Article], typed: Typed | None = None) -> list[Article]:
        """Add what the user brought in (with the details they ``typed`` for it); when that
        starts no analysis, say how things stand."""
        open_texts = {a.hash for a in self.articles}
        left_demo = self.showing_demo and any(a.hash not in open_texts for a in new)
        if left_demo:
            self._leave_demo()
        added = (
            self.add_articles(new, typed=typed, announce=True, left_demo=left_demo) if new else []
        )
        if not added and new and self.analysis is None and self.not_compared():
            # Open, but left out of the comparison on screen by a Cancel: compared now.
            self.analyse()
        elif not added:
            self._read_ended(already_open=bool(new))
        return added

    def not_compared(self) -> list[Article]:
        """The open articles the comparison on screen leaves out (its analysis was cancelled)."""
        shown = {a.id for a in self.comparison.articles} if self.comparison is not None else set()
        return [a for a in self.articles if a.id not in shown]

    def _rename_open(self, art: Article, typed: Typed | None = None) -> None:
        """A text already open, pasted or fetched again with another outlet (or title, or date)
        the user typed for it: the open article takes them (and the library with it), as an
        edit of its details would, and a notice says so."""
        current = next((a for a in self.articles if a.hash == art.hash), None)
        if current is None:
            return
        changes = current.changes_named(_named(art, typed or {}))
        if not changes:
            return
        now = {detail: value for detail, value, _was in changes}
        if self.update_article_details(
            current.id,
            outlet=now.get("outlet", current.outlet),
            title=now.get("title", current.title or ""),
            author=current.author or "",
            date=now.get("date", current.date or ""),
        ):
            self._post_notice(details_taken(changes, open_already=True))

    def given_event_name(self) -> str | None:
        """The open event's name when someone gave it, for a report's title; None when it is
        the name the app makes of these articles (the first or the plainest headline's opening
        words, an outlet's name)
        or the demo's, which the report's own title ("How A and B report the same event") says
        better. A teacher who renamed an event found it nowhere in the exported report."""
        name = self.event_name
        if name is None or not self.articles or self.showing_demo:
            return None
        made = [_app_event_name(self.articles), *self._plain_event_name(self.comparison)]
        return None if any(_same_name(unnumbered(name), m) for m in made) else name

    @staticmethod
    def _plain_event_name(comp: Comparison | None) -> list[str]:
        """The name the plainest headline of ``comp`` gives, if it has a headline."""
        from reader.core.plain_headline import plainest_headline

        plain = plainest_headline(comp) if comp is not None else None
        return [event_name_for(plain)] if plain else []

    @property
    def showing_demo(self) -> bool:
        """The bundled demo event is the comparison on screen."""
        demo = _demo_event_name()
        return bool(demo) and _same_name(self.event_name, demo)

    def _leave_demo(self) -> None:
        """Start a new comparison without blanking the window: the demo stays on screen (and in
        the library, untouched) until the new articles' comparison replaces it."""
        shown = {a.id for a in self.articles}
        self.cancel()
        self.articles = []
        self.raws = {k: v for k, v in self.raws.items() if k not in shown}
        self.event_id = None
        self._left_demo_for = None
        self.event_name = None
        self._settle_name()
        self.comparison = None

    def _read_cancelled(self) -> None:
        self.pending_reads = max(0, self.pending_reads - 1)
        self._read_ended()

    def _read_ended(self, *, already_open: bool = False) -> None:
        """A read or fetch is over and started no analysis: hide the progress and put the summary
        of what is on screen back in the status bar, in place of "Reading…" or "Fetching…"."""
        if self.busy:
            return  # another read, or an analysis, still owns the progress bar
        self.analysisEnded.emit("idle")
        note = "Already open." if already_open else ""
        self.counts.emit(" ".join(p for p in (note, self.status_line()) if p), self.where_saved())

    def status_line(self) -> str:
        """The status bar's line for the comparison on screen ("" with nothing open)."""
        return summary(self.comparison, self.flag_filter()) if self.comparison is not None else ""

    def where_saved(self) -> str:
        """Where the comparison on screen is kept ("" when it is not in the library), for the
        status line's tooltip: the line itself says what the comparison found, which a
        journalist looks for after opening articles, where it once said only where it was saved."""
        if self.event_id is None or self.event_name is None or self.showing_demo:
            return ""
        left_demo = self._left_demo_for == self.event_id
        return work_saved(self.event_name, left_demo=left_demo, unsaved=self.unsaved_outlets())

    def unsaved_outlets(self) -> list[str]:
        """The outlets of the open articles the library refused to save, in the window's order."""
        return [a.outlet for a in self.articles if a.hash in self._unsaved]

    def add_articles(
        self,
        new: Sequence[Article],
        *,
        typed: Typed | None = None,
        announce: bool = False,
        left_demo: bool = False,
    ) -> list[Article]:
        """Add articles to the comparison (same text twice is one article), save them (see
        :meth:`_store` for ``typed``), re-analyse. ``announce``: the user brought them in, and a
        notice says they are saved (an event opened from the library is saved already);
        ``left_demo``: they replaced the demo on screen, which that notice says is kept.
        """
        known = {a.hash for a in self.articles}
        fresh: list[Article] = []
        for art in new:
            if art.hash not in known:
                known.add(art.hash)
                fresh.append(art)
        if not fresh:
            return []
        if self.event_name is None and not self.articles:
            filed = self._open_filed(fresh, typed)
            if filed is not None:
                return filed
        if self.event_name is None:
            first = [*self.articles, *fresh]
            self.event_name = self._unused_event_name(_app_event_name(first))
            self._name_stands_in = bool(first[0].title)
        else:
            self._name_after(self.articles, [*self.articles, *fresh])
        taken: list[DetailChange] = []
        unsaved: list[Article] = []
        stored = self._store(fresh, typed, taken, unsaved)
        if announce:
            saved = self.lib() is not None and not unsaved
            self._say_saved(taken, saved=saved, left_demo=left_demo)
        elif taken:
            self._post_notice(details_taken(taken, open_already=False))
        ids = {a.id for a in self.articles}
        added: list[Article] = []
        for art in stored:
            if art.id in ids:  # two different texts with one id: keep both apart
                n = 2
                while f"{art.id}-{n}" in ids:
                    n += 1
                art = art.with_fields(id=f"{art.id}-{n}")
            ids.add(art.id)
            added.append(art)
        self.articles.extend(added)
        self.articlesChanged.emit(list(self.articles))
        self.analyse()
        return added

    def _say_saved(self, taken: list[DetailChange], *, saved: bool, left_demo: bool) -> None:
        """For articles just filed: a notice of the details a stored text took from what the
        user typed when there are some (their "Already in the library" says it is kept). That
        the work is saved is said on hover over the status line (:meth:`where_saved`), not over
        its counts: there is no Save command, and a teacher looked for one."""
        if taken:
            self._post_notice(details_taken(taken, open_already=False))
        elif saved and left_demo and not self._stale_result:
            self._left_demo_for = self.event_id

    def _open_filed(self, fresh: Sequence[Article], typed: Typed | None) -> list[Article] | None:
        """A new comparison of exactly the texts an event in the library holds: that event is
        opened (with its notes) instead of filing a copy, and a notice says so. Returns the open
        articles ``fresh`` became, or None when no event holds these texts."""
        lib = self.lib()
        if lib is None:
            return None
        try:
            event = lib.event_with_texts([a.hash for a in fresh])
        except Exception:
            return None  # the library cannot be asked: the texts start a new event as before
        if event is None:
            return None
        taken: list[DetailChange] = []
        self._store(list(fresh), typed, taken)  # what they bring: a page's bytes, a typed outlet
        if not self.open_event(int(event.id)):
            return None
        self.libraryChanged.emit()  # the panel marks the event now open
        self._post_notice(event_reopened(self.event_name or event.name, taken))
        texts = {a.hash for a in fresh}
        return [a for a in self.articles if a.hash in texts]

    def remove_article(self, article_id: str) -> None:
        """Take an article out of the comparison and out of its event (it stays in the library)."""
        before = self.articles
        self.articles = [a for a in self.articles if a.id != article_id]
        self._name_after(before, self.articles)
        lib = self.lib()
        if lib is not None and self.event_id is not None:
            try:
                lib.remove_from_event(self.event_id, article_id)
            except Exception as exc:
                self.message.emit(f"The event could not be updated: {exc}")
            self.libraryChanged.emit()
        self.articlesChanged.emit(list(self.articles))
        self.analyse()

    def update_article_details(
        self,
        article_id: str,
        *,
        outlet: str,
        title: str = "",
        author: str = "",
        date: str = "",
    ) -> Article | None:
        """Override an open article's outlet, title, author and date, save them, re-run.

        Returns the updated article, or None (with a message) when the outlet is empty or the
        article is not open.
        """
        index = next((i for i, a in enumerate(self.articles) if a.id == article_id), None)
        outlet = " ".join(outlet.split())
        if not outlet:
            self.message.emit("An article needs an outlet name.")
            return None
        lib = self.lib()
        if index is None:  # edited from the library sidebar: not in the open comparison
            if lib is None:
                return None
            try:
                stored: Article = lib.update_article(
                    article_id, outlet=outlet, title=title, author=author, date=date
                )
            except Exception as exc:
                self.message.emit(f"The library could not be updated: {exc}")
                return None
            self.libraryChanged.emit()
            return stored

        def clean(value: str) -> str | None:
            return " ".join(value.split()) or None

        current = self.articles[index]
        updated = replace(
            current,
            outlet=outlet,
            outlet_source=OUTLET_GIVEN if outlet != current.outlet else current.outlet_source,
            title=clean(title),
            author=clean(author),
            date=clean(date),
        )
        if lib is not None:
            try:
                lib.update_article(
                    article_id,
                    outlet=outlet,
                    title=title,
                    author=author,
                    date=date,
                    outlet_source=updated.outlet_source,
                )
            except KeyError:
                pass  # an article kept apart under a suffixed id is not in the library as such
            except Exception as exc:
                self.message.emit(f"The library could not be updated: {exc}")
            self.libraryChanged.emit()
        self.articles[index] = updated
        self.articlesChanged.emit(list(self.articles))
        self.analyse()
        return updated

    def clear(self) -> None:
        self.cancel()
        self.noticeWithdrawn.emit()  # a notice names what was open
        self.articles = []
        self.raws = {}
        self.event_id = None
        self._left_demo_for = None
        self.event_name = None
        self._settle_name()
        self.comparison = None
        self.articlesChanged.emit([])
        self.comparisonReady.emit(None)

    def open_event(self, event_id: int) -> bool:
        lib = self.lib()
        if lib is None:
            return False
        try:
            arts = list(lib.event_articles(event_id))
            name = lib.event(event_id).name
        except Exception as exc:
            self.message.emit(f"Could not open the event: {exc}")
            return False
        self.cancel()
        if event_id != self.event_id:
            self.noticeWithdrawn.emit()  # a notice names what was open
            self._left_demo_for = None
        self.articles = []
        self.event_id = event_id
        self.event_name = name
        self._settle_name()  # the name the library keeps for it stays
        self.comparison = None
        self.articlesChanged.emit([])
        if arts:
            self.add_articles(arts)
        else:
            self.comparisonReady.emit(None)
        return True

    def rename_event(self, event_id: int, name: str) -> bool:
        """Rename a library event (the open one too); False, with a message, when it cannot be."""
        lib = self.lib()
        if lib is None:
            return False
        try:
            event = lib.rename_event(event_id, name)
        except ReaderError as exc:
            self.message.emit(f"The event was not renamed: {exc.message}.")
            return False
        except Exception as exc:
            self.message.emit(f"The event was not renamed: {exc}")
            return False
        self._typed_names.add(event_id)
        if event_id == self.event_id:
            self.event_name = event.name
            self._settle_name()
        self.libraryChanged.emit()
        return True

    def delete_event(self, event_id: int, undo_hint: str = "") -> bool:
        """Delete a library event and its notes; its articles stay in the library. Deleting the
        open one closes it: its articles would otherwise be filed under it again on the next
        save. ``undo_hint`` tells the status line how to undo it, where the window offers that."""
        lib = self.lib()
        if lib is None:
            return False
        try:
            event = lib.event(event_id)
            lib.remove_event(event_id)
        except Exception as exc:
            self.message.emit(f"The event was not deleted: {exc}")
            return False
        # The library gives a freed id to the next new event, whose name no one typed.
        self._deletes.append((event_id, event_id in self._typed_names))
        self._typed_names.discard(event_id)
        if event_id == self.event_id:
            self.clear()
        self.libraryChanged.emit()
        self._say_news(*event_deleted(event.name, event.article_count, undo_hint))
        return True

    def restore_event(self, event_id: int, *, reopen: bool, name: str = "") -> int | None:
        """Undo the delete of a library event this session: it comes back with its name,
        articles and notes, and is opened again when it was open. Its id, or None (with a
        message) when it cannot come back.

        A restore that fails to write (a locked file, a full disk) raises
        :class:`RestoreFailed` instead: the library still keeps the event, so the caller keeps
        its undo step and the user can try again. One written but not read back is restored:
        the step is done, and the message says only the reading failed. ``name``: the event's,
        which a failure names."""
        from reader.store.library import EventRestoredUnreadError

        lib = self.lib()
        if lib is None:
            return None
        try:
            event = lib.restore_event(event_id)
        except KeyError:
            self.message.emit("The event was not restored: the library no longer keeps it.")
            return None
        except EventRestoredUnreadError as exc:
            return self._restored_unread(event_id, exc.event_id, exc.reason)
        except Exception as exc:
            line = restore_failed_line(exc, name)
            self.message.emit(line)
            raise RestoreFailed(line) from None
        if self._typed_when_deleted(event_id):
            self._typed_names.add(event.id)
        self.libraryChanged.emit()
        if reopen:
            self.open_event(event.id)
        self._say_news(f"Restored the event “{event.name}” with its articles and annotations.")
        return int(event.id)

    def _restored_unread(self, event_id: int, restored: int, reason: Exception) -> int:
        """The restore of ``event_id`` was written as ``restored`` but reading it back failed:
        the event is in the library, so the Library panel is refreshed and the line says so."""
        if self._typed_when_deleted(event_id):
            self._typed_names.add(restored)
        self.libraryChanged.emit()
        self.message.emit(restored_unread_line(reason))
        return restored

    def _typed_when_deleted(self, event_id: int) -> bool:
        """Whether the latest event deleted under this id had a typed name; its entry is done."""
        for k in range(len(self._deletes) - 1, -1, -1):
            if self._deletes[k][0] == event_id:
                return self._deletes.pop(k)[1]
        return False

    def open_demo(self, force: bool = False) -> bool:
        """Open the demo event: seeded into an empty library, or found again by name."""
        lib = self.lib()
        if lib is None:
            return False
        try:
            ev = lib.seed_demo()
            if ev is None and force:
                ev = lib.find_event(_demo_event_name()) or _restore_demo(lib)
        except Exception as exc:
            self.message.emit(f"The demo event could not be opened: {exc}")
            return False
        if ev is None:
            return False
        self.libraryChanged.emit()
        return self.open_event(int(ev.id))

    # -- analysis --------------------------------------------------------------------------------

    def lexicon(self) -> Any:
        """The bundled lexicon with the user's edits from the library (Tools > Lexicon)."""
        from reader.store.lexicon_edits import user_lexicon

        try:
            return user_lexicon(self.lib())
        except Exception:  # an unreadable library must not stop the analysis
            return None

    def engine_key(self) -> str:
        from reader.core.compare import engine_version

        return engine_version(self.lexicon())

    def analyse(self) -> Worker | None:
        """Compare the open articles: from the library's cache when possible, else on a worker."""
        self.cancel()
        if not self.articles:
            self.comparison = None
            self.comparisonReady.emit(None)
            return None
        articles = list(self.articles)
        hashes = [a.hash for a in articles]
        lexicon = self.lexicon()
        lib = self.lib()
        if lib is not None:
            try:
                cached = lib.cached_comparison(hashes, self.engine_key())
            except Exception:
                cached = None
            if cached:
                try:
                    comp = Comparison.from_dict(cached)
                    # The cache is keyed by text; metadata edited since (outlet, title...) must
                    # show, and explanations name outlets, so a changed field means a new run.
                    if [_meta(a) for a in comp.articles] == [_meta(a) for a in articles]:
                        self._deliver(comp, "cached")
                        return None
                except (ValueError, KeyError, TypeError):
                    pass

        def job(
            progress: Callable[[str, float], None], cancelled: Callable[[], bool]
        ) -> Comparison:
            from reader.core.compare import compare

            return compare(articles, lexicon=lexicon, progress=progress, cancelled=cancelled)

        worker = Worker(job, "Analysis")
        worker.signals.progress.connect(
            lambda label, done, w=worker: self._analysis_progress(w, label, done)
        )
        worker.signals.finished.connect(lambda comp, w=worker: self._analysed(w, comp))
        worker.signals.failed.connect(
            lambda msg, report, w=worker: self._analysis_failed(w, msg, report)
        )
        worker.signals.cancelled.connect(lambda w=worker: self._analysis_cancelled(w))
        self.analysis = worker
        self.analysisStarted.emit()
        return self.pool.start(worker)

    def stop(self) -> None:
        """The user's Cancel: the comparison on screen stays, and the status line says which open
        articles it leaves out, since nothing else on screen shows them."""
        if self.analysis is None:
            return
        self.cancel()
        left_out = [a.outlet for a in self.not_compared()]
        if not left_out:
            self.message.emit("Analysis cancelled.")
            return
        one = len(left_out) == 1
        names = left_out[0] if one else ", ".join(left_out[:-1]) + " and " + left_out[-1]
        self.message.emit(
            f"Analysis cancelled: {names} {'is' if one else 'are'} open but not compared;"
            f" open {'it' if one else 'them'} again to compare {'it' if one else 'them'}."
        )

    def cancel(self) -> None:
        """Stop the running analysis, for the user or for a newer one (which says nothing)."""
        if self.analysis is not None:
            self.analysis.cancel()
            self.analysis = None
            self.analysisEnded.emit("cancelled")

    @property
    def busy(self) -> bool:
        return self.analysis is not None or self.pending_reads > 0

    def _analysed(self, worker: Worker, comp: Comparison) -> None:
        if worker is not self.analysis:
            return  # a newer analysis replaced this one
        self.analysis = None
        lib = self.lib()
        if lib is not None:
            with contextlib.suppress(Exception):
                lib.store_comparison(
                    [a.hash for a in comp.articles], self.engine_key(), comp.to_dict()
                )
        self._deliver(comp, "done")

    def _deliver(self, comp: Comparison, how: str) -> None:
        self.comparison = comp
        self._name_after_comparison(comp)
        self.comparisonReady.emit(comp)
        self.analysisEnded.emit(how)
        line = summary(comp, self.flag_filter())
        cached = " (from the library)" if how == "cached" else ""
        self.counts.emit(line + cached, self.where_saved())

    def _analysis_failed(self, worker: Worker, msg: str, report: str) -> None:
        if worker is not self.analysis:
            return
        self.analysis = None
        self.analysisEnded.emit("failed")
        if report:
            self.crashed.emit(msg, report)
        else:
            self.failures.emit([(ANALYSIS, msg)])

    def _analysis_progress(self, worker: Worker, label: str, done: float) -> None:
        """Progress of the running analysis; a cancelled one's last steps, still queued, would
        put "Reading the articles…" back over what the status line says now."""
        if worker is self.analysis:
            self.analysisProgress.emit(label, done)

    def _analysis_cancelled(self, worker: Worker) -> None:
        """A worker stopped: :meth:`stop` has said so already, and a run replaced by a newer
        one must not write over the newer one's status line."""
        if worker is self.analysis:
            self.analysis = None
            self.analysisEnded.emit("cancelled")

    def _worker_failed(self, msg: str, report: str) -> None:
        self.pending_reads = max(0, self.pending_reads - 1)
        if report:
            self.crashed.emit(msg, report)
        else:
            self.failures.emit([("Input", msg)])
        self._read_ended()


def _restore_demo(lib: Any) -> Any:
    """The demo event made again from the bundled files, after the user deleted it."""
    from reader.store.demo import load_demo

    name, articles = load_demo()
    for art in articles:
        lib.add_article(art, event=name)
    return lib.find_event(name)


class RestoreFailed(ReaderError):
    """An undone delete could not be written back; the library still keeps the event."""


def restore_failed_line(exc: Exception, name: str = "") -> str:
    """One line on a failed restore, for the status line and its dialog: which event, the
    store's reason less the library file's long path, and what the user can do next. It read
    "… It is kept: Edit › Undo tries again.", which left the reader to work out what "it" was
    and whether to act."""
    reason = _reason_without_path(exc) or "the library could not be written"
    shown = scannable_name(name, lambda text: len(text) <= NAME_CHARS) if name else ""
    which = f"“{shown}”" if shown else "The event"
    return f"{which} was not restored: {reason}. Try Edit › Undo again."


def restored_unread_line(exc: Exception) -> str:
    """One line on a restore that was written but could not be read back: the event is back,
    so the line must not read as a failed restore, nor send the user to Undo again."""
    if isinstance(exc, KeyError):
        reason = "it is not listed yet"  # a bare id is no reason
    else:
        reason = _reason_without_path(exc) or "the library could not be read"
    return f"Restored the event, but could not read it back: {reason}. It is in the library."


def _reason_without_path(exc: Exception) -> str:
    """The error's reason in one line, less the library file's long path and a closing stop."""
    reason = exc.message if isinstance(exc, ReaderError) else str(exc)
    head, colon, rest = reason.partition(": ")
    if colon and ("/" in head or "\\" in head):
        reason = rest
    return reason.rstrip(".")


def event_deleted(name: str, articles: int, undo_hint: str = "") -> tuple[str, str]:
    """The status line after an event is deleted, and more on it for its tooltip. Its articles
    leave the Library panel with it, and a blank window with an empty status line read as if the
    teacher's pasted text were lost: the tooltip says they are kept, and how to find them, as the
    Library panel does. The line says what went and how to undo it (``undo_hint``, "Edit › Undo
    (Ctrl+Z) brings it back"), since her notes went with it: at a 1.5x font the whole of it was
    cut, so the name is cut at :data:`NAME_CHARS`, the longest the app gives, after a word."""
    shown = scannable_name(name, lambda text: len(text) <= NAME_CHARS)
    line = f"Deleted the event “{shown}”" + (f": {undo_hint}." if undo_hint else ".")
    if not articles:
        return line, "" if shown == name else f"Deleted the event “{name}”."
    its, them = (
        ("Its article is", "it") if articles == 1 else (f"Its {articles} articles are", "them")
    )
    kept = f"{its} still in the library: search the Library to find {them}."
    return line, f"Deleted the event “{name}”. {kept}"


def _app_event_name(articles: Sequence[Article]) -> str:
    """The name the app gives an event of ``articles``: its first headline's opening words, or,
    with no headline, its first outlet's name ("Courier", "Courier and others")."""
    first = articles[0]
    return event_name_for(first.title or untitled_event_name(first.outlet, len(articles)))


@functools.cache
def _demo_event_name() -> str:
    """The bundled demo event's name ("" when the demo is not installed)."""
    try:
        from reader.store.demo import demo_manifest

        return str(demo_manifest().get("event", ""))
    except (ImportError, OSError, ValueError):
        return ""


def _same_name(a: str | None, b: str) -> bool:
    """Event names as the library compares them: spacing and case do not count."""
    return a is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _meta(a: Article) -> tuple[str, str, str | None, str | None, str | None]:
    return (a.id, a.outlet, a.title, a.author, a.date)


def summary(comp: Comparison, shown: FlagFilter | None = None) -> str:
    """The status-bar line: counts a reader can use ("3 articles · 10 shared claims · 41 framing
    flags · 12 claims in one outlet only"). Claims one outlet alone carries, and facts the
    outlets give differently, are counted apart from the framing flags: what an outlet reports is
    not how it words it. They are counted as the aligned view's
    "Only in" rows, so the number matches what the reader sees; not as unique-claim flags, which
    the engine raises only for some of those rows.

    With ``shown`` (the legend and the outlets hidden), only the flags on screen are counted, and
    those hidden are said in a part of their own ("6 flags hidden"), as Details says them."""
    counts = flag_counts(comp, shown)
    n_art = len(comp.articles)
    parts = [f"{n_art} article{'s' if n_art != 1 else ''}"]
    hidden_outlets = len({a.id for a in comp.articles} & shown.hidden_outlets) if shown else 0
    if hidden_outlets:
        parts[-1] += f" ({hidden_outlets} hidden)"
    if n_art > 1:
        shared = counts.shared  # of the outlets shown: what the aligned view shows shared
        parts.append(f"{shared} shared claim{'s' if shared != 1 else ''}")
    n_flags = counts.framing
    if n_flags:
        parts.append(f"{n_flags} framing flag{'s' if n_flags != 1 else ''}")
    else:
        parts.append("no framing flags shown" if counts.hidden else "no framing flags")
    n_head = counts.headline
    if n_head:
        where = "the headline" if n_art == 1 else "headlines"
        parts[-1] += f" (+{n_head} in {where})"
    if counts.facts:
        parts.append(f"{counts.facts} different fact{'s' if counts.facts != 1 else ''}")
    if counts.hidden:
        parts.append(f"{counts.hidden} flag{'s' if counts.hidden != 1 else ''} hidden")
    # Counted as long as the "Only in …" bars are shown: hidden, they are no longer on screen.
    n_only = counts.only_in_one if shown is None or shown.shows_category(UNIQUE) else 0
    if n_only:
        parts.append(f"{n_only} claim{'s' if n_only != 1 else ''} in one outlet only")
    return " · ".join(parts)


def _strip_source(msg: str, *sources: str) -> str:
    """The reason without a leading "address: ", whichever form of the address it starts with
    (as typed, with https:// added, or after redirects)."""
    for source in sorted(set(sources), key=len, reverse=True):
        if source and msg.startswith(source + ": "):
            return msg[len(source) + 2 :]
    return msg
