"""The one-sentence explanations a flag carries: what the words are, why they frame, whose they are.

Every flag is a claim about someone else's writing, so each says in plain words what a reader can
check. :func:`explain` words a lexical or rule cue of one article; the small helpers (lists of
outlet names, a verb agreeing with them, who writes which words) are shared with the comparison
flags (:mod:`reader.core.comparison_flags`) and with the headlines (:mod:`reader.core.headlines`),
so one outlet's words are set beside the others' the same way everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from reader.core.framing_cues import Cue
from reader.core.model import PARAPHRASE_NOTE, QUOTED_NOTE, REPORTED_NOTE, answer_note
from reader.core.rule_cues import (
    COINED_PHOBIA_RULE,
    EXCLAMATION_RULE,
    QUESTION_RULE,
    SHOUTING_RULE,
    SUPERLATIVE_RULE,
    UNDERSTATEMENT_RULE,
    VAGUE_SOURCE_RULE,
    VERDICT_RULE,
)


def verb_for(names: Sequence[str], one: str, many: str) -> str:
    """``one`` after a single outlet's name, ``many`` after a list: "Wire writes", "Wire and Post
    write"."""
    return one if len(names) == 1 else many


def who_writes(writers: Mapping[str, Sequence[str]], after: str = "") -> str:
    """Who writes which words, one clause per wording: "Reuters writes 'said', and the AP and
    the BBC write 'told' here" (``after``: where they write it, said once at the end; after
    every wording it read "writes 'strike' in the headline; ... writes 'airstrike' in the
    headline")."""
    clauses = [
        f"{and_list(names)} {verb_for(names, 'writes', 'write')} '{words}'"
        for words, names in writers.items()
    ]
    joined = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + ", and " + clauses[-1]
    return joined + after


