"""Build tests/data/dev3_entities.jsonl from the third development set's articles and sources.

Why a third development set: rules tuned on dev2's twenty-four articles need more text to
show that they generalise, above all in entertainment, technology and business news
(studios, labels, bands, titles, products, features, firms named after places), without
touching the held-out sets. The records carry a ``section`` so that figures can be split by
it. The building and checking code is shared with the other sets: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev3/build.py              # rebuild the JSONL
    python tests/data/dev3/build.py --check      # fail if the JSONL is stale
    python tests/data/dev3/build.py --unlabelled # capitalised words and numbers outside
                                                    # every span (review aid)
    python tests/data/dev3/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV3

if __name__ == "__main__":
    sys.exit(DEV3.main())
