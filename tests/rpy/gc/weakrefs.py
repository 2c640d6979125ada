"""GC: weak references and finalizer queues under churn.  Millions of
short-lived objects, each with a weak reference and some registered for
finalization, across many minor and major collections: the weak references
of the survivors stay set, all others are cleared, every dead registered
object is queued exactly once, and the memory stays bounded (the GC's
lists of weakrefs and registrations do not leak)."""
from __future__ import annotations

from rpy.rlib import rgc
from rpy.rlib.rweakref import WeakRef, weakref_create, weakref_get


class Obj:
    n: int
    other: Obj | None

    def __init__(self, n: int) -> None:
        self.n = n
        self.other = None


FQ = rgc.FinalizerQueue(Obj)


class Stats:
    dead_seen: int
    dead_sum: int

    def __init__(self) -> None:
        self.dead_seen = 0
        self.dead_sum = 0


def poll(stats: Stats) -> None:
    while rgc.finalizers_pending():
        d = rgc.next_dead(FQ)
        if d is None:
            break
        stats.dead_seen += 1
        stats.dead_sum += d.n
        if d.other is not None:        # a referenced object is intact
            stats.dead_sum += d.other.n - d.other.n


def entry_point(argv: list[str]) -> int:
    total = int(argv[1])
    stats = Stats()
    survivors: list[Obj] = []
    survivor_refs: list[WeakRef[Obj]] = []
    recent: list[WeakRef[Obj]] = []
    registered = 0
    registered_sum = 0
    kept_registered = 0
    for i in range(total):
        o = Obj(i)
        o.other = Obj(-i)
        r = weakref_create(o)
        if i % 7 == 0:
            rgc.register_finalizer(FQ, o)
            registered += 1
            if i % 100000 == 0:
                kept_registered += 1
            else:
                registered_sum += i
        if i % 100000 == 0:
            survivors.append(o)
            survivor_refs.append(r)
        else:
            recent.append(r)
            if len(recent) > 1000:
                recent = []
        poll(stats)
    survivors_copy = survivors
    rgc.collect()
    poll(stats)
    rgc.collect()
    poll(stats)
    alive = 0
    for r in survivor_refs:
        t = weakref_get(r)
        if t is not None and t.other is not None and t.other.n == -t.n:
            alive += 1
    dead_recent = 0
    for r in recent:
        if weakref_get(r) is None:
            dead_recent += 1
    print("survivors intact:", alive == len(survivors_copy), alive)
    print("recent cleared:", dead_recent == len(recent))
    print("finalized:", stats.dead_seen == registered - kept_registered,
          stats.dead_sum == registered_sum)
    print("minor collections > 10:", rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) > 10)
    print("major collections > 1:", rgc.get_stat(rgc.STAT_MAJOR_COLLECTIONS) > 1)
    print("memory in use < 8 MB:", rgc.get_stat(rgc.STAT_MEM_IN_USE) < 8 * 1024 * 1024)
    return 0
