"""Stage 3, span features (word level): what kind of word a capitalised token is.

Each predicate is evidence one later stage weighs: a given name or surname speaks for a
PERSON, camel case and acronyms for an ORG, a gazetteer entry for its own label.
"""

from __future__ import annotations

import unicodedata

from reader.entities import lexicon
from reader.entities.gazetteer import Gazetteer
from reader.entities.regex_code import compiled

_NAME_PREFIX = compiled(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Le|La|Van|Von|Al-|El-)(?=[A-Z])")


def lookup(names: dict[str, str], surface: str) -> str | None:
    """Gazetteer label of ``surface``; all-caps headlines ("HONG KONG") are tried title-cased
    (class 6: all-caps headlines and datelines)."""
    label = names.get(surface)
    if label is None and surface.isupper() and len(surface) > 2:
        label = names.get(surface.title())
    if label is None and not surface.isascii():
        label = names.get(fold(surface))  # "São Paulo": the sources are kept without accents
    return label


def looks_org(word: str) -> bool:
    """Acronyms (NATO, FBI) and camel case (TikTok, WeChat) are organisations or brands.

    A capital after a hyphen or apostrophe, or after a surname prefix, is not camel case
    ("Owusu-Ansah", "O'Rourke", "McDonald", "DeSantis").
    """
    if word[1:].islower():
        return False  # no capital after the first letter (most words): no camel case
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return True
    m = _NAME_PREFIX.match(word)
    if m:
        word = word[m.end() :]
    return any(c.isupper() and word[i].islower() for i, c in enumerate(word[1:])) and any(
        c.islower() for c in word
    )


def fold(word: str) -> str:
    """``word`` without accents ("Lucía" -> "Lucia"): the given-name list is mostly ASCII."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_given(gaz: Gazetteer, word: str) -> bool:
    """A given name, also when written in capitals ("DAVID") or with accents ("Lucía")."""
    if word.isupper() and len(word) > 1:
        word = word.title()
    if word in gaz.given_names:
        return True
    head = word.split("-")[0]
    if head != word and head in gaz.given_names:
        return True  # "Jean-Pierre"
    folded = fold(word)
    return folded != word and folded in gaz.given_names


def is_surname(gaz: Gazetteer, word: str) -> bool:
    """A US Census surname, or a hyphenated one ("Asante-Mensah" by its first part)."""
    low = word.lower()
    return low in gaz.surnames or low.split("-")[0] in gaz.surnames


def is_letter(word: str) -> bool:
    """A bare capital letter ("Band D", "G Jordan Hale"): a grade or a position, not a name.
    Not an accented one: "Colm Ó Direáin", "Máire Ó Súilleabháin" (Irish surnames' "Ó";
    class 3)."""
    return (len(word) == 1 and word.isascii()) or (
        len(word) == 2 and word[0] in "QH" and word[1] in "1234"
    )


def is_title(word: str) -> bool:
    """A title or a hyphenated chain of titles ("Mr", "Secretary-General")."""
    return word in lexicon.TITLES or (
        "-" in word and all(p in lexicon.TITLES for p in word.split("-"))
    )


def is_role(word: str) -> bool:
    """A title that names a role ("Mayor", "Secretary-General"), not a department word."""
    if word in lexicon.TITLES and word not in lexicon.DEPARTMENT_WORDS:
        return True
    return "-" in word and all(p in lexicon.TITLES for p in word.split("-"))


def is_stop(word: str) -> bool:
    """A function word or generic news vocabulary: never a name on its own."""
    return word in lexicon.FUNCTION_WORDS or word in lexicon.NOT_NAMES


# Words that stop a later part of a person's name: keywords of other kinds of names.
_NOT_IN_PERSON = (
    lexicon.TITLES
    | lexicon.ORG_TAIL
    | lexicon.LAW_TAIL
    | lexicon.FAC_TAIL
    | lexicon.EVENT_TAIL
    | lexicon.LOC_TAIL
    | lexicon.FUNCTION_WORDS
    | lexicon.NOT_NAMES
)


def keyword_or_stop(word: str) -> bool:
    """A title, name keyword or stop word: not the later part of a person's name."""
    return word in _NOT_IN_PERSON or looks_org(word) or is_letter(word)


# Endings of the names of a place's people after the place's name ("Dubliners", "Teessiders",
# "Lagosians", "Nairobians"; a plural: one of them is rarely named so).
_DEMONYM_ENDINGS = ("ers", "rs", "ians", "ans", "ites")


def demonym(gaz: Gazetteer, word: str) -> bool:
    """The people of a place the gazetteer knows, named after it in the plural, and no
    person's name ("Dubliners", "Teessiders"; not "Bowers", a surname)."""
    if not word.endswith("s") or is_surname(gaz, word) or is_given(gaz, word):
        return False
    for ending in _DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and gaz.names.get(stem) in ("GPE", "LOC"):
            return True
    return False
