"""Large annotation databases for benchmarks, written directly in postil's sharded layout.

Adding a million highlights one save at a time would take hours (each save is an fsync), so
the documents are made here and written with :func:`annotations.migration.write_layout`, the
function that migrates an old file to the sharded layout: the result is exactly what a
migration of the same highlights writes (same shards, manifest, counts), and postil then
reads and writes it through its public interface.

The highlights are realistic: a sentence-long quote with 32 characters of context, one to
three tags from a pool of 40, a short note for half of them, spread over ``count // 50``
articles (50 highlights each, files opened by path), plus ``SEED_HIGHLIGHTS`` on seed 5 (the
article the CLI and TUI benchmarks open), with its real article key.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from annotations.migration import manifest_for, sharded, write_layout
from annotations.model import Annotation, Selector, new_id
from annotations.shards import DEFAULT_SHARDS

ROOT = Path(__file__).resolve().parents[2]
SEED = "seeds/004_d4847e1b1b2a2bef.txt"  # seed 5 of `postil list`
SEED_HIGHLIGHTS = 40
WORDS = ("the", "data", "privacy", "law", "of", "hong", "kong", "and", "beijing", "protests")
TAGS = (*(f"tag-{n:02d}" for n in range(36)), "gdpr", "china", "hong-kong", "platforms")
TEXT = " ".join(random.Random(7).choice(WORDS) for _ in range(20_000))
PER_ARTICLE = 50


def _doc(rng: random.Random, index: int, article: int) -> dict[str, Any]:
    start = rng.randrange(0, len(TEXT) - 400)
    end = start + rng.randrange(40, 300)
    return Annotation(
        id=new_id() + f"{index:x}",  # unique even within one millisecond
        article=f"/home/reader/news/article_{article:06d}.txt",
        article_title=f"Article {article}: TikTok quits Hong Kong as US giants suspend requests",
        selector=Selector.from_text(TEXT, start, end),
        color=rng.choice(("yellow", "green", "blue")),
        tags=tuple(rng.sample(TAGS, rng.randrange(1, 4))),
        note=" ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30) if index % 2 else 0)),
        created="2026-01-01T00:00:00Z",
        updated="2026-01-01T00:00:00Z",
        article_key=f"text:{article:016x}",
    ).to_dict()


def seed_docs(rng: random.Random) -> list[dict[str, Any]]:
    """Highlights of seed 5, with its real key, so opening it shows them."""
    from reader.collection.keys import article_key
    from reader.library import Library

    library = Library.default()
    article = library.load(SEED)
    key = article_key(article)
    docs = []
    for _ in range(SEED_HIGHLIGHTS):
        start = rng.randrange(0, len(article.text) - 200)
        selector = Selector.from_text(article.text, start, start + rng.randrange(20, 150))
        ann = Annotation.create(
            article=SEED, article_title=article.title, selector=selector, article_key=key
        )
        docs.append(ann.to_dict())
    return docs


def article_files(folder: Path, count: int) -> list[Annotation]:
    """``count`` highlights, 50 per article, over ``count // 50`` article files written in
    ``folder`` (the seeds, each copy made distinct by its number after every paragraph), each
    highlight a real passage of its article's text as postil reads it."""
    from reader.collection.keys import article_key
    from reader.library import Library

    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    library = Library.default()
    rng = random.Random(11)
    anns: list[Annotation] = []
    for n in range(max(1, count // PER_ARTICLE)):
        raw = seeds[n % len(seeds)].read_text(encoding="utf-8")
        path = folder / f"article_{n:05d}.txt"
        path.write_text(raw.replace("\n\n", f" ({n})\n\n"), encoding="utf-8")
        article = library.load(str(path))
        key = article_key(article)
        for _ in range(PER_ARTICLE):
            start = rng.randrange(0, len(article.text) - 200)
            selector = Selector.from_text(article.text, start, start + rng.randrange(20, 150))
            anns.append(
                Annotation.create(
                    article=article.id,
                    article_title=article.title,
                    selector=selector,
                    tags=rng.choice(TAGS),
                    note=rng.choice(("", "see the ruling", "**check** the figure")),
                    article_key=key,
                )
            )
    return anns


def build(path: Path, count: int, seed: int = 1, shards: int = DEFAULT_SHARDS) -> None:
    """A database of ``count`` highlights (plus the seed's) at ``path``."""
    rng = random.Random(seed)
    docs = {str(i + 1): _doc(rng, i, i // PER_ARTICLE) for i in range(count)}
    for doc in seed_docs(rng):
        docs[str(len(docs) + 1)] = doc
    groups = sharded(docs, shards)
    write_layout(path, groups, manifest_for(groups, shards, {}))


def json_load_all(path: Path) -> int:
    """``json.load`` of every shard file (what reading everything costs): documents read."""
    total = 0
    for shard in sorted(path.with_name(path.name + ".shards").glob("*.json")):
        with shard.open("rb") as handle:
            total += len(json.load(handle)["annotations"])
    return total
