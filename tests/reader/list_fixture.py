"""A small kept library with every kind of ``postil list`` row, built the same on every run.

Used by test_list_output.py, and to write ``tests/data/list_golden.json`` with the postil from
before the listing was made parallel and streamed (commit fe5b4aa):

    python -m tests.reader.list_fixture BASE_CHECKOUT OUTPUT

Names and times are fixed (a kept article's name starts with the time it was added), and the
outputs are stored with the library's and the seeds' folders replaced by ``{ROOT}``/``{SEEDS}``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"

#: The ``postil list`` invocations compared.
LISTINGS = (
    ("list", "--json"),
    ("list", "--json", "--state", "all"),
    ("list", "--json", "--sort", "published"),
    ("list", "--json", "--state", "archived"),
    ("list",),
)

MARKDOWN = """---
title: "Council *votes* on the [budget](https://example.com/b)"
authors: ["Ana Ruiz", "Bo Chen", "Cy Dee"]
published: "2024-05-02"
site: "Example Gazette"
---

# Council votes on the budget

The council voted on Monday to **approve** the budget, after a long debate about
schools and roads that went on [well past midnight](https://example.com/late).

Advertisement

> "We did what we had to," the mayor said.
"""


def corpus() -> list[Path]:
    """The seeds and the test articles, as the library benchmark uses them."""
    return sorted(SEEDS.glob("*.txt")) + sorted(DATA.glob("*/*.txt"))


def build(root: Path) -> dict[str, str]:
    """Write the library under ``root``; the environment that lists it."""
    from reader.collection.kept import Collection
    from reader.collection.prepare import Origin, prepare

    kept = root / "kept"
    start = datetime(2024, 1, 1, tzinfo=UTC)
    new = []
    sources = [(p.read_bytes(), "text", p.stem) for p in corpus()[:40]]
    sources.append((MARKDOWN.encode(), "md", "council"))
    for n, (data, kind, name) in enumerate(sources):
        url = f"https://example.com/{n}" if n % 3 == 0 else None
        origin = Origin(url=url, feed="https://example.com/feed" if n % 5 == 0 else None)
        article = prepare(data, kind, origin, name)
        added = start + timedelta(hours=n)
        stamp = added.strftime("%Y-%m-%dT%H:%M:%SZ")
        document = re.sub(rb'\nadded: "[^"]*"\n', f'\nadded: "{stamp}"\n'.encode(),
                          article.document, count=1)  # fmt: skip
        new.append(replace(article, added=added, document=document))
    Collection(kept).commit_many(new)
    return {
        "POSTIL_LIBRARY": str(kept),
        "POSTIL_DB": str(root / "notes.json"),
        "POSTIL_CACHE_DIR": str(root / "cache"),
    }


def mark_up(run: object) -> None:
    """Highlights, states and a removal, through the command line (``run(args)``)."""
    stems = sorted(n[:-3] for n in os.listdir(os.environ["POSTIL_LIBRARY"] + "/articles")
                   if n.endswith(".md"))  # fmt: skip
    calls = [
        (
            "annotate",
            "seeds/000_e6b8ac3b665c0f17.txt",
            "--quote",
            "foreign ministry",
            "--occurrence",
            "1",
        ),
        ("annotate", f"library/{stems[1]}", "--quote", "the", "--occurrence", "1"),
        ("annotate", f"library/{stems[2]}", "--quote", "the", "--occurrence", "1"),
        ("annotate", f"library/{stems[2]}", "--quote", "a", "--occurrence", "2"),
        ("mark", f"library/{stems[3]}", "archived"),
        ("mark", f"library/{stems[4]}", "read"),
        ("remove", f"library/{stems[2]}", "--yes"),
    ]
    for args in calls:
        run(list(args))  # type: ignore[operator]


def normalized(text: str, root: Path, seeds: Path = SEEDS) -> str:
    return text.replace(str(root), "{ROOT}").replace(str(seeds), "{SEEDS}")


def _write_golden(base: Path, output: Path) -> None:
    """Build the library with this checkout, list it with the postil in ``base`` (cold, then
    warm: both must agree), and store the outputs."""
    import tempfile

    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        env = {**os.environ, **build(root)}
        os.environ.update(env)

        def run(args: list[str], cwd: Path = ROOT) -> str:
            command = [sys.executable, "-m", "reader", *args]
            done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
            return done.stdout

        mark_up(run)
        outputs = {}
        for args in LISTINGS:
            cold = run(list(args), base)
            assert run(list(args), base) == cold
            outputs[" ".join(args)] = normalized(cold, root, base / "seeds")
    output.write_text(json.dumps(outputs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write_golden(Path(sys.argv[1]), Path(sys.argv[2]))
