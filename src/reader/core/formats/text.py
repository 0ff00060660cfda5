"""Plain text and Markdown: the body, and the title, date, author and outlet when the first lines
look like a header.

Saved or pasted articles often start with a dateline and a headline ("November 21, 2024" then the
headline, then a blank line) or with ``Key: value`` lines. Those lines are metadata, not article
text, so they are taken out of the body. The rules are conservative: a lone first paragraph is only
taken as a headline when it is short and does not read as a sentence, so a one-sentence lede stays
in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from reader.core.formats.base import Extracted
from reader.core.formats.dates import ENGLISH_MONTHS, is_unreadable_date, parse_date
from reader.core.formats.mail import Mail, read_mail
from reader.core.formats.release_matter import without_release_matter

__all__ = ["parse_date", "parse_plain_text", "strip_markdown", "without_tables"]

_KEYS: Final = {
    "title": "title",
    "headline": "title",
    "author": "author",
    "by": "author",
    "byline": "author",
    "date": "date",
    "published": "date",
    "source": "outlet",
    "outlet": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
}
_KEY_LINE: Final = re.compile(r"^(?P<key>[A-Za-z]{2,12})\s*:\s+(?P<value>\S.{0,300})$")
_BYLINE: Final = re.compile(r"^by\s+(?P<name>[^\W\d_][\w.'’ ,&|/–—-]{1,80}?)\s*$", re.I)
#: Where the names of a byline end and an affiliation starts ("By Jane Doe, Reuters").
_AFFILIATION_SPLIT: Final = re.compile(r"\s*(?:[,|/]|\s[-–—]\s)\s*")
#: Lower-case words inside a name ("Ludwig van Beethoven") and the words joining two names.
_NAME_PARTICLES: Final = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "dos", "das", "le", "la"}
    | {"bin", "ibn", "al", "el", "y", "ten", "ter", "and", "&"}
)
#: A lone one of these after "By" is a time ("By Tuesday", "By March"), not a name.
_CALENDAR_WORDS: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
    | {"tonight", "tomorrow", "yesterday", "noon", "midnight", "dawn", "dusk"}
    | {name for name in ENGLISH_MONTHS if len(name) > 3}
)
#: Lower-case words that make a clause of a line: "By Tuesday, the town was flooded."
_VERB_LIKE: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did"}
    | {"will", "would", "shall", "should", "can", "could", "might", "must", "said", "says"}
    | {"say", "told", "tells", "went", "got", "came", "made", "took", "began", "became", "left"}
)
_NAME: Final = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
#: Sign-offs at the end of a saved article: who wrote it, not what it reports.
_SIGN_OFFS: Final = (
    # "Follow Kurt Zindulka on Twitter here @KurtZindulka"
    re.compile(
        r"^Follow\s+" + _NAME + r"\s+on\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|"
        r"Mastodon|LinkedIn)\b[^\n]{0,60}$"
    ),
    # "(Reporting by Jane Doe; Editing by John Roe)"
    # (a credit in parentheses or with an editor, never a sentence that starts "Reporting by")
    re.compile(r"^\(\s*(?:Reporting|Written)\s+by\s+" + _NAME + r"[^\n()]{0,200}\)$"),
    re.compile(
        r"^(?:Reporting|Written)\s+by\s+" + _NAME + r"\s*;\s*(?:Additional|Editing)\b.{0,200}$"
    ),
)
#: How many lines from the end a sign-off may sit (a copyright or tag line can follow it).
_MAX_SIGN_OFF_LINES: Final = 3
_SENTENCE_END: Final = re.compile(r"[.!?…]['\"”’)]?$")
#: Lines examined for a header.
_MAX_HEADER_LINES: Final = 8
_MAX_TITLE_WORDS: Final = 30


@dataclass(slots=True)
class _Header:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


def _classify(line: str, header: _Header) -> bool:
    """Record ``line`` in ``header`` if it is a structured header line; False for ordinary text."""
    date = parse_date(line)
    if date is not None and header.date is None:
        header.date = date
        return True
    if is_unreadable_date(line):
        return True  # a dateline all the same, which must not become the outlet or the headline
    if _WEB_ADDRESS.match(line):
        # The page's address copied above its text: where it came from, never its headline.
        header.url = header.url or line
        return True
    match = _KEY_LINE.match(line)
    if match and match.group("key").lower() in _KEYS:
        field = _KEYS[match.group("key").lower()]
        value = match.group("value").strip()
        if match.group("key").lower() == "source":
            return _classify_source(value, header)
        if field == "date":
            # Dates are ISO 8601 or absent: a "Date:" line we cannot read is still header, not body.
            parsed = parse_date(value)
            if parsed is not None and header.date is None:
                header.date = parsed
            return True
        if getattr(header, field) is None:
            setattr(header, field, value)
            return True
    byline = _BYLINE.match(line)
    if byline is None or header.author is not None:
        return False
    author, outlet = _writer_and_publication(byline.group("name").strip())
    if len(author.split()) <= 6 and _reads_as_names(author):
        header.author = author
        if outlet is not None and header.outlet is None:
            header.outlet = outlet
        return True
    return False


#: "By Jane Doe, Reuters", "By Tor Brekke for The Norhaven Clarion", "By Ann Lee of The Post".
_WRITER_THEN_PUBLICATION: Final = re.compile(
    r"^(?P<writer>[^,]+?)(?:\s*,\s*|\s+(?:for|of)\s+)(?P<publication>[^,|/]+)$"
)
#: Words of a writer's job, which a byline gives after the comma as often as a publication:
#: "Defence Correspondent", "Associated Press Writer", "Staff Reporter".
_JOB_WORDS: Final = frozenset(
    {"correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer"}
    | {"writers", "columnist", "columnists", "contributor", "contributors", "staff", "chief"}
    | {"analyst", "critic", "commentator", "journalist", "photographer", "producer", "desk"}
    | {"bureau", "intern", "stringer", "reporting", "contributing", "senior", "special"}
)


def _writer_and_publication(name: str) -> tuple[str, str | None]:
    """Who wrote the article and, when the byline names it, the publication they wrote it for.

    "By Tor Brekke, The Norhaven Clarion" names the writer and, after the comma (or "for",
    "of"), the paper: taken whole as the author, the article had no outlet but its file's name.
    A job after the comma ("Defence Correspondent", "Associated Press Writer") or a place ("in
    Oslo", lower-case) names no publication, so such a byline stays the author as written; a
    name starting "The" is a publication even with a job's word in it ("The Hollywood
    Reporter")."""
    split = _WRITER_THEN_PUBLICATION.match(name)
    if split is None:
        return name, None
    writer, publication = split.group("writer").strip(), split.group("publication").strip()
    words = publication.split()
    a_job = words[0] != "The" and any(w.strip(".").casefold() in _JOB_WORDS for w in words)
    one_word_before_for = "," not in name and len(writer.split()) < 2  # "By Order of The Court"
    if a_job or one_word_before_for or not _names_an_outlet(publication):
        return name, None
    if not _reads_as_names(writer):
        return name, None
    return writer, publication


_WEB_ADDRESS: Final = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
#: Words of a credit under a picture or chart, which "Source:" also introduces: "AP Photo".
_CREDIT_WORDS: Final = frozenset(
    {"photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures"}
    | {"pic", "pics", "video", "footage", "graphic", "graphics", "chart", "illustration"}
    | {"screenshot", "screengrab", "handout", "file", "pool"}
)
#: Longest "Source:" line read as header furniture rather than text.
_MAX_SOURCE_WORDS: Final = 12


def _classify_source(value: str, header: _Header) -> bool:
    """A "Source:" line. Saved articles use it for the outlet ("Source: Reuters"), but on news
    pages it just as often credits a picture or the figures ("Source: AP Photo/John Smith",
    "Source: Ministry of Defence figures"), which are not who published the article. So only a
    bare name is the outlet and an address is the URL; another short credit is header furniture
    that names nothing, and a sentence ("Source: the leaked report, seen by ...") is body text.
    """
    if _WEB_ADDRESS.match(value):
        header.url = header.url or value
        return True
    if _reads_as_a_sentence(value) or len(value.split()) > _MAX_SOURCE_WORDS:
        return False
    if header.outlet is None and _names_a_source_outlet(value):
        header.outlet = value
    return True


def _names_a_source_outlet(value: str) -> bool:
    """A bare name after "Source:": one publication ("Reuters", "The Associated Press"), not a
    list ("Reuters, AFP"), a photographer's credit ("AP Photo/John Smith") nor a description
    ("Ministry of Defence figures": a lower-case word)."""
    if any(mark in value for mark in ",;/()|"):
        return False
    words = {word.strip(".'’").casefold() for word in value.split()}
    return not words & _CREDIT_WORDS and _names_an_outlet(value)


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters (an initial, a hyphen or an apostrophe allowed): "O’Neill"."""
    return word[:1].isupper() and all(ch.isalpha() or ch in ".'’-" for ch in word)


def _reads_as_names(name: str) -> bool:
    """What follows "By" reads as the names of the writers, optionally with an affiliation after a
    comma, bar or dash ("Jane Doe and John Roe", "JANE DOE, Reuters"), not as a sentence.

    Plenty of ledes start with "By": "By Tuesday the town was flooded." Taken as a byline, such a
    sentence became the author and pushed the next paragraph into the title, so the names must be
    capitalised words (name particles and "and" aside), a lone weekday or month is a time, and a
    lower-case verb or a full stop after a lower-case word marks a clause.
    """
    parts = _AFFILIATION_SPLIT.split(name.strip())
    people = parts[0].split()
    if not people or not _is_name_word(people[0]) or not _is_name_word(people[-1]):
        return False
    if not all(_is_name_word(w) or w.lower() in _NAME_PARTICLES for w in people):
        return False
    if len(people) == 1 and people[0].rstrip(".").lower() in _CALENDAR_WORDS:
        return False
    for word in " ".join(parts[1:]).split():
        bare = word.strip(".'’\"()")
        if bare.islower() and (bare in _VERB_LIKE or (len(bare) > 4 and bare.endswith("ed"))):
            return False
        if not any(ch.isalpha() for ch in bare) and bare:
            return False  # a number is no name nor affiliation: "By Oct. 13, ..."
    # A name never ends on ! or ?, nor a lower-case word on a full stop ("... was flooded.").
    last = name.rstrip().split()[-1]
    return not (last[-1] in "!?" or (last[-1] == "." and last[:1].islower()))


def _names_an_outlet(line: str) -> bool:
    """A line that reads as a publication's name: one to five words, each capitalised but for
    small joining words ("The Daily Bugle", "Wire Service", "News of the World"), no full stop."""
    words = line.split()
    if not 1 <= len(words) <= 5 or _SENTENCE_END.search(line):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1] == "&" or w.lower() in _OUTLET_JOINERS for w in words
    )


_OUTLET_JOINERS: Final = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "der"})


def _looks_like_headline(line: str, *, structured: bool) -> bool:
    words = line.split()
    if not words or len(words) > _MAX_TITLE_WORDS or len(line) > 250:
        return False
    if structured:
        return True  # after a dateline or Key: value lines, the next short line is the headline
    return len(words) <= 20 and not _SENTENCE_END.search(line)


#: The last word of a line whose full stop belongs to an abbreviation: "U.S.", "Inc."
_ABBREVIATION: Final = re.compile(r"(?:[A-Za-z]\.){2,}|(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.")
#: Words a short question or exclamation may have and still be a headline ("What next?").
_MAX_QUESTION_HEADLINE_WORDS: Final = 12


def _reads_as_a_sentence(line: str) -> bool:
    """A line ending as a sentence ends: with a full stop (not an abbreviation's), or with a ? or
    ! after a long or comma-split clause. Headlines rarely end with a full stop; a short question
    ("What next for the harbour?") or exclamation is still one."""
    stripped = line.rstrip("'\"”’)")
    if not stripped or stripped[-1] not in ".!?":
        return False
    if stripped[-1] == ".":
        last = stripped.split()[-1].lstrip("'\"“‘(")
        return not _ABBREVIATION.fullmatch(last) and not stripped.endswith("..")
    return len(line.split()) > _MAX_QUESTION_HEADLINE_WORDS or "," in line


#: Words a line never ends on when it is a whole headline rather than a hard-wrapped sentence.
_RUN_ON_ENDINGS: Final = frozenset(
    {"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at", "by", "as"}
)


#: Words a paragraph under a headline has at least (a headline over one short line is a list).
_MIN_PARAGRAPH_WORDS: Final = 12
#: Small words a title-case headline leaves in lower case: "Talks on the Future of the Port".
_TITLE_SMALL_WORDS: Final = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for"}
    | {"with", "from", "as", "into", "over", "after", "vs", "via", "per", "off", "up", "out"}
)


def _headline_over_paragraph(line: str, paragraph: list[str]) -> bool:
    """A first line that reads as a headline, right above the lines of its first paragraph:
    no full stop, not ending mid-phrase, and either in title case or set apart from the
    paragraph by its length. The paragraph starts a sentence and runs long.

    Length is how a headline shows without a blank line: on a paragraph written as one line it
    is shorter than that line; on a hard-wrapped paragraph it is shorter than the wrap or too long
    to belong to it (a 17-word headline over lines wrapped at 72). A first line as long as the
    wrap is the wrap's own first line, part of the lede, unless title case says otherwise.
    """
    words = line.split()
    if not _looks_like_headline(line, structured=False) or len(words) < 3:
        return False
    if line[-1] in ",;:-–—" or words[-1].lower() in _RUN_ON_ENDINGS:
        return False
    first = paragraph[0] if paragraph else ""
    if not first or not (first[0].isupper() or first[0] in "\"“‘'"):
        return False
    if sum(len(row.split()) for row in paragraph) < _MIN_PARAGRAPH_WORDS:
        return False
    if _in_title_case(words):
        return True
    width = max(len(row) for row in paragraph)
    if len(line) < 0.8 * width:
        return True
    if len(paragraph) == 1:
        return False
    # A line of the same wrap is at most one word (and its space) longer than the longest below.
    longest_word = max(len(word) for row in paragraph for word in row.split())
    return len(line) > width + longest_word + 1


def _in_title_case(words: list[str]) -> bool:
    """Every word capitalised but the small joining ones, and at least three that are:
    "Ferry Terminal Delayed Again After Faults in Ramps"."""
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    rest = [w for w in words if not (w[:1].isupper() or w[:1].isdigit())]
    return len(capitalised) >= 3 and all(w.lower() in _TITLE_SMALL_WORDS for w in rest)


def _paragraph_below(lines: list[str], index: int) -> list[str]:
    """The lines after ``lines[index]`` up to the next blank line, stripped."""
    paragraph: list[str] = []
    for row in lines[index + 1 :]:
        if not row.strip():
            break
        paragraph.append(row.strip())
    return paragraph


def parse_plain_text(text: str) -> Extracted:
    """Split a normalised text into header fields and body. The body is never left empty.

    A text pasted from an e-mail is read as the article inside it: what the article's own header
    lines say wins over the mail's subject, sender and date. A press release's lines for editors
    ("FOR IMMEDIATE RELEASE", its boilerplate and media contact) are no part of either.
    """
    text = without_release_matter(text)
    mail = read_mail(text)
    if mail is None or not mail.body:
        return _header_and_body(text)
    return _mail_article(mail)


def _mail_article(mail: Mail) -> Extracted:
    """The article in a mail's body. A newsletter repeats its subject as the headline, under its
    own name and date: what stands above that line is header, what follows is the article (after
    a byline, if any)."""
    lines = mail.body.split("\n")
    at = _subject_line(lines, mail.subject)
    if at is None:
        found = _header_and_body(mail.body)
        above = _Header()
    else:
        found = _header_and_body("\n".join(lines[at + 1 :]).strip())
        above = _header_above_subject(lines[:at])
    return Extracted(
        text=found.text,
        title=found.title or mail.subject,
        author=found.author or above.author,
        date=found.date or above.date or mail.date,
        outlet=found.outlet or _mail_outlet(above.outlet, mail.sender),
        url=found.url or above.url,
    )


def _subject_line(lines: list[str], subject: str | None) -> int | None:
    """Where the mail's subject stands as a line among the body's first lines, if it does."""
    if not subject:
        return None
    wanted = _WORDS.findall(subject.casefold())
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _MAX_HEADER_LINES:
            return None
        if _WORDS.findall(line.casefold()) == wanted:
            return index
    return None


def _header_above_subject(lines: list[str]) -> _Header:
    """Dates, bylines and a short name (the newsletter's) set above a newsletter's headline."""
    header = _Header()
    for line in (line.strip() for line in lines):
        if not line or _classify(line, header):
            continue
        if header.outlet is None and not _reads_as_a_sentence(line) and len(line.split()) <= 6:
            header.outlet = line
    return header


def _mail_outlet(named: str | None, sender: str | None) -> str | None:
    """The outlet a newsletter names above its headline, spelled as its sender name spells it when
    both are the same words ("THE OSTLEY BRIEFING", "The Ostley Briefing")."""
    if named and sender and _WORDS.findall(named.casefold()) == _WORDS.findall(sender.casefold()):
        return sender
    return named or sender


_WORDS: Final = re.compile(r"\w+")


def _header_and_body(text: str) -> Extracted:
    lines = text.split("\n")
    header = _Header()
    structured = False
    body_start = 0
    title_line: int | None = None
    outlet_candidate: str | None = None
    index = 0
    examined = 0
    while index < len(lines) and examined < _MAX_HEADER_LINES:
        line = lines[index].strip()
        if not line or line == "---":
            index += 1
            if line == "---" and structured:
                body_start = index  # the fence closing a front-matter block is no body
            continue
        examined += 1
        if line.startswith("#") and title_line is None and header.title is None:
            heading = line.lstrip("#").strip()
            if heading and _looks_like_headline(heading, structured=True):
                header.title, title_line = heading, index
                index += 1
                body_start = index
                continue
        if _classify(line, header):
            structured = True
            index += 1
            body_start = index
            continue
        next_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
        alone = not next_line or _is_header_line(next_line)
        if header.title is not None:
            if (
                structured
                and header.outlet is None
                and alone
                and _names_an_outlet(line)
                and not _names_an_outlet(header.title)
            ):
                # "Headline" / "By Anna Reyes" / "Wire Service" / "2026-11-20": a name set in
                # capitals in the header block, under a headline that is not, is the outlet.
                header.outlet = line
                index += 1
                body_start = index
                continue
            # "Meridian Wire" / "November 21, 2024" / "Headline": the first short line was the
            # outlet.
            if (
                title_line is not None
                and title_line < body_start - 1
                and header.outlet is None
                and len(header.title.split()) <= 4
                and alone
                and all(lines[i].strip() for i in range(title_line, index))
                and _looks_like_headline(line, structured=True)
            ):
                header.outlet, header.title, title_line = header.title, line, index
                index += 1
                body_start = index
                continue
            break  # headline found; anything that is not a header line starts the body
        if not alone:
            # An outlet name on its own line right above the headline: "Meridian Wire" / "Headline".
            if (
                outlet_candidate is None
                and len(line.split()) <= 4
                and not _SENTENCE_END.search(line)
                and _looks_like_headline(next_line, structured=True)
                and (
                    index + 2 >= len(lines)
                    or not lines[index + 2].strip()
                    or _is_header_line(lines[index + 2].strip())
                )
            ):
                outlet_candidate = line
                index += 1
                continue
            if (
                header.title is None
                and examined == 1
                and _headline_over_paragraph(line, _paragraph_below(lines, index))
            ):
                # "Headline" directly above its first paragraph, no blank line between.
                header.title, title_line = line, index
                index += 1
                body_start = index
                continue
            break
        after_header = structured or outlet_candidate is not None
        if not _looks_like_headline(line, structured=after_header):
            break
        if after_header and lines[index - 1].strip() in ("", "---") and _reads_as_a_sentence(line):
            # A sentence set apart from the header lines by a blank line is the lede, which stays
            # in the body ("March 4, 2025" / "" / "The council voted 7-2 on Tuesday to ...").
            # Right under the dateline, with no blank line between, it is a headline.
            break
        header.title, title_line = line, index
        if outlet_candidate is not None:
            header.outlet = header.outlet or outlet_candidate
        index += 1
        body_start = index
    body_lines = lines[body_start:]
    signed = _sign_off(body_lines)
    if signed is not None:
        index, name = signed
        header.author = header.author or name
        structured = True
        del body_lines[index]
    body = "\n".join(body_lines).strip()
    if not body or (header.title is None and not structured):
        if signed is not None and body:
            return Extracted(text=body, author=header.author)
        return Extracted(text=text)
    return Extracted(
        text=body,
        title=header.title,
        author=header.author,
        date=header.date,
        outlet=header.outlet,
        url=header.url,
    )


def _sign_off(lines: list[str]) -> tuple[int, str] | None:
    """The line of a closing sign-off ("Follow NAME on Twitter", "(Reporting by NAME; ...)") among
    the last few non-empty lines, and the name it gives; None when there is none."""
    seen = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        if not line:
            continue
        seen += 1
        if seen > _MAX_SIGN_OFF_LINES:
            return None
        for form in _SIGN_OFFS:
            match = form.match(line)
            if match:
                return index, match.group("name").strip()
    return None


def _is_header_line(line: str) -> bool:
    return _classify(line, _Header())


_TABLE_RULE_CELL: Final = re.compile(r":?-+:?")
_BLANK_RUN: Final = re.compile(r"\n{3,}")


def without_tables(text: str) -> str:
    """``text`` without its pipe tables (``| a | b |`` rows and ``|---|---|`` rules), each left as
    a paragraph break. A row is data, not prose: read as a sentence it became a claim
    ("| Transport | 12 million |") to align and flag. A page's tables arrive in this form too.

    A row is a line that starts and ends with a bar; a rule is a line of bars, dashes and colons
    only. Rows written without the outer bars count only next to a rule (the header above it,
    the rows right under it), so a line such as "Reuters | Politics" stays text.
    """
    lines = text.split("\n")
    table = {i for i, line in enumerate(lines) if _is_table_row(line)}
    for i, line in enumerate(lines):
        if not _is_table_rule(line):
            continue
        table.add(i)
        if i > 0 and "|" in lines[i - 1]:
            table.add(i - 1)
        below = i + 1
        while below < len(lines) and "|" in lines[below]:
            table.add(below)
            below += 1
    if not table:
        return text
    kept = ("" if i in table else line for i, line in enumerate(lines))
    return _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()


def _is_table_rule(line: str) -> bool:
    """``|---|:---:|``, ``--- | ---``: the line under a table's header."""
    stripped = line.strip()
    if "|" not in stripped:
        return False
    cells = stripped.strip("|").split("|")
    return all(_TABLE_RULE_CELL.fullmatch(cell.strip()) for cell in cells)


def _is_table_row(line: str) -> bool:
    """``| Transport | 12 million |``: a line set between bars."""
    stripped = line.strip()
    return len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|"


_MD_IMAGE: Final = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK: Final = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_STRONG: Final = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS: Final = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"
)
_MD_CODE: Final = re.compile(r"`([^`\n]+)`")
_MD_PREFIX: Final = re.compile(r"^(?:>\s?)+|^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_MD_RULE: Final = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")


def strip_markdown(text: str) -> str:
    """Markdown to the words a reader sees: link text without the address, no emphasis marks, no
    quote or list markers, no code fences. Headings keep their text (the header parser reads a
    leading ``# Title``). Only used for ``.md`` files, where these marks are markup, not words.
    Pipe tables are left to :func:`without_tables`, which plain text of any name goes through.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            continue
        if _MD_RULE.match(line) and stripped != "---":
            lines.append("")
            continue
        if not stripped.startswith("#"):
            line = _MD_PREFIX.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_STRONG.sub(r"\2", line)
        line = _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
        line = _MD_CODE.sub(r"\1", line)
        lines.append(line)
    return "\n".join(lines)
