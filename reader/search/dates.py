"""An article's day, for ``before:`` and ``after:``, from the date as the article writes it."""

from __future__ import annotations

import re
from datetime import date, datetime

from reader.text.months import MONTHS

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_FIRST = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})")


def article_day(written: object) -> date | None:
    """The day of ``written``: a ``date``/``datetime``, or text such as ``2024-05-02``,
    ``Thursday, May 2, 2024`` or ``2 May 2024``; ``None`` when there is no clear day."""
    if isinstance(written, datetime):
        return written.date()
    if isinstance(written, date):
        return written
    if not isinstance(written, str) or not written:
        return None
    text = written[:200]
    for pattern, order in ((_ISO, "ymd"), (_MONTH_FIRST, "mdy"), (_DAY_FIRST, "dmy")):
        found = pattern.search(text)
        if found is None:
            continue
        parts = dict(zip(order, found.groups(), strict=True))
        month = MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
        if month is None:
            continue
        try:
            return date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
    return None
