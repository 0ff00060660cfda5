"""One article opened alone (tests/fixtures/single): what a journalist or a media-studies student
expects the app to flag, written down before the engine was run on the articles.

With one article there is nothing to compare: no figure can differ, no claim is "only this
outlet's" and nothing is left out, so every flag is the article's own framing and no explanation
may speak of other outlets. Whose words are flagged matters as much as which: a quotation's words,
and an interviewee's answers, are the speaker's, not the outlet's.

- ``oped``: a columnist against closing a library branch: loaded words, an intensifier, a
  scare-quoted "consultation", a rhetorical question and verdicts in her own voice; the council's
  spokesman is quoted once.
- ``report``: a plain local report of a bridge closure, every judgement attributed with "said";
  a resident's "nightmare" is his.
- ``release``: a company's recall notice written to reassure: "industry-leading" and "out of an
  abundance of caution" are the company's own promotional framing, and its closing "remains
  committed to" sentence is a judgement of itself nobody else makes; the chief executive's
  "robust" is hers, in a quotation.
- ``interview``: a Q&A with a union leader: the interviewer's loaded questions ("reckless
  walkout", "militant members", "outrageous") are the outlet's; her answers ("scandalous",
  "bribe", "outrageous") are hers.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.compare import compare
from reader.core.ingest import read_article
from reader.core.model import CATEGORY_LABELS, Article, Comparison, Flag, category_description

SINGLE = Path(__file__).parent / "fixtures" / "single"
NAMES = ("oped", "report", "release", "interview")
#: Kinds of flag that need a second article: none may appear when one is opened alone.
COMPARATIVE = {"figure", "unique-claim", "detail"}
#: Words an explanation of a lone article's flag cannot honestly use.
OTHERS_WORDS = re.compile(
    r"other outlets?|the others|another outlet|differs?\b|differently|left out|leaves? out"
    r"|only this outlet|no sentence in|lines? up with",
    re.IGNORECASE,
)
#: A sentence break inside a text: an end mark (and any closing quote) before a new capital.
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[A-Z]")
#: A fragment an explanation quotes, in straight or curly quotes.
QUOTED_FRAGMENT = re.compile(r"(?<!\w)[‘“'\"]([^’”'\"]{2,})[’”'\"](?!\w)")


def _alone(name: str) -> Comparison:
    path = SINGLE / f"{name}.txt"
    return compare([replace(read_article(path), id=name)])


@pytest.fixture(scope="module")
def single() -> dict[str, Comparison]:
    return {name: _alone(name) for name in NAMES}


def _article(comp: Comparison) -> Article:
    (article,) = comp.articles
    return article


def _all_flags(comp: Comparison) -> list[Flag]:
    return [*comp.flags, *comp.headline_flags]


def _own_voice(comp: Comparison) -> list[Flag]:
    """Body flags on words the outlet wrote itself, not a speaker's."""
    return [f for f in comp.flags if not f.quoted]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _inside(flag: Flag, span: tuple[int, int]) -> bool:
    return span[0] <= flag.start and flag.end <= span[1]


def _flagged_words(comp: Comparison, flag: Flag) -> str:
    """The words that fired: the trigger where the flag covers a longer phrase."""
    text = _article(comp).text if flag.where == "text" else _article(comp).title
    start, end = flag.trigger or (flag.start, flag.end)
    return text[start:end]


def _own_words_flagged(comp: Comparison) -> dict[str, Flag]:
    return {_flagged_words(comp, f).lower(): f for f in _own_voice(comp)}


# --- every article: a lone article's flags speak of it alone --------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_a_lone_article_has_no_flag_that_needs_another_outlet(
    single: dict[str, Comparison], name: str
) -> None:
    comp = single[name]
    assert comp.alignments == ()
    assert [f.category for f in _all_flags(comp) if f.category in COMPARATIVE] == []
    assert all(not f.counterparts and f.evidence == "intrinsic" for f in _all_flags(comp))


