"""Articles pasted or saved from an e-mail: a newsletter, or a story a colleague forwarded.

Such a text opens with the mail's own header ("From:", "Subject:", often under a "Forwarded
message" rule), may quote the whole article with ``>`` marks, and ends with the sender's signature
or the newsletter's "unsubscribe" footer. None of that is the article: the header gives the
headline, the sender and the date; the quote marks, the signature and the footer go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from reader.core.formats.dates import parse_date

#: The rule a mail program puts above a forwarded message.
_FORWARD_RULE: Final = re.compile(
    r"^(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)$",
    re.IGNORECASE,
)
_HEADER_LINE: Final = re.compile(
    r"^(?P<key>From|Sent|Date|Subject|To|Cc|Reply-To)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
#: Most lines of a mail header block examined before the body must start.
_MAX_HEADER_LINES: Final = 10
_REPLY_PREFIX: Final = re.compile(r"^(?:(?:Fwd?|Re|AW|WG|TR)\s*:\s*)+", re.IGNORECASE)
#: "The Ostley Briefing <briefing@ostley.example>" -> the display name.
_DISPLAY_NAME: Final = re.compile(r"^\s*\"?(?P<name>[^\"<>@]+?)\"?\s*<[^<>]+>\s*$")
_QUOTE_MARK: Final = re.compile(r"^>[ ]?")
#: Share of a body's non-blank lines that must be quoted before the quote marks are taken off.
_MIN_QUOTED_SHARE: Final = 0.6
#: A signature is a few lines under a "--" line; further up, "--" is a dash in the text.
_MAX_SIGNATURE_LINES: Final = 8
#: A newsletter's closing paragraph with this word is its footer, not its article.
_UNSUBSCRIBE: Final = re.compile(r"\bunsubscribe\b", re.IGNORECASE)
_MAX_FOOTER_WORDS: Final = 60


@dataclass(frozen=True, slots=True)
class Mail:
    """An e-mail's body and what its header says about the article in it."""

    body: str
    subject: str | None
    sender: str | None
    date: str | None


def read_mail(text: str) -> Mail | None:
    """The article inside a normalised e-mail text; None when ``text`` does not open with a mail
    header (a "From:" and a "Subject:" line), so an ordinary article is never touched."""
    lines = text.split("\n")
    start = 1 if lines and _FORWARD_RULE.match(lines[0].strip()) else 0
    fields: dict[str, str] = {}
    end = start
    while end < len(lines) and end - start < _MAX_HEADER_LINES:
        match = _HEADER_LINE.match(lines[end].strip())
        if match is None:
            break
        fields.setdefault(match.group("key").casefold(), match.group("value").strip())
        end += 1
    if "from" not in fields or "subject" not in fields:
        return None
    body = _without_footer(_without_signature(_unquoted(lines[end:])))
    return Mail(
        body="\n".join(body).strip(),
        subject=_REPLY_PREFIX.sub("", fields["subject"]).strip() or None,
        sender=_display_name(fields["from"]),
        date=parse_date(fields.get("date") or fields.get("sent") or ""),
    )


def _display_name(sender: str) -> str | None:
    match = _DISPLAY_NAME.match(sender)
    return match.group("name").strip() if match else None


def _unquoted(lines: list[str]) -> list[str]:
    """The lines without one level of ``>`` marks, when most of them carry one (a quoted article);
    else as they are, since a lone ``>`` line may be the article's own."""
    filled = [line for line in lines if line.strip()]
    quoted = [line for line in filled if line.startswith(">")]
    if not filled or len(quoted) < _MIN_QUOTED_SHARE * len(filled):
        return lines
    return [_QUOTE_MARK.sub("", line).strip() for line in lines]


def _without_signature(lines: list[str]) -> list[str]:
    """The lines above the last "--" signature rule, when it sits in the last few lines."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 2 - _MAX_SIGNATURE_LINES), -1):
        if lines[index].strip() == "--":
            return lines[:index]
    return lines


def _without_footer(lines: list[str]) -> list[str]:
    """The lines without a closing paragraph that offers to unsubscribe (and says why the reader
    got the mail): the newsletter's footer."""
    body = "\n".join(lines).rstrip()
    head, _, last = body.rpartition("\n\n")
    if head and _UNSUBSCRIBE.search(last) and len(last.split()) <= _MAX_FOOTER_WORDS:
        return head.split("\n")
    return lines
