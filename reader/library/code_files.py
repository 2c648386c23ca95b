"""Code by its files: their times (cheap, for every start) or their bytes (for an install).

What postil keeps between runs depends on its own code: the summary cache and a kept article's
recorded line on the cleaning code, the search index's analyses on the recognizer. A stamp of
the files' sizes and modification times costs a ``stat`` each; but pip gives every file it
installs a new time, so the same code installed again looks new by its times. Its bytes say
whether it is (a digest made once per process where it is needed: 1 ms for the cleaning
code's 52 modules, 6 ms for the recognizer's 3 MB).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def _named(folder: Path, paths: Iterable[Path]) -> Iterator[tuple[str, Path]]:
    """Each of ``paths`` (all under ``folder``) with its name relative to it (cut as text:
    ``Path.relative_to`` took 119 µs for 52 modules, at every start)."""
    cut = len(os.path.join(os.fspath(folder), ""))
    for path in paths:
        yield os.fspath(path)[cut:], path


def times_stamp(folder: Path, paths: Iterable[Path]) -> str:
    """Each of ``paths`` (under ``folder``) by its name, size and modification time."""
    parts = []
    for name, path in _named(folder, paths):
        stat = path.stat()
        parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(parts)


def bytes_digest(folder: Path, paths: Iterable[Path], *extra: str) -> str:
    """A digest of each of ``paths``' name (under ``folder``) and bytes, and of ``extra``."""
    import hashlib  # here: it loads OpenSSL (3-4 ms), which a start with known stamps skips

    digest = hashlib.blake2b(digest_size=16)
    for part in extra:
        digest.update(part.encode() + b"\0")
    for name, path in _named(folder, paths):
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
