"""Framing cues found by the form of the text rather than by a lexicon entry.

Quotation marks around a phrase nobody is said to have spoken (scare quotes), a question or an
exclamation in the outlet's own voice, a view lent to people no reader can identify ("critics
say"), a superlative with nothing to measure it against ("the worst ever"), and a name coined
into a phobia ("Westophobic"). Each rule reads the article's dependency parse, made once;
:func:`reader.core.framing.article_cues` gathers these cues with the lexicon's
(:mod:`reader.core.framing_cues`) and decides whose words each one is in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import numpy as np

from reader.core.countries import COUNTRY_WORDS
from reader.core.entity_words import is_person_noun
from reader.core.framing_cues import BASE_CONFIDENCE, Cue
from reader.core.named_groups import stands_for_a_named_group
from reader.core.nlp import lemmas_at, words_at
from reader.core.quotes import doc_quotations
from reader.core.voice import in_named_report, reported_before_in_sentence, reported_in_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from reader.core.lexicon import Lexicon, LexiconEntry


def scare_quote_cues(doc: Doc, text: str) -> list[Cue]:
    """Short quoted phrases nobody is said to have spoken: the outlet distances itself from them."""
    out: list[Cue] = []
    for q in doc_quotations(doc, text):
        if not q.closed or q.attributed or not 0 < q.words <= 4:
            continue
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or not any(t.is_alpha for t in span):
            continue
        if all(t.pos_ == "PROPN" or not t.is_alpha for t in span):
            continue  # a quoted name or title ("the “Times”") is not a scare quote
        if _spoken(span) or _after_colon(span) or _after_reading(span) or _opens_a_report(span):
            continue  # "Who are you!", "I will not", 'a sign reads: "..."': a line, not a phrase
        if _quoted_nickname(span):
            continue  # William "the Refrigerator" Perry
        if mentioned(span):
            continue  # "the term “deep state”", "marked “classified”", a “no” vote, a name
        so_called = text[: q.start].rstrip().lower().endswith(("so-called", "so called"))
        distanced = so_called or _what_someone_calls(span) or _marked_role_word(span)
        if reported_in_sentence(doc, span) and not distanced:
            continue  # a partial quotation of a person the sentence names: not scare quotes
        # Include the marks in the span so the reader sees what is flagged.
        whole = doc.char_span(q.start, q.end, alignment_mode="expand") or span
        out.append(
            Cue(
                whole.start,
                whole.end,
                "scare-quote",
                "rule:scare-quote",
                BASE_CONFIDENCE["scare-quote"],
            )
        )
    return out


#: Verbs that give a thing its name: "what the company calls a “test” flight".
_NAMING_VERBS: Final = frozenset({"call", "dub", "term", "label", "brand"})
#: Verbs of habit or liking that govern a naming verb: "what the firm likes to call “progress”".
_HABIT_VERBS: Final = frozenset({"like", "love", "prefer", "insist", "choose", "continue"})


def _what_someone_calls(span: Span) -> bool:
    """The quoted words are what someone habitually calls a thing, named in a free relative
    ("on what the company still calls a “test” flight", "what the firm likes to call
    “progress”"): no statement is reported, so the marks are the outlet holding the name at
    arm's length, which is the scare quote. The past tense reports one statement ("what
    officials called a “safety incident”") and stays the speaker's partial quotation."""
    doc = span.doc
    sent = span.sent
    for verb in doc[sent.start : span.start]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        if not (verb.left_edge.i <= span.start and span.end - 1 <= verb.right_edge.i):
            continue  # the quotation is not what the verb names
        habit = verb.head if verb.dep_ == "xcomp" else verb
        if not any(t.lower_ == "what" and t.i < verb.i for t in (*verb.children, *habit.children)):
            continue
        if _habitual(verb, habit):
            return True
    return False


def _habitual(verb: Token, habit: Token) -> bool:
    """A naming verb in the present tense, after "still", or under a verb of habit: what someone
    keeps calling a thing rather than what they once said."""
    if habit is not verb and habit.lemma_.lower() in _HABIT_VERBS:
        return True
    return verb.tag_ in {"VBZ", "VBP"} or any(c.lower_ == "still" for c in verb.children)


def _marked_role_word(span: Span) -> bool:
    """One common noun naming people in the story set in the outlet's own marks, with no verb of
    speech before it (the four "diplomats" were given 72 hours, the ministry said): quoting a
    speaker's plain word for whom they speak of keeps nothing of theirs, so the marks are the
    outlet's doubt that the word fits. After a verb of speech ('described them as "diplomats"')
    the word is the speaker's."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or words[0].tag_ not in {"NN", "NNS"}:
        return False
    word = words[0]
    names_people = is_person_noun(word) or word.lemma_.lower() in _PEOPLE_IN_THE_STORY
    return names_people and not reported_before_in_sentence(span)


#: Nouns for the people a story is about that :func:`is_person_noun` does not list.
_PEOPLE_IN_THE_STORY: Final = frozenset(
    {
        *("diplomat", "refugee", "migrant", "soldier", "civilian", "volunteer", "victim"),
        *("hostage", "prisoner", "detainee", "tourist", "pilgrim", "fighter", "rebel"),
    }
)


def _spoken(span: Span) -> bool:
    """A quoted clause or exclamation: a subject with its own finite verb ("She will be
    vindicated": the finite word may be an auxiliary), or a closing "!"/"?"."""
    if span.text.rstrip().endswith(("!", "?")):
        return True
    return any(
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        and (
            t.tag_ in _FINITE
            or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in t.children)
        )
        for t in span
    )


_FINITE: Final = frozenset({"VBZ", "VBP", "VBD", "MD"})


#: A question longer than this is usually a transcript's run-on sentence; shorter than 3 words it
#: is a fragment. Opinion writing asks long rhetorical questions ("Why would a genuine believer
#: join the very body that ...?"): 25 missed those (PTC token F1 0.202 -> 0.213 at 40, BASIL
#: unchanged; docs/EVALUATION.md, step 21).
QUESTION_MAX_WORDS: Final = 40
QUESTION_CONFIDENCE: Final = 0.4
QUESTION_RULE: Final = "rule:rhetorical-question"


def rhetorical_question_cues(doc: Doc) -> list[Cue]:
    """Questions the outlet asks in its own voice ("Who will pay for it?"): a news report states
    facts and attributes questions, so an unattributed question raises doubt without claiming
    anything a reader could check. Questions with quotation marks are someone's words, not cues.
    A lead-in before a colon is not part of the question ("The obvious question arises: why
    now?"). A "?" after a space or inside a word is a mangled character, not a question.
    On PTC such questions carry much of the annotated Doubt (docs/EVALUATION.md, step 11)."""
    return [
        Cue(start, end, "hedge", QUESTION_RULE, QUESTION_CONFIDENCE)
        for start, end in _own_sentences_ending(doc, "?")
    ]


EXCLAMATION_RULE: Final = "rule:exclamation"
#: A headline word set in capitals for emphasis ("Board SEIZES phones"); see reader.core.headlines.
SHOUTING_RULE: Final = "rule:shouting-capitals"
SHOUTING_CONFIDENCE: Final = 0.5
#: Cues that are whole sentences of the outlet: never inside a quotation.
SENTENCE_RULES: Final = frozenset({QUESTION_RULE, EXCLAMATION_RULE})


def exclamation_cues(doc: Doc) -> list[Cue]:
    """Exclamations in the outlet's own voice ("And the taxpayer foots the bill!"): a report
    states, it does not exclaim, so the mark raises the pitch of what it ends. None in 7,141
    wire sentences; on PTC 0.16 of their words are annotated propaganda (docs/EVALUATION.md,
    step 21). Exclamations inside quotation marks are the speaker's."""
    return [
        Cue(start, end, "intensifier", EXCLAMATION_RULE, QUESTION_CONFIDENCE)
        for start, end in _own_sentences_ending(doc, "!")
    ]


def _last_word(sent: Span) -> str:
    """The text of the sentence's last token that is not a space ("" for none)."""
    for k in range(len(sent) - 1, -1, -1):
        tok = sent[k]
        if not tok.is_space:
            return tok.text
    return ""


def _own_sentences_ending(doc: Doc, mark: str) -> list[tuple[int, int]]:
    """Token spans of the sentences that end with ``mark`` and hold no quotation mark, from
    after a colon lead-in."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        if _last_word(sent) != mark:
            continue  # most sentences: settled by their last mark, before their tokens are read
        toks = [t for t in sent if not t.is_space]
        if not toks or toks[-1].text != mark or not 3 <= len(toks) <= QUESTION_MAX_WORDS:
            continue
        if any(t.is_quote for t in toks) or _mangled_mark(doc, toks):
            continue
        start = toks[0].i
        for tok in toks[:-3]:
            if tok.text == ":":
                start = tok.i + 1
        out.append((start, toks[-1].i + 1))
    return out


def _mangled_mark(doc: Doc, toks: Sequence[Token]) -> bool:
    """Text decoded with the wrong encoding shows "?" for what it could not read: "Nelson
    Warfield ? and John ?McLaughlin"."""
    mark = toks[-1]
    return (mark.i > 0 and doc[mark.i - 1].text_with_ws[-1:].isspace()) or any(
        "?" in t.text for t in toks[:-1] if t.text != "?"
    )


VAGUE_SOURCE_RULE: Final = "rule:vague-source"
VAGUE_SOURCE_CONFIDENCE: Final = 0.5
#: Verbs that put a view in someone's mouth: "some experts warn", "critics argue".
_VIEW_VERBS: Final = frozenset(
    {
        *("say", "warn", "argue", "claim", "contend", "believe", "fear", "suggest", "insist"),
        *("worry", "caution", "complain", "charge", "allege", "maintain", "think"),
    }
)
#: Subjects nobody could check: a side of the argument rather than a person or a body.
#: "Supporters ... Opponents say" is how agency copy sums up a debate it has reported, so the two
#: sides named as such are not in the list; "critics" carry the judgement in their name.
VAGUE_GROUPS: Final = frozenset(
    {"critic", "detractor", "skeptic", "sceptic", "some", "many", "others", "observer"}
)


def vague_source_cues(doc: Doc) -> list[Cue]:
    """A view lent to people no reader can identify ("Some experts warn", "critics argue",
    "many believe"): the outlet's claim wears someone else's voice. Officials, analysts and
    residents are left alone (agency copy names them that way as a matter of course) unless
    "some" or "many" stands before them."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import VERB

    out: list[Cue] = []
    # Only verbs can lend a view: find them in the part-of-speech array rather than walking every
    # Token object of the article.
    for i in np.flatnonzero(doc.to_array(POS) == VERB).tolist():
        verb = doc[i]
        if verb.lemma_.lower() not in _VIEW_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            continue
        subject = subjects[0]
        vague = subject.lemma_.lower() in VAGUE_GROUPS or any(
            c.dep_ in {"det", "amod"} and c.lower_ in {"some", "many"} for c in subject.children
        )
        if not vague or subject.i > verb.i:
            continue
        start = subject.left_edge.i
        if verb.i - start > 5:
            continue  # a long subject names someone after all
        if _named_next(verb, subject) or stands_for_a_named_group(subject):
            continue  # the next sentence, or this one, names the group
        if in_named_report(verb):
            continue  # "Park said the warning was milder than some investors had feared": hers
        out.append(Cue(start, verb.i + 1, "hedge", VAGUE_SOURCE_RULE, VAGUE_SOURCE_CONFIDENCE))
    return out


def _named_next(verb: Token, subject: Token) -> bool:
    """The next sentence names one of the group ("Some economists said ... Julia Brandt, chief
    economist at Halvard Bank, said ..."): agency copy's way of giving the view a face."""
    sent = verb.sent
    if sent.end >= len(verb.doc):
        return False
    following = verb.doc[sent.end].sent
    group = subject.lemma_.lower()
    return any(t.ent_type_ == "PERSON" for t in following) and any(
        t.lemma_.lower() == group for t in following if t.pos_ == "NOUN"
    )


#: What makes a superlative unbounded: compared with everything, ever, rather than with a measure.
_UNBOUNDED = re.compile(
    r"(?:ever|in (?:all of )?(?:the )?(?:\w+(?:'s)? )?history|of all time|in the world|"
    r"on (?:the )?(?:planet|earth)|in living memory|known to man|imaginable|"
    r"of (?:our|my|your|their) (?:lifetimes?|generation|time))\b",
    re.IGNORECASE,
)
#: Superlatives of a physical measure ("the tallest building in the world", "its highest profit
#: ever", "the closest vote in the state's history"), or of a death toll ("the deadliest wildfire
#: in state history"): a record someone measured or counted, not a verdict.
_MEASURED_SUPERLATIVES: Final = frozenset(
    {
        *("high", "low", "tall", "long", "short", "deep", "shallow", "wide", "narrow", "steep"),
        *("fast", "slow", "hot", "cold", "warm", "wet", "dry", "heavy", "old", "young"),
        *("early", "late", "close", "far", "near", "cheap", "deadly"),
    }
)
#: Words before a superlative that belong to its judgement ("the single most important").
_SUPERLATIVE_LEAD: Final = frozenset({"single", "very"})
#: How far after the superlative its scope may start ("the worst economic record ever").
SUPERLATIVE_REACH: Final = 6
SUPERLATIVE_CONFIDENCE: Final = 0.5
SUPERLATIVE_RULE: Final = "rule:unmeasured-superlative"
#: Words that may stand between a superlative and its scope: the rest of its noun phrase.
_SUPERLATIVE_PHRASE: Final = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "DET"})
#: Prepositions that carry the superlative's noun phrase on to its scope: "the biggest betrayal of
#: American workers in history", "the worst attack on free speech ever", "the greatest crime
#: against humanity of all time". The phrase they open is what the superlative ranks.
_SUPERLATIVE_LINKS: Final = frozenset({"of", "on", "against"})


