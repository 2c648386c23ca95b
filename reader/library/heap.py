"""Keeping a big file's reading buffers out of the heap they would otherwise fragment.

glibc's malloc serves a block under its *mmap threshold* from the heap, and raises that
threshold to the size of each big block freed (up to 32 MB). Reading a big file frees many
1-2 MB pieces (sections, their decoded and normalised copies), so every later piece of that
size lands in the heap, which cannot shrink below the highest one still alive: a 10 MB
article kept about 20 MB of freed heap resident, and the reader's peak grew 4.5x the file
where the text itself is 1.9x. A fixed threshold (glibc's own default, 128 KB) keeps such
blocks in their own mappings, returned to the system when freed, as ``MALLOC_MMAP_THRESHOLD_``
would. Elsewhere than glibc (macOS, musl) nothing is changed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

#: ``M_MMAP_THRESHOLD`` in glibc's ``<malloc.h>``.
_M_MMAP_THRESHOLD = -3
#: Blocks from this size get a mapping of their own (glibc's starting value).
MMAP_THRESHOLD = 128 * 1024


@functools.cache
def fix_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold at :data:`MMAP_THRESHOLD` (once; ``False`` where there is
    no glibc ``mallopt``). Called before a big file is read."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