@pytest.mark.parametrize("name", NAMES)
def test_no_explanation_speaks_of_other_outlets_or_of_something_left_out(
    single: dict[str, Comparison], name: str
) -> None:
    wrong = [f.explanation for f in _all_flags(single[name]) if OTHERS_WORDS.search(f.explanation)]
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_each_explanation_is_one_sentence_that_quotes_words_of_the_article(
    single: dict[str, Comparison], name: str
) -> None:
    comp = single[name]
    article = _article(comp)
    whole = f"{article.title}\n{article.text}".lower()
    for flag in _all_flags(comp):
        explanation = flag.explanation.strip()
        assert explanation.endswith((".", ".”", ".'")), explanation
        # A break in the quoted words is the article's, not a second sentence of explanation.
        unquoted = QUOTED_FRAGMENT.sub("''", explanation[:-1])
        assert not SENTENCE_BREAK.search(unquoted), explanation
        if flag.text.rstrip().endswith(("?", "!")):
            continue  # the flag is the whole question, shown beside an explanation of its kind
        fragments = [q.lower() for q in QUOTED_FRAGMENT.findall(explanation)]
        assert any(q in whole for q in fragments), explanation


# --- oped: a column against a library closure ----------------------------------------------


def test_oped_loaded_words_in_the_columnists_voice_are_flagged(
    single: dict[str, Comparison],
) -> None:
    flagged = _own_words_flagged(single["oped"])
    judging = {"short-sighted", "cynical", "lazy", "disgraceful"}
    found = {w for w in judging if any(w in words for words in flagged)}
    assert len(found) >= 3, sorted(flagged)
    for words, flag in flagged.items():
        if any(w in words for w in judging):
            assert flag.category in {"loaded", "label", "opinion"}, (words, flag.category)
    # a minimiser turns the volume down: the lexicon files it with the intensifiers
    assert flagged["pittance"].category == "intensifier"


def test_oped_intensifier_and_scare_quoted_consultation(single: dict[str, Comparison]) -> None:
    flagged = _own_words_flagged(single["oped"])
    assert flagged["deeply"].category == "intensifier"
    scare = [f for f in _own_voice(single["oped"]) if f.category == "scare-quote"]
    assert [f.text for f in scare] == ['"consultation"']


def test_oped_rhetorical_question_and_verdicts_are_her_opinion(
    single: dict[str, Comparison],
) -> None:
    comp = single["oped"]
    text = _article(comp).text
    question = _span(text, "Who, exactly, was this exercise meant to hear?")
    assert any(_inside(f, question) for f in _own_voice(comp))
    verdict = _span(text, "The council should scrap this disgraceful plan and keep the doors open.")
    assert any(f.category == "opinion" and _inside(f, verdict) for f in _own_voice(comp))


def test_oped_headline_shameful_is_flagged_in_the_title(single: dict[str, Comparison]) -> None:
    comp = single["oped"]
    assert any("shameful" in f.text.lower() for f in comp.headline_flags)


def test_oped_spokesmans_quotation_is_his_and_plain_facts_stay_clean(
    single: dict[str, Comparison],
) -> None:
    comp = single["oped"]
    text = _article(comp).text
    quote = _span(text, '"The service will continue through')
    quote = (quote[0], text.index("said.", quote[0]))
    assert [f.text for f in _own_voice(comp) if _inside(f, quote)] == []
    for plain in (
        "The council's own figures show that the branch lent 41,000 books last year.",
        "The council says the closure will save 310,000 pounds a year.",
    ):
        span = _span(text, plain)
        assert [f.text for f in comp.flags if _inside(f, span)] == [], plain


# --- report: a plain report of a bridge closure ---------------------------------------------


def test_report_is_nearly_clean_in_its_own_voice(single: dict[str, Comparison]) -> None:
    comp = single["report"]
    assert len(_own_voice(comp)) <= 1, [(f.text, f.category) for f in _own_voice(comp)]
    assert [f.text for f in comp.headline_flags] == []
    assert [f.text for f in comp.flags if f.category == "attribution"] == []


def test_report_residents_nightmare_is_his_word(single: dict[str, Comparison]) -> None:
    comp = single["report"]
    nightmare = [f for f in comp.flags if "nightmare" in f.text.lower()]
    assert all(f.quoted for f in nightmare)


# --- release: a recall notice written to reassure -------------------------------------------


def test_release_promotional_framing_in_the_companys_voice_is_flagged(
    single: dict[str, Comparison],
) -> None:
    comp = single["release"]
    text = _article(comp).text
    own = _own_voice(comp)
    leading = _span(text, "industry-leading")
    assert any(f.start <= leading[0] < f.end and f.category in {"loaded", "label"} for f in own)
    caution = _span(text, "out of an abundance of caution")
    assert any(f.start < caution[1] and caution[0] < f.end for f in own)


