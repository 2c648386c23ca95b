"""Recognition on other processes: a local pool, and a dask cluster when dask is installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.library import Library
from reader.search.executors import process_pool
from reader.search.index import SearchIndex


def _check(index: SearchIndex) -> None:
    assert [Path(r.id).name for r in index.search("person:musk kumasi").results] == ["cocoa.txt"]


def test_a_process_pool_builds_the_same_index(tmp_path: Path, library: Library) -> None:
    index = SearchIndex(tmp_path / "index")
    with process_pool(2) as pool:
        report = index.update(library, executor=pool)
    assert report.indexed == 3 and not report.failed
    _check(index)


def test_a_dask_cluster_builds_the_index(tmp_path: Path, library: Library) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        index = SearchIndex(tmp_path / "index")
        report = index.update(library, executor=client.get_executor())
    assert report.indexed == 3 and not report.failed
    _check(index)


def test_postil_index_dask(capsys, tmp_path: Path, library: Library) -> None:
    distributed = pytest.importorskip("distributed")
    from reader.cli import main

    folder = str(tmp_path / "articles")
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster:
        assert main(["index", folder, "--dask", cluster.scheduler_address]) == 0
    assert "indexed 3 articles" in capsys.readouterr().err
    assert main(["search", "kumasi", "-L", folder, "--no-update"]) == 0
    assert "Ghana secures cocoa loan" in capsys.readouterr().out


def test_a_pool_starts_under_a_captured_stderr() -> None:
    """Under the TUI, ``sys.stderr`` is Textual's capture, whose descriptor is -1: the first
    pool's resource tracker failed to start ("bad value(s) in fds_to_keep"), and with it the
    background index of any folder of more than a few articles (seen in tmux). Checked in a
    process of its own: the tracker starts once per process."""
    code = (
        "import io, sys\n"
        "class Captured(io.StringIO):\n"
        "    def fileno(self): return -1\n"
        "sys.stderr = Captured()\n"
        "from reader.search.executors import process_pool\n"
        "with process_pool(1) as pool: print(pool.submit(abs, -3).result())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
