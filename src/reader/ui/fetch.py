"""File > Open URL: the one place the app touches the network, and only when the user asks.

The page is fetched with a timeout and a size cap and only over http(s); errors become one-line
``ReaderInputError`` messages a user can act on ("no connection", "the page is larger than 5 MB").
With ``READER_NO_NETWORK`` set (the test suite) only the local machine can be reached.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader import __version__
from reader.core.errors import ReaderInputError

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_S = 15.0


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # the final URL after redirects
    html: str
    raw: bytes
    content_type: str


def _is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_url(url: str) -> str:
    url = url.strip()
    if url and "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReaderInputError(
            "only http:// and https:// addresses can be opened", source=url or "URL"
        )
    return url


def fetch_page(
    url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES, cancelled: object = None
) -> FetchedPage:
    """Download one page. Raises ReaderInputError with a clear reason on any failure."""
    url = normalise_url(url)
    host = urlsplit(url).hostname or ""
    if os.environ.get("READER_NO_NETWORK") and not _is_loopback(host):
        raise ReaderInputError("network access is switched off (READER_NO_NETWORK)", source=url)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"ParallaxReader/{__version__}",
            "Accept": "text/html,text/plain;q=0.8",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            if content_type and not any(t in content_type for t in ("html", "text/plain", "xml")):
                raise ReaderInputError(
                    f"the address gives {content_type.split(';')[0]}, not a web page", source=url
                )
            raw = response.read(max_bytes + 1)
            final = response.geturl()
    except ReaderInputError:
        raise
    except urllib.error.HTTPError as exc:
        raise ReaderInputError(f"the server answered {exc.code} {exc.reason}", source=url) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            msg = "cannot find the server; are you offline?"
        elif isinstance(reason, (TimeoutError, socket.timeout)):
            msg = f"no answer within {timeout:.0f} seconds"
        elif isinstance(reason, ConnectionRefusedError):
            msg = "the server refused the connection"
        else:
            msg = f"cannot connect ({reason})"
        raise ReaderInputError(msg, source=url) from None
    except TimeoutError:
        raise ReaderInputError(f"no answer within {timeout:.0f} seconds", source=url) from None
    except OSError as exc:
        raise ReaderInputError(f"cannot connect ({exc.strerror or exc})", source=url) from None
    if len(raw) > max_bytes:
        raise ReaderInputError(
            f"the page is larger than {max_bytes // (1024 * 1024)} MB", source=url
        )
    charset = "utf-8"
    if "charset=" in content_type:
        charset = content_type.split("charset=")[-1].split(";")[0].strip() or "utf-8"
    try:
        text = raw.decode(charset, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    return FetchedPage(final, text, raw, content_type)
