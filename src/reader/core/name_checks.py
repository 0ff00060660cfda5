"""Whether a lexicon match is part of a name, or only looks like one.

A word inside a name ("Freedom Party", "the Drain the Swamp Act", "the Establishment Clause") is
the name's, not the outlet's, so it is never flagged. The small spaCy model misses some names and
takes some judging words for names ("Crooked Hillary", "he is a Communist", "vowed to Drain the
Swamp"). These checks read the entity tags, capitals and the words around a match to tell the two
apart; :func:`reader.core.framing_cues.lexical_cues` asks them before it keeps a cue. They live
apart from the cue building so that each rule and its word lists can be read on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from reader.core.entities import TITLES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from reader.core.lexicon import LexiconEntry

#: Entities that are someone: a person, an organisation, a state or a people.
ACTOR_TYPES: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Entities whose words are a name: an actor's, a law's ("the Foreign Corrupt Practices Act"), a
#: work's, an event's, a building's or a product's. A word inside one is nobody's framing.
NAME_TYPES: Final = ACTOR_TYPES | {"LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LOC"}


def piece_of_longer_name(span: Span) -> bool:
    """A match followed by more of the same name is its first words: "the Swamp" in "the Swamp
    Road estate", "the Establishment" in "the Establishment Clause". A name that only adds an
    "'s" ("Big Oil's") or starts earlier ("Washington's Cold War lobby") leaves the match whole."""
    last = span[-1]
    doc = span.doc
    if span.end >= len(doc) or last.ent_type_ not in NAME_TYPES or last.pos_ != "PROPN":
        return False
    nxt = doc[span.end]
    return nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN"


#: The last word of a law's or a motion's title: "the Drain the Swamp Act".
_LAW_TITLE_ENDS: Final = frozenset({"Act", "Bill", "Amendment", "Resolution", "Law"})
#: Title words between a slogan and the end of its law's name ("of", "the", "and", "for").
_TITLE_SMALL_WORDS: Final = frozenset({"of", "the", "and", "for", "to", "a", "an", "in", "on"})


def in_a_laws_title(span: Span) -> bool:
    """A phrase written in title case that runs on, word by capitalised word, into "Act" or
    "Bill" is the title of a law: "the House passed the Drain the Swamp Act". Its sponsors chose
    the words; the outlet that names the bill only cites it. The small model rarely tags such a
    title as a name, so the capitals and the last word are read instead. "vowed to Drain the
    Swamp in Washington" has no such ending and stays the outlet's slogan."""
    doc = span.doc
    if not span[0].is_title:
        return False
    if any(not (t.is_title or t.lower_ in _TITLE_SMALL_WORDS) for t in span):
        return False
    for tok in doc[span.end : span.end + 5]:
        if tok.text in _LAW_TITLE_ENDS:
            return True
        if not tok.is_title:
            return False
    return False


def group_word_before(span: Span) -> bool:
    """A party's or a people's adjective that opens a phrase entry is said of the group, not
    part of a name: "Tory sleaze", "Labour cronyism". The small model tags "Tory" as a group
    (NORP), but the judging words after it are outside any name, so the phrase is the outlet's.
    A word inside a real name ("Freedom Party") is tagged with the name and stays skipped."""
    if len(span) < 2:
        return False
    named = [t for t in span if t.ent_type_ in NAME_TYPES and t.pos_ == "PROPN"]
    return (
        bool(named)
        and all(t.ent_type_ == "NORP" for t in named)
        and any(not t.ent_type_ for t in span)
    )


def word_taken_for_name(span: Span, entry: LexiconEntry) -> bool:
    """A label the small model tags as a name on its own: "he is a Communist", "the Leftist in
    the Vatican", "Islamists who". The entity is the label word itself, with no other name beside
    it, so nothing is named and the word is the outlet's ("Communist Party", "Nazi Germany" stay
    names). In wire copy no label word is tagged so (docs/EVALUATION.md, step 22).

    Any other lexicon word is taken for a name so only where a sentence opens with it and the
    capital is the sentence's: "Overpaid, ungrateful millionaires ..."; a phrase of several words
    is read by `phrase_capitalised_by_its_sentence`."""
    if len(span) != 1 or (entry.category != "label" and not span[0].is_sent_start):
        return False
    tok = span[0]
    doc = span.doc
    whole_entity = (tok.ent_iob_ == "B") and (
        tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I"
    )
    next_is_name = tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
    return whole_entity and not next_is_name


def stacked_before_label(span: Span, entry: LexiconEntry, labelled: frozenset[int]) -> bool:
    """A judging word that opens a sentence and stands right before a label's words ("Unelected
    Brussels bureaucrats", "Radical Soros-funded prosecutors"): the small model takes the capital
    for a name's first word, but a name does not run on into an epithet, so the word is the
    outlet's, stacked on the label. Only the words that judge a name count, as for nicknames."""
    return (
        len(span) == 1
        and entry.judges_a_name
        and span[0].is_sent_start is True
        and span.end in labelled
    )


