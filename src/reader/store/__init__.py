"""The local library: articles, events, cached comparisons and annotations in SQLite.

This package is the only place SQL lives. It never imports Qt, so the command line and tests use it
without a display.
"""

from reader.store.library import Library, LibraryDamagedError, Recovery, default_path
from reader.store.records import Annotation, ArticleRecord, EventRecord, UserLexiconEntry

__all__ = [
    "Annotation",
    "ArticleRecord",
    "EventRecord",
    "Library",
    "LibraryDamagedError",
    "Recovery",
    "UserLexiconEntry",
    "default_path",
]
