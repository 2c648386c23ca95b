"""Build tests/data/dev2_entities.jsonl from the second development set's articles and sources.

Why a second development set: the recognizer's weak spots on sport, entertainment and product
news (clubs named after places, leagues, titles, features) need text to be tuned on that the
held-out sets never see. The records carry a ``section`` so that figures can be split by it.
The building and checking code is shared with the other sets: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev2/build.py              # rebuild the JSONL
    python tests/data/dev2/build.py --check      # fail if the JSONL is stale
    python tests/data/dev2/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev2/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV2

if __name__ == "__main__":
    sys.exit(DEV2.main())
