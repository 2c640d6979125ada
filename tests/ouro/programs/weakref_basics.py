# weak references: liveness, callbacks, hashing, equality, counts, proxies
# (checked after gc.collect(): ouro frees objects at a collection, CPython at once)
import gc
import re
import weakref


def show(text):
    print(re.sub(r"0x[0-9a-f]+", "0x...", text))


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("same plain ref:", r1 is r2, r1() is a, weakref.getweakrefcount(a))
events = []
rc = weakref.ref(a, lambda ref: events.append(("cb1", ref is rc)))
rc2 = weakref.ref(a, lambda ref: events.append(("cb2", ref is rc2)))
print("count:", weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print("first is plain:", weakref.getweakrefs(a)[0] is r1)
print("callback attr:", r1.__callback__, callable(rc.__callback__))
print("eq while alive:", r1 == rc, r1 != rc, hash(r1) == hash(a))
show(repr(r1))
print(type(r1).__name__, type(r1).__module__, weakref.ReferenceType is weakref.ref)
h = hash(rc)
del a
gc.collect()
print("after death:", r1(), rc(), events)
print("eq after death:", r1 == rc, r1 == r1, hash(rc) == h)
show(repr(r1))
# a dead ref that was never hashed cannot be hashed
b = Node("b")
rb = weakref.ref(b, lambda r: None)
del b
gc.collect()
try:
    hash(rb)
except TypeError as e:
    print("TypeError", e)

# not weakly referenceable
for value in [1, "s", [1], (1,), {}, None]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


for cls in [Slotted, SlottedWeak]:
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, "TypeError", e)


# subclass of ref with extra attributes (as weakref.KeyedRef)
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


c = Node("c")
t = Tagged(c, None, "T")
print("subclass:", t.tag, t() is c, t is not weakref.ref(c), isinstance(t, weakref.ref))
gc.collect()      # the plain ref made above is gone
print("count with subclass:", weakref.getweakrefcount(c))
del c
gc.collect()
print("subclass dead:", t(), t.tag)

# functions, classes, methods, generators can be referred to weakly
def f():
    return 42


rf = weakref.ref(f)
print("function:", rf()())
show(repr(rf))
rk = weakref.ref(Node)
show(repr(rk))

# proxies
d = Node("d")
p = weakref.proxy(d)
print("proxy:", p.name, str(p), repr(p)[:10], type(p).__name__)
p.name = "dd"
print("through proxy:", d.name, weakref.getweakrefcount(d))
cp = weakref.proxy(f)
print("callable proxy:", cp(), type(cp).__name__)
lst_holder = Node("list")
lst_holder.items = [1, 2, 3]
pi = weakref.proxy(lst_holder)
print("len via attr:", len(pi.items))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
del d
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
show(repr(p))

# callbacks run newest first; an exception-free callback order check
e = Node("e")
order = []
refs = [weakref.ref(e, lambda r, i=i: order.append(i)) for i in range(4)]
del e
gc.collect()
print("callback order:", order)

# a weakref that dies before its referent: no callback
g = Node("g")
calls = []
rg = weakref.ref(g, lambda r: calls.append("called"))
del rg
gc.collect()
del g
gc.collect()
print("dead ref's callback:", calls)
