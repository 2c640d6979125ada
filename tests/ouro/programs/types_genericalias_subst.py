"""types.GenericAlias substitution (CPython's _Py_subs_parameters):
parameters, nested aliases, PEP 646 (TypeVarTuple, *Ts, Unpack, unpacked
tuples), typing generics inside, and the TypeErrors."""
import collections.abc
import typing
from typing import TypeVar, TypeVarTuple, ParamSpec, Unpack, Generic, List, Tuple, Callable

T = TypeVar("T")
S = TypeVar("S")
K = TypeVar("K")
Ts = TypeVarTuple("Ts")
P = ParamSpec("P")


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


show("list[T].__parameters__", lambda: list[T].__parameters__)
show("dict[T, list[S]].__parameters__", lambda: dict[T, list[S]].__parameters__)
show("dict[T, T].__parameters__", lambda: dict[T, T].__parameters__)
show("tuple[T, List[S], int | K].__parameters__", lambda: tuple[T, List[S], int | K].__parameters__)
show("params cached", lambda: list[T].__parameters__ == list[T].__parameters__)
a = dict[T, list[S]]
show("same tuple", lambda: a.__parameters__ is a.__parameters__)
show("args same tuple", lambda: a.__args__ is a.__args__)
show("list[T][int]", lambda: list[T][int])
show("dict[T, list[S]][str, int]", lambda: dict[T, list[S]][str, int])
show("dict[T, T][int]", lambda: dict[T, T][int])
show("dict[str, T][int]", lambda: dict[str, T][int])
show("list[list[list[T]]][int]", lambda: list[list[list[T]]][int])
show("list[List[T]][int]", lambda: list[List[T]][int])
show("list[int | T][str]", lambda: list[int | T][str])
show("list[T][List[int]]", lambda: list[T][List[int]])
show("list[T][(int, str)]", lambda: list[T][(int, str)])
show("tuple[T, ...][int]", lambda: tuple[T, ...][int])
show("list[int][int]", lambda: list[int][int])
show("list[T][int, str]", lambda: list[T][int, str])
show("dict[T, S][int]", lambda: dict[T, S][int])
show("dict[T, S][()]", lambda: dict[T, S][()])
show("list[T][()]", lambda: list[T][()])
show("starred kept", lambda: next(iter(tuple[T]))[int])

# PEP 646
show("tuple[*Ts]", lambda: tuple[*Ts])
show("tuple[*Ts].__parameters__", lambda: tuple[*Ts].__parameters__)
show("tuple[*Ts][int, str]", lambda: tuple[*Ts][int, str])
show("tuple[*Ts][()]", lambda: tuple[*Ts][()])
show("tuple[T, *Ts][int, str, bytes]", lambda: tuple[T, *Ts][int, str, bytes])
show("tuple[T, *Ts][int]", lambda: tuple[T, *Ts][int])
show("tuple[T, *Ts, S][int, str]", lambda: tuple[T, *Ts, S][int, str])
show("tuple[T, *Ts, S][int]", lambda: tuple[T, *Ts, S][int])
show("tuple[*Ts, T][int, *tuple[str, ...]]", lambda: tuple[*Ts, T][int, *tuple[str, ...]])
show("tuple[*Ts][*tuple[int, str]]", lambda: tuple[*Ts][*tuple[int, str]])
show("tuple[*Ts][*tuple[int, ...]]", lambda: tuple[*Ts][*tuple[int, ...]])
show("tuple[Unpack[Ts]][int]", lambda: tuple[Unpack[Ts]][int])
show("tuple[list[*Ts]]", lambda: tuple[list[*Ts]])
show("list[tuple[*Ts]][int, str]", lambda: list[tuple[*Ts]][int, str])
show("tuple[*Ts, *Ts]", lambda: tuple[*Ts, *Ts][int])
show("tuple[T][*tuple[int]]", lambda: tuple[T][*tuple[int]])
show("tuple[T][*tuple[int, str]]", lambda: tuple[T][*tuple[int, str]])
show("tuple[T, S][*tuple[int, str]]", lambda: tuple[T, S][*tuple[int, str]])
show("tuple[T][Unpack[Tuple[int]]]", lambda: tuple[T][Unpack[Tuple[int]]])
show("bare Ts", lambda: tuple[Ts][int])
show("dict[T, *Ts]", lambda: dict[T, *Ts][int, str, bytes])


