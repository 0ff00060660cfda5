"""Counterparts: what the other outlets wrote in the same place as a flag, and how it is said.

A comparative flag is only as good as the evidence a reader can see beside it, so each carries the
other outlets' claims with the answering words located in them (a figure, a direction word, a
neutral naming of the same actor, the plain word written where one outlet wrote a loaded one).
The clauses that name those words in an explanation ("Northline Press and Harbour Voice say
'about 4,000'") are built here too, from the same counterparts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Final, Protocol

from reader.core.diff import same_place
from reader.core.directions import Direction
from reader.core.explanations import INSTRUCTIONS, and_list, verb_for, who_writes
from reader.core.figures import Figure, mid_sentence
from reader.core.framing_cues import Cue
from reader.core.left_out import LeftOutCount
from reader.core.model import Alignment, Counterpart
from reader.core.quotes import quotations
from reader.core.sentences import lead_in_end


def direction_counterparts(
    others: Sequence[Direction], group: Alignment, texts: Mapping[str, str]
) -> tuple[Counterpart, ...]:
    """Each other outlet's claim, with its direction words located in it."""
    out: list[Counterpart] = []
    for o in others:
        member = next((m for m in group.members if m.claim == o.claim), None)
        if member is None or any(c.article == o.article for c in out):
            continue
        text = texts[o.article][member.start : member.end]
        out.append(Counterpart(o.article, text, o.start - member.start, o.end - member.start))
    return tuple(out)


def count_counterparts(left: LeftOutCount, texts: Mapping[str, str]) -> tuple[Counterpart, ...]:
    """Each giving outlet's claim, with its count located in it as that outlet writes it: of an
    outlet's claims in the group, the one that holds the count. An outlet with no claim in the
    group is shown by its count alone, which is still what a reader needs to see beside the flag.
    """
    out: list[Counterpart] = []
    for article in left.giving:
        count = left.written[article]
        claims = [
            texts[article][m.start : m.end] for m in left.group.members if m.article == article
        ]
        text = next((t for t in claims if count in t), claims[0] if claims else count)
        at = text.find(count)
        if at < 0:
            out.append(Counterpart(article, text))
        else:
            out.append(Counterpart(article, text, at, at + len(count)))
    return tuple(out)


