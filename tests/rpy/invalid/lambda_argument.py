# error: 11: lambda is only supported as the key= argument
# Invalid RPy: a lambda passed as an ordinary Callable argument.
from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def entry_point(argv: list[str]) -> int:
    print(apply(lambda n: n * 3, 4))  # <-- error
    return 0
