"""Long runs of plain paragraphs set aside while trafilatura reads the page (reader.web.elide):
the article must come out exactly as it does when trafilatura reads every paragraph."""

from __future__ import annotations

import pytest
from lxml import etree, html

from reader.web import elide
from reader.web.extract import extract_html
from tests.web.pagekit import PROSE, page

URL = "https://news.example.org/long/story"


def _long_body(count: int) -> str:
    parts = []
    for n in range(count):
        text = PROSE[n % len(PROSE)]
        if n % 7 == 0:
            text = f"{text} See <a href='/doc/{n}'>the report</a> and <em>its annex</em>."
        if n % 11 == 0:
            text = f"{text}<br>Second line of paragraph {n}."
        if n % 50 == 0:
            parts.append("<div class='ad-slot'><p>Advertisement</p></div>")
        parts.append(f"<p>{text} ({n})</p>")
        if n == 100:
            parts.append(f"<p>{text} ({n})</p>")  # a repeated paragraph, as trafilatura drops
    return "".join(parts)


def _both(document: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    fast = extract_html(document.encode(), URL)
    monkeypatch.setattr(elide, "MIN_PARAGRAPHS", 10**9)
    whole = extract_html(document.encode(), URL)
    return fast.markdown, whole.markdown


def test_a_long_article_is_the_same_with_and_without_the_shortcut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast, whole = _both(page(_long_body(600)), monkeypatch)
    assert fast == whole
    assert "(599)" in fast and "[the report](https://news.example.org/doc/7)" in fast


def test_the_shortcut_is_taken_on_a_long_article() -> None:
    tree = html.document_fromstring(page(_long_body(600)))
    before = len(tree.xpath("//p"))
    elided = elide.elide(tree)
    assert elided.runs and len(tree.xpath("//p")) < before / 5
    elided.restore()
    assert len(tree.xpath("//p")) == before
    assert not tree.xpath("//p[starts-with(normalize-space(.), 'postil-run-')]")


def test_a_long_run_of_furniture_is_judged_as_trafilatura_judges_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Paragraphs whose class marks them as comments: the stand-in carries the class, so
    whatever trafilatura does with them, the result is the one without the shortcut."""
    comments = "".join(
        f"<p class='comment'>Reader {n} says: {PROSE[n % 4]}</p>" for n in range(300)
    )
    body = "".join(f"<p>{text}</p>" for text in PROSE * 3)
    document = page(body) + f"<section class='comments'>{comments}</section>"
    fast, whole = _both(document, monkeypatch)
    assert fast == whole


def test_a_missing_stand_in_means_the_page_is_read_whole() -> None:
    tree = html.document_fromstring(page(_long_body(600)))
    elided = elide.elide(tree)
    body = etree.fromstring("<body><p>Nothing of the runs here.</p></body>")
    assert not elided.splice(body)
    assert len(body) == 1
    elided.restore()


def test_when_the_splice_fails_the_page_is_extracted_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = page(_long_body(400))
    expected = extract_html(document.encode(), URL).markdown
    monkeypatch.setattr(elide.Elided, "splice", lambda self, body: False)
    assert extract_html(document.encode(), URL).markdown == expected
