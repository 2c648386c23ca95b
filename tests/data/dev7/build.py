"""Build tests/data/dev7_entities.jsonl from the seventh development set's articles and sources.

Why a seventh development set: to measure the recognizer out of sample on ordinary news of
every label, with facilities (FAC) at about a fifth of the name mentions (grounds and stadiums
by full and short names, airports, stations and rail and metro lines, roads and bridges,
hospitals and museums as buildings, markets and malls, hotels, ports, parliament buildings),
and with the error classes it is known to have: sports teams named after places, products,
events and venues given a core label, one-word person names, multi-word names split or
over-extended, parties as bodies and as membership, capitalised non-entities, all-caps
headlines and datelines, relative dates, money written as words, and companies named after
places. Sixteen articles from sixteen countries, written blind to the recognizer's output and
without touching the held-out sets. The records carry a ``section`` so that figures can be
split by it. The building and checking code is shared with the other sets:
tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev7/build.py              # rebuild the JSONL
    python tests/data/dev7/build.py --check      # fail if the JSONL is stale
    python tests/data/dev7/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev7/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV7

if __name__ == "__main__":
    sys.exit(DEV7.main())
