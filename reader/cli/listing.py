"""``postil list`` and ``postil show --json``: articles as rows a person or a script reads.

Kept articles carry their reading state; highlights of kept articles that were removed are
listed after the rest (``"removed": true``), so they can still be found and exported, and so
are imported highlights whose page is not in the library yet (``"waiting": true``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from annotations.shown_dates import shown_date
from reader.cli.json_rows import row_lines
from reader.collection.kept import Collection
from reader.collection.state import ReadingState
from reader.library.bulk_summaries import rows_by_path
from reader.library.entries import kept_stem
from reader.library.inert import one_line
from reader.library.summaries import ROW_INDEX, summary_row
from reader.text.bylines import shown_authors
from reader.text.wording import plural

if TYPE_CHECKING:
    from reader.library import Article
    from reader.workspace import Workspace


def article_json(article: Article) -> dict[str, Any]:
    """``postil show --json``: ``text`` is exactly what annotation offsets index."""
    return {
        "id": article.id,
        "title": article.title,
        "authors": list(article.authors),
        "site": article.source,
        "published": article.date,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "links": [{"start": k.start, "end": k.end, "url": k.url} for k in article.links],
    }


#: The state of a kept article with no state file (most of them): one object for every row.
_UNREAD = ReadingState()
#: Where the row's fields are in a summary's :data:`~reader.library.summary_columns.Row`.
_TITLE, _SOURCE, _DATE, _WORDS, _HIDDEN, _ERROR, _AUTHORS, _URL, _FEED, _ADDED, _KEY = (
    ROW_INDEX[name]
    for name in (
        "title", "source", "date", "words", "hidden_lines", "error",
        "authors", "url", "feed", "added", "key",
    )
)  # fmt: skip


def list_rows(workspace: Workspace, archived: bool = False) -> Iterator[dict[str, Any]]:
    """One row per library article (and per archived one with ``archived``), then one per
    removed article that has highlights; made as they are asked for, so the first rows can
    be written while later articles are still being read. Each row is made from the
    summary's values (:func:`summary_row`; a cached one is read as those, no Summary made)."""
    counts = workspace.store.counts_by_article()
    keyed = workspace.store.counts_by_key()
    library = workspace.library
    kept = Collection(library.kept) if library.kept is not None else None
    with_state = kept.stems_with_state() if kept is not None else set()
    entries = library.all_entries() if archived else library.entries
    for number, (article_id, path, summary) in enumerate(rows_by_path(library, entries), 1):
        values = summary if type(summary) is tuple else summary_row(summary)
        row: dict[str, Any]
        if values[_ERROR] is not None:
            row = {"number": number, "id": article_id, "path": path, "error": values[_ERROR]}
        else:  # one literal in JSON order (keyword updates were a twelfth of a cached list)
            row = {
                "number": number,
                "id": article_id,
                "path": path,
                "title": values[_TITLE],
                "source": values[_SOURCE],
                "authors": values[_AUTHORS],
                "date": values[_DATE],
                "url": values[_URL],
                "words": values[_WORDS],
                "hidden_lines": values[_HIDDEN],
                "feed": values[_FEED],
                "added": values[_ADDED],
            }
        stem = kept_stem(article_id)
        if kept is not None and stem is not None:
            state = kept.state(stem) if stem in with_state else _UNREAD
            row["state"] = state.state
            row["position"] = state.position
        count = counts.get(article_id, 0)
        key = values[_KEY]
        if not count and key and key in keyed:  # made under another id: a file since moved
            count = _moved_count(workspace, key)
        row["annotations"] = count
        yield row
    yield from _unlisted_rows(workspace, counts, kept)


def _unlisted_rows(
    workspace: Workspace, counts: dict[str, int], kept: Collection | None
) -> Iterator[dict[str, Any]]:
    """Rows of removed kept articles and of imported pages not added yet; other unlisted ids
    (files outside the library) are not rows, so their shards are not read. Only the ids with
    highlights are looked up (a library of 50,000 with none costs nothing here)."""
    library = workspace.library
    unlisted = [
        a for a in counts if (kept_stem(a) is not None or "://" in a) and library.entry(a) is None
    ]
    if not unlisted:
        return
    firsts = workspace.store.firsts(unlisted)  # each shard read once
    known = kept.known_keys() if kept is not None else {}
    for article_id in unlisted:
        first = firsts.get(article_id)
        title = (first.article_title if first else "") or article_id
        count = counts[article_id]
        if kept_stem(article_id) is not None:
            yield {"id": article_id, "title": title, "removed": True, "annotations": count}
        elif "://" in article_id and (first is None or first.article_key not in known):
            # imported highlights whose page is not in the library yet: postil add URL
            yield {"id": article_id, "title": title, "waiting": True, "annotations": count}