def and_list(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C": outlets named in an explanation."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def or_list(names: Sequence[str]) -> str:
    """ "A", "A or B", "A, B or C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def is_courtesy(cue: Cue) -> bool:
    """A courtesy title ("His Excellency"): the entries that frame only in narration."""
    return cue.entry is not None and cue.entry.use == "narration"


_DESCRIPTIONS: Final[dict[str, str]] = {
    "label": "a label",
    "loaded": "loaded wording",
    "intensifier": "an intensifier",
    "hedge": "a hedge or scare word",
    "attribution": "a reporting verb with a slant",
    "scare-quote": "a phrase set in scare quotes",
}


def explain(
    cue: Cue,
    words: str,
    *,
    contrast: str = "",
    quoted: bool = False,
    reported: bool = False,
    paraphrased: bool = False,
    answer_of: str | None = None,
    plain: str = "",
) -> str:
    """One sentence a reader can check: the cue, why it frames, and what others write instead.

    ``paraphrased`` says the words are the outlet's paraphrase of what someone admitted
    (:func:`reader.core.voice.conceded_paraphrase`): a reader who sees a speaker in the
    sentence should not take them for the speaker's.

    ``answer_of`` names who answers when the quoted words are a Q&A answer, which a reader sees
    under a label, not between quotation marks. ``plain`` is how the article itself names the
    person after a courtesy title ("President William Ruto" after "His Excellency"): the
    neutral wording, shown as the words to write."""
    shown = words.strip()
    note = cue.entry.note if cue.entry is not None else ""
    why = re.sub(r";?\s*neutral:.*$", "", note).strip()
    why = _PROVENANCE.sub("", why)  # "(VADER valence -2.7)" is for the lexicon, not the reader
    if quoted or reported:
        why = _in_speakers_voice(why)
    core = _what_the_words_are(cue, shown, why, spoken=quoted or reported)
    if paraphrased and not (quoted or reported):
        core += f" ({PARAPHRASE_NOTE})"  # with the words, before any advice on them
    if contrast:
        # Whose words these are goes with them, before what the others write: after it, "and
        # justice writes 'Executed' (reported speech: ...)" read as said of the others' words.
        core += f"{_speaker_note(quoted, reported, answer_of)}; {contrast}"
        quoted = reported = False
    elif quoted or reported:
        pass  # advice on wording is for the outlet's own words, not for what it quotes
    elif cue.category == "attribution":
        core += "; a neutral report would write 'said'"
    else:
        core += _wording_advice(cue, plain)
    return f"{core}{_speaker_note(quoted, reported, answer_of)}."


def _what_the_words_are(cue: Cue, shown: str, why: str, *, spoken: bool) -> str:
    """The first part of an explanation: what the flagged words are and why they frame, by the
    rule or the lexicon note behind the cue (``spoken``: they are a speaker's, not the outlet's,
    so no advice on a verdict)."""
    desc = _DESCRIPTIONS.get(cue.category, "framing")
    if cue.category == "scare-quote":
        # American style puts the sentence's comma inside the marks; it is not part of the phrase.
        phrase = re.sub(r"[,.;:]+(?=[\"”’']$)", "", shown)
        core = f"The quotation marks around {phrase} distance the outlet from the phrase"
    elif cue.rule == QUESTION_RULE:
        core = (
            "The outlet asks this question in its own voice: a question can cast doubt "
            "without stating a claim a reader could check"
        )
    elif cue.rule == SHOUTING_RULE:
        core = (
            f"'{shown}' is set in capitals: a headline that shouts a word raises its pitch, where"
            " a news headline would set it like the rest"
        )
    elif cue.rule == EXCLAMATION_RULE:
        core = (
            "The outlet exclaims this in its own voice: a news report states what happened, and"
            " an exclamation mark adds the writer's feeling to it"
        )
    elif cue.rule == VAGUE_SOURCE_RULE:
        core = (
            f"'{shown}' lends the view to people no reader can identify; a neutral report would"
            " name who says it"
        )
    elif cue.rule == SUPERLATIVE_RULE:
        core = (
            f"'{shown}' is an unmeasured superlative: it ranks against everything, with no "
            "figure a reader could check; a neutral report would give the measure"
        )
    elif cue.rule == UNDERSTATEMENT_RULE:
        core = (
            f"'{shown}' calls a change small that the same sentence sizes as large; a neutral"
            " report would give the figure and leave the size to the reader"
        )
    elif cue.rule == VERDICT_RULE:
        core = f"'{shown}' passes a verdict on the event being reported"
        if not spoken:
            core += (
                "; a neutral report would say what happened and leave the verdict to the"
                " people it quotes"
            )
    elif cue.rule == COINED_PHOBIA_RULE:
        core = (
            f"'{shown}' is coined from a name and '-phobia': it casts criticism of whoever is"
            " named as prejudice"
        )
        if not spoken:
            core += "; a neutral report would say what was said or done, and who calls it that"
    elif cue.rule.startswith("pos:evaluative-modifier"):
        core = _attached_word(shown, cue.target, why)
    elif is_courtesy(cue):
        used = f", used for {cue.target}," if cue.target else ""
        core = f"'{shown}'{used} is {why}"
    else:
        target = cue.target if cue.category == "label" else None
        # Whom a label is used for reads the same whatever its note: "'Fat-cat', used for Oren
        # Halsey, is a label", as "'Drug cheat', used for Anika Sorvel, is a pejorative label".
        used = f", used for {target}," if target else ""
        if _names_its_kind(why):
            # The note names the kind itself ("hedge that casts doubt", "politically coded
            # slogan"): say it once, as what the words are.
            article = "an" if why[0].lower() in "aeiou" else "a"
            core = f"'{shown}'{used} is {article} {why}"
        else:
            core = f"'{shown}'{used} is {desc}"
            if why:
                core = _kind_then_why(core, why)
    return core


def _kind_then_why(kind: str, why: str) -> str:
    """What the words are, then why they frame, after one colon. A note that opens with its own
    qualifier ("politically coded: casts an army as an occupier", "sarcasm: ...") has it set in
    brackets after the kind: appended whole, it read "is a label: politically coded: casts"."""
    qualifier, colon, rest = why.partition(": ")
    if colon and _QUALIFIER.fullmatch(qualifier):
        return f"{kind} ({qualifier}): {rest}"
    return f"{kind}: {why}"


#: A lexicon note's opening qualifier before its colon: a few plain words ("politically coded",
#: "sarcasm", "politically coded name"), no clause of its own.
_QUALIFIER: Final = re.compile(r"[A-Za-z-]+(?: [A-Za-z-]+){0,3}")


def _wording_advice(cue: Cue, plain: str) -> str:
    """What a neutral report would write instead of the outlet's own words, from the entry's
    alternatives: a plain word, an instruction ("name the country"), or dropping a courtesy
    title (``plain``: the article's own words after it)."""
    alternatives = cue.entry.alternatives if cue.entry else ()
    advice = ""
    if not alternatives and cue.entry is not None and cue.entry.derived:
        advice = "; a neutral report would describe rather than judge"
    if is_courtesy(cue):
        return advice + _without_title(plain, alternatives)
    if not alternatives:
        return advice
    alt = alternatives[0]
    named = re.fullmatch(r"the ([\w-]+)'s name", alt)
    if named:  # "the country's name" is an instruction, not wording to quote
        return f"; a neutral report would name the {named.group(1)}"
    if alt.split()[0] in INSTRUCTIONS:
        return f"; a neutral report would {alt}"
    return f"; neutral wording: '{alt}'"


def _speaker_note(quoted: bool, reported: bool, answer_of: str | None) -> str:
    """Whose words the flagged ones are, in brackets, when they are not the outlet's."""
    if quoted:
        return f" ({QUOTED_NOTE if answer_of is None else answer_note(answer_of)})"
    if reported:
        return f" ({REPORTED_NOTE})"
    return ""


#: How a lexicon note says "the outlet" about its own words, and what it says when the words are
#: someone else's: the note after it already says whose they are.
_OUTLET_VOICE: Final = (
    (re.compile(r",? in the outlet's (?:own )?voice\b"), ""),
    (re.compile(r"\bthe outlet's own\b"), "the speaker's own"),
    (re.compile(r"\b(distances|distance) the outlet\b"), r"\1 the speaker"),
    (re.compile(r"\bthe outlet (endorses|asks|exclaims)\b"), r"the speaker \1"),
)


def _without_title(plain: str, alternatives: Sequence[str]) -> str:
    """The advice on a courtesy title: it is dropped, not swapped for a plainer word, so the
    note's "the office and name alone" is what to give, and the article's own words after the
    title, where it has them, are what to write. Quoted as wording, the note read as if a report
    should print "the leader's office and name"."""
    if plain:
        return f"; a neutral report would drop it and write '{plain}'"
    if alternatives:
        return f"; a neutral report would drop it and give {alternatives[0]}"
    return ""


def _in_speakers_voice(why: str) -> str:
    """A lexicon note written for the outlet's own words, said of a speaker's: "an intensifier
    that adds force to a judgement in the outlet's own voice" would contradict the note "inside a
    quotation: the speaker's words, not the outlet's" that follows it."""
    for pattern, replacement in _OUTLET_VOICE:
        why = pattern.sub(replacement, why)
    return why


def _names_its_kind(why: str) -> bool:
    """Whether a lexicon note opens by saying what kind of cue it is ("strongly positive word",
    "hedge that casts doubt"), so the explanation can say it once, as what the words are."""
    head = why.split(";")[0].split()
    return any(w.lower().strip(":,") in _KINDS for w in head[:3])


def _attached_word(shown: str, target: str | None, why: str) -> str:
    """An evaluative word pinned on a named actor. A note that names a kind reads as what the
    word is ("'wise', attached to Lin, is a strongly positive word"); appended after a colon it
    would read as a fragment ("...attached to Lin: strongly positive word")."""
    if why and _names_its_kind(why):
        article = "an" if why[0].lower() in "aeiou" else "a"
        return f"'{shown}', attached to {target}, is {article} {why}"
    kind = "phrase" if len(shown.split()) > 1 else "word"  # "'Predatory supermarket giant'"
    core = f"'{shown}' is an evaluative {kind} attached to {target}"
    return _kind_then_why(core, why) if why else core


#: First words of a lexicon entry's alternative that make it advice, not wording: "drop the
#: title", "name the country". Such an alternative is never quoted as words to write, nor
#: searched for in the other outlets' text (:mod:`reader.core.counterparts`).
INSTRUCTIONS: Final = frozenset({"drop", "name", "describe", "say", "use"})


#: Words that, among the first three of a lexicon note, already say what kind of cue it is.
_KINDS: Final = frozenset(
    {
        *("label", "hedge", "intensifier", "word", "verb", "slogan", "epithet", "adjective"),
        *("booster", "minimiser", "slur", "insult", "accusation", "exaggeration", "adverb"),
    }
)


#: The source score in a derived entry's note: "(VADER valence -2.7)", "(TextBlob polarity ...)".
_PROVENANCE: Final = re.compile(r"\s*\((?:VADER|TextBlob)\b[^)]*\)")
