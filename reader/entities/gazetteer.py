"""Lazy access to the shipped gazetteer (``data/gazetteer.json``) merged with ``lexicon``.

Loaded once, on the first call of ``gazetteer()``, in a few milliseconds; the result maps a
surface form to its label, plus a separate set of given names used as evidence for PERSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.entities import lexicon

DATA = Path(__file__).with_name("data") / "gazetteer.json"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Surface -> label for whole names, and the given names (first tokens of PERSON).

    ``surnames`` (US Census) and ``common_words`` (frequent dictionary words) are lower-case:
    evidence for and against a capitalised word being part of a person's name.
    """

    names: dict[str, str]
    given_names: frozenset[str]
    state_codes: frozenset[str]
    surnames: frozenset[str]
    common_words: frozenset[str]
    big_places: frozenset[str]  # countries and major cities: never a surname


_DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "n", "ns", "er", "ers", "ite", "ites", "ese")


def _demonyms(places: list[str]) -> set[str]:
    """People of a place, by the regular English endings: "Kenyans", "Ghanaians",
    "Londoners", "Texans", "Parisians". A form that is already a name keeps its label."""
    out: set[str] = set()
    for place in places:
        if " " in place or "-" in place or len(place) < 4:
            continue
        stems = {place}
        if place[-1] in "aeoy":
            stems.add(place[:-1])  # "Nigeria" -> "Nigerian", "Rome" -> "Roman"
        if place.endswith("as"):
            stems.add(place[:-2])  # "Texas" -> "Texan"
        for stem in stems:
            for ending in _DEMONYM_ENDINGS:
                if ending.startswith("n") and stem[-1] not in "ai":
                    continue  # "-n" only after a vowel: "Kenya-n", "Brasília-n"
                out.add(stem + ending)
    return out


@cache
def gazetteer() -> Gazetteer:
    """Build the lookup tables (cached for the life of the process)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    given = frozenset(raw["given_names"])
    names: dict[str, str] = {}
    # Lowest priority first; later updates win on collisions.
    for city in raw["city_alternates"] + raw["cities"]:
        # A city spelled like a given name or an everyday word ("Eugene", "Mobile") is too
        # ambiguous on its own; multi-word city names are safe.
        if " " in city or (city not in given and city not in lexicon.AMBIGUOUS_PLACES):
            names[city] = "GPE"
    for city in raw["major_cities"]:
        names[city] = "GPE"
    for sub in raw["subdivisions"]:
        if " " in sub or (sub not in given and sub not in lexicon.AMBIGUOUS_PLACES):
            names[sub] = "GPE"
    for cont in raw["continents"]:
        names[cont] = "LOC"
    for country in raw["countries"]:
        names[country] = "GPE"
    names.update(dict.fromkeys(lexicon.LOCATIONS, "LOC"))
    names.update(dict.fromkeys(lexicon.GPE_EXTRA, "GPE"))
    for norp in _demonyms(raw["countries"] + raw["subdivisions"] + raw["major_cities"]):
        names.setdefault(norp, "NORP")
    names.update(dict.fromkeys(lexicon.NORP_WORDS, "NORP"))
    for word in lexicon.NORP_WORDS:  # "Kenyan" -> "Kenyans"
        if word[-1] in "nir" and " " not in word:
            names.setdefault(word + "s", "NORP")
    names.update(dict.fromkeys(lexicon.ORG_WELL_KNOWN, "ORG"))
    for word in lexicon.FUNCTION_WORDS | lexicon.NOT_NAMES:
        if names.get(word) not in ("ORG",):
            names.pop(word, None)
    return Gazetteer(
        names,
        given,
        frozenset(raw["state_codes"]),
        frozenset(raw["surnames"]),
        frozenset(raw["common_words"]),
        frozenset(raw["countries"]) | frozenset(raw["major_cities"]) | lexicon.GPE_EXTRA,
    )
