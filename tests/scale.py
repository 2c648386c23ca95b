"""How hard the randomized tests try: quick by default, thorough with ``POSTIL_FULL=1``.

The default run (``python -m pytest``) has to stay under a minute on two cores, so property,
fuzz and fault-injection tests draw a quarter of their thorough example count (never fewer
than :data:`MINIMUM`). Every strategy still covers its whole input space, only more thinly,
and Hypothesis replays any failure it has found from its example database, so a regression
still fails the quick run. ``POSTIL_FULL=1`` runs ten times the former default counts: for a
release, or after touching storage, anchoring, export or the parsers.
"""

from __future__ import annotations

import os

#: Set ``POSTIL_FULL=1`` for the thorough run (the crash and writer tests read it too).
FULL = os.environ.get("POSTIL_FULL", "") not in ("", "0")

#: Fewest examples a randomized test draws in the quick run.
MINIMUM = 10


def examples(count: int) -> int:
    """Examples to draw for a test written for ``count``: ``10 * count`` in the thorough run,
    a quarter of it (at least :data:`MINIMUM`) in the quick default run."""
    return count * 10 if FULL else max(MINIMUM, count // 4)
