"""``reader library ...``: manage the local library from the command line.

Output is for two readers: people get a tidy aligned table, scripts get ``--json`` (the shapes are
documented in :meth:`reader.store.ArticleRecord.to_json`). ``add`` keeps going past a file it cannot
read, reports it on stderr and exits 2 at the end, so one bad page never costs the rest of a batch.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from reader.commands.paths import check_output, file_path
from reader.core.errors import ReaderInputError
from reader.core.files import write_stream
from reader.core.model import Article
from reader.store import ArticleRecord, Library, LibraryDamagedError

EXIT_OK = 0
EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(parser)
    )

    p = sub.add_parser(
        "add",
        help="read files into the library",
        description="Read files into the library. A text already stored is the same article: it"
        " joins --event, and takes the --outlet, --title, --author and --date given (a note says"
        " what changed); what the file itself says does not replace what is stored.",
    )
    p.add_argument("paths", nargs="+", type=file_path, metavar="PATH", help="articles to add")
    p.add_argument(
        "--event",
        metavar="NAME",
        type=_event_name,
        help="add the articles to this event (created if new)",
    )
    p.add_argument("--outlet", metavar="NAME", help="outlet name, overriding the file's")
    p.add_argument("--title", metavar="TITLE", help="title, overriding the file's")
    p.add_argument("--author", metavar="NAME", help="author, overriding the file's")
    p.add_argument("--date", metavar="DATE", type=_iso_date, help="date (YYYY-MM-DD or ISO 8601)")

    p = sub.add_parser("list", help="list the articles")
    p.add_argument(
        "--event", metavar="NAME", type=_event_name, help="only the articles of this event"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("search", help="full-text search over titles, outlets and texts")
    p.add_argument(
        "query", nargs="+", metavar="QUERY", help="words to look for (word* for prefixes)"
    )
    p.add_argument(
        "--limit", type=_positive, default=50, metavar="N", help="at most N results (1 or more)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("events", help="list the events")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("remove", help="remove an article (by id or a unique id prefix)")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("export", help="write the whole library to one JSON file")
    p.add_argument("path", type=file_path, metavar="PATH")

    p = sub.add_parser("import", help="merge a library export into this library")
    p.add_argument("path", type=file_path, metavar="PATH")

    p = sub.add_parser("check", help="check the library file for damage")
    p.add_argument(
        "--recover",
        action="store_true",
        help="if damaged, move the file aside and restore the newest good backup",
    )


def run(args: argparse.Namespace) -> int:
    action: str = args.action
    named = os.environ.get("READER_LIBRARY")
    if named and action not in _CREATING and not Path(named).expanduser().exists():
        # A mistyped --library must not quietly create an empty library and report it empty
        # (or, for ``check``, report it "ok").
        raise ReaderInputError(
            "no library at this path ('reader library add' creates one)", source=named
        )
    if action == "check":
        return _check(args)
    with Library.open() as lib:
        if action == "add":
            return _add(lib, args)
        if action == "list":
            return _list(lib, args)
        if action == "search":
            records = lib.search(" ".join(args.query), limit=args.limit)
            _print_records(records, as_json=args.json)
            return EXIT_OK
        if action == "events":
            return _events(lib, args)
        if action == "remove":
            return _remove(lib, args.id)
        if action == "export":
            check_output(args.path)
            counts = lib.export_library(args.path)
            print(f"exported {_counts(counts)} to {args.path}")
            return EXIT_OK
        if action == "import":
            counts = lib.import_library(args.path)
            print(f"imported {_counts(counts)} (new) from {args.path}")
            return EXIT_OK
    raise AssertionError(f"unhandled library action {action}")  # argparse only allows the above


#: Actions that may start a new library file where none exists.
_CREATING: Final = frozenset({"add", "import"})


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= n <= 1_000_000:
        raise argparse.ArgumentTypeError("must be from 1 to 1,000,000")
    return n


def _event_name(value: str) -> str:
    """``--event NAME``, refused when blank (an unset shell variable): otherwise every file of
    ``add`` failed alone with a message that blamed the file, not the option."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "an empty event name; give the event's name (see 'reader library events')"
        )
    return value


def _iso_date(value: str) -> str:
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (use YYYY-MM-DD)") from None


def _add(lib: Library, args: argparse.Namespace) -> int:
    from reader.core.ingest import read_article  # trafilatura and friends load only when needed

    overrides = {
        "outlet": args.outlet,
        "title": args.title,
        "author": args.author,
        "date": args.date,
    }
    failed = 0
    for path in args.paths:
        try:
            # Given to read_article, a named outlet is recorded as given, not as the file's.
            article = read_article(path, **overrides)
            stored, created = lib.add_article(article, event=args.event)
            if not created:
                stored = _take_named_fields(lib, stored, article, path, overrides)
        except ReaderInputError as exc:
            failed += 1
            message = str(exc) if str(path) in str(exc) else f"{path}: {exc}"
            print(f"reader: {message}", file=sys.stderr)
            continue
        except OSError as exc:
            failed += 1
            print(f"reader: {path}: cannot read the file ({exc.strerror})", file=sys.stderr)
            continue
        print(f"{stored.id}\t{_one_line(stored.outlet)}\t{_one_line(stored.title or '')}")
        sys.stdout.flush()
    return EXIT_USAGE if failed else EXIT_OK


