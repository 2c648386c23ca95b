"""Links, bounds and bad input: what an untrusted page can and cannot get through."""

from __future__ import annotations

import socket

import pytest

from reader.library.errors import ArticleError
from reader.web import bounds
from reader.web import extract as extract_module
from reader.web.extract import ExtractionError, extract_html
from tests.web.pagekit import PROSE, page, paragraphs

URL = "https://news.example.org/section/story.html"


def _with_links(*anchors: str) -> bytes:
    extra = "<p>Further reading for this story: " + ", ".join(anchors) + ", all worth a look.</p>"
    return page(paragraphs(extra)).encode()


def test_links_are_kept_absolute_and_indexed_into_the_text() -> None:
    data = _with_links(
        '<a href="../other/page.html">the earlier report</a>',
        '<a href="https://elsewhere.example.com/x?a=1">an outside view</a>',
    )
    found = extract_html(data, URL)
    urls = {found.text[link.start : link.end]: link.url for link in found.links}
    assert urls == {
        "the earlier report": "https://news.example.org/other/page.html",
        "an outside view": "https://elsewhere.example.com/x?a=1",
    }
    assert "[the earlier report](https://news.example.org/other/page.html)" in found.markdown


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVaScRiPt:void(0)", "data:text/html,<b>x</b>", "file:///etc/passwd",
     "mailto:desk@example.org", "vbscript:msgbox", "#section-2", "  javascript:x"],
)  # fmt: skip
def test_unsafe_link_schemes_keep_their_text_but_lose_the_link(href: str) -> None:
    found = extract_html(_with_links(f'<a href="{href}">a tricky anchor</a>'), URL)
    assert "a tricky anchor" in found.text
    assert found.links == ()
    assert "](" not in found.markdown


def test_relative_links_without_a_base_url_are_dropped() -> None:
    found = extract_html(_with_links('<a href="/relative/only">a relative link</a>'))
    assert found.links == ()


def test_link_count_is_capped() -> None:
    many = "".join(
        f'<a href="https://x.example/{n}">w{n}</a> ' for n in range(bounds.MAX_LINKS + 500)
    )
    found = extract_html(page(paragraphs(f"<p>{many}</p>")).encode(), URL)
    assert len(found.links) == bounds.MAX_LINKS


def test_control_characters_and_escape_sequences_are_inert_everywhere() -> None:
    evil = "Headline \x1b[2J\x1b]0;pwned\x07 here"
    head = (
        '<meta property="og:site_name" content="Site\x1b[31m">'
        '<meta name="author" content="Eve\x9b Doe">'
    )
    body = paragraphs(
        "<p>Body with \x1b[31mred\x1b[0m text and a bell \x07 in the middle of it.</p>"
    )
    found = extract_html(page(body, head=head, title=evil).encode(), URL)
    fields = [found.title, found.site, *found.authors, found.text, found.markdown]
    for value in fields:
        assert value is not None
        assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in value)
    assert "\u241b" in found.text  # ESC shown as its control picture, not obeyed


def test_bidi_overrides_are_removed() -> None:
    found = extract_html(page(title="Mayor \u202eevael ot\u202c resigns").encode(), URL)
    assert found.title == "Mayor evael ot resigns"


def test_huge_title_and_author_lists_are_bounded() -> None:
    people = ",".join(f'{{"name":"Person Number{n}"}}' for n in range(40))
    head = (
        f'<script type="application/ld+json">{{"@type":"NewsArticle","author":[{people}]}}</script>'
    )
    found = extract_html(page(head=head, title="Word " * 5000).encode(), URL)
    assert found.title is not None and len(found.title) <= bounds.TITLE_LIMIT
    assert found.title.endswith("…")
    assert len(found.authors) == bounds.MAX_AUTHORS


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (bytes(range(256)) * 40, "binary"),
    ],
)
def test_non_html_is_refused_saying_what_it_is(data: bytes, what: str) -> None:
    with pytest.raises(ExtractionError, match=what) as caught:
        extract_html(data, URL)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n ", page("").encode(), page("<p>Menu</p><p>Share</p>").encode(),
     b"<html><body><nav><a href='/'>Home</a></nav></body></html>"],
)  # fmt: skip
def test_pages_without_article_text_are_refused(data: bytes) -> None:
    with pytest.raises(ExtractionError, match=r"empty page|no article text"):
        extract_html(data, URL)


def test_too_large_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "MAX_HTML_BYTES", 1000)
    with pytest.raises(ExtractionError, match="too large"):
        extract_html(page().encode(), URL)


def test_extraction_error_is_an_article_error() -> None:
    assert issubclass(ExtractionError, ArticleError)


def test_no_network_is_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    head = (
        '<link rel="canonical" href="https://news.example.org/c">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}'
        "</script><script src='https://cdn.example.net/x.js'></script>"
    )
    body = '<img src="https://cdn.example.net/p.jpg"><iframe src="https://v.example/e"></iframe>'
    assert extract_html(page(paragraphs(body), head=head).encode(), URL).text


def test_scripts_and_styles_never_reach_the_text() -> None:
    body = paragraphs("<script>document.write('INJECTED')</script><style>p{color:red}</style>")
    found = extract_html(page(body).encode(), URL)
    assert "INJECTED" not in found.text and "color" not in found.text


def test_markdown_structure() -> None:
    body = (
        f"<p>{PROSE[0]}</p><h2>What happens next</h2><p>{PROSE[1]}</p>"
        "<ul><li>Monday to Thursday until eight</li><li>Friday until six</li></ul>"
        f"<blockquote><p>{PROSE[2]}</p></blockquote>"
        "<ol><li>First step</li><li>Second step</li></ol>"
        f"<p>{PROSE[3]}</p>"
    )
    found = extract_html(page(body).encode(), URL)
    assert found.markdown.split("\n\n") == [
        PROSE[0], "## What happens next", PROSE[1],
        "- Monday to Thursday until eight\n- Friday until six", f"> {PROSE[2]}",
        "1. First step\n2. Second step", PROSE[3],
    ]  # fmt: skip
    assert found.text.split("\n\n")[1] == "What happens next"
    assert "Library to open late" not in found.text  # the headline is the title, not the body


def test_numeric_references_to_controls_never_become_controls() -> None:
    body = paragraphs(
        "<p>A &#27;[2J clear-screen, a &#x9b;31m CSI and &#147;quoted&#148; words.</p>"
    )
    found = extract_html(page(body, title="Title &#27;]0;owned&#7;").encode(), URL)
    for value in (found.text, found.markdown, found.title or ""):
        assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in value)
    assert "“quoted”" in found.text  # C1 references read as windows-1252, as the HTML standard says
