"""``postil entities FILE --json``: the same bytes as before, from a lighter, faster path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotations.inert import inert_json
from reader.cli.entities_cmd import entities_json
from reader.entities import recognize
from reader.entities.types import Entity

ROOT = Path(__file__).resolve().parents[2]


def _rows(text: str, entities: list[Entity]) -> list[dict]:
    return [
        {"start": e.start, "end": e.end, "label": e.label, "text": text[e.start : e.end]}
        for e in entities
    ]


def test_json_is_byte_for_byte_the_indented_dump() -> None:
    """The piecewise writer matches ``inert_json(rows, indent=2)``: quotes, backslashes,
    non-ASCII, C0/C1 controls and bidi overrides inside entity text included."""
    text = 'Mr "Jo\\e" Doe\x1b[31m of Zürich\u202e\x85 met Acme Corp. in Paris on May 2.'
    entities = [
        Entity(0, 14, "PERSON"),
        Entity(15, 33, "GPE"),
        Entity(38, 48, "ORG"),
        Entity(52, 57, "GPE"),
    ]
    assert entities_json(text, entities) == inert_json(_rows(text, entities), indent=2) + "\n"
    assert entities_json(text, []) == inert_json([], indent=2) + "\n"
    assert json.loads(entities_json(text, entities))[1]["text"] == text[15:33]


def test_json_on_a_real_article_matches_the_dump() -> None:
    text = (ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    entities = recognize(text)
    assert len(entities) > 20
    assert entities_json(text, entities) == inert_json(_rows(text, entities), indent=2) + "\n"


def test_entities_of_a_file_import_no_store_no_tui(tmp_path: Path) -> None:
    """The whole-process speed of ``postil entities FILE`` depends on what it imports: no
    annotation store (TinyDB, file locks), no library index, no Textual."""
    sample = tmp_path / "a.txt"
    sample.write_text("Acme Corp. opened an office in Paris on Monday.", encoding="utf-8")
    code = (
        "import sys; from reader.cli import main; rc = main(['entities', sys.argv[1], '--json']);"
        "print([m for m in ('tinydb', 'filelock', 'textual', 'annotations.store',"
        " 'reader.cli.commands', 'reader.collection.state') if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(sample)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "[]"
    assert {"start": 31, "end": 36, "label": "GPE", "text": "Paris"} in json.loads(done.stdout)


def test_parser_states_are_the_collection_states() -> None:
    """``library_args`` spells the reading states out (so parsing imports no collection code);
    they must stay the collection's."""
    from reader.cli.library_args import STATES
    from reader.collection.state import STATES as COLLECTION_STATES

    assert STATES == COLLECTION_STATES
