"""Safari ``.webarchive``: a property list (usually binary) with the page's bytes and encoding."""

from __future__ import annotations

import plistlib
from typing import Any

from reader.core.errors import ReaderInputError
from reader.core.formats.encoding import decode_html


def html_from_webarchive(data: bytes) -> tuple[str, str | None]:
    """The main resource's HTML and its URL."""
    try:
        archive: Any = plistlib.loads(data)
    except Exception:  # plistlib raises several types on damaged input; all mean the same
        raise ReaderInputError(
            "damaged Safari web archive; save the page again from Safari"
        ) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        raise ReaderInputError("this property list is not a Safari web archive (no main resource)")
    body = main.get("WebResourceData")
    if not isinstance(body, bytes) or not body.strip():
        raise ReaderInputError("this Safari web archive holds an empty page")
    encoding = main.get("WebResourceTextEncodingName")
    url = main.get("WebResourceURL")
    return (
        decode_html(body, declared=encoding if isinstance(encoding, str) else None),
        url if isinstance(url, str) and url else None,
    )
