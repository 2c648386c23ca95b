"""A file kept in the library reads back exactly as the file read: same title, same text.

The kept copy is Markdown with front matter, and the library cleans it again when it reads
it. Cleaning it against a title the original did not have (written into the front matter
when the file was added) once hid a sentence equal to that title or showed the lines above a
headline, and a plain-text numbered line came back with a backslash.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.collection.prepare import Origin, prepare
from reader.library import ArticleError
from reader.library.article import article_from_bytes
from reader.web import kinds
from tests.scale import examples

#: Lines like those of notes and pasted articles: short labels, questions, sentences,
#: headlines, a kicker in capitals, furniture ("Share"), a byline, a dateline, list items.
_LINES = [
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
    "----",
]
_MARKDOWN = [
    *_LINES,
    "# A heading",
    "## Sub heading",
    "A [link](https://example.com/x) here.",
    "See [Rome](https://en.wikipedia.org/wiki/Rome_(disambiguation)) too.",
]
_MARKDOWN_FRONT = '---\ntitle: "Front title"\n---'
_TITLES = ["Council to publish contracts | The Daily", "Is this the end?", "Markets fall.", ""]


def _read(data: bytes, name: str) -> tuple[str, str] | None:
    """Title and text as the library shows ``data`` (``None``: refused, or no text at all,
    which the library does not keep either)."""
    try:
        article = article_from_bytes(data, Path(name), "x")
    except ArticleError:
        return None
    return (article.title, article.text) if article.text.strip() else None


def _kept(data: bytes, kind: str, name: str) -> tuple[str, str] | None:
    document = prepare(data, kind, Origin(path=Path(f"/notes/{name}")), "note").document
    return _read(document, "kept.md")


@settings(max_examples=examples(120))
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=6))
def test_a_kept_text_file_reads_as_the_file_did(lines: list[str]) -> None:
    data = "\n\n".join(lines).encode()
    original = _read(data, "note.txt")
    if original is not None:
        assert _kept(data, "txt", "note.txt") == original


@settings(max_examples=examples(120))
@given(st.booleans(), st.lists(st.sampled_from(_MARKDOWN), min_size=1, max_size=6))
def test_a_kept_markdown_file_reads_as_the_file_did(front: bool, lines: list[str]) -> None:
    data = "\n\n".join([_MARKDOWN_FRONT, *lines] if front else lines).encode()
    original = _read(data, "note.md")
    if original is not None:
        assert _kept(data, "md", "note.md") == original


@settings(max_examples=examples(120))
@given(
    st.sampled_from(_TITLES),
    st.booleans(),
    st.lists(st.sampled_from(_LINES), min_size=1, max_size=5),
)
@example("", False, ["Local note", "Is this the end of the road for TikTok in Europe?"])  # no title
def test_a_kept_page_reads_as_the_saved_page_did(
    title: str, headline: bool, lines: list[str]
) -> None:
    h1 = f"<h1>{title}</h1>" if headline and title else ""
    body = "".join(f"<p>{line}</p>" for line in lines)
    data = (
        f"<!doctype html><html><head><title>{title}</title></head><body><nav><a href='/'>Home"
        f"</a></nav><article>{h1}{body}</article><footer>© News Co</footer></body></html>"
    ).encode()
    original = _read(data, "page.html")
    if original is not None:
        assert _kept(data, kinds.HTML, "page.html") == original
