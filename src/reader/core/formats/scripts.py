"""Which writing system a text's letters are in, and the language that says: the English pipeline
makes nothing of a text in Cyrillic, Arabic, Hangul or Chinese characters (no word of it is in
the model, the lexicon or the claim matcher), so such a text must be refused by name, not read
into meaningless flags.

A letter's script is the first word of its Unicode name ("CYRILLIC SMALL LETTER A"), which covers
every script without a table of code-point ranges. Where one script serves one language it names
it (Hangul is Korean, Greek letters are Greek); where it serves several, the commonest function
words and the letters each language's alphabet has decide, and when they do not, the script is
named instead ("Cyrillic script").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Final

from reader.core.formats import function_words

LATIN: Final = "Latn"
#: Letters that belong to no one script (modifier letters, ordinal indicators).
_COMMON: Final = "Zyyy"
#: A letter of a script not named below.
OTHER_SCRIPT: Final = "Zzzz"
#: ISO 15924 codes and names of the scripts told apart, by the first word of their letters'
#: Unicode names.
_SCRIPTS: Final[Mapping[str, tuple[str, str]]] = {
    "CYRILLIC": ("Cyrl", "Cyrillic script"),
    "GREEK": ("Grek", "Greek script"),
    "COPTIC": ("Copt", "Coptic script"),
    "ARABIC": ("Arab", "Arabic script"),
    "HEBREW": ("Hebr", "Hebrew script"),
    "ARMENIAN": ("Armn", "Armenian script"),
    "GEORGIAN": ("Geor", "Georgian script"),
    "HANGUL": ("Hang", "Hangul"),
    "CJK": ("Hani", "Chinese characters"),
    "BOPOMOFO": ("Hani", "Chinese characters"),
    "HIRAGANA": ("Kana", "kana"),
    "KATAKANA": ("Kana", "kana"),
    "KATAKANA-HIRAGANA": ("Kana", "kana"),
    "DEVANAGARI": ("Deva", "Devanagari script"),
    "BENGALI": ("Beng", "Bengali script"),
    "GURMUKHI": ("Guru", "Gurmukhi script"),
    "GUJARATI": ("Gujr", "Gujarati script"),
    "ORIYA": ("Orya", "Odia script"),
    "TAMIL": ("Taml", "Tamil script"),
    "TELUGU": ("Telu", "Telugu script"),
    "KANNADA": ("Knda", "Kannada script"),
    "MALAYALAM": ("Mlym", "Malayalam script"),
    "SINHALA": ("Sinh", "Sinhala script"),
    "THAI": ("Thai", "Thai script"),
    "LAO": ("Laoo", "Lao script"),
    "KHMER": ("Khmr", "Khmer script"),
    "MYANMAR": ("Mymr", "Myanmar script"),
    "TIBETAN": ("Tibt", "Tibetan script"),
    "THAANA": ("Thaa", "Thaana script"),
    "SYRIAC": ("Syrc", "Syriac script"),
    "ETHIOPIC": ("Ethi", "Ethiopic script"),
    "MONGOLIAN": ("Mong", "Mongolian script"),
    "TIFINAGH": ("Tfng", "Tifinagh script"),
    "CHEROKEE": ("Cher", "Cherokee script"),
    "CANADIAN": ("Cans", "Canadian syllabics"),
}
#: Names of the scripts by code, for a text whose language the script alone does not say.
SCRIPT_NAMES: Final[Mapping[str, str]] = {
    **dict(_SCRIPTS.values()),
    OTHER_SCRIPT: "a script other than the Latin alphabet",
}
#: Scripts in which one language is written, as far as news goes.
_ONE_LANGUAGE: Final[Mapping[str, str]] = {
    "Grek": "el",
    "Armn": "hy",
    "Geor": "ka",
    "Hang": "ko",
    "Guru": "pa",
    "Gujr": "gu",
    "Orya": "or",
    "Taml": "ta",
    "Telu": "te",
    "Knda": "kn",
    "Mlym": "ml",
    "Sinh": "si",
    "Thai": "th",
    "Laoo": "lo",
    "Khmr": "km",
    "Mymr": "my",
    "Tibt": "bo",
    "Thaa": "dv",
}
#: The letters of each language's alphabet, for the scripts several languages share: a text
#: with letters its guessed language lacks (Belarusian "ў", Kazakh "ә") is some other language.
_ALPHABETS: Final[Mapping[str, frozenset[str]]] = {
    "ru": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    "uk": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
    "bg": frozenset("абвгдежзийклмнопрстуфхцчшщъьюяѝ"),
    "sr": frozenset("абвгдђежзијклљмнњопрстћуфхцчџш"),
    "ar": frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيـ"),
    "fa": frozenset("ءآأؤإئابپةتثجچحخدذرزژسشصضطظعغفقکگلمنوهیۀـ"),
    "ur": frozenset("ءآأؤئابپةتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہۂۃھهیےۓـ"),
}
#: Share of a script's letters that may lie outside the guessed language's alphabet (a quoted
#: name, a stray variant letter).
_FOREIGN_LETTERS: Final = 0.03
#: Share of a Chinese-looking text's characters in kana above which it is Japanese: Japanese
#: prose is a third or more kana, Chinese has none.
_JAPANESE_KANA_SHARE: Final = 0.05
#: Assamese writes its ra "ৰ" where Bengali writes "র".
_ASSAMESE_RA, _BENGALI_RA = "ৰ", "র"
#: Characters examined: the opening of a text decides.
SAMPLE_CHARS: Final = 20000


@lru_cache(maxsize=8192)
def script_of(letter: str) -> str:
    """ISO 15924 code of the script of one letter: "Latn", "Cyrl", ... or ``OTHER_SCRIPT``."""
    if letter < "\u0250":  # ASCII, Latin-1 and the Latin extensions hold only Latin letters
        return LATIN
    words = unicodedata.name(letter, "").split()
    if words and words[0] in ("FULLWIDTH", "HALFWIDTH"):
        words = words[1:]
    if not words:
        return OTHER_SCRIPT
    if "LATIN" in words[:2] or words[0] == "MATHEMATICAL":
        return LATIN  # styled letters ("𝐛𝐨𝐥𝐝") are Latin ones
    if words[0] in ("MODIFIER", "FEMININE", "MASCULINE", "MICRO"):
        return _COMMON
    found = _SCRIPTS.get(words[0])
    return found[0] if found else OTHER_SCRIPT


def letters_by_script(text: str) -> Counter[str]:
    """How many letters of each script the opening of ``text`` holds."""
    counts = Counter(script_of(ch) for ch in text[:SAMPLE_CHARS] if ch.isalpha())
    counts.pop(_COMMON, None)
    return counts


def script_language(text: str) -> str | None:
    """The language of a text whose letters are mostly not Latin (an ISO 639-1 code such as
    "ru", "ko", "zh"), the script's code ("Cyrl", "Arab") when the script does not say which
    language, or None for a text mostly in Latin letters. Mostly means more than half its
    letters: an English article quoting a name in Cyrillic or Chinese is still English."""
    counts = letters_by_script(text)
    latin = counts.pop(LATIN, 0)
    others = sum(counts.values())
    if others * 2 <= others + latin:
        return None
    # Kanji are part of Japanese writing: Chinese characters and kana are one writing system.
    kana = counts.pop("Kana", 0)
    han_kana = counts.pop("Hani", 0) + kana
    script, found = max(counts.items(), key=lambda item: item[1], default=(OTHER_SCRIPT, 0))
    if han_kana >= found:
        return "ja" if kana >= _JAPANESE_KANA_SHARE * han_kana else "zh"
    if script in _ONE_LANGUAGE:
        return _ONE_LANGUAGE[script]
    told = _SHARED_SCRIPTS.get(script)
    return (told(text) if told else None) or script


def _by_function_words(
    script: str, lists: Mapping[str, frozenset[str]], *, default: str | None = None
) -> Callable[[str], str | None]:
    def guess(text: str) -> str | None:
        letters = [ch for ch in text[:SAMPLE_CHARS].casefold() if script_of(ch) == script]
        code = likeliest_in(text, lists) or default
        if code is None or not _fits_alphabet(letters, _ALPHABETS.get(code)):
            return None
        return code

    return guess


def likeliest_in(text: str, lists: Mapping[str, frozenset[str]]) -> str | None:
    """The language of ``lists`` that the words of ``text`` (split at spaces and punctuation,
    keeping the vowel signs of Indic scripts) point to."""
    words = [w for w in (_trim(token) for token in text[:SAMPLE_CHARS].casefold().split()) if w]
    return function_words.likeliest(words, lists, min_share=0.05)


def _trim(token: str) -> str:
    """A token without the punctuation around it; marks (Hindi "है"'s vowel sign) stay."""
    start, end = 0, len(token)
    while start < end and not _is_word_character(token[start]):
        start += 1
    while end > start and not _is_word_character(token[end - 1]):
        end -= 1
    return token[start:end]


def _is_word_character(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def _fits_alphabet(letters: list[str], alphabet: frozenset[str] | None) -> bool:
    if not alphabet:
        return True
    foreign = sum(1 for ch in letters if ch not in alphabet)
    return foreign <= _FOREIGN_LETTERS * len(letters)


def _bengali_or_assamese(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    return "as" if sample.count(_ASSAMESE_RA) > sample.count(_BENGALI_RA) else "bn"


#: Scripts several languages share, with how to tell which one a text is in.
_SHARED_SCRIPTS: Final[Mapping[str, Callable[[str], str | None]]] = {
    "Cyrl": _by_function_words("Cyrl", function_words.CYRILLIC),
    "Arab": _by_function_words("Arab", function_words.ARABIC),
    "Deva": _by_function_words("Deva", function_words.DEVANAGARI),
    # Yiddish is written in Hebrew letters too; its own words show it, and Hebrew is the rest.
    "Hebr": _by_function_words("Hebr", function_words.HEBREW, default="he"),
    "Beng": _bengali_or_assamese,
}