def _take_named_fields(
    lib: Library,
    stored: Article,
    article: Article,
    path: Path,
    overrides: dict[str, str | None],
) -> Article:
    """The same text again, with an outlet (title, author, date) named on the command line: the
    stored article takes the names (:meth:`Library.take_named`) and a note says what changed."""
    named = {
        field: getattr(article, field)
        for field, value in overrides.items()
        if value and value.strip()
    }
    updated, changes = lib.take_named(stored, named)
    if changes:
        taken = ", ".join(f"the {field} '{now}' ({_was(was)})" for field, now, was in changes)
        print(
            f"reader: note: {path} was in the library already ({stored.id}); it takes {taken}",
            file=sys.stderr,
        )
    return updated


def _was(value: str) -> str:
    return f"was '{value}'" if value else "had none"


def _list(lib: Library, args: argparse.Namespace) -> int:
    event_id: int | None = None
    if args.event is not None:
        event = lib.find_event(args.event)
        if event is None:
            raise ReaderInputError(f"no event called '{args.event}' (see 'reader library events')")
        event_id = event.id
    _print_records(lib.articles(event_id=event_id), as_json=args.json)
    return EXIT_OK


def _events(lib: Library, args: argparse.Namespace) -> int:
    events = lib.events()
    if args.json:
        _print_json(
            [
                {"id": e.id, "name": e.name, "articles": e.article_count, "created": e.created}
                for e in events
            ]
        )
        return EXIT_OK
    rows = [[str(e.id), e.name, str(e.article_count), e.created[:10]] for e in events]
    _print_table(["ID", "EVENT", "ARTICLES", "CREATED"], rows, stretch=1, empty="No events yet.")
    return EXIT_OK


def _remove(lib: Library, given: str) -> int:
    given = given.strip()
    if not given:
        # An empty id is a prefix of every id: a script with an unset $ID must not delete one.
        raise ReaderInputError("no article id given (see 'reader library list')")
    ids = [r.id for r in lib.articles()]
    matches = [i for i in ids if i == given] or [i for i in ids if i.startswith(given)]
    if not matches:
        raise ReaderInputError(f"no article with id '{given}' (see 'reader library list')")
    if len(matches) > 1:
        raise ReaderInputError(f"'{given}' matches {len(matches)} articles; give more of the id")
    lib.remove_article(matches[0])
    print(f"removed {matches[0]}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    try:
        lib = Library.open()
    except LibraryDamagedError as exc:
        if not args.recover:
            raise
        recovery = Library.recover(exc.path)
        print(f"moved the damaged library aside to {recovery.damaged}")
        if recovery.restored_from is not None:
            print(f"restored the backup {recovery.restored_from}")
        else:
            print("no good backup was found: starting with an empty library")
        lib = Library.open(exc.path)
    with lib:
        problems = lib.check()
        if problems and args.recover and all(p.startswith("search index") for p in problems):
            lib.rebuild_search_index()
            print("rebuilt the search index")
            problems = lib.check()
        if problems:
            for problem in problems[:20]:
                print(f"reader: {lib.path}: {problem}", file=sys.stderr)
            print(
                "reader: the library is damaged; run 'reader library check --recover'",
                file=sys.stderr,
            )
            return EXIT_USAGE
        counts = {
            "articles": len(lib.articles()),
            "events": len(lib.events()),
            "backups": len(lib.backups()),
        }
        print(f"ok: {lib.path} ({_counts(counts)}, schema {lib.schema_version})")
    return EXIT_OK


# -- output ------------------------------------------------------------------------------------


def _print_records(records: Sequence[ArticleRecord], *, as_json: bool) -> None:
    if as_json:
        _print_json([r.to_json() for r in records])
        return
    rows = [
        [r.id, r.outlet, (r.date or "")[:10], r.title or "", r.events[0] if r.events else ""]
        for r in records
    ]
    _print_table(["ID", "OUTLET", "DATE", "TITLE", "EVENT"], rows, stretch=3, empty="No articles.")


def _print_json(data: Any) -> None:
    write_stream(sys.stdout, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, stretch: int, empty: str
) -> None:
    """Columns aligned to their widest cell; column ``stretch`` is cut to fit the terminal."""
    if not rows:
        print(empty)
        return
    cells = [[_one_line(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    budget = shutil.get_terminal_size((120, 24)).columns - 2 * (len(headers) - 1)
    widths = [min(w, 40) if i != stretch else w for i, w in enumerate(widths)]
    others = sum(w for i, w in enumerate(widths) if i != stretch)
    widths[stretch] = max(len(headers[stretch]), min(widths[stretch], budget - others))
    for row in [list(headers), *cells]:
        line = "  ".join(_fit(c, widths[i]) for i, c in enumerate(row))
        print(line.rstrip())


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _counts(counts: dict[str, int]) -> str:
    """``{"articles": 1, "events": 2}`` -> ``1 article, 2 events``."""
    return ", ".join(
        f"{n} {name if n != 1 else name.removesuffix('s')}" for name, n in counts.items()
    )


__all__ = ["add_arguments", "run"]