def superlative_cues(doc: Doc, text: str) -> list[Cue]:
    """Unmeasured superlatives ("the worst president in history", "the greatest ever"): a
    comparison with everything that gives no figure a reader could check. Plain superlatives
    ("the largest bank", "the latest figures") are wire-copy staples and are left alone; only one
    with an unbounded scope within :data:`SUPERLATIVE_REACH` words of it is flagged. ``text`` is
    the article's text (``doc.text``, which spaCy rebuilds on every access)."""
    from spacy.attrs import TAG

    out: list[Cue] = []
    wanted = [doc.vocab.strings.add(t) for t in ("JJS", "RBS")]
    # Superlatives are rare: find them in the tag array rather than walking every Token object.
    for i in np.flatnonzero(np.isin(doc.to_array(TAG), wanted)).tolist():
        tok = doc[i]
        if _measured(tok):
            continue
        # Within the sentence (``tok.sent`` would rebuild the sentence list on every call).
        for j in range(tok.i + 1, min(tok.i + 1 + SUPERLATIVE_REACH, len(doc))):
            if doc[j].is_sent_start:
                break
            m = _UNBOUNDED.match(text, doc[j].idx)
            if m is None:
                if _within_phrase(doc[j]):
                    continue
                break  # a verb or a clause: "the highest it has ever been" reports a record
            first = _lead(tok)
            span = doc.char_span(first.idx, m.end(), alignment_mode="expand")
            if span is not None and not _has_figure(doc, tok.i):
                out.append(
                    Cue(
                        span.start,
                        span.end,
                        "intensifier",
                        SUPERLATIVE_RULE,
                        SUPERLATIVE_CONFIDENCE,
                        word_start=tok.i,
                        word_end=tok.i + 1,
                    )
                )
            break
    return out


