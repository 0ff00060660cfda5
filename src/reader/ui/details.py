"""The details panel: progressive detail for whatever the reader selected.

For a claim group it shows each outlet's wording with the differences marked, each flag with its
explanation and counterparts, and who is quoted; for an actor, how each outlet labels it. Everything
is
escaped HTML built here; article text is never interpreted as markup and nothing remote is loaded.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QEvent, QMimeData, QObject, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.epithets import EPITHET_RULE
from reader.core.model import (
    CATEGORY_LABELS,
    Attribution,
    Comparison,
    Entity,
    Flag,
    Row,
    category_description,
    rule_description,
)
from reader.core.overview import NO_MATCH, UNIQUE, SpeakerNames, entity_table
from reader.core.palette import style_for
from reader.core.wording import cell_wording
from reader.ui.legend import ALL_SHOWN, DIFFERENCES, legend_filter
from reader.ui.richtext import (
    answer_html,
    joint,
    marked_html,
    names,
    quoted_in,
    quotes_whole_claims,
    split_counterparts,
    whole_wording_note,
    words_mime,
)
from reader.ui.theme import colours, readable
from reader.ui.typography import curly
from reader.ui.wrapped_delegate import WrappedItemDelegate


def flag_html(f: Flag, comp: Comparison, dark: bool = False, wording_shown: bool = False) -> str:
    """One flag: its kind, words and explanation, then what the others wrote in its place.

    ``wording_shown`` says the panel also shows the claim's wording in every outlet: the others'
    whole sentences are then named, not repeated, so the short phrases that answer the flag
    ("President Xi Jinping") are what stands out.
    """
    st = style_for(f.category)
    c = colours(dark)
    label = html.escape(CATEGORY_LABELS.get(f.category, f.category))
    outlet = html.escape(_outlet(comp, f.article))
    heading = readable(st.colour, dark).name()  # the raw category colours are too pale to read
    where = " · headline" if f.where == "title" else ""  # its words are in the title, not a claim
    # What the kind means, in plain words under its name: a student meets "Hedge" here first.
    meaning = html.escape(curly(category_description(f.category, len(comp.articles))))
    parts = [
        f"<p style='margin:6px 0 2px 0'><b style='color:{heading}'>[{st.marker}] {label}</b>"
        f" · {outlet}{where}<br><span style='color:{c['muted']}'>{meaning}</span>"
        f"<br>{html.escape(_in_quotes(f.text))}</p>",
        f"<p style='margin:0 0 2px 12px'>{html.escape(curly(f.explanation))}</p>",
    ]
    note = f.speaker_note
    if note is not None and note not in f.explanation:
        # Upper-case the first letter only: the note may name a speaker ("Port Alder").
        first = note[:1].upper() + note[1:]
        parts.append(f"<p style='margin:0 0 2px 12px'><i>{html.escape(curly(first))}.</i></p>")
    parts.extend(_counterparts_html(f, comp, wording_shown))
    if f.rule:
        parts.append(
            f"<p style='margin:0 0 2px 12px; color:{c['muted']}'><small>Found by"
            f" {html.escape(found_by(f.rule))}</small></p>"
        )
    return "".join(parts)


def found_by(rule: str) -> str:
    """How a flag was found, as it reads after "Found by": core names a word list entry's kind
    by its key ("'rammed through' (loaded)"), which a reader never meets; the window names it
    as the legend and the heading above do ("‘rammed through’ (Loaded word)")."""
    said = rule_description(rule)
    kind, _, rest = rule.partition(":")
    category = rest.partition(":")[0]
    key = f"({category})"
    if kind == "lexicon" and category in CATEGORY_LABELS and said.endswith(key):
        said = f"{said.removesuffix(key)}({CATEGORY_LABELS[category]})"
    return curly(said)


def _counterparts_html(f: Flag, comp: Comparison, wording_shown: bool) -> list[str]:
    """What the other outlets wrote in the flag's place: phrases quoted, whole claims named when
    the panel shows them under Claim (else quoted too: a headline has no Claim section).

    A unique claim's counterparts are the nearest sentences the aligner did not line up with it:
    its row shows no other claim, so they are quoted in full under their own heading."""
    if f.category == UNIQUE and f.counterparts:
        items = "".join(
            f"<li>{html.escape(_outlet(comp, c.article))}: “{html.escape(c.text)}”</li>"
            for c in f.counterparts
        )
        return [
            "<p style='margin:0 0 0 12px'>Nearest sentences, not lined up:</p>"
            f"<ul style='margin-top:0'>{items}</ul>"
        ]
    phrases, whole = split_counterparts(f.counterparts)
    if not wording_shown:
        phrases, whole = list(f.counterparts), []
    # One outlet with two claims in the row may answer with the same words twice.
    phrases = list({(c.article, c.answer): c for c in phrases}.values())
    out: list[str] = []
    # Words the explanation already quotes for that outlet ("... calls Xi Jinping 'President Xi
    # Jinping' here") are not listed a second time. A figure's are: the words around it say what
    # the other outlet counts, and its sentence is often in another row than the flag's.
    if f.category != FIGURE:
        phrases = [
            c for c in phrases if not quoted_in(f.explanation, _outlet(comp, c.article), c.answer)
        ]
    full = quotes_whole_claims(f)
    if phrases:
        items = "".join(
            f"<li>{html.escape(_outlet(comp, c.article))}: “{answer_html(c, whole=full)}”</li>"
            for c in phrases
        )
        # An epithet's evidence is how the others name the person anywhere in their reports,
        # often in another row: "in the same place" would send the reader to the wrong claim.
        elsewhere = f.rule == EPITHET_RULE or (
            f.category == "label" and f.alignment is None and any(c.start == 0 for c in phrases)
        )
        if f.where == "title":
            heading = "Their headlines:"
        elif f.category == FIGURE:
            heading = "What they wrote:"
        elif elsewhere:
            heading = "How the other outlets name them:"
        else:
            heading = "In the same place:"
        out.append(
            f"<p style='margin:0 0 0 12px'>{heading}</p><ul style='margin-top:0'>{items}</ul>"
        )
    if whole:
        note = whole_wording_note(len(comp.articles), "under Claim")
        out.append(f"<p style='margin:0 0 2px 12px'>{html.escape(note, quote=False)}</p>")
    return out


FIGURE = "figure"


def row_html(
    row: Row,
    comp: Comparison,
    flags: list[Flag],
    dark: bool,
    shown_above: str | None = None,
    *,
    hidden: int = 0,
    differences: bool = True,
    unique: bool = True,
    clean: bool = False,
) -> str:
    """The claim group: each outlet's wording, who is quoted, then its flags.

    ``shown_above`` is the id of a flag the panel already explains at the top; it is not repeated.
    ``hidden`` counts the row's flags the legend hides, so "no flags" is never said of them.
    ``differences`` and ``unique`` say whether the legend shows different wording (shaded, and
    "reworded") and the claims only one outlet carries ("Only in …"), as the aligned view does.
    ``clean`` (every mark hidden, a clean copy) says nothing of flags, not even how many are
    hidden: a count per claim would point at the answers.
    """
    c = colours(dark)
    speaker_names = SpeakerNames.of(comp)
    out = ["<p style='margin:0 0 6px 0; font-size:large'><b>Claim</b></p>"]
    n = len(comp.articles)
    if row.is_unique and comp.shares_claims and unique:
        only = next(iter(row.cells))
        out.append(
            f"<p><b>Only in {html.escape(_outlet(comp, only))}.</b> No sentence of the other"
            " outlets lines up with it.</p>"
        )
        # What the aligner found closest, for the reader to judge: a missed paraphrase shows here.
        for f in flags:
            if f.category == UNIQUE and f.id != shown_above:
                out.extend(_counterparts_html(f, comp, wording_shown=False))
    elif comp.shares_claims and len(row.cells) < n and not row.is_unique:
        missing = [a.outlet for a in comp.articles if a.id not in row.cells]
        out.append(
            f"<p style='color:{c['muted']}'>{NO_MATCH} in {html.escape(names(missing))}.</p>"
        )
    for art in comp.articles:
        claims = row.cells.get(art.id, ())
        if not claims:
            continue
        wording = cell_wording(row, comp.articles, art.id)
        mine = [f for f in flags if f.article == art.id and f.category != UNIQUE]
        body = "".join(
            (html.escape(joint(art.text, claims[i - 1].end, cl.start)) if i else "")
            + marked_html(
                art.text, cl.start, cl.end, wording.diffs if differences else (), mine, dark
            )
            for i, cl in enumerate(claims)
        )
        # As the aligned view's caption: its substitutions are not shaded, its words not shared.
        reworded = (
            f" <span style='background:{c['diff']}; color:{c['muted']}'>&nbsp;reworded&nbsp;</span>"
            if wording.reworded and differences
            else ""
        )
        out.append(
            f"<p style='margin:8px 0 2px 0'><b>{html.escape(art.outlet)}</b>{reworded}</p><p"
            f" style='margin:0'>{body}</p>"
        )
        speakers = _once_each(
            _speaker_text(cl.attribution, speaker_names.name(art, cl.attribution))
            for cl in claims
            if cl.attribution and cl.attribution.speaker
        )
        if speakers:
            out.append(
                f"<p style='margin:0; color:{c['muted']}'>Quotes or cites: "
                f"{html.escape(', '.join(speakers))}</p>"
            )
    if clean:
        return "".join(out)
    shown = [f for f in flags if f.category != UNIQUE and f.id != shown_above]
    if shown:
        title = "Other flags in this claim" if shown_above else "Flags"
        out.append(f"<p style='margin:12px 0 0 0; font-size:large'><b>{title}</b></p>")
        out.extend(flag_html(f, comp, dark, wording_shown=True) for f in shown)
    elif hidden:
        kinds = "flag is" if hidden == 1 else "flags are"
        out.append(
            f"<p style='color:{c['muted']}'>{hidden} {kinds} hidden here (the legend or View ›"
            " Show Framing Marks).</p>"
        )
    elif n > 1 and not shown_above:
        out.append(f"<p style='color:{c['muted']}'>No framing flags in this claim.</p>")
    return "".join(out)


def entity_html(entity: Entity, comp: Comparison) -> str:
    out = [f"<p style='margin:0; font-size:large'><b>{html.escape(entity.name)}</b></p>"]
    # The aliases hold every spelling seen, the name too: "Also written: Xi Jinping" under
    # "Xi Jinping" told the reader nothing.
    others = [a for a in entity.aliases if a != entity.name]
    if others:
        out.append(
            f"<p style='margin:0'><small>Also written: {html.escape(', '.join(others))}</small></p>"
        )
    whose = "the article describes" if len(comp.articles) == 1 else "each outlet describes"
    out.append(f"<p>How {whose} this actor:</p><table cellspacing='0' cellpadding='3'>")
    for art in comp.articles:
        desc = entity.descriptors.get(art.id, ())
        n = entity.mentions.get(art.id, 0)
        words = (
            ", ".join(f"“{html.escape(d)}”" for d in desc) if desc else "<i>no title or label</i>"
        )
        if n == 0 and not desc:
            words = "<i>not mentioned</i>"
        out.append(
            f"<tr><td><b>{html.escape(art.outlet)}</b></td><td>{words}</td><td><small>{n}×</small></td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def ranked_actors(comp: Comparison) -> list[tuple[Entity, bool]]:
    """The actors in the Overview's order, each with whether the outlets describe it in
    different words: those first (the contrast a reader looks for), then those more outlets
    describe, then the rest by how often they are named. Ranked by mentions alone, "Xi Jinping"
    came twelfth, under places no outlet describes."""
    table = entity_table(comp, max_undescribed=len(comp.entities))
    listed = {r.entity.id for r in table}
    rest = sorted(
        (e for e in comp.entities if e.id not in listed), key=lambda e: -sum(e.mentions.values())
    )
    return [(r.entity, r.differs) for r in table] + [(e, False) for e in rest]


def _outlet(comp: Comparison, article_id: str) -> str:
    try:
        return comp.article(article_id).outlet
    except KeyError:
        return article_id


class DetailsText(QTextBrowser):
    """The details' text. A copy of the outlets' wording is their words, without the marker
    letters the panel writes after each flag, as a copy from an article's text is."""

    def createMimeDataFromSelection(self) -> QMimeData:
        return words_mime(self.textCursor())


