"""Clocks for RPy programs."""
from __future__ import annotations
import time as _time


def time() -> float:
    """Seconds since the epoch."""
    return _time.time()


def monotonic() -> float:
    return _time.monotonic()


def clock() -> float:
    """Processor time of this process, in seconds."""
    return _time.process_time()
