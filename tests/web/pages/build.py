"""Build the extraction evaluation pages from their sources (run after editing a source).

    python tests/web/pages/build.py

Each ``sources/NAME.txt`` holds a page's metadata (``key: value`` lines), a ``---`` line and the
article in a small Markdown-like syntax; ``templates.py`` dresses it as a site of one kind
(navigation, cookie banner, share bars, ads, rails, comments...). Written beside this file:
``NAME.html`` (bytes in the page's encoding), ``NAME.expected.txt`` (the article text a reader
would call the article: see README.md) and ``NAME.meta.json`` (the expected metadata, plus the
``url`` and ``content_type`` the page is extracted with).

Writing the article once and deriving both the page and the expected text keeps them in step;
the templates, not the prose, are where the pages differ, and they were written to be as untidy
as the sites they imitate.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from site_templates import TEMPLATES  # noqa: E402
from templates import Block, Page  # noqa: E402

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<!\*)\*([^*]+)\*(?!\*)")


def inline_html(text: str) -> str:
    """The source's inline syntax as HTML: links, bold, italics (the rest escaped)."""
    out = html.escape(text, quote=False)
    out = _LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', out)
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    return _EM.sub(r"<em>\1</em>", out)


def inline_text(text: str) -> str:
    """The source's inline syntax as the plain text a reader sees."""
    return _EM.sub(r"\1", _STRONG.sub(r"\1", _LINK.sub(r"\1", text)))


def _kind(line: str) -> tuple[str, str]:
    for prefix, kind in (("## ", "h"), ("### ", "h3"), ("- ", "ul"), ("> ", "quote")):
        if line.startswith(prefix):
            return kind, line[len(prefix) :]
    if re.match(r"\d+\. ", line):
        return "ol", line.split(" ", 1)[1]
    if line.startswith("|"):
        return "table", line
    if line.startswith("@ "):
        return "time", line[2:]
    if line.startswith("!"):
        name, _, arg = line[1:].partition(":")
        return "!" + name.strip(), arg.strip()
    return "p", line


def parse_body(text: str) -> list[Block]:
    """Blocks of the article; consecutive list items and table rows are grouped."""
    blocks: list[Block] = []
    for raw in text.strip().split("\n"):
        line = raw.strip()
        if not line:
            continue
        kind, value = _kind(line)
        if kind in ("ul", "ol", "table") and blocks and blocks[-1].kind == kind:
            blocks[-1].items.append(value)
        else:
            blocks.append(Block(kind, value, [value] if kind in ("ul", "ol", "table") else []))
    return blocks


def expected_text(blocks: list[Block]) -> str:
    """The article as plain paragraphs, one blank line apart; page furniture left out."""
    parts: list[str] = []
    for block in blocks:
        if block.kind.startswith("!"):
            continue
        if block.kind == "table":
            for row in block.items:
                cells = [c.strip() for c in row.strip("|").split("|")]
                parts.append(" | ".join(inline_text(c) for c in cells))
        elif block.items:
            parts.extend(inline_text(item) for item in block.items)
        else:
            parts.append(inline_text(block.text))
    return "\n\n".join(parts) + "\n"


def read_source(path: Path) -> Page:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        if key.strip():
            meta[key.strip()] = value.strip()
    return Page(path.stem, meta, parse_body(body))


def expected_meta(page: Page) -> dict[str, object]:
    """What a reader would give as the page's metadata; ``expected_KEY: none`` says "absent"."""
    meta = page.meta
    authors = [a.strip() for a in meta.get("authors", "").split(";") if a.strip()]
    found: dict[str, object] = {
        "title": meta["title"],
        "authors": authors,
        "site": meta.get("site") or None,
        "published": meta.get("published", "")[:10] or None,
        "canonical_url": meta.get("canonical") or meta.get("url"),
        "language": meta.get("language") or None,
    }
    for key in found:
        override = meta.get(f"expected_{key}")
        if override is not None:
            found[key] = None if override == "none" else override
    if isinstance(found["authors"], str):
        found["authors"] = [a.strip() for a in str(found["authors"]).split(";") if a.strip()]
    found["url"] = meta.get("url")
    found["content_type"] = meta.get("content_type") or None
    found["encoding"] = meta.get("encoding", "utf-8")
    found["heldout"] = meta.get("heldout") == "yes"
    return found


def build(path: Path) -> None:
    page = read_source(path)
    template = TEMPLATES[page.meta["template"]]
    markup = template(page, inline_html)
    encoding = page.meta.get("encoding", "utf-8")
    data = markup.encode(encoding, errors="xmlcharrefreplace")
    if page.meta.get("bom") == "yes":
        data = "\ufeff".encode(encoding) + data
    (HERE / f"{page.name}.html").write_bytes(data)
    (HERE / f"{page.name}.expected.txt").write_text(expected_text(page.blocks), encoding="utf-8")
    meta_text = json.dumps(expected_meta(page), ensure_ascii=False, indent=2)
    (HERE / f"{page.name}.meta.json").write_text(meta_text + "\n", encoding="utf-8")


def main() -> None:
    sources = sorted((HERE / "sources").glob("*.txt"))
    for path in sources:
        build(path)
    print(f"built {len(sources)} pages")


if __name__ == "__main__":
    main()
