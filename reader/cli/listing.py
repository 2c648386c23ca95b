"""``postil list`` and ``postil show --json``: articles as rows a person or a script reads.

Kept articles carry their reading state; highlights of kept articles that were removed are
listed after the rest (``"removed": true``), so they can still be found and exported.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reader.collection.kept import Collection
from reader.library.inert import one_line
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


def list_rows(workspace: Workspace) -> list[dict[str, Any]]:
    """One row per library article, then one per removed article that has highlights."""
    counts = workspace.store.counts_by_article()
    library = workspace.library
    kept = Collection(library.kept) if library.kept is not None else None
    rows: list[dict[str, Any]] = []
    for number, entry in enumerate(library.entries, start=1):
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
            state = kept.state(stem)
            row.update(state=state.state, position=state.position)
        row["annotations"] = counts.get(entry.id, 0)
        rows.append(row)
    listed = {entry.id for entry in library.entries}
    removed = [a for a in counts if a not in listed and Collection.stem_of(a) is not None]
    titles = workspace.store.titles(removed) if removed else {}  # each shard read once
    for article_id in removed:
        title = titles.get(article_id) or article_id
        rows.append(
            {"id": article_id, "title": title, "removed": True, "annotations": counts[article_id]}
        )
    return rows


def filtered(rows: list[dict[str, Any]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Rows kept by ``--state``, ``--site``, ``--feed``, in ``--sort`` order."""
    if args.state != "all":
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
    author = ", ".join(row["authors"][:2])
    meta = " · ".join(one_line(str(p)) for p in (row["source"], author, row["date"]) if p)
    state = f" · {one_line(row['state'])}" if "state" in row else ""
    details = f"{plural(row['words'], 'word')} · {plural(row['annotations'], 'highlight')}"
    return f"{number}  {title}\n     {ident} · {meta + ' · ' if meta else ''}{details}{state}"
