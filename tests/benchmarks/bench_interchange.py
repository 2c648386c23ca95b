"""Speed of the W3C export and of reading W3C / Hypothesis imports, against plain JSON.

Run: ``python tests/benchmarks/bench_interchange.py`` (``--quick`` for 1,000 only).
For 1,000 and 10,000 annotations it prints the time to build and serialise the W3C
collection, and to read it back into records, and the same for a Hypothesis search result,
each with the ratio to the baseline measured in the same run: ``json.dumps`` / ``json.loads``
(the C encoder and decoder) of the same annotations' store dictionaries, the least any
exporter or reader of them must do.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable

from annotations.interchange.reading import parse_bytes
from annotations.interchange.sources import SourceDoc
from annotations.interchange.w3c_export import dumps, to_w3c
from annotations.model import Annotation, Selector

WORDS = ("the", "data", "privacy", "law", "東京", "hong", "kong", "and", "beijing", "🙂")
TEXT = " ".join(random.Random(7).choice(WORDS) for _ in range(20_000))


def sample(rng: random.Random, index: int) -> Annotation:
    start = rng.randrange(0, len(TEXT) - 400)
    return Annotation.create(
        article=f"article-{index % 200}",
        article_title="TikTok quits Hong Kong as US giants suspend processing data requests",
        selector=Selector.from_text(TEXT, start, start + rng.randrange(40, 300)),
        tags=rng.sample(["gdpr", "china", "hong-kong", "platforms", "law"], 2),
        note=" ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30))),
    )


def hypothesis_rows(anns: list[Annotation]) -> bytes:
    rows = [
        {
            "id": f"h{i:021d}",
            "uri": f"https://news.example/{ann.article}",
            "text": ann.note,
            "tags": list(ann.tags),
            "created": "2024-01-01T00:00:00.000000+00:00",
            "updated": "2024-01-02T00:00:00.000000+00:00",
            "user": "acct:alice@hypothes.is",
            "document": {"title": [ann.article_title]},
            "target": [
                {
                    "source": f"https://news.example/{ann.article}",
                    "selector": [
                        {"type": "TextPositionSelector", "start": ann.start, "end": ann.end},
                        {"type": "TextQuoteSelector", **ann.selector.to_dict()},
                    ],
                }
            ],
        }
        for i, ann in enumerate(anns)
    ]
    return json.dumps({"total": len(rows), "rows": rows}).encode()


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings in milliseconds (the least disturbed by the machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def bench(count: int) -> None:
    rng = random.Random(count)
    anns = [sample(rng, i) for i in range(count)]
    sources = {a.article: SourceDoc(url=f"https://news.example/{a.article}") for a in anns}
    dicts = [a.to_dict() for a in anns]
    runs = 5 if count <= 1000 else 2

    base_dump = best_of(runs, lambda: json.dumps(dicts, ensure_ascii=False))
    export = best_of(runs, lambda: dumps(to_w3c(anns, sources)))
    raw_w3c = dumps(to_w3c(anns, sources)).encode()
    raw_store = json.dumps(dicts).encode()
    base_load = best_of(runs, lambda: json.loads(raw_store))
    read_w3c = best_of(runs, lambda: parse_bytes(raw_w3c, "bench"))
    raw_h = hypothesis_rows(anns)
    read_h = best_of(runs, lambda: parse_bytes(raw_h, "bench"))
    print(f"{count:>7,} annotations")
    print(f"  export W3C      {export:8.1f} ms  {export / base_dump:5.1f}x json.dumps")
    print(f"  read W3C        {read_w3c:8.1f} ms  {read_w3c / base_load:5.1f}x json.loads")
    print(f"  read Hypothesis {read_h:8.1f} ms  {read_h / base_load:5.1f}x json.loads")
    print(f"  baselines       {base_dump:8.1f} ms dumps, {base_load:.1f} ms loads")
    size = len(raw_w3c)
    print(f"  W3C file        {size / 1e6:8.2f} MB  {size / len(raw_store):5.1f}x the store's JSON")


if __name__ == "__main__":
    for size in (1_000,) if "--quick" in sys.argv else (1_000, 10_000):
        bench(size)