#: A team's staff, players, fans and fixtures: "Patriots coach", "fans of the Patriots".
_SPORTS_NOUNS: Final = frozenset(
    {
        *("coach", "quarterback", "linebacker", "receiver", "striker", "owner", "fan", "fans"),
        *("roster", "season", "game", "games", "match", "playoff", "playoffs", "quarter"),
        *("touchdown", "touchdowns", "innings", "goal", "goals", "halftime", "kickoff"),
        "stadium",
    }
)
#: What a team does to another on the field: "the Patriots beat the Jets".
_SPORTS_VERBS: Final = frozenset(
    {
        *("beat", "defeat", "edge", "rout", "thrash", "top", "down", "score", "win", "lose"),
        *("draw", "tie", "face", "host", "play", "sign", "draft", "trade", "clinch"),
    }
)


def a_teams_name(tok: Token) -> bool:
    """A capitalised plural the small model tags as an organisation, in a sentence about
    sport, is a team's name: "The Patriots beat the Jets 24-10", "Patriots coach Bill
    Belichick". The club chose it, so it frames no one. The same word said of marchers
    ("Patriots gathered outside the embassy") or a party's members ("the Communists defeated
    the Nationalists", tagged as a group, not an organisation) stays the outlet's label."""
    if not _capitalised_plural(tok) or tok.ent_type_ != "ORG":
        return False
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if tok.head.lower_ in _SPORTS_NOUNS or after in _SPORTS_NOUNS:
        return True  # "Patriots coach", "Patriots fans"
    if tok.head.lower_ == "of" and tok.head.head.lower_ in _SPORTS_NOUNS:
        return True  # "fans of the Patriots"
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _SPORTS_VERBS:
        return False
    return _a_score_or_fixture(verb) or any(_another_team(t) for t in verb.subtree if t != tok)


def _a_score_or_fixture(verb: Token) -> bool:
    """A score ("24-10") or a word of the game ("the fourth quarter") in the verb's clause."""
    words = list(verb.subtree)
    if any(t.lower_ in _SPORTS_NOUNS for t in words):
        return True
    return any(
        a.like_num and b.text in {"-", "\N{EN DASH}"} and c.like_num
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _another_team(tok: Token) -> bool:
    """The opponent: another capitalised plural ("the Jets", "the Bills") that the model does
    not tag as a people or a party's members ("the Nationalists")."""
    return tok.dep_ in {"dobj", "pobj"} and _capitalised_plural(tok) and tok.ent_type_ != "NORP"


def _capitalised_plural(tok: Token) -> bool:
    """A plural written with a capital, as a team's name is ("Patriots", "Jets")."""
    return tok.is_title and tok.tag_ in {"NNS", "NNPS"}


def capitalised_epithet(span: Span, entry: LexiconEntry) -> bool:
    """A judging word capitalised onto a person's name as a nickname ("Crooked Hillary", "Crazy
    Bernie"): the small model tags it as the name's first word, but no one is christened
    "Crooked", so the word is the outlet's epithet on the person named after it. Only curated
    words count (the sentiment lists hold real first names' look-alikes), and not before a rank
    the model takes for a name ("Petty Officer Jones")."""
    tok = span[0]
    doc = span.doc
    return (
        len(span) == 1
        and entry.category in {"label", "loaded"}
        and not entry.derived
        and tok.ent_type_ == "PERSON"
        and tok.ent_iob_ == "B"
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_iob_ == "I"
        and doc[tok.i + 1].pos_ == "PROPN"
        and doc[tok.i + 1].lower_ not in TITLES  # a rank: "Petty Officer Jones"
    )


def phrase_capitalised_by_its_sentence(span: Span) -> bool:
    """A phrase entry that opens a sentence, its first words tagged a name only for the
    sentence's capital ("Cancel culture has gone too far", "Witch hunt: tribunal bans sprinter"
    read as a body named "Witch"): a name does not stop short of the lower-case words that
    finish the lexicon's phrase. A real name keeps its capitals after the first word ("House of
    Cards", "Freedom Party"), and a phrase the entity covers whole ("Green New Deal") stays one."""
    first = span[0]
    if len(span) < 2 or first.is_sent_start is not True or first.ent_iob_ != "B":
        return False
    ent_end = first.i + 1
    while ent_end < span.end and span.doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    rest = span.doc[ent_end : span.end]
    return len(rest) > 0 and all(t.is_lower or not t.is_alpha for t in rest)


def slogan_in_capitals(span: Span) -> bool:
    """A verb phrase the writer capitalises as a slogan ("vowed to Drain the Swamp"): the small
    model tags it a name, but a name does not open on a verb the sentence uses as its own, so the
    capitals mark the slogan and its framing stays the outlet's."""
    first = span[0]
    return len(span) > 1 and first.pos_ == "VERB" and first.dep_ not in {"amod", "compound"}
