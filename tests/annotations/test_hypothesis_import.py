"""Reading Hypothesis' API JSON: search results, single rows, lists; replies and page notes."""

from __future__ import annotations

from typing import Any

import pytest

from annotations.interchange.identity import derived_id
from annotations.interchange.reading import parse_document
from annotations.interchange.records import ParseResult


def row(**fields: Any) -> dict[str, Any]:
    """A row as ``/api/search`` returns it (fields trimmed to what matters, plus some noise)."""
    base: dict[str, Any] = {
        "id": "Ab3dEfGhIjKlMnOpQrStUv",
        "created": "2023-05-01T12:34:56.789012+00:00",
        "updated": "2023-05-02T08:00:00.000001+02:00",
        "user": "acct:alice@hypothes.is",
        "uri": "https://news.example/story",
        "text": "Is this **right**? <em>check</em>",
        "tags": ["Fact check", "economy"],
        "group": "__world__",
        "permissions": {"read": ["group:__world__"]},
        "target": [
            {
                "source": "https://news.example/story",
                "selector": [
                    {
                        "type": "RangeSelector",
                        "startContainer": "/div[1]/p[2]",
                        "startOffset": 0,
                        "endContainer": "/div[1]/p[2]",
                        "endOffset": 21,
                    },
                    {"type": "TextPositionSelector", "start": 1040, "end": 1061},
                    {
                        "type": "TextQuoteSelector",
                        "exact": "inflation fell to 2%",
                        "prefix": "The report says ",
                        "suffix": " in March.",
                    },
                ],
            }
        ],
        "document": {"title": ["Prices: the story"]},
        "links": {"html": "https://hypothes.is/a/Ab3dEfGhIjKlMnOpQrStUv"},
        "user_info": {"display_name": "Alice A."},
        "flagged": False,
        "hidden": False,
    }
    base.update(fields)
    return base


def read(data: Any) -> ParseResult:
    kind, result = parse_document(data)
    assert kind == "Hypothesis"
    return result


@pytest.mark.parametrize(
    "shape",
    [
        lambda r: {"total": 1, "rows": [r]},
        lambda r: [r],
        lambda r: r,
    ],
)
def test_every_shape_of_the_api_json_reads_the_same(shape) -> None:
    result = read(shape(row()))
    assert result.skipped == [] and len(result.notes) == 1
    note = result.notes[0]
    assert note.origin == "Hypothesis" and note.creator == "alice@hypothes.is"
    assert note.source == "https://news.example/story"
    assert note.title == "Prices: the story"
    assert (note.exact, note.prefix, note.suffix) == (
        "inflation fell to 2%",
        "The report says ",
        " in March.",
    )
    assert (note.start, note.end) == (1040, 1061)  # a hint only: UTF-16 units of the page
    assert note.note == "Is this **right**? <em>check</em>"
    assert note.tags == ("fact-check", "economy")
    assert (note.created, note.updated) == ("2023-05-01T12:34:56Z", "2023-05-02T06:00:00Z")
    assert note.remote_id == "Ab3dEfGhIjKlMnOpQrStUv"
    assert note.id == derived_id("Hypothesis", "Ab3dEfGhIjKlMnOpQrStUv", "2023-05-01T12:34:56Z")


def test_reading_twice_gives_the_same_ids() -> None:
    data = {"rows": [row(), row(id="Other1234567890abcdefgh")]}
    assert [n.id for n in read(data).notes] == [n.id for n in read(data).notes]


def test_replies_and_page_notes_are_skipped_with_their_reason() -> None:
    reply = row(id="reply1", references=["Ab3dEfGhIjKlMnOpQrStUv"], target=[{"source": "x"}])
    page_note = row(id="pagenote1", target=[{"source": "https://news.example/story"}])
    result = read({"rows": [row(), reply, page_note]})
    assert len(result.notes) == 1
    reasons = {skip.label: skip.reason for skip in result.skipped}
    assert reasons == {
        "row 2 (reply1)": "a reply in a discussion, not a highlight",
        "row 3 (pagenote1)": "a page note: it quotes no passage",
    }


def test_missing_uri_falls_back_to_the_target_source() -> None:
    data = row()
    del data["uri"]
    assert read(data).notes[0].source == "https://news.example/story"


def test_range_selectors_are_noted_once() -> None:
    result = read({"rows": [row(), row(id="second")]})
    assert [r for r in result.remarks if "RangeSelector" in r] == [
        "RangeSelector ignored: postil reads TextQuote and TextPosition selectors"
    ]


def test_junk_values_do_not_break_a_row() -> None:
    odd = row(tags=["ok", 7, None], text=None, document={"title": "plain"}, user=None)
    note = read(odd).notes[0]
    assert note.tags == ("ok",) and note.note == "" and note.title == "plain"
    assert note.creator == ""
    assert read(row(tags="one tag")).notes[0].tags == ("one-tag",)  # a string is one tag


def test_non_object_rows_are_skipped() -> None:
    result = read({"rows": [row(), 42]})
    assert result.skipped[0].label == "row 2" and result.skipped[0].reason == "not a JSON object"
