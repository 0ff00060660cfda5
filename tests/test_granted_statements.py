"""A statement one outlet tells as confirmed fact where the others write that the speaker said
it (:mod:`reader.core.granted_statements`)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.granted_statements import GRANTED_STATEMENT_RULE
from reader.core.model import Article, Comparison, Flag, rule_description

_SAID = (
    "The navy said its patrol boat stopped a cargo ship off Brannoch on Friday because it carried"
    " weapons. The ship's owner has not commented. The port of Brannoch stayed open all weekend."
)


def _compare(*texts: str) -> Comparison:
    return compare([Article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)])


def _granted(comp: Comparison) -> list[Flag]:
    return [f for f in comp.flags if f.rule == GRANTED_STATEMENT_RULE]


def test_confirmed_beside_another_outlets_said_for_the_same_speaker_is_flagged() -> None:
    confirmed = _SAID.replace("The navy said", "The navy confirmed")
    (flag,) = _granted(_compare(_SAID, confirmed))
    assert (flag.article, flag.text, flag.category) == ("a1", "confirmed", "attribution")
    assert flag.evidence == "comparative"
    assert flag.explanation == (
        "'confirmed' presents the navy's account as established fact; Outlet 0 writes 'said' here."
    )
    assert [c.answer for c in flag.counterparts] == ["said"]
    assert "confirmed fact" in rule_description(flag.rule)


def test_confirmed_in_every_outlet_or_for_another_speaker_is_not_flagged() -> None:
    """Where the others confirm too, the word is the story's; where they report another
    speaker's statement, "said" answers nothing about this one."""
    confirmed = _SAID.replace("The navy said", "The navy confirmed")
    assert not _granted(_compare(confirmed, confirmed.replace("Friday", "Friday night")))
    owner = _SAID.replace("The navy said", "The ship's captain said")
    assert not _granted(_compare(owner, confirmed))


def test_confirmed_dead_is_no_reporting_verb() -> None:
    said = "Two sailors died in the fire on the ferry, the coastguard said on Sunday night."
    dead = "Two sailors have been confirmed dead in the fire on the ferry, the coastguard said."
    assert not _granted(_compare(said, dead))


def test_a_clause_split_off_after_the_verb_is_answered_with_its_verb_in_view() -> None:
    """The clause after "and that" keeps the sentence's "said", which stands before it: the
    answer is still the verb, read in a text that holds it, while the clause with the verb in
    it keeps its own text."""
    said = _SAID.replace("because it carried weapons.", "and that the ship carried weapons.")
    confirmed = said.replace("The navy said", "The navy confirmed")
    flags = _granted(_compare(said, confirmed))
    assert {f.explanation for f in flags} == {
        "'confirmed' presents the navy's account as established fact; Outlet 0 writes 'said' here."
    }
    answers = [c for f in flags for c in f.counterparts]
    assert [c.answer for c in answers] == ["said"] * len(answers)
    assert all(c.start is not None and 0 <= c.start < (c.end or 0) for c in answers)
    texts = {c.text for c in answers}
    assert "The navy said its patrol boat stopped a cargo ship off Brannoch on Friday" in texts
    assert any(t.endswith("and that the ship carried weapons.") for t in texts)


def test_one_confirmed_split_into_two_clauses_is_one_flag() -> None:
    """ "The navy confirmed that ... and that ..." keeps one verb for both clauses: one card,
    not one per clause. A second "confirmed" in another sentence is its own flag."""
    said = _SAID.replace("because it carried weapons.", "and that the ship carried weapons.")
    confirmed = said.replace("The navy said", "The navy confirmed")
    (flag,) = _granted(_compare(said, confirmed))
    assert flag.text == "confirmed"
    again = " The navy said the crew was detained."
    two = _granted(_compare(said + again, confirmed + again.replace("said", "confirmed")))
    assert len({(f.start, f.end) for f in two}) == len(two) == 2
