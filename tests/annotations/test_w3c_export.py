"""The W3C export conforms to the Web Annotation Data Model (its schemas and its MUSTs)."""

from __future__ import annotations

import copy
import json
import uuid

import pytest

from annotations.interchange.identity import (
    NAMESPACE,
    annotation_iri,
    canonical_iri,
    derived_id,
    postil_id_in,
)
from annotations.interchange.sources import SourceDoc, as_iri
from annotations.interchange.w3c_export import annotation_to_w3c, dumps, to_w3c
from annotations.model import Annotation, Selector
from tests.annotations.w3c_schema import annotation_failures, collection_failures

TEXT = "Prices rose 3% in 東京 last week.\nThe bank said “no change” was likely. 🙂 End."
CJK = TEXT.index("東京")


def make(
    start: int, end: int, *, note: str = "", tags: tuple[str, ...] = (), **kw: str
) -> Annotation:
    return Annotation.create(
        article=kw.pop("article", "a.txt"),
        article_title="Prices",
        selector=Selector.from_text(TEXT, start, end),
        tags=tags,
        note=note,
        color=kw.pop("color", "yellow"),
    )


SOURCES = {
    "a.txt": SourceDoc(url="https://news.example/prices?id=7", title="Prices"),
    "b.txt": SourceDoc(fingerprint="sha256-0f3a", title="Other"),
}


def items(doc: dict) -> list[dict]:
    return doc["first"]["items"]


def test_a_full_export_passes_the_w3c_schemas_and_musts() -> None:
    anns = [
        make(12, 14, note="**why** <b>html</b> & `code`", tags=("tokyo", "prices")),
        make(0, 6),
        make(TEXT.index("🙂"), TEXT.index("🙂") + 1, tags=("emoji",), article="b.txt"),
    ]
    doc = to_w3c(anns, SOURCES, creator="Ana Reader")
    assert collection_failures(doc) == []
    assert doc["total"] == 3 and len(items(doc)) == 3


@pytest.mark.parametrize(
    "options",
    [{}, {"base_iri": "https://notes.example/anno/"}, {"base_iri": "https://notes.example/a"}],
)
def test_every_option_stays_valid(options: dict) -> None:
    doc = to_w3c([make(0, 6, note="n")], SOURCES, **options)
    assert collection_failures(doc) == []


def test_an_empty_export_is_a_valid_empty_collection() -> None:
    doc = to_w3c([], SOURCES)
    assert doc["total"] == 0 and "first" not in doc
    assert collection_failures(doc) == []


def test_motivation_bodies_and_selectors_follow_the_issue() -> None:
    ann = make(CJK, CJK + 2, note="a note", tags=("t1", "t2"))
    item = annotation_to_w3c(ann, SOURCES["a.txt"])
    assert item["motivation"] == "commenting"
    assert item["body"][0] == {
        "type": "TextualBody",
        "value": "a note",
        "format": "text/markdown",
        "purpose": "commenting",
    }
    assert [b["value"] for b in item["body"][1:]] == ["t1", "t2"]
    assert {b["purpose"] for b in item["body"][1:]} == {"tagging"}
    quote, position = item["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "東京",
        "prefix": TEXT[:CJK],
        "suffix": TEXT[CJK + 2 : CJK + 34],
    }
    assert position == {"type": "TextPositionSelector", "start": CJK, "end": CJK + 2}
    assert item["target"]["source"] == "https://news.example/prices?id=7"
    plain = annotation_to_w3c(make(0, 6), SOURCES["a.txt"])
    assert plain["motivation"] == "highlighting" and "body" not in plain


def test_positions_count_code_points_not_utf16_units() -> None:
    start = TEXT.index("End")
    item = annotation_to_w3c(make(start, start + 3), SOURCES["a.txt"])
    position = item["target"]["selector"][1]
    assert TEXT[position["start"] : position["end"]] == "End"  # 🙂 before it counts as one


def test_text_without_url_gets_a_stable_text_urn() -> None:
    item = annotation_to_w3c(make(0, 6, article="b.txt"), SOURCES["b.txt"])
    assert item["target"]["source"] == "urn:postil:text:sha256-0f3a"
    with pytest.raises(ValueError, match="URL or a text fingerprint"):
        SourceDoc().iri()


def test_ids_are_stable_and_the_postil_id_survives_in_canonical() -> None:
    ann = make(0, 6)
    first = annotation_to_w3c(ann, SOURCES["a.txt"])
    assert first == annotation_to_w3c(ann, SOURCES["a.txt"])
    assert first["id"] == f"urn:uuid:{uuid.uuid5(NAMESPACE, ann.id)}"
    assert first["canonical"] == canonical_iri(ann.id)
    assert postil_id_in(first["canonical"]) == ann.id
    based = annotation_iri(ann.id, "https://notes.example/anno/")
    assert based == f"https://notes.example/anno/{ann.id}"


