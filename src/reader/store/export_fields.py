"""What each field of a library export may hold, checked before an import writes anything.

An export is JSON that a person may have edited or another program written. Taking a title of
``123`` as the text "123", or an outlet of ``null`` as a name, would put values in the library that
nobody wrote, and they would then travel on in every later export. So :func:`check_document` checks
the JSON type of every field first and refuses the whole file with one line that names the record
and the field. Absent optional fields are fine: exports from older versions lack some.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any, Final

#: Article fields that are text whenever present (the export never writes null for them).
_ARTICLE_TEXT: Final = ("outlet", "added")
#: Article fields that are text or null.
_ARTICLE_OPTIONAL: Final = ("title", "author", "date", "source", "language", "outlet_source", "raw")
_EVENT_TEXT: Final = ("created",)
_ANNOTATION_TEXT: Final = ("body", "author", "created", "updated")
_ANNOTATION_OPTIONAL: Final = ("article_id", "flag_id", "category", "status")
_ANNOTATION_NUMBERS: Final = ("start", "end")
_LEXICON_TEXT: Final = ("action", "note", "updated")


def check_document(document: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` naming the first record and field whose JSON type is wrong."""
    for n, item in enumerate(document["articles"], start=1):
        _check_article(item, n)
    for n, event in enumerate(document["events"], start=1):
        _check_event(event, n)
    _check_settings(document.get("settings"))
    lexicon = document.get("user_lexicon")
    if lexicon is not None:
        if not isinstance(lexicon, list):
            raise ValueError(f"'user_lexicon' must be a list, not {json_type(lexicon)}")
        for n, entry in enumerate(lexicon, start=1):
            _check_lexicon_edit(entry, n)


def article_name(item: Mapping[str, Any], n: int) -> str:
    """``article 3 ('8c37692d21cd60da')``: its place in the file, and its id when it has one."""
    given = item.get("id")
    return f"article {n} ({given!r})" if isinstance(given, str) and given else f"article {n}"


def json_type(value: object) -> str:
    """The JSON type of ``value`` as a reader would say it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return "text"


def _check_article(item: object, n: int) -> None:
    if not isinstance(item, Mapping):
        raise ValueError(f"article {n} must be an object, not {json_type(item)}")
    name = article_name(item, n)
    given = item.get("id")
    if not isinstance(given, str) or not given:
        raise ValueError(f"{name}: 'id' must be text, not {json_type(given)}")
    _text(item, _ARTICLE_TEXT, name)
    _text_or_null(item, _ARTICLE_OPTIONAL, name)
    raw = item.get("raw")
    if raw:
        try:
            base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(f"{name}: 'raw' is not base64") from None


def _check_event(event: object, n: int) -> None:
    if not isinstance(event, Mapping):
        raise ValueError(f"event {n} must be an object, not {json_type(event)}")
    given = event.get("name")
    if not isinstance(given, str):
        raise ValueError(f"event {n}: 'name' must be text, not {json_type(given)}")
    if not given.strip():
        raise ValueError(f"event {n} has no name")
    name = f"event {n} ({given!r})"
    _text(event, _EVENT_TEXT, name)
    members = event.get("articles", [])
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        raise ValueError(f"{name}: 'articles' must be a list of article ids")
    notes = event.get("annotations", [])
    if not isinstance(notes, list):
        raise ValueError(f"{name}: 'annotations' must be a list, not {json_type(notes)}")
    for i, note in enumerate(notes, start=1):
        _check_annotation(note, f"annotation {i} of {name}")


def _check_annotation(note: object, name: str) -> None:
    if not isinstance(note, Mapping):
        raise ValueError(f"{name} must be an object, not {json_type(note)}")
    kind = note.get("kind")
    if not isinstance(kind, str):
        raise ValueError(f"{name}: 'kind' must be text, not {json_type(kind)}")
    _text(note, _ANNOTATION_TEXT, name)
    _text_or_null(note, _ANNOTATION_OPTIONAL, name)
    for field in _ANNOTATION_NUMBERS:
        value = note.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(
                f"{name}: '{field}' must be a whole number or null, not {json_type(value)}"
            )


def _check_settings(settings: object) -> None:
    if settings is None:
        return
    if not isinstance(settings, Mapping):
        raise ValueError(f"'settings' must be an object, not {json_type(settings)}")
    for key, value in settings.items():
        if not isinstance(value, str):
            raise ValueError(f"setting {key!r} must be text, not {json_type(value)}")


def _check_lexicon_edit(entry: object, n: int) -> None:
    name = f"lexicon edit {n}"
    if not isinstance(entry, Mapping):
        raise ValueError(f"{name} must be an object, not {json_type(entry)}")
    for field in ("term", "category"):
        value = entry.get(field)
        if not isinstance(value, str):
            raise ValueError(f"{name}: '{field}' must be text, not {json_type(value)}")
    _text(entry, _LEXICON_TEXT, name)


def _text(record: Mapping[str, Any], fields: tuple[str, ...], name: str) -> None:
    """Each of ``fields``, when present, is text (null included in "wrong")."""
    for field in fields:
        if field in record and not isinstance(record[field], str):
            raise ValueError(f"{name}: '{field}' must be text, not {json_type(record[field])}")


def _text_or_null(record: Mapping[str, Any], fields: tuple[str, ...], name: str) -> None:
    for field in fields:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name}: '{field}' must be text or null, not {json_type(value)}")
