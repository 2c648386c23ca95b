"""Words per second of the built-in recogniser on one core.

Usage::

    python tests/benchmarks/bench_ner.py [--words 200000] [--repeat 3] [--news]

The text is the five seed articles repeated to about ``--words`` words, as one string (so the
article-level passes see one long document, the worst case for them). The figure is the best
of ``--repeat`` runs, after one warm-up run that also loads the gazetteer.

``--news`` also times the development and held-out articles (tests/data/dev_entities.jsonl,
tests/data/heldout_entities.jsonl), each recognised on its own as the reader does: short,
non-repeated news, where the per-article caches help least.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.entities import recognize  # noqa: E402


def corpus(words: int) -> str:
    """Seed texts repeated until the corpus has at least ``words`` whitespace words."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    one = "\n\n".join(seeds)
    per = len(one.split())
    return "\n\n".join([one] * (words // per + 1))


def news_articles() -> list[str]:
    """The dev and held-out article texts (whichever sets exist)."""
    texts = []
    for name in ("dev_entities.jsonl", "heldout_entities.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def bench_news(repeat: int) -> None:
    """Words/s over the dev + held-out articles, one ``recognize`` call per article."""
    texts = news_articles()
    n_words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            recognize(t)
        best = min(best, time.perf_counter() - t0)
    print(f"news: {len(texts)} articles, {n_words} words")
    print(f"best of {repeat}: {best:.3f} s = {n_words / best:,.0f} words/s")


def main(argv: list[str] | None = None) -> int:
    """Print words/s and entities found."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--news", action="store_true", help="also time the dev + held-out articles")
    args = ap.parse_args(argv)
    text = corpus(args.words)
    n_words = len(text.split())
    recognize(text[:1000])  # warm-up: gazetteer load and regex compilation
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = len(recognize(text))
        best = min(best, time.perf_counter() - t0)
    print(f"{n_words} words, {len(text)} chars, {found} entities")
    print(f"best of {args.repeat}: {best:.3f} s = {n_words / best:,.0f} words/s")
    if args.news:
        bench_news(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
