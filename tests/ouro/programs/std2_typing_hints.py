"""typing.get_type_hints over forward references, Optional defaults,
Annotated, ClassVar, TypedDict, NamedTuple, Protocols with
runtime_checkable, generics with get_origin/get_args, and the errors."""
from __future__ import annotations

import collections.abc
import typing
from typing import (Annotated, Any, Callable, ClassVar, Final, Generic, Literal, NamedTuple,
                    Optional, Protocol, TypedDict, TypeVar, Union, get_args, get_origin,
                    get_type_hints, runtime_checkable)

T = TypeVar("T", bound="Node")


class Node:
    parent: Optional[Node]
    children: list[Node]
    weight: Annotated[float, "kg"]
    registry: ClassVar[dict[str, Node]] = {}
    LIMIT: Final = 10

    def link(self, other: Node, mode: Literal["a", "b"] = "a") -> Union[Node, None]:
        return None


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["weight"])
print(get_type_hints(Node.link))


class Movie(TypedDict, total=False):
    title: str
    year: int


class Point(NamedTuple):
    x: int
    y: int = 0


print(get_type_hints(Movie), Movie.__required_keys__, Movie.__optional_keys__)
print(get_type_hints(Point), Point._fields, Point(1))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closable), isinstance(1, Closable))


class Box(Generic[T]):
    item: T


print(get_type_hints(Box), Box[Node], Box.__parameters__)
for tp in (list[int], dict[str, list[int]], Optional[int], Union[int, str], Callable[[int, str], bool],
           Callable[..., int], Literal[1, "a"], Annotated[int, "meta"], tuple[int, ...], collections.abc.Iterable[str], int | None):
    print(tp, get_origin(tp), get_args(tp))


def bad(x: NoSuchName) -> None:
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print("NameError:", e)


def localref(x: LocalThing) -> int:
    return 0


class LocalThing:
    pass


print(get_type_hints(localref, localns={"LocalThing": LocalThing}))
print(typing.get_overloads(bad), typing.assert_type(3, int), typing.reveal_type is not None)
try:
    typing.assert_never("x")
except AssertionError as e:
    print("AssertionError:", e)
try:
    Union[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
print(typing.cast("list[int]", [1]), typing.TYPE_CHECKING, Any, typing.NewType("UserId", int)(5))
