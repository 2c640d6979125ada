"""GC: 50 million short-lived allocations while a few objects stay alive.

Run translated with argv[1] = number of allocations; the test checks the
peak resident memory of the process."""
from __future__ import annotations

from rpy.rlib import rgc, ros


class Pair:
    a: int
    b: Pair | None

    def __init__(self, a: int, b: Pair | None) -> None:
        self.a = a
        self.b = b


def entry_point(argv: list[str]) -> int:
    n = int(argv[1])
    keep: list[Pair] = []
    total = 0
    for i in range(n):
        p = Pair(i, None)
        q = Pair(i + 1, p)
        total += q.a - p.a
        if i % 1000000 == 0:
            keep.append(q)
    check = 0
    for k in keep:
        b = k.b
        if b is not None:
            check += k.a - b.a
    print("total", total, "kept", len(keep), "check", check)
    print("minor collections > 0:", rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) > 0 or n < 100000)
    print("peak KiB:", peak_rss_kib())
    return 0


def peak_rss_kib() -> int:
    """VmHWM of this process (Linux), measured from inside: the test's own
    rusage would also count the pages of the forking test runner."""
    try:
        status = ros.read_file("/proc/self/status").decode("utf-8")
    except OSError:
        return -1
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line[6:].strip().split()[0])
    return -1
