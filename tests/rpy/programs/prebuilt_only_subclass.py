"""Prebuilt instances of classes the program never instantiates at run
time, reachable only through data declared with a base class (a dict of
Base values, a field of type Base, a list of Base): their classes must
get their own type ids and fields, so that virtual calls, isinstance and
field reads on them work (and the GC can trace them)."""
from __future__ import annotations


class Base:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return 'base ' + self.name


class OnlyPrebuilt(Base):
    extra: list[int]

    def __init__(self, name: str, extra: list[int]) -> None:
        Base.__init__(self, name)
        self.extra = extra

    def describe(self) -> str:
        return 'prebuilt %s %d' % (self.name, sum(self.extra))


class Deeper(OnlyPrebuilt):
    def describe(self) -> str:
        return 'deeper ' + OnlyPrebuilt.describe(self)


class Hidden(Base):
    """Never named by the code: reached only through HIDDEN's field."""
    count: int

    def __init__(self, name: str, count: int) -> None:
        Base.__init__(self, name)
        self.count = count

    def describe(self) -> str:
        return 'hidden %s %d' % (self.name, self.count)


class Holder:
    item: Base

    def __init__(self, item: Base) -> None:
        self.item = item


TABLE: dict[str, Base] = {'a': OnlyPrebuilt('a', [1, 2, 3]), 'b': Base('b')}
HOLDER = Holder(Deeper('d', [10, 20]))
ITEMS: list[Base] = [Base('x'), OnlyPrebuilt('y', [4])]
HIDDEN = Holder(Hidden('h', 7))


def entry_point(argv: list[str]) -> int:
    made = Base('runtime')
    for key in ['a', 'b']:
        obj = TABLE[key]
        print(key, obj.describe(), isinstance(obj, OnlyPrebuilt))
    print(HOLDER.item.describe(), isinstance(HOLDER.item, Deeper), HOLDER.item.name)
    for it in ITEMS:
        if isinstance(it, OnlyPrebuilt):
            it.extra.append(len(it.extra))
            print(it.name, it.extra)
        else:
            print(it.describe())
    print(made.describe())
    h = HIDDEN.item
    print(h.describe(), h.name)
    HIDDEN.item = made
    print(HIDDEN.item.describe())
    return 0
