"""Markdown export: literal quotes, notes kept but contained, valid YAML, ids and orphans."""

from __future__ import annotations

import random
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotations.export import (
    COLLECTION_TITLE,
    ArticleRef,
    anchored_section,
    block_id,
    paragraph_number,
    to_markdown,
    yaml_string,
)
from annotations.model import Annotation, Selector
from tests.scale import examples

TEXT = (
    "First paragraph about *stars* and _underscores_.\n"
    "Second: # not a heading, > not a quote, [not](a link) and `code`.\n"
    "Third paragraph, the last one."
)
REF = ArticleRef(id="a.txt", title="Article", source="seeds/a.txt", text=TEXT)
PARSERS = {
    "commonmark": MarkdownIt("commonmark"),
    "gfm-like": MarkdownIt("commonmark").enable(["table", "strikethrough"]),
}
STAMP = "2026-11-22T10:00:00Z"


def _ann(text: str, start: int, end: int, **fields: object) -> Annotation:
    ann = Annotation(
        id=str(fields.pop("id", f"id{start}x{end}")),
        article="a.txt",
        article_title="Article",
        selector=Selector.from_text(text, start, end),
        created="2026-11-22T09:00:00Z",
        updated="2026-11-22T09:00:00Z",
    )
    return ann.edited(**fields) if fields else ann


def _front_matter(markdown: str) -> dict[str, object]:
    match = re.match(r"---\n(.*?)\n---\n", markdown, re.S)
    assert match, markdown
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict)
    return data


def _body(markdown: str) -> str:
    return markdown.split("\n---\n", 1)[1]


def _blockquotes(markdown: str, parser: str = "commonmark") -> list[list[list[Token]]]:
    """Top-level blockquotes, each a list of its paragraphs' inline children."""
    quotes: list[list[list[Token]]] = []
    depth = 0
    for token in PARSERS[parser].parse(_body(markdown)):
        if token.type == "blockquote_open":
            depth += 1
            if depth == 1:
                quotes.append([])
        elif token.type == "blockquote_close":
            depth -= 1
        elif token.type == "inline" and depth == 1:
            quotes[-1].append(token.children or [])
    return quotes


def _plain(children: list[Token]) -> str:
    """The text of an inline run, failing if anything but plain text rendered."""
    kinds = {child.type for child in children} - {"text", "text_special"}
    assert not kinds, f"markup rendered: {kinds} in {children}"
    return "".join(child.content for child in children)


def _quote_export(quote: str) -> str:
    text = f"Before. {quote} After."
    start = text.index(quote)
    ann = _ann(text, start, start + len(quote))
    return to_markdown([(ArticleRef("x", "X", "x.txt", text), [ann])], exported=STAMP)


SPECIAL_QUOTES = [
    "stars *em* and **strong** and * lone",
    "under_scores _em_ __strong__ snake_case_ a_b_c_ _x_y_ 数_据_",
    "#hashtag and # heading-like",
    "> not a quote and a > b",
    "[not](a link) [ref] [[wiki]] ![img](x.png) [^1]",
    "`code` and ``double`` and ``` fence",
    "<b>bold</b> <!-- c --> <http://x.y>",
    "&amp; &#35; &copy; AT&T",
    "~~strike~~ and ~tilde~",
    "$x^2$ costs $5 and ==mark== and %%comment%%",
    "a | table | row",
    "back\\slash and trailing\\",
    "ends with caret ^blockid",
    "logseq:: property and a: colon and 10:30",
]
LINE_START_QUOTES = [
    "- a bullet",
    "+ plus",
    "* star",
    "1. ordered",
    "2024) year",
    "---",
    "===",
    "    indented code",
    "# heading",
    "> quote",
    "| a | b |\n|---|---|",
    "Title\n---",
    "Title\n===",
    "```\nfenced",
]


@pytest.mark.parametrize("parser", sorted(PARSERS))
@pytest.mark.parametrize("quote", SPECIAL_QUOTES + LINE_START_QUOTES)
def test_special_characters_in_quotes_render_literally(quote: str, parser: str) -> None:
    markdown = _quote_export(quote)
    quotes = _blockquotes(markdown, parser)
    assert len(quotes) == 1
    lines = [line.strip() for line in quote.split("\n")]
    assert [_plain(p) for p in quotes[0]] == [line for line in lines if line]


QUOTE_TEXT = st.text(
    alphabet=st.sampled_from(
        [*list("ab1. -+*_#>[]()`<>&;!|~$^=%\\:\t\n"), "é", "“", " ", "\u00a0", "数"]
    ),
    min_size=1,
    max_size=40,
).filter(lambda q: q.strip())


