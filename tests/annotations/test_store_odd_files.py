"""Every odd annotation file gets one line (exit 1 from the CLI) and is left as it was.

FIFOs, symlinks, read-only files and file systems, a truncated file, deep nesting, overflowing
numbers and wrong types, and a complete but invalid last journal line.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from annotations.journal import append_journal, read_journal
from annotations.model import Annotation, Selector
from annotations.storage import journal_path
from annotations.store import AnnotationStore, StoreError
from reader.cli import main
from tests.annotations.plain_files import shard_docs

ROOT = Path(__file__).resolve().parents[2]
TEXT = "hello world, this is a test"


def _ann(note: str = "") -> Annotation:
    return Annotation.create(
        article="a.txt", article_title="A", selector=Selector.from_text(TEXT, 0, 5), note=note
    )


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry of ``folder`` and of its folders (but lock files, and the cache folder: the
    CLI keeps the articles it read there) with its bytes or link target."""
    found: dict[str, bytes | str] = {}
    cache = Path(os.environ["POSTIL_CACHE_DIR"])
    for entry in sorted(folder.iterdir()):
        if entry.name.endswith(".lock") or entry == cache:
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


def _within(seconds: float, call: Callable[[], object]) -> object:
    """``call()``'s result or exception, failing the test if it blocks (a FIFO opened for
    reading waits for a writer forever)."""
    box: list[object] = []

    def target() -> None:
        try:
            box.append(call())
        except BaseException as error:
            box.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    return box[0]


def _one_line_error(result: object, *words: str) -> str:
    assert isinstance(result, StoreError), result
    message = str(result)
    assert "\n" not in message
    for word in words:
        assert word in message
    return message


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


# --- FIFOs ------------------------------------------------------------------------------------


