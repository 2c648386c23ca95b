"""Compile the gazetteer: the text sources (``data/gazetteer/*.txt``) merged with the hand-kept
lists of ``lexicon`` into the tables the recogniser reads, pickled to ``data/gazetteer.pickle``.

Why a pickle: reading ~130,000 names from text and merging them costs ~0.1 s per process,
which a command that runs for well under a second cannot afford; unpickling the finished
tables costs a fraction of that. The pickle is a build product of files in this repository:
rebuild it after editing ``lexicon.py`` or the sources, and a test fails while it is stale.
The same command stores the compiled code of the big regexes (``regex_code``): rebuild after
editing one of those patterns (an edited pattern is only slower to load until then)::

    python -m reader.entities.gazetteer_compile          # write data/gazetteer.pickle
    python -m reader.entities.gazetteer_compile --check  # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
from pathlib import Path

from reader.entities import lexicon, regex_code
from reader.entities.gazetteer import PICKLE, Gazetteer

SOURCES = Path(__file__).with_name("data") / "gazetteer"
#: Hand-kept lists of famous names, one file per label (``fac.txt`` holds FAC names).
WELL_KNOWN = Path(__file__).with_name("data") / "well_known"
WELL_KNOWN_LABELS = ("GPE", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "NORP", "ORG", "PERSON")
_DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "n", "ns", "er", "ers", "ite", "ites", "ese")


def read_source(key: str) -> list[str]:
    """One source table: its lines, in file order."""
    return (SOURCES / f"{key}.txt").read_text(encoding="utf-8").splitlines()


def read_well_known(label: str) -> list[str]:
    """The famous names of ``label`` (class 2: venues, events and products given a core
    label, "Old Trafford" as a city, "Super Bowl" as an ORG): lines of its file that are
    not ``#`` comments."""
    lines = (WELL_KNOWN / f"{label.lower()}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def demonyms(places: list[str]) -> set[str]:
    """People of a place, by the regular English endings: "Kenyans", "Ghanaians",
    "Londoners", "Texans", "Parisians" (class 5: peoples). A form that is already a name
    keeps its label."""
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


def _places(given: frozenset[str]) -> dict[str, str]:
    """Places, lowest priority first (later entries win on collisions). A city or region
    spelled like a given name or an everyday word ("Eugene", "Mobile") is too ambiguous on
    its own; multi-word names are safe."""
    names: dict[str, str] = {}
    for key in ("city_alternates", "cities", "major_cities", "subdivisions"):
        for place in read_source(key):
            if place in lexicon.AMBIGUOUS_PLACES:
                continue  # "Sale" (Salé without its accent), "Reading", "Mobile"
            if key == "major_cities" or " " in place or place not in given:
                names[place] = "GPE"
    names.update(dict.fromkeys(read_source("continents"), "LOC"))
    names.update(dict.fromkeys(read_source("countries"), "GPE"))
    names.update(dict.fromkeys(lexicon.LOCATIONS, "LOC"))
    names.update(dict.fromkeys(lexicon.GPE_EXTRA, "GPE"))
    return names


def compile_tables() -> Gazetteer:
    """The tables, from the sources and ``lexicon`` (deterministic)."""
    given = frozenset(read_source("given_names"))
    names = _places(given)
    peoples = read_source("countries") + read_source("subdivisions") + read_source("major_cities")
    for norp in sorted(demonyms(peoples)):
        names.setdefault(norp, "NORP")
    names.update(dict.fromkeys(sorted(lexicon.NORP_WORDS), "NORP"))
    for word in sorted(lexicon.NORP_WORDS):  # "Kenyan" -> "Kenyans"
        if word[-1] in "nir" and " " not in word:
            names.setdefault(word + "s", "NORP")
    for label in WELL_KNOWN_LABELS:  # over places ("Old Trafford"), under the lexicon
        names.update(dict.fromkeys(read_well_known(label), label))
    names.update(dict.fromkeys(sorted(lexicon.ORG_WELL_KNOWN), "ORG"))
    names.update(dict.fromkeys(sorted(lexicon.EVENT_WORDS), "EVENT"))
    # A party is an ORG ("The Liberal Democrats called for"; a member noun after it makes it
    # NORP, decided in context), over a people's word it is spelled like.
    names.update(dict.fromkeys(sorted(lexicon.PARTY_NAMES), "ORG"))
    names.update(dict.fromkeys(sorted(lexicon.PRODUCT_WORDS), "PRODUCT"))
    for word in lexicon.FUNCTION_WORDS | lexicon.NOT_NAMES:
        if names.get(word) != "ORG":
            names.pop(word, None)
    big = set(read_source("countries")) | set(read_source("major_cities")) | lexicon.GPE_EXTRA
    return Gazetteer(
        dict(sorted(names.items())),
        given,
        frozenset(read_source("state_codes")),
        frozenset(read_source("surnames")),
        frozenset(read_source("common_words")),
        frozenset(big),
        frozenset(read_source("countries") + read_source("subdivisions")) | lexicon.GPE_EXTRA,
        frozenset(read_source("countries") + read_source("continents")) | lexicon.NATIONS_EXTRA,
    )


def dumps(gaz: Gazetteer) -> bytes:
    """The pickle of ``gaz``'s tables: the names dict (sorted) and the frozensets as they
    are, which unpickle ~30% faster than lists turned into sets. A set pickles in its
    iteration order, which follows the hash seed: ``main`` writes under PYTHONHASHSEED=0,
    so the same tables give the same bytes."""
    sets = (
        gaz.given_names,
        gaz.state_codes,
        gaz.surnames,
        gaz.common_words,
        gaz.big_places,
        gaz.regions,
        gaz.nations,
    )
    return pickle.dumps((gaz.names, *sets), protocol=5)


def _fixed_seed(argv: list[str] | None) -> int | None:
    """Run this module again under PYTHONHASHSEED=0 (deterministic set order); None if
    this process already has that seed."""
    if os.environ.get("PYTHONHASHSEED") == "0":
        return None
    env = dict(os.environ, PYTHONHASHSEED="0")
    args = sys.argv[1:] if argv is None else argv
    cmd = [sys.executable, "-m", "reader.entities.gazetteer_compile", *args]
    return subprocess.run(cmd, env=env, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) ``data/gazetteer.pickle`` and the stored regex code
    (``data/regex_code.pickle``, see ``regex_code``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a build product is stale")
    args = ap.parse_args(argv)
    code = _fixed_seed(argv)
    if code is not None:
        return code
    products = {PICKLE: dumps(compile_tables()), regex_code.CODE_FILE: regex_code.dumps()}
    if args.check:
        stale = [p.name for p, data in products.items() if not p.exists() or p.read_bytes() != data]
        if stale:
            rebuild = "python -m reader.entities.gazetteer_compile"
            print(f"{', '.join(stale)} stale: run {rebuild}", file=sys.stderr)
            return 1
        return 0
    for path, data in products.items():
        if path.exists() and path.read_bytes() == data:
            # left as it is: its modification time is part of the search index's recognizer
            # stamp, and a rewrite of the same bytes would make every index analyse anew
            print(f"{path} unchanged")
            continue
        path.write_bytes(data)
        print(f"wrote {path} ({len(data) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