@settings(max_examples=examples(300), deadline=None)
@given(QUOTE_TEXT)
def test_any_quote_renders_as_its_text(quote: str) -> None:
    for parser in PARSERS:
        quotes = _blockquotes(_quote_export(quote), parser)
        lines = [line.strip() for line in quote.split("\n")]
        assert len(quotes) == 1
        assert [_plain(p) for p in quotes[0]] == [line for line in lines if line]


def test_multiline_quote_keeps_every_line_in_the_blockquote() -> None:
    ann = _ann(TEXT, 0, len(TEXT))
    markdown = to_markdown([(REF, [ann])], exported=STAMP)
    assert [_plain(p) for p in _blockquotes(markdown)[0]] == TEXT.split("\n")
    assert "> First paragraph" in markdown and "\n>\n> Third paragraph" in markdown


def test_note_kept_as_written_with_blank_lines_and_lists() -> None:
    note = "My *view*:\n\n- one\n- two\n\n1. first\n\nLast paragraph."
    ann = _ann(TEXT, 0, 5, note=note)
    markdown = to_markdown([(REF, [ann])], exported=STAMP)
    assert f"> First\n\n{note}\n\n¶1 · yellow ^{ann.id}\n" in markdown


@pytest.mark.parametrize(
    "note",
    [
        "```python\nunclosed = True",
        "~~~~\nunclosed tilde fence\n~~~",
        "<!-- unclosed comment",
        "<pre>\nunclosed pre",
        "<div>\nhtml block",
        "> a quote in the note",
        "- a list item\n  continued",
        "    indented code",
        "Title\n---",
        "\r\n\r\ntext with CRLF\r\n\r\n\r\n",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "<script>\n</pre>\n````py",  # any of the four end tags closes a <script> block
        "</pre>\n<div>\n````py\n<pre>\n\n<!DOCTYPE",  # fence-like line inside an HTML block
        "> ```\n* * *\n|---|\n---\n</style>\n~~~",  # CommonMark and GFM disagree
        "- item\n  ```\n  unclosed fence in a list item",
    ],
)
def test_note_cannot_swallow_the_next_highlight(note: str) -> None:
    first = _ann(TEXT, 0, 5, note=note)
    second = _ann(TEXT, TEXT.index("Third"), len(TEXT))
    markdown = to_markdown([(REF, [first, second])], exported=STAMP)
    for parser in PARSERS:
        tokens = PARSERS[parser].parse(_body(markdown))
        top_level_text = [
            t.content for t in tokens if t.type == "inline" and t.level == 1
        ]  # paragraphs directly in the document
        assert f"¶1 · yellow ^{first.id}" in top_level_text
        assert f"¶3 · yellow ^{second.id}" in top_level_text
    quotes = _blockquotes(markdown)
    assert [_plain(p) for p in quotes[-1]] == ["Third paragraph, the last one."]


def test_crlf_note_is_normalised_and_trimmed() -> None:
    ann = _ann(TEXT, 0, 5, note="\r\n\r\nline one\r\nline two\r\n\r\n")
    markdown = to_markdown([(REF, [ann])], exported=STAMP)
    assert "\r" not in markdown
    assert "> First\n\nline one\nline two\n\n¶1" in markdown


def test_front_matter_is_valid_yaml_for_awkward_titles() -> None:
    title = "He said: \"no\" — #1 - yes: [x] {y} 'q' \\ \t null \u2028 \x85 \x7f 😀"
    ref = ArticleRef("a.txt", title, "dir: with # colon/ä.txt", TEXT)
    ann = _ann(TEXT, 0, 5, tags=["yes", "2024", "hong-kong"])
    data = _front_matter(to_markdown([(ref, [ann])], exported=STAMP))
    assert data["title"] == title
    assert data["source"] == "dir: with # colon/ä.txt"
    assert data["tags"] == ["2024", "hong-kong", "yes"]
    assert data["highlights"] == 1 and data["orphaned"] == 0
    assert str(data["exported"]).startswith("2026-11-22")


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_yaml_string_round_trips_any_text(value: str) -> None:
    assert yaml.safe_load(f"v: {yaml_string(value)}") == {"v": value}


def test_exported_defaults_to_now() -> None:
    data = _front_matter(to_markdown([(REF, [])]))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00", str(data["exported"]))


