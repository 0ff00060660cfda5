"""MHTML ("save as single file" in Chrome and Edge): a MIME multipart message whose first HTML part
is the page. The stdlib email package undoes quoted-printable and base64; the part's charset
decodes it."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from reader.core.errors import ReaderInputError
from reader.core.formats.encoding import decode_html


def html_from_mhtml(data: bytes) -> tuple[str, str | None]:
    """The page's HTML and the address it was saved from (if the file says)."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception:  # the email parser is lenient; anything raised means garbage
        raise ReaderInputError(
            "damaged saved web page (MHTML); save the page again from the browser"
        ) from None
    url = _header(message, "Snapshot-Content-Location") or _header(message, "Content-Location")
    part = _first_html_part(message)
    if part is None:
        raise ReaderInputError("this MHTML file holds no HTML page")
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        raise ReaderInputError(f"damaged MHTML file: the page cannot be decoded ({exc})") from None
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReaderInputError("this MHTML file holds an empty page")
    charset = part.get_content_charset()
    return decode_html(payload, declared=charset), _header(part, "Content-Location") or url


def _first_html_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part
    return None


def _header(message: Message, name: str) -> str | None:
    value = message.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None
