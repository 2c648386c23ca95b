"""The fields of the search index: one document per article and one per highlight.

An article document holds the reading text (``body``, stored, so results need no file read),
its title, what it is filtered by (site, author, day, state) and the names of the entities it
mentions, one field per entity label, so ``person:Musk`` is a term query like any other. A
highlight document holds the quote (``body``), the note and the tags, and points at its article.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from reader.search.analysis import ANALYZER
from reader.search.query import ENTITY_KINDS

if TYPE_CHECKING:
    import tantivy

#: Bump when fields change: an index of another format is rebuilt (it is only a cache).
SCHEMA_VERSION = 3

ARTICLE = "article"
HIGHLIGHT = "highlight"


def entity_field(label: str) -> str:
    """The field holding the names of an article's ``label`` entities: ``ent_person``."""
    return f"ent_{label.lower()}"


def entity_labels() -> list[str]:
    """Every label a query can ask for (all of the recognizer's; a test checks), without
    importing the recognizer."""
    return sorted({label for labels in ENTITY_KINDS.values() for label in labels})


@cache
def schema() -> tantivy.Schema:
    """The schema (one per process; tantivy compares schemas by value)."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    for name in ("kind", "id", "article", "hash", "state", "tag"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw")
    for name in ("path", "url", "source", "date"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("title", stored=True, tokenizer_name=ANALYZER)
    builder.add_text_field("body", stored=True, tokenizer_name=ANALYZER)
    builder.add_text_field("note", stored=True, tokenizer_name=ANALYZER)
    builder.add_text_field("site", tokenizer_name=ANALYZER)
    builder.add_text_field("author", stored=True, tokenizer_name=ANALYZER)
    builder.add_date_field("day", stored=True, indexed=True, fast=True)
    for label in entity_labels():
        builder.add_text_field(entity_field(label), tokenizer_name=ANALYZER)
    return builder.build()
