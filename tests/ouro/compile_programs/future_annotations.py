# annotations with `from __future__ import annotations`: stored as strings
from __future__ import annotations

x: int = 1
y: list[Undefined]
z: "quoted" = 3


def f(a: int, b: SomeType = 2, *args: tuple[int, ...], c: str | None = None, **kw: dict) -> Result:
    v: NotEvaluated = 5
    return v


class C:
    attr: ClassVar[int] = 0
    other: C

    def m(self, o: C) -> C:
        return o


print(__annotations__)
print(f.__annotations__)
print(C.__annotations__, C.m.__annotations__)
print(f(1), C.attr)
lam = lambda q: q
print(lam.__annotations__)


def complex_ann(a: 1 + 2, b: [x for x in y], c: lambda: 0, d: -x ** 2, e: a[1:2, ...]) -> {1: "a"}:
    pass


print(complex_ann.__annotations__)
