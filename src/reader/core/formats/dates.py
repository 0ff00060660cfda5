"""A dateline to an ISO date: "November 21, 2024", "25 novembre 2026", "25. Dezember 2026",
"25 de noviembre de 2026", "25 listopada 2026", "2024-11-21T09:42:00Z".

The app reads articles in English and warns that its marks may be wrong in other languages, but
the date, outlet and title of a French or German article are still worth reading. So month names
(full, abbreviated, with or without accents) are known for the main languages in Latin letters.
A line is read only when it is a date and nothing else but the words that announce or surround
one ("Published", "le", "am", a weekday, a time): "mars" or "mayo" in a sentence is never a date.
Numeric dates are read only when their order is certain: "24/11/2026" (no 24th month), never
"05/11/2026", which is the 5th of November in Paris and the 11th of May in New York.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Final

#: English month names and abbreviations, by month number.
ENGLISH_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: Month names of French, Spanish, German, Italian, Portuguese, Dutch and Swedish, with their
#: usual abbreviations, and of Polish and Czech in the genitive a date uses ("25 listopada",
#: "25. listopadu"), by month number. Accents are optional when matching (see :func:`_plain`).
_OTHER_MONTHS: Final = (
    ("janvier", "janv", "enero", "ene", "januar", "jänner", "gennaio", "gen", "janeiro", "januari"),
    ("février", "févr", "fév", "febrero", "februar", "febbraio", "fevereiro", "fev", "februari"),
    ("mars", "marzo", "märz", "mär", "março", "maart", "mrt"),
    ("avril", "avr", "abril", "abr", "aprile"),
    ("mai", "mayo", "maggio", "mag", "maio", "mei", "maj"),
    ("juin", "junio", "juni", "giugno", "giu", "junho"),
    ("juillet", "juil", "julio", "juli", "luglio", "lug", "julho"),
    ("août", "agosto", "ago", "augustus", "augusti"),
    ("septembre", "septiembre", "setiembre", "settembre", "set", "setembro"),
    ("octobre", "octubre", "oktober", "okt", "ottobre", "ott", "outubro", "out"),
    ("novembre", "noviembre", "novembro"),
    ("décembre", "déc", "diciembre", "dic", "dezember", "dez", "dicembre", "dezembro"),
)
_SLAVIC_MONTHS: Final = (
    ("stycznia", "ledna"),
    ("lutego", "února"),
    ("marca", "března"),
    ("kwietnia", "dubna"),
    ("maja", "května"),
    ("czerwca", "června"),
    ("lipca", "července"),
    ("sierpnia", "srpna"),
    ("września", "září"),
    ("października", "října"),
    ("listopada", "listopadu"),
    ("grudnia", "prosince"),
)


def _plain(word: str) -> str:
    """``word`` folded to lower case without accents: "Févr" and "fevr" are the same month."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


