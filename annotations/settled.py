"""When a file's or a folder's modification time can vouch for what it holds.

A folder's time changes whenever a name in it is added, removed or renamed (a file's whenever
it is written), so a listing (or a check) made at one time holds while the time is the same,
with one gap: a change in the same clock tick just after the listing leaves the time as
recorded. A time is trusted only once it is old enough that no such change can follow unseen:
times in whole seconds (ext3, HFS+, FAT) after 2 s, finer ones (ext4, XFS, btrfs, APFS, tmpfs:
ticks of a few ms) after 50 ms.
"""

from __future__ import annotations

import time

SETTLE_COARSE_NS = 2_000_000_000
SETTLE_FINE_NS = 50_000_000


def settled(mtime: int | None) -> int | None:
    """``mtime`` if it is old enough to be trusted next time, else ``None``."""
    if mtime is None:
        return None
    margin = SETTLE_COARSE_NS if mtime % 1_000_000_000 == 0 else SETTLE_FINE_NS
    return mtime if time.time_ns() - mtime >= margin else None
