"""Framing in headlines: the same lexical cues as the body, read on each article's title.

A headline is where an outlet frames a story most plainly ("Radical Democrats Ram Through
Job-Killing Mandate" against "Legislature Passes Climate Bill"), yet it is metadata, not part of the
text whose claims are lined up. So headline flags are kept apart from the body's
(:attr:`~reader.core.model.Comparison.headline_flags`): their offsets point into
:attr:`~reader.core.model.Article.title`, and each names the other outlets' headlines as its
counterparts.

Headlines are often set in title case, which the parser reads as a string of names ("Radical
Democrats" becomes one group name). They are read as :func:`reader.core.framing.headline_cues`
reads every headline, the first line of a body too: in lower case, with a cue dropped only inside
a name the article vouches for (:mod:`reader.core.title_case`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from reader.core import nlp
from reader.core.comparison_flags import (
    CONTESTED_WORD_REPORT_CONFIDENCE,
    contested_headline_explanation,
)
from reader.core.contested_words import CONTESTED_WORD_RULE, headline_contested_words
from reader.core.counterparts import contains_words
from reader.core.explanations import and_list, explain
from reader.core.framing import COMPARATIVE_BONUS, QUOTED_FACTOR, clamp_confidence, headline_cues
from reader.core.framing_cues import Cue
from reader.core.lexicon import Lexicon
from reader.core.model import Article, Counterpart, Flag
from reader.core.quotes import doc_quotations
from reader.core.title_case import reading_case
from reader.core.voice import speakers_words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def headline_flags(
    articles: Sequence[Article],
    lexicon: Lexicon,
    *,
    compare: bool = True,
    docs: Sequence[Doc] | None = None,
) -> tuple[Flag, ...]:
    """Lexical flags of every article's headline, ids ``h1``, ``h2``... in article order.

    ``compare=False`` reads each headline alone, with no "the others headline it without"
    evidence: for articles that have no claim in common, whose headlines are about other things.
    With the bodies' parses (``docs``, in article order) a comparison also flags a headline's
    contested word ("Massacre at Karsk" where the others write "strike"), which the lexicon
    leaves plain on purpose (:mod:`reader.core.contested_words`).
    """
    titled = [a for a in articles if a.title and a.title.strip()]
    if not titled:
        return ()
    titles = [a.title or "" for a in titled]
    readable = [reading_case(t) for t in titles]
    texts = list(dict.fromkeys([*readable, *titles]))  # each distinct string parsed once
    parsed = dict(zip(texts, nlp.parse_many(texts), strict=True))
    outlets = {a.id: a.outlet for a in articles}
    read = {a.id: headline_cues(a.title or "", a.text, lexicon, parsed) for a in titled}
    # Each headline's own judgements: "without it" must not be said of a headline that puts a
    # stronger word in the same place ("far-right" against "extremists").
    # Quoted as the other headline writes them, not in the lower case it was read in.
    judged = {
        a.id: [_words(c, parsed[r], t) for c in read[a.id][0] if c.category in _JUDGEMENTS]
        for a, t, r in zip(titled, titles, readable, strict=True)
    }
    out: list[Flag] = []
    for article, title in zip(titled, titles, strict=True):
        cues, quote_spans, doc = read[article.id]
        others = tuple(
            Counterpart(o.id, o.title or "") for o in titled if compare and o.id != article.id
        )
        for cue in cues:
            start, end = cue.char_span(doc)
            confidence = cue.confidence
            fired = cue.words(doc).strip("“”\"'‘’ ")
            comparative = bool(others) and not any(contains_words(c.text, fired) for c in others)
            contrast = ""
            if comparative:
                own = judged if cue.category in _JUDGEMENTS else {}
                # Quotation marks are "them": what the others leave out is the word itself.
                what = f"'{fired}'" if cue.category == "scare-quote" else "it"
                contrast = _contrast(others, outlets, own, what)
            if comparative:
                confidence += COMPARATIVE_BONUS
            quoted, reported = speakers_words(doc, cue, quote_spans)
            if quoted or reported:
                confidence *= QUOTED_FACTOR
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
    if compare and docs is not None and len(articles) >= 2:
        body = {a.id: d for a, d in zip(articles, docs, strict=True)}
        heads = {a.id: (read[a.id][2], read[a.id][1]) for a in titled}
        out.extend(_contested_flags(articles, heads, body, out))
    place = {a.id: i for i, a in enumerate(titled)}
    ordered = sorted(out, key=lambda f: (place[f.article], f.start, f.end))
    return tuple(replace(f, id=f"h{i}") for i, f in enumerate(ordered, start=1))


def _contested_flags(
    articles: Sequence[Article],
    heads: Mapping[str, tuple[Doc, Sequence[tuple[int, int]]]],
    docs: Mapping[str, Doc],
    found: Sequence[Flag],
) -> list[Flag]:
    """A headline's loaded word where the others name the same people or act plainly, unless a
    lexicon cue in the headline flags the word already."""
    titles = {a.id: a.title or "" for a in articles}
    outlets = {a.id: a.outlet for a in articles}
    quotes = {
        a.id: [(q.start, q.end) for q in doc_quotations(docs[a.id], a.text) if not q.turn]
        for a in articles
    }
    out: list[Flag] = []
    for w in headline_contested_words(titles, heads, docs, quotes):
        if any(f.article == w.article and f.start < w.end and w.start < f.end for f in found):
            continue
        word = titles[w.article][w.start : w.end]
        out.append(
            Flag(
                id="h0",  # numbered with the others
                article=w.article,
                start=w.start,
                end=w.end,
                text=word,
                category=w.family.category,
                explanation=_in_headline(contested_headline_explanation(w, word, outlets)),
                counterparts=w.answers,
                confidence=CONTESTED_WORD_REPORT_CONFIDENCE,
                rule=CONTESTED_WORD_RULE,
                evidence="comparative",
                where="title",
            )
        )
    return out


def _in_headline(explanation: str) -> str:
    """ "'dictator' is a label ..." -> "In the headline, 'dictator' is a label ..." """
    if explanation[:1].isupper():
        explanation = explanation[:1].lower() + explanation[1:]
    return f"In the headline, {explanation}"


def _words(cue: Cue, doc: Doc, title: str) -> str:
    """The words that fired, as the headline writes them (its case, not the parse's)."""
    first, stop = cue.fired
    return title[doc[first].idx : doc[stop - 1].idx + len(doc[stop - 1].text)]


#: Flags that judge: a headline with one of its own is no neutral counterpart.
_JUDGEMENTS: Final = frozenset({"label", "loaded"})


def _without(others: Sequence[Counterpart], outlets: Mapping[str, str], what: str) -> str:
    names = list(dict.fromkeys(outlets.get(c.article, c.article) for c in others))
    verb = "headlines" if len(names) == 1 else "headline"
    return f"{and_list(names)} {verb} the story without {what}"


def _contrast(
    others: Sequence[Counterpart],
    outlets: Mapping[str, str],
    own: Mapping[str, list[str]],
    what: str = "it",
) -> str:
    """What the other headlines do instead: without the word, or with a judgement of their own
    ("The Partisan writes 'extremists'"), so the plainer headline is not made to look like the
    framed one."""
    plain = [c for c in others if not own.get(c.article)]
    framed = [c for c in others if own.get(c.article)]
    parts = [_without(plain, outlets, what)] if plain else []
    parts += [
        f"{outlets.get(c.article, c.article)} writes "
        + " and ".join(f"'{w}'" for w in own[c.article][:2])
        + ("" if plain else " instead")
        for c in framed
    ]
    # One list, as :func:`reader.core.explanations.who_writes` joins the body's: "Wire headlines
    # the story without it, Post writes 'X', and Star writes 'Y'".
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", and " + parts[-1]
