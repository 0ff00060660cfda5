"""The commonest function words of the languages the language guess tells apart, and the rule that
picks one: short, frequent words ("the", "und", "що") name a language reliably from a paragraph
on, without a model or a new dependency.

The lists are written by hand, a few dozen words each. Neighbours share many words (Danish and
Norwegian, Czech and Slovak): each list keeps them all, and the rule falls back on the words only
one of two close rivals uses when their totals alone do not decide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


#: Languages written in the Latin alphabet.
LATIN: Final[Mapping[str, frozenset[str]]] = {
    "en": _words(
        "the a and of to in is that it was for on are with as his they be at by this had from"
        " have not but what were which their has said would been"
    ),
    "fr": _words(
        "le la les de des du et est un une que qui dans pour pas sur au aux avec il elle ce se"
        " sont ont été cette mais plus par"
    ),
    "de": _words(
        "der die das und ist nicht ein eine zu den dem mit sich des auf für im von wird auch es"
        " sie hat wurde dass nach bei"
    ),
    "es": _words(
        "el la los las de del y que en un una es por con para se al lo su como más pero sus fue"
        " ha este esta"
    ),
    "it": _words(
        "il lo la gli le di del della che e è un una per con non sono nel alla si ha come anche"
        " ma più dei"
    ),
    "pt": _words(
        "o a os as de do da dos das e que em um uma é para com não se por mais foi ao na no ele ela"
    ),
    "nl": _words(
        "de het een en van is dat niet te op in met voor zijn er aan die ook om maar hij werd"
        " door naar"
    ),
    "pl": _words(
        "i w na z do się nie że to jest o jak co od po przez dla przy oraz ale czy jego jej ich"
        " został została było są także tylko już może ze we ten tym tego który która które"
        " również według"
    ),
    "cs": _words(
        "a v na se je že to z do o ve jako ale by jsou byl byla bylo podle také který která"
        " které jeho její jejich pro při po od už jen není aby nebo tak k ze"
    ),
    "sk": _words(
        "a v na sa je že to z do o vo ako ale by sú bol bola bolo podľa tiež ktorý ktorá"
        " ktoré jeho jej ich pre pri po od už len nie aby alebo tak k zo"
    ),
    "sv": _words(
        "och i att det som en på är av för med till den har de inte om ett var men så från sig"
        " vid också efter kommer skulle eller när hade sade enligt mot än"
    ),
    "da": _words(
        "og i at det som en på er af for med til den har de ikke om et var men så fra sig ved"
        " også efter kommer skulle eller når havde sagde siger ifølge blev bliver blive mod end"
        " nu ud op meget mellem"
    ),
    "no": _words(
        "og i at det som en på er av for med til den har de ikke om et var men så fra seg ved"
        " også etter kommer skulle eller når hadde sa sier ifølge ble blir bli mot enn nå ut opp"
        " mye mellom å"
    ),
    "ro": _words(
        "și în de la a că cu pe nu este un o care se din pentru mai au fost sunt al ale lui"
        " iar dar după acest această fi"
    ),
    "tr": _words(
        "bir ve bu da de için ile olarak olan gibi daha çok ne ki ama kadar sonra her göre"
        " değil var ise veya tarafından olduğunu dedi şu en"
    ),
    "id": _words(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena"
        " bahwa telah sudah atau mereka saat lebih bisa dapat para seperti namun tersebut"
        " menjadi hanya masih mengatakan pemerintah setelah"
    ),
    "ms": _words(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh kerana"
        " bahawa telah sudah atau mereka lebih boleh dapat para seperti namun tersebut"
        " menjadi hanya masih daripada iaitu berkata kerajaan selepas"
    ),
}
#: Languages written in Cyrillic letters.
CYRILLIC: Final[Mapping[str, frozenset[str]]] = {
    "ru": _words(
        "и в не на что с по это как он она они из к для о от но за же то так было был была уже"
        " также его её ее их при до или бы только после который которые года"
    ),
    "uk": _words(
        "і в не на що з у до та як це за від він вона вони але його її їх для також було був"
        " була вже при про після який які року й"
    ),
    "bg": _words(
        "и в не на че с от за да се е са по това как той тя те но при до или който които след"
        " още също беше бил била вече ще"
    ),
    "sr": _words(
        "и у не на да се је су за од са по то као што али из о ће био била када који које након"
        " према још"
    ),
}
#: Languages written in Arabic letters.
ARABIC: Final[Mapping[str, frozenset[str]]] = {
    "ar": _words(
        "في من على إلى أن التي الذي عن مع هذا هذه كان قد لا ما بين بعد كما إن أو ذلك حيث عند"
        " منذ خلال وفي ومن وقال قال وأن"
    ),
    "fa": _words(
        "و در به از که این را با است برای آن یک تا بر شد هم کرد شده اند بود نیز وی خود پس اما هر"
    ),
    "ur": _words("کے کی میں ہے اور سے کو نے کا یہ ہیں پر تھا گیا بھی کہ وہ ایک لیے تھے ہو جو"),
}
#: Languages written in Devanagari.
DEVANAGARI: Final[Mapping[str, frozenset[str]]] = {
    "hi": _words("के में की है और से को का ने पर कि यह भी था हैं लिए गया एक इस हो कहा तो"),
    "mr": _words("आणि आहे या व हे ते ही तर पण होते केले आहेत असे मध्ये करण्यात त्यांनी होता होती यांनी म्हणाले एक"),
    "ne": _words("र को मा छ ले पनि गर्न भएको हो छन् थियो यो लागि गरेको भने त्यो एक गरे"),
}
#: Languages written in Hebrew letters.
HEBREW: Final[Mapping[str, frozenset[str]]] = {
    "he": _words("של את על עם הוא לא כי זה גם היא אשר או כל אל בין אמר היה היו אם רק עוד לפי"),
    "yi": _words(
        "און דער די דאָס דאס פֿון פון איז אין ער זי מיט נישט ניט האט האָט צו אויף אַ ווי ווען"
    ),
}

#: How much further ahead the likeliest language must be than the next.
_LEAD: Final = 1.3
#: The fewest function words that decide, whatever the share.
_MIN_FOUND: Final = 3
#: The fewest words of its own that set one of two close neighbours apart.
_MIN_OWN: Final = 2


def likeliest(
    words: Sequence[str], lists: Mapping[str, frozenset[str]], *, min_share: float
) -> str | None:
    """The language of ``lists`` whose function words are the clear majority among ``words``
    (already case-folded), or None when too few of them are found or no language leads."""
    scores = {code: sum(1 for w in words if w in stop) for code, stop in lists.items()}
    best = _leader(words, scores, lists)
    if best is None or scores[best] < _MIN_FOUND or scores[best] < min_share * len(words):
        return None
    return best


def _leader(
    words: Sequence[str], scores: Mapping[str, int], lists: Mapping[str, frozenset[str]]
) -> str | None:
    """The language whose function words clearly outnumber every other's, if one does."""
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    if len(ranked) < 2 or scores[ranked[0]] >= _LEAD * scores[ranked[1]]:
        return ranked[0]
    # Close neighbours tie on the words they share: the words only one uses decide.
    best = _by_own_words(words, ranked[0], ranked[1], lists)
    third = scores[ranked[2]] if len(ranked) > 2 else 0
    return best if best is not None and scores[best] >= _LEAD * third else None


def _by_own_words(
    words: Sequence[str], one: str, other: str, lists: Mapping[str, frozenset[str]]
) -> str | None:
    """Which of two rivals the words only it uses favour two to one, if either."""
    own = {
        one: lists[one] - lists[other],
        other: lists[other] - lists[one],
    }
    found = {code: sum(1 for w in words if w in stop) for code, stop in own.items()}
    for code, rival in ((one, other), (other, one)):
        if found[code] >= _MIN_OWN and found[code] >= 2 * found[rival]:
            return code
    return None
