"""Build tests/data/dev8_entities.jsonl from the eighth development set's articles and sources.

Why an eighth development set: to measure the recognizer out of sample on ordinary news of
every label, weighted towards its weak spot, organisations (about a third of the name
mentions, in varied forms: firms with "and" or "&" in the name, firms named after places or
people, newsroom offices, agencies, regulators, courts, ministries, unions, clubs named after
towns, parties acting beside parties as membership, acronyms, governments named by their
seat), with facilities (FAC) at about an eighth of the name mentions (grounds, stadiums by
short names, airports, stations, roads, bridges, hospitals as buildings, venues, hotels), and
with the error classes it is known to have: products, events, laws, one-word person names,
capitalised non-entities, all-caps headlines and datelines, relative dates and money as
written. Sixteen articles from sixteen countries, written blind to the recognizer's output and
without touching the held-out sets. The records carry a ``section`` so that figures can be
split by it. The building and checking code is shared with the other sets:
tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev8/build.py              # rebuild the JSONL
    python tests/data/dev8/build.py --check      # fail if the JSONL is stale
    python tests/data/dev8/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev8/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV8

if __name__ == "__main__":
    sys.exit(DEV8.main())
