"""Framing in headlines: the same lexical cues as the body, read on each article's title.

A headline is where an outlet frames a story most plainly ("Radical Democrats Ram Through
Job-Killing Mandate" against "Legislature Passes Climate Bill"), yet it is metadata, not part of the
text whose claims are lined up. So headline flags are kept apart from the body's
(:attr:`~reader.core.model.Comparison.headline_flags`): their offsets point into
:attr:`~reader.core.model.Article.title`, and each names the other outlets' headlines as its
counterparts.

Headlines are often set in title case, which the parser reads as a string of names ("Radical
Democrats" becomes one group name). They are therefore parsed in lower case, and a cue is dropped
when the original headline has it inside the name of a person, an organisation or a place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from reader.core import nlp
from reader.core.entities import is_person_noun
from reader.core.framing import (
    COMPARATIVE_BONUS,
    QUOTED_FACTOR,
    and_list,
    article_cues,
    clamp_confidence,
    contains_words,
    explain,
)
from reader.core.framing_cues import Cue, names_someone
from reader.core.lexicon import Lexicon
from reader.core.model import Article, Counterpart, Flag
from reader.core.rule_cues import SHOUTING_CONFIDENCE, SHOUTING_RULE
from reader.core.voice import speakers_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Entity types whose words in a headline are names, never the outlet's framing.
_NAME_TYPES: Final = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT"})
#: Share of capitalised words from which a headline counts as title case.
_TITLE_CASE_SHARE: Final = 0.6


def headline_flags(
    articles: Sequence[Article], lexicon: Lexicon, *, compare: bool = True
) -> tuple[Flag, ...]:
    """Lexical flags of every article's headline, ids ``h1``, ``h2``... in article order.

    ``compare=False`` reads each headline alone, with no "the others headline it without"
    evidence: for articles that have no claim in common, whose headlines are about other things.
    """
    titled = [a for a in articles if a.title and a.title.strip()]
    if not titled:
        return ()
    titles = [a.title or "" for a in titled]
    readable = [_reading_case(t) for t in titles]
    texts = list(dict.fromkeys([*readable, *titles]))  # each distinct string parsed once
    parsed = dict(zip(texts, nlp.parse_many(texts), strict=True))
    outlets = {a.id: a.outlet for a in articles}
    read = {
        a.id: _with_shouting(article_cues(r, parsed[r], lexicon), a.title or "", parsed[r])
        for a, r in zip(titled, readable, strict=True)
    }
    # Each headline's own judgements: "without it" must not be said of a headline that puts a
    # stronger word in the same place ("far-right" against "extremists").
    # Quoted as the other headline writes them, not in the lower case it was read in.
    judged = {
        a.id: [_words(c, parsed[r], t) for c in read[a.id][0] if c.category in _JUDGEMENTS]
        for a, t, r in zip(titled, titles, readable, strict=True)
    }
    out: list[Flag] = []
    for article, title, reading in zip(titled, titles, readable, strict=True):
        doc = parsed[reading]
        others = tuple(
            Counterpart(o.id, o.title or "") for o in titled if compare and o.id != article.id
        )
        names = (
            _name_spans(parsed[title], _names_in(article.text), lexicon, doc)
            if reading != title
            else []
        )
        cues, quote_spans = read[article.id]
        for cue in cues:
            cue = _before_conjunction(cue, doc)
            start, end = cue.char_span(doc)
            if any(s < end and start < e for s, e in names) and not (
                cue.entry is not None and names_someone(cue.entry)
            ):
                continue
            confidence = cue.confidence
            fired = cue.words(doc).strip("“”\"'‘’ ")
            comparative = bool(others) and not any(contains_words(c.text, fired) for c in others)
            contrast = ""
            if comparative:
                own = judged if cue.category in _JUDGEMENTS else {}
                contrast = _contrast(others, outlets, own)
            if comparative:
                confidence += COMPARATIVE_BONUS
            quoted, reported = speakers_words(doc, cue, quote_spans)
            if quoted or reported:
                confidence *= QUOTED_FACTOR
            if cue.target and reading != title:
                cue = replace(cue, target=_as_written(title, reading, cue.target))
            explanation = explain(
                cue, _words(cue, doc, title), contrast=contrast, quoted=quoted, reported=reported
            )
            out.append(
                Flag(
                    id=f"h{len(out) + 1}",
                    article=article.id,
                    start=start,
                    end=end,
                    text=title[start:end],
                    category=cue.category,
                    explanation=_in_headline(explanation),
                    counterparts=others if comparative else (),
                    confidence=clamp_confidence(confidence),
                    rule=cue.rule,
                    quoted=quoted or reported,
                    evidence="comparative" if comparative else "intrinsic",
                    where="title",
                    reported=reported,
                )
            )
    return tuple(out)


def _with_shouting(
    read: tuple[list[Cue], list[tuple[int, int]]], title: str, doc: Doc
) -> tuple[list[Cue], list[tuple[int, int]]]:
    """The headline's cues with its shouted words added where no other cue has them."""
    cues, quote_spans = read
    taken = {i for c in cues for i in range(c.start, c.end)}
    extra = [c for c in shouting_cues(title, doc) if c.start not in taken]
    return sorted([*cues, *extra], key=lambda c: (c.start, -c.end)), quote_spans


