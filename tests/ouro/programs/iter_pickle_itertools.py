# itertools' __reduce__/__setstate__ (CPython 3.11): copy, deepcopy and pickle
# at every protocol, fresh, partly consumed and exhausted.
import copy
import itertools as it_
from itertools import *
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
            print(label, "setstate", show(v), "->", r, show(it.__reduce__()))
        except Exception as e:
            print(label, "setstate", show(v), "error", type(e).__name__, e)




def lt3(x):
    return x < 3


def add(a, b):
    return a + b


def key2(x):
    return x // 2


import sys
c = count(sys.maxsize - 1)
print(show(c.__reduce__()), next(c), next(c), next(c))
print(show(c.__reduce__()), repr(c))


for label, make in [("count", lambda: count()), ("count-start", lambda: count(5)),
                    ("count-step", lambda: count(5, 2)), ("count-float", lambda: count(1.5)),
                    ("count-floatstep", lambda: count(1, 0.5)),
                    ("count-big", lambda: count(1 << 70)), ("count-bool", lambda: count(2, True)),
                    ("cycle", lambda: cycle("abc")), ("repeat", lambda: repeat("x"))]:
    for k in (0, 1, 2, 5):
        it = make()
        consume(it, k)
        print(label, k, show(it.__reduce__()))
        for how in ["copy", "deepcopy", "p0", "p2", "p5"]:
            it2 = make()
            consume(it2, k)
            if how == "copy":
                c = copy.copy(it2)
            elif how == "deepcopy":
                c = copy.deepcopy(it2)
            else:
                c = pickle.loads(pickle.dumps(it2, int(how[1:])))
            print("  ", how, type(c).__name__, consume(c, 7), consume(it2, 4))

