"""Fault injection: random bytes in every field of a record and of a journal line, and file-system
faults between calls. The outcome is always the right data, or one line (exit 1 from the CLI)
with every file left exactly as it was.

"The right data" is decided by an oracle written here, independently of the store: a record is
valid when every field has its documented type (:func:`_valid_doc`), and the journal is replayed
line by line (:func:`_replay`). The counts (cases, acknowledged saves, present after) are printed
at the end of the module: ``python -m pytest -s -p no:randomly -n 0
tests/annotations/test_store_faults.py``; the quick default run draws a quarter of
the examples, ``POSTIL_FULL=1`` ten times the former count (tests/scale.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.model import Annotation, Selector, normalize_tags
from annotations.storage import journal_path
from annotations.store import AnnotationStore, StoreError
from reader.cli import main
from tests.annotations.plain_files import shard_docs
from tests.scale import examples

TEXT = "The council voted 7 to 2 to approve the bridge on Monday after a long debate."
COUNTS: Counter[str] = Counter()
SETTINGS = settings(
    max_examples=examples(120),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    print("\nfault suites:", ", ".join(f"{key} {value}" for key, value in sorted(COUNTS.items())))


def _make(index: int) -> Annotation:
    start = index % 40
    return Annotation(
        id=f"ann{index:04d}",
        article="a.txt",
        article_title="A title",
        selector=Selector.from_text(TEXT, start, start + 12),
        tags=("t",),
        note=f"note {index}",
        created="2026-01-01T00:00:00Z",
        updated="2026-01-01T00:00:00Z",
    )


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    found: dict[str, bytes | str] = {}
    for entry in sorted(folder.iterdir()):
        if entry.name.endswith(".lock"):
            continue
        if entry.is_symlink():
            found[entry.name] = f"-> {os.readlink(entry)}"
        elif stat.S_ISFIFO(entry.lstat().st_mode):
            found[entry.name] = "fifo"
        elif entry.is_dir():  # the shards folder
            found.update({f"{entry.name}/{k}": v for k, v in _snapshot(entry).items()})
        else:
            found[entry.name] = entry.read_bytes()
    return found


# --- the oracle -------------------------------------------------------------------------------

STRINGS = ("id", "article", "article_title", "color", "note", "created", "updated")


def _text(value: object, empty_ok: bool = True) -> bool:
    if not isinstance(value, str) or (not empty_ok and not value):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _offset(value: object) -> bool:
    return type(value) is int and 0 <= value <= 2**40


def _valid_selector(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    texts = all(_text(value.get(key, "")) for key in ("prefix", "suffix")) and "exact" in value
    return (
        texts
        and _text(value["exact"])
        and _offset(value.get("start"))
        and _offset(value.get("end"))
        and value["start"] <= value["end"]
    )


def _valid_doc(doc: object) -> bool:
    """The documented shape of an annotation record (README, annotations/model.py)."""
    if not isinstance(doc, dict) or not _text(doc.get("id"), empty_ok=False):
        return False
    if not all(_text(doc[key]) for key in STRINGS if key in doc) or "article" not in doc:
        return False
    tags = doc.get("tags", [])
    current = doc.get("current")
    return (
        isinstance(tags, list)
        and all(_text(tag) for tag in tags)
        and _valid_selector(doc.get("selector"))
        and (current is None or _valid_selector(current))
    )


KNOWN = {*STRINGS, "selector", "tags", "current"}


def _expected(doc: dict[str, Any]) -> dict[str, Any]:
    """What a valid record reads back as: tags normalised, an empty ``current`` and fields
    this version does not know (a newer postil's) left out."""
    out = {key: value for key, value in doc.items() if key in KNOWN and value is not None}
    out["tags"] = normalize_tags(out.get("tags", []))
    for key in ("selector", "current"):
        if key in out:
            known = {k: v for k, v in out[key].items() if k in ("exact", "prefix", "suffix")}
            offsets = {k: out[key][k] for k in ("start", "end")}
            out[key] = {"prefix": "", "suffix": "", **known, **offsets}
    return out


def _read(store: AnnotationStore) -> dict[str, dict[str, Any]]:
    return {ann.id: _comparable(ann.to_dict()) for ann in store.all()}


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    defaults = {"article_title": "", "color": "yellow", "note": "", "created": "", "updated": ""}
    return {**defaults, **data}


def _one_line_refusal(run: Callable[[], object], folder: Path) -> bool:
    """Run ``run``; True if it was refused with a one-line StoreError, files untouched."""
    before = _snapshot(folder)
    try:
        run()
    except StoreError as error:
        assert "\n" not in str(error)
        assert _snapshot(folder) == before
        return True
    return False


def _cli_outcome(path: Path, capsys: pytest.CaptureFixture[str], ok: bool) -> None:
    """The read-only CLI: exit 0, or exit 1 and one line; never a change to a file."""
    before = _snapshot(path.parent)
    code = main(["tags", "--json", "--db", str(path)])
    _out, err = capsys.readouterr()
    assert _snapshot(path.parent) == before
    errors = [line for line in err.splitlines() if not line.startswith("postil: warning: ")]
    if ok:
        assert code == 0 and errors == []
    else:
        assert code == 1 and len(errors) == 1 and errors[0].startswith("postil: ")


# --- random values in every field of a record -------------------------------------------------

FIELDS = [
    ("id",),
    ("article",),
    ("article_title",),
    ("color",),
    ("tags",),
    ("note",),
    ("created",),
    ("updated",),
    ("selector",),
    ("selector", "exact"),
    ("selector", "prefix"),
    ("selector", "suffix"),
    ("selector", "start"),
    ("selector", "end"),
    ("current",),
]
DEEP = b"[" * 50_000 + b"]" * 50_000
RAW = st.one_of(
    st.binary(min_size=1, max_size=30),
    st.sampled_from([b"1e400", b"-1e400", b"NaN", b"Infinity", b'"\\ud800"', b"true", DEEP]),
)
JSON_VALUES = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=20),
    st.binary(max_size=20).map(lambda raw: raw.decode("latin-1")),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=6), max_size=3),
    st.dictionaries(st.sampled_from(["exact", "start", "end", "x"]), st.integers(0, 9), max_size=3),
)
_MARK = "\u0000postil-fault-mark\u0000"


