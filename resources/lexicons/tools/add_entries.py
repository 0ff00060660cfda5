"""Append curated entries to one lexicon file from a short list, with the curation rules checked.

Run with the project's venv::

    .venv/bin/python resources/lexicons/tools/add_entries.py loaded new_words.txt [--dry-run]

Each line of the list is ``term|why it frames|neutral wording`` and, for a politically coded term,
a fourth field ``L`` or ``R`` (typical of left- or right-leaning outlets); ``#`` starts a comment.
A last field ``use=USE`` gives the entry's ``use`` column (the one use in which it frames, one of
``reader.core.lexicon.USES``, as the README's "Columns" list explains), e.g.
``fuming|casts anger as rage|angry|use=people`` or ``swamp|...|...|R|use=verb``.
The tool writes the note as ``why; neutral: wording`` (the form the app shows and
``tests/test_lexicon_coverage.py`` checks), sets ``source`` to ``curated``, adds coded terms to
``balance/lean.tsv``, and refuses what the README's rules forbid, so a curator cannot slip:

- a term already curated in that category (case ignored; a plural whose singular is there), or
  listed as neutral. A term written with spaces is the hyphenated entry only where the matcher
  finds it so: "let them eat cake" is "let-them-eat-cake" (a compound of three or more words
  matches spaced), "far left" is "far-left" (two content words), but "would be" is not "would-be",
  and a hyphenated term is always its spaced entry ("catch and release" finds the modifier
  "catch-and-release");
- a word from ``tools/generic.txt`` (rule 1: plain event and generic sentiment words);
- a coded term without ``politically coded`` in its note, or such a note without a lean (rule 5).

It prints the left/right counts per category afterwards; the balance test wants them within 1.25.
Write the list from your own knowledge: never from the evaluation sets in ``../shared/eval``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from reader.core import nlp
from reader.core.lexicon import USES, Lexicon, LexiconEntry

HERE = Path(__file__).resolve().parent.parent
CATEGORIES = ("label", "loaded", "intensifier", "hedge")
LEANS = {"L": "left", "R": "right"}
CODED = "politically coded"
#: How a list line's last field names the entry's use: ``use=verb``.
USE_FIELD = "use="


class Entry(NamedTuple):
    term: str
    category: str
    note: str
    lean: str  # "left", "right" or ""
    use: str = ""  # the ``use`` column (reader.core.lexicon.USES); "" for any use

    def row(self) -> str:
        """The entry as a line of its lexicon file: a fifth column only when it has a use, as
        the files' other rows are written."""
        columns = (
            self.term,
            self.category,
            self.note,
            "curated",
            *((self.use,) if self.use else ()),
        )
        return "\t".join(columns)


def key(term: str) -> str:
    """Identity of a term for duplicate checks: case, hyphens and spacing do not count, except a
    compound ending's leading hyphen ("-loving" is not "loving")."""
    lead = "-" if term.startswith("-") else ""
    return lead + " ".join(term.lower().replace("-", " ").replace("’", "'").split())


def singular(k: str) -> str:
    """A rough singular of a term's last word: the matcher compares lemmas, so an entry "crony"
    already finds "cronies" and a plural entry beside it adds nothing."""
    head, _, last = k.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}".strip()


