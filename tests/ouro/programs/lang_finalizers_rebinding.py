# Objects whose last reference goes are finalized at once (CPython's
# reference counting): rebinding a module-level name, `del`, weak references.
import weakref


class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print("open", name)

    def __del__(self):
        Resource.live -= 1
        print("close", self.name)


r = Resource("first")
r = Resource("second")
print("after rebinding, live:", Resource.live)
r = None
print("after None, live:", Resource.live)
conn = Resource("conn")
del conn
print("after del")


class Node:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Node({self.v})"


n = Node(1)
ref = weakref.ref(n)
print(ref(), ref() is n)
del n
print("weakref after del:", ref())
called = []
m = Node(2)
ref2 = weakref.ref(m, lambda r: called.append("callback"))
del m
print(called, ref2())
cache = weakref.WeakValueDictionary()
a = Node("a")
b = Node("b")
cache["a"] = a
cache["b"] = b
del a
print(sorted(cache.keys()))


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", tag)


g = gen("rebound generator")
next(g)
g = gen("second generator")
print("after rebinding the generator")
print(next(g))
g = None
print("end")
