"""Build tests/data/dev_entities.jsonl from the development articles and their sources.

Why a third set: the held-out set (tests/data/heldout/) must stay a check, never a tuning
target, and the five seeds are already fitted. These synthetic articles are the set the
recognizer is tuned on; they are labelled under exactly the gold conventions
(tests/data/gold/README.md) plus the held-out README's additions, and the JSONL has exactly
the gold format.

Each ``<nn>_<slug>.txt`` here is an article; ``<nn>_<slug>.tsv`` lists its mentions in
reading order (``surface<TAB>LABEL[<TAB>left context]``, ``-`` = deliberately not an entity).
The parsing, sequential location and completeness checks are imported from the gold
builder rather than copied, so both sets are verified by the same code.

Usage (from the repository root)::

    python tests/data/dev/build.py              # rebuild the JSONL
    python tests/data/dev/build.py --check      # fail if the JSONL is stale
    python tests/data/dev/build.py --unlabelled # capitalised words and numbers
                                                # outside every span (review aid)
    python tests/data/dev/build.py --counts     # mentions per label per article
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

DEV_DIR = Path(__file__).resolve().parent
ROOT = DEV_DIR.parents[2]
OUTPUT = ROOT / "tests" / "data" / "dev_entities.jsonl"
GOLD_BUILD = ROOT / "tests" / "data" / "gold" / "build.py"


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
#: OntoNotes order, as in the gold README's count table.
LABEL_ORDER = (
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
)


def article_paths() -> list[Path]:
    """The development articles, in file-name order (which is the JSONL order)."""
    return sorted(DEV_DIR.glob("*.txt"))


def build_records() -> list[dict]:
    """Build one verified record per article; raise GoldError listing every problem."""
    records = []
    errors = []
    for article in article_paths():
        text = gold.read_seed(article)
        source = article.with_suffix(".tsv")
        try:
            if not source.exists():
                raise GoldError(f"missing source {source.name}")
            spans, skipped = gold.locate(text, gold.parse_source(source), source.name)
            spans.sort()
            gold.check_spans(text, spans, source.name)
            gold.check_complete(text, spans, skipped, source.name)
        except GoldError as error:
            errors.append(str(error))
            continue
        records.append({"id": article.stem, "text": text, "entities": spans})
    if errors:
        raise GoldError("\n".join(errors))
    return records


def render(records: list[dict]) -> str:
    """Serialise records as JSON Lines, byte for byte like the gold set."""
    return gold.render(records)


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


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSONL is stale")
    parser.add_argument("--unlabelled", action="store_true", help="list unlabelled candidates")
    parser.add_argument("--counts", action="store_true", help="print mentions per label")
    args = parser.parse_args(argv)
    try:
        records = build_records()
    except GoldError as error:
        print(f"dev: {error}", file=sys.stderr)
        return 1
    if args.unlabelled:
        gold.list_unlabelled(records)
        return 0
    if args.counts:
        print_counts(records)
        return 0
    content = render(records)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != content:
            print(f"dev: {OUTPUT.name} is stale; run tests/data/dev/build.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(content, encoding="utf-8")
    total = sum(len(r["entities"]) for r in records)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(records)} articles, {total} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
