"""How an article's date is shown to a reader: a machine timestamp as its day, any other date
as the article writes it.

Pages and feeds give their date as an ISO 8601 timestamp ("2024-03-04T06:12:45Z"), which
the library, the article's header, search results and an export's byline showed whole: a
clock time to the second and a zone letter where a reader wants the day. Dates written for
people ("Thursday, May 2, 2024") are kept as written. Machine outputs (``--json``, front
matter) keep the value. In the data layer, with no UI import: exports use it too.
"""

from __future__ import annotations

import re

_TIMESTAMP = re.compile(
    r"\s*(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*"
)


def shown_date(written: str | None) -> str | None:
    """``written`` as a reader sees it: the day of a timestamp, else unchanged."""
    found = _TIMESTAMP.fullmatch(written) if written else None
    return found.group(1) if found else written
