"""itertools: every iterator on ordinary inputs, the reprs CPython has
(count, repeat), type names."""
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(0.5), 3)), list(islice(count(1, 0.25), 5)), list(islice(count(-3, -2), 4)))
print(list(islice(count(2 ** 64, 2 ** 64), 3)), list(islice(count(True), 2)))
print(count(), count(5), count(-2), count(1.5), count(1, 2), count(0, 0.5), count(3, 1.0))
print(count(2 ** 70), count(start=3, step=2), count(True, 2), count(1, True))
c = count(7)
next(c)
next(c)
print(c, next(c), c)
cf = count(1.0, 0.1)
print([next(cf) for _ in range(4)], cf)

print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -3)), list(islice(repeat(7), 4)))
print(repeat(1), repeat("a", 3), repeat([1, 2], 0), repeat(None, -4))
r = repeat(5, 3)
next(r)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([])), list(accumulate([], initial=100)), list(accumulate([1, 2], initial=10)))
print(list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1.5, 2])))
print(list(accumulate(iterable=[1, 2], func=lambda a, b: a - b)), list(accumulate([5], None)))

print(list(chain()), list(chain("ab", "", [1, 2], (3,))), list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable(iter([range(2), range(3)]))), list(chain([[1]], [[2]])))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1, 1])))
print(list(compress(data=range(10), selectors=cycle([True, False]))))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", [], [0]])))

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [list(g) for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, "".join(g)) for k, g in groupby(sorted("mississippi"))], list(groupby([])))
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(100), 10, 30, 7)))
print(list(islice("AB", 5)), list(islice("ABC", None)), list(islice("ABCDE", None, None, None)))
print(list(islice("ABCDE", 1, None, 3)), list(islice(count(), 3, 8)), list(islice([], 0)))

print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])), list(pairwise(range(3))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", [3, 1]])))
print(list(starmap(lambda *a: a, [(), (1,), iter([2, 3])])))

a, b = tee("abc")
print(list(a), list(b))
a, b, c = tee(range(4), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(tee([1], 0), len(tee([1])), type(tee([1])[0]).__name__)
t1, t2 = tee(iter([1, 2, 3]))
t3 = t1.__copy__()
print(next(t1), list(t3), list(t1), list(t2))
x, y = tee(range(200))
print(sum(x), len(list(y)))

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest("a", [])))

print(list(product("ab", "xy")), list(product(range(2), repeat=3)), list(product()))
print(list(product("ab", [])), list(product("ab", repeat=0)), len(list(product(range(3), "ab", repeat=2))))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations("ab", 0)))
print(list(permutations("ab", 3)), list(permutations([])), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations("ab", 3)), list(combinations([], 0)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("ab", 0)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(2), 3)), list(permutations(iterable="ab", r=None)))

for t in [count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
          groupby, islice, pairwise, starmap, zip_longest, product, permutations, combinations,
          combinations_with_replacement]:
    print(t.__name__, t.__module__, t)
print(type(iter(count())) is count, iter(c) is c, type(groupby("a")).__name__)
print(type(next(groupby("ab"))[1]).__name__, tee.__name__, sorted(n for n in dir(itertools) if not n.startswith("_")))
