"""Issue 8's "Must show": hostile inputs through the real ``reader compare`` command line.

Each input is compared with a good article in its own process, under a 2.5 GB address-space limit
and a 90 s timeout, exactly as a user would run it. It must either be read correctly (exit 0, and
then the comparison JSON shows it was read *right*: the encoding decoded, CRLF normalised, French
detected, script text left out) or be refused with exit code 2 and exactly one line on stderr, never
a traceback. The cases run in parallel threads, no more than there are cores (each is a separate
process, mostly busy with imports), the light ones in one batch and the heavy ones (a 17 MB page,
200,000 levels of nesting, 40,000 unpunctuated words, a 1 GiB DOCX bomb) in another marked slow.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import subprocess
import sys
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

import ingest_samples as samples

ADDRESS_SPACE_LIMIT = int(2.5 * 1024**3)
TIMEOUT_S = 90.0
GOOD = samples.HARBOUR
HOSTILE_PAGE = samples.PAGES / "hostile_payloads.html"
ENGLISH = "\n\n".join(samples.PARAGRAPHS)
FRENCH = (
    "Le président de la République a annoncé mardi que les négociations avec la Chine "
    "reprendraient à Genève dans les prochaines semaines, selon un conseiller de l'Élysée.\n\n"
    "Les discussions porteront sur un cessez-le-feu et sur l'aide humanitaire, a-t-il précisé. "
    "Le ministre des Affaires étrangères se rendra à Pékin la semaine prochaine pour préparer "
    "la rencontre."
)
#: Text of the scripts and active attributes in the hostile page: none of it may reach the article.
PAYLOAD_MARKER = re.compile(r"PXR_[A-Z_]+\d+")
SCRIPT_WORDS = ("window.location", "document.cookie", "alert(", "document.write", "gtag")


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    comparison: dict[str, object] | None


def _limit_memory() -> None:
    """Runs in the child before exec: what the issue promises (2.5 GB) becomes a hard ceiling."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        READER_LIBRARY=str(home / "library.sqlite"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        READER_NO_NETWORK="1",
        # One BLAS thread per process: parallel cases on 2 cores, and less address space reserved.
        OMP_NUM_THREADS="1",
        OPENBLAS_NUM_THREADS="1",
    )
    return env


def run_compare(bad: Path, work: Path) -> Outcome:
    """``reader compare GOOD BAD --json OUT`` in a fresh, memory-limited process."""
    work.mkdir(parents=True, exist_ok=True)
    out = work / "comparison.json"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "compare", str(GOOD), str(bad), "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        preexec_fn=_limit_memory,
        env=_child_env(work),
        cwd=work,
        check=False,
    )
    comparison = json.loads(out.read_text(encoding="utf-8")) if done.returncode == 0 else None
    return Outcome(done.returncode, done.stdout, done.stderr, comparison)


def run_all(paths: Mapping[str, Path], work: Path) -> dict[str, Outcome]:
    # No more cases at once than cores: the time limit is a user's, per case, and four cases on
    # two cores would each take twice the time a user's one would.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        futures = {
            label: pool.submit(run_compare, path, work / f"case{i}")
            for i, (label, path) in enumerate(paths.items())
        }
        return {label: future.result() for label, future in futures.items()}


# -- builders --------------------------------------------------------------------------------------


