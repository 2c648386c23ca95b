"""Reading W3C Web Annotations in every shape the model allows, and refusing what is not."""

from __future__ import annotations

from typing import Any

import pytest

from annotations.interchange.identity import derived_id
from annotations.interchange.reading import parse_document
from annotations.interchange.records import ForeignNote, ImportFormatError, ParseResult

CTX = "http://www.w3.org/ns/anno.jsonld"
PAGE = "https://news.example/story"
QUOTE = {"type": "TextQuoteSelector", "exact": "the quote", "prefix": "before ", "suffix": " after"}


def anno(**fields: Any) -> dict[str, Any]:
    """A minimal valid annotation on ``PAGE`` quoting ``QUOTE``, with ``fields`` over it."""
    base: dict[str, Any] = {
        "@context": CTX,
        "id": "https://anno.example/1",
        "type": "Annotation",
        "target": {"source": PAGE, "selector": QUOTE},
    }
    base.update(fields)
    return base


def read(data: Any) -> ParseResult:
    kind, result = parse_document(data)
    assert kind == "W3C"
    return result


def only(data: Any) -> ForeignNote:
    result = read(data)
    assert result.skipped == [] and len(result.notes) == 1, result
    return result.notes[0]


def test_a_plain_annotation_becomes_a_record() -> None:
    note = only(
        anno(
            body={"type": "TextualBody", "value": "My *note*", "purpose": "commenting"},
            created="2024-03-01T10:00:00Z",
            modified="2024-03-02T11:30:00+01:00",
            creator={"type": "Person", "name": "Alice", "nickname": "al"},
        )
    )
    assert (note.source, note.exact, note.prefix, note.suffix) == (
        PAGE,
        "the quote",
        "before ",
        " after",
    )
    assert note.note == "My *note*" and note.tags == ()
    assert (note.created, note.updated) == ("2024-03-01T10:00:00Z", "2024-03-02T10:30:00Z")
    assert note.creator == "Alice" and note.origin == "W3C"
    assert note.id == derived_id("W3C", "https://anno.example/1", "2024-03-01T10:00:00Z")


@pytest.mark.parametrize(
    "body",
    [
        [
            {"type": "TextualBody", "value": "comment", "purpose": "commenting"},
            {"type": "TextualBody", "value": "Climate Policy", "purpose": "tagging"},
            {"type": "TextualBody", "value": "#energy", "purpose": ["tagging"]},
        ],
        {
            "type": "Composite",
            "items": [
                {"value": "comment"},
                {"value": "Climate Policy", "purpose": "tagging"},
                {"value": "#energy", "purpose": "tagging"},
            ],
        },
    ],
)
def test_bodies_in_any_shape_give_note_and_tags(body: Any) -> None:
    note = only(anno(body=body))
    assert note.note == "comment"
    assert note.tags == ("climate-policy", "energy")


def test_body_value_is_the_note() -> None:
    assert only(anno(bodyValue="plain string body")).note == "plain string body"


def test_a_linked_body_stays_in_the_note_as_a_link() -> None:
    result = read(anno(body=["https://blog.example/reply", {"id": "https://img.example/x.png"}]))
    assert result.notes[0].note == "<https://blog.example/reply>\n\n<https://img.example/x.png>"
    assert any("linked bodies" in r for r in result.remarks)


def test_choice_keeps_the_first_alternative() -> None:
    body = {"type": "Choice", "items": [{"value": "English"}, {"value": "Français"}]}
    result = read(anno(body=body))
    assert result.notes[0].note == "English"
    assert any("Choice" in r for r in result.remarks)


def test_untyped_bodies_of_a_tagging_annotation_are_tags() -> None:
    note = only(anno(motivation="tagging", body=[{"value": "one"}, {"value": "two"}]))
    assert note.tags == ("one", "two") and note.note == ""


@pytest.mark.parametrize(
    "selector",
    [QUOTE, [QUOTE], [{"type": "TextPositionSelector", "start": 3, "end": 12}, QUOTE]],
)
def test_selectors_as_object_or_array(selector: Any) -> None:
    assert only(anno(target={"source": PAGE, "selector": selector})).exact == "the quote"


def test_range_selector_and_refined_by_are_ignored_with_a_remark() -> None:
    range_selector = {
        "type": "RangeSelector",
        "startSelector": {"type": "XPathSelector", "value": "/p[1]"},
        "endSelector": {"type": "XPathSelector", "value": "/p[2]"},
    }
    refined = {**QUOTE, "refinedBy": {"type": "TextPositionSelector", "start": 0, "end": 3}}
    result = read(anno(target={"source": PAGE, "selector": [range_selector, refined]}))
    assert result.notes[0].exact == "the quote"
    assert any("RangeSelector ignored" in r for r in result.remarks)
    assert any("refinedBy ignored" in r for r in result.remarks)
    alone = read(anno(target={"source": PAGE, "selector": range_selector}))
    assert alone.notes == [] and "nothing to find it by" in alone.skipped[0].reason


def test_positions_alone_are_kept_for_the_importer_to_resolve() -> None:
    target = {"source": PAGE, "selector": {"type": "TextPositionSelector", "start": 4, "end": 9}}
    note = only(anno(target=target))
    assert (note.exact, note.start, note.end) == ("", 4, 9)


