"""Hand-in files: a reader's annotations as a small JSON document (``parallax-reader.annotations``,
version 1), written for a teacher or a colleague and read back onto the articles open here.

A hand-in names its articles by content hash, not by library id, so a file made on one computer
maps onto the same articles opened on another; annotations about articles (or flags) not open
here are counted and left out. Each annotation carries the words it is about, so the file reads
on its own. No Qt: :class:`reader.ui.annotation_model.AnnotationModel` writes and merges these
through its undo stack.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, Final

from reader.core.errors import ReaderInputError
from reader.core.files import text_writer, write_atomically
from reader.core.model import Comparison
from reader.store.records import ANNOTATION_KINDS, VERDICT_STATUSES, Annotation
from reader.store.rows import timestamp
from reader.ui.annotation_data import Draft

ANNOTATIONS_FORMAT: Final = "parallax-reader.annotations"
ANNOTATIONS_VERSION: Final = 1


def hand_in(
    notes: Sequence[Annotation],
    comp: Comparison | None,
    author: str,
    target_text: Callable[[Annotation], str],
) -> dict[str, Any]:
    """``notes`` as a hand-in: articles named by content hash, spans with their words."""
    articles = [
        {"id": a.id, "outlet": a.outlet, "title": a.title, "hash": a.hash}
        for a in (comp.articles if comp is not None else ())
    ]
    items = []
    for a in notes:
        item = asdict(Draft.of(a))
        item["text"] = target_text(a)
        items.append(item)
    return {
        "format": ANNOTATIONS_FORMAT,
        "version": ANNOTATIONS_VERSION,
        "author": author,
        "event": (comp.title if comp is not None else None),
        "exported": timestamp(),
        "articles": articles,
        "annotations": items,
    }


def write_hand_in(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` to ``path`` whole or not at all; a failure is a one-line ReaderInputError."""
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    try:
        # A student's hand-in must never be left half written over an earlier one.
        write_atomically(Path(path), text_writer(text))
    except OSError as exc:
        raise ReaderInputError(
            f"cannot write the file ({exc.strerror or exc})", source=str(path)
        ) from None


def read_hand_in(path: Path) -> dict[str, Any]:
    """The document in ``path``, once it is known to be a hand-in (else a ReaderInputError)."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReaderInputError(f"cannot read the file ({exc.strerror})", source=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReaderInputError("not an annotations file (not JSON)", source=str(path)) from None
    if not isinstance(doc, dict) or doc.get("format") != ANNOTATIONS_FORMAT:
        raise ReaderInputError(
            (
                "not a Parallax Reader annotations file (the Export… button of the Annotations"
                " panel makes one)"
            ),
            source=str(path),
        )
    return doc


def drafts_from(
    doc: Mapping[str, Any], comp: Comparison | None, source: str
) -> tuple[list[Draft], int]:
    """Drafts from a hand-in mapped onto the open articles (``comp``'s), and how many fit none
    of them."""
    by_hash = {a.hash: a.id for a in comp.articles} if comp is not None else {}
    ids = {a.id for a in comp.articles} if comp is not None else set()
    mapping: dict[str, str] = {}
    for item in doc.get("articles") or ():
        if not isinstance(item, Mapping):
            continue
        old = str(item.get("id"))
        found = by_hash.get(str(item.get("hash"))) or (old if old in ids else None)
        if found is not None:
            mapping[old] = found
    file_author = str(doc.get("author") or "")
    flags = {f.id for f in comp.flags} if comp is not None else set()
    out: list[Draft] = []
    skipped = 0
    try:
        for item in doc.get("annotations") or ():
            kind = str(item["kind"])
            if kind not in ANNOTATION_KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            old_article = item.get("article_id")
            article = mapping.get(str(old_article)) if old_article is not None else None
            flag_id = item.get("flag_id")
            if (old_article is not None and article is None) or (
                flag_id is not None and flag_id not in flags
            ):
                skipped += 1  # about articles (or an analysis) that is not open
                continue
            start, end = item.get("start"), item.get("end")
            status = item.get("status")
            out.append(
                Draft(
                    kind=kind,
                    body=str(item.get("body") or ""),
                    article_id=article,
                    start=int(start) if start is not None else None,
                    end=int(end) if end is not None else None,
                    flag_id=str(flag_id) if flag_id is not None else None,
                    category=item.get("category"),
                    author=str(item.get("author") or file_author),
                    status=status if status in VERDICT_STATUSES else None,
                    created=item.get("created"),
                )
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise ReaderInputError(f"not a valid annotations file ({exc})", source=source) from None
    return out, skipped


__all__ = [
    "ANNOTATIONS_FORMAT",
    "ANNOTATIONS_VERSION",
    "drafts_from",
    "hand_in",
    "read_hand_in",
    "write_hand_in",
]
