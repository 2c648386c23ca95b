"""Markdown export: a note vault page per export, readable by CommonMark, Obsidian and Logseq.

Shape (see docs/design.md): YAML front matter, a ``# Title`` section per article, and per
highlight a blockquote of the exact quote, the note as the user wrote it, then one line with
``#tags``, the paragraph (``¶5``), the colour and the highlight's stable id as a block reference
(``^id``), so re-exporting into a vault updates notes instead of duplicating them. Highlights
that could not be found in the current text (orphans) are exported too, marked as such.

Quotes are literal text, so every character that could start markup is escaped; notes are the
user's Markdown, kept as written except that they are closed (fences, HTML blocks) and set
apart by blank lines so they cannot swallow the next highlight. Nothing from the article or
the store reaches the file as a control character: they are replaced by visible stand-ins
(:func:`annotations.inert.make_inert`, ESC as ``␛``), so a ``cat`` of an export is safe.

A highlight whose text changed since it was made (:attr:`Annotation.moved`) shows the quote as
the reader highlighted it, then what the article says there now, marked ``moved: text changed``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from annotations.anchoring import reanchor_all
from annotations.inert import DANGER, make_inert
from annotations.model import Annotation, utc_now
from annotations.shown_dates import shown_date

if TYPE_CHECKING:  # markdown-it loads on the first note that needs parsing (start-up cost)
    from markdown_it import MarkdownIt

#: Front matter title of an export of several articles.
COLLECTION_TITLE = "postil notes"


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """The article a section is about; ``text`` (displayed text) gives paragraph numbers."""

    id: str
    title: str
    source: str
    text: str | None = None
    #: What the article says of itself (a web page's metadata), cited in the export.
    authors: tuple[str, ...] = ()
    site: str | None = None
    published: str | None = None
    url: str | None = None

    def citation(self) -> list[tuple[str, str]]:
        """Front matter pairs citing the article, under the property names Obsidian and Zotero
        users expect: ``author`` (a list), ``site``, ``source`` (the URL, as the web clippers
        write it; else postil's id), ``url``, ``published``, then ``postil_id``."""
        pairs = [
            ("author", yaml_list(self.authors) if self.authors else ""),
            ("site", yaml_string(self.site) if self.site else ""),
            ("source", yaml_string(self.url or self.source)),
            ("url", yaml_string(self.url) if self.url else ""),
            ("published", yaml_string(self.published) if self.published else ""),
        ]
        return [(k, v) for k, v in pairs if v] + [("postil_id", yaml_string(self.id))]


def paragraph_number(text: str, offset: int) -> int:
    """The 1-based paragraph holding ``offset`` in displayed text (paragraphs split by ``"\n"``).

    An export numbers every highlight of an article: the article's line breaks are found once
    (:func:`_line_breaks`) and each number is a binary search, not a count from the start.
    """
    offset = max(0, min(offset, len(text)))
    return bisect_left(_line_breaks(text), offset) + 1


@lru_cache(maxsize=8)
def _line_breaks(text: str) -> list[int]:
    return [match.start() for match in _NEWLINE.finditer(text)]


_NEWLINE = re.compile("\n")


def to_markdown(
    sections: Sequence[tuple[ArticleRef, Sequence[Annotation]]],
    *,
    exported: str | None = None,
    orphaned_ids: Collection[str] = (),
) -> str:
    """The Markdown export of ``sections``, in the order given, highlights in text order.

    Deterministic: the same sections give the same bytes whatever the order of the
    annotations in them (sorted by offsets, then creation time and id) and tags are sorted.
    Sections keep the caller's order (the library's, say); sort them first for another. One
    article: the front matter carries its title and source. Several: the title is
    :data:`COLLECTION_TITLE` and each article's section starts with its title and source.
    ``orphaned_ids`` are highlights not found in the current text: they are listed after the
    others in their section, with no paragraph number, marked ``orphaned``.
    """
    orphaned = frozenset(orphaned_ids)
    ordered = list(sections)
    all_anns = [ann for _, anns in ordered for ann in anns]
    tags = sorted(set(chain.from_iterable(map(_TAGS, all_anns))))
    front: list[tuple[str, str]] = []
    if len(ordered) == 1:
        ref = ordered[0][0]
        front += [("title", yaml_string(ref.title or ref.id)), *ref.citation()]
    else:
        front.append(("title", yaml_string(COLLECTION_TITLE)))
    stamps = set(map(_CREATED, all_anns))  # few distinct: one check each
    created = min((stamp for stamp in stamps if _ISO_UTC.fullmatch(stamp)), default="")
    if created:
        front.append(("created", created))  # the first highlight's: stable across re-exports
    front += [
        ("tags", yaml_list(tags)),
        ("exported", _timestamp(exported or utc_now())),
        ("highlights", str(len(all_anns))),
        ("orphaned", str(sum(ann.id in orphaned for ann in all_anns) if orphaned else 0)),
    ]
    lines = "".join(
        f"{key}:{'' if value.startswith(chr(10)) else ' '}{value}\n" for key, value in front
    )
    parts = ["---\n" + lines + "---"]
    for ref, anns in ordered:
        parts.append(_section(ref, anns, orphaned))
    return "\n\n".join(parts) + "\n"


_TAGS = attrgetter("tags")
_CREATED = attrgetter("created")


def anchored_section(
    ref: ArticleRef, annotations: Sequence[Annotation]
) -> tuple[tuple[ArticleRef, list[Annotation]], set[str]]:
    """A section for :func:`to_markdown` with offsets following the current text, and its orphans.

    Stored offsets may be stale (the article changed since the highlight was saved): each
    annotation is located in ``ref.text`` so paragraph numbers and text order are right, and
    those not found come back as orphan ids. Without ``ref.text`` nothing can be checked and
    the annotations are used as stored.
    """
    if ref.text is None:
        return (ref, list(annotations)), set()
    anchored, orphaned = reanchor_all(ref.text, annotations)
    return (ref, anchored + orphaned), {ann.id for ann in orphaned}


def _timestamp(value: str) -> str:
    """An ISO timestamp unquoted (a date property in Obsidian), anything else as a string."""
    return value if _ISO_UTC.fullmatch(value) else yaml_string(value)


_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _section(ref: ArticleRef, anns: Sequence[Annotation], orphaned: frozenset[str]) -> str:
    title = _line(ref.title or ref.id)
    blocks = [f"# {escape_inline(title) or escape_inline(_line(ref.id))}"]
    blocks.append(f"Source: {escape_inline(_line(ref.source))}")
    byline = _byline(ref)
    if byline:
        blocks.append(byline)
    # where each highlight is: its selector's offsets unless one has moved (attrgetter's
    # key is C, _text_order's a Python call per highlight)
    order = _text_order if any(map(_CURRENT, anns)) else _STORED_ORDER
    if orphaned:
        found = sorted((a for a in anns if a.id not in orphaned), key=order)
        lost = sorted((a for a in anns if a.id in orphaned), key=order)
    else:  # the usual export: nothing orphaned anywhere, one pass
        found, lost = sorted(anns, key=order), []
    breaks = None if ref.text is None else _line_breaks(ref.text)
    blocks += [_highlight(ann, breaks) for ann in found]
    blocks += [_highlight(ann, None, orphan=True) for ann in lost]
    return "\n\n".join(blocks)


_PLAIN_URL = re.compile(r"https?://[^\s<>]+")


def _byline(ref: ArticleRef) -> str:
    """``By A, B · Site · 2026-12-01 · <url>`` under the heading: a vault note cites its source."""
    day = shown_date(ref.published)  # the front matter above keeps the whole timestamp
    parts = [" ".join(p.split()) for p in (", ".join(ref.authors), ref.site, day) if p]
    line = " · ".join(escape_inline(p) for p in parts if p)
    if ref.authors:
        line = "By " + line
    if ref.url:
        url = f"<{ref.url}>" if _PLAIN_URL.fullmatch(ref.url) else escape_inline(ref.url)
        line = f"{line} · {url}" if line else url
    return line


_CURRENT = attrgetter("current")
_STORED_ORDER = attrgetter("selector.start", "selector.end", "created", "id")


def _text_order(ann: Annotation) -> tuple[int, int, str, str]:
    place = ann.current or ann.selector  # ann.place, without the property (10,000 calls)
    return (place.start, place.end, ann.created, ann.id)


def _line(text: str) -> str:
    """One line of untrusted text: white space runs folded, controls made inert."""
    return make_inert(" ".join(text.split()), keep_newlines=False)


def _highlight(ann: Annotation, breaks: list[int] | None, *, orphan: bool = False) -> str:
    """One highlight's blocks: its quote (and the text now, if moved), its note, its meta line.

    ``breaks`` are the article's line breaks (:func:`_line_breaks`), None without its text.
    An export formats every highlight of the store, so the common case (a quote with nothing
    to escape, a one-line note or none, tags and colour seen before) is a few string
    operations and one f-string, with no list of blocks or of meta parts.
    """
    selector, current = ann.selector, ann.current
    quote = _quote_block(selector.exact)
    moved = not orphan and current is not None and ann.moved
    if moved:
        quote += "\n\nNow reads:\n\n" + _quote_block(ann.current_quote)
    note = ann.note
    if note:
        note = _note_block(note)
        if note:
            quote = f"{quote}\n\n{note}"
    key = ann.id
    if not (key.isascii() and key.isalnum()):  # postil's own ids are kept as they are
        key = block_id(key)
    tags = _tag_part(ann.tags)
    if orphan:
        where = "orphaned: not found in the current text · "
    elif breaks is not None:
        offset = (current or selector).start
        where = f"¶{bisect_left(breaks, offset if offset > 0 else 0) + 1} · "
    else:
        where = ""
    if moved:
        where += "moved: text changed · "
    return f"{quote}\n\n{tags}{where}{_color_part(ann.color)}{key}"


# A note without these needs neither :func:`make_inert` nor :func:`contained_note`: one line,
# no control character, nothing that opens a block (:data:`_NOTE_MAY_NEED_WORK`).
_NOTE_MAY_NEED_ANY_WORK = re.compile(f"[{DANGER}\n`~<$%^]")


def _note_block(note: str) -> str:
    """``contained_note(make_inert(note))`` with line endings made ``"\n"``, after one scan
    for the usual note (one plain line)."""
    if _NOTE_MAY_NEED_ANY_WORK.search(note) is None:  # "\r" is in DANGER
        return note if note.strip() else ""
    if "\r" in note:
        note = note.replace("\r\n", "\n").replace("\r", "\n")
    return contained_note(make_inert(note, keep_tabs=True))


# Characters that may need a quote escaped (:data:`_MAY_NEED_ESCAPE`) or made inert.
_QUOTE_MAY_NEED_WORK = re.compile(rf"[\\`*\[\]<>#|~$^=_&{DANGER}]")


def _quote_block(quote: str) -> str:
    """``blockquote(make_inert(quote, keep_tabs=True))``, quicker for plain prose: no control
    character and nothing :data:`_MAY_NEED_ESCAPE` looks for inside a line, so only a line
    that starts with ``-``, ``+`` or a digit once trimmed can need an escape (a list item's
    start), and only that line goes through :func:`escape_inline`."""
    if _QUOTE_MAY_NEED_WORK.search(quote) is None and "%%" not in quote and "::" not in quote:
        if "\n" not in quote:
            line = quote.strip()
            if not line:
                return ">"
            first = line[0]  # _may_start_item, without the call: most quotes are one line
            return "> " + (escape_inline(line) if first in "-+" or first.isdigit() else line)
        lines = [line for line in map(str.strip, quote.split("\n")) if line]
        if not lines:
            return ">"
        if not any(line[0] in "-+" or line[0].isdigit() for line in lines):
            return "> " + "\n>\n> ".join(lines)
        return "\n>\n".join(
            ["> " + (escape_inline(ln) if _may_start_item(ln) else ln) for ln in lines]
        )
    return blockquote(make_inert(quote, keep_tabs=True))


def _may_start_item(line: str) -> bool:
    """Whether a trimmed line may start a list item (``-``, ``+``, ``2024.``; any digit
    :data:`_MAY_NEED_ESCAPE`'s ``\\d`` matches)."""
    return line[0] in "-+" or line[0].isdigit()


@lru_cache(maxsize=1024)  # a store has few distinct tag sets and colours
def _tag_part(tags: tuple[str, ...]) -> str:
    """The meta line's start: ``#a #b · `` (nothing without tags)."""
    return " ".join(f"#{_line(tag)}" for tag in tags) + " · " if tags else ""


@lru_cache(maxsize=256)
def _color_part(color: str) -> str:
    """The meta line's end but the block id: ``yellow ^``."""
    return escape_inline(_line(color)) + " ^"


def block_id(annotation_id: str) -> str:
    """``annotation_id`` as an Obsidian block id: letters, digits and ``-`` only."""
    if annotation_id.isascii() and annotation_id.isalnum():  # postil's own ids
        return annotation_id
    return re.sub(r"[^A-Za-z0-9-]", "-", annotation_id) or "highlight"


# --- Markdown and YAML text -------------------------------------------------------------------

# Characters that start inline markup anywhere in a line: CommonMark (emphasis, code, links,
# HTML, escapes), GFM (tables, strikethrough) and Obsidian (tags, math, highlights, block ids).
_INLINE = re.compile(r"([\\`*\[\]<>#|~$^=])")
# "_" between two letters or digits can neither open nor close emphasis (CommonMark's
# flanking rules), so "user_data" stays readable; any other "_" is escaped.
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# Doubled marks: Obsidian comments (``%%``) and Logseq properties (``key:: value``).
_DOUBLED = re.compile(r"([%:])(?=\1)")
# Constructs recognised only at the start of a line: bullet list items, setext underlines and
# thematic breaks ("-", "+"; "*", "=" and "_" are escaped anywhere) and ordered list items
# ("2024. It was"). Headings and quotes ("#", ">") are escaped anywhere.
_BULLET_START = re.compile(r"^(?=[-+])")
_ORDERED_START = re.compile(r"^(\d{1,9})(?=[.)])")


# Whether any rule above can apply: most lines of prose need no escape, and one search for
# them is ~6x cheaper than the six substitutions (an export of 10,000 highlights escapes
# ~25,000 lines).
_MAY_NEED_ESCAPE = re.compile(r"[\\`*\[\]<>#|~$^=_&]|%%|::|^[-+]|^\d{1,9}[.)]")


def escape_inline(text: str) -> str:
    """``text`` (one line) as Markdown that renders as exactly that text.

    Leading and trailing white space is dropped: it does not render, leading spaces would make
    an indented code block and trailing ones a hard line break.
    """
    line = text.strip()
    if _MAY_NEED_ESCAPE.search(line) is None:
        return line
    line = _INLINE.sub(r"\\\1", line)
    line = _UNDERSCORE.sub(r"\\_", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _DOUBLED.sub(r"\\\1", line)
    line = _BULLET_START.sub("\\\\", line)
    return _ORDERED_START.sub(r"\1\\", line)


def blockquote(text: str) -> str:
    """``text`` as a blockquote, every line in it, each ``"\\n"`` a paragraph break.

    The displayed text separates paragraphs with a single ``"\\n"``; in Markdown that would be
    a soft break inside one paragraph, so lines are joined by an empty ``>`` line.
    """
    lines = [escape_inline(line) for line in text.split("\n")]
    lines = [line for line in lines if line] or [""]
    return "\n>\n".join(f"> {line}".rstrip() for line in lines)


# HTML blocks (CommonMark types 1-5) that run until an end marker, not a blank line.
_HTML_BLOCK_ENDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<(script|pre|style|textarea)", re.I), "</{tag}>"),
    (re.compile(r"<!--"), "-->"),
    (re.compile(r"<\?"), "?>"),
    (re.compile(r"<!\[CDATA\["), "]]>"),
    (re.compile(r"<![A-Za-z]"), ">"),
)
_SENTINEL = "postil-end-of-note-3f9c1a"
_MAY_RUN_ON = re.compile(r"[`~<]")
# A note without these is one line that neither runs on (:data:`_MAY_RUN_ON`), opens an
# Obsidian block (``$$``, ``%%``) nor ends in a block id (``^``): it is kept as it is.
_NOTE_MAY_NEED_WORK = re.compile(r"[\n\r`~<$%^]")


def contained_note(note: str) -> str:
    """The user's Markdown note, as written, but closed so it cannot swallow what follows.

    Line endings become ``"\n"`` and blank lines at either end go. The export puts a blank
    line after the note, which ends most blocks (lists, quotes, paragraphs, tables); an
    unclosed code fence or HTML block (comment, ``<pre>``...) would still run to the end of
    the file, taking the next highlights with it, so it gets its closing line. Whether the
    note is closed is asked of a CommonMark parser (markdown-it, plain and with GFM tables),
    not guessed: fences inside list items, HTML blocks holding fence-like lines and so on are
    its business. A note that cannot be closed the same way for both is kept whole inside a
    code fence.
    """
    if _NOTE_MAY_NEED_WORK.search(note) is None:  # one line, nothing that opens a block
        return note if note.strip() else ""
    lines = note.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    body = _guard_block_ids(_obsidian_closed("\n".join(lines)))
    if not _MAY_RUN_ON.search(body):
        return body  # no fence or HTML block: the blank line after it ends everything else
    for _ in range(8):
        closers = {_missing_closer(parser, body) for parser in _parsers()} if body else {None}
        if closers == {None}:
            return body
        if len(closers) != 1 or "" in closers:
            break  # the flavours disagree, or no closer is known
        body += "\n" + str(closers.pop())
    longest = max((len(run) for run in re.findall(r"`+", note)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}markdown\n" + "\n".join(lines) + f"\n{fence}"


# A line ending in " ^word" is an Obsidian block id: in a note it would take the id of a
# highlight (or add one), so links to highlights would break.
_BLOCK_ID_LIKE = re.compile(r"(?<=\s)\^(?=[A-Za-z0-9-]+[ \t]*$)", re.M)


def _guard_block_ids(body: str) -> str:
    """``body`` with every line-final ``^word`` escaped (``\\^``) outside code.

    CommonMark renders ``\\^`` as ``^``, so the note reads the same; Obsidian no longer sees
    a block id there. Lines of code blocks are left alone (a backslash would show there).
    """
    if not _BLOCK_ID_LIKE.search(body):
        return body
    lines = body.split("\n")
    code: set[int] = set()
    for token in _parsers()[0].parse(body):
        if token.type in ("fence", "code_block", "html_block") and token.map:
            code.update(range(*token.map))
    return "\n".join(
        line if index in code else _BLOCK_ID_LIKE.sub(r"\\^", line)
        for index, line in enumerate(lines)
    )


def _obsidian_closed(body: str) -> str:
    """``body`` with an unpaired Obsidian ``$$`` math block or ``%%`` comment closed.

    Neither is CommonMark, so the parsers do not see them, but in Obsidian an unpaired one
    runs to the end of the file.
    """
    for mark in ("$$", "%%"):
        if body.count(mark) % 2:
            body += "\n" + mark
    return body


@cache
def _parsers() -> tuple[MarkdownIt, ...]:
    """Plain CommonMark and the GFM table/strikethrough flavour Obsidian reads."""
    from markdown_it import MarkdownIt

    return (
        MarkdownIt("commonmark"),
        MarkdownIt("commonmark").enable(["table", "strikethrough"]),
    )


def _missing_closer(parser: MarkdownIt, body: str) -> str | None:
    """``None`` if a paragraph after ``body`` stands alone, else the line that closes ``body``.

    An empty string means no closer is known.
    """
    tokens = parser.parse(f"{body}\n\n{_SENTINEL}")
    tail = tokens[-3:]
    if [t.type for t in tail] == ["paragraph_open", "inline", "paragraph_close"] and (
        tail[1].content == _SENTINEL and tail[0].level == 0
    ):
        return None
    holder = next((t for t in reversed(tokens) if _SENTINEL in t.content), None)
    if holder is None:
        return ""
    if holder.type == "fence":
        return holder.markup
    if holder.type == "html_block":
        for pattern, end in _HTML_BLOCK_ENDS:
            match = pattern.match(holder.content.lstrip(" "))
            if match:
                return end.format(tag=match.group(1).lower()) if "{tag}" in end else end
    return ""


_YAML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"}
#: What YAML cannot hold raw in a double-quoted scalar: controls, NEL, the line and paragraph
#: separators, bidi overrides and isolates, surrogates, U+FFFE/U+FFFF. Listed as what is
#: refused, not as what is printable: ``re`` compiles a class a BMP character at a time, and
#: the printable ranges (~50,000 characters) took 9 ms to compile, in every export.
_YAML_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
#: Whether a value needs any escape at all (the usual tag or title does not).
_YAML_NEEDS_ESCAPE = re.compile(_YAML_UNPRINTABLE.pattern[:-1] + '\\\\"]')


def yaml_list(values: Sequence[str]) -> str:
    """``values`` as a YAML block list (``[]`` when empty): how Obsidian writes list properties."""
    if not values:
        return "[]"
    return "".join(f"\n  - {yaml_string(value)}" for value in values)


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that any YAML 1.1/1.2 parser reads back exactly.

    Every character YAML would fold, treat as a line break (NEL, U+2028/9) or reject as
    unprintable is written as an escape.
    """
    if _YAML_NEEDS_ESCAPE.search(value) is None:
        return f'"{value}"'
    out = []
    for char in value:
        if char in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[char])
        elif _YAML_UNPRINTABLE.match(char) is None:
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'