def _set(doc: dict[str, Any], field: tuple[str, ...], value: object) -> None:
    target = doc
    for key in field[:-1]:
        target = target[key]
    target[field[-1]] = value


@SETTINGS
@given(
    field=st.sampled_from(FIELDS),
    value=st.one_of(JSON_VALUES.map(lambda v: ("json", v)), RAW.map(lambda r: ("raw", r))),
    count=st.integers(1, 4),
)
def test_random_value_in_a_record_field(
    field: tuple[str, ...],
    value: tuple[str, Any],
    count: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.json"
        docs = {str(i + 1): _make(i).to_dict() for i in range(count)}
        victim = docs["1"]
        kind, injected = value
        _set(victim, field, injected if kind == "json" else _MARK)
        tables = {"_postil": {"1": {"schema": 1}}, "annotations": docs}
        raw = json.dumps(tables, ensure_ascii=False).encode("utf-8", "surrogatepass")
        if kind == "raw":
            raw = raw.replace(json.dumps(_MARK).encode(), injected)
        path.write_bytes(raw)
        try:
            parsed = json.loads(raw)
            ok = _valid_doc(parsed["annotations"]["1"])
        except (ValueError, RecursionError):
            ok = False
        COUNTS["record cases"] += 1
        _cli_outcome(path, capsys, ok)
        if not ok:
            assert _one_line_refusal(lambda: AnnotationStore(path), Path(tmp))
            COUNTS["record refused, file untouched"] += 1
            return
        store = AnnotationStore(path)
        expected = {
            doc["id"]: _comparable(_expected(doc)) for doc in parsed["annotations"].values()
        }
        assert _read(store) == expected
        COUNTS["record read exactly"] += 1


# --- random bytes in a journal line -----------------------------------------------------------


def _journal_with(path: Path, count: int) -> list[bytes]:
    """A database whose last ``count`` saves are journal lines; the lines (with newlines)."""
    store = AnnotationStore(path)
    store.add(_make(0))
    store.compact()
    for index in range(1, count + 1):
        store.add(_make(index))
    lines = journal_path(path).read_bytes().split(b"\n")
    return [line + b"\n" for line in lines[:-1]]


def _valid_was(was: object) -> bool:
    """The ``was`` of a main-journal operation: the replaced annotation's article, key, tags."""
    return (
        isinstance(was, dict)
        and _text(was.get("article"))
        and _text(was.get("article_key", ""))
        and isinstance(was.get("tags"), list)
        and all(_text(tag) for tag in was["tags"])
    )


def _valid_line(line: bytes) -> bool:
    """A line of the main journal (README "Where your notes live", annotations/ops.py): every
    annotation operation names its shard (two hex digits of 256) and may say what it replaced;
    the schema and summary tables are never journaled, and no other table's operation names a
    shard."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return False
    ops = record.get("tx") if isinstance(record, dict) else None
    if not isinstance(ops, list):
        return False
    for op in ops:
        if not (isinstance(op, dict) and _text(op.get("t")) and _text(op.get("id"))):
            return False
        doc = op.get("doc", {})
        if not isinstance(doc, dict) or op["t"] in ("_postil", "_summary"):
            return False
        if op["t"] != "annotations":
            if "s" in op:
                return False
            continue
        shard = op.get("s")
        if not (isinstance(shard, str) and re.fullmatch("[0-9a-f]{2}", shard)):
            return False
        if "doc" in op and not _valid_doc(doc):
            return False
        if "was" in op and not _valid_was(op["was"]):
            return False
    return True


def _replay(base: dict[str, Any], lines: list[bytes]) -> dict[str, dict[str, Any]]:
    tables = {"annotations": json.loads(json.dumps(base))}
    for line in lines:
        for op in json.loads(line)["tx"]:
            table = tables.setdefault(op["t"], {})
            if "doc" in op:
                table[op["id"]] = op["doc"]
            else:
                table.pop(op["id"], None)
    result: dict[str, dict[str, Any]] = {}
    for doc in tables.get("annotations", {}).values():
        result[doc["id"]] = _comparable(_expected(doc))
    return result


@st.composite
def _mutation(draw: st.DrawFn, line: bytes) -> bytes:
    kind = draw(st.sampled_from(["bytes", "replace", "cut", "field"]))
    if kind == "bytes":
        out = bytearray(line)
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(out) - 2))
            out[at] = draw(st.integers(0, 255).filter(lambda b: b != 10))  # one line stays one
        return bytes(out)
    if kind == "replace":
        return draw(st.binary(max_size=60)).replace(b"\n", b" ") + b"\n"
    if kind == "cut":
        return line[: draw(st.integers(0, len(line) - 1))]
    record = json.loads(line)
    doc = record["tx"][0]["doc"]
    _set(doc, draw(st.sampled_from(FIELDS)), draw(JSON_VALUES))
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"


@settings(SETTINGS, max_examples=examples(80))  # each case fsyncs a few times
@given(count=st.integers(1, 5), data=st.data())
def test_random_bytes_in_a_journal_line(
    count: int, data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "a.json"
        lines = _journal_with(path, count)
        base = shard_docs(path)  # compacted: the shards' journals are empty
        header, saves = lines[0], lines[1:]
        which = data.draw(st.integers(0, len(saves) - 1))
        mutated = data.draw(_mutation(saves[which]))
        if which < len(saves) - 1 and not mutated.endswith(b"\n"):
            mutated += b"\n"  # a cut inside the journal is still a complete (bad) line
        journal_path(path).write_bytes(
            header + b"".join([*saves[:which], mutated, *saves[which + 1 :]])
        )
        complete = [*saves[:which], mutated] if mutated.endswith(b"\n") else saves[:which]
        complete += saves[which + 1 :]
        COUNTS["journal cases"] += 1
        acknowledged = {_make(i).id for i in range(count + 1)} - {_make(which + 1).id}
        last = which == len(saves) - 1
        valid = _valid_line(mutated) if mutated.endswith(b"\n") else True
        if not valid and not last:  # damage before good lines: refused, untouched
            _cli_outcome(path, capsys, ok=False)
            assert _one_line_refusal(lambda: AnnotationStore(path), folder)
            COUNTS["journal refused, file untouched"] += 1
            return
        _cli_outcome(path, capsys, ok=True)
        kept = complete if valid else complete[:-1]
        store = AnnotationStore(path)
        expected = _replay(base, kept)
        assert _read(store) == expected
        if not valid:  # a complete bad last line: kept aside, said, never dropped silently
            (side,) = folder.glob("a.json.journal.rejected*")
            assert side.read_bytes() == mutated and store.warnings
            COUNTS["journal last line kept aside"] += 1
        COUNTS["journal acknowledged (untouched lines)"] += len(acknowledged)
        COUNTS["journal present"] += len(acknowledged & set(_read(store)))
        COUNTS["journal read exactly"] += 1


# --- file-system faults between calls ---------------------------------------------------------


class Faults:
    """Faults planted at the database's paths between calls, each one undoable."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.journal = journal_path(path)
        self.aside = path.parent / "aside"
        self.aside.mkdir()

    def plant(self, kind: str) -> None:
        if kind in ("fifo_db", "fifo_journal"):
            target = self.path if kind == "fifo_db" else self.journal
            shutil.move(target, self.aside / target.name)
            os.mkfifo(target)
        elif kind == "read_only":
            self.path.chmod(0o444)
        elif kind == "symlink":
            real = self.path.parent / "real"
            real.mkdir()
            for source in (self.path, self.journal):
                shutil.move(source, real / source.name)
            self.path.symlink_to(real / self.path.name)
        elif kind == "truncated":
            shutil.copy2(self.path, self.aside / self.path.name)
            self.path.write_bytes(b"")

    def undo(self, kind: str) -> None:
        if kind in ("fifo_db", "fifo_journal"):
            target = self.path if kind == "fifo_db" else self.journal
            target.unlink()
            shutil.move(self.aside / target.name, target)
        elif kind == "read_only":
            self.path.chmod(0o600)
        elif kind == "symlink":
            self.path.unlink()
            real = self.path.parent / "real"
            for name in (self.path.name, self.journal.name):
                shutil.move(real / name, self.path.parent / name)
            shutil.rmtree(real)  # its lock file too
        elif kind == "truncated":
            shutil.move(self.aside / self.path.name, self.path)


FAULTS = ["none", "fifo_db", "fifo_journal", "read_only", "symlink", "truncated"]
# A FIFO is refused at once; a read-only or truncated file refuses writes. A store opened
# through a symlink writes at its target; one that was open when its file was moved and
# linked back refuses (it would otherwise replace the link with a file).
WRITES_REFUSED = {"fifo_db", "fifo_journal", "read_only", "truncated"}


@SETTINGS
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(FAULTS), st.sampled_from(["long", "fresh", "cli"])),
        min_size=1,
        max_size=6,
    )
)
def test_file_system_faults_between_calls(
    steps: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        path = folder / "a.json"
        long_lived = AnnotationStore(path)  # the TUI's store, open across the faults
        acknowledged = {long_lived.add(_make(0)).id}
        faults = Faults(path)
        for number, (fault, who) in enumerate(steps, start=1):
            COUNTS["fs cases"] += 1
            faults.plant(fault)
            ann = _make(number)
            if who == "cli":
                ok = fault not in ("fifo_db", "fifo_journal", "truncated")
                _cli_outcome(path, capsys, ok)
            else:

                def save(ann: Annotation = ann, who: str = who) -> None:
                    store = long_lived if who == "long" else AnnotationStore(path)
                    store.add(ann)

                refused = _one_line_refusal(save, folder)
                expected = fault in WRITES_REFUSED or (fault, who) == ("symlink", "long")
                assert refused == expected, (fault, who)
                if not refused:
                    acknowledged.add(ann.id)
                COUNTS["fs refused, files untouched" if refused else "fs saved"] += 1
            faults.undo(fault)
        present = {ann.id for ann in AnnotationStore(path).all()}
        COUNTS["fs acknowledged"] += len(acknowledged)
        COUNTS["fs present"] += len(acknowledged & present)
        assert present == acknowledged


def test_a_damaged_table_name_never_passes_a_highlight(tmp_path: Path) -> None:
    """Found by the random-bytes suite: one byte of "annotations" changed (" nnotations") left
    a line that passed as another program's table, yet its highlight was read from its shard."""
    path = tmp_path / "a.json"
    lines = _journal_with(path, 2)
    damaged = lines[1].replace(b'"t":"annotations"', b'"t":" nnotations"')
    assert damaged != lines[1] and not _valid_line(damaged)
    journal_path(path).write_bytes(lines[0] + damaged + lines[2])  # before a good line: refused
    assert _one_line_refusal(lambda: AnnotationStore(path), tmp_path)
    journal_path(path).write_bytes(lines[0] + lines[1] + damaged.replace(b"ann0001", b"ann0002"))
    assert set(_read(AnnotationStore(path))) == {"ann0000", "ann0001"}  # the last line set aside