def unpunctuated_words(count: int = 40_000, seed: int = 8) -> str:
    """``count`` words drawn from ordinary news prose, with no punctuation and no line break."""
    words = re.findall(r"[A-Za-z]+", ENGLISH)
    rng = random.Random(seed)
    return " ".join(rng.choice(words) for _ in range(count))


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def light_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    dangling = folder / "dangling.txt"
    dangling.symlink_to(folder / "moved-away.txt")
    return {
        "empty file": write(folder, "empty.txt", b""),
        "whitespace only": write(folder, "blank.txt", b" \n\t \r\n\xc2\xa0\n  \n"),
        "random binary": write(folder, "noise.bin", random.Random(1).randbytes(200_000)),
        "PNG named .html": write(folder, "picture.html", samples.PNG_1X1),
        "latin-1 text": write(folder, "latin1.txt", FRENCH.encode("latin-1")),
        "UTF-16 text": write(folder, "utf16.txt", ENGLISH.encode("utf-16")),
        "invalid UTF-8": write(
            folder, "broken.txt", ENGLISH.encode() + b"\n\nThe \xff\xfe\xc3 council met."
        ),
        "CRLF text": write(folder, "crlf.txt", ENGLISH.replace("\n", "\r\n")),
        "page with no article": write(
            folder,
            "home.html",
            "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/world'>World</a></nav><footer>Copyright 2026</footer></body></html>",
        ),
        "script payloads": write(folder, "payloads.html", HOSTILE_PAGE.read_bytes()),
        "French article": write(folder, "francais.txt", FRENCH),
        "PDF without text": write(folder, "scan.pdf", samples.make_pdf(None)),
        "truncated PDF": write(folder, "cut.pdf", samples.make_pdf()[:500]),
        "dangling link": dangling,
    }


def heavy_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "17 MB page": write(folder, "heavy.html", samples.big_page(17 * 1024 * 1024)),
        "nested 200,000 deep": write(folder, "deep.html", samples.deep_page(200_000)),
        "40,000 words, no punctuation": write(folder, "dump.txt", unpunctuated_words()),
        "DOCX inflating to 1 GiB": samples.write_docx_bomb(folder / "bomb.docx"),
    }


