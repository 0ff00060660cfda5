"""Saved web pages: the article's main text and metadata, through trafilatura.

Before trafilatura sees a page, scripts, styles, inline SVG and ``data:`` images are cut out with
plain string scanning (a 17 MB page is mostly those), and the nesting depth is measured: libxml2
silently stops at 256 levels, and a page nested 200,000 levels deep must be refused with a reason,
not turned into an empty article or a crash. Script text can therefore never become article text,
whatever the extractor decides.
"""

from __future__ import annotations

import re
from typing import Any, Final
from urllib.parse import urlsplit

from reader.core.errors import ReaderInputError
from reader.core.formats.base import (
    MAX_HTML_DEPTH,
    MAX_HTML_MARKUP_CHARS,
    MB,
    Deadline,
    Extracted,
    megabytes,
    quiet_parser_logs,
)
from reader.core.formats.encoding import normalise
from reader.core.formats.language import count_words
from reader.core.formats.page_date import checked_date
from reader.core.formats.page_shapes import (
    breaks_as_paragraphs,
    entry_times_in_text,
    outlet_from_title_tag,
    without_page_stamps,
    without_subscription_prompts,
)
from reader.core.formats.release_matter import without_release_matter
from reader.core.formats.text import without_tables

#: Elements whose whole content is dropped before parsing (JSON-LD scripts are kept for metadata).
_DROPPED: Final = ("script", "style", "svg", "template", "iframe", "object", "noscript")
#: Pages with more elements than this are pruned and extracted in a child process with a timeout.
SAFE_ELEMENTS: Final = 2500
#: Longest an isolated extraction may run.
HTML_TIME_LIMIT_S: Final = 30.0
#: Address space of the extraction child: far above any real page, well below the machine.
CHILD_MEMORY_BYTES: Final = 2 * 1024 * MB
#: Most visible text a page may carry before parsing: comment threads can push a real page far past
#: the article cap (:data:`MAX_TEXT_CHARS`, applied after extraction); 8 million characters is
#: more than any saved news page holds and still extracted within the time limit.
MAX_PAGE_TEXT_CHARS: Final = 8_000_000
#: Fewest words of main text that make a page an article rather than a menu or a landing page.
MIN_ARTICLE_WORDS: Final = 20

_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]*?(/?)>")
#: Elements that never have content, or whose end tag HTML lets authors leave out; neither nests.
_NO_NESTING: Final = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rt",
        "rp",
        "caption",
    ]
)
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_DATA_URI: Final = re.compile(r"""data:[a-zA-Z0-9.+/-]{1,80};base64,[A-Za-z0-9+/=\s]{200,}""")


def strip_inert(html: str) -> str:
    """Remove comments and script-like elements by string search: linear time, no parser, no regex
    backtracking on hostile input. JSON-LD is kept because trafilatura reads metadata from it."""
    lower = html.translate(_ASCII_LOWER)  # same length as html, unlike str.lower()
    out: list[str] = []
    pos = 0
    n = len(html)
    while pos < n:
        lt = html.find("<", pos)
        if lt < 0:
            out.append(html[pos:])
            break
        out.append(html[pos:lt])
        if lower.startswith("<!--", lt):
            end = lower.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        name = _dropped_name(lower, lt)
        if name is None:
            out.append("<")
            pos = lt + 1
            continue
        open_end = lower.find(">", lt)
        if name == "script" and open_end > 0 and "ld+json" in lower[lt:open_end]:
            close = lower.find("</script", open_end)
            stop = n if close < 0 else close + len("</script")
            out.append(html[lt:stop])
            pos = stop
            continue
        close = lower.find("</" + name, lt)
        if close < 0:
            pos = n  # an unclosed script swallows the rest of the page in a browser too
            continue
        gt = lower.find(">", close)
        pos = n if gt < 0 else gt + 1
    return _DATA_URI.sub("data:,", "".join(out))


def _dropped_name(lower: str, lt: int) -> str | None:
    for name in _DROPPED:
        if lower.startswith(name, lt + 1):
            after = lower[lt + 1 + len(name) : lt + 2 + len(name)]
            if after in {">", " ", "\t", "\n", "\r", "/", ""}:
                return name
    return None


