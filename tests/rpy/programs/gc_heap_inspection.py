"""Heap inspection (rpy.rlib.rgc: all_objects, referents, referrers) and
rgcref.gcref_isinstance: the objects of a small graph are found from each
other, through the lists and dicts between them, also after collections
moved them out of the nursery; the prebuilt objects (rgc.prebuilt_object)
are found and can be changed."""
from __future__ import annotations

from rpy.rlib import rgc, rgcref
from rpy.rlib.rgcref import GCRef


class Item:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


class Box(Item):
    items: list[Item]
    by_name: dict[str, Item]
    other: Item | None

    def __init__(self, name: str) -> None:
        Item.__init__(self, name)
        self.items = []
        self.by_name = {}
        self.other = None


class Unrelated:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n


def items_reached(ref: GCRef) -> list[str]:
    """The names of the Items ref reaches through objects that are not
    Items (as gc.get_referents does in ouro), sorted."""
    names: list[str] = []
    seen: dict[int, bool] = {}
    todo = rgc.referents(ref)
    while len(todo) > 0:
        r = todo.pop()
        key = rgcref.cast_gcref_to_int(r)
        if key in seen:
            continue
        seen[key] = True
        if rgcref.gcref_isinstance(Item, r):
            names.append(rgcref.cast_gcref_to_instance(Item, r).name)
        elif not rgcref.gcref_isinstance(Unrelated, r):
            todo.extend(rgc.referents(r))
    names.sort()
    return names


def items_referring(target: Item) -> list[str]:
    """The names of the Items that reach target through objects that are
    not Items, sorted."""
    names: list[str] = []
    seen: dict[int, bool] = {}
    frontier = [rgcref.cast_instance_to_gcref(target)]
    while len(frontier) > 0:
        found = rgc.referrers(frontier)
        frontier = []
        for r in found:
            key = rgcref.cast_gcref_to_int(r)
            if key in seen:
                continue
            seen[key] = True
            if rgcref.gcref_isinstance(Item, r):
                names.append(rgcref.cast_gcref_to_instance(Item, r).name)
            elif rgcref.gcref_isinstance(Unrelated, r):
                pass
            else:
                frontier.append(r)
        # (emptied before the next walk, which would find it: it refers to
        # what it holds)
        found.clear()
    names.sort()
    return names


def count_items() -> int:
    n = 0
    for r in rgc.all_objects():
        if rgcref.gcref_isinstance(Item, r):
            item = rgcref.cast_gcref_to_instance(Item, r)
            if item.name.startswith("t-"):
                n += 1
    return n


def build() -> list[Box]:
    boxes: list[Box] = []
    for i in range(3):
        b = Box("t-box%d" % i)
        for j in range(4):
            it = Item("t-item%d.%d" % (i, j))
            b.items.append(it)
            if j % 2 == 0:
                b.by_name[it.name] = it
        boxes.append(b)
    boxes[0].other = boxes[1]
    boxes[2].other = boxes[1].items[3]
    return boxes


def show_reached(boxes: list[Box]) -> None:
    for b in boxes:
        print(b.name, "->", ", ".join(items_reached(rgcref.cast_instance_to_gcref(b))))


PREBUILT = Box("p-box")
PREBUILT.items.append(Item("p-first"))
PREBUILT.items.append(Item("p-second"))


def touch_prebuilt() -> None:
    """Every prebuilt Item named p-*, found without a collection, renamed."""
    found: list[str] = []
    for i in range(rgc.prebuilt_count()):
        r = rgc.prebuilt_object(i)
        if rgcref.gcref_isinstance(Item, r):
            it = rgcref.cast_gcref_to_instance(Item, r)
            if it.name.startswith("p-"):
                found.append(it.name)
                it.name = it.name + "!"
    found.sort()
    print("prebuilt items:", ", ".join(found))
    print("renamed:", PREBUILT.name, PREBUILT.items[0].name, PREBUILT.items[1].name)


def main(argv: list[str]) -> int:
    touch_prebuilt()
    boxes = build()
    junk: list[Unrelated] = []
    for k in range(20000):          # enough to collect, moving the graph
        junk.append(Unrelated(k))
        if len(junk) > 100:
            junk = []
    print("items alive:", count_items())
    show_reached(boxes)
    shared = boxes[1].items[3]
    print(shared.name, "<-", ", ".join(items_referring(shared)))
    print(boxes[1].name, "<-", ", ".join(items_referring(boxes[1])))
    lone = Item("t-lone")
    print(lone.name, "<-", len(items_referring(lone)))
    boxes[2].other = None
    print(shared.name, "<- (after unlinking)", ", ".join(items_referring(shared)))
    boxes.pop()
    rgc.collect()
    print("items alive after dropping a box:", count_items())
    print("boxes left:", len(boxes), shared.name)
    print("lone is an Item:", rgcref.gcref_isinstance(Item, rgcref.cast_instance_to_gcref(lone)),
          "a Box:", rgcref.gcref_isinstance(Box, rgcref.cast_instance_to_gcref(lone)))
    return 0


def entry_point(argv: list[str]) -> int:
    return main(argv)
