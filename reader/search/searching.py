"""Running a query: ranked articles from tantivy, highlights folded into their articles, and
each result's matches located in its reading text.

An article is found when its document matches the whole query, or when one of its highlights
matches the query's words and tags (in its quote, note or tags) and the article passes the
query's other filters. Scores are BM25 (the title counts double); an article's highlight hits
add to its score.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from reader.search.catalog import Catalog
from reader.search.compile import Sets, article_filters, article_query, highlight_query
from reader.search.matches import Match, entity_spans, make_match, text_spans
from reader.search.passages import passages
from reader.search.query import Query, parse
from reader.search.results import MAX_MATCHES, PASSAGES, ArticleResult, SearchResults
from reader.search.schema import ARTICLE, schema

if TYPE_CHECKING:
    import tantivy

#: Highlights looked at per query (their articles are then ranked with the others).
HIGHLIGHT_HITS = 1000
NOTHING = 'nothing to search for: type words, "a phrase", #tag or person:name'


@dataclass
class _Found:
    score: float
    doc: dict[str, list[Any]]
    highlights: list[dict[str, list[Any]]] = field(default_factory=list)
    #: The part of :attr:`score` that the matching highlights gave.
    highlight_score: float = 0.0


def _first(doc: dict[str, list[Any]], name: str) -> Any:
    values = doc.get(name)
    return values[0] if values else None


def _drop_unknown_states(query: Query, catalog: Catalog) -> None:
    """``is:unread`` needs a library that records reading; said once, then ignored."""
    if not any(a.kind == "state" and a.value == "unread" for a in query.atoms()):
        return
    if catalog.has_states():
        return
    query.groups = [
        g for g in query.groups if not any(a.kind == "state" and a.value == "unread" for a in g)
    ]
    query.warnings.append("is:unread: this library does not record what was read yet; ignored")


def _article_doc(searcher: tantivy.Searcher, article_id: str) -> dict[str, list[Any]] | None:
    import tantivy

    query = tantivy.Query.boolean_query(
        [
            (tantivy.Occur.Must, tantivy.Query.term_query(schema(), "kind", ARTICLE)),
            (tantivy.Occur.Must, tantivy.Query.term_query(schema(), "id", article_id)),
        ]
    )
    hits = searcher.search(query, 1).hits
    return searcher.doc(hits[0][1]).to_dict() if hits else None


def _add_highlights(
    searcher: tantivy.Searcher, query: Query, sets: Sets, found: dict[str, _Found]
) -> int:
    """Fold the highlights that match into ``found``; how many articles that added."""
    compiled = highlight_query(query)
    if compiled is None:
        return 0
    by_article: dict[str, list[tuple[float, dict[str, list[Any]]]]] = {}
    for score, address in searcher.search(compiled, HIGHLIGHT_HITS).hits:
        doc = searcher.doc(address).to_dict()
        by_article.setdefault(_first(doc, "article"), []).append((score, doc))
    allowed = set(by_article)
    filters = article_filters(query, sets, list(by_article))
    if filters is not None:
        passed = searcher.search(filters, max(1, len(by_article))).hits
        allowed = {_first(searcher.doc(address).to_dict(), "id") for _, address in passed}
    added = 0
    for article_id, hits in by_article.items():
        if article_id not in allowed:
            continue
        entry = found.get(article_id)
        if entry is None:
            doc = _article_doc(searcher, article_id) or {
                "id": [article_id],
                "title": [_first(hits[0][1], "title") or article_id],
                "path": [article_id],
            }
            entry = found[article_id] = _Found(0.0, doc)
            added += 1
        gained = sum(score for score, _ in hits)
        entry.score += gained
        entry.highlight_score += gained
        entry.highlights.extend(doc for _, doc in hits)
    return added


def search(
    index: tantivy.Index,
    catalog: Catalog,
    raw: str,
    limit: int = 20,
    scope: Collection[str] | None = None,
) -> SearchResults:
    """The articles ``raw`` finds, best first (at most ``limit``), in ``scope`` if given."""
    query = parse(raw)
    _drop_unknown_states(query, catalog)
    out = SearchResults(raw, warnings=query.warnings)
    if query.empty:
        out.warnings.append(NOTHING)
        return out
    sets = Sets(catalog.tagged, catalog.annotated)
    searcher = index.searcher()
    compiled = article_query(query, sets)
    assert compiled is not None
    fetch = limit if scope is None else limit * 4 + 50
    result = searcher.search(compiled, fetch, count=True)
    found: dict[str, _Found] = {}
    for score, address in result.hits:
        doc = searcher.doc(address).to_dict()
        found[_first(doc, "id")] = _Found(score, doc)
    out.total = (getattr(result, "count", 0) or 0) + _add_highlights(searcher, query, sets, found)
    if scope is not None:  # each asked once: a kept library answers from its files
        inside = {i for i in found if i in scope}
        outside = {i: _highlights_only(f) for i, f in found.items() if i not in inside}
        found = {i: f for i, f in found.items() if i in inside}
        found.update((i, f) for i, f in outside.items() if f is not None)
        out.total = min(out.total, len(found) + len(scope))
    ranked = sorted(found.items(), key=lambda item: -item[1].score)
    out.results = [_result(catalog, query, i, f) for i, f in ranked[:limit]]
    return out


def _highlights_only(found: _Found) -> _Found | None:
    """An article outside the scope (removed from the library, or from another folder), kept
    for the highlights of it that matched (``None`` if none did): what the reader wrote stays
    findable after its article is gone. Its indexed text is not searched: only the quotes."""
    if not found.highlights:
        return None
    first = found.highlights[0]
    article_id = _first(found.doc, "id") or _first(first, "article")
    title = _first(first, "title") or _first(found.doc, "title") or article_id
    doc: dict[str, list[Any]] = {"id": [article_id], "title": [title], "path": [article_id]}
    return _Found(found.highlight_score, doc, found.highlights, found.highlight_score)


def _result(catalog: Catalog, query: Query, article_id: str, found: _Found) -> ArticleResult:
    doc = found.doc
    body: str = _first(doc, "body") or ""
    matches = [make_match(body, s, e, "text") for s, e in text_spans(body, query.text_atoms())]
    entity_atoms = [a for a in query.atoms() if a.kind == "entity" and not a.negated]
    labels = {label for atom in entity_atoms for label in atom.labels}
    analysis = catalog.analysis(_first(doc, "hash"), labels) if entity_atoms and body else None
    if analysis is not None:
        spans = entity_spans(analysis.named, entity_atoms)
        matches += [make_match(body, s, e, "entity") for s, e in spans]
    matches += _highlight_matches(catalog, query, article_id, body, found)
    matches.sort(key=lambda m: (m.start, m.end, m.kind))
    kept = matches[:MAX_MATCHES]
    return ArticleResult(
        id=article_id,
        title=_first(doc, "title") or article_id,
        path=_first(doc, "path") or article_id,
        score=found.score,
        url=_first(doc, "url"),
        source=_first(doc, "source"),
        date=_first(doc, "date"),
        authors=tuple(str(author) for author in doc.get("author") or ()),
        matches=kept,
        total_matches=len(matches),
        passages=passages(body, kept, PASSAGES),
    )


def _highlight_matches(
    catalog: Catalog, query: Query, article_id: str, body: str, found: _Found
) -> list[Match]:
    """The article's highlights that matched, and those carrying a tag the query asks for."""
    notes = {
        _first(d, "id"): (_first(d, "body") or "", _first(d, "note") or "")
        for d in found.highlights
    }
    wanted = set(notes)
    for atom in query.atoms():
        if atom.kind == "tag" and not atom.negated:
            wanted.update(row[0] for row in catalog.highlight_spans(article_id, atom.value))
    if not wanted:
        return []
    matches = []
    for ann_id, start, end in catalog.highlight_spans(article_id):
        if ann_id not in wanted:
            continue
        quote, note = notes.get(ann_id, ("", ""))
        if 0 <= start < end <= len(body):
            matches.append(make_match(body, start, end, "highlight", highlight=ann_id, note=note))
        else:  # the article is not indexed, or changed: show the quote itself
            shown = make_match(quote, 0, len(quote), "highlight", highlight=ann_id, note=note)
            matches.append(replace(shown, start=start, end=end))
    return matches
