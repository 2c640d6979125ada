# The built-in iterators' __reduce__/__setstate__: copy, deepcopy and pickle
# at every protocol, fresh, partly consumed and exhausted.
import copy
import pickle


def show(x, depth=0):
    """repr without addresses: objects with a default repr show their type
    and their __reduce__."""
    if isinstance(x, tuple):
        inner = ", ".join(show(i, depth) for i in x)
        return "(" + inner + ("," if len(x) == 1 else "") + ")"
    if isinstance(x, list):
        return "[" + ", ".join(show(i, depth) for i in x) + "]"
    r = repr(x)
    if " at 0x" in r and hasattr(x, "__qualname__"):
        return "<" + type(x).__name__ + " " + x.__qualname__ + ">"
    if " at 0x" in r:
        name = type(x).__name__
        if depth > 3:
            return "<" + name + ">"
        try:
            red = x.__reduce__()
        except Exception as e:
            return "<%s !%s>" % (name, type(e).__name__)
        return "<%s %s>" % (name, show(red, depth + 1))
    return r


def consume(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("STOP")
            break
    return out


def check(label, make, steps=(0, 1, 2, 100)):
    for k in steps:
        it = make()
        consume(it, k)
        try:
            red = it.__reduce__()
        except Exception as e:
            print(label, k, "reduce:", type(e).__name__, e)
            continue
        print(label, k, "reduce:", show(red))
        for how in ["copy", "deepcopy"] + ["p%d" % p for p in range(pickle.HIGHEST_PROTOCOL + 1)]:
            it2 = make()
            consume(it2, k)
            try:
                if how == "copy":
                    c = copy.copy(it2)
                elif how == "deepcopy":
                    c = copy.deepcopy(it2)
                else:
                    c = pickle.loads(pickle.dumps(it2, int(how[1:])))
                res = (type(c).__name__, list(c), list(it2))
            except Exception as e:
                res = ("error", type(e).__name__, str(e))
            print("  ", how, show(res))


def setstate(label, it, values):
    for v in values:
        try:
            r = it.__setstate__(v)
            print(label, "setstate", repr(v), "->", r, show(it.__reduce__()))
        except Exception as e:
            print(label, "setstate", repr(v), "error", type(e).__name__, e)


check("list", lambda: iter([1, 2, 3]))
check("list-empty", lambda: iter([]))
check("listrev", lambda: reversed([1, 2, 3]))
check("tuple", lambda: iter((1, 2, 3)))
check("range", lambda: iter(range(3)))
check("range-step", lambda: iter(range(1, 10, 3)))
check("range-neg", lambda: iter(range(10, -5, -4)))
check("range-rev", lambda: reversed(range(1, 10, 3)))
check("range-empty", lambda: iter(range(5, 5)))
check("longrange", lambda: iter(range(1 << 70, (1 << 70) + 5)))
check("longrange-step", lambda: iter(range(-(1 << 70), 1 << 70, 1 << 68)))
check("str", lambda: iter("abc"))
check("str-uni", lambda: iter("h\xe9\u20ac"))
check("bytes", lambda: iter(b"xyz"))
check("bytearray", lambda: iter(bytearray(b"xyz")))
check("set", lambda: iter({1, 2, 3}))
check("frozenset", lambda: iter(frozenset([4, 5])))
check("dict-keys", lambda: iter({"a": 1, "b": 2, "c": 3}))
check("dict-values", lambda: iter({"a": 1, "b": 2, "c": 3}.values()))
check("dict-items", lambda: iter({"a": 1, "b": 2, "c": 3}.items()))
check("dict-rkeys", lambda: reversed({"a": 1, "b": 2, "c": 3}))
check("dict-rvalues", lambda: reversed({"a": 1, "b": 2, "c": 3}.values()))
check("dict-ritems", lambda: reversed({"a": 1, "b": 2, "c": 3}.items()))


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n

    def __eq__(self, other):
        return type(other) is Seq and other.n == self.n

    def __repr__(self):
        return "Seq(%d)" % self.n


check("seqiter", lambda: iter(Seq(3)))
check("reversed-seq", lambda: reversed(Seq(3)))
check("reversed-tuple", lambda: reversed((1, 2, 3)))
check("reversed-str", lambda: reversed("abc"))


class Ticker:
    def __init__(self):
        self.n = 0

    def __call__(self):
        if self.n < 4:
            self.n += 1
        return self.n

    def __repr__(self):
        return "Ticker(%d)" % self.n


def make_calliter():
    return iter(Ticker(), 4)


check("calliter", make_calliter)
check("enumerate", lambda: enumerate("abc"))
check("enumerate-start", lambda: enumerate([5, 6], 10))
check("enumerate-big", lambda: enumerate([5, 6], 1 << 80))
check("zip", lambda: zip([1, 2, 3], "ab"))
check("zip-empty", lambda: zip())
check("zip-strict", lambda: zip([1, 2], "ab", strict=True))
check("map", lambda: map(abs, [-1, -2, 3]))
check("map2", lambda: map(pow, [1, 2, 3], [2, 2, 2]))
check("filter", lambda: filter(None, [0, 1, 0, 2]))
check("filter-func", lambda: filter(bool, [0, 1, 0, 2]))


class MyEnum(enumerate):
    pass


class MyZip(zip):
    pass


class MyMap(map):
    pass


class MyFilter(filter):
    pass


class MyRev(reversed):
    pass


print(show(MyEnum("ab").__reduce__()))
print(show(MyZip("ab", "cd").__reduce__()))
print(show(MyMap(abs, [1]).__reduce__()))
print(show(MyFilter(None, [1]).__reduce__()))
print(show(MyRev(Seq(2)).__reduce__()))
print(show(list(pickle.loads(pickle.dumps(MyEnum("ab"))))), type(copy.copy(MyEnum("ab"))).__name__)

# __setstate__
setstate("list", iter([1, 2, 3]), [1, -5, 10, 2, 2.5, "x", 1 << 100, True])
setstate("listrev", reversed([1, 2, 3]), [1, -5, 10, 0, -1, 2.5, "x"])
setstate("tuple", iter((1, 2, 3)), [1, -5, 10, 2.5])
setstate("range", iter(range(4)), [1, -5, 10, 2.5, 1 << 100])
setstate("longrange", iter(range(1 << 70, (1 << 70) + 5)), [1, -5, 10, 3])
setstate("str", iter("abcd"), [1, -5, 10, 2.5])
setstate("bytes", iter(b"abcd"), [1, -5, 10, 2.5])
setstate("bytearray", iter(bytearray(b"abcd")), [1, -5, 10, 2.5])
setstate("seqiter", iter(Seq(4)), [1, -5, 10, 2.5])
setstate("reversed", reversed(Seq(4)), [1, -5, 10, 2.5])
setstate("reversed", reversed("abcd"), [1, -5, 10, 2.5])
setstate("zip", zip("ab", "c"), [True, 0, [], [1], 2.5])
z = zip("ab", "c")
z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print("ValueError", e)

# exhausted iterators that clear their sequence
for it in [iter([1]), iter((1,)), iter("a"), iter(b"a"), iter(bytearray(b"a")),
           reversed([1]), iter(Seq(1)), reversed(Seq(1)), iter({1}), iter({1: 2}),
           iter(range(1)), iter(Ticker(), 1)]:
    list(it)
    print(type(it).__name__, show(it.__reduce__()))
    try:
        it.__setstate__(0)
        print("  setstate ok", show(it.__reduce__()))
    except AttributeError:
        print("  no setstate")

print(iter(Seq(3)).__length_hint__(), iter(Seq(0)).__length_hint__())
it = iter(Seq(3))
it.__setstate__(5)
print(it.__length_hint__())


class NoLen:
    def __getitem__(self, i):
        return i


print(iter(NoLen()).__length_hint__())
it = iter(range(1 << 70, (1 << 70) + 5))
next(it)
print(it.__length_hint__())

# descriptors applied to the wrong object
for t in [type(iter([])), type(iter(())), type(iter(range(1))), type(iter("")),
          type(iter(b"")), type(iter({1})), type(iter({})), enumerate, zip, map, filter,
          reversed]:
    for name in ["__reduce__", "__setstate__"]:
        m = t.__dict__.get(name)
        if m is None:
            continue
        try:
            m(5) if name != "__setstate__" else m(5, 0)
            print(t.__name__, name, "ok")
        except TypeError as e:
            print(t.__name__, name, "TypeError", e)

# a dict iterator after the dict changed size
d = {1: 2, 3: 4}
it = iter(d)
d[5] = 6
try:
    print(it.__reduce__())
except RuntimeError as e:
    print("RuntimeError", e)

# the list iterator sees the list grow
lst = [1, 2]
it = iter(lst)
next(it)
lst.append(3)
print(show(it.__reduce__()), list(copy.copy(it)))

# enumerate crossing the machine word
import sys
e = enumerate("abc", sys.maxsize - 1)
print(next(e), e.__reduce__()[1][1])
print(next(e), e.__reduce__()[1][1])
print(next(e), e.__reduce__()[1][1])
print(list(copy.copy(enumerate("xy", -(1 << 70)))))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print("TypeError", e)

# range iterators near the machine word: CPython picks longrange_iterator
# when start + len * step (or start - step, reversed) would overflow
m = sys.maxsize
for r in [range(-m, m, m), range(m - 1, -m, -m), range(0, m, m // 2 + 1), range(-m - 1, -m + 1),
          range(m, m + 3), range(m - 2, m), range(-m - 1, m), range(-m - 1, m, 2),
          range(m - 5, m, 2), range(-m, -m - 2, -1), range(0, 10, m), range(0, -10, -m - 1),
          range(5, 5), range(m, m), range(-m - 1, -m - 1, -1), range(1, 2, m), range(-1, -2, -m - 1)]:
    for it in [iter(r), reversed(r)]:
        red = it.__reduce__()
        first = next(it, None)
        it2 = pickle.loads(pickle.dumps(it))
        print(type(it).__name__, red, first, it.__length_hint__(), next(it2, None), next(it2, None))

# the lookup of iter/reversed in the builtins runs first (it may exhaust the iterator)
import builtins


def run(builtin_name, it):
    class CustomStr:
        def __init__(self, name, iterator):
            self.name = name
            self.iterator = iterator

        def __hash__(self):
            return hash(self.name)

        def __eq__(self, other):
            list(self.iterator)
            return other == self.name

    d = builtins.__dict__
    orig = d[builtin_name]
    del d[builtin_name]
    d[CustomStr(builtin_name, it)] = orig
    try:
        return it.__reduce__()
    finally:
        del d[builtin_name]
        d[builtin_name] = orig


print(run("iter", iter("xyz")), run("iter", iter([1, 2])), run("reversed", reversed([1, 2])))
print(run("iter", iter((1, 2))), run("iter", iter(b"ab")), run("iter", iter(bytearray(b"a"))))
print(run("iter", iter(Seq(3))), run("iter", iter(Ticker(), 4)))
