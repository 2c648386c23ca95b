"""Property: any bytes either become a well-formed article or fail with an ArticleError."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.library import ArticleError, decode_bytes
from reader.library.article import article_from_bytes
from reader.library.words import count_words
from tests.scale import examples

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_LINES = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            ["", "Advertisement", "Share", "Related Articles", "Next Post", "May 2, 2024", "# T"]
        ),
        st.text(alphabet=" abcXYZ.,?\t\x1b\r", max_size=200),
    ),
    max_size=30,
)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=_LINES, markdown=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_any_text_gives_a_clean_article_or_a_reason(
    lines: list[str], markdown: bool, encoding: str
) -> None:
    data = "\n".join(lines).encode(encoding, errors="surrogatepass")
    path = Path("x.md" if markdown else "x.txt")
    try:
        article = article_from_bytes(data, path, "id")
    except ArticleError as error:
        assert "\n" not in str(error)
        return
    assert article.title and not _CONTROL.search(article.title + article.text)
    paragraphs = article.text.split("\n")
    assert article.text == "" or all(p and p == p.strip() for p in paragraphs)
    assert article.words == count_words(article.text)
    assert article.hidden_lines >= 0


@settings(max_examples=examples(200), deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_fails_with_anything_else(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except ArticleError:
        return
    assert isinstance(text, str) and encoding
