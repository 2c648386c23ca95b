"""Re-exporting into a note vault: postil rewrites its own section of a page, nothing else.

A vault page postil writes has YAML front matter and a body in which postil's highlights sit
between two HTML comments (invisible in Obsidian, Logseq and any CommonMark renderer)::

    ---
    title: "…"            <- postil's properties, updated on each export
    status: reading       <- the user's own properties, kept as they are
    ---
    My thoughts before…   <- the user's text, kept
    <!-- postil:begin … -->
    # Title … highlights, each ending in its ^id block reference
    <!-- postil:end -->
    …and after.           <- kept

On re-export the section is replaced by the new one, so a highlight appears once (its ``^id``
stays the same, so links to it keep working) and text outside the section is never touched.
A page exported before sections existed (its front matter has ``exported`` and
``highlights``) is all postil's, so it is replaced whole. A page with neither gets the section
appended. Line endings follow the existing page (CRLF stays CRLF).

The property ``postil_section`` holds a digest of the section as postil wrote it, so a
re-export can tell that the user wrote inside it (:func:`section_edited`): the exporter then
keeps a copy of the page before replacing the section (reader.interchange.vault_pages).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

BEGIN = "<!-- postil:begin · this section is rewritten by each postil export -->"
END = "<!-- postil:end -->"
_BEGIN_LINE = re.compile(r"<!-- postil:begin\b.*-->[ \t]*")
_END_LINE = re.compile(r"<!-- postil:end\b.*-->[ \t]*")
#: Front matter keys that mark a page written whole by postil before it had sections.
_LEGACY_KEYS = frozenset({"exported", "highlights"})
#: The property holding the digest of postil's section as written (see :func:`section_edited`).
SECTION_KEY = "postil_section"
_SECTION_VALUE = re.compile(r'\s*"([0-9a-f]{16})"\s*$')
_KEY = re.compile(r"([^\s#'\"\-?:,\[\]{}&*!|>%@`][^:]*?|\"[^\"]*\"|'[^']*'):(?:\s|$)")


@dataclass(frozen=True, slots=True)
class Page:
    """A Markdown page split into its front matter entries and its body (``"\\n"`` line ends)."""

    entries: list[tuple[str, list[str]]]  # (key, its lines), in order; key "" = loose lines
    body: str
    has_front_matter: bool


def split_page(text: str) -> Page:
    """``text`` as front matter entries and body; a page without front matter has none."""
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return Page([], text, has_front_matter=False)
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            entries = _entries(lines[1:end])
            return Page(entries, "\n".join(lines[end + 1 :]), has_front_matter=True)
    return Page([], text, has_front_matter=False)  # no closing line: not front matter


def _entries(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Top-level ``key:`` entries with their continuation lines (indented, ``- `` items...)."""
    entries: list[tuple[str, list[str]]] = []
    for line in lines:
        match = _KEY.match(line)
        if match and not line[:1].isspace():
            entries.append((match.group(1).strip("'\""), [line]))
        elif entries:
            entries[-1][1].append(line)
        else:
            entries.append(("", [line]))
    return entries


def merge_page(existing: str | None, fresh: str) -> str:
    """The page to write: ``fresh`` (what postil exports now) merged into ``existing``.

    ``fresh`` is a page postil made: its front matter holds postil's properties, its body is
    the highlights. Postil's properties replace the same keys in ``existing`` (others stay, in
    their places); the body replaces postil's section, everything around it stays.
    """
    new = split_page(fresh)
    inside = _guard_markers(new.body.strip("\n"))
    section = f"{BEGIN}\n\n{inside}\n\n{END}"
    digest = [(SECTION_KEY, [f'{SECTION_KEY}: "{_digest(inside)}"'])]
    if existing is None or not existing.strip():
        return _join(new.entries + digest, section + "\n", crlf=False)
    crlf = existing.count("\r\n") * 2 > existing.count("\n")
    old = split_page(existing)
    entries = _merged_entries(old.entries, new.entries + digest)
    return _join(entries, _merged_body(old, section), crlf=crlf)


def section_edited(page: str) -> bool:
    """Did someone change postil's section of ``page`` since postil wrote it? (``False`` for
    a page without the section or without its digest: one written before digests were kept.)"""
    parsed = split_page(page)
    recorded = next((lines for key, lines in parsed.entries if key == SECTION_KEY), None)
    found = _SECTION_VALUE.match(recorded[0].split(":", 1)[1]) if recorded else None
    inside = _section_lines(parsed.body.split("\n"))
    if found is None or inside is None:
        return False
    return _digest("\n".join(inside)) != found.group(1)


def _digest(section: str) -> str:
    """A digest of a section's text: white space at line ends does not count (editors trim)."""
    text = "\n".join(line.rstrip() for line in section.split("\n")).strip("\n")
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _section_bounds(lines: list[str]) -> tuple[int, int | None] | None:
    """The indices of postil's begin marker and of its end marker (``None`` if the end is
    missing), or ``None`` without a section."""
    begin = next((i for i, line in enumerate(lines) if _BEGIN_LINE.fullmatch(line)), None)
    if begin is None:
        return None
    end = next((i for i in range(begin + 1, len(lines)) if _END_LINE.fullmatch(lines[i])), None)
    return begin, end


def _section_lines(body: list[str]) -> list[str] | None:
    """The lines between postil's markers (``None`` without a whole section)."""
    bounds = _section_bounds(body)
    if bounds is None or bounds[1] is None:
        return None
    return body[bounds[0] + 1 : bounds[1]]


def _merged_entries(
    old: list[tuple[str, list[str]]], new: list[tuple[str, list[str]]]
) -> list[tuple[str, list[str]]]:
    fresh = dict(new)
    merged = [(key, fresh.pop(key, lines)) for key, lines in old]
    return merged + [(key, lines) for key, lines in new if key in fresh]


def _merged_body(old: Page, section: str) -> str:
    lines = old.body.split("\n")
    bounds = _section_bounds(lines)
    if bounds is not None:
        begin, end = bounds
        after = lines[end + 1 :] if end is not None else []
        return "\n".join([*lines[:begin], section, *after])
    if {key for key, _ in old.entries} >= _LEGACY_KEYS:
        return section + "\n"  # a whole-page export from before sections: all postil's
    body = old.body.rstrip("\n")
    return f"{body}\n\n{section}\n" if body.strip() else section + "\n"


def _join(entries: list[tuple[str, list[str]]], body: str, *, crlf: bool) -> str:
    head = ["---", *(line for _, lines in entries for line in lines), "---"] if entries else []
    text = "\n".join([*head, body]) if head else body
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n") if crlf else text


def _guard_markers(body: str) -> str:
    """``body`` with any line that would read as a section marker indented by one space.

    A note may quote the marker text; left alone it would end the section early on the next
    export. Markers count only at the start of a line, and one space of indent changes nothing
    a reader sees (it is still the same HTML comment).
    """
    lines = body.split("\n")
    return "\n".join(
        " " + line if _BEGIN_LINE.fullmatch(line) or _END_LINE.fullmatch(line) else line
        for line in lines
    )


def section_ids(page: str) -> list[str]:
    """The ``^id`` block references in postil's section of ``page``, in order."""
    body = split_page(page).body.split("\n")
    inside = False
    ids: list[str] = []
    for line in body:
        if _BEGIN_LINE.fullmatch(line):
            inside = True
        elif _END_LINE.fullmatch(line):
            inside = False
        elif inside:
            match = _BLOCK_ID.search(line)
            if match:
                ids.append(match.group(1))
    return ids


_BLOCK_ID = re.compile(r"\s\^([A-Za-z0-9-]+)\s*$")
