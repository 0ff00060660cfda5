"""``reader compare FILE... [--json OUT] [--outlet NAME ...]``: compare saved articles headless.

The lexicon is the app's: the built-in one with the user's edits from the library (Tools >
Lexicon), unless ``--bundled-lexicon``. The comparison JSON (``reader.comparison/1``) goes to OUT
with ``--json``, or to stdout when no output file at all is named; the report options (``--html``,
``--pdf``, ``--csv``) come from :mod:`reader.commands.exports`. One file is allowed (then only its
own framing is flagged). ``--outlet`` names go to the files in order; when there are fewer names
than files a note on stderr says which file got which, and more names than files, or a file taken
for a name ("--outlet Reuters a.txt b.txt"), is bad input. A file that cannot be read stops the
command before any analysis with one line on stderr and exit code 2 (raised as
``ReaderInputError``, printed by the CLI).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.commands.exports import (
    REPORT_KINDS,
    add_export_arguments,
    atomic_write,
    check_outputs,
    check_standard_output,
    check_targets,
    file_identity,
    is_standard_output,
    write_exports,
)
from reader.commands.paths import file_name, file_path
from reader.core.errors import LibraryError, ReaderInputError
from reader.core.files import text_writer, write_stream
from reader.core.lexicon import Lexicon
from reader.core.model import Article, Comparison

EXIT_OK = 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        type=file_name,
        metavar="FILE",
        help="saved articles (txt, html, pdf, docx)",
    )
    parser.add_argument(
        "--json",
        metavar="OUT",
        type=file_path,
        default=None,
        help="write the comparison JSON to OUT ('-' for standard output, the default without"
        " reports)",
    )
    parser.add_argument(
        "--outlet",
        metavar="NAME",
        action=_OutletNames,
        nargs="+",
        default=[],
        help="outlet names for the files, in order: after the FILEs (--outlet A B), or one"
        " --outlet=NAME per file. A file given no name keeps the outlet it names itself (a"
        " header line, the page's site, a wire dateline such as 'LONDON (Reuters) -') or its"
        " file's name, and a note on standard error says which file got which",
    )
    parser.add_argument("--title", metavar="TITLE", default=None, help="a title for the comparison")
    parser.add_argument(
        "--bundled-lexicon",
        action="store_true",
        help="ignore your own lexicon edits (Tools > Lexicon in the app) and use the built-in one",
    )
    add_export_arguments(parser)


class _OutletNames(argparse.Action):
    """``--outlet NAME...``, which takes every word after it: "--outlet Reuters a.txt b.txt" would
    take the files for names and then miss them. A name that is a file given by mistake stops
    the command with a one-line error saying so, not a puzzling "FILE is required"."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        names = [str(v) for v in (values or ())]
        files = [n for n in names if _is_file(n)]
        if files:
            listed = ", ".join(f"'{f}'" for f in files)
            parser.error(
                f"--outlet took {listed} for outlet name{'s' if len(files) > 1 else ''}: put the"
                " files before --outlet (reader compare a.txt b.txt --outlet A B), or write"
                " --outlet=NAME"
            )
        setattr(namespace, self.dest, [*(getattr(namespace, self.dest, None) or []), *names])


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


