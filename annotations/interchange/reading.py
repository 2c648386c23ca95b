"""An import file to records: size bound, JSON parse, format detection, duplicate check.

Everything that can make a whole file unusable is one :class:`ImportFormatError` line (too
big, not UTF-8, not JSON, not annotations); everything about one annotation is a
:class:`Skip`. Nothing is written anywhere: the caller decides what to store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from annotations.interchange.hypothesis_import import is_hypothesis, read_hypothesis
from annotations.interchange.records import (
    ORIGIN_HYPOTHESIS,
    ORIGIN_W3C,
    ImportFormatError,
    ParseResult,
    Skip,
    item_label,
)
from annotations.interchange.w3c_import import is_w3c, read_w3c

#: Largest file read whole (bytes): about 20,000 annotations in postil's own W3C export (see
#: tests/benchmarks/bench_interchange.py). A larger file is refused with a line saying to
#: split it, never half-read; parsing it whole would take seconds and hundreds of MB.
MAX_IMPORT_BYTES = 32 * 1024 * 1024
#: Most annotations one file may hold.
MAX_ITEMS = 50_000

_EXPECTED = (
    "expected W3C Web Annotation JSON-LD (an Annotation, a list of them, an "
    'AnnotationCollection or AnnotationPage) or Hypothesis API JSON (rows, or {"rows": [...]})'
)


def read_file(path: Path) -> tuple[str, ParseResult]:
    """``(format, records)`` of the import file at ``path``; format is "W3C" or "Hypothesis"."""
    try:
        size = os.stat(path).st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFormatError(
                f"{path} is {size / 1e6:.1f} MB; postil imports files up to "
                f"{MAX_IMPORT_BYTES / 1e6:.0f} MB: split it (e.g. with jq) and import each part"
            )
        with open(path, "rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportFormatError(f"cannot read {path}: {error.strerror or error}") from None
    if len(raw) > MAX_IMPORT_BYTES:  # grew while being read
        raise ImportFormatError(f"{path} is over {MAX_IMPORT_BYTES / 1e6:.0f} MB: split it")
    return parse_bytes(raw, str(path))


def parse_bytes(raw: bytes, name: str) -> tuple[str, ParseResult]:
    """``(format, records)`` of an import file's bytes; ``name`` is used in messages."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFormatError(f"{name} is not UTF-8 text, so not JSON") from None
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise ImportFormatError(f"{name} nests JSON too deeply to be annotations") from None
    return parse_document(data, name)


def parse_document(data: Any, name: str = "the file") -> tuple[str, ParseResult]:
    """``(format, records)`` of parsed JSON ``data``."""
    result = ParseResult()
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        kind = ORIGIN_HYPOTHESIS
    elif is_w3c(data):
        kind = ORIGIN_W3C
    elif is_hypothesis(data):
        kind = ORIGIN_HYPOTHESIS
    else:
        raise ImportFormatError(f"{name} holds no annotations postil can read: {_EXPECTED}")
    (read_hypothesis if kind == ORIGIN_HYPOTHESIS else read_w3c)(data, result)
    count = len(result.notes) + len(result.skipped)
    if count > MAX_ITEMS:
        raise ImportFormatError(
            f"{name} holds {count:,} annotations; postil imports up to {MAX_ITEMS:,} per file: "
            "split it and import each part"
        )
    _drop_duplicates(result)
    return kind, result


def _drop_duplicates(result: ParseResult) -> None:
    """One record per id: exact repeats are read once, a conflicting repeat is skipped."""
    kept: dict[str, Any] = {}
    for note in result.notes:
        first = kept.get(note.id)
        if first is None:
            kept[note.id] = note
        elif first == note:
            result.remark("annotations repeated in the file read once")
        else:
            label = item_label("annotation", None, note.remote_id or note.id)
            result.skipped.append(
                Skip(label, "same id as an earlier annotation with different content")
            )
    result.notes = list(kept.values())