def _within_phrase(tok: Token) -> bool:
    """Whether ``tok`` still belongs to the superlative's noun phrase, so its scope may follow."""
    return tok.pos_ in _SUPERLATIVE_PHRASE or tok.text == "-" or tok.lower_ in _SUPERLATIVE_LINKS


VERDICT_RULE: Final = "rule:verdict-on-the-day"
VERDICT_CONFIDENCE: Final = 0.5
#: Subjects that point at the event being reported: "This is ...", "Today is ...".
_THE_EVENT: Final = frozenset({"this", "today"})
#: Nouns for a stretch of time a verdict can be passed on: "a dark day", "a proud moment".
_OCCASIONS: Final = frozenset({"day", "moment", "hour", "chapter", "week", "night"})
#: Adjectives that place a day rather than judge it: "the first day for the new rules".
_PLACING: Final = frozenset(
    {"first", "last", "final", "next", "second", "third", "busy", "long", "short", "full"}
)


def verdict_cues(doc: Doc) -> list[Cue]:
    """ "This is a dark day for Marren", "Today is a proud day for our city": a verdict on the
    event in the present tense, pointed at it with "this" or "today". It is an editorial's and
    a speaker's formula, never a report's; the adjective need not be in any word list, since the
    formula itself passes the judgement. "It was a busy day for the fire service" describes,
    and "the first day for the new rules" places, so neither counts."""
    out: list[Cue] = []
    # Only "this" and "today" can start the formula: found in the word column, not by making a
    # Token of every word.
    for i in words_at(doc, _THE_EVENT):
        tok = doc[i]
        if tok.dep_ != "nsubj":
            continue
        verb = tok.head
        if verb.lemma_ != "be" or verb.tag_ != "VBZ" or any(c.dep_ == "neg" for c in verb.children):
            continue
        for noun in verb.children:
            if noun.dep_ != "attr" or noun.lemma_.lower() not in _OCCASIONS:
                continue
            if not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
                continue
            judged = [
                c
                for c in noun.children
                if c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_ not in _PLACING
            ]
            if judged:
                first = min(judged, key=lambda t: t.i)
                out.append(Cue(first.i, noun.i + 1, "loaded", VERDICT_RULE, VERDICT_CONFIDENCE))
    return out


