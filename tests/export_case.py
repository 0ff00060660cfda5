"""A hand-built comparison for the export and overview tests.

Three invented outlets report one invented event (a river treaty); a fourth article comes from a
saved page full of script payloads. The claims, alignments, flags and entities are written out here
by hand, with offsets computed from the texts, so the exports are tested on realistic data without
depending on the analysis pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from reader.core.ingest import read_article
from reader.core.model import (
    Alignment,
    AlignmentMember,
    Article,
    Attribution,
    Claim,
    Comparison,
    Counterpart,
    Entity,
    Flag,
    Generator,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HOSTILE_PAGE = FIXTURES / "pages" / "hostile_payloads.html"

#: Strings that only exist inside the hostile page's active parts (scripts, handlers, remote URLs).
HOSTILE_PAYLOADS = (
    "PXR_PAYLOAD_7f3a",
    "PXR_REMOTE_SCRIPT_02",
    "PXR_BODYLOAD_63",
    "PXR_ONERROR_91",
    "PXR_HOVER_18",
    "PXR_SVGLOAD_25",
    "PXR_JSLINK_55",
    "PXR_IFRAME_80",
    "PXR_OBJECT_36",
    "PXR_FORM_49",
    "PXR_FOCUS_50",
    "PXR_INLINE_WRITE_66",
    "PXR_TRACKER_88",
    "PXR_REFRESH_31",
    "PXR_STYLESHEET_12",
    "PXR_IMPORT_44",
    "PXR_BG_77",
    "evil.example",
    "document.cookie",
)

WIRE = (
    "Norland and Veskia signed a treaty on Thursday that shares the waters of the Aster river. "
    "Prime Minister Ana Lindqvist said the agreement would give farmers on both banks a fair share "
    "of water in dry summers. "
    "Veskian President Tomas Brenner said joint patrols of the river would begin in the spring. "
    "Negotiators met for nineteen hours in the border town of Kessel, officials said. "
    "The treaty must still be ratified by both parliaments."
)
BEACON = (
    "Norland finally caved to Veskia on Thursday, signing a so-called water-sharing treaty on the "
    "Aster river. "
    "Globalist premier Ana Lindqvist claimed the deal would give farmers a fair share of water. "
    "Veskian strongman Tomas Brenner boasted that joint patrols would begin in the spring. "
    "It is a shameful surrender that will leave Norland's farms utterly dependent on a hostile "
    "neighbour. "
    "The treaty must still be ratified by both parliaments."
)
LEDGER = (
    "Norland and Veskia reportedly agreed a treaty on Thursday to share the Aster river's water. "
    "Prime Minister Ana Lindqvist insisted the agreement would protect farmers during dry summers. "
    "Environmental groups warned that the treaty sets no limit on new dams upstream. "
    "Veskian President Tomas Brenner said joint river patrols would begin in the spring."
)

GENERATOR = Generator(
    name="parallax-reader",
    version="0.1.0",
    pipeline="en_core_web_sm-3.8.0",
    lexicon="test-lexicon-1",
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: good enough for the hand-written texts above (no abbreviations)."""
    spans = []
    for m in re.finditer(r"[^.!?]+[.!?]+", text):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        spans.append((start, m.end()))
    return spans


def claims_for(
    article: Article, attributions: dict[int, Attribution] | None = None
) -> tuple[Claim, ...]:
    out = []
    for i, (s, e) in enumerate(sentences(article.text)):
        out.append(
            Claim(
                id=f"{article.id}-c{i}",
                article=article.id,
                start=s,
                end=e,
                text=article.text[s:e],
                sentence=i,
                attribution=(attributions or {}).get(i),
            )
        )
    return tuple(out)


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def hostile_article(outlet: str = "Evening Courier") -> Article:
    """The hostile page as the project's reader reads it: only the page's visible article text may
    come through, and the tests check that none of the page's active parts reach the report."""
    return read_article(HOSTILE_PAGE, outlet=outlet).with_fields(id="courier")


