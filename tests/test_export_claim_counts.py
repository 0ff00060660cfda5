"""The report counts an outlet's claims as the app's Overview does: rows of the aligned view.

An outlet may say in two sentences what another says in one; those two claims share a row of
"Claims side by side", so the outlet reports one row, not two. The report's "The articles" table
once counted the outlet's own claims while the Overview said "reports N of M claims" by rows, and a
teacher's handout disagreed with the screen.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from reader.core.export import to_html, to_qt_report
from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Claim,
    Comparison,
    Generator,
)
from reader.core.overview import build_overview

WIRE = (
    "The ferry company cancelled the morning crossings on Monday. "
    "It blamed a strike by deck crews. "
    "Passengers were offered refunds or a later boat."
)
POST = (
    "Morning ferries were cancelled on Monday because deck crews went on strike. "
    "Passengers could take a refund or a later boat. "
    "The union said talks would resume on Wednesday."
)


def _claims(article: str, text: str) -> tuple[Claim, ...]:
    out = []
    for i, m in enumerate(re.finditer(r"[^.]+\.", text)):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(Claim(f"{article}-c{i}", article, start, m.end(), text[start : m.end()], i))
    return tuple(out)


def _comparison() -> Comparison:
    """Wire splits the cancellation and its cause into two claims that share one row with the
    Post's single sentence; the Post alone reports the union's talks."""
    wire = Article("wire", "Harbour Wire", WIRE, title="Morning ferries cancelled")
    post = Article("post", "Evening Post", POST, title="Ferry strike strands commuters")
    claims = {"wire": _claims("wire", WIRE), "post": _claims("post", POST)}

    def group(gid: str, *members: tuple[str, int]) -> Alignment:
        ms = tuple(
            AlignmentMember(a, claims[a][i].id, claims[a][i].start, claims[a][i].end, 0.8)
            for a, i in members
        )
        return Alignment(gid, 0.8, ms)

    return Comparison(
        articles=(wire, post),
        claims=claims,
        alignments=(
            group("g-cancel", ("wire", 0), ("wire", 1), ("post", 0)),
            group("g-refund", ("wire", 2), ("post", 1)),
        ),
        flags=(),
        generator=Generator("parallax-reader", "0.1.0", "test-pipeline", "test-lexicon"),
    )


def _articles_table(html: str) -> dict[str, list[str]]:
    """Outlet -> the text of its cells in "The articles" table, and "" -> the header cells."""
    section = html[html.index('id="articles"') :]
    section = section[: section.index("</table>")]
    head = re.findall(r"<th[^>]*>(.*?)</th>", section[: section.index("</thead>")])
    rows: dict[str, list[str]] = {"": head}
    for row in re.findall(r"<tr>(.*?)</tr>", section[section.index("<tbody>") :], re.S):
        cells = [re.sub(r"<[^>]+>", " ", c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        rows[" ".join(cells[0].split())] = [" ".join(c.split()) for c in cells]
    return rows


def test_the_case_has_more_claims_than_rows_for_one_outlet() -> None:
    comp = _comparison()
    cov = build_overview(comp).coverage
    assert len(comp.claims["wire"]) == 3 and cov.reported("wire") == 2
    assert len(cov.rows) == 3


@pytest.mark.parametrize("flavour", ["web", "qt"])
def test_articles_table_counts_rows_reported_of_all_rows(flavour: str) -> None:
    comp = _comparison()
    html = to_html(comp) if flavour == "web" else to_qt_report(comp).html
    table = _articles_table(html)
    column = table[""].index("Claims reported")
    assert table["Harbour Wire"][column] == "2 of 3"  # three claims, in two rows
    assert table["Evening Post"][column] == "3 of 3"
    assert "Claims" not in table[""]  # no second, differently counted "Claims" column
    # The note says what is counted, with this report's number of rows.
    assert "how many of the 3 rows of “Claims side by side”" in html
    assert "as the app’s Overview counts them (“Harbour Wire: reports 2 of the 3 claims”)" in html


def test_report_rows_are_the_claims_side_by_side_rows() -> None:
    """The "of N" is the number of rows a reader can count in the report's own claims table."""
    html = to_html(_comparison())
    claims = html[html.index('id="claims"') :]
    assert len(re.findall(r'<th scope="row" class="rownum">#\d+', claims)) == 3


@pytest.mark.gui
def test_the_overview_on_screen_says_the_same_numbers(qtbot: Any) -> None:
    from reader.ui.overview import OverviewView

    comp = _comparison()
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_comparison(comp)
    table = _articles_table(to_html(comp))
    column = table[""].index("Claims reported")
    for article in comp.articles:
        line = next(x for x in view.summary.text().splitlines() if x.startswith(article.outlet))
        said = re.search(r"reports (\d+) of the (\d+) claims", line)
        assert said is not None, line
        assert table[article.outlet][column] == f"{said.group(1)} of {said.group(2)}"
