"""types.GenericAlias: attributes forwarded to the origin and the ones it
keeps, repr of every kind of argument, comparison and hash, calling,
the constructor, isinstance/issubclass, dir, pickle and copy."""
import collections
import collections.abc
import copy
import pickle
import re
import types
import typing
from typing import TypeVar, TypeVarTuple

T = TypeVar("T")
Ts = TypeVarTuple("Ts")
GA = types.GenericAlias


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


# repr
show("list[int]", lambda: list[int])
show("list['int']", lambda: list["int"])
show("list[...]", lambda: list[...])
show("tuple[()]", lambda: tuple[()])
show("tuple[int, ()]", lambda: tuple[int, ()])
show("tuple[int, ...]", lambda: tuple[int, ...])
show("list[list[int]]", lambda: list[list[int]])
show("list[typing.List[int]]", lambda: list[typing.List[int]])
show("list[T]", lambda: list[T])
show("list[1]", lambda: list[1])
show("list[None]", lambda: list[None])
show("dict[str, collections.OrderedDict]", lambda: dict[str, collections.OrderedDict])
show("re.Pattern[str]", lambda: re.Pattern[str])
show("collections.deque[int]", lambda: collections.deque[int])
show("collections.abc.Iterable[int]", lambda: collections.abc.Iterable[int])
show("type[int]", lambda: type[int])
show("list[int | str]", lambda: list[int | str])
show("list[typing.Any]", lambda: list[typing.Any])


class NoModule:
    __qualname__ = "NoModuleQual"

    def __repr__(self):
        return "<NoModule repr>"


class ModuleNone:
    __qualname__ = "Q"
    __module__ = None

    def __repr__(self):
        return "<ModuleNone repr>"


class OriginArgs:
    __origin__ = list
    __args__ = (int,)

    def __repr__(self):
        return "<looks like an alias>"


class Qual:
    __qualname__ = "Q.ual"
    __module__ = "mod"

    def __repr__(self):
        return "<Qual repr>"


show("NoModule arg", lambda: list[NoModule()])
show("ModuleNone arg", lambda: list[ModuleNone()])
show("OriginArgs arg", lambda: list[OriginArgs()])
show("Qual arg", lambda: list[Qual()])
show("Qual origin", lambda: GA(Qual(), (int,)))
show("Ellipsis origin", lambda: GA(..., ()))
show("starred", lambda: next(iter(tuple[int, str])))
show("starred list", lambda: next(iter(list[int])))

# the attributes
a = dict[str, int]
show("__origin__", lambda: a.__origin__)
show("__args__", lambda: a.__args__)
show("__parameters__", lambda: a.__parameters__)
show("__unpacked__", lambda: a.__unpacked__)
show("__class__", lambda: a.__class__)
show("__name__", lambda: a.__name__)
show("__qualname__", lambda: a.__qualname__)
show("__module__", lambda: a.__module__)
show("__doc__ forwarded", lambda: a.__doc__ == dict.__doc__)
show("type __module__", lambda: type(a).__module__)
show("type __name__", lambda: type(a).__name__)
show("type doc", lambda: type(a).__doc__)
show("keys", lambda: a.keys)
show("fromkeys", lambda: a.fromkeys("ab"))
show("__mro_entries__", lambda: a.__mro_entries__(()))
show("__copy__", lambda: a.__copy__)
show("__deepcopy__", lambda: a.__deepcopy__)
show("no attr", lambda: a.foo)
show("set attr", lambda: setattr(a, "foo", 1))
show("set __origin__", lambda: setattr(a, "__origin__", list))
show("del __args__", lambda: delattr(a, "__args__"))
show("__getattribute__ int name", lambda: GA.__getattribute__(a, 1))
show("dir", lambda: [n for n in dir(a) if n.startswith("__") and n in (
    "__origin__", "__args__", "__unpacked__", "__parameters__", "__class__", "__len__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__copy__",
    "__deepcopy__", "__reduce__")])
show("dir keys", lambda: "keys" in dir(a))
show("dir sorted", lambda: dir(list[int])[:3])
show("GA dict keys", lambda: sorted(k for k in GA.__dict__ if k not in ("__doc__",)))

# comparison and hash
show("==", lambda: list[int] == list[int])
show("!=", lambda: list[int] != list[int])
show("== other args", lambda: list[int] == list[str])
show("== other origin", lambda: list[int] == set[int])
show("== list", lambda: list[int] == list)
show("== typing.List", lambda: list[int] == typing.List[int])
show("<", lambda: list[int] < list[int])
show("hash", lambda: hash(list[int]) == hash(list[int]))
show("hash xor", lambda: hash(list[int]) == hash(list) ^ hash((int,)))
show("in set", lambda: len({list[int], list[int], list[str]}))
show("unhashable arg", lambda: hash(list[[]]))