COINED_PHOBIA_RULE: Final = "rule:coined-phobia"
COINED_PHOBIA_CONFIDENCE: Final = 0.5
#: A capitalised stem closed up with a phobia's ending: "Orsavophobic", "Westophobe".
_COINED_PHOBIA = re.compile(r"[A-Z][a-z]{2,}?(phob(?:ia|ias|ic|ics|e|es))")
#: A phobia's ending on its own, after a hyphen: "Orsava-phobic".
_PHOBIA_ENDING = re.compile(r"phob(?:ia|ias|ic|ics|e|es)")
#: Stems English writes in lower case: phobias and properties medicine and chemistry name
#: ("Claustrophobia", "Hydrophobic" opening a sentence), and the prejudice words the lexicons
#: hold with their own notes ("xenophobic", "homophobe").
_COMMON_STEMS: Final = frozenset(
    {
        *("claustro", "arachno", "hydro", "photo", "agora", "acro", "aero", "nycto", "haemo"),
        *("hemo", "emeto", "trypo", "thanato", "noso", "cyno", "ailuro", "ophidio", "glosso"),
        *("oleo", "lipo", "necro", "socio", "pyro", "astra", "myso", "xeno", "homo", "trans"),
        *("techno", "bi", "aqua"),
    }
)


def coined_phobia_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """ "the Orsavophobic hysteria", "a Westophobe", "Orsava-phobic": a name made a phobia.
    Whatever the name, the coinage calls its bearer's critics bigots, name calling no report
    states as fact, and an outlet can coin one for any rival, so no list can hold them all.

    A capital marks the stem as a name only where English would not capitalise it anyway: the
    phobias medicine names are as many as the Greek and Latin combining forms ("Germophobes",
    "Nomophobia", "Triskaidekaphobia" opening a sentence), so a longer list of them would
    always be one short. At a sentence's start the stem must be a name by itself: one the
    article writes elsewhere ("Orsava"), or a country's ("Germanophobia"). A title-case
    headline reaches this rule in lower case (:func:`reader.core.title_case.reading_case`).
    A word the lexicon holds ("Russophobic", "Islamophobes") keeps its curated entry and
    note."""
    out: list[Cue] = []
    if "phob" not in doc.text.lower():
        return out
    names: frozenset[str] | None = None
    for tok in doc:
        start, stem, ending = _coined_phobia_at(doc, tok)
        if not ending or stem.lower() in _COMMON_STEMS or "phob" in stem.lower():
            continue  # "Phobia-phobic": a phobia's own word is no name
        held = _held_entry(lexicon, doc[start : tok.i + 1].text)
        if held is not None:
            if held.category != "neutral":
                out.append(_lexicon_cue(held, start, tok.i + 1))
            continue
        if _opens_a_sentence(doc, start):
            names = _names_written(doc) if names is None else names
            if not _a_known_name(stem, names):
                continue
        out.append(Cue(start, tok.i + 1, "label", COINED_PHOBIA_RULE, COINED_PHOBIA_CONFIDENCE))
    return out


