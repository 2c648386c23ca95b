"""Round trips: postil -> W3C -> postil is lossless; Hypothesis -> postil -> W3C keeps the notes.

Text is drawn from all of Unicode but control characters (the import drops C0/C1 controls
other than tab and newline, by design), with CJK, emoji and Markdown mixed in on purpose.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.interchange.conversion import to_annotation
from annotations.interchange.reading import parse_document
from annotations.interchange.sources import SourceDoc
from annotations.interchange.w3c_export import dumps, to_w3c
from annotations.model import COLORS, Annotation, Selector, normalize_tags
from tests.annotations.w3c_schema import collection_failures

CHARS = st.one_of(
    st.characters(exclude_categories=("Cs", "Cc")),
    st.sampled_from(list("\n\t 東京数据한국어🙂👍🏽é“”—#*_`<>[]^&")),
)
TEXT = st.text(CHARS, min_size=1, max_size=120)
MARKDOWN = st.lists(
    st.one_of(
        st.text(CHARS, max_size=30),
        st.sampled_from(
            ["**bold**", "# head\n\n- item", "```py\ncode\n```", "<b>x</b>", "[[wiki]]", "a  \nb"]
        ),
    ),
    max_size=4,
).map("".join)
TAGS = st.lists(st.text(CHARS, min_size=1, max_size=16), max_size=4).map(
    lambda raw: tuple(normalize_tags(raw))
)
TIMES = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1)).map(
    lambda moment: moment.replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
)
SOURCES = st.one_of(
    st.builds(SourceDoc, url=st.sampled_from(["https://ex.example/a?b=1", "https://例え.jp/記事"])),
    st.builds(SourceDoc, fingerprint=st.text("0123456789abcdef", min_size=8, max_size=20)),
).flatmap(lambda doc: st.builds(SourceDoc, st.just(doc.url), st.just(doc.fingerprint), TEXT))


@st.composite
def annotations(draw: st.DrawFn, article: str, text: str) -> Annotation:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return Annotation(
        id=Annotation.create(
            article="x", article_title="", selector=Selector("x", "", "", 0, 1)
        ).id,
        article=article,
        article_title=draw(TEXT),
        selector=Selector.from_text(text, start, end),
        color=draw(st.sampled_from(COLORS)),
        tags=draw(TAGS),
        note=draw(MARKDOWN),
        created=draw(TIMES),
        updated=draw(TIMES),
        origin=draw(st.sampled_from(["", "Hypothesis", "W3C"])),
        creator=draw(st.one_of(st.just(""), TEXT)),
    )


@st.composite
def exports(draw: st.DrawFn) -> tuple[list[Annotation], dict[str, SourceDoc]]:
    sources = {"one": draw(SOURCES), "two": draw(SOURCES)}
    anns = []
    for article in sources:
        text = draw(TEXT)
        anns += draw(st.lists(annotations(article, text), max_size=3))
    return anns, sources


@settings(max_examples=80, deadline=None)
@given(exports())
def test_postil_to_w3c_to_postil_is_lossless(case: tuple[list[Annotation], dict]) -> None:
    anns, sources = case
    kind, result = parse_document(json.loads(dumps(to_w3c(anns, sources))))
    assert kind == "W3C" and result.skipped == []
    article_of = {doc.iri(): article for article, doc in sources.items()}
    back = {}
    for note in result.notes:
        assert note.source in article_of
        back[note.id] = to_annotation(note, article_of[note.source])
    # two drawn articles may share an IRI: compare by id, the article via its source IRI
    for ann in anns:
        got = back[ann.id]
        assert sources[got.article].iri() == sources[ann.article].iri()
        assert got == Annotation(**{**_fields(ann), "article": got.article})
    assert len(back) == len(anns)


def _fields(ann: Annotation) -> dict:
    return {name: getattr(ann, name) for name in ann.__dataclass_fields__}


@settings(max_examples=15, deadline=None)
@given(exports())
def test_every_random_export_passes_the_w3c_schemas(case: tuple[list[Annotation], dict]) -> None:
    anns, sources = case
    assert collection_failures(to_w3c(anns, sources, creator="Reader")) == []


HYPOTHESIS_ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.text(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-", min_size=22, max_size=22
            ),
            "uri": st.sampled_from(["https://news.example/a", "https://blog.example/p?id=3"]),
            "text": MARKDOWN,
            "tags": st.lists(st.text(CHARS, min_size=1, max_size=12), max_size=3),
            "created": TIMES,
            "updated": TIMES,
            "user": st.sampled_from(["acct:alice@hypothes.is", "acct:bob@example.org"]),
            "document": st.fixed_dictionaries({"title": st.lists(TEXT, min_size=1, max_size=1)}),
            "exact": TEXT,
            "prefix": st.text(CHARS, max_size=32),
            "suffix": st.text(CHARS, max_size=32),
        }
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda r: r["id"],
)


@settings(max_examples=30, deadline=None)
@given(HYPOTHESIS_ROWS)
def test_hypothesis_to_postil_to_w3c_keeps_quote_note_tags_times_and_url(rows: list) -> None:
    api = {"total": len(rows), "rows": [_row(r) for r in rows]}
    _, first = parse_document(json.loads(json.dumps(api)))
    assert first.skipped == [] and len(first.notes) == len(rows)
    anns = [to_annotation(note, note.source) for note in first.notes]
    sources = {note.source: SourceDoc(url=note.source, title=note.title) for note in first.notes}
    w3c = to_w3c(anns, sources)
    assert collection_failures(w3c) == []
    _, second = parse_document(json.loads(dumps(w3c)))
    again = {note.id: note for note in second.notes}
    for row, note in zip(rows, first.notes, strict=True):
        out = again[note.id]
        assert (out.exact, out.prefix, out.suffix) == (row["exact"], row["prefix"], row["suffix"])
        assert out.note == row["text"]
        assert out.tags == tuple(normalize_tags(row["tags"]))
        assert (out.created, out.updated) == (row["created"], row["updated"])
        assert out.source == row["uri"]


def _row(fields: dict) -> dict:
    quote = {k: fields[k] for k in ("exact", "prefix", "suffix")}
    row = {k: v for k, v in fields.items() if k not in quote}
    row["target"] = [
        {"source": fields["uri"], "selector": [{"type": "TextQuoteSelector", **quote}]}
    ]
    return row
