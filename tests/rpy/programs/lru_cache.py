"""A real program: an LRU cache (dict from key to entry + doubly linked
recency list with sentinel nodes), used to memoize an expensive function;
hit/miss statistics, eviction order, plus an object pool keyed by identity
(dict[Entry, int] without __eq__/__hash__)."""
from __future__ import annotations


class Entry:
    key: int
    value: str
    prev: Entry | None
    next: Entry | None

    def __init__(self, key: int, value: str) -> None:
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRU:
    capacity: int
    table: dict[int, Entry]
    head: Entry
    tail: Entry
    hits: int
    misses: int
    evicted: list[int]

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.table = {}
        self.head = Entry(-1, "<head>")
        self.tail = Entry(-1, "<tail>")
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def unlink(self, e: Entry) -> None:
        p = e.prev
        n = e.next
        assert p is not None and n is not None
        p.next = n
        n.prev = p

    def push_front(self, e: Entry) -> None:
        first = self.head.next
        assert first is not None
        e.prev = self.head
        e.next = first
        first.prev = e
        self.head.next = e

    def get(self, key: int) -> str | None:
        e = self.table.get(key)
        if e is None:
            self.misses += 1
            return None
        self.hits += 1
        self.unlink(e)
        self.push_front(e)
        return e.value

    def put(self, key: int, value: str) -> None:
        old = self.table.get(key)
        if old is not None:
            old.value = value
            self.unlink(old)
            self.push_front(old)
            return
        e = Entry(key, value)
        self.table[key] = e
        self.push_front(e)
        if len(self.table) > self.capacity:
            victim = self.tail.prev
            assert victim is not None
            self.unlink(victim)
            del self.table[victim.key]
            self.evicted.append(victim.key)

    def order(self) -> list[int]:
        out: list[int] = []
        e = self.head.next
        while e is not None and e is not self.tail:
            out.append(e.key)
            e = e.next
        return out


def expensive(n: int) -> str:
    total = 0
    for i in range(1, n + 1):
        total += (i * i) % 7
    return "f(%d)=%d" % (n, total)


def cached(cache: LRU, n: int) -> str:
    v = cache.get(n)
    if v is not None:
        return v
    r = expensive(n)
    cache.put(n, r)
    return r


def ints(l: list[int]) -> str:
    return " ".join([str(x) for x in l])


def entry_point(argv: list[str]) -> int:
    c = LRU(3)
    c.put(1, "one")
    c.put(2, "two")
    c.put(3, "three")
    print(ints(c.order()))
    print(c.get(1), ints(c.order()))
    c.put(4, "four")
    print(ints(c.order()), "evicted", ints(c.evicted))
    print(c.get(2) is None, c.get(3), ints(c.order()))
    c.put(1, "uno")
    c.put(5, "five")
    print(ints(c.order()), "evicted", ints(c.evicted), c.get(1))
    memo = LRU(8)
    results: list[str] = []
    for i in range(2000):
        n = (i * i * 7 + i) % 90 + 100
        results.append(cached(memo, n))
    print("memo hits", memo.hits, "misses", memo.misses, "evictions", len(memo.evicted))
    print(results[0], results[1], results[-1])
    pool: dict[Entry, int] = {}
    objs = [Entry(i % 3, "same") for i in range(6)]
    for i, o in enumerate(objs):
        pool[o] = i
    print("pool by identity:", len(pool), pool[objs[4]], objs[0] in pool, Entry(0, "same") in pool)
    return 0
