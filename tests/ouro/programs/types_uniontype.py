"""types.UnionType (`int | str`, PEP 604): flattening and dedup, repr,
`|` with typing objects, equality and hash as a set, __parameters__ and
substitution, isinstance/issubclass."""
import pickle
import copy
import types
import typing
from typing import TypeVar, List, Generic

T = TypeVar("T")
S = TypeVar("S")


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


show("int | str", lambda: int | str)
show("type", lambda: type(int | str))
show("int | None", lambda: int | None)
show("None | int", lambda: None | int)
show("int | int", lambda: int | int)
show("type(None) | None", lambda: type(None) | None)
show("int | str | int", lambda: int | str | int)
show("(int | str) | (str | bytes)", lambda: (int | str) | (str | bytes))
show("args flat", lambda: (int | (str | bytes)).__args__)
show("args None", lambda: (int | None).__args__)
show("list[int] | list[int]", lambda: list[int] | list[int])
show("list[int] | list[str]", lambda: list[int] | list[str])
show("int | list[int] | list[int]", lambda: int | list[int] | list[int])
show("dict[str, int] | None", lambda: dict[str, int] | None)
show("int | 1", lambda: int | 1)
show("int | 'str'", lambda: int | "str")
show("(int|str).__or__(1)", lambda: (int | str).__or__(1))
show("(int|str).__ror__(1)", lambda: (int | str).__ror__(1))
show("list[int].__or__(1)", lambda: list[int].__or__(1))
show("int | List[int]", lambda: int | List[int])
show("List[int] | int", lambda: List[int] | int)
show("int | T", lambda: int | T)
show("(int | str) | T", lambda: (int | str) | T)
show("int | typing.Any", lambda: int | typing.Any)
show("int | typing.Optional[str]", lambda: int | typing.Optional[str])
show("repr module class", lambda: int | types.ModuleType)


class Local:
    pass


show("repr local class", lambda: Local | None)

# equality and hash
show("== reordered", lambda: (int | str) == (str | int))
show("!= reordered", lambda: (int | str) != (str | int))
show("== different", lambda: (int | str) == (int | bytes))
show("== typing.Union", lambda: (int | str) == typing.Union[int, str])
show("typing.Union ==", lambda: typing.Union[int, str] == (int | str))
show("== int", lambda: (int | str) == int)
show("hash", lambda: hash(int | str) == hash(str | int))
show("hash frozenset", lambda: hash(int | str) == hash(frozenset({int, str})))
show("in dict", lambda: {int | str: 1}[str | int])
show("<", lambda: (int | str) < (int | str))

# parameters and substitution
show("(int | list[T]).__parameters__", lambda: (int | list[T]).__parameters__)
show("(list[T] | dict[S, T]).__parameters__", lambda: (list[T] | dict[S, T]).__parameters__)
show("(int | str).__parameters__", lambda: (int | str).__parameters__)
show("(int | list[T])[str]", lambda: (int | list[T])[str])
show("(list[T] | dict[S, T])[int, str]", lambda: (list[T] | dict[S, T])[int, str])
show("(list[T] | list[S])[int, int]", lambda: (list[T] | list[S])[int, int])
show("(int | list[T])[int, str]", lambda: (int | list[T])[int, str])
show("(int | str)[int]", lambda: (int | str)[int])
show("(int | list[T])[List[int]]", lambda: (int | list[T])[List[int]])
show("(list[T] | None)[int]", lambda: (list[T] | None)[int])
show("(int | list[T])[None]", lambda: (int | list[T])[None])


class Box(Generic[T]):
    pass


show("int | Box[T]", lambda: int | Box[T])
show("list[Box[T]] | None", lambda: (list[Box[T]] | None)[int])

# isinstance / issubclass
show("isinstance(1, int | str)", lambda: isinstance(1, int | str))
show("isinstance(b'', int | str)", lambda: isinstance(b"", int | str))
show("isinstance(None, int | None)", lambda: isinstance(None, int | None))
show("isinstance(1, int | list[int])", lambda: isinstance(1, int | list[int]))
show("isinstance(1, list[int] | int)", lambda: isinstance(1, list[int] | int))
show("isinstance(1, str | list[int])", lambda: isinstance(1, str | list[int]))
show("isinstance(1, (str, int | bytes))", lambda: isinstance(1, (str, int | bytes)))
show("issubclass(bool, int | str)", lambda: issubclass(bool, int | str))
show("issubclass(bool, str | bytes)", lambda: issubclass(bool, str | bytes))
show("issubclass(int, list[int] | int)", lambda: issubclass(int, list[int] | int))
show("issubclass(int, int | list[int])", lambda: issubclass(int, int | list[int]))
show("isinstance(1, int | T)", lambda: isinstance(1, int | T))

# attributes
u = int | str
show("__module__", lambda: u.__module__)
show("__args__ is", lambda: u.__args__ is u.__args__)
show("no attr", lambda: u.foo)
show("set attr", lambda: setattr(u, "foo", 1))
show("UnionType()", lambda: types.UnionType())
show("copy", lambda: copy.copy(u) is u)
show("pickle", lambda: pickle.loads(pickle.dumps(u)))
show("typing.get_args", lambda: typing.get_args(int | str | None))
show("typing.get_origin", lambda: typing.get_origin(int | str))
show("Optional", lambda: typing.Optional[int | str])
show("Union of unions", lambda: typing.Union[int | str, bytes])


def f(a: int | None, b: "list[int] | str") -> int | str:
    pass


show("get_type_hints", lambda: typing.get_type_hints(f))

import weakref
show("weakref union", lambda: weakref.ref(int | str))
alias = list[int]
show("weakref alias", lambda: weakref.ref(alias)() is alias)
show("weakref alias iterator", lambda: weakref.ref(iter(list[int])))