def test_block_ids_present_and_sanitised() -> None:
    anns = [_ann(TEXT, 0, 5, id="01jabc"), _ann(TEXT, 6, 15, id="odd id/with:chars")]
    markdown = to_markdown([(REF, anns)], exported=STAMP)
    assert markdown.count(" ^01jabc\n") == 1
    assert " ^odd-id-with-chars\n" in markdown
    assert block_id("") == "highlight"


def test_tags_colour_and_paragraph_on_the_meta_line() -> None:
    start = TEXT.index("Second")
    ann = _ann(TEXT, start, start + 6, tags=["gdpr", "hong-kong"], color="green")
    markdown = to_markdown([(REF, [ann])], exported=STAMP)
    assert f"\n#gdpr #hong-kong · ¶2 · green ^{ann.id}\n" in markdown


def test_orphans_exported_and_marked_after_the_found_ones() -> None:
    lost = _ann(TEXT, 0, 5, id="lost1", note="still here")
    kept = _ann(TEXT, 20, 30, id="kept1")
    markdown = to_markdown([(REF, [lost, kept])], exported=STAMP, orphaned_ids={"lost1"})
    assert markdown.index("^kept1") < markdown.index("> First") < markdown.index("^lost1")
    assert "still here\n\norphaned: not found in the current text · yellow ^lost1\n" in markdown
    assert _front_matter(markdown)["orphaned"] == 1


def test_highlights_in_text_order_and_output_deterministic() -> None:
    anns = [_ann(TEXT, s, s + 4) for s in (40, 3, 90, 10)]
    shuffled = anns[:]
    random.Random(1).shuffle(shuffled)
    first = to_markdown([(REF, anns)], exported=STAMP)
    assert first == to_markdown([(REF, shuffled)], exported=STAMP)
    positions = [first.index(f"^{a.id}\n") for a in sorted(anns, key=lambda a: a.start)]
    assert positions == sorted(positions)


def test_single_article_shape() -> None:
    markdown = to_markdown([(REF, [_ann(TEXT, 0, 5)])], exported=STAMP)
    assert markdown.startswith('---\ntitle: "Article"\nsource: "seeds/a.txt"\n')
    assert "exported: 2026-11-22T10:00:00Z\n" in markdown
    assert "\n---\n\n# Article\n\nSource: seeds/a.txt\n\n> First\n" in markdown


def test_several_articles_in_given_order_with_a_section_each() -> None:
    other_text = "Zeta text here.\nMore."
    other = ArticleRef("b.txt", "*Alpha* news", "b.txt", other_text)
    sections = [(REF, [_ann(TEXT, 0, 5)]), (other, [_ann(other_text, 0, 4, id="z1")])]
    markdown = to_markdown(sections, exported=STAMP)
    assert _front_matter(markdown)["title"] == COLLECTION_TITLE
    assert markdown.index("# Article") < markdown.index("# \\*Alpha\\* news")
    reverse = to_markdown(sections[::-1], exported=STAMP)
    assert reverse.index("# Article") > reverse.index("# \\*Alpha\\* news")
    assert markdown.count("\nSource: ") == 2
    headings = [t for t in PARSERS["commonmark"].parse(_body(markdown)) if t.type == "inline"]
    assert "*Alpha* news" in [_plain(h.children or []) for h in headings]


def test_anchored_section_follows_the_current_text() -> None:
    kept = _ann(TEXT, TEXT.index("Third"), len(TEXT), id="kept")
    lost = _ann(TEXT, TEXT.index("about"), TEXT.index(" and"), id="lost")
    changed = "A new first paragraph.\n" + TEXT.replace("about *stars*", "on planets")
    ref = ArticleRef("a.txt", "Article", "seeds/a.txt", changed)
    section, orphans = anchored_section(ref, [lost, kept])
    assert orphans == {"lost"}
    assert [a.id for a in section[1]] == ["kept", "lost"]
    assert section[1][0].start == changed.index("Third")
    markdown = to_markdown([section], exported=STAMP, orphaned_ids=orphans)
    assert "¶4 · yellow ^kept" in markdown and "orphaned: not found" in markdown
    unchecked = ArticleRef("a.txt", "Article", "seeds/a.txt")
    assert anchored_section(unchecked, [lost]) == ((unchecked, [lost]), set())


def test_without_text_no_paragraph_number() -> None:
    ref = ArticleRef("a.txt", "Article", "seeds/a.txt")
    markdown = to_markdown([(ref, [_ann(TEXT, 0, 5, id="n1")])], exported=STAMP)
    assert "\nyellow ^n1\n" in markdown


