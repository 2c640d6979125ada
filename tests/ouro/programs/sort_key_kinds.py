# list.sort picks a comparison by the kind of its keys (exact ints, floats,
# strs, tuples whose first items are one of those): the results, stability
# and errors must stay CPython's for every mix.
import random

random.seed(7)
nan = float("nan")


class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)        # reversed order, to be seen


class MyStr(str):
    pass


def show(label, items, **kw):
    try:
        print(label, sorted(items, **kw))
    except TypeError as e:
        print(label, "TypeError:", e)


ints = [random.randrange(-50, 50) for _ in range(40)]
show("ints", ints)
show("ints rev", ints, reverse=True)
show("ints and a bool", ints[:10] + [True, False])
show("ints and a big", ints[:10] + [10**30, -10**30])
show("ints and a subclass", ints[:10] + [MyInt(3), MyInt(-3)])
floats = [random.random() * 10 - 5 for _ in range(30)] + [0.0, -0.0, 0.0, -0.0]
show("floats", floats)
show("floats and ints", floats[:8] + [1, -2, 3])
show("floats with nan", [3.0, nan, 1.0, 2.0, nan, 0.5])
strs = ["".join(random.choice("abcé€𝄞") for _ in range(random.randrange(0, 4))) for _ in range(40)]
show("strs", strs)
show("strs and a subclass", strs[:10] + [MyStr("b"), MyStr("a")])
show("strs and an int", ["b", "a", 1])
pairs = [(random.randrange(4), i) for i in range(30)]
show("tuples by int", pairs)
show("tuples by first only", pairs, key=lambda t: t[0])
show("tuples of lengths", [(1,), (1, 2), (0, 5, 5), (1, 1), (), (0,)])
show("tuples with nan first", [(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)])
show("tuples with equal firsts", [(1.0, "b"), (1, "a"), (True, "c"), (1.0, "a")])
show("tuples with mixed firsts", [(1, "a"), ("x", "b")])
show("tuples then unorderable", [(1, 2), (1, "a")])
show("tuples of strs", [(s, len(s)) for s in strs])
show("tuples with lists", [(2, [1]), (1, [2]), (2, [0])])
show("tuple subclasses", [type("T", (tuple,), {})((2, 1)), (1, 2)])
words = "the quick brown fox jumps over the lazy dog The Quick".split()
show("key lower", words, key=str.lower)
show("key len then word", words, key=lambda w: (len(w), w))
show("key neg", ints, key=lambda x: -x)
recs = [{"n": random.randrange(5), "s": random.choice(words)} for _ in range(20)]
show("key tuple of dict items", [(r["n"], r["s"]) for r in recs], key=lambda t: (t[1], -t[0]))
show("key len", words, key=len)
show("key len rev", words, key=len, reverse=True)
show("key float with nan", [5, 3, 1, 2, 4, 0], key=lambda x: nan if x == 2 else float(x))
show("key str rev", [(i, w) for i, w in enumerate(words)], key=lambda t: t[1].lower(), reverse=True)
presorted = sorted(random.randrange(100) for _ in range(300))
print("presorted", sorted(presorted) == presorted, sorted(presorted, reverse=True)[:5],
      sorted(presorted[::-1])[-5:], sorted(presorted, key=float)[:5])
# stability on equal keys, reversed too
show("stable", [(k % 3, k) for k in range(20)], key=lambda t: t[0])
show("stable rev", [(k % 3, k) for k in range(20)], key=lambda t: t[0], reverse=True)
# an error in the middle leaves every item in the list
data = [3, 1, "x", 2, 0]
try:
    data.sort()
except TypeError as e:
    print("error", e, sorted(map(str, data)))
big = [random.randrange(10**6) for _ in range(5000)]
print("big", sorted(big) == sorted(big, key=lambda x: (x,)), sorted(big)[:5], sorted(big)[-3:])
bigs = ["%05d" % x for x in big]
print("big strs", sorted(bigs)[:3], sorted(bigs, reverse=True)[:3])
