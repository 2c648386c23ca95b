"""From fetched or read bytes to a :class:`NewArticle`: the Markdown document postil keeps.

A page goes through the extractor (:mod:`reader.web.extract`); a ``.md`` file keeps its
Markdown; a ``.txt`` file keeps its paragraphs, written out with Markdown's characters escaped
so they read back as the same text. Either way the document is parsed once here the way the
library will read it, so the fingerprint is that of the text the reader will see, and an
article with no readable text is refused before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.collection.kept import NewArticle
from reader.collection.keys import article_keys, fingerprint
from reader.library.cleaning import AS_READ, AS_READ_FIELD
from reader.library.errors import ArticleError
from reader.library.frontmatter import Value, render
from reader.web import kinds

if TYPE_CHECKING:
    from reader.library.article import Article

#: Characters that would start Markdown syntax in a .txt paragraph, escaped when it is kept.
_MARKUP = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^([-+=]|\d{1,9}[.)])(?=\s|$)")
#: A line of dashes, which Markdown reads as a rule (``***`` and ``___`` are escaped above).
_DASH_RULE = re.compile(r"-(?:[ \t]*-){2,}[ \t]*")


@dataclass(frozen=True)
class Origin:
    """Where bytes came from: the URL asked for and the one answered, a file, a feed."""

    requested_url: str | None = None
    url: str | None = None
    path: Path | None = None
    feed: str | None = None
    content_type: str | None = None
    #: What a feed says of the item (its date, its authors): used where the page says nothing.
    published: str | None = None
    authors: tuple[str, ...] = ()


def escape_paragraph(paragraph: str) -> str:
    """``paragraph`` as Markdown that reads back as exactly this text.

    A list marker is escaped where Markdown allows it, on its punctuation: ``\\-`` but
    ``1\\.`` (a backslash escapes punctuation only: ``\\1.`` kept its backslash)."""
    escaped = _MARKUP.sub(r"\\\1", paragraph)
    if _DASH_RULE.fullmatch(escaped):  # a separator line in a note: "----" is text here
        return "\\" + escaped
    return _LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    marker = match.group(1)
    return marker[:-1] + "\\" + marker[-1]


def _text_body(data: bytes, name: str) -> tuple[dict[str, Value], str]:
    """Fields and Markdown body of a plain-text article (title, site and date as detected)."""
    from reader.library.article import article_from_bytes

    article = article_from_bytes(data, Path(f"{name}.txt"), "new")
    body = "\n\n".join(escape_paragraph(p) for p in article.text.split("\n"))
    fields: dict[str, Value] = {
        "title": article.title,
        "site": article.source,
        "published": article.date,
        AS_READ_FIELD: AS_READ,  # the body is the reading text: not cleaned a second time
    }
    return fields, body


def _markdown_body(data: bytes) -> tuple[dict[str, Value], str]:
    """A Markdown file's own front matter (merged in) and its body as written."""
    from reader.library.decoding import decode_bytes
    from reader.library.markdown import front_matter
    from reader.library.paragraphs import normalize

    text, _ = decode_bytes(data)
    lines = normalize(text).split("\n")
    front, skip = front_matter([line.strip() for line in lines])
    fields: dict[str, Value] = {k: front.get(k) for k in ("title", "site", "published", "url")}
    fields["published"] = fields["published"] or front.get("date")
    return fields, "\n".join(lines[skip:]).strip()


def _page_body(data: bytes, origin: Origin) -> tuple[dict[str, Value], str]:
    from reader.web.document import page_fields
    from reader.web.extract import ExtractionError, extract_html

    try:
        page = extract_html(data, origin.url, content_type=origin.content_type)
    except ExtractionError as error:
        raise ArticleError(str(error)) from None
    return page_fields(page, origin.url), page.markdown.strip()


def prepare(data: bytes, kind: str, origin: Origin, name: str = "article") -> NewArticle:
    """The article in ``data`` (a :mod:`~reader.web.kinds` kind, or ``"md"``), ready to keep."""
    if kind == kinds.HTML:
        fields, body = _page_body(data, origin)
    elif kind == "md":
        fields, body = _markdown_body(data)
    else:
        fields, body = _text_body(data, name)
    added = datetime.now(UTC).replace(microsecond=0)
    fields["published"] = fields.get("published") or origin.published
    if origin.authors and not fields.get("authors"):
        fields["authors"] = list(origin.authors)
    fields.update(
        {
            "url": fields.get("url") or origin.url,
            "requested_url": origin.requested_url if origin.requested_url != origin.url else None,
            "file": str(origin.path) if origin.path else None,
            "feed": origin.feed,
            "added": added.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    article = _read_back(render(fields) + body + "\n", name)
    # No title is added that the source did not give (a page without <title>, a Markdown
    # file without one in its front matter): written there, it would be read as given and the
    # text cleaned against it differently (the lines above a headline shown, a line equal to
    # it hidden), so the kept copy would not read as the original did.
    text_key = fingerprint(article.text)
    fields["fingerprint"] = text_key
    urls = (origin.requested_url, origin.url, fields.get("canonical_url"))
    keys = article_keys([u if isinstance(u, str) else None for u in urls], text_key)
    return NewArticle(
        title=article.title,
        document=(render(fields) + body + "\n").encode("utf-8"),
        original=data,
        original_kind="html" if kind == kinds.HTML else ("md" if kind == "md" else "txt"),
        keys=tuple(keys),
        added=added,
    )


def _read_back(document: str, name: str) -> Article:
    """The article the library will read from ``document``; ArticleError if it has no text."""
    from reader.library.article import article_from_bytes

    article = article_from_bytes(document.encode("utf-8"), Path(f"{name}.md"), "new")
    if not article.text.strip():
        raise ArticleError(f"no article text found: {name}")
    return article
