"""The built-in recogniser on two cores (``postil entities`` of a large file) finds exactly
what it finds on one, and a child that fails costs time, never a difference.

Each case runs in a fresh interpreter: a pytest-xdist worker has threads of its own, where
:func:`reader.entities.parallel.can_fork` rightly declines to fork (the test would then
compare the one-core path with itself). The script counts the forks, so a case that did not
fork fails.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, os, pickle, sys
from pathlib import Path
import reader.entities.parallel as parallel
from reader.entities.recognizer import recognize

forks = []
real_fork = os.fork
def counted():
    forks.append(1)
    return real_fork()
os.fork = counted
if sys.argv[2] == "failing child":
    def broken(*args, **kwargs):
        raise RuntimeError("the child cannot send its candidates")
    parallel.pickle = type("P", (), {"dumps": broken, "loads": pickle.loads,
                                      "HIGHEST_PROTOCOL": 5, "UnpicklingError": Exception})
texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
same = [parallel.recognize_parallel(text) == recognize(text) for text in texts]
print(json.dumps({"same": same, "forks": len(forks)}))
"""


def _texts(case: str) -> list[str]:
    """Large texts: every seed and every labelled set, joined, a part of it cut mid-word, and
    a repeated line. A failing child needs one text over the threshold: each text there is
    recognised three times (child, fallback, one core), and the suite runs on two cores."""
    pieces = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for jsonl in sorted((ROOT / "tests" / "data").glob("*_entities.jsonl")):
        pieces += [json.loads(line)["text"] for line in jsonl.read_text("utf-8").splitlines()]
    whole = "\n\n".join(pieces)
    assert len(whole) > 200_000
    if case == "failing child":
        return [whole[:120_000]]
    return [whole, whole[-150_000:], "1,000 words. " * 10_000]


@pytest.mark.parametrize("case", ["two cores", "failing child"])
def test_two_cores_find_what_one_finds(tmp_path: Path, case: str) -> None:
    texts = tmp_path / "texts.json"
    cases = _texts(case)
    texts.write_text(json.dumps(cases), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(texts), case],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["same"] == [True] * len(cases)
    assert report["forks"] == len(cases)  # each text went through the two-core path


def test_small_texts_and_threaded_processes_stay_on_one_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.entities import parallel
    from reader.entities.recognizer import recognize

    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(parallel.os, "fork", no_fork)
    text = "Elon Musk paid $44bn for Twitter on October 27, 2022."
    assert parallel.recognize_parallel(text) == recognize(text)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.can_fork()  # a fork would copy the other thread's locks, held
        big = text * (parallel.MIN_CHARS // len(text) + 1)
        assert parallel.recognize_parallel(big) == recognize(big)
    finally:
        stop.set()
        other.join()