def test_the_uuid5_namespace_never_changes() -> None:
    # every exported id depends on it: changing it would rename all annotations ever shared
    assert str(NAMESPACE) == "4ecd78c6-59d4-51a9-b420-dac7817537e7"


def test_the_same_annotations_give_the_same_bytes_in_any_order() -> None:
    anns = [make(0, 6), make(12, 14, note="x"), make(20, 30, article="b.txt")]
    assert dumps(to_w3c(anns, SOURCES)) == dumps(to_w3c(list(reversed(anns)), SOURCES))


def test_articles_come_in_the_order_of_the_sources_mapping() -> None:
    anns = [make(0, 6, article="b.txt"), make(0, 6)]
    order = [i["target"]["source"] for i in items(to_w3c(anns, SOURCES))]
    assert order == [SOURCES["a.txt"].iri(), SOURCES["b.txt"].iri()]


def test_a_missing_article_is_named() -> None:
    with pytest.raises(KeyError, match=r"c\.txt"):
        to_w3c([make(0, 6, article="c.txt")], SOURCES)


def test_escape_sequences_in_notes_leave_no_raw_control_byte_in_the_file() -> None:
    ann = make(0, 6, note="red \x1b[31mALERT\x1b[0m\x07 done")
    text = dumps(to_w3c([ann], SOURCES))
    assert "\x1b" not in text and "\x07" not in text
    assert json.loads(text)["first"]["items"][0]["body"][0]["value"] == ann.note


def test_urls_with_spaces_are_percent_encoded_into_iris() -> None:
    assert as_iri('https://ex.example/a b/ü?q="x"') == "https://ex.example/a%20b/ü?q=%22x%22"


def test_derived_ids_are_valid_block_ids_and_sort_by_time() -> None:
    early = derived_id("Hypothesis", "abc", "2020-01-01T00:00:00Z")
    late = derived_id("Hypothesis", "abc", "2024-01-01T00:00:00Z")
    assert early == derived_id("Hypothesis", "abc", "2020-01-01T00:00:00Z")
    assert early < late and len(early) == 26 and early.isalnum() and early.islower()
    assert derived_id("W3C", "abc") != derived_id("Hypothesis", "abc")


# --- the checks themselves can fail ---------------------------------------------------------


def _valid_item() -> dict:
    doc = to_w3c([make(12, 14, note="n", tags=("t",))], SOURCES, creator="A")
    return {"@context": doc["@context"], **items(doc)[0]}


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda a: a.pop("target"), "targetKeyFound"),
        (lambda a: a.pop("@context"), "annotationContextValidated"),
        (lambda a: a.update(type="Note"), "annotationTypeValidated"),
        (lambda a: a.update(id="not an iri"), "annotationIdValidated"),
        (lambda a: a.update(bodyValue="x"), "notBodyBodyValue"),
        (lambda a: a.update(created="yesterday"), "annotationCreatedValidated"),
        (lambda a: a.update(modified="2024-01-01T10:00:00+02:00"), "UTC (Z)"),
        (lambda a: a.update(motivation="liking"), "motivation"),
        (lambda a: a["body"][0].update(value=["a", "b"]), "exactly one string"),
        (lambda a: a["body"][0].update(purpose="shouting"), "purpose"),
        (lambda a: a["target"]["selector"][0].pop("exact"), "exact"),
        (lambda a: a["target"]["selector"][1].update(start=-1), "TextPositionSelector"),
        (lambda a: a["target"].update(source="no scheme"), "target"),
        (lambda a: a.update(id="urn:uuid:nope"), "urn:uuid"),
        (lambda a: a.update({"@context": [{"id": "x"}, a["@context"][0]]}), "redefines"),
    ],
)
def test_the_validator_catches_each_broken_rule(breakage, expected: str) -> None:
    item = copy.deepcopy(_valid_item())
    assert annotation_failures(item) == []
    breakage(item)
    failures = annotation_failures(item)
    assert any(expected in failure for failure in failures), failures


def test_the_collection_validator_catches_broken_collections() -> None:
    doc = to_w3c([make(0, 6)], SOURCES)
    broken = copy.deepcopy(doc)
    broken["total"] = 5
    assert any("total" in f for f in collection_failures(broken))
    broken = copy.deepcopy(doc)
    broken["first"]["type"] = "Page"
    assert any("annotationPageTypeValueFound" in f for f in collection_failures(broken))
    broken = copy.deepcopy(doc)
    del broken["first"]
    assert any("firstRequiredIfTotalMoreThanZero" in f for f in collection_failures(broken))
    broken = copy.deepcopy(doc)
    broken["@context"] = ["http://www.w3.org/ns/anno.jsonld"]
    assert any("single @context" in f for f in collection_failures(broken))
