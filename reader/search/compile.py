"""From a parsed :class:`~reader.search.query.Query` to tantivy query objects.

Queries are built from objects (term, phrase, range, set queries), never from a query string,
so nothing a person types is ever interpreted by tantivy's own parser: ``NEAR``, ``*``, ``:``,
``^`` or quotes in a query are words or separators to postil, and inert to the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.search.query import Atom, Query
from reader.search.schema import ARTICLE, HIGHLIGHT, entity_field, schema

if TYPE_CHECKING:
    import tantivy

#: How much more a word in the title counts than one in the text.
TITLE_BOOST = 2.0
#: Atoms that a highlight can match by itself (the others are about its article).
HIGHLIGHT_KINDS = frozenset({"text", "tag"})


@dataclass(frozen=True)
class Sets:
    """Article ids that the engine does not hold: which have highlights, and with which tags."""

    tagged: Callable[[str], Sequence[str]]
    annotated: Callable[[], Sequence[str]]


def _words(field: str, atom: Atom) -> tantivy.Query:
    """The atom's terms as a term, phrase or prefix query on ``field``."""
    import tantivy

    if atom.prefix:
        return tantivy.Query.phrase_prefix_query(schema(), field, list(atom.terms))
    if len(atom.terms) == 1:
        return tantivy.Query.term_query(schema(), field, atom.terms[0], index_option="freq")
    return tantivy.Query.phrase_query(schema(), field, list(atom.terms))


def _any(queries: list[tantivy.Query]) -> tantivy.Query:
    import tantivy

    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


def _ids(ids: Sequence[str]) -> tantivy.Query:
    import tantivy

    if not ids:
        return tantivy.Query.empty_query()
    return tantivy.Query.term_set_query(schema(), "article", list(ids))


def _day(atom: Atom) -> tantivy.Query:
    import tantivy

    assert atom.day is not None
    moment = datetime(atom.day.year, atom.day.month, atom.day.day, tzinfo=UTC)
    if atom.kind == "before":
        return tantivy.Query.range_query(
            schema(), "day", tantivy.FieldType.Date, None, moment, include_upper=False
        )
    return tantivy.Query.range_query(schema(), "day", tantivy.FieldType.Date, moment, None)


def article_atom(atom: Atom, sets: Sets) -> tantivy.Query:
    """What ``atom`` asks of an article document (negation is the caller's)."""
    import tantivy

    if atom.kind == "text":
        title = tantivy.Query.boost_query(_words("title", atom), TITLE_BOOST)
        return _any([title, _words("body", atom)])
    if atom.kind == "entity":
        return _any([_words(entity_field(label), atom) for label in atom.labels])
    if atom.kind in ("site", "author"):
        return _words(atom.kind, atom)
    if atom.kind == "tag":
        return _ids(sets.tagged(atom.value))
    if atom.kind in ("before", "after"):
        return _day(atom)
    if atom.value == "annotated":
        return _ids(sets.annotated())
    return tantivy.Query.term_query(schema(), "state", atom.value)


def highlight_atom(atom: Atom) -> tantivy.Query:
    """What a text or tag atom asks of a highlight document."""
    import tantivy

    if atom.kind == "tag":
        return tantivy.Query.term_query(schema(), "tag", atom.value)
    return _any([_words("body", atom), _words("note", atom)])


def _combine(kind: str, groups: list[list[tantivy.Query]], negated: list[tantivy.Query]):
    import tantivy

    clauses = [(tantivy.Occur.Must, tantivy.Query.term_query(schema(), "kind", kind))]
    clauses += [(tantivy.Occur.Must, _any(group)) for group in groups]
    clauses += [(tantivy.Occur.MustNot, query) for query in negated]
    return tantivy.Query.boolean_query(clauses)


def article_query(query: Query, sets: Sets) -> tantivy.Query | None:
    """The article documents ``query`` finds; ``None`` when it asks nothing."""
    if query.empty:
        return None
    groups: list[list[tantivy.Query]] = []
    negated: list[tantivy.Query] = []
    for group in query.groups:
        if group[0].negated:
            negated.append(article_atom(group[0], sets))
        else:
            groups.append([article_atom(atom, sets) for atom in group])
    return _combine(ARTICLE, groups, negated)


def highlight_query(query: Query) -> tantivy.Query | None:
    """The highlight documents whose quote, note or tags match the query's words and tags;
    ``None`` when it has none (a query of filters only is about articles). Groups of other
    atoms are left to a check of the highlight's article."""
    groups: list[list[tantivy.Query]] = []
    negated: list[tantivy.Query] = []
    for group in query.groups:
        if not all(atom.kind in HIGHLIGHT_KINDS for atom in group):
            continue
        if group[0].negated:
            negated.append(highlight_atom(group[0]))
        else:
            groups.append([highlight_atom(atom) for atom in group])
    if not groups:
        return None
    return _combine(HIGHLIGHT, groups, negated)


def article_filters(query: Query, sets: Sets, article_ids: Sequence[str]) -> tantivy.Query | None:
    """Which of ``article_ids`` pass the query's groups that are not about words or tags
    (for articles found through a highlight); ``None`` when there are none."""
    import tantivy

    rest = Query(groups=[g for g in query.groups if any(a.kind not in HIGHLIGHT_KINDS for a in g)])
    compiled = article_query(rest, sets)
    if compiled is None:
        return None
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, compiled), (tantivy.Occur.Must, _ids(article_ids))]
    )