def test_fifo_at_the_database_path(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    os.mkfifo(path)
    result = _within(10, lambda: AnnotationStore(path))
    _one_line_error(result, str(path), "not a regular file")
    assert stat.S_ISFIFO(path.lstat().st_mode)


def test_fifo_at_the_journal_path(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    AnnotationStore(path).add(_ann())
    journal = journal_path(path)
    journal.unlink()
    os.mkfifo(journal)
    before = _snapshot(tmp_path)
    _one_line_error(_within(10, lambda: AnnotationStore(path)), str(journal), "regular file")
    assert _snapshot(tmp_path) == before


def test_fifo_planted_at_the_journal_between_saves(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    store.add(_ann())
    journal = journal_path(path)
    journal.unlink()
    os.mkfifo(journal)
    result = _within(10, lambda: store.add(_ann("second")))
    _one_line_error(result, "regular file")


def test_cli_with_a_fifo_database_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """Each command a whole process with a timeout: one that waited on the FIFO would fail
    here, where the same call in this process would hang the run."""
    path = tmp_path / "a.json"
    os.mkfifo(path)
    for command in (
        ["list"],
        ["tags"],
        ["export"],
        ["annotate", "5", "--quote", "Zoom", "--occurrence", "1"],
    ):
        done = _cli(*command, "--db", str(path))
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("postil: ") and len(done.stderr.splitlines()) == 1


# --- symlinks ---------------------------------------------------------------------------------


def test_symlinked_database_is_written_at_its_target(tmp_path: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    target = real_folder / "notes.json"
    first = AnnotationStore(target)
    kept = first.add(_ann("before"))
    first.close()
    link = tmp_path / "link.json"
    link.symlink_to(target)
    store = AnnotationStore(link)
    assert store.path == target
    added = store.add(_ann("through the link"))
    store.compact()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert {a.id for a in AnnotationStore(target).all()} == {kept.id, added.id}
    assert not (tmp_path / "link.json.journal").exists()
    assert [doc["note"] for doc in shard_docs(target).values()] == ["before", "through the link"]
    assert not (tmp_path / "link.json.shards").exists()  # the target holds the data


def test_dangling_symlink_creates_the_database_at_its_target(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "target.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    AnnotationStore(link).add(_ann())
    assert link.is_symlink() and target.is_file() and len(AnnotationStore(target)) == 1


# --- read-only --------------------------------------------------------------------------------


def test_read_only_database_file_is_read_and_never_rewritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.json"
    with AnnotationStore(path) as store:
        ann = store.add(_ann("kept"))
    path.chmod(0o444)
    before = _snapshot(tmp_path)
    store = AnnotationStore(path)
    assert store.read_only and store.all() == [ann]
    with pytest.raises(StoreError, match="read-only") as info:
        store.add(_ann("refused"))
    assert "\n" not in str(info.value)
    store.close()
    assert main(["tags", "--db", str(path)]) == 0
    assert main(["export", "--db", str(path)]) == 0
    assert "kept" in capsys.readouterr().out
    assert (
        main(["annotate", "hong kong", "--quote", "Zoom", "--occurrence", "1", "--db", str(path)])
        == 1
    )
    err = capsys.readouterr().err
    assert "read-only" in err and len(err.splitlines()) == 1
    assert _snapshot(tmp_path) == before


def test_made_read_only_while_open(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    store.add(_ann())
    path.chmod(0o444)
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="read-only"):
        store.add(_ann("refused"))
    store.close()
    assert _snapshot(tmp_path) == before


def test_read_only_commands_create_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "a.json"
    for command in (["list"], ["tags"], ["export"]):
        assert main([*command, "--db", str(path)]) in (0, 1)
    assert not (tmp_path / "missing").exists()


def _unshare_works() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    done = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare -rm for a read-only bind mount")
def test_read_only_file_system_still_lists_shows_and_exports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "a.json"
    with AnnotationStore(path) as store:
        store.add(
            Annotation.create(
                article="seeds/004_d4847e1b1b2a2bef.txt",
                article_title="T",
                selector=Selector.from_text(TEXT, 0, 5),
                note="readable",
            )
        )
    before = _snapshot(data)
    out = tmp_path / "out.md"
    script = (
        f"mount --bind {data} {data} && mount -o remount,bind,ro {data} && "
        f"for c in list tags 'show 1' 'export -o {out}' "
        "'annotate 5 --quote Zoom --occurrence 1'; do "
        f"{sys.executable} -m reader $c --db {path} >/dev/null 2>>{tmp_path}/err; "
        f"echo $? >> {tmp_path}/codes; done"
    )
    env = {**os.environ, "POSTIL_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, env=env, timeout=120)
    codes = (tmp_path / "codes").read_text().split()
    assert codes == ["0", "0", "0", "0", "1"], (tmp_path / "err").read_text()
    assert "readable" in out.read_text()
    assert "read-only" in (tmp_path / "err").read_text()
    assert _snapshot(data) == before


# --- truncated, nested, overflowing, wrong types ----------------------------------------------


def test_empty_file_beside_its_journal_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    AnnotationStore(path).add(_ann())
    path.write_bytes(b"")
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="empty but its journal") as info:
        AnnotationStore(path)
    assert str(path) in str(info.value)
    assert _snapshot(tmp_path) == before


def test_emptied_while_open_is_damage_not_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    store.add(_ann())
    store.compact()
    path.write_bytes(b"")
    journal_path(path).unlink()
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="replaced or emptied"):
        store.refresh()
    with pytest.raises(StoreError):
        store.add(_ann("not over an emptied file"))
    assert _snapshot(tmp_path) == before


DEEP = b"[" * 100_000 + b"]" * 100_000


def _doc(**selector: object) -> dict[str, object]:
    doc = Annotation(
        id="fixed", article="a.txt", article_title="A", selector=Selector.from_text(TEXT, 0, 5)
    ).to_dict()
    doc["selector"] = {**doc["selector"], **selector}
    return doc


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"annotations": {"1": ' + DEEP + b"}}", "nested too deeply"),
        (DEEP, "nested too deeply"),
        (b'{"_postil": {"1": {"schema": 1e400}}, "annotations": {}}', "schema"),
        (b'{"_postil": {"1": {"schema": true}}, "annotations": {}}', "schema"),
        (
            b'{"_postil": {"1": {"schema": 1}}, "annotations": {"1": '
            + json.dumps(_doc()).replace('"start": 0', '"start": 1e400').encode()
            + b"}}",
            "malformed",
        ),
        (
            json.dumps(
                {"_postil": {"1": {"schema": 1}}, "annotations": {"1": _doc(start="0")}}
            ).encode(),
            "malformed",
        ),
        (
            json.dumps(
                {"_postil": {"1": {"schema": 1}}, "annotations": {"1": _doc(end=10**30)}}
            ).encode(),
            "malformed",
        ),
        (
            json.dumps(
                {"_postil": {"1": {"schema": 1}}, "annotations": {"1": {**_doc(), "tags": 5}}}
            ).encode(),
            "malformed",
        ),
        (
            json.dumps(
                {"_postil": {"1": {"schema": 1}}, "annotations": {"1": {**_doc(), "note": None}}}
            ).encode(),
            "malformed",
        ),
    ],
    ids=[
        "deep-in-table",
        "deep",
        "schema-1e400",
        "schema-true",
        "start-1e400",
        "start-string",
        "end-huge",
        "tags-number",
        "note-null",
    ],
)
def test_bad_database_contents_are_one_line(tmp_path: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(raw)
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match=expected) as info:
        AnnotationStore(path)
    assert "\n" not in str(info.value)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "line",
    [
        b'{"tx": ' + DEEP + b"}",
        b'{"tx": [{"t": "annotations", "id": "1", "doc": 5}]}',
        b'{"tx": [{"t": "_postil", "id": "1", "doc": {"schema": 1e400}}]}',
        json.dumps({"tx": [{"t": "annotations", "id": "9", "doc": _doc(start=1e400)}]}).encode(),
        json.dumps({"tx": [{"t": "annotations", "id": "9", "doc": _doc(start="3")}]}).encode(),
    ],
    ids=["deep", "doc-number", "schema-1e400", "start-1e400", "start-string"],
)
def test_bad_journal_line_before_a_good_one_is_one_line(tmp_path: Path, line: bytes) -> None:
    path = tmp_path / "a.json"
    AnnotationStore(path).add(_ann())
    journal = journal_path(path)
    good = journal.read_bytes().split(b"\n")[1] + b"\n"
    with journal.open("ab") as handle:
        handle.write(line + b"\n" + good)
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError) as info:
        AnnotationStore(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert _snapshot(tmp_path) == before


def test_complete_but_invalid_last_journal_line_is_kept_aside_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.json"
    first = AnnotationStore(path).add(_ann("kept"))
    journal = journal_path(path)
    bad = b'{"tx": [{"t": "annotations", "id": "2", "doc": {"id": 1e400}}]}\n'
    with journal.open("ab") as handle:
        handle.write(bad)
    # A reader reports it and changes nothing.
    before = _snapshot(tmp_path)
    assert main(["tags", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert "not a valid record" in err and "ignored" in err and len(err.splitlines()) == 1
    assert _snapshot(tmp_path) == before
    # A writer keeps it aside in a side file, says where, and goes on.
    store = AnnotationStore(path)
    assert store.all() == [first]
    (side,) = tmp_path.glob("a.json.journal.rejected*")
    assert side.read_bytes() == bad
    assert stat.S_IMODE(side.stat().st_mode) == 0o600
    assert any(str(side) in warning for warning in store.warnings)
    second = store.add(_ann("after"))
    assert {a.id for a in AnnotationStore(path).all()} == {first.id, second.id}


def test_invalid_last_line_written_by_another_process_while_open_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    store.add(_ann())
    with journal_path(path).open("ab") as handle:
        handle.write(b"not json at all\n")
    store.add(_ann("next"))
    (side,) = tmp_path.glob("a.json.journal.rejected*")
    assert side.read_bytes() == b"not json at all\n"
    assert len(AnnotationStore(path)) == 2


def test_torn_last_line_is_still_cut_silently(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    AnnotationStore(path).add(_ann())
    with journal_path(path).open("ab") as handle:
        handle.write(b'{"tx": [{"t": "annot')  # no newline: killed mid-append
    store = AnnotationStore(path)
    store.add(_ann("next"))
    assert store.warnings == [] and not list(tmp_path.glob("*.rejected*"))


def test_a_change_that_is_not_valid_unicode_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="not valid Unicode"):
        store.add(_ann("caf\udce9"))
    assert _snapshot(tmp_path) == before and len(store) == 0


def test_journal_functions_round_trip(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    tail = read_journal(journal)
    assert tail is not None and tail.transactions == []
    from annotations.journal import start_journal

    start = start_journal(journal)
    end = append_journal(journal, [{"t": "x", "id": "1", "doc": {"a": 1}}], start.end)
    again = read_journal(journal)
    assert again is not None and again.end == end and again.rejected is None
