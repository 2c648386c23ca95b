"""Publication dates as pages write them, normalised to one ISO 8601 shape.

Pages say "2024-03-04T06:12:45.000Z", "2024-05-02T08:15:00-0400", "Tue, 05 Mar 2024 10:00:00
GMT" or "March 6, 2024". The library sorts and shows dates, so they are normalised to
``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]`` keeping exactly the precision and offset
the page gave (a date is not turned into a midnight, a local time is not given a zone).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from reader.text.months import MONTHS

_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
_MONTH_FIRST = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_MIN_YEAR, _MAX_YEAR = 1800, 2200


def normalise_date(value: str | None) -> str | None:
    """``value`` as ISO 8601 (see the module doc), or None when it is not a date."""
    if not value:
        return None
    text = value.strip()[:80]
    return _from_iso(text) or _from_rfc2822(text) or _from_words(text)


def _from_iso(text: str) -> str | None:
    match = _ISO.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    day_text = _valid_date(int(year), int(month), int(day))
    if day_text is None:
        return None
    if hour is None:
        return day_text
    if int(hour) > 23 or int(minute) > 59 or (second and int(second) > 59):
        return day_text
    clock = f"{hour}:{minute}" + (f":{second}" if second else "")
    return f"{day_text}T{clock}{_zone(zone)}"


def _zone(zone: str | None) -> str:
    if not zone:
        return ""
    if zone in ("Z", "UTC", "GMT"):
        return "Z"
    digits = zone[1:].replace(":", "")
    hours, minutes = digits[:2], digits[2:4] or "00"
    return "Z" if hours == "00" and minutes == "00" else f"{zone[0]}{hours}:{minutes}"


def _valid_date(year: int, month: int, day: int) -> str | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_rfc2822(text: str) -> str | None:
    """ "Tue, 05 Mar 2024 10:00:00 GMT", as in feeds and some <meta> tags."""
    if "," not in text[:5] and not re.match(r"\d{1,2} [A-Za-z]{3} \d{4} \d", text):
        return None
    try:
        moment: datetime = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    stamp = moment.isoformat(timespec="seconds")
    return _from_iso(stamp)


def _from_words(text: str) -> str | None:
    """ "March 6, 2024" or "6 March 2024": the date only."""
    match = _MONTH_FIRST.search(text)
    if match:
        month_name, day, year = match.groups()
    else:
        match = _DAY_FIRST.search(text)
        if not match:
            return None
        day, month_name, year = match.groups()
    month = MONTHS.get(month_name.lower())
    return _valid_date(int(year), month, int(day)) if month else None
