"""Whose words a framing cue is in: the outlet's own, or a speaker's.

Words inside a quotation are the speaker's. So are the words someone is reported to have used
for someone else ("Trump called the senator a liar") and what a named speaker is reported to have
said without quotation marks ("The minister said the plan was a power grab", "..., according to
the mayor"), but not what someone is said to have admitted: the outlet words that as fact. A
vague speaker ("critics say", "some argue") owns nothing: that is the outlet's own view lent a
voice. How a report names an actor, and clauses the outlet slips into it, stay the outlet's.
Everything here reads the dependency parse of the article, made once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Literal

from reader.core.framing_cues import Cue
from reader.core.quotes import Quotation, doc_quotations, inside_quotation
from reader.core.speech_verbs import verb_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def speakers_words(doc: Doc, cue: Cue, quote_spans: Sequence[tuple[int, int]]) -> tuple[bool, bool]:
    """Whether the cue's words are someone else's: ``(quoted, reported)``, inside a quotation, or
    reported as a named speaker's (:func:`reported_label`, :func:`reported_speech`). Scare quotes
    are always the outlet's own choice. ``quote_spans`` are sorted and disjoint
    (:func:`speech_spans`), so the look-up is a binary search, once per cue of a long article."""
    if cue.category == "scare-quote":
        return False, False
    quoted = inside_quotation(quote_spans, *cue.char_span(doc))
    return quoted, not quoted and (reported_label(doc, cue) or reported_speech(doc, cue))


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``spans`` (a quotation, for instance)."""
    return any(s <= start and end <= e for s, e in spans)


#: Nouns whose "that" clause reports what someone said or thinks: "claims from X that ...".
_SPEECH_NOUNS: Final = frozenset(
    {
        *("claim", "charge", "accusation", "allegation", "assertion", "suggestion", "complaint"),
        *("warning", "argument", "criticism", "insistence", "contention", "view", "belief"),
    }
)


def said_by_someone(tok: Token) -> bool:
    """The word sits in the clause of a speech noun ("despite claims from critics that the measure
    is just a ploy"): the judgement is the critics', reported, not the outlet's own."""
    return any(
        anc.dep_ in {"acl", "ccomp"}
        and anc.head.pos_ == "NOUN"
        and anc.head.lemma_.lower() in _SPEECH_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in anc.children)
        for anc in tok.ancestors
    )


def in_named_report(tok: Token) -> bool:
    """The word is somewhere in what a named speaker is reported to have said ("Analyst Joanna
    Park said the warning was milder than some investors had feared"): whatever it says of
    others, it is the speaker's account, not a view the outlet lends to a faceless group."""
    node = tok
    while node.head.i != node.i:
        parent = node.head
        if (
            node.dep_ == "ccomp"
            and parent.pos_ == "VERB"
            and parent.lemma_.lower() in _SPEECH_VERBS
            and _named_speaker(parent)
        ):
            return True
        node = parent
    return False


#: Verbs that report someone's labelling: "called him a racist", "branded the plan as a sham".
_LABELLING: Final = frozenset({"call", "label", "brand", "dub", "term"})
#: Verbs whose "as" phrase is the judgement of their subject: "denounced the plan as a sham".
_CASTING: Final = frozenset(
    {
        *("describe", "slam", "blast", "denounce", "condemn", "criticise", "criticize", "decry"),
        *("attack", "hail", "praise", "portray", "depict", "dismiss", "deride", "characterize"),
        "characterise",
    }
)


def reported_label(doc: Doc, cue: Cue) -> bool:
    """The cue is the word someone is reported to have used for someone else: the complement of
    a labelling verb ("Trump called the senator a liar", "labelled the movement as racist") or
    what someone is accused of ("accused the leaders of capitulating"). The outlet reports the
    act of labelling and says who did it; the word is theirs."""
    if cue.category in {"attribution", "scare-quote"}:
        return False  # the reporting verb and the quotation marks are the outlet's own choice
    tok = doc[cue.word_start if cue.word_start >= 0 else cue.start]
    for node in (tok, *tok.ancestors):
        head = node.head
        if node.i == head.i:
            break
        if node.dep_ == "prep" and node.lower_ == "of":
            # "accused the leaders of capitulating": "of" hangs on the verb or on its object
            verb = head.head if head.dep_ == "dobj" else head
            if verb.pos_ == "VERB" and verb.lemma_.lower() == "accuse":
                return True
        if head.pos_ != "VERB":
            continue
        lemma = head.lemma_.lower()
        if (
            lemma in _LABELLING
            and node.dep_ == "oprd"
            and not any(c.dep_ == "prt" or c.lower_ in {"on", "for"} for c in head.children)
        ):
            return _speaker_of(head) != "vague"
        if node.dep_ == "prep" and node.lower_ == "as" and lemma in _LABELLING | _CASTING:
            return _speaker_of(head) != "vague"
    return _called_adjective(tok)


