"""Building and checking a set of synthetic articles with hand-labelled entities.

The held-out set (``tests/data/heldout``, a check never tuned on) and the development set
(``tests/data/dev``, what the recognizer is tuned on) are built the same way, so they share
this code: each ``<nn>_<slug>.txt`` is an article, its ``<nn>_<slug>.tsv`` lists the mentions
in reading order (``surface<TAB>LABEL[<TAB>left context]``, ``-`` = deliberately not an
entity). Parsing, sequential location and completeness checks come from the gold builder
(``tests/data/gold/build.py``), so all three sets are verified by the same code, and the JSONL
has exactly the gold format.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[1]
GOLD_BUILD = DATA / "gold" / "build.py"


def load_gold_builder() -> ModuleType:
    """Import the gold build.py by path (a bare ``import build`` could pick up PyPI's)."""
    name = "postil_gold_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, GOLD_BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


gold = load_gold_builder()
GoldError = gold.GoldError
LABELS = gold.LABELS
LABEL_ORDER = gold.LABEL_ORDER


@dataclass(frozen=True)
class ArticleSet:
    """One set: its folder of articles and sources, and the JSONL built from them."""

    name: str

    @property
    def folder(self) -> Path:
        return DATA / self.name

    @property
    def output(self) -> Path:
        return DATA / f"{self.name}_entities.jsonl"

    def article_paths(self) -> list[Path]:
        """The articles, in file-name order (which is the JSONL order)."""
        return sorted(self.folder.glob("*.txt"))

    def build_records(self) -> list[dict]:
        """Build one verified record per article; raise GoldError listing every problem."""
        return gold.build_set([(a, a.with_suffix(".tsv")) for a in self.article_paths()])

    def main(self, argv: list[str] | None = None) -> int:
        """The set's build.py command line; returns the exit status."""
        parser = argparse.ArgumentParser(description=f"Build {self.output.name}.")
        parser.add_argument("--check", action="store_true", help="fail if the JSONL is stale")
        parser.add_argument("--unlabelled", action="store_true", help="unlabelled candidates")
        parser.add_argument("--counts", action="store_true", help="print mentions per label")
        args = parser.parse_args(argv)
        try:
            records = self.build_records()
        except GoldError as error:
            print(f"{self.name}: {error}", file=sys.stderr)
            return 1
        if args.unlabelled:
            gold.list_unlabelled(records)
            return 0
        if args.counts:
            print_counts(records)
            return 0
        content = gold.render(records)
        if args.check:
            current = self.output.read_text(encoding="utf-8") if self.output.exists() else ""
            if current != content:
                rebuild = f"tests/data/{self.name}/build.py"
                print(f"{self.name}: {self.output.name} is stale; run {rebuild}", file=sys.stderr)
                return 1
            return 0
        self.output.write_text(content, encoding="utf-8")
        total = sum(len(r["entities"]) for r in records)
        print(f"wrote {self.output.relative_to(ROOT)}: {len(records)} articles, {total} entities")
        return 0


def print_counts(records: list[dict]) -> None:
    """Print a Markdown table of mentions per label per article (for the README)."""
    present = {label for record in records for _, _, label in record["entities"]}
    used = [label for label in LABEL_ORDER if label in present]
    print("| article | " + " | ".join(used) + " | total |")
    print("|---|" + "---|" * (len(used) + 1))
    overall: Counter[str] = Counter()
    for record in records:
        counts = Counter(label for _, _, label in record["entities"])
        overall.update(counts)
        cells = " | ".join(str(counts[label]) for label in used)
        print(f"| {record['id'][:2]} | {cells} | {sum(counts.values())} |")
    cells = " | ".join(str(overall[label]) for label in used)
    print(f"| all | {cells} | {sum(overall.values())} |")


HELDOUT = ArticleSet("heldout")
DEV = ArticleSet("dev")
