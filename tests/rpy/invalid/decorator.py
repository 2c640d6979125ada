# error: 10: decorator 'foo' is not supported
# Invalid RPy: a function decorated with a user-defined decorator.
from typing import Callable


def foo(f: Callable[[int], int]) -> Callable[[int], int]:
    return f


@foo  # <-- error
def triple(n: int) -> int:
    return n * 3


def entry_point(argv: list[str]) -> int:
    print(triple(2))
    return 0