def _in_headline(explanation: str) -> str:
    """ "'dictator' is a label ..." -> "In the headline, 'dictator' is a label ..." """
    if explanation[:1].isupper():
        explanation = explanation[:1].lower() + explanation[1:]
    return f"In the headline, {explanation}"


def _reading_case(title: str) -> str:
    """The headline in lower case when it is set in title case, else as written but for the words
    it shouts ("Board SEIZES phones" reads "Board seizes phones": in capitals the parser takes a
    verb for a name). A character whose lower case is longer (Turkish dotted I) stays as
    written: offsets must still fit the title."""
    words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) >= 4]
    if not words:
        return title
    capitalised = sum(1 for w in words if w[0].isupper())
    if capitalised / len(words) < _TITLE_CASE_SHARE:
        return _SHOUTED.sub(lambda m: _lower(m.group()), title) if _shouts(title) else title
    return _lower(title)


def _lower(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _shouts(title: str) -> bool:
    """Some words in capitals in a headline otherwise in lower case: set in capitals whole, a
    headline is a house style, not emphasis."""
    return bool(_SHOUTED.search(title)) and bool(re.search(r"\b[a-z]{3,}\b", title))


#: A word of five or more capitals: shorter ones are mostly acronyms (NATO, FBI, NHS).
_SHOUTED: Final = re.compile(r"\b[A-Z]{5,}\b")


def shouting_cues(title: str, doc: Doc) -> list[Cue]:
    """Words a headline sets in capitals for emphasis ("Board SEIZES kids' phones"), read on
    ``doc``, the headline as parsed in reading case: a verb, adjective or adverb, not a name."""
    if not _shouts(title):
        return []
    return [
        Cue(t.i, t.i + 1, "intensifier", SHOUTING_RULE, SHOUTING_CONFIDENCE)
        for t in doc
        if _SHOUTED.fullmatch(title[t.idx : t.idx + len(t.text)])
        and t.pos_ in {"VERB", "ADJ", "ADV"}
    ]


def _before_conjunction(cue: Cue, doc: Doc) -> Cue:
    """A headline's phrase ends at "and": title case hides the verb the parser would need ("Cosy
    Up To Beijing's Authoritarian Regime And Broker A Deal" read "Regime And Broker" as one)."""
    last = cue.word_end if cue.word_start >= 0 else cue.start + 1
    for i in range(last, cue.end):
        if doc[i].pos_ == "CCONJ" or doc[i].lower_ in {"and", "or", "but"}:
            return replace(cue, end=i) if i > cue.start else cue
    return cue


def _words(cue: Cue, doc: Doc, title: str) -> str:
    """The words that fired, as the headline writes them (its case, not the parse's)."""
    first, last = (cue.word_start, cue.word_end) if cue.word_start >= 0 else (cue.start, cue.end)
    return title[doc[first].idx : doc[last - 1].idx + len(doc[last - 1].text)]


def _as_written(title: str, reading: str, text: str) -> str:
    at = reading.find(text)
    return title[at : at + len(text)] if at >= 0 else text


def _name_spans(
    doc: Doc, known: frozenset[str], lexicon: Lexicon, reading: Doc
) -> list[tuple[int, int]]:
    """Where the title-case headline has names. The parser runs capitalised words together
    ("Far-Right Firebrand Halden Narrowly" as one person), so when the body is there to tell, a
    name is only the words the body also writes capitalised mid-sentence ("Halden"). When it
    writes no name at all, a judging word in the run is still the outlet's where it judges
    people (:func:`_judges_in_a_run`); "Loony Tunes" stays a name."""
    matches = [m for m in lexicon.match(doc) if m.entry.category != "neutral"]
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
        spans.extend((t.idx, t.idx + len(t.text)) for t in named)
    return spans


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


def _names_in(body: str) -> frozenset[str]:
    """The words a body writes with a capital where no sentence starts: its names."""
    return frozenset(
        m.group()
        for m in _CAPITALISED.finditer(body)
        if m.start() > 0 and not _OPENS_SENTENCE.search(body[max(0, m.start() - 3) : m.start()])
    )


_CAPITALISED: Final = re.compile(r"[A-Z][\w'’]*")
#: What comes right before a word that opens a sentence, a quotation or a line.
_OPENS_SENTENCE: Final = re.compile(r"([.!?:\"“”]\s*|\n\s*)$")


#: Flags that judge: a headline with one of its own is no neutral counterpart.
_JUDGEMENTS: Final = frozenset({"label", "loaded"})


def _without(others: Sequence[Counterpart], outlets: Mapping[str, str]) -> str:
    names = list(dict.fromkeys(outlets.get(c.article, c.article) for c in others))
    verb = "headlines" if len(names) == 1 else "headline"
    return f"{and_list(names)} {verb} the story without it"


def _contrast(
    others: Sequence[Counterpart], outlets: Mapping[str, str], own: Mapping[str, list[str]]
) -> str:
    """What the other headlines do instead: without the word, or with a judgement of their own
    ("The Partisan writes 'extremists'"), so the plainer headline is not made to look like the
    framed one."""
    plain = [c for c in others if not own.get(c.article)]
    framed = [c for c in others if own.get(c.article)]
    parts = [_without(plain, outlets)] if plain else []
    parts += [
        f"{outlets.get(c.article, c.article)} writes "
        + " and ".join(f"'{w}'" for w in own[c.article][:2])
        + ("" if plain else " instead")
        for c in framed
    ]
    return ", and ".join(parts) if len(parts) <= 2 else "; ".join(parts)
