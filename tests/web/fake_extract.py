"""A stand-in for ``reader.web.extract`` used only while the real extractor is not on this
branch: same interface, html.parser underneath, <p>/<h2>/<a> and a few <meta> tags. The tests
assert only what any extractor must give (title, body sentences, canonical URL, links)."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

from reader.web.page import ExtractedPage


class ExtractionError(Exception):
    pass


class _Parser(HTMLParser):
    def __init__(self, url: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.url = url
        self.meta: dict[str, str] = {}
        self.blocks: list[str] = []
        self.current: list[str] | None = None
        self.href: str | None = None
        self.title: list[str] | None = None
        self.title_text = ""
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key.lower()] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = urljoin(self.url or "", a.get("href", ""))
        elif tag == "title":
            self.title = []
        elif tag in ("p", "h2", "li"):
            self.current = ["## " if tag == "h2" else ""]
        elif tag == "a" and self.current is not None:
            self.href = urljoin(self.url or "", a.get("href", ""))
            self.current.append("[")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self.title_text = "".join(self.title).strip()
            self.title = None
        elif tag == "a" and self.current is not None and self.href is not None:
            self.current.append(f"]({self.href})" if self.href.startswith("http") else "]()")
            self.href = None
        elif tag in ("p", "h2", "li") and self.current is not None:
            text = " ".join("".join(self.current).split())
            if text.strip("# "):
                self.blocks.append(text)
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        elif self.current is not None:
            self.current.append(data.replace("*", "\\*"))


def extract_html(
    data: bytes, url: str | None = None, *, content_type: str | None = None
) -> ExtractedPage:
    parser = _Parser(url)
    parser.feed(data.decode("utf-8", "replace"))
    if not parser.blocks:
        raise ExtractionError("no article text found in the page")
    meta = parser.meta
    author = meta.get("author")
    return ExtractedPage(
        title=meta.get("og:title") or parser.title_text or None,
        authors=(author,) if author else (),
        site=meta.get("og:site_name") or None,
        published=meta.get("article:published_time") or None,
        canonical_url=parser.canonical,
        language=None,
        description=meta.get("description") or None,
        markdown="\n\n".join(parser.blocks),
        encoding="utf-8",
    )
