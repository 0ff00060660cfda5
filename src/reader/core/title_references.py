"""A title alone standing for the one person an article has named with it.

"Governor Maria Arden signed the bill. ... The embattled governor said ...": the second sentence
describes Arden, and its "embattled" is the outlet's word for her as much as one written before
her name. Resolving every "he", "she" and "the official" needs real coreference, which the small
model does not do. This handles the narrow case a reader resolves without thinking: "the" and a
singular title, in the same article, after exactly one named person introduced with that title.
Anything that may point elsewhere ("the former governor", "the deputy governor", "the Texas
governor", "the governor of Ohio") is left alone, and so is a title once the article has used it
for the head of something ("Ed Whelan, the president of a think tank" does not make him "the
president" of a later line), or one in a quotation, where someone else is speaking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np

from reader.core.quotes import doc_quotations, inside_quotation, outer_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that make a title someone else's: who held it before, holds it next, or stands in.
_ANOTHER_HOLDER: Final = frozenset(
    {
        *("former", "ex", "late", "then", "previous", "new", "next", "incoming", "outgoing"),
        *("acting", "interim", "other", "another", "first", "last", "future", "past", "second"),
    }
)
#: What after a title says which one is meant ("the governor of Ohio"): then it may be another.
_SAYS_WHICH: Final = frozenset({"prep", "appos", "relcl", "acl", "nummod"})


@dataclass(frozen=True, slots=True)
class TitledName:
    """A person the article names with a title: where, and the words written about them."""

    start: int  # character offset of the name
    person: str  # the caller's key for the person; two mentions of one person share it
    words: frozenset[str]  # lower case words of the title and any description ("governor")
    #: The name as written ("Andrew Cuomo"): two people may share a surname, and so a key.
    name: str = ""


def title_references(
    doc: Doc, text: str, named: Sequence[TitledName], titles: frozenset[str]
) -> list[tuple[Token, TitledName]]:
    """Each "the <title>" in ``doc`` that can only mean one person named earlier with that title,
    as the title's noun and the first such naming. ``text`` is ``doc.text``, which the caller
    holds already: spaCy rebuilds it from the tokens on every read. ``titles`` are the nouns that
    can be one ("governor", "minister")."""
    from spacy.attrs import LOWER

    wanted = {doc.vocab.strings.add(t) for t in titles if any(t in n.words for n in named)}
    if not wanted:
        return []
    found: list[tuple[Token, TitledName]] = []
    quoted = outer_spans(doc_quotations(doc, text))
    heads_of: set[str] = set()  # titles the article has given as "the president of X"
    # Look only at the title words, found in the lower-case array, not at every token object.
    lowers = doc.to_array(LOWER)
    for i in np.flatnonzero(np.isin(lowers, list(wanted))).tolist():
        noun = doc[i]
        if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            heads_of.add(noun.lower_)
        words = _title_words(noun, titles)
        if words is None or noun.lower_ in heads_of:
            continue
        if inside_quotation(quoted, noun.idx, noun.idx + len(noun.text)):
            continue
        before = [
            n
            for n in named
            if n.start < noun.idx and words <= n.words and not n.words & _ANOTHER_HOLDER
        ]
        if one_person(before):
            found.append((noun, before[0]))
    return found


def one_person(named: Sequence[TitledName]) -> bool:
    """Whether the namings are all of one person. One key may hold two people with one surname,
    "Governor Andrew Cuomo" and his father "Governor Mario Cuomo", so two first names are two
    people, and "the governor" could be either; "Governor Cuomo" alone is whichever one it is."""
    if len({n.person for n in named}) != 1:
        return False
    first_names = {words[0].casefold() for n in named if len(words := n.name.split()) > 1}
    return len(first_names) <= 1


def _title_words(noun: Token, titles: frozenset[str]) -> frozenset[str] | None:
    """The title words of "the [prime] minister" when it is written alone, or None when the
    phrase is not a bare definite title or may mean someone else."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
        return None
    if noun.dep_ in {"appos", "compound"} or noun.head.ent_type_ == "PERSON":
        return None  # "Maria Arden, the governor" and "the governor Maria Arden" are named
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.pos_ == "PROPN":
        return None
    lefts = list(noun.lefts)
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in lefts):
        return None
    if any(c.dep_ in _SAYS_WHICH for c in noun.rights):
        return None
    words = {noun.lower_}
    for t in lefts:
        if t.dep_ == "det":
            continue
        if t.lower_ in _ANOTHER_HOLDER or t.ent_type_ or t.pos_ in {"PROPN", "NUM"}:
            return None
        if t.dep_ == "poss" or (t.pos_ == "NOUN" and t.lower_ not in titles):
            return None  # "the party's governor", "the state governor": which one is unclear
        if t.lower_ in titles:
            words.add(t.lower_)
    return frozenset(words)
