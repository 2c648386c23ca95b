"""The append-only journal beside the annotation file: one JSON line per committed transaction.

Layout: a header ``{"postil_journal": 1, "epoch": token}``, then one line per transaction:
``{"tx": [{"t": table, "id": doc_id, "doc": {...}}, ...]}`` (no ``"doc"`` means delete). A save
appends one line and fsyncs. Replaying is idempotent; the epoch tells a reader holding an
offset that the journal was restarted (after a compaction).

The end of the file is where a writer can be interrupted:

- text after the last newline is a torn write (killed mid-append, never acknowledged): it is
  skipped, and cut off by the next writer;
- a *complete* last line that is not a valid transaction is not something a dying writer
  leaves (postil writes a line and its newline in one ``write``): it is reported as
  :attr:`JournalTail.rejected`, so the store can keep it aside in a side file and say so,
  instead of cutting it off silently;
- a bad line before a good one is real damage: StoreError, the file left as it is.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotations.errors import StoreError
from annotations.files import atomic_write, open_regular

Transaction = list[dict[str, Any]]
#: Checks a transaction's documents (raises ValueError, TypeError, KeyError... if one is bad):
#: applied to the last line, so a well-formed line holding a bad record counts as invalid too.
Check = Callable[[Transaction], None]
_CHECK_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)


@dataclass
class JournalTail:
    """What a journal read found after a given offset."""

    epoch: str | None  # the header's token: a new one each time the journal is restarted
    transactions: list[Transaction]
    end: int  # offset just past the last complete, valid line
    size: int  # the file's size when read (> end when a torn or rejected line follows)
    rejected: bytes | None = None  # a complete but invalid last line, starting at ``end``


def journal_header(epoch: str) -> bytes:
    return json.dumps({"postil_journal": 1, "epoch": epoch}).encode("utf-8") + b"\n"


def parse_transaction(line: bytes) -> Transaction:
    """The operations of one journal line; ValueError if it is not a valid transaction.

    Deep nesting (RecursionError) and non-UTF-8 bytes are invalid like any other garbage.
    """
    try:
        record = json.loads(line)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    ops = record.get("tx") if isinstance(record, dict) else None
    if not isinstance(ops, list) or not all(_valid_op(op) for op in ops):
        raise ValueError("not a transaction")
    return ops


def _valid_op(op: object) -> bool:
    return (
        isinstance(op, dict)
        and isinstance(op.get("t"), str)
        and isinstance(op.get("id"), str)
        and isinstance(op.get("doc", {}), dict)
    )


def _header_epoch(first: bytes) -> str | None:
    if not first.endswith(b"\n"):
        return None
    try:
        header = json.loads(first)
    except (ValueError, RecursionError):
        return None
    epoch = header.get("epoch") if isinstance(header, dict) else None
    return epoch if isinstance(epoch, str) else None


def journal_state(path: Path) -> tuple[int, str | None]:
    """``(size, epoch)`` of the journal ``path``: ``(0, None)`` if it is missing or empty, an
    epoch of None for a journal without a valid header line (one postil did not start)."""
    fd = open_regular(path)
    if fd is None:
        return 0, None
    with os.fdopen(fd, "rb") as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            return size, _header_epoch(handle.readline()) if size else None
        except OSError as error:
            raise StoreError(f"cannot read {path} ({error.strerror or error})") from None


def read_journal(
    path: Path,
    offset: int = 0,
    epoch: str | None = None,
    check: Check | None = None,
    *,
    check_all: bool = False,
) -> JournalTail | None:
    """Complete transactions in the journal ``path`` from ``offset`` on.

    With ``epoch``, returns None if the journal was restarted since (its header differs), so
    the caller re-reads everything instead of trusting an offset into another file. A missing
    journal reads as empty (or None with ``epoch``). See the module's notes for its end;
    ``check`` judges the last line's records, or every line's with ``check_all`` (a bad one
    before the last is then damage).
    """
    fd = open_regular(path)
    if fd is None:
        return None if epoch is not None else JournalTail(None, [], 0, 0)
    with os.fdopen(fd, "rb") as handle:
        try:
            first = handle.readline()
            found = _header_epoch(first)
            if epoch is not None and found != epoch:
                return None
            start = max(offset, len(first) if found is not None else 0)
            handle.seek(start)
            raw = handle.read()
        except OSError as error:
            raise StoreError(f"cannot read {path} ({error.strerror or error})") from None
    return _parse_lines(path, found, start, raw, check, check_all)


def _parse_lines(
    path: Path,
    epoch: str | None,
    start: int,
    raw: bytes,
    check: Check | None,
    check_all: bool,
) -> JournalTail:
    tail = JournalTail(epoch, [], start, start + len(raw))
    lines = raw.split(b"\n")
    last = len(lines) - 2  # the last complete line (text after the last newline is torn)
    for index, line in enumerate(lines[:-1]):
        try:
            ops = parse_transaction(line)
            if check is not None and (check_all or index == last):
                check(ops)
            tail.transactions.append(ops)
        except _CHECK_ERRORS:
            if index == last:
                tail.rejected = line + b"\n"
                break
            raise StoreError(
                f"{path} is damaged (bad record at byte {tail.end}); restore it from a "
                "backup, or delete it to lose the changes it holds"
            ) from None
        tail.end += len(line) + 1
    return tail


def start_journal(path: Path, epoch: str | None = None) -> JournalTail:
    """Replace the journal with an empty one under ``epoch`` (else a fresh one): after its
    contents went into the base file, or when there is none yet."""
    epoch = epoch or os.urandom(8).hex()
    header = journal_header(epoch)
    atomic_write(path, header)
    return JournalTail(epoch, [], len(header), len(header))


def encode_transaction(ops: Transaction) -> bytes:
    """One journal line; StoreError if the operations hold text that is not valid Unicode."""
    line = json.dumps({"tx": ops}, ensure_ascii=False, separators=(",", ":"))
    try:
        return line.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        raise StoreError("the change holds text that is not valid Unicode; not saved") from None


def append_journal(path: Path, ops: Transaction, valid_end: int) -> int:
    """Append one transaction durably; cut any torn tail past ``valid_end`` first.

    Returns the new end offset. Call with the lock held, after reading up to ``valid_end``
    of a journal that :func:`start_journal` created.
    """
    data = encode_transaction(ops)
    fd = open_regular(path, os.O_WRONLY)
    if fd is None:
        raise FileNotFoundError(2, "the journal disappeared", str(path))
    try:
        if os.fstat(fd).st_size != valid_end:
            os.ftruncate(fd, valid_end)
        os.lseek(fd, valid_end, os.SEEK_SET)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    return valid_end + len(data)


def cut_journal(path: Path, end: int) -> None:
    """Truncate the journal to ``end`` (a rejected line that was kept aside), durably."""
    fd = open_regular(path, os.O_WRONLY)
    if fd is None:
        return
    try:
        os.ftruncate(fd, end)
        os.fsync(fd)
    finally:
        os.close(fd)
