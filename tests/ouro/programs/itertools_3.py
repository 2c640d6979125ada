"""itertools: the combinatoric iterators checked against the documented
pure-Python equivalents, and the recipes of the itertools documentation."""
from itertools import (accumulate, chain, combinations, combinations_with_replacement, count,
                       cycle, filterfalse, groupby, islice, permutations, product, repeat,
                       starmap, tee, zip_longest)
import operator


def py_product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def py_permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    for indices in py_product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)


def py_combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in py_permutations(range(n), r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


def py_cwr(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in py_product(range(n), repeat=r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


ok = True
for n in range(6):
    for r in range(7):
        data = "abcdef"[:n]
        checks = [
            (list(permutations(data, r)), list(py_permutations(data, r))),
            (list(combinations(data, r)), list(py_combinations(data, r))),
            (list(combinations_with_replacement(data, r)), list(py_cwr(data, r))),
            (list(product(data, repeat=r)), list(py_product(data, repeat=r))),
        ]
        for got, want in checks:
            if got != want:
                ok = False
                print("mismatch", n, r, got, want)
print("combinatorics agree:", ok)
print(len(list(permutations(range(7)))), len(list(combinations(range(20), 5))),
      sum(1 for _ in product(range(4), repeat=6)))
print(list(permutations(range(4)))[-5:], list(combinations(range(30), 28))[-3:])


# the recipes
def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        del window[0]


print(take(5, tabulate(lambda i: i * i)), nth(count(), 10), nth("abc", 7, "z"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, 0]))
print(list(ncycles("ab", 3)), list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBCcAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window("ABCDEFG", 4)), list(accumulate(range(1, 11), operator.mul))[-1])
print(list(starmap(operator.add, zip(count(), "abc" * 0 or [10, 20, 30]))))
print(dict(groupby(sorted([3, 1, 2, 3, 1]))).keys(), sum(islice(count(1, 2), 1000)))
