"""Lines set in title case or in capitals: a headline, whether it is an article's ``title`` or
the first line of a body that opens with its headline (PTC articles, pasted text).

The parser reads a run of capitalised words as a name ("Parents Revolt Over Woke Curriculum"
becomes one), and a word inside a name is never the outlet's framing, so such a line would show
no framing at all. It is read in lower case instead, and a word keeps its name only where the
parse or the article knows the name: an entity the model tags in the line as written whose word
the body also writes with a capital mid-sentence, a word after an office title ("President
Biden"), or, when the body names no one, an entity word that judges nothing.
:func:`reader.core.framing.headline_cues` is the one reading both kinds of line go through.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from reader.core.entities import HONORIFICS, TITLES, is_person_noun
from reader.core.framing_cues import Cue
from reader.core.lexicon import Lexicon
from reader.core.rule_cues import SHOUTING_CONFIDENCE, SHOUTING_RULE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Entity types whose words in a headline are names, never the outlet's framing.
_NAME_TYPES: Final = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT"})
#: Share of capitalised words from which a line counts as title case.
_TITLE_CASE_SHARE: Final = 0.6
#: A headline line is short; a longer first line is a paragraph, whatever its case.
_HEADLINE_WORDS: Final = 25


def reading_case(title: str) -> str:
    """The headline in lower case when it is set in title case, else as written but for the words
    it shouts ("Board SEIZES phones" reads "Board seizes phones": in capitals the parser takes a
    verb for a name). A character whose lower case is longer (Turkish dotted I) stays as
    written: offsets must still fit the title."""
    if in_title_case(title):
        return _lower(title)
    return _SHOUTED.sub(lambda m: _lower(m.group()), title) if shouts(title) else title


def in_title_case(line: str) -> bool:
    """Most of the line's longer words open with a capital (title case, or all in capitals)."""
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= _TITLE_CASE_SHARE


def headline_line_end(text: str) -> int:
    """Where a body's first line ends when that line is a headline in title case or capitals
    (the body goes on after it), else 0. A byline ("By Ann Bray") is not a headline."""
    first, newline, rest = text.partition("\n")
    line = first.rstrip()
    if not newline or not rest.strip() or not line.strip() or line.lstrip().startswith("By "):
        return 0
    if len(line.split()) > _HEADLINE_WORDS or not in_title_case(line):
        return 0
    return len(line)


