"""A plain-text file kept in the library reads back exactly as the file read: same title,
same text. The kept copy is Markdown with the title in its front matter; cleaning it a second
time once hid a sentence equal to that title, or a line above it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.collection.prepare import Origin, prepare
from reader.library import ArticleError
from reader.library.article import article_from_bytes
from tests.scale import examples

#: Lines like those of notes and pasted articles: short labels, questions, sentences,
#: headlines, a kicker in capitals, furniture ("Share"), a dateline.
_LINES = st.sampled_from(
    [
        "Local note",
        "Is this the end of the road for TikTok in Europe?",
        "Some text about Paris and Berlin in 2024.",
        "Markets fall as rates rise",
        "WORLD NEWS",
        "Share",
        "By Jane Doe",
        "May 2, 2024",
        "The regulator said on Monday that it would fine the company 5 million euros for "
        "sending users' data abroad without their consent.",
        "“We disagree,” a spokesperson said.",
        "- a list item",
        "1. numbered",
    ]
)


def _read(data: bytes, name: str) -> tuple[str, str]:
    article = article_from_bytes(data, Path(name), "x")
    return article.title, article.text


@settings(max_examples=examples(200))
@given(st.lists(_LINES, min_size=1, max_size=6))
def test_a_kept_text_file_reads_as_the_file_did(lines: list[str]) -> None:
    data = "\n\n".join(lines).encode()
    try:
        original = _read(data, "note.txt")
    except ArticleError:
        return  # refused as it stands (only furniture): nothing is kept either
    kept = prepare(data, "txt", Origin(path=Path("/notes/note.txt")), "note")
    assert _read(kept.document, "kept.md") == original
