"""Python semantics that a translator can easily get wrong: evaluation order
and single evaluation (chained comparisons, augmented assignment targets,
call arguments, dict literals), `and`/`or` returning operand values, a for
loop over a list that grows while iterating, range() evaluated once,
bare `raise` after a nested handled exception, return/raise inside finally,
an exception raised inside an except clause, super() through a class that
does not override the method, str() falling back to __repr__, an exception
class with __str__, negative int keys whose CPython hashes collide."""
from __future__ import annotations


class Log:
    items: list[str]

    def __init__(self) -> None:
        self.items = []

    def add(self, s: str) -> None:
        self.items.append(s)

    def take(self) -> str:
        r = " ".join(self.items)
        self.items = []
        return r


LOG = Log()


class Cell:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


CELL = Cell(0)


def mid(v: int) -> int:
    LOG.add("mid(%d)" % v)
    return v


def get_cell() -> Cell:
    LOG.add("get_cell")
    return CELL


def index(i: int) -> int:
    LOG.add("index(%d)" % i)
    return i


def tag(s: str) -> str:
    LOG.add(s)
    return s


class AError(Exception):
    pass


class BError(Exception):
    pass


class Fancy(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code

    def __str__(self) -> str:
        return "Fancy error #%d" % self.code


def reraise_outer() -> str:
    try:
        try:
            raise AError("outer")
        except AError:
            try:
                raise BError("inner")
            except BError:
                LOG.add("inner handled")
            raise
    except AError as a:
        return "re-raised " + str(a)
    except BError:
        return "wrong: got the inner one"


def return_in_finally() -> int:
    try:
        raise ValueError("swallowed")
    finally:
        return 42


def raise_in_finally() -> str:
    try:
        try:
            raise AError("first")
        finally:
            raise BError("second")
    except AError:
        return "got first"
    except BError as b:
        return "got " + str(b)


def raise_in_except() -> str:
    try:
        try:
            raise AError("a")
        except AError:
            LOG.add("handling a")
            raise BError("b from handler")
        finally:
            LOG.add("finally")
    except BError as b:
        return str(b)


class Base:
    def who(self) -> str:
        return "Base"

    def chain(self) -> str:
        return "Base.chain"


class Middle(Base):
    def who(self) -> str:
        return "Middle>" + super().who()


class Leaf(Middle):
    def who(self) -> str:
        return "Leaf>" + super().who()

    def chain(self) -> str:
        return "Leaf>" + super().chain()


class OnlyRepr:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return "OnlyRepr(%d)" % self.n


def entry_point(argv: list[str]) -> int:
    print(1 < mid(2) < 3, LOG.take())
    print(5 < mid(2) < mid(3), LOG.take())
    get_cell().value += 5
    print(CELL.value, LOG.take())
    l = [10, 20, 30]
    l[index(1)] += 7
    l[index(2)] *= 2
    print(l[1], l[2], LOG.take())
    d = {tag("k1"): tag("v1"), tag("k2"): tag("v2")}
    print(len(d), LOG.take())
    print(tag("a") + tag("b") + tag("c"), LOG.take())
    zero = 0
    five = 5
    empty = ""
    print(zero or five, five or zero, zero and five, five and 7, empty or "default", "x" and "y")
    x = 3 if five > 0 else mid(99)
    print(x, LOG.take() == "")
    grow = [1, 2, 3]
    for v in grow:
        if v < 6:
            grow.append(v + 3)
    print(len(grow), ",".join([str(v) for v in grow]))
    n = 3
    count = 0
    for i in range(n):
        n += 1
        count += 1
    print("range evaluated once:", count, n)
    print(reraise_outer(), LOG.take())
    print(return_in_finally())
    print(raise_in_finally())
    print(raise_in_except(), LOG.take())
    leaf = Leaf()
    mdl: Base = Middle()
    print(leaf.who(), mdl.who(), leaf.chain(), mdl.chain())
    o = OnlyRepr(7)
    print(repr(o), str(o))
    try:
        raise Fancy(3)
    except Fancy as f:
        print(str(f), f.code)
    hd = {-1: "minus one", -2: "minus two", 0: "zero"}
    hd[-1] = "MINUS ONE"
    print(len(hd), hd[-1], hd[-2], -3 in hd)
    return 0
