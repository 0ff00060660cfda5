"""The names of the world's countries, as one word each.

A junta "of" a country is the agencies' plain name for its military government ("Myanmar's
junta", "the Niger junta"); pinned on anything else, a person, a city or a bloc, the word is an
epithet ("the Biden junta", "the Brussels junta"). The small model's entity types cannot tell
them apart (it reads "Niger" as a person), so the names are listed. A name of several words is
listed by its last one, the word that stands before the noun it modifies ("Burkina Faso junta").
"""

from __future__ import annotations

from typing import Final

COUNTRY_WORDS: Final = frozenset(
    {
        *("afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia"),
        *("australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados"),
        *("belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "herzegovina", "bosnia"),
        *("botswana", "brazil", "brunei", "bulgaria", "faso", "burkina", "burma", "burundi"),
        *("cambodia", "cameroon", "canada", "verde", "chad", "chile", "china", "colombia"),
        *("comoros", "congo", "drc", "croatia", "cuba", "cyprus", "czechia", "denmark"),
        *("djibouti", "dominica", "ecuador", "egypt", "salvador", "eritrea", "estonia"),
        *("eswatini", "swaziland", "ethiopia", "fiji", "finland", "france", "gabon", "gambia"),
        *("georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "bissau"),
        *("guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran"),
        *("iraq", "ireland", "israel", "italy", "coast", "jamaica", "japan", "jordan"),
        *("kazakhstan", "kenya", "kiribati", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos"),
        *("latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania"),
        *("luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta"),
        *("mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia"),
        *("montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal"),
        *("netherlands", "zealand", "nicaragua", "niger", "nigeria", "macedonia", "norway"),
        *("oman", "pakistan", "palau", "palestine", "panama", "papua", "paraguay", "peru"),
        *("philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa"),
        *("marino", "arabia", "senegal", "serbia", "seychelles", "leone", "singapore"),
        *("slovakia", "slovenia", "somalia", "africa", "spain", "lanka", "sudan", "suriname"),
        *("sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand"),
        *("timor", "togo", "tonga", "tobago", "tunisia", "turkey", "türkiye", "turkmenistan"),
        *("tuvalu", "uganda", "ukraine", "emirates", "uae", "kingdom", "britain", "uk", "us"),
        *("usa", "america", "states", "uruguay", "uzbekistan", "vanuatu", "venezuela"),
        *("vietnam", "yemen", "zambia", "zimbabwe"),
    }
)

#: Countries whose governments have been civilian without a break since 1945 or their
#: independence, by their :data:`COUNTRY_WORDS`. No agency calls their governments a junta, so
#: pinning one on them ("Ukraine's junta", "the Ukrainian junta", "the junta in Kyiv") is an
#: epithet, while a country that has known military rule keeps the plain word, in today's news or
#: in its history ("Myanmar's junta", "the Argentine junta", "the Greek junta"). Countries with
#: a coup or a military council in their past stay off this list, so a new junta is plain; so do
#: the words a region shares with a country ("Latin America's juntas", "Africa's juntas").
CIVILIAN_RULED: Final = frozenset(
    {
        *("ukraine", "russia", "belarus", "moldova", "armenia", "kazakhstan", "uzbekistan"),
        *("us", "usa", "britain", "uk", "canada", "australia", "zealand", "ireland"),
        *("france", "germany", "italy", "netherlands", "belgium", "luxembourg", "malta"),
        *("denmark", "norway", "sweden", "finland", "iceland", "switzerland", "austria"),
        *("estonia", "latvia", "lithuania", "czechia", "slovakia", "hungary", "china"),
        *("slovenia", "croatia", "serbia", "romania", "bulgaria", "albania", "japan"),
        *("india", "israel", "mexico", "jamaica", "barbados", "botswana", "mauritius"),
        *("singapore", "malaysia"),
    }
)


#: Letters a people's adjective shares with its country's name: "Thai" and "Thailand", "Argentine"
#: and "Argentina", "Burmese" and "Burma". Fewer would join "Communist" to "Comoros".
_STEM_LETTERS: Final = 4
_STEMS: Final = frozenset(w[:_STEM_LETTERS] for w in COUNTRY_WORDS if len(w) >= _STEM_LETTERS)
#: How those adjectives end; "Liberal" and "Green" begin like Liberia and Greece but end otherwise.
_ADJECTIVE_ENDINGS: Final = ("an", "ien", "ese", "i", "ine", "ish", "ic", "ek")


def a_country_adjective(word: str) -> bool:
    """Whether ``word``, which the model typed as a nationality, is a country's people's adjective
    ("Thai", "Argentine", "Nigerien"), which the small model often tags as a proper noun, rather
    than a party's or a movement's ("Democrat", "Republican")."""
    low = word.lower()
    return low in COUNTRY_WORDS or (
        low[:_STEM_LETTERS] in _STEMS and low.endswith(_ADJECTIVE_ENDINGS)
    )


#: Countries named in several words, by those words, each under one name. The words are shared
#: between countries ("United Kingdom" and "United States", "North Korea" and "South Korea"), so
#: only the whole name says which country is meant.
_NAMES_IN_WORDS: Final = {
    frozenset(name.split()): country
    for name, country in (
        ("united kingdom", "britain"),
        ("great britain", "britain"),
        ("united states", "us"),
        ("united arab emirates", "uae"),
        ("north korea", "north korea"),
        ("south korea", "south korea"),
        ("south africa", "south africa"),
        ("south sudan", "south sudan"),
        ("new zealand", "new zealand"),
        ("saudi arabia", "saudi arabia"),
        ("sri lanka", "sri lanka"),
        ("el salvador", "el salvador"),
        ("costa rica", "costa rica"),
        ("sierra leone", "sierra leone"),
        ("san marino", "san marino"),
        ("burkina faso", "burkina faso"),
        ("ivory coast", "ivory coast"),
        ("czech republic", "czechia"),
        ("dominican republic", "dominican republic"),
        ("central african republic", "central african republic"),
        ("east timor", "timor"),
        ("papua new guinea", "papua new guinea"),
        ("equatorial guinea", "equatorial guinea"),
        ("cape verde", "cape verde"),
    )
}
#: One-word names of a country another name also stands for.
_ONE_WORD_ALIASES: Final = {"uk": "britain", "usa": "us", "america": "us"}
#: Words that name a country only inside its whole name: "the Gulf States" and "the Kingdom"
#: (Saudi Arabia's name for itself) are not the United States or Britain.
_ONLY_IN_WHOLE_NAMES: Final = frozenset({"states", "kingdom"})


def countries_in(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The countries a speaker's name words (lower case) name, each under one name, and the
    words that name them. "The United Kingdom" and "Britain" name one country; "the United
    Kingdom" and "the United States" two, though both hold "united"."""
    countries: set[str] = set()
    used: set[str] = set()
    for name_words, country in _NAMES_IN_WORDS.items():
        if name_words <= words:
            countries.add(country)
            used |= name_words
    for word in words - used - _ONLY_IN_WHOLE_NAMES:
        if word in COUNTRY_WORDS:
            countries.add(_ONE_WORD_ALIASES.get(word, word))
            used.add(word)
    return frozenset(countries), frozenset(used)


_BRITAIN: Final = frozenset({"britain", "uk"})
_UNITED_STATES: Final = frozenset({"us", "america"})

#: Seats of government that agencies name for the government itself ("the Kremlin said", "the
#: White House said"), by their name words, with the country words they speak for: "the Kremlin"
#: and "Russia" are one voice.
SEATS_OF_GOVERNMENT: Final = {
    "kremlin": frozenset({"russia"}),
    "elysee": frozenset({"france"}),
    "élysée": frozenset({"france"}),
    "zhongnanhai": frozenset({"china"}),
    "downing": _BRITAIN,
    "whitehall": _BRITAIN,
    "white house": _UNITED_STATES,
}

#: Capitals that agencies name for their governments ("Moscow said", "Beijing warned"), with the
#: country words they speak for.
CAPITALS: Final = {
    "moscow": frozenset({"russia"}),
    "beijing": frozenset({"china"}),
    "washington": _UNITED_STATES,
    "london": _BRITAIN,
    "paris": frozenset({"france"}),
    "berlin": frozenset({"germany"}),
    "tokyo": frozenset({"japan"}),
    "kyiv": frozenset({"ukraine"}),
    "kiev": frozenset({"ukraine"}),
    "tehran": frozenset({"iran"}),
    # By the whole name (:func:`countries_in`): the two Koreas are two voices.
    "pyongyang": frozenset({"north", "korea"}),
    "seoul": frozenset({"south", "korea"}),
    "ankara": frozenset({"turkey", "türkiye"}),
    "new delhi": frozenset({"india"}),
    "taipei": frozenset({"taiwan"}),
}


def country_spoken_for(name_words: frozenset[str]) -> frozenset[str]:
    """The country words a speaker's name stands for when it is a seat of government ("the
    Kremlin", "Downing Street", "the White House") or, alone, a capital ("Moscow said").

    A capital counts only as the whole name: "Denzel Washington said" is a person, and "Paris
    Hilton" no French voice.
    """
    out: set[str] = set()
    for seat, country in SEATS_OF_GOVERNMENT.items():
        if name_words.issuperset(seat.split()):
            out |= country
    for capital, country in CAPITALS.items():
        if name_words == frozenset(capital.split()):
            out |= country
    return frozenset(out)


def a_peoples_adjective_of(adjective: str, country: str) -> bool:
    """Whether ``adjective`` is the people's adjective of ``country``, listed or not: "Tavarian"
    and "Tavaria", "Canadian" and "Canada", "German" and "Germany", "Norlandic" and "Norland".

    The adjective must begin with the whole country name less a final vowel, so "Australian" is
    not Austria's and "Communist" not the Comoros'.
    """
    adj, name = adjective.lower(), country.lower()
    stem = name[:-1] if name[-1:] in "aeiouy" else name
    return (
        len(stem) >= _STEM_LETTERS
        and adj != name
        and adj.startswith(stem)
        and adj.endswith(_ADJECTIVE_ENDINGS)
    )


#: People's words that do not begin with their country's name ("British" and "Britain", "Dutch"
#: and "the Netherlands"), by the country word :data:`COUNTRY_WORDS` lists.
_IRREGULAR_PEOPLES: Final = {
    "british": "britain",
    "english": "britain",
    "french": "france",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "turkish": "turkey",
    "spanish": "spain",
    "greek": "greece",
    "thai": "thailand",
    "swedish": "sweden",
    "danish": "denmark",
    "polish": "poland",
    "finnish": "finland",
    "irish": "ireland",
    "afghan": "afghanistan",
    "filipino": "philippines",
    "peruvian": "peru",
}


def a_peoples_word_of(word: str, country: str) -> bool:
    """Whether ``word`` ("Chinese", "British", "Tavarian") names the people of ``country`` ("China",
    "Britain", "Tavaria"): as :func:`a_peoples_adjective_of`, or one of the few that are spelled
    otherwise."""
    return _IRREGULAR_PEOPLES.get(word.lower()) == country.lower() or a_peoples_adjective_of(
        word, country
    )


def civilian_ruled(word: str) -> bool:
    """Whether ``word`` names a country of :data:`CIVILIAN_RULED` by its name, its people's
    adjective or its capital ("Ukraine", "Ukrainian", "Kyiv"), where a junta can only be an
    epithet."""
    low = word.lower()
    if low in CIVILIAN_RULED or CAPITALS.get(low, frozenset()) & CIVILIAN_RULED:
        return True
    return any(a_peoples_word_of(word, country) for country in CIVILIAN_RULED)
