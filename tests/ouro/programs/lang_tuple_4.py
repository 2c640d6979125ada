# tuple: comparisons with mixed types, hashing with nested, count/index edge cases, tuple() of iterators
print((1, "a") < (1, "b"), (1, 2) < (1, 2.5), (0,) < (0, 0), () == (), (1,) == (1.0,), (float("nan"),) == (float("nan"),))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t.count(nan), nan in t)
print((1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2), (True, 1, 1.0).count(1), ("a",).index("a"))
try:
    (1, 2).index(2, 0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(iter([1, 2])), tuple(x for x in "ab"), tuple({"k": 1}.items()), tuple(range(0)))
big = tuple(range(1000))
print(len(big), big[500], big[-1], big[::250], sum(big), 999 in big, big.index(999))
a = (1, 2)
b = a + ()
print(a == b, a is a[:], tuple(a) is a, (1,) * 0, (1, 2) * 2)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u, hash(nested) == hash(((1, 2), (3, (4, 5)))))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), min([(3, 1), (2, 9)]), max([("b",), ("a", "z")]))
print(repr(()), repr((None,)), repr(((1,),)), str((1, "x", 2.5, None)))
print(tuple.__new__(tuple, [1, 2]), isinstance((), tuple), type(()).__name__, (1, 2).__len__())
