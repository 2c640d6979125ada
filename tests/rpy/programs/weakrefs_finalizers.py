"""Weak references (rpy.rlib.rweakref) and finalizer queues (rgc): the
output is printed after rgc.collect() only, so it does not depend on when
the objects die (at once untranslated, at a collection translated)."""
from __future__ import annotations

from rpy.rlib import rgc, rsignal
from rpy.rlib.objectmodel import compute_unique_id
from rpy.rlib.rweakref import WeakRef, weakref_create, weakref_get


class Node:
    value: int
    next: Node | None
    payload: list[int]

    def __init__(self, value: int) -> None:
        self.value = value
        self.next = None
        self.payload = [value] * 3


class Special(Node):
    tag: str

    def __init__(self, value: int, tag: str) -> None:
        Node.__init__(self, value)
        self.tag = tag


class Cache:
    """Weak values, looked up by key; dead entries are purged on demand."""
    refs: dict[int, WeakRef[Node]]

    def __init__(self) -> None:
        self.refs = {}

    def put(self, key: int, n: Node) -> None:
        self.refs[key] = weakref_create(n)

    def get(self, key: int) -> Node | None:
        r = self.refs.get(key, None)
        if r is None:
            return None
        return weakref_get(r)

    def live(self) -> int:
        count = 0
        for k in self.refs:
            if weakref_get(self.refs[k]) is not None:
                count += 1
        return count


FQ = rgc.FinalizerQueue(Node)
PREBUILT = Node(99)


def describe(r: WeakRef[Node] | None) -> str:
    if r is None:
        return "no ref"
    n = weakref_get(r)
    if n is None:
        return "dead"
    return "alive %d" % n.value


def make_chain(n: int, start: int) -> Node:
    head = Node(start)
    cur = head
    for i in range(1, n):
        nxt = Node(start + i)
        cur.next = nxt
        cur = nxt
    return head


def drain_queue() -> list[int]:
    """The values of the queued dead objects, sorted (the queue's order is
    the GC's, not CPython's)."""
    out: list[int] = []
    while True:
        d = rgc.next_dead(FQ)
        if d is None:
            break
        total = 0
        cur: Node | None = d
        while cur is not None:      # what a dead object references is intact
            total += cur.payload[2]
            cur = cur.next
        out.append(d.value * 1000 + total % 1000)
    out.sort()
    return out


def weakrefs_young() -> None:
    keep = Node(1)
    r1 = weakref_create(keep)
    r2 = weakref_create(Node(2))
    rgc.collect()
    print("young:", describe(r1), describe(r2), keep.value)


def weakrefs_old() -> None:
    keep = Node(3)
    drop = Node(4)
    r1 = weakref_create(keep)
    r2 = weakref_create(drop)
    rgc.collect()                   # both survive and are old now
    print("old before:", describe(r1), describe(r2), drop.value)
    drop = Node(0)                  # the last reference goes: dies in a major collection
    rgc.collect()
    print("old after:", describe(r1), describe(r2), keep.value, drop.value)


def weakrefs_in_structures() -> None:
    cache = Cache()
    kept: list[Node] = []
    for i in range(1000):
        n = Node(i)
        cache.put(i, n)
        if i % 10 == 0:
            kept.append(n)
    n = Node(-1)        # (untranslated, the variable would keep node 999)
    rgc.collect()
    print("cache live:", cache.live(), len(kept), n.value)
    got = cache.get(500)
    print("cache 500:", got.value if got is not None else -1)
    got2 = cache.get(501)
    print("cache 501:", got2.value if got2 is not None else -1)
    base_ref: WeakRef[Node] = weakref_create(Special(7, "s"))
    prebuilt_ref = weakref_create(PREBUILT)
    opt: WeakRef[Node] | None = None
    rgc.collect()
    print("special:", describe(base_ref), "prebuilt:", describe(prebuilt_ref), describe(opt))


def register_pair(va: int, vb: int) -> None:
    a = Special(va, "a")
    b = Special(vb, "b")
    a.next = b
    rgc.register_finalizer(FQ, a)
    rgc.register_finalizer(FQ, b)


def finalizers() -> None:
    x = make_chain(3, 10)
    rgc.register_finalizer(FQ, x)
    rgc.register_finalizer(FQ, x)            # twice: queued once
    r = weakref_create(x)
    keep = Node(20)
    rgc.register_finalizer(FQ, keep)
    rgc.collect()
    print("pending after 1:", rgc.finalizers_pending())
    rgc.collect()
    print("pending after 2:", rgc.finalizers_pending(), keep.value, x.value)
    x = Node(0)
    rgc.collect()
    print("pending:", rgc.finalizers_pending())
    # queuing also raised the safe-point flag of rsignal.pending()
    print("safe-point flag:", rsignal.pending(), rsignal.take(), rsignal.pending(),
          rgc.finalizers_pending())
    print("queued:", drain_queue())
    print("pending drained:", rgc.finalizers_pending())
    rgc.collect()
    print("ref after finalizer:", describe(r), x.value)
    # several at once, old and young, one reaching another
    olds: list[Node] = []
    for i in range(5):
        olds.append(make_chain(2, 100 * (i + 1)))
        rgc.register_finalizer(FQ, olds[i])
    rgc.collect()
    register_pair(600, 700)
    del olds[:]
    rgc.collect()
    print("queued:", drain_queue(), len(olds))
    print("keep:", keep.value)


def unique_ids() -> None:
    nodes: list[Node] = []
    ids: dict[int, int] = {}
    for i in range(2000):
        nodes.append(Node(i))
        if i % 2 == 0:                      # some asked young, some old
            ids[compute_unique_id(nodes[i])] = i
    rgc.collect()
    for i in range(2000):
        if i % 2 == 1:
            ids[compute_unique_id(nodes[i])] = i
    stable = True
    for i in range(2000):
        if ids.get(compute_unique_id(nodes[i]), -1) != i:
            stable = False
    print("unique ids:", len(ids), stable, compute_unique_id(PREBUILT) == compute_unique_id(PREBUILT))


def at_exit() -> None:
    rgc.collect()
    drain_queue()
    a = Node(1)
    b = make_chain(2, 3)
    rgc.register_finalizer(FQ, a)
    rgc.register_finalizer(FQ, b)
    rgc.enqueue_all(FQ)             # alive, queued anyway
    print("enqueue_all:", drain_queue(), a.value, b.value, rgc.finalizers_pending())


def entry_point(argv: list[str]) -> int:
    unique_ids()
    weakrefs_young()
    weakrefs_old()
    weakrefs_in_structures()
    finalizers()
    at_exit()
    return 0
