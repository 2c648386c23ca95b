"""Building and checking a set of synthetic articles with hand-labelled entities.

The held-out set (``tests/data/heldout``, a check never tuned on) and the development set
(``tests/data/dev``, what the recognizer is tuned on) are built the same way, so they share
this code: each ``<nn>_<slug>.txt`` is an article, its ``<nn>_<slug>.tsv`` lists the mentions
in reading order (``surface<TAB>LABEL[<TAB>left context]``, ``-`` = deliberately not an
entity). Parsing, sequential location and completeness checks come from the gold builder
(``tests/data/gold/build.py``), so all sets are verified by the same code, and the JSONL has
the gold format. Sets built with sections (``dev2``, ``heldout2``) also name each article's
newspaper section in its source (a ``# section: sport`` line), copied into the record as
``"section"`` so that a scorer can report per section; the older sets have no such field.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
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

#: The newspaper sections an article of a sectioned set may belong to.
SECTIONS = ("sport", "business", "politics", "entertainment", "technology")
SECTION_LINE = re.compile(r"^# section: (\S+)[ \t]*$", re.MULTILINE)


def read_section(source: Path) -> str:
    """The section named once in a source by a ``# section: <name>`` comment line.

    A comment keeps the source readable by the gold parser unchanged (it skips ``#`` lines),
    so the section lives beside the labels it qualifies instead of in a second file to sync.
    """
    found = SECTION_LINE.findall(source.read_text(encoding="utf-8"))
    if len(found) != 1:
        raise GoldError(f"{source.name}: expected one '# section: <name>' line, found {len(found)}")
    if found[0] not in SECTIONS:
        raise GoldError(f"{source.name}: unknown section {found[0]!r} (one of {SECTIONS})")
    return found[0]


@dataclass(frozen=True)
class ArticleSet:
    """One set: its folder of articles and sources, and the JSONL built from them."""

    name: str
    sectioned: bool = False

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
        records = gold.build_set([(a, a.with_suffix(".tsv")) for a in self.article_paths()])
        if not self.sectioned:
            return records
        sections = self.read_sections()
        return [{"id": r["id"], "section": sections[r["id"]], **r} for r in records]

    def read_sections(self) -> dict[str, str]:
        """Each article's section by id; GoldError listing every source without a valid one."""
        sections, errors = {}, []
        for article in self.article_paths():
            try:
                sections[article.stem] = read_section(article.with_suffix(".tsv"))
            except GoldError as error:
                errors.append(str(error))
        if errors:
            raise GoldError("\n".join(errors))
        return sections

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
    """Print a Markdown table of mentions per label per article (for the README).

    Records with a section get a section column and one summary row per section.
    """
    present = {label for record in records for _, _, label in record["entities"]}
    used = [label for label in LABEL_ORDER if label in present]
    sectioned = all("section" in record for record in records)
    first = "| article | section | " if sectioned else "| article | "
    print(first + " | ".join(used) + " | total |")
    print("|---|" + "---|" * (len(used) + 1 + sectioned))
    per_section: dict[str, Counter[str]] = {}
    for record in records:
        counts = Counter(label for _, _, label in record["entities"])
        section = f" {record['section']} |" if sectioned else ""
        if sectioned:
            per_section.setdefault(record["section"], Counter()).update(counts)
        print(f"| {record['id'][:2]} |{section} {_cells(counts, used)} |")
    for name in SECTIONS:
        if name in per_section:
            print(f"| all | {name} | {_cells(per_section[name], used)} |")
    overall = Counter(label for record in records for _, _, label in record["entities"])
    print(f"| all |{' all |' if sectioned else ''} {_cells(overall, used)} |")


def _cells(counts: Counter[str], used: list[str]) -> str:
    """One table row's label counts and their total."""
    return " | ".join(str(counts[label]) for label in used) + f" | {sum(counts.values())}"


HELDOUT = ArticleSet("heldout")
DEV = ArticleSet("dev")
DEV2 = ArticleSet("dev2", sectioned=True)
DEV3 = ArticleSet("dev3", sectioned=True)
DEV4 = ArticleSet("dev4", sectioned=True)
DEV5 = ArticleSet("dev5", sectioned=True)
DEV6 = ArticleSet("dev6", sectioned=True)
DEV7 = ArticleSet("dev7", sectioned=True)
DEV8 = ArticleSet("dev8", sectioned=True)
HELDOUT2 = ArticleSet("heldout2", sectioned=True)
