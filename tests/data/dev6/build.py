"""Build tests/data/dev6_entities.jsonl from the sixth development set's articles and sources.

Why a sixth development set: to measure, out of sample, and then find the recognizer's error
classes on the two entity kinds it is weakest on, in kinds the fifth set had little of:
PRODUCT (phones, laptops, tablets, TVs, consoles and gadgets with their model numbers,
operating systems, named features and AI models, branded medicines, weapons systems,
warships, aircraft, cars in business copy, food and drink brands) and FAC (buildings,
towers, bridges, prisons, museums and galleries, hospitals as buildings, streets and squares,
stadiums and arenas named after sponsors, hotels, airports by short names, ports, power
stations, data centres, factories and free zones, border posts), with ORG, PERSON, GPE and
the numeric types around them, in news copy from sixteen countries, written blind to the
recognizer's output and without touching the held-out sets. The records carry a ``section``
so that figures can be split by it. The building and checking code is shared with the other
sets: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev6/build.py              # rebuild the JSONL
    python tests/data/dev6/build.py --check      # fail if the JSONL is stale
    python tests/data/dev6/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev6/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV6

if __name__ == "__main__":
    sys.exit(DEV6.main())
