"""The bundled demo event (``resources/demo/``), read through the same ingest as a user's files.

Going through :func:`reader.core.ingest.read_article` rather than a pre-cooked JSON keeps the demo
honest: what a new user sees is exactly what the app makes of a saved page and a text file.
``demo.json`` names the files in display order and fills in metadata a plain-text file cannot carry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.model import Article
from reader.resources import resource

_METADATA_FIELDS = ("outlet", "title", "author", "date", "language")


def demo_dir() -> Path:
    return resource("demo")


def demo_manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((demo_dir() / "demo.json").read_text(encoding="utf-8"))
    return data


def load_demo() -> tuple[str, list[Article]]:
    """The demo event's name and its articles, in the order the event shows them."""
    from reader.core.ingest import read_article  # heavy (trafilatura): only when seeding

    manifest = demo_manifest()
    articles: list[Article] = []
    for entry in manifest["articles"]:
        article = read_article(demo_dir() / entry["file"])
        overrides = {k: entry[k] for k in _METADATA_FIELDS if entry.get(k)}
        # The source is the bundled file's name, not a path into the install folder.
        articles.append(article.with_fields(source=f"demo/{entry['file']}", **overrides))
    return str(manifest["event"]), articles