def test_backwards_positions_are_dropped_with_a_remark() -> None:
    selector = [QUOTE, {"type": "TextPositionSelector", "start": 9, "end": 4}]
    result = read(anno(target={"source": PAGE, "selector": selector}))
    assert (result.notes[0].start, result.notes[0].end) == (None, None)
    assert any("start < end" in r for r in result.remarks)


def test_containers_list_page_and_collection() -> None:
    one, two = anno(id="https://a.example/1"), anno(id="https://a.example/2")
    page = {"type": "AnnotationPage", "id": "https://a.example/p", "items": [one, two]}
    collection = {
        "@context": CTX,
        "type": "AnnotationCollection",
        "id": "https://a.example/c",
        "first": page,
        "last": "https://a.example/p",
    }
    for data in ([one, two], page, collection):
        assert [n.remote_id for n in read(data).notes] == [
            "https://a.example/1",
            "https://a.example/2",
        ]


def test_pages_given_as_links_are_noted_not_fetched() -> None:
    collection = {"@context": CTX, "type": "AnnotationCollection", "first": "https://x.example/p1"}
    result = read(collection)
    assert result.notes == [] and any("not followed" in r for r in result.remarks)


def test_unknown_contexts_and_terms_are_tolerated() -> None:
    data = anno(**{"ex:rating": 5, "schema:about": {"id": "https://x.example"}})
    data["@context"] = [CTX, "https://unknown.example/context.jsonld", {"ex": "https://ex/"}]
    assert only(data).exact == "the quote"


def test_keywords_prefixes_and_value_objects_are_understood() -> None:
    data = {
        "@context": CTX,
        "@id": "https://anno.example/kw",
        "@type": ["oa:Annotation"],
        "oa:hasBody": {"@type": "oa:TextualBody", "rdf:value": [{"@value": "kw note"}]},
        "oa:hasTarget": {
            "oa:hasSource": {"@id": PAGE},
            "oa:hasSelector": {"@type": "oa:TextQuoteSelector", "oa:exact": "the quote"},
        },
        "dcterms:created": {"@value": "2024-01-01T00:00:00Z"},
    }
    note = only(data)
    assert (note.remote_id, note.source, note.exact, note.note, note.created) == (
        "https://anno.example/kw",
        PAGE,
        "the quote",
        "kw note",
        "2024-01-01T00:00:00Z",
    )


def test_html_and_escape_sequences_are_kept_as_text_without_control_characters() -> None:
    evil = "<script>alert(1)</script> \x1b]0;pwned\x07 \x1b[31mred\x1b[0m\r\nline\ttab \x9b2J"
    note = only(anno(bodyValue=evil)).note
    assert note == "<script>alert(1)</script> ]0;pwned [31mred[0m\nline\ttab 2J"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"target": None}, "no target"),
        ({"target": PAGE}, "nothing to find it by"),
        ({"target": {"selector": QUOTE}}, "no source"),
        ({"bodyValue": "x" * 100_001}, "note too long"),
        (
            {"target": {"source": PAGE, "selector": {**QUOTE, "exact": "q" * 20_001}}},
            "quote too long",
        ),
    ],
)
def test_unusable_annotations_are_skipped_with_a_reason(fields: dict, reason: str) -> None:
    result = read([anno(**fields), anno(id="https://anno.example/ok")])
    assert len(result.notes) == 1 and len(result.skipped) == 1
    assert reason in result.skipped[0].reason
    assert result.skipped[0].label == "annotation 1 (https://anno.example/1)"


def test_labels_are_one_inert_line() -> None:
    result = read([anno(id="evil\x1b[2J\nid", target=None)])
    assert result.skipped[0].label == "annotation 1 (evil [2J id)"


def test_duplicate_ids_keep_the_first_and_skip_a_different_one() -> None:
    same = anno(bodyValue="one")
    other = anno(bodyValue="two")
    result = read([same, same, other])
    assert [n.note for n in result.notes] == ["one"]
    assert len(result.skipped) == 1 and "different content" in result.skipped[0].reason


def test_colour_comes_back_and_unknown_colours_fall_back() -> None:
    assert only(anno(**{"postil:color": "green"})).color == "green"
    assert only(anno(**{"urn:postil:vocab#color": "pink"})).color == "pink"
    assert only(anno(**{"postil:color": "chartreuse"})).color == "yellow"


@pytest.mark.parametrize(
    ("creator", "name"),
    [
        ("https://people.example/alice", "https://people.example/alice"),
        ([{"type": "Person", "nickname": "bob"}, {"name": "Carol"}], "bob"),
        ({"id": "https://people.example/dave"}, "https://people.example/dave"),
    ],
)
def test_creators_in_any_shape(creator: Any, name: str) -> None:
    assert only(anno(creator=creator)).creator == name


@pytest.mark.parametrize(
    "data",
    [
        {"name": "a package.json", "version": "1.0"},
        [1, 2, 3],
        [],
        "just a string",
        {"type": "Person", "name": "not an annotation"},
    ],
)
def test_json_that_is_not_annotations_is_one_clear_error(data: Any) -> None:
    with pytest.raises(ImportFormatError, match="holds no annotations postil can read"):
        parse_document(data, "notes.json")