def read_articles(files: Sequence[str], outlets: Sequence[str]) -> list[Article]:
    """Read every file first, so a bad one fails fast; give each article a unique id."""
    from reader.core.ingest import read_article

    if len(outlets) > len(files):
        raise ReaderInputError(
            f"{_count(len(outlets), 'outlet name')} for {_count(len(files), 'file')};"
            " give at most one name per file, in the files' order"
        )
    articles: list[Article] = []
    seen: dict[str, int] = {}
    for i, path in enumerate(files):
        article = read_article(path, outlet=outlets[i] if i < len(outlets) else None)
        # The id is the text's hash; the same text given twice still needs two columns.
        n = seen.get(article.id, 0)
        seen[article.id] = n + 1
        if n:
            article = article.with_fields(id=f"{article.id}-{n + 1}")
        articles.append(article)
    return articles


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def outlets_note(files: Sequence[str], outlets: Sequence[str], articles: Sequence[Article]) -> str:
    """Which file got which outlet, when ``--outlet`` names some files but not all ("" when it
    names all or none): names go to the files in order, and the rest keep what their file says,
    which a reader would otherwise only notice in the output."""
    if not outlets or len(outlets) >= len(files):
        return ""
    parts = [
        f"{Path(f).name} is '{a.outlet}'" + ("" if i < len(outlets) else " (from the file)")
        for i, (f, a) in enumerate(zip(files, articles, strict=True))
    ]
    return f"--outlet names {_count(len(outlets), 'file')} of {len(files)}, in order: " + "; ".join(
        parts
    )


def library_lexicon() -> Lexicon | None:
    """The lexicon with the user's edits from the library, as the app would use it.

    An absent library is never created just to read edits from it, and an unreadable one falls
    back to the built-in lexicon: the edits are a preference, not something worth failing over.
    """
    from reader.store.lexicon_edits import user_lexicon
    from reader.store.library import Library, default_path

    path = default_path()
    if not path.is_file():
        return None
    try:
        with Library.open(path) as lib:
            return user_lexicon(lib)
    except (LibraryError, OSError, sqlite3.Error):
        return None


def unrelated_note(comparison: Comparison) -> str:
    """A warning when the articles may not report one event ("" when they do): the output is
    still written, but a reader should know the columns do not line up."""
    if len(comparison.articles) < 2:
        return ""
    if not comparison.shares_claims:
        return "no claim lines up across these articles; they may report different events"
    apart = [a.outlet for a in comparison.articles if a.id in comparison.articles_apart()]
    if not apart:
        return ""
    if len(apart) == len(comparison.articles):
        return "these articles share few claims; they may not be about the same event"
    one = len(apart) == 1
    names = apart[0] if one else ", ".join(apart[:-1]) + " and " + apart[-1]
    return (
        f"{names} share{'s' if one else ''} few claims with the other articles;"
        f" {'it' if one else 'they'} may not be about the same event"
    )


def comparison_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"


def twice_note(files: Sequence[Path | str]) -> str | None:
    """A file given twice is compared with itself, column by column, which is allowed (a reader
    may want to see how one article's framing reads on its own), but rarely meant."""
    seen: set[object] = set()
    for f in files:
        key = file_identity(Path(f))
        if key in seen:
            name = Path(f).name
            return f"{name} is given more than once; its copies are compared as two articles"
        seen.add(key)
    return None


def run(args: argparse.Namespace) -> int:
    from reader.core.compare import compare

    named = {kind: getattr(args, kind, None) for kind in ("json", *REPORT_KINDS)}
    check_standard_output(named)
    to_stdout = is_standard_output(args.json)
    outputs = {
        kind: Path(p) for kind, p in named.items() if p is not None and not is_standard_output(p)
    }
    check_outputs(outputs, args.files)
    check_targets(outputs)
    articles = read_articles(args.files, args.outlet)
    lexicon = None if args.bundled_lexicon else library_lexicon()
    comparison = compare(articles, title=args.title, lexicon=lexicon)
    notes = (
        outlets_note(args.files, args.outlet, articles),
        twice_note(args.files),
        unrelated_note(comparison),
    )
    for note in notes:
        if note:
            print(f"reader: note: {note}", file=sys.stderr)
    text = comparison_json(comparison)
    if args.json is not None and not to_stdout:
        atomic_write(args.json, "comparison JSON", text_writer(text))
    elif to_stdout or not any(named[kind] is not None for kind in REPORT_KINDS):
        write_stream(sys.stdout, text)
    write_exports(comparison, args)
    return EXIT_OK
