"""Markdown export into a note vault: one page per article, updated in place on re-export.

Each article's page is found again by the ``postil_id`` in its front matter (whatever the
user renamed it to), else named after the title. The fresh export is merged into it by
:func:`annotations.vault.merge_page`: postil's section and properties are replaced, the
user's text and properties kept. Highlights the page shows that are still in the store stay
on it even if this export was narrower (``--tag``); deleted ones go.

Text written inside postil's section would be replaced with it. When the section differs from
what postil last wrote there (:func:`annotations.vault.section_edited`), the page as it was is
first copied to ``.postil/edited/`` in the vault (a hidden folder Obsidian and Logseq do not
list) and the copy named in the report: nothing typed into a page is lost to an export.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from annotations.model import Annotation
from annotations.storage import atomic_write
from annotations.vault import merge_page, section_edited, section_ids

if TYPE_CHECKING:
    from reader.workspace import Workspace

_POSTIL_ID = re.compile(r'postil_id: "((?:[^"\\]|\\.)*)"\s*$')
#: Lines of a page read to find its ``postil_id`` (front matter is short).
_HEAD_LINES = 60
#: Where a page is copied before its edited section is replaced, inside the vault folder.
EDITED_DIR = Path(".postil") / "edited"


class VaultExport(NamedTuple):
    """The pages written, and for each page whose section had been edited, its copy."""

    pages: list[Path]
    copies: list[Path]


def export_vault(
    workspace: Workspace, annotations: Iterable[Annotation], folder: Path
) -> VaultExport:
    """Write or update one page per article of ``annotations`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = _pages_by_article(folder)
    by_article: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_article.setdefault(annotation.article, []).append(annotation)
    written: list[Path] = []
    copies: list[Path] = []
    for article_id, group in by_article.items():
        path = pages.get(article_id) or _free_path(folder, group[0].article_title, article_id)
        existing = path.read_text(encoding="utf-8") if path.is_file() else None
        shown = {a.id for a in group}
        for ident in section_ids(existing or ""):
            kept = workspace.store.get(ident)
            if kept is not None and kept.id not in shown and kept.article == article_id:
                group.append(kept)
                shown.add(kept.id)
        fresh = workspace.export_markdown(group)
        if existing is not None and section_edited(existing):
            copies.append(_keep_copy(folder, path, existing))
        atomic_write(path, merge_page(existing, fresh).encode("utf-8"))
        written.append(path)
    return VaultExport(written, copies)


def _keep_copy(folder: Path, page: Path, text: str) -> Path:
    """Copy ``page`` (its ``text`` now) into :data:`EDITED_DIR`, named by page and time."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    copy = folder / EDITED_DIR / f"{page.stem}.{stamp}.md"
    copy.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(copy, text.encode("utf-8"))
    return copy


def _pages_by_article(folder: Path) -> dict[str, Path]:
    """``postil_id`` -> page, for the Markdown pages of ``folder`` postil wrote."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                head = [next(handle, "") for _ in range(_HEAD_LINES)]
        except OSError:
            continue
        for line in head:
            match = _POSTIL_ID.match(line)
            if match:
                found.setdefault(_unescape(match.group(1)), path)
                break
    return found


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def _free_path(folder: Path, title: str, article_id: str) -> Path:
    """``<slug>.md``, or ``<slug>-<hash>.md`` when another article's page has that name."""
    from reader.workspace import slugify

    path = folder / f"{slugify(title or article_id)}.md"
    if not path.exists():
        return path
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return path.with_name(f"{path.stem}-{digest}.md")