def _held_entry(lexicon: Lexicon, word: str) -> LexiconEntry | None:
    """The lexicon's entry for a phobia it holds, singular or plural ("Islamophobes" is its
    "islamophobe"): the lexicon's matcher reads lemmas, and the parser takes a capitalised
    plural for a name and leaves it as written."""
    forms = (word, word[:-1]) if word.endswith("s") else (word,)
    return next((e for form in forms for e in lexicon.lookup(form)), None)


def _lexicon_cue(entry: LexiconEntry, start: int, end: int) -> Cue:
    """The cue the lexicon's matcher makes of ``entry``, with its rule and so its note."""
    rule = f"lexicon:{entry.category}:{entry.term.lower()}"
    confidence = BASE_CONFIDENCE.get(entry.category, 0.5)
    return Cue(start, end, entry.category, rule, confidence, entry, None, start, end)


#: What stands right before a word that opens a sentence, a quotation or a bracket.
_OPENERS: Final = frozenset({'"', "“", "‘", "'", "(", "[", ":", "—", "-", "–"})
#: Vowels that join a name to "-phobia" ("Orsav-o-phobic"), dropped to find the name.
_JOINING_VOWELS: Final = "oia"
#: How many letters a name may run on past a coinage's stem ("Russ-o" of "Russia").
_NAME_TAIL: Final = 2


def _opens_a_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands where English capitalises any word."""
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    return before.is_space or before.text in _OPENERS


def _names_written(doc: Doc) -> frozenset[str]:
    """The capitalised words the article writes where no sentence starts, in lower case."""
    return frozenset(
        t.lower_
        for t in doc
        if t.is_alpha and t.text[:1].isupper() and not _opens_a_sentence(doc, t.i)
    )


def _a_known_name(stem: str, names: frozenset[str]) -> bool:
    """Whether a coinage's stem is a name the article writes or a country's: "Orsavo" of
    "Orsava", "Germano" of "Germany"; "Germo" is not "Germany"'s, which runs on too far."""
    core = stem.lower().rstrip(_JOINING_VOWELS) or stem.lower()
    if len(core) < 3:
        return False
    return any(
        name.startswith(core) and len(name) - len(core) <= _NAME_TAIL
        for name in names | COUNTRY_WORDS
        if "phob" not in name
    )


