"""Class hierarchies with dunder methods: vectors, comparisons, containers, hashing, callables."""
import functools
import math

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *c):
        self._c = tuple(float(x) for x in c)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self._c))})"
    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self._c) + ">"
    def __len__(self):
        return len(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(*self._c[i])
        return self._c[i]
    def __iter__(self):
        return iter(self._c)
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._c == other._c
    def __hash__(self):
        return hash(self._c)
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        if len(o) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(o)}")
        return type(self)(*(a + b for a, b in zip(self, o)))
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return type(self)(*(-x for x in self))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return type(self)(*(x * k for x in self))
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self * o
    def __truediv__(self, k):
        return type(self)(*(x / k for x in self))
    def __abs__(self):
        return math.hypot(*self)
    def __bool__(self):
        return any(self)
    def __format__(self, spec):
        return "(" + ", ".join(format(x, spec) for x in self) + ")"
    def __contains__(self, x):
        return x in self._c

class Vector2(Vector):
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v, repr(w), v + w, v - w, v * 2, 3 * v, v * w, v @ w, w / 2, abs(Vector(3, 4)), -v)
print(len(v), v[1], v[::-1], v[-1], list(v), 2.0 in v, 7 in v, bool(Vector(0, 0)), bool(v))
print(sum([v, w, Vector(1, 1, 1)]), f"{v:.2f}", f"{v:>6.1f}", v == Vector(1, 2, 3), v != w, v == (1, 2, 3))
print({v: "a", Vector(1, 2, 3): "b"}, len({v, Vector(1.0, 2.0, 3.0), w}))
u = Vector2(3, 4)
print(u.x, u.y, round(u.angle(), 3), u + Vector2(1, 1), type(u[:1]).__name__, isinstance(u, Vector))
for bad in (lambda: v + 1, lambda: v + Vector(1), lambda: v * "s", lambda: v < w, lambda: "a" - v,
            lambda: v.__dict__, lambda: setattr(v, "z", 1), lambda: v[5], lambda: u.x.y, lambda: Vector("a"),
            lambda: divmod(v, 2), lambda: v ** 2, lambda: hash(Vector([1])), lambda: ~v, lambda: v @ 2):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"
vs = [Version(s) for s in ("1.10.0", "1.2", "1.2.0", "0.9.9", "2.0")]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("3.0") >= Version("2.9.9"), Version("1.0") > Version("1.0"))
print(Version.__hash__, Version("1") == Version("1"))
try:
    {Version("1.0")}
except TypeError as e:
    print(type(e).__name__, e)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, val):
        i, j = ij
        self.rows[i][j] = val
    def __delitem__(self, i):
        del self.rows[i]
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __call__(self, x):
        return [sum(a * b for a, b in zip(r, x)) for r in self.rows]
    def __iadd__(self, k):
        self.rows = [[x + k for x in r] for r in self.rows]
        return self
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m([1, 1]), m)
m += 1
print(m, m == Matrix([[2, 21], [4, 5]]), hash(m) if m.__hash__ else "unhashable")
del m[0]
print(m)
try:
    m[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0, 0, 0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(m)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(m)
    print("iterable (via __getitem__)")
    list(m)
except TypeError as e:
    print(type(e).__name__, e)
class Weird:
    def __len__(self):
        return -1
    def __index__(self):
        return "x"
    def __bool__(self):
        return 1
for bad in (lambda: len(Weird()), lambda: bool(Weird()), lambda: [1, 2][Weird()], lambda: range(Weird())):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(v < w)
