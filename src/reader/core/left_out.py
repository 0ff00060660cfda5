"""Counts one outlet leaves out that every other outlet gives: a vote's tally, a toll, a sum, the
jobs cut, the size of a demand, a person's prison term, a finding's size as a multiple.

"Members voted to allow the charge" beside the wire's "voted 58 to 41"; "there were deaths" beside
"killed 12 people"; "the plan" beside "a 48 million euro plan"; "will close its plant" beside
"will close its plant, cutting 1,240 jobs". How close a vote was, how many died, what a plan
costs and how many lose their jobs are part of what happened, and leaving them out makes the
event read as settled or smaller. The flag on a different figure (:mod:`reader.core.figures`)
never sees these, as the leaving outlet gives no figure to differ.

A vote counts when the outlet reports it held ("voted", "in a vote"), not one still to come ("is
set to vote", "votes next week") nor support counted ahead of one ("has the votes to overrule"),
and only against a count of the same body ("the House" voted 219-212 is no count the Senate's
vote lacks; a vote with no body named may be either). Its tally is read however it is written
("58 to 41", "58-41", "58-to-41", "by 58 votes to 41"). A toll or a sum is flagged only when
every other outlet gives it, they agree on it, and this outlet gives it nowhere in the article;
a sum is a thing's when it is written on it ("a €48m plan") or spent on it ("will spend €48m on
the plan"). Jobs cut are counted the same way, in the claim that reports the cuts or the closure
that makes them; another cut the outlet counts elsewhere (another plant's, another year's) is
not this one's count. A prison term ("serving an 11-year sentence for smuggling") is a count
of years on one person: flagged on the name of an outlet that names the same person in the same
row and gives no term for them anywhere, when every other outlet gives the same term; years
served in an office, or a term only faced, are no prison term. A multiple ("about five times
more likely", "twice as likely", "a tenfold rise") sizes a finding as a number sizes a demand:
an outlet that reports the same comparison ("more likely") with none leaves it out. People
or things sent or gathered ("sent 40 rescuers", "gathered 2,100 signatures") size the help or
the backing: an outlet that names the rescuers or the signatures with no number leaves it out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, TypeVar

from reader.core.figures import (
    MONEY,
    SOME_MONEY,
    TALLY,
    Figure,
    exact_range,
    mid_sentence,
    named_body,
    numbers_in,
    paid_for,
)
from reader.core.model import Alignment, AlignmentMember, Article
from reader.core.nlp import doc_text, lemmas_at, words_where
from reader.core.quantities import (
    KIND_PAIRS,
    KINDS,
    NUMBER_WORDS,
    PEOPLE,
    counted_thing,
    kinds_in,
    number_at,
)
from reader.core.quotes import quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule name of a flag on a vote, a toll, a sum, job cuts or a prison term reported without
#: the count the other outlets give.
LEFT_OUT_COUNT_RULE: Final = "rule:left-out-count"

_T = TypeVar("_T")
#: Each article's figures of one kind, by article id.
_ByArticle = dict[str, list[Figure]]

# -- votes one outlet reports without their count ----------------------------------------------

#: Lemmas that make a tally ("58 to 41") a vote count.
_VOTE_WORDS: Final = frozenset({"vote", "ballot"})


@dataclass(frozen=True, slots=True)
class LeftOutCount:
    """A count the outlets of ``giving`` write in a claim that ``leaving`` reports without it:
    the local paper's "members voted to allow ..." beside the wire's "voted 58 to 41", or "there
    were deaths" beside "killed 12 people". The flag on a different figure never sees it, as the
    leaving outlet gives no figure to differ."""

    group: Alignment
    #: Each giving outlet's count as it writes it ("31 to 26", "12 people"), by article id in
    #: the group's order.
    written: Mapping[str, str]
    leaving: tuple[str, ...]
    #: The happening and what the outlet leaves out of it as a flag names them: "Reports the
    #: vote but not its count".
    happening: str = "the vote"
    missing: str = "its count"
    #: How the note tells the givers' count, the verb as for several outlets: "give 58 to 41",
    #: "write 'an 11-year sentence'", "add 'down two points'".
    told: str = "give {}"
    #: The leaving outlets' own words for the happening ("voted", "died") as character spans,
    #: by the claim they are in: an outlet may report one vote in two claims of a group.
    words: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: The vague words a leaving article gives instead of a number ("several people died").
    vague: Mapping[str, str] = field(default_factory=dict)
    #: How a flag says what the leaving outlet does: "Reports the vote", "Names Dario Venn".
    verb: str = "Reports"

    @property
    def giving(self) -> tuple[str, ...]:
        """The articles that give the count."""
        return tuple(self.written)

    @property
    def count(self) -> str:
        """The count as the first giving outlet writes it: "58 to 41"."""
        return next(iter(self.written.values()))

    def note(self, outlets: Mapping[str, str], compared: int) -> str:
        """Who gives the count and what they write, as the clause after a flag's colon: "wire
        and left give 58 to 41". Among ``compared`` outlets, "only" says that some other
        outlet leaves it out too, and is wrong when every other one gives it."""
        giving = [outlets.get(a, a) for a in self.giving]
        verb, _, rest = self.told.partition(" ")
        if len(giving) == 1:
            verb += "s"
        only = "only " if len(giving) < compared - 1 else ""
        return f"{only}{_joined(giving)} {verb} {rest.format(mid_sentence(self.count))}"


def left_out_counts(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Vote counts (:func:`left_out_votes`), tolls (:func:`left_out_tolls`), sums of money
    (:func:`left_out_sums`), jobs cut (:func:`left_out_jobs`), people or jobs protected,
    released or hired (:func:`left_out_affected`), people or things sent or gathered
    (:func:`left_out_brought`) and the size of a demand
    (:func:`left_out_demands`), a person's prison term (:func:`left_out_terms`) and a
    finding's size as a multiple (:func:`left_out_multiples`) one outlet reports without the
    number the others give, and a figure given without the change the others tell beside it
    (:func:`left_out_changes`).
    ``figures`` is each article's figures (:func:`reader.core.figures.read_figures`) by article
    id."""
    return [
        *left_out_votes(articles, docs, groups),
        *left_out_tolls(articles, docs, groups, figures),
        *left_out_toll_parts(articles, docs, groups, figures),
        *left_out_sums(articles, docs, groups, figures),
        *left_out_jobs(articles, docs, groups, figures),
        *left_out_affected(articles, docs, groups, figures),
        *left_out_brought(articles, docs, groups, figures),
        *left_out_demands(articles, docs, groups, figures),
        *left_out_terms(articles, docs, groups),
        *left_out_multiples(articles, docs, groups),
        *left_out_changes(articles, docs, groups, figures),
    ]


