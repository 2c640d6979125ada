# typing: runtime_checkable protocols, NewType, Final, ClassVar, TypeVar bounds, Annotated
from typing import (Protocol, runtime_checkable, NewType, Final, ClassVar, TypeVar, Annotated, get_type_hints,
                    Iterator, Sequence, Union, Optional)
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        return None
class Nothing:
    pass
print(isinstance(File(), SupportsClose), isinstance(Nothing(), SupportsClose), issubclass(File, SupportsClose))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, UserId.__supertype__)
MAX: Final = 10
class Config:
    instances: ClassVar[int] = 0
    name: str
print(get_type_hints(Config), MAX)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=Sequence)
print(N.__constraints__, B.__bound__, N.__covariant__)
def total(xs: Annotated[list, "non-empty"]) -> int:
    return sum(xs)
print(get_type_hints(total), get_type_hints(total, include_extras=True)["xs"])
def gen() -> Iterator[int]:
    yield 1
print(gen.__annotations__, total.__annotations__["return"])
print(Union[int, Union[str, int]], Optional[Union[int, None]], Union[int] is int)
class Node:
    def link(self, other: "Node") -> "Node":
        return other
print(get_type_hints(Node.link))
try:
    isinstance(File(), Protocol)
except TypeError as e:
    print(type(e).__name__, e)
class NotRuntime(Protocol):
    def f(self): ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)
