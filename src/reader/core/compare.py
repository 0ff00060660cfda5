"""From articles to a :class:`Comparison`: the one function the CLI, the app and batch all call.

The stages are deliberately separate modules so each can be tested and measured on its own:
parse (nlp) -> claims -> align -> diff -> framing and entities.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from reader import __version__
from reader.core import align, claims, diff, entities, framing, headlines, nlp
from reader.core.errors import ReaderInputError
from reader.core.formats.encoding import normalise_breaks_and_spaces
from reader.core.lexicon import Lexicon, default_lexicon
from reader.core.model import Article, Comparison, Generator
from reader.core.outlets import distinct_outlets

Progress = Callable[[str, float], None]
"""Called with a short stage description and the fraction done (0..1)."""


class Cancelled(Exception):
    """Raised inside :func:`compare` when the caller's ``cancelled()`` returns True."""


def generator(lexicon: Lexicon | None = None) -> Generator:
    lex = lexicon or default_lexicon()
    return Generator(
        name="parallax-reader",
        version=__version__,
        pipeline=nlp.pipeline_name(),
        lexicon=lex.version,
    )


#: Raised by one whenever a change to the engine alters what a comparison holds (a new kind of
#: flag, a new field a view relies on), so a library's cached comparisons are made again instead
#: of shown without it. The release version alone changes too rarely for that.
ENGINE_REVISION: Final = 24


def engine_version(lexicon: Lexicon | None = None) -> str:
    """A key that changes whenever a cached comparison could differ (cache invalidation)."""
    g = generator(lexicon)
    return f"{g.version}+r{ENGINE_REVISION}|{g.pipeline}|{g.lexicon}"


def compare(
    articles: Sequence[Article],
    *,
    lexicon: Lexicon | None = None,
    id: str | None = None,
    title: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Line up the claims of ``articles`` and flag the framing each adds.

    One article is allowed: then only its own (intrinsic) framing is flagged. Texts are
    compared with every line break as ``\n`` and plain spaces (:func:`_with_newlines`), and the
    comparison carries those texts, so its offsets point into what it holds.
    """
    if not articles:
        raise ReaderInputError("nothing to compare: give at least one article")
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise ReaderInputError("two articles share one id; give each article its own id")
    lex = lexicon or default_lexicon()
    articles = distinct_outlets(_with_newlines(articles))

    def step(label: str, done: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(label, done)

    step("Reading the articles", 0.0)
    docs = nlp.parse_many(
        [a.text for a in articles], progress=lambda done: step("Reading the articles", 0.45 * done)
    )
    step("Finding claims", 0.45)
    claim_map = {a.id: claims.extract_claims(a, d) for a, d in zip(articles, docs, strict=True)}
    step("Lining up claims", 0.6)
    aligned = align.align_claims(articles, claim_map, docs)
    groups = aligned.alignments
    step("Comparing wording", 0.75)
    groups = diff.attach_diffs(groups, articles)
    step("Looking for framing", 0.85)
    judging = lex.judging_words()
    actors = entities.without_places_that_do_nothing(
        entities.label_entities(articles, docs, judging), articles, docs, judging
    )
    flags = framing.find_flags(
        articles, claim_map, groups, docs, lex, near=aligned.near, actors=actors
    )
    # Articles with no claim in common are not compared headline against headline either.
    headline = headlines.headline_flags(articles, lex, compare=bool(groups), docs=docs)
    step("Done", 1.0)
    return Comparison(
        articles=tuple(articles),
        claims=claim_map,
        alignments=tuple(groups),
        flags=tuple(flags),
        generator=generator(lex),
        entities=tuple(actors),
        id=id,
        title=title,
        headline_flags=headline,
    )


def _with_newlines(articles: Sequence[Article]) -> list[Article]:
    """The articles with their line breaks as ``\n`` and plain spaces, for callers that skipped
    ingest.

    Ingest normalises every file it reads, but the API and ``reader batch`` take texts as given;
    the sentence splitter breaks lines only on ``\n``, so a CR-only (old Mac) or U+2028 text ran
    its dateline and headline into the first claim, and a no-break space between words hid a
    phrase from the lexicon. Normalising here, at the one door every caller
    uses, keeps every path alike. An article already in that form is passed on as it is.
    """
    out: list[Article] = []
    for a in articles:
        text = normalise_breaks_and_spaces(a.text)
        out.append(a if text == a.text else replace(a, text=text))
    return out