# calling
show("call", lambda: list[int]((1, 2)))
show("call kw", lambda: dict[str, int](a=1))


class MyList(list):
    pass


ml = MyList[int]([1])
show("__orig_class__", lambda: ml.__orig_class__)
show("__orig_class__ none on list", lambda: hasattr(list[int](), "__orig_class__"))


class Slotted:
    __slots__ = ()

    def __class_getitem__(cls, item):
        return GA(cls, item)


show("slotted call", lambda: type(Slotted[int]()).__name__)


class SetattrRaises:
    def __setattr__(self, name, value):
        raise ValueError("no")

    def __class_getitem__(cls, item):
        return GA(cls, item)


show("setattr raises", lambda: SetattrRaises[int]())

# constructor
show("GA(list, int)", lambda: GA(list, int))
show("GA(list, (int, str))", lambda: GA(list, (int, str)))
show("GA(list, ())", lambda: GA(list, ()))
show("GA(list)", lambda: GA(list))
show("GA()", lambda: GA())
show("GA(list, int, str)", lambda: GA(list, int, str))
show("GA(list, int, x=1)", lambda: GA(list, int, x=1))
show("GA(1, 2)", lambda: GA(1, 2))
show("GA(1, 2).__args__", lambda: GA(1, 2).__args__)


class SubGA(GA):
    pass


s = SubGA(list, int)
show("subclass", lambda: type(s).__name__)
show("subclass repr", lambda: s)
show("subclass getitem type", lambda: type(SubGA(list, T)[int]).__name__)
show("subclass == GA", lambda: s == list[int])
show("subclass mro_entries", lambda: s.__mro_entries__(()))

# isinstance / issubclass
show("isinstance(1, list[int])", lambda: isinstance([], list[int]))
show("issubclass(list, list[int])", lambda: issubclass(list, list[int]))
show("isinstance(list[int], GA)", lambda: isinstance(list[int], GA))
show("isinstance(list[int], type)", lambda: isinstance(list[int], type))


# as a base class
class L(list[int]):
    pass


show("base", lambda: L.__bases__)
show("orig_bases", lambda: L.__orig_bases__)

# pickle and copy
for obj in [list[int], dict[str, list[int]], tuple[()], tuple[int, ...], next(iter(tuple[int, str])),
            list[T], collections.abc.Callable[[int], str], tuple[*Ts]]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        s2 = pickle.dumps(obj, proto)
        loaded = pickle.loads(s2)
        if loaded != obj or type(loaded) is not type(obj) or loaded.__unpacked__ != obj.__unpacked__:
            print("pickle mismatch", obj, proto, loaded)
    print("pickled", repr(pickle.loads(pickle.dumps(obj))))
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print("copy", repr(c), c == obj, "deepcopy", repr(d), d == obj)
show("__reduce__", lambda: list[int].__reduce__())
show("__reduce_ex__", lambda: list[int].__reduce_ex__(2))
show("starred __reduce__", lambda: next(iter(tuple[int])).__reduce__()[0])
it = iter(tuple[int])
show("iterator reduce", lambda: it.__reduce__())
next(it)
show("exhausted reduce", lambda: it.__reduce__())
show("iterator type", lambda: type(iter(list[int])).__name__)
show("iter(iterator) is", lambda: iter(it) is it)


# `__iter__ = None` means not iterable, even with __getitem__ (typing's
# _NotIterable: its aliases have __getitem__ for subscription)
class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


show("iter(NotIterable())", lambda: iter(NotIterable()))
show("list(NotIterable())", lambda: list(NotIterable()))
for t in [typing.List, typing.Union[int, str], typing.Callable[[T], str], typing.Any]:
    show("iter(%r)" % (t,), lambda: iter(t))
show("[*typing.List[int]]", lambda: [*typing.List[int]])
show("[*typing.Tuple[int]]", lambda: [*typing.Tuple[int]])
show("GA.__new__(int, ...)", lambda: GA.__new__(int, list, int))
show("GA.__new__(1, ...)", lambda: GA.__new__(1, list, int))
show("type() with an alias base", lambda: type("Z", (list[int],), {}))
show("types.new_class", lambda: types.new_class("Z", (list[int],)).__mro__)
show("Iterable", lambda: isinstance(list[int], collections.abc.Iterable))
show("len", lambda: len(list[int]))
show("int in", lambda: int in list[int])
