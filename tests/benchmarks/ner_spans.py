"""Every span the built-in recogniser finds on every news text we have, one line each: for
checking that a speed change changes no output (dump before, dump after, ``cmp``).

Usage::

    python tests/benchmarks/ner_spans.py > /tmp/before.tsv   # on the old code
    python tests/benchmarks/ner_spans.py > /tmp/after.tsv    # on the new code
    cmp /tmp/before.tsv /tmp/after.tsv

The texts: the seeds, every ``*.txt`` under ``tests/data/``, every record of the entity sets
(``tests/data/*.jsonl``), the seeds joined into one long document three times (the per-article
run cache and whole-text scans), and the first 40 texts in capitals and in small letters
(headline and no-capital branches). Lines are ``name<TAB>start<TAB>end<TAB>label<TAB>repr(text)``.
F1 figures (``ner_eval.py``) can hide a change that fixes one span and breaks another; this
cannot.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.entities import recognize  # noqa: E402


def texts() -> list[tuple[str, str]]:
    """(name, text) of every text the dump covers, in a stable order."""
    out = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in _txt_files()]
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip():
                record = json.loads(line)
                out.append((f"{path.name}:{i}:{record.get('id')}", record["text"]))
    seeds = [text for name, text in out if name.startswith("seeds/")]
    out.append(("seeds-x3", "\n\n".join(seeds * 3)))
    for name, text in out[:40]:
        out += [(f"{name}:upper", text.upper()), (f"{name}:lower", text.lower())]
    return out


def _txt_files() -> list[Path]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in sorted(p for p in (ROOT / "tests" / "data").iterdir() if p.is_dir()):
        paths += sorted(folder.rglob("*.txt"))
    return paths


def main() -> int:
    """Write every span to stdout; the number of texts to stderr."""
    covered = texts()
    for name, text in covered:
        for e in recognize(text):
            sys.stdout.write(f"{name}\t{e.start}\t{e.end}\t{e.label}\t{text[e.start : e.end]!r}\n")
    print(f"{len(covered)} texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