def left_out_votes(
    articles: Sequence[Article], docs: Sequence[Doc], groups: Sequence[Alignment]
) -> list[LeftOutCount]:
    """Each claim group in which some outlets give a vote count and others report the vote with
    none. Groups whose outlets give different counts are left to the kind of comparison of
    :func:`reader.core.figures.different_figures`: there the count is not missing but disputed."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    out: list[LeftOutCount] = []
    for group in groups:
        counts: dict[str, str | None] = {}
        bodies: dict[str, set[str | None]] = {}
        words: dict[str, tuple[int, int]] = {}
        unvoted: list[tuple[AlignmentMember, Span]] = []
        voters: set[str] = set()
        deciding: set[str] = set()
        for m in group.members:
            span = doc_of[m.article].char_span(m.start, m.end, alignment_mode="expand")
            word = vote_word(span) if span is not None else None
            # A claim that reports no vote ("passed the charge") neither gives nor leaves out,
            # unless it tells the decision of the body whose vote the others count (below).
            if span is None or word is None:
                if span is not None:
                    unvoted.append((m, span))
                continue
            if counts.get(m.article) is None:
                counts[m.article] = _vote_count(span)
            bodies.setdefault(m.article, set()).add(named_body(word))
            words[m.claim] = (word.idx, word.idx + len(word.text))
            voters |= _voter(word)
        for m, span in unvoted:
            decided = _decision_word(span, voters) if m.article not in counts else None
            if decided is not None and any(counts.values()):
                counts[m.article] = None
                deciding.add(m.article)
                bodies.setdefault(m.article, set()).add(named_body(decided))
                words[m.claim] = (decided.idx, decided.idx + len(decided.text))
        given = {a: c for a, c in counts.items() if c is not None}
        givers = [bodies[a] for a in given]
        leaving = tuple(
            a for a, c in counts.items() if c is None and _one_body([*givers, bodies[a]]) != ""
        )
        if len({_tally_numbers(c) for c in given.values()}) == 1 and leaving:
            marks = {
                m.claim: words[m.claim]
                for m in group.members
                if m.article in leaving and m.claim in words
            }
            happening = "the decision" if deciding.issuperset(leaving) else "the vote"
            out.append(LeftOutCount(group, given, leaving, happening=happening, words=marks))
    return out


#: Verbs that tell what a body decided, the outcome a vote's count sizes: "the council
#: approved the plan" beside "the council voted 9-4 to approve it".
_DECIDING: Final = frozenset(
    {
        *("approve", "agree", "back", "pass", "endorse", "adopt", "reject", "decide"),
        *("authorise", "authorize", "sanction", "greenlight", "ratify", "overrule"),
    }
)
#: Objects of "give" that make it a decision: "gave the go-ahead", "gave the green light".
_GO_AHEAD: Final = {"ahead": "go", "light": "green"}


def _voter(word: Token) -> set[str]:
    """The head word of who cast the vote ``word`` reports ("council" in "the city council voted
    9-4", "a 9-4 vote by the council" aside): the subject of the nearest verb up from it."""
    node = word
    for _ in range(_VOTE_REACH):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if node.pos_ in {"VERB", "AUX"} and subjects:
            return {subjects[0].lemma_.lower()}
        if node.head.i == node.i:
            break
        node = node.head
    return set()


def _decision_word(span: Span, voters: set[str]) -> Token | None:
    """The verb by which ``span`` tells a decision of a body the other outlets report voting,
    with no vote word ("Caldmere city council has agreed to let ...", "the board gave the
    go-ahead" beside "the council voted 9-4", "the board voted 7-2"), or None. The decider must
    be the voters' body, matched on its head word: "Kowal backed the plan" is no decision of
    the council. A decision ahead ("will approve") has no count yet."""
    for tok in span:
        if tok.pos_ != "VERB" or _ahead_verb(tok):
            continue
        lemma = tok.lemma_.lower()
        decided = lemma in _DECIDING or (
            lemma == "give"
            and any(
                c.dep_ == "dobj" and any(g.lower_ == _GO_AHEAD.get(c.lower_) for g in c.children)
                for c in tok.children
            )
        )
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if decided and subjects and subjects[0].lemma_.lower() in voters:
            return tok
    return None


def _one_body(bodies: Iterable[set[str | None]]) -> str | None:
    """The one body the votes of ``bodies`` are of (:func:`named_body`), None when none is
    named, and "" when two are: "the House" voted 219-212 is no count for an outlet that
    reports the Senate's vote, nor a count no body is named for one that reports both
    chambers' votes, as which of them it counts cannot be told."""
    named = {b for bs in bodies for b in bs if b is not None}
    if len(named) > 1:
        return ""
    return next(iter(named), None)


def _tally_numbers(count: str) -> tuple[str, ...]:
    """A tally's numbers, however it is written: "58 to 41", "58-41" and "58 votes to 41" are
    one count."""
    return tuple(n.replace(",", "") for n in re.findall(r"\d[\d,]*", count))


def vote_word(span: Span) -> Token | None:
    """The word that makes ``span`` a report of a vote ("voted", "ballot"), or None. A vote
    still to come ("will vote", "is set to vote", "a vote is expected", "votes next week") is
    no report of one: it has no count yet for an outlet to leave out; nor is support counted
    ahead of one ("has the votes to overrule")."""
    return next(
        (
            t
            for t in span
            if t.lemma_.lower() in _VOTE_WORDS and not _not_yet(t) and not _support(t)
        ),
        None,
    )


#: Verbs whose object "votes" is support counted, not a vote held: "has the votes to
#: overrule", "lacks the votes", "needs 60 votes".
_HOLDING: Final = frozenset({"have", "lack", "need"})
#: Verbs whose object "votes" is support won ahead of a vote ("secured the votes to pass it"),
#: or, with a number, a vote's result ("the motion mustered 45 votes to 212").
_GAINING: Final = frozenset({"muster", "secure", "gather", "whip"})


def _support(word: Token) -> bool:
    """Whether a vote noun is support counted ahead of a vote ("has the votes to overrule",
    "had enough votes to pass it", "lacks the votes", "secured the votes"), which no outlet
    can give a tally of."""
    if word.pos_ != "NOUN" or word.dep_ != "dobj":
        return False
    verb = word.head.lemma_.lower()
    counted = any(c.dep_ == "nummod" for c in word.children)
    return verb in _HOLDING or (verb in _GAINING and not counted)


#: Words on a vote that put it ahead: "the upcoming vote", "a planned vote".
_AHEAD_WORDS: Final = frozenset(
    {"upcoming", "planned", "scheduled", "expected", "forthcoming", "coming", "next", "proposed"}
)
#: Words a vote hangs from that put it ahead: "ahead of the vote", "before the vote".
_BEFORE_WORDS: Final = frozenset({"ahead", "before", "prior"})
#: Verbs and adjectives that hold a vote out as expected, not held: "a vote is expected", "the
#: vote is due", "postponed the vote".
_EXPECTING: Final = frozenset({"expect", "schedule", "plan", "set", "due", "postpone", "delay"})
#: Verbs that ask for a vote not yet held: "called for a vote", not "called the vote a win".
_ASKING: Final = frozenset({"call", "push", "press", "ask", "seek"})
#: How many heads up from a vote noun the verb it hangs from may be: "ahead of the vote".
_VOTE_REACH: Final = 3


def _not_yet(word: Token) -> bool:
    """Whether a vote word tells of a vote in the future or as an intention: "will vote", "is
    set to vote", "plans to put it to a vote", "a vote is expected", "ahead of the vote"."""
    if word.pos_ in {"VERB", "AUX"}:
        return _ahead_verb(word) or _scheduled(word)
    if word.dep_ == "ROOT" and _scheduled(word):
        return True  # "The Senate votes Tuesday", read as a noun
    if any(c.lower_ in _AHEAD_WORDS for c in word.children if c.dep_ in {"amod", "compound"}):
        return True
    node, asked = word, False
    for _ in range(_VOTE_REACH):
        if node.head.i == node.i:
            return False
        node = node.head
        asked = asked or node.lower_ == "for"
        if node.lower_ in _BEFORE_WORDS:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            lemma = node.lemma_.lower()
            said = {c.lemma_.lower() for c in node.children if c.dep_ == "acomp"} | {lemma}
            return bool(said & _EXPECTING) or (asked and lemma in _ASKING) or _ahead_verb(node)
    return False


def _ahead_verb(verb: Token) -> bool:
    """Whether a verb, or the one it is joined to ("will debate and vote"), is in the future
    or an intention: a modal ("will", "would", "could") or an infinitive's "to"."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "TO"} for v in verbs for c in v.children
    )


#: Present-tense tags: with a time, "votes" and "is voting" tell of a vote on the calendar.
_PRESENT: Final = frozenset({"VBZ", "VBP", "NNS"})


def _scheduled(word: Token) -> bool:
    """Whether a vote in the present tense is given a time, and so is one on the calendar:
    "Congress votes next week on the bill", "The Senate is voting Tuesday". A vote held is told
    in the past ("voted Tuesday")."""
    present = word.tag_ in _PRESENT or any(
        c.dep_ == "aux" and c.tag_ in _PRESENT and word.tag_ == "VBG" for c in word.children
    )
    return present and any(_a_time(c) for c in word.children)


def _a_time(tok: Token) -> bool:
    """A word that dates what it hangs from: "Tuesday", "next week", "on Friday"."""
    if tok.dep_ == "prep":
        return any(_a_time(c) for c in tok.children if c.dep_ == "pobj")
    return tok.dep_ in {"npadvmod", "pobj", "tmod"} and tok.ent_type_ in {"DATE", "TIME"}


def _vote_count(span: Span) -> str | None:
    """The tally a claim gives for a vote ("voted 58 to 41", "a 212-210 vote", "a 212-to-210
    vote", "by 31 votes to 26", "a vote of 58 to 41"), or None. Read from the text, since the
    parser splits one written tally into tokens in more than one way ("212", "-", "to-210")."""
    if vote_word(span) is None:
        return None
    text, offset = span.text, span.start_char
    for match in TALLY.finditer(text):
        if _a_year(match[1]) and _a_year(match[2]):
            continue
        start, end = offset + match.start(), offset + match.end()
        tallied = span.doc.char_span(start, end, alignment_mode="expand")
        if tallied is not None and _a_tally(tallied[0], tallied[-1]):
            return match[0]
    return None


#: Words before two joined numbers that make them a range or ages, not a vote's tally: "from 12
#: to 15 dollars", "aged 18 to 24". "by" is no such word ("passed by 31 to 26"); "by 3 to 5
#: percent" is a change by what follows it.
_RANGE_OPENERS: Final = frozenset({"from", "between", "aged", "ages", "age"})
#: Nouns a tally may stand before: "a 58-41 vote", "a 5-4 decision".
_TALLY_NOUNS: Final = frozenset(
    {"vote", "ballot", "decision", "ruling", "verdict", "majority", "margin", "split", "tally"}
)


def _a_tally(first: Token, last: Token) -> bool:
    """Whether the numbers from ``first`` to ``last`` are a vote's tally: a vote word in the
    claim does not make "from 12 to 15 dollars" or "by 3 to 5 percent" one, a range of what
    the vote decided, nor a span of years ("the 2025-2026 budget")."""
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].lower_ in _RANGE_OPENERS:
        return False
    if first.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY"}:
        return False
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return after is None or not (
        after.text == "%" or (after.pos_ == "NOUN" and after.lemma_.lower() not in _TALLY_NOUNS)
    )


def _a_year(digits: str) -> bool:
    """Digits that read as a year, as :mod:`reader.core.figures` reads one."""
    return len(digits) == 4 and digits.isdecimal() and 1800 <= int(digits) <= 2100


def _joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# -- tolls one outlet leaves out -----------------------------------------------------------------

#: The kinds of happening (:data:`reader.core.quantities.KINDS`) whose count of people a
#: journalist checks first when an outlet drops it, and how a flag names the happening.
_TOLL_HAPPENINGS: Final[dict[str, str]] = {
    "dead": "the deaths",
    "injured": "the injuries",
    "left home": "people leaving their homes",
    "arrested": "the arrests",
}
#: The people a toll may count besides "people" and the like
#: (:data:`reader.core.quantities.PEOPLE`): those on duty, whom :mod:`reader.core.figures`
#: counts by their own noun. Six officers hurt are six people hurt, a toll of their own beside
#: the marchers hurt; six officers deployed count no happening and are no toll.
_PEOPLE_ON_DUTY: Final = frozenset(
    {
        *("officer", "police", "policeman", "policewoman", "soldier", "trooper", "guard"),
        *("staff", "staffer", "firefighter", "paramedic"),
    }
)
#: Words that size a happening without a number: "several people died", "many were hurt".
#: Quantity words with a range of their own ("dozens", "a number of") are figures, compared by
#: :func:`reader.core.figures.different_figures` instead.
_VAGUE_WORDS: Final = frozenset({"several", "many", "numerous", "multiple", "countless", "few"})
#: How many words a vague word may stand before the happening it sizes: "several people were
#: killed".
_VAGUE_REACH: Final = 4


def left_out_tolls(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed count of people killed,
    injured, displaced or arrested, and that one reports the happening ("there were deaths")
    with no number, here or anywhere else in its article. Only a full set of givers counts: a
    toll one of three outlets gives may be that outlet's scoop, not the others' omission."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    tolls = _tolls_by_key(figures)
    keys = _toll_keys(tolls)
    for group in groups:
        for kind, happening, key in keys:
            left = _left_out_by_one(group, tolls[key], everyone)
            if left is None:
                continue
            article, given = left
            counts = _all_given(given)
            if _gives_count(doc_of[article], figures[article], kind, counts):
                continue
            found = _happening_word(doc_of[article], group, article, kind)
            if found is None:
                continue
            claim, word = found
            written = _first_as_written(doc_of, group, given)
            vague = _vague_words(word)
            out.append(
                LeftOutCount(
                    group,
                    written,
                    (article,),
                    happening=happening,
                    missing=_how_many(figures[article], kind, written),
                    words={claim: (word.idx, word.idx + len(word.text))},
                    vague={article: vague} if vague else {},
                )
            )
    return out


def _how_many(mine: Sequence[Figure], kind: str, written: Mapping[str, str]) -> str:
    """What a flag says the outlet leaves out of a toll: "how many", or "how many officers"
    where it counts other people in the same happening. "Two protesters were treated" reports
    the injuries with a number; what it leaves out is the officers the others count."""
    noun = next(iter(written.values()), "").split()[-1:]
    if not any(f.state == kind for f in mine) or not noun or not noun[0].isalpha():
        return "how many"
    return f"how many {noun[0]}"


def _tolls_by_key(figures: Mapping[str, Sequence[Figure]]) -> dict[tuple[str, str], _ByArticle]:
    """Each article's exact tolls by what they count: people, or one kind of people on duty
    apart ("six officers and nine marchers were treated" are two tolls), and the happening."""
    out: dict[tuple[str, str], _ByArticle] = {}
    for article, mine in figures.items():
        for f in mine:
            if f.exact and f.state in _TOLL_HAPPENINGS and _counts_people(f.thing):
                out.setdefault((f.thing, f.state), {}).setdefault(article, []).append(f)
    return out


def _toll_keys(
    tolls: Mapping[tuple[str, str], _ByArticle],
) -> list[tuple[str, str, tuple[str, str]]]:
    """Each kind of happening, how a flag names it, and a toll key of that kind, in the order
    of :data:`_TOLL_HAPPENINGS`: people first, then those on duty by name."""
    return [
        (kind, happening, key)
        for kind, happening in _TOLL_HAPPENINGS.items()
        for key in sorted(tolls, key=lambda k: (k[0] != "people", k[0]))
        if key[1] == kind
    ]


def _counts_people(thing: str) -> bool:
    return thing == "people" or thing in _PEOPLE_ON_DUTY


#: The people a toll counts, as a flag on a part of it names them: "the children among the dead".
_TOLL_PEOPLE: Final[dict[str, str]] = {
    "dead": "the dead",
    "injured": "the injured",
    "left home": "those who left their homes",
    "arrested": "those arrested",
}
#: Words that open a part of a toll right before its number: "31 killed, including 12 children",
#: "among them 12 children", "of whom 12 were children".
_PART_OPENERS: Final = frozenset({"including", "among them", "among whom", "of whom", "of them"})


def left_out_toll_parts(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet gives the toll and every outlet but one gives the
    same part of it ("31 people were killed, including 12 children"), and that one gives the
    toll without the part, here or anywhere else in its article. Who the dead were is part of
    the toll: dropping the children makes a strike on a camp read as one on fighters. As for a
    whole toll, only a full set of givers counts."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    everyone = {a.id for a in articles}
    parts = {a: _toll_parts(doc_of[a], fs) for a, fs in figures.items()}
    out: list[LeftOutCount] = []
    for group in groups:
        found = _in_claims(
            group, {a: [part for _, part in ps] for a, ps in parts.items()}, _figure_start
        )
        given = {a: fs for a, fs in found.items() if _one_thing(fs, found)}
        left = _left_out_by_one(group, given, everyone) if len(given) == len(found) else None
        if left is None:
            continue
        article, given = left
        part = _all_given(given)[0]
        toll = next((t for a, ps in parts.items() if a in given for t, p in ps if p == part), None)
        mine = _toll_in_group(group, article, figures.get(article, ()), toll)
        if (
            toll is None
            or mine is None
            or _gives_part(doc_of[article], figures.get(article, ()), part)
        ):
            continue
        people = _TOLL_PEOPLE[toll.state or "dead"]
        shown = doc_of[article].text[mine.start : mine.end]
        out.append(
            LeftOutCount(
                group,
                _first_as_written(doc_of, group, given),
                (article,),
                happening=f"the toll, {mid_sentence(shown)},",
                missing="who the dead were" if toll.state == "dead" else f"who {people} were",
                told="say {} were among them",
                words={_claim_at(group, article, mine.start): (mine.start, mine.end)},
            )
        )
    return out


def _toll_parts(doc: Doc, figures: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """Each exact part of a toll in ``doc`` with the toll it belongs to: the figure an opener of
    :data:`_PART_OPENERS` puts after a toll in the same sentence ("31 people, including 12
    children")."""
    out: list[tuple[Figure, Figure]] = []
    for toll, part in itertools.product(figures, figures):
        if (
            toll.exact
            and part.exact
            and toll.state in _TOLL_PEOPLE
            and part.state in {None, toll.state}
            and part.thing != toll.thing
            and not toll.earlier
            and toll.end <= part.start
            and _opens_part(doc, toll.end, part.start)
        ):
            out.append((toll, part))
    return out


def _opens_part(doc: Doc, after: int, start: int) -> bool:
    """Whether the words between a toll and a figure after it, in one sentence, end in an opener
    of a part: ", including", ", among them"."""
    between = doc.text[after:start]
    if any(c in between for c in ".;!?"):
        return False
    words = re.sub(r"[^\w\s]", " ", between).lower().split()
    return any(" ".join(words[-n:]) in _PART_OPENERS for n in (1, 2) if len(words) >= n)


def _one_thing(parts: Sequence[Figure], found: Mapping[str, Sequence[Figure]]) -> bool:
    """Whether an article's parts count the thing every giving article's parts count."""
    things = {f.thing for fs in found.values() for f in fs}
    return len(things) == 1 and all(f.thing in things for f in parts)


def _toll_in_group(
    group: Alignment, article: str, mine: Sequence[Figure], toll: Figure | None
) -> Figure | None:
    """The leaving article's own count of the same toll in its claims of ``group``."""
    if toll is None:
        return None
    spans = [(m.start, m.end) for m in group.members if m.article == article]
    return next(
        (
            f
            for f in mine
            if f.key == toll.key and f.agrees(toll) and any(s <= f.start < e for s, e in spans)
        ),
        None,
    )


def _gives_part(doc: Doc, mine: Sequence[Figure], part: Figure) -> bool:
    """Whether the article counts the part's thing anywhere, in any number, or writes the
    part's number in a sentence that names its thing ("Four of the dead were children"): a
    different count is a different figure (:func:`reader.core.figures.different_figures`), not
    a left-out one."""
    if any(f.thing == part.thing for f in mine):
        return True
    return any(
        any(counted_thing(t.lemma_.lower()) == part.thing for t in sent)
        and any(part.low <= n <= part.high for n in numbers_in(sent))
        for sent in doc.sents
    )


def _claim_at(group: Alignment, article: str, start: int) -> str:
    """The claim of ``article`` in ``group`` that holds ``start``."""
    return next(m.claim for m in group.members if m.article == article and m.start <= start < m.end)


def _in_claims(
    group: Alignment, found: Mapping[str, Sequence[_T]], start: Callable[[_T], int]
) -> dict[str, list[_T]]:
    """Each article's ``found`` (tolls, sums) that start inside its claims of ``group``, for
    the articles that give any there."""
    out: dict[str, list[_T]] = {}
    for m in group.members:
        inside = [x for x in found.get(m.article, ()) if m.start <= start(x) < m.end]
        if inside:
            out.setdefault(m.article, []).extend(inside)
    return out


def _figure_start(fig: Figure) -> int:
    return fig.start


def _sum_start(found: tuple[Figure, Token]) -> int:
    return found[0].start


def _one_leaving(everyone: set[str], given: Mapping[str, object]) -> str | None:
    """The one article that gives none of what every other gives, or None: a count one of
    three outlets gives may be that outlet's scoop, not the others' omission."""
    leaving = everyone - set(given)
    return next(iter(leaving)) if len(leaving) == 1 else None


def _one_count(given: Mapping[str, Sequence[Figure]]) -> bool:
    """Whether the giving outlets agree on one number: where they differ the count is disputed,
    which :func:`reader.core.figures.different_figures` shows, and a vague word cannot be set
    against either."""
    counts = _all_given(given)
    return bool(counts) and all(a.agrees(b) for a, b in itertools.combinations(counts, 2))


def _all_given(given: Mapping[str, Sequence[Figure]]) -> list[Figure]:
    """Every outlet's counts in one list, to set the leaving outlet's words against."""
    return [f for fs in given.values() for f in fs]


def _left_out_by_one(
    group: Alignment, found: Mapping[str, Sequence[Figure]], everyone: set[str]
) -> tuple[str, dict[str, list[Figure]]] | None:
    """The one article of ``group`` that gives none of the counts ``found``, where every other
    gives them and they agree on one number, with what the others give; else None. Tolls, job
    cuts and demands ask this alike; a sum first needs its thing to be one."""
    given = _in_claims(group, found, _figure_start)
    article = _one_leaving(everyone, given)
    if article is None or not _one_count(given):
        return None
    return article, given


def _first_as_written(
    doc_of: Mapping[str, Doc], group: Alignment, given: Mapping[str, list[Figure]]
) -> dict[str, str]:
    """Each giving outlet's first count in its own words, in the group's order."""
    return {a: doc_of[a].text[fs[0].start : fs[0].end] for a, fs in _in_order(group, given)}


def _in_order(group: Alignment, given: Mapping[str, list[_T]]) -> list[tuple[str, list[_T]]]:
    """The giving articles in the group's order, so the note names them as the vote's does."""
    order = list(dict.fromkeys(m.article for m in group.members))
    return sorted(given.items(), key=lambda item: order.index(item[0]))


def _gives_count(doc: Doc, mine: Sequence[Figure], kind: str, counts: Sequence[Figure]) -> bool:
    """Whether an article gives a count of ``kind`` anywhere: a figure of that kind for what the
    others' counts count, even a rough one ("dozens were hurt", which
    :func:`reader.core.figures.different_figures` weighs), or a sentence that tells of the
    happening and writes a number the others' counts agree with ("The toll rose to 12"). A
    count of other people hurt ("six officers were treated") is no count of these: an outlet
    that counts the injured officers and not the injured marchers leaves the marchers out."""
    things = {c.thing for c in counts}
    if any(f.state == kind and f.thing in things for f in mine):
        return True
    for sent in doc.sents:
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        bigrams = {(a.lower_, b.lower_) for a, b in itertools.pairwise(sent)}
        if kind not in kinds_in(words, bigrams):
            continue
        if any(c.low <= n <= c.high for n in numbers_in(sent) for c in counts):
            return True
    return False


def _happening_word(
    doc: Doc, group: Alignment, article: str, kind: str
) -> tuple[str, Token] | None:
    """The claim of ``article`` in ``group`` that tells of the happening, and its word for it
    ("died", "deaths", "evacuated"); None when its claims tell of another."""
    cues = KINDS[kind]
    pair = KIND_PAIRS.get(kind)
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.lemma_.lower() in cues or tok.lower_ in cues:
                return m.claim, tok
        lemmas = {t.lemma_.lower() for t in span}
        if pair is not None and set(pair) <= lemmas:
            return m.claim, next(t for t in span if t.lemma_.lower() == pair[0])
    return None


def _vague_words(word: Token) -> str | None:
    """The words that size the happening at ``word`` without a number ("several people died",
    "many deaths", "many of them were hurt"), or None. Only people and auxiliaries may stand
    between: the "many" of "many residents said people died" sizes who spoke, not who died."""
    doc = word.doc
    for tok in doc[max(word.sent.start, word.i - _VAGUE_REACH) : word.i]:
        if tok.lower_ in _VAGUE_WORDS and all(_sizes_through(t) for t in doc[tok.i + 1 : word.i]):
            return doc[tok.i : word.i + 1].text
    return None


def _sizes_through(tok: Token) -> bool:
    """Whether a vague word still sizes the happening across ``tok``: "people", "were", "of
    them"."""
    return (
        tok.pos_ in {"AUX", "PART", "ADV"}
        or tok.lemma_.lower() in PEOPLE
        or tok.lower_ in {"of", "them", "those"}
    )


# -- sums of money one outlet leaves out ---------------------------------------------------------


def left_out_sums(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed sum for one thing ("a 48
    million euro plan", "a €48m plan") and that one names the thing ("the plan") with no sum,
    here or anywhere else in its article."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    money = {a.id: [f for f in figures[a.id] if f.exact and f.thing in MONEY] for a in articles}
    sums = {a: _sums(doc_of[a], money[a]) for a in money}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for group in groups:
        given = _in_claims(group, sums, _sum_start)
        article = _one_leaving(everyone, given)
        things = {(f.thing, t.lemma_.lower()) for fs in given.values() for f, t in fs}
        if article is None or len(things) != 1:
            continue
        ((currency, thing),) = things
        counts = {a: [f for f, _ in fs] for a, fs in given.items()}
        mine = (sums[article], money[article])
        if not _one_count(counts) or _gives_sum(*mine, thing, currency, counts):
            continue
        found = _naming(doc_of[article], group, article, thing)
        if found is None:
            continue
        claim, noun = found
        det = doc_of[article][noun.i - 1] if noun.i > 0 and noun.nbor(-1).dep_ == "det" else noun
        written = {a: _sum_words(fs[0]) for a, fs in _in_order(group, given)}
        out.append(
            LeftOutCount(
                group,
                written,
                (article,),
                # As the outlet names it: "the defences" it reports, not "the defence".
                happening=f"the {noun.lower_}",
                missing="the amount",
                words={claim: (det.idx, noun.idx + len(noun.text))},
            )
        )
    return out


def _sums(doc: Doc, figures: Sequence[Figure]) -> list[tuple[Figure, Token]]:
    """An article's sums of money (``figures``, exact and in a currency), each with the thing
    it pays for ("plan"), where its words say which (:func:`reader.core.figures.paid_for`)."""
    out: list[tuple[Figure, Token]] = []
    for fig in figures:
        span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
        thing = paid_for(span) if span is not None and len(span) else None
        if thing is not None:
            out.append((fig, thing))
    return out


def _gives_sum(
    sums: Sequence[tuple[Figure, Token]],
    money: Sequence[Figure],
    thing: str,
    currency: str,
    counts: Mapping[str, Sequence[Figure]],
) -> bool:
    """Whether an article gives a sum for ``thing`` anywhere (``sums``), or any sum of
    ``money`` in ``currency`` that the others' agree with, whatever it pays for ("It will cost
    €48m" a sentence later)."""
    given = [f for fs in counts.values() for f in fs]
    return any(t.lemma_.lower() == thing for _, t in sums) or any(
        f.thing == currency and f.agrees(g) for f in money for g in given
    )


def _naming(doc: Doc, group: Alignment, article: str, thing: str) -> tuple[str, Token] | None:
    """The claim of ``article`` in ``group`` that names the thing a sum pays for, and its noun
    for it there ("plan")."""
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        noun = next((t for t in span or () if t.pos_ == "NOUN" and t.lemma_.lower() == thing), None)
        if noun is not None:
            return m.claim, noun
    return None


def _sum_words(given: tuple[Figure, Token]) -> str:
    """A sum as its outlet writes it, without the thing it pays for: "€48m", not "€48m plan"."""
    fig, thing = given
    doc = thing.doc
    end = thing.idx if fig.start < thing.idx < fig.end else fig.end
    return doc_text(doc)[fig.start : end].rstrip()


# -- jobs one outlet's report of cuts or a closure leaves uncounted -------------------------------

#: What a count of jobs cut counts (lemmas, as :func:`reader.core.quantities.counted_thing` gives
#: them): "1,240 jobs", "1,240 workers", "300 staff", "40 people".
_JOB_NOUNS: Final = frozenset({"job", "worker", "employee", "position", "post", "staff", "people"})
#: Nouns that are jobs lost themselves, whatever the verb: "1,240 layoffs", "300 redundancies".
_JOB_LOSSES: Final = frozenset({"layoff", "redundancy"})
#: Nouns that are jobs lost with "job" on them: "1,240 job cuts", "300 job losses".
_JOB_LOSS_HEADS: Final = frozenset({"cut", "loss"})
#: Verbs that take jobs away from the counted word: "cutting 1,240 jobs", "sacked 300 staff".
_CUTTING: Final = frozenset(
    {"cut", "shed", "axe", "eliminate", "slash", "scrap", "lose", "sack", "fire", "dismiss"}
)
#: Verbs that take jobs away only with their second word: "laid off", "let go", "throw ... out
#: of their jobs", "made redundant".
_CUTTING_WITH: Final[dict[str, str]] = {
    "lay": "off",
    "lie": "off",  # spaCy lemmatises "lay" in "lay off 300 workers" as "lie"
    "let": "go",
    "throw": "out",
    "make": "redundant",
}
#: Posts, not people, that a job-loss report says "go": "1,240 jobs will go".
_GOING: Final = frozenset({"job", "position", "post"})
#: Words that report the closure that costs the jobs: "will close its plant", "the closure".
_CLOSING: Final = frozenset({"close", "closure", "shut", "shutdown"})
#: How many heads up from a counted word the verb that cuts it may be: "1,240 workers will be
#: laid off", "the loss of 300 jobs".
_CUT_REACH: Final = 3


def left_out_jobs(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed number of jobs cut
    ("cutting 1,240 jobs", "throw 1,240 workers out of their jobs") and that one reports the cuts
    or the closure that makes them ("will close its plant") with no number the others agree with,
    here or anywhere else in its article. As with a toll, only a full set of givers counts."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    cuts = {a: [f for f in fs if _jobs_cut(doc_of[a], f)] for a, fs in figures.items()}
    exact = {a: [f for f in fs if f.exact] for a, fs in cuts.items()}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for group in groups:
        left = _left_out_by_one(group, exact, everyone)
        if left is None:
            continue
        article, given = left
        counts = _all_given(given)
        if _gives_jobs(doc_of[article], group, article, cuts[article], counts):
            continue
        found = _cut_word(doc_of[article], group, article)
        if found is None:
            continue
        claim, word, closing = found
        written = {a: _job_words(doc_of[a], fs[0]) for a, fs in _in_order(group, given)}
        vague = None if closing else _vague_words(word)
        out.append(
            LeftOutCount(
                group,
                written,
                (article,),
                happening="the closure" if closing else "the job cuts",
                missing="how many jobs it cuts" if closing else "how many",
                words={claim: (word.idx, word.idx + len(word.text))},
                vague={article: vague} if vague else {},
            )
        )
    return out


def _jobs_cut(doc: Doc, fig: Figure) -> bool:
    """Whether a figure counts jobs cut: "1,240 layoffs", "1,240 job cuts", or jobs or workers
    a cutting verb takes ("cutting 1,240 jobs", "1,240 workers will be laid off"). Jobs kept
    ("a service centre with about 40 staff") or held ("employs 9,000 people") are no cut."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return False
    noun = next(
        (
            t
            for t in doc[span.start : min(span.end + 4, len(doc))]
            if t.pos_ == "NOUN" and counted_thing(t.lemma_.lower()) == fig.thing
        ),
        None,
    )
    return noun is not None and _a_job_lost(noun)


def _job_words(doc: Doc, fig: Figure) -> str:
    """A count of jobs cut as its outlet writes it: "310 job cuts", where the figure's own words
    stop at the "job" compounded into "cuts"."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is not None and last.dep_ == "compound" and last.head.i == last.i + 1:
        return doc_text(doc)[fig.start : last.head.idx + len(last.head.text)]
    return doc_text(doc)[fig.start : fig.end]


def _a_job_lost(noun: Token) -> bool:
    """Whether a noun, where it stands, is a job lost: "layoffs", "job cuts", "jobs" a cutting
    verb takes, "workers" laid off."""
    lemma = noun.lemma_.lower()
    if lemma in _JOB_LOSSES:
        return True
    if lemma in _JOB_LOSS_HEADS:
        return any(c.dep_ == "compound" and c.lemma_.lower() == "job" for c in noun.children)
    if counted_thing(lemma) not in _JOB_NOUNS:
        return False
    node = noun
    for _ in range(_CUT_REACH):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return _cuts(node, lemma)
        if node.pos_ == "NOUN" and node.lemma_.lower() in _JOB_LOSS_HEADS:
            return True  # "the loss of 300 jobs"
    return False


def _cuts(verb: Token, counted: str) -> bool:
    """Whether ``verb`` takes away the jobs it counts ``counted`` of: "cut", "laid off", "will
    go" for posts."""
    lemma = verb.lemma_.lower()
    if lemma in _CUTTING or (lemma == "go" and counted in _GOING):
        return True
    if lemma == "go" and verb.head.lemma_.lower() == "let":
        return True  # "letting 310 staff go", "will let go 300 workers"
    second = _CUTTING_WITH.get(lemma)
    return second is not None and any(c.lower_ == second for c in verb.children)


def _gives_jobs(
    doc: Doc, group: Alignment, article: str, mine: Sequence[Figure], counts: Sequence[Figure]
) -> bool:
    """Whether an article gives the jobs cut anywhere: a count of jobs cut in its claims of
    ``group`` (a different figure, which :func:`reader.core.figures.different_figures` weighs),
    a rough one anywhere ("hundreds of jobs"), one the others' counts agree with, or a sentence
    about jobs that writes a number they agree with ("The closure affects 1,240 people"). A
    different exact count elsewhere is another cut (another plant's, another year's)."""
    inside = [(m.start, m.end) for m in group.members if m.article == article]
    for fig in mine:
        if not fig.exact or any(fig.agrees(c) for c in counts):
            return True
        if any(s <= fig.start < e for s, e in inside):
            return True
    for sent in doc.sents:
        lemmas = {counted_thing(t.lemma_.lower()) for t in sent}
        if lemmas.isdisjoint(_JOB_NOUNS | _JOB_LOSSES):
            continue
        if any(c.low <= n <= c.high for n in numbers_in(sent) for c in counts):
            return True
    return False


def _cut_word(doc: Doc, group: Alignment, article: str) -> tuple[str, Token, bool] | None:
    """The claim of ``article`` in ``group`` that reports the job cuts or the closure that makes
    them, its word for them ("jobs", "layoffs", "close"), and whether that word is the
    closure's; None when its claims report neither."""
    closing: tuple[str, Token, bool] | None = None
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for tok in span or ():
            if tok.pos_ == "NOUN" and _a_job_lost(tok):
                return m.claim, tok, False
            if closing is None and tok.pos_ in {"VERB", "NOUN"} and tok.lemma_.lower() in _CLOSING:
                closing = m.claim, tok, True
    return closing


# -- a demand one outlet reports without its size ----------------------------------------------

#: Verbs that make a rate or a sum what one side asks of the other: "the union is asking for 9%",
#: "demands a 9% rise", "seeks €2,000".
_DEMANDING: Final = frozenset({"demand", "ask", "seek", "want"})
#: What a demand's size is given in: a rate ("9%") or a sum.
_DEMAND_THINGS: Final = frozenset({"percent", SOME_MONEY, *MONEY})


def left_out_demands(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed size of what one side
    demands of the other ("the union is asking for 9%") and that one reports the demand ("is
    demanding far more") with no size, here or anywhere else in its article. How far apart two
    sides are is part of a dispute, and a demand without its size reads as open-ended. As with a
    toll, only a full set of givers counts."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    asked = {a: [f for f in fs if _a_demand(f)] for a, fs in figures.items()}
    exact = {a: [f for f in fs if f.exact] for a, fs in asked.items()}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for group in groups:
        left = _left_out_by_one(group, exact, everyone)
        if left is None or asked[left[0]]:
            continue
        article, given = left
        found = _demand_word(doc_of[article], group, article)
        if found is None:
            continue
        claim, word = found
        written = _first_as_written(doc_of, group, given)
        out.append(
            LeftOutCount(
                group,
                written,
                (article,),
                happening="the demand",
                missing="its size",
                words={claim: (word.idx, word.idx + len(word.text))},
            )
        )
    return out


def _a_demand(fig: Figure) -> bool:
    """Whether a figure is the size of a demand: a rate or a sum a demanding verb takes."""
    return fig.thing in _DEMAND_THINGS and bool(fig.frame) and fig.frame[0] in _DEMANDING


def _demand_word(doc: Doc, group: Alignment, article: str) -> tuple[str, Token] | None:
    """The claim of ``article`` in ``group`` and its word for the demand ("demanding"), looked
    for in the whole sentence the claim is part of: "The union turned the offer down and is
    demanding far more" lines up by its first half. None when its sentences report no demand."""
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span.sent:
            if _asks(tok):
                return m.claim, tok
    return None


def _asks(tok: Token) -> bool:
    """A word that reports a demand ("demanding", "the demand"), not an "Asked about the offer,
    ..." that opens a reply."""
    return tok.lemma_.lower() in _DEMANDING and tok.pos_ in {"VERB", "NOUN"} and tok.tag_ != "VBN"


# -- people or jobs a claim says are kept, freed or added -------------------------------------

#: Verbs (and their nouns) that tell what a claim does to the people or jobs it counts, by the
#: happening they report: jobs a measure protects, detainees released, staff hired. Jobs cut
#: are :func:`left_out_jobs`'s, deaths and arrests :func:`left_out_tolls`'s.
_AFFECTING: Final[dict[str, frozenset[str]]] = {
    "kept": frozenset({"protect", "save", "safeguard", "secure", "preserve"}),
    "released": frozenset({"release", "free"}),
    "added": frozenset({"hire", "create", "recruit"}),
}
#: How a flag names the verbs above once done: "the jobs protected".
_DONE: Final[dict[str, str]] = {
    "protect": "protected",
    "save": "saved",
    "safeguard": "safeguarded",
    "secure": "secured",
    "preserve": "preserved",
    "release": "released",
    "free": "freed",
    "hire": "hired",
    "create": "created",
    "recruit": "recruited",
}
#: What such a claim counts: jobs, workers, people, and those held ("detainees").
_AFFECTED_NOUNS: Final = _JOB_NOUNS | PEOPLE | {"detainee", "prisoner", "hostage", "inmate"}
#: Words that make a number a part of people a participle names: "Fourteen of those detained".
_PARTITIVE_OWNERS: Final = frozenset({"those", "them"})


def left_out_affected(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed number of people or jobs
    the claim says are protected, released or hired ("would protect about 9,000 jobs",
    "Fourteen of those detained were released") and that one reports the same happening ("would
    protect jobs", "in a humanitarian release") with no number, here or anywhere else in its
    article. How many a measure is said to save, or a raid let go, is part of its size as much
    as jobs cut are. As with a toll, only a full set of givers counts."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for verbs in _AFFECTING.values():
        counts = {
            a.id: _affected_counts(a.id, doc_of[a.id], figures.get(a.id, ()), verbs)
            for a in articles
        }
        for group in groups:
            left = _left_out_by_one(group, counts, everyone)
            if left is None:
                continue
            article, given = left
            if counts[article] or _writes_count(doc_of[article], verbs, _all_given(given)):
                continue
            found = _affecting_word(doc_of[article], group, article, verbs)
            if found is None:
                continue
            claim, word, verb = found
            jobs = all(f.thing == "job" for f in _all_given(given))
            done = _DONE[verb.lemma_.lower()]
            out.append(
                LeftOutCount(
                    group,
                    {a: _count_words(doc_of[a], fs[0]) for a, fs in _in_order(group, given)},
                    (article,),
                    happening=f"the jobs {done}" if jobs else f"those {done}",
                    missing="how many",
                    words={claim: (word.idx, word.idx + len(word.text))},
                )
            )
    return out


def _affected_counts(
    article: str, doc: Doc, figures: Sequence[Figure], verbs: frozenset[str]
) -> list[Figure]:
    """An article's exact counts of people or jobs that one of ``verbs`` takes: "would protect
    about 9,000 jobs", "Fourteen of the workers were released", and the partitive "Fourteen of
    those detained were released", which :mod:`reader.core.figures` leaves unread, as its
    clause names the arrests it is a part of and would read as a count of them."""
    read = [
        f
        for f in figures
        if f.exact and f.state is None and _affected_noun(f) and _taken_by(doc, f, verbs)
    ]
    return read + _partitives(article, doc, verbs, read)


def _affected_noun(fig: Figure) -> bool:
    """Whether a figure counts jobs or people (:data:`_AFFECTED_NOUNS`)."""
    return fig.thing in _AFFECTED_NOUNS or counted_thing(fig.thing) in _AFFECTED_NOUNS


def _taken_by(doc: Doc, fig: Figure, verbs: frozenset[str]) -> bool:
    """Whether the verb a figure's words hang from, a few heads up, is one of ``verbs``."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span.root
    for _ in range(_CUT_REACH + 1):
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in verbs
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _partitives(
    article: str, doc: Doc, verbs: frozenset[str], read: Sequence[Figure]
) -> list[Figure]:
    """Counts written as a part of people a participle or pronoun names ("Fourteen of those
    detained were released", "12 of them were freed"), the subject of one of ``verbs``."""
    out: list[Figure] = []
    for tok in _subjects(doc):
        if tok.head.lemma_.lower() not in verbs:
            continue
        number = number_at(doc, tok.i, tok.sent.end)
        after = doc[number.end : number.end + 2] if number is not None else None
        if number is None or after is None or len(after) < 2 or after[0].lower_ != "of":
            continue
        if after[1].lower_ not in _PARTITIVE_OWNERS or any(f.start == tok.idx for f in read):
            continue
        last = doc[min(number.end + 2, tok.sent.end - 1)]
        end = last if last.tag_ == "VBN" else after[1]
        low, high = exact_range(number.value, number.rounding)
        out.append(
            Figure(
                article,
                tok.idx,
                end.idx + len(end.text),
                low,
                high,
                True,
                "people",
                None,
                value=number.value,
            )
        )
    return out


def _subjects(doc: Doc) -> list[Token]:
    """The subjects of ``doc``'s clauses, found from its array of dependency labels: a Token
    made for every word, for each kind of happening asked about, was most of a batch run's
    time in this module."""
    wanted = {doc.vocab.strings.add(label) for label in ("nsubj", "nsubjpass")}
    return [doc[i] for i, dep in enumerate(doc.to_array("DEP").tolist()) if dep in wanted]


def _writes_count(doc: Doc, verbs: frozenset[str], counts: Sequence[Figure]) -> bool:
    """Whether a sentence of ``doc`` tells of the happening and writes a number the others'
    counts agree with ("The tariff will keep 9,000 in work, the ministry says")."""
    for sent in doc.sents:
        if not any(t.lemma_.lower() in verbs for t in sent):
            continue
        if any(c.low <= n <= c.high for n in numbers_in(sent) for c in counts):
            return True
    return False


def _affecting_word(
    doc: Doc, group: Alignment, article: str, verbs: frozenset[str]
) -> tuple[str, Token, Token] | None:
    """The claim of ``article`` in ``group`` that reports the happening of people or jobs
    (:data:`_AFFECTED_NOUNS`), and the word a flag sits on: the uncounted noun where the number
    would stand ("would protect jobs"), as for jobs cut, else the happening's own word ("in a
    humanitarian release"), with the happening's word, which names it in the note. None when
    its claims report none."""
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if not any(counted_thing(t.lemma_.lower()) in _AFFECTED_NOUNS for t in span):
            continue
        word = next(
            (t for t in span if t.pos_ in {"VERB", "NOUN"} and t.lemma_.lower() in verbs), None
        )
        if word is not None:
            return m.claim, _uncounted_object(word) or word, word
    return None


def _uncounted_object(verb: Token) -> Token | None:
    """The people or jobs a verb takes as its object with no number on them: "jobs" of "would
    protect jobs"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and counted_thing(c.lemma_.lower()) in _AFFECTED_NOUNS
            and not any(g.dep_ == "nummod" for g in c.children)
        ),
        None,
    )


def _count_words(doc: Doc, fig: Figure) -> str:
    """A count as the note gives it, its number in digits: "14" for the "Fourteen" that opened
    an outlet's sentence, which would read as "fourteen" mid-sentence and hide the number a
    reader scans for."""
    words = doc_text(doc)[fig.start : fig.end]
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    first = span[0] if span is not None and len(span) else None
    if fig.value is None or first is None or first.lower_ not in NUMBER_WORDS:
        return words
    rest = words[len(first.text) :]
    return f"{fig.value:,.0f}{rest}"


# -- people or things sent or gathered ---------------------------------------------------------

#: Verbs (lemmas) that bring a count of people or things to an event, by how a note names them
#: once done: the rescuers a neighbour sends, the signatures a group gathers. How many came is
#: the size of the help or of the backing, as the jobs cut are the size of a closure. "Deploy"
#: is left out: officers deployed size a police operation an outlet may describe without them.
_BRINGING: Final[dict[str, frozenset[str]]] = {
    "sent": frozenset({"send", "dispatch"}),
    "gathered": frozenset({"gather", "collect"}),
}


def left_out_brought(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one agreed count of people or things
    sent or gathered ("sent 40 rescuers", "had gathered 2,100 signatures"), and that one names
    the same noun with no number on it and gives the count nowhere in its article: in its own
    claim of the group ("pointed to alleged signatures"), or, when it has no claim there, in a
    claim it shares with others in another row ("Rescuers were still searching"). Naming what
    was sent without how many makes the help or the backing read as smaller, or as nothing
    to weigh. As with a toll, only a full set of givers counts."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for done, verbs in _BRINGING.items():
        counts = {a.id: _brought(figures.get(a.id, ()), verbs) for a in articles}
        for group in groups:
            left = _left_out_by_one(group, counts, everyone)
            if left is None:
                continue
            article, given = left
            things = {f.thing for f in _all_given(given)}
            thing = next(iter(things))
            doc = doc_of[article]
            if len(things) > 1 or _gives_part(doc, figures.get(article, ()), _all_given(given)[0]):
                continue
            found = _bare_noun(doc, group, groups, article, thing)
            if found is None:
                continue
            claim, noun, marked = found
            out.append(
                LeftOutCount(
                    group,
                    _first_as_written(doc_of, group, given),
                    (article,),
                    happening=f"the {noun.text.lower()}",
                    missing=f"how many were {done}",
                    words={claim: marked},
                    verb="Mentions",
                )
            )
    return out


def _brought(figures: Sequence[Figure], verbs: frozenset[str]) -> list[Figure]:
    """An article's exact counts that one of ``verbs`` takes: "sent 40 rescuers"."""
    return [f for f in figures if f.exact and f.state is None and f.frame and f.frame[0] in verbs]


def _bare_noun(
    doc: Doc, group: Alignment, groups: Sequence[Alignment], article: str, thing: str
) -> tuple[str, Token, tuple[int, int]] | None:
    """The claim and the noun for ``thing`` with no number on it that the leaving ``article``
    writes, with the span a flag marks: its claims of the group when it has any, where the
    noun stands where the number would and is marked, else its claims of the other rows, in
    reading order, where the noun is no place for the number ("Rescuers were still searching")
    and the claim is marked as the outlet's report that leaves the count out. Nouns inside
    quotation marks are passed over (a speaker's "our rescuers" is no report of them). None
    when it names no such noun there."""
    mine = [m for m in group.members if m.article == article]
    in_row = bool(mine)
    if not in_row:
        mine = sorted(
            (m for g in groups for m in g.members if m.article == article), key=lambda m: m.start
        )
    quoted = [(q.start, q.end) for q in quotations(doc_text(doc))]
    for m in mine:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            if (
                tok.pos_ in {"NOUN", "PROPN"}
                and counted_thing(tok.lemma_.lower()) == thing
                and not any(c.dep_ == "nummod" for c in tok.children)
                and not any(s <= tok.idx < e for s, e in quoted)
            ):
                marked = (tok.idx, tok.idx + len(tok.text)) if in_row else (m.start, m.end)
                return m.claim, tok, marked
    return None


# -- a prison term one outlet leaves out -------------------------------------------------------

#: Verbs (lemmas) that put a term in years on a person: "jailed for six years", "sentenced to
#: ten years". One only faced or sought ("faces ten years") is no term yet.
_JAILING: Final = frozenset({"jail", "imprison", "sentence"})
#: Verbs (lemmas) that take a term noun: "serving an 11-year sentence", "was handed a five-year
#: term". "Serve" takes years too, but only for a crime or in prison ("serving 11 years for
#: smuggling"): "served three years as mayor" is no term.
_TERM_TAKING: Final = frozenset({"serve", "receive", "hand", "give", *_JAILING})
#: Nouns a term in years is written on: "an 11-year sentence", "a six-year prison term".
_TERM_NOUNS: Final = frozenset({"sentence", "term"})
#: Where a term is served: "11 years in prison", "six years behind bars".
_PRISONS: Final = frozenset({"prison", "jail", "bar"})


@dataclass(frozen=True, slots=True)
class _Term:
    """A prison term read in an article: whose (the surname, as written), how many years, and
    its words from the term to the crime ("an 11-year sentence in Oskelund for smuggling")."""

    surname: str
    years: float
    start: int
    end: int


def left_out_terms(
    articles: Sequence[Article], docs: Sequence[Doc], groups: Sequence[Alignment]
) -> list[LeftOutCount]:
    """Each claim group in which every outlet but one gives one person's prison term ("had been
    serving an 11-year sentence for smuggling"), all the same length, and that one names the
    same person in its claim of the group ("among them a businessman, Dario Venn") with no term
    for them anywhere in its article. How long a freed man was jailed for, and for what, is part
    of who he is in the story, as a toll is part of what happened."""
    if len(articles) < 2:
        return []
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    terms = {a: _prison_terms(d) for a, d in doc_of.items()}
    everyone = {a.id for a in articles}
    out: list[LeftOutCount] = []
    for group in groups:
        given: dict[str, list[_Term]] = {}
        for m in group.members:
            inside = [t for t in terms[m.article] if m.start <= t.start < m.end]
            if inside:
                given.setdefault(m.article, []).extend(inside)
        article = _one_leaving(everyone, given)
        if article is None or len({t.surname for ts in given.values() for t in ts}) != 1:
            continue
        first = next(iter(given.values()))[0]
        if len({t.years for ts in given.values() for t in ts}) != 1:
            continue  # a term the others give differently is disputed, not left out
        if _gives_term(doc_of[article], first.surname):
            continue
        named = _name_in_group(doc_of[article], group, article, first.surname)
        if named is None:
            continue
        claim, name = named
        written = {
            a: doc_text(doc_of[a])[ts[0].start : ts[0].end] for a, ts in _in_order(group, given)
        }
        out.append(
            LeftOutCount(
                group,
                written,
                (article,),
                happening=name.text,
                missing="the prison term",
                # "give an 11-year sentence" would read as if the outlets passed it
                told="write '{}'",
                words={claim: (name.start_char, name.end_char)},
                verb="Names",
            )
        )
    return out


def _prison_terms(doc: Doc) -> list[_Term]:
    """Every prison term in years an article gives of the one person its sentence names."""
    out: list[_Term] = []
    for year, years, bounds in _terms_in(doc):
        people = [e for e in year.sent.ents if e.label_ == "PERSON"]
        if len(people) == 1:
            out.append(_Term(people[0][-1].text, years, *bounds))
    return out


def _gives_term(doc: Doc, surname: str) -> bool:
    """Whether an article gives a prison term in a sentence that names ``surname``, whoever the
    parser takes the name for: "Kessel had been jailed for nine years"."""
    return any(any(t.text == surname for t in year.sent) for year, _, _ in _terms_in(doc))


def _terms_in(doc: Doc) -> Iterator[tuple[Token, float, tuple[int, int]]]:
    """Each prison term in years (:func:`_term_words`): its "year", the number and its words.

    Only the words whose lemma is "year" are built as tokens: walking the whole article made a
    Token per word for one question."""
    for i in lemmas_at(doc, ("year",)):
        tok = doc[i]
        number = next((c for c in tok.children if c.dep_ == "nummod"), None)
        found = number_at(doc, number.i, tok.i) if number is not None else None
        bounds = _term_words(tok)
        if found is not None and bounds is not None:
            yield tok, found.value, bounds


def _term_words(year: Token) -> tuple[int, int] | None:
    """Offsets of a term's words, from the term to its crime, when ``year`` counts a prison
    term: "an 11-year sentence in Oskelund for smuggling", "jailed for six years for fraud",
    "serving 11 years for smuggling"."""
    if year.dep_ == "compound" and year.head.lemma_.lower() in _TERM_NOUNS:
        noun = year.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.lemma_.lower() not in _TERM_TAKING:
            return None
        crime = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        after = [t for c in crime if c.i > noun.i for t in c.subtree]
        words = [t for t in (*noun.subtree, *after) if t.pos_ != "PUNCT"]
        return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)
    verb = year.head.head if year.dep_ == "pobj" else year.head
    if year.dep_ not in {"pobj", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    crime = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > year.i]
    crime += [c for c in year.children if c.dep_ == "prep" and c.lower_ == "for"]
    lemma = verb.lemma_.lower()
    if lemma not in _JAILING and not (lemma == "serve" and (crime or _in_prison(verb, year))):
        return None
    words = [verb, *year.subtree, *(t for c in crime[:1] for t in c.subtree)]
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def _in_prison(verb: Token, year: Token) -> bool:
    """Whether a verb's years are spent in prison: "served 11 years in prison"."""
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in _PRISONS
        for c in (*verb.children, *year.children)
        if c.dep_ == "prep"
        for p in c.children
    )


def _name_in_group(
    doc: Doc, group: Alignment, article: str, surname: str
) -> tuple[str, Span] | None:
    """The leaving article's claim of the group that names the person, with the name as it
    writes it ("Dario Venn")."""
    for m in group.members:
        if m.article != article:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for ent in span.ents if span is not None else ():
            if ent.label_ == "PERSON" and ent[-1].text == surname:
                return m.claim, ent
    return None


# -- a finding's size as a multiple one outlet leaves out --------------------------------------

#: Multiples written as one word: "twice as likely", "a tenfold rise".
_ONE_WORD_MULTIPLES: Final[dict[str, float]] = {"twice": 2.0, "thrice": 3.0}
#: "tenfold", "10-fold", "five-fold" as the tokenizer leaves them.
_FOLD: Final = re.compile(r"(\w+?)-?fold", re.IGNORECASE)
#: Words that make "times" a multiple of a comparison: "five times more likely", "as likely".
_COMPARING: Final = frozenset({"more", "less", "as"})


@dataclass(frozen=True, slots=True)
class _Multiple:
    """A multiple ("about five times more likely"), the lemma of what it sizes ("likely") and
    its words' offsets."""

    value: float
    thing: str
    start: int
    end: int


def left_out_multiples(
    articles: Sequence[Article], docs: Sequence[Doc], groups: Sequence[Alignment]
) -> list[LeftOutCount]:
    """Each claim group in which some outlets size a comparison with one agreed multiple ("about
    five times more likely") and others report the same comparison ("more likely") with none,
    here or anywhere else in their article. A claim that makes no such comparison ("was caused
    by climate change") neither gives the size nor leaves it out, as with a vote."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    multiples = {a: _multiples(d) for a, d in doc_of.items()}
    out: list[LeftOutCount] = []
    for group in groups:
        given: dict[str, list[_Multiple]] = {}
        for m in group.members:
            inside = [x for x in multiples[m.article] if m.start <= x.start < m.end]
            if inside:
                given.setdefault(m.article, []).extend(inside)
        found = [x for xs in given.values() for x in xs]
        if len({(x.value, x.thing) for x in found}) != 1:
            continue  # none, or sizes the outlets give differently: disputed, not left out
        thing = found[0].thing
        marks: dict[str, tuple[int, int]] = {}
        for m in group.members:
            if m.article in given or any(x.thing == thing for x in multiples[m.article]):
                continue
            word = _compared(doc_of[m.article], m.start, m.end, thing)
            if word is not None:
                marks[m.claim] = word
        if not marks:
            continue
        written = {
            a: doc_text(doc_of[a])[xs[0].start : xs[0].end] for a, xs in _in_order(group, given)
        }
        leaving = tuple(dict.fromkeys(m.article for m in group.members if m.claim in marks))
        shown = doc_text(doc_of[leaving[0]])[slice(*next(iter(marks.values())))]
        out.append(
            LeftOutCount(
                group,
                written,
                leaving,
                happening=f"'{mid_sentence(shown)}'",
                missing="how much",
                told="write '{}'",
                words=marks,
                verb="Says",
            )
        )
    return out


def _multiples(doc: Doc) -> list[_Multiple]:
    """Every multiple an article sizes a comparison with: "about five times more likely",
    "twice as likely", "a tenfold rise"."""
    out: list[_Multiple] = []
    for tok in (doc[i] for i in _multiple_words(doc)):
        fold = _FOLD.fullmatch(tok.lower_)
        if fold is not None and tok.i + 1 < len(doc):
            value = _number_word(fold[1])
            sized = doc[tok.i + 1] if tok.head.i == tok.i + 1 else None
            if value is not None and sized is not None:
                out.append(_Multiple(value, sized.lemma_.lower(), tok.idx, _end(sized)))
            continue
        if tok.lower_ == "times":
            number = doc[tok.i - 1] if tok.i else None
            found = number_at(doc, number.i, tok.i) if number is not None else None
            value = found.value if found is not None else None
            first = number
        elif tok.lower_ in _ONE_WORD_MULTIPLES:
            value, first = _ONE_WORD_MULTIPLES[tok.lower_], tok
        else:
            continue
        after = tok.i + 1
        if value is None or first is None or after + 1 >= len(doc):
            continue
        if doc[after].lower_ not in _COMPARING or doc[after + 1].pos_ not in {"ADJ", "ADV"}:
            continue
        sized = doc[after + 1]
        about = first.i - 1 if first.i and doc[first.i - 1].lower_ in {"about", "around"} else None
        start = doc[about].idx if about is not None else first.idx
        out.append(_Multiple(value, sized.lemma_.lower(), start, _end(sized)))
    return out


def _multiple_words(doc: Doc) -> list[int]:
    """Positions of the words a multiple turns on ("times", "twice", "tenfold"), told from each
    distinct word of the article once: a Token made for every word cost more than the rest of
    :func:`_multiples` (:func:`reader.core.nlp.words_where`)."""
    return list(words_where(doc, _turns_a_multiple))


def _turns_a_multiple(word: str) -> bool:
    """Whether a multiple turns on a word written ``word``: "times", "twice", "tenfold"."""
    return word == "times" or word in _ONE_WORD_MULTIPLES or _FOLD.fullmatch(word) is not None


def _compared(doc: Doc, start: int, end: int, thing: str) -> tuple[int, int] | None:
    """Offsets of a comparison of ``thing`` with no size in a claim: "more likely", "likelier"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for tok in span or ():
        if tok.lemma_.lower() != thing:
            continue
        before = doc[tok.i - 1] if tok.i else None
        if before is not None and before.lower_ in {"more", "less"}:
            return before.idx, _end(tok)
        if tok.tag_ in {"JJR", "RBR"}:
            return tok.idx, _end(tok)
    return None


def _number_word(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    value = NUMBER_WORDS.get(word)
    return float(value) if value is not None else None


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


#: Words that tell a figure's change beside it: "34 percent, down two points", "fell five
#: points", "up from 39 percent".
_CHANGE_WORDS: Final = frozenset({"down", "up"})
_CHANGE_LEMMAS: Final = frozenset({"fall", "rise", "drop", "climb", "slip", "gain", "lose"})
#: Verbs that tell a change with or without its size: an outlet that writes "surging" or
#: "plummeting" beside a figure tells it changed, and leaves out no change.
_CHANGING: Final = _CHANGE_LEMMAS | frozenset(
    {
        *("surge", "soar", "plummet", "plunge", "jump", "tumble", "slide", "sink", "increase"),
        *("decrease", "grow", "shrink", "decline", "narrow", "widen", "double", "halve"),
        *("slump", "dip", "rebound", "recover", "crash", "fade", "surpass", "overtake"),
    }
)
#: Units a change of a figure is told in after its number: "down two points".
_CHANGE_UNITS: Final = frozenset({"point", "points", "percent", "%"})


def left_out_changes(
    articles: Sequence[Article],
    docs: Sequence[Doc],
    groups: Sequence[Alignment],
    figures: Mapping[str, Sequence[Figure]],
) -> list[LeftOutCount]:
    """Each claim group in which some outlets give a figure with its change ("34 percent, down
    two points from last month") and another gives the same figure with no change anywhere in
    its claims ("with 34 percent"): a poll share or a price told without its fall reads as
    steady. Only a share (:func:`_share_in`) every giving outlet agrees with is read, and only
    when every other outlet that gives it in the group gives its change too, so a change one
    outlet alone adds is not the others' omission."""
    doc_of = {a.id: d for a, d in zip(articles, docs, strict=True)}
    out: list[LeftOutCount] = []
    for group in groups:
        own = {
            m.claim: (
                [f for f in figures.get(m.article, ()) if _share_in(f, m.start, m.end)],
                _changes_in(doc_of[m.article], m.start, m.end),
            )
            for m in group.members
        }
        for article in dict.fromkeys(m.article for m in group.members):
            found = _change_left_out(group, article, own, doc_of)
            if found is None:
                continue
            claim, fig, written = found
            out.append(
                LeftOutCount(
                    group,
                    written,
                    (article,),
                    happening=f"'{mid_sentence(doc_text(doc_of[article])[fig.start : fig.end])}'",
                    missing="how it changed",
                    told="add '{}'",
                    words={claim: (fig.start, fig.end)},
                    verb="Gives",
                )
            )
    return out


def _share_in(fig: Figure, start: int, end: int) -> bool:
    """Whether ``fig`` is an exact share ("34 percent") within characters [start, end). Only
    shares are read for a change left out: a poll's or a rate's change is how it is reported,
    where a sum's year before is often a detail of its own."""
    return fig.exact and fig.thing == "percent" and start <= fig.start < end


def _change_left_out(
    group: Alignment,
    article: str,
    own: Mapping[str, tuple[list[Figure], list[tuple[int, int]]]],
    doc_of: Mapping[str, Doc],
) -> tuple[str, Figure, dict[str, str]] | None:
    """The claim and figure ``article`` gives in the group without the change every other
    outlet that gives it writes beside it, and each of those outlets' change as written; None
    when the figure's claim tells of a change, even without a size ("surging", "fell"), or no
    outlet gives one."""
    mine = [m for m in group.members if m.article == article]
    for claim, fig in ((m.claim, f) for m in mine for f in own[m.claim][0]):
        if _tells_a_change(doc_of[article], claim, fig, group):
            continue
        written: dict[str, str] = {}
        for m in group.members:
            figs, changes = own[m.claim]
            if m.article == article or not any(_same_figure(fig, o, changes) for o in figs):
                continue
            if not changes:
                return None  # an outlet gives the figure without a change too
            written.setdefault(m.article, doc_text(doc_of[m.article])[slice(*changes[0])])
        if written:
            return claim, fig, written
    return None


def _tells_a_change(doc: Doc, claim: str, fig: Figure, group: Alignment) -> bool:
    """Whether the claim ``claim`` of the group, which holds ``fig``, tells of a change in any
    words: a word of change ("down", "up") or a verb of one (:data:`_CHANGING`)."""
    member = next(m for m in group.members if m.claim == claim)
    span = doc.char_span(member.start, member.end, alignment_mode="expand") or ()
    return any(
        t.lower_ in _CHANGE_WORDS or (t.pos_ == "VERB" and t.lemma_.lower() in _CHANGING)
        for t in span
    )


def _same_figure(fig: Figure, other: Figure, changes: Sequence[tuple[int, int]]) -> bool:
    """Whether ``other`` gives ``fig``'s figure for the same thing, outside its own change's
    words (the "two points" of "down two points" counts the change, not the figure)."""
    inside = any(s <= other.start < e for s, e in changes)
    return not inside and other.key == fig.key and fig.agrees(other)


def _changes_in(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The character spans of the changes a stretch of text tells beside a figure: "down two
    points from last month", "up one point", "fell five points", "down from 39 percent"."""
    out: list[tuple[int, int]] = []
    for tok in doc.char_span(start, end, alignment_mode="expand") or ():
        is_word = tok.lower_ in _CHANGE_WORDS and tok.pos_ in {"ADV", "ADP", "PART"}
        is_verb = tok.pos_ == "VERB" and tok.lemma_.lower() in _CHANGE_LEMMAS
        if not (is_word or is_verb):
            continue
        after = _changed_by(doc, tok)
        if after is not None:
            out.append((tok.idx, min(_end(doc[after - 1]), end)))
    return out


def _changed_by(doc: Doc, tok: Token) -> int | None:
    """The token after a change told from ``tok`` ("down" of "down two points from last
    month", "fell" of "fell five points"), or None when no number of points or percent, nor a
    "from" a word takes, follows it. A word's change runs on to the end of its phrase."""
    j = tok.i + 1
    if j < len(doc) and doc[j].lower_ == "from" and tok.lower_ in _CHANGE_WORDS:
        return tok.right_edge.i + 1
    read = number_at(doc, j, len(doc))
    if read is None:
        return None
    k = read.end + (read.end < len(doc) and doc[read.end].lower_ == "percentage")
    if k >= len(doc) or doc[k].lower_ not in _CHANGE_UNITS:
        return None
    return max(tok.right_edge.i + 1, k + 1) if tok.lower_ in _CHANGE_WORDS else k + 1
