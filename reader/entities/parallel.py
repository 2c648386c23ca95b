"""The built-in recogniser on two cores, for one large text (``postil entities FILE``).

Why: the recogniser's passes are independent until they are merged. The law-title, numeric
and special-form passes take about two fifths of the time; the names pass takes most of the
rest. On a large file, a forked child runs the first three while this process runs the names
(each process makes the article's vocabulary it needs: cheaper than making it before the fork,
when the child would wait for it), and the merge is the same function
:func:`~reader.entities.recognizer.recognize` uses, on the same candidates in the same order:
the result is identical, sooner (a test compares them).

Only where forking is cheap and safe: a platform with ``fork`` (not macOS, where system
libraries may not survive it), no other thread running, and more than one core. Anything
going wrong in the child (it fails, dies, or sends what cannot be read) means this process
runs those passes itself: slower, never different.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from contextlib import suppress

from reader.entities.names.article import lower_vocab
from reader.entities.recognizer import (
    Candidate,
    merge,
    name_candidates,
    pattern_candidates,
    recognize,
    special_candidates,
)
from reader.entities.types import Entity
from reader.entities.wire_slugs import unglued_slugs

#: Texts shorter than this are recognised in one process (a fork costs a few milliseconds).
MIN_CHARS = 100_000


def recognize_parallel(text: str) -> list[Entity]:
    """:func:`~reader.entities.recognizer.recognize` of ``text``, with the pattern passes
    in a forked child when ``text`` is large and forking is safe."""
    if len(text) < MIN_CHARS or not can_fork():
        return recognize(text)
    text = unglued_slugs(text)  # as recognize() reads it (same length, same offsets)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the pattern passes, pickled down the pipe, and out
        os.close(read_end)
        _child(text, write_end)
    os.close(write_end)
    vocab = lower_vocab(text)
    names = name_candidates(text, vocab)
    found = _collect(pid, read_end)
    if found is None:
        found = (special_candidates(text, vocab), pattern_candidates(text))
    special, patterns = found
    return merge(text, special, patterns, names, vocab)


def can_fork() -> bool:
    """Whether forking is available, safe here (no other thread) and worth it (2+ cores)."""
    if not hasattr(os, "fork") or sys.platform == "darwin":
        return False
    if threading.active_count() > 1:
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores > 1


def _child(text: str, write_end: int) -> None:
    """Run in the forked child: never returns, never runs the parent's exit handlers or
    flushes its output buffers (``os._exit``)."""
    code = 1
    try:
        found = (special_candidates(text, lower_vocab(text)), pattern_candidates(text))
        data = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        code = 0
    finally:
        os._exit(code)


def _collect(pid: int, read_end: int) -> tuple[list[Candidate], list[Candidate]] | None:
    """The child's special and pattern candidates, or ``None`` if it failed (after it has
    been waited for)."""
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    status = 1
    with suppress(ChildProcessError):
        status = os.waitpid(pid, 0)[1]
    if status != 0 or not data:
        return None
    try:
        found = pickle.loads(data)  # from our own child, over our own pipe
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return None
    if isinstance(found, tuple) and len(found) == 2 and all(isinstance(f, list) for f in found):
        return found
    return None
