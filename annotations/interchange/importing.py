"""Records to annotations: matched to an article, anchored in its text, or kept as orphans.

Each record is matched to a library article by its source (URL, or ``urn:postil:text:``
fingerprint), else by its quote (one article, and only one, must contain it), then anchored
with postil's own anchoring (quote with context, positions as a hint). What cannot be matched
is kept as an orphan under its source, with its quote: it attaches by itself once the page is
in the library. Nothing is written here: the caller saves the plan in one transaction, so an
import is all or nothing.

An id already stored is left alone, unless the record is a newer edit of it (``updated``
later): then its note, tags and colour are taken. So importing the same file twice changes
nothing, and re-importing an updated export brings the edits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from annotations.anchoring import Anchor, locate
from annotations.interchange.conversion import record_selector, to_annotation
from annotations.interchange.records import ForeignNote, Skip, item_label
from annotations.model import Annotation, Selector

#: A quote shorter than this is not used to pick an article (it would match too many).
MIN_MATCH_QUOTE = 12


@dataclass(frozen=True, slots=True)
class Candidate:
    """A library article as the importer needs it: id, reading text, title, identity key."""

    id: str
    text: str
    title: str = ""
    key: str = ""


class ArticleFinder(Protocol):
    """How the importer asks the library for articles (the reader side implements it)."""

    def by_source(self, source: str) -> Candidate | None:
        """The article known by this URL or ``urn:postil:text:`` IRI, if the library has it."""
        ...

    def candidates(self) -> Iterable[Candidate]:
        """Every article, for matching quotes (read lazily, once per import)."""
        ...

    def key_for(self, source: str) -> str:
        """The identity key an article at ``source`` has (an orphan waits under it)."""
        ...


@dataclass
class ImportPlan:
    """What an import will write and what it will not, with the reasons."""

    added: list[Annotation] = field(default_factory=list)
    updated: list[Annotation] = field(default_factory=list)
    unchanged: int = 0
    anchored: int = 0
    by_quote: int = 0
    orphaned: list[Annotation] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    #: Why each orphan is one, by annotation id ("not in the library", "quote not found").
    orphan_reasons: dict[str, str] = field(default_factory=dict)

    @property
    def writes(self) -> list[Annotation]:
        """Everything to save: new annotations, then newer versions of stored ones."""
        return [*self.added, *self.updated]

    def orphans_by_source(self) -> dict[str, list[Annotation]]:
        """Orphans grouped by the article id they wait under (their source), in order."""
        groups: dict[str, list[Annotation]] = defaultdict(list)
        for ann in self.orphaned:
            groups[ann.article].append(ann)
        return dict(groups)


def plan_import(
    notes: Sequence[ForeignNote],
    finder: ArticleFinder,
    stored: Callable[[str], Annotation | None],
) -> ImportPlan:
    """The plan for ``notes``: ``stored(id)`` gives an annotation already saved, if any."""
    plan = ImportPlan()
    unmatched: list[ForeignNote] = []
    for note in notes:
        current = stored(note.id)
        if current is not None:
            _merge_existing(plan, note, current)
            continue
        article = finder.by_source(note.source) if note.source else None
        if article is not None:
            _place(plan, note, article, by_quote=False)
        elif note.exact:
            unmatched.append(note)
        else:
            plan.skipped.append(Skip(_label(note), "no quote, and its page is not in the library"))
    if unmatched:
        _match_by_quote(plan, unmatched, finder)
    return plan


def _merge_existing(plan: ImportPlan, note: ForeignNote, current: Annotation) -> None:
    """A stored id: take the record's words only if it is a later edit."""
    same = (note.note, note.tags, note.color) == (current.note, current.tags, current.color)
    if same or not note.updated or note.updated <= current.updated:
        plan.unchanged += 1
        return
    plan.updated.append(
        replace(current, note=note.note, tags=note.tags, color=note.color, updated=note.updated)
    )


def _place(plan: ImportPlan, note: ForeignNote, article: Candidate, *, by_quote: bool) -> None:
    """Anchor ``note`` in ``article``, or keep it there as an orphan with its quote.

    The article's own title replaces the file's (a page's ``<title>`` often carries the site
    name; the library's title is the one the reader knows it by).
    """
    if article.title:
        note = replace(note, title=article.title)
    if not note.exact:
        if note.end is None or note.end > len(article.text):
            plan.skipped.append(Skip(_label(note), "no quote, and positions past the text"))
            return
        selector = Selector.from_text(article.text, note.start or 0, note.end)
        plan.added.append(to_annotation(note, article.id, selector, article.key))
        plan.anchored += 1
        return
    anchor = locate(article.text, record_selector(note))
    if anchor is None:
        orphan = to_annotation(note, article.id, article_key=article.key)
        plan.orphaned.append(orphan)
        plan.added.append(orphan)
        plan.orphan_reasons[orphan.id] = "its quote is not in the article's text"
        return
    selector = _selector(article.text, anchor)
    plan.added.append(to_annotation(note, article.id, selector, article.key))
    plan.anchored += 1
    plan.by_quote += by_quote


def _match_by_quote(plan: ImportPlan, notes: list[ForeignNote], finder: ArticleFinder) -> None:
    """Give each note the one article containing its quote; the rest become orphans, waiting
    under their source's identity key."""
    found: dict[str, list[Candidate]] = defaultdict(list)
    searchable = [n for n in notes if len(n.exact.strip()) >= MIN_MATCH_QUOTE]
    if searchable:
        for article in finder.candidates():
            folded = " ".join(article.text.split())
            for note in searchable:
                if note.exact in article.text or " ".join(note.exact.split()) in folded:
                    found[note.id].append(article)
    for note in notes:
        matches = found.get(note.id, [])
        if len(matches) == 1:
            _place(plan, note, matches[0], by_quote=True)
            continue
        orphan = to_annotation(note, note.source, article_key=finder.key_for(note.source))
        plan.orphaned.append(orphan)
        plan.added.append(orphan)
        reason = f"its quote is in {len(matches)} articles" if matches else "not in the library"
        plan.orphan_reasons[orphan.id] = reason


def _selector(text: str, anchor: Anchor) -> Selector:
    return Selector.from_text(text, anchor.start, anchor.end)


def _label(note: ForeignNote) -> str:
    return item_label("annotation", None, note.remote_id or note.id)
