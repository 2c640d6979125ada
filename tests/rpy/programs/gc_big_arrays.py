# args: 250000
"""GC marking of big structures: a list of argv[1] instances (each with a
GC pointer field), a long linked list, nested lists (wide, and deep with
long lists at every level) and a dict of lists survive several forced major
collections (rgc.collect()) with garbage allocated in between; sums of
their fields are checked after every collection.  A major collection traces
a big list a chunk at a time (MARK_CHUNK in rpy/c/runtime/gc.c).  The
corpus runs 250000 items (the GC stress run verifies the heap at every
minor collection: quadratic); tests/rpy/test_gc_big_arrays.py runs
millions, with "rss" as second argument to print the peak resident memory
and the GC's peak heap."""
from __future__ import annotations

from rpy.rlib import rgc, ros


class Tag:
    weight: int

    def __init__(self, weight: int) -> None:
        self.weight = weight


class Item:
    """Has a GC pointer field, so that marking must trace every item."""
    a: int
    b: int
    c: int
    tag: Tag | None

    def __init__(self, a: int, b: int, c: int) -> None:
        self.a = a
        self.b = b
        self.c = c
        self.tag = None
        if a % 5 == 1:
            self.tag = Tag(a % 11)


class Link:
    value: int
    item: Item | None
    next: Link | None

    def __init__(self, value: int, item: Item | None, next: Link | None) -> None:
        self.value = value
        self.item = item
        self.next = next


class Level:
    """One level of a deep nest: a long list of items and the next level."""
    items: list[Item]
    inner: Level | None

    def __init__(self, items: list[Item], inner: Level | None) -> None:
        self.items = items
        self.inner = inner


def make_items(n: int) -> list[Item]:
    items: list[Item] = []
    for i in range(n):
        items.append(Item(i, 2 * i, i % 7))
    return items


def sum_items(items: list[Item]) -> int:
    total = 0
    for it in items:
        total += it.a + it.b + it.c
        tag = it.tag
        if tag is not None:
            total += tag.weight
    return total


def make_chain(n: int) -> Link | None:
    head: Link | None = None
    for i in range(n):
        item: Item | None = None
        if i % 3 == 0:
            item = Item(i, 1, 2)
        head = Link(i, item, head)
    return head


def sum_chain(head: Link | None) -> int:
    total = 0
    node = head
    while node is not None:
        total += node.value
        it = node.item
        if it is not None:
            total += sum_items([it])
        node = node.next
    return total


def make_nested(w: int) -> list[list[list[Item]]]:
    outer: list[list[list[Item]]] = []
    for i in range(w):
        mid: list[list[Item]] = []
        for j in range(w):
            inner: list[Item] = []
            for k in range(4):
                inner.append(Item(i, j, k))
            mid.append(inner)
        outer.append(mid)
    return outer


def sum_nested(outer: list[list[list[Item]]]) -> int:
    total = 0
    for mid in outer:
        for inner in mid:
            total += sum_items(inner)
    return total


def make_deep(depth: int, width: int) -> Level | None:
    level: Level | None = None
    for d in range(depth):
        level = Level(make_items(width), level)
    return level


def sum_deep(level: Level | None) -> int:
    total = 0
    count = 0
    while level is not None:
        total += sum_items(level.items)
        count += 1
        level = level.inner
    return total * 1000 + count


def make_garbage(n: int) -> int:
    made = 0
    for i in range(n):
        junk = [Item(i, i, i), Item(i, 0, 0)]
        s = "g%d" % i
        made += len(junk) + len(s) - len(s)
    return made


def peak_rss_kib() -> int:
    try:
        status = ros.read_file("/proc/self/status").decode("utf-8")
    except OSError:
        return -1
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line[6:].strip().split()[0])
    return -1


def entry_point(argv: list[str]) -> int:
    n = int(argv[1])
    items = make_items(n)
    chain = make_chain(n // 4)
    nested = make_nested(100)
    deep = make_deep(20, 1000)
    table: dict[int, list[Item]] = {}
    for k in range(1000):
        table[k] = make_items(k % 50)
    expected = [sum_items(items), sum_chain(chain), sum_nested(nested), sum_deep(deep)]
    expected_table = 0
    for k in range(1000):
        expected_table += sum_items(table[k])
    print("sums", expected[0], expected[1], expected[2], expected[3], expected_table)
    for rnd in range(3):
        print("round", rnd, "garbage", make_garbage(100000))
        rgc.collect()
        got = [sum_items(items), sum_chain(chain), sum_nested(nested), sum_deep(deep)]
        got_table = 0
        for k in range(1000):
            got_table += sum_items(table[k])
        print("round", rnd, "intact:", got == expected and got_table == expected_table,
              "len", len(items), items[n - 1].a, items[n // 2].b)
    print("majors >= 3:", rgc.get_stat(rgc.STAT_MAJOR_COLLECTIONS) >= 3 or rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) == 0)
    if len(argv) > 2 and argv[2] == "rss":
        heap_kib = rgc.get_stat(rgc.STAT_PEAK_MEM) // 1024
        print("peak KiB:", peak_rss_kib(), "peak heap KiB:", heap_kib)
    return 0
