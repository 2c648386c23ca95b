"""Words per second of the built-in recogniser on one core, on distinct news articles.

Usage::

    python tests/benchmarks/bench_ner.py [--words 200000] [--repeat 3] [--no-long]

The articles are every news text we have (the five ``seeds/*.txt`` and every article set
under ``tests/data/``), each recognised by its own ``recognize()`` call, as the reader does,
and cycled until about ``--words`` whitespace words have been processed.

Nothing derived from the input is carried from one cycle to the next: before each cycle every
memoised function of ``reader.entities`` that takes arguments is cleared (zero-argument ones
are the static data: gazetteer, compiled regexes; the first output line names what is
cleared, none today), so is the ``re`` module's pattern cache, and every cycle recognises
fresh copies of the strings. Only the static data survives, loaded by a warm-up call on a
short made-up text before timing. The figure is the best of ``--repeat`` runs.

A second line times the old measure, labelled as such: the five seeds repeated into one long
document, a single call. The per-article run cache of the name pipeline turns every copy after the
first into cache hits, so that figure is much higher than the per-article one and is no
estimate of the reader's speed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import reader.entities  # noqa: E402
from reader.entities import recognize  # noqa: E402
from reader.entities.gazetteer import gazetteer  # noqa: E402

ARTICLE_DIRS = (
    "seeds",
    "tests/data/dev",
    "tests/data/heldout",
    "tests/data/dev2",
    "tests/data/heldout2",
)
WARM_UP = (
    "WASHINGTON (AP) — Dr. Jane Doe of the Acme Corp. said on Monday, May 2, 2024, that the "
    "company would pay $5.2 million, about 3% of its revenue, to 1,200 workers in Paris."
)


def articles() -> list[str]:
    """The distinct news articles: seeds, dev and held-out texts."""
    paths = [p for d in ARTICLE_DIRS for p in sorted((ROOT / d).glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


def input_caches() -> list:
    """Memoised functions of ``reader.entities`` that take arguments, i.e. whose entries are
    derived from the text being recognised (zero-argument ones hold static data only)."""
    found = []
    for info in pkgutil.iter_modules(reader.entities.__path__, "reader.entities."):
        if info.name.endswith("spacy_backend"):
            continue  # optional dependency, not part of the built-in recogniser
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            wrapped = getattr(obj, "__wrapped__", None)
            if (
                hasattr(obj, "cache_clear")
                and wrapped is not None
                and getattr(wrapped, "__code__", None) is not None
                and wrapped.__code__.co_argcount > 0
            ):
                found.append(obj)
    return found


def reset(caches: list) -> None:
    """Forget everything a previous cycle may have memoised about its input."""
    for fn in caches:
        fn.cache_clear()
    re.purge()  # patterns built from the text ("Lumen 3" model names) are cached by ``re``


def plan(texts: list[str], words: int) -> list[list[str]]:
    """Cycles of fresh copies of the articles, until ``words`` words are reached."""
    counts = [len(t.split()) for t in texts]
    cycles: list[list[str]] = []
    total = 0
    while total < words:
        cycle = []
        for t, n in zip(texts, counts, strict=True):
            if total >= words:
                break
            cycle.append("".join(list(t)))  # a new string object: no cached hash, no identity
            total += n
        cycles.append(cycle)
    return cycles


def bench_articles(words: int, repeat: int) -> tuple[int, int, int, float]:
    """Best time of ``repeat`` runs over the cycled articles: words, articles, entities, s."""
    texts = articles()
    caches = input_caches()
    best = float("inf")
    n_words = n_articles = found = 0
    for _ in range(repeat):
        cycles = plan(texts, words)  # copies made outside the timed region
        n_words = sum(len(t.split()) for c in cycles for t in c)
        n_articles = sum(len(c) for c in cycles)
        found = 0
        t0 = time.perf_counter()
        for cycle in cycles:
            reset(caches)
            for text in cycle:
                found += len(recognize(text))
        best = min(best, time.perf_counter() - t0)
    reset(caches)
    return n_words, n_articles, found, best


def bench_long(words: int, repeat: int) -> tuple[int, int, float]:
    """The old measure: the five seeds repeated into one document, one call."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    one = "\n\n".join(seeds)
    text = "\n\n".join([one] * (words // len(one.split()) + 1))
    caches = input_caches()
    best = float("inf")
    found = 0
    for _ in range(repeat):
        reset(caches)
        t0 = time.perf_counter()
        found = len(recognize(text))
        best = min(best, time.perf_counter() - t0)
    return len(text.split()), found, best


def main(argv: list[str] | None = None) -> int:
    """Print words, articles, seconds and words/s."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--no-long", action="store_true", help="skip the one-long-repeated-document line"
    )
    args = ap.parse_args(argv)
    gazetteer()  # warm-up: load the gazetteer, compile the regexes
    recognize(WARM_UP)
    caches = input_caches()
    print(f"cleared before each cycle: {', '.join(f.__qualname__ for f in caches) or 'none'}")
    words, arts, found, secs = bench_articles(args.words, args.repeat)
    distinct = len(articles())
    print(
        f"news articles, one call each ({distinct} distinct, cycled): {words} words, "
        f"{arts} articles, {found} entities"
    )
    print(f"  best of {args.repeat}: {secs:.3f} s = {words / secs:,.0f} words/s")
    if not args.no_long:
        words, found, secs = bench_long(args.words, args.repeat)
        print(
            f"one long repeated document (5 seeds repeated, one call; run cache inflates it): "
            f"{words} words, {found} entities"
        )
        print(f"  best of {args.repeat}: {secs:.3f} s = {words / secs:,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
