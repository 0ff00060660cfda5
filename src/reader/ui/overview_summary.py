"""The Overview's summary: a line per outlet shown, what it covers and how much it frames.

The first words on the page, so they say in one line each what the sections below show at length:
how many claims an outlet reports of the comparison's (and leaves out of those the others report),
its framing flags and their rate per 1,000 words (their count in so many words, for a text too
short for a rate). While the legend hides flags or outlets, a last
line says so: a count that quietly leaves things out would read as the whole.

One article alone has a line per outlet to spare: under its own it says how many flags of each
kind it carries and which paragraph gathers most of them, where a teacher would start reading.
"""

from __future__ import annotations

from reader.core.model import CATEGORY_LABELS, Comparison
from reader.core.overview import UNIQUE, Overview, Profile, other_articles, short_label

#: How much of the densest paragraph's opening the summary quotes, so a reader can find it.
_OPENING_CHARS = 60


def summary_text(ov: Overview, comp: Comparison, single: bool) -> str:
    """The summary of ``comp`` (``single`` when it is one article alone), from its overview
    ``ov``: a line per outlet shown, then the hidden line if anything is hidden, each apart."""
    cov = ov.coverage
    blocks = []
    for a in comp.articles:
        if a.id in ov.hidden_outlets:
            continue
        p = ov.profile(a.id)
        others = len(cov.articles) - 1
        if comp.shares_claims:
            coverage = _lined_up(
                cov.reported(a.id), len(cov.rows), cov.only_in(a.id), cov.left_out(a.id), others
            )
        elif single:
            coverage = f"{cov.reported(a.id)} claims,"
        else:
            coverage = f"{cov.reported(a.id)} claims, none in common with {other_articles(others)},"
        asides = [f"{p.total_quoted} in speakers’ words"] if p.total_quoted else []
        asides += [f"{p.hidden} hidden"] if p.hidden else []
        lines = [
            f"{a.outlet}: {coverage} {_flag_count(p.total)}"
            + (f" in {p.words:,} words" if p.total and p.too_short_for_a_rate else "")
            + (f" ({', '.join(asides)})" if asides else "")
            + (f", {p.total_rate:.1f} per 1,000 words" if _rate_said(p) else "")
        ]
        if single:
            lines.extend(_one_article_lines(p, a.text, bool(comp.headline_flags)))
        blocks.append("\n".join(lines))
    hidden = _hidden_line(ov, comp)
    # A blank line between outlets: their lines wrap, and run on from one outlet to the next,
    # they read as one paragraph, each outlet's name lost mid-page.
    return "\n\n".join([*blocks, *([hidden] if hidden else [])])


#: One article with nothing flagged: said in words, as its Article tab says it, not as a chart,
#: and in words a first-time reader knows ("lexicon" is not one of them).
UNFLAGGED = "Nothing in it was flagged: it uses none of the words and phrasings the app looks for."


def _one_article_lines(p: Profile, text: str, headline_flagged: bool) -> list[str]:
    """How many flags of each kind (most first, as the legend names them) and the paragraph
    where they gather: the chart shows rates, but a class counts flags and looks for them."""
    if not p.total and not p.hidden and not headline_flagged:
        return [UNFLAGGED]
    kinds = sorted(
        (c for c, n in p.counts.items() if n and c in CATEGORY_LABELS and c != UNIQUE),
        key=lambda c: -p.counts[c],
    )
    lines = []
    if kinds:
        lines.append("By kind: " + ", ".join(f"{CATEGORY_LABELS[c]} {p.counts[c]}" for c in kinds))
    d = p.densest
    if d is not None:
        opening = short_label(text[d.start : d.end], _OPENING_CHARS)
        lines.append(f"Most flagged: paragraph {d.number} of {d.of}, {d.flags} flags (“{opening}”)")
    return lines


def _hidden_line(ov: Overview, comp: Comparison) -> str:
    """The summary's last line while the legend hides something: how many flags the counts and
    the chart leave out, and which outlets have no line ("" when nothing is hidden)."""
    out = []
    if ov.hidden:
        kinds = "flag is" if ov.hidden == 1 else "flags are"
        out.append(
            f"{ov.hidden} {kinds} hidden (the legend or View › Show Framing Marks) and not"
            " counted here."
        )
    if ov.hidden_outlets:
        outlets = [a.outlet for a in comp.articles if a.id in ov.hidden_outlets]
        listed = ", ".join(outlets[:-1]) + " and " + outlets[-1] if len(outlets) > 1 else outlets[0]
        out.append(f"{listed} {'is' if len(outlets) == 1 else 'are'} hidden (View › Show Outlets).")
    return " ".join(out)


def _flag_count(n: int) -> str:
    """ "3 framing flags", "1 framing flag", or "no framing flags": a rate of "0.0 per 1,000
    words" after "0 framing flags" said the same twice, as if it were a finding of its own."""
    if not n:
        return "no framing flags"
    return f"{n} framing flag{'' if n == 1 else 's'}"


def _rate_said(p: Profile) -> bool:
    """Whether the line gives the rate: not for no flags (the count said it), nor for a text
    too short for a rate to mean anything, whose length is said beside its count instead."""
    return bool(p.total) and not p.too_short_for_a_rate


def _lined_up(reported: int, rows: int, only: int, left_out: int, others: int) -> str:
    """What an outlet reports of the claims the articles line up, said as a student reads it:
    "reports 14 of the 25 claims (4 of them in no other article) and leaves out 4 that both
    others report;". With one other article nothing two others report can be left out, so
    that clause is only said with two or more; a count of none is said as what it means."""
    if not only:
        alone = f"all of them also in {'the other article' if others == 1 else 'another article'}"
    elif others == 1:
        alone = f"{only} of them not in the other article"
    else:
        alone = f"{only} of them in no other article"
    text = f"reports {reported} of the {rows} claims ({alone})"
    if others >= 2:
        which = "both others report" if others == 2 else "two or more others report"
        text += (
            f" and leaves out {left_out} that {which}"
            if left_out
            else f" and has every claim {which}"
        )
    return text + ";"


__all__ = ["UNFLAGGED", "summary_text"]
