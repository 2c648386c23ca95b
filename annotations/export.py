"""Markdown export: a note vault page per export, readable by CommonMark, Obsidian and Logseq.

Shape (see docs/design.md): YAML front matter, a ``# Title`` section per article, and per
highlight a blockquote of the exact quote, the note as the user wrote it, then one line with
``#tags``, the paragraph (``¶5``), the colour and the highlight's stable id as a block reference
(``^id``), so re-exporting into a vault updates notes instead of duplicating them. Highlights
that could not be found in the current text (orphans) are exported too, marked as such.

Quotes are literal text, so every character that could start markup is escaped; notes are the
user's Markdown, kept as written except that they are closed (fences, HTML blocks) and set
apart by blank lines so they cannot swallow the next highlight.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from annotations.anchoring import reanchor_all
from annotations.model import Annotation, utc_now

#: Front matter title of an export of several articles.
COLLECTION_TITLE = "postil notes"


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """The article a section is about; ``text`` (displayed text) gives paragraph numbers."""

    id: str
    title: str
    source: str
    text: str | None = None


def paragraph_number(text: str, offset: int) -> int:
    """The 1-based paragraph holding ``offset`` in displayed text (paragraphs split by ``"\n"``)."""
    offset = max(0, min(offset, len(text)))
    return text.count("\n", 0, offset) + 1


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
    tags = sorted({tag for ann in all_anns for tag in ann.tags})
    front: list[tuple[str, str]] = []
    if len(ordered) == 1:
        ref = ordered[0][0]
        front += [("title", yaml_string(ref.title or ref.id)), ("source", yaml_string(ref.source))]
    else:
        front.append(("title", yaml_string(COLLECTION_TITLE)))
    front += [
        ("exported", _timestamp(exported or utc_now())),
        ("highlights", str(len(all_anns))),
        ("orphaned", str(sum(ann.id in orphaned for ann in all_anns))),
        ("tags", "[" + ", ".join(yaml_string(tag) for tag in tags) + "]"),
    ]
    parts = ["---\n" + "".join(f"{key}: {value}\n" for key, value in front) + "---"]
    for ref, anns in ordered:
        parts.append(_section(ref, anns, orphaned))
    return "\n\n".join(parts) + "\n"


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
    title = " ".join((ref.title or ref.id).split())
    blocks = [f"# {escape_inline(title) or escape_inline(ref.id)}"]
    blocks.append(f"Source: {escape_inline(' '.join(ref.source.split()))}")
    found = sorted((a for a in anns if a.id not in orphaned), key=_text_order)
    lost = sorted((a for a in anns if a.id in orphaned), key=_text_order)
    blocks += [_highlight(ref, ann, orphan=False) for ann in found]
    blocks += [_highlight(ref, ann, orphan=True) for ann in lost]
    return "\n\n".join(blocks)


def _text_order(ann: Annotation) -> tuple[int, int, str, str]:
    return (ann.start, ann.end, ann.created, ann.id)


def _highlight(ref: ArticleRef, ann: Annotation, *, orphan: bool) -> str:
    blocks = [blockquote(ann.quote)]
    note = contained_note(ann.note)
    if note:
        blocks.append(note)
    meta = [" ".join(f"#{tag}" for tag in ann.tags)] if ann.tags else []
    if orphan:
        meta.append("orphaned: not found in the current text")
    elif ref.text is not None:
        meta.append(f"¶{paragraph_number(ref.text, ann.start)}")
    meta.append(ann.color)
    blocks.append(" · ".join(meta) + f" ^{block_id(ann.id)}")
    return "\n\n".join(blocks)


def block_id(annotation_id: str) -> str:
    """``annotation_id`` as an Obsidian block id: letters, digits and ``-`` only."""
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


def escape_inline(text: str) -> str:
    """``text`` (one line) as Markdown that renders as exactly that text.

    Leading and trailing white space is dropped: it does not render, leading spaces would make
    an indented code block and trailing ones a hard line break.
    """
    line = text.strip()
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


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
# HTML blocks (CommonMark types 1-5) that run until an end marker, not a blank line.
_HTML_BLOCKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ {0,3}<(script|pre|style|textarea)(\s|>|$)", re.I), ""),
    (re.compile(r"^ {0,3}<!--"), "-->"),
    (re.compile(r"^ {0,3}<\?"), "?>"),
    (re.compile(r"^ {0,3}<!\[CDATA\["), "]]>"),
    (re.compile(r"^ {0,3}<![A-Za-z]"), ">"),
)


def contained_note(note: str) -> str:
    """The user's Markdown note, as written, but closed so it cannot swallow what follows.

    Line endings become ``"\\n"`` and blank lines at either end go; an unclosed code fence or
    HTML block (which would run to the end of the file, taking the next highlights with it)
    gets its closing line. The export puts a blank line after the note, which ends every
    other kind of block (lists, quotes, paragraphs, tables).
    """
    lines = note.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    closer = _unclosed(lines)
    if closer is not None:
        lines.append(closer)
    return "\n".join(lines)


def _unclosed(lines: list[str]) -> str | None:
    """The line that would close the fence or HTML block open at the end, if any."""
    fence: str | None = None
    html_end: str | None = None
    for line in lines:
        if fence is not None:
            if re.fullmatch(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*", line):
                fence = None
            continue
        if html_end is not None:
            if html_end in line.lower():
                html_end = None
            continue
        match = _FENCE.match(line)
        if match and not (match.group(1)[0] == "`" and "`" in match.group(2)):
            fence = match.group(1)
            continue
        html_end = _html_block_end(line)
    if fence is not None:
        return fence
    return html_end


def _html_block_end(line: str) -> str | None:
    """The end marker of the HTML block ``line`` opens, unless it ends on the same line."""
    for pattern, end in _HTML_BLOCKS:
        match = pattern.match(line)
        if not match:
            continue
        marker = end or f"</{match.group(1).lower()}>"
        rest = line[match.end() :].lower() if end else line.lower()
        return None if marker in rest else marker
    return None


_YAML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_YAML_PRINTABLE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that any YAML 1.1/1.2 parser reads back exactly.

    Every character YAML would fold, treat as a line break (NEL, U+2028/9) or reject as
    unprintable is written as an escape.
    """
    out = []
    for char in value:
        if char in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[char])
        elif _YAML_PRINTABLE.fullmatch(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'