def read_terms(path: Path, category: str | None = None) -> dict[str, set[str]]:
    """Keys of the terms in one lexicon file (optionally only one category), each with the terms
    as written that share it ("far-left" and "far left" share one key)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    out: dict[str, set[str]] = {}
    for r in rows:
        if r and (category is None or r[1:2] == [category]):
            out.setdefault(key(r[0]), set()).add(r[0])
    return out


def already_matched(term: str, taken: dict[str, set[str]]) -> bool:
    """Whether an entry already there finds ``term`` as the matcher reads it. Only a term
    written with spaces beside entries that hyphenate it needs the matcher's word: a hyphenated
    entry finds its spaced form only where the matcher allows it ("would be" is no "would-be"),
    while any other spelling of the same key is the same entry."""
    written = taken.get(key(term))
    if not written:
        return False
    if "-" in term.lstrip("-") or any("-" not in w.lstrip("-") for w in written):
        return True
    doc = nlp.parse(term)
    lexicon = Lexicon(tuple(LexiconEntry(w, "loaded") for w in written))
    return any(m.start == 0 and m.end == len(doc) for m in lexicon.match(doc))


def generic_words() -> set[str]:
    text = (HERE / "tools" / "generic.txt").read_text(encoding="utf-8")
    return {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}


def parse_list(text: str, category: str) -> tuple[list[Entry], list[str]]:
    """Entries of a list and the problems found in it (line number and reason)."""
    entries: list[Entry] = []
    problems: list[str] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        use = ""
        if len(fields) > 3 and fields[-1].startswith(USE_FIELD):
            use = fields.pop()[len(USE_FIELD) :]
            if use not in USES or not use:
                problems.append(f"line {n}: unknown use {use!r}; one of {', '.join(USES[1:])}")
                continue
        if len(fields) not in (3, 4) or not all(fields[:3]):
            problems.append(f"line {n}: expected term|why|neutral[|L or R][|use=USE]")
            continue
        term, why, neutral = fields[:3]
        code = fields[3] if len(fields) == 4 else ""
        if code and code not in LEANS:
            problems.append(f"line {n}: lean must be L or R, not {code!r}")
            continue
        if bool(code) != (CODED in why):
            problems.append(f"line {n}: a lean goes with '{CODED}' in the note, and only then")
            continue
        if "\t" in line or ";" in why:
            problems.append(f"line {n}: no tabs, and no ';' in the reason (it separates the note)")
            continue
        entries.append(
            Entry(term, category, f"{why}; neutral: {neutral}", LEANS.get(code, ""), use)
        )
    return entries, problems


def check(entries: list[Entry], category: str) -> tuple[list[Entry], list[str]]:
    """Entries that pass the curation rules, and why the others were refused."""
    taken = read_terms(HERE / f"{category}.tsv", category)
    neutral = read_terms(HERE / "neutral.tsv")
    generic = generic_words()
    kept: list[Entry] = []
    refused: list[str] = []
    for e in entries:
        k = key(e.term)
        if already_matched(e.term, taken):
            refused.append(f"{e.term}: already in {category}.tsv")
        elif already_matched(e.term, neutral):
            refused.append(f"{e.term}: listed as neutral")
        elif k in generic:
            refused.append(f"{e.term}: generic word (tools/generic.txt, rule 1)")
        elif singular(k) in taken:
            refused.append(f"{e.term}: '{singular(k)}' already matches it (lemmas match plurals)")
        else:
            taken.setdefault(k, set()).add(e.term)
            kept.append(e)
    return kept, refused


def append_lines(path: Path, lines: list[str]) -> None:
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(text + "".join(f"{line}\n" for line in lines), encoding="utf-8")


def balance() -> Counter[tuple[str, str]]:
    with (HERE / "balance" / "lean.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return Counter((r["category"], r["lean"]) for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("category", choices=CATEGORIES)
    parser.add_argument("list", type=Path, help="file of term|why|neutral[|L or R][|use=USE] lines")
    parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    args = parser.parse_args(argv)
    entries, problems = parse_list(args.list.read_text(encoding="utf-8"), args.category)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 2
    kept, refused = check(entries, args.category)
    for r in refused:
        print(f"refused: {r}")
    if not args.dry_run and kept:
        append_lines(
            HERE / f"{args.category}.tsv",
            [e.row() for e in kept],
        )
        coded = [e for e in kept if e.lean]
        if coded:
            append_lines(
                HERE / "balance" / "lean.tsv",
                ["\t".join((e.term, e.category, e.lean)) for e in coded],
            )
    verb = "would add" if args.dry_run else "added"
    print(f"{verb} {len(kept)} to {args.category}.tsv ({sum(bool(e.lean) for e in kept)} coded)")
    counts = balance()
    for category in sorted({c for c, _ in counts}):
        left, right = counts[(category, "left")], counts[(category, "right")]
        ratio = max(left, right) / max(min(left, right), 1)
        print(f"balance {category}: left {left}, right {right} (ratio {ratio:.2f}, limit 1.25)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
