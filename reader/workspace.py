"""The library, the annotation store and how they meet: one object the CLI and the TUI share.

Both front ends go through here, so ``postil export`` and the TUI's export key write the same
Markdown, and a highlight located in the TUI is located the same way in ``postil list``.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from annotations.model import Annotation
from annotations.store import AnnotationStore
from reader.library import ArticleError, Library

if TYPE_CHECKING:
    from annotations.anchoring import Anchor
    from annotations.export import ArticleRef
    from reader.entities import Entity
    from reader.library import Article

    Recognizer = Callable[[str], list[Entity]]


def default_export_dir() -> Path:
    """Where the TUI writes exports: ``$POSTIL_EXPORT_DIR``, else ``~/Documents/postil``."""
    configured = os.environ.get("POSTIL_EXPORT_DIR")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_documents_dir()) / "postil"


def slugify(title: str, limit: int = 60) -> str:
    """A file-name-safe slug of ``title`` (lowercase words joined by ``-``)."""
    slug = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-")
    return slug[:limit].rstrip("-") or "notes"


def recognizer_for(spec: str) -> tuple[Recognizer, str | None]:
    """The recognizer ``spec`` names; one that cannot be loaded falls back to the built-in
    recognizer, with the one-line reason as a warning."""
    from reader.entities import BackendError, load_recognizer, recognize

    try:
        return load_recognizer(spec), None
    except BackendError as error:
        return recognize, f"{error}; using the built-in recognizer"


@dataclass
class Located:
    """An article's annotations, found in its current text."""

    anchored: list[tuple[Annotation, Anchor]] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)


@dataclass
class Workspace:
    """A library of articles and the store of annotations about them."""

    library: Library
    store: AnnotationStore
    export_dir: Path = field(default_factory=default_export_dir)
    #: The entity recognizer: ``"builtin"`` or ``"spacy:<pipeline>"`` (``--ner``, config).
    ner: str = "builtin"
    _recognizer: Recognizer | None = field(default=None, init=False, repr=False)
    _recognizer_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def recognizer(self) -> tuple[Recognizer, str | None]:
        """The chosen recognizer, loaded on first use (a spaCy pipeline takes seconds).

        The warning of :func:`recognizer_for` is returned the first time only, for the caller
        to show once.
        """
        with self._recognizer_lock:
            if self._recognizer is not None:
                return self._recognizer, None
            self._recognizer, warning = recognizer_for(self.ner)
            return self._recognizer, warning

    def locate(self, article: Article) -> Located:
        """Find each of ``article``'s annotations in its current text.

        Annotations found somewhere other than where they were saved have their selector moved
        there and saved, so the next open is an exact hit. Nothing is ever dropped: what cannot
        be found is returned as orphaned.
        """
        from annotations.anchoring import anchor_all, reanchored  # edlib: not needed to list

        located = Located()
        for annotation, anchor in anchor_all(article.text, self.store.for_article(article.id)):
            if anchor is None:
                located.orphaned.append(annotation)
                continue
            if (anchor.start, anchor.end) != (annotation.start, annotation.end):
                annotation = self.store.update(reanchored(article.text, annotation, anchor))
            located.anchored.append((annotation, anchor))
        located.anchored.sort(key=lambda pair: (pair[1].start, pair[1].end))
        return located

    def article_ref(self, article_id: str, fallback_title: str = "") -> ArticleRef:
        """Title, source and text of ``article_id``, or what the annotations remember of it."""
        from annotations.export import ArticleRef  # export code loads when first used

        try:
            article = self.library.load(article_id)
        except (ArticleError, KeyError, LookupError, OSError):
            return ArticleRef(id=article_id, title=fallback_title or article_id, source=article_id)
        return ArticleRef(id=article.id, title=article.title, source=article.id, text=article.text)

    def export_markdown(
        self, annotations: Iterable[Annotation], *, exported: str | None = None
    ) -> str:
        """Markdown for ``annotations``, a section per article, in library order."""
        from annotations.export import to_markdown

        by_article: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_article.setdefault(annotation.article, []).append(annotation)
        order = {entry.id: index for index, entry in enumerate(self.library.entries)}
        sections: list[tuple[ArticleRef, Sequence[Annotation]]] = []
        orphaned: set[str] = set()
        for article_id in sorted(by_article, key=lambda a: (order.get(a, len(order)), a)):
            group = by_article[article_id]
            ref = self.article_ref(article_id, group[0].article_title)
            if ref.text is not None:
                from annotations.anchoring import anchor_all

                found = {a.id for a, anchor in anchor_all(ref.text, group) if anchor is not None}
                orphaned.update(a.id for a in group if a.id not in found)
            sections.append((ref, group))
        return to_markdown(sections, exported=exported, orphaned_ids=orphaned)

    def export_file(self, annotations: Sequence[Annotation], title: str) -> Path:
        """Write ``annotations`` as Markdown to the export folder; the path written."""
        self.export_dir.mkdir(parents=True, exist_ok=True)
        path = self.export_dir / f"{slugify(title)}.md"
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(self.export_markdown(annotations), encoding="utf-8")
        temporary.replace(path)
        return path
