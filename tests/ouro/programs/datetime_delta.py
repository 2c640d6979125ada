"""timedelta (the C _datetime's): constructor normalisation of ints and
floats (CPython's rounding of leftover microseconds), arithmetic with
ints, floats and timedeltas, str/repr, comparisons, errors."""
from datetime import timedelta as td


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (1,), (0, 1), (0, 0, 1), (-1,), (0, -1), (0, 0, -1), (1, 2, 3, 4, 5, 6, 7),
             (1.5,), (0, 1.5), (0, 0, 1.5), (0, 0, 0.5), (0, 0, 2.5), (0, 0, -0.5),
             (0, 0, -1.5), (1e-7,), (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
             (-1.1, 2.2, -3.3, 4.4, -5.5, 6.6, -7.7), (999999999, 86399, 999999),
             (0, 0, 0, 0, 0, 0, 142857), (1e9 - 1,), (0, 1e10), (0, 0, 1e15), (2**40, -2**40 * 86400)]:
    show(lambda: td(*args))
show(lambda: td(days=1, hours=-24, microseconds=1))
show(lambda: td(weeks=0.5, hours=1.25, minutes=-0.5, milliseconds=1.0005))
show(lambda: td(days=1000000000))
show(lambda: td(days=-1000000000))
show(lambda: td(days=1e10))
show(lambda: td(days=float('inf')))
show(lambda: td(seconds=float('nan')))
show(lambda: td('1'))
show(lambda: td(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: td(foo=1))
show(lambda: td(1, days=2))
show(lambda: td(days=True))
d = td(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
for x in [d, -d, td(0), td(microseconds=-1), td(days=-2, seconds=5), td(days=2), td.max, td.min,
          td.resolution]:
    print(str(x), repr(x), x.days, x.seconds, x.microseconds, x.total_seconds(), bool(x))
print(d + d, d - 2 * d, d * 3, 3 * d, d * -1, d * 0.1, 0.1 * d, d * 1e-9, d / 4, d / 0.3, d / 7)
print(d // 4, d // td(minutes=7), d % td(minutes=7), divmod(d, td(minutes=7)), d / td(hours=1))
print(divmod(-d, td(minutes=7)), -d // td(minutes=7), -d % td(minutes=7), abs(-d), +d)
print(td(microseconds=1) / 2, td(microseconds=3) / 2, td(microseconds=5) / 2, td(microseconds=-1) / 2)
print(td(microseconds=1) * 0.5, td(microseconds=3) * 0.5, td(seconds=1) * (1 / 3))
print(td.max // td.resolution, td.max.total_seconds(), td.min.total_seconds())
show(lambda: td.max + td.resolution)
show(lambda: td.min - td.resolution)
show(lambda: td.max * 2)
show(lambda: d / 0)
show(lambda: d // 0)
show(lambda: d / td(0))
show(lambda: d // td(0))
show(lambda: d % td(0))
show(lambda: divmod(d, 7))
show(lambda: d + 1)
show(lambda: 1 - d)
show(lambda: d * '2')
show(lambda: d < 1)
show(lambda: d * float('inf'))
show(lambda: d / float('nan'))
print(d == td(1, 7384, 5), d != td(1), d < td(2), d >= d, d == 1, d != 'x')
print(sorted([td(1), td(-1), td(0, 1), td(0, 0, 1)]))
print(hash(td(1)) == hash(td(days=1)), hash(td(0, 86400)) == hash(td(1)), len({td(1), td(days=1, seconds=0)}))


class Sub(td):
    def extra(self):
        return self.days * 2


s = Sub(days=3)
print(repr(s), str(s), s.extra(), type(s + td(1)).__name__, type(-s).__name__, type(s * 2).__name__)
s.attr = 5
print(s.attr, isinstance(s, td), Sub.max == td.max)
try:
    td(1).attr = 5
except AttributeError as e:
    print("AttributeError", e)
