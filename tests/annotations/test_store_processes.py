"""Several processes on one database: no lost writes, and kill -9 never loses an acknowledged save.

CI runs smaller counts; ``POSTIL_FULL=1`` runs the issue's full ones (2 x 200 writers, 50 kills).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from annotations.store import AnnotationStore
from tests.scale import FULL

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
from pathlib import Path
from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
path, count, go = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
compact_bytes = int(sys.argv[4])
store = AnnotationStore(path, compact_bytes=compact_bytes)
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
i = 0
while count < 0 or i < count:
    ann = Annotation.create(article=f"p{sys.argv[5]}.txt", article_title="T",
                            selector=Selector.from_text("x" * 100, i % 50, i % 50 + 5))
    store.add(ann)
    print(ann.id, flush=True)
    i += 1
"""


def spawn(path: Path, count: int, go: Path, tag: str, compact_bytes: int) -> subprocess.Popen[str]:
    args = [sys.executable, "-c", CHILD, str(path), str(count), str(go), str(compact_bytes), tag]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    count = 200 if FULL else 60
    path, go = tmp_path / "annotations.json", tmp_path / "go"
    # a small compaction threshold makes the writers also race with full rewrites
    children = [spawn(path, count, go, str(n), 16_000) for n in range(2)]
    watcher = AnnotationStore(path)
    go.touch()
    outputs = [child.communicate(timeout=120)[0].split() for child in children]
    assert [child.returncode for child in children] == [0, 0]
    written = {ann_id for out in outputs for ann_id in out}
    assert len(written) == 2 * count
    json.loads(path.read_text())  # the base file is always valid JSON
    assert {a.id for a in AnnotationStore(path).all()} == written
    assert watcher.refresh() is True and len(watcher) == 2 * count


def test_kill_9_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    rounds = 50 if FULL else 6
    path, go = tmp_path / "annotations.json", tmp_path / "go"
    go.touch()
    rng = random.Random(1234)
    acknowledged: set[str] = set()
    for _ in range(rounds):
        child = spawn(path, -1, go, "k", 12_000)
        time.sleep(rng.uniform(0.01, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        lines = out.split("\n")
        acknowledged.update(line for line in lines[:-1] if line)  # last one may be cut short
        json.loads(path.read_text())
        present = {a.id for a in AnnotationStore(path).all()}
        assert acknowledged <= present
    assert len(acknowledged) > rounds  # the child really saved between kills
    assert not list(tmp_path.glob(".*.tmp"))  # temporary files of killed writers are cleaned