def _called_adjective(tok: Token) -> bool:
    """ "Ortiz called the delay unacceptable": the small model often hangs the adjective on the
    object ("delay unacceptable") instead of the verb; an adjective after the object of a
    labelling verb, at the end of its clause, is still what the speaker called it."""
    if tok.pos_ != "ADJ":
        return False
    for verb in tok.ancestors:
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in _LABELLING:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i]
        after = tok.doc[tok.i + 1 : verb.right_edge.i + 1]
        ends_clause = all(t.is_punct or t.is_space for t in after)
        return bool(objects) and ends_clause and _speaker_of(verb) != "vague"
    return False


#: Verbs whose clause reports what a speaker said: "The minister said the plan was a sham".
_SPEECH_VERBS: Final = frozenset(
    {
        *("say", "tell", "state", "argue", "claim", "insist", "add", "warn", "write", "contend"),
        *("maintain", "allege", "assert", "suggest", "testify", "tweet", "post", "declare"),
        *("announce", "deny", "acknowledge", "admit", "complain", "charge"),
    }
)
#: Speakers too vague to own a judgement: "critics say" lends the outlet's view a voice.
_VAGUE_SPEAKERS: Final = frozenset(
    {
        *("critic", "some", "many", "observer", "expert", "analyst", "people", "other", "others"),
        *("commentator", "skeptic", "sceptic", "opponent", "detractor", "everyone", "anyone"),
        *("one", "who", "it", "i", "we", "you", "they", "source", "someone", "somebody"),
        *("nobody", "everybody"),
    }
)


def reported_speech(doc: Doc, cue: Cue) -> bool:
    """The cue is in what a named speaker is reported to have said, without quotation marks: "The
    minister said the plan was a power grab", "..., according to the minister". The outlet chose
    the report, the speaker the judgement. A vague speaker ("critics say", "some argue") does not
    count: that is the outlet's own view lent a voice, and stays the outlet's."""
    tok = doc[cue.word_start if cue.word_start >= 0 else cue.start]
    if cue.category in {"attribution", "scare-quote"} or (
        cue.category == "hedge" and tok.pos_ == "ADV"
    ):
        return False  # "reportedly", "apparently": the outlet's own hedge on what it reports
    naming = False  # the path so far is a subject: how some clause names an actor
    for node in (tok, *tok.ancestors):
        if node.dep_ == "pobj" and node.head.head.lower_ == "according":
            return False  # the cue describes the source itself: "according to literally dozens"
        if any(_according_to_someone(c) for c in node.children):
            return True
        head = node.head
        if node.i == head.i or node.dep_ in _INSERTED or (naming and node.dep_ == "advcl"):
            # A clause the outlet slipped in ("the regime, which has openly threatened ...") is
            # the outlet's, and so is how a side clause names an actor ("he said Europe should
            # stay out if the communist nation invades"); what the speaker asserts, including of
            # the reported clause's own subject ("said the climate crisis had arrived"), is theirs.
            return False
        if node.dep_ == "advcl" and node.tag_ == "VBG" and doc[node.left_edge.i - 1].text == ",":
            return False  # "said there were no reports, undercutting X's alarmist warnings": a
            # participle set off after the report is the outlet's gloss on it
        if _content_of_owned_claim(node):
            return True
        naming = naming or node.dep_ in {"nsubj", "nsubjpass"}
        if (
            node.dep_ == "ccomp"
            and head.pos_ == "VERB"
            and (
                (
                    head.lemma_.lower() in _SPEECH_VERBS
                    and _named_speaker(head)
                    and not _a_document_says(head)
                )
                or _told_in_court(head)
            )
            and _reads_as_speech(node)
        ):
            return (
                head.lemma_.lower() not in _CONCEDING
                and not _describes_the_speaker(tok, node)
                and not _judges_the_speakers_own_act(tok, node)
            )
    return False


