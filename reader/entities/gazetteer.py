"""Lazy access to the compiled gazetteer (``data/gazetteer.pickle``).

Loaded once, on the first call of ``gazetteer()`` (importing this module reads nothing);
the tables map a surface form to its label, plus the word lists used as evidence for and
against a PERSON. ``gazetteer_compile`` builds the pickle from the text sources and
``lexicon``; without the pickle (a bare source tree) the tables are compiled in memory.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PICKLE = Path(__file__).with_name("data") / "gazetteer.pickle"
TOWNS = Path(__file__).with_name("data") / "gazetteer" / "towns.txt"


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
    regions: frozenset[str]  # countries, states and provinces: "Modesto, California"
    # countries and continents: a sport report's national sides, which stay places
    nations: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    """The tables (cached for the life of the process). The pickle is a file of this
    package, written by ``gazetteer_compile``, so unpickling it is as safe as importing."""
    try:
        tables = pickle.loads(PICKLE.read_bytes())
    except FileNotFoundError:
        from reader.entities.gazetteer_compile import compile_tables

        return compile_tables()
    return Gazetteer(*tables)


@cache
def towns() -> frozenset[str]:
    """Towns smaller than the gazetteer's cities (``towns.txt``, ~25,000 names), read on first
    use: only one narrow rule asks for them (an unknown word after "at", "near"...), and a
    town's name alone is too weak to label a word anywhere else."""
    try:
        return frozenset(TOWNS.read_text(encoding="utf-8").splitlines())
    except OSError:
        return frozenset()
