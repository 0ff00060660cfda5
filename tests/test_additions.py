"""Added details: a clause one outlet alone slips into a claim the other outlets report too."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.model import Article

SAID = (
    "Union president Carla Mendes said the strike would continue until the hospital agreed to "
    "safer staffing levels."
)
HIRED = "The hospital said it had hired about 1,100 temporary nurses to keep its wards open."


def _details(*bodies: str) -> list[tuple[str, str]]:
    articles = [Article(f"a{i}", f"Outlet {i}", body) for i, body in enumerate(bodies)]
    comparison = compare(articles)
    return [(f.article, f.text) for f in comparison.flags if f.category == "detail"]


def test_a_clause_only_one_outlet_adds_to_a_shared_claim_is_flagged() -> None:
    wire = f"{SAID} {HIRED}"
    right = wire.replace(
        "Carla Mendes said", "Carla Mendes, who earns more than $210,000 a year, said"
    )
    left = wire.replace(
        "The hospital said", "The hospital, whose chief executive took home $4.3 million, said"
    )
    found = _details(wire, right, left)
    assert found == [
        ("a1", "who earns more than $210,000 a year"),
        ("a2", "whose chief executive took home $4.3 million"),
    ]
    comparison = compare([Article("w", "Wire", wire), Article("r", "Right", right)])
    (flag,) = [f for f in comparison.flags if f.category == "detail"]
    assert flag.explanation == (
        "Only Right adds this to a claim Wire also reports: a detail it leaves out."
    )
    assert [c.article for c in flag.counterparts] == ["w"]


def test_shared_clauses_short_ones_and_a_speakers_words_are_not_details() -> None:
    wire = f"{SAID} {HIRED}"
    shared = wire.replace("Carla Mendes said", "Carla Mendes, who leads the union, said")
    assert _details(shared, shared.replace("strike would", "walkout would")) == []
    short = wire.replace("Carla Mendes said", "Carla Mendes, who spoke, said")
    assert _details(wire, short) == []
    quoted = wire.replace(
        "The hospital said it had hired",
        '"The hospital, which made $90 million last year, hired" Mendes said, adding it had hired',
    )
    assert all("90 million" not in text for _, text in _details(wire, quoted))
    # One article alone has nothing to compare with.
    assert _details(wire.replace("Carla Mendes said", "Carla Mendes, who earns a lot, said")) == []


def test_background_and_a_detail_told_elsewhere_are_not_flagged() -> None:
    wire = f"{SAID} {HIRED}"
    background = wire.replace(
        "The hospital said", "The hospital, which employs about 11,700 people, said"
    )
    assert _details(wire, background) == []  # context agency copy adds, no charge
    charged = wire.replace("Carla Mendes said", "Carla Mendes, who has never worked a ward, said")
    told = f"{wire} Mendes has never worked a ward."
    assert _details(told, charged) == []  # the other outlet tells it in a sentence of its own
    assert _details(wire, charged) == [("a1", "who has never worked a ward")]
