"""Reads and writes of __slots__ attributes at one instruction, many times
(the inline cache of LOAD_ATTR/STORE_ATTR answers them from the map): unset
and deleted slots, a subclass adding slots or a __dict__, a class whose
slot descriptor is replaced or shadowed later, __setattr__/__getattribute__
added to the class, name-mangled slots, many slots."""


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Q(P):
    __slots__ = ("z",)


class D(P):
    pass


def read_all(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


def write_all(objs, v):
    for o in objs:
        o.y = v


ps = [P(i, i + 1) for i in range(5)]
print(sum(p.norm2() for p in ps))
q = Q(7, 8)
q.z = 9
d = D(1, 2)
d.extra = 3
e = P.__new__(P)
print(read_all(ps + [q, d, e]))
write_all(ps + [q, d], 100)
print([o.y for o in ps + [q, d]], d.__dict__)
del ps[0].x
print(read_all(ps[:2]))
ps[0].x = "back"
print(read_all(ps[:2]))
for _ in range(3):
    print(read_all([q, q, e]))


class M:
    __slots__ = ("__hidden", "open")

    def __init__(self):
        self.__hidden = 1
        self.open = 2

    def get(self):
        return self.__hidden, self.open


print([M().get() for _ in range(3)], M._M__hidden)

# the class changes after the instruction cached its answer
for round_ in range(3):
    print(round_, read_all(ps[1:3]))
    if round_ == 0:
        P.x = property(lambda self: "property")
    elif round_ == 1:
        del P.x


class W:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")


w = W()
for n, name in enumerate(W.__slots__):
    setattr(w, name, n)
total = 0
for _ in range(1000):
    total += w.a + w.b + w.c + w.d + w.e + w.f + w.g + w.h + w.i + w.j
    w.j = w.j + 1
print(total, w.j)


class S:
    __slots__ = ("v",)


objs = [S() for _ in range(3)]
for k, o in enumerate(objs):
    o.v = k
print([o.v for o in objs])


def set_hook(self, name, value):
    object.__setattr__(self, name, value * 10)


S.__setattr__ = set_hook
for k, o in enumerate(objs):
    o.v = k
print([o.v for o in objs])
S.__getattribute__ = lambda self, name: "intercepted"
print([o.v for o in objs])
try:
    P(1, 2).nope = 1
except AttributeError as e:
    print("AttributeError:", e)
