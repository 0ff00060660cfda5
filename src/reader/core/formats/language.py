"""A cheap language guess from the commonest function words: enough to tell an English article from
a French one (the engine's model is English) without a new dependency or a model download."""

from __future__ import annotations

import re
from typing import Final

_STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "it",
            "was",
            "for",
            "on",
            "are",
            "with",
            "as",
            "his",
            "they",
            "be",
            "at",
            "by",
            "this",
            "had",
            "from",
            "have",
            "not",
            "but",
            "what",
            "were",
            "which",
            "their",
            "has",
            "said",
            "would",
            "been",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "et",
            "est",
            "un",
            "une",
            "que",
            "qui",
            "dans",
            "pour",
            "pas",
            "sur",
            "au",
            "aux",
            "avec",
            "il",
            "elle",
            "ce",
            "se",
            "sont",
            "ont",
            "été",
            "cette",
            "mais",
            "plus",
            "par",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "ein",
            "eine",
            "zu",
            "den",
            "dem",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "im",
            "von",
            "wird",
            "auch",
            "es",
            "sie",
            "hat",
            "wurde",
            "dass",
            "nach",
            "bei",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "que",
            "en",
            "un",
            "una",
            "es",
            "por",
            "con",
            "para",
            "se",
            "al",
            "lo",
            "su",
            "como",
            "más",
            "pero",
            "sus",
            "fue",
            "ha",
            "este",
            "esta",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "che",
            "e",
            "è",
            "un",
            "una",
            "per",
            "con",
            "non",
            "sono",
            "nel",
            "alla",
            "si",
            "ha",
            "come",
            "anche",
            "ma",
            "più",
            "dei",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "que",
            "em",
            "um",
            "uma",
            "é",
            "para",
            "com",
            "não",
            "se",
            "por",
            "mais",
            "foi",
            "ao",
            "na",
            "no",
            "ele",
            "ela",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "niet",
            "te",
            "op",
            "in",
            "met",
            "voor",
            "zijn",
            "er",
            "aan",
            "die",
            "ook",
            "om",
            "maar",
            "hij",
            "werd",
            "door",
            "naar",
        ]
    ),
}
_WORD: Final = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Words examined: the opening of a text decides its language.
_SAMPLE_WORDS: Final = 2000
_SAMPLE_CHARS: Final = 20000

_KANA: Final = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
#: A Chinese or Japanese character: a word processor counts each as a word, which is near the
#: truth (most Chinese words are one or two characters) and far nearer than a space count.
_CJK_CHAR: Final = re.compile(f"[{_HAN}{_KANA}]")
#: CJK punctuation ("，", "。", "「"): it separates words, it is none.
_CJK_MARK: Final = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
#: Scripts written without spaces between words, which the English pipeline cannot split into
#: words or sentences, by the language a text in them most likely is (kana means Japanese).
_UNSPACED_SCRIPTS: Final = (
    ("ja", re.compile(f"[{_KANA}]")),
    ("zh", re.compile(f"[{_HAN}]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("lo", re.compile("[\u0e80-\u0eff]")),
    ("km", re.compile("[\u1780-\u17ff]")),
    ("my", re.compile("[\u1000-\u109f]")),
    ("bo", re.compile("[\u0f00-\u0fff]")),
)
#: Share of a Chinese-looking text's characters in kana above which it is Japanese: Japanese
#: prose is a third or more kana, Chinese has none.
_JAPANESE_KANA_SHARE: Final = 0.05
#: The languages the guess tells apart, by name.
LANGUAGE_NAMES: Final = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "zh": "Chinese",
    "ja": "Japanese",
    "th": "Thai",
    "lo": "Lao",
    "km": "Khmer",
    "my": "Burmese",
    "bo": "Tibetan",
}
#: Languages whose script has no spaces between words: the engine cannot read them at all.
UNSPACED_LANGUAGES: Final = frozenset(code for code, _ in _UNSPACED_SCRIPTS)


def count_words(text: str) -> int:
    """Words in ``text``: runs between spaces, except that each Chinese or Japanese character
    counts as a word, since those scripts put no space between words (a space count made a
    whole Chinese article "1 word")."""
    cjk = len(_CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return cjk + len(_CJK_MARK.sub(" ", _CJK_CHAR.sub(" ", text)).split())


def unspaced_language(text: str) -> str | None:
    """The language of a text written mostly in a script without spaces between words ("zh",
    "ja", "th", ...), or None. Mostly means most of its letters: an English article quoting a
    name in Chinese characters is still English."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    counts = {code: len(script.findall(sample)) for code, script in _UNSPACED_SCRIPTS}
    # Kanji are part of Japanese writing; a stray kana mark does not make Chinese Japanese.
    kana, han = counts.pop("ja"), counts.pop("zh")
    counts["ja" if kana and kana >= _JAPANESE_KANA_SHARE * (kana + han) else "zh"] = kana + han
    code, found = max(counts.items(), key=lambda item: item[1])
    return code if found and found * 2 > letters else None


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the likeliest language, or None when too few function words decide it."""
    unspaced = unspaced_language(text)
    if unspaced is not None:
        return unspaced
    words = [w.casefold() for w in _WORD.findall(text[:_SAMPLE_CHARS])][:_SAMPLE_WORDS]
    if len(words) < 5:
        return None
    scores = {code: sum(1 for w in words if w in stop) for code, stop in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # Require a clear share of function words and a clear lead over the runner-up.
    if top < 3 or top < 0.08 * len(words) or top < 1.3 * second:
        return None
    return best