def f(*args: *Ts) -> None:
    pass


show("f annotations", lambda: f.__annotations__)
show("*tuple[int] in a list", lambda: [*tuple[int]])
show("*tuple[T] in a list", lambda: [*tuple[T]])
show("*tuple[int, ...] in a tuple", lambda: (*tuple[int, ...],))
show("list(iter(list[T]))", lambda: list(iter(list[T])))
it = iter(tuple[int, str])
show("next", lambda: next(it))
show("next again", lambda: next(it))
x = next(iter(tuple[int, str]))
show("starred __unpacked__", lambda: x.__unpacked__)
show("starred __typing_unpacked_tuple_args__", lambda: x.__typing_unpacked_tuple_args__)
show("plain __typing_unpacked_tuple_args__", lambda: tuple[int].__typing_unpacked_tuple_args__)
show("starred list __typing_unpacked_tuple_args__", lambda: next(iter(list[int])).__typing_unpacked_tuple_args__)
show("starred == plain", lambda: x == tuple[int, str])
show("starred == starred", lambda: x == next(iter(tuple[int, str])))
show("starred hash", lambda: hash(x) == hash(tuple[int, str]))
show("C[*tuple[int]]", lambda: Tuple[*tuple[int]])


# typing.Generic subclasses
class Box(Generic[T]):
    pass


class Pair(Generic[T, S]):
    pass


class Arr(Generic[*Ts]):
    pass


show("list[Box[T]][int]", lambda: list[Box[T]][int])
show("list[Box[T]].__parameters__", lambda: list[Box[T]].__parameters__)
show("dict[T, Pair[S, T]][int, str]", lambda: dict[T, Pair[S, T]][int, str])
show("list[Arr[*Ts]][int, str]", lambda: list[Arr[*Ts]][int, str])
show("list[Box][int]", lambda: list[Box][int])
show("list[Box].__parameters__", lambda: list[Box].__parameters__)
show("Box[list[T]][int]", lambda: Box[list[T]][int])
show("Pair[list[T], dict[S, T]][int, str]", lambda: Pair[list[T], dict[S, T]][int, str])
b = Box[int]()
show("orig class", lambda: b.__orig_class__)

# ParamSpec and Callable
show("collections.abc.Callable[[int], str]", lambda: collections.abc.Callable[[int], str])
c = collections.abc.Callable[[T], S]
show("abc Callable params", lambda: c.__parameters__)
show("abc Callable subst", lambda: c[int, str])
show("abc Callable args", lambda: c[int, str].__args__)
show("abc Callable type", lambda: type(c[int, str]).__name__)
show("abc Callable ...", lambda: collections.abc.Callable[..., T][int])
show("abc Callable P", lambda: collections.abc.Callable[P, T][[int, str], bytes])
show("abc Callable P params", lambda: collections.abc.Callable[P, T].__parameters__)
show("abc Callable bad", lambda: collections.abc.Callable[int, str])
show("list[Callable[P, T]][[int], str]", lambda: list[Callable[P, T]][[int], str])
show("list[collections.abc.Callable[[T], S]][int, str]", lambda: list[collections.abc.Callable[[T], S]][int, str])
show("dict[str, Callable[[int], str]]", lambda: dict[str, typing.Callable[[int], str]])


# an object with __typing_subst__ of its own
class Param:
    def __init__(self, name):
        self.name = name

    def __typing_subst__(self, arg):
        return ("subst", self.name, arg)

    def __repr__(self):
        return "Param(%s)" % self.name


class Prep(Param):
    def __typing_prepare_subst__(self, alias, args):
        print("prepare", alias, args)
        return args + (float,)


p = Param("p")
show("own param", lambda: list[p].__parameters__)
show("own param subst", lambda: dict[p, int][str])
q = Prep("q")
show("prepare", lambda: dict[p, q][str])
show("prepare too few", lambda: dict[p, q][str, int])


class BadParams:
    __parameters__ = 5


show("bad __parameters__", lambda: list[BadParams()].__parameters__)


class HasParams:
    __parameters__ = (T,)

    def __getitem__(self, item):
        return ("HasParams", item)

    def __repr__(self):
        return "HasParams"


show("HasParams", lambda: list[HasParams()][int])


class RaisingSubst:
    @property
    def __typing_subst__(self):
        raise RuntimeError("boom")


show("raising __typing_subst__", lambda: list[RaisingSubst()].__parameters__)