def measure(html: str, limit: int = MAX_HTML_DEPTH) -> tuple[int, int]:
    """The deepest element nesting and the number of start tags, counted like a forgiving parser.

    End tags close back to their matching start tag (implicitly closing what is left open between);
    stray end tags are ignored; void elements and elements with optional end tags do not nest. Stops
    early once the depth passes ``limit``.
    """
    stack: list[str] = []
    open_counts: dict[str, int] = {}
    deepest = 0
    elements = 0
    for match in _TAG.finditer(html):
        closing, name, selfclosing = match.group(1), match.group(2).lower(), match.group(3)
        if not closing:
            elements += 1
        if name in _NO_NESTING:
            continue
        if closing:
            if open_counts.get(name):
                while stack:
                    top = stack.pop()
                    open_counts[top] -= 1
                    if top == name:
                        break
            continue
        if selfclosing:
            continue
        stack.append(name)
        open_counts[name] = open_counts.get(name, 0) + 1
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > limit:
                return deepest, elements
    return deepest, elements


def nesting_depth(html: str, limit: int = MAX_HTML_DEPTH) -> int:
    """The deepest element nesting (see :func:`measure`)."""
    return measure(html, limit)[0]


def outlet_from_url(url: str | None) -> str | None:
    """'www.meridianwire.example' -> 'meridianwire.example': a name when the page gives none."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.")
    return host or None


def extract_html(html: str, *, url: str | None, deadline: Deadline) -> Extracted:
    """Main text and metadata of one page. The page's own title line, if repeated, is dropped."""
    size = len(html)
    html = strip_inert(html)
    if len(html) > MAX_HTML_MARKUP_CHARS:
        raise ReaderInputError(
            f"page too large: {megabytes(len(html))} of markup without scripts "
            f"(limit {megabytes(MAX_HTML_MARKUP_CHARS)}); save just the article"
        )
    deadline.check("cleaning the page")
    visible = len(html) - sum(len(m.group(0)) for m in _TAG.finditer(html))
    if visible > MAX_PAGE_TEXT_CHARS:
        raise ReaderInputError(
            f"page text too long: about {visible:,} characters (limit {MAX_PAGE_TEXT_CHARS:,} "
            "for a whole page); save just the article"
        )
    depth, elements = measure(html)
    if depth > MAX_HTML_DEPTH:
        raise ReaderInputError(
            f"page nested more than {MAX_HTML_DEPTH} levels deep; it is not a normal web page "
            "(save the article as text instead)"
        )
    if not html.strip():
        raise ReaderInputError(
            "empty page: nothing but scripts or styles; open the article's own page or save the"
            " article as text"
        )
    deadline.check("measuring the page")
    if elements > SAFE_ELEMENTS:
        # trafilatura's pruning is superlinear in some shapes (2,000 table rows take seconds, 10,000
        # take minutes): cut what is never article text, then run it where it can be stopped.
        html, elements = prune_big_page(html)
        deadline.check("pruning the page")
    html = entry_times_in_text(without_subscription_prompts(breaks_as_paragraphs(html)))
    if elements > SAFE_ELEMENTS:
        doc = _trafilatura_isolated(html, url, timeout=min(HTML_TIME_LIMIT_S, deadline.remaining()))
    else:
        doc = _trafilatura(html, url)
    deadline.check("extracting the article")
    raw_text = str(doc.get("text") or "") if doc else ""
    text = without_release_matter(without_page_stamps(_paragraphs(raw_text)))
    title = _clean(doc.get("title")) if doc else None
    if title and text:
        first, _, rest = text.partition("\n\n")
        if _same_words(first, title) and rest:
            text = rest
    if count_words(text) < MIN_ARTICLE_WORDS:
        kb = size // 1024
        raise ReaderInputError(
            f"no article found on this page ({kb} KB, under {MIN_ARTICLE_WORDS} words of "
            "article text); open the article's own page or save the article as text"
        )
    outlet = (_clean(doc.get("sitename")) if doc else None) or outlet_from_title_tag(html, title)
    date = checked_date(_clean(doc.get("date")) if doc else None, html)
    deadline.check("reading the date")
    return Extracted(
        text=text,
        title=title,
        author=_clean(doc.get("author")) if doc else None,
        date=date,
        outlet=outlet or outlet_from_url(url) or (_clean(doc.get("hostname")) if doc else None),
        url=url or (_clean(doc.get("url")) if doc else None),
    )