@pytest.fixture(scope="module")
def light(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    work = tmp_path_factory.mktemp("hostile-light")
    return run_all(light_inputs(work / "inputs"), work)


@pytest.fixture(scope="module")
def heavy(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    work = tmp_path_factory.mktemp("hostile-heavy")
    return run_all(heavy_inputs(work / "inputs"), work)


# -- what "read correctly" and "refused" mean ------------------------------------------------------


def assert_refused(outcome: Outcome, *, mentions: str) -> None:
    """Exit 2, exactly one line on stderr naming the file and the problem, nothing on stdout."""
    assert outcome.code == 2, (outcome.code, outcome.stderr[-2000:])
    lines = outcome.stderr.splitlines()
    assert len(lines) == 1, outcome.stderr[-2000:]
    assert lines[0].startswith("reader: ")
    assert "Traceback" not in outcome.stderr
    assert mentions.lower() in lines[0].lower(), lines[0]
    assert outcome.stdout == ""


def read_text(outcome: Outcome) -> dict[str, object]:
    """The second article of a successful comparison (the input under test), after basic checks."""
    assert outcome.code == 0, (outcome.code, outcome.stderr[-2000:])
    # The inputs are not about the reference article's event: a one-line note says so, no more.
    assert all(line.startswith("reader: note: ") for line in outcome.stderr.splitlines())
    assert len(outcome.stderr.splitlines()) <= 1
    assert outcome.comparison is not None
    assert outcome.comparison["schema"] == "reader.comparison/1"
    articles = outcome.comparison["articles"]
    assert isinstance(articles, list) and len(articles) == 2
    bad = articles[1]
    assert isinstance(bad, dict)
    return bad


def words(text: object) -> list[str]:
    assert isinstance(text, str)
    return text.split()


#: Input -> (its file name, a word the one-line refusal must contain).
REFUSED: dict[str, tuple[str, str]] = {
    "empty file": ("empty.txt", "empty"),
    "whitespace only": ("blank.txt", "whitespace"),
    "random binary": ("noise.bin", "binary"),
    "PNG named .html": ("picture.html", "picture"),
    "page with no article": ("home.html", "article"),
    "PDF without text": ("scan.pdf", "text"),
    "truncated PDF": ("cut.pdf", "pdf"),
    "dangling link": ("dangling.txt", "dangling link"),
}


@pytest.mark.parametrize("label", sorted(REFUSED))
def test_unreadable_input_is_refused_in_one_line(light: dict[str, Outcome], label: str) -> None:
    name, reason = REFUSED[label]
    assert_refused(light[label], mentions=reason)
    # The line names the file, so a user who gave several knows which one failed.
    assert name in light[label].stderr


def test_latin1_text_is_decoded(light: dict[str, Outcome]) -> None:
    article = read_text(light["latin-1 text"])
    assert words(article["text"]) == words(FRENCH)
    assert article["language"] == "fr"


def test_utf16_text_is_decoded(light: dict[str, Outcome]) -> None:
    article = read_text(light["UTF-16 text"])
    assert words(article["text"]) == words(ENGLISH)
    assert "\x00" not in str(article["text"]) and "\ufeff" not in str(article["text"])


def test_invalid_utf8_bytes_keep_the_good_text(light: dict[str, Outcome]) -> None:
    article = read_text(light["invalid UTF-8"])
    text = str(article["text"])
    for paragraph in samples.PARAGRAPHS:
        assert " ".join(paragraph.split()) in " ".join(text.split())
    assert "council met." in text


def test_crlf_text_is_normalised(light: dict[str, Outcome]) -> None:
    article = read_text(light["CRLF text"])
    text = str(article["text"])
    assert "\r" not in text
    assert words(text) == words(ENGLISH)
    assert "\n\n" in text  # paragraph breaks survive as plain line ends


def test_french_article_is_read_as_french(light: dict[str, Outcome]) -> None:
    article = read_text(light["French article"])
    assert article["language"] == "fr"
    assert words(article["text"]) == words(FRENCH)


def test_script_payloads_do_not_become_article_text(light: dict[str, Outcome]) -> None:
    article = read_text(light["script payloads"])
    text = str(article["text"])
    assert "Aster river" in text and "Kessel" in text  # the article itself is read
    assert PAYLOAD_MARKER.findall(text) == []
    for word in SCRIPT_WORDS:
        assert word not in text
    comparison = light["script payloads"].comparison
    assert comparison is not None
    # Not in claims or flags either: everything in the comparison comes from the article text.
    assert PAYLOAD_MARKER.findall(json.dumps(comparison)) == []


@pytest.mark.slow
def test_17mb_page_is_read_without_its_scripts_or_refused(heavy: dict[str, Outcome]) -> None:
    """Megabytes of inline script go; what is left (megabytes of comment thread here) is either
    pruned down to the article or refused with the documented cap, never parsed at length."""
    outcome = heavy["17 MB page"]
    if outcome.code == 2:
        assert_refused(outcome, mentions="too long")
        return
    article = read_text(outcome)
    text = str(article["text"])
    assert "Macron" in text
    assert "var bundle" not in text and "QUJD" not in text
    assert len(text) < 200_000  # the article, not megabytes of page furniture


@pytest.mark.slow
def test_page_nested_200000_deep(heavy: dict[str, Outcome]) -> None:
    assert_refused(heavy["nested 200,000 deep"], mentions="nest")


@pytest.mark.slow
def test_40000_unpunctuated_words_are_compared(heavy: dict[str, Outcome]) -> None:
    article = read_text(heavy["40,000 words, no punctuation"])
    assert len(words(article["text"])) == 40_000
    comparison = heavy["40,000 words, no punctuation"].comparison
    assert comparison is not None
    assert article["claims"], "the text yields claims"
    assert comparison["alignments"] is not None


@pytest.mark.slow
def test_docx_bomb_is_refused(heavy: dict[str, Outcome]) -> None:
    assert_refused(heavy["DOCX inflating to 1 GiB"], mentions="bomb.docx")


# -- the engine stage that was unbounded -----------------------------------------------------------


def test_a_long_text_embeds_like_its_pieces() -> None:
    """A 40,000-word claim is embedded piecewise: the same direction as the text's own words, and
    not one batch padded to the longest text (that took gigabytes)."""
    from reader.core import nlp

    sentence = samples.PARAGRAPHS[0]
    long = " ".join([sentence] * 200)  # ~6,000 words, far over one piece
    vectors = nlp.embed([sentence, long, "Ferry operators said nothing."])
    assert vectors.shape[0] == 3
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > 0.99
    assert float(vectors[1] @ vectors[2]) < float(vectors[0] @ vectors[1])
