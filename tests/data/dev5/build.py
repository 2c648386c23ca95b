"""Build tests/data/dev5_entities.jsonl from the fifth development set's articles and sources.

Why a fifth development set: to measure, out of sample, and then find the recognizer's error
classes on the two entity kinds it is weakest on, PRODUCT (cars, trains, ships, aircraft,
weapons, drugs, satellites, consoles, software) and FAC (stadiums, circuits, airports, ports,
bridges, roads, stations, dams, malls, studios, bases), with ORG in its many forms around
them, in news copy from fifteen countries, written blind to the recognizer's output and
without touching the held-out sets. The records carry a ``section`` so that figures can be
split by it. The building and checking code is shared with the other sets:
tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev5/build.py              # rebuild the JSONL
    python tests/data/dev5/build.py --check      # fail if the JSONL is stale
    python tests/data/dev5/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev5/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV5

if __name__ == "__main__":
    sys.exit(DEV5.main())
