# operator overloading, reflected operators, NotImplemented, in-place, comparisons
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "V%r" % (self.c,)

    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented

    def __radd__(self, o):
        print("radd")
        return self + o

    def __mul__(self, k):
        return V(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __contains__(self, x):
        return x in self.c

    def __bool__(self):
        return any(self.c)

    def __hash__(self):
        return hash(self.c)

    def __pow__(self, n):
        return V(*(a ** n for a in self.c))

    def __truediv__(self, k):
        return V(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))

    def __mod__(self, k):
        return V(*(a % k for a in self.c))

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, o):
        return "lshift"

    def __rshift__(self, o):
        return "rshift"

    def __invert__(self):
        return "invert"

    def __pos__(self):
        return "pos"

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, abs(V(3, 4)), a == V(1, 2), a != b, a < b, b <= a)
print(len(a), a[1], list(a), 2 in a, 5 in a, bool(V(0, 0)), bool(a), {a: 1}[V(1, 2)])
print(a ** 2, b / 2, b // 2, b % 3, a & b, a | b, a ^ b, a << 1, a >> 1, ~a, +a, a @ b)
print(sorted([b, a, V(0, 1)]), max(a, b), sum([a, b], V(0, 0)))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


class R:
    def __eq__(self, o):
        print("R.__eq__")
        return NotImplemented

    def __gt__(self, o):
        print("R.__gt__")
        return True


class L:
    def __lt__(self, o):
        print("L.__lt__")
        return NotImplemented


print(L() < R(), R() == R())


class InPlace:
    def __init__(self):
        self.log = []

    def __iadd__(self, x):
        self.log.append(("iadd", x))
        return self

    def __isub__(self, x):
        self.log.append(("isub", x))
        return self

    def __imul__(self, x):
        self.log.append(("imul", x))
        return self

    def __ior__(self, x):
        self.log.append(("ior", x))
        return self


ip = InPlace()
ip += 1
ip -= 2
ip *= 3
ip |= 4
print(ip.log)


class Callable:
    def __call__(self, *a, **k):
        return ("called", a, k)


print(Callable()(1, x=2))


class Ctx:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return False


with Ctx() as e:
    print(e)


class Idx:
    def __getitem__(self, key):
        return ("getitem", key)

    def __setitem__(self, key, value):
        print("setitem", key, value)


ix = Idx()
print(ix[1], ix[1:2], ix[1, 2], ix[...])
ix["k"] = "v"
ix[1:3] = [0]
print(divmod(7, 2), (7).__add__(1), "ab".__mul__(2), [].__class__.__name__)


class BadBool:
    def __bool__(self):
        return "not a bool"


try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), "truthy" if LenOnly() else "falsy", not LenOnly())
