"""End to end: saved files through the real reader and engine into every export.

Three invented outlets (``fixtures/events/shelter``) plus the hostile saved page, read by
``reader.core.ingest`` and compared by ``reader.core.compare``: the reports must name every outlet,
show every flag the engine found, and carry nothing from the page's scripts and handlers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from export_case import HOSTILE_PAGE, HOSTILE_PAYLOADS
from pdf_text import pdf_text
from reader.core.compare import compare
from reader.core.export import to_csv, to_html
from reader.core.ingest import read_article
from reader.core.model import Comparison
from test_export_html import assert_inert

pytestmark = pytest.mark.slow  # loads spaCy and the embedder and runs the whole engine

EVENT = Path(__file__).resolve().parent / "fixtures" / "events" / "shelter"
OUTLETS = {"wire": "Civic Wire", "left": "The Progressive Post", "right": "The Heritage Herald"}


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    articles = [read_article(EVENT / f"{k}.txt", outlet=v) for k, v in OUTLETS.items()]
    articles.append(read_article(HOSTILE_PAGE, outlet="Evening Courier"))
    return compare(articles, title="Shelter event and a hostile page")


def test_html_from_the_engine_is_inert_and_complete(comparison: Comparison) -> None:
    html = to_html(comparison)
    doc = assert_inert(html)
    for payload in HOSTILE_PAYLOADS:
        assert payload.lower() not in html.lower(), payload
    for outlet in [*OUTLETS.values(), "Evening Courier"]:
        assert outlet in doc.plain
    assert comparison.flags, "the engine found no framing in deliberately framed texts"
    for flag in comparison.flags:
        assert " ".join(flag.text.split()) in doc.plain, flag


def test_csv_and_pdf_from_the_engine(qtbot: QtBot, comparison: Comparison, tmp_path: Path) -> None:
    from reader.ui.printing import write_pdf

    rows = list(csv.DictReader(io.StringIO(to_csv(comparison), newline="")))
    assert len(rows) == len(comparison.flags) + len(comparison.headline_flags)
    assert sum(r["where"] == "title" for r in rows) == len(comparison.headline_flags)
    assert {r["outlet"] for r in rows} <= {a.outlet for a in comparison.articles}
    pdf = tmp_path / "engine.pdf"
    write_pdf(comparison, pdf)
    text = pdf_text(pdf)
    for outlet in [*OUTLETS.values(), "Evening Courier"]:
        assert outlet in text
