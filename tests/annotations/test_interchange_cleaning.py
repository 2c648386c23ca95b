"""Imported text and times: controls dropped, everything else kept; one UTC time format."""

from __future__ import annotations

import pytest

from annotations.interchange.cleaning import clean_text, utc_timestamp


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("2024-01-05T23:59:59Z", "2024-01-05T23:59:59Z"),
        ("2024-02-29T10:00:00Z", "2024-02-29T10:00:00Z"),
        ("2023-05-01T12:34:56.789012+00:00", "2023-05-01T12:34:56Z"),
        ("2023-05-01T02:00:00+02:00", "2023-05-01T00:00:00Z"),
        ("2023-05-01T00:30:00-01:00", "2023-05-01T01:30:00Z"),
        ("2023-05-01T12:00:00", "2023-05-01T12:00:00Z"),  # no zone: taken as UTC
        ("2024-01-01", "2024-01-01T00:00:00Z"),
        ("2024-02-31T00:00:00Z", ""),
        ("2024-13-01T00:00:00Z", ""),
        ("yesterday", ""),
        ("", ""),
        (1700000000, ""),
        (None, ""),
    ],
)
def test_times_become_utc_seconds_or_nothing(raw: object, stored: str) -> None:
    assert utc_timestamp(raw) == stored


def test_clean_text_keeps_tabs_newlines_markup_and_unicode() -> None:
    kept = "tab\there\nnew line <b>html</b> \\escaped *md* 東京 🙂 \u2028 \u00a0"
    assert clean_text(kept) == kept


def test_clean_text_drops_c0_c1_del_and_lone_surrogates() -> None:
    raw = "a\x00b\x07c\x1b[31md\x7fe\x85f\x9bg\ud800h"
    assert clean_text(raw) == "abc[31mdefgh"


def test_clean_text_turns_every_line_end_into_newline() -> None:
    assert clean_text("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"
