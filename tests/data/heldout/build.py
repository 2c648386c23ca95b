"""Build tests/data/heldout_entities.jsonl from the held-out articles and their sources.

Why a second set: the recognizer is tuned on the five seeds' gold set, so figures on it say
little about unseen news. These twelve synthetic articles are labelled under exactly the gold
conventions (tests/data/gold/README.md) and are a check, never a tuning target.
The building and checking code is shared with the other set: tests/data/article_set.py.

Usage (from the repository root)::

    python tests/data/heldout/build.py              # rebuild the JSONL
    python tests/data/heldout/build.py --check      # fail if the JSONL is stale
    python tests/data/heldout/build.py --unlabelled # capitalised words and numbers outside
                                                   # every span (review aid)
    python tests/data/heldout/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from article_set import HELDOUT

if __name__ == "__main__":
    sys.exit(HELDOUT.main())