def _flag(
    fid: str,
    article: Article,
    phrase: str,
    category: str,
    explanation: str,
    claims: Sequence[Claim],
    counterparts: Sequence[tuple[str, str]] = (),
    alignment: str | None = None,
    rule: str = "",
    confidence: float = 0.7,
) -> Flag:
    start, end = span_of(article.text, phrase)
    claim = next(c for c in claims if c.start <= start and end <= c.end)
    return Flag(
        id=fid,
        article=article.id,
        start=start,
        end=end,
        text=phrase,
        category=category,
        explanation=explanation,
        alignment=alignment,
        counterparts=tuple(Counterpart(a, t) for a, t in counterparts),
        confidence=confidence,
        rule=rule or f"lexicon:{category}:{phrase.lower()}",
        claim=claim.id,
        evidence="comparative" if counterparts else "intrinsic",
    )


def build_comparison(*, with_hostile: bool = True) -> Comparison:
    """Three outlets on the river treaty (plus the hostile page as a fourth when asked)."""
    wire = Article(
        "wire",
        "Harbour Wire",
        WIRE,
        title="Norland and Veskia sign Aster river treaty",
        author="Staff",
        date="2026-11-20",
        source="harbour-wire.txt",
    )
    beacon = Article(
        "beacon",
        "The Daily Beacon",
        BEACON,
        title="Norland caves: shameful river 'treaty' signed",
        author="R. Holt",
        date="2026-11-20",
        source="https://beacon.example.org/news/river-surrender",
    )
    ledger = Article(
        "ledger",
        "Metro Ledger",
        LEDGER,
        title="River deal agreed, greens warn on dams",
        date="2026-11-21",
    )
    articles = [wire, beacon, ledger]
    lindqvist = "Ana Lindqvist"
    brenner = "Tomas Brenner"
    claims = {
        "wire": claims_for(
            wire,
            {
                1: Attribution(lindqvist, "said", "indirect"),
                2: Attribution(brenner, "said", "indirect"),
                3: Attribution("officials", "said", "indirect"),
            },
        ),
        "beacon": claims_for(
            beacon,
            {
                1: Attribution("Lindqvist", "claimed", "indirect"),
                2: Attribution(brenner, "boasted", "indirect"),
            },
        ),
        "ledger": claims_for(
            ledger,
            {
                1: Attribution(lindqvist, "insisted", "indirect"),
                2: Attribution("Environmental groups", "warned", "indirect"),
                3: Attribution("Brenner", "said", "indirect"),
            },
        ),
    }
    if with_hostile:
        courier = hostile_article()
        articles.append(courier)
        claims["courier"] = claims_for(courier)

    def group(gid: str, score: float, *members: tuple[str, int]) -> Alignment:
        ms = []
        for aid, idx in members:
            c = claims[aid][idx]
            ms.append(AlignmentMember(aid, c.id, c.start, c.end, score))
        return Alignment(gid, score, tuple(ms))

    def courier(phrase: str) -> list[tuple[str, int]]:
        if not with_hostile:
            return []
        return [next(("courier", i) for i, c in enumerate(claims["courier"]) if phrase in c.text)]

    alignments = (
        group("g-signed", 0.86, ("wire", 0), ("beacon", 0), ("ledger", 0), *courier("signed")),
        group("g-farmers", 0.81, ("wire", 1), ("beacon", 1), ("ledger", 1), *courier("farmers")),
        group("g-patrols", 0.84, ("wire", 2), ("beacon", 2), ("ledger", 3), *courier("patrols")),
        group("g-ratify", 0.97, ("wire", 4), ("beacon", 4), *courier("ratified")),
        group("g-kessel", 0.78, ("wire", 3), *courier("nineteen hours")),
        group("g-dams", 0.9, ("ledger", 2), *courier("dams upstream")),
    )
    alignments = tuple(g for g in alignments if len(g.members) >= 2)
    cb, cl = claims["beacon"], claims["ledger"]
    flags = [
        _flag(
            "f1",
            beacon,
            "finally caved",
            "loaded",
            "'Caved' casts signing a treaty as "
            "giving in; the other outlets say the two countries signed or agreed it.",
            cb,
            [("wire", "signed"), ("ledger", "agreed")],
            "g-signed",
        ),
        _flag(
            "f2",
            beacon,
            "so-called",
            "hedge",
            "'So-called' questions whether the treaty "
            "deserves its name; no other outlet doubts it.",
            cb,
            [("wire", "a treaty"), ("ledger", "a treaty")],
            "g-signed",
        ),
        _flag(
            "f3",
            beacon,
            "Globalist premier",
            "label",
            "The Daily Beacon calls Ana Lindqvist "
            "a 'globalist premier' where the others write 'Prime Minister'.",
            cb,
            [("wire", "Prime Minister Ana Lindqvist"), ("ledger", "Prime Minister Ana Lindqvist")],
            "g-farmers",
        ),
        _flag(
            "f4",
            beacon,
            "claimed",
            "attribution",
            "'Claimed' suggests doubt about what Lindqvist said; the wire report uses 'said'.",
            cb,
            [("wire", "said")],
            "g-farmers",
            rule="lexicon:attribution:claimed",
        ),
        _flag(
            "f5",
            beacon,
            "strongman",
            "label",
            "'Strongman' labels Tomas Brenner; the others call him 'President'.",
            cb,
            [("wire", "Veskian President Tomas Brenner")],
            "g-patrols",
        ),
        _flag(
            "f6",
            beacon,
            "boasted",
            "attribution",
            "'Boasted' makes Brenner's statement sound vain; the others write 'said'.",
            cb,
            [("wire", "said"), ("ledger", "said")],
            "g-patrols",
        ),
        _flag(
            "f7",
            beacon,
            "shameful surrender",
            "loaded",
            "'Shameful surrender' judges the treaty instead of reporting it.",
            cb,
        ),
        _flag(
            "f8",
            beacon,
            "utterly",
            "intensifier",
            "'Utterly' strengthens a prediction nobody is quoted as making.",
            cb,
        ),
        _flag(
            "f9",
            beacon,
            "It is a shameful surrender that will leave Norland's farms utterly "
            "dependent on a hostile neighbour.",
            "opinion",
            "This sentence gives an opinion without saying whose it is.",
            cb,
            rule="rule:opinion",
            confidence=0.8,
        ),
        _flag(
            "f12",
            beacon,
            "It is a shameful surrender that will leave Norland's farms utterly dependent on a "
            "hostile neighbour.",
            "unique-claim",
            "Only The Daily Beacon says the treaty leaves Norland dependent on Veskia.",
            cb,
            rule="rule:unique-claim",
            confidence=0.6,
        ),
        _flag(
            "f10",
            ledger,
            "reportedly",
            "hedge",
            "'Reportedly' distances the outlet from a signing the other outlets state as fact.",
            cl,
            [("wire", "signed")],
            "g-signed",
        ),
        _flag(
            "f11",
            ledger,
            "insisted",
            "attribution",
            "'Insisted' suggests Lindqvist had to defend the claim; the wire report uses 'said'.",
            cl,
            [("wire", "said")],
            "g-farmers",
        ),
    ]
    entities = (
        Entity(
            "e-lindqvist",
            lindqvist,
            "PERSON",
            aliases=("Lindqvist",),
            descriptors={
                "wire": ("Prime Minister",),
                "beacon": ("Globalist premier",),
                "ledger": ("Prime Minister",),
            },
            mentions={"wire": 1, "beacon": 2, "ledger": 1},
        ),
        Entity(
            "e-brenner",
            brenner,
            "PERSON",
            aliases=("Brenner",),
            descriptors={
                "wire": ("Veskian President",),
                "beacon": ("Veskian strongman",),
                "ledger": ("Veskian President",),
            },
            mentions={"wire": 1, "beacon": 1, "ledger": 1},
        ),
        Entity(
            "e-norland",
            "Norland",
            "GPE",
            descriptors={},
            mentions={"wire": 1, "beacon": 2, "ledger": 1},
        ),
        Entity("e-kessel", "Kessel", "GPE", descriptors={}, mentions={"wire": 1}),
    )
    return Comparison(
        articles=tuple(articles),
        claims=claims,
        alignments=alignments,
        flags=tuple(flags),
        generator=GENERATOR,
        entities=entities,
        title="Aster river treaty",
    )
