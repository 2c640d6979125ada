# typing constructs at runtime
from typing import (List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Any,
                    NamedTuple, TypedDict, Protocol, get_type_hints, get_origin, get_args, cast, overload, Literal)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int].__origin__ is Stack)
def f(a: int, b: Optional[str] = None) -> Dict[str, List[int]]:
    return {}
print(get_type_hints(f))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(List[int], Optional[str], Union[int, str], Callable[[int], str], Tuple[int, ...], Literal["a", 1])
print(int | str, (int | None) == Optional[int], isinstance(3, int | str))
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("guido")
print(e, e._fields, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__annotations__, Movie.__required_keys__ == {"title", "year"})
print(cast(int, "not really"), Any, T, T.__name__)
class Closeable(Protocol):
    def close(self) -> None: ...
print(Closeable.__name__, hasattr(Closeable, "close"))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(5), g("s"))
x: int = 5
print(__annotations__)
try:
    isinstance(1, List[int])
except TypeError as e:
    print(type(e).__name__, e)