def _coined_phobia_at(doc: Doc, tok: Token) -> tuple[int, str, str]:
    """Where a coined phobia ending at ``tok`` starts, its stem and its ending; no ending when
    ``tok`` ends none."""
    closed = _COINED_PHOBIA.fullmatch(tok.text)
    if closed:
        return tok.i, tok.text[: closed.start(1)], closed.group(1)
    if tok.i >= 2 and _PHOBIA_ENDING.fullmatch(tok.lower_) and doc[tok.i - 1].text == "-":
        name = doc[tok.i - 2]
        if name.text[:1].isupper() and name.is_alpha:
            return name.i, name.text, tok.lower_
    return tok.i, "", ""


#: Words that call a change small: "a modest tweak", "a minor adjustment".
_SMALL_WORDS: Final = frozenset({"modest", "minor", "slight", "small", "tiny", "little", "mere"})
#: Nouns for a change whose size a small word can belittle; "tweak" is small by itself.
_CHANGES: Final = frozenset(
    {"tweak", "adjustment", "change", "trim", "cut", "reduction", "rise", "increase", "hike"}
)
#: From this share a change is large, whatever word the sentence puts on it.
_LARGE_SHARE: Final = 20.0
UNDERSTATEMENT_CONFIDENCE: Final = 0.5
UNDERSTATEMENT_RULE: Final = "rule:understatement"
_PERCENT: Final = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent\b)", re.IGNORECASE)


def understatement_cues(doc: Doc) -> list[Cue]:
    """A small word for a large figure it is said of ("called the 40% cut to the grant a modest
    tweak", "a modest 45% rise"): the sentence gives the size and the wording shrinks it. "A modest
    2% rise" is the right word for its figure, and a figure about something else in the sentence
    ("a minor change after a 35% rise in complaints") is not the change's size."""
    out: list[Cue] = []
    # Only the change nouns are built as tokens (found in the parse's lemma column).
    for i in lemmas_at(doc, _CHANGES):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        small = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in _SMALL_WORDS]
        if not small and tok.lemma_.lower() != "tweak":
            continue
        if max((_share(t) for t in _what_it_sizes(tok)), default=0.0) < _LARGE_SHARE:
            continue
        first = min([tok, *small], key=lambda t: t.i)
        out.append(
            Cue(first.i, tok.i + 1, "intensifier", UNDERSTATEMENT_RULE, UNDERSTATEMENT_CONFIDENCE)
        )
    return out


