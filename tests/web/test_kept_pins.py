"""What ``postil add`` keeps of a page is pinned: the Markdown document, the reading text, its
links (the offsets highlights depend on), title, word count and hidden lines.

The pins in ``pins/kept.json`` were written by the code before the 2 MB add was made fast
(commit fe5b4aa), for the 41 evaluation pages and three generated pages (a 2 MB news page, a
2 MB page of 12,000 short paragraphs, and a page whose long runs hold the Markdown-sensitive
characters, links, lists, tables, quotes, line breaks, CJK, odd white space and a literal
private-use character). A speed-up that changes one character or one offset fails here.

When extraction is changed on purpose, write the pins again and say why in the commit::

    python tests/web/test_kept_pins.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # pragma: no cover - writing the pins
    sys.path.insert(0, str(ROOT))

from reader.collection.prepare import Origin, _read_back, prepare  # noqa: E402
from reader.library.errors import ArticleError  # noqa: E402

PAGES = ROOT / "tests" / "web" / "pages"
PINS = Path(__file__).with_name("pins") / "kept.json"
URL = "https://news.example.org/2024/05/long-report"
_SEED_LINES = [
    line
    for seed in sorted((ROOT / "seeds").glob("*.txt"))
    for line in seed.read_text(encoding="utf-8").split("\n")
    if len(line) > 80
]


def _news_page(size: int) -> bytes:
    """A news page of about ``size`` bytes: navigation, byline, article, related rail."""
    paragraphs, total, n = [], 0, 0
    while total < size:
        line = _SEED_LINES[n % len(_SEED_LINES)]
        paragraphs.append(f"<p>{line} ({n})</p>")
        total, n = total + len(line) + 12, n + 1
    nav = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(30))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>A very long report"
        " | Daily</title><meta property='og:site_name' content='The Daily'></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>A very long report</h1>"
        f"<p class='byline'>By Ann Reporter</p>{''.join(paragraphs)}</article><aside>"
        f"<h2>Related</h2><ul>{nav}</ul></aside></main><footer>© The Daily</footer></body></html>"
    ).encode()


def _text_page(size: int) -> bytes:
    """A page that is nearly all text: short paragraphs, as a transcript is written."""
    paragraphs, total, n = [], 0, 0
    while total < size:
        paragraph = f"<p>{_SEED_LINES[n % len(_SEED_LINES)][:150]} ({n})</p>\n"
        paragraphs.append(paragraph)
        total, n = total + len(paragraph), n + 1
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>A very long transcript</title>"
        f"</head><body><article><h1>A very long transcript</h1>{''.join(paragraphs)}</article>"
        "</body></html>"
    ).encode()


def _markup_page() -> bytes:
    """Long runs whose paragraphs hold what Markdown, white space and the rules react to."""
    parts = []
    for n in range(600):
        line = _SEED_LINES[n % len(_SEED_LINES)][:120]
        parts.append(
            f"<p>Part {n} has a <a href='/l/{n}'>link {n}</a>, *stars*, _under_, a \\ back"
            f" [x] and # hash: {line}</p>"
        )
        if n % 50 == 0:
            parts.append(
                "<p>- dash start</p><p>1. numbered</p><p>***</p><p>===</p><p>---</p>"
                "<p>```code</p><p>| pipe | row</p><p>1000. big number</p>"
                "<p>Odd\u00a0space\u2003and\u3000wide, tab\there</p><p>東京で会議が開かれた。</p>"
                f"<p>Private \U000f0041 use {n}</p>"
            )
            parts.append("<ul>" + "".join(f"<li>item {i} of {n}</li>" for i in range(5)) + "</ul>")
            parts.append(
                "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
            )
            parts.append(
                "<p>Line one<br>line two<br><br>line three</p>"
                "<blockquote><p>A quote long enough to be kept as a quote here.</p></blockquote>"
                "<h2>Sub heading</h2><p>May 5, 2024</p><p>Advertisement</p>"
                "<p>Read more: another story</p>"
            )
    return (
        "<html><head><title>Odd page</title></head><body><article><h1>Odd page</h1>"
        + "".join(parts)
        + "</article></body></html>"
    ).encode()


#: The generated pages: how to make each, and its Content-Type.
GENERATED: dict[str, tuple[Callable[[], bytes], str | None]] = {
    "generated-news-2mb": (lambda: _news_page(2_000_000), "text/html"),
    "generated-text-2mb": (lambda: _text_page(2_000_000), "text/html"),
    "generated-markup": (_markup_page, None),
}


def _evaluation(name: str) -> tuple[bytes, str | None, str | None]:
    meta = json.loads((PAGES / f"{name}.meta.json").read_text(encoding="utf-8"))
    return (PAGES / f"{name}.html").read_bytes(), meta.get("url"), meta.get("content_type")


def _digest(value: str | bytes) -> str:
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
    return hashlib.sha256(data).hexdigest()


def kept(data: bytes, url: str | None, content_type: str | None) -> dict[str, object]:
    """What adding ``data`` keeps, as digests (the ``added:`` time aside)."""
    origin = Origin(url, url, content_type=content_type)
    try:
        new = prepare(data, "html", origin, "page")
    except ArticleError as error:
        return {"error": str(error)}
    document = re.sub(rb"\nadded: [^\n]*", b"", new.document)
    article = _read_back(new.document.decode("utf-8"), "page")
    return {
        "document": _digest(document),
        "title": new.title,
        "keys": list(new.keys),
        "text": _digest(article.text),
        "links": _digest(repr(article.links)),
        "words": article.words,
        "hidden_lines": article.hidden_lines,
    }


def _page(name: str) -> tuple[bytes, str | None, str | None]:
    """``(bytes, url, content type)`` of an evaluation or a generated page."""
    if name in GENERATED:
        make, content_type = GENERATED[name]
        return make(), URL, content_type
    return _evaluation(name)


def _names() -> list[str]:
    return [*(path.stem for path in sorted(PAGES.glob("*.html"))), *GENERATED]


def _pins() -> dict[str, dict[str, object]]:
    return json.loads(PINS.read_text(encoding="utf-8"))


def test_every_evaluation_page_is_pinned() -> None:
    names = {path.stem for path in PAGES.glob("*.html")}
    assert names <= set(_pins()), "a new evaluation page: write the pins again (module doc)"


@pytest.mark.parametrize("name", sorted(_pins()))
def test_a_page_is_kept_exactly_as_pinned(name: str) -> None:
    assert kept(*_page(name)) == _pins()[name]


if __name__ == "__main__":  # pragma: no cover
    PINS.parent.mkdir(exist_ok=True)
    pins = {name: kept(*_page(name)) for name in _names()}
    PINS.write_text(json.dumps(pins, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(pins)} pages pinned in {PINS.relative_to(ROOT)}")
