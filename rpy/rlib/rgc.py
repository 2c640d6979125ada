"""Access to the garbage collector from RPy programs.

Untranslated, collect() calls CPython's gc and the statistics are zeros
(CPython has no comparable counters); translated they are the real GC's.
"""
from __future__ import annotations
import gc as _gc

STAT_MINOR_COLLECTIONS = 0
STAT_MAJOR_COLLECTIONS = 1
STAT_MEM_BEFORE_LAST_MAJOR = 2
STAT_MEM_AFTER_LAST_MAJOR = 3
STAT_MEM_IN_USE = 4
STAT_PEAK_MEM = 5
STAT_TOTAL_GC_TIME_US = 6


def collect() -> None:
    """Run a full collection (minor then major)."""
    _gc.collect()


def get_stat(which: int) -> int:
    """One GC statistic, selected by a STAT_* constant (time in microseconds)."""
    return 0

