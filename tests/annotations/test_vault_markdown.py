"""A CommonMark parser reads every quote, note, tag and block id of an export as meant.

Adversarial notes: thematic breaks and setext underlines, unclosed fences and HTML, block-id
lookalikes (``^id``), wikilinks, trailing spaces, CRLF. Each export is parsed with markdown-it
(plain CommonMark and the GFM flavour Obsidian reads); every highlight must come back whole:
its quote as text, its note rendering as the note alone does, its tags and colour on its
meta line, its ``^id`` on exactly one line of the page.
"""

from __future__ import annotations

import re

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotations.export import ArticleRef, block_id, contained_note, to_markdown
from annotations.model import Annotation, Selector
from annotations.vault import merge_page

TEXT = "Rates [held] at *5%* #today.\nThe bank's chief said: ^no change \\ for now.\nEnd."
REF = ArticleRef(id="a.txt", title="Rates: # [[the]] *story*", source="a.txt", text=TEXT)
OTHER = "01hb0000000000000000000000"
PARSERS = [MarkdownIt("commonmark"), MarkdownIt("commonmark").enable(["table", "strikethrough"])]
NOTES = [
    "---",
    "text\n---\nmore",
    "```python\nunclosed fence",
    "~~~\nunclosed tilde",
    "<div>\nunclosed html",
    "<!-- unclosed comment",
    "see ^abc123",
    f"points at the next one ^{OTHER}",
    "```\ncode keeps its ^caret\n```",
    "[[Wiki Link]] and [[Page#^block|alias]]",
    "two trailing spaces  \nnext line   ",
    "line1\r\nline2\r\n\r\n",
    "# heading\n> quote\n- item",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "$$\nx^2",
    "%% hidden",
    "<script>alert(1)</script>",
    "trailing backslash \\",
]


def annotations(note: str) -> list[Annotation]:
    first = Annotation(
        id="01ha0000000000000000000000",
        article="a.txt",
        article_title=REF.title,
        selector=Selector.from_text(TEXT, 0, TEXT.index("#today") + 6),
        tags=("rates", "fed/policy"),
        note=note,
        created="2024-01-01T00:00:00Z",
        updated="2024-01-01T00:00:00Z",
    )
    quote_start = TEXT.index("^no")
    second = Annotation(
        id=OTHER,
        article="a.txt",
        article_title=REF.title,
        selector=Selector.from_text(TEXT, quote_start, TEXT.index("now.") + 4),
        color="green",
        created="2024-01-01T00:00:00Z",
        updated="2024-01-01T00:00:00Z",
    )
    return [first, second]


def body_of(page: str) -> str:
    match = re.match(r"---\n(.*?)\n---\n", page, re.S)
    assert match, page
    assert isinstance(yaml.safe_load(match.group(1)), dict)
    return page[match.end() :]


def inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def highlights(tokens: list[Token], ids: list[str]) -> dict[str, tuple[str, list[Token], str]]:
    """id -> (quote text, the note's tokens, the meta line's text), from top-level tokens.

    The meta line of a highlight is the top-level paragraph ending in its ``^id``; its quote is
    the first top-level blockquote after the previous highlight's meta line; its note is what
    lies between the two.
    """
    metas: dict[str, int] = {}
    for index, token in enumerate(tokens):
        if token.type == "paragraph_open" and token.level == 0:
            line = inline_text(tokens[index + 1])
            metas.update({i: index for i in ids if re.search(rf"\s\^{i}$", line)})
    found: dict[str, tuple[str, list[Token], str]] = {}
    previous = 0
    for ident in sorted(metas, key=metas.__getitem__):
        meta = metas[ident]
        start = next(
            i
            for i in range(previous, meta)
            if tokens[i].type == "blockquote_open" and not tokens[i].level
        )
        close = next(i for i in range(start, meta) if tokens[i].type == "blockquote_close")
        quote = "\n".join(inline_text(t) for t in tokens[start:close] if t.type == "inline")
        found[ident] = (quote, tokens[close + 1 : meta], inline_text(tokens[meta + 1]))
        previous = meta + 3
    return found


@pytest.mark.parametrize("parser", PARSERS, ids=["commonmark", "gfm"])
@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("vault", [False, True], ids=["export", "vault page"])
def test_every_part_of_every_highlight_reads_as_meant(
    note: str, parser: MarkdownIt, vault: bool
) -> None:
    anns = annotations(note)
    page = to_markdown([(REF, anns)], exported="2024-01-02T00:00:00Z")
    if vault:
        page = merge_page(merge_page(None, page) + "\nMy own text.\n", page)
    tokens = parser.parse(body_of(page))
    found = highlights(tokens, [block_id(a.id) for a in anns])
    assert set(found) == {block_id(a.id) for a in anns}
    for ann in anns:
        quote, note_tokens, meta = found[block_id(ann.id)]
        assert quote == ann.quote
        expected = parser.render(contained_note(ann.note) + "\n") if ann.note.strip() else ""
        assert parser.renderer.render(note_tokens, parser.options, {}) == expected
        assert all(f"#{tag}" in meta.split() for tag in ann.tags) and ann.color in meta
        lines = [line for line in page.splitlines() if re.search(rf"\s\^{ann.id}\s*$", line)]
        assert len(lines) == 1, lines  # one block id per highlight, or Obsidian links break


@pytest.mark.parametrize("note", [n for n in NOTES if " ^" not in n])
def test_notes_are_kept_as_written(note: str) -> None:
    kept = contained_note(note)
    written = "\n".join(note.replace("\r\n", "\n").strip("\n").split("\n"))
    assert kept.startswith(written) or written in kept


def test_front_matter_uses_the_property_names_vault_users_expect() -> None:
    ref = ArticleRef(
        id="library/rates",
        title='Rates: "held" #2',
        source="library/rates",
        text=TEXT,
        authors=("Ana Ruiz", "Li Wei"),
        site="The Paper",
        published="2024-03-01",
        url="https://news.example/rates",
    )
    page = to_markdown([(ref, annotations("n"))], exported="2024-01-02T00:00:00Z")
    meta = yaml.safe_load(re.match(r"---\n(.*?)\n---\n", page, re.S).group(1))
    assert meta["title"] == 'Rates: "held" #2'
    assert meta["author"] == ["Ana Ruiz", "Li Wei"]
    assert (meta["site"], meta["published"]) == ("The Paper", "2024-03-01")
    assert meta["source"] == meta["url"] == "https://news.example/rates"
    assert meta["tags"] == ["fed/policy", "rates"]
    assert str(meta["created"]).startswith("2024-01-01")
    assert meta["postil_id"] == "library/rates"
    assert "tags: \n" not in page  # no trailing space a vault would rewrite