class Placed(Protocol):
    """Words of one article at known offsets: a :class:`Figure`, a :class:`Direction`, or a
    finding a comparison rule makes a flag of."""

    @property
    def article(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def their_words(
    others: Sequence[Placed],
    texts: Mapping[str, str],
    outlets: Mapping[str, str],
    verbs: tuple[str, str] = ("says", "say"),
) -> str:
    """ "Northline Press and Harbour Voice say 'about 4,000'", outlets grouped by their words;
    an outlet that gives two ("47 arrests", "at least 47 arrests", or "fell" and "dropped") is
    named once, with both. ``verbs``: the verb for one outlet and for several. Their words read
    mid-sentence as the outlet's own do (:func:`mid_sentence`): "where science says 'about 1.1
    million people'", not the "About" that opened science's sentence."""
    by_outlet: dict[str, list[str]] = {}
    for o in others:
        words = mid_sentence(texts[o.article][o.start : o.end])
        mine = by_outlet.setdefault(outlets.get(o.article, o.article), [])
        if words not in mine:
            mine.append(words)
    said: dict[tuple[str, ...], list[str]] = {}
    for name, words_of in by_outlet.items():
        said.setdefault(tuple(words_of), []).append(name)
    return " and ".join(
        f"{and_list(names)} {verb_for(names, *verbs)} " + and_list([f"'{w}'" for w in words])
        for words, names in said.items()
    )


def without_lead_in(counterpart: Counterpart) -> Counterpart:
    """``counterpart`` without the live-blog entry time ("10:45 - ") or the wire dateline
    ("PORT ALDER, March 3 (Wire) - ") its claim opens with, its located words moved with the
    text: the time says when the entry was posted and the dateline where the copy was filed,
    and a reader setting one outlet's words beside another's would read either as part of what
    was said. Words located inside them (the place itself) keep the whole text; words located
    from the opening on ("MARROWGATE (Wire) - Police", as a word diff finds the answer to a
    claim's first word) start after it, as no dateline is part of an answer."""
    cut = lead_in_end(counterpart.text)
    if not cut:
        return counterpart
    if counterpart.start is None or counterpart.end is None:
        return Counterpart(counterpart.article, counterpart.text[cut:])
    if counterpart.end <= cut:
        return counterpart
    start = max(counterpart.start, cut)
    return Counterpart(
        counterpart.article, counterpart.text[cut:], start - cut, counterpart.end - cut
    )


def figure_counterpart(fig: Figure, texts: Mapping[str, str]) -> Counterpart:
    """Another outlet's sentence with its figure located in it."""
    start, end = fig.context
    return Counterpart(
        fig.article, texts[fig.article][start:end], fig.start - start, fig.end - start
    )


def outlet_names(counterparts: Sequence[Counterpart], outlets: Mapping[str, str]) -> list[str]:
    """The outlets of ``counterparts``, each named once, in their order."""
    return list(dict.fromkeys(outlets.get(c.article, c.article) for c in counterparts))


def writers_of(
    answers: Sequence[Counterpart],
    outlets: Mapping[str, str],
    shown: Callable[[str], str] = str.lower,
) -> dict[str, list[str]]:
    """The other outlets' words for a flag's place, each with the outlets that write it, for
    :func:`who_writes` (``shown``: how a wording is written in the explanation). An outlet that
    writes the same word in two places is one writer of it, not "Wire and Wire"."""
    writers: dict[str, list[str]] = {}
    for answer in answers:
        names = writers.setdefault(shown(answer.answer), [])
        outlet = outlets.get(answer.article, answer.article)
        if outlet not in names:
            names.append(outlet)
    return writers


def in_quotation_marks(text: str, words: str) -> bool:
    """Whether ``words`` appear in ``text`` between quotation marks (alone or in a longer quote)."""
    return any(contains_words(inner, words) for inner in _quoted_parts(text))


@lru_cache(maxsize=1024)  # a counterpart's text is asked about once per cue of its claim group
def _quoted_parts(text: str) -> tuple[str, ...]:
    return tuple(text[q.inner_start : q.inner_end] for q in quotations(text) if not q.turn)


def _naming_patterns(cue: Cue) -> list[re.Pattern[str]]:
    """Patterns for the label's target named with a neutral title ("President ... Xi Jinping").

    A reporting verb's neutral wording is a verb ("said"), never a title: read as one, "claimed
    Holm could appeal" beside "said Holm could appeal" became "calls Holm 'said Holm'"."""
    if not cue.target or cue.category == "attribution":
        return []
    surname = _surname_pattern(cue.target)
    suggested = cue.entry.alternatives if cue.entry else ()
    titles = [t for t in suggested if t.split()[0] not in INSTRUCTIONS]
    return [
        re.compile(rf"\b(?i:{re.escape(title)})(?:\s+[A-Z][\w'-]*){{0,2}}\s+{surname}\b")
        for title in titles
    ]


def _surname_pattern(name: str) -> str:
    """The name's last word as a pattern matching the ways outlets write it: the target is the
    name as this article writes it ("Kim Jong-un"), so a hyphen in it also matches a space
    ("Kim Jong Un"), as the spaced name the target was once re-joined into did."""
    first, *rest = re.split(r"[-‐]", name.split()[-1])
    return re.escape(first) + "".join(rf"[-‐\s](?i:{re.escape(p)})" for p in rest)


def neutral_naming(
    cue: Cue, article: str, texts: Mapping[str, str], outlets: Mapping[str, str]
) -> tuple[str, str] | None:
    """Another article that names the label's target with a neutral title from the entry's note."""
    for pattern in _naming_patterns(cue):
        for other, text in texts.items():
            if other == article:
                continue
            m = pattern.search(text)
            if m:
                return other, " ".join(m.group().split())
    return None


def neutral_namings(
    cue: Cue, counterparts: Sequence[Counterpart]
) -> tuple[tuple[Counterpart, ...], tuple[str, str]] | None:
    """Counterparts narrowed to the neutral naming each uses, and the first such naming."""
    patterns = _naming_patterns(cue)
    narrowed: list[Counterpart] = []
    first: tuple[str, str] | None = None
    for c in counterparts:
        naming = next((m.group() for p in patterns if (m := p.search(c.text))), None)
        if naming is None:
            narrowed.append(c)
            continue
        naming = " ".join(naming.split())
        narrowed.append(naming_counterpart(c.article, naming))
        first = first or (c.article, naming)
    return (tuple(narrowed), first) if first else None


def naming_counterpart(article: str, naming: str) -> Counterpart:
    """How another article names the actor ("President Xi Jinping"): all of it answers the flag,
    so it is located from end to end, unlike a whole claim nothing could be found in."""
    return Counterpart(article, naming, 0, len(naming))


def located(article: str, text: str, mine: str, where: tuple[int, int] | None) -> Counterpart:
    """Another article's claim as a counterpart, with the words in the flag's place found by a
    word diff of the two claims (:func:`reader.core.diff.same_place`) when it can tell."""
    if where is None or not mine:
        return Counterpart(article, text)
    found = same_place(mine, where[0], where[1], text)
    return Counterpart(article, text, *found) if found else Counterpart(article, text)


def contains_words(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` as whole words, case aside."""
    if not words:
        return False
    return re.search(r"(?<!\w)" + re.escape(words.lower()) + r"(?!\w)", text.lower()) is not None


def contrast_clause(
    cue: Cue,
    counterparts: Sequence[Counterpart],
    outlets: Mapping[str, str],
    verbs: Sequence[str | None] = (),
) -> str:
    """What the other outlets write instead, as a clause: "Wire writes 'President' here", or
    "Left and Wire write 'said' here; Post writes 'admitted' here" (``verbs``: each
    counterpart's claim's reporting verb, for a reporting verb's flag).

    Every outlet that writes a plainer word is named: naming only the first made a verb that
    three outlets write plainly look like one outlet's choice against another's."""
    if cue.category == "attribution":
        written = _reporting_verbs_written(counterparts, verbs, outlets)
    else:
        alternatives = cue.entry.alternatives if cue.entry else ()
        written = _first_words_written(counterparts, outlets, alternatives)
    writers: dict[str, list[str]] = {}  # the word as first written: outlets writing it
    for name, word in written.items():
        shown = next((w for w in writers if w.lower() == word.lower()), word)
        writers.setdefault(shown, []).append(name)
    if writers:
        return who_writes(writers, " here")
    names = outlet_names(counterparts, outlets)
    return f"{and_list(names)} {verb_for(names, 'reports', 'report')} the same claim without it"


def _first_words_written(
    counterparts: Sequence[Counterpart], outlets: Mapping[str, str], alternatives: Sequence[str]
) -> dict[str, str]:
    """Per outlet, in the counterparts' order, the first of ``alternatives`` its claims hold."""
    written: dict[str, str] = {}
    for c in counterparts:
        name = outlets.get(c.article, c.article)
        word = _alternative_in(c.text, alternatives)
        if word is not None and name not in written:
            written[name] = word
    return written


#: The plain reporting verbs an outlet's claim is searched for when no reporting verb of its
#: claims is known.
_SAID: Final = ("said", "says", "told", "say")


def _reporting_verbs_written(
    counterparts: Sequence[Counterpart], verbs: Sequence[str | None], outlets: Mapping[str, str]
) -> dict[str, str]:
    """Per outlet, in the counterparts' order, the reporting verb it writes where a flagged one
    reports the same claim: the plain verb found in the flag's very place, else the verb of its
    first claim that has one, else a plain verb its claims hold.

    An outlet's other claims in the group may report someone else ("parents said they felt
    abandoned"): taking their "said" made an outlet that writes "admit" in that place look as
    if it wrote "said"."""
    names = [outlets.get(c.article, c.article) for c in counterparts]
    written: dict[str, str] = {}
    for name, c in zip(names, counterparts, strict=True):
        word = _plain_verb_in_place(c)
        if word is not None:
            written.setdefault(name, word)
    for name, verb in zip(names, verbs, strict=False):
        if verb:
            written.setdefault(name, verb)
    for name, c in zip(names, counterparts, strict=True):
        word = _alternative_in(c.text, _SAID)
        if word is not None:
            written.setdefault(name, word)
    return {name: written[name] for name in dict.fromkeys(names) if name in written}


#: Plain reporting verbs another outlet may write where one wrote "claimed": a study's team
#: "reported" or "found" what a slanted report says it "claimed", and a plain denial is what a
#: report that writes "admitted" turns into a confession.
_PLAIN_REPORTING: Final = frozenset(
    {
        *("said", "says", "say", "told", "tells", "reported", "reports", "found", "finds"),
        *("wrote", "writes", "stated", "states", "announced", "announces", "added", "adds"),
        *("denied", "denies"),
    }
)


def _plain_verb_in_place(counterpart: Counterpart) -> str | None:
    """The plain reporting verb another outlet writes in the flag's own place, as it writes it.

    Only the located words count: a claim may hold "found" in another sense elsewhere ("the mice
    found their way through a maze, the team reported"), and saying the outlet "reports the same
    claim without it" hid the "reported" or "found" that answers the slanted verb."""
    if counterpart.start is None or counterpart.end is None:
        return None
    words = counterpart.answer.split()
    if len(words) == 1 and words[0].lower().strip(".,;:") in _PLAIN_REPORTING:
        return words[0].strip(".,;:")
    return None


def _alternative_in(text: str, alternatives: Sequence[str]) -> str | None:
    """The first of ``alternatives`` that ``text`` holds as whole words, as ``text`` writes it;
    with the name it ends, when it ends one: the others write "the Harbour Workers' Union" where
    one writes "militant union bosses", and "'Union' here" would show a piece of the name."""
    for alt in alternatives:
        m = re.search(r"(?<!\w)" + re.escape(alt) + r"(?!\w)", text, re.IGNORECASE)
        if m:
            name = _NAME_BEFORE.search(text, 0, m.start()) if m.group()[:1].isupper() else None
            return text[name.start() : m.end()] if name else m.group()
    return None


#: Capitalised words right before a word, which it ends a name with: "Harbour Workers' Union";
#: a capitalised "The" opening the sentence is no part of the name. A word may end in a full stop
#: only as a short abbreviation ("St.", "Co."): "Monday. Union members" ends a sentence before
#: "Union", and "Reyes. Union" is no name.
_NAME_BEFORE: Final = re.compile(
    r"(?:(?<=\s)|^)(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)"
    r"(?:(?:[A-Z][a-z]{0,2}\.|[A-Z](?:[\w’'-]|\.(?=\w))*)\s+){1,4}$"
)