MONTHS: Final = {
    **ENGLISH_MONTHS,
    **{
        _plain(name): n
        for table in (_OTHER_MONTHS, _SLAVIC_MONTHS)
        for n, names in enumerate(table, start=1)
        for name in names
    },
}
_MONTH_WORDS: Final = sorted(
    {
        *MONTHS,
        *(name for table in (_OTHER_MONTHS, _SLAVIC_MONTHS) for names in table for name in names),
    },
    key=len,
    reverse=True,
)
_MONTH: Final = r"(?P<month>" + "|".join(_MONTH_WORDS) + r")\.?"
#: Month-first order ("November 21") is English; other languages put the day first, and "Out 3"
#: (Portuguese October) or "Mar 25" in another language would be a guess.
_ENGLISH_MONTH: Final = (
    r"(?P<month>" + "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True)) + r")\.?"
)
#: A day with an English ("21st"), French ("1er") or Romance ("1º", "1°") ordinal ending, or
#: German's full stop ("25.").
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|ª|\.)?"
_YEAR: Final = r"(?P<year>(?:19|20)\d\d)"
_OF: Final = r"(?:\s+de)?"  # Spanish and Portuguese: "25 de noviembre de 2026"
#: A numeric date with its parts in an order to be decided: 24/11/2026, 24.11.2026.
_NUMERIC: Final = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2" + _YEAR + r"\b")
#: A month and a year with no day: "novembre 2026", "Nov. 2024".
_MONTH_YEAR: Final = re.compile(r"\b" + _MONTH + _OF + r"\s+" + _YEAR + r"\b", re.I)
_DATE_FORMS: Final = (
    # November 21, 2024
    re.compile(r"\b" + _ENGLISH_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),
    re.compile(
        r"\b" + _DAY + _OF + r"\s+" + _MONTH + r",?" + _OF + r"\s+" + _YEAR, re.I
    ),  # 21 November 2024, 25. November 2026, 25 de noviembre de 2026
    re.compile(
        _YEAR
        + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"
        + r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?\s?(?:Z|[+-]\d\d:?\d\d)?)?"
    ),
)
#: Weekdays, in the same languages as the months, which may stand before a date.
_WEEKDAYS: Final = (
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonnabend|sonntag|lunedì|lunedi|martedì|martedi|mercoledì|"
    r"mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda|terça|terca|quarta|"
    r"quinta|sexta|feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"poniedziałek|poniedzialek|wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela"
)
#: What may surround a date on a dateline: the words that announce it, a weekday, a time, a zone.
_DATE_NOISE: Final = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|am|pm|gmt|utc|bst|cet|cest|est|edt|"
    r"pst|pdt|et|pt|publié|publie|mis|à|jour|le|modifié|modifie|publicado|actualizado|el|"
    r"veröffentlicht|aktualisiert|zuletzt|um|uhr|pubblicato|aggiornato|il|alle|ore|"
    r"gepubliceerd|bijgewerkt|op|om|em|às|opublikowano|aktualizacja|zaktualizowano|dnia|"
    # Polish writes "r." (roku, "of the year") after the year: "21 maja 2026 r."
    r"r\.|roku|" + _WEEKDAYS + r"|[0-2]?\d[:.h][0-5]\d(?:[:.][0-5]\d)?|[0-2]?\dh)(?!\w)"
    r"|\b[ap]\.m\.|[+-]\d\d:?\d\d\b|[,|:·•\-–—()]",
    re.I,
)
#: Longest line read as a dateline.
_MAX_DATELINE_CHARS: Final = 70
_MONTHS_IN_YEAR: Final = 12


def parse_date(line: str) -> str | None:
    """ISO date of a line that is a date and nothing else (weekday, time, 'Published' allowed)."""
    if len(line) > _MAX_DATELINE_CHARS:
        return None
    for form in _DATE_FORMS:
        match = form.search(line)
        if match is not None:
            return _iso(match) if _when_alone(line, match) else None
    match = _NUMERIC.search(line)
    if match is not None and _when_alone(line, match):
        return _iso_numeric(match)
    return None


def _when_alone(line: str, match: re.Match[str]) -> bool:
    """Whether ``line`` holds nothing but the date ``match`` found and a dateline's words."""
    rest = _DATE_NOISE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    return not rest.split()


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = MONTHS[_plain(groups["month"])] if groups.get("month") else int(groups["mnum"])
    return _valid(int(groups["year"]), month, int(groups["day"]))


def _iso_numeric(match: re.Match[str]) -> str | None:
    """A numeric date only when its order is certain: one part is over 12 (it is the day) or
    both parts are the same. Anything else would be a guess, so it stays unread."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
    if first == second or second > _MONTHS_IN_YEAR:
        return _valid(year, first, second)
    if first > _MONTHS_IN_YEAR:
        return _valid(year, second, first)
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_unreadable_date(line: str) -> bool:
    """A line that is a date whose day cannot be told: "05/11/2026" (5 November or May 11) or a
    month and year alone ("mars 2026", "November 2024"). It is a dateline, not an outlet's name or
    a headline, yet reading a day from it would be a guess."""
    if len(line) > _MAX_DATELINE_CHARS or parse_date(line) is not None:
        return False
    for form in (_NUMERIC, _MONTH_YEAR):
        match = form.search(line)
        if match is not None and _when_alone(line, match):
            return True
    return False
