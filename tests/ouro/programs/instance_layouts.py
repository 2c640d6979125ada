# Instances of different sizes (ouro/objspace/maps.py: a class picks the
# layout of new instances, 3, 4, 6 or 8 inline fields, from the most
# attributes its instances had; older instances overflow): attribute reads,
# writes, deletion, __class__ assignment, __dict__, __slots__, copy and
# pickle, for 1 to 11 attributes, and the inline caches over all of them.
import copy
import pickle


class A:
    pass


objs = []
for n in range(1, 12):
    for k in range(3):
        a = A()
        for j in range(n):
            setattr(a, "a%d" % j, j * 10 + k)
        objs.append((n, k, a))
for n, k, a in objs:
    assert [getattr(a, "a%d" % j) for j in range(n)] == [j * 10 + k for j in range(n)], n
    for j in range(n):
        setattr(a, "a%d" % j, -j)
    assert [getattr(a, "a%d" % j) for j in range(n)] == [-j for j in range(n)]
    if n > 2:
        delattr(a, "a1")
        assert not hasattr(a, "a1")
        assert [getattr(a, "a%d" % j) for j in range(n) if j != 1] == [-j for j in range(n) if j != 1]
        a.a1 = 99
        assert list(vars(a))[-1] == "a1"
print("sizes 1..11 ok")


class P:
    def __init__(self, x, y, z, w=None, v=None):
        self.x = x
        self.y = y
        self.z = z
        if w is not None:
            self.w = w
        if v is not None:
            self.v = v

    def s(self):
        return self.x + self.y + self.z


# the first three P have three attributes, the next ones grow the class's
# estimate: the same instructions see instances of three layouts
ps = ([P(i, i, i) for i in range(5)] + [P(i, i, i, i) for i in range(5)]
      + [P(i, i, i, i, i) for i in range(5)] + [P(i, i, i) for i in range(5)])
print([p.s() for p in ps])
print([getattr(p, "w", None) for p in ps])
print([getattr(p, "v", None) for p in ps])
for p in ps:
    p.x += 1
    p.z += 2
    if hasattr(p, "v"):
        p.v += 100
print([(p.x, p.z, getattr(p, "v", 0)) for p in ps])


class Q:
    def s(self):
        return -1


for p in ps:
    p.__class__ = Q
    assert type(p) is Q
print([sorted(vars(p).items()) for p in ps[::4]], ps[0].s())
for p in ps:
    p.__class__ = P
print([p.s() for p in ps])


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "m%d" % i, i)


ms = [Many(n) for n in (2, 9, 3, 5, 12, 1)]
for m in ms:
    m.__class__ = A
    m.extra = "e"
print([(len(vars(m)), sum(v for v in vars(m).values() if type(v) is int), m.extra) for m in ms])
for m in ms:
    m.__dict__ = {"only": 1}
    print(m.only, vars(m), hasattr(m, "m0"))


class S:
    __slots__ = ("a", "b", "c", "d", "e")


s = S()
s.a, s.b, s.c, s.d, s.e = 1, 2, 3, 4, 5
print(s.a, s.b, s.c, s.d, s.e)
del s.c
print(hasattr(s, "c"), s.d, s.e)
s2 = S()
s2.e = 1
print(s2.e, hasattr(s2, "a"))

p = ps[12]
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(vars(p2) == vars(p), vars(p3))


class R:
    def __init__(self):
        for i in range(7):
            setattr(self, "r%d" % i, i)


r = pickle.loads(pickle.dumps(R()))
print(vars(r))
r.__dict__ = {"q": 1}
print(r.q, vars(r))
r2 = R()
d = r2.__dict__
d["zz"] = 3
r2.r6 = "six"
print(r2.zz, len(d), r2.r6, d["r6"])


class E(Exception):
    pass


e = E(1)
e.a, e.b, e.c, e.d, e.f = 1, 2, 3, 4, 5
print(e.a, e.b, e.c, e.d, e.f, e.args)
del e.b
print(sorted(vars(e)))


class MyS(str):
    pass


m = MyS("x")
m.a, m.b, m.c, m.d, m.e = 1, 2, 3, 4, 5
print(m, m.a, m.d, m.e, vars(m))


class Big:
    def __init__(self):
        for i in range(20):
            setattr(self, "b%d" % i, i)


bs = [Big() for i in range(3)]
print([sum(getattr(b, "b%d" % i) for i in range(20)) for b in bs])
bs[1].b19 = 0
del bs[2].b0
print(sum(vars(bs[1]).values()), sorted(vars(bs[2]))[:3])


# a loop whose STORE_ATTR/LOAD_ATTR sites see growing classes
class G:
    pass


total = 0
for i in range(40):
    g = G()
    for j in range(i % 10):
        setattr(g, "g%d" % j, j)
    g.last = i
    total += g.last + sum(vars(g).values())
print(total)