#: The panel's least width at the usual text size.
MIN_WIDTH: Final = 290
#: The average characters of its text the panel keeps room for at any text size: zoomed, its
#: 290 px held two or three words a line, "Northline / Press" each a line of its own.
MIN_CHARS: Final = 18
#: The lines of the actors list kept in sight under the details: zoomed, its share of the
#: panel showed one actor and half a line of the next, cut through the middle.
ACTOR_LINES: Final = 3
#: The most of the panel the actors take, however many there are: the details are what was
#: selected, the actors a way in, so the list scrolls past this share.
ACTORS_SHARE: Final = 0.4


class DetailsPanel(QWidget):
    """Right-hand panel: the selection's details on top, the list of actors below.

    The legend's filters reach it as they reach the views: a hidden category's flags are neither
    explained nor marked in the outlets' wording. The panel keeps what it was asked to show, so
    showing the category again brings them back.
    """

    flagLinkActivated = Signal(str)
    #: An actor clicked, or Enter pressed on it: the id of the actor to take the reader to (its
    #: next mention). Moving through the list with the arrow keys only explains each actor.
    actorRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.comparison: Comparison | None = None
        self.shown_flag: Flag | None = None  # the flag the panel explains, if any
        self.dark = False
        self.categories: set[str] = set(ALL_SHOWN)
        #: The core's filter for :attr:`categories`: which flags are explained.
        self.shown = legend_filter(self.categories)
        #: A clean copy (View › Show Framing Marks off): see :meth:`set_clean`.
        self.clean = False
        #: What was selected: a flag (or None for a claim), its claim row and the row's flags,
        #: hidden or not; None while the panel shows no selection or an actor.
        self._selection: tuple[Flag | None, Row | None, list[Flag]] | None = None
        #: The panel shows its hint (no selection, no actor), which a clean copy words otherwise.
        self._hinting = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.browser = DetailsText(split)
        self.browser.setObjectName("detailsText")
        self.browser.setAccessibleName("Details of the selection")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        box = QWidget(split)
        #: The actors list and its title, hidden while it would be empty: an empty box says nothing.
        self.actors_box = box
        bl = QVBoxLayout(box)
        bl.setContentsMargins(8, 4, 8, 4)
        title = QLabel("Actors", box)
        title.setObjectName("muted")
        bl.addWidget(title)
        self._actors_layout, self._actors_title = bl, title
        self.actors = QListWidget(box)
        self.actors.setAccessibleName("Actors named in the articles")
        # A long name and what describes it wrap in the narrow panel, not scroll sideways.
        self.actors.setWordWrap(True)
        self.actors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actors.setResizeMode(QListView.ResizeMode.Adjust)
        self.actors.setItemDelegate(WrappedItemDelegate(self.actors))
        self.actors.currentItemChanged.connect(self._actor_changed)
        self.actors.itemClicked.connect(self._actor_requested)
        self.actors.installEventFilter(self)
        bl.addWidget(self.actors)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 150])
        #: The splitter between the details and the actors: fitted to what each holds
        #: (:meth:`fit_split`) until the reader drags it.
        self.split = split
        self._split_dragged = False
        split.splitterMoved.connect(self._split_was_dragged)
        layout.addWidget(split)
        self.show_placeholder()
        self.fit_to_font()

    def _split_was_dragged(self, _pos: int, _index: int) -> None:
        """The reader set the split by hand: it stays where they put it."""
        self._split_dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_split()

    def fit_split(self) -> None:
        """Give the actors the room their list asks for, within :data:`ACTORS_SHARE` of the
        panel (and never less than :data:`ACTOR_LINES` lines), and the details the rest.

        Worked out from the actors and the panel's height, never from the details' text: fitted
        to the text, the "Actors" heading jumped up and down as the reader went from flag to
        flag, a control that moved each time it was looked for. A short text now ends over the
        details' own blank space, and a long one scrolls above a heading that stays put; a split
        the reader dragged stays where they put it."""
        if self._split_dragged or not self.actors_box.isVisibleTo(self):
            return
        total = sum(self.split.sizes())
        if total <= 0:
            return
        least = self.actors_box.minimumSizeHint().height()
        actors = max(least, min(self.actors_wanted(), int(total * ACTORS_SHARE)))
        browser = total - actors
        if browser > 0 and self.split.sizes() != [browser, actors]:
            self.split.setSizes([browser, actors])

    def actors_wanted(self) -> int:
        """The height the actors' box takes to show its heading and every actor unscrolled."""
        margins = self._actors_layout.contentsMargins()
        rows = sum(self.actors.sizeHintForRow(i) for i in range(self.actors.count()))
        return (
            margins.top()
            + self._actors_title.sizeHint().height()
            + self._actors_layout.spacing()
            + rows
            + 2 * self.actors.frameWidth()
            + margins.bottom()
        )

    def fit_to_font(self) -> None:
        """Room for :data:`MIN_CHARS` of the details' text a line and :data:`ACTOR_LINES` lines
        of actors at the current text size; the window's panels and the splitter above the
        actors both keep these."""
        chars = QFontMetrics(self.browser.font()).averageCharWidth() * MIN_CHARS
        self.setMinimumWidth(max(MIN_WIDTH, chars + 2 * self.browser.frameWidth()))
        lines = QFontMetrics(self.actors.font()).lineSpacing() * ACTOR_LINES
        self.actors.setMinimumHeight(lines + 2 * self.actors.frameWidth())
        self.fit_split()

    def first_focus(self) -> QWidget:
        """Where the keyboard goes when the panel is called by its key: the details, to scroll
        or copy them; while they only say what to select, the actors list when it has actors,
        the one thing there to choose from by keyboard."""
        if self._hinting and self.actors_box.isVisibleTo(self) and self.actors.count():
            return self.actors
        return self.browser

    def set_dark(self, dark: bool) -> None:
        """The theme changed: what the panel shows (a flag's explanation, a claim) is drawn again
        in the new theme's colours; the selection stays what it was."""
        if dark == self.dark:
            return
        self.dark = dark
        if self._selection is not None:
            self._render()
        elif self._hinting:
            self._placeholder()

    def set_font(self, font: QFont) -> None:
        """The text size of View › Zoom, for the details and the list of actors alike."""
        self.browser.setFont(font)
        self.actors.setFont(font)
        self.fit_to_font()

    def show_placeholder(self) -> None:
        self._leave_actor()
        self._selection = None
        self._placeholder()

    def _placeholder(self) -> None:
        self.shown_flag = None
        self._hinting = True
        # The theme's muted ink: a fixed #888 read at 3.5:1 on the light theme's white, under the
        # 4.5:1 that text needs.
        muted = colours(self.dark)["muted"]
        self.browser.setHtml(f"<p style='color:{muted}'>{html.escape(self._hint())}</p>")

    def _hint(self) -> str:
        """What the panel says with no selection: true of what is open, and the next step.

        Nothing open points at how to start, one article alone as well as a comparison (the
        welcome page offers both: "two or more" alone read as if one could not be opened); one
        article without a flag says so (its list says none were found) and points at its actors,
        unless a clean copy keeps the flags unsaid."""
        comp = self.comparison
        if comp is None or not comp.articles:
            return (
                "Nothing is open yet. Open one article, or two or more about one event"
                " (File › Open), then select a flag or a claim to see its details here."
            )
        if len(comp.articles) > 1:
            return (
                "Select a claim or a flag to see each outlet’s wording, the differences and what"
                " each flag means."
            )
        if self.clean or comp.flags or comp.headline_flags:
            return (
                "Select a flag, in the text or in the list, to see what it means and how it was"
                " found."
            )
        if comp.entities:
            return (
                "No framing was flagged in this article. Select an actor below to see how the"
                " article names them."
            )
        return "No framing was flagged in this article, so there is nothing to explain here."

    def set_comparison(self, comp: Comparison | None) -> None:
        self.comparison = comp
        # An empty box says nothing: none while nothing is open, nor where no actor was found
        # (an article not in English names none).
        self.actors_box.setVisible(comp is not None and bool(comp.articles) and bool(comp.entities))
        self._fill_actors()
        self.show_placeholder()

    def _fill_actors(self) -> None:
        comp = self.comparison
        self.actors.clear()
        if comp is not None:
            ranked = ranked_actors(comp)
            single = comp.articles[0].id if len(comp.articles) == 1 else None
            for e, differs in ranked:
                item = QListWidgetItem(e.name)
                if not self.clean:
                    self._describe_item(item, e, single, differs)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.actors.addItem(item)
        self.fit_split()

    @staticmethod
    def _describe_item(
        item: QListWidgetItem, e: Entity, single: str | None, differs: bool = False
    ) -> None:
        """Say who puts words in front of the actor's name ("Chinese dictator", "President").

        Across outlets the count is the contrast, and whether their words differ (``differs``),
        as the Overview sets those in bold: "described by 3 outlets" alone read the same for
        "Chinese dictator" against "President" as for three outlets writing "adviser". One
        article alone (``single``, its id) has nothing to count ("described by 1 outlet"), so
        its own words are shown instead."""
        if single is not None:
            words = e.descriptors.get(single, ())
            if words:
                quoted = ", ".join(f"“{w}”" for w in dict.fromkeys(words))
                item.setText(f"{e.name} · {quoted}")
                item.setToolTip(f"The article calls {e.name} {quoted}")
            return
        described = sum(1 for d in e.descriptors.values() if d)
        if not described:
            return
        outlets = f"{described} outlet{'s' if described != 1 else ''}"
        apart = " in different words" if differs else ""
        item.setText(f"{e.name} · described by {outlets}{apart}")
        item.setToolTip(
            f"{outlets} describe{'s' if described == 1 else ''} {e.name} with words of their own"
            + ("; their words differ" if differs else "")
        )

    def _leave_actor(self) -> None:
        """The panel shows something else than an actor: the list no longer marks one, so the
        reader can click the same actor again to see it (a click on the current item did
        nothing)."""
        self.actors.setCurrentRow(-1)

    def show_row(self, row: Row, flags: list[Flag]) -> None:
        """A claim group and its flags (those the legend hides are left out)."""
        self._leave_actor()
        self._selection = (None, row, list(flags))
        self._hinting = False
        self._render()

    def show_flag(self, flag: Flag, row: Row | None, flags: list[Flag]) -> None:
        """A flag's explanation above its claim group, if it has one."""
        self._leave_actor()
        self._selection = (flag, row, list(flags))
        self._hinting = False
        self._render()

    def set_categories(self, categories: set[str]) -> None:
        """The legend's filters changed: draw the selection again without the hidden kinds."""
        self.categories = set(categories)
        self.shown = legend_filter(self.categories)
        if self._selection is not None:
            self._render()

    def _render(self) -> None:
        """The selection as the legend shows it. A flag of a hidden kind is not explained: its
        claim is shown instead (a headline's flag has none: the placeholder)."""
        if self.comparison is None or self._selection is None:
            return
        flag, row, flags = self._selection
        shown = [f for f in flags if self.shown.shows(f)]
        hidden = sum(1 for f in flags if f not in shown and f.category != UNIQUE)
        if flag is not None and self.shown.shows(flag):
            self._flag(flag, row, shown)
        elif row is not None:
            self.shown_flag = None
            self.browser.setHtml(self._row_html(row, shown, hidden=hidden))
        else:
            self._placeholder()

    def _row_html(
        self, row: Row, flags: list[Flag], *, shown_above: str | None = None, hidden: int = 0
    ) -> str:
        """:func:`row_html` as the legend shows it: different wording and "Only in …" only when
        shown, and nothing of flags in a clean copy."""
        assert self.comparison is not None
        return row_html(
            row,
            self.comparison,
            flags,
            self.dark,
            shown_above=shown_above,
            hidden=hidden,
            differences=DIFFERENCES in self.categories,
            unique=self.shown.shows_category(UNIQUE),
            clean=self.clean,
        )

    def set_clean(self, clean: bool) -> None:
        """View › Show Framing Marks off (``clean``): a clean copy, in which the panel says
        nothing of flags, hidden ones included, and the actors list does not say who describes
        whom (the labels are the exercise). Undone when the marks come back."""
        if clean == self.clean:
            return
        self.clean = clean
        self._fill_actors()
        if self._selection is not None:
            self._render()
        elif self._hinting:
            self._placeholder()

    def _flag(self, flag: Flag, row: Row | None, flags: list[Flag]) -> None:
        assert self.comparison is not None
        self.shown_flag = flag
        top = flag_html(flag, self.comparison, self.dark, wording_shown=row is not None)
        # A headline's flag has no claim row below it: nothing to rule off.
        rest = "<hr>" + self._row_html(row, flags, shown_above=flag.id) if row is not None else ""
        self.browser.setHtml(
            f"<p style='margin:0 0 4px 0; font-size:large'><b>Flag</b></p>{top}{rest}"
        )

    def show_entity(self, entity: Entity) -> None:
        self._selection = None
        self._hinting = False
        self.shown_flag = None
        if self.comparison is not None:
            self.browser.setHtml(entity_html(entity, self.comparison))

    def _actor_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None or self.comparison is None:
            return
        eid = item.data(Qt.ItemDataRole.UserRole)
        for e in self.comparison.entities:
            if e.id == eid:
                self.show_entity(e)

    def _actor_requested(self, item: QListWidgetItem) -> None:
        self.actorRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on an actor goes to its next mention, as a click does."""
        if (
            watched is self.actors
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.actors.currentItem() is not None
        ):
            self._actor_requested(self.actors.currentItem())
            return True
        return super().eventFilter(watched, event)

    def keep_actor(self, entity: Entity) -> None:
        """Explain ``entity`` again, marked in the list, after the views moved to one of its
        mentions: selecting its claim there put the claim in the panel instead."""
        self.show_entity(entity)
        for i in range(self.actors.count()):
            item = self.actors.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == entity.id:
                with QSignalBlocker(self.actors):
                    self.actors.setCurrentItem(item)
                break

    def text(self) -> str:
        return self.browser.toPlainText()

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "flag":
            self.flagLinkActivated.emit(url.path())


def _once_each(texts: Iterable[str]) -> list[str]:
    """``texts`` in order, each said once whatever its capitals: a claim that joins two
    sentences citing "the military" and "The military" named it twice."""
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        if text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


def _speaker_text(attribution: Attribution, name: str | None) -> str:
    """'Daniel Reyes (he, said)': the person first, by ``name`` (the actor, not "Hardline
    Netanyahu" with the outlet's label), then the words as written, to check against."""
    who = _mid_line(name or attribution.who or "")
    speaker = attribution.speaker
    written = [speaker] if speaker and not _only_the_name(speaker, who) else []
    if attribution.verb:
        written.append(attribution.verb)
    extra = f" ({', '.join(w for w in written if w)})" if written else ""
    return f"{who}{extra}"


#: The articles that open a speaker written as a common noun ("The platform said …").
_ARTICLES: Final = frozenset({"The", "A", "An"})


def _mid_line(who: str) -> str:
    """A speaker as it reads after "Quotes or cites:": "The platform", which opened the
    outlet's sentence, as "the platform", like "the military" beside it. A name keeps its
    capital ("The Hague council", "The Guardian"): the word after its article has one too."""
    first, _, rest = who.partition(" ")
    if first in _ARTICLES and rest[:1].islower():
        return f"{first.lower()} {rest}"
    return who


def _only_the_name(written: str, name: str | None) -> bool:
    """Whether an outlet's words for a speaker are the name itself, "the" aside: "Kellmarsh
    Police Department (the Kellmarsh Police Department, said)" repeated itself, where "a police
    spokesman" beside the name says how the outlet put it."""
    return name is not None and _without_the(written) == _without_the(name)


def _without_the(words: str) -> str:
    folded = " ".join(words.split()).casefold()
    return folded.removeprefix("the ")


def _in_quotes(text: str) -> str:
    """The flagged words in quotation marks, once: a scare quote's span holds its own marks,
    which become the curly ones the rest of the app quotes words in ("clean air" as written
    in a plain-text page reads “clean air”)."""
    if len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING:
        text = text[1:-1]
    return f"“{text}”"


_OPENING: Final = frozenset("\"“‘'«")
_CLOSING: Final = frozenset("\"”’'»")