def _what_it_sizes(noun: Token) -> list[Token]:
    """The noun and, when it is said of another ("called the cut a tweak", "the cut is a
    tweak"), that other: where the figure it belittles can stand."""
    said_of = [noun]
    if noun.dep_ in {"attr", "oprd"}:
        said_of += [c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    elif noun.dep_ == "appos":
        said_of.append(noun.head)
    return said_of


def _share(noun: Token) -> float:
    """The largest percentage that sizes ``noun`` itself ("the 40% cut"), not one in a clause or a
    phrase hung on it."""
    words = " ".join(t.text for t in noun.doc[noun.left_edge.i : noun.i])
    return max((float(m.group(1).replace(",", "")) for m in _PERCENT.finditer(words)), default=0.0)


def _measured(tok: Token) -> bool:
    """A superlative of a physical measure ("tallest", "highest", "closest"): the record can be
    checked against a figure, so the ranking is reporting, not exaggeration."""
    return tok.tag_ == "JJS" and tok.lemma_.lower() in _MEASURED_SUPERLATIVES


def _lead(tok: Token) -> Token:
    """The first word of the superlative's judgement: "single" in "the single most important"
    and "very" in "the very worst" narrow the ranking to one, so they are part of the claim."""
    first = tok
    while first.i > 0 and first.doc[first.i - 1].lower_ in _SUPERLATIVE_LEAD:
        first = first.doc[first.i - 1]
    return first


def _has_figure(doc: Doc, i: int) -> bool:
    """The sentence of token ``i`` gives a figure ("fell to 0.72, the lowest in the world";
    "hundreds of thousands of signatures, the most in its history"): the superlative is measured."""
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    # "one of the most ..." is a turn of phrase, not a figure
    return any(
        (t.like_num or t.ent_type_ in _FIGURES) and t.lower_ != "one" for t in doc[start:end]
    )


_FIGURES: Final = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


#: Words that introduce a word as a word ("the term “deep state”", "were marked “classified”"):
#: the quotation marks then name the phrase rather than keep a distance from it.
_MENTION_WORDS: Final = frozenset(
    {
        *("term", "phrase", "word", "words", "expression", "slogan", "nickname", "label"),
        *("mark", "stamp", "title", "headline", "hashtag"),
        # a gloss: 'adventus, which means "coming"'
        *("mean", "translate"),
    }
)
_VOTE_WORDS: Final = frozenset({"yes", "no", "aye", "nay", "present"})


def _opens_a_report(span: Span) -> bool:
    """The quotation opens its sentence and closes on a comma ('"Thirty years waiting for you,"
    read one banner'): the form of a quoted line with its source after it."""
    doc = span.doc
    opening = span.start - 1
    return (
        opening >= 0
        and bool(doc[opening].is_sent_start)
        and span.end > span.start
        and doc[span.end - 1].text == ","
    )


def _quoted_nickname(span: Span) -> bool:
    """Quoted words between a first and a last name (William "the Refrigerator" Perry)."""
    doc = span.doc
    before, after = span.start - 2, span.end + 1
    return (
        before >= 0
        and after < len(doc)
        and doc[before].pos_ == "PROPN"
        and doc[after].pos_ == "PROPN"
    )


def _after_colon(span: Span) -> bool:
    """The quotation follows a colon ('A banner read: "..."', 'uttering: "..."'): the text is a
    line someone wrote or said, set out as such, never a phrase kept at a distance."""
    k = span.start - 2  # the token before the opening mark
    if k >= 0 and span.doc[k].text == ":":
        return True
    # a later item of a list set out after the colon: 'Ingredients: "salt", "sugar"'
    before = span.doc[span.sent.start : max(span.sent.start, span.start - 1)].text
    return _LISTED.search(before) is not None


#: A colon and then quoted items, each followed by a comma, "and" or "or": a list of words.
_LISTED: Final = re.compile(r':\s*(?:["“][^"”]{1,60}["”]\s*(?:,|,?\s*(?:and|or))\s*)+$')


def _after_reading(span: Span) -> bool:
    """The quotation is what a sign, a banner or a placard reads or says ('banners reading "Tax
    the rich"', 'a sign that said "Closed"'): the words written on it, set out without a colon."""
    k = span.start - 2  # the token before the opening mark
    return k >= 0 and span.doc[k].lemma_.lower() in _WRITING_VERBS


#: Verbs that introduce the words written on something, quoted straight after them.
_WRITING_VERBS: Final = frozenset({"read", "say"})


def introduced_as_word(span: Span) -> bool:
    """The word before the opening mark names what follows as a word: "the term “...”", 'which
    means "coming"', 'a worm known as "..."', also down a list of them ('the terms "woman" and
    "sex"')."""
    doc = span.doc
    k = span.start - 2
    while k >= 2 and doc[k].lower_ in _LIST_JOINS and doc[k - 1].is_quote:
        j = k - 2  # back over the words of the quotation before, to its opening mark
        while j >= 0 and not doc[j].is_quote and k - j <= 6:
            j -= 1
        if j < 0 or not doc[j].is_quote:
            return False
        k = j - 1
    if k >= 1 and doc[k].lower_ == "as" and doc[k - 1].lemma_.lower() in _NAMING_AS:
        return True  # "a worm known as", "the title translates as"
    if (
        k >= 1
        and doc[k].lower_ == "for"
        and (doc[k - 1].lower_ in _LANGUAGES or doc[k - 1].lemma_.lower() in _GLOSSES)
    ):
        return True  # '"les fauves," French for "the wild beasts"', 'the Latin word for "vanity"'
    return k >= 0 and doc[k].lemma_.lower() in _MENTION_WORDS


#: Verbs before "as" that name a thing by the quoted words: "known as", "translates as".
_NAMING_AS: Final = frozenset({"know", "bill", "style", "market", "translate", "render"})
_LANGUAGES: Final = frozenset(
    {
        *("latin", "greek", "french", "german", "spanish", "italian", "arabic", "hebrew"),
        *("russian", "chinese", "japanese", "portuguese", "dutch", "persian", "turkish", "hindi"),
    }
)
#: Nouns before "for" that gloss the quoted words: 'the Latin word for "vanity"'.
_GLOSSES: Final = frozenset({"word", "term", "phrase", "name", "slang", "shorthand"})
_LIST_JOINS: Final = frozenset({"and", "or", ","})


def mentioned(span: Span) -> bool:
    """The quoted words are named, not used: after "the term", "marked", a quoted "no" vote, a
    title-cased name ("the “Defeat ISIS” coalition", "Jingle All the Way") or any capitalised
    title of a work (the film "Enough"). Such quotation marks keep no distance from anything."""
    if named_not_used(span):
        return True
    words = [t for t in span if t.is_alpha]
    if len(words) == 1 and words[0].lower_ in _VOTE_WORDS:
        return True
    if len(words) == 1 and _capitalised_as_a_name(span, words[0]):
        return True
    return len(words) >= 2 and _title_case(words)


def _capitalised_as_a_name(span: Span, word: Token) -> bool:
    """A lone quoted word that takes a capital in mid-sentence which it would not have in running
    text: a title or a name ('tickets for "Nightfall"', 'the word "Democracy"'). A word capitalised
    by nature ("Catholic", "Weinstein-level") is tagged as a name, a person or a group, and stays a
    scare quote."""
    doc = span.doc
    if not (_case_known(doc) and word.text[:1].isupper() and not word.is_upper):
        return False
    if word.is_sent_start or any(t.ent_type_ in _BY_NATURE or t.pos_ == "PROPN" for t in span):
        return False
    opening = doc[span.start - 1] if span.start > 0 else None
    return opening is None or not opening.is_sent_start


#: Entities whose words take a capital wherever they stand.
_BY_NATURE: Final = frozenset({"PERSON", "NORP"})


def named_not_used(span: Span) -> bool:
    """Quoted words a sentence names rather than uses: introduced as words, glossed, or the title
    or nickname of something. The app flags nothing inside them: nobody frames with a word by
    naming it."""
    return introduced_as_word(span) or named_work(span) or _termed_after(span)


def _termed_after(span: Span) -> bool:
    """The words after the closing mark call the quotation a term ('"degenerate art," the term
    officials used')."""
    doc = span.doc
    after = [t for t in doc[span.end + 1 : min(len(doc), span.end + 5)] if t.text != ","]
    return (
        len(after) > 1
        and after[0].pos_ == "DET"
        and after[1].lemma_.lower() in _MENTION_WORDS | _GLOSSES
    )


def named_work(span: Span) -> bool:
    """A capitalised title beside what names it as one: a noun for a work ('the novel "The
    Idiot"', '"Savage Coast," a thriller set ...'), "titled", its maker's name ('Hitchcock\'s
    "Psycho"', '"Heartless Summer" by Lina Korr'), or a nickname between a first and a last
    name. The words are a name, and nothing inside them is anyone's framing. In a text with no
    capitals at all (a headline set in title case, read in lower case) the capitals say nothing,
    so only what stands beside the quotation counts."""
    words = [t for t in span if t.is_alpha]
    doc = span.doc
    case_known = _case_known(doc)
    if not words or (case_known and not words[0].text[:1].isupper()):
        return False
    if _quoted_nickname(span):
        return True
    before = [t for t in doc[max(0, span.start - 5) : span.start - 1] if not t.is_punct]
    if before and before[-1].tag_ == "POS" and len(before) > 1 and before[-2].pos_ == "PROPN":
        return True  # the maker's possessive: Berlioz's "Symphonie fantastique"
    if case_known and not _title_case(words):
        return False
    if case_known and len(words) >= 3 and any(t.lower_ in _TITLE_SMALL_WORDS for t in words[1:]):
        return True  # "The Grapes of Wrath", "Jingle All the Way": set as a title
    if any(t.lemma_.lower() in _WORKS or t.lower_ in _WORKS | _TITLING for t in before[-2:]):
        return True
    after = [t for t in doc[span.end + 1 : min(len(doc), span.end + 6)] if t.text != ","]
    if after and after[0].lower_ == "by" and len(after) > 1 and after[1].pos_ in {"PROPN", "NOUN"}:
        return True  # "Heartless Summer" by singer Lina Korr
    return any(t.lemma_.lower() in _WORKS or t.lower_ in _WORKS for t in after[:3])


def _case_known(doc: Doc) -> bool:
    """Whether the text's capitals mean anything: a text with none was set in one case. Read
    from the tokens, which stops at the first capital: ``doc.text`` is rebuilt on every access,
    and this is asked once per quotation."""
    return any(c.isupper() for token in doc for c in token.text)


def _title_case(words: Sequence[Token]) -> bool:
    return words[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in words
    )


#: Nouns for works with titles: what the quoted name beside them names.
_WORKS: Final = frozenset(
    {
        *("film", "movie", "novel", "book", "memoir", "single", "song", "album", "track"),
        *("series", "show", "programme", "program", "play", "musical", "opera", "documentary"),
        *("painting", "exhibition", "poem", "episode", "sequel", "thriller", "comedy", "drama"),
        *("podcast", "sitcom", "ballad", "anthem", "biography", "essay", "column", "report"),
        *("miniseries", "special", "premiere", "symphony", "requiem", "movement", "sculpture"),
        *("production", "print", "screening", "revival", "adaptation", "staging", "tapestry"),
        *("farce", "pantomime", "panto", "ballet", "cantata", "oratorio", "mural", "fresco"),
    }
)
_TITLING: Final = frozenset({"titled", "entitled"})


#: Words a title leaves in lower case: "Summer of Sam", "Three Weeks in October".
_TITLE_SMALL_WORDS: Final = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"}
)
