"""A cheap language guess: the script a text's letters are in, then its commonest function words.
Enough to tell an English article from a French, Russian or Korean one (the engine's model is
English) without a new dependency or a model download."""

from __future__ import annotations

import re
from typing import Final

from reader.core.formats import function_words
from reader.core.formats.scripts import SCRIPT_NAMES, script_language

_WORD: Final = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Words examined: the opening of a text decides its language.
_SAMPLE_WORDS: Final = 2000
_SAMPLE_CHARS: Final = 20000
#: Share of a Latin-script text's words that must be one language's function words.
_MIN_SHARE: Final = 0.08

_KANA: Final = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
#: A Chinese or Japanese character: a word processor counts each as a word, which is near the
#: truth (most Chinese words are one or two characters) and far nearer than a space count.
_CJK_CHAR: Final = re.compile(f"[{_HAN}{_KANA}]")
#: CJK punctuation ("，", "。", "「"): it separates words, it is none.
_CJK_MARK: Final = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
#: Languages written in Latin letters that the guess tells apart, by name.
_LATIN_NAMES: Final = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "ro": "Romanian",
    "tr": "Turkish",
    "id": "Indonesian",
    "ms": "Malay",
}
#: Languages in other scripts that the guess names: the engine cannot read any of them.
_OTHER_SCRIPT_NAMES: Final = {
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "th": "Thai",
    "lo": "Lao",
    "km": "Khmer",
    "my": "Burmese",
    "bo": "Tibetan",
    "ru": "Russian",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "el": "Greek",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "he": "Hebrew",
    "yi": "Yiddish",
    "hy": "Armenian",
    "ka": "Georgian",
    "hi": "Hindi",
    "mr": "Marathi",
    "ne": "Nepali",
    "bn": "Bengali",
    "as": "Assamese",
    "pa": "Punjabi",
    "gu": "Gujarati",
    "or": "Odia",
    "ta": "Tamil",
    "te": "Telugu",
    "kn": "Kannada",
    "ml": "Malayalam",
    "si": "Sinhala",
    "dv": "Dhivehi",
}
#: The languages the guess tells apart, by name.
LANGUAGE_NAMES: Final = {**_LATIN_NAMES, **_OTHER_SCRIPT_NAMES}
#: What the guess returns for a text not in Latin letters: a language (ISO 639-1) or, where the
#: script serves several and the text does not say which, the script (ISO 15924). The English
#: pipeline finds no word it knows in any of them.
UNREADABLE_LANGUAGES: Final = frozenset(_OTHER_SCRIPT_NAMES) | frozenset(SCRIPT_NAMES)


def language_name(code: str) -> str:
    """What to call the language or script ``code`` in a sentence: "Russian", "Cyrillic script"
    (the code itself for one the guess never returns)."""
    return LANGUAGE_NAMES.get(code) or SCRIPT_NAMES.get(code) or code


def count_words(text: str) -> int:
    """Words in ``text``: runs between spaces, except that each Chinese or Japanese character
    counts as a word, since those scripts put no space between words (a space count made a
    whole Chinese article "1 word")."""
    cjk = len(_CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return cjk + len(_CJK_MARK.sub(" ", _CJK_CHAR.sub(" ", text)).split())


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the likeliest language (or, for a text in a script several languages
    share, the script's ISO 15924 code), or None when too few function words decide it."""
    in_script = script_language(text)
    if in_script is not None:
        return in_script
    words = [w.casefold() for w in _WORD.findall(text[:_SAMPLE_CHARS])][:_SAMPLE_WORDS]
    if len(words) < 5:
        return None
    return function_words.likeliest(words, function_words.LATIN, min_share=_MIN_SHARE)
