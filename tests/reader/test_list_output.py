"""``postil list`` prints what it printed before it was made parallel and streamed.

``tests/data/list_golden.json`` holds the outputs of the postil before that change (see
list_fixture.py) for a library with every kind of row: seeds, kept articles with and without
URL, feed, authors, a highlight counted by the article's key (a kept copy of a seed), read and
archived articles, a removed one with highlights; in the library's order, by date, filtered.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import listing, main
from reader.library import Library, SummaryCache, bulk_summaries
from reader.search.executors import cores
from tests.reader import list_fixture

GOLDEN = json.loads((list_fixture.DATA / "list_golden.json").read_text(encoding="utf-8"))


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(args) == 0
    return capsys.readouterr().out


@pytest.fixture
def listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    for name, value in list_fixture.build(tmp_path).items():
        monkeypatch.setenv(name, value)
    list_fixture.mark_up(lambda args: _run(args, capsys))
    return tmp_path


@pytest.mark.parametrize("batch", [listing.JSON_BATCH, 1, 7])
def test_list_prints_what_it_printed_before_cold_and_warm(
    listed: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
) -> None:
    monkeypatch.setattr(listing, "JSON_BATCH", batch)  # rows written in batches of any size
    for args, expected in GOLDEN.items():
        shutil.rmtree(listed / "cache", ignore_errors=True)
        cold = list_fixture.normalized(_run(args.split(), capsys), listed)
        warm = list_fixture.normalized(_run(args.split(), capsys), listed)
        assert cold == expected, args
        assert warm == expected, args


def test_an_empty_list_is_an_empty_array(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["list", "--json", "--site", "no such site"], capsys) == "[]\n"


def _copies(folder: Path, count: int) -> None:
    """``count`` distinct articles from the seeds and test articles (numbered paragraphs)."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in list_fixture.corpus()]
    for n in range(count):
        paragraphs = texts[n % len(texts)].split("\n\n")
        (folder / f"{n:04d}.txt").write_text("\n\n".join(f"{p} ({n})" for p in paragraphs))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)


#: ``postil ARGS`` in a fresh process, saying on stderr whether a pool of workers was started.
_WATCHING_THE_POOL = """
import sys
import reader.library.bulk_summaries as bulk
from reader.cli import main
made = []
real = bulk._pool
bulk._pool = lambda jobs: made.append(real(jobs)) or made[-1]
code = main(sys.argv[1:])
print("pool:", bool(made) and made[0] is not None, file=sys.stderr)
sys.exit(code)
"""


def test_a_large_cold_list_is_summarised_in_worker_processes_exactly(tmp_path: Path) -> None:
    """A fresh process with more unknown files than PARALLEL_FROM lists them through the
    process pool: its rows and its cache equal the summaries read one by one here."""
    folder = tmp_path / "many"
    _copies(folder, bulk_summaries.PARALLEL_FROM + 30)
    env = {**os.environ, "POSTIL_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", _WATCHING_THE_POOL, "list", "--json", "-L", str(folder)],
        env=env, capture_output=True, text=True, check=True, cwd=list_fixture.ROOT,
    )  # fmt: skip
    if cores() >= 2:
        assert done.stderr.strip() == "pool: True", done.stderr
    rows = json.loads(done.stdout)
    one_by_one = Library.from_paths([folder])
    expected = [one_by_one.summary(entry) for entry in one_by_one.entries]
    assert [row.get("title") for row in rows] == [
        s.title if s.error is None else None for s in expected
    ]
    assert [row.get("words") for row in rows] == [
        s.words if s.error is None else None for s in expected
    ]
    assert [row.get("error") for row in rows] == [s.error for s in expected]
    cached = Library.from_paths([folder], SummaryCache(tmp_path / "cache" / "library.json"))
    assert [cached.summaries.get(e.id, os.stat(e.path)) for e in cached.entries] == expected