def _describes_the_speaker(tok: Token, clause: Token) -> bool:
    """The cue is in the reported clause's subject, and that subject names the speaker itself:
    "Soft-on-crime councillors on the city council voted 9-4, the council said". A body or a
    person reported on its own act is the source of the act, not of a slur on itself; the
    epithet is the outlet's. Sharing a title is not being the speaker: in "Corrupt officers at
    the station took bribes, a senior officer said" the officer judges others, and the
    judgement stays the officer's."""
    speaker = _speaker_noun(clause.head)
    return speaker is not None and any(
        tok.i in {t.i for t in subject.subtree}
        and any(t.i != tok.i and _same_entity(t, speaker) for t in subject.subtree)
        for subject in _clause_subjects(clause)
    )


def _judges_the_speakers_own_act(tok: Token, clause: Token) -> bool:
    """The cue is an adverb on the act of the speaker itself, told before a trailing tag:
    "Caldmere city council has finally agreed to ..., the council said", "The ministry has
    shamefully refused to pay, the ministry said". The tag vouches for the act; whether it came
    "finally" or "shamefully" is the outlet's verdict on it, not the speaker's account of itself.
    What the speaker says of another's act ("The minister has finally agreed ..., the council
    said"), or of others sharing its title ("Officers have finally agreed ..., a senior officer
    said"), stays the speaker's."""
    speaker = _speaker_noun(clause.head)
    if speaker is None or clause.i > clause.head.i:
        return False
    own_act = any(
        _same_entity(t, speaker) for subject in _clause_subjects(clause) for t in subject.subtree
    )
    return own_act and any(
        tok.i in {t.i for t in manner.subtree}
        for manner in clause.children
        if manner.dep_ == "advmod"
    )


def _speaker_noun(verb: Token) -> Token | None:
    """The speech verb's one subject ("council" in "the council said")."""
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    return speakers[0] if len(speakers) == 1 else None


#: Determiners that point back at someone already named: "the council", "this officer".
_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})


def _same_entity(mention: Token, speaker: Token) -> bool:
    """Whether ``mention`` and the tag's ``speaker`` can be one and the same: the same word, in
    the same number, and a speaker that points back ("the council", a name, "its board") rather
    than bringing in someone new ("a senior officer" is not the "officers" it speaks of)."""
    return (
        mention.lemma_.lower() == speaker.lemma_.lower()
        and _plural(mention) == _plural(speaker)
        and _definite(speaker)
    )


def _plural(noun: Token) -> bool:
    """Whether the noun names more than one: "officers", "the Smiths"."""
    return noun.tag_ in {"NNS", "NNPS"}


def _definite(noun: Token) -> bool:
    """Whether the noun names someone the reader already knows: a name, "the ...", "its ..."."""
    return noun.pos_ == "PROPN" or any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children
    )


def _clause_subjects(clause: Token) -> list[Token]:
    """The subjects of a reported clause: who the report says acted."""
    return [c for c in clause.children if c.dep_ in _SUBJECTS]


#: Verbs of concession. What someone "admitted" the report asserts as true (the verb takes it as
#: fact), so an unquoted paraphrase after one is worded by the outlet, not by the speaker: "the
#: minister admitted the scheme had been a fiasco" is the outlet's "fiasco". "Said" vouches for
#: nothing, so what a named speaker said stays the speaker's.
_CONCEDING: Final = frozenset({"admit", "concede", "acknowledge"})


def conceded_paraphrase(doc: Doc, cue: Cue) -> bool:
    """The cue is in an unquoted paraphrase of what someone admitted, conceded or acknowledged,
    the nearest report it sits in: the outlet's own wording of a fact it vouches for."""
    if cue.category in {"attribution", "scare-quote"}:
        return False
    tok = doc[cue.word_start if cue.word_start >= 0 else cue.start]
    for node in (tok, *tok.ancestors):
        head = node.head
        if node.i == head.i or node.dep_ in _INSERTED:
            return False
        if node.dep_ == "ccomp" and head.pos_ == "VERB" and _reads_as_speech(node):
            return head.lemma_.lower() in _CONCEDING
    return False


