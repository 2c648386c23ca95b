"""Untrusted bytes: whatever a page holds, extraction returns an article or one clear error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.web.extract import ExtractionError, extract_html
from tests.scale import examples
from tests.web.pagekit import PROSE, page, paragraphs

_TAGS = ["p", "div", "span", "a", "b", "table", "tr", "td", "ul", "li", "br", "h2", "script",
         "time", "blockquote", "figure", "font", "nav", "article"]  # fmt: skip
_PIECES = st.one_of(
    st.sampled_from(PROSE),
    st.sampled_from([f"<{tag}>" for tag in _TAGS] + [f"</{tag}>" for tag in _TAGS]),
    st.sampled_from(['<a href="javascript:alert(1)">', '<a href="/x">', "<br><br>", "&#27;[2J",
                     "\x1b]0;title\x07", "\u202e", "&nbsp;", "<!--", "-->", "<![CDATA[", "\x00"]),
    st.text(max_size=40),
)  # fmt: skip


def _check(data: bytes) -> None:
    try:
        found = extract_html(data, "https://fuzz.example/page")
    except ExtractionError as error:
        assert str(error) and "\n" not in str(error)
        return
    for value in (found.text, found.markdown, found.title or "", *found.authors):
        assert "\x1b" not in value and "\x00" not in value and "\u202e" not in value
    for link in found.links:
        assert 0 <= link.start < link.end <= len(found.text)
        assert link.url.startswith(("http://", "https://"))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=80))
def test_tag_soup(pieces: list[str]) -> None:
    _check(page("".join(pieces)).encode("utf-8", "surrogatepass"))


def test_nesting_deeper_than_the_parser_allows_is_refused_cleanly() -> None:
    deep = "<html><body>" + "<div>" * 20000 + paragraphs() + "</div>" * 20000 + "</body></html>"
    _check(deep.encode())
    shallow = "<html><body>" + "<div>" * 200 + paragraphs() + "</div>" * 200 + "</body></html>"
    assert PROSE[0] in extract_html(shallow.encode()).text


@pytest.mark.parametrize("soup", ["<A", "<p a<=1>x</p>", "<html a<=1><A<"])
def test_names_the_parser_keeps_but_lxml_cannot_make_are_skipped(soup: str) -> None:
    """libxml2's HTML parser keeps a tag or attribute named "a<", which lxml refuses to create
    (found by test_tag_soup): the page is still read, without them."""
    _check(page(soup).encode())
