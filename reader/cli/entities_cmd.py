"""``postil entities``: printing a text's entities, and the whole command for a file path.

``postil entities FILE --json`` is what scripts run over large files, so its path imports
only what it uses: the file decoder, the settings (for ``ner``), the recogniser and the
inert-text helpers; no annotation store, no library index, no TUI (``entry.main`` sends it
here before :mod:`reader.cli.commands` is imported). The JSON is written entity by entity
with the C string encoder, byte for byte what ``json.dumps(rows, indent=2)`` writes, at a
fraction of the pure-Python indenting encoder's cost.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.inert import inert_json_text, one_line
from reader import collector

if TYPE_CHECKING:
    from reader.entities.types import Entity

Recognizer = Callable[[str], "list[Entity]"]


def is_file(path: Path) -> bool:
    """``path.is_file()``, false for a name the system cannot even look up (too long...)."""
    try:
        return path.expanduser().is_file()
    except (OSError, ValueError):
        return False


def cmd_entities_path(args: argparse.Namespace) -> int:
    """Entities of any file: offsets index its decoded text, without cleaning.

    Needs no library and no annotation file, so it works in any pipeline.
    """
    from reader.entities.parallel import recognize_parallel
    from reader.entities.recognizer import recognize
    from reader.library.decoding import read_text
    from reader.mentions.index import recognizer_for
    from reader.settings import load_settings

    text = read_text(Path(args.article).expanduser())
    ner = args.ner or load_settings().ner
    recognizer, warning = recognizer_for(ner)
    if recognizer is not recognize:
        return print_entities(text, args, recognizer, warning)
    # The built-in one: a large file is recognised on two cores. It makes no reference cycles
    # (a test checks it), so the cyclic collector only costs time here, about 5% of a
    # 200,000-word file, walking the gazetteer's tables again and again: paused around it.
    with collector.paused():
        return print_entities(text, args, recognize_parallel, warning)


def print_entities(
    text: str, args: argparse.Namespace, recognizer: Recognizer, warning: str | None
) -> int:
    """Print ``recognizer(text)``: JSON with ``--json``, else names grouped by label."""
    if warning:
        print(f"postil: {warning}", file=sys.stderr)
    entities = recognizer(text)
    if args.json:
        sys.stdout.write(entities_json(text, entities))
        return 0
    by_label: dict[str, Counter[str]] = {}
    for entity in entities:
        by_label.setdefault(entity.label, Counter())[text[entity.start : entity.end]] += 1
    for label in sorted(by_label, key=lambda lab: -sum(by_label[lab].values())):
        mentions = by_label[label]
        print(f"{label} ({sum(mentions.values())})")
        for name, count in mentions.most_common():
            print(f"  {one_line(name)}" + (f" ×{count}" if count > 1 else ""))
    return 0


def entities_json(text: str, entities: Sequence[Entity]) -> str:
    """The ``--json`` output and its final newline: a list of ``{start, end, label, text}``.

    Byte for byte ``inert_json(rows, indent=2)`` (a test checks it): same layout, same
    escapes (``ensure_ascii=False``), then the same inert pass over the whole document.
    """
    if not entities:
        return "[]\n"
    enc = encode_basestring
    rows = [
        f'  {{\n    "start": {e.start},\n    "end": {e.end},\n    "label": {enc(e.label)},'
        f'\n    "text": {enc(text[e.start : e.end])}\n  }}'
        for e in entities
    ]
    return inert_json_text("[\n" + ",\n".join(rows) + "\n]") + "\n"
