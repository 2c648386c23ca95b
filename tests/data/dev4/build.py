"""Build tests/data/dev4_entities.jsonl from the fourth development set's articles and sources.

Why a fourth development set: to find the recognizer's error classes on the entity kinds it
is weakest on (FAC, LOC, PRODUCT, LAW, EVENT, WORK_OF_ART and the many forms of ORG) in news
copy from many countries, written blind to the recognizer's output and without touching the
held-out sets. The records carry a ``section`` so that figures can be split by
it. The building and checking code is shared with the other sets: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev4/build.py              # rebuild the JSONL
    python tests/data/dev4/build.py --check      # fail if the JSONL is stale
    python tests/data/dev4/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev4/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV4

if __name__ == "__main__":
    sys.exit(DEV4.main())