#: Speech nouns whose "of" phrase is what was said ("his claim of a stolen election"), not what
#: it was about ("her criticism of the inquiry").
_CONTENT_OF: Final = frozenset({"claim", "charge", "accusation", "allegation", "assertion"})
#: Possessive pronouns as the speakers they stand for: "their claim" is as vague as "they claim".
_POSSESSIVE_SPEAKERS: Final = {"their": "they", "our": "we", "your": "you", "its": "it", "my": "i"}


def _content_of_owned_claim(node: Token) -> bool:
    """``node`` is what a named speaker's claim says: the "that" clause or the "of" phrase of a
    speech noun with an owner ("Trump's false claims that the election was rigged", "repeated
    his claim of a stolen election"). Agency copy reports a disputed charge this way; the charge
    is the owner's. A claim nobody owns ("despite claims that ...") stays the outlet's."""
    noun = node.head
    if noun.pos_ != "NOUN" or node.i == noun.i:
        return False
    lemma = noun.lemma_.lower()
    if node.dep_ in {"acl", "ccomp"}:
        content = lemma in _SPEECH_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children
        )
    else:
        content = node.dep_ == "prep" and node.lower_ == "of" and lemma in _CONTENT_OF
    return content and _claim_owner(noun) == "named"


def _claim_owner(noun: Token) -> Literal["named", "vague", "none"]:
    """Whose claim it is: its possessor ("Trump's claim", "his claim") or its "by"/"from" phrase
    ("claims by the senator"); "his claim" as the object of a verb is its subject's ("the
    critics repeated their claim")."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                return _speaker_of(noun.head)
            word = _POSSESSIVE_SPEAKERS.get(child.lower_, child.lemma_.lower())
            return "vague" if word in _VAGUE_SPEAKERS else "named"
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                vague = objects[0].lemma_.lower() in _VAGUE_SPEAKERS
                return "vague" if vague else "named"
    return "none"


#: Bodies that hear evidence: what "the court heard" is a witness's or a lawyer's account.
_HEARINGS: Final = frozenset(
    {"court", "jury", "inquest", "tribunal", "hearing", "trial", "inquiry", "magistrate", "judge"}
)


def _told_in_court(verb: Token) -> bool:
    """Court reports attribute evidence to the room that heard it: "he lied to police, the jury
    heard", "she had been drinking, the inquest was told". The words are the evidence's, put by a
    witness or a lawyer, not the outlet's own finding."""
    lemma = verb.lemma_.lower()
    role = {"hear": "nsubj", "tell": "nsubjpass"}.get(lemma)
    return role is not None and any(
        c.dep_ == role and c.lemma_.lower() in _HEARINGS for c in verb.children
    )


def _reads_as_speech(clause: Token) -> bool:
    """The clause sits where reported speech sits: right after its verb ("said the plan was ..."),
    or before a short speech tag ("The plan was ..., the minister said"). A clause set off by a
    comma after its verb ("told a story, a story clearly prepared ...") or far from it is the small
    model's guess at something else."""
    doc = clause.doc
    verb = clause.head
    words = [t for t in clause.subtree if not t.is_punct]
    if not words:
        return False
    if clause.i > verb.i:
        return doc[words[0].i - 1].text != ","
    return verb.i - words[-1].i <= 5


#: Dependency roles of words the outlet inserts into a report: relative clauses, appositions,
#: possessors and asides.
_INSERTED: Final = frozenset({"relcl", "appos", "poss", "npadvmod", "parataxis"})


def speakers_in(span: Span) -> tuple[Literal["named", "vague", "none"], str]:
    """Whether a sentence reports someone's words or judgement, and whose: a named speaker wins
    over a vague one ("critics"), which is returned with its words."""
    vague = ""
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in _SPEECH_VERBS | _CASTING | _LABELLING:
            continue
        if _summons(tok):
            continue  # "A university that calls riot police ...": no one is reported speaking
        who = _speaker_of(tok)
        if who == "named":
            return "named", ""
        if who == "vague" and not vague:
            subject = next(c for c in tok.children if c.dep_ == "nsubj")
            if _relative_pronoun(subject, tok):
                subject = tok.head  # "critics who say ...": the critics
                if _speaker_of_noun(subject) != "vague":
                    continue  # "the voters who warned them": who they are, not a source
            if _nobody(subject):
                continue  # "No army that bombs ... can call itself a defender": no one speaks
            words = span.doc[subject.left_edge.i : subject.i + 1]
            vague = (
                words.text if words[0].pos_ == "PROPN" else words.text[:1].lower() + words.text[1:]
            )
    return ("vague", vague) if vague else ("none", "")


