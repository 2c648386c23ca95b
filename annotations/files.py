"""How postil touches files: atomic replacement, private folders, and opening only regular files.

Every file postil writes whole (the database, its journal when restarted, backups, exports, the
summary cache) goes through :func:`atomic_write`; every file it reads is opened through
:func:`open_regular`, so a FIFO, a device or a socket planted at a path is refused at once
instead of blocking forever on ``open``. :func:`real_path` and :func:`read_only_reason` say
where a database really is and whether it may be written.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from annotations.errors import StoreError


def open_regular(path: Path, flags: int = os.O_RDONLY) -> int | None:
    """A descriptor of the regular file ``path`` (``None`` if it is missing).

    Opened non-blocking, so a FIFO (which would wait for a writer) or a device returns at
    once; anything but a regular file is then a one-line StoreError, never read or written.
    """
    try:
        fd = os.open(path, flags | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not an annotation file; pass --db FILE") from None
    except OSError as error:
        raise StoreError(
            f"cannot open {path} ({error.strerror or error}); fix its permissions "
            f"(chmod u+rw {path}) or pass --db with another file"
        ) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a FIFO or device?)"
        raise StoreError(f"{path} is {kind}; move it away or pass --db with another file")
    return fd


def read_regular(path: Path) -> bytes | None:
    """The bytes of the regular file ``path``, ``None`` if it is missing; StoreError if it is
    not a regular file or cannot be read."""
    fd = open_regular(path)
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise StoreError(
            f"cannot read {path} ({error.strerror or error}); check the disk"
        ) from None


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each 0700 whatever the umask (OSError if not).

    ``mkdir(parents=True)`` would make the parents with the umask's mode (0777 under
    ``umask 000``), so each missing level is made and set here; a level another process made
    meanwhile is left as it is.
    """
    missing: list[Path] = []
    for level in (folder, *folder.parents):
        if level.exists():
            break
        missing.append(level)
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(level, 0o700)  # mkdir's mode is masked by the umask
        fsync_dir(level.parent)  # the new folder's entry survives a power cut too


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if missing, 0700; a one-line StoreError if it cannot."""
    if folder.is_dir():
        return
    try:
        make_private_dirs(folder)
    except OSError as error:
        raise StoreError(
            f"cannot create the folder {folder} ({error.strerror or error}); "
            "create it or pass --db with another path"
        ) from None


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(
    path: Path, data: bytes, mode: int = 0o600, *, sync_folder: bool = True, durable: bool = True
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one.

    The one way postil writes a whole file (the database, its journal, backups, exports, the
    summary cache). A temporary file with a unique name in the same folder (``mkstemp``:
    ``O_CREAT | O_EXCL``, so a symlink or file planted at that name is never followed or
    reused), created 0600 whatever the umask, set to ``mode``, fsynced, renamed over ``path``
    (atomic in one folder; a symlink at ``path`` is replaced, never written through), then the
    folder fsynced so the rename itself survives a power cut (``sync_folder=False``: a caller
    writing many files in one folder syncs it once, after the batch). A cache file that is
    only worth a saved read (``durable=False``) is neither fsynced nor its folder: after a
    power cut it may be missing or empty, never another file's bytes.
    """
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode != 0o600:
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    if sync_folder and durable:
        fsync_dir(path.parent)


def free_name(path: Path) -> Path:
    """``path``, or if it exists a new name beside it: a backup or side file never
    overwrites an earlier one."""
    if not path.exists() and not path.is_symlink():
        return path
    return path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(3).hex()}")


def real_path(path: Path | str) -> Path:
    """``path`` with ``~`` expanded and, if it is a symlink, resolved: a linked database is
    locked and replaced at its real place, never turned into a copy beside a stale target."""
    expanded = Path(path).expanduser()
    return Path(os.path.realpath(expanded)) if expanded.is_symlink() else expanded


def read_only_reason(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written, or ``None``.

    A file whose owner may not write it was made read-only on purpose: it is respected even
    by root (whom ``os.access`` would let write); a read-only file system or folder too.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and (not mode & stat.S_IWUSR or not os.access(path, os.W_OK)):
        return f"{path} is read-only"
    if not os.access(path.parent, os.W_OK):
        return f"its folder {path.parent} is read-only or missing"
    return None
