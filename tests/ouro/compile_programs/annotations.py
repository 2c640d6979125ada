# annotations without the future import: evaluated at definition time
import typing

order = []


def ann(tag):
    order.append(tag)
    return tag


x: ann("x") = 1
y: ann("y")
print(__annotations__, "y" in globals())


def f(a: ann("a"), b: ann("b") = ann("b-default"), *args: ann("args"), c: ann("c"), **kw: ann("kw")) -> ann("ret"):
    local: ann("never evaluated") = 5
    return local


print(order)
print(f.__annotations__, f(1, c=2))


class C:
    a: int
    b: str = "s"
    c: typing.List[int] = []
    (d): int = 4
    e.f if False else None
    print("class body annotations:", __annotations__)


print(C.__annotations__, C.b, C.d, hasattr(C, "a"))


def posonly_order(a: "A", /, b: "B", *c: "C", d: "D", **e: "E") -> "R":
    pass


print(posonly_order.__annotations__)


def no_annotations():
    pass


print(no_annotations.__annotations__, (lambda: 0).__annotations__)


class Empty:
    pass


print("__annotations__" in Empty.__dict__)
obj = C()
obj.attr: int = 5
lst = [0]
lst[0]: int = 9
print(obj.attr, lst, "attr" in __annotations__)
for i in range(2):
    z: int = i
print(__annotations__)