#: Subjects that deny anyone spoke: "nobody", "none", "no one" (parsed "one" under "no").
_NOBODY: Final = frozenset({"nobody", "none", "nothing", "noone"})
#: Determiners that negate their noun: "no army", "neither side".
_NEGATING_DETERMINERS: Final = frozenset({"no", "neither"})


def _nobody(subject: Token) -> bool:
    """The subject says no one: "nobody calls it fair", "no army ... can call itself a defender",
    "not a single expert says so". A negated subject names no source, vague or otherwise, so it
    lends the sentence to no one; the words stay the outlet's all the same."""
    return subject.lower_ in _NOBODY or any(
        (c.dep_ == "det" and c.lower_ in _NEGATING_DETERMINERS) or c.dep_ == "neg"
        for c in subject.children
    )


def _summons(verb: Token) -> bool:
    """ "calls riot police", "called an ambulance", "called a meeting": a "call" with an object
    and no name given to it summons or convenes. Only "call" with a name ("called the senator a
    liar", the parse's apposition in 'called the decision "a disgrace"') or quoted words reports
    a judgement."""
    if verb.lemma_.lower() != "call":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} for c in verb.children) or any(
        c.dep_ == "appos" for o in objects for c in o.children
    )
    quoted = any(t.is_quote for t in verb.subtree if t.i > verb.i)
    return bool(objects) and not named and not quoted


def _named_speaker(verb: Token) -> bool:
    """The reporting verb has a subject specific enough to own what it says."""
    return _speaker_of(verb) == "named"


