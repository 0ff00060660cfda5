"""Three short reports of one invented event, written for the alignment and diff tests.

Sentences marked in the comments are the ground truth the tests check: which report the same fact,
which are one outlet's editorial asides, and one long sentence that covers two short ones.
"""

from __future__ import annotations

from reader.core import nlp
from reader.core.model import Alignment, Article, Claim, Comparison

WIRE = (
    "The Kestrel Bridge in Dunmore collapsed on Sunday evening, killing four people. "  # collapse
    "Twelve people were taken to hospital with injuries. "  # s1 injured
    "Mayor Ellen Pryce said the bridge had passed an inspection in March. "  # s2 inspection
    "Engineers will examine the steel cables that held the deck. "  # s3 engineers
    "The regional government has promised 40 million euros to rebuild the crossing. "  # s4 money
    "Traffic is being diverted through the town of Carrow."  # s5 traffic
)
TABLOID = (
    # collapse
    "Four people died when the Kestrel Bridge in Dunmore fell into the river on Sunday night. "
    "Shockingly, the doomed bridge had sailed through an inspection in March, Mayor Ellen Pryce "
    "admitted. "  # inspection
    "This is what happens when greedy officials cut corners on public safety. "  # ASIDE
    "Twelve injured victims were rushed to hospital. "  # injured
    "Regional leaders have pledged a mere 40 million euros to rebuild the crossing. "  # money
    "Nobody trusts these people to keep anyone safe anymore."  # ASIDE
)
PAPER = (
    "Drivers are being sent through Carrow while the site is closed. "  # traffic
    "Investigators will examine the steel cables that held the deck, and the regional government "
    "has promised 40 million euros to rebuild the crossing. "  # engineers + money (long)
    # collapse
    "The collapse of the Kestrel Bridge on Sunday evening killed four people in Dunmore. "
    "The bridge opened in 1974 and carried about 9,000 vehicles a day."  # unique fact
)

ARTICLES = (
    Article(id="wire", outlet="Wire", text=WIRE),
    Article(id="tabloid", outlet="Tabloid", text=TABLOID),
    Article(id="paper", outlet="Paper", text=PAPER),
)


def sentence_claims(article: Article) -> tuple[Claim, ...]:
    """One claim per spaCy sentence: the claims module's output is not needed to test alignment."""
    doc = nlp.parse(article.text)
    return tuple(
        Claim(
            id=f"{article.id}/c{n}",
            article=article.id,
            start=s.start_char,
            end=s.end_char,
            text=s.text,
            sentence=n,
        )
        for n, s in enumerate(doc.sents, start=1)
        if s.text.strip()
    )


def claim_id(article: Article, fragment: str) -> str:
    """The id of the sentence claim of ``article`` containing ``fragment``."""
    for c in sentence_claims(article):
        if fragment in c.text:
            return c.id
    raise KeyError(fragment)


def group_holding(comp: Comparison, article: str, fragment: str) -> Alignment | None:
    """The alignment group holding the claim of ``article`` that overlaps ``fragment``."""
    text = next(a.text for a in comp.articles if a.id == article)
    start = text.index(fragment)
    end = start + len(fragment)
    for g in comp.alignments:
        if any(m.article == article and m.start < end and m.end > start for m in g.members):
            return g
    return None


def group_of(comp: Comparison, article: str, fragment: str) -> Alignment:
    """:func:`group_holding`, failing the test with the words when they line up with nothing."""
    group = group_holding(comp, article, fragment)
    assert group is not None, f"{article}: {fragment!r} lines up with nothing"
    return group


def lined_up(comp: Comparison, *held: tuple[str, str]) -> bool:
    """Each (article, fragment) is in one and the same alignment group."""
    groups = [group_holding(comp, article, fragment) for article, fragment in held]
    return groups[0] is not None and all(g is groups[0] for g in groups)
