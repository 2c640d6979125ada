from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, Final, ClassVar, Iterable, Iterator, Sequence,
                    Mapping, get_type_hints, get_origin, get_args, cast, overload, runtime_checkable, Set, FrozenSet, Type)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


def f(a: int, b: Optional[str] = None, *args: float, c: "List[int]" = [], **kw: Any) -> Dict[str, int]:
    return {}


print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1])
print(T, K, N, repr(T), T.__name__, K.__bound__, N.__constraints__)
print(Stack[int], Stack[int]().__class__, get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]))
print(get_origin(Union[int, str]), get_origin(Literal[1]), get_args(Callable[[int], str]))
print(get_type_hints(f))
print(f.__annotations__)
s = Stack[str]()
s.push("a")
print(s.pop(), Stack.__parameters__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "")
e = Employee("ann")
print(e, e._fields, Employee.__annotations__, e._replace(salary=10.5), Employee._field_defaults)
m: Movie = {"title": "Up"}
print(m, Movie.__annotations__, Movie.__total__, type(m))
print(isinstance(F(), Closable), isinstance(3, Closable))
print(cast(int, "x"), list[int], dict[str, tuple[int, ...]], int | str, int | None, type(int | str))
print(Sequence[int], Mapping[str, Any], Iterable[T], Iterator[int], Set[int], FrozenSet[str], Type[int])
print(typing.Any, repr(typing.NoReturn), ClassVar[int], Final[int], typing.Optional)
print(isinstance([1], list), isinstance(1, int | str), issubclass(bool, int | str))
print(Union[int, int], Union[int], Optional[Optional[int]], Union[Union[int, str], float])
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2


print(g(2), g("ab"))
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Movie(title="x", year=1, extra=2)
except TypeError as e:
    print("TypeError:", e)
print(Movie(title="x", year=1))
print(typing.TYPE_CHECKING, typing.get_type_hints(Employee))
Alias = Dict[str, List[Tuple[int, str]]]
print(Alias, Alias[()] if False else Alias.__origin__)