@pytest.mark.xfail(
    strict=True,
    reason="self-praise in plain words ('committed to', 'safe, reliable and innovative', 'trust"
    " every day') is no lexicon entry: news copy uses each of them plainly",
)
def test_release_closing_self_praise_is_flagged(single: dict[str, Comparison]) -> None:
    comp = single["release"]
    text = _article(comp).text
    own = _own_voice(comp)
    boast = _span(text, "Brightwell Home remains committed to delivering")
    boast = (boast[0], text.index(".", boast[1]) + 1)
    assert any(_inside(f, boast) for f in own)


def test_release_chief_executives_robust_is_hers(single: dict[str, Comparison]) -> None:
    comp = single["release"]
    robust = [f for f in comp.flags if "robust" in f.text.lower()]
    assert all(f.quoted for f in robust)


def test_release_instructions_to_customers_are_not_flagged(single: dict[str, Comparison]) -> None:
    comp = single["release"]
    text = _article(comp).text
    for plain in (
        "Customers should stop using the kettle at once and unplug it.",
        "The model number is printed on a label underneath the kettle's base.",
        "About 48,000 units were sold in that period",
    ):
        span = _span(text, plain)
        assert [f.text for f in comp.flags if _inside(f, span)] == [], plain


# --- interview: a Q&A with a union leader ---------------------------------------------------


def _turns(text: str, label: str) -> list[tuple[int, int]]:
    """The spans of every line that opens with ``label`` ("Q:" or "A:")."""
    return [(m.start(), m.end()) for m in re.finditer(rf"^{label}.*$", text, re.MULTILINE)]


def test_interview_interviewers_loaded_questions_are_the_outlets(
    single: dict[str, Comparison],
) -> None:
    comp = single["interview"]
    questions = _turns(_article(comp).text, "Q:")
    asked = [f for f in _own_voice(comp) if any(_inside(f, q) for q in questions)]
    words = {_flagged_words(comp, f).lower() for f in asked}
    found = {w for w in ("reckless", "militant", "outrageous") if any(w in x for x in words)}
    assert len(found) >= 2, sorted(words)
    # "Some riders say" is the interviewer's own vague source: a hedge, and the outlet's
    assert all(f.category in {"loaded", "label", "intensifier", "opinion", "hedge"} for f in asked)


def test_interview_answers_are_the_union_leaders_words(single: dict[str, Comparison]) -> None:
    comp = single["interview"]
    answers = _turns(_article(comp).text, "A:")
    answered = [f for f in comp.flags if any(_inside(f, a) for a in answers)]
    assert answered, "her answers hold loaded words of her own"
    for flag in answered:
        assert flag.quoted, flag.text
        assert flag.answer_of is not None and "Varga" in flag.answer_of, flag.answer_of
        # whose words they are says her name, not "their words" after it
        assert flag.speaker_note == f"in an answer: {flag.answer_of}'s words, not the outlet's"
        assert flag.speaker_note in flag.explanation and "their words" not in flag.explanation


def test_no_category_description_speaks_of_others_with_one_article() -> None:
    """The legend's, the menus' and the Help's words for each kind of flag: "where the others
    use a neutral name" said of a label in an article open alone."""
    wrong = {
        cat: category_description(cat, 1)
        for cat in CATEGORY_LABELS
        if OTHERS_WORDS.search(category_description(cat, 1))
    }
    assert wrong == {}
    # a comparison keeps the words that compare
    assert "the others" in category_description("detail", 2)


def test_interview_plain_questions_are_not_flagged(single: dict[str, Comparison]) -> None:
    comp = single["interview"]
    text = _article(comp).text
    for question in (
        "Q: What would it take to call off Monday's strike?",
        "Q: Will there be more strikes before Christmas?",
    ):
        span = _span(text, question)
        assert [f.text for f in comp.flags if _inside(f, span)] == [], question


# --- the command line, as a user runs it -----------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_compare_with_one_file_writes_json_and_a_report_and_exits_0(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = tmp_path / f"{name}.html"
    path = SINGLE / f"{name}.txt"
    assert main(["compare", str(path), "--json", "-", "--html", str(html)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["source"] for a in data["articles"]] == [str(path)]
    assert data["alignments"] == []
    assert not {f["category"] for f in data["flags"]} & COMPARATIVE
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(
        r"other outlets?|the others|each outlet|outlets that|side by side", page, re.IGNORECASE
    )


def test_the_installed_command_compares_one_file(tmp_path: Path) -> None:
    path = SINGLE / "oped.txt"
    run = subprocess.run(
        [sys.executable, "-m", "reader", "compare", str(path), "--json", "-"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert len(data["articles"]) == 1
    assert any(f["category"] == "scare-quote" for f in data["flags"])
