"""Which headline names an event in plain words.

An app that shows how outlets frame one event must not name the event in one outlet's framing:
named after the first headline opened, an expulsion was filed as "Marovia throws out spies
masquerading as diplomats", the most loaded of its three headlines. The plainest headline is
the one with the fewest framing flags over its words; among equally plain ones, the one whose
words the other headlines share the most is the likeliest to say what they all report.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from reader.core.model import Article, Comparison
from reader.core.wording import STOP_WORDS

_WORD: Final = re.compile(r"\w+(?:['’]\w+)*")


def plainest_headline(comparison: Comparison) -> str | None:
    """The headline of ``comparison`` with the fewest flags over its words; ties go to the one
    sharing the most words with the other headlines, then to the first. None when no article
    has a headline."""
    titled = [a for a in comparison.articles if a.title and a.title.strip()]
    if not titled:
        return None
    flagged = Counter(
        f.article for f in (*comparison.headline_flags, *comparison.flags) if f.where == "title"
    )
    words = {a.id: _content_words(a) for a in titled}

    def shared(article: Article) -> int:
        return sum(len(words[article.id] & words[o.id]) for o in titled if o.id != article.id)

    # min() keeps the first of equals, which is the article order.
    return min(titled, key=lambda a: (flagged[a.id], -shared(a))).title


def _content_words(article: Article) -> frozenset[str]:
    """The headline's words other than function words ("of", "the"), case aside."""
    return frozenset(
        w for w in _WORD.findall((article.title or "").casefold()) if w not in STOP_WORDS
    )
