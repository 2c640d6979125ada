"""Generators and itertools pipelines: lazy log processing, windows, groupby, chaining, send/throw."""
import itertools as it
import functools
import operator

LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout
2024-01-02 INFO retry
2024-01-02 ERROR db timeout
2024-01-03 INFO ok
2024-01-03 WARN disk 90%""".splitlines()

def parse(lines):
    for ln in lines:
        date, level, *msg = ln.split()
        yield {"date": date, "level": level, "msg": " ".join(msg)}

def only(level, recs):
    return (r for r in recs if r["level"] == level)

print([r["msg"] for r in only("ERROR", parse(LOG))])
for date, grp in it.groupby(parse(LOG), key=operator.itemgetter("date")):
    g = list(grp)
    print(date, len(g), sorted({r["level"] for r in g}))
print(dict(sorted((k, len(list(v))) for k, v in it.groupby(sorted(r["level"] for r in parse(LOG))))))

def window(seq, n):
    itr = iter(seq)
    win = tuple(it.islice(itr, n))
    if len(win) == n:
        yield win
    for x in itr:
        win = win[1:] + (x,)
        yield win
print(list(window(range(7), 3)), list(window([1], 3)), list(it.pairwise("abcd")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(5), 3))), list(it.combinations_with_replacement("abc", 2))[:4])
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(bool, [1, 2, 0, 3])))
c = it.count(10, 2.5)
print(next(c), next(c), repr(c), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)))
a, b = it.tee(iter(range(4)))
print(list(a), list(b), list(it.islice(range(100), 5, 50, 10)))

def running_avg():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x; n += 1
        avg = total / n
g = running_avg()
next(g)
print([g.send(x) for x in (10, 20, 60)])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("cleanup")
g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()
print(g.gi_frame, list(g))
def delegate():
    r = yield from running_avg()
    yield f"sub returned {r}"
d = delegate()
next(d); d.send(4); d.send(8)
print(d.send(None))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(it.islice(fib(), 15)), sum(x for x in it.takewhile(lambda v: v < 4_000_000, fib()) if x % 2 == 0))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), functools.reduce(operator.add, "abc", ">"))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(map(lambda *t: t, "ab", [1, 2], (True, False))))
nested = [[1, [2, 3]], [4, [5, [6, [7]]]]]
def flatten(x):
    for y in x:
        if isinstance(y, list):
            yield from flatten(y)
        else:
            yield y
print(list(flatten(nested)))
gen = (1 / x for x in [1, 0])
print(next(gen))
it_ = iter([1, 2])
print(next(it_), next(it_), next(it_, "done"))
for bad in (lambda: next(g), lambda: g.send(1), lambda: next(iter(())), lambda: it.islice("a", -1), lambda: list(it.chain(1)),
            lambda: list(it.chain([1], 2)), lambda: it.accumulate(), lambda: list(zip("a", 1)), lambda: it.tee([], -1),
            lambda: list(it.combinations("ab", -1)), lambda: it.count("a"), lambda: it.product("a", repeat=-1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def bad_gen():
    yield 1
    return (yield)
bg = bad_gen()
next(bg)
next(bg)
print(bg.send("v") if False else "x")
def running():
    yield from range(3)
    raise StopIteration("explicit")
print(list(running()))