def _relative_pronoun(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is the "who" or "that" of a relative clause whose verb is ``verb``:
    the speaker is then the noun the clause hangs on."""
    return verb.dep_ == "relcl" and subject.tag_ in {"WP", "WDT"}


def _speaker_of(verb: Token) -> Literal["named", "vague", "none"]:
    """Who the verb says spoke: someone a reader could check ("the minister", "Trump"), someone
    nobody could ("critics", "some", "many observers"), or no one (a passive, an imperative)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return "none"
    return _speaker_of_noun(subjects[0])


def _speaker_of_noun(subject: Token) -> Literal["named", "vague"]:
    """:func:`_speaker_of` for the subject itself."""
    if (
        subject.lemma_.lower() in _VAGUE_SPEAKERS
        or subject.lower_ in _VAGUE_SPEAKERS
        or any(c.dep_ == "det" and c.lower_ in {"some", "many", "no"} for c in subject.children)
    ):
        return "vague"
    return "named"


def _a_document_says(verb: Token) -> bool:
    """The speech verb's subject is a document ("..., the report said", "the filing states"):
    as after "according to a report", it gives the fact, and an evaluative word the outlet puts
    around it stays the outlet's. A person or a body ("the ministry said") speaks."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and bool(_RECORDS & {subjects[0].lemma_.lower(), subjects[0].lower_})


def _according_to_someone(prep: Token) -> bool:
    """ "according to the minister": ``according`` with a specific object of ``to``."""
    if prep.dep_ != "prep" or prep.lower_ != "according":
        return False
    objects = [g for c in prep.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and objects[0].lemma_.lower() not in _VAGUE_SPEAKERS | _RECORDS


#: Documents, which give facts and figures, not a speaker's judgements: "a staggering $9.8
#: billion, according to court filings" and "..., according to a report" have the figure from
#: the document and "staggering" from the outlet. A person or a body ("according to the
#: minister", "according to the council") is a speaker, and their words are theirs.
_RECORDS: Final = frozenset(
    {
        *("filing", "record", "document", "data", "figure", "statistic", "estimate", "number"),
        *("census", "tally", "result", "paper", "transcript", "database", "registry", "count"),
        *("report", "study", "survey", "analysis", "audit", "poll", "research"),
    }
)


#: Verbs that report or characterise speech, for quotations in their sentence.
_REPORTING_LEMMAS: Final = frozenset(
    {
        *("say", "tell", "call", "describe", "write", "claim", "insist", "add", "accord", "argue"),
        *("dub", "label", "term", "brand", "declare", "warn", "state", "ask", "note", "suggest"),
        *("announce", "testify", "tweet", "post"),
        # verbs that characterise what someone said: "touted his “strong record”"
        *("tout", "dismiss", "deride", "mock", "accuse", "deny", "vow", "promise", "pledge"),
        *("blame", "apologize", "apologise", "urge", "denounce", "condemn", "decry", "criticize"),
        *("criticise", "concede", "admit", "acknowledge", "refer", "defend", "praise", "hail"),
        *("characterize", "characterise", "complain", "explain", "reply", "respond", "cite"),
        # verbs that cast how someone spoke (the attribution lexicon's): 'ranted that the
        # figures were "a wake-up call"' quotes the speaker as "said" would
        *("rant", "rave", "fume", "boast", "brag", "crow", "whine", "grumble", "gush", "scoff"),
        *("sneer", "snap", "snarl", "scream", "shriek", "trumpet", "spout", "confess", "allege"),
        *("contend", "assert", "moan", "gripe", "carp", "bleat", "gloat"),
        # verbs that cast speech as talking down to someone (the loaded lexicon's): 'lectured
        # the council about its "shameful mess"' quotes the speaker all the same
        *("lecture", "hector", "harangue", "scold"),
    }
)


def speech_spans(text: str, doc: Doc) -> list[tuple[int, int]]:
    """Spans of speech: quotations someone is said to have spoken, outermost only.

    A quotation counts as speech when the quote finder attributes it, when it is long, or when its
    sentence has a reporting verb outside the marks ("..., Senator Ann Cole told reporters").
    """
    spans = [(q.start, q.end) for q in doc_quotations(doc, text) if _is_speech(q, doc)]
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda se: (se[0], -se[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _is_speech(q: Quotation, doc: Doc) -> bool:
    if q.attributed or q.words >= 8:
        return True
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    return span is not None and reported_in_sentence(doc, span)


def reported_in_sentence(doc: Doc, span: Span) -> bool:
    """A verb of speech outside ``span`` in its sentence ("touted his “strong record”", "...,
    she said"): words quoted there are a speaker's, not the outlet's distance. "so-called" is
    the outlet's own doubt, not a report."""
    sent = span.sent
    return any(_reports(t, span) for t in sent if not (span.start <= t.i < span.end))


def reported_before_in_sentence(span: Span) -> bool:
    """A verb of speech before ``span`` in its sentence ('described the four as "diplomats"'):
    the quoted words follow the speaker's verb, as a quotation does. A verb after them ("...,
    the ministry said") tells whose account the sentence is, not whose one word is quoted."""
    sent = span.sent
    return any(_reports(t, span) for t in sent.doc[sent.start : span.start])


def _reports(t: Token, span: Span) -> bool:
    """``t`` is a verb of speech whose words ``span`` may be: "so-called" reports no one, and a
    verb whose subject holds the quotation tells what was done with it."""
    return (
        _is_reporting_lemma(t)
        and t.pos_ in {"VERB", "ADP"}
        and not (t.lower_ == "called" and t.i >= 2 and t.doc[t.i - 2].lower_ == "so")
        and not _subject_holds(t, span)
    )


def _is_reporting_lemma(t: Token) -> bool:
    """Whether ``t`` is a reporting verb, by its lemma or by its written past or "-ing" form
    (:func:`verb_lemmas`)."""
    return any(lemma in _REPORTING_LEMMAS for lemma in verb_lemmas(t))


def _subject_holds(verb: Token, span: Span) -> bool:
    """Whether the quoted words sit in the verb's subject: 'The council's "consultation" was
    announced on its website' tells what was announced, not what anyone said, so the marks are
    the outlet's. A verb joined to another ("lasted three weeks, was announced") shares its
    subject. Words quoted before a passive verb are its subject however the parser joins them
    ('The "consultation" lasted a week, was announced ...' parsed with "lasted" as the clause
    announced); a passive reports words after it ('was described as "reckless"')."""
    if span.start < verb.i and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    while not any(c.dep_ in _SUBJECTS for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    return any(
        c.dep_ in _SUBJECTS and c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i
        for c in verb.children
    )


_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})
