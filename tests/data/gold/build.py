"""Build tests/data/gold_entities.jsonl from the hand-written sources beside this file.

Why a builder instead of hand-typed offsets: offsets typed by hand drift silently, while
a surface string typed by hand can be checked. Each source ``<seed stem>.tsv`` lists the
entity mentions of one seed in reading order, one per line::

    surface<TAB>LABEL[<TAB>left context]

``LABEL`` ``-`` marks an occurrence that is deliberately NOT an entity (it is consumed
so that the sequential search skips it, and it documents the decision). The optional
left context must end right where the mention starts. Lines starting with ``#`` and
blank lines are ignored.

The builder fails loudly (exit status 1, one message per problem) when a surface is not
found at a word boundary after the previous mention, when spans overlap, when a label is
unknown, or when some occurrence of a labelled surface is neither labelled, inside a
labelled span, nor explicitly skipped (so every omission is a recorded decision).

Usage (from the repository root)::

    python tests/data/gold/build.py            # rebuild the JSONL
    python tests/data/gold/build.py --check    # fail if the JSONL is stale
    python tests/data/gold/build.py --unlabelled  # list capitalised words and numbers
                                                  # outside every span (second pass aid)
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
ROOT = GOLD_DIR.parents[2]
SEEDS_DIR = ROOT / "seeds"
OUTPUT = ROOT / "tests" / "data" / "gold_entities.jsonl"

#: The OntoNotes labels, in OntoNotes order (the order of the README's count tables).
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
LABELS = frozenset(LABEL_ORDER)
SKIP = "-"


class GoldError(Exception):
    """A source line that cannot be turned into a verified span."""


@dataclass(frozen=True)
class Mention:
    """One line of a source file: what to find, its label, and where it was written."""

    surface: str
    label: str
    context: str
    line_no: int


def parse_source(path: Path) -> list[Mention]:
    """Read a ``.tsv`` source into mentions, rejecting malformed lines."""
    mentions: list[Mention] = []
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) not in (2, 3) or not parts[0]:
            raise GoldError(f"{path.name}:{line_no}: expected 'surface<TAB>LABEL[<TAB>context]'")
        label = parts[1]
        if label != SKIP and label not in LABELS:
            raise GoldError(f"{path.name}:{line_no}: unknown label {label!r}")
        context = parts[2] if len(parts) == 3 else ""
        mentions.append(Mention(parts[0], label, context, line_no))
    return mentions


def at_boundary(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters or digits on either side."""
    before_ok = start == 0 or not text[start - 1].isalnum()
    after_ok = end == len(text) or not text[end].isalnum()
    return before_ok and after_ok


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of every word-bounded occurrence of surface in text."""
    found = []
    for match in re.finditer(re.escape(surface), text):
        if at_boundary(text, match.start(), match.end()):
            found.append(match.start())
    return found


Span = tuple[int, int]


def locate(text: str, mentions: list[Mention], name: str) -> tuple[list[list], set[Span]]:
    """Find mentions sequentially; return labelled spans and explicitly skipped spans."""
    cursor = 0
    spans: list[list] = []
    skipped: set[Span] = set()
    for mention in mentions:
        start = next(
            (
                pos
                for pos in occurrences(text, mention.surface)
                if pos >= cursor and text[:pos].endswith(mention.context)
            ),
            None,
        )
        if start is None:
            raise GoldError(
                f"{name}:{mention.line_no}: {mention.surface!r} not found after offset {cursor}"
                + (f" with left context {mention.context!r}" if mention.context else "")
            )
        end = start + len(mention.surface)
        if text[start:end] != mention.surface:  # belt and braces: the contract of the file
            raise GoldError(f"{name}:{mention.line_no}: span text mismatch")
        if mention.label == SKIP:
            skipped.add((start, end))
        else:
            spans.append([start, end, mention.label])
        cursor = end
    return spans, skipped


def check_complete(text: str, spans: list[list], skipped: set[Span], name: str) -> None:
    """Fail when a labelled surface also occurs somewhere unlabelled and unskipped."""
    problems = []
    for surface in sorted({text[s:e] for s, e, _ in spans}):
        for start in occurrences(text, surface):
            end = start + len(surface)
            covered = any(s <= start and end <= e for s, e, _ in spans)
            if not covered and (start, end) not in skipped:
                snippet = text[max(0, start - 30) : end + 30].replace("\n", " ")
                problems.append(f"{name}: unlabelled {surface!r} at {start}: ...{snippet}...")
    if problems:
        raise GoldError("\n".join(problems))


def check_spans(text: str, spans: list[list], name: str) -> None:
    """Fail on overlapping spans or spans with surrounding whitespace."""
    for (s1, e1, _), (s2, e2, _) in itertools.pairwise(spans):
        if s2 < e1:
            raise GoldError(f"{name}: overlap {text[s1:e1]!r}@{s1} and {text[s2:e2]!r}@{s2}")
    for s, e, _ in spans:
        if text[s:e] != text[s:e].strip():
            raise GoldError(f"{name}: span {text[s:e]!r}@{s} has outer whitespace")


def read_seed(path: Path) -> str:
    """Decode a seed exactly: UTF-8, newlines untouched."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def build_records() -> list[dict]:
    """Build one verified record per seed, in seed file order."""
    return build_set(
        [(seed, GOLD_DIR / f"{seed.stem}.tsv") for seed in sorted(SEEDS_DIR.glob("*.txt"))]
    )


def build_set(pairs: list[tuple[Path, Path]]) -> list[dict]:
    """One verified record per ``(article, source)``; GoldError listing every problem.

    Shared by the gold, held-out and development sets, so all are checked by the same code.
    """
    records = []
    errors = []
    for article, source in pairs:
        text = read_seed(article)
        try:
            if not source.exists():
                raise GoldError(f"missing source {source.name}")
            spans, skipped = locate(text, parse_source(source), source.name)
            spans.sort()
            check_spans(text, spans, source.name)
            check_complete(text, spans, skipped, source.name)
        except GoldError as error:
            errors.append(str(error))
            continue
        records.append({"id": article.stem, "text": text, "entities": spans})
    if errors:
        raise GoldError("\n".join(errors))
    return records


def render(records: list[dict]) -> str:
    """Serialise records as JSON Lines (UTF-8 kept readable)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


CANDIDATE = re.compile(r"[A-Z][\w.&-]*|\d[\d,.:]*")


def list_unlabelled(records: list[dict]) -> None:
    """Print capitalised words and numbers outside every span, for the second pass."""
    for record in records:
        text, spans = record["text"], record["entities"]
        for match in CANDIDATE.finditer(text):
            if not any(s <= match.start() < e for s, e, _ in spans):
                line = text.count("\n", 0, match.start()) + 1
                print(f"{record['id']}:{line}: {match.group()}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSONL is stale")
    parser.add_argument("--unlabelled", action="store_true", help="list unlabelled candidates")
    args = parser.parse_args(argv)
    try:
        records = build_records()
    except GoldError as error:
        print(f"gold: {error}", file=sys.stderr)
        return 1
    content = render(records)
    if args.unlabelled:
        list_unlabelled(records)
        return 0
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != content:
            print(f"gold: {OUTPUT.name} is stale; run tests/data/gold/build.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(content, encoding="utf-8")
    total = sum(len(r["entities"]) for r in records)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(records)} articles, {total} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