def _moved_count(workspace: Workspace, key: str) -> int:
    """Highlights made on this article under another id (a file since moved or renamed),
    found by the article's key as the summary remembers it: no article is read for it, and
    no shard unless the store counts highlights under that key."""
    return len(workspace.store.for_key(key))


def filtered(rows: Iterable[dict[str, Any]], args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    """Rows kept by ``--state``, ``--site``, ``--feed``, in ``--sort`` order (streamed in the
    library's order; the other orders wait for the last row)."""
    if args.state is None and not args.site and not args.feed:  # the default: no call a row
        kept = (row for row in rows if row.get("state") != "archived")
    else:
        kept = (row for row in rows if _wanted(row, args))
    if args.sort not in ("added", "published"):
        yield from kept
        return
    key = "added" if args.sort == "added" else "date"
    dated: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    for row in kept:
        (dated if row.get(key) else undated).append(row)
    yield from sorted(dated, key=lambda r: r[key], reverse=True)
    yield from undated


def _wanted(row: dict[str, Any], args: argparse.Namespace) -> bool:
    if args.state is None:
        if row.get("state") == "archived":
            return False
    elif args.state != "all" and row.get("state") != args.state:
        return False
    if args.site and args.site.casefold() not in (row.get("source") or "").casefold():
        return False
    return not args.feed or args.feed.casefold() in (row.get("feed") or "").casefold()


def print_rows(rows: Iterable[dict[str, Any]]) -> None:
    """Each article of ``postil list`` in two lines, every value inert and on its line."""
    for row in rows:
        print(list_row(row))


def list_row(row: dict[str, Any]) -> str:
    number = f"{row['number']:>3}" if "number" in row else "  -"
    ident = one_line(row["id"])
    if "error" in row:
        return f"{number}  {ident}  (cannot open: {one_line(row['error'])})"
    title = one_line(row["title"])
    if row.get("removed"):
        kept = plural(row["annotations"], "highlight")
        return f"{number}  {title}\n     {ident} · removed · {kept} kept"
    if row.get("waiting"):
        waiting = f"{plural(row['annotations'], 'imported highlight')} waiting: postil add"
        return f"{number}  {title}\n     {ident} · not in the library · {waiting} {ident}"
    byline = (row["source"], shown_authors(row["authors"]), shown_date(row["date"]))
    meta = " · ".join(one_line(str(p)) for p in byline if p)
    state = f" · {one_line(row['state'])}" if "state" in row else ""
    details = f"{plural(row['words'], 'word')} · {plural(row['annotations'], 'highlight')}"
    return f"{number}  {title}\n     {ident} · {meta + ' · ' if meta else ''}{details}{state}"


#: Rows encoded per call of json's encoder: few calls, and the first rows are out early.
JSON_BATCH = 1_000


def print_json_rows(rows: Iterable[dict[str, Any]]) -> None:
    """A JSON array with one row per line, inert for a terminal, written a batch of rows at a
    time, each batch encoded in one call of a C encoder (:mod:`reader.cli.json_rows`; an
    indented dump of 50,000 rows takes json's pure-Python one, and a call per row costs more
    than the encoding) and written as bytes."""
    sys.stdout.flush()  # anything written as text before goes first
    out = getattr(sys.stdout, "buffer", None)
    write = out.write if out is not None else (lambda data: sys.stdout.write(data.decode()))
    opening = b"[\n  "
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == JSON_BATCH:
            write(opening + row_lines(batch))
            opening, batch = b"\n, ", []
    if batch:
        write(opening + row_lines(batch))
    elif opening.startswith(b"["):
        write(b"[]\n")
        return
    write(b"\n]\n")
