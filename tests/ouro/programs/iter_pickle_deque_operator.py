# collections.deque's iterators and operator.methodcaller: __reduce__ as
# CPython 3.11's, through copy, deepcopy and pickle at every protocol.
import collections
import copy
import operator
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



D = collections.deque
check("deque", lambda: iter(D([1, 2, 3])))
check("deque-rev", lambda: reversed(D([1, 2, 3])))
check("deque-empty", lambda: iter(D()))
check("deque-maxlen", lambda: iter(D("abcd", maxlen=3)))


class MyD(D):
    pass


check("deque-sub", lambda: iter(MyD([1, 2])))
ti = type(iter(D()))
tr = type(reversed(D()))
print(ti.__module__, ti.__name__, tr.__name__)
for t in [ti, tr]:
    for a in [(), (5,), (D([1, 2, 3]),), (D([1, 2, 3]), 1), (D([1, 2, 3]), 5), (D([1, 2, 3]), -1),
              (D([1, 2, 3]), 1.5), (D([1, 2, 3]), 1, 2), ([1],), (D([1]), 1 << 70)]:
        try:
            x = t(*a)
            print(t.__name__, show(a), show(x.__reduce__()), list(x))
        except Exception as e:
            print(t.__name__, show(a), type(e).__name__, e)
    try:
        t.__reduce__(5)
    except TypeError as e:
        print("TypeError", e)
print(list(ti(D([1, 2]), foo=2)))
d = D([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
print(show(it.__reduce__()), list(ti(*it.__reduce__()[1])))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(show(it.__reduce__()))

for m in [operator.methodcaller("upper"), operator.methodcaller("split", ","),
          operator.methodcaller("split", ",", maxsplit=1), operator.methodcaller("split", sep=",")]:
    r = m.__reduce__()
    print(show(r))
    for how in ["copy", "deepcopy", "p0", "p2", "p5"]:
        if how == "copy":
            c = copy.copy(m)
        elif how == "deepcopy":
            c = copy.deepcopy(m)
        else:
            c = pickle.loads(pickle.dumps(m, int(how[1:])))
        print("  ", how, repr(c), c("a,b,c"))
print(show(operator.itemgetter(1).__reduce__()), show(operator.attrgetter("a", "b.c").__reduce__()))
