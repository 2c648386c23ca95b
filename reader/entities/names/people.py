"""Stage 3, span features (people): does a run of capitalised words look like a person?

Evidence for PERSON (class 3 and 4): a given name first, then surnames or unknown words but
no plural common noun ("Charlotte Hornets"); two or three words that are no vocabulary at
all ("Zhao Lijian"); the words after a title ("Dr. Thandiwe Banda").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.names.article import Article
from reader.entities.names.cues import LOCATIVE, firm_in_apposition
from reader.entities.names.tokens import PARTICLES, Tok
from reader.entities.names.words import (
    is_given,
    is_letter,
    is_surname,
    keyword_or_stop,
    looks_org,
    lookup,
)
from reader.entities.regex_code import compiled


def person_like(art: Article, toks: list[Tok], check_place: bool = False) -> bool:
    """A given name, then one to three name words (particles between): "Declan Moss",
    "Lucía Hernández del Valle", "AHMAD FAUZI RAHMAN". A later word may be a small place
    ("Moss", "Banda") or a surname, but not an ordinary word ("Charlotte Hornets"), a
    keyword, a title or a country. ``check_place``: "Paris Hilton" yes, "in Geneva Diplo" no.
    """
    words = [t for t in toks if not t.connector]
    if not 2 <= len(words) <= 4 or any(t.connector and t.word not in PARTICLES for t in toks):
        return False
    first = words[0].word
    if not is_given(art.gaz, first) or first in lexicon.TITLES or is_letter(first):
        return False
    if first in lexicon.VEHICLE_MAKERS and not is_surname(art.gaz, words[-1].word):
        return False  # "Kia Sportage", "Mercedes Benz": a carmaker's, not "Mercedes Sosa"
    if first in lexicon.NAME_ARTICLES and not is_surname(art.gaz, words[1].word):
        return False  # "El Comercio", "Le Monde": an article opens a title (class 4); "Le Pen"
    if check_place and _place_first(art, toks):
        return False
    if firm_in_apposition(art.text, toks[-1].end) or group_before(art, toks[0].start):
        return False
    return all(_later_name_word(art, t.word) for t in words[1:])


# "the band Sauti Sol", "the duo, Jungle,", "the Kenyan group Sauti Sol": a noun of groups of
# musicians right before the name (perhaps a comma between), after a determiner.
_GROUPS = lexicon.words("band duo trio quartet group choir orchestra collective")
_GROUP_BEFORE = compiled(
    r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(?:" + "|".join(sorted(_GROUPS)) + r"),?[ \u00a0]+$"
)


def group_before(art: Article, start: int) -> bool:
    """A noun of musical groups right before ``start``: the name is a group's (an ORG), not
    a person's (class 3 the other way round: "the group Sauti Sol" was a PERSON). Looked
    for only in an article that writes such a noun."""
    if _GROUPS.isdisjoint(art.lower_vocab):
        return False
    return _GROUP_BEFORE.search(art.text, max(0, start - 48), start) is not None


def _place_first(art: Article, toks: list[Tok]) -> bool:
    """The run opens with a known place name: "New York ...", "in Geneva Diplo", or a
    country's before a word of utilities or a government ("Kenya Power", "the Kenya Kwanza
    government"; class 3 the other way round)."""
    names, text = art.gaz.names, art.text
    if lookup(names, text[toks[0].start : toks[1].end]) is not None:
        return True
    if lookup(names, toks[0].word) is None:
        return False
    if toks[0].word in art.gaz.big_places and (
        toks[-1].word in lexicon.PLACE_FIRM_WORDS or text.startswith(_RULERS, toks[-1].end)
    ):
        return True  # "Kenya Power", "the Kenya Kwanza government"; not "Kenya Moore"
    before = text[max(0, toks[0].start - 12) : toks[0].start].split()
    return bool(before) and before[-1].lower() in LOCATIVE


# What a coalition or party is said to form after its name ("the Kenya Kwanza government").
_RULERS = (" government", " administration", " regime")


def _later_name_word(art: Article, word: str) -> bool:
    """A word that can follow a given name in a person's name."""
    gaz = art.gaz
    if any(c.isdigit() for c in word):
        return False  # "Pratt & Whitney PW1100G": a model's code (class 2), no surname
    w = word.title() if word.isupper() else word
    if keyword_or_stop(w) or w in lexicon.PLACE_TAILS:
        return False  # "Ross County": a county or a club, no person (class 3)
    if is_surname(gaz, w) or is_given(gaz, w):
        return True
    low = w.lower()
    if low in art.lower_vocab or (
        low in gaz.common_words and low.endswith("s") and not low.endswith("ss")
    ):
        return False  # "Charlotte Hornets": a plural noun is no surname
    label = lookup(gaz.names, w)
    return label is None or (label == "GPE" and w not in gaz.big_places)


def plain_person(art: Article, toks: list[Tok]) -> bool:
    """Two or three capitalised words that are none of them vocabulary, keyword or place:
    "Raza Hussain Bukhari", "Zhao Lijian"."""
    words = [t.word for t in toks if not t.connector]
    names = art.gaz.names
    return 2 <= len(words) <= 3 and not any(
        art.plain_word(w)
        or looks_org(w)
        or is_letter(w)
        or w in lexicon.TITLES
        or w in lexicon.ORG_TAIL
        or lookup(names, w) is not None
        or any(c.isdigit() for c in w)
        for w in words
    )


def name_after_title(art: Article, toks: list[Tok], i: int) -> int:
    """End of a person's name right after a title: a given name (or an unknown word),
    then surnames, unknown words or small places ("Dr. Thandiwe Banda"); ``i`` if none."""
    j, n = i, len(toks)
    while j < n and j - i < 5:
        t = toks[j]
        if t.connector:
            if t.word in PARTICLES and j > i and j + 1 < n and not toks[j + 1].connector:
                j += 1
                continue
            break
        if not _name_word_after_title(art, t.word):
            break
        j += 1
    if j - i >= 2 and not toks[j - 1].connector:
        return j
    return i


def _name_word_after_title(art: Article, word: str) -> bool:
    """A word that can be part of a name after a title: not a title, keyword, ordinary word
    or big place (a given name or surname spelled like a place is fine)."""
    gaz = art.gaz
    w = word.title() if word.isupper() else word
    if w in lexicon.TITLES or w in lexicon.FUNCTION_WORDS:
        return False
    if w in lexicon.NOT_NAMES or w in lexicon.ORG_TAIL or is_letter(w):
        return False
    if looks_org(w) and not word.isupper():
        return False
    low = w.lower()
    given = is_given(gaz, w)
    if low in gaz.common_words and low not in gaz.surnames and not given:
        return False
    label = lookup(gaz.names, w)
    if label is None or (label == "GPE" and w not in gaz.big_places):
        return True
    return given or low in gaz.surnames
