"""A page's or feed's timestamp is shown as its day; a date written for people as written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from annotations.shown_dates import shown_date
from reader.library.summaries import Summary

zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30)), None]
)


@given(st.datetimes(min_value=datetime(1900, 1, 1), timezones=zones), st.sampled_from("T "))
def test_a_timestamp_shows_as_its_day(moment: datetime, separator: str) -> None:
    written = moment.isoformat(sep=separator)
    if moment.tzinfo is UTC:
        written = written.replace("+00:00", "Z")
    assert shown_date(written) == moment.date().isoformat()


@given(st.text().filter(lambda text: not any(char.isdigit() for char in text)))
def test_text_without_a_timestamp_is_shown_as_written(written: str) -> None:
    assert shown_date(written) == written


def test_dates_written_for_people_are_kept() -> None:
    for written in ("Thursday, May 2, 2024", "2 May 2024", "2024-05-02", "May 2024", "2024"):
        assert shown_date(written) == written
    assert shown_date("2024-03-04T06:12:45Z, updated") == "2024-03-04T06:12:45Z, updated"


def test_the_library_row_shows_the_day() -> None:
    row = Summary(title="Glacier", source="Northbroad News", date="2024-03-04T06:12:45Z", words=440)
    assert row.meta == "Northbroad News · 2024-03-04 · 440 words"
    assert (
        Summary(title="A", date="Thursday, May 2, 2024").meta == "Thursday, May 2, 2024 · 0 words"
    )
    assert shown_date(None) is None and shown_date("") == ""
