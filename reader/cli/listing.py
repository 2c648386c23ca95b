"""``postil list`` and ``postil show --json``: articles as rows a person or a script reads.

Kept articles carry their reading state; highlights of kept articles that were removed are
listed after the rest (``"removed": true``), so they can still be found and exported, and so
are imported highlights whose page is not in the library yet (``"waiting": true``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from reader.collection.kept import Collection
from reader.collection.state import ReadingState
from reader.library.inert import inert_json, one_line
from reader.text.wording import plural

if TYPE_CHECKING:
    from reader.library import Article, Summary
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


def list_rows(workspace: Workspace, archived: bool = False) -> list[dict[str, Any]]:
    """One row per library article (and per archived one with ``archived``), then one per
    removed article that has highlights."""
    counts = workspace.store.counts_by_article()
    library = workspace.library
    kept = Collection(library.kept) if library.kept is not None else None
    with_state = kept.stems_with_state() if kept is not None else set()
    entries = library.all_entries() if archived else library.entries
    rows: list[dict[str, Any]] = []
    for number, entry in enumerate(entries, start=1):
        row: dict[str, Any] = {"number": number, "id": entry.id, "path": str(entry.path)}
        summary = library.summary(entry)
        if summary.error is not None:
            row["error"] = summary.error
        else:
            row.update(
                title=summary.title,
                source=summary.source,
                authors=list(summary.authors),
                date=summary.date,
                url=summary.url,
                words=summary.words,
                hidden_lines=summary.hidden_lines,
                feed=summary.feed,
                added=summary.added,
            )
        stem = Collection.stem_of(entry.id)
        if kept is not None and stem is not None:
            state = kept.state(stem) if stem in with_state else ReadingState()
            row.update(state=state.state, position=state.position)
        row["annotations"] = counts.get(entry.id, 0) or _moved_count(workspace, summary)
        rows.append(row)
    listed = {entry.id for entry in library.all_entries()}
    known = kept.known_keys() if kept is not None else set()
    for article_id, count in counts.items():
        if article_id in listed:
            continue
        first = workspace.store.for_article(article_id)[0]
        title = first.article_title or article_id
        if Collection.stem_of(article_id) is not None:
            rows.append({"id": article_id, "title": title, "removed": True, "annotations": count})
        elif "://" in article_id and first.article_key not in known:
            # imported highlights whose page is not in the library yet: postil add URL
            rows.append({"id": article_id, "title": title, "waiting": True, "annotations": count})
    return rows


def _moved_count(workspace: Workspace, summary: Summary) -> int:
    """Highlights made on this article under another id (a file since moved or renamed),
    found by the article's key as the summary remembers it: no article is read for it."""
    return len(workspace.store.for_key(summary.key)) if summary.key else 0


def filtered(rows: list[dict[str, Any]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Rows kept by ``--state``, ``--site``, ``--feed``, in ``--sort`` order."""
    if args.state is None:
        rows = [r for r in rows if r.get("state") != "archived"]
    elif args.state != "all":
        rows = [r for r in rows if r.get("state") == args.state]
    if args.site:
        rows = [r for r in rows if args.site.casefold() in (r.get("source") or "").casefold()]
    if args.feed:
        rows = [r for r in rows if args.feed.casefold() in (r.get("feed") or "").casefold()]
    if args.sort in ("added", "published"):
        key = "added" if args.sort == "added" else "date"
        dated = sorted((r for r in rows if r.get(key)), key=lambda r: r[key], reverse=True)
        rows = dated + [r for r in rows if not r.get(key)]
    return rows


def print_rows(rows: list[dict[str, Any]]) -> None:
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
    author = ", ".join(row["authors"][:2])
    meta = " · ".join(one_line(str(p)) for p in (row["source"], author, row["date"]) if p)
    state = f" · {one_line(row['state'])}" if "state" in row else ""
    details = f"{plural(row['words'], 'word')} · {plural(row['annotations'], 'highlight')}"
    return f"{number}  {title}\n     {ident} · {meta + ' · ' if meta else ''}{details}{state}"


def print_json_rows(rows: list[dict[str, Any]]) -> None:
    """A JSON array with one row per line, inert for a terminal, encoded in one call of json's
    C encoder (an indented dump of 50,000 rows takes the pure-Python one, and a call per row
    costs more than the encoding). Rows are flat (no object inside a row), and a quote inside
    a string is always escaped, so ``}, {"`` occurs only between two rows."""
    text = inert_json(rows)
    body = text[1:-1].replace('}, {"', '}\n, {"')
    sys.stdout.write(f"[\n  {body}\n]\n" if body else "[]\n")