def _lower(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def shouts(title: str) -> bool:
    """Some words in capitals in a headline otherwise in lower case: set in capitals whole, a
    headline is a house style, not emphasis."""
    return bool(_SHOUTED.search(title)) and bool(re.search(r"\b[a-z]{3,}\b", title))


#: A word of five or more capitals: shorter ones are mostly acronyms (NATO, FBI, NHS).
_SHOUTED: Final = re.compile(r"\b[A-Z]{5,}\b")


def shouting_cues(title: str, doc: Doc) -> list[Cue]:
    """Words a headline sets in capitals for emphasis ("Board SEIZES kids' phones"), read on
    ``doc``, the headline as parsed in reading case: a verb, adjective or adverb, not a name."""
    if not shouts(title):
        return []
    return [
        Cue(t.i, t.i + 1, "intensifier", SHOUTING_RULE, SHOUTING_CONFIDENCE)
        for t in doc
        if _SHOUTED.fullmatch(title[t.idx : t.idx + len(t.text)])
        and t.pos_ in {"VERB", "ADJ", "ADV"}
    ]


def before_conjunction(cue: Cue, doc: Doc) -> Cue:
    """A headline's phrase ends at "and": title case hides the verb the parser would need ("Cosy
    Up To Beijing's Authoritarian Regime And Broker A Deal" read "Regime And Broker" as one)."""
    last = cue.word_end if cue.word_start >= 0 else cue.start + 1
    for i in range(last, cue.end):
        if doc[i].pos_ == "CCONJ" or doc[i].lower_ in {"and", "or", "but"}:
            return replace(cue, end=i) if i > cue.start else cue
    return cue


def clear_of_names(cue: Cue, doc: Doc, names: Sequence[tuple[int, int]]) -> Cue | None:
    """``cue`` with its phrase cut back to the words beside the headline's names, or None when
    the words that fired stand in a name. A phrase widens a word to its noun chunk, and in title
    case a name the body vouches for may open it ("Western Sports Bureaucrats Bar ..."): the name
    is not the outlet's word, but "bureaucrats" beside it still is."""
    first, end = cue.fired
    if any(_in_names(doc[i], names) for i in range(first, end)):
        return None
    start = next(
        (i + 1 for i in range(first - 1, cue.start - 1, -1) if _in_names(doc[i], names)), cue.start
    )
    stop = next((i for i in range(end, cue.end) if _in_names(doc[i], names)), cue.end)
    return replace(cue, start=start, end=stop)


def _in_names(tok: Token, names: Sequence[tuple[int, int]]) -> bool:
    start, end = tok.idx, tok.idx + len(tok.text)
    return any(s < end and start < e for s, e in names)


def as_written(title: str, reading: str, text: str) -> str:
    """``text``, found in the headline's reading case, as the headline writes it."""
    at = reading.find(text)
    return title[at : at + len(text)] if at >= 0 else text


def name_spans(
    doc: Doc, known: frozenset[str], lexicon: Lexicon, reading: Doc
) -> list[tuple[int, int]]:
    """Where the title-case headline has names. The parser runs capitalised words together
    ("Far-Right Firebrand Halden Narrowly" as one person), so when the body is there to tell, a
    name is only the words the body also writes capitalised mid-sentence ("Halden"), or a word
    an office title introduces ("President Biden"). When it writes no name at all, a judging
    word in the run is still the outlet's where it judges people (:func:`_judges_in_a_run`);
    "Loony Tunes" stays a name."""
    matches = [m for m in lexicon.match(doc) if m.entry.category != "neutral"]
    verbs = _judging_s_forms(reading, lexicon)
    judging = {i for m in matches for i in range(m.start, m.end)}
    labels = {i for m in matches if m.entry.category == "label" for i in range(m.start, m.end)}
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in _NAME_TYPES:
            continue
        if known:
            named = [t for t in ent if t.text in known]
        else:
            named = [t for t in ent if not _judges_in_a_run(t, ent, judging, labels, reading)]
        spans.extend((t.idx, t.idx + len(t.text)) for t in named if t.idx not in verbs)
    titled = [t for t in doc if _after_office_title(t, reading) and t.idx not in verbs]
    return sorted({*spans, *((t.idx, t.idx + len(t.text)) for t in titled)})


def _after_office_title(tok: Token, reading: Doc) -> bool:
    """A capitalised word right after an office or courtesy title is the titled person's name
    ("Senator Savage", "Judge Savage"), unless the headline read in lower case makes the title
    or the word a verb ("Mayor Blasts Critics")."""
    if tok.i == 0 or not tok.text[:1].isupper():
        return False
    title = tok.doc[tok.i - 1]
    if title.lower_ not in _TITLES_BEFORE_NAMES:
        return False
    read = {r.idx: r for r in reading}
    return all(r is None or r.pos_ != "VERB" for r in (read.get(title.idx), read.get(tok.idx)))


def _judging_s_forms(reading: Doc, lexicon: Lexicon) -> frozenset[int]:
    """Where the headline read in lower case has a judging verb in its "-s" form ("Mayor Berates
    Council", "Minister Squanders Surplus"): the headline's verb, which the small model often
    runs into a name with the words around it or takes for the name an office title
    introduces. A name is written as itself, so a word that only an inflection makes a
    lexicon entry's ("berates" for "berate") is no name; one that is the entry itself
    ("Senator Savage") may be."""
    found: set[int] = set()
    for m in lexicon.match(reading):
        tok = reading[m.start]
        if (
            m.end - m.start == 1
            and m.entry.category not in {"neutral", "label"}
            and tok.lower_.endswith("s")
            and tok.lower_ != m.entry.term.lower()
        ):
            found.add(tok.idx)
    return frozenset(found)


#: Titles that stand right before a person's name. Words of an office that also qualify
#: things ("Executive Power Grab", "Former Radical Jailed", "General Strike") are left out.
_TITLES_BEFORE_NAMES: Final = (TITLES | HONORIFICS) - frozenset(
    {
        "vice",
        "prime",
        "foreign",
        "defence",
        "defense",
        "finance",
        "interior",
        "deputy",
        "former",
        "executive",
        "crown",
        "chief",
        "leader",
        "general",
        "chair",
        "speaker",
        "officer",
        "justice",
        "director",
        "envoy",
        "then-president",
    }
)


def _judges_in_a_run(
    tok: Token, ent: Span, judging: set[int], labels: set[int], reading: Doc
) -> bool:
    """A judging word that title case ran into a name: a label ("Radicals", "Far-Left"), a
    word the headline read in lower case uses as its verb ("Dodge"), or a word before another
    judging word or a word for people ("Corrupt Elites", "Radical Mayor"). Before a plain
    thing ("Loony Tunes") it is taken as part of the name."""
    if tok.i not in judging:
        return False
    if tok.i in labels:
        return True
    read = next((r for r in reading if r.idx == tok.idx), None)
    if read is not None and read.pos_ == "VERB" and read.dep_ != "amod":
        return True
    following = next((t for t in ent if t.i > tok.i and t.is_alpha), None)
    if following is None:
        return False
    if following.i in judging:
        return True
    said = next((r for r in reading if r.idx == following.idx), following)
    return is_person_noun(said)


def names_in(body: str) -> frozenset[str]:
    """The words a body writes with a capital where no sentence starts: its names, without a
    possessive ending ("Savage's office" names Savage, as a headline's parse splits him off)."""
    return frozenset(
        _POSSESSIVE.sub("", m.group())
        for m in _CAPITALISED.finditer(body)
        if m.start() > 0 and not _OPENS_SENTENCE.search(body[max(0, m.start() - 3) : m.start()])
    )


_CAPITALISED: Final = re.compile(r"[A-Z][\w'’]*")
_POSSESSIVE: Final = re.compile(r"['’]s?$")
#: What comes right before a word that opens a sentence, a quotation or a line.
_OPENS_SENTENCE: Final = re.compile(r"([.!?:\"“”]\s*|\n\s*)$")
