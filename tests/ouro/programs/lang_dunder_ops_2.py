# rich comparisons, reflection, NotImplemented fallbacks, subclass priority
log = []
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        log.append("A.eq")
        return NotImplemented
    def __lt__(self, o):
        log.append("A.lt")
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        log.append("B.eq")
        return self.v == getattr(o, "v", None)
    def __gt__(self, o):
        log.append("B.gt")
        return self.v > o.v
print(A(1) == B(1), log)
log.clear()
print(A(1) < B(0), log)
log.clear()
print(A(1) == A(1), log)
log.clear()
a = A(1)
print(a == a, a != a, log)
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
    def __gt__(self, o):
        return "Derived.gt"
print(Base(1) + Derived(2), Derived(1) + Base(2), Base(1) < Derived(2), Derived(1) < Base(1))
import functools
@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), Ver("1.0") >= Ver("1.0"), Ver("2.0") > Ver("10.0"), Ver("1.0") != Ver("1.0"))
try:
    A(1) <= A(2)
except TypeError as e:
    print(type(e).__name__, e)
class NeOnly:
    def __eq__(self, o):
        return "custom eq"
print(NeOnly() != NeOnly(), NeOnly() == 1, 1 == NeOnly())
print([1, 2] == [1, 2.0], (1, A(1)) == (1, A(1)), [a] == [a])
