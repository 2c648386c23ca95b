"""Build tests/data/dev_entities.jsonl from the development articles and their sources.

Why a third set: the held-out set (tests/data/heldout/) must stay a check, never a tuning
target, and the five seeds are already fitted. These synthetic articles are the set the
recognizer is tuned on, labelled under the gold conventions plus the held-out README's.
The building and checking code is shared with the other set: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/dev/build.py              # rebuild the JSONL
    python tests/data/dev/build.py --check      # fail if the JSONL is stale
    python tests/data/dev/build.py --unlabelled # capitalised words and numbers outside
                                                   # every span (review aid)
    python tests/data/dev/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import DEV

if __name__ == "__main__":
    sys.exit(DEV.main())
