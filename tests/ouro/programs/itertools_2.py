"""itertools: laziness and the order in which the underlying iterators
are consumed, groupby's shared state, tee's buffer, exhaustion, and the
constructors' errors with CPython's messages."""
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)

log = []


def noisy(name, items):
    for x in items:
        log.append("%s:%r" % (name, x))
        yield x


def flush(label):
    print(label, log)
    del log[:]


it = islice(noisy("a", range(10)), 2, 8, 3)
print(next(it))
flush("islice first")
print(list(it))
flush("islice rest")
it = islice(noisy("b", range(5)), 2)
print(list(it), list(it))
flush("islice stop")

z = zip_longest(noisy("x", [1, 2]), noisy("y", [3]), noisy("z", []))
print(list(z))
flush("zip_longest")

c = compress(noisy("d", "abc"), noisy("s", [1, 0]))
print(list(c))
flush("compress")

tw = takewhile(lambda v: v < 2, noisy("t", range(5)))
print(list(tw), list(tw))
flush("takewhile")

dw = dropwhile(lambda v: v < 2, noisy("w", range(4)))
print(next(dw))
flush("dropwhile")

ch = chain(noisy("c1", [1]), noisy("c2", [2]))
print(next(ch))
flush("chain first")
print(list(ch))
flush("chain rest")

cy = cycle(noisy("cy", "ab"))
print([next(cy) for _ in range(5)])
flush("cycle")

p = pairwise(noisy("p", "abc"))
print(next(p))
flush("pairwise first")

# groupby: advancing the outer iterator invalidates the previous group
g = groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby("aaabbc")
k1, g1 = next(g)
print(next(g1), k1)
k2, g2 = next(g)
print(list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
g = groupby([1, 2, 2, 3], key=lambda v: v % 2)
print([(k, list(v)) for k, v in g])
calls = []


def key(v):
    calls.append(v)
    return v // 2


print([k for k, v in groupby(range(6), key)], calls)
g = groupby("ab")
k, grp = next(g)
print([k for k, v in g], list(grp))

# tee: independent iterators over one source, copies of tee objects
a, b = tee(noisy("te", "xyz"))
print(next(a), next(a))
flush("tee a")
print(list(b))
flush("tee b")
a, b = tee(count())
print([next(a) for _ in range(100)][-1], next(b))
a, = tee("q", 1)
a2, a3 = tee(a)
print(list(a2), list(a3), a2.__class__ is a.__class__)


class Reenter:
    def __init__(self):
        self.t = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.t)


r = Reenter()
r.t, other = tee(r)
try:
    next(r.t)
except RuntimeError as e:
    print("RuntimeError", e)

# product/permutations/combinations read their input first
pr = product(noisy("pr", "ab"), repeat=2)
flush("product built")
print(next(pr))
pe = permutations(noisy("pe", [1, 2]))
flush("permutations built")

acc = accumulate(noisy("acc", [1, 2, 3]), initial=0)
print(next(acc))
flush("accumulate initial")
print(list(acc))
flush("accumulate rest")

sm = starmap(lambda x, y: x * y, noisy("sm", [(1, 2), (3, 4)]))
print(list(sm))
flush("starmap")
ff = filterfalse(None, noisy("ff", [0, 1, 0]))
print(next(ff), next(ff))
flush("filterfalse")


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__)


attempt("count str", count, "a")
attempt("count step str", count, 1, "a")
attempt("count 3 args", count, 1, 2, 3)
attempt("count kw", count, x=1)
attempt("cycle no args", cycle)
attempt("cycle kw", cycle, x=1)
attempt("cycle int", cycle, 1)
attempt("repeat no args", repeat)
attempt("repeat 3 args", repeat, 1, 2, 3)
attempt("repeat times str", repeat, 1, times="a")
attempt("accumulate no args", accumulate)
attempt("accumulate 3 pos", accumulate, [1], None, 3)
attempt("accumulate bad kw", accumulate, [1], foo=1)
attempt("chain kw", chain, x=1)
attempt("chain.from_iterable no args", chain.from_iterable)
attempt("compress 1 arg", compress, [1])
attempt("dropwhile 1 arg", dropwhile, None)
attempt("dropwhile kw", dropwhile, pred=None, seq=1)
attempt("takewhile 1 arg", takewhile, 1)
attempt("filterfalse 1 arg", filterfalse, 1)
attempt("groupby no args", groupby)
attempt("groupby 3 args", groupby, [], 1, 2)
attempt("islice no args", islice)
attempt("islice 1 arg", islice, [1])
attempt("islice stop -1", islice, [1], -1)
attempt("islice stop str", islice, [1], "a")
attempt("islice stop -1 of 3", islice, [1], 1, -1)
attempt("islice start -1", islice, [1], -1, 2)
attempt("islice start str", islice, [1], "x", 2)
attempt("islice step 0", islice, [1], 0, 2, 0)
attempt("islice step -1", islice, [1], 0, 2, -1)
attempt("islice 5 args", islice, [1], 1, 2, 3, 4)
attempt("islice kw", islice, [1], stop=2)
attempt("islice huge", islice, [1], 2 ** 70)
attempt("pairwise no args", pairwise)
attempt("pairwise int", pairwise, 1)
attempt("starmap 1 arg", starmap, 1)
attempt("tee no args", tee)
attempt("tee n -1", tee, [], -1)
attempt("tee n str", tee, [], "a")
attempt("tee kw", tee, [], n=2)
attempt("tee int", tee, 5)
attempt("zip_longest int", zip_longest, 1)
attempt("product int", product, 1)
attempt("product repeat -1", product, [1], repeat=-1)
attempt("product bad kw", product, [1], foo=1)
attempt("permutations no args", permutations)
attempt("permutations r -1", permutations, [1], -1)
attempt("permutations r str", permutations, [1], "a")
attempt("combinations 1 arg", combinations, [1])
attempt("combinations r -1", combinations, [1], -1)
attempt("cwr r -1", combinations_with_replacement, [1], -1)
attempt("starmap item not iterable", lambda: list(starmap(pow, [1])))
attempt("chain item not iterable", lambda: list(chain(1)))
attempt("repeat length_hint", repeat(1).__length_hint__)
