from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional
from collections import defaultdict, Counter
import json


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self) -> float:
        return self.price * self.qty


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str


class Inventory:
    def __init__(self):
        self.items: dict[str, Item] = {}
        self.where: dict[str, Location] = {}

    def add(self, item: Item, loc: Optional[Location] = None) -> None:
        if item.sku in self.items:
            raise ValueError(f"duplicate sku {item.sku!r}")
        self.items[item.sku] = item
        if loc is not None:
            self.where[item.sku] = loc

    def remove(self, sku: str, n: int) -> int:
        item = self.items[sku]
        if n > item.qty:
            raise RuntimeError(f"only {item.qty} of {sku} left, asked {n}")
        item.qty -= n
        return item.qty

    def total(self) -> float:
        return sum(i.value for i in self.items.values())

    def by_tag(self):
        d = defaultdict(list)
        for i in sorted(self.items.values()):
            for t in i.tags:
                d[t].append(i.sku)
        return d


inv = Inventory()
inv.add(Item("B-200", "Bolt", 0.25, 400, ["metal", "small"]), Location(3, "b"))
inv.add(Item("A-100", "Anvil", 120.0, 2, ["metal", "heavy"]), Location(1, "a"))
inv.add(Item("C-300", "Cable", 3.5, 50, ["electric"]))
inv.add(Item("D-400", "Drill", 89.99, 5, ["electric", "tool"]), Location(7, "c"))

for it in sorted(inv.items.values()):
    print(it)
print("total value: %.2f" % inv.total())
print(f"{inv.total():,.3f}")
tags = inv.by_tag()
for k in sorted(tags):
    print(k, tags[k])
print(dict(sorted(tags.items())))
print(asdict(inv.items["A-100"]))
print(astuple(inv.items["C-300"]))
print(replace(inv.items["C-300"], qty=1))
loc = inv.where["A-100"]
print(loc, hash(loc) == hash(Location(1, "a")), loc == Location(1, "a"))
try:
    loc.aisle = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    inv.add(Item("A-100", "x", 1.0))
except ValueError as e:
    print("ValueError:", e)
try:
    inv.remove("B-200", 1000)
except RuntimeError as e:
    print(e.args)
try:
    inv.remove("Z-999", 1)
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
print(inv.remove("B-200", 100))
c = Counter()
for it in inv.items.values():
    for t in it.tags:
        c[t] += it.qty
print(c.most_common(2))
print(sorted(c.items()))
print(json.dumps({k: asdict(v) for k, v in sorted(inv.items.items())}, indent=2, sort_keys=True)[:300])
print(Item("A", "a", 1.0) < Item("B", "b", 0.0), Item("A", "x", 1.0) == Item("A", "y", 2.0))
print(repr(Location), Location.__dataclass_fields__["aisle"].name, Location.__dataclass_params__.frozen if hasattr(Location, "__dataclass_params__") else "")
