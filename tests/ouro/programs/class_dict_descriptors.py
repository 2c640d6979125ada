"""The __dict__ and __weakref__ descriptors a class statement adds to its
namespace (vars(C)), and which classes get them."""
import weakref


class A:
    x = 1


class B(A):
    pass


class S:
    __slots__ = ("a",)


class SD:
    __slots__ = ("a", "__dict__")


class SW:
    __slots__ = ("__weakref__",)


class E(Exception):
    pass


class I(int):
    pass


class St(set):
    pass


for c in (A, B, S, SD, SW, E, I, St):
    print(c.__name__, list(vars(c)))
print(type(A.__dict__["__dict__"]).__name__, A.__dict__["__dict__"])
print(A.__dict__["__weakref__"])
a = A()
a.y = 2
print(A.__dict__["__dict__"].__get__(a), a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, B().__dict__, I(3).__dict__)
print(sorted(n for n in dir(A) if n.startswith("__w") or n == "__dict__"))
for o in (Exception(), ValueError("x"), 5, "s", object()):
    try:
        weakref.ref(o)
        print("weak ok", type(o).__name__)
    except TypeError as e:
        print("TypeError", e)
e = E()
print(weakref.ref(e)() is e, weakref.ref(A)() is A, weakref.ref(len)() is len)