@pytest.mark.parametrize(
    ("offset", "number"), [(0, 1), (5, 1), (49, 2), (len(TEXT), 3), (10**6, 3), (-4, 1)]
)
def test_paragraph_number(offset: int, number: int) -> None:
    assert paragraph_number(TEXT, offset) == number


def test_paragraph_number_at_every_offset_counts_the_breaks_before_it() -> None:
    text = "\nab\n\ncd\ne\n"
    for offset in range(-1, len(text) + 2):
        clamped = max(0, min(offset, len(text)))
        assert paragraph_number(text, offset) == text.count("\n", 0, clamped) + 1


def test_multiline_title_stays_one_heading() -> None:
    ref = ArticleRef("a.txt", "Line one\nLine two", "seeds/a\nb.txt", TEXT)
    markdown = to_markdown([(ref, [_ann(TEXT, 0, 5)])], exported=STAMP)
    assert "\n# Line one Line two\n\nSource: seeds/a b.txt\n" in markdown
    assert _front_matter(markdown)["title"] == "Line one\nLine two"


@pytest.mark.parametrize(
    ("quote", "escaped"),
    [
        ("#hashtag", "\\#hashtag"),  # Obsidian/Logseq tag
        ("==mark==", "\\=\\=mark\\=\\="),  # Obsidian highlight
        ("%%hidden%%", "\\%%hidden\\%%"),  # Obsidian comment
        ("key:: value", "key\\:: value"),  # Logseq property
        ("$5 and $6", "\\$5 and \\$6"),  # Obsidian math
        ("[[page]]", "\\[\\[page\\]\\]"),  # wiki link
        ("x ^abc", "x \\^abc"),  # block id
        ("user_data a_b_c", "user_data a_b_c"),  # intraword "_" cannot emphasise: kept
        ("_a_ b_ c__d", "\\_a\\_ b\\_ c\\_\\_d"),
    ],
)
def test_note_app_syntax_in_quotes_is_escaped(quote: str, escaped: str) -> None:
    assert f"\n> {escaped}\n" in _quote_export(quote)


NOTE_LINES = st.sampled_from(
    ["```", "~~~", "````py", "<!--", "-->", "<pre>", "</pre>", "<div>", "<?php", "?>",
     "<![CDATA[", "]]>", "<!DOCTYPE", "- item", "  cont", "  ```", "1. x", "> q", "> ```",
     "    code", "---", "===", "| a |", "|---|", "text", "", "<script>", "</style>", "# h"]
)  # fmt: skip


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(NOTE_LINES, min_size=1, max_size=8))
def test_no_note_swallows_the_next_highlight(lines: list[str]) -> None:
    first = _ann(TEXT, 0, 5, note="\n".join(lines))
    second = _ann(TEXT, TEXT.index("Third"), len(TEXT))
    markdown = to_markdown([(REF, [first, second])], exported=STAMP)
    for parser in PARSERS.values():
        tokens = parser.parse(_body(markdown))
        top_level_text = [t.content for t in tokens if t.type == "inline" and t.level == 1]
        assert f"¶1 · yellow ^{first.id}" in top_level_text
        assert f"¶3 · yellow ^{second.id}" in top_level_text


def test_note_that_cannot_be_closed_alike_is_fenced_whole() -> None:
    note = "> ```\n* * *\n|---|\n---\n</style>\n~~~"
    markdown = to_markdown([(REF, [_ann(TEXT, 0, 5, note=note)])], exported=STAMP)
    assert f"\n````markdown\n{note}\n````\n" in markdown


def test_unclosed_fence_gets_its_own_closer() -> None:
    note = "See:\n````python\nx = 1"
    markdown = to_markdown([(REF, [_ann(TEXT, 0, 5, note=note)])], exported=STAMP)
    assert f"\n{note}\n````\n\n¶1" in markdown


@pytest.mark.parametrize("mark", ["$$", "%%"])
def test_unpaired_obsidian_block_is_closed(mark: str) -> None:
    note = f"Formula:\n{mark}\nE = mc^2"
    markdown = to_markdown([(REF, [_ann(TEXT, 0, 5, note=note)])], exported=STAMP)
    assert f"\n{note}\n{mark}\n\n¶1" in markdown
    paired = f"inline {mark}x{mark} stays"
    assert f"\n{paired}\n\n¶1" in to_markdown(
        [(REF, [_ann(TEXT, 0, 5, note=paired)])], exported=STAMP
    )
