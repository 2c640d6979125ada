import itertools
import operator
from collections import namedtuple
from functools import reduce

Sale = namedtuple("Sale", "region product month units price")
sales = [
    Sale("north", "widget", 1, 10, 2.5), Sale("north", "gadget", 1, 3, 10.0),
    Sale("south", "widget", 1, 7, 2.5), Sale("north", "widget", 2, 12, 2.5),
    Sale("south", "gizmo", 2, 1, 99.0), Sale("east", "widget", 2, 5, 2.75),
    Sale("south", "widget", 3, 9, 2.5), Sale("east", "gadget", 3, 4, 9.5),
]
keyf = operator.attrgetter("region")
for region, group in itertools.groupby(sorted(sales, key=keyf), key=keyf):
    group = list(group)
    revenue = sum(s.units * s.price for s in group)
    print(f"{region:<6} {len(group)} sales, revenue {revenue:8.2f}, products {sorted({s.product for s in group})}")
by_month = {m: sum(s.units for s in g) for m, g in itertools.groupby(sorted(sales, key=lambda s: s.month), key=lambda s: s.month)}
print(by_month)
print(list(itertools.accumulate(by_month.values())), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
pairs = list(itertools.combinations(sorted({s.product for s in sales}), 2))
print(pairs)
print(list(itertools.product(["S", "M"], ["red", "blue"], [1])))
print(list(itertools.pairwise([s.units for s in sales])))
print(list(itertools.islice(itertools.cycle("AB"), 5)), list(itertools.islice(range(100), 10, 20, 3)))
batches = [list(b) for b in iter(lambda it=iter(range(10)): list(itertools.islice(it, 3)), [])] if False else None


def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


print(list(chunked(range(10), 4)), list(chunked([], 3)))
top = sorted(sales, key=lambda s: (-s.units * s.price, s.region))[:3]
for s in top:
    print(s)
print(max(sales, key=operator.attrgetter("units")).product, min(sales, key=lambda s: s.price).region)
print(reduce(lambda acc, s: acc + s.units, sales, 0), sum(map(operator.mul, [1, 2], [3, 4])))
print(list(itertools.starmap(lambda r, u: f"{r}:{u}", [(s.region[0], s.units) for s in sales[:3]])))
print(dict(itertools.zip_longest("abc", [1], fillvalue=0)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.chain("ab", [1], (None,))), sorted(itertools.chain.from_iterable([[3], [1, 2]])))
print(list(itertools.compress(sales, [s.units > 8 for s in sales])))
print(list(itertools.filterfalse(lambda s: s.region != "east", sales)))
print(list(itertools.takewhile(lambda s: s.month == 1, sales)), len(list(itertools.dropwhile(lambda s: s.month == 1, sales))))
c = itertools.count(start=1.5, step=0.5)
print(next(c), next(c), repr(c))
print(list(itertools.permutations("abc"))[-2:], len(list(itertools.combinations_with_replacement(range(4), 3))))
s = sales[0]
print(s._asdict(), s._replace(units=0), Sale._fields, Sale.__doc__)
print(sorted(sales, key=operator.itemgetter(2, 0))[0], [g for g, _ in itertools.groupby("AAABBBCCAAD")])
