"""The analyzer's folding table, stored: which characters fold to which term characters.

Why: :mod:`reader.search.folding` builds its match expressions from this table, and making
it means running the analyzer over every letter and digit below U+3000 and reading back 12,000
tokens, about 12 ms of every ``postil search`` process (a sixth of the whole command, and the
issue's target is twice ``postil --version``). The table only changes with the analyzer, so it
is made once, here, and stored in ``data/folding.json``, one entry a line.

The file is keyed by what the table depends on: tantivy's version string and the analyzer's
rules (:data:`~reader.search.analysis.ANALYZER_VERSION`, the token limit, the table's end).
Another tantivy, or a missing or damaged file, falls back to making the table, so the stored
table can make a search cheaper, never different; a test compares it with a fresh one.

Regenerate after a tantivy upgrade with ``python -m reader.search.folding_table``.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

from reader.search.analysis import ANALYZER_VERSION, MAX_TOKEN_CHARS, analyzer

TABLE_FILE = Path(__file__).with_name("data") / "folding.json"
#: Letters and digits of the table: Latin, Greek, Cyrillic, ... (CJK fold to themselves).
TABLE_END = 0x3000
#: ``(term char -> characters folding to it, folded string -> characters folding to it)``.
Table = tuple[dict[str, str], dict[str, str]]


def key() -> str:
    """What the table depends on, as the file records it."""
    import tantivy

    version = getattr(tantivy, "__version__", "unknown")
    return f"{version}; analyzer {ANALYZER_VERSION}; tokens <= {MAX_TOKEN_CHARS}; < {TABLE_END:#x}"


def table() -> Table:
    """The stored table if it was made for this analyzer, else a table made now."""
    try:
        stored = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
        if stored["key"] == key():
            return dict(stored["single"]), dict(stored["multi"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return make()


def make() -> Table:
    """Run the analyzer over every letter and digit below :data:`TABLE_END` (one call)."""
    chars = [
        c for c in string.ascii_letters + string.digits + "".join(map(chr, range(0x80, TABLE_END)))
        if c.isalnum()
    ]  # fmt: skip
    found = analyzer().pre_tokenize(" ".join(chars)).tokens
    single: dict[str, set[str]] = {}
    multi: dict[str, set[str]] = {}
    for char, token in zip(chars, found, strict=True):
        folded = token.text
        (single if len(folded) == 1 else multi).setdefault(folded, set()).add(char)
    return (
        {k: "".join(sorted(v)) for k, v in single.items()},
        {k: "".join(sorted(v)) for k, v in multi.items()},
    )


def dumps(made: Table) -> str:
    """The file's text: one entry a line, so that a changed folding diffs line by line."""
    single, multi = made

    def block(entries: dict[str, str]) -> str:
        dump = json.dumps  # ensure_ascii: combining marks and odd spaces stay readable
        return ",\n".join(f"    {dump(k)}: {dump(v)}" for k, v in entries.items())

    return (
        f'{{\n  "key": {json.dumps(key())},\n'
        f'  "single": {{\n{block(single)}\n  }},\n'
        f'  "multi": {{\n{block(multi)}\n  }}\n}}\n'
    )


def main() -> None:
    """Write :data:`TABLE_FILE` for the installed tantivy."""
    TABLE_FILE.parent.mkdir(exist_ok=True)
    TABLE_FILE.write_text(dumps(make()), encoding="utf-8")
    print(f"wrote {TABLE_FILE} ({key()})")


if __name__ == "__main__":
    main()
