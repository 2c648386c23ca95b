"""Build tests/data/heldout2_entities.jsonl from the second held-out set's articles and sources.

Why a second held-out set: the first (tests/data/heldout/) has twelve articles, too few to
show a difference per section or per label. This one is a check only: it must never be tuned
on. The records carry a ``section`` so that figures can be split by it. The building and
checking code is shared with the other sets: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/heldout2/build.py              # rebuild the JSONL
    python tests/data/heldout2/build.py --check      # fail if the JSONL is stale
    python tests/data/heldout2/build.py --unlabelled # capitalised words and numbers outside
                                                        # every span (review aid)
    python tests/data/heldout2/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import HELDOUT2

if __name__ == "__main__":
    sys.exit(HELDOUT2.main())
