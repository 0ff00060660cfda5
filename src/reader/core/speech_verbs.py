"""Speech verbs in the parse: which verbs report speech, and how the parse ties them together.

Two stages read the same grammar of reporting. Splitting a sentence into claims needs it because "X
said the plan was fair and added that ..." is two claims by one speaker while "..., officials
admitted on Wednesday" is no new claim at all; finding who a claim is attributed to needs it to
take "added" back to the subject of "said". Both read the verbs that report speech on their own,
the verbs that add a second statement to a first, whether a verb has a subject of its own, and
which speech verb a verb without one continues, so they live here and the two stages agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Verbs that report speech on their own ("X said ...", "X told ...").
SPEECH_LEMMAS: Final = frozenset(
    _wordset(
        "say tell add claim insist state declare warn write explain note argue reply respond "
        "answer admit acknowledge announce allege suggest stress comment remark maintain recall "
        "tweet confirm deny reveal conclude observe concede contend assert emphasise emphasize "
        "reiterate report disclose testify continue caution retort counter scoff snap rebut "
        "exclaim shout "
    )
)
#: Verbs that add a second statement to a first: "he said, vowing that ...", "claimed ... and
#: threatened to ...". Each statement is a claim of its own, with the same speaker.
FOLLOW_UP_SPEECH: Final = frozenset(
    {
        *("add", "say", "insist", "warn", "note", "claim", "stress", "vow", "pledge", "promise"),
        *("threaten", "argue", "predict", "urge", "accuse", "demand"),
    }
)
#: Dependency labels of a verb's subject.
SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def has_subject(tok: Token) -> bool:
    """Whether ``tok`` has a subject of its own: "added" in "X said ... and added" has none."""
    return any(c.dep_ in SUBJECTS for c in tok.children)


def speech_governor(tok: Token) -> Token | None:
    """For a reporting verb coordinated with another ("said ... and added"), the first verb."""
    lemma = tok.lemma_.lower()
    if tok.dep_ != "conj" or has_subject(tok):
        return None
    if lemma not in SPEECH_LEMMAS and lemma not in FOLLOW_UP_SPEECH:
        return None
    head = tok.head
    if head.lemma_.lower() in SPEECH_LEMMAS:
        return head
    if head.tag_ == "VBG" and head.dep_ == "advcl" and tok.tag_ in {"VBD", "VBZ", "VBP"}:
        # "claimed the measure was ..., recycling a line, and threatened to ...": a finite verb
        # cannot share a participle's subject; it goes with the main speech verb above.
        up = head.head
        while up.dep_ in {"ccomp", "advcl"} and up.head.i != up.i:
            up = up.head
        if up.lemma_.lower() in SPEECH_LEMMAS:
            return up
    if (
        head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SPEECH_LEMMAS
        and tok.tag_ in {"VBD", "VBZ", "VBP"}
        and any(c.dep_ in {"ccomp", "parataxis"} for c in tok.children)
    ):
        return head.head
    return None


def is_inverted_report(tok: Token) -> bool:
    """'..., officials admitted on Wednesday.': a reporting clause after a comma, with no "and"."""
    if tok.dep_ != "conj" or tok.lemma_.lower() not in SPEECH_LEMMAS or not has_subject(tok):
        return False
    return not any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children) and all(
        c.dep_ != "cc" for c in tok.lefts
    )


def second_reported_clause(tok: Token) -> bool:
    """ "The military said its aircraft struck a command centre and that fighters were among the
    dead": ``tok`` heads a second "that" clause of a main reporting verb, a second statement by
    the same speaker, which another outlet may leave out while it carries the first."""
    head = tok.head
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return (
        tok.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.i < tok.i
        and head.head.lemma_.lower() in SPEECH_LEMMAS
        and verb.dep_ == "ROOT"
        and has_subject(tok)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)
    )


def reports_clause_before(verb: Token) -> bool:
    """'After 12 weeks, the mice found the way faster, the team claimed.': the small model
    sometimes hangs the whole clause before an inverted report on the verb as an adverbial
    clause, not as what was said. A clause with its own subject, no "when" or "because" to make
    it a condition, and a comma before the speaker is what was said; "When the vote passed,
    officials claimed victory" has a mark and an object and reports nothing."""
    if verb.dep_ != "ROOT" or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    before = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return (
        before is not None
        and before.text == ","
        and any(
            c.dep_ == "advcl"
            and c.i < subject.i
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            and not any(g.dep_ == "mark" for g in c.children)
            for c in verb.children
        )
    )


#: Where a speaker's words were given: "claimed in a statement", "said in an interview".
SPEECH_MEDIA: Final = _wordset(
    "statement interview letter speech post release briefing email tweet message video "
    "testimony affidavit memo"
)


def reports_through_medium(verb: Token) -> bool:
    """'The department claimed in a statement that he reached for a knife.': the small model
    reads the "that" clause after the medium as a relative clause of "statement", so the verb
    seems to report nothing. A clause with a subject of its own, in which "that" is no subject,
    is what was said; "a statement that was posted online" is a relative clause and is not, and
    a verb with an object of its own ("claimed victory in a statement that ...") reports none."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        medium.dep_ == "pobj"
        and medium.lemma_.lower() in SPEECH_MEDIA
        and any(_content_clause(c) for c in medium.children)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "on"}
        for medium in prep.children
    )


def verb_lemmas(verb: Token) -> tuple[str, ...]:
    """The verb's lemma in lower case, and the base its written past or "-ing" form gives where
    the lemma lost a silent "e": the model cuts "griped" and "griping" back to "grip", so a list
    of speech verbs holding "gripe" would miss them."""
    lower = verb.lower_
    if lower.endswith("ed"):
        return verb.lemma_.lower(), lower[:-1]
    if lower.endswith("ing"):
        return verb.lemma_.lower(), lower[:-3] + "e"
    return (verb.lemma_.lower(),)


def _content_clause(clause: Token) -> bool:
    opener = clause.doc[clause.left_edge.i]
    return (
        clause.dep_ in {"relcl", "acl"}
        and opener.lower_ == "that"
        and opener.dep_ not in SUBJECTS
        and any(c.dep_ in SUBJECTS and c.i != opener.i for c in clause.children)
    )


__all__ = [
    "FOLLOW_UP_SPEECH",
    "SPEECH_LEMMAS",
    "SPEECH_MEDIA",
    "SUBJECTS",
    "has_subject",
    "is_inverted_report",
    "reports_clause_before",
    "reports_through_medium",
    "second_reported_clause",
    "speech_governor",
    "verb_lemmas",
]