def prune_big_page(html: str) -> tuple[str, int]:
    """Drop comment threads, menus, footers and forms from a big page in one linear pass.

    Returns the smaller page and its element count. trafilatura would discard these parts anyway,
    but its XPath pruning slows down sharply with thousands of matching elements (a long comment
    thread).
    """
    from lxml import etree
    from lxml import html as lxml_html

    text = _XML_DECLARATION.sub("", html, count=1)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return html, 0
    doomed = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _PRUNED_TAGS:
            doomed.append(element)
            continue
        if tag == "table" and sum(1 for _ in element.iter("tr")) > MAX_TABLE_ROWS:
            doomed.append(element)  # a data dump, not prose; trafilatura is slowest on tables
            continue
        marker = f"{element.get('id') or ''} {element.get('class') or ''}"
        if marker.strip() and _COMMENTS_MARKER.search(marker):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail and element.tail.strip():
            element.drop_tree()  # keeps the tail text, so nothing around it is lost
        else:
            # No text to keep: a plain remove. drop_tree would append each dropped sibling's
            # whitespace to the same neighbour, quadratic over a 60,000-comment thread.
            parent.remove(element)
    elements = sum(1 for _ in root.iter())
    return lxml_html.tostring(root, encoding="unicode"), elements


#: Tables longer than this are dropped from big pages.
MAX_TABLE_ROWS: Final = 300
_PRUNED_TAGS: Final = frozenset({"nav", "footer", "form", "button", "select", "textarea", "menu"})
_COMMENTS_MARKER: Final = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus|replies|reply)(?:$|[\s_-])", re.I
)
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*>")


def _trafilatura_isolated(html: str, url: str | None, *, timeout: float) -> dict[str, Any] | None:
    """Run the extractor in a child process that is killed after ``timeout`` seconds and may use at
    most :data:`CHILD_MEMORY_BYTES`: the only way to bound a C-level parse that cannot be
    interrupted."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(sender, html, url), daemon=True)
    try:
        process.start()
    except (OSError, RuntimeError):
        # No child process allowed here (sandbox, process limit): the page is already pruned, so
        # extracting in-process is slower to stop but far better than refusing a good page.
        sender.close()
        receiver.close()
        return _trafilatura(html, url)
    sender.close()
    try:
        if not receiver.poll(max(timeout, 0.1)):
            raise ReaderInputError(
                f"page too complex: extracting the article took longer than {timeout:.0f} s; "
                "save just the article (reader view or plain text)"
            )
        status, payload = receiver.recv()
    except EOFError:
        process.join(5)
        raise ReaderInputError(
            "page too complex: extracting the article ran out of memory; save just the article"
            if process.exitcode in (-9, 137)  # SIGKILL: the out-of-memory killer
            else f"the page could not be extracted (helper process ended with {process.exitcode})"
        ) from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if status == "error":
        raise ReaderInputError(str(payload))
    return payload if isinstance(payload, dict) else None


def _child_main(sender: Any, html: str, url: str | None) -> None:
    """Entry point of the extraction child process (see :func:`_trafilatura_isolated`)."""
    import warnings

    warnings.simplefilter("ignore")  # the child's stderr is the user's terminal
    quiet_parser_logs()
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no rlimit; the timeout still applies
    try:
        doc = _trafilatura(html, url)
        keep = ("text", "title", "author", "date", "sitename", "hostname", "url")
        result = {k: doc.get(k) for k in keep if isinstance(doc.get(k), str)} if doc else None
        sender.send(("ok", result))
    except ReaderInputError as exc:
        sender.send(("error", exc.message))
    except MemoryError:
        sender.send(("error", "page too complex: extracting the article ran out of memory"))
    finally:
        sender.close()


def _trafilatura(html: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura  # imported late: it takes a moment and plain-text users never need it

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            include_tables=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError, MemoryError):
        # lxml and trafilatura raise these on mangled markup; the page is unusable either way.
        raise ReaderInputError(
            "this page's markup is too damaged to read; save the page again from the browser, or"
            " save the article as text"
        ) from None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else doc
    return dict(data) if isinstance(data, dict) else None


def _paragraphs(text: str) -> str:
    """Trafilatura puts one paragraph per line; the engine wants blank lines between paragraphs.
    A table comes as pipe-table rows, which are data, not paragraphs: they are left out."""
    lines = without_tables(normalise(text)).split("\n")
    return normalise("\n\n".join(line for line in lines if line))


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _same_words(a: str, b: str) -> bool:
    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.casefold())

    return words(a) == words(b)
