"""operator (itemgetter/attrgetter/methodcaller on records, in-place
ops, index, length_hint), statistics over data sets (means, medians,
modes, spread, NormalDist, regression, errors) and secrets (shapes of
tokens only: their values are random)."""
import fractions
import decimal
import operator
import secrets
import statistics
import string
from collections import namedtuple

Row = namedtuple("Row", "name dept salary")
rows = [Row("ann", "eng", 120), Row("bob", "ops", 90), Row("cy", "eng", 100), Row("di", "ops", 95)]
print(sorted(rows, key=operator.attrgetter("dept", "salary")))
print(list(map(operator.itemgetter(0, 2), rows)), operator.itemgetter(slice(1, None))("abcd"))
print(operator.methodcaller("replace", "a", "A", 1)("banana"), operator.attrgetter("real.numerator")(3))
print(repr(operator.itemgetter(1, "k")), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, x=2)))
lst = [1, 2]
print(operator.iadd(lst, [3]) is lst, operator.iconcat(lst, [4]), operator.index(7), operator.length_hint(iter(range(5))), operator.length_hint(object(), 9))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_not(None, 1), operator.truth([]))
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.itemgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print("ValueError:", e)

data = [2.5, 3.25, 5.5, 11.25, 11.75, 2.5]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.mode(data), statistics.multimode("aabbbcccd"), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.pstdev(data), statistics.stdev(data), statistics.pvariance(data), statistics.variance(data))
print(statistics.mean([fractions.Fraction(1, 3), fractions.Fraction(1, 6)]), statistics.mean([decimal.Decimal("0.5"), decimal.Decimal("0.75")]))
print(statistics.quantiles(range(1, 101), n=4), statistics.quantiles([1, 2, 3, 4, 5], n=3, method="inclusive"))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(statistics.correlation(x, y), statistics.covariance(x, y), statistics.linear_regression(x, y))
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(130), nd.inv_cdf(0.975), nd.pdf(100), nd.zscore(85), nd.overlap(statistics.NormalDist(110, 10)))
print(nd + 5, nd * 2, statistics.NormalDist.from_samples([1, 2, 3, 4]), nd.quantiles(4))
for fn, arg in ((statistics.mean, []), (statistics.stdev, [1]), (statistics.mode, []), (statistics.geometric_mean, [1, -1]), (statistics.harmonic_mean, [-1])):
    try:
        fn(arg)
    except statistics.StatisticsError as e:
        print("StatisticsError:", fn.__name__, e)
try:
    statistics.correlation([1, 1, 1], [1, 2, 3])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.NormalDist(0, -1)
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

tok = secrets.token_hex(16)
print(len(tok), all(c in string.hexdigits for c in tok))
print(len(secrets.token_bytes(8)), len(secrets.token_urlsafe(12)), len(secrets.token_hex()))
print(secrets.choice("abc") in "abc", 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
try:
    secrets.compare_digest("abc", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    secrets.compare_digest("\u00e9", "\u00e9")
except TypeError as e:
    print("TypeError:", e)