check("repeat-n", lambda: repeat("x", 3))
check("repeat-0", lambda: repeat("x", 0))
check("repeat-neg", lambda: repeat("x", -2))
check("cycle-empty", lambda: cycle([]))
check("cycle-fin", lambda: islice(cycle([1, 2]), 5))
check("chain", lambda: chain("ab", [1, 2]))
check("chain-empty", lambda: chain())
check("chain-from", lambda: chain.from_iterable(["ab", "c"]))
check("islice-stop", lambda: islice("abcdef", 3))
check("islice-none", lambda: islice("abcdef", None))
check("islice-start", lambda: islice("abcdef", 2, None))
check("islice-step", lambda: islice("abcdefgh", 1, 6, 2))
check("islice-step2", lambda: islice("abcdefgh", 1, None, 3))
check("accumulate", lambda: accumulate([1, 2, 3]))
check("accumulate-func", lambda: accumulate([1, 2, 3], max))
check("accumulate-init", lambda: accumulate([1, 2, 3], initial=10))
check("accumulate-init-func", lambda: accumulate([1, 2, 3], add, initial=10))
check("accumulate-empty", lambda: accumulate([], initial=10))
check("starmap", lambda: starmap(pow, [(2, 3), (3, 2)]))
check("takewhile", lambda: takewhile(lt3, [1, 2, 3, 1]))
check("dropwhile", lambda: dropwhile(lt3, [1, 2, 3, 1]))
check("compress", lambda: compress("abcd", [1, 0, 1, 1]))
check("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2]))
check("filterfalse-func", lambda: filterfalse(lt3, [1, 5, 2, 6]))
check("product", lambda: product("ab", [1, 2]))
check("product-repeat", lambda: product("ab", repeat=2))
check("product-none", lambda: product())
check("product-emptypool", lambda: product("ab", []))
check("permutations", lambda: permutations("abc"))
check("permutations-r", lambda: permutations("abc", 2))
check("permutations-big-r", lambda: permutations("ab", 3))
check("permutations-0", lambda: permutations("ab", 0))
check("combinations", lambda: combinations("abcd", 2))
check("combinations-big-r", lambda: combinations("ab", 3))
check("combinations-0", lambda: combinations("ab", 0))
check("cwr", lambda: combinations_with_replacement("abc", 2))
check("cwr-empty", lambda: combinations_with_replacement("", 2))
check("cwr-0", lambda: combinations_with_replacement("ab", 0))
check("zip_longest", lambda: zip_longest("ab", [1, 2, 3]))
check("zip_longest-fill", lambda: zip_longest("abc", [1], fillvalue="-"))
check("zip_longest-none", lambda: zip_longest())
check("groupby", lambda: groupby("aabbbc"))
check("groupby-key", lambda: groupby([1, 2, 3, 4, 5], key2))


def groups(g):
    return [(k, list(v)) for k, v in g]


g = groupby("aabbbc")
k, grp = next(g)
print(show(g.__reduce__()), show(grp.__reduce__()))
print(next(grp), show(g.__reduce__()), show(grp.__reduce__()))
g2 = copy.copy(g)
print(show(grp.__reduce__()))
print(groups(pickle.loads(pickle.dumps(g))), groups(copy.deepcopy(g)))
k, grp2 = next(g)
print(show(grp.__reduce__()), show(grp2.__reduce__()))
grp3 = pickle.loads(pickle.dumps(grp2))
print(type(grp3).__name__, list(grp3))
grp4 = copy.deepcopy(grp2)
print(type(grp4).__name__, list(grp4), list(grp2))
print(groups(g))

# tee
a, b = tee([1, 2, 3, 4])
next(a)
print(show(a.__reduce__()), show(b.__reduce__()))
print(list(copy.copy(a)), list(copy.deepcopy(a)), list(pickle.loads(pickle.dumps(a))), list(a), list(b))
a, b = tee(range(100))
consume(a, 60)
print(show(a.__reduce__())[:200])
print(list(pickle.loads(pickle.dumps(a)))[:5], list(copy.deepcopy(b))[58:62])
t = type(a)
d = type(a.__reduce__()[2][0])
print(t.__name__, d.__name__, t.__module__, d.__module__)
for args in [(iter([]), [], None), (iter([]), (), None), (iter([]), [1], a.__reduce__()[2][0]),
             (iter([]), list(range(57)), 5), (iter([]), list(range(58)), None),
             (iter("xy"), [1], None)]:
    try:
        x = d(*args)
        print("teedata", show(x.__reduce__()))
    except Exception as e:
        print("teedata", type(e).__name__, e)
a, b = tee("abc")
for st in [(a.__reduce__()[2][0], 1), (a.__reduce__()[2][0], 58), (a.__reduce__()[2][0], -1),
           (1, 2), [a.__reduce__()[2][0], 1], (a.__reduce__()[2][0],)]:
    try:
        b.__setstate__(st)
        print("tee setstate", list(b))
    except Exception as e:
        print("tee setstate", type(e).__name__, e)

# pairwise
p = pairwise("abc")
for f in [lambda: p.__reduce__(), lambda: copy.copy(p), lambda: pickle.dumps(p)]:
    try:
        f()
        print("pairwise ok")
    except Exception as e:
        print("pairwise", type(e).__name__, e)
print(hasattr(p, "__setstate__"), "__reduce__" in type(p).__dict__)

# __setstate__
setstate("cycle", cycle("ab"), [([1, 2], True), ([3], False), ([], 1), [[1], 1], ((1,), 1),
                               ([1],), ([1], "x"), 5])
c = cycle("abc")
next(c)
c.__setstate__(([9, 8], 0))
print(consume(c, 6))
c = cycle("abc")
c.__setstate__(([9, 8], 1))
print(consume(c, 6))
setstate("chain", chain("ab"), [(iter("xy"),), (iter("xy"), iter("z")), ("xy",), (iter("x"), 5),
                                [iter("x")], (), 5])
ch = chain("ab")
ch.__setstate__((iter(["xy", "z"]), iter("q")))
print(list(ch))
setstate("islice", islice("abcdef", 1, 5), [2, -1, 10, 2.5, "x"])
isl = islice("abcdef", 1, 5)
isl.__setstate__(3)
print(list(isl))
setstate("accumulate", accumulate([1, 2, 3]), [10, None, "x"])
acc = accumulate([1, 2, 3])
acc.__setstate__(10)
print(list(acc))
acc = accumulate([1, 2, 3])
acc.__setstate__(None)
print(show(acc.__reduce__()))
try:
    print(list(copy.copy(acc)))
except TypeError as e:
    print("TypeError", e)
setstate("takewhile", takewhile(lt3, [1, 2]), [True, 0, [], "x"])
setstate("dropwhile", dropwhile(lt3, [1, 2, 5, 1]), [True, 0, [], "x"])
dw = dropwhile(lt3, [1, 2, 5, 1])
dw.__setstate__(1)
print(list(dw))
setstate("product", product("ab", "cd"), [(1, 1), (0, 5), (-1, 0), (1,), [1, 1], (1.5, 0), 5])
pr = product("ab", "cd")
pr.__setstate__((1, 0))
print(list(pr))
setstate("product-empty", product("ab", ""), [(1, 0)])
setstate("combinations", combinations("abcd", 2), [(1, 2), (5, 5), (-1, 0), (1,), [0, 1], 5])
cb = combinations("abcd", 2)
cb.__setstate__((1, 2))
print(list(cb))
setstate("cwr", combinations_with_replacement("abc", 2), [(1, 2), (5, 5), (-1, 0), (1,), 5])
cw = combinations_with_replacement("abc", 2)
cw.__setstate__((1, 1))
print(list(cw))
setstate("permutations", permutations("abc", 2),
         [((2, 1, 0), (3, 2)), ((5, -1, 0), (0, 9)), ((0, 1), (3, 2)), ((0, 1, 2), (3,)),
          ((0, 1, 2),), [(0, 1, 2), (3, 2)], ([0, 1, 2], (3, 2)), 5])
pm = permutations("abc", 2)
pm.__setstate__(((1, 0, 2), (2, 1)))
print(list(pm))
setstate("zip_longest", zip_longest("a", "bc"), ["-", None])
zl = zip_longest("a", "bc")
zl.__setstate__("-")
print(list(zl))
setstate("groupby", groupby("aab"), [(1, 2, 3), (1, 2), [1, 2, 3], 5])
setstate("tee", tee("ab")[0], [5])

# subclasses reduce to their class
class MyCount(count):
    pass


class MyChain(chain):
    pass


class MyProduct(product):
    pass


print(show(MyCount(3).__reduce__()), show(MyChain("ab").__reduce__()), show(MyProduct("ab").__reduce__()))
mc = copy.copy(MyChain("ab", "c"))
print(type(mc).__name__, list(mc))

# wrong self
for t in [count, cycle, repeat, chain, islice, accumulate, starmap, takewhile, dropwhile,
          compress, filterfalse, product, permutations, combinations,
          combinations_with_replacement, zip_longest, groupby]:
    for name in ["__reduce__", "__setstate__"]:
        m = t.__dict__.get(name)
        if m is None:
            continue
        try:
            m(5) if name != "__setstate__" else m(5, 0)
            print(t.__name__, name, "ok")
        except TypeError as e:
            print(t.__name__, name, "TypeError", e)

# constructors and states given wrong arguments
g = groupby("ab")
grouper_t = type(next(g)[1])
for args in [(5, 1), (g,), (g, 1, 2)]:
    try:
        print(show(grouper_t(*args).__reduce__()))
    except TypeError as e:
        print("TypeError", e)
for args in [(1,), ()]:
    try:
        d(*args)
    except TypeError as e:
        print("TypeError", e)
a, b = tee("abc")
dobj = a.__reduce__()[2][0]
for st in [(dobj, "x"), (dobj, 1.5), (dobj, 1 << 40), (dobj, 57), (dobj, 0, 1)]:
    try:
        b.__setstate__(st)
        print("tee setstate ok", show(b.__reduce__()))
    except Exception as e:
        print("tee setstate", type(e).__name__, e)
for st in [([1], 1 << 40), ([1], -(1 << 40)), ([1], 1.5), ([1], 2, 3)]:
    try:
        cycle("a").__setstate__(st)
        print("cycle setstate ok")
    except Exception as e:
        print("cycle setstate", type(e).__name__, e)
try:
    chain().__setstate__((iter("a"), iter("b"), iter("c")))
except TypeError as e:
    print("TypeError", e)

# a _grouper whose key's __eq__ takes the current value (CPython issue 30347)
class K:
    def __init__(self, v):
        pass

    def __eq__(self, other):
        global n_eq
        n_eq += 1
        if n_eq == 1:
            print("inner", next(g30347, None))
        return True


n_eq = 0
g30347 = next(groupby(range(10), K))[1]
for j in range(2):
    print(next(g30347, None))
